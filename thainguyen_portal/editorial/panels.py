"""Dashboard panels: new field reports, what goes live or expires today, and the panel an area may show for its
section's pages waiting in a workflow (the gazette declares one in its area.py).

"What awaits my review" and "what I submitted" are Wagtail's own workflow panels, kept on the dashboard; the areas'
own panels (``Area.dashboard_panels``) come after the newsroom's.
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


class LateInWorkflowPanel(Component):
    """Pages of a section waiting in a workflow for more than two days (nothing when the section has no root)."""

    template_name = "editorial/panels/late_in_workflow.html"
    order = 170

    def __init__(self, section, heading):
        self.section = section
        self.heading = heading
        self.name = f"editorial_late_{section}"

    def get_context_data(self, parent_context):
        context = {"panel_id": f"newsroom-late-{self.section}", "heading": self.heading, "items": []}
        roots = section_roots(self.section)
        if not roots:
            return context
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
        context["items"] = [(pages[int(s.object_id)], s) for s in states if int(s.object_id) in pages]
        return context
