import pytest

from multimedia.factories import MultimediaIndexPageFactory


@pytest.fixture
def hub(site_tree):
    return MultimediaIndexPageFactory(parent=site_tree.home)
