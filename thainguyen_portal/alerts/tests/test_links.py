"""The "Follow by e-mail" links on the pages whose topics readers may follow, and the demo's subscriptions."""

import html
import re

import pytest

from thainguyen_portal.alerts import demo
from thainguyen_portal.alerts.models import Status, Subscriber, Subscription

pytestmark = pytest.mark.django_db


def follow_link(response):
    found = re.search(r'class="alerts-follow"><a href="([^"]+)"', response.content.decode())
    return html.unescape(found.group(1)) if found else None


def test_follow_links_lead_to_the_form(client, alerts_tree):
    pages = {
        alerts_tree.section.url: f"section:{alerts_tree.section.pk}",
        f"{alerts_tree.index.url}tag/{alerts_tree.tag.slug}/": f"tag:{alerts_tree.tag.slug}",
        f"{alerts_tree.gazette.url}van-ban/{alerts_tree.document.slug}/": f"document:{alerts_tree.document.slug}",
        f"{alerts_tree.gazette.url}tra-cuu/?type=quyet-dinh": "doc-type:quyet-dinh",
        f"{alerts_tree.gazette.url}tra-cuu/?field={alerts_tree.field.slug}": f"doc-field:{alerts_tree.field.slug}",
    }
    for url, topic in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        link = follow_link(response)
        assert link and link.startswith("/_/alerts/subscribe/?topic="), url
        form = client.get(link)
        assert form.status_code == 200, link
        assert form.context["topic"].key == topic


class Builder:
    def log(self, message):
        self.message = message


def test_demo_subscriptions_use_example_addresses(alerts_tree):
    demo.seed(Builder())
    demo.seed(Builder())  # the same every run
    addresses = set(Subscriber.objects.values_list("address", flat=True))
    assert addresses and all(address.endswith("@example.vn") for address in addresses)
    assert Subscription.objects.filter(status=Status.CONFIRMED).count() == 3
    demo.reset()
    assert not Subscriber.objects.exists()
