"""Two versions of one law may never be in force on the same day: enforced by the database itself.

A CHECK constraint cannot look at other rows, so each backend gets a trigger. effective_to is the last
day in force (inclusive); an open end means "still in force".
"""

from django.db import migrations

SQLITE = [
    """
    CREATE TRIGGER IF NOT EXISTS laws_version_no_overlap_{op}
    BEFORE {OP} ON laws_lawversion
    FOR EACH ROW WHEN EXISTS (
        SELECT 1 FROM laws_lawversion other
        WHERE other.law_id = NEW.law_id AND other.id IS NOT NEW.id
          AND COALESCE(other.effective_from, '0001-01-01') <= COALESCE(NEW.effective_to, '9999-12-31')
          AND COALESCE(NEW.effective_from, '0001-01-01') <= COALESCE(other.effective_to, '9999-12-31')
    )
    BEGIN SELECT RAISE(ABORT, 'law versions overlap in time'); END;
    """.format(op=op.lower(), OP=op)
    for op in ("INSERT", "UPDATE")
]
SQLITE_REVERSE = ["DROP TRIGGER IF EXISTS laws_version_no_overlap_insert",
                  "DROP TRIGGER IF EXISTS laws_version_no_overlap_update"]

POSTGRES = [
    """
    CREATE FUNCTION laws_version_no_overlap() RETURNS trigger AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock(NEW.law_id);
        IF EXISTS (
            SELECT 1 FROM laws_lawversion other
            WHERE other.law_id = NEW.law_id AND other.id <> NEW.id
              AND daterange(other.effective_from, other.effective_to, '[]')
                  && daterange(NEW.effective_from, NEW.effective_to, '[]')
        ) THEN
            RAISE EXCEPTION 'law versions overlap in time' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER laws_version_no_overlap BEFORE INSERT OR UPDATE ON laws_lawversion
    FOR EACH ROW EXECUTE FUNCTION laws_version_no_overlap();
    """,
]
POSTGRES_REVERSE = ["DROP TRIGGER IF EXISTS laws_version_no_overlap ON laws_lawversion",
                    "DROP FUNCTION IF EXISTS laws_version_no_overlap()"]


def ensure_sqlite_triggers(connection) -> None:
    """SQLite drops triggers when a later migration rebuilds the table; laws.apps re-creates them."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for sql in SQLITE:
                cursor.execute(sql)


def forwards(apps, schema_editor):
    statements = {"sqlite": SQLITE, "postgresql": POSTGRES}.get(schema_editor.connection.vendor, [])
    for sql in statements:
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    statements = {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}.get(
        schema_editor.connection.vendor, []
    )
    for sql in statements:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("laws", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
