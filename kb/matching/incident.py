"""The incident document (a contract shared by the commands, the API and the web flow) and its checks.

Everything a person types arrives here; an invalid document is refused with the field named, before
anything else runs. Nothing in this module stores or logs what it is given.
"""

import datetime as dt
from dataclasses import dataclass, field

from kb.recipients.resolve import InvalidUrl, hostname_of

MAX_ITEMS = 500
MAX_TEXT = 5000
AGES = ("adult", "minor", "unknown")
RELATIONSHIPS = ("self", "authorized_representative", "attorney", "parent_or_guardian")


class InvalidIncident(ValueError):
    """Carries every problem found, each as 'field path: what is wrong'."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Item:
    url: str
    host: str
    description: str = ""
    first_seen: dt.date | None = None


@dataclass(frozen=True)
class Requester:
    name: str = ""
    email: str = ""
    postal_address: str = ""
    phone: str = ""
    relationship: str = "self"
    organization: str = ""
    authority_statement: str = ""

    @property
    def is_representative(self) -> bool:
        return self.relationship != "self"


@dataclass(frozen=True)
class Incident:
    today: dt.date
    person_jurisdiction: str
    conduct_date: dt.date | None = None
    discovered_date: dt.date | None = None
    synthetic: bool | None = None
    sexual: bool = True
    age_at_creation: str = "unknown"
    requester_owns_copyright: bool = False
    description: str = ""
    uploader_jurisdiction: str | None = None
    uploader_known: bool = False
    requester: Requester = field(default_factory=Requester)
    items: tuple[Item, ...] = ()
    good_faith: bool = False
    depicts_me_or_principal: bool = False
    not_consented: bool = False
    signature: str = ""

    @property
    def is_minor(self) -> bool:
        return self.age_at_creation == "minor"

    @property
    def date_for_conduct(self) -> dt.date:
        """The date criminal and civil laws are judged by: the conduct, else discovery, else today."""
        return self.conduct_date or self.discovered_date or self.today


class _Reader:
    """Reads typed fields out of nested JSON, collecting every problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def obj(self, data: object, path: str) -> dict:
        if data is None:
            return {}
        if not isinstance(data, dict):
            self.problems.append(f"{path}: must be an object")
            return {}
        return data

    def text(self, data: dict, key: str, path: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
        value = data.get(key)
        where = f"{path}.{key}" if path else key
        if value is None or value == "":
            if required:
                self.problems.append(f"{where}: required")
            return ""
        if not isinstance(value, str):
            self.problems.append(f"{where}: must be text")
            return ""
        if len(value) > limit:
            self.problems.append(f"{where}: at most {limit} characters")
            return ""
        return value.strip()

    def boolean(self, data: dict, key: str, path: str, *, default: bool | None) -> bool | None:
        value = data.get(key, default)
        if value is not None and not isinstance(value, bool):
            self.problems.append(f"{path}.{key}: must be true or false")
            return default
        return value

    def date(self, data: dict, key: str, path: str) -> dt.date | None:
        value = data.get(key)
        where = f"{path}.{key}" if path else key
        if value in (None, ""):
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return dt.date.fromisoformat(value)
        except ValueError:
            self.problems.append(f"{where}: {value!r} is not a date (expected YYYY-MM-DD)")
            return None

    def choice(self, data: dict, key: str, path: str, options: tuple, default: str) -> str:
        value = data.get(key, default)
        if value not in options:
            self.problems.append(f"{path}.{key}: must be one of {', '.join(options)}")
            return default
        return value

    def code(self, data: dict, key: str, path: str, *, required: bool) -> str | None:
        value = self.text(data, key, path, required=required, limit=12).lower()
        if value and not _looks_like_code(value):
            self.problems.append(f"{path}.{key}: {value!r} is not a jurisdiction code (e.g. us-ca, fr, gb-eng)")
            return None
        return value or None


def _looks_like_code(value: str) -> bool:
    head, _, tail = value.partition("-")
    return len(head) == 2 and head.isalpha() and (not tail or (tail.isalnum() and len(tail) <= 3))


def parse_incident(data: object, *, default_today: dt.date | None = None, require_items: bool = False) -> Incident:
    """Validate and read an incident document; raise InvalidIncident listing every problem."""
    r = _Reader()
    root = r.obj(data, "(document)")
    today = r.date(root, "today", "") or default_today or dt.date.today()
    incident = r.obj(root.get("incident"), "incident")
    person = r.obj(root.get("person"), "person")
    uploader = r.obj(root.get("uploader"), "uploader")
    requester = r.obj(root.get("requester"), "requester")
    attestations = r.obj(root.get("attestations"), "attestations")

    items = _items(r, root.get("items"), require=require_items)
    conduct = r.date(incident, "conduct_date", "incident")
    if conduct and conduct > today:
        r.problems.append(f"incident.conduct_date: {conduct} is after today ({today})")
    result = Incident(
        today=today,
        person_jurisdiction=r.code(person, "jurisdiction", "person", required=True) or "",
        conduct_date=conduct,
        discovered_date=r.date(incident, "discovered_date", "incident"),
        synthetic=r.boolean(incident, "synthetic", "incident", default=None),
        sexual=bool(r.boolean(incident, "sexual", "incident", default=True)),
        age_at_creation=r.choice(incident, "age_at_creation", "incident", AGES, "unknown"),
        requester_owns_copyright=bool(r.boolean(incident, "requester_owns_copyright", "incident", default=False)),
        description=r.text(incident, "description", "incident"),
        uploader_jurisdiction=r.code(uploader, "jurisdiction", "uploader", required=False),
        uploader_known=bool(r.boolean(uploader, "known", "uploader", default=False)),
        requester=Requester(
            name=r.text(requester, "name", "requester", required=require_items, limit=200),
            email=r.text(requester, "email", "requester", limit=254),
            postal_address=r.text(requester, "postal_address", "requester", limit=500),
            phone=r.text(requester, "phone", "requester", limit=40),
            relationship=r.choice(requester, "relationship", "requester", RELATIONSHIPS, "self"),
            organization=r.text(requester, "organization", "requester", limit=200),
            authority_statement=r.text(requester, "authority_statement", "requester", limit=2000),
        ),
        items=items,
        good_faith=bool(r.boolean(attestations, "good_faith", "attestations", default=False)),
        depicts_me_or_principal=bool(r.boolean(attestations, "depicts_me_or_principal", "attestations",
                                               default=False)),
        not_consented=bool(r.boolean(attestations, "not_consented", "attestations", default=False)),
        signature=r.text(root, "signature", "", limit=200),
    )
    if require_items:
        _check_letter_essentials(r, result)
    if r.problems:
        raise InvalidIncident(r.problems)
    return result


def _items(r: _Reader, raw: object, *, require: bool) -> tuple[Item, ...]:
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        r.problems.append("items: must be a list")
        return ()
    if len(raw) > MAX_ITEMS:
        r.problems.append(f"items: at most {MAX_ITEMS} URLs per request (got {len(raw)}); split them into "
                          "several requests")
        return ()
    if require and not raw:
        r.problems.append("items: at least one URL is needed")
    items = []
    for index, entry in enumerate(raw):
        path = f"items[{index}]"
        entry = r.obj(entry, path)
        url = r.text(entry, "url", path, required=True, limit=2048)
        if not url:
            continue
        try:
            host = hostname_of(url)
        except InvalidUrl as error:
            r.problems.append(f"{path}.url: {error}")
            continue
        if "://" not in url:
            url = "https://" + url
        items.append(Item(url=url, host=host, description=r.text(entry, "description", path, limit=1000),
                          first_seen=r.date(entry, "first_seen", path)))
    return tuple(items)


def _check_letter_essentials(r: _Reader, incident: Incident) -> None:
    req = incident.requester
    if not (req.email or req.postal_address):
        r.problems.append("requester.email: an email or a postal address is needed so the recipient can reply")
    if req.is_representative and not req.authority_statement:
        r.problems.append("requester.authority_statement: say on what authority you act for the person")
