"""The hand-off's use of wagtail-localize's models beyond its documented API, in one place.

wagtail-localize keeps every ``StringTranslation`` keyed by the source string it translates and by its context
(the object and the field path). When a Vietnamese text changes, its segment gets a new ``String`` and comes back
blank in the editor; the English of the old string is still stored under the same context. ``previous_english``
finds it, so the editor can show the translator the previous English of each changed segment.

Relied on (checked against the installed wagtail-localize by ``tests/test_upstream.py``):

- ``StringSegment``: ``source``, ``string`` (``String.data``), ``context``, ``order``;
- ``StringTranslation``: ``translation_of``, ``locale``, ``context``, ``data``, ``has_error``, ``updated_at``;
- ``Translation``: ``source`` (``TranslationSource.object_id``), ``target_locale``, ``enabled``, ``get_progress()``
  returning (segments, translated segments).
"""

from dataclasses import dataclass, field

from wagtail_localize.models import StringSegment, StringTranslation, Translation

RELIED_ON = {
    StringSegment: ("source", "string", "context", "order"),
    StringTranslation: ("translation_of", "locale", "context", "data", "has_error", "updated_at"),
    Translation: ("source", "target_locale", "enabled"),
}


def translation_of_page(page):
    """wagtail-localize's enabled translation that makes `page` (an English page), or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def missing_segments(translation):
    """How many string segments of `translation` have no (valid) translation yet."""
    total, translated = translation.get_progress()
    return total - translated


@dataclass
class ChangedSegment:
    source_text: str  # the segment's Vietnamese now, not yet translated
    previous: list = field(default_factory=list)  # [(the previous Vietnamese, its English)], the latest first


def previous_english(translation):
    """The untranslated segments of `translation` whose place (context) had an English translation before.

    Two queries. In a rich-text field several segments share a context: each untranslated one is offered the
    English of the strings that are no longer in that context.
    """
    segments = list(
        StringSegment.objects.filter(source_id=translation.source_id)
        .select_related("string")
        .order_by("order")
        .only("string__data", "string_id", "context_id", "order")
    )
    current = {}
    for segment in segments:
        current.setdefault(segment.context_id, set()).add(segment.string_id)
    stored = (
        StringTranslation.objects.filter(
            locale_id=translation.target_locale_id, context_id__in=current.keys(), has_error=False
        )
        .select_related("translation_of")
        .order_by("-updated_at")
    )
    translated, old = set(), {}
    for item in stored:
        if item.translation_of_id in current[item.context_id]:
            translated.add((item.translation_of_id, item.context_id))
        else:
            old.setdefault(item.context_id, []).append((item.translation_of.data, item.data))
    return [
        ChangedSegment(segment.string.data, old[segment.context_id])
        for segment in segments
        if (segment.string_id, segment.context_id) not in translated and segment.context_id in old
    ]
