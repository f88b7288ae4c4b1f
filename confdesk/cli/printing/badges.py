"""confdesk badges: name badges into a PDF, recorded as printed."""

from __future__ import annotations

import argparse
from pathlib import Path

from confdesk.cli.common import (
    EXIT_OK,
    ProgressLine,
    count,
    current_event,
    fail,
    language,
    offset,
    positive_int,
    say,
)
from confdesk.output.badges.stocks import DEFAULT_STOCK
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun
from confdesk.words.formatting import decimal


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    badges = commands.add_parser(
        "badges",
        help=say(Said.HELP_BADGES),
        description=say(Said.DESCRIBE_BADGES),
    )
    badges.add_argument("out", nargs="?", metavar="OUT.pdf")
    badges.add_argument("--stock", default=DEFAULT_STOCK, metavar="NAME",
                        help=say(Said.HELP_BADGES_STOCK, stock=DEFAULT_STOCK))  # fmt: skip
    badges.add_argument("--list-stocks", action="store_true",
                        help=say(Said.HELP_BADGES_LIST_STOCKS))  # fmt: skip
    badges.add_argument("--only-unprinted", action="store_true",
                        help=say(Said.HELP_BADGES_ONLY_UNPRINTED))  # fmt: skip
    badges.add_argument("--start-at", type=positive_int, default=1, metavar="N",
                        help=say(Said.HELP_BADGES_START_AT))  # fmt: skip
    badges.add_argument("--back", action="store_true", help=say(Said.HELP_BADGES_BACK))
    badges.add_argument("--offset", type=offset, default=(0.0, 0.0), metavar="X,Y",
                        help=say(Said.HELP_BADGES_OFFSET))  # fmt: skip
    badges.add_argument("--photo-mark", action=argparse.BooleanOptionalAction, default=None,
                        help=say(Said.HELP_BADGES_PHOTO_MARK))  # fmt: skip
    badges.add_argument("--calibration", action="store_true",
                        help=say(Said.HELP_BADGES_CALIBRATION))  # fmt: skip


def run(args: argparse.Namespace) -> int:

    from confdesk.db.models import PrintKind
    from confdesk.domain.printing.records import record_prints
    from confdesk.output.badges.stocks import STOCKS, get_stock
    from confdesk.output.badges.writer import calibration_page, render_badges
    from confdesk.settings import DESK_NAME, PRINT_PHOTO_MARK, Settings

    if args.list_stocks:
        for stock in STOCKS.values():
            print(f"{stock.name:15} {stock.describe(language())}")
        return EXIT_OK
    if not args.out:
        fail(say(Said.BADGES_NEED_OUT))
    stock = get_stock(args.stock)
    if args.calibration:
        calibration_page(
            Path(args.out), stock=stock.name, offset_mm=args.offset, language=language()
        )
        print(say(Said.CALIBRATION_WRITTEN, stock=stock.name, path=args.out))
        return EXIT_OK
    photo_mark = Settings().get(PRINT_PHOTO_MARK) if args.photo_mark is None else args.photo_mark
    with current_event(args.db) as (database, event):
        with ProgressLine(Said.PROGRESS_BADGES) as progress:
            run = render_badges(
                database,
                event.id,
                Path(args.out),
                stock=stock.name,
                only_unprinted=args.only_unprinted,
                start_at=args.start_at,
                offset_mm=args.offset,
                back_side=args.back,
                progress=progress,
                photo_mark=photo_mark,
            )
        record_prints(database, run.registration_ids, PrintKind.BADGE, stock=stock.name,
                      desk=Settings().get(DESK_NAME))  # fmt: skip
    badges = count(run.badges, Noun.BADGE)
    pages = count(run.pages, Noun.PAGE)
    print(say(Said.BADGES_WRITTEN, badges=badges, pages=pages, stock=stock.name,
              title=stock.title(language()), path=args.out))  # fmt: skip
    if photo_mark:
        print(say(Said.BADGES_PHOTO_MARK))
    if run.shrunk:
        print(say(Said.BADGES_SHRUNK, texts=count(len(run.shrunk), Noun.TEXT)))
        for item in run.shrunk:
            shortened = say(Said.BADGES_SHORTENED) if item.shortened else ""
            size = decimal(round(item.font_size_pt, 1), language())
            print(say(Said.BADGES_SHRUNK_ITEM, id=item.registration_id, name=item.name,
                      field=item.field, size=size, shortened=shortened))  # fmt: skip
    return EXIT_OK
