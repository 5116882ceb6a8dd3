"""Demo content of the news area: sections, about sixty articles of every kind, leaders, press coverage over three
days and its daily digest, spokesperson statements and the spokesperson's page, five weeks of the leaders' work
calendar, and a few English translations (pages and snippets).

The people are the demo's one cast (core/demos/people.py), the places and departments have their names of today; the
articles' texts are in demo_articles.py, the calendar's in demo_calendar.py. The petitions page and its answered
petitions are the petitions app's demo (news/petitions/demo.py)."""

import datetime

from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from thainguyen_portal.core.demos.art import SUBJECTS
from thainguyen_portal.core.demos.people import COMMITTEE_LEADERS, SPOKESPERSON
from thainguyen_portal.core.text import vietnamese_slugify

from .demo_articles import ARTICLES, BODIES_EN, STATEMENTS
from .demo_calendar import WEEKS
from .models import (
    ArticlePage,
    CalendarEntry,
    Leader,
    LeadersPage,
    NewsIndexPage,
    Outlet,
    PressDigestPage,
    SectionPage,
    Spokesperson,
    SpokespersonPage,
    WorkCalendarPage,
)

SECTIONS = [
    ("thoi-su", "Thời sự", "Tin tức thời sự nổi bật trong tỉnh Thái Nguyên.", None),
    ("chi-dao", "Chỉ đạo – Điều hành", "Hoạt động chỉ đạo, điều hành của Tỉnh ủy, HĐND và UBND tỉnh.", None),
    ("phat-ngon", "Phát ngôn báo chí", "Phát ngôn và cung cấp thông tin cho báo chí của UBND tỉnh.", None),
    ("kinh-te", "Kinh tế", "Công nghiệp, nông nghiệp, thương mại và đầu tư ở Thái Nguyên.", None),
    ("chuyen-doi-so", "Chuyển đổi số", "Chính quyền số, kinh tế số và xã hội số.", "kinh-te"),
    ("van-hoa", "Văn hóa – Xã hội", "Giáo dục, y tế, văn hóa và an sinh xã hội.", None),
    ("du-lich", "Du lịch", "Điểm đến, lễ hội và sản phẩm du lịch Thái Nguyên.", None),
    ("bao-chi", "Thông tin báo chí về Thái Nguyên", "Báo chí trong nước và quốc tế viết về Thái Nguyên.", None),
]

SECTIONS_EN = {
    "thoi-su": ("Current affairs", "current-affairs"),
    "kinh-te": ("Economy", "economy"),
    "du-lich": ("Tourism", "tourism"),
}

# One illustration per subject the articles are about (core/demos/art.py draws it); the alt text says what is drawn.
IMAGES = {
    subject: (f"Minh họa tin tức: {SUBJECTS[subject].removeprefix('Minh họa: ')}", f"{SUBJECTS[subject]}.")
    for subject in (
        "tea_hills",
        "lake",
        "bridge",
        "industrial_park",
        "festival",
        "city",
        "meeting",
        "school",
        "health",
        "road",
        "fields",
        "forest",
        "historic",
        "digital",
        "market",
    )
}

PRESS = [
    (
        "Báo Nhân Dân",
        "https://nhandan.vn/",
        "Thái Nguyên – điểm sáng thu hút đầu tư nước ngoài",
        "Thái Nguyên tiếp tục nằm trong nhóm địa phương dẫn đầu về thu hút vốn FDI.",
        "Bài viết phân tích các yếu tố giúp Thái Nguyên hấp dẫn nhà đầu tư: hạ tầng, nhân lực và cải cách hành chính.",
    ),
    (
        "Báo Tuổi Trẻ",
        "https://tuoitre.vn/",
        "Về Tân Cương thưởng trà đầu đông",
        "Những đồi chè xanh mướt, những nghệ nhân sao chè bằng tay…",
        "Phóng sự giới thiệu trải nghiệm du lịch chè ở xã Tân Cương.",
    ),
    (
        "VnExpress",
        "https://vnexpress.net/",
        "Thái Nguyên số hóa hồ sơ hộ tịch từ năm 1945",
        "Hơn 2 triệu trang hồ sơ hộ tịch đã được số hóa.",
        "Bài viết nêu kết quả số hóa dữ liệu hộ tịch phục vụ người dân.",
    ),
    (
        "Báo Thái Nguyên",
        "https://baothainguyen.vn/",
        "Nông dân Phú Bình trúng mùa lúa",
        "Vụ mùa năm nay năng suất đạt cao nhất từ trước đến nay.",
        "Tin phản ánh kết quả sản xuất lúa chất lượng cao ở Phú Bình.",
    ),
    (
        "Báo Nhân Dân",
        "https://nhandan.vn/",
        "Cầu Bến Oánh thông xe",
        "Cây cầu mở ra không gian phát triển mới phía Nam tỉnh.",
        "Tin về lễ khánh thành cầu Bến Oánh.",
    ),
    (
        "Báo Tuổi Trẻ",
        "https://tuoitre.vn/",
        "Học sinh Thái Nguyên đoạt giải quốc gia",
        "35 học sinh đoạt giải, nhiều em đạt giải nhất.",
        "Bài viết về thành tích học sinh giỏi của tỉnh.",
    ),
    (
        "VnExpress",
        "https://vnexpress.net/",
        "Thái Nguyên mở rộng khu công nghiệp Yên Bình",
        "Khu công nghiệp mở rộng thêm 300 ha.",
        "Tin về dự án mở rộng khu công nghiệp và nhu cầu lao động.",
    ),
    (
        "Báo Thái Nguyên",
        "https://baothainguyen.vn/",
        "Hồ Núi Cốc đón khách kỷ lục",
        "Lượng khách tăng mạnh nhờ nhiều sản phẩm du lịch mới.",
        "Tin về hoạt động du lịch ở hồ Núi Cốc mùa thu.",
    ),
    (
        "Báo Nhân Dân",
        "https://nhandan.vn/",
        "Ứng dụng công dân số Thái Nguyên",
        "Ứng dụng giúp người dân làm thủ tục mọi lúc, mọi nơi.",
        "Bài viết giới thiệu ứng dụng công dân số của tỉnh.",
    ),
    (
        "VnExpress",
        "https://vnexpress.net/",
        "Thái Nguyên xuất khẩu chè kỷ lục",
        "Chè Thái Nguyên có mặt tại hơn 20 quốc gia.",
        "Tin về kết quả xuất khẩu chè năm 2026.",
    ),
]

# The topic (first tag) of each press item, by which the daily digest groups them.
PRESS_TOPICS = {
    "Thái Nguyên – điểm sáng thu hút đầu tư nước ngoài": "Đầu tư",
    "Về Tân Cương thưởng trà đầu đông": "Du lịch",
    "Thái Nguyên số hóa hồ sơ hộ tịch từ năm 1945": "Chuyển đổi số",
    "Nông dân Phú Bình trúng mùa lúa": "Nông nghiệp",
    "Cầu Bến Oánh thông xe": "Giao thông",
    "Học sinh Thái Nguyên đoạt giải quốc gia": "Giáo dục",
    "Thái Nguyên mở rộng khu công nghiệp Yên Bình": "Đầu tư",
    "Hồ Núi Cốc đón khách kỷ lục": "Du lịch",
    "Ứng dụng công dân số Thái Nguyên": "Chuyển đổi số",
    "Thái Nguyên xuất khẩu chè kỷ lục": "Chè Thái Nguyên",
}

MONTHS_EN = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# English translations of the newsroom's snippets (issue 9: translatable snippets).
LEADERS_EN = {
    name: (position, f"<p>Sample data: an invented name, not a real official.</p><p>In charge of {portfolio}.</p>")
    for name, position, portfolio in [
        (
            COMMITTEE_LEADERS[0][0],
            "Chairman of the Provincial People's Committee",
            "the Committee's work as a whole; internal affairs, defence and security",
        ),
        (
            COMMITTEE_LEADERS[1][0],
            "Standing Vice Chairman of the Provincial People's Committee",
            "the economy, finance, public investment and the industrial parks",
        ),
        (
            COMMITTEE_LEADERS[2][0],
            "Vice Chairman of the Provincial People's Committee",
            "culture and social affairs, education, health and digital transformation",
        ),
        (
            COMMITTEE_LEADERS[3][0],
            "Vice Chairman of the Provincial People's Committee",
            "agriculture and the environment, construction and transport",
        ),
    ]
}
# Leaders and spokespersons an older demo made, with names that are not the cast's: retired when seeding again.
RETIRED_LEADERS = ["Trịnh Việt Hùng", "Nguyễn Huy Dũng", "Đặng Xuân Trường"]
RETIRED_SPOKESPERSONS = ["Phạm Thị Hà"]
OUTLETS_EN = {
    "Báo Nhân Dân": "Nhan Dan newspaper",
    "Báo Tuổi Trẻ": "Tuoi Tre newspaper",
    "Báo Thái Nguyên": "Thai Nguyen newspaper",
}
SPOKESPERSONS_EN = {
    SPOKESPERSON[0]: "Chief of the Office of the Provincial People's Committee",
    "Đỗ Minh Châu": "Deputy Chief of the Office of the Provincial People's Committee",
}

NEWS_INDEX_EN = {"title": "News", "slug": "news", "intro": "Official news of Thai Nguyen province."}

ARTICLES_EN = {
    "Xuất khẩu chè Thái Nguyên đạt kỷ lục": (
        "Thai Nguyen tea exports hit a record",
        "tea-exports-hit-a-record",
        "Tea exports in 2026 are estimated at 12,000 tonnes, up 15% on last year.",
    ),
    "Thái Nguyên thu hút thêm 1,2 tỷ USD vốn FDI": (
        "Thai Nguyen attracts a further USD 1.2 billion of FDI",
        "usd-1-2-billion-of-fdi",
        "New projects focus on electronics and supporting industries.",
    ),
    "Hồ Núi Cốc đón lượng khách kỷ lục mùa thu": (
        "Nui Coc Lake welcomes a record number of autumn visitors",
        "nui-coc-lake-record-visitors",
        "The lake received more than 200,000 visitors over the three autumn months.",
    ),
    "Thái Nguyên tổ chức Hội nghị xúc tiến đầu tư năm 2026": (
        "Thai Nguyen holds its 2026 investment promotion conference",
        "investment-promotion-conference-2026",
        "More than 300 domestic and foreign investors attended; many memoranda of understanding were signed.",
    ),
}


def _body(text):
    """The StreamField of a body written as paragraphs separated by blank lines, "## " starting a subheading."""
    blocks, paragraphs = [], []

    def flush():
        if paragraphs:
            blocks.append(("paragraph", RichText("".join(f"<p>{paragraph}</p>" for paragraph in paragraphs))))
            paragraphs.clear()

    for chunk in text.split("\n\n"):
        chunk = " ".join(chunk.split())
        if chunk.startswith("## "):
            flush()
            blocks.append(("heading", chunk[3:]))
        elif chunk:
            paragraphs.append(chunk)
    flush()
    return blocks


def _statement_body(pairs):
    """The body of a statement from its (Vietnamese, English) pairs: the Vietnamese."""
    return _body("\n\n".join(vi for vi, _en in pairs))


def _article(builder, section, title, **fields):
    """The article `title` of `section`, made once (tags are set before the first save)."""
    slug = vietnamese_slugify(title)
    existing = section.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    tags = fields.pop("tags", [])
    page = ArticlePage(title=title, slug=slug, **fields)
    for tag in tags:
        page.tags.add(tag)
    section.add_child(instance=page)
    page.save_revision().publish()
    builder.log(f"  + article: {title}")
    return page


def _snippet(model, lookup, **defaults):
    """The Vietnamese snippet matching `lookup`, made when missing (its English translation may share the name)."""
    return model.objects.get_or_create(**lookup, locale=Locale.get_default(), defaults=defaults)[0]


def _leader(builder, order, person):
    """The leader `person` of the cast ((name, position, portfolio)), with a placeholder portrait that says so."""
    name, position, portfolio = person
    title = "Bà" if " Thị " in f" {name} " else "Ông"
    photo = builder.image(
        f"Ảnh chân dung giữ chỗ – {name}",
        f"Ảnh chân dung giữ chỗ của {title.lower()} {name} (hình minh họa, không phải ảnh thật)",
        subject="portrait",
        size=(600, 600),
    )
    return _snippet(
        Leader,
        {"name": name},
        position=position,
        sort_order=order,
        photo=photo,
        biography=(
            f"<p>Dữ liệu mẫu: {title.lower()} {name} là nhân vật giả định của bản trình diễn, không phải lãnh đạo "
            f"thật của tỉnh.</p><p>Lĩnh vực phụ trách: {portfolio[0].lower()}{portfolio[1:]}</p>"
        ),
    )


def _retire_old_cast():
    """On a database an older demo seeded: delete its leaders and spokesperson whose names are not the cast's, with
    their calendar entries (both languages); articles that named them lose the link (SET_NULL) and keep their text."""
    CalendarEntry.objects.filter(leader__name__in=RETIRED_LEADERS).delete()
    Leader.objects.filter(name__in=RETIRED_LEADERS).delete()
    Spokesperson.objects.filter(name__in=RETIRED_SPOKESPERSONS).delete()


def seed(builder):
    home = builder.home()
    images = {subject: builder.image(title, alt, subject=subject) for subject, (title, alt) in IMAGES.items()}
    index = builder.page(
        home,
        NewsIndexPage,
        "Tin tức",
        intro="Thông tin chính thống, kịp thời về hoạt động chỉ đạo, điều hành và đời sống kinh tế – xã hội tỉnh Thái Nguyên.",
    )
    builder.add_to_menu("main", index, 20)
    sections = {}
    for key, title, intro, parent_key in SECTIONS:
        parent = sections[parent_key] if parent_key else index
        sections[key] = builder.page(parent, SectionPage, title, intro=intro)
    leaders_page = builder.page(
        index,
        LeadersPage,
        "Lãnh đạo tỉnh",
        intro=(
            "Lãnh đạo Ủy ban nhân dân tỉnh Thái Nguyên nhiệm kỳ 2026 – 2031. Dữ liệu mẫu: họ tên, ảnh và tiểu sử là "
            "giả định để trình diễn cổng thông tin, không phải lãnh đạo thật của tỉnh."
        ),
    )

    _retire_old_cast()
    leaders = [_leader(builder, order, person) for order, person in enumerate(COMMITTEE_LEADERS, start=1)]
    name, position, _role = SPOKESPERSON
    spokesperson = _snippet(
        Spokesperson,
        {"name": name},
        position=position,
        phone="0208 3852 666",
        email="vanphong@thainguyen.gov.vn",
    )
    _snippet(
        Spokesperson,
        {"name": "Đỗ Minh Châu"},
        position="Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
        phone="0208 3855 699",
        email="phatngon@thainguyen.gov.vn",
    )
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    number = 0
    for key, items in ARTICLES.items():
        for position, item in enumerate(items):
            number += 1
            fields = {
                "sapo": item["sapo"],
                "body": _body(item["body"]),
                "featured_image": images[item["subject"]],
                "authors": ["Minh Anh", "Quang Huy", "Thu Hà", "Ngọc Lan"][number % 4],
                "date": now - datetime.timedelta(hours=5 * number),
                "featured": position == 0,
                "tags": item["tags"],
            }
            if key == "chi-dao":
                fields.update(kind=ArticlePage.Kind.DIRECTION, leader=leaders[item["leader"]])
            if key == "thoi-su" and position == 1:
                fields["source"] = "Sở Xây dựng"
            article = _article(builder, sections[key], item["title"], **fields)
            if key == "thoi-su" and position == 1 and not article.corrections.exists():
                article.corrections.create(
                    time=article.date + datetime.timedelta(hours=4),
                    text="Sửa chiều dài cầu: 450 m chứ không phải 540 m.",
                )
    for position, (title, statement_kind, sapo, pairs) in enumerate(STATEMENTS):
        _article(
            builder,
            sections["phat-ngon"],
            title,
            kind=ArticlePage.Kind.STATEMENT,
            spokesperson=spokesperson,
            statement_kind=statement_kind,
            sapo=sapo,
            body=_statement_body(pairs),
            authors="Văn phòng UBND tỉnh",
            date=now - datetime.timedelta(days=position * 2, hours=3),
        )
    for position, (outlet_name, site, title, excerpt, summary) in enumerate(PRESS):
        outlet = _snippet(Outlet, {"name": outlet_name}, site=site)
        # Three days of press coverage, by the province's calendar day (the digest groups by it), never in the future:
        # from 6 a.m. of each day, or as early as now allows when seeding before 6 a.m.
        day = timezone.localdate(now) - datetime.timedelta(days=position % 3)
        morning = timezone.make_aware(datetime.datetime.combine(day, datetime.time(6))) + datetime.timedelta(
            minutes=10 * position
        )
        published = min(now - datetime.timedelta(days=position % 3), morning)
        _article(
            builder,
            sections["bao-chi"],
            f"{outlet_name}: {title}",
            kind=ArticlePage.Kind.PRESS,
            outlet=outlet,
            original_url=f"{site}thai-nguyen-{vietnamese_slugify(title)}.html",
            original_date=day,
            excerpt=excerpt,
            sapo=summary,
            date=published,
            tags=[PRESS_TOPICS[title]],
        )
    spokesperson_page = builder.page(
        index,
        SpokespersonPage,
        "Người phát ngôn",
        intro="Người phát ngôn và người được giao phát ngôn, cung cấp thông tin cho báo chí của UBND tỉnh Thái Nguyên.",
        statements_section=sections["phat-ngon"],
    )
    builder.add_to_menu("footer", spokesperson_page, 20)  # its English translation: translation/demo.py
    builder.page(
        index,
        WorkCalendarPage,
        "Lịch công tác",
        intro="Lịch công tác tuần của Chủ tịch và các Phó Chủ tịch UBND tỉnh.",
    )
    builder.page(
        index,
        PressDigestPage,
        "Điểm báo",
        intro="Báo chí trong nước viết về Thái Nguyên mỗi ngày, theo chủ đề và theo cơ quan báo chí.",
    )
    _calendar(leaders)
    _english(builder, index, sections)
    _english_snippets(builder)
    return index, leaders_page


def _calendar(leaders):
    """Five weeks of the work calendar around the seeding day's week (demo_calendar.WEEKS), each made once."""
    today = timezone.localdate()
    this_monday = today - datetime.timedelta(days=today.weekday())
    for offset, rows in WEEKS.items():
        monday = this_monday + datetime.timedelta(weeks=offset)
        if CalendarEntry.objects.filter(date__range=(monday, monday + datetime.timedelta(days=6))).exists():
            continue
        for weekday, time, leader, activity, place, participants, _english in rows:
            CalendarEntry.objects.create(
                date=monday + datetime.timedelta(days=weekday),
                time=datetime.time(*time) if time else None,
                leader=leaders[leader],
                activity=activity.format(month=monday.month),
                place=place,
                participants=participants,
            )


def _english_calendar(builder):
    """The English of the demo's calendar entries (every week's, each once), as wagtail-localize would make it."""
    english = {}
    for rows in WEEKS.values():
        for _weekday, _time, _leader, activity, place, participants, texts in rows:
            english[(activity, place, participants)] = texts
    en = Locale.objects.get(language_code="en")
    translated = CalendarEntry.objects.filter(locale=en).values("translation_key")
    entries = CalendarEntry.objects.filter(locale__language_code="vi").exclude(translation_key__in=translated)
    for entry in entries:
        monday = entry.date - datetime.timedelta(days=entry.date.weekday())
        for (activity, place, participants), (activity_en, place_en, participants_en) in english.items():
            if (entry.activity, entry.place, entry.participants) == (
                activity.format(month=monday.month),
                place,
                participants,
            ):
                builder.translation(
                    entry,
                    "en",
                    activity=activity_en.format(month=MONTHS_EN[monday.month]),
                    place=place_en,
                    participants=participants_en,
                )
                break


def _english_snippets(builder):
    for name, (position, biography) in LEADERS_EN.items():
        leader = Leader.objects.filter(name=name, locale__language_code="vi").first()
        if leader is not None:
            builder.translation(leader, "en", name=leader.name, position=position, biography=biography)
    for name, english in OUTLETS_EN.items():
        outlet = Outlet.objects.filter(name=name, locale__language_code="vi").first()
        if outlet is not None:
            builder.translation(outlet, "en", name=english)
    for name, position in SPOKESPERSONS_EN.items():
        spokesperson = Spokesperson.objects.filter(name=name, locale__language_code="vi").first()
        if spokesperson is not None:
            builder.translation(spokesperson, "en", name=spokesperson.name, position=position)
    _english_calendar(builder)


def _english(builder, index, sections):
    index_en = builder.translation(index, "en", **NEWS_INDEX_EN)
    builder.add_to_menu("main", index_en, 20)
    sections_en = {
        key: builder.translation(sections[key], "en", title=title, slug=slug, intro="")
        for key, (title, slug) in SECTIONS_EN.items()
    }
    for key, section in sections.items():
        if key not in sections_en:
            continue
        for article in ArticlePage.objects.child_of(section).filter(title__in=ARTICLES_EN):
            title, slug, sapo = ARTICLES_EN[article.title]
            builder.translation(
                article,
                "en",
                title=title,
                slug=slug,
                sapo=sapo,
                body=_body(BODIES_EN[article.title]),
                authors=article.authors,
            )
