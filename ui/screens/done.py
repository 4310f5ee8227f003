"""Thank you, and an honest word on where the photo is: sent, or waiting for the network."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from kiosk.controller import FlowController, Outcome
from ui.screens.base import Screen
from ui.widgets.common import big_button, text_label

CHANNEL_WORDS = {"email": "email", "sms": "text message"}


def describe(outcome: Outcome) -> str:
    """One or two plain sentences; never claims "sent" unless the provider accepted it."""
    lines = []
    for channel, status in sorted(outcome.statuses.items()):
        word = CHANNEL_WORDS.get(channel, channel)
        if status == "sent":
            lines.append(f"Your photo is on its way by {word}.")
        elif status == "failed":
            lines.append(
                f"We couldn't send it by {word}: the address or number may be wrong. "
                "A member of staff can help."
            )
        else:
            lines.append(
                f"We've saved your photo and will send it by {word} as soon as our connection "
                "is back. You don't need to wait."
            )
    return "\n".join(lines)


class DoneScreen(Screen):
    def __init__(self, controller: FlowController) -> None:
        super().__init__()
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 120, 160, 120)
        layout.addStretch(1)
        self.title = text_label("Thank you!", "title", center=True)
        layout.addWidget(self.title)
        layout.addSpacing(32)
        self.status = text_label("", center=True)
        layout.addWidget(self.status)
        layout.addSpacing(32)
        layout.addWidget(
            text_label(
                "To get a copy of your data, correct or delete it, or to withdraw a permission, "
                f"contact {controller.settings.store.privacy_contact}.",
                "muted",
                center=True,
            )
        )
        layout.addStretch(1)
        self.finish_button = big_button("Finish", controller.finish, "primary")
        self.finish_button.setMinimumWidth(360)
        layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        controller.outcome_ready.connect(self._on_controller_outcome_ready)

    def _on_controller_outcome_ready(self, outcome: Outcome) -> None:
        self.title.setText(
            f"Thank you, {outcome.first_name}!" if outcome.first_name else "Thank you!"
        )
        self.status.setText(describe(outcome))

    def reset(self) -> None:
        self.title.setText("Thank you!")
        self.status.setText("")
