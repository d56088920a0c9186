"""The charts' fonts: DejaVu Sans, then fonts for the scripts it has no letters for.

matplotlib's own DejaVu Sans has Latin, Greek, Cyrillic, Armenian, Georgian, Lao,
Arabic and Hebrew letters, and none for Han, kana, Hangul, Thai, Devanagari,
Bengali, Tamil or Telugu, nor Urdu's ہ and ے: an outlet named in those had its row
measured as empty boxes (``.notdef``), and matplotlib warned once per letter. The
project depends on font packages (SIL Open Font License, installed by pip like any
dependency, read from the installed package, no network): Noto Sans CJK (one face,
JP, covers Han of every region, kana and Hangul), Noto Sans Thai, Devanagari,
Arabic, Tamil and Telugu, and Hind Siliguri (Bengali). :func:`chart_families` registers
those it finds with matplotlib's font manager and lists them after DejaVu Sans;
matplotlib (>= 3.6) takes each glyph from the first font of the list that has it,
so the row names are measured in the font that has their letters. In the reports'
SVG the same list is the text's ``font-family``, and the browser draws the text
(right-to-left scripts joined and ordered by the browser's text shaping); a chart
with letters DejaVu Sans lacks carries them (:func:`font_face_css`), so that a
browser without a CJK font draws them too.

A letter no chart font has is still drawn (an empty box where the viewer has no font
for it either) and :func:`warn_missing_glyphs` says so in one
:class:`MissingGlyphWarning` per set of letters, not one warning per letter.
"""

from __future__ import annotations

import base64
import functools
import importlib.util
import io
import re
import sys
import unicodedata
import warnings
from collections.abc import Iterable
from pathlib import Path

#: The first chart font: matplotlib's own, which the reports' Latin text is laid out in.
PRIMARY_FONT = "DejaVu Sans"
#: Fonts shipped by the project's font dependencies, as (module, file in the module's
#: folder), in the order matplotlib falls back through them.
PACKAGED_FONTS = (
    ("noto_cjk_sans_otc", "NotoSansCJK-Regular.ttc"),
    ("fontpkg_noto_sans_thai", "files/NotoSansThai[wdth,wght].ttf"),
    ("fontpkg_noto_sans_devanagari", "files/NotoSansDevanagari[wdth,wght].ttf"),
    # The Arabic letters of Urdu and Persian that DejaVu Sans lacks (ہ, ے).
    ("fontpkg_noto_sans_arabic", "files/NotoSansArabic[wdth,wght].ttf"),
    ("fontpkg_hind_siliguri", "files/HindSiliguri-Regular.ttf"),  # Bengali
    ("fontpkg_noto_sans_tamil", "files/NotoSansTamil[wdth,wght].ttf"),
    ("fontpkg_noto_sans_telugu", "files/NotoSansTelugu[wdth,wght].ttf"),
)


def _packaged_font_files() -> list[Path]:
    """The packaged font files that are installed (a missing package is skipped)."""
    found = []
    for module, file in PACKAGED_FONTS:
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            continue
        path = Path(next(iter(spec.submodule_search_locations))) / file
        if path.is_file():
            found.append(path)
    return found


class MissingGlyphWarning(UserWarning):
    """Chart text has letters that no chart font has (they are drawn as empty boxes)."""


#: The warnings :func:`warn_missing_glyphs` gave since :func:`forget_missing_glyph_warnings`
#: (a notebook's charts name the same outlets: one warning, not one per chart).
_WARNED: set[str] = set()


@functools.cache
def _packaged_fonts() -> tuple[tuple[str, str], ...]:
    """(family, file) of each installed packaged font, registered with matplotlib."""
    from matplotlib import font_manager

    fonts = []
    for path in _packaged_font_files():
        font_manager.fontManager.addfont(str(path))
        fonts.append((font_manager.FontProperties(fname=str(path)).get_name(), str(path)))
    return tuple(fonts)


def chart_families() -> tuple[str, ...]:
    """The chart fonts' family names, first choice first, packaged fonts registered.

    Returns
    -------
    tuple of str
        ``"DejaVu Sans"`` and the family of every installed packaged font
        (:data:`PACKAGED_FONTS`), each registered with matplotlib's font manager.
    """
    return tuple(dict.fromkeys([PRIMARY_FONT, *(family for family, _ in _packaged_fonts())]))


@functools.cache
def _charmap(path: str) -> frozenset[int]:
    """The code points a font file's first face has a glyph for."""
    from matplotlib import ft2font

    return frozenset(ft2font.FT2Font(path).get_charmap())


@functools.cache
def _primary_font_file() -> str:
    from matplotlib import font_manager

    return font_manager.findfont(
        font_manager.FontProperties(family=PRIMARY_FONT), fallback_to_default=False
    )


def _letters(texts: Iterable[str], without: frozenset[int]) -> dict[str, None]:
    """The letters of ``texts`` not in ``without``, each once, in order of appearance.

    Spaces, line breaks and other format or control characters draw nothing: left out.
    """
    return dict.fromkeys(
        char
        for text in texts
        for char in text
        if ord(char) not in without
        and not char.isspace()
        and unicodedata.category(char) not in ("Cc", "Cf")
    )


@functools.cache
def _covered_characters() -> frozenset[int]:
    """Code points that some chart font (:func:`chart_families`) has a glyph for."""
    files = [_primary_font_file(), *(path for _, path in _packaged_fonts())]
    return frozenset().union(*(_charmap(path) for path in files))


def missing_glyphs(texts: Iterable[str]) -> str:
    """The letters of ``texts`` that no chart font has, each once, in order of appearance.

    Parameters
    ----------
    texts : iterable of str
        Texts a chart draws.

    Returns
    -------
    str
        The letters without a glyph (spaces, line breaks and other format or control
        characters, which draw nothing, are left out); empty when every letter has one.
    """
    letters = _letters(texts, _covered_characters())
    return "".join(letters)


def warn_missing_glyphs(texts: Iterable[str]) -> None:
    """Warn once when some letters of ``texts`` have no chart font (see module doc).

    The warning (:class:`MissingGlyphWarning`) names the letters and their scripts; the
    same letters warn again only after :func:`forget_missing_glyph_warnings` (which
    :func:`~analysis.report.charts.setup_notebook` calls: once per notebook).

    Parameters
    ----------
    texts : iterable of str
        Texts a chart draws.
    """
    missing = missing_glyphs(texts)
    if not missing:
        return
    scripts = sorted({unicodedata.name(char, "unnamed").split()[0].title() for char in missing})
    message = (
        f"chart text has letters no chart font has ({', '.join(scripts)}: {missing}); "
        "they are drawn as empty boxes where the viewer has no font for them either"
    )
    if message not in _WARNED:
        _WARNED.add(message)
        warnings.warn(message, MissingGlyphWarning, stacklevel=2)


def show_missing_glyph_notes_as_text() -> None:
    """Show a :class:`MissingGlyphWarning` as a plain "Note: ..." line on stdout.

    Python shows a warning with the path and line of the code that gave it, on stderr:
    in a report that is a local path of the machine that ran it (the same data would not
    give the same bytes in another checkout) in a box styled as an error. After this
    call the note reads as text under the chart; every other warning is shown as
    before. Calling it again changes nothing.
    """
    if getattr(warnings.showwarning, "_shows_glyph_notes", False):
        return
    show_other = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, MissingGlyphWarning):
            print(f"Note: {message}", file=sys.stdout)
        else:
            show_other(message, category, filename, lineno, file, line)

    show._shows_glyph_notes = True  # type: ignore[attr-defined]
    warnings.showwarning = show


def forget_missing_glyph_warnings() -> None:
    """Let :func:`warn_missing_glyphs` give each of its warnings again (a new notebook)."""
    _WARNED.clear()


@functools.lru_cache(maxsize=64)
def _font_subset(path: str, letters: str) -> bytes:
    """The first face of font file ``path`` cut to ``letters``, as WOFF.

    Kept: what shaping the letters needs (every layout feature: Thai and Devanagari
    marks), the family and style names, and the font's own time stamp, so that the
    same letters give the same bytes on every run and machine. Hinting is left out.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=0, lazy=True, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = [1, 2]
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=letters)
    subsetter.subset(font)
    font.flavor = "woff"
    buffer = io.BytesIO()
    font.save(buffer, reorderTables=True)
    return buffer.getvalue()


def font_face_css(texts: Iterable[str], family: str = PRIMARY_FONT) -> str:
    """CSS ``@font-face`` rules carrying the packaged fonts' glyphs for ``texts``.

    A browser draws SVG text with its own fonts: one without a CJK font (a server's
    headless browser, many Linux desktops) shows empty boxes. For the letters of
    ``texts`` that DejaVu Sans lacks and a packaged font has, each packaged font (the
    first that has a letter, as matplotlib falls back) is cut to those letters and
    given as a data URL, limited by ``unicode-range`` to them, as a face of the
    first chart font, DejaVu Sans, beside the viewer's own DejaVu Sans
    (``local()``). The first family of the text's list then has every letter:
    Chromium does not fall back from an installed font to a later font of the list
    that is a data URL (seen in headless Chromium 2026-12: empty boxes). Faces limited
    to their letters also add up over several charts on one page.

    Parameters
    ----------
    texts : iterable of str
        Texts a chart draws.
    family : str
        The family the faces are declared under: the first chart font, beside the
        viewer's own DejaVu Sans; another name (:data:`PAGE_SCRIPTS_FAMILY`) gives
        those faces alone, for a page that puts the name first in its font list.

    Returns
    -------
    str
        The rules, one a line; empty when DejaVu Sans has every letter (Latin, Greek,
        Cyrillic, Arabic, Hebrew ...).
    """
    letters = _letters(texts, _charmap(_primary_font_file()))
    if not letters:
        return ""
    local = ", ".join(f"local('{name}')" for name in (PRIMARY_FONT, PRIMARY_FONT.replace(" ", "")))
    faces = []
    for _, path in _packaged_fonts():
        mine = "".join(sorted(char for char in letters if ord(char) in _charmap(path)))
        if not mine:
            continue
        for char in mine:
            del letters[char]
        data = base64.b64encode(_font_subset(path, mine)).decode("ascii")
        ranges = ", ".join(f"U+{ord(char):X}" for char in mine)
        faces.append(
            f"@font-face {{font-family: '{family}'; "
            f"src: url(data:font/woff;base64,{data}) format('woff'); unicode-range: {ranges}}}"
        )
    if not faces:
        return ""
    if family == PRIMARY_FONT:  # the viewer's own DejaVu Sans for every other letter
        faces.insert(0, f"@font-face {{font-family: '{PRIMARY_FONT}'; src: {local}}}")
    return "\n".join(faces)


#: The family an HTML report page's faces for other scripts are declared under
#: (:func:`with_script_faces`), first in the page's font lists.
PAGE_SCRIPTS_FAMILY = "newscompare scripts"
# A font list of JupyterLab's style sheet that nbconvert's lab page inlines: the
# variable every text of the page takes its font from.
_LAB_FONT_VARIABLE = re.compile(r"(--jp-(?:content|ui)-font-family):\s*([^;{}]+);")


def with_script_faces(page: str) -> str:
    """An HTML report page that draws the letters its fonts may lack with the packaged
    fonts' glyphs: the letters of ``page`` DejaVu Sans has none for (CJK, Thai,
    Devanagari ...) as ``@font-face`` rules (:func:`font_face_css`) under
    :data:`PAGE_SCRIPTS_FAMILY`, each face limited to its letters (``unicode-range``),
    that family put first in the page's font lists. A browser without a CJK font then
    draws an outlet named 华夏晨报 in the index's table and a report's heading as the
    charts draw it, where it drew empty boxes; every other letter keeps the page's own
    fonts. The page's font lists: JupyterLab's variables on a notebook's page
    (nbconvert's lab page), else the body's ``sans-serif`` (the index, the
    definitions).

    Parameters
    ----------
    page : str
        An HTML document with a ``</head>``.

    Returns
    -------
    str
        The page with one ``<style>`` element more before ``</head>``; unchanged when
        its fonts need no help (DejaVu Sans has every letter: Latin, Greek, Cyrillic,
        Arabic, Hebrew ...) or it has no ``</head>``.
    """
    if page.isascii() or "</head>" not in page:
        return page
    faces = font_face_css([page], family=PAGE_SCRIPTS_FAMILY)
    if not faces:
        return page
    first = f"'{PAGE_SCRIPTS_FAMILY}'"
    lists = dict(_LAB_FONT_VARIABLE.findall(page))
    if lists:
        declarations = "; ".join(
            f"{name}: {first}, {' '.join(value.split())}" for name, value in lists.items()
        )
        use = f":root {{{declarations}}}"
    else:
        use = f"body {{font-family: {first}, sans-serif}}"
    return page.replace("</head>", f"<style>\n{faces}\n{use}\n</style>\n</head>", 1)
