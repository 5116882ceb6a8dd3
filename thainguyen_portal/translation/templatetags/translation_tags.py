from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import StringSegment

from .. import upstream
from ..glossary import all_terms, terms_in

register = template.Library()


@register.simple_tag
def glossary_for_source(translation_source):
    """The glossary terms a wagtail-localize source uses (from its string segments: two queries)."""
    texts = StringSegment.objects.filter(source=translation_source).values_list("string__data", flat=True)
    return [finding.term for finding in terms_in("\n".join(texts), all_terms())]


@register.simple_tag
def translation_handoff(translation):
    """For the translation editor: the English page, whether it can be handed off for review, and the previous
    English of the segments whose Vietnamese changed since they were translated."""
    try:
        target = translation.source.get_translated_instance(translation.target_locale)
    except ObjectDoesNotExist:
        target = None
    page = target if isinstance(target, Page) else None
    return {
        "page": page,
        "waiting": bool(page and page.workflow_in_progress),
        "missing": upstream.missing_segments(translation),
        "changed": upstream.previous_english(translation),
    }


@register.simple_tag
def editor_strings(translation):
    """The English strings wagtail-localize's editor writes outside gettext, mapped to the admin's language
    (translation/js/editor_strings.js). The title is built as the editor builds it, from the locales' names."""
    source = translation.source.locale.get_display_name()
    target = translation.target_locale.get_display_name()
    strings = {
        f"{source} to {target} translation": _("%(source)s to %(target)s translation")
        % {"source": source, "target": target},
        "More actions": _("More actions"),
    }
    return {english: translated for english, translated in strings.items() if translated != english}
