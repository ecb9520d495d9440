"""Site boilerplate (a footer, a sidebar, a sign-off) does not make two pages copies (tracer/boilerplate.py).

Every text here is invented: pseudo-words from a seeded generator, so two stories share
nothing but what a test puts into both.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

from tracer import dedup, report, trace
from tracer.boilerplate import site_key

SYLL = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "pe", "da", "gu", "ri", "zo", "fa"]


def _words(rng: random.Random, n: int) -> str:
    out = []
    for k in range(n):
        w = "".join(rng.choice(SYLL) for _ in range(rng.randint(2, 4)))
        out.append(w + ("." if k % 12 == 11 else ""))
    return " ".join(out)


RNG = random.Random(7)
FOOTER = _words(RNG, 75)        # the site's subscribe/contact/about paragraph
SIDEBAR = _words(RNG, 45)       # another site's teaser block, mid-text
SIGNOFF = _words(RNG, 40)       # a syndicator's paragraph under what it supplies
BODIES = [_words(RNG, 80) for _ in range(10)]


def _page(aid: str, body: str, *, site: str | None = "valleydaily.test", extra: str = FOOTER,
          url: str | None = None) -> dict[str, str]:
    rec = {"id": aid, "text": f"Headline of {aid}\n{body}\n{extra}"}
    if site:
        rec["publisher"] = site
    if url:
        rec["url"] = url
    return rec


def _groups(res) -> list[list[str]]:
    return sorted(sorted(c.members) for c in res.clusters)


def _footer_corpus(n: int = 6, **kw) -> list[dict[str, str]]:
    return [_page(f"s{k}", BODIES[k], **kw) for k in range(n)]


def test_one_sites_footer_makes_no_copies() -> None:
    res = dedup(_footer_corpus())
    assert _groups(res) == [[f"s{k}"] for k in range(6)]
    assert res.matches == []


def test_without_a_site_the_footer_still_joins_them() -> None:
    """The control: no publisher and no URL, so no site to learn boilerplate from (the old behaviour)."""
    res = dedup(_footer_corpus(site=None))
    assert _groups(res) == [[f"s{k}" for k in range(6)]]


def test_the_host_is_the_site_when_the_publisher_is_unknown() -> None:
    rows = [_page(f"s{k}", BODIES[k], site=None, url=f"https://{'www.' if k % 2 else ''}valleydaily.test/n/{k}")
            for k in range(6)]
    assert _groups(dedup(rows)) == [[f"s{k}"] for k in range(6)]
    assert site_key(None, "https://WWW.Valleydaily.test/a") == "valleydaily.test"
    assert site_key(" Valley Daily ", "https://other.test/") == "valley daily"
    assert site_key(None, "not a url [") == "" and site_key(None, None) == ""


def test_a_sidebar_mid_text_makes_no_copies() -> None:
    rng = random.Random(3)
    rows = []
    for k in range(5):
        first, second = BODIES[k][:250], BODIES[k][250:]
        rows.append({"id": f"p{k}", "publisher": "hilltimes.test",
                     "text": f"Title {k}\n{first}\n{SIDEBAR}\n{second}\n{_words(rng, 5)}"})
    assert _groups(dedup(rows)) == [[f"p{k}"] for k in range(5)]


def test_versions_of_one_story_on_the_site_still_match() -> None:
    rng = random.Random(11)
    rows = _footer_corpus(5)
    body = BODIES[7]
    added = _words(rng, 30)
    rows += [_page("v1", body), _page("v2", body.replace(body.split()[4], "changed", 1) + " " + added),
             _page("v3", body + " " + added + " " + _words(rng, 30))]
    res = dedup(rows)
    assert ["v1", "v2", "v3"] in _groups(res)
    assert all(len(g) == 1 for g in _groups(res) if g[0].startswith("s"))
    # the figures measure the story, not the footer the versions also share
    m = next(m for m in res.matches if {m.a, m.b} == {"v1", "v2"})
    assert m.containment < 1.0


def test_a_copy_on_another_site_is_untouched() -> None:
    rows = _footer_corpus(6)
    other_footer = _words(random.Random(5), 60)
    rows.append(_page("copy", BODIES[2], site="rivergazette.test", extra=other_footer))
    rows += [_page(f"g{k}", BODIES[6 + k], site="rivergazette.test", extra=other_footer) for k in range(3)]
    res = dedup(rows)
    assert ["copy", "s2"] in _groups(res)
    assert sum(len(g) for g in _groups(res)) == len(rows) and max(len(g) for g in _groups(res)) == 2


def test_a_sign_off_both_sites_carry_joins_no_stories_but_a_copy_keeps_it() -> None:
    rows = []
    for site, ks in (("northwire.test", (0, 1, 2)), ("southpost.test", (3, 4, 5))):
        rows += [_page(f"{site[:5]}{k}", BODIES[k], site=site, extra=SIGNOFF) for k in ks]
    rows.append(_page("south-copy-of-0", BODIES[0], site="southpost.test", extra=SIGNOFF))
    res = dedup(rows)
    groups = _groups(res)
    assert ["north0", "south-copy-of-0"] in groups
    assert sum(1 for g in groups if len(g) > 1) == 1


def test_cli_on_a_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _footer_corpus()), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(path), "--format", "jsonl"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in rows] == [f"s{k}" for k in range(6)]
    assert {x["size"] for x in rows} == {1}


def test_store_runs_equal_the_batch_run(tmp_path: Path) -> None:
    """Two pages alone cannot tell a footer from a story; a later run brings the witnesses,
    and the copy stored by the first run is judged again."""
    db = str(tmp_path / "t.db")
    rows = _footer_corpus()
    first = dedup(rows[:2], db=db)
    assert _groups(first) == [["s0", "s1"]]  # no third page of the site yet
    second = dedup(rows[2:], db=db)
    assert _groups(second) == [[f"s{k}"] for k in range(6)] == _groups(dedup(rows))
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM copies").fetchone()[0] == 0


def test_store_keeps_versions_and_their_story_figures(tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    rng = random.Random(2)
    body, added = BODIES[8], _words(rng, 30)
    rows = [_page("v1", body), _page("v2", body + " " + added)] + _footer_corpus(4)
    dedup(rows[:3], db=db)
    stored = dedup(rows[3:], db=db)
    batch = dedup(rows)
    assert _groups(stored) == _groups(batch)
    assert ["v1", "v2"] in _groups(batch)
    pick = {frozenset((m.a, m.b)): round(m.similarity, 4) for m in batch.matches}
    got = {frozenset((m.a, m.b)): round(m.similarity, 4) for m in stored.matches}
    assert got == pick


def test_report_and_trace_see_no_footer_family() -> None:
    rows = _footer_corpus()
    assert report(rows, translations=False).stories == []
    t = trace(rows[0], rows[1:])
    assert t.matches == []


def test_wire_versions_with_new_leads_and_shared_background_stay_one_story() -> None:
    """Versions of a wire story through the day: each a rewritten lead, the same background paragraphs.

    A rewrite keeps some of the earlier leads' sentences, so a version's own text shares
    more with another version's than two unrelated stories share by chance: it is no
    witness that the background is the site's boilerplate (with "a third in common" as
    the bar for related texts it was, and the versions fell apart)."""
    rng = random.Random(21)
    sentences = [_words(rng, 12) for _ in range(12)]  # what the day's leads say, in turns
    background = _words(rng, 70)
    rows = []
    for k in range(4):
        lead = " ".join(rng.sample(sentences, 5)) + " " + _words(rng, 20)
        rows.append(_page(f"w{k}", lead + "\n" + background, extra=""))
    assert _groups(dedup(rows)) == [["w0", "w1", "w2", "w3"]]
