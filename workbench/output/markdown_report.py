"""A report document (output.document) as Markdown (CommonMark with GitHub's tables, `<ins>` and `<del>`).

Every text passes display.one_line (control and direction characters made visible, one line) and then has
each character Markdown or a page it is put into would read as markup backslash-escaped (`<` and `&`
included: no HTML gets through); a link's address is written only when it is http(s).
"""

from __future__ import annotations

import re

from workbench.display import one_line
from workbench.output.document import Block, Document, Heading, Inline, Items, Paragraph, Table, http_address

_MARKERS = {"strong": "**", "mark": "**", "em": "*"}
_TAGS = {"ins": "ins", "del": "del"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#$])")
_LINE_START = re.compile(r"^(\s*)([-+=>]|[0-9]+(?=[.)]))")  # a list, quote or heading marker if it opens a line
_URL_SPECIAL = {ord(ch): f"%{ord(ch):02X}" for ch in "()<>\"'\\`"}  # what could end or escape a link's address


def _text(text: str) -> str:
    escaped = _SPECIAL.sub(r"\\\1", one_line(text))
    return _LINE_START.sub(lambda m: f"{m[1]}{m[2]}\\" if m[2][0].isdigit() else f"{m[1]}\\{m[2]}", escaped)


def _code(text: str) -> str:
    """A code span: fenced by more backticks than it holds in a row; `|` escaped for a table cell."""
    shown = one_line(text).replace("|", "\\|")
    ticks = "`" * (max((len(run) for run in re.findall("`+", shown)), default=0) + 1)
    return f"{ticks} {shown} {ticks}" if shown.startswith("`") or shown.endswith("`") else f"{ticks}{shown}{ticks}"


def _inline(content: Inline) -> str:
    parts = []
    for span in content:
        if not span.text:
            continue
        stripped = span.text.strip()  # emphasis and code need no space inside their markers
        lead, trail = span.text[: len(span.text) - len(span.text.lstrip())], span.text[len(span.text.rstrip()) :]
        shown = _text(stripped)
        if span.style == "code" and stripped:
            shown = _code(stripped)
        elif span.style in _MARKERS and stripped:
            shown = f"{_MARKERS[span.style]}{shown}{_MARKERS[span.style]}"
        elif span.style in _TAGS and stripped:
            shown = f"<{_TAGS[span.style]}>{shown}</{_TAGS[span.style]}>"
        address = http_address(span.href)
        if address is not None:
            shown = f"[{shown}]({address.translate(_URL_SPECIAL)})"
        parts.append(f"{_text(lead)}{shown}{_text(trail)}" if lead or trail else shown)
    return "".join(parts)


def _table(table: Table) -> str:
    lines = ["| " + " | ".join(_text(title) or " " for title in table.head) + " |"]
    lines.append("|" + "---|" * len(table.head))
    lines += ["| " + " | ".join(_inline(cell.content) for cell in row) + " |" for row in table.rows]
    return "\n".join(lines)


def _block(block: Block) -> str:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Items):
        return "\n".join(f"- {_inline(item)}" for item in block.items)
    if isinstance(block, Heading):
        return f"### {_inline(block.content)}"
    assert isinstance(block, Paragraph)
    return _inline(block.content)


def to_markdown(document: Document) -> str:
    """The document as Markdown text."""
    blocks = [f"# {_text(document.title)}", *map(_block, document.intro)]
    for section in document.sections:
        blocks.append(f"## {_text(section.title)}")
        blocks.extend(map(_block, section.blocks))
    return "\n\n".join(blocks) + "\n"
