"""Writers and sources in article text that tracer used to miss (issue 15), and the traps
beside each form: invented articles, invented names, invented outlets (on *.test hosts)."""

from __future__ import annotations

import pytest

from tests.conftest import WIRE
from tracer import attach_credits, extract_text
from tracer.credits.gazetteer import Gazetteer, Org, default_gazetteer
from tracer.credits.names import is_person
from tracer.model import Article

BODY = "\n".join(WIRE)
HEADLINE = "How the Council Could Reset the Transit Debate With a Bus Deal"


def credits_of(text: str, publisher: str | None = "examplepost.test") -> Article:
    art = extract_text(text, id="t")
    art.publisher = publisher
    return attach_credits(art)


def named(art: Article) -> list[tuple[str, str, str]]:
    """(name or agency, kind, role) of every author, contributor and source credit, in order."""
    return [(c.agency or c.name, c.kind, c.role) for c in art.credits if c.role in ("author", "contributor", "source")]


def assert_spans(art: Article) -> None:
    for c in art.credits:
        if c.start is not None:
            assert 0 <= c.start < c.end <= len(art.text)
            assert art.text[c.start:c.end].strip()


# ---------------------------------------------------------------- initials where no 'By' stands


@pytest.mark.parametrize(("head", "want"), [
    # a paper and its time stamp beside two capitals and a surname
    ("Council approves budget\nEJ Roe , Example Republic Published 7:05 a.m. MT July 16, 2018", ["EJ Roe"]),
    ("Council approves budget\nJ.R. Doelittle\nJuly 16, 2018", ["J.R. Doelittle"]),
    ("Council approves budget\nPublished 7:05 a.m. July 16, 2018\nT.J. Wexley", ["T.J. Wexley"]),
    ("Council approves budget\nJ. Roe\nUpdated July 16, 2018", ["J. Roe"]),
    ("Council approves budget\nA.B. Quist and C. D. Marlow\nJuly 16, 2018", ["A.B. Quist", "C. D. Marlow"]),
])
def test_initialled_writers_on_a_names_line_where_a_byline_stands(head: str, want: list[str]) -> None:
    art = credits_of(head + "\n" + BODY)
    assert [n for n, kind, role in named(art) if kind == "person" and role == "author"] == want
    assert_spans(art)


@pytest.mark.parametrize("line", ["U.S. Army", "D.C. Council", "A.M. Best", "AM Best", "TV Azteca", "PR Newswire"])
def test_initials_that_spell_a_place_or_an_abbreviation_name_no_writer(line: str) -> None:
    for head in (HEADLINE + "\n" + line, "Council approves budget\n" + line + "\nJuly 16, 2018"):
        art = credits_of(head + "\n" + BODY)
        assert [n for n, kind, _ in named(art) if kind == "person"] == []


def test_initials_alone_are_no_person_without_a_byline_context() -> None:
    assert not is_person("W.J. Roe")
    assert is_person("W.J. Roe", initials=True)
    assert not is_person("Roe", initials=True)  # a lone word needs `single`
    # a line of initials between body paragraphs is no byline
    art = credits_of(BODY + "\nW.J. Roe\n" + BODY.replace("council", "board"))
    assert named(art) == []


@pytest.mark.parametrize("line", ["New York", "Senior Reporter", "Council Approves New Transit Budget"])
def test_places_titles_and_title_case_headlines_under_the_headline_are_no_writers(line: str) -> None:
    art = credits_of(HEADLINE + "\n" + line + "\n" + BODY)
    assert [n for n, kind, _ in named(art) if kind == "person"] == []


# ---------------------------------------------------------------- writers' bios at the end


@pytest.mark.parametrize(("bio", "want"), [
    ("Jane Roe holds a Ph.D. in political science. She is a research fellow at the Example Institute.", "Jane Roe"),
    ("Jane Roe teaches political science at Example College.", "Jane Roe"),
    ("Jane Roe covers city hall for the paper.", "Jane Roe"),
    ("Jane Roe has reported on transit for a decade.", "Jane Roe"),
    ("Jane Roe writes about cities and housing.", "Jane Roe"),
    ("Jane Roe is a senior fellow at the Example Institute.", "Jane Roe"),
    ("Jane Roe is an associate professor of urban planning at Example University.", "Jane Roe"),
    ("Jane Roe directs the urban program at the Example Institute.", "Jane Roe"),
    ("Jana Rohde schreibt über Stadtpolitik und Verkehr.", "Jana Rohde"),
    ("Jana Rohde berichtet seit 2010 aus dem Rathaus.", "Jana Rohde"),
    ("Jeanne Roux couvre la politique locale depuis 2015.", "Jeanne Roux"),
    ("Jeanne Roux enseigne l'économie à l'Université d'Exampleville.", "Jeanne Roux"),
    ("Juana Ruiz escribe sobre política municipal.", "Juana Ruiz"),
    ("Juana Ruiz es doctora en Economía por la Universidad de Ejemplo.", "Juana Ruiz"),
    ("Giulia Rossi insegna storia contemporanea all'Università di Esempio.", "Giulia Rossi"),
    ("Ana Souza escreve sobre cidades e transporte.", "Ana Souza"),
])
def test_a_closing_bio_names_the_writer(bio: str, want: str) -> None:
    art = credits_of(BODY + "\n" + bio)
    assert named(art) == [(want, "person", "author")]
    assert_spans(art)


@pytest.mark.parametrize("text", [
    # the person the story is about, named before the closing line
    BODY.replace("Mayor Jane Holloway said", "Teacher John Doe said")
    + "\nJohn Doe teaches mathematics at Example High School and plans to run for the council next year.",
    BODY.replace("Mayor Jane Holloway said", "Economist Ann Poe said")
    + "\nAnn Poe is a professor of economics at Example University.",
    # reported speech: a quoted person's description
    BODY + "\nJohn Doe teaches at a local school and said the budget was welcome.",
    BODY + "\nJohn Doe holds a seat on the council and voted against the plan.",
    BODY + "\nThe plan covers three districts and the budget passed.",
    # a bio verb in a later sentence of a body paragraph
    BODY + "\nThe vote was close. John Doe teaches civics and watched from the gallery.",
])
def test_closing_lines_about_people_in_the_story_are_no_bios(text: str) -> None:
    assert [n for n, kind, _ in named(credits_of(text)) if kind == "person"] == []


def test_a_bio_verb_in_the_middle_of_the_story_names_no_writer() -> None:
    mid = WIRE[:3] + ["Jane Roe teaches political science at Example College."] + WIRE[3:] + WIRE
    assert named(credits_of("\n".join(mid))) == []


# ---------------------------------------------------------------- writers and the firm they write for


@pytest.mark.parametrize(("text", "want"), [
    (HEADLINE + "\nSubmitted by Jane Roe and John Doe of ExampleTrek Research\n" + BODY,
     [("Jane Roe", "person", "author"), ("John Doe", "person", "author"),
      ("ExampleTrek Research", "organization", "source")]),
    (HEADLINE + "\nBy Jane Roe of Example Capital Partners\n" + BODY,
     [("Jane Roe", "person", "author"), ("Example Capital Partners", "organization", "source")]),
    (BODY + "\nJane Roe of Example Associates contributed to this report.",
     [("Jane Roe", "person", "contributor"), ("Example Associates", "organization", "contributor")]),
    # a place, a university, a council after 'of': the writer alone
    (HEADLINE + "\nBy Jane Roe of Exampleville\n" + BODY, [("Jane Roe", "person", "author")]),
    (HEADLINE + "\nBy Jane Roe of Example University\n" + BODY, [("Jane Roe", "person", "author")]),
    (HEADLINE + "\nBy Jane Roe of the Exampleville City Council\n" + BODY, [("Jane Roe", "person", "author")]),
])
def test_writers_of_a_firm_credit_the_firm_as_source(text: str, want: list[tuple[str, str, str]]) -> None:
    art = credits_of(text)
    assert named(art) == want
    assert_spans(art)


# ---------------------------------------------------------------- byline labels in many languages


@pytest.mark.parametrize(("line", "want"), [
    ("Por JUANA RUIZ", ["Juana Ruiz"]),
    ("Por JUAN PÉREZ-GARCÍA", ["Juan Pérez-García"]),
    ("Por María José de los Santos", ["María José de los Santos"]),
    ("Por Ana María de la Cruz y Juan Pérez", ["Ana María de la Cruz", "Juan Pérez"]),
    ("Texto por Ana Souza", ["Ana Souza"]),
    ("Por Maria da Silva e João dos Santos", ["Maria da Silva", "João dos Santos"]),
    ("Par Jean-Marc de La Roche", ["Jean-Marc de La Roche"]),
    ("Par Marie-Hélène d'Arcy", ["Marie-Hélène d'Arcy"]),
    ("Texte : Jean-Pierre LE GOFF", ["Jean-Pierre Le Goff"]),
    ("Di Maria Rossi e Luca Bianchi", ["Maria Rossi", "Luca Bianchi"]),
    ("Di MARIA ROSSI", ["Maria Rossi"]),
    ("Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"]),
    ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
    ("Autor: JAN KOWALSKI", ["Jan Kowalski"]),
    ("Napisała Anna Kowalska", ["Anna Kowalska"]),
    ("Написал Иван Петров", ["Иван Петров"]),
    ("Написала Ольга Иванова", ["Ольга Иванова"]),
    ("Автор: ИВАН ПЕТРОВ", ["Иван Петров"]),
    ("Γράφει ο Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
    # capitals carry no accents: a common given name's and a fixed-stress ending's come back (credits/greek.py)
    ("ΓΡΑΦΕΙ Ο ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ", ["Γιώργος Παπαδόπουλος"]),
    ("Yazan: Ayşe Demir", ["Ayşe Demir"]),
    ("Von JANA ROHDE und KLAUS MÜLLER-LÜDENSCHEIDT", ["Jana Rohde", "Klaus Müller-Lüdenscheidt"]),
    ("Piše: MARKO MARKOVIĆ", ["Marko Marković"]),
])
def test_byline_labels_of_many_languages(line: str, want: list[str]) -> None:
    art = credits_of(HEADLINE + "\n" + line + "\n" + BODY)
    assert [n for n, kind, role in named(art) if kind == "person" and role == "author"] == want
    assert_spans(art)


@pytest.mark.parametrize("line", [
    "Por la mañana llovió en la ciudad.",
    "Di fronte al municipio la protesta continua.",
    "Od poniedziałku obowiązują nowe przepisy.",
    # 'Od' ('from') opens a date or a desk's note far more often than a byline: no label
    "Od Redakcji",
    "Od Nowego Roku",
    "Juan Pérez en Exampleville",  # where he writes: no second writer
])
def test_label_words_opening_prose_or_a_place_name_no_writer(line: str) -> None:
    names = [n for n, kind, _ in named(credits_of(HEADLINE + "\n" + line + "\n" + BODY)) if kind == "person"]
    assert names in ([], ["Juan Pérez"])


@pytest.mark.parametrize(("line", "want"), [
    ("Por Juana Ruiz en Buenos Aires", ["Juana Ruiz"]),
    ("Por Juana Ruiz en Ciudad Real y Juan Pérez en San Sebastián", ["Juana Ruiz", "Juan Pérez"]),
    ("Door Jan de Vries en Den Haag", ["Jan de Vries"]),
])
def test_a_place_after_en_is_where_the_writer_writes(line: str, want: list[str]) -> None:
    art = credits_of(HEADLINE + "\n" + line + "\n" + BODY)
    assert [n for n, kind, _ in named(art) if kind == "person"] == want


@pytest.mark.parametrize(("bio", "want"), [
    ("About the author: Jane Roe is a professor at Example University.", "Jane Roe"),
    ("Zur Autorin: Jana Rohde lehrt Politikwissenschaft an der Universität Exampleburg.", "Jana Rohde"),
    ("Die Autorin: Jana Rohde ist Redakteurin im Ressort Politik.", "Jana Rohde"),
    ("L'auteure : Jeanne Roux est chercheuse au Centre d'études urbaines.", "Jeanne Roux"),
    ("Sobre la autora: Juana Ruiz es profesora de Economía.", "Juana Ruiz"),
    # a degree or the writer's handle between her name and the bio's verb
    ("Jane Roe, Ph.D., is a professor of economics at Example University.", "Jane Roe"),
    ("Jane Roe, PhD, teaches economics at Example University.", "Jane Roe"),
    ("Jane Roe (@janeroe) covers transit for Example Weekly.", "Jane Roe"),
])
def test_a_bio_label_or_a_degree_before_the_bio(bio: str, want: str) -> None:
    art = credits_of(BODY + "\n" + bio)
    assert [(n, role) for n, kind, role in named(art) if kind == "person"] == [(want, "author")]
    assert_spans(art)


@pytest.mark.parametrize("line", [
    "John Doe, 45, teaches at Example High School.",  # an age, no degree: a person in the story
    "John Doe, the mayor, teaches civics on weekends.",
    "Jane Roe is the mayor of Exampleville.",
    "Jane Roe is a spokeswoman for the council.",
])
def test_descriptions_of_people_in_the_news_are_no_bios(line: str) -> None:
    assert [n for n, kind, _ in named(credits_of(BODY + "\n" + line)) if kind == "person"] == []


@pytest.mark.parametrize(("head", "want"), [
    ("JANE ROE\nStaff Writer", ["Jane Roe"]),
    ("Jane Roe\nSenior Correspondent", ["Jane Roe"]),
    ("Story: Jane Roe", ["Jane Roe"]),
    # an office is no newsroom title: the person the story is about
    ("Jane Holloway\nPresident", []),
    ("Story: The council's long road to a budget", []),
])
def test_a_name_over_its_newsroom_title_in_the_head(head: str, want: list[str]) -> None:
    art = credits_of(HEADLINE + "\n" + head + "\n" + BODY)
    assert [n for n, kind, role in named(art) if kind == "person" and role == "author"] == want


# ---------------------------------------------------------------- the outlet a writer's bio names

PLANET = Org(name="The Example Planet", agency=None, type="outlet", aliases=("Example Planet", "EXAMPLE PLANET"))
GAZ = Gazetteer([*default_gazetteer().orgs, PLANET])


def text_named(text: str, publisher: str = "examplepost.test") -> list[tuple[str, str, str]]:
    art = extract_text(text, id="t")
    art.publisher = publisher
    return named(attach_credits(art, GAZ))


@pytest.mark.parametrize(("bio", "want"), [
    ("Jane Roe, a senior fellow at the Example Institute, is the author of \"Cities in Motion.\"",
     [("Jane Roe", "person", "author")]),
    # the outlet whose board of contributors or columnists the writer belongs to: the text's source
    ("Jane Roe, founder of Example Reports, is the author of \"Cities in Motion\" and a member of EXAMPLE PLANET's "
     "Board of Contributors.", [("Jane Roe", "person", "author"), ("The Example Planet", "organization", "source")]),
    ("Jane Roe is a contributing writer for The Example Planet.",
     [("Jane Roe", "person", "author"), ("The Example Planet", "organization", "source")]),
    # an outlet a bio merely mentions is no source
    ("Jane Roe is a reporter whose work has appeared in The Example Planet.", [("Jane Roe", "person", "author")]),
])
def test_a_bio_names_the_writer_and_the_outlet_she_writes_for(bio: str, want: list[tuple[str, str, str]]) -> None:
    assert text_named(BODY + "\n" + bio) == want


def test_the_outlet_a_bio_names_on_its_own_site_is_the_publisher() -> None:
    # 'The Example Planet' on theexampleplanet.test: the article kept in the host name
    got = text_named(BODY + "\nJane Roe is a staff writer at The Example Planet.", publisher="theexampleplanet.test")
    assert got == [("Jane Roe", "person", "author")]


def test_an_apposition_with_reported_speech_is_no_bio() -> None:
    line = "John Doe, a retired teacher, is a frequent critic of the council and said the plan would fail."
    assert text_named(BODY + "\n" + line) == []


def test_a_former_employer_in_a_bio_is_no_source() -> None:
    line = "Jane Roe is a former columnist for The Example Planet who teaches journalism at Example College."
    assert text_named(BODY + "\n" + line) == [("Jane Roe", "person", "author")]


# ---------------------------------------------------------------- furniture around a byline


@pytest.mark.parametrize(("head", "want"), [
    ("Jeanne Roux, correspondante à Bruxelles", [("Jeanne Roux", "author")]),
    ("Jana Rohde, Korrespondentin in Exampleburg", [("Jana Rohde", "author")]),
    # the picture credit after a space alone, in the same line
    ("Teksti: Matti Virtanen Kuvat: Liisa Korhonen", [("Matti Virtanen", "author")]),
    ("Tekst: Jan de Vries Beeld: Piet Jansen", [("Jan de Vries", "author")]),
    # an aside that says who took the pictures
    ("Von Jana Rohde (Text) und Klaus Müller (Fotos)", [("Jana Rohde", "author"), ("Klaus Müller", "photo")]),
    # the writer over where and when she wrote
    ("Juana Ruiz\nCiudad de México / 16.07.2018 10:05", [("Juana Ruiz", "author")]),
    ("Jana Rohde\nExampleburg, 16.07.2018", [("Jana Rohde", "author")]),
])
def test_a_byline_with_its_title_place_or_picture_credit(head: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(HEADLINE + "\n" + head + "\n" + BODY)
    assert [(c.name, c.role) for c in art.credits if c.kind == "person"] == want
    assert_spans(art)


@pytest.mark.parametrize("head", ["Ciudad de México / 16.07.2018 10:05", "Buenos Aires, July 16, 2018",
                                  "San Sebastián\nJuly 16, 2018"])
def test_a_place_on_a_dated_line_is_no_writer(head: str) -> None:
    art = credits_of(HEADLINE + "\n" + head + "\n" + BODY)
    assert [c.name for c in art.credits if c.kind == "person"] == []


def test_a_label_of_text_and_pictures_is_one_label() -> None:
    art = credits_of(HEADLINE + "\nTeksti ja Kuvat: Matti Virtanen\n" + BODY)
    assert [(c.name, c.role) for c in art.credits if c.kind == "person"] == [("Matti Virtanen", "author")]


# ---------------------------------------------------------------- closing credit sentences


@pytest.mark.parametrize(("line", "want"), [
    ("Jane Roe reported from Exampleville; John Doe reported from Exampletown.",
     [("Jane Roe", "author"), ("John Doe", "author")]),
    ("Jane Roe reported from Exampleville and John Doe from Exampletown.",
     [("Jane Roe", "author"), ("John Doe", "author")]),
    ("Jane Roe reported this story from Exampleville.", [("Jane Roe", "author")]),
    ("This story was reported by Jane Roe.", [("Jane Roe", "author")]),
    ("This article was written by Jane Roe, a reporter at Example Weekly.", [("Jane Roe", "author")]),
    ("Juan Pérez colaboró en este reportaje.", [("Juan Pérez", "contributor")]),
    ("Jeanne Roux a contribué à cet article.", [("Jeanne Roux", "contributor")]),
    ("Maria Rossi e Luca Bianchi hanno collaborato a questo articolo.",
     [("Maria Rossi", "contributor"), ("Luca Bianchi", "contributor")]),
    # the writer's label, then the editor's, in one closing line
    ("Texto: Ana Souza. Edição: João Lima", [("Ana Souza", "author")]),
])
def test_closing_credit_sentences(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert [(n, role) for n, kind, role in named(art) if kind == "person"] == want
    assert_spans(art)


@pytest.mark.parametrize("line", [
    "The budget was written by council staff over the summer.",
    "Jane Holloway reported from the meeting that the vote was close and Exampleville from the north agreed.",
])
def test_closing_prose_with_credit_words_names_no_writer(line: str) -> None:
    assert [n for n, kind, _ in named(credits_of(BODY + "\n" + line)) if kind == "person"] == []


@pytest.mark.parametrize(("line", "want"), [
    ("KXMP•", [("KXMP", "organization", "source")]),
    ("KXMP-TV•", [("KXMP-TV", "organization", "source")]),
    ("Jane Roe•", []),  # a person's name there is a blog's byline, not a provider
])
def test_a_portals_provider_line_with_a_stations_call_sign(line: str, want: list[tuple[str, str, str]]) -> None:
    art = credits_of(HEADLINE + "\n" + line + "\n" + HEADLINE + "\nMore\nEXAMPLEVILLE (AP) - " + BODY)
    assert [x for x in named(art) if x[0] != "AP"] == want


@pytest.mark.parametrize(("line", "want"), [
    ("feedback@examplemotors.test (Jane Roe)",
     [("Jane Roe", "person", "author"), ("examplemotors.test", "organization", "source")]),
    # the site's own address is its publisher; a mail provider names no site
    ("news@examplepost.test (Jane Roe)", [("Jane Roe", "person", "author")]),
    ("jane.roe@gmail.com (Jane Roe)", [("Jane Roe", "person", "author")]),
])
def test_a_feeds_address_book_byline_names_the_writer_and_the_partner_site(
        line: str, want: list[tuple[str, str, str]]) -> None:
    art = credits_of(HEADLINE + "\n" + line + "\nMore\n" + BODY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Reporting: Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
    ("Reporting the budget was hard work for Jane Roe", []),  # no colon: prose
])
def test_a_reporting_colon_label(line: str, want: list[str]) -> None:
    for text in (HEADLINE + "\n" + line + "\n" + BODY, BODY + "\n" + line):
        assert [n for n, kind, role in named(credits_of(text)) if kind == "person"] == want


# ---------------------------------------------------------------- the writer's sources beside her name


A, S = "author", "source"


@pytest.mark.parametrize(("byline", "want"), [
    ("Par Jeanne Roux (avec AFP)", [("Jeanne Roux", A), ("AFP", S)]),
    ("Par Jeanne Roux et Paul Martin (avec AFP et Reuters)",
     [("Jeanne Roux", A), ("Paul Martin", A), ("AFP", S), ("Reuters", S)]),
    ("Von Jana Rohr (mit dpa)", [("Jana Rohr", A), ("dpa", S)]),
    ("By Jane Roe (with Reuters)", [("Jane Roe", A), ("Reuters", S)]),
    ("Por Juana Rojas (con información de EFE)", [("Juana Rojas", A), ("EFE", S)]),
    ("Por Juana Rojas, con información de EFE", [("Juana Rojas", A), ("EFE", S)]),
    ("Par Jeanne Roux (avec agences)", [("Jeanne Roux", A), ("agences", S)]),
])
def test_a_with_aside_after_the_writer_credits_her_sources(byline: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(HEADLINE + "\n" + byline + "\n" + BODY)
    assert sorted((n, r) for n, _, r in named(art)) == sorted(want)
    assert_spans(art)


@pytest.mark.parametrize("byline", [
    "Par Jeanne Roux (avec Paul Martin)",  # a second writer, not a source
    "By Jane Roe (with photos)",
    "Von Jana Rohr (mit Grafiken von Max Mohr)",
    "Por Juana Rojas, con Pedro Ruiz",
])
def test_a_with_aside_of_people_or_things_credits_no_source(byline: str) -> None:
    art = credits_of(HEADLINE + "\n" + byline + "\n" + BODY)
    assert not [c for c in art.credits if c.kind == "organization" and c.role == "source"]
    assert art.credits and art.credits[0].role == "author"


@pytest.mark.parametrize(("line", "want"), [
    ("Le Monde avec AFP", ["Le Monde", "AFP"]),
    ("Euronews with AFP", ["Euronews", "AFP"]),
])
def test_outlets_joined_by_a_with_word_over_the_body_are_sources(line: str, want: list[str]) -> None:
    text = HEADLINE + "\n" + line + "\n" + BODY
    assert [n for n, _, r in named(credits_of(text)) if r == "source"] == want
    # the same line between two paragraphs is a picture's or an embed's credit, not the story's
    mid = HEADLINE + "\n" + BODY.split("\n", 1)[0] + "\n" + line + "\n" + BODY.split("\n", 1)[1]
    assert [n for n, _, r in named(credits_of(mid)) if r == "source"] == []


# ---------------------------------------------------------------- tail lines: bios, contacts, via, copyright


@pytest.mark.parametrize(("tail", "want"), [
    ("The author, Jane Roe, is a senior fellow at the Center for Transit Policy.", [("Jane Roe", "author")]),
    ("L'auteur, Jean Dupont, est chercheur au Centre d'études urbaines.", [("Jean Dupont", "author")]),
    ("Reach Jane Roe at jroe@ledger.test.", [("Jane Roe", "author")]),
    ("Additional reporting: Jane Roe and John Doe", [("Jane Roe", "contributor"), ("John Doe", "contributor")]),
    ("(via Reuters)", [("Reuters", "source")]),
    ("— via AP", [("AP", "source")]),
    ("via The New York Times", [("The New York Times", "source")]),
    ("©2024 Bloomberg L.P.", [("Bloomberg", "source")]),
    ("©2024 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC.",
     [("Los Angeles Times", "source"), ("Tribune Content Agency", "source")]),
])
def test_tail_lines_that_credit(tail: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(HEADLINE + "\n" + BODY + "\n" + tail)
    assert [(n, r) for n, _, r in named(art)] == want
    assert_spans(art)


@pytest.mark.parametrize("tail", [
    "The author, who asked not to be named, is a teacher in Ohio.",
    "Reach John Doe, the program's director, at 555-0100.",
    "Call Jane Roe, the festival's organiser, at 555-0100.",
    "(via Getty Images)",
    "via Twitter",
    "via email",
])
def test_tail_lines_that_only_mention(tail: str) -> None:
    assert named(credits_of(HEADLINE + "\n" + BODY + "\n" + tail)) == []


# ---------------------------------------------------------------- head lines: genre labels, places, desks

LONG_LEAD = ("The city council voted on Tuesday to approve a new budget that raises spending on public transport by "
             "twelve percent, the largest increase in a decade, after a debate that ran late into the night.")


@pytest.mark.parametrize(("head", "want"), [
    ("OPINION | Jane Roe", ["Jane Roe"]),
    ("Opinión | Juana Rojas", ["Juana Rojas"]),
    ("Guest column by Jane Roe", ["Jane Roe"]),
    ("Análisis de Juana Rojas", ["Juana Rojas"]),
    ("Un commento di Giovanna Rossi", ["Giovanna Rossi"]),
    ("Een column van Jan de Vries", ["Jan de Vries"]),
    ("JUANA ROJAS\nMADRID", ["Juana Rojas"]),
    ("Giovanna Rossi\nROMA", ["Giovanna Rossi"]),
    ("Redacción Madrid", []),  # the desk and its city
])
def test_head_lines_with_a_genre_a_place_or_a_desk(head: str, want: list[str]) -> None:
    art = credits_of(HEADLINE + "\n" + head + "\n" + LONG_LEAD + "\n" + BODY)
    assert [n for n, k, r in named(art) if k == "person"] == want
    assert_spans(art)


@pytest.mark.parametrize("head", ["Jane Roe\nPresident", "Jane Roe\nOpinion"])
def test_a_name_over_a_title_or_a_word_is_not_placed(head: str) -> None:
    # no date, no body right under the name: a title, a section or an organisation is no place
    text = HEADLINE + "\n" + head + "\nShort line.\n" + BODY
    assert [n for n, k, r in named(credits_of(text)) if k == "person"] == []


@pytest.mark.parametrize(("head", "want"), [
    ("Jane Roe\n@janeroe", []),  # an embedded post opens so
    ("Jane Roe\nFollow", ["Jane Roe"]),
    ("Jane Roe\n3 min read", ["Jane Roe"]),
    ("Jana Rohr, Max Mohr\nvor 2 Stunden", ["Jana Rohr", "Max Mohr"]),
    ("Jeanne Roux\nil y a 3 heures", ["Jeanne Roux"]),
    ("Jane Roe\nMore from the council: budget passes", []),  # a teaser, not the byline's furniture
    ("Jane Roe\nShare this story with friends", []),
])
def test_a_name_over_the_byline_furniture(head: str, want: list[str]) -> None:
    text = HEADLINE + "\n" + head + "\nOfficials said the vote was close.\n" + BODY
    assert [n for n, k, r in named(credits_of(text)) if k == "person"] == want


@pytest.mark.parametrize(("byline", "names"), [
    ("Von Jana Rohr vor 2 Stunden", "Jana Rohr"),
    ("Par Jeanne Roux il y a 3 heures", "Jeanne Roux"),
    ("Por Juana Rojas hace 2 horas", "Juana Rojas"),
    ("di Giovanna Rossi 2 ore fa", "Giovanna Rossi"),
])
def test_a_relative_time_after_the_byline_is_cut(byline: str, names: str) -> None:
    assert [n for n, k, r in named(credits_of(HEADLINE + "\n" + byline + "\n" + BODY))] == [names]


@pytest.mark.parametrize(("head", "want"), [
    ("By Jane Roe | Example Examiner", [("Jane Roe", "author"), ("Example Examiner", "source")]),
    ("By Jane Roe | Senior Editor", [("Jane Roe", "author")]),  # a title after the bar, no outlet
    ("Jane Roe in Helsinki and John Doe in Washington", [("Jane Roe", "author"), ("John Doe", "author")]),
    ("Posted Jul 16, 2018 by Jane Roe", [("Jane Roe", "author")]),
    ("Publié le 16 juillet 2018 par Jeanne Roux", [("Jeanne Roux", "author")]),
])
def test_more_head_bylines(head: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(HEADLINE + "\n" + head + "\nOfficials said the vote was close.\n" + BODY)
    assert [(n, r) for n, _, r in named(art)] == want
    assert_spans(art)


def test_one_name_in_a_place_alone_may_be_a_caption() -> None:
    text = HEADLINE + "\nDonald Roe in Helsinki\nOfficials said the vote was close.\n" + BODY
    assert named(credits_of(text)) == []


@pytest.mark.parametrize(("tail", "want"), [
    ("Jane Roe is the Moscow bureau chief for The Example Post.", ["Jane Roe"]),
    ("Jane Roe and John Doe are reporters for the Ledger.", ["Jane Roe", "John Doe"]),
    ("Jane Roe, John Doe and Ann Poe are staff writers at the Ledger.", ["Jane Roe", "John Doe", "Ann Poe"]),
    ("Jane Roe and John Doe are residents of Exampleville.", []),  # no newsroom role
    ("The mayor and the council are critics of the plan.", []),  # no names
])
def test_bios_of_one_or_more_writers(tail: str, want: list[str]) -> None:
    art = credits_of(HEADLINE + "\n" + BODY + "\n" + tail)
    assert [n for n, k, r in named(art) if k == "person"] == want
    assert_spans(art)


@pytest.mark.parametrize(("head", "want"), [
    ("Jane Roe, The Example Ledger • July 16, 2018", [("Jane Roe", "author"), ("The Example Ledger", "source")]),
    ("Jane Roe\nThe Example Ledger • July 16, 2018", [("Jane Roe", "author"), ("The Example Ledger", "source")]),
    ("Exampleville, Ohio • July 16, 2018", []),  # a place and a date: no outlet
])
def test_a_portal_provider_line_with_the_writer(head: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(HEADLINE + "\n" + head + "\nOfficials said the vote was close.\n" + BODY, "portal.test")
    assert [(n, r) for n, _, r in named(art)] == want
    assert_spans(art)


@pytest.mark.parametrize(("head", "want"), [
    ("Jane Roe\nNewser Staff", [("Jane Roe", "author"), ("Newser", "source")]),
    ("By Jane Roe\nBBC News, Helsinki", [("Jane Roe", "author"), ("BBC", "source")]),
])
def test_the_writer_over_her_outlet_and_its_desk_or_place(head: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(HEADLINE + "\n" + head + "\nOfficials said the vote was close.\n" + BODY, "portal.test")
    assert [(n, r) for n, _, r in named(art)] == want


@pytest.mark.parametrize(("tail", "want"), [
    ("Le Monde avec AFP", ["Le Monde", "AFP"]),
    ("AFP, Reuters", ["AFP", "Reuters"]),
    ("AFP", []),  # a lone ambiguous code closing the text needs a context (test_credits_forms)
])
def test_known_outlets_closing_the_text_vouch_for_each_other(tail: str, want: list[str]) -> None:
    art = credits_of(HEADLINE + "\n" + BODY + "\n" + tail)
    assert [n for n, _, r in named(art) if r == "source"] == want


# ---------------------------------------------------------------- a blog quoting a block from an outlet

QUOTED = ("\u201cThe council approved a budget that raises spending on public transport by twelve percent, "
          "the largest increase in a decade,\u201d the paper reported on its front page.")


@pytest.mark.parametrize(("intro", "want"), [
    ("The Example Ledger reports:", "The Example Ledger"),
    ("Excerpt from The Example Ledger:", "The Example Ledger"),
    ("Here's what the Example Ledger reported:", "The Example Ledger"),
    ("Reuters has the story:", "Reuters"),
    ("Die Beispiel Zeitung berichtet:", "Die Beispiel Zeitung"),
    ("Extrait de Le Journal Exemple :", "Le Journal Exemple"),
])
def test_an_outlet_introducing_a_quoted_block_is_a_source(intro: str, want: str) -> None:
    for text in (HEADLINE + "\n" + intro + "\n" + QUOTED + "\n" + BODY,
                 HEADLINE + "\n" + BODY + "\n" + intro + "\n" + QUOTED + "\n" + BODY):
        art = credits_of(text)
        assert [n for n, _, r in named(art) if r == "source"] == [want]
        assert_spans(art)


@pytest.mark.parametrize("intro", ["Jane Roe writes:", "The mayor wrote:", "From a reporter on the scene:",
                                   "The Example Ledger reports that the vote was close."])
def test_a_person_or_prose_introducing_a_quote_credits_no_source(intro: str) -> None:
    art = credits_of(HEADLINE + "\n" + BODY + "\n" + intro + "\n" + QUOTED + "\n" + BODY)
    assert [n for n, _, r in named(art) if r == "source"] == []
