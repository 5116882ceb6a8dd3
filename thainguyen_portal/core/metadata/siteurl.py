"""The default Site's address, from which every absolute URL of the portal is built (canonical links, og:url,
hreflang alternates, sitemaps, feeds, share links): kept equal to the address the portal is served on
(``manage.py set_site_url``, run by `make run` before the server starts)."""

from urllib.parse import urlsplit

from django.db import transaction
from wagtail.models import Site


def site_address(url):
    """(hostname, port) of an http(s) URL, the port defaulting to the scheme's (80 or 443)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http:// or https:// URL with a host name.")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"{url!r} has an invalid port.") from exc
    if port is None:
        port = 443 if parts.scheme == "https" else 80
    if parts.scheme == "https" and port != 443:
        # Wagtail's Site.root_url is https:// only on port 443 (and http:// on every other port).
        raise ValueError(f"{url!r}: Wagtail builds https:// URLs only on port 443.")
    if parts.scheme == "http" and port == 443:
        raise ValueError(f"{url!r}: Wagtail builds https:// URLs on port 443.")
    return parts.hostname, port


def align_default_site(url):
    """Give the default Site the hostname and port of `url`. Returns (site, previous root URL), or (None, None)
    when there is no default Site yet (seed_demo or the admin makes one).

    Saving the Site starts a new ``site`` generation of the page and frame caches (core/publishing/signals.py), so no
    page kept with the old address is served again; Wagtail forgets its cached site root paths on the same save.
    """
    hostname, port = site_address(url)
    with transaction.atomic():
        site = Site.objects.select_for_update().filter(is_default_site=True).first()
        if site is None:
            return None, None
        previous = site.root_url
        if (site.hostname, site.port) != (hostname, port):
            if Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
                raise ValueError(f"another Site already answers at {hostname}:{port}.")
            site.hostname, site.port = hostname, port
            site.save()
    return site, previous
