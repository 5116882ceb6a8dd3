import pytest

from news.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_smoke(client, news_tree):
    a = ArticlePageFactory(parent=news_tree.current)
    for url in [
        news_tree.index.url,
        news_tree.current.url,
        a.url,
        a.url + "print/",
        news_tree.index.url + "rss/",
        news_tree.current.url + "atom/",
        news_tree.leaders.url,
        news_tree.petitions.url,
        "/",
    ]:
        r = client.get(url)
        assert r.status_code == 200, (url, r.content.decode()[:3000])
