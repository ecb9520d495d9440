"""CI policies for a corpus (`tracer check`) and their output formats.

`check()` runs the gate and returns a `CheckResult`; `render()` turns it into text,
json, junit, sarif or github output; `load_policy()` reads `[tool.tracer.check]`.
"""

from tracer.checks.baseline import apply_baseline, load_baseline, write_baseline
from tracer.checks.formats import FORMATS, render, sarif_dict, summary_markdown
from tracer.checks.policy import Policy, find_config, load_policy
from tracer.checks.run import RULES, CheckResult, Finding, check

__all__ = ["FORMATS", "RULES", "CheckResult", "Finding", "Policy", "apply_baseline", "check", "find_config",
           "load_baseline", "load_policy", "render", "sarif_dict", "summary_markdown", "write_baseline"]
