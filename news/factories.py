"""Factories for every model of the news area."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.rich_text import RichText

from thainguyen_portal.core.factories import PageFactory
from thainguyen_portal.core.text import vietnamese_slugify

from .models import (
    ArticleCorrection,
    ArticlePage,
    CalendarEntry,
    Leader,
    LeadersPage,
    NewsIndexPage,
    NewsTag,
    Outlet,
    PressDigestPage,
    RelatedArticle,
    SectionPage,
    Spokesperson,
    SpokespersonPage,
    WorkCalendarPage,
)


class LeaderFactory(DjangoModelFactory):
    class Meta:
        model = Leader

    name = factory.Sequence(lambda n: f"Nguyễn Văn Lãnh {n}")
    position = "Phó Chủ tịch Ủy ban nhân dân tỉnh"
    biography = "<p>Sinh năm 1972, quê quán huyện Phú Bình.</p>"


class SpokespersonFactory(DjangoModelFactory):
    class Meta:
        model = Spokesperson

    name = factory.Sequence(lambda n: f"Trần Thị Phát {n}")
    position = "Chánh Văn phòng Ủy ban nhân dân tỉnh"
    phone = "0208 3852 666"
    email = "vanphong@thainguyen.gov.vn"


class OutletFactory(DjangoModelFactory):
    class Meta:
        model = Outlet

    name = factory.Sequence(lambda n: f"Báo Điện tử số {n}")
    site = "https://bao.example.vn/"


class NewsTagFactory(DjangoModelFactory):
    class Meta:
        model = NewsTag
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Chuyển đổi số {n}")
    slug = factory.LazyAttribute(lambda tag: vietnamese_slugify(tag.name))


class NewsIndexPageFactory(PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Tin tức"
    intro = "Tin tức chính thống về hoạt động của tỉnh Thái Nguyên."


class SectionPageFactory(PageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Chuyên mục {n}")
    intro = "Tin tức trong chuyên mục."


class ArticlePageFactory(PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Thái Nguyên đẩy mạnh chuyển đổi số, tin số {n}")
    sapo = "Tỉnh Thái Nguyên tiếp tục đẩy mạnh chuyển đổi số trong các cơ quan nhà nước."
    authors = "Minh Anh, Quang Huy"
    source = "Sở Khoa học và Công nghệ"
    date = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(hours=n + 1))
    body = factory.LazyFunction(
        lambda: [
            ("heading", "Kết quả nổi bật"),
            (
                "paragraph",
                RichText("<p>Toàn tỉnh có 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến.</p>"),
            ),
        ]
    )


class ArticleCorrectionFactory(DjangoModelFactory):
    class Meta:
        model = ArticleCorrection

    page = factory.SubFactory(ArticlePageFactory)
    text = "Bài viết đã sửa số liệu: 95% chứ không phải 59%."


class RelatedArticleFactory(DjangoModelFactory):
    class Meta:
        model = RelatedArticle

    page = factory.SubFactory(ArticlePageFactory)
    article = factory.SubFactory(ArticlePageFactory)


class LeadersPageFactory(PageFactory):
    class Meta:
        model = LeadersPage

    title = "Lãnh đạo tỉnh"


class SpokespersonPageFactory(PageFactory):
    class Meta:
        model = SpokespersonPage

    title = "Người phát ngôn"
    intro = "Người phát ngôn và cung cấp thông tin cho báo chí của Ủy ban nhân dân tỉnh."


class WorkCalendarPageFactory(PageFactory):
    class Meta:
        model = WorkCalendarPage

    title = "Lịch công tác"


class PressDigestPageFactory(PageFactory):
    class Meta:
        model = PressDigestPage

    title = "Điểm báo"


class CalendarEntryFactory(DjangoModelFactory):
    class Meta:
        model = CalendarEntry

    date = factory.LazyFunction(timezone.localdate)
    time = datetime.time(8, 0)
    leader = factory.SubFactory(LeaderFactory)
    activity = factory.Sequence(lambda n: f"Họp Ủy ban nhân dân tỉnh thường kỳ, phiên số {n}")
    place = "Phòng họp số 1, trụ sở UBND tỉnh"
    participants = "Lãnh đạo các sở, ban, ngành"
