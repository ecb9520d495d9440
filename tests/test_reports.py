"""Reports in every format: content, contract shape, and escaping of hostile article text."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from prov.model import ProvDocument
from rich.console import Console

from tests.conftest import OTHER, SAMPLES, WIRE
from tracer import report, trace
from tracer.reports import corpus_text, html, markdown, prov_json, schema_org_snippets, trace_text
from tracer.reports.markdown import md_escape, mermaid_label

SCRIPT = "<script>window.__pwned = 1; alert(1)</script>"
IMG = '<img src=x onerror="window.__pwned = 2; alert(2)">'
SVG = "<svg onload=alert(3)></svg>"
MERMAID = '"]; click n0 call alert(4); %%{init: {"securityLevel": "loose"}}%%'
MARKUP = "[bold red]rich markup[/bold red] [link=javascript:alert(5)]x[/link]"
PAYLOADS = [SCRIPT, IMG, SVG, MERMAID, MARKUP, "[md link](javascript:alert(6)) | table | `code`"]
EVIL_PUBLISHER = 'Evil <b>Corp</b> "]) [red]x[/red]'
EVIL_ID = 'evil"><img src=x onerror=alert(7)>'


def write_hostile_corpus(d: Path) -> Path:
    """A wire story and two copies whose titles, ids, publishers and text carry payloads."""
    poisoned = [f"{p} {PAYLOADS[i % len(PAYLOADS)]}" if i in (1, 3) else p for i, p in enumerate(WIRE)]
    rows = [
        {"id": "wire-1", "publisher": "Associated Press", "date": "2025-03-01T08:00:00",
         "title": f"Council budget {SCRIPT}", "text": "CITYVILLE (AP) — " + " ### ".join(poisoned)},
        {"id": EVIL_ID, "publisher": EVIL_PUBLISHER, "date": "2025-03-01T10:00:00",
         "title": f"Budget {IMG} {MERMAID}",
         "text": " ### ".join([*poisoned[:2], poisoned[2].replace("argued", f"claimed {SVG} {MARKUP}"),
                              poisoned[3]])},
        {"id": "copy-2", "publisher": "Metro Herald", "date": "2025-03-01T11:00:00", "title": "Transit boost",
         "text": " ### ".join(w.replace("Tuesday", "Tuesday evening") for w in poisoned[:5])
         + " ### Copyright The Associated Press."},
        {"id": "comet", "publisher": "Sky Daily", "date": "2025-03-01", "title": "Comet", "text": " ### ".join(OTHER)},
    ]
    p = d / "hostile.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    return p


def read_opts():
    from tracer.sources import ReadOptions

    return ReadOptions(paragraph_sep=" ### ")


@pytest.fixture
def hostile(tmp_path: Path):
    return report([str(write_hostile_corpus(tmp_path))], read_opts())


def test_hostile_corpus_still_gives_one_story_with_the_wire_as_origin(hostile) -> None:
    assert len(hostile.stories) == 1
    s = hostile.stories[0]
    assert s.lineage.origin == "wire-1"
    assert EVIL_ID in s.articles and "comet" not in s.articles


# -- Markdown and Mermaid ---------------------------------------------------------------

MERMAID_LINE = re.compile(r'^  (n\d+(\["[^"\n]*"\]|\(\["[^"\n]*"\]\))'
                          r'|n\d+ (-->|-\.->)\|"[^"\n]*"\| n\d+'
                          r'|classDef \w+ [\w:#,-]+'
                          r'|class n\d+(,n\d+)* \w+)$')


def mermaid_blocks(md: str) -> list[str]:
    return re.findall(r"```mermaid\n(.*?)\n```", md, re.S)


def test_markdown_escapes_untrusted_text(hostile) -> None:
    md = markdown(hostile.stories)
    for bad in ("<script", "<img", "<svg", "<b>", "](javascript:"):
        assert bad not in md
    assert not re.search(r"<[^>]*onerror", md)
    assert "&lt;script&gt;" in md or "&lt;img" in md  # the text is shown, not dropped


def test_mermaid_block_holds_only_known_statement_shapes(hostile) -> None:
    (block,) = mermaid_blocks(markdown(hostile.stories))
    lines = block.splitlines()
    assert lines[0] == "flowchart TD"
    for line in lines[1:]:
        assert MERMAID_LINE.match(line), line
    assert "click" not in block and "%%" not in block


def test_mermaid_label_cannot_break_out_of_its_quotes() -> None:
    lab = mermaid_label(MERMAID + SCRIPT)
    assert lab.startswith('"') and lab.endswith('"') and lab.count('"') == 2
    assert "<" not in lab and ";" in lab  # entity codes like #60; instead
    assert mermaid_label("Zürich café") == '"Zürich café"'


def test_md_escape_neutralises_markdown_and_html() -> None:
    s = md_escape("a | b [x](javascript:y) <i>z</i> *w*")
    assert "<i>" not in s and r"\|" in s and r"\[x\]" in s and r"\*w\*" in s


def test_sample_markdown_has_the_lineage_diagram() -> None:
    md = markdown([trace(str(SAMPLES / "a2cnn-hegseth.html"), [str(SAMPLES)]).story()])
    (block,) = mermaid_blocks(md)
    assert "Voice of America" in block and "A2 CNN" in block
    assert re.search(r"class n\d+ undisclosed", block)
    assert "**UNDISCLOSED**" in md


# -- HTML (static checks; the browser test opens it for real) ----------------------------


def test_html_is_self_contained_and_escapes_everything(hostile) -> None:
    doc = html(hostile.stories)
    assert doc.count("<script") == 1  # ours, nothing else
    assert not re.search(r"<[^>]*\son\w+\s*=", doc.split("<script>")[0])  # no event handler attribute
    assert "&lt;script&gt;" in doc
    assert not re.search(r"<[^>]*\ssrc\s*=", doc.split("<script>")[0])  # nothing to fetch
    assert all(h.startswith(("#", "https://", "http://")) for h in re.findall(r'href="([^"]*)"', doc))
    assert "<svg class=\"graph\"" in doc
    assert 'class="side-by-side"' in doc


def test_html_content_security_policy_allows_only_the_inline_script(hostile) -> None:
    doc = html(hostile.stories)
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', doc).group(1))
    script = re.search(r"<script>(.*)</script>", doc, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert "default-src 'none'" in csp
    assert f"script-src 'sha256-{digest}'" in csp


def test_html_marks_verbatim_and_edited_words(hostile) -> None:
    doc = html(hostile.stories)
    assert '<mark class="verbatim">' in doc
    copy_cells = re.findall(r'<td class="copy" id="[^"]+">(.*?)</td>', doc, re.S)
    assert copy_cells and all("<mark" in c for c in copy_cells)
    assert any(re.search(r'<mark class="edited">\s*evening\s*</mark>', c) for c in copy_cells)  # "Tuesday evening" vs "Tuesday"


# -- PROV ---------------------------------------------------------------------------------


def test_prov_json_round_trips_through_the_prov_reader(hostile) -> None:
    text = prov_json(hostile.stories)
    doc = ProvDocument.deserialize(content=text, format="json")
    again = ProvDocument.deserialize(content=doc.serialize(format="json"), format="json")
    assert doc == again
    data = json.loads(text)
    assert {"entity", "agent", "wasAttributedTo", "wasDerivedFrom"} <= set(data)
    types = {json.dumps(r.get("prov:type")) for r in data["wasDerivedFrom"].values()}
    assert any("prov:Quotation" in t for t in types)  # wasQuotedFrom
    assert any("prov:PrimarySource" in t for t in types)  # hadPrimarySource
    assert any(r.get("tracer:kind") == "partial" for r in data["wasDerivedFrom"].values())
    labels = {a["prov:label"] for a in data["agent"].values()}
    assert EVIL_PUBLISHER in labels  # kept as data, JSON-escaped


def test_prov_names_organisations_outside_the_corpus() -> None:
    from tests.test_lineage_trace import art, match
    from tracer.lineage import build_lineage
    from tracer.reports.story import Story

    a = art("a", "Bugle", credits=["Reuters"])
    b = art("b", "Herald", date="2025-01-05")
    lin = build_lineage({"a": a, "b": b}, [match("a", "b", 0.9, 0.9)])
    data = json.loads(prov_json([Story("s", {"a": a, "b": b}, lin)]))
    assert any(v["prov:label"] == "Reuters" for v in data["agent"].values())
    assert any("not in the corpus" in str(v.get("prov:label")) for v in data["entity"].values())


def test_schema_org_snippet_per_copy_names_its_source() -> None:
    story = trace(str(SAMPLES / "a2cnn-hegseth.html"), [str(SAMPLES)]).story()
    snippets = {s["identifier"]: s for s in schema_org_snippets(story)}
    a2 = snippets[str(SAMPLES / "a2cnn-hegseth.html")] if str(SAMPLES / "a2cnn-hegseth.html") in snippets else \
        next(v for k, v in snippets.items() if k.endswith("a2cnn-hegseth.html"))
    assert a2["@context"] == "https://schema.org"
    assert a2["isBasedOn"]["publisher"]["name"] == "Voice of America"


# -- text ---------------------------------------------------------------------------------


def test_text_report_prints_markup_literally_and_marks_undisclosed(hostile) -> None:
    con = Console(record=True, width=200, color_system=None)
    corpus_text(hostile, con)
    out = con.export_text()
    assert "[red]x[/red]" in out  # the publisher's markup shown as text, not applied
    assert "UNDISCLOSED" in out
    assert "origin" in out


def test_trace_text_tree_goes_origin_to_copies() -> None:
    con = Console(record=True, width=250, color_system=None)
    trace_text(trace(str(SAMPLES / "a2cnn-hegseth.html"), [str(SAMPLES)]), con)
    out = con.export_text()
    origin_line = next(line for line in out.splitlines() if line.startswith("origin"))
    assert "voa-hegseth-original.html" in origin_line
    lines = out.splitlines()
    i = next(i for i, line in enumerate(lines) if "balkanpost" in line and "├──" in line or "└──" in line
             and "balkanpost" in line)
    assert "UNDISCLOSED" in lines[i]
    assert "similarity" in lines[i + 1] and "containment" in lines[i + 1]
    assert not any("UNDISCLOSED" in line for line in lines if "meridian" in line and "──" in line)


# -- CLI ----------------------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracer", *args], capture_output=True, text=True)


@pytest.mark.parametrize("fmt", ["text", "json", "md", "html", "prov"])
def test_report_command_writes_every_format(tmp_path: Path, fmt: str) -> None:
    corpus = write_hostile_corpus(tmp_path)
    out = tmp_path / f"r.{fmt}"
    r = run("report", str(corpus), str(tmp_path / "missing.html"), "--paragraph-sep", " ### ", "-f", fmt,
            "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    body = out.read_text("utf-8") if out.exists() else r.stdout
    assert body.strip()
    if fmt == "json":
        d = json.loads(body)
        assert d["stories"][0]["lineage"]["origin"] == "wire-1"
        assert d["errors"][0]["input"].endswith("missing.html")
    if fmt == "prov":
        ProvDocument.deserialize(content=body, format="json")
    if fmt != "json":
        assert "missing.html" in r.stderr


@pytest.mark.parametrize("fmt", ["md", "html", "prov"])
def test_trace_command_writes_document_formats_to_stdout(fmt: str) -> None:
    r = run("trace", str(SAMPLES / "a2cnn-hegseth.html"), "--corpus", str(SAMPLES), "-f", fmt)
    assert r.returncode == 0, r.stderr
    assert "voa-hegseth-original" in r.stdout
    assert "kyivledger" not in r.stdout


def test_trace_json_keeps_the_contract_shape() -> None:
    r = run("trace", str(SAMPLES / "a2cnn-hegseth.html"), "--corpus", str(SAMPLES), "-f", "json")
    d = json.loads(r.stdout)
    assert set(d) >= {"article", "matches", "lineage"}
    assert set(d["lineage"]) >= {"origin", "nodes", "edges", "undisclosed"}
    for e in d["lineage"]["edges"]:
        assert set(e) >= {"from", "to", "kind", "evidence", "confidence"}
        assert e["kind"] in {"declared", "verbatim", "partial", "translation", "canonical"}
    for m in d["matches"]:
        assert m["relation"] in {"copy", "source", "sibling", "translation"}
        for p in m["passages"]:
            assert p["kind"] in {"verbatim", "edited"}


@pytest.mark.parametrize("fmt", ["text", "json", "md", "html", "prov"])
def test_article_without_copies_still_gets_every_report(fmt: str) -> None:
    r = run("trace", str(SAMPLES / "kyivledger-unrelated-same-event.html"), "--corpus", str(SAMPLES), "-f", fmt)
    assert r.returncode == 0, r.stderr
    assert "voa-hegseth" not in r.stdout
    if fmt == "prov":
        ProvDocument.deserialize(content=r.stdout, format="json")
    if fmt == "md":
        (block,) = mermaid_blocks(r.stdout)
        assert all(MERMAID_LINE.match(line) for line in block.splitlines()[1:])


def test_corpus_without_copies_reports_no_story(tmp_path: Path) -> None:
    rep = report([str(SAMPLES / "kyivledger-unrelated-same-event.html")])
    assert rep.stories == [] and len(rep.ids) == 1
    assert "No copies found." in markdown(rep.stories) and "No copies found." in html(rep.stories)
    ProvDocument.deserialize(content=prov_json(rep.stories), format="json")


def test_json_lines_records_never_hold_a_raw_line_separator(tmp_path) -> None:
    import json

    from tracer import dedup
    from tracer.reports import dedup_jsonl

    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"id": "odd\u2028id\u2029", "text": "A story told in plain words here."}) + "\n", "utf-8")
    out = dedup_jsonl(dedup([str(p)]).rows())
    assert len(out.splitlines()) == 1  # str.splitlines splits on U+2028/U+2029
    assert json.loads(out)["id"] == "odd\u2028id\u2029"
