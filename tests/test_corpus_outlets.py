"""benchmarks/corpus_outlets.py: which names count as the outlet of a corpus text."""

from __future__ import annotations

import pytest
from benchmark_modules import load_benchmark

corpus_outlets = load_benchmark("corpus_outlets")

pytestmark = pytest.mark.skipif(
    not corpus_outlets.SCORER.is_file(), reason="metadata scorer (../shared) absent"
)


@pytest.fixture(scope="module")
def scorer():
    return corpus_outlets._scorer()


@pytest.mark.parametrize(
    ("name", "domain", "label"),
    [
        ("wsj.com", "wsj.com", "Wall Street Journal - News"),  # its own domain
        ("AP", "apnews.com", "Associated Press"),  # the label's initials
        ("WSJ", "wsj.com", "Wall Street Journal - News"),
        ("Example Times", "exampletimes.com", None),  # the scorer's rule
    ],
)
def test_a_form_of_the_outlets_domain_or_label_is_right(scorer, name, domain, label):
    assert corpus_outlets.is_right(scorer, name, domain, label)


@pytest.mark.parametrize(
    ("name", "domain", "label"),
    [
        ("AP", "example.com", "Example News"),
        ("Creators.com", "example.com", "Example News"),
        ("Health and Human", "example.com", None),
    ],
)
def test_another_name_is_wrong(scorer, name, domain, label):
    assert not corpus_outlets.is_right(scorer, name, domain, label)


@pytest.mark.slow
@pytest.mark.skipif(
    not load_benchmark("article_variants").DEV_DIR.is_dir(), reason="extraction benchmark absent"
)
def test_every_printing_of_the_dev_pages_is_counted_once():
    counts = corpus_outlets.reprinted_dev_pages()
    assert list(counts)[:3] == ["as printed", "no_footer", "no_header"]
    totals = {sum(found.values()) for found in counts.values()}
    assert len(totals) == 1 and totals.pop() > 0
    # cutting the footer, where most pages name their site, leaves fewer right names
    assert counts["no_footer"]["right"] < counts["as printed"]["right"]


def test_one_outlet_per_site_counts_splits_and_mixed_outlets():
    pairs = [
        ("harbour.com", "name:harbourdaily", "Harbour Daily"),
        ("harbour.com", "name:harbourdailymedia", "Harbour Daily Media"),  # joined
        ("valley.com", "name:valleypost", "Valley Post"),
        ("valley.com", "name:vp", "VP"),  # a split: too short to be filed anywhere
        ("hill.com", "name:valleypost", "Valley Post"),  # one outlet, two sites
        ("quiet.com", "unknown:q.txt", "unknown site (q.txt)"),  # names no site: left out
    ]
    assert corpus_outlets.one_outlet_per_site(pairs) == (3, 1, 1)


def test_a_printing_naming_no_site_is_filed_by_the_chrome_of_its_sites_other_pages():
    menu = frozenset({11})  # a chrome line's hash
    printing = corpus_outlets.Printing
    printed = [
        printing("a1", "harbour.com", "harbour.com", (("harbour.com", "Harbour Daily"),), menu),
        printing("a2", "harbour.com", "harbour.com", (("harbour.com", "Harbour Daily"),), menu),
        printing("a3", "harbour.com", "unknown:a3#2", (("unknown:a3#2", "unknown site"),), menu),
        # its own page's other printing is left out: no evidence
        printing("b1", "valley.com", "unknown:b1#3", (("unknown:b1#3", "unknown site"),), {12}),
        printing("b1", "valley.com", "valley.com", (("valley.com", "Valley Post"),), {12}),
        # a line only another site prints twice: WRONG
        printing("c1", "hill.com", "unknown:c1#5", (("unknown:c1#5", "unknown site"),), menu),
    ]
    assert corpus_outlets.chrome_filings(printed) == (1, 1, 1)
