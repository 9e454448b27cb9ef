"""Which model directory is the default, and how a new one becomes it.

Resolution order: an explicit path → the promoted model (``$DELIBNER_HOME/current``,
a symbolic link) → the model shipped in the package (``model/default/``).
:func:`promote` checks a directory, copies it under ``$DELIBNER_HOME/models/``
and swaps the ``current`` link with one atomic ``os.replace``: a running
service that resolves the default sees the old model or the new one, never a
half-written one. The shipped package data is never modified.

``$DELIBNER_HOME`` defaults to ``$XDG_DATA_HOME/delibner`` (``~/.local/share/delibner``).

Example:
    >>> SHIPPED_MODEL.name
    'default'
    >>> resolve_model_path("/some/model")
    PosixPath('/some/model')
"""

from __future__ import annotations

import filecmp
import os
import shutil
from pathlib import Path

from model.labels import bio_tags

SHIPPED_MODEL = Path(__file__).resolve().parent / "default"
HOME_ENV = "DELIBNER_HOME"
CURRENT = "current"


def delibner_home() -> Path:
    """The folder where promoted models live (``$DELIBNER_HOME`` or the user's data dir)."""
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV]).expanduser()
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "delibner"


def promoted_model(home: Path | None = None) -> Path | None:
    """The promoted model directory, if one was promoted and still exists."""
    link = (home or delibner_home()) / CURRENT
    return link.resolve() if link.is_dir() else None


def resolve_model_path(explicit: str | Path | None = None, *, home: Path | None = None) -> Path:
    """The model directory to load: ``explicit`` if given, else the promoted one, else the shipped one."""
    if explicit:
        return Path(explicit)
    return promoted_model(home) or SHIPPED_MODEL


def validate_for_promotion(directory: str | Path) -> str:
    """The model's version if ``directory`` is complete, loads, and tags exactly :func:`bio_tags`.

    Raises ``ValueError`` saying what is wrong otherwise.
    """
    from model.tagger.loading import ModelLoadError, load_tagger

    try:
        tagger = load_tagger(directory)
    except ModelLoadError as error:
        raise ValueError(f"refusing to promote: {error}") from None
    if sorted(tagger.labels) != sorted(bio_tags()):
        missing = sorted(set(bio_tags()) - set(tagger.labels))
        extra = sorted(set(tagger.labels) - set(bio_tags()))
        raise ValueError(
            f"refusing to promote {directory}: its labels do not match the project's "
            f"(missing: {', '.join(missing) or '-'}; unexpected: {', '.join(extra) or '-'})"
        )
    try:
        tagger.extract(["Vu la délibération n° 2023-045 du 12 mars 2023."])
    except Exception as error:  # a model that loads but cannot run must not become the default
        raise ValueError(f"refusing to promote {directory}: it fails on a sample text: {error}") from None
    return tagger.version


def promote(directory: str | Path, *, home: Path | None = None) -> Path:
    """Make ``directory`` the default model atomically; returns the installed copy's path.

    The directory is validated (:func:`validate_for_promotion`), copied to
    ``HOME/models/<version>`` (so deleting the training output later breaks
    nothing), then ``HOME/current`` is pointed at the copy in one ``os.replace``.
    """
    source = Path(directory).resolve()
    version = validate_for_promotion(source)
    home = (home or delibner_home()).expanduser()
    models = home / "models"
    models.mkdir(parents=True, exist_ok=True)
    target = _install(source, models, version)

    temporary_link = home / f".{CURRENT}.{os.getpid()}"
    if temporary_link.is_symlink() or temporary_link.exists():
        temporary_link.unlink()
    temporary_link.symlink_to(target, target_is_directory=True)
    os.replace(temporary_link, home / CURRENT)
    return target


def _install(source: Path, models: Path, version: str) -> Path:
    """Copy ``source`` into ``models`` under a free name (reusing an identical earlier copy)."""
    if source.parent == models.resolve():
        return source
    safe = "".join(c if c.isalnum() or c in "-_.+" else "_" for c in version) or "model"
    for n in range(1000):
        target = models / (safe if n == 0 else f"{safe}-{n}")
        if not target.exists():
            break
        if _same_files(source, target):
            return target
    staging = models / f".{target.name}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging)
    os.replace(staging, target)
    return target


def _same_files(left: Path, right: Path) -> bool:
    names = sorted(p.name for p in left.iterdir() if p.is_file())
    if names != sorted(p.name for p in right.iterdir() if p.is_file()):
        return False
    _match, mismatch, errors = filecmp.cmpfiles(left, right, names, shallow=False)
    return not mismatch and not errors
