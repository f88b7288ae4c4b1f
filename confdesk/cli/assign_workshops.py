"""confdesk assign-workshops: workshop places from ranked wishes, previewed or applied."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from confdesk.cli.common import EXIT_OK, current_event, positive_int

if TYPE_CHECKING:
    from confdesk.domain.networking.workshop_places import RoundPlaces

# Names of people without a place listed per round; the rest are counted.
_NAMES_SHOWN = 20


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "assign-workshops",
        help="give workshop places from people's ranked wishes (a preview unless --apply)",
    )
    command.add_argument("--round", type=positive_int, metavar="N", help="only round N")
    command.add_argument("--apply", action="store_true", help="write the places")
    command.add_argument(
        "--move-seated",
        action="store_true",
        help="people already seated may be moved to another of their wishes",
    )


def run(args: argparse.Namespace) -> int:
    from confdesk.domain.networking.workshop_places import (
        apply_workshop_places,
        plan_workshop_places,
    )

    with current_event(args.db) as (database, event):
        plan = plan_workshop_places(database, event.id, args.round, allow_moving=args.move_seated)
        if not plan.rounds:
            print(f"“{event.title}” has no workshop rounds.")
            return EXIT_OK
        for each in plan.rounds:
            for line in _round_lines(each):
                print(line)
        if not args.apply:
            print("This is a preview; run again with --apply to write the places.")
        elif not plan.changes_anything:
            print("Nothing to change.")
        else:
            applied = apply_workshop_places(database, plan)
            changed = len(set(applied.after) - set(applied.before))
            print(f"Applied: {changed} sign-ups written.")
    return EXIT_OK


def _round_lines(each: RoundPlaces) -> list[str]:
    choices = ", ".join(f"{_ordinal(rank)} choice {count}" for rank, count in each.ranks.items())
    lines = [
        f"Round {each.number}: {each.wishing} with wishes; {choices or 'nobody placed'}; "
        f"{len(each.placed)} newly placed ({sum(p.moved for p in each.placed)} moved), "
        f"{each.kept} keep their seat, {len(each.unplaced)} without a place."
    ]
    if each.unplaced:
        names = [f"{p.name} (waits for “{p.session_title}”)" for p in each.unplaced]
        shown = "; ".join(names[:_NAMES_SHOWN])
        more = len(names) - _NAMES_SHOWN
        lines.append(f"  Without a place: {shown}" + (f"; and {more} more." if more > 0 else "."))
    return lines


def _ordinal(rank: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(rank if rank < 20 else rank % 10, "th")
    return f"{rank}{suffix}"
