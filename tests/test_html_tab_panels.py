"""Tab panels a page hides are not rendered (analysis.clean.html_tab_panels)."""

from __future__ import annotations

from lxml.html import document_fromstring

from analysis.clean.html_page import render_text
from analysis.clean.html_tab_panels import drop_hidden_prompts, drop_hidden_tab_panels

# made-up widget: a 'Latest' panel shown, a 'Popular' panel hidden behind its tab
_WIDGET = (
    '<html><body><div role="tablist"><button role="tab" aria-selected="true">Latest</button>'
    '<button role="tab" aria-selected="false">Popular</button></div>'
    '<section role="tabpanel" id="latest"><p>Harbour ferry gets a second deck</p></section>'
    '<section role="tabpanel" id="popular" hidden><p>Old mill to become a school</p></section>'
    "<p>After the widget</p></body></html>"
)


def test_a_hidden_tab_panel_is_taken_out_and_the_shown_one_stays():
    tree = document_fromstring(_WIDGET)
    assert drop_hidden_tab_panels(tree) == 1
    text = tree.text_content()
    assert "Harbour ferry" in text
    assert "Old mill" not in text
    assert "After the widget" in text


def test_the_rendered_page_prints_no_hidden_tab_panel():
    text = render_text(_WIDGET)
    assert "Harbour ferry gets a second deck" in text
    assert "Old mill" not in text


def test_hidden_alone_is_not_followed():
    # a story's text a "Read more" button reveals is hidden too: kept
    html = "<html><body><p>Shown</p><div hidden><p>Revealed later</p></div></body></html>"
    tree = document_fromstring(html)
    assert drop_hidden_tab_panels(tree) == 0
    assert "Revealed later" in render_text(html)


def test_a_hidden_consent_box_is_not_rendered_and_hidden_story_text_is():
    # h381 (listings_h360's held-out portal stream): a consent notice the page hides
    # until a script shows it was rendered as the page's first line
    html = (
        "<html><body><div id='consent' hidden>We and our partners use cookies to improve "
        "your experience on our websites and for advertising.</div>"
        "<p>Harbour ferry gets a second deck</p>"
        "<div hidden><p>The deck seats forty and opens in the spring.</p></div></body></html>"
    )
    tree = document_fromstring(html)
    assert drop_hidden_prompts(tree) == 1
    text = render_text(html)
    assert "cookies" not in text
    assert "Harbour ferry gets a second deck" in text
    assert "The deck seats forty" in text  # hidden, no prompt: a story's text revealed later
