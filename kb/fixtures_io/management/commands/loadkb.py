"""python manage.py loadkb [PATH ...] — validate all fixture files, then load them in one transaction."""

from django.core.management.base import BaseCommand, CommandError

from kb.fixtures_io.discovery import discover
from kb.fixtures_io.loader import InvalidFixtures, load_fixtures


class Command(BaseCommand):
    help = "Validate fixture files (all of them, before writing anything) and load them into the database."

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("paths", nargs="*", help="Files or directories (default: the fixtures directory).")

    def handle(self, *args, paths: list[str], **options) -> None:
        files = discover(paths)
        if not files:
            raise CommandError("No fixture files found.")
        try:
            report = load_fixtures(files=files)
        except InvalidFixtures as invalid:
            for problem in invalid.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(invalid.problems)} problem(s) found; nothing was loaded."
            ) from None
        self.stdout.write(report.summary())
