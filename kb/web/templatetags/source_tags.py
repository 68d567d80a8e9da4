"""How a source is described on public pages: a lawyer reading a foreign text wants to know its language."""

from django import template
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext, gettext_noop

register = template.Library()

# Languages of our sources that Django's own table lacks (it knows only script-specific Chinese).
EXTRA_NAMES = {"zh": gettext_noop("Chinese"), "tl": gettext_noop("Tagalog"), "fil": gettext_noop("Filipino")}


@register.filter
def source_language(code: str | None) -> str:
    """The language's name in the reader's language, or '' for English (the site's working language).

    Codes neither table knows are shown as they are rather than guessed.
    """
    code = (code or "").strip().lower()
    if not code or code == "en":
        return ""
    name = LANG_INFO.get(code, {}).get("name") or EXTRA_NAMES.get(code)
    return gettext(name) if name else code
