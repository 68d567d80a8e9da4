"""python manage.py match INCIDENT.json [--format json|text] — the laws that apply, and why."""

import json

from django.core.management.base import BaseCommand

from kb.matching.engine import match
from kb.matching.input import read_incident_file
from kb.matching.serialize import match_to_json, match_to_text


class Command(BaseCommand):
    help = "Match an incident against the published knowledge base (reads only; writes nothing)."

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("incident", help="Path to the incident JSON document.")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, incident: str, format: str, **options) -> None:  # noqa: A002
        result = match(read_incident_file(incident, require_items=False))
        if format == "json":
            self.stdout.write(json.dumps(match_to_json(result), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(match_to_text(result), ending="")
