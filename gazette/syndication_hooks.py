"""The gazette's resource for the partner API (``portal_api_resources`` hook, see docs/syndication.md).

Published legal documents (those in a live, public issue) with their public metadata and the addresses of their
signed files; in detail also their relations and full text. The gazette is Vietnamese only: ``?lang=en`` finds
nothing. Besides the API's parameters, the lookup's own (``q``, ``body``, ``signer``, ``status``, ``year``,
``effective_from``, ``effective_to``, ``on``) filter the documents as on the lookup page. The gazette's former JSON
addresses (``/cong-bao/api/van-ban/``) redirect here (views.api_moved).
"""

from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .models import (
    DocumentRelation,
    DocumentType,
    ForceStatus,
    GazetteIndexPage,
    IssuingBody,
    LegalDocument,
    LegalField,
)

# The lookup's parameters the resource takes too (the API has its own type, section, from and to).
LOOKUP_PARAMETERS = {
    "q": _("a number, symbol or words, as in the gazette's lookup"),
    "body": _("an issuing body"),
    "signer": _("the signer's name"),
    "status": _("a status of force"),
    "year": _("the year of signing"),
    "effective_from": _("in effect from (YYYY-MM-DD or DD/MM/YYYY)"),
    "effective_to": _("in effect until (YYYY-MM-DD or DD/MM/YYYY)"),
    "on": _("in force on (YYYY-MM-DD or DD/MM/YYYY)"),
}


def documents_queryset():
    return LegalDocument.objects.published().with_status().defer("full_text").with_record()


def filter_by_field(queryset, value):
    field = LegalField.objects.filter(slug=value).first()
    if field is None:
        raise ValueError(value)
    return queryset.filter(fields=field)


def filter_by_lookup(queryset, params):
    """The documents the gazette's lookup finds for the lookup's parameters among `params` (ValueError with the
    lookup's messages for a bad value)."""
    from .lookup import Lookup

    given = {name: params[name] for name in LOOKUP_PARAMETERS if params.get(name, "").strip()}
    if not given:
        return queryset
    search = Lookup(given)
    if search.form.errors:
        raise ValueError(
            " ".join(f"“{name}”: {' '.join(str(e) for e in errors)}" for name, errors in search.form.errors.items())
        )
    return queryset.filter(pk__in=search.results(with_fields=False).values("pk"))


def _detail(document, request, url):
    """What a document's detail adds: its files' download names, its relations (both ways) and its full text."""
    from .views import download_name

    relations = [
        {"relation": r.kind, "number": r.target.number, "url": _document_url(request, r.target)}
        for r in DocumentRelation.objects.filter(source=document, target__is_published=True).select_related("target")
    ] + [
        {"relation": f"{r.kind}-by", "number": r.source.number, "url": _document_url(request, r.source)}
        for r in DocumentRelation.objects.filter(target=document, source__is_published=True).select_related("source")
    ]
    return {
        "files": [
            {
                "name": download_name(document, item),
                "format": item.extension,
                "url": request.build_absolute_uri(url + f"tai-ve/{item.pk}/"),
            }
            for item in document.files.all()
        ],
        "relations": relations,
        "full_text": document.full_text,  # deferred in lists: read here
    }


def _document_url(request, document):
    index = _index(request)
    return request.build_absolute_uri(index.document_url(document)) if index else None


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
        if detail and url:
            item.update(_detail(document, request, url))
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
        "filters": filter_by_lookup,
        "parameters": LOOKUP_PARAMETERS,
        "slug_field": "slug",
    }
