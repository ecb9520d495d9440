"""The HTML report and the Mermaid diagram, checked in a real headless Chromium.

Needs Debian's chromium (/usr/bin/chromium), the `playwright` Python package (never its
browser download) and, for the Mermaid test, the npm package `mermaid`; scripts/test.sh
installs all three and sets TRACER_REQUIRE_BROWSER=1, so in CI a missing piece fails
instead of skipping.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.test_reports import read_opts, write_hostile_corpus
from tracer import report, trace
from tracer.reports import html, markdown

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("TRACER_CHROMIUM", "/usr/bin/chromium"))
MERMAID_JS = Path(os.environ.get("TRACER_MERMAID_JS",
                                 ROOT / ".venv/node/node_modules/mermaid/dist/mermaid.min.js"))
REQUIRED = os.environ.get("TRACER_REQUIRE_BROWSER") == "1"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions"]


def _missing(what: str) -> None:
    if REQUIRED:
        pytest.fail(f"{what} is missing (scripts/test.sh installs it)")
    pytest.skip(f"{what} is missing; run scripts/test.sh to install it")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright Python package")
    if not CHROMIUM.exists():
        _missing(str(CHROMIUM))
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(profile), executable_path=str(CHROMIUM), args=ARGS,
                                                   headless=True, offline=True,
                                                   viewport={"width": 1280, "height": 900})
        yield ctx
        ctx.close()


class Opened:
    """A page with what it logged, fetched and popped up."""

    def __init__(self, page: object) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

        def dialog(d: object) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)


def open_file(browser: object, path: Path) -> Opened:
    o = Opened(browser.new_page())
    o.page.goto(path.as_uri(), wait_until="load")
    o.page.wait_for_timeout(200)
    return o


@pytest.fixture(scope="module")
def hostile_page(browser: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Opened, object]]:
    d = tmp_path_factory.mktemp("hostile")
    rep = report([str(write_hostile_corpus(d))], read_opts())
    f = d / "report.html"
    f.write_text(html(rep.stories), "utf-8")
    o = open_file(browser, f)
    yield o, rep
    o.page.close()


def test_html_report_opens_offline_and_draws_the_graph_without_errors(hostile_page) -> None:
    o, rep = hostile_page
    assert o.errors == []
    assert all(u.startswith(("file:", "data:", "about:")) for u in o.requests), o.requests
    n_nodes = sum(len(s.lineage.nodes) for s in rep.stories)
    n_edges = sum(len(s.lineage.edges) for s in rep.stories)
    assert o.page.get_attribute("body", "data-nodes-drawn") == str(n_nodes)  # our script ran
    assert o.page.locator("svg.graph g.node").count() == n_nodes
    assert o.page.locator("svg.graph g.edge").count() == n_edges
    box = o.page.locator("svg.graph").first.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 50
    for i in range(n_nodes):
        nb = o.page.locator("svg.graph g.node").nth(i).bounding_box()
        assert nb and nb["width"] > 50


def test_html_report_shows_shared_passages_side_by_side(hostile_page) -> None:
    o, _ = hostile_page
    rows = o.page.locator("table.side-by-side tr.passage")
    assert rows.count() > 0
    first = rows.first
    assert first.locator("td.source").inner_text().strip()
    assert first.locator("td.copy").inner_text().strip()
    assert o.page.locator("table.side-by-side mark.verbatim").count() > 0
    assert o.page.locator("table.side-by-side mark.edited").count() > 0


def test_payloads_in_article_text_execute_nothing(hostile_page) -> None:
    o, _ = hostile_page
    page = o.page
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert o.dialogs == []
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 1
    handlers = page.evaluate("""() => Array.from(document.querySelectorAll('*')).flatMap(
        el => Array.from(el.attributes).filter(a => a.name.startsWith('on')).map(a => el.tagName + ' ' + a.name))""")
    assert handlers == []
    text = page.inner_text("body")
    assert "<script>window.__pwned = 1" in text  # shown as text
    assert 'onerror="window.__pwned = 2' in text


def test_content_security_policy_blocks_injected_scripts(hostile_page) -> None:
    o, _ = hostile_page
    o.page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.__csp_escaped = 1'; document.body.appendChild(s); }""")
    assert o.page.evaluate("typeof window.__csp_escaped") == "undefined"


def test_clicking_a_node_selects_its_article_card(hostile_page) -> None:
    o, _ = hostile_page
    page = o.page
    node = page.locator("svg.graph g.node.undisclosed").first
    key = node.get_attribute("data-node")
    node.click()
    assert "selected" in (page.get_attribute(f"#{key}-card", "class") or "")
    assert "focusing" in (page.get_attribute("svg.graph", "class") or "")
    assert page.locator("svg.graph g.edge.related").count() >= 1


def test_sample_trace_report_renders_voa_as_origin(browser, tmp_path: Path) -> None:
    res = trace(str(SAMPLES / "a2cnn-hegseth.html"), [str(SAMPLES)])
    f = tmp_path / "trace.html"
    f.write_text(html([res.story()]), "utf-8")
    o = open_file(browser, f)
    assert o.errors == []
    origin = o.page.locator("svg.graph g.node.origin")
    assert origin.count() == 1 and "Voice of America" in origin.text_content()
    und = o.page.locator("svg.graph g.node.undisclosed")
    assert und.count() == 1 and "Balkan Post" in und.text_content()
    assert "kyivledger" not in o.page.content()
    o.page.screenshot(path=str(tmp_path / "trace.png"))
    o.page.close()


# -- Mermaid's own parser ---------------------------------------------------------------


@pytest.fixture(scope="module")
def mermaid_page(browser: object) -> Iterator[object]:
    if not MERMAID_JS.exists():
        _missing(f"mermaid ({MERMAID_JS})")
    page = browser.new_page()
    page.set_content("<!DOCTYPE html><html><body></body></html>")
    page.add_script_tag(path=str(MERMAID_JS))
    page.evaluate("mermaid.initialize({startOnLoad: false, securityLevel: 'strict'})")
    yield page
    page.close()


PARSE = """async (code) => { try { const r = await mermaid.parse(code); return 'ok ' + (r && r.diagramType); }
                             catch (e) { return 'error ' + (e && e.message || e); } }"""


def _blocks(md: str) -> list[str]:
    return re.findall(r"```mermaid\n(.*?)\n```", md, re.S)


def test_mermaid_parser_accepts_the_markdown_diagrams(mermaid_page, tmp_path: Path) -> None:
    rep = report([str(write_hostile_corpus(tmp_path))], read_opts())
    sample = trace(str(SAMPLES / "a2cnn-hegseth.html"), [str(SAMPLES)]).story()
    blocks = _blocks(markdown(rep.stories)) + _blocks(markdown([sample]))
    assert len(blocks) == 2
    for b in blocks:
        assert mermaid_page.evaluate(PARSE, b).startswith("ok flowchart"), b


def test_mermaid_parser_rejects_a_broken_diagram(mermaid_page) -> None:
    # the check above means something only if the parser does reject bad syntax
    assert mermaid_page.evaluate(PARSE, 'flowchart TD\n  n0["a"] -->|"x| n1').startswith("error")
