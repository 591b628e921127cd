"""`qa check` calls a claim contradicted when the conflicting sentence is about the claim's
event though some of the claim's facts are said around it: in the neighbouring sentence, by the
passage's undated context, by a country describing a name, by a figure's own words. Each test
asserts the verdict and the reason (the conflict shown), on a small corpus written here."""
from qa.claims.calibration import contradiction_confidence
from qa.types import ConflictKind
from tests.test_check import OTHER_TOPICS, checker


def first_conflicts(payload):
    return payload["evidence"][0]["conflicts"] if payload["evidence"] else []


def test_a_country_describing_a_name_goes_with_the_name(tmp_path):
    # "Kenya's Blue Harbour Company": the passage never names Kenya, yet the sentence names the
    # company and dates the same work otherwise; the country qualifies the name, it is no fact
    # that would make the sentence about another company
    texts = ["The Blue Harbour Company has been dredging the port of Lodwar since March 2018.",
             "Its divers also repaired the northern pier after the storms."]
    check_in = checker(tmp_path, "Dredging", texts + OTHER_TOPICS)
    payload = check_in("Kenya's Blue Harbour Company has been dredging the port of Lodwar since "
                       "March 2016.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "2016", "source": "2018", "kind": "date"}
    # a country that is the actor itself, not a word describing a name, still blocks
    payload = check_in("Kenya has been dredging the port of Lodwar since March 2016.")
    assert payload["verdict"] != "contradicted", payload


def test_a_figure_is_paired_with_the_one_counting_the_same_thing(tmp_path):
    # the claim's 340 counts medics: the sentence's figure for medics is 260, not the first
    # figure of its list
    texts = ["The board's plan sought 900 extra staff for the harbour (640 divers, 260 medics) "
             "before the summer.",
             "The ferry company opposed the plan."]
    check_in = checker(tmp_path, "Staff", texts + OTHER_TOPICS)
    payload = check_in("The board's plan sought 900 extra staff for the harbour, including 340 "
                       "medics, before the summer.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0]["claim"] == "340"
    assert first_conflicts(payload)[0]["source"] == "260"


def test_two_neighbouring_sentences_contradict_an_order_together(tmp_path):
    # the claim puts the strike a week after the fares rose; the next sentence, which needs the
    # first for its "earlier", puts it a week before
    texts = ["The harbour board angered the fishermen in May 2019, when it raised the ferry "
             "fares. A week earlier, the fishermen's union had called a strike over quotas.",
             "The union's leaders met the governor in the autumn."]
    check_in = checker(tmp_path, "Strikes", texts + OTHER_TOPICS)
    payload = check_in("The fishermen's union called a strike over quotas a week after the "
                       "harbour board raised the ferry fares in May 2019.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "after", "source": "earlier", "kind": "relation"} in first_conflicts(payload)


def test_a_year_the_passage_leaves_to_its_context_does_not_block(tmp_path):
    # "In March" without a year: the passage dates its events by when it was written, so the
    # claim's "March 2019" is not another event's date, and the number conflicts
    texts = ["The board opened a clinic in 2016. In March, more than 40 boats sank in a storm "
             "near Lodwar. The inspectors blamed the old hulls.",
             "Grain prices at the market fell in the winter."]
    check_in = checker(tmp_path, "Storms", texts + OTHER_TOPICS)
    payload = check_in("In March 2019, more than 60 boats sank in a storm near Lodwar.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0]["kind"] == "number"
    # a month the passage dates itself ("In March 2016") is another event's
    texts[0] = texts[0].replace("In March,", "In March 2016,")
    dated = tmp_path / "dated"
    dated.mkdir()
    check_in = checker(dated, "Storms", texts + OTHER_TOPICS)
    payload = check_in("In March 2019, more than 60 boats sank in a storm near Lodwar.")
    assert payload["verdict"] != "supported", payload


def test_another_date_contradicts_where_the_sentence_leaves_the_setting_to_its_passage(tmp_path):
    # HarbourCo, named by most passages, is the corpus's setting: the sentence says "its
    # withdrawal" and its passage names HarbourCo; the same request by the same board (the
    # sentence names Lodwar), a month later
    texts = ["HarbourCo has run the port of Lodwar since 2013.",
             "HarbourCo's divers repaired the northern pier in 2015.",
             "HarbourCo was criticised by the fishermen. On June 16, 2023, after ten years of the "
             "company's presence in the port, the Lodwar town board requested its immediate "
             "withdrawal.",
             "HarbourCo's accounts were audited every year."]
    check_in = checker(tmp_path, "Port", texts + OTHER_TOPICS)
    payload = check_in("The Lodwar town board formally requested the immediate withdrawal of "
                       "HarbourCo on May 16, 2023.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "May 16", "source": "June 16",
                                           "kind": "date"}


def test_a_date_that_differs_in_every_part_is_another_event(tmp_path):
    # "June 30, 2023" and "25 June 2014": day and year both differ, another meeting's date
    texts = ["Hence, on 25 June 2014 the assembly renewed the fishing mandate by unanimously "
             "adopting Resolution 12.",
             "The ferry company opposed the resolution."]
    check_in = checker(tmp_path, "Mandates", texts + OTHER_TOPICS)
    payload = check_in("The assembly resolution ending the fishing mandate on June 30, 2023 was "
                       "adopted unanimously.")
    assert payload["verdict"] != "contradicted", payload


def test_two_conflicts_on_the_same_words_are_one_difference(tmp_path):
    # "denied" reverses "granted" (a relation) and denies "the inspectors" (a polarity): one
    # difference seen twice, not two facts stated otherwise
    texts = ["In June, as the assembly renewed the fishing mandate, the harbour board "
             "explicitly denied the inspectors the right of access to the northern pier.",
             "The ferry company opposed the inspections."]
    check_in = checker(tmp_path, "Access", texts + OTHER_TOPICS)
    payload = check_in("When the assembly renewed the fishing mandate in June, the harbour board "
                       "granted the inspectors full access to the northern pier.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "granted", "source": "denied", "kind": "relation"} \
        in first_conflicts(payload)


def test_a_date_given_by_its_distance_from_another_does_not_block(tmp_path):
    # "Three days later" is 14 May: the passage never writes the claim's date, yet the sentence
    # states the claim's event with another country in its place
    texts = ["On 11 May, Norway told the board that it would withdraw its 90 divers from the "
             "harbour. Three days later, Sweden announced that its divers would leave the harbour "
             "within six months.",
             "The ferry company regretted the decisions."]
    check_in = checker(tmp_path, "Divers", texts + OTHER_TOPICS)
    payload = check_in("Denmark announced on 14 May that its divers would leave the harbour "
                       "within six months.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "Denmark", "source": "Sweden",
                                           "kind": "actor"}


def test_the_rest_of_a_conflicting_sentence_may_state_words_in_another_form(tmp_path):
    # "decided" by "the decision", "failed" by "the failure" (WordNet's derivational forms),
    # as support counts them: the sentence states the claim's event, in another year
    texts = ["The board’s decision to withdraw its divers from the harbour in 2019 followed "
             "the failure of the talks with the union.",
             "The ferry company regretted the decisions."]
    check_in = checker(tmp_path, "Divers", texts + OTHER_TOPICS)
    payload = check_in("In 2017, the board decided to withdraw its divers from the harbour after "
                       "the talks with the union failed.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "2017", "source": "2019", "kind": "date"}


def test_a_figure_counts_the_words_after_it_not_only_the_first(tmp_path):
    # "90 percent of the Board's uniformed divers" counts uniformed divers, as the sentence's
    # "90 per cent of uniformed divers" does: no figure swapped with the "80 per cent of all
    # Board staff", only the ports reversed
    texts = ["As a result, over 80 per cent of all Board staff and 90 per cent of uniformed "
             "divers are now based in the northern ports.",
             "The ferry company regretted the decisions."]
    check_in = checker(tmp_path, "Ports", texts + OTHER_TOPICS)
    payload = check_in("About 90 percent of the Board's uniformed divers are now based in the "
                       "southern ports.")
    kinds = [c["kind"] for e in payload["evidence"] for c in e["conflicts"]]
    assert "number" not in kinds, payload
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "southern", "source": "northern",
                                           "kind": "relation"}


def test_the_name_a_claim_is_attributed_to_is_not_asked_of_a_conflicting_sentence(tmp_path):
    # "according to the Fisheries Research Institute" is who says it: a sentence stating the
    # patrols in another year is about the same event without naming the institute
    texts = ["Secondly, the Coastal Guard has been patrolling the northern coast since March "
             "2018.",
             "The ferry company regretted the decisions."]
    check_in = checker(tmp_path, "Patrols", texts + OTHER_TOPICS)
    payload = check_in("The Coastal Guard began patrolling the northern coast in March 2016, "
                       "according to the Fisheries Research Institute.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "2016", "source": "2018", "kind": "date"}


def test_the_rest_may_state_a_claim_word_as_the_start_of_a_longer_one(tmp_path):
    # "rather than in the north" is stated by "the northern ports" (no table links north and
    # northern): the sentence states the rest, its ports reversed
    texts = ["As a result, over 80 per cent of all Board staff and 90 per cent of uniformed "
             "divers are now based in the northern ports of the coast.",
             "The ferry company regretted the decisions."]
    check_in = checker(tmp_path, "Ports", texts + OTHER_TOPICS)
    payload = check_in("About 90 percent of the Board's uniformed divers were based in "
                       "the southern ports of the coast rather than in the north.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "southern", "source": "northern",
                                           "kind": "relation"}


def test_a_duration_compares_with_the_same_duration_in_other_units(tmp_path):
    # "a year and a half" is 18 months, not the year its first words say; "a fortnight" is
    # two weeks: one quantity in days, so equal durations support and unequal ones conflict
    texts = ["The strike at the harbour of Lodwar lasted a year and a half before the board "
             "gave in.",
             "The divers repaired the northern pier of Lodwar in a fortnight after the storm."]
    check_in = checker(tmp_path, "Strikes", texts + OTHER_TOPICS)
    payload = check_in("The strike at the harbour of Lodwar lasted 18 months before the board "
                       "gave in.")
    assert payload["verdict"] == "supported", payload
    payload = check_in("The strike at the harbour of Lodwar lasted a year before the board "
                       "gave in.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "a", "source": "a year and a half",
                                           "kind": "number"}
    payload = check_in("The divers repaired the northern pier of Lodwar in 14 days after the "
                       "storm.")
    assert payload["verdict"] == "supported", payload
    payload = check_in("The divers repaired the northern pier of Lodwar in ten days after the "
                       "storm.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0]["claim"] == "ten"


def test_a_change_is_contradicted_by_no_change_of_the_same_thing(tmp_path):
    # "grow" and "raise" are kinds of "change", whose antonym is "stay" / "remain" (WordNet's
    # hypernyms and antonyms, tools/wordnet_stasis.py): the same levels cannot both grow and
    # remain unchanged
    texts = ["Despite the vast expansion of its patrols, the harbour police's staff levels "
             "have since remained unchanged.",
             "The quality of the ferry service at Lodwar improved after the new board took over "
             "in 2019."]
    check_in = checker(tmp_path, "Police", texts + OTHER_TOPICS)
    payload = check_in("Despite the vast expansion of its patrols, the harbour police's staff "
                       "levels have grown considerably.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "grown", "source": "remained",
                                           "kind": "relation"}
    payload = check_in("The harbour police's staff levels have remained unchanged despite the "
                       "expansion of its patrols.")
    assert payload["verdict"] == "supported", payload
    # the other way round: the claim denies the change the sentence states
    payload = check_in("The quality of the ferry service at Lodwar did not change after the new "
                       "board took over in 2019.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0] == {"claim": "change", "source": "improved",
                                           "kind": "relation"}


def test_a_quantity_word_reversed_in_its_place_contradicts(tmp_path):
    # "most" / "few" (the relation words' table), in the claim word's own place before the
    # same words, with the rest of the claim stated: the same thing, reversed
    texts = ["Relatively few residents of the island speak Dutch, which complicates the "
             "ferry company's dealings with the harbour board and the fishermen.",
             "The harbour board meets every month in the old customs house."]
    check_in = checker(tmp_path, "Languages", texts + OTHER_TOPICS)
    payload = check_in("Most residents of the island speak Dutch, which made it easy for the "
                       "ferry company to deal with the harbour board and the fishermen.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "Most", "source": "few", "kind": "relation"} in first_conflicts(payload)
    # "few" about another thing than the claim's word: not in its place
    payload = check_in("Most residents of the island speak Dutch with a few ferry pilots, "
                       "according to the harbour board.")
    assert payload["verdict"] != "contradicted", payload


def test_a_statement_reported_with_another_verb_of_communication_is_the_same_event(tmp_path):
    # "said" is stated, for the rest of a conflicting sentence, by the sentence's own verb of
    # communication ("announced", WordNet's verb.communication)
    texts = ["Two days later, the harbour board announced that its divers will leave the port "
             "within three weeks, \u201cearlier than planned\u201d.",
             "The ferry company kept its timetable for the summer."]
    check_in = checker(tmp_path, "Divers", texts + OTHER_TOPICS)
    payload = check_in("The harbour board said its divers would quit the port within three "
                       "weeks, later than it had first planned.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "later", "source": "earlier", "kind": "relation"} in first_conflicts(payload)


def test_reported_alike_needs_a_verb_of_communication_used_as_a_verb():
    from qa.claims.attribution import reported_alike
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    claim = parse("The board said the divers would leave.", vocab)
    assert reported_alike(claim, parse("The board announced that the divers will leave.", vocab))
    assert reported_alike(claim, parse("The board has told the divers to leave.", vocab))
    # a noun ("the report", "the Program"), a denial, a negated verb: no report of the same
    for other in ("The report of the board lists the divers.",
                  "The board's Program trains divers.",
                  "The board denied that the divers would leave.",
                  "The board never announced that the divers would leave."):
        assert not reported_alike(claim, parse(other, vocab)), other


def test_a_place_of_the_claim_the_passage_never_names_blocks_a_contradiction(tmp_path):
    # the claim's surveys were in Lodwar; the passage tells of surveys that year, funded by
    # another body, and never names Lodwar: its funder is not the claim's stated wrongly, it
    # tells of other surveys
    texts = ["Surveys of fishermen carried out during 2016 were funded by the Fisheries Trust.",
             "Grain prices at the market fell in the winter."]
    check_in = checker(tmp_path, "Surveys", texts + OTHER_TOPICS)
    payload = check_in("Surveys of fishermen in Lodwar carried out during 2016 were funded by "
                       "the Harbour Institute.")
    assert payload["verdict"] != "contradicted", payload
    # the same claim without its place: the funder is the one fact stated otherwise
    payload = check_in("Surveys of fishermen carried out during 2016 were funded by the "
                       "Harbour Institute.")
    assert payload["verdict"] == "contradicted", payload
    # a place the passage names is the same surveys': the funder is stated otherwise
    texts = ["Surveys of fishermen carried out in Lodwar during 2016 were funded by the "
             "Fisheries Trust.", "Grain prices at the market fell in the winter."]
    check_in = checker(tmp_path, "Named surveys", texts + OTHER_TOPICS)
    payload = check_in("Surveys of fishermen in Lodwar carried out during 2016 were funded by "
                       "the Harbour Institute.")
    assert payload["verdict"] == "contradicted", payload


def test_two_names_against_two_other_names_are_other_actors():
    from qa.claims.check import other_actors
    from qa.types import Conflict, ConflictKind
    actor = lambda mine, theirs: Conflict(mine, theirs, ConflictKind.ACTOR, (0, 0))
    # the claim's council and town each against another name: another event
    assert other_actors([actor("Fisheries Council", "Harbour Board"), actor("Lodwar", "Kalokol")])
    # two names replaced by one actor, or one name replaced: one actor misnamed
    assert not other_actors([actor("Kenya", "Peru"), actor("Chile", "Peru")])
    assert not other_actors([actor("Fisheries Council", "Harbour Board")])
    # a name and a figure: two kinds, judged as before
    assert not other_actors([actor("Lodwar", "Kalokol"),
                             Conflict("40", "60", ConflictKind.NUMBER, (0, 0))])


def test_a_country_inside_another_name_is_one_actor_misnamed(tmp_path):
    # "Swedish" is a country inside the name "the Swedish Ministry of Fisheries": its conflict
    # with "Finnish" lies inside the name's, one difference seen twice, not two other actors
    texts = ["Based on interviews held in Lodwar during 2016 as part of a harbour project funded "
             "by the Finnish Ministry of Fisheries, this brief sets out the port's main needs.",
             "Grain prices at the market fell in the winter."]
    check_in = checker(tmp_path, "Funders", texts + OTHER_TOPICS)
    payload = check_in("The interviews behind the brief were part of a harbour project funded by "
                       "the Swedish Ministry of Fisheries.")
    assert payload["verdict"] == "contradicted", payload
    assert {c["kind"] for c in first_conflicts(payload)} == {"actor"}
    payload = check_in("The interviews behind the brief were part of a harbour project funded by "
                       "the Finnish Ministry of Fisheries.")
    assert payload["verdict"] == "supported", payload


def test_no_swap_or_other_owner_from_a_noun_or_a_place(tmp_path):
    # two readings that once made a true claim contradicted: a noun of the claim's verb
    # ("the recall of Norway" orders its names as "Norway was recalled"), and the claim's owner
    # named as the place of the thing ("the Lodwar depot" / "the Fisheries Trust depot in
    # Lodwar")
    texts = ["In May 2021, the Danish government demanded the recall of Norway as chair.",
             "A Swedish crane about to be shipped to the Fisheries Trust depot in Lodwar should "
             "lift one heavy obstacle to hiring crews for the Eastern Sector.",
             "Board inspectors leaving the harbour after dark need escorts from the LHB's "
             "patrol boats.",
             "The Lodwar Harbour Board (LHB) runs the ferries."]
    check_in = checker(tmp_path, "Harbour", texts + OTHER_TOPICS)
    for claim in ("The Danish government demanded in May 2021 that Norway be recalled as chair "
                  "of Denmark's council.",
                  "A Swedish crane about to be shipped to the Lodwar depot was expected to lift a "
                  "heavy obstacle to hiring crews for the Eastern Sector."):
        payload = check_in(claim)
        assert payload["verdict"] != "contradicted", (claim, payload)
    # a swap with the verb on both sides is still found
    payload = check_in("In May 2021, the Norwegian government demanded the recall of Denmark "
                       "as chair.")
    assert payload["verdict"] != "supported", payload


def test_an_owner_named_as_the_place_is_not_swapped():
    from qa.claims.facts import parse
    from qa.claims.opposition import owner_swapped
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    swapped = lambda claim, sentence: owner_swapped(parse(claim, vocab), parse(sentence, vocab),
                                                    vocab)
    assert swapped("The crane was shipped to the Lodwar depot.",
                   "The crane was shipped to the Fisheries Trust depot in Lodwar.") is None
    # another owner named in full is still another owner
    assert swapped("The crane was shipped to the Lodwar depot.",
                   "The crane was shipped to the Fisheries Trust depot.") is not None


def test_a_country_named_twice_on_each_side_is_one_actor_replaced(tmp_path):
    # "Ecuador" and "Ecuadorian" are one country, "Chile" and "Chilean" another: one actor in
    # the claim's place, not two names each set against another name
    texts = ["In particular, Peru has angered Chile by detaining 30 Chilean fishermen whom it "
             "calls smugglers (Santiago says they were fishing legally)."]
    check_in = checker(tmp_path, "Fisheries", texts + OTHER_TOPICS)
    payload = check_in("Peru angered Ecuador by detaining 30 Ecuadorian fishermen it described "
                       "as smugglers.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "Ecuador", "source": "Chile", "kind": "actor"} in first_conflicts(payload)
    assert check_in("Peru angered Chile by detaining 30 Chilean fishermen it described as "
                    "smugglers.")["verdict"] == "supported"


def test_two_countries_against_two_other_countries_stay_other_actors(tmp_path):
    # each side names two countries: other actors in another event, as before
    texts = ["In particular, Peru has angered Chile by detaining 30 Argentine fishermen whom "
             "it calls smugglers."]
    check_in = checker(tmp_path, "Fisheries", texts + OTHER_TOPICS)
    payload = check_in("Peru angered Ecuador by detaining 30 Bolivian fishermen it described as "
                       "smugglers.")
    assert payload["verdict"] == "not_found", payload


def test_other_actors_counts_a_country_once():
    from qa.claims.check import other_actors
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    from qa.types import Conflict, ConflictKind
    vocab = vocabulary_for(Analyzer())
    claim = parse("Peru angered Ecuador by detaining Ecuadorian fishermen.", vocab)
    sentence = parse("Peru angered Chile by detaining Chilean fishermen.", vocab)
    conflicts = [Conflict("Ecuador", "Chile", ConflictKind.ACTOR, (13, 18)),
                 Conflict("Ecuadorian", "Chilean", ConflictKind.ACTOR, (32, 39))]
    assert not other_actors(conflicts, claim, sentence)
    assert other_actors(conflicts)  # by their words alone, two names against two


def test_a_name_written_in_another_form_is_no_rival(tmp_path):
    # "Jihadist" and "Jihadi" are forms of one word (WordNet: both of "jihad"): the year is the
    # one fact stated otherwise, not a second difference beside another actor
    texts = ["The port was hit by a strike by dock workers in May 2016, while Tuareg herders and "
             "Jihadi armed groups simultaneously seized control of the southern coast."]
    check_in = checker(tmp_path, "Unrest", texts + OTHER_TOPICS)
    payload = check_in("Dock workers staged a strike at the port in May 2015 while Tuareg herders "
                       "and Jihadist armed groups seized the southern coast.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload) == [{"claim": "2015", "source": "2016", "kind": "date"}]
    # another word in the name's place is still another actor, beside the other year
    payload = check_in("Dock workers staged a strike at the port in May 2015 while Tuareg herders "
                       "and Royalist armed groups seized the southern coast.")
    assert payload["verdict"] != "contradicted", payload


def test_one_word_family_needs_a_shared_root():
    from qa.claims.compare import one_word_family
    from qa.claims.facts import Mention
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    name = lambda text: Mention("name", frozenset(vocab.analyzer.terms(text)), text, 0, len(text),
                                kind="name")
    assert one_word_family(name("Maoist"), name("Maoism"), vocab)
    assert not one_word_family(name("Maoist"), name("Royalist"), vocab)
    assert not one_word_family(name("Maoist"), name("Maoist Front"), vocab)  # one word each


CARAVAN_CLAIM = ("In the dry months, relief agencies in the valley that depend on donkey "
                 "caravans usually hire armed guards as a first option.")


def test_a_sentence_leaning_on_the_one_before_is_read_with_it(tmp_path):
    # "these agencies" goes on about the agencies of the sentence before: the claim's words
    # stated there (the valley, the donkey caravans) are the same event's, so the rest of the
    # claim is stated as a contradiction needs, and "first" / "last" conflicts
    texts = ["Relief agencies in the valley depend on donkey caravans for their supplies. As a "
             "rule these agencies only hire armed guards as a last option, and they keep a strict "
             "policy of unarmed travel."]
    payload = checker(tmp_path, "Caravans", texts + OTHER_TOPICS)(CARAVAN_CLAIM)
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "first", "source": "last", "kind": "relation"} in first_conflicts(payload)
    # the rest shown, and weighed against support, stays the sentence's own
    assert payload["confidence"] < contradiction_confidence(0.6, [ConflictKind.RELATION]), payload


def test_a_sentence_leaned_on_by_the_next_is_read_with_it(tmp_path):
    texts = ["As a rule, relief agencies only hire armed guards as a last option. These agencies "
             "in the valley depend on donkey caravans for their supplies."]
    payload = checker(tmp_path, "Caravans", texts + OTHER_TOPICS)(CARAVAN_CLAIM)
    assert payload["verdict"] == "contradicted", payload


def test_neighbours_that_do_not_lean_are_not_read_with_the_sentence(tmp_path):
    # the same words, but neither sentence refers back to the other: the conflicting sentence
    # states too little of the claim on its own
    texts = ["Relief agencies in the valley depend on donkey caravans for their supplies. As a "
             "rule, the agencies only hire armed guards as a last option, and keep a strict "
             "policy of unarmed travel."]
    payload = checker(tmp_path, "Caravans", texts + OTHER_TOPICS)(CARAVAN_CLAIM)
    assert payload["verdict"] == "not_found", payload
    texts = ["As a rule, relief agencies only hire armed guards as a last option. Relief agencies "
             "in the valley depend on donkey caravans for supplies."]
    payload = checker(tmp_path, "Caravans after", texts + OTHER_TOPICS)(CARAVAN_CLAIM)
    assert payload["verdict"] == "not_found", payload


def test_a_name_in_conflict_is_not_read_with_the_neighbours(tmp_path):
    # an actor stated otherwise: the neighbour's words do not count for the rest (the name a
    # neighbour gives is often the subject the sentence calls "it")
    texts = ["Relief agencies in the valley depend on donkey caravans for their supplies. As a "
             "rule these agencies only hire Turkana guards as a last option, and they keep a "
             "strict policy of unarmed travel."]
    payload = checker(tmp_path, "Caravans", texts + OTHER_TOPICS)(
        "In the dry months, relief agencies in the valley that depend on donkey caravans "
        "usually hire Samburu guards as a last option.")
    assert payload["verdict"] == "not_found", payload


def test_leans():
    from qa.claims.check import leans
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    assert leans(parse("As a rule these agencies hire guards.", vocab))
    assert leans(parse("It entered service in June.", vocab))
    assert not leans(parse("As a rule, the agencies hire guards for this.", vocab))
