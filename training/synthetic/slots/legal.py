"""References to legal texts: codes and their real article ranges, laws, decrees, arrêtés, EU texts (L1–L8).

Real texts come from ``resources/legal_texts.tsv``; synthetic decrees and
arrêtés get numbers consistent with their dates (a decree numbered late in the
year is dated late in the year). Each reference is returned as pieces, since the
title (``relative à…``) and qualifiers (``modifiée``) follow it outside the span.

Example:
    >>> import random
    >>> ref = legal_ref(random.Random(2), "law_article")
    >>> ref.pieces[0][0]
    'LEGAL_REF'
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from training.synthetic import lexicon
from training.synthetic.builder import Pieces, ent
from training.synthetic.slots.articles import (
    article_key,
    article_number,
    article_word,
    code_name,
    join_items,
    maybe_range,
    number_style,
    of_code,
    paragraph,
    same_section,
)
from training.synthetic.slots.dates import render_date
from training.synthetic.slots.legal_topics import FAMILY_CODES, FAMILY_TEXTS

#: Kinds of references and their weights in visas.
KINDS: dict[str, float] = {
    "code": 10,
    "code_with_article": 9,
    "code_article": 16,
    "articles_list": 6,
    "articles_suivants": 4,
    "article_same_code": 3,
    "law": 12,
    "law_named": 3,
    "law_article": 5,
    "decree": 8,
    "ordinance": 3,
    "arrete_prefectoral": 6,
    "arrete_ministeriel": 2,
    "arrete_bare": 2,
    "circulaire": 2,
    "eu_regulation": 2,
    "eu_directive": 1,
    "constitution": 1,
    "acronym": 2,
    "law_with_article": 3,
    "eu_with_articles": 1,
    "gdpr_name": 1,
    "eu_treaty": 1,
}
_QUALIFIERS = {
    True: (" modifiée", " susvisée", " précitée", " modifiée et complétée"),
    False: (" modifié", " susvisé", " précité"),
}
_FEMININE = frozenset({"loi", "ordonnance", "circulaire", "directive"})
_NICKNAMES = (
    "NOTRe",
    "ELAN",
    "MAPTAM",
    "ALUR",
    "SRU",
    "3DS",
    "LOM",
    "AGEC",
    "APER",
    "Climat et résilience",
    "Engagement et proximité",
    "Informatique et Libertés",
    "Chevènement",
    "Grenelle II",
    "MURCEF",
)
_ACRONYMS = ("CGCT", "CGCT", "CGCT", "CGI", "RGPD", "CG3P", "CCP")


@dataclass(frozen=True, slots=True)
class Ref:
    pieces: Pieces
    determiner: str  # "le ", "la ", "l'", "les "
    kind: str


def _legal_date(rng: random.Random, d: date) -> str:
    fmt = rng.choices(("long", "slash", "padded"), (88, 8, 4))[0]
    return render_date(rng, d, fmt)[0]


def synthetic_number(rng: random.Random, d: date, per_year: int = 1500) -> str:
    """A law/decree number consistent with its date (numbers run through the year)."""
    day_of_year = d.timetuple().tm_yday
    seq = max(1, int(per_year * day_of_year / 366 * rng.uniform(0.9, 1.1)))
    year = str(d.year) if d.year >= 2000 else f"{d.year % 100:02d}"
    return f"{year}-{seq}"


def prefecture_number(rng: random.Random, d: date, dept: str = "33") -> str:
    service = rng.choice(("DRCL", "DCL", "DDT", "DDTM", "SPR", "DCPPAT", "BCL", "DREAL", "SGAR"))
    form = rng.randrange(7)
    if form == 0:
        return f"{d.year}-{service}-{rng.randint(1, 400)}"
    if form == 1:
        return f"{dept}-{d.year}-{d.month:02d}-{d.day:02d}-{rng.randint(1, 200):05d}"
    if form == 2:
        return f"{service}/BCL/{d.year}-{rng.randint(1, 150)}"
    if form == 3:
        return f"{d.year}/{service}/{rng.choice(('SEB', 'SUA', 'BAT', 'PEC'))}/{rng.randint(1, 999)}"
    if form == 4:
        return f"{d.year % 100:02d}-{rng.randint(1, 999):03d}"
    if form == 5:
        return f"PREF/{service}/{d.year}/{rng.randint(1, 9999):04d}"
    return f"{d.year}{rng.randint(100, 999)}-{rng.randint(1, 99):04d}"


def _date_between(rng: random.Random, first: int, last: int) -> date:
    return date.fromordinal(rng.randint(date(first, 1, 1).toordinal(), date(last, 12, 31).toordinal()))


def _numero(rng: random.Random) -> str:
    return rng.choices(("n° ", "n°", "N° ", "no ", "nº ", ""), (70, 12, 8, 3, 2, 5))[0]


def _text_ref(rng: random.Random, text: lexicon.LegalText) -> tuple[str, str]:
    """Surface of a real text and the title that may follow it outside the span."""
    d = date.fromisoformat(text.date)
    kind = text.kind
    roll = rng.random()
    if text.number == text.date:  # a law known by its date only (loi du 1er juillet 1901)
        return f"{kind} du {_legal_date(rng, d)}", text.title
    if roll < 0.85:
        surface = f"{kind} {_numero(rng)}{text.number} du {_legal_date(rng, d)}"
    elif roll < 0.93:
        surface = f"{kind} du {_legal_date(rng, d)}"
    else:
        surface = f"{kind} {_numero(rng)}{text.number}"
    return surface, text.title


def _titled(title: str) -> Pieces:
    """A title as pieces: a code it names is a reference of its own (``… du ⟨code de la commande publique⟩``)."""
    lowered = title.lower()
    for code in lexicon.codes():
        at = lowered.find(code.name.lower())
        if at >= 0:
            end = at + len(code.name)
            return [title[:at], ent("LEGAL_REF", title[at:end]), title[end:]]
    return [title]


def _tail(rng: random.Random, title: str, feminine: bool) -> Pieces:
    """What may follow a reference outside its span: its title, a qualifier, or both (L1)."""
    roll = rng.random()
    qualifiers = _QUALIFIERS[feminine]
    if roll < 0.45 and title:
        return [" ", *_titled(title)]
    if roll < 0.65:
        return [rng.choice(qualifiers)]
    if roll < 0.72 and title:
        return [rng.choice(qualifiers) + " ", *_titled(title)]
    return []


def legal_ref(
    rng: random.Random, kind: str | None = None, *, year: int = 2024, dept: str = "33", family: str = ""
) -> Ref:
    """A reference of ``kind`` (see :data:`KINDS`), cited by an act passed in ``year`` on a subject of
    ``family`` (:mod:`~training.synthetic.parts.topics`), which makes its codes and texts likelier."""
    kind = kind or rng.choices(list(KINDS), list(KINDS.values()))[0]
    codes = lexicon.codes()
    cgct = codes[0]
    own_codes = [c for c in codes if c.name in FAMILY_CODES.get(family, ())]
    roll = rng.random()
    if roll < 0.5:
        code = cgct
    elif own_codes and roll < 0.92:
        code = rng.choice(own_codes)
    else:
        code = rng.choice(codes)
    texts = [t for t in lexicon.legal_texts() if int(t.date[:4]) <= year]
    if family in FAMILY_TEXTS and rng.random() < 0.8:
        texts = [t for t in texts if t.number in FAMILY_TEXTS[family]] or texts
    if kind == "code":
        pieces: Pieces = [ent("LEGAL_REF", code_name(rng, code.name))]
        if code.abbreviations and rng.random() < 0.15:
            pieces += [" (", ent("LEGAL_REF", code.abbreviations[0]), ")"]
        return Ref(pieces, "le ", kind)
    if kind == "code_with_article":
        arts = sorted(rng.sample(code.articles, min(len(code.articles), rng.choice((1, 1, 1, 2, 3)))), key=article_key)
        word = article_word(rng, len(arts) > 1)
        style = number_style(rng)
        listed = join_items([article_number(rng, a, style) for a in arts], rng)
        lead = rng.choice((", notamment son ", ", et notamment son ", " et notamment son ", ", en particulier son "))
        if len(arts) > 1:
            lead = lead.replace("son ", "ses ")
        return Ref(
            [ent("LEGAL_REF", code_name(rng, code.name)), lead, ent("LEGAL_REF", f"{word} {listed}")], "le ", kind
        )
    if kind == "code_article":
        art = article_number(rng, rng.choice(code.articles)) + paragraph(rng)
        return Ref([ent("LEGAL_REF", f"{article_word(rng)} {art} {of_code(rng, code)}")], "l'", kind)
    if kind == "articles_list":
        # A clerk writes every number of one reference alike, and a range runs within one section.
        style = number_style(rng)
        first = rng.choice(code.articles)
        family = sorted((a for a in code.articles if same_section(a, first)), key=article_key)
        if rng.random() < 0.3 and len(family) >= 2:
            low, high = sorted(rng.sample(family, 2), key=article_key)
            listed = f"{article_number(rng, low, style)} à {article_number(rng, high, style)}"
        else:
            arts = sorted(rng.sample(code.articles, min(len(code.articles), rng.randint(2, 4))), key=article_key)
            listed = join_items([maybe_range(rng, article_number(rng, a, style)) for a in arts], rng)
        return Ref([ent("LEGAL_REF", f"{article_word(rng, True)} {listed} {of_code(rng, code)}")], "les ", kind)
    if kind == "articles_suivants":
        art = article_number(rng, rng.choice(code.articles))
        suivants = rng.choice(("et suivants", "et suivants", "et suiv."))
        return Ref([ent("LEGAL_REF", f"{article_word(rng, True)} {art} {suivants} {of_code(rng, code)}")], "les ", kind)
    if kind == "article_same_code":
        art = article_number(rng, rng.choice(code.articles)) + paragraph(rng)
        same = rng.choice(("du même code", "dudit code", "du même code", "du même Code"))
        return Ref([ent("LEGAL_REF", f"{article_word(rng)} {art} {same}")], "l'", kind)
    if kind in ("law", "decree", "ordinance"):
        wanted = {"law": "loi", "decree": "décret", "ordinance": "ordonnance"}[kind]
        pool = [t for t in texts if t.kind == wanted]
        if (kind in ("decree", "law") and rng.random() < (0.45 if kind == "decree" else 0.3)) or not pool:
            d = _date_between(rng, max(1990, year - 12), year)
            number = synthetic_number(rng, d, per_year=2200 if kind == "decree" else 1800)
            surface = f"{wanted} {_numero(rng)}{number} du {_legal_date(rng, d)}"
            titles = (
                ("relatif aux modalités de mise en œuvre", "pris pour l'application de la loi")
                if kind == "decree"
                else ("relative à la simplification de l'action publique locale", f"de finances pour {d.year + 1}")
            )
            title = rng.choice((*titles, "portant diverses dispositions", "modifiant certaines dispositions", ""))
        else:
            text = rng.choice(pool)
            surface, title = _text_ref(rng, text)
            if text.nickname and rng.random() < 0.3:
                nick = f"loi {text.nickname}"
                lead: Pieces = (
                    [" ", *_titled(title), " ("] if rng.random() < 0.6 else [rng.choice((", dite ", " dite "))]
                )
                close = ")" if lead[-1] == " (" else ""
                det = {"law": "la ", "decree": "le ", "ordinance": "l'"}[kind]
                return Ref([ent("LEGAL_REF", surface), *lead, ent("LEGAL_REF", nick), close], det, kind)
        if kind == "decree" and title.startswith("relative"):
            title = title.replace("relative", "relatif", 1)
        det = {"law": "la ", "decree": "le ", "ordinance": "l'"}[kind]
        return Ref([ent("LEGAL_REF", surface), *_tail(rng, title, wanted in _FEMININE)], det, kind)
    if kind == "law_named":
        name = rng.choice(_NICKNAMES)
        pool = [t for t in texts if t.nickname == name]
        if pool and rng.random() < 0.4:
            surface, _ = _text_ref(rng, pool[0])
            lead = rng.choice((", dite ", " dite ", " (dite "))
            close = ")" if lead.startswith(" (") else ""
            return Ref([ent("LEGAL_REF", surface), lead, ent("LEGAL_REF", f"loi {name}"), close], "la ", kind)
        return Ref(
            [ent("LEGAL_REF", f"{rng.choice(('loi', 'Loi', 'loi dite'))} {name}".replace("loi dite ", "loi "))],
            "la ",
            kind,
        )
    if kind == "law_article":
        pool = [t for t in texts if t.kind == "loi"] or lexicon.legal_texts()
        law, _ = _text_ref(rng, rng.choice(pool))
        art = rng.choice(("10", "3-3", "34", "88", "136", "2", "1er", "47", "110", "5"))
        return Ref([ent("LEGAL_REF", f"{article_word(rng)} {art} de la {law}")], "l'", kind)
    if kind in ("arrete_prefectoral", "arrete_ministeriel", "arrete_bare"):
        d = _date_between(rng, max(2000, year - 8), year)
        if kind == "arrete_prefectoral":
            head = rng.choices(
                ("arrêté préfectoral", "arrêté interpréfectoral", "Arrêté préfectoral", "arrêté interministériel"),
                (76, 7, 11, 6),
            )[0]
            number = f" {_numero(rng) or 'n° '}{prefecture_number(rng, d, dept)}" if rng.random() < 0.7 else ""
        elif kind == "arrete_ministeriel":
            head, number = "arrêté ministériel", ""
        else:
            head, number = "arrêté", ""
        surface = f"{head}{number} du {_legal_date(rng, d)}"
        title = rng.choice(
            (
                "portant modification des statuts",
                "fixant la liste des communes",
                "portant déclaration d'utilité publique",
                "relatif à la composition du conseil",
                "",
            )
        )
        return Ref([ent("LEGAL_REF", surface), *_tail(rng, title, False)], "l'", kind)
    if kind == "circulaire":
        d = _date_between(rng, max(2005, year - 10), year)
        number = ""
        if rng.random() < 0.3:
            nor = f"{rng.choice(('INTB', 'TERB', 'RDFB', 'COTB'))}{d.year % 100:02d}{rng.randint(10000, 99999)}C"
            number = f" {_numero(rng) or 'n° '}{nor}"
        return Ref([ent("LEGAL_REF", f"circulaire{number} du {_legal_date(rng, d)}")], "la ", kind)
    if kind == "eu_regulation":
        variant = rng.randrange(4)
        if variant == 0:
            surface = "règlement (UE) 2016/679 du 27 avril 2016"
        elif variant == 1:
            surface = "règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016"
        elif variant == 2:
            surface = "règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013"
        else:
            surface = "règlement (UE) n° 651/2014 de la Commission du 17 juin 2014"
        return Ref([ent("LEGAL_REF", surface)], "le ", kind)
    if kind == "eu_directive":
        number = rng.choice(("2014/24/UE", "2014/23/UE", "2014/25/UE"))
        council = rng.choice(("", " du Parlement européen et du Conseil"))
        return Ref([ent("LEGAL_REF", f"directive {number}{council} du 26 février 2014")], "la ", kind)
    if kind == "constitution":
        art = rng.choice(("72", "72-2", "34", "72 et 72-2"))
        word = "articles" if " et " in art else "article"
        return Ref([ent("LEGAL_REF", f"{word} {art} de la Constitution")], "les " if " et " in art else "l'", kind)
    if kind == "law_with_article":
        pool = [t for t in texts if t.kind in ("loi", "décret", "ordonnance")] or lexicon.legal_texts()
        text = rng.choice(pool)
        surface, title = _text_ref(rng, text)
        det = {"loi": "la ", "décret": "le ", "ordonnance": "l'"}[text.kind]
        possessive = "son " if rng.random() < 0.7 else "ses "
        arts = (
            rng.choice(("10", "1er", "3", "34", "88", "136", "2", "5"))
            if possessive == "son "
            else rng.choice(("3 et 4", "1er à 5", "10 et 11", "34 et 35"))
        )
        word = "article" if possessive == "son " else "articles"
        middle: Pieces = [" ", *_titled(title)] if title and rng.random() < 0.4 else []
        middle.append(rng.choice((", notamment ", ", et notamment ", " et notamment ")) + possessive)
        return Ref([ent("LEGAL_REF", surface), *middle, ent("LEGAL_REF", f"{word} {arts}")], det, kind)
    if kind == "eu_with_articles":
        surface = rng.choice(
            (
                "règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016",
                "règlement (UE) 2016/679 du 27 avril 2016",
                "règlement (UE) n° 651/2014 de la Commission du 17 juin 2014",
            )
        )
        arts = rng.choice(("articles 6 et 9", "article 6", "articles 13 et 14", "article 2"))
        possessive = "ses " if arts.startswith("articles") else "son "
        return Ref(
            [
                ent("LEGAL_REF", surface),
                rng.choice((", notamment ", " et notamment ", ", en particulier ")) + possessive,
                ent("LEGAL_REF", arts),
            ],
            "le ",
            kind,
        )
    if kind == "eu_treaty":
        if rng.random() < 0.4:
            return Ref(
                [
                    ent(
                        "LEGAL_REF",
                        rng.choice(
                            (
                                "directive 2000/60/CE du 23 octobre 2000",
                                "directive 2008/98/CE du 19 novembre 2008",
                            )
                        ),
                    )
                ],
                "la ",
                kind,
            )
        name = rng.choice(
            ("traité sur le fonctionnement de l'Union européenne", "Traité sur le fonctionnement de l'Union européenne")
        )
        pieces = [ent("LEGAL_REF", name)]
        if rng.random() < 0.5:
            pieces += [
                ", notamment ses ",
                ent("LEGAL_REF", rng.choice(("articles 107 et 108", "article 107", "articles 106 et 107"))),
            ]
        return Ref(pieces, "le ", kind)
    if kind == "gdpr_name":
        name = rng.choice(
            (
                "règlement général sur la protection des données",
                "Règlement Général sur la Protection des Données",
                "règlement général sur la protection des données personnelles",
            )
        )
        pieces: Pieces = [ent("LEGAL_REF", name)]
        if rng.random() < 0.6:
            pieces += [" (", ent("LEGAL_REF", "RGPD"), ")"]
        return Ref(pieces, "le ", kind)
    if kind == "acronym":
        return Ref([ent("LEGAL_REF", rng.choice(_ACRONYMS))], "le ", kind)
    raise ValueError(f"unknown legal reference kind {kind!r}")
