"""The charts' fonts: DejaVu Sans, then fonts for the scripts it has no letters for.

matplotlib's own DejaVu Sans has Latin, Greek, Cyrillic, Armenian, Georgian, Arabic
and Hebrew letters, and none for Han, kana, Hangul, Thai or Devanagari: an outlet
named in those had its row measured as empty boxes (``.notdef``), and matplotlib
warned once per letter. The project depends on three font packages (SIL Open Font
License, installed by pip like any dependency, read from the installed package, no
network): Noto Sans CJK (one face, JP, covers Han of every region, kana and
Hangul), Noto Sans Thai and Noto Sans Devanagari. :func:`chart_families` registers
those it finds with matplotlib's font manager and lists them after DejaVu Sans;
matplotlib (>= 3.6) takes each glyph from the first font of the list that has it,
so the row names are measured in the font that has their letters. In the reports'
SVG the same list is the text's ``font-family``, and the browser draws the text
(right-to-left scripts joined and ordered by the browser's text shaping).

A letter no chart font has is still drawn (an empty box where the viewer has no font
for it either) and :func:`warn_missing_glyphs` says so in one
:class:`MissingGlyphWarning` per set of letters, not one warning per letter.
"""

from __future__ import annotations

import functools
import importlib.util
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
def chart_families() -> tuple[str, ...]:
    """The chart fonts' family names, first choice first, packaged fonts registered.

    Returns
    -------
    tuple of str
        ``"DejaVu Sans"`` and the family of every installed packaged font
        (:data:`PACKAGED_FONTS`), each registered with matplotlib's font manager.
    """
    from matplotlib import font_manager

    families = [PRIMARY_FONT]
    for path in _packaged_font_files():
        font_manager.fontManager.addfont(str(path))
        family = font_manager.FontProperties(fname=str(path)).get_name()
        if family not in families:
            families.append(family)
    return tuple(families)


@functools.cache
def _covered_characters() -> frozenset[int]:
    """Code points that some chart font (:func:`chart_families`) has a glyph for."""
    from matplotlib import font_manager, ft2font

    covered: set[int] = set()
    for family in chart_families():
        path = font_manager.findfont(
            font_manager.FontProperties(family=family), fallback_to_default=False
        )
        covered.update(ft2font.FT2Font(path).get_charmap())
    return frozenset(covered)


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
    covered = _covered_characters()
    letters = dict.fromkeys(
        char
        for text in texts
        for char in text
        if ord(char) not in covered
        and not char.isspace()
        and unicodedata.category(char) not in ("Cc", "Cf")
    )
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


def forget_missing_glyph_warnings() -> None:
    """Let :func:`warn_missing_glyphs` give each of its warnings again (a new notebook)."""
    _WARNED.clear()
