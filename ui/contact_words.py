"""What the details form says about a refused name, address or number, in the visitor's words.

The rules (``consent.contact_rules``, through ``booth.contact_form``) give each refusal a
reason code; this module says each code in the product's own words and the visitor's
language. Nothing a library writes reaches the screen: email-validator's "The part after
the @-sign is not valid. It should have a period." becomes "The part after the @ doesn't
look right", in English, French or Hebrew alike. Each text fits the one line the form keeps for it
(``tests/ui/test_details_behaviour.py`` measures them in every language). The texts share the
``Messages`` context with the other messages from the Qt-free layers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from booth.contact_form import Reason
from ui.i18n import translate_message


def _texts() -> dict[str, str]:
    """Each reason's text in the language shown now (built per call: the language changes)."""
    return {
        Reason.NAME_MISSING: QCoreApplication.translate("Messages", "Please tell us your name."),
        Reason.NAME_TOO_LONG: QCoreApplication.translate(
            "Messages", "That's too long: at most {0} characters."
        ),
        Reason.NAME_CHARACTERS: QCoreApplication.translate(
            "Messages", "Some characters can't be used in a name."
        ),
        Reason.NAME_NO_LETTER: QCoreApplication.translate(
            "Messages", "A name needs at least one letter."
        ),
        Reason.EMAIL_MISSING: QCoreApplication.translate(
            "Messages", "Please enter your email address."
        ),
        Reason.EMAIL_TOO_LONG: QCoreApplication.translate(
            "Messages", "That's too long: at most {0} characters."
        ),
        Reason.EMAIL_CHARACTERS: QCoreApplication.translate(
            "Messages", "Some characters can't be used in an address."
        ),
        Reason.EMAIL_NO_AT: QCoreApplication.translate(
            "Messages", "Please add the @, like name@example.com."
        ),
        Reason.EMAIL_TWO_AT: QCoreApplication.translate(
            "Messages", "An email address has only one @."
        ),
        Reason.EMAIL_BEFORE_AT: QCoreApplication.translate(
            "Messages", "Please check the part before the @."
        ),
        Reason.EMAIL_AFTER_AT: QCoreApplication.translate(
            "Messages", "Check the part after the @, like example.com."
        ),
        Reason.EMAIL_LATIN_ONLY: QCoreApplication.translate(
            "Messages", "Use Latin letters before the @, or send a text."
        ),
        Reason.PHONE_MISSING: QCoreApplication.translate(
            "Messages", "Please enter your mobile number."
        ),
        Reason.PHONE_TOO_LONG: QCoreApplication.translate(
            "Messages", "That's too long: at most {0} characters."
        ),
        Reason.PHONE_CHARACTERS: QCoreApplication.translate(
            "Messages", "Some characters can't be used in a number."
        ),
        Reason.PHONE_NOT_A_NUMBER: QCoreApplication.translate(
            "Messages", "Please use digits, and + for the country code."
        ),
        Reason.PHONE_LENGTH: QCoreApplication.translate(
            "Messages", "That number has too few or too many digits."
        ),
        Reason.PHONE_INVALID: QCoreApplication.translate(
            "Messages", "Please check the country and the digits."
        ),
        Reason.PHONE_NOT_MOBILE: QCoreApplication.translate(
            "Messages", "Please use a mobile number, not a landline."
        ),
        Reason.NO_CHANNEL: QCoreApplication.translate(
            "Messages", "Choose how we should send your photo: email, text message, or both."
        ),
    }


def refusal_text(refusal: str) -> str:
    """The visitor's words for ``refusal`` (a ``Refusal``, or a plain message from elsewhere)."""
    reason = getattr(refusal, "reason", None)
    if reason is None:
        return translate_message(refusal)
    text = _texts().get(reason)
    if text is None:  # a reason added to the rules before its words were written here
        return QCoreApplication.translate("Messages", "That doesn't look right. Please check it.")
    return text.format(getattr(refusal, "limit", None) or "")


def every_reason_has_words() -> bool:
    """For the tests: each reason code the rules can give has a text here."""
    return set(_texts()) == set(Reason)
