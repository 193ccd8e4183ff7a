"""The extraction pipeline: a blank English spaCy pipeline with our own rule components.

``build_nlp()`` returns ``spacy.blank("en")`` with these components, registered by name:

- ``oncoev_sentences``: sentence boundaries for wrapped PDF text (``sentences.py``);
- ``oncoev_sections``: the section each sentence is in (abstract, methods, results, discussion ...);
- ``oncoev_citations``: the cited studies each sentence names (``cohorts.find_citations``);
- ``oncoev_groups``: the groups a comparative study compares, over the whole paper (``groups.py``);
- ``oncoev_cohorts``: group definitions and treatment arms (``cohorts.find_cohorts``, ``find_arms``);
- ``oncoev_results``: outcome results (``results.find_results``);
- ``oncoev_doses``: dose schedules (``doses.find_doses``);
- ``oncoev_study``: study-level fields (``study.find_study_fields``).

Each component does one thing and writes its findings on the ``Doc`` (``doc._.<name>``);
``assemble.py`` turns them into the extraction contract. Nothing is downloaded: the pipeline is
built from code and the data files in ``patterns/``.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from oncoev.extract import cohorts as cohort_rules
from oncoev.extract.mentions import endpoint_aliases, named_ratio_kind
from oncoev.extract.results import emesis_trial, emesis_trial_responses, find_results
from oncoev.extract.rules import regexes
from oncoev.extract.sentences import find_sections, section_at, split_sentences

RX = regexes("pipeline")  # patterns/regex/pipeline.yaml: the regular expressions of this module

EXTENSIONS = ("sections", "citations", "groups", "cohorts", "arms", "results", "tables", "doses", "table_doses",
              "study")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name in ("section",):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class WhitespaceTokenizer:
    """Tokens are runs of non-space characters (and runs of extra whitespace).

    The rules read character spans of sentences, not tokens; spaCy's default English tokenizer
    costs most of the pipeline's time on number-dense text and buys them nothing. Sentence
    starts (``sentences.py``) always follow whitespace, so they fall on token boundaries.
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        # The runs alternate, non-space and space, so a single space always follows a word: it becomes that
        # word's trailing space, except at the very start, where it is a token of its own. (Comprehensions over
        # the runs: a third faster than a loop testing each run.)
        runs = RX.WORDS_AND_SPACES.findall(text)
        kept = [i for i, run in enumerate(runs) if run != " " or i == 0]
        words = [runs[i] for i in kept]
        last = len(runs) - 1
        spaces = [i < last and runs[i + 1] == " " for i in kept]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["oncoev_text"] = text
        return doc




@Language.component("oncoev_sentences")
def sentences_component(doc: Doc) -> Doc:
    starts = numpy.array(sorted({start for start, _ in split_sentences(text_of(doc))} | {0}), dtype="int64")
    token_starts = doc.to_array("IDX").astype("int64")
    # A sentence starts at the first token at or after each boundary; set them all in one array
    # (setting token.is_sent_start one by one re-checks the whole document each time).
    first = numpy.unique(numpy.searchsorted(token_starts, starts, side="left"))
    first = first[first < len(doc)]
    flags = numpy.full((len(doc), 1), -1, dtype="int64")
    flags[first, 0] = 1
    doc.from_array([SENT_START], flags.astype("uint64"))  # spaCy stores -1 (not a start) as uint64
    spans = [doc[a:b] for a, b in zip(first, [*first[1:], len(doc)], strict=True)]
    doc.user_data["oncoev_sentences"] = spans
    text = text_of(doc)
    # Span.text is rebuilt from tokens on every call; the components read these slices instead.
    doc.user_data["oncoev_sentence_texts"] = [(sp.start_char, text[sp.start_char:sp.end_char]) for sp in spans]
    return doc


def sentence_texts(doc: Doc) -> list[tuple[int, str]]:
    """(start offset, text) of every sentence, in order."""
    return doc.user_data["oncoev_sentence_texts"]


def read_in_order(doc: Doc, read, keep) -> list[tuple[int, object]]:
    """(start offset, ``read(text, before)``) of every sentence, in order, where ``before`` is what
    ``keep(text, found)`` kept of the sentence before it (None for the first): for rules whose reading of a
    sentence leans on the one before it."""
    found, before = [], None
    for start, text in sentence_texts(doc):
        got = read(text, before)
        found.append((start, got))
        before = keep(text, got)
    return found


def text_of(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from the tokens on every call, kept once."""
    text = doc.user_data.get("oncoev_text")
    if text is None:
        text = doc.user_data["oncoev_text"] = doc.text
    return text


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences, found once by ``oncoev_sentences`` and shared by every component."""
    cached = doc.user_data.get("oncoev_sentences")
    if cached is None:
        cached = doc.user_data["oncoev_sentences"] = list(doc.sents)
    return cached


@Language.component("oncoev_sections")
def sections_component(doc: Doc) -> Doc:
    sections = find_sections(text_of(doc))
    doc._.sections = sections
    starts = [s.start for s in sections]  # in order: find_sections sorts them
    for sent in sentences(doc):
        sent._.section = section_at(sections, sent.start_char, starts)
    return doc


@Language.component("oncoev_citations")
def citations_component(doc: Doc) -> Doc:
    doc._.citations = [(start, cohort_rules.find_citations(text)) for start, text in sentence_texts(doc)]
    return doc


@Language.component("oncoev_groups")
def groups_component(doc: Doc) -> Doc:
    from oncoev.extract.groups import build_index

    doc._.groups = build_index(sentence_texts(doc), text_of(doc))
    return doc


@Language.component("oncoev_cohorts")
def cohorts_component(doc: Doc) -> Doc:
    doc._.cohorts = [(start, cohort_rules.find_cohorts(text)) for start, text in sentence_texts(doc)]
    doc._.arms = [(start, cohort_rules.find_arms(text)) for start, text in sentence_texts(doc)]
    return doc


@Language.component("oncoev_results")
def results_component(doc: Doc) -> Doc:
    aliases = endpoint_aliases(text_of(doc))  # "in-field failure (IFF)": the paper's own short names
    ratio_kind = named_ratio_kind(text_of(doc))  # "hazard ratio 0.86 ...", then "(0.76, 0.68-0.86)" bare
    groups = doc._.groups
    # The sentence before, read the same way, supplies time points a list leaves out ("The OS fell to a, b and c").
    doc._.results = read_in_order(
        doc, lambda text, before: find_results(text, previous=before, groups=groups, aliases=aliases,
                                               ratio_kind=ratio_kind),
        keep=lambda _text, result: result.sentence)
    if emesis_trial(text_of(doc)):
        emesis_trial_responses(doc._.results)
    return doc


@Language.component("oncoev_doses")
def doses_component(doc: Doc) -> Doc:
    from oncoev.extract.doses import drug_aliases, find_doses, find_table_doses

    aliases = drug_aliases(text_of(doc))  # "zoledronic acid (ZA)": the paper's own short names
    # The sentence before supplies what a schedule leaves out ("SBRT was used. ... 8 Gy x 5").
    doc._.doses = read_in_order(doc, lambda text, before: find_doses(text, context=before, aliases=aliases),
                                keep=lambda text, _doses: text)
    doc._.table_doses = find_table_doses(text_of(doc))
    return doc


@Language.component("oncoev_study")
def study_component(doc: Doc) -> Doc:
    from oncoev.extract.study import find_study_fields

    doc._.study = find_study_fields(text_of(doc))
    return doc


COMPONENTS = ("oncoev_sentences", "oncoev_sections", "oncoev_citations", "oncoev_groups", "oncoev_cohorts",
              "oncoev_results", "oncoev_doses", "oncoev_study")


@spacy.registry.tokenizers("oncoev.WhitespaceTokenizer.v1")
def whitespace_tokenizer():
    """Our tokenizer as spaCy's config names it, so that ``spacy.blank`` builds it in place of English's.

    Building English's default tokenizer (its prefix, suffix and infix expressions and thousands of
    exceptions) only to replace it cost every process a tenth of a second or more.
    """
    return lambda nlp: WhitespaceTokenizer(nlp.vocab)


TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "oncoev.WhitespaceTokenizer.v1"}}}


@lru_cache(maxsize=8)
def build_nlp(components: tuple[str, ...] = COMPONENTS) -> Language:
    """The pipeline; ``components`` picks a subset (in pipeline order), e.g. to test one alone."""
    nlp = spacy.blank("en", config=TOKENIZER)
    # Texts of whole papers run to a few hundred thousand characters; there is no parser to feed.
    nlp.max_length = 5_000_000
    for name in components:
        nlp.add_pipe(name)
    return nlp
