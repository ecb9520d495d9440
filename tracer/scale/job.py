"""Entry file for `spark-submit`: `tracer dedup --engine spark` with the arguments given.

spark-submit wants a Python file, not a console script; this is it. The master, memory
and every other setting come from spark-submit itself (its `--master`, `--conf`, or the
cluster's defaults):

    spark-submit --master yarn --deploy-mode cluster \\
        --archives tracer-env.tar.gz#env --conf spark.pyspark.python=./env/bin/python \\
        "$(python -c 'import tracer.scale.job as j; print(j.__file__)')" \\
        s3a://bucket/news/2026-01/ --out s3a://bucket/dedup/2026-01/
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    from tracer.cli import main as cli_main

    sys.argv = ["tracer", "dedup", "--engine", "spark", *(sys.argv[1:] if argv is None else argv)]
    cli_main()


if __name__ == "__main__":
    main()
