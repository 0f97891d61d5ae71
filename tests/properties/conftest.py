"""Hypothesis settings of the property tests.

No example database: nothing is written into the working tree (``.hypothesis/``),
and each run draws fresh examples; a failure prints the seed and a reproduce blob.
"""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("shopbot", database=None, deadline=None, print_blob=True)
settings.load_profile("shopbot")
