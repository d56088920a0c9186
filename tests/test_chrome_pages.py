"""Pages of one printed name filed one by one by their chrome (outlet_merge._file_pages).

Two same-name sites of two countries whose dumps print only the name, and a group's
sister papers whose dumps print only the group's notice, each dump telling its site by
its menu and its footer's town (issue #10; review set outlets_h129 pages_b).
"""

from __future__ import annotations

import pandas as pd

from analysis.clean.pipeline import run_clean
from analysis.clean.site_chrome import ChromeLines, _LineHashes
from analysis.stats.metrics import run_metrics

BODY = (
    "The harbour board voted on Tuesday to extend the northern breakwater by forty metres.\n\n"
    '"We have waited long enough," said the chair, who said the work would begin in spring '
    "and last about two years, according to the engineers' estimate.\n\n"
    "Fishermen welcomed the decision but asked for a temporary mooring while the work goes "
    "on, and the board promised to answer them at its next meeting in January.\n"
)
#: Each site: its address, a menu of three sections and the town its footer names.
SITES = {
    "nz": ("https://www.lantern.co.nz/news/", ("Harbour", "Valleys", "Markets"), "Port Ellery"),
    "ca": ("https://lantern.ca/story/", ("Prairies", "Ridings", "Rinks"), "Kestrel Bay"),
}
TITLES = (
    "Breakwater to grow by forty metres",
    "Library opening hours extended",
    "Ferry timetable changes from March",
    "School roof repairs approved",
)


def _html(site: str, n: int) -> str:
    url, menu, _ = SITES[site]
    items = "".join(f"<li><a href='/{item.lower()}/'>{item}</a></li>" for item in menu)
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLES[n]}</title>"
        f"<link rel='canonical' href='{url}{n}'>"
        "<meta property='og:site_name' content='The Lantern'>"
        "<meta property='article:published_time' content='2026-11-02T08:00:00+00:00'></head>"
        f"<body><header><a href='/'>The Lantern</a><nav><ul>{items}</ul></nav></header><main>"
        f"<article><h1>{TITLES[n]}</h1><p class='byline'>By Mara Quill</p>"
        f"<time datetime='2026-11-02'>November 2, 2026</time>{paragraphs}</article></main>"
        "<footer><p>© 2026 The Lantern</p></footer></body></html>\n"
    )


def _dump(site: str, n: int) -> str:
    _, menu, town = SITES[site]
    items = "".join(f"  • {item}\n" for item in menu)
    return (
        f"The Lantern\n{items}\n{TITLES[n]}\n\nBy Tomas Reyl\nNovember {3 + n}, 2026\n\n"
        f"{BODY}\nThe Lantern · {town}\n© 2026 The Lantern\n"
    )


def _run(tmp_path, pages: dict[str, str], jobs: int = 1) -> pd.Series:
    raw, out = tmp_path / f"raw{jobs}", tmp_path / f"out{jobs}"
    raw.mkdir()
    for name, text in pages.items():
        (raw / name).write_text(text, encoding="utf-8")
    assert run_clean(raw, out, jobs) == 0
    assert run_metrics(out, tmp_path / f"reports{jobs}", jobs) == 0
    return pd.read_parquet(out / "article_metrics.parquet").set_index("page")["outlet"]


def _same_name_pages() -> dict[str, str]:
    pages = {}
    for site in SITES:
        pages |= {f"{site}{n}.html": _html(site, n) for n in range(2)}
        pages |= {f"{site}_dump{n}.txt": _dump(site, n + 2) for n in range(2)}
    return pages


def test_dumps_of_two_same_name_sites_are_each_filed_under_their_own_site(tmp_path, capsys):
    # h129 pages_b: "The Star" of Nairobi and of Petaling Jaya, dumps printing only the
    # name, were one outlet of both sites' dumps beside the two sites' HTML pages
    rows = _run(tmp_path, _same_name_pages())
    said = capsys.readouterr().out
    for site in SITES:
        assert rows[f"{site}_dump0.txt"] == rows[f"{site}_dump1.txt"] == rows[f"{site}0.html"]
    assert rows["nz0.html"] != rows["ca0.html"]
    assert rows.nunique() == 2
    assert "2 outlets (2 with articles)" in said  # clean counts as metrics does
    outlets = pd.read_parquet(tmp_path / "out1" / "outlet_metrics.parquet")
    assert len(outlets) == 2 and set(outlets["merged_from"]) == {"name:lantern"}


def test_a_dump_printing_both_sites_menus_stays_with_the_name(tmp_path):
    pages = _same_name_pages()
    nz_menu = "".join(f"  • {item}\n" for item in SITES["nz"][1])
    both = _dump("ca", 0).replace("\n\n", f"\n\n{nz_menu}\n", 1)
    pages["both.txt"] = both  # the Canadian menu, then the New Zealand one: evidence of both
    rows = _run(tmp_path, pages)
    assert rows["both.txt"] not in {rows["nz0.html"], rows["ca0.html"]}
    assert rows["nz_dump0.txt"] == rows["nz0.html"] and rows["ca_dump0.txt"] == rows["ca0.html"]


def test_the_page_filing_is_the_same_with_two_processes(tmp_path):
    pages = _same_name_pages()
    one, two = _run(tmp_path, pages, 1), _run(tmp_path, pages, 2)
    assert one.to_dict() == two.to_dict()
    for name in ("article_metrics", "outlet_metrics"):
        first = (tmp_path / "out1" / f"{name}.parquet").read_bytes()
        assert first == (tmp_path / "out2" / f"{name}.parquet").read_bytes()


def _group_dump(masthead: str | None, menu: tuple[str, ...], n: int) -> str:
    items = "".join(f"  • {item}\n" for item in menu)
    head = f"{masthead}\n" if masthead else ""
    return (
        f"{head}{items}\n{TITLES[n]}\n\nBy Tomas Reyl\nNovember {3 + n}, 2026\n\n{BODY}\n"
        "© 2026 Fellside Media Group. All rights reserved.\n"
    )


def test_a_groups_page_printing_no_masthead_goes_to_the_sister_paper_of_its_menu(tmp_path):
    # h129 pages_b: the Northern and the Southern Weekly print "© Weekly Media Group";
    # a dump of each without its masthead was one outlet of the group, of both papers
    north, south = ("Fells", "Lakes", "Farming"), ("Downs", "Coast", "Harbour")
    pages = {}
    for n in range(2):
        pages[f"north{n}.txt"] = _group_dump("Northern Gazette", north, n)
        pages[f"south{n}.txt"] = _group_dump("Southern Gazette", south, n + 2)
    pages["north_bare.txt"] = _group_dump(None, north, 1)
    pages["south_bare.txt"] = _group_dump(None, south, 3)
    rows = _run(tmp_path, pages)
    assert rows["north_bare.txt"] == rows["north0.txt"] == "Northern Gazette"
    assert rows["south_bare.txt"] == rows["south0.txt"] == "Southern Gazette"


def test_a_menus_bullets_are_read_without_the_masthead_over_them():
    menu = ("Fells", "Lakes", "Farming")
    kinds = []
    for masthead in ("Northern Gazette", None):
        hashes = _LineHashes()
        lines = [(0, hashes.line(f"{masthead}\n"))] if masthead else []
        lines += [(n + 1, hashes.line(f"• {item}\n")) for n, item in enumerate(menu)]
        kinds.append(hashes.of_page_kinds(lines))
    (with_head, its_menu, _), (without, bare_menu, _) = kinds
    assert len(with_head) == 1 and not without  # the masthead's run counts alone
    assert its_menu == bare_menu and len(bare_menu) == 1  # three words: narrow
    bare = _LineHashes()
    alone = bare.of_page_kinds([(1, bare.line("• Fells\n")), (2, bare.line("• Lakes\n"))])
    assert alone == (set(), set(), set())  # two words: no evidence
    chrome = ChromeLines()
    chrome.add_page("name:x", with_head, its_menu, page="p.txt")
    assert chrome.page_lines["p.txt"] == ("name:x", frozenset(with_head | its_menu))
    assert chrome.printing(next(iter(its_menu))) == {"name:x": 1}


def _town_html(town: str, n: int) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLES[n]}</title>"
        f"<link rel='canonical' href='https://{town.lower()}.localside.com/news/{n}'>"
        f"<meta property='og:site_name' content='{town} Local'>"
        "<meta property='article:published_time' content='2026-11-02T08:00:00+00:00'></head>"
        f"<body><header><a href='/'>{town} Local</a></header><main>"
        f"<article><h1>{TITLES[n]}</h1><p class='byline'>By Mara Quill</p>"
        f"<time datetime='2026-11-02'>November 2, 2026</time>{paragraphs}</article></main>"
        "<footer><p>© 2026 Localside Network</p></footer></body></html>\n"
    )


def _town_dump(town: str, n: int, masthead: bool) -> str:
    head = f"{town} Local\n  • News\n  • Events\n  • Homes\n\n" if masthead else ""
    foot = "" if masthead else f"{town} Local\n"
    return (
        f"{head}{TITLES[n]}\n\nBy Tomas Reyl\nNovember {3 + n}, 2026\n\n{BODY}\n\n"
        f"{foot}© 2026 Localside Network\n"
    )


def test_a_town_sites_dump_naming_its_town_over_the_networks_notice_is_that_towns(tmp_path):
    # h151 finding 2: "Millbrook Nearby" / "© 2026 Nearby News Network" at a dump's foot,
    # no masthead at its top: one row of the network held a page of each town
    pages = {}
    for town in ("Hollin", "Ferrow"):
        low = town.lower()
        pages |= {f"{low}{n}.html": _town_html(town, n) for n in range(2)}
        pages[f"{low}_top.txt"] = _town_dump(town, 2, masthead=True)
        pages[f"{low}_foot.txt"] = _town_dump(town, 3, masthead=False)
    rows = _run(tmp_path, pages)
    for town in ("hollin", "ferrow"):
        assert rows[f"{town}_foot.txt"] == rows[f"{town}0.html"] == rows[f"{town}_top.txt"]
    assert rows.nunique() == 2
