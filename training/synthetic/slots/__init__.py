"""Slot families: each a function of a seeded ``random.Random`` that returns surfaces or pieces."""
