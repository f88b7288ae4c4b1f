"""confdesk assign-workshops: workshop places from ranked wishes, previewed or applied."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from confdesk.cli.common import EXIT_OK, count, current_event, positive_int, say
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun

if TYPE_CHECKING:
    from confdesk.domain.networking.workshop_places import RoundPlaces

# Names of people without a place listed per round; the rest are counted.
_NAMES_SHOWN = 20


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("assign-workshops", help=say(Said.HELP_ASSIGN))
    command.add_argument(
        "--round", type=positive_int, metavar="N", help=say(Said.HELP_ASSIGN_ROUND)
    )
    command.add_argument("--apply", action="store_true", help=say(Said.HELP_ASSIGN_APPLY))
    command.add_argument("--move-seated", action="store_true", help=say(Said.HELP_ASSIGN_MOVE))


def run(args: argparse.Namespace) -> int:
    from confdesk.domain.networking.workshop_places import (
        apply_workshop_places,
        plan_workshop_places,
    )

    with current_event(args.db) as (database, event):
        plan = plan_workshop_places(database, event.id, args.round, allow_moving=args.move_seated)
        if not plan.rounds:
            print(say(Said.ASSIGN_NO_ROUNDS, title=event.title))
            return EXIT_OK
        for each in plan.rounds:
            for line in _round_lines(each):
                print(line)
        if not args.apply:
            print(say(Said.ASSIGN_PREVIEW))
        elif not plan.changes_anything:
            print(say(Said.ASSIGN_NOTHING))
        else:
            applied = apply_workshop_places(database, plan)
            changed = len(set(applied.after) - set(applied.before))
            print(say(Said.ASSIGN_APPLIED, signups=count(changed, Noun.SIGNUP_WRITTEN)))
    return EXIT_OK


def _round_lines(each: RoundPlaces) -> list[str]:
    choices = ", ".join(
        say(Said.ASSIGN_CHOICE, rank=rank, count=number) for rank, number in each.ranks.items()
    )
    lines = [
        say(
            Said.ASSIGN_ROUND,
            number=each.number,
            wishing=each.wishing,
            choices=choices or say(Said.ASSIGN_NOBODY_PLACED),
            placed=len(each.placed),
            moved=sum(p.moved for p in each.placed),
            kept=each.kept,
            unplaced=len(each.unplaced),
        )
    ]
    if each.unplaced:
        names = [say(Said.ASSIGN_WAITS, name=p.name, session=p.session_title)
                 for p in each.unplaced]  # fmt: skip
        more = len(names) - _NAMES_SHOWN
        lines.append(
            say(
                Said.ASSIGN_WITHOUT_PLACE,
                names="; ".join(names[:_NAMES_SHOWN]),
                more=say(Said.ASSIGN_AND_MORE, count=more) if more > 0 else "",
            )
        )
    return lines
