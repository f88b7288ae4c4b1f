"""The words a person reads, in German and English, from one place.

``errors`` holds one sentence per error code; ``vocabulary`` the words for stored values
(categories, statuses, kinds) that the screens, the badges and the export share;
``printed`` the words on paper; ``formatting`` the dates and numbers on paper. Like
``confdesk/errors.py`` this is foundation: every layer may import it, and it imports no
layer (nor Qt).
"""
