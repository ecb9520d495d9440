"""Baselines: accept today's findings, fail only on new ones.

A baseline is a small JSON file of finding fingerprints. Fingerprints are built from
the content of the texts involved, not from paths or cluster numbers, so re-running on
the same corpus (in another order, from another directory) matches the baseline. A
corpus-wide figure (the duplicate ratio) is accepted up to the value recorded: a ratio
that grows again fails.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracer.errors import InputError

if TYPE_CHECKING:
    from tracer.checks.run import CheckResult, Finding

BASELINE_VERSION = 1


def load_baseline(path: str | Path) -> dict[str, Any]:
    """Fingerprint → recorded finding. A missing or unreadable file is a usage error."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read baseline {path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise InputError(f"{path} is not a tracer baseline (no 'findings' list)")
    return {f["fingerprint"]: f for f in data["findings"] if isinstance(f, dict) and "fingerprint" in f}


def apply_baseline(findings: list[Finding], baseline: dict[str, Any]) -> None:
    """Mark findings the baseline accepts (a recorded value is a ceiling)."""
    for f in findings:
        known = baseline.get(f.fingerprint)
        if known is None:
            continue
        ceiling = known.get("value")
        f.baselined = f.value is None or ceiling is None or f.value <= float(ceiling) + 1e-9


def baseline_dict(result: CheckResult) -> dict[str, Any]:
    return {"version": BASELINE_VERSION, "tool": "tracer",
            "findings": [{"fingerprint": f.fingerprint, "rule": f.rule, "article": f.article, "value": f.value,
                          "message": f.message} for f in result.findings]}


def write_baseline(result: CheckResult, path: str | Path) -> None:
    """Record every current finding (baselined or not) as accepted."""
    Path(path).write_text(json.dumps(baseline_dict(result), ensure_ascii=False, indent=2) + "\n", "utf-8")


__all__ = ["load_baseline", "apply_baseline", "write_baseline", "baseline_dict"]
