"""Reading an incident file for the commands: JSON in, Incident out, errors as exit code 2."""

import json
from pathlib import Path

from django.core.management.base import CommandError

from kb.matching.incident import Incident, InvalidIncident, parse_incident


def read_incident_file(path: str, *, require_items: bool) -> Incident:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file", returncode=2) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise CommandError(f"{path}: not valid JSON ({error})", returncode=2) from None
    try:
        return parse_incident(data, require_items=require_items)
    except InvalidIncident as invalid:
        raise CommandError("\n".join(invalid.problems), returncode=2) from None
