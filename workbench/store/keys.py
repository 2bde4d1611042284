"""Each analyst's Ed25519 key pair, in the user's config folder, and the public keys a team shares.

The folder is $WORKBENCH_KEYS, else ~/.config/workbench/keys (made with mode 0700); an analyst's private key
is a PKCS#8 PEM file in it (mode 0600), made on first use and refused when others may read it. A public key
is shared as one line, `ssh-ed25519 <base64> <analyst>` (OpenSSH's form, the analyst's name as its comment);
a keys file is such lines, one an analyst. Inside the store a public key is the base64 of its 32 bytes.
"""

from __future__ import annotations

import base64
import hashlib
import os
import stat
import tempfile
import urllib.parse
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .connection import StoreError

KEYS_ENV = "WORKBENCH_KEYS"
DEFAULT_KEYS = Path("~/.config/workbench/keys")
MAX_KEYS_FILE_BYTES = 1 << 20
_MAX_KEY_BYTES = 4096  # a PEM Ed25519 key is 119 bytes


class KeyFileError(StoreError):
    """A key file that cannot be used, or a keys file that cannot be read: one line naming it and why."""


def keys_dir() -> Path:
    """Where the analysts' private keys are: $WORKBENCH_KEYS, else ~/.config/workbench/keys."""
    return Path(os.environ.get(KEYS_ENV) or DEFAULT_KEYS).expanduser()


def key_file(analyst: str) -> Path:
    """The private key file of `analyst`: the name %-quoted (a long one by its sha256) + .pem."""
    name = urllib.parse.quote(analyst, safe="")
    if len(name) > 200:
        name = hashlib.sha256(analyst.encode("utf-8")).hexdigest()
    return keys_dir() / f"{name}.pem"


def private_key(analyst: str) -> Ed25519PrivateKey:
    """The analyst's private key, made now when they have none (raises KeyFileError)."""
    path = key_file(analyst)
    try:
        return _load(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise KeyFileError(f"{path}: {exc.strerror or exc}") from exc
    try:
        return _create(path)
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot make the key: {exc.strerror or exc}") from exc


def _load(path: Path) -> Ed25519PrivateKey:
    with path.open("rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_KEY_BYTES:
            raise KeyFileError(f"{path}: not a key file")
        if info.st_mode & 0o077:
            raise KeyFileError(f"{path}: others may read this private key (chmod 600 it)")
        data = file.read()
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an unencrypted Ed25519 private key")
    return key


def _create(path: Path) -> Ed25519PrivateKey:
    """A new key written to a private temporary file, then linked to `path`: another process making the same
    analyst's key at the same moment makes one of the two win, and both use it."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    data = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".new-", suffix=".pem")  # mode 0600
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return _load(path)
    finally:
        os.unlink(temporary)
    return key


def stored_form(key: Ed25519PublicKey) -> str:
    """A public key as the store keeps it: the base64 of its 32 bytes."""
    return base64.b64encode(key.public_bytes_raw()).decode("ascii")


def shared_form(key: Ed25519PublicKey, analyst: str) -> str:
    """A public key as a team shares it: `ssh-ed25519 <base64> <analyst>`."""
    openssh = key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode("ascii")
    return f"{openssh} {analyst}"


def sign(key: Ed25519PrivateKey, digest: str) -> str:
    """The base64 signature over an event's hash (its 32 bytes, from the hex digest)."""
    return base64.b64encode(key.sign(bytes.fromhex(digest))).decode("ascii")


def signature_holds(public_key: str, signature: str, digest: str) -> bool:
    """Whether `signature` (base64) is the signature of the stored-form `public_key` over the hex `digest`."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signature, validate=True), bytes.fromhex(digest))
    except (ValueError, InvalidSignature):
        return False
    return True


def read_keys_file(path: str) -> dict[str, str]:
    """{analyst: stored-form public key} from a keys file of `ssh-ed25519 <base64> <analyst>` lines (blank
    lines and lines starting with # skipped); raises KeyFileError naming the file and the bad line."""
    try:
        with open(path, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise KeyFileError(f"{path}: not a regular file")
            data = file.read(MAX_KEYS_FILE_BYTES + 1)
    except OSError as exc:
        raise KeyFileError(f"{path}: {exc.strerror or exc}") from exc
    if len(data) > MAX_KEYS_FILE_BYTES:
        raise KeyFileError(f"{path}: too large for a keys file (over {MAX_KEYS_FILE_BYTES} bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFileError(f"{path}: not UTF-8 text") from None
    keys: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, blob, analyst = [*line.split(" ", 2), "", ""][:3]
        try:
            key = serialization.load_ssh_public_key(f"{kind} {blob}".encode("ascii"))
        except (ValueError, UnicodeEncodeError, UnsupportedAlgorithm):
            key = None
        if not isinstance(key, Ed25519PublicKey) or not analyst:
            raise KeyFileError(f"{path}: line {number}: not `ssh-ed25519 <key> <analyst>`")
        if keys.setdefault(analyst, stored_form(key)) != stored_form(key):
            raise KeyFileError(f"{path}: line {number}: a second key for {analyst}")
    return keys
