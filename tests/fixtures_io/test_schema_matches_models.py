"""The JSON Schemas refuse anything the database would refuse, so bad data never reaches a write."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.db import models

from kb.laws.models import Jurisdiction, Law, Source
from kb.recipients.models import Platform, PlatformChannel


def schema(kind: str) -> dict:
    return json.loads((Path(settings.FIXTURES_DIR) / "schema" / f"{kind}.schema.json").read_text())


JUR = schema("jurisdiction")
PLAT = schema("platform")
LAW = JUR["properties"]["laws"]["items"]["properties"]
SOURCE = LAW["versions"]["items"]["properties"]["sources"]["items"]["properties"]
CHANNEL = PLAT["properties"]["channels"]["items"]["properties"]

LIMITED = [
    (Jurisdiction, "name", JUR["properties"]), (Law, "title", LAW), (Law, "citation", LAW),
    (Source, "url", SOURCE), (Source, "publisher", SOURCE), (Platform, "name", PLAT["properties"]),
    (Platform, "legal_entity", PLAT["properties"]), (PlatformChannel, "source_url", CHANNEL),
]


@pytest.mark.parametrize(("model", "field", "properties"), LIMITED, ids=lambda v: getattr(v, "__name__", None))
def test_every_length_limited_field_has_the_same_limit_in_the_schema(model, field, properties):
    assert properties[field]["maxLength"] == model._meta.get_field(field).max_length


def test_no_other_free_text_field_has_a_length_limit_the_schema_does_not_know():
    limited = {(m, f) for m, f, _ in LIMITED}
    for model in (Jurisdiction, Law, Source, Platform, PlatformChannel):
        for field in model._meta.get_fields():
            if isinstance(field, models.CharField) and not field.choices and field.name not in {
                "code", "slug", "language", "established_in", "editorial_status"
            }:
                assert (model, field.name) in limited, f"{model.__name__}.{field.name} needs a schema maxLength"
