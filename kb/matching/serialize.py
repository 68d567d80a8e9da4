"""The match result as the JSON contract (`match --format json`, the API) and as plain text."""

from kb.matching.engine import MatchResult


def _source_url(version) -> str | None:  # noqa: ANN001
    sources = list(version.sources.all())
    official = [s for s in sources if s.kind == "official_text"]
    return (official or sources or [None])[0] and (official or sources)[0].url


def match_to_json(result: MatchResult) -> dict:
    return {
        "laws": [
            {
                "id": m.law.slug,
                "jurisdiction": m.law.jurisdiction.code,
                "citation": m.law.citation,
                "kind": m.law.kind,
                "title": m.law.title,
                "effective_from": m.version.effective_from.isoformat() if m.version.effective_from else None,
                "effective_to": m.version.effective_to.isoformat() if m.version.effective_to else None,
                "covers_synthetic": m.version.covers_synthetic,
                "summary": m.version.summary,
                "source": _source_url(m.version),
                "applies_because": m.applies_because,
                "notes": m.notes,
            }
            for m in result.laws
        ],
        "not_applicable": [
            {"id": n.law.slug, "citation": n.law.citation, "why": n.why} for n in result.not_applicable
        ],
        "warnings": result.warnings,
    }


def match_to_text(result: MatchResult) -> str:
    lines = []
    for warning in result.warnings:
        lines.append(f"! {warning}")
    lines.append(f"Laws that apply ({len(result.laws)}):")
    for m in result.laws:
        lines.append(f"- {m.law.citation} [{m.law.jurisdiction.code}, {m.law.kind}] {m.law.title}")
        lines.extend(f"    because: {reason}" for reason in m.applies_because)
        lines.extend(f"    note: {note}" for note in m.notes)
    lines.append(f"Laws that do not apply ({len(result.not_applicable)}):")
    lines.extend(f"- {n.law.citation}: {n.why}" for n in result.not_applicable)
    return "\n".join(lines) + "\n"
