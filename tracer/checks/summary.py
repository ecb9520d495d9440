"""What a person reads at the end of `tracer check`: counts per rule and one summary line.

A gate over a big corpus can print a thousand findings; like ruff's `--statistics`,
the counts per rule say what kind of problem dominates, and one closing line (on
stdout after the text formats, on stderr after the machine ones, so JSON, JUnit and
SARIF stay parseable) says whether the gate passed and why, whatever the format.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from tracer.checks.run import RULES, CheckResult


def display_path(uri: str) -> str:
    """A location for people: paths under the working directory are already relative;
    a `file://` URI (a path outside it) becomes the plain local path."""
    if uri.startswith("file:"):
        return unquote(urlsplit(uri).path) or uri
    return uri


def rule_counts(result: CheckResult) -> list[dict[str, Any]]:
    """Per rule with findings: failing and baselined counts, most failing first."""
    out = []
    for rule in RULES.values():
        mine = [f for f in result.findings if f.rule == rule.id]
        if mine:
            base = sum(1 for f in mine if f.baselined)
            out.append({"rule": rule.id, "name": rule.name, "count": len(mine) - base, "baselined": base})
    return sorted(out, key=lambda r: (-r["count"], -r["baselined"], r["rule"]))


def statistics_text(result: CheckResult) -> str:
    """ruff-style: one line per rule (count, code, name), then the total."""
    rows = rule_counts(result)
    width = max([len(str(r["count"])) for r in rows] + [1])
    lines = [f"{r['count']:>{width}}\t{r['rule']}\t{r['name']}"
             + (f"\t(+{r['baselined']} accepted by the baseline)" if r["baselined"] else "") for r in rows]
    lines.append(f"Found {len(result.failures)} finding(s).")
    return "\n".join(lines)


def summary_line(result: CheckResult) -> str:
    """One line: passed/failed, findings per rule, the corpus, unreadable inputs."""
    s = result.stats
    counts = [r for r in rule_counts(result) if r["count"]]
    per_rule = " (" + ", ".join(f"{r['rule']} {r['count']}" for r in counts) + ")" if counts else ""
    parts = [f"{len(result.failures)} finding(s){per_rule}",
             f"{s.get('articles', 0)} articles, {s.get('copy_clusters', 0)} copy clusters"]
    if s.get("baselined"):
        parts.append(f"{s['baselined']} accepted by the baseline")
    if result.errors:
        parts.append(f"{len(result.errors)} unreadable input(s)")
    return f"check {'passed' if result.ok else 'failed'}: " + "; ".join(parts)


__all__ = ["display_path", "rule_counts", "statistics_text", "summary_line"]
