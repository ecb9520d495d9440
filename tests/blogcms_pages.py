"""Invented pages of blog, small-site and forum systems (issue 15, pages): the markup their
themes print around a post, reproduced from the common templates (WordPress classic themes,
Genesis, Astra, GeneratePress, OceanWP, Divi, Newspaper, Jannah, Yoast's JSON-LD graph;
Blogger; Ghost, Medium, Substack, Squarespace, Wix, Tumblr, Hugo and Jekyll themes; Joomla
and K2; Drupal; TYPO3 news; phpBB, vBulletin, XenForo and Discourse thread pages), in eight
languages, with invented names and texts. Every page also carries the traps these systems
print beside the byline: comments with their 'says:' lines, a reply form, sidebar widgets
('About me', recent posts by someone else), related posts with their writers' archive links,
tag clouds, share buttons, a cookie banner, a newsletter box, 'Powered by' and theme credits,
and on forums the replies of other members.

`CASES` lists (name, html, url, persons, org_authors): what a mature tool credits on the page
— the post's writer as a person (a blogger's handle or first name as credited, a forum thread's
starter by the username), an organisation that signs its own blog as an organisation author,
and nobody from the traps.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")


@dataclass(frozen=True)
class Lang:
    body: tuple[str, ...]
    title: str
    site: str
    host: str
    writer: str          # a full name
    handle: str          # a blogger's or forum member's handle
    org: str             # an association signing its own blog
    commenters: tuple[str, str]
    other: str           # the sidebar's, the related posts' and the theme's people
    posted_on: str       # 'Posted on'
    by: str              # 'by'
    posted_by: str       # Blogger's 'Posted by'
    at: str              # Blogger's 'at' before the time
    written_by: str      # Joomla's 'Written by'
    submitted_by: str    # Drupal's 'Submitted by'
    on: str              # Drupal's 'on' before the date
    says: str            # a commenter 'says:'
    said: str            # Blogger's 'said...'
    reply: str           # 'Leave a Reply'
    about: str           # 'About me'
    recent: str          # 'Recent posts'
    related: str         # 'Related posts'
    share: str           # 'Share this'
    cookie: str
    newsletter: str
    starter: str         # a forum's 'Thread starter'
    date: str


L: dict[str, Lang] = {
    "en": Lang(
        body=("We set off from the old mill at seven, when the mist still lay over the meadows and the path along the brook was soft after the night's rain.",
              "The first climb to the ridge takes about an hour; there is a bench halfway up where the view opens over the whole valley and the church towers.",
              "From the ridge the trail follows the forest edge for three kilometres, well marked with white and red signs, before it drops to the lake.",
              "At the lake we stopped for lunch at the little kiosk, which is open on weekends from April to October and sells excellent apple cake.",
              "The way back runs through the village and past the orchards; all in all the loop is fourteen kilometres and took us about five hours."),
        title="A loop walk above the lake", site="Trail Notes", host="trailnotes.test", writer="Rowan Ashdown",
        handle="hillwalker42", org="Greenway Trust", commenters=("Peter Lindqvist", "Sandra Molloy"), other="Dorian Fairweather",
        posted_on="Posted on", by="by", posted_by="Posted by", at="at", written_by="Written by", submitted_by="Submitted by",
        on="on", says="says:", said="said...", reply="Leave a Reply", about="About me", recent="Recent posts",
        related="Related posts", share="Share this:", cookie="We use cookies to improve your experience. Accept",
        newsletter="Subscribe to our newsletter and never miss a post.", starter="Thread starter", date="May 5, 2026"),
    "de": Lang(
        body=("Wir sind um sieben an der alten Mühle losgegangen, als der Nebel noch über den Wiesen lag und der Weg am Bach nach dem Regen weich war.",
              "Der erste Anstieg zum Kamm dauert etwa eine Stunde; auf halber Höhe steht eine Bank, von der man über das ganze Tal blickt.",
              "Vom Kamm folgt der Pfad drei Kilometer dem Waldrand, gut mit weiß-roten Zeichen markiert, bevor er zum See hinunterführt.",
              "Am See haben wir am kleinen Kiosk Mittag gemacht, der am Wochenende von April bis Oktober geöffnet ist und sehr guten Apfelkuchen hat.",
              "Der Rückweg führt durch das Dorf und an den Streuobstwiesen vorbei; insgesamt ist die Runde vierzehn Kilometer lang."),
        title="Eine Rundwanderung über dem See", site="Wanderglück", host="wanderglueck.test", writer="Katrin Wendeler",
        handle="bergziege", org="Naturfreunde Talheim e.V.", commenters=("Jürgen Halbach", "Monika Sauter"), other="Tobias Reimold",
        posted_on="Veröffentlicht am", by="von", posted_by="Eingestellt von", at="um", written_by="Geschrieben von",
        submitted_by="Verfasst von", on="am", says="sagt:", said="hat gesagt…", reply="Schreibe einen Kommentar",
        about="Über mich", recent="Neueste Beiträge", related="Ähnliche Beiträge", share="Teilen mit:",
        cookie="Diese Website verwendet Cookies. Akzeptieren", newsletter="Abonniere unseren Newsletter und verpasse keinen Beitrag.",
        starter="Themenstarter", date="5. Mai 2026"),
    "fr": Lang(
        body=("Nous sommes partis du vieux moulin à sept heures, quand la brume couvrait encore les prés et que le chemin le long du ruisseau était détrempé.",
              "La première montée vers la crête prend environ une heure ; un banc à mi-pente offre une vue sur toute la vallée et ses clochers.",
              "Depuis la crête, le sentier longe la lisière de la forêt sur trois kilomètres, bien balisé en blanc et rouge, avant de descendre au lac.",
              "Au bord du lac, nous avons déjeuné au petit kiosque, ouvert le week-end d'avril à octobre, qui sert une excellente tarte aux pommes.",
              "Le retour traverse le village et longe les vergers ; la boucle fait quatorze kilomètres et nous a pris environ cinq heures."),
        title="Une boucle au-dessus du lac", site="Carnets de Rando", host="carnets-rando.test", writer="Élodie Vasseur",
        handle="randopassion", org="Association Les Sentiers du Val", commenters=("Thierry Bourdais", "Nadine Carrel"),
        other="Mathis Lefrançois", posted_on="Publié le", by="par", posted_by="Publié par", at="à", written_by="Écrit par",
        submitted_by="Soumis par", on="le", says="dit :", said="a dit…", reply="Laisser un commentaire", about="À propos de moi",
        recent="Articles récents", related="Articles similaires", share="Partager :",
        cookie="Ce site utilise des cookies. Accepter", newsletter="Abonnez-vous à notre newsletter pour ne rien manquer.",
        starter="Auteur de la discussion", date="5 mai 2026"),
    "es": Lang(
        body=("Salimos del viejo molino a las siete, cuando la niebla aún cubría los prados y el camino junto al arroyo estaba blando por la lluvia.",
              "La primera subida a la cresta lleva una hora; a mitad de camino hay un banco desde el que se ve todo el valle y sus campanarios.",
              "Desde la cresta, la senda sigue el borde del bosque durante tres kilómetros, bien señalizada en blanco y rojo, y baja hasta el lago.",
              "En el lago comimos en el pequeño quiosco, que abre los fines de semana de abril a octubre y vende una tarta de manzana excelente.",
              "La vuelta atraviesa el pueblo y los huertos; en total la ruta circular tiene catorce kilómetros y nos llevó unas cinco horas."),
        title="Una ruta circular sobre el lago", site="Senderos y Cumbres", host="senderosycumbres.test", writer="Lucía Berrocal",
        handle="montañera_lu", org="Fundación Senda Verde", commenters=("Andrés Villalba", "Rocío Medrano"), other="Gonzalo Iturbe",
        posted_on="Publicado el", by="por", posted_by="Publicado por", at="en", written_by="Escrito por",
        submitted_by="Enviado por", on="el", says="dice:", said="dijo...", reply="Deja una respuesta", about="Sobre mí",
        recent="Entradas recientes", related="Entradas relacionadas", share="Compartir esto:",
        cookie="Este sitio utiliza cookies. Aceptar", newsletter="Suscríbete a nuestro boletín y no te pierdas nada.",
        starter="Autor del tema", date="5 de mayo de 2026"),
    "it": Lang(
        body=("Siamo partiti dal vecchio mulino alle sette, quando la nebbia copriva ancora i prati e il sentiero lungo il ruscello era fangoso.",
              "La prima salita verso il crinale richiede circa un'ora; a metà strada c'è una panchina con vista su tutta la valle e i campanili.",
              "Dal crinale il sentiero segue il margine del bosco per tre chilometri, ben segnato in bianco e rosso, prima di scendere al lago.",
              "Al lago abbiamo pranzato al piccolo chiosco, aperto nei fine settimana da aprile a ottobre, che serve un'ottima torta di mele.",
              "Il ritorno attraversa il paese e i frutteti; in tutto l'anello misura quattordici chilometri e ci ha richiesto circa cinque ore."),
        title="Un anello sopra il lago", site="Passi e Sentieri", host="passiesentieri.test", writer="Chiara Lombrosi",
        handle="camminatrice", org="Associazione Sentieri Vivi", commenters=("Franco Bellotti", "Giulia Ranieri"), other="Matteo Scalzi",
        posted_on="Pubblicato il", by="da", posted_by="Pubblicato da", at="alle", written_by="Scritto da",
        submitted_by="Inviato da", on="il", says="ha detto:", said="ha detto...", reply="Lascia un commento", about="Chi sono",
        recent="Articoli recenti", related="Articoli correlati", share="Condividi:",
        cookie="Questo sito utilizza i cookie. Accetta", newsletter="Iscriviti alla nostra newsletter per non perdere nulla.",
        starter="Autore discussione", date="5 maggio 2026"),
    "nl": Lang(
        body=("We vertrokken om zeven uur bij de oude molen, toen de mist nog over de weilanden hing en het pad langs de beek zacht was van de regen.",
              "De eerste klim naar de heuvelrug duurt ongeveer een uur; halverwege staat een bankje met uitzicht over het hele dal en de kerktorens.",
              "Vanaf de rug volgt het pad drie kilometer de bosrand, goed gemarkeerd met wit-rode tekens, en daalt dan af naar het meer.",
              "Bij het meer lunchten we bij het kleine kiosk, dat in het weekend van april tot oktober open is en heerlijke appeltaart verkoopt.",
              "De terugweg loopt door het dorp en langs de boomgaarden; de hele ronde is veertien kilometer en duurde ongeveer vijf uur."),
        title="Een rondwandeling boven het meer", site="Wandelkompas", host="wandelkompas.test", writer="Maartje van Dijkhuis",
        handle="wandelmaartje", org="Stichting Groene Paden", commenters=("Joost Verhagen", "Ineke Bosman"), other="Sander Kuipers",
        posted_on="Geplaatst op", by="door", posted_by="Geplaatst door", at="om", written_by="Geschreven door",
        submitted_by="Ingezonden door", on="op", says="zegt:", said="zei...", reply="Geef een reactie", about="Over mij",
        recent="Recente berichten", related="Gerelateerde berichten", share="Delen:",
        cookie="Deze website gebruikt cookies. Accepteren", newsletter="Schrijf je in voor onze nieuwsbrief.",
        starter="Topicstarter", date="5 mei 2026"),
    "pt": Lang(
        body=("Saímos do velho moinho às sete, quando a névoa ainda cobria os prados e o caminho junto ao ribeiro estava mole da chuva da noite.",
              "A primeira subida até à crista leva cerca de uma hora; a meio há um banco com vista sobre todo o vale e as torres das igrejas.",
              "Da crista, o trilho segue a orla da floresta durante três quilómetros, bem marcado a branco e vermelho, antes de descer ao lago.",
              "No lago almoçámos no pequeno quiosque, aberto aos fins de semana de abril a outubro, que vende um excelente bolo de maçã.",
              "O regresso atravessa a aldeia e os pomares; ao todo o percurso circular tem catorze quilómetros e demorou cerca de cinco horas."),
        title="Um percurso circular sobre o lago", site="Trilhos e Serras", host="trilhoseserras.test", writer="Joana Teixeira Lobo",
        handle="caminheira", org="Associação Trilhos Verdes", commenters=("Rui Figueiredo", "Marta Sequeira"), other="Tiago Valadares",
        posted_on="Publicado em", by="por", posted_by="Publicada por", at="à(s)", written_by="Escrito por",
        submitted_by="Enviado por", on="em", says="diz:", said="disse...", reply="Deixe um comentário", about="Sobre mim",
        recent="Posts recentes", related="Posts relacionados", share="Compartilhe isso:",
        cookie="Este site utiliza cookies. Aceitar", newsletter="Subscreva a nossa newsletter e não perca nada.",
        starter="Iniciador do tópico", date="5 de maio de 2026"),
    "pl": Lang(
        body=("Wyruszyliśmy spod starego młyna o siódmej, gdy mgła wciąż leżała nad łąkami, a ścieżka wzdłuż potoku była rozmokła po deszczu.",
              "Pierwsze podejście na grzbiet zajmuje około godziny; w połowie drogi stoi ławka z widokiem na całą dolinę i wieże kościołów.",
              "Z grzbietu szlak biegnie skrajem lasu przez trzy kilometry, dobrze oznakowany na biało-czerwono, a potem schodzi nad jezioro.",
              "Nad jeziorem zjedliśmy obiad w małym kiosku, otwartym w weekendy od kwietnia do października, gdzie sprzedają świetną szarlotkę.",
              "Droga powrotna prowadzi przez wieś i obok sadów; cała pętla ma czternaście kilometrów i zajęła nam około pięciu godzin."),
        title="Pętla nad jeziorem", site="Szlakiem Gór", host="szlakiemgor.test", writer="Agnieszka Wróblewska",
        handle="gorolka", org="Fundacja Zielone Szlaki", commenters=("Tomasz Zieliński", "Ewa Kaczmarek"), other="Paweł Nowicki",
        posted_on="Opublikowano", by="przez", posted_by="Opublikowany przez", at="o", written_by="Napisane przez",
        submitted_by="Przesłane przez", on="w dniu", says="napisał:", said="powiedział...", reply="Dodaj komentarz",
        about="O mnie", recent="Najnowsze wpisy", related="Podobne wpisy", share="Udostępnij:",
        cookie="Ta strona używa plików cookie. Akceptuję", newsletter="Zapisz się do naszego newslettera.",
        starter="Autor wątku", date="5 maja 2026"),
}


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def slug(name: str) -> str:
    return "-".join("".join(ch for ch in w.casefold() if ch.isalnum()) for w in name.split())


def paras(t: Lang) -> str:
    return "".join(f"<p>{p}</p>" for p in t.body)


def url_of(t: Lang, path: str = "2026/05/loop-walk-above-the-lake/") -> str:
    return f"https://{t.host}/{path}"


def shell(t: Lang, lang: str, main: str, *, head: str = "", side: str = "", foot: str = "", body_class: str = "",
          title: str | None = None) -> str:
    """The page around a post: head with og:site_name, a site header with its menu, the main column,
    a sidebar, a cookie banner and the page footer."""
    title = title or t.title
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – {t.site}</title>'
            f'<meta property="og:site_name" content="{t.site}"><meta property="og:title" content="{title}">'
            f'<link rel="canonical" href="{url_of(t)}">{head}</head><body class="{body_class}">'
            f'<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{t.site}</a></p>'
            f'<nav class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/blog/">Blog</a></li>'
            f'</ul></nav></header><div id="content" class="site-content">{main}{side}</div>'
            f'<div id="cookie-notice" class="cookie-banner"><p>{t.cookie}</p></div>{foot}</body></html>')


# ---- the traps every blog prints ----

def wp_comments(t: Lang) -> str:
    items = "".join(
        f'<li id="comment-{i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.test/avatar/{i}" class="avatar avatar-32 photo">'
        f' <b class="fn">{c}</b> <span class="says">{t.says}</span></div><div class="comment-metadata"><a href="#comment-{i}">'
        f'<time datetime="2026-05-06T09:00:00+00:00">{t.date}</time></a></div></footer><div class="comment-content">'
        f'<p>{t.body[i][:60]}…</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div>'
        f'</article></li>' for i, c in enumerate(t.commenters))
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">{items}'
            f'</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{t.reply}</h3>'
            f'<form id="commentform" class="comment-form"><p class="comment-form-author"><label for="author">Name</label>'
            f'<input id="author" name="author"></p></form></div></div>')


def wp_sidebar(t: Lang) -> str:
    return (f'<aside id="secondary" class="widget-area"><section id="text-2" class="widget widget_text">'
            f'<h2 class="widget-title">{t.about}</h2><div class="textwidget"><p><img src="/me.jpg" alt="{t.other}"> '
            f'{t.other} — {t.body[0][:50]}…</p></div></section>'
            f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{t.recent}</h2><ul>'
            f'<li><a href="/2026/04/spring-walk/">A spring walk</a></li><li><a href="/2026/03/the-old-mill/">The old mill</a></li>'
            f'</ul></section><section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">'
            f'<a href="/tag/hiking/" class="tag-cloud-link">hiking</a> <a href="/tag/{slug(t.other)}/" class="tag-cloud-link">'
            f'{t.other}</a></div></section></aside>')


def wp_related(t: Lang) -> str:
    return (f'<div class="related-posts"><h3>{t.related}</h3><ul>'
            f'<li><a href="/2026/04/ridge-walk/">Ridge walk in April</a> <span class="byline">{t.by} '
            f'<a href="/author/{slug(t.other)}/" rel="author">{t.other}</a></span></li></ul></div>')


def wp_share(t: Lang) -> str:
    return (f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">'
            f'{t.share}</h3><div class="sd-content"><ul><li><a class="share-twitter" href="#">X</a></li><li>'
            f'<a class="share-facebook" href="#">Facebook</a></li></ul></div></div></div>')


def wp_newsletter(t: Lang) -> str:
    return (f'<div class="newsletter-box"><h3>Newsletter</h3><p>{t.newsletter}</p><p class="author">{t.other}</p>'
            f'<form><input type="email"></form></div>')


def wp_footer(t: Lang, theme: str = "Pixelhaus Studio") -> str:
    return (f'<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.test/">Proudly powered '
            f'by WordPress</a><span class="sep"> | </span>Theme: Bergsicht by {theme}.</div></footer>')


def _name_link(t: Lang, who: str) -> str:
    return f"/author/{slug(who)}/"


# ---- WordPress themes ----

def wp_classic(t: Lang, lang: str, who: str) -> str:
    """Twenty-Something and the underscores themes: 'Posted on DATE by NAME' (span.byline >
    span.author.vcard > a.url.fn.n)."""
    meta = (f'<div class="entry-meta"><span class="posted-on">{t.posted_on} <a href="{url_of(t)}" rel="bookmark"><time '
            f'class="entry-date published" datetime="2026-05-05T07:44:00+00:00">{t.date}</time></a></span>'
            f'<span class="byline"> {t.by} <span class="author vcard"><a class="url fn n" href="{_name_link(t, who)}">{who}</a>'
            f'</span></span></div>')
    main = (f'<main id="main" class="site-main"><article id="post-12" class="post-12 post type-post status-publish">'
            f'<header class="entry-header"><h1 class="entry-title">{t.title}</h1>{meta}</header>'
            f'<div class="entry-content">{paras(t)}{wp_share(t)}</div><footer class="entry-footer"><span class="cat-links">'
            f'<a href="/category/walks/" rel="category tag">Walks</a></span></footer></article>{wp_related(t)}'
            f'{wp_comments(t)}</main>')
    return shell(t, lang, main, side=wp_sidebar(t), foot=wp_footer(t))


def genesis(t: Lang, lang: str, who: str) -> str:
    """Genesis child themes: p.entry-meta with span.entry-author > a > span.entry-author-name."""
    meta = (f'<p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="2026-05-05T07:44:00+00:00">'
            f'{t.date}</time> {t.by} <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<a href="{_name_link(t, who)}" class="entry-author-link" itemprop="url" rel="author"><span class="entry-author-name" '
            f'itemprop="name">{who}</span></a></span> <span class="entry-comments-link"><a href="#comments">2 Comments</a></span></p>')
    main = (f'<main class="content" id="genesis-content"><article class="post-12 post entry" itemscope '
            f'itemtype="https://schema.org/CreativeWork"><header class="entry-header"><h1 class="entry-title" itemprop="headline">'
            f'{t.title}</h1>{meta}</header><div class="entry-content" itemprop="text">{paras(t)}</div>'
            f'<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: '
            f'<a href="/category/walks/" rel="category tag">Walks</a></span></p></footer></article>{wp_comments(t)}</main>')
    side = (f'<aside class="sidebar sidebar-primary widget-area"><section class="widget user-profile"><div class="widget-wrap">'
            f'<h3 class="widgettitle widget-title">{t.about}</h3><p><span class="alignleft"><img alt="{t.other}" src="/a.jpg">'
            f'</span>{t.other} — {t.body[1][:60]}</p></div></section></aside>')
    return shell(t, lang, main, side=side, foot=wp_footer(t, "StudioPress"))


def astra(t: Lang, lang: str, who: str) -> str:
    """Astra: span.posted-by.vcard.author > a.url.fn.n > span.author-name."""
    meta = (f'<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope '
            f'itemprop="author"> {t.by.capitalize()} <a title="{who}" href="{_name_link(t, who)}" rel="author" class="url fn n" '
            f'itemprop="url"><span class="author-name" itemprop="name">{who}</span></a></span> / <span class="posted-on">'
            f'<span class="published" itemprop="datePublished">{t.date}</span></span></div>')
    main = (f'<div id="primary" class="content-area primary"><main id="main" class="site-main"><article class="post-12 post '
            f'ast-article-single" itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- '
            f'single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{t.title}</h1>{meta}'
            f'</header><div class="entry-content clear" itemprop="text">{paras(t)}</div></div></article>'
            f'<nav class="navigation post-navigation"><div class="nav-links"><a href="/prev/" rel="prev">← Previous Post</a></div>'
            f'</nav>{wp_related(t)}{wp_comments(t)}</main></div>')
    return shell(t, lang, main, side=wp_sidebar(t), foot=wp_footer(t, "Brainstorm Force"))


def generatepress(t: Lang, lang: str, who: str) -> str:
    """GeneratePress: span.byline > span.author.vcard > a.url.fn.n > span.author-name."""
    meta = (f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
            f'datetime="2026-05-05T07:44:00+00:00" itemprop="datePublished">{t.date}</time></span> <span class="byline">'
            f'{t.by} <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>'
            f'<a class="url fn n" href="{_name_link(t, who)}" title="{who}" rel="author" itemprop="url">'
            f'<span class="author-name" itemprop="name">{who}</span></a></span></span></div>')
    main = (f'<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post" '
            f'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header">'
            f'<h1 class="entry-title" itemprop="headline">{t.title}</h1>{meta}</header><div class="entry-content" itemprop="text">'
            f'{paras(t)}</div></div></article>{wp_comments(t)}</main></div>')
    return shell(t, lang, main, side=wp_sidebar(t) + wp_newsletter(t), foot=wp_footer(t, "GeneratePress"))


def oceanwp(t: Lang, lang: str, who: str) -> str:
    """OceanWP: ul.meta > li.meta-author with a screen-reader label 'Post author:'."""
    meta = (f'<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name"><span class="screen-reader-text">'
            f'Post author:</span><i class="icon-user" aria-hidden="true"></i><a href="{_name_link(t, who)}" title="{who}" '
            f'rel="author" itemprop="author" itemscope itemtype="https://schema.org/Person">{who}</a></li>'
            f'<li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Post published:</span>'
            f'<i class="icon-clock" aria-hidden="true"></i>{t.date}</li></ul>')
    main = (f'<div id="primary" class="content-area clr"><div id="content" class="site-content clr"><article class="single-post-'
            f'article blog-entry"><header class="entry-header clr"><h2 class="single-post-title entry-title" itemprop="headline">'
            f'{t.title}</h2></header>{meta}<div class="entry-content clr" itemprop="text">{paras(t)}</div></article>'
            f'<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">'
            f'{t.related}</span></h3><div class="oceanwp-row clr"><article class="related-post"><h3 class="related-post-title">'
            f'<a href="/2026/04/ridge/">Ridge walk</a></h3><time class="published">{t.date}</time></article></div></section>'
            f'{wp_comments(t)}</div></div>')
    return shell(t, lang, main, side=wp_sidebar(t), foot=wp_footer(t, "OceanWP"))


def divi(t: Lang, lang: str, who: str) -> str:
    """Divi: p.post-meta ' by NAME | DATE | Category | 2 comments'."""
    meta = (f'<p class="post-meta"> {t.by} <span class="author vcard"><a href="{_name_link(t, who)}" title="{who}" '
            f'rel="author">{who}</a></span> | <span class="published">{t.date}</span> | <a href="/category/walks/" '
            f'rel="category tag">Walks</a> | <span class="comments-number"><a href="#respond">2 comments</a></span></p>')
    main = (f'<div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">'
            f'<article id="post-12" class="et_pb_post post"><div class="et_post_meta_wrapper"><h1 class="entry-title">{t.title}'
            f'</h1>{meta}</div><div class="entry-content">{paras(t)}</div></article>'
            f'<section id="comment-wrap">{wp_comments(t)}</section></div></div></div></div>')
    foot = ('<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by '
            '<a href="https://elegant.test">Elegant Themes</a> | Powered by <a href="https://wordpress.test">WordPress</a>'
            '</div></div></div></footer>')
    return shell(t, lang, main, side=wp_sidebar(t), foot=foot)


def newspaper(t: Lang, lang: str, who: str) -> str:
    """Newspaper (tagDiv): div.td-post-author-name with 'By' in div.td-author-by; its related
    modules print the same class for their own writers."""
    meta = (f'<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">{t.by.capitalize()}'
            f'</div> <a href="{_name_link(t, who)}">{who}</a><div class="td-author-line"> - </div></div>'
            f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-05-05T07:44:00+00:00">'
            f'{t.date}</time></span><div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div>'
            f'</div>')
    related = ''.join(
        f'<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-thumb"><a href="/r{i}/">'
        f'<img class="entry-thumb" src="/r{i}.jpg" alt=""></a></div><div class="item-details"><h3 class="entry-title td-module-title">'
        f'<a href="/r{i}/">Another walk {i}</a></h3><div class="td-module-meta-info"><span class="td-post-author-name">'
        f'<a href="/author/{slug(t.other)}/">{t.other}</a> <span>-</span> </span></div></div></div>' for i in range(2))
    main = (f'<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content">'
            f'<article class="post type-post"><div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">'
            f'{t.title}</h1>{meta}</header></div><div class="td-post-content tagdiv-type">{paras(t)}</div>'
            f'<footer><div class="td-post-source-tags"></div><div class="td-author-name vcard author" style="display: none">'
            f'<span class="fn"><a href="{_name_link(t, who)}">{who}</a></span></div></footer></article>'
            f'<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-'
            f'item" href="#">{t.related}</a></h4>{related}</div>{wp_comments(t)}</div></div></div>')
    foot = ('<div class="td-sub-footer-container"><div class="td-pb-span5 td-sub-footer-copy">© Newspaper WordPress Theme by '
            'TagDiv</div></div>')
    return shell(t, lang, main, side=wp_sidebar(t), foot=foot)


def jannah(t: Lang, lang: str, who: str) -> str:
    """Jannah (TieLabs): span.meta-author > a.author-name, and an author box 'About the author'."""
    meta = (f'<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars">'
            f'<span class="meta-item meta-author-wrapper"><span class="meta-author-avatar"><a href="{_name_link(t, who)}">'
            f'<img alt="Photo of {who}" class="avatar" src="/av.jpg"></a></span><span class="meta-author"><a href="{_name_link(t, who)}"'
            f' class="author-name tie-icon" title="{who}">{who}</a></span></span></span><span class="date meta-item tie-icon">'
            f'{t.date}</span></div>')
    box = (f'<div class="about-author container-wrapper about-author-1"><div class="author-avatar"><a href="{_name_link(t, who)}">'
           f'<img alt="Photo of {who}" src="/av.jpg"></a></div><div class="author-info"><h3 class="author-name"><a '
           f'href="{_name_link(t, who)}">{who}</a></h3><div class="author-bio">{t.body[4][:80]}</div></div></div>')
    main = (f'<div id="content" class="site-content container"><div class="main-content tie-col-md-8" role="main">'
            f'<article id="the-post" class="container-wrapper post-content"><header class="entry-header-outer"><div '
            f'class="entry-header"><h1 class="post-title entry-title">{t.title}</h1>{meta}</div></header><div class="entry-content '
            f'entry clearfix">{paras(t)}</div></article>{box}<div id="related-posts" class="container-wrapper"><div class="mag-box-'
            f'title the-global-title"><h3>{t.related}</h3></div><div class="related-item"><a href="/r1/" class="post-title">Ridge '
            f'walk</a><div class="post-meta"><span class="meta-author"><a href="/author/{slug(t.other)}/" class="author-name">'
            f'{t.other}</a></span></div></div></div>{wp_comments(t)}</div></div>')
    return shell(t, lang, main, side=wp_sidebar(t), foot=wp_footer(t, "TieLabs"))


def yoast(t: Lang, lang: str, who: str, org: bool = False) -> str:
    """A classic theme page with Yoast's JSON-LD @graph: the article points at its writer by @id
    (a Person, or the site's Organization when the association signs its own blog)."""
    base = f"https://{t.host}/"
    person_id = f"{base}#/schema/person/5f2a9c"
    graph = [
        {"@type": "Article", "@id": url_of(t) + "#article", "isPartOf": {"@id": url_of(t)},
         "author": {"@id": base + "#organization"} if org else {"name": who, "@id": person_id},
         "headline": t.title, "datePublished": "2026-05-05T07:44:00+00:00", "publisher": {"@id": base + "#organization"},
         "inLanguage": lang},
        {"@type": "WebPage", "@id": url_of(t), "url": url_of(t), "name": f"{t.title} - {t.site}", "isPartOf": {"@id": base + "#website"}},
        {"@type": "WebSite", "@id": base + "#website", "url": base, "name": t.site, "publisher": {"@id": base + "#organization"}},
        {"@type": "Organization", "@id": base + "#organization", "name": who if org else t.site, "url": base},
    ]
    if not org:
        graph.append({"@type": "Person", "@id": person_id, "name": who, "image": {"@type": "ImageObject", "caption": who},
                      "url": base + "author/" + slug(who) + "/"})
    head = ld({"@context": "https://schema.org", "@graph": graph}) + f'<meta name="author" content="{who}">'
    meta = (f'<div class="entry-meta"><span class="posted-on">{t.posted_on} <time class="entry-date">{t.date}</time></span>'
            f'<span class="byline"> {t.by} <span class="author vcard"><a class="url fn n" href="{_name_link(t, who)}">{who}</a>'
            f'</span></span></div>')
    main = (f'<main id="main" class="site-main"><article class="post"><header class="entry-header"><h1 class="entry-title">'
            f'{t.title}</h1>{meta}</header><div class="entry-content">{paras(t)}</div></article>{wp_comments(t)}</main>')
    return shell(t, lang, main, head=head, side=wp_sidebar(t), foot=wp_footer(t))


def wp_author_box(t: Lang, lang: str, who: str) -> str:
    """A theme whose only byline is the author box under the post ('About the author' with a bio)."""
    heads = {"en": "About the author", "de": "Über den Autor", "fr": "À propos de l'auteur", "es": "Sobre el autor",
             "it": "Informazioni sull'autore", "nl": "Over de auteur", "pt": "Sobre o autor", "pl": "O autorze"}
    box = (f'<div class="author-box"><h4 class="author-box-title">{heads[lang]}</h4><img alt="{who}" class="avatar" '
           f'src="/av.jpg"><div class="author-box-content"><p class="author-name"><a href="{_name_link(t, who)}" rel="author">'
           f'{who}</a></p><p class="author-bio">{t.body[3][:90]}</p></div></div>')
    main = (f'<main id="main" class="site-main"><article class="post"><header class="entry-header"><h1 class="entry-title">'
            f'{t.title}</h1><div class="entry-meta"><time class="entry-date">{t.date}</time></div></header>'
            f'<div class="entry-content">{paras(t)}</div>{box}</article>{wp_related(t)}{wp_comments(t)}</main>')
    return shell(t, lang, main, side=wp_sidebar(t), foot=wp_footer(t))


# ---- Blogger ----

def blogger(t: Lang, lang: str, who: str) -> str:
    """Blogger's classic layouts: 'Posted by NAME at 10:15' in span.post-author.vcard, the
    comments' 'NAME said...', the sidebar's Profile widget and 'Powered by Blogger'."""
    footer = (f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">'
              f'{t.posted_by} <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="g-profile" '
              f'href="https://www.blogger.test/profile/0123" rel="author" title="author profile"><span itemprop="name">{who}'
              f'</span></a></span></span> <span class="post-timestamp">{t.at} <a class="timestamp-link" href="{url_of(t)}" '
              f'rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" '
              f'title="2026-05-05T10:15:00+02:00">10:15</abbr></a></span> <span class="post-comment-link">'
              f'<a class="comment-link" href="#comments">2 comments</a></span></div></div>')
    comments = "".join(f'<dt class="comment-author" id="c{i}"><a href="https://www.blogger.test/profile/9{i}" rel="nofollow">{c}</a> '
                       f'{t.said}</dt><dd class="comment-body"><p>{t.body[i][:70]}</p></dd>'
                       f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c{i}">05/05/2026 11:02</a></span></dd>'
                       for i, c in enumerate(t.commenters))
    main = (f'<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main">'
            f'<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header">'
            f'<span>{t.date}</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost" '
            f'itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title entry-title" itemprop="name">{t.title}</h3>'
            f'<div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content" '
            f'itemprop="description articleBody">{"<br><br>".join(t.body)}<div style="clear: both;"></div></div>{footer}</div>'
            f'<div class="comments" id="comments"><h4>2 comments:</h4><div id="comments-block"><dl>{comments}</dl></div>'
            f'<p class="comment-footer"><a href="#">Post a Comment</a></p></div></div></div></div></div></div></div></div></div></div>')
    side = (f'<div class="column-right-inner"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" '
            f'id="Profile1"><h2>{t.about}</h2><div class="widget-content"><a href="https://www.blogger.test/profile/0999">'
            f'<img class="profile-img" alt="My photo" src="/p.jpg"></a><dl class="profile-datablock"><dt class="profile-data">'
            f'<a class="profile-name-link g-profile" href="https://www.blogger.test/profile/0999" rel="author">{t.other}</a></dt>'
            f'</dl><a class="profile-link" href="https://www.blogger.test/profile/0999" rel="author">View my complete profile</a>'
            f'</div></div><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2></div></div></div>')
    foot = ('<div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" '
            'style="text-align: center;">Simple theme. Theme images by <a href="https://www.istock.test/x">Jorn Vestergaard</a>. '
            'Powered by <a href="https://www.blogger.test">Blogger</a>.</div></div></div>')
    return shell(t, lang, main, side=side, foot=foot, body_class="loading")


# ---- hosted platforms ----

def ghost(t: Lang, lang: str, who: str) -> str:
    """Ghost (Casper): div.article-byline with h4.author-name; read-more cards name other writers."""
    head = ld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": t.site},
               "author": {"@type": "Person", "name": who, "url": f"https://{t.host}/author/{slug(who)}/", "sameAs": []},
               "headline": t.title, "url": url_of(t), "datePublished": "2026-05-05T07:44:00.000Z"})
    main = (f'<main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas">'
            f'<h1 class="article-title">{t.title}</h1><div class="article-byline"><section class="article-byline-content">'
            f'<ul class="author-list"><li class="author-list-item"><a href="/author/{slug(who)}/" class="author-avatar">'
            f'<img class="author-profile-image" src="/a.jpg" alt="{who}"></a></li></ul><div class="article-byline-meta">'
            f'<h4 class="author-name"><a href="/author/{slug(who)}/">{who}</a></h4><div class="byline-meta-content">'
            f'<time class="byline-meta-date" datetime="2026-05-05">{t.date}</time><span class="byline-reading-time">'
            f'<span class="bull">•</span> 4 min read</span></div></div></section></div></header><section class="gh-content '
            f'gh-canvas">{paras(t)}</section></article></main>'
            f'<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-'
            f'image-link" href="/ridge/"><img class="post-card-image" src="/r.jpg" alt=""></a><div class="post-card-content">'
            f'<a class="post-card-content-link" href="/ridge/"><header class="post-card-header"><h2 class="post-card-title">Ridge '
            f'walk</h2></header></a><footer class="post-card-meta"><span class="post-card-author">{t.other}</span>'
            f'<time class="post-card-meta-date">{t.date}</time></footer></div></article></div></aside>')
    foot = (f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{t.site}</a> © 2026'
            f'</section><div class="gh-powered-by"><a href="https://ghost.test/">Powered by Ghost</a></div></div></footer>'
            f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">{t.newsletter}</h2></div></section>')
    return shell(t, lang, main, head=head, foot=foot)


def medium(t: Lang, lang: str, who: str) -> str:
    """Medium: hashed classes, the writer in meta author, JSON-LD and an '@handle' link; 'Written
    by', 'More from' and 'Recommended from Medium' cards with other writers; responses."""
    head = (f'<meta name="author" content="{who}"><meta property="article:author" content="https://medium.test/@{slug(who)}">'
            + ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": t.title, "url": url_of(t),
                  "author": {"@type": "Person", "name": who, "url": f"https://medium.test/@{slug(who)}"}, "creator": [who],
                  "publisher": {"@type": "Organization", "name": t.site}}))
    main = (f'<div class="l c"><article><div class="l"><section><div class="fr fs ft"><h1 class="pw-post-title gf gg gh be gi">'
            f'{t.title}</h1><div class="speechify-ignore ab cp"><div class="ab q"><a rel="noopener follow" '
            f'href="/@{slug(who)}?source=post_page-----"><p class="be b bf z jy jz ka kb kc kd ke kf bj">{who}</p></a>'
            f'<span class="jd je"><span> · </span></span><button class="be b bf z kg">Follow</button></div><div class="ab q">'
            f'<span class="pw-reading-time">4 min read</span><span> · </span><span>{t.date}</span></div></div>'
            f'{paras(t)}</div></section></div></article>'
            f'<div class="jf ab"><h2 class="be lx">Written by {who}</h2><p>120 Followers</p></div>'
            f'<div class="ab"><h2 class="be">Recommended from Medium</h2><div class="ab"><a href="/@{slug(t.other)}"><p class="be b">'
            f'{t.other}</p></a><a href="/ridge-walk-1"><h2>Ridge walk</h2></a></div></div>'
            f'<div class="ab"><h2>Responses (2)</h2>' + "".join(
                f'<div class="ab"><a href="/@{slug(c)}"><p class="be b">{c}</p></a><p>{t.body[i][:60]}</p></div>'
                for i, c in enumerate(t.commenters)) + '</div></div>')
    return shell(t, lang, main, head=head)


def substack(t: Lang, lang: str, who: str) -> str:
    """Substack: the writer linked to her profile in div.post-meta, JSON-LD author list, a
    subscribe box and comments."""
    head = (f'<meta name="author" content="{who}">'
            + ld({"@context": "https://schema.org", "@type": "NewsArticle", "url": url_of(t), "headline": t.title,
                  "author": [{"@type": "Person", "name": who, "url": f"https://substack.test/@{slug(who)}"}],
                  "publisher": {"@type": "Organization", "name": t.site, "url": f"https://{t.host}"}}))
    main = (f'<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography '
            f'newsletter-post post"><div class="post-header"><h1 class="post-title published">{t.title}</h1>'
            f'<h3 class="subtitle">{t.body[0][:50]}</h3><div class="post-meta"><div class="pencraft pc-display-flex">'
            f'<div class="profile-hover-card-target"><a href="https://substack.test/@{slug(who)}" class="pencraft frontend-'
            f'pencraft-Text-module__decoration-hover-underline">{who}</a></div><div class="pencraft pc-reset color-pub-secondary">'
            f'May 05, 2026</div></div></div></div><div class="available-content"><div class="body markup">{paras(t)}</div></div>'
            f'<div class="subscribe-widget"><p>{t.newsletter}</p><p class="subscribe-author">Subscribe to {t.site} by {t.other}</p>'
            f'</div></article><div class="comments-page"><h4>Discussion about this post</h4>' + "".join(
                f'<div class="comment"><div class="comment-meta"><a class="comment-author" href="/@{slug(c)}">{c}</a>'
                f'<span>May 6</span></div><div class="comment-body"><p>{t.body[i][:60]}</p></div></div>'
                for i, c in enumerate(t.commenters)) + '</div></div></div></div>')
    return shell(t, lang, main, head=head)


def squarespace(t: Lang, lang: str, who: str) -> str:
    """Squarespace: div.blog-author-name linked to '?author=…', microdata meta author."""
    main = (f'<main id="page" class="container" role="main"><article class="sections" itemscope '
            f'itemtype="http://schema.org/BlogPosting"><meta itemprop="headline" content="{t.title}"><meta itemprop="author" '
            f'content="{who}"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><h1 class="entry-title">{t.title}'
            f'</h1><div class="blog-item-meta-wrapper"><div class="blog-item-author-date-wrapper"><div class="blog-author-name">'
            f'<a href="/blog?author=5f1e2d3c4b5a6978">{who}</a></div><div class="blog-date"><time class="date-published">'
            f'{t.date}</time></div></div></div></div><div class="blog-item-content-wrapper"><div class="blog-item-content '
            f'e-content"><div class="sqs-block html-block"><div class="sqs-block-content">{paras(t)}</div></div></div></div>'
            f'<section class="item-pagination"><a href="/blog/ridge" class="item-pagination-link--next"><div class="pagination-'
            f'title-wrapper"><h2 class="pagination-title">Ridge walk</h2></div></a></section></div></article></main>')
    foot = (f'<footer class="sections" id="footer-sections"><div class="sqs-block html-block"><p>{t.newsletter}</p>'
            f'<p>Website by Pixelhaus Studio</p></div></footer>')
    return shell(t, lang, main, foot=foot)


def wix(t: Lang, lang: str, who: str) -> str:
    """Wix Blog: data-hook="user-name" and JSON-LD BlogPosting."""
    head = ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": t.title, "url": url_of(t),
               "author": {"@type": "Person", "name": who, "url": f"https://{t.host}/profile/{slug(who)}/profile"},
               "publisher": {"@type": "Organization", "name": t.site}, "datePublished": "2026-05-05T07:44:00.000Z"})
    main = (f'<div id="SITE_CONTAINER"><main id="PAGES_CONTAINER"><article data-hook="post"><div data-hook="post-header">'
            f'<div class="avatar"><img alt="{who}" src="/u.jpg"></div><span data-hook="user-name" class="tQ0Q1A user-name">{who}'
            f'</span><span data-hook="time-ago" class="post-metadata__date">{t.date}</span><span data-hook="time-to-read">2 min read'
            f'</span></div><h1 data-hook="post-title" class="blog-post-title-font">{t.title}</h1><div data-hook="post-description">'
            f'<div class="post-content__body">{paras(t)}</div></div></article><section data-hook="recent-posts"><h2>{t.recent}</h2>'
            f'<div data-hook="post-list-item"><span data-hook="user-name">{t.other}</span><a href="/post/ridge">Ridge walk</a>'
            f'</div></section></main></div>')
    return shell(t, lang, main, head=head)


def tumblr(t: Lang, lang: str, who: str) -> str:
    """Tumblr: the blog's handle in the header and a 'posted by' line; the notes name other blogs."""
    main = (f'<div id="page"><header><h1 class="blog-title"><a href="/">{t.site}</a></h1></header><section id="posts">'
            f'<article class="post text"><div class="post-content"><h2 class="title">{t.title}</h2><div class="body-text">{paras(t)}'
            f'</div></div><footer class="post-footer"><div class="post-meta"><a class="post-author" href="https://{slug(who)}.tumblr'
            f'.test/">{who}</a> · <a href="{url_of(t)}" class="post-date">{t.date}</a> · <a href="#notes">3 notes</a></div>'
            f'</footer></article><ol class="notes"><li class="note like"><a href="https://x.tumblr.test" class="tumblelog">'
            f'{slug(t.commenters[0])}</a> likes this</li><li class="note reblog"><a class="tumblelog">{slug(t.commenters[1])}</a> '
            f'reblogged this from <a>{slug(who)}</a></li></ol></section></div>')
    return shell(t, lang, main)


def hugo_papermod(t: Lang, lang: str, who: str) -> str:
    """Hugo PaperMod: div.post-meta 'DATE · 4 min · NAME' and meta author."""
    head = f'<meta name="author" content="{who}">'
    main = (f'<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">'
            f'<a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">'
            f'{t.title}</h1><div class="post-meta"><span title="2026-05-05 07:44:00 +0000 UTC">{t.date}</span>&nbsp;·&nbsp;4 min'
            f'&nbsp;·&nbsp;{who}</div></header><div class="post-content">{paras(t)}</div><footer class="post-footer">'
            f'<ul class="post-tags"><li><a href="/tags/hiking/">Hiking</a></li></ul></footer></article></main>')
    foot = ('<footer class="footer"><span>© 2026 <a href="/">Trail</a></span> · <span>Powered by <a href="https://gohugo.test/">Hugo'
            '</a> &amp; <a href="https://github.test/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>')
    return shell(t, lang, main, head=head, foot=foot)


def jekyll_minima(t: Lang, lang: str, who: str) -> str:
    """Jekyll minima: p.post-meta with span.p-author.h-card, jekyll-seo-tag JSON-LD; the
    footer's contact list names the site's owner."""
    head = (f'<meta name="author" content="{who}">' + ld({"@context": "https://schema.org", "@type": "BlogPosting",
                                                         "author": {"@type": "Person", "name": who}, "headline": t.title,
                                                         "url": url_of(t), "datePublished": "2026-05-05T07:44:00+00:00"}))
    main = (f'<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope '
            f'itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name" '
            f'itemprop="name headline">{t.title}</h1><p class="post-meta"><time class="dt-published" datetime="2026-05-05T07:44:00+00:00"'
            f' itemprop="datePublished">{t.date}</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<span class="p-author h-card" itemprop="name">{who}</span></span></p></header><div class="post-content e-content" '
            f'itemprop="articleBody">{paras(t)}</div></article></div></main>')
    foot = (f'<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">'
            f'{t.site}</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li '
            f'class="p-name">{t.site}</li><li><a class="u-email" href="mailto:hello@{t.host}">hello@{t.host}</a></li></ul></div>'
            f'</div></div></footer>')
    return shell(t, lang, main, head=head, foot=foot)


# ---- CMS ----

def joomla(t: Lang, lang: str, who: str) -> str:
    """Joomla 3/4: dl.article-info with dd.createdby 'Written by NAME', hits and category."""
    info = (f'<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" '
            f'itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>'
            f'{t.written_by}: <span itemprop="name">{who}</span></dd><dd class="category-name"><span class="icon-folder-open">'
            f'</span>Category: <a href="/walks" itemprop="genre">Walks</a></dd><dd class="published"><span class="icon-calendar">'
            f'</span><time datetime="2026-05-05T07:44:00+00:00" itemprop="datePublished">{t.date}</time></dd><dd class="hits">'
            f'<span class="icon-eye"></span><meta itemprop="interactionCount" content="UserPageVisits:214">Hits: 214</dd></dl>')
    main = (f'<main id="content" role="main" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article">'
            f'<div class="page-header"><h2 itemprop="headline">{t.title}</h2></div>{info}<div itemprop="articleBody">{paras(t)}'
            f'</div><ul class="pager pagenav"><li class="previous"><a href="/prev" rel="prev">Prev</a></li></ul></div></main>')
    side = (f'<div id="aside" class="span3"><div class="moduletable"><h3>{t.recent}</h3><ul class="latestnews mod-list"><li>'
            f'<a href="/ridge">Ridge walk</a></li></ul></div><div class="moduletable"><h3>Login Form</h3><form><label>Username'
            f'</label><input name="username"></form></div></div>')
    foot = ('<footer class="footer" role="contentinfo"><p class="pull-right"><a href="#top">Back to Top</a></p>'
            '<p>Powered by Joomla!</p></footer>')
    return shell(t, lang, main, side=side, foot=foot)


def k2(t: Lang, lang: str, who: str) -> str:
    """Joomla K2: span.itemAuthor 'Written by NAME', the author block and 'Latest from NAME'."""
    main = (f'<div id="k2Container" class="itemView"><div class="itemHeader"><span class="itemDateCreated">{t.date}</span>'
            f'<h2 class="itemTitle">{t.title}</h2><span class="itemAuthor">{t.written_by} <a rel="author" href="/author/{slug(who)}">'
            f'{who}</a></span></div><div class="itemBody"><div class="itemFullText">{paras(t)}</div></div>'
            f'<div class="itemAuthorBlock"><img class="itemAuthorAvatar" src="/a.jpg" alt="{who}"><div class="itemAuthorDetails">'
            f'<h3 class="itemAuthorName"><a rel="author" href="/author/{slug(who)}">{who}</a></h3><p>{t.body[4][:80]}</p></div></div>'
            f'<div class="itemAuthorLatest"><h3>Latest from {who}</h3><ul><li><a href="/ridge">Ridge walk</a></li></ul></div>'
            f'<div class="itemComments"><ul class="itemCommentsList">' + "".join(
                f'<li class="even"><span class="commentDate">{t.date}</span><span class="commentAuthorName"> posted by '
                f'<a href="#" rel="nofollow">{c}</a></span><p>{t.body[i][:60]}</p></li>' for i, c in enumerate(t.commenters))
            + '</ul></div></div>')
    return shell(t, lang, main)


def drupal(t: Lang, lang: str, who: str) -> str:
    """Drupal 8+ (Bartik/Olivero): 'Submitted by NAME on DATE' with span.field--name-uid; comments
    with their usernames."""
    meta = (f'<footer class="node__meta"><div class="node__submitted">{t.submitted_by} <span class="field field--name-uid '
            f'field--type-entity-reference field--label-hidden"><span lang="" about="/user/12" typeof="schema:Person" '
            f'property="schema:name" datatype="">{who}</span></span> {t.on} <span class="field field--name-created '
            f'field--type-created field--label-hidden">Tue, 05/05/2026 - 10:15</span></div></footer>')
    comments = "".join(
        f'<article class="comment js-comment"><footer class="comment__meta"><p class="comment__author"><span lang="" about="/user/'
        f'{40 + i}" typeof="schema:Person" property="schema:name" datatype="">{c}</span></p><p class="comment__time">'
        f'Wed, 05/06/2026 - 09:{i}0</p></footer><div class="content"><p>{t.body[i][:60]}</p></div></article>'
        for i, c in enumerate(t.commenters))
    main = (f'<main role="main"><div class="layout-content"><div class="region region-content"><article role="article" '
            f'about="/node/34" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field '
            f'field--name-title">{t.title}</span></h1>{meta}<div class="node__content"><div class="clearfix text-formatted field '
            f'field--name-body field--type-text-with-summary field--label-hidden field__item">{paras(t)}</div>'
            f'<section class="field field--name-comment comments"><h2>Comments</h2>{comments}</section></div></article></div></div>'
            f'</main>')
    side = ('<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><div '
            'class="block block-user block-user-login-block"><h2>User login</h2></div></div></aside>')
    foot = ('<footer class="site-footer"><div class="region region-footer"><div class="block block-system '
            'block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.test">Drupal</a></span></div></div></footer>')
    return shell(t, lang, main, side=side, foot=foot)


def drupal_field_author(t: Lang, lang: str, who: str) -> str:
    """Drupal with an author field (field--name-field-author, an inline label) besides the
    account that submitted the node."""
    labels = {"en": "Author", "de": "Autor", "fr": "Auteur", "es": "Autor", "it": "Autore", "nl": "Auteur", "pt": "Autor",
              "pl": "Autor"}
    main = (f'<main role="main"><article class="node node--type-article node--view-mode-full"><h1 class="page-title">{t.title}'
            f'</h1><div class="node__content"><div class="field field--name-field-author field--type-string field--label-inline">'
            f'<div class="field__label">{labels[lang]}</div><div class="field__item">{who}</div></div><div class="field '
            f'field--name-field-date"><div class="field__item">05/05/2026</div></div><div class="field field--name-body">{paras(t)}'
            f'</div><div class="field field--name-field-tags field--label-above"><div class="field__label">Tags</div><div '
            f'class="field__items"><div class="field__item"><a href="/taxonomy/term/3">{t.other}</a></div></div></div></div>'
            f'</article></main>')
    return shell(t, lang, main)


def typo3_news(t: Lang, lang: str, who: str) -> str:
    """TYPO3 news (georgringer/news): the detail view's span.news-list-author 'von NAME' and
    the related news list."""
    main = (f'<main><div class="news news-single"><div class="article" itemscope="itemscope" '
            f'itemtype="http://schema.org/Article"><div class="header"><h3 itemprop="headline">{t.title}</h3></div>'
            f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2026-05-05">05.05.2026'
            f'</time></span><span class="news-list-author" itemprop="author" itemscope="itemscope" '
            f'itemtype="http://schema.org/Person">{t.by} <span itemprop="name">{who}</span></span></p></div>'
            f'<div class="news-text-wrap" itemprop="articleBody">{paras(t)}</div><div class="news-related-wrap">'
            f'<div class="news-related news-related-news"><h4>{t.related}</h4><ul><li><span class="news-related-news-date">'
            f'01.04.2026</span><a href="/news/ridge">Ridge walk</a></li></ul></div></div></div></div></main>')
    return shell(t, lang, main)


# ---- forums: the thread starter is the author, the repliers are not ----

def phpbb(t: Lang, lang: str, who: str) -> str:
    """phpBB (prosilver): each post's p.author 'by HANDLE » DATE' and dl.postprofile."""
    def post(i: int, user: str, text: str, title: str) -> str:
        return (f'<div id="p{100 + i}" class="post has-profile bg{2 - i % 2}"><div class="inner"><dl class="postprofile" '
                f'id="profile{100 + i}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u={5 + i}"'
                f' class="username">{user}</a></dt><dd class="profile-rank">Member</dd><dd class="profile-posts"><strong>Posts:'
                f'</strong> {12 + i}</dd></dl><div class="postbody"><div id="post_content{100 + i}"><h3 class="first"><a '
                f'href="#p{100 + i}">{title}</a></h3><p class="author"><a class="unread" href="./viewtopic.php?p={100 + i}#p{100 + i}"'
                f' title="Post"><span class="sr-only">Post</span></a><span class="responsive-hide">{t.by} <strong><a '
                f'href="./memberlist.php?mode=viewprofile&amp;u={5 + i}" class="username">{user}</a></strong> » </span><time '
                f'datetime="2026-05-05T08:15:00+00:00">Tue May 05, 2026 8:{15 + i} am</time></p><div class="content">{text}</div>'
                f'</div></div></div></div><hr class="divider">')
    posts = post(0, who, "<br><br>".join(t.body), t.title) + "".join(
        post(i + 1, c, t.body[i][:90], "Re: " + t.title) for i, c in enumerate(t.commenters))
    main = (f'<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=7">{t.title}'
            f'</a></h2><div class="action-bar bar-top"><div class="pagination">3 posts • Page <strong>1</strong> of '
            f'<strong>1</strong></div></div>{posts}</div>')
    foot = ('<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a '
            'href="https://www.phpbb.test/">phpBB</a>® Forum Software © phpBB Limited</div></div>')
    return shell(t, lang, main, foot=foot, title=f"{t.title} - {t.site}")


def vbulletin(t: Lang, lang: str, who: str) -> str:
    """vBulletin 4: li.postcontainer with a.username in div.userinfo; a reply quotes the starter
    ('Originally Posted by HANDLE')."""
    def post(i: int, user: str, text: str) -> str:
        return (f'<li class="postbitlegacy postbitim postcontainer old" id="post_{200 + i}"><div class="posthead"><span '
                f'class="postdate old"><span class="date">05-05-2026,&nbsp;<span class="time">08:{15 + i} AM</span></span></span>'
                f'<span class="nodecontrols"><a name="post{200 + i}" href="#post{200 + i}" class="postcounter">#{i + 1}</a></span>'
                f'</div><div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu '
                f'memberaction"><a class="username offline popupctrl" href="member.php?u={5 + i}" title="{user} is offline">'
                f'<strong>{user}</strong></a></div></div><span class="usertitle">Junior Member</span><dl class="userinfo_extra">'
                f'<dt>Join Date</dt><dd>Jan 2024</dd><dt>Posts</dt><dd>{12 + i}</dd></dl></div><div class="postbody"><div '
                f'class="postrow"><div class="content"><div id="post_message_{200 + i}"><blockquote class="postcontent restore">'
                f'{text}</blockquote></div></div></div></div></div></li>')
    quote = (f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_postedby">'
             f'Originally Posted by <strong>{who}</strong></div><div class="message">{t.body[0][:60]}</div></div></div></div>')
    posts = post(0, who, "<br><br>".join(t.body)) + "".join(
        post(i + 1, c, (quote if i == 0 else "") + t.body[i + 1][:90]) for i, c in enumerate(t.commenters))
    main = (f'<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?7" title="Reload this Page">'
            f'{t.title}</a></span></h1></div><div id="postlist" class="postlist restrain"><ol id="posts" class="posts">{posts}</ol>'
            f'</div>')
    foot = '<div id="footer_copyright" class="shade footer_copyright">Powered by vBulletin® Version 4.2.5</div>'
    return shell(t, lang, main, foot=foot, title=f"{t.title}")


def xenforo(t: Lang, lang: str, who: str) -> str:
    """XenForo 2: the thread's 'Thread starter HANDLE' line, article.message[data-author] posts,
    and JSON-LD DiscussionForumPosting whose comments name the repliers."""
    def post(i: int, user: str, text: str) -> str:
        return (f'<article class="message message--post js-post" data-author="{user}" data-content="post-{300 + i}" '
                f'id="js-post-{300 + i}"><div class="message-inner"><div class="message-cell message-cell--user"><section '
                f'class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar">'
                f'<a href="/members/{slug(user)}.{5 + i}/" class="avatar avatar--m"><img alt="{user}" src="/d/{i}.jpg"></a></div>'
                f'<div class="message-userDetails"><h4 class="message-name"><a href="/members/{slug(user)}.{5 + i}/" '
                f'class="username" dir="auto" itemprop="name">{user}</a></h4><h5 class="userTitle message-userTitle" '
                f'itemprop="jobTitle">Well-known member</h5></div></section></div><div class="message-cell message-cell--main">'
                f'<div class="message-main"><header class="message-attribution message-attribution--split"><ul class="message-'
                f'attribution-main listInline"><li class="u-concealed"><a href="/threads/loop.7/post-{300 + i}"><time class="u-dt" '
                f'datetime="2026-05-05T08:15:00+0100">{t.date}</time></a></li></ul></header><div class="message-content"><div '
                f'class="message-userContent" data-lb-id="post-{300 + i}"><article class="message-body"><div class="bbWrapper">'
                f'{text}</div></article></div></div></div></div></div></article>')
    head = ld({"@context": "https://schema.org", "@type": "DiscussionForumPosting", "@id": url_of(t), "headline": t.title,
               "articleBody": t.body[0], "author": {"@type": "Person", "name": who}, "datePublished": "2026-05-05T08:15:00+01:00",
               "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": c}, "text": t.body[1][:40]}
                           for c in t.commenters]})
    posts = post(0, who, "<br><br>".join(t.body)) + "".join(post(i + 1, c, t.body[i][:90]) for i, c in enumerate(t.commenters))
    main = (f'<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">{t.title}</h1></div><div '
            f'class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" '
            f'title="{t.starter}"></i><span class="u-srOnly">{t.starter}</span> <a href="/members/{slug(who)}.5/" class="username '
            f'u-concealed" dir="auto">{who}</a></li><li><i class="fa--xf far fa-clock"></i><span class="u-srOnly">Start date</span>'
            f' <a href="/threads/loop.7/"><time class="u-dt">{t.date}</time></a></li></ul></div></div><div class="p-body-main">'
            f'<div class="p-body-content"><div class="block block--messages"><div class="block-body js-replyNewMessage'
            f'Container">{posts}</div></div></div></div>')
    foot = '<footer class="p-footer"><div class="p-footer-copyright">Community platform by XenForo® © 2010-2026 XenForo Ltd.</div></footer>'
    return shell(t, lang, main, head=head, foot=foot)


def discourse(t: Lang, lang: str, who: str) -> str:
    """Discourse's crawler view: span.creator[itemprop=author] per post, the first a
    DiscussionForumPosting, the replies schema.org Comments."""
    def meta(i: int, user: str) -> str:
        return (f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope '
                f'itemtype="http://schema.org/Person"><a itemprop="url" href="https://{t.host}/u/{slug(user)}"><span '
                f'itemprop="name">{user}</span></a></span><span class="crawler-post-infos"><time itemprop="datePublished" '
                f'datetime="2026-05-05T08:1{i}:00Z" class="post-time">{t.date}, 8:1{i}am</time><meta itemprop="position" '
                f'content="{i + 1}"></span></div>')
    first = (f'<div itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post"><meta '
             f'itemprop="headline" content="{t.title}">{meta(0, who)}<div class="post" itemprop="text">{paras(t)}</div></div>')
    replies = "".join(
        f'<div id="post_{i + 2}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">'
        f'{meta(i + 1, c)}<div class="post" itemprop="text"><p>{t.body[i][:90]}</p></div></div>'
        for i, c in enumerate(t.commenters))
    main = (f'<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/loop/7">{t.title}</a></h1>'
            f'</div>{first}{replies}</div>')
    foot = ('<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li></ul></nav></footer>'
            '<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.test">Discourse</a>, best viewed with '
            'JavaScript enabled</p></div>')
    return shell(t, lang, main, foot=foot)


# ---- the cases ----

BLOGS = {f.__name__: f for f in (wp_classic, genesis, astra, generatepress, oceanwp, divi, newspaper, jannah, yoast,
                                  wp_author_box, blogger, ghost, medium, substack, squarespace, wix, tumblr, hugo_papermod,
                                  jekyll_minima, joomla, k2, drupal, drupal_field_author, typo3_news)}
FORUMS = {f.__name__: f for f in (phpbb, vbulletin, xenforo, discourse)}
# The platforms whose byline an organisation signs with its name: the company's, the
# association's blog.
ORG_SIGNED = ("wp_classic", "genesis", "astra", "generatepress", "divi", "jannah", "joomla", "drupal_field_author",
              "typo3_news", "squarespace")

Case = tuple[str, str, str, list[str], list[str]]


def cases() -> list[Case]:
    out: list[Case] = []
    for lang in LANGS:
        t = L[lang]
        for name, fn in BLOGS.items():
            out.append((f"{name}-{lang}-person", fn(t, lang, t.writer), url_of(t), [t.writer], []))
        for name, fn in FORUMS.items():
            out.append((f"{name}-{lang}-handle", fn(t, lang, t.handle), url_of(t), [t.handle], []))
        for name in ("wp_classic", "blogger", "hugo_papermod", "drupal"):
            out.append((f"{name}-{lang}-handle", BLOGS[name](t, lang, t.handle), url_of(t), [t.handle], []))
        for name in ORG_SIGNED:
            out.append((f"{name}-{lang}-org", BLOGS[name](t, lang, t.org), url_of(t), [], [t.org]))
        out.append((f"yoast-{lang}-org-graph", yoast(t, lang, t.org, org=True), url_of(t), [], [t.org]))
    return out


CASES = cases()


# ---- more byline forms and traps on the same themes ----

FIRST_NAMES = {"en": "Rowan", "de": "Katrin", "fr": "Élodie", "es": "Lucía", "it": "Chiara", "nl": "Maartje", "pt": "Joana",
               "pl": "Agnieszka"}
TEAMS = {"en": "Greenway Team", "de": "Wanderglück Redaktion", "fr": "L'équipe Carnets de Rando",
         "es": "Equipo Senderos y Cumbres", "it": "Redazione Passi e Sentieri", "nl": "Redactie Wandelkompas",
         "pt": "Equipe Trilhos e Serras", "pl": "Redakcja Szlakiem Gór"}
GUEST = {"en": "Guest post by", "de": "Ein Gastbeitrag von", "fr": "Un article invité de", "es": "Un artículo invitado de",
         "it": "Articolo ospite di", "nl": "Gastblog door", "pt": "Artigo convidado de", "pl": "Wpis gościnny autorstwa"}


def plain_theme(t: Lang, lang: str, who: str) -> str:
    """A theme with no byline class at all: 'Posted on DATE by NAME' as a paragraph under the title."""
    main = (f'<main><article><h1>{t.title}</h1><p>{t.posted_on} {t.date} {t.by} <a href="/author/{slug(who)}/">{who}</a></p>'
            f'{paras(t)}</article>{wp_comments(t)}</main>')
    return shell(t, lang, main, side=wp_sidebar(t), foot=wp_footer(t))


def recent_by_widget(t: Lang, lang: str, who: str) -> str:
    """The classic theme with a sidebar 'Recent posts by OTHER' list and gravatars whose alt names
    the commenters."""
    side = (f'<aside class="widget-area"><section class="widget widget_author_posts"><h2 class="widget-title">{t.recent}: '
            f'{t.other}</h2><ul><li><a href="/ridge/">Ridge walk</a> <span class="post-author">{t.by} {t.other}</span></li>'
            f'</ul></section></aside>')
    html = wp_classic(t, lang, who).replace('alt="" src="https://secure.gravatar.test/avatar/0"',
                                            f'alt="Avatar of {t.commenters[0]}" src="https://secure.gravatar.test/avatar/0"')
    return html.replace("</main>", "</main>" + side, 1)


def jsonld_org_author(t: Lang, lang: str, who: str) -> str:
    """An association's own blog: JSON-LD BlogPosting whose author is an Organization, no visible byline."""
    head = ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": t.title, "url": url_of(t),
               "author": {"@type": "Organization", "name": who, "url": f"https://{t.host}/"},
               "publisher": {"@type": "Organization", "name": t.site}})
    main = f'<main><article class="post"><h1 class="entry-title">{t.title}</h1>{paras(t)}</article>{wp_comments(t)}</main>'
    return shell(t, lang, main, head=head, side=wp_sidebar(t), foot=wp_footer(t))


def guest_post(t: Lang, lang: str, who: str) -> str:
    """A guest post on a personal blog: the owner in the meta tag and the sidebar, the guest named
    in the post's first line."""
    head = f'<meta name="author" content="{t.other}">'
    main = (f'<main><article class="post"><h1 class="entry-title">{t.title}</h1><div class="entry-content"><p><em>'
            f'{GUEST[lang]} {who}</em></p>{paras(t)}</div></article>{wp_comments(t)}</main>')
    return shell(t, lang, main, head=head, side=wp_sidebar(t), foot=wp_footer(t))


def head_rel_author(t: Lang, lang: str, who: str) -> str:
    """The classic theme with the old Google+ '<link rel="author">' in the head and an RDFa
    dc:creator span around the writer's name."""
    html = wp_classic(t, lang, who).replace(f'>{who}</a></span></span>',
                                            f'><span property="dc:creator">{who}</span></a></span></span>', 1)
    return html.replace("</head>", '<link rel="author" href="https://plus.google.test/1098765">'
                                   '<link rel="publisher" href="https://plus.google.test/2098765"></head>', 1)


def extra_cases() -> list[Case]:
    out: list[Case] = []
    for lang in LANGS:
        t = L[lang]
        first = FIRST_NAMES[lang]
        for name in ("wp_classic", "blogger", "ghost", "genesis", "squarespace", "wp_author_box", "k2", "jekyll_minima"):
            out.append((f"{name}-{lang}-first-name", BLOGS[name](t, lang, first), url_of(t), [first], []))
        for name in ("wp_author_box", "yoast", "genesis", "substack", "wix", "k2", "typo3_news", "joomla"):
            out.append((f"{name}-{lang}-handle", BLOGS[name](t, lang, t.handle), url_of(t), [t.handle], []))
        for name in ("wp_classic", "joomla", "drupal_field_author"):
            # the desk as credited, without its leading article ('The Example Team' → 'Example Team')
            desk = TEAMS[lang].removeprefix("The ")
            out.append((f"{name}-{lang}-team", BLOGS[name](t, lang, TEAMS[lang]), url_of(t), [], [desk]))
        out.append((f"plain_theme-{lang}-person", plain_theme(t, lang, t.writer), url_of(t), [t.writer], []))
        out.append((f"recent_by_widget-{lang}-person", recent_by_widget(t, lang, t.writer), url_of(t), [t.writer], []))
        out.append((f"jsonld_org_author-{lang}-org", jsonld_org_author(t, lang, t.org), url_of(t), [], [t.org]))
        out.append((f"guest_post-{lang}-person", guest_post(t, lang, t.writer), url_of(t), [t.writer], []))
        out.append((f"head_rel_author-{lang}-person", head_rel_author(t, lang, t.writer), url_of(t), [t.writer], []))
    return out


CASES += extra_cases()


# ---- pages that name no writer: only the traps may name people ----

WROTE = {"en": "wrote:", "de": "schrieb:", "fr": "a écrit :", "es": "escribió:", "it": "ha scritto:", "nl": "schreef:",
         "pt": "escreveu:", "pl": "napisał:"}
LOGGED_IN = {"en": "Logged in as", "de": "Angemeldet als", "fr": "Connecté en tant que", "es": "Conectado como",
             "it": "Connesso come", "nl": "Ingelogd als", "pt": "Conectado como", "pl": "Zalogowano jako"}


def plain_comments(t: Lang, lang: str) -> str:
    """Comments a small theme prints inside the post's own container, as plain paragraphs: 'NAME wrote:'."""
    return "".join(f'<div class="reaction"><p><strong>{c}</strong> {WROTE[lang]}</p><p>{t.body[i][:70]}</p></div>'
                   for i, c in enumerate(t.commenters))


def no_writer_wp(t: Lang, lang: str) -> str:
    """A WordPress post whose theme prints only the date, with every trap around it, the comments
    inside the content area and the reply form's 'Logged in as'."""
    main = (f'<main id="main" class="site-main"><article class="post"><header class="entry-header"><h1 class="entry-title">'
            f'{t.title}</h1><div class="entry-meta"><span class="posted-on">{t.posted_on} <time class="entry-date">{t.date}'
            f'</time></span></div></header><div class="entry-content">{paras(t)}{plain_comments(t, lang)}</div></article>'
            f'{wp_related(t)}{wp_share(t)}{wp_newsletter(t)}<div id="respond"><h3>{t.reply}</h3><p class="logged-in-as">'
            f'{LOGGED_IN[lang]} <a href="/wp-admin/profile.php">{t.other}</a>. <a href="/logout">Log out?</a></p></div></main>')
    return shell(t, lang, main, side=wp_sidebar(t), foot=wp_footer(t))


def no_writer_blogger(t: Lang, lang: str) -> str:
    """A Blogger post with 'Posted by' switched off: the profile widget and the comments remain."""
    html = blogger(t, lang, "XXXX")
    start = html.index('<span class="post-author vcard">')
    end = html.index('<span class="post-timestamp">')
    return html[:start] + html[end:]


def no_writer_small_site(t: Lang, lang: str) -> str:
    """A site builder's blog page (Jimdo-like) with a date, a 'Created with' footer and a
    contact box naming the site's owner."""
    main = (f'<div id="cc-inner" class="cc-content-parent"><div class="j-blogarticle"><h1 class="j-blog-headline">{t.title}'
            f'</h1><div class="j-blog-meta"><abbr class="datetime">05/05/2026</abbr></div><div class="j-blog-content">'
            f'{paras(t)}</div></div><div class="j-comment"><p>{t.commenters[0]} {WROTE[lang]}</p><p>{t.body[2][:50]}</p>'
            f'</div></div>')
    foot = (f'<div class="j-footer"><div class="contact-box"><p>{t.about}: {t.other}, Hauptstraße 1</p></div>'
            f'<p class="footer-credits">Created with <a href="https://jimdo.test">Jimdo</a> | Theme by Pixelhaus Studio</p></div>')
    return shell(t, lang, main, foot=foot)


def no_writer_cases() -> list[Case]:
    return [(f"{fn.__name__}-{lang}", fn(L[lang], lang), url_of(L[lang]), [], [])
            for lang in LANGS for fn in (no_writer_wp, no_writer_blogger, no_writer_small_site)]


CASES += no_writer_cases()


# ---- block themes, newer Blogger layouts and co-written posts ----

WRITTEN_BY = {"en": "Written by", "de": "Geschrieben von", "fr": "Écrit par", "es": "Escrito por", "it": "Scritto da",
              "nl": "Geschreven door", "pt": "Escrito por", "pl": "Napisane przez"}
SECOND = {"en": "Imogen Castellane", "de": "Florian Weißgerber", "fr": "Bastien Roux-Delmas", "es": "Marta Echeverri",
          "it": "Davide Ferrandi", "nl": "Bram de Wijkerslooth", "pt": "Inês Carvalhal", "pl": "Michał Zawadzki"}


def block_theme(t: Lang, lang: str, who: str) -> str:
    """A block theme (Twenty Twenty-Four and kin): wp-block-post-author-name under the title, a
    'Written by' author block after the post, and a query loop of more posts with their writers."""
    loop = "".join(f'<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/r{i}/">Another walk {i}</a></h3>'
                   f'<div class="wp-block-post-author-name"><a href="/author/{slug(t.other)}/" class="wp-block-post-author-'
                   f'name__link">{t.other}</a></div><div class="wp-block-post-date"><time>{t.date}</time></div></li>'
                   for i in range(3))
    main = (f'<main class="wp-block-group"><div class="wp-block-group"><h1 class="wp-block-post-title">{t.title}</h1>'
            f'<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2026-05-05">{t.date}'
            f'</time></div><p>—</p><p>{t.by}</p><div class="wp-block-post-author-name"><a href="/author/{slug(who)}/" '
            f'target="_self" class="wp-block-post-author-name__link">{who}</a></div></div></div><div class="entry-content '
            f'wp-block-post-content">{paras(t)}</div><div class="wp-block-post-author"><div class="wp-block-post-author__avatar">'
            f'<img alt="{who}" src="/av.jpg"></div><div class="wp-block-post-author__content"><p class="wp-block-post-author__'
            f'byline">{WRITTEN_BY[lang]}</p><p class="wp-block-post-author__name">{who}</p><p class="wp-block-post-author__bio">'
            f'{t.body[4][:80]}</p></div></div><div class="wp-block-comments">{wp_comments(t)}</div><div class="wp-block-query">'
            f'<h2 class="wp-block-heading">{t.related}</h2><ul class="wp-block-post-template">{loop}</ul></div></main>')
    foot = ('<footer class="wp-block-template-part"><p class="has-text-align-center">Designed with <a href="https://wordpress.test"'
            ' rel="nofollow">WordPress</a></p></footer>')
    return shell(t, lang, main, foot=foot)


def blogger_contempo(t: Lang, lang: str, who: str) -> str:
    """Blogger's Contempo/Soho layouts: span.byline.post-author.vcard with a span.byline-label."""
    header = (f'<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span '
              f'class="byline-label">{t.posted_by}</span><span class="fn"><meta content="https://www.blogger.test/profile/1" '
              f'itemprop="url"><a class="g-profile" href="https://www.blogger.test/profile/1" rel="author" title="author '
              f'profile"><span itemprop="name">{who}</span></a></span></span> <span class="byline post-timestamp"><meta '
              f'content="{url_of(t)}" itemprop="url"><a class="timestamp-link" href="{url_of(t)}" rel="bookmark"><time '
              f'class="published" datetime="2026-05-05T10:15:00+02:00">{t.date}</time></a></span></div></div>')
    comments = "".join(f'<li class="comment"><div class="avatar-image-container"><img alt="" src="/c{i}.png"></div><div '
                       f'class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.test/'
                       f'profile/9{i}" rel="nofollow">{c}</a></cite><span class="icon user"></span><span class="datetime '
                       f'secondary-text"><a rel="nofollow" href="#c{i}">{t.date}</a></span></div><p class="comment-content">'
                       f'{t.body[i][:60]}</p></div></li>' for i, c in enumerate(t.commenters))
    main = (f'<main id="main" class="centered"><div class="main section" id="page_body"><div class="widget Blog" id="Blog1">'
            f'<div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer"><div '
            f'class="post"><h3 class="post-title entry-title">{t.title}</h3>{header}<div class="post-body entry-content '
            f'float-container">{paras(t)}</div></div></div><section class="comments threaded" id="comments"><h3 class="title">'
            f'Comments</h3><div class="comments-content"><ol>{comments}</ol></div></section></article></div></div></div></main>')
    side = (f'<aside class="sidebar-container"><div class="widget Profile"><h3 class="title">{t.about}</h3><div class="widget-'
            f'content individual"><a href="https://www.blogger.test/profile/0999"><img class="profile-img" alt="My photo" '
            f'src="/p.jpg"></a><div class="profile-info"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-'
            f'link g-profile" href="https://www.blogger.test/profile/0999" rel="author">{t.other}</a></dt></dl></div></div></div>'
            f'</aside>')
    return shell(t, lang, main, side=side, foot='<div class="widget Attribution"><p>Powered by Blogger</p></div>')


def coauthors_wp(t: Lang, lang: str, who: str) -> str:
    """Co-Authors Plus on a classic theme: one span.author.vcard per writer, joined by 'and'."""
    and_word = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "nl": "en", "pt": "e", "pl": "i"}[lang]
    two = (f'<span class="byline"> {t.by} <span class="author vcard"><a class="url fn n" href="/author/{slug(who)}/">{who}</a>'
           f'</span> {and_word} <span class="author vcard"><a class="url fn n" href="/author/{slug(SECOND[lang])}/">{SECOND[lang]}'
           f'</a></span></span>')
    html = wp_classic(t, lang, who)
    start = html.index('<span class="byline">')
    end = html.index("</div></header>")
    return html[:start] + two + html[end:]


def ghost_two(t: Lang, lang: str, who: str) -> str:
    """Ghost with two writers: two author-list items, h4.author-name with both, JSON-LD with one
    (Ghost's schema names the primary author only)."""
    html = ghost(t, lang, who)
    return html.replace(f'<h4 class="author-name"><a href="/author/{slug(who)}/">{who}</a></h4>',
                        f'<h4 class="author-name"><a href="/author/{slug(who)}/">{who}</a>, <a href="/author/'
                        f'{slug(SECOND[lang])}/">{SECOND[lang]}</a></h4>', 1)


def more_cases() -> list[Case]:
    out: list[Case] = []
    for lang in LANGS:
        t = L[lang]
        out.append((f"block_theme-{lang}-person", block_theme(t, lang, t.writer), url_of(t), [t.writer], []))
        out.append((f"block_theme-{lang}-handle", block_theme(t, lang, t.handle), url_of(t), [t.handle], []))
        out.append((f"blogger_contempo-{lang}-person", blogger_contempo(t, lang, t.writer), url_of(t), [t.writer], []))
        out.append((f"blogger_contempo-{lang}-handle", blogger_contempo(t, lang, t.handle), url_of(t), [t.handle], []))
        out.append((f"coauthors_wp-{lang}-two", coauthors_wp(t, lang, t.writer), url_of(t), [t.writer, SECOND[lang]], []))
        out.append((f"ghost_two-{lang}-two", ghost_two(t, lang, t.writer), url_of(t), [t.writer, SECOND[lang]], []))
    return out


CASES += more_cases()


# ---- more forum software ----

def smf(t: Lang, lang: str, who: str) -> str:
    """Simple Machines Forum: div.windowbg posts (id msgNNN) whose div.poster holds the member's
    profile link in an h4, with the member's title and post count."""
    def post(i: int, user: str, text: str) -> str:
        return (f'<div class="windowbg" id="msg{400 + i}"><div class="post_wrapper"><div class="poster"><h4><a href="'
                f'https://{t.host}/index.php?action=profile;u={5 + i}" title="View the profile of {user}">{user}</a></h4>'
                f'<ul class="user_info"><li class="membergroup">Full Member</li><li class="postcount">Posts: {40 + i}</li></ul>'
                f'</div><div class="postarea"><div class="keyinfo"><h5><a href="#msg{400 + i}">{"Re: " if i else ""}{t.title}'
                f'</a></h5><a class="smalltext" href="#msg{400 + i}">{t.date}, 08:1{i}:00</a></div><div class="post"><div '
                f'class="inner" id="msg_{400 + i}">{text}</div></div></div></div></div>')
    posts = post(0, who, "<br><br>".join(t.body)) + "".join(post(i + 1, c, t.body[i][:90]) for i, c in enumerate(t.commenters))
    main = (f'<div id="main_content_section"><div id="display_head" class="information"><h2 class="display_title">{t.title}'
            f'</h2><p>{t.starter} {who}, {t.date}</p></div><div id="forumposts"><form id="quickModForm">{posts}</form></div></div>')
    return shell(t, lang, main, foot='<div class="footer"><a href="https://www.simplemachines.test">SMF 2.1 © 2026, Simple '
                                     'Machines</a></div>')


def invision(t: Lang, lang: str, who: str) -> str:
    """Invision Community: article.cPost posts (id elComment_NNN) with aside.cAuthorPane and the
    member's profile link in h3.cAuthorPane_author."""
    def post(i: int, user: str, text: str) -> str:
        return (f'<article id="elComment_{500 + i}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent '
                f'ipsClearfix"><aside class="ipsComment_author cAuthorPane"><h3 class="ipsType_sectionHead cAuthorPane_author '
                f'ipsType_break"><strong><a href="https://{t.host}/profile/{5 + i}-{slug(user)}/" class="ipsType_break">{user}'
                f'</a></strong></h3><ul class="cAuthorPane_info ipsList_reset"><li class="ipsType_light">Members</li><li>'
                f'{40 + i} posts</li></ul></aside><div class="ipsColumn ipsColumn_fluid"><div class="ipsComment_meta '
                f'ipsType_light"><p>Posted <time datetime="2026-05-05T08:1{i}:00Z">{t.date}</time></p></div><div class="cPost_'
                f'contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsContained">{text}</div>'
                f'</div></div></article>')
    posts = post(0, who, paras(t)) + "".join(post(i + 1, c, f"<p>{t.body[i][:90]}</p>") for i, c in enumerate(t.commenters))
    main = (f'<div class="ipsPageHeader"><h1 class="ipsType_pageTitle">{t.title}</h1><p>By <a href="https://{t.host}/profile/'
            f'5-{slug(who)}/">{who}</a>, {t.date}</p></div><div id="comments" data-role="commentFeed"><form>{posts}</form></div>')
    return shell(t, lang, main, foot='<p id="elCopyright"><a href="https://invision.test">Powered by Invision Community</a></p>')


FORUMS.update({"smf": smf, "invision": invision})
CASES += [(f"{name}-{lang}-handle", fn(L[lang], lang, L[lang].handle), url_of(L[lang]), [L[lang].handle], [])
          for lang in LANGS for name, fn in (("smf", smf), ("invision", invision))]


# ---- personal blogs named after their writer: the site's name is the writer's handle or name ----

def personal_cases() -> list[Case]:
    import dataclasses

    out: list[Case] = []
    for lang in LANGS:
        t0 = L[lang]
        ascii_handle = "".join(c for c in t0.handle.replace("ñ", "n") if c.isalnum())
        ascii_name = "".join(c for c in t0.writer.casefold() if c.isalnum() and c.isascii())
        for who, host in ((t0.handle, f"{ascii_handle}.blogspot.test"), (t0.writer, f"{ascii_name}.test")):
            t = dataclasses.replace(t0, site=who, host=host)
            for name in ("wp_classic", "blogger", "ghost", "jekyll_minima", "yoast", "hugo_papermod"):
                kind = "handle" if who == t0.handle else "person"
                out.append((f"{name}-{lang}-own-{kind}", BLOGS[name](t, lang, who), url_of(t), [who], []))
    return out


CASES += personal_cases()


# ---- a theme's meta line with no byline class: the stamp, the date, the label and the name ----

LEAVE = {"en": "Leave a comment", "de": "Schreibe einen Kommentar", "fr": "Laisser un commentaire", "es": "Deja un comentario",
         "it": "Lascia un commento", "nl": "Geef een reactie", "pt": "Deixe um comentário", "pl": "Dodaj komentarz"}
IN_CATEGORY = {"en": "in", "de": "in", "fr": "dans", "es": "en", "it": "in", "nl": "in", "pt": "em", "pl": "w"}


def meta_line(t: Lang, lang: str, who: str, form: int) -> str:
    lines = [f"{t.posted_on} {t.date} {t.by} {who} — {LEAVE[lang]}",
             f"{t.posted_by} {who} {IN_CATEGORY[lang]} Walks",
             f'{t.posted_on} <time>{t.date}</time> {t.by} <a href="/author/{slug(who)}/">{who}</a> · 2 Comments',
             f'<img alt="Avatar photo" src="/a.png"> <a href="/?author=3">{who}</a> · {t.date}',
             f'{t.by.capitalize()} <span class="author vcard"><a class="url fn n" href="/author/{slug(who)}/">{who}</a></span>'
             f' | {t.date} | 4 min read']
    main = f'<main><article><h1>{t.title}</h1><div class="meta">{lines[form]}</div>{paras(t)}</article>{wp_comments(t)}</main>'
    return shell(t, lang, main, side=wp_sidebar(t), foot=wp_footer(t))


CASES += [(f"meta_line{form}-{lang}-{kind}", meta_line(L[lang], lang, who, form), url_of(L[lang]), [who], [])
          for lang in LANGS for kind, who in (("person", L[lang].writer), ("handle", L[lang].handle))
          for form in range(5)]


# ---- the traps written as handles too: commenters, the sidebar's owner and related writers ----

def handle_trap_cases() -> list[Case]:
    import dataclasses

    out: list[Case] = []
    for lang in LANGS:
        t = dataclasses.replace(L[lang], commenters=("trailfox", "misty_peaks77"), other="wanderlust_jo")
        names = {**BLOGS, **FORUMS} if lang in ("en", "pl") else {k: BLOGS[k] for k in ("wp_classic", "blogger", "drupal")}
        for name, fn in names.items():
            out.append((f"{name}-{lang}-handle-traps", fn(t, lang, t.handle), url_of(t), [t.handle], []))
        for fn in (no_writer_wp, no_writer_blogger, no_writer_small_site):
            out.append((f"{fn.__name__}-{lang}-handle-traps", fn(t, lang), url_of(t), [], []))
    return out


CASES += handle_trap_cases()


# ---- an association's own site: the site's name is the association that signs ----

def own_org_cases() -> list[Case]:
    import dataclasses
    import unicodedata

    out: list[Case] = []
    for lang in LANGS:
        t0 = L[lang]
        host = "".join(c for c in unicodedata.normalize("NFKD", t0.org.casefold()) if c.isascii() and c.isalpha()) + ".test"
        t = dataclasses.replace(t0, site=t0.org, host=host)
        fns = {n: BLOGS[n] for n in ORG_SIGNED} | {"jsonld_org_author": jsonld_org_author}
        for name, fn in fns.items():
            out.append((f"{name}-{lang}-own-org", fn(t, lang, t.org), url_of(t), [], [t.org]))
        out.append((f"yoast-{lang}-own-org-graph", yoast(t, lang, t.org, org=True), url_of(t), [], [t.org]))
    return out


CASES += own_org_cases()


# ---- feed markup kept in the page: dc:creator for the post, and a feed widget of other items ----

def feed_item(t: Lang, lang: str, who: str) -> str:
    """A post whose writer stands in a feed item's '<dc:creator>' (an aggregator's or a feed
    reader's page keeps the RSS markup), with a sidebar feed widget of other items and writers.
    `who` empty: the post names no writer."""
    widget = "".join(f'<item><title><a href="https://other.test/p{i}">Another walk {i}</a></title><dc:creator>{t.other}'
                     f'</dc:creator><pubDate>Mon, 0{i + 1} May 2026 09:00:00 +0000</pubDate></item>' for i in range(3))
    creator = f"<dc:creator>{who}</dc:creator>" if who else ""
    main = (f'<main><article><h1>{t.title}</h1>{creator}<pubDate>Tue, 05 May 2026 07:44:00 +0000</pubDate>{paras(t)}'
            f'</article></main><aside class="feed-widget"><h3>{t.recent}</h3><channel>{widget}</channel></aside>')
    return shell(t, lang, main)


CASES += [(f"feed_item-{lang}-{kind}", feed_item(L[lang], lang, who), url_of(L[lang]), [who] if who else [], [])
          for lang in LANGS for kind, who in (("person", L[lang].writer), ("handle", L[lang].handle), ("nobody", ""))]


def comments_as_posts(t: Lang, lang: str, who: str) -> str:
    """A theme that lays its comments out as 'post' boxes with the commenters' user names: a blog's
    comment thread, not a forum's; the post's own byline names the writer (`who` empty: nobody)."""
    comments = "".join(f'<article class="post" id="post-{700 + i}"><a class="username" href="/members/{slug(c)}.{i}/">{c}</a>'
                       f'<div class="text">{" ".join(t.body)}</div></article>' for i, c in enumerate(t.commenters))
    byline = f'<p class="byline">{t.by} {who}</p>' if who else ""
    main = (f'<main><article class="entry"><h1>{t.title}</h1>{byline}{paras(t)}</article><section class="comments">'
            f'<h2>Comments</h2>{comments}</section></main>')
    return shell(t, lang, main)


CASES += [(f"comments_as_posts-{lang}-{kind}", comments_as_posts(L[lang], lang, who), url_of(L[lang]), [who] if who else [],
           []) for lang in LANGS for kind, who in (("person", L[lang].writer), ("nobody", ""))]
