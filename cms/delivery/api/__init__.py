"""The read-only headless API v1 (django-ninja), mounted under ``/api/v1/``."""
