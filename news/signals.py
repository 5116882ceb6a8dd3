"""Keep the cached home-page slots current: any change to an article starts a new cache generation."""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

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


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete)
def article_changed(sender, **kwargs):
    if issubclass(sender, ArticlePage):
        new_generation()


@receiver(post_page_move)
def page_moved(sender, **kwargs):
    new_generation()
