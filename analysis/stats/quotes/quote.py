"""The :class:`Quote` record: one top-level quoted span of a body, as the quotes table stores it."""

from __future__ import annotations

from dataclasses import dataclass

SCARE_MAX_WORDS = 3


@dataclass(frozen=True)
class Quote:
    """One top-level quoted span of a body.

    Attributes
    ----------
    start, end : int
        Offsets into the body of the text strictly between the marks.
    text : str
        ``body[start:end]``.
    n_words : int
        Words in the span (analysis.text.count_words).
    paragraph : int
        Index of the paragraph (blank-line separated) that holds the span.
    attributed : bool
        The sentence names a speaker with a reporting verb.
    speaker : str or None
        The speaker, when attributed and named: as printed, except that a pronoun
        ("he", "she") is replaced by the name it stands for when that is unambiguous
        (see "Pronoun speakers" in the module docstring); for a verb with a dropped
        subject ("«...», afirmó"), the one person its paragraph names before it
        (:mod:`.dropped_subjects`).
    is_scare : bool
        Unattributed and three words or fewer: counted in quote_share_all only.
    mark_style : str
        ``"double"`` or ``"single"``: the family of the marks that delimit the span;
        ``"post"`` for a post embedded in the body, quoted without marks (its text may
        run over several lines of one paragraph or the paragraph above its signature:
        :mod:`analysis.stats.quotes.posts`).
    open_mark, close_mark : str
        The marks as printed; ``close_mark`` is ``""`` for a span that runs to the end
        of its paragraph.
    cue : str or None
        The reporting cue (verb or phrase) that attributes the span, lower-cased;
        ``"signature"`` for an embedded post (its author's signature).
    speaker_start, speaker_end : int or None
        Offsets of the speaker as printed (``speaker_as_printed``) in the body.
    speaker_as_printed : str or None
        The speaker as the sentence prints it ("he" for a resolved pronoun).
    """

    start: int
    end: int
    text: str
    n_words: int
    paragraph: int
    attributed: bool
    speaker: str | None
    is_scare: bool
    mark_style: str = "double"
    open_mark: str = ""
    close_mark: str = ""
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_as_printed: str | None = None
