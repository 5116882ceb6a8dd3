"""The benchmark commands: the scale seed tops up to its count, and the benchmark reports its percentiles."""

from io import StringIO

import pytest
from django.core.management import call_command

from gazette.lookup import Lookup
from gazette.models import LegalDocument

pytestmark = pytest.mark.django_db


def test_scale_seed_and_benchmark(gazette):
    call_command("seed_gazette_scale", count=60, stdout=StringIO())
    assert LegalDocument.objects.published().count() == 60
    call_command("seed_gazette_scale", count=60, stdout=StringIO())
    assert LegalDocument.objects.count() == 60  # topped up already: nothing more
    document = LegalDocument.objects.order_by("pk").first()
    assert document.fields.count() == 1
    assert [d.pk for d in Lookup({"q": document.number.lower()}).results()] == [document.pk]
    out = StringIO()
    call_command("bench_gazette", runs=3, stdout=out)
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines[1:]] == ["number", "words", "filters"]
    assert all("p95" in line for line in lines[1:])
