"""analysis.clean.outlet_merge: pages without a URL filed under the one domain naming them."""

from __future__ import annotations

import pandas as pd
import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING

from analysis.clean.outlet import OutletEvidence, decide_outlet, masthead_key
from analysis.clean.outlet_merge import (
    label_outlets,
    outlet_identities,
    outlet_identities_of_counts,
)
from analysis.clean.pipeline import run_clean
from analysis.stats.metrics import run_metrics


def test_a_name_key_is_filed_under_the_one_domain_with_that_site_name():
    keys = ["dailybugle.com", "dailybugle.com", "name:dailybugle", "name:other"]
    names = ["The Daily Bugle", "dailybugle.com", "Daily Bugle", "Other"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:dailybugle"] == "dailybugle.com"
    assert found.key_of["name:other"] == "name:other"
    assert found.display["name:dailybugle"] == found.display["dailybugle.com"]
    assert found.merged() == {"dailybugle.com": ("name:dailybugle",)}
    assert found.merged_from() == {found.display["dailybugle.com"]: "name:dailybugle"}
    assert found.n_outlets(keys) == 2
    assert not found.ambiguous


def test_two_domains_never_merge_and_an_ambiguous_name_stays_apart():
    keys = ["news.co.uk", "news.com", "name:news"]
    names = ["News", "News", "News"]
    found = outlet_identities(keys, names)
    assert found.key_of == {key: key for key in keys}
    assert found.ambiguous == {"name:news": ("news.co.uk", "news.com")}
    assert len(set(found.display.values())) == 3  # three outlets, three names
    assert any("kept apart" in note and "news.co.uk, news.com" in note for note in found.notes())


def test_a_bare_domain_name_and_unknown_pages_never_merge():
    # A domain whose pages never named the site has no site name to match.
    found = outlet_identities(
        ["example.com", "name:examplecom", "unknown:a.txt"],
        ["example.com", "Example.com", "unknown site (a.txt)"],
    )
    assert found.key_of == {k: k for k in ("example.com", "name:examplecom", "unknown:a.txt")}


def _mixed_folder(seed_dir, raw):
    """The seed article twice (other bytes): one copy with a manifest URL, one without."""
    raw.mkdir()
    text = (seed_dir / SEED_ARTICLE).read_text(encoding="utf-8")
    (raw / "with_url.txt").write_text(text, encoding="utf-8")
    (raw / "without_url.txt").write_text(text + "\nAll rights reserved.\n", encoding="utf-8")
    (raw / SEED_LISTING).write_bytes((seed_dir / SEED_LISTING).read_bytes())
    (raw / "manifest.csv").write_text(
        "file,url\nwith_url.txt,https://www.politicreview.com/story\n", encoding="utf-8"
    )


def test_a_mixed_folder_gives_one_outlet_in_every_table(seed_dir, tmp_path, capsys):
    raw, out, reports = tmp_path / "raw", tmp_path / "out", tmp_path / "reports"
    _mixed_folder(seed_dir, raw)
    assert run_clean(raw, out) == 0
    clean_said = capsys.readouterr().out
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    # clean keeps each page's own decision: the merge is traceable
    assert articles.loc["with_url.txt", "outlet_key"] == "politicreview.com"
    assert articles.loc["without_url.txt", "outlet_key"] == "name:politicreview"
    assert run_metrics(out, reports) == 0
    metrics_said = capsys.readouterr().out
    per_article = pd.read_parquet(out / "article_metrics.parquet").set_index("page")
    outlet = per_article.loc["with_url.txt", "outlet"]
    assert per_article.loc["without_url.txt", "outlet"] == outlet == "The Politic Review"
    outlets = pd.read_parquet(out / "outlet_metrics.parquet").set_index("outlet")
    # the two files are one story saved twice: filed under one outlet, counted once
    assert (outlets.loc[outlet, "n_articles"], outlets.loc[outlet, "n_resaves"]) == (1, 1)
    kept = per_article.loc["with_url.txt", "article_id"]
    assert per_article.loc["without_url.txt", "resave_of"] == kept
    assert outlets.loc[outlet, "merged_from"] == "name:politicreview"
    assert outlets.drop(index=outlet)["merged_from"].isna().all()
    csv = pd.read_csv(reports / "outlet_metrics.csv").set_index("outlet")
    assert csv.loc[outlet, "merged_from"] == "name:politicreview"
    quotes = pd.read_parquet(out / "quotes.parquet")
    assert set(quotes.loc[quotes["article_id"].isin(per_article["article_id"]), "outlet"]) <= set(
        outlets.index
    )
    # clean and metrics state the same outlet counts (listing-only sites included)
    n_with_articles = int((outlets["n_articles"] > 0).sum())
    counted = f"{len(outlets)} outlets ({n_with_articles} with articles)"
    assert counted in clean_said and counted in metrics_said
    assert len(outlets) > n_with_articles  # the listing page's site has no article


def test_the_report_tables_show_the_merge(seed_dir, tmp_path):
    from analysis.report import views

    raw, out = tmp_path / "raw", tmp_path / "out"
    _mixed_folder(seed_dir, raw)
    assert run_clean(raw, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    tables = views.load_tables_for_outlet(out, "The Politic Review")
    shown = views.outlet_table(tables.outlet_metrics).data.set_index("outlet")
    assert shown.loc["The Politic Review", views.MERGED_HEADER] == "name:politicreview"
    articles = views.outlet_articles(tables.article_metrics, tables.articles, tables.outlet).data
    assert sorted(articles["outlet from"]) == ["page, filed by name", "url"]
    # without a merge, no such column (the seeds' reference notebooks are unchanged)
    alone = tables.outlet_metrics.assign(merged_from=None)
    assert views.MERGED_HEADER not in views.outlet_table(alone).data.columns


def test_initials_on_a_card_and_a_domains_compact_name_are_one_outlet():
    # a listing card credits "NYT"; the pages of nytimes.com name their site "NYTimes"
    keys = ["name:nyt", "name:nyt", "nytimes.com"]
    names = ["NYT", "NYT", "NYTimes"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:nyt"] == "nytimes.com"
    assert found.display["name:nyt"] == found.display["nytimes.com"]
    assert found.n_outlets(keys) == 1
    assert found.merged() == {"nytimes.com": ("name:nyt",)}


def test_a_written_out_name_is_filed_under_the_domain_of_its_initials():
    # the other direction: the domain is the short form, the pages write the name out
    found = outlet_identities(["nyt.com", "name:newyorktimes"], ["nyt.com", "The New York Times"])
    assert found.key_of["name:newyorktimes"] == "nyt.com"
    assert found.display["nyt.com"] == "The New York Times"
    # and a name that is the domain's label: "Politico" printed, politico.com known
    found = outlet_identities(["politico.com", "name:politico"], ["politico.com", "Politico"])
    assert found.key_of["name:politico"] == "politico.com"
    found = outlet_identities(["thehill.com", "name:hill"], ["thehill.com", "The Hill"])
    assert found.key_of["name:hill"] == "thehill.com"


def test_a_short_name_follows_its_written_out_name_without_a_domain():
    keys = ["name:nyt", "name:newyorktimes", "name:nytimes", "name:other"]
    names = ["NYT", "The New York Times", "NYTimes", "Other"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:nytimes"] == "name:newyorktimes"
    assert found.key_of["name:newyorktimes"] == "name:newyorktimes"
    # initials alone tie no two names (below): "NYT" stays apart, and a line says so
    assert found.key_of["name:nyt"] == "name:nyt"
    assert found.apart == {"name:nyt": ("name:newyorktimes",)}
    assert found.n_outlets(keys) == 3
    # and through a written-out name to the domain it is filed under
    found = outlet_identities(
        ["name:nytimes", "name:newyorktimes", "newyorktimes.com"],
        ["NY Times", "The New York Times", "newyorktimes.com"],
    )
    assert found.key_of["name:nytimes"] == found.key_of["name:newyorktimes"] == "newyorktimes.com"


def test_initials_alone_never_merge_two_outlets_and_a_line_says_so():
    # two unrelated outlets whose initials coincide, no URL anywhere (review finding G29)
    keys = ["name:cbc", "name:cincinnatibusinesscourier", "name:npr", "name:nationalpostreview"]
    names = ["CBC", "Cincinnati Business Courier", "NPR", "National Post Review"]
    found = outlet_identities(keys * 2, names * 2)
    assert found.key_of == {key: key for key in keys}
    assert found.n_outlets(keys) == 4
    notes = [note for note in found.notes() if "kept apart from" in note]
    assert len(notes) == 2
    assert "'CBC' (name:cbc) kept apart from 'Cincinnati Business Courier'" in notes[0]
    # a domain whose address starts with the initials ties them ("NYT" and nytimes.com
    # above); one whose address does not, does not ("Cincinnati Business Courier" on a
    # publisher's shared domain)
    found = outlet_identities(
        ["name:cbc", "bizjournals.com"], ["CBC", "Cincinnati Business Courier"]
    )
    assert found.key_of["name:cbc"] == "name:cbc"
    assert found.apart == {"name:cbc": ("bizjournals.com",)}
    found = outlet_identities(["name:cbc", "cbcourier.com"], ["CBC", "Cincinnati Business Courier"])
    assert found.key_of["name:cbc"] == "cbcourier.com"
    assert any("(initials its address starts with)" in note for note in found.notes())


def test_short_forms_never_merge_two_domains_and_stay_apart_when_ambiguous():
    keys = ["nyt.com", "nytimes.com", "name:newyorktimes"]
    names = ["NYT", "NYTimes", "The New York Times"]
    found = outlet_identities(keys, names)
    assert found.key_of["nyt.com"] == "nyt.com" and found.key_of["nytimes.com"] == "nytimes.com"
    assert found.key_of["name:newyorktimes"] == "name:newyorktimes"
    assert found.ambiguous == {"name:newyorktimes": ("nyt.com", "nytimes.com")}
    assert found.n_outlets(keys) == 3


def test_two_letter_initials_and_unrelated_names_do_not_merge():
    keys = ["name:ap", "prospect.org", "name:newyork", "name:newyorktimes"]
    names = ["AP", "The American Prospect", "New York", "The New York Times"]
    found = outlet_identities(keys, names)
    assert found.key_of == {key: key for key in keys}
    assert not found.ambiguous


def test_a_name_with_company_words_joins_the_outlet_named_without_them():
    # one site's pages with the masthead ("Harbour Daily") and without it (named by the
    # notice "© Harbour Daily Media Ltd."): one outlet, and a line says why (h38 F18)
    keys = ["name:harbourdaily", "name:harbourdailymedia", "name:harbourdailymedia"]
    names = ["Harbour Daily", "Harbour Daily Media", "Harbour Daily Media"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:harbourdailymedia"] == "name:harbourdaily"
    assert found.n_outlets(keys) == 1
    assert any("(its name with company words)" in note for note in found.notes())
    # the German notice's publishing house too, and to the domain printing the name
    found = outlet_identities(
        ["harbourblatt.de", "name:harbourblattverlag"], ["Harbourblatt", "Harbourblatt Verlag"]
    )
    assert found.key_of["name:harbourblattverlag"] == "harbourblatt.de"
    # alone, or beside two domains printing the name, it stays apart
    found = outlet_identities(["name:harbourdailymedia"], ["Harbour Daily Media"])
    assert found.key_of["name:harbourdailymedia"] == "name:harbourdailymedia"
    found = outlet_identities(
        ["harbourdaily.com", "harbourdaily.co.uk", "name:harbourdailymedia"],
        ["Harbour Daily", "Harbour Daily", "Harbour Daily Media"],
    )
    assert found.key_of["name:harbourdailymedia"] == "name:harbourdailymedia"
    assert found.ambiguous["name:harbourdailymedia"] == ("harbourdaily.co.uk", "harbourdaily.com")


def test_a_name_is_filed_under_the_domain_whose_hyphened_label_spells_it():
    # h144: a free daily's text dumps, named by its notice "© Metro Kelby Ltd", and its
    # HTML pages at metro-kelby.com were two rows: the hyphen stands for the space
    keys = ["metro-kelby.com", "metro-kelby.com", "name:metrokelby", "name:metrokelby"]
    names = ["Metro", "Metro", "Metro Kelby", "Metro Kelby"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:metrokelby"] == "metro-kelby.com"
    # with company words, beside a domain whose pages print no name (an image logo)
    keys = ["ortonexpress.co.uk", "name:ortonexpressnewspapers"]
    found = outlet_identities(keys, ["ortonexpress.co.uk", "Orton Express Newspapers"])
    assert found.key_of["name:ortonexpressnewspapers"] == "ortonexpress.co.uk"
    assert any("(its name with company words)" in note for note in found.notes())
    # two domains so spelled: apart, and said
    keys = ["orton-express.com", "ortonexpress.co.uk", "name:ortonexpressnewspapers"]
    names = ["orton-express.com", "ortonexpress.co.uk", "Orton Express Newspapers"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:ortonexpressnewspapers"] == "name:ortonexpressnewspapers"
    assert found.ambiguous["name:ortonexpressnewspapers"] == (
        "orton-express.com",
        "ortonexpress.co.uk",
    )


def _sister_page(masthead: str, number: int) -> str:
    body = (
        f"The council voted on Tuesday, in meeting {number}, to extend the harbour wall by "
        "forty metres, a project residents have asked for since the storm of last winter. "
        '"We have waited long enough," said the mayor, who chaired the meeting.\n\n'
        "Work will begin in spring and is expected to last two years, according to the "
        "engineers, who presented three options to the members before the vote.\n"
    )
    return (
        f"{masthead}\n  • News\n  • Sports\n\nCouncil votes on the wall, part {number}\n\n"
        f"By Jane Roe\nMarch {number + 2}, 2026\n\n{body}\n  • Privacy\n\n"
        "© 2026 Harbour Media Group. All rights reserved.\n"
    )


def _keys_and_names(texts: dict[str, str]) -> tuple[list[str], list[str]]:
    from analysis.clean.articles import extract_articles, page_outlet

    keys, names = [], []
    for page, text in texts.items():
        articles = extract_articles(text, name=page)
        site = page_outlet(text, page)
        keys += [*articles["outlet_key"], site.key]
        names += [*articles["outlet"], site.name]
    return keys, names


def test_sister_sites_under_one_groups_notice_are_filed_by_their_masthead():
    # two papers of one group print its notice and only a masthead of their own: each
    # page alone is keyed by the group's notice and its masthead, shown by the masthead
    # when the group's name shares no word with it (review h427: "Coastal Courier" under
    # "© Harbour Media Group") or when the group is named after it (review h438: "Harbour
    # Daily" under "© Harbour Media Group"); the run shows two mastheads on several pages
    # each, so each paper is an outlet (they were one)
    texts = {
        f"{slug}_{i}.txt": _sister_page(masthead, i)
        for slug, masthead in (("h", "Harbour Daily"), ("c", "Coastal Courier"))
        for i in range(2)
    }
    keys, names = _keys_and_names(texts)
    assert set(names) == {"Harbour Daily", "Coastal Courier"}
    found = outlet_identities(keys, names)
    assert sorted(set(found.display.values()) - {"Harbour Media Group"}) == [
        "Coastal Courier",
        "Harbour Daily",
    ]
    assert found.n_outlets(keys) == 2
    assert {found.display[k] for k in keys} == {"Coastal Courier", "Harbour Daily"}
    assert any("its masthead, one of several" in note for note in found.notes())


def test_a_sister_paper_of_one_page_beside_a_paper_of_several_is_its_own_outlet():
    # one paper of the group on three pages, two sisters on one page each (h212): the
    # shown masthead proves the first lines are mastheads, so each sister is an outlet
    # (the three papers were one row, the group's)
    texts = {f"h_{i}.txt": _sister_page("The Harbour Times", i) for i in range(3)}
    texts |= {"s_0.txt": _sister_page("Saltmarsh Gazette", 5)}
    texts |= {"d_0.txt": _sister_page("Dunlin Echo", 6)}
    keys, names = _keys_and_names(texts)
    found = outlet_identities(keys, names)
    shown = {found.display[k] for k in keys}
    assert shown == {"The Harbour Times", "Saltmarsh Gazette", "Dunlin Echo"}
    assert found.n_outlets(keys) == 3


@pytest.mark.parametrize("other", ["Harbour Times Sport", "Weather", "HARBOUR TIMES"])
def test_a_label_of_the_shown_masthead_stays_the_holders(other):
    # a section's masthead (a word of the paper's), a one-word label or the paper's name
    # in capitals on one page is no sister paper: the pages stay one outlet
    texts = {f"h_{i}.txt": _sister_page("The Harbour Times", i) for i in range(3)}
    texts |= {"o_0.txt": _sister_page(other, 5)}
    keys, names = _keys_and_names(texts)
    found = outlet_identities(keys, names)
    assert found.n_outlets(keys) == 1


@pytest.mark.parametrize(
    "opening",
    [
        "Home | News | Sport | Opinion\n{masthead}\n",  # the menu above the masthead
        "Skip to content\n{masthead}\n",  # a control's label
        "Thursday, March 5, 2026\n{masthead}\n",  # the day's date
        "  • Home\n  • Local\n{masthead}\n",  # a menu listed item by item
        "{masthead}\nSubscribe\n",  # a control's label under it is no second name
    ],
)
def test_sister_sites_whose_masthead_is_under_the_sites_chrome_are_filed_by_it(opening):
    # review h134: two papers printing one group's notice were one outlet (the group)
    # when their masthead was not the first line: the line above it is chrome, no name
    texts = {
        f"{slug}_{i}.txt": opening.format(masthead=masthead) + _sister_page("", i).lstrip("\n")
        for slug, masthead in (("s", "The Seaview Gazette"), ("h", "Harbourtown Herald"))
        for i in range(2)
    }
    keys, names = _keys_and_names(texts)
    found = outlet_identities(keys, names)
    assert found.n_outlets(keys) == 2
    assert {found.display[k] for k in keys} == {"The Seaview Gazette", "Harbourtown Herald"}


def _sister_html(masthead: str, number: int, named_by: str) -> str:
    # a sister paper's page whose logo is an image: only its <title> or the logo's
    # alternative text names the paper
    paragraphs = "".join(
        f"<p>{paragraph}</p>" for paragraph in _sister_page("", number).split("\n\n")[3:5]
    )
    titled = f" | {masthead}" if named_by == "title" else ""
    alt = masthead if named_by == "logo" else ""
    return (
        f"<html><head><title>Council votes on the wall, part {number}{titled}</title>"
        f'</head><body><header><a href="/"><img src="/logo.png" alt="{alt}"></a><nav><ul>'
        '<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>'
        f"</header><article><h1>Council votes on the wall, part {number}</h1>"
        f"<p>By Jane Roe</p>{paragraphs}</article>"
        "<footer><p>© 2026 Harbour Media Group. All rights reserved.</p></footer>"
        "</body></html>"
    )


@pytest.mark.parametrize("named_by", ["title", "logo"])
def test_sister_sites_named_by_their_html_title_or_logo_only_are_filed_by_it(tmp_path, named_by):
    # review h111 (cour_ca_5): an HTML page whose logo is an image, named only by its
    # group's notice, was the group's; its <title> prints its paper beside the headline,
    # or its home link's logo gives the paper's name as its alternative text
    from analysis.clean.page_rows import clean_page
    from analysis.clean.read import read_page

    keys, names = [], []
    for slug, masthead in (("s", "Seaview Gazette"), ("h", "Harbourtown Herald")):
        for i in range(2):
            path = tmp_path / f"{slug}_{i}.html"
            path.write_text(_sister_html(masthead, i, named_by), encoding="utf-8")
            cleaned = clean_page(read_page(path))
            keys += [row["outlet_key"] for row in cleaned.articles] + [cleaned.row["site_key"]]
            names += [row["outlet"] for row in cleaned.articles] + [cleaned.row["site"]]
    # the <title>'s paper under its group's notice sharing no word with it is shown on
    # the page itself (review h427), as the home link's logo names it (review h188)
    assert set(names) == {"Seaview Gazette", "Harbourtown Herald"}
    found = outlet_identities(keys, names)
    assert found.n_outlets(keys) == 2
    assert {found.display[k] for k in keys} == {"Seaview Gazette", "Harbourtown Herald"}


def test_sister_sites_whose_menu_has_no_bullets_are_filed_by_their_masthead():
    # review h129: a text dump prints the menu one entry a line, no bullets ("News",
    # "Sport"), under the masthead, and the group's footer lists its titles: the
    # masthead was read as a menu's first entry and the three papers were one outlet
    titles = ("Riverside Gazette", "Valley Gazette", "Hillcrest Gazette")

    def page(masthead: str, number: int) -> str:
        text = _sister_page(masthead, number).replace(
            "  • News\n  • Sports\n", "News\nSport\nJobs\n"
        )
        return text + "Our titles: " + " · ".join(titles) + "\n"

    texts = {f"{masthead}_{i}.txt": page(masthead, i) for masthead in titles for i in range(2)}
    keys, names = _keys_and_names(texts)
    found = outlet_identities(keys, names)
    assert found.n_outlets(keys) == 3
    assert {found.display[k] for k in keys} == set(titles)
    # a menu's first entry, printed nowhere else, is still no masthead
    menu_first = _sister_page("Harbour Daily", 0).replace("  • News\n  • Sports\n", "News\nSport\n")
    keys, _ = _keys_and_names({"p.txt": menu_first.replace("Harbour Daily\n", "Local Events\n", 1)})
    assert all("masthead" not in key for key in keys)


def test_a_masthead_over_a_one_entry_a_line_menu_sharing_its_holders_word_files_its_pages():
    # review h137 (pages_b): text dumps open with "Channel 9 Eastside" over a menu printed
    # one entry a line, under "© Eastside Broadcasting Company"; the HTML pages of
    # channel9eastside.com name the site "Channel 9": the masthead was read as the menu's
    # first entry, and one station was two outlets
    def page(number: int) -> str:
        text = _sister_page("Kestrel Channel 4", number).replace(
            "  • News\n  • Sports\n", "Local\nWeather\nSport\n"
        )
        return text.replace("Harbour Media Group", "Kestrel Broadcasting Company")

    keys, names = _keys_and_names({f"t_{i}.txt": page(i) for i in range(2)})
    # the station's masthead is shown: its company is named after it (review h438)
    assert set(names) == {"Kestrel Channel 4"}
    assert all(key.endswith("(masthead Kestrel Channel 4)") for key in keys)
    html = decide_outlet(
        OutletEvidence(url="https://kestrelchannel4.com/a.html", html_site_name="Channel 4"), "a"
    )
    found = outlet_identities([*keys, html.key], [*names, html.name])
    assert found.n_outlets([*keys, html.key]) == 1
    # a first entry sharing no word of the holder's name is still a menu's
    other = page(0).replace("Kestrel Channel 4\n", "Local Events\n", 1)
    assert all("masthead" not in key for key in _keys_and_names({"o.txt": other})[0])


def test_one_masthead_or_one_page_each_keeps_the_groups_pages_together():
    # one paper's pages (one masthead) stay the holder's; so do pages whose first lines
    # differ but each opens one page only (a short headline is no site), with no note
    one_paper = {f"h_{i}.txt": _sister_page("Harbour Daily", i) for i in range(3)}
    keys, names = _keys_and_names(one_paper)
    found = outlet_identities(keys, names)
    # (one row, shown by the paper's name: the holder's but its company words, and more)
    assert {found.display[k] for k in keys} == {"Harbour Daily"}
    assert found.notes() == [] and found.merged_from() == {}
    firsts = {f"p_{i}.txt": _sister_page(f"Story Number {i}", i) for i in range(3)}
    keys, names = _keys_and_names({**firsts, "h_0.txt": one_paper["h_0.txt"]})
    found = outlet_identities(keys, names)
    assert found.n_outlets(keys) == 1 and found.notes() == []


def test_a_site_whose_domain_drops_a_small_word_is_one_outlet_for_html_and_text():
    # h70 J20: HTML pages keyed by weserkurier-abend.de showed the domain, the text
    # dumps the printed name: two outlets of one site.
    html = decide_outlet(
        OutletEvidence(
            url="https://www.weserkurier-abend.de/politik/a.html",
            html_site_name="Weser-Kurier am Abend",
        ),
        "a.html",
    )
    text = decide_outlet(OutletEvidence(page_site_name="Weser-Kurier am Abend"), "b.txt")
    assert (html.key, html.name) == ("weserkurier-abend.de", "Weser-Kurier am Abend")
    found = outlet_identities([html.key, text.key], [html.name, text.name])
    assert found.key_of[text.key] == "weserkurier-abend.de"
    assert found.n_outlets([html.key, text.key]) == 1


def test_a_sites_name_is_filed_under_the_domain_its_cards_print_leading_article_left_out():
    # review finding h94 M14: a search page's cards print 'australtemuco.cl', the page
    # names itself 'El Austral de Temuco' (no URL): one site, two outlet rows
    keys = ["australtemuco.cl"] * 3 + ["name:elaustraldetemuco"]
    names = ["australtemuco.cl"] * 3 + ["El Austral de Temuco"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:elaustraldetemuco"] == "australtemuco.cl"
    assert found.n_outlets(keys) == 1
    assert found.display["australtemuco.cl"] == "El Austral de Temuco"
    # a name whose joins spell two domains' labels stays apart
    keys = ["australtemuco.cl", "australtemuco.com", "name:elaustraldetemuco"]
    found = outlet_identities(keys, [*keys[:2], "El Austral de Temuco"])
    assert found.n_outlets(keys) == 3 and "name:elaustraldetemuco" in found.ambiguous


def test_a_holders_page_whose_masthead_another_page_names_its_site_is_that_sites():
    # review h111 P1: a site's text pages print the masthead on top and the group's
    # notice in the footer (filed under the group); its HTML page with a URL names the
    # site: the masthead pages go to the site, the group's row holds nothing of them
    holder = "name:harbourmediagroup"
    masthead_page = masthead_key(holder, "Harbour Daily")
    keys = ["harbourdaily.co.nz"] * 2 + [masthead_page] * 2
    names = ["Harbour Daily"] * 2 + ["Harbour Media Group"] * 2
    found = outlet_identities(keys, names)
    assert found.key_of[masthead_page] == "harbourdaily.co.nz"
    assert found.n_outlets(keys) == 1
    assert any("the site name other pages print" in note for note in found.notes())
    assert not any("one of several" in note for note in found.notes())
    # the same masthead printed as the site name of two outlets confirms neither
    keys += ["harbourdaily.com.au"] * 2
    names += ["Harbour Daily"] * 2
    found = outlet_identities(keys, names)
    assert found.key_of[masthead_page] == holder
    # a masthead no other page names stays the holder's (one page is no site)
    found = outlet_identities([masthead_page, "coastal.co.nz"], ["Harbour Media Group", "Coast"])
    assert found.key_of[masthead_page] == holder


def test_a_holders_page_whose_masthead_names_one_address_of_the_run_is_that_sites():
    # h137: a TV station's text pages print its masthead on top ("WHBR 7 News") and its
    # licensee's notice ("© WHBR-TV"); its HTML pages, with their URL, name it "WHBR":
    # no page prints the masthead as its site's name, but it is the name of one address
    holder = "name:whbrtv"
    page = masthead_key(holder, "WHBR 7 News")
    keys = ["whbr7.com"] * 2 + [page] * 3 + ["coastal.co.nz"]
    names = ["WHBR"] * 2 + ["WHBR-TV"] * 3 + ["Coastal"]
    found = outlet_identities(keys, names)
    assert found.key_of[page] == "whbr7.com"
    assert found.n_outlets(keys) == 2
    assert any("the name of one address" in note for note in found.notes())
    # the name of two addresses of the run: the holder's, as before
    keys += ["whbr7news.co.nz"]
    names += ["Harbour Seven"]
    found = outlet_identities(keys, names)
    assert found.key_of[page] == holder
    # a masthead no address is named by stays the holder's
    other = masthead_key(holder, "Harbour Daily")
    found = outlet_identities([other, "whbr7.com"], ["WHBR-TV", "WHBR"])
    assert found.key_of[other] == holder
    # so does a one-word masthead (a section's label as often as a site's name)
    section = masthead_key(holder, "Sport")
    found = outlet_identities([section, "sportnews.com"], ["WHBR-TV", "Sport News"])
    assert found.key_of[section] == holder


def test_a_masthead_in_capitals_without_accents_is_the_accented_sites_name():
    # review h111 P1: Greek and Portuguese mastheads in capitals drop the accents the
    # site's name has ('ΚΡΗΤΙΚΗ ΗΜΕΡΑ' / 'Κρητική Ημέρα'); one site, one row
    holder = "name:αιγαίομέσα"
    capitals = masthead_key(holder, "ΚΡΗΤΙΚΗ ΗΜΕΡΑ")
    keys = ["kritikiimera.gr"] * 2 + [capitals] * 2
    names = ["Κρητική Ημέρα"] * 2 + ["Αιγαίο Μέσα"] * 2
    found = outlet_identities(keys, names)
    assert found.key_of[capitals] == "kritikiimera.gr"
    # two name keys of one name, with and without accents, no domain: one outlet
    keys = ["name:diáriodabeira"] * 3 + ["name:diariodabeira"]
    names = ["Diário da Beira"] * 3 + ["DIARIO DA BEIRA"]
    found = outlet_identities(keys, names)
    assert found.n_outlets(keys) == 1
    assert set(found.display.values()) == {"Diário da Beira"}
    # names that differ in more than accents stay apart
    found = outlet_identities(["name:diariodabeira", "name:diariodobeira"], ["A", "B"])
    assert found.n_outlets(["name:diariodabeira", "name:diariodobeira"]) == 2


def test_short_and_company_forms_of_a_name_written_without_spaces_are_one_outlet():
    # one site's pages: its domain with the paper's name, a masthead of its short form
    # ("港湾日日" without "newspaper"), a notice of its company ("港湾日日新聞社")
    keys = ["minato-nichinichi.jp", "name:港湾日日", "name:港湾日日新聞社"]
    names = ["港湾日日新聞", "港湾日日", "港湾日日新聞社"]
    found = outlet_identities(keys, names)
    assert {found.key_of[key] for key in keys} == {"minato-nichinichi.jp"}
    # a site whose name only shares a start with it stays apart ("港湾新報")
    found = outlet_identities([*keys, "name:港湾新報"], [*names, "港湾新報"])
    assert found.key_of["name:港湾新報"] == "name:港湾新報"
    # a short form two sites' names start with is ambiguous: apart
    keys = ["minato-nichinichi.jp", "minato-nichinichi-shinpo.jp", "name:港湾日日"]
    found = outlet_identities(keys, ["港湾日日新聞", "港湾日日新報", "港湾日日"])
    assert found.key_of["name:港湾日日"] == "name:港湾日日"
    assert found.ambiguous["name:港湾日日"] == tuple(keys[1::-1])


def test_a_name_of_two_words_is_filed_under_the_one_address_it_names():
    # a newsletter's pages named by their footer, the site's by its desk's address
    keys = ["quillmere.org", "name:quillmereledger", "name:sport", "name:tarnbycourier"]
    names = ["quillmere.org", "Quillmere Ledger", "Sport", "Tarnby Courier"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:quillmereledger"] == "quillmere.org"
    assert found.key_of["name:tarnbycourier"] == "name:tarnbycourier"  # names no address
    found = outlet_identities(["sportnews.com", "name:sport"], ["sportnews.com", "Sport"])
    assert found.key_of["name:sport"] == "name:sport"  # one word: a section's label too
    keys = ["quillmere.org", "quillmere.net", "name:quillmereledger"]
    found = outlet_identities(keys, ["quillmere.org", "quillmere.net", "Quillmere Ledger"])
    assert found.key_of["name:quillmereledger"] == "name:quillmereledger"  # two addresses


def test_an_address_printing_no_name_is_the_name_of_one_site_not_of_two():
    # h353: in one folder of the AllSides pages (csmonitor.com's print only
    # "csmonitor.com") and the review sets, five made-up sites whose pages have no URL
    # ("Corsica Sera", "County Sport", "The Carroway Sentinel", ...) were all filed under
    # csmonitor.com (initials and a news word) and it was shown as "Corsica Sera"
    keys = ["csmonitor.com"] * 4 + ["name:corsicasera"] * 2 + ["name:countysport"] * 2
    names = ["csmonitor.com"] * 4 + ["Corsica Sera"] * 2 + ["County Sport"] * 2
    found = outlet_identities(keys, names)
    assert found.key_of["name:corsicasera"] == "name:corsicasera"
    assert found.key_of["name:countysport"] == "name:countysport"
    assert found.display["csmonitor.com"] == "csmonitor.com"
    assert found.n_outlets(keys) == 3
    # one name, or two forms of one name, is still the address's
    found = outlet_identities(keys[:6], names[:6])
    assert found.key_of["name:corsicasera"] == "csmonitor.com"
    keys = ["quillmere.org", "name:quillmereledger", "name:thequillmereledgerweekly"]
    names = ["quillmere.org", "Quillmere Ledger", "The Quillmere Ledger Weekly"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:quillmereledger"] == "quillmere.org"


@pytest.mark.parametrize(
    ("domain", "printed", "name", "filed"),
    [
        # h367: in one folder of the AllSides pages and the review sets, names of made-up
        # sites spelling an address whose pages print a name of their own, unrelated
        ("hvsentinel.com", "Harlow Valley Sentinel", "Harbour Voice", False),  # hv+sentinel
        ("kamvestnik.ru", "Камский вестник", "Kabar Ambon Manise", False),  # kam+vestnik
        ("go.com", "abcnews.go.com", "Greyfield Observer", False),  # its initials
        # the address's own name in another form, or printed by its address alone
        ("mthollistribune.com", "Mt. Hollis Tribune", "Mount Hollis Tribune", True),
        ("podrinskenovosti.rs", "Podrinske novosti", "Подринске новости", True),
        ("hvsentinel.com", "hvsentinel.com", "Harbour Voice", True),
        ("hvsentinel.com", "www.hvsentinel.com", "Harbour Voice", True),
        ("go.com", "greyfield.go.com", "Greyfield Observer", True),
    ],
)
def test_an_address_naming_its_site_is_no_unrelated_names(domain, printed, name, filed):
    keys = [domain] * 3 + [f"name:{name.casefold().replace(' ', '')}"] * 2
    found = outlet_identities(keys, [printed] * 3 + [name] * 2)
    assert (found.key_of[keys[-1]] == domain) is filed


_BLOG_HTML = """<!DOCTYPE html><html><head><title>Harbour wall repairs | {name}</title>
<meta property="og:site_name" content="{name}">
<link rel="canonical" href="https://{host}/2026/0{i}/harbour-wall-{i}/"></head>
<body><article><h1>Harbour wall repairs begin in week {i}</h1>
<p>Work on the old harbour wall began on Monday, and the council said the repairs would
take most of the summer to finish.</p>
<p>Boat owners have been asked to move their moorings to the north quay while the crews
work on the southern stretch.</p></article></body></html>
"""
_BLOG_DUMP = (
    "URL: https://{host}/2026/1{i}/ferry-{i}/\n\nFerry timetable changes in week {i}\n\n"
    "Posted on May {i}, 2026 by Oskar Vellam\n\nThe winter timetable will add a late sailing "
    "on Fridays, and the first boat on Mondays will leave twenty minutes earlier.\n\n"
    "The operator said the change followed a survey of commuters last spring.\n"
)


def test_a_blogs_dumps_on_a_platform_host_join_the_blog_not_the_platform(tmp_path):
    # two blogs on one platform (quillpress.com, in no suffix list): the dumps printing
    # only their URL are keyed by the platform's domain, the blogs' HTML pages by host
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for slug, name in (("tarnbynotes", "Tarnby Notes"), ("quillmereledger", "Quillmere Ledger")):
        host = f"{slug}.quillpress.com"
        for i in (1, 2):
            (raw / f"{slug}_{i}.html").write_text(_BLOG_HTML.format(name=name, host=host, i=i))
            (raw / f"dump_{slug}_{i}.txt").write_text(_BLOG_DUMP.format(host=host, i=i))
    assert run_clean(raw, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    rows = pd.read_parquet(out / "article_metrics.parquet")
    outlets = dict(zip(rows["page"], rows["outlet"], strict=True))
    assert {outlets[f"dump_tarnbynotes_{i}.txt"] for i in (1, 2)} == {"Tarnby Notes"}
    assert {outlets[f"dump_quillmereledger_{i}.txt"] for i in (1, 2)} == {"Quillmere Ledger"}
    names = pd.read_parquet(out / "outlet_metrics.parquet")["outlet"]
    assert sorted(names) == ["Quillmere Ledger", "Tarnby Notes"]  # no platform's row


@pytest.mark.parametrize(
    "file_name",
    [
        "westvale-herald_2026-12-03_fire.txt",
        "Westvale Herald - Fire at the depot.txt",
        "WestvaleHerald-2026-12-03-fire.html",
        "the_westvale_herald__fire.txt",
    ],
)
def test_a_page_naming_no_site_is_filed_by_the_name_its_file_name_opens_with(file_name):
    # review finding h178: a scrape naming its files by site and story, the text
    # printing no site name: each page was its own "unknown site (PAGE)" outlet
    keys = [
        "westvaleherald.com",
        "name:westvaleherald",
        "name:eastmoorherald",
        f"unknown:{file_name}",
    ]
    names = ["Westvale Herald", "Westvale Herald", "Eastmoor Herald", f"unknown site ({file_name})"]
    found = outlet_identities(keys, names)
    assert found.key_of[f"unknown:{file_name}"] == "westvaleherald.com"


@pytest.mark.parametrize(
    "file_name",
    [
        "Fire at the depot _ Westvale Herald.html",
        "Fire at the depot _ Local News _ The Westvale Herald.txt",
        "Fire at the depot – Westvale Herald.txt",
        "Fire at the depot - westvale herald.txt",
    ],
)
def test_a_page_naming_no_site_is_filed_by_the_name_its_saved_title_closes_with(file_name):
    # review finding h256: a browser's "Save as" names the file by the tab's title,
    # headline first and site last ("|" written "_"); the text printing the story only
    keys = ["westvaleherald.com", "name:eastmoorherald", f"unknown:{file_name}"]
    names = ["Westvale Herald", "Eastmoor Herald", f"unknown site ({file_name})"]
    found = outlet_identities(keys, names)
    assert found.key_of[f"unknown:{file_name}"] == "westvaleherald.com"


@pytest.mark.parametrize(
    "file_name", ["Fire at the depot _ Lantern.txt", "Fire at the depot – LANTERN.html"]
)
def test_a_saved_titles_one_word_site_files_the_page(file_name):
    # h277: "Headline _ Reuters.txt" (Chrome's "Save as" of a print copy) stayed an
    # "unknown site" while "Headline - ABC News.txt" was filed: one-word names were left
    # for the file name's start only, where a story's first word stands
    keys = ["lantern.example", "name:eastmoorherald", f"unknown:{file_name}"]
    names = ["Lantern", "Eastmoor Herald", f"unknown site ({file_name})"]
    found = outlet_identities(keys, names)
    assert found.key_of[f"unknown:{file_name}"] == "lantern.example"
    assert "closes with" in found.why[f"unknown:{file_name}"]


@pytest.mark.parametrize(
    ("file_name", "keys", "names"),
    [
        # a saved title's last part that is not the whole name, or not after a separator
        ("Fire _ Westvale Herald Sport.txt", ["name:westvaleherald"], ["Westvale Herald"]),
        ("Fire at the depot _ Sport.txt", ["name:westvaleherald"], ["Westvale Herald"]),
        ("Fire at the Westvale Herald.txt", ["name:westvaleherald"], ["Westvale Herald"]),
        # one word opens file names as a story's first word does
        ("metro-line-closure.txt", ["name:metro"], ["Metro"]),
        # a name two domains print stays ambiguous
        (
            "daily-lantern_fire.txt",
            ["dailylantern.co.uk", "dailylantern.com.au"],
            ["Daily Lantern", "Daily Lantern"],
        ),
        # a name only the file names give is no outlet
        ("quarry-hill-echo_fire.txt", ["name:westvaleherald"], ["Westvale Herald"]),
        # the name's words inside the file name, not at its start
        ("fire-westvale-herald.txt", ["name:westvaleherald"], ["Westvale Herald"]),
    ],
)
def test_a_file_name_files_no_page_without_one_outlet_named_at_its_start(file_name, keys, names):
    unknown = f"unknown:{file_name}"
    found = outlet_identities([*keys, unknown], [*names, f"unknown site ({file_name})"])
    assert found.key_of[unknown] == unknown


_LAMP_PARAGRAPHS = (
    "The council met on Tuesday to discuss the plan for the harbour front and its paths.",
    "Residents asked for more benches and lighting along the water, and the mayor agreed "
    "to look at the costs.",
    "The work is due to start in the spring and to finish before the summer season.",
)


def _lamp_html(head: str, holder: str | None, url: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _LAMP_PARAGRAPHS)
    footer = f"<footer><p>© 2026 {holder}</p></footer>" if holder else ""
    return (
        f"<!doctype html><html><head><title>{head} | Evening Lamp</title>"
        f"<link rel='canonical' href='{url}'><meta property='og:site_name' "
        "content='Evening Lamp'></head><body><header><a href='/'>Evening Lamp</a><nav>"
        "<a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header><article>"
        f"<h1>{head}</h1><p class='byline'>By Ilse Marrow</p><time>March 3, 2026</time>"
        f"{body}</article>{footer}</body></html>"
    )


def _lamp_text(head: str, holder: str) -> str:
    return (
        f"Evening Lamp\nHome | News | Sport\n\n{head}\n\nBy Bram Tolley\n\nMarch 3, 2026\n\n"
        + "\n\n".join(_LAMP_PARAGRAPHS)
        + f"\n\n© 2026 {holder}\n"
    )


@pytest.mark.parametrize("notices_on_url_pages", [True, False])
def test_a_notice_extending_two_domains_name_is_filed_by_the_domain_printing_it(
    tmp_path, notices_on_url_pages
):
    # "© 2026 Evening Lamp Britain" on a text dump whose masthead "Evening Lamp" is the
    # name of eveninglamp.co.uk and eveninglamp.com.au: the .co.uk pages print that notice
    # line, the .com.au pages theirs; the dump was a row of its own (review h178 item 4)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for name, head, country, domain in (
        ("a.html", "Harbour paths plan approved", "Britain", "eveninglamp.co.uk"),
        ("b.html", "Library hours extended", "Britain", "eveninglamp.co.uk"),
        ("c.html", "Surf club opens new hall", "Australia", "eveninglamp.com.au"),
        ("d.html", "Bus route to return", "Australia", "eveninglamp.com.au"),
    ):
        holder = f"Evening Lamp {country}" if notices_on_url_pages else None
        url = f"https://www.{domain}/news/{name[0]}"
        (raw / name).write_text(_lamp_html(head, holder, url), encoding="utf-8")
    (raw / "e.txt").write_text(_lamp_text("Market hall repairs", "Evening Lamp Britain"))
    (raw / "f.txt").write_text(_lamp_text("Beach clean record", "Evening Lamp Australia"))
    assert run_clean(raw, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    articles = pd.read_parquet(out / "article_metrics.parquet")
    outlet = dict(zip(articles["page"], articles["outlet"], strict=True))
    if notices_on_url_pages:
        assert outlet["e.txt"] == outlet["a.html"] == "Evening Lamp (eveninglamp.co.uk)"
        assert outlet["f.txt"] == outlet["c.html"] == "Evening Lamp (eveninglamp.com.au)"
    else:  # nothing ties the dumps to one of the two: kept apart, never merged by name
        assert outlet["e.txt"] == "Evening Lamp Britain"
        assert outlet["f.txt"] == "Evening Lamp Australia"


def test_a_holder_shown_by_its_papers_name_still_joins_the_domain_of_that_name():
    # "© Kestrel Herald Newspapers" under "The Herald" is shown "Kestrel Herald" (review
    # h178 item 5); its rows still join the domain whose pages print "Kestrel Herald", as
    # the holder's name with its company word did (_file_company_names)
    held = decide_outlet(
        OutletEvidence(copyright_holder="Kestrel Herald Newspapers", masthead="The Herald"),
        "c.txt",
    )
    assert held.name == "Kestrel Herald"
    found = outlet_identities(["kestrel-news.com", held.key], ["Kestrel Herald", held.name])
    assert found.key_of[held.key] == "kestrel-news.com"


def test_a_name_extending_the_name_a_domains_pages_print_is_another_site():
    # h212: "Northgate Herald Weekly" (no URL) beside northgateherald.com, whose pages
    # print "Northgate Herald": the longer name is the address's by its words, but the
    # address's pages name their site; the weekly was filed under the daily
    weekly = "name:northgateheraldweekly"
    keys = ["northgateherald.com"] * 2 + [weekly] * 2
    names = ["Northgate Herald"] * 2 + ["Northgate Herald Weekly"] * 2
    found = outlet_identities(keys, names)
    assert found.key_of[weekly] == weekly
    assert found.n_outlets(keys) == 2
    # an address whose pages print no site name is still named by it
    found = outlet_identities(keys, ["northgateherald.com"] * 2 + names[2:])
    assert found.key_of[weekly] == "northgateherald.com"
    # so is a longer name whose other words the address spells ("Insight NZ" of
    # insight.co.nz printing "Insight": outlets_h129 pages_b)
    found = outlet_identities(["insight.co.nz", "name:insightnz"], ["Insight", "Insight NZ"])
    assert found.key_of["name:insightnz"] == "insight.co.nz"


def test_a_name_differing_from_a_domains_printed_name_by_its_last_word_is_another_site():
    # h232: "Ashby Courier Wales" (no URL) beside ashbycourier.ie, whose pages print
    # "Ashby Courier Ireland": both go on from the address's words with their own; the
    # Welsh pages were filed under the Irish address and shown under its name
    wales = "name:ashbycourierwales"
    keys = ["ashbycourier.ie"] * 2 + [wales] * 2
    names = ["Ashby Courier Ireland"] * 2 + ["Ashby Courier Wales"] * 2
    found = outlet_identities(keys, names)
    assert found.key_of[wales] == wales
    assert found.display[wales] == "Ashby Courier Wales"
    assert found.n_outlets(keys) == 2
    # an address whose pages print its name alone still takes a longer name its label
    # spells ("Insight NZ" of insight.co.nz), and one printing the domain takes the name
    found = outlet_identities(keys, ["ashbycourier.ie"] * 2 + names[2:])
    assert found.key_of[wales] == "ashbycourier.ie"


_NAMED_PAGE = (
    "{masthead}\n\nHome  News  Sport\n\nBridge to reopen in spring, part {i}\n\n"
    "By Jane Roe\nMarch {day}, 2026\n\n"
    "Engineers said on Monday that the footbridge over the river would reopen in the "
    "spring after the repairs to its timber deck, which had rotted through.\n\n"
    "Walkers have faced a two-mile detour while the bridge was shut.\n\n{notice}\n"
)
_NAMED_HTML = (
    "<html><head><title>Bridge to reopen, part {i} | {name}</title>"
    '<link rel="canonical" href="https://www.{domain}/news/bridge-{i}">'
    '<meta property="og:site_name" content="{name}"></head><body>'
    "<h1>Bridge to reopen, part {i}</h1><p>By Jane Roe</p><time>2026-03-0{i}</time>"
    "<p>Engineers said on Monday that the footbridge over the river would reopen in the "
    "spring after the repairs to its timber deck, which had rotted through.</p>"
    "<p>Walkers have faced a two-mile detour while the bridge was shut.</p>"
    "<footer><p>{notice}</p></footer></body></html>"
)


def test_a_longer_name_joins_the_address_only_by_the_lines_its_pages_print(tmp_path):
    # the longer name of a site whose pages print the address's own notice line is
    # that site's ("KVRN 7 News" of kvrn7.com printing "KVRN 7"); one printing another
    # notice ("Northgate Herald Weekly" of northgateherald.com) is another site (h212)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for domain, name, longer, notice, other in (
        ("kvrn7.com", "KVRN 7", "KVRN 7 News", "© 2026 KVRN-TV, a Marlow station.", None),
        (
            "northgateherald.com",
            "Northgate Herald",
            "Northgate Herald Weekly",
            "© 2026 Northgate Herald.",
            "© 2026 Northgate Herald Weekly.",
        ),
    ):
        for i in (1, 2):
            page = _NAMED_HTML.format(i=i, name=name, domain=domain, notice=notice)
            (raw / f"{domain}_{i}.html").write_text(page)
            text = _NAMED_PAGE.format(masthead=longer, i=i, day=i + 4, notice=other or notice)
            (raw / f"{domain}_longer_{i}.txt").write_text(text)
    assert run_clean(raw, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    rows = pd.read_parquet(out / "article_metrics.parquet")
    outlets = dict(zip(rows["page"], rows["outlet"], strict=True))
    assert outlets["kvrn7.com_longer_1.txt"] == outlets["kvrn7.com_1.html"]
    assert outlets["northgateherald.com_longer_1.txt"] == "Northgate Herald Weekly"
    assert outlets["northgateherald.com_1.html"] == "Northgate Herald"


def test_a_cyrillic_name_key_is_filed_under_the_domain_spelling_it_in_latin():
    # h247: a Serbian site's page printing only its Cyrillic name, without a URL, stayed
    # an outlet apart from the site's pages at its transliterated domain
    keys = ["kestrelskenovine.rs", "kestrelskenovine.rs", "name:кестрелскеновине", "name:other"]
    names = ["Kestrelske novine", "Kestrelske novine", "Кестрелске новине", "Other Paper"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:кестрелскеновине"] == "kestrelskenovine.rs"
    assert found.key_of["name:other"] == "name:other"


def test_a_devanagari_name_key_is_filed_under_the_domain_spelling_it_in_latin():
    # h428: a Hindi paper's pages printing only its Devanagari name (in its masthead and
    # notice) stayed an outlet apart from its page at its romanized domain; a Bengali
    # name is read by the same table
    keys = ["chambalsandesh.in", "name:चंबलसंदेश", "name:चंबलसंदेश", "name:other"]
    names = ["chambalsandesh.in", "चंबल संदेश", "चंबल संदेश", "Other Paper"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:चंबलसंदेश"] == "chambalsandesh.in"
    assert found.key_of["name:other"] == "name:other"
    found = outlet_identities(
        ["dakshinbarta.com", "name:দক্ষিণবার্তা"], ["dakshinbarta.com", "দক্ষিণ বার্তা"]
    )
    assert found.key_of["name:দক্ষিণবার্তা"] == "dakshinbarta.com"


def test_the_note_on_a_name_kept_apart_counts_its_outlets_in_words() -> None:
    # "its name is the site name of 1 outlets (politico.com)" (h269's crawl export)
    from analysis.clean.outlet_merge import OutletIdentities

    keys = {"name:harbourpulse": "name:harbourpulse", "harbour.com": "harbour.com"}
    display = {"name:harbourpulse": "Harbour Pulse", "harbour.com": "Harbour"}
    one = OutletIdentities(keys, display, {"name:harbourpulse": ("harbour.com",)})
    # h277: "kept apart: its name is the site name of 1 outlet (cnn.com)" read as a
    # contradiction for "CNN Politics" beside cnn.com's "CNN": one outlet's name alone is
    # always filed, so one kept apart extends it
    assert one.notes() == [
        "outlet 'Harbour Pulse' (name:harbourpulse) kept apart: its name extends the site "
        "name of 1 outlet (harbour.com), and no menu or notice line of its pages ties it "
        "there (a manifest's url or outlet files it if it is that site)"
    ]
    two = OutletIdentities(keys, display, {"name:harbourpulse": ("a.com", "harbour.com")})
    assert two.notes()[0].endswith(
        "is (or extends) the site name of 2 outlets (a.com, harbour.com)"
    )


def test_a_merge_note_names_a_few_keys_and_counts_the_rest() -> None:
    # h269: "outlet 'Bloomberg' (bloomberg.com) also holds the pages filed as unknown:rss-
    # 00453, ... (15 keys)": a hundred such lines buried the run's summary
    from analysis.clean.outlet_merge import OutletIdentities

    pages = [f"unknown:p{i:02d}" for i in range(12)]
    keys = {"harbour.com": "harbour.com", **dict.fromkeys(pages, "harbour.com")}
    display = dict.fromkeys(keys, "Harbour")
    why = dict.fromkeys(pages, "the menu or notice lines of its site's other pages")
    note = OutletIdentities(keys, display, {}, why=why).notes()[0]
    assert note.startswith(
        "outlet 'Harbour' (harbour.com) also holds the pages filed as unknown:p00, "
        "unknown:p01, unknown:p02 and 9 more (outlet_metrics' merged_from lists all)"
    )
    few = dict.fromkeys(pages[:4], "harbour.com")
    short = OutletIdentities({"harbour.com": "harbour.com", **few}, display, {}, why=why)
    assert "unknown:p03 (" in short.notes()[0] and "more" not in short.notes()[0]


def test_a_spelling_filed_under_a_name_key_follows_it_to_its_domain():
    # "ÇINAR GAZETESİ" (capitals: İ keeps its dot) and "Cinar Gazetesi" (no accents) are
    # one spelling; the domain's own printing has a dotless ı, so only the short-form
    # step files the unaccented name key under the domain: the masthead's key follows
    keys = ["cinargazetesi.com.tr", "name:cinargazetesi", "name:cinargazetesi"]
    names = ["Çınar Gazetesi", "Cinar Gazetesi", "Cinar Gazetesi"]
    found = outlet_identities([*keys, "name:çinargazetesi"], [*names, "ÇINAR GAZETESİ"])
    assert found.key_of["name:çinargazetesi"] == "cinargazetesi.com.tr"
    assert found.display["name:çinargazetesi"] == "Çınar Gazetesi"


def test_an_arabic_script_name_typed_two_ways_is_one_outlet():
    # review h389: the lynx dump's masthead with the hamza ("أصداء الوادي"), the domain's
    # pages without it; a Persian name with Arabic kaf and yeh ("تازه‌های كوير") beside
    # the Persian letters; a trafilatura sitename with alef maqsura and a stretched masthead
    keys = ["asdaawadi.om", "name:أصداءالوادي", "name:اصداءالوادى", "name:أصـــداءالـــوادي"]
    names = ["اصداء الوادي", "أصداء الوادي", "اصداء الوادى", "أصـــداء الـــوادي"]
    found = outlet_identities(keys, names)
    assert {found.key_of[key] for key in keys} == {"asdaawadi.om"}
    keys = ["tazehayekavir.ir", "name:تازههایكوير"]
    found = outlet_identities(keys, ["تازه های کویر", "تازه‌های كوير"])
    assert found.key_of["name:تازههایكوير"] == "tazehayekavir.ir"
    # names that differ in a letter the variants do not fold stay apart ("الوادي" / "النادي")
    keys = ["asdaawadi.om", "name:أصداءالنادي"]
    found = outlet_identities(keys, ["اصداء الوادي", "أصداء النادي"])
    assert found.n_outlets(keys) == 2


def test_a_host_label_dropping_the_names_function_words_spells_the_name():
    # review h439: a newsletter "Field Notes on Film" at fieldnotesfilm.substack.com (its
    # Reader View copy printing only the host) was left the platform's row
    pairs = {
        ("name:marshnotesonfilm", "Marsh Notes on Film"): 2,
        ("name:voiceofthefells", "Voice of the Fells"): 1,
        ("name:onthewater", "On the Water"): 1,
        ("substack.com", "marshnotesfilm.substack.com"): 1,
    }
    labels = label_outlets(pairs, outlet_identities_of_counts(pairs))
    assert labels["marshnotesfilm"] == frozenset({"name:marshnotesonfilm"})
    assert labels["marshnotesonfilm"] == frozenset({"name:marshnotesonfilm"})  # as before
    assert labels["voicefells"] == frozenset({"name:voiceofthefells"})
    # one word left is a section's label ("water."): no label of the name
    assert "water" not in labels


def test_a_call_sign_is_filed_under_its_address_with_the_channel_number():
    # review h449: a station's text pages print its call sign alone ("KVRT"), its saved
    # page its name with the channel number ("KVRT 7 News" at kvrt7.com): one outlet;
    # so a channel's notice cut of its company words ("Desh") and desh24x7.in
    keys = ["name:kvrt", "name:kvrt", "kvrt7.com", "name:desh", "desh24x7.in"]
    names = ["KVRT", "KVRT", "KVRT 7 News", "Desh", "Desh 24x7"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:kvrt"] == "kvrt7.com"
    assert found.key_of["name:desh"] == "desh24x7.in"
    # a label going on with letters is no number ("Sport" of "Sport News"), nor is a
    # domain whose pages' name does not open with the word
    keys = ["name:sport", "sportnews.com", "name:wmbx", "news12wmbx.com", "name:kslx", "kslx4.tv"]
    names = ["Sport", "Sport News", "WMBX", "News 12 WMBX", "KSLX", "Channel Four"]
    found = outlet_identities(keys, names)
    assert found.n_outlets(keys) == 6
