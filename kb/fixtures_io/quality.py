"""checkkb's rules: what in the knowledge base is wrong (errors) or needs attention (warnings).

They run over fixture dictionaries, whether read from the files or exported from the database, so the
repository and the live data are judged by the same rules.
"""

import datetime as dt

from kb.fixtures_io.problems import Problem

WARNING = "warning"


def check_documents(
    jurisdictions: list[tuple[str, dict]],
    platforms: list[tuple[str, dict]],
    *,
    today: dt.date,
    stale_after_days: int,
) -> list[Problem]:
    problems: list[Problem] = []
    stale_before = today - dt.timedelta(days=stale_after_days)
    codes = {data["code"] for _, data in jurisdictions}
    regimes = {law.get("regime") for _, data in jurisdictions for law in data["laws"]} - {None}

    for display, data in jurisdictions:
        if not data["laws"] and not data.get("notes"):
            problems.append(Problem(display, "laws", "no laws and no note saying what was searched", WARNING))
        for li, law in enumerate(data["laws"]):
            for vi, version in enumerate(law["versions"]):
                where = f"laws[{li}].versions[{vi}]"
                _check_version(display, where, version, stale_before, problems)

    for display, data in platforms:
        if not data.get("sources"):
            problems.append(Problem(display, "sources", "no source for the recipient's facts"))
        established = data.get("established_in")
        if established and established not in codes:
            problems.append(Problem(display, "established_in", f"no jurisdiction with code {established!r}"))
        for index, regime in enumerate(data.get("regimes") or []):
            if regime not in regimes:
                problems.append(Problem(display, f"regimes[{index}]",
                                        f"no law in the data defines regime {regime!r} yet", WARNING))
        for index, channel in enumerate(data["channels"]):
            if dt.date.fromisoformat(channel["verified_on"]) < stale_before:
                problems.append(Problem(display, f"channels[{index}].verified_on",
                                        f"not verified since {channel['verified_on']}", WARNING))
    return problems


def _check_version(display: str, where: str, version: dict, stale_before: dt.date, problems: list) -> None:
    sources = version.get("sources") or []
    if not sources:
        problems.append(Problem(display, f"{where}.sources", "no source"))
    elif not any(s["kind"] == "official_text" for s in sources):
        problems.append(Problem(display, f"{where}.sources", "no official-text source", WARNING))
    for si, source in enumerate(sources):
        if source.get("dead_since"):
            problems.append(Problem(display, f"{where}.sources[{si}].url",
                                    f"recorded as dead since {source['dead_since']}", WARNING))
        if dt.date.fromisoformat(source["verified_on"]) < stale_before:
            problems.append(Problem(display, f"{where}.sources[{si}].verified_on",
                                    f"not verified since {source['verified_on']}", WARNING))
    if version["effective_from"] is None:
        problems.append(Problem(display, f"{where}.effective_from", "start date unknown", WARNING))
    for name in version.get("unverified") or []:
        problems.append(Problem(display, f"{where}.{name}", "marked unverified", WARNING))
    if version["status"] == "repealed" and not version.get("effective_to"):
        problems.append(Problem(display, f"{where}.effective_to", "repealed but has no end date"))
