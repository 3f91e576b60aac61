"""Demo content for ``make run``: the national set from the seeds and two example SWVs.

All texts are written for this project at B1 level; facts (names, numbers,
addresses) come from the seed documents.
"""
