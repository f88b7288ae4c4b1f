"""Loading the UI language: confdesk's own translations plus Qt's for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from confdesk.paths import resources_dir

SUPPORTED_LANGUAGES = ("de", "en")  # English is the source language of every string.


def ui_language() -> str:
    """The language the window speaks now. :class:`LanguageInstaller` sets the default
    locale to it, so words chosen outside Qt's translation (confdesk.words) follow it."""
    language = QLocale().name().split("_")[0]
    return language if language in SUPPORTED_LANGUAGES else "en"


def resolve_language(setting: str) -> str:
    """The setting if it names a supported language, else the system's, else English."""
    if setting in SUPPORTED_LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED_LANGUAGES else "en"


class _Choice:
    # False when the UI speaks the system's language because the user chose none.
    chosen = True


def form_locale(event_language: str) -> QLocale:
    """The locale for the dates and times of an event's forms: the UI language's if the
    user chose one, else the event's — a German event on an English system shows
    18.03.2027 and 09:00, not 3/18/2027 and 9:00 AM."""
    if _Choice.chosen or event_language not in SUPPORTED_LANGUAGES:
        return QLocale()
    return locale_for(event_language)


class LanguageInstaller:
    """Owns the installed translators, so switching language removes the old ones."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str, *, chosen: bool = True) -> None:
        """``chosen``: the user chose this language (not taken from the system)."""
        _Choice.chosen = chosen
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        self.language = language
        locale = locale_for(language)
        # Dates and numbers follow the UI language, in the region of the system if it
        # speaks that language (de_AT stays de_AT), else that language's main region.
        QLocale.setDefault(locale)
        # English is the source language; its translation holds only the plural forms
        # ("1 page", "2 pages" from "%n page(s)").
        candidates = [(f"confdesk_{language}", str(resources_dir() / "translations"))]
        if language != "en":
            qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            candidates.insert(0, (f"qtbase_{language}", qt_translations))
        for name, folder in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._translators.append(translator)


def locale_for(language: str) -> QLocale:
    """The system's locale if it speaks ``language`` (de_AT stays de_AT), else the
    language's main region."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)
