"""A podcast's RSS 2.0 feed with the iTunes tags podcast apps read (on the portal's feed base,
core/metadata/feeds.py)."""

from django.utils import feedgenerator
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.images.shortcuts import get_rendition_or_not_found

from thainguyen_portal.core.metadata.feeds import PortalFeed, local_moment

ITUNES_NAMESPACE = "http://www.itunes.com/dtds/podcast-1.0.dtd"
ARTWORK_RENDITION = "fill-1400x1400|format-jpeg"


class ITunesFeed(feedgenerator.Rss201rev2Feed):
    """RSS 2.0 with the itunes namespace: ``itunes:author``, ``itunes:image`` and ``itunes:explicit`` on the
    channel (the ``itunes_*`` arguments of the feed), ``itunes:duration`` on each episode (``itunes_duration``)."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES_NAMESPACE}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("itunes_author"):
            handler.addQuickElement("itunes:author", self.feed["itunes_author"])
        if self.feed.get("itunes_image"):
            handler.addQuickElement("itunes:image", attrs={"href": self.feed["itunes_image"]})
        handler.addQuickElement("itunes:explicit", "true" if self.feed.get("itunes_explicit") else "false")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("itunes_duration"):
            handler.addQuickElement("itunes:duration", str(item["itunes_duration"]))


class PodcastFeed(PortalFeed):
    """A podcast page's episodes, newest first, each with its audio as the enclosure."""

    flavours = {"rss": ITunesFeed}
    item_guid_is_permalink = False

    def title(self):
        return self.page.title

    def description(self):
        return self.page.summary or self.page.title

    def feed_guid(self):
        return None

    def feed_extra_kwargs(self, obj):
        image = self.page.cover_image
        artwork = self.absolute(get_rendition_or_not_found(image, ARTWORK_RENDITION).url) if image else ""
        return {"itunes_author": self.page.author, "itunes_image": artwork, "itunes_explicit": False}

    def items(self):
        return self.page.episode_list()

    def item_title(self, episode):
        return episode["title"]

    def item_description(self, episode):
        return Truncator(strip_tags(episode["show_notes"].source)).words(80, truncate=" …")

    def item_link(self, episode):
        return f"{self.link()}#tap-{episode['id']}"

    def item_guid(self, episode):
        return f"{self.page.translation_key}:{episode['id']}"

    def item_pubdate(self, episode):
        return local_moment(episode["published"], 6)

    def item_enclosures(self, episode):
        audio = episode["audio"]
        return [self.enclosure(self.absolute(audio.url), audio.size, audio.mime_type)]

    def item_extra_kwargs(self, episode):
        return {"itunes_duration": round(episode["audio"].duration or 0) or None}
