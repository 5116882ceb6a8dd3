from types import SimpleNamespace

import pytest

from gazette.consultations.factories import ConsultationIndexPageFactory
from gazette.factories import GazetteIndexPageFactory


@pytest.fixture
def consultations(site_tree):
    """The gazette index under the Vietnamese home page and the consultations page under it."""
    gazette = GazetteIndexPageFactory(parent=site_tree.home)
    index = ConsultationIndexPageFactory(parent=gazette)
    return SimpleNamespace(**vars(site_tree), gazette=gazette, index=index)
