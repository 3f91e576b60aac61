"""Editorial validation: readability engine, workflow tasks and the panel review page.

Acts on ``content_models``; filled in by the readability and workflow issues.
"""
