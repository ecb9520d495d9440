from __future__ import annotations

from pathlib import Path

import pytest

from tracer import Article, Store, StoreError, dedup
from tracer.fingerprint import FingerprintParams


def test_store_roundtrip_and_info(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as st:
        with st.transaction():
            st.put_article(Article(id="x", text="hello world", publisher="P"))
        info = st.info()
    assert info["articles"] == 1 and info["version"] >= 1 and info["bytes"] > 0
    with Store(db) as st:
        assert st.get_article("x").publisher == "P"


def test_other_params_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    with pytest.raises(StoreError, match="fingerprint parameters"):
        Store(db, FingerprintParams(num_perm=64, bands=16))


def test_incremental_dedup_equals_batch(corpus_dir: Path, tmp_path: Path) -> None:
    files = sorted(str(p) for p in corpus_dir.glob("*.html"))
    batch = dedup(files)
    db = str(tmp_path / "inc.db")
    dedup(files[:2], db=db)
    inc = dedup(files[2:], db=db)
    def groups(res):
        return sorted(sorted(c.members) for c in res.clusters)
    assert groups(inc) == groups(batch)


def test_rerun_does_not_double_articles(corpus_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    dedup([str(corpus_dir)], db=db)
    dedup([str(corpus_dir)], db=db)
    with Store(db) as st:
        assert st.info()["articles"] == 4
