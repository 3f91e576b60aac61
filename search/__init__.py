"""Search: elasticsearch-dsl documents, the database backend and the search service.

Reads ``content_models``; filled in by the search issue.
"""
