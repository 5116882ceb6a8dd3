"""Publishing an article makes the renditions its templates show, in WebP with a JPEG fallback, before any reader
asks for the page; the templates show them as <picture>."""

import pytest
from wagtail.images import get_image_model

from news.factories import ArticlePageFactory
from news.models import ArticlePage
from thainguyen_portal.core.factories import ImageFactory
from thainguyen_portal.core.publishing import renditions

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()


def specs_of(image):
    return set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True))


def test_publishing_makes_the_renditions_without_a_page_view(news_tree, tasks):
    featured, in_body, in_gallery = ImageFactory(), ImageFactory(), ImageFactory()
    second = ImageFactory()
    Rendition.objects.all().delete()  # as if they were uploaded before this feature, or their renditions purged
    article = ArticlePageFactory.build(
        title="Lễ hội Trà Thái Nguyên khai mạc",
        slug="le-hoi-tra-thai-nguyen-khai-mac",
        featured_image=featured,
        live=False,
        body=[
            ("image", {"image": in_body, "caption": "Đồi chè Tân Cương", "credit": "Ảnh: Minh Anh"}),
            ("gallery", {"title": "Ảnh lễ hội", "images": [{"image": in_gallery}, {"image": second}]}),
        ],
    )
    news_tree.current.add_child(instance=article)
    assert not Rendition.objects.exists()

    ArticlePage.objects.get(pk=article.pk).save_revision().publish()
    assert "make_page_renditions" in tasks.names
    tasks.run()

    assert set(renditions.CARD + renditions.MAIN + renditions.SOCIAL) <= specs_of(featured)
    assert "width-1000" in specs_of(in_body)
    assert "fill-480x320" in specs_of(in_gallery) and "fill-480x320" in specs_of(second)


def test_cards_and_the_article_show_webp_with_a_jpeg_fallback(client, news_tree, tasks):
    article = ArticlePageFactory(parent=news_tree.current, featured_image=ImageFactory())
    tasks.run()  # the renditions publishing enqueued
    made = Rendition.objects.count()
    section = client.get(news_tree.current.url).content.decode()
    page = client.get(article.url).content.decode()
    assert Rendition.objects.count() == made  # nothing was left for the reader's request to make
    for html in (section, page):
        assert '<source srcset="' in html and 'type="image/webp"' in html
        assert ".jpg" in html or ".jpeg" in html
    assert 'class="card__image"' in section and 'loading="lazy"' in section
    assert 'fetchpriority="high"' in page
