"""A site named by the line that says which group it belongs to.

A paper of a newspaper group often prints its own name nowhere but in a footer line
beside the group's copyright notice ("The Example Gazette is part of Example Media Ltd.",
"O Jornal Exemplo é um veículo do Grupo Exemplo", "Exemple Matin est une publication du
groupe Exemple", English's group before its noun: "The Example Record is a Example Media
title"): the masthead is an image with no text. The copyright notice then names
the group, which is no site of its own. :func:`member_site` finds the member's name in
such a line when the group it names is the copyright holder the page would be filed
under, or the name it would be filed under while the member's name is a line of its own
too (:func:`member_masthead`: a masthead beside the group's;
:func:`analysis.clean.site_name.page_site_name`). A US broadcaster's footer names the station
so beside its licensee's notice: "KXYZ AM 1230 is licensed to PLACE. © 2026 Example
Audio LLC" (the city of license, :func:`_licensed_station`). The phrases are a word table
of the languages' "is part of / is published by / is a publication of"; no tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.name_forms import compact_name

# "is part of / a publication, title, brand or member of / published or owned by" in
# en, pt, es, fr, it, nl, de (review h329: a local paper's footer over its group's notice),
# and "is part of" in more languages
_MEMBER_OF = (
    r"is\s+(?:a\s+)?part\s+of"
    # a business title's data or markets site, a trade title's unit (h439: "NAME is a
    # service of GROUP, publisher of ..." under the group's notice)
    r"|is\s+(?:a|an)\s+(?:publication|title|brand|member|product|service|division|unit)\s+of"
    r"|is\s+(?:published|owned|operated)\s+by"
    # the site's kind between ("NAME is an editorially independent magazine published by
    # GROUP": a magazine's, a science or institute title's footer over its owner's notice,
    # review h439), a few words of description before the noun
    r"|is\s+(?:a|an)\s+(?:[^\W\d_][\w-]*\s+){0,3}?"
    r"(?:magazine|newspaper|paper|journal|newsletter|publication|title|website|site)\s+"
    r"(?:published|owned|operated|run)\s+by"
    r"|é\s+(?:um|uma)\s+(?:veículo|publicação|marca|título)\s+d[oa]|faz\s+parte\s+d[oa]"
    r"|es\s+una\s+(?:publicación|cabecera|marca)\s+de(?:l)?|forma\s+parte\s+de(?:l)?"
    r"|est\s+une\s+(?:publication|marque|édition|titre)\s+d[eu]s?|fait\s+partie\s+d[eu]s?"
    r"|è\s+una\s+(?:testata|pubblicazione)\s+d(?:i|el(?:la)?)|fa\s+parte\s+d(?:i|el(?:la)?)"
    r"|is\s+een\s+(?:uitgave|titel)\s+van|maakt\s+deel\s+uit\s+van"
    r"|ist\s+ein(?:e)?\s+(?:Angebot|Publikation|Marke|Titel)\s+(?:der|des|von)"
    r"|gehört\s+zu(?:r|m)?"
    # nb, nn, da, sv, de, ro, pl, cs, sk "is (a) part of" (h382: "NAME er en del av GROUP."
    # over the group's notice)
    r"|er\s+(?:en|ein)\s+del\s+a[vf]|är\s+en\s+del\s+av|ist\s+(?:ein\s+)?Teil\s+(?:der|des|von)"
    r"|face\s+parte\s+din|jest\s+częścią|je\s+součástí|je\s+súčasťou"
)
# the member's name (a few words opening with a capital or a digit)
_SITE = r"(?P<site>[^\W_](?:[^\s.!?:;|]*)(?:\s+[^\s.!?:;|]+){0,6}?)"
# the member's name, the phrase, the group
_MEMBER_LINE = re.compile(
    rf"^\s*{_SITE}\s+(?:{_MEMBER_OF})\s+(?P<group>[^.|]{{2,80}}?)\s*(?:[.|]|$)",
    re.IGNORECASE,
)
# English names the group before the noun too: "NAME is a GROUP title", "NAME is an
# GROUP publication" (review h338), "NAME is a GROUP company" (h439), the noun closing
# the sentence
_GROUP_NOUN_LINE = re.compile(
    rf"^\s*{_SITE}\s+is\s+(?:a|an)\s+(?P<group>[^.|]{{2,80}}?)\s+"
    r"(?:publication|title|brand|newspaper|website|product|company)\s*(?:[.|]|$)",
    re.IGNORECASE,
)

# a US broadcaster's footer names the station by its city of license, the licensee's
# notice beside it ("KXYZ AM 1230 is licensed to Carrow, Montana. © 2026 Example Audio
# LLC": the station's own name, its logo an image); the licensee is the holder
_LICENSED_LINE = re.compile(rf"^\s*{_SITE}\s+is\s+licensed\s+to\s+(?:serve\s+)?\S", re.IGNORECASE)


def _licensed_station(lines: Sequence[str], line_no: int, key: str) -> re.Match[str] | None:
    """The match of a line "STATION is licensed to PLACE" (:data:`_LICENSED_LINE`) whose
    rest, or the next line, holds the copyright holder's compact name ``key``: the
    licensee's notice beside the station's city of license."""
    found = _LICENSED_LINE.match(lines[line_no])
    if found is None:
        return None
    rest = lines[line_no][found.end() :]
    if line_no + 1 < len(lines):
        rest = f"{rest} {lines[line_no + 1]}"
    return found if key in compact_name(rest) else None


def member_site(lines: Sequence[str], holder: str) -> tuple[int, int, int] | None:
    """Where a line names the site as a member of the copyright ``holder``'s group.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    holder : str
        The name of the copyright holder the page would be filed under.

    Returns
    -------
    tuple of (int, int, int) or None
        The line's index and the member name's span in it, for a line "NAME is part of
        GROUP" (:data:`_MEMBER_OF` in its languages) or "NAME is a GROUP title" whose
        GROUP holds the holder's name and whose NAME is not the holder's, or for a
        station's line "NAME is licensed to PLACE" beside the holder's notice
        (:func:`_licensed_station`); None when no line says so.
    """
    key = compact_name(holder)
    if not key:
        return None
    for line_no, line in enumerate(lines):
        found = _MEMBER_LINE.match(line) or _GROUP_NOUN_LINE.match(line)
        if found is None:
            if (licensed := _licensed_station(lines, line_no, key)) is not None:
                site = compact_name(licensed["site"])
                if site and site not in key and key not in site:
                    return line_no, licensed.start("site"), licensed.end("site")
            continue
        site = compact_name(found["site"])
        if key in compact_name(found["group"]) and site and site not in key and key not in site:
            return line_no, found.start("site"), found.end("site")
    return None


def member_masthead(lines: Sequence[str], member: tuple[int, int, int]) -> bool:
    """True when the member's name a group line names (:func:`member_site`) is also a
    line of its own on the page: its masthead, printed beside the group's name.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    member : tuple of (int, int, int)
        The group line's index and the member name's span in it.

    Returns
    -------
    bool
        Whether another line holds the member's name alone.
    """
    line_no, start, end = member
    key = compact_name(lines[line_no][start:end])
    return any(index != line_no and compact_name(line) == key for index, line in enumerate(lines))
