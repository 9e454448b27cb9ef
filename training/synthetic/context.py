"""Everything one document shares: its authority, session, members, house style, and its slot helpers.

The helpers wrap the slot functions of :mod:`training.synthetic.slots` so that
each draw is noted for the ``--stats`` report, and pick from the document's
house style (how it writes names, colons, apostrophes, headings).

Example:
    >>> import random
    >>> from training.synthetic.slots.names import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> pieces = ctx.name(ctx.head, "First LAST", civility=False)
    >>> pieces[0][0]
    'OFFICIAL'
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from training.synthetic.builder import Pieces, ent
from training.synthetic.slots import amounts, budget, dates, delib_ids, legal
from training.synthetic.slots.authorities import Authority, draw_authority
from training.synthetic.slots.names import NEEDS_CIVILITY, NamePool, Person, civility, name_parts, pick_style, render


@dataclass(frozen=True, slots=True)
class Typography:
    """A document's house style."""

    colon: str  # " : ", ": ", "\u00a0: "
    semicolon: str  # " ;" or ";"
    quotes: tuple[str, str]
    bullet: str
    caps_headings: float  # probability that a heading is in capitals
    bold_headings: float  # probability of stray markdown around a heading
    blank_lines: bool
    curly_apostrophe: bool
    accents_on_caps: bool
    particle_case: bool


def draw_typography(rng: random.Random) -> Typography:
    return Typography(
        colon=rng.choices((" : ", ": ", "\u00a0: ", " :", " : "), (45, 30, 12, 3, 10))[0],
        semicolon=rng.choice((" ;", ";", " ;", "\u00a0;")),
        quotes=rng.choices(
            (("« ", " »"), ("«\u00a0", "\u00a0»"), ('"', '"'), ("“", "”"), ("«", "»")), (35, 15, 25, 15, 10)
        )[0],
        bullet=rng.choices(("- ", "• ", "– ", "", "* ", " ", "> ", "o "), (30, 15, 15, 20, 4, 6, 3, 4))[0],
        caps_headings=rng.choice((0.0, 0.3, 0.8, 1.0)),
        bold_headings=rng.choices((0.0, 0.6, 1.0), (80, 12, 8))[0],
        blank_lines=rng.random() < 0.55,
        curly_apostrophe=rng.random() < 0.45,
        accents_on_caps=rng.random() < 0.8,
        particle_case=rng.random() < 0.6,
    )


@dataclass
class Ctx:
    rng: random.Random
    pool: NamePool
    authority: Authority
    session: date
    members: list[Person]  # elected members; members[0] presides
    style: str  # the house style for names
    typo: Typography
    scheme: delib_ids.IdScheme
    act_scheme: delib_ids.IdScheme
    delib_seq: int
    verbosity: int = 1  # how many extra paragraphs a report gets
    notes: Counter[str] = field(default_factory=Counter)
    present: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    proxies: list[tuple[Person, Person]] = field(default_factory=list)
    secretary: Person | None = None
    _outsiders: list[Person] = field(default_factory=list)
    _elected_elsewhere: list[Person] = field(default_factory=list)

    # --- people -----------------------------------------------------------------------------------
    @property
    def head(self) -> Person:
        return self.members[0]

    @property
    def deputies(self) -> list[Person]:
        return self.members[1 : 1 + max(2, min(12, len(self.members) // 3))]

    def outsider(self) -> Person:
        """A person who is not an elected member (agent, notary, company or association representative).

        Their surname is never a member's: the same name tagged in one place and not in another
        would contradict itself.
        """
        elected = self.members + self._elected_elsewhere
        taken = set().union(*(name_parts(m.last, m.other_last) for m in elected))
        person = self.pool.person(self.rng)
        while name_parts(person.first, person.last, person.other_last) & taken:
            person = self.pool.person(self.rng)
        self._outsiders.append(person)
        return person

    def elected_elsewhere(self) -> Person:
        """An elected person who does not sit here (a partner's president, a député, a former member)."""
        taken = set().union(*(name_parts(o.first, o.last, o.other_last) for o in self._outsiders))
        person = self.pool.person(self.rng)
        while name_parts(person.last, person.other_last) & taken:
            person = self.pool.person(self.rng)
        self._elected_elsewhere.append(person)
        return person

    def note(self, key: str) -> None:
        self.notes[key] += 1

    def name(
        self, person: Person, style: str | None = None, *, civility: bool | None = None, long: bool = False
    ) -> Pieces:
        """A member's name as pieces: civility (outside), then the name (``OFFICIAL``)."""
        style = style or (self.style if self.rng.random() < 0.85 else pick_style(self.rng))
        self.note(f"name:{style}")
        name = render(person, style, accents=self.typo.accents_on_caps, particle_case=self.typo.particle_case)
        if civility is None:
            civility = style in NEEDS_CIVILITY or self.rng.random() < 0.55
        if civility or style in NEEDS_CIVILITY:
            return [self.civility(person, long) + " ", ent("OFFICIAL", name)]
        return [ent("OFFICIAL", name)]

    def plain_name(self, person: Person, style: str | None = None, *, civility: bool | None = None) -> str:
        """A non-member's name: the same shapes as a member's, never tagged (O5)."""
        style = style or (self.style if self.rng.random() < 0.7 else pick_style(self.rng))
        name = render(person, style, accents=self.typo.accents_on_caps, particle_case=self.typo.particle_case)
        if civility is None:
            civility = style in NEEDS_CIVILITY or self.rng.random() < 0.6
        self.note("negative:person")
        return f"{self.civility(person)} {name}" if civility else name

    def civility(self, person: Person, long: bool = False) -> str:
        return civility(person, self.rng, long)

    def head_role(self, definite: bool = True) -> str:
        """``Monsieur le Maire`` / ``Madame la Présidente``: a role without a name (never tagged)."""
        person = self.head
        title = self.authority.head_title(person.female)
        if person.female:
            article = "la" if title != "Maire" or self.rng.random() < 0.6 else "le"
            return f"Madame {article} {title}" if definite else f"{article} {title}"
        return f"Monsieur le {title}" if definite else f"le {title}"

    def head_the(self, cap: bool = True) -> str:
        """``Le Maire`` / ``La Présidente``: the head's title with its article."""
        title = self.authority.head_title(self.head.female)
        feminine = self.head.female and (title != "Maire" or self.rng.random() < 0.5)
        article = "La" if feminine else "Le"
        return f"{article if cap else article.lower()} {title}"

    # --- slots ------------------------------------------------------------------------------------
    def date(self, d: date, fmt: str | None = None) -> tuple[str, str]:
        text, fmt = dates.render_date(self.rng, d, fmt)
        self.note(f"date:{fmt}")
        return ent("DATE", text)

    def amount(
        self,
        value: float | None = None,
        fmt: str | None = None,
        *,
        tax: str | None = None,
        low: float = 50,
        high: float = 2_000_000,
    ) -> tuple[str, str]:
        value = amounts.magnitude(self.rng, low, high) if value is None else value
        text, fmt = amounts.render_amount(self.rng, value, fmt, tax=tax)
        self.note(f"amount:{fmt}")
        return ent("AMOUNT", text)

    def legal(self, kind: str | None = None) -> legal.Ref:
        ref = legal.legal_ref(self.rng, kind, year=self.session.year, dept=self.authority.departement.number)
        self.note(f"legal:{ref.kind}")
        return ref

    def budget(self, imp: budget.Imputation | None = None, form: str | None = None, **draw) -> Pieces:
        imp = imp or budget.draw_imputation(self.rng, **draw)
        pieces, form = budget.render_imputation(self.rng, imp, form)
        self.note(f"budget:{form}")
        return pieces

    def delib_id(self, d: date | None = None, seq: int | None = None, *, act: bool = False) -> tuple[str, str]:
        scheme = self.act_scheme if act else self.scheme
        if d is None and seq is None:
            d, seq = self.session, self.delib_seq
        d = d or self.session
        seq = seq if seq is not None else delib_ids.draw_seq(self.rng, self.authority.large)
        self.note(f"delib_id:{scheme.name}")
        return ent("DELIB_ID", scheme.render(d, seq))

    def this_id(self) -> str:
        return self.scheme.render(self.session, self.delib_seq)

    def earlier(self, min_days: int = 20, max_days: int = 1500) -> date:
        return dates.before(self.rng, self.session, min_days, max_days)

    # --- house style ------------------------------------------------------------------------------
    def label(self, word: str) -> str:
        """``Objet`` → ``Objet : `` in the document's colon style."""
        return word + self.typo.colon

    def q(self, text: str) -> str:
        return f"{self.typo.quotes[0]}{text}{self.typo.quotes[1]}"

    def heading(self, pieces: Pieces) -> Pieces:
        """A heading in the house style: capitals and stray markdown (outside spans, G3)."""
        if self.rng.random() < self.typo.caps_headings:
            pieces = [p.upper() if isinstance(p, str) else (p[0], p[1].upper()) for p in pieces]
        if self.rng.random() < self.typo.bold_headings:
            mark = self.rng.choice(("**", "**", "__", "# ", "## ", "■ "))
            close = mark if mark in ("**", "__") else ""
            self.note("noise:markdown")
            pieces = [mark, *pieces, close]
        return pieces

    def para(self) -> str:
        return "\n\n" if self.typo.blank_lines else "\n"


def draw_context(rng: random.Random, pool: NamePool, *, kind: str | None = None) -> Ctx:
    auth = draw_authority(rng, kind)
    session = dates.meeting_date(rng)
    count = min(auth.size, rng.choice((rng.randint(7, 20), rng.randint(15, 35), rng.randint(25, 55))))
    # A surname that is also a word of the authority's name would be tagged in one place and not the other.
    place_words = name_parts(auth.name, auth.short, auth.seat)
    members = []
    while len(members) < count:
        person = pool.person(rng)
        if not name_parts(person.last, person.other_last) & place_words:
            members.append(person)
    scheme = delib_ids.draw_scheme(rng, auth.body.code)
    act_scheme = delib_ids.draw_scheme(rng, auth.body.code, act=rng.choice(("arrêté", "décision")))
    return Ctx(
        rng=rng,
        pool=pool,
        authority=auth,
        session=session,
        members=members,
        style=pick_style(rng),
        typo=draw_typography(rng),
        scheme=scheme,
        act_scheme=act_scheme,
        delib_seq=delib_ids.draw_seq(rng, auth.large),
        verbosity=rng.choices((0, 1, 2, 3, 5, 8, 12), (6, 14, 22, 22, 18, 12, 6))[0],
    )
