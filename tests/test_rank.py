"""Each ranking ingredient, on small corpora where it decides the order."""
import pytest

from qa.documents.plain import chunk_text
from qa.index.build import build_index
from qa.search.expand import EXPANSION_WEIGHT
from qa.search.query import Query
from qa.search.rank import explain, rank
from qa.text.analyze import Analyzer


def index_of(*docs: tuple[str, str]):
    return build_index([chunk_text(name, text) for name, text in docs], Analyzer())


def expand(index, question: str):
    return Query.parse(index, question).terms


def expanded_terms(index, question: str) -> dict:
    """{term: QueryTerm} of the expanded question."""
    return {q.term: q for q in expand(index, question)}


def ranked(index, question: str, k: int):
    return rank(index, Query.parse(index, question), k)


def explained(index, question: str, passage_id: int):
    """What --explain shows for the passage `passage_id` among the question's results."""
    query = Query.parse(index, question)
    hit = next(r for r in rank(index, query, 10) if r.passage_id == passage_id)
    return explain(index, query, hit)


def top_passage(index, question: str):
    return index.passages[ranked(index, question, 1)[0].passage_id]


FILLER = ("Rainfall was low in the dry season.\n\nMarkets reopened after the holiday.\n\n"
          "The river rose in August.\n\nSchools closed for two weeks.\n\n")


def test_acronym_in_question_finds_the_spelled_out_passage_and_the_reverse():
    index = index_of(("a.txt", FILLER + "Temporary Operating Bases (TOBs) protect villages.\n\n"
                      "Temporary shelters were built near the operating theatre.\n\n"
                      "Patrols left the bases at dawn.\n\n"
                      "The TOBs were resupplied by helicopter.\n"))
    expanded = expanded_terms(index, "How are TOBs supplied?")
    assert expanded["temporari"].via == "tobs" and expanded["temporari"].weight < 1
    # the long form is one term: its three words share one expansion's weight
    assert expanded["temporari"].weight + expanded["oper"].weight + expanded["base"].weight \
        == pytest.approx(expanded["temporari"].weight * 3) == pytest.approx(EXPANSION_WEIGHT)
    best = top_passage(index, "What do the TOBs protect?")
    assert "protect villages" in best.text
    reverse = {q.term for q in expand(index, "how were temporary operating bases resupplied")}
    assert "tob" in reverse


def test_query_terms_close_together_rank_first():
    index = index_of(("a.txt", FILLER
                      + "The convoy was attacked near Gao. Much later, in another region, a "
                        "bridge collapsed under a truck.\n\n"
                      + "A bridge attack on the convoy stopped traffic for a day near Gao.\n"))
    top = top_passage(index, "convoy bridge attack")
    assert top.text.startswith("A bridge attack")


def test_section_heading_is_evidence_for_its_passages():
    index = index_of(("a.md", "# Report\n\nAn overview of the year.\n\n## Logistics\n\n"
                      "Staff took trucks every week.\n\n## Language Training\n\n"
                      "Staff took courses every week.\n\n" + FILLER))
    # both passages match "staff" and "week" equally; only one sits under "Language"
    top = top_passage(index, "staff language every week")
    assert top.section == "Language Training"


def test_how_many_is_a_question_frame_not_a_search_term():
    index = index_of(("a.txt", FILLER + "Many people came to the many markets.\n\n"
                      "The attack killed 46 peacekeepers.\n"))
    top = top_passage(index, "How many peacekeepers did the attack kill?")
    assert "46" in top.text
    assert all(q.term != "mani" for q in expand(index, "How many peacekeepers?"))
    assert all(q.term != "long" for q in expand(index, "How long did the patrol last?"))


def test_rank_returns_k_results_sorted_and_only_matches():
    index = index_of(("a.txt", FILLER + "Convoys were attacked.\n\nConvoys moved slowly.\n"))
    found = ranked(index, "convoys attacked", 10)
    assert len(found) == 2
    assert found[0].score >= found[1].score
    assert ranked(index, "zebra", 5) == []


def test_synonyms_and_country_names_expand_the_question_at_lower_weight():
    index = index_of(("a.txt", FILLER + "Côte d'Ivoire withdrew its 900 soldiers.\n\n"
                      "The fatalities rose in the north.\n\n"
                      "Soldiers paraded in Abidjan.\n"))
    expanded = expanded_terms(index, "Did Ivory Coast pull out its troops?")
    assert expanded["ivoir"].via == "ivory coast" and expanded["ivoir"].weight < 1
    # a name of two words is one name: its words share a typed word's weight
    assert expanded["ivori"].weight == expanded["coast"].weight == 0.5
    assert expanded["ivoir"].weight > expanded["soldier"].weight  # a name is surer than a synonym
    assert expanded["soldier"].via == "troops"  # the word as typed, not its stem
    top = top_passage(index, "Did Ivory Coast pull out its troops?")
    assert top.text.startswith("Côte d'Ivoire")
    deaths = top_passage(index, "Where did deaths rise?")
    assert "fatalities" in deaths.text


def test_a_capital_city_in_the_question_stands_for_its_country_and_government():
    index = index_of(("a.txt", FILLER + "The mission was asked to leave the camp by the river.\n\n"
                      "The Malian authorities asked the mission to leave.\n\n"
                      "Traders in Dakar asked for lower prices.\n"))
    expanded = expanded_terms(index, "Why did Bamako ask the mission to leave?")
    assert expanded["authority"].via == "bamako" and expanded["authority"].weight < 1
    assert expanded["malian"].via == "bamako"
    top = top_passage(index, "Why did Bamako ask the mission to leave?")
    assert top.text.startswith("The Malian authorities")


def test_a_phrasal_verb_in_the_question_finds_its_single_verb_synonym():
    index = index_of(("a.txt", FILLER + "Egypt will rotate its contingent next year.\n\n"
                      "Sweden will withdraw its contingent next year.\n\n"
                      "The army took over the airport and later converted it into a base.\n"))
    expanded = expanded_terms(index, "When will Sweden pull its soldiers out?")
    assert expanded["withdraw"].via == "pull out" and expanded["withdraw"].weight < 1
    question = "Which contingent will be pulled out next year?"
    top = top_passage(index, question)
    assert top.text.startswith("Sweden")
    took = expanded_terms(index, "Who took over the airport and turned it into a base?")
    assert took["convert"].via == "turned into"


def test_a_share_question_prefers_the_passage_that_gives_a_percentage():
    index = index_of(("a.txt", FILLER + "The force's capacity went mostly to convoys.\n\n"
                      "Up to 80 percent of the force's capacity went to escorting convoys.\n"))
    question = "What share of the force's capacity went to convoys?"
    top = ranked(index, question, 1)[0].passage_id
    assert index.passages[top].text.startswith("Up to 80 percent")
    parts = {t.term: t.score for t in explained(index, question, top)}
    assert parts["+percentage"] > 0
    other = next(r.passage_id for r in ranked(index, question, 2) if r.passage_id != top)
    assert "+percentage" not in {t.term for t in explained(index, question, other)}


def test_a_when_question_prefers_the_passage_whose_matching_sentence_holds_a_date():
    index = index_of(("a.txt", FILLER + "The council renewed the mandate. It met again in 2019 "
                      "about the budget.\n\n"
                      "The council renewed the mandate in June 2014, after long talks.\n"))
    question = "When did the council renew the mandate?"
    top = ranked(index, question, 1)[0].passage_id
    assert index.passages[top].text.startswith("The council renewed the mandate in June 2014")
    assert {t.term for t in explained(index, question, top)} >= {"+answer-sentence"}


def test_a_synonym_of_several_words_counts_as_one_term():
    index = index_of(("a.txt", FILLER + "Blue helmets guarded the blue gate.\n\n"
                      "Peacekeepers guarded the market.\n"))
    typed = expanded_terms(index, "Where did blue helmets stand guard?")
    assert typed["blue"].weight == typed["helmet"].weight == 0.5
    assert typed["peacekeep"].via == "blue helmets"
    spelled = expanded_terms(index, "Where did peacekeepers stand guard?")
    assert spelled["blue"].weight == spelled["helmet"].weight < 0.4  # one synonym, shared


def test_a_question_word_the_corpus_lacks_matches_through_its_wordnet_synonyms():
    index = index_of(("a.txt", FILLER + "The envoy said a ceasefire was signed before the rains.\n\n"
                      "The envoy said a ceasefire was unlikely before the rains.\n"))
    question = "Which envoy called a ceasefire improbable?"
    expanded = expanded_terms(index, question)
    assert expanded["unlik"].via == "improbable" and 0 < expanded["unlik"].weight < 1
    top = ranked(index, question, 1)[0].passage_id
    assert "unlikely" in index.passages[top].text
    assert {t.term: t.via for t in explained(index, question, top)}["unlik"] == "improbable"
    # a synonym of several words shares one synonym's weight
    fortnight = expanded_terms(index, "Which schools closed for a fortnight?")
    assert fortnight["two"].weight == fortnight["week"].weight == expanded["unlik"].weight / 2


def test_a_question_word_the_corpus_has_is_not_expanded_from_wordnet():
    index = index_of(("a.txt", FILLER + "An improbable ceasefire was signed.\n\n"
                      "The envoy said a ceasefire was unlikely before the rains.\n"))
    expanded = expanded_terms(index, "Who called the ceasefire improbable?")
    assert "unlik" not in expanded


def test_a_wordnet_synonym_of_several_words_counts_only_if_the_corpus_has_all_of_them():
    # WordNet's synonym of "stretch" is "stretch along": "along" alone is not a synonym
    index = index_of(("a.txt", FILLER + "The road runs along the river to the border.\n\n"
                      "They keep the road open.\n"))
    assert "along" not in expanded_terms(index, "How far does the road stretch?")
    # nor if it loses a word to the stopwords: "out of keeping" (for "inappropriate") is not "keep"
    assert "keep" not in expanded_terms(index, "Was the road inappropriate?")


def test_a_one_word_question_ranks_first_every_passage_holding_the_word():
    # short passages full of the word's synonyms against long ones that say it once
    synonyms = "".join(f"Soldiers, troops and contingents of the blue helmets patrolled {place}.\n\n"
                       for place in ("Gao", "Kidal", "Mopti", "Timbuktu"))
    long_ones = "".join(f"In {month} the mission reviewed its budget, its fuel, its roads, its "
                        f"radios, its camps and its staff rotations, and one peacekeeper "
                        f"was decorated.\n\n" for month in ("May", "June"))
    index = index_of(("a.txt", FILLER + synonyms + long_ones))
    results = ranked(index, "peacekeepers", 10)
    holding = [r for r in results if "peacekeeper" in index.passages[r.passage_id].text]
    assert len(holding) == 2 and results[:2] == holding
    assert len(results) > 2  # the synonyms still find the other passages, after them


def test_explain_adds_up_to_the_score_with_capped_synonyms():
    index = index_of(("a.txt", FILLER + "Soldiers and troops of the contingents patrolled.\n\n"
                      "A peacekeeper patrolled with the troops near the contingents' camp.\n"))
    query = Query.parse(index, "peacekeepers patrolled")
    for hit in rank(index, query, 5):
        assert sum(t.score for t in explain(index, query, hit)) == pytest.approx(hit.score,
                                                                                  abs=1e-5)


def test_one_document_of_two_paragraphs_answers_from_the_paragraph_with_the_words():
    # each word is in half of the passages: BM25Okapi's idf is 0, every score is zero
    index = index_of(("a.txt", "The convoy reached Gao on Monday after the storm.\n\n"
                      "The river flooded the northern villages in August.\n"))
    assert not index.bm25_scores(["convoy", "flood"]).any()
    assert [index.passages[r.passage_id].paragraph for r in ranked(index, "Which villages "
                                                                  "flooded?", 5)] == [2]
    assert ranked(index, "unheard-of words", 5) == []


def test_a_match_scored_zero_or_below_comes_after_the_positive_ones():
    index = index_of(("a.txt", "Convoys crossed the river.\n\nThe river rose.\n\n"
                      "Markets reopened.\n\nSchools closed.\n"))
    # "river" is in half of the passages: BM25 gives it 0; "convoy" in one of four
    order = [index.passages[r.passage_id].paragraph for r in ranked(index, "river convoys", 5)]
    assert order == [1, 2]
    assert [r.passage_id for r in ranked(index, "river", 5)] == [0, 1]


def test_a_compound_matches_its_hyphenated_or_split_spelling_either_way():
    joined = index_of(("a.txt", FILLER + "Peacekeeping operations resumed in the north.\n\n"
                       "Keeping the peace was hard.\n"))
    assert "peacekeeping" in top_passage(joined, "How did peace-keeping operations go?").text.lower()
    split = index_of(("a.txt", FILLER + "Peace-keeping operations resumed in the north.\n\n"
                      "A dead man was found by the line of trees.\n"))
    assert "peace-keeping" in top_passage(split, "peacekeeping").text.lower()
    # two corpus words that never stand together are no spelling of one: "deadline"
    assert "deadline" not in {q.via for q in expand(split, "the deadline")}


def test_names_in_a_question_are_those_a_search_for_each_name_finds():
    """`named_countries` looks the question's runs of words up in the names' table: the same
    names, in the table's order, as searching the question for each name (and a table with a
    name that is not words joined by single spaces is searched)."""
    from qa.search.expand import name_order, named_countries
    from qa.text.analyze import split_words

    index = index_of(("a.txt", FILLER))
    table = index.synonyms["names"] = {
        name: [name.split()[-1]] for name in ("mali", "ivory coast", "cote d'ivoire", "chad",
                                              "south sudan", "sudan", "bamako", "n'djamena",
                                              "central african republic", "coast", "niger")}

    def searched(question):
        words = " " + " ".join(split_words(question)) + " "
        return [(name, others) for name, others in table.items() if f" {name} " in words]

    names = list(table)
    questions = [f"Did {a} and {b} sign, or {c}?" for a, b, c in zip(names, names[7:], names[19:])]
    questions += ["Did Ivory Coast, South Sudan or Bamako pull out?", "Who left Mali's north?",
                  "Did Côte d'Ivoire or Sudan, then Niger, leave the coast?",
                  "What did the Central African Republic ask of N'Djamena?", ""]
    for question in questions:
        assert named_countries(index, question) == searched(question)
    table = index.synonyms["names"] = {**table, "odd  name": ["odd"]}  # two spaces: searched
    assert name_order(index, table) == (None, 0)
    for question in questions[-4:]:
        assert named_countries(index, question) == searched(question)
