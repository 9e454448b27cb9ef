"""delibner's data tooling, synthetic corpus, training, evaluation and benchmark."""
