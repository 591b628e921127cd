"""Line repair: how two wrapped lines are glued back together, hyphens kept or dropped."""
from qa.documents.repair import join_pieces, keep_hyphen, vocabulary


def test_hyphen_heuristic_uses_the_document_first():
    vocab = vocabulary("The authorities said so. A long-standing issue. MINUSMA and peacebuilding.")
    assert not keep_hyphen("the authori-", "ties", vocab)
    assert not keep_hyphen("the MINUS-", "MA’s mandate", vocab)   # evidence beats the capital
    assert not keep_hyphen("for peace-", "building", vocab)       # evidence beats `-building`
    assert keep_hyphen("for peace-", "building", set())
    assert keep_hyphen("a long-", "standing", vocab)           # hyphenated form seen elsewhere
    assert keep_hyphen("a cross-", "cultural", set())          # known prefix and second part
    assert keep_hyphen("the French-", "led force", set())      # common second part
    assert not keep_hyphen("implementa-", "tion", set())       # no evidence: a split word
    assert join_pieces("see United Nations S/", "RES/2164.", set()) == \
        "see United Nations S/RES/2164."
