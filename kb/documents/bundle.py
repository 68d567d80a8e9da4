"""From an incident to finished documents in memory: match, plan, render, check, and the manifest.

Nothing is written to the database and nothing the person typed is logged; the caller decides where
the bytes go (a folder for the command, a ZIP for the web and the API).
"""

from dataclasses import dataclass, field

from kb.documents import checklist
from kb.documents.elements import check_element
from kb.documents.pdf import render_pdf
from kb.documents.plan import incident_context, plan_documents
from kb.documents.render import render_html
from kb.documents.text import html_to_text
from kb.matching.engine import MatchResult, match
from kb.matching.incident import Incident

FORMATS = ("pdf", "html", "txt")
TITLES = {
    "removal_request": "Removal request",
    "search_delisting": "Search delisting request",
    "preservation_request": "Preservation request",
    "dmca_notice": "Copyright (DMCA) notice",
    "checklist": "Evidence and next-steps checklist",
}


@dataclass
class Bundle:
    files: dict[str, bytes] = field(default_factory=dict)
    manifest: dict = field(default_factory=dict)
    match: MatchResult | None = None


def _slug(letter: dict) -> str:
    recipient = letter["recipient"]
    name = recipient["slug"] or recipient["host"].replace(".", "-")
    return f"{letter['kind'].replace('_', '-')}-{name}"


def _completeness(letter: dict, incident: Incident, text: str) -> list[dict]:
    rows = []
    for law in letter["regime_laws"] + letter["conditional_laws"]:
        for element in law["elements"]:
            rows.append({"regime": law["regime"] or law["id"], "law": law["id"], "element": element["key"],
                         "citation": element["citation"],
                         "satisfied": check_element(element["key"], incident, letter, text)})
    return rows


def _emit(bundle: Bundle, stem: str, html: str, paper: str, formats: tuple[str, ...]) -> dict[str, str]:
    names = {}
    if "html" in formats:
        names["html"] = f"{stem}.html"
        bundle.files[names["html"]] = html.encode("utf-8")
    if "txt" in formats:
        names["txt"] = f"{stem}.txt"
        bundle.files[names["txt"]] = html_to_text(html).encode("utf-8")
    if "pdf" in formats:
        names["pdf"] = f"{stem}.pdf"
        bundle.files[names["pdf"]] = render_pdf(html, paper=paper)
    return names


def build_bundle(incident: Incident, *, formats: tuple[str, ...] = FORMATS) -> Bundle:
    result = match(incident)
    ctx = incident_context(incident)
    letters = plan_documents(result)
    bundle = Bundle(match=result)
    documents = []
    for letter in letters:
        letter["title"] = TITLES[letter["kind"]]
        html = render_html(f"{letter['kind']}.html.j2", title=letter["title"], letter=letter, ctx=ctx)
        text = html_to_text(html)
        documents.append({
            "kind": letter["kind"],
            "title": letter["title"],
            "recipient": letter["recipient"]["slug"],
            "recipient_name": letter["recipient"]["name"],
            "host": letter["recipient"]["host"],
            "channel": letter["channel"],
            "formats": _emit(bundle, _slug(letter), html, ctx["paper"], formats),
            "legal_bases": [law["id"] for law in letter["laws"]],
            "items": [item["url"] for item in letter["items"]],
            "deadlines": [{"hours": d["hours"], "months": d["months"], "citation": d["citation"]}
                          for d in letter["deadlines"]],
            "completeness": _completeness(letter, incident, text),
        })
    sections = checklist.sections_for(result, letters)
    checklist_html = render_html(
        "checklist.html.j2", title=TITLES["checklist"], ctx=ctx, sections=sections, letters=letters,
        warnings=result.warnings, follow_ups=checklist.follow_ups(letters, incident.today),
        limitations=checklist.limitation_dates(result))
    documents.append({"kind": "checklist", "title": TITLES["checklist"], "recipient": None, "recipient_name": None,
                      "host": None, "channel": None,
                      "formats": _emit(bundle, "checklist", checklist_html, ctx["paper"], formats),
                      "legal_bases": [m.law.slug for m in result.laws], "items": [i.url for i in incident.items],
                      "deadlines": [], "completeness": []})
    if not incident.is_minor:
        bundle.files["evidence-log.csv"] = checklist.evidence_log_csv().encode("utf-8")
    bundle.manifest = {"documents": documents, "warnings": result.warnings}
    return bundle
