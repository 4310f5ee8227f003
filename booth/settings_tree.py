"""Dotted keys ("delivery.twilio.auth_token") in the settings as a nested dict.

The settings travel as plain dicts shaped like ``settings.json`` (sections, then names)
wherever they are taken apart or put together before the schema checks them: the secrets
leave and rejoin them (:mod:`booth.secrets`), provisioning and the staff form fill in
answers, head office's profiles are layered onto them (:mod:`booth.settings_profile`). One
walk of the tree serves them all, so "which dict holds this key" is decided in one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def split(key: str) -> tuple[list[str], str]:
    """The sections a dotted key passes through, and its own name."""
    *sections, name = key.split(".")
    return sections, name


def holder(tree: dict[str, Any], key: str) -> tuple[dict[str, Any], str] | None:
    """The dict that holds ``key``'s value, and the name in it; None when a section on the
    way is missing or not a dict (a hand-edited file). Creates nothing."""
    sections, name = split(key)
    node = tree
    for part in sections:
        child = node.get(part)
        if not isinstance(child, dict):
            return None
        node = child
    return node, name


def get(tree: dict[str, Any], key: str) -> Any:
    """The value at ``key``; raises KeyError when it is not there."""
    found = holder(tree, key)
    if found is None or found[1] not in found[0]:
        raise KeyError(key)
    node, name = found
    return node[name]


def put(tree: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` to ``value``, making the sections on the way that are missing."""
    sections, name = split(key)
    node = tree
    for part in sections:
        node = node.setdefault(part, {})
    node[name] = value


def nested(values: dict[str, Any]) -> dict[str, Any]:
    """Dotted key -> value as a tree shaped like ``settings.json``."""
    tree: dict[str, Any] = {}
    for key, value in values.items():
        put(tree, key, value)
    return tree


def leaves(tree: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every (dotted key, value) below ``tree`` that is not itself a section.

    Raises TypeError on a key that is not a string (a document not read from JSON)."""
    for name, value in tree.items():
        if not isinstance(name, str):
            raise TypeError(f"{prefix or 'settings'}: keys must be setting names")
        key = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict):
            yield from leaves(value, key)
        else:
            yield key, value
