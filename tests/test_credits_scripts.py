"""Credits in scripts other than the Latin and in languages with casing of their own (issue 15),
on invented articles and pages: bylines in scripts without capitals (Arabic, Persian, Hebrew,
Devanagari, Bengali, Thai) after their labels, wire datelines whose place is written with
combining vowel signs ('नई दिल्ली, 12 मार्च (भाषा)'), the agencies' names in those scripts,
Turkish capitals ('YILMAZ KIRTAŞ' is 'Yılmaz Kırtaş') and Greek capitals that drop accents,
and the traps beside them: a wire named in a sentence, a house desk, a one-word label.

The fixtures are generated: an article is a title, head lines, a body in its language and
tail lines; a page puts a byline into one of the common byline nodes (templates)."""

from __future__ import annotations

import pytest

from tracer import attach_credits, extract_html, extract_text

PER, ORG = "person", "organization"
BODY: dict[str, list[str]] = {
 "ar": ["أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لزيادة الإنفاق على النقل العام بنسبة اثني عشر في المئة.",
        "وقال المسؤولون إن الخطة ستضيف ثلاثة خطوط حافلات جديدة قبل الربيع المقبل في المناطق الشمالية.",
        "واعترض نواب المعارضة على الزيادة قائلين إنها ستجبر المدينة على الاقتراض وتأخير إصلاح المدارس.",
        "ومن المتوقع أن يرتفع عدد الركاب بمقدار الخمس بعد افتتاح الخطوط الجديدة بحسب الأرقام الرسمية."],
 "fa": ["دولت روز سه‌شنبه طرح جدیدی برای افزایش بودجه حمل و نقل عمومی به میزان دوازده درصد اعلام کرد.",
        "مقامات گفتند این طرح تا بهار آینده سه خط اتوبوس جدید به مناطق شمالی شهر اضافه می‌کند.",
        "نمایندگان مخالف گفتند این افزایش شهر را مجبور به استقراض بیشتر و تاخیر در تعمیر مدارس می‌کند.",
        "انتظار می‌رود تعداد مسافران پس از افتتاح خطوط جدید یک پنجم افزایش یابد."],
 "he": ["הממשלה הודיעה ביום שלישי על תוכנית חדשה להגדלת ההוצאה על תחבורה ציבורית בשנים עשר אחוזים.",
        "לדברי הפקידים התוכנית תוסיף שלושה קווי אוטובוס חדשים עד האביב הבא באזורים הצפוניים.",
        "חברי האופוזיציה טענו כי ההגדלה תאלץ את העירייה ללוות יותר ולדחות את תיקון בתי הספר.",
        "מספר הנוסעים צפוי לגדול בחמישית לאחר פתיחת הקווים החדשים."],
 "hi": ["सरकार ने मंगलवार को सार्वजनिक परिवहन पर खर्च बारह प्रतिशत बढ़ाने की नई योजना की घोषणा की।",
        "अधिकारियों ने कहा कि योजना अगले वसंत तक उत्तरी इलाकों में तीन नई बस लाइनें जोड़ेगी।",
        "विपक्षी सदस्यों ने तर्क दिया कि इस वृद्धि से शहर को अधिक उधार लेना पड़ेगा और स्कूलों की मरम्मत में देरी होगी।",
        "नई लाइनें खुलने के बाद यात्रियों की संख्या में पांचवें हिस्से की वृद्धि की उम्मीद है।"],
 "tr": ["Belediye meclisi salı günü toplu taşımaya ayrılan bütçeyi yüzde on iki artıran yeni planı onayladı.",
        "Yetkililer planın gelecek bahara kadar kuzey mahallelere üç yeni otobüs hattı ekleyeceğini söyledi.",
        "Muhalefet üyeleri artışın kenti daha fazla borçlanmaya zorlayacağını ve okul onarımlarını geciktireceğini savundu.",
        "Yeni hatlar açıldıktan sonra yolcu sayısının beşte bir oranında artması bekleniyor."],
 "el": ["Το δημοτικό συμβούλιο ενέκρινε την Τρίτη νέο προϋπολογισμό που αυξάνει τις δαπάνες για τις δημόσιες συγκοινωνίες κατά δώδεκα τοις εκατό.",
        "Οι αρμόδιοι δήλωσαν ότι το σχέδιο θα προσθέσει τρεις νέες γραμμές λεωφορείων στις βόρειες συνοικίες έως την άνοιξη.",
        "Μέλη της αντιπολίτευσης υποστήριξαν ότι η αύξηση θα αναγκάσει τον δήμο να δανειστεί περισσότερα χρήματα.",
        "Ο αριθμός των επιβατών αναμένεται να αυξηθεί κατά ένα πέμπτο μετά το άνοιγμα των νέων γραμμών."],
 "ru": ["Городской совет во вторник утвердил новый бюджет, который увеличивает расходы на общественный транспорт на двенадцать процентов.",
        "По словам чиновников, план добавит три новых автобусных маршрута в северных районах к следующей весне.",
        "Депутаты оппозиции заявили, что рост расходов вынудит город брать больше кредитов и отложить ремонт школ.",
        "Ожидается, что после открытия новых линий число пассажиров вырастет на пятую часть."],
 "uk": ["Міська рада у вівторок ухвалила новий бюджет, який збільшує витрати на громадський транспорт на дванадцять відсотків.",
        "За словами посадовців, план додасть три нові автобусні маршрути у північних районах до наступної весни.",
        "Депутати опозиції заявили, що зростання витрат змусить місто більше позичати і відкласти ремонт шкіл.",
        "Очікується, що після відкриття нових ліній кількість пасажирів зросте на п'яту частину."],
 "bg": ["Общинският съвет одобри във вторник нов бюджет, който увеличава разходите за обществен транспорт с дванадесет процента.",
        "Според служителите планът ще добави три нови автобусни линии в северните квартали до следващата пролет.",
        "Опозиционните съветници заявиха, че увеличението ще принуди общината да тегли повече заеми.",
        "Очаква се броят на пътниците да нарасне с една пета след откриването на новите линии."],
 "sr": ["Градска скупштина је у уторак усвојила нови буџет којим се издвајања за јавни превоз повећавају за дванаест одсто.",
        "Према речима званичника, план ће до следећег пролећа додати три нове аутобуске линије у северним деловима града.",
        "Опозициони одборници су рекли да ће повећање приморати град да се више задужи и одложи поправку школа.",
        "Очекује се да ће број путника порасти за петину након отварања нових линија."],
 "zh": ["市议会周二投票通过了一项新预算，将公共交通支出提高百分之十二。",
        "市长表示，该计划将在明年春天前增加三条公交线路，并将电车服务延伸到北部地区。",
        "反对派议员认为，预算增加将迫使该市借更多的钱，并推迟学校建筑的维修。",
        "官员预计，新线路开通后乘客人数将增长五分之一。"],
 "ja": ["市議会は火曜日、公共交通への支出を12％増やす新しい予算案を可決した。",
        "市長は、来春までに北部地区に新しいバス路線を3本追加すると述べた。",
        "野党議員は、予算の増加により市の借り入れが増え、学校の修理が遅れると主張した。",
        "新路線の開通後、利用者は5分の1増えると見込まれている。"],
 "ko": ["시의회는 12일 대중교통 예산을 12퍼센트 늘리는 새 예산안을 통과시켰다.",
        "시장은 내년 봄까지 북부 지역에 새 버스 노선 세 개를 추가하겠다고 말했다.",
        "야당 의원들은 예산 증가로 시가 더 많은 돈을 빌려야 한다고 주장했다.",
        "새 노선이 개통되면 이용객이 5분의 1가량 늘어날 것으로 예상된다."],
 "th": ["สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคารเพื่อเพิ่มการใช้จ่ายด้านขนส่งสาธารณะร้อยละสิบสอง",
        "เจ้าหน้าที่กล่าวว่าแผนนี้จะเพิ่มเส้นทางรถประจำทางใหม่สามสายในเขตทางเหนือภายในฤดูใบไม้ผลิหน้า",
        "สมาชิกฝ่ายค้านแย้งว่าการเพิ่มงบประมาณจะทำให้เมืองต้องกู้เงินมากขึ้น",
        "คาดว่าจำนวนผู้โดยสารจะเพิ่มขึ้นหนึ่งในห้าหลังจากเปิดเส้นทางใหม่"],
 "vi": ["Hội đồng thành phố hôm thứ Ba đã thông qua ngân sách mới, tăng chi tiêu cho giao thông công cộng thêm mười hai phần trăm.",
        "Các quan chức cho biết kế hoạch sẽ bổ sung ba tuyến xe buýt mới ở các quận phía bắc trước mùa xuân tới.",
        "Các thành viên đối lập cho rằng việc tăng chi sẽ buộc thành phố phải vay thêm và trì hoãn sửa chữa trường học.",
        "Số lượng hành khách dự kiến sẽ tăng một phần năm sau khi các tuyến mới được khai trương."],
 "id": ["Dewan kota pada Selasa menyetujui anggaran baru yang menaikkan belanja transportasi umum sebesar dua belas persen.",
        "Para pejabat mengatakan rencana itu akan menambah tiga jalur bus baru di wilayah utara sebelum musim semi mendatang.",
        "Anggota oposisi berpendapat kenaikan itu akan memaksa kota meminjam lebih banyak dan menunda perbaikan sekolah.",
        "Jumlah penumpang diperkirakan naik seperlima setelah jalur baru dibuka."],
 "ms": ["Majlis bandar raya pada Selasa meluluskan belanjawan baharu yang menaikkan perbelanjaan pengangkutan awam sebanyak dua belas peratus.",
        "Para pegawai berkata rancangan itu akan menambah tiga laluan bas baharu di kawasan utara menjelang musim bunga akan datang.",
        "Ahli pembangkang berhujah bahawa kenaikan itu akan memaksa bandar raya meminjam lebih banyak wang.",
        "Bilangan penumpang dijangka meningkat satu perlima selepas laluan baharu dibuka."],
}

BODY["mr"] = ["महापालिकेने मंगळवारी सार्वजनिक वाहतुकीवरील खर्च बारा टक्क्यांनी वाढवणारा नवा अर्थसंकल्प मंजूर केला.",
              "अधिकाऱ्यांनी सांगितले की पुढील वसंत ऋतूपर्यंत उत्तर भागात तीन नवीन बस मार्ग सुरू होतील.",
              "विरोधी सदस्यांनी या वाढीमुळे शहराला अधिक कर्ज घ्यावे लागेल असा युक्तिवाद केला.",
              "नवीन मार्ग सुरू झाल्यानंतर प्रवाशांची संख्या पाचव्या भागाने वाढेल अशी अपेक्षा आहे."]
BODY["bn"] = ["পৌরসভা মঙ্গলবার গণপরিবহনে ব্যয় বারো শতাংশ বাড়ানোর নতুন বাজেট অনুমোদন করেছে।",
              "কর্মকর্তারা জানিয়েছেন আগামী বসন্তের মধ্যে উত্তরাঞ্চলে তিনটি নতুন বাস রুট চালু হবে।",
              "বিরোধী সদস্যরা বলেছেন এই বৃদ্ধির ফলে শহরকে আরও ঋণ নিতে হবে।",
              "নতুন রুট চালুর পর যাত্রীর সংখ্যা এক-পঞ্চমাংশ বাড়বে বলে আশা করা হচ্ছে।"]

def text_credits(lang: str, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """The (kind, role, name) credits of an invented article: title, head lines, body, tail lines."""
    art = extract_text("\n\n".join(["Budget", *head, *BODY[lang], *tail]), id="t")
    art.publisher = "example-news.test"
    art = attach_credits(art)
    for c in art.credits:
        if c.start is not None:
            assert 0 <= c.start < c.end <= len(art.text)
    return sorted({(c.kind, c.role, c.agency or c.name) for c in art.credits
                   if c.role in ("author", "source", "contributor", "editor")})


# where a byline stands on a page: its own node marked as the byline, a span in the article's
# meta box beside the date, and the first line of the body (only for a labelled byline)
TEMPLATES = {
    "byline node": lambda b: (f'<p class="byline">{b}</p>', ""),
    "meta box": lambda b: (f'<div class="article-meta"><span class="author-name">{b}</span>'
                           f'<time datetime="2026-03-12">12.03.2026</time></div>', ""),
    "body head": lambda b: ("", f"<p>{b}</p>"),
}


def page(lang: str, *, above: str = "", inside: str = "", head: str = "") -> str:
    # Chinese, Japanese and Korean say as much in a third of the characters: a body as long as a
    # real article's, or the extractor takes the page for a stub and flattens it
    body = "".join(f"<p>{p}</p>" for p in BODY[lang] * (3 if lang in ("zh", "ja", "ko") else 1))
    rtl = ' dir="rtl"' if lang in ("ar", "fa", "he") else ""
    return (f'<!doctype html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>Budget | Example Site</title>'
            f'<meta property="og:site_name" content="Example Site">{head}</head><body><header><a href="/">Example Site'
            f'</a></header><main><article><h1>Budget</h1>{above}<div class="article-body">{inside}{body}</div>'
            f'</article></main><footer><p>© 2026 Example Site</p></footer></body></html>')


def page_credits(html: str) -> list[tuple[str, str, str]]:
    art = attach_credits(extract_html(html, id="p", url="https://www.example-site.test/news/2026/03/budget"))
    return sorted({(c.kind, c.role, c.agency or c.name) for c in art.credits if c.role in ("author", "source")})


# --- bylines in scripts without capitals: the label says a name follows ---
CASELESS_BYLINES = [
    ("ar", "بقلم أحمد المنصوري", "أحمد المنصوري"), ("ar", "كتب أحمد المنصوري", "أحمد المنصوري"),
    ("ar", "بقلم: ليلى حداد", "ليلى حداد"), ("fa", "نویسنده: مریم احمدی", "مریم احمدی"),
    ("fa", "به قلم مریم احمدی", "مریم احمدی"), ("he", "מאת יוסי לוין", "יוסי לוין"),
    ("hi", "लेखक: राहुल शर्मा", "राहुल शर्मा"), ("hi", "द्वारा राहुल शर्मा", "राहुल शर्मा"),
    ("mr", "लेखक: सुनीता पाटील", "सुनीता पाटील"), ("bn", "লেখক: অমিত রায়", "অমিত রায়"),
    ("th", "โดย สมชาย ใจดี", "สมชาย ใจดี"),
]


@pytest.mark.parametrize(("lang", "line", "name"), CASELESS_BYLINES, ids=[c[1] for c in CASELESS_BYLINES])
def test_a_labelled_byline_in_a_script_without_capitals(lang: str, line: str, name: str) -> None:
    assert text_credits(lang, head=(line,)) == [(PER, "author", name)]


@pytest.mark.parametrize(("lang", "line", "name"), CASELESS_BYLINES, ids=[c[1] for c in CASELESS_BYLINES])
@pytest.mark.parametrize("template", list(TEMPLATES))
def test_a_labelled_byline_in_a_script_without_capitals_on_a_page(lang: str, line: str, name: str,
                                                                   template: str) -> None:
    above, inside = TEMPLATES[template](line)
    assert page_credits(page(lang, above=above, inside=inside)) == [(PER, "author", name)]


@pytest.mark.parametrize(("lang", "line"), [
    # the label's word opening a sentence, a long line, one word after it, a function word in it
    ("ar", "كتب الرئيس رسالة طويلة إلى البرلمان يوم الثلاثاء"), ("ar", "كتب محمد"), ("ar", "كتب في الصحيفة"),
    ("hi", "द्वारा जारी बयान में कहा गया कि योजना लागू होगी"), ("hi", "लेखक: राहुल"),
    ("he", "מאת של העירייה"),
])
def test_a_caseless_line_that_only_opens_with_a_label_names_nobody(lang: str, line: str) -> None:
    assert text_credits(lang, head=(line,)) == []


def test_two_caseless_words_without_a_label_name_nobody_in_text() -> None:
    assert text_credits("ar", head=("أحمد المنصوري",)) == []


# --- wires in their own scripts, and their datelines ---
WIRE_LINES = [
    ("ar", ("القاهرة - رويترز:",), (), "Reuters"),
    ("ar", ("القاهرة (رويترز) - أعلنت الحكومة خطة جديدة.",), (), "Reuters"),
    ("hi", ("नई दिल्ली, 12 मार्च (भाषा)",), (), "PTI"),
    ("hi", ("नई दिल्ली, 12 मार्च (भाषा) सरकार ने नई योजना की घोषणा की।",), (), "PTI"),
    ("hi", ("नई दिल्ली (पीटीआई)।",), (), "PTI"),
    ("hi", ("मुंबई, 12 मार्च (आईएएनएस)।",), (), "IANS"),
    ("hi", ("नई दिल्ली, (एएनआई)",), (), "ANI"),
    ("hi", (), ("स्रोत: रॉयटर्स",), "Reuters"),
    ("bn", ("কলকাতা, ১২ মার্চ (পিটিআই)",), (), "PTI"),
    ("fa", (), ("منبع: ایرنا",), "IRNA"),
    ("he", (), ("מקור: רויטרס",), "Reuters"),
    ("th", (), ("ที่มา: รอยเตอร์",), "Reuters"),
    ("ko", ("(서울=뉴시스) 정부는 12일 새 예산안을 발표했다.",), (), "Newsis"),
    ("zh", (), ("来源：新华网",), "Xinhua"),
    ("bg", ("София, 12 март /БТА/. Общинският съвет одобри бюджета.",), (), "BTA"),
]


@pytest.mark.parametrize(("lang", "head", "tail", "agency"), WIRE_LINES, ids=[(w[1] or w[2])[0][:24] for w in WIRE_LINES])
def test_a_wire_in_its_own_script_is_the_source(lang: str, head: tuple[str, ...], tail: tuple[str, ...],
                                                 agency: str) -> None:
    assert text_credits(lang, head=head, tail=tail) == [(ORG, "source", agency)]


@pytest.mark.parametrize(("lang", "line"), [("ar", "المصدر: وكالات"), ("hi", "इनपुट: एजेंसी"), ("hi", "स्रोत: एजेंसियां")])
def test_the_agencies_as_a_whole_are_a_source(lang: str, line: str) -> None:
    got = text_credits(lang, tail=(line,))
    assert [(k, r) for k, r, _n in got] == [(ORG, "source")]


@pytest.mark.parametrize(("lang", "line"), [
    ("ar", "ونقلت رويترز عن مسؤول قوله إن الخطة ستنفذ."),
    ("hi", "पीटीआई के हवाले से अधिकारी ने कहा कि योजना लागू होगी।"),
    ("hi", "उन्होंने अपनी भाषा में कहा कि योजना अच्छी है।"),
    ("ru", "Об этом сообщает ТАСС со ссылкой на источник."),
])
def test_a_wire_or_a_word_named_in_a_sentence_is_a_mention(lang: str, line: str) -> None:
    assert text_credits(lang, tail=(line,)) == []
    assert text_credits(lang, head=(line,)) == []


# --- capitals: Turkish 'I' and 'İ', Greek accents ---
def test_turkish_capitals_are_written_with_the_turkish_i() -> None:
    assert text_credits("tr", head=("Yazan: İSMAİL IŞIK",)) == [(PER, "author", "İsmail Işık")]
    assert text_credits("tr", head=("Muhabir: AYŞE YILDIZ",)) == [(PER, "author", "Ayşe Yıldız")]
    # no Turkish letter in the name, but a Turkish article: its 'I' is 'ı' all the same
    assert text_credits("tr", head=("Yazan: YILMAZ KIRTAŞ",)) == [(PER, "author", "Yılmaz Kırtaş")]


def test_capitals_outside_turkish_keep_the_dotted_i() -> None:
    art = attach_credits(extract_text("Haushalt\n\nVon DIETER MÜLLER\n\n" + "\n\n".join([
        "Der Gemeinderat hat am Montag den neuen Haushalt beschlossen, der mehr Geld für Busse vorsieht.",
        "Die Opposition kritisierte, dass die Stadt dafür neue Schulden aufnehmen müsse."]), id="t"))
    assert [c.name for c in art.credits if c.kind == "person"] == ["Dieter Müller"]


@pytest.mark.parametrize("template", ["byline node", "meta box"])
def test_a_turkish_page_writes_a_capitals_byline_in_turkish_case(template: str) -> None:
    above, inside = TEMPLATES[template]("YILMAZ KIRTAŞ")
    assert page_credits(page("tr", above=above, inside=inside)) == [(PER, "author", "Yılmaz Kırtaş")]


def test_a_house_desk_and_the_wire_on_a_turkish_page() -> None:
    above, _ = TEMPLATES["byline node"]("Haber Merkezi")
    assert page_credits(page("tr", above=above)) == []
    above, _ = TEMPLATES["byline node"]("AA")
    assert page_credits(page("tr", above=above)) == [(ORG, "source", "Anadolu")]


def test_greek_capitals_take_the_accents_the_article_writes_the_name_with() -> None:
    tail = ("Ο Γιώργος Παπαδόπουλος είναι συντάκτης του τμήματος οικονομίας.",)
    assert text_credits("el", head=("Γράφει ο ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ",), tail=tail) == [(PER, "author", "Γιώργος Παπαδόπουλος")]
    # no spelling in the article: the accents a common given name and a surname's ending fix, the final
    # sigma in its form; a word whose form fixes no accent stays without
    assert text_credits("el", head=("Γράφει ο ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ",)) == [(PER, "author", "Γιώργος Παπαδόπουλος")]
    assert text_credits("el", head=("Του ΜΙΛΤΙΑΔΗ ΣΑΒΒΙΔΗ",)) == [(PER, "author", "Μιλτιάδης Σαββίδης")]
    assert text_credits("el", head=("Της ΕΛΕΝΗΣ ΓΕΩΡΓΙΟΥ",)) == [(PER, "author", "Ελένη Γεωργίου")]
    assert text_credits("el", head=("Γράφει ο ΑΡΗΣ ΜΑΥΡΟΣ",)) == [(PER, "author", "Άρης Μαυρος")]


def test_greek_capitals_on_a_page_take_the_spelling_of_its_structured_author() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget", '
          '"author": {"@type": "Person", "name": "Γιώργος Παπαδόπουλος"}}</script>')
    above, _ = TEMPLATES["byline node"]("ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ")
    assert page_credits(page("el", above=above, head=ld)) == [(PER, "author", "Γιώργος Παπαδόπουλος")]


@pytest.mark.parametrize("template", ["byline node", "meta box"])
def test_a_dash_for_the_colon_after_an_arabic_label(template: str) -> None:
    above, inside = TEMPLATES[template]("كتب - أحمد المنصوري")
    assert page_credits(page("ar", above=above, inside=inside)) == [(PER, "author", "أحمد المنصوري")]
    assert text_credits("ar", head=("كتب - أحمد المنصوري",)) == [(PER, "author", "أحمد المنصوري")]


@pytest.mark.parametrize("name", ["Nguyễn Văn An", "Trương Thị Mai", "Đặng Hoàng Yến"])
@pytest.mark.parametrize("template", ["byline node", "meta box"])
def test_a_vietnamese_name_in_a_byline_node(name: str, template: str) -> None:
    above, inside = TEMPLATES[template](name)
    assert page_credits(page("vi", above=above, inside=inside)) == [(PER, "author", name)]


def test_a_vietnamese_given_name_that_is_a_word_elsewhere_ends_only_a_vietnamese_name() -> None:
    from tracer.credits.names import is_person
    assert is_person("Nguyễn Văn An") and is_person("Trần Thị Mai")
    assert not is_person("Jane Roe An") and not is_person("Sun May")


# --- Chinese and Korean bylines, the Chinese desk's editor ---
@pytest.mark.parametrize(("lang", "line", "want"), [
    ("zh", "记者 张伟 报道", [(PER, "author", "张伟")]),
    ("zh", "本报记者 张伟", [(PER, "author", "张伟")]),
    ("zh", "作者：张伟", [(PER, "author", "张伟")]),
    ("zh", "记者 张伟、李娜", [(PER, "author", "张伟"), (PER, "author", "李娜")]),
    ("ko", "김철수 기자", [(PER, "author", "김철수")]),
    ("ko", "김철수·이영희 기자 kim@example.kr", [(PER, "author", "김철수"), (PER, "author", "이영희")]),
    ("ko", "(서울=뉴시스) 김철수 기자 = 시의회는 12일 새 예산안을 통과시켰다.", [(PER, "author", "김철수"), (ORG, "source", "Newsis")]),
])
def test_a_cjk_byline_line_names_its_writers(lang: str, line: str, want: list[tuple[str, str, str]]) -> None:
    assert text_credits(lang, head=(line,)) == sorted(want)


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "记者从市交通局获悉，新线路将于明年开通。"), ("ko", "김철수 기자는 현장에서 시민들의 반응을 들었다."),
    ("ko", "기자회견에서 시장은 예산안을 설명했다."),
])
def test_a_reporter_named_in_a_sentence_is_no_byline(lang: str, line: str) -> None:
    assert text_credits(lang, head=(line,)) == []


@pytest.mark.parametrize("line", ["责任编辑：王芳", "（责任编辑：王芳）", "编辑：王芳"])
def test_the_chinese_desks_editor_is_an_editor_not_the_writer(line: str) -> None:
    assert text_credits("zh", tail=(line,)) == [(PER, "editor", "王芳")]
    assert text_credits("zh", head=("记者 张伟 报道",), tail=(line,)) == [(PER, "author", "张伟"), (PER, "editor", "王芳")]


# --- the Persian press's opening credit, the Vietnamese 'Theo' line ---
@pytest.mark.parametrize("lead", ["به گزارش ایرنا،", "به گزارش خبرگزاری ایرنا،", "به گزارش خبرنگار ایرنا،"])
def test_a_persian_story_opening_with_its_agency(lead: str) -> None:
    assert text_credits("fa", head=(lead + " " + BODY["fa"][0],)) == [(ORG, "source", "IRNA")]


def test_a_persian_opening_that_names_no_agency_credits_nobody() -> None:
    assert text_credits("fa", head=("به گزارش رسانه‌های محلی، " + BODY["fa"][0],)) == []


@pytest.mark.parametrize(("line", "want"), [("Theo TTXVN", [(ORG, "source", "VNA")]), ("Theo Reuters", [(ORG, "source", "Reuters")]),
                                            ("Theo Lindqvist", [])])
def test_a_vietnamese_theo_line_names_the_source(line: str, want: list[tuple[str, str, str]]) -> None:
    assert text_credits("vi", tail=(line,)) == want


# --- a bare Chinese, Korean or Japanese name in a byline node ---
@pytest.mark.parametrize(("lang", "node", "names"), [
    ("zh", "张伟", ["张伟"]), ("zh", "欧阳娜", ["欧阳娜"]), ("zh", "张伟、李娜", ["张伟", "李娜"]),
    ("ko", "김철수", ["김철수"]), ("ko", "김철수 기자", ["김철수"]), ("ja", "山田太郎", ["山田太郎"]), ("ja", "佐々木健太", ["佐々木健太"]),
    # the desk, the agency, a word that opens with a family name's character: no person
    ("zh", "编辑部", []), ("zh", "综合", []), ("ko", "편집국", []), ("ko", "기자", []), ("zh", "文化", []),
])
@pytest.mark.parametrize("template", ["byline node", "meta box"])
def test_a_cjk_name_in_a_byline_node(lang: str, node: str, names: list[str], template: str) -> None:
    above, inside = TEMPLATES[template](node)
    assert page_credits(page(lang, above=above, inside=inside)) == [(PER, "author", n) for n in names]


def test_a_cjk_name_needs_the_byline_nodes_word() -> None:
    from tracer.credits.names import is_person
    assert is_person("张伟", single=True) and not is_person("张伟")
    assert not is_person("新华社", single=True) and not is_person("张伟李娜王芳赵", single=True)


# --- Greek bylines name the writer in the case their label governs ---
@pytest.mark.parametrize(("line", "name"), [
    ("Του Γιώργου Παπαδόπουλου", "Γιώργος Παπαδόπουλος"), ("Της Μαρίας Νικολάου", "Μαρία Νικολάου"),
    ("Από τον Γιάννη Παπαδάκη", "Γιάννης Παπαδάκης"), ("Του Κώστα Σαμαρά", "Κώστας Σαμαράς"),
    ("Της Ελένης Κωνσταντίνου", "Ελένη Κωνσταντίνου"), ("Από την Κατερίνα Οικονόμου", "Κατερίνα Οικονόμου"),
    # a surname in -ου is the same in every case; the nominative label changes nothing
    ("Του Νίκου Γεωργίου", "Νίκος Γεωργίου"), ("Γράφει ο Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
])
def test_a_greek_byline_names_the_writer_in_the_nominative(line: str, name: str) -> None:
    assert text_credits("el", head=(line,)) == [(PER, "author", name)]
    above, _ = TEMPLATES["byline node"](line)
    assert page_credits(page("el", above=above)) == [(PER, "author", name)]


def test_a_greek_genitive_in_capitals_takes_the_spelling_of_the_structured_author() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget", '
          '"author": {"@type": "Person", "name": "Γιώργος Παπαδόπουλος"}}</script>')
    above, _ = TEMPLATES["byline node"]("Του ΓΙΩΡΓΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ")
    assert page_credits(page("el", above=above, head=ld)) == [(PER, "author", "Γιώργος Παπαδόπουλος")]


@pytest.mark.parametrize(("lang", "line", "want"), [
    ("hi", "रिपोर्ट: राहुल शर्मा", [(PER, "author", "राहुल शर्मा")]), ("hi", "रिपोर्ट में कहा गया कि योजना लागू होगी", []),
    ("id", "Pewarta: Budi Santoso", [(PER, "author", "Budi Santoso")]), ("id", "Penulis: Budi Santoso", [(PER, "author", "Budi Santoso")]),
    ("ms", "Oleh Ahmad Faizal", [(PER, "author", "Ahmad Faizal")]),
    ("id", "Jakarta (ANTARA) - " + BODY["id"][0], [(ORG, "source", "Antara")]),
    ("ms", "KUALA LUMPUR, 12 Mac (Bernama) -- " + BODY["ms"][0], [(ORG, "source", "Bernama")]),
    ("uk", "Київ, 12 березня /Укрінформ/. " + BODY["uk"][0], [(ORG, "source", "Ukrinform")]),
    ("sr", "Београд, 12. марта (Танјуг) - " + BODY["sr"][0], [(ORG, "source", "Tanjug")]),
    ("ru", "МОСКВА, 12 марта. /ТАСС/. " + BODY["ru"][0], [(ORG, "source", "TASS")]),
    ("ru", "Текст: Иван Петров", [(PER, "author", "Иван Петров")]),
])
def test_more_labels_and_datelines(lang: str, line: str, want: list[tuple[str, str, str]]) -> None:
    assert text_credits(lang, head=(line,)) == want


@pytest.mark.parametrize(("lang", "line", "want"), [
    ("bg", "Източник: БТА", [(ORG, "source", "BTA")]), ("ms", "-- BERNAMA", [(ORG, "source", "Bernama")]),
    ("uk", "Джерело: УНІАН", [(ORG, "source", "UNIAN")]), ("hi", "(इनपुट: भाषा)", [(ORG, "source", "PTI")]),
    ("id", "Editor: Siti Rahma", [(PER, "editor", "Siti Rahma")]),
    # a picture's credit names no writer and no source
    ("ru", "Фото: Иван Петров", []), ("ar", "تصوير: أحمد علي", []), ("he", "צילום: יוסי לוין", []),
])
def test_more_closing_lines(lang: str, line: str, want: list[tuple[str, str, str]]) -> None:
    assert text_credits(lang, tail=(line,)) == want


@pytest.mark.parametrize(("lang", "line"), [
    # quoted people opening a story are no writers
    ("ar", "قال أحمد المنصوري إن الخطة ستنفذ قبل نهاية العام."), ("hi", "राहुल शर्मा ने कहा कि योजना लागू होगी।"),
    ("zh", "张伟表示，新线路将于明年开通。"), ("ko", "김철수 시장은 새 노선을 발표했다."),
    ("fa", "مریم احمدی گفت این طرح اجرا می‌شود."), ("he", "יוסי לוין אמר כי התוכנית תיושם."),
])
def test_a_quoted_person_in_the_first_line_is_no_writer(lang: str, line: str) -> None:
    assert text_credits(lang, head=(line,)) == []


# --- furniture beside bylines in these languages ---
@pytest.mark.parametrize(("lang", "node", "want"), [
    ("ko", "김철수 기자 입력 2026.03.12 10:00", [(PER, "author", "김철수")]),
    ("ko", "김철수 기자 기사입력 : 2026-03-12", [(PER, "author", "김철수")]),
    ("ar", "أحمد المنصوري | 12 مارس 2026", [(PER, "author", "أحمد المنصوري")]),
    ("he", "יוסי לוין | 12.03.2026", [(PER, "author", "יוסי לוין")]),
    ("th", "โดย สมชาย ใจดี | 12.03.2026", [(PER, "author", "สมชาย ใจดี")]),
    # the writer's place after her name: no second writer, no outlet
    ("hi", "राहुल शर्मा, नई दिल्ली", [(PER, "author", "राहुल शर्मा")]),
    ("tr", "YILMAZ KIRTAŞ | ANKARA", [(PER, "author", "Yılmaz Kırtaş")]),
    ("ru", "Иван Петров, РИА Новости", [(ORG, "source", "RIA"), (PER, "author", "Иван Петров")]),
    ("vi", "Nguyễn Văn An - Trần Thị Mai", [(PER, "author", "Nguyễn Văn An"), (PER, "author", "Trần Thị Mai")]),
    ("vi", "Theo TTXVN", [(ORG, "source", "VNA")]),
    ("ja", "共同通信", [(ORG, "source", "Kyodo")]),
    ("ar", "القاهرة - رويترز", [(ORG, "source", "Reuters")]),
])
def test_a_byline_node_with_its_furniture(lang: str, node: str, want: list[tuple[str, str, str]]) -> None:
    assert page_credits(page(lang, above=f'<div class="byline">{node}</div>')) == sorted(want)


def test_an_english_capitals_byline_and_its_place_after_a_bar() -> None:
    from tracer.credits import default_gazetteer
    from tracer.credits.parser import read_line
    found = read_line("JANE ROE | LONDON", 0, default_gazetteer(), "Example Site")
    assert [(c.kind, c.name) for c in found] == [(PER, "Jane Roe")]
    # an outlet's acronym after the bar stays the outlet
    found = read_line("Jane Roe | KXMP", 0, default_gazetteer(), "Example Site")
    assert [(c.kind, c.name) for c in found] == [(PER, "Jane Roe"), (ORG, "KXMP")]


def test_the_agencies_as_a_byline_are_a_source_not_a_truncated_author() -> None:
    # the extractor's own author field drops the last vowel sign ('एजेंस'): the node's reading stands
    got = page_credits(page("hi", above='<div class="author">एजेंसी</div>'))
    assert got == [(ORG, "source", "एजेंसी")]


@pytest.mark.parametrize(("info", "want"), [
    ("2026-03-12 10:00 来源：新华网 作者：张伟 责任编辑：王芳", [(ORG, "source", "Xinhua"), (PER, "author", "张伟")]),
    ("<span>2026-03-12 10:00</span><span>来源：新华网</span><span>作者：张伟</span>", [(ORG, "source", "Xinhua"), (PER, "author", "张伟")]),
    ("2026-03-12 10:00 来源：本站原创 作者：张伟", [(PER, "author", "张伟")]),
    ("2026-03-12 10:00 来源：新华网", [(ORG, "source", "Xinhua")]),
])
def test_a_chinese_info_line_under_the_headline(info: str, want: list[tuple[str, str, str]]) -> None:
    assert page_credits(page("zh", above=f'<div class="info">{info}</div>')) == want


def test_the_editor_on_a_chinese_info_line_keeps_the_role() -> None:
    html = page("zh", above='<div class="info">2026-03-12 来源：新华网 作者：张伟 责任编辑：王芳</div>')
    art = attach_credits(extract_html(html, id="p", url="https://www.example-site.test/news/2026/03/budget"))
    assert {(c.name, c.role) for c in art.credits if c.kind == PER} == {("张伟", "author"), ("王芳", "editor")}


def test_a_korean_reporters_line_closing_a_long_story() -> None:
    art = extract_text("\n\n".join(["예산안 통과", *BODY["ko"] * 4, "김철수 기자 kim@example.kr"]), id="t")
    art = attach_credits(art)
    assert [(c.name, c.role) for c in art.credits if c.kind == PER] == [("김철수", "author")]


@pytest.mark.parametrize(("lang", "line"), [
    ("ar", "وذكرت رويترز أن الحكومة ستعلن الخطة الأسبوع المقبل."), ("zh", "据新华社报道，市议会周二通过了新预算。"),
    ("ko", "연합뉴스에 따르면 시의회는 예산안을 통과시켰다."), ("ja", "共同通信によると、市議会は予算案を可決した。"),
    ("tr", "Anadolu Ajansı'na konuşan yetkili planın hazır olduğunu söyledi."),
    ("el", "Όπως μετέδωσε το ΑΠΕ-ΜΠΕ, το σχέδιο είναι έτοιμο."), ("ru", "Как сообщает РИА Новости, план уже готов."),
    ("hi", "रॉयटर्स के मुताबिक योजना तैयार है।"), ("he", "לפי רויטרס, התוכנית מוכנה."),
    ("vi", "Theo Reuters, kế hoạch đã sẵn sàng."), ("id", "Menurut Antara, rencana itu sudah siap."),
])
def test_a_wire_cited_in_a_sentence_is_no_credit(lang: str, line: str) -> None:
    assert text_credits(lang, head=(line,)) == []
    assert text_credits(lang, tail=(line,)) == []


@pytest.mark.parametrize(("lang", "line", "want"), [
    ("ko", "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>", [(ORG, "source", "Yonhap")]),
    ("ko", "저작권자 ⓒ 뉴시스. 무단전재 및 재배포 금지", [(ORG, "source", "Newsis")]),
    ("ja", "（共同）", [(ORG, "source", "Kyodo")]), ("ja", "（時事）", [(ORG, "source", "Jiji")]),
    ("zh", "（来源：新华网）", [(ORG, "source", "Xinhua")]), ("zh", "（完）", []),
    ("he", "מקור: סוכנויות הידיעות", [(ORG, "source", "סוכנויות הידיעות")]),
])
def test_closing_credit_lines_in_cjk_and_hebrew(lang: str, line: str, want: list[tuple[str, str, str]]) -> None:
    assert text_credits(lang, tail=(line,)) == want


def _ld_author(name: str) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget", '
            f'"author": {{"@type": "Person", "name": "{name}"}}}}</script>')


@pytest.mark.parametrize(("lang", "desk"), [
    ("ar", "فريق التحرير"), ("ar", "أخبار الآن"), ("hi", "न्यूज़ डेस्क"), ("hi", "डिजिटल डेस्क"), ("bn", "নিজস্ব প্রতিবেদক"),
    ("fa", "گروه خبر"), ("he", "מערכת חדשות"), ("tr", "Haber Merkezi"), ("zh", "编辑部"), ("ko", "온라인뉴스팀"),
])
def test_a_house_desk_in_these_scripts_is_no_person(lang: str, desk: str) -> None:
    for html in (page(lang, head=_ld_author(desk)), page(lang, above=f'<div class="byline">{desk}</div>')):
        assert not [c for c in page_credits(html) if c[0] == PER]
    assert text_credits(lang, head=(f"بقلم {desk}" if lang == "ar" else desk,)) == []


@pytest.mark.parametrize(("lang", "wire", "agency"), [("tr", "AA", "Anadolu"), ("tr", "İHA", "İHA"), ("tr", "DHA", "DHA"),
                                                       ("ru", "ТАСС", "TASS")])
def test_a_wire_as_the_structured_author_is_the_source(lang: str, wire: str, agency: str) -> None:
    assert page_credits(page(lang, head=_ld_author(wire))) == [(ORG, "source", agency)]


@pytest.mark.parametrize(("lang", "line", "want"), [
    ("ja", "文・山田太郎", [(PER, "author", "山田太郎")]), ("ja", "取材・文／佐々木健太", [(PER, "author", "佐々木健太")]),
    ("ja", "山田太郎記者", [(PER, "author", "山田太郎")]), ("zh", "文/张伟", [(PER, "author", "张伟")]),
    ("zh", "记者张伟", [(PER, "author", "张伟")]),
    # an office's press club, a label's word opening a word: nobody
    ("ja", "文化庁記者", []), ("ja", "記者会見で市長は説明した。", []), ("zh", "文化部记者", []), ("zh", "文明城市", []),
])
def test_japanese_and_chinese_byline_lines(lang: str, line: str, want: list[tuple[str, str, str]]) -> None:
    assert text_credits(lang, head=(line,)) == want


@pytest.mark.parametrize(("line", "want"), [
    ("JAKARTA, KOMPAS.com - " + BODY["id"][0], [(ORG, "source", "KOMPAS.com")]),
    ("TEMPO.CO, Jakarta - " + BODY["id"][0], [(ORG, "source", "TEMPO.CO")]),
    ("Laporan Wartawan Tribunnews.com, Budi Santoso", [(ORG, "source", "Tribunnews.com"), (PER, "author", "Budi Santoso")]),
    # a place and its region before the dash, a clause between dashes: no outlet
    ("LONDON, Ontario — " + BODY["id"][0], []), ("Menurut dia, anggaran itu - kata pejabat - sudah siap.", []),
])
def test_an_indonesian_dateline_names_the_outlet_reporting(line: str, want: list[tuple[str, str, str]]) -> None:
    assert text_credits("id", head=(line,)) == want


def test_the_outlet_in_its_own_dateline_is_the_publisher() -> None:
    art = extract_text("\n\n".join(["Anggaran", "JAKARTA, KOMPAS.com - " + BODY["id"][0], *BODY["id"][1:]]), id="t")
    art.publisher = "kompas.com"
    art = attach_credits(art)
    assert [(c.name, c.role) for c in art.credits] == [("KOMPAS.com", "publisher")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "الجزيرة نت"), ("ar", "اليوم السابع"), ("ar", "آخر تحديث"), ("hi", "शेयर करें"), ("he", "עודכן לפני"),
    ("fa", "زمان مطالعه"),
])
def test_widget_words_and_outlets_in_a_byline_node_are_no_person(lang: str, text: str) -> None:
    for html in (page(lang, head=_ld_author(text)), page(lang, above=f'<div class="byline">{text}</div>')):
        assert not [c for c in page_credits(html) if c[0] == PER]


def test_a_writer_and_a_site_before_a_dash_is_no_outlet_dateline() -> None:
    from tracer.credits import default_gazetteer
    from tracer.credits.parser import read_line
    gaz = default_gazetteer()
    assert [c.name for c in read_line("By Jane Roe, example.com - Updated 3pm", 0, gaz, "Example Site")
            if c.kind == PER] == ["Jane Roe"]
    assert read_line("TEMPO.CO, Jane Roe - Dewan kota menyetujui anggaran.", 0, gaz, "Example Site") == []


# --- the generated matrix: each language's writer in each place a page states it ---
WRITERS = {"ar": "ليلى حداد", "fa": "مریم احمدی", "he": "יוסי לוין", "hi": "राहुल शर्मा", "bn": "অমিত রায়",
           "th": "สมชาย ใจดี", "zh": "张伟", "ko": "김철수", "ja": "山田太郎", "tr": "Ayşe Yıldız", "el": "Μαρία Νικολάου",
           "ru": "Иван Петров", "uk": "Олена Коваленко", "bg": "Мария Иванова", "sr": "Марко Петровић",
           "vi": "Nguyễn Văn An", "id": "Budi Santoso", "ms": "Ahmad Faizal"}
LABEL = {"ar": "بقلم", "fa": "نویسنده:", "he": "מאת", "hi": "लेखक:", "bn": "লেখক:", "th": "โดย", "zh": "作者：",
         "ko": "", "ja": "文・", "tr": "Yazan:", "el": "Γράφει η", "ru": "Автор:", "uk": "Автор:", "bg": "Автор:",
         "sr": "Аутор:", "vi": "Tác giả:", "id": "Penulis:", "ms": "Oleh"}
PLACES = {
    "labelled node": lambda lang, n: {"above": f'<p class="byline">{LABEL[lang]} {n}</p>' if lang != "ko"
                                      else f'<p class="byline">{n} 기자</p>'},
    "bare node": lambda lang, n: {"above": f'<div class="article-meta"><span class="author-name">{n}</span></div>'},
    "json-ld": lambda lang, n: {"head": _ld_author(n)},
    "meta tag": lambda lang, n: {"head": f'<meta name="author" content="{n}">'},
}


@pytest.mark.parametrize("where", list(PLACES))
@pytest.mark.parametrize("lang", list(WRITERS))
def test_the_writer_wherever_the_page_states_it(lang: str, where: str) -> None:
    name = WRITERS[lang]
    assert page_credits(page(lang, **PLACES[where](lang, name))) == [(PER, "author", name)]


PHOTOGRAPHERS = {"ar": ("تصوير:", "كريم ناصر"), "fa": ("عکس:", "رضا کریمی"), "he": ("צילום:", "דני כהן"),
                 "hi": ("फोटो:", "अजय वर्मा"), "bn": ("ছবি:", "সুমন দাস"), "th": ("ภาพ:", "วิชัย สุขดี"),
                 "zh": ("摄影：", "李娜"), "ko": ("사진:", "박영희"), "ja": ("写真：", "佐藤花子"),
                 "tr": ("Fotoğraf:", "Mehmet Öztürk"), "el": ("Φωτογραφία:", "Νίκος Δημητρίου"),
                 "ru": ("Фото:", "Сергей Смирнов"), "uk": ("Фото:", "Андрій Шевченко"), "bg": ("Снимка:", "Георги Димитров"),
                 "sr": ("Фото:", "Никола Јовановић"), "vi": ("Ảnh:", "Trần Văn Bình"), "id": ("Foto:", "Agus Salim"),
                 "ms": ("Foto:", "Lim Wei Ming")}


@pytest.mark.parametrize("spot", ["caption", "body tail"])
@pytest.mark.parametrize("lang", list(WRITERS))
def test_the_photographer_beside_the_writer_is_no_writer(lang: str, spot: str) -> None:
    label, shooter = PHOTOGRAPHERS[lang]
    credit = f"{label} {shooter}"
    parts = PLACES["labelled node"](lang, WRITERS[lang])
    if spot == "caption":
        parts["above"] += f'<figure><img src="/img/a.jpg" alt=""><figcaption>{credit}</figcaption></figure>'
    html = page(lang, **parts)
    if spot == "body tail":  # the credit line closing the article's body
        html = html.replace("</div></article>", f"<p>{credit}</p></div></article>")
    assert page_credits(html) == [(PER, "author", WRITERS[lang])]


EDITORS = {"ar": ("تحرير:", "سامي يوسف"), "fa": ("ویراستار:", "علی رضایی"), "he": ("עריכה:", "רונית שגיא"),
           "hi": ("संपादन:", "अजय वर्मा"), "bn": ("সম্পাদনা:", "সুমন দাস"), "th": ("บรรณาธิการ:", "วิชัย สุขดี"),
           "zh": ("责任编辑：", "王芳"), "ko": ("편집:", "박영희"), "ja": ("編集：", "佐藤花子"),
           "tr": ("Editör:", "Mehmet Öztürk"), "el": ("Επιμέλεια:", "Νίκος Δημητρίου"), "ru": ("Редактор:", "Сергей Смирнов"),
           "uk": ("Редактор:", "Андрій Шевченко"), "bg": ("Редактор:", "Георги Димитров"), "sr": ("Уредник:", "Никола Јовановић"),
           "vi": ("Biên tập:", "Trần Văn Bình"), "id": ("Editor:", "Agus Salim"), "ms": ("Editor:", "Lim Wei Ming")}


@pytest.mark.parametrize("lang", list(WRITERS))
def test_the_editor_beside_the_writer_is_no_writer(lang: str) -> None:
    label, editor = EDITORS[lang]
    parts = PLACES["labelled node"](lang, WRITERS[lang])
    html = page(lang, **parts).replace("</div></article>", f"<p>{label} {editor}</p></div></article>")
    assert page_credits(html) == [(PER, "author", WRITERS[lang])]
    art = extract_text("\n\n".join(["Budget", f"{LABEL[lang]} {WRITERS[lang]}" if lang != "ko" else f"{WRITERS[lang]} 기자",
                                    *BODY[lang], f"{label} {editor}"]), id="t")
    assert [c.name for c in attach_credits(art).credits if c.kind == PER and c.role == "author"] == [WRITERS[lang]]


@pytest.mark.parametrize(("lang", "head", "tail", "agency"), [
    ("ar", (), ("المصدر: واس",), "SPA"), ("ar", ("الرياض (واس) - أعلنت الحكومة خطة جديدة.",), (), "SPA"),
    ("fa", ("به گزارش ایسنا، " + BODY["fa"][0],), (), "ISNA"),
    ("hi", ("नई दिल्ली, 12 मार्च (वार्ता)",), (), "UNI"), ("bn", ("ঢাকা, ১২ মার্চ (বাসস)",), (), "BSS"),
    ("bn", (), ("সূত্র: বাসস",), "BSS"), ("ru", (), ("Источник: Ассошиэйтед Пресс",), "AP"),
    ("zh", (), ("来源：彭博社",), "Bloomberg"), ("ko", (), ("출처: 블룸버그",), "Bloomberg"),
])
def test_more_wires_in_their_own_scripts(lang: str, head: tuple[str, ...], tail: tuple[str, ...], agency: str) -> None:
    assert text_credits(lang, head=head, tail=tail) == [(ORG, "source", agency)]


def test_an_ambiguous_wire_name_in_a_sentence_is_a_word() -> None:
    assert text_credits("hi", tail=("उन्होंने वार्ता में कहा कि योजना अच्छी है।",)) == []
    assert text_credits("ar", tail=("وقال واس إن الخطة جاهزة.",)) == []


@pytest.mark.parametrize(("line", "want"), [
    ("中新网北京3月12日电（记者 张伟）", [(ORG, "source", "CNS"), (PER, "author", "张伟")]),
    ("人民网北京3月12日电", [(ORG, "source", "People's Daily")]),
    ("新华社北京3月12日电", [(ORG, "source", "Xinhua")]),
])
def test_a_chinese_news_sites_wire_dateline(line: str, want: list[tuple[str, str, str]]) -> None:
    assert text_credits("zh", head=(line,)) == sorted(want)


@pytest.mark.parametrize("node", ["\u3000", "记者", "بقلم", "Του", "기자 =", "来源：", "作者：\u3000", "ΤΟΥ ΓΙΩΡΓΟΥ", "(भाषा)",
                                  "Yazan: İ", "文・", "به گزارش ،"])
def test_a_label_without_its_name_credits_nobody_and_raises_nothing(node: str) -> None:
    assert not [c for c in page_credits(page("ar", above=f'<div class="byline">{node}</div>')) if c[0] == PER]
    assert [c for c in text_credits("ar", head=(node,)) if c[0] == PER] == []


@pytest.mark.parametrize(("lang", "name", "want"), [
    ("ja", "山田 太郎", ["山田 太郎"]), ("ja", "山田太郎 記者", ["山田太郎"]),
    ("ko", "김철수 기자, 이영희 기자", ["김철수", "이영희"]), ("hi", "राहुल शर्मा द्वारा", ["राहुल शर्मा"]),
    ("ar", "أحمد المنصوري - القاهرة", ["أحمد المنصوري"]),
    ("zh", "张伟 李娜", []),  # two names with a space between: neither read as one name
])
def test_a_structured_author_in_these_forms(lang: str, name: str, want: list[str]) -> None:
    assert page_credits(page(lang, head=_ld_author(name))) == [(PER, "author", n) for n in want]


def test_a_korean_list_of_reporters_with_their_titles() -> None:
    assert text_credits("ko", head=("김철수 기자, 이영희 기자",)) == [(PER, "author", "김철수"), (PER, "author", "이영희")]
    assert text_credits("ko", head=("김철수 기자는 현장에, 이영희 기자는 시청에 있었다.",)) == []
