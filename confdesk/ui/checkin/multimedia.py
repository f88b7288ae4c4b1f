"""QtMultimedia, loaded only when the camera or the sounds are wanted, and only where it works.

Importing ``PySide6.QtMultimedia`` loads FFmpeg and, on Linux, the PulseAudio client
library; where those are missing the import fails with ImportError or OSError. The desk
must still work then, without camera and with beeps, so nothing imports QtMultimedia at the
top of a module: callers ask :func:`load_multimedia` and handle ``None``.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QLoggingCategory

# Qt reports every optional library it looks for and does not find (PipeWire, VA-API
# hardware decoding) as a warning, then works without it. That is the normal state of most
# desk laptops, not a fault, so those messages are silenced; real errors use other categories.
# Optional libraries it looks for (PipeWire, VA-API) and the FFmpeg banner it prints at
# every start are Qt's business, not the desk's.
_QUIET_RULES = "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"


def load_multimedia() -> ModuleType | None:
    """``PySide6.QtMultimedia``, or None where its libraries cannot be loaded."""
    return _load("PySide6.QtMultimedia")


def load_multimedia_widgets() -> ModuleType | None:
    """``PySide6.QtMultimediaWidgets`` (the video widget), or None."""
    if load_multimedia() is None:
        return None
    return _load("PySide6.QtMultimediaWidgets")


def _load(name: str) -> ModuleType | None:
    # importlib, not "from PySide6 import ...": it honours a module blocked in sys.modules.
    if name not in sys.modules:
        QLoggingCategory.setFilterRules(_QUIET_RULES)
    try:
        return importlib.import_module(name)
    except (ImportError, OSError):
        return None


def sound_server_reachable() -> bool:
    """Whether Qt can reach a sound server, judged without asking Qt.

    On Linux Qt plays sound through PulseAudio (or PipeWire's PulseAudio socket). Without a
    running server, asking Qt for audio devices prints a warning and every sound effect
    another. So the socket is looked for first, where libpulse itself looks. Other systems
    have their sound service built in.
    """
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("PULSE_RUNTIME_PATH")
    if not runtime:
        xdg_runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
        runtime = str(Path(xdg_runtime) / "pulse")
    candidates = (Path(runtime) / "native", Path("/run/pulse/native"))
    return any(candidate.exists() for candidate in candidates)
