from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PetitionsConfig(AppConfig):
    """Readers' petitions and the agencies' answers: a package of the news area with an app of its own."""

    name = "news.petitions"
    label = "petitions"
    verbose_name = _("Petitions")
