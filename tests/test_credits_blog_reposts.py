"""Blogs that repost a block from another outlet with the outlet named (issue 15): a hat tip closing the
post ('(h/t Wired)', 'Hat tip to …'), 'According to X:' over the quoted block, 'The following is an excerpt
from X.', 'Read more at X.'. A person thanked or quoted is no source. Invented posts; the outlets are
real ones the gazetteer knows."""

from __future__ import annotations

import pytest

from tracer import attach_credits, extract_text

HEAD = "Why the new phone matters\n"
MINE = ("I have been thinking about the new phone all week and what it means for the rest of the market, which "
        "has been flat for years now and needs a jolt.\nThe price is high, but the camera is the real story here, "
        "and the reviews agree on that point more than on any other.\n")
QUOTED = ("The camera uses a new sensor that gathers twice as much light as last year's model, the company said at "
          "its launch event on Tuesday.\n")


def sources(text: str) -> list[str]:
    art = extract_text(text, id="t")
    art.publisher = "myblog.example"
    return sorted(c.agency or c.name for c in attach_credits(art).credits if c.role == "source")


@pytest.mark.parametrize(("text", "want"), [
    (HEAD + MINE + QUOTED + "(h/t Wired)\n", ["Wired"]),
    (HEAD + MINE + QUOTED + "H/T: The Verge\n", ["The Verge"]),
    (HEAD + MINE + QUOTED + "Hat tip to Engadget.\n", ["Engadget"]),
    (HEAD + MINE + "According to The Verge:\n" + QUOTED + MINE, ["The Verge"]),
    (HEAD + MINE + "Laut Wired:\n" + QUOTED + MINE, ["Wired"]),
    (HEAD + "The following is an excerpt from Wired.\n" + QUOTED + MINE, ["Wired"]),
    (HEAD + MINE + QUOTED + "Read more at Newser.\n", ["Newser"]),
])
def test_a_blogs_repost_names_its_outlet(text: str, want: list[str]) -> None:
    assert sources(text) == want


@pytest.mark.parametrize("text", [
    HEAD + MINE + QUOTED + "H/T: Jane Roe\n",
    HEAD + MINE + "According to the company:\n" + QUOTED + MINE,
    HEAD + MINE + "According to Jane Roe:\n" + QUOTED + MINE,
])
def test_a_person_or_a_company_thanked_or_quoted_is_no_source(text: str) -> None:
    assert sources(text) == []
