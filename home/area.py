"""What the home area contributes to the platform (core/areas.py): the base every other area hangs under."""

from thainguyen_portal.core.areas import DEMO_ORDER_BASE, DEMO_ORDER_ENGLISH, Area, DemoStep, register

from . import demo, demo_english
from .wagtail_hooks import latest_updates

register(
    Area(
        label="home",
        base=True,  # the site and both home pages: seed_demo --only X seeds them too
        home_slots=(latest_updates,),
        demo=DemoStep(seed=demo.seed, order=DEMO_ORDER_BASE),
        # Last of the English demos: the English home page's curated sections are those the areas offered before.
        english_demo=DemoStep(seed=demo_english.seed, order=DEMO_ORDER_ENGLISH + 90),
    )
)
