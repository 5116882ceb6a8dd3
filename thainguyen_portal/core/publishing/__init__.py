"""Publishing and caching: what a reader is served, and how it is kept true when editors publish.

* ``pagecache``: whole responses for anonymous readers, keyed by generations; ``bump``/``renew_after_commit`` start
  a new generation;
* ``signals``: the receivers (connected in ``CoreConfig.ready``) that renew the page cache and purge the frontend
  cache (nginx, a CDN) when pages, images or the Site change;
* ``frame``: the shared frame of every page (the Site, locales, view restrictions, menus) from one cache entry,
  ``SiteFromCacheMiddleware`` and ``public(queryset, request)``;
* ``locale``: ``PathLocaleMiddleware`` (the language from the URL alone, so a cached page is the same for everyone);
* ``renditions``: image renditions made ahead of the reader, on upload and on publish;
* ``slots``: the home page's slots the areas fill (``HomeSlot``, ``cached``, ``renew``);
* ``embargo``: ``EmbargoMixin``, a state beside draft, scheduled and live.

The door: import the module you need, e.g. ``from thainguyen_portal.core.publishing import pagecache``.
"""
