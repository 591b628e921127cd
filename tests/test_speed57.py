"""Round 57's exact speed-ups: the words around a span read outwards to the window only, the
positions inside a text's names remembered on its parse, a sentence's general words looked up
before the tests that only the words with some need. Invented sentences."""
from qa.claims import general
from qa.claims.facts import (TITLE_WORDS, around, content, inside_name, name_positions, parse,
                             titled)
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def plain_around(text, start, end, window, role=content):
    """`around` as it read before: every word of each side tested, then the window kept."""
    return ([t for t in text.tokens if t.end <= start and role(t)][-window:],
            [t for t in text.tokens if t.start >= end and role(t)][:window])


def test_around_tests_only_the_words_up_to_the_window():
    text = parse("The old ferry of the northern harbour carried 300 passengers across the "
                 "narrow bay to the island every summer morning.", VOCAB)
    figure = next(m for m in text.mentions if m.family == "count")
    asked = []

    def role(token):
        asked.append(token.word)
        return content(token)

    before, after = around(text, figure.start, figure.end, 2, role)
    assert [t.word for t in before] == ["harbour", "carried"]
    assert [t.word for t in after] == ["passengers", "across"]
    # the two words each side and what stands between them and the figure: not the text's
    # first and last words
    assert "The" not in asked and "morning" not in asked and "island" not in asked


def test_around_gives_the_words_the_plain_reading_gives():
    text = parse("In May 2021, 45 boats and 12 ferries left the port of Lunel, then 3 more.",
                 VOCAB)
    spans = [(m.start, m.end) for m in text.mentions] + [(0, 0), (len(text.text),) * 2]
    roles = (content, lambda t: bool(t.terms) and not t.word[0].isdigit(), lambda t: True)
    for start, end in spans:
        for window in (0, 1, 2, 5, 40):
            for role in roles:
                assert around(text, start, end, window, role) \
                    == plain_around(text, start, end, window, role)


def test_inside_name_reads_the_positions_of_the_names():
    text = parse("The Treaty of Lunel was signed against Porto Verde's wishes by the "
                 "Committee against Smuggling in the old harbour.", VOCAB)
    positions = name_positions(text)
    assert name_positions(text) is positions  # remembered on the parse
    names = [m for m in text.mentions if m.family == "name"]
    assert positions == {at for m in names for at in range(m.start, m.end)}
    for token in text.tokens:
        plain = any(m.start <= token.start < m.end for m in names) \
            or token.word.lower() in TITLE_WORDS and titled(text, token)
        assert inside_name(text, token) == plain
    assert not inside_name(text, next(t for t in text.tokens if t.word == "harbour"))
    assert inside_name(text, next(t for t in text.tokens if t.word == "Lunel"))


def test_general_kinds_test_only_the_words_with_general_words(monkeypatch):
    text = parse("The fishermen repaired the old nets near the quiet harbour.", VOCAB)
    asked = []
    modifier = general.modifier

    def counted(tokens, j):
        asked.append(tokens[j].word)
        return modifier(tokens, j)

    monkeypatch.setattr(general, "modifier", counted)
    found = general.kinds(text, VOCAB)
    assert found  # "fishermen", "nets", "harbour" are kinds of something
    assert asked and all(general.general_words(word) for word in asked)
    assert "the" not in asked  # no general word: its place in a phrase is never asked


def test_token_index_finds_the_word_without_comparing_it_with_the_words_before(monkeypatch):
    from qa.claims.facts import Token, token_index
    text = parse("Two ferries left the harbour of Lunel and three boats stayed behind.", VOCAB)
    compared = []
    equal = Token.__eq__
    monkeypatch.setattr(Token, "__eq__", lambda a, b: compared.append(a) or equal(a, b))
    for i, token in enumerate(text.tokens):
        assert token_index(text, token) == i
    assert not compared  # found by identity, remembered on the parse
    # a word equal to one of the text's but no object of it: looked for as `list.index` does
    copy = Token(*(getattr(text.tokens[3], f) for f in ("start", "end", "word", "terms", "brk")))
    assert token_index(text, copy) == 3


def test_agent_compound_spellings_read_each_object_once_for_all_verb_forms(monkeypatch):
    from qa.claims import agent_compounds
    text = parse("The harbour board kept the gate and held the pen for the ferry owners.",
                 VOCAB)
    plain = []  # as read before: the object's forms asked again for each form of the verb
    tokens = text.tokens
    for i, token in enumerate(tokens):
        for verb in agent_compounds.verb_forms(token.word.lower()):
            for j in range(i + 1, min(i + 1 + agent_compounds.OBJECT_REACH, len(tokens))):
                if tokens[j].brk:
                    break
                if tokens[j].word.isalpha() and tokens[j].terms:
                    for noun in agent_compounds.base_forms(tokens[j].word.lower()):
                        if len(noun) >= agent_compounds.MIN_NOUN:
                            plain += [(noun + agent, (token, tokens[j]))
                                      for agent in agent_compounds.agent_nouns(verb)]
    assert list(agent_compounds.spellings(text)) == plain
    assert ("gatekeeper", (tokens[3], tokens[5])) in plain
    asked = []
    base_forms = agent_compounds.base_forms
    monkeypatch.setattr(agent_compounds, "base_forms",
                        lambda word: asked.append(word) or base_forms(word))
    assert agent_compounds.spelled_apart(text, "penholder") == (tokens[7], tokens[9])
    # "kept" and "held" are two verbs each (keep, kept; hold, held): their objects asked once
    assert asked.count("gate") == len({i for i in range(5) if agent_compounds.verb_forms(
        tokens[i].word.lower()) and 5 - i <= agent_compounds.OBJECT_REACH})


def test_derivations_remembered_and_a_new_list_each_time():
    from qa.search.wordnet import derivations, derived_forms
    first = derived_forms("Decided")
    assert "decision" in first and tuple(first) == derivations("decided")
    first.append("changed by the caller")
    assert "changed by the caller" not in derived_forms("decided")
    hits = derivations.cache_info().hits
    derived_forms("decided")
    assert derivations.cache_info().hits == hits + 1


def test_order_groups_found_once_a_vocabulary():
    from qa.claims.sequence import order_groups
    later, earlier = order_groups(VOCAB)
    assert "after" in later and "before" in earlier
    hits = order_groups.cache_info().hits
    assert order_groups(VOCAB) == (later, earlier)
    assert order_groups.cache_info().hits == hits + 1
