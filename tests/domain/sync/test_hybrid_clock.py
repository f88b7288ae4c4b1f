"""The hybrid logical clock: never back, past whatever it has seen, ordered as text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from confdesk.domain.sync.clock import HybridClock, Stamp

DESK_A = "0a0a0a0a-0000-4000-8000-000000000001"
DESK_B = "0b0b0b0b-0000-4000-8000-000000000002"

wall_times = st.integers(min_value=0, max_value=10**13)


@given(st.lists(wall_times, min_size=1, max_size=40))
def test_stamps_only_ever_rise_even_when_the_wall_clock_goes_back(readings: list[int]) -> None:
    clock = HybridClock(0, 0, DESK_A)
    stamps = [clock.tick(now) for now in readings]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    # Text order is clock order: what the database compares.
    texts = [stamp.text for stamp in stamps]
    assert texts == sorted(texts)
    assert [Stamp.parse(text) for text in texts] == stamps


@given(wall_times, wall_times, wall_times, st.integers(0, 1000))
def test_an_edit_after_seeing_another_desks_edit_is_later_however_the_clocks_read(
    ours: int, theirs: int, now: int, their_counter: int
) -> None:
    """Desk A's computer may be hours behind desk B's: what A edits after receiving B's
    edit still wins over it."""
    clock = HybridClock(ours, 0, DESK_A)
    seen = Stamp(theirs, their_counter, DESK_B)
    clock.receive(seen, now)
    assert clock.tick(now) > seen


def test_the_desk_breaks_a_tie() -> None:
    assert Stamp(5, 0, DESK_B) > Stamp(5, 0, DESK_A)
    assert Stamp(5, 1, DESK_A) > Stamp(5, 0, DESK_B)


def test_text_that_is_not_a_stamp_is_none() -> None:
    assert Stamp.parse("") is None
    assert Stamp.parse("12.x.desk") is None
    assert Stamp.parse("000000000000012.0000000003") is None
