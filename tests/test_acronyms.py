"""Acronyms mined from the corpus's own definitions: "Temporary Operating Bases (TOBs)"."""
from qa.text.acronyms import mine_acronyms


def test_acronyms_are_mined_from_definitions_in_the_corpus():
    found = mine_acronyms([
        "The mission set up Temporary Operating Bases (TOBs) in the centre.",
        "Abuses by the Malian Defense and Security Forces (MDSF) were recorded.",
        "Deploying troop- and police-contributing countries (T/PCCs) had training.",
        "The protection of civilians (POC) mandate evolved.",
        "It was written by Jane Smith (JS) and others (see annex) in (2014).",
    ])
    assert found["tob"] == "Temporary Operating Bases"
    assert found["mdsf"] == "Malian Defense and Security Forces"
    assert found["tpcc"] == "troop and police contributing countries"
    assert found["poc"] == "protection of civilians"
    assert "see" not in found and "2014" not in found
