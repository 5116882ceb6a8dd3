from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MultimediaConfig(AppConfig):
    name = "multimedia"
    verbose_name = _("Multimedia")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_unpublished

        from .models import MULTIMEDIA_MODELS, MultimediaIndexPage
        from .wagtail_hooks import forget_home_slot

        for model in [*MULTIMEDIA_MODELS, MultimediaIndexPage]:
            for signal in (page_published, page_unpublished, post_delete):
                signal.connect(forget_home_slot, sender=model, dispatch_uid=f"multimedia-home-slot-{signal}-{model}")
