"""The corpus field mapping is checked before the run: one warning per problem (issue 20)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import WIRE
from tracer.mapping import check_mapping, mapping_warnings
from tracer.sources import ReadOptions


def jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def rows(n: int = 5, **extra: object) -> list[dict]:
    return [{"id": f"r{k}", "text": WIRE[k % len(WIRE)], "publisher": "Bugle", **extra} for k in range(n)]


def test_a_clean_mapping_gives_no_warning(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", rows(date="2025-03-01T08:00:00Z"))
    assert mapping_warnings(p) == []


def test_optional_default_columns_that_are_absent_are_not_warned_about(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": WIRE[0]}])  # no url, date, title, lang, publisher
    assert mapping_warnings(p) == []


def test_dates_under_another_name_are_pointed_out(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", rows(scrape_time="2019-05-31T17:45:53-04:00"))
    (w,) = mapping_warnings(p)
    assert "no column 'date' (--date-field)" in w and "use --date-field scrape_time" in w


def test_a_column_named_like_a_time_whose_values_are_dates_is_found(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", rows(first_seen_time="March 1, 2025 8:00 AM"))
    (w,) = mapping_warnings(p)
    assert "use --date-field first_seen_time" in w


def test_a_chosen_column_that_does_not_exist(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", rows())
    (w,) = mapping_warnings(p, ReadOptions(publisher_field="outlet_name"))
    assert w == ("no column 'outlet_name' (--publisher-field) in its 5 records; column 'publisher' looks like one: "
                 "use --publisher-field publisher")
    p = jsonl(tmp_path / "b.jsonl", [{"id": "x", "text": WIRE[0]}])
    (w,) = mapping_warnings(p, ReadOptions(publisher_field="outlet_name"))
    assert w == "no column 'outlet_name' (--publisher-field) in its 1 records"


def test_missing_text_names_the_likely_column(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", [{"id": f"r{k}", "body": WIRE[k]} for k in range(3)])
    (w,) = mapping_warnings(p)
    assert "no column 'text' (--text-field)" in w and "use --text-field body" in w
    p2 = jsonl(tmp_path / "b.jsonl", [{"id": "r", "html": "<p>x</p>"}])
    assert mapping_warnings(p2) == []  # HTML instead of text is fine


def test_an_empty_mapped_column(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", rows(title="", headline="Budget passes"))
    (w,) = mapping_warnings(p)
    assert "column 'title' (--title-field) is empty" in w and "use --title-field headline" in w


def test_a_date_column_that_parses_in_no_row(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", rows(date="yesterday", published_at="2025-03-01 08:00"))
    (w,) = mapping_warnings(p)
    assert "column 'date' (--date-field) parses as a date in none of its 5 records (e.g. 'yesterday')" in w
    assert "use --date-field published_at" in w


def test_only_the_sample_is_read(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", rows(3) + [{"id": "late", "text": "x", "date": "2025-01-01"}])
    assert mapping_warnings(p, sample=3) == []
    (w,) = mapping_warnings(p, ReadOptions(date_field="nope"), sample=3)
    assert "the first 3 records" in w


def test_csv_and_non_corpus_inputs(tmp_path: Path) -> None:
    c = tmp_path / "a.csv"
    with open(c, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "content", "pubdate"])
        w.writeheader()
        w.writerows({"id": k, "content": WIRE[k], "pubdate": "Sun, 02 Mar 2025 10:00:00 GMT"} for k in range(3))
    (tmp_path / "page.html").write_text("<p>x</p>", "utf-8")
    found = check_mapping([str(c), str(tmp_path / "page.html"), "-", str(tmp_path / "missing.jsonl")])
    assert [i for i, _w in found] == [str(c), str(c)]
    assert any("use --text-field content" in m for _i, m in found)
    assert any("use --date-field pubdate" in m for _i, m in found)


def test_cli_warns_once_before_the_run(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", rows(8, scrape_time="2019-05-31T17:45:53-04:00"))
    r = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(p), "-f", "jsonl", "--progress", "plain"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    warns = [ln for ln in lines if ln.startswith("tracer: warning:")]
    assert len(warns) == 1 and "--date-field scrape_time" in warns[0]
    assert lines.index(warns[0]) < next(k for k, ln in enumerate(lines) if ln.startswith("tracer: read"))
