"""The admin report of alerts (Reports → "Alerts by e-mail"): the number of subscriptions per topic and status.
No address is ever shown here, nor exported."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import Column

from thainguyen_portal.core.areas import alert_topics
from thainguyen_portal.core.operations.reports import RowsReportView

from .models import Status, Subscription
from .service import parse_topic

PERMISSION = "alerts.view_subscription"


def kind_label(kind):
    """The kind as editors read it: the label its area declares (AlertTopic.label), else its key."""
    declared = alert_topics().get(kind)
    return str((declared.label if declared else None) or kind)


class Row:
    def __init__(self, values):
        self.topic = values["topic"]
        kind, _sep, _value = self.topic.partition(":")
        found = parse_topic(self.topic)
        self.topic_name = found.name if found else self.topic
        self.kind = kind_label(kind)
        self.status = str(dict(Status.choices).get(values["status"], values["status"]))
        self.count = values["count"]


class AlertsReportView(RowsReportView):
    permission = PERMISSION
    page_title = _("Alerts by e-mail")
    header_icon = "mail"
    index_url_name = "alerts_report"
    index_results_url_name = "alerts_report_results"
    export_name = "alerts-subscriptions"
    no_results_message = _("Nobody follows a topic yet.")
    columns = [
        Column("topic_name", label=pgettext_lazy("alerts report", "Topic")),
        Column("kind", label=pgettext_lazy("alerts report", "Kind")),
        Column("status", label=pgettext_lazy("alerts report", "Status")),
        Column("count", label=pgettext_lazy("alerts report", "Subscriptions")),
    ]
    list_export = ["topic_name", "kind", "topic", "status", "count"]
    export_headings = {
        "topic_name": pgettext_lazy("alerts report", "Topic"),
        "kind": pgettext_lazy("alerts report", "Kind"),
        "topic": pgettext_lazy("alerts report", "Key"),
        "status": pgettext_lazy("alerts report", "Status"),
        "count": pgettext_lazy("alerts report", "Subscriptions"),
    }

    def get_queryset(self):
        return Subscription.objects.values("topic", "status").annotate(count=Count("pk")).order_by("topic", "status")

    def rows(self, values):
        return [Row(item) for item in values]
