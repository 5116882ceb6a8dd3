"""Demo: the newsroom's roles and workflows on whatever sections exist (seed_demo calls this)."""

from thainguyen_portal.core.areas import DEMO_ORDER_NEWSROOM

from .setup import setup_newsroom

ORDER = DEMO_ORDER_NEWSROOM  # after the areas: roles and workflows on the sections they made


def seed(builder):
    builder.root()  # an emptied database: the tree's root first, for the administrators' permissions
    setup_newsroom(log=builder.log)
