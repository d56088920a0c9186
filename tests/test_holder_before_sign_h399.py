"""Review h399: a footer's copyright notice with its holder before the sign and the
year ("Ziarul de Prahova © 2026") names the site."""

from __future__ import annotations

import pytest

from analysis.clean.site_candidates import collect_candidates

_PAGE = [
    "Local Economie Sport",
    "Ploieștiul primește 40 de autobuze electrice noi",
    "Primăria Ploiești a semnat contractul pentru 40 de autobuze electrice noi.",
]


@pytest.mark.parametrize(
    ("footer", "key"),
    [
        ("Ziarul de Prahova © 2026", "ziaruldeprahova"),
        ("Harbour Daily © 2020-2026. All rights reserved.", "harbourdaily"),
    ],
)
def test_the_holder_before_the_sign_is_a_copyright_holder(footer, key):
    candidates = collect_candidates([*_PAGE, footer])
    assert candidates[key].copyright


@pytest.mark.parametrize("footer", ["Foto: Jana Novak © 2026", "Home · Privacy © 2026"])
def test_no_holder_in_a_credit_or_a_menu(footer):
    candidates = collect_candidates([*_PAGE, footer])
    assert not any(c.copyright for c in candidates.values())
