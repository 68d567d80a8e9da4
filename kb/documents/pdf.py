"""PDF rendering with WeasyPrint, which may fetch nothing at all.

The letter's HTML contains text people typed (escaped) and web addresses as text, and carries our bundled
stylesheet inline. WeasyPrint must never fetch anything, so every URL it asks for is refused: no file://
reads, no network requests, no data: tricks.
"""

from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetchingError

PAGE = {"letter": "@page { size: Letter; margin: 22mm 20mm; }", "a4": "@page { size: A4; margin: 20mm 18mm; }"}


class RefusingFetcher(URLFetcher):
    """A URL fetcher that refuses every URL and remembers what was asked for (for tests and audits)."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=(), allow_redirects=False, fail_on_errors=False)
        self.attempts: list[str] = []

    def fetch(self, url: str, headers: dict | None = None) -> None:
        self.attempts.append(url)
        raise URLFetchingError("Recourse documents may not load external resources.")


def make_fetcher() -> RefusingFetcher:
    return RefusingFetcher()


def render_pdf(html: str, *, paper: str) -> bytes:
    fetcher = globals()["make_fetcher"]()  # looked up at call time so tests can observe it
    return HTML(string=html, base_url=None, url_fetcher=fetcher).write_pdf(
        stylesheets=[CSS(string=PAGE[paper], url_fetcher=fetcher)]
    )
