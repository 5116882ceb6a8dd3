"""Factories for the Trà Việt magazine's models."""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from PIL import Image
from wagtail.rich_text import RichText

from thainguyen_portal.core.factories import PageFactory

from .models import (
    MagazineArticlePage,
    MagazineIndexPage,
    MagazineIssuePage,
    MagazinePrintPage,
    TeaBusiness,
    TeaDirectoryPage,
    TeaRegion,
)


def _jpeg(size, color=(11, 93, 59)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="JPEG")
    return buffer.getvalue()


class TeaRegionFactory(DjangoModelFactory):
    class Meta:
        model = TeaRegion
        django_get_or_create = ("name",)

    name = "Tân Cương"


class TeaBusinessFactory(DjangoModelFactory):
    class Meta:
        model = TeaBusiness

    name = factory.Sequence(lambda n: f"Hợp tác xã chè Hảo Đạt {n}")
    kind = TeaBusiness.Kind.COOPERATIVE
    region = factory.SubFactory(TeaRegionFactory)
    products = "Chè móc câu\nChè nõn tôm"
    address = "Xóm Nam Thái, xã Tân Cương, tỉnh Thái Nguyên"
    phone = "0208 3646 123"


class MagazineIndexPageFactory(PageFactory):
    class Meta:
        model = MagazineIndexPage

    title = "Đặc san Trà Việt"
    intro = "<p>Đặc san quảng bá chè Thái Nguyên.</p>"


class MagazineIssuePageFactory(PageFactory):
    class Meta:
        model = MagazineIssuePage

    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda issue: f"Hương chè Tân Cương – số {issue.number}")
    slug = factory.LazyAttribute(lambda issue: f"so-{issue.number}")
    issue_date = factory.Sequence(lambda n: datetime.date(2024 + n // 12, n % 12 + 1, 1))
    cover = factory.SubFactory(wagtail_factories.ImageFactory)
    editorial = "<p>Thư tòa soạn: mùa chè mới đã về.</p>"


class MagazineArticlePageFactory(PageFactory):
    class Meta:
        model = MagazineArticlePage

    title = factory.Sequence(lambda n: f"Người giữ nghề sao chè số {n}")
    authors = "Nguyễn Thu Hà, Trần Văn Minh"
    lead = "Câu chuyện về những người làm chè ở Tân Cương."
    print_start = 2
    print_end = 3
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Chè Tân Cương nổi tiếng khắp nơi.</p>"))])


class TeaDirectoryPageFactory(PageFactory):
    class Meta:
        model = TeaDirectoryPage

    title = "Danh bạ doanh nghiệp chè"


class MagazinePrintPageFactory(DjangoModelFactory):
    class Meta:
        model = MagazinePrintPage

    issue = factory.SubFactory(MagazineIssuePageFactory)
    number = factory.Sequence(lambda n: n + 1)
    image = factory.LazyFunction(lambda: ContentFile(_jpeg((120, 170)), name="trang.jpg"))
    thumbnail = factory.LazyFunction(lambda: ContentFile(_jpeg((40, 57)), name="trang-nho.jpg"))
    text = "Chè Thái Nguyên – đệ nhất danh trà."
