"""A script framework's application state is found form by form, the word forms from
their word (``script_data.app_state_name``): the same state as the one pattern it was
(kept in ``benchmarks/app_state_cost.py``), on made-up markup."""

from __future__ import annotations

from benchmark_modules import load_benchmark
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean.script_data import app_state_name

cost = load_benchmark("app_state_cost")

#: Pieces of markup: each form, near misses (a word character before the word, another
#: case, the long s that case folds as "s"), and text between.
_PIECES = st.sampled_from(
    [
        '<script id="__NEXT_DATA__" type="application/json">',
        "<SCRIPT ID=__nuxt_data__>",
        "window.__NUXT__ = {}",
        "xwindow.__INITIAL_STATE__=1",
        "_window.__APOLLO_STATE__ =",
        "WINDOW.__remixContext=",
        "é.window.__reactRouterContext =",
        "self.__next_f.push(",
        "myself.__next_f.push(",
        "ſelf.__next_f.push(",
        "Fusion.globalContent =",
        "aFusion.globalContent=",
        "<astro-island uid=1 props=",
        '<script type="application/json" id="ng-state">',
        "<div class=x data-page='{",
        "<script data-sveltekit-fetched>",
        '<script type="application/json" id="__NEXT_DATA__-state">',  # two forms at one place
        "<script data-sveltekit-fetched id=__NUXT_DATA__>",
        " ",
        "<",
        "window.",
        "text of the page",
        "\n",
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=8))
def test_the_state_is_the_one_pattern_s(pieces: list[str]) -> None:
    markup = "".join(pieces)
    assert app_state_name(markup) == cost.old_app_state_name(markup)


def test_a_word_form_after_a_word_character_is_no_state() -> None:
    assert app_state_name("xwindow.__NUXT__ = {}") is None
    assert app_state_name("xwindow.__NUXT__ = {} window.__APOLLO_STATE__=") == "__APOLLO_STATE__"
    # two forms found: the first in the markup, whichever form comes first in the list
    assert app_state_name("self.__next_f.push( window.__NUXT__ =") == "__next_f"
    # two forms at one place: the first of the list
    markup = '<script type="application/json" id="__NEXT_DATA__-state">'
    assert app_state_name(markup) == "__NEXT_DATA__"
