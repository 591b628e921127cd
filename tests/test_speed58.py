"""Round 58's exact speed-ups: a claim's opposable words remembered on its parse and a
sentence's words read for an opposite only where a table of its forms and ways places one; a
compound looked for in a sentence only where a verb of it has an agent noun ending it; a word's
other spellings remembered; a string table's bisection in C. Invented sentences."""
from qa.claims.agent_compounds import (agent_endings, agent_nouns, agents_of, spelled_apart,
                                       spellings as compound_spellings, verb_forms)
from qa.claims.compare import negated
from qa.claims.facts import parse
from qa.claims.opposite_in_place import (candidate, changes_against, forms, graded_after,
                                         opposable_words, opposite_in_place, opposite_places)
from qa.claims.variants import respelled, spellings
from qa.claims.verb_in_place import states
from qa.claims.vocabulary import vocabulary_for
from qa.index.tables import SortedStrings
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())

CLAIMS = ("The harbour board detained the three fishermen in March.",
          "The ferry company enlarged its berth and widened the quay.",
          "Critics called the new mooring rules lenient.")
SENTENCES = ("The harbour board released the three fishermen in March.",
             "The ferry company shrank its berth and narrowed the old quay.",
             "Critics called the new mooring rules strict, and the board freed two boats.",
             "Nothing was said of the quay by the ferry company.")


def plain_found(claim, i, sentence, opposites, way, direct):
    """The sentence's words `opposite_in_place` found for the claim's word `i` before: every
    word tested."""
    mine = claim.tokens[i]
    return [k for k, theirs in enumerate(sentence.tokens)
            if (forms(theirs.word) & opposites
                or changes_against(way, theirs) and not graded_after(sentence, k))
            and not forms(theirs.word) & direct
            and candidate(sentence, theirs) and not negated(sentence, theirs)
            and not states(mine, theirs, VOCAB)]


def test_opposite_places_hold_every_word_the_plain_reading_finds():
    for text in CLAIMS:
        claim = parse(text, VOCAB)
        words = opposable_words(claim)
        assert opposable_words(claim) is words  # remembered on the parse
        assert words  # each claim has a word WordNet opposes another to
        for sentence_text in SENTENCES:
            sentence = parse(sentence_text, VOCAB)
            for i, _, opposites, way, direct in words:
                places = opposite_places(sentence, opposites, way)
                assert places == sorted(places)
                found = plain_found(claim, i, sentence, opposites, way, direct)
                assert set(found) <= set(places)


def test_an_opposite_in_place_is_found_through_the_places():
    claim = parse(CLAIMS[0], VOCAB)
    sentence = parse(SENTENCES[0], VOCAB)
    found = opposite_in_place(claim, sentence, VOCAB, frozenset())
    assert found is not None and (found[0].word, found[1].word) == ("detained", "released")
    # a sentence without any opposite of the claim's words: no place to read
    other = parse(SENTENCES[3], VOCAB)
    assert all(not opposite_places(other, opposites, way)
               for _, _, opposites, way, _ in opposable_words(claim))


def test_a_compound_is_looked_for_only_where_a_verb_has_its_agent_noun():
    held = parse("The Lunel council held the pen on the harbour file for a year.", VOCAB)
    assert "holder" in agents_of(held)
    assert "holder" in agent_endings("penholder")
    assert spelled_apart(held, "penholder") is not None
    # no verb of the sentence makes an agent noun ending the compound: nothing spelled
    quiet = parse("The Lunel council of the old harbour in the north.", VOCAB)
    assert agent_endings("penholder").isdisjoint(agents_of(quiet))
    assert spelled_apart(quiet, "penholder") is None
    # the gate agrees with a full pass over the sentence's spellings
    for text in (*SENTENCES, "The ferries keep the gate and make the shoes."):
        sentence = parse(text, VOCAB)
        for compound in ("penholder", "gatekeeper", "shoemaker", "boatbuilder"):
            plain = next((pair for word, pair in compound_spellings(sentence, compound)
                          if word == compound), None)
            assert spelled_apart(sentence, compound) == plain
    assert agents_of(held) == {a for t in held.tokens for v in verb_forms(t.word.lower())
                               for a in agent_nouns(v)}


def test_other_spellings_are_remembered():
    before = respelled.cache_info().hits
    assert spellings("harbour") == ["harbor"] == list(respelled("harbour"))
    assert respelled.cache_info().hits > before


def test_sorted_strings_find_each_string_and_no_other():
    words = sorted({"a", "ab", "abc", "b", "ba", "quay", "quays", "zz", "éclair", "été", "ü"})
    blob, offsets = SortedStrings.encode(words)
    table = SortedStrings(blob, offsets)
    for i, word in enumerate(words):
        assert table.search(word) == i
    for missing in ("", "aa", "abcd", "c", "quai", "zzz", "ét", "\uffff"):
        assert table.search(missing) is None
