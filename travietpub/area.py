"""What the Trà Việt magazine contributes to the platform (core/areas.py): its editors' role (they publish
themselves, no workflow), its home slot and its demo."""

from django.utils.translation import gettext_lazy as _

from thainguyen_portal.core.areas import DEMO_ORDER_AREAS, DEMO_ORDER_ENGLISH, Area, DemoStep, register
from thainguyen_portal.editorial.roles import ADD, CHANGE, DOCS_USE, IMAGES_EDIT, LOCK, PUBLISH, UNLOCK, Role

from . import demo, demo_english
from .wagtail_hooks import latest_issues

SECTION = "magazine"
MAGAZINE_EDITORS = "magazine_editors"

register(
    Area(
        label="travietpub",
        sections={SECTION: ("travietpub",)},
        roles=(
            Role(
                MAGAZINE_EDITORS,
                "Biên tập viên Trà Việt",
                _("Publish the Trà Việt magazine, the magazine only."),
                pages={SECTION: (ADD, CHANGE, LOCK, PUBLISH, UNLOCK)},
                documents=DOCS_USE,
                images=IMAGES_EDIT,
            ),
        ),
        home_slots=(latest_issues,),
        demo=DemoStep(seed=demo.seed, order=DEMO_ORDER_AREAS + 40),
        english_demo=DemoStep(seed=demo_english.seed, order=DEMO_ORDER_ENGLISH + 40),
    )
)
