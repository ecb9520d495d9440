"""Dates are parsed once, at the door, to UTC; every comparison uses the parsed instant.

The corpora here carry RFC 822 dates and ISO 8601 dates with offsets chosen so that
their *string* order is the reverse of their *time* order: compared as text, every
answer below would flip.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import tracer
from tracer.dates import compare, normalize, parse
from tracer.feeds import FeedItem, group_stories
from tracer.model import Article

# (earlier, later) by time; as strings the later one sorts first
REVERSED = [
    ("Sat, 01 Jun 2019 09:00:00 +0000", "Mon, 03 Jun 2019 09:00:00 +0000"),     # weekday names
    ("2019-06-03T09:00:00+02:00", "2019-06-03T08:00:00Z"),                     # offset: 07:00Z < 08:00Z
    ("Mon, 03 Jun 2019 10:00:00 +0300", "Mon, 03 Jun 2019 08:30:00 +0000"),   # 07:00Z < 08:30Z
    ("Tue, 04 Jun 2019 01:00:00 +0500", "2019-06-03T21:00:00-01:00"),          # mixed forms, across midnight
]


@pytest.mark.parametrize(("value", "canonical"), [
    ("Mon, 03 Jun 2019 09:00:00 +0200", "2019-06-03T07:00:00Z"),
    ("Mon, 03 Jun 2019 09:00:00 GMT", "2019-06-03T09:00:00Z"),
    ("Mon, 03 Jun 2019 09:00:00 -0000", "2019-06-03T09:00:00Z"),
    ("2019-06-03T09:00:00+02:00", "2019-06-03T07:00:00Z"),
    ("2019-06-03T09:00:00.123-04:30", "2019-06-03T13:30:00Z"),
    ("2019-06-03T09:00:00Z", "2019-06-03T09:00:00Z"),
    ("2019-06-03 09:00", "2019-06-03T09:00:00Z"),           # naive: UTC, as documented
    ("2019-06-03", "2019-06-03"),                           # a day keeps its precision
    ("20190603", "2019-06-03"),
    ("June 3, 2019", "2019-06-03"),
    ("3 June 2019 10:30", "2019-06-03T10:30:00Z"),
    ("Jun 3, 2019 9:05 AM", "2019-06-03T09:05:00Z"),
    ("03.06.2019", "2019-06-03"),
    ("1559552400", "2019-06-03T09:00:00Z"),                 # epoch seconds
    ("1559552400000", "2019-06-03T09:00:00Z"),              # epoch milliseconds
    (datetime(2019, 6, 3, 9, tzinfo=UTC), "2019-06-03T09:00:00Z"),
])
def test_dates_parse_to_canonical_utc(value, canonical):
    assert normalize(value) == canonical
    assert normalize(canonical) == canonical  # parsing twice changes nothing


@pytest.mark.parametrize("value", ["", "soon", "n/a", "2019-13-45", "2019-06-03T25:00:00Z", "yesterday",
                                   "3 hours ago", "June 2019", "Mon, 99 Jun 2019 09:00:00 +0000", "0000-00-00",
                                   "1066-10-14", True, object()])
def test_unparsable_dates_are_undated(value):
    assert normalize(value) is None
    assert Article(id="x", text="t", date=value).date is None


@pytest.mark.parametrize(("early", "late"), REVERSED)
def test_string_order_reversed_time_order_compares_by_time(early, late):
    assert late < early  # the trap is real: as text the later date sorts first
    assert compare(early, late) == -1 and compare(late, early) == 1
    assert normalize(early) < normalize(late)
    assert parse(early) < parse(late)


def test_a_date_without_a_time_is_compared_by_day():
    assert compare("2019-06-03", "2019-06-03T23:00:00Z") == 0
    assert compare("2019-06-02", "Mon, 03 Jun 2019 00:30:00 +0000") == -1
    assert compare("2019-06-03", "soon") is None and compare(None, "2019-06-03") is None


def test_article_dates_are_parsed_when_set_and_aware():
    art = Article(id="a", text="t", date="Mon, 03 Jun 2019 09:00:00 +0200")
    assert art.date == "2019-06-03T07:00:00Z"
    assert art.published == datetime(2019, 6, 3, 7, tzinfo=UTC) and art.published.tzinfo is not None
    art.date = "2019-06-03T09:00:00-05:00"  # a reader setting it later passes the same door
    assert art.date == "2019-06-03T14:00:00Z"
    art.date = "undated, sorry"
    assert art.date is None and art.published is None


STORY = ("The regional water board announced on Thursday that the northern reservoir had reached its lowest "
         "level in forty years after an unusually dry spring. Engineers said the pumping station at Elmbrook "
         "would run at half capacity until autumn, and farmers in the valley were asked to cut irrigation by a "
         "third. The board's chair, Marta Quillon, said emergency pipes from the southern lakes could be laid "
         "within six weeks if the summer stayed dry. Residents of Ferrow and Lindale will see pressure drop in "
         "the evenings, the board said, and public fountains across the district will be switched off from "
         "Monday. A review of the reservoir's long-term future is due to report before the end of the year.")


def _corpus(tmp_path: Path, early: str, late: str) -> Path:
    # the later copy comes first in the file and as a string sorts first: only time can say who was first
    recs = [{"id": "copy", "text": STORY, "publisher": "Valley Courier", "date": late},
            {"id": "orig", "text": STORY, "publisher": "Associated Press", "date": early}]  # a wire: a declared source
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


@pytest.mark.parametrize(("early", "late"), REVERSED[:2])
def test_lineage_direction_and_check_findings_follow_the_parsed_time(tmp_path: Path, early, late):
    corpus = _corpus(tmp_path, early, late)
    rep = tracer.report([str(corpus)])
    (story,) = rep.stories
    lin = story.lineage
    assert lin.origin == "orig"
    (edge,) = [e for e in lin.edges if {e.from_, e.to} == {"orig", "copy"}]
    assert (edge.from_, edge.to) == ("orig", "copy")
    assert any("orig published earlier" in ev for ev in edge.evidence), edge.evidence
    assert lin.undisclosed == ["copy"]
    res = tracer.check([str(corpus)])
    (finding,) = [f for f in res.findings if f.rule == "TRC002"]
    assert finding.article == "copy" and "copies orig" in finding.message


def test_feeds_list_the_earliest_item_first_by_time_not_by_text():
    early, late = REVERSED[2]
    summary = STORY
    items = [FeedItem(feed="b.xml", id=f"g{k}", link=f"https://{k}.example/x", title="Reservoir at forty-year low",
                      published=tracer.feeds.iso_date(d), outlet=k, summary=summary)
             for k, d in (("Late Outlet", late), ("Early Outlet", early))]
    (story,) = group_stories(items)
    assert story.lead.outlet == "Early Outlet"
    assert story.lead.published == "2019-06-03T07:00:00Z"


def test_feeds_undated_items_come_last_never_compared_as_text():
    dated = FeedItem(feed="a.xml", id="g1", link="https://a.example/x", title="Reservoir at forty-year low",
                     published=tracer.feeds.iso_date("Mon, 03 Jun 2019 09:00:00 +0000"), outlet="Dated", summary=STORY)
    undated = FeedItem(feed="b.xml", id="g2", link="https://b.example/x", title="Reservoir at forty-year low",
                       published=tracer.feeds.iso_date("0 June"), outlet="Undated", summary=STORY)
    assert undated.published is None
    (story,) = group_stories([undated, dated])
    assert story.lead.outlet == "Dated"
