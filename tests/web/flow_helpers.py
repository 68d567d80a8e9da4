"""Walk the guided flow with Django's test client, carrying the state the way a browser does."""

import re

from django.test import Client

ADULT_CA = {
    "safety": {"age": "adult"},
    "place": {"person_jurisdiction": "us-ca"},
    "what": {"synthetic": "fake", "conduct_date": "2025-06-01", "discovered_date": "2025-06-03", "description": ""},
    "where": {"urls": "https://examplebook.com/p/1\nhttps://examplegram.com/p/2"},
    "who": {"relationship": "self", "name": "Alex Doe", "email": "alex@example.org", "postal_address": "",
            "phone": "", "organization": "", "authority_statement": "", "owns_copyright": "no"},
    "confirm": {"depicts": "on", "not_consented": "on", "good_faith": "on", "signature": "Alex Doe"},
}


def hidden_fields(html: str) -> dict:
    fields = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html):
        if name not in ("step", "csrfmiddlewaretoken", "to_review"):
            fields[name] = (value.replace("&amp;", "&").replace("&quot;", '"').replace("&#x27;", "'")
                            .replace("&lt;", "<").replace("&gt;", ">").replace("&#10;", "\n"))
    return fields


def post(client: Client, step: str, carried: dict, answers: dict, action: str = "next"):  # noqa: ANN201
    return client.post("/flow/", {**carried, **answers, "step": step, "action": action})


def walk(client: Client, answers: dict = ADULT_CA, until: str | None = None):  # noqa: ANN201
    response = client.post("/flow/", {"step": "start"})
    carried: dict = {}
    for step, values in answers.items():
        response = post(client, step, carried, values)
        carried = {**carried, **values, **hidden_fields(response.content.decode())}
        if step == "safety" and values.get("age") == "minor":
            response = client.post("/flow/", {**carried, "step": "minor", "action": "next"})
        if step == until:
            return response, carried
    return response, carried
