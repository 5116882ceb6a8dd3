"""The language switcher and hreflang alternates: page types × translated or not × both directions.

A page translated through wagtail-localize links to its translation; an untranslated one links to the other
language's home page and announces no alternate. English pages say lang="en", Vietnamese ones lang="vi".
"""

import re
from types import SimpleNamespace

import pytest
from django.test import Client

from home.factories import StandardPageFactory
from multimedia.factories import LayeredStoryPageFactory, MultimediaIndexPageFactory
from news.factories import ArticlePageFactory, SectionPageFactory
from thainguyen_portal.core.demo import DemoBuilder
from travietpub.factories import MagazineArticlePageFactory, MagazineIndexPageFactory, MagazineIssuePageFactory

from .conftest import translate_with_localize

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(english_tree):
    """Parents of every page type in both languages."""
    builder = DemoBuilder()
    hub = MultimediaIndexPageFactory(parent=english_tree.home)
    magazine = MagazineIndexPageFactory(parent=english_tree.home)
    issue = MagazineIssuePageFactory(parent=magazine, number=40)
    builder.translation(magazine, "en", title="Trà Việt Magazine", slug="tra-viet-magazine", intro="<p>Tea.</p>")
    return SimpleNamespace(
        **vars(english_tree),
        hub=hub,
        hub_en=builder.translation(hub, "en", title="Multimedia", slug="multimedia", intro="Stories."),
        issue=issue,
        issue_en=builder.translation(
            issue, "en", title="Issue 40", slug="no-40", editorial="<p>Editorial.</p>", cover=issue.cover
        ),
    )


# page type -> (factory, the Vietnamese parent's name in the tree, the English parent's name)
PAGE_TYPES = {
    "standard page": (StandardPageFactory, "home", "home_en"),
    "section": (SectionPageFactory, "index", "index_en"),
    "article": (ArticlePageFactory, "economy", "economy_en"),
    "layered story": (LayeredStoryPageFactory, "hub", "hub_en"),
    "magazine article": (MagazineArticlePageFactory, "issue", "issue_en"),
}


def links(html):
    """(html lang, {code: switcher href}, {code: hreflang alternate href})."""
    lang = re.search(r'<html lang="([^"]+)"', html).group(1)
    switcher = {code: href for href, code in re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)" lang="[a-z]+">', html)}
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', html))
    return lang, switcher, alternates


@pytest.mark.parametrize("page_type", list(PAGE_TYPES))
@pytest.mark.parametrize("translated", [True, False], ids=["translated", "untranslated"])
@pytest.mark.parametrize("direction", ["vi→en", "en→vi"])
def test_switcher(tree, locales, page_type, translated, direction):
    factory, vi_parent, en_parent = PAGE_TYPES[page_type]
    client = Client()
    if direction == "vi→en":
        page = factory(parent=getattr(tree, vi_parent), slug=f"trang-{page_type.replace(' ', '-')}")
        page.save_revision().publish()
        other = translate_with_localize(page, locales.en) if translated else None
        start, target_code, target_home = page, "en", "/en/"
    else:
        if translated:
            source = factory(parent=getattr(tree, vi_parent), slug=f"trang-{page_type.replace(' ', '-')}")
            source.save_revision().publish()
            page, other = translate_with_localize(source, locales.en), source
        else:  # written in English only: no Vietnamese version exists
            page = factory(parent=getattr(tree, en_parent), locale=locales.en, slug=f"english-only-{page_type[:5]}")
            page.save_revision().publish()
            other = None
        start, target_code, target_home = page, "vi", "/"

    response = client.get(start.url)
    assert response.status_code == 200
    lang, switcher, alternates = links(response.content.decode())
    own_code = "vi" if target_code == "en" else "en"
    assert lang == own_code
    if other is not None:
        assert switcher[target_code] == other.url
        assert alternates[target_code] == other.full_url
        assert alternates[own_code] == start.full_url
        assert alternates["x-default"] == (start if own_code == "vi" else other).full_url
    else:
        assert switcher[target_code] == target_home
        assert target_code not in alternates
    # The page the switcher points to answers in its own language.
    landing = client.get(switcher[target_code])
    assert landing.status_code == 200
    assert links(landing.content.decode())[0] == target_code
