"""The portal's platform core: the services every area uses, each a package with its door named in its docstring.

* ``pages``: page base and blocks (``BasePage`` and ``IntroPage`` themselves are in ``models.py``);
* ``publishing``: the page cache, the purges, the frame, renditions, home slots, embargo, the language from the URL;
* ``metadata``: JSON-LD and share links, feeds, sitemaps, the Site's address;
* ``security``: admin sessions and one-time passwords, rate limits, honeypot, client address, private files,
  security headers;
* ``operations``: backup, visit statistics, admin reports, request id, log filters, the Redis circuit breaker;
* ``intake``: files coming in (uploads, images, audio and video, PDF, fetching from outside);
* ``fulltext``: the one full-text layer (index, query, ranking, the search dictionary);
* ``demos``: the demo's material (drawings, cast, dictionary), used through ``demo.py``'s ``DemoBuilder``;
* ``upstream``: the quarantine of the upstream internals the portal relies on.

At the top stays what Django, Wagtail and the portal's conventions look for there: ``apps.py``, ``models.py``,
``wagtail_hooks.py``, ``views.py`` (the health check and error pages), ``factories.py``, ``demo.py`` (``seed_demo``
finds every app's ``<app>.demo``), ``areas.py`` (the areas' declarations, the door between areas and platform),
``text.py`` (the Vietnamese text helpers every service uses), ``migrations/``, ``management/``, ``templatetags/``,
``templates/`` and ``tests/``.
"""
