"""`qa check`: verdicts, each kind of conflict, disagreeing sources, the JSON contract and exit
codes. The claims are about a small corpus written here (and two about the bundled seeds)."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app, open_corpus
from tests.helpers.cli import assert_no_crash
from qa.claims.check import check

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()
DOCS = {
    "mission.txt": (
        "The Observer Mission\n\n"
        "The Security Council established the observer mission in March 2016 with 1,200 "
        "personnel.\n\n"
        "Kenya deployed the first battalion to the northern town of Lodwar in 2017.\n\n"
        "Seven peacekeepers were killed in an ambush near the border in 2019.\n\n"
        "The government did not renew the mission's mandate in 2021, citing its cost.\n\n"
        "Violent incidents in the valley fell by 40 percent after the night patrols began.\n"
    ),
    "reports.txt": (
        "Field Reports\n\n"
        "An early field report said that 120 civilians died in the attack on Mbala.\n\n"
        "A later inquiry found that 85 civilians died in the attack on Mbala.\n\n"
        "Local radio stations broadcast in three languages across the region.\n"
    ),
    "staff.md": (
        "# Staff and Money\n\n"
        "Most staff spoke French but few spoke Swahili.\n\n"
        "Training for new officers lasted two weeks before deployment.\n\n"
        "The General Assembly approved the mission's budget every year in June.\n"
    ),
}
EVIDENCE_FIELDS = {"rank", "score", "source", "paragraph", "line_start", "line_end", "title",
                   "section", "kind", "text", "citation", "page", "stance", "sentence",
                   "conflicts", "states"}


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("newsroom")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def newsroom_index(newsroom, tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("newsroom-index") / "index"


@pytest.fixture(scope="module")
def searcher(newsroom, newsroom_index):
    return open_corpus(newsroom, newsroom_index)


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def only_conflict(result):
    conflicts = [c for e in result.evidence if e.stance == "contradicts" for c in e.conflicts]
    assert conflicts, result
    return conflicts[0]


# --- verdicts ------------------------------------------------------------------------------

def test_paraphrase_is_supported(searcher):
    result = check(searcher, "The observer mission was set up by the Security Council in "
                             "March 2016 with 1200 personnel.")
    assert result.verdict == "supported" and not result.disagreement
    top = result.evidence[0]
    assert top.stance == "supports" and top.hit.passage.source == "mission.txt" and "1,200" in top.sentence
    assert 0 < result.confidence <= 1


@pytest.mark.parametrize("claim, said, source, kind", [
    ("The Security Council established the observer mission in March 2016 with 2,100 "
     "personnel.", "2,100", "1,200", "number"),
    ("Nine peacekeepers were killed in an ambush near the border in 2019.",
     "Nine", "Seven", "number"),
    ("Kenya deployed the first battalion to the northern town of Lodwar in 2018.",
     "2018", "2017", "date"),
    ("Violent incidents in the valley fell by 25 percent after the night patrols began.",
     "25 percent", "40 percent", "percent"),
    ("Uganda deployed the first battalion to the northern town of Lodwar in 2017.",
     "Uganda", "Kenya", "actor"),
    ("Training for new officers lasted two months before deployment.",
     "two months", "two weeks", "number"),
    ("Violent incidents in the valley rose by 40 percent after the night patrols began.",
     "rose", "fell", "relation"),
])
def test_each_kind_of_conflict_is_contradicted(searcher, claim, said, source, kind):
    result = check(searcher, claim)
    assert result.verdict == "contradicted", result
    conflict = only_conflict(result)
    assert (conflict.claim, conflict.source, conflict.kind) == (said, source, kind)
    assert result.evidence[0].stance == "contradicts"


def test_opposite_polarity_is_contradicted(searcher):
    result = check(searcher, "The government renewed the mission's mandate in 2021.")
    assert result.verdict == "contradicted"
    conflict = only_conflict(result)
    assert conflict.kind == "polarity" and "not renew" in conflict.source


def test_unrelated_claim_is_not_found(searcher):
    result = check(searcher, "The central bank raised interest rates to curb inflation.")
    assert result.verdict == "not_found"
    assert all(e.stance == "related" for e in result.evidence)


def test_claim_with_a_fact_no_passage_states_is_not_found(searcher):
    # close to a passage, but the year it adds is stated nowhere: not supported, not contradicted
    result = check(searcher, "Most staff spoke French in 2015.")
    assert result.verdict == "not_found"


def test_disagreeing_sources_are_both_shown(searcher):
    result = check(searcher, "120 civilians died in the attack on Mbala.")
    assert result.verdict == "supported" and result.disagreement
    stances = {e.stance: e for e in result.evidence}
    assert "120" in stances["supports"].sentence and "85" in stances["contradicts"].sentence
    assert result.confidence < 1  # only half of the decisive evidence agrees


@pytest.mark.parametrize("claim", ["The Harbour Authority withdrew from the coastal zone in 2019.",
                                   "The Harbour Authority withdrew in 2019."])
def test_another_actor_doing_the_same_is_no_disagreement(tmp_path, claim):
    # the union's withdrawal is its own act, not a second account of the authority's: shown as
    # related, with no conflict, and the support keeps its full confidence
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "port.txt").write_text(
        "Port Report\n\nThe Harbour Authority withdrew from the coastal zone in 2019, after the "
        "storms.\n\nFishing Crews\n\nThe Fishermen's Union withdrew from the coastal zone in "
        "2019 as well, citing costs.\n", encoding="utf-8")
    result = check(open_corpus(tmp_path / "docs", tmp_path / "index"), claim)
    assert result.verdict == "supported" and not result.disagreement
    assert [e.stance for e in result.evidence] == ["supports", "related"]
    assert not result.evidence[1].conflicts and result.confidence == 1.0


def test_a_true_lower_bound_is_not_a_conflict(searcher):
    result = check(searcher, "More than 1,000 personnel were in the observer mission the "
                             "Security Council established in March 2016.")
    assert result.verdict == "supported"


# --- the command line ----------------------------------------------------------------------

def test_check_json_contract(newsroom, newsroom_index):
    result = run("check", "Nine peacekeepers were killed in an ambush near the border in 2019.",
                 "--json", "--corpus", newsroom, "--index", newsroom_index)
    assert result.exit_code == 1, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"claim", "verdict", "confidence", "disagreement", "unverified",
                            "evidence"}
    assert payload["verdict"] == "contradicted" and 0 <= payload["confidence"] <= 1
    top = payload["evidence"][0]
    assert set(top) == EVIDENCE_FIELDS and top["rank"] == 1
    assert top["citation"].startswith("mission.txt ¶") and top["sentence"] in top["text"]
    assert top["conflicts"] == [{"claim": "Nine", "source": "Seven", "kind": "number"}]


@pytest.mark.parametrize("claim, code", [
    ("Seven peacekeepers were killed in an ambush near the border in 2019.", 0),
    ("Nine peacekeepers were killed in an ambush near the border in 2019.", 1),
    ("The central bank raised interest rates to curb inflation.", 1),
])
def test_exit_codes_follow_the_verdict(newsroom, newsroom_index, claim, code):
    result = run("check", claim, "--corpus", newsroom, "--index", newsroom_index)
    assert result.exit_code == code, result.stdout


def test_batch_gives_one_line_per_claim_in_order(newsroom, newsroom_index):
    lines = (b"Seven peacekeepers were killed in an ambush near the border in 2019.\n\n"
             b"\xff\xfe not text\nUganda deployed the first battalion to Lodwar in 2017.\n")
    result = run("check", "--batch", "-", "--json", "--corpus", newsroom, "--index",
                 newsroom_index, input=lines)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["verdict"] for r in rows] == ["supported", "not_found", "not_found", "contradicted"]
    assert rows[1]["error"] == "blank line" and rows[1]["evidence"] == []
    assert "UTF-8" in rows[2]["error"]
    assert "error" not in rows[0] and "error" not in rows[3]


def test_human_output_puts_the_verdict_first_with_citations(newsroom, newsroom_index):
    result = run("check", "Uganda deployed the first battalion to the northern town of Lodwar "
                          "in 2017.", "--corpus", newsroom, "--index", newsroom_index)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Contradicted")
    assert "mission.txt ¶" in result.stdout and "Kenya" in result.stdout
    assert "the claim says Uganda, the source says Kenya" in result.stdout


def test_corpus_text_is_not_markup(tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    texts = ["The [bold]council[/] met in Gao on 3 May 2020 \x1b[31m to vote.",
             "Patrols resumed in the north after the rains.",
             "The budget rose by a third in the second year.",
             "Staff rotations were suspended in July."]
    (folder / "odd.txt").write_text("Odd\n\n" + "\n\n".join(texts) + "\n", encoding="utf-8")
    result = run("check", "The council met in Gao on 3 May 2020.", "--corpus", folder,
                 "--index", tmp_path / "index")
    assert result.exit_code == 0, result.stdout
    assert "[bold]council[/]" in result.stdout and "\x1b" not in result.stdout


# --- the bundled reports (claims written for these tests) -----------------------------------

def test_reports_disagree_on_the_toll_in_moura(tmp_path):
    result = run("check", "More than 500 people were killed in Moura.", "--json",
                 "--corpus", SEEDS, "--index", tmp_path / "index")
    payload = json.loads(result.stdout)
    assert payload["verdict"] == "supported" and payload["disagreement"] is True
    by_stance = {e["stance"]: e for e in payload["evidence"]}
    assert "500" in by_stance["supports"]["sentence"]
    assert by_stance["contradicts"]["conflicts"][0]["source"] == "more than 300"
    assert by_stance["supports"]["source"] != by_stance["contradicts"]["source"]


def test_reports_contradict_a_changed_troop_figure(tmp_path):
    result = run("check", "Côte d'Ivoire informed the UN that it would withdraw its 1,900 "
                          "soldiers.", "--json", "--corpus", SEEDS, "--index", tmp_path / "i")
    payload = json.loads(result.stdout)
    assert result.exit_code == 1 and payload["verdict"] == "contradicted"
    assert payload["evidence"][0]["conflicts"][0]["source"] == "900"


# --- the four examples of issue 14: the right verdict for the right reason -----------------

@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory):
    return tmp_path_factory.mktemp("seeds") / "index"


def check_seeds(claim, index):
    result = run("check", claim, "--json", "--corpus", SEEDS, "--index", index)
    return result, json.loads(result.stdout)


def test_another_day_of_the_same_month_contradicts(seeds_index):
    _, payload = check_seeds("On 14 November, Côte d'Ivoire informed the UN that it would start "
                             "withdrawing its 900 soldiers", seeds_index)
    assert payload["verdict"] == "contradicted"
    top = payload["evidence"][0]
    assert top["conflicts"] == [{"claim": "14 November", "source": "11 November", "kind": "date"}]
    assert "900" in top["states"] and "Côte d'Ivoire" in top["states"]


def test_half_a_claim_is_not_support(seeds_index):
    _, payload = check_seeds("Wagner Group personnel left Mali at the same time as MINUSMA "
                             "completed its withdrawal in December 2023", seeds_index)
    assert payload["verdict"] == "not_found" and "Wagner Group" in payload["unverified"]
    assert all(e["stance"] == "related" for e in payload["evidence"])


def test_a_place_is_never_compared_with_an_organisation(seeds_index):
    _, payload = check_seeds("Sweden's MINUSMA contingent was based in Timbuktu", seeds_index)
    assert payload["verdict"] == "not_found"
    pairs = {(c["claim"], c["source"]) for e in payload["evidence"] for c in e["conflicts"]}
    assert not any(source == "UN" for _, source in pairs)  # "the UN" is no place, no country
    assert all(e["stance"] == "related" for e in payload["evidence"])


def test_other_events_of_the_same_year_do_not_contradict(seeds_index):
    _, payload = check_seeds("The Security Council ended MINUSMA's mandate in June 2023",
                             seeds_index)
    assert payload["verdict"] == "supported" and payload["disagreement"] is False
    assert all(e["stance"] != "contradicts" for e in payload["evidence"])
    assert "terminated the mandate on June 30th" in payload["evidence"][0]["sentence"]
    assert payload["confidence"] >= 0.8


def test_human_output_says_what_each_sentence_states_and_what_is_missing(seeds_index):
    result = run("check", "Wagner Group personnel left Mali at the same time as MINUSMA "
                          "completed its withdrawal in December 2023", "--corpus", SEEDS,
                 "--index", seeds_index)
    assert "Not stated by the evidence: Wagner Group" in result.stdout
    assert "   states: " in result.stdout


@pytest.mark.parametrize("claim, why", [
    ("peacekeepers", "not a word or a phrase"),
    ("%s%n", "not a word or a phrase"),
    ("the peacekeeping mission in Mali", "not a word or a phrase"),
    ("How many peacekeepers died in Mali?", "question"),
])
def test_a_claim_must_be_a_statement(newsroom, newsroom_index, claim, why):
    result = run("check", claim, "--corpus", newsroom, "--index", newsroom_index)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("Error: ") and why in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("claim", [
    "Конвой был атакован возле Гао.",  # verbs are known for English only: not refused
    "Le convoi a été attaqué près de Gao.",
    "Die UN-Mission endete 2023 in Mali.",
    "维和人员在加奥遭到袭击。",  # no spaces: its character pairs count as words
])
def test_a_claim_in_another_language_is_checked_not_refused(newsroom, newsroom_index, claim):
    result = run("check", claim, "--json", "--corpus", newsroom, "--index", newsroom_index)
    assert_no_crash(result)
    assert json.loads(result.stdout)["verdict"] in ("supported", "contradicted", "not_found")


def test_a_batch_line_that_is_not_a_claim_gets_an_error(newsroom, newsroom_index, tmp_path):
    batch = tmp_path / "claims.txt"
    batch.write_text("peacekeepers\nSeven peacekeepers were killed in an ambush in 2019.\n")
    result = run("check", "--batch", batch, "--json", "--corpus", newsroom,
                 "--index", newsroom_index)
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert "statement" in first["error"] and first["evidence"] == []
    assert "error" not in second and second["verdict"] == "supported"


def test_not_found_rests_on_an_absence_and_says_so(newsroom, newsroom_index):
    result = run("check", "The central bank raised interest rates to curb inflation.", "--json",
                 "--corpus", newsroom, "--index", newsroom_index)
    payload = json.loads(result.stdout)
    assert payload["verdict"] == "not_found" and payload["confidence"] <= 0.5
    assert "inflation" in payload["unverified"]


def checker(tmp_path, title: str, texts: list[str]):
    """`qa check --json` of a claim against one document: a title, then a paragraph per text."""
    folder = tmp_path / title.lower()
    folder.mkdir()
    (folder / "doc.txt").write_text(title + "\n\n" + "\n\n".join(texts) + "\n", encoding="utf-8")
    return lambda claim: json.loads(run("check", claim, "--json", "--corpus", folder,
                                        "--index", tmp_path / "index").stdout)


OTHER_TOPICS = ["Fishing quotas for the northern fleet were cut in the spring session.",
                "Grain prices at the harbour rose after the floods."]


@pytest.mark.parametrize("title, texts, verdicts", [
    pytest.param("Glaciers", [
        "The glacier retreat in the northern valleys was measured by a survey in 2019.",
        "Early accounts of the ferry's delays were exaggerated by the press."], [
        ("The glacier retreat in the northern valleys was measured.", {"supported"}),
        # the sentence is about the retreat, but never says it is exaggerated
        ("The glacier retreat in the northern valleys is exaggerated.", {"not_found"})],
        id="a claim that X is Y needs a sentence that says Y"),
    pytest.param("Budget", [
        "Later this year the regional assembly is expected to approve the harbour budget.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        ("Later this year the regional assembly approved the harbour budget.", {"not_found"}),
        ("Later this year the regional assembly will approve the harbour budget.",
         {"supported"})],
        id="an expectation supports only a hedged claim"),
    pytest.param("Levies", [
        "The harbour levy reduced traffic in the old port, though no ferry route closed.",
        "The toll on the coast road did not reduce the queues at the bridge."], [
        ("The toll on the coast road did not reduce the queues.", {"supported"}),
        # the sentence has a negation, about a ferry route, not about the levy and the traffic
        ("The harbour levy did not reduce traffic in the old port.",
         {"not_found", "contradicted"})],
        id="a negated claim needs the same word denied"),
    pytest.param("Tolls", [
        "Despite the new bridge, the ferry fares in the old port have since remained unchanged.",
        "The toll on the coast road was cut in half after the queues grew."], [
        # a negative prefix that WordNet gives as the antonym denies the word it prefixes
        ("The ferry fares in the old port have not changed.", {"supported"}),
        ("The ferry fares in the old port have changed.", {"contradicted"})],
        id="unchanged denies changed"),
    pytest.param("Clinics", [
        "The new clinic to be built in Port Lamu should remove one obstacle, since it can "
        "treat casualties at any time.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        # "one" is not what "up to 50" counts: a name beside both is no shared role
        ("The clinic in Port Lamu can treat up to 50 casualties at a time.", {"not_found"})],
        id="a name beside two figures is not their role"),
    pytest.param("Contingents", [
        "Most of the patrol boats were provided by Ghana and Peru, along with Chile.",
        "Ghana provided the largest number of divers to the harbour mission of any country."], [
        # a comparison with every other is a rank: "along with" does not state it
        ("Chile provided more patrol boats than any other country.", {"not_found"}),
        ("Ghana provided more divers to the harbour mission than any other country.",
         {"supported"})],
        id="more than any other is a rank"),
    pytest.param("Oversight", [
        "Divided over the ferry, the council backed less budget oversight for the harbour "
        "authority.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        # comparatives of opposite direction before the same words are exclusive predicates
        ("The council backed stronger budget oversight for the harbour authority.",
         {"contradicted"})],
        id="stronger and less are opposite directions"),
    pytest.param("Floods", [
        "In 1985 the river flooded the lower town twice, and the dykes were raised.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        # a decade is a date the sentence must state: 1985 is not in the 1970s
        ("In the 1970s the river flooded the lower town twice.", {"not_found",
                                                                  "contradicted"}),
        ("In the 1980s the river flooded the lower town twice.", {"supported"})],
        id="a decade is a date"),
    pytest.param("Turbines", [
        "The tidal plant in the bay requires no fuel while providing power to the port.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        # "no" denies the fuel: "while" ends its reach before "providing"
        ("The tidal plant in the bay cannot provide power to the port.",
         {"contradicted", "not_found"})],
        id="a negation does not reach past while"),
    pytest.param("Currents", [
        "1945/1946: The bay current changed to a cold phase after the long storms.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        ("In 1946, the bay current switched to a cold phase.", {"supported"})],
        id="a slashed pair of years states both"),
    pytest.param("Fees", [
        "In the assembly, Kenya backed lower harbour fees for the fishing fleet.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        # a capital acting stands for its country's government
        ("In the assembly, Nairobi backed lower harbour fees for the fishing fleet.",
         {"supported"})],
        id="a capital acting is its country"),
    pytest.param("Ferries", [
        "Two weeks later, the harbour board said the new ferry would sail in June, earlier "
        "than planned.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        # "later" is in the sentence, but where the claim has it the sentence says "earlier"
        ("The harbour board said the new ferry would sail in June, later than planned.",
         {"contradicted"}),
        ("The harbour board said the new ferry would sail in June, earlier than planned.",
         {"supported"})],
        id="an antonym where the claim's word stands, the word stated elsewhere"),
    pytest.param("Herds", [
        "When the dry season came in 2019, the reindeer herds moved southwards along the "
        "coast.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        # a direction of motion is a compass point: northwards is not southwards
        ("The reindeer herds moved northwards along the coast in 2019.", {"contradicted"}),
        ("The reindeer herds moved southwards along the coast in 2019.", {"supported"})],
        id="northwards is not southwards"),
    pytest.param("Docks", [
        "In 2020 the port authority said it would not allow the fishing fleet free access to "
        "the new docks.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        # "allow" is WordNet's first-sense synonym of "grant", denied where the claim has it
        ("In 2020 the port authority said it would grant the fishing fleet free access to the "
         "new docks.", {"contradicted"}),
        ("In 2020 the port authority said it would not allow the fishing fleet free access "
         "to the new docks.", {"supported"})],
        id="a denied synonym contradicts"),
    pytest.param("Requests", [
        "In 2021 the harbour board asked the regional assembly for a second ferry across the "
        "bay.",
        "The assembly's committee on tariffs met twice before the summer recess."], [
        # two clauses joined by "and": the sentence states the first, not the second
        ("In 2021 the harbour board asked the regional assembly for a second ferry and "
         "offered its pilots to crew it.", {"not_found"}),
        ("In 2021 the harbour board asked the regional assembly for a second ferry.",
         {"supported"})],
        id="each clause of a claim must be stated"),
    pytest.param("Closures", [
        "On 12 March, the harbour board made official its decision to close the old ferry "
        "line, although it kept one boat in service.",
        "After years of debate, by 2015 the harbour board finally had a small team for ferry "
        "safety."], [
        # the sentence's one day-dated date, in another place: the same event, another date
        ("The harbour board made its decision to close the old ferry line official on "
         "12 April.", {"contradicted"}),
        ("The harbour board made its decision to close the old ferry line official on "
         "12 March.", {"supported"}),
        # "by 2015" bounds a span: it does not say when the team was set up
        ("The harbour board set up its small team for ferry safety in 2012.",
         {"not_found"})],
        id="a lone date of the same event"),
    pytest.param("Ferries", [
        "The harbour board closed the old ferry line two weeks after the storm damaged its "
        "pier, and the new line carried more passengers in its first year.",
        "The request of the fishermen for a new pier was rejected by the harbour board "
        "in May."], [
        # the sentence states every word but one, and the reverse of that one: no support
        ("The harbour board closed the old ferry line two weeks before the storm damaged "
         "its pier.", {"not_found", "contradicted"}),
        ("Two weeks after the storm damaged its pier, the harbour board closed the old ferry "
         "line.", {"supported"}),
        ("The new ferry line carried fewer passengers in its first year.",
         {"not_found", "contradicted"}),
        ("In May the harbour board accepted the fishermen's request for a new pier.",
         {"not_found", "contradicted"}),
        ("In May the harbour board rejected the fishermen's request for a new pier.",
         {"supported"}),
        # "prior" says "before" in other words; "followed" says "after"
        ("The harbour board closed the old ferry line after the storm damaged its pier.",
         {"supported"}),
        ("The ferry line was closed by the harbour board prior to the storm damaging its "
         "pier.", {"not_found", "contradicted"})],
        id="a sentence that reverses a word of the claim does not state it"),
])
def test_what_a_supporting_sentence_must_state(tmp_path, title, texts, verdicts):
    check_in = checker(tmp_path, title, texts + OTHER_TOPICS)
    for claim, expected in verdicts:
        assert check_in(claim)["verdict"] in expected, claim


def test_the_complement_is_what_ends_an_x_is_y_claim():
    from qa.claims.vetoes import complement
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    word = lambda claim: getattr(complement(p := parse(claim, vocab),
                                            {t: 1.0 for t in p.terms}), "word", None)
    assert word("Sea level rise predictions are exaggerated.") == "exaggerated"
    assert word("Global warming is causing stronger hurricanes.") is None  # the verb is "causing"
    assert word("Trump claims global warming is a hoax.") is None  # a reported clause
    assert word("The report was published in May by the council.") is None  # Y does not end it


def test_another_actor_in_the_subject_contradicts(tmp_path):
    # one paragraph: the passage names the claim's actor, the sentence another
    texts = ["The trade minister, Ana Kovac, asked the assembly to review the harbour tariffs. "
             "Envoy Piet Drost visited the harbour in May.",
             "Fishing quotas for the northern fleet were cut in the spring session.",
             "The assembly's committee on tariffs met twice before the summer recess.",
             "Grain prices at the harbour rose after the floods."]
    check_in = checker(tmp_path, "Envoys", texts)
    payload = check_in("Envoy Piet Drost asked the assembly to review the harbour tariffs.")
    assert payload["verdict"] == "contradicted"
    assert payload["evidence"][0]["conflicts"][0] == {
        "claim": "Envoy Piet Drost", "source": "Ana Kovac", "kind": "actor"}
    assert check_in("Ana Kovac asked the assembly to review the harbour tariffs.")["verdict"] \
        == "supported"


def test_a_shorter_form_of_a_name_states_it(tmp_path):
    # one notion of "stated" for support, conflicts and the facts reported: "the Atlantic
    # Shipping Company" states "the Lagos-based Atlantic Shipping Company" (its head kept),
    # never contradicts it; "Port Henry" is another name than "Point Henry"
    texts = ["In 2019 the Atlantic Shipping Company of Lagos opened a depot in the old "
             "port.",
             "A smelter at Port Henry closed in the winter after the power contract ended."]
    check_in = checker(tmp_path, "Depots", texts + OTHER_TOPICS)
    payload = check_in("The Lagos-based Atlantic Shipping Company opened a depot in the old port "
                       "in 2019.")
    assert payload["verdict"] == "supported", payload
    assert not any(e["conflicts"] for e in payload["evidence"])
    assert "Lagos-based Atlantic Shipping Company" in payload["evidence"][0]["states"]
    assert "Lagos-based Atlantic Shipping Company" not in payload["unverified"]
    payload = check_in("A smelter at Point Henry closed in the winter after the power contract "
                       "ended.")
    assert payload["verdict"] != "supported"


def test_a_duration_in_other_units_is_the_same_fact(tmp_path):
    texts = ["After ten years in the valley, the survey team left the northern camp in 2019.",
             "The assembly's committee on tariffs met twice before the summer recess."]
    check_in = checker(tmp_path, "Surveys", texts + OTHER_TOPICS)
    payload = check_in("A decade after it arrived, the survey team left the northern camp in "
                       "2019.")
    assert payload["verdict"] == "supported", payload
    assert not any(e["conflicts"] for e in payload["evidence"] if e["stance"] == "supports")
    assert check_in("Two decades after it arrived, the survey team left the northern camp in "
                    "2019.")["verdict"] == "contradicted"


def test_an_acronym_the_corpus_defines_states_its_words(tmp_path):
    texts = ["Mobile Field Clinics (MFCs) first opened in the valley after the floods.",
             "Since March 2019 the mission has run an MFC in the port of Lodwar every week."]
    check_in = checker(tmp_path, "Clinics", texts + OTHER_TOPICS)
    payload = check_in("Since March 2019 the mission has run a mobile field clinic in Lodwar.")
    assert payload["verdict"] == "supported", payload
    assert {"mobile", "field", "clinic"} <= set(payload["evidence"][0]["states"])
    assert check_in("Since March 2017 the mission has run a mobile field clinic in "
                    "Lodwar.")["verdict"] == "contradicted"


def test_two_neighbouring_sentences_support_together_only_in_full(tmp_path):
    texts = ["Meanwhile, Ghana, the largest contributor of divers, is undecided. In May, it "
             "suspended the harbour patrols of its 300-strong unit, citing the storms.",
             "The assembly's committee on tariffs met twice before the summer recess."]
    check_in = checker(tmp_path, "Divers", texts + OTHER_TOPICS)
    # (a relative clause: an appositive "Ghana, the largest contributor of divers," is a
    # description the document states next to the name, which makes the second sentence
    # support alone, `qa.claims.identity`)
    payload = check_in("Ghana, which is the largest contributor of divers, suspended the "
                       "harbour patrols of its 300-strong unit in May.")
    assert payload["verdict"] == "supported", payload
    top = payload["evidence"][0]
    assert "Ghana" in top["sentence"] and "suspended" in top["sentence"]
    assert top["sentence"] in top["text"] and payload["unverified"] == []
    # one word of the claim ("cheaply") stated by neither sentence: not support from the pair
    # (one predicate of two verbs, which no reading parts: a relative clause set between
    # commas is read as a clause of its own, each part with what one sentence may leave
    # unsaid, `qa.claims.clause_parts.embedded_split`)
    assert check_in("Ghana is the largest contributor of divers and cheaply suspended the "
                    "harbour patrols of its 300-strong unit in May.")["verdict"] == "not_found"


def test_a_pair_whose_second_sentence_names_another_actor_does_not_support(tmp_path):
    # the claim's actor is named in the first sentence, its deed in the second, done by
    # someone else: "The Coastal Guard then raised ..." does not go on about the Board
    texts = ["In May 2019, the Fisheries Board of Lodwar met the Coastal Guard to discuss the "
             "ferry crossing. The Coastal Guard then raised the ferry fares by a third.",
             "The assembly's committee on tariffs met twice before the summer recess."]
    check_in = checker(tmp_path, "Ferries", texts + OTHER_TOPICS)
    claim = "In May 2019, the Fisheries Board of Lodwar raised the ferry fares by a third."
    assert check_in(claim)["verdict"] != "supported"
    # the same deed by the actor the second sentence names is stated by the pair, but not its
    # date: "In May 2019" is the meeting's, and the fares were raised "then", after it
    # (`qa.claims.joined.lent_fact`)
    assert check_in("The Coastal Guard raised the ferry fares by a third."
                    )["verdict"] == "supported"
    assert check_in("In May 2019, the Coastal Guard raised the ferry fares by a third."
                    )["verdict"] == "not_found"


def test_a_sentence_stating_only_the_topic_does_not_support(tmp_path):
    # every retrieved passage is about the lighthouse: that is the claim's topic, and a
    # sentence that states only it (not "leans") is no support, however rare the topic's words
    # are in the corpus; a sentence stating the point as well still supports
    about = ["The old lighthouse on the northern cape was painted red and white in the spring.",
             "Visitors to the old lighthouse on the northern cape climb its 120 steps.",
             "The keeper of the old lighthouse on the northern cape retired after forty years.",
             "A museum beside the old lighthouse on the northern cape shows the first lamp.",
             "The old lighthouse on the northern cape was built of granite in 1852.",
             "Ships passing the old lighthouse on the northern cape still use its beam.",
             "The road to the old lighthouse on the northern cape is closed in winter.",
             "Painters have long drawn the old lighthouse on the northern cape at dawn.",
             "A storm in 1990 broke a window of the old lighthouse on the northern cape."]
    others = [f"The council of district {n} met to discuss the water supply."
              for n in range(1, 31)]
    check_in = checker(tmp_path, "Lighthouses", about + others)
    assert check_in("The old lighthouse on the northern cape leans.")["verdict"] == "not_found"
    assert check_in("The old lighthouse on the northern cape was built of granite.")[
        "verdict"] == "supported"


def test_names_that_trade_places_around_the_verb_are_not_support(tmp_path):
    check_in = checker(tmp_path, "Patrols", [
        "In 2019 Ghana detained twelve sailors from Togo, calling them smugglers.",
        "The two navies met in Lomé to discuss joint patrols of the gulf."] + OTHER_TOPICS)
    # the same words, the actors swapped: neither the one nor the other is stated
    assert check_in("In 2019 Togo detained twelve sailors from Ghana.")["verdict"] != "supported"
    # a passive with its agent turns the order round, as it should
    assert check_in("In 2019 twelve sailors from Togo were detained by Ghana.")[
        "verdict"] == "supported"
    assert check_in("Ghana detained twelve sailors from Togo in 2019.")["verdict"] == "supported"
    # the verb in other words ("helped" / "assisted") carries the same roles
    check_in = checker(tmp_path, "Rescue", [
        "In 2020 Benin assisted Niger with three rescue boats after the floods."] + OTHER_TOPICS)
    assert check_in("In 2020 Niger helped Benin with three rescue boats after the floods.")[
        "verdict"] != "supported"
    assert check_in("In 2020 Benin helped Niger with three rescue boats after the floods.")[
        "verdict"] == "supported"


def test_an_agentless_passive_names_no_agent_to_swap(tmp_path):
    check_in = checker(tmp_path, "Envoys", [
        "Denmark's trade envoy was expelled following the selection of a Norwegian journalist "
        "who addressed the assembly."] + OTHER_TOPICS)
    # the claim adds who expelled him; the sentence's "Norwegian" stands in another phrase,
    # not in the agent's place: no swap, so no contradiction by actor
    found = check_in("Norway expelled Denmark's trade envoy after a Norwegian journalist was "
                     "chosen to address the assembly.")
    assert not any(c["kind"] == "actor" for e in found["evidence"] for c in e.get("conflicts", []))
    # two passives whose subjects trade places are still a swap
    assert check_in("A Norwegian journalist was expelled following the selection of Denmark's "
                    "trade envoy who addressed the assembly.")["verdict"] != "supported"


def test_a_capital_acting_is_its_country_not_another_actor(tmp_path):
    # Norway is the corpus's setting (named in most passages); its capital acts for it
    about = [f"Norway's coast guard inspected pier {n} of the western harbour in {2000 + n}."
             for n in range(1, 9)]
    check_in = checker(tmp_path, "Ferries", about + [
        "First, Oslo has delayed the ferry licences, suspending them for a month in May and "
        "June, angering the shipping firms."] + OTHER_TOPICS)
    found = check_in("Norwegian authorities delayed the ferry licences for a month in May "
                     "and June.")
    assert found["verdict"] == "supported"
    # another country's authorities are another actor
    found = check_in("Swedish authorities delayed the ferry licences for a month in May and June.")
    assert found["verdict"] != "supported"


def test_the_corpus_setting_is_not_stated_where_another_actor_is_the_subject(tmp_path):
    # Chad is named in most passages: a sentence that does not name it may still be about it
    # ("the government"), but not when its subject is another actor
    about = [f"Chad's ministry of works repaired bridge {n} of the northern road in {2000 + n}."
             for n in range(1, 9)]
    check_in = checker(tmp_path, "Roads", about + [
        "The lake patrols were short of boats all year. In addition, Niger is set to deploy "
        "armed river boats to Bol early next year."] + OTHER_TOPICS)
    assert check_in("Chad plans to send armed river boats to Bol early next year.")[
        "verdict"] != "supported"
    assert check_in("Niger plans to send armed river boats to Bol early next year.")[
        "verdict"] == "supported"


def test_the_claims_figure_hedged_the_other_way_is_not_stated(tmp_path):
    check_in = checker(tmp_path, "Fleet", [
        "By May the fleet had lost 46 boats, and over 100 seamen had been injured in the "
        "storms."] + OTHER_TOPICS)
    # 46 is below 100, but "over 100" is the claim's own figure: "up to 100" is not stated
    assert check_in("By May the fleet had lost 46 boats and up to 100 sailors had been injured "
                    "in the storms.")["verdict"] != "supported"
    assert check_in("By May the fleet had lost 46 boats and more than 100 sailors had been "
                    "injured in the storms.")["verdict"] == "supported"


def test_a_reversed_word_in_a_sentence_stating_the_rest_contradicts(tmp_path):
    check_in = checker(tmp_path, "Quotas", [
        "Foreign trawlers were included in the new cod quotas by the harbour board in March "
        "2021, a year after the fishing treaty had lapsed."] + OTHER_TOPICS)
    # the sentence states every other word of the claim, and WordNet's antonym of "excluded"
    # away from its place: the same event, reversed
    payload = check_in("In March 2021 the harbour board excluded foreign trawlers from the new "
                       "cod quotas.")
    assert payload["verdict"] == "contradicted", payload
    conflict = payload["evidence"][0]["conflicts"][0]
    assert (conflict["claim"], conflict["source"], conflict["kind"]) == (
        "excluded", "included", "relation")
    # a reversal in a sentence that states little else of the claim is no contradiction
    assert check_in("Foreign trawlers were excluded from the cold spring fairs.")[
        "verdict"] != "contradicted"


def test_an_acronym_states_the_event_of_a_conflicting_sentence(tmp_path):
    # the claim's event ("a mobile field clinic") is in the sentence only as its acronym: the
    # sentence is about the same event, and its other year conflicts
    texts = ["Mobile Field Clinics (MFCs) first opened in the valley after the floods.",
             "Since March 2019 the mission has maintained an MFC in Lodwar."]
    check_in = checker(tmp_path, "Clinics", texts + OTHER_TOPICS)
    payload = check_in("Since March 2017 a mobile field clinic has been kept in Lodwar.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0]["source"] == "2019"


def test_another_date_contradicts_where_the_names_are_abbreviated_and_the_setting_unsaid(tmp_path):
    # "the EU" is "the European Union", and Kenya, named by most passages, is the setting:
    # the sentence names every actor of the claim and states its event, two years later
    texts = ["Kenya deployed its first divers to the port of Lodwar in 2015.",
             "In Kenya, the harbour board of Lodwar met twice a year.",
             "The port was exposed to more storms with the departure of the European Union's "
             "Coastal Task Force in 2019, which made repairs harder."]
    check_in = checker(tmp_path, "Harbour", texts + OTHER_TOPICS)
    payload = check_in("The EU's Coastal Task Force left Kenya in 2017, exposing the port to "
                       "more storms.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0]["source"] == "2019"


def test_an_event_put_before_another_that_the_source_puts_after_contradicts(tmp_path):
    texts = ["The harbour board closed the northern pier soon after the fleet's departure, "
             "citing the storms.",
             "The fleet left Lodwar two weeks before the harbour board suspended the ferry "
             "service."]
    check_in = checker(tmp_path, "Harbour", texts + OTHER_TOPICS)
    payload = check_in("The harbour board closed the northern pier shortly before the fleet's "
                       "departure, citing the storms.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0] == {"claim": "before", "source": "after",
                                                      "kind": "relation"}
    # the same order told from the other event: each event on the other side, no conflict
    payload = check_in("The harbour board suspended the ferry service two weeks after the "
                       "fleet left Lodwar.")
    assert payload["verdict"] == "supported", payload


def test_an_ordinal_in_conflict_is_not_a_missing_fact(tmp_path):
    # "first" is the claim's ordinal, which no sentence states: the sentence says "last" in its
    # place, a conflict, not a fact the passage lacks
    texts = ["As a general rule the fishermen only use the northern pier as a last resort, "
             "since its crane is old.",
             "The assembly's committee on tariffs met twice before the summer recess."]
    check_in = checker(tmp_path, "Piers", texts + OTHER_TOPICS)
    payload = check_in("The fishermen generally use the northern pier as a first resort.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0] == {"claim": "first", "source": "last",
                                                      "kind": "relation"}


def test_a_sentence_that_would_support_but_flips_the_predicate_contradicts(tmp_path):
    texts = ["On 25 June 2014 the assembly renewed the mandate by unanimously adopting "
             "Resolution 12.",
             "In 2019, ten years after the deployment of the fleet, the harbour board requested "
             "the withdrawal of the fleet from Lodwar."]
    check_in = checker(tmp_path, "Assembly", texts + OTHER_TOPICS)
    # "divided" and "unanimously" three words apart from a shared word: the table's pair, in a
    # sentence that states the rest of the claim
    payload = check_in("A divided assembly formally adopted Resolution 12 on 25 June 2014, "
                       "renewing the mandate.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0] == {"claim": "divided", "source": "unanimously",
                                                      "kind": "relation"}
    # "withdrawal" is the partner of "arrived", but the claim states it ("leave"): its other
    # event, not a flipped one
    payload = check_in("In 2019, ten years after the fleet arrived, the harbour board asked it "
                       "to leave Lodwar.")
    assert payload["verdict"] == "supported", payload


def test_most_is_not_stated_by_few_nor_a_share_by_another(tmp_path):
    check_in = checker(tmp_path, "Ferries", [
        "Relatively few islanders speak Norwegian, which complicates the ferry crews' work.",
        "The valley accounted for 67 percent of the floods, but the board keeps only 16 percent "
        "of its pumps there."] + OTHER_TOPICS)
    # "most" and "few" are the two ends of one scale (words.json `relation_opposites`)
    assert check_in("Most islanders speak Norwegian, which helps the ferry crews.")[
        "verdict"] != "supported"
    assert check_in("Only a few islanders speak Norwegian, which complicates the ferry crews' "
                    "work.")["verdict"] == "supported"
    (tmp_path / "many").mkdir()
    check_many = checker(tmp_path / "many", "Pumps", [
        "Many of those pumps failed because of silt, largely during the spring floods."]
        + OTHER_TOPICS)
    assert check_many("Only a few of the pumps failed because of silt during the spring "
                      "floods.")["verdict"] != "supported"
    # "nearly half of its pumps" is a share, about 50 percent: 16 percent states otherwise
    payload = check_in("The valley saw 67 percent of the floods, and the board keeps nearly "
                       "half of its pumps there.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0]["source"] == "16 percent"


def test_a_word_given_to_another_actor_is_not_stated(tmp_path):
    check_in = checker(tmp_path, "Nets", [
        "According to the board's own data, Denmark's coast guard was responsible for 530 "
        "collisions with Norwegian trawlers in 2020."] + OTHER_TOPICS)
    # the coast guard is Denmark's, the trawlers Norwegian: the names in each other's places
    payload = check_in("According to the board's own data, Norway's coast guard was "
                       "responsible for 530 collisions with Danish trawlers in 2020.")
    assert payload["verdict"] != "supported", payload
    assert any(c["kind"] == "actor" for e in payload["evidence"] for c in e["conflicts"])
    # the same owner written another way ("Denmark's trawlers") is the same claim
    assert check_in("According to the board's own data, the Danish coast guard was "
                    "responsible for 530 collisions with Norway's trawlers in 2020.")[
        "verdict"] == "supported"


def test_a_date_stated_otherwise_contradicts_despite_a_preposition_reversed_elsewhere(tmp_path):
    check_in = checker(tmp_path, "Ferry", [
        "When the board first licensed the ferry in April 2013, it required the crew to "
        "carry, without exception to the harbour rules, passengers under urgent threat of "
        "flooding."] + OTHER_TOPICS)
    # "first licensed" tells when, not which licence; "with carrying" and "without
    # exception" are not one relation reversed: the one conflict is the year
    payload = check_in("The board first licensed the ferry in April 2014, tasking the crew with "
                       "carrying passengers under urgent threat of flooding.")
    assert payload["verdict"] == "contradicted", payload
    assert [c["kind"] for c in payload["evidence"][0]["conflicts"]] == ["date"]


def test_a_participle_clause_is_a_fact_the_sentence_must_state(tmp_path):
    check_in = checker(tmp_path, "Harbour", [
        "Several residents of Lodwar moved away from the streets close to the harbour board's "
        "depot, for fear of being flooded by the spring tides."] + OTHER_TOPICS)
    # the first clause is stated whole; what the participle adds is stated nowhere
    assert check_in("Several residents of Lodwar moved away from the streets close to the "
                    "harbour board's depot for fear of floods, prompting relocation.")[
        "verdict"] != "supported"
    # a participle that rephrases the sentence, and "according to", are no second fact
    assert check_in("Several Lodwar residents moved away from the harbour board's depot, "
                    "fearing floods from the spring tides.")["verdict"] == "supported"
    assert check_in("Several Lodwar residents moved away from the harbour board's depot for "
                    "fear of flooding, according to the brief.")["verdict"] == "supported"


def test_a_year_naming_the_thing_does_not_make_it_another_event(tmp_path):
    check_in = checker(tmp_path, "Treaty", [
        "The harbour board terminated the fishing treaty soon after the fleet's departure, "
        "citing its absolute unenforceability."] + OTHER_TOPICS)
    # "the 2015 fishing treaty" is the treaty the sentence ends: the order is reversed
    payload = check_in("The harbour board ended the 2015 fishing treaty shortly before the "
                       "fleet departed, calling it unenforceable.")
    assert payload["verdict"] == "contradicted", payload
    # a year dating the event is still a fact the passage must have for a contradiction
    assert check_in("In 2015 the harbour board ended the fishing treaty shortly before the "
                    "fleet departed, calling it unenforceable.")["verdict"] != "contradicted"


def test_another_country_in_the_claims_countrys_place_contradicts(tmp_path):
    texts = ["The imminent delivery of a Norwegian level-2 field hospital to the harbour "
             "camp in Lodwar should remove one obstacle to the rescue plans.",
             "In Kenya, the harbour board of Lodwar met twice a year.",
             "Kenya's fishing fleet was cut in the spring session of the Kenyan assembly.",
             "Kenyan grain prices rose after the floods."]
    check_in = checker(tmp_path, "Hospital", texts)
    # the passage never names Sweden, and the sentence names Norway, which the claim does not
    payload = check_in("The level-2 field hospital soon to be delivered to the harbour camp in "
                       "Lodwar is a Swedish one.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0]["source"] == "Norwegian"
    # the corpus's setting is no other country in the claim's place
    from qa.claims.check import lone_country
    from qa.claims.compare import compare
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    claim = parse("The field hospital soon delivered to Lodwar is a Swedish one.", vocab)
    sentence = parse("The delivery of a Norwegian field hospital to Lodwar should remove one "
                     "obstacle.", vocab)
    found = compare(claim, sentence, sentence, vocab)
    assert lone_country(found, claim, sentence, vocab, set())[1].text == "Norwegian"
    assert lone_country(found, claim, sentence, vocab, {"norway"}) is None


def test_the_name_a_claim_is_attributed_to_is_no_actor_in_conflict():
    from qa.claims.check import another_named
    from qa.claims.compare import compare
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    passage = parse("Reef Watch has followed the lake for years. Kenya has detained 46 Ivorian "
                    "fishermen (Abidjan says they were crewing for LAKEMA).", vocab)
    sentence = parse("Kenya has detained 46 Ivorian fishermen (Abidjan says they were crewing "
                     "for LAKEMA).", vocab)
    # "According to Reef Watch": who says it, not who detained them; LAKEMA is no actor
    # in its place
    claim = parse("According to Reef Watch, Kenya has detained 46 Ivorian fishermen.", vocab)
    assert another_named(compare(claim, sentence, passage, vocab), claim, sentence, set(),
                         vocab) is None
    # the same name as the claim's subject is an actor
    claim = parse("Reef Watch has detained 46 Ivorian fishermen.", vocab)
    mine, theirs = another_named(compare(claim, sentence, passage, vocab), claim, sentence,
                                 set(), vocab)
    assert mine.text == "Reef Watch"


def test_a_relation_word_qualifying_a_noun_does_not_reverse_the_order(tmp_path):
    # "the preceding weeks" places the storms before the sentence's own event (the closure),
    # which is what "after" says: no reversal of "after" by "preceding"
    texts = ["In March, the harbour board closed the northern pier to ferries, citing the "
             "damage of three storms in the preceding weeks.",
             "The assembly's committee on tariffs met twice before the summer recess."]
    check_in = checker(tmp_path, "Piers", texts + OTHER_TOPICS)
    payload = check_in("The harbour board closed the northern pier to ferries in March after "
                       "three storms caused damage.")
    assert payload["verdict"] != "contradicted", payload
    assert all(c["source"] != "preceding" for e in payload["evidence"] for c in e["conflicts"])


def test_a_word_the_sentence_also_gives_to_no_one_is_no_swapped_owner(tmp_path):
    # "Lodwar ferrymen" against "the Coastal ferrymen's union": the sentence also says "40
    # ferrymen" with no owner, who may be the claim's; another form of the word, owned by
    # another name, is another thing
    texts = ["The Coastal ferrymen's union held its congress in Lodwar, with 40 ferrymen "
             "drowned in storms during the last decade.",
             "The assembly's committee on tariffs met twice before the summer recess."]
    check_in = checker(tmp_path, "Ferrymen", texts + OTHER_TOPICS)
    payload = check_in("In the last decade 40 Lodwar ferrymen drowned in storms.")
    assert payload["verdict"] != "contradicted", payload


def test_a_word_support_counted_stated_is_not_reported_unverified(tmp_path):
    # the pair may leave "sent" unsaid (a past verb whose object it states, `qa.claims.pairs`):
    # the report reads what support counted, so it does not list "sent"
    texts = ["The Orvane Fishing Company has deployed its divers to the northern lake. "
             "Few people there speak English, and the divers rely on interpreters.",
             "The assembly's committee on tariffs met twice before the summer recess."]
    check_in = checker(tmp_path, "Lake", texts + OTHER_TOPICS)
    payload = check_in("The Orvane Fishing Company sent its divers to the northern lake, while "
                       "few people there speak English.")
    assert payload["verdict"] == "supported", payload
    assert payload["unverified"] == [] and "sent" in payload["evidence"][0]["states"]
    # a word neither sentence states nor any table links stays unverified
    payload = check_in("The Orvane Fishing Company sent its divers to the northern lake in "
                       "secret.")
    assert "secret" in payload["unverified"], payload


def test_human_output_says_whom_a_claim_cites_and_whether_the_document_names_them(seeds_index):
    named = run("check", "According to Crisis Group, Côte d'Ivoire informed the UN on 11 "
                         "November that it would start withdrawing its 900 soldiers.",
                "--corpus", SEEDS, "--index", seeds_index)
    assert "Cited: Crisis Group, named in 002_e5416fac81e0f1bd.txt" in named.stdout
    unnamed = run("check", "The Harrow Centre reports that Côte d'Ivoire informed the UN on 11 "
                           "November that it would start withdrawing its 900 soldiers.",
                  "--corpus", SEEDS, "--index", seeds_index)
    assert "Cited: Harrow Centre, not named by the evidence's document" in unnamed.stdout
    assert "Supported" not in unnamed.stdout
