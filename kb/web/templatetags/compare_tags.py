from django import template

register = template.Library()


@register.filter
def cell(row, key: str) -> str:  # noqa: ANN001
    return row.cell(key)


@register.filter
def get_item(mapping: dict, key: str) -> object:
    return mapping.get(key)
