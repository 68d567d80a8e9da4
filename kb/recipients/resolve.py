"""Which recipient a URL belongs to: parsed hostname, longest hostname suffix among published platforms.

Matching is on the real host of the URL (lower-cased, IDNA-encoded, port and user-info ignored), so
`https://x.com@evil.example/` resolves to evil.example, not X.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from kb.recipients.models import Platform


class InvalidUrl(ValueError):
    pass


ALLOWED_SCHEMES = {"http", "https"}


def hostname_of(url: str) -> str:
    """The normalised hostname of an http(s) URL; a URL without a scheme is read as https."""
    text = url.strip()
    if not text:
        raise InvalidUrl("empty URL")
    if "://" not in text:
        if ":" in text.split("/", 1)[0] and not text.split(":", 1)[1][:1].isdigit():
            scheme = text.split(":", 1)[0].lower()
            raise InvalidUrl(f"only http(s) URLs are accepted, not {scheme}:")
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError as error:
        raise InvalidUrl(f"not a valid URL ({error})") from error
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise InvalidUrl(f"only http(s) URLs are accepted, not {parts.scheme.lower()}:")
    try:
        host = parts.hostname
    except ValueError as error:
        raise InvalidUrl(f"not a valid URL ({error})") from error
    if not host:
        raise InvalidUrl("the URL has no host name")
    host = host.rstrip(".").lower()
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise InvalidUrl(f"the host name {host!r} is not valid") from error
    if any(not label or len(label) > 63 for label in host.split(".")) or " " in host:
        raise InvalidUrl(f"the host name {host!r} is not valid")
    return host


@dataclass(frozen=True)
class Resolution:
    url: str
    host: str
    platform: Platform | None


class HostIndex:
    """All published platforms' hostnames in memory: one query, then pure lookups."""

    def __init__(self, platforms: list[Platform] | None = None) -> None:
        if platforms is None:
            platforms = list(Platform.objects.published().prefetch_related("channels"))
        self._by_host: dict[str, Platform] = {}
        for platform in platforms:
            for host in platform.hostnames:
                self._by_host[host.lower()] = platform

    def platform_for_host(self, host: str) -> Platform | None:
        labels = host.split(".")
        for start in range(len(labels) - 1):
            platform = self._by_host.get(".".join(labels[start:]))
            if platform is not None:
                return platform
        return None

    def resolve(self, url: str) -> Resolution:
        host = hostname_of(url)
        return Resolution(url=url, host=host, platform=self.platform_for_host(host))
