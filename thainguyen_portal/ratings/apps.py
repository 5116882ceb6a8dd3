from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RatingsConfig(AppConfig):
    name = "thainguyen_portal.ratings"
    label = "ratings"
    verbose_name = _("Reader ratings")
    default_auto_field = "django.db.models.BigAutoField"
