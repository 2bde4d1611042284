"""The Textual review app. `run_app` is what `workbench open` calls."""

from __future__ import annotations

from pathlib import Path

from workbench.app.app import WorkbenchApp, announcement
from workbench.app.bindings import KeymapError, keymap_path, load_keymap
from workbench.messages import fail
from workbench.settings import SettingsError, load_settings
from workbench.store import Store, StoreError

__all__ = ["WorkbenchApp", "run_app"]


def run_app(
    paths: list[str],
    db: str,
    analyst: str | None,
    max_bytes: int | None = None,
    timeout: float | None = None,
    refresh: bool = False,
    ask_analyst: bool = False,
    blind: bool = False,
    adjudicate: bool = False,
) -> int:
    """Analyse `paths` into the store at `db` and review them in the app; the exit code.

    Addresses whose pages the store keeps are not fetched again, files the store holds the analysis of are
    not analysed again, and only the files changed since are extracted again, unless `refresh`.

    Errors (a bad store, a bad keymap or settings file, no usable article) are one line on stderr, "workbench: error: …",
    and exit code 2; a store file this run created is removed when nothing was loaded into it (also when
    the app is quit while the articles load). With `ask_analyst` (`workbench serve`), the app asks the name; with
    `blind`, the others' decisions on a claim are hidden until the analyst decided it; with `adjudicate`, the analyst
    settles disputed claims.
    """
    created = not Path(db).exists()
    try:
        found = keymap_path()
        keymap = load_keymap(found) if found else {}
        settings = load_settings()
        store = Store.open(db, analyst=analyst)
    except (KeymapError, SettingsError, StoreError) as error:
        return fail(str(error))
    try:
        fetching = {"stored_page": None if refresh else store.page} | ({} if timeout is None else {"timeout": timeout})
        app = WorkbenchApp(
            store,
            analyze_paths=paths,
            keymap=keymap,
            max_bytes=max_bytes,
            announce=announcement(store),
            analyze_options=fetching,
            refresh=refresh,
            ask_analyst=ask_analyst,
            settings=settings,
            blind=blind,
            adjudicate=adjudicate,
        )
        app.run()
        empty = created and not store.articles()  # quit while loading, or nothing loaded
    finally:
        store.close()
    if empty:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    if app.load_error:
        return fail(app.load_error)
    return app.return_code or 0
