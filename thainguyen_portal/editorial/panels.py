"""Dashboard panels: new field reports, what goes live or expires today, late gazette items.

"What awaits my review" and "what I submitted" are Wagtail's own workflow panels, kept on the dashboard.
"""

from datetime import timedelta

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from .models import FieldReport
from .sections import section_roots

LATE_AFTER = timedelta(days=2)


class FieldReportsPanel(Component):
    name = "editorial_field_reports"
    template_name = "editorial/panels/field_reports.html"
    order = 150

    def get_context_data(self, parent_context):
        reports = list(
            FieldReport.objects.filter(status__in=[FieldReport.Status.NEW, FieldReport.Status.HELD])
            .select_related("sender")
            .order_by("-created_at")[:8]
        )
        return {"reports": reports}


class ScheduledTodayPanel(Component):
    name = "editorial_scheduled_today"
    template_name = "editorial/panels/scheduled_today.html"
    order = 160

    def get_context_data(self, parent_context):
        from .views import scheduled_pages

        return {"rows": scheduled_pages(until=timezone.now() + timedelta(hours=24))}


class LateGazettePanel(Component):
    """Gazette items waiting in the gazette workflow for more than two days (only when the gazette exists)."""

    name = "editorial_late_gazette"
    template_name = "editorial/panels/late_gazette.html"
    order = 170

    def get_context_data(self, parent_context):
        roots = section_roots("gazette")
        if not roots:
            return {"items": []}
        ids = set()
        for root in roots:
            ids.update(Page.objects.descendant_of(root).values_list("pk", flat=True)[:5000])
        late = (
            WorkflowState.objects.active()
            .filter(base_content_type__isnull=False, created_at__lt=timezone.now() - LATE_AFTER)
            .select_related("requested_by")
            .order_by("created_at")
        )
        states = [s for s in late[:200] if s.object_id.isdigit() and int(s.object_id) in ids][:10]
        pages = Page.objects.in_bulk([int(s.object_id) for s in states])
        return {"items": [(pages[int(s.object_id)], s) for s in states if int(s.object_id) in pages]}
