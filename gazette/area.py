"""What the gazette contributes to the platform (core/areas.py): its own roles (the gazette office and the
approving office), its workflow and dashboard panel, and the legal documents in the search, the API and the
sitemap."""

from django.utils.translation import gettext_lazy as _

from thainguyen_portal.core.areas import DEMO_ORDER_AREAS, Area, DemoStep, Grant, register
from thainguyen_portal.editorial.panels import LateInWorkflowPanel
from thainguyen_portal.editorial.roles import (
    ADD,
    ADMINISTRATORS,
    CHANGE,
    DOCS_USE,
    IMAGES_USE,
    LOCK,
    PUBLISH,
    SCHEDULE,
    UNLOCK,
    WRITE,
    Role,
    WorkflowSpec,
)

from . import demo, searching, sitemaps
from .alerts import ALERT_TOPICS
from .syndication_hooks import api_documents
from .wagtail_hooks import latest_documents_slot

SECTION = "gazette"
GAZETTE_OFFICERS = "gazette_officers"
GAZETTE_APPROVERS = "gazette_approvers"

# Legal documents (snippets, gazette/models.py) and their fields: the gazette office prepares them, the approving
# office also deletes a mistaken one.
LEGAL_DOCUMENTS_WRITE = (
    ("gazette", "add_legaldocument"),
    ("gazette", "change_legaldocument"),
    ("gazette", "view_legaldocument"),
    ("gazette", "view_legalfield"),
)
LEGAL_DOCUMENTS_APPROVE = LEGAL_DOCUMENTS_WRITE + (
    ("gazette", "delete_legaldocument"),
    ("gazette", "add_legalfield"),
    ("gazette", "change_legalfield"),
)


def late_in_workflow(request):
    """The gazette's pages waiting in its workflow for more than two days, for those who see the schedule."""
    if request.user.has_perm("editorial.view_schedule"):
        return LateInWorkflowPanel(SECTION, _("Late gazette items"))
    return None


register(
    Area(
        label="gazette",
        sections={SECTION: ("gazette",)},
        roles=(
            Role(
                GAZETTE_OFFICERS,
                "Cán bộ Công báo",
                _("Prepare gazette issues and documents, the gazette only; submit them to the approving office."),
                pages={SECTION: WRITE},
                model_perms=SCHEDULE + LEGAL_DOCUMENTS_WRITE,
                documents=DOCS_USE,
                images=IMAGES_USE,
            ),
            Role(
                GAZETTE_APPROVERS,
                "Văn phòng duyệt Công báo",
                _("The approving office: final approval and publishing of the gazette."),
                pages={SECTION: (ADD, CHANGE, LOCK, PUBLISH, UNLOCK)},
                model_perms=SCHEDULE + LEGAL_DOCUMENTS_APPROVE,
                documents=DOCS_USE,
            ),
        ),
        grants=(Grant(ADMINISTRATORS, model_perms=LEGAL_DOCUMENTS_APPROVE),),
        workflows=(WorkflowSpec("Công báo", (SECTION,), (("Duyệt đăng Công báo", GAZETTE_APPROVERS),)),),
        dashboard_panels=(late_in_workflow,),
        home_slots=(latest_documents_slot,),
        search_sources=(searching.legal_documents,),
        search_query_keys=(searching.query_keys,),
        api_resources=(api_documents,),
        sitemaps=(sitemaps.sitemaps,),
        alert_topics=ALERT_TOPICS,  # kinds, fields and single documents readers may follow by e-mail
        demo=DemoStep(seed=demo.seed, reset=demo.reset, order=DEMO_ORDER_AREAS + 30),
    )
)
