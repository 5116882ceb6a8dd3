"""Factories for the consultations: the consultations page, a consultation with articles, a comment."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from thainguyen_portal.core.factories import PageFactory

from .models import CommentStatus, ConsultationComment, ConsultationIndexPage, ConsultationPage

ARTICLES = [
    ("article", {"number": 1, "title": "Phạm vi điều chỉnh", "text": "Quy định này quy định mức hỗ trợ ..."}),
    ("article", {"number": 2, "title": "Đối tượng áp dụng", "text": "Hộ gia đình, cá nhân trồng chè ..."}),
    ("article", {"number": 3, "title": "Mức hỗ trợ", "text": "Hỗ trợ 50% chi phí giống chè mới ..."}),
]


class ConsultationIndexPageFactory(PageFactory):
    class Meta:
        model = ConsultationIndexPage

    title = "Lấy ý kiến dự thảo văn bản"
    slug = "lay-y-kien-du-thao"
    intro = "Dự thảo văn bản quy phạm pháp luật của tỉnh đang lấy ý kiến nhân dân."


class ConsultationPageFactory(PageFactory):
    class Meta:
        model = ConsultationPage

    title = factory.Sequence(lambda n: f"Dự thảo Quyết định số {n} về hỗ trợ phát triển chè")
    slug = factory.Sequence(lambda n: f"du-thao-{n}")
    summary = "Dự thảo quy định chính sách hỗ trợ phát triển sản xuất chè trên địa bàn tỉnh Thái Nguyên."
    drafting_agency = "Sở Nông nghiệp và Môi trường"
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=5))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=25))
    questions = [("question", "Mức hỗ trợ 50% chi phí giống đã phù hợp chưa?")]
    articles = ARTICLES


class ConsultationCommentFactory(DjangoModelFactory):
    class Meta:
        model = ConsultationComment

    page = None
    name = factory.Sequence(lambda n: f"Nguyễn Văn {n}")
    email = factory.Sequence(lambda n: f"ban-doc-{n}@example.vn")
    text = "Đề nghị nâng mức hỗ trợ cho hộ nghèo lên 70%."
    status = CommentStatus.APPROVED
