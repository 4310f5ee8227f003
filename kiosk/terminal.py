"""What the command line prints is made safe for the terminal that shows it.

Records hold what people typed, and a value stored before the rules refused it (or typed
into a look-up) may carry escape sequences: ``\\x1b[2J`` clears the manager's screen,
``\\x1b]0;…\\x07`` retitles the window, a bidirectional override shows a name backwards.
Every command's standard output and error go through :class:`SafeStream`, so no command
can forget: control characters (except newline and tab), format characters (except the
joiners and the soft hyphen names need) and line separators are written as ``\\uXXXX``.
That form is also a valid escape inside a JSON string, so ``--json`` output stays JSON.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO, cast

KEPT = frozenset({"\n", "\t", "\u200c", "\u200d", "\u00ad"})
ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})
_WITHOUT_KEPT = str.maketrans("", "", "".join(KEPT))


def _escaped(ch: str) -> str:
    if ch in KEPT or unicodedata.category(ch) not in ESCAPED_CATEGORIES:
        return ch
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character that could act on a terminal shown as an escape."""
    if text.translate(_WITHOUT_KEPT).isprintable():  # the common case, at C speed
        return text
    return "".join(_escaped(ch) for ch in text)


class SafeStream:
    """A text stream that writes :func:`terminal_safe` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines: Iterator[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def safe_terminal() -> Iterator[None]:
    """Standard output and error made safe for as long as a command runs."""
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None:  # None under pythonw: nothing is shown, nothing to make safe
        sys.stdout = cast(TextIO, SafeStream(sys.stdout))  # a TextIO in all but name
    if sys.stderr is not None:
        sys.stderr = cast(TextIO, SafeStream(sys.stderr))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
