"""A report document (output.document) as one self-contained HTML page: inline CSS, no script, no request for
anything (a Content-Security-Policy says so to the browser too), readable printed and without colour (every
colour has a symbol beside it).

Every text passes display.clean (control and direction characters made visible) and html.escape; a link's
address is written only when it is http(s) or a fragment of the page.
"""

from __future__ import annotations

import html

from workbench.display import clean
from workbench.output.document import Block, Cell, Document, Heading, Inline, Items, Paragraph, Table, link_target

_TAGS = {"strong": "strong", "em": "em", "code": "code", "mark": "mark", "ins": "ins", "del": "del"}
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'"
CSS = """
:root { --ink: #1d2125; --muted: #5c6670; --line: #d5dae0; --agree: #e3f4e6; --agree-ink: #1f6b33;
  --conflict: #fbe3e1; --conflict-ink: #a1271b; --absent: #f3f4f6; --mark: #fff2b3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 1.5rem 2rem 4rem; color: var(--ink); background: #fff;
  font: 15px/1.5 Georgia, "DejaVu Serif", serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1, h2, h3, th, nav, .meta { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .6rem; padding-top: .6rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1.02rem; margin: 1.6rem 0 .4rem; font-weight: normal; }
nav ul { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; list-style: none; font-size: .9rem; }
a { color: #1a4f8b; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .86rem; }
.scroll { overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #eef1f4; font-size: .8rem; font-weight: 600; }
td { overflow-wrap: break-word; }
td.wide { min-width: 14rem; overflow-wrap: anywhere; }
.pending, .confirmed, .rejected, .mixed, .whole { white-space: nowrap; }
.agree, .confirmed { background: var(--agree); color: var(--agree-ink); }
.conflict, .odd, .rejected { background: var(--conflict); color: var(--conflict-ink); font-weight: 600; }
.absent { background: var(--absent); color: var(--muted); text-align: center; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
ins { background: var(--agree); color: var(--agree-ink); text-decoration: underline; }
del { background: var(--conflict); color: var(--conflict-ink); text-decoration: line-through; }
code { font: .85em/1.4 "DejaVu Sans Mono", Menlo, monospace; overflow-wrap: anywhere; }
p code { background: #f3f4f6; padding: .1em .3em; }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
"""


def _text(text: str) -> str:
    return html.escape(clean(text), quote=True)


def _inline(content: Inline) -> str:
    parts = []
    for span in content:
        shown = _text(span.text)
        if span.style in _TAGS:
            shown = f"<{_TAGS[span.style]}>{shown}</{_TAGS[span.style]}>"
        target = link_target(span.href)
        if target is not None:
            external = "" if target.startswith("#") else ' rel="noopener noreferrer"'
            shown = f'<a href="{html.escape(target, quote=True)}"{external}>{shown}</a>'
        parts.append(shown)
    return "".join(parts)


def _cell(tag: str, cell: Cell, width: str | None) -> str:
    classes = " ".join(c for c in (cell.tone, width) if c)
    attribute = f' class="{classes}"' if classes else ""
    return f"<{tag}{attribute}>{_inline(cell.content)}</{tag}>"


def _width(table: Table, column: int) -> str | None:
    return "wide" if column in table.wide else "whole" if column in table.whole else None


def _table(table: Table) -> str:
    head = "".join(f"<th>{_text(title)}</th>" for title in table.head)
    rows = "".join(
        "<tr>" + "".join(_cell("td", cell, _width(table, i)) for i, cell in enumerate(row)) + "</tr>\n"
        for row in table.rows
    )
    return f'<div class="scroll"><table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}</tbody></table></div>'


def _block(block: Block) -> str:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Items):
        return "<ul>" + "".join(f"<li>{_inline(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Heading):
        return f"<h3>{_inline(block.content)}</h3>"
    assert isinstance(block, Paragraph)
    return f"<p>{_inline(block.content)}</p>"


def to_html(document: Document) -> str:
    """The document as one HTML page."""
    intro = "\n".join(_block(b) for b in document.intro)
    sections = "\n".join(
        f'<section id="{s.anchor}">\n<h2>{_text(s.title)}</h2>\n' + "\n".join(map(_block, s.blocks)) + "\n</section>"
        for s in document.sections
    )
    contents = "".join(f'<li><a href="#{s.anchor}">{_text(s.title)}</a></li>' for s in document.sections)
    title = _text(document.title)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header>\n<h1>{title}</h1>\n<div class="meta">{intro}</div>\n<nav><ul>{contents}</ul></nav>\n</header>\n<main>\n{sections}\n</main>\n'
        "</body>\n</html>\n"
    )
