from types import SimpleNamespace

import pytest

from news.factories import LeadersPageFactory, NewsIndexPageFactory, SectionPageFactory


@pytest.fixture
def news_tree(site_tree):
    """The news index under the Vietnamese home page, two sections (one nested) and the leaders' page."""
    index = NewsIndexPageFactory(parent=site_tree.home)
    current = SectionPageFactory(parent=index, title="Thời sự", slug="thoi-su")
    direction = SectionPageFactory(parent=index, title="Chỉ đạo – Điều hành", slug="chi-dao-dieu-hanh")
    economy = SectionPageFactory(parent=index, title="Kinh tế", slug="kinh-te")
    digital = SectionPageFactory(parent=economy, title="Chuyển đổi số", slug="chuyen-doi-so")
    leaders = LeadersPageFactory(parent=index)
    return SimpleNamespace(
        **vars(site_tree),
        index=index,
        current=current,
        direction=direction,
        economy=economy,
        digital=digital,
        leaders=leaders,
    )
