"""The one walk of the settings tree that secrets, provisioning, the staff form and head
office's profiles share: a hand-edited file with a section that is not one is passed over,
never a crash."""

from __future__ import annotations

import pytest

from booth.settings_tree import get, holder, leaves, nested, put


def test_a_dotted_key_is_set_and_read_through_its_sections() -> None:
    tree: dict[str, object] = {}
    put(tree, "delivery.twilio.auth_token", "t")
    put(tree, "delivery.email_enabled", True)
    assert tree == {"delivery": {"twilio": {"auth_token": "t"}, "email_enabled": True}}
    assert get(tree, "delivery.twilio.auth_token") == "t"
    assert dict(leaves(tree)) == {"delivery.twilio.auth_token": "t", "delivery.email_enabled": True}
    assert nested(dict(leaves(tree))) == tree


def test_a_missing_or_broken_section_is_said_not_made() -> None:
    tree = {"delivery": "not a section"}
    assert holder(tree, "delivery.twilio.auth_token") is None
    assert tree == {"delivery": "not a section"}, "holder creates nothing"
    with pytest.raises(KeyError):
        get(tree, "central.dsn")
    with pytest.raises(TypeError):
        list(leaves({1: "x"}))  # type: ignore[dict-item]
