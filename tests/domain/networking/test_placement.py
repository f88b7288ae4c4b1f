"""The workshop-place optimiser against brute force on small rounds."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from confdesk.domain.networking.placement import Placements, place

WORKSHOPS = (1, 2, 3)


@st.composite
def rounds(draw: st.DrawFn) -> tuple[dict[int, list[int]], dict[int, int | None], frozenset[int]]:
    people = draw(st.integers(0, 6))
    wishes = {
        person: draw(st.lists(st.sampled_from(WORKSHOPS), max_size=3, unique=True))
        for person in range(people)
    }
    seats: dict[int, int | None] = {
        workshop: draw(st.none() | st.integers(0, 3)) for workshop in WORKSHOPS
    }
    # Seated people who may move: each holds a seat in a workshop they wished for, so the
    # caller has kept a place for them.
    must_place: set[int] = set()
    left = dict(seats)
    for person, choices in wishes.items():
        if choices and draw(st.booleans()):
            workshop = draw(st.sampled_from(choices))
            if left[workshop] is None or left[workshop] > 0:  # type: ignore[operator]
                must_place.add(person)
                if left[workshop] is not None:
                    left[workshop] -= 1  # type: ignore[operator]
    return wishes, seats, frozenset(must_place)


def objective(ranks: list[int]) -> tuple[int, int, int]:
    """Larger is better: placed, then the worst rank, then the sum of ranks."""
    return len(ranks), -max(ranks, default=0), -sum(ranks)


def best_by_brute_force(
    wishes: dict[int, list[int]], seats: dict[int, int | None], must_place: frozenset[int]
) -> tuple[int, int, int]:
    people = list(wishes)
    best: tuple[int, int, int] | None = None
    for choice in itertools.product(*[[None, *wishes[p]] for p in people]):
        taken = {workshop: choice.count(workshop) for workshop in WORKSHOPS}
        if any(seats[w] is not None and taken[w] > seats[w] for w in WORKSHOPS):  # type: ignore[operator]
            continue
        if any(c is None for p, c in zip(people, choice, strict=True) if p in must_place):
            continue
        ranks = [
            wishes[p].index(c) + 1 for p, c in zip(people, choice, strict=True) if c is not None
        ]
        value = objective(ranks)
        best = value if best is None or value > best else best
    assert best is not None  # the seated people's own seats are always a solution
    return best


def check_feasible(
    result: Placements,
    wishes: dict[int, list[int]],
    seats: dict[int, int | None],
    must_place: frozenset[int],
) -> None:
    for person, workshop in result.seats.items():
        assert workshop in wishes[person]
        assert result.ranks[person] == wishes[person].index(workshop) + 1
    for workshop, limit in seats.items():
        if limit is not None:
            assert list(result.seats.values()).count(workshop) <= limit
    assert must_place <= set(result.seats)


@given(rounds())
def test_the_assignment_is_as_good_as_the_best_of_all(
    case: tuple[dict[int, list[int]], dict[int, int | None], frozenset[int]],
) -> None:
    wishes, seats, must_place = case
    result = place(wishes, seats, must_place)
    check_feasible(result, wishes, seats, must_place)
    assert objective(list(result.ranks.values())) == best_by_brute_force(wishes, seats, must_place)


def test_nobody_is_sacrificed_for_first_choices() -> None:
    # Two first choices and a third choice beat a first choice and two who get nothing,
    # and a second choice for two beats a first and a third.
    wishes = {1: [1, 2, 3], 2: [1, 2], 3: [1]}
    result = place(wishes, {1: 1, 2: 1, 3: 1})
    assert result.seats == {3: 1, 2: 2, 1: 3}
    wishes = {1: [1, 2], 2: [1, 3]}
    result = place(wishes, {1: 1, 2: 1, 3: 1})
    assert sorted(result.ranks.values()) == [1, 2]


def test_workshops_not_on_offer_and_empty_wishes_place_nobody() -> None:
    assert place({1: [9], 2: []}, {1: 5}).seats == {}
    assert place({}, {1: 5}).seats == {}
    assert place({1: [1]}, {1: 0}).seats == {}
