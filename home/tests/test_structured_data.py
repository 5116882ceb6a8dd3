"""JSON-LD of the home pages (the site with its search, the organisation) and standard pages (issue 19)."""

import json
import re

import pytest

from home.factories import StandardPageFactory
from tests.helpers import html_of

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, url):
    html = html_of(client, url)
    return html, {block["@type"]: block for block in (json.loads(text) for text in SCRIPT.findall(html))}


def test_vietnamese_home_page_is_the_website_with_its_search_and_the_organisation(client, site_tree):
    _html, blocks = json_ld(client, "/")
    website = blocks["WebSite"]
    assert website["@context"] == "https://schema.org"
    assert website["url"] == "http://testserver/"
    assert website["inLanguage"] == "vi"
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://testserver/tim-kiem/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    organisation = blocks["Organization"]
    assert organisation["name"] == site_tree.settings.organisation_name
    assert organisation["url"] == "http://testserver/"
    assert organisation["logo"]["url"].startswith("http://testserver/")


def test_english_home_page_searches_the_english_site(client, site_tree):
    _html, blocks = json_ld(client, "/en/")
    website = blocks["WebSite"]
    assert website["url"] == "http://testserver/en/"
    assert website["inLanguage"] == "en"
    assert website["potentialAction"]["target"]["urlTemplate"] == "http://testserver/en/search/?q={search_term_string}"
    assert blocks["Organization"]["name"] == site_tree.settings.organisation_name_en


def test_standard_page_is_a_web_page_with_the_share_bar(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu", intro="Về cổng.")
    page.save_revision().publish()
    html, blocks = json_ld(client, page.url)
    assert blocks["WebPage"]["url"] == "http://testserver/gioi-thieu/"
    assert blocks["WebPage"]["description"] == "Về cổng."
    assert 'class="share"' in html and 'data-copy-url="http://testserver/gioi-thieu/"' in html
    assert "share__print" not in html  # no print view
