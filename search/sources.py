"""What gets indexed: every live page type (through its ``search_fields``) and the objects content apps
register with the ``portal_search_sources`` hook.

A source is a plain dict, so a content app registers one without importing this app (see docs/search.md)::

    @hooks.register("portal_search_sources")
    def legal_documents():
        return {
            "name": "gazette.legaldocument",       # unique, stored with every entry
            "kind": "gazette",                     # the value of the content-type filter
            "label": _("Gazette"),                 # the filter's label
            "model": LegalDocument,                # saves and deletes of this model re-index the object
            "queryset": lambda: LegalDocument.objects.filter(issue__live=True),  # what is searchable
            "entry": lambda doc: {                 # what the index keeps (locale is a language code)
                "locale": "vi", "title": doc.title, "body": doc.summary, "url": doc.url,
                "date": doc.signed_at, "path": doc.issue.path,
            },
        }
"""

from dataclasses import dataclass
from datetime import datetime, time

from django.apps import apps
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail import hooks
from wagtail.models import Page

from thainguyen_portal.core.models import BasePage

SOURCES_HOOK = "portal_search_sources"


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    label: str
    model: type
    queryset: object
    entry: object


def registered_sources():
    sources = []
    for fn in hooks.get_hooks(SOURCES_HOOK):
        spec = fn()
        if spec:
            sources.append(Source(**spec))
    return sources


def page_models():
    """Every concrete page type of the portal (they all subclass BasePage)."""
    return [model for model in apps.get_models() if issubclass(model, BasePage) and not model._meta.abstract]


def kind_of_page_model(model):
    return model._meta.app_label


def kind_choices():
    """(value, label) of the content-type filter: one per app with page types, then the registered sources."""
    choices = {}
    for model in page_models():
        kind = kind_of_page_model(model)
        if kind not in choices:
            choices[kind] = apps.get_app_config(kind).verbose_name
    for source in registered_sources():
        choices.setdefault(source.kind, source.label)
    return sorted(choices.items(), key=lambda item: str(item[1]))


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _flatten(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _flatten(item)]
    if hasattr(value, "all") and callable(value.all):  # a related manager (tags)
        return [str(item) for item in value.all()]
    return [str(value)]


def _field_texts(obj, field):
    from wagtail.search import index

    if isinstance(field, index.RelatedFields):
        related = field.get_value(obj)
        if related is None:
            return []
        objects = related.all() if hasattr(related, "all") else [related() if callable(related) else related]
        return [text for item in objects for sub in field.fields for text in _field_texts(item, sub)]
    if isinstance(field, (index.SearchField, index.AutocompleteField)):
        return _flatten(field.get_value(obj))
    return []


def page_entry(page):
    """What the index keeps for one page: its title, and the text of its other search fields as the body."""
    from wagtail.search import index

    title = page.title
    body_parts = []
    for field in page.get_search_fields():
        if getattr(field, "field_name", None) == "title" and isinstance(field, index.SearchField):
            continue
        for text in _field_texts(page, field):
            text = " ".join(strip_tags(text).split())
            if text and text not in body_parts and text != title:
                body_parts.append(text)
    date = getattr(page, "search_date", None)
    if callable(date):
        date = date()
    if date is not None and not isinstance(date, datetime):
        date = timezone.make_aware(datetime.combine(date, time(12)))
    return {
        "locale_id": page.locale_id,
        "title": title,
        "body": "\n".join(body_parts),
        "url": "",
        "date": date or page.first_published_at or page.last_published_at,
        "path": page.path,
        "kind": kind_of_page_model(type(page)),
    }


def is_page_model(model):
    return issubclass(model, Page)
