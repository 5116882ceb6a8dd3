"""Page base and blocks: what every page type of every area is built from.

``BasePage`` and ``IntroPage`` themselves are in ``core/models.py`` (Django wants models there); this package holds
what they and the areas' page types use:

* ``blocks``: the shared StreamField blocks (``BaseBodyBlock``, images, galleries, tables, charts, media, menus);
* ``charts``: the geometry of a chart block (pure arithmetic);
* ``forms``: ``BasePageForm`` (every page's admin form) and ``AccessibleContentForm``;
* ``accessibility``: the checks run before a page with images, audio or video is published;
* ``panels``: admin panels the areas share;
* ``routing``: a URL to its page in two queries (``BasePage.route``);
* ``filters``: the public listings' query-string filters (``QueryFilterForm``, ``QueryDateField``).

The door: import the module you need, e.g. ``from thainguyen_portal.core.pages.blocks import BaseBodyBlock``.
"""
