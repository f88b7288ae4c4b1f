"""The command line, one module per command (see main.py)."""

from confdesk.cli.main import main

__all__ = ["main"]
