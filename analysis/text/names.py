"""Names (an outlet's, a site's): cleaned of invisible characters, shown so that
look-alike names stay visibly distinct."""

from __future__ import annotations

import unicodedata


def clean_name(text: str) -> str:
    """A name as it reads: NFKC, without invisible format characters, spaces collapsed.

    Format characters (Unicode category Cf: zero-width spaces and joiners, bidi
    controls such as U+202E RIGHT-TO-LEFT OVERRIDE, the BOM, soft hyphens) change how a
    name looks or sorts without being seen, so ``"C\\u200bNN"`` and ``"CNN"`` are one
    name. NFKC folds compatibility forms (full-width ``"ＣＮＮ"``) into their plain letters.

    Parameters
    ----------
    text : str
        A name as printed on a page.

    Returns
    -------
    str
        The cleaned name ("" when nothing visible is left).
    """
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def shown_name(name: str) -> str:
    """A name for display, where look-alikes of another name are visibly different.

    An invisible character (format or control) is shown as ``<U+XXXX>``; a name
    written in more than one script (a Cyrillic "С" among Latin letters) gets
    ``" [scripts: Cyrillic, Latin]"`` appended (the mixed-script test of Unicode TS #39).

    Parameters
    ----------
    name : str
        An outlet name.

    Returns
    -------
    str
        ``name`` itself for an ordinary single-script name.
    """
    shown = "".join(
        f"<U+{ord(ch):04X}>" if unicodedata.category(ch) in ("Cf", "Cc") else ch for ch in name
    )
    scripts = sorted({_script(ch) for ch in name if ch.isalpha()})
    if len(scripts) > 1:
        shown += f" [scripts: {', '.join(scripts)}]"
    return shown


# Scripts written together in one language's names count as one (Unicode TS #39).
_SCRIPT_GROUPS = {"Cjk": "Han", "Hiragana": "Han", "Katakana": "Han", "Hangul": "Han"}


def _script(letter: str) -> str:
    """The script of a letter, from its Unicode name ("CYRILLIC CAPITAL LETTER ES")."""
    script = unicodedata.name(letter, "UNKNOWN").split()[0].title()
    return _SCRIPT_GROUPS.get(script, script)
