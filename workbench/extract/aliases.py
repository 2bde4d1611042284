"""Aliases: other names of one organisation or country ("ISIS", "Daesh" -> "Islamic State").

The package ships a table (aliases.toml beside this module); the analyst extends it with a file of the
same form, `canonical = [aliases]` in TOML: the one `$WORKBENCH_ALIASES` names, else
`$XDG_CONFIG_HOME/workbench/aliases.toml` (by default ~/.config/workbench/aliases.toml). The analyst's
entries win: a spelling they list under another canonical name moves there.

A spelling in capitals ("US", "IS") matches a mention only as written, dots aside ("U.S." is "US"),
so that the words "us" and "is" never match; any other spelling matches whatever its case.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

from workbench.extract.lexicon import country_names
from workbench.extract.names import name_key

_SHIPPED = Path(__file__).with_name("aliases.toml")


def user_file() -> Path:
    """Where the analyst's alias file is looked for."""
    named = os.environ.get("WORKBENCH_ALIASES")
    if named:
        return Path(named).expanduser()
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "workbench" / "aliases.toml"


def _read(path: Path) -> dict[str, list[str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    return {
        str(canonical): [a for a in aliases if isinstance(a, str)]
        for canonical, aliases in data.items()
        if isinstance(aliases, list)
    }


def _acronym(spelling: str) -> str | None:
    """The form a capitals-only spelling is matched in ("U.S." -> "US"), else None."""
    bare = spelling.replace(".", "").replace(" ", "")
    return bare if len(bare) > 1 and bare.isupper() else None


class AliasTable:
    """Spellings -> canonical names."""

    def __init__(self, tables: list[dict[str, list[str]]]) -> None:
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for table in tables:  # later tables win
            for canonical, aliases in table.items():
                for spelling in [canonical, *aliases]:
                    acronym = _acronym(spelling)
                    if acronym:
                        self._exact[acronym] = canonical
                    elif name_key(spelling):
                        self._folded[name_key(spelling)] = canonical

    def canonical(self, mention: str) -> str | None:
        """The canonical name the mention is an alias of (or is), if the table has it."""
        acronym = _acronym(mention)
        if acronym:
            return self._exact.get(acronym)
        return self._folded.get(name_key(mention))

    def __len__(self) -> int:
        return len(self._exact) + len(self._folded)


@lru_cache(maxsize=8)
def _table(user: Path, stamp: float | None) -> AliasTable:
    tables = [country_names(), _read(_SHIPPED)]  # a country's official names first: the shipped table wins
    if stamp is not None:
        tables.append(_read(user))
    return AliasTable(tables)


def aliases() -> AliasTable:
    """The shipped table extended by the analyst's file (read again when it changes)."""
    user = user_file()
    try:
        stamp: float | None = user.stat().st_mtime
    except OSError:
        stamp = None
    return _table(user, stamp)
