"""Demo panel members: enough per panel and region to reach the default quorum."""

from content_models.demo.regional import EXAMPLE_REGIONS
from content_models.models import Region

from .models import Panel, PanelMember

PSEUDONYMS = {
    Panel.OUDERS: ["Merel", "Vink", "Reiger", "Zwaluw", "Kievit"],
    Panel.JONGEREN: ["Komeet", "Planeet", "Meteoor", "Nevel", "Quasar"],
}


def load_demo_panels(log) -> int:
    created = 0
    scopes = [None, *Region.objects.filter(code__in=EXAMPLE_REGIONS)]
    for region in scopes:
        suffix = region.code if region else "Landelijk"
        for panel, names in PSEUDONYMS.items():
            for name in names:
                pseudonym = f"{name} {suffix}"
                member, new = PanelMember.objects.get_or_create(
                    pseudonym=pseudonym,
                    defaults={
                        "panel": panel,
                        "email": f"{name.lower()}.{suffix.lower()}@panel.voorbeeld.example",
                    },
                )
                if new and region:
                    member.regions.add(region)
                created += new
    return created
