"""The library stays callable: every public function, one after another, in one process.

Importing a submodule must never replace a public function of the same name
(`tracer.credits`, `tracer.compare`, `tracer.fingerprint`), and the use-case functions
take paths *and* in-memory articles, refusing a lone string where a list is meant.
"""

from __future__ import annotations

import importlib
import inspect
import io
import json
from pathlib import Path

import pytest

import tracer
from tracer.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

WIRE = ("The harbour authority said on Friday that the old lighthouse on Gull Point would close for repairs "
        "until the spring, after storms damaged its lantern room and the stone stairs to the gallery. "
        "Boats entering the bay at night were told to follow the new buoys laid off the northern reef, "
        "and the ferry to Kestrel Island will keep its winter timetable. Engineers from the coastal "
        "office expect the lantern to shine again by April, the authority's spokesman, Ivo Brandt, said.")
OTHER = ("A bakery in the old town won the regional bread prize for the third year running, the judges "
         "announced on Saturday, praising a rye loaf made with flour from a mill that reopened last summer. "
         "The owner said the prize money would pay for a second oven and two apprentices.")


def records():
    return [{"id": "wire", "text": WIRE, "publisher": "Associated Press", "date": "Fri, 06 Dec 2024 09:00:00 +0000"},
            {"id": "copy", "text": WIRE.replace("said on Friday", "announced on Friday"), "publisher": "Bay Times",
             "date": "2024-12-06T12:00:00+01:00"},
            {"id": "other", "text": OTHER, "publisher": "Town Crier", "date": "2024-12-07"}]


def test_every_public_function_in_sequence_in_one_process(tmp_path: Path, httpserver):
    # the submodules that once replaced public functions, imported up front
    for mod in ("tracer.credits", "tracer.credits.parser", "tracer.compare", "tracer.fingerprint", "tracer.api",
                "tracer.feeds", "tracer.checks", "tracer.store_care", "tracer.crosslingual"):
        importlib.import_module(mod)
    for name in tracer.__all__:
        obj = getattr(tracer, name)
        assert not inspect.ismodule(obj), f"tracer.{name} is a module, not the public {name}"

    recs = records()
    arts = [a for a in tracer.credits(recs) if isinstance(a, tracer.Article)]
    assert [a.id for a in arts] == ["wire", "copy", "other"]
    assert arts[0].date == "2024-12-06T09:00:00Z" and arts[1].date == "2024-12-06T11:00:00Z"

    d = tracer.dedup(recs)
    clusters = {r["id"]: r["cluster"] for r in d.rows()}
    assert clusters["wire"] == clusters["copy"] != clusters["other"]
    d2 = tracer.dedup(arts)  # Article objects, the caller's own
    assert [r["cluster"] for r in d2.rows()] == [r["cluster"] for r in d.rows()]
    assert arts[0].credits is not None and arts[0].id == "wire"  # not consumed or changed

    # after dedup and the submodule imports, the names still call
    again = [a for a in tracer.credits([str(SAMPLES / "a2cnn-hegseth.html")]) if isinstance(a, tracer.Article)]
    assert again[0].chain[:2] == ["A2 CNN", "VOA"]
    cmp = tracer.compare(WIRE, WIRE[:300])
    assert cmp.score > 0.5
    fp = tracer.fingerprint(WIRE)
    assert len(fp.signature) == tracer.FingerprintParams().num_perm
    pairs = list(tracer.compare_pairs([json.dumps({"id": "p", "a": WIRE, "b": OTHER})]))
    assert pairs[0]["id"] == "p" and pairs[0]["same_story"] is False

    t = tracer.trace(recs[1], recs)  # a record as target, records as corpus
    assert {m["id"] for m in t.to_dict()["matches"]} == {"wire"}
    assert t.lineage.origin == "wire"
    t2 = tracer.trace(str(SAMPLES / "a2cnn-hegseth.html"), [str(SAMPLES)])
    assert t2.lineage.origin.endswith("voa-hegseth-original.html")

    rep = tracer.report([*recs, str(SAMPLES)])
    assert len(rep.stories) >= 2

    res = tracer.check(recs, tracer.Policy(no_undisclosed=True))
    assert any(f.rule == "TRC002" and f.article == "copy" for f in res.findings)

    sigs = [s for s in tracer.signatures(recs) if not isinstance(s, tracer.ItemError)]
    assert [i for i, _ in sigs] == ["wire", "copy", "other"]

    art = tracer.extract_text(WIRE, id="x")
    html_art = tracer.extract_html((SAMPLES / "voa-hegseth-original.html").read_text("utf-8"), id="voa")
    assert html_art.text and art.text.startswith("The harbour")
    creds = tracer.parse_credits(html_art)
    assert tracer.credit_chain(html_art, creds)
    tracer.attach_credits(art)
    assert tracer.detect_language(WIRE) == "en"
    lin = tracer.build_lineage({a.id: a for a in arts}, d.matches)
    assert lin.origin == "wire"
    assert isinstance(tracer.translation_matches({a.id: a for a in arts}, [a.id for a in arts]), list)

    items = [tracer.feeds.item_from_article(a) for a in arts]
    stories = tracer.group_stories(items)
    assert len(stories) == 2
    assert len(tracer.emit_stories(items).stories) == 2

    read = list(tracer.read_inputs([str(SAMPLES / "voa-hegseth-original.html")]))
    assert isinstance(read[0], tracer.Article)
    httpserver.expect_request("/page").respond_with_data("<html><body><p>" + WIRE + "</p></body></html>",
                                                          content_type="text/html")
    fetched = list(tracer.fetch_urls([httpserver.url_for("/page")],
                                     tracer.FetchConfig(polite=False, retries=0, timeout=10)))
    assert fetched[0].status == 200

    db = tmp_path / "s.db"
    tracer.dedup(recs, db=str(db))
    assert tracer.store_info(db)["articles"] == 3
    assert tracer.check_store(db) == []
    buf = io.StringIO()
    assert tracer.export_store(db, buf) > 0
    assert isinstance(tracer.vacuum_store(db), dict)
    with tracer.Store(str(db)) as st:
        assert st is not None


@pytest.mark.parametrize("call", [
    lambda: tracer.dedup("samples/"),
    lambda: tracer.credits("samples/a2cnn-hegseth.html"),
    lambda: tracer.report(str(SAMPLES)),
    lambda: tracer.check(str(SAMPLES)),
    lambda: tracer.trace(str(SAMPLES / "a2cnn-hegseth.html"), str(SAMPLES)),
    lambda: tracer.dedup(Path("samples")),
    lambda: tracer.dedup({"id": "a", "text": "one record, not a list"}),
    lambda: tracer.signatures("samples/"),
])
def test_a_lone_string_where_a_list_is_meant_is_refused_clearly(call):
    with pytest.raises(InputError, match=r"must be a list .*pass \["):
        call()


def test_in_memory_inputs_mix_with_paths_and_bad_items_are_per_item_errors():
    recs = records()
    got = list(tracer.credits([recs[0], str(SAMPLES / "voa-hegseth-original.html"), {"id": "empty"}, 42,
                               tracer.Article(id="obj", text=OTHER)]))
    kinds = [type(x).__name__ for x in got]
    assert kinds == ["Article", "Article", "ItemError", "ItemError", "Article"]
    assert got[2].input == "item 3 (id empty)" and "no 'text'" in got[2].error
    assert "not a path, URL, Article or record dict" in got[3].error


def test_signatures_index_in_a_datasketch_minhashlsh():
    datasketch = pytest.importorskip("datasketch")
    recs = records()
    sigs = dict(s for s in tracer.signatures(recs) if not isinstance(s, tracer.ItemError))
    assert all(isinstance(m, datasketch.LeanMinHash) for m in sigs.values())
    lsh = datasketch.MinHashLSH(threshold=0.5, num_perm=tracer.FingerprintParams().num_perm)
    for key, m in sigs.items():
        lsh.insert(key, m)
    assert set(lsh.query(sigs["copy"])) == {"wire", "copy"}
    assert "wire" not in lsh.query(sigs["other"])
    # their Jaccard estimate is tracer's own
    fa, fb = tracer.fingerprint(WIRE), tracer.fingerprint(recs[1]["text"])
    from tracer.fingerprint import estimate_jaccard

    assert sigs["wire"].jaccard(sigs["copy"]) == pytest.approx(estimate_jaccard(fa.signature, fb.signature))
