"""Document generation against bare WeasyPrint on the same final HTML, in the same run.

1. One letter end to end (match + plan + render + PDF) vs WeasyPrint alone on that letter's HTML.
2. 200 URLs over 20 recipients, every document, vs the sum of bare WeasyPrint renders of each document.
Targets (issue 6): both ratios <= 1.3.
"""

import statistics
import time

from django.core.management import call_command
from weasyprint import HTML

from kb.documents.bundle import build_bundle
from kb.documents.pdf import render_pdf
from kb.documents.plan import incident_context, plan_documents
from kb.documents.render import render_html
from kb.editorial.models import EditorialStatus
from kb.matching.engine import match
from kb.matching.incident import parse_incident
from kb.recipients.models import Platform, PlatformChannel

ROUNDS = 7


def _platforms(count: int) -> None:
    for n in range(count):
        platform = Platform.objects.create(
            slug=f"bench-{n}", name=f"Bench Platform {n}", kind="social", legal_entity=f"Bench {n} Inc.",
            established_in="us", hostnames=[f"bench{n}.example"], regimes=["us_take_it_down"],
            editorial_status=EditorialStatus.PUBLISHED, sources=[])
        PlatformChannel.objects.create(platform=platform, purpose="take_it_down_act", method="web_form",
                                       value=f"https://bench{n}.example/report", source_url="https://x.example/",
                                       verified_on="2026-11-01")


def _incident(urls: list[str]) -> object:
    return parse_incident({
        "today": "2026-11-21",
        "incident": {"conduct_date": "2025-06-01", "synthetic": True, "age_at_creation": "adult"},
        "person": {"jurisdiction": "us-ca"},
        "requester": {"name": "Bench Person", "email": "bench@example.org"},
        "items": [{"url": url} for url in urls],
        "attestations": {"good_faith": True, "depicts_me_or_principal": True, "not_consented": True},
        "signature": "/s/ Bench Person"}, require_items=True)


def _median(action, rounds: int = ROUNDS) -> float:  # noqa: ANN001
    action()  # warm-up: fonts, templates, caches
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def one_letter() -> None:
    incident = _incident(["https://bench0.example/p/1"])
    state = {}

    def end_to_end() -> None:
        result = match(incident)
        letter = next(d for d in plan_documents(result) if d["kind"] == "removal_request")
        letter["title"] = "Removal request"
        html = render_html("removal_request.html.j2", title="Removal request", letter=letter,
                           ctx=incident_context(incident))
        render_pdf(html, paper="letter")
        state["html"] = html

    ours = _median(end_to_end)
    bare = _median(lambda: HTML(string=state["html"]).write_pdf())
    print(f"one letter end to end: {ours * 1000:.0f} ms vs bare WeasyPrint {bare * 1000:.0f} ms "
          f"-> ratio {ours / bare:.2f}x (target <= 1.3x)")


def many_letters() -> None:
    urls = [f"https://bench{n % 20}.example/p/{n}" for n in range(200)]
    incident = _incident(urls)
    bundle = build_bundle(incident, formats=("html", "pdf"))
    htmls = [data.decode() for name, data in bundle.files.items() if name.endswith(".html")]

    ours = _median(lambda: build_bundle(incident, formats=("pdf",)), rounds=3)
    bare = _median(lambda: [HTML(string=h).write_pdf() for h in htmls], rounds=3)
    print(f"200 URLs over 20 recipients ({len(htmls)} documents): {ours:.2f} s vs sum of bare WeasyPrint "
          f"renders {bare:.2f} s -> ratio {ours / bare:.2f}x (target <= 1.3x)")


def run() -> None:
    call_command("migrate", verbosity=0)
    call_command("loadkb", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    _platforms(20)
    one_letter()
    many_letters()
