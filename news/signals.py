"""Keep the cached home-page slots current: any change to an article starts a new cache generation.

The generation is one of the page cache's (core/publishing/pagecache.py), moved after the change's transaction commits
and before the home page's own: a reader served in between would otherwise build the slots from the old rows and keep
them under the new generation for the slots' ten minutes (a workflow approval or a bulk action runs in one
transaction).
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import post_page_move

from thainguyen_portal.core.publishing import slots

from .models import ArticlePage

GENERATION = "news:slots"


def new_generation(**kwargs):
    slots.renew(GENERATION)


def _is_article(instance):
    if isinstance(instance, ArticlePage):
        return True
    # A bulk action unpublishes (saves) the generic Page of each article, sent with sender=Page.
    return isinstance(instance, Page) and issubclass(instance.specific_class or Page, ArticlePage)


@receiver(post_save)
@receiver(post_delete)
def article_changed(sender, instance, **kwargs):
    """Publishing, unpublishing, scheduled publishing and edits all save the page."""
    if _is_article(instance):
        new_generation()


@receiver(post_page_move)
def page_moved(sender, **kwargs):
    new_generation()
