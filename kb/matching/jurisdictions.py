"""Which jurisdictions an incident involves, each with its parents and the reason it is involved."""

from dataclasses import dataclass, field

from kb.laws.models import Jurisdiction

# Used only when a member state has no record of its own yet, so an EU person still gets EU law.
EU_MEMBERS = frozenset(
    "at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se".split()
)


@dataclass
class Involvement:
    code: str
    name: str
    known: bool  # there is a published record for it
    reasons: list[str] = field(default_factory=list)
    scopes: set[str] = field(default_factory=set)  # "person", "uploader", "platform:<slug>"


class JurisdictionMap:
    """All published jurisdictions in one query; parents resolved in memory."""

    def __init__(self) -> None:
        rows = Jurisdiction.objects.published().values_list("code", "name", "parent__code")
        self.names = {code: name for code, name, _ in rows}
        self.parents = {code: parent for code, _, parent in rows}

    def name(self, code: str) -> str:
        return self.names.get(code, code.upper())

    def parent_of(self, code: str) -> str | None:
        if code in self.parents:
            return self.parents[code]
        if "-" in code:
            return code.split("-", 1)[0]
        return "eu" if code in EU_MEMBERS else None

    def chain(self, code: str) -> list[str]:
        out: list[str] = []
        while code and code not in out:
            out.append(code)
            code = self.parent_of(code)
        return out


def involved(jmap: JurisdictionMap, roles: list[tuple[str, str, str]]) -> dict[str, Involvement]:
    """roles: (code, role such as 'where you live', scope key); returns code -> Involvement."""
    result: dict[str, Involvement] = {}
    for code, role, scope in roles:
        base = jmap.name(code)
        for position, member in enumerate(jmap.chain(code)):
            entry = result.setdefault(member, Involvement(member, jmap.name(member), member in jmap.names))
            reason = (f"{base} is {role}" if position == 0 else f"{base} ({role}) is part of {entry.name}")
            if reason not in entry.reasons:
                entry.reasons.append(reason)
            entry.scopes.add(scope)
    return result
