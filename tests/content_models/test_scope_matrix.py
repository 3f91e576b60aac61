"""The permission matrix beyond the edit views: choosers, Inspect, history, revisions,
usage, workflow views and wagtail-localize, for every role, over HTTP.

A regional editor sees their own SWV and the *live* version of national content;
never another SWV's content, never a national draft (nor the draft of a live
national text).
"""

import json
import re
from datetime import date
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import Locale, Workflow, WorkflowState
from wagtail_localize.models import Translation

from cms.signaleren.reports.report import content_state
from content_models.models import InformationItem, Organisation
from workflows.models import PanelReviewTask

from ..factories import InformationItemFactory, OrganisationFactory
from .test_permissions import EDIT, ROLES, login, status, url

pytestmark = pytest.mark.django_db

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
SCOPES = ("national", "national_draft", "a", "b")
# role -> the scopes whose drafts, revisions and workflow steps it may read
DRAFTS = {
    "superuser": set(SCOPES),
    "final": set(SCOPES),
    "national": set(SCOPES),
    "regional_a": {"a"},
    "regional_b": {"b"},
}


def may_view(role: str, scope: str) -> bool:
    return scope in DRAFTS[role] or scope == "national"


def may_change(role: str, scope: str) -> bool:
    return scope.removesuffix("_draft") in EDIT[role]


def with_draft(factory, title_field: str, **kwargs):
    """A published object with a newer draft whose title says it is one."""
    obj = factory(publish=True, **kwargs)
    setattr(obj, title_field, f"{getattr(obj, title_field)} CONCEPT")
    obj.save_revision()
    obj.refresh_from_db()
    return obj


@pytest.fixture
def objects(region_a, region_b, editors):
    national_draft = InformationItemFactory(title="Landelijk CONCEPT")
    national_draft.save_revision()
    objs = {
        "national": with_draft(InformationItemFactory, "title"),
        "national_draft": national_draft,
        "a": with_draft(InformationItemFactory, "title", region=region_a),
        "b": with_draft(InformationItemFactory, "title", region=region_b),
    }
    english = Locale.objects.get(language_code="en")
    translator = Client()
    translator.force_login(editors["superuser"])
    for obj in objs.values():
        submit = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["content_models", "informationitem", obj.pk],
        )
        assert translator.post(submit, {"locales": [english.pk]}).status_code == 302
        obj.translation = Translation.objects.get(
            source__object_id=obj.translation_key, target_locale=english
        )
    return objs


def draft_titles(objs, role) -> list[str]:
    """The draft titles ``role`` must never see."""
    return [
        f"{obj.title} CONCEPT" if scope != "national_draft" else obj.title
        for scope, obj in objs.items()
        if scope not in DRAFTS[role]
    ]


@pytest.mark.parametrize("role", ROLES)
def test_object_views_show_only_what_the_role_may_read(client, editors, objects, role):
    login(client, editors[role])
    wrong = []
    for scope, obj in objects.items():
        view, drafts, change = may_view(role, scope), scope in DRAFTS[role], may_change(role, scope)
        latest, live = obj.latest_revision_id, obj.live_revision_id or obj.latest_revision_id
        expected = {
            url(InformationItem, "inspect", obj.pk): view,
            url(InformationItem, "history", obj.pk): view,
            url(InformationItem, "usage", obj.pk): view,
            url(InformationItem, "revisions_view", obj.pk, latest): drafts,
            url(InformationItem, "revisions_view", obj.pk, live): drafts or scope == "national",
            url(InformationItem, "revisions_compare", obj.pk, "live", latest): drafts,
            url(InformationItem, "workflow_history", obj.pk): drafts,
            url(InformationItem, "confirm_workflow_cancellation", obj.pk): change,
        }
        for address, allowed in expected.items():
            response = client.get(address)
            if (status(response) == 200) != allowed or status(response) not in (200, 403):
                wrong.append((scope, address, status(response)))
            elif allowed and not drafts:
                html = response.content.decode()
                wrong += [(scope, address, t) for t in draft_titles(objects, role) if t in html]
    assert not wrong


def test_inspect_shows_reader_facing_fields_in_plain_words(client, editors, objects):
    login(client, editors["regional_a"])
    html = client.get(url(InformationItem, "inspect", objects["national"].pk)).content.decode()
    for internal in ("Translation key", "Api form", "Live revision", "Latest revision"):
        assert internal not in html
    assert not re.search(r"<dd>\s*(None|True|False)\s*</dd>", html)
    assert objects["national"].title in html


@pytest.mark.parametrize("role", ROLES)
def test_choosers_offer_only_what_the_role_may_see(
    client, editors, objects, region_a, region_b, role
):
    orgs = {
        "national": OrganisationFactory(publish=True),
        "national_draft": OrganisationFactory(),
        "a": OrganisationFactory(region=region_a),
        "b": OrganisationFactory(region=region_b),
    }
    login(client, editors[role])
    for model, objs in ((InformationItem, objects), (Organisation, orgs)):
        viewset = model.snippet_viewset.chooser_viewset
        results = reverse(viewset.get_url_name("choose_results"))
        html = client.get(results, {"q": ""}).content.decode()
        for scope, obj in objs.items():
            chosen = client.get(reverse(viewset.get_url_name("chosen"), args=[obj.pk]))
            assert (chosen.status_code == 200) == may_view(role, scope), (model, scope)
            chosen_url = reverse(viewset.get_url_name("chosen"), args=[obj.pk])
            assert (chosen_url in html) == may_view(role, scope), (model, scope)
            # Searching for it by name, as an editor types into the chooser.
            found = client.get(results, {"q": str(obj)})
            assert found.status_code == 200, (model, scope)
            assert (chosen_url in found.content.decode()) == may_view(role, scope), (model, scope)
        multiple = client.get(
            reverse(viewset.get_url_name("chosen_multiple")),
            {"id": [obj.pk for obj in objs.values()]},
        )
        chosen_ids = {row["id"] for row in json.loads(multiple.content)["result"]}
        assert chosen_ids == {str(o.pk) for s, o in objs.items() if may_view(role, s)}


@pytest.mark.parametrize("role", ROLES)
def test_localize_views_act_only_within_scope(client, editors, objects, role):
    login(client, editors[role])
    wrong = []
    for scope, obj in objects.items():
        change = may_change(role, scope)
        translation = obj.translation
        submit = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["content_models", "informationitem", obj.pk],
        )
        requests = {
            ("get", submit): change,
            (
                "get",
                reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            ): change,
            ("get", reverse("wagtail_localize:download_pofile", args=[translation.pk])): change,
        }
        for (method, address), allowed in requests.items():
            code = status(getattr(client, method)(address))
            if (code == 200) != allowed or code not in (200, 403):
                wrong.append((scope, address, code))
        segment = translation.source.stringsegment_set.first()
        edit = reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
        )
        code = status(
            client.put(edit, urlencode({"value": "Overgenomen"}), content_type=FORM_CONTENT_TYPE)
        )
        if (code == 403) == change:
            wrong.append((scope, edit, code))
        # Uploading a PO file and "Sync translations" write too: refused outside the scope.
        writes = {
            # (no file: allowed, it returns to ``next`` with a message)
            reverse("wagtail_localize:upload_pofile", args=[translation.pk])
            + "?next=/admin/reports/": {},
            reverse("wagtail_localize:update_translations", args=[translation.source_id]): {
                "locales": []
            },
        }
        for address, data in writes.items():
            code = status(client.post(address, data))
            if (code == 403) == change or code >= 500:
                wrong.append((scope, address, code))
        disable = reverse("wagtail_localize:stop_translation", args=[translation.pk])
        client.post(disable)
        translation.refresh_from_db()
        if translation.enabled == change:
            wrong.append((scope, disable, "enabled" if translation.enabled else "disabled"))
        other = Locale.objects.get(language_code="tr")
        client.post(submit, {"locales": [other.pk]})
        made = InformationItem.objects.filter(translation_key=obj.translation_key, locale=other)
        if made.exists() != change:
            wrong.append((scope, submit, "made" if made.exists() else "not made"))
    assert not wrong


@pytest.mark.parametrize("role", ROLES)
def test_localize_snippet_api_lists_only_what_the_role_may_see(client, editors, objects, role):
    login(client, editors[role])
    api = reverse(
        "wagtail_localize:snippets_api_listing", args=["content_models", "informationitem"]
    )
    listed = {row["id"] for row in client.get(api).json()}
    # Opened in a browser too (which asks for HTML first) it answers in JSON.
    assert client.get(api, HTTP_ACCEPT="text/html,*/*").status_code == 200
    # Each object and its English translation (made by the fixture) share a scope.
    keys = InformationItem.objects.filter(pk__in=listed).values_list("translation_key", flat=True)
    assert set(keys) == {o.translation_key for s, o in objects.items() if may_view(role, s)}
    for scope, obj in objects.items():
        detail = reverse(
            "wagtail_localize:snippets_api_detail",
            args=["content_models", "informationitem", obj.pk],
        )
        assert (client.get(detail).status_code == 200) == may_view(role, scope), scope


def test_signaleren_report_lists_only_the_swvs_own_texts_waiting_for_panels(region_a, editors):
    task = PanelReviewTask.objects.first()
    workflow = Workflow.objects.filter(workflow_tasks__task=task).first()
    for obj in (
        InformationItemFactory(title="Landelijk CONCEPT"),
        InformationItemFactory(title="Eigen tekst", region=region_a),
    ):
        state = WorkflowState.objects.create(
            content_type=obj.get_content_type(),
            base_content_type=obj.get_base_content_type(),
            object_id=str(obj.pk),
            workflow=workflow,
            status=WorkflowState.STATUS_IN_PROGRESS,
            requested_by=editors["regional_a"],
        )
        state.current_task_state = task.task_state_class.objects.create(
            workflow_state=state, revision=obj.save_revision(), task=task
        )
        state.save()
    _, waiting = content_state(region_a, date.today())
    assert [title for title, _ in waiting] == ["Eigen tekst"]


@pytest.mark.parametrize("role", ROLES)
def test_admin_search_finds_only_what_the_role_may_see(client, editors, objects, role):
    login(client, editors[role])
    response = client.get(url(InformationItem, "list_results"), {"q": "CONCEPT"})
    found = {obj.translation_key for obj in response.context["object_list"]}
    # Only the never-published draft (and its translation) has "CONCEPT" in its row.
    assert found == (
        {objects["national_draft"].translation_key} if "national_draft" in DRAFTS[role] else set()
    )


@pytest.mark.parametrize("role", ROLES)
def test_site_history_lists_only_what_the_role_may_read_the_drafts_of(
    client, editors, objects, role
):
    for scope, obj in objects.items():
        obj.title = f"Logboek [{scope}]"  # a draft save logs the draft's title
        log(obj, "wagtail.edit", user=editors["superuser"])
    login(client, editors[role])
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    for scope in objects:
        assert (f"Logboek [{scope}]" in html) == (scope in DRAFTS[role]), scope
