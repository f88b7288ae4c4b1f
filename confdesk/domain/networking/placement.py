"""Places in one workshop round from ranked wishes: the optimisation, without a database.

Each person gets at most one workshop they wished for, no workshop gets more people than
it has free seats, and among all such assignments the chosen one is best in this order:

1. as many people placed as possible;
2. then the worst rank anyone placed gets is as good as possible (nobody is sacrificed so
   that others get their first choice);
3. then the ranks added up are as small as possible.

A bipartite assignment with capacities is a flow: source → person (1) → wished workshop
(cost: the rank) → sink (free seats). The largest flow gives (1); the smallest rank limit
under which a flow of that size still exists gives (2); a min-cost flow of that size over
the wishes within the limit gives (3). networkx's network simplex solves each exactly.

People who must stay placed (already seated, allowed to move to another of their wishes)
supply their unit themselves instead of taking it from the source, so every solution
places them. Their own seat is always among their options (the caller adds it), so the
largest flow is as large as without them: the people who can be placed together form a
matroid, and the seated are a part of one such set.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

_SOURCE = "source"
_SINK = "sink"


@dataclass(frozen=True)
class Placements:
    """Who goes where (person → workshop), and the rank each placed person got."""

    seats: Mapping[int, int]
    ranks: Mapping[int, int]

    @property
    def worst_rank(self) -> int:
        return max(self.ranks.values(), default=0)

    @property
    def total_rank(self) -> int:
        return sum(self.ranks.values())


def place(
    wishes: Mapping[int, Sequence[int]],
    free_seats: Mapping[int, int | None],
    must_place: frozenset[int] = frozenset(),
) -> Placements:
    """The best assignment of ``wishes`` (person → workshops, first choice first) to the
    workshops of ``free_seats`` (None: no limit); workshops not listed there are not on
    offer. Everyone in ``must_place`` is placed; each of them must be able to be (the
    caller keeps a seat for them among their wishes)."""
    options = {
        person: [(rank, workshop) for rank, workshop in _ranked(choices) if workshop in free_seats]
        for person, choices in wishes.items()
    }
    options = {person: ranked for person, ranked in options.items() if ranked}
    if not options:
        return Placements({}, {})
    unlimited = len(options)
    capacity = {
        workshop: unlimited if seats is None else max(seats, 0)
        for workshop, seats in free_seats.items()
    }
    largest = _largest_flow(options, capacity)
    worst_possible = max(rank for ranked in options.values() for rank, _ in ranked)
    for limit in range(1, worst_possible + 1):
        flow = _cheapest_flow(options, capacity, must_place, largest, limit)
        if flow is not None:
            return _placements(options, flow)
    raise AssertionError("the rank limit of the worst wish always admits the largest flow")


def _ranked(choices: Sequence[int]) -> list[tuple[int, int]]:
    """(rank, workshop) with duplicates dropped: a workshop named twice keeps its best rank."""
    seen: dict[int, int] = {}
    for workshop in choices:
        seen.setdefault(workshop, len(seen) + 1)
    return [(rank, workshop) for workshop, rank in seen.items()]


def _graph(
    options: Mapping[int, list[tuple[int, int]]], capacity: Mapping[int, int], limit: int
) -> nx.DiGraph:
    graph: nx.DiGraph[object] = nx.DiGraph()
    for workshop, seats in capacity.items():
        graph.add_edge(("w", workshop), _SINK, capacity=seats, weight=0)
    for person, ranked in options.items():
        graph.add_edge(_SOURCE, ("p", person), capacity=1, weight=0)
        for rank, workshop in ranked:
            if rank <= limit:
                graph.add_edge(("p", person), ("w", workshop), capacity=1, weight=rank)
    return graph


def _largest_flow(options: Mapping[int, list[tuple[int, int]]], capacity: Mapping[int, int]) -> int:
    graph = _graph(options, capacity, limit=max(len(r) for r in options.values()))
    return int(nx.maximum_flow_value(graph, _SOURCE, _SINK))


def _cheapest_flow(
    options: Mapping[int, list[tuple[int, int]]],
    capacity: Mapping[int, int],
    must_place: frozenset[int],
    size: int,
    limit: int,
) -> dict[int, int] | None:
    """The cheapest flow of ``size`` using wishes ranked ``limit`` or better, placing
    everyone in ``must_place``; None when there is none."""
    graph = _graph(options, capacity, limit)
    forced = [person for person in options if person in must_place]
    for person in forced:
        graph.remove_edge(_SOURCE, ("p", person))
        graph.nodes[("p", person)]["demand"] = -1
    graph.add_node(_SOURCE, demand=-(size - len(forced)))
    graph.add_node(_SINK, demand=size)
    try:
        _cost, flow = nx.network_simplex(graph)
    except nx.NetworkXUnfeasible:
        return None
    return {
        person: workshop
        for person in options
        for (_kind, workshop), units in flow[("p", person)].items()
        if units
    }


def _placements(options: Mapping[int, list[tuple[int, int]]], seats: dict[int, int]) -> Placements:
    ranks = {
        person: next(rank for rank, workshop in options[person] if workshop == seats[person])
        for person in seats
    }
    return Placements(seats, ranks)
