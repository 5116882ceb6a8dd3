"""Factories for the home app's pages."""

import factory
from wagtail.rich_text import RichText

from thainguyen_portal.core.factories import PageFactory

from .models import HomePage, StandardPage


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Trang chủ"
    tagline = "Thái Nguyên – Đệ nhất danh trà"
    intro = "Thông tin chính thống về hoạt động chỉ đạo, điều hành của tỉnh Thái Nguyên."


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Trang giới thiệu số {n}")
    intro = "Thái Nguyên là trung tâm chính trị, kinh tế của vùng Việt Bắc."
    body = factory.LazyFunction(
        lambda: [
            ("heading", "Lịch sử hình thành"),
            ("paragraph", RichText("<p>Tỉnh Thái Nguyên được tái lập năm 1997.</p>")),
        ]
    )
