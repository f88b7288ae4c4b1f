"""Checks of what users type that more than one screen or importer needs."""

from __future__ import annotations

import re
from functools import lru_cache

# Characters an address written by a person never has in its local part unquoted; quoted
# local parts are legal but no attendee uses them, and they mostly come from pasting.
# A regular expression finds one at C speed; a set built from each address does not.
_LOCAL_FORBIDDEN = re.compile(r'[()<>\[\]\\,;:"]')


def is_valid_email(text: str) -> bool:
    """A practical check that catches typing and pasting mistakes, not RFC 5321 in full:
    one ``@``, no spaces, a local part, and a domain of at least two labels whose last is
    not a number. Internationalised domains are welcome ("info@stadt-haßfurt.de").
    Callers strip the text first."""
    # The same test as "any character is a space or unprintable": every space character but
    # " " is unprintable. str methods run at C speed, which an import of 20,000 rows feels.
    if not text or " " in text or not text.isprintable():
        return False
    local, at, domain = text.partition("@")
    if not at or "@" in domain:
        return False
    return _is_valid_local_part(local) and _is_valid_domain(domain)


def _is_valid_local_part(local: str) -> bool:
    return (
        0 < len(local) <= 64
        and not local.startswith(".")
        and not local.endswith(".")
        and ".." not in local
        and not _LOCAL_FORBIDDEN.search(local)
    )


# Domains repeat across the addresses of an import: one organisation, one domain.
@lru_cache(maxsize=4096)
def _is_valid_domain(domain: str) -> bool:
    labels = domain.split(".")
    if len(domain) > 255 or len(labels) < 2:
        return False
    top_level = labels[-1]
    if len(top_level) < 2 or top_level.isdigit():
        return False
    return all(_is_valid_label(label) for label in labels)


def _is_valid_label(label: str) -> bool:
    return (
        0 < len(label) <= 63
        and not label.startswith("-")
        and not label.endswith("-")
        and label.replace("-", "").isalnum()
    )
