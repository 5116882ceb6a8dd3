"""List English pages whose Vietnamese source uses a glossary term while their text lacks its rendering."""

from django.core.management.base import BaseCommand

from thainguyen_portal.translation.reports import glossary_problems


class Command(BaseCommand):
    help = (
        "List English pages whose source uses a glossary term but whose English text does not use the glossary's "
        "rendering. Exits with status 1 when there are any (for CI or cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Only the exit status and the count.")

    def handle(self, *args, quiet=False, **options):
        problems = glossary_problems()
        if not quiet:
            for problem in problems:
                self.stdout.write(f"{problem.page.url_path}  (#{problem.page.pk}) {problem.page.title}")
                for finding in problem.findings:
                    self.stdout.write(f"    {finding.term.source_term} → expected “{finding.term.english}”")
        summary = f"{len(problems)} English page(s) with a non-glossary rendering."
        if problems:
            self.stderr.write(summary)
            raise SystemExit(1)
        self.stdout.write(self.style.SUCCESS(summary))
