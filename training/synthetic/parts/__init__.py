"""Document parts: each a function of the document context that returns a piece list."""
