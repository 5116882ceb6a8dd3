"""Fixtures shared by every app's tests.

The tests talk to the real database and cache the settings select: SQLite and local memory by default,
PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set (CI runs both).
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from wagtail.models import Locale, Page, Site


def pytest_collection_modifyitems(config, items):
    """Browser tests last: they share one committed demo site (tests/e2e/conftest.py), which a transactional test
    running after them would flush away."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


def pytest_report_header(config):
    backend = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return [f"thainguyen-portal: database={backend} cache={cache} tasks={settings.TASKS['default']['BACKEND']}"]


@pytest.fixture(autouse=True)
def _empty_caches():
    """Every test starts with empty caches (on Redis too), so no test sees another's pages."""
    for alias in settings.CACHES:
        caches[alias].clear()
    yield


@pytest.fixture
def locales(db):
    return SimpleNamespace(vi=Locale.objects.get(language_code="vi"), en=Locale.objects.get(language_code="en"))


@pytest.fixture
def site_tree(locales):
    """Both home pages (English as the translation of Vietnamese), the default site and its settings."""
    from home.factories import HomePageFactory
    from thainguyen_portal.core.demo import DemoBuilder
    from thainguyen_portal.core.factories import PortalSettingsFactory

    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, locale=locales.vi)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "testserver", 80, home
    site.save()
    home_en = DemoBuilder().translation(
        home, "en", title="Home", slug="home", tagline="Thai Nguyen – the land of fine tea", intro="Official news."
    )
    portal_settings = PortalSettingsFactory(site=site)
    return SimpleNamespace(root=root, home=home, home_en=home_en, site=site, settings=portal_settings)


@pytest.fixture
def database_vendor():
    return connection.vendor


class _PurgeRecorder(BaseHTTPRequestHandler):
    """A stand-in for nginx/Varnish: records the paths of the PURGE requests it receives."""

    received = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.received.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn():
    """A local CDN purge endpoint, configured as the portal's purge backend (as FRONTEND_CACHE_PURGE_URL would);
    yields the list of paths it was asked to purge."""
    _PurgeRecorder.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = {
        "purge": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=backend):
        yield _PurgeRecorder.received
    server.shutdown()
    server.server_close()
