from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "thainguyen_portal.core"
    label = "core"
    verbose_name = _("Portal core")

    def ready(self):
        from .publishing import signals

        signals.connect()

        # The full-text layer (core/fulltext/): pages and the areas' registered sources re-indexed on save; the
        # query dictionary (synonyms, former place names) dropped from the cache when one of them changes.
        from django.db.models.signals import post_delete, post_save

        from .fulltext import indexing, query
        from .models import PlaceName, SynonymGroup

        indexing.connect_signals()
        from django.db.models.signals import post_migrate

        post_migrate.connect(fill_empty_index, sender=self, dispatch_uid="fulltext-fill-after-migrate")
        for model in (SynonymGroup, PlaceName):
            post_save.connect(
                query.clear_dictionary, sender=model, dispatch_uid=f"fulltext-dictionary-{model.__name__}"
            )
            post_delete.connect(
                query.clear_dictionary, sender=model, dispatch_uid=f"fulltext-dictionary-del-{model.__name__}"
            )

        # New image originals lose their EXIF (GPS) before they are stored (core/intake/uploads.py).
        from django.db.models.signals import pre_save
        from wagtail.images import get_image_model

        from .intake.uploads import strip_image_metadata

        pre_save.connect(strip_image_metadata, sender=get_image_model(), dispatch_uid="portal-strip-image-metadata")

        # Documents keep their file's size, however they are saved (core/intake/uploads.py).
        from wagtail.documents import get_document_model

        from .intake.uploads import store_document_file_metadata

        pre_save.connect(
            store_document_file_metadata, sender=get_document_model(), dispatch_uid="portal-document-file-metadata"
        )

        # Admin sessions end SESSION_COOKIE_AGE after signing in, whatever the activity (core/security/otp.py).
        from django.contrib.auth.signals import user_logged_in

        from .security.otp import mark_sign_in

        user_logged_in.connect(mark_sign_in, dispatch_uid="portal-session-absolute-limit")


def fill_empty_index(sender, using="default", **kwargs):
    """After ``migrate``: an empty full-text index beside live pages (the upgrade that introduced it, a restore
    without it) is rebuilt at once, so the search never answers nothing by mistake."""
    from wagtail.models import Page

    from .fulltext.indexing import rebuild
    from .models import TextEntry

    if TextEntry.objects.using(using).exists():
        return
    if not Page.objects.using(using).filter(depth__gt=2, live=True).exists():
        return
    rebuild()
