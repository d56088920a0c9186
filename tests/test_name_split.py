"""Two sites of one name, both saved without an address, told apart by their chrome
(analysis.clean.outlet_split; issue #10, h166's left-over).

Made-up sites: a "Valley Courier" of Millbrook (Ontario) and one of Bindara (New South
Wales), three text dumps each, printing only the name, each its own menu and footer;
and a "Harrow Ledger" whose news and sport pages print two menus over one notice.
"""

from __future__ import annotations

import pandas as pd

from analysis.clean.outlet_merge import outlet_identities_of_counts
from analysis.clean.outlet_split import name_splits, split_keys
from analysis.clean.pipeline import run_clean
from analysis.clean.site_chrome import ChromeLines
from analysis.stats.metrics import run_metrics

BODY = (
    "The council voted on Tuesday to rebuild the old stone bridge over the river by next "
    "summer.\n\n"
    '"We have waited long enough," said the mayor, who said the work would begin in spring '
    "and last about two years, according to the engineers' estimate.\n\n"
    "Farmers welcomed the decision but asked for a temporary crossing while the work goes "
    "on, and the council promised to answer them at its next meeting in January.\n"
)
TITLES = (
    "Stone bridge to be rebuilt",
    "Library hours extended",
    "Ferry timetable changes",
    "School roof repairs approved",
)
#: Each Valley Courier: its menu and its footer.
COURIERS = {
    "ca": ("Home | Local | Farming | Hockey | Obituaries", "Valley Courier · Millbrook, Ontario"),
    "au": ("Home | News | Cricket | Rural | Letters", "Valley Courier · Bindara, New South Wales"),
}
#: The Harrow Ledger's two sections' menus (one notice under both).
LEDGER_MENUS = ("News | Council | Schools | Courts", "Sport | Football | Cricket | Racing")


def _courier(site: str, n: int) -> str:
    menu, foot = COURIERS[site]
    return (
        f"Valley Courier\n{menu}\n\n{TITLES[n]}\n\nBy Tomas Reyl\nNovember {3 + n}, 2026\n\n"
        f"{BODY}\n{foot}\n© 2026 Valley Courier\n"
    )


def _ledger(section: int, n: int) -> str:
    return (
        f"Harrow Ledger\n{LEDGER_MENUS[section]}\n\n{TITLES[n + section]}\n\nBy Ada Brenn\n"
        f"November {5 + n}, 2026\n\n{BODY}\n© 2026 Harrow Ledger. All rights reserved.\n"
    )


def _pages(couriers: dict[str, int]) -> dict[str, str]:
    pages = {
        f"{site}{n}.txt": _courier(site, n)
        for site, count in couriers.items()
        for n in range(count)
    }
    return pages | {f"ledger{s}{n}.txt": _ledger(s, n) for s in range(2) for n in range(2)}


def _run(tmp_path, pages: dict[str, str], jobs: int = 1) -> pd.Series:
    raw, out = tmp_path / f"raw{jobs}", tmp_path / f"out{jobs}"
    raw.mkdir()
    for name, text in pages.items():
        (raw / name).write_text(text, encoding="utf-8")
    assert run_clean(raw, out, jobs) == 0
    assert run_metrics(out, tmp_path / f"reports{jobs}", jobs) == 0
    return pd.read_parquet(out / "article_metrics.parquet").set_index("page")["outlet"]


def test_two_same_name_sites_without_addresses_are_two_outlets_named_by_their_towns(
    tmp_path, capsys
):
    rows = _run(tmp_path, _pages({"ca": 3, "au": 3}))
    said = capsys.readouterr().out
    assert rows["ca0.txt"] == rows["ca1.txt"] == rows["ca2.txt"]
    assert rows["au0.txt"] == rows["au1.txt"] == rows["au2.txt"]
    assert rows["ca0.txt"] == "Valley Courier (Millbrook, Ontario)"
    assert rows["au0.txt"] == "Valley Courier (Bindara, New South Wales)"
    # a site whose sections print two menus still prints one notice: one outlet
    assert {rows[f"ledger{s}{n}.txt"] for s in range(2) for n in range(2)} == {"Harrow Ledger"}
    assert "3 outlets (3 with articles)" in said  # clean counts as metrics does
    outlets = pd.read_parquet(tmp_path / "out1" / "outlet_metrics.parquet")
    assert len(outlets) == 3
    merged = dict(zip(outlets["outlet"], outlets["merged_from"], strict=True))
    assert merged["Valley Courier (Millbrook, Ontario)"] == "name:valleycourier"


def test_one_group_of_pages_and_a_page_apart_stay_one_outlet(tmp_path):
    # three Canadian dumps and one Australian: a page alone repeats no line, no split
    rows = _run(tmp_path, _pages({"ca": 3, "au": 1}))
    assert {rows[f"{site}{n}.txt"] for site, n in (("ca", 0), ("ca", 2), ("au", 0))} == {
        "Valley Courier"
    }


def test_the_split_is_the_same_with_two_processes(tmp_path):
    pages = _pages({"ca": 3, "au": 3})
    one, two = _run(tmp_path, pages, 1), _run(tmp_path, pages, 2)
    assert one.to_dict() == two.to_dict()
    for name in ("article_metrics", "outlet_metrics"):
        first = (tmp_path / "out1" / f"{name}.parquet").read_bytes()
        assert first == (tmp_path / "out2" / f"{name}.parquet").read_bytes()


def test_a_groups_label_leaves_out_the_name_numbers_and_the_other_groups_words():
    chrome = ChromeLines()
    lines = {  # hash -> text; each site's footer and menu, the same closing words
        1: "© 2026 Valley Courier, Millbrook. All rights reserved.",
        2: "Home Local Farming Hockey",
        3: "© 2026 Valley Courier, Bindara. All rights reserved.",
        4: "Home News Cricket Rural",
    }
    for n in range(2):
        chrome.add_page("name:valleycourier", {1, 2}, page=f"ca{n}.txt")
        chrome.add_page("name:valleycourier", {3, 4}, page=f"au{n}.txt")
    chrome.add_page("name:valleycourier", {5}, page="alone.txt")
    (split,) = name_splits(chrome, ["name:valleycourier"])
    assert split.groups == (("au0.txt", "au1.txt"), ("ca0.txt", "ca1.txt"))
    assert split_keys(split, "Valley Courier", lines) == [
        ("name:valleycourier~bindara", "Valley Courier (Bindara)"),
        ("name:valleycourier~millbrook", "Valley Courier (Millbrook)"),
    ]
    # without the lines' texts, by number
    assert [shown for _, shown in split_keys(split, "Valley Courier", {})] == [
        "Valley Courier (1)",
        "Valley Courier (2)",
    ]


def test_a_line_both_groups_print_keeps_the_name_one():
    chrome = ChromeLines()
    for n in range(2):
        chrome.add_page("name:valleycourier", {1, 9}, page=f"ca{n}.txt")
        chrome.add_page("name:valleycourier", {3}, page=f"au{n}.txt")
    chrome.add_page("name:valleycourier", {3, 1}, page="both.txt")
    assert name_splits(chrome, ["name:valleycourier"]) == []


def test_a_group_whose_lines_never_sign_with_the_name_splits_nothing(tmp_path):
    # one site's pages in two shapes (its web pages' menu, its e-mails' header) share no
    # line, but only one shape signs with the name and its place: one outlet
    pages = _pages({"ca": 3, "au": 3})
    for n in range(3):
        pages[f"au{n}.txt"] = pages[f"au{n}.txt"].replace(
            COURIERS["au"][1], "Read more stories in the app"
        )
    rows = _run(tmp_path, pages)
    assert {rows[f"{site}{n}.txt"] for site in ("ca", "au") for n in range(3)} == {"Valley Courier"}


def _split_chrome() -> tuple[ChromeLines, dict[int, str]]:
    chrome = ChromeLines()
    lines = {1: "Valley Courier · Millbrook, Ontario", 3: "Valley Courier · Bindara, Queensland"}
    for n in range(2):
        chrome.add_page("name:valleycourier", {1}, page=f"ca{n}.txt")
        chrome.add_page("name:valleycourier", {3}, page=f"au{n}.txt")
    chrome.key_pages["name:valleycourier"] = 4
    return chrome, lines


def test_a_name_some_page_of_which_has_a_url_is_not_split():
    chrome, lines = _split_chrome()
    pairs = {("name:valleycourier", "Valley Courier"): 8}
    found = outlet_identities_of_counts(pairs, chrome, line_texts=lambda wanted: lines)
    assert found.split == {
        "name:valleycourier": (
            "name:valleycourier~bindaraqueensland",
            "name:valleycourier~millbrookontario",
        )
    }
    assert (
        found.display_of("name:valleycourier", "ca0.txt") == "Valley Courier (Millbrook, Ontario)"
    )
    assert found.n_outlets(["name:valleycourier"]) == 2
    kept = outlet_identities_of_counts(
        pairs, chrome, line_texts=lambda wanted: lines, addressed=frozenset({"name:valleycourier"})
    )
    assert not kept.split and kept.display_of("name:valleycourier", "ca0.txt") == "Valley Courier"
