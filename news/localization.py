"""Translatable snippets on public pages: the reader's language when a translation exists, else the source.

Leaders, spokespersons, outlets, agencies and calendar entries are `TranslatableMixin` snippets that translators
translate in wagtail-localize. Pages keep pointing at the Vietnamese source (synchronised foreign keys); these
helpers swap in the translation of the page's locale, in one query for a whole list and none at all on
Vietnamese pages.
"""

from django.conf import settings
from django.db.models import Q


def translations(objects, locale_id):
    """{pk: the object's translation in `locale_id`, or the object itself} for `objects` (Nones skipped).

    No query when every object is already in that locale; otherwise one per model.
    """
    objects = [obj for obj in objects if obj is not None]
    by_model = {}
    for obj in objects:
        if obj.locale_id != locale_id:
            by_model.setdefault(type(obj), set()).add(obj.translation_key)
    found = {}
    for model, keys in by_model.items():
        for translation in model.objects.filter(translation_key__in=keys, locale_id=locale_id):
            found[(model, translation.translation_key)] = translation
    return {obj.pk: found.get((type(obj), obj.translation_key), obj) for obj in objects}


def localize(obj, locale_id):
    """The translation of one object in `locale_id`, or the object (no query when it is in that locale)."""
    if obj is None:
        return None
    return translations([obj], locale_id)[obj.pk]


def in_locale(queryset, locale_id):
    """Each object of `queryset` once: its version in `locale_id`, else its version in the default language.

    One query (the translations are found by a subquery).
    """
    model = queryset.model
    translated = model.objects.filter(locale_id=locale_id).values("translation_key")
    return queryset.filter(
        Q(locale_id=locale_id) | (Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated))
    )
