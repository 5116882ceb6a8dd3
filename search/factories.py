"""Factories for the search app's models (pages get their entries by being saved; these are for the rest)."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from .indexing import entry_values
from .models import QueryStat, SearchEntry


class SearchEntryFactory(DjangoModelFactory):
    """An entry as a ``portal_search_sources`` object would make it (no page); the folded columns are derived."""

    class Meta:
        model = SearchEntry

    source = "bench"
    object_key = factory.Sequence(str)
    kind = "gazette"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="vi"))
    title = factory.Sequence(lambda n: f"Quyết định số {n}/QĐ-UBND")
    body = "Về việc phê duyệt quy hoạch vùng chè Tân Cương."
    url = "/cong-bao/"
    date = factory.LazyFunction(timezone.now)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        values = entry_values({**kwargs, "locale_id": kwargs.pop("locale").pk})
        kwargs.update(values)
        kwargs.pop("locale_id")
        return model_class.objects.create(locale_id=values["locale_id"], **kwargs)


class QueryStatFactory(DjangoModelFactory):
    class Meta:
        model = QueryStat

    query = factory.Sequence(lambda n: f"chè tân cương {n}")
    hits = 1
    zero_hits = 0
    last_seen = factory.LazyFunction(timezone.now)
