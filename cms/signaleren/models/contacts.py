"""The vragenregister (seed 002, pijler 3): the questions people bring to the steunpunt.

A contact records *what* was asked and how it was handled, never *who* asked:
no name, no date of birth, no school + class. The free-text summary and the
evaluation comment are masked for personal data before they are stored and are
deleted after ``FEEDBACK_RETENTION_MONTHS``; the counts remain.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..privacy import mask_personal_data


class SignalKind(models.Model):
    """One entry of the managed list of kinds of signal ("thuiszitten", "vervoer"…)."""

    name = models.CharField(_("naam"), max_length=80, unique=True)
    description = models.CharField(_("korte uitleg"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    active = models.BooleanField(
        _("in gebruik"),
        default=True,
        help_text=_("Alleen soorten in gebruik staan in het formulier."),
    )

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("soort signaal")
        verbose_name_plural = _("soorten signalen")

    def __str__(self) -> str:
        return self.name


class Channel(models.TextChoices):
    PHONE = "telefoon", _("Telefoon")
    EMAIL = "email", _("E-mail")
    CHAT = "chat", _("Chat")
    MEETING = "gesprek", _("Gesprek")


class Asker(models.TextChoices):
    PARENT = "ouder", _("Ouder of verzorger")
    YOUNG_PERSON = "jeugdige", _("Jongere")
    PROFESSIONAL = "professional", _("Professional")


class SchoolSector(models.TextChoices):
    PO = "po", _("Basisonderwijs")
    SBO = "sbo", _("Speciaal basisonderwijs")
    SO = "so", _("Speciaal onderwijs")
    VO = "vo", _("Voortgezet onderwijs")
    VSO = "vso", _("Voortgezet speciaal onderwijs")
    MBO = "mbo", _("Mbo")
    UNKNOWN = "onbekend", _("Onbekend")


class Handling(models.TextChoices):
    INFORMED = "informatie", _("Informatie gegeven")
    REFERRED = "doorverwezen", _("Doorverwezen")
    ACCOMPANIED = "begeleid", _("Mee naar een gesprek")
    ESCALATED = "opgeschaald", _("Opgeschaald")


class Outcome(models.TextChoices):
    ANSWERED = "beantwoord", _("Vraag beantwoord")
    IN_PROGRESS = "loopt", _("Loopt nog")
    SOLVED = "opgelost", _("Samen opgelost")
    NOT_SOLVED = "niet_opgelost", _("Niet opgelost")


class SupportContact(models.Model):
    """One question at the steunpunt of an SWV: registered in under 30 seconds."""

    region = models.ForeignKey(
        "content_models.Region",
        verbose_name=_("samenwerkingsverband"),
        on_delete=models.PROTECT,
        related_name="support_contacts",
    )
    date = models.DateField(_("datum"), db_index=True)
    channel = models.CharField(_("kanaal"), max_length=12, choices=Channel.choices)
    asker = models.CharField(_("wie vroeg het"), max_length=12, choices=Asker.choices)
    school_sector = models.CharField(
        _("soort school"), max_length=8, choices=SchoolSector.choices, default=SchoolSector.UNKNOWN
    )
    topics = models.ManyToManyField(
        "content_models.Topic", verbose_name=_("onderwerpen"), blank=True, related_name="+"
    )
    kind = models.ForeignKey(
        SignalKind,
        verbose_name=_("soort signaal"),
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    handling = models.CharField(_("wat is er gedaan"), max_length=12, choices=Handling.choices)
    referred_to = models.ForeignKey(
        "content_models.Organisation",
        verbose_name=_("doorverwezen naar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    minutes = models.PositiveSmallIntegerField(_("tijd (minuten)"))
    outcome = models.CharField(_("resultaat"), max_length=14, choices=Outcome.choices)
    summary = models.TextField(
        _("korte samenvatting"),
        blank=True,
        max_length=500,
        help_text=_(
            "Geen namen, geboortedata of school met klas. Persoonsgegevens worden weggehaald."
        ),
    )

    class Meta:
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["region", "date"])]
        verbose_name = _("vraag aan het steunpunt")
        verbose_name_plural = _("vragenregister")
        permissions = [("register_supportcontact", _("Vragen registreren voor het eigen SWV"))]

    def __str__(self) -> str:
        return f"{self.date} · {self.kind} · {self.get_channel_display()}"

    def save(self, *args, **kwargs) -> None:
        """Whatever wrote the summary (form, import, shell), it is masked before it is stored."""
        self.summary = mask_personal_data(self.summary)
        super().save(*args, **kwargs)


class Helpfulness(models.IntegerChoices):
    VERY_LOW = 1, _("1 – helemaal niet")
    LOW = 2, "2"
    MIDDLE = 3, "3"
    HIGH = 4, "4"
    VERY_HIGH = 5, _("5 – heel erg")


class GotWhatNeeded(models.TextChoices):
    YES = "ja", _("Ja")
    PARTLY = "deels", _("Een beetje")
    NO = "nee", _("Nee")


class SupportEvaluation(models.Model):
    """The answer to a one-time evaluation link handed out after a contact.

    The row exists from the moment the link is made (``answered_on`` empty); the
    link works until it is answered once. It joins the contact's kind and
    handling, never the person.
    """

    contact = models.OneToOneField(
        SupportContact,
        verbose_name=_("vraag"),
        on_delete=models.CASCADE,
        related_name="evaluation",
    )
    issued_on = models.DateField(_("link gemaakt op"))
    answered_on = models.DateField(_("ingevuld op"), null=True, blank=True, db_index=True)
    helpful = models.PositiveSmallIntegerField(
        _("hielp het?"), choices=Helpfulness.choices, null=True, blank=True
    )
    got_what_needed = models.CharField(
        _("kreeg je wat je nodig had?"),
        max_length=6,
        choices=GotWhatNeeded.choices,
        blank=True,
    )
    comment = models.TextField(_("opmerking"), blank=True, max_length=1000)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")

    def __str__(self) -> str:
        return f"{self.contact} · {self.answered_on or _('nog niet ingevuld')}"

    def save(self, *args, **kwargs) -> None:
        self.comment = mask_personal_data(self.comment)
        super().save(*args, **kwargs)

    @property
    def answered(self) -> bool:
        return self.answered_on is not None
