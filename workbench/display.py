"""Making untrusted article text safe to show in a terminal."""

from __future__ import annotations

import re

# C0 and C1 control characters except newline and tab; ESC starts terminal escape sequences.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Replace control and escape characters with U+FFFD so they are shown, never obeyed.

    Keeps the length (one character for one), so offsets into the text stay valid.
    """
    return _CONTROL.sub("\ufffd", text)
