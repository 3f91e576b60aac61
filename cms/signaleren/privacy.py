"""The privacy screening of free text, for the signaleren app and its users.

It lives in ``content_models.privacy`` so that ``search`` and ``workflows``,
which may not import ``cms``, screen text with the same rules.
"""

from content_models.privacy import looks_personal, mask_personal_data

__all__ = ["looks_personal", "mask_personal_data"]
