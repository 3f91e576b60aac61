"""The readability analysis: features known to predict difficulty for Dutch readers
(as in LiNT and T-Scan), a calibrated score, a CEFR-like level, hard bounds and findings.
"""

import math
import re
from dataclasses import asdict, dataclass, field

from . import lexicon, model, terms
from .model import LEVELS, level_at
from .tokens import Sentence, Token, split


@dataclass(frozen=True)
class Thresholds:
    """Limits for one audience. Django passes ``settings.READABILITY`` in
    (``content.thresholds_for``); these defaults are for the engine used alone."""

    target: str = "B1"
    max_long_sentences: int | None = None
    min_words: int = 40
    long_sentence: int = 20
    long_paragraph: int = 80
    rare_zipf: float = 2.8
    long_word_letters: int = 15
    long_word_syllables: int = 5
    level_scores: tuple[float, ...] = tuple(model.MODEL["level_scores"])
    # Hard bounds: above either one the level is at least ``bound_level``.
    max_unexplained_per_100: float | None = 3.0
    max_passive_share: float | None = 0.5
    bound_level: str = "B2"
    quote_length: int = 60


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    abbreviation: str = ""
    explanation: str = ""


@dataclass
class Finding:
    kind: str
    start: int
    end: int
    text: str
    reason: str
    suggestion: str = ""
    quote: str = ""  # the text, cut to ``quote_length`` with "…"
    count: int = 1  # the same finding (kind, words, reason) elsewhere in the text


@dataclass
class Features:
    words: int = 0
    sentences: int = 0
    paragraphs: int = 0
    mean_sentence_length: float = 0.0
    log_sentence_length: float = 0.0
    short_sentence_share: float = 0.0
    max_sentence_length: int = 0
    words_per_clause: float = 0.0
    mean_zipf: float = 0.0
    common_word_share: float = 0.0
    rare_word_share: float = 0.0
    long_word_share: float = 0.0
    syllables_per_word: float = 0.0
    flesch_douma: float = 0.0
    passive_share: float = 0.0
    nominalisation_share: float = 0.0
    formal_word_share: float = 0.0
    unexplained_per_100: float = 0.0
    glossary_share: float = 0.0
    mean_paragraph_length: float = 0.0


@dataclass
class Report:
    level: str
    score: float
    target: str
    meets_target: bool
    features: Features
    findings: list[Finding] = field(default_factory=list)
    bounds: list[str] = field(default_factory=list)  # why the level is higher than the score

    def to_dict(self) -> dict:
        return asdict(self)


def level_for(score: float, thresholds: Thresholds) -> str:
    return level_at(score, thresholds.level_scores)


def meets(level: str, target: str) -> bool:
    return LEVELS.index(level) <= LEVELS.index(target)


def quote(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word to at most ``limit`` characters ending in "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


# Syllables per word in plain Dutch text. Other languages are scored with this in place
# of a measured value, so only sentence length can move their score.
PLAIN_SYLLABLES_PER_WORD = 1.5
# Sentences of at most this many words are short: most sentences of A2 text are.
SHORT_SENTENCE = 8
NOMINALISATION_ADVICE = "Schrijf een werkwoord: ‘we beslissen’ in plaats van ‘de besluitvorming’."


class _Analysis:
    def __init__(
        self, text: str, thresholds: Thresholds, glossary: list[GlossaryEntry], explained: set[str]
    ) -> None:
        self.text = text
        self.lower_text = text.lower()
        self.t = thresholds
        self.findings: list[Finding] = []
        self.seen: dict[tuple[str, str, str], Finding] = {}
        self.terms = {g.term.lower(): g for g in glossary}
        self.abbreviations = {g.abbreviation: g for g in glossary if g.abbreviation}
        self.explained = {e.lower() for e in explained}

    def add(self, kind: str, start: int, end: int, reason: str, suggestion: str = "") -> None:
        """Add a finding, or count it again where the same words have the same finding."""
        text = self.text[start:end]
        key = (kind, text.lower(), reason)
        if key in self.seen:
            self.seen[key].count += 1
            return
        finding = Finding(
            kind, start, end, text, reason, suggestion, quote(text, self.t.quote_length)
        )
        self.seen[key] = finding
        self.findings.append(finding)

    def run(self) -> Features:
        paragraphs = split(self.text)
        f = Features(paragraphs=len(paragraphs))
        sentences = [s for p in paragraphs for s in p.sentences]
        f.sentences = len(sentences)
        words = [w for s in sentences for w in s.words if w.is_word]
        f.words = len(words)
        if not words:
            return f
        clauses = content = common = long_words = syllables = nominal = passives = 0
        zipf_sum = 0.0
        rare: list[terms.Term] = []
        # A capital inside a sentence marks a name; the same word opening a sentence is too.
        names = {w.text for s in sentences for w in s.words[1:] if w.text[0].isupper()}
        for sentence in sentences:
            clauses += self.sentence(sentence)
            passives += self.passive(sentence)
            for index, word in enumerate(sentence.words):
                if not word.is_word:
                    continue
                lower = word.lower
                frequency, count, _, is_nominal = lexicon.word_facts(lower)
                if lower in self.terms:
                    # Read as one known word: the widget explains it on tap.
                    syllables += min(count, 2)
                    continue
                syllables += count
                if lower in lexicon.STOPWORDS or len(lower) < 4:
                    continue
                content += 1
                zipf_sum += frequency
                common += frequency >= lexicon.COMMON_ZIPF
                if self.long_word(word, count):
                    long_words += 1
                if is_nominal:
                    nominal += 1
                    self.add(
                        "nominalisation",
                        word.start,
                        word.end,
                        "Een werkwoord dat een zelfstandig naamwoord is geworden. "
                        "Met een gewoon werkwoord is de zin makkelijker.",
                        NOMINALISATION_ADVICE,
                    )
                if (
                    frequency < self.t.rare_zipf
                    and not (word.text[0].isupper() and (index > 0 or word.text in names))
                    and not any(c.isupper() for c in word.text[1:])  # an abbreviation
                    and lower not in self.terms
                    and lower not in lexicon.PLAIN_ALTERNATIVES
                    and not lexicon.is_transparent_compound(lower)
                ):
                    rare.append(terms.Term(lower, word.start, word.end, False))
        formal = self.formal_words()
        unexplained, in_glossary = self.jargon(words, rare)
        self.long_paragraphs(paragraphs)
        lengths = [len(s.words) for s in sentences]
        content = max(content, 1)
        f.mean_sentence_length = f.words / f.sentences
        f.max_sentence_length = max(lengths)
        f.log_sentence_length = math.log(f.mean_sentence_length)
        f.short_sentence_share = sum(n <= SHORT_SENTENCE for n in lengths) / f.sentences
        f.words_per_clause = f.words / max(clauses, 1)
        f.mean_zipf = zipf_sum / content
        f.common_word_share = common / content
        f.rare_word_share = len(rare) / content
        f.long_word_share = long_words / content
        f.syllables_per_word = syllables / f.words
        f.flesch_douma = 206.835 - 0.93 * f.mean_sentence_length - 77 * f.syllables_per_word
        f.passive_share = passives / f.sentences
        f.nominalisation_share = nominal / f.words
        f.formal_word_share = formal / f.words
        f.unexplained_per_100 = 100 * unexplained / f.words
        f.glossary_share = in_glossary / f.words
        f.mean_paragraph_length = f.words / max(f.paragraphs, 1)
        return f

    def run_language_independent(self) -> Features:
        """Sentence and paragraph length only: what needs no Dutch lexicon."""
        paragraphs = split(self.text)
        sentences = [s for p in paragraphs for s in p.sentences]
        f = Features(paragraphs=len(paragraphs), sentences=len(sentences))
        f.words = sum(1 for s in sentences for w in s.words if w.is_word)
        if not f.words:
            return f
        commas = 0
        for sentence in sentences:
            self.sentence(sentence, markers=False)
            commas += self.text.count(",", sentence.start, sentence.end)
        self.long_paragraphs(paragraphs)
        f.mean_sentence_length = f.words / f.sentences
        lengths = [len(s.words) for s in sentences]
        f.max_sentence_length = max(lengths)
        f.log_sentence_length = math.log(f.mean_sentence_length)
        f.short_sentence_share = sum(n <= SHORT_SENTENCE for n in lengths) / f.sentences
        f.words_per_clause = f.words / (f.sentences + commas // 2)
        f.syllables_per_word = PLAIN_SYLLABLES_PER_WORD
        f.mean_zipf = lexicon.PLAIN_MEAN_ZIPF
        f.common_word_share = lexicon.PLAIN_COMMON_WORD_SHARE
        f.mean_paragraph_length = f.words / max(f.paragraphs, 1)
        return f

    def long_paragraphs(self, paragraphs) -> None:
        for paragraph in paragraphs:
            if paragraph.word_count > self.t.long_paragraph:
                self.add(
                    "long_paragraph",
                    paragraph.start,
                    paragraph.end,
                    f"Deze alinea heeft {paragraph.word_count} woorden. "
                    f"Maak alinea's van hooguit {self.t.long_paragraph} woorden.",
                    "Maak er twee of meer alinea's van, elk over één ding.",
                )

    def sentence(self, sentence: Sentence, *, markers: bool = True) -> int:
        """Report a long sentence; return its number of clauses (Dutch clause markers)."""
        length = len(sentence.words)
        if length > self.t.long_sentence:
            self.add(
                "long_sentence",
                sentence.start,
                sentence.end,
                f"Deze zin heeft {length} woorden. "
                f"Maak zinnen van hooguit {self.t.long_sentence} woorden.",
                "Splits de zin in twee of meer korte zinnen.",
            )
        if not markers:
            return 1
        found = sum(1 for w in sentence.words if w.lower in lexicon.CLAUSE_MARKERS)
        commas = self.text.count(",", sentence.start, sentence.end)
        return 1 + max(found, commas // 2 + found // 2)

    def passive(self, sentence: Sentence) -> int:
        lowers = [w.lower for w in sentence.words]
        if not lexicon.WORDEN.intersection(lowers):
            return 0
        if not any(lexicon.word_facts(w)[2] for w in lowers):
            return 0
        self.add(
            "passive",
            sentence.start,
            sentence.end,
            "Lijdende vorm: het is niet duidelijk wie iets doet.",
            "Zeg wie het doet: ‘De school maakt een plan’ in plaats van "
            "‘Er wordt een plan gemaakt’.",
        )
        return 1

    def long_word(self, word: Token, syllables: int) -> bool:
        if len(word.text) < self.t.long_word_letters and syllables < self.t.long_word_syllables:
            return False
        if word.lower in self.terms or word.lower in self.explained:
            return True
        self.add(
            "long_word",
            word.start,
            word.end,
            f"Een lang woord ({syllables} lettergrepen). Lange samenstellingen zijn "
            "moeilijk te lezen.",
            lexicon.PLAIN_ALTERNATIVES.get(word.lower, "Splits het woord of leg het uit."),
        )
        return True

    def formal_words(self) -> int:
        count = 0
        for phrase in lexicon.PLAIN_PHRASES:
            for match in re.finditer(rf"\b{re.escape(phrase)}\b", self.lower_text):
                count += 1
                self.add(
                    "formal_word",
                    match.start(),
                    match.end(),
                    "Ambtelijke taal.",
                    lexicon.PLAIN_ALTERNATIVES[phrase],
                )
        for match in re.finditer(r"\b[a-zà-ÿ]+\b", self.lower_text):
            word = match.group()
            if word in lexicon.PLAIN_ALTERNATIVES:
                count += 1
                self.add(
                    "formal_word",
                    match.start(),
                    match.end(),
                    "Ambtelijk of moeilijk woord.",
                    lexicon.PLAIN_ALTERNATIVES[word],
                )
        return count

    def jargon(self, words: list[Token], rare: list[terms.Term]) -> tuple[int, int]:
        """Report abbreviations, glossary terms and rare words the text does not explain.

        Returns (unexplained abbreviations and rare words outside the glossary, glossary
        terms used without explanation), counted per occurrence.
        """
        found = terms.find(self.text, words, self.terms, self.abbreviations)
        phrases = [t for t in found if " " in t.key]
        rare = [t for t in rare if not terms.inside(t, phrases)]
        full_forms = {a: g.term for a, g in self.abbreviations.items()}
        long_words = [
            terms.Term(f.text.lower(), f.start, f.end, False)
            for f in self.findings
            if f.kind == "long_word"
        ]
        candidates = found + rare + long_words
        explained = terms.explained_keys(self.text, candidates, full_forms) | self.explained
        # A long word the text explains needs no advice to explain it.
        self.findings = [
            f for f in self.findings if f.kind != "long_word" or f.text.lower() not in explained
        ]
        unexplained = in_glossary = 0
        for term in sorted(found + rare, key=lambda t: t.start):
            if term.key in explained or term.key.lower() in explained:
                continue
            entry = self.abbreviations.get(term.key) or self.terms.get(term.key)
            if entry is not None:
                in_glossary += 1
                self.add(
                    "jargon",
                    term.start,
                    term.end,
                    f"Vakwoord zonder uitleg: ‘{entry.term}’.",
                    entry.explanation,
                )
                continue
            unexplained += 1
            if term.is_abbreviation:
                self.add(
                    "abbreviation",
                    term.start,
                    term.end,
                    "Een afkorting zonder uitleg.",
                    "Schrijf de afkorting de eerste keer voluit.",
                )
            else:
                self.add(
                    "rare_word",
                    term.start,
                    term.end,
                    "Dit woord komt weinig voor. Veel lezers kennen het niet.",
                    "Kies een gewoner woord, of leg het uit: ‘… (dat is …)’.",
                )
        return unexplained, in_glossary


def bounds(features: Features, t: Thresholds) -> list[str]:
    """Hard bounds no average can hide (see ``settings.READABILITY`` for the reasons)."""
    if features.words < t.min_words:
        return []
    found = []
    if t.max_unexplained_per_100 is not None and (
        features.unexplained_per_100 > t.max_unexplained_per_100
    ):
        found.append(
            f"{features.unexplained_per_100:.1f} afkortingen of moeilijke woorden zonder uitleg "
            f"per 100 woorden (meer dan {t.max_unexplained_per_100:g}): "
            f"ten minste {t.bound_level}."
        )
    if t.max_passive_share is not None and features.passive_share > t.max_passive_share:
        found.append(
            f"{features.passive_share:.0%} van de zinnen in de lijdende vorm "
            f"(meer dan {t.max_passive_share:.0%}): ten minste {t.bound_level}."
        )
    return found


def analyse(
    text: str,
    thresholds: Thresholds | None = None,
    glossary: list[GlossaryEntry] = (),
    explained: set[str] = frozenset(),
    language: str = "nl",
) -> Report:
    """Analyse plain text. ``explained`` are terms the content explains elsewhere.

    Dutch text gets every check. Text in another ``language`` (a translation) gets
    the checks that need no Dutch lexicon: long sentences and long paragraphs, and
    a score from sentence length alone.
    """
    thresholds = thresholds or Thresholds()
    analysis = _Analysis(text, thresholds, list(glossary), set(explained))
    features = analysis.run() if language == "nl" else analysis.run_language_independent()
    findings = sorted(analysis.findings, key=lambda f: (f.start, -f.end))
    return judge(features, findings, thresholds)


def judge(
    features: Features,
    findings: list[Finding],
    thresholds: Thresholds,
    weights: dict = model.MODEL,
) -> Report:
    """Score, level (raised by the hard bounds) and verdict; calibration passes its own
    ``weights`` and level cut-offs in ``thresholds``."""
    score = model.score(features, weights)
    level = level_for(score, thresholds)
    raised = bounds(features, thresholds)
    if raised and not meets(thresholds.bound_level, level):
        level = thresholds.bound_level
    return Report(
        level,
        score,
        thresholds.target,
        _meets_target(level, features, findings, thresholds),
        features,
        findings,
        raised,
    )


# Findings an editor can always fix; they decide alone for texts too short to score.
# Glossary terms are not among them: the widget explains those on tap.
BLOCKING_KINDS = frozenset({"long_sentence", "formal_word", "abbreviation"})


def _meets_target(level: str, features: Features, findings: list[Finding], t: Thresholds) -> bool:
    """A score needs enough words to mean something; below ``min_words`` the findings decide."""
    if features.words < t.min_words:
        return not any(f.kind in BLOCKING_KINDS for f in findings)
    long_sentences = sum(f.count for f in findings if f.kind == "long_sentence")
    return meets(level, t.target) and (
        t.max_long_sentences is None or long_sentences <= t.max_long_sentences
    )
