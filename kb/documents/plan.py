"""Which documents an incident calls for, and the plain data each one is rendered from.

One removal letter (or delisting request, for search engines) per recipient, covering all of that
recipient's URLs and naming only the notice regimes that bind that recipient, plus the laws that make
the content unlawful; a preservation request per platform; a copyright notice only for copyright owners.
Everything handed to templates is plain data (dicts and strings), never model objects.
"""

import datetime as dt
from collections import OrderedDict

from kb.laws.choices import RESIDENCE_REGIMES
from kb.matching.engine import LawMatch, MatchResult
from kb.matching.incident import Incident, Item
from kb.recipients.models import Platform

SUPPORTING_KINDS = ("criminal", "civil")
LETTER_PAPER = {"us", "ca", "mx", "ph", "cl", "co", "ve"}  # US Letter countries; everyone else gets A4
CHANNEL_PREFERENCE = {
    "removal_request": ["take_it_down_act", "ncii", "dsa", "privacy", "general"],
    "search_delisting": ["ncii", "privacy", "dsa", "general"],
    "preservation_request": ["ncii", "general", "privacy"],
    "dmca_notice": ["dmca"],
}


def paper_size(person_jurisdiction: str) -> str:
    return "letter" if person_jurisdiction.split("-")[0] in LETTER_PAPER else "a4"


def _law(m: LawMatch) -> dict:
    v = m.version
    return {
        "id": m.law.slug, "citation": m.law.citation, "title": m.law.title, "kind": m.law.kind,
        "regime": m.law.regime or None, "jurisdiction": m.law.jurisdiction.name,
        "deadline_hours": v.deadline_hours, "deadline_months": v.deadline_months,
        "deadline_text": v.deadline_text or "",
        "deadline_trigger": v.deadline_trigger or "valid_request",
        "elements": list(v.notice_elements or []),
    }


def _channel(platform: Platform | None, kind: str) -> dict | None:
    if platform is None:
        return None
    channels = list(platform.channels.all())
    for purpose in CHANNEL_PREFERENCE[kind]:
        for channel in channels:
            if channel.purpose == purpose:
                return {"purpose": channel.get_purpose_display(), "method": channel.method,
                        "value": channel.value, "notes": channel.notes, "source_url": channel.source_url,
                        "verified_on": channel.verified_on.isoformat()}
    return None


def _item(item: Item) -> dict:
    return {"url": item.url, "description": item.description,
            "first_seen": item.first_seen.isoformat() if item.first_seen else ""}


def _recipient(platform: Platform | None, host: str) -> dict:
    if platform is None:
        return {"slug": None, "name": f"The operator of {host}", "legal_entity": "", "kind": "unknown",
                "host": host}
    return {"slug": platform.slug, "name": platform.name, "legal_entity": platform.legal_entity,
            "kind": platform.kind, "host": host}


def _groups(result: MatchResult) -> "OrderedDict[str, tuple[Platform | None, str, list[Item]]]":
    groups: OrderedDict[str, tuple[Platform | None, str, list[Item]]] = OrderedDict()
    for item in result.incident.items:
        platform = result.platforms_by_url.get(item.url)
        key = platform.slug if platform else f"host:{item.host}"
        groups.setdefault(key, (platform, item.host, []))[2].append(item)
    return groups


def deadline_sentences(regime_laws: list[dict], today: dt.date) -> list[dict]:
    """Only regimes with a fixed deadline that binds this recipient today produce a sentence."""
    out = []
    for law in regime_laws:
        if law["deadline_trigger"] != "valid_request":
            continue  # e.g. Australia's 24 hours run from eSafety's notice, not from this letter
        hours, months = law["deadline_hours"], law["deadline_months"]
        if hours:
            out.append({"citation": law["citation"], "hours": hours, "months": None,
                        "sentence": f"{law['citation']} requires you to act within {hours} hours of receiving a "
                                    "valid request."})
        elif months:
            period = "one month" if months == 1 else f"{months} months"
            out.append({"citation": law["citation"], "hours": None, "months": months,
                        "sentence": f"Under {law['citation']} you must respond without undue delay and in any event "
                                    f"within {period} of receiving this request."})
    return out


def plan_documents(result: MatchResult) -> list[dict]:
    incident = result.incident
    by_regime = {m.law.regime: m for m in result.laws if m.law.regime}
    letters = []
    for key, (platform, host, items) in _groups(result).items():
        codes = result.codes_for(platform)
        supporting = [_law(m) for m in result.laws
                      if m.law.kind in SUPPORTING_KINDS and m.law.jurisdiction.code in codes]
        resident = result.codes_for(None)  # the person's and the uploader's jurisdictions
        binding = [_law(by_regime[r]) for r in (platform.regimes if platform else []) if r in by_regime
                   and (r not in RESIDENCE_REGIMES or by_regime[r].law.jurisdiction.code in resident)]
        notice_regimes = [law for law in binding if law["regime"] != "us_dmca"]
        conditional = []
        if platform is None and "us_take_it_down" in by_regime:
            conditional = [_law(by_regime["us_take_it_down"])]
        is_search = platform is not None and platform.kind == "search_engine"
        main_kind = "search_delisting" if is_search else "removal_request"
        base = {"recipient": _recipient(platform, host), "items": [_item(i) for i in items], "key": key}
        letters.append({**base, "kind": main_kind, "channel": _channel(platform, main_kind),
                        "regime_laws": notice_regimes, "conditional_laws": conditional,
                        "supporting_laws": supporting, "laws": notice_regimes + supporting,
                        "deadlines": deadline_sentences(notice_regimes, incident.today)})
        if not is_search:
            channel = _channel(platform, "preservation_request")
            letters.append({**base, "kind": "preservation_request", "channel": channel,
                            "regime_laws": [], "conditional_laws": [], "supporting_laws": [], "laws": [],
                            "deadlines": []})
        if incident.requester_owns_copyright and "us_dmca" in by_regime:
            dmca = [_law(by_regime["us_dmca"])]
            letters.append({**base, "kind": "dmca_notice", "channel": _channel(platform, "dmca_notice"),
                            "regime_laws": dmca, "conditional_laws": [], "supporting_laws": [], "laws": dmca,
                            "deadlines": []})
    return letters


def incident_context(incident: Incident) -> dict:
    """The person's answers as plain data for templates (rendered as text, never as template code)."""
    r = incident.requester
    return {
        "today": incident.today.isoformat(),
        "synthetic": incident.synthetic,
        "minor": incident.is_minor,
        "owns_copyright": incident.requester_owns_copyright,
        "description": incident.description,
        "conduct_date": incident.conduct_date.isoformat() if incident.conduct_date else "",
        "requester": {"name": r.name, "email": r.email, "postal_address": r.postal_address, "phone": r.phone,
                      "relationship": r.relationship, "organization": r.organization,
                      "authority_statement": r.authority_statement, "representative": r.is_representative},
        "attestations": {"good_faith": incident.good_faith, "depicts": incident.depicts_me_or_principal,
                         "not_consented": incident.not_consented},
        "signature": incident.signature,
        "paper": paper_size(incident.person_jurisdiction),
    }
