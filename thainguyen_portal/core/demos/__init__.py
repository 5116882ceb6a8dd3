"""The demo's material: what every area's demo draws, names and teaches the search.

The demo framework's door is ``core/demo.py`` (``DemoBuilder``, and core's own demo step: ``manage.py seed_demo``
finds every app's ``<app>.demo``); what it and the areas' demos use lives here:

* ``art``: illustrations drawn in code, one per subject (``draw``, ``SUBJECTS``), so alt texts say what is drawn;
* ``people``: the demo's one cast (leaders, signers, spokesperson) and today's names of places and departments;
* ``dictionary``: the search dictionary (synonyms, former place names) for the words the demo uses.

The door: ``from thainguyen_portal.core.demo import DemoBuilder``; ``from thainguyen_portal.core.demos import art``.
"""
