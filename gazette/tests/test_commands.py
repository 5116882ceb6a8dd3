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
    timed = [line for line in lines if " p95 " in line]
    assert [line.split()[0] for line in timed] == ["number", "words", "filters", "words-p2"]
    assert "load average" in lines[0] and "load average" in lines[-1]


def test_benchmark_seeds_what_is_missing(gazette):
    """On a fresh clone `make bench-gazette` seeds the scale documents itself (here a small scale)."""
    out = StringIO()
    call_command("bench_gazette", runs=2, seed_missing=True, scale=40, stdout=out)
    assert LegalDocument.objects.published().count() == 40
    assert "40 published documents" in out.getvalue()
