"""The English edition of the news area's demo (its ``english_demo`` in area.py): the newsroom's own pages, the
statements and the press coverage translated through wagtail-localize, articles written in both languages, and the
"News in English" section of the English home page."""

import datetime

from django.utils import timezone
from wagtail.models import Page

from thainguyen_portal.translation.demo_tools import Texts, publish_and_translate, translate_existing

from .models import ArticlePage, NewsIndexPage, PressDigestPage, SectionPage, SpokespersonPage, WorkCalendarPage

# The newsroom's own pages (news/demo.py), their Vietnamese text as the news demo writes it: (page type, slug,
# English slug, [(Vietnamese, English)]).
NEWSROOM_PAGES = [
    (
        SpokespersonPage,
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
        WorkCalendarPage,
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
        PressDigestPage,
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
    from .demo_articles import STATEMENTS as BODIES

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
    made = {}
    for slug, (slug_en, pairs) in NEWSROOM_SECTIONS.items():
        t = Texts()
        for vi, en in pairs:
            t(vi, en)
        t(slug, slug_en)
        section = SectionPage.objects.child_of(index).filter(slug=slug).first()
        if translate_existing(builder, section, t) is None:
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
            translated = translate_existing(builder, article, t, untagged=articles is PRESS)
            if translated is not None:
                made[slug].append(translated)
    return made


def _newsroom_pages(builder, vi_home):
    """The spokesperson's page, the work calendar and the press digest in English: {page type: English page}."""
    index = Page.objects.child_of(vi_home).type(NewsIndexPage).first()
    if index is None or index.get_translation_or_none(builder.locale("en")) is None:
        return {}
    made = {}
    for label, slug, slug_en, pairs in NEWSROOM_PAGES:
        t = Texts()
        for vi, en in pairs:
            t(vi, en)
        t(slug, slug_en)
        page = label.objects.child_of(index).filter(slug=slug).first()
        translated = translate_existing(builder, page, t)
        if translated is not None:
            made[label] = translated
    _newsroom_sections(builder, index)
    return made


# (section, (title), English slug, (standfirst), [(paragraph)], days ago), each text as (Vietnamese, English). Bodies
# of 200–600 words that do not repeat the standfirst; people from core/demos/people.py, places and departments by
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
    made = []
    now = timezone.now()
    for section_slug, (title_vi, title_en), slug_en, (sapo_vi, sapo_en), paragraphs, days_ago in ARTICLES:
        section = SectionPage.objects.descendant_of(vi_home).filter(slug=section_slug).first()
        if section is None or not section.get_translations().filter(locale=builder.locale("en")).exists():
            continue
        t = Texts()
        page = publish_and_translate(
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


def seed(builder, edition):
    vi_home = edition.vi_home
    newsroom = _newsroom_pages(builder, vi_home)
    if SpokespersonPage in newsroom:  # in the footer, as the Vietnamese one (news/demo.py)
        builder.add_to_menu("footer", newsroom[SpokespersonPage], 20)
    _articles(builder, vi_home)
    index = Page.objects.child_of(vi_home).type(NewsIndexPage).first()
    english = index.get_translation_or_none(builder.locale("en")) if index is not None else None
    edition.feature(50, english, "News in English", "Official news of Thai Nguyen province, translated by the portal.")
