"""delibner: entities out of French local-government deliberations.

The command-line entry point (``delibner …``) lives in :mod:`delibner.cli`;
the engine is :mod:`model`, the web service :mod:`service`, the data and
training tooling :mod:`training`.
"""

__version__ = "0.1.0"
