"""Lawyers name a country's whole family of laws with one word: all-au, all-ca, all-eu ..."""

from kb.laws.compare import selected_codes

KNOWN = ["au", "au-nsw", "au-vic", "ca", "ca-bc", "eu", "fr", "it", "us", "us-ca", "gb", "gb-eng"]


def test_a_country_group_brings_the_country_and_its_states_or_provinces():
    assert selected_codes(["all-au"], KNOWN) == (["au", "au-nsw", "au-vic"], [])
    assert selected_codes(["ALL-CA "], KNOWN) == (["ca", "ca-bc"], [])
    assert selected_codes(["all-gb"], KNOWN) == (["gb", "gb-eng"], [])


def test_the_eu_group_brings_the_union_and_its_member_states_only():
    assert selected_codes(["all-eu"], KNOWN) == (["eu", "fr", "it"], [])


def test_a_group_for_an_unknown_country_is_reported_missing_not_silently_empty():
    assert selected_codes(["all-zz", "us-ca"], KNOWN) == (["us-ca"], ["all-zz"])


def test_codes_named_twice_appear_once_in_the_order_first_asked():
    assert selected_codes(["us-ca", "all-us"], KNOWN) == (["us-ca", "us"], [])
