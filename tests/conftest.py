"""Fixtures the project writes itself: small articles, pages and corpora built in tmp dirs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

WIRE = [
    "The city council voted on Tuesday to approve a new budget that raises spending on public transport by twelve percent.",
    "Mayor Jane Holloway said the plan would add three bus lines and extend tram service to the northern districts by next spring.",
    "Opposition members argued that the increase would force the city to borrow more and delay repairs to school buildings.",
    "The budget passed by a vote of twenty-one to fourteen after a debate that lasted more than six hours.",
    "Transport officials expect ridership to grow by a fifth once the new lines open, according to figures presented at the meeting.",
    "The council will vote on a separate package of housing measures next month, including rules on short-term rentals.",
]
OTHER = [
    "A rare comet will be visible to the naked eye this weekend for the first time in nearly seven decades, astronomers said.",
    "The comet, discovered last year by an amateur observer in Chile, is expected to be brightest shortly after sunset on Saturday.",
    "Observatories across the region plan public viewing nights, weather permitting, with telescopes set up in city parks.",
    "Scientists hope to measure the composition of its tail, which appears unusually rich in sodium according to early spectra.",
]


def page(title: str, paras: list[str], *, site: str = "Example News", byline: str | None = None,
         footer: str | None = None, head: str = "", url: str | None = None) -> str:
    ps = "".join(f"<p>{p}</p>" for p in paras)
    by = f'<p class="byline">{byline}</p>' if byline else ""
    ft = f"<p>{footer}</p>" if footer else ""
    can = f'<link rel="canonical" href="{url}">' if url else ""
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{site}">{can}{head}</head>'
            f"<body><article><h1>{title}</h1>{by}{ps}{ft}</article></body></html>")


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A wire story, a trimmed credited copy, an edited uncredited copy and an unrelated story."""
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "wire.html").write_text(page("Council approves budget", ["CITYVILLE (AP) — " + WIRE[0], *WIRE[1:]],
                                      site="AP News"), "utf-8")
    (d / "trimmed.html").write_text(page("Budget approved", WIRE[:4], site="Daily Bugle",
                                         footer="Copyright 2025 The Associated Press. All rights reserved."), "utf-8")
    edited = [w.replace("Tuesday", "Tuesday evening").replace("argued", "said") for w in WIRE[:5]]
    (d / "edited.html").write_text(page("Transit gets a boost", edited, site="Metro Herald",
                                        byline="By Sam Writer"), "utf-8")
    (d / "comet.html").write_text(page("Comet visible this weekend", OTHER, site="Sky Daily"), "utf-8")
    return d


@pytest.fixture
def jsonl_corpus(tmp_path: Path) -> Path:
    p = tmp_path / "c.jsonl"
    rows = [
        {"id": "a", "text": " ### ".join(WIRE), "publisher": "AP"},
        {"id": "b", "text": " ### ".join(WIRE[:3]), "publisher": "Bugle"},
        {"id": "c", "text": " ### ".join(OTHER), "publisher": "Sky"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    return p


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    """A real HTTP server on 127.0.0.1, threaded (a hanging handler blocks nobody), with no robots.txt."""
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    srv.expect_request("/robots.txt").respond_with_data("not here", status=404)
    yield srv
    srv.clear()
    if srv.is_running():
        srv.stop()
