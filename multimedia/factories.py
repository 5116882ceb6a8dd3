"""Factories for the multimedia models: media files (with generated captions and transcript) and every page type."""

import datetime

import factory
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.rich_text import RichText

from thainguyen_portal.core.factories import ImageFactory, PageFactory
from thainguyen_portal.core.text import vietnamese_slugify

from .models import (
    GalleryPage,
    InfographicPage,
    LayeredStoryPage,
    MultimediaIndexPage,
    PodcastPage,
    PortalMedia,
    VideoPage,
)
from .samples import silent_mp3, tiny_webm

WEBVTT = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:03.000\nĐồi chè Tân Cương buổi sớm.\n\n"
    "00:00:03.000 --> 00:00:06.000\nNgười hái chè bắt đầu công việc từ 5 giờ sáng.\n"
)


WEBVTT_EN = (
    "WEBVTT\n\n"
    "00:00:00.000 --> 00:00:03.000\nTan Cuong's tea hills in the early morning.\n\n"
    "00:00:03.000 --> 00:00:06.000\nThe pickers start work at 5 a.m.\n"
)


class PortalMediaFactory(DjangoModelFactory):
    class Meta:
        model = PortalMedia

    title = factory.Sequence(lambda n: f"Phóng sự Tân Cương số {n}")
    type = "video"
    duration = 95
    file = factory.LazyAttribute(lambda media: ContentFile(tiny_webm(), name=f"{vietnamese_slugify(media.title)}.webm"))
    captions = factory.LazyFunction(lambda: ContentFile(WEBVTT.encode(), name="phu-de.vtt"))
    captions_language = "vi"
    second_captions = None
    transcript = "Đồi chè Tân Cương buổi sớm. Người hái chè bắt đầu công việc từ 5 giờ sáng."

    class Params:
        audio = factory.Trait(
            type="audio",
            duration=1,
            file=factory.LazyAttribute(
                lambda media: ContentFile(silent_mp3(), name=f"{vietnamese_slugify(media.title)}.mp3")
            ),
            captions=None,
        )


class MultimediaIndexPageFactory(PageFactory):
    class Meta:
        model = MultimediaIndexPage

    title = "Đa phương tiện"
    intro = "Câu chuyện nhiều lớp, video, ảnh, infographic và podcast về Thái Nguyên."


class MultimediaPageFactory(PageFactory):
    summary = "Hành trình của chè Thái Nguyên từ những đồi chè đến thương hiệu quốc gia."
    cover_image = factory.SubFactory(ImageFactory)


def _chapter(title, image):
    return {
        "title": title,
        "body": [
            ("paragraph", RichText("<p>Chè Tân Cương được trồng trên những đồi thấp ven sông Công.</p>")),
            ("image", {"image": image, "caption": "Đồi chè Tân Cương", "credit": "Ảnh: Quang Minh"}),
            ("fact_box", {"title": "Bạn có biết?", "text": RichText("<p>Thái Nguyên có hơn 22.000 ha chè.</p>")}),
        ],
        "deeper": [
            ("background", RichText("<p>Cây chè được đưa về Tân Cương từ đầu thế kỷ XX.</p>")),
            ("source", {"title": "Niên giám thống kê tỉnh Thái Nguyên", "publisher": "Cục Thống kê", "url": ""}),
        ],
    }


class LayeredStoryPageFactory(MultimediaPageFactory):
    class Meta:
        model = LayeredStoryPage

    title = factory.Sequence(lambda n: f"Chè Thái Nguyên: từ đồi chè đến thương hiệu quốc gia {n}")
    standfirst = "Hơn một thế kỷ, cây chè đã làm nên tên tuổi của vùng đất Thái Nguyên."
    key_points = factory.LazyFunction(
        lambda: [
            ("point", "Thái Nguyên có hơn 22.000 ha chè, nhiều nhất cả nước."),
            ("point", "Chè Tân Cương được bảo hộ chỉ dẫn địa lý."),
            ("point", "Giá trị sản phẩm chè đạt trên 14.000 tỷ đồng mỗi năm."),
        ]
    )
    key_figures = factory.LazyFunction(
        lambda: [("figure", {"value": "22.000", "unit": "ha", "label": "Diện tích chè toàn tỉnh"})]
    )
    chapters = factory.LazyAttribute(
        lambda page: [
            ("chapter", _chapter("Những đồi chè đầu tiên", page.cover_image)),
            ("chapter", _chapter("Bàn tay người sao chè", page.cover_image)),
        ]
    )
    sources = factory.LazyFunction(
        lambda: [("source", {"title": "Sở Nông nghiệp và Môi trường", "publisher": "", "url": ""})]
    )


class VideoPageFactory(MultimediaPageFactory):
    class Meta:
        model = VideoPage

    title = factory.Sequence(lambda n: f"Video: mùa chè Tân Cương {n}")
    video = factory.SubFactory(PortalMediaFactory)
    poster = factory.SubFactory(ImageFactory)
    transcript = "Lời bình: Tân Cương vào vụ chè xuân."
    description = "<p>Phóng sự về vụ chè xuân ở xã Tân Cương.</p>"


class GalleryPageFactory(MultimediaPageFactory):
    class Meta:
        model = GalleryPage

    title = factory.Sequence(lambda n: f"Ảnh: Hồ Núi Cốc mùa thu {n}")
    intro = "Hồ Núi Cốc trong nắng thu."
    photos = factory.LazyAttribute(
        lambda page: [
            ("photo", {"image": page.cover_image, "caption": f"Hồ Núi Cốc, ảnh {n}", "credit": "Ảnh: Thu Hằng"})
            for n in range(1, 4)
        ]
    )


class InfographicPageFactory(MultimediaPageFactory):
    class Meta:
        model = InfographicPage

    title = factory.Sequence(lambda n: f"Infographic: chè Thái Nguyên bằng số liệu {n}")
    images = factory.LazyAttribute(
        lambda page: [("image", {"image": page.cover_image, "caption": "Chè Thái Nguyên 2026", "credit": ""})]
    )
    text_alternative = "<p>Diện tích chè: 22.000 ha. Sản lượng chè búp tươi: 270.000 tấn.</p>"


class PodcastPageFactory(MultimediaPageFactory):
    class Meta:
        model = PodcastPage

    title = factory.Sequence(lambda n: f"Podcast: Chuyện trà {n}")
    intro = "<p>Những câu chuyện về trà Thái Nguyên.</p>"
    episodes = factory.LazyFunction(
        lambda: [
            (
                "episode",
                {
                    "title": f"Tập {n}: Người giữ nghề sao chè",
                    "audio": PortalMediaFactory(audio=True, title=f"Chuyện trà tập {n}"),
                    "published": datetime.date(2026, 11, n),
                    "show_notes": RichText("<p>Trò chuyện với nghệ nhân chè Tân Cương.</p>"),
                    "transcript": "",
                },
            )
            for n in (1, 2)
        ]
    )
