"""A forum post's BBCode source saved as text, made plain (stage 1, with the text dump's
other marks).

Forums (phpBB, vBulletin, MyBB, SMF ...) keep a post as BBCode: formatting in square
brackets, each opened tag closed by its ``[/name]`` (``[b]bold[/b]``,
``[size=150]big[/size]``, ``[color=gray]...[/color]``), a link as
``[url=ADDRESS]text[/url]`` or ``[url]ADDRESS[/url]``, a quotation as
``[quote]...[/quote]`` (``[quote=NAME]``), an image as ``[img]ADDRESS[/img]``, a list as
``[list]`` with ``[*]`` items and a rule as ``[hr]``. A member's round-up of the week's
stories copied from the post editor reads as its text only once these are off:
:func:`plain_bbcode` takes them off when the page is BBCode (:func:`is_bbcode`: at least
two tags of the language closed by their own closing tag, so a bracketed word in prose,
``[sic]``, ``[1]``, ``[b]`` alone, leaves the page as it is). A link is its text (a bare
``[url]`` its address), an image nothing, a list item a bullet, any other tag nothing.
No tuned value: two closed tags is the fewest that is a pattern rather than an accident;
a tag is looked for closed within 4,000 characters (a long quotation's span).
"""

from __future__ import annotations

import re

# BBCode's tag names: phpBB's, vBulletin's, MyBB's and SMF's defaults.
_TAGS = (
    "b|i|u|s|strike|sup|sub|url|email|quote|size|color|colour|font|center|left|right|"
    "justify|indent|img|list|code|spoiler|h\\d?|heading|highlight|youtube|media|table|tr|td"
)
# The most characters a tag is looked for closed across (a long quotation's), so that
# a tag never closed costs no scan of the whole page from each place it opens.
_SPAN = 4000
# A closed tag: ``[name ...]`` ... ``[/name]`` on the same tag name.
_CLOSED_TAG = re.compile(
    rf"\[({_TAGS})(?:=[^\]\n]*)?\].{{0,{_SPAN}}}?\[/\1\]", re.IGNORECASE | re.DOTALL
)
# An image, or an embedded video: taken off whole.
_EMBED = re.compile(
    r"\[(img|youtube|media)(?:=[^\]\n]*)?\][^\[]*\[/\1\]", re.IGNORECASE | re.DOTALL
)
# A link with its text (``[url=ADDRESS]text[/url]``): its text.
_NAMED_LINK = re.compile(r"\[(url|email)=[^\]\n]*\](.*?)\[/\1\]", re.IGNORECASE | re.DOTALL)
# A bare link (``[url]ADDRESS[/url]``): its address.
_BARE_LINK = re.compile(r"\[(url|email)\]([^\[]*)\[/\1\]", re.IGNORECASE)
# A list item's mark.
_ITEM = re.compile(r"\[\*\][ \t]*")
# A rule, or any other tag of the language, opening or closing.
_TAG = re.compile(rf"\[/?(?:{_TAGS}|hr)(?:=[^\]\n]*)?\]", re.IGNORECASE)


def is_bbcode(text: str) -> bool:
    """Whether ``text`` is a BBCode source: two tags of the language at least are closed
    by their own closing tags (``[b]...[/b]``, ``[url=...]...[/url]``).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    bool
        Whether two closed tags are there.
    """
    if "[/" not in text:
        return False
    return any(found >= 2 for found, _ in enumerate(_CLOSED_TAG.finditer(text), 1))


def plain_bbcode(text: str) -> str:
    """``text`` without BBCode's tags when it is a BBCode source (:func:`is_bbcode`).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with each image or embedded video taken off, each link as its text (a
        bare link as its address), each list item's ``[*]`` as a bullet (``• ``) and
        every other tag of the language (``[b]``, ``[/quote]``, ``[size=85]``,
        ``[hr]``) taken off; any other text as it was.
    """
    if not is_bbcode(text):
        return text
    text = _EMBED.sub("", text)
    text = _NAMED_LINK.sub(r"\2", text)
    text = _BARE_LINK.sub(r"\2", text)
    text = _ITEM.sub("• ", text)
    return _TAG.sub("", text)
