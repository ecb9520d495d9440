"""Publication dates, parsed once where an article enters tracer, to UTC.

Feeds carry RFC 822 dates ("Mon, 03 Jun 2019 09:00:00 +0200"), pages and corpora ISO
8601 with or without an offset, or a page's own wording ("June 3, 2019"). Compared as
text they order wrongly ("Mon, 03 Jun" < "Sat, 01 Jun"), and an offset shifts the
instant. So every date is turned into one canonical text whose string order is time
order, when it is set on an `Article` (`Article.date`):

* a date with a time → `YYYY-MM-DDTHH:MM:SSZ`, in UTC. A time without an offset
  ("2019-06-03 09:00", RFC 822 "-0000") is taken as UTC: tracer cannot know the
  publisher's zone, and UTC keeps runs reproducible on any machine.
* a date without a time → `YYYY-MM-DD`: its precision is kept, so it is compared with
  another date by day only (`compare`), never as midnight.
* anything unparsable, and years outside 1900–2100, → `None` ("undated"): an undated
  article gets no direction or ordering vote from its date, never a text comparison.

Parsing is deterministic: no "yesterday" or "3 hours ago" (relative to the clock) and
no missing part filled in from today.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

CANONICAL = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?\Z")
_DATE_ONLY = re.compile(r"\s*(\d{4})-?(\d{2})-?(\d{2})\s*\Z")
_EPOCH = re.compile(r"\s*\d{9,10}(\.\d+)?\s*\Z|\s*\d{12,13}\s*\Z")
_PAGE_FORMATS = (  # what pages print when they do not use ISO 8601; day-first or month-name only (no 03/06)
    "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y",
    "%B %d, %Y %I:%M %p", "%b %d, %Y %I:%M %p", "%B %d, %Y %H:%M", "%d %B %Y %H:%M", "%d %b %Y %H:%M",
    "%Y/%m/%d", "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%d.%m.%Y", "%d.%m.%Y %H:%M", "%d.%m.%Y, %H:%M",
)
MIN_YEAR, MAX_YEAR = 1900, 2100


def normalize(value: object) -> str | None:
    """The canonical UTC text of a date (see the module docstring), or None when undated."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _fmt(value)
    if isinstance(value, date):
        return value.isoformat() if MIN_YEAR <= value.year <= MAX_YEAR else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _epoch(float(value))
    if not isinstance(value, str):
        return None
    return _normalize_text(value)


@lru_cache(maxsize=65536)  # a corpus repeats its dates (one per day, per feed refresh)
def _normalize_text(value: str) -> str | None:
    if CANONICAL.match(value):  # already canonical (the store, a second assignment): check only
        try:
            day = date.fromisoformat(value[:10])
            if len(value) > 10:
                datetime.fromisoformat(value[:19])
        except ValueError:
            return None
        return value if MIN_YEAR <= day.year <= MAX_YEAR else None
    return _parse_text(value.strip()[:200])


def parse(value: object) -> datetime | None:
    """An aware UTC datetime (a date-only value at 00:00 UTC), or None when undated."""
    canon = normalize(value)
    if canon is None:
        return None
    if len(canon) == 10:
        return datetime.fromisoformat(canon).replace(tzinfo=UTC)
    return datetime.fromisoformat(canon.replace("Z", "+00:00"))


def compare(a: str | None, b: str | None) -> int | None:
    """-1, 0 or 1 as `a` is earlier, the same or later than `b` (canonical texts); None
    when either is undated. A date without a time is compared by day only."""
    a, b = normalize(a), normalize(b)
    if a is None or b is None:
        return None
    if len(a) == 10 or len(b) == 10:
        a, b = a[:10], b[:10]
    return (a > b) - (a < b)


def _fmt(dt: datetime) -> str | None:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # naive = UTC, as documented
    try:
        dt = dt.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if not MIN_YEAR <= dt.year <= MAX_YEAR:
        return None
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def _epoch(x: float) -> str | None:
    if x > 1e11:  # milliseconds
        x /= 1000
    try:
        return _fmt(datetime.fromtimestamp(x, UTC))
    except (OverflowError, OSError, ValueError):
        return None


def _parse_text(s: str) -> str | None:
    if not s:
        return None
    if m := _DATE_ONLY.match(s):
        try:
            return normalize(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
    if _EPOCH.match(s):
        return _epoch(float(s))
    try:  # ISO 8601: offsets, Z, fractions, a space for the T
        return _fmt(datetime.fromisoformat(s.replace("z", "Z")))
    except ValueError:
        pass
    if "," in s[:5] or re.match(r"\d{1,2} [A-Za-z]{3} \d{2,4} \d", s):  # RFC 822 / 2822
        try:
            return _fmt(parsedate_to_datetime(s))
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    for fmt in _PAGE_FORMATS:
        try:
            dt = datetime.strptime(s, fmt)
        except ValueError:
            continue
        return normalize(dt.date()) if "%H" not in fmt and "%I" not in fmt else _fmt(dt)
    return _dateparser(s)


def _dateparser(s: str) -> str | None:
    """Other wordings and languages ("13 shkurt 2025", "3. Juni 2019 09:00 MESZ"):
    dateparser, absolute dates only, all of day, month and year required."""
    if not re.search(r"\d{4}", s) or len(s) > 80:
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - a dependency of tracer
        return None
    try:
        dt = dateparser.parse(s, settings={"TIMEZONE": "UTC", "TO_TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True,
                                           "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
                                           "PREFER_DAY_OF_MONTH": "first"})
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if dt is None:
        return None
    has_time = bool(re.search(r"\d{1,2}[:h.]\d{2}(?!\d)", s.replace(str(dt.year), "")))
    return _fmt(dt) if has_time else normalize(dt.date())


__all__ = ["CANONICAL", "compare", "normalize", "parse"]
