"""False writers on pages, probed with invented pages (issue 15, page precision): each page has
one real writer and traps a news or blog CMS really prints beside it — picture credits in odd
markup, teaser cards of other stories, comment threads, the publisher's legal contact, quote
boxes and embedded posts, a web agency in the meta author tag, a job title or a place in an
author class, newsletter and podcast cards, an editor's box in the sidebar. The writer alone is
credited as a person."""

from __future__ import annotations

import json

import pytest

from tracer import attach_credits, extract_html

BODY_EN = [
    "The harbour board agreed on Monday to dredge the eastern channel before the autumn storms, ending a dispute that had delayed shipping for months.",
    "Ferry operators had warned that the silt left after the spring floods made the crossing unsafe at low tide for the larger vessels.",
    "The work will cost about four million and take eleven weeks, according to the board's engineers, who presented the plan at a public meeting.",
    "Fishermen said they welcomed the decision but asked that the dredging pause during the herring season so that the nets are not damaged.",
    "A final timetable is expected next week once the contractor has inspected the channel and the weather forecast for the coming weeks is known.",
]
BODY_DE = [
    "Der Gemeinderat hat am Montag beschlossen, die alte Brücke über den Mühlbach noch vor dem Winter zu sanieren, nachdem Gutachter Risse entdeckt hatten.",
    "Die Arbeiten sollen rund zwei Millionen Euro kosten und etwa zehn Wochen dauern, teilte die Verwaltung nach der Sitzung mit.",
    "Während der Bauzeit wird der Verkehr über eine Behelfsbrücke am Sportplatz umgeleitet, Fußgänger können die Brücke weiter nutzen.",
    "Anwohner begrüßten die Entscheidung, forderten aber, dass die Bauarbeiten nachts ruhen, damit die Nachtruhe nicht gestört wird.",
    "Ein genauer Zeitplan soll in der kommenden Woche vorgestellt werden, sobald die beauftragte Firma die Brücke besichtigt hat.",
]
URL_EN = "https://www.harbour-herald.test/2026/05/channel-dredging"
URL_DE = "https://www.talbote.test/lokales/bruecke-saniert"


def page(*, lang="en", head="", above="", inside="", below="", outside="", byline=None, title=None, site=None):
    en = lang == "en"
    title = title or ("Channel to be dredged before storms" if en else "Brücke wird vor dem Winter saniert")
    site = site or ("Harbour Herald" if en else "Talbote")
    body = "".join(f"<p>{p}</p>" for p in (BODY_EN if en else BODY_DE))
    if byline is None:
        byline = '<p class="byline">By Mara Quell</p>' if en else '<p class="byline">Von Mara Quell</p>'
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>'
            f'<meta property="og:site_name" content="{site}">{head}</head><body>'
            f'<header class="site-header"><a href="/">{site}</a></header><main><article><h1>{title}</h1>{byline}{above}'
            f'<div class="article-body">{body[:len(body)//2]}{inside}{body[len(body)//2:]}</div>{below}</article>{outside}</main>'
            f'<footer class="site-footer"><p>© 2026 {site}</p></footer></body></html>')


def ld(obj):
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def cards(inner_fn, n=3):
    heads = ["Ferry fares rise again next year", "New lighthouse keeper starts work", "School roof repairs finished early"]
    writers = ["Olaf Brenner", "Ivo Marchetti", "Lena Fuchs"]
    return "".join(inner_fn(h, w, i) for i, (h, w) in enumerate(zip(heads[:n], writers[:n], strict=True)))


CASES: list[tuple[str, str, list[str], str]] = []


def case(name, html, expected=("Mara Quell",), url=URL_EN):
    CASES.append((name, html, sorted(expected), url))


# --- picture credits ---
case("figcaption span.credit", page(inside='<figure><img src="/a.jpg" alt=""><figcaption>The eastern channel at low tide. '
                                    '<span class="credit">Olaf Brenner</span></figcaption></figure>'))
case("small Foto in div", page(lang="de", inside='<div class="bild"><img src="/a.jpg" alt=""><small>Foto: Olaf Brenner</small></div>'),
     url=URL_DE)
case("small name in div after img", page(inside='<div class="img-wrap"><img src="/a.jpg" alt=""><small>Olaf Brenner</small></div>'))
case("© under img no figure", page(inside='<img src="/a.jpg" alt=""><p>© Olaf Brenner</p>'))
case("span.copyright beside img", page(inside='<div><img src="/a.jpg" alt=""><span class="copyright">Olaf Brenner</span></div>'))
case("credit class at end Photo by", page(below='<p class="credit">Photo by Olaf Brenner</p>'))
case("lead image credit above byline", page(byline='<div class="lead-image"><img src="/a.jpg" alt=""><span class="image-credit">Olaf Brenner / Harbour Herald</span></div><p class="byline">By Mara Quell</p>'))
case("Bild: in span.credits", page(lang="de", below='<span class="credits">Bild: Olaf Brenner</span>'), url=URL_DE)
case("Illustration node", page(below='<p class="credit">Illustration: Olaf Brenner</p>'))
# --- teasers of other stories ---
case("div.teaser span.author", page(outside=cards(lambda h, w, i: f'<div class="teaser"><h3><a href="/s{i}">{h}</a></h3><span class="author">{w}</span></div>')))
case("li.story author", page(outside='<ul class="stories">' + cards(lambda h, w, i: f'<li class="story"><a href="/s{i}">{h}</a><span class="author">{w}</span></li>') + "</ul>"))
case("section.more By", page(outside='<section class="more">' + cards(lambda h, w, i: f'<article><a href="/s{i}">{h}</a><p>By {w}</p></article>') + "</section>"))
case("carousel von", page(lang="de", outside='<div class="carousel">' + cards(lambda h, w, i: f'<div class="slide"><a href="/s{i}"><img src="/t{i}.jpg" alt="">{h}</a><div class="slide-meta">von {w}</div></div>') + "</div>"), url=URL_DE)
case("cards Written by comment-split", page(outside=cards(lambda h, w, i: f'<div class="c{i % 1}"><a href="/s{i}">{h}</a><section><div>Written by <!-- -->{w}<!-- --> </div></section></div>')))
case("meistgelesen box", page(lang="de", outside='<div class="meistgelesen"><h2>Meistgelesen</h2><ol>' + cards(lambda h, w, i: f'<li><a href="/s{i}">{h}</a> <span class="autor">{w}</span></li>') + "</ol></div>"), url=URL_DE)
case("mehr zum thema", page(lang="de", outside='<div class="mehr-zum-thema">' + cards(lambda h, w, i: f'<div class="item"><a href="/s{i}">{h}</a><p class="byline">Von {w}</p></div>') + "</div>"), url=URL_DE)
case("related rel=author", page(outside='<div class="also"><ul>' + cards(lambda h, w, i: f'<li><a href="/s{i}">{h}</a> by <a rel="author" href="/author/x{i}">{w}</a></li>') + "</ul></div>"))
case("single teaser h3", page(outside='<div class="next-story"><h3><a href="/s9">Ferry fares rise again next year</a></h3><p class="byline">By Olaf Brenner</p></div>'))
# --- comments ---
case("comment itemprop author", page(outside='<div id="comments">' + "".join(f'<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">{w}</span><p>Good news at last.</p></div>' for w in ("Peter Lund", "Anna Berg")) + "</div>"))
case("user-comments cite", page(outside='<section class="user-comments">' + "".join(f'<div class="entry"><cite class="author">{w}</cite><p>Good news at last for the town.</p></div>' for w in ("Peter Lund", "Anna Berg")) + "</section>"))
case("kommentare", page(lang="de", outside='<div class="kommentare">' + "".join(f'<div class="kommentar"><span class="autor">{w}</span><p>Endlich passiert etwas.</p></div>' for w in ("Peter Lund", "Anna Berg")) + "</div>"), url=URL_DE)
# --- publisher's contacts ---
case("footer address Verantwortlich", page(lang="de", outside='<div class="impressum"><address>Verantwortlich: Hans Gerber, Marktplatz 1, 12345 Talheim</address></div>'), url=URL_DE)
case("V.i.S.d.P.", page(lang="de", outside='<div class="kontakt"><p class="author">V.i.S.d.P.: Hans Gerber</p></div>'), url=URL_DE)
case("address publisher contact en", page(outside='<address class="contact">Harbour Herald, editor: Hans Gerber, 1 Quay Street</address>'))
# --- quotes and embeds ---
case("blockquote cite", page(inside='<blockquote><p>"We cannot wait another winter."</p><cite>Mayor Jane Holloway</cite></blockquote>'))
case("blockquote cite person only", page(inside='<blockquote class="pullquote"><p>"We cannot wait another winter."</p><cite class="author">Jane Holloway</cite></blockquote>'))
case("embedded tweet", page(inside='<blockquote class="twitter-tweet"><p lang="en">The channel is finally getting dredged!</p>&mdash; Peter Lund (@plund) <a href="https://twitter.com/plund/status/1">May 5, 2026</a></blockquote>'))
# --- meta vs byline ---
case("meta author agency person", page(head='<meta name="author" content="Tom Webber">'))
case("class author job title only", page(lang="de", byline='<p class="byline">Von Mara Quell</p><span class="author">Chefreporterin</span>'), url=URL_DE)
case("class author place only", page(byline='<p class="byline">By Mara Quell</p><span class="author-location">Porthaven</span>'))
case("newsletter author", page(outside='<div class="nl-promo"><h3>The Morning Tide</h3><p class="author">Ivo Marchetti</p><p>Every weekday in your inbox.</p></div>'))
case("podcast host card", page(outside='<div class="podcast-card"><h3>Harbour Talk</h3><p class="host">Hosted by Ivo Marchetti</p></div>'))
case("Aktualisiert von", page(lang="de", byline='<p class="byline">Von Mara Quell</p><p class="meta">Aktualisiert von Peter Lund am 05.05.2026</p>'), url=URL_DE)
case("editor in chief sidebar", page(outside='<aside class="sidebar"><div class="box"><h4>From the editor</h4><p class="author">Lena Fuchs, Editor-in-Chief</p></div></aside>'))
case("Chefredakteurin box div", page(lang="de", outside='<div class="chefredaktion"><img src="/lf.jpg" alt=""><p class="byline">Lena Fuchs, Chefredakteurin</p></div>'), url=URL_DE)
# --- byline forms ---
case("dateline place class", page(byline='<p class="byline">By Mara Quell</p><span class="dateline">PORTHAVEN</span>'))
case("title glued", page(byline='<div class="author">Mara Quell Senior Correspondent</div>'))
case("widget text", page(byline='<div class="byline">By Mara Quell <a href="#">Follow</a> <span>Email the author</span></div>'))
case("site as author", page(byline='<p class="byline">By Mara Quell</p><span class="author">Harbour Herald</span>'))
case("site desk", page(byline='<p class="byline">By Harbour Herald Staff</p>'), expected=())
case("reviewer", page(byline='<p class="byline">By Mara Quell</p><p class="reviewer">Medically reviewed by Peter Lund, MD</p>'))
case("Fact checked by", page(byline='<p class="byline">By Mara Quell</p><p class="meta">Fact checked by Peter Lund</p>'))
case("agency person in meta copyright", page(head='<meta name="author" content="Webagentur Pixelwerk GmbH">'))



# --- pages whose byline no class marks (hashed CSS classes), or that name no writer at all ---
def hashed_cards(label: str) -> str:
    return cards(lambda h, w, i: f'<div class="css-t{i}q"><a class="css-h1" href="/s{i}">{h}</a><section><div class="css-av">'
                                 f'<img src="/a{i}.png" alt=""></div><div class="css-w9">{label} <!-- -->{w}<!-- --> </div>'
                                 f'</section></div>')


NO_BYLINE = page(byline="")
case("hashed byline comment before label", page(byline='<div class="css-12r"> <!-- -->Written by <a class="css-0" href="/team">'
                                                 'Mara Quell</a> on May 5, 2026</div>', outside=hashed_cards("Written by")))
case("plain p byline and By cards", page(byline='<p>By <a href="/author/mara-quell">Mara Quell</a></p>',
                                         outside=hashed_cards("By")))
case("jsonld writer and teaser authors", page(byline="", head=ld({"@context": "https://schema.org", "@type": "NewsArticle",
                                                                  "headline": "Channel to be dredged before storms",
                                                                  "author": {"@type": "Person", "name": "Mara Quell"}}),
                                              outside=cards(lambda h, w, i: f'<div class="teaser"><h3><a href="/s{i}">{h}</a></h3>'
                                                                            f'<span class="author">{w}</span></div>')))
case("no writer: teaser cards only", page(byline="", outside=hashed_cards("By")), expected=())
case("no writer: Von list", page(lang="de", byline="", outside='<div class="weitere">' + cards(
    lambda h, w, i: f'<p><a href="/s{i}">{h}</a></p><p>Von {w}</p>') + "</div>"), expected=(), url=URL_DE)
case("no writer: legal contact", page(lang="de", byline="", outside='<address>Verantwortlich: Hans Gerber, Marktplatz 1, '
                                                                   '12345 Talheim</address>'), expected=(), url=URL_DE)
case("no writer: photo caption", page(lang="de", byline="", inside='<figure><img src="/b.jpg" alt=""><figcaption>Die alte '
                                                                  'Brücke. Foto: Olaf Brenner</figcaption></figure>'),
     expected=(), url=URL_DE)
case("no writer: commenter says", page(byline="", outside='<div class="responses"><p><b>Peter Lund</b> says:</p>'
                                                         '<p>Good news at last for the town.</p></div>'), expected=())
case("no writer: editor sidebar", page(lang="de", byline="", outside='<div class="seitenleiste"><p class="author">Lena Fuchs, '
                                                                   'Chefredakteurin</p></div>'), expected=(), url=URL_DE)
case("no writer: meta author is the site", page(byline="", head='<meta name="author" content="Harbour Herald">'), expected=())
case("no writer: desk in author class", page(lang="de", byline='<span class="author">Talbote Redaktion</span>'),
     expected=(), url=URL_DE)
case("no writer: quote cite", page(byline="", inside='<blockquote><p>"We cannot wait another winter."</p>'
                                                    '<cite>Jane Holloway</cite></blockquote>'), expected=())
case("no writer: tweet", page(byline="", inside='<blockquote class="twitter-tweet"><p>Finally!</p>&mdash; Peter Lund '
                                               '(@plund) <a href="https://twitter.com/plund/status/1">May 5, 2026</a></blockquote>'),
     expected=())
case("no writer: podcast host", page(byline="", outside='<div class="podcast"><h3>Harbour Talk</h3><p>Hosted by Ivo Marchetti'
                                                       '</p></div>'), expected=())
case("dateline glued", page(byline='<p class="byline">By Mara Quell, PORTHAVEN</p>'))
case("title and handle", page(byline='<p class="byline">By Mara Quell | Senior Reporter | @maraquell</p>'))
case("title after comma in author", page(byline='<div class="author">Mara Quell, Chief Political Correspondent</div>'))
case("photo line in text head", page(byline='<p class="byline">By Mara Quell</p>',
                                     above="<p>Photo: Olaf Brenner/Harbour Herald</p>"))
case("photographer named in text tail", page(below="<p>Photography by Olaf Brenner.</p>"))
case("two-writer byline and photo", page(byline='<p class="byline">By Mara Quell and Ivo Marchetti. Photos by Olaf Brenner</p>'),
     expected=("Ivo Marchetti", "Mara Quell"))
case("no writer: sidebar div box", page(byline="", outside='<div class="sidebar"><div class="box"><p class="author">Lena Fuchs, '
                                                         'Editor-in-Chief</p></div></div>'), expected=())
case("byline in a wrapper named for its sidebar",
     page(byline="").replace("<main>", '<main class="layout has-sidebar">')
                    .replace("<h1>", '<div class="byline-wrap"><p class="author">Mara Quell</p></div><h1>'))
case("byline in the article's own sidebar column",
     page(byline="").replace("</h1>", '</h1><div class="article-sidebar"><p class="label"><strong>By</strong></p>'
                                      '<p class="full-name">Mara Quell</p></div>'))



# --- bylines that carry other people's roles beside the writer's ---
case("byline and reviewer in one node", page(byline='<p class="byline">By Mara Quell | Reviewed by Peter Lund</p>'))
case("byline and editor in one node", page(byline='<p class="byline">By Mara Quell. Edited by Peter Lund</p>'))
case("byline and illustrator", page(byline='<p class="byline">By Mara Quell | Illustrations by Olaf Brenner</p>'))
case("updated by in English", page(byline='<p class="byline">By Mara Quell</p><p class="updated">Updated by Peter Lund, '
                                          'May 6, 2026</p>'))
case("byline glued to contact widget", page(byline='<div class="byline">Mara Quell Contact Reporter</div>'))
case("byline with comment count", page(byline='<div class="author">Mara Quell <a href="#c">12 Comments</a></div>'))
case("admin account", page(byline='<p class="byline">Posted by admin</p>'), expected=())
case("house byline with wire reports", page(byline='<p class="byline">By Harbour Herald Staff and wire reports</p>'),
     expected=())
case("sponsor line", page(byline='<p class="byline">By Mara Quell</p><p class="sponsor">Presented by Peter Lund '
                                 'Insurance</p>'))
case("interview guest node", page(lang="de", byline='<p class="byline">Von Mara Quell</p><p class="meta">Interview mit '
                                                    'Peter Lund</p>'), url=URL_DE)
case("translator in byline", page(byline='<p class="byline">By Mara Quell. Translated by Peter Lund</p>'))
case("photographer and writer in JSON-LD image", page(byline="", head=ld({
    "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Channel to be dredged before storms",
    "author": [{"@type": "Person", "name": "Mara Quell"}],
    "image": {"@type": "ImageObject", "url": "https://www.harbour-herald.test/a.jpg", "author": "Olaf Brenner",
              "creditText": "Olaf Brenner"}})))
case("one writer with and without middle initial", page(byline='<p class="byline">By Mara J. Quell</p>',
                                                        head='<meta name="author" content="Mara Quell">'),
     expected=("Mara J. Quell",))



# --- traps the extracted text carries (lines of the article body) ---
case("photo line opens the body", page(inside="<p>Foto: Olaf Brenner</p>", lang="de"), url=URL_DE)
case("person/outlet picture line in body", page(inside="<p>Olaf Brenner/Harbour Herald</p>"))
case("dateline place opens the body", page(above="<p>PORTHAVEN — The harbour board met again on Monday evening.</p>"))
case("quoted mayor in body", page(inside='<p>"We cannot wait another winter," said Mayor Jane Holloway.</p>'))
case("caption line naming a person", page(inside="<p>Jane Holloway, mayor of Porthaven, at the quay on Monday.</p>"))
case("tail bio and photo contributor", page(below="<p>Mara Quell is a reporter for the Harbour Herald. Olaf Brenner "
                                                  "contributed photos.</p>"))
case("related line with writer", page(inside="<p>Related: Ferry fares rise again, by Olaf Brenner</p>"))
case("Lesen Sie auch Kommentar von", page(lang="de", inside="<p>Lesen Sie auch: Der Kommentar von Ivo Marchetti zur "
                                                             "Brücke</p>"), url=URL_DE)
case("tweet text in body", page(inside="<p>The channel is finally getting dredged! — Peter Lund (@plund) May 5, 2026</p>"))
case("photos by line under byline in text", page(byline="", above="<p>By Mara Quell, Harbour Herald</p>"
                                                                 "<p>Photos by Olaf Brenner, Harbour Herald</p>"))



# --- blog themes ---
case("site name behind an author archive link", page(byline='<p class="entry-meta">Posted by <a href="/author/harbour-herald/">'
                                                            'Harbour Herald</a></p>'), expected=())
case("source in an author class", page(lang="de", byline='<p class="byline">Von Mara Quell</p><span class="author">Quelle: '
                                                         'dpa</span>'), url=URL_DE)
case("guest post under the owner's meta tag", page(byline="", head='<meta name="author" content="Mara Quell">',
                                                  above="<p>Guest post by Ivo Marchetti</p>"), expected=("Ivo Marchetti",))
case("writer's name as a tag", page(below='<div class="post-tags">Tags: <a href="/author/olaf-brenner/">Olaf Brenner</a>, '
                                          '<a href="/tag/harbour/">Harbour</a></div>'))
case("comment vcard in a discussion box", page(outside='<div class="discussion">' + "".join(
    f'<div class="comment-author vcard"><cite class="fn">{w}</cite></div><p>Good news at last for the town.</p>'
    for w in ("Peter Lund", "Anna Berg")) + "</div>"))
case("pingback list", page(outside='<ol class="pings"><li><a href="https://other.test/x">Peter Lund</a> - Channel news '
                                    'roundup</li></ol>'))



# --- house bylines: the desk signs, no person ---
for _b in ("By Harbour Herald Newsroom", "Von unserer Redaktion", "Von Talbote-Redaktion", "Staff Report", "From staff reports",
           "By the Editorial Board", "By Herald Staff Writer", "The Herald Sports Desk", "Online-Redaktion",
           "Redaktion Talbote", "dpa/Talbote", "By Harbour Herald Editors", "By HH Staff", "By Harbour Herald",
           "Von Talbote", "By Herald Reporter", "Von unserem Korrespondenten", "By Web Team", "Von Talbote Online"):
    _de = _b.startswith(("Von", "Online", "Redaktion", "dpa"))
    for _form in ('<p class="byline">{}</p>', '<div class="css-x">{}</div>'):
        case(f"desk {_b} {_form[:6]}", page(lang="de" if _de else "en", byline=_form.format(_b)), expected=(),
             url=URL_DE if _de else URL_EN)

# --- a writer's byline with a title, a place, the site's name or widget words glued on ---
for _b in ("Mara Quell Reporter", "Mara Quell, Staff Writer", "Redakteurin Mara Quell", "Mara QuellChief Correspondent",
           "Mara Quell Political Editor", "Senior Writer Mara Quell", "By Mara Quell PORTHAVEN", "Mara Quell, Porthaven",
           "By Mara Quell in Porthaven", "Porthaven, Mara Quell", "By Mara Quell, Harbour Herald", "Mara Quell | Harbour Herald",
           "By Mara Quell Harbour Herald", "By Mara Quell, Correspondent in Porthaven",
           "By Mara Quell May 5, 2026 at 7:44 AM Email the author", "Mara Quell Contact Reporter",
           "By MARA QUELL, Porthaven Bureau"):
    for _form in ('<p class="byline">{}</p>', '<span class="author-name">{}</span>'):
        case(f"glued {_b} {_form[:6]}", page(byline=_form.format(_b)))
# --- a genre's or an anonymous piece's label where the writer's name stands ---
for _b in ("Anonymous", "Gastbeitrag", "Advertorial", "Pressemitteilung", "Leserbrief", "Kommentar", "Meinung", "Analyse",
           "Fact Check", "Audio Version"):
    for _form in ('<span class="author">{}</span>', '<p class="byline">By {}</p>', '<div class="css-q">Von {}</div>'):
        case(f"genre {_b} {_form[:6]}", page(byline=_form.format(_b)), expected=())

# --- other stories laid out as tiles, streams and microdata teasers, below the article ---
GRIDS = {
    "article tiles": lambda: '<div class="grid">' + cards(lambda h, w, i: f'<article class="tile"><a href="/s{i}"><img src="/t.jpg" '
                                                          f'alt=""></a><a href="/s{i}">{h}</a><span class="byline">By {w}'
                                                          "</span></article>") + "</div>",
    "one tile": lambda: '<div class="grid">' + cards(lambda h, w, i: f'<article class="tile"><a href="/s{i}">{h}</a>'
                                                     f'<span class="byline">By {w}</span></article>', n=1) + "</div>",
    "linked h2 cards": lambda: cards(lambda h, w, i: f'<div class="x{i}"><h2><a href="/s{i}">{h}</a></h2><div class="meta">'
                                                     f'<span class="author">{w}</span> · May {i + 1}</div></div>'),
    "stream of headlines": lambda: '<div class="stream">' + cards(lambda h, w, i: f'<h4><a href="/s{i}">{h}</a></h4>'
                                                                  f'<p class="byline">By {w}</p>') + "</div>",
    "two short articles": lambda: cards(lambda h, w, i: f'<article><h2><a href="/s{i}">{h}</a></h2><p class="byline">By {w}</p>'
                                                        "<p>Short summary of the other story here.</p></article>", n=2),
    "microdata teasers": lambda: cards(lambda h, w, i: '<div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="url" '
                                                       f'href="/s{i}"><span itemprop="headline">{h}</span></a><span '
                                                       f'itemprop="author">{w}</span></div>'),
}
for _g, _fn in GRIDS.items():
    case(f"grid {_g} / byline", page(outside=_fn()))
    case(f"grid {_g} / no writer", page(byline="", outside=_fn()), expected=())
    case(f"grid {_g} / bare byline", page(byline='<div class="css-1">By Mara Quell</div>', outside=_fn()))
    case(f"grid {_g} / JSON-LD writer", page(byline="", outside=_fn(), head=ld({
        "@type": "NewsArticle", "headline": "x", "author": {"@type": "Person", "name": "Mara Quell"}})))

# --- structured data that names people other than the writer ---
_A = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Channel to be dredged before storms"}
_WEBSITE = ld({"@type": "WebSite", "name": "Harbour Herald", "author": {"@type": "Person", "name": "Tom Webber"}})
_OTHERS = ld({"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": {
    "@type": "NewsArticle", "headline": "Other", "author": {"@type": "Person", "name": "Olaf Brenner"}}}]})
case("JSON-LD website admin beside a byline", page(head=_WEBSITE + ld(_A)))
case("JSON-LD website admin, no writer", page(byline="", head=_WEBSITE + ld(_A)), expected=())
case("JSON-LD organisation founder", page(head=ld({"@type": "Organization", "name": "Harbour Herald",
                                                   "founder": {"@type": "Person", "name": "Tom Webber"}})))
case("JSON-LD live blog update writers", page(head=ld({**_A, "@type": "LiveBlogPosting", "author": {"@type": "Person",
                                                                                                    "name": "Mara Quell"},
                                                      "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Update",
                                                                          "author": {"@type": "Person",
                                                                                     "name": "Ivo Marchetti"}}]})))
case("JSON-LD related articles without addresses", page(head=ld([{**_A, "author": {"@type": "Person", "name": "Mara Quell"}},
                                                                 {"@type": "NewsArticle", "headline": "Ferry fares rise",
                                                                  "author": {"@type": "Person", "name": "Olaf Brenner"}}])))
case("JSON-LD item list of other articles", page(head=_OTHERS))
case("JSON-LD item list of other articles, no writer", page(byline="", head=_OTHERS), expected=())
case("JSON-LD picture's author only", page(byline="", head=ld({**_A, "image": {"@type": "ImageObject", "author": {
    "@type": "Person", "name": "Olaf Brenner"}}})), expected=())
case("JSON-LD standalone picture and video", page(byline="", head=ld({"@type": "ImageObject", "contentUrl": "/a.jpg",
                                                                      "author": "Olaf Brenner"})
                                                 + ld({"@type": "VideoObject", "name": "Clip", "author": {
                                                     "@type": "Person", "name": "Olaf Brenner"}})), expected=())
case("JSON-LD person object alone", page(byline="", head=ld({"@type": "Person", "name": "Tom Webber", "jobTitle": "Publisher"})),
     expected=())
case("JSON-LD site as organisation author", page(byline="", head=ld({**_A, "author": {"@type": "Organization",
                                                                                      "name": "Harbour Herald"}})),
     expected=())
case("JSON-LD reviewed book's author", page(head=ld({**_A, "@type": "Review", "author": {"@type": "Person", "name": "Mara Quell"},
                                                    "itemReviewed": {"@type": "Book", "name": "Tides", "author": {
                                                        "@type": "Person", "name": "Peter Lund"}}})))
case("JSON-LD editor", page(head=ld({**_A, "author": {"@type": "Person", "name": "Mara Quell"},
                                     "editor": {"@type": "Person", "name": "Peter Lund"}})))
case("meta author with photographer", page(byline="", head='<meta name="author" content="Mara Quell, Olaf Brenner (Fotos)">'))
case("meta article:author social page", page(byline="", head='<meta property="article:author" '
                                                             'content="https://www.facebook.com/harbourherald">'), expected=())
case("meta parsely-author desk", page(byline="", head='<meta name="parsely-author" content="Harbour Herald Staff">'),
     expected=())
case("meta dc.creator company", page(byline="", head='<meta name="dc.creator" content="Harbour Media Group Ltd">'), expected=())

# --- picture and video credits in the markup of galleries, players and image boxes ---
PICTURE_CREDITS = (
    '<div class="lead"><img src="/a.jpg" alt=""><span class="caption-credit">Olaf Brenner/Getty Images</span></div>',
    '<div class="photo-credit">Photo: Olaf Brenner</div>',
    '<div class="wp-caption"><img src="/a.jpg" alt=""><p class="wp-caption-text">The quay. Olaf Brenner</p></div>',
    '<div><img src="/a.jpg" alt=""><span class="image-source">Olaf Brenner</span></div>',
    '<div><img src="/a.jpg" alt=""><cite>Olaf Brenner</cite></div>',
    '<div class="bildnachweis">Olaf Brenner</div>',
    '<div class="bild"><img src="/a.jpg" alt=""><span class="fotograf">Olaf Brenner</span></div>',
    '<small class="copyright">© Olaf Brenner</small>',
    '<div><img src="/a.jpg" alt=""></div><p class="credit">Olaf Brenner for Harbour Herald</p>',
    "<p>Photograph: Olaf Brenner/Harbour Herald</p>",
    '<div class="gallery"><img src="/1.jpg" alt=""><img src="/2.jpg" alt=""><p class="author">Olaf Brenner</p></div>',
    '<div class="slideshow"><div class="slide"><img src="/1.jpg" alt=""><p>Bild 1 von 5 · Olaf Brenner</p></div></div>',
    '<picture><source srcset="/a.webp"><img src="/a.jpg" alt=""></picture><span class="credits">Olaf Brenner</span>',
    '<div class="video"><iframe src="https://video.test/1"></iframe><p class="author">Olaf Brenner</p></div>',
    '<div class="image-meta"><span class="author">Olaf Brenner</span></div>',
    '<div class="img-info">Foto © Olaf Brenner</div>',
)
for _k, _f in enumerate(PICTURE_CREDITS):
    for _where in ("inside", "below"):
        case(f"picture credit {_k} {_where}", page(**{_where: _f}))
        case(f"picture credit {_k} {_where}, no writer", page(byline="", **{_where: _f}), expected=())
case("header picture's credit, no writer", page(byline="", above='<div class="hero" style="background-image:url(/a.jpg)">'
                                                                 '<span class="credit">Olaf Brenner</span></div>'), expected=())
case("a signature class still signs", page(byline='<div class="signature">Mara Quell</div>'))
case("Italian text and photo byline", page(byline='<p class="byline">Testo di Mara Quell, foto di Olaf Brenner</p>'))
case("photo credit with a preposition, no writer", page(byline="", above='<span class="credit">Foto di Olaf Brenner</span>'),
     expected=())
case("French house byline", page(byline='<p class="byline">Par la rédaction</p>'), expected=())

case("site as a JSON-LD person", page(byline="", head=ld({"@type": "NewsArticle", "headline": "x",
                                                          "author": {"@type": "Person", "name": "Harbour Herald"}})),
     expected=())
case("site byline without og:site_name",
     page(byline='<p class="byline">By Harbour Herald</p>').replace('<meta property="og:site_name" content="Harbour Herald">',
                                                                    ""), expected=())


@pytest.mark.parametrize(("name", "html", "expected", "url"), CASES, ids=[c[0] for c in CASES])
def test_only_the_writer_is_credited_as_a_person(name: str, html: str, expected: list[str], url: str) -> None:
    art = attach_credits(extract_html(html, id="p", url=url))
    persons = sorted({c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")})
    assert persons == expected, name


# The same traps beside a byline in other forms: an author archive link, schema.org microdata,
# and a bare "By" line no class marks (which a marked node elsewhere outranks: there the
# writer may be lost, but no trap's name may take the place).
BYLINE_FORMS = {
    "author link": ('<div class="meta"><a href="/author/mara-quell/">Mara Quell</a> · May 5, 2026</div>',
                    '<div class="meta"><a href="/autor/mara-quell/">Mara Quell</a> · 05.05.2026</div>'),
    "microdata": ('<div class="head-info"><span itemprop="author">Mara Quell</span></div>',) * 2,
    "bare line": ('<div class="css-x1">By Mara Quell</div>', '<div class="css-x1">Von Mara Quell</div>'),
}
_STD = ('<p class="byline">By Mara Quell</p>', '<p class="byline">Von Mara Quell</p>')
KNOWN_SHORT: set[str] = set()  # traps not told apart yet (the Chefredaktion card now is: a furniture box)
CROSS = [(name, form, html.replace(std, BYLINE_FORMS[form][k], 1), url)
         for name, html, expected, url in CASES if expected == ["Mara Quell"] and name not in KNOWN_SHORT
         for k, std in enumerate(_STD) if std in html for form in BYLINE_FORMS]


@pytest.mark.parametrize(("name", "form", "html", "url"), CROSS, ids=[f"{c[0]}-{c[1]}" for c in CROSS])
def test_no_trap_takes_the_writers_place_whatever_the_bylines_form(name: str, form: str, html: str, url: str) -> None:
    art = attach_credits(extract_html(html, id="p", url=url))
    persons = sorted({c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")})
    if form == "bare line":
        assert set(persons) <= {"Mara Quell"}, name
    else:
        assert persons == ["Mara Quell"], name


# The same traps on a page that names no writer: nothing must take the empty place (the
# extractor's author field picks author markup in comments, quotes and widgets too). Not the
# pages whose only author signal is the trap itself (a lone meta tag) or whose byline node
# packs the trap (removing the writer leaves a half-line).
_ALONE = {"meta author agency person", "byline and reviewer in one node", "byline and editor in one node",
          "byline and illustrator", "translator in byline", *KNOWN_SHORT}
NONE = [(name, html.replace(_STD[0], "").replace(_STD[1], ""), url) for name, html, expected, url in CASES
        if expected == ["Mara Quell"] and name not in _ALONE and any(s in html for s in _STD)]
NONE = [(name, html, url) for name, html, url in NONE if "Mara Quell" not in html]


@pytest.mark.parametrize(("name", "html", "url"), NONE, ids=[c[0] for c in NONE])
def test_no_trap_is_credited_on_a_page_without_a_writer(name: str, html: str, url: str) -> None:
    art = attach_credits(extract_html(html, id="p", url=url))
    assert [c.name for c in art.credits if c.kind == "person" and c.role in ("author", "contributor")] == [], name


def test_ungluing_keeps_agency_style_surnames_outlets_and_mc_names() -> None:
    from tracer.credits.html import unglued

    assert unglued("By Mara Quell PORTHAVEN") == "By Mara Quell"
    assert unglued("Mara QuellChief Correspondent") == "Mara Quell Chief Correspondent"
    for same in ("By Mara QUELL", "By Jitendra JOSHI", "Jane Roe USA TODAY", "Von Anna McDonald", "By Ana de SILVA"):
        assert unglued(same) == same
