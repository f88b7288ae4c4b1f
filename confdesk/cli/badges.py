"""confdesk badges: name badges into a PDF, recorded as printed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from confdesk.cli.common import (
    EXIT_OK,
    ProgressLine,
    current_event,
    fail,
    offset,
    positive_int,
)
from confdesk.output.badges.stocks import DEFAULT_STOCK

if TYPE_CHECKING:
    pass


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    badges = commands.add_parser(
        "badges",
        help="print the event's name badges into a PDF and record them as printed",
        description="Write the badges of everyone registered (by name) into OUT.pdf, print a "
        "summary (badges, pages, stock, which names had to shrink below a readable size) "
        "and record the badges as printed, so --only-unprinted skips them next time.",
    )
    badges.add_argument("out", nargs="?", metavar="OUT.pdf")
    badges.add_argument("--stock", default=DEFAULT_STOCK, metavar="NAME",
                        help="the paper or labels (see --list-stocks; "
                        f"default {DEFAULT_STOCK})")  # fmt: skip
    badges.add_argument("--list-stocks", action="store_true", help="list the stocks and exit")
    badges.add_argument("--only-unprinted", action="store_true",
                        help="only people whose badge was not printed yet")  # fmt: skip
    badges.add_argument("--start-at", type=positive_int, default=1, metavar="N",
                        help="leave the first N-1 labels of a used sheet empty")  # fmt: skip
    badges.add_argument("--back", action="store_true",
                        help="add a back page per sheet: each person's own programme")  # fmt: skip
    badges.add_argument("--offset", type=offset, default=(0.0, 0.0), metavar="X,Y",
                        help="move everything by X mm right and Y mm down "
                        "(measured with the calibration page)")  # fmt: skip
    badges.add_argument("--photo-mark", action=argparse.BooleanOptionalAction, default=None,
                        help="show each person's photo consent as a dot in the badge's band: "
                        "green may be photographed, red struck through no photos (default: "
                        "as last chosen on the print screen, else off)")  # fmt: skip
    badges.add_argument("--calibration", action="store_true",
                        help="write the stock's calibration page to OUT.pdf instead")  # fmt: skip


def run(args: argparse.Namespace) -> int:

    from confdesk.db.models import PrintKind
    from confdesk.domain.printing.records import record_prints
    from confdesk.output.badges.stocks import STOCKS, get_stock
    from confdesk.output.badges.writer import calibration_page, render_badges
    from confdesk.settings import DESK_NAME, PRINT_PHOTO_MARK, Settings

    if args.list_stocks:
        for stock in STOCKS.values():
            print(f"{stock.name:15} {stock.describe()}")
        return EXIT_OK
    if not args.out:
        fail("name the PDF to write, e.g. 'confdesk badges badges.pdf'.")
    stock = get_stock(args.stock)
    if args.calibration:
        calibration_page(Path(args.out), stock=stock.name, offset_mm=args.offset)
        print(f"Wrote the calibration page for {stock.name} to {args.out}.")
        return EXIT_OK
    photo_mark = Settings().get(PRINT_PHOTO_MARK) if args.photo_mark is None else args.photo_mark
    with current_event(args.db) as (database, event):
        with ProgressLine("drawing badges") as progress:
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
    print(
        f"Wrote {run.badges} badge{'s' if run.badges != 1 else ''} on {run.pages} "
        f"page{'s' if run.pages != 1 else ''} ({stock.name}: {stock.title}) to {args.out}; "
        "recorded as printed."
    )
    if photo_mark:
        print("Photo consent is marked in each badge's band: a green dot may be photographed, "
              "a red dot struck through asks for no photos.")  # fmt: skip
    if run.shrunk:
        print(f"{len(run.shrunk)} text{'s' if len(run.shrunk) != 1 else ''} had to shrink "
              "below a readable size or be shortened:")  # fmt: skip
        for item in run.shrunk:
            shortened = ", shortened" if item.shortened else ""
            print(f"  #{item.registration_id} {item.name}: {item.field} at "
                  f"{item.font_size_pt:.1f} pt{shortened}")  # fmt: skip
    return EXIT_OK
