"""``{% alerts_follow "section" page.pk %}``: the discreet "Follow by e-mail" link of a page whose topic readers may
follow (docs/alerts.md). No query: the link carries the topic, the form checks it."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def alerts_follow(kind, value, label=""):
    url = reverse("alerts-subscribe") + "?" + urlencode({"topic": f"{kind}:{value}"})
    return format_html(
        '<p class="alerts-follow"><a href="{}" rel="nofollow">{}</a></p>', url, label or _("Follow by e-mail")
    )
