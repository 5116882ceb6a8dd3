"""The one way the portal fetches from outside services (partner feeds, their images, Zalo's photos, social APIs).

Every exchange has a connect/read timeout *and* an overall deadline (a server dripping a byte at a time cannot hold a
worker for ever: the socket timeout alone applies to each read), and a size cap on the body, read in chunks (a huge
response never fills the memory). Redirects are followed by hand, a few at most, each new address going through the
same checks: ``check_url`` (the caller's policy: scheme, host list), ``same_host`` (no move to another host) and
``public_only``: the name is resolved once, every address it resolves to must be public (no loopback, private,
link-local, multicast or reserved address), and the connection goes to that checked address, so a second, different
DNS answer cannot redirect it (the Host header, TLS SNI and certificate check use the name).

Failures raise :class:`FetchError` with a message an editor can act on; a URL refused by a check raises
:class:`RefusedURL` (a FetchError) before any connection is made.
"""

import http.client
import ipaddress
import json
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urljoin, urlsplit

CHUNK = 64 * 1024
# Without an explicit deadline, the whole exchange must end within this many times the (per-read) timeout.
DEADLINE_FACTOR = 3
MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
USER_AGENT = "thainguyen-portal/1.0 (+https://thainguyen.gov.vn)"


class FetchError(Exception):
    """A fetch that failed: the message says why, in words an editor can act on."""


class RefusedURL(FetchError):
    """An address the portal will not connect to (a policy, not a network failure)."""


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    url: str


def is_public(address):
    """Whether an IP address is one on the public Internet (an IPv4-mapped IPv6 address is judged as IPv4)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def _resolve(host, port, public_only):
    """The (family, socket address) pairs to try for host, resolved once; with `public_only` every one is public."""
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise FetchError(f"network error: cannot resolve {host}: {error}") from None
    if not answers:
        raise FetchError(f"network error: cannot resolve {host}")
    if public_only:
        for *_, sockaddr in answers:
            address = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
            if not is_public(address):
                raise RefusedURL(f"{host} resolves to {address}, which is not a public address")
    return [(family, sockaddr) for family, *_, sockaddr in answers]


def _connect(addresses, timeout):
    error = None
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect(sockaddr)
        except OSError as exc:
            sock.close()
            error = exc
            continue
        return sock
    raise error


class _CheckedHTTPConnection(http.client.HTTPConnection):
    """HTTP to addresses already resolved (and checked); the Host header is the name."""

    def __init__(self, host, port, addresses, timeout):
        super().__init__(host, port, timeout=timeout)
        self.checked_addresses = addresses

    def connect(self):
        self.sock = _connect(self.checked_addresses, self.timeout)


class _CheckedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to addresses already resolved (and checked); SNI and the certificate check use the name."""

    def __init__(self, host, port, addresses, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.checked_addresses = addresses

    def connect(self):
        sock = _connect(self.checked_addresses, self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _parts(url):
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise RefusedURL(f"not a web address: {url[:200]}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RefusedURL(f"not a web address: {url[:200]}")
    if parts.username is not None or parts.password is not None:
        raise RefusedURL("not a plain web address (it carries a user name or password)")
    return parts, port or (443 if parts.scheme == "https" else 80)


def _read_body(response, sock, timeout, max_bytes, deadline, total):
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"response too large: {int(length)} bytes (limit {max_bytes})")
    chunks, size = [], 0
    while not response.isclosed():  # closed: the whole body (its Content-Length) has been read
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"timed out after {total:g} s (response too slow)")
        sock.settimeout(min(timeout, remaining))  # no read may outlast the deadline
        chunk = response.read1(min(CHUNK, max_bytes + 1 - size))  # what has come, not a full chunk
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response too large: more than {max_bytes} bytes")
    return b"".join(chunks)


def exchange(
    method,
    url,
    *,
    max_bytes,
    timeout,
    deadline=None,
    body=None,
    headers=None,
    check_url=None,
    same_host=False,
    public_only=False,
    max_redirects=MAX_REDIRECTS,
):
    """One HTTP exchange (redirects followed for GET): a :class:`Response` whatever its status.

    `timeout`: seconds for the connection and for each read; `deadline`: seconds for everything (default
    ``DEADLINE_FACTOR`` × `timeout`); `max_bytes`: the largest body accepted; `check_url(url)`: raises
    :class:`RefusedURL` (or ValueError, turned into it) for an address not to be fetched, called on every hop.
    """
    total = deadline or timeout * DEADLINE_FACTOR
    ends = time.monotonic() + total
    headers = {"User-Agent": USER_AGENT, **(headers or {})}
    first_host = None
    for _hop in range(max_redirects + 1):
        parts, port = _parts(url)
        if check_url is not None:
            try:
                check_url(url)
            except RefusedURL:
                raise
            except ValueError as error:
                raise RefusedURL(str(error)) from None
        host = parts.hostname
        if first_host is None:
            first_host = host
        elif same_host and host != first_host:
            raise RefusedURL(f"redirected to another host: {url[:200]}")
        addresses = _resolve(host, port, public_only)
        connection_class = _CheckedHTTPSConnection if parts.scheme == "https" else _CheckedHTTPConnection
        connection = connection_class(host, port, addresses, min(timeout, max(ends - time.monotonic(), 0.01)))
        try:
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            connection.request(method, target, body=body, headers=headers)
            sock = connection.sock  # kept: the connection hands it to the response (and forgets it) when it closes
            sock.settimeout(min(timeout, max(ends - time.monotonic(), 0.01)))  # the headers too, within the deadline
            response = connection.getresponse()
            location = response.getheader("Location")
            if method == "GET" and response.status in REDIRECT_STATUSES and location:
                url = urljoin(url, location)
                continue
            data = _read_body(response, sock, timeout, max_bytes, ends, total)
            return Response(response.status, response.headers.get_content_type(), data, url)
        except TimeoutError:
            if time.monotonic() >= ends - 0.05:
                raise FetchError(f"timed out after {total:g} s (response too slow)") from None
            raise FetchError(f"timed out after {timeout:g} s") from None
        except ssl.SSLError as exc:
            raise FetchError(f"network error: {exc}") from None
        except (http.client.HTTPException, OSError) as exc:
            raise FetchError(f"network error: {exc}") from None
        finally:
            connection.close()
    raise FetchError(f"more than {max_redirects} redirects")


def fetch(url, max_bytes, *, timeout, deadline=None, accept="*/*", **checks):
    """(bytes, content type) of a successful GET of `url`; FetchError otherwise (an HTTP error status too).

    `checks`: ``check_url``, ``same_host``, ``public_only`` and ``max_redirects`` as :func:`exchange` takes them.
    """
    response = exchange(
        "GET", url, max_bytes=max_bytes, timeout=timeout, deadline=deadline, headers={"Accept": accept}, **checks
    )
    if response.status != 200:
        raise FetchError(f"HTTP {response.status} {http.client.responses.get(response.status, '')}".rstrip())
    return response.body, response.content_type


def post_json(url, *, timeout, data=None, json_body=None, headers=None, max_bytes=1024 * 1024):
    """POST form fields (`data`) or a JSON body; returns (HTTP status, parsed JSON or None, raw text).

    HTTP errors are returned, not raised (social APIs explain errors in a JSON body); timeouts and network errors
    raise FetchError.
    """
    if json_body is not None:
        body = json.dumps(json_body, ensure_ascii=False).encode()
        content_type = "application/json; charset=utf-8"
    else:
        body = urlencode(data or {}).encode()
        content_type = "application/x-www-form-urlencoded"
    response = exchange(
        "POST",
        url,
        max_bytes=max_bytes,
        timeout=timeout,
        body=body,
        headers={"Content-Type": content_type, **(headers or {})},
    )
    text = response.body.decode("utf-8", errors="replace")
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    return response.status, parsed, text
