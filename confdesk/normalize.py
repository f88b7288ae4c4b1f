"""The one text normaliser of confdesk: how names become search keys, e-mail local parts
and file names.

Two steps, used everywhere:

- :func:`transliterate` spells text in lower-case ASCII the way a German writes it without
  special letters: umlauts spelled out (``ä`` → ``ae``), ``ß`` → ``ss``, Cyrillic and Greek
  transliterated (``Иванова`` → ``ivanova``, ``Παπαδόπουλος`` → ``papadopoulos``), other
  accents dropped (``Çalışkan`` → ``caliskan``, dotless ``ı`` included). Letters of every
  other script are spelled as the anyascii library spells them (``王小明`` → ``wangxiaoming``,
  ``やまだ`` → ``yamada``, ``محمد`` → ``mhmd``, ``דוד`` → ``dvd``, ``김민수`` → ``gimminsu``),
  so no name has an empty key; punctuation and symbols are dropped as before.
- :func:`search_fold` makes the variants a person may type meet in one key: after
  transliterating, ``ae``/``oe``/``ue`` collapse to ``a``/``o``/``u`` (with any further
  e's: "Brüel" → ``brul``), so "muller", "mueller" and "Müller" are all ``muller``;
  anything but letters and digits separates words. The collapse is applied to the stored
  key and the typed query alike, so it never hides a match; it only lets a few extra names
  match ("Manuel" and "Manul").

Names are stored and printed exactly as entered (NFC only, see :func:`nfc`); only keys are
folded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_TRANSLITERATION = {
    # German first: in a name written without umlauts, ä is "ae", not the bare "a".
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss",
    "ı": "i", "ł": "l", "ø": "oe", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
    "ħ": "h", "ŀ": "l",
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}  # fmt: skip
# Greek "ου" is one sound, written "ou" (Παπαδόπουλος → papadopoulos).
_GREEK_OU = re.compile("ο[υύ]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Bytes of a search word (a-z, 0-9) stay, every other byte becomes a space.
_WORD_BYTES = bytes(b if b in b"abcdefghijklmnopqrstuvwxyz0123456789" else 32 for b in range(256))


def nfc(text: str) -> str:
    """The canonical composed form, so "ü" typed two ways is stored one way."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)
def transliterate(text: str) -> str:
    text = _GREEK_OU.sub("ou", unicodedata.normalize("NFC", text).casefold())
    if text.isascii():
        return text
    # Only the runs of non-ASCII letters need work, and names repeat ("Müller",
    # "Παπαδόπουλος"): imports and bulk inserts fold tens of thousands of keys at once.
    return _NON_ASCII.sub(_transliterated_match, text)


def _transliterated_match(match: re.Match[str]) -> str:
    return _transliterated_run(match.group())


@lru_cache(maxsize=16384)
def _transliterated_run(run: str) -> str:
    return "".join(_transliterated_char(char) for char in run)


@lru_cache(maxsize=16384)
def _transliterated_char(char: str) -> str:
    mapped = _TRANSLITERATION.get(char)
    if mapped is not None:
        return mapped
    if _of_another_script(char):
        # Spelled whole, as a kana with its voicing mark ("が" → "ga", not "ka"), a Hangul
        # syllable ("김" → "gim") or a Han character ("王" → "wang"). Han characters get
        # their Mandarin reading, also in Japanese names.
        return anyascii(char).lower()
    # Accented letters fall apart into a base letter and marks; marks are dropped, and so
    # are symbols and punctuation ("€", "’") that are not ASCII.
    return "".join(
        # Compatibility forms may fall apart into capitals ("℡" → "TEL", bold "𝐌" → "M").
        part.lower() if part.isascii() else _TRANSLITERATION.get(part, "")
        for part in unicodedata.normalize("NFKD", char)
    )


@lru_cache(maxsize=16384)
def _of_another_script(char: str) -> bool:
    """A letter, vowel sign or digit of a script the German rules above do not spell (Han,
    kana, Hangul, Arabic, Hebrew, Thai, ...): not an accented Latin letter, Greek or
    Cyrillic, which fall apart into what they spell and marks without a sound."""
    if char.isascii() or char in _TRANSLITERATION or unicodedata.category(char)[0] not in "LMN":
        return False
    return not all(
        part.isascii() or part in _TRANSLITERATION or _is_soundless(part)
        for part in unicodedata.normalize("NFKD", char)
    )


def _is_soundless(part: str) -> bool:
    """A character anyascii spells without a letter or digit: an accent, an apostrophe."""
    return not any(c.isalnum() for c in anyascii(part))


def has_other_scripts(text: str) -> bool:
    """Whether ``text`` has letters that only anyascii spells. Their Latin spelling tells
    fewer names apart (Hebrew "ט" and "ת" are both "t", Han characters that sound alike are
    one syllable), so it finds them but must not decide that two names are one."""
    # Case-folded, as transliterate() sees it: the table knows lower-case letters only.
    return not text.isascii() and any(map(_of_another_script, nfc(text).casefold()))


def ascii_slug(text: str) -> str:
    """Words joined by hyphens, for e-mail local parts and file names
    ("Müller-Lüdenscheidt" → "mueller-luedenscheidt")."""
    return _NOT_WORD.sub("-", transliterate(text)).strip("-")


@lru_cache(maxsize=65536)
def search_fold(text: str) -> str:
    """The search form of ``text``: folded words separated by single spaces."""
    # transliterate() gives ASCII, so bytes.translate can cut the words apart at C speed.
    words = transliterate(text).encode("ascii").translate(_WORD_BYTES).split()
    folded = b" ".join(words).decode("ascii")
    # Every e after a, o or u goes, not just the first: "Brüel" is "brueel", and "bruel"
    # must find it. This also makes folding a folded key change nothing.
    for digraph, vowel in (("ae", "a"), ("oe", "o"), ("ue", "u")):
        while digraph in folded:
            folded = folded.replace(digraph, vowel)
    return folded


def search_tokens(text: str) -> list[str]:
    return search_fold(text).split()
