"""The JSON contract (README, "JSON"), generated from the result types: every field of a
result is encoded unless the type marks it otherwise (`qa.types`: FLATTEN, OMIT_NONE,
NOT_IN_JSON, JSON_PROPERTIES), so no field can be dropped by an encoder that forgot it."""
from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import lru_cache

PLAIN = (str, int, float, bool, type(None))  # exactly these types, not str enums


def to_json(value):
    """Plain JSON values (dicts, lists, str, numbers, bools, None) for a result."""
    if type(value) in PLAIN:  # most values: checked first, a batch encodes thousands
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return encode_fields(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    return value


@lru_cache(maxsize=None)
def json_rules(cls) -> tuple[tuple[str, str | None], ...]:
    """(field name, its JSON rule) of a result type, in field order."""
    return tuple((spec.name, spec.metadata.get("json")) for spec in fields(cls))


def encode_fields(value) -> dict:
    out: dict = {}
    for name, rule in json_rules(type(value)):
        item = getattr(value, name)
        if rule == "skip" or (rule == "omit_none" and item is None):
            continue
        if rule == "flatten":
            out.update(to_json(item))
        else:
            out[name] = to_json(item)
    for name in getattr(type(value), "JSON_PROPERTIES", ()):
        out[name] = to_json(getattr(value, name))
    return out


def dumps(value) -> str:
    """One JSON document on one line (non-ASCII text as it is)."""
    return json.dumps(to_json(value), ensure_ascii=False)
