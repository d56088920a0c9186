"""Direct quotations in an article body: spans, attribution, speakers (stage: metrics).

Definitions (docs/quotes.md and docs/metrics.md quote them)
-----------------------------------------------------------
Word
    :func:`analysis.text.count_words`: a whitespace-separated token with a letter or digit.

Quotation marks
    Double marks: ``“ ” „ ‟ « »``, the straight ``"``, two apostrophes used as one
    double mark (``''``, the New York Times house style), the Japanese ``「 」`` and the
    Hebrew gershayim ``״`` (read as the straight mark).
    Single marks: ``‘ ’ ‚ ‛``, the straight ``'`` and the Japanese ``『 』``. Curly and
    guillemet marks carry a direction; a straight mark, or a curly mark whose neighbours
    contradict its direction, is read from its neighbours: it can open after a line
    start, a space, an opening bracket, a dash, a slash, a colon or another mark when a
    non-space follows; it can close after a non-space when a line end, a space or
    punctuation follows.

Not a quotation mark
    * an apostrophe: a letter or digit on both sides (``Canada's``, ``Lisbon’s``,
      ``5'10``; never ``『 』``);
    * an elision at the start of a word: a year or decade (``'90s``, ``'16``) and the
      short forms ``'n'``, ``'em``, ``'til``, ``'tis``, ``'twas``, ``'cause``, ``'bout``;
    * a prime after a height (``5'10"``);
    * a mark between two Hebrew letters: an acronym's gershayim (``ארה"ב``, ``יו״ר``);
    * a mark right after ``=``: a markup attribute (``<tweet id="...">``);
    * a plural possessive (``others' views``): an ``s'`` followed by a space and a word
      never opens a quote, and closes an open single-quoted span only when no other
      closing mark follows before the next opening mark of the paragraph.

Primary marks
    Double marks are primary. Single marks are primary only in a body in which the
    double marks pair into no span at all (news aggregators rewrite “…” as '…'), or
    each double span lies inside a single-quoted one (British style); in a language
    whose press quotes in either (``SINGLE_MARK_LANGUAGES``: Malayalam) a single span
    outside every double one is top-level too (``mark_style`` "single"); otherwise a
    single-quoted span can only sit inside a double-quoted one, and nested spans are
    counted once, as part of the outer span. Only top-level spans are returned.

Spans and paragraphs
    A span is the text strictly between an opening mark and the next closing mark of
    the same family. A span never crosses a line break. An opening mark that is never
    closed runs to the end of its line only when it starts the line, or opens a
    sentence before a line that opens with a mark (the house style for a quotation that
    goes on over several paragraphs: each paragraph opens with a mark, only the last
    one closes); otherwise it is a stray mark and ignored. An
    opening mark followed by another opening mark before any closing one is stray,
    unless the second is of another style, closes later on the line and a mark closing
    the first follows: a quotation nested in the language's other style (« „…“ »,
    « “…” », „ «…» ”, „ »…« “), counted as part of the outer span (not inside a
    straight-mark span: typewriter marks are no language's outer style). A
    new span cannot open in the same word token as the previous span closed (a token
    ends at whitespace and, in Chinese, Japanese and Thai, at any character or
    punctuation of those scripts: ``“我们”和“他们”`` is two spans), so the quoted words
    of a body never outnumber its words. Spans without a word are
    dropped.

Sentences
    Within a line, a sentence ends after ``.``, ``!``, ``?`` or ``…`` (plus any closing
    marks or brackets) followed by a space and an upper-case letter, a digit, an opening
    mark or bracket, unless the word before the period is an abbreviation
    (:func:`analysis.stats.sentences.is_abbreviation`: Mr., Gov., Sen., Jan., No. 5,
    an initial, U.S., ...). A sentence end
    inside a quoted span does not count, so a quoted span lies in one sentence.

Attribution
    A span is attributed when the text of its sentence outside every quoted span holds a
    reporting cue: a lower-case verb of saying, writing, asking, naming, judging or
    believing in its inflected forms (said, says, told, added, stressed, insisted,
    claimed, wrote, asked, warned, noted, explained, called, slammed, rejected,
    believes, found, ...: ``REPORTING_VERBS``) or one of the phrases "according to" (also
    "According to"), "as cited by", "pointed out", "put it", "ruled that" / "rules
    that", "in the words of" (its speaker after it, as after "according to"), and
    "goes on" / "went on"
    before a colon ("The judgment goes on: ..."). A cue word right after a
    determiner or a possessive is a noun and no cue ("the claims", "the mayor's remarks"),
    and so is a cue's base form after "a" / "an" and one word ("a short reply");
    a hyphenated word is no cue ("so-called"), and a span right after "so-called" names a
    term: it is never attributed; nor is a title after a noun of a work ('the 2019 hit
    "Paper Boats on the Severn"', 'Ihr Roman „...“': :mod:`.titles`) or a nickname
    between two capitalised words ('Eric "Tubby" Lowther'). When a span is a sentence of its own
    (no word of its sentence lies outside quotes), the previous sentence of the line,
    then the next, then the last sentence of the previous paragraph when that ends with
    a colon are tried; failing a cue, a name that opens the sentence before the colon or
    the sentence before a quote that stands alone is its speaker ('X, the harbour master,
    was blunt: "..."', 'X, chief executive of Y, was more guarded. "..."': :mod:`.verbless`,
    ``cue`` "subject"; a colon sentence of a possessive and a noun of something said takes
    the name opening the sentence before it: 'X was asked … . Her answer: "..."'), and
    failing that the name a label line gives the quote that
    closes it ('- Name, role: "..."': :mod:`.labels`, ``cue`` "label"; in any
    language, a headline's label of a role or a group of people: 'Farmers: "..."'). In
    English, a
    paragraph of quotes only after a paragraph holding none takes the speaker of that
    paragraph's last sentence ("Smith said the plan was flawed." then '"..."'). A
    paragraph that opens
    with a quote and has no cue inherits the attribution of the next paragraph when the
    quote runs on into it (an unclosed opening mark), else of the last attributed quote
    of the previous paragraph (the news convention for a speaker who goes on talking),
    unless the writer's words of its line name someone else by two capitalised words.
    English; for a body whose language :func:`find_quotes` is given as one of
    :mod:`.languages`, that language's verbs of saying instead: a verb right after the
    closing mark (past punctuation, a dash, an auxiliary, or a speaker of at most three
    words), else the nearest verb (or "according to": "selon", "laut", ...) before
    the span, else a capitalised preposition of opinion opening the sentence ("Pour
    X, « ... »", "Para X, ..."), else a colon line before it, else (in a script with
    capitals) the name opening a sentence with no verb before the quote (:mod:`.verbless`); the
    speaker is the phrase after or before the verb (:mod:`.foreign_attribution`,
    :mod:`.foreign_speakers`).

Speaker
    A speaker and cue right after the closing mark come first ("...," it added;
    "...," said the official), unless the cue relays a publication ("reported",
    "according to"). A sentence opening with "According to X," whose other cues are
    all progressive ("the parents are asking a judge to “...”": an ongoing position,
    not a speech event) gives X, whose wording it is; "According to X, Y said “...”"
    gives Y. Otherwise the cues of the sentence are tried nearest to the span
    first, and the first that yields a noun phrase gives the speaker (``cue`` is that
    cue). For "according to X" and for verbs of saying in inverted order ("said the
    official", "said spokesman Ana Ruiz") the phrase after the cue, unless a clause
    follows ("said the judge had ...", "said he was ..."); otherwise the phrase before
    the cue, skipping auxiliaries, modals and adverbs ("the council has insisted"), a
    time adjunct ("Lee last week said"), one adjunct ("Lopez at the time called"), an aside between
    dashes or brackets ("Sen. Lee (R-Utah) said"), or the name around an appositive
    ("Ana Ruiz, a veteran strategist, said" gives "Ana Ruiz"; "his campaign chairman,
    Tom Reed, said" gives "Tom Reed"; "Ann Lee, R-Utah, said" and "Ana Ruiz, 67, of
    Provo, Utah, said" give the opening name); a person's name and the place or body
    after "of" give the person ("Jonah Whitlow of Upper Cray": :mod:`.affiliations`).
    The subject of a passive cue ("was called") is no speaker. Failing all of these, the
    subject that opens the clause
    ("Lee, who chairs the panel, said"; "The engineer who led the inspection said":
    the phrase after a relative pronoun's verb is its object). A phrase stops at
    commas, quotes, dashes,
    conjunctions, relative pronouns and prepositions, goes on through "of", "for",
    "from" and "behind" ("a spokesman for the campaign"), through a preposition after
    a head noun opening the clause ("Walkers against the bypass said") or after a
    participle following the noun ("according to the notice pinned on the gate"),
    after a cue through "from" after a noun opened by a determiner ("a letter from the
    ferry board"), and has at most eight words. After an inverted cue right after a
    quotation, a lower-case phrase with no determiner is the speaker ('"...," said
    harbour ferry crews in a joint note'; not "said nothing", "said residents Tuesday").
    It must be a noun phrase (:func:`_speaker_span`): outer dashes and punctuation, a
    dateline before a dash and a trailing bracket are dropped, and a phrase holding an
    auxiliary or modal, a contraction, an adverb or a reporting verb that is no noun,
    or with a preposition at an end, is rejected, as is a lower-case word right after
    an auxiliary, "to", "not" or "who" (the predicate). A phrase that names nobody is
    no speaker: function words only (capitals are an acronym: "the US"), a time
    expression ("said Friday"), a function word in capitals (a link label: "MORE"), a
    lone connective or adverb ("Furthermore"), a lone irregular verb form ("went"). A
    dateline opens no subject, a time stamp before a name is dropped, a past tense
    after a name ends the phrase ("Xi renewed calls"), and a plural cue after a
    quantifier is a noun ("Many tweets"). A span can be attributed with no speaker:
    better none than a wrong one.

Pronoun speakers
    A speaker printed as "he" or "she" is replaced by the name of the nearest earlier
    quote's speaker when the quotes of this and the previous paragraph name only that
    one person, the writer's words since that quote name nobody else (no run of two
    capitalized words, no other surname alone before a verb of saying: "Okoro
    rejected that."), and no courtesy
    title contradicts the pronoun, or else by the one person the writer's words of its
    paragraph name as the subject of a verb of saying ("Okoro rejected that. “...,” he
    said") (:func:`resolve_pronoun_speakers`);
    ``speaker_as_printed`` keeps "he". Failing both, it takes the one person an
    apposition names in the writer's words of its paragraph and the previous one
    ("the council's treasurer, Ana Brook"), and a role speaker with no name ("the
    spokesperson") takes the one person the body names in that role
    (:mod:`.role_speakers`). Other
    pronouns (they, we, I, it, you) and the indefinite ones (some, others, one, ...)
    are kept as printed; :func:`is_pronoun` is true for all of them, so speaker lists
    leave them out.

Embedded posts
    A social-media post the body embeds, signed "— Author (@handle) date" at the end of
    its last line or on a line of its own (:func:`analysis.text.posts.post_signature`),
    is a quotation of its author, marks or not: the text before the signature, or the
    lines above a signature of its own line in its paragraph, or the paragraph above it
    when that holds at most ``POST_MAX_CHARS`` characters besides its links; or copied
    as a card: the author's name, the handle alone on the next line, the text, a line
    that is only a date with a day or time ("December 4, 2026 at 9:12 AM"). Attributed,
    ``speaker`` the author as printed, ``cue`` "signature", ``mark_style`` "post"; the
    span may run over several lines of its paragraph. Spans of marks inside a post are
    counted once, as part of it (:mod:`.posts`).

Block quotations
    Lines opening with ``>`` (html2text's and Markdown's ``<blockquote>``) whose block
    the line before introduces as a quotation (a colon sentence with a cue, the rule of a
    quote opening the line after a colon line) are quotations of that speaker, one span a
    line after its markers, every line of the block attributed alike, ``mark_style``
    "blockquote", ``open_mark`` ">"; a block signed by its last line ("> — Name, role")
    is the signer's when no introduction names a speaker. A block no such line
    introduces, or holding a span of marks, is left as it was (:mod:`.blockquotes`).

Dash quotations
    In a language whose typography prints speech after a dash
    (:data:`~analysis.stats.quotes.languages.DASH_STYLE_BY_LANGUAGE`: es, pt, pl, ru, uk,
    it "– Tekst – powiedział X. – Dalej."; sv, nb, da, fi, fr "– Text, säger X. Mer."), given to
    :func:`find_quotes`, a line opening with a dash is speech on evidence: a verb of
    saying of the language right after the dash (inner style) or comma (comma style)
    that closes the speech, or a dialogue run (the line before is a dash quotation, or
    ends with a colon after a verb of saying). Attributed, ``mark_style`` "dash",
    ``cue`` the verb, ``speaker`` the phrase next to it (None for "– dodał."); marks
    inside it are its own (:mod:`.dash_quotes`, :mod:`.foreign_speakers`).

Scare quotes
    An unattributed span of three words or fewer (``is_scare``); whether a body holds
    any other quote: :func:`holds_direct_quote`.

Reported statements
    A statement told without quotation marks ("..., officials said.", "According to the
    agency, ..."): a cue "said", "says", "told" or "according to" whose speaker, found as
    a quotation's, is neither the writer nor the reader (no "we", "our", "you", ...):
    :func:`reported_source`. Counted nowhere as a quote; it keeps a line an outlet
    prints again in its stories in the body (:mod:`analysis.stats.outlet_boilerplate`).

Interview answers
    A body printed as questions and answers (at least two lines open with a question
    marker, ``Q:``, ``Q.``, ``Question:``, ``P.``, ``Pregunta.``, ``Frage:``, and two
    with an answer marker, ``A:``, ``A.``, ``Answer:``, ``R.``, ``Respuesta.``,
    ``Antwort:``, the first answer after the first question; or two bold question lines
    each with an unlabelled answer under it; most answers with a first-person word of
    English or the body's language, or an introduction saying it is an interview, "She
    spoke to X", "Rozmawiała X": not an explainer's) is an interview (and a
    transcript's 'LABEL: words' turns, two speakers taking turns, each its label's
    words, ``speaker`` the label as printed):
    each answer is a direct quotation, attributed with no speaker printed (``cue``
    "interview answer", ``mark_style`` "answer", ``open_mark`` the marker; ``speaker``
    the interviewee when the introduction names one person so: "an interview with X",
    "X spoke to ...", "Council leader X"): the text
    of its line after the marker, and each line after it up to the next question (the
    last answer: its line only). Quotations inside an answer are counted once, in it;
    the writer's introduction and the questions are no quotation
    (:mod:`.interviews`).

Shares
    A span's ``n_words`` is ``count_words`` of its text (marks excluded).
    ``quote_share`` = words of the spans that are not scare quotes / body words;
    ``quote_share_all`` = words of all spans / body words. NaN when the body has no
    words. Both lie in [0, 1]. Pooled over many bodies: sum of quoted words / sum of
    body words (:func:`quote_word_counts` gives the numerators).

Validity and speed
    On 667 PolNeAR articles (benchmarks/quotes_polnear.py, docs/quotes.md): span F1 0.96
    (overlap) against quotes derived from human attribution annotations, speaker
    accuracy 0.85, publisher shares within 1.0 point (the one interview, whose answers
    have no marks and so no reference span, moves USA Today's by 1.1). About 0.5 ms per 1,000 words
    (linear in the body).

Modules
-------
:mod:`.quote` (the :class:`Quote` record), :mod:`.marks` (quotation marks, lines and
spans), :mod:`.sentences` (sentence starts within a line), :mod:`.lexicon` (the word
lists the rules test), :mod:`.cues` (reporting cues), :mod:`.speakers` (speaker noun
phrases), :mod:`.attribution` (which cue attributes a span, and carrying attribution
over paragraphs; reported statements), :mod:`.pronouns` (pronoun speakers),
:mod:`.interviews` (a Q&A interview's answers), :mod:`.posts` (embedded posts),
:mod:`.blockquotes` (``>`` blocks), :mod:`.role_speakers` (speakers an apposition names),
:mod:`.dropped_subjects` (a verb of saying with no subject named from its paragraph),
:mod:`.languages` (the verbs of saying and phrase words of other languages),
:mod:`.foreign_speakers` (their speaker phrases), :mod:`.foreign_attribution` (their
cues and sentences), :mod:`.dash_quotes` (dialogue dashes),
:mod:`.detect` (:func:`find_quotes`, tying them together), :mod:`.shares` (quote shares),
:mod:`.speaker_names` (a speaker's name without its role words), :mod:`.verbless`
(the name opening a sentence with no verb of saying before a quote),
:mod:`.subject_clauses` (a Turkish speaker phrase without its participle clause, topic
and case suffix), :mod:`.incises` (a narrator's incise inside the marks),
:mod:`.speaker_groups` (which names speaker lists count as one), :mod:`.labels` (a label
line's name: 'Name, role: "..."'), :mod:`.affiliations` (a name without the place after
"of") and
:mod:`.titles` (titles of works and nicknames in marks).
"""

from analysis.stats.quotes.attribution import MAX_CUES_TRIED, reported_source
from analysis.stats.quotes.detect import find_quotes, holds_direct_quote
from analysis.stats.quotes.lexicon import REPORTING_VERBS
from analysis.stats.quotes.pronouns import (
    MAX_ANTECEDENT_GAP,
    is_pronoun,
    names_someone,
    resolve_pronoun_speakers,
)
from analysis.stats.quotes.quote import SCARE_MAX_WORDS, Quote
from analysis.stats.quotes.shares import quote_share, quote_shares, quote_word_counts
from analysis.stats.quotes.speaker_groups import group_forms, speaker_groups, speaker_key
from analysis.stats.quotes.speaker_names import UNNAMED, speaker_name
from analysis.stats.quotes.speakers import NP_LOOKBACK_CHARS

__all__ = [
    "MAX_ANTECEDENT_GAP",
    "MAX_CUES_TRIED",
    "NP_LOOKBACK_CHARS",
    "REPORTING_VERBS",
    "SCARE_MAX_WORDS",
    "UNNAMED",
    "Quote",
    "find_quotes",
    "group_forms",
    "holds_direct_quote",
    "is_pronoun",
    "names_someone",
    "quote_share",
    "quote_shares",
    "quote_word_counts",
    "reported_source",
    "resolve_pronoun_speakers",
    "speaker_groups",
    "speaker_key",
    "speaker_name",
]
