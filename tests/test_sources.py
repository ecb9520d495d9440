from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tracer import Article, ItemError, ReadOptions, read_inputs


def test_jsonl_fields_and_paragraph_separator(jsonl_corpus: Path) -> None:
    items = list(read_inputs([str(jsonl_corpus)], ReadOptions(paragraph_sep=" ### ")))
    assert [a.id for a in items] == ["a", "b", "c"]
    assert items[0].publisher == "AP"
    assert items[0].text.count("\n") == 5 and " ### " not in items[0].text


def test_csv_custom_fields_and_missing_id(tmp_path: Path) -> None:
    p = tmp_path / "c.csv"
    p.write_text("publisher,scrape_time,text\nAP,2019-01-01,One ### Two\nBugle,2019-01-02,Three\n", "utf-8")
    items = list(read_inputs([str(p)], ReadOptions(date_field="scrape_time", paragraph_sep=" ### ")))
    assert [a.id for a in items] == ["1", "2"]
    assert items[0].date == "2019-01-01" and items[0].text == "One\nTwo"


def test_bad_rows_are_per_item_errors(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_bytes(b'{"id": "ok", "text": "fine text here"}\nnot json\n{"id": "x"}\n'
                  b'{"id": "bin", "text": "\xff\xfe broken"}\n[1,2]\n{"id": "ok2", "text": "more"}\n')
    items = list(read_inputs([str(p)]))
    ok = [i.id for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ItemError)]
    assert ok == ["ok", "bin", "ok2"]  # invalid UTF-8 is replaced at the door, with a warning
    assert len(errs) == 3
    assert any("invalid JSON" in e.error for e in errs)
    binary = next(i for i in items if isinstance(i, Article) and i.id == "bin")
    assert "\ufffd" in binary.text and any("invalid UTF-8" in e.error for e in binary.errors)


def test_csv_invalid_utf8_row_is_reported_rest_read(tmp_path: Path) -> None:
    p = tmp_path / "bad.csv"
    p.write_bytes(b"id,text\n1,good one\n2,bad \xff byte\n3,good three\n")
    items = list(read_inputs([str(p)]))
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "2", "3"]
    assert not [i for i in items if isinstance(i, ItemError)]
    assert [e.input for e in items[1].errors] == [f"{p}:2"] and "\ufffd" in items[1].text


def test_directory_recurses_and_missing_file_is_error(corpus_dir: Path, tmp_path: Path) -> None:
    (corpus_dir / "sub").mkdir()
    (corpus_dir / "sub" / "note.txt").write_text("A plain text article.\nSecond line.", "utf-8")
    items = list(read_inputs([str(corpus_dir), str(tmp_path / "nope.html"), "ftp://x/y"]))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, ItemError)]
    assert len(arts) == 5
    assert {e.error.split(" (")[0] for e in errs} == {"no such file or directory",
                                                      "unsupported URL scheme"}


def test_stdin_plain_text(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Title line\nBody text of the article.")))
    [art] = list(read_inputs(["-"]))
    assert art.id == "-" and art.title == "Title line"


@pytest.fixture
def httpserver() -> Iterator[HTTPServer]:
    """A server on 127.0.0.1 (the plugin's default binds "localhost")."""
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    yield srv
    srv.clear()
    srv.stop()


def test_url_fetch_against_local_server(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/story").respond_with_data(
        "<html><head><title>T</title></head><body><article><p>" + "Real words in a real page. " * 20
        + "</p></article></body></html>", content_type="text/html; charset=utf-8")
    httpserver.expect_request("/missing").respond_with_data("nope", status=404)
    httpserver.expect_request("/image").respond_with_data(b"\x89PNG", content_type="image/png")
    items = list(read_inputs([httpserver.url_for("/story"), httpserver.url_for("/missing"),
                              httpserver.url_for("/image")]))
    assert isinstance(items[0], Article) and "Real words" in items[0].text
    assert items[0].url == httpserver.url_for("/story")
    assert isinstance(items[1], ItemError) and "404" in items[1].error
    assert isinstance(items[2], ItemError) and "not an HTML page" in items[2].error


def test_jsonl_record_without_text_names_the_missing_field(tmp_path: Path) -> None:
    p = tmp_path / "m.jsonl"
    p.write_text('{"id": "a", "body": "x"}\n{"id": "b", "text": "kept"}\n', "utf-8")
    err, art = read_inputs([str(p)], ReadOptions())
    assert isinstance(err, ItemError) and "'text'" in err.error and err.input.endswith(":1 (id a)")
    assert isinstance(art, Article) and art.id == "b"


def test_csv_ragged_row_is_an_error_and_the_rest_is_read(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text('id,text\n1,"first, with comma"\n2,too,many,fields\n3,"multi\nline"\n', "utf-8")
    items = list(read_inputs([str(p)]))
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "3"]
    assert [i.error for i in items if isinstance(i, ItemError)] == ["row has more fields than the header"]
    assert items[2].text == "multi\nline"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs POSIX named pipes")
def test_jsonl_is_streamed_not_read_whole(tmp_path: Path) -> None:
    """The first record comes out while the writer has not finished the file (a FIFO)."""
    import os
    import threading

    fifo = tmp_path / "live.jsonl"
    os.mkfifo(fifo)
    got_first = threading.Event()
    state = {"writer_done_before_first": None}

    def writer() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write('{"id": "1", "text": "first record"}\n')
            fh.flush()
            got_first.wait(10)
            state["writer_done_before_first"] = not got_first.is_set()
            fh.write('{"id": "2", "text": "second record"}\n')

    t = threading.Thread(target=writer)
    t.start()
    ids = []
    for item in read_inputs([str(fifo)]):
        ids.append(item.id)
        got_first.set()
    t.join()
    assert ids == ["1", "2"] and state["writer_done_before_first"] is False


def test_stdin_jsonl_with_a_bad_line(monkeypatch) -> None:
    data = b'\n{"id": "s1", "text": "one"}\n{"id": "s2", "text": "bad \xff"}\n{"id": "s3", "text": "three"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_inputs(["-"]))
    assert [i.id for i in items if isinstance(i, Article)] == ["s1", "s2", "s3"]
    assert [e.input for e in items[1].errors] == ["-:3"] and items[1].text == "bad \ufffd"


def test_jsonl_lines_orjson_refuses_read_as_the_standard_library_does(tmp_path: Path) -> None:
    # valid for Python's json, refused by orjson: NaN, a 70-digit integer, a lone surrogate escape
    p = tmp_path / "ext.jsonl"
    p.write_bytes(b'{"id": "nan", "text": "a story", "score": NaN}\n'
                  b'{"id": "big", "text": "another story", "n": ' + b"9" * 70 + b'}\n'
                  b'{"id": "sur", "text": "odd \\ud800 escape"}\n'
                  b'\n{"id": "last", "text": "fine"}\n{broken\n')
    items = list(read_inputs([str(p)]))
    assert [i.id for i in items if isinstance(i, Article)] == ["nan", "big", "sur", "last"]
    (err,) = [i for i in items if isinstance(i, ItemError)]
    assert err.input == f"{p}:6" and "invalid JSON" in err.error  # line numbers count the blank line
    assert [i.source for i in items if isinstance(i, Article)] == [f"{p}:1", f"{p}:2", f"{p}:3", f"{p}:5"]
