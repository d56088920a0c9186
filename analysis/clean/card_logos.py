"""A portal card's provider logo: the card's outlet, never its byline.

A news portal's front lists its partners' stories, each card under the provider's logo:
the logo's alternative text printed by the dump over the headline ("Marlow Courier
logo", "Logo: Marlow Courier"), alone on its line, over the provider's name and the
card's age ("Marlow Courier · 3 h") or the age alone, or glued to the name as a
Markdown image prints it ("![Marlow Courier logo](...) Marlow Courier · 3 h" ->
"Marlow Courier logo Marlow Courier · 3 h"). A name over a time is also where a site's
own section page prints its reporters ("Jane Doe · 3 h"), and a provider's name read as a
person's became each card's byline, the portal its outlet; a logo line alone was
chrome, the portal the outlet; a name glued to its logo's text was the outlet with the
text ("Marlow Courier logo Marlow Courier").

:func:`card_logo_name` reads the name a card's header lines give as a logo's text
(:func:`analysis.clean.html_logo.logo_text_name`): a reporter has a photo, never a
logo. :mod:`analysis.clean.articles` makes it the card's outlet, and no card of a page
whose cards show such logos is read as signed by the name it prints. No tuned value.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.html_logo import MAX_LOGO_WORDS, logo_text_name
from analysis.clean.name_forms import compact_name

__all__ = ["card_logo_name"]


def card_logo_name(lines: Sequence[str]) -> str | None:
    """The provider a card's header lines name by its logo's text, or None.

    Parameters
    ----------
    lines : sequence of str
        The card's lines from its first down to its headline's, in page order.

    Returns
    -------
    str or None
        The name of the first line that is a logo's text ("Marlow Courier logo",
        "Logo: Marlow Courier"), or that opens with one followed by the same name
        ("Marlow Courier logo Marlow Courier · 3 h"); None when no line does.
    """
    for line in lines:
        words = line.split()
        if not words:
            continue
        if name := logo_text_name(line.strip()):
            return name
        # the logo's text glued to the name printed after it (a Markdown image inline)
        for end in range(2, min(len(words), MAX_LOGO_WORDS + 2) + 1):
            name = logo_text_name(" ".join(words[:end]))
            rest = " ".join(words[end:])
            if name and compact_name(rest).startswith(compact_name(name)):
                return name
    return None
