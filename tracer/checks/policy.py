"""The policies a corpus gate enforces, and where they are configured.

A team writes its policies once, in `[tool.tracer.check]` of `pyproject.toml` or in a
`tracer.toml` (top-level `[check]` or `[tool.tracer.check]`), and CLI options override
single values. Unknown keys are an error (exit 2), not silently ignored: a typo in a CI
gate must not switch a policy off.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from tracer.credits.gazetteer import default_gazetteer, fold
from tracer.errors import InputError

CONFIG_FILES = ("tracer.toml", "pyproject.toml")


@dataclass(frozen=True)
class Policy:
    """What a corpus must satisfy. `None` / `False` switches a policy off.

    * `max_duplicate_ratio`: share of articles that are redundant copies
      (articles in copy clusters minus one per cluster, over all articles).
    * `no_undisclosed`: no copy is flagged `undisclosed` by `tracer.disclosure` (a verified
      copy of a declared source that credits no source at all).
    * `max_cluster_size`: no story appears in more than this many articles.
    * `require_wire_credit`: an article with a wire dateline ("PARIS (AFP) —") also
      credits that agency outside the dateline (byline, footer, metadata).
    * allow-lists: article ids (glob patterns), publishers and agencies whose
      findings are accepted. An allowed agency's stories may be copied and
      clustered freely, and its datelines need no other credit.
    """

    max_duplicate_ratio: float | None = None
    no_undisclosed: bool = True
    max_cluster_size: int | None = None
    require_wire_credit: bool = False
    allow_ids: tuple[str, ...] = ()
    allow_publishers: tuple[str, ...] = ()
    allow_agencies: tuple[str, ...] = ()
    threshold: float | None = None

    def merged(self, **overrides: Any) -> Policy:
        """A copy with every non-None override applied (CLI options over config)."""
        return replace(self, **{k: _coerce(k, v) for k, v in overrides.items() if v is not None})

    def to_dict(self) -> dict[str, Any]:
        return {f.name: (list(v) if isinstance(v := getattr(self, f.name), tuple) else v) for f in fields(self)}

    # -- allow-lists ---------------------------------------------------------------
    def allows_id(self, article_id: str) -> bool:
        return any(fnmatchcase(article_id, pat) for pat in self.allow_ids)

    def allows_publisher(self, publisher: str | None) -> bool:
        return bool(publisher) and _matches_org(publisher, self.allow_publishers)

    def allows_agency(self, name: str | None) -> bool:
        return bool(name) and _matches_org(name, self.allow_agencies)


def org_names(name: str) -> set[str]:
    """Every folded name an organisation goes by (gazetteer aliases when known)."""
    keys = {fold(name)}
    org = default_gazetteer().lookup(name)
    if org is not None:
        keys.update(fold(a) for a in (org.name, org.short, *org.aliases))
    return keys


def _matches_org(name: str, allowed: tuple[str, ...]) -> bool:
    mine = org_names(name)
    return any(mine & org_names(a) for a in allowed)


_FIELDS = {f.name: f for f in fields(Policy)}


def _coerce(key: str, value: Any) -> Any:
    """Check and convert one configured value; a wrong type is a usage error."""
    if key not in _FIELDS:
        raise InputError(f"unknown check policy '{key}'; known: {', '.join(sorted(_FIELDS))}")
    if key.startswith("allow_"):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise InputError(f"policy '{key}' must be a list of strings")
        return tuple(value)
    if key in ("no_undisclosed", "require_wire_credit"):
        if not isinstance(value, bool):
            raise InputError(f"policy '{key}' must be true or false")
        return value
    if key == "max_cluster_size":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InputError(f"policy '{key}' must be a positive integer")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= float(value) <= 1.0:
        raise InputError(f"policy '{key}' must be a number between 0 and 1")
    return float(value)


def policy_from_mapping(table: dict[str, Any], where: str = "config") -> Policy:
    """A Policy from a TOML table; keys may use dashes or underscores."""
    values = {}
    for k, v in table.items():
        key = k.replace("-", "_")
        try:
            values[key] = _coerce(key, v)
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None
    return Policy(**values)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest `tracer.toml`, or `pyproject.toml` with a `[tool.tracer.check]` table."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        for name in CONFIG_FILES:
            p = d / name
            if p.is_file() and (name == "tracer.toml" or _check_table(p) is not None):
                return p
    return None


def _check_table(path: Path, explicit: bool = False) -> dict[str, Any] | None:
    """The policy table of a config file. `tracer.toml`, and any file named by `--config`
    other than a `pyproject.toml`, may hold it as a top-level `[check]`."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    table = data.get("tool", {}).get("tracer", {}).get("check")
    if table is None and (path.name == "tracer.toml" or (explicit and path.name != "pyproject.toml")):
        table = data.get("check")
        if table is None and path.name == "tracer.toml":
            table = {}
    if table is not None and not isinstance(table, dict):
        raise InputError(f"{path}: [tool.tracer.check] must be a table")
    return table


def load_policy(config: str | Path | None = None, start: Path | None = None) -> tuple[Policy, Path | None]:
    """The configured policy and the file it came from (defaults when none is found)."""
    path = Path(config) if config else find_config(start)
    if path is None:
        return Policy(), None
    if not path.is_file():
        raise InputError(f"config file {path} not found")
    table = _check_table(path, explicit=config is not None)
    if table is None and config is not None and tomllib.loads(path.read_text("utf-8")):
        raise InputError(f"{path} has no [check] or [tool.tracer.check] table of policies")
    return policy_from_mapping(table or {}, str(path)), path


__all__ = ["Policy", "load_policy", "find_config", "policy_from_mapping"]
