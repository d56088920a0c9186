"""Dates of review h336's shapes (made-up lines; issue #10): "posted" labels as CMS
themes translate them, before a month shortened without its dot."""

from __future__ import annotations

import pytest

from analysis.clean.dates import find_dates, labelled_dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a PHP CMS's Indonesian locale: "Dikirim DATE oleh NAME" (posted ... by)
        ("Dikirim 3 Des 2026 oleh Moh. Rofi'i · Komentar 2", "2026-12-03"),
        ("Diposting 3 Des 2026", "2026-12-03"),
        ("Diposkan 3 Dis 2026", "2026-12-03"),  # Malay
        ("Geplaatst 3 dec 2026", "2026-12-03"),  # Dutch
        ("Postado 3 dez 2026", "2026-12-03"),  # Portuguese
        # a capitalized word that is no label still keeps a product's name undated
        ("Model 3 Pro 2026", None),
    ],
)
def test_a_posted_label_sets_off_a_shortened_month(text, day):
    dates = find_dates(text)
    assert (dates[0].iso if dates else None) == day


def test_the_posted_label_is_a_publish_label():
    assert [(d.iso, label) for d, label in labelled_dates("Dikirim 3 Des 2026")] == [
        ("2026-12-03", "publish")
    ]
