"""The report's steunpunt part (issue 25): questions, time, trends, evaluations, signals for
the board and content gaps; small cells hidden in HTML, CSV and PDF; the national view."""

import csv
import io
import re
import uuid
from datetime import date

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from pypdf import PdfReader
from wagtail import hooks

from cms.signaleren.models import Channel, Feedback, Handling
from cms.signaleren.reports.cells import MINUS, change, hidden_cells
from cms.signaleren.reports.exports import to_html, to_pdf
from cms.signaleren.reports.period import parse_period
from cms.signaleren.reports.report import build_report
from cms.signaleren.reports.sections import sections
from cms.signaleren.reports.views import REPORT_REGIONS_HOOK
from content_models.models import Topic
from search.models import ZeroResultQuery
from tests.factories import InformationItemFactory, TopicFactory

from .factories import SignalKindFactory, SupportEvaluationFactory, make_contacts

pytestmark = pytest.mark.django_db

Q3, Q2 = date(2026, 8, 10), date(2026, 5, 10)
WITHHELD = "(weggelaten)"


@pytest.mark.parametrize(
    ("counts", "adds_up", "hidden"),
    [
        ([12, 6, 3], True, {1, 2}),  # one small cell: the smallest other goes too
        ([12, 6, 2, 2], True, {1, 2, 3}),  # hidden 2 + 2 < 5: one more
        ([12, 6, 3, 4], True, {2, 3}),  # hidden 3 + 4 ≥ 5: enough
        ([12, 6], True, set()),
        ([12, 3], False, {1}),  # parts that do not add up to a total: only the small one
        ([4], True, {0}),
    ],
)
def test_small_cells_and_cells_derivable_by_subtraction_are_hidden(counts, adds_up, hidden):
    assert hidden_cells(counts, adds_up=adds_up) == hidden


def test_percent_changes_say_their_direction():
    assert change(19, 10) == "+90%"
    assert change(88, 100) == f"{MINUS}12%" == "\u221212%"
    assert change(5, 5) == "0%"
    assert change(5, 0) == ""


@pytest.fixture
def quarter(region_a, region_b):
    """Q3 2026 at the steunpunt of SWV A, Q2 for the trend, a little in SWV B."""
    absence = TopicFactory(title="Thuiszitten", publish=True)
    transport = TopicFactory(title="Leerlingenvervoer", publish=True)
    care = TopicFactory(title="Zorgplicht", publish=True)
    suspension = TopicFactory(title="Schorsing", publish=True)
    InformationItemFactory(topics=[transport], review_by=date(2026, 1, 1), publish=True)
    InformationItemFactory(topics=[care], publish=True)
    kinds = {name: SignalKindFactory(name=name) for name in ("Thuiszitten", "Vervoer", "OPP")}
    a = {"region": region_a, "date": Q3}
    staying_home = make_contacts(
        12, **a, kind=kinds["Thuiszitten"], channel=Channel.PHONE, minutes=10, topics=[absence]
    )
    transport_contacts = make_contacts(
        6,
        **a,
        kind=kinds["Vervoer"],
        channel=Channel.EMAIL,
        minutes=20,
        topics=[transport, care],
        handling=Handling.REFERRED,
    )
    plans = make_contacts(
        3, **a, kind=kinds["OPP"], channel=Channel.CHAT, minutes=30, handling=Handling.ESCALATED
    )
    make_contacts(6, region=region_a, date=Q2, kind=kinds["Thuiszitten"], channel=Channel.PHONE)
    make_contacts(8, region=region_a, date=Q2, kind=kinds["Vervoer"], channel=Channel.PHONE)
    make_contacts(10, region=region_a, date=Q2, kind=kinds["OPP"], channel=Channel.PHONE)
    make_contacts(9, region=region_b, date=Q3, kind=kinds["OPP"], channel=Channel.PHONE)
    for contact in staying_home[:6]:
        SupportEvaluationFactory(contact=contact, helpful=4)
    for contact in transport_contacts[:5]:
        SupportEvaluationFactory(contact=contact, helpful=2)
    for contact in plans[:2]:
        SupportEvaluationFactory(contact=contact, helpful=1)
    ZeroResultQuery.objects.create(
        date=Q3, locale="nl", region_code=region_a.code, query="schorsing school", count=7
    )
    return {"suspension": suspension}


def denied(response) -> bool:
    """Wagtail answers a denied admin page with a redirect (home or login), never the page."""
    return response.status_code == 302 and "signaleren" not in response.url.split("?")[0]


def rows_of(report, title: str) -> dict[str, list]:
    (section,) = [s for s in sections(report) if s.title == title]
    return {str(row[0]): [str(cell) for cell in row[1:]] for row in section.rows}


def test_questions_by_kind_time_and_trend(quarter, region_a):
    report = build_report(region_a, parse_period("2026-Q3"))
    kinds = rows_of(report, "Vragen per soort signaal")
    # kind: now, before, change, minutes, median
    assert kinds["Thuiszitten"] == ["12", "6", "+100%", "120", "10"]
    assert kinds["Vervoer"] == [WITHHELD, "8", "–", WITHHELD, WITHHELD]  # else 21 - 12 - 6 = 3
    assert kinds["OPP"] == ["< 5", "10", "–", "< 5", "< 5"]
    summary = rows_of(report, "Vragen en tijd")
    assert summary["vragen"] == ["21", "24", f"{MINUS}12%"]
    assert summary["tijd in totaal (minuten)"][0] == str(12 * 10 + 6 * 20 + 3 * 30)
    assert summary["tijd per vraag, mediaan (minuten)"][0] == "10"
    channels = rows_of(report, "Vragen per kanaal")
    assert channels["Telefoon"] == ["12", WITHHELD, "–"]  # Q2: all by phone, the rest 0
    assert channels["E-mail"][0] == WITHHELD and channels["Chat"][0] == "< 5"
    handling = rows_of(report, "Wat het steunpunt deed")
    assert [handling[h][0] for h in ("Informatie gegeven", "Doorverwezen", "Opgeschaald")] == [
        "12",
        WITHHELD,
        "< 5",
    ]
    topics = rows_of(report, "Vragen per onderwerp")
    assert topics["Thuiszitten"][0] == "12" and topics["Zorgplicht"][0] == "6"


def test_evaluations_join_kind_and_handling_and_hide_small_groups(quarter, region_a):
    report = build_report(region_a, parse_period("2026-Q3"))
    by_kind = rows_of(report, "Evaluaties per soort signaal")
    assert by_kind["Thuiszitten"] == ["6", "4.0", "100%"]
    assert by_kind["OPP"] == ["< 5"] * 3
    assert by_kind["Vervoer"] == [WITHHELD] * 3  # else 13 - 6 would give OPP's 2
    summary = rows_of(report, "Vragen en tijd")
    assert summary["evaluaties ingevuld"][0] == "13"
    assert summary["gemiddeld cijfer (1 tot 5)"][0] == f"{(6 * 4 + 5 * 2 + 2 * 1) / 13:.1f}"


def test_signals_for_the_board_and_content_gaps(quarter, region_a):
    report = build_report(region_a, parse_period("2026-Q3"))
    (board,) = [s for s in sections(report) if s.title == "Wat groeide het meest"]
    assert [[str(cell) for cell in row] for row in board.rows] == [
        ["Thuiszitten", "onderwerp", "12", "< 5", "–"],
        ["Leerlingenvervoer", "onderwerp", "6", "< 5", "–"],
        ["Thuiszitten", "soort signaal", "12", "6", "+100%"],
        ["Zorgplicht", "onderwerp", "6", "< 5", "–"],
    ]  # Vervoer fell, OPP is small
    gaps = {gap.title: gap for gap in report.gaps}
    assert set(gaps) == {"Thuiszitten", "Leerlingenvervoer", "Schorsing"}  # Zorgplicht is current
    assert (gaps["Thuiszitten"].questions, gaps["Thuiszitten"].status) == (12, "Geen informatie")
    assert gaps["Leerlingenvervoer"].status == "Informatie verouderd"
    assert (gaps["Schorsing"].questions, gaps["Schorsing"].searches) == (0, 7)
    edit = reverse(Topic.snippet_viewset.get_url_name("edit"), args=[quarter["suspension"].pk])
    assert gaps["Schorsing"].admin_url == edit
    assert f'<a href="{edit}">Schorsing</a>' in to_html(report, standalone=False)


def test_small_cells_are_hidden_alike_in_html_csv_and_pdf(quarter, region_a, client, editors):
    client.force_login(editors["regional_a"])
    url = reverse("signaleren") + f"?region={region_a.pk}&period=2026-Q3"
    page = client.get(url).content.decode()
    assert re.search(r"<th scope=\"row\">OPP</th><td>&lt; 5</td>", page)
    assert re.search(rf"<th scope=\"row\">Vervoer</th><td>{re.escape(WITHHELD)}</td>", page)

    table = list(
        csv.reader(
            io.StringIO(client.get(url + "&format=csv").content.decode("utf-8-sig")), delimiter=";"
        )
    )
    kinds = table[[row[:1] for row in table].index(["Vragen per soort signaal"]) + 2 :][:3]
    assert ["OPP", "< 5", "10", "–", "< 5", "< 5"] in kinds
    assert ["Vervoer", WITHHELD, "8", "–", WITHHELD, WITHHELD] in kinds

    pdf = client.get(url + "&format=pdf")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    text = re.sub(r"\s+", " ", text)
    assert "OPP < 5 10 – < 5 < 5" in text
    assert f"Vervoer {WITHHELD} 8 – {WITHHELD} {WITHHELD}" in text


def test_the_pdf_has_the_charts_and_is_tagged_for_screen_readers(quarter, region_a):
    reader = PdfReader(io.BytesIO(to_pdf(build_report(region_a, parse_period("2026-Q3")))))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "nl"
    kinds, figures, stack = set(), set(), [root["/StructTreeRoot"].get_object()]
    while stack:
        node = stack.pop()
        kinds.add(str(node.get("/S", "")))
        if node.get("/S") == "/Figure":
            figures.add(str(node.get("/Alt")))
        children = node.get("/K", [])
        children = children if isinstance(children, list) else [children]
        stack += [c.get_object() for c in children if hasattr(c.get_object(), "get")]
    assert {"/H1", "/H2", "/Table", "/TH", "/TD"} <= kinds
    # the charts are in it, as figures with their title for a screen reader
    assert {"Gelezen per week", "Vragen per soort signaal"} <= figures
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Wat groeide het meest" in text and "Ontbrekende of verouderde informatie" in text


def test_weekly_chart_has_its_numbers_as_a_table_beside_it(region_a):
    from cms.signaleren.models import UsageCount

    weeks = ((7, 1, 10), (7, 6, 40), (7, 13, 3), (7, 20, 12), (7, 27, 8))
    for day, views in ((date(2026, month, day), views) for month, day, views in weeks):
        UsageCount.objects.create(
            date=day, item_slug="a", region_code=region_a.code, locale="nl", views=views
        )
    html = to_html(build_report(region_a, parse_period("2026-07")), standalone=False)
    chart = html[html.index("Gelezen per week</h3>") :]
    chart = chart[: chart.index("</table>")]
    assert "<svg" in chart and "<table" in chart
    assert '<th scope="row">06-07</th><td>40</td>' in chart
    # one small week would be derivable from the total: it and the smallest other are hidden
    assert '<th scope="row">13-07</th><td>&lt; 5</td>' in chart
    assert f'<th scope="row">27-07</th><td>{WITHHELD}</td>' in chart


@pytest.mark.parametrize("download", ["", "&format=csv", "&format=pdf"])
def test_a_future_period_is_refused(client, editors, region_a, download):
    client.force_login(editors["regional_a"])
    response = client.get(reverse("signaleren") + f"?region={region_a.pk}&period=2099-Q1{download}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert "nog niet begonnen" in response.content.decode()


def test_the_command_refuses_a_future_period_and_makes_the_national_view(quarter, region_a):
    with pytest.raises(CommandError, match="nog niet begonnen"):
        call_command("signalen_rapport", "--region", region_a.code, "--period", "2099-Q1")
    out = io.StringIO()
    call_command(
        "signalen_rapport", "--national", "--period", "2026-Q3", "--format", "csv", stdout=out
    )
    assert "Alle samenwerkingsverbanden samen" in out.getvalue()
    assert region_a.code not in out.getvalue()


def test_national_view_aggregates_all_regions_only(quarter, region_a, region_b, client, editors):
    comment = "De uitleg over het OPP vond ik te moeilijk."
    for _ in range(5):  # a theme is quoted from five comments on
        Feedback.objects.create(
            date=Q3,
            item_slug="a",
            item_key=uuid.uuid4(),
            region_code=region_a.code,
            locale="nl",
            helpful=False,
            comment=comment,
        )
    assert comment in to_html(build_report(region_a, parse_period("2026-Q3")))
    report = build_report(None, parse_period("2026-Q3"))
    kinds = rows_of(report, "Vragen per soort signaal")
    assert kinds["OPP"][0] == str(3 + 9)  # A's three are small, together they are not
    html = to_html(report)
    for text in (region_a.code, region_b.code, region_a.name, region_b.name, comment):
        assert text not in html
    url = reverse("signaleren_landelijk") + "?period=2026-Q3"
    for role in ("superuser", "final", "national"):
        client.force_login(editors[role])
        page = client.get(url)
        assert (
            page.status_code == 200 and "Alle samenwerkingsverbanden samen" in page.content.decode()
        )
        assert client.get(url + "&format=pdf").content.startswith(b"%PDF")
        assert "Signaleren landelijk" in client.get(reverse("wagtailadmin_home")).content.decode()
    for role in ("regional_a", "regional_b"):
        client.force_login(editors[role])
        assert denied(client.get(url))
        assert (
            "Signaleren landelijk" not in client.get(reverse("wagtailadmin_home")).content.decode()
        )


@pytest.fixture
def steunpunt_user(make_user, region_a):
    """Steunpunt staff of SWV A: may view contacts; its SWV comes from the role's hook."""
    group = Group.objects.create(name="Steunpunt test")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["view_supportcontact", "access_admin"])
    )
    user = make_user("steunpunt-a", group.name)
    with hooks.register_temporarily(
        REPORT_REGIONS_HOOK, lambda u: [region_a.pk] if u.groups.filter(pk=group.pk) else []
    ):
        yield user


def test_steunpunt_staff_read_only_their_own_swv(
    steunpunt_user, quarter, region_a, region_b, client
):
    client.force_login(steunpunt_user)
    own = client.get(reverse("signaleren") + f"?region={region_a.pk}&period=2026-Q3")
    assert own.status_code == 200 and own.context["report"] is not None
    other = client.get(reverse("signaleren") + f"?region={region_b.pk}&period=2026-Q3")
    assert other.context["report"] is None
    assert denied(client.get(reverse("signaleren_landelijk")))


def test_the_region_hook_counts_only_for_who_may_view_contacts(make_user, region_a, client):
    user = make_user("zonder-recht")
    with hooks.register_temporarily(REPORT_REGIONS_HOOK, lambda u: [region_a.pk]):
        client.force_login(user)
        assert denied(client.get(reverse("signaleren")))
