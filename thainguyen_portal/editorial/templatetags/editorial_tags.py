"""``{% load editorial_tags %}{% corrections page %}``: the page's dated correction notes (one query).

Article templates of the content areas include it under the body."""

from django import template

from ..models import Correction

register = template.Library()


@register.inclusion_tag("editorial/corrections.html")
def corrections(page):
    notes = list(Correction.objects.filter(page_id=page.pk).only("date", "text").order_by("date", "pk"))
    return {"corrections": notes}
