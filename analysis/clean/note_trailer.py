"""A note-taking app's metadata printed under a note's text, taken off (stage 1).

Joplin's RAW export ("RAW - Joplin Export Directory") writes each note as a Markdown
file: the note's title on the first line, a blank line, the note's body (a web clip of
a story, its Markdown), then a blank line and the note's properties, one ``key: value``
line each, in Joplin's own field names::

    id: 2438ec34d69ac06cc6ccd45e479155b4
    parent_id: fb5d1b4a2312e239652b13a24ed9a74f
    created_time: 2026-12-05T08:14:22.118Z
    ...
    source_url: https://www.example.com/news/story
    ...
    type_: 1

Read as the page's text, those lines are no part of the story, yet the ids and the
times sit right under its last paragraph: the ids were kept as body and the clip's
``created_time`` was read as the story's date. :func:`drop_note_trailer` takes the block
off: the text's last non-blank lines, a run of such property lines (a lower-case name of
letters and ``_``, a colon, a value or none) ending with the item's type line (``type_:``
and a number) and holding the note's id (``id:`` and 32 hexadecimal digits), with no
blank line inside. Nothing else is read so; no tuned value.
"""

from __future__ import annotations

import re

__all__ = ["drop_note_trailer"]

# A property line: a field name of lower-case letters and "_", a colon, maybe a value.
_PROPERTY = re.compile(r"^[a-z][a-z_]*:(?: .*)?$")
# The item's type, the export's last line, and the note's id (Joplin's 32-digit ids).
_TYPE = re.compile(r"^type_: \d+$")
_ID = re.compile(r"^id: [0-9a-f]{32}$")


def drop_note_trailer(text: str) -> str:
    """The text without a note's property lines under it (see the module).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text up to the blank line over the properties; the text itself when it
        ends with no such block.

    Examples
    --------
    >>> note = "Title\\n\\nA story.\\n\\nid: " + "a" * 32
    >>> note += "\\nsource_url: https://a.example/s\\ntype_: 1"
    >>> drop_note_trailer(note)
    'Title\\n\\nA story.\\n'
    >>> drop_note_trailer("A story.\\n\\nsource: a paper\\ntype_: 1")
    'A story.\\n\\nsource: a paper\\ntype_: 1'
    """
    lines = text.rstrip().split("\n")
    if not lines or not _TYPE.match(lines[-1]):
        return text
    start = len(lines) - 1
    while start > 0 and _PROPERTY.match(lines[start - 1]):
        start -= 1
    if not any(_ID.match(line) for line in lines[start:]):
        return text
    return "\n".join(lines[:start]).rstrip() + "\n"
