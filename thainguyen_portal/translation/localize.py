"""Translating a page through wagtail-localize's own API, the way its editor does (used by the demo and tests).

1. ``TranslationSource.get_or_create_from_instance(page)`` freezes the Vietnamese text and cuts it into segments;
2. ``Translation`` records that the source is translated into a locale (the editor opens it);
3. one ``StringTranslation`` per segment holds the English text;
4. ``translation.save_target()`` creates or updates the English page from them (then its revision is published).
"""

from django.db import transaction
from django.utils import timezone
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def start_translation(page, locale):
    """The wagtail-localize source and translation of `page` into `locale` (made when missing)."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    return source, translation


def segments(source):
    return list(StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order"))


def fill_segments(translation, english, user=None):
    """Store the English of every segment found in `english` ({source text: English}); returns the missing ones."""
    missing = []
    for segment in segments(translation.source):
        text = english.get(segment.string.data)
        if text is None:
            missing.append(segment.string.data)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
                "updated_at": timezone.now(),
                "has_error": False,
                "field_error": "",
            },
        )
    return missing


@transaction.atomic
def translate_page(page, locale, english, user=None, publish=True):
    """Translate `page` into `locale` with `english` ({source text: English}) and publish it.

    Returns (the translated page, []) or, when some segment has no English, (None, [the untranslated texts]) and
    nothing is saved: the English edition never shows a page with Vietnamese text left in it.
    """
    sid = transaction.savepoint()
    source, translation = start_translation(page, locale)
    missing = fill_segments(translation, english, user=user)
    if missing:
        transaction.savepoint_rollback(sid)
        return None, missing
    # save_target(publish=True) would publish when the outermost transaction commits (seed_demo runs in one, and
    # so does every test): save the draft, then publish its revision here, so the page is live on return.
    translation.save_target(user=user, publish=False)
    page = source.get_translated_instance(locale).specific
    if publish:
        page.get_latest_revision().publish(user=user)
        page.refresh_from_db()
    return page, []
