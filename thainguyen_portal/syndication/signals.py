"""Publishing a page its editors marked for sharing queues its social network posts."""

from wagtail.signals import page_published


def on_page_published(sender, instance, revision=None, **kwargs):
    from .models import SocialShare
    from .social import queue_posts

    if SocialShare.objects.filter(page_id=instance.pk, enabled=True).exists():
        user = getattr(revision, "user", None) if revision is not None else None
        queue_posts(instance, user=user)


def connect():
    page_published.connect(on_page_published, dispatch_uid="syndication-social-on-publish")
