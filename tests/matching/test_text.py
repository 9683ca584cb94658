"""Normalisation, tokens, sentences and transliteration (bot.text)."""

from __future__ import annotations

from bot.text import (
    fold,
    html_to_text,
    normalize,
    skeleton,
    split_sentences,
    to_ascii,
    tokenize,
)


def test_html_to_text_strips_tags_and_double_entities() -> None:
    raw = "<p>Senators&amp;nbsp;ask &lt;b&gt;why&lt;/b&gt;</p><script>x()</script>"
    assert html_to_text(raw) == "Senators ask why"


def test_normalize_folds_case_accents_quotes_and_dashes() -> None:
    assert normalize("Vladimír “TAÏWAN” — Łódź’s") == 'vladimir "taiwan" - lodz\'s'


def test_fold_keeps_cyrillic_and_cjk() -> None:
    assert fold("Путіним") == "путіним"
    assert fold("星链") == "星链"


def test_tokenize_joins_hyphenated_words() -> None:
    norms = [t.norm for t in tokenize("The Star-link deal")]
    assert norms == ["the", "star", "link", "starlink", "deal"]


def test_tokenize_spans_point_into_text() -> None:
    text = "Musk’s call"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.raw


def test_split_sentences_keeps_abbreviations() -> None:
    text = "The U.S. billionaire spoke. Officials denied it! 他否认。然后"
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == ["The U.S. billionaire spoke.", "Officials denied it!", "他否认。", "然后"]


def test_transliteration_skeletons_agree_across_scripts() -> None:
    assert skeleton(to_ascii("Кириенко")) == skeleton(to_ascii("Kiriyenko"))
    assert skeleton(to_ascii("Кирієнко")) == skeleton("kirijenko")
    assert skeleton(to_ascii("Маск")) == skeleton("musk")
    assert skeleton(to_ascii("Путин")) != skeleton(to_ascii("пятно"))


def test_fold_writes_traditional_chinese_in_simplified_characters() -> None:
    # Taiwan and Hong Kong outlets write traditional characters; claims and lexicons meet
    # them in one form (OpenCC's character table)
    assert fold("德國公司否認") == fold("德国公司否认") == "德国公司否认"
    assert fold("Taïwan 臺灣") == "taiwan 台湾"


def test_indic_consonants_carry_their_vowel_but_the_last() -> None:
    # Devanagari writes "ha" with one letter (ह); the vowel is said unless a sign or the
    # virama follows, and not after the word's last consonant (शेख: Sheikh, not Sheikha)
    assert to_ascii("हसीना") == "hasina"
    assert to_ascii("హసీనా") == "hasina"  # Telugu shares the layout
    assert skeleton(to_ascii("शेख")) == skeleton("sheikh")
    assert skeleton(to_ascii("हसीना")) == skeleton(to_ascii("হাসিনা")) == skeleton("hasina")
