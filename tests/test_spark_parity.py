"""The Spark engine gives the local engine's clusters, bit for bit (issue 9).

Runs Spark in `local[2]` on 127.0.0.1 with the UI off and few shuffle partitions; the
corpora are written by `tracer.scale.synthetic` in tmp dirs. Skipped only when PySpark
or Java is missing (scripts/setup.sh installs PySpark, so CI runs it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import tracer
from tracer.scale.spark import ROW_FIELDS, SparkUnavailableError, require_spark
from tracer.scale.synthetic import synthetic_records, write_jsonl
from tracer.sources import ReadOptions
from tracer.sources.ids import DuplicateIdError

pytestmark = pytest.mark.spark

HAVE_SPARK = True
try:
    import pyspark  # noqa: F401
except ImportError:
    HAVE_SPARK = False
HAVE_JAVA = bool(shutil.which("java") or os.environ.get("JAVA_HOME"))
# CI installs the spark extra (scripts/setup.sh): there a missing PySpark must fail, not skip
SKIP = not (HAVE_SPARK and HAVE_JAVA) and not os.environ.get("CI")
needs_spark = pytest.mark.skipif(SKIP, reason="needs pyspark and java")

CONF = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "4", "spark.default.parallelism": "4",
        "spark.driver.host": "127.0.0.1", "spark.executorEnv.PYTHONHASHSEED": "4242"}


@pytest.fixture(scope="module")
def spark():
    if SKIP:
        pytest.skip("needs pyspark and java")
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    from tracer.scale import spark_session

    s = spark_session("local[2]", CONF, app_name="tracer-tests")
    yield s
    s.stop()


# the synthetic corpora repeat one id on purpose: both engines keep its first occurrence
FIRST = ReadOptions(on_duplicate_id="first")


def _dedup_spark(spark, inputs, options=FIRST, **kw):
    from tracer.scale import dedup_spark

    return dedup_spark([str(i) for i in inputs], options, spark=spark, **kw)


@needs_spark
def test_spark_clusters_are_identical_to_local_on_a_corpus_with_copies(spark, tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    write_jsonl(corpus, 3000, seed=11, big_bucket=230)
    local = tracer.dedup([str(corpus)], FIRST)
    res = _dedup_spark(spark, [corpus])
    assert res.rows() == local.rows()  # input order, a repeated id once, as locally
    assert any("duplicate id" in e.error for e in res.errors)
    assert [e.to_dict() for e in res.errors] == [e.to_dict() for e in local.errors]
    # not vacuous: many real copy clusters, and a bucket past the star limit (230 equal notices)
    sizes = sorted((c for c in {r["cluster"]: r["size"] for r in res.rows()}.values()), reverse=True)
    assert sizes[0] >= 230 and sum(1 for s in sizes if s > 1) > 300
    assert res.stats["candidates"] == local.stats["candidates"]
    assert res.stats["verified"] == local.stats["verified"]


@needs_spark
def test_spark_with_threshold_matches_local_threshold(spark, tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 200, seed=3, bad=False)
    local = tracer.dedup([str(corpus)], FIRST, threshold=0.8)
    res = _dedup_spark(spark, [corpus], threshold=0.8)
    assert res.rows() == local.rows()
    assert any(r["size"] > 1 for r in res.rows())


@needs_spark
def test_spark_reads_csv_html_dirs_and_parquet_like_the_local_engine(spark, tmp_path: Path, corpus_dir: Path):
    recs = [r for r in synthetic_records(200, seed=5, bad=False) if isinstance(r, dict)]
    csv_path = tmp_path / "c.csv"
    import csv

    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "text", "publisher", "date", "story"])
        w.writeheader()
        w.writerows(recs)
    inputs = [csv_path, corpus_dir]
    local = tracer.dedup([str(i) for i in inputs])
    res = _dedup_spark(spark, inputs)
    assert res.rows() == local.rows()
    assert any(r["size"] > 1 and r["id"].endswith(".html") for r in res.rows())
    # Parquet (which only the Spark engine reads) gives the clusters of the same records as JSONL
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    pq = tmp_path / "c.parquet"
    spark.createDataFrame(recs).coalesce(1).write.parquet(str(pq))
    pq_file = next(pq.glob("*.parquet"))
    from_pq = _dedup_spark(spark, [pq_file]).rows()
    assert from_pq == tracer.dedup([str(jsonl)]).rows()


@needs_spark
def test_spark_writes_parquet_and_jsonl_with_the_contract_fields_in_input_order(spark, tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 150, seed=9)
    out = tmp_path / "out"
    res = _dedup_spark(spark, [corpus], out=str(out), collect=True)
    lines = [json.loads(ln) for p in sorted((out / "jsonl").glob("part-*")) for ln in p.read_text().splitlines()]
    assert [tuple(d) for d in lines] == [ROW_FIELDS] * len(lines)
    assert lines == res.rows()
    back = spark.read.parquet(str(out / "parquet")).collect()
    assert [r.asDict() for r in back] == res.rows()
    errs = [json.loads(ln) for ln in (out / "errors.jsonl").read_text().splitlines()]
    assert errs and all(e["cluster"] is None and e["errors"] for e in errs)


@needs_spark
def test_unreadable_inputs_are_per_item_errors_and_the_run_goes_on(spark, tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 50, seed=2, bad=False)
    res = _dedup_spark(spark, [tmp_path / "missing.jsonl", "https://example.org/x", corpus, tmp_path / "x.bin"])
    assert len(res.rows()) > 40
    assert [e.input for e in res.errors[:2]] == [str(tmp_path / "missing.jsonl"), "https://example.org/x"]


def test_signatures_and_band_keys_do_not_depend_on_pythons_hash_seed(tmp_path: Path):
    recs = [r for r in synthetic_records(40, seed=4, bad=False) if isinstance(r, dict)]
    (tmp_path / "texts.json").write_text(json.dumps([r["text"] for r in recs]), encoding="utf-8")
    code = ("import json,sys,numpy as np\n"
            "from tracer.fingerprint import fingerprint, MinHasher, DEFAULT_PARAMS\n"
            "from tracer.index import band_keys\n"
            "t=json.load(open(sys.argv[1]))\n"
            "s=np.stack([fingerprint(x, None, MinHasher(DEFAULT_PARAMS)).signature for x in t])\n"
            "print(s.tobytes().hex()[:4000], band_keys(s, DEFAULT_PARAMS).tobytes().hex())\n")
    outs = set()
    for seed in ("1", "2", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        p = subprocess.run([sys.executable, "-c", code, str(tmp_path / "texts.json")], env=env,
                           capture_output=True, text=True, check=True)
        outs.add(p.stdout)
    assert len(outs) == 1


def test_missing_pyspark_is_one_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(SparkUnavailableError, match=r"pip install 'tracer-news\[spark\]'"):
        require_spark()


@pytest.mark.skipif(not HAVE_SPARK, reason="needs pyspark")
def test_missing_java_is_one_clear_error(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SparkUnavailableError, match="Java 17"):
        require_spark()


@needs_spark
def test_cli_engine_spark_prints_the_local_engines_jsonl(spark, tmp_path: Path):
    from typer.testing import CliRunner

    from tracer.cli import app

    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 120, seed=13)
    runner = CliRunner()
    local = runner.invoke(app, ["dedup", str(corpus), "--format", "jsonl", "--on-duplicate-id", "first"])
    conf = [x for k, v in CONF.items() for x in ("--conf", f"{k}={v}")]
    sp = runner.invoke(app, ["dedup", str(corpus), "--format", "jsonl", "--engine", "spark", "--master", "local[2]",
                             "--on-duplicate-id", "first", *conf])
    assert sp.exit_code == 0, sp.output
    assert sp.stdout == local.stdout
    out = tmp_path / "out"
    wrote = runner.invoke(app, ["dedup", str(corpus), "--engine", "spark", "--out", str(out), "--on-duplicate-id",
                                "first", *conf])
    assert wrote.exit_code == 0, wrote.output
    assert sorted(p.name for p in out.iterdir()) == ["errors.jsonl", "jsonl", "parquet"]


def test_cli_engine_spark_without_pyspark_fails_with_one_line(monkeypatch, tmp_path: Path):
    from typer.testing import CliRunner

    from tracer.cli import app

    monkeypatch.setitem(sys.modules, "pyspark", None)
    (tmp_path / "a.txt").write_text("some text", encoding="utf-8")
    res = CliRunner().invoke(app, ["dedup", str(tmp_path / "a.txt"), "--engine", "spark"])
    assert res.exit_code == 2
    assert "tracer-news[spark]" in res.output and "Traceback" not in res.output


def test_cli_rejects_a_conf_without_equals_sign():
    from typer.testing import CliRunner

    from tracer.cli import app

    res = CliRunner().invoke(app, ["dedup", "x.jsonl", "--engine", "spark", "--conf", "spark.ui.enabled"])
    assert res.exit_code == 2


@needs_spark
def test_spark_workers_run_tracers_python_when_python3_on_path_is_another(tmp_path: Path):
    """A fresh machine: the `python3` on PATH is not the interpreter tracer runs in (here
    one that cannot even start). A local master still runs its workers on tracer's Python."""
    fake = tmp_path / "bin"
    fake.mkdir()
    for name in ("python3", "python"):
        (fake / name).write_text("#!/bin/sh\necho 'not the python tracer runs in' >&2\nexit 3\n")
        (fake / name).chmod(0o755)
    java = shutil.which("java")
    path = os.pathsep.join([str(fake), *([os.path.dirname(java)] if java else []), "/usr/bin", "/bin"])
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYSPARK_")}
    env.update(PATH=path, SPARK_LOCAL_IP="127.0.0.1")
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 60, seed=21, bad=False)
    conf = [x for k, v in CONF.items() for x in ("--conf", f"{k}={v}")]
    p = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(corpus), "--format", "jsonl", "--engine", "spark",
                        "--master", "local[1]", *conf], env=env, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr[-3000:]
    assert p.stdout == subprocess.run([sys.executable, "-m", "tracer", "dedup", str(corpus), "--format", "jsonl"],
                                      capture_output=True, text=True, check=True).stdout


def test_a_local_master_names_the_running_interpreter_for_spark_python(monkeypatch):
    from tracer.scale.spark import is_local_master, local_python_conf

    monkeypatch.delenv("PYSPARK_PYTHON", raising=False)
    monkeypatch.delenv("PYSPARK_DRIVER_PYTHON", raising=False)
    conf = local_python_conf()
    assert conf["spark.pyspark.python"] == conf["spark.pyspark.driver.python"] == sys.executable
    assert os.environ["PYSPARK_PYTHON"] == sys.executable  # what PySpark's context reads for its workers
    assert all(is_local_master(m) for m in ("local", "local[2]", "local[*]", "local-cluster[2,1,1024]"))
    assert not any(is_local_master(m) for m in ("yarn", "spark://h:7077", "k8s://https://h"))
    monkeypatch.setenv("PYSPARK_PYTHON", "/opt/py/bin/python")  # a user's explicit choice is kept
    assert local_python_conf()["spark.pyspark.python"] == "/opt/py/bin/python"


@needs_spark
@pytest.mark.parametrize("rule", ["first", "last", "suffix"])
def test_repeated_ids_follow_the_same_rule_as_the_local_engine(spark, tmp_path: Path, rule):
    recs = [r for r in synthetic_records(120, seed=17, bad=False) if isinstance(r, dict)]
    recs += [{**recs[4], "text": recs[4]["text"] + "\nA correction was appended."}, {**recs[9], "id": 9},
             {**recs[4], "text": recs[30]["text"]}]
    recs[9]["id"] = "9"  # the number 9 and the text "9" are one id
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    opts = ReadOptions(on_duplicate_id=rule)
    local = tracer.dedup([str(corpus)], opts)
    res = _dedup_spark(spark, [corpus], opts)
    assert res.rows() == local.rows()
    assert [e.to_dict() for e in res.errors] == [e.to_dict() for e in local.errors]
    assert sum("duplicate id" in e.error for e in res.errors) == 3


@needs_spark
def test_repeated_ids_are_refused_by_default_on_spark_as_locally(spark, tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, 60, seed=2)  # repeats one id
    with pytest.raises(DuplicateIdError) as local:
        tracer.dedup([str(corpus)])
    with pytest.raises(DuplicateIdError) as sp:
        _dedup_spark(spark, [corpus], ReadOptions())
    assert str(sp.value) == str(local.value) and sp.value.ids == local.value.ids


@needs_spark
def test_spark_discounts_site_boilerplate_as_the_local_engine_does(spark, tmp_path: Path):
    # one site's footer under six unrelated stories, another's sign-off under three, and a story
    # one of them copied from the other (the cases of tests/test_dedup_boilerplate.py)
    from tests.test_dedup_boilerplate import BODIES, SIGNOFF, _page

    recs = [_page(f"s{k}", BODIES[k]) for k in range(6)]
    recs += [_page(f"o{k}", BODIES[6 + k], site="othertimes.test", extra=SIGNOFF) for k in range(3)]
    recs += [_page("c0", BODIES[0], site="othertimes.test", extra="")]
    corpus = tmp_path / "b.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    local = tracer.dedup([str(corpus)])
    res = _dedup_spark(spark, [corpus])
    assert res.rows() == local.rows()
    assert res.stats["verified"] == local.stats["verified"]
    # not vacuous: the footer and the sign-off join no stories (they would, unjudged); the copy stays
    clusters = {r["id"]: r["cluster"] for r in res.rows()}
    assert clusters["s0"] == clusters["c0"]
    assert len({clusters[f"s{k}"] for k in range(6)}) == 6
    assert len({clusters[f"o{k}"] for k in range(3)}) == 3
