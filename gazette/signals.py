"""Keep each document's ``is_published`` in step with the issues holding it, the home slot's cached index URL
in step with the index page, and the lookup's cached facet counts in step with the documents (generations.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from thainguyen_portal.core.publishing import pagecache

from .generations import HOME_SLOT_GENERATION, bump_gazette_areas_on_commit
from .models import DocumentAppearance, DocumentCitation, GazetteIndexPage, GazetteIssuePage, LegalDocument

INDEX_URL_CACHE_SECONDS = 600
# The Vietnamese gazette's URL, where the documents cited by a page of a language without its gazette are.
VIETNAMESE_INDEX_URL_CACHE_KEY = "gazette:index-url:vi"


def index_url_cache_key(home_page_id):
    return f"gazette:index-url:{home_page_id}"


@receiver(page_published, sender=GazetteIndexPage)
@receiver(page_unpublished, sender=GazetteIndexPage)
@receiver(page_slug_changed, sender=GazetteIndexPage)
@receiver(post_page_move, sender=GazetteIndexPage)
@receiver(post_delete, sender=GazetteIndexPage)
def index_changed(sender, **kwargs):
    # Few home pages (one per language): clear every entry, after the commit. The entries also expire on their own.
    home_ids = Page.objects.filter(depth=2).values_list("pk", flat=True)
    forget = [index_url_cache_key(home_id) for home_id in home_ids] + [VIETNAMESE_INDEX_URL_CACHE_KEY]
    pagecache.renew_after_commit(data=[HOME_SLOT_GENERATION], forget=forget)


def refresh_documents_of(issue_id):
    for document in LegalDocument.objects.filter(appearances__issue_id=issue_id).distinct():
        document.recompute_published()


@receiver(page_published, sender=GazetteIssuePage)
@receiver(page_unpublished, sender=GazetteIssuePage)
def issue_published_or_unpublished(sender, instance, **kwargs):
    refresh_documents_of(instance.pk)
    bump_gazette_areas_on_commit()


@receiver(post_save, sender=LegalDocument)
@receiver(post_delete, sender=LegalDocument)
def document_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        bump_gazette_areas_on_commit()


@receiver(post_delete, sender=DocumentAppearance)
def appearance_deleted(sender, instance, **kwargs):
    document = LegalDocument.objects.filter(pk=instance.document_id).first()
    if document is not None:
        document.recompute_published()
    bump_gazette_areas_on_commit()


# A document's page lists the articles citing it: its cached copies renew when a citation is saved or deleted (an
# article published, changed or deleted) and when a citing page is unpublished.
@receiver(post_save, sender=DocumentCitation)
@receiver(post_delete, sender=DocumentCitation)
def citation_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        bump_gazette_areas_on_commit()


@receiver(page_unpublished)
def citing_page_unpublished(sender, instance, **kwargs):
    if DocumentCitation.objects.filter(page_id=instance.pk).exists():
        bump_gazette_areas_on_commit()
