"""confdesk bench: performance figures, each beside its floor."""

from __future__ import annotations

import argparse

from confdesk.cli.common import positive_int, say
from confdesk.words.command_line import Said


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bench = commands.add_parser("bench", help=say(Said.HELP_BENCH))
    bench.add_argument("--only", metavar="NAME,...", help=say(Said.HELP_BENCH_ONLY))
    bench.add_argument("--scale", type=positive_int, default=50_000, metavar="N")
    bench.add_argument("--json", metavar="FILE", dest="json_path")


def run(args: argparse.Namespace) -> int:
    from confdesk.bench.runner import run_bench

    only = [name.strip() for name in args.only.split(",") if name.strip()] if args.only else None
    return run_bench(only=only, scale=args.scale, json_path=args.json_path)
