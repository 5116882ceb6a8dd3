"""Keeping the search index current: signal handlers and the rebuild used by ``manage.py rebuild_search``."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page
from wagtail.signals import page_unpublished, post_page_move

from .models import PAGE_SOURCE, SearchEntry
from .sources import page_entry, page_models, registered_sources
from .text import exact_tokens, folded_tokens, normalise

# Saving only these fields (a draft revision, a lock) does not change what readers can find.
_NON_CONTENT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "live_revision",
    "alias_of",
}


def entry_values(data):
    title = normalise(data["title"])
    body = "\n".join(normalise(line) for line in str(data.get("body") or "").splitlines() if line.strip())
    return {
        "locale_id": data["locale_id"],
        "kind": data["kind"],
        "path": data.get("path") or "",
        "title": title,
        "body": body,
        "url": data.get("url") or "",
        "date": data.get("date"),
        "title_folded": folded_tokens(title),
        "text_folded": folded_tokens(f"{title} {body}"),
        "text_exact": exact_tokens(f"{title} {body}"),
    }


def index_page(page):
    page = page.specific
    if not page.live:
        unindex_page(page)
        return
    values = entry_values(page_entry(page))
    SearchEntry.objects.update_or_create(
        source=PAGE_SOURCE, object_key=str(page.pk), defaults={**values, "page_id": page.pk}
    )


def unindex_page(page):
    SearchEntry.objects.filter(source=PAGE_SOURCE, object_key=str(page.pk)).delete()


def _source_values(source, obj, locales):
    data = dict(source.entry(obj))
    locale_code = data.pop("locale", None) or "vi"
    data["locale_id"] = locales.get(locale_code)
    data["kind"] = source.kind
    return entry_values(data) if data["locale_id"] else None


def index_object(source, obj):
    key = str(obj.pk)
    if not source.queryset().filter(pk=obj.pk).exists():
        SearchEntry.objects.filter(source=source.name, object_key=key).delete()
        return
    values = _source_values(source, obj, dict(Locale.objects.values_list("language_code", "id")))
    if values is None:
        return
    SearchEntry.objects.update_or_create(source=source.name, object_key=key, defaults=values)


def rebuild(stdout=None, batch_size=500):
    """Rebuild the whole index from the live pages and the registered sources. Returns the number of entries."""
    total = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for model in page_models():
            pages = model.objects.live().filter(content_type__model=model._meta.model_name).order_by("pk")
            pages = pages.filter(content_type__app_label=model._meta.app_label)
            batch = []
            for page in pages.iterator(chunk_size=batch_size):
                batch.append(
                    SearchEntry(
                        source=PAGE_SOURCE, object_key=str(page.pk), page_id=page.pk, **entry_values(page_entry(page))
                    )
                )
                if len(batch) >= batch_size:
                    total += len(SearchEntry.objects.bulk_create(batch))
                    batch = []
            total += len(SearchEntry.objects.bulk_create(batch))
        locales = dict(Locale.objects.values_list("language_code", "id"))
        for source in registered_sources():
            batch = []
            for obj in source.queryset().iterator(chunk_size=batch_size):
                values = _source_values(source, obj, locales)
                if values:
                    batch.append(SearchEntry(source=source.name, object_key=str(obj.pk), **values))
                if len(batch) >= batch_size:
                    total += len(SearchEntry.objects.bulk_create(batch))
                    batch = []
            total += len(SearchEntry.objects.bulk_create(batch))
    if stdout is not None:
        stdout.write(f"{total} search entries.")
    return total


# --- signal handlers ----------------------------------------------------------------------------------------


def _page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is not None and set(update_fields) <= _NON_CONTENT_FIELDS:
        return
    index_page(instance)


def _page_unpublished(sender, instance, **kwargs):
    unindex_page(instance)


def _page_moved(sender, instance, **kwargs):
    # The tree paths of the page and everything under it changed (sections and privacy use them).
    for page in Page.objects.descendant_of(instance, inclusive=True).live().specific().iterator():
        index_page(page)


def _object_saved(source):
    def handler(sender, instance, raw=False, **kwargs):
        if not raw:
            index_object(source, instance)

    return handler


def _object_deleted(source):
    def handler(sender, instance, **kwargs):
        SearchEntry.objects.filter(source=source.name, object_key=str(instance.pk)).delete()

    return handler


def connect_signals():
    for model in page_models():
        post_save.connect(_page_saved, sender=model, dispatch_uid=f"search-index-{model._meta.label_lower}")
    page_unpublished.connect(_page_unpublished, dispatch_uid="search-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="search-moved")
    for source in registered_sources():
        post_save.connect(
            _object_saved(source), sender=source.model, weak=False, dispatch_uid=f"search-source-save-{source.name}"
        )
        post_delete.connect(
            _object_deleted(source), sender=source.model, weak=False, dispatch_uid=f"search-source-delete-{source.name}"
        )
