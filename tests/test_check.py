"""`tracer check`: each policy passes and fails on corpora written here; config, baseline, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import OTHER, WIRE, page
from typer.testing import CliRunner

from tracer.checks import Policy, check, load_policy
from tracer.cli import app

runner = CliRunner()


def lined(html: str) -> str:
    """The page with one paragraph per line, so findings have meaningful line numbers."""
    return html.replace("<p", "\n<p").replace("</article>", "\n</article>")


def write_corpus(d: Path, *, credited_copy: bool = False, extra: dict[str, str] | None = None) -> Path:
    """An AP story, a credited trimmed copy, an edited copy (credited or not) and an unrelated story."""
    d.mkdir(parents=True, exist_ok=True)
    (d / "wire.html").write_text(lined(page("Council approves budget", ["CITYVILLE (AP) — " + WIRE[0], *WIRE[1:]],
                                            site="AP News")), "utf-8")
    (d / "trimmed.html").write_text(lined(page("Budget approved", WIRE[:4], site="Daily Bugle",
                                               footer="Copyright 2025 The Associated Press. All rights reserved.")),
                                    "utf-8")
    edited = [w.replace("Tuesday", "Tuesday evening").replace("argued", "said") for w in WIRE[:5]]
    footer = "The Associated Press contributed to this report." if credited_copy else None
    (d / "edited.html").write_text(lined(page("Transit gets a boost", edited, site="Metro Herald",
                                              byline="By Sam Writer", footer=footer)), "utf-8")
    (d / "comet.html").write_text(lined(page("Comet visible this weekend", OTHER, site="Sky Daily")), "utf-8")
    for name, text in (extra or {}).items():
        (d / name).write_text(text, "utf-8")
    return d


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, ["check", *args], env=env)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # relative paths in reports, and no stray config file
    return write_corpus(tmp_path / "corpus")


# -- no undisclosed copies ---------------------------------------------------------------------
def test_uncredited_copy_fails_the_gate_and_names_its_source(corpus: Path) -> None:
    res = check([str(corpus)], Policy())
    assert res.exit_code == 1
    [f] = [f for f in res.findings if f.rule == "TRC002"]
    assert f.article.endswith("edited.html")
    assert f.related and f.related[0].article.endswith("wire.html")


def test_copy_that_credits_the_agency_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    d = write_corpus(tmp_path / "c", credited_copy=True)
    res = check([str(d)], Policy())
    assert [f.rule for f in res.findings] == []
    assert res.exit_code == 0


def test_cli_exit_codes_follow_the_contract(corpus: Path, tmp_path: Path) -> None:
    assert run(str(corpus)).exit_code == 1
    assert run(str(corpus), "--allow-undisclosed").exit_code == 0
    assert run(str(tmp_path / "missing.html")).exit_code == 2
    assert run(str(corpus), "--format", "yaml").exit_code == 2


# -- allow-lists ---------------------------------------------------------------------------
@pytest.mark.parametrize("option", [["--allow-publisher", "Metro Herald"], ["--allow-id", "*edited*"],
                                    ["--allow-agency", "Associated Press"]])
def test_allow_lists_accept_the_uncredited_copy(corpus: Path, option: list[str]) -> None:
    result = run(str(corpus), *option)
    assert result.exit_code == 0, result.output


def test_allow_list_for_another_agency_does_not_accept_it(corpus: Path) -> None:
    assert run(str(corpus), "--allow-agency", "Reuters").exit_code == 1


# -- duplicate ratio and cluster size -------------------------------------------------------
def test_duplicate_ratio_passes_under_the_limit_and_fails_over_it(corpus: Path) -> None:
    # 4 articles, one story in 3 of them: 2 redundant copies = 50 %
    ok = check([str(corpus)], Policy(no_undisclosed=False, max_duplicate_ratio=0.5))
    bad = check([str(corpus)], Policy(no_undisclosed=False, max_duplicate_ratio=0.3))
    assert ok.stats["duplicate_ratio"] == pytest.approx(0.5)
    assert ok.exit_code == 0
    assert bad.exit_code == 1 and [f.rule for f in bad.findings] == ["TRC001"]


def test_cluster_size_passes_at_the_limit_and_fails_over_it(corpus: Path) -> None:
    assert run(str(corpus), "--allow-undisclosed", "--max-cluster-size", "3").exit_code == 0
    result = run(str(corpus), "--allow-undisclosed", "--max-cluster-size", "2", "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    [f] = report["findings"]
    assert f["rule"] == "TRC003" and len(f["related"]) == 2


def test_allowed_agency_stories_may_be_clustered(corpus: Path) -> None:
    assert run(str(corpus), "--allow-undisclosed", "--max-cluster-size", "2", "--allow-agency", "AP").exit_code == 0


# -- wire datelines ---------------------------------------------------------------------------
def test_wire_dateline_without_credit_fails_and_with_credit_passes(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    body = "PARIS (AFP) — " + "\n".join(OTHER)
    (tmp_path / "bare.txt").write_text(body, "utf-8")
    (tmp_path / "credited.txt").write_text(body + "\nCopyright 2025 Agence France-Presse. All rights reserved.",
                                           "utf-8")
    bare = check([str(tmp_path / "bare.txt")], Policy(require_wire_credit=True))
    credited = check([str(tmp_path / "credited.txt")], Policy(require_wire_credit=True))
    assert [f.rule for f in bare.findings] == ["TRC004"]
    assert bare.findings[0].location.line == 1
    assert credited.findings == []
    assert check([str(tmp_path / "bare.txt")], Policy(require_wire_credit=False)).ok


# -- configuration ------------------------------------------------------------------------
def test_policies_are_read_from_pyproject(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.tracer.check]\n'
                                             'no-undisclosed = false\nmax-cluster-size = 2\n', "utf-8")
    policy, path = load_policy()
    assert path == tmp_path / "pyproject.toml" and policy.max_cluster_size == 2
    assert run(str(corpus)).exit_code == 1
    assert run(str(corpus), "--max-cluster-size", "5").exit_code == 0  # options override the file


def test_tracer_toml_and_unknown_keys(corpus: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "tracer.toml"
    cfg.write_text("[check]\nallow_publishers = ['Metro Herald']\n", "utf-8")
    assert run(str(corpus)).exit_code == 0
    cfg.write_text("[check]\nmax_dupes = 0.1\n", "utf-8")
    result = run(str(corpus))
    assert result.exit_code == 2 and "max_dupes" in result.output


# -- baseline ---------------------------------------------------------------------------------
def test_baseline_accepts_todays_findings_and_fails_on_new_ones(corpus: Path, tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    assert run(str(corpus), "--write-baseline", str(base)).exit_code == 0
    assert run(str(corpus), "--baseline", str(base)).exit_code == 0
    # A second uncredited copy of the wire story arrives.
    more = [w.replace("council", "city council").replace("Mayor", "The mayor") for w in WIRE[1:6]]
    (corpus / "new-copy.html").write_text(lined(page("Spending up", more, site="Valley Times")), "utf-8")
    result = run(str(corpus), "--baseline", str(base), "--format", "json")
    assert result.exit_code == 1
    failing = [f for f in json.loads(result.stdout)["findings"] if not f["baselined"]]
    assert [f["article"].rsplit("/", 1)[-1] for f in failing] == ["new-copy.html"]


def test_baseline_survives_renamed_files(corpus: Path, tmp_path: Path) -> None:
    base = tmp_path / "b.json"
    run(str(corpus), "--write-baseline", str(base))
    (corpus / "edited.html").rename(corpus / "zz-renamed.html")
    assert run(str(corpus), "--baseline", str(base)).exit_code == 0


def test_unreadable_baseline_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", "utf-8")
    assert run(str(corpus), "--baseline", str(tmp_path / "bad.json")).exit_code == 2


def test_a_publisher_rerunning_its_own_text_is_not_an_undisclosed_copy(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    d = tmp_path / "c"
    d.mkdir()
    (d / "first.html").write_text(lined(page("Comet tonight", OTHER, site="Sky Daily")), "utf-8")
    (d / "update.html").write_text(lined(page("Comet tonight (updated)", OTHER[:3], site="Sky Daily")), "utf-8")
    (d / "other.html").write_text(lined(page("Comet!", OTHER[1:], site="Night Owl")), "utf-8")
    # a partner that credits Sky Daily: the text's source is declared, so an uncredited copy is an accusation
    (d / "partner.html").write_text(lined(page("Comet tonight", OTHER[:3], site="Star Gazette",
                                               footer="Source: Sky Daily")), "utf-8")
    res = check([str(d)], Policy())
    assert [f.article.rsplit("/", 1)[-1] for f in res.findings] == ["other.html"]


def test_an_unreadable_input_is_reported_and_the_rest_is_checked(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "broken.csv").write_text("id,title\n1,no text column\n", "utf-8")
    result = run(str(corpus), str(tmp_path / "broken.csv"), "--allow-undisclosed", "--format", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["stats"]["articles"] == 4
    assert len(report["errors"]) == 1 and "broken.csv" in report["errors"][0]["input"]
