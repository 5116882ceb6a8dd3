"""Keep the cached home-page slots current: any change to an article starts a new cache generation."""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models import ArticlePage

GENERATION_KEY = "news:slots:generation"


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        cache.set(GENERATION_KEY, value, None)
    return value


def new_generation(**kwargs):
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


@receiver(post_save, sender=ArticlePage)
@receiver(post_delete, sender=ArticlePage)
def article_changed(sender, **kwargs):
    """Publishing, unpublishing, scheduled publishing and edits all save the page."""
    new_generation()


@receiver(post_page_move)
def page_moved(sender, **kwargs):
    new_generation()
