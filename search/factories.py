"""Factories for the search app's tests (pages get their entries by being saved; these are for the rest)."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from thainguyen_portal.core.fulltext.indexing import add_to_vocabulary, entry_values
from thainguyen_portal.core.models import TextEntry

from .models import QueryStat

# What says which object an entry is; everything else is what a source hands over (core/fulltext/indexing.py).
_IDENTITY = ("source", "object_key", "object_id", "page")


class TextEntryFactory(DjangoModelFactory):
    """An entry of the full-text index as a ``portal_search_sources`` object would make it (no page): its folded
    columns (and on PostgreSQL its vector) come from ``entry_values``, and its words go into the vocabulary, as
    ``indexing._write`` does for a saved object, so queries read it into the same phrases."""

    class Meta:
        model = TextEntry

    source = "bench"
    object_key = factory.Sequence(str)
    object_id = None
    page = None
    kind = "gazette"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="vi"))
    title = factory.Sequence(lambda n: f"Quyết định số {n}/QĐ-UBND")
    body = "Về việc phê duyệt quy hoạch vùng chè Tân Cương."
    url = "/cong-bao/"
    date = factory.LazyFunction(timezone.now)
    path = ""
    keys = ()  # identifiers, as a source gives them ("68/2026/QĐ-UBND"); kept normalised

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        identity = {name: kwargs.pop(name) for name in _IDENTITY}
        locale = kwargs.pop("locale")
        values = entry_values({**kwargs, "locale_id": locale.pk, "language": locale.language_code})
        entry = model_class.objects.create(**identity, **values)
        add_to_vocabulary(values)
        return entry


class QueryStatFactory(DjangoModelFactory):
    class Meta:
        model = QueryStat

    query = factory.Sequence(lambda n: f"chè tân cương {n}")
    hits = 1
    zero_hits = 0
    last_seen = factory.LazyFunction(timezone.now)
