"""analysis.clean.body.prompt_boxes: a consent or sign-up box's heading, buttons and field
labels around its prompt between two paragraphs, on small synthetic pages."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text, page

CONSENT = [
    "Your privacy matters",
    "We and our 120 partners store and/or access information on a device to show "
    "personalised ads and measure how the site is used.",
    "Accept  Refuse  Customise",
]
SIGN_UP = [
    "Stay in the loop",
    "Get our evening briefing in your inbox every weekday with the day's local headlines.",
    "Your email",
    "Subscribe",
    "Maybe later",
]


def test_a_consent_and_a_sign_up_box_between_paragraphs_leave_no_line():
    lines = page(MENU, "Bus network grows", *PARAGRAPHS[:2], CONSENT, SIGN_UP, *PARAGRAPHS[2:])
    assert kept_text(lines) == PARAGRAPHS


def test_a_sign_up_box_s_field_and_button_go_with_it():
    lines = page(MENU, "Bus network grows", *PARAGRAPHS[:2], *SIGN_UP, *PARAGRAPHS[2:])
    assert kept_text(lines) == PARAGRAPHS


def test_a_subheading_alone_under_a_prompt_stays():
    subheading = "Shops and parking"
    lines = page(MENU, "Bus network grows", *PARAGRAPHS[:2], SIGN_UP[1], subheading)
    lines += page("", *PARAGRAPHS[2:])
    assert kept_text(lines) == [*PARAGRAPHS[:2], subheading, *PARAGRAPHS[2:]]


def test_a_code_block_right_above_a_sign_up_box_stays():
    """A code block's last lines over a sign-up box are the story's: code marks are no
    button's label (body_h164's en_code_blocks lost two lines to the box)."""
    code = ["    from town_config import load", "    settings = load(strict_numbers=True)"]
    boxed = page(MENU, "Bus network grows", *PARAGRAPHS[:2], *code, *SIGN_UP, *PARAGRAPHS[2:])
    plain = page(MENU, "Bus network grows", *PARAGRAPHS[:2], *code, *PARAGRAPHS[2:])
    assert code[0] in kept_text(plain)
    assert kept_text(boxed) == kept_text(plain)


def test_a_sign_up_boxs_pitch_under_its_call_goes_with_the_box():
    """The call as the box's heading, then a sentence naming its channel, the field and
    the button: the pitch read as a paragraph kept the field and button with it
    (body_h233's Afrikaans box, body_h248's af_prompt_box)."""
    english = [
        "Get our newsletter",
        "The best of the week's local stories, every Friday morning in your inbox.",
        "Your email address",
        "Sign up",
    ]
    afrikaans = [
        "Kry ons nuusbrief",
        "Die beste plaaslike nuus van die week, elke Vrydagoggend in jou inkassie.",
        "Jou e-posadres",
        "Teken in",
    ]
    for box in (english, afrikaans):
        lines = page(MENU, "Bus network grows", *PARAGRAPHS[:2], *box, *PARAGRAPHS[2:])
        assert kept_text(lines) == PARAGRAPHS


def test_a_paragraph_naming_a_newsletter_under_a_call_stays_without_a_box_under_it():
    """A story's sentence about a newsletter under a call, with the story going on under
    it (no field, no button), stays."""
    sentence = "The council's newsletter will list the new stops before each route opens."
    lines = page(MENU, "Bus network grows", *PARAGRAPHS[:2], "Get our newsletter", sentence)
    lines += page("", *PARAGRAPHS[2:])
    assert sentence in kept_text(lines)
