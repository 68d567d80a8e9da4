"""python manage.py exportkb [--out DIR] — write the published database back as fixture files."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from kb.fixtures_io.exporter import export_fixtures


class Command(BaseCommand):
    help = "Write published jurisdictions and platforms as canonical fixture files."

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("--out", default=None, help="Directory to write to (default: the fixtures directory).")

    def handle(self, *args, out: str | None, **options) -> None:
        out_dir = Path(out) if out else Path(settings.FIXTURES_DIR)
        written = export_fixtures(out_dir=out_dir)
        self.stdout.write(
            f"Wrote {written['jurisdictions']} jurisdiction file(s) and {written['platforms']} platform "
            f"file(s) to {out_dir}."
        )
