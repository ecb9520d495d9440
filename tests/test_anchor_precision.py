"""Precise anchors (issue 16): lexicon places and weekdays, names of caseless scripts by
sound, no fuzzy matches of unrelated words, rarity, language by majority, one threshold.

Every text here is invented for the test."""

from __future__ import annotations

import json

from tracer.anchor_lexicon import lookup, sound
from tracer.compare import SAME_STORY, compare, compare_pairs
from tracer.crosslingual import align, anchors, rarity_weights, same_name
from tracer.lang import detect_text

EN = ("Mayor Tobias Brandt met the fishermen of Harstad on Saturday, the council said. "
      "Brandt promised 4,200 new jobs.")
JA = "土曜日、トビアス・ブラント市長はハルスタの漁師たちと会談したと議会が発表した。ブラント氏は4,200人の新たな雇用を約束した。"
AR = "التقى رئيس البلدية توبياس براندت بصيادي هارستاد يوم السبت، بحسب المجلس. ووعد براندت بتوفير 4,200 وظيفة جديدة."
AR_OTHER = "قال وزير المالية إن الميزانية الجديدة ستخصص 900 مليون للمدارس والمستشفيات في العام المقبل."


def test_unrelated_words_are_not_names_of_each_other() -> None:
    for a, b in (("share", "syria"), ("photo", "fit"), ("kim", "camii"), ("finnish", "fans"),
                 ("torre", "there"), ("hill", "hillary")):
        assert not same_name(a, b, True), (a, b)
    assert same_name("zelensky", "selenskyj", True)  # a spelling variant between languages
    assert same_name("putin", "putinem", False)  # an inflected form, in one language too
    assert not same_name("zelensky", "selenskyj", False)  # one language: no spelling variants


def test_page_furniture_and_loose_spellings_give_no_anchor_evidence() -> None:
    a = "Share\nPhoto\nTV\nKim Halvorsen opened a bakery in Tromsø on Monday, selling Finnish rye."
    b = "Share\nPhoto\nA new ferry line to Syria was announced by Camii Fit, the port operator said."
    c = compare(a, b, "en", "es")  # as if declared in two languages: only anchors count
    assert not c.same_story
    assert not any(x in " ".join(c.matched) for x in ("Share", "Photo", "TV", "Syria", "Camii", "Fit"))


def test_places_and_weekdays_share_one_key_in_any_language_and_script() -> None:
    assert {lookup(w) for w in ("Germany", "Deutschland", "Німеччина", "ألمانيا", "ドイツ")} == {"c:DE"}
    assert lookup("Германии") == "c:DE"  # an inflected form of a place name
    keys = [(x.kind, x.key) for x in anchors("Talks in Germany on Saturday. 土曜日にドイツで。독일은 토요일에")]
    assert keys.count(("place", "c:DE")) == 3 and keys.count(("date", "d:6")) == 3
    assert [x.key for x in anchors("They met in the United States.") if x.kind == "place"] == ["c:US"]


def test_names_in_caseless_scripts_match_by_sound_only_against_names() -> None:
    assert sound("Brandt") == sound("ブラント") == sound("براندت")
    for other in (JA, AR):
        c = compare(EN, other)
        assert c.method == "translation" and c.same_story, (other, c)
        assert any("Tobias ↔" in m for m in c.matched) and "4,200" in c.matched
    u = compare(EN, AR_OTHER)
    assert not u.same_story and not any("↔" in m for m in u.matched)
    # In one language the sound candidates are no anchors at all.
    assert not [x for x in align(anchors(AR), anchors(AR_OTHER), cross_language=False).shared
                if x[0].kind == "sound"]


def test_sentence_initial_words_count_only_when_the_other_text_has_them() -> None:
    got = {x.text: x.kind for x in anchors("Police said the bridge at Varnes was closed. Residents left.")}
    assert got["Police"] == "maybe" and got["Residents"] == "maybe" and got["Varnes"] == "name"
    al = align(anchors("Residents of Varnes left on Monday."), anchors("Varnes was quiet on Monday."))
    assert al.n_a == al.n_b  # the unmatched 'Residents' is no anchor


def test_language_is_the_majority_of_the_text_not_its_first_paragraph() -> None:
    es = "El alcalde de la ciudad anunció hoy un nuevo plan para las escuelas públicas de la región."
    en = [f"The harbour authority said on Tuesday that the new ferry terminal would open in spring, "
          f"after {n} months of delays caused by storms and a shortage of steel." for n in range(3, 9)]
    assert detect_text("\n".join([es] + en)) == "en"
    assert detect_text("anything", "pt-BR") == "pt"


def test_rarity_weighs_anchors_shared_by_many_texts_less() -> None:
    texts = [anchors(f"Senator Okonkwo spoke on Monday about {n} new schools in Lindqvist County.")
             for n in range(100, 130)]
    texts.append(anchors("Ferry captain Abernathy reported 7,777 passengers on Monday."))
    w = rarity_weights(texts)
    okonkwo = next(x.key for x in texts[0] if x.text == "Okonkwo")
    abernathy = next(x.key for x in texts[-1] if x.text == "Abernathy")
    assert w[okonkwo] < 0.2 and abernathy not in w  # rare keys keep weight 1
    assert rarity_weights(texts[:5]) == {}  # too few texts to tell


def test_compare_pairs_batch_scores_stay_on_one_scale() -> None:
    lines = [json.dumps({"id": f"p{i}", "a": f"Senator Okonkwo opened {100 + i} schools in Lindqvist.",
                         "b": f"Der Senator Okonkwo eröffnete {100 + i} Schulen in Lindqvist."}) for i in range(25)]
    lines.append(json.dumps({"id": "t", "a": EN, "b": JA}))
    out = {o["id"]: o for o in compare_pairs(lines)}
    assert out["t"]["same_story"] and out["t"]["score"] >= SAME_STORY
    assert all(0.0 <= o["score"] <= 1.0 for o in out.values())


def test_two_reports_in_one_language_score_by_their_content_words() -> None:
    a = ("The regional council approved the harbour expansion on Thursday after a long debate. "
         "Fishermen fear the dredging will harm the spawning grounds of cod in the fjord.")
    b = ("After long debate, the harbour expansion won approval from the regional council. "
         "The dredging, fishermen say, threatens cod spawning grounds across the fjord.")
    c = compare(a, b)
    assert c.words > 0.4 and c.method in ("words", "anchors", "minhash")
    assert c.score > compare(a, "The orchestra plays Mahler in the concert hall tonight, tickets remain.").score
