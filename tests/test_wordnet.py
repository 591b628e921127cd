"""The shipped WordNet table: found by bisection, so it must stay sorted and well formed."""
from qa.search import wordnet


def test_first_sense_synonyms_of_a_word_and_of_its_inflections():
    assert "unlikely" in wordnet.synonyms("improbable")
    assert wordnet.synonyms("Successors") == wordnet.synonyms("successor") == ["replacement"]
    assert "two weeks" in wordnet.synonyms("fortnight")  # phrases come with spaces
    assert wordnet.synonyms("went") == wordnet.synonyms("go")  # an irregular form
    assert wordnet.synonyms("zqxj") == [] and wordnet.synonyms("") == []


def test_every_entry_of_the_table_is_found_where_the_bisection_looks():
    text, start = wordnet.table()
    lines = text[start:].splitlines()
    keys = [line.split("\t")[0] for line in lines]
    assert all("\t" in line for line in lines)
    assert keys == sorted(set(keys))  # sorted, no duplicates: the bisection relies on both
    for line in lines[:50] + lines[len(lines) // 2:len(lines) // 2 + 50] + lines[-50:]:
        key, value = line.split("\t")
        assert wordnet.entry(key) == value
    assert all(wordnet.entry(value[1:]) for key, value in (line.split("\t") for line in lines)
               if value.startswith("="))  # an irregular form points at an entry


def test_derived_forms_of_a_word_or_its_inflection():
    from qa.search.wordnet import derived_forms
    assert "decision" in derived_forms("decided")  # through the base form "decide"
    assert "failure" in derived_forms("fail") and "fail" in derived_forms("failure")
    assert derived_forms("the") == [] and derived_forms("zzzz") == []


def test_every_entry_of_the_derivations_table_is_found():
    text, start = wordnet.table(wordnet.DERIVATIONS)
    lines = text[start:].splitlines()
    keys = [line.split("\t")[0] for line in lines]
    assert keys == sorted(set(keys)) and all("\t" in line for line in lines)
    for line in lines[:30] + lines[-30:]:
        key, value = line.split("\t")
        assert wordnet.entry(key, wordnet.DERIVATIONS) == value


def test_the_antonyms_of_a_verbs_hypernyms():
    # "grow", "raise", "improve" are kinds of "change", whose antonym is "stay" / "remain"
    assert wordnet.hypernym_antonyms("grew") == (("remain", "stay"), ("change",))
    assert "remain" in wordnet.hypernym_antonyms("raised")[0]
    assert "change" in wordnet.hypernym_antonyms("improves")[1]
    assert wordnet.hypernym_antonyms("remained") == ((), ())  # no change of its own
    assert wordnet.hypernym_antonyms("walked") == ((), ())  # hypernyms with no antonym near
    text, start = wordnet.table(wordnet.STASIS)
    keys = [line.split("\t")[0] for line in text[start:].splitlines()]
    assert keys == sorted(set(keys))
    assert all(wordnet.entry(key, wordnet.STASIS) for key in keys[::97])


def test_the_verb_of_an_irregular_form():
    assert wordnet.verb_base("spent") == "spend" and wordnet.verb_base("lost") == "lose"
    assert wordnet.verb_base("spend") is None and wordnet.verb_base("zqxj") is None
    text, start = wordnet.table(wordnet.PASTS)
    lines = text[start:].splitlines()
    keys = [line.split("\t")[0] for line in lines]
    assert keys == sorted(set(keys)) and all("\t" in line for line in lines)
    for line in lines[:30] + lines[-30:]:
        key, value = line.split("\t")
        assert wordnet.verb_base(key) == value


def test_a_table_answers_as_a_bisection_of_its_lines():
    # a table is searched through a sample of its lines and `str.find` (`Table`): same entries,
    # same misses as a bisection of its lines (a word list's entries are "", a key's prefix or
    # extension is a miss)
    from bisect import bisect_left
    from pathlib import Path

    def bisected(lines, word):
        i = bisect_left(lines, word)
        line = lines[i] if i < len(lines) else None
        if line == word:
            return ""
        return line[len(word) + 1:] if line and line.startswith(word + "\t") else None

    for path in sorted(Path(wordnet.TABLE).parent.glob("wordnet_*.txt")):
        text, start = wordnet.table(path)
        lines = text[start:].splitlines()
        keys = [line.partition("\t")[0] for line in lines]
        asked = keys[::17] + keys[-3:] + [k + "zq" for k in keys[::101]] \
            + [k[:-1] for k in keys[::89]] + [k + "\t" for k in keys[::211]] \
            + [k + "-" for k in keys[::97]] + ["", "zzzzzz", "aaa", "\uffff"]
        table = wordnet.Table(text, start)
        assert [table.get(k) for k in asked] == [bisected(lines, k) for k in asked], path.name
