"""The reader's address, as the proxy in front of us saw it.

Behind nginx or a CDN every request comes from the proxy, so `REMOTE_ADDR` is the proxy's address: rate limits and
login throttling keyed on it would lock every reader out together. `PORTAL_CLIENT_IP_HEADER` names the header the
proxy sets (nginx: `X-Real-IP`, Cloudflare: `CF-Connecting-IP`); with `X-Forwarded-For`,
`PORTAL_TRUSTED_PROXY_COUNT` says how many proxies append to it, and the address that many hops from the right is
the reader's (the left part of the list is whatever the client claimed). Without the setting, `REMOTE_ADDR`.

The header is believed only when the request itself comes from a proxy we trust: `REMOTE_ADDR` within
`PORTAL_TRUSTED_PROXIES` (addresses or networks, loopback by default, as nginx on the same host). A client that
reaches gunicorn directly gets its own address whatever header it sends, so it cannot pick a new address per
request to escape the rate limits and the login lockout.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEFAULT_TRUSTED_PROXIES = ("127.0.0.0/8", "::1")


def _valid(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return ""


@lru_cache(maxsize=8)
def _networks(entries):
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError as exc:
            raise ImproperlyConfigured(f"PORTAL_TRUSTED_PROXIES: {entry!r} is not an address or a network") from exc
    return tuple(networks)


def is_trusted_proxy(address):
    """Whether `address` (a normalised address string) is one of PORTAL_TRUSTED_PROXIES."""
    if not address:
        return False
    entries = getattr(settings, "PORTAL_TRUSTED_PROXIES", DEFAULT_TRUSTED_PROXIES)
    ip = ipaddress.ip_address(address)
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in network for network in _networks(tuple(entries)) if network.version == ip.version)


def client_ip(request):
    """The client's address as a normalised string, or "" when none can be trusted."""
    header = getattr(settings, "PORTAL_CLIENT_IP_HEADER", "")
    remote = _valid(request.META.get("REMOTE_ADDR", "") or "")
    if not header or not is_trusted_proxy(remote):
        return remote
    meta_key = "HTTP_" + header.upper().replace("-", "_")
    value = request.META.get(meta_key, "")
    if not value:
        return remote
    if meta_key == "HTTP_X_FORWARDED_FOR":
        hops = [part.strip() for part in value.split(",") if part.strip()]
        trusted = max(1, int(getattr(settings, "PORTAL_TRUSTED_PROXY_COUNT", 1)))
        if len(hops) < trusted:
            return remote
        return _valid(hops[-trusted]) or remote
    return _valid(value) or remote


def axes_client_ip(request):
    """django-axes' AXES_CLIENT_IP_CALLABLE: the same address the rate limits use."""
    return client_ip(request) or "0.0.0.0"
