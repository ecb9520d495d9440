"""Web archives: page records become articles with their target URI and WARC-Date; damage is contained."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tracer import Article, ItemError, ReadOptions, read_inputs

PARA = "The harbour authority announced new rules for cargo ships entering the bay at night. " * 6


def page(title: str, extra: str = "") -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{PARA}</p><p>{extra}</p></article></body></html>").encode()


def write_warc(path: Path, records: list[tuple[str, str, bytes, str, str]], gz: bool) -> None:
    """records: (rec_type, uri, body, content type, http status)."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for n, (rtype, uri, body, ctype, status) in enumerate(records):
            date = f"2024-03-0{n + 1}T12:00:00Z"
            if rtype == "response":
                http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                rec = w.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http,
                                           warc_headers_dict={"WARC-Date": date})
            elif rtype == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
                rec = w.create_warc_record(uri, "request", payload=BytesIO(b""), http_headers=http,
                                           warc_headers_dict={"WARC-Date": date})
            else:
                rec = w.create_warc_record(uri, rtype, payload=BytesIO(body), warc_content_type=ctype,
                                           warc_headers_dict={"WARC-Date": date})
            w.write_record(rec)


RECORDS = [
    ("request", "https://news.example/a", b"", "", ""),
    ("response", "https://news.example/a", page("Harbour rules", "First page."), "text/html; charset=utf-8", "200 OK"),
    ("response", "https://news.example/logo.png", b"\x89PNG....", "image/png", "200 OK"),
    ("response", "https://news.example/gone", b"<html>not found</html>", "text/html", "404 Not Found"),
    ("metadata", "https://news.example/a", b"outlinks: ...", "application/warc-fields", ""),
    ("response", "https://news.example/b", "<html><head></head><body><article><h1>Латиница</h1><p>"
     .encode("cp1251") + ("Порт ввёл новые правила для судов. " * 10).encode("cp1251") + b"</p></article></body></html>",
     "text/html; charset=windows-1251", "200 OK"),
    ("resource", "https://news.example/c", page("Archived resource", "From a resource record."), "text/html", ""),
]


@pytest.mark.parametrize("gz", [False, True])
def test_page_records_become_articles_with_uri_and_date(tmp_path: Path, gz: bool) -> None:
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(p, RECORDS, gz)
    items = list(read_inputs([str(p)], ReadOptions()))
    assert all(isinstance(i, Article) for i in items)
    assert [a.url for a in items] == ["https://news.example/a", "https://news.example/b", "https://news.example/c"]
    assert [a.signals["fetched_at"] for a in items] == ["2024-03-02T12:00:00Z", "2024-03-06T12:00:00Z",
                                                        "2024-03-07T12:00:00Z"]
    assert "First page." in items[0].text
    assert "Порт ввёл новые правила" in items[1].text


def test_truncated_warc_yields_the_records_before_the_break(tmp_path: Path) -> None:
    full = tmp_path / "full.warc.gz"
    recs = [("response", f"https://news.example/{n}", page(f"Story {n}", f"Number {n}."), "text/html", "200 OK")
            for n in range(5)]
    write_warc(full, recs, gz=True)
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.7)])
    items = list(read_inputs([str(cut), str(full)], ReadOptions()))
    first_run = []
    for it in items:
        if isinstance(it, ItemError):
            break
        first_run.append(it)
    assert 2 <= len(first_run) <= 4
    assert [a.url for a in first_run] == [f"https://news.example/{n}" for n in range(len(first_run))]
    errors = [i for i in items if isinstance(i, ItemError)]
    assert len(errors) == 1 and "web archive" in errors[0].error
    assert sum(isinstance(i, Article) for i in items) == len(first_run) + 5  # the next input is read in full


def test_garbage_warc_is_one_error(tmp_path: Path) -> None:
    p = tmp_path / "junk.warc"
    p.write_bytes(b"this is not a web archive\r\n\r\n" * 10)
    [err] = list(read_inputs([str(p)]))
    assert isinstance(err, ItemError) and "not a WARC/ARC file" in err.error


def test_oversized_record_is_an_item_error_and_reading_goes_on(tmp_path: Path) -> None:
    p = tmp_path / "big.warc"
    write_warc(p, [("response", "https://x.example/big", page("Big", "y" * 5000), "text/html", "200 OK"),
                   ("response", "https://x.example/small", page("Small"), "text/html", "200 OK")], gz=False)
    items = list(read_inputs([str(p)], ReadOptions(max_bytes=1500)))
    assert isinstance(items[0], ItemError) and "larger than 1500" in items[0].error
    assert isinstance(items[1], Article) and items[1].url == "https://x.example/small"


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("frac", [0.3, 0.55, 0.97])
def test_truncation_anywhere_is_reported_once(tmp_path: Path, gz: bool, frac: float) -> None:
    full = tmp_path / "full.warc"
    recs = [("response", f"https://news.example/{n}", page(f"Story {n}", f"Number {n}."), "text/html", "200 OK")
            for n in range(4)]
    write_warc(full, recs, gz=gz)
    data = full.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: int(len(data) * frac)])
    items = list(read_inputs([str(cut)]))
    arts = [i for i in items if isinstance(i, Article)]
    assert isinstance(items[-1], ItemError) and "truncated" in items[-1].error
    assert len(items) == len(arts) + 1 and len(arts) < 4
    assert all(f"Number {n}." in a.text for n, a in enumerate(arts))  # no partial page passed as whole
    assert [i for i in read_inputs([str(full)]) if isinstance(i, ItemError)] == []
