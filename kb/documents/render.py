"""Rendering documents: a sandboxed Jinja2 environment where whatever a person typed is only ever data.

Autoescape is on (HTML in an answer comes out as text) and StrictUndefined turns a template mistake into
an error instead of a silently missing sentence in a legal letter.
"""

from functools import cache
from pathlib import Path

from django.conf import settings
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

ASSETS = Path(__file__).resolve().parent / "assets"
TEMPLATE_DIR = Path(settings.BASE_DIR) / "templates" / "documents"


@cache
def environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def stylesheet() -> str:
    return (ASSETS / "letter.css").read_text(encoding="utf-8")


def render_html(template: str, **context: object) -> str:
    return environment().get_template(template).render(css=Markup(stylesheet()), **context)
