"""`dedup_spark`: the local dedup, run on Apache Spark, with identical clusters.

Why Spark and why this shape: past one machine, tracer runs on an engine the user
already operates (EMR, Dataproc, Databricks, Kubernetes) instead of a home-made one. The
heavy stages are distributed and call the *same* functions as the local engine, so a
signature, a candidate and a verified match are bit-identical:

1. read — JSONL and Parquet through Spark's readers (split across executors), CSV with
   Spark's multi-line CSV reader, every other input kind tracer reads (HTML, text,
   feeds, WARC) as whole files handed to `tracer.sources.read_inputs`; every record goes
   through `tracer.sources.corpora.record_to_article` (credits are not parsed: as in the
   local dedup, the fingerprint never reads them);
2. index — each article gets its position in input order (the local engine's index),
   computed from per-split counts, with no shuffle of article text;
3. fingerprint — `tracer.fingerprint.story_text` and `tracer.fingerprint.fingerprints`
   on batches of 1,000 articles per partition, then `tracer.index.band_keys` and
   `tracer.index.bucket_codes` (one integer per band and key);
4. candidates — in the JVM (DataFrames): explode the bucket codes, group by code;
   buckets of more than `tracer.index.MAX_BUCKET` members are common phrases and
   ignored, as locally; pairs are counted and joined to both lengths; a pair needs
   `min_bands` shared keys (one when the shorter text has under `SHORT_TEXT` shingles)
   and an estimated containment of at least `tracer.match.MIN_ESTIMATED_CONTAINMENT`
   (computed in Python with `tracer.index.estimated_containment`) — the rules of
   `tracer.index.candidate_pairs` and `Engine.corpus_matches`;
5. verify — `tracer.match.verify` on each candidate pair, sides in input order; then each
   site's boilerplate is discounted on the driver (`tracer.boilerplate`, the local judge),
   over the shingles of the pages of the sites the verified pairs belong to;
6. cluster — the verified edges (small next to the corpus) are collected to the driver
   and clustered by `tracer.match.cluster` itself; a member that joined through another
   centre is then measured exactly against its representative, as locally.
   Articles without a verified copy never leave the executors: they are singletons
   whatever the clustering, and their cluster number is computed on the executors. A distributed connected-components step would be
   easy, but the local clustering is a greedy star clustering (it refuses chaining),
   which no connected-components algorithm reproduces; identical results win.

Python's per-process `hash()` never decides a result: Spark only uses it to place keys
in partitions, and every ordering is by input position.
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from tracer.errors import InputError, TracerError
from tracer.fingerprint import DEFAULT_PARAMS, FingerprintParams
from tracer.model import Article, ItemError
from tracer.sources import SUPPORTED_SUFFIXES, ReadOptions
from tracer.sources.ids import DuplicateIdError, suffixed, warning, where

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
ROW_FIELDS = ("id", "cluster", "representative", "similarity", "containment", "size")


class SparkUnavailableError(TracerError):
    """PySpark or Java is missing, so the Spark engine cannot start."""


@dataclass
class SparkDedupResult:
    """What `dedup_spark` did: rows (when collected), errors, where it wrote, counters."""

    row_list: list[dict[str, Any]] | None
    errors: list[ItemError] = field(default_factory=list)
    out: dict[str, str] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)

    def rows(self) -> list[dict[str, Any]]:
        """One CONTRACT.md dedup object per article, in input order (needs `collect=True`)."""
        if self.row_list is None:
            raise TracerError("rows were written to --out, not collected; read them from there")
        return self.row_list


# -- optional dependency -----------------------------------------------------------------
def require_spark() -> None:
    """Fail early with one clear line when PySpark or Java is missing (datatrove style)."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise SparkUnavailableError(
            "the Spark engine needs PySpark: pip install 'tracer-news[spark]' (or use --engine local)") from exc
    java_home = os.environ.get("JAVA_HOME")
    java = Path(java_home, "bin", "java") if java_home else None
    if not ((java and java.exists()) or shutil.which("java")):
        raise SparkUnavailableError(
            "the Spark engine needs Java 17 or later: install a JDK (e.g. apt-get install openjdk-17-jre-headless) "
            "or set JAVA_HOME")


def is_local_master(master: str) -> bool:
    """`local`, `local[4]`, `local[*, 2]`, `local-cluster[…]`: executors on this machine."""
    return master.strip().lower().startswith("local")


def local_python_conf() -> dict[str, str]:
    """The running interpreter for Spark's Python workers and driver, on a local master.

    PySpark starts its workers with `spark.pyspark.python`, else `$PYSPARK_PYTHON`, else
    the `python3` on PATH, which on a fresh machine is rarely the virtualenv tracer runs
    in (the workers then fail with `No module named 'xxhash'`). On a local master the
    workers run on this machine, so this interpreter is the right one. An explicit
    `$PYSPARK_PYTHON` / `$PYSPARK_DRIVER_PYTHON` is respected. On a real cluster the
    executors need a Python with tracer installed at a path of theirs: see docs/scale.md.
    """
    python = os.environ.get("PYSPARK_PYTHON") or sys.executable
    driver = os.environ.get("PYSPARK_DRIVER_PYTHON") or sys.executable
    os.environ.setdefault("PYSPARK_PYTHON", python)  # read by SparkContext for the worker command
    return {"spark.pyspark.python": python, "spark.pyspark.driver.python": driver,
            "spark.executorEnv.PYSPARK_PYTHON": python}


def spark_session(master: str | None = None, conf: Mapping[str, str] | None = None, app_name: str = "tracer-dedup"):
    """A SparkSession: `master` and `conf` as given; under spark-submit its settings win."""
    require_spark()
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    conf = dict(conf or {})
    builder = SparkSession.builder.appName(app_name)
    if not master and "PYSPARK_GATEWAY_PORT" not in os.environ and not SparkConf().contains("spark.master"):
        master = "local[*]"  # not under spark-submit and no master given
    if master:
        builder = builder.master(master)
    if master and is_local_master(master):
        conf = {**local_python_conf(), **conf}  # what the caller names wins
    for k, v in conf.items():
        builder = builder.config(k, v)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # Java missing or unusable, bad master URL
        raise SparkUnavailableError(f"cannot start Spark: {type(exc).__name__}: {str(exc).splitlines()[0]}") from exc
    spark.sparkContext.setLogLevel("WARN")
    return spark


# -- inputs ------------------------------------------------------------------------------
def _suffix(path: str) -> str:
    low = path.lower().rstrip("/")
    for s in (".warc.gz", ".arc.gz", ".html.gz", ".htm.gz"):
        if low.endswith(s):
            return s
    name = low.rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1] if "." in name else ""


def _kind(path: str) -> str | None:
    s = _suffix(path)
    if s in JSONL_SUFFIXES:
        return "jsonl"
    if s == ".csv":
        return "csv"
    if s in PARQUET_SUFFIXES:
        return "parquet"
    if s in SUPPORTED_SUFFIXES or s in (".html.gz", ".htm.gz"):
        return "file"
    return None


def _canon(uri: str) -> str:
    """One spelling for a path, whatever Spark or Hadoop made of it (file:/x, file:///x, /x)."""
    if uri.startswith("file:"):
        return os.path.abspath(unquote(urlparse(uri).path))
    if "://" not in uri:
        return os.path.abspath(uri)
    return unquote(uri)


def expand_inputs(inputs: Iterable[str], spark) -> tuple[list[tuple[str, str, str]], list[ItemError]]:
    """(kind, path as Spark reads it, path as shown in ids) for every input file, in input order.

    Local directories are walked like `tracer.sources.read_inputs` does (sorted, recursive);
    remote ones (s3a://, gs://, hdfs://) through Hadoop's FileSystem, also sorted.
    """
    files: list[tuple[str, str, str]] = []
    errors: list[ItemError] = []
    for inp in map(str, inputs):
        if inp == "-" or inp.startswith(("http://", "https://")):
            errors.append(ItemError(inp, "the Spark engine reads files (local or s3a://, gs://, hdfs://), "
                                         "not URLs or stdin; use --engine local"))
            continue
        if "://" in inp and not inp.startswith("file:"):
            found = _remote_files(spark, inp)
            if not found:
                errors.append(ItemError(inp, "no such file or directory"))
            for p in found:
                k = _kind(p)
                if k:
                    files.append((k, p, p))
            continue
        local = Path(_canon(inp)) if inp.startswith("file:") else Path(inp)
        if local.is_dir():
            for p in sorted(q for q in local.rglob("*") if q.is_file() and _kind(str(q))):
                files.append((_kind(str(p)) or "file", str(p.resolve()), str(p)))
        elif local.exists():
            k = _kind(inp)
            if k is None:
                errors.append(ItemError(inp, f"unsupported input type {_suffix(inp) or '(no suffix)'}"))
            else:
                files.append((k, str(local.resolve()), inp))
        else:
            errors.append(ItemError(inp, "no such file or directory"))
    return files, errors


def _remote_files(spark, uri: str) -> list[str]:
    jvm = spark.sparkContext._jvm
    hconf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(hconf)
    statuses = fs.globStatus(path) or []
    out: list[str] = []
    for st in statuses:
        if st.isDirectory():
            it = fs.listFiles(st.getPath(), True)
            while it.hasNext():
                out.append(it.next().getPath().toString())
        else:
            out.append(st.getPath().toString())
    return sorted(out)


# -- executor-side functions (module level so they pickle by reference) --------------------
def _opts_dict(opts: ReadOptions) -> dict[str, Any]:
    return dataclasses.asdict(opts)


def _records_from_lines(rows: Iterator, files: dict[str, tuple[int, str]], kind: str, opts_d: dict,
                        line_offsets: dict[tuple[int, int], int]) -> Iterator[tuple]:
    """Rows of (value-or-dict, file, block) → ((rank, block, pos), Article | ItemError)."""
    import json

    from tracer.sources.corpora import record_to_article

    opts = ReadOptions(**opts_d)
    cur, pos = None, 0
    for value, fpath, block in rows:
        rank, shown = files[_canon(fpath)]
        if (rank, block) != cur:
            cur, pos = (rank, block), 0
        pos += 1
        n = line_offsets.get((rank, block), 0) + pos
        loc = f"{shown}:{n}"
        key = (rank, block, pos)
        if kind == "jsonl":
            if not value.strip():
                continue
            try:
                rec = json.loads(value)
            except ValueError as exc:
                yield key, ItemError(loc, f"invalid JSON: {exc}")
                continue
            if not isinstance(rec, dict):
                yield key, ItemError(loc, "record is not a JSON object")
                continue
        else:
            rec = value
        yield key, record_to_article(rec, loc, str(n), opts)


def _records_from_files(items: Iterator, files: dict[str, tuple[int, str]], opts_d: dict) -> Iterator[tuple]:
    """(path, bytes) of whole files → ((rank, 0, pos), Article | ItemError) via `read_inputs`."""
    from tracer.sources import read_inputs

    opts = ReadOptions(**opts_d)
    for fpath, data in items:
        rank, shown = files[_canon(fpath)]
        with tempfile.TemporaryDirectory(prefix="tracer-spark-") as tmp:
            name = shown.rstrip("/").rsplit("/", 1)[-1] or "input"
            local = os.path.join(tmp, name)
            with open(local, "wb") as fh:
                fh.write(data)
            for pos, item in enumerate(read_inputs([local], opts), 1):
                for attr in ("id", "source", "input"):
                    v = getattr(item, attr, None)
                    if isinstance(v, str) and local in v:
                        setattr(item, attr, v.replace(local, shown))
                yield (rank, 0, pos), item


def _ingest(records: Iterator[tuple]) -> Iterator[tuple]:
    """→ ('err', key, ItemError) or ('art', key, Article), as `Engine.ingest` sorts them."""
    for key, item in records:
        if isinstance(item, ItemError):
            yield "fail", key, item
            continue
        for e in item.errors:  # no credit parsing: the fingerprint never reads credits (as locally)
            yield "err", key, e
        if item.text.strip():
            item.errors = []
            yield "art", key, item


def _fingerprints(part: Iterator[tuple], params: FingerprintParams) -> Iterator[tuple]:
    """(index, input key, Article) → (index, id, length, date, fingerprint-for-verify, bucket codes, input key,
    site).

    Batches of 1,000 through `tracer.fingerprint.fingerprints`, as the local engine's
    workers do (a signature does not depend on its batch)."""
    from tracer.fingerprint import MinHasher

    hasher = MinHasher(params)
    batch = []
    for item in part:
        batch.append(item)
        if len(batch) >= 1000:
            yield from _band(batch, hasher, params)
            batch = []
    if batch:
        yield from _band(batch, hasher, params)


def _band(batch, hasher, params) -> Iterator[tuple]:
    import numpy as np

    from tracer.boilerplate import site_key
    from tracer.fingerprint import Fingerprint, fingerprints, story_text
    from tracer.index import EMPTY_KEY, band_keys, bucket_codes

    stories = [story_text(art.text) for _i, _o, art in batch]  # as Engine: text only, never credits
    sb, sigs = fingerprints(stories, hasher)
    keys = band_keys(sigs, params)
    codes = bucket_codes(keys)  # a bucket is one integer, as in `tracer.index.candidate_pairs`
    live = keys != EMPTY_KEY
    none = np.zeros(0, dtype=np.uint32)
    for k, ((idx, okey, art), story) in enumerate(zip(batch, stories, strict=True)):
        # what verification needs: the shingle sets, and the story text to align short pages
        fp = Fingerprint(text=story, shingles=sb.get(k).copy(), narration=sb.get_narration(k), signature=none,
                         n=params.shingle)
        yield idx, art.id, len(fp.shingles), art.date, fp, codes[k][live[k]].tolist(), okey, \
            site_key(art.publisher, art.url)


def _verify(item: tuple) -> Iterator[Any]:
    from tracer.match import verify

    _j, ((i, id_i, fp_i), (id_j, fp_j)) = item
    m = verify(id_i, fp_i, id_j, fp_j)
    if m is not None:
        yield i, item[0], m


def _candidate_counts(spark, fps, min_bands: int, max_bucket: int, short: int):
    """DataFrame (a, b, shared, la, lb) of index pairs a < b sharing band keys, as
    `tracer.index.candidate_pairs` finds them: buckets of 2..`max_bucket` members, then
    `min_bands` shared keys, or one when the shorter text has under `short` shingles."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    schema = T.StructType([T.StructField("i", T.LongType(), False), T.StructField("n", T.LongType(), False),
                           T.StructField("codes", T.ArrayType(T.LongType(), False), False)])
    # rows are built by our own code, so Spark's per-row schema check (slow) is skipped
    docs = spark.createDataFrame(fps.map(lambda r: (r[0], r[2], r[5])), schema, verifySchema=False)
    bands = docs.select("i", F.explode("codes").alias("code"))
    buckets = (bands.groupBy("code").agg(F.sort_array(F.collect_list("i")).alias("m"))
               .where((F.size("m") > 1) & (F.size("m") <= max_bucket)))
    pair = F.expr("explode(flatten(transform(sequence(0, size(m) - 2), "
                  "x -> transform(sequence(x + 1, size(m) - 1), y -> named_struct('a', m[x], 'b', m[y])))))")
    counts = buckets.select(pair.alias("p")).groupBy("p.a", "p.b").agg(F.count("*").alias("shared"))
    lens = docs.select("i", "n")
    joined = (counts.join(lens.withColumnRenamed("i", "a").withColumnRenamed("n", "la"), "a")
              .join(lens.withColumnRenamed("i", "b").withColumnRenamed("n", "lb"), "b"))
    return joined.where((F.col("shared") >= min_bands) | (F.least("la", "lb") < short)).select(
        "a", "b", "shared", "la", "lb")


def _repeated_ids(spark, arts) -> dict[str, list[tuple[tuple[int, int, int], str]]]:
    """Every id given more than once → its occurrences ((input key, place), in input order),
    grouped in the JVM."""
    from pyspark.sql import functions as F

    keyed = spark.createDataFrame(arts.map(lambda x: (x[1].id, *x[0], where(x[1]))),
                                  "id string, f long, b long, p long, w string", verifySchema=False)
    reps = (keyed.groupBy("id").agg(F.count("*").alias("n"), F.sort_array(F.collect_list(F.struct("f", "b", "p", "w")))
                                    .alias("keys")).where("n > 1").collect())
    return {r.id: [((k.f, k.b, k.p), k.w) for k in r.keys] for r in reps}


def _id_rule(rule: str, repeated: dict[str, list[tuple[tuple[int, int, int], str]]]
             ) -> tuple[set[tuple[int, int, int]], dict[tuple[int, int, int], str], list[tuple]]:
    """The read layer's duplicate-id rule (tracer.sources.ids) on Spark's occurrences:
    (keys dropped, keys renamed → new id, warnings as (key, 'warn', ItemError))."""
    if rule == "error":
        if repeated:
            raise DuplicateIdError(sorted(repeated, key=lambda i: repeated[i][1][0]))
        return set(), {}, []
    drop: set[tuple[int, int, int]] = set()
    rename: dict[tuple[int, int, int], str] = {}
    warns: list[tuple] = []
    for aid, occ in repeated.items():
        for n, (key, place) in enumerate(occ, 1):
            if rule == "first" and n > 1 or rule == "last" and n < len(occ):
                drop.add(key)
                warns.append((key, "warn", warning(Article(id=aid, text="", source=place), rule)))
            elif rule == "suffix" and n > 1:
                rename[key] = suffixed(aid, n)
                warns.append((key, "warn", warning(Article(id=aid, text="", source=place), rule, rename[key])))
    return drop, rename, warns


# -- the job -----------------------------------------------------------------------------
def dedup_spark(inputs: Sequence[str], options: ReadOptions | None = None, *, master: str | None = None,
                conf: Mapping[str, str] | None = None, out: str | None = None, threshold: float | None = None,
                params: FingerprintParams = DEFAULT_PARAMS, collect: bool | None = None,
                spark=None) -> SparkDedupResult:
    """Group copies among `inputs` on Spark; the same clusters as `tracer.dedup` (local engine).

    `master` and `conf` configure the session (ignored when `spark` is given). With `out`,
    rows go to `OUT/parquet/` and `OUT/jsonl/` (CONTRACT.md fields, input order) and
    errors to `OUT/errors.jsonl`; rows are collected to the driver only when `collect`
    (default: when there is no `out`).
    """
    require_spark()
    opts = options or ReadOptions()
    collect = (out is None) if collect is None else collect
    if spark is None:
        from pyspark.sql import SparkSession

        own = SparkSession.getActiveSession() is None  # never stop a session the caller runs
        spark = spark_session(master, conf)
    else:
        own = False
    try:
        return _run(spark, list(inputs), opts, out, threshold, params, collect)
    finally:
        if own:
            spark.stop()


def _run(spark, inputs: list[str], opts: ReadOptions, out: str | None, threshold: float | None,
         params: FingerprintParams, collect: bool) -> SparkDedupResult:
    """The local engine's sequence, stage by stage: read → index → fingerprint → candidates →
    verify → cluster → write. Each stage is a function below; `timings` records when each ended."""
    from pyspark import StorageLevel

    t0 = time.perf_counter()
    sc = spark.sparkContext
    timings: dict[str, float] = {}
    files, errors = expand_inputs(inputs, spark)
    if not files and errors:
        return SparkDedupResult(row_list=[] if collect else None, errors=errors,
                                stats={"read": 0, "failed": len(errors)})
    ingested = _read_stage(spark, files, opts).persist(StorageLevel.MEMORY_AND_DISK)
    timings["read"] = time.perf_counter() - t0
    indexed, n_articles, n_failed, dropped, notes = _index_stage(spark, ingested, opts)
    errors += notes
    timings["index"] = time.perf_counter() - t0
    fps = indexed.mapPartitions(lambda it: _fingerprints(it, params)).persist(StorageLevel.MEMORY_AND_DISK)
    n_fp = fps.count()
    ingested.unpersist()  # the texts are not needed past fingerprints
    timings["fingerprint"] = time.perf_counter() - t0
    pairs = _candidate_stage(spark, fps, params).persist(StorageLevel.MEMORY_AND_DISK)
    n_candidates = pairs.count()
    timings["candidates"] = time.perf_counter() - t0
    verified = _judge_stage(sc, fps, _verify_stage(sc, fps, pairs, threshold))
    timings["verify"] = time.perf_counter() - t0
    all_rows, n_linked, n_nonfirst = _cluster_stage(sc, fps, verified)
    timings["cluster"] = time.perf_counter() - t0
    result = SparkDedupResult(row_list=None, errors=errors)
    if out:
        result.out = _write(spark, all_rows, errors, out)
    if collect:
        result.row_list = [r for _i, r in sorted(all_rows.collect(), key=lambda x: x[0])]
    timings["total"] = time.perf_counter() - t0
    result.stats = {"read": n_articles + len(dropped), "failed": n_failed, "articles": n_fp,
                    "candidates": n_candidates, "verified": len(verified), "clusters": n_fp - n_nonfirst,
                    "linked": n_linked, "seconds": {k: round(v, 2) for k, v in timings.items()}}
    for r in (fps, pairs):
        r.unpersist()
    return result


def _read_stage(spark, files: list[tuple[str, str, str]], opts: ReadOptions):
    """1. read: every input kind becomes ("art"|"fail"|"warn", (rank, block, pos), Article | ItemError)."""
    sc = spark.sparkContext
    file_info = {_canon(p): (rank, shown) for rank, (_k, p, shown) in enumerate(files)}
    b_files = sc.broadcast(file_info)
    opts_d = _opts_dict(opts)
    parts = []
    by_kind: dict[str, list[str]] = {}
    for k, p, _shown in files:
        by_kind.setdefault(k, []).append(p)
    for kind, paths in by_kind.items():
        if kind == "file":
            rdd = sc.binaryFiles(",".join(paths)).mapPartitions(
                lambda it: _records_from_files(it, b_files.value, opts_d))
            parts.append(rdd)
            continue
        if kind == "jsonl":
            df = spark.read.text(paths)
            df = df.select("value", "_metadata.file_path", "_metadata.file_block_start")
        elif kind == "csv":
            df = (spark.read.option("header", True).option("multiLine", True).option("escape", '"')
                  .option("inferSchema", False).option("mode", "PERMISSIVE").csv(paths))
            cols = [c for c in df.columns if not c.startswith("_corrupt")]
            df = df.selectExpr(f"struct({', '.join(f'`{c}`' for c in cols)}) AS value",
                               "_metadata.file_path", "_metadata.file_block_start")
        else:
            df = spark.read.parquet(*paths)
            cols = df.columns
            df = df.selectExpr(f"struct({', '.join(f'`{c}`' for c in cols)}) AS value",
                               "_metadata.file_path", "_metadata.file_block_start")
        # line numbers within each file: rows per (file, split), prefix-summed on the driver
        counts = df.groupBy("file_path", "file_block_start").count().collect()
        offsets: dict[tuple[int, int], int] = {}
        per_file: dict[int, list[tuple[int, int]]] = {}
        for r in counts:
            per_file.setdefault(file_info[_canon(r["file_path"])][0], []).append((r["file_block_start"], r["count"]))
        for rank, blocks in per_file.items():
            acc = 0
            for start, cnt in sorted(blocks):
                offsets[(rank, start)] = acc
                acc += cnt
        b_off = sc.broadcast(offsets)
        as_dict = kind != "jsonl"
        rows = df.rdd.map(lambda r, as_dict=as_dict: (r[0].asDict() if as_dict else r[0], r[1], r[2]))
        parts.append(rows.mapPartitions(
            lambda it, kind=kind, b_off=b_off: _records_from_lines(it, b_files.value, kind, opts_d, b_off.value)))
    records = parts[0] if len(parts) == 1 else sc.union(parts)
    return records.mapPartitions(_ingest)


def _index_stage(spark, ingested, opts: ReadOptions):
    """2. index: a dense position in input order; a repeated id follows the read layer's rule (as locally).

    Returns the indexed articles, their count, the failed reads, the dropped repeats and the
    errors and warnings in input order (at one place, the article's own errors before the rule's)."""
    sc = spark.sparkContext
    errs = ingested.filter(lambda x: x[0] != "art").map(lambda x: (x[1], x[0], x[2])).collect()  # small
    n_failed = sum(1 for _k, t, _e in errs if t == "fail")
    arts = ingested.filter(lambda x: x[0] == "art").map(lambda x: (x[1], x[2]))
    dropped, renamed, warns = _id_rule(opts.on_duplicate_id, _repeated_ids(spark, arts))
    notes = [e for _k, _t, e in sorted(errs + warns, key=lambda x: (x[0], x[1] == "warn"))]
    b_drop = sc.broadcast(dropped)
    kept = arts.filter(lambda x: x[0] not in b_drop.value)
    if renamed:
        b_ren = sc.broadcast(renamed)

        def _renamed(x):
            if x[0] in b_ren.value:
                x[1].id = b_ren.value[x[0]]
            return x

        kept = kept.map(_renamed)
    block_counts = kept.map(lambda x: ((x[0][0], x[0][1]), 1)).reduceByKey(lambda a, b: a + b).collect()
    base: dict[tuple[int, int], int] = {}
    acc = 0
    for blk, cnt in sorted(block_counts):
        base[blk] = acc
        acc += cnt
    b_base = sc.broadcast(base)

    def _dense(part):
        cur, pos = None, 0
        for key, art in part:
            blk = (key[0], key[1])
            if blk != cur:
                cur, pos = blk, 0
            yield b_base.value[blk] + pos, key, art
            pos += 1

    return kept.mapPartitions(_dense), acc, n_failed, dropped, notes


def _candidate_stage(spark, fps, params: FingerprintParams):
    """4. candidates, in the JVM: one row per article with its band keys; the explode, the
    bucket grouping, the pairs of each bucket and their counts never pass through Python
    (128 band rows per article would cost more in pickling than all the rest). Pairs whose
    estimated containment is under the copy rules' bound are dropped, as locally."""
    import numpy as np

    from tracer.index import MAX_BUCKET, SHORT_TEXT, estimated_containment
    from tracer.match import MIN_ESTIMATED_CONTAINMENT

    min_bands = int(getattr(params, "min_bands", 1) or 1)
    num_perm = params.num_perm
    pairs_df = _candidate_counts(spark, fps, min_bands, MAX_BUCKET, SHORT_TEXT)

    def _keep(rows) -> Iterator[tuple[int, int]]:
        rows = list(rows)
        if not rows:
            return
        a, b, shared, la, lb = (np.array(c, dtype=np.int64) for c in zip(*rows, strict=True))
        est = estimated_containment(shared, la, lb, num_perm)  # the local engine's own arithmetic
        for x, y, ok in zip(a.tolist(), b.tolist(), (est >= MIN_ESTIMATED_CONTAINMENT).tolist(), strict=True):
            if ok:
                yield x, y

    return pairs_df.rdd.map(tuple).mapPartitions(_keep)


def _verify_stage(sc, fps, pairs, threshold: float | None) -> list[tuple[int, int, Any]]:
    """5. verify each candidate pair (i < j in input order), as the local engine does; only
    articles that are in a candidate pair travel to the verification joins."""
    import numpy as np

    cand = np.unique(np.asarray(pairs.flatMap(lambda p: p).distinct().collect(), dtype=np.int64))
    b_cand = sc.broadcast(cand)

    def _in_cand(r):
        c = b_cand.value
        k = int(np.searchsorted(c, r[0]))
        return k < len(c) and c[k] == r[0]

    side = fps.filter(_in_cand).map(lambda r: (r[0], (r[1], r[4])))
    left = pairs.join(side).map(lambda kv: (kv[1][0], (kv[0], kv[1][1][0], kv[1][1][1])))
    matches = left.join(side).flatMap(_verify)
    if threshold is not None:
        matches = matches.filter(lambda x: x[2].similarity >= threshold or x[2].containment >= threshold)
    return matches.collect()


def _judge_stage(sc, fps, verified: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """5b. each site's boilerplate discounted (`tracer.boilerplate`), as the local engine does:
    the shingles of every page of each site a verified pair's two sides belong to come to the
    driver (witnesses are other stories of those sites, in or out of candidate pairs), and the
    pairs are judged there with the same `SiteJudge`, pages numbered in input order as locally."""
    from tracer.boilerplate import SiteJudge, rejudged

    if not verified:
        return verified
    b_sides = sc.broadcast({i for i, _j, _m in verified} | {j for _i, j, _m in verified})
    side_site = dict(fps.filter(lambda r: r[0] in b_sides.value).map(lambda r: (r[0], r[7])).collect())
    need = {side_site[x] for i, j, _m in verified if side_site.get(i) and side_site.get(j) for x in (i, j)}
    if not need:
        return verified
    b_need = sc.broadcast(need)
    pages = fps.filter(lambda r: r[7] in b_need.value).map(lambda r: (r[0], r[7], r[4].shingles, r[4].narration)) \
        .collect()
    shingles = {i: (sh, narr) for i, _s, sh, narr in pages}
    judge = SiteJudge({i: site for i, site, _sh, _n in pages}, shingles.__getitem__)
    return [(i, j, m) for i, j, _t, m in rejudged(((i, j, None, m) for i, j, m in verified), judge)]


def _cluster_stage(sc, fps, verified: list[tuple[int, int, Any]]):
    """6. cluster on the driver with `tracer.match.cluster`, over the articles that have an edge;
    every other article is a cluster of its own, numbered in input order as locally.
    Returns the rows (keyed by input order), the number of linked articles and of non-first members."""
    import numpy as np

    from tracer.match import cluster, cluster_row

    linked = sorted({i for i, j, _m in verified} | {j for i, j, _m in verified})
    b_linked = sc.broadcast(set(linked))
    info = dict(fps.filter(lambda r: r[0] in b_linked.value).map(lambda r: (r[0], (r[1], r[2], r[3], r[6])))
                .collect())
    sub_ids = [info[i][0] for i in linked]
    pos_of = {info[i][0]: i for i in linked}
    clusters = cluster(sub_ids, [info[i][1] for i in linked], [m for _i, _j, m in verified],
                       [info[i][2] for i in linked])
    nonfirst = sorted(pos_of[m] for cl in clusters for m in cl.members if m != cl.members[0])
    linked_rows = []
    for cl in clusters:
        first = pos_of[cl.members[0]]
        cid = f"c{first - bisect.bisect_left(nonfirst, first) + 1}"
        for m in cl.members:
            linked_rows.append((info[pos_of[m]][3], cluster_row(cl, m, cid)))
    b_nonfirst = sc.broadcast(np.asarray(nonfirst, dtype=np.int64))

    def _singletons(part):
        nf = b_nonfirst.value
        for idx, aid, _n, _d, _fp, _k, okey, _site in part:
            if idx in b_linked.value:
                continue
            cid = f"c{idx - int(np.searchsorted(nf, idx)) + 1}"
            yield okey, {"id": aid, "cluster": cid, "representative": aid, "similarity": 1.0,
                        "containment": 1.0, "size": 1}

    rows = fps.mapPartitions(_singletons).union(sc.parallelize(linked_rows, max(1, sc.defaultParallelism)))
    return rows, len(linked), len(nonfirst)


def _write(spark, rows, errors: list[ItemError], out: str) -> dict[str, str]:
    """Rows as Parquet and JSON Lines (Spark part files, input order), errors as one JSONL file."""
    import json

    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    schema = StructType([StructField("_f", LongType()), StructField("_b", LongType()), StructField("_p", LongType()),
                         StructField("id", StringType()),
                         StructField("cluster", StringType()), StructField("representative", StringType()),
                         StructField("similarity", DoubleType()), StructField("containment", DoubleType()),
                         StructField("size", LongType())])
    df = spark.createDataFrame(rows.map(lambda r: (*r[0], *(r[1][f] for f in ROW_FIELDS))), schema)
    df = df.orderBy("_f", "_b", "_p").drop("_f", "_b", "_p")
    base = out.rstrip("/")
    paths = {"parquet": f"{base}/parquet", "jsonl": f"{base}/jsonl"}
    try:
        df.write.mode("overwrite").parquet(paths["parquet"])
        df.write.mode("overwrite").json(paths["jsonl"])
    except Exception as exc:
        raise InputError(f"cannot write to {out}: {type(exc).__name__}: {str(exc).splitlines()[0]}") from exc
    if errors:
        lines = [json.dumps({"id": e.input, "cluster": None, "errors": [e.to_dict()]}, ensure_ascii=False)
                 for e in errors]
        if "://" in base and not base.startswith("file:"):
            spark.sparkContext.parallelize(lines, 1).saveAsTextFile(f"{base}/errors")
            paths["errors"] = f"{base}/errors"
        else:
            p = Path(_canon(base)) / "errors.jsonl"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text("\n".join(lines) + "\n", encoding="utf-8")
            paths["errors"] = str(p)
    return paths
