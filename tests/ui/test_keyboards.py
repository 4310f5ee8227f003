"""Each field gets the keyboard made for it; keys type into the focused field; the country picker."""

from __future__ import annotations

from booth.flow import State
from tests.ui.visitor import Visitor


def test_each_field_gets_its_keyboard_and_keys_type_into_it(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    visitor.choose(email=True, sms=True)
    keyboard = d.keyboard
    visitor.tap(d.name)
    assert keyboard.layout_name == "name"
    visitor.type("zoe")
    visitor.tap(keyboard.key("àé"))
    assert keyboard.layout_name == "accents"
    visitor.tap(keyboard.key("ë"))
    visitor.tap(keyboard.key("abc"))
    assert d.name.text() == "Zoeë", "capital first letter, then the accented one"

    visitor.tap(d.email)
    assert keyboard.layout_name == "email"
    for key in ("z", "o", "e", "@", "e", "x", "a", "m", "p", "l", "e", ".com"):
        visitor.tap(keyboard.key(key))
    assert d.email.text() == "zoe@example.com", "no capitals on the email keyboard"
    assert d.name.text() == "Zoeë", "keys typed into the focused field only"

    visitor.tap(d.phone)
    assert keyboard.layout_name == "phone"
    visitor.type("2015550123")
    assert d.phone.text() == "2015550123"
    visitor.tap(keyboard.key("⌫"))
    assert d.phone.text() == "201555012"
    assert set(keyboard._buttons["phone"]) == {*"0123456789+", "⌫"}, "digits and + only"


def test_country_selector_feeds_the_phone_check(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """A French visitor types their national number after choosing +33 FR."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    visitor.fill("zoe martin", phone="0612345678")
    assert not d.send_button.isEnabled(), "read as a US number, it is not valid"
    assert "+1 US" in d.country_button.text()
    visitor.tap(d.country_button)
    assert d.countries.isVisible() and not d.keyboard.isVisible()
    visitor.tap(d.country_buttons["FR"])
    assert d.keyboard.isVisible() and d.keyboard.layout_name == "phone"
    assert "+33 FR" in d.country_button.text()
    assert d.send_button.isEnabled()
    assert visitor.controller.check(d.form()).contact.phone == "+33612345678"
    visitor.tap(d.send_button)
    visitor.wait_for(State.DONE)
    visitor.tap(visitor.window.done.finish_button)
    visitor.wait_for(State.ATTRACT)
    assert d.region == "US", "the next visitor starts with the store's country"


def test_domain_keys_read_left_to_right_in_hebrew_and_type_no_hidden_mark(qtbot):  # type: ignore[no-untyped-def]
    """In a right-to-left session ".com" was drawn as "com."; the key must read and type ".com"."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QLineEdit

    from ui.i18n import switcher
    from ui.widgets.keyboard import OnScreenKeyboard

    switcher().apply("he")
    try:
        keyboard = OnScreenKeyboard()
        qtbot.addWidget(keyboard)
        field = QLineEdit()
        qtbot.addWidget(field)
        keyboard.attach(field, "email")
        label = keyboard.key(".com").text()
        layout = QTextLayout(label)
        layout.setTextOption(layout.textOption())
        option = layout.textOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)  # the application's direction
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        dot = label.index(".")
        # The dot is drawn at the left end of the label, before "com".
        assert line.cursorToX(dot)[0] < line.cursorToX(dot + 2)[0]
        qtbot.mouseClick(keyboard.key("a"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(keyboard.key("@gmail.com"), Qt.MouseButton.LeftButton)
        assert field.text() == "a@gmail.com", "the mark is only in the label"
    finally:
        switcher().apply("en")
