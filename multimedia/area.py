"""What the multimedia area contributes to the platform (core/areas.py)."""

from thainguyen_portal.core.areas import DEMO_ORDER_AREAS, DEMO_ORDER_ENGLISH, Area, DemoStep, Grant, register
from thainguyen_portal.editorial.roles import ALL_PAGE, APPROVERS, EDITORS, NEWSROOM_WORKFLOW, REPORTERS, WRITE

from . import demo, demo_english
from .syndication_hooks import api_multimedia, video_importer
from .wagtail_hooks import latest_multimedia

SECTION = "multimedia"

register(
    Area(
        label="multimedia",
        sections={SECTION: ("multimedia",)},
        grants=(
            Grant(REPORTERS, pages={SECTION: WRITE}),
            Grant(EDITORS, pages={SECTION: WRITE}),
            Grant(APPROVERS, pages={SECTION: ALL_PAGE[:5]}),
        ),
        workflow_sections={SECTION: NEWSROOM_WORKFLOW},
        home_slots=(latest_multimedia,),
        api_resources=(api_multimedia,),
        video_importers=(video_importer,),
        demo=DemoStep(seed=demo.seed, order=DEMO_ORDER_AREAS + 20),
        english_demo=DemoStep(seed=demo_english.seed, order=DEMO_ORDER_ENGLISH + 20),
    )
)
