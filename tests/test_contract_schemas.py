"""Every JSON output of the command line validates against its schema in docs/schemas/,
and docs/contract.md lists every schema there is."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from tests.conftest import SAMPLES
from tracer.cli import app

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schemas"
runner = CliRunner()


def schema(name: str) -> Draft202012Validator:
    doc = json.loads((SCHEMAS / f"{name}.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(doc)
    return Draft202012Validator(doc)


def valid(name: str, obj: object) -> None:
    errors = sorted(schema(name).iter_errors(obj), key=lambda e: list(e.path))
    assert not errors, f"{name}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def cli(*args: str) -> str:
    res = runner.invoke(app, list(args))
    assert res.exit_code in (0, 1), res.output
    return res.stdout


def lines(out: str) -> list[dict]:
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def test_contract_lists_every_schema_and_every_schema_is_valid():
    text = (ROOT / "docs" / "contract.md").read_text("utf-8")
    listed = set(re.findall(r"schemas/([a-z-]+)\.schema\.json", text))
    assert listed == {p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.schema.json")}
    for name in listed:
        schema(name)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("c")
    recs = [{"id": "r1", "text": (SAMPLES / "voa-hegseth-original.html").name, "date": "Mon, 03 Jun 2019 09:00 +0200"},
            {"id": "r1", "text": "a repeated id, on purpose"}]
    (d / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs) + "{not json\n", "utf-8")
    return d / "c.jsonl"


def test_credits_lines(corpus):
    out = lines(cli("credits", str(SAMPLES), str(corpus), "--format", "json", "--on-duplicate-id", "first"))
    assert len(out) > 6 and any(o["errors"] for o in out)
    for o in out:
        valid("credits", o)


def test_dedup_lines(corpus):
    out = lines(cli("dedup", str(SAMPLES), str(corpus), "--format", "jsonl", "--translations",
                    "--on-duplicate-id", "suffix"))
    rows = [o for o in out if o.get("cluster") is not None]
    errs = [o for o in out if o.get("cluster") is None]
    assert rows and errs and any(r.get("translations") for r in rows)
    for r in rows:
        valid("dedup", r)
    for e in errs:
        valid("dedup-error", e)


def test_trace_and_report(tmp_path):
    trace = json.loads(cli("trace", str(SAMPLES / "a2cnn-hegseth.html"), "--corpus", str(SAMPLES), "--format", "json"))
    assert trace["matches"] and trace["lineage"]["edges"]
    valid("trace", trace)
    report = json.loads(cli("report", str(SAMPLES), "--format", "json"))
    assert report["stories"]
    valid("report", report)


def test_compare_lines(tmp_path):
    pairs = tmp_path / "p.jsonl"
    a = "The council approved the budget on Tuesday after a long debate about buses and trams."
    pairs.write_text(json.dumps({"id": "p1", "a": a, "b": a}) + "\n"
                     + json.dumps({"id": "p2", "a": a, "b": "Der Rat hat am Dienstag den Haushalt gebilligt.",
                                   "b_lang": "de"}) + "\n", "utf-8")
    out = lines(cli("compare", "--pairs", str(pairs), "--format", "jsonl"))
    assert len(out) == 2
    for o in out:
        valid("compare", o)


def test_check_json():
    out = json.loads(cli("check", str(SAMPLES), "--format", "json"))
    assert out["findings"]
    valid("check", out)


def test_feeds_lines(tmp_path):
    t0 = datetime(2026, 2, 17, 9, tzinfo=UTC)
    text = ("The regional rail operator said on Tuesday that night trains to the coast would run again from May, "
            "after a two-year pause, with new sleeper cars bought from a neighbouring country's operator.")
    for k, name in enumerate(("a", "b")):
        when = format_datetime(t0 + timedelta(hours=k))
        (tmp_path / f"{name}.xml").write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet {name}</title><link>https://{name}.example/'
            f"</link><description>x</description><item><title>Night trains return</title>"
            f"<link>https://{name}.example/trains</link><guid>{name}-1</guid><pubDate>{when}</pubDate>"
            f"<description>{text}</description></item></channel></rss>", "utf-8")
    out = lines(cli("feeds", str(tmp_path / "a.xml"), str(tmp_path / "b.xml"), "--format", "jsonl"))
    assert out and len(out[0]["items"]) == 2
    for o in out:
        valid("feeds", o)


def test_db_info_and_export(tmp_path):
    db = str(tmp_path / "s.db")
    cli("dedup", str(SAMPLES), "--db", db)
    cli("trace", str(SAMPLES / "a2cnn-hegseth.html"), "--db", db, "--format", "json")
    valid("db-info", json.loads(cli("db", "info", "--db", db, "--format", "json")))
    out = lines(cli("db", "export", "--db", db))
    assert {o["type"] for o in out} == {"article", "credit", "edge"}
    for o in out:
        valid("db-export", o)
