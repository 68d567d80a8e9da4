"""Matching tests share the knowledge-base fixture with the document tests."""

from tests.kb_fixtures import kb  # noqa: F401
