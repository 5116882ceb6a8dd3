"""manage.py bench_gazette [--runs 200]: p50 and p95 of the lookup (number, words, filters), in one process.

Each lookup does what the lookup page does for its data: the count, the first page of results with their fields,
and the six facet counts. Run it on PostgreSQL after `seed_gazette_scale` (the issue's goal: p95 <= 100 ms).
"""

import random
import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from gazette.lookup import Lookup
from gazette.models import DocumentType, ForceStatus, IssuingBody, LegalDocument, LegalField

PAGE = 20


def run_lookup(params):
    lookup = Lookup(params)
    results = lookup.results()
    results.count()
    list(results[:PAGE])
    lookup.facets()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Measure the gazette lookup: p50/p95 of number, word and filter lookups."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=200, help="lookups of each kind")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, runs, seed, **options):
        rng = random.Random(seed)
        total = LegalDocument.objects.published().count()
        if total == 0:
            raise CommandError("No published documents: run seed_gazette_scale first.")
        sample = list(LegalDocument.objects.published().order_by("?").values_list("number", "summary")[:runs])
        fields = list(LegalField.objects.values_list("slug", flat=True))

        def number_query():
            number = rng.choice(sample)[0]
            style = rng.randrange(3)
            if style == 1:
                return {"q": number.lower()}
            if style == 2:
                return {"q": number.replace("/", " ").replace("-", " ").replace("Đ", "D")}
            return {"q": number}

        def words_query():
            words = rng.choice(sample)[1].split()
            start = rng.randrange(max(1, len(words) - 2))
            return {"q": " ".join(words[start : start + rng.choice([1, 2, 3])])}

        def filter_query():
            params = {}
            for name, values in (
                ("type", DocumentType.values),
                ("body", IssuingBody.values),
                ("field", fields),
                ("status", ForceStatus.values),
                ("year", [str(y) for y in range(2000, 2027)]),
            ):
                if rng.random() < 0.4:
                    params[name] = rng.choice(values)
            if rng.random() < 0.3:
                params["on"] = f"{rng.randint(2005, 2026)}-{rng.randint(1, 12):02d}-15"
            return params or {"type": "quyet-dinh"}

        self.stdout.write(f"{total} published documents on {connection.vendor}; {runs} lookups of each kind")
        for name, make in (("number", number_query), ("words", words_query), ("filters", filter_query)):
            run_lookup(make())  # warm up
            timings = []
            for _ in range(runs):
                params = make()
                start = time.perf_counter()
                run_lookup(params)
                timings.append((time.perf_counter() - start) * 1000)
            self.stdout.write(
                f"{name:8s} p50 {percentile(timings, 0.5):7.1f} ms   p95 {percentile(timings, 0.95):7.1f} ms   "
                f"max {max(timings):7.1f} ms   mean {statistics.mean(timings):7.1f} ms"
            )
