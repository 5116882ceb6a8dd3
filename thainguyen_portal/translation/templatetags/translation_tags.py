from django import template
from wagtail_localize.models import StringSegment

from ..glossary import all_terms, terms_in

register = template.Library()


@register.simple_tag
def glossary_for_source(translation_source):
    """The glossary terms a wagtail-localize source uses (from its string segments: two queries)."""
    texts = StringSegment.objects.filter(source=translation_source).values_list("string__data", flat=True)
    return [finding.term for finding in terms_in("\n".join(texts), all_terms())]
