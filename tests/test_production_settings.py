"""Production mode is safe by construction: `check --deploy` is clean and a missing secret is refused."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "SECRET_KEY": "x7#q9!long-random-production-secret-for-the-deploy-check-4f8a2c1e9b",
    "ALLOWED_HOSTS": "recourse.example.org",
}


def manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    ignored = {"DJANGO_DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}  # the last: browser tests
    clean = {k: v for k, v in os.environ.items() if k not in ignored}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env},
                          capture_output=True, text=True, timeout=120)


def test_check_deploy_is_clean_in_production_mode():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_mode_refuses_to_start_without_a_secret_key():
    result = manage("check", env={"DJANGO_DEBUG": "0"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set to a long random value when DJANGO_DEBUG=0." in result.stderr


def test_a_malformed_debug_flag_is_refused_rather_than_guessed():
    result = manage("check", env={"DJANGO_DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be one of 1/0, true/false, yes/no, on/off; got 'maybe'." in result.stderr
