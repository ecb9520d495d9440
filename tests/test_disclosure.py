"""The undisclosed-copy decision (`tracer.disclosure`) on story families written here.

Each family is a handful of invented outlets carrying one invented story; credits are
parsed from the text by the real credit parser, matches are given with their
containments, and the lineage is built as `report` builds it.
"""

from __future__ import annotations

from tracer.credits import attach_credits
from tracer.disclosure import COPY_SHARE, decide_all
from tracer.lineage import build_lineage
from tracer.model import Article, Edge, Lineage, Match

STORY = [
    "The old swing bridge over the Varne river reopened on Thursday after two years of repairs.",
    "Engineers replaced the rusted gears and laid a new deck wide enough for two lanes of traffic.",
    "The works cost the county forty million crowns, a third more than the first estimate.",
    "Shop owners on both banks said trade had fallen sharply while the crossing was closed.",
    "A ferry that carried pedestrians during the repairs will keep running at weekends.",
    "The county plans to paint the towers in their original green colour next spring.",
    "Traffic counts will be published monthly so residents can follow the bridge's use.",
    "Officials said the bridge would open for river boats every two hours during summer.",
    "A small ceremony with the mayor and the engineers marked the reopening at noon.",
    "Residents lined the banks to watch the first lorry cross the rebuilt deck.",
]


def article(aid: str, publisher: str, lines: list[str], *, date: str = "2025-05-02T10:00:00",
            signals: dict | None = None) -> Article:
    art = Article(id=aid, text="\n".join(lines), publisher=publisher, date=date, signals=signals or {})
    return attach_credits(art)


def wire(aid: str = "w") -> Article:
    return article(aid, "Associated Press", ["VARNBY (AP) — " + STORY[0], *STORY[1:]], date="2025-05-02T08:00:00")


def match(a: str, b: str, ca: float = 0.95, cb: float = 0.95) -> Match:
    return Match(a=a, b=b, similarity=min(ca, cb), containment_a=ca, containment_b=cb)


def decided(arts: list[Article], matches: list[Match]):
    by_id = {a.id: a for a in arts}
    lin = build_lineage(by_id, matches)
    return lin, {d.id: d for d in lin.disclosure}


# -- flagged ------------------------------------------------------------------------------


def test_wire_copy_that_credits_nobody_is_flagged_with_its_evidence() -> None:
    cp = article("cp", "Harbour Lantern", STORY[:8], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert lin.undisclosed == ["cp"]
    flag = d["cp"]
    assert flag.relation == "undisclosed"
    assert flag.sources == ["w"]
    assert flag.zones["head"] == flag.zones["tail"] == flag.zones["body"] == "no credit"
    assert flag.zones["metadata"].startswith("not available")  # plain text: no HTML was read
    assert flag.text_chars == len(cp.text) and flag.share == 1.0
    assert 0.5 < flag.confidence <= 1.0
    assert "credits nobody" in flag.evidence[-1]


def test_a_byline_of_its_own_writer_does_not_excuse_an_uncredited_copy() -> None:
    cp = article("cp", "Harbour Lantern", ["By Tilde Marsk", *STORY[:8]], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "undisclosed"


def test_same_publisher_versions_of_a_wire_story_are_still_uncredited_wire_text() -> None:
    a = article("a", "Harbour Lantern", STORY[:8], date="2025-05-02T11:00:00")
    b = article("b", "Harbour Lantern", STORY[:9], date="2025-05-02T12:00:00")
    credited = article("c", "Valley Courier", [*STORY[:6], "The Associated Press contributed to this report."],
                       date="2025-05-02T13:00:00")
    lin, d = decided([a, b, credited], [match("a", "b", 1.0, 0.9), match("a", "c", 0.8, 0.95),
                                        match("b", "c", 0.7, 0.95)])
    assert lin.origin == "org:AP"
    assert d["c"].relation == "credited"
    assert "a" in lin.undisclosed or "b" in lin.undisclosed
    assert all(x.relation != "credited" for k, x in d.items() if k in ("a", "b"))


# -- credited -----------------------------------------------------------------------------


def test_copy_crediting_the_origin_is_credited() -> None:
    cp = article("cp", "Harbour Lantern", [*STORY[:8], "Source: AP"], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert lin.undisclosed == [] and d["cp"].relation == "credited"


def test_copy_crediting_an_intermediary_is_credited() -> None:
    mid = article("m", "Valley Courier", [*STORY[:9], "Source: AP"], date="2025-05-02T09:00:00")
    late = article("l", "Harbour Lantern", [*STORY[:8], "Courtesy of Valley Courier"], date="2025-05-02T12:00:00")
    lin, d = decided([wire(), mid, late], [match("w", "m", 0.9, 1.0), match("m", "l", 0.9, 1.0),
                                           match("w", "l", 0.8, 1.0)])
    assert d["l"].relation == "credited"
    assert any("Valley Courier" in x for x in d["l"].evidence)


def test_copy_crediting_the_agency_its_source_credits_is_credited() -> None:
    src = article("s", "Valley Courier", [*STORY, "Source: Reuters"], date="2025-05-02T09:00:00")
    cp = article("cp", "Harbour Lantern", [*STORY[:8], "Reuters contributed to this report."],
                 date="2025-05-02T12:00:00")
    lin, d = decided([src, cp], [match("s", "cp", 0.8, 1.0)])
    # both credit Reuters: siblings under the agency, or a credited copy of s; never a flag
    assert lin.undisclosed == [] and all(x.relation == "credited" for x in d.values())


def test_a_credit_below_page_clutter_is_found_by_reading_every_line() -> None:
    clutter = ["Weather for your town", "Sign in", "Subscribe today", "Most read", "Puzzles", "Obituaries",
               "Games", "Local sport", "Newsletters", "Events", "Classifieds"]
    cp = article("cp", "Harbour Lantern", [*clutter, "By The Associated Press", *STORY[:8]],
                 date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "credited"
    # the credit parser reads that byline now; where it does not, the line sweep finds it
    body = d["cp"].zones["body"]
    assert body.startswith("credits") or body == "not read (credited in the parsed zones)"


def test_portal_label_naming_the_partner_outlet_is_a_credit() -> None:
    partner = article("p", "lanternpost.com", STORY, date="2025-05-02T09:00:00")
    endorse = article("e", "Valley Courier", [*STORY[:5], "Source: lanternpost.com"],
                      date="2025-05-02T10:00:00")
    portal = article("pt", "portal.com/news", [STORY[0], "lanternpost.com•", *STORY[1:7]],
                     date="2025-05-02T12:00:00")
    lin, d = decided([partner, endorse, portal], [match("p", "pt", 0.7, 1.0), match("p", "e", 0.5, 1.0),
                                                  match("e", "pt", 0.7, 0.7)])
    assert d["pt"].relation == "credited"
    assert "pt" not in lin.undisclosed


def test_shared_byline_of_the_source_writer_credits_the_text_to_its_author() -> None:
    src = article("s", "Valley Courier", ["By Ines Quorle", *STORY, "Source: Reuters"], date="2025-05-02T09:00:00")
    cp = article("cp", "Harbour Lantern", ["By Ines Quorle", *STORY[:8]], date="2025-05-02T12:00:00")
    lin, d = decided([src, cp], [match("s", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "credited"


# -- credits another source ------------------------------------------------------------


def test_copy_crediting_someone_outside_the_family_credits_another_source() -> None:
    cp = article("cp", "Harbour Lantern", [*STORY[:8], "Source: Northmoor Gazette"], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "credits-other-source"
    assert lin.undisclosed == []


def test_an_unnamed_via_line_is_still_a_credit() -> None:
    cp = article("cp", "Harbour Lantern", [STORY[0], "Written up by Oda Venn via Quillfeed", *STORY[1:8]],
                 date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation in ("credits-other-source", "credited")
    assert lin.undisclosed == []


# -- the publisher's own text -------------------------------------------------------------


def test_an_outlets_own_update_is_same_publisher() -> None:
    first = article("a", "Varne Evening Post", STORY, date="2025-05-02T09:00:00")
    update = article("b", "Varne Evening Post", [*STORY[:9], "This story has been updated."],
                     date="2025-05-02T12:00:00")
    lin, d = decided([first, update], [match("a", "b", 0.9, 1.0)])
    assert d["b"].relation == "same-publisher" and lin.undisclosed == []


def test_sister_titles_declaring_one_network_are_versions() -> None:
    meta = {"jsonld": [{"@type": "NewsArticle", "publisher": {"name": "Fjord Media Group"}}]}
    a = article("a", "Fjord Morning", STORY, date="2025-05-02T09:00:00", signals=meta)
    b = article("b", "Fjord Evening", STORY[:9], date="2025-05-02T12:00:00", signals=meta)
    # a third outlet credits the first title, so its text is declared
    c = article("c", "Harbour Lantern", [*STORY[:5], "Source: Fjord Morning"], date="2025-05-02T13:00:00")
    lin, d = decided([a, b, c], [match("a", "b", 0.9, 1.0), match("a", "c", 0.5, 1.0), match("b", "c", 0.5, 1.0)])
    assert any(cr.role == "publisher" and cr.name == "Fjord Media Group" for cr in b.credits)
    assert d["b"].relation == "same-publisher" and "b" not in lin.undisclosed


# -- not verifiable -------------------------------------------------------------------------


def test_a_page_whose_tail_was_cut_is_unverified_not_undisclosed() -> None:
    cp = article("cp", "Harbour Lantern", [*STORY[:7], STORY[7] + " " + STORY[8] + " The mayor thanked the " +
                                           "crews who worked through two winters on the span and"],
                 date="2025-05-02T11:00:00")  # the last paragraph stops mid-sentence
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "unverified"
    assert d["cp"].zones["tail"] == "cut by extraction"
    assert lin.undisclosed == []


def test_a_page_whose_head_was_cut_is_unverified() -> None:
    cp = article("cp", "Harbour Lantern", ["gears and laid a new deck wide enough for two lanes of traffic.",
                                           *STORY[2:9]], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert d["cp"].relation == "unverified" and d["cp"].zones["head"] == "cut by extraction"


def test_a_snippet_is_too_short_to_show_a_credit_is_absent() -> None:
    cp = article("cp", "Harbour Lantern", [STORY[0], STORY[1][:40] + "."], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.2, 1.0)])
    assert d["cp"].relation == "unverified" and "words" in d["cp"].evidence[-1]


def test_a_digest_hosting_one_brief_is_not_accused_of_copying_it() -> None:
    other = [f"Item {i}: the regional council discussed agenda point {i} and adjourned without a vote." for i in
             range(30)]
    digest = article("dg", "Harbour Lantern", [*other[:15], STORY[0], STORY[1], *other[15:]],
                     date="2025-05-02T11:00:00")
    share = 0.08
    assert share < COPY_SHARE
    lin, d = decided([wire(), digest], [match("w", "dg", 0.2, share)])
    assert d["dg"].relation == "unverified" and lin.undisclosed == []


def test_a_source_nobody_declares_is_not_enough_to_accuse() -> None:
    """Two outlets, no wire, nobody credits the earlier one: sister titles or a shared feed, not
    proven copying."""
    a = article("a", "Varne Evening Post", STORY, date="2025-05-02T09:00:00")
    b = article("b", "Harbour Lantern", STORY[:9], date="2025-05-02T12:00:00")
    lin, d = decided([a, b], [match("a", "b", 0.9, 1.0)])
    assert d["b"].relation == "unverified" and lin.undisclosed == []
    assert "declared by nobody" in d["b"].evidence[-1]


def test_every_copy_gets_one_decision_and_origins_none() -> None:
    cp = article("cp", "Harbour Lantern", STORY[:8], date="2025-05-02T11:00:00")
    lin, d = decided([wire(), cp], [match("w", "cp", 0.8, 1.0)])
    assert set(d) == {"cp"}
    assert [x.to_dict()["relation"] for x in decide_all(lin, {"w": wire(), "cp": cp}, [])] == ["undisclosed"]


def test_first_version_of_a_credited_agency_story_is_still_its_copy() -> None:
    """The agency is not in the corpus; the earliest copy is a root, but others credit its text to AP."""
    first = article("f", "Harbour Lantern", STORY, date="2025-05-02T07:00:00")
    c1 = article("c1", "Valley Courier", [*STORY[:8], "Copyright The Associated Press."], date="2025-05-02T09:00:00")
    c2 = article("c2", "Northmoor Gazette", ["VARNBY (AP) — " + STORY[0], *STORY[1:7]], date="2025-05-02T10:00:00")
    lin, d = decided([first, c1, c2], [match("f", "c1", 0.8, 1.0), match("f", "c2", 0.7, 1.0),
                                       match("c1", "c2", 0.85, 1.0)])
    assert lin.origin == "org:AP"
    assert d["f"].relation == "undisclosed" and d["f"].sources == ["org:AP"]
    assert all(x.relation == "credited" for k, x in d.items() if k != "f")
    assert "f" in lin.undisclosed and "c1" not in lin.undisclosed and "c2" not in lin.undisclosed


def test_first_version_that_holds_far_more_than_the_crediting_copies_is_not_accused() -> None:
    long_first = article("f", "Harbour Lantern", [*STORY, *(s.replace("bridge", "tunnel") for s in STORY)],
                         date="2025-05-02T07:00:00")
    c1 = article("c1", "Valley Courier", [*STORY[:3], "Copyright The Associated Press."], date="2025-05-02T09:00:00")
    lin, d = decided([long_first, c1], [match("f", "c1", 0.15, 1.0)])
    assert lin.origin == "org:AP"
    assert d["f"].relation == "unverified" and lin.undisclosed == []


def test_the_credited_outlets_own_article_is_its_own_text_even_when_the_vote_points_at_it() -> None:
    """Dates and lengths can make the original look like the copy; the credit still says whose text it is."""
    copy = article("cp", "Valley Courier", [*STORY, "Source: Harbour Lantern"], date="2025-05-02T08:00:00")
    own = article("own", "Harbour Lantern", STORY[:8], date="2025-05-02T12:00:00")
    lin = Lineage(origin="cp", nodes=[{"id": "cp"}, {"id": "own"}],
                  edges=[Edge(from_="cp", to="own", kind="verbatim", confidence=0.8,
                              evidence=["cp published earlier"])])
    [d] = decide_all(lin, {"cp": copy, "own": own}, [match("cp", "own", 0.8, 1.0)])
    assert d.id == "own" and d.relation == "same-publisher"
    assert "credited source's own" in d.evidence[-1]


# -- one decision for check, reports and lineage --------------------------------------------


def _pages(d, *, tail: str = "") -> None:
    from conftest import page

    d.mkdir()
    (d / "wire.html").write_text(page("Bridge reopens", ["VARNBY (AP) — " + STORY[0], *STORY[1:]],
                                      site="AP News"), "utf-8")
    (d / "credited.html").write_text(page("Bridge back", STORY[:8], site="Valley Courier",
                                          footer="The Associated Press contributed to this report."), "utf-8")
    (d / "copy.html").write_text(page("Our bridge is back", [*STORY[:7], STORY[7] + tail], site="Harbour Lantern"),
                                 "utf-8")


def test_check_reports_the_flag_with_the_decisions_evidence(tmp_path, monkeypatch) -> None:
    from tracer.checks import Policy, check

    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "c")
    res = check([str(tmp_path / "c")], Policy())
    [f] = [f for f in res.findings if f.rule == "TRC002"]
    assert f.article.endswith("copy.html")
    [lin] = res.lineages.values()
    [dis] = [x for x in lin.disclosure if x.relation == "undisclosed"]
    assert f.value == dis.confidence
    assert f"{dis.text_chars} characters" in f.message and "credits nobody" in f.message


def test_check_does_not_fail_on_a_copy_whose_tail_was_cut(tmp_path, monkeypatch) -> None:
    from tracer.checks import Policy, check

    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "c", tail=" The mayor thanked the crews who worked through two winters on the span and")
    res = check([str(tmp_path / "c")], Policy())
    assert not [f for f in res.findings if f.rule == "TRC002"]
    [lin] = res.lineages.values()
    assert {x.id.rsplit("/", 1)[-1]: x.relation for x in lin.disclosure}["copy.html"] == "unverified"


def test_text_and_markdown_reports_name_each_copys_relation(tmp_path) -> None:
    from rich.console import Console

    from tracer import report
    from tracer.reports import corpus_text, render_document

    _pages(tmp_path / "c")
    rep = report([str(tmp_path / "c")])
    con = Console(record=True, width=240, color_system=None)
    corpus_text(rep, con)
    out = con.export_text()
    assert "UNDISCLOSED" in out and "credited" in out and "credits nobody" in out
    md = render_document(rep.stories, "md")
    assert "**UNDISCLOSED**" in md and "_credited_" in md and "undisclosed, confidence" in md


def test_an_aggregator_tile_repeating_one_caption_is_not_a_copy() -> None:
    caption = ("Crowds gather on both banks of the Varne as the rebuilt swing bridge opens to traffic for the first "
               "time in two years, on Thursday, May 2, in Varnby.")
    src = article("s", "Associated Press", ["VARNBY (AP) — " + STORY[0], caption, *STORY[1:]],
                  date="2025-05-02T08:00:00")
    tile = article("t", "Tiles Portal", ["Share", "More", caption, "Local news near you, sorted by time",
                                         "Open the app for more"], date="2025-05-02T11:00:00")
    lin, d = decided([src, tile], [match("s", "t", 0.1, 0.5)])
    assert d["t"].relation == "unverified" and "words" in " ".join(d["t"].evidence)
    assert lin.undisclosed == []


def test_a_source_known_only_by_the_name_copies_give_it_may_be_the_publisher_itself() -> None:
    """A trade paper credits 'PR VBA' (a press release of the Varne Boatmen's Association);
    the association's own page carries the release and credits nobody: not an accusation."""
    paper = article("p", "Varne Trade Weekly", [*STORY[:8], "PR VBA/ol"], date="2025-05-02T08:00:00")
    assoc = article("a", "Varne Boatmen's Association", STORY[:9], date="2025-05-02T12:00:00")
    lin, d = decided([paper, assoc], [match("p", "a", 0.95, 0.85)])
    assert "a" not in lin.undisclosed
    assert d["a"].relation == "unverified" and "under another name" in d["a"].evidence[-1]


def test_check_names_the_agency_whose_text_an_uncredited_copy_carries(tmp_path, monkeypatch) -> None:
    from conftest import page

    from tracer.checks import Policy, check

    monkeypatch.chdir(tmp_path)
    d = tmp_path / "c"
    d.mkdir()
    (d / "courier.html").write_text(page("Bridge back", ["VARNBY (AP) — " + STORY[0], *STORY[1:9]],
                                         site="Valley Courier"), "utf-8")
    (d / "gazette.html").write_text(page("Bridge reopens", STORY[:8], site="Northmoor Gazette",
                                         footer="Copyright 2025 The Associated Press. All rights reserved."), "utf-8")
    (d / "lantern.html").write_text(page("Our bridge", STORY[:7], site="Harbour Lantern"), "utf-8")
    res = check([str(d)], Policy())
    [f] = [f for f in res.findings if f.rule == "TRC002"]
    assert f.article.endswith("lantern.html")
    assert "its text is AP's" in f.message
