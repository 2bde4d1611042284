"""A report page read back (html.parser): every element with its attributes, and each section's tables as
rows of (class, text) cells. Works on the page as written and on the DOM a browser dumps."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Cell:
    tone: str
    text: str = ""  # no-break spaces read as spaces
    tags: list[str] = field(default_factory=list)  # the elements inside it (mark, ins, del, a, ...)


Row = list[Cell]


class ReportPage(HTMLParser):
    """`elements`: (tag, attributes) in document order; `tables`: section id -> its tables -> rows -> cells."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.tables: dict[str, list[list[Row]]] = {}
        self.text_parts: list[str] = []
        self._section = ""
        self._cell: Cell | None = None
        self.feed(text)
        self.close()

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag == "section":
            self._section = attributes.get("id") or ""
        elif tag == "table":
            self.tables.setdefault(self._section, []).append([])
        elif tag == "tr":
            self.tables[self._section][-1].append([])
        elif tag in ("td", "th"):
            self._cell = Cell(attributes.get("class") or "")
            self.tables[self._section][-1][-1].append(self._cell)
        elif self._cell is not None:
            self._cell.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)
        if self._cell is not None:
            self._cell.text += data.replace("\u00a0", " ")

    def rows(self, section: str, table: int = 0) -> list[Row]:
        """The rows (heading row first) of a section's table."""
        return self.tables[section][table]
