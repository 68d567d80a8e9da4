"""Everything that makes a set of fixture files loadable, checked before anything is written.

Three passes: YAML syntax, the JSON Schema of each file, then the rules that span versions, files and
the database (dates in order, no overlapping versions, parents that exist, ids defined once).
"""

import datetime as dt
from dataclasses import dataclass, field

from kb.fixtures_io import schema, yaml_io
from kb.fixtures_io.discovery import JURISDICTION, PLATFORM, FixtureFile
from kb.fixtures_io.problems import Problem
from kb.laws.models import Jurisdiction, Law


@dataclass
class ParsedFile:
    file: FixtureFile
    data: dict


@dataclass
class ValidationResult:
    jurisdictions: list[ParsedFile] = field(default_factory=list)
    platforms: list[ParsedFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def validate_files(files: list[FixtureFile]) -> ValidationResult:
    result = ValidationResult()
    for fixture in files:
        parsed = _parse_and_check_schema(fixture, result.problems)
        if parsed is not None:
            (result.jurisdictions if fixture.kind == JURISDICTION else result.platforms).append(parsed)
    _check_jurisdictions(result.jurisdictions, result.problems)
    _check_platforms(result.platforms, result.problems)
    return result


def _parse_and_check_schema(fixture: FixtureFile, problems: list[Problem]) -> ParsedFile | None:
    try:
        text = fixture.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(fixture.display, "", f"cannot be read: {error}"))
        return None
    try:
        data = yaml_io.parse(text)
    except yaml_io.YamlSyntaxError as error:
        where = f"line {error.line}, column {error.column}" if error.line else ""
        problems.append(Problem(fixture.display, where, f"YAML syntax error: {error}"))
        return None
    found = schema.validate(data, kind=fixture.kind, display=fixture.display)
    problems.extend(found)
    if found:
        return None
    expected_stem = data["code"] if fixture.kind == JURISDICTION else data["id"]
    if fixture.path.stem != expected_stem:
        key = "code" if fixture.kind == JURISDICTION else "id"
        problems.append(Problem(fixture.display, key, f"{expected_stem!r} does not match the file name "
                                                      f"{fixture.path.name!r}"))
        return None
    return ParsedFile(fixture, data)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _span(version: dict) -> str:
    return f"{version['effective_from'] or 'unknown start'} to {version.get('effective_to') or 'open end'}"


def _check_versions(display: str, law_index: int, versions: list[dict], problems: list[Problem]) -> None:
    spans = []
    for index, version in enumerate(versions):
        where = f"laws[{law_index}].versions[{index}]"
        start, end = _date(version["effective_from"]), _date(version.get("effective_to"))
        if start is None and index != 0:
            problems.append(Problem(display, f"{where}.effective_from",
                                    "only a law's first version may have an unknown start date"))
            continue
        start = start or dt.date.min
        if end is not None and end < start:
            problems.append(Problem(display, f"{where}.effective_to",
                                    f"{end} is before effective_from {start}"))
            continue
        for other_index, other_start, other_end in spans:
            if start <= (other_end or dt.date.max) and other_start <= (end or dt.date.max):
                problems.append(Problem(
                    display, where,
                    f"in force {_span(version)}, which overlaps versions[{other_index}] "
                    f"({_span(versions[other_index])})",
                ))
        spans.append((index, start, end))
        urls = [source["url"] for source in version["sources"]]
        for position, url in enumerate(urls):
            if url in urls[:position]:
                problems.append(Problem(display, f"{where}.sources[{position}].url", "listed twice"))


def _check_jurisdictions(parsed: list[ParsedFile], problems: list[Problem]) -> None:
    codes: dict[str, str] = {}
    law_ids: dict[str, str] = {}
    for item in parsed:
        display, data = item.file.display, item.data
        if data["code"] in codes:
            problems.append(Problem(display, "code", f"{data['code']!r} is also defined in {codes[data['code']]}"))
        codes.setdefault(data["code"], display)
        for index, law in enumerate(data["laws"]):
            where = f"laws[{index}]"
            if law["id"] in law_ids:
                problems.append(
                    Problem(display, f"{where}.id", f"{law['id']!r} is also defined in {law_ids[law['id']]}")
                )
            law_ids.setdefault(law["id"], f"{display} ({where})")
            _check_versions(display, index, law["versions"], problems)

    known_codes = set(codes) | set(Jurisdiction.objects.values_list("code", flat=True))
    for item in parsed:
        parent = item.data.get("parent")
        if parent is None:
            continue
        if parent == item.data["code"]:
            problems.append(Problem(item.file.display, "parent", "a jurisdiction cannot be its own parent"))
        elif parent not in known_codes:
            problems.append(Problem(item.file.display, "parent",
                                    f"no jurisdiction with code {parent!r} (not in these files or the database)"))

    # A law id already used in the database by another jurisdiction would be silently moved.
    owners = dict(Law.objects.filter(slug__in=law_ids).values_list("slug", "jurisdiction__code"))
    for item in parsed:
        for index, law in enumerate(item.data["laws"]):
            owner = owners.get(law["id"])
            if owner is not None and owner != item.data["code"]:
                problems.append(Problem(item.file.display, f"laws[{index}].id",
                                        f"{law['id']!r} already belongs to jurisdiction {owner!r} in the database"))


def _check_platforms(parsed: list[ParsedFile], problems: list[Problem]) -> None:
    hosts: dict[str, str] = {}
    ids: dict[str, str] = {}
    for item in parsed:
        if item.data["id"] in ids:
            other = ids[item.data["id"]]
            problems.append(Problem(item.file.display, "id", f"{item.data['id']!r} is also defined in {other}"))
        ids.setdefault(item.data["id"], item.file.display)
        for index, host in enumerate(item.data["hostnames"]):
            if host in hosts and hosts[host] != item.data["id"]:
                problems.append(Problem(item.file.display, f"hostnames[{index}]",
                                        f"{host!r} is also claimed by platform {hosts[host]!r}"))
            hosts.setdefault(host, item.data["id"])


__all__ = ["JURISDICTION", "PLATFORM", "ParsedFile", "ValidationResult", "validate_files"]
