"""What the portal tells machines: JSON-LD and share links, feeds, sitemaps, and the address they are built on.

* ``structured_data``: a page's JSON-LD (schema.org, from its ``structured_data(request)``) and its share links;
* ``feeds``: ``PortalFeed``, the one base of every RSS 2.0 and Atom 1.0 feed;
* ``sitemaps``: the sitemap of every language (``portal_sitemaps``, ``sitemap_view``);
* ``siteurl``: the default Site's address, from which every absolute URL is built (``manage.py set_site_url``).

The door: import the module you need, e.g. ``from thainguyen_portal.core.metadata.feeds import PortalFeed``.
"""
