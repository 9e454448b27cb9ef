"""Everything one document shares: its authority, session, members, house style, and its slot helpers.

The helpers wrap the slot functions of :mod:`training.synthetic.slots` so that
each draw is noted for the ``--stats`` report, and pick from the document's
house style (how it writes names, colons, apostrophes, headings).

Example:
    >>> import random
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> pieces = ctx.name(ctx.head, "First LAST", civility=False)
    >>> pieces[0][0]
    'OFFICIAL'
    >>> ctx.case in ("upper_last", "title", "caps")
    True
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from training.synthetic.builder import Pieces, ent
from training.synthetic.slots import amounts, budget, budget_phrases, dates, delib_ids, legal, negatives
from training.synthetic.slots.authorities import Authority, draw_authority
from training.synthetic.slots.name_pool import NamePool
from training.synthetic.slots.names import NEEDS_CIVILITY, Person, civility, name_parts, pick_style, render, split_style
from training.synthetic.typography import Typography, draw_typography

#: Case conventions of a document's names and their weights: surname in capitals, title case, all capitals.
CASE_WEIGHTS = {"upper_last": 50, "title": 32, "caps": 18}


@dataclass
class Ctx:
    rng: random.Random
    pool: NamePool
    authority: Authority
    session: date
    members: list[Person]  # elected members; members[0] presides
    style: str  # the document's usual name order (``First LAST``, ``LAST First``…)
    case: str  # the document's case convention for names (see ``CASE_WEIGHTS``)
    prose_case: str  # the case names take in running text (a register may write lists in capitals only)
    caps_blocks: bool  # in an all-capitals register, whole lists and vote lines are in capitals
    capitalised_nouns: bool  # ``le Conseil Municipal``, ``le Budget Primitif``: capitals that are not names
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
    used: Counter = field(default_factory=Counter)  # sentences and phrasings already written, to vary prose
    family: str = ""  # the family of the subject being written (see parts.topics)
    ids: set[str] = field(default_factory=set)  # DELIB_ID surfaces written so far
    reserved: set[str] = field(default_factory=set)  # numbers written untagged (markets, loans): never an id
    page_forms: tuple[int, int] | None = None  # running header and footer, the same on every page
    _outsiders: list[Person] = field(default_factory=list)
    _elected_elsewhere: list[Person] = field(default_factory=list)

    # --- people -----------------------------------------------------------------------------------
    @property
    def head(self) -> Person:
        return self.members[0]

    @property
    def speakers(self) -> list[Person]:
        """Members who can speak or report: those present at the session (all members before the roll call)."""
        return self.present or self.members

    def fresh(self, options):
        """One of ``options`` not written yet in this document when there is one (real reports do not repeat)."""
        unused = [option for option in options if not self.used[option]]
        choice = self.rng.choice(unused or list(options))
        self.used[choice] += 1
        return choice

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
        self,
        person: Person,
        style: str | None = None,
        *,
        civility: bool | None = None,
        long: bool = False,
        case: str | None = None,
    ) -> Pieces:
        """A member's name as pieces: civility (outside), then the name (``OFFICIAL``) in the document's case."""
        style = style or (self.style if self.rng.random() < 0.85 else pick_style(self.rng))
        order, case = split_style(style, case or self._case())
        self.note(f"name:{order}")
        name = render(
            person, order, case=case, accents=self.typo.accents_on_caps, particle_case=self.typo.particle_case
        )
        if civility is None:
            civility = order in NEEDS_CIVILITY or self.rng.random() < 0.55
        if civility or order in NEEDS_CIVILITY:
            return [self.civility(person, long, caps=case == "caps") + " ", ent("OFFICIAL", name)]
        return [ent("OFFICIAL", name)]

    def bare_name(self, person: Person, style: str | None = None, *, case: str | None = None) -> tuple[str, str]:
        """A member's name with no civility at all (after a plural civility: ``Mmes ⟨ROCHE⟩, ⟨TALBI⟩``)."""
        order, case = split_style(style or self.style, case or self._case())
        self.note(f"name:{order}")
        return ent(
            "OFFICIAL",
            render(person, order, case=case, accents=self.typo.accents_on_caps, particle_case=self.typo.particle_case),
        )

    def prose_name(self, person: Person, style: str | None = None, *, civility: bool | None = None) -> Pieces:
        """A member named in running text: first name first or civility and surname, in the prose case."""
        style = style or self.rng.choices(("First LAST", "LAST", "F. LAST", self.style), (62, 25, 3, 10))[0]
        return self.name(person, style, civility=civility, case=self.prose_case)

    def _case(self) -> str:
        if self.rng.random() < 0.94:
            return self.case
        return self.rng.choices(tuple(CASE_WEIGHTS), tuple(CASE_WEIGHTS.values()))[0]

    def plain_name(
        self, person: Person, style: str | None = None, *, civility: bool | None = None, case: str | None = None
    ) -> str:
        """A non-member's name: the same shapes and case as a member's in running text, never tagged (O5)."""
        style = style or self.rng.choices(("First LAST", "LAST", self.style, pick_style(self.rng)), (60, 12, 20, 8))[0]
        order, case = split_style(style, case or self.prose_case)
        name = render(
            person, order, case=case, accents=self.typo.accents_on_caps, particle_case=self.typo.particle_case
        )
        self.note("negative:person")
        if civility is None:
            civility = order in NEEDS_CIVILITY or self.rng.random() < 0.6
        return f"{self.civility(person, caps=case == 'caps')} {name}" if civility else name

    def civility(self, person: Person, long: bool = False, *, caps: bool = False) -> str:
        return civility(person, self.rng, long, caps=caps)

    def caps_block(self, pieces: Pieces) -> Pieces:
        """A list or vote block as an all-capitals register writes it: everything in capitals."""
        if not (self.case == "caps" and self.caps_blocks):
            return pieces
        self.note("template:caps_block")
        return [p.upper() if isinstance(p, str) else (p[0], p[1].upper()) for p in pieces]

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
        ref = legal.legal_ref(
            self.rng, kind, year=self.session.year, dept=self.authority.departement.number, family=self.family
        )
        self.note(f"legal:{ref.kind}")
        return ref

    def budget(self, imp: budget.Imputation | None = None, form: str | None = None, **draw) -> Pieces:
        imp = imp or budget.draw_imputation(self.rng, **draw)
        pieces, form = budget.render_imputation(self.rng, imp, form)
        self.note(f"budget:{form}")
        return pieces

    def budget_in(self, prep: str, imp: budget.Imputation | None = None, form: str | None = None, **draw) -> Pieces:
        """An imputation inside a sentence, after ``prep`` and the article its first word takes."""
        imp = imp or budget.draw_imputation(self.rng, **draw)
        pieces, form = budget_phrases.render_in_sentence(self.rng, imp, prep, form)
        self.note(f"budget:{form}")
        return pieces

    def delib_id(self, d: date | None = None, seq: int | None = None, *, act: bool = False) -> tuple[str, str]:
        scheme = self.act_scheme if act else self.scheme
        if d is None and seq is None:
            d, seq = self.session, self.delib_seq
        d = d or self.session
        seq = seq if seq is not None else delib_ids.draw_seq(self.rng, self.authority.large)
        self.note(f"delib_id:{scheme.name}")
        text = scheme.render(d, seq)
        while text in self.reserved:  # a market number already written: the same surface must not be both
            seq += 1
            text = scheme.render(d, seq)
        self.ids.add(text)
        return ent("DELIB_ID", text)

    def contract_number(self) -> str:
        """A market, lot or loan contract number (never a DELIB_ID, D4) that no act of the document bears."""
        while True:
            text = negatives.contract_number(self.rng, self.session.year)
            if text.split()[-1] not in self.ids | {self.this_id()}:
                self.reserved.add(text.split()[-1])
                return text

    def this_id(self) -> str:
        return self.scheme.render(self.session, self.delib_seq)

    def earlier(self, min_days: int = 20, max_days: int = 1500) -> date:
        """A working day before the session: earlier sittings, acts and letters are not dated on Sundays."""
        return dates.working_day(dates.before(self.rng, self.session, min_days, max_days))

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
    case = rng.choices(tuple(CASE_WEIGHTS), tuple(CASE_WEIGHTS.values()))[0]
    prose_case = case
    if case == "caps":
        prose_case = rng.choices(("title", "upper_last", "caps"), (50, 30, 20))[0]
    elif rng.random() < 0.08:
        prose_case = "title" if case == "upper_last" else "upper_last"
    return Ctx(
        rng=rng,
        pool=pool,
        authority=auth,
        session=session,
        members=members,
        style=pick_style(rng),
        case=case,
        prose_case=prose_case,
        caps_blocks=case == "caps" and rng.random() < 0.65,
        capitalised_nouns=rng.random() < (0.55 if case == "title" else 0.2),
        typo=draw_typography(rng),
        scheme=scheme,
        act_scheme=act_scheme,
        delib_seq=delib_ids.draw_seq(rng, auth.large),
        verbosity=rng.choices((2, 3, 4, 5, 6, 8, 12), (5, 10, 18, 20, 20, 16, 11))[0],
    )
