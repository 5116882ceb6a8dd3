"""Factories for the gazette: index, issues, fields, documents with real generated PDFs, appearances, relations and
citations."""

import datetime

import factory
from factory.django import DjangoModelFactory

from thainguyen_portal.core.factories import PageFactory
from thainguyen_portal.core.intake.documents import new_document
from thainguyen_portal.core.text import vietnamese_slugify

from .models import (
    DocumentAppearance,
    DocumentCitation,
    DocumentFile,
    DocumentRelation,
    DocumentType,
    GazetteIndexPage,
    GazetteIssuePage,
    IssuingBody,
    LegalDocument,
    LegalField,
    RelationKind,
)
from .pdf import make_pdf


class GazetteIndexPageFactory(PageFactory):
    class Meta:
        model = GazetteIndexPage

    title = "Công báo"
    intro = "Công báo điện tử tỉnh Thái Nguyên."


class GazetteIssuePageFactory(PageFactory):
    class Meta:
        model = GazetteIssuePage

    number = factory.Sequence(lambda n: f"{n % 90 + 1:02d}")
    publication_date = datetime.date(2026, 3, 2)
    title = factory.LazyAttribute(lambda o: f"Công báo số {o.number} năm {o.publication_date.year}")
    slug = factory.LazyAttribute(lambda o: vietnamese_slugify(f"so {o.number} nam {o.publication_date.year}"))


class LegalFieldFactory(DjangoModelFactory):
    class Meta:
        model = LegalField
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")


def pdf_document(title, lines, filename="van-ban.pdf"):
    """A Wagtail document holding a real PDF with these Vietnamese lines."""
    return new_document(title, filename, make_pdf([title], lines))


class LegalDocumentFactory(DjangoModelFactory):
    class Meta:
        model = LegalDocument
        skip_postgeneration_save = True

    number = factory.Sequence(lambda n: f"{n + 1}/2026/QĐ-UBND")
    doc_type = DocumentType.DECISION
    issuing_body = IssuingBody.COMMITTEE
    signer = "Nguyễn Văn Hùng"
    signer_position = "Chủ tịch Ủy ban nhân dân tỉnh"
    issue_date = datetime.date(2026, 3, 2)
    summary = "Ban hành Quy định về quản lý, sử dụng đất đai trên địa bàn tỉnh Thái Nguyên"

    @factory.post_generation
    def fields(self, create, extracted, **kwargs):
        if create and extracted:
            self.fields.set(extracted)
            self.save()  # a ParentalManyToManyField is written on save

    @classmethod
    def published_in(cls, issue, page_from=1, **kwargs):
        """A document appearing in `issue` (publish the issue for it to be public)."""
        document = cls(**kwargs)
        DocumentAppearance.objects.create(document=document, issue=issue, page_from=page_from)
        document.recompute_published()
        return document


class DocumentFileFactory(DjangoModelFactory):
    class Meta:
        model = DocumentFile

    document = factory.SubFactory(LegalDocumentFactory)
    file = factory.LazyAttribute(
        lambda o: pdf_document(
            o.document.number,
            [
                "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
                o.document.summary,
                "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng.",
            ],
        )
    )


class DocumentAppearanceFactory(DjangoModelFactory):
    class Meta:
        model = DocumentAppearance

    document = factory.SubFactory(LegalDocumentFactory)
    issue = None
    page_from = 1


class DocumentRelationFactory(DjangoModelFactory):
    class Meta:
        model = DocumentRelation

    source = factory.SubFactory(LegalDocumentFactory)
    kind = RelationKind.AMENDS
    target = factory.SubFactory(LegalDocumentFactory)


class DocumentCitationFactory(DjangoModelFactory):
    """A page citing a document; pass the page (any page: a news article, say)."""

    class Meta:
        model = DocumentCitation

    page = None
    document = factory.SubFactory(LegalDocumentFactory)
