"""The same dedup on a distributed engine (Apache Spark), for corpora past one machine.

PySpark is an optional extra (`pip install 'tracer-news[spark]'`); importing this
package never needs it, calling `dedup_spark` does (and says so in one line).
"""

from tracer.scale.spark import (
    SparkDedupResult,
    SparkUnavailableError,
    dedup_spark,
    require_spark,
    spark_session,
)

__all__ = ["SparkDedupResult", "SparkUnavailableError", "dedup_spark", "require_spark", "spark_session"]
