"""Check that real RSS/Atom feeds parse, read from files and served over HTTP on 127.0.0.1.

    python scripts/eval_feed_parsing.py [FEED_DIR]   (default: ../shared/data/feeds beside the checkout)

For each feed it prints the items the manifest expects (when there is one), the items
tracer read from the file, the items read through the fetcher from a local server, and
any errors. Exits 1 when a feed yields no items or the two ways disagree. Without the
folder it says so and exits 0 (users do not have it).
"""

from __future__ import annotations

import functools
import http.server
import json
import sys
import threading
from pathlib import Path

from tracer import Article, ItemError, ReadOptions, read_inputs
from tracer.sources import FetchConfig

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "feeds"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not folder.is_dir():
        print(f"no feed folder at {folder}; nothing to check")
        return 0
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".rss", ".xml", ".atom"))
    manifest = {}
    if (folder / "MANIFEST.json").exists():
        manifest = {m["file"]: m for m in json.loads((folder / "MANIFEST.json").read_text("utf-8"))}
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    opts = ReadOptions(fetch=FetchConfig(backoff=0.01), progress=False)
    bad = 0
    total_items = 0
    print(f"{'feed':24} {'expected':>8} {'file':>5} {'http':>5}  title / errors")
    try:
        from_files = _group(read_inputs([str(p) for p in files], opts), [str(p) for p in files])
        urls = [base + p.name for p in files]
        from_http = _group(read_inputs(urls, ReadOptions(feed=True, fetch=opts.fetch, progress=False)), urls)
        for p, url in zip(files, urls, strict=True):
            arts_f, errs_f = from_files[str(p)]
            arts_h, errs_h = from_http[url]
            expected = manifest.get(p.name, {}).get("items")
            title = arts_f[0].publisher if arts_f else ""
            errors = "; ".join(e.error for e in errs_f + errs_h)
            ok = arts_f and len(arts_f) == len(arts_h)
            bad += not ok
            total_items += len(arts_f)
            print(f"{p.name:24} {expected if expected is not None else '-':>8} {len(arts_f):>5} {len(arts_h):>5}  "
                  f"{(title or '')[:40]}{'  ERR ' + errors if errors else ''}{'' if ok else '  <-- FAIL'}")
    finally:
        server.shutdown()
    print(f"{len(files)} feeds, {total_items} distinct items, {bad} failing")
    return 1 if bad else 0


def _group(items, inputs: list[str]) -> dict[str, tuple[list[Article], list[ItemError]]]:
    """Items by the feed they came from (signals["feed"]["feed"]) or the input an error names."""
    out: dict[str, tuple[list[Article], list[ItemError]]] = {i: ([], []) for i in inputs}
    for it in items:
        if isinstance(it, ItemError):
            key = next((i for i in inputs if it.input.startswith(i)), inputs[0])
            out[key][1].append(it)
        else:
            out.setdefault(it.signals["feed"]["feed"], ([], []))[0].append(it)
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv))
