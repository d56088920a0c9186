"""Review h399: an author field's part opening with a photo credit's label ("Pieter
Botha, Foto Marelize Jansen") is the photographer's credit."""

from __future__ import annotations

import pytest

from analysis.clean.photo_credits import without_labelled_photographers


@pytest.mark.parametrize(
    ("byline", "kept"),
    [
        ("Pieter Botha, Foto Marelize Jansen", "Pieter Botha"),
        ("Aino Kivelä; Kuvat Jussi Harju", "Aino Kivelä"),
        ("Foto: Ana Ruiz; Jo Roe", "Jo Roe"),
        ("Foto Marelize Jansen", "Foto Marelize Jansen"),  # the only name: kept
        ("Ana Photos, Jo Roe", "Ana Photos, Jo Roe"),  # a surname, not a label
        ("Jo Roe", "Jo Roe"),
        (None, None),
    ],
)
def test_labelled_photographers_leave_the_field(byline, kept):
    assert without_labelled_photographers(byline) == kept
