"""Sign-up boxes between a story's paragraphs, known by the e-mail field they hold.

A site sets a newsletter's sign-up box inside the article (its name, a line of pitch,
a field for the reader's e-mail address and a button), often twice in a long story;
trafilatura keeps the box's heading and pitch in the main text, and in a language no
word table holds nothing in their words tells them from the story's paragraphs. The
markup does: the box holds an ``<input>`` for an e-mail address (``type="email"``, or
a field named ``email``), which no paragraph of a story holds. The box is the field's
nearest ancestor holding any text (:func:`signup_box_paragraphs`); one holding half
of the main text or more is the story itself (a page whose comment form sits inside
the article's element), as for the boxes :mod:`analysis.clean.html_asides` reads by
their names. No tuned value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.clean.html_asides import box_paragraph_texts
from analysis.clean.html_cards import letters

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["signup_box_paragraphs"]


def signup_box_paragraphs(tree: HtmlElement, main_text: str | None) -> frozenset[str]:
    """The texts of the paragraphs of the boxes that ask for the reader's e-mail address.

    Parameters
    ----------
    tree : lxml.html.HtmlElement
        The parsed page.
    main_text : str or None
        The page's main text (trafilatura's); None: no box is read.

    Returns
    -------
    frozenset of str
        Each such paragraph's letters and digits, case folded
        (:func:`analysis.clean.html_cards.letters`), when the main text holds it.

    Examples
    --------
    >>> from lxml import html
    >>> page = html.fromstring(
    ...     "<div><p>The pier reopened on Monday after a year of repairs.</p>"
    ...     "<div class='box'><h4>Harbour Daily</h4><p>News every morning.</p>"
    ...     "<input type='email'><button>Join</button></div>"
    ...     "<p>Fishing boats were the first to moor there again.</p></div>"
    ... )
    >>> main = ("The pier reopened on Monday after a year of repairs.\\nHarbour Daily\\n"
    ...         "News every morning.\\nFishing boats were the first to moor there again.")
    >>> sorted(signup_box_paragraphs(page, main))
    ['harbourdaily', 'newseverymorning']
    """
    if not main_text:
        return frozenset()
    story = letters(main_text)
    found: set[str] = set()
    for field in tree.iter("input"):
        if not _asks_for_email(field):
            continue
        box = next((up for up in field.iterancestors() if letters(up.text_content())), None)
        if box is None:
            continue
        text = letters(box.text_content())
        if 2 * len(text) >= len(story):
            continue  # the story itself holds the field
        found |= {paragraph for paragraph in box_paragraph_texts(box) if paragraph in story}
    return frozenset(found)


def _asks_for_email(field: HtmlElement) -> bool:
    """Whether an ``<input>`` is a field for an e-mail address: its type says so, or its
    name or id is the word ``email`` (a form written before the e-mail type)."""
    if (field.get("type") or "").strip().lower() == "email":
        return True
    return any(
        (value or "").strip().lower().replace("-", "") == "email"
        for value in (field.get("name"), field.get("id"))
    )
