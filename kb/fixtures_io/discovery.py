"""Finding fixture files and naming them the way error messages should."""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

JURISDICTION = "jurisdiction"
PLATFORM = "platform"


@dataclass(frozen=True)
class FixtureFile:
    path: Path
    kind: str  # JURISDICTION or PLATFORM

    @property
    def display(self) -> str:
        """The path as a person would type it: relative to the project when inside it."""
        try:
            return str(self.path.resolve().relative_to(Path(settings.BASE_DIR).resolve()))
        except ValueError:
            return str(self.path)


def _kind_of(path: Path) -> str:
    return PLATFORM if path.parent.name == "platforms" else JURISDICTION


def discover(paths: list[str | Path] | None = None) -> list[FixtureFile]:
    """Files named on the command line, or every fixture below the given (or default) directories."""
    roots = [Path(p) for p in paths] if paths else [Path(settings.FIXTURES_DIR)]
    found: list[FixtureFile] = []
    for root in roots:
        if root.is_dir():
            subdirs = [root / "jurisdictions", root / "platforms"]
            if any(d.is_dir() for d in subdirs):
                files = [f for d in subdirs if d.is_dir() for f in sorted(d.glob("*.yaml"))]
            else:
                files = sorted(root.glob("*.yaml"))
            found.extend(FixtureFile(f, _kind_of(f)) for f in files)
        else:
            found.append(FixtureFile(root, _kind_of(root)))
    return found
