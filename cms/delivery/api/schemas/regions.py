from ninja import Schema


class RegionOut(Schema):
    code: str
    sector: str
    name: str
    address: str
    postcode: str
    city: str
    phone: str
    email: str
    website: str


class PostcodeRegions(Schema):
    """The two SWVs of a PC4 area: one for primary, one for secondary education."""

    postcode: str
    po: RegionOut | None
    vo: RegionOut | None


class RegionPage(Schema):
    count: int
    results: list[RegionOut]


class SchoolOut(Schema):
    code: str
    brin: str
    vestiging: str
    name: str
    street: str
    house_number: str
    postcode: str
    city: str
    municipality: str
    website: str
    regions: list[RegionOut]


class SchoolPage(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    results: list[SchoolOut]
