"""Budget imputations from the M57/M14 nomenclatures (guidelines B1–B6).

An :class:`Imputation` holds consistent components (the nature's chapter, a
function, an operation…); :func:`render_imputation` writes it either as a chain
of component words in any order (``chapitre 65, article 6574, fonction 025``), as a
slash or dash code (``65/6574/025``, ``23/2313-108``), or in one of the forms that
leave words outside the span (``Imputation : ⟨65-6574-025⟩``,
``⟨chapitre 011⟩ « Charges à caractère général »``).

Example:
    >>> import random
    >>> imp = Imputation(chapter="65", nature="6574", function="025")
    >>> render_imputation(random.Random(0), imp, "slash")[0]
    [('BUDGET_CODE', '65/6574/025')]
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from training.synthetic import lexicon
from training.synthetic.builder import Pieces, ent

#: Functional chapters of the départements' and régions' votes by function (M52/M71 heritage).
FUNCTIONAL_CHAPTERS = (
    "900",
    "901",
    "902",
    "903",
    "904",
    "905",
    "907",
    "908",
    "909",
    "930",
    "931",
    "932",
    "933",
    "934",
    "935",
    "936",
    "937",
    "938",
    "939",
)


@dataclass(frozen=True, slots=True)
class Imputation:
    chapter: str
    nature: str
    function: str = ""
    operation: str = ""
    program: str = ""
    sub_policy: str = ""
    sub_function: str = ""
    label: str = ""
    section: str = "F"
    more_natures: tuple[str, ...] = ()


def draw_imputation(
    rng: random.Random,
    *,
    section: str | None = None,
    chapter: str | None = None,
    natures: tuple[str, ...] = (),
    functional: bool = False,
) -> Imputation:
    """A consistent imputation; optionally restricted to a section (``F``/``I``), a chapter or some natures."""
    wanted = natures
    # Chapters without natures (022 dépenses imprévues, 4581 opérations sous mandat) are cited as chapters only.
    natures = [n for n in lexicon.natures() if n.code != n.chapter]
    if wanted:
        natures = [n for n in natures if n.code in wanted] or natures
    elif chapter:
        natures = [n for n in natures if n.chapter == chapter] or natures
    elif section:
        natures = [n for n in natures if n.section == section]
    nature = rng.choice(natures)
    siblings = [n.code for n in lexicon.natures() if n.chapter == nature.chapter and n.code != nature.code]
    more = tuple(rng.sample(siblings, min(len(siblings), rng.choice((1, 1, 2))))) if siblings else ()
    function = rng.choice(lexicon.functions())[0]
    operation = rng.choice(
        (
            str(rng.randint(10, 99)),
            str(rng.randint(100, 999)),
            str(rng.randint(1000, 9999)),
            f"{rng.randint(2016, 2025)}{rng.randint(1, 40):02d}",
            f"{rng.randint(2016, 2025)}-{rng.randint(1, 20):02d}",
            f"{rng.choice(('ESS', 'VOI', 'BAT', 'ECO', 'SPO'))}-{rng.randint(1, 30):02d}",
        )
    )
    program = rng.choice(
        (
            f"P{rng.randint(1, 999):03d}",
            f"{rng.randint(100, 999)}",
            f"{rng.choice(('ECO', 'HAB', 'ROU', 'COL'))}-{rng.randint(1, 40):02d}",
            f"P{rng.randint(1, 99):02d}",
        )
    )
    chap = rng.choice(FUNCTIONAL_CHAPTERS) if functional else nature.chapter
    return Imputation(
        chapter=chap,
        nature=nature.code,
        function=function,
        operation=operation,
        program=program,
        sub_policy=f"{rng.choice('ABCDEFGHJ')}{rng.randint(100, 999)}",
        sub_function=str(rng.randint(10, 999)),
        label=nature.label,
        section=nature.section,
        more_natures=more,
    )


#: Forms and their weights when none is asked for.
FORMS: dict[str, float] = {
    "chain": 40,
    "slash": 10,
    "slash_two": 7,
    "dash": 5,
    "slash_operation": 3,
    "imputation_inline": 3,
    "imputation_colon": 4,
    "chapitre_label": 6,
    "plural": 5,
    "chapitres_list": 2,
    "chapitre_range": 2,
    "c_slash": 3,
}
# Orders of components in a chain, with weights: C chapitre, N nature/article/compte, F fonction,
# O opération, P programme, SP sous-politique, SF sous-fonction.
_CHAINS: tuple[tuple[tuple[str, ...], float], ...] = (
    (("C",), 14),
    (("N",), 12),
    (("C", "N"), 22),
    (("C", "N", "F"), 16),
    (("N", "F"), 5),
    (("C", "N", "F", "O"), 3),
    (("C", "N", "O"), 3),
    (("N", "O"), 4),
    (("O",), 2),
    (("C", "F", "N"), 2),
    (("F", "N"), 2),
    (("P", "C", "F", "N"), 2),
    (("C", "F", "N", "P"), 2),
    (("P", "N"), 2),
    (("P", "O"), 1),
    (("SP", "N", "F"), 2),
    (("SP", "N", "F", "O"), 1),
    (("C", "N", "F", "SP"), 2),
    (("C", "SF", "P", "N"), 1),
)
_WORDS = {
    "C": (("chapitre", 80), ("Chapitre", 12), ("Chap.", 5), ("CHAPITRE", 3)),
    "F": (("fonction", 85), ("Fonction", 12), ("fonct.", 3)),
    "O": (("opération", 70), ("Opération", 10), ("Op.", 8), ("op.", 7), ("opération n°", 5)),
    "P": (("programme", 85), ("Programme", 15)),
    "SP": (("sous-politique", 80), ("Sous-politique", 20)),
    "SF": (("sous-fonction", 100),),
}
_NATURE_WORDS = (
    ("article", 30),
    ("nature", 25),
    ("compte", 30),
    ("Article", 4),
    ("Nature", 4),
    ("Compte", 4),
    ("Art.", 3),
)


def _pick(rng: random.Random, table) -> str:
    return rng.choices([w for w, _ in table], [p for _, p in table])[0]


def _code(imp: Imputation, component: str) -> str:
    return {
        "C": imp.chapter,
        "N": imp.nature,
        "F": imp.function,
        "O": imp.operation,
        "P": imp.program,
        "SP": imp.sub_policy,
        "SF": imp.sub_function,
    }[component]


def _chain(rng: random.Random, imp: Imputation) -> str:
    order = rng.choices([o for o, _ in _CHAINS], [w for _, w in _CHAINS])[0]
    sep = rng.choices((", ", " – ", " - ", " ", ",\u00a0"), (45, 20, 12, 20, 3))[0]
    nature_word = _pick(rng, _NATURE_WORDS)
    parts = []
    for component in order:
        if component == "N":
            if imp.more_natures and rng.random() < 0.1:
                plural = {"art.": "articles", "article": "articles", "nature": "natures", "compte": "comptes"}.get(
                    nature_word.lower(), nature_word.lower() + "s"
                )
                codes = [imp.nature, *imp.more_natures]
                listed = codes[0] if len(codes) == 1 else ", ".join(codes[:-1]) + " et " + codes[-1]
                parts.append(f"{plural} {listed}")
            else:
                parts.append(f"{nature_word} {imp.nature}")
        else:
            word = _pick(rng, _WORDS[component])
            if word == "opération n°":
                parts.append(f"opération n° {imp.operation}")
            else:
                parts.append(f"{word} {_code(imp, component)}")
    return sep.join(parts)


def render_imputation(rng: random.Random, imp: Imputation, form: str | None = None) -> tuple[Pieces, str]:
    """``(pieces, form)``: the imputation as entity pieces, with any outside words as plain text."""
    form = form or rng.choices(list(FORMS), list(FORMS.values()))[0]
    if form == "chain":
        return [ent("BUDGET_CODE", _chain(rng, imp))], form
    if form == "slash":
        return [ent("BUDGET_CODE", f"{imp.chapter}/{imp.nature}/{imp.function}")], form
    if form == "slash_two":
        return [ent("BUDGET_CODE", f"{imp.chapter}/{imp.nature}")], form
    if form == "dash":
        return [ent("BUDGET_CODE", f"{imp.chapter}-{imp.nature}-{imp.function}")], form
    if form == "slash_operation":
        tail = rng.choice(
            (
                f"-{imp.operation}",
                f" op. {imp.operation}",
                f" – opération {imp.operation}",
                f"/{imp.function} op. {imp.operation}",
            )
        )
        return [ent("BUDGET_CODE", f"{imp.chapter}/{imp.nature}{tail}")], form
    if form == "imputation_inline":
        joiner = rng.choice(("/", "-", " / "))
        return [
            ent(
                "BUDGET_CODE",
                f"{rng.choice(('imputation', 'Imputation'))} {imp.chapter}{joiner}{imp.nature}{joiner}{imp.function}",
            )
        ], form
    if form == "imputation_colon":
        joiner = rng.choice(("/", "-", " - ", "/"))
        word = rng.choice(("Imputation", "Imputation budgétaire", "IMPUTATION", "Imputation comptable", "Imputation"))
        # A two-part code only with a slash: "16-165" would read as an act's number.
        two_parts = "/" in joiner and rng.random() < 0.25
        code = f"{imp.chapter}{joiner}{imp.nature}" + ("" if two_parts else f"{joiner}{imp.function}")
        return [f"{word} : ", ent("BUDGET_CODE", code)], form
    if form == "chapitre_label":
        label = lexicon.chapters().get(imp.chapter, imp.label)
        quoted = rng.choice((f" « {label} »", f' "{label}"', f" ({label})", f" – {label}", f" : {label}"))
        word = rng.choice(("chapitre", "Chapitre", "compte", "article") if imp.nature else ("chapitre", "Chapitre"))
        code = imp.chapter if word.lower() == "chapitre" else imp.nature
        if word.lower() != "chapitre":
            quoted = f" ({imp.label.lower()})"
        return [ent("BUDGET_CODE", f"{word} {code}"), quoted], form
    if form == "plural":
        word = rng.choice(("comptes", "articles", "natures"))
        codes = [imp.nature, *imp.more_natures]
        if len(codes) < 2:
            return [ent("BUDGET_CODE", f"{word[:-1]} {imp.nature}")], form
        return [ent("BUDGET_CODE", f"{word} {', '.join(codes[:-1])} et {codes[-1]}")], form
    if form == "chapitres_list":
        other = rng.choice([c for c in lexicon.chapters() if c != imp.chapter])
        joiner = rng.choice((" et ", ", ", " et "))
        return [ent("BUDGET_CODE", f"{rng.choice(('chapitres', 'Chapitres'))} {imp.chapter}{joiner}{other}")], form
    if form == "chapitre_range":
        low, high = sorted(rng.sample(("20", "21", "23", "204", "16", "10", "13"), 2))
        return ["du ", ent("BUDGET_CODE", f"chapitre {low}"), " au ", ent("BUDGET_CODE", f"chapitre {high}")], form
    if form == "chapitre":
        return [ent("BUDGET_CODE", f"{_pick(rng, _WORDS['C'])} {imp.chapter}")], form
    if form == "chapitre_nature":
        sep = rng.choice((", ", " – ", " ", ", "))
        return [
            ent("BUDGET_CODE", f"{_pick(rng, _WORDS['C'])} {imp.chapter}{sep}{_pick(rng, _NATURE_WORDS)} {imp.nature}")
        ], form
    if form == "compte":
        return [
            ent(
                "BUDGET_CODE",
                rng.choice(
                    (
                        f"compte {imp.nature}",
                        f"compte n° {imp.nature}",
                        f"compte N°{imp.nature}",
                        f"article {imp.nature}",
                        f"Compte {imp.nature}",
                    )
                ),
            )
        ], form
    if form == "c_slash":
        return [ent("BUDGET_CODE", rng.choice((f"c/{imp.nature}", f"c/ {imp.nature}", f"C/{imp.nature}")))], form
    raise ValueError(f"unknown imputation form {form!r}")
