"""Round 62's exact speed-up (branch speed65): `opposite_reversed` reads the places of a pair
only when one of the sentence's words has a form among the one-link opposites of one of the
claim's opposable words (`opposite_in_place.opposed_by_form`), the test its last step makes of
the pair it returns. Invented sentences (a harbour board, its crews and ferries).
"""
import qa.claims.opposite_in_place as opposite_module
from qa.claims.facts import parse
from qa.claims.opposite_in_place import opposed_by_form, opposite_reversed
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def parsed(claim: str, sentence: str):
    return parse(claim, VOCAB), parse(sentence, VOCAB)


def test_an_opposite_the_tables_join_passes_the_form_test():
    claim, sentence = parsed("The harbour board detained the four crews in 2019.",
                             "The harbour board released the four crews in 2019.")
    assert opposed_by_form(claim, sentence)
    assert opposite_reversed(claim, sentence, VOCAB, frozenset())[1].word == "released"


def test_a_sentence_without_such_a_form_is_not_read(monkeypatch):
    claim, sentence = parsed("The harbour board detained the four crews in 2019.",
                             "The harbour board repainted the four ferries in 2019.")
    assert not opposed_by_form(claim, sentence)

    def boom(*args, **kwargs):
        raise AssertionError("the places were read for a pair the last test refuses")

    monkeypatch.setattr(opposite_module, "opposite_in_place", boom)
    assert opposite_reversed(claim, sentence, VOCAB, frozenset()) is None

