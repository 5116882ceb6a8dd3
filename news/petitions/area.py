"""What the readers' petitions contribute to the platform (core/areas.py): the desk's inbox permissions, the
private attachments that backup archives, and the demo (after the news area's, since petitions hang under a news
section)."""

from news.area import SECTION as NEWS_SECTION
from thainguyen_portal.core.areas import DEMO_ORDER_AREAS, Area, DemoStep, Grant, PrivateFiles, register
from thainguyen_portal.editorial.roles import ADMINISTRATORS, APPROVERS, EDITORS

from . import demo
from .models import PetitionAttachment

PETITION_INBOX = (("petitions", "view_petitionsubmission"), ("petitions", "change_petitionsubmission"))

register(
    Area(
        label="petitions",
        # Petition pages hang under the news index: the newsroom works on them as part of its news section.
        sections={NEWS_SECTION: ("petitions",)},
        # The desk reads the petitions sent through the public form, sets their status and agency.
        grants=(
            Grant(EDITORS, model_perms=PETITION_INBOX),
            Grant(APPROVERS, model_perms=PETITION_INBOX),
            Grant(ADMINISTRATORS, model_perms=PETITION_INBOX),
        ),
        private_files=(
            PrivateFiles(
                name="petitions",
                setting="NEWS_PETITION_FILES_ROOT",
                model=PetitionAttachment._meta.label,
                count="petition_attachments",
            ),
        ),
        demo=DemoStep(seed=demo.seed, order=DEMO_ORDER_AREAS + 15),
    )
)
