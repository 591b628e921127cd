"""What a supported claim may leave to its passage or its document (the corpus's setting in a
pair of sentences, a description of a name, the name it is attributed to), and the facts a
supporting sentence must state (an adverb of manner, a common-noun actor in the claim's
place, a negated word in another form). The claims are about small corpora written here."""
from tests.test_check import OTHER_TOPICS, checker


def test_a_pair_of_sentences_may_leave_the_corpus_setting_unsaid(tmp_path):
    # UNOLA is the setting (named in most passages): "the mission's" stands for it, in a
    # pair of sentences as in one
    texts = ["UNOLA patrols the coast of Lodwar.", "UNOLA was created in 2010.",
             "UNOLA reports to the council every spring.",
             "Meanwhile, Ghana, which trains the mission's combat divers at the Kalokol lagoon, "
             "is undecided. In June, it suspended the night patrols, citing the storms."]
    check_in = checker(tmp_path, "Divers", texts + OTHER_TOPICS)
    payload = check_in("Ghana, which trains UNOLA's combat divers at the Kalokol lagoon, "
                       "suspended the night patrols in June.")
    assert payload["verdict"] == "supported", payload
    top = payload["evidence"][0]
    assert "Ghana" in top["sentence"] and "suspended" in top["sentence"]
    # a word of the claim neither sentence states is still missing from the pair
    assert check_in("Ghana, which trains UNOLA's combat divers at the Kalokol lagoon, "
                    "cheaply suspended the night patrols in June.")["verdict"] == "not_found"


DESCRIBED = ["The Harbour Watch is a report by Coastline Research.",
             "The fleet relies on Kestrel Logistics, a Norwegian private shipping company, "
             "for its fuel.",
             "The port authority opened a second quay in 2019.",
             "Secondly, Kestrel Logistics has been carrying grain to Lodwar since March 2020."]


def test_a_description_of_a_name_is_checked_in_the_whole_document(tmp_path):
    check_in = checker(tmp_path, "Harbour", DESCRIBED + OTHER_TOPICS)
    # the document says who Kestrel Logistics is in one paragraph, what it did in another
    payload = check_in("The Norwegian private shipping company Kestrel Logistics has been "
                       "carrying grain to Lodwar since March 2020.")
    assert payload["verdict"] == "supported", payload
    assert payload["unverified"] == []
    assert "since March 2020" in payload["evidence"][0]["sentence"]


def test_a_claim_attributed_to_a_name_the_document_names_is_checked_like_the_rest(tmp_path):
    check_in = checker(tmp_path, "Harbour", DESCRIBED + OTHER_TOPICS)
    payload = check_in("According to Coastline Research, Kestrel Logistics has been carrying "
                       "grain to Lodwar since March 2020.")
    assert payload["verdict"] == "supported", payload
    # a source the document never names is still a fact the claim adds
    assert check_in("According to Harbour Analytics, Kestrel Logistics has been carrying "
                    "grain to Lodwar since March 2020.")["verdict"] == "not_found"


def test_an_adverb_of_manner_after_the_verb_is_a_fact_the_sentence_must_state(tmp_path):
    texts = ["The harbour budget for the northern fleet was adopted in May after a long debate.",
             "The fishing licence of the southern fleet was unanimously renewed in June."]
    check_in = checker(tmp_path, "Budgets", texts + OTHER_TOPICS)
    payload = check_in("The harbour budget for the northern fleet was adopted unanimously "
                       "in May.")
    assert payload["verdict"] == "not_found", payload
    assert "unanimously" in payload["unverified"]
    # stated in another place or form, it supports
    assert check_in("The fishing licence of the southern fleet was renewed unanimously in "
                    "June.")["verdict"] == "supported"
    # before the verb an adverb is a weighted word like any other
    assert check_in("The harbour budget for the northern fleet was formally adopted in May "
                    "after a long debate.")["verdict"] == "supported"


def test_another_actor_named_by_a_common_noun_in_the_claims_place_contradicts(tmp_path):
    texts = ["The harbour's chief surveyor was dismissed by the port council after the storm "
             "of 2019 flooded the lower docks.",
             "The ferry's navigator was suspended by the port council after the collision of "
             "2021 damaged the upper pier.",
             "An inquiry concluded that the flooding of the lower town was caused by "
             "the port authority's engineers.",
             "The general rule is that fishing boats leave the harbour before dawn."]
    check_in = checker(tmp_path, "Storms", texts + OTHER_TOPICS)
    assert check_in("The harbour's chief surveyor was dismissed by the port council after "
                    "the storm of 2019 flooded the lower docks.")["verdict"] == "supported"
    # two whole noun phrases, neither stated by the other: another actor, the same event
    payload = check_in("The harbour's senior accountant was dismissed by the port council "
                       "after the storm of 2019 flooded the lower docks.")
    assert payload["verdict"] == "contradicted", payload
    conflict = payload["evidence"][0]["conflicts"][0]
    assert (conflict["kind"], conflict["claim"], conflict["source"]) \
        == ("actor", "accountant", "surveyor")
    # against a bare noun (perhaps a synonym WordNet's first senses miss): no support only
    assert check_in("The ferry's relief helmsman was suspended by the port council after the "
                    "collision of 2021 damaged the upper pier.")["verdict"] == "not_found"
    payload = check_in("An inquiry concluded that local farmers were responsible for the "
                       "flooding of the lower town.")
    assert payload["verdict"] != "supported", payload
    # a noun of a person used as a modifier ("the general rule") is no actor
    assert check_in("As a general rule, fishing boats leave the harbour before "
                    "dawn.")["verdict"] == "supported"


def test_a_name_is_not_named_loosely_by_its_head_as_a_common_noun(tmp_path):
    texts = ["About 300 personnel were deployed in the valley in 2019. The roads were closed "
             "in winter. Farmers there fear armed groups.",
             "The Kestrel Group runs the ferries of the southern coast."]
    others = [f"The council of district {n} met to discuss the water supply."
              for n in range(1, 9)]  # "group" is no word of the corpus's setting
    check_in = checker(tmp_path, "Valley", texts + OTHER_TOPICS + others)
    payload = check_in("About 300 Osprey Group personnel were deployed in the valley in 2019.")
    assert payload["verdict"] == "not_found", payload
    assert "Osprey Group" in payload["unverified"]


def test_a_negated_word_is_denied_in_another_form(tmp_path):
    texts = ["By March 2016 the observer mission had not yet reached full deployment, with "
             "only 412 monitors in the valley."]
    check_in = checker(tmp_path, "Monitors", texts + OTHER_TOPICS)
    payload = check_in("By March 2016 the observer mission was still not fully deployed, with "
                       "only 412 monitors in the valley.")
    assert payload["verdict"] == "supported", payload


def test_a_documents_passages_are_read_for_a_name_as_their_parses_state_it():
    # `in_document` reads a passage's words, not its parse: the same terms (a word its
    # negative prefix denies included) and the same synonyms near the name
    from qa.claims.facts import Parsed, groups_of, parse
    from qa.claims.identity import describes, states_terms
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    texts = ["Kestrel Logistics kept its fares unchanged.", "The Kestrel Board met in Lodwar.",
             "A Norwegian shipping firm, Kestrel Logistics, carries grain for the nation."]
    for text in texts:
        parsed = parse(text, vocab)
        for name in ("Kestrel Logistics", "changed", "Kestrel Board", "Lodwar grain"):
            own = vocab.analyzer.terms(name)
            assert states_terms(text, own, vocab) == all(t in parsed.terms for t in own)
        window = Parsed("", parsed.tokens, {t for w in parsed.tokens for t in w.terms}, [], {})
        for words in ("shipping firm", "Norwegian country", "shipping", "grain fares"):
            terms = frozenset(vocab.analyzer.terms(words))
            assert describes(tuple(parsed.tokens), terms, vocab) == all(
                vocab.matches(t, window.terms, groups_of(window, vocab)) for t in terms)
    # "country" is stated by its synonym "nation"
    firm = parse(texts[2], vocab).tokens
    assert describes(tuple(firm), frozenset(vocab.analyzer.terms("Norwegian country")), vocab)
