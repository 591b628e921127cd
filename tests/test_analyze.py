from qa.text.analyze import Analyzer, load_stopwords, split_words


def test_numbers_and_document_codes_stay_whole():
    words = split_words("France proposed 2,069 troops (11,200 in all) under S/RES/2100 in 2013.")
    assert "2069" in words and "11200" in words and "2013" in words
    assert "s/res/2100" in words


def test_thousands_separator_is_optional_in_the_query():
    analyzer = Analyzer()
    assert analyzer.terms("2,069") == analyzer.terms("2069")


def test_per_cent_is_one_word_as_percent_is():
    analyzer = Analyzer()
    assert analyzer.terms("80 per cent of the force") == analyzer.terms("80 percent of the force")
    assert split_words("per capita, per cent") == ["per", "capita", "percent"]


def test_according_to_is_no_accord():
    # "according to the report" must not search for the noun "accord" or its synonyms
    assert Analyzer().terms("according to the peace accord") == ["peac", "accord"]


def test_year_ranges_split_into_years():
    assert split_words("during 2013/2014") == ["during", "2013", "2014"]


def test_possessives_and_accents_are_normalised():
    analyzer = Analyzer()
    assert analyzer.terms("MINUSMA's") == analyzer.terms("MINUSMA")
    assert analyzer.terms("Ségou") == analyzer.terms("Segou")


def test_hyphenated_compounds_match_their_parts():
    analyzer = Analyzer()
    assert analyzer.terms("troop-contributing countries") == analyzer.terms(
        "troop contributing countries")


def test_stopwords_dropped_and_words_stemmed():
    analyzer = Analyzer()
    assert analyzer.terms("How many of the peacekeepers were killed?") == ["mani", "peacekeep", "kill"]
    assert "the" in load_stopwords() and "peacekeepers" not in load_stopwords()


def test_stemmer_is_injected_and_cached_per_word():
    calls = []

    def fake_stem(word):
        calls.append(word)
        return word[:4]

    analyzer = Analyzer(stemmer=fake_stem)
    assert analyzer.terms("convoys convoys convoys") == ["conv"] * 3
    assert calls == ["convoys"]


def test_known_stems_avoid_the_stemmer():
    analyzer = Analyzer(stemmer=lambda w: 1 / 0, known_stems={"convoys": "convoy"})
    assert analyzer.terms("convoys") == ["convoy"]


def test_words_snowball_would_merge_keep_stems_of_their_own():
    analyzer = Analyzer()
    assert analyzer.stem("authorities") == analyzer.stem("authority") != analyzer.stem("authorized")
    assert analyzer.stem("authorized") == analyzer.stem("authorised") == analyzer.stem("authorization")
    assert analyzer.stem("international") != analyzer.stem("internal")
    assert analyzer.stem("organizations") != analyzer.stem("organs")


# ---- text in every script ------------------------------------------------------------------


def test_unspaced_scripts_become_character_bigrams():
    assert split_words("车队在加奥") == ["车队", "队在", "在加", "加奥"]
    assert split_words("车 队") == ["车", "队"]  # a run of one character is that character
    assert split_words("GPS定位系统") == ["gps", "定位", "位系", "系统"]
    assert split_words("ภาษาไทย") == ["ภา", "าษ", "ษา", "าไ", "ไท", "ทย"]
    assert split_words("ガスの供給") == ["ガス", "スの", "の供", "供給"]  # dakuten kept on `ガ`


def test_combining_marks_stay_inside_their_word():
    assert split_words("हिन्दी भाषा") == ["हिन्दी", "भाषा"]
    assert split_words("מִלָּה") == ["מִלָּה"]


def test_russian_and_arabic_words_get_their_own_snowball_stemmer():
    analyzer = Analyzer()
    assert analyzer.terms("Колонна колонны колонной атакованы атаковали") == [
        "колон", "колон", "колон", "атакова", "атакова"]
    assert analyzer.terms("Отчёт") == analyzer.terms("отчет")  # ё is folded to е, й is kept
    assert "й" in split_words("Конвой")[0]
    assert analyzer.terms("مرحبا بالعالم") == ["مرحب", "عالم"]


def test_words_of_other_scripts_are_kept_whole():
    analyzer = Analyzer()
    assert analyzer.terms("Ελληνικά 한국어 עברית") == ["ελληνικα", "한국어", "עברית"]


def test_english_terms_are_those_of_english_snowball():
    # the analysis of English text is untouched by the handling of other scripts
    from nltk.stem.snowball import SnowballStemmer

    stem = SnowballStemmer("english").stem
    words = split_words("Peacekeepers patrolled the villages of Ségou and Côte d’Ivoire")
    assert words == ["peacekeepers", "patrolled", "the", "villages", "of", "segou", "and",
                     "cote", "d", "ivoire"]
    assert Analyzer().terms(" ".join(words)) == [stem(w) for w in words
                                                 if w not in load_stopwords()]


def test_text_without_a_combining_mark_is_tokenized_without_their_class():
    """`token_re` takes the pattern without the ~300 ranges of marks for any text that holds
    none (curly quotes and dashes included): the tokens are those the full pattern finds."""
    from hypothesis import given, settings, strategies as st

    from qa.text.analyze import _full_token_re, token_re
    from qa.text.scripts import has_mark

    assert not has_mark("The “convoy’s” route – 12,000 km ¶") and has_mark("नमस्ते")
    assert has_mark("e\u0301") and has_mark("\u20d0") and not has_mark("é ß Ω Ж 车")
    pieces = st.sampled_from(["peace", "Ségou", "’", "'", "/", "2,069", "3.5", " ", "–", "“",
                              "s/res/2100", "\u0301", "\u0915\u093f", "\u0648\u064e", "车队",
                              "Ω", "Ж", "_", "-", "٣", "\u0e01\u0e34"])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(pieces, max_size=12).map("".join))
    def same_tokens(text):
        assert token_re(text).findall(text) == _full_token_re().findall(text)

    same_tokens()
