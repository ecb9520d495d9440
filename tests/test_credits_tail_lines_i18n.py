"""Credit lines in the body and the tail of article text, in many languages (issue 15).

Per language: contributor lines ('Mitarbeit: X', 'X a contribué à cet article'), agency asides
and tails ('(mit Material von dpa und AFP)', '(avec AFP)', '/TT'), source lines ('Quelle: X',
'Källa: X', 'Πηγή: X') and first-published or partner lines ('Dieser Artikel erschien zuerst
bei X'); and beside each the lines that only look like one: a 'Quelle:' naming a statistics
office or a study, a news agency cited in reported speech ('laut dpa'), a quoted person, and a
picture credit ('Foto: X/dpa': the picture's maker, never a writer or a source).

Bodies, headlines and people are invented; the agencies and outlets are real ones the
gazetteer knows, as a credit line names them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tracer import attach_credits, extract_text
from tracer.model import Article

CREDITED = ("author", "contributor", "source")


@dataclass(frozen=True)
class Lang:
    head: str
    body: tuple[str, ...]
    person: str  # an invented writer's name as the language writes it


LANGS = {
    "de": Lang("Stadtrat beschließt neuen Haushalt", (
        "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der mehr Geld für Busse und Bahnen vorsieht.",
        "Die Opposition kritisierte, dass die Stadt dafür neue Schulden aufnehmen und Reparaturen an Schulen "
        "verschieben müsse.",
        "Nach einer sechsstündigen Debatte stimmten einundzwanzig Mitglieder für den Plan und vierzehn dagegen."),
        "Jana Wendelin"),
    "fr": Lang("Le conseil municipal adopte un nouveau budget", (
        "Le conseil municipal a adopté mardi un nouveau budget qui augmente les dépenses consacrées aux transports.",
        "L'opposition estime que la ville devra emprunter davantage et retarder la rénovation des écoles.",
        "Le texte a été voté par vingt et une voix contre quatorze après un débat de six heures."),
        "Claire Morvanec"),
    "es": Lang("El pleno aprueba un nuevo presupuesto", (
        "El consejo municipal aprobó el martes un nuevo presupuesto que aumenta el gasto en transporte público.",
        "La oposición argumentó que la ciudad tendrá que endeudarse más y aplazar las reparaciones de las escuelas.",
        "El presupuesto salió adelante por veintiún votos a favor y catorce en contra tras un debate de seis horas."),
        "Lucía Berrocalde"),
    "it": Lang("Il consiglio comunale approva il nuovo bilancio", (
        "Il consiglio comunale ha approvato martedì un nuovo bilancio che aumenta la spesa per il trasporto pubblico.",
        "L'opposizione sostiene che il comune dovrà indebitarsi di più e rinviare i lavori nelle scuole.",
        "Il bilancio è passato con ventuno voti favorevoli e quattordici contrari dopo un dibattito di sei ore."),
        "Giulia Ferrandelli"),
    "pt": Lang("Câmara aprova novo orçamento", (
        "A câmara municipal aprovou na terça-feira um novo orçamento que aumenta os gastos com transportes públicos.",
        "A oposição afirmou que a cidade terá de contrair mais empréstimos e adiar obras nas escolas.",
        "O orçamento foi aprovado por vinte e um votos a favor e catorze contra após um debate de seis horas."),
        "Inês Carvalhosa"),
    "nl": Lang("Gemeenteraad neemt nieuwe begroting aan", (
        "De gemeenteraad heeft dinsdag een nieuwe begroting aangenomen die meer geld uittrekt voor het openbaar vervoer.",
        "De oppositie vindt dat de stad daardoor meer moet lenen en het onderhoud van scholen moet uitstellen.",
        "De begroting werd na een debat van zes uur aangenomen met eenentwintig stemmen voor en veertien tegen."),
        "Sanne Verhoeckx"),
    "pl": Lang("Rada miasta przyjęła nowy budżet", (
        "Rada miasta przyjęła we wtorek nowy budżet, który zwiększa wydatki na transport publiczny.",
        "Opozycja twierdzi, że miasto będzie musiało zaciągnąć więcej kredytów i odłożyć remonty szkół.",
        "Budżet przeszedł dwudziestoma jeden głosami przy czternastu przeciwnych po sześciogodzinnej debacie."),
        "Agnieszka Wróblewicz"),
    "sv": Lang("Fullmäktige klubbade ny budget", (
        "Kommunfullmäktige antog på tisdagen en ny budget som ökar satsningarna på kollektivtrafiken.",
        "Oppositionen menar att kommunen måste låna mer och skjuta upp renoveringen av skolor.",
        "Budgeten röstades igenom med tjugoen röster mot fjorton efter en debatt som pågick i sex timmar."),
        "Linnea Brandqvist"),
    "da": Lang("Byrådet vedtog nyt budget", (
        "Byrådet vedtog tirsdag et nyt budget, der øger udgifterne til den kollektive trafik.",
        "Oppositionen mener, at kommunen bliver nødt til at låne flere penge og udskyde renoveringen af skolerne.",
        "Budgettet blev vedtaget med enogtyve stemmer mod fjorten efter en debat på seks timer."),
        "Mette Skovhøj"),
    "no": Lang("Bystyret vedtok nytt budsjett", (
        "Bystyret vedtok tirsdag et nytt budsjett som gir mer penger til kollektivtransport.",
        "Opposisjonen mener at kommunen må låne mer og utsette oppussingen av skolene.",
        "Budsjettet ble vedtatt med tjueen mot fjorten stemmer etter en debatt som varte i seks timer."),
        "Ingrid Hovdenak"),
    "fi": Lang("Valtuusto hyväksyi uuden talousarvion", (
        "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion, joka lisää joukkoliikenteen rahoitusta.",
        "Oppositio arvosteli suunnitelmaa, koska kaupunki joutuu ottamaan lisää velkaa ja lykkäämään koulujen korjauksia.",
        "Talousarvio hyväksyttiin äänin 21–14 kuusi tuntia kestäneen keskustelun jälkeen."),
        "Aino Pelkoskari"),
    "cs": Lang("Zastupitelstvo schválilo nový rozpočet", (
        "Městské zastupitelstvo v úterý schválilo nový rozpočet, který zvyšuje výdaje na veřejnou dopravu.",
        "Opozice tvrdí, že si město bude muset více půjčit a odložit opravy škol.",
        "Rozpočet prošel po šestihodinové debatě poměrem jednadvacet ku čtrnácti hlasům."),
        "Tereza Vondráčková"),
    "tr": Lang("Belediye meclisi yeni bütçeyi onayladı", (
        "Belediye meclisi salı günü toplu taşımaya ayrılan harcamaları artıran yeni bütçeyi onayladı.",
        "Muhalefet, belediyenin daha fazla borçlanmak ve okulların onarımını ertelemek zorunda kalacağını savundu.",
        "Bütçe altı saat süren tartışmanın ardından on dörde karşı yirmi bir oyla kabul edildi."),
        "Elif Karabulutlar"),
    "ro": Lang("Consiliul local a aprobat noul buget", (
        "Consiliul local a aprobat marți un nou buget care mărește cheltuielile pentru transportul public.",
        "Opoziția susține că orașul va trebui să se împrumute mai mult și să amâne renovarea școlilor.",
        "Bugetul a fost adoptat cu douăzeci și unu de voturi pentru și paisprezece împotrivă, după o dezbatere "
        "de șase ore."),
        "Ioana Vlădărescu"),
    "hu": Lang("Elfogadta az új költségvetést a közgyűlés", (
        "A városi közgyűlés kedden elfogadta az új költségvetést, amely növeli a tömegközlekedésre fordított kiadásokat.",
        "Az ellenzék szerint a városnak emiatt több hitelt kell felvennie, és el kell halasztania az iskolák felújítását.",
        "A költségvetést hatórás vita után huszonegy igen és tizennégy nem szavazattal fogadták el."),
        "Szabados Rékavér"),
    "el": Lang("Εγκρίθηκε ο νέος προϋπολογισμός του δήμου", (
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη νέο προϋπολογισμό που αυξάνει τις δαπάνες για τις συγκοινωνίες.",
        "Η αντιπολίτευση υποστηρίζει ότι ο δήμος θα χρειαστεί να δανειστεί περισσότερα και να αναβάλει επισκευές "
        "σχολείων.",
        "Ο προϋπολογισμός εγκρίθηκε με είκοσι μία ψήφους υπέρ και δεκατέσσερις κατά μετά από εξάωρη συζήτηση."),
        "Ελένη Καραθανάκη"),
    "ru": Lang("Городской совет утвердил новый бюджет", (
        "Городской совет во вторник утвердил новый бюджет, который увеличивает расходы на общественный транспорт.",
        "Оппозиция считает, что городу придется больше занимать и отложить ремонт школ.",
        "Бюджет был принят двадцатью одним голосом против четырнадцати после шестичасовых дебатов."),
        "Анна Вершинская"),
    "uk": Lang("Міська рада ухвалила новий бюджет", (
        "Міська рада у вівторок ухвалила новий бюджет, який збільшує видатки на громадський транспорт.",
        "Опозиція вважає, що місту доведеться більше позичати та відкласти ремонт шкіл.",
        "Бюджет ухвалили двадцятьма одним голосом проти чотирнадцяти після шестигодинних дебатів."),
        "Олена Гайдамаченко"),
}


def article(lang: str, line: str, where: str = "tail") -> Article:
    """The language's story with `line` as its last line ('tail'), glued to its last paragraph
    ('end'), or under the headline ('head')."""
    lg = LANGS[lang]
    body = list(lg.body)
    if where == "tail":
        lines = [lg.head, *body, line]
    elif where == "end":
        lines = [lg.head, *body[:-1], body[-1] + " " + line]
    else:
        lines = [lg.head, line, *body]
    art = extract_text("\n".join(lines), id="t")
    art.publisher = "beispielblatt.test"
    return attach_credits(art)


def credited(art: Article) -> set[tuple[str, str, str]]:
    """(name or agency, kind, role) of every writer, contributor and source credit."""
    return {(c.agency or c.name, c.kind, c.role) for c in art.credits if c.role in CREDITED}


def assert_spans(art: Article) -> None:
    for c in art.credits:
        if c.start is not None:
            assert 0 <= c.start < c.end <= len(art.text)
            assert art.text[c.start:c.end].strip()


P = "{p}"  # the language's invented writer, filled in per case
PC = (P, "person", "contributor")
PA = (P, "person", "author")


def src(name: str) -> tuple[str, str, str]:
    return (name, "organization", "source")


def con(name: str) -> tuple[str, str, str]:
    return (name, "organization", "contributor")


# ---------------------------------------------------------------- what the lines credit

# (language, where the line stands, the line, what it credits: writers, contributors and sources)
CREDIT_LINES = [
    # German
    ("de", "tail", "Mitarbeit: {p}", [PC]),
    ("de", "tail", "(mit Material von dpa und AFP)", [src("dpa"), src("AFP")]),
    ("de", "end", "(mit Material von dpa)", [src("dpa")]),
    ("de", "tail", "Quelle: dpa", [src("dpa")]),
    ("de", "tail", "Mit Material von dpa, AFP und Reuters", [src("dpa"), src("AFP"), src("Reuters")]),
    ("de", "tail", "{p} und Tom Berghoff haben an diesem Artikel mitgearbeitet.",
     [PC, ("Tom Berghoff", "person", "contributor")]),
    ("de", "tail", "Dieser Artikel erschien zuerst bei Der Spiegel.", [src("Der Spiegel")]),
    ("de", "tail", "Dieser Text erschien zuerst in der Süddeutschen Zeitung.", [src("Süddeutsche Zeitung")]),
    # French
    ("fr", "tail", "{p} a contribué à cet article.", [PC]),
    ("fr", "tail", "(avec AFP)", [src("AFP")]),
    ("fr", "end", "(Avec AFP)", [src("AFP")]),
    ("fr", "tail", "Avec AFP et Reuters", [src("AFP"), src("Reuters")]),
    ("fr", "tail", "Source : AFP", [src("AFP")]),
    ("fr", "tail", "{p} et Paul Renaudin ont contribué à cet article.", [PC, ("Paul Renaudin", "person", "contributor")]),
    ("fr", "tail", "Avec la collaboration de {p}", [PC]),
    ("fr", "tail", "Cet article a d'abord été publié dans Le Monde.", [src("Le Monde")]),
    ("fr", "tail", "Cet article a été initialement publié sur Le Figaro.", [src("Le Figaro")]),
    # Spanish
    ("es", "tail", "Con la colaboración de {p}.", [PC]),
    ("es", "tail", "{p} colaboró en este reportaje.", [PC]),
    ("es", "tail", "Con información de EFE y Reuters.", [src("EFE"), src("Reuters")]),
    ("es", "end", "(Con información de EFE)", [src("EFE")]),
    ("es", "tail", "Fuente: EFE", [src("EFE")]),
    ("es", "tail", "Este artículo fue publicado originalmente en El País.", [src("El País")]),
    # Italian
    ("it", "tail", "Ha collaborato {p}", [PC]),
    ("it", "tail", "Hanno collaborato {p} e Marco Albertoni", [PC, ("Marco Albertoni", "person", "contributor")]),
    ("it", "tail", "(con agenzie)", [src("agenzie")]),
    ("it", "tail", "Fonte: ANSA", [src("ANSA")]),
    ("it", "tail", "Questo articolo è stato pubblicato originariamente su La Repubblica.", [src("La Repubblica")]),
    # Portuguese
    ("pt", "tail", "Colaborou {p}", [PC]),
    ("pt", "tail", "Com agências", [src("agências")]),
    ("pt", "tail", "Com informações da Lusa.", [src("Lusa")]),
    ("pt", "end", "(Com Lusa)", [src("Lusa")]),
    ("pt", "tail", "Fonte: Lusa", [src("Lusa")]),
    ("pt", "tail", "Com informações da Agência Brasil e da Reuters", [src("Agência Brasil"), src("Reuters")]),
    ("pt", "tail", "Este artigo foi publicado originalmente em O Globo.", [src("O Globo")]),
    # Dutch
    ("nl", "tail", "Met medewerking van {p}", [PC]),
    ("nl", "end", "(ANP)", [src("ANP")]),
    ("nl", "tail", "Bron: ANP", [src("ANP")]),
    ("nl", "tail", "Met medewerking van {p} en Pieter Jorisson", [PC, ("Pieter Jorisson", "person", "contributor")]),
    ("nl", "tail", "Dit artikel verscheen eerder in de Volkskrant.", [src("de Volkskrant")]),
    # Polish
    ("pl", "tail", "Współpraca: {p}", [PC]),
    ("pl", "end", "(PAP)", [src("PAP")]),
    ("pl", "tail", "Źródło: PAP", [src("PAP")]),
    ("pl", "tail", "Na podstawie informacji z agencji PAP", [src("PAP")]),
    ("pl", "tail", "Artykuł ukazał się pierwotnie w serwisie TVN24.", [src("TVN24")]),
    # Swedish
    ("sv", "tail", "Medverkande: {p}", [PC]),
    ("sv", "end", "/TT", [src("TT")]),
    ("sv", "tail", "Källa: TT", [src("TT")]),
    ("sv", "tail", "Artikeln publicerades först i Dagens Nyheter.", [src("Dagens Nyheter")]),
    # Danish
    ("da", "tail", "Medvirkende: {p}", [PC]),
    ("da", "end", "/ritzau/", [src("Ritzau")]),
    ("da", "tail", "Kilde: Ritzau", [src("Ritzau")]),
    ("da", "tail", "Artiklen blev først bragt på DR.", [src("DR")]),
    # Norwegian
    ("no", "tail", "Medvirkende: {p}", [PC]),
    ("no", "tail", "(NTB)", [src("NTB")]),
    ("no", "tail", "Kilde: NTB", [src("NTB")]),
    ("no", "tail", "NTB", [src("NTB")]),
    ("no", "tail", "– NTB", [src("NTB")]),
    ("no", "tail", "Saken ble først publisert på NRK.", [src("NRK")]),
    # Finnish
    ("fi", "tail", "Jutun tekoon osallistui {p}.", [PC]),
    ("fi", "end", "(STT)", [src("STT")]),
    ("fi", "tail", "STT–AFP", [src("STT"), src("AFP")]),
    ("fi", "tail", "Lähde: STT", [src("STT")]),
    ("fi", "tail", "Lähteet: Reuters, AFP", [src("Reuters"), src("AFP")]),
    ("fi", "tail", "Artikkeli on julkaistu alun perin Helsingin Sanomissa.", [src("Helsingin Sanomat")]),
    # Czech
    ("cs", "tail", "Spolupracovala {p}", [PC]),
    ("cs", "end", "(ČTK)", [src("ČTK")]),
    ("cs", "tail", "Zdroj: ČTK", [src("ČTK")]),
    ("cs", "tail", "Článek původně vyšel na serveru iDNES.cz.", [src("iDNES.cz")]),
    # Turkish
    ("tr", "tail", "Katkıda bulunanlar: {p}", [PC]),
    ("tr", "tail", "{p} bu habere katkıda bulundu.", [PC]),
    ("tr", "end", "(AA)", [src("Anadolu")]),
    ("tr", "tail", "Kaynak: AA", [src("Anadolu")]),
    ("tr", "tail", "Kaynak: Anadolu Ajansı", [src("Anadolu")]),
    ("tr", "tail", "Bu haber ilk olarak Hürriyet'te yayımlandı.", [src("Hürriyet")]),
    # Romanian
    ("ro", "tail", "A contribuit: {p}", [PC]),
    ("ro", "end", "(Agerpres)", [src("Agerpres")]),
    ("ro", "tail", "Sursa: Agerpres", [src("Agerpres")]),
    ("ro", "tail", "Surse: Agerpres, Reuters", [src("Agerpres"), src("Reuters")]),
    ("ro", "tail", "Agerpres", [src("Agerpres")]),
    ("ro", "end", "(Mediafax)", [src("Mediafax")]),
    ("ro", "tail", "Articolul a fost publicat inițial pe Euronews.", [src("Euronews")]),
    # Hungarian
    ("hu", "tail", "Közreműködött: {p}", [PC]),
    ("hu", "end", "(MTI)", [src("MTI")]),
    ("hu", "tail", "Forrás: MTI", [src("MTI")]),
    ("hu", "tail", "Források: MTI, Reuters", [src("MTI"), src("Reuters")]),
    ("hu", "tail", "Eredetileg megjelent: Euronews", [src("Euronews")]),
    # Greek
    ("el", "tail", "Συνεργασία: {p}", [PC]),
    ("el", "end", "(ΑΠΕ-ΜΠΕ)", [src("ANA-MPA")]),
    ("el", "tail", "Πηγή: ΑΠΕ-ΜΠΕ", [src("ANA-MPA")]),
    ("el", "tail", "Πηγές: ΑΠΕ-ΜΠΕ, Reuters", [src("ANA-MPA"), src("Reuters")]),
    ("el", "tail", "Πρώτη δημοσίευση: Kathimerini", [src("Kathimerini")]),
    ("el", "tail", "Πηγή: ΑΠΕ", [src("ANA-MPA")]),  # the agency's short old name, only with a label
    # Russian and Ukrainian
    ("ru", "tail", "Над материалом работали: {p}", [PC]),
    ("ru", "tail", "Источник: ТАСС", [src("TASS")]),
    ("ru", "tail", "По материалам ТАСС", [src("TASS")]),
    ("ru", "tail", "По материалам ТАСС и РИА Новости", [src("TASS"), src("RIA")]),
    ("ru", "tail", "По материалам «Интерфакса»", [src("Interfax")]),
    ("ru", "tail", "При подготовке материала использованы данные ТАСС", [src("TASS")]),
    ("ru", "tail", "Статья впервые опубликована в «Новая газета».", [src("Novaya Gazeta")]),
    ("uk", "tail", "Над матеріалом працювали: {p}", [PC]),
    ("uk", "tail", "Джерело: Укрінформ", [src("Ukrinform")]),
    ("uk", "end", "(Укрінформ)", [src("Ukrinform")]),
    ("uk", "tail", "За матеріалами Укрінформу", [src("Ukrinform")]),
    ("uk", "tail", "Матеріал уперше опубліковано на сайті «Українська правда».", [src("Ukrainska Pravda")]),
]


@pytest.mark.parametrize(("lang", "where", "line", "want"), CREDIT_LINES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CREDIT_LINES)])
def test_a_credit_line_in_the_body_or_tail_credits_what_it_names(lang: str, where: str, line: str,
                                                                   want: list[tuple[str, str, str]]) -> None:
    p = LANGS[lang].person
    art = article(lang, line.format(p=p), where)
    assert credited(art) == {(n.format(p=p), kind, role) for n, kind, role in want}
    assert_spans(art)


# ---------------------------------------------------------------- lines that credit nobody

# (language, where, line): a statistics office, a ministry or a study as a 'source', an agency in
# reported speech, a quoted person: no writer, contributor or source
NOT_CREDITS = [
    ("de", "tail", "Quelle: Statistisches Bundesamt"),
    ("de", "tail", "Quelle: Studie der Universität Beispielstadt, 2024"),
    ("de", "tail", "Quelle: Bundesministerium für Verkehr"),
    ("de", "tail", "Quelle: Verbraucherzentrale Beispielland"),
    ("de", "end", "Laut dpa ist der Plan umstritten."),
    ("de", "end", "„Wir brauchen mehr Busse“, sagte {p}."),
    ("fr", "tail", "Source : Institut national de la statistique et des études économiques"),
    ("fr", "tail", "Source : statistiques.exemple.gouv.fr"),
    ("fr", "end", "Selon l'AFP, le vote a été serré."),
    ("fr", "end", "« Nous avons besoin de bus », a déclaré {p}."),
    ("es", "tail", "Fuente: Instituto Nacional de Estadística"),
    ("es", "tail", "Fuente: Encuesta de Población Activa"),
    ("es", "tail", "Fuente: datos.ejemplo.gob.es"),
    ("es", "end", "Según EFE, la votación fue ajustada."),
    ("es", "end", "«Necesitamos más autobuses», dijo {p}."),
    ("it", "tail", "Fonte: Istituto nazionale di statistica"),
    ("it", "tail", "Fonte: Ministero dell'Economia"),
    ("it", "end", "Secondo l'ANSA il voto è stato combattuto."),
    ("it", "end", "«Servono più autobus», ha detto {p}."),
    ("pt", "tail", "Fonte: Instituto Nacional de Estatística"),
    ("pt", "end", "Segundo a Lusa, a votação foi renhida."),
    ("pt", "end", "\"Precisamos de mais autocarros\", disse {p}."),
    ("nl", "tail", "Bron: Rijksinstituut voor Volksgezondheid en Milieu"),
    ("nl", "end", "Volgens het ANP was de stemming spannend."),
    ("nl", "end", "\"We hebben meer bussen nodig\", zei {p}."),
    ("pl", "tail", "Źródło: Główny Urząd Statystyczny"),
    ("pl", "end", "Według PAP głosowanie było wyrównane."),
    ("pl", "end", "„Potrzebujemy więcej autobusów” – powiedziała {p}."),
    ("sv", "tail", "Källa: Statistiska centralbyrån"),
    ("sv", "end", "Enligt TT var omröstningen jämn."),
    ("sv", "end", "– Vi behöver fler bussar, säger {p}."),
    ("da", "tail", "Kilde: Danmarks Statistik"),
    ("da", "end", "Ifølge Ritzau var afstemningen tæt."),
    ("da", "end", "- Vi har brug for flere busser, siger {p}."),
    ("no", "tail", "Kilde: Statistisk sentralbyrå"),
    ("no", "end", "Ifølge NTB var avstemningen jevn."),
    ("no", "end", "– Vi trenger flere busser, sier {p}."),
    ("fi", "tail", "Lähde: Tilastokeskus"),
    ("fi", "end", "STT:n mukaan äänestys oli tiukka."),
    ("fi", "end", "– Tarvitsemme lisää busseja, sanoo {p}."),
    ("cs", "tail", "Zdroj: Český statistický úřad"),
    ("cs", "end", "Podle ČTK bylo hlasování těsné."),
    ("cs", "end", "„Potřebujeme více autobusů,“ řekla {p}."),
    ("tr", "tail", "Kaynak: Türkiye İstatistik Kurumu"),
    ("tr", "end", "AA'nın haberine göre oylama çekişmeli geçti."),
    ("tr", "end", "\"Daha fazla otobüse ihtiyacımız var\" dedi {p}."),
    ("ro", "tail", "Sursa: Institutul Național de Statistică"),
    ("ro", "end", "Potrivit Agerpres, votul a fost strâns."),
    ("ro", "end", "„Avem nevoie de mai multe autobuze”, a declarat {p}."),
    ("hu", "tail", "Forrás: Központi Statisztikai Hivatal"),
    ("hu", "end", "Az MTI szerint a szavazás szoros volt."),
    ("hu", "end", "– Több buszra van szükségünk – mondta {p}."),
    ("el", "tail", "Πηγή: Ελληνική Στατιστική Αρχή"),
    ("el", "end", "Σύμφωνα με το ΑΠΕ-ΜΠΕ, η ψηφοφορία ήταν οριακή."),
    ("el", "end", "Οι ΑΠΕ καλύπτουν πλέον το ένα τρίτο της ζήτησης."),  # renewable energy sources, no agency
    ("el", "end", "«Χρειαζόμαστε περισσότερα λεωφορεία», δήλωσε η {p}."),
    ("ru", "tail", "Источник: Министерство финансов"),
    ("ru", "end", "Как сообщает ТАСС, голосование было напряженным."),
    ("ru", "end", "«Нам нужно больше автобусов», — сказала {p}."),
    ("uk", "tail", "Джерело: Міністерство фінансів"),
    ("uk", "end", "Як повідомляє Укрінформ, голосування було напруженим."),
    ("uk", "end", "«Нам потрібно більше автобусів», — сказала {p}."),
]


@pytest.mark.parametrize(("lang", "where", "line"), NOT_CREDITS,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(NOT_CREDITS)])
def test_a_line_that_cites_or_quotes_credits_nobody(lang: str, where: str, line: str) -> None:
    art = article(lang, line.format(p=LANGS[lang].person), where)
    assert credited(art) == set()


# ---------------------------------------------------------------- picture credits

PHOTO_LINES = [
    ("de", "Foto: {p}/dpa"), ("de", "Bild: {p}/dpa"), ("fr", "Photo : {p}/AFP"), ("es", "Foto: {p}/EFE"),
    ("it", "Foto: {p}/ANSA"), ("pt", "Foto: {p}/Lusa"), ("nl", "Foto: {p}/ANP"), ("pl", "Fot. {p}/PAP"),
    ("sv", "Foto: {p}/TT"), ("da", "Foto: {p}/Ritzau Scanpix"), ("no", "Foto: {p}/NTB"),
    ("fi", "Kuva: {p}/STT"), ("cs", "Foto: {p}/ČTK"), ("tr", "Fotoğraf: {p}/AA"), ("ro", "Foto: {p}/Agerpres"),
    ("hu", "Fotó: {p}/MTI"), ("el", "Φωτογραφία: {p}/ΑΠΕ-ΜΠΕ"), ("ru", "Фото: {p}/ТАСС"),
    ("uk", "Фото: {p}/Укрінформ"),
]


@pytest.mark.parametrize(("lang", "line"), PHOTO_LINES, ids=[c[0] + "-" + str(i) for i, c in enumerate(PHOTO_LINES)])
@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_picture_credit_names_the_pictures_maker_never_a_writer_or_source(lang: str, line: str,
                                                                            where: str) -> None:
    art = article(lang, line.format(p=LANGS[lang].person), where)
    assert credited(art) == set()


# ---------------------------------------------------------------- the same labels naming outlets

@pytest.mark.parametrize(("lang", "line", "want"), [
    # an outlet the gazetteer lacks, known by an outlet's word, and one word that may be a paper's name
    ("de", "Quelle: Beispieler Zeitung", "Beispieler Zeitung"),
    ("de", "Quelle: Beispielbote", "Beispielbote"),
    ("es", "Fuente: Diario de Ejemplo", "Diario de Ejemplo"),
    # an agency the gazetteer lacks, known by its noun
    ("pl", "Źródło: Agencja Informacyjna Przykład", "Agencja Informacyjna Przykład"),
    # a news host, not a public one
    ("fr", "Source : exemple-infos.fr", "exemple-infos.fr"),
])
def test_a_source_label_naming_an_outlet_the_gazetteer_lacks_still_credits_it(lang: str, line: str,
                                                                                want: str) -> None:
    assert credited(article(lang, line)) == {src(want)}


# ---------------------------------------------------------------- partner notes under the headline

@pytest.mark.parametrize(("lang", "line", "outlet"), [
    ("de", "Dieser Artikel erschien zuerst bei Der Spiegel.", "Der Spiegel"),
    ("fr", "Cet article a d'abord été publié dans Le Monde.", "Le Monde"),
    ("es", "Este artículo fue publicado originalmente en El País.", "El País"),
    ("it", "Questo articolo è stato pubblicato originariamente su La Repubblica.", "La Repubblica"),
    ("nl", "Dit artikel verscheen eerder in de Volkskrant.", "de Volkskrant"),
    ("sv", "Artikeln publicerades först i Dagens Nyheter.", "Dagens Nyheter"),
    ("cs", "Článek původně vyšel na serveru iDNES.cz.", "iDNES.cz"),
    ("hu", "Eredetileg megjelent: Euronews", "Euronews"),
    ("el", "Πρώτη δημοσίευση: Kathimerini", "Kathimerini"),
])
def test_a_partner_note_under_the_headline_names_the_outlet(lang: str, line: str, outlet: str) -> None:
    art = article(lang, line, "head")
    assert credited(art) == {src(outlet)}
    assert_spans(art)


# ---------------------------------------------------------------- wire credits in a writer's bio

@pytest.mark.parametrize(("lang", "line", "wire"), [
    ("de", "{p} ist Korrespondentin der dpa in Berlin.", "dpa"),
    ("fr", "{p} est journaliste à l'AFP.", "AFP"),
    ("es", "{p} es periodista de EFE.", "EFE"),
    ("it", "{p} è giornalista dell'ANSA.", "ANSA"),
    ("pt", "{p} é jornalista da Lusa.", "Lusa"),
    ("nl", "{p} is correspondent voor ANP.", "ANP"),
    ("pl", "{p} jest dziennikarką PAP.", "PAP"),
    ("sv", "{p} är reporter på TT.", "TT"),
    ("da", "{p} er journalist på Ritzau.", "Ritzau"),
    ("no", "{p} er journalist i NTB.", "NTB"),
    ("fi", "{p} on STT:n toimittaja.", "STT"),
    ("cs", "{p} je redaktorka ČTK.", "ČTK"),
    ("ro", "{p} este jurnalist la Agerpres.", "Agerpres"),
    ("el", "{p} είναι δημοσιογράφος του ΑΠΕ-ΜΠΕ.", "ANA-MPA"),
    ("ru", "{p} — корреспондент ТАСС.", "TASS"),
    ("uk", "{p} — кореспондентка Укрінформу.", "Ukrinform"),  # the wire in the genitive
    # without the verb 'to be': the name, the wire, the role with its endings
    ("tr", "{p} Anadolu Ajansı muhabiridir.", "Anadolu"),
    ("hu", "{p} az MTI munkatársa.", "MTI"),
])
def test_a_writers_bio_at_the_end_credits_the_wire_she_writes_for(lang: str, line: str, wire: str) -> None:
    p = LANGS[lang].person
    art = article(lang, line.format(p=p))
    assert credited(art) == {(p, "person", "author"), src(wire)}


# ---------------------------------------------------------------- a name in its case, only in a repost note

def test_an_inflected_outlet_name_is_read_only_where_a_repost_note_names_an_outlet() -> None:
    from tracer.credits.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    assert gaz.lookup("Süddeutschen Zeitung") is None
    assert gaz.lookup_inflected("Süddeutschen Zeitung").name == "Süddeutsche Zeitung"
    assert gaz.lookup_inflected("Helsingin Sanomissa").name == "Helsingin Sanomat"
    # a short word's other case is another word, and a different word is no case of a name
    assert gaz.lookup_inflected("Die Zeiten") is None
    assert gaz.lookup_inflected("Süddeutsche Rundschau") is None
    # one word keeps all of itself ('Интерфакса'), and a name that is also a word is never read in a case
    assert gaz.lookup_inflected("Интерфакса").name == "Interfax"
    assert gaz.lookup_inflected("Antaris") is None
    assert gaz.lookup_inflected("Reutersville") is None
    # in running text the inflected name credits nobody
    art = article("de", "Das berichtete die Süddeutsche Zeitung am Montag.", "end")
    assert credited(art) == set()


# ---------------------------------------------------------------- the site, then its partner, closing the text

@pytest.mark.parametrize(("lang", "line", "want"), [
    ("es", "Beispielblatt / Hora Ejemplar", {src("Hora Ejemplar")}),
    ("de", "Beispielblatt / Diario Ejemplar", {src("Diario Ejemplar")}),
    ("pt", "Beispielblatt / exemplo-noticias.pt", {src("exemplo-noticias.pt")}),
    ("de", "Beispielblatt / Reuters", {src("Reuters")}),
    # the site and its writer, the site and its place, another site's name: no partner
    ("de", "Beispielblatt / {p}", set()),
    ("de", "Beispielblatt / Berlin", set()),
    ("de", "Beispielblatt / Bad Homburg", set()),
    ("es", "Otroblatt / Diario Ejemplar", set()),
    # the site and a section of it
    ("de", "Beispielblatt / Local News", set()),
    ("de", "Beispielblatt / Sport und Freizeit", set()),
])
def test_the_sites_name_and_a_partners_on_a_slash_line_credit_the_partner(lang: str, line: str,
                                                                          want: set[tuple[str, str, str]]) -> None:
    art = article(lang, line.format(p=LANGS[lang].person))
    assert {c for c in credited(art) if c[1] == "organization"} == want


def test_the_sites_name_and_a_section_under_the_headline_is_a_breadcrumb() -> None:
    assert credited(article("de", "Beispielblatt / Lokale Nachrichten", "head")) == set()


@pytest.mark.parametrize(("lang", "line"), [
    # someone speaking to a wire's writer, or a wire's writer speaking: no bio of the text's writer
    ("hu", "Kovács Péter a Reuters munkatársának elmondta, hogy a szavazás szoros volt."),
    ("tr", "Bakan Ahmet Yılmaz Anadolu Ajansı muhabirine konuştu."),
    ("ru", "Об этом «Интерфаксу» сообщил источник."),
    ("sv", "Det säger {p} till TT."),
    # Finnish 'on' ('is') only before a wire and a role: in English it is no verb
    ("fi", "Jane Roe on the set of her film as a producer for Reuters."),
])
def test_a_wire_named_beside_a_person_in_reported_speech_is_no_bio(lang: str, line: str) -> None:
    art = article(lang, line.format(p=LANGS[lang].person), "end")
    assert credited(art) == set()


# ---------------------------------------------------------------- a contributor's outlet beside her name

def con_p(name: str) -> tuple[str, str, str]:
    return (name, "person", "contributor")


@pytest.mark.parametrize(("lang", "line", "want"), [
    ("de", "Mitarbeit: {p} (dpa)", [PC, con("dpa")]),
    ("de", "Mitarbeit: {p} (dpa) und Tom Berghoff (AFP)", [PC, con("dpa"), con_p("Tom Berghoff"), con("AFP")]),
    ("de", "{p} von der dpa hat an diesem Artikel mitgearbeitet.", [PC, con("dpa")]),
    ("fr", "{p} (AFP) a contribué à cet article.", [PC, con("AFP")]),
    ("fr", "{p}, de l'AFP, a contribué à cet article.", [PC, con("AFP")]),
    ("es", "{p}, de EFE, colaboró en este reportaje.", [PC, con("EFE")]),
    ("it", "Ha collaborato {p} dell'ANSA", [PC, con("ANSA")]),
    ("nl", "Met medewerking van {p} van ANP", [PC, con("ANP")]),
    ("pl", "Współpraca: {p} z PAP", [PC, con("PAP")]),
    # her role and her outlet before her name ('AP writer Jane Roe contributed')
    ("de", "Die dpa-Korrespondentin {p} hat an diesem Artikel mitgearbeitet.", [PC, con("dpa")]),
    ("es", "La corresponsal de EFE {p} colaboró en este reportaje.", [PC, con("EFE")]),
    ("fr", "La correspondante de l'AFP {p} a contribué à cet article.", [PC, con("AFP")]),
    ("it", "Il corrispondente dell'ANSA {p} ha collaborato a questo articolo.", [PC, con("ANSA")]),
    ("de", "Die Korrespondentin {p} hat an diesem Artikel mitgearbeitet.", [PC]),  # her role is no part of her name
    # a place beside the name is where she works, no outlet
    ("de", "Mitarbeit: {p} (Berlin)", [PC]),
    ("de", "{p} aus Hamburg hat an diesem Artikel mitgearbeitet.", [PC]),
])
def test_a_contributors_outlet_beside_her_name_is_credited_too(lang: str, line: str,
                                                                want: list[tuple[str, str, str]]) -> None:
    p = LANGS[lang].person
    art = article(lang, line.format(p=p))
    assert credited(art) == {(n.format(p=p), kind, role) for n, kind, role in want}
    assert_spans(art)


# ---------------------------------------------------------------- an agency closing the text

@pytest.mark.parametrize(("lang", "line", "wire"), [
    ("it", "ANSA", "ANSA"), ("pt", "Lusa", "Lusa"), ("cs", "ČTK", "ČTK"), ("da", "Ritzau", "Ritzau"),
    ("el", "ΑΠΕ-ΜΠΕ", "ANA-MPA"), ("ru", "ТАСС", "TASS"), ("uk", "Укрінформ", "Ukrinform"),
    ("es", "EFE/lbg", "EFE"), ("it", "ANSA/gr", "ANSA"), ("cs", "ČTK/jt", "ČTK"), ("hu", "MTI/ab", "MTI"),
    # a short code that is also other things needs the brackets or a slash
    ("tr", "(AA)", "Anadolu"), ("sv", "(TT)", "TT"), ("hu", "(MTI)", "MTI"),
])
def test_an_agency_alone_on_the_last_line_is_the_source(lang: str, line: str, wire: str) -> None:
    assert credited(article(lang, line)) == {src(wire)}


@pytest.mark.parametrize(("lang", "line"), [("tr", "AA"), ("sv", "TT")])
def test_an_ambiguous_code_alone_on_the_last_line_credits_nobody(lang: str, line: str) -> None:
    assert credited(article(lang, line)) == set()


# ---------------------------------------------------------------- partner notes: 'in cooperation with' an outlet

@pytest.mark.parametrize(("lang", "line", "outlet"), [
    ("de", "Dieser Artikel stammt von unserem Partner Der Spiegel.", "Der Spiegel"),
    ("de", "In Kooperation mit der Süddeutschen Zeitung", "Süddeutsche Zeitung"),
    ("de", "In Kooperation mit Beispieler Zeitung", "Beispieler Zeitung"),  # unknown, but an outlet's word
    ("fr", "Article publié en partenariat avec Le Monde.", "Le Monde"),
    ("es", "En colaboración con El País", "El País"),
    ("it", "In collaborazione con La Repubblica", "La Repubblica"),
    ("pt", "Em parceria com O Globo", "O Globo"),
    ("nl", "In samenwerking met de Volkskrant", "de Volkskrant"),
    ("pl", "We współpracy z TVN24", "TVN24"),
    ("sv", "I samarbete med Dagens Nyheter", "Dagens Nyheter"),
    ("cs", "Ve spolupráci s iDNES.cz", "iDNES.cz"),
    ("ro", "În parteneriat cu Euronews", "Euronews"),
    ("el", "Σε συνεργασία με την Kathimerini", "Kathimerini"),
    ("ru", "В партнерстве с «Новая газета»", "Novaya Gazeta"),
    ("uk", "У партнерстві з «Українська правда»", "Ukrainska Pravda"),
])
@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_partner_note_names_the_outlet_that_made_the_text(lang: str, line: str, outlet: str, where: str) -> None:
    art = article(lang, line, where)
    assert credited(art) == {src(outlet)}
    assert_spans(art)


@pytest.mark.parametrize(("lang", "line"), [
    # the same phrases thank a town, a club, a foundation: no outlet made the text
    ("de", "In Kooperation mit der Stadt Beispielstadt"),
    ("de", "In Zusammenarbeit mit dem Beispielverein e.V."),
    ("de", "In Kooperation mit Der Spiegel hat die Stadt eine Umfrage gemacht und veröffentlicht."),
    ("fr", "En partenariat avec la Fondation Exemple"),
    ("es", "En colaboración con el Ayuntamiento de Ejemplo"),
])
def test_a_cooperation_note_naming_no_outlet_credits_nobody(lang: str, line: str) -> None:
    assert credited(article(lang, line)) == set()


# ---------------------------------------------------------------- a label closing the last paragraph

@pytest.mark.parametrize(("lang", "line", "want"), [
    ("de", "Quelle: dpa", {src("dpa")}),
    ("es", "Con información de EFE y Reuters.", {src("EFE"), src("Reuters")}),
    ("it", "Fonte: ANSA", {src("ANSA")}),
    ("sv", "Källa: TT", {src("TT")}),
    ("pl", "Źródło: PAP", {src("PAP")}),
    ("ru", "Источник: ТАСС", {src("TASS")}),
    # the same labels closing a paragraph with a source of facts or a person's description
    ("de", "Quelle: Statistisches Bundesamt", set()),
    ("pt", "Fonte: uma pessoa próxima do caso.", set()),
])
def test_a_label_that_closes_the_last_paragraph_credits_as_on_a_line_of_its_own(lang: str, line: str,
                                                                                 want: set[tuple[str, str, str]]) -> None:
    art = article(lang, line, "end")
    assert credited(art) == want
    assert_spans(art)
