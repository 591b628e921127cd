"""`@frozen` against `@dataclass(frozen=True)`: every class qa makes with it, and one that uses
every kind of field, must behave as the standard decorator's class of the same fields."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import (FrozenInstanceError, asdict, dataclass, field, fields, is_dataclass,
                         make_dataclass, replace)

import pytest

import qa
from qa.frozen import frozen


@frozen
class EveryKind:
    number: int
    text: str = "x"
    unseen: tuple = field(default=(), compare=False)
    shown_not: str = field(default="", repr=False)
    made: list = field(default_factory=list)
    later: dict = field(default_factory=dict, init=False, hash=False)
    fixed: int = field(default=7, init=False)
    unhashed: str = field(default="", hash=False)
    named: str | None = field(default=None, kw_only=True)


def frozen_classes() -> list[type]:
    found = {EveryKind}
    for name in ["cli", *(m.name for m in pkgutil.walk_packages(qa.__path__, "qa."))]:
        try:
            loaded = importlib.import_module(name)
        except ImportError:  # an optional extra (the MCP SDK) is not installed
            continue
        found.update(value for value in vars(loaded).values()
                     if isinstance(value, type) and "_frozen_compared" in vars(value))
    return sorted(found, key=lambda cls: cls.__qualname__)


def standard_twin(cls: type) -> type:
    """The class @dataclass(frozen=True) makes of the same fields."""
    return make_dataclass(cls.__name__, [
        (f.name, f.type, field(default=f.default, default_factory=f.default_factory,
                               init=f.init, repr=f.repr, hash=f.hash, compare=f.compare,
                               kw_only=f.kw_only, metadata=f.metadata))
        for f in fields(cls)], frozen=True)


@pytest.mark.parametrize("cls", frozen_classes(), ids=lambda cls: cls.__qualname__)
def test_frozen_classes_behave_as_standard_frozen_dataclasses(cls):
    twin = standard_twin(cls)
    assert is_dataclass(cls) and [f.name for f in fields(cls)] == [f.name for f in fields(twin)]
    assert str(inspect.signature(cls)) == str(inspect.signature(twin))
    given = {f.name: f"{f.name}-value" for f in fields(cls) if f.init}
    ours, theirs = cls(**given), twin(**given)
    assert repr(ours) == repr(theirs)
    assert hash(ours) == hash(theirs)
    assert asdict(ours) == asdict(theirs)
    assert replace(ours, **given) == ours and ours != theirs  # another class is not equal
    for name in given:  # a changed field makes it unequal where, and only where, it does theirs
        changed = {**given, name: "changed"}
        assert (cls(**changed) == ours) == (twin(**changed) == theirs)
        assert (hash(cls(**changed)) == hash(ours)) == (hash(twin(**changed)) == hash(theirs))
    positional = [given[f.name] for f in fields(cls) if f.init and not f.kw_only]
    assert cls(*positional, **{f.name: given[f.name] for f in fields(cls)
                               if f.init and f.kw_only}) == ours
    first = fields(cls)[0].name
    for change in (lambda: setattr(ours, first, "changed"), lambda: setattr(ours, "extra", 1),
                   lambda: delattr(ours, first)):
        with pytest.raises(FrozenInstanceError):
            change()
    with pytest.raises(TypeError, match=rf"^{cls.__name__}\.__init__\(\) got an unexpected"):
        cls(**given, unknown=1)


def test_defaults_and_factories_as_the_standard_decorator_gives_them():
    twin = standard_twin(EveryKind)
    ours, theirs = EveryKind(1), twin(1)
    assert vars(ours) == vars(theirs)  # a plain default left out of __init__ stays the class's
    assert ours.made == [] and ours.made is not EveryKind(1).made  # a new list each time
    assert ours.later == {} and ours.fixed == 7
    assert EveryKind.__doc__ == twin.__doc__.replace(twin.__name__, "EveryKind", 1)
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'number'"):
        EveryKind()


def test_a_class_with_its_own_generated_method_is_refused():
    with pytest.raises(TypeError, match="__eq__"):
        @frozen
        class Custom:
            a: int

            def __eq__(self, other):
                return True

    with pytest.raises(TypeError, match="__post_init__"):
        @frozen
        class Checked:
            a: int

            def __post_init__(self):
                pass


def test_a_plain_subclass_may_set_what_is_not_a_field():
    class Plain(EveryKind):
        pass

    class Twin(standard_twin(EveryKind)):
        pass

    for cls in (Plain, Twin):
        obj = cls(1)
        obj.extra = 2  # as the standard decorator allows
        del obj.extra
        with pytest.raises(FrozenInstanceError):
            obj.number = 2
        with pytest.raises(FrozenInstanceError):
            del obj.text
