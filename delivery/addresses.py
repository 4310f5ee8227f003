"""Email addresses as the email providers take them: an ASCII local part, an IDNA domain.

What each channel accepts, decided once (issue #16):

* SendGrid's v3 API and the dry-run ``.eml`` (which is what SendGrid would be handed)
  carry no SMTPUTF8: a non-ASCII local part (``δοκιμή@…``) cannot be delivered, so
  :data:`EMAIL_SMTPUTF8` is False and the details form refuses such an address with a
  message (``consent.contact_rules``); one stored before that rule existed fails its
  delivery with a reason the manager can read, never a broken message.
* An international domain (``user@bücher.de``) is fine everywhere once written as IDNA
  punycode (``user@xn--bcher-kva.de``). An encoded word (``=?utf-8?q?…?=``) is not
  allowed inside an address, and a non-ASCII address folds badly in a header, so the
  senders write only what :func:`provider_address` returns.

Records keep the address as the visitor typed it (domain in Unicode); only what leaves
the kiosk is converted.
"""

from __future__ import annotations

import unicodedata

import idna

from delivery.channels import PermanentError

#: Whether the email channel can deliver to a non-ASCII local part (RFC 6531). Neither
#: SendGrid's API nor the dry-run copy of its message does.
EMAIL_SMTPUTF8 = False


def provider_address(address: str) -> str:
    """``address`` with its domain as IDNA punycode, checked again before it leaves.

    Raises :class:`PermanentError` (recorded for the manager, never retried) for an
    address no provider could take: a stored value from before the form's rules, a
    line break that would start a new header, a non-ASCII local part. Whether the
    domain exists is the provider's business, not this function's.
    """
    local, at, domain = address.rpartition("@")
    if not (at and local and domain) or any(
        ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in address
    ):
        raise PermanentError(
            "The stored email address cannot be used (it is not one plain address); "
            "correct it with records rectify."
        )
    if not local.isascii() and not EMAIL_SMTPUTF8:
        raise PermanentError(
            "The email address has non-Latin letters before the @, which the email provider "
            "cannot deliver to; correct it (records rectify) or send by text message."
        )
    if domain.isascii():
        return address
    try:
        ascii_domain = idna.encode(domain, uts46=True).decode("ascii")
    except idna.IDNAError:
        raise PermanentError(
            "The email address's domain is not a valid international domain name."
        ) from None
    return f"{local}@{ascii_domain}"
