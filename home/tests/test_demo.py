"""The home area's demo: the footer leads to the newsroom's spokesperson's page, also on a database an older demo
seeded (which made a standard page "Người phát ngôn" and linked it in the footer)."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from home.models import HomePage, StandardPage
from news.models import SpokespersonPage
from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.core.models import Menu

pytestmark = pytest.mark.django_db


def footer_links(client, url):
    """[(label, href)] of the footer menu of the page at `url`."""
    html = client.get(url).content.decode()
    footer = re.search(r'<nav class="site-footer__nav".*?</nav>', html, re.DOTALL).group(0)
    return [(label, href) for href, label in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', footer)]


def link_to(page):
    return ("link", {"label": "", "page": page, "url": ""})


def older_demo(home):
    """What an older seed_demo left: the standard page "Người phát ngôn" with its English translation, linked in both
    footers between the contact and the social media pages."""
    old = StandardPage(
        title="Người phát ngôn",
        slug="nguoi-phat-ngon",
        intro="Người phát ngôn và người được ủy quyền phát ngôn của Ủy ban nhân dân tỉnh Thái Nguyên.",
    )
    home.add_child(instance=old)
    old.save_revision().publish()
    old_en = DemoBuilder().translation(old, "en", title="Spokesperson", slug="spokesperson")
    for language, page in (("vi", old), ("en", old_en)):
        contact, social = (
            StandardPage.objects.get(locale__language_code=language, translation_key=source.translation_key)
            for source in StandardPage.objects.filter(
                locale__language_code="vi", slug__in=("lien-he", "mang-xa-hoi-chinh-thuc")
            ).order_by("slug")
        )
        menu = Menu.objects.get(handle="footer", locale__language_code=language)
        menu.items = [link_to(contact), link_to(page), link_to(social)]
        menu.save()
    return old, old_en


def test_the_footer_links_the_spokespersons_page_also_after_reseeding_an_older_demo(
    client, demo, django_capture_on_commit_callbacks
):
    links = footer_links(client, "/")
    assert ("Người phát ngôn", "/tin-tuc/nguoi-phat-ngon/") in links
    response = client.get("/tin-tuc/nguoi-phat-ngon/")
    assert response.status_code == 200 and isinstance(response.context["page"], SpokespersonPage)
    assert not StandardPage.objects.filter(slug="nguoi-phat-ngon").exists()  # no second "Người phát ngôn"

    # A database an older demo seeded, seeded again. (The cached menus are renewed when a change commits.)
    with django_capture_on_commit_callbacks(execute=True):
        old, old_en = older_demo(HomePage.objects.get(locale__language_code="vi"))
    assert [label for label, _href in footer_links(client, "/")].count("Người phát ngôn") == 1
    assert ("Người phát ngôn", "/nguoi-phat-ngon/") in footer_links(client, "/")
    # The footer's links come from three areas: home's pages, the newsroom's spokesperson (news) and its English
    # translation (translation).
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", "--only", "news", "--only", "translation", stdout=StringIO())

    assert not StandardPage.objects.filter(pk__in=(old.pk, old_en.pk)).exists()
    vi_links, en_links = footer_links(client, "/"), footer_links(client, "/en/")
    assert [label for label, _href in vi_links] == ["Liên hệ", "Người phát ngôn", "Mạng xã hội chính thức"]
    assert ("Người phát ngôn", "/tin-tuc/nguoi-phat-ngon/") in vi_links
    assert [label for label, _href in en_links] == ["Contact", "Spokesperson", "Official social media"]
    assert ("Spokesperson", "/en/news/spokesperson/") in en_links
    for _label, href in vi_links + en_links:
        assert client.get(href).status_code == 200, href
    # The old addresses lead to the pages that replace them.
    for old_url, new_url in (
        ("/nguoi-phat-ngon/", "/tin-tuc/nguoi-phat-ngon/"),
        ("/en/spokesperson/", "/en/news/spokesperson/"),
    ):
        response = client.get(old_url)
        assert response.status_code == 301 and response["Location"] == new_url
