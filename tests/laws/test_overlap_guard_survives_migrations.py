"""The no-overlap trigger must still be there after every migration has run (SQLite rebuilds tables)."""

from django.db import connection


def test_the_overlap_guard_exists_after_migrating(db):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'laws_lawversion'")
            names = {row[0] for row in cursor.fetchall()}
            assert names == {"laws_version_no_overlap_insert", "laws_version_no_overlap_update"}
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = 'laws_lawversion'::regclass "
                           "AND NOT tgisinternal")
            assert {row[0] for row in cursor.fetchall()} == {"laws_version_no_overlap"}
