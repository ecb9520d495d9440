"""Organisations credited on pages, probed with invented pages of the kinds the web shows (issue 15,
pages): press releases sent through PR wires, portal and aggregator reposts of a partner's story,
broadcasters' and regional desks' signatures, organisations signing their own pages, and the traps
beside them (the site's own name in its chrome, picture credits, ads, outlets cited in the text).

The generator crosses page shells (a newspaper CMS, a blog theme, a portal) with the credit forms
and languages; each form states what a careful reader reports: the outlets or wires as the
text's source, an organisation that wrote the text as an organisation author, and nobody for a
trap. Every name and host is invented (*.test)."""

from __future__ import annotations

import pytest

from tests.test_credits_page_sources import SITE, TEXT, _ld, org_authors, persons, sources
from tracer import attach_credits, extract_html
from tracer.model import Article

SHELLS = ("cms", "blog", "portal")


def page(lang: str, shell: str = "cms", *, site: tuple[str, str] | None = None, head: str = "", above: str = "",
         below: str = "", outside: str = "", first: str = "", last: str = "") -> str:
    """A page in one of three common shells: a newspaper CMS (`article` with a body div), a blog
    theme (`article.post` with `entry-content`, the notes inside it) and a portal (a `main` box
    with the partner's story in `article-content`). `first` opens the first paragraph (a
    dateline), `last` is a closing paragraph of the text; `above`/`below` stand around the body,
    `outside` outside the article. The site's chrome (nav, footer) names the site."""
    name = (site or SITE[lang])[0]
    paras = list(TEXT[lang])
    paras[0] = first + paras[0]
    body = "".join(f"<p>{p}</p>" for p in paras + ([last] if last else []))
    if shell == "blog":
        main = (f'<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Budget</h1>'
                f'{above}</header><div class="entry-content">{body}{below}</div></article>')
    elif shell == "portal":
        main = (f'<main id="main"><div class="article"><h1>Budget</h1>{above}<div class="article-content">{body}</div>'
                f'{below}</div></main>')
    else:
        main = f'<article><h1>Budget</h1>{above}<div class="article-body">{body}</div>{below}</article>'
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Budget</title>'
            f'<meta property="og:site_name" content="{name}">{head}</head><body>'
            f'<header><nav><a href="/">Home</a> <a href="/about">{name}</a></nav></header>{main}{outside}'
            f'<footer class="site-footer"><p>© 2026 {name}</p><a href="/imprint">Imprint</a></footer></body></html>')


def credits(lang: str, shell: str = "cms", **kw: object) -> Article:
    host = (kw.get("site") or SITE[lang])[1]  # type: ignore[index]
    return attach_credits(extract_html(page(lang, shell, **kw), id="p", url=f"https://www.{host}/2026/05/budget"))


def found(art: Article) -> tuple[list[str], list[str], list[str]]:
    return sources(art), org_authors(art), persons(art)


# --- press releases: the PR wire that carried them ---------------------------------------------

@pytest.mark.parametrize(("lang", "dateline", "wire"), [
    ("en", "NEW YORK, May 12, 2026 /PRNewswire/ -- ", "PR Newswire"),
    ("en", "SAN FRANCISCO--(BUSINESS WIRE)--", "Business Wire"),
    ("en", "TORONTO, May 12, 2026 (GLOBE NEWSWIRE) -- ", "GlobeNewswire"),
    ("en", "BOSTON, May 12, 2026 /ACCESSWIRE/ ", "ACCESSWIRE"),
    ("de", "Berlin (ots) - ", "news aktuell"),
])
@pytest.mark.parametrize("shell", SHELLS)
def test_a_pr_wires_dateline_credits_the_wire(lang: str, dateline: str, wire: str, shell: str) -> None:
    assert found(credits(lang, shell, first=dateline)) == ([wire], [], [])


def test_a_pr_wires_short_name_in_running_text_is_no_credit() -> None:
    # 'ots' is a word in other languages and an abbreviation: only a dateline or a label credits it
    art = credits("en", last="The plan follows the ots model that other cities use for their budgets.")
    assert found(art) == ([], [], [])


# --- portal and aggregator reposts: the partner's note ------------------------------------------

REPOSTS = [
    ("en", "This article originally appeared on Example Tribune.", "Example Tribune"),
    ("en", "Republished with permission from Example Tribune.", "Example Tribune"),
    ("en", 'This article is republished from <a href="https://theconversation.test/x">The Conversation</a> '
           'under a Creative Commons license. Read the <a href="https://theconversation.test/x">original article</a>.',
     "The Conversation"),
    ("de", "Dieser Artikel erschien zuerst bei Beispiel Zeitung.", "Beispiel Zeitung"),
    ("de", "Dieser Beitrag erschien zuerst auf beispielblatt.test", "beispielblatt.test"),
    ("de", "Mit freundlicher Genehmigung von Beispiel Zeitung", "Beispiel Zeitung"),
    ("fr", "Cet article a été publié initialement sur Le Monde Exemple.", "Le Monde Exemple"),
    ("fr", "Cet article est paru initialement dans Le Quotidien Exemple.", "Le Quotidien Exemple"),
    ("es", "Este artículo fue publicado originalmente en El Diario Ejemplo.", "El Diario Ejemplo"),
    ("it", "Questo articolo è stato pubblicato originariamente su Il Corriere Esempio.", "Il Corriere Esempio"),
    ("fr", 'Cet article est republié à partir de <a href="https://theconversation.test/x">The Conversation</a> sous '
           "licence Creative Commons. Lire l’article original.", "The Conversation"),
    ("fr", "Reproduit avec l’autorisation du Quotidien Exemple.", "Quotidien Exemple"),  # 'du': the article is gone
    ("fr", "Cet article est paru dans Le Quotidien Exemple.", "Le Quotidien Exemple"),
    ("es", "Republicado con permiso de El Diario Ejemplo.", "El Diario Ejemplo"),
    ("es", "Este artículo fue publicado originalmente en The Conversation. Lea el original.", "The Conversation"),
    ("it", "Ripubblicato con il permesso di Il Corriere Esempio.", "Il Corriere Esempio"),
    ("it", "Questo articolo è ripubblicato da The Conversation sotto licenza Creative Commons.", "The Conversation"),
    ("de", "Übernahme mit freundlicher Genehmigung der Beispiel Zeitung.", "Beispiel Zeitung"),
    ("de", "Dieser Text erschien zuerst im Beispiel Magazin.", "Beispiel Magazin"),
    ("en", "This story was first published by Exampleton Tribune and is republished here with permission.",
     "Exampleton Tribune"),
]


@pytest.mark.parametrize(("lang", "note", "outlet"), REPOSTS)
@pytest.mark.parametrize("shell", SHELLS)
@pytest.mark.parametrize("box", ['<p class="note"><em>{}</em></p>', '<div class="article-footnote">{}</div>'])
def test_a_repost_note_under_the_text_names_the_partner(lang: str, note: str, outlet: str, shell: str,
                                                        box: str) -> None:
    assert found(credits(lang, shell, below=box.format(note))) == ([outlet], [], [])


@pytest.mark.parametrize(("lang", "note", "outlet"), REPOSTS)
def test_a_repost_note_as_the_texts_last_paragraph_names_the_partner(lang: str, note: str, outlet: str) -> None:
    assert found(credits(lang, last=f"<em>{note}</em>")) == ([outlet], [], [])


def test_a_courtesy_to_a_person_names_no_outlet() -> None:
    # under a picture or a quoted letter: a person's permission, not a partner's story
    art = credits("de", below='<p class="note">Mit freundlicher Genehmigung von Jana Roe</p>')
    assert found(art) == ([], [], [])


# --- broadcasters' and regional desks' signatures ----------------------------------------------

@pytest.mark.parametrize(("line", "src"), [
    ("Quelle: hessenbeispiel.de/bb", "hessenbeispiel.de"), ("Quelle: beispielradio.test/jr", "beispielradio.test"),
    ("Quelle: Beispielradio/jr", "Beispielradio"),
])
@pytest.mark.parametrize("shell", SHELLS)
def test_a_broadcasters_site_and_desk_code_in_a_source_line(line: str, src: str, shell: str) -> None:
    assert found(credits("de", shell, below=f'<p class="small">{line}</p>')) == ([src], [], [])


# --- organisations that wrote their own pages --------------------------------------------------

BODIES = [
    ("de", "NGO", ("Beispielhilfe e.V.", "beispielhilfe.test")),
    ("de", "GovernmentOrganization", ("Bundesministerium für Beispiele", "bmb-beispiel.test")),
    ("en", "Corporation", ("Example Motors", "examplemotors.test")),
    ("en", "EducationalOrganization", ("Exampleton College", "exampleton-college.test")),
    ("fr", "Organization", ("Fondation Exemple", "fondation-exemple.test")),  # its name says what it is
    ("es", ["Organization", "NGO"], ("Acción Ejemplo", "accion-ejemplo.test")),
]


@pytest.mark.parametrize(("lang", "typ", "site"), BODIES)
@pytest.mark.parametrize("shell", SHELLS)
def test_a_body_that_is_the_structured_author_of_its_own_page_signs_it(lang: str, typ: object,
                                                                          site: tuple[str, str], shell: str) -> None:
    art = credits(lang, shell, site=site, head=_ld(author={"@type": typ, "name": site[0]}))
    assert found(art) == ([], [site[0]], [])
    assert site[0] in {c.name for c in art.credits if c.role == "publisher"}
    # in a list, with its address
    art = credits(lang, shell, site=site, head=_ld(author=[{"@type": typ, "name": site[0],
                                                             "url": f"https://www.{site[1]}/"}]))
    assert org_authors(art) == [site[0]]


@pytest.mark.parametrize("shell", SHELLS)
def test_a_news_site_naming_itself_as_the_structured_author_is_its_publisher_only(shell: str) -> None:
    art = credits("en", shell, head=_ld(author={"@type": "Organization", "name": "Example Post"}))
    assert found(art) == ([], [], [])
    art = credits("en", shell, head=_ld(author={"@type": "NewsMediaOrganization", "name": "Example Post"}))
    assert found(art) == ([], [], [])


def test_a_body_writing_on_a_news_site_is_an_organisation_author_with_its_legal_form() -> None:
    art = credits("de", head=_ld(author={"@type": "NGO", "name": "Beispielhilfe e.V."}))
    assert found(art) == ([], ["Beispielhilfe e.V."], [])  # the period of 'e.V.' is the name's
    art = credits("de", below='<p class="small">Quelle: Beispielhilfe e.V.</p>')
    assert org_authors(art) == [] and persons(art) == []


# --- a portal's provider block: a label and the partner's logo ---------------------------------

PROVIDED = [("en", "Provided by"), ("de", "Bereitgestellt von"), ("fr", "Fourni par"), ("es", "Proporcionado por"),
            ("it", "Fornito da")]
LOGOS = [
    '<div class="article-provider"><span class="label">{label}</span><a href="https://www.exampletribune.test/">'
    '<img src="/l.png" alt="Example Tribune Logo"></a></div>',
    '<div class="attribution">{label}: <a href="https://www.exampletribune.test/" title="Example Tribune"><svg></svg></a></div>',
    '<div class="provider"><span>{label}</span> <img src="/l.png" alt="Example Tribune"></div>',
    '<div class="attribution">{label} Example Tribune</div>',
]


@pytest.mark.parametrize(("lang", "label"), PROVIDED)
@pytest.mark.parametrize("logo", LOGOS)
@pytest.mark.parametrize("shell", SHELLS)
def test_a_provider_label_and_logo_name_the_partner(lang: str, label: str, logo: str, shell: str) -> None:
    assert found(credits(lang, shell, above=logo.format(label=label))) == (["Example Tribune"], [], [])


@pytest.mark.parametrize("html", [
    '<div class="ad-slot"><span>Provided by</span><img src="/l.png" alt="Example Bank"></div>',  # an ad
    '<div class="sponsor"><span>Presented by</span><img src="/l.png" alt="Example Bank"></div>',  # a sponsor
    '<div class="attribution"><span>Provided by</span><img src="/l.png" alt=""></div>',  # a logo with no name
    '<nav><span>Provided by</span><img src="/l.png" alt="Example Tribune"></nav>',  # the site's menu
])
def test_logos_of_ads_sponsors_and_menus_name_no_partner(html: str) -> None:
    assert found(credits("en", outside=html)) == ([], [], [])
    assert found(credits("en", above=html)) == ([], [], [])


# --- a press release's issuer -------------------------------------------------------------------

ISSUERS = [
    ("en", "SOURCE Example Motors", "Example Motors", []),
    ("de", "Originaltext: Beispiel Werke GmbH, übermittelt durch news aktuell", "Beispiel Werke GmbH", ["news aktuell"]),
    ("de", "Original-Content von: Beispiel Werke GmbH, übermittelt durch news aktuell", "Beispiel Werke GmbH",
     ["news aktuell"]),
    ("de", "Pressemitteilung der Beispiel Werke GmbH", "Beispiel Werke GmbH", []),
    ("en", "Press release from Example Motors Inc.", "Example Motors Inc.", []),
    ("fr", "Communiqué de presse de Exemple Énergie SA", "Exemple Énergie SA", []),
    ("es", "Comunicado de prensa de Ejemplo Energía S.A.", "Ejemplo Energía S.A.", []),
    ("it", "Comunicato stampa di Esempio Energia S.p.A.", "Esempio Energia S.p.A.", []),
    ("de", "Pressemitteilung der Polizei Beispielstadt vom 12.05.2026", "Polizei Beispielstadt", []),  # its date
    ("en", "Press release from Bank of Exampleton on 12 May 2026", "Bank of Exampleton", []),
]


@pytest.mark.parametrize(("lang", "line", "issuer", "wires"), ISSUERS)
@pytest.mark.parametrize("shell", SHELLS)
def test_a_press_releases_issuer_line_closing_the_text_names_its_author(lang: str, line: str, issuer: str,
                                                                       wires: list[str], shell: str) -> None:
    assert found(credits(lang, shell, last=line)) == (wires, [issuer], [])


@pytest.mark.parametrize(("lang", "line", "issuer", "wires"), [x for x in ISSUERS if not x[1].startswith("SOURCE")])
@pytest.mark.parametrize("spot", ["above", "below"])
def test_a_press_releases_issuer_in_an_element_of_its_own_names_its_author(lang: str, line: str, issuer: str,
                                                                          wires: list[str], spot: str) -> None:
    assert found(credits(lang, **{spot: f'<p class="meta">{line}</p>'})) == (wires, [issuer], [])


@pytest.mark.parametrize("shell", SHELLS)
def test_a_pr_wires_release_with_its_dateline_and_its_issuer(shell: str) -> None:
    art = credits("en", shell, first="NEW YORK, May 12, 2026 /PRNewswire/ -- ", last="SOURCE Example Motors")
    assert found(art) == (["PR Newswire"], ["Example Motors"], [])
    art = credits("de", shell, first="Berlin (ots) - ",
                  last="Originaltext: Beispiel Werke GmbH, übermittelt durch news aktuell")
    assert found(art) == (["news aktuell"], ["Beispiel Werke GmbH"], [])


@pytest.mark.parametrize("line", [
    "The SOURCE of the money was never found, the council said in its statement on Tuesday.",
    "Source Example Motors",  # the wire's closing label is written in capitals
    "Pressemitteilung der stadtverwaltung",  # no name
    "SOURCE 2026 budget tables",
])
def test_lines_that_only_look_like_an_issuer_credit_nobody(line: str) -> None:
    assert found(credits("en", last=line)) == ([], [], [])


# --- generic agency credits: as the text zone reads them ----------------------------------------

@pytest.mark.parametrize(("lang", "line", "name"), [
    ("de", "Quelle: Agenturen", "Agenturen"), ("es", "Fuente: Agencias", "Agencias"),
    ("en", "Source: Agencies", "Agencies"), ("de", "Mit Material von Agenturen", "Agenturen"),
])
def test_agencies_credited_as_a_group_are_the_source_on_pages_as_in_text(lang: str, line: str, name: str) -> None:
    assert found(credits(lang, below=f'<p class="small">{line}</p>')) == ([name], [], [])
    assert sources(credits(lang, last=line)) == [name]


# --- traps: the site's chrome, pictures, ads, outlets cited in the text -------------------------

TRAPS = [
    ("the site's copyright", "de", dict(outside='<div class="copyright">© 2026 Beispiel Kurier Mediengruppe GmbH. '
                                                'Alle Rechte vorbehalten.</div>')),
    ("the network's menu", "en", dict(outside='<nav class="network"><a href="https://exampletribune.test">Example Tribune'
                                              '</a> <a href="/">Example Post</a></nav>')),
    ("the site's name beside the date", "en", dict(above='<div class="meta"><span>May 12, 2026</span> '
                                                         '<span>Example Post</span></div>')),
    ("the site's newsletter", "en", dict(below='<div class="newsletter">Sign up for the Example Post newsletter</div>')),
    ("a picture's agency and photographer", "de", dict(above='<figure><img src="a.jpg"><figcaption>Der Rat tagt. '
                                                             'Foto: Jana Roe/dpa</figcaption></figure>')),
    ("a picture agency", "de", dict(above='<figure><img src="a.jpg"><figcaption>Bild: Keystone</figcaption></figure>')),
    ("a picture's rights", "en", dict(above='<figure><img src="a.jpg"><figcaption>The council. '
                                            '<span class="credit">© Reuters</span></figcaption></figure>')),
    ("a French picture credit", "fr", dict(above='<figure><img src="a.jpg"><figcaption>Le conseil. Crédit photo : AFP'
                                                 '</figcaption></figure>')),
    ("a Spanish picture credit", "es", dict(above='<figure><img src="a.jpg"><figcaption>El pleno. Foto: EFE'
                                                  '</figcaption></figure>')),
    ("a photo agency's credit", "en", dict(above='<figure><img src="a.jpg"><figcaption>(Photo by Jane Roe/Getty Images)'
                                                 '</figcaption></figure>')),
    ("a picture credit in the text", "de", dict(last="Foto: Jana Roe/dpa")),
    ("a lead picture's wire credit", "en", dict(above='<div class="lead-image"><img src="a.jpg"><p>REUTERS/Jane Roe</p></div>')),
    ("a video's credit", "en", dict(above='<div class="video-player"><video></video><p>Video: Reuters</p></div>')),
    ("an ad", "de", dict(outside='<div class="anzeige"><span>Anzeige</span><p>Präsentiert von Beispiel Bank</p></div>')),
    ("a sponsor box", "en", dict(outside='<aside class="sponsored"><p>Sponsored by Example Bank</p></aside>')),
    ("a sponsor line", "en", dict(above='<p class="label">Sponsored by Example Bank</p>')),
    ("partners' logos", "de", dict(outside='<div class="footer-partner"><h4>Unsere Partner</h4><img alt="Beispiel Bank">'
                                           '<img alt="Example Tribune"></div>')),
    ("a partner section", "en", dict(outside='<section><h3>Our partners</h3><a href="https://exampletribune.test">'
                                             '<img alt="Example Tribune"></a></section>')),
    ("more from an outlet", "en", dict(outside='<section class="more-from"><h3>More from Example Tribune</h3><ul><li>'
                                               '<a href="/y">Markets</a></li></ul></section>')),
    ("a wire cited in English", "en", dict(last="The figures match the council's count, according to Reuters' "
                                                "reporting last week.")),
    ("an outlet told", "en", dict(last="Holloway told the Example Tribune that the plan was sound.")),
    ("a wire cited in German", "de", dict(last="Wie die dpa am Dienstag berichtete, will die Stadt die Pläne prüfen.")),
    ("a wire cited in French", "fr", dict(last="Selon l'AFP, la ville veut examiner les plans mardi.")),
    ("a wire cited in Spanish", "es", dict(last="Según informó EFE, la ciudad revisará los planes el martes.")),
    ("a wire cited in Italian", "it", dict(last="Come riporta l'ANSA, il comune esaminerà il piano martedì.")),
]
BYLINE = {"de": "Von Jana Roe", "en": "By Jana Roe", "fr": "Par Jana Roe", "es": "Por Jana Roe", "it": "Di Jana Roe"}
WIRE = {"de": ("Quelle: dpa", "dpa"), "en": ("Source: Reuters", "Reuters"), "fr": ("Source : AFP", "AFP"),
        "es": ("Fuente: EFE", "EFE"), "it": ("Fonte: ANSA", "ANSA")}


@pytest.mark.parametrize(("name", "lang", "kw"), TRAPS, ids=[t[0] for t in TRAPS])
@pytest.mark.parametrize("shell", SHELLS)
def test_a_trap_credits_no_organisation(name: str, lang: str, kw: dict[str, str], shell: str) -> None:
    assert found(credits(lang, shell, **kw)) == ([], [], [])
    # beside a writer: she alone signs
    with_writer = {**kw, "above": kw.get("above", "") + f'<p class="byline">{BYLINE[lang]}</p>'}
    assert found(credits(lang, shell, **with_writer)) == ([], [], ["Jana Roe"])
    # beside the wire the text came from: the wire alone is the source
    line, wire = WIRE[lang]
    with_wire = {**kw, "below": kw.get("below", "") + f'<p class="small">{line}</p>'}
    assert found(credits(lang, shell, **with_wire)) == ([wire], [], [])


# --- a house signing its wire copy with its initials ---------------------------------------------

@pytest.mark.parametrize(("lang", "line", "tag", "wires"), [
    ("de", "(BK mit dpa)", "BK", ["dpa"]), ("de", "(BK/dpa)", "BK", ["dpa"]),
    ("de", "(BK mit Material von dpa und AFP)", "BK", ["AFP", "dpa"]),
    ("en", "(EP with AP)", "EP", ["AP"]), ("fr", "(JE avec AFP)", "JE", ["AFP"]),  # 'Le Journal Exemple'
])
@pytest.mark.parametrize("shell", SHELLS)
def test_the_sites_initials_beside_its_wire_sign_as_the_site(lang: str, line: str, tag: str, wires: list[str],
                                                             shell: str) -> None:
    art = credits(lang, shell, last=line)
    assert found(art) == (wires, [tag], [])
    assert tag not in sources(art)


def test_other_initials_or_a_writer_leave_the_site_unsigned() -> None:
    # initials that are not the site's: another house's or an editor's code, no credit
    assert found(credits("de", last="(XZ mit dpa)")) == (["dpa"], [], [])
    assert found(credits("de", last="(bk/dpa)")) == (["dpa"], [], [])
    # a writer signs: the site's tag is her desk's, no author of its own
    art = credits("de", above='<p class="byline">Von Jana Roe</p>', last="(BK mit dpa)")
    assert found(art) == (["dpa"], [], ["Jana Roe"])
    # a site of one word has no initials to tell
    art = credits("de", site=("Beispielblatt", "beispielblatt.test"), last="(B mit dpa)")
    assert found(art) == (["dpa"], [], [])


# --- a portal's byline: the writer and her outlet -------------------------------------------------

@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Story by Jana Roe • 2h • Exampleton Tribune"), ("en", "By Jana Roe • Exampleton Tribune • 2h"),
    ("en", "By Jana Roe | Exampleton Tribune"), ("en", "By Jana Roe, Exampleton Tribune"),
    ("de", "Von Jana Roe, Exampleton Tribune"), ("es", "Por Jana Roe - Exampleton Tribune"),
])
@pytest.mark.parametrize("shell", SHELLS)
def test_a_bylines_outlet_after_the_writer_is_the_source(lang: str, line: str, shell: str) -> None:
    art = credits(lang, shell, above=f'<div class="byline">{line}</div>')
    assert found(art) == (["Exampleton Tribune"], [], ["Jana Roe"])


@pytest.mark.parametrize("line", [
    "By Jana Roe, Exampleton Daily News Staff Writer",  # her title at her paper
    "By Jana Roe, Exampleton Daily News Staff",
    "By Jana Roe | Senior Reporter",
    "By Jana Roe, Example Post",  # the site itself
])
def test_a_bylines_title_or_the_sites_own_name_is_no_source(line: str) -> None:
    art = credits("en", above=f'<div class="byline">{line}</div>')
    assert found(art) == ([], [], ["Jana Roe"])


# --- a portal's provider slot and a link to the original story -----------------------------------

@pytest.mark.parametrize("slot", [
    '<div class="caas-attr-meta"><span class="caas-author-byline">Jana Roe</span> · '
    '<span class="caas-attr-provider">Exampleton Tribune</span></div>',
    '<div class="byline">By Jana Roe</div><div class="provider-name">Exampleton Tribune</div>',
    '<div class="byline">By Jana Roe</div><div class="provider-logo"><img src="/l.png" alt="Exampleton Tribune"></div>',
    '<div class="byline">By Jana Roe</div><a class="provider-link" href="https://exampletribune.test/">exampletribune.test</a>',
])
@pytest.mark.parametrize("shell", SHELLS)
def test_a_portals_provider_slot_names_the_partner(slot: str, shell: str) -> None:
    src, orgs, people = found(credits("en", shell, above=slot))
    assert src in (["Exampleton Tribune"], ["exampletribune.test"]) and orgs == [] and people == ["Jana Roe"]


@pytest.mark.parametrize("html", [
    '<div class="weather-provider">Example Weather</div>',  # a widget's data
    '<span class="provider">Jana Roe</span>',  # a person is no outlet
    '<div class="auth-provider"><button>Sign in with Example</button></div>',
    '<aside class="related"><span class="provider">Exampleton Tribune</span></aside>',  # another story's
])
def test_other_provider_slots_name_no_partner(html: str) -> None:
    assert found(credits("en", above=html)) == ([], [], [])


@pytest.mark.parametrize(("lang", "link", "src"), [
    ("en", 'Read the <a href="https://theconversation.com/x">original article</a>.', "The Conversation"),
    ("en", '<a href="https://www.exampletribune.test/2026/05/x">Read the original article</a>', "exampletribune.test"),
    ("fr", '<a href="https://www.exemple-quotidien.test/x">Lire l’article original</a>', "exemple-quotidien.test"),
    ("de", '<a href="https://www.beispielblatt.test/x">Zum Originalartikel</a>', "beispielblatt.test"),
    ("es", '<a href="https://www.diarioejemplo2.test/x">Lea el artículo original</a>', "diarioejemplo2.test"),
    ("fr", 'Lire l’<a href="https://www.exemple-quotidien.test/x">article original</a>.', "exemple-quotidien.test"),
])
def test_a_link_to_the_original_story_names_its_outlet(lang: str, link: str, src: str) -> None:
    assert found(credits(lang, below=f"<p>{link}</p>")) == ([src], [], [])


def test_a_link_to_the_sites_own_original_or_in_a_menu_names_nobody() -> None:
    own = '<p><a href="https://www.examplepost.test/2026/05/old">Read the original article</a></p>'
    assert found(credits("en", below=own)) == ([], [], [])
    # a bare 'Original article' cites a study as often as a story
    study = '<p>Original article: <a href="https://journal.example.test/doi/10.1000/x">Original article</a></p>'
    assert found(credits("en", below=study)) == ([], [], [])
    menu = '<nav><a href="https://www.exampletribune.test/x">Original article</a></nav>'
    assert found(credits("en", outside=menu)) == ([], [], [])


# --- an agency's desk: the agency ------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "desk", "wire"), [
    ("it", "Redazione ANSA", "ANSA"), ("de", "dpa-Redaktion", "dpa"), ("fr", "La rédaction de l'AFP", "AFP"),
    ("es", "Redacción EFE", "EFE"),
])
@pytest.mark.parametrize("where", ["node", "jsonld"])
def test_an_agencys_desk_signing_is_the_agency_as_the_source(lang: str, desk: str, wire: str, where: str) -> None:
    kw = ({"above": f'<p class="byline">{desk}</p>'} if where == "node"
          else {"head": _ld(author={"@type": "Organization", "name": desk})})
    assert found(credits(lang, **kw)) == ([wire], [], [])


# --- the house and its wire in a byline element or the info line ----------------------------------

@pytest.mark.parametrize(("lang", "node", "house", "wires"), [
    ("fr", '<p class="byline">Le Journal Exemple avec AFP</p>', "Le Journal Exemple", ["AFP"]),
    ("de", '<span class="author">Beispiel Kurier mit dpa/AFP</span>', "Beispiel Kurier", ["AFP", "dpa"]),
    ("de", '<p class="byline">BK mit dpa</p>', "BK", ["dpa"]),
])
@pytest.mark.parametrize("shell", SHELLS)
def test_the_site_with_its_wire_in_a_byline_element_signs_as_the_site(lang: str, node: str, house: str,
                                                                      wires: list[str], shell: str) -> None:
    art = credits(lang, shell, above=node)
    assert found(art) == (wires, [house], [])


def test_a_writer_with_the_wire_or_beside_the_sites_line_keeps_the_site_unsigned() -> None:
    art = credits("fr", above='<p class="byline">Jeanne Roe avec AFP</p>')
    assert found(art) == (["AFP"], [], ["Jeanne Roe"])
    art = credits("fr", above='<p class="byline">Par Jeanne Roe</p><p class="signature">Le Journal Exemple avec AFP</p>')
    assert found(art) == (["AFP"], [], ["Jeanne Roe"])


@pytest.mark.parametrize(("lang", "line", "wires"), [
    ("fr", "Le Journal Exemple avec AFP · Publié le 12 mai 2026 à 14h30", ["AFP"]),
    ("de", "12.05.2026, 14:30 Uhr · dpa und AFP", ["AFP", "dpa"]),
    ("de", "12.05.2026, 14:30 Uhr · Stadt und Land", []),
])
def test_wires_joined_by_with_or_and_in_the_info_line(lang: str, line: str, wires: list[str]) -> None:
    assert sources(credits(lang, above=f'<p class="article-meta">{line}</p>')) == wires


# --- a body named alone in an author element ---------------------------------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Beispielhilfe e.V."), ("de", "Stadt Beispielstadt"), ("en", "Exampleton Tourism Board"),
    ("fr", "Fondation Exemple"), ("es", "Asociación Ejemplo"), ("it", "Comune di Esempio"),
])
@pytest.mark.parametrize("own", [True, False])
def test_a_body_alone_in_an_author_element_signs_as_an_organisation(lang: str, body: str, own: bool) -> None:
    site = (body, "body-site.test") if own else None
    art = credits(lang, site=site, above=f'<span class="author">{body}</span>')
    assert found(art) == ([], [body], [])


def test_a_persons_name_or_a_body_in_running_text_is_no_body_author() -> None:
    assert found(credits("de", above='<span class="author">Jana Roe</span>')) == ([], [], ["Jana Roe"])
    # a body named in a paragraph of its own above the text, no element saying author: nobody signs
    assert found(credits("de", above="<p>Stadt Beispielstadt</p>")) == ([], [], [])


@pytest.mark.parametrize(("lang", "kw", "wire"), [
    ("de", {"above": '<figure><img src="a.jpg"><figcaption>Der Rat tagt. Foto: Jana Roe/dpa</figcaption></figure>'}, "dpa"),
    ("en", {"above": '<figure><img src="a.jpg"><figcaption>The council. <span class="credit">© Reuters</span>'
                     '</figcaption></figure>'}, "Reuters"),
    ("fr", {"above": '<figure><img src="a.jpg"><figcaption>Le conseil. Crédit photo : AFP</figcaption></figure>'}, "AFP"),
    ("es", {"above": '<figure><img src="a.jpg"><figcaption>El pleno. Foto: EFE/Juana Roe</figcaption></figure>'}, "EFE"),
    ("en", {"last": "(AP Photo/Jane Roe)"}, "AP"),
    ("de", {"last": "Foto: Jana Roe/dpa"}, "dpa"),
])
@pytest.mark.parametrize("shell", SHELLS)
def test_a_wire_credited_for_a_picture_keeps_the_photo_role(lang: str, kw: dict[str, str], wire: str,
                                                            shell: str) -> None:
    art = credits(lang, shell, **kw)
    # the wire, and the photographer a figure's credit names (role photo too, never an author)
    assert {(c.agency or c.name) for c in art.credits if c.role == "photo" and c.kind == "organization"} == {wire}
    assert not [c for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")]
    assert sources(art) == [] and art.chain == [art.publisher]


# --- a note that the text came from an agency's feed ---------------------------------------------

@pytest.mark.parametrize(("lang", "note", "wire"), [
    ("de", "Dieser Artikel wurde automatisch aus dem dpa-Newskanal übernommen.", "dpa"),
    ("en", "This story was automatically published from a Reuters feed.", "Reuters"),
    ("fr", "Ce texte a été publié automatiquement depuis le fil AFP.", "AFP"),
])
@pytest.mark.parametrize("shell", SHELLS)
def test_a_feed_note_closing_the_text_credits_its_wire(lang: str, note: str, wire: str, shell: str) -> None:
    assert found(credits(lang, shell, last=note)) == ([wire], [], [])


def test_a_feed_note_naming_no_wire_credits_nothing() -> None:
    note = "This story has not been edited by Example Post staff and is published from a syndicated feed."
    assert found(credits("en", last=note)) == ([], [], [])
    assert found(credits("de", last="Der Text wurde automatisch erstellt.")) == ([], [], [])


# --- a desk and its wires after a slash ------------------------------------------------------------

@pytest.mark.parametrize(("lang", "node", "desk", "wires"), [
    ("de", '<p class="byline">Redaktion / Agenturen</p>', "Redaktion", ["Agenturen"]),
    ("es", '<p class="firma">Redacción / EFE</p>', "Redacción", ["EFE"]),
    ("it", '<p class="autore">Redazione / Agenzie</p>', "Redazione", ["Agenzie"]),
    ("de", '<p class="byline">Redaktion mit Agenturen</p>', "Redaktion", ["Agenturen"]),
])
@pytest.mark.parametrize("shell", SHELLS)
def test_a_desk_and_its_wires_after_a_slash_or_with(lang: str, node: str, desk: str, wires: list[str],
                                                    shell: str) -> None:
    assert found(credits(lang, shell, above=node)) == (wires, [desk], [])


def test_the_extractors_author_field_is_read_part_by_part() -> None:
    from tracer.credits import default_gazetteer
    from tracer.credits.html import trafilatura_author

    def read(val: str) -> list[tuple[str, str]]:
        return [(c.kind, c.name) for c in trafilatura_author({"trafilatura_author": val}, default_gazetteer())]

    # a desk beside the wires as a group: the desk alone, never one name of both
    assert read("Beispiel Redaktion; Agenturen") == [("organization", "Beispiel Redaktion")]
    # a writer beside a desk: the writer is read, no desk swallows her
    assert ("person", "Jana Roe") in read("Jana Roe; Example Staff")
    assert read("Example Editorial Team") == [("organization", "Example Editorial Team")]


# --- structured data: the shapes that credit an organisation, and those that do not -------------------

_GRAPH = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NGO","@id":'
          '"https://www.beispielhilfe.test/#org","name":"Beispielhilfe e.V."},{"@type":"Article","headline":"Budget",'
          '"author":{"@id":"https://www.beispielhilfe.test/#org"},"publisher":{"@id":"https://www.beispielhilfe.test/#org"}}]}'
          '</script>')


@pytest.mark.parametrize(("lang", "head", "want", "site"), [
    ("en", _ld(author={"@type": "Organization", "name": "Reuters", "url": "https://www.reuters.test"}),
     (["Reuters"], [], []), None),
    ("de", _ld(sourceOrganization="dpa"), (["dpa"], [], []), None),
    ("de", _ld(author="dpa/AFP"), (["AFP", "dpa"], [], []), None),
    ("de", _ld(author=[{"@type": "Person", "name": "Jana Roe"}],
               sourceOrganization={"@type": "Organization", "name": "dpa"}), (["dpa"], [], ["Jana Roe"]), None),
    ("de", _GRAPH, ([], ["Beispielhilfe e.V."], []), ("Beispielhilfe e.V.", "beispielhilfe.test")),
])
def test_structured_organisation_credits(lang: str, head: str, want: tuple, site: tuple[str, str] | None) -> None:
    assert found(credits(lang, site=site, head=head)) == want


@pytest.mark.parametrize("obj", [
    {"about": {"@type": "Organization", "name": "Exampleton Tribune"}},
    {"mentions": [{"@type": "Organization", "name": "Reuters"}]},
    {"citation": {"@type": "CreativeWork", "name": "Study",
                  "publisher": {"@type": "Organization", "name": "Exampleton University"}}},
    {"sponsor": {"@type": "Organization", "name": "Example Bank"}},
    {"funder": {"@type": "Organization", "name": "Example Foundation"}},
    {"publisher": {"@type": "Organization", "name": "Example Media Group"}},  # the site's owner
    {"image": {"@type": "ImageObject", "url": "https://x.test/a.jpg", "creditText": "Reuters",
               "copyrightHolder": {"@type": "Organization", "name": "AFP"}}},  # the picture's
    {"video": {"@type": "VideoObject", "name": "Clip", "provider": {"@type": "Organization", "name": "Reuters"}}},
])
def test_structured_organisations_that_did_not_give_the_text_are_no_credit(obj: dict) -> None:
    assert found(credits("en", head=_ld(**obj))) == ([], [], [])


def test_a_source_line_naming_an_office_without_a_desk_code_credits_nothing() -> None:
    assert found(credits("de", below='<p class="small">Quelle: Landesamt Beispiel</p>')) == ([], [], [])
    assert found(credits("de", below='<p class="small">Quelle: Landesamt Beispiel/ABC</p>')) == ([], [], [])


@pytest.mark.parametrize(("lang", "kw"), [
    ("de", {"below": '<div class="contact"><p>Pressekontakt:</p><p>Beispiel Werke GmbH</p><p>Jana Roe</p>'
                     '<p>Telefon: 0123 456789</p><p>E-Mail: presse@beispielwerke.test</p></div>'}),
    ("de", {"last": "Pressekontakt: Beispiel Werke GmbH, Jana Roe, Telefon: 0123 456789, "
                    "E-Mail: presse@beispielwerke.test"}),
    ("en", {"last": "Media contact: Jana Roe, Example Motors, +1 555 0100, press@examplemotors.test"}),
    ("en", {"last": "About Example Motors: Example Motors is a maker of electric buses based in Exampleton."}),
    ("de", {"last": "Rückfragehinweis: Beispiel Werke GmbH, Jana Roe, Tel.: +43 1 234 567"}),
])
def test_a_press_releases_contact_and_boilerplate_sign_nothing(lang: str, kw: dict[str, str]) -> None:
    # the press officer is no writer, the firm in its contact block no source
    assert found(credits(lang, **kw)) == ([], [], [])
