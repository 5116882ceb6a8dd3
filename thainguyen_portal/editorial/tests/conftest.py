"""Fixtures of the newsroom tests: one area's section on a site that has only home page types.

Other areas' page types are not in this branch, so a test maps the area under test to home.StandardPage through
the EDITORIAL_SECTIONS setting (the registry lookup is the same code path as with the real page types).
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from home.factories import StandardPageFactory
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.roles import roles
from thainguyen_portal.editorial.sections import ENGLISH
from thainguyen_portal.editorial.setup import setup_newsroom

PASSWORD = "chè-Tân-Cương-2026"


@pytest.fixture(autouse=True)
def _mail_and_urls(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.WAGTAILADMIN_BASE_URL = "https://cms.thainguyen.example"


@pytest.fixture(autouse=True)
def field_report_files(settings, tmp_path_factory):
    """Field-report photos go to a private directory of the test's own (outside MEDIA_ROOT), so they can be counted."""
    root = tmp_path_factory.mktemp("private-field-reports")
    settings.EDITORIAL_FIELD_REPORT_FILES_ROOT = root
    return root


def build_newsroom(settings, site_tree, area="news"):
    """A section root (and one live article in it) for `area`, the roles set up, one user per role."""
    if area == ENGLISH:
        settings.EDITORIAL_SECTIONS = {}
        parent = site_tree.home_en
    else:
        settings.EDITORIAL_SECTIONS = {area: ["home.standardpage"]}
        parent = site_tree.home
    section = StandardPageFactory(parent=parent, title="Chuyên mục thử", slug="chuyen-muc")
    article = StandardPageFactory(parent=section, title="Bài viết đã đăng", slug="bai-viet")
    groups, roots = setup_newsroom()
    users = {role.key: UserFactory(username=role.key, role=role.key) for role in roles()}
    # The admin speaks each user's language; these tests read its English messages (test_i18n reads Vietnamese).
    for user in users.values():
        UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    superuser = get_user_model().objects.create_superuser("tongbientap", "tbt@thainguyen.gov.vn", PASSWORD)
    return SimpleNamespace(
        area=area, section=section, article=article, groups=groups, roots=roots, users=users, superuser=superuser
    )


@pytest.fixture
def newsroom(settings, site_tree):
    return build_newsroom(settings, site_tree, "news")
