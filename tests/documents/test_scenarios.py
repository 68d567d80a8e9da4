"""Scenarios from the generator issue: the right laws, the right documents, the right words in the PDF."""

import pytest

from tests.kb_fixtures import document, generate, text_of

TIDA_ELEMENTS_IN_PDF = [
    "/s/ Alex Doe",                                   # signature
    "https://examplebook.com/p/1",                    # identification and location
    "I have a good-faith belief that the intimate images identified above were published without the consent",
    "Email: alex@example.org",                        # contact information
]


def test_a_californian_adult_deepfake_on_two_platforms(kb):
    bundle = generate()
    kinds = sorted((d["kind"], d["recipient"]) for d in bundle.manifest["documents"])
    assert kinds == [
        ("checklist", None),
        ("preservation_request", "examplebook"), ("preservation_request", "examplegram"),
        ("removal_request", "examplebook"), ("removal_request", "examplegram"),
    ]
    letter = document(bundle, "removal_request", "examplebook")
    assert letter["legal_bases"][0] == "us-take-it-down-removal"
    assert {"us-take-it-down-publication", "us-ca-civ-1708-86", "us-ca-pen-647-j-4"} <= set(letter["legal_bases"])
    assert "us-ca-pen-311-ai-csam" not in letter["legal_bases"]  # minors-only law, adult victim
    assert letter["items"] == ["https://examplebook.com/p/1"]
    assert all(row["satisfied"] for row in letter["completeness"])
    assert {row["element"] for row in letter["completeness"]} == {
        "signature", "identification_and_location", "good_faith_statement", "contact_information"}
    pdf = text_of(bundle, letter)
    for element in TIDA_ELEMENTS_IN_PDF:
        assert element in pdf
    assert "47 U.S.C. § 223a requires you to act within 48 hours of receiving a valid request." in pdf
    assert "known identical copies" in pdf


def test_each_recipient_gets_only_its_own_urls(kb):
    bundle = generate()
    gram = document(bundle, "removal_request", "examplegram")
    assert gram["items"] == ["https://www.examplegram.com/p/2"]
    assert "https://examplebook.com/p/1" not in text_of(bundle, gram)


def test_before_the_take_it_down_compliance_date_no_48_hour_deadline_is_claimed(kb):
    bundle = generate(today="2026-03-01")
    letter = document(bundle, "removal_request", "examplebook")
    assert "us-take-it-down-removal" not in letter["legal_bases"]
    assert letter["deadlines"] == []
    assert "48 hours" not in text_of(bundle, letter)
    assert "48 hours" not in text_of(bundle, document(bundle, "checklist", None))
    why = {n.law.slug: n.why for n in bundle.match.not_applicable}
    assert why["us-take-it-down-removal"] == "Its duty binds platforms only from 2026-05-19."


def test_a_minor_gets_ncmec_first_and_is_never_asked_to_capture_the_image(kb):
    bundle = generate(incident__age_at_creation="minor")
    checklist = text_of(bundle, document(bundle, "checklist", None))
    first_section = checklist.index("1. Do this first: report it as child sexual abuse material")
    assert first_section < checklist.index("2. Your safety")
    assert checklist.index("CyberTipline") < checklist.index("Your safety")
    assert "Take It Down" in checklist[:checklist.index("2. Your safety")]
    for capture in ("Take a screenshot", "Save search results", "evidence-log.csv", "Keep every message"):
        assert capture not in checklist
    assert "Do not take screenshots, download, save or send the image" in checklist
    assert "evidence-log.csv" not in bundle.files
    letter = text_of(bundle, document(bundle, "removal_request", "examplebook"))
    assert "screenshot" not in letter.lower() and "attach" not in letter.lower().replace("no image is attached", "")


def test_an_eu_person_gets_a_dsa_notice_and_the_gdpr_month_but_no_hours(kb):
    bundle = generate(person__jurisdiction="fr", items=[{"url": "https://exampletube.eu/v/1"},
                                                        {"url": "https://examplebook.com/p/1"}])
    tube = document(bundle, "removal_request", "exampletube")  # EU platform: DSA and GDPR, no US law
    assert tube["legal_bases"][:2] == ["eu-dsa-art-16", "eu-gdpr-art-17"]
    assert "fr-cp-226-8-1" in tube["legal_bases"]  # the French deepfake offence makes the content illegal
    assert [(d["hours"], d["months"]) for d in tube["deadlines"]] == [(None, 1)]
    dsa = {row["element"]: row["satisfied"] for row in tube["completeness"] if row["regime"] == "eu_dsa"}
    assert dsa == {"substantiated_explanation": True, "exact_location": True, "name_and_email": True,
                   "bona_fide_statement": True}
    pdf = text_of(bundle, tube)
    assert "within one month of receiving this request" in pdf and "hours" not in pdf and "U.S.C." not in pdf
    book = document(bundle, "removal_request", "examplebook")  # a US covered platform is bound wherever you live
    assert [d["citation"] for d in book["deadlines"]] == ["47 U.S.C. § 223a"]
    assert "eu-dsa-art-16" not in book["legal_bases"]  # examplebook is not bound by the DSA in our data


def test_a_us_person_does_not_invoke_eu_residence_regimes(kb):
    bundle = generate(items=[{"url": "https://exampletube.eu/v/1"}])
    tube = document(bundle, "removal_request", "exampletube")
    assert not {"eu-dsa-art-16", "eu-gdpr-art-17"} & set(tube["legal_bases"])
    assert tube["deadlines"] == []


def test_an_australian_is_never_promised_the_24_hours_that_run_from_an_esafety_notice(kb):
    bundle = generate(person__jurisdiction="au", items=[{"url": "https://examplegram.com/p/2"}])
    gram = document(bundle, "removal_request", "examplegram")
    assert "au-osa-2021-ibas" in gram["legal_bases"]
    assert not [d for d in gram["deadlines"] if d["citation"].startswith("Online Safety Act 2021")]
    assert "24 hours" not in text_of(bundle, gram)
    checklist = text_of(bundle, document(bundle, "checklist", None))
    assert "eSafety can order platforms to remove intimate images" in checklist


def test_a_uk_person_gets_the_online_safety_act_deadline_only_where_it_binds(kb):
    bundle = generate(person__jurisdiction="gb-eng", incident__conduct_date="2026-07-01")
    gram = document(bundle, "removal_request", "examplegram")  # examplegram is bound by uk_osa
    book = document(bundle, "removal_request", "examplebook")  # examplebook is not
    assert "gb-osa-2023-illegal-content" in gram["legal_bases"]
    assert "gb-osa-2023-illegal-content" not in book["legal_bases"]
    assert any("Online Safety Act 2023" in d["citation"] for d in gram["deadlines"])
    assert not any("Online Safety Act 2023" in d["citation"] for d in book["deadlines"])
    assert "gb-eng-soa-66b" in gram["legal_bases"]
    assert all(row["satisfied"] for row in gram["completeness"])


def test_a_conduct_date_before_a_state_law_took_effect(kb):
    bundle = generate(incident__conduct_date="2019-06-01", incident__discovered_date="2019-06-02")
    why = {n.law.slug: n.why for n in bundle.match.not_applicable}
    assert why["us-ca-civ-1708-86"] == ("Not yet in force on 2019-06-01 (the date of the conduct); it takes effect on "
                                        "2020-01-01.")
    assert why["us-take-it-down-publication"].startswith("Not yet in force on 2019-06-01")
    letter = document(bundle, "removal_request", "examplebook")
    assert "us-ca-civ-1708-86" not in letter["legal_bases"]


def test_a_real_image_law_that_does_not_reach_fakes_is_excluded_for_a_2024_deepfake(kb):
    bundle = generate(incident__conduct_date="2024-06-01")
    why = {n.law.slug: n.why for n in bundle.match.not_applicable}
    assert why["us-ca-pen-647-j-4"].startswith("It does not reach AI-generated or altered images")


def test_a_copyright_owner_gets_a_dmca_notice_with_its_warnings(kb):
    bundle = generate(incident__requester_owns_copyright=True)
    notice = document(bundle, "dmca_notice", "examplebook")
    pdf = text_of(bundle, notice)
    assert "under penalty of perjury" in pdf and "not authorized by the copyright owner, its agent, or the law" in pdf
    assert all(row["satisfied"] for row in notice["completeness"])
    checklist = text_of(bundle, document(bundle, "checklist", None))
    assert "counter-notice" in checklist and "services may pass it on, including your name" in checklist


@pytest.mark.parametrize("owns", [False])
def test_no_dmca_notice_for_someone_who_does_not_own_the_copyright(kb, owns):
    bundle = generate(incident__requester_owns_copyright=owns)
    assert not [d for d in bundle.manifest["documents"] if d["kind"] == "dmca_notice"]
    assert not any(name.startswith("dmca") for name in bundle.files)
    assert "counter-notice" not in text_of(bundle, document(bundle, "checklist", None))


def test_a_representative_states_their_authority(kb):
    bundle = generate(requester__relationship="authorized_representative",
                      requester__authority_statement="Written authorisation signed by Alex Doe on 2026-11-01.",
                      requester__name="Sam Advocate")
    pdf = text_of(bundle, document(bundle, "removal_request", "examplebook"))
    assert "on behalf of the person shown in the content, as their authorised representative" in pdf
    assert "My authority to act for them: Written authorisation signed by Alex Doe on 2026-11-01." in pdf


def test_a_missing_attestation_is_reported_as_an_unsatisfied_element_not_invented(kb):
    bundle = generate(attestations__not_consented=False)
    letter = document(bundle, "removal_request", "examplebook")
    status = {row["element"]: row["satisfied"] for row in letter["completeness"]}
    assert status["good_faith_statement"] is False
    assert "Statement of non-consent" not in text_of(bundle, letter)


def test_letters_use_us_letter_paper_in_the_us_and_a4_elsewhere(kb):
    import io

    from pypdf import PdfReader

    us = generate()
    uk = generate(person__jurisdiction="gb-eng")
    def width(bundle):  # noqa: ANN001, ANN202
        doc = document(bundle, "removal_request", "examplebook")
        return round(float(PdfReader(io.BytesIO(bundle.files[doc["formats"]["pdf"]])).pages[0].mediabox.width))
    assert width(us) == 612  # 8.5 in
    assert width(uk) == 595  # 210 mm


def test_a_site_recourse_does_not_know_gets_a_letter_and_steps_to_find_its_host(kb):
    bundle = generate(items=[{"url": "https://unknown-site.example/x"}])
    letter = document(bundle, "removal_request", None)
    assert letter["host"] == "unknown-site.example" and letter["channel"] is None
    assert letter["deadlines"] == []  # no regime is known to bind an unknown site
    pdf = text_of(bundle, letter)
    assert "To: The operator of unknown-site.example" in pdf
    assert "If your service is a covered platform under 47 U.S.C. § 223a" in pdf
    checklist = text_of(bundle, document(bundle, "checklist", None))
    assert "Sites Recourse does not know: unknown-site.example" in checklist
    assert "lookup.icann.org" in checklist and "cloudflare.com/abuse" in checklist
