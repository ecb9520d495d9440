"""Hostile input, one test per attack or crash found by trying tracer as a hostile user would.

Real HTTP against pytest-httpserver on 127.0.0.1, real files, real SQLite stores. Each test
asserts the clear error or the correct result, and that no traceback reaches the user.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import OTHER, WIRE, page
from tracer.model import Article, ItemError
from tracer.sources import ReadOptions, read_inputs
from tracer.sources._fetch import FetchConfig
from tracer.sources.policy import FetchPolicy, address_problem

SECRET = "secret internal answer that must never leave the private network"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracer", *args], capture_output=True, text=True, cwd=cwd)


def fast(**kw) -> ReadOptions:
    """Short waits: tests never sleep for real backoff times."""
    read = {k: kw.pop(k) for k in ("feed", "fetch_pages", "max_record_bytes", "max_feed_items") if k in kw}
    cfg = dict(timeout=10.0, retries=3, backoff=0.01, backoff_max=2.0, delay=0.0)
    cfg.update(kw)
    return ReadOptions(fetch=FetchConfig(**cfg), progress=False, **read)


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    srv.expect_request("/robots.txt").respond_with_data("not here", status=404)
    srv.expect_request("/internal").respond_with_data(
        f"<html><body><article><p>{SECRET}. {' '.join(WIRE)}</p></article></body></html>",
        content_type="text/html")
    yield srv
    srv.clear()
    if srv.is_running():
        srv.stop()


def hits(srv: HTTPServer, path: str) -> int:
    return sum(1 for req, _ in srv.log if req.path == path)


def rss(links: list[str], title: str = "Hostile Feed") -> str:
    items = "".join(f"<item><title>Item {k}</title><link>{ln}</link><description>Snippet number {k} of the "
                    f"feed.</description></item>" for k, ln in enumerate(links))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"{items}</channel></rss>")


# -- 1. SSRF ---------------------------------------------------------------------------------
def test_feed_item_links_to_private_addresses_are_not_fetched(server: HTTPServer, tmp_path: Path) -> None:
    port = server.port
    links = [f"http://127.0.0.1:{port}/internal", f"http://[::ffff:127.0.0.1]:{port}/internal",
             f"http://localhost:{port}/internal", f"http://0.0.0.0:{port}/internal",
             "http://169.254.169.254/latest/meta-data/", f"http://[::1]:{port}/internal"]
    feed = tmp_path / "feed.xml"
    feed.write_text(rss(links), "utf-8")
    items = list(read_inputs([str(feed)], fast(feed=True, fetch_pages=True)))
    arts = [i for i in items if isinstance(i, Article)]
    assert len(arts) == len(links)
    assert hits(server, "/internal") == 0
    for art in arts:
        assert SECRET not in art.text
        assert any("refused to fetch" in e.error and "--allow-private" in e.error for e in art.errors), art.errors


def test_allow_private_opts_in_to_private_item_links(server: HTTPServer, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(rss([f"http://127.0.0.1:{server.port}/internal"]), "utf-8")
    (art,) = read_inputs([str(feed)], fast(feed=True, fetch_pages=True, allow_private=True))
    assert isinstance(art, Article) and SECRET in art.text


def test_redirect_into_another_private_host_is_refused(server: HTTPServer) -> None:
    # The user named 127.0.0.1:port; its redirect to another local name is not theirs to follow.
    server.expect_request("/hop").respond_with_data(
        "", status=302, headers={"Location": f"http://localhost:{server.port}/internal"})
    server.expect_request("/same").respond_with_data("", status=302, headers={"Location": "/internal"})
    hop, same = read_inputs([server.url_for("/hop"), server.url_for("/same")], fast())
    assert isinstance(hop, ItemError) and "redirected to" in hop.error and "refused" in hop.error
    assert isinstance(same, Article) and SECRET in same.text  # a redirect within the named host is fine
    assert hits(server, "/internal") == 1


def test_names_resolving_to_loopback_are_refused_at_connect_time(server: HTTPServer, tmp_path: Path) -> None:
    # "127.1" and "2130706433" are not IP literals to a URL check; only the resolver says 127.0.0.1.
    port = server.port
    feed = tmp_path / "feed.xml"
    feed.write_text(rss([f"http://127.1:{port}/internal", f"http://2130706433:{port}/internal"]), "utf-8")
    arts = list(read_inputs([str(feed)], fast(feed=True, fetch_pages=True)))
    assert hits(server, "/internal") == 0
    for art in arts:
        assert isinstance(art, Article)
        assert any("resolves only to refused addresses" in e.error for e in art.errors), art.errors


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255",
                                     "::1", "::", "fe80::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1",
                                     "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1"])
def test_private_and_special_addresses_are_refused(address: str) -> None:
    assert address_problem(address) is not None


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert address_problem(address) is None


def test_urls_the_user_typed_are_trusted_on_their_own_host_only() -> None:
    policy = FetchPolicy()
    policy.trust(["http://127.0.0.1:8080/feed.xml"])
    assert policy.refusal("http://127.0.0.1:8080/item/1") is None
    assert policy.refusal("http://127.0.0.1:9090/admin") is not None
    assert FetchPolicy(allow_private=True).refusal("http://10.0.0.1/") is None
    policy.trust(["http://10.0.0.7/feed"])  # a default port: its https twin is the same host
    assert policy.refusal("https://10.0.0.7/feed") is None and policy.refusal("http://10.0.0.7:8080/") is not None


def test_cli_allow_private_flag_reaches_the_fetcher(server: HTTPServer, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(rss([f"http://127.0.0.1:{server.port}/internal"]), "utf-8")
    refused = run("credits", str(feed), "--fetch-pages", "--format", "json")
    allowed = run("credits", str(feed), "--fetch-pages", "--allow-private", "--format", "json")
    assert refused.returncode == 0 and allowed.returncode == 0
    assert "refused to fetch" in refused.stdout and "Traceback" not in refused.stderr
    assert "refused to fetch" not in allowed.stdout
    assert hits(server, "/internal") == 1


# -- 11. overall deadline per URL --------------------------------------------------------------
def test_a_dripping_server_is_given_up_after_max_time(server: HTTPServer) -> None:
    def drip(_request: Request) -> Response:
        def body() -> Iterator[bytes]:
            yield b"<html><body><p>"
            for _ in range(100):
                time.sleep(0.2)
                yield b"word "
        return Response(body(), content_type="text/html")

    server.expect_request("/drip").respond_with_handler(drip)
    (item,) = read_inputs([server.url_for("/drip")], fast(max_time=1.0, timeout=5.0))
    assert isinstance(item, ItemError) and "--max-time" in item.error
    assert hits(server, "/drip") == 1  # not retried past the limit


def test_a_run_fetches_at_most_max_fetches_urls(server: HTTPServer) -> None:
    server.expect_request("/p").respond_with_data(page("Council", WIRE), content_type="text/html")
    urls = [server.url_for(f"/p?n={k}") for k in range(5)]
    items = list(read_inputs(urls, fast(max_fetches=2)))
    assert [isinstance(i, Article) for i in items] == [True, True, False, False, False]
    assert all("--max-fetches" in i.error for i in items[2:] if isinstance(i, ItemError))
    assert hits(server, "/p") == 2


def test_cli_rejects_a_non_positive_max_time(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(WIRE[0], "utf-8")
    r = run("credits", str(tmp_path / "a.txt"), "--max-time", "0")
    assert r.returncode == 2 and "--max-time" in r.stderr and "Traceback" not in r.stderr


# -- 2. symbolic links out of a directory input ----------------------------------------------
def test_directory_inputs_never_follow_a_symlink_out_of_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "env.txt").write_text("TOKEN=hunter2-very-secret\n", "utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "story.txt").write_text(" ".join(WIRE), "utf-8")
    (folder / "leak.txt").symlink_to(outside / "env.txt")
    (folder / "linked-dir").symlink_to(outside, target_is_directory=True)
    (folder / "alias.txt").symlink_to(folder / "story.txt")  # inside the folder: followed
    items = list(read_inputs([str(folder)]))
    texts = " ".join(i.text for i in items if isinstance(i, Article))
    assert "hunter2" not in texts
    errors = {Path(i.input).name: i.error for i in items if isinstance(i, ItemError)}
    assert set(errors) == {"leak.txt", "linked-dir"} and all("outside the input folder" in e for e in errors.values())
    assert sorted(Path(i.id).name for i in items if isinstance(i, Article)) == ["alias.txt", "story.txt"]


# -- 3. terminal injection ---------------------------------------------------------------------
def test_escape_sequences_from_content_never_reach_the_terminal(tmp_path: Path) -> None:
    rec = {"id": "x\x1b]0;pwned\x07y", "publisher": "Bugle\x1b[5m\u202e",
           "text": "HARBOURTOWN (Reuters) - " + WIRE[0] + "\x1b[2J\nReporting by Jane Doe\x9b31m; Editing by Tom Roe"}
    src = tmp_path / "evil.jsonl"
    src.write_text(json.dumps(rec) + "\n", "utf-8")
    for args in (("credits", str(src)), ("dedup", str(src)), ("report", str(src)), ("check", str(src))):
        r = run(*args)
        assert "Traceback" not in r.stderr
        for ch in ("\x1b", "\x07", "\x9b", "\u202e"):
            assert ch not in r.stdout and ch not in r.stderr, (args, ch)
    assert "Reuters" in run("credits", str(src)).stdout


# -- 4. unsafe links passed on -------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["atom", "rss", "jsonl"])
def test_output_feeds_keep_only_http_links(tmp_path: Path, fmt: str) -> None:
    feed = tmp_path / "in.rss"
    feed.write_text(rss(["javascript:alert(document.cookie)", "data:text/html,<script>x</script>",
                         "https://news.example/ok"]), "utf-8")
    r = run("feeds", str(feed), "--format", fmt)
    assert r.returncode == 0, r.stderr
    if fmt == "jsonl":  # the item ids may keep the feed's guid; every link is http(s) or null
        stories = [json.loads(x) for x in r.stdout.splitlines()]
        links = [s["link"] for s in stories] + [i["link"] for s in stories for i in s["items"]]
        assert sorted(filter(None, links)) == ["https://news.example/ok"] * 2
    else:
        assert "javascript:" not in r.stdout and "data:text" not in r.stdout
    assert "https://news.example/ok" in r.stdout


def test_output_feeds_drop_xml_forbidden_characters(tmp_path: Path) -> None:
    feed = tmp_path / "in.rss"
    feed.write_text(rss(["https://news.example/a"], title="Outlet &#x1F; Name"), "utf-8")
    (tmp_path / "in.rss").write_text((tmp_path / "in.rss").read_text("utf-8").replace(
        "Snippet number 0", "Snippet \x01\x0b number 0"), "utf-8")
    for fmt in ("atom", "rss"):
        out = tmp_path / f"out.{fmt}"
        r = run("feeds", str(feed), "--format", fmt, "--out", str(out))
        assert r.returncode == 0, r.stderr
        ET.parse(out)  # parses: no character XML 1.0 forbids


# -- 5. invalid JUnit ----------------------------------------------------------------------------
def test_junit_report_stays_valid_xml_with_control_characters(tmp_path: Path) -> None:
    recs = [{"id": "orig\x00inal", "publisher": "Associated Press", "text": "\n".join(WIRE)},
            {"id": "copy\x01\x0b", "publisher": "Bugle", "text": "\n".join(WIRE[:5]) + "\x0b"}]
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    r = run("check", str(src), "--format", "junit")
    assert r.returncode == 1, r.stderr  # the uncredited copy fails the gate
    root = ET.fromstring(r.stdout)
    names = [c.get("name") for c in root.iter("testcase")]
    assert "copy" in names or any(n and n.startswith("copy") for n in names)


# -- 6. lone surrogates --------------------------------------------------------------------------
def test_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": "s\\ud800", "text": "' + WIRE[0] + ' \\udfff end", "publisher": "P\\ud83d"}\n'
                   + json.dumps({"id": "ok", "text": " ".join(WIRE)}) + "\n", "utf-8")
    db = tmp_path / "s.db"
    for args in (("report", str(src)), ("credits", str(src), "--format", "json"),
                 ("dedup", str(src), "--db", str(db), "--format", "jsonl"),
                 ("dedup", str(src), "--db", str(db), "--format", "jsonl")):  # the re-run too
        r = run(*args)
        assert r.returncode == 0 and "Traceback" not in r.stderr, (args, r.stderr[-500:])
    rows = [json.loads(x) for x in run("credits", str(src), "--format", "json").stdout.splitlines()]
    assert rows[0]["id"] == "s\ufffd" and rows[0]["publisher"] == "P\ufffd"


def test_no_surrogates_keeps_clean_text_and_replaces_each_lone_surrogate() -> None:
    from tracer.untrusted import no_surrogates

    clean = "Zyrtarët thanë “po” — 東京"
    assert no_surrogates(clean) is clean  # non-ASCII but encodable: the same object back
    assert no_surrogates("Zyrtarët \ud800 thanë \udfff") == "Zyrtarët \ufffd thanë \ufffd"
    assert no_surrogates("a\ud83d\ude00b") == "a\ufffd\ufffdb"  # a split pair stays two lone halves


def test_compare_pairs_with_lone_surrogates_and_escapes(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text('{"id": "p\\ud800", "a": "' + WIRE[0] + ' \\udfff", "b": "' + WIRE[0] + '"}\n'
                     '{"id": "x\\u001b[2J", "a": "' + WIRE[1] + '", "b": "' + OTHER[0] + '"}\n', "utf-8")
    as_json = run("compare", "--pairs", str(pairs))
    assert as_json.returncode == 0 and "Traceback" not in as_json.stderr, as_json.stderr[-300:]
    rows = [json.loads(x) for x in as_json.stdout.splitlines()]
    assert rows[0]["id"] == "p\ufffd" and rows[0]["same_story"] and not rows[1]["same_story"]
    as_text = run("compare", "--pairs", str(pairs), "--format", "text")
    assert as_text.returncode == 0 and "\x1b" not in as_text.stdout


# -- 7. charset ------------------------------------------------------------------------------------
def test_agreeing_header_and_meta_beat_a_guess_on_a_stray_byte(server: HTTPServer) -> None:
    text = ("Ky është një lajm për çështjen e qytetit. Zyrtarët thanë se punimet në rrugë do të "
            "përfundojnë në pranverë, ndërsa banorët kërkojnë më shumë informacion për çështjen.")
    body = ('<html><head><meta charset="utf-8"><title>Lajm</title></head><body><article><p>'
            + text + "</p><p>").encode() + b"Banor\x92t thon\xc3\xab se " + (" ".join(WIRE)).encode() + b"</p></article></body></html>"
    server.expect_request("/page").respond_with_data(body, content_type="text/html; charset=utf-8")
    (art,) = read_inputs([server.url_for("/page")], fast())
    assert isinstance(art, Article)
    assert art.signals["fetch"]["charset"] == "utf-8"
    assert "çështjen" in art.text and "Zyrtarët" in art.text


# -- 8. deep nesting -------------------------------------------------------------------------------
def _nested(depth: int, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return ("<html><head><title>Deep</title></head><body>" + "<div>" * depth + f"<article>{body}</article>"
            + "</div>" * depth + "</body></html>")


def test_a_copy_wrapped_in_deep_nesting_is_still_seen(tmp_path: Path) -> None:
    from tracer.api import dedup

    (tmp_path / "wire.html").write_text(page("Council approves budget", WIRE, site="Associated Press"), "utf-8")
    (tmp_path / "deep.html").write_text(_nested(300, WIRE), "utf-8")
    (tmp_path / "other.html").write_text(page("Comet", OTHER, site="Sky"), "utf-8")
    res = dedup([str(tmp_path / n) for n in ("wire.html", "deep.html", "other.html")])
    cluster = {m: c.id for c in res.clusters for m in c.members}
    assert cluster[str(tmp_path / "deep.html")] == cluster[str(tmp_path / "wire.html")]
    assert cluster[str(tmp_path / "other.html")] != cluster[str(tmp_path / "wire.html")]
    gate = run("check", str(tmp_path / "wire.html"), str(tmp_path / "deep.html"), "--format", "json")
    assert gate.returncode == 1  # the uncredited deep copy fails the gate (it passed unseen before)
    assert any(f["article"].endswith("deep.html") for f in json.loads(gate.stdout)["findings"])


def test_nesting_past_any_parser_limit_falls_back_to_flat_text_with_a_warning() -> None:
    from tracer.extract import extract_html

    art = extract_html(_nested(3000, WIRE), id="very-deep")
    assert WIRE[0] in art.text and WIRE[-1] in art.text
    assert any("nested deeper" in e.error for e in art.errors)


# -- 9. --config of any name --------------------------------------------------------------------------
def test_check_config_is_read_whatever_its_name(tmp_path: Path, corpus_dir: Path) -> None:
    (tmp_path / "policy.toml").write_text("[check]\nmax-cluster-size = 1\nno-undisclosed = false\n", "utf-8")
    (tmp_path / "empty-policy.toml").write_text("[other]\nx = 1\n", "utf-8")
    strict = run("check", str(corpus_dir), "--config", str(tmp_path / "policy.toml"), cwd=tmp_path)
    assert strict.returncode == 1 and "TRC003" in strict.stdout
    wrong = run("check", str(corpus_dir), "--config", str(tmp_path / "empty-policy.toml"), cwd=tmp_path)
    assert wrong.returncode == 2 and "no [check]" in wrong.stderr and "Traceback" not in wrong.stderr


# -- 10. CSV with an unterminated quote ------------------------------------------------------------------
@pytest.mark.parametrize("tail", ["4,fourth story\n", '4,"fine, quoted"\n'])
def test_csv_unterminated_quote_is_an_error_and_later_rows_are_read(tmp_path: Path, tail: str) -> None:
    src = tmp_path / "c.csv"
    src.write_text('id,text\n1,first story\n2,"never closed\n3,third story\n5,"multi\nline, fine"\n' + tail, "utf-8")
    items = list(read_inputs([str(src)]))
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "3", "5", "4"]
    assert items[3].text == "multi\nline, fine"
    (err,) = [i for i in items if isinstance(i, ItemError)]
    assert err.input == f"{src}:2" and "unterminated quote" in err.error and "line 3" in err.error


# -- 13. caps, malformed feeds, report -o, damaged stores -----------------------------------------------
def test_oversized_records_are_per_record_errors(tmp_path: Path) -> None:
    csv_src = tmp_path / "big.csv"
    csv_src.write_text("id,text\n1,small one\n2," + "x" * 5000 + "\n3,small three\n", "utf-8")
    jsonl_src = tmp_path / "big.jsonl"
    jsonl_src.write_text(json.dumps({"id": "a", "text": "small"}) + "\n"
                         + json.dumps({"id": "b", "text": "y" * 5000}) + "\n"
                         + json.dumps({"id": "c", "text": "small too"}) + "\n", "utf-8")
    opts = ReadOptions(max_record_bytes=1000)
    items = list(read_inputs([str(csv_src), str(jsonl_src)], opts))
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "3", "a", "c"]
    errs = [i for i in items if isinstance(i, ItemError)]
    assert [e.input for e in errs] == [f"{csv_src}:2", f"{jsonl_src}:2"]
    assert all("larger than 1000 bytes" in e.error for e in errs)


def test_feed_items_are_capped_with_an_error(tmp_path: Path) -> None:
    feed = tmp_path / "many.rss"
    feed.write_text(rss([f"https://news.example/{k}" for k in range(30)]), "utf-8")
    items = list(read_inputs([str(feed)], ReadOptions(max_feed_items=10)))
    assert sum(isinstance(i, Article) for i in items) == 10
    (err,) = [i for i in items if isinstance(i, ItemError)]
    assert "30 items" in err.error and "first 10" in err.error


def test_malformed_feeds_are_warned(tmp_path: Path) -> None:
    feed = tmp_path / "bozo.rss"
    feed.write_text(rss(["https://news.example/a?x=1&y=2"]), "utf-8")  # a bare & : not well-formed XML
    items = list(read_inputs([str(feed)]))
    assert sum(isinstance(i, Article) for i in items) == 1
    (warn,) = [i for i in items if isinstance(i, ItemError)]
    assert "malformed feed" in warn.error
    r = run("feeds", str(feed))
    assert "malformed feed" in r.stderr and r.returncode == 0


def test_report_text_out_writes_the_file(corpus_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    r = run("report", str(corpus_dir), "--format", "text", "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = out.read_text("utf-8")
    assert "articles" in text and "\x1b" not in text
    assert "articles," not in r.stdout


def test_a_store_with_a_dropped_table_is_a_clear_error(corpus_dir: Path, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "s.db"
    assert run("dedup", str(corpus_dir), "--db", str(db)).returncode == 0
    con = sqlite3.connect(db)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored >= 4
    con.execute("DROP TABLE signatures")
    con.commit()
    con.close()
    r = run("dedup", str(corpus_dir), "--db", str(db))
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "damaged" in r.stderr and "signatures" in r.stderr
    check = run("db", "check", "--db", str(db))
    assert check.returncode == 1 and "missing table: signatures" in check.stdout + check.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == stored  # nothing stored was lost
    con.close()


# -- 12. workers die with their parent ------------------------------------------------------------------
_PARENT = """
import os, sys, time
from tracer.engine import Engine
from tracer.model import Article
from tracer.store import Store

def items():
    for k in range(1200):
        yield Article(id=f"a{k}", text=f"story {k} " + " ".join(f"w{k}x{j}" for j in range(40)))
    print("READY", flush=True)
    time.sleep(600)

Engine(Store(":memory:"), workers=2).ingest(items(), with_credits=False)
"""


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists() or (os.cpu_count() or 1) < 2,
                    reason="needs Linux /proc and two cores for a worker pool")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_worker_processes_die_with_their_parent(sig: signal.Signals) -> None:
    parent = subprocess.Popen([sys.executable, "-c", _PARENT], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == "READY"
        workers = _children(parent.pid)
        assert workers
        parent.send_signal(sig)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
