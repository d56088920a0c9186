"""Review h348's findings: a network's name in a member site's markup, ..."""

from __future__ import annotations

from dataclasses import replace

from analysis.clean.outlet import OutletEvidence, decide_outlet


def test_a_network_site_at_an_id_naming_itself_in_its_text_keeps_its_domain() -> None:
    # og:site_name names the network; the masthead and the <title> name the site
    evidence = OutletEvidence(
        url="https://www.cranmoretoday.co.uk/news/40610",
        url_from_html=True,
        html_site_name="Tollgate Local Network",
        html_title_parts=("Council approves new footbridge", "Cranmore Today"),
        page_site_name="Cranmore Today",
    )
    assert decide_outlet(evidence, "a.html").key == "cranmoretoday.co.uk"
    titled = replace(evidence, page_site_name=None)
    assert decide_outlet(titled, "b.html").key == "cranmoretoday.co.uk"
    # an archive's entry printing another site's name is still that site's
    archived = OutletEvidence(
        url="https://perma.example/ZKR5-HXT7",
        html_site_name="Tollgate Local Network",
        page_site_name="Cranmore Today",
    )
    assert decide_outlet(archived, "c.html").key == "name:tollgatelocalnetwork"
