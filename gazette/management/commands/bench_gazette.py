"""manage.py bench_gazette [--runs 200] [--seed-missing]: p50 and p95 of the lookup (number, words, filters).

Each lookup does what the lookup page does for its data, in one process: the facet counts and the total, and the
first page of results with their fields. The facet cache is left out (every lookup is counted cold); a last line
measures the second page of word lookups, whose counts the first page left in the cache, as the site serves them.
Run it on PostgreSQL (the issue's goal: p95 <= 100 ms at 20,000 documents); `--seed-missing` first tops the
published documents up to 20,000 with `seed_gazette_scale` (`make bench-gazette` does both).
"""

import os
import random
import statistics
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from gazette.lookup import Lookup
from gazette.models import DocumentType, ForceStatus, IssuingBody, LegalDocument, LegalField

PAGE = 20
SCALE = 20_000
CACHE_PATH = "/cong-bao/tra-cuu/"


def run_lookup(params, cache_path=None, page=1):
    lookup = Lookup(params, cache_path=cache_path)
    lookup.page(page, PAGE)
    lookup.facets()
    return lookup


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def backend_cpu_seconds():
    """A function giving the CPU seconds used so far by this connection's PostgreSQL backend, when it runs on
    this machine (read from /proc, in clock ticks: only sums over many lookups are meaningful); else None."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        path = f"/proc/{cursor.fetchone()[0]}/stat"
    if not os.access(path, os.R_OK):
        return None
    ticks = os.sysconf("SC_CLK_TCK")

    def read():
        with open(path) as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime

    return read


def load_average():
    try:
        return "load average " + " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "load average unknown"


class Command(BaseCommand):
    help = "Measure the gazette lookup: p50/p95 of number, word and filter lookups."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=200, help="lookups of each kind")
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument(
            "--seed-missing", action="store_true", help="top the documents up to --scale first (seed_gazette_scale)"
        )
        parser.add_argument("--scale", type=int, default=SCALE, help=f"documents for --seed-missing ({SCALE:,})")

    def handle(self, *args, runs, seed, seed_missing, scale, **options):
        if seed_missing and LegalDocument.objects.published().count() < scale:
            call_command("seed_gazette_scale", count=scale, stdout=self.stdout)
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

        database_cpu = backend_cpu_seconds()

        def report(name, timings, python_cpu, db_cpu):
            work = f"   CPU/lookup: python {python_cpu / len(timings) * 1000:5.1f} ms"
            if db_cpu is not None:
                work += f" + database {db_cpu / len(timings) * 1000:5.1f} ms"
            self.stdout.write(
                f"{name:8s} p50 {percentile(timings, 0.5):7.1f} ms   p95 {percentile(timings, 0.95):7.1f} ms   "
                f"max {max(timings):7.1f} ms   mean {statistics.mean(timings):7.1f} ms{work}"
            )

        def cpu_now():
            return time.process_time(), database_cpu() if database_cpu else None

        def cpu_since(before):
            python, database = cpu_now()
            return python - before[0], (database - before[1]) if database is not None else None

        self.stdout.write(
            f"{total} published documents on {connection.vendor}; {runs} lookups of each kind; {load_average()}"
        )
        if connection.vendor != "postgresql":
            self.stderr.write("Not PostgreSQL: set DATABASE_URL for the figures the issue asks for.")
        word_params = []
        for name, make in (("number", number_query), ("words", words_query), ("filters", filter_query)):
            run_lookup(make())  # warm up
            timings = []
            queries = [make() for _ in range(runs)]
            if name == "words":
                word_params = queries
            cpu = cpu_now()
            for params in queries:
                start = time.perf_counter()
                run_lookup(params)
                timings.append((time.perf_counter() - start) * 1000)
            report(name, timings, *cpu_since(cpu))
        # The same word lookups as the site serves them: page 1 leaves its counts in the cache, page 2 is timed.
        timings = []
        python_cpu = database_cpu_used = 0
        for params in word_params:
            run_lookup(params, cache_path=CACHE_PATH)
            cpu = cpu_now()
            start = time.perf_counter()
            run_lookup(params, cache_path=CACHE_PATH, page=2)
            timings.append((time.perf_counter() - start) * 1000)
            python, database = cpu_since(cpu)
            python_cpu += python
            database_cpu_used = None if database is None else database_cpu_used + database
        report("words-p2", timings, python_cpu, database_cpu_used)
        self.stdout.write(
            "(words-p2: the second page of the same word lookups, their counts from the cache. CPU/lookup: the "
            "work done, which the load of a shared machine does not inflate; the database's is read in clock ticks.)"
        )
        self.stdout.write(f"{load_average()} at the end")
