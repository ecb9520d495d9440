"""Output formats of the corpus gate: text, json, JUnit XML, SARIF 2.1.0, GitHub annotations.

Every format escapes article content (ids, titles, snippets are untrusted): XML via
ElementTree, JSON via json, GitHub workflow commands by the runner's own escaping
rules (data: `%`, CR, LF; properties also `:` and `,`), Markdown and Mermaid labels by
replacing the characters that would end a cell or a label. ElementTree does not drop
the control characters XML 1.0 forbids (one `\x01` makes the report unparsable), so
JUnit output goes through `xml_safe`; text and GitHub output are read on terminals
and CI logs, so they go through `terminal_safe` (no escape sequences).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

from tracer.checks.locate import Location
from tracer.checks.run import RULES, CheckResult, Finding
from tracer.checks.summary import display_path, summary_line
from tracer.untrusted import terminal_safe, xml_safe

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
HELP_URI = "https://github.com/tracer-news/tracer/blob/main/docs/check.md"
MAX_DIAGRAM_NODES = 40


# -- text and json ------------------------------------------------------------------------
def format_text(result: CheckResult) -> str:
    lines = []
    for f in result.findings:
        loc = f.location
        where = f"{display_path(loc.uri)}:{loc.line}" if loc and loc.line else (display_path(loc.uri) if loc else "corpus")
        tag = " (baseline)" if f.baselined else ""
        lines.append(f"{where}: {f.rule} {f.name}{tag}: {f.message}")
        for r in f.related[:5]:
            lines.append(f"    {r.message} at {display_path(r.location.uri)}"
                         + (f":{r.location.line}" if r.location.line else ""))
    s = result.stats
    for r, status in result.policies():
        lines.append(f"{'PASS' if status else 'FAIL' if status is False else 'off '}  {r.id} {r.name}")
    lines.append(f"{s['articles']} articles, {s['copy_clusters']} copy clusters (largest {s['largest_cluster']}), "
                 f"duplicate ratio {s['duplicate_ratio']:.1%}, {len(result.failures)} failing finding(s)"
                 + (f", {s['baselined']} accepted by the baseline" if s["baselined"] else ""))
    lines.append(summary_line(result))
    return "\n".join(lines)


def format_json(result: CheckResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)


# -- JUnit XML ------------------------------------------------------------------------------
def format_junit(result: CheckResult) -> str:
    """One test suite per policy; one test case per finding (failure), or one passing case."""
    suites = ET.Element("testsuites", name="tracer check")
    total = fails = 0
    for rule, status in result.policies():
        if status is None:
            continue
        mine = [f for f in result.findings if f.rule == rule.id]
        suite = ET.SubElement(suites, "testsuite", name=f"{rule.id} {rule.name}")
        n_fail = 0
        if not mine:
            ET.SubElement(suite, "testcase", classname=f"tracer.check.{rule.name}", name=rule.short)
        for f in mine:
            case = ET.SubElement(suite, "testcase", classname=f"tracer.check.{rule.name}",
                                 name=f.article or rule.short)
            if f.location and f.location.is_file:
                case.set("file", f.location.uri)
                if f.location.line:
                    case.set("line", str(f.location.line))
            if f.baselined:
                ET.SubElement(case, "skipped", message="accepted by the baseline")
            else:
                n_fail += 1
                fail = ET.SubElement(case, "failure", message=f.message, type=rule.id)
                fail.text = _details(f)
        suite.set("tests", str(max(1, len(mine))))
        suite.set("failures", str(n_fail))
        suite.set("errors", "0")
        suite.set("skipped", str(sum(1 for f in mine if f.baselined)))
        total += max(1, len(mine))
        fails += n_fail
    if result.errors:
        suite = ET.SubElement(suites, "testsuite", name="inputs", tests=str(len(result.errors)),
                              failures="0", errors=str(len(result.errors)), skipped="0")
        for e in result.errors:
            case = ET.SubElement(suite, "testcase", classname="tracer.check.inputs", name=e.input)
            ET.SubElement(case, "error", message=e.error, type="input")
    suites.set("tests", str(total + len(result.errors)))
    suites.set("failures", str(fails))
    suites.set("errors", str(len(result.errors)))
    ET.indent(suites)
    return xml_safe('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode"))


def _details(f: Finding) -> str:
    out = [f.message]
    if f.location:
        out.append(f"at {f.location.uri}" + (f":{f.location.line}" if f.location.line else ""))
        if f.location.snippet:
            out.append(f"shared passage: {f.location.snippet}")
    out.extend(f"{r.message} at {r.location.uri}" + (f":{r.location.line}" if r.location.line else "")
               for r in f.related)
    return "\n".join(out)


# -- SARIF 2.1.0 --------------------------------------------------------------------------
def _physical(loc: Location) -> dict[str, Any]:
    phys: dict[str, Any] = {"artifactLocation": {"uri": loc.uri}}
    if loc.is_file and not loc.uri.startswith("file:"):
        phys["artifactLocation"]["uriBaseId"] = "%SRCROOT%"
    if loc.line:
        region: dict[str, Any] = {"startLine": loc.line}
        if loc.snippet:
            region["snippet"] = {"text": loc.snippet}
        phys["region"] = region
    return phys


def sarif_dict(result: CheckResult, version: str = "0") -> dict[str, Any]:
    rule_ids = list(RULES)
    rules = [{"id": r.id, "name": r.name, "shortDescription": {"text": r.short},
              "fullDescription": {"text": r.full}, "helpUri": f"{HELP_URI}#{r.id.lower()}",
              "defaultConfiguration": {"level": "error"},
              "properties": {"tags": ["provenance", "news"]}} for r in RULES.values()]
    results = []
    for f in result.findings:
        res: dict[str, Any] = {
            "ruleId": f.rule, "ruleIndex": rule_ids.index(f.rule), "level": "error",
            "message": {"text": f.message},
            "partialFingerprints": {"tracerFinding/v1": f.fingerprint},
            "baselineState": "unchanged" if f.baselined else "new",
        }
        if f.cluster_key:
            res["partialFingerprints"]["tracerCluster/v1"] = f.cluster_key
        if f.baselined:
            res["suppressions"] = [{"kind": "external", "justification": "accepted by the tracer baseline"}]
        if f.location:
            res["locations"] = [{"physicalLocation": _physical(f.location)}]
        if f.related:
            res["relatedLocations"] = [{"id": k, "physicalLocation": _physical(r.location),
                                        "message": {"text": r.message}} for k, r in enumerate(f.related, 1)]
        props: dict[str, Any] = {}
        if f.article:
            props["article"] = f.article
        if f.cluster:
            props["cluster"] = f.cluster
        if f.value is not None:
            props["value"] = f.value
        if props:
            res["properties"] = props
        results.append(res)
    notes = [{"level": "warning", "message": {"text": f"{e.input}: {e.error}"}} for e in result.errors]
    invocation: dict[str, Any] = {"executionSuccessful": True, "exitCode": result.exit_code}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": "tracer", "version": version, "informationUri": HELP_URI,
                                          "rules": rules}},
                      "originalUriBaseIds": {"%SRCROOT%": {"uri": _cwd_uri()}},
                      "invocations": [invocation], "results": results,
                      "properties": {"stats": result.stats}}]}


def _cwd_uri() -> str:
    from pathlib import Path

    return Path.cwd().resolve().as_uri() + "/"


def format_sarif(result: CheckResult) -> str:
    from tracer import __version__

    return json.dumps(sarif_dict(result, __version__), ensure_ascii=False, indent=2)


# -- GitHub Actions -------------------------------------------------------------------------
def escape_data(s: str) -> str:
    """Escape a workflow command's message (the part after `::`)."""
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """Escape a workflow command property value (file=, title=, …)."""
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, *, file: str | None = None, line: int | None = None,
               title: str | None = None) -> str:
    props = []
    if file:
        props.append(f"file={escape_property(file)}")
    if line:
        props.append(f"line={line}")
    if title:
        props.append(f"title={escape_property(title)}")
    return f"::{level}{' ' + ','.join(props) if props else ''}::{escape_data(message)}"


def format_github(result: CheckResult) -> str:
    lines = []
    for f in result.findings:
        loc = f.location
        file = loc.uri if loc and loc.is_file and not loc.uri.startswith("file:") else None
        lines.append(annotation("notice" if f.baselined else "error", f.message, file=file,
                                line=loc.line if file and loc else None,
                                title=f"{f.rule} {f.name}" + (" (baseline)" if f.baselined else "")))
    for e in result.errors:
        lines.append(annotation("warning", e.error, title=f"unreadable input {e.input}"))
    lines.append(summary_line(result))
    return "\n".join(lines)


def _md(s: str) -> str:
    """Text safe inside a Markdown table cell."""
    return (s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", " ").replace("\n", " ").replace("`", "'"))


def _mermaid_label(s: str) -> str:
    return ("".join(ch if ch.isalnum() or ch in " .-_/()'" else " " for ch in s)).strip()[:60] or "?"


def mermaid(result: CheckResult, cluster_id: str) -> str:
    """The lineage of one copy cluster as a Mermaid flowchart (undisclosed copies in red)."""
    lin = result.lineages[cluster_id]
    nodes = lin.nodes
    hidden = 0
    if len(nodes) > MAX_DIAGRAM_NODES:  # a big cluster: the origin, the undisclosed copies and their sources
        keep = {lin.origin, *lin.undisclosed}
        keep |= {e.from_ for e in lin.edges if e.to in lin.undisclosed}
        nodes = [n for n in nodes if n["id"] in keep][:MAX_DIAGRAM_NODES]
        hidden = len(lin.nodes) - len(nodes)
    ids: dict[str, str] = {}
    out = ["```mermaid", "flowchart LR"]
    for k, node in enumerate(nodes):
        ids[node["id"]] = f"n{k}"
        if node.get("type") == "organization":
            label = node.get("name") or node["id"]
            out.append(f'  n{k}(["{_mermaid_label(label)}"])')
        else:
            label = f"{node.get('publisher') or ''}: {node['id'].rsplit('/', 1)[-1]}"
            out.append(f'  n{k}["{_mermaid_label(label)}"]')
    for e in lin.edges:
        if e.from_ in ids and e.to in ids:
            out.append(f"  {ids[e.from_]} -->|{e.kind}| {ids[e.to]}")
    for u in lin.undisclosed:
        if u in ids:
            out.append(f"  style {ids[u]} stroke:#d00,stroke-width:3px")
    if hidden:
        out.append(f'  more["{hidden} more articles not shown"]')
    out.append("```")
    return "\n".join(out)


def summary_markdown(result: CheckResult, max_diagrams: int = 5) -> str:
    """The job summary: policies, findings, and the lineage diagram of offending clusters."""
    s = result.stats
    out = ["## tracer check: " + ("passed" if result.ok else "failed"), "",
           f"{s['articles']} articles, {s['copy_clusters']} copy clusters (largest {s['largest_cluster']}), "
           f"duplicate ratio {s['duplicate_ratio']:.1%}.", "",
           "| policy | status |", "|---|---|"]
    for r, status in result.policies():
        out.append(f"| {r.id} {r.name} | {'✅ pass' if status else '❌ fail' if status is False else 'off'} |")
    if result.findings:
        out += ["", "| rule | article | file | message |", "|---|---|---|---|"]
        for f in result.findings[:200]:
            loc = f"{f.location.uri}:{f.location.line}" if f.location and f.location.line else (
                f.location.uri if f.location else "")
            out.append(f"| {f.rule}{' (baseline)' if f.baselined else ''} | {_md(f.article or '')} | "
                       f"{_md(loc)} | {_md(f.message)} |")
    shown = [c for c in dict.fromkeys(f.cluster for f in result.failures if f.cluster) if c in result.lineages]
    for cid in shown[:max_diagrams]:
        out += ["", f"### Lineage of cluster {cid}", "", mermaid(result, cid)]
    if result.errors:
        out += ["", "### Unreadable inputs", ""] + [f"- {_md(e.input)}: {_md(e.error)}" for e in result.errors]
    return "\n".join(out) + "\n"


FORMATS = {"text": format_text, "json": format_json, "junit": format_junit, "sarif": format_sarif,
           "github": format_github}


def render(result: CheckResult, fmt: str) -> str:
    out = FORMATS[fmt](result)
    return terminal_safe(out) if fmt in ("text", "github") else out


__all__ = ["FORMATS", "render", "format_text", "format_json", "format_junit", "format_sarif", "format_github",
           "sarif_dict", "summary_markdown", "mermaid", "annotation", "escape_data", "escape_property"]
