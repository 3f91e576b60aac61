"""One table of search cases, run against every backend (database here, Elasticsearch live).

Each case: the words a parent types, the filters, and the result that must come first
(or one of the equally right results).
"""

from typing import NamedTuple


class Case(NamedTuple):
    query: str
    kind: str | None
    first: str
    region: str | None = None
    #: Results as right as ``first``: one of them must come first.
    also: tuple[str, ...] = ()

    def holds_for(self, slugs: list[str]) -> bool:
        return bool(slugs) and slugs[0] in {self.first, *self.also}


CASES = [
    Case("rugzakje", "item", "extra-ondersteuning-en-tlv"),
    Case("TLV", "item", "extra-ondersteuning-en-tlv"),
    Case("tlv aanvragen", None, "extra-ondersteuning-en-tlv"),
    Case("toelaatbaarheidsverklaring", "glossary_term", "toelaatbaarheidsverklaring"),
    Case("thuiszitter", "item", "mijn-kind-zit-thuis"),
    Case("thuiszitten", "item", "mijn-kind-zit-thuis"),
    Case("klacht school", "item", "klacht-over-school"),
    # "Mag niet naar school" is a suspension as much as staying home: both texts answer it
    # (the schorsing text uses the very words): either may come first.
    Case(
        "mijn kind mag niet naar school",
        "item",
        "mijn-kind-zit-thuis",
        also=("schorsing-en-verwijdering",),
    ),
    Case("zorgplicht", "item", "zorgplicht"),  # the title wins over a mention in a body
    Case("ZORGPLICHT", "glossary_term", "zorgplicht"),
    Case("jeugdsteunpunt", "organisation", "po2001-steunpunt", region="PO2001"),
]

# What must not be found at all.
NOT_FOUND = [
    Case("jeugdsteunpunt", "organisation", "po2001-steunpunt", region=None),  # regional, no region
    Case("jeugdsteunpunt", "organisation", "po2001-steunpunt", region="VO2708"),  # other region
]
