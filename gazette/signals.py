"""Keep each document's ``is_published`` in step with the issues holding it."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import DocumentAppearance, GazetteIssuePage, LegalDocument


def refresh_documents_of(issue_id):
    for document in LegalDocument.objects.filter(appearances__issue_id=issue_id).distinct():
        document.recompute_published()


@receiver(page_published, sender=GazetteIssuePage)
@receiver(page_unpublished, sender=GazetteIssuePage)
def issue_published_or_unpublished(sender, instance, **kwargs):
    refresh_documents_of(instance.pk)


@receiver(post_delete, sender=DocumentAppearance)
def appearance_deleted(sender, instance, **kwargs):
    document = LegalDocument.objects.filter(pk=instance.document_id).first()
    if document is not None:
        document.recompute_published()
