"""Demo: the newsroom's roles and workflows on whatever sections exist (seed_demo calls this)."""

from .setup import setup_newsroom


def seed(builder):
    builder.root()  # an emptied database: the tree's root first, for the administrators' permissions
    setup_newsroom(log=builder.log)
