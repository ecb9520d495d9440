"""Fetch throughput and politeness, against local servers on 127.0.0.1 in a child process.

    python scripts/bench_fetch.py [--pages 1000] [--hosts 4]

Prints, measured in the same run:
* baseline: the naive way (one httpx.Client, pages fetched one after the other);
* politeness off: tracer's fetcher, concurrent, no robots.txt, no per-host interval,
  as pages/s and as a ratio to the baseline;
* politeness on: the default polite settings (2 in flight per host, 0.5 s between
  requests to one host; the loopback exemption switched off so it shows), with the
  gaps and concurrency each server actually saw, and one host whose robots.txt says
  `Crawl-delay: 1` and disallows a path.

Pages take `--latency` (50 ms) to serve, as a remote site would. Each port is a separate host (politeness is per scheme+host+port). The servers run in a
child process so that they do not compete with the fetcher for the GIL.
"""

from __future__ import annotations

import argparse
import http.server
import json
import subprocess
import sys
import threading
import time
import urllib.request
from collections import defaultdict

JITTER = 0.03  # seconds: arrival gaps at the server may be a little shorter than the send gaps
PAGE = ("<html><head><title>Bench page</title></head><body><article><h1>Bench</h1>"
        + "<p>Some words of a news article that the bench fetches again and again.</p>" * 150
        + "</article></body></html>").encode()


def serve(n_hosts: int, latency: float) -> None:
    """Child process: n servers; prints their ports; /_stats gives arrival times per port."""
    arrivals: dict[int, list[tuple[float, str]]] = defaultdict(list)
    inflight: dict[int, int] = defaultdict(int)
    peak: dict[int, int] = defaultdict(int)
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            port = self.server.server_address[1]
            if self.path == "/_stats":
                body = json.dumps({"arrivals": arrivals, "peak": peak}).encode()
                return self._send(200, body, "application/json")
            if self.path == "/_reset":
                with lock:
                    arrivals.clear()
                    peak.clear()
                return self._send(200, b"ok", "text/plain")
            if self.path == "/robots.txt":
                if port == ports[-1]:
                    return self._send(200, b"User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n", "text/plain")
                return self._send(404, b"none", "text/plain")
            with lock:
                arrivals[port].append((time.time(), self.path))
                inflight[port] += 1
                peak[port] = max(peak[port], inflight[port])
            time.sleep(latency)  # a real site's network and server latency
            with lock:
                inflight[port] -= 1
            self._send(200, PAGE, "text/html; charset=utf-8")

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # clients closing kept-alive connections at the end are not news

    servers = [Server(("127.0.0.1", 0), Handler) for _ in range(n_hosts + 1)]
    ports = [s.server_address[1] for s in servers]
    for s in servers:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    print(json.dumps(ports), flush=True)
    sys.stdin.read()  # until the parent closes our stdin


def stats(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stats") as r:
        return json.loads(r.read())


def reset(port: int) -> None:
    urllib.request.urlopen(f"http://127.0.0.1:{port}/_reset").read()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--baseline-pages", type=int, default=100)
    ap.add_argument("--latency", type=float, default=0.05, help="seconds each page takes to serve")
    ap.add_argument("--hosts", type=int, default=4)
    ap.add_argument("--polite-pages", type=int, default=8, help="pages per host in the polite run")
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.serve, args.latency)
        return

    import httpx

    from tracer.sources import FetchConfig, fetch_urls

    child = subprocess.Popen([sys.executable, __file__, "--serve", str(args.hosts),
                              "--latency", str(args.latency)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        ports = json.loads(child.stdout.readline())
        hosts, robots_host = ports[:-1], ports[-1]

        def urls(n: int, tag: str) -> list[str]:
            return [f"http://127.0.0.1:{hosts[i % len(hosts)]}/{tag}/{i}" for i in range(n)]

        print(f"{len(hosts)} hosts + 1 with a robots.txt, 20 KB pages, {args.latency * 1000:.0f} ms latency per page")
        # baseline: one client, one page after the other
        base_urls = urls(args.baseline_pages, "base")
        t = time.perf_counter()
        with httpx.Client() as client:
            ok = sum(client.get(u).status_code == 200 for u in base_urls)
        base_rate = ok / (time.perf_counter() - t)
        print(f"baseline, sequential httpx.Client:        {ok:5d} pages  {base_rate:8.1f} pages/s")

        off = FetchConfig(polite=False, concurrency=32, per_host=32)
        t = time.perf_counter()
        got = list(fetch_urls(urls(args.pages, "off"), off))
        rate = sum(r.ok for r in got) / (time.perf_counter() - t)
        print(f"tracer, politeness off (32 in flight):    {sum(r.ok for r in got):5d} pages  {rate:8.1f} pages/s"
              f"  ({rate / base_rate:.1f}x baseline)")

        for p in ports:
            reset(p)
        on = FetchConfig(loopback_exempt=False)  # the shipped polite defaults, shown on loopback
        polite_urls = urls(args.polite_pages * len(hosts), "on")
        polite_urls += [f"http://127.0.0.1:{robots_host}/on/{i}" for i in range(4)]
        polite_urls += [f"http://127.0.0.1:{robots_host}/private/secret"]
        t = time.perf_counter()
        got = list(fetch_urls(polite_urls, on))
        took = time.perf_counter() - t
        print(f"tracer, politeness on (defaults: {on.per_host} per host, {on.delay:g} s interval): "
              f"{sum(r.ok for r in got)} pages in {took:.1f} s")
        for p in ports:
            s = stats(p)
            times = sorted(a[0] for a in s["arrivals"].get(str(p), []))
            gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
            limit = 1.0 if p == robots_host else on.delay
            label = "robots.txt Crawl-delay 1" if p == robots_host else f"default interval {on.delay:g} s"
            mingap = min(gaps) if gaps else float("nan")
            print(f"  host :{p}  {label:26} requests {len(times):3d}  min gap {mingap:5.2f} s  "
                  f"peak in flight {s['peak'].get(str(p), 0)}  limit {'held' if mingap >= limit - JITTER else 'BROKEN'}")
        refused = [r for r in got if r.error and "robots" in r.error]
        print(f"  (a limit holds when every gap is at least the interval minus {JITTER * 1000:.0f} ms network jitter)")
        print(f"  robots.txt Disallow: {len(refused)} URL refused ({refused[0].error if refused else '-'})")
    finally:
        child.stdin.close()
        child.wait(timeout=10)


if __name__ == "__main__":
    main()
