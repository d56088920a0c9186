"""A masthead over a short headline whose byline follows names the site: the byline is
no header label, and a short line right over it is the headline (review h162, the
Latvian page; issue #10). Made-up site and story."""

from __future__ import annotations

from analysis import extract_articles

PAGE = [
    "Kurzemes Vārds",
    "",
    "Liepājā atvērs jaunu bibliotēku",
    "",
    "Autors: Ilze Kalnina",
    "2026. gada 4. marts, 10:15",
    "",
    "Liepājas dome nākamgad atvērs jaunu bibliotēku bijušajā tirgus ēkā pilsētas centrā, "
    "ceturtdien paziņoja pašvaldība.",
    "",
    "Bibliotēkā būs lasītava bērniem un neliela kafejnīca, un tā būs atvērta arī svētdienās.",
    "",
    "Darbi izmaksās aptuveni pusmiljonu eiro.",
    "",
]


def test_a_masthead_over_a_short_headline_and_its_byline_names_the_site():
    articles = extract_articles("\n".join(PAGE), "made_up.txt")
    assert articles.outlet[0] == "Kurzemes Vārds"
    assert articles.title[0] == "Liepājā atvērs jaunu bibliotēku"
