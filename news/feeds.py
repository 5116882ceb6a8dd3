"""RSS 2.0 and Atom feeds of all news (the news index) and of each section: absolute URLs, images as enclosures
(on the portal's feed base, core/metadata/feeds.py)."""

from django.utils.translation import gettext as _

from thainguyen_portal.core.metadata.feeds import PortalFeed
from thainguyen_portal.core.publishing.frame import public

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


class NewsFeed(PortalFeed):
    """The articles of a news index or a section (its subsections included)."""

    item_guid_is_permalink = True

    def description(self):
        return self.page.search_description or _("The latest news of Thai Nguyen province.")

    def items(self):
        return feed_items(self.page, self.request)

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.sapo

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.date

    def item_updateddate(self, article):
        return article.updated_at or article.date

    def item_author_name(self, article):
        return article.authors or None

    def item_categories(self, article):
        return [self.page.title] + [item.tag.name for item in article.tagged_items.all()]

    def item_enclosures(self, article):
        if article.featured_image is None:
            return []
        rendition = article.featured_image.get_rendition(ENCLOSURE_RENDITION)
        return [self.enclosure(self.absolute(rendition.url), 0, "image/jpeg")]


def feed_response(request, page, flavour):
    return NewsFeed(page, request, flavour)(request)
