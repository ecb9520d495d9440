"""Partial copies of a wire story, and page labels above the first line of prose (`tracer.disclosure`).

A long invented feature weaves several paragraphs of an invented wire story into its own
reporting and credits nobody: a partial undisclosed copy when a page that declares the
text the wire's carries it earlier; not an accusation when the shared part is a sentence
or two, when nobody declares the text the wire's, or when the feature came first.
"""

from __future__ import annotations

from test_disclosure import STORY, article, decided, match, wire

from tracer.disclosure import COPY_SHARE, PARTIAL_CONFIDENCE, PARTIAL_WORDS, decide_all
from tracer.model import Edge, Lineage

PLACES = ["Varnby", "Oskel", "Tarnmouth", "Hollin", "Brae Cross", "Kestle"]
TRADES = ["bakers", "ferrymen", "glaziers", "carters", "tailors", "net makers"]
OWN = [f"In {PLACES[i % 6]} the {TRADES[i % 5]} told our reporter that week {i + 3} of the closure had "
       f"cost them {i + 12} customers, and that the {TRADES[(i + 2) % 6]} nearby had fared no better."
       for i in range(45)]


def feature(lines: list[str], *, date: str = "2025-05-03T09:00:00", aid: str = "f"):
    """A long feature of the Harbour Lantern: its own reporting around the given wire lines."""
    return article(aid, "Harbour Lantern", [*OWN[:15], *lines, *OWN[15:]], date=date)


def words(art) -> int:
    return len(art.text.split())


def test_a_feature_weaving_in_a_credited_wire_story_is_a_partial_undisclosed_copy() -> None:
    courier = article("c", "Valley Courier", [*STORY[:8], "Copyright The Associated Press."],
                      date="2025-05-02T09:00:00")
    f = feature(STORY[:8])
    share = words(courier) * 0.95 / words(f)
    assert share < COPY_SHARE and 0.95 * words(courier) >= PARTIAL_WORDS
    lin, d = decided([courier, f], [match("c", "f", 0.95, share)])
    assert lin.origin == "org:AP"
    flag = d["f"]
    assert flag.relation == "undisclosed" and "f" in lin.undisclosed
    assert flag.partial and flag.via == ["c"] and flag.declared == "org:AP"
    assert any("partial copy of the wire's text" in e for e in flag.evidence)
    assert flag.confidence <= PARTIAL_CONFIDENCE
    assert flag.to_dict()["partial"] is True
    assert d["c"].relation == "credited" and not d["c"].partial


def test_a_feature_weaving_in_the_wires_own_article_is_a_partial_copy() -> None:
    f = feature(STORY[:8])
    w = wire()
    share = words(w) * 0.8 / words(f)
    lin, d = decided([w, f], [match("w", "f", 0.8, share)])
    assert d["f"].relation == "undisclosed" and d["f"].partial
    assert d["f"].via == ["w"]


def test_a_feature_that_credits_the_wire_somewhere_is_credited() -> None:
    courier = article("c", "Valley Courier", [*STORY[:8], "Copyright The Associated Press."],
                      date="2025-05-02T09:00:00")
    f = feature([*STORY[:8], "The Associated Press contributed to this report."])
    lin, d = decided([courier, f], [match("c", "f", 0.95, 0.2)])
    assert d["f"].relation == "credited" and lin.undisclosed == []


def test_a_feature_dated_before_every_page_declaring_the_wire_is_not_accused() -> None:
    """The wire may have taken its story from the outlet: who came first says the text is not the wire's."""
    courier = article("c", "Valley Courier", [*STORY[:8], "Copyright The Associated Press."],
                      date="2025-05-04T09:00:00")
    f = feature(STORY[:8], date="2025-05-03T09:00:00")
    lin, d = decided([courier, f], [match("c", "f", 0.95, 0.2)])
    assert d["f"].relation == "unverified" and not d["f"].partial and lin.undisclosed == []


def test_an_undated_feature_is_not_a_partial_copy() -> None:
    courier = article("c", "Valley Courier", [*STORY[:8], "Copyright The Associated Press."],
                      date="2025-05-02T09:00:00")
    f = feature(STORY[:8])
    f.date = None
    lin, d = decided([courier, f], [match("c", "f", 0.95, 0.2)])
    assert "f" not in lin.undisclosed


def test_two_shared_sentences_are_no_partial_copy() -> None:
    """Most of a short credited brief, but only two sentences: fewer words than a wire brief."""
    brief = article("c", "Valley Courier", [*STORY[:2], "Copyright The Associated Press."],
                    date="2025-05-02T09:00:00")
    f = feature(STORY[:2])
    assert 0.9 * words(brief) < PARTIAL_WORDS
    lin, d = decided([brief, f], [match("c", "f", 0.9, 0.05)])
    assert d["f"].relation == "unverified" and lin.undisclosed == []


def test_a_share_of_an_undeclared_page_is_no_partial_copy() -> None:
    """The wire is the origin, but the page the feature shares text with credits nobody."""
    courier = article("c", "Valley Courier", STORY[:8], date="2025-05-02T09:00:00")
    f = feature(STORY[:8])
    lin = Lineage(origin="org:AP", nodes=[{"id": "org:AP"}, {"id": "c"}, {"id": "f"}],
                  edges=[Edge(from_="org:AP", to="c", kind="declared", confidence=0.9),
                         Edge(from_="c", to="f", kind="partial", confidence=0.8)])
    [df] = decide_all(lin, {"c": courier, "f": f}, [match("c", "f", 0.95, 0.2)])
    assert df.id == "f" and df.relation == "unverified" and not df.partial
    assert "too little of its text" in df.evidence[-1]


def test_no_partial_copy_without_a_wire_origin() -> None:
    """An outlet credited by another (no wire): a part of its text in a longer page is not enough."""
    src = article("s", "Varne Evening Post", STORY, date="2025-05-02T08:00:00")
    courier = article("c", "Valley Courier", [*STORY[:8], "Source: Varne Evening Post"], date="2025-05-02T09:00:00")
    f = feature(STORY[:8])
    lin = Lineage(origin="s", nodes=[{"id": "s"}, {"id": "c"}, {"id": "f"}],
                  edges=[Edge(from_="s", to="c", kind="verbatim", confidence=0.9),
                         Edge(from_="s", to="f", kind="partial", confidence=0.8)])
    ds = {x.id: x for x in decide_all(lin, {"s": src, "c": courier, "f": f},
                                      [match("s", "c", 0.8, 1.0), match("s", "f", 0.8, 0.2)])}
    assert ds["c"].relation == "credited"
    assert ds["f"].relation == "unverified" and not ds["f"].partial


# -- page labels above the first line of prose ----------------------------------------------


def test_a_lower_case_label_above_the_text_is_not_a_cut_head() -> None:
    cp = article("cp", "Harbour Lantern", ["comments", *STORY[:8]], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "undisclosed" and d["cp"].zones["head"] == "no credit"


def test_a_cut_first_sentence_below_a_label_is_still_a_cut_head() -> None:
    cp = article("cp", "Harbour Lantern", ["Share", "gears and laid a new deck wide enough for two lanes of traffic.",
                                           *STORY[2:9]], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "unverified" and d["cp"].zones["head"] == "cut by extraction"


def test_a_short_cut_fragment_ending_a_sentence_is_a_cut_head() -> None:
    cp = article("cp", "Harbour Lantern", ["of traffic.", *STORY[2:9]], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "unverified"


# -- check ----------------------------------------------------------------------------------


def test_check_reports_a_partial_copy_of_a_wire_story_nobody_in_the_corpus_wrote(tmp_path, monkeypatch) -> None:
    """The wire is outside the corpus (an `org:` origin): TRC002 points at the page the copy shares its text with."""
    from conftest import page

    from tracer.checks import Policy, check

    def dated(when: str) -> str:
        return f'<meta property="article:published_time" content="{when}">'

    monkeypatch.chdir(tmp_path)
    d = tmp_path / "c"
    d.mkdir()
    (d / "courier.html").write_text(page("Bridge back", STORY[:8], site="Valley Courier", head=dated("2025-05-02T09:00:00Z"),
                                         footer="Copyright 2025 The Associated Press. All rights reserved."), "utf-8")
    (d / "feature.html").write_text(page("A town waits for its bridge", [*OWN[:15], *STORY[:8], *OWN[15:]],
                                         site="Harbour Lantern", head=dated("2025-05-03T09:00:00Z")), "utf-8")
    res = check([str(d)], Policy())
    [lin] = res.lineages.values()
    [flag] = [x for x in lin.disclosure if x.relation == "undisclosed"]
    assert flag.id.endswith("feature.html") and flag.partial
    [f] = [f for f in res.findings if f.rule == "TRC002"]
    assert f.article.endswith("feature.html")
    assert "partly copies" in f.message and "courier.html" in f.message and "AP's" in f.message


def test_the_publishers_own_earlier_page_is_no_carrier_of_a_partial_copy() -> None:
    """Its own earlier brief credited the wire; its feature reusing that brief is its own text, not evidence."""
    brief = article("b", "Harbour Lantern", [*STORY[:8], "Copyright The Associated Press."],
                    date="2025-05-02T09:00:00")
    f = feature(STORY[:8])
    lin = Lineage(origin="org:AP", nodes=[{"id": "org:AP"}, {"id": "b"}, {"id": "f"}],
                  edges=[Edge(from_="org:AP", to="b", kind="declared", confidence=0.9),
                         Edge(from_="b", to="f", kind="partial", confidence=0.8)])
    [df] = decide_all(lin, {"b": brief, "f": f}, [match("b", "f", 0.95, 0.2)])
    assert df.relation != "undisclosed" and not df.partial


# -- prose that names the text's claimant ---------------------------------------------------


def test_a_feature_attributing_its_wire_paragraphs_in_prose_is_credited() -> None:
    courier = article("c", "Valley Courier", [*STORY[:8], "Copyright The Associated Press."],
                      date="2025-05-02T09:00:00")
    said = STORY[3].rstrip(".") + ", according to The Associated Press, and the works will go on through next spring."
    f = feature([*STORY[:3], said, *STORY[4:8]])
    lin, d = decided([courier, f], [match("c", "f", 0.9, 0.2)])
    assert d["f"].relation == "credited" and lin.undisclosed == []
    assert any(e.startswith("attribution") and "according to The Associated Press" in e for e in d["f"].evidence)


def test_a_reporting_verb_after_the_wire_is_an_attribution() -> None:
    line = ("The county will publish traffic counts every month so residents can follow how the bridge is used, "
            "the AP reported on Thursday.")
    cp = article("cp", "Harbour Lantern", [*STORY[:4], line, *STORY[4:8]], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "credited"


def test_a_bare_mention_of_the_wire_in_prose_is_no_credit() -> None:
    """A wire story quotes people who spoke to it: its copy carries that sentence, and credits nobody."""
    told = ("The mayor told The Associated Press on Thursday that the crossing was safe and that crews had worked "
            "through two winters on the span.")
    cp = article("cp", "Harbour Lantern", [*STORY[:4], told, *STORY[4:8]], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "undisclosed"


# -- the last line of prose -----------------------------------------------------------------


def test_a_cut_last_sentence_above_a_label_is_still_a_cut_tail() -> None:
    cut = "The mayor thanked the crews who worked through two winters on the span and promised that the"
    cp = article("cp", "Harbour Lantern", [*STORY[:8], cut, "Advertisement"], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "unverified" and d["cp"].zones["tail"] == "cut by extraction"


def test_a_quotation_closing_the_last_sentence_is_not_a_cut() -> None:
    quote = 'The mayor said: "The crews worked through two winters on the span, and today it is theirs."'
    cp = article("cp", "Harbour Lantern", [*STORY[:8], quote, "Share"], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "undisclosed" and d["cp"].zones["tail"] == "no credit"


def test_a_body_length_line_ending_on_an_opening_quotation_mark_is_cut() -> None:
    line = 'The mayor thanked the crews who worked through two winters on the span and then told residents: "'
    cp = article("cp", "Harbour Lantern", [*STORY[:8], line], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "unverified"
