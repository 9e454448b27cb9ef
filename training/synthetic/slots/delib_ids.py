"""Identifiers of deliberations and local acts, from a small grammar of numbering schemes (D1–D4).

A scheme is a template over components — prefix ``P`` (``DEL``, ``DCM``, ``CP``…),
service ``S`` (``FIN``, ``URBA``, ``012``), year ``Y``/``y``, month ``M`` or ``Mw``
(``JUIN``), day ``D``, compact dates ``Ymd``/``ymd``, sequence ``N``, sub-number ``n``,
body suffix ``B`` — with a separator ``~`` chosen per scheme. It is drawn once per
authority and then numbers every act of a document consistently.

Example:
    >>> from datetime import date
    >>> IdScheme("{P}~{Y}~{N}", sep="-", prefix="DEL").render(date(2022, 5, 3), 114)
    'DEL-2022-114'
    >>> IdScheme("{S}-{N}/{y}/{B}", service="07", body="CC", width=4).render(date(2022, 5, 3), 3391)
    '07-3391/22/CC'
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

_MONTH_WORDS = ("JANV", "FEVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC")

#: Templates of deliberation numbers and their weights.
TEMPLATES: dict[str, float] = {
    "{Y}~{N}": 22,
    "{y}~{N}": 4,
    "{N}~{Y}": 4,
    "{N}/{Y}": 3,
    "{P}~{Y}~{N}": 16,
    "{P}~{y}~{N}": 6,
    "{P} {Y}~{N}": 5,
    "{P} {y}~{N}": 2,
    "{P}{Y}~{N}": 4,
    "{P}{y}~{N}": 2,
    "{P}{Y}{N}": 1,
    "{P}~{Y}~{M}~{N}": 4,
    "{P}~{y}~{M}~{N}": 2,
    "{P}~{ymd}~{N}": 2,
    "{P}{Ymd}~{N}": 2,
    "{Y}~{M}~{N}": 3,
    "{Y}{M}{D}~{N}": 1,
    "{P}~{S}~{Y}~{N}": 3,
    "{Y}~{P}~{N}": 3,
    "{Y}/{N}/{B}": 2,
    "{Y}_{N}_{B}": 1,
    "{Y}/{M}/{N}-{B}": 1,
    "{P}/{Y}/{N}": 2,
    "{S} {N}/{y}/{B}": 2,
    "{S}-{N}/{y}/{B}": 2,
    "{Y}/{P}-{Mw}/{N}": 1,
    "{P} {y}.{N}": 1,
    "{P}.{Y}-{M}-{D}/{n}": 1,
    "{y}-{P}{M}-{N}": 1,
    "{N}/{Y}/{S}-{n}": 1,
    "{Y}-{M}-{P}{N}": 1,
    "{P}~{N}~{Y}": 2,
    "{P} {N}-{Y}": 1,
    "{Y}.{M}.{N}": 1,
}
#: Templates for the head's own acts (arrêtés, décisions).
ACT_TEMPLATES: dict[str, float] = {
    "{P}~{Y}~{N}": 12,
    "{P}~{S}~{Y}~{N}": 3,
    "{Y}~{P}~{N}": 4,
    "{P} {Y}~{N}": 3,
    "{P}{Y}~{N}": 2,
    "{P}~{y}~{M}~{N}": 2,
    "{Y}~{N}": 3,
    "{P} {y}~{N}": 1,
}
_PREFIXES = ("DEL", "DEL", "DCM", "DL", "D", "DE", "DC", "DB", "DELIB", "DLB")
_ACT_PREFIXES = {
    "arrêté": ("AR", "ARR", "A", "AM", "AP", "PM", "ARRETE"),
    "décision": ("DEC", "DP", "DM", "D", "DAP", "DPR", "DEC-PDT"),
}
_SERVICES = ("FIN", "URBA", "RH", "DGS", "ADM", "DAJ", "PAT", "ST", "CULT", "SG", "ENV", "EDU", "SPORT", "DEV")


@dataclass(frozen=True, slots=True)
class IdScheme:
    template: str
    sep: str = "-"
    prefix: str = ""
    service: str = ""
    body: str = ""
    width: int = 3

    @property
    def name(self) -> str:
        return self.template.replace("~", self.sep)

    def render(self, d: date, seq: int, sub: int = 1) -> str:
        width = self.width
        if self.template.startswith(("{Y}~{M}~{N}", "{Y}.{M}.{N}")):
            width = max(width, 3)  # "2016-08-006", never a date such as "2016-08-06"
        number = f"{seq:0{width}d}" if width else str(seq)
        values = {
            "P": self.prefix,
            "S": self.service,
            "B": self.body,
            "Y": str(d.year),
            "y": f"{d.year % 100:02d}",
            "M": f"{d.month:02d}",
            "Mw": _MONTH_WORDS[d.month - 1],
            "D": f"{d.day:02d}",
            "Ymd": f"{d:%Y%m%d}",
            "ymd": f"{d:%y%m%d}",
            "N": number,
            "n": str(sub),
        }
        return self.template.replace("~", self.sep).format(**values)


def draw_scheme(rng: random.Random, body_code: str, *, act: str = "") -> IdScheme:
    """A scheme for deliberations of a body (``CM``, ``CC``, ``BM``…), or for ``act`` (``arrêté``/``décision``)."""
    table = ACT_TEMPLATES if act else TEMPLATES
    template = rng.choices(list(table), list(table.values()))[0]
    if act:
        prefix = rng.choice(_ACT_PREFIXES[act])
    else:
        prefix = rng.choice((*_PREFIXES, body_code, body_code, "D" + body_code, body_code[0]))
    if rng.random() < 0.1 and "{S}" not in template and "{P}" in template:
        prefix = f"{prefix}-{rng.choice(_SERVICES)}"
    service = rng.choice(_SERVICES) if rng.random() < 0.6 else f"{rng.randint(1, 40):0{rng.choice((2, 3))}d}"
    if service.isdigit():
        template = template.replace("{S} ", "{S}-")  # "08 94/21/CM" would read as two numbers
    # A space separates a prefix from the number (``DEL 2023-045``, ``B 24.117``), never the number's parts.
    sep = rng.choices(("-", "_", "/", "."), (60, 15, 15, 8))[0]
    width = rng.choices((0, 2, 3, 4, 5), (12, 15, 48, 20, 5))[0]
    body = rng.choice((body_code, body_code, "CM", "CC", "BM", "CS", "CT"))
    return IdScheme(template, sep, prefix, service, body, width)


def draw_seq(rng: random.Random, large: bool) -> int:
    return rng.randint(1, 3500) if large and rng.random() < 0.6 else rng.randint(1, 180)


#: How an identifier is introduced; the words stay outside the span (D1, D2).
INTRODUCERS = (
    ("Délibération n° ", 18),
    ("DÉLIBÉRATION N° ", 8),
    ("Délibération n°", 5),
    ("DELIBERATION N°", 4),
    ("Délibération N° ", 4),
    ("Délibération ", 4),
    ("DÉLIBÉRATION ", 2),
    ("N° ", 8),
    ("n° ", 4),
    ("N°", 3),
    ("Délib. n° ", 2),
    ("Délibération numéro ", 1),
    ("N° de la délibération : ", 2),
    ("Numéro : ", 1),
    ("Acte n° ", 1),
    ("Réf. : ", 1),
    ("Nº ", 1),
    ("", 3),
)


def introducer(rng: random.Random) -> str:
    return rng.choices([t for t, _ in INTRODUCERS], [w for _, w in INTRODUCERS])[0]
