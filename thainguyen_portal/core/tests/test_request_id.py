"""Every response carries a request id, every log line made while serving it too, and the 500 page shows it."""

import io
import logging
import re

import pytest
from django.urls import path

from thainguyen_portal.core.operations.requestid import RequestIdFilter, current_request_id

pytestmark = pytest.mark.django_db


def boom(request):
    logging.getLogger("thainguyen_portal.test").warning("about to fail")
    raise RuntimeError("the database fell over")


urlpatterns = [path("boom/", boom)]
handler500 = "thainguyen_portal.core.views.server_error"


@pytest.fixture
def console():
    """The console handler the settings give every logger, writing into a buffer for the test."""
    handler = next(h for h in logging.getLogger("django.request").handlers if h.get_name() == "console")
    assert any(isinstance(f, RequestIdFilter) for f in handler.filters)
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    yield buffer
    handler.setStream(previous)


def test_a_response_gets_a_new_id(client, site_tree):
    first, second = client.get("/"), client.get("/")
    assert re.fullmatch(r"[0-9a-f]{32}", first["X-Request-ID"])
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_the_proxys_id_is_kept_when_it_is_a_plain_token(client, site_tree):
    response = client.get("/", headers={"X-Request-ID": "nginx-3f2a9c1e77d04b1f"})
    assert response["X-Request-ID"] == "nginx-3f2a9c1e77d04b1f"


@pytest.mark.parametrize("hostile", ["abc", "x" * 200, "id\nFAKE LOG LINE", "<script>", "a b c d e f g h"])
def test_a_hostile_id_is_replaced(client, site_tree, hostile):
    response = client.get("/ping", headers={"X-Request-ID": hostile})
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_errors_are_logged_with_the_request_id_and_the_reader_sees_it(client, site_tree, settings, console):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    response = client.get("/boom/", headers={"X-Request-ID": "req-0123456789abcdef"})
    assert response.status_code == 500
    assert response["X-Request-ID"] == "req-0123456789abcdef"
    assert "req-0123456789abcdef" in response.content.decode()  # the reader can quote it
    log = console.getvalue()
    assert "WARNING [req-0123456789abcdef] thainguyen_portal.test about to fail" in log
    assert "ERROR [req-0123456789abcdef] django.request Internal Server Error: /boom/" in log
    assert "RuntimeError: the database fell over" in log


def test_client_errors_are_logged_with_the_request_id(client, site_tree, console):
    client.get("/khong-co-trang-nay/", headers={"X-Request-ID": "req-404-0123456789"})
    assert "WARNING [req-404-0123456789] django.request Not Found: /khong-co-trang-nay/" in console.getvalue()


def test_outside_a_request_the_id_is_a_dash():
    assert current_request_id() == "-"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "message", None, None)
    assert RequestIdFilter().filter(record) and record.request_id == "-"
