"""The words a person reads, in German and English, from one place.

``errors`` holds one sentence per error code; ``printed`` the words on paper and the
category and status words the screens share with it; ``formatting`` the dates and numbers
of what is printed. Like ``confdesk/errors.py`` this is foundation: every layer may import
it, and it imports no layer (nor Qt).
"""
