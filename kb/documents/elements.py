"""What each required notice element means for a Recourse letter, and how to tell it is there.

The knowledge base records, per regime, the element keys a valid notice must contain (with citations).
Here each key is tied to the statement our templates write for it: a check on the incident's data (is
there something true to say?) and the heading that must appear in the rendered text. A key with no
entry here is reported as unsatisfied, never silently passed.
"""

from collections.abc import Callable
from dataclasses import dataclass

from kb.matching.incident import Incident


@dataclass(frozen=True)
class Statement:
    heading: str  # appears verbatim in every letter that makes the statement
    holds: Callable[[Incident, dict], bool]


def _has_items(incident: Incident, letter: dict) -> bool:
    return bool(letter.get("items"))


STATEMENTS = {
    "who": Statement("Who is making this request",
                     lambda i, _: i.depicts_me_or_principal and (not i.requester.is_representative
                                                                 or bool(i.requester.authority_statement))),
    "where": Statement("Where the content is", _has_items),
    "what": Statement("What the content is", lambda i, _: i.sexual),
    "nonconsent": Statement("Statement of non-consent", lambda i, _: i.good_faith and i.not_consented),
    "reasons": Statement("Why this content is unlawful", lambda _, letter: bool(letter.get("laws"))),
    "accuracy": Statement("Accuracy", lambda i, _: i.good_faith),
    "contact": Statement("Contact details", lambda i, _: bool(i.requester.email or i.requester.postal_address)),
    "name_and_email": Statement("Contact details", lambda i, _: bool(i.requester.name and i.requester.email)),
    "signature": Statement("Signature", lambda i, _: bool(i.signature)),
    "work": Statement("The copyrighted work", lambda i, _: i.requester_owns_copyright),
    "unauthorized": Statement("Statement of good faith", lambda i, _: i.requester_owns_copyright and i.good_faith),
    "perjury": Statement("Statement under penalty of perjury",
                         lambda i, _: i.requester_owns_copyright and i.good_faith),
}

# Element keys used in the knowledge base -> the statement that satisfies them.
ELEMENT_STATEMENT = {
    "signature": "signature",
    "identification_and_location": "where",
    "content_identification": "where",
    "content_details": "where",
    "location": "where",
    "exact_location": "where",
    "contact_information": "contact",
    "contact_details": "contact",
    "contact": "contact",
    "name_and_email": "name_and_email",
    "good_faith_statement": "nonconsent",
    "good_faith_truth_declaration": "accuracy",
    "bona_fide_statement": "accuracy",
    "reporter_status_declaration": "who",
    "intimate_image_declaration": "what",
    "substantiated_explanation": "reasons",
    "copyrighted_work": "work",
    "good_faith_unauthorized_use": "unauthorized",
    "accuracy_under_penalty_of_perjury": "perjury",
}


def check_element(key: str, incident: Incident, letter: dict, rendered_text: str) -> bool:
    statement_name = ELEMENT_STATEMENT.get(key)
    if statement_name is None:
        return False
    statement = STATEMENTS[statement_name]
    return statement.holds(incident, letter) and statement.heading in rendered_text
