"""Wishes saved with a registration: edited, undone, left alone, merged."""

from __future__ import annotations

from dataclasses import replace

from confdesk.domain.networking.wishes import set_wishes, wishes_of
from confdesk.domain.registrations.duplicates import merge
from confdesk.domain.registrations.service import RegistrationDraft
from tests.domain.agenda.agenda_fixtures import at, make_world


def test_a_registration_edit_saves_wishes_and_its_undo_restores_them(database) -> None:
    world = make_world(database)
    first, second = (
        world.session(title, at(11), at(12), kind="workshop", round_number=1)
        for title in ("A", "B")
    )
    service = world.registrations
    anna = service.create(
        world.event_id, RegistrationDraft("Anna", "Muster", wishes=((1, (first, second)),))
    )
    assert anna.wishes == ((1, (first, second)),)
    assert service.get(anna.id) == anna

    # A draft that does not carry wishes leaves them alone.
    untouched = service.update(anna.id, replace(anna.draft(), position="Amt", wishes=None))
    assert untouched.after.wishes == ((1, (first, second)),)
    edit = service.update(anna.id, replace(untouched.after.draft(), wishes=((1, (second,)),)))
    assert edit.changed and edit.after.wishes == ((1, (second,)),)
    restored = service.undo(edit)
    assert restored.wishes == ((1, (first, second)),)
    assert wishes_of(database, anna.id) == {1: (first, second)}

    cleared = service.update(anna.id, replace(restored.draft(), wishes=()))
    assert cleared.after.wishes is None
    assert service.update(anna.id, replace(cleared.after.draft(), wishes=())).changed is False


def test_merging_keeps_the_wishes_of_rounds_the_kept_one_has_none_for(database) -> None:
    world = make_world(database)
    one = world.session("A", at(11), at(12), kind="workshop", round_number=1)
    two = world.session("B", at(13), at(14), kind="workshop", round_number=2)
    kept, other = world.person("Anna"), world.person("Anna")
    set_wishes(database, kept, {1: (one,)})
    set_wishes(database, other, {2: (two,)})
    merged = merge(database, kept, [other])
    assert merged.wishes == ((1, (one,)), (2, (two,)))
