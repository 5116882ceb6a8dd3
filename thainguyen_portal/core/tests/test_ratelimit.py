"""Rate limits, client addresses and the honeypot, on the cache the settings give (memory or Redis)."""

import runpy
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory

from thainguyen_portal.core.security.clientip import client_ip
from thainguyen_portal.core.security.honeypot import HoneypotMixin
from thainguyen_portal.core.security.ratelimit import parse_rate, ratelimit


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("5/m", (5, 60)), ("100/h", (100, 3600)), ("10/5m", (10, 300)), ("1/s", (1, 1)), ("3/d", (3, 86400))],
)
def test_parse_rate(rate, expected):
    assert parse_rate(rate) == expected


@pytest.mark.parametrize("rate", ["5", "m/5", "5/x", "a/m", "5/0.5m", ""])
def test_parse_rate_refuses_nonsense(rate):
    with pytest.raises(ValueError, match="bad rate"):
        parse_rate(rate)


def _view(calls):
    @ratelimit("test-scope", rate="3/m")
    def view(request):
        calls.append(request.method)
        return HttpResponse("stored")

    return view


@pytest.mark.django_db
def test_posts_over_the_limit_get_429_and_never_reach_the_view(rate_limit_clock):
    calls = []
    view = _view(calls)
    factory = RequestFactory()
    codes = [view(factory.post("/f/", REMOTE_ADDR="203.0.113.7")).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    assert calls == ["POST"] * 3
    blocked = view(factory.post("/f/", REMOTE_ADDR="203.0.113.7"))
    assert 1 <= int(blocked["Retry-After"]) <= 60
    assert blocked["Cache-Control"] == "no-store"
    assert "Too many requests" in blocked.content.decode() or "Quá nhiều" in blocked.content.decode()
    # another client is not affected; GET is not counted by default
    assert view(factory.post("/f/", REMOTE_ADDR="203.0.113.8")).status_code == 200
    assert view(factory.get("/f/", REMOTE_ADDR="203.0.113.7")).status_code == 200


@pytest.mark.django_db
def test_the_counting_window_follows_the_injected_clock(rate_limit_clock):
    view = _view([])
    factory = RequestFactory()

    def post():
        return view(factory.post("/f/", REMOTE_ADDR="203.0.113.9"))

    rate_limit_clock.advance(59)  # the last second of a window
    assert [post().status_code for _ in range(4)] == [200, 200, 200, 429]
    assert post()["Retry-After"] == "1"
    rate_limit_clock.advance(1)  # the next window: counted afresh
    assert [post().status_code for _ in range(4)] == [200, 200, 200, 429]
    assert post()["Retry-After"] == "60"


@pytest.mark.django_db
def test_operator_setting_overrides_the_default_rate(settings, rate_limit_clock):
    settings.PORTAL_RATE_LIMITS = {"test-scope": "1/m"}
    view = _view([])
    factory = RequestFactory()
    assert view(factory.post("/f/", REMOTE_ADDR="198.51.100.1")).status_code == 200
    assert view(factory.post("/f/", REMOTE_ADDR="198.51.100.1")).status_code == 429


def test_client_ip_without_proxy_header_is_remote_addr(settings):
    settings.PORTAL_CLIENT_IP_HEADER = ""
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(request) == "10.0.0.1"  # a client-supplied header is not believed


def test_client_ip_from_the_proxy_header(settings):
    settings.PORTAL_CLIENT_IP_HEADER = "X-Real-IP"
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.0/8"]  # nginx on another host of the private network
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.9")
    assert client_ip(request) == "203.0.113.9"
    garbage = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="<script>")
    assert client_ip(garbage) == "10.0.0.1"


def test_client_ip_from_forwarded_for_counts_trusted_hops(settings):
    settings.PORTAL_CLIENT_IP_HEADER = "X-Forwarded-For"
    settings.PORTAL_TRUSTED_PROXY_COUNT = 1
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.1"]
    # the client claimed 6.6.6.6; our one proxy appended the address it saw
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5")
    assert client_ip(request) == "203.0.113.5"
    settings.PORTAL_TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "6.6.6.6"


def test_the_header_is_believed_only_from_a_trusted_proxy(settings):
    settings.PORTAL_CLIENT_IP_HEADER = "X-Real-IP"
    # The default: loopback only (nginx on the same host).
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9")) == "203.0.113.9"
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="::1", HTTP_X_REAL_IP="203.0.113.9")) == "203.0.113.9"
    # A client reaching gunicorn directly keeps its own address, whatever it claims.
    direct = RequestFactory().get("/", REMOTE_ADDR="198.51.100.20", HTTP_X_REAL_IP="203.0.113.9")
    assert client_ip(direct) == "198.51.100.20"
    settings.PORTAL_CLIENT_IP_HEADER = "X-Forwarded-For"
    direct = RequestFactory().get("/", REMOTE_ADDR="198.51.100.20", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5")
    assert client_ip(direct) == "198.51.100.20"
    settings.PORTAL_CLIENT_IP_HEADER = "X-Real-IP"
    settings.PORTAL_TRUSTED_PROXIES = ["10.1.2.0/24", "2001:db8::/32"]
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="10.1.2.3", HTTP_X_REAL_IP="203.0.113.9")) == "203.0.113.9"
    assert (
        client_ip(RequestFactory().get("/", REMOTE_ADDR="2001:db8::5", HTTP_X_REAL_IP="203.0.113.9")) == "203.0.113.9"
    )
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9")) == "127.0.0.1"


@pytest.mark.django_db
def test_searches_with_forged_addresses_are_still_limited(client, site_tree, settings):
    # The probe's case: 100 searches, each claiming another X-Real-IP, from a client that reached gunicorn directly.
    settings.PORTAL_CLIENT_IP_HEADER = "X-Real-IP"
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "search": "5/m"}
    codes = [
        client.get("/tim-kiem/", REMOTE_ADDR="198.51.100.30", HTTP_X_REAL_IP=f"203.0.113.{n}").status_code
        for n in range(1, 21)
    ]
    assert codes.count(429) >= 10  # 5 a minute (10 if the requests straddle two one-minute windows)


def test_gunicorn_binds_loopback_by_default(monkeypatch):  # (the settings fixture is not needed: BASE_DIR)
    for name in ("GUNICORN_BIND", "PORT", "FORWARDED_ALLOW_IPS"):
        monkeypatch.delenv(name, raising=False)
    config = runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))
    assert config["bind"] == "127.0.0.1:8000"
    assert config["forwarded_allow_ips"] == "127.0.0.1"


class _Form(HoneypotMixin, forms.Form):
    name = forms.CharField()


def test_honeypot_flags_filled_field_and_hides_it_from_visible_fields():
    clean = _Form({"name": "Nguyễn Văn An", "website": ""})
    assert clean.is_valid() and not clean.is_spam()
    spam = _Form({"name": "bot", "website": "http://spam.example"})
    assert spam.is_valid() and spam.is_spam()
    assert [field.name for field in clean.visible_fields()] == ["name"]
