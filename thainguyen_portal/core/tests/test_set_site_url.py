"""`manage.py set_site_url [URL]`: the default Site answers at the address the portal is served on (by default
WAGTAILADMIN_BASE_URL), which `make run` passes from its PORT; seed_demo's admin line names the same address."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, Site

from thainguyen_portal.core.publishing import pagecache

pytestmark = pytest.mark.django_db


def set_site_url(*args):
    out = StringIO()
    call_command("set_site_url", *args, stdout=out)
    return out.getvalue()


def default_site():
    return Site.objects.get(is_default_site=True)


@override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8765")
def test_the_default_site_follows_wagtailadmin_base_url_and_renews_the_caches(
    site_tree, django_capture_on_commit_callbacks
):
    before = pagecache.current_generations(("site",))
    with django_capture_on_commit_callbacks(execute=True):  # the caches are renewed once the change commits
        out = set_site_url()
    assert "now answers at http://127.0.0.1:8765 (was http://testserver)" in out
    site = default_site()
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8765, "http://127.0.0.1:8765")
    assert pagecache.current_generations(("site",)) != before
    # Again: nothing changes, nothing is renewed.
    after = pagecache.current_generations(("site",))
    assert "already answers at http://127.0.0.1:8765" in set_site_url()
    assert pagecache.current_generations(("site",)) == after


def test_an_operator_gives_the_public_address(site_tree):
    set_site_url("https://thainguyen.gov.vn/")
    site = default_site()
    assert (site.hostname, site.port, site.root_url) == ("thainguyen.gov.vn", 443, "https://thainguyen.gov.vn")
    assert Page.objects.get(pk=site_tree.home.pk).get_full_url() == "https://thainguyen.gov.vn/"
    set_site_url("http://portal.example.vn")
    assert default_site().root_url == "http://portal.example.vn"


@pytest.mark.parametrize(
    "url", ["thainguyen.gov.vn", "ftp://thainguyen.gov.vn", "http://:8000", "http://host:port", "https://host:8443"]
)
def test_an_address_wagtail_cannot_build_urls_for_is_refused(site_tree, url):
    with pytest.raises(CommandError):
        set_site_url(url)
    assert (default_site().hostname, default_site().port) == ("testserver", 80)


def test_an_address_another_site_answers_at_is_refused(site_tree):
    Site.objects.create(hostname="congbao.example.vn", port=80, root_page=site_tree.home, site_name="Công báo")
    with pytest.raises(CommandError, match="another Site"):
        set_site_url("http://congbao.example.vn")
    assert default_site().hostname == "testserver"


def test_without_a_default_site_nothing_changes(db):
    Site.objects.all().delete()
    assert "No default Site yet" in set_site_url("http://127.0.0.1:8765")
    assert not Site.objects.exists()
