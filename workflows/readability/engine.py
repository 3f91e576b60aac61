"""The readability analysis: features known to predict difficulty for Dutch readers
(as in LiNT and T-Scan), a calibrated score, a CEFR-like level and findings.
"""

import re
from dataclasses import asdict, dataclass, field

from . import lexicon
from .tokens import Sentence, Token, split

LEVELS = ("A2", "B1", "B2", "C1")
ABBREVIATION_RE = re.compile(r"^[A-Z][A-Z0-9']{1,5}$|^[A-Z][a-z]?[A-Z][A-Za-z']*$")
EXPLANATION_RE = re.compile(
    r"^\s*(?:\(|:|,\s*(?:dat is|dat betekent|de|het|een)\s"
    r"|\s+(?:betekent|heet|is een|zijn|wil zeggen))",
    re.IGNORECASE,
)

# Weights of the score, fitted (ridge least squares, non-negative) on the calibration
# corpus in tests/workflows/readability/corpus.py with A2=25, B1=50, B2=75, C1=100.
# Rare words, long words and passives are reported as findings; on that corpus their
# weight fitted to zero next to syllables per word and formal words, which they follow.
WEIGHTS = {
    "intercept": 8.03,
    "mean_sentence_length": 1.03,
    "words_per_clause": 0.054,
    "syllables_per_word": 21.672,
    "nominalisation_share": 27.974,
    "formal_word_share": 37.803,
    "jargon_share": 27.93,
}


@dataclass(frozen=True)
class Thresholds:
    """Limits for one audience; the defaults are those for ouders (B1)."""

    target: str = "B1"
    max_long_sentences: int | None = None
    min_words: int = 40
    long_sentence: int = 20
    long_paragraph: int = 80
    rare_zipf: float = 2.8
    long_word_letters: int = 15
    long_word_syllables: int = 5
    level_scores: tuple[float, float, float] = (37.5, 62.5, 87.5)  # B1, B2, C1 start


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


@dataclass
class Features:
    words: int = 0
    sentences: int = 0
    paragraphs: int = 0
    mean_sentence_length: float = 0.0
    max_sentence_length: int = 0
    words_per_clause: float = 0.0
    mean_zipf: float = 0.0
    rare_word_share: float = 0.0
    long_word_share: float = 0.0
    syllables_per_word: float = 0.0
    flesch_douma: float = 0.0
    passives_per_sentence: float = 0.0
    nominalisation_share: float = 0.0
    formal_word_share: float = 0.0
    jargon_share: float = 0.0
    mean_paragraph_length: float = 0.0


@dataclass
class Report:
    level: str
    score: float
    target: str
    meets_target: bool
    features: Features
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def level_for(score: float, thresholds: Thresholds) -> str:
    level = LEVELS[0]
    for name, start in zip(LEVELS[1:], thresholds.level_scores, strict=True):
        if score >= start:
            level = name
    return level


def meets(level: str, target: str) -> bool:
    return LEVELS.index(level) <= LEVELS.index(target)


# Syllables per word in plain Dutch text. Other languages are scored with this in place
# of a measured value, so only sentence length can move their score.
PLAIN_SYLLABLES_PER_WORD = 1.5


class _Analysis:
    def __init__(
        self, text: str, thresholds: Thresholds, glossary: list[GlossaryEntry], explained: set[str]
    ) -> None:
        self.text = text
        self.lower_text = text.lower()
        self.t = thresholds
        self.findings: list[Finding] = []
        self.terms = {g.term.lower(): g for g in glossary}
        self.abbreviations = {g.abbreviation: g for g in glossary if g.abbreviation}
        self.explained = {e.lower() for e in explained}

    def add(self, kind: str, start: int, end: int, reason: str, suggestion: str = "") -> None:
        self.findings.append(Finding(kind, start, end, self.text[start:end], reason, suggestion))

    def run(self) -> Features:
        paragraphs = split(self.text)
        f = Features(paragraphs=len(paragraphs))
        sentences = [s for p in paragraphs for s in p.sentences]
        f.sentences = len(sentences)
        words = [w for s in sentences for w in s.words if w.is_word]
        f.words = len(words)
        if not words:
            return f
        clauses = content = rare = long_words = syllables = nominal = passives = 0
        zipf_sum = 0.0
        for sentence in sentences:
            clauses += self.sentence(sentence)
            passives += self.passive(sentence)
            for index, word in enumerate(sentence.words):
                if not word.is_word:
                    continue
                lower = word.lower
                frequency, count, _, is_nominal = lexicon.word_facts(lower)
                syllables += count
                if lower in lexicon.STOPWORDS or len(lower) < 4:
                    continue
                content += 1
                zipf_sum += frequency
                is_name = index > 0 and word.text[0].isupper()
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
                    )
                if (
                    frequency < self.t.rare_zipf
                    and not is_name
                    and lower not in self.terms
                    and lower not in lexicon.PLAIN_ALTERNATIVES
                ):
                    rare += 1
                    self.add(
                        "rare_word",
                        word.start,
                        word.end,
                        "Dit woord komt weinig voor. Veel lezers kennen het niet.",
                    )
        formal = self.formal_words()
        jargon = self.jargon(words)
        self.long_paragraphs(paragraphs)
        lengths = [len(s.words) for s in sentences]
        content = max(content, 1)
        f.mean_sentence_length = f.words / f.sentences
        f.max_sentence_length = max(lengths)
        f.words_per_clause = f.words / max(clauses, 1)
        f.mean_zipf = zipf_sum / content
        f.rare_word_share = rare / content
        f.long_word_share = long_words / content
        f.syllables_per_word = syllables / f.words
        f.flesch_douma = 206.835 - 0.93 * f.mean_sentence_length - 77 * f.syllables_per_word
        f.passives_per_sentence = passives / f.sentences
        f.nominalisation_share = nominal / f.words
        f.formal_word_share = formal / f.words
        f.jargon_share = jargon / f.words
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
        f.max_sentence_length = max(len(s.words) for s in sentences)
        f.words_per_clause = f.words / (f.sentences + commas // 2)
        f.syllables_per_word = PLAIN_SYLLABLES_PER_WORD
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

    def jargon(self, words: list[Token]) -> int:
        """Glossary terms and abbreviations used without an explanation in the text."""
        count = 0
        reported: set[str] = set()
        for word in words:
            key = word.text if ABBREVIATION_RE.match(word.text) else word.lower
            if key in reported or key.lower() in self.explained:
                continue
            entry = self.abbreviations.get(key) or self.terms.get(key)
            is_abbreviation = bool(ABBREVIATION_RE.match(word.text))
            if entry is None and not (is_abbreviation and lexicon.zipf(word.lower) < 4):
                continue
            if self.is_explained(word, entry):
                reported.add(key)
                continue
            reported.add(key)
            count += 1
            if entry is None:
                self.add(
                    "abbreviation",
                    word.start,
                    word.end,
                    "Een afkorting zonder uitleg.",
                    "Schrijf de afkorting de eerste keer voluit.",
                )
            else:
                self.add(
                    "jargon",
                    word.start,
                    word.end,
                    f"Vakwoord zonder uitleg: ‘{entry.term}’.",
                    entry.explanation,
                )
        return count

    def is_explained(self, word: Token, entry: GlossaryEntry | None) -> bool:
        after = self.text[word.end : word.end + 40]
        if EXPLANATION_RE.match(after):
            return True
        before = self.text[max(0, word.start - 2) : word.start]
        if before.endswith("("):
            return True  # "toelaatbaarheidsverklaring (TLV)"
        if entry and entry.abbreviation and word.text == entry.abbreviation:
            return entry.term.lower() in self.lower_text
        return False


def score_of(features: Features) -> float:
    if not features.words:
        return 0.0
    values = asdict(features)
    score = WEIGHTS["intercept"] + sum(
        weight * values[name] for name, weight in WEIGHTS.items() if name != "intercept"
    )
    return round(max(score, 0.0), 1)


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
    score = score_of(features)
    level = level_for(score, thresholds)
    findings = sorted(analysis.findings, key=lambda f: (f.start, -f.end))
    return Report(
        level,
        score,
        thresholds.target,
        _meets_target(level, features, findings, thresholds),
        features,
        findings,
    )


# Findings an editor can always fix; they decide alone for texts too short to score.
# Glossary terms are not among them: the widget explains those on tap.
BLOCKING_KINDS = frozenset({"long_sentence", "formal_word", "abbreviation"})


def _meets_target(level: str, features: Features, findings: list[Finding], t: Thresholds) -> bool:
    """A score needs enough words to mean something; below ``min_words`` the findings decide."""
    if features.words < t.min_words:
        return not any(f.kind in BLOCKING_KINDS for f in findings)
    long_sentences = sum(1 for f in findings if f.kind == "long_sentence")
    return meets(level, t.target) and (
        t.max_long_sentences is None or long_sentences <= t.max_long_sentences
    )
