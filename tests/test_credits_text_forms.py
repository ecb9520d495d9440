"""Credit forms of issue 15 read from article text, on fixtures written here (invented names)."""

from __future__ import annotations

import pytest

from tests.conftest import WIRE
from tracer import attach_credits, extract_text
from tracer.model import Article

BODY = "\n".join(WIRE)


def credits_of(text: str, publisher: str | None = "dailybugle.com") -> Article:
    art = extract_text(text, id="t")
    art.publisher = publisher
    return attach_credits(art)


def named(art: Article) -> list[tuple[str, str]]:
    """(name or agency, role) of every author, contributor and source credit, in order."""
    return [(c.agency or c.name, c.role) for c in art.credits if c.role in ("author", "contributor", "source")]


def assert_spans(art: Article) -> None:
    for c in art.credits:
        if c.start is not None:
            assert 0 <= c.start < c.end <= len(art.text)
            assert art.text[c.start:c.end].strip()


@pytest.mark.parametrize(("line", "want"), [
    # the label repeated after 'and': every reporter is read, each in a place
    ("(Reporting by Jane Roe in Paris and by John Doe in Rome; Editing by Ann Poe)",
     [("Jane Roe", "author"), ("John Doe", "author")]),
    # a word before 'reporting by' that the lexicon lacks (a typo, 'Extra') still opens the label
    ("(Additonal reporting by Jane Roe in Paris and by John Doe; Writing by Ivan Petrov)",
     [("Jane Roe", "contributor"), ("John Doe", "contributor"), ("Ivan Petrov", "author")]),
    ("(Extra reporting by Jane Roe; Editing by Ann Poe)", [("Jane Roe", "contributor")]),
])
def test_reporting_lines_with_a_repeated_label_or_an_unknown_modifier(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want
    assert ("Ann Poe", "editor") in [(c.name, c.role) for c in art.credits] or "Ann Poe" not in line
    assert_spans(art)


def test_a_capitalised_word_before_reporting_in_prose_is_no_label() -> None:
    art = credits_of(BODY + "\nLocal reporting by the city paper was praised at the meeting.")
    assert named(art) == []


@pytest.mark.parametrize(("line", "want"), [
    ("Jane Roe of The Associated Press contributed to this report.",
     [("Jane Roe", "contributor"), ("AP", "contributor")]),
    ("Jane Roe of Reuters and John Doe contributed.",
     [("Jane Roe", "contributor"), ("Reuters", "contributor"), ("John Doe", "contributor")]),
    # a place after 'of' is no organisation: the writer alone
    ("Jane Roe of Exampleville contributed to this report.", [("Jane Roe", "contributor")]),
    # one capitalised word before 'of' is no writer ('Bank of Example')
    ("Bank of Example contributed to this report.", []),
])
def test_contributor_of_an_outlet(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Jane Roe, AFP", [("Jane Roe", "author"), ("AFP", "source")]),
    ("Jane Roe, MIA", [("Jane Roe", "author"), ("MIA", "source")]),
    # a short code alone on a line still needs its date or position to count
    ("AFP", []),
])
def test_a_writer_vouches_for_a_short_agency_code(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


MANY = "\n".join(WIRE * 3)  # past the head lines: what follows sits mid-text


@pytest.mark.parametrize(("line", "want"), [
    ("Submitted by Jane Roe and John Doe of Example Research", [("Jane Roe", "author"), ("John Doe", "author"), ("Example Research", "source")]),
    ("Authored by Jane Roe", [("Jane Roe", "author")]),
    # a byline of several writers and their wire, longer than a one-name section byline
    ("By Jane Roe, John Doe and Ivan Petrov, The Associated Press",
     [("Jane Roe", "author"), ("John Doe", "author"), ("Ivan Petrov", "author"), ("AP", "source")]),
    # prose that merely starts with 'By' is not a byline
    ("By the end of the meeting most members had left the hall.", []),
])
def test_section_bylines_mid_text(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + MANY + "\n" + line + "\n" + MANY)
    assert named(art) == want
    assert_spans(art)


def test_a_reporting_line_above_page_furniture_is_read() -> None:
    furniture = "\n".join(f"Read more: another story number {i} from the city desk" for i in range(12))
    art = credits_of("Council passes budget\n" + MANY + "\n(Reporting by Jane Roe; Editing by Ann Poe)\n" + furniture)
    assert named(art) == [("Jane Roe", "author")]
    assert [c.name for c in art.credits if c.role == "editor"] == ["Ann Poe"]
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Contact Jane Roe at jroe@example.com or 555-0100.", [("Jane Roe", "author")]),
    ("Email Jane Roe at jroe@example.com", [("Jane Roe", "author")]),
    ("Jane Roe writes for Example Weekly.", [("Jane Roe", "author")]),
    # a wire named in a bio line is the text's source
    ("Jane Roe reports for The Associated Press from Paris.", [("Jane Roe", "author"), ("AP", "source")]),
    ("The mayor writes for the local paper.", []),
])
def test_contact_and_bio_lines_in_the_tail(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize("line", [
    "This story was provided by The Associated Press.",
    "This story is published in partnership with Example Weekly, a nonprofit newsroom.",
    "Content provided by Example Wire Service.",
])
def test_partner_lines_name_the_source_at_top_or_bottom(line: str) -> None:
    for text in ("Council passes budget\n" + line + "\n" + BODY, BODY + "\n" + line):
        art = credits_of(text)
        assert [role for _, role in named(art)] == ["source"]
        assert named(art)[0][0] in ("AP", "Example Weekly", "Example Wire Service")
        assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("By Jane Roe (AFP)", [("Jane Roe", "author"), ("AFP", "source")]),
    ("Par Jane Roe et John Doe (Reuters)", [("Jane Roe", "author"), ("John Doe", "author"), ("Reuters", "source")]),
    ("By Jane Roe (Sponsored Post)", [("Jane Roe", "author")]),  # any other aside is blanked
])
def test_an_outlet_in_parentheses_after_the_byline_names(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize("line", ["Reuters / Lehtikuva", "AP / NTB Scanpix", "Jane Roe/ZUMA Press"])
def test_a_wire_beside_a_picture_agency_is_a_photo_credit(line: str) -> None:
    art = credits_of("Council passes budget\n" + BODY + "\n" + line + "\n" + BODY)
    assert named(art) == []
    art = credits_of(BODY + "\n" + line)
    assert named(art) == []


@pytest.mark.parametrize(("line", "want"), [
    ("By W.J. Roe", [("W.J. Roe", "author")]),
    ("By J. Roe and Ann Poe", [("J. Roe", "author"), ("Ann Poe", "author")]),
    ("By Ahmad al-Roe", [("Ahmad al-Roe", "author")]),
    ("By U.S. Army", []),  # a place's initials and a word are no writer
])
def test_initialled_and_particle_hyphen_names_in_bylines(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert [x for x in named(art) if x[1] == "author"] == want
    assert_spans(art)


def test_initials_and_a_word_alone_are_no_person() -> None:
    from tracer.credits.names import is_person

    assert not is_person("W.J. Roe")  # outside a byline: 'J. Crew', 'A.P. Moller' stay unread
    assert is_person("W.J. Roe", single=True)
    assert not is_person("al-Roe")


def test_from_an_outlets_writer_mid_text_and_a_possessive_sentence() -> None:
    art = credits_of("Council passes budget\n" + MANY + "\nFrom CNN's Jane Roe\n" + MANY)
    assert named(art) == [("CNN", "source"), ("Jane Roe", "author")]
    assert_spans(art)
    for where in ("Council passes budget\n{}\n" + BODY, "Council passes budget\n" + MANY + "\n{}\n" + MANY):
        art = credits_of(where.format("From CNN's perspective, the deal is bad."))
        assert named(art) == []  # a sentence opening with an outlet's possessive credits nobody


@pytest.mark.parametrize(("line", "want"), [
    ("Staff writer Jane Roe contributed to this report.", [("Jane Roe", "contributor")]),
    ("Times staff writer Jane Roe and John Doe contributed.", [("Jane Roe", "contributor"), ("John Doe", "contributor")]),
    ("Contributing writers Jane Roe and John Doe", [("Jane Roe", "contributor"), ("John Doe", "contributor")]),
    ("Contributing reporter: Jane Roe", [("Jane Roe", "contributor")]),
    ("This report includes material from Reuters.", [("Reuters", "contributor")]),
    ("The mayor contributed to this report.", []),
])
def test_contributor_lines_with_titles_and_material_lines(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Information from The Associated Press was used in this report.", [("AP", "contributor")]),
    ("With reporting by Jane Roe.", [("Jane Roe", "contributor")]),
    ("Additional reporting by Jane Roe.", [("Jane Roe", "contributor")]),
    # body sentences that open with the same words credit nobody
    ("Information from the ministry shows that prices rose.", []),
    ("Reporting by the local press was unfair, he said.", []),
    ("With Reuters reporting, the story spread.", []),
])
def test_explicit_credit_lines_mid_text(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + MANY + "\n" + line + "\n" + MANY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Associated Press writers Jane Roe in Paris, John Doe in Rome and Ivan Petrov in Moscow contributed.",
     ["AP", "Jane Roe", "John Doe", "Ivan Petrov"]),
    # a comma inside the place ends nothing: 'North Carolina' is no writer
    ("Associated Press writer Jane Roe in Raleigh, North Carolina, also contributed to this report.",
     ["AP", "Jane Roe"]),
])
def test_each_writer_keeps_its_own_place(line: str, want: list[str]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert [name for name, _ in named(art)] == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [("By Jane Roe III", "Jane Roe III"), ("By JANE ROE III", "Jane Roe III")])
def test_a_generational_suffix_keeps_its_capitals(line: str, want: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == [(want, "author")]


def test_a_pages_file_name_is_no_site() -> None:
    from tracer.credits.names import is_domain

    assert is_domain("example-gazette.com") and is_domain("wien.beispiel.at")
    assert not is_domain("council-passes-budget.html") and not is_domain("index.php")
    art = credits_of(BODY + "\nexamplegazette.com/2018/07/14/city/council-passes-budget.html")
    assert "council-passes-budget.html" not in [name for name, _ in named(art)]


@pytest.mark.parametrize(("line", "want"), [
    ("By Jane Roe and John Doe Associated Press Writers", [("Jane Roe", "author"), ("John Doe", "author"), ("AP", "source")]),
    ("By Jane Roe and John Doe, Staff Reporters", [("Jane Roe", "author"), ("John Doe", "author")]),
])
def test_a_title_in_the_plural_after_several_writers(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("By Jane Roe and John Doe 3 hours ago", [("Jane Roe", "author"), ("John Doe", "author")]),
    ("By Jane Roe, Reuters 5 min read", [("Jane Roe", "author"), ("Reuters", "source")]),
])
def test_relative_times_and_reading_times_are_cut_from_bylines(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


FURNITURE = "\n".join(f"Read more: story {i} from the city desk" for i in range(12))


@pytest.mark.parametrize(("line", "want"), [
    ("— Associated Press", [("AP", "source")]),
    ("Source: Reuters", [("Reuters", "source")]),
    ("Jane Roe is a reporter for The Associated Press.", [("Jane Roe", "author"), ("AP", "source")]),
    ("This article originally appeared on Example Weekly.", [("Example Weekly", "source")]),
])
def test_the_foot_of_the_body_is_read_when_page_furniture_follows(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + MANY + "\n" + line + "\n" + FURNITURE)
    assert named(art) == want
    assert_spans(art)


def test_a_stamp_glued_to_an_outlet_in_capitals_is_cut() -> None:
    art = credits_of("Council passes budget\nBy Jane Roe, CNNUpdated 5:42 PM ET\n" + BODY)
    assert named(art) == [("Jane Roe", "author"), ("CNN", "source")]
    assert_spans(art)


@pytest.mark.parametrize(("head", "want", "photo"), [
    # a byline and a picture credit on one line: the writer is kept, the photographer never counts
    ("Von Anna Schmidt | Foto: Max Mustermann", [("Anna Schmidt", "author")], []),
    ("By Jane Roe | Photos by John Doe", [("Jane Roe", "author")], []),
    ("Texto: Juan Pérez. Fotos: Ana Gil", [("Juan Pérez", "author")], []),
    ("Foto: Max Mustermann | Text: Anna Schmidt", [("Anna Schmidt", "author")], []),
    ("Von Anna Schmidt, Foto: dpa", [("Anna Schmidt", "author")], ["dpa"]),
    # one writer who took the pictures too: the label names text and photos
    ("Text und Fotos: Lena Vogel", [("Lena Vogel", "author")], []),
    ("Story and photos by Jane Roe", [("Jane Roe", "author")], []),
    ("Gastbeitrag von Anna Schmidt", [("Anna Schmidt", "author")], []),
    # a photo credit alone still names nobody as a writer
    ("Foto: Max Mustermann", [], []),
])
def test_a_byline_beside_a_photo_credit(head: str, want: list[tuple[str, str]], photo: list[str]) -> None:
    art = credits_of("Neue Halle eröffnet\n" + head + "\n" + BODY)
    assert named(art) == want
    assert [c.agency or c.name for c in art.credits if c.role == "photo"] == photo
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("İstanbul (AA) - " + WIRE[0], "Anadolu"),
    ("ŁÓDŹ (PAP) - " + WIRE[0], "PAP"),
    ("Žilina (TASR) – " + WIRE[0], "TASR"),
    ("Šibenik (Hina) - " + WIRE[0], "Hina"),
])
def test_datelines_whose_place_opens_with_a_capital_beyond_latin_1(line: str, want: str) -> None:
    art = credits_of(line + "\n" + BODY)
    assert named(art) == [(want, "source")]
    assert [c.zone for c in art.credits if c.role == "source"] == ["dateline"]
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Por Ana Silva em 12/03/2024 às 10h15", "Ana Silva"),
    ("Por Juan Pérez 12 de marzo de 2024", "Juan Pérez"),
    ("Door Jan de Vries op 12 maart 2024 om 10:15", "Jan de Vries"),
    ("Autor: Jan Kowalski, dnia 12.03.2024", "Jan Kowalski"),
    ("Autor: Jan Novák 12. března 2024", "Jan Novák"),
    # a stamp word of the page's language is no part of the name
    ("Anna Svensson Uppdaterad 12 mars 2024", "Anna Svensson"),
    ("Von Anna Schmidt Stand: 12.03.2024, 10:15 Uhr", "Anna Schmidt"),
    ("Ahmet Yılmaz Güncelleme: 12.03.2024", "Ahmet Yılmaz"),
    ("Jan de Vries Gepubliceerd: 12 maart 2024", "Jan de Vries"),
    ("Ana Silva Atualizado em 12/03/2024", "Ana Silva"),
])
def test_dates_and_stamps_of_many_languages_are_cut_from_bylines(line: str, want: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == [(want, "author")]
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Redazione ANSA", [("ANSA", "source")]),
    ("Von dpa-Redaktion", [("dpa", "source")]),
    ("Por Redacción EFE", [("EFE", "source")]),
    ("Par la rédaction de l'AFP", [("AFP", "source")]),
    ("Von dpa-Redaktion und Anna Schmidt", [("dpa", "source"), ("Anna Schmidt", "author")]),
    # a house desk of an outlet the gazetteer lacks, or of nobody, credits no one
    ("Redaktion Example Zeitung", []),
    ("Par la rédaction", []),
    ("Di Redazione Esteri", []),
])
def test_the_desk_of_a_known_agency_credits_the_agency(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Neue Halle eröffnet\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


def test_an_agency_desk_on_the_agencys_own_site_is_the_publisher() -> None:
    art = credits_of("Nuovo stadio\nRedazione ANSA\n" + BODY, publisher="ANSA")
    assert [(c.agency, c.role) for c in art.credits if c.kind == "organization"] == [("ANSA", "publisher")]


@pytest.mark.parametrize(("line", "want"), [
    ("KUALA LUMPUR, March 12 (Bernama) -- ", "Bernama"),
    ("ANKARA (İHA) - ", "İHA"),
    ("KUWAIT, March 12 (KUNA) -- ", "KUNA"),
    ("ATHENS (ANA-MPA) - ", "ANA-MPA"),
    ("São Paulo (Estadão Conteúdo) - ", "Estadão Conteúdo"),
])
def test_national_agencies_in_datelines(line: str, want: str) -> None:
    art = credits_of(line + WIRE[0] + "\n" + "\n".join(WIRE[1:]))
    assert named(art) == [(want, "source")]


@pytest.mark.parametrize(("line", "want"), [
    ("Article publié initialement sur Le Exemple.", "Le Exemple"),
    ("Read the original article on Example Weekly.", "Example Weekly"),
    ("This story was first published by Example Weekly.", "Example Weekly"),
    ("Der Beitrag erschien zuerst im Example Magazin.", "Example Magazin"),
    ("Este texto foi publicado originalmente no Exemplo.", "Exemplo"),
    ("Artykuł ukazał się pierwotnie w Przykład.", "Przykład"),
])
def test_partner_source_lines_in_more_wordings(line: str, want: str) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == [(want, "source")]
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Con la collaborazione di Mario Rossi", [("Mario Rossi", "contributor")]),
    ("Met medewerking van Jan de Vries", [("Jan de Vries", "contributor")]),
    ("Spolupráce: Jan Novák", [("Jan Novák", "contributor")]),
    ("Z agencji PAP", [("PAP", "source")]),
    ("Com a palavra, o ministro disse que não.", []),
])
def test_contributor_and_wire_lines_in_more_languages(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Mitarbeit: Jane Roe", [("Jane Roe", "contributor")]),
    ("Colaboró: Juan Pérez", [("Juan Pérez", "contributor")]),
    ("Con información de Reuters", [("Reuters", "source")]),
    ("Avec AFP", [("AFP", "source")]),
    ("This article originally appeared on Example Weekly.", [("Example Weekly", "source")]),
    ("Read the original article on Example Weekly.", [("Example Weekly", "source")]),
    # mid-text, a short label opens body prose and a person after 'Avec' may head a section
    ("Originally published in The Lancet, the study found that salt is bad.", []),
    ("Avec Jean Dupont", []),
    ("Con información de la alcaldía, el consejo aprobó el plan.", []),
])
def test_labelled_credit_lines_mid_text(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + MANY + "\n" + line + "\n" + MANY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Jane Roe – AFP", [("Jane Roe", "author"), ("AFP", "source")]),
    ("Jane Roe und John Doe – dpa", [("Jane Roe", "author"), ("John Doe", "author"), ("dpa", "source")]),
    # a name and a wire in parentheses is a picture caption's form: the wire only
    ("Jane Holloway (AP)", [("AP", "source")]),
    # a sentence or a place before the wire signs no writer
    ("The ministry said the plan was off (AFP)", [("AFP", "source")]),
    ("New York (AFP)", [("AFP", "source")]),
])
def test_writers_who_sign_a_wire_credit_at_the_foot(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Jane Roe jane.roe@example.com", [("Jane Roe", "author")]),
    ("Jane Roe | @janeroe | March 12, 2024", [("Jane Roe", "author")]),
    ("By Jane Roe | jane.roe@example.com", [("Jane Roe", "author")]),
    ("Jane Smith Senior Reporter", [("Jane Smith", "author")]),
    ("Anna Schmidt Redakteurin", [("Anna Schmidt", "author")]),
    # a tweet embed's signature and a bare name without any furniture credit nobody
    ("— Jane Roe (@janeroe) March 12, 2024", []),
    ("Jane Roe @janeroe", []),
    ("Jane Smith", []),
])
def test_a_writers_address_handle_or_title_beside_the_name(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("The post Council passes budget appeared first on Example Weekly.", "Example Weekly"),
    ("The post Council passes budget first appeared on examplenews.com.", "examplenews.com"),
    ("Der Beitrag Council passes budget erschien zuerst auf Example Weekly.", "Example Weekly"),
    ("L'article Council passes budget est apparu en premier sur Le Exemple.", "Le Exemple"),
    ("La entrada Council passes budget se publicó primero en El Ejemplo.", "El Ejemplo"),
    ("Wpis Council passes budget pochodzi z serwisu Przyklad.pl.", "Przyklad.pl"),
    ("The post Council passes budget appeared first on Reuters.", "Reuters"),
])
def test_a_blog_engines_repost_footer_names_the_source(line: str, want: str) -> None:
    for text in (BODY + "\n" + line, "Council passes budget\n" + MANY + "\n" + line + "\n" + MANY):
        art = credits_of(text)
        assert [n for n, _ in named(art)] == [want]
        assert [r for _, r in named(art)] == ["source"]
        assert_spans(art)


def test_prose_with_the_same_words_is_no_repost_footer() -> None:
    art = credits_of(BODY + "\nThe post appeared first on the scene of the crime.")
    assert named(art) == []


@pytest.mark.parametrize(("line", "want"), [
    ("Sumber: Example Weekly", [("Example Weekly", "source")]),
    ("Story courtesy of Example Weekly.", [("Example Weekly", "source")]),
    ("© 2024 The New York Times Company", [("The New York Times", "source")]),
])
def test_more_source_labels_and_syndication_owners(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want


@pytest.mark.parametrize(("line", "want"), [
    ("Von unserem Korrespondenten Hans Maier", "Hans Maier"),
    ("De notre correspondant à Rome, Jean Dupont", "Jean Dupont"),
    ("De notre envoyée spéciale à New York, Marie Martin", "Marie Martin"),
    ("Dal nostro corrispondente a Bruxelles Mario Rossi", "Mario Rossi"),
    ("Van onze correspondent Jan de Vries", "Jan de Vries"),
    ("De nuestro corresponsal en París, Juan Pérez", "Juan Pérez"),
    ("Od naszego korespondenta w Brukseli Jan Kowalski", "Jan Kowalski"),
])
def test_our_correspondent_bylines_with_the_place_before_the_name(line: str, want: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == [(want, "author")]
    assert_spans(art)
    c = next(c for c in art.credits if c.kind == "person")
    assert art.text[c.start:c.end] == want


@pytest.mark.parametrize(("line", "publisher", "want"), [
    # a periodical's title after a byline label is the outlet, never a person
    ("Par Le Parisien avec AFP", "dailybugle.com", [("Le Parisien", "source"), ("AFP", "source")]),
    ("Par Le Parisien avec AFP", "leparisien.fr", [("AFP", "source")]),
    ("Von Die Zeit", "dailybugle.com", [("Die Zeit", "source")]),
    ("By Marine Le Pen", "dailybugle.com", [("Marine Le Pen", "author")]),
    ("By The Way", "dailybugle.com", []),
])
def test_an_outlets_title_in_a_byline(line: str, publisher: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY, publisher=publisher)
    assert named(art) == want


@pytest.mark.parametrize(("line", "want"), [
    ("IANS | New Delhi", "IANS"),
    ("Press Trust of India | New Delhi", "PTI"),
    ("Reuters | New Delhi | Updated: March 12, 2024", "Reuters"),
])
def test_an_agency_and_its_place_after_a_bar(line: str, want: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == [(want, "source")]
    assert_spans(art)


def test_the_outlet_article_titles_are_no_persons() -> None:
    from tracer.credits.names import is_person

    assert not is_person("Le Parisien") and not is_person("Die Zeit") and not is_person("El País")
    assert is_person("Marine Le Pen") and is_person("Robert De Niro")


@pytest.mark.parametrize(("head", "want"), [
    # a writer and an outlet the gazetteer lacks, on one line or in a portal's byline block
    ("Jane Roe, Example Weekly", [("Jane Roe", "author"), ("Example Weekly", "source")]),
    ("Jane Roe – Exampler Zeitung", [("Jane Roe", "author"), ("Exampler Zeitung", "source")]),
    ("Jane Roe\nExample Weekly\nMarch 12, 2024 · 4 min read", [("Jane Roe", "author"), ("Example Weekly", "source")]),
    ("Jane Roe and John Doe\nUpdated Tue, March 12, 2024 at 10:15 AM EDT", [("Jane Roe", "author"), ("John Doe", "author")]),
    # a photographer and an outlet over a caption: the picture's credit
    ("Jane Roe / Example Weekly", []),
    ("Jane Roe, New York", []),
])
def test_a_writer_beside_an_outlet_the_gazetteer_lacks(head: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + head + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


def test_outlet_words_make_no_person() -> None:
    from tracer.credits.names import is_outlet_name, is_person

    assert is_outlet_name("Example Weekly") and is_outlet_name("The Exampleville Herald")
    assert not is_outlet_name("Jane Roe") and not is_outlet_name("News")
    assert not is_person("Exampler Zeitung") and is_person("Jane Roe")


@pytest.mark.parametrize(("line", "want"), [
    ("Jane Roe ist freie Journalistin in Berlin.", [("Jane Roe", "author")]),
    ("Juan Pérez es corresponsal de EFE en París.", [("Juan Pérez", "author"), ("EFE", "source")]),
])
def test_writer_bios_in_more_languages(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want


@pytest.mark.parametrize(("line", "want"), [
    ("By JOHN O'ROE and JANE McDOE, Associated Press", [("John O'Roe", "author"), ("Jane McDoe", "author"), ("AP", "source")]),
    ("By ANA MACHADO", [("Ana Machado", "author")]),
])
def test_agency_capitals_with_name_prefixes(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want


@pytest.mark.parametrize(("line", "want"), [
    ("By Jane Roe, Newsweek", [("Jane Roe", "author"), ("Newsweek", "source")]),
    ("By Jane Roe, Le Figaro", [("Jane Roe", "author"), ("Le Figaro", "source")]),
    ("Von Anna Schmidt, Süddeutsche Zeitung", [("Anna Schmidt", "author"), ("Süddeutsche Zeitung", "source")]),
])
def test_major_outlets_in_bylines(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want


def test_an_outlets_name_between_two_paragraphs_is_a_pictures_credit() -> None:
    art = credits_of("Council passes budget\nBy Jane Roe\n" + WIRE[0] + "\n" + WIRE[1] + " " + WIRE[3] + "\nLe Figaro\n"
                     + WIRE[4] + " " + WIRE[5] + "\n" + WIRE[2])
    assert named(art) == [("Jane Roe", "author")]


@pytest.mark.parametrize("line", ["From a Example Weekly reporter:", "From the desk of the mayor"])
def test_from_lines_that_are_prose(line: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == []


@pytest.mark.parametrize(("head", "want"), [
    # a portal's byline block names the outlet the text comes from (a paper, a local TV station)
    ("Example Sentinel\nJuly 16, 2018", [("Example Sentinel", "source")]),
    ("Jane Roe\nExample Sentinel\nJuly 16, 2018", [("Jane Roe", "author"), ("Example Sentinel", "source")]),
    # a bare call sign needs the writer beside it: a dateline's place in capitals looks the same
    ("KXMP\nJuly 16, 2018", []),
    ("KYIV\nMarch 12, 2024", []),
    ("Jane Roe\nKXMP\nJuly 16, 2018·2 min read", [("Jane Roe", "author"), ("KXMP", "source")]),
    ("CBS 2 Exampleville\nJuly 16, 2018", [("CBS 2 Exampleville", "source")]),
    ("NBC 7 Exampleville\nJane Roe\nJuly 16, 2018, 10:15 AM", [("NBC 7 Exampleville", "source"), ("Jane Roe", "author")]),
    ("WXMP-TV\nJuly 16, 2018", [("WXMP-TV", "source")]),
    # a call sign needs the block: alone it is a word in capitals
    ("KXMP", []),
])
def test_portal_byline_blocks_name_the_partner_outlet(head: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + head + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


def test_the_portals_block_on_the_outlets_own_site_is_the_publisher() -> None:
    art = credits_of("Council passes budget\nExample Sentinel\nJuly 16, 2018\n" + BODY, publisher="Example Sentinel")
    assert named(art) == []
    assert [c.role for c in art.credits if c.kind == "organization"] == ["publisher"]


@pytest.mark.parametrize(("end", "want"), [
    (" /ČTK/", "ČTK"),
    (" /ТАСС/", "TASS"),
    (" (Com Reuters)", "Reuters"),
    (" (avec AFP)", "AFP"),
])
def test_wire_credits_closing_the_last_paragraph(end: str, want: str) -> None:
    art = credits_of(BODY + end)
    assert named(art) == [(want, "source")]
    assert_spans(art)


def test_a_fraction_or_and_or_is_no_slash_credit() -> None:
    assert named(credits_of(BODY + "\nThe ratio was 3/4 and/or more.")) == []


@pytest.mark.parametrize(("line", "want"), [
    ("Von Anna Schmidt 3 Min Lesezeit", "Anna Schmidt"),
    ("Jean Dupont · Temps de lecture : 3 min", "Jean Dupont"),
    ("Juan Pérez · 3 min de lectura", "Juan Pérez"),
    ("Jan Kowalski · Czas czytania: 3 min", "Jan Kowalski"),
    ("Mario Rossi · Tempo di lettura: 3 minuti", "Mario Rossi"),
    ("Ahmet Yılmaz · Okuma süresi: 3 dk", "Ahmet Yılmaz"),
    ("Иван Петров · Время чтения: 3 мин", "Иван Петров"),
])
def test_reading_times_in_many_languages_are_cut_from_bylines(line: str, want: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == [(want, "author")]
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Editor's note: This story was originally published by Example Weekly.", "Example Weekly"),
    ("Anmerkung der Redaktion: Dieser Artikel erschien zuerst bei Example Zeitung.", "Example Zeitung"),
    ("(This story was originally published by Example Weekly.)", "Example Weekly"),
    ("[This article originally appeared on Example Weekly.]", "Example Weekly"),
])
def test_partner_lines_after_a_note_label_or_in_brackets(line: str, want: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == [(want, "source")]
    assert_spans(art)


@pytest.mark.parametrize(("head", "want"), [
    # a byline the page split over several lines: the prefix, the names, the word between them
    ("By\nJane Roe", [("Jane Roe", "author")]),
    ("By\nJane Roe\nand\nJohn Doe", [("Jane Roe", "author"), ("John Doe", "author")]),
    ("By Jane Roe and\nJohn Doe", [("Jane Roe", "author"), ("John Doe", "author")]),
    ("Autor:\nJan Kowalski", [("Jan Kowalski", "author")]),
    ("Von:\nAnna Schmidt, Max Mustermann", [("Anna Schmidt", "author"), ("Max Mustermann", "author")]),
    ("By\nReuters", [("Reuters", "source")]),
    # a menu's label over a word, a prefix over a sentence: no writer
    ("Text\nAudio", []),
    ("By\nThe city council voted on Tuesday to approve a new budget.", []),
])
def test_a_byline_split_over_lines(head: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + head + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)
    for c in art.credits:
        if c.kind == "person":
            assert art.text[c.start:c.end] == c.name


@pytest.mark.parametrize(("line", "want"), [
    ("© Copyright 2024 Thomson Reuters. All rights reserved.", "Reuters"),
    ("Copyright © 2024 The Associated Press.", "AP"),
    ("dpa-infocom, dpa:240312-99-123456/2", "dpa"),
])
def test_copyright_and_wire_id_lines_at_the_foot(line: str, want: str) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == [(want, "source")]
    assert_spans(art)


def test_a_wire_id_of_an_unknown_code_credits_nobody() -> None:
    assert named(credits_of(BODY + "\nexample-infocom, xyz:240312-99-123456/2")) == []


@pytest.mark.parametrize(("line", "want"), [
    ("Jane RoeSenior Reporter", "Jane Roe"),
    ("By Jane DoeStaff Writer", "Jane Doe"),
    ("Jane DoeReporter", "Jane Doe"),
])
def test_a_job_title_glued_to_a_short_surname(line: str, want: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == [(want, "author")]
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("STT–AFP", [("STT", "source"), ("AFP", "source")]),
    ("Jean-Pierre", []),
])
def test_agencies_joined_by_a_dash(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize("line", ["President Jane Holloway", "Jane Holloway Spokeswoman"])
def test_a_name_beside_an_office_title_alone_is_no_byline(line: str) -> None:
    assert named(credits_of("Council passes budget\n" + line + "\n" + BODY)) == []


@pytest.mark.parametrize(("line", "publisher", "want"), [
    ("By Example Weekly Staff", "dailybugle.com", [("Example Weekly", "source")]),
    ("Von Exampler Zeitung Redaktion", "dailybugle.com", [("Exampler Zeitung", "source")]),
    ("Por Redacción El Ejemplo", "dailybugle.com", [("El Ejemplo", "source")]),
    ("Von Redaktion der Exampler Zeitung", "dailybugle.com", [("Exampler Zeitung", "source")]),
    # the house byline of the site itself is its publisher, a desk of no outlet credits nobody
    ("By Daily Bugle Staff", "dailybugle.com", []),
    ("By Politics Desk", "dailybugle.com", []),
])
def test_an_outlets_house_byline_names_the_outlet(line: str, publisher: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY, publisher=publisher)
    assert named(art) == want


def test_a_section_heading_over_a_date_is_no_outlet() -> None:
    assert named(credits_of("Council passes budget\nDaily Briefing\nMarch 12, 2024\n" + BODY)) == []


@pytest.mark.parametrize(("line", "want"), [
    ("The Example Herald contributed to this report.", [("The Example Herald", "contributor")]),
    ("Source: The Example Herald", [("The Example Herald", "source")]),
])
def test_an_unknown_outlet_after_a_credit_label_at_the_foot(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("By Jane Roe (@janeroe)", [("Jane Roe", "author")]),
    ("Reporter: Jane Roe", [("Jane Roe", "author")]),
    ("Correspondent: Jane Roe", [("Jane Roe", "author")]),
    ("Avtor: Janez Novak", [("Janez Novak", "author")]),
    # a guest writer's affiliation is no source
    ("Jane Roe, University of Exampleville", [("Jane Roe", "author")]),
    ("Jane Roe and John Doe, Example Institute", [("Jane Roe", "author"), ("John Doe", "author")]),
    ("Jane Holloway, Exampleville City Council", []),
    ("Reporters Without Borders said on Tuesday.", []),
])
def test_handles_role_labels_and_affiliations_in_bylines(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Avec l'AFP", ["AFP"]),
    ("Avec l'agence Reuters", ["Reuters"]),
    ("Mit Material der Nachrichtenagenturen dpa und AFP", ["dpa", "AFP"]),
    ("Quelle: Nachrichtenagentur dpa", ["dpa"]),
    ("Na podstawie: PAP", ["PAP"]),
    ("Na podst. PAP", ["PAP"]),
])
def test_an_agency_noun_or_article_before_the_wire(line: str, want: list[str]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert [n for n, _ in named(art)] == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("Published with permission from Example Weekly.", [("Example Weekly", "source")]),
    ("Syndicated from examplenews.com", [("examplenews.com", "source")]),
    ("Mit freundlicher Genehmigung der Exampler Zeitung.", [("Exampler Zeitung", "source")]),
    ("Publicado con permiso de El Ejemplo.", [("El Ejemplo", "source")]),
    # a person's courtesy under a picture is no source
    ("Mit freundlicher Genehmigung von Max Mustermann", []),
])
def test_permission_and_syndication_lines(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want


@pytest.mark.parametrize(("line", "want"), [
    ("With contributions from Jane Roe and John Doe.", [("Jane Roe", "contributor"), ("John Doe", "contributor")]),
    ("Unter Mitarbeit von Jane Roe", [("Jane Roe", "contributor")]),
    ("Con la colaboración de Juan Pérez", [("Juan Pérez", "contributor")]),
    ("Avec la collaboration de Jean Dupont", [("Jean Dupont", "contributor")]),
    ("With contributions from the public, the fund grew.", []),
])
def test_contribution_labels_in_more_languages(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(BODY + "\n" + line)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    ("КИЕВ, 12 мар — РИА Новости. Власти объявили о новом бюджете города на следующий год.", "RIA"),
    ("Москва. 12 марта. INTERFAX.RU - Власти объявили о новом бюджете города на следующий год.", "Interfax"),
    ("София, 12 март /БТА/ Властите обявиха нов бюджет на града за следващата година.", "BTA"),
])
def test_datelines_with_the_agency_after_the_date(line: str, want: str) -> None:
    art = credits_of(line + "\n" + BODY)
    assert named(art) == [(want, "source")]
    assert [c.zone for c in art.credits if c.role == "source"] == ["dateline"]
    assert_spans(art)


def test_a_place_and_date_before_a_sentence_name_no_agency() -> None:
    assert named(credits_of("Paris, 12 mars — Le conseil a voté. Jane Roe a dit.\n" + BODY)) == []


@pytest.mark.parametrize(("line", "want"), [
    ("Por Ana Silva, da Agência Brasil", "Agência Brasil"),
    ("Por Juan Pérez, de EFE", "EFE"),
    ("Par Jean Dupont, de l'AFP", "AFP"),
    ("Di Mario Rossi, dell'ANSA", "ANSA"),
])
def test_a_preposition_before_the_writers_agency(line: str, want: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert [n for n, _ in named(art)][1:] == [want]
    assert named(art)[0][1] == "author"
    assert_spans(art)


@pytest.mark.parametrize(("text", "want"), [
    # national agencies credited in a dateline or a source line
    ("KUALA LUMPUR (Bernama) — " + BODY, [("Bernama", "source")]),
    ("RABAT (MAP) — " + BODY, [("MAP", "source")]),
    ("DOHA (QNA) - " + BODY, [("QNA", "source")]),
    (BODY + "\nQuelle: dpa, sid", [("dpa", "source"), ("SID", "source")]),
    (BODY + "\nThis story was originally published by Stateline.", [("Stateline", "source")]),
    # an agency's short name that is also a word or a first name counts only where credits stand
    ("Von Tasnim Ahmed\n" + BODY, [("Tasnim Ahmed", "author")]),
    (BODY + "\nThe map shows where the SPA plans to build.", []),
])
def test_agencies_of_many_countries(text: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(text)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("text", "want"), [
    # a writer, a paper the gazetteer does not know and the time stamp: the writer alone
    ("Title\nJane Roe, Example Republic Published 7:05 a.m. MT July 16, 2018\n" + BODY, [("Jane Roe", "author")]),
    # without the stamp such a line is no byline
    ("Title\nJane Roe, Example Republic\n" + BODY, []),
    # initials as the given name
    ("Title\nBy E.J. Roe and J.D. Doe\n" + BODY, [("E.J. Roe", "author"), ("J.D. Doe", "author")]),
    ("Title\nBy EJ Roe\n" + BODY, [("EJ Roe", "author")]),
])
def test_stamped_bylines_and_initials(text: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(text)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    # the paper's own title for its writer, in lower case between the prefix and the name
    ("By our correspondent Jane Roe", [("Jane Roe", "author")]),
    ("By our Washington correspondent, Jane Roe", [("Jane Roe", "author")]),
    ("Par notre envoyée spéciale Jeanne Roe", [("Jeanne Roe", "author")]),
    ("Por nuestro corresponsal Juan Pérez", [("Juan Pérez", "author")]),
    # no title, or no name after it: nobody
    ("By our own Jane Roe", []),
    ("By our reporters", []),
])
def test_our_correspondent_bylines(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    # 'From' an outlet's writers, then the outlet
    ("From Jane Roe, CNN", [("Jane Roe", "author"), ("CNN", "source")]),
    ("From Jane Roe and John Doe, Reuters", [("Jane Roe", "author"), ("John Doe", "author"), ("Reuters", "source")]),
    # a place before the outlet is no writer; a name alone after 'From' is no credit
    ("From New York, CNN", []),
    ("From Jane Roe", []),
])
def test_from_an_outlets_writer(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    # a house byline read as a name: the site's desk wrote it, an organisation, never a person
    ("Text: Beispielblog-Team", [("Beispielblog-Team", "author", "organization")]),
    ("By Examplecity-Team", [("Examplecity-Team", "author", "organization")]),
    # a writer beside her desk is the writer; a person's name with a desk word is no desk
    ("Von Jana Roe, Redaktion", [("Jana Roe", "author", "person")]),
    ("Von Jonas Hartmann Redaktion", []),
])
def test_house_bylines_credit_the_desk(line: str, want: list[tuple[str, str, str]]) -> None:
    art = credits_of("Radwege werden ausgebaut\n" + line + "\n" + BODY)
    got = [(c.name, c.role, c.kind) for c in art.credits if c.role in ("author", "contributor")]
    assert got == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    # a closing wire credit with the house's own desk tag beside the agency
    ("(EX mit dpa)", [("dpa", "source")]),
    ("(EX/dpa)", [("dpa", "source")]),
    ("(ex mit Material von dpa und AFP)", [("dpa", "source"), ("AFP", "source")]),
    # anything else unread in the brackets keeps them prose
    ("(sagte er mit dpa)", []),
    ("(Beispielstadt und mehr mit dpa)", []),
])
def test_closing_wire_credit_with_a_desk_tag(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Radwege werden ausgebaut\n" + BODY + "\n" + line)
    got = sorted((c.agency or c.name, c.role) for c in art.credits if c.kind == "organization"
                 and c.role != "publisher")
    assert got == sorted(want)
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    # a portal's provider line under the headline: the outlet whose story it carries
    ("Exampleton Sentinel•", [("Exampleton Sentinel", "source")]),
    ("Exampleton Daily Free Press · July 15, 2018", [("Exampleton Daily Free Press", "source")]),
    ("latimes.com•", [("Los Angeles Times", "source")]),
    ("Reuters • 3 hours ago", [("Reuters", "source")]),
    ("Local 10 Exampleton•", [("Local 10 Exampleton", "source")]),
    ("CBS News Videos•", [("CBS News", "source")]),
    ("KXMP•", [("KXMP", "source")]),  # a station's call sign
    ("WXMP-TV • July 15, 2018", [("WXMP-TV", "source")]),
    ("NASA•", []),  # capitals that are no call sign
    # a person there is no provider (a blog's writer); breadcrumbs and sections are none either
    ("Jane Roe • 3 hours ago", [("Jane Roe", "author")]),
    ("Home • News • World", []),
    ("Politics • 3 hours ago", []),
])
def test_portal_provider_line(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\nCouncil passes budget\nMore\n" + BODY,
                     publisher="newsportal.test")
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("line", "want"), [
    # 'von' after a given name is the particle of a surname, not a byline label
    ("By Jakob von Roehle", [("Jakob von Roehle", "author")]),
    ("Von Ulrike von der Roe", [("Ulrike von der Roe", "author")]),
    # after a full name it says where the writer works
    ("Von Jana Roe von Example", []),
])
def test_von_as_a_particle(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("tail", "want"), [
    # a blog's quoted story: its writer with the post's stamp, the outlet's address at the end
    ("Jane Roe Posted at 5:40 pm on July 15, 2018\nwashingtonpost.com/opinions/council-budget/2018/07/13/story.html",
     [("Jane Roe", "author"), ("The Washington Post", "source")]),
    ("WaPo Posted at 11:20 am on July 15, 2018\nhttps://www.washingtonpost.com/local/council-budget.html",
     [("The Washington Post", "source")]),
    # a home page, a social post or an unknown site's address credits nobody
    ("https://www.washingtonpost.com/", []),
    ("https://twitter.com/janeroe/status/1234567", []),
    ("https://exampleville-courier.test/council-budget", []),
])
def test_a_quoted_storys_address_closes_a_blog_post(tail: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + BODY + "\n" + tail, publisher="blogroll.test")
    assert sorted(set(named(art))) == sorted(want)
    assert_spans(art)


def test_a_byline_padded_with_layout_blanks_is_read() -> None:
    pad = " " * 160
    line = "By" + pad + "JANE ROE" + pad + "and" + pad + "JOHN DOE Associated Press"
    art = credits_of("Council passes budget\n" + line + "\nJuly 15, 2018\n" + BODY)
    assert named(art) == [("Jane Roe", "author"), ("John Doe", "author"), ("AP", "source")]
    assert_spans(art)
    assert [art.text[c.start:c.end] for c in art.credits if c.kind == "person"] == ["JANE ROE", "JOHN DOE"]


@pytest.mark.parametrize(("between", "want"), [
    # a kicker or a tag between the first paragraphs, under the byline: no second writer
    ("ELECTION MEDDLING", [("Jane Roe", "author")]),
    ("Council Budget", [("Jane Roe", "author")]),
    # a second byline with its label is still one
    ("By John Doe", [("Jane Roe", "author"), ("John Doe", "author")]),
])
def test_a_names_line_between_paragraphs_under_a_byline(between: str, want: list[tuple[str, str]]) -> None:
    para = BODY.split("\n")
    text = "\n".join(["Council passes budget", "By Jane Roe", "Jul 15, 2018 | 11:35 PM", para[0], para[1],
                      "Advertisement", between, "Holloway, after a talk with Roe at last year’s G20 summit, assured the "
                      "American people that Exampleton did not intervene in the 2016 presidential election.", *para[2:]])
    art = credits_of(text)
    assert named(art) == want
    assert_spans(art)


def test_a_bare_names_line_over_a_wire_dateline_is_the_byline() -> None:
    dek = ("A summary that runs to more than one hundred characters and says what the story is about, "
           "in one long sentence.")
    art = credits_of("Council passes budget\n" + dek + "\nJane Roe and John Doe\nEXAMPLEVILLE (Reuters) - "
                     + BODY)
    assert named(art) == [("Jane Roe", "author"), ("John Doe", "author"), ("Reuters", "source")]
    assert_spans(art)
    # over a paragraph of the body the same line is a heading, no byline
    art = credits_of("Council passes budget\n" + dek + "\nJane Roe and John Doe\n" + BODY)
    assert named(art) == []


@pytest.mark.parametrize(("tail", "want"), [
    # the writer signing under the last paragraph
    ("Jane Roe", [("Jane Roe", "author")]),
    ("Jane Roe and John Doe", [("Jane Roe", "author"), ("John Doe", "author")]),
    # a name with more lines after it, or one word, signs nothing
    ("Jane Roe\nMore from the council: budget passes", []),
    ("Roe", []),
])
def test_a_writer_signing_under_the_last_paragraph(tail: str, want: list[tuple[str, str]]) -> None:
    last = ("The council will vote on a separate package of housing measures next month, including new rules "
            "on short-term rentals in the old town.")
    art = credits_of("Council passes budget\n" + BODY + "\n" + last + "\n" + tail)
    assert named(art) == want
    assert_spans(art)
@pytest.mark.parametrize("line", ["Korrespondentin Mara\u00a0Quell", "Senior Reporter  Mara Quell"])
def test_a_title_before_a_name_with_other_spaces(line: str) -> None:
    # a no-break or doubled space in the name: the title was cut off but the name was then looked
    # for in the line as the title cutter re-spaced it, not found, and the article lost every credit
    art = credits_of(f"Example headline\n{line}\n{BODY}")
    assert not art.errors
    assert ("Mara Quell", "author") in named(art)
    assert_spans(art)
    c = next(c for c in art.credits if c.name == "Mara Quell")
    assert " ".join(art.text[c.start:c.end].split()) == "Mara Quell"


@pytest.mark.parametrize(("line", "want"), [
    # the German interview's credit: who conducted it wrote it
    ("Das Interview führte Jonas Hartmann.", [("Jonas Hartmann", "author")]),
    ("Das Gespräch führten Jana Roe und Jonas Hartmann", [("Jana Roe", "author"), ("Jonas Hartmann", "author")]),
])
def test_the_interviewer_line(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Exampleton plant neue Radwege\n" + BODY + "\n" + line)
    assert named(art) == want
    assert_spans(art)


CARDS = ("by Example Desk - Jul 15, 2018 2:37 pm\nThe good thing about budgets is that they end.\n"
         "Jul 15, 2018 2:37 PM\nby Mara Quell - Jul 15, 2018 2:39 pm\nHere is how to play it as a voter\n"
         "Jul 15, 2018 2:39 PM\n")


@pytest.mark.parametrize(("head", "want"), [
    # other stories' teaser cards above the article: their bylines sign none of it; the article's own does
    (CARDS + "Council passes budget\nAuthored by Jane Roe via Example.com,", [("Jane Roe", "author")]),
    (CARDS + "Council passes budget", []),
    # one stamped byline is the article's
    ("Council passes budget\nby Mara Quell - Jul 15, 2018 2:39 pm", [("Mara Quell", "author")]),
    # two writers on two lines, no teaser between them: both sign
    ("Council passes budget\nBy Mara Quell - Jul 15, 2018\nBy Jonas Hartmann - Jul 15, 2018",
     [("Jonas Hartmann", "author"), ("Mara Quell", "author")]),
])
def test_bylines_of_teaser_cards_above_the_article(head: str, want: list[tuple[str, str]]) -> None:
    art = credits_of(head + "\n" + BODY)
    assert sorted(n for n in named(art) if n[1] == "author" and n[0] != "Example.com") == want


@pytest.mark.parametrize(("tail", "want"), [
    # a statement's signature with the signer's title below, under a short closing line
    ("Möge die Nacht gesegnet sein.\nYılmaz ROEMEN\nEXMP-Bundesvorsitzender", [("Yılmaz Roemen", "author")]),
    ("Thank you.\nJane Roe\nSenior Reporter", [("Jane Roe", "author")]),
    # a photographer's title says the name is the picture's maker
    ("Das Bild zeigt den Rat.\nJana Roe\nFotografin", []),
    # a quotation's last line over the name: the speaker
    ('"Wir sind bereit."\nJana Roe\nBundesvorsitzende', []),
])
def test_a_signature_with_its_title_under_a_short_closing_line(tail: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Der Rat tagt\n" + BODY + "\n" + tail)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("tail", "want"), [
    # the outlet a story first ran in, written with a lower-case 'the' (known or not)
    ("This story was originally published by the Los Angeles Times.", [("Los Angeles Times", "source")]),
    ("This story originally appeared in the Exampleton Courier.", [("Exampleton Courier", "source")]),
    ("This story originally appeared in the summer issue.", []),
    # a wire's closing assistance line, after a dash or not
    ("— With assistance from Jana Roe and Ivo Poe.", [("Jana Roe", "contributor"), ("Ivo Poe", "contributor")]),
    ("With assistance from the United Nations, the town rebuilt its schools and roads over the following "
     "decade, officials said.", []),
])
def test_closing_lines_with_the_and_a_dash(tail: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\nBy Mara Quell\n" + BODY + "\n" + tail)
    assert [n for n in named(art) if n[0] != "Mara Quell"] == want
    assert_spans(art)


@pytest.mark.parametrize(("dateline", "want"), [
    # two wires in one dateline are two sources, whichever comes first
    ("Washington (AFP/dpa) -", ["AFP", "dpa"]),
    ("Washington (dpa/AFP) -", ["AFP", "dpa"]),
    # the German Catholic agency is not the Austrian one
    ("Jerusalem (KNA) -", ["KNA"]),
    ("Wien (Kathpress) -", ["Kathpress"]),
])
def test_wire_datelines_name_the_right_agencies(dateline: str, want: list[str]) -> None:
    art = credits_of("Der Rat tagt\n" + dateline + " " + BODY)
    assert sorted(c.agency for c in art.credits if c.role == "source") == want


@pytest.mark.parametrize(("line", "want"), [
    # a byline naming an outlet with a lower-case 'the'
    ("By the Associated Press", [("AP", "source")]),
    ("By the Exampleton Courier", [("The Exampleton Courier", "source")]),
    ("By the Associated Press and Mara Quell", [("AP", "source"), ("Mara Quell", "author")]),
    # prose that opens with 'By the' names nobody
    ("By the Time we arrived, the council had voted.", []),
])
def test_a_byline_with_a_lower_case_the(line: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("tail", "want"), [
    # a dash and a wire under the last paragraph sign the story, an ambiguous short name too
    ("— AFP", ["AFP"]),
    ("- AFP", ["AFP"]),
    ("— AFP/Reuters", ["AFP", "Reuters"]),
    # a bare ambiguous code alone is nobody's credit
    ("AFP", []),
])
def test_a_dash_signature_under_the_story(tail: str, want: list[str]) -> None:
    long_body = "\n".join(p + " It was the third vote on the matter this year." for p in WIRE)
    art = credits_of("Council passes budget\n" + long_body + "\n" + tail)
    assert sorted(c.agency for c in art.credits if c.role == "source") == want


@pytest.mark.parametrize(("line", "want"), [
    # an academic or courtesy title before the name is no part of it
    ("By Dr. Mara Quell", "Mara Quell"),
    ("Von Prof. Dr. Jana Roehle", "Jana Roehle"),
    ("Von Dr. med. Jana Roehle", "Jana Roehle"),
    # a name that only starts like one stays whole
    ("By Drew Quell", "Drew Quell"),
])
def test_a_title_before_the_writers_name(line: str, want: str) -> None:
    art = credits_of("Council passes budget\n" + line + "\n" + BODY)
    assert [c.name for c in art.credits if c.role == "author"] == [want]
    assert_spans(art)


@pytest.mark.parametrize(("head", "tail", "want"), [
    # a portal's provider line and a repost's closing lines name the outlet the text comes from
    ("Provided by Exampleton Weekly", "", [("Exampleton Weekly", "source")]),
    ("", "Continue reading at Exampleton Weekly", [("Exampleton Weekly", "source")]),
    ("", "This article originally ran on Exampleton Weekly.", [("Exampleton Weekly", "source")]),
    ("", "Distributed by Example Features Syndicate", [("Example Features Syndicate", "source")]),
    # a picture's provider, and prose opening with the same words, name no source
    ("Photo provided by Exampleton Weekly", "", []),
    ("Provided by the city, the funds will go to schools and roads across the region this year.", "", []),
])
def test_provider_and_continue_reading_lines(head: str, tail: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + (head + "\n" if head else "") + BODY + ("\n" + tail if tail else ""))
    assert named(art) == want
    assert_spans(art)



@pytest.mark.parametrize(("tail", "want"), [
    ("Jane Roe contributed.", [("Jane Roe", "contributor")]),
    ("AP writer Jane Roe contributed from Paris.", [("AP", "contributor"), ("Jane Roe", "contributor")]),
    ("Jane Roe and Ivo Poe contributed reporting from Berlin.", [("Jane Roe", "contributor"), ("Ivo Poe", "contributor")]),
    # a sentence of the story with the same verb credits nobody
    ("Jane Roe contributed to the fund.", []),
    ("Jane Roe contributed $500 to the campaign.", []),
])
def test_contributor_lines_and_the_verb_in_prose(tail: str, want: list[tuple[str, str]]) -> None:
    art = credits_of("Council passes budget\n" + BODY + "\n" + tail)
    assert named(art) == want
    assert_spans(art)


@pytest.mark.parametrize(("text", "want"), [
    # datelines and source labels in scripts without capitals, with the wires' Arabic and Persian names
    ("القاهرة (رويترز) - قالت الحكومة إنها وافقت على الميزانية.", ["Reuters"]),
    ("باريس (أ ف ب) - قالت الحكومة إنها وافقت على الميزانية.", ["AFP"]),
    ("تهران (ایرنا) - دولت بودجه را تصویب کرد.", ["IRNA"]),
    ("قالت الحكومة إنها وافقت على الميزانية.\nالمصدر: رويترز", ["Reuters"]),
    # a short name that is also a word ('قنا' is a city) needs the dateline's parentheses
    ("الدوحة (قنا) - قالت الحكومة إنها وافقت على الميزانية.", ["QNA"]),
    ("زرنا قنا والأقصر في الربيع.", []),
])
def test_wires_in_caseless_scripts(text: str, want: list[str]) -> None:
    art = credits_of("عنوان الخبر\n" + text)
    assert sorted(c.agency for c in art.credits if c.role == "source") == want
    assert_spans(art)
