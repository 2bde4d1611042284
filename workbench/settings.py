"""The project's settings in one place: the publisher, the review base URL and the rating scale.

A TOML file, `$WORKBENCH_SETTINGS` when set, else `$XDG_CONFIG_HOME/workbench/settings.toml` (by default
`~/.config/workbench/settings.toml`); without one the defaults hold:

    [publisher]
    name = "Fact Workbench"
    url = "https://factcheck.example/"

    [review]
    base_url = "https://factcheck.example/reviews/"

    [ratings]
    scale = ["Accurate", "Mostly accurate", "Mixed", "Misleading", "Inaccurate"]   # best first
    other = ["Unverifiable"]                                                      # off the scale

Confirm is the scale's top, reject its bottom; `other` ratings are verdicts with no place on it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SETTINGS_ENV = "WORKBENCH_SETTINGS"
MAX_SETTINGS_BYTES = 64 * 1024
MAX_RATINGS = 9
"""Ratings are set with the number keys 1-9."""


class SettingsError(Exception):
    """A settings file that cannot be used; the message is one line naming the file."""


@dataclass(frozen=True)
class Scale:
    """The verdicts: `ordered` best first (ratingValue len(ordered) down to 1), then `other` ratings off the
    scale (no ratingValue)."""

    ordered: tuple[str, ...] = ("Accurate", "Mostly accurate", "Mixed", "Misleading", "Inaccurate")
    other: tuple[str, ...] = ("Unverifiable",)

    @property
    def names(self) -> tuple[str, ...]:
        """Every rating in key order: number key n sets names[n - 1]."""
        return (*self.ordered, *self.other)

    @property
    def top(self) -> str:
        """What confirm sets."""
        return self.ordered[0]

    @property
    def bottom(self) -> str:
        """What reject sets."""
        return self.ordered[-1]

    def status_of(self, rating: str) -> str:
        """The review status a rating gives its claim: confirmed (the top), rejected (the bottom), else rated."""
        if rating not in self.names:
            raise ValueError(f"{rating!r} is not on the rating scale")
        return {self.top: "confirmed", self.bottom: "rejected"}.get(rating, "rated")

    def value_of(self, rating: str) -> int | None:
        """The rating's ratingValue (best = len(ordered), worst = 1), None off the scale."""
        return len(self.ordered) - self.ordered.index(rating) if rating in self.ordered else None

    def rating_of(self, status: str, rating: str | None) -> str | None:
        """A claim's verdict: the scale's top for a confirmed claim, its bottom for a rejected one (whatever
        the scale was when decided), the rating it was given between them; None for pending and dismissed."""
        return {"confirmed": self.top, "rejected": self.bottom, "rated": rating}.get(status)


@dataclass(frozen=True)
class Settings:
    """The publisher (a ClaimReview's author), where reviews are published (url = review_base_url + claim
    id) and the rating scale."""

    publisher_name: str = "Fact Workbench"
    publisher_url: str = "https://factcheck.example/"
    review_base_url: str = "https://factcheck.example/reviews/"
    scale: Scale = field(default_factory=Scale)

    def review_url(self, claim_id: int) -> str:
        """The address of the claim's review."""
        return f"{self.review_base_url}{claim_id}"


def settings_path() -> Path:
    """The settings file to read (it may not exist)."""
    if configured := os.environ.get(SETTINGS_ENV):
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or "~/.config"
    return Path(base).expanduser() / "workbench" / "settings.toml"


def load_settings(path: Path | None = None) -> Settings:
    """The settings from `path` (default: settings_path()); the defaults when that file does not exist
    (a missing $WORKBENCH_SETTINGS file is an error). Raises SettingsError."""
    path = path or settings_path()
    if not path.exists() and not os.environ.get(SETTINGS_ENV):
        return Settings()
    try:
        if not path.is_file():
            raise SettingsError(f"{path}: not a regular file, so not read as settings")
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            raise SettingsError(f"{path}: a settings file larger than {MAX_SETTINGS_BYTES // 1024} KiB is not read")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot read the settings ({exc.__class__.__name__})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({str(exc).splitlines()[0]})") from exc
    try:
        return _settings(data)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{path}: {exc}") from exc


def _settings(data: dict[str, Any]) -> Settings:
    default = Settings()
    publisher = _table(data, "publisher")
    review = _table(data, "review")
    ratings = _table(data, "ratings")
    scale = Scale(
        tuple(_names(ratings, "scale", default.scale.ordered)), tuple(_names(ratings, "other", default.scale.other))
    )
    names = scale.names
    if len(scale.ordered) < 2 or len(names) > MAX_RATINGS or len(set(names)) != len(names):
        raise ValueError(f"ratings: a scale of at least 2 and at most {MAX_RATINGS} ratings in all, each named once")
    settings = Settings(
        publisher_name=_text(publisher, "name", default.publisher_name),
        publisher_url=_text(publisher, "url", default.publisher_url),
        review_base_url=_text(review, "base_url", default.review_base_url),
        scale=scale,
    )
    for url in (settings.publisher_url, settings.review_base_url):
        if not url.startswith(("https://", "http://")):
            raise ValueError(f"{url!r} is not an http(s) address")
    return settings


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise TypeError(f"[{name}] must be a table")
    return table


def _text(table: dict[str, Any], key: str, default: str) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value.strip() or not value.isprintable():
        raise TypeError(f"{key} must be a non-empty line of text")
    return value.strip()


def _names(table: dict[str, Any], key: str, default: tuple[str, ...]) -> list[str]:
    value = table.get(key, list(default))
    if not isinstance(value, list):
        raise TypeError(f"ratings.{key} must be a list of names")
    return [_text({key: name}, key, "") for name in value]
