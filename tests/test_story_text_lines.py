"""Line-anchored patterns found from the newlines give the matches of the plain search.

`tracer.fingerprint` looks for boilerplate and credit lines by searching for the newline
before a line start (a fast scan in the regex engine) instead of trying `^` everywhere;
story texts, and so signatures, must not change by one character.
"""

from __future__ import annotations

import random
import re
import sys

import tracer.fingerprint  # noqa: F401  (the module, not the function `tracer.fingerprint`)

fp = sys.modules["tracer.fingerprint"]

PIECES = ["Share this story", "Follow us on Example", "facebook", "twitter", "email", "\n", "\n\n", " ", "  ",
          "Photo credit: Jane Roe", "CREDIT: Example Wire", "credits: x", "(c) 2031 Example Media",
          "Copyright Example", "cancel", "send", "Posted!", "Related: more", "The river rose.", "— ", "•",
          "Advertisement", "https://example.org/a", "Read more", "(Photo: Jane Roe / Example Images)",
          "Reporting by Jo Bloggs", "word", "x" * 210]


# one line for each alternative of the boilerplate pattern (and the credit line)
FURNITURE = ["©2031 Example", "(c)2031 Example", "Copyright Example", "All rights reserved.",
             "This material may not be published", "Follow us on Example", "Like us on Example",
             "Sign up for news", "Subscribe to news", "Click here to read", "Tap here for more", "Advertisement",
             "Read more: x", "Related: y", "Share this article now", "The Associated Press contributed to this report.",
             "(Reporting by Jo Bloggs)", "Writing by Jo", "Editing by Jo", "Additional reporting by Jo",
             "Post to Facebook now", "Share via Email now", "Join the conversation", "Posted!", "Cancel Send",
             "A link has been sent to you", "Check out this story on Example", "https://example.org/x",
             "Photo: Jo Bloggs / AP", "Image credit: Jo Getty Images", "Video: Jo / Reuters",
             "Photograph: Jo / AFP", "Facebook Twitter", "Email Print", "E-mail WhatsApp", "LinkedIn Pinterest",
             "Reddit Google+", "Messenger Telegram", "Flipboard Tumblr", "Comments Share", "X X",
             "Share this article now", "— Read more: x", "• Facebook Twitter"]
PIECES += FURNITURE


def test_every_kind_of_furniture_line_is_tried() -> None:
    # the newline search passes over lines whose first word cannot start a furniture line:
    # every alternative of the pattern must still be tried
    for line in FURNITURE:
        assert fp._BOILER.match(line), line
        assert fp._BOILER_NL.match("\n" + line), line
        assert list(fp._line_spans(fp._BOILER, fp._BOILER_NL, "Body.\n" + line, 0, 6 + len(line))) == [
            (6, 6 + fp._BOILER.match(line).end())]


def reference_spans(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The plain definition: every match from a line start, searching on from each match's end
    to the next line (what `story_text` did line by line)."""
    out = []
    pos = lo
    if pos > 0 and text[pos - 1] != "\n":
        pos = text.find("\n", pos, hi) + 1
        if pos == 0:
            return out
    while pos < hi:
        m = pattern.match(text, pos, hi)
        if m:
            out.append((m.start(), m.end()))
            pos = m.end()
        nl = text.find("\n", pos, hi)
        if nl < 0:
            return out
        pos = nl + 1
    return out


def test_line_spans_equal_the_line_by_line_search() -> None:
    rng = random.Random(14)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for pat, nl in ((fp._BOILER, fp._BOILER_NL), (fp._CREDIT_LINE, fp._CREDIT_LINE_NL)):
            assert list(fp._line_spans(pat, nl, text, lo, hi)) == reference_spans(pat, text, lo, hi)
        whole = [(m.start(), m.end()) for m in fp._CREDIT_LINE.finditer(text)]
        assert list(fp._line_spans(fp._CREDIT_LINE, fp._CREDIT_LINE_NL, text, 0, len(text))) == whole


def test_story_text_blanks_furniture_lines_in_place() -> None:
    text = ("Share this story\nfacebook twitter email\nThe river rose.\nA caption line\nPhoto credit: Jane Roe\n"
            "It fell.\nCopyright 2031 Example")
    story = fp.story_text(text)
    assert len(story) == len(text)
    kept = [ln for ln in story.split("\n") if ln.strip()]
    assert kept == ["The river rose.", "It fell."]


def test_blanking_by_slices_equals_blanking_every_character() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice("ab \n·é") for _ in range(rng.randint(0, 40)))
        spans = []
        for _ in range(rng.randint(1, 5)):
            lo = rng.randint(0, len(text))
            spans.append((lo, rng.randint(max(0, lo - 3), len(text))))  # overlapping, empty and reversed ones
        chars = list(text)
        for lo, hi in spans:
            for i in range(lo, hi):
                chars[i] = " "
        assert fp._blanked(text, spans) == "".join(chars)
