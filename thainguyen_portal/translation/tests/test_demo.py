"""The English edition's demo: the glossary, at least ten pages of several types translated through
wagtail-localize, and an English home page with its own curated sections."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page
from wagtail_localize.models import Translation

from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.translation import demo
from thainguyen_portal.translation.models import GlossaryTerm

pytestmark = pytest.mark.django_db

VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def test_seed_demo_translates_pages_through_wagtail_localize(django_capture_on_commit_callbacks):
    # wagtail-localize publishes a translation when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO())
    assert GlossaryTerm.objects.count() >= 20
    translations = Translation.objects.filter(target_locale__language_code="en")
    pages = [translation.get_target_instance().specific for translation in translations]
    assert len(pages) >= 10
    assert all(page.live for page in pages)
    types = {type(page).__name__ for page in pages}
    assert {"StandardPage", "ArticlePage", "LayeredStoryPage", "MagazineArticlePage"} <= types

    client = Client()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.url.startswith("/en/")
        assert not VIETNAMESE_LETTERS.search(page.title), page.title
        assert '<html lang="en"' in response.content.decode()

    home = client.get("/en/").content.decode()
    for heading in ("About Thai Nguyen", "Invest in Thai Nguyen", "Visit Thai Nguyen", "Trà Việt", "News in English"):
        assert heading in home
    # No English page is an alias of Vietnamese text.
    assert not Page.objects.filter(locale__language_code="en", alias_of__isnull=False, live=True).exists()

    # Once made, never made again.
    count = translations.count()
    with django_capture_on_commit_callbacks(execute=True):
        demo.seed(DemoBuilder())
    assert Translation.objects.filter(target_locale__language_code="en").count() == count
