"""Records of an XML export that is no feed: an archive's Dublin Core records.

A digitised newspaper's archive, a library's or a repository's catalogue answers a
harvester in OAI-PMH (``<OAI-PMH><ListRecords><record>...<oai_dc:dc>``) and exports its
records as Dublin Core: each story an element whose children name its title, creator,
date, publisher and description, in any namespace, under any root. Saved as ``.xml``, such
a file is no RSS or Atom feed; :func:`record_items` reads it as the list of stories it
holds, one per element holding a title and a date or a description by those names (the
format's own element names, not a site's): its creators the byline, its publisher the
outlet, its description the text; a header's harvest stamp (``datestamp``) and the
response's date are no story's (they are no children of the record's element).
"""

from __future__ import annotations

from typing import NamedTuple
from xml.etree.ElementTree import Element

from analysis.clean.xml_elements import children

__all__ = ["Record", "record_items"]

#: The local names of a record's children giving each of its fields (Dublin Core's and
#: its qualified terms'; not "created", which a note-taking app's export writes for
#: when a clip was saved).
RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "date": ("date", "issued"),
    "author": ("creator",),
    "source": ("publisher",),
    "teaser": ("description", "abstract"),
    "link": ("identifier",),
}
#: The fewest records that make a list.
MIN_RECORDS = 2


class Record(NamedTuple):
    """One story of an XML export.

    Attributes
    ----------
    title : str
        Its title.
    link : str or None
        Its ``http(s)`` identifier, None when it gives none.
    date : str or None
        Its date as written.
    teaser : str
        Its description.
    source : str or None
        Its publisher.
    author : str or None
        Its creators' names, joined by ", ".
    """

    title: str
    link: str | None
    date: str | None
    teaser: str
    source: str | None
    author: str | None


def record_items(root: Element) -> list[Record]:
    """The stories an XML export's records give, in the file's order.

    Parameters
    ----------
    root : Element
        The parsed file's root.

    Returns
    -------
    list of Record
        One per element with a title child and a date or a description child; empty
        when fewer than :data:`MIN_RECORDS` elements are such records.
    """
    records = [record for element in root.iter() if (record := _record(element)) is not None]
    return records if len(records) >= MIN_RECORDS else []


def _record(element: Element) -> Record | None:
    """An element's story, or None when its children give no title and no date or
    description."""
    values = {field: _texts(element, names) for field, names in RECORD_FIELDS.items()}
    if not values["title"] or not (values["date"] or values["teaser"]):
        return None
    link = next((v for v in values["link"] if v.startswith(("http://", "https://"))), None)
    return Record(
        values["title"][0],
        link,
        values["date"][0] if values["date"] else None,
        " ".join(values["teaser"]),
        values["source"][0] if values["source"] else None,
        ", ".join(values["author"]) or None,
    )


def _texts(element: Element, names: tuple[str, ...]) -> list[str]:
    """The texts of an element's children of those local names, spaces collapsed, the
    empty ones left out."""
    found = (" ".join("".join(c.itertext()).split()) for c in children(element, *names))
    return [text for text in found if text]
