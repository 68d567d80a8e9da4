"""python manage.py checkkb [--database] — the knowledge base's data-quality report.

By default it checks the fixture files (what the repository holds); with --database, the published
data in the database. Errors make it exit non-zero; warnings (stale or unverified facts) do not.
"""

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from kb.fixtures_io.discovery import discover
from kb.fixtures_io.exporter import jurisdiction_documents, platform_documents
from kb.fixtures_io.quality import check_documents
from kb.fixtures_io.validation import validate_files


class Command(BaseCommand):
    help = "Report errors and warnings in the knowledge base; exit non-zero on errors only."

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("paths", nargs="*", help="Fixture files or directories (default: fixtures/).")
        parser.add_argument("--database", action="store_true", help="Check the published database instead.")
        parser.add_argument("--today", default=None, help="Date to judge staleness against (YYYY-MM-DD).")

    def handle(self, *args, paths: list[str], database: bool, today: str | None, **options) -> None:
        day = dt.date.fromisoformat(today) if today else dt.date.today()
        if database:
            problems = []
            jurisdictions = [(f"database:{d['code']}", d) for d in jurisdiction_documents()]
            platforms = [(f"database:{d['id']}", d) for d in platform_documents()]
        else:
            result = validate_files(discover(paths))
            problems = list(result.problems)
            jurisdictions = [(p.file.display, p.data) for p in result.jurisdictions]
            platforms = [(p.file.display, p.data) for p in result.platforms]
        problems += check_documents(
            jurisdictions, platforms, today=day, stale_after_days=settings.SOURCE_STALE_AFTER_DAYS
        )
        errors = [p for p in problems if p.severity == "error"]
        warnings = [p for p in problems if p.severity != "error"]
        for problem in errors:
            self.stdout.write(f"ERROR {problem}")
        for problem in warnings:
            self.stdout.write(f"WARNING {problem}")
        versions = sum(len(law["versions"]) for _, d in jurisdictions for law in d["laws"])
        laws = sum(len(d["laws"]) for _, d in jurisdictions)
        self.stdout.write(
            f"Checked {len(jurisdictions)} jurisdiction(s), {laws} law(s), {versions} version(s), "
            f"{len(platforms)} platform(s): {len(errors)} error(s), {len(warnings)} warning(s)."
        )
        if errors:
            raise CommandError(f"{len(errors)} error(s) in the knowledge base.")
