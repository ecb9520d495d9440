from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tracer import dedup, report, trace
from tracer.credits.gazetteer import default_gazetteer
from tracer.lineage import ORG_PREFIX, build_lineage, decide
from tracer.model import Article, Credit, Match

# -- the samples (acceptance) ---------------------------------------------------------


@pytest.fixture(scope="module")
def sample_trace() -> dict:
    return trace(str(SAMPLES / "a2cnn-hegseth.html"), [str(SAMPLES)]).to_dict()


def _name(x: str) -> str:
    return Path(x).name


def test_sample_trace_shows_a2cnn_from_voa_and_flags_uncredited_copy(sample_trace: dict) -> None:
    d = sample_trace
    assert d["article"]["chain"] == ["A2 CNN", "VOA"]
    ids = {_name(m["id"]): m for m in d["matches"]}
    assert set(ids) == {"voa-hegseth-original.html", "meridian-trimmed-credited.html",
                        "balkanpost-edited-uncredited.html", "a2cnn-hegseth-sq.html"}
    assert ids["a2cnn-hegseth-sq.html"]["relation"] == "translation"  # issue 8: the Albanian sample
    assert ids["voa-hegseth-original.html"]["relation"] == "source"
    assert _name(d["lineage"]["origin"]) == "voa-hegseth-original.html"
    assert [_name(x) for x in d["lineage"]["undisclosed"]] == ["balkanpost-edited-uncredited.html"]
    assert all(m["passages"] for m in d["matches"])


def test_sample_unrelated_story_on_the_same_event_is_absent(sample_trace: dict) -> None:
    everything = json.dumps(sample_trace)
    assert "kyivledger" not in everything


def test_sample_origin_rests_on_the_declared_credit_with_its_span(sample_trace: dict) -> None:
    lin = sample_trace["lineage"]
    edge = next(e for e in lin["edges"] if _name(e["to"]) == "a2cnn-hegseth.html")
    assert _name(edge["from"]) == "voa-hegseth-original.html"
    assert edge["credit"]["agency"] == "VOA" and edge["credit"]["zone"] == "footer"
    assert edge["credit"]["start"] is not None and edge["credit"]["end"] > edge["credit"]["start"]
    assert any("credits Voice of America" in x and "VOA (A2 Televizion)" in x for x in edge["evidence"])
    assert lin["origin_confidence"] >= 0.9
    assert any("credited by" in x for x in lin["origin_evidence"])


def test_sample_credited_copy_is_not_undisclosed_and_derives_from_voa(sample_trace: dict) -> None:
    lin = sample_trace["lineage"]
    mer = next(e for e in lin["edges"] if _name(e["to"]) == "meridian-trimmed-credited.html")
    assert _name(mer["from"]) == "voa-hegseth-original.html"
    assert not any("meridian" in x for x in lin["undisclosed"])
    # the three copies are siblings of one another, not a chain
    assert all(_name(e["from"]) == "voa-hegseth-original.html" for e in lin["edges"])
    assert lin["siblings"]


def test_trace_direction_from_declared_credit(corpus_dir: Path) -> None:
    res = trace(str(corpus_dir / "trimmed.html"), [str(corpus_dir)])
    d = res.to_dict()
    rel = {_name(m["id"]): m["relation"] for m in d["matches"]}
    assert rel["wire.html"] == "source"
    assert "comet.html" not in rel
    assert _name(d["lineage"]["origin"]) == "wire.html"
    assert [_name(x) for x in d["lineage"]["undisclosed"]] == ["edited.html"]


def test_dedup_groups_copies_and_keeps_unrelated_alone(corpus_dir: Path) -> None:
    res = dedup([str(corpus_dir)])
    rows = {_name(r["id"]): r for r in res.rows()}
    assert rows["wire.html"]["cluster"] == rows["trimmed.html"]["cluster"] == rows["edited.html"]["cluster"]
    assert rows["comet.html"]["cluster"] != rows["wire.html"]["cluster"]
    assert rows["comet.html"]["similarity"] == 1.0


def test_corpus_report_has_one_story_per_copy_cluster(corpus_dir: Path) -> None:
    rep = report([str(corpus_dir)])
    assert len(rep.stories) == 1
    story = rep.stories[0]
    assert {_name(x) for x in story.articles} == {"wire.html", "trimmed.html", "edited.html"}
    assert _name(story.lineage.origin or "") == "wire.html"
    assert [_name(x) for x in story.lineage.undisclosed] == ["edited.html"]
    # every text edge carries its shared passages
    for e in story.lineage.edges:
        assert story.passages_between(e.from_, e.to), e


# -- lineage rules, on articles built here ----------------------------------------------

PARAS = " ".join(f"Sentence number {i} of the story says something new about the budget vote." for i in range(40))


def art(id: str, publisher: str, *, date: str | None = None, credits: list[str] = (), url: str | None = None,
        signals: dict | None = None) -> Article:
    gaz = default_gazetteer()
    cr = []
    for name in credits:
        org = gaz.lookup(name)
        cr.append(Credit(name=org.name if org else name, kind="organization", role="source", zone="footer",
                         evidence=f"Source: {name}", start=10, end=10 + len(name),
                         agency=org.agency if org else None, confidence=0.95))
    chain = [publisher] + [(gaz.lookup(n).short if gaz.lookup(n) else n) for n in credits]
    return Article(id=id, text=PARAS, publisher=publisher, date=date, credits=cr, chain=chain, url=url,
                   signals=signals or {})


def match(a: str, b: str, ca: float, cb: float) -> Match:
    return Match(a=a, b=b, similarity=min(ca, cb), containment_a=ca, containment_b=cb)


def test_copy_that_claims_to_be_earlier_is_reported_as_a_conflict() -> None:
    src = art("src", "Daily Planet", date="2025-03-02")
    cp = art("cp", "Gotham Gazette", date="2025-03-01", credits=["Daily Planet"])
    lin = build_lineage({"src": src, "cp": cp}, [match("src", "cp", 0.95, 0.95)])
    (edge,) = lin.edges
    assert (edge.from_, edge.to) == ("src", "cp")
    assert any("published earlier" in c for c in edge.conflicts)
    assert any("conflicting evidence" in n for n in lin.notes)
    assert edge.confidence < 0.95  # the conflict costs confidence


def test_containment_asymmetry_points_from_the_fuller_text_to_the_trimmed_copy() -> None:
    a, b = art("full", "A Times"), art("trim", "B Post")
    d = decide(a, b, match("full", "trim", 0.35, 0.97))
    assert (d.source, d.copy) == ("full", "trim")
    assert any("containment asymmetry" in x for x in d.evidence)
    # and the reverse pair gives the same answer
    d2 = decide(b, a, match("trim", "full", 0.97, 0.35))
    assert (d2.source, d2.copy) == ("full", "trim")


def test_no_evidence_gives_a_coin_flip_confidence() -> None:
    d = decide(art("x", "X"), art("y", "Y"), match("x", "y", 0.9, 0.9))
    assert d.confidence == pytest.approx(0.5)
    assert d.evidence == ["fuller text (no other evidence)"]


def test_credited_agency_outside_the_corpus_becomes_an_organisation_root() -> None:
    a = art("a", "Bugle", date="2025-01-02", credits=["Reuters"])
    b = art("b", "Herald", date="2025-01-02", credits=["Reuters"])
    c = art("c", "Courier", date="2025-01-03")
    lin = build_lineage({"a": a, "b": b, "c": c}, [match("a", "b", 0.9, 0.9), match("a", "c", 0.8, 0.9),
                                                   match("b", "c", 0.8, 0.9)])
    assert lin.origin == ORG_PREFIX + "Reuters"
    assert {n["id"] for n in lin.nodes if n["type"] == "organization"} == {"org:Reuters"}
    declared = {e.to for e in lin.edges if e.from_ == "org:Reuters" and e.kind == "declared"}
    assert declared == {"a", "b"}
    assert all(e.credit and e.credit["evidence"] == "Source: Reuters" for e in lin.edges if e.kind == "declared")
    # a and b both credit Reuters: their shared text makes them siblings, not parent and child
    assert not any({e.from_, e.to} == {"a", "b"} for e in lin.edges)
    assert any({e.from_, e.to} == {"a", "b"} for e in lin.siblings)
    # c copies text of an earlier article and credits nobody
    assert lin.undisclosed == ["c"]


def test_copy_crediting_the_origin_agency_is_disclosed_even_via_an_intermediary() -> None:
    wire = art("w", "Associated Press", date="2025-01-01")
    mid = art("m", "Bugle", date="2025-01-02", credits=["AP"])
    late = art("l", "Courier", date="2025-01-03", credits=["AP"])
    lin = build_lineage({"w": wire, "m": mid, "l": late}, [match("w", "m", 0.9, 0.95), match("m", "l", 0.5, 0.95)])
    assert lin.origin == "w"
    assert lin.undisclosed == []


def test_canonical_link_gives_direction_and_an_edge_without_text() -> None:
    orig = art("o", "Daily Planet", url="https://planet.example/story")
    syn = art("s", "Gotham Gazette", url="https://gazette.example/copy",
              signals={"canonical": "https://planet.example/story/"})
    lin = build_lineage({"o": orig, "s": syn}, [])
    (edge,) = lin.edges
    assert (edge.from_, edge.to, edge.kind) == ("o", "s", "canonical")
    based = art("b", "Metro", url="https://metro.example/x",
                signals={"jsonld": [{"@type": "NewsArticle", "isBasedOn": {"url": "https://planet.example/story"}}]})
    d = decide(based, orig, match("b", "o", 0.5, 0.5))
    assert (d.source, d.copy) == ("o", "b")
    assert any("isBasedOn" in x for x in d.evidence)


def test_republished_copy_from_the_same_publisher_is_not_undisclosed() -> None:
    a = art("a", "npr.org", date="2025-01-01T10:00:00")
    b = art("b", "npr.org", date="2025-01-01T12:00:00")
    lin = build_lineage({"a": a, "b": b}, [match("a", "b", 1.0, 1.0)])
    assert lin.origin == "a"
    assert lin.undisclosed == []
    assert any("same publisher" in n for n in lin.notes)


def test_wire_agency_article_is_the_root_even_when_dated_later() -> None:
    wire = art("w", "Reuters", date="2025-01-02")
    paper = art("p", "Bugle", date="2025-01-01")
    lin = build_lineage({"w": wire, "p": paper}, [match("w", "p", 0.9, 0.9)])
    assert lin.origin == "w"
    assert lin.edges[0].conflicts  # the date says otherwise, and the lineage says so
    assert lin.undisclosed == ["p"]
