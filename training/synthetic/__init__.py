"""The synthetic corpus generator: varied, exactly-annotated deliberations for training.

Layers, bottom up: :mod:`~training.synthetic.builder` (pieces → text and offsets, the
only place offsets are computed), :mod:`~training.synthetic.slots` (one module per slot
family: names and their case conventions, authorities, legal references, amounts, budget
codes, identifiers, dates, hard negatives), :mod:`~training.synthetic.subjects` (what an act
decides, and the third parties it names), :mod:`~training.synthetic.parts` (one module per
document part; :mod:`~training.synthetic.parts.topics` keeps report prose on its subject),
:mod:`~training.synthetic.documents` (templates), :mod:`~training.synthetic.casing`
(capitalised common nouns), :mod:`~training.synthetic.noise` (PDF-extraction noise as
piece transforms) and :mod:`~training.synthetic.corpus`.

Example:
    >>> from training.synthetic.corpus import SyntheticGenerator
    >>> doc = SyntheticGenerator(seed=1, pool_size=40).document(0)
    >>> all(doc.text[s.start:s.end] == s.text for s in doc.spans)
    True
"""
