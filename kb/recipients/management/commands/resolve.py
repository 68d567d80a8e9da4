"""python manage.py resolve URL [URL ...] [--json] — which recipient each URL belongs to."""

import json

from django.core.management.base import BaseCommand, CommandError

from kb.recipients.resolve import HostIndex, InvalidUrl


class Command(BaseCommand):
    help = "Resolve URLs to recipients by their real hostname (longest suffix match)."

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("urls", nargs="+")
        parser.add_argument("--json", action="store_true", help="Print a JSON list.")

    def handle(self, *args, urls: list[str], json: bool, **options) -> None:  # noqa: A002
        index = HostIndex()
        rows, errors = [], []
        for url in urls:
            try:
                resolution = index.resolve(url)
            except InvalidUrl as error:
                errors.append(f"{url}: {error}")
                rows.append({"url": url, "recipient": None, "name": None, "error": str(error)})
                continue
            platform = resolution.platform
            rows.append({"url": url, "recipient": platform.slug if platform else None,
                         "name": platform.name if platform else None})
        if json:
            self.stdout.write(_dumps(rows))
        else:
            for row in rows:
                self.stdout.write(f"{row['url']}\t{row['recipient'] or '(unknown host)'}")
        if errors:
            for error in errors:
                self.stderr.write(error)
            raise CommandError(f"{len(errors)} invalid URL(s).", returncode=2)


def _dumps(rows: list) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)
