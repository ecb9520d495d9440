"""Each credit form and trap of issue 3, in the languages it names, on fixtures written here."""

from __future__ import annotations

import pytest

from tests.conftest import WIRE
from tracer import attach_credits, extract_text
from tracer.model import Article

BODY = "\n".join(WIRE)


def credits_of(text: str, publisher: str | None = None) -> Article:
    art = extract_text(text, id="t")
    art.publisher = publisher
    return attach_credits(art)


def sources(art: Article) -> list[str]:
    return [c.agency or c.name for c in art.credits if c.kind == "organization" and c.role == "source"]


def people(art: Article, role: str = "author") -> list[str]:
    return [c.name for c in art.credits if c.kind == "person" and c.role == role]


def assert_spans(art: Article) -> None:
    for c in art.credits:
        if c.start is not None:
            assert 0 <= c.start < c.end <= len(art.text)
            assert art.text[c.start:c.end].strip()


BYLINES = [
    ("en", "By Jane Roe", "Jane Roe"),
    ("en", "by Claire Atkinson /", "Claire Atkinson"),
    ("sq", "Nga Arben Hoxha", "Arben Hoxha"),
    ("sq", "Shkruan: Arta Berisha", "Arta Berisha"),
    ("de", "Von Max Mustermann", "Max Mustermann"),
    ("de", "Ein Interview von Eugen Beispiel", "Eugen Beispiel"),
    ("fr", "Par Claire Dupont", "Claire Dupont"),
    ("es", "Por María López", "María López"),
    ("it", "Di Marco Rossi", "Marco Rossi"),
    ("it", "A cura di Giulia Bianchi", "Giulia Bianchi"),
    ("pt", "Por João Silva", "João Silva"),
    ("nl", "Door Jan de Vries", "Jan de Vries"),
    ("pl", "Autor: Anna Kowalska", "Anna Kowalska"),
    ("cs", "Autor: Jan Novák", "Jan Novák"),
    ("hr", "Piše: Ivana Horvat", "Ivana Horvat"),
    ("sr", "Пише: Милан Јовановић", "Милан Јовановић"),
    ("ru", "Автор: Иван Петров", "Иван Петров"),
    ("uk", "Автор: Олена Шевченко", "Олена Шевченко"),
    ("tr", "Yazan: Ayşe Yılmaz", "Ayşe Yılmaz"),
    ("sv", "Av Erik Lindqvist", "Erik Lindqvist"),
    ("da", "Af Mette Nielsen", "Mette Nielsen"),
    ("en", "By PAUL J. WEBB", "Paul J. Webb"),
]


@pytest.mark.parametrize(("lang", "line", "name"), BYLINES, ids=[f"{b[0]}-{b[1][:12]}" for b in BYLINES])
def test_byline_prefix_names_the_author(lang: str, line: str, name: str) -> None:
    art = credits_of("A headline here\n" + line + "\n" + BODY)
    assert people(art) == [name]
    c = next(c for c in art.credits if c.kind == "person")
    assert c.zone == "byline" and art.text[c.start:c.end].casefold() == name.casefold()


def test_byline_with_several_people_and_an_agency() -> None:
    art = credits_of("Title\nPaul J. Webb and Jeff Mulroy, Associated Press\n" + BODY, publisher="chron.com")
    assert people(art) == ["Paul J. Webb", "Jeff Mulroy"]
    assert sources(art) == ["AP"]


def test_byline_person_for_outlet() -> None:
    art = credits_of("Title\nBy Glenn Rowe And Brandon Carl For The Mail On Sunday\n" + BODY)
    assert people(art) == ["Glenn Rowe", "Brandon Carl"]
    assert [c.name for c in art.credits if c.kind == "organization"] == ["The Mail on Sunday"]


def test_byline_drops_job_descriptions() -> None:
    art = credits_of("Title\nBy Ariane de Vogue, CNN Supreme Court Reporter\n" + BODY, publisher="click2houston.com")
    assert people(art) == ["Ariane de Vogue"]
    assert sources(art) == ["CNN"]


DATELINES = [
    ("WASHINGTON (AP) — Officials said", "AP"),
    ("LONDON, July 24 (Reuters) - Shares fell", "Reuters"),
    ("PARIS, 12 fév (AFP) - Le gouvernement a annoncé", "AFP"),
    ("МОСКВА, 13 февраля. /ТАСС/. Правительство заявило", "TASS"),
    ("ZAGREB (Hina) – Vlada je objavila", "Hina"),
    ("MADRID, 3 mar (EFE).- El Gobierno anunció", "EFE"),
    ("(EFE).- El Gobierno anunció", "EFE"),
    ("(CNN) - Spotify reversed its policy", "CNN"),
    ("ROMA, 5 giugno (ANSA) - Il governo ha", "ANSA"),
    ("VARŠAVA (PAP) - Vláda oznámila", "PAP"),
    ("ANKARA (AA) - Hükümet açıkladı", "Anadolu"),
    ("TIRANË (ATA) - Qeveria njoftoi", "ATA"),
    ("BEOGRAD (Beta) - Vlada je saopštila", "Beta"),
    ("KYIV (Ukrinform) - Уряд оголосив", "Ukrinform"),
    ("GENF (AWP) - Der Konzern meldete", "AWP"),
]


@pytest.mark.parametrize(("line", "agency"), DATELINES, ids=[d[1] + "-" + d[0][:10] for d in DATELINES])
def test_dateline_names_the_wire(line: str, agency: str) -> None:
    art = credits_of("Headline\n" + line + " something on Monday.\n" + BODY)
    assert sources(art) == [agency]
    c = next(c for c in art.credits if c.role == "source")
    assert c.zone == "dateline"
    assert_spans(art)


def test_dateline_desk_code_is_an_editor() -> None:
    art = credits_of("Headline\nHamburg (dpa/lno) - Die Polizei hat am Montag\n" + BODY)
    assert sources(art) == ["dpa"]
    assert people(art, "editor") == ["lno"]


def test_dateline_deep_after_photo_captions() -> None:
    head = ["Title", "Updated 1:45 pm", "Photo: Frank Person/Invision/AP", "Image 1 of 3", "Close"] * 3
    art = credits_of("\n".join(head) + "\nNEW YORK (AP) — Spotify is backpedaling.\n" + BODY)
    assert sources(art) == ["AP"]


FOOTERS = [
    ("The minister said so.\"/ VOA (A2 Televizion)", "VOA"),
    ("Rząd przyjął projekt ustawy we wtorek. (PAP)", "PAP"),
    ("Burimi: VOA", "VOA"),
    ("Izvor: Hina", "Hina"),
    ("Quelle: dpa", "dpa"),
    ("Fuente: EFE", "EFE"),
    ("Fonte: ANSA", "ANSA"),
    ("Źródło: PAP", "PAP"),
    ("Kaynak: Anadolu Ajansı", "Anadolu"),
    ("Источник: ТАСС", "TASS"),
    ("Джерело: Укрінформ", "Ukrinform"),
    ("Zdroj: ČTK", "ČTK"),
    ("Bron: ANP", "ANP"),
    ("Källa: TT", "TT"),
    ("Kilde: Ritzau", "Ritzau"),
    ("With files from The Canadian Press", "CP"),
    ("Mit Material von dpa", "dpa"),
    ("Con información de EFE", "EFE"),
    ("Copyright 2018 The Associated Press. All rights reserved.", "AP"),
    ("© 2019 The Associated Press. All Rights Reserved. This material may not be published.", "AP"),
    ("Copyright 2018 by CNN NewSource. All rights reserved.", "CNN"),
    ("(FR mit dpa)", "dpa"),
    ("dpa/lno", "dpa"),
    ("© 2012 APA/AP", "APA"),
    ("/ AP", "AP"),
]


@pytest.mark.parametrize(("line", "agency"), FOOTERS, ids=[f[1] + "-" + f[0][:14] for f in FOOTERS])
def test_footer_credit_line_names_the_source(line: str, agency: str) -> None:
    art = credits_of(BODY + "\n" + line, publisher="example.com")
    assert agency in sources(art)
    c = next(c for c in art.credits if (c.agency or c.name) == agency)
    assert c.zone == "footer"
    assert not c.evidence.startswith(('"', "”", "»"))
    assert_spans(art)


def test_footer_editor_initials_and_agency_pairs() -> None:
    assert sorted(sources(credits_of(BODY + "\n© 2012 APA/AP", "stol.it"))) == ["AP", "APA"]
    art = credits_of("Titel\nVon: det/dpa\n" + BODY, "sportnews.bz")
    assert sources(art) == ["dpa"] and people(art, "editor") == ["det"]
    art = credits_of(BODY + "\n(FR mit dpa)", "example.com")
    assert "dpa" in sources(art)


def test_reporting_editing_and_additional_reporting() -> None:
    line = ("(Reporting by Brendan Pierson and Andrew Chung in New York; Additional reporting by "
            "Lawrence Hurley in Washington; Editing by Steve Orlofsky, Tom Brown and Lisa Shumaker)")
    art = credits_of(BODY + "\n" + line)
    assert people(art) == ["Brendan Pierson", "Andrew Chung"]
    assert people(art, "contributor") == ["Lawrence Hurley"]
    assert people(art, "editor") == ["Steve Orlofsky", "Tom Brown", "Lisa Shumaker"]
    assert_spans(art)


def test_contributed_to_this_report() -> None:
    art = credits_of(BODY + "\nSherman reported from Washington. Associated Press writer Emery P. Dalesio in "
                     "Raleigh, North Carolina, also contributed to this report.", "dailymail.co.uk")
    assert people(art) == []  # a surname alone names no one for sure (issue 15)
    assert people(art, "contributor") == ["Emery P. Dalesio"]
    art = credits_of(BODY + "\nCNET's Joan E. Solsman contributed to this report.", "cnet.com")
    assert people(art, "contributor") == ["Joan E. Solsman"]


ORIGINALLY = [
    ("This article was originally published on Undark. Read the original article.", "Undark"),
    ("This article is republished from The Conversation under a Creative Commons license.", "The Conversation"),
    ("Republished with permission of Kaiser Health News.", "Kaiser Health News"),
    ("Dieser Artikel erschien zuerst bei netzpolitik.org.", "netzpolitik.org"),
    ("Publicado originalmente en El País.", "El País"),
]


@pytest.mark.parametrize(("line", "name"), ORIGINALLY, ids=[o[1] for o in ORIGINALLY])
def test_originally_published_and_republished(line: str, name: str) -> None:
    art = credits_of(BODY + "\n" + line, "example.com")
    assert [c.name for c in art.credits if c.role == "source"] == [name]


def test_originally_published_with_a_date_is_no_credit() -> None:
    assert credits_of(BODY + "\nOriginally published May 30 at 10:25 p.m. PT.").credits == []


PHOTOS = [
    "(AP Photo/Evan Vucci)",
    "Photograph by Jane Doe / AFP / Getty Images",
    "Foto: Reuters",
    "Dado Ruvic / Reuters",
    "(Patrick Semansky/AP)",
    "Zdjęcie: PAP/Radek Pietruszka",
    "Фото: ТАСС",
    "Hat das Potential zum Superstar: Mikaela Shiffrin. © AFP / JEFF PACHOUD",
]


@pytest.mark.parametrize("line", PHOTOS)
def test_photo_credits_are_never_sources(line: str) -> None:
    art = credits_of("Title\n" + line + "\n" + BODY + "\n" + line, "example.com")
    assert sources(art) == []
    assert {c.role for c in art.credits if c.kind == "organization"} <= {"photo"}
    assert any(c.role == "photo" for c in art.credits)
    assert art.chain == ["example.com"]


CITATIONS = [
    "The mayor told Reuters the plan was sound.",
    "The plan will cost more, according to AP.",
    "Der Minister sagte laut dpa, die Lage sei ernst.",
    "Ministri tha sipas VOA se plani është i mirë.",
    "El plan costará más, según EFE.",
    "Le plan coûtera plus cher, selon l'AFP.",
    "Reuters reported in April that the plan was sound.",
]


@pytest.mark.parametrize("line", CITATIONS)
def test_citations_in_the_story_are_not_credits(line: str) -> None:
    for text in (BODY + "\n" + line, line + "\n" + BODY, WIRE[0] + "\n" + line + "\n" + "\n".join(WIRE[1:])):
        assert sources(credits_of(text, "example.com")) == []


@pytest.mark.parametrize("line", ["AFP", "AA", "ATA", "MIA", "Beta", "The rating is AA.", "Flights left MIA late."])
def test_ambiguous_codes_need_context(line: str) -> None:
    assert sources(credits_of("Title\n" + line + "\n" + BODY + "\n" + line, "example.com")) == []


def test_ambiguous_code_with_context_is_a_credit() -> None:
    assert sources(credits_of("Title\nBy AFP\n" + BODY, "example.com")) == ["AFP"]
    assert sources(credits_of(BODY + "\nBurimi: ATA", "example.com")) == ["ATA"]


def test_page_clutter_is_skipped() -> None:
    text = "Title\nNga A2 CNN\n" + BODY + "\nA2 CNN Livestream\nLatest Videos\nAdvertisement\nView Comments"
    art = credits_of(text)
    assert [(c.name, c.role) for c in art.credits] == [("A2 CNN", "publisher")]


def test_standalone_agency_line_and_bare_name_near_date() -> None:
    art = credits_of("Headline of the story\nThe Associated Press\n" + BODY, "centurylink.net/news")
    assert sources(art) == ["AP"]
    art = credits_of("Igor Derysh\nMay 31, 2019 10:00AM (UTC)\n" + BODY, "salon.com")
    assert people(art) == ["Igor Derysh"]
    art = credits_of("Latest Videos\nMay 31, 2019 10:00AM (UTC)\n" + BODY, "salon.com")
    assert people(art) == []


def test_agency_line_with_date_and_email_byline() -> None:
    assert sources(credits_of("CBS News\nAP June 1, 2018, 10:35 PM\n" + BODY, "cbsnews.com")) == ["AP"]
    assert people(credits_of("jo.mcginty@wsj.com\nMay 31, 2019 8:00 a.m. ET\n" + BODY, "wsj.com")) == ["Jo Mcginty"]


def test_person_bar_outlet_line() -> None:
    art = credits_of("Title\nDawn C. Chmielarz | Deadline\n" + BODY, "foxnews.com")
    assert people(art) == ["Dawn C. Chmielarz"] and sources(art) == ["Deadline"]


@pytest.mark.parametrize("place", ["Mumbai", "Wien", "Madrid", "London", "München", "Lisboa"])
def test_person_bar_city_line_names_where_she_writes(place: str) -> None:
    """A large city after the bar is where the writer writes from, no outlet (city_words.txt)."""
    art = credits_of(f"Title\nDawn C. Chmielarz | {place}\n" + BODY, "example-portal.test")
    assert people(art) == ["Dawn C. Chmielarz"] and sources(art) == []


def test_own_outlet_is_publisher_not_source() -> None:
    art = credits_of("NPR\n" + BODY + "\nCopyright © 2019 NPR. All rights reserved.", "npr.org")
    assert sources(art) == []
    assert ("NPR", "publisher") in {(c.agency, c.role) for c in art.credits}


def test_seed_like_text_gives_the_chain() -> None:
    text = ("Secretary Hegseth: US seeks peace\n\nNga A2 CNN\n2025-02-13 22:25:00 | Bota\n\n" + BODY
            + "\nThe end of the story.\"/ VOA (A2 Televizion)\n\nA2 CNN Livestream\n\nLatest Videos")
    art = credits_of(text)
    assert art.chain == ["A2 CNN", "VOA"]
    voa = next(c for c in art.credits if c.agency == "VOA")
    assert voa.evidence == "/ VOA (A2 Televizion)" and art.text[voa.start:voa.end] == "VOA"


@pytest.mark.parametrize(("line", "agency", "role"), [
    ("Material from the Associated Press was used in this report.", "AP", "contributor"),
    ("Information from Reuters was used in this report.", "Reuters", "contributor"),
    ("— The Associated Press contributed to this report.", "AP", "contributor"),
    ("The mayor will decide next week. — Associated Press", "AP", "source"),
])
def test_wire_material_and_signature_lines(line: str, agency: str, role: str) -> None:
    art = credits_of(BODY + "\n" + line, "example.com")
    assert [(c.agency, c.role) for c in art.credits] == [(agency, role)]
    assert_spans(art)


def test_from_line_and_agency_first_photo_credit() -> None:
    assert sources(credits_of("Title\nFrom Reuters\n" + BODY, "example.com")) == ["Reuters"]
    art = credits_of("Title\nREUTERS/Mike Segar\n" + BODY, "example.com")
    assert [(c.agency, c.role) for c in art.credits] == [("Reuters", "photo")]


@pytest.mark.parametrize(("text", "want"), [
    ("Title\nBy JANE ROE Associated Press\n" + BODY, [("Jane Roe", "author"), ("AP", "source")]),
    ("Title\nPosted by Jane Roe on May 3\n" + BODY, [("Jane Roe", "author")]),
    ("Title\nBy Jane Roe Updated 3:45 PM\n" + BODY, [("Jane Roe", "author")]),
    ("Title\nLONDON/PARIS (Reuters) - Shares fell.\n" + BODY, [("Reuters", "source")]),
    ("Title\nWASHINGTON (AP) _ The Senate voted.\n" + BODY, [("AP", "source")]),
    (BODY + "\nWrite to Jane Roe at jane.roe@wsj.com and John Doe at jd@wsj.com",
     [("Jane Roe", "author"), ("John Doe", "author")]),
    (BODY + "\nFollow Jane Roe on Twitter: @jroe", [("Jane Roe", "author")]),
    (BODY + "\nContributing: Jane Roe, John Doe", [("Jane Roe", "contributor"), ("John Doe", "contributor")]),
    (BODY + "\nJane Roe covers politics for the Daily Planet.", [("Jane Roe", "author")]),
])
def test_more_byline_and_footer_variants(text: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(text, "example.com")
    assert [(c.agency or c.name, c.role) for c in art.credits] == want
    assert_spans(art)


def test_lines_repeated_across_a_sites_pages_yield_no_weak_credits() -> None:
    from tracer.credits import repeated_lines

    pages = []
    for i, w in enumerate(WIRE[:4]):
        art = extract_text(f"Story {i}\nOcean Breeze\nMay {i + 1}, 2019 10:00 AM\n{w}\n{BODY}\nQuelle: dpa", id=str(i))
        art.publisher = "example.com"
        pages.append(art)
    alone = attach_credits(pages[0])
    assert "Ocean Breeze" in people(alone)  # looks like a byline on one page …
    rep = repeated_lines(pages)["example.com"]
    assert "Ocean Breeze" in rep
    again = attach_credits(pages[1], boilerplate=rep)
    assert people(again) == []  # … but the site repeats it on every page: clutter
    assert sources(again) == ["dpa"]  # an explicit source line still counts


@pytest.mark.parametrize("headline", [
    "Starlink’s Quiet Role in Venezuela’s Political Crisis",
    "How Economic Security Helped Drive Trump’s Tariff Wars",
    "The Islamic Republic’s Founding Myth",
])
def test_title_case_headlines_are_not_bylines(headline: str) -> None:
    art = credits_of(headline + "\nFeb 17, 2026\n" + BODY, "example.com")
    assert people(art) == [] and sources(art) == []


@pytest.mark.parametrize("line", [
    "© 2019 CBS Interactive. All rights reserved.",
    "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.",
    "©2019 NBC Universal",
    "Contributors Become a Contributor",
    "twitter.com/janeroe",
])
def test_owner_copyrights_menus_and_handles_are_not_credits(line: str) -> None:
    art = credits_of("Title\n" + line + "\nNov 18, 2019\n" + BODY + "\n" + line, "example.com")
    assert [c for c in art.credits if c.role in ("source", "contributor", "author")] == []


def test_degrees_are_not_people() -> None:
    art = credits_of("Title\nBy Ilana Muhlstein, MS, RDN\n" + BODY, "example.com")
    assert people(art) == ["Ilana Muhlstein"]
