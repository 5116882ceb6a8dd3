from types import SimpleNamespace

import pytest

from news.factories import NewsIndexPageFactory
from news.petitions.factories import PetitionIndexPageFactory


@pytest.fixture
def news_tree(site_tree):
    """The news index under the Vietnamese home page and the petitions page under it."""
    index = NewsIndexPageFactory(parent=site_tree.home)
    petitions = PetitionIndexPageFactory(parent=index)
    return SimpleNamespace(**vars(site_tree), index=index, petitions=petitions)
