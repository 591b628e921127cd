"""`@frozen`: the class `@dataclass(frozen=True)` makes, for a fraction of its cost at import.

@dataclass(frozen=True) writes six methods of every class as source and compiles each one
(`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`, `__delattr__`): about 0.5 ms a
class on Python 3.11, and a cold `qa ask` loads some 30 such classes, a fifth of what the
interpreter and Typer take to start. `@frozen` compiles the `__init__` alone; the other five
are functions shared by every class, driven by its fields. The class is a dataclass all the
same: `dataclasses.fields`, `replace`, `asdict` and `is_dataclass` work on it, its `__init__`
has the signature @dataclass gives (keyword-only fields, defaults, default factories), and it
compares, hashes, prints and refuses assignment as @dataclass(frozen=True) would
(tests/test_frozen.py holds one against the other).
"""
from __future__ import annotations

import inspect  # loaded by dataclasses anyway
from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from operator import attrgetter

GENERATED = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


def frozen(cls: type) -> type:
    """Make `cls` a frozen dataclass (see the module's docstring)."""
    own = [name for name in GENERATED if name in cls.__dict__]
    if own or "__post_init__" in dir(cls):
        raise TypeError(f"{cls.__name__} defines {own or '__post_init__'}: use @dataclass")
    documented = bool(cls.__dict__.get("__doc__"))
    if not documented:  # named below, once __init__ is there (object's signature is slow)
        cls.__doc__ = cls.__name__
    cls = dataclass(init=False, repr=False, eq=False)(cls)
    specs = fields(cls)
    cls._frozen_compared = values_of(f.name for f in specs if f.compare)
    cls._frozen_hashed = values_of(f.name for f in specs
                                   if (f.compare if f.hash is None else f.hash))
    cls._frozen_shown = tuple(f.name for f in specs if f.repr)
    cls._frozen_class, cls._frozen_fields = cls, frozenset(f.name for f in specs)
    cls.__init__ = compiled_init(cls, specs)
    cls.__repr__, cls.__eq__, cls.__hash__ = shared_repr, shared_eq, shared_hash
    cls.__setattr__, cls.__delattr__ = refuse_assignment, refuse_deletion
    if not documented:  # @dataclass names the class by its signature, which is now known
        cls.__doc__ = cls.__name__ + str(inspect.signature(cls)).replace(" -> None", "")
    return cls


def values_of(names) -> Callable[[object], tuple]:
    """A function giving the tuple of those attributes of an object, as @dataclass's methods
    compare and hash them (attrgetter: as fast as the methods it writes)."""
    names = tuple(names)
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    return lambda obj: ()


def shared_eq(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = self.__class__._frozen_compared
    return values(self) == values(other)


def shared_hash(self) -> int:
    return hash(self.__class__._frozen_hashed(self))


def shared_repr(self) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._frozen_shown)
    return f"{self.__class__.__qualname__}({shown})"


def refuse_assignment(self, name: str, value) -> None:
    if refused(self, name):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def refuse_deletion(self, name: str) -> None:
    if refused(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")
    object.__delattr__(self, name)


def refused(obj, name: str) -> bool:
    """As @dataclass(frozen=True): anything of the class itself, a field of a subclass's."""
    return type(obj) is obj._frozen_class or name in obj._frozen_fields


class DefaultFactory:
    """Stands for a field's default that a factory makes anew for each instance."""

    def __repr__(self) -> str:
        return "<factory>"  # what inspect.signature shows, as for @dataclass


MAKE_DEFAULT = DefaultFactory()


def compiled_init(cls: type, specs) -> object:
    """The `__init__` @dataclass(frozen=True) writes: a parameter per field that __init__
    sets (keyword-only ones after `*`), and each value set past the refusing __setattr__; a
    field left out of __init__ gets its factory's value (a plain default stays the class's)."""
    positional, keyword, body = ["self"], [], []
    namespace = {"assign": object.__setattr__, "MAKE_DEFAULT": MAKE_DEFAULT}
    for spec in specs:
        name, default = spec.name, f"_default_{spec.name}"
        if spec.default_factory is not MISSING:
            namespace[default] = spec.default_factory
            value = f"{default}() if {name} is MAKE_DEFAULT else {name}" if spec.init \
                else f"{default}()"
            parameter = f"{name}=MAKE_DEFAULT"
        elif spec.default is not MISSING:
            namespace[default] = spec.default
            value, parameter = name, f"{name}={default}"
        else:
            value = parameter = name
        if spec.init:
            (keyword if spec.kw_only else positional).append(parameter)
        elif spec.default_factory is MISSING:
            continue
        body.append(f"    assign(self, {name!r}, {value})")
    parameters = ", ".join(positional + (["*", *keyword] if keyword else []))
    exec(f"def __init__({parameters}):\n" + "\n".join(body or ["    pass"]), namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {**{f.name: f.type for f in specs if f.init and not f.kw_only},
                            **{f.name: f.type for f in specs if f.init and f.kw_only},
                            "return": None}
    return init
