"""analysis.clean.site_chrome: a page's menu and notice lines file it under its site."""

from __future__ import annotations

import pandas as pd

from analysis.clean.outlet_merge import CHROME, HEAD, outlet_identities_of_counts
from analysis.clean.pipeline import run_clean
from analysis.clean.site_chrome import ChromeLines, line_words, page_chrome_lines
from analysis.stats.metrics import run_metrics

MENU = "Home | Harbour | Valleys | Markets | Letters"
NOTICE = "© 2026 The Lantern, Port Ellery. All rights reserved."
OTHER_MENU = "Home | Ridge | Farms | Markets | Letters"
OTHER_NOTICE = "© 2026 Lantern Media Ltd, Kestrel Bay"


def _lines(*blocks: tuple[int, str, str, str]) -> set[int]:
    """A page's chrome lines from (line_no, label, field, text) blocks."""
    return page_chrome_lines(*(list(column) for column in zip(*blocks, strict=True)))


def test_an_html_menu_item_by_item_is_the_text_dumps_menu_line():
    dump = _lines((0, "boilerplate", "chrome", MENU + "\n"))
    items = [(n, "boilerplate", "chrome", f"• {item}\n") for n, item in enumerate(MENU.split())]
    assert _lines(*items) == dump and len(dump) == 1
    # case, spacing and the notice's year do not matter
    assert line_words("HOME  harbour · Valleys") == "home harbour valleys"
    assert line_words("© 2025 X") == line_words("©2026  x")


def test_a_browsers_copy_of_a_menu_one_entry_a_line_is_the_menu_line():
    # a select-all copy prints an HTML menu's items one a line, without bullets: the
    # same menu as the HTML page's bullet lines (h137: two HTML pages naming no site
    # stayed "unknown site" beside their site's dumps printing its menu so)
    dump = _lines((0, "boilerplate", "chrome", MENU + "\n"))
    items = [(n, "boilerplate", "chrome", f"{item}\n") for n, item in enumerate(MENU.split(" | "))]
    assert _lines(*items) == dump and len(dump) == 1
    # an entry of three words ("What's On") is an item; a line that counts alone is none
    entries = ["Home", "What's On", "Arts & Culture", "Letters"]
    listed = [(n, "boilerplate", "chrome", f"• {item}\n") for n, item in enumerate(entries)]
    copied = [(n, "boilerplate", "chrome", f"{item}\n") for n, item in enumerate(entries)]
    assert _lines(*copied) == _lines(*listed) and len(_lines(*copied)) == 1
    alone = [copied[0], (1, "boilerplate", "chrome", NOTICE + "\n")]
    assert _lines(*alone) == _lines((0, "boilerplate", "chrome", NOTICE + "\n"))
    # not consecutive (a blank line between), or a body line between: no menu
    apart = [(2 * n, "boilerplate", "chrome", f"{item}\n") for n, item in enumerate(entries)]
    assert not _lines(*apart)


def test_only_whole_chrome_lines_of_four_words_or_more_count():
    # a notice whose holder is read off it (metadata) is chrome
    notice = _lines(
        (0, "boilerplate", "chrome", "© 2026 "),
        (0, "metadata", "credited_source", "The Lantern, Port Ellery"),
        (0, "boilerplate", "chrome", ". All rights reserved.\n"),
    )
    assert notice == _lines((0, "boilerplate", "chrome", NOTICE + "\n"))
    # a byline, a body line, a name of three words: none
    assert not _lines(
        (0, "boilerplate", "chrome", "By "),
        (0, "metadata", "byline", "Mara Quill of Port Ellery\n"),
        (1, "boilerplate", "chrome", "The Evening Lantern\n"),
        (2, "body", "body", "The ferry will run twice a day from March onwards.\n"),
        (3, "boilerplate", "chrome", "Share: "),
        (3, "body", "body", "the ferry will run twice a day\n"),
    )


def _chrome(*pages: tuple[str, tuple[str, ...]]) -> ChromeLines:
    found = ChromeLines()
    for key, lines in pages:
        found.add_page(key, {hash_of(line) for line in lines})
    return found


def hash_of(line: str) -> int:
    return next(iter(_lines((0, "boilerplate", "chrome", line))))


# Two sites named "The Lantern"; a dump printing only the name: name:lantern, ambiguous.
PAIRS = {
    ("lantern.co.nz", "The Lantern"): 2,
    ("lantern.ca", "The Lantern"): 2,
    ("name:lantern", "The Lantern"): 2,
}


def test_an_ambiguous_name_goes_to_the_one_site_printing_its_menu_or_notice():
    assert outlet_identities_of_counts(PAIRS).ambiguous  # no chrome: apart
    chrome = _chrome(
        ("lantern.co.nz", (MENU, NOTICE)),
        ("lantern.ca", (OTHER_MENU, OTHER_NOTICE)),
        ("name:lantern", (NOTICE,)),
    )
    found = outlet_identities_of_counts(PAIRS, chrome)
    assert found.key_of["name:lantern"] == "lantern.co.nz"
    assert found.why["name:lantern"] == CHROME and not found.ambiguous
    assert found.key_of["lantern.ca"] == "lantern.ca"
    assert found.n_outlets(k for k, _ in PAIRS) == 2


def test_a_line_both_sites_print_or_evidence_of_both_keeps_the_name_apart():
    both = _chrome(("lantern.co.nz", (MENU,)), ("lantern.ca", (MENU,)), ("name:lantern", (MENU,)))
    assert outlet_identities_of_counts(PAIRS, both).ambiguous == {
        "name:lantern": ("lantern.ca", "lantern.co.nz")
    }
    mixed = _chrome(
        ("lantern.co.nz", (MENU,)),
        ("lantern.ca", (OTHER_MENU,)),
        ("name:lantern", (MENU, OTHER_MENU)),  # the name's pages are of both sites
    )
    assert outlet_identities_of_counts(PAIRS, mixed).key_of["name:lantern"] == "name:lantern"


def test_a_short_form_of_a_masthead_printing_its_sites_chrome_is_that_site():
    # review h111: a site printing "La Voz" over some pages, "La Voz de Galicia" over
    # others, with one menu and footer, was two outlets; one, with the long name
    pairs = {("name:lavozdegalicia", "La Voz de Galicia"): 6, ("name:lavoz", "La Voz"): 4}
    alone = outlet_identities_of_counts(pairs)
    assert alone.heads == {"name:lavoz": ("name:lavozdegalicia",)}
    assert alone.n_outlets(k for k, _ in pairs) == 2  # the name alone does not tie them
    long_pages = [("name:lavozdegalicia", (MENU, NOTICE))] * 3
    found = outlet_identities_of_counts(
        pairs, _chrome(*long_pages, *[("name:lavoz", (MENU, NOTICE))] * 2)
    )
    assert found.key_of["name:lavoz"] == "name:lavozdegalicia" and found.why["name:lavoz"] == HEAD
    assert set(found.display.values()) == {"La Voz de Galicia"}
    # a sister site printing the group's notice under a menu of its own stays apart
    sister = [("name:lavoz", (OTHER_MENU, NOTICE))] * 2
    found = outlet_identities_of_counts(pairs, _chrome(*long_pages, *sister))
    assert found.n_outlets(k for k, _ in pairs) == 2
    # a line another outlet prints too is no evidence; two outlets' names: the one shown
    pairs[("name:lavozdeasturias", "La Voz de Asturias")] = 4
    asturias = [("name:lavozdeasturias", (OTHER_MENU, OTHER_NOTICE))] * 2
    found = outlet_identities_of_counts(
        pairs, _chrome(*long_pages, *asturias, ("name:lavoz", (MENU,)), ("name:lavoz", (NOTICE,)))
    )
    assert found.key_of["name:lavoz"] == "name:lavozdegalicia"
    found = outlet_identities_of_counts(
        pairs, _chrome(*long_pages, *asturias, ("name:lavoz", (MENU, OTHER_MENU)))
    )
    assert found.key_of["name:lavoz"] == "name:lavoz"


def test_a_masthead_two_sites_print_goes_to_the_one_printing_its_menu_or_notice():
    # "© Kestrel Press Ltd" under the masthead "The Lantern": two domains are The Lantern
    masthead = "name:kestrelpressltd (masthead The Lantern)"
    pairs = {
        ("lantern.co.nz", "The Lantern"): 2,
        ("lantern.ca", "The Lantern"): 2,
        (masthead, "Kestrel Press Ltd"): 2,
    }
    assert outlet_identities_of_counts(pairs).key_of[masthead] == "name:kestrelpressltd"
    chrome = _chrome(
        ("lantern.co.nz", (MENU,)),
        ("lantern.ca", (OTHER_MENU, OTHER_NOTICE)),
        (masthead, (OTHER_NOTICE,)),
    )
    found = outlet_identities_of_counts(pairs, chrome)
    assert found.key_of[masthead] == "lantern.ca" and found.why[masthead] == CHROME
    # a line both domains print decides nothing: the holder's, as before
    both = _chrome(("lantern.co.nz", (MENU,)), ("lantern.ca", (MENU,)), (masthead, (MENU,)))
    assert outlet_identities_of_counts(pairs, both).key_of[masthead] == "name:kestrelpressltd"


def _paged(*pages: tuple[str, tuple[str, ...]]) -> ChromeLines:
    found = ChromeLines()
    for number, (key, lines) in enumerate(pages):
        found.add_page(key, {hash_of(line) for line in lines}, page=f"{number}.txt")
    return found


def test_a_publishers_company_name_goes_to_the_site_whose_chrome_each_of_its_pages_prints():
    # an image masthead; the footer prints the paper's line over "© Edizioni Vallata Srl"
    pairs = {
        ("corrierevallata.it", "Corriere della Vallata"): 2,
        ("name:edizionivallata", "Edizioni Vallata"): 3,
    }
    assert outlet_identities_of_counts(pairs).key_of["name:edizionivallata"] != (
        "corrierevallata.it"
    )
    site = ("corrierevallata.it", (MENU, NOTICE))
    company = ("name:edizionivallata", (MENU, NOTICE))
    found = outlet_identities_of_counts(pairs, _paged(site, site, company, company, company))
    assert found.key_of["name:edizionivallata"] == "corrierevallata.it"
    assert found.why["name:edizionivallata"] == CHROME
    assert set(found.display.values()) == {"Corriere della Vallata"}  # not the company's
    # a page of another site among the company's pages (a group's notice): left apart
    sister = ("name:edizionivallata", (OTHER_MENU, OTHER_NOTICE))
    found = outlet_identities_of_counts(pairs, _paged(site, site, company, company, sister))
    assert found.key_of["name:edizionivallata"] == "name:edizionivallata"
    # a name without a company word is not a publisher's: as before
    named = {("corrierevallata.it", "Corriere della Vallata"): 2, ("name:vallata", "Vallata"): 3}
    found = outlet_identities_of_counts(named, _paged(site, ("name:vallata", (MENU, NOTICE))))
    assert found.key_of["name:vallata"] == "name:vallata"


def test_a_publishers_pages_go_to_their_site_over_a_footer_row_another_site_prints_once():
    # an image masthead; the company's pages print the site's menu, newsletter box,
    # disclaimer and notice, and a footer-links row that one page of another site (a
    # copy of it printing its footer so) prints too (review h439, a health magazine)
    links = "About us | Contact | Advertise | Careers | Terms of use | Privacy policy"
    box = "Get our free Healthy Habits newsletter today"
    pairs = {
        ("corrierevallata.it", "Corriere della Vallata"): 1,
        ("name:edizionivallata", "Edizioni Vallata"): 2,
        ("name:lantern", "The Lantern"): 1,
    }
    site = ("corrierevallata.it", (MENU, NOTICE, box))
    company = ("name:edizionivallata", (MENU, NOTICE, box, links))
    other = ("name:lantern", (OTHER_MENU, links))
    found = outlet_identities_of_counts(pairs, _paged(site, company, company, other))
    assert found.key_of["name:edizionivallata"] == "corrierevallata.it"
    assert found.why["name:edizionivallata"] == CHROME
    # as many lines of the other site as of the site's own: left apart, as before
    other = ("name:lantern", (OTHER_MENU, OTHER_NOTICE, links))
    company = ("name:edizionivallata", (MENU, OTHER_NOTICE, links))
    found = outlet_identities_of_counts(pairs, _paged(site, company, company, other))
    assert found.key_of["name:edizionivallata"] == "name:edizionivallata"


def test_a_page_naming_no_site_needs_a_line_its_site_repeats():
    pairs = {("lantern.co.nz", "The Lantern"): 4, ("unknown:a.txt", "unknown site (a.txt)"): 2}
    once = _chrome(("lantern.co.nz", (MENU,)), ("unknown:a.txt", (MENU,)))
    assert outlet_identities_of_counts(pairs, once).key_of["unknown:a.txt"] == "unknown:a.txt"
    twice = _chrome(
        ("lantern.co.nz", (MENU,)), ("lantern.co.nz", (MENU,)), ("unknown:a.txt", (MENU,))
    )
    found = outlet_identities_of_counts(pairs, twice)
    assert found.key_of["unknown:a.txt"] == "lantern.co.nz"
    assert found.display["unknown:a.txt"] == "The Lantern"  # not "unknown site (a.txt)"
    assert found.n_outlets(k for k, _ in pairs) == 1
    # a line two outlets print is a common phrase: the page stays apart
    pairs[("other.org", "Other Daily")] = 2
    common = _chrome(
        ("lantern.co.nz", (MENU,)),
        ("lantern.co.nz", (MENU,)),
        ("other.org", (MENU,)),
        ("unknown:a.txt", (MENU,)),
    )
    assert outlet_identities_of_counts(pairs, common).key_of["unknown:a.txt"] == "unknown:a.txt"


BODY = (
    "The harbour board voted on Tuesday to extend the northern breakwater by forty metres.\n\n"
    '"We have waited long enough," said the chair, who said the work would begin in spring '
    "and last about two years, according to the engineers' estimate.\n\n"
    "Fishermen welcomed the decision but asked for a temporary mooring while the work goes "
    "on, and the board promised to answer them at its next meeting in January.\n"
)


def _html(url: str, menu: str, notice: str, title: str) -> str:
    items = "".join(
        f"<li><a href='/{n}'>{item}</a></li>" for n, item in enumerate(menu.split(" | "))
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<link rel='canonical' href='{url}'><meta property='og:site_name' content='The Lantern'>"
        "<meta property='article:published_time' content='2026-11-02T08:00:00+00:00'></head>"
        f"<body><header><a href='/'>The Lantern</a><nav><ul>{items}</ul></nav></header><main>"
        f"<article><h1>{title}</h1><p class='byline'>By Mara Quill</p>"
        f"<time datetime='2026-11-02'>November 2, 2026</time>{paragraphs}</article></main>"
        f"<footer><p>{notice}</p></footer></body></html>\n"
    )


def _dump(menu: str, notice: str, title: str) -> str:
    return (
        f"The Lantern\n\n{menu}\n\n{title}\n\nBy Tomas Reyl\nNovember 3, 2026\n\n{BODY}\n{notice}\n"
    )


def test_a_dump_of_one_of_two_same_name_sites_is_filed_under_it(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    pages = {
        "nz.html": _html("https://www.lantern.co.nz/a/1", MENU, NOTICE, "Breakwater to grow"),
        "ca.html": _html("https://lantern.ca/b/1", OTHER_MENU, OTHER_NOTICE, "Ferry plan approved"),
        "dump.txt": _dump(MENU, NOTICE, "Library to stay open later"),
    }
    for name, text in pages.items():
        (raw / name).write_text(text, encoding="utf-8")
    assert run_clean(raw, out) == 0
    clean_said = capsys.readouterr().out
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    assert articles.loc["dump.txt", "outlet_key"] == "name:lantern"  # its own decision kept
    assert run_metrics(out, tmp_path / "reports") == 0
    metrics_said = capsys.readouterr().out
    rows = pd.read_parquet(out / "article_metrics.parquet").set_index("page")["outlet"]
    assert rows["dump.txt"] == rows["nz.html"] != rows["ca.html"]
    outlets = pd.read_parquet(out / "outlet_metrics.parquet").set_index("outlet")
    assert outlets.loc[rows["nz.html"], "merged_from"] == "name:lantern"
    assert "2 outlets (2 with articles)" in clean_said and "2 outlets" in metrics_said


def _blocks_file(path, pages: dict[str, list[tuple[int, str, str, str]]], row_group: int) -> None:
    """A blocks table of (line_no, label, field, text) blocks per page, in row groups of
    ``row_group`` rows (a page, and a line, may then run over two of them)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [(page, *block) for page, blocks in pages.items() for block in blocks]
    columns = dict(
        zip(("page", "line_no", "label", "field", "text"), zip(*rows, strict=True), strict=True)
    )
    pq.write_table(
        pa.table({k: list(v) for k, v in columns.items()}), path, row_group_size=row_group
    )


def _letters(n: int) -> str:
    return "abcdefghij"[n % 10] + "klmn"[n // 10]


def test_a_runs_chrome_lines_are_each_pages_and_each_distinct_line_is_read_once(
    tmp_path, monkeypatch
):
    """The run's pass (Arrow lines, then each page) gives every page's
    page_chrome_lines under its site key, and works out a line's words once per distinct
    text, not once per page printing it (the pass runs before metrics' first chunk)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.clean import site_chrome

    menu = [(n, "boilerplate", "chrome", f"• {item}\n") for n, item in enumerate(MENU.split(" | "))]
    notice = [
        (9, "boilerplate", "chrome", "© 2026 "),
        (9, "metadata", "credited_source", "The Lantern, Port Ellery"),
        (9, "boilerplate", "chrome", ". All rights reserved.\n"),
    ]
    pages = {}
    for n in range(40):
        body = [(6, "body", "body", f"Story {n} of the harbour, told in a few words.\n")]
        own = [(7, "boilerplate", "chrome", f"Harbour notes for reader {_letters(n)} this week\n")]
        pages[f"p{n:02d}.txt"] = [*menu, *body, *own, *notice]
    pages["other.txt"] = [(0, "boilerplate", "chrome", OTHER_MENU + "\n"), *notice[:1]]
    blocks, pages_path = tmp_path / "blocks.parquet", tmp_path / "pages.parquet"
    _blocks_file(blocks, pages, row_group=7)  # pages and the notice's line cut across groups
    keys = {page: ("ca" if page == "other.txt" else "nz") for page in pages}
    pq.write_table(pa.table({"page": list(keys), "site_key": list(keys.values())}), pages_path)
    expected = ChromeLines()
    for page, page_blocks in pages.items():
        expected.add_page(keys[page], _lines(*page_blocks))
    calls = [0]
    words = site_chrome.line_words

    def counted(text: str) -> str:
        calls[0] += 1
        return words(text)

    monkeypatch.setattr(site_chrome, "line_words", counted)
    found = site_chrome.run_chrome_lines(blocks, pages_path)
    assert found.pages == expected.pages
    assert (
        len(found.pages) == 1 + 40 + 1 + 1
    )  # the menu, each page's own line, the notice, the other menu
    assert found.pages[hash_of(MENU)] == {"nz": 40}
    # each distinct text once (menu items, own lines, notice, the other menu), not per page
    assert calls[0] <= len(MENU.split(" | ")) + 40 + 1 + 1 + 2


def test_a_lines_words_with_a_letter_are_counted_once_for_both_hashes(monkeypatch):
    from analysis.clean import site_chrome
    from analysis.text.lines import line_hash

    assert site_chrome._hashes("valley news 0 sport") == (None, line_hash("valley news 0 sport"))
    assert site_chrome._hashes("valley news sport weather") == (
        line_hash("valley news sport weather"),
        None,
    )
    assert site_chrome._hashes("0 0 0 0 news") == (None, None)
    hashed: list[str] = []
    monkeypatch.setattr(site_chrome, "line_hash", lambda words: hashed.append(words) or 7)
    assert site_chrome._LineHashes().line("Valley News · Sport")[3:] == (None, 7)
    assert hashed == ["valley news sport"]  # one hash for the line's two kinds


def test_clean_writes_each_pages_chrome_lines_and_the_run_reads_them_not_the_blocks(
    tmp_path, monkeypatch
):
    """clean's workers write each page's chrome lines (pages' chrome_lines); the run's
    chrome lines are then read from that column, without the blocks table, and are the
    lines the blocks give."""
    import pyarrow.parquet as pq
    import pytest

    from analysis.clean import site_chrome
    from analysis.clean.outlet_merge import _per_page
    from analysis.errors import TableError

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    pages = {
        "nz.html": _html("https://www.lantern.co.nz/a/1", MENU, NOTICE, "Breakwater to grow"),
        "ca.html": _html("https://lantern.ca/b/1", OTHER_MENU, OTHER_NOTICE, "Ferry plan approved"),
        "dump.txt": _dump(MENU, NOTICE, "Library to stay open later"),
    }
    for name, text in pages.items():
        (raw / name).write_text(text, encoding="utf-8")
    assert run_clean(raw, out) == 0
    blocks, pages_path = out / "blocks.parquet", out / "pages.parquet"
    table = pq.read_table(pages_path)
    assert table.column_names[-1] == site_chrome.CHROME_COLUMN
    columns = (table.column(c).to_pylist() for c in ("page", "site_key"))
    site_key_of = dict(zip(*columns, strict=True))
    for keys in (None, _per_page):
        from_blocks = site_chrome.read_chrome_lines(
            site_chrome._chrome_line_batches(blocks), site_key_of, keys
        )
        with monkeypatch.context() as patched:
            patched.setattr(site_chrome, "_chrome_line_batches", pytest.fail)  # not read
            found = site_chrome.run_chrome_lines(blocks, pages_path, keys)
        assert found.pages[hash_of(MENU)] == from_blocks.pages[hash_of(MENU)] != {}
        assert (found.pages, found.narrow) == (from_blocks.pages, from_blocks.narrow)
        assert list(found.pages) == list(from_blocks.pages)  # in the same order too
        assert found.page_lines == from_blocks.page_lines
        assert found.key_pages == from_blocks.key_pages
    # a value missing (a table not written by clean) is named, not read as no lines
    broken = table.set_column(
        table.num_columns - 1,
        site_chrome.CHROME_COLUMN,
        _nulls_like(table.column(site_chrome.CHROME_COLUMN)),
    )
    pq.write_table(broken, pages_path)
    with pytest.raises(TableError, match=r"pages\.parquet: page '\S+' has no chrome_lines"):
        site_chrome.run_chrome_lines(blocks, pages_path)


def _nulls_like(column):
    """A column of nulls of ``column``'s type and length."""
    import pyarrow as pa

    return pa.nulls(len(column), column.type)
