"""analysis.clean.logo_image_line: a Markdown clip's logo image printed as its site."""

from __future__ import annotations

from analysis.clean.dump_text import plain_markdown
from analysis.clean.logo_image_line import logo_line_text


def test_a_logo_file_named_for_its_host_prints_the_domain():
    address = "https://www.fernbridgepost.co.nz/uploads/2025/01/fernbridge-post-logo.svg"
    assert logo_line_text("", address) == "fernbridgepost.co.nz"
    assert logo_line_text("", "https://fernbridgepost.co.nz/logo_fernbridgepost.png") == (
        "fernbridgepost.co.nz"
    )
    # a logo's text names the site itself
    assert logo_line_text("Fernbridge Post logo", "/img/a.png") == "Fernbridge Post"


def test_other_pictures_print_nothing():
    # no logo word, another host's logo, a picture of a logo word only, a relative path
    assert logo_line_text("", "https://fernbridgepost.co.nz/img/fernbridge-post.png") is None
    assert logo_line_text("", "https://cdn.example.net/fernbridge-post-logo.svg") is None
    assert logo_line_text("A ferry at dawn", "https://fernbridgepost.co.nz/logo.png") is None
    assert logo_line_text("", "/uploads/fernbridge-post-logo.svg") is None


def test_a_clips_logo_line_prints_its_site():
    clip = "![](https://fernbridgepost.co.nz/u/fernbridge-post-logo.png)\n\n# Ferry fares rise\n"
    assert plain_markdown(clip).split("\n")[0] == "fernbridgepost.co.nz"
    assert plain_markdown("![](https://fernbridgepost.co.nz/u/ferry.jpg)\n").strip() == ""


def test_a_logo_files_text_naming_its_domain_is_printed():
    address = "https://www.fernbridge-post.co.nz/static/logo-fernbridge-post.svg"
    assert logo_line_text("Fernbridge Post", address) == "Fernbridge Post"
    # a text that is no name of the domain: the domain
    assert logo_line_text("Front page", address) == "fernbridge-post.co.nz"
