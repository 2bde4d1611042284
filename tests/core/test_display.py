"""Untrusted text made safe to show: one sanitiser for the report and the app, offsets kept."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from tests.support.small_corpus import make_analysis
from workbench.display import clean, json_safe, one_line
from workbench.model import Candidate
from workbench.output.report import print_report

HOSTILE = "a\x1b[31mb\tc\x07d\x7fe\x9bf\u202eg\u2066h\u200fi\nj"


def test_control_escape_and_direction_characters_are_replaced_one_for_one():
    shown = clean(HOSTILE)
    assert shown == "a␛[31mb c␇d␡e\ufffdf\ufffdg\ufffdh\ufffdi\nj"
    assert len(shown) == len(HOSTILE)


def test_one_line_turns_line_breaks_into_spaces_and_keeps_the_length():
    assert one_line("one\ntwo\u2028three\rfour") == "one two three␍four"
    assert len(one_line(HOSTILE)) == len(HOSTILE)


def test_markup_like_text_is_left_alone():
    assert clean("[bold]x[/bold] [link=http://x]y[/link]") == "[bold]x[/bold] [link=http://x]y[/link]"


@given(st.text())
def test_nothing_a_terminal_obeys_survives(text):
    shown = one_line(text)
    assert len(shown) == len(text)
    assert not any(
        ch in shown for ch in "\x1b\x07\n\t\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
    )
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in shown)


def test_the_report_shows_control_characters_as_the_app_does():
    analysis = make_analysis()
    quote = Candidate("alpha", 0, 9, "\x1b[2Jgone\u202e", "quote", "gone", (0, 9))
    analysis.candidates.append(quote)
    out = io.StringIO()
    print_report(analysis, Console(file=out, width=200, color_system=None))
    assert "␛[2Jgone\ufffd" in out.getvalue() and "\x1b" not in out.getvalue()


@given(st.text())
def test_json_safe_keeps_the_exact_text_and_nothing_a_terminal_obeys(text):
    shown = json_safe(json.dumps(text, ensure_ascii=False))
    assert json.loads(shown) == text
    assert not any(ch in shown for ch in "\x1b\x07\x7f\x9b\x85\u202e\u2066\u200f\u2028")
