"""wagtail-localize internals the portal relies on, in one place. Checked against wagtail-localize 1.14.5.

Three kinds (docs/upstream.md):

1. The hand-off's use of wagtail-localize's models beyond its documented API. wagtail-localize keeps every
   ``StringTranslation`` keyed by the source string it translates and by its context (the object and the field
   path). When a Vietnamese text changes, its segment gets a new ``String`` and comes back blank in the editor; the
   English of the old string is still stored under the same context. ``previous_english`` finds it, so the editor
   can show the translator the previous English of each changed segment, and ``reuse_previous`` stores it as the new
   translation when the translator chooses to. Relied on (checked by ``translation/tests/test_upstream.py``):

   - ``StringSegment``: ``source``, ``string`` (``String.data``), ``context``, ``order``;
   - ``StringTranslation``: ``translation_of``, ``locale``, ``context``, ``data``, ``has_error``, ``field_error``,
     ``translation_type`` (``TRANSLATION_TYPE_MANUAL``), ``tool_name``, ``last_translated_by``, ``updated_at``;
   - ``Translation``: ``source`` (``TranslationSource.object_id``), ``target_locale``, ``enabled``,
     ``get_progress()`` returning (segments, translated segments).

2. Two admin views replaced by the portal's (translation/views.py): "Translate this page" offers only the locales
   the user may edit (translators must not create Vietnamese pages), and "Sync translated pages" completes only.
   wagtail-localize has no hook for either, so the portal serves its views at wagtail-localize's own routes, read
   from wagtail-localize's URL patterns by their names (`SHADOWED_URLS`, `localize_admin_route`) and registered
   before them whatever the INSTALLED_APPS order. If wagtail-localize renames a URL name, the admin fails to start
   (ImproperlyConfigured) and ``translation/tests/test_guard.py`` fails: the control cannot vanish silently. Can go
   when wagtail-localize lets a project limit the target locales of "Translate this page".

3. Two interface strings wagtail-localize's translation editor writes in English outside gettext (its
   TranslationEditor/index.tsx): the section title "<source> to <target> translation" and "More actions".
   translation/js/editor_strings.js replaces them in the rendered editor from a map the portal's template gives
   (``EDITOR_STRINGS_IN_ENGLISH``; the ``editor_strings`` template tag). ``translation/tests/test_upstream.py`` fails
   when the bundle no longer holds them as such (then the replacement can go). Can go when wagtail-localize wraps
   them in gettext.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ImproperlyConfigured
from wagtail_localize.models import StringSegment, StringTranslation, Translation

# The strings of wagtail-localize's compiled editor (static/wagtail_localize/js/wagtail-localize.js) that the
# portal translates after rendering, as patterns of the bundle (the minifier's variable names aside).
EDITOR_STRINGS_IN_ENGLISH = (
    r"`\$\{\w+\.sourceLocale\.displayName\} to \$\{\w+\.locale\.displayName\} translation`",
    r'"w-sr-only"\},"More actions"\)',
)

RELIED_ON = {
    StringSegment: ("source", "string", "context", "order"),
    StringTranslation: (
        "translation_of",
        "locale",
        "context",
        "data",
        "has_error",
        "field_error",
        "translation_type",
        "tool_name",
        "last_translated_by",
        "updated_at",
    ),
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
class Previous:
    source_text: str  # the Vietnamese that was translated
    english: str  # its English
    pk: int  # the StringTranslation that holds it


@dataclass
class ChangedSegment:
    source_text: str  # the segment's Vietnamese now, not yet translated
    string_id: int
    context_id: int
    previous: list = field(default_factory=list)  # [Previous], the latest first


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
            old.setdefault(item.context_id, []).append(Previous(item.translation_of.data, item.data, item.pk))
    return [
        ChangedSegment(segment.string.data, segment.string_id, segment.context_id, old[segment.context_id])
        for segment in segments
        if (segment.string_id, segment.context_id) not in translated and segment.context_id in old
    ]


def reuse_previous(translation, string_id, previous_pk, user):
    """The translator takes a previous English as the translation of a changed segment (their choice, in the
    editor). Returns False when the segment is not one of `translation`'s changed segments or `previous_pk` is not
    one of its previous translations."""
    for segment in previous_english(translation):
        if segment.string_id != string_id:
            continue
        for previous in segment.previous:
            if previous.pk == previous_pk:
                StringTranslation.objects.update_or_create(
                    translation_of_id=string_id,
                    locale_id=translation.target_locale_id,
                    context_id=segment.context_id,
                    defaults={
                        "data": previous.english,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        "tool_name": "",
                        "last_translated_by": user,
                        "has_error": False,
                        "field_error": "",
                    },
                )
                return True
    return False


# wagtail-localize's URL names (namespace "wagtail_localize") whose views the portal replaces, with the portal's
# URL names for them.
SHADOWED_URLS = {
    "submit_page_translation": "translation_submit_page",
    "update_translations": "translation_update_translations",
}


def localize_admin_route(url_name):
    """The admin-relative route of wagtail-localize's view `url_name`, from wagtail-localize's own URL patterns
    (e.g. ``localize/submit/page/<int:page_id>/``). Relies on its ``register_admin_urls`` hook returning one
    ``include`` of named patterns (wagtail-localize 1.14.5)."""
    from wagtail_localize.wagtail_hooks import register_admin_urls

    for outer in register_admin_urls():
        for pattern in getattr(outer, "url_patterns", ()):
            if getattr(pattern, "name", None) == url_name:
                return str(outer.pattern) + str(pattern.pattern)
    raise ImproperlyConfigured(
        f"wagtail-localize has no admin URL named {url_name!r} any more: the portal's replacement of that view "
        "(core/upstream/wagtail_localize.py, docs/upstream.md) must be brought in line before this upgrade."
    )
