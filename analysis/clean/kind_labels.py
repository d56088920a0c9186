"""A label naming what kind of page a story is: "Press release", "Sponsored content".

A site prints over or under a story's headline a line saying what the story is, when it
is not its newsroom's reporting: an issuer's press release it republishes ("Press
release", "Pressemitteilung", "Comunicato stampa") or a sponsor's paid content
("Sponsored content", "Paid post", "Kontenut sponsorjat"). The line is short and sits
between the headline and its date line, where a headline's shape tests look, so it reads
as the headline; :mod:`analysis.clean.headline` never takes it for one
(:func:`is_kind_label`).

:data:`KIND_LABELS` holds the labels by language as sites print them (the phrase a
language uses for a press release and for sponsored content), case folded; a line is
such a label when it is only the label, closing punctuation and marks around it left
out. A headline about a press release ("Council issues press release on fares") holds
more words. No tuned value.
"""

from __future__ import annotations

import re

__all__ = ["KIND_LABELS", "is_kind_label"]

#: A story's kind as a label over or under its headline, case folded, by language
#: (ISO 639-1): a press release's, then paid content's.
KIND_LABELS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {"press release", "news release", "media release", "sponsored content"}
        | {"paid post", "paid content", "partner content", "advertorial", "promoted content"}
    ),
    "de": frozenset(
        {"pressemitteilung", "pressemeldung", "presseinformation", "gesponserter inhalt"}
    ),
    "fr": frozenset({"communiqué de presse", "contenu sponsorisé", "publireportage"}),
    "es": frozenset({"comunicado de prensa", "nota de prensa", "contenido patrocinado"}),
    "pt": frozenset({"comunicado de imprensa", "conteúdo patrocinado", "publieditorial"}),
    "it": frozenset({"comunicato stampa", "contenuto sponsorizzato", "redazionale"}),
    "nl": frozenset({"persbericht", "gesponsorde inhoud"}),
    "sv": frozenset({"pressmeddelande", "sponsrat innehåll"}),
    "da": frozenset({"pressemeddelelse", "sponsoreret indhold"}),
    "nb": frozenset({"pressemelding", "sponset innhold"}),
    "fi": frozenset({"tiedote", "lehdistötiedote", "kaupallinen yhteistyö"}),
    "pl": frozenset({"informacja prasowa", "komunikat prasowy", "artykuł sponsorowany"}),
    "cs": frozenset({"tisková zpráva", "sponzorovaný obsah"}),
    "sk": frozenset({"tlačová správa", "sponzorovaný obsah"}),
    "hu": frozenset({"sajtóközlemény", "szponzorált tartalom"}),
    "ro": frozenset({"comunicat de presă", "conținut sponsorizat"}),
    "mt": frozenset({"stqarrija għall-istampa", "kontenut sponsorjat"}),
    "ru": frozenset({"пресс-релиз", "на правах рекламы"}),
    "uk": frozenset({"прес-реліз", "на правах реклами"}),
    "el": frozenset({"δελτίο τύπου"}),
    "tr": frozenset({"basın bülteni", "basın açıklaması"}),
    "id": frozenset({"siaran pers", "konten bersponsor"}),
}

_ALL_LABELS = frozenset().union(*KIND_LABELS.values())

# What may stand around the label on its line: marks, brackets, a colon, a bullet.
_AROUND = re.compile(r"^[\W_]+|[\W_]+$")


def is_kind_label(line: str) -> bool:
    """True for a line that is only a label naming the story's kind
    (:data:`KIND_LABELS`: "Press release", "SPONSORED CONTENT", "[Pressemitteilung]").

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Whether the line, without the marks around it and case folded (its spaces
        made single), is such a label.
    """
    text = " ".join(_AROUND.sub("", line).split()).casefold()
    return text in _ALL_LABELS
