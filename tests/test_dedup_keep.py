"""`tracer dedup --keep RULE -o KEPT --removed REMOVED` and `tracer.deduplicate` (issue 20)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import OTHER, WIRE
from tracer import dedup, deduplicate
from tracer.keep import choose_kept, parse_when
from tracer.scale.synthetic import edited_clusters
from tracer.sources import ReadOptions

SEP = ReadOptions(paragraph_sep=" ### ")


def rows() -> list[dict]:
    """A wire story in four versions and an unrelated one; a `desk` column tracer does not read."""
    longer = [*WIRE, "Officials said a final timetable would be published in the spring."]
    return [
        {"id": "copy-late", "date": "2025-03-02T09:00:00Z", "desk": "metro", "text": " ### ".join(WIRE[:5])},
        {"id": "wire", "date": "2025-03-01T08:00:00+00:00", "desk": "wire",
         "text": "CITYVILLE (AP) — " + " ### ".join(WIRE)},
        {"id": "comet", "date": "2025-03-01", "desk": "science", "text": " ### ".join(OTHER)},
        {"id": "copy-long", "date": "Sun, 02 Mar 2025 10:00:00 GMT", "desk": "metro", "text": " ### ".join(longer)},
        {"id": "copy-undated", "desk": "metro", "text": " ### ".join(WIRE)},
    ]


def write_jsonl(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture
def src(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "in.jsonl", rows())


@pytest.mark.parametrize(("rule", "winner"), [("first", "copy-late"), ("earliest", "wire"),
                                              ("longest", "copy-long"), ("credited", "wire")])
def test_each_keep_rule_picks_its_article(src: Path, rule: str, winner: str) -> None:
    d = choose_kept(dedup([str(src)], SEP, keep_articles=True), rule)
    assert d.kept == [i for i in ["copy-late", "wire", "comet", "copy-long"] if i in (winner, "comet")]
    assert {r.id for r in d.removed} == {"copy-late", "wire", "copy-long", "copy-undated"} - {winner}
    assert all(r.duplicate_of == winner for r in d.removed)


def test_credited_prefers_the_article_declaring_a_source_even_when_later(tmp_path: Path) -> None:
    recs = rows()
    recs[1]["date"] = "2025-03-09T08:00:00Z"  # the AP-credited version is now the latest
    d = choose_kept(dedup([str(write_jsonl(tmp_path / "x.jsonl", recs))], SEP, keep_articles=True), "credited")
    assert "wire" in d.kept
    d = choose_kept(dedup([str(write_jsonl(tmp_path / "y.jsonl", recs))], SEP, keep_articles=True), "earliest")
    assert "copy-late" in d.kept


def test_kept_corpus_keeps_original_columns_and_adds_cluster(src: Path, tmp_path: Path) -> None:
    d = deduplicate([str(src)], SEP, keep="earliest", out=str(tmp_path / "kept.jsonl"),
                    removed=str(tmp_path / "removed.jsonl"))
    kept, removed = read_jsonl(tmp_path / "kept.jsonl"), read_jsonl(tmp_path / "removed.jsonl")
    assert [r["id"] for r in kept] == ["wire", "comet"]
    assert kept[0]["desk"] == "wire" and kept[0]["text"].startswith("CITYVILLE (AP) — ") and " ### " in kept[0]["text"]
    assert kept[0]["cluster"] != kept[1]["cluster"]
    assert {r["id"] for r in removed} == {"copy-late", "copy-long", "copy-undated"}
    assert all(r["duplicate_of"] == "wire" and r["cluster"] == kept[0]["cluster"] for r in removed)
    assert all(r["desk"] == "metro" for r in removed)
    assert d.stats == {"articles": 5, "kept": 2, "removed": 3, "clusters": 2, "passed_over": 0,
                       "merged": 0}
    assert d.written == {"kept": 2, "removed": 3}


def test_dedup_of_the_kept_corpus_finds_no_copies(tmp_path: Path) -> None:
    recs = edited_clusters(6, 5, seed=11) + rows()
    src = write_jsonl(tmp_path / "big.jsonl", recs)
    deduplicate([str(src)], SEP, keep="longest", out=str(tmp_path / "kept.jsonl"))
    again = dedup([str(tmp_path / "kept.jsonl")], SEP)
    assert len(again.ids) == 8
    assert all(len(c.members) == 1 for c in again.clusters)


def test_csv_in_csv_out_through_the_cli(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "date", "desk", "text"])
        w.writeheader()
        w.writerows(rows())
    r = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(src), "--paragraph-sep", " ### ", "-f", "jsonl",
                        "--keep", "earliest", "-o", str(tmp_path / "kept.csv"), "--removed",
                        str(tmp_path / "removed.csv")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "2 of 5 articles kept (--keep earliest), 3 removed" in r.stderr
    with open(tmp_path / "kept.csv", encoding="utf-8", newline="") as fh:
        kept = list(csv.DictReader(fh))
    assert [k["id"] for k in kept] == ["wire", "comet"] and list(kept[0]) == ["id", "date", "desk", "text", "cluster"]
    with open(tmp_path / "removed.csv", encoding="utf-8", newline="") as fh:
        removed = list(csv.DictReader(fh))
    assert {x["duplicate_of"] for x in removed} == {"wire"}
    assert len(r.stdout.splitlines()) == 5  # the membership rows still go to stdout


def test_articles_from_pages_are_written_from_their_fields(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\n".join(WIRE), "utf-8")
    (tmp_path / "b.txt").write_text("\n".join(WIRE[:4]), "utf-8")
    d = deduplicate([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], out=str(tmp_path / "k.jsonl"))
    (kept,) = read_jsonl(tmp_path / "k.jsonl")
    assert kept["id"] == str(tmp_path / "a.txt") and kept["text"].startswith(WIRE[0]) and kept["cluster"]
    assert [r.duplicate_of for r in d.removed] == [str(tmp_path / "a.txt")]


def test_unknown_rule_and_format_are_usage_errors(src: Path, tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(src), "--keep", "newest"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(src), "-o", str(tmp_path / "kept.xlsx")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "use .jsonl, .csv or .parquet" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "kept.xlsx").exists()


def test_parquet_needs_pyarrow_or_says_so(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "kept.parquet"
    try:
        import pyarrow.parquet as pq
    except ImportError:
        r = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(src), "-o", str(out)],
                           capture_output=True, text=True)
        assert r.returncode == 2 and "needs pyarrow" in r.stderr and "Traceback" not in r.stderr
        return
    deduplicate([str(src)], SEP, out=str(out))
    assert pq.read_table(out).column("cluster").to_pylist()


def test_dates_in_common_spellings_parse() -> None:
    assert parse_when("2019-05-31T17:45:53-04:00").isoformat() == "2019-05-31T17:45:53-04:00"
    assert parse_when("Sun, 02 Mar 2025 10:00:00 GMT").year == 2025
    assert parse_when("2025-03-01Z").day == 1
    assert parse_when("May 31, 2019 5:45 PM").hour == 17
    assert parse_when("not a date") is None and parse_when("") is None and parse_when(None) is None


def test_a_member_that_copies_an_article_kept_elsewhere_is_passed_over() -> None:
    """Two star clusters whose members are copies across them: the kept pair must not be copies."""
    from tracer.api import DedupResult
    from tracer.model import Cluster, Match

    def match(a: str, b: str) -> Match:
        return Match(a=a, b=b, similarity=0.8, containment_a=0.9, containment_b=0.9)

    result = DedupResult(ids=["x1", "y2", "x2", "y1"],
                         clusters=[Cluster("c1", "x1", ["x1", "x2"]), Cluster("c2", "y1", ["y1", "y2"])],
                         matches=[match("x1", "x2"), match("y1", "y2"), match("x1", "y2")])
    d = choose_kept(result, "first")
    assert d.kept == ["x1", "y1"]  # y2 comes first but copies x1
    assert d.stats["passed_over"] == 1
    assert {(r.id, r.duplicate_of) for r in d.removed} == {("x2", "x1"), ("y2", "y1")}


def test_kept_copies_the_first_pass_never_compared_are_merged() -> None:
    """Clusters that hold copies of one text (candidates depend on the corpus): one is kept."""
    from tracer.api import DedupResult
    from tracer.model import Article, Cluster

    arts = {"long": Article("long", "\n".join(WIRE), date="2025-03-02"),
            "trim": Article("trim", "\n".join(WIRE[:4]), date="2025-03-01"),
            "comet": Article("comet", "\n".join(OTHER))}
    result = DedupResult(ids=list(arts), clusters=[Cluster(f"c{k}", i, [i]) for k, i in enumerate(arts)],
                         matches=[], articles=arts)
    d = choose_kept(result, "earliest")
    assert d.kept == ["trim", "comet"] and d.stats["merged"] == 1
    assert [(r.id, r.duplicate_of, r.cluster) for r in d.removed] == [("long", "trim", "c0")]


def test_a_record_that_changed_since_reading_is_written_from_the_article(src: Path, tmp_path: Path) -> None:
    d = choose_kept(dedup([str(src)], SEP, keep_articles=True), "earliest")
    recs = rows()
    recs[1]["id"] = "someone-else"  # the kept article's line now holds another record
    write_jsonl(src, recs)
    d.write(str(tmp_path / "k.jsonl"))
    kept = read_jsonl(tmp_path / "k.jsonl")
    assert kept[0]["id"] == "wire" and "desk" not in kept[0] and kept[0]["text"].startswith("CITYVILLE (AP)")
