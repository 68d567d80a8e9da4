"""loadkb on the whole data set, against validating the same files without writing (the baseline).

The ratio says what the database writes and history rows cost on top of reading and checking the files;
it stays comparable as the data grows, unlike a bare number of seconds.
"""

import statistics
import time

from django.core.management import call_command
from django.db import connection, transaction

from kb.fixtures_io.discovery import discover
from kb.fixtures_io.loader import load_fixtures
from kb.fixtures_io.validation import validate_files

ROUNDS = 5


class _Rollback(Exception):
    pass


def _timed(action) -> float:  # noqa: ANN001
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _load_and_roll_back(files) -> None:  # noqa: ANN001
    try:
        with transaction.atomic():
            load_fixtures(files=files)
            raise _Rollback
    except _Rollback:
        pass


def run() -> None:
    call_command("migrate", verbosity=0)
    files = discover()
    validate = [_timed(lambda: validate_files(files)) for _ in range(ROUNDS)]
    load = [_timed(lambda: _load_and_roll_back(files)) for _ in range(ROUNDS)]
    v, w = statistics.median(validate), statistics.median(load)
    print(f"loadkb ({len(files)} files, {connection.vendor}): validate only {v * 1000:.1f} ms, "
          f"validate + load into an empty database {w * 1000:.1f} ms (median of {ROUNDS}); ratio {w / v:.2f}x")
