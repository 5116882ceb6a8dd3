"""What the index holds and keeping it current.

Pages need nothing: every subclass of ``BasePage`` is indexed from its ``search_fields`` (the title, then the
text of every other ``SearchField``, StreamField text included, as the body), dated by its ``search_date`` (a
method or attribute giving the page's own date: an article's date, an issue's date) or else its first
publication. Anything else an area wants found registers a source through the ``portal_search_sources`` hook, a
plain dict, so the area does not import the search app (docs/search.md)::

    @hooks.register("portal_search_sources")
    def legal_documents():
        return {
            "name": "gazette.legaldocument",  # unique, stored with every entry
            "kind": "gazette",  # the value of the content-type filter
            "label": _("Gazette"),  # the filter's label
            "model": LegalDocument,  # saves and deletes of this model re-index the object
            "queryset": lambda: LegalDocument.objects.published(),  # what is searchable
            "entry": lambda doc: {"locale": "vi", "title": ..., "body": ..., "url": ..., "date": ..., "keys": [...]},
        }

Each save writes the object's one entry (``TextEntry``) in place and adds its new words to the vocabulary
(``SearchTerm``); ``rebuild`` recounts everything (``manage.py rebuild_search``).
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date as date_type
from datetime import datetime, time

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail import hooks

from .text import (
    MAX_INDEXED_TOKENS,
    exact_tokens,
    fold_tokens,
    normalise,
    syllables,
    token_string,
)

SOURCES_HOOK = "portal_search_sources"
PAGE_SOURCE = "page"
KEY_PREFIX = "key:"

# Saving only these fields (a draft revision, a lock) does not change what readers can find.
NON_CONTENT_FIELDS = {
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


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    label: str
    model: type
    queryset: object
    entry: object
    lookup_url: object = None  # optional: a callable giving the area's own lookup page, offered beside the results
    auto_index: bool = True  # False: the area calls index_object_by_pk itself, once per save (deletes are followed)


def registered_sources():
    sources = []
    for fn in hooks.get_hooks(SOURCES_HOOK):
        spec = fn()
        if spec:
            sources.append(Source(**spec))
    return sources


def page_models():
    """Every concrete page type of the portal (they all subclass BasePage)."""
    from thainguyen_portal.core.models import BasePage

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


# --- what an entry holds ---------------------------------------------------------------------------------------


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


def as_datetime(value):
    """A date or datetime as an aware datetime (a date at noon, so it stays on its day in every time zone)."""
    if value is None:
        return None
    if not isinstance(value, datetime) and isinstance(value, date_type):
        value = datetime.combine(value, time(12))
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def page_entry(page):
    """What the index keeps for one page: its title, the text of its other search fields, its own date."""
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
    when = getattr(page, "search_date", None)
    if callable(when):
        when = when()
    keys = getattr(page, "search_keys", None)
    return {
        "locale_id": page.locale_id,
        "language": page.locale.language_code,
        "title": title,
        "body": "\n".join(body_parts),
        "url": "",
        "date": as_datetime(when) or page.first_published_at or page.last_published_at,
        "path": page.path,
        "kind": kind_of_page_model(type(page)),
        "keys": (keys() if callable(keys) else keys) or [],
    }


def ngrams(tokens, size):
    return [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]


def normalise_key(key):
    """An identifier as the index keeps it: folded, runs of other characters as one hyphen ("68-2026-qd-ubnd")."""
    return "-".join(fold_tokens(syllables(str(key))))


def vector_literal(folded, keys=()):
    """The tsvector of an entry: every token, every pair and every three neighbouring tokens as lexemes (no
    positions), and its keys. A phrase of up to three syllables is one lexeme; a longer one all its
    three-syllable windows. SQLite matches the same with ``LIKE`` on the token string (engine.py)."""
    lexemes = set(folded) | set(ngrams(folded, 2)) | set(ngrams(folded, 3))
    lexemes |= {KEY_PREFIX + key for key in keys}
    return " ".join(f"'{lexeme}'" for lexeme in sorted(lexemes))


def entry_values(data):
    """The columns of an entry, from what a page or a source gives."""
    language = data.get("language") or "vi"
    title = normalise(data["title"])
    body = "\n".join(normalise(line) for line in str(data.get("body") or "").splitlines() if line.strip())
    title_words = syllables(title)
    words = (title_words + syllables(body))[:MAX_INDEXED_TOKENS]
    folded = fold_tokens(words, language)
    keys = sorted({key for key in (normalise_key(k) for k in data.get("keys") or ()) if key})
    return {
        "locale_id": data["locale_id"],
        "kind": data["kind"],
        "path": data.get("path") or "",
        "title": title,
        "body": body,
        "url": data.get("url") or "",
        "date": as_datetime(data.get("date")),
        "keys": token_string(keys),
        "title_folded": token_string(folded[: len(title_words)]),
        "text_folded": token_string(folded),
        "text_exact": token_string(exact_tokens(" ".join(words))),
        "search_vector": vector_literal(folded, keys),
    }


# --- the vocabulary -----------------------------------------------------------------------------------------------


def vocabulary_terms(values):
    """The folded syllables and pairs of an entry, each with the spelling it has there (marks kept)."""
    folded = values["text_folded"].split()
    exact = values["text_exact"].split()
    if len(exact) != len(folded):  # English stems: the folded form is its own display
        exact = folded
    terms = {}
    for i, word in enumerate(folded):
        terms.setdefault(word, exact[i])
        if i + 1 < len(folded):
            terms.setdefault(f"{word} {folded[i + 1]}", f"{exact[i]} {exact[i + 1]}")
    return {term: display for term, display in terms.items() if len(term) <= 130}


def add_to_vocabulary(values):
    """New words of a saved entry go into the vocabulary at once (counted 1); ``rebuild`` recounts them all."""
    from thainguyen_portal.core.models import SearchTerm

    terms = vocabulary_terms(values)
    if terms:
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=term, display=display[:130], entries=1) for term, display in terms.items()],
            ignore_conflicts=True,
            batch_size=1000,
        )


def rebuild_vocabulary(batch_size=1000):
    """Count every syllable and pair over the whole index (the number of entries holding each) and keep each one's
    commonest spelling. Returns the number of terms."""
    from thainguyen_portal.core.models import SearchTerm, TextEntry

    counts, spellings = Counter(), {}
    for text_folded, text_exact in (
        TextEntry.objects.values_list("text_folded", "text_exact").order_by("pk").iterator(chunk_size=batch_size)
    ):
        terms = vocabulary_terms({"text_folded": text_folded, "text_exact": text_exact})
        counts.update(terms.keys())
        for term, display in terms.items():
            spellings.setdefault(term, Counter())[display] += 1
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(
            (
                SearchTerm(term=term, entries=n, display=spellings[term].most_common(1)[0][0][:130])
                for term, n in counts.items()
            ),
            batch_size=batch_size,
        )
    return len(counts)


# --- writing entries ------------------------------------------------------------------------------------------


def _write(source, key, values, page_id=None, object_id=None):
    from thainguyen_portal.core.models import TextEntry

    TextEntry.objects.update_or_create(
        source=source, object_key=key, defaults={**values, "page_id": page_id, "object_id": object_id}
    )
    add_to_vocabulary(values)


def index_page(page):
    page = page.specific
    if not page.live:
        unindex_page(page)
        return
    _write(PAGE_SOURCE, str(page.pk), entry_values(page_entry(page)), page_id=page.pk, object_id=page.pk)


def unindex_page(page):
    from thainguyen_portal.core.models import TextEntry

    TextEntry.objects.filter(source=PAGE_SOURCE, object_key=str(page.pk)).delete()


def _locales():
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("language_code", "id"))


def _source_values(source, obj, locales):
    data = dict(source.entry(obj))
    language = data.pop("locale", None) or "vi"
    data["language"] = language
    data["locale_id"] = locales.get(language)
    data["kind"] = source.kind
    return entry_values(data) if data["locale_id"] else None


def index_object(source, obj):
    from thainguyen_portal.core.models import TextEntry

    key = str(obj.pk)
    if not source.queryset().filter(pk=obj.pk).exists():
        TextEntry.objects.filter(source=source.name, object_key=key).delete()
        return
    values = _source_values(source, obj, _locales())
    if values is not None:
        _write(source.name, key, values, object_id=obj.pk if isinstance(obj.pk, int) else None)


def index_object_by_pk(model, pk):
    """Re-index one object of a registered source's model (an area calls this after changing what it hands over
    without a save of the object itself, e.g. its full text filled in later)."""
    for source in registered_sources():
        if source.model is model:
            obj = model._default_manager.filter(pk=pk).first()
            if obj is None:
                from thainguyen_portal.core.models import TextEntry

                TextEntry.objects.filter(source=source.name, object_key=str(pk)).delete()
            else:
                index_object(source, obj)


def bulk_index(source_name, objects):
    """Entries for many objects of one source at once (a bulk import that bypassed ``save()``); the vocabulary is
    recounted by the caller (``rebuild_vocabulary``) when done."""
    from thainguyen_portal.core.models import TextEntry

    source = next(source for source in registered_sources() if source.name == source_name)
    locales = _locales()
    entries = []
    for obj in objects:
        values = _source_values(source, obj, locales)
        if values:
            object_id = obj.pk if isinstance(obj.pk, int) else None
            entries.append(TextEntry(source=source.name, object_key=str(obj.pk), object_id=object_id, **values))
    TextEntry.objects.filter(source=source.name, object_key__in=[entry.object_key for entry in entries]).delete()
    return len(TextEntry.objects.bulk_create(entries, batch_size=500))


def rebuild(stdout=None, batch_size=500):
    """Rebuild the whole index from the live pages and the registered sources, then the vocabulary. Returns the
    number of entries."""
    from thainguyen_portal.core.models import TextEntry

    total = 0
    with transaction.atomic():
        TextEntry.objects.all().delete()
        for model in page_models():
            pages = model.objects.live().filter(content_type__model=model._meta.model_name).order_by("pk")
            pages = pages.filter(content_type__app_label=model._meta.app_label).select_related("locale")
            batch = []
            for page in pages.iterator(chunk_size=batch_size):
                values = entry_values(page_entry(page))
                batch.append(
                    TextEntry(source=PAGE_SOURCE, object_key=str(page.pk), page_id=page.pk, object_id=page.pk, **values)
                )
                if len(batch) >= batch_size:
                    total += len(TextEntry.objects.bulk_create(batch))
                    batch = []
            total += len(TextEntry.objects.bulk_create(batch))
        locales = _locales()
        for source in registered_sources():
            batch = []
            for obj in source.queryset().iterator(chunk_size=batch_size):
                values = _source_values(source, obj, locales)
                if values:
                    object_id = obj.pk if isinstance(obj.pk, int) else None
                    batch.append(TextEntry(source=source.name, object_key=str(obj.pk), object_id=object_id, **values))
                if len(batch) >= batch_size:
                    total += len(TextEntry.objects.bulk_create(batch))
                    batch = []
            total += len(TextEntry.objects.bulk_create(batch))
    terms = rebuild_vocabulary()
    if stdout is not None:
        stdout.write(f"{total} search entries, {terms} vocabulary terms.")
    return total


# --- signal handlers ----------------------------------------------------------------------------------------


def _page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is not None and set(update_fields) <= NON_CONTENT_FIELDS:
        return
    index_page(instance)


def _page_unpublished(sender, instance, **kwargs):
    unindex_page(instance)


def _page_moved(sender, instance, **kwargs):
    from wagtail.models import Page

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
        from thainguyen_portal.core.models import TextEntry

        TextEntry.objects.filter(source=source.name, object_key=str(instance.pk)).delete()

    return handler


def connect_signals():
    from wagtail.signals import page_unpublished, post_page_move

    for model in page_models():
        post_save.connect(_page_saved, sender=model, dispatch_uid=f"fulltext-index-{model._meta.label_lower}")
    page_unpublished.connect(_page_unpublished, dispatch_uid="fulltext-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="fulltext-moved")
    for source in registered_sources():
        if source.auto_index:
            post_save.connect(
                _object_saved(source), sender=source.model, weak=False, dispatch_uid=f"fulltext-save-{source.name}"
            )
        post_delete.connect(
            _object_deleted(source), sender=source.model, weak=False, dispatch_uid=f"fulltext-delete-{source.name}"
        )
