"""Demo of the English edition: the glossary, pages translated through wagtail-localize, the English home page.

``seed_demo`` calls this after the content areas (INSTALLED_APPS order): their Vietnamese pages and the English
index pages made with ``builder.translation`` exist by then. Pages are found through Wagtail's registry
(``apps.get_model``), the way ``editorial`` does, so this app imports no content app.

Every page below is written in Vietnamese with its English text next to it (:class:`Texts`), created and
published in Vietnamese, then translated the way a translator does it: a ``TranslationSource`` of the page, a
``Translation`` into English, one ``StringTranslation`` per segment, ``translation.save_target()`` (localize.py). A
page whose segments are not all translated is skipped (logged), so the English edition never shows Vietnamese.
"""

import datetime

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText

from thainguyen_portal.core.demo_art import SUBJECTS

from .localize import translate_page
from .models import GlossaryTerm

GLOSSARY = [
    ("Ủy ban nhân dân tỉnh", "Provincial People's Committee", "“the PPC” after the first mention."),
    ("Hội đồng nhân dân tỉnh", "Provincial People's Council", "“the PPC” is the Committee; write Council in full."),
    ("Tỉnh ủy", "Provincial Party Committee", ""),
    ("Bí thư Tỉnh ủy", "Secretary of the Provincial Party Committee", ""),
    ("Chủ tịch", "Chairman", "Of a People's Committee or Council; “Chủ tịch nước” is the State President."),
    ("Phó Chủ tịch", "Vice Chairman", "Not “Deputy Chairman”."),
    ("Công báo", "Official Gazette", "The province's gazette of legal documents."),
    (
        "Sở Tài chính",
        "Department of Finance",
        "Since 2025 it includes the former Department of Planning and Investment.",
    ),
    ("Sở Công Thương", "Department of Industry and Trade", ""),
    ("Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", ""),
    ("Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", ""),
    ("Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee", ""),
    ("Ban Quản lý các khu công nghiệp", "Industrial Parks Management Board", ""),
    ("khu công nghiệp", "industrial park", "Not “industrial zone”."),
    ("Cổng Thông tin điện tử tỉnh Thái Nguyên", "Thai Nguyen Provincial Portal", "The portal's own name."),
    ("Cổng Thông tin điện tử", "Electronic Information Portal", "Of another province or ministry."),
    ("người phát ngôn", "spokesperson", ""),
    ("chỉ dẫn địa lý", "geographical indication", ""),
    ("Đặc san Trà Việt", "Trà Việt Magazine", "Keep the Vietnamese name with its diacritics."),
    ("chè Tân Cương", "Tan Cuong tea", "Place names without diacritics in running English text."),
    ("An toàn khu", "Safety Zone (ATK)", "The wartime revolutionary base of Dinh Hoa."),
    ("vốn đầu tư trực tiếp nước ngoài", "foreign direct investment", "FDI after the first mention."),
    ("thủ tục hành chính", "administrative procedures", ""),
    ("Lịch công tác", "work calendar", "The leaders' weekly calendar of meetings and visits."),
    ("Điểm báo", "press digest", "The daily review of what the press writes about the province."),
]


class Texts:
    """Vietnamese texts with their English translations: ``t(vi, en)`` records the pair and returns ``vi``."""

    def __init__(self):
        self.english = {}

    def __call__(self, vi, en):
        self.english[vi] = en
        return vi

    def rich(self, *pairs):
        return RichText("".join(f"<p>{self(vi, en)}</p>" for vi, en in pairs))

    def body(self, *pairs):
        return [("paragraph", self.rich(*pairs))]


def _model(label):
    return apps.get_model(*label.split("."))


def _glossary(builder):
    made = 0
    for source_term, english, note in GLOSSARY:
        _, created = GlossaryTerm.objects.get_or_create(
            source_term=source_term, defaults={"english": english, "note": note}
        )
        made += created
    if made:
        builder.log(f"  + glossary: {made} terms")


def _publish_and_translate(builder, parent, model, fields, texts, en_slug):
    """The Vietnamese page (made once) and its English translation through wagtail-localize."""
    if parent is None:
        return None
    page = builder.page(parent, model, **fields)
    existing = page.get_translation_or_none(builder.locale("en"))
    if existing is not None:
        return existing.specific
    texts(page.slug, en_slug)
    translated, missing = translate_page(page, builder.locale("en"), texts.english)
    if translated is None:
        builder.log(f"  ! not translated (no English for {len(missing)} segments): {page.title}")
        return None
    builder.log(f"  + en (wagtail-localize): {translated.title}")
    return translated


def _standard_pages(builder, home):
    StandardPage = _model("home.StandardPage")
    pages = {}
    t = Texts()
    pages["investment"] = _publish_and_translate(
        builder,
        home,
        StandardPage,
        {
            "title": t("Đầu tư vào Thái Nguyên", "Investing in Thai Nguyen"),
            "intro": t(
                "Thái Nguyên là một trong những địa phương dẫn đầu cả nước về thu hút vốn đầu tư trực tiếp nước "
                "ngoài, với hạ tầng khu công nghiệp đồng bộ và nguồn nhân lực dồi dào.",
                "Thai Nguyen is one of Viet Nam's leading provinces for foreign direct investment, with fully "
                "serviced industrial parks and an abundant workforce.",
            ),
            "body": t.body(
                (
                    "Tỉnh nằm cách sân bay quốc tế Nội Bài khoảng 50 km và được nối với Hà Nội bằng đường cao tốc. "
                    "Các khu công nghiệp Yên Bình, Điềm Thụy và Sông Công đã thu hút nhiều tập đoàn điện tử lớn.",
                    "The province lies about 50 km from Noi Bai International Airport and is linked to Ha Noi by "
                    "expressway. The Yen Binh, Diem Thuy and Song Cong industrial parks are home to several major "
                    "electronics groups.",
                ),
                (
                    "Sở Tài chính hướng dẫn nhà đầu tư từ khi tìm hiểu dự án đến khi cấp giấy chứng nhận "
                    "đăng ký đầu tư; Ban Quản lý các khu công nghiệp hỗ trợ các dự án trong khu công nghiệp.",
                    "The Department of Finance guides investors from the first enquiry to the "
                    "investment registration certificate; the Industrial Parks Management Board assists projects "
                    "inside the industrial parks.",
                ),
                (
                    "Ủy ban nhân dân tỉnh cam kết giải quyết thủ tục hành chính nhanh gọn và đồng hành cùng doanh "
                    "nghiệp trong suốt quá trình hoạt động.",
                    "The Provincial People's Committee is committed to handling administrative procedures promptly "
                    "and to standing by businesses throughout their operations.",
                ),
            ),
        },
        t,
        "investing-in-thai-nguyen",
    )
    t = Texts()
    pages["tourism"] = _publish_and_translate(
        builder,
        home,
        StandardPage,
        {
            "title": t("Du lịch Thái Nguyên", "Visiting Thai Nguyen"),
            "intro": t(
                "Đồi chè xanh, hồ Núi Cốc và những di tích lịch sử của An toàn khu Định Hóa chờ đón du khách quanh "
                "năm.",
                "Green tea hills, Nui Coc Lake and the historic sites of the Dinh Hoa Safety Zone (ATK) welcome "
                "visitors all year round.",
            ),
            "body": t.body(
                (
                    "Hồ Núi Cốc, cách trung tâm tỉnh 20 km, là điểm nghỉ dưỡng nổi tiếng với mặt hồ rộng và những "
                    "hòn đảo nhỏ giữa núi rừng.",
                    "Nui Coc Lake, 20 km from the provincial centre, is a popular retreat with a wide lake and small "
                    "islands among forested hills.",
                ),
                (
                    "Du khách có thể hái chè, sao chè cùng người dân và thưởng thức chè Tân Cương ngay trên đồi chè.",
                    "Visitors can pick and roast tea with local families and taste Tan Cuong tea on the hills where "
                    "it grows.",
                ),
                (
                    "Khu di tích An toàn khu Định Hóa lưu giữ những địa điểm gắn với cuộc kháng chiến chống thực "
                    "dân Pháp.",
                    "The Dinh Hoa Safety Zone (ATK) relic site preserves places linked to the resistance war against "
                    "French colonial rule.",
                ),
            ),
        },
        t,
        "visiting-thai-nguyen",
    )
    return pages


def _existing_standard_pages(builder, home):
    """A page of the home area's demo, translated as it is (the English of every run, for the footer menu)."""
    StandardPage = _model("home.StandardPage")
    t = Texts()
    t("Mạng xã hội chính thức", "Official social media")
    t(
        "Các tài khoản mạng xã hội chính thức của Cổng Thông tin điện tử tỉnh Thái Nguyên.",
        "The official social media accounts of the Thai Nguyen Provincial Portal.",
    )
    t("Fanpage Facebook: Cổng thông tin điện tử tỉnh Thái Nguyên.", "Facebook page: Thai Nguyen Provincial Portal.")
    t(
        "Zalo Official Account: Cổng thông tin Thái Nguyên – nhận tin nhanh, gửi phản ánh, kiến nghị.",
        "Zalo Official Account: Thai Nguyen Portal – news as it happens, feedback and petitions.",
    )
    t(
        "Kênh YouTube: Cổng thông tin Thái Nguyên – video tin tức và phóng sự.",
        "YouTube channel: Thai Nguyen Portal – news videos and reports.",
    )
    t("mang-xa-hoi-chinh-thuc", "official-social-media")
    made = []
    for slug in ("mang-xa-hoi-chinh-thuc",):
        page = StandardPage.objects.child_of(home).filter(slug=slug).first()
        translated = _translate_existing(builder, page, t)
        if translated is not None:
            made.append(translated)
    return made


def _translate_existing(builder, page, texts, untagged=False):
    """The English translation of `page` (a page another area's demo made), made through wagtail-localize when
    missing; None when `page` is None or some segment has no English in `texts`.

    With `untagged`, the translation goes without the source's tags: tags are not translatable (taggit's names are
    in one language), so the English page would show Vietnamese topic names (the press digest groups by them)."""
    if page is None:
        return None
    existing = page.get_translation_or_none(builder.locale("en"))
    if existing is not None:
        return existing.specific
    translated, missing = translate_page(page, builder.locale("en"), texts.english, publish=not untagged)
    if translated is None:
        builder.log(f"  ! not translated (no English for {len(missing)} segments): {page.title}")
        return None
    if untagged:
        translated.tags.clear()
        translated.save_revision().publish()
    builder.log(f"  + en (wagtail-localize): {translated.title}")
    return translated


# The newsroom's own pages (news/demo.py), their Vietnamese text as the news demo writes it: (model, slug, English
# slug, [(Vietnamese, English)]).
NEWSROOM_PAGES = [
    (
        "news.SpokespersonPage",
        "nguoi-phat-ngon",
        "spokesperson",
        [
            ("Người phát ngôn", "Spokesperson"),
            (
                "Người phát ngôn và người được giao phát ngôn, cung cấp thông tin cho báo chí của UBND tỉnh Thái "
                "Nguyên.",
                "The spokesperson and the officials assigned to speak and provide information to the press on "
                "behalf of the Thai Nguyen Provincial People's Committee.",
            ),
        ],
    ),
    (
        "news.WorkCalendarPage",
        "lich-cong-tac",
        "work-calendar",
        [
            ("Lịch công tác", "Work calendar"),
            (
                "Lịch công tác tuần của Chủ tịch và các Phó Chủ tịch UBND tỉnh.",
                "The weekly work calendar of the Chairman and each Vice Chairman of the Provincial People's Committee.",
            ),
        ],
    ),
    (
        "news.PressDigestPage",
        "diem-bao",
        "press-digest",
        [
            ("Điểm báo", "Press digest"),
            (
                "Báo chí trong nước viết về Thái Nguyên mỗi ngày, theo chủ đề và theo cơ quan báo chí.",
                "What the Vietnamese press writes about Thai Nguyen each day, by topic and by news outlet.",
            ),
        ],
    ),
]


# Two sections of the news demo and what it files there: the spokesperson's statements and the latest day's press
# coverage (the English spokesperson's page and press digest list them). Their Vietnamese text is the news demo's.
NEWSROOM_SECTIONS = {
    "phat-ngon-bao-chi": (
        "press-statements",
        [
            ("Phát ngôn báo chí", "Press statements"),
            (
                "Phát ngôn và cung cấp thông tin cho báo chí của UBND tỉnh.",
                "Statements and information for the press from the Provincial People's Committee.",
            ),
        ],
    ),
    "thong-tin-bao-chi-ve-thai-nguyen": (
        "in-the-press",
        [
            ("Thông tin báo chí về Thái Nguyên", "Thai Nguyen in the press"),
            (
                "Báo chí trong nước và quốc tế viết về Thái Nguyên.",
                "What the Vietnamese and international press write about Thai Nguyen.",
            ),
        ],
    ),
}
# What every statement shares: its byline.
NEWSROOM_PARAGRAPHS = [("Văn phòng UBND tỉnh", "Office of the Provincial People's Committee")]


def _statement_texts():
    """Vietnamese -> English of the statements' bodies, as the news demo writes them (news/demo_articles.py, a data
    module: no content app's models are imported): its headings without their "## "."""
    from news.demo_articles import STATEMENTS as BODIES

    texts = {}
    for title, _kind, _sapo, pairs in BODIES:
        texts[title] = [(vi.removeprefix("## "), en.removeprefix("## ")) for vi, en in pairs]
    return texts


# Vietnamese title -> (English title, English slug, [(Vietnamese, English) of the other texts]).
STATEMENTS = {
    "Họp báo cung cấp thông tin kinh tế – xã hội quý IV": (
        "Press conference on the province's socio-economic situation in the fourth quarter",
        "press-conference-socio-economic-situation-q4",
        [
            (
                "UBND tỉnh thông tin về kết quả phát triển kinh tế – xã hội và trả lời câu hỏi của phóng viên.",
                "The Provincial People's Committee reported on the province's socio-economic results and answered "
                "reporters' questions.",
            )
        ],
    ),
    "Thông cáo báo chí về sự cố sạt lở tại xã Thần Sa": (
        "Press release on the landslide in Than Sa Commune",
        "press-release-landslide-than-sa",
        [
            (
                "UBND tỉnh thông tin chính thức về sự cố sạt lở và công tác khắc phục hậu quả.",
                "The Provincial People's Committee gives official information on the landslide and the recovery work.",
            )
        ],
    ),
    "Trả lời báo chí về tiến độ dự án khu đô thị Tây Nam": (
        "Answer to the press on the progress of the South-West urban area project",
        "answer-to-the-press-south-west-urban-area",
        [
            (
                "Văn phòng UBND tỉnh trả lời phản ánh của báo chí về tiến độ bàn giao nhà ở.",
                "The Office of the Provincial People's Committee answers press reports on the handover of homes.",
            )
        ],
    ),
    "Họp báo công bố Lễ hội Trà Thái Nguyên 2027": (
        "Press conference announcing the Thai Nguyen Tea Festival 2027",
        "press-conference-tea-festival-2027",
        [
            (
                "Ban tổ chức công bố chương trình, thời gian và địa điểm lễ hội.",
                "The organising committee announced the festival's programme, dates and venues.",
            )
        ],
    ),
    "Thông cáo về việc điều chỉnh giờ làm việc mùa đông": (
        "Press release on winter working hours",
        "press-release-winter-working-hours",
        [
            (
                "Các cơ quan hành chính nhà nước áp dụng giờ làm việc mùa đông từ ngày 1/11.",
                "State administrative agencies switch to winter working hours from 1 November.",
            )
        ],
    ),
}
PRESS = {
    "Báo Nhân Dân: Thái Nguyên – điểm sáng thu hút đầu tư nước ngoài": (
        "Nhan Dan newspaper: Thai Nguyen, a bright spot for foreign investment",
        "nhan-dan-bright-spot-for-foreign-investment",
        [
            (
                "Thái Nguyên tiếp tục nằm trong nhóm địa phương dẫn đầu về thu hút vốn FDI.",
                "Thai Nguyen remains among the leading provinces in attracting FDI.",
            ),
            (
                "Bài viết phân tích các yếu tố giúp Thái Nguyên hấp dẫn nhà đầu tư: hạ tầng, nhân lực và cải cách hành "
                "chính.",
                "The article examines what makes Thai Nguyen attractive to investors: infrastructure, workforce and "
                "administrative reform.",
            ),
        ],
    ),
    "Báo Thái Nguyên: Nông dân Phú Bình trúng mùa lúa": (
        "Thai Nguyen newspaper: Phu Binh farmers reap a bumper rice harvest",
        "phu-binh-farmers-bumper-rice-harvest",
        [
            (
                "Vụ mùa năm nay năng suất đạt cao nhất từ trước đến nay.",
                "This season's yields are the highest on record.",
            ),
            (
                "Tin phản ánh kết quả sản xuất lúa chất lượng cao ở Phú Bình.",
                "A report on high-quality rice farming in Phu Binh.",
            ),
        ],
    ),
    "VnExpress: Thái Nguyên mở rộng khu công nghiệp Yên Bình": (
        "VnExpress: Thai Nguyen expands Yen Binh industrial park",
        "vnexpress-yen-binh-industrial-park-expands",
        [
            ("Khu công nghiệp mở rộng thêm 300 ha.", "The industrial park is growing by a further 300 hectares."),
            (
                "Tin về dự án mở rộng khu công nghiệp và nhu cầu lao động.",
                "A report on the industrial park's expansion and its demand for workers.",
            ),
        ],
    ),
    "VnExpress: Thái Nguyên xuất khẩu chè kỷ lục": (
        "VnExpress: Thai Nguyen's tea exports hit a record",
        "vnexpress-tea-exports-hit-a-record",
        [
            ("Chè Thái Nguyên có mặt tại hơn 20 quốc gia.", "Thai Nguyen tea is now sold in more than 20 countries."),
            ("Tin về kết quả xuất khẩu chè năm 2026.", "A report on the province's tea exports in 2026."),
        ],
    ),
}


def _newsroom_sections(builder, index):
    """The statements and the press coverage in English, with their sections: {section slug: [English pages]}."""
    SectionPage, ArticlePage = _model("news.SectionPage"), _model("news.ArticlePage")
    made = {}
    for slug, (slug_en, pairs) in NEWSROOM_SECTIONS.items():
        t = Texts()
        for vi, en in pairs:
            t(vi, en)
        t(slug, slug_en)
        section = SectionPage.objects.child_of(index).filter(slug=slug).first()
        if _translate_existing(builder, section, t) is None:
            continue
        articles = STATEMENTS if slug == "phat-ngon-bao-chi" else PRESS
        made[slug] = []
        for article in ArticlePage.objects.child_of(section).filter(title__in=articles).order_by("-date", "pk"):
            title_en, article_slug_en, texts = articles[article.title]
            t = Texts()
            t(article.title, title_en)
            t(article.slug, article_slug_en)
            bodies = _statement_texts() if articles is STATEMENTS else {}
            for vi, en in texts + bodies.get(article.title, []) + NEWSROOM_PARAGRAPHS:
                t(vi, en)
            translated = _translate_existing(builder, article, t, untagged=articles is PRESS)
            if translated is not None:
                made[slug].append(translated)
    return made


def _newsroom_pages(builder, vi_home):
    """The spokesperson's page, the work calendar and the press digest in English: {model label: English page}."""
    index = Page.objects.child_of(vi_home).type(_model("news.NewsIndexPage")).first()
    if index is None or index.get_translation_or_none(builder.locale("en")) is None:
        return {}
    made = {}
    for label, slug, slug_en, pairs in NEWSROOM_PAGES:
        t = Texts()
        for vi, en in pairs:
            t(vi, en)
        t(slug, slug_en)
        page = _model(label).objects.child_of(index).filter(slug=slug).first()
        translated = _translate_existing(builder, page, t)
        if translated is not None:
            made[label] = translated
    _newsroom_sections(builder, index)
    return made


# (section, (title), English slug, (standfirst), [(paragraph)], days ago), each text as (Vietnamese, English). Bodies
# of 200–600 words that do not repeat the standfirst; people from core/demo_people.py, places and departments by
# their names of today.
ARTICLES = [
    (
        "kinh-te",
        (
            "Thái Nguyên trao giấy chứng nhận đầu tư cho 5 dự án điện tử",
            "Thai Nguyen licenses five electronics projects",
        ),
        "thai-nguyen-licenses-five-electronics-projects",
        (
            "Ủy ban nhân dân tỉnh trao giấy chứng nhận đăng ký đầu tư cho 5 dự án với tổng vốn 420 triệu USD.",
            "The Provincial People's Committee has granted investment registration certificates to five projects "
            "with a combined capital of USD 420 million.",
        ),
        [
            (
                "Các dự án đặt tại khu công nghiệp Yên Bình và Sông Công, sản xuất linh kiện điện tử, bảng mạch "
                "in và thiết bị viễn thông. Ba nhà đầu tư đến từ Hàn Quốc, một từ Nhật Bản và một từ Singapore; "
                "dự án lớn nhất có vốn 180 triệu USD, dự kiến đi vào hoạt động từ quý IV năm 2027.",
                "The projects, in the Yen Binh and Song Cong industrial parks, will make electronic components, "
                "printed circuit boards and telecommunications equipment. Three investors are from the Republic of "
                "Korea, one from Japan and one from Singapore; the largest project, with USD 180 million, is due to "
                "start production in the fourth quarter of 2027.",
            ),
            (
                "Khi hoạt động hết công suất, năm dự án cần khoảng 6.500 lao động, trong đó gần 1.000 kỹ sư và kỹ "
                "thuật viên. Các nhà đầu tư cam kết ưu tiên tuyển dụng lao động địa phương, phối hợp với Đại học "
                "Thái Nguyên và các trường nghề đào tạo theo đơn đặt hàng.",
                "At full capacity the five projects will need some 6,500 workers, nearly 1,000 of them engineers "
                "and technicians. The investors have undertaken to hire local people first and to work with Thai "
                "Nguyen University and vocational schools on training to order.",
            ),
            (
                "Theo Ban Quản lý các khu công nghiệp tỉnh, thời gian từ khi nhận hồ sơ hợp lệ đến khi cấp giấy "
                "chứng nhận chỉ mất 4 ngày làm việc, ngắn hơn nhiều so với thời hạn 15 ngày theo quy định. Hồ sơ "
                "được nộp và theo dõi trực tuyến, nhà đầu tư không phải đến trụ sở cơ quan nhà nước.",
                "According to the Provincial Industrial Parks Management Board, it took only four working days from "
                "a complete application to the certificate, far less than the 15 days allowed. The applications "
                "were filed and tracked online; the investors did not have to visit a government office.",
            ),
            (
                "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi đề nghị Sở Tài chính tiếp tục rút "
                "ngắn thời gian giải quyết thủ tục hành chính cho nhà đầu tư, đồng thời yêu cầu các doanh nghiệp "
                "tuân thủ nghiêm quy định về môi trường, phòng cháy chữa cháy và quyền lợi của người lao động.",
                "Standing Vice Chairman of the Provincial People's Committee Hoang Minh Khoi asked the Department "
                "of Finance to keep shortening the time taken by administrative procedures for investors, and "
                "asked the companies to comply strictly with the rules on the environment, fire safety and "
                "workers' rights.",
            ),
            (
                "Từ đầu năm đến nay, tỉnh đã cấp mới giấy chứng nhận cho 38 dự án có vốn đầu tư trực tiếp nước "
                "ngoài. Các khu công nghiệp của tỉnh hiện sử dụng hơn 160.000 lao động.",
                "Since the start of the year the province has licensed 38 new projects with foreign direct "
                "investment. Its industrial parks now employ more than 160,000 people.",
            ),
        ],
        2,
    ),
    (
        "thoi-su",
        (
            "Hội đồng nhân dân tỉnh khai mạc kỳ họp thường lệ cuối năm",
            "Provincial People's Council opens its year-end session",
        ),
        "provincial-peoples-council-opens-year-end-session",
        (
            "Kỳ họp xem xét kết quả phát triển kinh tế – xã hội năm 2026 và kế hoạch năm 2027.",
            "The session reviews the province's socio-economic results for 2026 and the plan for 2027.",
        ),
        [
            (
                "Phát biểu khai mạc, Chủ tịch Hội đồng nhân dân tỉnh Phạm Minh Tuấn cho biết đây là kỳ họp thường "
                "lệ cuối năm đầu tiên của nhiệm kỳ mới, diễn ra trong bối cảnh tỉnh vận hành chính quyền địa "
                "phương hai cấp với 92 xã, phường. Kỳ họp dự kiến làm việc trong ba ngày.",
                "Opening the session, the Chairman of the Provincial People's Council, Pham Minh Tuan, said it was "
                "the first year-end session of the new term, held as the province runs two-level local government "
                "with 92 communes and wards. The session is expected to last three days.",
            ),
            (
                "Chủ tịch Hội đồng nhân dân tỉnh cho biết kỳ họp sẽ thông qua nhiều nghị quyết quan trọng về đầu tư "
                "công và chuyển đổi số, trong đó có kế hoạch đầu tư công năm 2027 và chính sách hỗ trợ các tổ công "
                "nghệ số cộng đồng ở thôn, tổ dân phố.",
                "The Chairman of the Provincial People's Council said the session would pass several important "
                "resolutions on public investment and digital transformation, among them the public investment "
                "plan for 2027 and support for the community digital technology teams of villages and residential "
                "groups.",
            ),
            (
                "Báo cáo của Ủy ban nhân dân tỉnh do Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng trình bày cho "
                "thấy tăng trưởng kinh tế năm 2026 ước đạt 8,2%, thu ngân sách vượt dự toán và tỷ lệ hộ nghèo tiếp "
                "tục giảm. Báo cáo cũng nêu những hạn chế về giải ngân vốn đầu tư công và cấp giấy chứng nhận quyền "
                "sử dụng đất.",
                "The report of the Provincial People's Committee, presented by its Chairman Nguyen Van Hung, shows "
                "economic growth estimated at 8.2% in 2026, budget revenue above the estimate and a further fall in "
                "poverty. It also sets out the shortcomings in disbursing public investment and in issuing land use "
                "right certificates.",
            ),
            (
                "Trước kỳ họp, các đại biểu đã tiếp xúc cử tri tại tất cả các xã, phường và tổng hợp hơn 300 ý kiến, "
                "kiến nghị, tập trung vào giao thông nông thôn, nước sạch, đất đai và chất lượng dịch vụ y tế ở các "
                "xã vùng cao.",
                "Before the session the deputies met voters in every commune and ward and gathered more than 300 "
                "opinions and petitions, mostly on rural roads, clean water, land and the quality of health care in "
                "the highland communes.",
            ),
            (
                "Các nghị quyết được đăng trên Công báo tỉnh và Cổng Thông tin điện tử của tỉnh.",
                "The resolutions are published in the provincial Official Gazette and on the province's Electronic "
                "Information Portal.",
            ),
        ],
        1,
    ),
    (
        "du-lich",
        (
            "Festival Trà Thái Nguyên thu hút hơn 100.000 lượt khách",
            "Thai Nguyen Tea Festival draws over 100,000 visitors",
        ),
        "tea-festival-draws-over-100000-visitors",
        (
            "Lễ hội diễn ra trong bốn ngày với các hoạt động trình diễn sao chè, thi pha trà và hội chợ.",
            "The four-day festival featured tea-roasting demonstrations, a tea-brewing contest and a trade fair.",
        ),
        [
            (
                "Du khách được tham quan đồi chè, tìm hiểu quy trình làm ra chè Tân Cương được bảo hộ chỉ dẫn địa lý.",
                "Visitors toured the tea hills and learned how Tan Cuong tea, protected by a geographical "
                "indication, is made.",
            ),
            (
                "Tại xã Tân Cương và xã La Bằng, các hợp tác xã mở cửa xưởng chè cho khách xem nghệ nhân sao chè "
                "bằng chảo gang trên bếp củi. Nhiều đoàn khách đến từ Hà Nội, Hải Phòng và cả khách quốc tế đã đăng "
                "ký tour một ngày, tự tay hái chè và mang về gói chè do mình làm.",
                "In Tan Cuong and La Bang communes, cooperatives opened their workshops so that visitors could watch "
                "master tea makers roast tea in cast-iron pans over wood fires. Many groups from Ha Noi, Hai Phong "
                "and abroad booked one-day tours, picked tea themselves and took home a packet they had made.",
            ),
            (
                "Hội chợ chè và sản phẩm OCOP có gần 300 gian hàng, doanh thu ước đạt 28 tỷ đồng. Lần đầu tiên chè "
                "Shan tuyết của các xã vùng cao phía Bắc tỉnh có khu trưng bày riêng, thu hút đông khách tìm hiểu.",
                "The fair of tea and OCOP products had nearly 300 stalls and took an estimated 28 billion dong. For "
                "the first time the Shan tuyet tea of the province's northern highland communes had its own "
                "display, which drew large crowds.",
            ),
            (
                "Sở Văn hóa, Thể thao và Du lịch cho biết công suất phòng lưu trú trong những ngày lễ hội đạt gần 90%.",
                "The Department of Culture, Sports and Tourism said hotel occupancy reached nearly 90% during the "
                "festival.",
            ),
            (
                "Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đánh giá lễ hội đã quảng bá hiệu quả thương hiệu "
                "chè Thái Nguyên và đề nghị các địa phương duy trì các tour trải nghiệm quanh năm, để người làm chè "
                "có thêm thu nhập ổn định từ du lịch.",
                "Vice Chairman of the Provincial People's Committee Le Thi Thu Ha said the festival had promoted "
                "the Thai Nguyen tea brand well, and asked the communes to keep the hands-on tours running all year "
                "so that tea growers earn a steady extra income from tourism.",
            ),
        ],
        3,
    ),
    (
        "kinh-te",
        (
            "Sở Công Thương hỗ trợ doanh nghiệp chè xuất khẩu sang châu Âu",
            "Department of Industry and Trade helps tea firms export to Europe",
        ),
        "tea-firms-export-to-europe",
        (
            "Các doanh nghiệp được hướng dẫn đáp ứng tiêu chuẩn an toàn thực phẩm và truy xuất nguồn gốc.",
            "Businesses are being guided through food-safety and traceability standards.",
        ),
        [
            (
                "Sở Công Thương phối hợp với các hiệp hội tổ chức đoàn doanh nghiệp tham dự hội chợ chè quốc tế tại "
                "Đức.",
                "The Department of Industry and Trade is working with business associations to take a delegation of "
                "companies to an international tea fair in Germany.",
            ),
            (
                "Thị trường châu Âu đòi hỏi chè nhập khẩu phải đáp ứng giới hạn dư lượng thuốc bảo vệ thực vật rất "
                "thấp, có chứng nhận canh tác bền vững và thông tin minh bạch về vùng trồng. Đây là rào cản lớn với "
                "nhiều doanh nghiệp chè của tỉnh vốn quen bán cho các thị trường dễ tính hơn.",
                "The European market requires imported tea to meet very low limits on pesticide residues, to be "
                "certified as sustainably grown and to come with clear information on where it was grown. This is "
                "a high barrier for many of the province's tea companies, used to less demanding markets.",
            ),
            (
                "Trong năm 2026, Sở Công Thương đã tổ chức 6 lớp tập huấn cho hơn 200 doanh nghiệp, hợp tác xã về "
                "quy định nhập khẩu của Liên minh châu Âu, ghi nhật ký sản xuất điện tử và cấp mã truy xuất nguồn "
                "gốc cho từng lô hàng. Sở Nông nghiệp và Môi trường hỗ trợ cấp mã số vùng trồng cho khoảng 1.500 ha "
                "chè ở xã Tân Cương, xã La Bằng và xã Đại Phúc.",
                "In 2026 the Department of Industry and Trade ran six training courses for more than 200 companies "
                "and cooperatives on the European Union's import rules, electronic farm records and traceability "
                "codes for every consignment. The Department of Agriculture and Environment is helping register "
                "growing-area codes for some 1,500 hectares of tea in Tan Cuong, La Bang and Dai Phuc communes.",
            ),
            (
                "Nhờ đó, xuất khẩu chè sang châu Âu của tỉnh năm nay ước đạt khoảng 900 tấn, gấp ba lần năm trước. "
                "Giá bán bình quân cao hơn khoảng 40% so với các thị trường truyền thống.",
                "As a result the province's tea exports to Europe are estimated at about 900 tonnes this year, three "
                "times last year's. The average price is some 40% higher than in its traditional markets.",
            ),
            (
                "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi đề nghị các doanh nghiệp liên kết "
                "chặt chẽ với người trồng chè, giữ ổn định chất lượng từng lô hàng để xây dựng uy tín lâu dài cho "
                "chè Thái Nguyên.",
                "Standing Vice Chairman of the Provincial People's Committee Hoang Minh Khoi urged companies to work "
                "closely with tea growers and to keep every consignment's quality steady, so as to build a lasting "
                "reputation for Thai Nguyen tea.",
            ),
        ],
        4,
    ),
]


def _articles(builder, vi_home):
    SectionPage, ArticlePage = _model("news.SectionPage"), _model("news.ArticlePage")
    made = []
    now = timezone.now()
    for section_slug, (title_vi, title_en), slug_en, (sapo_vi, sapo_en), paragraphs, days_ago in ARTICLES:
        section = SectionPage.objects.descendant_of(vi_home).filter(slug=section_slug).first()
        if section is None or not section.get_translations().filter(locale=builder.locale("en")).exists():
            continue
        t = Texts()
        page = _publish_and_translate(
            builder,
            section,
            ArticlePage,
            {
                "title": t(title_vi, title_en),
                "sapo": t(sapo_vi, sapo_en),
                "body": t.body(*paragraphs),
                "authors": t("Trung tâm Thông tin tỉnh", "Provincial Information Centre"),
                "date": now - datetime.timedelta(days=days_ago, hours=2),
            },
            t,
            slug_en,
        )
        made.append(page)
    return made


def _story(builder, vi_home):
    Hub, Story = _model("multimedia.MultimediaIndexPage"), _model("multimedia.LayeredStoryPage")
    hub = Hub.objects.child_of(vi_home).first()
    if hub is None or not hub.get_translations().filter(locale=builder.locale("en")).exists():
        return None
    t = Texts()
    cover = builder.image(
        "Hồ Núi Cốc buổi chiều", "Minh họa: mặt hồ giữa những dãy núi, gợi hồ Núi Cốc lúc chiều muộn", subject="lake"
    )
    chapter = {
        "title": t("Từ công trình thủy lợi đến điểm du lịch", "From irrigation scheme to holiday destination"),
        "body": [
            (
                "paragraph",
                t.rich(
                    (
                        "Hồ Núi Cốc được xây dựng từ năm 1972 để cung cấp nước tưới cho hàng nghìn ha đồng ruộng.",
                        "Nui Coc Lake was built in 1972 to irrigate thousands of hectares of farmland.",
                    ),
                    (
                        "Ngày nay, khu du lịch quanh hồ đón hàng trăm nghìn lượt khách mỗi năm.",
                        "Today the resort around the lake welcomes hundreds of thousands of visitors a year.",
                    ),
                ),
            )
        ],
        "deeper": [],
    }
    return _publish_and_translate(
        builder,
        hub,
        Story,
        {
            "title": t("Hồ Núi Cốc: nửa thế kỷ một huyền thoại", "Nui Coc Lake: half a century of a legend"),
            "summary": t(
                "Câu chuyện về hồ nước nhân tạo lớn nhất Thái Nguyên và truyền thuyết nàng Công, chàng Cốc.",
                "The story of Thai Nguyen's largest man-made lake and the legend of the lovers Cong and Coc.",
            ),
            "cover_image": cover,
            "standfirst": t(
                "Từ một công trình thủy lợi, hồ Núi Cốc đã trở thành biểu tượng du lịch của Thái Nguyên.",
                "Built to water the fields, Nui Coc Lake has become a symbol of tourism in Thai Nguyen.",
            ),
            "key_points": [
                (
                    "point",
                    t("Mặt hồ rộng khoảng 25 km² với 89 hòn đảo.", "The lake covers about 25 km² and has 89 islands."),
                ),
                (
                    "point",
                    t("Hồ gắn với truyền thuyết nàng Công, chàng Cốc.", "It is tied to the legend of Cong and Coc."),
                ),
                (
                    "point",
                    t(
                        "Khu du lịch Hồ Núi Cốc là khu du lịch quốc gia.",
                        "The Nui Coc Lake resort is a national tourist area.",
                    ),
                ),
            ],
            "chapters": [("chapter", chapter)],
        },
        t,
        "nui-coc-lake-half-a-century-of-a-legend",
    )


def _magazine_article(builder, vi_home):
    Index, Issue, Article = (
        _model("travietpub.MagazineIndexPage"),
        _model("travietpub.MagazineIssuePage"),
        _model("travietpub.MagazineArticlePage"),
    )
    index = Index.objects.child_of(vi_home).first()
    issue = None
    if index is not None:
        for candidate in Issue.objects.child_of(index).order_by("-number"):
            if candidate.get_translations().filter(locale=builder.locale("en")).exists():
                issue = candidate
                break
    if issue is None:
        return None
    t = Texts()
    return _publish_and_translate(
        builder,
        issue,
        Article,
        {
            "title": t("Người giữ nghề sao chè bằng tay", "Keeping hand-roasted tea alive"),
            "authors": "Minh Hằng",
            "lead": t(
                "Giữa thời máy móc, nhiều gia đình ở Tân Cương vẫn sao chè bằng chảo gang trên bếp củi.",
                "In an age of machines, many families in Tan Cuong still roast their tea in cast-iron pans over a "
                "wood fire.",
            ),
            "body": t.body(
                (
                    "Nghệ nhân Nguyễn Thị Hòa cho biết sao chè bằng tay giữ được hương cốm và màu nước xanh vàng sánh.",
                    "Master tea maker Nguyen Thi Hoa says hand roasting keeps the tea's young-rice aroma and its "
                    "clear yellow-green liquor.",
                ),
                (
                    "Những mẻ chè ngon nhất được bán cho khách quen và làm quà biếu trong dịp Tết.",
                    "The best batches go to regular customers and are given as gifts at Tet.",
                ),
            ),
        },
        t,
        "keeping-hand-roasted-tea-alive",
    )


def _illustration(subject):
    """The (title, alt text) of the news demo's illustration of `subject` (news/demo.py IMAGES: the same picture)."""
    return f"Minh họa tin tức: {SUBJECTS[subject].removeprefix('Minh họa: ')}", f"{SUBJECTS[subject]}."


def _english_home(builder, vi_home, pages):
    """The English home page's curated sections: about, investment, tourism, tea, news in English."""
    en = builder.locale("en")
    home_en = vi_home.get_translation_or_none(en)
    if home_en is None:
        return
    home_en = home_en.specific
    if getattr(home_en, "featured", None) and len(home_en.featured) > 1:
        return

    def english(vi_page):
        if vi_page is None:
            return None
        return vi_page.get_translation_or_none(en)

    StandardPage = _model("home.StandardPage")
    about = english(StandardPage.objects.child_of(vi_home).filter(slug="gioi-thieu").first())
    magazine = english(Page.objects.child_of(vi_home).type(_model("travietpub.MagazineIndexPage")).first())
    news = english(Page.objects.child_of(vi_home).type(_model("news.NewsIndexPage")).first())
    # The home area's banner (home/demo.py, same title and alt text: the first to ask makes it).
    tea_image = builder.image(
        "Đồi chè Tân Cương mùa xuân",
        "Minh họa: đồi chè xếp tầng dưới bầu trời, gợi vùng chè xã Tân Cương",
        subject="tea_hills",
    )
    sections = [
        (
            about,
            "About Thai Nguyen",
            "The political and economic centre of the Viet Bac region, an hour from Ha Noi: its people, history "
            "and government.",
            tea_image,
        ),
        (
            pages.get("investment"),
            "Invest in Thai Nguyen",
            "Industrial parks, incentives and the one-stop services of the Department of Finance.",
            builder.image(*_illustration("industrial_park"), subject="industrial_park"),
        ),
        (
            pages.get("tourism"),
            "Visit Thai Nguyen",
            "Nui Coc Lake, the tea hills and the historic Safety Zone (ATK) of Dinh Hoa.",
            builder.image(*_illustration("lake"), subject="lake"),
        ),
        (
            magazine,
            "Tea: the Trà Việt Magazine",
            "Viet Nam's finest tea, its growers, brands and culture, in the province's tea magazine.",
            builder.image(
                "Minh họa: đồi chè La Bằng",
                "Minh họa: đồi chè xếp tầng dưới bầu trời, gợi vùng chè xã La Bằng",
                subject="tea_hills",
            ),
        ),
        (news, "News in English", "Official news of Thai Nguyen province, translated by the portal.", None),
    ]
    home_en.featured = [
        ("featured_page", {"page": page, "heading": heading, "summary": summary, "image": image})
        for page, heading, summary, image in sections
        if page is not None
    ]
    home_en.save_revision().publish()
    builder.log(f"  + English home page: {len(home_en.featured)} curated sections")


@transaction.atomic
def seed(builder):
    _glossary(builder)
    vi_home = Page.objects.filter(depth=2, locale=builder.locale("vi")).first()
    if vi_home is None or vi_home.get_translation_or_none(builder.locale("en")) is None:
        return
    vi_home = vi_home.specific
    pages = _standard_pages(builder, vi_home)
    for page in _existing_standard_pages(builder, vi_home):
        builder.add_to_menu("footer", page, 30)
    newsroom = _newsroom_pages(builder, vi_home)
    if "news.SpokespersonPage" in newsroom:  # in the footer, as the Vietnamese one (news/demo.py)
        builder.add_to_menu("footer", newsroom["news.SpokespersonPage"], 20)
    _articles(builder, vi_home)
    _story(builder, vi_home)
    _magazine_article(builder, vi_home)
    for key, order in (("investment", 12), ("tourism", 14)):
        if pages.get(key) is not None:
            builder.add_to_menu("main", pages[key], order)
    _english_home(builder, vi_home, pages)
