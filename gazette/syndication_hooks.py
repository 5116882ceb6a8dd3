"""The gazette's resource for the partner API (``portal_api_resources`` hook, see docs/syndication.md).

Published legal documents (those in a live, public issue) with their public metadata and the addresses of their
signed files. The gazette is Vietnamese only: ``?lang=en`` finds nothing.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.utils.text import capfirst
from wagtail.models import Locale

from .models import (
    DocumentAppearance,
    DocumentFile,
    DocumentType,
    ForceStatus,
    GazetteIndexPage,
    IssuingBody,
    LegalDocument,
    LegalField,
)


def documents_queryset():
    return (
        LegalDocument.objects.published()
        .with_status()
        .defer("full_text")
        .prefetch_related(
            "fields",
            Prefetch("files", queryset=DocumentFile.objects.select_related("file")),
            Prefetch(
                "appearances",
                queryset=DocumentAppearance.objects.filter(issue__live=True)
                .select_related("issue")
                .order_by("issue__publication_date"),
            ),
        )
    )


def filter_by_field(queryset, value):
    field = LegalField.objects.filter(slug=value).first()
    if field is None:
        raise ValueError(value)
    return queryset.filter(fields=field)


def _index(request):
    memo = getattr(request, "_gazette_api_index", None)
    if memo is None:
        locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        memo = GazetteIndexPage.objects.live().filter(locale=locale).order_by("path").first()
        request._gazette_api_index = memo
    return memo


def document_items(documents, request, detail):
    index = _index(request)
    items = []
    for document in documents:
        url = index.document_url(document) if index else ""
        status = getattr(document, "force_status", None) or document.status()
        item = {
            "id": document.pk,
            "url": request.build_absolute_uri(url) if url else None,
            "language": "vi",
            "title": document.citation,
            "number": document.number,
            "slug": document.slug,
            "summary": document.summary,
            "type": document.doc_type,
            "type_label": str(DocumentType(document.doc_type).label),
            "issuing_body": document.issuing_body,
            "issuing_body_label": str(IssuingBody(document.issuing_body).label),
            "signer": document.signer,
            "signer_position": document.signer_position,
            "published": document.issue_date,
            "updated": document.first_published_at,
            "effective_date": document.effective_date,
            "expiry_date": document.expiry_date,
            "status": status,
            "status_label": str(ForceStatus(status).label),
            "fields": [{"slug": f.slug, "name": f.name} for f in document.fields.all()],
            "files": [
                {"format": item.extension, "url": request.build_absolute_uri(url + f"tai-ve/{item.pk}/")}
                for item in document.files.all()
            ]
            if url
            else [],
            "appearances": [
                {
                    "issue": a.issue.number,
                    "issue_date": a.issue.publication_date,
                    "issue_url": a.issue.get_full_url(request),
                    "pages": a.pages,
                }
                for a in document.appearances.all()
            ],
        }
        items.append(item)
    return items


def api_documents():
    return {
        "name": "gazette-documents",
        "label": capfirst(LegalDocument._meta.verbose_name_plural),
        "queryset": documents_queryset,
        "date_field": "issue_date",
        "language_field": None,
        "order_by": ("-issue_date", "-number_value", "-pk"),
        "type_field": "doc_type",
        "types": DocumentType.choices,
        "section": filter_by_field,
        "order": 30,
        "items": document_items,
    }
