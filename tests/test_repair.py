"""Line repair: how two wrapped lines are glued back together, hyphens kept or dropped."""
import re

from hypothesis import example, given, settings, strategies as st

from qa.documents import repair
from qa.documents.repair import (LazyVocabulary, finish_paragraph, join_pieces, keep_hyphen,
                                 repair_line, strip_markup, vocabulary)


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


# The patterns of repair_line and finish_paragraph as first written (each starting with its
# look-behind): the faster forms and shortcuts must give the same text on any line.
OCR_MARK_BEFORE = re.compile(r"(?<=[\w)\]’”'])([.,;:])([’”]?)([!?*®°}>'\"’”]{1,3})(?=\s|$)")
GLUED_NOTE_BEFORE = re.compile(r"(?<=[a-z][a-z][a-z])([.,;:])\d{1,2}(?=\s|$)")
SPACE_BEFORE_PUNCT_BEFORE = re.compile(r"(?<=[\w)\]’”])\s+([.,;:])(?=\s|$)")
TRAILING_NOTE_BEFORE = re.compile(r"(?<=[.!?’”])\s+\d{1,2}$")
LINE_TEXT = st.lists(st.one_of(st.text("ab Z9.,;:!?*®°}>'\"’”)]\t\n٣", max_size=8),
                               st.sampled_from(["mandate.8 ", "mission,! ", "word .", " 12",
                                                "done. 10", "said.’® ", "x ,y", "abc;7\n"])),
                     max_size=12).map("".join)


@example("It ended. 10\n")  # `$` before a last newline
@example("p.5 and ab.8 but mandate.8 in 3.2:")  # three letters before a glued note, no fewer
@example("the mission,! said .’® and ” ; a .")
@example("it said,’” so: quotes after marks, no junk character, and mandate.8 alone")
@settings(max_examples=300, deadline=None)
@given(LINE_TEXT)
def test_repairs_match_their_first_patterns(line):
    expected = strip_markup(line).replace("'’", "’").replace("’'", "’")
    expected = OCR_MARK_BEFORE.sub(repair._drop_ocr_mark, expected)
    expected = GLUED_NOTE_BEFORE.sub(r"\1", expected)
    expected = SPACE_BEFORE_PUNCT_BEFORE.sub(r"\1", " ".join(expected.split()))
    assert repair_line(line) == expected
    finished = TRAILING_NOTE_BEFORE.sub("", line)
    if finished.count('"') == 1:
        finished = repair._LONE_QUOTE_RE.sub("", finished)
    assert finish_paragraph(line) == finished


def test_the_lazy_vocabulary_answers_as_the_vocabulary_and_only_reads_when_asked():
    text = "The authorities said so. A long-standing issue."
    lazy = LazyVocabulary(text)
    assert lazy.words is None
    assert not keep_hyphen("the authori-", "ties", lazy) and keep_hyphen("a long-", "standing", lazy)
    assert lazy.words == vocabulary(text)


@example("It ended.”) \n")
@example("")
@settings(max_examples=300, deadline=None)
@given(st.text("a .!?:;…。！？：；؟؛।॥\"'’”)]»」』\n\t", max_size=12))
def test_a_sentence_ends_as_the_terminal_pattern_says(text):
    assert repair.ends_sentence(text) == bool(repair.TERMINAL_RE.search(text.rstrip()))


SPACES = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2003\u2028\u2029\u202f\u3000"


@settings(max_examples=400, deadline=None)
@example("a  b")
@example(" a")
@example("a\u00a0b")
@example("")
@given(st.text("ab." + SPACES + "\x00\x07é", max_size=12))
def test_a_collapsed_line_is_its_words_joined_by_one_space(line):
    """Never says so wrongly (repair_line then skips the join); says so of every printable
    line it is true of (an unprintable one is joined anyway: same result)."""
    collapsed = " ".join(line.split()) == line
    assert not repair.is_collapsed(line) or collapsed
    if line.isprintable():
        assert repair.is_collapsed(line) == collapsed


@settings(max_examples=300, deadline=None)
@given(st.text("ab" + SPACES, max_size=30), st.integers(0, 8))
def test_words_counted_up_to_a_bound(text, most):
    assert repair.word_count_upto(text, most) == min(len(text.split()), most + 1)


def strip_markup_before(line: str) -> str:
    """`strip_markup` as first written: every pattern tried on every line."""
    import html

    line = repair._MATH_SUP_RE.sub(r"\1", line)
    line = repair._SUP_RE.sub(repair._keep_ordinal_sup, line)
    line = repair._TAG_RE.sub("", line)
    line = repair._TEX_SPACE_RE.sub(" ", line)
    line = line.replace("**", "").replace("__", "")
    return html.unescape(line)


@settings(max_examples=300, deadline=None)
@example("$<sup>8\\;</sup>$ 30<sup>th</sup> <b>x</b> \\, **y** &amp;")
@given(st.lists(st.sampled_from(["<sup>", "</sup>", "<b>", "</b>", "<br/>", "$", "\\;", "\\",
                                 " ", "th", "8", "x", "**", "&amp;", "<", ">"]),
                max_size=12).map("".join))
def test_markup_stripped_as_first_written(line):
    assert strip_markup(line) == strip_markup_before(line)
