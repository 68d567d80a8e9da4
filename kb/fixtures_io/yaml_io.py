"""Reading and writing fixture YAML in one canonical form.

Dates stay strings when read (so the schema, not the YAML parser, decides what a valid date is and the
error can say so), and only true/false are booleans (YAML 1.1 would turn `covers_synthetic: no` into
False). Writing is canonical: fixed key order, no line folding, dates unquoted, `yes`/`no` quoted so that
other YAML readers do not mistake them for booleans. exportkb output is therefore byte-stable.
"""

import re
from typing import Any

import yaml

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_BOOL = "tag:yaml.org,2002:bool"


def _without(resolvers: dict, tags: set[str]) -> dict:
    return {
        first: [(tag, regexp) for tag, regexp in entries if tag not in tags]
        for first, entries in resolvers.items()
    }


class FixtureLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2-style booleans and no implicit dates."""


# The same rules on libyaml's parser: several times faster on the whole data set (loadkb, every test that
# loads the knowledge base). Errors are re-read with the pure-Python loader so messages stay the same.
FastFixtureLoader = type("FastFixtureLoader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})

for _loader in (FixtureLoader, FastFixtureLoader):
    _loader.yaml_implicit_resolvers = _without(yaml.SafeLoader.yaml_implicit_resolvers, {_TIMESTAMP, _BOOL})
    _loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


class FixtureDumper(yaml.SafeDumper):
    """SafeDumper that writes ISO dates held as strings without quotes."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, which is how people write these files by hand.
        return super().increase_indent(flow, False)


FixtureDumper.yaml_implicit_resolvers = _without(yaml.SafeDumper.yaml_implicit_resolvers, {_TIMESTAMP})


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


FixtureDumper.add_representer(str, _represent_str)


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def parse(text: str) -> Any:
    try:
        return yaml.load(text, Loader=FastFixtureLoader)  # noqa: S506 - a SafeLoader (libyaml's)
    except yaml.YAMLError:
        pass  # report the error in the words (and line and column) of the reference parser
    try:
        return yaml.load(text, Loader=FixtureLoader)  # noqa: S506 - FixtureLoader is a SafeLoader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise YamlSyntaxError(problem, line, column) from error
    except yaml.YAMLError as error:
        raise YamlSyntaxError(str(error), None, None) from error


def dump(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=FixtureDumper,
        sort_keys=False,
        allow_unicode=True,
        width=1_000_000,
        default_flow_style=False,
    )
