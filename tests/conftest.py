"""Shared test helpers: minimal valid fixture documents, files on disk, and users in editorial groups."""

import copy
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

from kb.fixtures_io import yaml_io

SOURCE = {"url": "https://example.org/code/1", "kind": "official_text", "verified_on": "2026-11-01"}

VERSION = {
    "effective_from": "2020-01-01",
    "status": "in_force",
    "covers_synthetic": "no",
    "ages": "all",
    "summary": "Sharing a real intimate image without consent is a crime.",
    "sources": [SOURCE],
}


def jurisdiction_doc(code: str = "zz", *, laws: list | None = None, parent: str | None = None) -> dict:
    return {
        "code": code,
        "name": f"Testland {code}",
        "level": "subnational" if parent else "national",
        "parent": parent,
        "laws": laws if laws is not None else [law_doc(f"{code}-one")],
    }


def law_doc(law_id: str, *, versions: list | None = None) -> dict:
    return {
        "id": law_id,
        "title": "Disclosure of intimate images",
        "citation": "Testland Code § 1",
        "kind": "criminal",
        "versions": versions if versions is not None else [copy.deepcopy(VERSION)],
    }


def version_doc(**changes) -> dict:
    version = copy.deepcopy(VERSION)
    version.update(changes)
    return version


def write_doc(folder: Path, doc: dict | str, *, name: str | None = None, kind: str = "jurisdictions") -> Path:
    target = folder / kind
    target.mkdir(parents=True, exist_ok=True)
    stem = name or (doc["code"] if kind == "jurisdictions" else doc["id"])
    path = target / f"{stem}.yaml"
    path.write_text(doc if isinstance(doc, str) else yaml_io.dump(doc), encoding="utf-8")
    return path


def _user(username: str, *groups: str) -> User:
    user = User.objects.create_user(username, password="a-long-test-password", is_staff=True)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def editor(db) -> User:
    return _user("edna-editor", "editor")


@pytest.fixture
def reviewer(db) -> User:
    return _user("rita-reviewer", "reviewer")


@pytest.fixture
def second_reviewer(db) -> User:
    return _user("ravi-reviewer", "reviewer")


@pytest.fixture
def second_editor(db) -> User:
    return _user("eli-editor", "editor")


def platform_doc(platform_id: str = "examplebook", **changes) -> dict:
    doc = {
        "id": platform_id,
        "name": "ExampleBook",
        "kind": "social",
        "hostnames": ["examplebook.com", "exb.ink"],
        "regimes": ["us_take_it_down"],
        "sources": [{"url": "https://examplebook.com/help/ncii", "kind": "platform_page", "verified_on": "2026-11-01"}],
        "channels": [{"purpose": "ncii", "method": "web_form", "value": "https://examplebook.com/report",
                      "source_url": "https://examplebook.com/help/ncii", "verified_on": "2026-11-01"}],
    }
    doc.update(changes)
    return doc
