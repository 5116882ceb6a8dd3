"""Demo content of the multimedia area: the hub, a layered story on Thai Nguyen tea (5 chapters, one with a spoken
narration), 2 self-hosted videos, 3 photo galleries, 3 infographics drawn from figures and a podcast with 2
episodes. Idempotent.

The videos, the episodes and the narration are real Vietnamese speech (espeak-ng) with exact transcripts, and the
videos carry Vietnamese and English WebVTT captions: files made by ``tools/make_demo_media.py`` from the texts in
:mod:`multimedia.demo_media.scripts` and committed, so seeding reads them and needs neither espeak-ng nor ffmpeg.
The demo makes up no YouTube address: a YouTube video is only ever one an editor enters. Images are generated.
"""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from wagtail.rich_text import RichText

from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.core.demos.art import SUBJECTS

from . import demo_media
from .demo_media.scripts import EPISODES, STORY_NARRATION, VIDEOS, transcript
from .models import (
    GalleryPage,
    InfographicPage,
    LayeredStoryPage,
    MultimediaIndexPage,
    PodcastPage,
    PortalMedia,
    VideoPage,
)


def _rt(*paragraphs):
    return RichText("".join(f"<p>{text}</p>" for text in paragraphs))


def _committed(filename):
    return ContentFile(demo_media.path(filename).read_bytes(), name=filename)


def _recording(recording, media_type):
    """The PortalMedia of one generated recording (`scripts.VIDEOS`, `EPISODES` or `STORY_NARRATION`), made once
    from the committed files: its measured duration, its exact transcript and, for a video, its poster frame and
    both captions tracks."""
    name, title = recording["name"], recording["title"]
    existing = PortalMedia.objects.filter(title=title, file__contains=name).first()
    if existing is not None:
        return existing
    made = demo_media.manifest()[name]
    media = PortalMedia(
        title=title,
        type=media_type,
        duration=made["duration"],
        transcript=transcript(recording),
        collection=DemoBuilder._collection(),
    )
    media.file = _committed(made["file"])
    if media_type == "video":
        media.width, media.height = made["width"], made["height"]
        media.thumbnail = _committed(made["poster"])
        media.captions = _committed(made["captions_vi"])
        media.captions_language = "vi"
        media.second_captions = _committed(made["captions_en"])
    media.full_clean()
    media.save()
    return media


def _photo(builder, title, subject, caption, credit="Đồ họa minh họa: Trung tâm Thông tin tỉnh"):
    """A photo slot of the demo: an illustration of `subject`, whose alt text says what is drawn and for what."""
    image = builder.image(title, f"{SUBJECTS[subject]} – {title}", subject=subject)
    return {"image": image, "caption": caption, "credit": credit}


def _story(builder, hub):
    img = builder.image
    cover = img("Đồi chè Tân Cương lúc bình minh", f"{SUBJECTS['tea_hills']} – đồi chè Tân Cương", subject="tea_hills")
    old = img("Ruộng bậc thang trước khi trồng chè", f"{SUBJECTS['fields']} – trước khi trồng chè", subject="fields")
    new = img("Vùng chè VietGAP năm 2026", f"{SUBJECTS['tea_hills']} – vùng chè tập trung", subject="tea_hills")
    audio = _recording(STORY_NARRATION, "audio")
    chapters = [
        {
            "title": "Những đồi chè đầu tiên",
            "body": [
                (
                    "paragraph",
                    _rt(
                        "Đầu thế kỷ XX, những gốc chè trung du đầu tiên được đưa về trồng trên vùng đồi Tân Cương, "
                        "bên dòng sông Công. Đất feralit đỏ vàng, sương mù buổi sớm và biên độ nhiệt ngày đêm lớn đã "
                        "tạo nên hương cốm, vị chát dịu rồi ngọt hậu rất riêng.",
                        "Từ vài nương chè của các gia đình, chè Tân Cương dần trở thành nghề chính của cả vùng.",
                    ),
                ),
                ("image", _photo(builder, "Đồi chè Tân Cương lúc bình minh", "tea_hills", "Đồi chè Tân Cương.")),
                ("quote", {"text": "Chè Thái, gái Tuyên.", "attribution": "Ca dao"}),
                (
                    "timeline",
                    {
                        "title": "Những dấu mốc",
                        "events": [
                            {"when": "1922", "title": "Những gốc chè đầu tiên ở Tân Cương", "text": ""},
                            {"when": "2006", "title": "Nhãn hiệu tập thể Chè Tân Cương – Thái Nguyên", "text": ""},
                            {"when": "2007", "title": "Chỉ dẫn địa lý “Tân Cương” cho sản phẩm chè", "text": ""},
                            {"when": "2026", "title": "Hơn 22.000 ha chè toàn tỉnh", "text": ""},
                        ],
                    },
                ),
            ],
            "deeper": [
                (
                    "background",
                    _rt(
                        "Chè trung du là giống chè lá nhỏ, thân bụi, chịu hạn tốt. Ngày nay các giống chè cành "
                        "LDP1, Kim Tuyên, TRI777 được trồng thay thế dần cho năng suất cao hơn."
                    ),
                ),
                (
                    "source",
                    {"title": "Lịch sử cây chè Thái Nguyên", "publisher": "Hiệp hội Chè Thái Nguyên", "url": ""},
                ),
            ],
        },
        {
            "title": "Bàn tay người sao chè",
            "body": [
                (
                    "paragraph",
                    _rt(
                        "Chè ngon phải hái đúng “một tôm hai lá” vào buổi sáng, rồi sao ngay trong ngày. Người sao chè "
                        "giữ lửa đều tay, đảo liên tục để búp chè săn lại, lên màu xanh tự nhiên.",
                    ),
                ),
                ("audio", {"audio": audio, "caption": STORY_NARRATION["caption"]}),
                ("image", _photo(builder, "Chợ chè Tân Cương", "market", "Chè sao tay bày bán ở chợ.")),
                (
                    "fact_box",
                    {
                        "title": "Một tôm hai lá",
                        "text": _rt(
                            "“Tôm” là búp non chưa nở; hái kèm hai lá non ngay dưới. Khoảng 4,5 kg búp tươi làm được "
                            "1 kg chè khô."
                        ),
                    },
                ),
            ],
            "deeper": [
                (
                    "table",
                    {
                        "caption": "Các bước chế biến chè xanh",
                        "table": {
                            "data": [
                                ["Bước", "Công việc", "Thời gian"],
                                ["1", "Hái búp", "Sáng sớm"],
                                ["2", "Làm héo", "1–2 giờ"],
                                ["3", "Vò chè", "20 phút"],
                                ["4", "Sao khô, lên hương", "1–1,5 giờ"],
                            ],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                        },
                    },
                ),
            ],
        },
        {
            "title": "Từ nương nhỏ đến vùng chè an toàn",
            "body": [
                (
                    "paragraph",
                    _rt(
                        "Hai mươi năm qua, tỉnh đã quy hoạch các vùng chè tập trung, hỗ trợ nông dân trồng chè theo "
                        "tiêu chuẩn VietGAP, hữu cơ, lắp đặt hệ thống tưới và ghi chép nhật ký sản xuất.",
                    ),
                ),
                (
                    "before_after",
                    {
                        "before": old,
                        "before_label": "Năm 2000: ruộng bậc thang, chè trồng nhỏ lẻ",
                        "after": new,
                        "after_label": "Năm 2026: vùng chè VietGAP",
                        "caption": "",
                    },
                ),
                (
                    "map",
                    {
                        "title": "Bản đồ vùng chè xã Tân Cương, tỉnh Thái Nguyên",
                        "url": "https://www.openstreetmap.org/export/embed.html?bbox=105.70%2C21.55%2C105.80%2C21.62&layer=mapnik",
                        "link": "https://www.openstreetmap.org/#map=14/21.585/105.75",
                    },
                ),
            ],
            "deeper": [
                (
                    "background",
                    _rt("Toàn tỉnh có hàng trăm hợp tác xã chè; nhiều sản phẩm đạt chứng nhận OCOP 4 sao, 5 sao."),
                ),
                (
                    "source",
                    {"title": "Báo cáo ngành chè năm 2026", "publisher": "Sở Nông nghiệp và Môi trường", "url": ""},
                ),
            ],
        },
        {
            "title": "Thương hiệu quốc gia",
            "body": [
                (
                    "paragraph",
                    _rt(
                        "Chè Thái Nguyên có mặt ở khắp các tỉnh thành và đã xuất khẩu sang nhiều thị trường. Festival "
                        "Trà Thái Nguyên được tổ chức định kỳ, đưa văn hóa trà đến gần du khách trong và ngoài nước.",
                    ),
                ),
                (
                    "chart",
                    {
                        "title": "Diện tích chè toàn tỉnh",
                        "unit": "nghìn ha",
                        "kind": "column",
                        "rows": [
                            {"label": str(year), "value": Decimal(value)}
                            for year, value in [(2020, "21.9"), (2022, "22.3"), (2024, "22.8"), (2026, "23.1")]
                        ],
                        "source": DEMO_FIGURES,
                        "note": "",
                    },
                ),
                (
                    "gallery",
                    {
                        "title": "Festival Trà Thái Nguyên",
                        "photos": [
                            _photo(builder, "Chè Thái Nguyên tại hội chợ", "market", "Gian hàng chè tại hội chợ."),
                            _photo(builder, "Khai mạc Festival Trà", "festival", "Đêm khai mạc Festival."),
                            _photo(builder, "Hội nghị xúc tiến chè", "meeting", "Hội nghị xúc tiến thương mại chè."),
                        ],
                    },
                ),
            ],
            "deeper": [
                (
                    "source",
                    {
                        "title": "Chỉ dẫn địa lý Tân Cương",
                        "publisher": "Cục Sở hữu trí tuệ",
                        "url": "https://ipvietnam.gov.vn",
                    },
                ),
            ],
        },
        {
            "title": "Chè và du lịch",
            "body": [
                (
                    "paragraph",
                    _rt(
                        "Du lịch trải nghiệm vùng chè đang thu hút du khách: hái chè, sao chè, nghỉ tại nhà dân và "
                        "thưởng trà bên hồ Núi Cốc.",
                    ),
                ),
                ("image", _photo(builder, "Chè Thái Nguyên tại hội chợ", "market", "Chè đóng gói cho du khách.")),
            ],
            "deeper": [],
        },
    ]
    return builder.page(
        hub,
        LayeredStoryPage,
        "Chè Thái Nguyên: từ những đồi chè đến thương hiệu quốc gia",
        summary="Hơn một thế kỷ, cây chè đã làm nên tên tuổi Thái Nguyên – từ nương chè nhỏ đến thương hiệu quốc gia.",
        cover_image=cover,
        social_image=cover,
        standfirst=(
            "Hơn một thế kỷ trước, những gốc chè đầu tiên bén rễ trên đồi Tân Cương. Hôm nay, “đệ nhất danh trà” "
            "là sinh kế của hàng chục nghìn hộ dân và là thương hiệu của cả tỉnh."
        ),
        key_points=[
            ("point", "Thái Nguyên có hơn 22.000 ha chè, diện tích lớn thứ hai cả nước."),
            ("point", "Chè Tân Cương được bảo hộ chỉ dẫn địa lý từ năm 2007."),
            ("point", "Hàng trăm hợp tác xã chè, nhiều sản phẩm đạt OCOP 4–5 sao."),
            ("point", "Du lịch trải nghiệm vùng chè mở ra nguồn thu mới cho người làm chè."),
        ],
        key_figures=[
            ("figure", {"value": "22.000", "unit": "ha", "label": "Diện tích chè toàn tỉnh"}),
            ("figure", {"value": "270.000", "unit": "tấn", "label": "Sản lượng chè búp tươi mỗi năm"}),
            ("figure", {"value": "14.000", "unit": "tỷ đồng", "label": "Giá trị sản phẩm chè"}),
        ],
        chapters=[("chapter", chapter) for chapter in chapters],
        sources=[
            (
                "source",
                {"title": "Niên giám thống kê tỉnh Thái Nguyên 2025", "publisher": "Cục Thống kê tỉnh", "url": ""},
            ),
            ("source", {"title": "Đề án phát triển chè bền vững", "publisher": "UBND tỉnh Thái Nguyên", "url": ""}),
        ],
    )


GALLERIES = [
    (
        "Ảnh: Hồ Núi Cốc mùa thu",
        "Mặt hồ phẳng lặng, những đảo nhỏ và rừng thông ven hồ Núi Cốc.",
        [
            ("Hồ Núi Cốc buổi sớm", "lake", "Mặt hồ Núi Cốc buổi sớm."),
            ("Hồ Núi Cốc giữa trưa", "lake", "Mặt hồ giữa trưa."),
            ("Rừng ven hồ Núi Cốc", "forest", "Rừng và núi đá ven hồ."),
            ("Hồ Núi Cốc lúc chiều", "lake", "Chiều trên hồ, phía dãy Tam Đảo."),
        ],
    ),
    (
        "Ảnh: ATK Định Hóa hôm nay",
        "Di tích Quốc gia đặc biệt ATK Định Hóa và cuộc sống ở vùng An toàn khu.",
        [
            ("Khu di tích Khuôn Tát", "historic", "Lán Khuôn Tát được phục dựng."),
            ("Đường lên đồi Tỉn Keo", "road", "Đường lên đồi Tỉn Keo, nơi Bác Hồ từng ở và làm việc."),
            ("Ruộng bậc thang Định Hóa", "fields", "Mùa lúa ở vùng ATK."),
        ],
    ),
    (
        "Ảnh: Một ngày ở làng chè La Bằng",
        "Người làm chè La Bằng dưới chân dãy Tam Đảo.",
        [
            ("Đồi chè La Bằng", "tea_hills", "Đồi chè dưới chân dãy Tam Đảo."),
            ("Đường vào làng chè La Bằng", "road", "Đường bê tông vào làng chè."),
            ("Chè La Bằng ở chợ phiên", "market", "Chè thành phẩm ở chợ phiên."),
        ],
    ),
]


DEMO_FIGURES = "Số liệu minh họa cho bản demo"

# Infographics drawn from figures (core's chart block): title, summary, cover subject, charts. The figures are
# invented for the demo and every chart says so in its source line.
INFOGRAPHICS = [
    (
        "Infographic: Chè Thái Nguyên 2020–2026",
        "Diện tích chè và sản lượng chè búp tươi của tỉnh tăng đều qua bảy năm.",
        "tea_hills",
        [
            (
                "Diện tích chè Thái Nguyên 2020–2026",
                "nghìn ha",
                "column",
                [
                    ("2020", "21.9"),
                    ("2021", "22.1"),
                    ("2022", "22.3"),
                    ("2023", "22.4"),
                    ("2024", "22.5"),
                    ("2025", "22.7"),
                    ("2026", "22.9"),
                ],
                "",
            ),
            (
                "Sản lượng chè búp tươi 2020–2026",
                "nghìn tấn",
                "line",
                [
                    ("2020", "245"),
                    ("2021", "252"),
                    ("2022", "258.5"),
                    ("2023", "263"),
                    ("2024", "267"),
                    ("2025", "270"),
                    ("2026", "274.2"),
                ],
                "",
            ),
        ],
    ),
    (
        "Infographic: Vốn FDI đăng ký theo năm",
        "Vốn đầu tư trực tiếp nước ngoài đăng ký vào tỉnh và vào từng khu công nghiệp.",
        "industrial_park",
        [
            (
                "Vốn FDI đăng ký theo năm",
                "triệu USD",
                "line",
                [
                    ("2019", "1250"),
                    ("2020", "980"),
                    ("2021", "1410"),
                    ("2022", "1120.5"),
                    ("2023", "1675"),
                    ("2024", "1980"),
                    ("2025", "2140"),
                    ("2026", "2365"),
                ],
                "Gồm vốn cấp mới và vốn điều chỉnh tăng.",
            ),
            (
                "Vốn FDI lũy kế theo khu công nghiệp",
                "triệu USD",
                "bar",
                [
                    ("KCN Yên Bình", "1480"),
                    ("KCN Điềm Thụy", "620"),
                    ("KCN Sông Công II", "410"),
                    ("KCN Nam Phổ Yên", "355"),
                ],
                "",
            ),
        ],
    ),
    (
        "Infographic: Kết quả chuyển đổi số",
        "Dịch vụ công trực tuyến, thanh toán trực tuyến và hạ tầng số của tỉnh năm 2026.",
        "digital",
        [
            (
                "Kết quả chuyển đổi số năm 2026",
                "%",
                "bar",
                [
                    ("Hồ sơ trực tuyến toàn trình", "68.4"),
                    ("Hồ sơ được thanh toán trực tuyến", "52"),
                    ("Người dân có tài khoản định danh mức 2", "81.2"),
                    ("Xã có mạng cáp quang", "100"),
                ],
                "",
            ),
            (
                "Hồ sơ trực tuyến theo quý năm 2026",
                "nghìn hồ sơ",
                "column",
                [("Quý I", "41.2"), ("Quý II", "48.9"), ("Quý III", "55.3"), ("Quý IV", "61")],
                "",
            ),
        ],
    ),
]


def _infographics(builder, hub):
    """The infographic pages: charts drawn from figures, behind a cover illustration of their subject."""
    for title, summary, subject, charts in INFOGRAPHICS:
        cover = builder.image(f"Ảnh bìa – {title[13:]}", SUBJECTS[subject], subject=subject)
        blocks = [
            (
                "chart",
                {
                    "title": chart_title,
                    "unit": unit,
                    "kind": kind,
                    "rows": [{"label": label, "value": Decimal(value)} for label, value in rows],
                    "source": DEMO_FIGURES,
                    "note": note,
                },
            )
            for chart_title, unit, kind, rows, note in charts
        ]
        builder.page(hub, InfographicPage, title, summary=summary, cover_image=cover, images=blocks)


def seed(builder):
    home = builder.home()
    home_en = home.get_translation_or_none(builder.locale("en"))
    hub = builder.page(
        home,
        MultimediaIndexPage,
        "Đa phương tiện",
        intro="Câu chuyện nhiều lớp, video, phóng sự ảnh, infographic và podcast về Thái Nguyên.",
    )
    builder.add_to_menu("main", hub, 30)
    if home_en is not None:
        hub_en = builder.translation(
            hub,
            "en",
            title="Multimedia",
            slug="multimedia",
            intro="Layered stories, videos, photo galleries, infographics and podcasts about Thai Nguyen.",
        )
        builder.add_to_menu("main", hub_en, 30)

    for video in VIDEOS:
        name = video["title"].removeprefix("Video: ")
        cover = builder.image(f"Ảnh bìa – {name}", SUBJECTS[video["subject"]], subject=video["subject"])
        builder.page(
            hub,
            VideoPage,
            video["title"],
            summary=video["summary"],
            cover_image=cover,
            video=_recording(video, "video"),  # its poster frame, captions and transcript come with the file
            description=(
                "<p>Video minh họa của bản trình diễn: lời bình đọc bằng giọng đọc tổng hợp tiếng Việt, "
                "có phụ đề tiếng Việt và tiếng Anh.</p>"
            ),
        )

    for title, intro, photos in GALLERIES:
        blocks = [("photo", _photo(builder, name, subject, caption)) for name, subject, caption in photos]
        builder.page(
            hub, GalleryPage, title, intro=intro, summary=intro, cover_image=blocks[0][1]["image"], photos=blocks
        )

    _infographics(builder, hub)

    episodes = [
        (
            "episode",
            {
                "title": f"Tập {number}: {episode['episode_title']}",
                "audio": _recording(episode, "audio"),
                "published": datetime.date(2026, 11, 10 * number),
                "show_notes": _rt(episode["notes"]),
                "transcript": "",  # the recording's own, exactly what is said
            },
        )
        for number, episode in enumerate(EPISODES, start=1)
    ]
    cover = builder.image(
        "Podcast Chuyện trà", f"{SUBJECTS['tea_hills']} – ảnh bìa podcast Chuyện trà", size=(1400, 1400)
    )
    builder.page(
        hub,
        PodcastPage,
        "Podcast: Chuyện trà",
        summary="Những câu chuyện về trà và người làm trà Thái Nguyên.",
        cover_image=cover,
        intro=(
            "<p>Mỗi tháng một câu chuyện về trà Thái Nguyên và người làm trà. Các tập mẫu của bản trình diễn "
            "được đọc bằng giọng đọc tổng hợp tiếng Việt, kèm bản ghi lời đầy đủ.</p>"
        ),
        episodes=episodes,
    )

    # The English edition has the hub; the stories are translated by the translators in wagtail-localize.
    _story(builder, hub)
    return hub
