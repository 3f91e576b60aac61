"""StreamField blocks of an article, named for what a reader sees."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("stap"), max_length=120)
    text = blocks.RichTextBlock(label=_("uitleg"), features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "list-ol"
        label = _("stap")


class TipBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), max_length=120, default="Tip")
    text = blocks.RichTextBlock(label=_("tekst"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("tip")
        template = "content_models/blocks/tip.html"


class ExperienceQuoteBlock(SnippetChooserBlock):
    """A story quote that disappears the moment consent is withdrawn."""

    def __init__(self, **kwargs):
        super().__init__("content_models.ExperienceStory", **kwargs)

    class Meta:
        icon = "openquote"
        template = "content_models/blocks/experience_quote.html"

    def get_api_representation(self, value, context=None):
        if value is None or not value.is_shown:
            return None
        return super().get_api_representation(value, context)

    def render(self, value, context=None):
        if value is None or not value.is_shown:
            return ""
        return super().render(value, context)


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("alinea"), features=RICH_TEXT_FEATURES)
    heading = blocks.CharBlock(label=_("tussenkop"), max_length=120, form_classname="title")
    steps = blocks.ListBlock(
        StepBlock(), label=_("stappen"), template="content_models/blocks/steps.html"
    )
    tip = TipBlock()
    contact_card = SnippetChooserBlock(
        "content_models.Organisation",
        label=_("contactkaart"),
        icon="user",
        template="content_models/blocks/contact_card.html",
    )
    glossary_term = SnippetChooserBlock(
        "content_models.GlossaryTerm",
        label=_("begrip"),
        icon="info-circle",
        template="content_models/blocks/glossary_term.html",
    )
    experience_quote = ExperienceQuoteBlock(label=_("ervaring"))
