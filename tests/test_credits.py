from __future__ import annotations

from tests.conftest import WIRE, page
from tracer import attach_credits, extract_html, extract_text

SEED_LIKE = ("Secretary Hegseth: US seeks diplomatic solution\n\nNga A2 CNN\n2025-02-13 22:25:00 | Bota\n\n"
             + "\n".join(WIRE) + "\nThe end of the story.\"/ VOA (A2 Televizion)\n\nA2 CNN Livestream\n\nLatest Videos")


def test_seed_chain_a2cnn_then_voa() -> None:
    art = attach_credits(extract_text(SEED_LIKE, id="seed"))
    assert art.chain == ["A2 CNN", "VOA"]
    voa = next(c for c in art.credits if c.agency == "VOA")
    assert voa.role == "source" and voa.zone == "footer"
    assert art.text[voa.start:voa.end] == "VOA"
    pub = next(c for c in art.credits if c.role == "publisher")
    assert pub.name == "A2 CNN" and art.text[pub.start:pub.end] == "A2 CNN"


def test_english_dateline_forms() -> None:
    for line, agency in (("HELSINKI (AP) — Finland said", "AP"), ("LONDON, July 24 (Reuters) - Shares fell", "Reuters")):
        art = attach_credits(extract_text(line + " on Monday.\n" + "\n".join(WIRE), id="d"))
        assert [c.agency for c in art.credits if c.role == "source"] == [agency]
        assert art.credits[0].zone == "dateline"


def test_byline_person_and_reporting_footer() -> None:
    text = "By Jane Roe\n" + "\n".join(WIRE) + "\nReporting by John Smith; Editing by Mary Major"
    art = attach_credits(extract_text(text, id="b"))
    people = {(c.name, c.role) for c in art.credits if c.kind == "person"}
    assert ("Jane Roe", "author") in people
    assert ("John Smith", "author") in people
    assert ("Mary Major", "editor") in people


def test_citation_in_body_is_not_a_credit() -> None:
    body = list(WIRE)
    body[2] = "The mayor told Reuters the plan was sound."
    art = attach_credits(extract_text("\n".join(body), id="c"))
    assert not [c for c in art.credits if c.agency == "Reuters"]


def test_photo_credit_is_photo_role() -> None:
    text = "\n".join(WIRE) + "\n(AP Photo/John Doe)"
    art = attach_credits(extract_text(text, id="p"))
    assert [c.role for c in art.credits if c.agency == "AP"] == ["photo"]
    assert art.chain[1:] == []


def test_html_meta_and_cross_domain_canonical() -> None:
    head = '<meta name="original-source" content="Reuters">'
    art = attach_credits(extract_html(page("T", WIRE, head=head, url="https://orig.example/a"),
                                      id="h", url="https://copy.example/a"))
    zones = {(c.zone, c.agency or c.name) for c in art.credits}
    assert ("meta", "Reuters") in zones
    assert ("canonical", "orig.example") in zones
