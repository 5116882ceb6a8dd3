from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """Drafts open for public comment (lấy ý kiến dự thảo văn bản): a package of the gazette area with an app of its
    own."""

    name = "gazette.consultations"
    label = "consultations"
    verbose_name = _("Public consultations")

    def ready(self):
        from . import signals  # noqa: F401
