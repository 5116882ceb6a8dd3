"""A published comment appears on its consultation page, and in the consultations' counts, at once.

The page cache keeps ``/cong-bao/...`` under the gazette's area generation (core/publishing/pagecache.py): when a
comment is published, unpublished or deleted after publication, the area moves and the page's URL is purged from nginx
or the CDN, after the commit. A new pending comment changes nothing readers see, so a flood of comments never empties
the gazette's cache.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from thainguyen_portal.core.publishing import pagecache

from .models import CommentStatus, ConsultationComment, ConsultationPage


def renew_page(page_id):
    page = ConsultationPage.objects.filter(pk=page_id).only("id", "url_path", "depth", "path", "locale_id").first()
    if page is None:
        return
    parts = page.get_url_parts()
    if not parts:
        return
    _site_id, root_url, path = parts
    index_path = path.rstrip("/").rsplit("/", 1)[0] + "/"
    pagecache.renew_after_commit(
        pagecache.names_for_page(path), [root_url + path, root_url + index_path, root_url + index_path + "rss/"]
    )


def _shown(status):
    return status == CommentStatus.APPROVED


@receiver(post_save, sender=ConsultationComment)
def comment_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_loaded_status", None)
    if _shown(instance.status) or _shown(before):
        renew_page(instance.page_id)
    instance._loaded_status = instance.status


@receiver(post_delete, sender=ConsultationComment)
def comment_deleted(sender, instance, **kwargs):
    if _shown(getattr(instance, "_loaded_status", instance.status)):
        renew_page(instance.page_id)
