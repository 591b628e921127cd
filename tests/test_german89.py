"""A claim written in English with continental conventions (round 82, `qa.claims.continental`):
full stops grouping thousands, decimal commas, "30. June", "30.06.2023", "Mio."/"Mrd.",
clipped years and a named source inside the clause, read as English writes them; where
English may be meant ("3.047" alone, "1,500", "end 23 people") the figure is read as English
reads it."""
import pytest

from qa.claims.check import check, english_stopwords
from qa.claims.continental import english_figures


@pytest.mark.parametrize("claim, english", [
    ("The fleet counted 3.047 boats (1.620 skiffs, 427 barges).",
     "The fleet counted 3,047 boats (1,620 skiffs, 427 barges)."),
    ("Some 1.250.000 visitors came.", "Some 1,250,000 visitors came."),
    ("The levy brought 1,5 Mio. crowns.", "The levy brought 1.5 million crowns."),
    ("The bridge cost 2,25 Mrd. crowns.", "The bridge cost 2.25 billion crowns."),
    ("The ferry sailed on 04.09.2019 to Quell.", "The ferry sailed on 4 September 2019 to Quell."),
    ("The ferry sailed on 4. September 2019 to Quell.",
     "The ferry sailed on 4 September 2019 to Quell."),
    ("The dam opened end 19 in Tarvo.", "The dam opened end of 2019 in Tarvo."),
    ("The dam opened in mid-'19.", "The dam opened in mid-2019."),
    ("The dam opened early 36.", "The dam opened early 1936."),
    ("The dam opened back in '19.", "The dam opened back in '19."),
    ("Tolls rose according to the Harbour Board since May in Tarvo.",
     "According to the Harbour Board, Tolls rose since May in Tarvo."),
    # where English may be meant, the figure is English's
    ("The ratio stood at 3.047 in 2019.", "The ratio stood at 3.047 in 2019."),
    ("Some 1,500 visitors came on 4 September 2019.",
     "Some 1,500 visitors came on 4 September 2019."),
    ("At the end 23 people were rescued.", "At the end 23 people were rescued."),
    ("Tolls rose according to Harbour Board estimates by a third.",
     "Tolls rose according to Harbour Board estimates by a third."),
    # a text grouping with full stops uses the comma for decimals
    ("The fleet of 12.480 boats carried 1,500 tonnes each.",
     "The fleet of 12,480 boats carried 1.500 tonnes each."),
])
def test_continental_forms_read_as_english(claim, english):
    assert english_figures(claim, english_stopwords()) == english


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("harbour")
    docs = root / "docs"
    docs.mkdir()
    (docs / "harbour.txt").write_text(
        "Tarvo Harbour Notes\n\n"
        "The Tarvo ferry line opened on 4 September 2019 with a fleet of 3,047 boats "
        "(1,620 skiffs, 427 barges).\n\n"
        "The Harbour Board of Tarvo has been dredging the eastern channel since March 2017.\n\n"
        "The Quell bridge was finished at the end of 2011 at a cost of 1.5 billion crowns.\n",
        encoding="utf-8")
    return open_corpus(docs, root / "index")


@pytest.mark.parametrize("claim, expected", [
    # a true claim in continental figures was called contradicted ("3.047" against "3,047")
    ("The Tarvo ferry line opened with a fleet of 3.047 boats (1.620 skiffs, 427 barges).",
     "supported"),
    ("The Tarvo ferry line opened on 4. September 2019.", "supported"),
    ("The Tarvo ferry line opened on 04.09.2019.", "supported"),
    ("The Tarvo ferry line opened on 14.09.2019.", "contradicted"),
    ("The Quell bridge was finished end 11 at a cost of 1,5 Mrd. crowns.", "supported"),
    # a named source inside the clause is no actor of the clause
    ("The Harbour Board dredges according to Tarvo Harbour Notes since March 2017 the eastern "
     "channel.", "supported"),
])
def test_continental_claims_checked(harbour, claim, expected):
    assert check(harbour, claim).verdict.value == expected
