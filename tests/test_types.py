"""The result types and the JSON contract generated from them."""
from __future__ import annotations

import inspect
from dataclasses import FrozenInstanceError, asdict, field, fields, make_dataclass, replace

import pytest

from qa.types import RESULT_TYPES, Passage, PassageKind

BODY = PassageKind.BODY


def test_page_is_optional_and_cited_only_when_set():
    plain = Passage("a.txt", 3, 10, 12, "T", "", BODY, "Text.")
    assert plain.page is None and plain.citation == "a.txt ¶3 (lines 10-12)"
    paged = Passage("r.pdf", 5, 40, 47, "T", "", BODY, "Text.", page=2)
    assert paged.citation == "r.pdf p.2 ¶5 (lines 40-47)"
    assert Passage(**asdict(paged)) == paged  # the stored index round-trips the new field
    stored_before = {k: v for k, v in asdict(plain).items() if k != "page"}
    assert Passage(**stored_before) == plain


# Each result type against the class @dataclass(frozen=True) makes of the same fields: the
# shared methods of `Encodable` and the __init__s compiled together must behave alike.
@pytest.mark.parametrize("cls", RESULT_TYPES, ids=lambda cls: cls.__name__)
def test_results_behave_as_frozen_dataclasses(cls):
    reference = make_dataclass(cls.__name__, [
        (f.name, f.type, field(default=f.default, repr=f.repr, compare=f.compare,
                               kw_only=f.kw_only, metadata=f.metadata)) for f in fields(cls)],
        frozen=True)
    assert str(inspect.signature(cls)) == str(inspect.signature(reference))
    values = {f.name: f"{f.name}-value" for f in fields(cls)}
    ours, theirs = cls(**values), reference(**values)
    assert repr(ours) == repr(theirs)
    assert hash(ours) == hash(theirs)
    assert replace(ours, **values) == ours and ours != theirs
    for f in fields(cls):  # a changed field makes it unequal where, and only where, it does theirs
        changed = {**values, f.name: "changed"}
        assert (cls(**changed) == ours) == (reference(**changed) == theirs)
    first = fields(cls)[0].name
    with pytest.raises(FrozenInstanceError):
        setattr(ours, first, "changed")
    with pytest.raises(FrozenInstanceError):
        ours.extra = 1
    with pytest.raises(FrozenInstanceError):
        delattr(ours, first)
    positional = [values[f.name] for f in fields(cls) if not f.kw_only]
    assert cls(*positional, **{f.name: values[f.name] for f in fields(cls) if f.kw_only}) == ours
    with pytest.raises(TypeError, match=rf"^{cls.__name__}\.__init__\(\) got an unexpected"):
        cls(**values, unknown=1)
