"""Scoring engines on annotated data: metrics, error listings, reports, throughput."""
