"""Anchors, anchor fingerprints and alignment across languages (fixtures written here)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.conftest import SAMPLES
from tracer import dedup, trace
from tracer.crosslingual import (
    ANCHOR_PARAMS,
    align,
    anchor_signature,
    anchors,
    skeleton,
    translation_match,
)
from tracer.index import band_keys

EN = """GENEVA — Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara on 14 March 2024 to discuss grain exports across the Black Sea.
The talks followed an attack on the port of Odesa that killed 12 people, officials said.
Erdogan said Turkey was ready to host a new round of negotiations with Russia and the United Nations.
Kyiv hopes to ship 4,500,000 tonnes of grain through the corridor before July, the UNICEF and WFP statement said.
Zelensky thanked NATO allies and said Ukraine needed more air defence systems from Germany and France."""

DE = """GENF — Der ukrainische Präsident Wolodymyr Selenskyj hat am 14. März 2024 in Ankara den türkischen Präsidenten Recep Tayyip Erdoğan getroffen, um über Getreideexporte über das Schwarze Meer zu sprechen.
Das Treffen folgte einem Angriff auf den Hafen von Odessa, bei dem nach Angaben von Behörden 12 Menschen getötet wurden.
Erdoğan sagte, die Türkei sei bereit, eine neue Verhandlungsrunde mit Russland und den Vereinten Nationen auszurichten.
Kiew hofft, bis Juli 4.500.000 Tonnen Getreide durch den Korridor zu verschiffen, hieß es in einer Erklärung von UNICEF und WFP.
Selenskyj dankte den NATO-Verbündeten und sagte, die Ukraine brauche mehr Luftabwehrsysteme aus Deutschland und Frankreich."""

DE_OTHER = """BERLIN — Die Bundesregierung hat am Mittwoch einen neuen Haushaltsentwurf vorgelegt, der höhere Ausgaben für Bildung vorsieht.
Finanzminister Christian Lindner sagte in Berlin, die Schuldenbremse werde eingehalten.
Die Opposition kritisierte den Entwurf als unzureichend und forderte mehr Investitionen in die Bahn.
Der Bundestag soll im Herbst über den Haushalt abstimmen."""


def test_name_skeleton_joins_spelling_variants_and_scripts() -> None:
    assert len({skeleton(w) for w in ("Zelensky", "Zelenskiy", "Zelenskyy", "Selenskyj", "Зеленский")}) == 1
    assert skeleton("Kiev") == skeleton("Kyiv") == skeleton("Київ")
    assert skeleton("Putin") == skeleton("Путин")
    assert skeleton("Hegseth") != skeleton("Rutte")


def test_numbers_are_normalised_across_separator_conventions() -> None:
    keys = [a.key for a in anchors("A 4,500,000 B 4.500.000 C 4 500 000 D 3,5 E 3.5") if a.kind == "number"]
    assert keys == ["#4500000"] * 3 + ["#3.5"] * 2


def test_month_names_become_dates_only_next_to_a_number() -> None:
    en = {a.key for a in anchors("It happened on 14 March 2024.") if a.kind == "date"}
    de = {a.key for a in anchors("Es geschah am 14. März 2024.") if a.kind == "date"}
    sq = {a.key for a in anchors("Ndodhi më 14 mars 2024.") if a.kind == "date"}
    assert en == de == sq == {"m:03"}
    assert not [a for a in anchors("They may march on.") if a.kind == "date"]


def test_urls_hashtags_and_acronyms_are_anchors_in_order() -> None:
    got = [(a.kind, a.key) for a in anchors("see https://example.org/x and #Vote2024 by the UN.")]
    assert got[0] == ("url", "u:example.org/x")
    assert ("tag", "t:#vote2024") in got
    assert got[-1] == ("acronym", "n:" + skeleton("UN"))


def test_sentence_initial_common_words_are_not_names() -> None:
    texts = [a.text for a in anchors("The minister spoke. The talks with Merkel went on in the capital.")]
    assert "The" not in texts and "Merkel" in texts


def test_alignment_reports_matched_anchors_and_paragraphs() -> None:
    al = align(anchors(EN), anchors(DE))
    ev = al.evidence()
    assert "Zelensky ↔ Selenskyj" in ev and "Kyiv ↔ Kiew" in ev and "Ankara" in ev
    assert any("4,500,000" in e for e in ev)
    paras = al.paragraph_pairs()
    assert (0, 0) in paras and (3, 3) in paras
    assert all(i == j for i, j in paras)  # a translation keeps its paragraphs in order


def test_translation_is_matched_and_unrelated_story_is_not() -> None:
    m = translation_match("en", anchors(EN), "de", anchors(DE))
    assert m is not None and m.method == "translation" and len(m.anchors) >= 8
    assert translation_match("en", anchors(EN), "x", anchors(DE_OTHER)) is None


def test_anchor_signatures_make_translations_lsh_candidates() -> None:
    sigs = np.stack([anchor_signature(anchors(t)) for t in (EN, DE, DE_OTHER)])
    keys = band_keys(sigs, ANCHOR_PARAMS)
    assert (keys[0] == keys[1]).any()
    assert not (keys[0] == keys[2]).any()


def test_albanian_a2cnn_sample_traces_to_voa_as_translation_with_anchor_evidence() -> None:
    d = trace(str(SAMPLES / "a2cnn-hegseth-sq.html"), [str(SAMPLES)]).to_dict()
    ids = {Path(m["id"]).name: m for m in d["matches"]}
    voa = ids["voa-hegseth-original.html"]
    assert voa["relation"] == "translation" and voa["method"] == "translation"
    for name in ("Hegseth", "Putin", "Rutte", "Rubio", "2014", "2022"):
        assert any(name in a for a in voa["anchors"]), name
    assert any("Zelensk" in a for a in voa["anchors"])
    assert voa["passages"]  # the aligned paragraphs
    assert "kyivledger-unrelated-same-event.html" not in ids
    edges = [e for e in d["lineage"]["edges"] if Path(e["to"]).name == "a2cnn-hegseth-sq.html"
             and Path(e["from"]).name == "voa-hegseth-original.html"]
    assert edges and edges[0]["kind"] == "translation"
    assert any("shared anchors" in x for x in edges[0]["evidence"])


def test_dedup_lists_translations_apart_from_clusters(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(EN, "utf-8")
    (tmp_path / "de.txt").write_text(DE, "utf-8")
    (tmp_path / "other.txt").write_text(DE_OTHER, "utf-8")
    rows = {Path(r["id"]).name: r for r in dedup([str(tmp_path)], translations=True).rows()}
    assert rows["en.txt"]["cluster"] != rows["de.txt"]["cluster"]  # clusters stay same-language copies
    assert [Path(t["id"]).name for t in rows["en.txt"]["translations"]] == ["de.txt"]
    assert [Path(t["id"]).name for t in rows["de.txt"]["translations"]] == ["en.txt"]
    assert rows["other.txt"]["translations"] == []


def test_cli_dedup_reports_translations_in_jsonl_and_csv_still_works() -> None:
    import json
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(SAMPLES), "--format", "jsonl", "--translations"],
                       capture_output=True, text=True)
    rows = {Path(json.loads(x)["id"]).name: json.loads(x) for x in r.stdout.splitlines()}
    sq = rows["a2cnn-hegseth-sq.html"]
    assert "voa-hegseth-original.html" in {Path(t["id"]).name for t in sq["translations"]}
    assert sq["cluster"] != rows["voa-hegseth-original.html"]["cluster"]
    assert rows["kyivledger-unrelated-same-event.html"]["translations"] == []
    c = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(SAMPLES), "--format", "csv"],
                       capture_output=True, text=True)
    assert c.returncode == 0 and c.stdout.startswith("id,cluster,representative")


def test_anchors_inside_caseless_scripts_are_found() -> None:
    got = [(a.kind, a.key) for a in anchors("据报道，2024年3月14日，特朗普会见了NATO秘书长，讨论了1,500亿美元。")]
    assert ("number", "#14") in got and ("date", "m:03") in got and ("number", "#1.5e+11") in got
    assert ("acronym", "n:" + skeleton("NATO")) in got


def test_amounts_with_scale_words_and_percentages_agree_across_languages() -> None:
    def nums(t: str) -> list[str]:
        return [a.key for a in anchors(t) if a.kind == "number"]

    assert nums("150 billion dollars, 5 percent") == nums("150 Milliarden Dollar, 5 Prozent") \
        == nums("1500亿美元，5%") == ["#1.5e+11", "#5%"]
    assert nums("10 miles") == ["#10"]  # a unit that only starts like a scale word


def test_text_language_wins_over_a_wrong_declared_page_language(tmp_path: Path) -> None:
    from tests.conftest import page

    (tmp_path / "en.html").write_text(page("Grain talks", EN.split("\n")), "utf-8")
    (tmp_path / "de.html").write_text(page("Getreidegespräche", DE.split("\n")), "utf-8")  # lang="en" template
    d = trace(str(tmp_path / "de.html"), [str(tmp_path)]).to_dict()
    assert [(Path(m["id"]).name, m["relation"]) for m in d["matches"]] == [("en.html", "translation")]
