"""Generating documents stores nothing and logs nothing the person typed."""

import io
import json
import logging

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.kb_fixtures import incident_doc

SECRETS = ["Alex Doe", "alex@example.org", "1 Main St", "examplebook.com/p/1", "a post", "my-secret-detail"]


def test_generating_writes_no_database_rows_and_logs_nothing_typed(kb, tmp_path, caplog):
    doc = incident_doc(incident__description="my-secret-detail")
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(doc))
    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    with CaptureQueriesContext(connection) as queries:
        call_command("generate", str(path), "--out", str(tmp_path / "out"), stdout=io.StringIO())
    statements = [q["sql"].lstrip().split()[0].upper() for q in queries.captured_queries]
    assert statements and set(statements) <= {"SELECT", "SAVEPOINT", "RELEASE"}, statements
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in SECRETS:
        assert secret not in logged
    for query in queries.captured_queries:
        assert not any(secret in query["sql"] for secret in SECRETS)
