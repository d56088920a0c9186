"""An author field's photographer or illustrator leaves the byline (photo_credits)."""

from analysis.clean.photo_credits import without_photographers


def test_an_illustrator_credited_over_the_byline_leaves_the_author_field():
    # review h438: a magazine's CMS lists the illustrator beside the writer in its JSON-LD
    # author; the header prints "Illustration by A" over "By B"
    page = (
        "<p class='deck'>A town and its ferry.</p>"
        "<p class='credit'>Illustration by Pim Alder</p>"
        "<p class='byline'>By Nora Castellan</p><p>February 24, 2026</p>"
    )
    assert without_photographers("Nora Castellan; Pim Alder", page) == "Nora Castellan"


def test_a_dutch_image_credit_after_the_byline_leaves_the_author_field():
    # "Door A" / "Beeld B": Dutch papers' and magazines' picture credit
    page = "<p>Door Sanne de Vries</p><p>Beeld Ruud Bakker</p><p>26 november 2026</p>"
    assert without_photographers("Sanne de Vries; Ruud Bakker", page) == "Sanne de Vries"


def test_a_caption_photo_credit_before_the_byline_keeps_the_reporter():
    # a caption's "Photo: A" over the byline "By B and A": A took the picture and wrote
    # too; only an illustrator's credit is read over the byline
    page = "<figcaption>The pier. Photo: Ana Ruiz</figcaption><p>By Tom Hale and Ana Ruiz</p>"
    assert without_photographers("Tom Hale; Ana Ruiz", page) == "Tom Hale; Ana Ruiz"
