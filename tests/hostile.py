"""Builders of hostile raw pages, generated at test time (no binary fixtures in git).

Each builder writes one file into a folder and returns its path. The texts are made up
for the tests (no seed or benchmark strings); the article-like ones follow the layout of
a text dump: one block per line, menus as bullet lines, blank lines between paragraphs.

:data:`BUILDERS` maps a case name to its builder; :func:`build_all` writes every case
into one folder (the batch test runs ``clean`` on it).
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

# --------------------------------------------------------------------------- text parts

MENU = ["Home", "World", "Politics", "Business", "Science", "Sport", "Culture", "Opinion"]
FOOTER = [
    "About us",
    "Contact",
    "Privacy policy",
    "Terms of use",
    "Cookie settings",
    "© 2025 Example Media Group. All rights reserved.",
]

#: Invented news paragraphs, long enough to read as prose.
PARAGRAPHS = (
    "The regional council approved the new budget on Tuesday after a debate that lasted "
    "more than six hours, with members arguing over the cost of repairing the old river "
    "bridge and the money set aside for school buses in the northern districts.",
    "Officials said the repairs would begin in the spring and should be finished before "
    "the end of the year, although engineers warned that the work could take longer if "
    "the winter floods damage the foundations again.",
    "Residents who attended the meeting were divided. Some welcomed the plan as overdue, "
    "while others said the council had ignored the needs of the villages that depend on "
    "the bridge for their daily trips to the market town.",
    "The opposition leader told reporters that the budget relied on optimistic forecasts "
    "of tax income and that the council would have to borrow money within two years if "
    "the economy did not grow as quickly as the finance office expected.",
    "In a statement released after the vote, the mayor thanked the members for their "
    "work and promised that every district would see improvements to its roads, its "
    "public transport and its libraries before the next election.",
    "Independent analysts were more cautious. They noted that similar promises had been "
    "made three times in the last decade and that most of the planned projects were "
    "delayed by disputes with contractors and by rising prices for building materials.",
)

QUOTED_PARAGRAPH = (
    "\u201cWe cannot wait another winter,\u201d the mayor said at the meeting, adding that "
    "the council\u2019s engineers had checked the bridge twice since the floods."
)


def article_page(paragraphs: list[str] | tuple[str, ...] = PARAGRAPHS[:4]) -> str:
    """A plain article page: menu, title, byline, paragraphs, footer (``\\n`` endings)."""
    lines = ["Example Daily", *(f"  • {item}" for item in MENU), ""]
    lines += ["Council approves budget after long debate over bridge repairs", ""]
    lines += ["By Jane Doe", "June 3, 2025", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    lines += [*(f"  • {item}" for item in FOOTER), ""]
    return "\n".join(lines)


def listing_card(title: str, outlet: str, category: str, body: str | None) -> list[str]:
    """The lines of one listing card (title twice, outlet, time, bullets, body)."""
    lines = [title, title, "", outlet, "", "time5 hours ago", "", f"  • {category}"]
    lines += [f"  • {outlet}", ""]
    if body is not None:
        lines += [title, "", body, ""]
    return lines


# --------------------------------------------------------------------------- builders


def build_empty(folder: Path) -> Path:
    """A zero-byte file."""
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def build_whitespace(folder: Path) -> Path:
    """Spaces, tabs and line breaks only."""
    path = folder / "whitespace.txt"
    path.write_bytes(b"  \n\t\n\r\n   \n\n")
    return path


def png_bytes() -> bytes:
    """A valid 2x2 red PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def build_binary_image(folder: Path) -> Path:
    """An image saved with a .txt name."""
    path = folder / "image.txt"
    path.write_bytes(png_bytes())
    return path


def build_nul_bytes(folder: Path) -> Path:
    """UTF-8 article text with a few NUL bytes inside lines."""
    text = article_page().replace("approved", "appro\x00ved", 1).replace("Officials", "\x00Off")
    path = folder / "nul_bytes.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


#: Control characters (not NUL) put into :func:`build_control_chars`'s page.
CONTROL_CHARS = "\x07\x1b\x0b\x0c\x7f"


def build_control_chars(folder: Path) -> Path:
    """UTF-8 article text with a bell, an escape, a vertical tab, a form feed and DEL."""
    text = article_page()
    text = text.replace("Tuesday", "Tues\x07day", 1).replace("spring", "spr\x1bing", 1)
    # a vertical tab and a form feed are line breaks: printed where a line break was
    text = text.replace(".\n", ".\x0b", 1).replace("\n\nResidents", "\n\x0cResidents", 1)
    text = text.replace("optimistic", "optim\x7fistic", 1)
    path = folder / "control_chars.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


#: The text of the UTF-16 pages: ASCII plus accented letters, curly quotes and a dash.
UTF16_PARAGRAPHS = (
    *PARAGRAPHS[:3],
    "The caf\u00e9 owner in M\u00fcnster, Ren\u00e9e Dupr\u00e9, said the plan was "
    "\u201ca good start\u201d \u2013 but not enough for the villages.",
)


def build_utf16_le_no_bom(folder: Path) -> Path:
    """UTF-16 little-endian without a byte-order mark."""
    path = folder / "utf16_le_no_bom.txt"
    path.write_bytes(article_page(UTF16_PARAGRAPHS).encode("utf-16-le"))
    return path


def build_utf16_be_no_bom(folder: Path) -> Path:
    """UTF-16 big-endian without a byte-order mark."""
    path = folder / "utf16_be_no_bom.txt"
    path.write_bytes(article_page(UTF16_PARAGRAPHS).encode("utf-16-be"))
    return path


#: A paragraph with Windows-1252's smart quotes, dashes, ellipsis, euro sign and accents.
CP1252_PARAGRAPH = (
    "\u201cThe bridge is not safe,\u201d said Andr\u00e9 M\u00fcller, the council\u2019s "
    "engineer \u2013 he has inspected it since 1998 \u2026 and the repairs will cost "
    "\u20ac4 million, \u2018at the very least\u2019 \u2014 a sum the council cannot find "
    "this year."
)


def build_cp1252_smart_quotes(folder: Path) -> Path:
    """A Windows-1252 page whose body uses “ ” ‘ ’ – — … € and accented letters."""
    path = folder / "cp1252_smart_quotes.txt"
    page = article_page([CP1252_PARAGRAPH, *PARAGRAPHS[:3]])
    path.write_bytes(page.encode("cp1252"))
    return path


def mixed_line_endings(text: str) -> str:
    """``text`` with its ``\\n`` line ends replaced by ``\\r\\n``, ``\\r`` and ``\\n`` in turn.

    A ``\\r`` is never put right before an empty line ending in ``\\n``: the two would
    read as one ``\\r\\n``, a single line end, in any reader.
    """
    endings = ("\r\n", "\r", "\n")
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines[:-1]):
        ending = endings[index % 3]
        # The next line is empty and ends with "\n" (the next ending in turn).
        if ending == "\r" and not lines[index + 1] and index + 1 < len(lines) - 1:
            ending = "\r\n"
        out.append(line + ending)
    out.append(lines[-1])
    return "".join(out)


def build_mixed_line_endings(folder: Path) -> Path:
    """The plain article page with ``\\r\\n``, ``\\r`` and ``\\n`` line ends mixed."""
    path = folder / "mixed_line_endings.txt"
    path.write_bytes(mixed_line_endings(article_page()).encode("utf-8"))
    return path


#: Size of the big page: 20 MB.
BIG_PAGE_BYTES = 20 * 1024 * 1024


def big_page_text(n_bytes: int = BIG_PAGE_BYTES, seed: int = 0) -> str:
    """An article page of about ``n_bytes`` UTF-8 bytes made of realistic paragraphs.

    Each paragraph is four sentences drawn from the invented paragraphs with a seeded
    random generator and a running paragraph number, so no two paragraphs repeat (a
    page of identical lines would be treated as repeated chrome).
    """
    rng = random.Random(seed)
    sentences = [s.strip().rstrip(".") + "." for p in PARAGRAPHS for s in p.split(". ")]
    head = article_page(())
    head, tail = head[: head.index("  • About")], head[head.index("  • About") :]
    parts = [head]
    size = len(head.encode("utf-8")) + len(tail.encode("utf-8"))
    number = 0
    while size < n_bytes:
        number += 1
        picked = rng.sample(sentences, 4)
        paragraph = f"In part {number} of the report, " + " ".join(picked) + "\n\n"
        parts.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    parts.append(tail)
    return "".join(parts)


def build_big_page(folder: Path) -> Path:
    """One 20 MB article page (under the reader's maximum page size)."""
    path = folder / "big_page_20mb.txt"
    path.write_bytes(big_page_text().encode("utf-8"))
    return path


#: Length of the one long line of :func:`build_long_line`: 1 MB.
LONG_LINE_BYTES = 1024 * 1024


def long_line_text(n_bytes: int = LONG_LINE_BYTES) -> str:
    """An article page whose body is one line of about ``n_bytes`` characters."""
    line = []
    size = 0
    index = 0
    while size < n_bytes:
        sentence = PARAGRAPHS[index % len(PARAGRAPHS)] + " "
        line.append(sentence)
        size += len(sentence)
        index += 1
    return article_page(["".join(line).strip()])


def build_long_line(folder: Path) -> Path:
    """A page with a 1 MB line (no line break inside it)."""
    path = folder / "long_line_1mb.txt"
    path.write_bytes(long_line_text().encode("utf-8"))
    return path


def build_too_large(folder: Path) -> Path:
    """A (sparse) file one byte over the reader's maximum page size."""
    from analysis.clean.read import MAX_PAGE_BYTES

    path = folder / "too_large.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_PAGE_BYTES + 1)
    return path


def html_text() -> str:
    """A small HTML document holding an article."""
    paragraphs = "\n".join(f"    <p>{p}</p>" for p in PARAGRAPHS[:3])
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n'
        "  <title>Council approves budget</title>\n</head>\n<body>\n"
        '  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
        "</ul></nav>\n  <article>\n    <h1>Council approves budget</h1>\n"
        f"{paragraphs}\n  </article>\n</body>\n</html>\n"
    )


def build_html(folder: Path) -> Path:
    """An HTML file saved where a text dump was expected."""
    path = folder / "saved_page.txt"
    path.write_bytes(html_text().encode("utf-8"))
    return path


def no_article_text() -> str:
    """A page of chrome only: masthead, menus, a short teaser list, footer."""
    lines = ["Example Daily", *(f"  • {item}" for item in MENU), "", "Trending", ""]
    for n in range(1, 6):
        lines += [f"Headline number {n} about the weather", "", f"June {n}, 2025", ""]
    lines += ["Newsletter", "Sign up", "", *(f"  • {item}" for item in FOOTER), ""]
    return "\n".join(lines)


def build_no_article(folder: Path) -> Path:
    """A page with menus, teasers and a footer but no article."""
    path = folder / "no_article.txt"
    path.write_bytes(no_article_text().encode("utf-8"))
    return path


#: The cards of :func:`listing_text`: (title, outlet, category, body or None).
LISTING_CARDS = (
    ("Council approves budget after long debate", "North Gazette", "Politics", PARAGRAPHS[0]),
    ("Bridge repairs to start in spring, officials say", "River Times", "Local", None),
    ("Opposition warns the budget relies on optimistic forecasts", "Valley Post", "Business",
     PARAGRAPHS[3]),
    ("Mayor promises better roads in every district", "Town Herald", "Politics",
     PARAGRAPHS[4]),
)  # fmt: skip


def listing_text() -> str:
    """A listing page of four cards; the second card has a title but no body."""
    lines = ["logo", "#", "", "Latest news about the council", ""]
    for card in LISTING_CARDS:
        lines += listing_card(*card)
    lines += ["DOWNLOAD THE APP", "", "Get the app for your phone", ""]
    return "\n".join(lines)


def build_listing_card_without_body(folder: Path) -> Path:
    """A listing page where one card has no body."""
    path = folder / "listing_card_without_body.txt"
    path.write_bytes(listing_text().encode("utf-8"))
    return path


#: A file name with spaces and non-ASCII letters (NFC).
UNUSUAL_NAME = "Zürich nachrichten 1.txt"


def build_unusual_name(folder: Path) -> Path:
    """The plain article page under a name with spaces and non-ASCII letters."""
    path = folder / UNUSUAL_NAME
    path.write_bytes(article_page().encode("utf-8"))
    return path


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "empty": build_empty,
    "whitespace": build_whitespace,
    "binary_image": build_binary_image,
    "nul_bytes": build_nul_bytes,
    "control_chars": build_control_chars,
    "utf16_le_no_bom": build_utf16_le_no_bom,
    "utf16_be_no_bom": build_utf16_be_no_bom,
    "cp1252_smart_quotes": build_cp1252_smart_quotes,
    "mixed_line_endings": build_mixed_line_endings,
    "big_page": build_big_page,
    "long_line": build_long_line,
    "too_large": build_too_large,
    "html": build_html,
    "no_article": build_no_article,
    "listing_card_without_body": build_listing_card_without_body,
    "unusual_name": build_unusual_name,
}


def build_all(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, Path]:
    """Write every hostile case (except ``skip``) into ``folder``; return name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: build(folder) for name, build in BUILDERS.items() if name not in skip}
