"""The one normaliser: what must hold for any text, and the spellings people really type."""

from __future__ import annotations

import re

import pytest
from anyascii import anyascii
from hypothesis import example, given
from hypothesis import strategies as st

from confdesk.normalize import (
    ascii_slug,
    has_other_scripts,
    nfc,
    search_fold,
    search_tokens,
    transliterate,
)

_FOLDED = re.compile(r"([a-z0-9]+( [a-z0-9]+)*)?")
# Letters people write in names here, and the ASCII spellings they type instead.
_NAME_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßÄÖÜéèçñøåłıİşğ -'."
_DOTS_SPELLED_OUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
_DOTS_DROPPED = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "ss"}

names = st.text(alphabet=_NAME_LETTERS, max_size=30)


def _respell(text: str, spelling: dict[str, str]) -> str:
    return "".join(spelling.get(char, char) for char in text)


def _finds(typed: str, stored: str) -> bool:
    """Search's rule: every typed word begins a word of the stored key."""
    key_words = search_tokens(stored)
    return all(any(word.startswith(t) for word in key_words) for t in search_tokens(typed))


@given(st.text())
@example("Müller-Lüdenscheidt")
@example("\u212b\u2126ﬁ℡𝐌𝐮̈𝐥𝐥𝐞𝐫")  # Å sign, Ω sign, ligature, ℡, bold letters
def test_any_text_folds_to_lower_case_ascii_words(text: str) -> None:
    folded = search_fold(text)
    assert _FOLDED.fullmatch(folded), folded
    assert search_tokens(text) == folded.split()
    assert transliterate(text).isascii()
    assert re.fullmatch(r"([a-z0-9]+(-[a-z0-9]+)*)?", ascii_slug(text))


@pytest.mark.parametrize(
    "text", ["\ud800", "a\udfffb", "\x00\x1b[31m", "\u202e\u200b", "x" * 100_000]
)
def test_broken_and_huge_text_never_raises(text: str) -> None:
    assert _FOLDED.fullmatch(search_fold(text))


@given(st.text())
@example("queen")  # a run of e's after a, o or u
@example("Brüel")
def test_folding_twice_changes_nothing(text: str) -> None:
    once = search_fold(text)
    assert search_fold(once) == once


@given(st.text())
@example("ΟΔΥΣΣΕΑΣ")
@example("ǅemal Muße")
@example("\u0345")  # Greek ypogegrammeni: upper-cases to Ι, case-folds to ι
def test_case_never_matters(text: str) -> None:
    assert search_fold(text.upper()) == search_fold(text.lower()) == search_fold(text)


@given(names)
@example("Brüel")  # "bruel" must find it, whatever comes after the umlaut
@example("Høeg")
@example("Müller")
def test_umlauts_spelled_out_or_dotless_fold_alike(name: str) -> None:
    folded = search_fold(name)
    assert search_fold(_respell(name, _DOTS_SPELLED_OUT)) == folded
    assert search_fold(_respell(name, _DOTS_DROPPED)) == folded


def _whole_characters_typed(text: str) -> list[int]:
    """Where typing can stop: keyboards and input methods deliver a character whole, so no
    prefix ends inside one that NFC composes ("か" and its voicing mark are one "が", and
    "ka" is no prefix of "ga")."""
    return [cut for cut in range(len(text) + 1) if nfc(text[:cut]) + nfc(text[cut:]) == nfc(text)]


@given(st.text(), st.data())
@example("Παπαδόπουλος", None)
@example("Straße", None)
@example("王小明", None)
@example("か\u3099", None)  # one "が", typed whole
@example("김민수", None)
def test_every_prefix_of_a_text_finds_it(text: str, data: st.DataObject | None) -> None:
    """Search-as-you-type: each keystroke on the way to a name still shows that name."""
    cuts = _whole_characters_typed(text)
    for cut in cuts if data is None else [data.draw(st.sampled_from(cuts))]:
        assert search_fold(text).startswith(search_fold(text[:cut]))
        assert _finds(text[:cut], text)


@given(names, st.data())
def test_every_prefix_of_another_spelling_finds_a_name(name: str, data: st.DataObject) -> None:
    spelling = data.draw(st.sampled_from([_DOTS_SPELLED_OUT, _DOTS_DROPPED, {}]))
    typed = _respell(name, spelling)
    cut = data.draw(st.integers(0, len(typed)))
    assert _finds(typed[:cut].upper(), name)


@given(st.text())
def test_nfc_is_stable_and_keeps_the_fold(text: str) -> None:
    assert nfc(nfc(text)) == nfc(text)
    assert search_fold(nfc(text)) == search_fold(text)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("muller", "Müller"),
        ("mueller", "Müller"),
        ("MÜLLER", "Mueller"),
        ("strasse", "Straße"),
        ("STRASSE", "Straße des 17. Juni"),
        ("guttenberg", "von und zu Guttenberg"),
        ("calıskan", "Çalışkan"),
        ("caliskan", "Çalışkan"),
        ("ivanova", "Иванова"),
        ("papadop", "Παπαδόπουλος"),
        ("jose", "José"),
        ("lodz", "Łódź"),
        ("soren", "Søren"),
        ("hoeg", "Høeg"),
        ("bruel", "Brüel"),
        ("mul lud", "Müller-Lüdenscheidt"),
        ("mueller.luedenscheidt@", "mueller.luedenscheidt@example.org"),
    ],
)
def test_spellings_people_type_find_the_name(typed: str, name: str) -> None:
    assert _finds(typed, name)


# Names in scripts without a German spelling, as people type them: in their own script, and
# in Latin letters as anyascii spells them (Han characters in their Mandarin reading, also in
# Japanese names).
NAMES_IN_OTHER_SCRIPTS = [
    "王小明",
    "山田太郎",
    "やまだ",
    "ヤマダ",
    "محمد",
    "דוד",
    "김민수",
    "สมชาย",
]


@pytest.mark.parametrize("name", NAMES_IN_OTHER_SCRIPTS)
def test_a_name_in_any_script_has_a_key_found_by_itself_and_its_latin_spelling(
    name: str,
) -> None:
    assert search_fold(name)
    assert search_fold(name) == search_fold(anyascii(name))
    assert _finds(name, name)
    assert _finds(anyascii(name), name)
    assert _finds(anyascii(name).lower(), name)
    assert _finds(name[0], name)  # the first character typed
    assert not _finds("meyer", name)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("王", "王小明"),
        ("Wang", "王小明"),
        ("wangxiao", "王小明"),
        ("山田", "山田太郎"),
        ("yamada", "やまだ"),
        ("ヤマダ", "やまだ"),  # katakana typed, hiragana stored
        ("mhmd", "محمد"),
        ("dvd", "דוד"),
        ("gim", "김민수"),
        ("smchay", "สมชาย"),
    ],
)
def test_other_scripts_are_found_as_they_are_typed(typed: str, name: str) -> None:
    assert _finds(typed, name)


@pytest.mark.parametrize(
    ("typed", "name"),
    [("meyer", "Müller"), ("ivanov a", "Иванова"), ("strase", "Straße"), ("gut", "Berg")],
)
def test_other_words_do_not_find_the_name(typed: str, name: str) -> None:
    assert not _finds(typed, name)


@pytest.mark.parametrize(
    ("text", "transliterated", "slug"),
    [
        ("Müller-Lüdenscheidt", "mueller-luedenscheidt", "mueller-luedenscheidt"),
        ("Straße", "strasse", "strasse"),
        ("Çalışkan", "caliskan", "caliskan"),
        ("Иванова", "ivanova", "ivanova"),
        ("Παπαδόπουλος", "papadopoulos", "papadopoulos"),
        ("  Dr. Jörg O'Neill ", "  dr. joerg o'neill ", "dr-joerg-o-neill"),
        ("℡ 𝐌", "tel m", "tel-m"),
        ("王小明", "wangxiaoming", "wangxiaoming"),
        ("山田 太郎", "shantian tailang", "shantian-tailang"),
        ("やまだ", "yamada", "yamada"),
        ("محمد", "mhmd", "mhmd"),
        ("דוד", "dvd", "dvd"),
        ("김민수", "gimminsu", "gimminsu"),
        ("สมชาย", "smchay", "smchay"),
        # Punctuation and symbols still separate or vanish; they are no letters of a name.
        ("O’Neill 5 €", "oneill 5 ", "oneill-5"),
    ],
)
def test_transliteration_spells_text_the_german_way(
    text: str, transliterated: str, slug: str
) -> None:
    assert transliterate(text) == transliterated
    assert ascii_slug(text) == slug


def test_search_fold_keeps_digits_and_separates_words() -> None:
    assert search_fold("Smart-City-Koordinatorin, Staffel 2 (Kommune21)") == (
        "smart city koordinatorin staffel 2 kommune21"
    )
    assert search_tokens("  \t\n ") == []


@given(st.lists(st.text(), max_size=6))
@example(["Müller", "e", "Ο", "υ"])  # no digraph or Greek "ου" forms across the space
@example(["ΟΔΟΣ", "\u0308x"])  # a final sigma, a combining mark opening a part
def test_folding_the_parts_of_a_text_alone_gives_its_fold(parts: list[str]) -> None:
    """Search keys are folded field by field (names repeat, so each is folded once per
    import); the key must be the one the joined fields would give."""
    alone = " ".join(folded for part in parts if (folded := search_fold(part)))
    assert alone == search_fold(" ".join(parts))


@pytest.mark.parametrize(
    ("text", "other"),
    [("Müller", False), ("ИВАНОВА", False), ("Παπαδόπουλος", False), ("Çalışkan", False)]
    + [(name, True) for name in NAMES_IN_OTHER_SCRIPTS]
    + [("Goethe-Institut 東京", True), ("€ 5 ’", False)],
)
def test_other_scripts_are_told_from_what_the_german_rules_spell(text: str, other: bool) -> None:
    assert has_other_scripts(text) is other
