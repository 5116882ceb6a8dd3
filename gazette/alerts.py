"""What readers may follow by e-mail in the gazette (thainguyen_portal/alerts, docs/alerts.md): a kind of document
(``doc_type``), a field (``LegalField``) and one document, to hear when it takes effect, is amended, replaced or
guided by a newer one, or expires. Declared in area.py (``Area.alert_topics``)."""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from thainguyen_portal.core.areas import AlertItem, AlertTopic

from .models import DocumentRelation, DocumentType, ForceStatus, GazetteIndexPage, LegalDocument, LegalField

MAX_ITEMS = 20  # per topic and digest


def _base_url(language):
    """The absolute URL under which a document's page is ``van-ban/<slug>/``: the gazette of `language`, else the
    Vietnamese one ("" without a live gazette)."""
    indexes = GazetteIndexPage.objects.live().public().select_related("locale").order_by("path")
    index = indexes.filter(locale__language_code=language).first() or indexes.filter(locale__language_code="vi").first()
    return (index.get_full_url() or "") if index else ""


def _document_items(documents, language, note=""):
    base = _base_url(language)
    return [
        AlertItem(
            f"{document.number}: {document.summary}",
            f"{base}van-ban/{document.slug}/" if base else "",
            document.issue_date,
            note,
        )
        for document in documents
    ]


def _published_between(since, until):
    return LegalDocument.objects.published().filter(first_published_at__gte=since, first_published_at__lt=until)


def describe_doc_type(value, language):
    return str(DocumentType(value).label) if value in DocumentType.values else None


def doc_type_news(value, since, until, language):
    return _document_items(_published_between(since, until).filter(doc_type=value)[:MAX_ITEMS], language)


def describe_field(value, language):
    field = LegalField.objects.filter(slug=value).first()
    return field.name if field else None


def field_news(value, since, until, language):
    documents = _published_between(since, until).filter(fields__slug=value).distinct()[:MAX_ITEMS]
    return _document_items(documents, language)


def _document(value):
    return LegalDocument.objects.published().filter(slug=value).first()


def describe_document(value, language):
    document = _document(value)
    return f"{document.number}: {document.summary}" if document else None


def document_state(value):
    """The document's status of force and the published documents relating to it (amending, replacing, guiding)."""
    document = _document(value)
    if document is None:
        return None
    related = DocumentRelation.objects.filter(target=document, source__is_published=True)
    return {"status": document.status(), "related": sorted(related.values_list("source_id", flat=True).distinct())}


def document_changes(value, old, new, language):
    """What changed since the state last sent: the new status of force, and each newly published related
    document."""
    if not old or not new:
        return []
    document = _document(value)
    if document is None:
        return []
    found = []
    if old.get("status") != new.get("status"):
        note = _("Status of force: %(status)s") % {"status": ForceStatus(new["status"]).label}
        found += _document_items([document], language, note)
    added = set(new.get("related", ())) - set(old.get("related", ()))
    if added:
        relations = (
            DocumentRelation.objects.filter(target=document, source_id__in=added)
            .select_related("source")
            .order_by("source__issue_date", "source_id")
        )
        seen = set()
        for relation in relations:
            if relation.source_id in seen:
                continue
            seen.add(relation.source_id)
            note = _("New related document: %(source)s %(relation)s this document") % {
                "source": relation.source.number,
                "relation": relation.get_kind_display(),
            }
            found += _document_items([relation.source], language, note)
    return found


ALERT_TOPICS = (
    AlertTopic(
        kind="doc-type",
        label=pgettext_lazy("alerts topic kind", "Type of legal document"),
        describe=describe_doc_type,
        news=doc_type_news,
    ),
    AlertTopic(
        kind="doc-field",
        label=pgettext_lazy("alerts topic kind", "Field of legal documents"),
        describe=describe_field,
        news=field_news,
    ),
    AlertTopic(
        kind="document",
        label=pgettext_lazy("alerts topic kind", "Legal document"),
        describe=describe_document,
        state=document_state,
        changes=document_changes,
    ),
)
