"""The panel review: personal links, the review page and the recording of answers."""
