"""JSON Schema validation of one parsed fixture, with errors phrased for the person who edits the file."""

import json
from functools import cache
from pathlib import Path

from django.conf import settings
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from kb.fixtures_io.problems import Problem, format_path

TYPE_WORDS = {"string": "text", "integer": "a whole number", "boolean": "true or false", "array": "a list",
              "object": "a mapping", "null": "null", "number": "a number"}


@cache
def validator(kind: str) -> Draft202012Validator:
    path = Path(settings.FIXTURES_DIR) / "schema" / f"{kind}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _describe(error: ValidationError) -> tuple[list, str]:
    path = list(error.absolute_path)
    value = error.instance
    match error.validator:
        case "required":
            missing = error.message.split("'")[1]
            return path + [missing], "required field is missing"
        case "additionalProperties":
            extras = sorted(set(value) - set(error.schema.get("properties", {})))
            return path + [extras[0]], "unknown field" + (f" (also: {', '.join(extras[1:])})" if extras[1:] else "")
        case "format" | "pattern" if error.schema.get("format") == "date":
            return path, f"{value!r} is not a date (expected YYYY-MM-DD)"
        case "enum":
            return path, f"{value!r} is not one of: {', '.join(map(str, error.validator_value))}"
        case "type":
            wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
            return path, f"expected {' or '.join(TYPE_WORDS.get(t, t) for t in wanted)}, got {value!r}"
        case "minItems" if path and path[-1] == "sources":
            return path, "every law version needs at least one source"
        case "minItems":
            return path, f"needs at least {error.validator_value} item(s)"
        case "maxLength":
            return path, f"is longer than {error.validator_value} characters"
        case "minLength":
            return path, "must not be empty"
        case "uniqueItems":
            return path, "contains the same item twice"
        case "pattern" if str(error.validator_value).startswith("^https?://"):
            return path, (f"{value!r} is not a web address: it must start with http:// or https:// and have no spaces "
                          "or non-ASCII characters (percent-encode them, e.g. § as %C2%A7)")
        case "pattern":
            return path, f"{value!r} does not have the expected form ({error.validator_value})"
        case "anyOf" if any("date" in str(s) for s in error.validator_value):
            return path, f"{value!r} is not a date (expected YYYY-MM-DD)"
    return path, error.message


def validate(data: object, *, kind: str, display: str) -> list[Problem]:
    problems: list[Problem] = []
    for error in sorted(validator(kind).iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        path, message = _describe(error)
        problem = Problem(display, format_path(path), message)
        if problem not in problems:  # a bad date fails both its pattern and its format
            problems.append(problem)
    return problems
