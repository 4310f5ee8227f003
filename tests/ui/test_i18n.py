"""Languages: every visitor text translated, catalogues current, Hebrew mirrored, wiped on return."""

from __future__ import annotations

import shutil
import sqlite3
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from booth.flow import State
from tests.ui.visitor import Visitor
from ui import i18n_tools
from ui.i18n import I18N_DIR, available_languages, translate_message

SHIPPED = ["fr", "he"]


def test_catalogues_are_current_and_complete(tmp_path: Path) -> None:
    """The committed .qm match the .ts, and lupdate finds no visitor text without a translation."""
    for lang in SHIPPED:
        ts = I18N_DIR / f"kiosk_{lang}.ts"
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        i18n_tools.update([copy])
        text = copy.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, (
            f"{lang}: untranslated texts (run python -m ui.i18n_tools)"
        )
        assert "vanished" not in text and "obsolete" not in text
        assert copy.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
            f"{ts.name} is not up to date with ui/: run python -m ui.i18n_tools"
        )
        qm = tmp_path / f"kiosk_{lang}.qm"
        i18n_tools.release(ts, qm)
        assert qm.read_bytes() == (I18N_DIR / qm.name).read_bytes(), f"{qm.name} is stale"


def test_the_settings_texts_come_from_the_schema_and_are_translated() -> None:
    """A new setting cannot ship untranslated: settings_texts.py, generated from the schema,
    hands every heading, title and description to lupdate, and each has a translation."""
    from booth.admin_services import settings_fields
    from ui.screens.admin import settings_texts

    assert i18n_tools.settings_texts_source() == i18n_tools.SETTINGS_TEXTS.read_text(
        encoding="utf-8"
    ), "settings_texts.py is not what the schema gives: run python -m ui.i18n_tools"
    for spec in settings_fields():
        shown = {spec.section_title, spec.title, spec.description}
        assert shown <= set(settings_texts.TEXTS), spec.key
    for lang in SHIPPED:
        root = ET.parse(I18N_DIR / f"kiosk_{lang}.ts").getroot()
        translated = {
            message.findtext("source"): message.findtext("translation")
            for context in root.iter("context")
            if context.findtext("name") == settings_texts.CONTEXT
            for message in context.iter("message")
        }
        missing = [text for text in settings_texts.TEXTS if not translated.get(text)]
        assert missing == [], f"{lang}: lupdate did not pick these up, or they have no translation"


def test_the_settings_form_speaks_the_language_shown_and_follows_a_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    from booth.settings import Settings
    from ui.i18n import switcher
    from ui.screens.admin.settings_form import SettingsForm

    form = SettingsForm(Settings(), lambda: None)
    qtbot.addWidget(form)
    key = "flow.idle_timeout_s"
    title, heading, help_text = form.name_labels[key], form.headings["flow"], form.help_labels[key]
    assert (title.text(), heading.text()) == ("Idle timeout (seconds)", "Visitor flow")
    assert help_text.text() == (
        "Seconds without a touch before the kiosk returns to the start. (10\u00a0to\u00a0600)"
    )
    switcher().apply("fr")
    qtbot.waitUntil(lambda: title.text() == "Délai d'inactivité (secondes)", timeout=3000)
    assert heading.text() == "Parcours visiteur"
    assert help_text.text() == (
        "Secondes sans toucher l'écran avant que le kiosque revienne au début. (10\u00a0à\u00a0600)"
    )
    assert form.editors[key].accessibleName() == "Délai d'inactivité (secondes)"
    assert form.headings["delivery.sendgrid"].text() == "Envoi\u00a0: e-mails par SendGrid"
    switcher().apply("he")
    qtbot.waitUntil(lambda: heading.text() == "מסלול המבקר", timeout=3000)
    assert title.text() == "זמן ללא פעילות (שניות)"
    qtbot.waitUntil(lambda: help_text.contentsMargins().left() == 8, timeout=3000)
    switcher().apply("en")
    qtbot.waitUntil(lambda: title.text() == "Idle timeout (seconds)", timeout=3000)
    qtbot.waitUntil(lambda: help_text.contentsMargins().left() == 0, timeout=3000)


PAUSED_AT_UTC = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
PAUSED_UNTIL = f"{PAUSED_AT_UTC.astimezone():%H:%M}"  # staff read the store's local time


def _alerts():  # type: ignore[no-untyped-def]
    """Every kind of staff alert, as booth.staff_alerts words them (in English)."""
    from booth.staff_alerts import LOW_DISK_BYTES, staff_alerts

    paused = SimpleNamespace(
        paused_until=PAUSED_AT_UTC,
        last_error="SendGrid refused the kiosk's key (HTTP 401).",
    )
    return staff_alerts({"email": paused}, "unavailable", LOW_DISK_BYTES // 4)


def test_every_shipped_language_has_a_notice_of_the_same_version() -> None:
    """P9: the same notice version in every language, each with its own hash."""
    from consent.notices import DELIVERY, PUBLISH_SOCIAL, current_notice

    english = current_notice("en")
    for lang in SHIPPED:
        notice = current_notice(lang)
        assert notice.language == lang and notice.version == english.version
        assert notice.sha256 != english.sha256
        assert set(notice.purposes) == {DELIVERY, PUBLISH_SOCIAL}
        assert not notice.purposes[PUBLISH_SOCIAL].required, "P2: publishing stays optional"
        assert "{privacy_contact}" in notice.full, "P10: the contact is in every notice"
    assert available_languages(["en", "fr", "he", "xx"]) == ["en", "fr", "he"]


def _wait_text(qtbot, label, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: label.text() == text, timeout=3000)


def test_hebrew_is_translated_mirrored_and_recorded_then_wiped(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """P3/P9: the consent rows name the Hebrew notice the visitor read; the next visitor gets English."""
    visitor = Visitor(qtbot, running_kiosk)
    window = visitor.window
    visitor.tap(window.attract.language_buttons["he"])
    _wait_text(qtbot, window.attract.start_button, "געו כדי להתחיל")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    visitor.tap(window.attract.start_button)
    visitor.wait_for(State.WELCOME)
    welcome = window.welcome
    assert welcome.title.text() == "לפני שנצלם אותך", "the Hebrew notice is shown"
    # Mirrored: the title sits right of the Cancel button.
    assert (
        welcome.title.mapTo(window, welcome.title.rect().topLeft()).x()
        > welcome.cancel_button.mapTo(window, welcome.cancel_button.rect().topLeft()).x()
    )
    visitor.tap(welcome.adult_button)
    visitor.wait_for(State.PREVIEW)
    visitor.take_photo()
    visitor.tap(window.review.keep_button)
    visitor.wait_for(State.DETAILS)
    keyboard = window.details.keyboard
    assert keyboard.layout_name == "name_he", "a Hebrew visitor's name starts on Hebrew letters"
    visitor.tap(keyboard.key("abc"))
    q, p = keyboard.key("q"), keyboard.key("p")
    assert q.mapTo(window, q.rect().topLeft()).x() < p.mapTo(window, p.rect().topLeft()).x(), (
        "the keyboard keeps its QWERTY order in a right-to-left language"
    )
    visitor.tap(keyboard.key("אבג"))
    visitor.fill("עדה לבלייס", email="ada@example.com")
    visitor.tap(window.details.send_button)
    visitor.wait_for(State.DONE)
    with sqlite3.connect(running_kiosk.layout.database) as conn:
        languages = {row[0] for row in conn.execute("select notice_language from consents")}
        visit_language = conn.execute("select language from visits").fetchone()[0]
    assert languages == {"he"} and visit_language == "he"

    visitor.tap(window.done.finish_button)
    visitor.wait_for(State.ATTRACT)
    _wait_text(qtbot, window.attract.start_button, "Touch to start")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert visitor.controller.language == "en"
    assert window.attract.language_buttons["en"].isChecked()


def test_french_retranslates_every_visitor_screen_live(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    window = running_kiosk.window
    english = {id(w): w.text() for w in _texts(window)}
    running_kiosk.controller.set_language("fr")
    qtbot.waitUntil(
        lambda: window.attract.start_button.text() == "Touchez pour commencer", timeout=3000
    )
    changed = [w for w in _texts(window) if w.text() and english.get(id(w)) != w.text()]
    assert window.details.send_button.text() == "Envoyer ma photo"
    assert window.welcome.age_question.text() == "Avez-vous 18 ans ou plus ?"
    assert window.still_there.here_button.text() == "Je suis toujours là"
    assert len(changed) > 40


def _texts(window):  # type: ignore[no-untyped-def]
    found = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    return [w for w in found if len(w.text()) > 3]


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("Please tell us your name.", "Indiquez-nous votre nom."),
        (
            "That name is too long (at most 80 characters).",
            "Ce nom est trop long (80 caractères au plus).",
        ),
    ],
)
def test_messages_of_the_rules_are_translated(qtbot, english: str, french: str) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import switcher

    assert translate_message(english) == english
    switcher().apply("fr")
    assert translate_message(english) == french
    detail = "That email address doesn't look right: The part after the @-sign is not valid."
    assert "@" in translate_message(detail) and "part after" not in translate_message(detail)
    switcher().apply("en")
    assert translate_message(detail) == detail
    assert QCoreApplication.translate("Messages", english) == english


# -- the staff area: the store's language, whatever the visitor chose -----------------------------


def _x(widget, window) -> int:  # type: ignore[no-untyped-def]
    return int(widget.mapTo(window, widget.rect().topLeft()).x())


@pytest.mark.parametrize("admin_kiosk", ["he"], indirect=True)
def test_admin_area_speaks_the_store_language_then_gives_the_visitor_theirs_back(
    qtbot,  # type: ignore[no-untyped-def]
    admin_kiosk,
) -> None:
    """A Hebrew store: staff get Hebrew, mirrored; the visitor who chose English keeps it."""
    from tests.ui.test_admin import STAFF, hold_corner, set_up, type_pin
    from ui.screens.admin.admin_area import Step

    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    controller = admin_kiosk.controller
    _wait_text(qtbot, window.attract.start_button, "געו כדי להתחיל")
    qtbot.mouseClick(window.attract.language_buttons["en"], Qt.MouseButton.LeftButton)
    _wait_text(qtbot, window.attract.start_button, "Touch to start")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

    hold_corner(qtbot, window)
    assert area.pad.title.text() == "קוד PIN של הצוות", "the pad is in the store's language"
    assert area.pad.cancel_button.text() == "ביטול"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    keys = area.pad.keys
    assert _x(keys["1"], window) < _x(keys["3"], window), "the keypad keeps its order"
    type_pin(qtbot, area, STAFF)
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    titles = [area.tabs.tabText(i) for i in range(area.tabs.count())]
    assert titles[:4] == ["הגדרות", "מצלמה", "משלוח", "תקינות"], titles
    assert area.lock_button.text() == "נעילה" and area.heading.text() == "צוות"
    assert area.settings_form.save_button.text() == "שמירת ההגדרות"
    assert area.health.refresh_button.text() == "רענון"
    assert area.settings_form.headings["flow"].text() == "מסלול המבקר"
    alerts = _alerts()
    area.show_alerts(alerts)
    assert area.alerts.text().startswith(
        f"⚠ שליחת האימייל מושהית עד {PAUSED_UNTIL}: \u2068SendGrid refused the kiosk's key (HTTP 401).\u2069 "
    ), "the provider's English reason keeps its own order inside the Hebrew sentence"
    assert "\u20660.5 GiB\u2069" in area.alerts.text()
    # Mirrored: the heading on the right, the lock button at the far left.
    assert _x(area.lock_button, window) < _x(area.heading, window)
    # Everything the window holds was retranslated, the visitor screens too (hidden behind).
    qtbot.waitUntil(lambda: window.attract.start_button.text() == "געו כדי להתחיל", timeout=3000)

    qtbot.mouseClick(area.lock_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.attract
    _wait_text(qtbot, window.attract.start_button, "Touch to start")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert controller.language == "en" and window.attract.language_buttons["en"].isChecked()
    # The next visitor starts in the store's language again.
    controller.start()
    controller.cancel()
    qtbot.waitUntil(lambda: controller.state is State.ATTRACT, timeout=3000)
    _wait_text(qtbot, window.attract.start_button, "געו כדי להתחיל")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_admin_area_stays_english_in_an_english_store_after_a_hebrew_visitor(
    qtbot,  # type: ignore[no-untyped-def]
    admin_kiosk,
) -> None:
    from tests.ui.test_admin import STAFF, hold_corner, set_up, type_pin
    from ui.screens.admin.admin_area import Step

    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    qtbot.mouseClick(window.attract.language_buttons["he"], Qt.MouseButton.LeftButton)
    _wait_text(qtbot, window.attract.start_button, "געו כדי להתחיל")
    hold_corner(qtbot, window)
    assert area.pad.title.text() == "Staff PIN"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    type_pin(qtbot, area, STAFF)
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    assert area.lock_button.text() == "Lock" and area.tabs.tabText(0) == "Settings"
    alerts = _alerts()
    area.show_alerts(alerts)
    assert area.alerts.text() == "\n".join(f"⚠ {alert.detail}" for alert in alerts)
    window.attract.show_staff_alerts([alert.short for alert in alerts])
    assert window.attract.staff_note.text() == (
        "⚠ Email paused · Camera unavailable · Disk almost full (staff: see the admin area)"
    )
    qtbot.mouseClick(area.lock_button, Qt.MouseButton.LeftButton)
    _wait_text(qtbot, window.attract.start_button, "געו כדי להתחיל")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    note = window.attract.staff_note.text()
    assert note.startswith("⚠") and "Email paused" not in note, "the note follows the language"


@pytest.mark.parametrize("admin_kiosk", ["fr"], indirect=True)
def test_french_admin_area_is_translated_and_every_tab_fits_1600_by_900(
    qtbot,  # type: ignore[no-untyped-def]
    admin_kiosk,
) -> None:
    """French words are longer: the eight tabs and their pages must still fit the screen."""
    from booth.admin_auth import Role
    from tests.ui.test_admin import (
        MANAGER,
        assert_every_tab_fits,
        choose_role,
        hold_corner,
        set_up,
        type_pin,
    )
    from ui.screens.admin.admin_area import Step

    set_up(qtbot, admin_kiosk)
    window = admin_kiosk.window
    area = window.admin
    hold_corner(qtbot, window)
    assert area.pad.title.text() == "PIN de l'équipe"
    type_pin(qtbot, area, "1111")
    qtbot.waitUntil(lambda: area.pad.message.text().startswith("PIN incorrect."), timeout=5000)
    assert "avant le blocage du clavier" in area.pad.message.text()
    choose_role(qtbot, area, Role.MANAGER)
    assert area.pad.title.text() == "PIN du responsable"
    type_pin(qtbot, area, MANAGER)
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    assert area.heading.text() == "Responsable" and area.lock_button.text() == "Verrouiller"
    assert area.leave_button.text() == "Quitter le mode kiosque"
    alerts = _alerts()
    area.show_alerts(alerts)
    lines = area.alerts.text().split("\n")
    assert lines[0].startswith(
        f"⚠ E-mail en pause jusqu'à {PAUSED_UNTIL}\u00a0: SendGrid refused the kiosk's key (HTTP 401). "
        "Les photos attendent"
    ) and lines[0].endswith("Envoi > Tester la connexion.")
    assert lines[1].startswith("⚠ La caméra n'envoie pas d'images") and "0.5 Gio" in lines[2]
    window.attract.show_staff_alerts([alert.short for alert in alerts])
    assert window.attract.staff_note.text() == (
        "⚠ E-mail en pause · Caméra indisponible · Disque presque plein "
        "(équipe\u00a0: voir l'administration)"
    )
    area.settings_form.restart_button.setVisible(True)  # the widest row of the settings
    assert_every_tab_fits(window, area)
    tabs = area.tabs
    records = area.records
    assert records.person_page.minimumSizeHint().width() <= tabs.width(), "the person's actions"
    assert area.outbox.table.horizontalHeaderItem(2).text() == "État"


def test_a_language_switch_reaches_every_widget_before_control_returns(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No half-translated frame: Qt only posts LanguageChange; the switcher delivers it now."""
    from ui.i18n import switcher
    from ui.screens.admin.pin_pad import PinPad

    pad = PinPad()
    qtbot.addWidget(pad)
    pad.show()
    try:
        switcher().apply("he")
        assert pad.cancel_button.text() == "ביטול"  # no event loop turn in between
    finally:
        switcher().apply("en")
    assert pad.cancel_button.text() == "Cancel"
