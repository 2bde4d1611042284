"""Who wrote each audit event, as the analyst's Ed25519 key vouches for it.

Each event a store writes is signed over its hash (the 32 bytes) with its analyst's private key
(store/keys.py), in the transaction that appends it: table `signatures` holds, by seq, the signature and the
public key that made it. An analyst's first signed event registers their public key (table `analyst_keys`,
with that event's seq). Events made before the store signed stay valid, unsigned.

`check` reports an event whose signature fails, an unsigned event in the name of an analyst who signs, an
event signed with another key than its analyst's (their key changed, or someone else wrote in their name), a
registered key that is not the one that signed the event registering it (replaced), and, checked against keys
kept outside the store, an analyst who signs but has no key there. What it cannot tell on its own: who wrote
in the name of an analyst before that analyst first signed, or a store whose keys and signatures were all
made anew; a keys file kept outside the store catches both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .keys import sign, signature_holds, stored_form


@dataclass(frozen=True)
class SignatureProblem:
    """One finding: the event (None for one about a registered key) and what is wrong, in a sentence."""

    seq: int | None
    analyst: str
    reason: str


@dataclass(frozen=True)
class SignatureCheck:
    """How many events are signed and unsigned, and the problems found (none: every signature holds)."""

    signed: int
    unsigned: int
    problems: list[SignatureProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def sign_since(conn: sqlite3.Connection, seq: int, analyst: str, key_of: Callable[[], Ed25519PrivateKey]) -> None:
    """Sign the events after `seq` in `analyst`'s name with their key (`key_of()`, asked only when there are
    any), registering it when it is their first signed event; inside the write transaction that appended them."""
    rows = conn.execute("SELECT seq, hash FROM audit WHERE seq > ? AND analyst = ? ORDER BY seq", (seq, analyst))
    events = rows.fetchall()
    if not events:
        return
    key = key_of()
    public = stored_form(key.public_key())
    conn.executemany(
        "INSERT INTO signatures (seq, public_key, signature) VALUES (?, ?, ?)",
        [(number, public, sign(key, digest)) for number, digest in events],
    )
    conn.execute(
        "INSERT OR IGNORE INTO analyst_keys (analyst, public_key, seq) VALUES (?, ?, ?)",
        (analyst, public, events[0][0]),
    )


def registered_keys(conn: sqlite3.Connection) -> dict[str, tuple[str, int]]:
    """{analyst: (stored-form public key, seq of the event that registered it)}."""
    return {
        analyst: (key, seq) for analyst, key, seq in conn.execute("SELECT analyst, public_key, seq FROM analyst_keys")
    }


def registered_otherwise(conn: sqlite3.Connection, analyst: str, public: str) -> int | None:
    """The seq at which the store registered another key than `public` for `analyst`, or None."""
    row = conn.execute("SELECT public_key, seq FROM analyst_keys WHERE analyst = ?", (analyst,)).fetchone()
    return None if row is None or row[0] == public else row[1]


def check(conn: sqlite3.Connection, trusted: dict[str, str] | None = None, source: str = "") -> SignatureCheck:
    """Check every event's signature against the keys the store registered, or against `trusted` ({analyst:
    stored-form key}, read from the keys file `source`) when given."""
    registered = registered_keys(conn)
    problems = _replaced(conn, registered)
    where = f"the key {source} gives" if trusted is not None else "the key registered"
    reported: set[tuple[str, str]] = set()  # (analyst, key) of a key mismatch, said once
    signed = unsigned = 0
    for seq, analyst, digest, public, signature in conn.execute(
        "SELECT a.seq, a.analyst, a.hash, s.public_key, s.signature FROM audit a"
        " LEFT JOIN signatures s ON s.seq = a.seq ORDER BY a.seq"
    ):
        since = registered[analyst][1] if analyst in registered else None
        if signature is None:
            if since is not None and seq > since:
                problems.append(
                    SignatureProblem(seq, analyst, f"unsigned, in the name of {analyst}, who signs since seq {since}")
                )
            else:
                unsigned += 1
            continue
        signed += 1
        if not signature_holds(public, signature, digest):
            problems.append(SignatureProblem(seq, analyst, f"{analyst}'s signature does not hold"))
            continue
        expected = trusted.get(analyst) if trusted is not None else registered.get(analyst, (None, 0))[0]
        if expected != public and (analyst, public) not in reported:
            reported.add((analyst, public))
            if expected is None:
                reason = (
                    f"{analyst} signs, and has no key in {source}"
                    if trusted is not None
                    else f"{analyst} has no registered key"
                )
            else:
                reason = f"signed with another key than {where} for {analyst}: their key changed, or someone else wrote in their name"
            problems.append(SignatureProblem(seq, analyst, reason))
    return SignatureCheck(signed, unsigned, problems)


def _replaced(conn: sqlite3.Connection, registered: dict[str, tuple[str, int]]) -> list[SignatureProblem]:
    """A registered key that is not the one that signed the event registering it."""
    problems = []
    for analyst, (key, seq) in sorted(registered.items()):
        row = conn.execute(
            "SELECT a.analyst, s.public_key FROM audit a JOIN signatures s ON s.seq = a.seq WHERE a.seq = ?", (seq,)
        ).fetchone()
        if row != (analyst, key):
            reason = f"{analyst}'s registered key is not the one that signed seq {seq}, which registered it: replaced"
            problems.append(SignatureProblem(None, analyst, reason))
    return problems
