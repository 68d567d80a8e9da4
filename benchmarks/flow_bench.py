"""Server time per step of the guided flow, and for the documents with 5 URLs (median of repeated runs).

Measured in-process with Django's test client against the loaded knowledge base, so the numbers are the
server's own work (no network); each figure is the median of ROUNDS runs.
"""

import statistics
import time

from django.test import Client

from tests.web.flow_helpers import ADULT_CA, hidden_fields

ROUNDS = 9
FIVE_URLS = "\n".join(["https://www.reddit.com/r/a/1", "https://x.com/a/status/2", "https://www.tiktok.com/@a/3",
                       "https://unknown-site.example/4", "https://www.youtube.com/watch?v=5"])


def _post(client: Client, path: str, data: dict) -> tuple[float, object]:
    start = time.perf_counter()
    response = client.post(path, data)
    return time.perf_counter() - start, response


def run() -> None:
    answers = {**ADULT_CA, "where": {"urls": FIVE_URLS}}
    timings: dict[str, list[float]] = {}
    for _ in range(ROUNDS):
        client = Client(HTTP_HOST="127.0.0.1")
        carried: dict = {}
        seconds, _ = _post(client, "/flow/", {"step": "start"})
        timings.setdefault("start", []).append(seconds)
        for step, values in answers.items():
            seconds, response = _post(client, "/flow/", {**carried, **values, "step": step, "action": "next"})
            timings.setdefault(step, []).append(seconds)
            carried = {**carried, **values, **hidden_fields(response.content.decode())}
        seconds, _ = _post(client, "/flow/", {**carried, "step": "review", "action": "generate"})
        timings.setdefault("documents page (5 URLs)", []).append(seconds)
        seconds, _ = _post(client, "/flow/download/", {**carried, "file": "all.zip"})
        timings.setdefault("ZIP of everything (5 URLs, PDFs)", []).append(seconds)
    print(f"Guided flow, server time per step (median of {ROUNDS}):")
    for name, values in timings.items():
        print(f"  {name:34s} {statistics.median(values) * 1000:8.1f} ms")
