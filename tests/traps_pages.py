"""Invented news and blog pages that put one real article among the furniture sites print
around it (issue 15, page precision).

A page's credits are its article's: the writer named in the byline (or nobody, when the
article names no writer). Everything else on a real page names other people: the comment
thread ('Jane Roe says:', a reply button, a comment plugin's 'Like · Reply'), pingbacks and
trackbacks, teasers of other stories with their own bylines ('More from …', 'Lesen Sie auch',
wire-signed teasers, a partner outlet's), the previous and next post, the next story loaded
under this one, a breaking-news bar, embedded tweets and Instagram posts, a video's or a
podcast's hosts, a gallery's photographers and agencies, an infographic's maker and its data
source, the newsletter box, the cookie banner, the imprint ('V.i.S.d.P.', 'Chefredakteur'),
reader letters, pull quotes, the site's columnists, structured data about the comments and the
people in the story. Each trap is printed in seven languages (EN, DE, FR, ES, IT, PT, NL) and,
rotating, in the markup of nine systems (two WordPress themes, Drupal, an Arc-like newspaper
system and one with generated class names, TYPO3 news, Joomla, Blogger, a hand-made site with
no class), in its classed form and in plain markup ('p_' traps), with and without the article's
byline, with the writer named only in JSON-LD or the author meta tag, or beside her wire; the
traps set inside the text also stand in its first lines. Homepages of teasers stand for the
page with no single article. Positive controls: the writer's own 'About the author' box keeps
the writer, with or without a byline.

`CASES` lists (name, html, url, persons, orgs): the people credited as author or contributor,
and the organisations credited as author, source or contributor (only the wire a byline names;
a photo agency in a picture credit is a picture's credit, role 'photo'). All names and texts
are invented.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

LANGS = ("en", "de", "fr", "es", "it", "pt", "nl")
CMSS = ("wordpress", "drupal", "arc", "typo3", "joomla", "blogger", "plain", "wp_newspaper", "arc_hashed")


@dataclass(frozen=True)
class Lang:
    site: str
    host: str
    title: str
    body: tuple[str, ...]
    writer: str
    people: tuple[str, ...]  # commenters (2), teaser writers (3), tweeter, instagrammer, video host, podcast hosts (2),
    #                          photographer, graphic maker, editor-in-chief, quoted person, reader-letter writer
    by: str                  # byline label
    says: str                # a WordPress commenter 'says:'
    said: str                # Blogger's 'said...'
    reply: str
    more_from: str           # 'More from' (an author's other stories)
    more_articles: str       # 'More articles'
    read_also: str           # 'Read also'
    most_read: str
    prev: str
    next: str
    shared_by: str           # Instagram's 'A post shared by'
    photo: str
    photos: str
    graphic: str
    video: str
    podcast_with: str        # 'with' in a podcast's card
    newsletter: str
    cookie: str
    chief: str               # 'Editor-in-chief'
    responsible: str         # the legal contact's label ('V.i.S.d.P.', 'Directeur de la publication')
    imprint: str
    about: str               # 'About the author'
    bio: str                 # '{} is a reporter …'
    letters: str             # 'Letters to the editor'
    letter: str              # a reader letter's text
    quote: str               # a pull quote's text
    comment: tuple[str, str]
    city: str
    date: str
    written_by: str          # Joomla's 'Written by'
    posted_by: str           # Blogger's 'Posted by'


L: dict[str, Lang] = {
    "en": Lang(
        site="Vale Courier", host="valecourier.test", title="Council approves new cycle bridge over the river",
        body=("The town council voted on Tuesday to build a cycle and foot bridge across the river near the old tannery, after a two-year debate about cost and design.",
              "The bridge will link the new housing estate on the east bank with the station, cutting the walk for commuters from twenty-five minutes to eight.",
              "Construction is due to start in the spring and should take about fourteen months, the council's planning office said after the meeting.",
              "Residents of the riverside lanes had asked for lighting that does not disturb the bats that roost under the railway arches, and the design was changed.",
              "The project costs about six million, two thirds of which come from a regional fund for sustainable transport."),
        writer="Harriet Lanyon",
        people=("Glen Foxley", "Marcy Tolland", "Owen Pritchard", "Beatrix Sallow", "Colm Derrane", "Priya Castellan",
                "Dana Whitlock", "Rafe Gillam", "Tessa Morrow", "Jude Halloran", "Neil Varga", "Ines Corrigan",
                "Malcolm Ashbury", "Edwin Garrow", "Felicity Oakden"),
        by="By", says="says:", said="said...", reply="Reply", more_from="More from", more_articles="More stories",
        read_also="Read also", most_read="Most read", prev="Previous post", next="Next post", shared_by="A post shared by",
        photo="Photo", photos="Photos", graphic="Graphic", video="Video", podcast_with="with",
        newsletter="Sign up for our morning newsletter", cookie="We use cookies to give you the best experience. Accept all",
        chief="Editor-in-chief", responsible="Responsible for content", imprint="Imprint", about="About the author",
        bio="{} is a reporter covering transport and local politics.", letters="Letters to the editor",
        letter="The bridge is long overdue and will make the station safer to reach.",
        quote="We finally have a crossing that everyone can use.",
        comment=("Great news for everyone on the east bank.", "Who will pay for the upkeep though?"),
        city="Brookfield", date="March 3, 2026", written_by="Written by", posted_by="Posted by"),
    "de": Lang(
        site="Talkurier", host="talkurier.test", title="Stadtrat beschließt neue Radbrücke über den Fluss",
        body=("Der Stadtrat hat am Dienstag den Bau einer Rad- und Fußgängerbrücke über den Fluss an der alten Gerberei beschlossen, nach zwei Jahren Streit um Kosten und Entwurf.",
              "Die Brücke soll das Neubaugebiet am Ostufer mit dem Bahnhof verbinden und den Weg für Pendler von fünfundzwanzig auf acht Minuten verkürzen.",
              "Der Bau soll im Frühjahr beginnen und etwa vierzehn Monate dauern, teilte das Planungsamt der Stadt nach der Sitzung mit.",
              "Anwohner der Uferstraßen hatten eine Beleuchtung gefordert, die die Fledermäuse unter den Bahnbögen nicht stört, der Entwurf wurde angepasst.",
              "Das Vorhaben kostet rund sechs Millionen Euro, zwei Drittel davon kommen aus einem Landesprogramm für nachhaltige Mobilität."),
        writer="Jana Rohrbeck",
        people=("Uwe Kleinert", "Sabine Lorch", "Dirk Hammerl", "Petra Wendling", "Florian Kessner", "Miriam Sonnleitner",
                "Anke Bruckmeier", "Jonas Treuheit", "Tanja Hölzl", "Markus Feldhaus", "Rainer Gottschalk", "Ina Schwerdtfeger",
                "Bernd Ulbricht", "Gisela Marquardt", "Horst Pfannkuch"),
        by="Von", says="sagt:", said="hat gesagt…", reply="Antworten", more_from="Mehr von", more_articles="Weitere Artikel",
        read_also="Lesen Sie auch", most_read="Meistgelesen", prev="Vorheriger Artikel", next="Nächster Artikel",
        shared_by="Ein Beitrag geteilt von", photo="Foto", photos="Fotos", graphic="Grafik", video="Video",
        podcast_with="mit", newsletter="Jetzt unseren Morgen-Newsletter abonnieren",
        cookie="Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Alle akzeptieren", chief="Chefredakteur",
        responsible="V.i.S.d.P.", imprint="Impressum", about="Über die Autorin",
        bio="{} ist Redakteurin für Verkehr und Lokalpolitik.", letters="Leserbriefe",
        letter="Die Brücke ist längst überfällig und macht den Weg zum Bahnhof sicherer.",
        quote="Endlich haben wir einen Übergang, den alle nutzen können.",
        comment=("Gute Nachricht für alle am Ostufer.", "Und wer bezahlt später den Unterhalt?"),
        city="Talheim", date="3. März 2026", written_by="Geschrieben von", posted_by="Eingestellt von"),
    "fr": Lang(
        site="L'Écho du Val", host="echoduval.test", title="Le conseil municipal approuve une passerelle cyclable",
        body=("Le conseil municipal a voté mardi la construction d'une passerelle pour cyclistes et piétons au-dessus de la rivière, près de l'ancienne tannerie, après deux ans de débats.",
              "La passerelle reliera le nouveau quartier de la rive est à la gare et réduira le trajet des navetteurs de vingt-cinq à huit minutes.",
              "Les travaux doivent commencer au printemps et durer environ quatorze mois, a indiqué le service d'urbanisme après la séance.",
              "Les riverains avaient demandé un éclairage qui ne dérange pas les chauves-souris nichées sous les arches du chemin de fer, et le projet a été modifié.",
              "Le projet coûte environ six millions d'euros, dont les deux tiers proviennent d'un fonds régional pour la mobilité durable."),
        writer="Solène Marchetaux",
        people=("Gérard Poulain", "Nadège Ferrière", "Yannick Bessard", "Claire Montval", "Lucien Dubreuil", "Inès Callot",
                "Margaux Pellerin", "Bastien Roussel", "Léa Vautrin", "Quentin Morvan", "Olivier Chassagne", "Amélie Fournel",
                "Bernard Lestrade", "Josiane Carrier", "Hervé Beaulieu"),
        by="Par", says="dit :", said="a dit…", reply="Répondre", more_from="Plus d'articles de", more_articles="Autres articles",
        read_also="Lire aussi", most_read="Les plus lus", prev="Article précédent", next="Article suivant",
        shared_by="Une publication partagée par", photo="Photo", photos="Photos", graphic="Infographie", video="Vidéo",
        podcast_with="avec", newsletter="Inscrivez-vous à notre newsletter du matin",
        cookie="Nous utilisons des cookies pour améliorer votre expérience. Tout accepter", chief="Rédacteur en chef",
        responsible="Directeur de la publication", imprint="Mentions légales", about="À propos de l'auteure",
        bio="{} est journaliste, elle couvre les transports et la politique locale.", letters="Courrier des lecteurs",
        letter="Cette passerelle était attendue depuis longtemps et rendra la gare plus sûre.",
        quote="Nous avons enfin un passage que tout le monde peut emprunter.",
        comment=("Bonne nouvelle pour toute la rive est.", "Mais qui paiera l'entretien ?"),
        city="Valbonne", date="3 mars 2026", written_by="Écrit par", posted_by="Publié par"),
    "es": Lang(
        site="El Heraldo del Valle", host="heraldodelvalle.test", title="El pleno aprueba una nueva pasarela ciclista sobre el río",
        body=("El pleno municipal aprobó el martes la construcción de una pasarela para bicicletas y peatones sobre el río, junto a la antigua curtiduría, tras dos años de debate.",
              "La pasarela unirá el nuevo barrio de la orilla este con la estación y reducirá el trayecto de los viajeros de veinticinco a ocho minutos.",
              "Las obras comenzarán en primavera y durarán unos catorce meses, informó la oficina de urbanismo tras la sesión.",
              "Los vecinos de la ribera habían pedido una iluminación que no moleste a los murciélagos que anidan bajo los arcos del ferrocarril, y el proyecto se modificó.",
              "El proyecto cuesta unos seis millones de euros, dos tercios de los cuales proceden de un fondo regional de movilidad sostenible."),
        writer="Marisol Echevarne",
        people=("Arturo Benavides", "Consuelo Ibarrola", "Raúl Cifuentes", "Lorena Zubizarreta", "Tomás Arriaga",
                "Nerea Valcárcel", "Pilar Otazu", "Iñigo Larrañeta", "Begoña Sarasola", "Julián Montoya", "Emilio Garrido",
                "Rocío Albarrán", "Fernando Quesada", "Amparo Lizaso", "Ignacio Berrueta"),
        by="Por", says="dice:", said="dijo...", reply="Responder", more_from="Más de", more_articles="Más noticias",
        read_also="Lea también", most_read="Lo más leído", prev="Entrada anterior", next="Entrada siguiente",
        shared_by="Una publicación compartida de", photo="Foto", photos="Fotos", graphic="Infografía", video="Vídeo",
        podcast_with="con", newsletter="Suscríbase a nuestro boletín de la mañana",
        cookie="Utilizamos cookies para mejorar su experiencia. Aceptar todas", chief="Director",
        responsible="Director editorial", imprint="Aviso legal", about="Sobre la autora",
        bio="{} es periodista y cubre transporte y política local.", letters="Cartas al director",
        letter="La pasarela llega tarde, pero hará más seguro el camino a la estación.",
        quote="Por fin tenemos un paso que todos pueden usar.",
        comment=("Buena noticia para toda la orilla este.", "¿Y quién pagará el mantenimiento?"),
        city="Villaverde", date="3 de marzo de 2026", written_by="Escrito por", posted_by="Publicado por"),
    "it": Lang(
        site="La Voce della Valle", host="vocedellavalle.test", title="Il consiglio approva una nuova passerella ciclabile sul fiume",
        body=("Il consiglio comunale ha approvato martedì la costruzione di una passerella per bici e pedoni sul fiume, vicino alla vecchia conceria, dopo due anni di discussioni.",
              "La passerella collegherà il nuovo quartiere sulla riva est con la stazione e ridurrà il tragitto dei pendolari da venticinque a otto minuti.",
              "I lavori inizieranno in primavera e dureranno circa quattordici mesi, ha comunicato l'ufficio urbanistica dopo la seduta.",
              "I residenti del lungofiume avevano chiesto un'illuminazione che non disturbi i pipistrelli sotto gli archi della ferrovia, e il progetto è stato modificato.",
              "Il progetto costa circa sei milioni di euro, due terzi dei quali arrivano da un fondo regionale per la mobilità sostenibile."),
        writer="Graziella Montanari",
        people=("Vittorio Sanfelice", "Ornella Cappuccini", "Renato Guidobaldi", "Loredana Pizzuti", "Samuele Ferraresi",
                "Beatrice Lanzoni", "Ilaria Mezzadri", "Corrado Bellomi", "Serena Tagliabue", "Dario Monteverdi",
                "Fabrizio Lucarelli", "Agnese Orlandini", "Gianfranco Torrisi", "Rosalba Cantoni", "Ettore Grimaldi"),
        by="Di", says="ha detto:", said="ha detto...", reply="Rispondi", more_from="Altri articoli di",
        more_articles="Altri articoli", read_also="Leggi anche", most_read="I più letti", prev="Articolo precedente",
        next="Articolo successivo", shared_by="Un post condiviso da", photo="Foto", photos="Foto", graphic="Infografica",
        video="Video", podcast_with="con", newsletter="Iscriviti alla nostra newsletter del mattino",
        cookie="Utilizziamo i cookie per migliorare la tua esperienza. Accetta tutti", chief="Direttore",
        responsible="Direttore responsabile", imprint="Note legali", about="L'autrice",
        bio="{} è giornalista e si occupa di trasporti e politica locale.", letters="Lettere al direttore",
        letter="La passerella arriva tardi, ma renderà più sicura la strada per la stazione.",
        quote="Finalmente abbiamo un passaggio che tutti possono usare.",
        comment=("Bella notizia per tutta la riva est.", "E chi pagherà la manutenzione?"),
        city="Valdora", date="3 marzo 2026", written_by="Scritto da", posted_by="Pubblicato da"),
    "pt": Lang(
        site="Gazeta do Vale", host="gazetadovale.test", title="Câmara aprova nova ponte ciclável sobre o rio",
        body=("A câmara municipal aprovou na terça-feira a construção de uma ponte para bicicletas e peões sobre o rio, junto à antiga fábrica de curtumes, após dois anos de debate.",
              "A ponte vai ligar o novo bairro da margem leste à estação e reduzir o percurso dos passageiros de vinte e cinco para oito minutos.",
              "As obras devem começar na primavera e durar cerca de catorze meses, informou o gabinete de urbanismo depois da reunião.",
              "Os moradores da zona ribeirinha tinham pedido uma iluminação que não perturbe os morcegos sob os arcos da linha férrea, e o projeto foi alterado.",
              "O projeto custa cerca de seis milhões de euros, dois terços dos quais vêm de um fundo regional para a mobilidade sustentável."),
        writer="Inês Carvalhais",
        people=("Rui Madureira", "Filomena Trindade", "Gonçalo Pestana", "Teresa Quintela", "Duarte Meireles",
                "Catarina Sobreira", "Leonor Azevedo", "Tiago Brandão", "Marta Loureiro", "Henrique Vasconcelos",
                "Nuno Falcão", "Beatriz Amaral", "Joaquim Sarmento", "Rosário Valadares", "Amílcar Fontoura"),
        by="Por", says="diz:", said="disse...", reply="Responder", more_from="Mais de", more_articles="Mais notícias",
        read_also="Leia também", most_read="Mais lidas", prev="Artigo anterior", next="Próximo artigo",
        shared_by="Uma publicação partilhada por", photo="Foto", photos="Fotos", graphic="Infografia", video="Vídeo",
        podcast_with="com", newsletter="Subscreva a nossa newsletter da manhã",
        cookie="Utilizamos cookies para melhorar a sua experiência. Aceitar todos", chief="Diretor",
        responsible="Diretor editorial", imprint="Ficha técnica", about="Sobre a autora",
        bio="{} é jornalista e escreve sobre transportes e política local.", letters="Cartas do leitor",
        letter="A ponte chega tarde, mas vai tornar mais seguro o caminho para a estação.",
        quote="Finalmente temos uma travessia que todos podem usar.",
        comment=("Boa notícia para toda a margem leste.", "E quem vai pagar a manutenção?"),
        city="Vilarinho", date="3 de março de 2026", written_by="Escrito por", posted_by="Publicada por"),
    "nl": Lang(
        site="Dagblad De Vallei", host="dagbladdevallei.test", title="Gemeenteraad stemt in met nieuwe fietsbrug over de rivier",
        body=("De gemeenteraad heeft dinsdag ingestemd met de bouw van een fiets- en voetgangersbrug over de rivier bij de oude leerlooierij, na twee jaar discussie over kosten en ontwerp.",
              "De brug verbindt de nieuwe wijk op de oostoever met het station en verkort de reis voor forenzen van vijfentwintig naar acht minuten.",
              "De bouw begint in het voorjaar en duurt ongeveer veertien maanden, meldde de afdeling ruimtelijke ordening na de vergadering.",
              "Bewoners van de oeverstraten hadden gevraagd om verlichting die de vleermuizen onder de spoorbogen niet stoort, en het ontwerp is aangepast.",
              "Het project kost ongeveer zes miljoen euro, waarvan twee derde uit een provinciaal fonds voor duurzame mobiliteit komt."),
        writer="Femke Roosendaal",
        people=("Joost Verhagen", "Marieke Stolwijk", "Bram Hoogeveen", "Anouk Dijkstra", "Sander Wijnhoven", "Lotte Brinkman",
                "Eline Kuipers", "Ruben Terpstra", "Saskia Mulder", "Jeroen Hofstede", "Wouter Kamphuis", "Ilse Veldkamp",
                "Gerrit Zandbergen", "Annelies Bosman", "Pieter Oosterhuis"),
        by="Door", says="zegt:", said="zei...", reply="Beantwoorden", more_from="Meer van", more_articles="Meer artikelen",
        read_also="Lees ook", most_read="Meest gelezen", prev="Vorig bericht", next="Volgend bericht",
        shared_by="Een bericht gedeeld door", photo="Foto", photos="Foto's", graphic="Graphic", video="Video",
        podcast_with="met", newsletter="Meld je aan voor onze ochtendnieuwsbrief",
        cookie="Wij gebruiken cookies om je ervaring te verbeteren. Alles accepteren", chief="Hoofdredacteur",
        responsible="Verantwoordelijk uitgever", imprint="Colofon", about="Over de auteur",
        bio="{} is verslaggever en schrijft over verkeer en lokale politiek.", letters="Ingezonden brieven",
        letter="De brug komt laat, maar maakt de weg naar het station veiliger.",
        quote="Eindelijk hebben we een oversteek die iedereen kan gebruiken.",
        comment=("Goed nieuws voor de hele oostoever.", "Maar wie betaalt het onderhoud?"),
        city="Valkenberg", date="3 maart 2026", written_by="Geschreven door", posted_by="Geplaatst door"),
}


def slug(name: str) -> str:
    return "-".join("".join(ch for ch in w.casefold() if ch.isalnum()) for w in name.split())


def url_of(t: Lang) -> str:
    return f"https://www.{t.host}/2026/03/{slug(t.title)[:40]}/"


# who is who in `Lang.people`
COMMENTERS, TEASERS, TWEETER, INSTA, VIDEO_HOST, PODCAST, PHOTOGRAPHER, GRAPHIC, CHIEF, QUOTED, READER = (
    slice(0, 2), slice(2, 5), 5, 6, 7, slice(8, 10), 10, 11, 12, 13, 14)
TEASER_TITLES = ("Parking fees to rise in the old town", "New head teacher at the grammar school",
                 "Market hall reopens after repairs")


@dataclass(frozen=True)
class Parts:
    """Where a trap stands on the page: in the head, right under the byline, inside the body,
    after the body in the article, after the article (comments), in the sidebar, in the footer."""
    head: str = ""
    above: str = ""
    inside: str = ""
    after: str = ""
    below: str = ""
    aside: str = ""
    footer: str = ""
    top: str = ""


def paras(t: Lang, cms: str, inside: str) -> str:
    ps = [f"<p>{p}</p>" for p in t.body]
    if cms == "blogger":
        ps = [f"{p}<br><br>" for p in t.body]
    return "".join(ps[:2]) + inside + "".join(ps[2:])


def shell(t: Lang, lang: str, main: str, parts: Parts, body_class: str = "", *, home: bool = False) -> str:
    title, kind, url = (t.site, "website", f"https://www.{t.host}/") if home else (t.title, "article", url_of(t))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {t.site}</title>'
            f'<meta property="og:site_name" content="{t.site}"><meta property="og:title" content="{title}">'
            f'<meta property="og:type" content="{kind}"><link rel="canonical" href="{url}">{parts.head}</head>'
            f'<body class="{body_class}"><header class="site-header"><a class="logo" href="/">{t.site}</a><nav><ul>'
            f'<li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>{parts.top}{main}'
            f'<aside class="sidebar widget-area">{parts.aside}</aside>'
            f'<footer class="site-footer">{parts.footer}<p>© 2026 {t.site}</p></footer>'
            f'<div class="cookie-consent" role="dialog"><p>{t.cookie}</p><button>OK</button></div></body></html>')


# ---- the six systems: each prints the article, its byline (or none) and its comment list ----

def wordpress(t: Lang, lang: str, byline: bool, p: Parts, comments: str) -> str:
    """A WordPress news theme: entry-meta with span.byline > span.author.vcard > a.url.fn.n."""
    by = (f'<span class="byline"> {t.by} <span class="author vcard"><a class="url fn n" href="/author/{slug(t.writer)}/">'
          f'{t.writer}</a></span></span>') if byline else ""
    main = (f'<main id="main" class="site-main"><article id="post-77" class="post-77 post type-post status-publish hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{t.title}</h1><div class="entry-meta"><span class="posted-on">'
            f'<time class="entry-date published" datetime="2026-03-03T08:10:00+01:00">{t.date}</time></span>{by}</div></header>'
            f'{p.above}<div class="entry-content">{paras(t, "wordpress", p.inside)}</div>{p.after}</article>{p.below}'
            f'{comments}</main>')
    return shell(t, lang, main, p, "single single-post")


def drupal(t: Lang, lang: str, byline: bool, p: Parts, comments: str) -> str:
    """Drupal: an author field with its label beside the node's date."""
    by = (f'<div class="field field--name-field-author field--type-entity-reference field--label-hidden"><div '
          f'class="field__item"><a href="/autoren/{slug(t.writer)}" hreflang="{lang}">{t.writer}</a></div></div>') if byline else ""
    main = (f'<main role="main"><article role="article" class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{t.title}</span></h1><div class="node__meta">{by}'
            f'<span class="field field--name-created">03/03/2026 - 08:10</span></div>{p.above}<div class="node__content">'
            f'<div class="clearfix text-formatted field field--name-body field__item">{paras(t, "drupal", p.inside)}</div>'
            f'{p.after}</div></article>{p.below}{comments}</main>')
    return shell(t, lang, main, p, "path-node page-node-type-article")


def arc(t: Lang, lang: str, byline: bool, p: Parts, comments: str) -> str:
    """An Arc-like newspaper system: a byline list with linked names, hashed-looking classes."""
    by = (f'<div class="b-byline"><span class="b-byline__by">{t.by}</span> <a class="b-byline__name" '
          f'href="/people/{slug(t.writer)}/">{t.writer}</a></div>') if byline else ""
    main = (f'<main class="b-main"><article class="b-article"><header class="b-article__head"><h1 class="b-headline">{t.title}'
            f'</h1>{by}<div class="b-date"><time datetime="2026-03-03T08:10:00Z">{t.date}</time></div></header>{p.above}'
            f'<div class="b-article-body">{paras(t, "arc", p.inside)}</div>{p.after}</article>{p.below}{comments}</main>')
    return shell(t, lang, main, p, "b-page")


def typo3(t: Lang, lang: str, byline: bool, p: Parts, comments: str) -> str:
    """TYPO3 news detail view: span.news-list-author with the label and itemprop name."""
    by = (f'<span class="news-list-author" itemprop="author" itemscope itemtype="http://schema.org/Person">{t.by} '
          f'<span itemprop="name">{t.writer}</span></span>') if byline else ""
    main = (f'<main><div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">'
            f'<div class="header"><h1 itemprop="headline">{t.title}</h1></div><div class="footer"><p><span class="news-list-date">'
            f'<time itemprop="datePublished" datetime="2026-03-03">03.03.2026</time></span> {by}</p></div>{p.above}'
            f'<div class="news-text-wrap" itemprop="articleBody">{paras(t, "typo3", p.inside)}</div>{p.after}</div></div>'
            f'{p.below}{comments}</main>')
    return shell(t, lang, main, p)


def joomla(t: Lang, lang: str, byline: bool, p: Parts, comments: str) -> str:
    """Joomla: dl.article-info with dd.createdby 'Written by NAME'."""
    by = (f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">{t.written_by} '
          f'<span itemprop="name">{t.writer}</span></dd>') if byline else ""
    main = (f'<main id="content" role="main"><div class="item-page" itemscope itemtype="https://schema.org/Article">'
            f'<div class="page-header"><h1 itemprop="headline">{t.title}</h1></div><dl class="article-info muted">'
            f'<dt class="article-info-term">Details</dt>{by}<dd class="published"><time datetime="2026-03-03T08:10:00+00:00" '
            f'itemprop="datePublished">{t.date}</time></dd></dl>{p.above}<div itemprop="articleBody">'
            f'{paras(t, "joomla", p.inside)}</div>{p.after}</div>{p.below}{comments}</main>')
    return shell(t, lang, main, p)


def blogger(t: Lang, lang: str, byline: bool, p: Parts, comments: str) -> str:
    """Blogger: 'Posted by NAME' in span.post-author.vcard under the post."""
    by = (f'<span class="post-author vcard">{t.posted_by} <span class="fn" itemprop="author" itemscope '
          f'itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.test/profile/4711" rel="author">'
          f'<span itemprop="name">{t.writer}</span></a></span></span>') if byline else ""
    main = (f'<div class="main-inner"><div class="blog-posts hfeed"><div class="post-outer"><div class="post hentry" '
            f'itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title entry-title" '
            f'itemprop="name">{t.title}</h3>{p.above}<div class="post-body entry-content" itemprop="articleBody">'
            f'{paras(t, "blogger", p.inside)}</div>{p.after}<div class="post-footer"><div class="post-footer-line">{by} '
            f'<span class="post-timestamp"><abbr class="published" title="2026-03-03T08:10:00+01:00">08:10</abbr></span></div>'
            f'</div></div>{p.below}{comments}</div></div></div>')
    return shell(t, lang, main, p, "loading")


def wp_newspaper(t: Lang, lang: str, byline: bool, p: Parts, comments: str) -> str:
    """A WordPress magazine theme (the 'td-' kind): the author's name after a 'By' div, then the date."""
    by = (f'<div class="td-post-author-name"><div class="td-author-by">{t.by}</div> <a href="/author/{slug(t.writer)}/">'
          f'{t.writer}</a><div class="td-author-line"> - </div></div>') if byline else ""
    main = (f'<div class="td-main-content-wrap"><article class="post type-post"><div class="td-post-header"><header '
            f'class="td-post-title"><h1 class="entry-title">{t.title}</h1><div class="td-module-meta-info">{by}<span '
            f'class="td-post-date"><time class="entry-date updated">{t.date}</time></span></div></header></div>{p.above}'
            f'<div class="td-post-content tagdiv-type">{paras(t, "wp_newspaper", p.inside)}</div>{p.after}</article>'
            f'{p.below}{comments}</div>')
    return shell(t, lang, main, p, "single td-theme")


def arc_hashed(t: Lang, lang: str, byline: bool, p: Parts, comments: str) -> str:
    """A newspaper system with generated class names: nothing says byline but the label and the
    writer's profile link."""
    by = (f'<div class="sc-k3x9"><span class="sc-q1">{t.by}</span> <a class="sc-z8" href="/people/{slug(t.writer)}/">'
          f'{t.writer}</a></div>') if byline else ""
    main = (f'<main class="sc-m1"><div class="sc-a0"><h1 class="sc-h7">{t.title}</h1>{by}<div class="sc-d4"><time>{t.date}'
            f'</time></div>{p.above}<div class="sc-b2">{paras(t, "arc_hashed", p.inside)}</div>{p.after}</div>{p.below}'
            f'{comments}</main>')
    return shell(t, lang, main, p, "sc-page")


def plain(t: Lang, lang: str, byline: bool, p: Parts, comments: str) -> str:
    """A hand-made or static site: no class anywhere, the byline a bare paragraph under the headline."""
    by = f"<p>{t.by} {t.writer}</p>" if byline else ""
    main = (f"<main><article><h1>{t.title}</h1>{by}<p>{t.date}</p>{p.above}<div>{paras(t, 'plain', p.inside)}</div>{p.after}"
            f"</article>{p.below}{comments}</main>")
    return shell(t, lang, main, p)


SYSTEMS = {f.__name__: f for f in (wordpress, drupal, arc, typo3, joomla, blogger, plain, wp_newspaper, arc_hashed)}


def native_comments(t: Lang, cms: str) -> str:
    """The comment list each system prints under a post, with the commenters' names."""
    c = list(zip(t.people[COMMENTERS], t.comment, strict=True))
    if cms in ("wordpress", "plain", "wp_newspaper"):
        items = "".join(
            f'<li id="comment-{i}" class="comment depth-1"><article class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><img class="avatar" src="/av{i}.png" alt=""> <b class="fn">{n}</b> '
            f'<span class="says">{t.says}</span></div><div class="comment-metadata"><a href="#comment-{i}"><time>{t.date}</time>'
            f'</a></div></footer><div class="comment-content"><p>{x}</p></div><div class="reply"><a class="comment-reply-link" '
            f'href="#">{t.reply}</a></div></article></li>' for i, (n, x) in enumerate(c))
        return f'<div id="comments" class="comments-area"><h2 class="comments-title">2</h2><ol class="comment-list">{items}</ol></div>'
    if cms == "drupal":
        return '<section class="field--name-comment comments">' + "".join(
            f'<article class="comment js-comment"><footer class="comment__meta"><p class="comment__author"><span '
            f'typeof="schema:Person" property="schema:name">{n}</span></p><p class="comment__time">{t.date}</p></footer>'
            f'<div class="comment__content"><p>{x}</p></div><ul class="links"><li><a href="#">{t.reply}</a></li></ul></article>'
            for n, x in c) + "</section>"
    if cms in ("arc", "arc_hashed"):  # a comment plugin rendered in the page (Disqus's thread markup)
        return '<div id="disqus_thread"><ul class="post-list">' + "".join(
            f'<li class="post"><div class="post-content"><div class="post-byline"><span class="author publisher-anchor-color">'
            f'<a href="https://disqus.test/by/u{i}/" data-username="u{i}">{n}</a></span></div><div class="post-body-inner">'
            f'<p>{x}</p></div><a class="reply" href="#">{t.reply}</a></div></li>' for i, (n, x) in enumerate(c)) + "</ul></div>"
    if cms == "typo3":
        return '<div class="tx-pwcomments"><div class="comments">' + "".join(
            f'<div class="comment"><div class="comment-author">{n}</div><div class="comment-date">{t.date}</div>'
            f'<div class="comment-message"><p>{x}</p></div></div>' for n, x in c) + "</div></div>"
    if cms == "joomla":
        return '<div id="jc"><div id="comments-list" class="comments-list">' + "".join(
            f'<div class="even" id="comment-item-{i}"><div class="rbox"><div class="comment-box"><span class="comment-author">{n}'
            f'</span> <span class="comment-date">{t.date}</span><div class="comment-body">{x}</div></div></div></div>'
            for i, (n, x) in enumerate(c)) + "</div></div>"
    return '<div class="comments" id="comments"><h4>2</h4><div id="comments-block"><dl>' + "".join(
        f'<dt class="comment-author"><a href="https://www.blogger.test/profile/9{i}" rel="nofollow">{n}</a> {t.said}</dt>'
        f'<dd class="comment-body"><p>{x}</p></dd>' for i, (n, x) in enumerate(c)) + "</dl></div></div>"


# ---- the traps ----

def t_comments(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(), native_comments(t, cms)


def t_old_comments(t: Lang, cms: str) -> tuple[Parts, str]:
    """An older WordPress theme's comment list: cite.fn and 'says:' without a vcard wrapper."""
    items = "".join(f'<li class="comment"><div class="comment-author"><cite class="fn">{n}</cite> <span class="says">{t.says}'
                    f'</span></div><p>{x}</p><a class="comment-reply-link" href="#">{t.reply}</a></li>'
                    for n, x in zip(t.people[COMMENTERS], t.comment, strict=True))
    return Parts(), f'<ol class="commentlist">{items}</ol>'


def t_says_text(t: Lang, cms: str) -> tuple[Parts, str]:
    """Comments whose markup marks nothing: the name and 'says:' in a plain paragraph."""
    return Parts(), '<div class="responses">' + "".join(
        f'<p><strong>{n}</strong> {t.says}</p><p>{x}</p><p><a href="#">{t.reply}</a></p>'
        for n, x in zip(t.people[COMMENTERS], t.comment, strict=True)) + "</div>"


def t_pingback(t: Lang, cms: str) -> tuple[Parts, str]:
    other = t.people[2]
    return Parts(), (f'<ol class="comment-list"><li class="pingback"><div class="comment-body">Pingback: <a href="https://blog.test/x" '
                     f'class="url" rel="ugc external nofollow">{TEASER_TITLES[0]} – {other}</a></div></li><li class="trackback">'
                     f'<div class="comment-body">Trackback: <a href="https://notes.test/y" class="url">{t.people[3]}</a></div>'
                     f'</li></ol>')


def t_facebook(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[0]
    return Parts(), (f'<div class="fb-comments" data-href="{url_of(t)}" data-numposts="5"><div class="_3-8y"><div class="UFICommentActorName">'
                     f'<a href="https://facebook.test/u1">{n}</a></div><span class="_5mdd">{t.comment[0]}</span></div></div>')


def _teaser(t: Lang, i: int, label: str = "") -> str:
    w = t.people[TEASERS][i]
    return (f'<li class="teaser"><a href="/2026/02/s{i}/"><img src="/t{i}.jpg" alt=""></a><h3><a href="/2026/02/s{i}/">'
            f'{TEASER_TITLES[i]}</a></h3><span class="teaser-author">{label or t.by} {w}</span></li>')


def t_more_from(t: Lang, cms: str) -> tuple[Parts, str]:
    w = t.people[2]
    return Parts(after=f'<section class="more-from"><h2>{t.more_from} {w}</h2><ul>' + "".join(
        f'<li><a href="/2026/0{i + 1}/m{i}/">{TEASER_TITLES[i]}</a></li>' for i in range(3)) + "</ul></section>"), ""


def t_more_articles(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(below=f'<section class="related"><h2>{t.more_articles}</h2><ul>' + "".join(_teaser(t, i) for i in range(3))
                 + "</ul></section>"), ""


def t_read_also(t: Lang, cms: str) -> tuple[Parts, str]:
    w = t.people[3]
    return Parts(inside=f'<p class="read-also"><strong>{t.read_also}:</strong> <a href="/2026/02/x/">{TEASER_TITLES[1]}</a> '
                        f'({t.by.lower()} {w})</p>'), ""


def t_most_read(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(aside=f'<div class="widget most-read"><h3>{t.most_read}</h3><ol>' + "".join(
        f'<li><a href="/2026/02/r{i}/">{TEASER_TITLES[i]}</a><span class="author">{t.people[TEASERS][i]}</span></li>'
        for i in range(3)) + "</ol></div>"), ""


def t_author_box_others(t: Lang, cms: str) -> tuple[Parts, str]:
    """The sidebar's 'our authors' box, each with a post."""
    return Parts(aside='<div class="widget authors-widget"><ul>' + "".join(
        f'<li><img src="/a{i}.jpg" alt=""><a class="author-name" href="/author/{slug(w)}/">{w}</a> <a href="/2026/02/a{i}/">'
        f'{TEASER_TITLES[i]}</a></li>' for i, w in enumerate(t.people[TEASERS])) + "</ul></div>"), ""


def t_prev_next(t: Lang, cms: str) -> tuple[Parts, str]:
    a, b = t.people[2], t.people[3]
    return Parts(after=f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/p/" rel="prev">'
                       f'<span class="meta-nav">{t.prev}</span> <span class="post-title">{TEASER_TITLES[0]}</span> '
                       f'<span class="post-author">{t.by} {a}</span></a></div><div class="nav-next"><a href="/n/" rel="next">'
                       f'<span class="meta-nav">{t.next}</span> <span class="post-title">{TEASER_TITLES[1]}</span> '
                       f'<span class="post-author">{t.by} {b}</span></a></div></div></nav>'), ""


def t_tweet(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[TWEETER]
    h = slug(n).replace("-", "")
    return Parts(inside=f'<blockquote class="twitter-tweet"><p lang="{t.host[:2]}" dir="ltr">{t.quote}</p>&mdash; {n} (@{h}) '
                        f'<a href="https://twitter.com/{h}/status/1234">{t.date}</a></blockquote>'), ""


def t_instagram(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[INSTA]
    h = slug(n).replace("-", "")
    return Parts(inside=f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.test/p/Cx1/">'
                        f'<div><a href="https://www.instagram.test/p/Cx1/">{t.shared_by} {n} (@{h})</a></div></blockquote>'), ""


def t_video(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[VIDEO_HOST]
    return Parts(inside=f'<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><iframe '
                        f'title="{TEASER_TITLES[2]} – {n}" src="https://www.youtube.test/embed/x1"></iframe></div>'
                        f'<figcaption>{t.video}: {n}</figcaption></figure>'), ""


def t_podcast(t: Lang, cms: str) -> tuple[Parts, str]:
    a, b = t.people[PODCAST]
    return Parts(after=f'<div class="podcast-embed"><h3>Podcast: Valley Talk</h3><p>{t.podcast_with} {a} &amp; {b}</p>'
                       f'<iframe src="https://player.podcast.test/e/12"></iframe></div>'), ""


def t_gallery(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[PHOTOGRAPHER]
    return Parts(inside='<div class="gallery">' + "".join(
        f'<figure class="gallery-item"><img src="/g{i}.jpg" alt=""><figcaption>{t.city}, {t.date}. {t.photo}: {n}/{ag}'
        f'</figcaption></figure>' for i, ag in enumerate(("dpa", "AFP"))) + "</div>"), ""


def t_caption(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[PHOTOGRAPHER]
    return Parts(above=f'<figure class="lead-image"><img src="/lead.jpg" alt=""><figcaption><span class="caption">{t.title}.'
                       f'</span> <span class="credit">{t.photo}: {n} / Reuters</span></figcaption></figure>'), ""


def t_graphic(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[GRAPHIC]
    return Parts(inside=f'<figure class="infographic"><img src="/chart.png" alt=""><figcaption>{t.graphic}: {n}</figcaption>'
                        f'</figure>'), ""


def t_newsletter(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[CHIEF]
    return Parts(after=f'<div class="newsletter-signup"><h3>{t.newsletter}</h3><p><img src="/chief.jpg" alt=""> {n}, {t.chief}'
                       f'</p><form><input type="email" placeholder="E-Mail"><button>OK</button></form></div>'), ""


def t_imprint(t: Lang, cms: str) -> tuple[Parts, str]:
    n, m = t.people[CHIEF], t.people[4]
    return Parts(footer=f'<div class="imprint"><h4>{t.imprint}</h4><p>{t.chief}: {n}</p><p>{t.responsible}: {m}</p>'
                        f'<p>{t.site}, {t.city}</p></div>'), ""


def t_letters(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[READER]
    return Parts(below=f'<section class="reader-letters"><h2>{t.letters}</h2><div class="letter"><p>{t.letter}</p>'
                       f'<p class="letter-author">{n}, {t.city}</p></div></section>'), ""


def t_pullquote(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[QUOTED]
    return Parts(inside=f'<blockquote class="pullquote"><p>«{t.quote}»</p><cite>{n}</cite></blockquote>'), ""


# ---- the same traps in plain markup: no class says what they are, only their words do ----

# per language: the comment section's heading, a show's 'Hosted by', a newsletter's 'by', 'and'
WORDS = {
    "en": ("Comments", "Hosted by", "The morning briefing by {}, every weekday", "and"),
    "de": ("Kommentare", "Moderation", "Der Morgen-Newsletter von {}, jeden Werktag", "und"),
    "fr": ("Commentaires", "Présenté par", "La lettre du matin de {}, chaque jour de semaine", "et"),
    "es": ("Comentarios", "Presentado por", "El boletín de la mañana de {}, cada día laborable", "y"),
    "it": ("Commenti", "Condotto da", "La newsletter del mattino di {}, ogni giorno feriale", "e"),
    "pt": ("Comentários", "Apresentado por", "A newsletter da manhã de {}, todos os dias úteis", "e"),
    "nl": ("Reacties", "Gepresenteerd door", "De ochtendbrief van {}, elke werkdag", "en"),
}


def _lang(t: Lang) -> str:
    return next(k for k, v in L.items() if v is t)


def p_comments(t: Lang, cms: str) -> tuple[Parts, str]:
    head = WORDS[_lang(t)][0]
    return Parts(), f"<div><h3>{head} (2)</h3>" + "".join(
        f"<div><p><b>{n}</b> · {t.date}</p><p>{x}</p><p><a href=\"#\">{t.reply}</a></p></div>"
        for n, x in zip(t.people[COMMENTERS], t.comment, strict=True)) + "</div>"


def p_says(t: Lang, cms: str) -> tuple[Parts, str]:
    """Comments with their verb ('Jane Roe says:', 'Jana Roe sagt:', 'Rui Roe diz:') and no class or heading."""
    return Parts(), "<div>" + "".join(f"<p>{n} {t.says}</p><p>{x}</p><p>{t.date}</p>"
                                      for n, x in zip(t.people[COMMENTERS], t.comment, strict=True)) + "</div>"


def p_pingback(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(), (f'<div><p>Pingback: <a href="https://blog.test/x">{TEASER_TITLES[0]}</a> {t.by.lower()} {t.people[2]}</p>'
                     f'<p>Trackback: <a href="https://notes.test/y">{t.people[3]}</a></p></div>')


def p_more_from(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(after=f'<p><a href="/author/{slug(t.people[2])}/">{t.more_from} {t.people[2]}</a></p>'), ""


def p_teasers(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(below=f"<div><h2>{t.more_articles}</h2>" + "".join(
        f'<div><h3><a href="/2026/02/s{i}/">{TEASER_TITLES[i]}</a></h3><p>{t.by} {w}</p></div>'
        for i, w in enumerate(t.people[TEASERS])) + "</div>"), ""


def p_prev_next(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(after=f'<p>{t.prev}: <a href="/p/">{TEASER_TITLES[0]}</a> – {t.by.lower()} {t.people[2]}</p>'
                       f'<p>{t.next}: <a href="/n/">{TEASER_TITLES[1]}</a> – {t.by.lower()} {t.people[3]}</p>'), ""


def p_tweet(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[TWEETER]
    h = slug(n).replace("-", "")
    return Parts(inside=f"<blockquote><p>{t.quote}</p><p>— {n} (@{h}) {t.date}</p></blockquote>"), ""


def p_instagram(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[INSTA]
    return Parts(inside=f'<p><a href="https://www.instagram.test/p/Cx1/">{t.shared_by} {n} '
                        f'(@{slug(n).replace("-", "")})</a></p>'), ""


def p_podcast(t: Lang, cms: str) -> tuple[Parts, str]:
    a, b = t.people[PODCAST]
    _, hosted, _, und = WORDS[_lang(t)]
    return Parts(after=f"<p>Podcast «Valley Talk». {hosted} {a} {und} {b}.</p>"), ""


def p_photo_lines(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[PHOTOGRAPHER]
    return Parts(inside=f"<p>{t.photo}: {n}/dpa</p>", after=f"<p>{t.photos}: {n}</p>"), ""


def p_graphic(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(inside=f'<p><img src="/chart.png" alt=""></p><p>{t.graphic}: {t.people[GRAPHIC]}</p>'), ""


def p_newsletter(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(after=f"<div><p>{WORDS[_lang(t)][2].format(t.people[CHIEF])}</p><p>{t.newsletter}</p></div>"), ""


def p_imprint(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(footer=f"<p>{t.chief}: {t.people[CHIEF]} · {t.responsible}: {t.people[4]}</p>"), ""


def p_letters(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(below=f"<div><h3>{t.letters}</h3><p>{t.letter}</p><p>{t.people[READER]}, {t.city}</p></div>"), ""


def p_pullquote(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(inside=f"<blockquote><p>«{t.quote}»</p><p>— {t.people[QUOTED]}</p></blockquote>"), ""


AGENCY = {"en": "AP", "de": "dpa", "fr": "AFP", "es": "EFE", "it": "ANSA", "pt": "Lusa", "nl": "ANP"}


def t_wire_teasers(t: Lang, cms: str) -> tuple[Parts, str]:
    """Teasers of other stories signed by a wire: the wire is no source of this article."""
    ag = AGENCY[_lang(t)]
    return Parts(below=f'<section class="related"><h2>{t.more_articles}</h2><ul>' + "".join(
        f'<li class="teaser"><h3><a href="/2026/02/w{i}/">{title}</a></h3><span class="teaser-author">{t.by} {ag}</span></li>'
        for i, title in enumerate(TEASER_TITLES)) + "</ul></section>"), ""


def p_wire_teasers(t: Lang, cms: str) -> tuple[Parts, str]:
    ag = AGENCY[_lang(t)]
    return Parts(below=f"<div><h2>{t.more_articles}</h2>" + "".join(
        f'<div><h3><a href="/2026/02/w{i}/">{title}</a></h3><p>{t.by} {ag}</p></div>'
        for i, title in enumerate(TEASER_TITLES)) + "</div>"), ""


def p_top_photo(t: Lang, cms: str) -> tuple[Parts, str]:
    """The lead picture's credit line above the text: photographer and agency."""
    return Parts(above=f'<p><img src="/lead.jpg" alt=""></p><p>{t.photo}: {t.people[PHOTOGRAPHER]}/{AGENCY[_lang(t)]}</p>'), ""


def p_video_agency(t: Lang, cms: str) -> tuple[Parts, str]:
    """A wire's video embedded in the text: the video's credit, not the text's source."""
    return Parts(inside=f'<p><iframe src="https://video.test/e/9"></iframe></p><p>{t.video}: {AGENCY[_lang(t)]}</p>'), ""


def p_disqus_plain(t: Lang, cms: str) -> tuple[Parts, str]:
    """A comment plugin rendered as text: the name, a dot, a time ago, the comment."""
    return Parts(), "<div>" + "".join(f"<p>{n} • {t.date}</p><p>{x}</p><p>{t.reply} · 3</p>"
                                      for n, x in zip(t.people[COMMENTERS], t.comment, strict=True)) + "</div>"


# per language: a threaded comment's 'Reply to', a chart's source label and a statistics office, a sponsor's
# 'Presented by', a partner network's teaser label and its outlet
MORE = {
    "en": ("Reply to", "Source", "Office for Regional Statistics", "Presented by", "From our partners", "Dale Gazette"),
    "de": ("Antwort an", "Quelle", "Statistisches Landesamt", "Präsentiert von", "Aus unserem Netzwerk", "Bergbote"),
    "fr": ("Répondre à", "Source", "Institut régional de la statistique", "Présenté par", "Chez nos partenaires",
           "Le Courrier des Monts"),
    "es": ("Responder a", "Fuente", "Instituto Regional de Estadística", "Presentado por", "De nuestros socios",
           "Diario de la Sierra"),
    "it": ("Rispondi a", "Fonte", "Istituto regionale di statistica", "Presentato da", "Dai nostri partner",
           "Il Corriere dei Monti"),
    "pt": ("Responder a", "Fonte", "Instituto Regional de Estatística", "Apresentado por", "Dos nossos parceiros",
           "Jornal da Serra"),
    "nl": ("Reageer op", "Bron", "Regionaal Bureau voor de Statistiek", "Aangeboden door", "Van onze partners",
           "Heuvelbode"),
}


def p_reply_to(t: Lang, cms: str) -> tuple[Parts, str]:
    """A threaded comment: the reply names the comment it answers."""
    a, b = t.people[COMMENTERS]
    return Parts(), (f"<div><p><b>{a}</b></p><p>{t.comment[0]}</p><div><p>{MORE[_lang(t)][0]} {a}</p><p><b>{b}</b></p>"
                     f"<p>{t.comment[1]}</p></div></div>")


def p_chart_source(t: Lang, cms: str) -> tuple[Parts, str]:
    """A chart's maker and its data's source: neither wrote the text."""
    m = MORE[_lang(t)]
    return Parts(inside=f'<p><img src="/chart.png" alt=""></p><p>{t.graphic}: {t.people[GRAPHIC]} | {m[1]}: {m[2]}</p>'), ""


def p_cookie_vendors(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(footer=f"<p>{t.cookie} · Google Analytics · Meta Pixel · Taboola</p>"), ""


def p_sponsor(t: Lang, cms: str) -> tuple[Parts, str]:
    m = MORE[_lang(t)]
    return Parts(aside=f"<div><p>{m[3]} Auto Lindner GmbH</p><p><img src=\"/ad.jpg\" alt=\"\"></p></div>"), ""


def p_partner_teasers(t: Lang, cms: str) -> tuple[Parts, str]:
    """Teasers from a partner outlet: its name stands beside each headline, it is no source of this article."""
    m = MORE[_lang(t)]
    return Parts(below=f"<div><h3>{m[4]}</h3>" + "".join(
        f'<p><a href="https://partner.test/{i}">{title}</a></p><p>{m[5]}</p>' for i, title in enumerate(TEASER_TITLES))
        + "</div>"), ""


def t_top_furniture(t: Lang, cms: str) -> tuple[Parts, str]:
    """Above the article, in the page's header: a most-read strip with its writers, the newsletter's
    promotion with its editor, the podcast's strip with its hosts, a columnist's card."""
    a, b = t.people[PODCAST]
    strip = "".join(f'<li><a href="/2026/02/t{i}/">{title}</a> <span class="author">{w}</span></li>'
                    for i, (title, w) in enumerate(zip(TEASER_TITLES, t.people[TEASERS], strict=True)))
    return Parts(top=f'<div class="top-strip"><ol>{strip}</ol></div><div class="nl-promo"><p class="author">{t.people[CHIEF]}'
                     f'</p><p>{t.newsletter}</p></div><div class="podcast-strip"><p class="byline">{a} &amp; {b}</p></div>'
                     f'<div class="columnist-card"><img src="/c.jpg" alt=""><p class="author-name">{t.people[READER]}</p>'
                     f'<a href="/kolumne/">{TEASER_TITLES[1]}</a></div>'), ""


AUTHORS_HEAD = {"en": "Our authors", "de": "Unsere Autoren", "fr": "Nos auteurs", "es": "Nuestros autores",
                "it": "I nostri autori", "pt": "Os nossos autores", "nl": "Onze auteurs"}


def p_authors_column(t: Lang, cms: str) -> tuple[Parts, str]:
    """The site's authors listed in a layout column beside the article (no aside, no sidebar class),
    each linked to an author archive."""
    return Parts(below=f'<div class="col-md-4"><div class="box"><h3>{AUTHORS_HEAD[_lang(t)]}</h3><ul>' + "".join(
        f'<li><a href="/author/{slug(w)}/">{w}</a></li>' for w in t.people[TEASERS]) + "</ul></div></div>"), ""


KICKERS = {"en": ("Profile", "Obituary"), "de": ("Porträt", "Nachruf"), "fr": ("Portrait", "Nécrologie"),
           "es": ("Perfil", "Obituario"), "it": ("Ritratto", "Necrologio"), "pt": ("Perfil", "Obituário"),
           "nl": ("Portret", "In memoriam")}


def t_kicker(t: Lang, cms: str) -> tuple[Parts, str]:
    """A kicker over the text naming the story's subject ('Porträt: Jane Roe', 'Nachruf: John Doe'): its subject."""
    a, b = KICKERS[_lang(t)]
    return Parts(above=f'<p class="kicker">{a}: {t.people[QUOTED]}</p>'), ""


def p_kicker(t: Lang, cms: str) -> tuple[Parts, str]:
    a, b = KICKERS[_lang(t)]
    return Parts(above=f"<p>{b}: {t.people[READER]}</p>"), ""


def p_embed_sources(t: Lang, cms: str) -> tuple[Parts, str]:
    """Sources under an embedded video and a chart, each on a line of its own between the story's
    paragraphs ('Quelle: YouTube/Talheim TV', 'Quelle: Statistisches Landesamt'): the embed's and the
    data's, not the text's."""
    m = MORE[_lang(t)]
    return Parts(inside=f'<p><iframe src="https://www.youtube.test/embed/x1"></iframe></p><p>{m[1]}: YouTube/Valley TV</p>'
                        f'<p><img src="/chart.png" alt=""></p><p>{m[1]}: {m[2]}</p>'), ""


# per language: a reviewed book's info line (its author, publisher and pages) and a film's (director, cast)
WORKS = {
    "en": ("Book: {t}. Author: {a}. Riverbank Press, 312 pages", "Director: {a}. Starring: {b}, {c}"),
    "de": ("Buch: {t}. Autorin: {a}. Uferverlag, 312 Seiten", "Regie: {a}. Mit: {b}, {c}"),
    "fr": ("Livre : {t}. Auteure : {a}. Éditions du Rivage, 312 pages", "Réalisation : {a}. Avec : {b}, {c}"),
    "es": ("Libro: {t}. Autora: {a}. Editorial Ribera, 312 páginas", "Dirección: {a}. Reparto: {b}, {c}"),
    "it": ("Libro: {t}. Autrice: {a}. Edizioni Riva, 312 pagine", "Regia: {a}. Con: {b}, {c}"),
    "pt": ("Livro: {t}. Autora: {a}. Edições Margem, 312 páginas", "Realização: {a}. Com: {b}, {c}"),
    "nl": ("Boek: {t}. Auteur: {a}. Uitgeverij Oever, 312 pagina's", "Regie: {a}. Met: {b}, {c}"),
}


def p_reviewed_works(t: Lang, cms: str) -> tuple[Parts, str]:
    """A review's info lines: the book's author, the film's director and cast. They made the work
    reviewed; the review is the writer's."""
    book, film = WORKS[_lang(t)]
    return Parts(after=f"<p>{book.format(t=TEASER_TITLES[2], a=t.people[QUOTED])}</p>"
                       f"<p>{film.format(a=t.people[READER], b=t.people[INSTA], c=t.people[VIDEO_HOST])}</p>"), ""


def t_reviewed_works(t: Lang, cms: str) -> tuple[Parts, str]:
    book, film = WORKS[_lang(t)]
    return Parts(after=f'<div class="book-info"><p class="book-author">{book.format(t=TEASER_TITLES[2], a=t.people[QUOTED])}'
                       f'</p></div><div class="film-info"><p>{film.format(a=t.people[READER], b=t.people[INSTA], c=t.people[VIDEO_HOST])}'
                       f"</p></div>"), ""


# per language: a subscription offer signed by the editor-in-chief ('Yours, Jane Roe')
OFFER = {
    "en": ("Keep reading with Vale Courier Plus: the first month is free.", "Yours,"),
    "de": ("Jetzt weiterlesen mit Talkurier Plus: der erste Monat ist gratis.", "Ihr"),
    "fr": ("Continuez votre lecture avec L'Écho Plus : le premier mois est offert.", "Votre dévoué,"),
    "es": ("Siga leyendo con Heraldo Plus: el primer mes es gratis.", "Atentamente,"),
    "it": ("Continua a leggere con Voce Plus: il primo mese è gratis.", "Il vostro"),
    "pt": ("Continue a ler com a Gazeta Plus: o primeiro mês é grátis.", "O seu"),
    "nl": ("Lees verder met Vallei Plus: de eerste maand is gratis.", "Uw"),
}


def p_paywall(t: Lang, cms: str) -> tuple[Parts, str]:
    """A subscription offer under the text, signed by the editor-in-chief."""
    offer, yours = OFFER[_lang(t)]
    return Parts(after=f"<div><p>{offer}</p><p>{yours}</p><p>{t.people[CHIEF]}</p><p>{t.chief}</p></div>"), ""


def t_paywall(t: Lang, cms: str) -> tuple[Parts, str]:
    offer, yours = OFFER[_lang(t)]
    return Parts(after=f'<div class="paywall subscription-offer"><p>{offer}</p><p class="signature">{yours} {t.people[CHIEF]}, '
                       f"{t.chief}</p></div>"), ""


def t_ticker(t: Lang, cms: str) -> tuple[Parts, str]:
    """A breaking-news bar above the page's article, its item with its own byline."""
    return Parts(top=f'<div class="ticker breaking"><span class="label">Live</span> <a href="/live/1">{TEASER_TITLES[2]}</a> '
                     f'<span class="ticker-author">{t.by} {t.people[4]}</span></div>'), ""


# per language: a dated comment's 'on DATE at', the columnists' box heading, the publishing company's line
DATED = {
    "en": ("on {} at 10:12 am", "Our columnists", "A service of Vale Media Ltd. All rights reserved."),
    "de": ("am {} um 10:12 Uhr", "Unsere Kolumnisten", "Ein Angebot der Talverlag GmbH. Alle Rechte vorbehalten."),
    "fr": ("le {} à 10h12", "Nos chroniqueurs", "Un service de Val Médias SAS. Tous droits réservés."),
    "es": ("el {} a las 10:12", "Nuestros columnistas", "Un servicio de Ediciones del Valle S.L. Todos los derechos reservados."),
    "it": ("il {} alle 10:12", "I nostri editorialisti", "Un servizio di Editoriale Valle S.r.l. Tutti i diritti riservati."),
    "pt": ("em {} às 10:12", "Os nossos colunistas", "Um serviço da Edições do Vale, Lda. Todos os direitos reservados."),
    "nl": ("op {} om 10:12", "Onze columnisten", "Een uitgave van Vallei Media B.V. Alle rechten voorbehouden."),
}


def p_comments_dated(t: Lang, cms: str) -> tuple[Parts, str]:
    """Comments under their section's heading, each opened by the reader's name and a date, no reply button."""
    lang = _lang(t)
    return Parts(), f"<div><h3>{WORDS[lang][0]}</h3>" + "".join(
        f"<p>{n} {DATED[lang][0].format(t.date)}</p><p>{x}</p>"
        for n, x in zip(t.people[COMMENTERS], t.comment, strict=True)) + "</div>"


def p_photo_forms(t: Lang, cms: str) -> tuple[Parts, str]:
    """Picture credits in the forms agencies and papers print, above the text and in it."""
    n, ag = t.people[PHOTOGRAPHER], AGENCY[_lang(t)]
    return Parts(above=f'<p><img src="/lead.jpg" alt=""></p><p>{t.photo}: picture alliance / {ag} / {n}</p>',
                 inside=f'<p><img src="/b.jpg" alt=""></p><p>{t.city}. {t.photo}: {n} ({ag})</p>'
                        f'<p><img src="/c.jpg" alt=""></p><p>© {ag}</p>'), ""


def p_columnists(t: Lang, cms: str) -> tuple[Parts, str]:
    """The site's columnists listed beside the article, with no class and no aside."""
    return Parts(below=f"<div><h3>{DATED[_lang(t)][1]}</h3>" + "".join(
        f'<div><img src="/c{i}.jpg" alt=""><p><a href="/kolumne/{slug(w)}/">{w}</a></p></div>'
        for i, w in enumerate(t.people[TEASERS])) + "</div>"), ""


def p_footer_company(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(footer=f"<p>{DATED[_lang(t)][2]}</p>"), ""


# per language: a comment plugin's 'Like' and time, Instagram's 'View this post', a data protection officer
PLUGIN = {
    "en": ("Like", "2h", "View this post on Instagram", "Data protection officer"),
    "de": ("Gefällt mir", "2 Std.", "Diesen Beitrag auf Instagram ansehen", "Datenschutzbeauftragter"),
    "fr": ("J'aime", "2 h", "Voir cette publication sur Instagram", "Délégué à la protection des données"),
    "es": ("Me gusta", "2 h", "Ver esta publicación en Instagram", "Delegado de protección de datos"),
    "it": ("Mi piace", "2 h", "Visualizza questo post su Instagram", "Responsabile della protezione dei dati"),
    "pt": ("Gosto", "2 h", "Ver esta publicação no Instagram", "Encarregado da proteção de dados"),
    "nl": ("Vind ik leuk", "2 u", "Dit bericht bekijken op Instagram", "Functionaris gegevensbescherming"),
}


def p_facebook_plain(t: Lang, cms: str) -> tuple[Parts, str]:
    """Facebook's comment plugin as text: the name, the comment, 'Like · Reply · 2h'."""
    like, ago = PLUGIN[_lang(t)][:2]
    return Parts(), "<div>" + "".join(f"<p>{n}</p><p>{x}</p><p>{like} · {t.reply} · {ago}</p>"
                                      for n, x in zip(t.people[COMMENTERS], t.comment, strict=True)) + "</div>"


def p_instagram_card(t: Lang, cms: str) -> tuple[Parts, str]:
    n = t.people[INSTA]
    return Parts(inside=f'<div><p><a href="https://www.instagram.test/p/Cx1/">{PLUGIN[_lang(t)][2]}</a></p>'
                        f'<p>{t.shared_by} {n} (@{slug(n).replace("-", "")})</p></div>'), ""


def p_read_also_card(t: Lang, cms: str) -> tuple[Parts, str]:
    """'Read also', another story's headline and its byline, each on a line of its own, in the text."""
    return Parts(inside=f'<div><p>{t.read_also}</p><p><a href="/2026/02/x/">{TEASER_TITLES[1]}</a></p>'
                        f"<p>{t.by} {t.people[3]}</p></div>"), ""


def t_next_article(t: Lang, cms: str) -> tuple[Parts, str]:
    """The next story loaded under this one (infinite scroll): its headline, byline and text."""
    return Parts(below=f'<article class="next-article"><h2><a href="/2026/03/next/">{TEASER_TITLES[2]}</a></h2>'
                       f'<p class="byline">{t.by} {t.people[4]}</p><p>{t.body[4]}</p><p>{t.body[3]}</p></article>'), ""


def p_next_article(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(below=f"<div><h2>{TEASER_TITLES[2]}</h2><p>{t.by} {t.people[4]}</p><p>{t.body[4]}</p>"
                       f"<p>{t.body[3]}</p></div>"), ""


def p_privacy_officer(t: Lang, cms: str) -> tuple[Parts, str]:
    return Parts(footer=f"<p>{PLUGIN[_lang(t)][3]}: {t.people[4]}, {t.city}</p>"), ""


def t_own_box_recent(t: Lang, cms: str) -> tuple[Parts, str]:
    """The writer's own box, then the site's newest posts by other writers (expected: the writer)."""
    return Parts(after=own_box(t) + f'<div class="recent-posts"><h3>{t.more_articles}</h3><ul>' + "".join(
        f'<li><a href="/2026/02/n{i}/">{title}</a> <span>{t.by.lower()} {w}</span></li>'
        for i, (title, w) in enumerate(zip(TEASER_TITLES, t.people[TEASERS], strict=True))) + "</ul></div>"), ""


def t_jsonld_people(t: Lang, cms: str) -> tuple[Parts, str]:
    """Structured data naming people beside the writer: the comments' authors, the people the story is
    about and mentions, the legally accountable editor, the copyright holder of its picture."""
    a, b = t.people[COMMENTERS]
    return Parts(head=ld({"@context": "https://schema.org", "@type": "WebPage", "name": t.title,
                          "accountablePerson": {"@type": "Person", "name": t.people[CHIEF]},
                          "about": {"@type": "Person", "name": t.people[QUOTED]},
                          "mentions": [{"@type": "Person", "name": t.people[READER]}],
                          "primaryImageOfPage": {"@type": "ImageObject", "url": "/lead.jpg",
                                                 "copyrightHolder": {"@type": "Person", "name": t.people[PHOTOGRAPHER]}},
                          "comment": [{"@type": "Comment", "text": x, "author": {"@type": "Person", "name": n}}
                                      for n, x in ((a, t.comment[0]), (b, t.comment[1]))]})), ""


TRAPS = {f.__name__[2:]: f for f in (
    t_comments, t_old_comments, t_says_text, t_pingback, t_facebook, t_more_from, t_more_articles, t_read_also, t_most_read,
    t_author_box_others, t_prev_next, t_tweet, t_instagram, t_video, t_podcast, t_gallery, t_caption, t_graphic,
    t_newsletter, t_imprint, t_letters, t_pullquote)}
TRAPS.update({f.__name__: f for f in (
    p_comments, p_says, p_pingback, p_more_from, p_teasers, p_prev_next, p_tweet, p_instagram, p_podcast, p_photo_lines, p_graphic,
    p_newsletter, p_imprint, p_letters, p_pullquote, p_wire_teasers, p_top_photo, p_video_agency, p_disqus_plain,
    p_reply_to, p_chart_source, p_cookie_vendors, p_sponsor, p_partner_teasers, p_comments_dated, p_photo_forms,
    p_columnists, p_footer_company, p_facebook_plain, p_instagram_card, p_read_also_card, p_next_article,
    p_privacy_officer)})
TRAPS["next_article"] = t_next_article
TRAPS["jsonld_people"] = t_jsonld_people
TRAPS["own_box_recent"] = t_own_box_recent
TRAPS["ticker"] = t_ticker
TRAPS["p_paywall"] = p_paywall
TRAPS["paywall"] = t_paywall
TRAPS["p_reviewed_works"] = p_reviewed_works
TRAPS["reviewed_works"] = t_reviewed_works
TRAPS["p_embed_sources"] = p_embed_sources
TRAPS["kicker"] = t_kicker
TRAPS["p_kicker"] = p_kicker
TRAPS["p_authors_column"] = p_authors_column
TRAPS["top_furniture"] = t_top_furniture
TRAPS["wire_teasers"] = t_wire_teasers


# per language: the photographer's box heading and bio, and a multimedia story's closing credits
# (text, photos, graphics, editing, production, design)
CREW = {
    "en": ("About the photographer", "{} is a photographer based in Brookfield.",
           ("Text", "Photos", "Graphics", "Editing", "Production", "Design")),
    "de": ("Über den Fotografen", "{} ist Fotograf und lebt in Talheim.",
           ("Text", "Fotos", "Grafik", "Redaktion", "Produktion", "Gestaltung")),
    "fr": ("À propos du photographe", "{} est photographe à Valbonne.",
           ("Texte", "Photos", "Infographie", "Édition", "Production", "Mise en page")),
    "es": ("Sobre el fotógrafo", "{} es fotógrafo y vive en Villaverde.",
           ("Texto", "Fotos", "Infografía", "Edición", "Producción", "Diseño")),
    "it": ("Il fotografo", "{} è fotografo e vive a Valdora.",
           ("Testo", "Foto", "Infografica", "Editing", "Produzione", "Grafica")),
    "pt": ("Sobre o fotógrafo", "{} é fotógrafo e vive em Vilarinho.",
           ("Texto", "Fotos", "Infografia", "Edição", "Produção", "Design")),
    "nl": ("Over de fotograaf", "{} is fotograaf en woont in Valkenberg.",
           ("Tekst", "Foto's", "Graphics", "Eindredactie", "Productie", "Vormgeving")),
}


def t_photographer_box(t: Lang, cms: str) -> tuple[Parts, str]:
    """A box for the story's photographer in the author box's own markup: an author-box class and
    an archive link. He took the pictures; he wrote nothing."""
    head, bio, _ = CREW[_lang(t)]
    n = t.people[PHOTOGRAPHER]
    return Parts(after=f'<div class="author-box"><h3>{head}</h3><img src="/p.jpg" alt=""><p><a href="/author/{slug(n)}/">{n}'
                       f'</a></p><p>{bio.format(n)}</p></div>'), ""


TRAPS["photographer_box"] = t_photographer_box


def credits_block(t: Lang) -> str:
    """A multimedia story's closing credits: the writer, then the crew who did other work."""
    labels = CREW[_lang(t)][2]
    crew = (t.writer, t.people[PHOTOGRAPHER], t.people[GRAPHIC], t.people[CHIEF], t.people[4], t.people[3])
    return '<div class="story-credits">' + "".join(f"<p>{lab}: {who}</p>" for lab, who in zip(labels, crew, strict=True)) \
        + "</div>"


def all_traps(t: Lang, cms: str) -> tuple[Parts, str]:
    """Every trap on one page, as a busy news page prints its furniture all at once."""
    fields = Parts.__dataclass_fields__
    merged = {f: "" for f in fields}
    comments = ""
    for name, fn in TRAPS.items():
        if name in ("own_box_recent", "ticker", "top_furniture"):  # the writer's own box is a control; one bar is enough
            continue
        p, c = fn(t, cms)
        for f in fields:
            merged[f] += getattr(p, f)
        comments += c
    return Parts(**merged), comments


def own_box(t: Lang) -> str:
    """The writer's own 'About the author' box: a positive control, the writer stays credited."""
    return (f'<div class="author-box"><h3>{t.about}</h3><img src="/w.jpg" alt=""><p><a href="/author/{slug(t.writer)}/">'
            f'{t.writer}</a></p><p>{t.bio.format(t.writer)}</p></div>')


def article_page(lang: str, cms: str, trap: str | None, *, byline: bool = True, box: bool = False,
                 form: str = "markup", after: str = "") -> str:
    """The article in `cms`'s markup with `trap` around it. `form` says where its writer is named:
    'markup' (the system's byline), 'jsonld' (only the page's NewsArticle object), 'meta' (only
    the author meta tag), 'wire' (the byline names the writer and her wire: 'By Jane Roe, AP')."""
    t = L[lang]
    top = trap is not None and trap.endswith("/top")
    fn = all_traps if trap == "all" else TRAPS[trap.removesuffix("/top")] if trap else None
    parts, comments = fn(t, cms) if fn else (Parts(), "")
    if top:  # the trap printed in the text's first lines, under the byline, where bylines are read
        parts = replace(parts, above=parts.above + parts.inside, inside="")
    if box:
        parts = replace(parts, after=parts.after + own_box(t))
    if after:
        parts = replace(parts, after=parts.after + after)
    if form == "jsonld":
        parts = replace(parts, head=parts.head + ld({"@context": "https://schema.org", "@type": "NewsArticle",
                                                    "headline": t.title, "author": {"@type": "Person", "name": t.writer}}))
    elif form == "meta":
        parts = replace(parts, head=parts.head + f'<meta name="author" content="{t.writer}">')
    elif form == "wire":
        t = replace(t, writer=f"{t.writer}, {AGENCY[lang]}")
    return SYSTEMS[cms](t, lang, byline and form in ("markup", "wire"), parts, comments)


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


# what the gazetteer calls each language's wire
WIRE_NAMES = {"en": "Associated Press", "de": "Deutsche Presse-Agentur", "fr": "Agence France-Presse", "es": "Agencia EFE",
              "it": "ANSA", "pt": "Lusa", "nl": "ANP"}


def homepage(lang: str, cms: str) -> str:
    """A front page: teasers of several stories, each with its byline, and no article of its own."""
    t = L[lang]
    tiles = "".join(f'<article class="teaser-card"><h2><a href="/2026/03/h{i}/">{title}</a></h2><p class="byline">{t.by} '
                    f'<a href="/author/{slug(w)}/">{w}</a></p><p>{t.body[i]}</p></article>'
                    for i, (title, w) in enumerate(zip((t.title, *TEASER_TITLES), (t.writer, *t.people[TEASERS]), strict=True)))
    main = f'<main class="front-page"><h1 class="screen-reader-text">{t.site}</h1><div class="teaser-grid">{tiles}</div></main>'
    return shell(t, lang, main, Parts(), f"home {cms}", home=True)


def archive_page(lang: str, cms: str) -> str:
    """A blog's or a CMS's list view (front page, category, archive): every post's teaser in the
    single post's own byline markup, and no article of its own."""
    t = L[lang]
    posts = list(zip((t.title, *TEASER_TITLES), (t.writer, *t.people[TEASERS]), t.body, strict=False))
    if cms == "wordpress":
        items = "".join(f'<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title"><a href="/p{i}/" '
                        f'rel="bookmark">{h}</a></h2><div class="entry-meta"><span class="byline"> {t.by} <span class="author vcard">'
                        f'<a class="url fn n" href="/author/{slug(w)}/">{w}</a></span></span></div></header><div class="entry-summary">'
                        f"<p>{b}</p></div></article>" for i, (h, w, b) in enumerate(posts))
    elif cms == "blogger":
        items = "".join(f'<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title"><a href="/p{i}.html">{h}</a>'
                        f'</h3><div class="post-body entry-content">{b}</div><div class="post-footer"><span class="post-author vcard">'
                        f'{t.posted_by} <span class="fn" itemprop="author"><span itemprop="name">{w}</span></span></span></div></div></div>'
                        for i, (h, w, b) in enumerate(posts))
    elif cms == "drupal":
        items = "".join(f'<article class="node node--type-article node--view-mode-teaser"><h2><a href="/node/{i}">{h}</a></h2>'
                        f'<div class="node__meta"><div class="field field--name-field-author"><div class="field__item">'
                        f'<a href="/autoren/{slug(w)}">{w}</a></div></div></div><div class="node__content"><p>{b}</p></div></article>'
                        for i, (h, w, b) in enumerate(posts))
    else:  # joomla's blog view
        items = "".join(f'<div class="items-row"><div class="item"><div class="page-header"><h2><a href="/p{i}">{h}</a></h2></div>'
                        f'<dl class="article-info"><dd class="createdby" itemprop="author" itemscope '
                        f'itemtype="https://schema.org/Person">{t.written_by} <span itemprop="name">{w}</span></dd></dl>'
                        f"<p>{b}</p></div></div>" for i, (h, w, b) in enumerate(posts))
    return shell(t, lang, f'<main class="site-main blog-list">{items}</main>', Parts(), f"blog archive {cms}", home=True)


def plain_homepage(lang: str) -> str:
    """A front page with no class: headlines, each with a bare byline and a summary."""
    t = L[lang]
    tiles = "".join(f'<div><h2><a href="/2026/03/h{i}/">{title}</a></h2><p>{t.by} {w}</p><p>{t.body[i]}</p></div>'
                    for i, (title, w) in enumerate(zip((t.title, *TEASER_TITLES), (t.writer, *t.people[TEASERS]), strict=True)))
    return shell(t, lang, f"<main><h1>{t.site}</h1>{tiles}</main>", Parts(), home=True)


Case = tuple[str, str, str, list[str], list[str]]


def cases() -> list[Case]:
    """Each trap in every language, each time in two of the six systems (rotating), with and
    without the article's byline; the writer's own box as a control; a homepage per language."""
    out: list[Case] = []
    for k, trap in enumerate(TRAPS):
        for j, lang in enumerate(LANGS):
            t = L[lang]
            for cms in (CMSS[(j + k) % len(CMSS)], CMSS[(j + k + 3) % len(CMSS)]):
                out.append((f"{trap}/{lang}/{cms}", article_page(lang, cms, trap), url_of(t), [t.writer], []))
                out.append((f"{trap}/{lang}/{cms}/no byline", article_page(lang, cms, trap, byline=False), url_of(t),
                            [t.writer] if trap == "own_box_recent" else [], []))  # the writer's box names her
            for m, form in enumerate(("jsonld", "meta", "wire")):
                cms = CMSS[(j + k + 2 * m + 1) % len(CMSS)]
                out.append((f"{trap}/{lang}/{cms}/{form}", article_page(lang, cms, trap, form=form), url_of(t), [t.writer],
                            [WIRE_NAMES[lang]] if form == "wire" else []))
    inside = [trap for trap in TRAPS if TRAPS[trap](L["en"], "plain")[0].inside]
    for k, trap in enumerate(inside):
        for j, lang in enumerate(LANGS):
            t = L[lang]
            cms = CMSS[(j + k) % len(CMSS)]
            out.append((f"{trap}/top/{lang}/{cms}", article_page(lang, cms, f"{trap}/top"), url_of(t), [t.writer], []))
            out.append((f"{trap}/top/{lang}/{cms}/no byline", article_page(lang, cms, f"{trap}/top", byline=False),
                        url_of(t), [], []))
    for j, lang in enumerate(LANGS):
        t = L[lang]
        for cms in CMSS:
            for form in ("markup", "jsonld", "meta", "wire"):
                out.append((f"all traps/{lang}/{cms}/{form}", article_page(lang, cms, "all", form=form), url_of(t),
                            [t.writer], [WIRE_NAMES[lang]] if form == "wire" else []))
            out.append((f"all traps/{lang}/{cms}/no byline", article_page(lang, cms, "all", byline=False), url_of(t),
                        [], []))
            for byline in (True, False):  # the closing credits name the writer: a byline of their own
                out.append((f"credits block/{lang}/{cms}/{'byline' if byline else 'no byline'}",
                            article_page(lang, cms, None, byline=byline, after=credits_block(t)), url_of(t), [t.writer], []))
            out.append((f"own box/{lang}/{cms}", article_page(lang, cms, None, box=True), url_of(t), [t.writer], []))
        out.append((f"own box and comments/{lang}", article_page(lang, CMSS[j % len(CMSS)], "comments", box=True), url_of(t),
                    [t.writer], []))
        out.append((f"homepage/{lang}", homepage(lang, CMSS[j % len(CMSS)]), f"https://www.{t.host}/", [], []))
        out.append((f"plain homepage/{lang}", plain_homepage(lang), f"https://www.{t.host}/", [], []))
        for cms in ("wordpress", "blogger", "drupal", "joomla"):
            out.append((f"archive/{lang}/{cms}", archive_page(lang, cms), f"https://www.{t.host}/", [], []))
        out.append((f"own box, no byline/{lang}", article_page(lang, CMSS[j % len(CMSS)], None, byline=False, box=True),
                    url_of(t), [t.writer], []))
    return out


CASES = cases()
