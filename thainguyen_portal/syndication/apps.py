from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SyndicationConfig(AppConfig):
    name = "thainguyen_portal.syndication"
    label = "syndication"
    verbose_name = _("Syndication")

    def ready(self):
        from . import signals

        signals.connect()
