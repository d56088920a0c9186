"""What a reader view or a save tool prints around a page's masthead, none of it a name.

A page saved by a browser's reader view or a clipping tool keeps marks of the saving
above the site's masthead: the logo image's label ("Logo: The Fenwick Gazette", the
image's alternative text after the word for a logo) and the tool's own line dating the
saving ("Saved from the web on 5 December 2026, 10:14 UTC", "Captured on 3 May 2026");
a print view, its label over the masthead ("Print version", "Версія для друку"); and
``head`` or ``tail`` run on several files, each file's banner (``==> posts/a.md <==``),
whose file name may read as a domain (``.md``). :func:`without_capture_marks` blanks
them, so the masthead under them is the page's first name line
(:mod:`analysis.clean.site_name`). The words are English's, the word
for a logo in the languages that print it so and a print view's label in the languages
of Europe; no site's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from analysis.clean.dates import find_date_span
from analysis.clean.html_logo import LOGO_WORDS
from analysis.clean.weekdays import is_weekday_name

__all__ = [
    "CAPTURE_LINES",
    "SAVED_LINE_LINES",
    "capture_line",
    "capture_line_index",
    "top_lines",
    "without_capture_marks",
]

#: A save tool's line is read among the page's first this many lines with a word.
CAPTURE_LINES = 2

#: A save tool's dated line ("Saved 6 December 2026") is read among the page's first
#: this many lines with a word: a read-later app's text copy prints the story's
#: headline, its site's name and its host over the line (Instapaper's, h388), one line
#: more than :data:`CAPTURE_LINES` for each. Set by that layout, not tuned.
SAVED_LINE_LINES = 4

# The word for a logo, then a colon, before the name its image shows.
_LOGO_LABEL = re.compile(
    r"\s*(?i:" + "|".join(sorted(LOGO_WORDS, key=lambda w: (-len(w), w))) + r")\s*:\s+(?=\S)"
)
# A save tool's line: the past participle of saving, a few words, then "on" and a date,
# or a spaced separator and the date ("Saved to Readlater · Sat 5 Dec 2026 00:20"); in
# the languages a note or a clipper is written in, "saved on" right before the date
# (German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Ukrainian,
# Thai "บันทึกเมื่อ 6 ธ.ค. 2569 14:05", Japanese and Chinese "保存日" / "保存于",
# Korean "저장일"; Turkish "Kaydedildi:" and the other languages below, h361); German's
# label before a colon too ("Gespeichert: Sonntag, 6. Dezember
# 2026", a read-later app's export, h361); English's participle right before the date
# ("Saved 6 December 2026", h388).
_SAVED_ON = re.compile(
    r"\s*(?:(?:Saved|Captured|Archived|Clipped|Downloaded)\b(?:\s+\S+){0,4}?(?:\s+on|\s+[·|•])"
    # a read-later app's line of the adding ("Added to Pocket: 6 Dec 2026", h388)
    r"|Added\s+to\s+\S+(?:\s+\S+)?(?:\s+on|:|\s+[·|•])"
    # the participle right before the date ("Saved 6 December 2026", an Instapaper-like
    # copy's line under the site's host, h388): the date must follow it, a weekday first
    r"|(?:Saved|Captured|Archived|Clipped)(?=\s)"
    # (the app may be named before the word for "on": "Gespeichert mit GoodLinks am",
    # "Enregistré avec Pocket le", h388)
    r"|(?:gespeichert(?:(?:\s+\S+){0,3}?\s+am)?|enregistré(?:\s+\S+){0,3}?\s+le"
    r"|guardado(?:\s+\S+){0,3}?\s+el|salvo(?:\s+\S+){0,3}?\s+em"
    r"|salvato(?:\s+\S+){0,3}?\s+il|opgeslagen(?:\s+\S+){0,3}?\s+op"
    r"|zapisano|сохранено|збережено|บันทึก(?:ไว้)?เมื่อ|保存日時?|保存于|保存於"
    # Turkish, Swedish, Danish, Norwegian, Finnish, Czech, Romanian, Hungarian,
    # Indonesian and Malay, Vietnamese, Greek (h361's held-out Turkish export)
    r"|kaydedildi|sparad|gemt|lagret|tallennettu|uloženo|salvat|mentve|disimpan"
    r"|đã\s+lưu|αποθηκεύτηκε"
    # Galician, Catalan, Basque, Belarusian, Bulgarian, Macedonian, Serbian, Croatian and
    # Bosnian, Slovenian, Slovak, Lithuanian, Latvian, Estonian, Icelandic, Albanian,
    # Kazakh, Kyrgyz, Uzbek, Azerbaijani, Armenian (its label closed by "՝"), Georgian,
    # Hebrew, Arabic, Persian, Hindi, Bengali, Tamil, Sinhala ("සුරැකි දිනය", "saved
    # date"), Swahili, Filipino (h376)
    r"|gardado(?:\s+o)?|desat(?:\s+el)?|guardat(?:\s+el)?|gordeta|захавана|запазено"
    r"|зачувано|сачувано|sačuvano|spremljeno|shranjeno|uložené|išsaugota|saglabāts"
    r"|salvestatud|vistað|ruajtur|сақталды|сакталды|saqlandi|saxlanılıb|saxlanıldı"
    r"|պահպանված(?:\s+է)?|შენახულია|נשמר|حُفظ|تم\s+الحفظ|ذخیره\s+شده|सहेजा\s+गया"
    r"|সংরক্ষিত|சேமிக்கப்பட்டது|සුරැකි(?:\s+දිනය)?|imehifadhiwa|na-save"
    r"|저장일(?:시)?)\s*[:：՝]?)\s*",
    re.IGNORECASE,
)


def capture_line(lines: Sequence[str]) -> tuple[str, int] | None:
    """The save tool's line dating the saving, among the page's first
    :data:`SAVED_LINE_LINES` lines with a word ("Saved from the web on 5 December 2026, 10:14
    UTC"), and where its date starts.

    Parameters
    ----------
    lines : sequence of str
        The page's text, one line an item, top first.

    Returns
    -------
    tuple of (str, int) or None
        The line and the index its date starts at (right after "on"); None when no such
        line opens the page.
    """
    index = capture_line_index(lines)
    if index is None:
        return None
    return lines[index], _saved_date_start(lines[index]) or 0


def capture_line_index(lines: Sequence[str]) -> int | None:
    """The index of the save tool's dated line (:func:`capture_line`), whose date is the
    saving's, never the story's; None when no such line opens the page.

    Parameters
    ----------
    lines : sequence of str
        The page's text, one line an item, top first.

    Returns
    -------
    int or None
        The line's index.
    """
    for i, line in top_lines(lines, SAVED_LINE_LINES):
        if _saved_date_start(line) is not None:
            return i
    return None


def top_lines(lines: Sequence[str], count: int = CAPTURE_LINES) -> Iterator[tuple[int, str]]:
    """The page's first ``count`` lines with a word, with their indices.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    count : int
        How many lines with a word (default :data:`CAPTURE_LINES`).

    Yields
    ------
    tuple of (int, str)
        A line's index and the line, top first.
    """
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > count:
            return
        yield i, line


def _saved_date_start(line: str) -> int | None:
    """Where the date of a save tool's line starts (right after its "on"), or None for
    another line."""
    saved = _SAVED_ON.match(line)
    if saved is None:
        return None
    rest = line[saved.end() :]
    date = find_date_span(rest)
    if date is None:
        return None
    # (the saving's weekday may come first: "Saved on Friday, 4 December 2026 at 00:40")
    lead = rest[: date[0]].strip(" ,")
    return saved.end() if not lead or is_weekday_name(lead) else None


# A print view's label, the whole line: "Print version", "Printer-friendly version",
# "Druckversion", "Версія для друку" (English, German, French, Spanish, Italian,
# Portuguese, Dutch, Polish, Czech, Slovak, Russian, Ukrainian and Belarusian,
# Bulgarian, Serbian and Macedonian, Croatian and Bosnian, the Nordic languages,
# Finnish, Turkish, Hungarian, Romanian, Greek).
_PRINT_VIEW = re.compile(
    r"\s*(?:print(?:er[- ]friendly|able)?\s+(?:version|view|edition)|print\s+preview"
    r"|druckversion|druckansicht|version\s+(?:imprimable|à\s+imprimer)"
    r"|versión\s+(?:para\s+imprimir|imprimible)|versione\s+(?:stampabile|per\s+la\s+stampa)"
    r"|versão\s+(?:para\s+(?:impressão|imprimir)|imprimível)|printversie|afdrukversie"
    r"|wersja\s+do\s+druku|verze\s+pro\s+tisk|verzia\s+pre\s+tlač|версия\s+для\s+печати"
    r"|версія\s+для\s+друку|версия\s+за\s+печат|верзија\s+за\s+(?:штампу|печатење|печат)"
    r"|verzija\s+za\s+(?:ispis|štampu|tisak)|utskriftsversion|utskriftsversjon|printversion"
    r"|udskriftsvenlig\s+version|tulostettava\s+versio|yazdırılabilir\s+sürüm"
    r"|nyomtatható\s+(?:változat|verzió)|versiune\s+(?:pentru\s+tipărire|imprimabilă)"
    r"|εκτυπώσιμη\s+έκδοση|έκδοση\s+για\s+εκτύπωση)\s*[.:]?\s*",
    re.IGNORECASE,
)


# The banner ``head`` and ``tail`` print over each file's lines when given several.
_FILE_BANNER = re.compile(r"==> \S.*<==\s*")


def without_capture_marks(lines: Sequence[str]) -> Sequence[str]:
    """The lines with a logo's label, a save tool's dated line and a file's banner blanked.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    sequence of str
        ``lines`` itself when none of its first :data:`CAPTURE_LINES` lines with a word
        holds a mark and no line is a file's banner; else a copy with the label's
        characters (``Logo:``), the save tool's or the print view's whole line and every
        file banner (``==> posts/a.md <==``) replaced by spaces (every other position
        unchanged).
    """
    blanked: list[str] | None = None
    for i, line in enumerate(lines):
        if line.startswith("==> ") and _FILE_BANNER.fullmatch(line) is not None:
            blanked = list(lines) if blanked is None else blanked
            blanked[i] = " " * len(line)
    for i, line in top_lines(lines):
        end = None
        if (label := _LOGO_LABEL.match(line)) is not None:
            end = label.end()
        elif _PRINT_VIEW.fullmatch(line) is not None or _saved_date_start(line) is not None:
            end = len(line)
        if end is not None:
            blanked = list(lines) if blanked is None else blanked
            blanked[i] = " " * end + line[end:]
    return lines if blanked is None else blanked
