"""The starting list of kinds of signal (issue 25); superusers keep it up to date in the admin."""

KINDS = [
    ("communicatie met school", "Het gesprek of contact met school loopt niet goed."),
    ("thuiszitten", "Een kind gaat niet (of maar een deel van de week) naar school."),
    ("toelaatbaarheid/TLV", "Vragen over een toelaatbaarheidsverklaring voor speciaal onderwijs."),
    ("OPP", "Vragen over het ontwikkelingsperspectief van een leerling."),
    ("vervoer", "Vragen over leerlingenvervoer naar school."),
    ("schorsing/verwijdering", "Een leerling is geschorst of moet van school af."),
    ("zorg en onderwijs", "Zorg en onderwijs samen regelen, bijvoorbeeld met de gemeente."),
]


def ensure_signal_kinds(**kwargs) -> None:
    """Seed the starting list into an empty table, once: after that the list is the superusers'
    (a kind they deleted does not come back)."""
    from ..models import SignalKind

    if SignalKind.objects.exists():
        return
    SignalKind.objects.bulk_create(
        SignalKind(name=name, description=description, sort_order=order)
        for order, (name, description) in enumerate(KINDS, start=1)
    )
