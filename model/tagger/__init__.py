"""The transformer tagger: a token-classification model behind the extractor interface.

- :mod:`model.tagger.alignment` — character spans ↔ token IOB2 tags, decoding and repair;
- :mod:`model.tagger.windows` — sliding windows over long documents and stitching;
- :mod:`model.tagger.tagger` — :class:`TransformerTagger` (texts in, spans out);
- :mod:`model.tagger.loading` — :func:`load_tagger` for a model directory.

torch and transformers are imported only when a model is loaded.
"""

from model.tagger.loading import ModelLoadError, load_tagger
from model.tagger.tagger import TransformerTagger

__all__ = ["ModelLoadError", "TransformerTagger", "load_tagger"]
