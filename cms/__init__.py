"""Project package: settings, URLs and admin wiring of Passend Informatie."""
