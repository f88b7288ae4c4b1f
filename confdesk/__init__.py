"""confdesk — the on-site conference desk."""

__version__ = "0.1.0"
