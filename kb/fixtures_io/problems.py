"""A problem found in a fixture file, printed as `file: field path: problem`."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    path: str
    message: str
    severity: str = "error"  # "error" stops a load; "warning" is reported by checkkb only

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.message}" if self.path else f"{self.file}: {self.message}"


def format_path(parts: list) -> str:
    """['laws', 0, 'versions', 1, 'effective_to'] -> 'laws[0].versions[1].effective_to'."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
