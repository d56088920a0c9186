"""A share bar's names: the services a page offers to share it on ("Facebook  X").

The body detector reads a share bar as a row of cells
(:func:`analysis.clean.body.page_controls.is_control_row`); a text browser's dump prints
one with its names one space apart, which :func:`is_share_names_line` reads, so that the
site-name reader never takes a service for the page's site
(:func:`analysis.clean.site_name.page_site_name`).
"""

from __future__ import annotations

from analysis.text import count_words

#: The services a share bar offers, lower case, as they write their names.
SHARE_TARGETS = frozenset(
    {
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "telegram",
        "viber",
        "linkedin",
        "reddit",
        "pinterest",
        "messenger",
        "threads",
        "bluesky",
        "mastodon",
        "flipboard",
        "tumblr",
        "email",
        "e-mail",
        "mail",
        "sms",
        "line",
        "kakaotalk",
        "wechat",
        "weibo",
        "vk",
        "xing",
    }
)
#: A share bar names at least this many targets (one name alone is a word of a text).
MIN_SHARE_TARGETS = 2
#: The most words of a control's label beside the targets or the page counter.
MAX_LABEL_WORDS = 2


def is_share_names_line(text: str) -> bool:
    """Whether a line is a share bar printed one space apart: only share targets
    (:data:`SHARE_TARGETS`, at least :data:`MIN_SHARE_TARGETS`), after at most a label of
    :data:`MAX_LABEL_WORDS` words ending in a colon.

    A text browser's dump takes its links' marks off a share bar and leaves its names one
    space apart ("[6]Facebook [7]X" is "Facebook X"), which :func:`is_control_row` reads
    as one cell; such a line names the services, never the page's site.

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    bool
        True for "Facebook X", "Teilen: Facebook WhatsApp"; False for "The Messenger",
        "Facebook" alone, or a sentence.

    Examples
    --------
    >>> is_share_names_line("   Facebook X"), is_share_names_line("Mail Online")
    (True, False)
    """
    head, colon, rest = text.partition(":")
    if colon and count_words(head) <= MAX_LABEL_WORDS:
        text = rest
    targets = 0
    for word in text.split():  # (speed: the first word that is no target answers)
        word = word.strip(",|·•/")
        if word and word.casefold() not in SHARE_TARGETS:
            return False
        targets += bool(word)
    return targets >= MIN_SHARE_TARGETS
