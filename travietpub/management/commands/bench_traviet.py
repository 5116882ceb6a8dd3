"""manage.py bench_traviet [--pages 40] [--runs 3]: how long the importer takes for one issue of N pages.

It generates an issue PDF with Vietnamese text on every page, imports it (as a draft) into a temporary
magazine index with media written to a temporary folder, and rolls everything back: the database and the
media folder are left as they were. Prints the time of each run and the median.
"""

import statistics
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page

from travietpub.importer import TravietImporter
from travietpub.models import MagazineIndexPage
from travietpub.pdfgen import make_issue_pdf


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Measure how long import_traviet takes for one issue of --pages pages (nothing is kept)."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=40)
        parser.add_argument("--runs", type=int, default=3)

    def handle(self, pages=40, runs=3, **options):
        home = Page.objects.filter(depth=2).order_by("path").first()
        if home is None:
            raise CommandError("No home page: run migrate and seed_demo first.")
        paragraph = (
            "Những đồi chè Tân Cương, La Bằng, Trại Cài trổ búp non xanh mướt; người làm chè sao chè bằng chảo "
            "gang trên bếp củi, đảo đều tay cho đến khi cánh chè xoăn như móc câu và dậy mùi cốm non."
        )
        content = [(f"Trang {n}: hương chè Thái Nguyên", [paragraph] * 6) for n in range(2, pages + 1)]
        timings = []
        with tempfile.TemporaryDirectory(prefix="traviet-bench-") as folder:
            folder = Path(folder)
            make_issue_pdf(folder / "so-99.pdf", title="Số đo thời gian", number=99, date_label="2026", pages=content)
            (folder / "manifest.csv").write_text(
                "number,date,title,file,articles\n99,2026-01,Số đo thời gian,so-99.pdf,Bài mở đầu | Ban biên tập | 2-5\n",
                encoding="utf-8",
            )
            for run in range(1, runs + 1):
                with override_settings(MEDIA_ROOT=str(folder / f"media-{run}")):
                    try:
                        with transaction.atomic():
                            index = home.add_child(instance=MagazineIndexPage(title="Bench", slug=f"bench-{run}-tv"))
                            started = time.perf_counter()
                            report = TravietImporter(folder, index).run()
                            elapsed = time.perf_counter() - started
                            if report.of("failed"):
                                raise CommandError(report.of("failed")[0].detail)
                            raise Rollback
                    except Rollback:
                        pass
                timings.append(elapsed)
                self.stdout.write(f"run {run}: {pages} pages imported in {elapsed:.2f} s")
        self.stdout.write(
            f"median: {statistics.median(timings):.2f} s for a {pages}-page issue "
            f"({statistics.median(timings) / pages * 1000:.0f} ms a page)"
        )
