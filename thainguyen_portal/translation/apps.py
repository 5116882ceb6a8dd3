from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "thainguyen_portal.translation"
    label = "translation"
    verbose_name = _("English edition")

    def ready(self):
        from . import signals

        signals.connect()
