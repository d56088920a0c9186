"""Names (an outlet's, a site's): cleaned of invisible characters, shown so that
look-alike names stay visibly distinct."""

from __future__ import annotations

import re
import unicodedata


def clean_name(text: str) -> str:
    """A name as it reads: NFKC, without invisible format characters, spaces collapsed.

    Format characters (Unicode category Cf: zero-width spaces and joiners, bidi
    controls such as U+202E RIGHT-TO-LEFT OVERRIDE, the BOM, soft hyphens) change how a
    name looks or sorts without being seen, so ``"C\\u200bNN"`` and ``"CNN"`` are one
    name; a zero-width non-joiner or joiner between two letters of a script that spells
    with it (Persian "پارس‌نو", the Indic scripts) is part of the name and kept. NFKC
    folds compatibility forms (full-width ``"ＣＮＮ"``) into their plain letters, but the
    Thai and Lao letters it splits in two ("ำ", "ໜ") stay one letter, as printed.

    Parameters
    ----------
    text : str
        A name as printed on a page.

    Returns
    -------
    str
        The cleaned name ("" when nothing visible is left).
    """
    text = "".join(
        part if part in _SPELLED_WHOLE else unicodedata.normalize("NFKC", part)
        for part in _SPELLED_WHOLE_SPLIT.split(text)
    )
    kept = [
        ch
        for i, ch in enumerate(text)
        if unicodedata.category(ch) != "Cf" or _spelling_joiner(text, i)
    ]
    return " ".join("".join(kept).split())


# Letters NFKC writes as two (Thai SARA AM and Lao AM as a nikhahit and "aa", Lao HO NO
# and HO MO as "h" and the consonant): the name keeps the letter it prints.
_SPELLED_WHOLE = "\u0e33\u0eb3\u0edc\u0edd"
_SPELLED_WHOLE_SPLIT = re.compile(f"([{_SPELLED_WHOLE}])")
# Letters of the scripts whose spelling writes a zero-width (non-)joiner inside a word
# (Persian "پارس‌نو", the Indic scripts' half forms): Arabic and its extensions and
# presentation forms, Devanagari to Sinhala.
_JOINING_LETTER = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u0900-\u0dff]"
)


def _spelling_joiner(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a zero-width non-joiner or joiner between two letters of
    a script that spells with it: part of the name, not an invisible addition."""
    return (
        text[index] in "\u200c\u200d"
        and 0 < index < len(text) - 1
        and _JOINING_LETTER.match(text[index - 1]) is not None
        and _JOINING_LETTER.match(text[index + 1]) is not None
    )


def shown_name(name: str) -> str:
    """A name for display, where look-alikes of another name are visibly different.

    An invisible character (format or control) is shown as ``<U+XXXX>``; a name
    written in more than one script (a Cyrillic "С" among Latin letters) gets
    ``" [scripts: Cyrillic, Latin]"`` appended (the mixed-script test of Unicode TS #39;
    Latin beside Chinese, Japanese or Korean letters is one language's writing, as at
    its "highly restrictive" level).

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
    if len(scripts) > 1 and set(scripts) not in _WRITTEN_TOGETHER:
        shown += f" [scripts: {', '.join(scripts)}]"
    return shown


# Scripts one language writes side by side (Unicode TS #39, "highly restrictive": Latin
# with Han and kana, Han and Hangul, Han and Bopomofo; kana and Hangul count as Han
# here): "NHK ニュース", "朝日新聞デジタル&w", a file name "資料 clipping" are no
# look-alikes. Latin among Cyrillic or Greek letters still is.
_WRITTEN_TOGETHER = ({"Han", "Latin"}, {"Bopomofo", "Han", "Latin"}, {"Bopomofo", "Han"})


# Scripts written together in one language's names count as one (Unicode TS #39).
_SCRIPT_GROUPS = {
    "Cjk": "Han",
    "Hiragana": "Han",
    "Katakana": "Han",
    "Katakana-Hiragana": "Han",  # the prolonged sound mark "ー" of both kana
    "Hangul": "Han",
}


def _script(letter: str) -> str:
    """The script of a letter, from its Unicode name ("CYRILLIC CAPITAL LETTER ES")."""
    script = unicodedata.name(letter, "UNKNOWN").split()[0].title()
    return _SCRIPT_GROUPS.get(script, script)
