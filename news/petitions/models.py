"""Petitions (phản ánh, kiến nghị): the agencies that handle them, the published petitions and their answers.

The petitions page lives under the news index (news/models.py); readers' submissions through the public form and
their private attachments are in submissions.py (imported at the end, so Django registers them with this app).
The tables kept the names they had when the models were the news app's (`news_agency`, `news_petitionpage`...):
migrations/0001_initial.py took the models over without touching the database.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from news.localization import in_locale, translations
from news.models import PAGE_SIZE
from thainguyen_portal.core.models import BasePage, IntroPage
from thainguyen_portal.core.pages.filters import QueryFilterForm
from thainguyen_portal.core.publishing.frame import public

from .routes import PetitionRoutesMixin


class Agency(TranslatableMixin, models.Model):
    """An agency that handles citizens' petitions (a department, a commune People's Committee...)."""

    name = models.CharField(_("name"), max_length=300)

    panels = [FieldPanel("name")]

    translatable_fields = [TranslatableField("name")]

    class Meta(TranslatableMixin.Meta):
        db_table = "news_agency"
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PetitionField(models.TextChoices):
    LAND = "land", _("Land and environment")
    TRANSPORT = "transport", _("Transport and construction")
    ADMINISTRATION = "administration", _("Administrative procedures")
    HEALTH = "health", _("Health and education")
    BUSINESS = "business", _("Business and investment")
    OTHER = "other", _("Other")


class PetitionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    FORWARDED = "forwarded", _("Forwarded")
    ANSWERED = "answered", _("Answered")


class PetitionFilters(QueryFilterForm):
    """The listing's filters from the query string: a value that is not one is dropped with a message."""

    status = forms.ChoiceField(
        required=False,
        choices=PetitionStatus.choices,
        error_messages={"invalid_choice": _("Unknown status: showing every status.")},
    )
    field = forms.ChoiceField(
        required=False,
        choices=PetitionField.choices,
        error_messages={"invalid_choice": _("Unknown field: showing every field.")},
    )
    agency = forms.Field(required=False)  # an agency's id, as typed (no stripping, no other check)

    def clean_agency(self):
        agency = self.cleaned_data["agency"]
        if not agency:
            return ""
        if not (agency.isdigit() and len(agency) < 10):
            raise ValidationError(_("Unknown agency: showing every agency."))
        return int(agency)


class PublicSenderMixin:
    """The sender as the public may see them: their name when they agreed to show it, else their kind."""

    @property
    def public_sender(self):
        if self.show_sender_name and self.sender_name:
            return self.sender_name
        return self.get_sender_kind_display()


class PetitionIndexPage(PetitionRoutesMixin, IntroPage):
    """Phản ánh – Kiến nghị: the published petitions and their answers, filterable."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = ["petitions.PetitionPage"]

    class Meta:
        db_table = "news_petitionindexpage"
        verbose_name = _("petitions page")
        verbose_name_plural = _("petitions pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        petitions = (
            public(PetitionPage.objects.child_of(self).live(), request)
            .select_related("agency")
            .only(
                "id",
                "title",
                "url_path",
                "depth",
                "path",
                "locale_id",
                "received_date",
                "status",
                "field",
                "agency__name",
                "agency__locale",
                "agency__translation_key",
                "sender_kind",
            )
            .order_by("-received_date", "-pk")
        )
        form = PetitionFilters(request.GET)
        filters = form.filters
        petitions = petitions.filter(**filters)
        context["filters"] = filters
        context["filter_errors"] = form.problems
        context["statuses"] = PetitionStatus.choices
        context["fields"] = PetitionField.choices
        context["agencies"] = in_locale(Agency.objects.all(), self.locale_id)
        page_obj = Paginator(petitions, PAGE_SIZE).get_page(request.GET.get("page"))
        # The agencies in the page's language (no query on Vietnamese pages).
        agencies = translations([petition.agency for petition in page_obj], self.locale_id)
        for petition in page_obj:
            petition.agency_shown = agencies.get(petition.agency_id)
        context["page_obj"] = page_obj
        return context


class PetitionPage(PublicSenderMixin, BasePage):
    """A published petition (phản ánh, kiến nghị) and the answer of the agency responsible."""

    class SenderKind(models.TextChoices):
        CITIZEN = "citizen", _("Citizen")
        BUSINESS = "business", _("Business")

    sender_kind = models.CharField(_("sender"), max_length=20, choices=SenderKind.choices, default=SenderKind.CITIZEN)
    sender_name = models.CharField(_("sender's name"), max_length=200, blank=True)
    show_sender_name = models.BooleanField(
        _("show the sender's name"), default=False, help_text=_("Only when the sender agreed to it.")
    )
    received_date = models.DateField(_("received"), default=datetime.date.today)
    field = models.CharField(_("field"), max_length=20, choices=PetitionField.choices, default=PetitionField.OTHER)
    content = models.TextField(_("content"))
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency responsible"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="petitions",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=PetitionStatus.choices, default=PetitionStatus.RECEIVED
    )
    answer = RichTextField(_("answer"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    answer_date = models.DateField(_("answer date"), null=True, blank=True)
    answering_agency = models.ForeignKey(
        Agency,
        verbose_name=_("answering agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answered_petitions",
    )
    reply_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("reply document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("sender_kind"), FieldPanel("sender_name"), FieldPanel("show_sender_name")],
            heading=_("Sender"),
        ),
        FieldPanel("received_date"),
        FieldPanel("field"),
        FieldPanel("content"),
        FieldPanel("agency"),
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("answer"),
                FieldPanel("answer_date"),
                FieldPanel("answering_agency"),
                FieldPanel("reply_document"),
            ],
            heading=_("Answer"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("content"),
        index.SearchField("answer"),
        index.FilterField("status"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("content"),
        TranslatableField("answer"),
        SynchronizedField("sender_kind"),
        SynchronizedField("sender_name"),
        SynchronizedField("show_sender_name"),
        SynchronizedField("received_date"),
        SynchronizedField("field"),
        SynchronizedField("agency"),
        SynchronizedField("status"),
        SynchronizedField("answer_date"),
        SynchronizedField("answering_agency"),
        SynchronizedField("reply_document"),
    ]

    parent_page_types = ["petitions.PetitionIndexPage"]
    subpage_types = []

    class Meta:
        db_table = "news_petitionpage"
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")

    def clean(self):
        super().clean()
        if self.status == PetitionStatus.ANSWERED and not self.answer:
            raise ValidationError({"answer": _("An answered petition shows its answer.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shown = translations([self.agency, self.answering_agency], self.locale_id)
        context["agency"] = shown.get(self.agency_id)
        context["answering_agency"] = shown.get(self.answering_agency_id)
        return context

    def structured_data(self, request, context):
        """A web page (the petition and its answer), dated as the page shows it."""
        from thainguyen_portal.core.metadata.structured_data import creative_work

        date = self.search_date()
        return creative_work(request, self, "WebPage", dateModified=date.isoformat() if date else None)

    def search_date(self):
        """The answer's date once answered, else the day the petition was received (both shown on the page)."""
        if self.status == PetitionStatus.ANSWERED and self.answer_date:
            return self.answer_date
        return self.received_date

    def get_meta_description(self):
        return self.search_description or self.content[:200]


# Readers' submissions (the public form) and their attachments: submissions.py.
from .submissions import PetitionAttachment, PetitionSubmission  # noqa: E402, F401
