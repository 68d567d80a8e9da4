"""Document tests share the knowledge-base fixture with the matching tests."""

from tests.kb_fixtures import kb  # noqa: F401
