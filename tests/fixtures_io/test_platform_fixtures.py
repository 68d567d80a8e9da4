"""Recipients load, export and are checked like laws."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kb.editorial.models import EditorialStatus
from kb.recipients.models import Platform
from tests.conftest import jurisdiction_doc, platform_doc, write_doc

CANONICAL = """\
id: examplebook
name: ExampleBook
kind: social
legal_entity: ExampleBook Inc.
established_in: null
hostnames:
  - examplebook.com
  - exb.ink
regimes:
  - us_take_it_down
dsa_vlop: null
stopncii_partner: true
take_it_down_participant: null
notes: null
sources:
  - url: https://examplebook.com/help/ncii
    kind: platform_page
    verified_on: 2026-11-01
channels:
  - purpose: ncii
    method: web_form
    value: https://examplebook.com/report
    notes: null
    source_url: https://examplebook.com/help/ncii
    verified_on: 2026-11-01
"""


def test_a_platform_loads_published_with_its_channels_and_exports_byte_for_byte(db, tmp_path):
    path = write_doc(tmp_path, CANONICAL, name="examplebook", kind="platforms")
    call_command("loadkb", str(tmp_path), stdout=io.StringIO())
    platform = Platform.objects.get(slug="examplebook")
    assert (platform.editorial_status, platform.stopncii_partner) == (EditorialStatus.PUBLISHED, True)
    assert [c.value for c in platform.channels.all()] == ["https://examplebook.com/report"]
    out = tmp_path / "out"
    call_command("exportkb", "--out", str(out), stdout=io.StringIO())
    assert (out / "platforms" / "examplebook.yaml").read_text() == path.read_text()


def test_one_hostname_claimed_by_two_platforms_is_refused(db, tmp_path, capsys):
    write_doc(tmp_path, platform_doc("examplebook"), kind="platforms")
    second = write_doc(tmp_path, platform_doc("examplegram", hostnames=["exb.ink"]), kind="platforms")
    with pytest.raises(CommandError):
        call_command("loadkb", str(tmp_path))
    expected = f"{second}: hostnames[0]: 'exb.ink' is also claimed by platform 'examplebook'"
    assert capsys.readouterr().err.strip() == expected
    assert not Platform.objects.exists()


def test_checkkb_reports_a_platform_established_in_an_unknown_jurisdiction(db, tmp_path):
    write_doc(tmp_path, jurisdiction_doc("zz"))
    path = write_doc(tmp_path, platform_doc(established_in="qq", regimes=["eu_dsa"]), kind="platforms")
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 error"):
        call_command("checkkb", str(tmp_path), "--today", "2026-11-21", stdout=out)
    lines = out.getvalue().splitlines()
    assert f"ERROR {path}: established_in: no jurisdiction with code 'qq'" in lines
    assert f"WARNING {path}: regimes[0]: no law in the data defines regime 'eu_dsa' yet" in lines


def test_checkkb_warns_about_channels_not_verified_for_a_year(db, tmp_path):
    stale = platform_doc()
    stale["channels"][0]["verified_on"] = "2025-01-01"
    path = write_doc(tmp_path, stale, kind="platforms")
    out = io.StringIO()
    call_command("checkkb", str(tmp_path), "--today", "2026-11-21", stdout=out)
    assert f"WARNING {path}: channels[0].verified_on: not verified since 2025-01-01" in out.getvalue().splitlines()
