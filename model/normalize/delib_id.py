"""DELIB_ID → ``{"id": canonical string}``: PDF breaks undone, spaces collapsed, case kept.

Example:
    >>> normalize_delib_id("D-2017-\\n204"), normalize_delib_id("FAG  012-5521/23/BM")
    ({'id': 'D-2017-204'}, {'id': 'FAG 012-5521/23/BM'})
"""

from __future__ import annotations

import re
from typing import Any

from model.normalize import register
from model.normalize.text import unbreak


@register("DELIB_ID")
def normalize_delib_id(surface: str) -> dict[str, Any] | None:
    """The identifier as one clean string, or ``None`` when there is no digit in it."""
    ident = re.sub(r"\s*([-/_.])\s*", r"\1", unbreak(surface).replace("–", "-"))
    return {"id": ident} if any(ch.isdigit() for ch in ident) else None
