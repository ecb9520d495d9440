"""Organisations credited on pages outside the article's text (issue 15, pages): wire agencies
and partner outlets as the text's source, the house's desk or team as an organisation author,
and the traps beside them (picture credits, widgets, boxes of other stories, the site's own
rights line). Every page here is invented; outlets live on *.test hosts."""

from __future__ import annotations

import json

import pytest

from tracer import attach_credits, extract_html
from tracer.model import Article

TEXT = {
    "en": ["The city council voted on Tuesday to approve a new budget that raises spending on public transport.",
           "Mayor Jane Holloway said the plan would add three bus lines and extend tram service to the north.",
           "Opposition members argued that the increase would force the city to borrow more money next year.",
           "The budget passed by a vote of twenty-one to fourteen after a debate that lasted six hours."],
    "de": ["Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der mehr Geld für Busse vorsieht.",
           "Bürgermeisterin Jana Holler sagte, der Plan bringe drei neue Buslinien in den Norden der Stadt.",
           "Die Opposition warnte, die Stadt müsse dafür mehr Schulden machen und Schulen später sanieren.",
           "Der Haushalt wurde nach einer sechsstündigen Debatte mit einundzwanzig zu vierzehn Stimmen angenommen."],
    "fr": ["Le conseil municipal a adopté mardi un nouveau budget qui augmente les dépenses de transport public.",
           "La maire Jeanne Hollard a déclaré que le plan ajouterait trois lignes de bus vers les quartiers nord.",
           "L'opposition a estimé que cette hausse obligerait la ville à emprunter davantage l'an prochain.",
           "Le budget a été adopté par vingt et une voix contre quatorze après un débat de six heures."],
    "es": ["El ayuntamiento aprobó el martes un nuevo presupuesto que aumenta el gasto en transporte público.",
           "La alcaldesa Juana Hollera dijo que el plan añadirá tres líneas de autobús hacia el norte.",
           "La oposición advirtió que el aumento obligará a la ciudad a endeudarse más el próximo año.",
           "El presupuesto fue aprobado por veintiún votos contra catorce tras un debate de seis horas."],
    "it": ["Il consiglio comunale ha approvato martedì un nuovo bilancio che aumenta la spesa per i trasporti.",
           "La sindaca Giovanna Olla ha detto che il piano aggiungerà tre linee di autobus verso nord.",
           "L'opposizione ha avvertito che l'aumento costringerà la città a indebitarsi di più l'anno prossimo.",
           "Il bilancio è stato approvato con ventuno voti contro quattordici dopo un dibattito di sei ore."],
}
SITE = {"en": ("Example Post", "examplepost.test"), "de": ("Beispiel Kurier", "beispiel-kurier.test"),
        "fr": ("Le Journal Exemple", "journal-exemple.test"), "es": ("Diario Ejemplo", "diarioejemplo.test"),
        "it": ("Gazzetta Esempio", "gazzetta-esempio.test")}


def _page(lang: str, *, head: str = "", above: str = "", below: str = "", outside: str = "") -> str:
    """A page whose text sits in a body element of its own: what stands above or below it in
    the article, or outside the article, is left out of the extracted text."""
    body = "".join(f"<p>{p}</p>" for p in TEXT[lang])
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Budget</title>'
            f'<meta property="og:site_name" content="{SITE[lang][0]}">{head}</head><body>'
            f'<nav><a href="/">Home</a></nav><article><h1>Budget</h1>{above}'
            f'<div class="article-body">{body}</div>{below}</article>{outside}</body></html>')


def _credits(lang: str, **kw: str) -> Article:
    return attach_credits(extract_html(_page(lang, **kw), id="p", url=f"https://www.{SITE[lang][1]}/2026/05/budget"))


def _ld(**obj: object) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget", **obj})
            + "</script>")


def sources(art: Article) -> list[str]:
    return sorted({c.agency or c.name for c in art.credits if c.kind == "organization" and c.role == "source"})


def org_authors(art: Article) -> list[str]:
    return sorted({c.name for c in art.credits if c.kind == "organization" and c.role == "author"})


def persons(art: Article) -> list[str]:
    return sorted({c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")})


# --- the house's desk or team as an organisation author --------------------------------------

@pytest.mark.parametrize(("lang", "desk", "name"), [
    ("de", "Redaktion", "Redaktion"), ("de", "Sportredaktion", "Sportredaktion"),
    ("de", "Online-Redaktion", "Online-Redaktion"), ("de", "Beispiel-Team", "Beispiel-Team"),
    ("en", "Newsdesk", "Newsdesk"), ("en", "Example Post Staff", "Example Post Staff"),
    ("es", "Redacción Exampleton", "Redacción Exampleton"), ("fr", "La rédaction", "Rédaction"),
    ("it", "Redazione", "Redazione"),
])
def test_a_desk_in_an_author_element_is_an_organisation_author(lang: str, desk: str, name: str) -> None:
    art = _credits(lang, above=f'<span class="author">{desk}</span>')
    assert org_authors(art) == [name]
    assert persons(art) == []


@pytest.mark.parametrize("typ", ["Organization", "Person"])
def test_a_desk_as_the_structured_author_is_an_organisation_author(typ: str) -> None:
    art = _credits("de", head=_ld(author={"@type": typ, "name": "Sportredaktion"}))
    assert org_authors(art) == ["Sportredaktion"]
    assert persons(art) == []


def test_a_one_word_team_or_staff_in_an_author_element_names_no_desk() -> None:
    for word in ("Team", "Staff", "Editorial"):
        art = _credits("en", above=f'<span class="author">{word}</span>')
        assert org_authors(art) == [] and persons(art) == [], word


def test_the_house_signing_with_its_name_outranks_a_bare_newsroom_word() -> None:
    # the JSON-LD names the newsroom only; the credit line under the text names the house with its wire
    body_end = "<p>(Beispiel Kurier mit dpa)</p>"
    html = _page("de", head=_ld(author="Redaktion")).replace("</div></article>", body_end + "</div></article>")
    art = attach_credits(extract_html(html, id="p", url="https://www.beispiel-kurier.test/2026/05/budget"))
    assert "Redaktion" not in org_authors(art)
    assert sources(art) == ["dpa"]


# --- a wire or partner credited outside the text ----------------------------------------------

@pytest.mark.parametrize(("lang", "line", "wire"), [
    ("de", "Quelle: dpa", "dpa"), ("de", "Quelle: APA", "APA"), ("de", "Mit Material von dpa", "dpa"),
    ("en", "Source: Reuters", "Reuters"), ("fr", "Source : AFP", "AFP"), ("es", "Fuente: EFE", "EFE"),
    ("it", "Fonte: ANSA", "ANSA"),
])
@pytest.mark.parametrize("box", ['<p class="small">{}</p>', '<aside class="infobox"><p>{}</p></aside>',
                                 '<div class="article-footer">{}</div>'])
def test_a_labelled_source_line_after_the_body_credits_the_source(lang: str, line: str, wire: str, box: str) -> None:
    art = _credits(lang, below=box.format(line))
    assert sources(art) == [wire]
    assert persons(art) == [] and org_authors(art) == []


def test_a_labelled_line_naming_two_wires_credits_both() -> None:
    art = _credits("de", below='<p class="note">Mit Material der Nachrichtenagenturen dpa und AFP</p>')
    assert sources(art) == ["AFP", "dpa"]


def test_a_partner_outlet_in_a_source_line_is_the_source() -> None:
    art = _credits("en", below='<p class="small">Source: Example Tribune</p>')
    assert sources(art) == ["Example Tribune"]


def test_source_lines_of_facts_pictures_and_other_stories_credit_nothing() -> None:
    facts = "".join(f"<li>{t}<p>Quelle: {o}</p></li>" for t, o in (
        ("Nord", "Landesamt Nord"), ("Süd", "Example Times"), ("West", "Stadtwerke Beispielstadt")))
    assert sources(_credits("de", below=f"<ul>{facts}</ul>")) == []  # many: the sources of facts
    assert sources(_credits("de", below="<p>Quelle: Statistisches Landesamt Beispielland</p>")) == []  # an office
    picture = '<figure><img src="a.jpg"><figcaption>Der Stadtrat.<small>Quelle: dpa</small></figcaption></figure>'
    assert sources(_credits("de", above=picture)) == []
    # the same line repeated next to the picture in a player box is the picture's too
    assert sources(_credits("de", above=picture + '<div class="x"><span>Quelle: dpa</span></div>')) == []
    chart = '<div class="chart-box"><svg></svg><p>Quelle: Reuters</p></div>'
    assert sources(_credits("en", below=chart)) == []
    related = ('<section class="related-stories"><h3>More</h3><p><a href="/x">Flood warning</a></p>'
               '<p>Source: Reuters</p></section>')
    assert sources(_credits("en", outside=related)) == []


@pytest.mark.parametrize(("line", "wires"), [
    ("12.05.2026, 14:30 Uhr (dpa)", ["dpa"]), ("12.05.2026 · dpa/AFP", ["AFP", "dpa"]),
    ("12.05.2026 | KNA", ["KNA"]), ("Mittwoch, 12. Mai 2026 – epd", ["epd"]),
])
def test_a_wire_beside_the_date_under_the_headline_is_the_source(line: str, wires: list[str]) -> None:
    art = _credits("de", above=f'<div class="article-info">{line}</div>')
    assert sources(art) == wires
    # the same line split in parts of one box
    date, _, rest = line.partition(" ")
    art = _credits("de", above=f'<div class="meta"><time>{date}</time> <span>{rest}</span></div>')
    assert sources(art) == wires


def test_a_date_line_without_a_wire_or_far_from_the_headline_credits_nothing() -> None:
    assert sources(_credits("de", above='<div class="article-info">12.05.2026 | Politik | 3 Min.</div>')) == []
    # a wire beside a date in a teaser below the article is another story's
    teaser = '<div class="teaser"><h3><a href="/x">Flut</a></h3><p>11.05.2026 | dpa</p></div>'
    assert sources(_credits("de", outside=teaser)) == []


def test_a_source_attribute_naming_a_wire_is_the_source() -> None:
    for attr in ('data-source="dpa"', 'data-agency="dpa"'):
        art = _credits("de", above=f'<div class="meta" {attr}>Mittwoch, 12. Mai 2026</div>')
        assert sources(art) == ["dpa"], attr
    # other values of the attribute ('cms', a feed's name) name no source
    assert sources(_credits("de", above='<div data-source="cms">Mittwoch</div>')) == []


def test_a_source_meta_tag_naming_a_wire_is_the_source() -> None:
    assert sources(_credits("en", head='<meta name="source" content="Reuters">')) == ["Reuters"]
    assert sources(_credits("en", head='<meta name="source" content="web">')) == []


# --- traps: no source, no author --------------------------------------------------------------

@pytest.mark.parametrize(("lang", "html"), [
    ("de", '<figure><img src="a.jpg"><figcaption>Foto: dpa</figcaption></figure>'),
    ("en", '<figure><img src="a.jpg"><figcaption>The town hall. © AFP</figcaption></figure>'),
    ("en", '<div class="lead"><img src="a.jpg"><span class="copyright">© AFP</span></div>'),
    ("de", '<div class="lead"><img src="a.jpg"><span class="credit">dpa</span></div>'),
    ("de", '<p class="caption">Bild: Reuters/Jana Roe</p>'),
    ("it", '<div class="foto"><img src="a.jpg"><p>© ANSA</p></div>'),
])
def test_a_picture_credit_is_no_source_and_no_author(lang: str, html: str) -> None:
    art = _credits(lang, above=html)
    assert sources(art) == [] and persons(art) == [] and org_authors(art) == []


def test_a_source_node_under_the_lead_picture_still_names_the_texts_source() -> None:
    art = _credits("en", above='<div class="lead"><img src="a.jpg"></div><span class="article-source">Reuters</span>')
    assert sources(art) == ["Reuters"]


@pytest.mark.parametrize(("lang", "html"), [
    ("en", '<div class="ad">Advertising partner: Example Bank</div>'),
    ("en", '<div class="widget">Powered by Example Weather</div>'),
    ("en", '<aside class="related"><h3>Related</h3><ul><li><a href="/x">Flood warning</a> '
           '<span class="source">Reuters</span></li></ul></aside>'),
    ("en", '<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>'),
    ("en", '<footer><p class="copyright">© 2026 Example Post Media Ltd.</p></footer>'),
    ("en", '<section class="more-from"><h3>More from Reuters</h3><ul><li><a href="/y">Markets fall</a></li></ul></section>'),
    ("de", '<aside><div class="agency">dpa-Nachrichten</div></aside>'),
    ("fr", '<div class="partenaires">Publicité · Partenaire : Exemple Banque</div>'),
])
def test_furniture_around_the_article_names_no_source_and_no_author(lang: str, html: str) -> None:
    art = _credits(lang, outside=html)
    assert sources(art) == [] and persons(art) == [] and org_authors(art) == []


def test_the_sites_own_rights_are_no_source_but_a_wires_are() -> None:
    assert sources(_credits("de", head='<meta name="copyright" content="Beispiel Kurier GmbH">')) == []
    assert sources(_credits("de", head=_ld(copyrightHolder={"@type": "Organization", "name": "Beispiel Kurier"}))) == []
    assert sources(_credits("de", head='<meta name="copyright" content="dpa">')) == ["dpa"]
    assert sources(_credits("de", head=_ld(copyrightHolder={"@type": "Organization", "name": "dpa"}))) == ["dpa"]


# --- structured and link signals -----------------------------------------------------------

def test_a_canonical_link_to_another_outlets_page_names_that_outlet_as_the_source() -> None:
    art = _credits("en", head='<link rel="canonical" href="https://www.othertribune.test/2026/05/budget">')
    assert sources(art) == ["othertribune.test"]
    assert "othertribune.test" not in {c.name for c in art.credits if c.role == "publisher"}
    # the page's own canonical (another form of its own address) names nobody
    assert sources(_credits("en", head='<link rel="canonical" href="https://examplepost.test/2026/05/budget">')) == []


@pytest.mark.parametrize(("lang", "cls", "wire"), [
    ("de", "quelle", "dpa"), ("es", "fuente", "EFE"), ("it", "fonte", "ANSA"), ("en", "source", "Reuters"),
    ("en", "agency", "AP"), ("de", "agentur", "dpa"), ("en", "credit-source", "Reuters"),
    ("en", "article-source", "AFP"), ("fr", "origin", "AFP"), ("de", "artikel-herkunft", "KNA"),
])
def test_an_element_whose_class_says_source_credits_the_wire(lang: str, cls: str, wire: str) -> None:
    assert sources(_credits(lang, above=f'<span class="{cls}">{wire}</span>')) == [wire]


@pytest.mark.parametrize(("head", "wire"), [
    ('<meta name="original-source" content="Reuters">', "Reuters"),
    ('<meta name="syndication-source" content="AFP">', "AFP"),
    (_ld(sourceOrganization={"@type": "Organization", "name": "Associated Press"}), "AP"),
    (_ld(provider={"@type": "Organization", "name": "dpa"}), "dpa"),
    (_ld(isBasedOn={"@type": "NewsArticle", "headline": "Budget",
                    "publisher": {"@type": "Organization", "name": "Other Tribune"}}), "Other Tribune"),
    (_ld(isBasedOn="https://www.othertribune.test/2026/05/budget"), "othertribune.test"),
])
def test_structured_source_fields_credit_the_source(head: str, wire: str) -> None:
    assert sources(_credits("en", head=head)) == [wire]


def test_a_writer_and_her_wire_in_one_byline_element() -> None:
    art = _credits("de", above='<p class="byline">Von Jana Roe, dpa</p>')
    assert persons(art) == ["Jana Roe"] and sources(art) == ["dpa"]


@pytest.mark.parametrize(("lang", "node", "desk", "wires"), [
    ("de", '<p class="byline">Redaktion mit dpa</p>', "Redaktion", ["dpa"]),
    ("de", '<p class="author">Sportredaktion mit dpa/AFP</p>', "Sportredaktion", ["AFP", "dpa"]),
    ("fr", '<p class="signature">La rédaction avec AFP</p>', "Rédaction", ["AFP"]),
    ("es", '<p class="firma">Redacción con EFE</p>', "Redacción", ["EFE"]),
    ("it", '<p class="autore">Redazione con ANSA</p>', "Redazione", ["ANSA"]),
    ("en", '<p class="byline">Newsdesk with Reuters</p>', "Newsdesk", ["Reuters"]),
])
def test_a_desk_with_its_wire_credits_the_desk_as_author_and_the_wire_as_source(
        lang: str, node: str, desk: str, wires: list[str]) -> None:
    art = _credits(lang, above=node)
    assert org_authors(art) == [desk]
    assert sources(art) == wires


def test_a_with_phrase_that_names_no_wire_stays_one_name() -> None:
    # 'mit' before a word that is no wire agency: no source is made of it
    art = _credits("de", above='<p class="byline">Von Jana Roe mit Fotos</p>')
    assert sources(art) == []


def test_a_wire_in_its_own_element_beside_the_date_is_the_source() -> None:
    art = _credits("en", above='<div class="meta"><span>May 12, 2026</span> <span>Reuters</span></div>')
    assert sources(art) == ["Reuters"]
    # a place, the site's name or a reading time beside the date is none
    for rest in ("Berlin", "Beispiel Kurier", "5 Min. Lesezeit"):
        assert sources(_credits("de", above=f'<div class="meta"><span>12.05.2026</span> <span>{rest}</span></div>')) == []


def test_source_lines_in_the_pages_own_footer_credit_nothing() -> None:
    footer = '<footer class="site-footer"><p>Quelle: Beispiel Kurier Verlag</p><p>Mit Material von dpa</p></footer>'
    assert sources(_credits("de", outside=footer)) == []
    # the article's own footer is the article's
    art = _credits("de", below="<footer><p>Mit Material von dpa</p></footer>")
    assert sources(art) == ["dpa"]


def test_the_sites_desk_named_with_the_site_is_an_organisation_author() -> None:
    art = _credits("it", head=_ld(author={"@type": "Organization", "name": "Redazione Gazzetta Esempio"}))
    assert org_authors(art) == ["Redazione Gazzetta Esempio"] and persons(art) == []
    # a desk word before a writer's name labels the writer
    art = _credits("de", above='<p class="byline">Redaktion Jana Roe</p>')
    assert org_authors(art) == []


def test_an_info_box_under_the_headline_and_its_standfirst_names_the_wire() -> None:
    standfirst = "<h2>" + "Der Stadtrat hat nach langer Debatte einen Haushalt beschlossen, der vieles ändert. " * 3 + "</h2>"
    box = ('<div class="article-info"><p><span>12.05.2026 - 14:30</span></p>'
           '<p><a href="/">Nachrichten - </a> Katholische Nachrichten-Agentur</p></div>')
    assert sources(_credits("de", above=standfirst + box)) == ["KNA"]
    # a box that holds a list (a table of contents, a tag list) is no info line
    listing = '<div class="article-info"><span>12.05.2026</span><ul><li>KNA</li><li>Politik</li></ul></div>'
    assert sources(_credits("de", above=listing)) == []


@pytest.mark.parametrize(("lang", "line", "outlet"), [
    ("en", "This article was originally published on Example Tribune.", "Example Tribune"),
    ("en", "Republished with permission from Example Tribune.", "Example Tribune"),
    ("es", "Este artículo fue publicado originalmente en El Diario Ejemplo.", "El Diario Ejemplo"),
    ("it", "Questo articolo è stato pubblicato originariamente su Il Corriere Esempio.", "Il Corriere Esempio"),
    ("de", "Mit freundlicher Genehmigung der Beispiel Zeitung", "Beispiel Zeitung"),
])
@pytest.mark.parametrize("box", ['<div class="note">{}</div>', '<p class="small"><em>{}</em></p>'])
def test_a_partners_repost_note_after_the_body_names_the_source(lang: str, line: str, outlet: str, box: str) -> None:
    art = _credits(lang, below=box.format(line))
    assert sources(art) == [outlet]
    assert org_authors(art) == [] and persons(art) == []


@pytest.mark.parametrize(("lang", "byline", "who", "wires"), [
    ("fr", '<p class="author">Par <a href="/auteur/paul-roux">Paul Roux</a> (avec AFP)</p>', ["Paul Roux"], ["AFP"]),
    ("de", '<span class="byline">Von Jana Rohr (mit dpa und Reuters)</span>', ["Jana Rohr"], ["Reuters", "dpa"]),
    ("es", '<p class="byline">Por Pedro Ruiz, con información de EFE</p>', ["Pedro Ruiz"], ["EFE"]),
    ("fr", '<p class="author">Par Paul Roux (avec Marie Dufour)</p>', ["Paul Roux"], []),  # a person: no source
])
def test_the_wires_in_a_with_aside_of_the_byline_are_sources(lang: str, byline: str, who: list[str],
                                                             wires: list[str]) -> None:
    art = _credits(lang, above=byline)
    assert persons(art) == who
    assert sources(art) == wires


@pytest.mark.parametrize(("node", "who"), [
    ('<div class="author">e. roe / j. i. da silva</div>', ["E. Roe", "J. I. da Silva"]),
    ('<div class="author-location">Juana Rojas / Pedro Ruiz</div>', ["Juana Rojas", "Pedro Ruiz"]),
    ('<span class="author-location">Exampleville</span>', []),  # the writer's place, no name
    ('<p class="caption">Juana Rojas / Pedro Ruiz</p>', []),  # no writer's node: a picture credit's form
])
def test_writers_a_slash_separates_in_the_writer_node(node: str, who: list[str]) -> None:
    assert persons(_credits("es", above=node)) == who


@pytest.mark.parametrize("credit", ["Foto: Archivo Diario Ejemplo", "Foto: Cortesía Pedro Ruiz", "Foto: privat"])
def test_an_archive_or_a_handout_in_a_picture_credit_is_no_photographer(credit: str) -> None:
    art = _credits("es", above=f'<figure><img src="a.jpg"><figcaption>El pleno. {credit}</figcaption></figure>')
    assert not [c for c in art.credits if c.kind == "person"]
