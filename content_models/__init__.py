"""Editorial content (reviewed snippets) and reference data (SWVs, postcodes, schools).

Imports none of ``cms``, ``search`` or ``workflows``: they read and act on it
through signals and hooks.
"""
