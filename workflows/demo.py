"""Demo panel members (enough per panel, region and language to reach the default
quorum), and the demo texts and translations reviewed through the validation workflow.

The demo claims its texts were read by parents and young people, so they are: every
text is submitted to the workflow, simulated members answer through the review
page's own form and service, and the eindredactie approves the last task.
"""

from django.apps import apps
from wagtail.models import Locale, TaskState, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from content_models.demo.regional import EXAMPLE_REGIONS
from content_models.demo.translations import TRANSLATED, TRANSLATIONS
from content_models.models import Region, ReviewedContent

from .models import Panel, PanelInvitation, PanelMember, PanelReviewTaskState
from .panel.answers import record_answer
from .panel.forms import ReviewForm
from .panel.tokens import make_token, read_token

PSEUDONYMS = {
    Panel.OUDERS: ["Merel", "Vink", "Reiger", "Zwaluw", "Kievit"],
    Panel.JONGEREN: ["Komeet", "Planeet", "Meteoor", "Nevel", "Quasar"],
}
# Three members of each national panel also read the languages of the demo translations.
EXTRA_LANGUAGES = {
    name: ["en", "ar"] for name in ["Merel", "Vink", "Reiger", "Komeet", "Planeet", "Meteoor"]
}
DEMO_ANSWER = {"decision": PanelInvitation.APPROVE, "clarity": "ja", "comment": "Duidelijk. (demo)"}
FINAL_EDITING_COMMENT = "Eindredactie (demo)"


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
                if new:
                    extra = EXTRA_LANGUAGES.get(name, []) if region is None else []
                    member.languages.set(Locale.objects.filter(language_code__in=["nl", *extra]))
                created += new
    return created


def load_demo_translations(log) -> int:
    """Translate the demo texts with wagtail-localize and take them through the workflow."""
    created = 0
    for model_name, slug in TRANSLATED:
        model = apps.get_model("content_models", model_name)
        source = model.objects.get(slug=slug, locale=Locale.get_default())
        for language in ("en", "ar"):
            locale = Locale.objects.get(language_code=language)
            if model.objects.filter(translation_key=source.translation_key, locale=locale).exists():
                continue
            translation = translate(source, locale)
            review(translation)
            log(f"Vertaald en goedgekeurd: {translation} ({language})")
            created += 1
    return created


def translate(source: ReviewedContent, locale: Locale) -> ReviewedContent:
    """What a translator does: fill in the PO file and upload it; saved as a draft."""
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    translation, _ = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = TRANSLATIONS[entry.msgid][locale.language_code]
    translation.import_po(po, tool_name="demo")
    translation.save_target(publish=False)
    return type(source).objects.get(translation_key=source.translation_key, locale=locale)


def answer(invitation: PanelInvitation) -> None:
    """A member opens the personal link and approves, as on the review page."""
    form = ReviewForm(DEMO_ANSWER)
    if not form.is_valid():
        raise RuntimeError(f"demo answer refused: {form.errors.as_text()}")
    record_answer(read_token(make_token(invitation)), form.answer())


def review(obj: ReviewedContent) -> None:
    """Submit to the workflow; invited panel members approve until the quorum, then
    the eindredactie approves, which publishes the text."""
    state = obj.get_workflow().start(obj, user=None)
    while state.status == WorkflowState.STATUS_IN_PROGRESS:
        task_state = state.current_task_state
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            raise RuntimeError(f"demo text {obj} stopped at {task_state.task}")
        if isinstance(task_state.specific, PanelReviewTaskState):
            for invitation in PanelInvitation.objects.filter(task_state=task_state):
                answer(invitation)
                task_state.refresh_from_db()
                if task_state.status != TaskState.STATUS_IN_PROGRESS:
                    break
        else:
            task_state.task.specific.on_action(
                task_state, user=None, action_name="approve", comment=FINAL_EDITING_COMMENT
            )
        state.refresh_from_db()
    if state.status != WorkflowState.STATUS_APPROVED:
        raise RuntimeError(f"demo text {obj}: workflow ended as {state.status}")
