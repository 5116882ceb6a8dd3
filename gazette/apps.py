from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GazetteConfig(AppConfig):
    name = "gazette"
    verbose_name = _("Electronic gazette")

    def ready(self):
        from . import signals  # noqa: F401  (connects the publication signal handlers)
