"""ETag, Last-Modified and a response cache for public reads, keyed by the state of the published data.

A handful of aggregate queries fingerprint everything the public can see. A client holding a current copy
gets a 304; any other client gets the body rendered for this fingerprint and path, from the cache when
someone asked before. The cache can never serve stale data: any change to the data changes the key.
"""

import datetime as dt
import hashlib
from functools import wraps

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from kb.laws.models import Jurisdiction, Law, LawVersion, Source
from kb.recipients.models import Platform, PlatformChannel

TRACKED = (Jurisdiction, Law, LawVersion, Platform)
COUNTED = (Source, PlatformChannel)  # no updated_at: their counts (and their parents' saves) cover them
MAX_CACHED_BYTES = 4 * 1024 * 1024
CACHE_SECONDS = 60 * 60


def data_state() -> tuple[object, str]:
    """(last modified datetime, fingerprint) of everything the public pages and API can show, in one query."""
    parts = []
    for model in TRACKED:
        table = connection.ops.quote_name(model._meta.db_table)
        parts += [f"(SELECT MAX(updated_at) FROM {table})", f"(SELECT COUNT(*) FROM {table})"]
    parts += [f"(SELECT COUNT(*) FROM {connection.ops.quote_name(m._meta.db_table)})" for m in COUNTED]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    stamps = [row[i] for i in range(0, 2 * len(TRACKED), 2)]
    newest = max((_as_datetime(s) for s in stamps if s is not None), default=None)
    return newest, "|".join(str(value) for value in row)


def _as_datetime(value: object) -> dt.datetime:
    """SQLite returns text for MAX(datetime); PostgreSQL returns a datetime."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _headers(response: HttpResponse, etag: str, last_modified: float | None) -> HttpResponse:
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = "public, max-age=60"
    return response


def conditional(view):  # noqa: ANN001, ANN201
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        newest, fingerprint = data_state()
        language = getattr(request, "LANGUAGE_CODE", "")
        key = hashlib.sha256(f"{fingerprint}|{language}|{request.get_full_path()}".encode()).hexdigest()[:32]
        etag, last_modified = f'"{key}"', (newest.timestamp() if newest else None)
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return not_modified
        cached = cache.get(f"public-response:{key}")
        if cached is not None:
            content, content_type = cached
            return _headers(HttpResponse(content, content_type=content_type), etag, last_modified)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and not getattr(response, "is_rendered", True):
            response.render()
        if response.status_code == 200 and not response.streaming and len(response.content) <= MAX_CACHED_BYTES:
            cache.set(f"public-response:{key}", (response.content, response["Content-Type"]), CACHE_SECONDS)
        return _headers(response, etag, last_modified) if response.status_code == 200 else response

    return wrapper
