"""A top line in Title Case that is the story's headline, not the site's masthead.

A text dump copied without the site's chrome may open on the story's headline in Title
Case, its standfirst under it ("Bridge Reopens After Repairs" / "Traffic limited to one
lane until spring" / the date / the text): shaped as a name and over a line shaped as a
headline, the first line reads as a masthead printed once over the story
(:func:`analysis.clean.masthead_context.heads_the_story`). A headline's words are the
story's: most of them come back in its text, written there in lower case ("the bridge
reopened ... after eight months of repairs"); a site's name is printed as a name
wherever the page gives it ("Example Ledger", "Vidzemes Balss"), its words are seldom the
text's ordinary words. :func:`is_title_case_headline` tells the one from the other; a
line holding a newspaper's word (:func:`analysis.clean.newspaper_words.holds_newspaper_word`:
"Valley News", "Morning Herald") stays a name. No tuned value: at least
:data:`MIN_CONTENT_WORDS` words, more than half of them in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import is_lower_case, is_upper_case, opens_upper_case

#: The fewest capitalised words (function words aside) a line must hold to be read so: a
#: name of two words may be two ordinary words ("Evening Standard", "Morning Star").
#: Not tuned.
MIN_CONTENT_WORDS = 3
#: The fewest letters a word's stem keeps (a word's last two letters dropped, an inflection:
#: "Reopens" / "reopened"). Not tuned.
MIN_STEM_LETTERS = 4

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def is_title_case_headline(lines: Sequence[str], index: int) -> bool:
    """Whether the top line ``index``, shaped as a name, is the story's headline in Title
    Case: at least :data:`MIN_CONTENT_WORDS` capitalised words that are not function
    words, more than half of them written in lower case in the lines below it (whole,
    or a word there opens with the word's stem: "Reopens" / "reopened"), and no
    newspaper's word in it.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line shaped as a name (a masthead printed once over the story, by its shape).

    Returns
    -------
    bool
        True for "Bridge Reopens After Repairs" over a story about the bridge's repairs;
        False for a name ("Example Ledger", "North Valley Weekly News") or a line of
        fewer words.
    """
    line = lines[index]
    if holds_newspaper_word(line):
        return False
    words = [
        word
        for word in _WORD.findall(line)
        if opens_upper_case(word) and not is_upper_case(word) and word.lower() not in FUNCTION_WORDS
    ]
    if len(words) < MIN_CONTENT_WORDS:
        return False
    below = {
        word for text in lines[index + 1 :] for word in _WORD.findall(text) if is_lower_case(word)
    }
    found = sum(_in_text(word.lower(), below) for word in words)
    return 2 * found > len(words)


def _in_text(word: str, below: set[str]) -> bool:
    """Whether ``word`` (lower case) is written in ``below``, whole or as a word opening
    with its stem (its last two letters dropped, at least :data:`MIN_STEM_LETTERS` kept)."""
    if word in below:
        return True
    stem = word[:-2]
    return len(stem) >= MIN_STEM_LETTERS and any(other.startswith(stem) for other in below)
