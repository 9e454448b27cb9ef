"""delibner's extraction engine: labels, spans, extractors, merge, normalizers.

This package never imports the web service or the training code.
"""
