"""Settings: declared once, typed, kept across runs, robust against a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from confdesk import settings
from confdesk.settings import Settings


def test_defaults_then_values_survive_a_restart(isolated_user_folders: Path) -> None:
    first = Settings()
    assert first.get(settings.LANGUAGE) == ""
    first.set(settings.LANGUAGE, "de")
    first.set(settings.LAST_DATABASE, "/data/tagung.sqlite")
    again = Settings()
    assert again.get(settings.LANGUAGE) == "de"
    assert again.get(settings.LAST_DATABASE) == "/data/tagung.sqlite"
    assert again.path.parent == isolated_user_folders


def test_a_broken_or_hand_edited_file_falls_back_to_defaults(isolated_user_folders: Path) -> None:
    isolated_user_folders.mkdir(parents=True)
    (isolated_user_folders / Settings.FILE_NAME).write_text('{"ui/language": 42, "x": ')
    assert Settings().get(settings.LANGUAGE) == ""
    (isolated_user_folders / Settings.FILE_NAME).write_text('{"ui/language": 42}')
    assert Settings().get(settings.LANGUAGE) == ""


def test_a_value_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(TypeError):
        Settings().set(settings.LANGUAGE, 1)  # type: ignore[arg-type]


def test_every_option_key_is_declared_once() -> None:
    keys = [option.key for option in settings.ALL_OPTIONS]
    assert len(keys) == len(set(keys))


def test_two_settings_objects_never_undo_each_others_options(tmp_path) -> None:
    window = Settings(tmp_path)
    dialog = Settings(tmp_path)
    dialog.set(settings.DESK_NAME, "Desk 2")
    window.set(settings.CHECKIN_SOUND, False)  # saving anything used to drop the desk name
    assert Settings(tmp_path).get(settings.DESK_NAME) == "Desk 2"
    assert Settings(tmp_path).get(settings.CHECKIN_SOUND) is False
    assert window.get(settings.DESK_NAME) == "Desk 2"  # and it sees the other's save
