from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TravietpubConfig(AppConfig):
    name = "travietpub"
    verbose_name = _("Trà Việt magazine")

    def ready(self):
        from . import signals

        signals.connect()
