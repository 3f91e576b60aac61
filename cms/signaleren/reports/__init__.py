"""Signaleren: the periodic, anonymised report per SWV (seed 002, pillar 'signaleren')."""
