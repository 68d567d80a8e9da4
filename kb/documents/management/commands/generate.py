"""python manage.py generate INCIDENT.json --out DIR [--formats pdf,html,txt] — letters and checklist."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kb.documents.bundle import FORMATS, build_bundle
from kb.matching.input import read_incident_file


class Command(BaseCommand):
    help = "Write removal letters, preservation requests and the checklist for an incident (stores nothing)."

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("incident", help="Path to the incident JSON document.")
        parser.add_argument("--out", required=True, help="Directory to write the documents to.")
        parser.add_argument("--formats", default=",".join(FORMATS), help="Comma-separated: pdf,html,txt.")

    def handle(self, *args, incident: str, out: str, formats: str, **options) -> None:
        wanted = tuple(f.strip() for f in formats.split(",") if f.strip())
        unknown = [f for f in wanted if f not in FORMATS]
        if unknown or not wanted:
            raise CommandError(f"--formats: choose from {', '.join(FORMATS)} (got {formats!r})", returncode=2)
        parsed = read_incident_file(incident, require_items=True)
        bundle = build_bundle(parsed, formats=wanted)
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in bundle.files.items():
            (folder / name).write_bytes(data)
        (folder / "manifest.json").write_text(json.dumps(bundle.manifest, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
        self.stdout.write(f"Wrote {len(bundle.manifest['documents'])} document(s) to {folder}.")
