"""The one text normaliser of confdesk: how names become search keys, e-mail local parts
and file names.

Two steps, used everywhere:

- :func:`transliterate` spells text in lower-case ASCII the way a German writes it without
  special letters: umlauts spelled out (``ä`` → ``ae``), ``ß`` → ``ss``, Cyrillic and Greek
  transliterated (``Иванова`` → ``ivanova``, ``Παπαδόπουλος`` → ``papadopoulos``), other
  accents dropped (``Çalışkan`` → ``caliskan``, dotless ``ı`` included).
- :func:`search_fold` makes the variants a person may type meet in one key: after
  transliterating, ``ae``/``oe``/``ue`` collapse to ``a``/``o``/``u``, so "muller",
  "mueller" and "Müller" are all ``muller``; anything but letters and digits separates
  words. The collapse is applied to the stored key and the typed query alike, so it never
  hides a match; it only lets a few extra names match ("Manuel" and "Manul").

Names are stored and printed exactly as entered (NFC only, see :func:`nfc`); only keys are
folded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
_GERMAN_DIGRAPH = re.compile("([aou])e")


def nfc(text: str) -> str:
    """The canonical composed form, so "ü" typed two ways is stored one way."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)
def transliterate(text: str) -> str:
    text = _GREEK_OU.sub("ou", unicodedata.normalize("NFC", text).lower())
    letters: list[str] = []
    for char in text:
        mapped = _TRANSLITERATION.get(char)
        if mapped is not None:
            letters.append(mapped)
        elif char.isascii():
            letters.append(char)
        else:
            # Accented letters fall apart into a base letter and marks; marks are dropped.
            for part in unicodedata.normalize("NFKD", char):
                letters.append(part if part.isascii() else _TRANSLITERATION.get(part, ""))
    return "".join(letters)


def ascii_slug(text: str) -> str:
    """Words joined by hyphens, for e-mail local parts and file names
    ("Müller-Lüdenscheidt" → "mueller-luedenscheidt")."""
    return _NOT_WORD.sub("-", transliterate(text)).strip("-")


@lru_cache(maxsize=65536)
def search_fold(text: str) -> str:
    """The search form of ``text``: folded words separated by single spaces."""
    words = _NOT_WORD.sub(" ", transliterate(text)).split()
    return " ".join(_GERMAN_DIGRAPH.sub(r"\1", word) for word in words)


def search_tokens(text: str) -> list[str]:
    return search_fold(text).split()
