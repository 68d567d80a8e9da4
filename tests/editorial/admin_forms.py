"""Build the POST a browser would send from an admin change page, so tests edit like people do."""

from django.test import Client


def _field_values(form) -> dict:  # noqa: ANN001
    data = {}
    for bound in form:
        value = bound.value()
        if value is None:
            continue
        if isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
            continue
        if isinstance(value, list | tuple):
            data[bound.html_name] = [str(v) for v in value]
        else:
            data[bound.html_name] = value if isinstance(value, str) else str(value)
    return data


def change_form_data(client: Client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    data = _field_values(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_field_values(formset.management_form))
        for form in formset.forms:
            data.update(_field_values(form))
    return data
