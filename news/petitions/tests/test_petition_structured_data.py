"""A petition's page tells machines what it is and can be shared, like an article (issue 19)."""

import json
import re

import pytest

from news.petitions.factories import PetitionPageFactory

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def test_petition_page_has_json_ld_and_the_share_bar(client, news_tree):
    petition = PetitionPageFactory(parent=news_tree.petitions, title="Đường xóm Chùa hỏng", slug="duong-xom-chua")
    petition.save_revision().publish()
    html = client.get(petition.url).content.decode()
    blocks = [json.loads(text) for text in SCRIPT.findall(html)]
    assert [block["@type"] for block in blocks] == ["WebPage"]
    assert blocks[0]["url"] == f"http://testserver{petition.url}"
    assert blocks[0]["dateModified"] == petition.answer_date.isoformat()
    assert 'class="share"' in html and f'data-copy-url="http://testserver{petition.url}"' in html
