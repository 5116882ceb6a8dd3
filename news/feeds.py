"""RSS 2.0 and Atom feeds of all news (the news index) and of each section: absolute URLs, images as enclosures."""

from django.http import HttpResponse
from django.utils import feedgenerator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from thainguyen_portal.core.frame import public

FEED_SIZE = 30
ENCLOSURE_RENDITION = "fill-1200x630"


def feed_items(page, request=None):
    """The latest articles with their images and tags (two queries; the private subtrees come from the cache;
    renditions come one per new image)."""
    return list(
        public(page.articles().live(), request)
        .defer_streamfields()
        .select_related("featured_image")
        .prefetch_related("tagged_items__tag")
        .order_by("-date", "-pk")[:FEED_SIZE]
    )


def feed_response(request, page, flavour):
    generator = feedgenerator.Rss201rev2Feed if flavour == "rss" else feedgenerator.Atom1Feed
    page_url = page.get_full_url(request)
    feed = generator(
        title=page.seo_title or page.title,
        link=page_url,
        description=page.search_description or _("The latest news of Thai Nguyen province."),
        language=get_language(),
        feed_url=request.build_absolute_uri(),
        feed_guid=page_url,
    )
    section_title = page.title
    for article in feed_items(page, request):
        url = article.get_full_url(request)
        enclosures = []
        if article.featured_image is not None:
            rendition = article.featured_image.get_rendition(ENCLOSURE_RENDITION)
            enclosures.append(feedgenerator.Enclosure(request.build_absolute_uri(rendition.url), "0", "image/jpeg"))
        categories = [section_title] + [item.tag.name for item in article.tagged_items.all()]
        feed.add_item(
            title=article.title,
            link=url,
            description=article.sapo,
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=article.date,
            updateddate=article.updated_at or article.date,
            author_name=article.authors or None,
            categories=categories,
            enclosures=enclosures,
        )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    return response
