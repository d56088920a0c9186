"""Review h377's findings: a Turkish name's dotless "ı" against its capitals."""

from __future__ import annotations

from analysis.clean.outlet_merge import name_form


def test_a_turkish_name_and_its_capitals_are_one_name_form() -> None:
    # "I" folds to "i", so the capitals spell the dotless "ı" of the name as "i"
    assert name_form("Ege Postası") == name_form("EGE POSTASI") == name_form("Ege Postasi")
    assert name_form("Kırşehir Haber") == name_form("KIRŞEHİR HABER")
    assert name_form("Ege Postası") != name_form("Ege Postası Spor")
