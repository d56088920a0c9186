"""analysis.clean.card_link_labels: a card's link label known by the address it links to."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from analysis.clean.card_link_labels import drop_link_labels

TEASER = "The council approved the new bridge over the river on Wednesday evening."


def _card(label: str, address: str = "/s/1", tail: str = "") -> str:
    return (
        f"<div><h3><a href='/s/1'>Bridge plan approved</a></h3>"
        f"<p>{TEASER} <a href='{address}'>{label}</a>{tail}</p></div>"
    )


def test_a_short_label_linking_to_the_headlines_story_is_taken_out():
    card = fragment_fromstring(_card("vidu pli"))  # a language no cue table holds
    drop_link_labels(card)
    assert card.text_content().endswith(TEASER + " ")  # the sentence, its label gone
    assert "vidu" not in card.text_content()


def test_a_label_the_cues_know_another_address_or_a_link_inside_a_sentence_stays():
    for html in (
        _card("Read more"),  # the text view reads it as a cue
        _card("vidu pli", address="/s/2"),  # another story
        _card("vidu pli", tail=" and the vote"),  # inside the sentence
        _card("vidu ankaŭ la tutan artikolon"),  # more words than a label
    ):
        card = fragment_fromstring(html)
        before = card.text_content()
        drop_link_labels(card)
        assert card.text_content() == before


def test_a_label_ending_with_a_hidden_copy_of_the_headline_is_taken_out():
    # WordPress's Latest Posts block: "Read more" and, for screen readers, ": HEADLINE";
    # the headline's link here is an image's, named by its aria-label
    for label in (
        "Basaha pa<span class='screen-reader-text'>: Bridge plan approved</span>",
        "Read more<span class='screen-reader-text'>: Bridge plan approved</span>",
    ):
        card = fragment_fromstring(
            "<div><a href='/s/1' aria-label='Bridge plan approved'><img src='b.jpg'></a>"
            f"<p>{TEASER} … <a href='/s/1'>{label}</a></p></div>"
        )
        drop_link_labels(card)
        assert card.text_content().rstrip() == TEASER + " …"
    # the label before a copy of another story's headline stays
    card = fragment_fromstring(
        "<div><a href='/s/2' aria-label='Bridge plan approved'><img src='b.jpg'></a>"
        f"<p>{TEASER} … <a href='/s/1'>Read more: Bridge plan approved</a></p></div>"
    )
    before = card.text_content()
    drop_link_labels(card)
    assert card.text_content() == before
