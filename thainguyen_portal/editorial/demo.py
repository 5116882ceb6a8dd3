"""Demo: the newsroom's roles and workflows on whatever sections exist (seed_demo calls this)."""

from .setup import setup_newsroom


def seed(builder):
    setup_newsroom(log=builder.log)
