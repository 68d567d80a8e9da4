"""What to do about a site Recourse does not know: curated steps (data/unknown_host.yaml), not code."""

from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data" / "unknown_host.yaml"


@cache
def unknown_host_steps() -> list[dict]:
    """[{text, sources: [{name, url}]}] in the order a person should try them."""
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))["steps"]
