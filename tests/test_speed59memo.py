"""Round 59's memo asks: `remembered(text, key, make, *args)` calls `make(*args)` once, on the
first ask, and finds it after, so a hot ask passes a module's function and its arguments
instead of a new `lambda` at every ask; the old `make()` form still works. And the makers
moved out of their askers make what the closures made. Invented sentences."""
from qa.claims.compare import find_regions, regions_of, verbless
from qa.claims.facts import (find_name_positions, name_positions, parse, remembered,
                             token_index)
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())

TEXTS = ("The Harbour Trust of Port Ellery moved the ferry to the northern quay in May.",
         "Annual Report of the Harbour Trust of Port Ellery, 1998.")


class Counted:
    """A maker that counts its calls and keeps the arguments it was given."""

    def __init__(self):
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args)
        return len(self.calls)


def test_a_maker_with_arguments_is_called_once_with_them():
    text = parse("The ferry left the quay at dawn.", VOCAB)
    make = Counted()
    first = remembered(text, ("counted", 1), make, text, "quay")
    again = remembered(text, ("counted", 1), make, text, "other")  # found: not made again
    assert first == again == 1
    assert make.calls == [(text, "quay")]
    assert remembered(text, ("counted", 2), make, text, "dawn") == 2  # another key: made


def test_the_old_form_without_arguments_still_works():
    text = parse("The ferry left the quay at dawn.", VOCAB)
    make = Counted()
    assert remembered(text, ("counted old",), make) == 1
    assert remembered(text, ("counted old",), make) == 1
    assert make.calls == [()]


def test_a_remembered_none_is_not_made_again():
    text = parse("The ferry left the quay at dawn.", VOCAB)
    calls = []
    assert remembered(text, ("nothing",), calls.append, "asked") is None
    assert remembered(text, ("nothing",), calls.append, "asked") is None
    assert calls == ["asked"]


def test_moved_makers_read_what_the_askers_return():
    for words in TEXTS:
        text = parse(words, VOCAB)
        assert name_positions(text) == find_name_positions(text) == frozenset(
            at for m in text.mentions if m.family == "name" for at in range(m.start, m.end))
        assert regions_of(text) == find_regions(text)
        assert all(token_index(text, t) == i for i, t in enumerate(text.tokens))
    assert [t.word for t, _ in regions_of(parse(TEXTS[0], VOCAB))] == ["northern"]
    assert verbless(parse(TEXTS[1], VOCAB)) and not verbless(parse(TEXTS[0], VOCAB))
