from types import SimpleNamespace

import pytest

from home.factories import StandardPageFactory
from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory


@pytest.fixture
def rated_tree(site_tree):
    """Two sections of news with an article each, and an introduction page with a sub-page (another page type)."""
    index = NewsIndexPageFactory(parent=site_tree.home)
    current = SectionPageFactory(parent=index, title="Thời sự", slug="thoi-su")
    economy = SectionPageFactory(parent=index, title="Kinh tế", slug="kinh-te")
    intro = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    return SimpleNamespace(
        **vars(site_tree),
        index=index,
        current=current,
        economy=economy,
        intro=intro,
        article=ArticlePageFactory(parent=current, title="Khánh thành cầu Bến Tượng", slug="khanh-thanh-cau"),
        article2=ArticlePageFactory(parent=economy, title="Xuất khẩu chè tăng", slug="xuat-khau-che-tang"),
        history=StandardPageFactory(parent=intro, title="Lịch sử", slug="lich-su"),
    )
