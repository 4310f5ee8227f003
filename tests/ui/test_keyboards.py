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
    assert not d.is_complete(), "read as a US number, it is not valid"
    assert "+1 US" in d.country_button.text()
    visitor.tap(d.country_button)
    assert d.countries.isVisible() and not d.keyboard.isVisible()
    visitor.tap(d.country_buttons["FR"])
    assert d.keyboard.isVisible() and d.keyboard.layout_name == "phone"
    assert "+33 FR" in d.country_button.text()
    assert d.is_complete()
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


def test_hebrew_name_layout_is_offered_with_hebrew_and_types_hebrew(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """Hebrew is an offered language: the name keyboard has Hebrew letters, and a Hebrew
    visitor starts on them."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    keyboard = d.keyboard
    assert "hebrew" in keyboard.scripts
    visitor.tap(d.name)
    visitor.tap(keyboard.key("אבג"))
    assert keyboard.layout_name == "name_he"
    for letter in "דנה":
        visitor.tap(keyboard.key(letter))
    visitor.tap(keyboard.key("space"))
    for letter in "כהן":
        visitor.tap(keyboard.key(letter))
    assert d.name.text() == "דנה כהן"
    visitor.tap(keyboard.key("abc"))
    assert keyboard.layout_name == "name" and keyboard.key("q").isVisible()

    visitor.controller.set_language("he")
    qtbot.waitUntil(lambda: d.send_button.text() != "Send my photo", timeout=3000)
    visitor.tap(d.email)
    visitor.tap(d.name)
    assert keyboard.layout_name == "name_he", "a Hebrew visitor starts on Hebrew letters"
    visitor.controller.set_language("en")  # no session left in Hebrew for a later timer


def test_a_language_not_offered_brings_no_layout() -> None:
    from ui.widgets.keyboard import OnScreenKeyboard

    keyboard = OnScreenKeyboard()
    keyboard.set_languages(["en", "fr"])
    assert keyboard.scripts == ["latin"]
    assert "אבג" not in keyboard._buttons["name"]
    keyboard.set_languages(["en", "he", "ru", "el", "ar"])
    assert keyboard.scripts == ["latin", "hebrew", "cyrillic", "greek", "arabic"]
    assert {"אבג", "абв", "αβγ", "ابت"} <= set(keyboard._buttons["name"])
    keyboard.deleteLater()


def test_names_with_initials_and_letters_from_every_latin_alphabet(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    """Łukasz Ż. Nowak, Dvořák, and Vietnamese Nguyễn Thị Ngọc (tone marks after the vowel)."""
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    k = d.keyboard
    visitor.tap(d.name)
    visitor.tap(k.key("àé"))
    visitor.tap(k.key("łż"))
    assert k.layout_name == "accents_central"
    visitor.tap(k.key("ł"))
    visitor.tap(k.key("abc"))
    visitor.type("ukasz ")
    visitor.tap(k.key("àé"))
    visitor.tap(k.key("łż"))
    visitor.tap(k.key("ż"))
    visitor.tap(k.key("abc"))
    visitor.tap(k.key("."))
    visitor.type(" nguy")
    visitor.tap(k.key("àé"))
    visitor.tap(k.key("ơư"))
    visitor.tap(k.key("ê"))
    visitor.tap(k.key("\u0303"))  # ngã, on the ê
    visitor.tap(k.key("abc"))
    visitor.type("n")
    assert d.name.text() == "Łukasz Ż. Nguyê\u0303n"
    contact = visitor.controller.check(d.form())
    assert "name" not in contact.errors
    from booth.contact_form import check_name

    assert check_name(d.name.text())[0] == "Łukasz Ż. Nguyễn", "stored composed (NFC)"


def test_email_keyboard_types_plus_addressing_and_an_apostrophe(qtbot, running_kiosk):  # type: ignore[no-untyped-def]
    visitor = Visitor(qtbot, running_kiosk)
    visitor.reach_details()
    d = visitor.window.details
    visitor.fill("siobhan", email="o'brien+tag@example.com")
    assert d.email.text() == "o'brien+tag@example.com"
    assert visitor.controller.check(d.form()).contact.email == "o'brien+tag@example.com"
    # Every other character an address may hold is one page away.
    visitor.tap(d.keyboard.key("#+="))
    assert set("!#$%&'*+/=?^_`{|}~") <= set(d.keyboard._buttons["email_symbols"])
    visitor.tap(d.keyboard.key("abc"))
    assert d.keyboard.layout_name == "email"
    visitor.tap(d.send_button)
    visitor.wait_for(State.DONE)


def test_every_key_shows_what_it_types(qtbot) -> None:  # type: ignore[no-untyped-def]
    """'&' once vanished from its key (Qt read it as a shortcut marker)."""
    from ui.widgets.keyboard import LEFT_TO_RIGHT_MARK, OnScreenKeyboard

    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.set_layout("email_symbols")
    assert keyboard.key("&").text().replace(LEFT_TO_RIGHT_MARK, "") == "&&"
    assert keyboard.key("&").accessibleName() == "&"
