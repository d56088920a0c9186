"""analysis.clean.vertical_records: a table printed one record a block (psql's expanded
display, Miller's XTAB output), made-up records."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.vertical_records import vertical_rows

# Made-up stories: headline, date, author (None: none), paper, text.
STORIES = [
    ("Ferry fares rise in spring", "2026-12-03 08:15:00+01", "Jane Roe", "Harbour Courier",
     "Fares on the island ferry rise by a tenth in March. The council says fuel costs more."),
    ("Snow closes the coast road", "2026-12-02 09:15:00+01", None, "Harbour Courier",
     "Half a metre of snow fell overnight. Ploughs were out until the morning."),
    ("Library opens on the pier", "2026-11-28 10:15:00+01", "John Smith", "Harbour Courier",
     "The new library holds books in three languages. Hundreds came on its first day."),
]  # fmt: skip


def _psql(title_key: str = "title") -> str:
    """The stories as psql prints them with expanded display on; the first story's text
    on two lines (its line break printed as '+' and a row with no key)."""
    out = ["news=> \\x", "Expanded display is on.", "news=> SELECT * FROM stories;"]
    for n, (title, date, author, paper, text) in enumerate(STORIES, 1):
        out.append(f"-[ RECORD {n} ]+" + "-" * 40)
        first, _, rest = text.partition(". ") if n == 1 else (text, "", "")
        out += [
            f"{title_key:<9} | {title}",
            f"published | {date}",
            f"author    | {author or ''}",
            f"source    | {paper}",
            f"text      | {first + '.' if rest else first}" + (" " * 10 + "+" if rest else ""),
        ]
        if rest:
            out.append(f"          | {rest}")
    return "\n".join([*out, "", "news=> "])


def _xtab(command: bool = True) -> str:
    """The stories as Miller prints them with --oxtab (an address instead of the paper,
    '-' for a missing author, the date column named by no word the tables hold)."""
    out = ["$ mlr --icsv --oxtab cat stories.csv"] if command else []
    for n, (title, date, author, _, text) in enumerate(STORIES):
        if n:
            out.append("")
        out += [
            f"id       {730 - n}",
            f"title    {title}",
            f"kuupaev  {date[:16]}",
            f"author   {author or '-'}",
            f"url      https://www.harbour-courier.example/news/{730 - n}",
            f"text     {text}",
        ]
    return "\n".join(out) + "\n"


def _rows(text: str) -> list[dict]:
    return extract_articles(text, "records.txt").to_dict("records")


def test_psql_expanded_records_are_one_article_each():
    rows = _rows(_psql())
    assert [r["title"] for r in rows] == [s[0] for s in STORIES]
    assert [r["published"] for r in rows] == ["2026-12-03", "2026-12-02", "2026-11-28"]
    assert [r["byline"] for r in rows] == ["Jane Roe", None, "John Smith"]
    assert {r["outlet"] for r in rows} == {"Harbour Courier"}
    # the text's second line is the same value's, the '+' no part of it
    assert "fuel costs more" in rows[0]["body"] and "+" not in rows[0]["body"]
    assert rows[1]["body"] == STORIES[1][4]


def test_xtab_records_read_with_the_address_host_and_the_date_column():
    for command in (True, False):
        rows = _rows(_xtab(command))
        assert [r["title"] for r in rows] == [s[0] for s in STORIES]
        # "kuupaev" names no field: its values, dates and nothing else in every record
        assert [r["published"] for r in rows] == ["2026-12-03", "2026-12-02", "2026-11-28"]
        assert [r["byline"] for r in rows] == ["Jane Roe", None, "John Smith"]
        assert [r["body"] for r in rows] == [s[4] for s in STORIES]


def test_records_with_other_keys_or_no_headline_key_are_no_listing():
    assert vertical_rows(_psql(title_key="name_of").split("\n")) == []
    lines = _xtab(False).split("\n")
    # the second record prints its keys in another order: no table's records
    second = lines.index("title    " + STORIES[1][0])
    lines[second - 1], lines[second] = lines[second], lines[second - 1]
    assert vertical_rows(lines) == []
    # one record: no listing
    assert vertical_rows(_xtab(False).split("\n")[:6]) == []
    assert len(vertical_rows(_xtab(False).split("\n")[:13])) == 2
