"""What the consultations on drafts contribute to the platform (core/areas.py): their pages in the gazette's
section (the gazette office prepares them, the approving office publishes them through the gazette's workflow),
the moderation of readers' comments for the gazette's roles, and the demo (after the gazette's, since the
consultations page hangs under the gazette index)."""

from gazette.area import GAZETTE_APPROVERS, GAZETTE_OFFICERS
from gazette.area import SECTION as GAZETTE_SECTION
from thainguyen_portal.core.areas import DEMO_ORDER_AREAS, Area, DemoStep, Grant, register
from thainguyen_portal.editorial.roles import ADMINISTRATORS

from . import demo

# The gazette office reads and moderates the comments; the approving office and the administrators may also delete
# one (an abusive comment, a reader's request).
COMMENTS_MODERATE = (
    ("consultations", "view_consultationcomment"),
    ("consultations", "change_consultationcomment"),
)
COMMENTS_MANAGE = COMMENTS_MODERATE + (("consultations", "delete_consultationcomment"),)

register(
    Area(
        label="consultations",
        sections={GAZETTE_SECTION: ("consultations",)},
        grants=(
            Grant(GAZETTE_OFFICERS, model_perms=COMMENTS_MODERATE),
            Grant(GAZETTE_APPROVERS, model_perms=COMMENTS_MANAGE),
            Grant(ADMINISTRATORS, model_perms=COMMENTS_MANAGE),
        ),
        demo=DemoStep(seed=demo.seed, reset=demo.reset, order=DEMO_ORDER_AREAS + 31),
    )
)
