"""Demo alerts (seed_demo, after the areas): a few subscriptions with example.vn addresses (never a real one), so
that the report under Reports → "Alerts by e-mail" shows counts. The same every run (the demo's rows are replaced)."""

from django.utils import timezone

from thainguyen_portal.core.areas import DEMO_ORDER_LAST

from .models import Status, Subscriber, Subscription
from .service import parse_topic

ORDER = DEMO_ORDER_LAST
DOMAIN = "@example.vn"
# (address, language, topic, confirmed): topics every gazette has (its kinds of documents).
ROWS = [
    ("ban-doc-1" + DOMAIN, "vi", "doc-type:quyet-dinh", True),
    ("ban-doc-2" + DOMAIN, "vi", "doc-type:quyet-dinh", True),
    ("ban-doc-2" + DOMAIN, "vi", "doc-type:nghi-quyet", True),
    ("reader-3" + DOMAIN, "en", "doc-type:ke-hoach", False),
]


def reset():
    Subscriber.objects.filter(address__endswith=DOMAIN).delete()


def seed(builder):
    reset()
    now = timezone.now()
    made = 0
    for address, language, key, confirmed in ROWS:
        if parse_topic(key, language) is None:  # the gazette is not installed
            continue
        subscriber, _created = Subscriber.objects.get_or_create(address=address, defaults={"language": language})
        Subscription.objects.create(
            subscriber=subscriber,
            topic=key,
            status=Status.CONFIRMED if confirmed else Status.PENDING,
            confirmed_at=now if confirmed else None,
            since=now if confirmed else None,
        )
        made += 1
    builder.log(f"Alerts: {made} demo subscriptions (example.vn addresses).")
