"""People on a page who did not write it, probed with invented pages (issue 15, page precision):
those credited for other work (review, fact-check, editing, pictures, graphics, video,
production, translation, a podcast's host, an interview's guest, in five languages), people
in the page's furniture (the editor-in-chief's or the imprint's card, a 'Meet the team'
list, 'Most read' and 'Related' lists with bylines, a newsletter box signed by the editor,
'Recommended by', embedded posts, a comment form's 'Logged in as', a breadcrumb trail) and
the people a writer's bio box names beside the writer. Each trap stands beside one real
writer and on a page with no writer: the writer alone is credited as author."""

from __future__ import annotations

import json

import pytest

from tracer import attach_credits, extract_html, extract_text

BODY = {
    "en": ["The harbour board agreed on Monday to dredge the eastern channel before the autumn storms, ending a dispute that had delayed shipping for months.",
           "Ferry operators had warned that the silt left after the spring floods made the crossing unsafe at low tide for the larger vessels.",
           "The work will cost about four million and take eleven weeks, according to the board's engineers, who presented the plan at a public meeting.",
           "Fishermen said they welcomed the decision but asked that the dredging pause during the herring season so that the nets are not damaged.",
           "A final timetable is expected next week once the contractor has inspected the channel and the weather forecast is known."],
    "de": ["Der Gemeinderat hat am Montag beschlossen, die alte Brücke über den Mühlbach noch vor dem Winter zu sanieren, nachdem Gutachter Risse entdeckt hatten.",
           "Die Arbeiten sollen rund zwei Millionen Euro kosten und etwa zehn Wochen dauern, teilte die Verwaltung nach der Sitzung mit.",
           "Während der Bauzeit wird der Verkehr über eine Behelfsbrücke am Sportplatz umgeleitet, Fußgänger können die Brücke weiter nutzen.",
           "Anwohner begrüßten die Entscheidung, forderten aber, dass die Bauarbeiten nachts ruhen, damit die Nachtruhe nicht gestört wird.",
           "Ein genauer Zeitplan soll in der kommenden Woche vorgestellt werden, sobald die beauftragte Firma die Brücke besichtigt hat."],
    "fr": ["Le conseil municipal a décidé lundi de rénover le vieux pont sur la rivière avant l'hiver, après que des experts y ont découvert des fissures.",
           "Les travaux coûteront environ deux millions d'euros et dureront une dizaine de semaines, a indiqué la mairie après la séance.",
           "Pendant le chantier, la circulation sera déviée par un pont provisoire près du stade, les piétons pourront toujours traverser.",
           "Les riverains ont salué la décision mais demandent que les travaux s'arrêtent la nuit afin de préserver leur sommeil.",
           "Un calendrier précis doit être présenté la semaine prochaine, dès que l'entreprise retenue aura inspecté l'ouvrage."],
    "es": ["El ayuntamiento aprobó el lunes reparar el viejo puente sobre el río antes del invierno, después de que los técnicos descubrieran grietas.",
           "Las obras costarán unos dos millones de euros y durarán unas diez semanas, informó el consistorio tras la sesión plenaria.",
           "Durante las obras, el tráfico se desviará por un puente provisional junto al polideportivo, y los peatones podrán seguir cruzando.",
           "Los vecinos celebraron la decisión, aunque pidieron que los trabajos se detengan por la noche para no perturbar el descanso.",
           "Un calendario detallado se presentará la próxima semana, cuando la empresa adjudicataria haya inspeccionado el puente."],
    "it": ["Il consiglio comunale ha deciso lunedì di restaurare il vecchio ponte sul torrente prima dell'inverno, dopo che i tecnici hanno scoperto alcune crepe.",
           "I lavori costeranno circa due milioni di euro e dureranno una decina di settimane, ha comunicato il municipio dopo la seduta.",
           "Durante il cantiere il traffico sarà deviato su un ponte provvisorio vicino al campo sportivo, i pedoni potranno ancora passare.",
           "I residenti hanno accolto con favore la decisione, ma chiedono che i lavori si fermino di notte per non disturbare il riposo.",
           "Un calendario preciso sarà presentato la prossima settimana, quando la ditta incaricata avrà ispezionato il ponte."],
}
TITLE = {"en": "Channel to be dredged before storms", "de": "Brücke wird vor dem Winter saniert",
         "fr": "Le vieux pont sera rénové avant l'hiver", "es": "El puente se reparará antes del invierno",
         "it": "Il vecchio ponte sarà restaurato prima dell'inverno"}
SITE = {"en": "Harbour Herald", "de": "Talbote", "fr": "Le Courrier du Val", "es": "El Eco del Valle", "it": "La Voce della Valle"}
URL = {"en": "https://www.harbour-herald.test/2026/05/channel-dredging", "de": "https://www.talbote.test/lokales/bruecke",
       "fr": "https://www.courrier-du-val.test/local/pont", "es": "https://www.eco-valle.test/local/puente",
       "it": "https://www.voce-valle.test/cronaca/ponte"}
BY = {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "it": "Di"}
WRITER = "Mara Quell"


def page(lang="en", *, head="", byline=None, above="", inside="", tail="", below="", outside="", crumbs=""):
    body = "".join(f"<p>{p}</p>" for p in BODY[lang])
    if byline is None:
        byline = f'<p class="byline">{BY[lang]} {WRITER}</p>'
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{TITLE[lang]} | {SITE[lang]}</title>'
            f'<meta property="og:site_name" content="{SITE[lang]}">{head}</head><body>'
            f'<header class="site-header"><a href="/">{SITE[lang]}</a></header>{crumbs}<main><article><h1>{TITLE[lang]}</h1>'
            f'{byline}{above}<div class="article-body">{body[:len(body) // 2]}{inside}{body[len(body) // 2:]}{tail}</div>{below}'
            f'</article>{outside}</main><footer class="site-footer"><p>© 2026 {SITE[lang]}</p></footer></body></html>')


def authors(html: str, lang: str) -> list[str]:
    art = attach_credits(extract_html(html, id="p", url=URL[lang]))
    return sorted({c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")})


def roles(html: str, lang: str) -> dict[str, set[str]]:
    art = attach_credits(extract_html(html, id="p", url=URL[lang]))
    out: dict[str, set[str]] = {}
    for c in art.credits:
        if c.kind == "person":
            out.setdefault(c.name, set()).add(c.role)
    return out


# --- people credited for other work than writing: (language, the credit line) ---
OTHER_WORK = [
    ("en", "Reviewed by Peter Lund"), ("en", "Fact-checked by Peter Lund"), ("en", "Fact checked by Peter Lund"),
    ("en", "Medically reviewed by Peter Lund, MD"), ("en", "Edited by Peter Lund"), ("en", "Illustration by Peter Lund"),
    ("en", "Illustrations by Peter Lund"), ("en", "Graphics by Peter Lund"), ("en", "Video by Peter Lund"),
    ("en", "Produced by Peter Lund"), ("en", "Photography by Peter Lund"), ("en", "Translated by Peter Lund"),
    ("en", "Editor: Peter Lund"), ("en", "Copy edited by Peter Lund"), ("en", "Design by Peter Lund"),
    ("en", "An interview with Peter Lund"), ("de", "Interview mit Peter Lund"), ("en", "Hosted by Peter Lund"), ("en", "Data visualisation by Peter Lund"),
    ("de", "Redigiert von Peter Lund"), ("de", "Bearbeitet von Peter Lund"), ("de", "Illustration: Peter Lund"),
    ("de", "Grafik: Peter Lund"), ("de", "Übersetzung: Peter Lund"), ("de", "Redaktion: Peter Lund"),
    ("de", "Video: Peter Lund"), ("de", "Moderation: Peter Lund"), ("de", "Faktencheck: Peter Lund"),
    ("fr", "Mise à jour par Peter Lund"), ("fr", "Édité par Peter Lund"), ("fr", "Traduit par Peter Lund"),
    ("fr", "Illustration : Peter Lund"), ("fr", "Infographie : Peter Lund"), ("fr", "Vidéo : Peter Lund"),
    ("es", "Edición: Peter Lund"), ("es", "Traducción: Peter Lund"), ("es", "Ilustración: Peter Lund"),
    ("es", "Editado por Peter Lund"), ("es", "Revisado por Peter Lund"), ("es", "Infografía: Peter Lund"),
    ("it", "Traduzione di Peter Lund"), ("it", "Illustrazione di Peter Lund"), ("it", "Revisione di Peter Lund"),
    ("it", "Grafica: Peter Lund"), ("it", "Video di Peter Lund"), ("it", "A cura della redazione"),
]
# where the credit line stands: its own node under the byline, a line opening the body, a
# line closing it, a node in the byline's meta box
SPOTS = {
    "meta node": lambda line: {"above": f'<p class="meta">{line}</p>'},
    "body head": lambda line: {"above": f"<p>{line}</p>"},
    "body tail": lambda line: {"tail": f"<p>{line}</p>"},
    "credit box": lambda line: {"below": f'<div class="article-credits"><span>{line}</span></div>'},
}
ROLE_CASES = [(lang, line, spot) for lang, line in OTHER_WORK for spot in SPOTS]


@pytest.mark.parametrize(("lang", "line", "spot"), ROLE_CASES, ids=[f"{c[0]}:{c[1]}@{c[2]}" for c in ROLE_CASES])
def test_other_work_beside_a_writer_is_no_authorship(lang: str, line: str, spot: str) -> None:
    assert authors(page(lang, **SPOTS[spot](line)), lang) == [WRITER]


@pytest.mark.parametrize(("lang", "line", "spot"), ROLE_CASES, ids=[f"{c[0]}:{c[1]}@{c[2]}" for c in ROLE_CASES])
def test_other_work_without_a_writer_credits_no_author(lang: str, line: str, spot: str) -> None:
    assert authors(page(lang, byline="", **SPOTS[spot](line)), lang) == []


@pytest.mark.parametrize(("lang", "line", "role"), [
    ("en", "Edited by Peter Lund", "editor"), ("de", "Redigiert von Peter Lund", "editor"),
    ("es", "Edición: Peter Lund", "editor"), ("en", "Translated by Peter Lund", "translator"),
    ("de", "Übersetzung: Peter Lund", "translator"), ("fr", "Traduit par Peter Lund", "translator")])
def test_an_editor_or_translator_keeps_the_role(lang: str, line: str, role: str) -> None:
    found = roles(page(lang, tail=f"<p>{line}</p>"), lang)
    assert found.get(WRITER) == {"author"}
    assert role in found.get("Peter Lund", set())


CONTRIBUTOR_LINES = [("en", "Additional reporting by Peter Lund"), ("en", "Contributing: Peter Lund"),
                     ("en", "Peter Lund contributed to this report."), ("de", "Mitarbeit: Peter Lund")]


@pytest.mark.parametrize(("lang", "line"), CONTRIBUTOR_LINES)
def test_a_contributor_line_names_no_author(lang: str, line: str) -> None:
    """On a page the vote keeps the confirmed writer; a contributor line's name is no author
    (the page sets' gold names writers only, so the vote does not keep it either)."""
    found = roles(page(lang, tail=f"<p>{line}</p>"), lang)
    assert found.get(WRITER) == {"author"}
    assert found.get("Peter Lund", set()) <= {"contributor"}


@pytest.mark.parametrize(("lang", "line"), CONTRIBUTOR_LINES)
def test_a_contributor_line_in_text_stays_a_contributor(lang: str, line: str) -> None:
    text = f"{BY[lang]} {WRITER}\n\n" + "\n\n".join(BODY[lang]) + f"\n\n{line}"
    art = attach_credits(extract_text(text, id="t"))
    found = {c.name: c.role for c in art.credits if c.kind == "person"}
    assert found == {WRITER: "author", "Peter Lund": "contributor"}


# --- people in the page's furniture ---
def _list(cls: str, head: str, item) -> str:
    return f'<div class="{cls}"><h2>{head}</h2><ul>' + "".join(item(i, w) for i, w in
                                                               enumerate(("Olaf Brenner", "Ivo Marchetti", "Lena Fuchs"))) + "</ul></div>"


FURNITURE = {
    "editor-in-chief card": ("en", '<aside><div class="masthead-card"><h3>Editor-in-chief</h3><p>Lena Fuchs</p></div></aside>'),
    "imprint Herausgeber": ("de", '<div class="impressum"><p>Herausgeber: Lena Fuchs</p><p>Chefredaktion: Olaf Brenner</p>'
                                  "</div>"),
    "Chefredaktion box": ("de", '<div class="box"><h3>Chefredaktion</h3><p>Olaf Brenner</p><p>Lena Fuchs (Stv.)</p></div>'),
    "meet the team": ("en", _list("team", "Meet the team", lambda i, w: f'<li><a href="/team/{i}">{w}</a> — Reporter</li>')),
    "meet the team authors": ("en", _list("team-list", "Meet the team",
                                          lambda i, w: f'<li><a href="/author/x{i}/">{w}</a></li>')),
    "most read with bylines": ("en", _list("most-read", "Most read",
                                           lambda i, w: f'<li><a href="/s{i}">Ferry fares rise again, part {i}</a> '
                                                        f'<span>By {w}</span></li>')),
    "meistgelesen von": ("de", _list("top-artikel", "Meistgelesen",
                                      lambda i, w: f'<li><a href="/s{i}">Neue Buslinie, Teil {i}</a> <p>Von {w}</p></li>')),
    "related By text": ("en", _list("related-links", "Related",
                                    lambda i, w: f"<li><a href=\"/s{i}\">School roof repairs, part {i}</a> — by {w}</li>")),
    "newsletter from the editor": ("en", '<div class="newsletter-signup"><h3>The Morning Tide</h3><p>Every weekday from '
                                         "Lena Fuchs, our editor.</p><form><input type=\"email\"><button>Sign up</button>"
                                         "</form></div>"),
    "newsletter by": ("en", '<div class="signup"><p>Get the Harbour Briefing, by Lena Fuchs, in your inbox.</p></div>'),
    "recommended by": ("en", '<div class="recommended"><h3>Recommended by Lena Fuchs</h3><ul><li><a href="/s1">Ferry fares '
                             "rise</a></li></ul></div>"),
    "tweet embed": ("en", '<blockquote class="twitter-tweet"><p>The channel is finally getting dredged!</p>&mdash; Jane Roe '
                          '(@jroe) <a href="https://twitter.test/jroe/status/1">July 16, 2018</a></blockquote>'),
    "tweet embed plain": ("en", "<blockquote><p>The channel is finally getting dredged!</p><p>— Jane Roe (@jroe) July 16, "
                                "2018</p></blockquote>"),
    "logged in as": ("en", '<div id="respond"><h3>Leave a reply</h3><p class="logged-in-as">Logged in as Jane Roe. '
                           '<a href="/logout">Log out?</a></p><textarea></textarea></div>'),
    "comment form Angemeldet als": ("de", '<div id="respond"><p class="logged-in-as">Angemeldet als Jane Roe. '
                                          '<a href="/logout">Abmelden?</a></p></div>'),
    # the same furniture in markup that says author: a writer's class, rel="author", archive links
    "editor-in-chief card, author class": ("en", '<div class="editor-card"><h3>Editor-in-chief</h3><p class="author-name">'
                                                 "Lena Fuchs</p></div>"),
    "masthead, byline class": ("en", '<section class="masthead"><p class="byline">Lena Fuchs, Editor-in-Chief</p></section>'),
    "Herausgeber, author class": ("de", '<div class="herausgeber"><span class="autor">Lena Fuchs</span></div>'),
    "Chefredaktion, rel author": ("de", '<div class="box"><h3>Chefredaktion</h3><a rel="author" href="/team/lena">Lena Fuchs'
                                        "</a></div>"),
    "Rédaction en chef, author class": ("fr", '<div class="encart"><h4>Rédaction en chef</h4><p class="auteur">Lena Fuchs'
                                              "</p></div>"),
    "team, author class": ("en", '<section class="team"><h2>Meet the team</h2>' + "".join(
        f'<div class="member"><span class="author-name">{w}</span></div>' for w in ("Olaf Brenner", "Ivo Marchetti")) + "</section>"),
    "team, archive links": ("en", '<section class="our-people"><h2>Our team</h2>' + "".join(
        f'<div class="member"><a href="/author/{w.lower().replace(" ", "-")}/">{w}</a><p>Reporter</p></div>'
        for w in ("Olaf Brenner", "Ivo Marchetti", "Lena Fuchs")) + "</section>"),
    "recommended by, author class": ("en", '<div class="picks"><h3>Recommended by</h3><p class="author">Lena Fuchs</p></div>'),
    "Notre équipe, author links": ("fr", '<section class="bloc"><h3>Notre équipe</h3>' + "".join(
        f'<p class="auteur"><a href="/auteur/x{i}/">{w}</a></p>' for i, w in enumerate(("Olaf Brenner", "Ivo Marchetti")))
        + "</section>"),
    "Nuestro equipo, author class": ("es", '<section class="bloque"><h3>Nuestro equipo</h3>' + "".join(
        f'<p class="autor">{w}</p>' for w in ("Olaf Brenner", "Ivo Marchetti")) + "</section>"),
    "Direttore responsabile card": ("it", '<div class="box"><h4>Direttore responsabile</h4><p class="autore">Lena Fuchs</p>'
                                          "</div>"),
    "I più letti with bylines": ("it", '<section class="lista"><h3>I più letti</h3>' + "".join(
        f'<div><a href="/s{i}">Il mercato riapre, parte {i}</a><p>Di {w}</p></div>'
        for i, w in enumerate(("Olaf Brenner", "Ivo Marchetti"))) + "</section>"),
}
CRUMBS = {
    "breadcrumb author": ("en", '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/author/olaf-brenner/">Olaf Brenner'
                                "</a> › Channel to be dredged</nav>"),
    "breadcrumb column": ("de", '<nav class="breadcrumbs"><ol><li><a href="/">Start</a></li><li><a href="/kolumnen/">'
                                'Kolumnen</a></li><li><a href="/kolumnen/olaf-brenner/">Olaf Brenner</a></li></ol></nav>'),
    "breadcrumb microdata": ("en", '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" '
                                   'itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span '
                                   'itemprop="name">Home</span></a></li><li itemprop="itemListElement" itemscope '
                                   'itemtype="https://schema.org/ListItem"><a itemprop="item" href="/author/olaf-brenner/">'
                                   '<span itemprop="name">Olaf Brenner</span></a></li></ol>'),
    "breadcrumb trail": ("en", '<p class="trail"><a href="/">Home</a> / <a href="/author/olaf-brenner/">Olaf Brenner</a></p>'),
}
# social posts embedded in the text, in the markup the networks' embed codes print
EMBEDS = {
    "facebook post": ('<div class="fb-post" data-href="https://www.facebook.test/jroe/posts/1"><blockquote cite="https://www.'
                      'facebook.test/jroe/posts/1" class="fb-xfbml-parse-ignore"><p>The channel is finally getting dredged!</p>'
                      'Posted by <a href="https://www.facebook.test/jroe">Jane Roe</a> on&nbsp;<a href="https://www.facebook.'
                      'test/jroe/posts/1">Monday, July 16, 2018</a></blockquote></div>'),
    "instagram post": ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.test/p/x/"><div><p>'
                       '<a href="https://www.instagram.test/p/x/">The quay at dawn</a></p><p>A post shared by <a href="https:'
                       '//www.instagram.test/jroe/">Jane Roe</a> (@jroe) on <time datetime="2018-07-16T07:44:00+00:00">Jul 16, '
                       "2018 at 12:44am PDT</time></p></div></blockquote>"),
    "mastodon post": ('<blockquote class="mastodon-embed"><p>Finally!</p>&mdash; Jane Roe (@jroe@social.test) <a href="https://'
                      'social.test/@jroe/1">July 16, 2018</a></blockquote>'),
    "bluesky post": ('<blockquote class="bluesky-embed"><p>Finally!</p>&mdash; Jane Roe (<a href="https://bsky.test/profile/'
                     'jroe">@jroe.bsky.social</a>) <a href="https://bsky.test/x">July 16, 2018 at 7:44 AM</a></blockquote>'),
}
FURNITURE.update({f"embedded {k}": ("en", v) for k, v in EMBEDS.items()})
FURN_CASES = [(k, lang, html, "outside") for k, (lang, html) in FURNITURE.items()] + \
             [(k, lang, html, "inside") for k, (lang, html) in FURNITURE.items() if "tweet" in k or "embedded" in k] + \
             [(k, lang, html, "crumbs") for k, (lang, html) in CRUMBS.items()]


@pytest.mark.parametrize(("name", "lang", "html", "where"), FURN_CASES, ids=[f"{c[0]}@{c[3]}" for c in FURN_CASES])
def test_page_furniture_beside_a_writer(name: str, lang: str, html: str, where: str) -> None:
    assert authors(page(lang, **{where: html}), lang) == [WRITER]


@pytest.mark.parametrize(("name", "lang", "html", "where"), FURN_CASES, ids=[f"{c[0]}@{c[3]}" for c in FURN_CASES])
def test_page_furniture_without_a_writer(name: str, lang: str, html: str, where: str) -> None:
    assert authors(page(lang, byline="", **{where: html}), lang) == []


# --- a writer's bio box that names other people ---
BIOS = [
    ("en", "Mara Quell is a reporter. She previously worked with John Doe at the Coast Gazette."),
    ("en", "Mara Quell covers the harbour. Before that she was an assistant to Jane Roe, the paper's former editor."),
    ("en", "Mara Quell is a reporter for the Harbour Herald. She co-wrote 'Tides' with John Doe."),
    ("de", "Mara Quell ist Redakteurin im Lokalressort. Zuvor arbeitete sie mit John Doe beim Kreisblatt."),
    ("fr", "Mara Quell est journaliste. Elle a travaillé auparavant avec John Doe à la Gazette du Sud."),
]
BIO_BOXES = {
    "author-bio div": lambda bio: f'<div class="author-bio"><h4>About the author</h4><p>{bio}</p></div>',
    "bio ending the body": lambda bio: f"<p><em>{bio}</em></p>",
}
BIO_CASES = [(lang, bio, box) for lang, bio in BIOS for box in BIO_BOXES]


@pytest.mark.parametrize(("lang", "bio", "box"), BIO_CASES, ids=[f"{c[0]}:{c[1][:30]}@{c[2]}" for c in BIO_CASES])
def test_a_bio_box_credits_only_its_writer(lang: str, bio: str, box: str) -> None:
    where = "tail" if box == "bio ending the body" else "below"
    assert authors(page(lang, **{where: BIO_BOXES[box](bio)}), lang) == [WRITER]


# The box's archive links: the writer's own opens the bio; a colleague's told in a sentence is no writer.
LINKED_BIOS = {
    "colleague linked mid-sentence": ('<div class="author-bio"><p><a href="/author/mara-quell/">Mara Quell</a> is a reporter. '
                                      'She previously worked with <a href="/author/john-doe/">John Doe</a> at the Coast '
                                      "Gazette.</p></div>", [WRITER]),
    "colleague linked, German": ('<div class="autorenbox"><p><a href="/autor/mara-quell/">Mara Quell</a> ist Redakteurin. Zuvor '
                                 'schrieb sie mit <a href="/autor/john-doe/">John Doe</a> für das Kreisblatt.</p></div>', [WRITER]),
    "two writers linked": ('<div class="author-bio"><p><a href="/author/mara-quell/">Mara Quell</a> and <a href="/author/'
                           'john-doe/">John Doe</a> are reporters.</p></div>', ["John Doe", WRITER]),
    "labelled link": ('<div class="author-box"><h4>About the author</h4><p>Written by <a href="/author/mara-quell/">Mara '
                      "Quell</a></p></div>", [WRITER]),
}


@pytest.mark.parametrize("name", list(LINKED_BIOS))
def test_a_bio_box_on_a_page_without_byline_names_its_writers_only(name: str) -> None:
    box, expected = LINKED_BIOS[name]
    lang = "de" if "German" in name else "en"
    assert authors(page(lang, byline="", below=box), lang) == sorted(expected)


# A role's credit in a node whose class says author or byline: the node is read, and the
# extractor's author field takes the name without its label; neither makes it the writer.
ROLE_NODES = [("en", "byline", "Edited by Peter Lund"), ("en", "byline", "Fact-checked by Peter Lund"),
              ("en", "byline", "Medically reviewed by Peter Lund, MD"), ("en", "author", "Video by Peter Lund"),
              ("en", "author", "Graphics by Peter Lund"), ("en", "author", "Produced by Peter Lund"),
              ("en", "author", "Hosted by Peter Lund"), ("en", "author", "Photography: Peter Lund"),
              ("de", "autor", "Redigiert von Peter Lund"), ("de", "autor", "Bearbeitet von Peter Lund"),
              ("de", "author", "Illustration: Peter Lund"), ("de", "author", "Grafik: Peter Lund"),
              ("de", "autor", "Übersetzung: Peter Lund"), ("fr", "auteur", "Mise à jour par Peter Lund"),
              ("es", "autor", "Edición: Peter Lund"), ("es", "autor", "Revisado por Peter Lund"),
              ("it", "autore", "Illustrazione di Peter Lund")]


@pytest.mark.parametrize(("lang", "cls", "line"), ROLE_NODES, ids=[f"{c[0]}:{c[2]}" for c in ROLE_NODES])
@pytest.mark.parametrize("writer", [True, False], ids=["beside a writer", "no writer"])
def test_a_role_in_an_author_node_is_no_writer(lang: str, cls: str, line: str, writer: bool) -> None:
    html = page(lang, byline=None if writer else "", above=f'<span class="{cls}">{line}</span>')
    assert authors(html, lang) == ([WRITER] if writer else [])


# Structured data that names people in other roles than the writer's.
def _ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _person(name: str) -> dict:
    return {"@type": "Person", "name": name}


_ART = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE["en"]}
LD_ROLES = {
    "editor": {"editor": _person("Peter Lund")},
    "reviewedBy on a medical page": {"@type": "MedicalWebPage", "reviewedBy": _person("Peter Lund")},
    "copyrightHolder person": {"copyrightHolder": _person("Lena Fuchs")},
    "copyrightHolder string": {"copyrightHolder": "Lena Fuchs"},
    "accountablePerson": {"accountablePerson": _person("Lena Fuchs")},
    "translator": {"translator": _person("Peter Lund")},
    "creditText person": {"creditText": "Olaf Brenner"},
    "provider person": {"provider": _person("Peter Lund")},
    "publisher person": {"publisher": _person("Lena Fuchs")},
    "about and mentions": {"about": _person("Jane Holloway"), "mentions": [_person("Peter Lund")]},
    "video's creator": {"video": {"@type": "VideoObject", "name": "Clip", "creator": _person("Olaf Brenner")}},
}


@pytest.mark.parametrize("name", list(LD_ROLES))
@pytest.mark.parametrize("writer", [True, False], ids=["beside a writer", "no writer"])
def test_structured_data_roles_are_no_writers(name: str, writer: bool) -> None:
    obj = {**_ART, **LD_ROLES[name], **({"author": _person(WRITER)} if writer else {})}
    assert authors(page("en", byline="", head=_ld(obj)), "en") == ([WRITER] if writer else [])


# A writer's mark (an author-page link, rel="author", an hCard) after a label that credits other
# work: health sites link their medical reviewers, magazines their illustrators, to author pages.
ROLE_MARKS = [
    ("en", 'Medically reviewed by <a href="/author/peter-lund/">Peter Lund</a>'),
    ("en", 'Fact checked by <a href="/author/peter-lund/">Peter Lund</a>'),
    ("en", 'Edited by <a href="/author/peter-lund/">Peter Lund</a>'),
    ("en", 'Illustration by <a rel="author" href="/people/peter-lund">Peter Lund</a>'),
    ("en", 'Reviewed by <span class="vcard"><span class="fn">Peter Lund</span></span>'),
    ("de", 'Redigiert von <a href="/autor/peter-lund/">Peter Lund</a>'),
    ("fr", 'Relu par <a href="/auteur/peter-lund/">Peter Lund</a>'),
    ("es", 'Revisado por <a href="/autor/peter-lund/">Peter Lund</a>'),
]


@pytest.mark.parametrize(("lang", "mark"), ROLE_MARKS, ids=[m[1][:24] for m in ROLE_MARKS])
@pytest.mark.parametrize("writer", [True, False], ids=["beside a writer", "no writer"])
def test_a_writers_mark_after_another_roles_label_is_no_writer(lang: str, mark: str, writer: bool) -> None:
    html = page(lang, byline=None if writer else "", above=f'<div class="meta">{mark}</div>')
    assert authors(html, lang) == ([WRITER] if writer else [])


@pytest.mark.parametrize("mark", ['Written by <a href="/author/mara-quell/">Mara Quell</a>',
                                  'Posted on May 3, 2026 by <a href="/author/mara-quell/">Mara Quell</a>',
                                  'Reporting by <a href="/author/mara-quell/">Mara Quell</a>',
                                  '<a href="/author/mara-quell/">Mara Quell</a> · May 3, 2026'])
def test_a_writers_mark_after_a_byline_label_or_a_date_still_signs(mark: str) -> None:
    assert authors(page("en", byline=f'<div class="meta">{mark}</div>'), "en") == [WRITER]


@pytest.mark.parametrize("title", ["Illustrator", "Fact-checker", "Medical Reviewer", "Übersetzerin", "Staff Photographer"])
def test_a_structured_author_titled_for_other_work_is_no_writer(title: str) -> None:
    obj = {**_ART, "author": [_person(WRITER), {**_person("Peter Lund"), "jobTitle": title}]}
    assert authors(page("en", byline="", head=_ld(obj)), "en") == [WRITER]


@pytest.mark.parametrize("title", ["Senior Editor", "Reporter", "Chefredakteurin"])
def test_a_structured_author_titled_as_a_writer_signs(title: str) -> None:
    obj = {**_ART, "author": [_person(WRITER), {**_person("Peter Lund"), "jobTitle": title}]}
    assert authors(page("en", byline="", head=_ld(obj)), "en") == [WRITER, "Peter Lund"]


# The writer's byline and a credit for other work in one line, in the text's head or in one
# byline node: the writer alone signs. Some visual roles are known only once the lexicon names
# them ('Infografía', 'Vidéo'); an interview's guest after the writer is interviewed.
def _joined(lang: str, line: str, form: str) -> str:
    return form.format(by=f"{BY[lang]} {WRITER}", line=line)


SHARED_FORMS = ("{by}\n{line}", "{line}\n{by}", "{by} | {line}", "{by}. {line}", "{by}, {line}")
SHARED_LINES = OTHER_WORK + \
               [("fr", "Infographie : Peter Lund"), ("es", "Infografía: Peter Lund"), ("it", "Grafica: Peter Lund"),
                ("fr", "Vidéo : Peter Lund")]
SHARED = [(lang, line, form, where) for lang, line in SHARED_LINES for form in SHARED_FORMS for where in ("text", "node")]


@pytest.mark.parametrize(("lang", "line", "form", "where"), SHARED,
                         ids=[f"{c[0]}:{_joined(c[0], c[1], c[2])!r}@{c[3]}" for c in SHARED])
def test_a_byline_and_another_roles_credit_together(lang: str, line: str, form: str, where: str) -> None:
    text = _joined(lang, line, form)
    if where == "text":
        html = page(lang, byline="", above="".join(f"<p>{x}</p>" for x in text.split("\n")))
    else:
        html = page(lang, byline=f'<p class="byline">{text.replace(chr(10), " · ")}</p>')
    assert authors(html, lang) == [WRITER]


# More credits for other work: translation notes, reading and audio, picture-making, compiling.
MORE_WORK = [("en", "Translated from the German by Peter Lund"), ("de", "Aus dem Englischen von Peter Lund"),
             ("de", "Aus dem Französischen übersetzt von Peter Lund"), ("de", "Übersetzung aus dem Englischen: Peter Lund"),
             ("fr", "Traduit de l'anglais par Peter Lund"), ("es", "Traducido del inglés por Peter Lund"),
             ("it", "Tradotto dall'inglese da Peter Lund"), ("en", "Editing by Peter Lund; fact-checking by Olaf Brenner"),
             ("en", "Photo illustration by Peter Lund"), ("en", "Animation by Peter Lund"), ("en", "Narrated by Peter Lund"),
             ("de", "Gelesen von Peter Lund"), ("de", "Sprecher: Peter Lund"), ("fr", "Lu par Peter Lund"),
             ("de", "Zusammengestellt von Peter Lund")]
MORE_CASES = [(lang, line, spot) for lang, line in MORE_WORK for spot in SPOTS]


@pytest.mark.parametrize(("lang", "line", "spot"), MORE_CASES, ids=[f"{c[0]}:{c[1]}@{c[2]}" for c in MORE_CASES])
@pytest.mark.parametrize("writer", [True, False], ids=["beside a writer", "no writer"])
def test_more_other_work_is_no_authorship(lang: str, line: str, spot: str, writer: bool) -> None:
    kw = SPOTS[spot](line)
    assert authors(page(lang, byline=None if writer else "", **kw), lang) == ([WRITER] if writer else [])


@pytest.mark.parametrize("name", ["David von Roe", "Ursula von der Roe", "Anna di Roe", "Jean de La Roe"])
def test_a_particle_in_a_name_still_makes_a_name(name: str) -> None:
    from tracer.credits.names import is_person

    assert is_person(name)


# A list of other stories at the end of the text, under a heading the lexicon knows
# (related_heads), flattened into paragraphs: its bylines sign those stories.
PAD = "".join(f"<p>{p}</p>" for p in BODY["en"])
RELATED = [("en", "Related stories", "By"), ("en", "Read more:", "By"), ("de", "Mehr zum Thema", "Von"),
           ("de", "Lesen Sie auch", "Von"), ("fr", "À lire aussi", "Par"), ("es", "Te puede interesar", "Por"),
           ("it", "Leggi anche", "Di")]


@pytest.mark.parametrize(("lang", "head", "by"), RELATED)
@pytest.mark.parametrize("writer", [True, False], ids=["beside a writer", "no writer"])
def test_bylines_under_a_related_heading_sign_other_stories(lang: str, head: str, by: str, writer: bool) -> None:
    tail = f"<p>{head}</p><p>Ferry fares rise again next year</p><p>{by} Olaf Brenner</p>" \
           f"<p>New lighthouse keeper starts work</p><p>{by} Ivo Marchetti</p>"
    html = page(lang, byline=None if writer else "", inside=PAD, tail=tail)
    assert authors(html, lang) == ([WRITER] if writer else [])


def test_a_byline_above_the_text_is_no_related_story() -> None:
    """The heading only counts under the story's first paragraph: 'Read more' in a menu above it says nothing."""
    html = page("en", byline="", above="<p>Read more</p><p>By Mara Quell</p>", inside=PAD)
    assert authors(html, "en") == [WRITER]


# The same traps beside a writer whose byline takes another form: an author-page link, schema.org
# microdata, the JSON-LD article object, or a bare 'By' line no class marks (which a marked node
# elsewhere may outrank: the writer may be lost there, but no trap's name may take the place).
BYLINE_FORMS = {
    "author link": '<div class="meta"><a href="/author/mara-quell/">Mara Quell</a> · May 5, 2026</div>',
    "microdata": '<div class="head-info"><span itemprop="author">Mara Quell</span></div>',
    "bare line": '<div class="css-x1">{by} Mara Quell</div>',
    "JSON-LD": "",
}
CROSS = [(f"{name}@{where}", lang, {where: html}) for name, lang, html, where in FURN_CASES] + \
        [(f"{line}@{spot}", lang, SPOTS[spot](line)) for lang, line, spot in ROLE_CASES]


@pytest.mark.parametrize("form", list(BYLINE_FORMS))
@pytest.mark.parametrize(("name", "lang", "kw"), CROSS, ids=[c[0] for c in CROSS])
def test_no_trap_takes_the_writers_place_whatever_the_bylines_form(name: str, lang: str, kw: dict, form: str) -> None:
    if form == "JSON-LD":
        html = page(lang, byline="", head=_ld({**_ART, "author": _person(WRITER)}), **kw)
    else:
        html = page(lang, byline=BYLINE_FORMS[form].format(by=BY[lang]), **kw)
    found = authors(html, lang)
    assert set(found) <= {WRITER} if form == "bare line" else found == [WRITER]


# Boxes for people credited for other work: a health site's medical reviewer with the writers'
# markup, an editor's or an illustrator's card under the text.
ROLE_BOXES = {
    "about the editor": '<div class="author-box"><h4>About the editor</h4><p>Lena Fuchs is our editor-in-chief.</p></div>',
    "medical reviewer": '<div class="author-bio"><h4>Medical reviewer</h4><p><a href="/author/peter-lund/">Peter Lund</a> is a '
                        "physician in Porthaven.</p></div>",
    "reviewer class": '<div class="reviewer-bio"><p><a href="/author/peter-lund/">Peter Lund</a>, MD, is a physician.</p></div>',
    "fact checked by": '<div class="author-box"><h4>Fact checked by</h4><p><a href="/author/peter-lund/">Peter Lund</a> is a '
                       "fact checker.</p></div>",
    "Redigiert von": '<div class="author-box"><h4>Redigiert von</h4><p><a href="/autor/peter-lund/">Peter Lund</a> ist '
                     "Redakteur.</p></div>",
    "illustrator": '<div class="author-info"><h4>Illustrator</h4><p>Peter Lund is an illustrator in Porthaven.</p></div>',
}


@pytest.mark.parametrize("name", list(ROLE_BOXES))
@pytest.mark.parametrize("writer", [True, False], ids=["beside a writer", "no writer"])
def test_a_box_for_other_work_signs_nothing(name: str, writer: bool) -> None:
    lang = "de" if "Redigiert" in name else "en"
    html = page(lang, byline=None if writer else "", below=ROLE_BOXES[name])
    assert authors(html, lang) == ([WRITER] if writer else [])


def test_the_writers_box_beside_a_reviewers_box_signs() -> None:
    boxes = ('<div class="author-box"><h4>About the author</h4><p><a href="/author/mara-quell/">Mara Quell</a> is a '
             'reporter.</p></div>' + ROLE_BOXES["medical reviewer"])
    assert authors(page("en", byline="", below=boxes), "en") == [WRITER]


@pytest.mark.parametrize("lead", ["Staff contributor", "Our columnist", "Contributing writer"])
def test_a_bio_whose_link_follows_a_title_names_its_writer(lead: str) -> None:
    box = f'<div class="author-card"><p>{lead} <a href="/author/mara-quell/">Mara Quell</a> is a fellow at the Porthaven ' \
          "Institute.</p></div>"
    assert authors(page("en", byline="", below=box), "en") == [WRITER]


def test_an_editors_widget_box_still_holds_the_byline() -> None:
    """A page builder's text widget ('elementor-widget-text-editor') is no editor's box."""
    byline = '<div class="elementor-widget-text-editor"><div class="elementor-widget-container">von Mara Quell</div></div>'
    assert authors(page("de", byline=byline), "de") == [WRITER]


@pytest.mark.parametrize("spot", list(SPOTS))
def test_contributed_photos_credits_the_pictures_maker(spot: str) -> None:
    found = roles(page("en", byline="", **SPOTS[spot]("Peter Lund contributed photos.")), "en")
    assert "author" not in found.get("Peter Lund", set()) and "contributor" not in found.get("Peter Lund", set())


def test_a_reviewer_and_a_writer_after_a_dash_in_one_line() -> None:
    from tracer.credits import default_gazetteer, read_line

    found = read_line("Medically reviewed by Peter Lund, MD — Written by Mara Quell", 0, default_gazetteer(), None,
                      in_head=True, in_tail=True)
    assert {c.name for c in found if c.kind == "person" and c.role == "author"} == {WRITER}
