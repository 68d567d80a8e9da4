"""python manage.py coverage [--today YYYY-MM-DD] [--out PATH] — regenerate docs/coverage.md."""

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from kb.laws.coverage import render_coverage


class Command(BaseCommand):
    help = "Write docs/coverage.md from the fixture files."

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("--today", default=None, help="Judge 'in force' on this date (default: today).")
        parser.add_argument("--out", default=None, help="Where to write (default: docs/coverage.md).")

    def handle(self, *args, today: str | None, out: str | None, **options) -> None:
        day = dt.date.fromisoformat(today) if today else dt.date.today()
        path = Path(out) if out else Path(settings.BASE_DIR) / "docs" / "coverage.md"
        path.write_text(render_coverage(day), encoding="utf-8")
        self.stdout.write(f"Wrote {path}.")
