"""Signals for writes that Django's model signals do not see.

``bulk_create`` and ``bulk_update`` send no ``post_save``: code that writes in
bulk sends ``content_changed`` itself, so the delivery side (cache, CDN, search)
hears about it. This package imports none of its listeners.
"""

from django.dispatch import Signal

# Sent with ``sender`` = the model written in bulk (e.g. ``Region`` by a DUO import).
content_changed = Signal()
