from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLES
from tracer import dedup, trace


def test_sample_trace_shows_a2cnn_from_voa_and_flags_uncredited_copy() -> None:
    res = trace(str(SAMPLES / "a2cnn-hegseth.html"), [str(SAMPLES)])
    d = res.to_dict()
    assert d["article"]["chain"] == ["A2 CNN", "VOA"]
    ids = {Path(m["id"]).name: m for m in d["matches"]}
    assert set(ids) == {"voa-hegseth-original.html", "meridian-trimmed-credited.html",
                        "balkanpost-edited-uncredited.html", "a2cnn-hegseth-sq.html"}
    assert ids["a2cnn-hegseth-sq.html"]["relation"] == "translation"  # issue 8: the Albanian sample
    assert ids["voa-hegseth-original.html"]["relation"] == "source"
    assert Path(d["lineage"]["origin"]).name == "voa-hegseth-original.html"
    assert [Path(x).name for x in d["lineage"]["undisclosed"]] == ["balkanpost-edited-uncredited.html"]
    assert all(m["passages"] for m in d["matches"])


def test_trace_direction_from_declared_credit(corpus_dir: Path) -> None:
    res = trace(str(corpus_dir / "trimmed.html"), [str(corpus_dir)])
    d = res.to_dict()
    rel = {Path(m["id"]).name: m["relation"] for m in d["matches"]}
    assert rel["wire.html"] == "source"
    assert "comet.html" not in rel
    assert Path(d["lineage"]["origin"]).name == "wire.html"
    assert [Path(x).name for x in d["lineage"]["undisclosed"]] == ["edited.html"]


def test_dedup_groups_copies_and_keeps_unrelated_alone(corpus_dir: Path) -> None:
    res = dedup([str(corpus_dir)])
    rows = {Path(r["id"]).name: r for r in res.rows()}
    assert rows["wire.html"]["cluster"] == rows["trimmed.html"]["cluster"] == rows["edited.html"]["cluster"]
    assert rows["comet.html"]["cluster"] != rows["wire.html"]["cluster"]
    assert rows["comet.html"]["similarity"] == 1.0
