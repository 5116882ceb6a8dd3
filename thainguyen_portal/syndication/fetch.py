"""Fetching from outside services with a timeout and a size cap: a partner's feed or image never hangs a worker
or fills its memory."""

import json
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings

CHUNK = 64 * 1024
# The whole body must arrive within this many times the (per-read) timeout.
DEADLINE_FACTOR = 3
USER_AGENT = "thainguyen-portal-syndication/1.0 (+https://thainguyen.gov.vn)"


class FetchError(Exception):
    """A fetch that failed: the message says why, in words an editor can act on."""


def fetch(url, max_bytes, timeout=None, accept="*/*"):
    """(bytes, content type) of a GET of `url`; FetchError on a bad address, an HTTP error, a timeout, a network
    error or a body larger than `max_bytes`."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(f"not a web address: {url[:200]}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": accept})
    timeout = timeout or settings.SYNDICATION_FETCH_TIMEOUT
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked above)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"response too large: {int(length)} bytes (limit {max_bytes})")
            # Read in chunks against an overall deadline too: the socket timeout applies to each read only, so a
            # server dripping a byte at a time would otherwise hold the worker for ever.
            deadline = time.monotonic() + timeout * DEADLINE_FACTOR
            chunks, size = [], 0
            while True:
                chunk = response.read(min(CHUNK, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"response too large: more than {max_bytes} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {timeout * DEADLINE_FACTOR} s (response too slow)")
            return b"".join(chunks), response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise FetchError(f"timed out after {timeout} s") from None
        raise FetchError(f"network error: {reason}") from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout} s") from None
    except OSError as exc:
        raise FetchError(f"network error: {exc}") from None


def post_json(url, *, data=None, json_body=None, headers=None, timeout=None, max_bytes=1024 * 1024):
    """POST form fields (`data`) or a JSON body; returns (HTTP status, parsed JSON or None, raw text).

    HTTP errors are returned, not raised (social APIs explain errors in a JSON body); timeouts and network errors
    raise FetchError.
    """
    from urllib.parse import urlencode

    if json_body is not None:
        body = json.dumps(json_body, ensure_ascii=False).encode()
        content_type = "application/json; charset=utf-8"
    else:
        body = urlencode(data or {}).encode()
        content_type = "application/x-www-form-urlencoded"
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={"User-Agent": USER_AGENT, "Content-Type": content_type, **(headers or {})},
    )
    timeout = timeout or settings.SYNDICATION_SOCIAL_TIMEOUT
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (our own settings' URL)
            status, raw = response.status, response.read(max_bytes)
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read(max_bytes)
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(f"timed out after {timeout} s") from None
        raise FetchError(f"network error: {exc.reason}") from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout} s") from None
    except OSError as exc:
        raise FetchError(f"network error: {exc}") from None
    text = raw.decode("utf-8", errors="replace")
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    return status, parsed, text
