"""Chunking rules, checked on the five real seed documents and on small synthetic texts."""
from __future__ import annotations

import re
import statistics
import subprocess
import sys
import textwrap
from functools import cache
from pathlib import Path

import pytest

from qa.documents.blocks import MAX_WORDS
from qa.documents.plain import chunk_text
from qa.documents.blocks import BODY, NOTE

SEEDS = Path(__file__).parent.parent / "seeds"
WEB, MEETING, CRISIS, BLOG, OCR = (
    "000_ba95725e52efe437.txt", "001_e9dd40cb497179a9.txt", "002_e5416fac81e0f1bd.txt",
    "003_4c57989b59a32e92.txt", "004_78c57ffcd155d59e.txt")
ALL = (WEB, MEETING, CRISIS, BLOG, OCR)


@cache
def doc(name: str):
    return chunk_text(name, (SEEDS / name).read_text(encoding="utf-8"))


def letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def passages_with(name: str, phrase: str):
    return [p for p in doc(name).passages if phrase in p.text]


def only(name: str, phrase: str):
    found = passages_with(name, phrase)
    assert len(found) == 1, f"{phrase!r} in {len(found)} passages"
    return found[0]


# ---- hyphenation -------------------------------------------------------------------------------

def test_word_split_across_lines_is_rejoined():
    passage = only(OCR, "support the transitional authorities of Mali")
    assert passage.line_start <= 53 <= passage.line_end
    assert not any(re.search(r"authori-?\s+ties", p.text) for p in doc(OCR).passages)
    assert passages_with(OCR, "by unanimously adopting Resolution 2164")
    assert passages_with(OCR, "Thus, MINUSMA’s mandate allows for the use of")  # `MINUS-` / `MA’s`


def test_word_split_across_a_page_break_is_rejoined():
    assert passages_with(MEETING, "Close consultation between UN missions and African actors")
    assert passages_with(OCR, "from achieving its full potential and implementing its mandate")


def test_real_compound_keeps_its_hyphen():
    assert passages_with(OCR, "problems related to cross-cultural issues")
    assert passages_with(OCR, "Insurgent groups affiliated with al-Qaeda")


# ---- page furniture and markup -----------------------------------------------------------------

@pytest.mark.parametrize("name", ALL)
def test_page_furniture_and_markup_never_reach_a_passage(name):
    for passage in doc(name).passages:
        assert "MEETING NOTE" not in passage.text
        assert "<sup>" not in passage.text and "</" not in passage.text
        assert "**" not in passage.text and "&quot;" not in passage.text
        assert passage.text.strip("~ ") and passage.text == " ".join(passage.text.split())


def test_markdown_remnants_are_removed():
    texts = [p.text for p in doc(MEETING).passages]
    assert not any("#" in t or "$" in t or "STIMSN" in t for t in texts)
    assert passages_with(MEETING, "terminated the mandate on June 30th and decided")
    assert passages_with(MEETING, '"Mali Orders Suspension of U.N. Peacekeeping Mission')


def test_ocr_footnote_markers_are_removed_but_numbers_kept():
    assert passages_with(OCR, "as noted by the UN peacekeeping mission, stemming from")
    assert passages_with(OCR, "for a UN peacekeeping operation. Trying to combat")
    assert passages_with(OCR, "strength of 12,640 uniformed personnel, of which 11,200")
    assert passages_with(MEETING, "counterinsurgency mandate. The mismatch")   # was `mandate.8 The`
    assert passages_with(MEETING, "status of forces agreements. Because")       # was `.13 Because`
    assert passages_with(MEETING, "UN Doc. S/RES/2100.")
    junk = re.compile(r"[.,][’”]?[!?*®°}>]")
    assert not any(junk.search(p.text) for p in doc(OCR).passages)


def test_contact_lines_bylines_and_newsletter_tail_are_dropped():
    meeting = " ".join(p.text for p in doc(MEETING).passages)
    for furniture in ("TEL +1", "www.ipinst.org", "JULY 2024", "Harbour House"):
        assert furniture not in meeting
    crisis = " ".join(p.text for p in doc(CRISIS).passages)
    for boilerplate in ("12 minutes", "Contributors", "Subscribe", "jhjezequel", "your inbox"):
        assert boilerplate not in crisis


def test_captions_stay_small_passages_of_their_own():
    caption = only(CRISIS, "SIA KAMBOU / AFP")
    assert caption.line_start == caption.line_end == 2
    assert only(BLOG, "Caption: MINUSMA expanded Sector Centre").text.startswith("Caption:")
    assert only(WEB, "(MINUSMA Flickr/Marco Dormino)").line_end == 3


# ---- paragraphs rejoined across interruptions --------------------------------------------------

def test_paragraph_cut_by_a_running_header_is_one_passage():
    passage = only(MEETING, "and its resources. While MINUSMA's mandate expanded significantly")
    assert (passage.line_start, passage.line_end) == (65, 69)
    assert passage.kind == BODY


def test_paragraph_cut_by_footnotes_is_one_passage():
    passage = only(MEETING, "was expanded to include support for Mali's political transition.")
    assert (passage.line_start, passage.line_end) == (39, 49)
    assert "Resolution 2227" not in passage.text


def test_ocr_paragraph_continues_after_its_footnote_block():
    assert only(OCR, "efforts at the political level remain a key priority").kind == BODY
    serval = only(OCR, "alongside the French military operations ‘Serval’ and ‘Barkhane’")
    assert "preliminary peace deal" not in serval.text and "Bamako" not in serval.text
    assert passages_with(OCR, "Parts of the humanitarian community are very hesitant")
    assert passages_with(OCR, "it is essential to build relationships based on trust")


# ---- footnotes ---------------------------------------------------------------------------------

def test_markdown_footnotes_are_notes_of_their_own():
    note = only(MEETING, "UN Security Council Resolution 2227 (June 29, 2015)")
    assert note.kind == NOTE and note.line_start == note.line_end == 41
    assert note.text.startswith("UN Security Council")
    assert sum(p.kind == NOTE for p in doc(MEETING).passages) == 13   # 1-6 and 8-14


def test_ocr_footnotes_are_notes_even_when_split_by_blank_lines():
    assert only(OCR, "During 2013/2014, interviews were conducted").kind == NOTE
    bamako = only(OCR, "Interview with senior UN staff member, MINUSMA Headquarters in Bamako")
    assert (bamako.kind, bamako.line_start, bamako.line_end) == (NOTE, 156, 158)
    deal = only(OCR, "A UN-brokered preliminary peace deal was signed by the Malian government")
    assert (deal.kind, deal.line_start, deal.line_end) == (NOTE, 160, 170)
    assert "and needed to be discussed further" in deal.text
    assert only(OCR, "United Nations, S/RES/2164.").kind == NOTE   # its number was lost in OCR


def test_notes_are_never_glued_into_body_text():
    for name in (MEETING, OCR):
        for passage in doc(name).passages:
            if passage.kind == BODY:
                assert "http://" not in passage.text and "Ibid." not in passage.text


# ---- headings, sections, titles ----------------------------------------------------------------

@pytest.mark.parametrize("name, heading, opening", [
    (WEB, "Inadequate Force Protection = Limited POC Success", "Peacekeeping missions will have"),
    (MEETING, "Security Council Dynamics", "It was highlighted that some of"),
    (CRISIS, "What is new with the UN mission in Mali?", "The UN Multidimensional Integrated"),
    (BLOG, "Why does a billion-dollar Mission need even more resources?", "The answer is simple"),
    (OCR, "MINUSMA’s Challenges", "Ever since its deployment, MINUSMA has faced"),
    (OCR, "Opportunities and Recommendations", "MINUSMA is currently facing several"),
])
def test_headings_are_sections_not_passages(name, heading, opening):
    assert not any(heading in p.text for p in doc(name).passages)
    assert only(name, opening).section == heading


@pytest.mark.parametrize("name, title", [
    (WEB, "MINUSMA and Protection of Civilians: Implications for Future Peacekeeping Missions"),
    (MEETING, "Emerging Lessons from MINUSMA's Experience in Mali"),
    (CRISIS, "MINUSMA at a Crossroads"),
])
def test_title_is_the_first_heading(name, title):
    document = doc(name)
    assert document.title == title
    assert all(p.title == title for p in document.passages)
    assert not any(p.text == title for p in document.passages)
    assert document.passages[0].section == ""


@pytest.mark.parametrize("name", [BLOG, OCR])
def test_title_is_derived_when_there_is_no_title_line(name):
    document = doc(name)
    assert document.title and document.title != "Introduction"
    assert letters(document.passages[0].text).startswith(letters(document.title.rstrip("…")))
    assert not any(p.text == document.title for p in document.passages)


def test_pull_quote_repeating_the_body_is_dropped():
    assert len(passages_with(CRISIS, "presence has helped deter insurgents")) == 1
    assert len(passages_with(CRISIS, "criticism does not necessarily mean it wants")) == 1
    assert len(passages_with(CRISIS, "might more easily get a mandate to fight jihadists")) == 1


# ---- citations ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ALL)
def test_citations_point_into_the_file(name):
    lines = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    passages = doc(name).passages
    assert [p.paragraph for p in passages] == list(range(1, len(passages) + 1))
    for p in passages:
        assert 1 <= p.line_start <= p.line_end <= len(lines)
        assert p.source == name and p.kind in (BODY, NOTE)
        assert letters(p.text.split()[0]) in letters(lines[p.line_start - 1]), p.citation


def test_chunking_is_stable():
    text = (SEEDS / OCR).read_text(encoding="utf-8")
    assert chunk_text(OCR, text) == chunk_text(OCR, text)


# ---- sizes -------------------------------------------------------------------------------------

def test_over_long_paragraph_is_split_at_a_sentence_boundary():
    first = only(OCR, "Ever since its deployment, MINUSMA has faced a complex set")
    second = doc(OCR).passages[first.paragraph]       # paragraph numbers are 1-based
    assert second.text.startswith("The lack of a comprehensive peace agreement")
    assert first.text.endswith("the civilian population in Mali.")
    assert len(first.text.split()) + len(second.text.split()) > MAX_WORDS
    assert second.section == first.section and second.line_start == first.line_end == 139


def test_synthetic_long_paragraph_is_split_into_even_parts():
    sentence = "The convoy reached Gao after a long and dangerous drive north."
    document = chunk_text("long.txt", " ".join([sentence] * 100) + "\n")
    sizes = [len(p.text.split()) for p in document.passages]
    assert len(sizes) == 3 and max(sizes) <= MAX_WORDS and max(sizes) - min(sizes) <= 11
    assert all(p.text.endswith("north.") for p in document.passages)


def test_median_passage_is_a_paragraph_not_a_page():
    words = [len(p.text.split()) for name in ALL for p in doc(name).passages]
    assert statistics.median(words) < 150 and max(words) <= MAX_WORDS


# ---- plain user files --------------------------------------------------------------------------

def test_plain_wrapped_prose_gives_one_passage_per_block():
    blocks = ["Peacekeepers patrolled the northern towns every night. " * 4,
              "The council renewed the mandate in June. " * 5,
              "Nobody expected the withdrawal to be so quick. " * 3]
    text = "\r\n\r\n".join(textwrap.fill(b.strip(), 60).replace("\n", "\r\n") for b in blocks)
    document = chunk_text("notes.txt", text + "\r\n")
    assert [p.text for p in document.passages] == [b.strip() for b in blocks]
    assert [p.line_start for p in document.passages] == [1, 6, 11]
    assert document.passages[1].line_end == 9


def test_plain_unwrapped_prose_with_a_heading():
    text = ("Field Notes\n\nThe mission opened a base in Kidal. It closed in 2023.\n\n"
            "Logistics\n\nConvoys took four weeks to arrive.\n")
    document = chunk_text("field.txt", text)
    assert document.title == "Field Notes"
    assert [(p.section, p.text, p.line_start) for p in document.passages] == [
        ("", "The mission opened a base in Kidal. It closed in 2023.", 3),
        ("Logistics", "Convoys took four weeks to arrive.", 7)]


def test_synthetic_ocr_page_with_footnotes():
    text = ("The mission asked member states for more heli-\ncopters, but the capitals\n\n"
            "1 Interview with a staff member, Bamako, May 2014.\n"
            "2 Ibid.\n\n"
            "refused to send them.\n\nA new paragraph starts here.\n")
    passages = chunk_text("page.txt", text).passages
    assert [(p.kind, p.text) for p in passages] == [
        (BODY, "The mission asked member states for more helicopters, but the capitals refused "
               "to send them."),
        (NOTE, "Interview with a staff member, Bamako, May 2014."),
        (NOTE, "Ibid."),
        (BODY, "A new paragraph starts here.")]
    assert (passages[0].line_start, passages[0].line_end) == (1, 7)


def test_degenerate_inputs():
    assert chunk_text("empty.txt", "").passages == ()
    one = chunk_text("one.txt", "Just a line without punctuation")
    assert [p.text for p in one.passages] == ["Just a line without punctuation"]
    assert one.title == "one"


def test_module_is_cheap_to_import():
    code = "import sys, qa.documents.plain; print(sorted({'nltk', 'numpy', 'rank_bm25'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent)
    assert out.stdout.strip() == "[]"


def test_ocr_bullet_glyphs_are_stripped_and_items_stay_apart():
    first = only(OCR, "MINUSMA should continue to work towards a peace agreement")
    assert first.text.startswith("MINUSMA should") and first.line_start == 400
    assert only(OCR, "MINUSMA should ensure that facilities").text.startswith("MINUSMA")
    items = chunk_text("list.md", "# Plan\n\n## Steps\n\n- open the base\n- hire local staff\n")
    assert [(p.section, p.text) for p in items.passages] == [
        ("Steps", "open the base"), ("Steps", "hire local staff")]


def test_numbered_headings_are_not_footnotes():
    text = "Plan\n\n1 Introduction\n\nThe plan starts here.\n\n2 Methods\n\nWe used interviews.\n"
    passages = chunk_text("plan.txt", text).passages
    assert [(p.kind, p.section, p.text) for p in passages] == [
        (BODY, "1 Introduction", "The plan starts here."),
        (BODY, "2 Methods", "We used interviews.")]


# ---- text in any script is text ----------------------------------------------------------------

@pytest.mark.parametrize("text, passage", [
    ("Отчёт\n\nКонвой был атакован возле Гао.\n", "Конвой был атакован возле Гао."),
    ("Αναφορά\n\nΗ συνοδεία δέχθηκε επίθεση κοντά στο Γκάο.\n",
     "Η συνοδεία δέχθηκε επίθεση κοντά στο Γκάο."),
    ("تقرير\n\nتعرضت القافلة لهجوم قرب غاو.\n", "تعرضت القافلة لهجوم قرب غاو."),
    ("报告\n\n车队在加奥附近遭到袭击。\n", "车队在加奥附近遭到袭击。"),
])
def test_text_in_any_script_is_kept(text, passage):
    document = chunk_text("report.txt", text)
    assert passage in [p.text for p in document.passages]



# ---- pathological lines: text kept, no hang (speed: bench/pathological.py) ---------------------

@pytest.mark.parametrize("text, kept", [
    ("[" * 100_000 + " Convoys reached Gao.", "Convoys reached Gao."),
    ("Troops <b " * 30_000 + "left.", "Troops <b Troops"),
    ("Troops <sup>" * 30_000 + "left.", "Troops"),
    ("Gao x. " * 30_000, "Gao x. Gao x."),
    ("a" * 300_000, "a" * 300_000),
])
def test_pathological_lines_keep_their_text_and_do_not_hang(text, kept):
    import time

    started = time.perf_counter()
    document = chunk_text("odd.txt", text)
    assert time.perf_counter() - started < 300  # a hang guard only
    assert kept in " ".join(p.text for p in document.passages)


# ---- a long text is read in parts: the same words, lines still cited right ----------------------

@pytest.mark.parametrize("newline", ["\n", " "])  # paragraphs in lines, or one line of text
def test_long_text_in_parts_keeps_every_word_and_cites_its_lines(monkeypatch, newline):
    import qa.documents.plain as plain

    sentences = [f"Patrol {i} reached Gao after {i % 7 + 2} days on the road." for i in range(3000)]
    text = "".join(s + ("\n\n" if i % 5 == 4 else newline) for i, s in enumerate(sentences))
    whole = chunk_text("long.txt", text)
    monkeypatch.setattr(plain, "PART_CHARS", 20_000)
    parts = chunk_text("long.txt", text)
    words = lambda document: " ".join(p.text for p in document.passages).split()  # noqa: E731
    assert words(parts) == words(whole) and len(parts.passages) >= len(whole.passages)
    lines = text.split("\n")
    assert [p.paragraph for p in parts.passages] == list(range(1, len(parts.passages) + 1))
    for passage in parts.passages:
        first, last = lines[passage.line_start - 1], lines[passage.line_end - 1]
        assert passage.text.split()[0] in first and passage.text.split()[-1] in last
    assert {p.title for p in parts.passages} == {whole.title}
