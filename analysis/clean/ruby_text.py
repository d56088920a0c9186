"""Ruby annotations: the readings printed over a word are not the story's words.

Japanese pages for children and learners (and Chinese pages with pinyin or zhuyin)
print the reading of each hard word over it: ``<ruby>川<rt>かわ</rt></ruby>``. A browser
shows the reading small above the word; a text renderer writes it after the word, in the
line ("川かわの水みず"), so every word of the story is followed by its reading and the
body, headline and word counts are no longer the story's. The HTML standard's ``<rt>``
(the reading) and ``<rp>`` (the parentheses shown by browsers without ruby support)
hold only the annotation: they are taken out of the markup before it is read, the base
text stays. No tuned value.
"""

from __future__ import annotations

import re

__all__ = ["without_ruby_readings"]

# A reading or a fallback parenthesis: its content up to its end tag, or up to the next
# tag when the end tag is left out (both end tags are optional in HTML). The content is
# text only, so the pattern is linear.
_ANNOTATION = re.compile(r"<(rt|rp)(?=[\s>/])[^<>]*>[^<]*(?:</\1\s*>)?", re.IGNORECASE)


def without_ruby_readings(markup: str) -> str:
    """The markup without its ruby readings (``<rt>``) and fallback parentheses (``<rp>``).

    Parameters
    ----------
    markup : str
        Decoded HTML.

    Returns
    -------
    str
        ``markup`` with every ``<rt>`` and ``<rp>`` element and its text taken out; the
        same string when it has none.

    Examples
    --------
    >>> without_ruby_readings("<ruby>川<rt>かわ</rt></ruby>の<ruby>水<rp>(</rp><rt>みず</ruby>")
    '<ruby>川</ruby>の<ruby>水</ruby>'
    """
    if not any(tag in markup for tag in ("<rt", "<rp", "<RT", "<RP")):
        return markup
    return _ANNOTATION.sub("", markup)
