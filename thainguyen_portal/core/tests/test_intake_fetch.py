"""core.intake.fetch against a local HTTP server playing the outside service: the overall deadline holds against a
server that drips its body, the size cap against one that lies about (or omits) its length, and an address check
refuses before any connection."""

import time

import pytest

from tests.helpers import QuietHandler, local_http_server
from thainguyen_portal.core.intake.fetch import FetchError, RefusedURL, fetch


class Outside(QuietHandler):
    received = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        Outside.received.append(self.path)
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(100):  # one byte every 0.1 s for 10 s: each read is quick, the whole is not
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
            return
        body = b"y" * 5000 if self.path == "/big" else b"hello"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        if self.path != "/big":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def outside():
    Outside.received = []
    with local_http_server(Outside) as port:
        yield f"http://127.0.0.1:{port}"


def test_a_plain_fetch_gives_the_body_and_its_type(outside):
    assert fetch(f"{outside}/ok", 100, timeout=2) == (b"hello", "text/plain")


def test_a_dripping_server_is_cut_at_the_overall_deadline(outside):
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 1 s \(response too slow\)"):
        fetch(f"{outside}/drip", 1000, timeout=2, deadline=1)
    assert time.monotonic() - started < 5  # cut near 1 s, long before the 10 s the body takes


def test_a_body_over_the_cap_is_refused_without_a_length_header(outside):
    with pytest.raises(FetchError, match="too large"):
        fetch(f"{outside}/big", 1000, timeout=2)


def test_a_refused_address_is_never_connected_to(outside):
    with pytest.raises(RefusedURL, match="not a public address"):
        fetch(f"{outside}/ok", 100, timeout=2, public_only=True)
    with pytest.raises(RefusedURL, match="not a web address"):
        fetch("file:///etc/passwd", 100, timeout=2)
    assert Outside.received == []
