"""Languages of the visitor screens: Qt translators, the layout direction, and the names.

Every visitor text in ``ui/`` goes through Qt's ``tr``/``translate``, so
``pyside6-lupdate`` finds it and a translator works in Qt Linguist. The
sources (``.ts``) and the compiled catalogues (``.qm``) live in
``assets/i18n/``; the ``.qm`` files are committed so a fresh clone runs without
a build step, and ``tests/ui/test_i18n.py`` fails when they are older than the
``.ts`` files or when a visitor text has no translation.

Refresh after changing texts (then translate the new entries in Linguist)::

    python -m ui.i18n_tools

It first regenerates ``ui/screens/admin/settings_texts.py`` (the settings' titles and
descriptions, read from the schema), then runs pyside6-lupdate and pyside6-lrelease.

The language is the visitor's: the controller keeps it in the session and
announces it with ``language_changed``; :class:`LanguageSwitcher` swaps the
translator (Qt then sends every widget a ``LanguageChange`` event, and each
screen sets its texts again in ``retranslate``) and mirrors the layout for a
right-to-left language. The session wipe brings back the default language.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from assets import I18N

I18N_DIR = I18N
CATALOGUE = "kiosk"

# Each language named in its own words: a visitor looks for their language, not ours.
NATIVE_NAMES = {"en": "English", "fr": "Français", "he": "עברית", "de": "Deutsch"}
RIGHT_TO_LEFT = {"he", "ar", "fa", "ur", "yi"}


def qm_path(language: str) -> Path:
    return I18N_DIR / f"{CATALOGUE}_{language}.qm"


def available_languages(offered: list[str]) -> list[str]:
    """The offered languages this build can show: English, and every one with a catalogue."""
    return [lang for lang in offered if lang == "en" or qm_path(lang).is_file()]


def native_name(language: str) -> str:
    return NATIVE_NAMES.get(language, language)


def direction_of(language: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )


_switcher: LanguageSwitcher | None = None


def switcher() -> LanguageSwitcher:
    """The one switcher of this application: translators are application-wide."""
    global _switcher
    if _switcher is None:
        _switcher = LanguageSwitcher(QApplication.instance())
    return _switcher


class LanguageSwitcher(QObject):
    """Installs one translator at a time on the application and sets its layout direction."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self.language = "en"

    def apply(self, language: str) -> None:
        """Show ``language`` (English when it has no catalogue); Qt then retranslates every widget."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if language == self.language:
            return
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        shown = "en"
        if language != "en":
            translator = QTranslator(self)
            if translator.load(str(qm_path(language))):
                app.installTranslator(translator)
                self._translator = translator
                shown = language
        self.language = language
        app.setLayoutDirection(direction_of(shown))
        # installTranslator only posts the LanguageChange; deliver it now, so every widget
        # speaks the new language before anyone reads or grabs the screen.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


# -- messages that come from the Qt-free layers -------------------------------------------------
# booth.contact_form and booth.controller speak English (the command line uses them too); the
# screens pass what they say through ``translate_message``. The catalogue below is what
# lupdate sees; a message with a number in it is matched by its pattern.

_C = "Messages"


def QT_TRANSLATE_NOOP(
    context: str, text: str
) -> str:  # named as Qt names it: lupdate looks for this name
    """Marks ``text`` for lupdate under ``context``; returns it unchanged (typed, unlike Qt's)."""
    return text


MESSAGES = [
    QT_TRANSLATE_NOOP("Messages", "Please tell us your name."),
    QT_TRANSLATE_NOOP("Messages", "A name needs at least one letter."),
    QT_TRANSLATE_NOOP("Messages", "Please enter your email address."),
    QT_TRANSLATE_NOOP("Messages", "An email address needs an @, like name@example.com."),
    QT_TRANSLATE_NOOP("Messages", "Please enter your mobile number."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "That doesn't look like a phone number. Use digits, and + for the country code.",
    ),
    QT_TRANSLATE_NOOP("Messages", "That phone number has too few or too many digits."),
    QT_TRANSLATE_NOOP(
        "Messages", "That phone number isn't valid. Check the country code and the digits."
    ),
    QT_TRANSLATE_NOOP("Messages", "Please use a mobile number: landlines can't receive photos."),
    QT_TRANSLATE_NOOP(
        "Messages", "Choose how we should send your photo: email, text message, or both."
    ),
    QT_TRANSLATE_NOOP("Messages", "Sorry, that photo didn't work. Let's try again."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Something went wrong while saving. Please try again or ask a member of staff.",
    ),
]

# (pattern over the English message, translatable template with the same {0} placeholder)
PATTERNS: list[tuple[re.Pattern[str], dict[str, str]]] = [
    (
        re.compile(
            r"^That (name|email address|phone number) is too long \(at most (\d+) characters\)\.$"
        ),
        {
            "name": QT_TRANSLATE_NOOP(
                "Messages", "That name is too long (at most {0} characters)."
            ),
            "email address": QT_TRANSLATE_NOOP(
                "Messages", "That email address is too long (at most {0} characters)."
            ),
            "phone number": QT_TRANSLATE_NOOP(
                "Messages", "That phone number is too long (at most {0} characters)."
            ),
        },
    ),
    (
        re.compile(
            r"^That (name|email address|phone number) contains characters we can't use\. Please retype it\.$"
        ),
        {
            "name": QT_TRANSLATE_NOOP(
                "Messages", "That name contains characters we can't use. Please retype it."
            ),
            "email address": QT_TRANSLATE_NOOP(
                "Messages", "That email address contains characters we can't use. Please retype it."
            ),
            "phone number": QT_TRANSLATE_NOOP(
                "Messages", "That phone number contains characters we can't use. Please retype it."
            ),
        },
    ),
]
EMAIL_DETAIL_PREFIX = "That email address doesn't look right:"
EMAIL_GENERIC = QT_TRANSLATE_NOOP(
    "Messages", "That email address doesn't look right. Please check it, like name@example.com."
)
SAVE_FAILED_PREFIX = "We couldn't save your photo:"
SAVE_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "We couldn't save your photo. Please ask a member of staff."
)


def translate_message(message: str) -> str:
    """A message from the Qt-free layers, in the visitor's language when there is a translation.

    In English it is shown exactly as written, with the email checker's own detail; in a
    language with a catalogue, a message carrying an English detail gives way to its general form.
    """
    if message in MESSAGES:
        return QCoreApplication.translate(_C, message)
    for pattern, templates in PATTERNS:
        match = pattern.match(message)
        if match:
            what, *rest = match.groups()
            return QCoreApplication.translate(_C, templates[what]).format(*rest)
    for prefix, general in (
        (EMAIL_DETAIL_PREFIX, EMAIL_GENERIC),
        (SAVE_FAILED_PREFIX, SAVE_FAILED),
    ):
        if message.startswith(prefix):
            translated = QCoreApplication.translate(_C, general)
            return message if translated == general else translated
    return message
