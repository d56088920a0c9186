"""analysis.clean.chat_link_shares: a chat export's messages sharing stories, a card
each. Made-up chats, sites and stories (review h135's and h149's chat exports, issue
#10)."""

from __future__ import annotations

from page_checks import assert_accounts_for_every_character

from analysis.clean.articles import extract_articles
from analysis.clean.chat_link_shares import chat_link_rows
from analysis.clean.read import normalize_text, plain_dump_text
from analysis.clean.segment import segment_page

# (made up) a channel's export: each post's headline in asterisks, its text, its link
EXPORT = """14/03/2026, 07:00 - Valley Courier created the channel "Valley Courier news"
14/03/2026, 07:30 - Valley Courier: *Bridge over the Tarn reopens after repairs*
Engineers finished the new deck two weeks early. Buses return to the old route on Monday.
https://valleycourier.example/p/881
14/03/2026, 18:05 - Valley Courier: *School choir wins the county prize*
Forty pupils sang three pieces in the final. The prize pays for a trip to the national round.
https://valleycourier.example/p/882
15/03/2026, 09:10 - Valley Courier: *Market hall roof needs new tiles*
The council found leaks over the fish stalls after the storm. Repairs start in April.
https://valleycourier.example/p/883
"""

# (made up) a channel copied from the browser: each message's sender and time, the
# message, the link, its preview (the site's name, the headline, the description), the
# reactions.
CHANNEL = """# local-news
Welcome to #local-news! Share links to local stories here.
mira_k — 14/03/2026 21:03
did you see this
https://hillpost.example/town/library-sundays
Hill Post
Library to open on Sunday afternoons
From April the reading rooms stay open until five on Sundays. The town pays two extra staff.
👍 3
tom — Yesterday at 08:15
https://riverradio.example/news/ferry-times
River Radio
Ferry adds late crossings at weekends
The last boat now leaves at midnight on Fridays and Saturdays. The county funds a year of trials.
tom — Yesterday at 08:16
handy for the concert crowd
Send a message to #local-news
"""


def test_each_post_of_a_channel_export_is_a_card_of_the_channel():
    articles = extract_articles(EXPORT, name="chat.txt")
    assert list(articles["title"]) == [
        "Bridge over the Tarn reopens after repairs",
        "School choir wins the county prize",
        "Market hall roof needs new tiles",
    ]
    assert list(articles["outlet"]) == ["Valley Courier"] * 3  # the one sender, a channel
    assert list(articles["published"]) == ["2026-03-14", "2026-03-14", "2026-03-15"]
    assert articles["body"].iloc[0].startswith("Engineers finished")
    assert "https://" not in " ".join(articles["body"])
    assert_accounts_for_every_character(segment_page(EXPORT, "chat.txt"), EXPORT)


def test_each_link_preview_of_a_copied_channel_is_a_card_of_its_site():
    articles = extract_articles(CHANNEL, name="channel.txt")
    assert list(articles["title"]) == [
        "Library to open on Sunday afternoons",
        "Ferry adds late crossings at weekends",
    ]
    assert list(articles["outlet"]) == ["Hill Post", "River Radio"]
    assert articles["published"].iloc[0] == "2026-03-14"
    assert "did you see" not in " ".join(articles["body"])
    assert_accounts_for_every_character(segment_page(CHANNEL, "channel.txt"), CHANNEL)


def test_people_pasting_stories_are_no_outlet_and_chat_is_no_card():
    group = EXPORT.replace("18:05 - Valley Courier:", "18:05 - Ana Ruiz:")
    rows = chat_link_rows(group.split("\n"))
    assert len(rows) == 3
    assert not any(f.field == "outlet" for row in rows for f in row.fields)
    chat = "\n".join(
        f"14/03/2026, 10:0{k} - Ana Ruiz: see you at the market at noon" for k in range(4)
    )
    assert chat_link_rows(chat.split("\n")) == []


# (made up) a Matrix client's text export: worded stamps, a feed bot's posts each naming
# its feed before the story's link written inline, a member's reply between them.
MATRIX = """Town news
Exported on Thu, Mar 5 2026, 20:05

Tue, Mar 3 2026, 06:00 - Feeds: New post in The Hill Post: [Library opens on Sundays](https://hillpost.example/library-sundays)
From April the reading rooms stay open until five on Sundays. The town pays two extra staff.

Tue, Mar 3 2026, 06:40 - Mira K.: good news!

Wed, Mar 4 2026, 06:00 - Feeds: New post in Vale Radio: [Ferry adds late crossings](https://valeradio.example/ferry-times)
The last boat now leaves at midnight on Fridays and Saturdays. The county funds a year of trials.

Thu, Mar 5 2026, 06:00 - Feeds: New post in Hill Post: [Market hall roof needs new tiles](https://hillpost.example/market-roof)
The council found leaks over the fish stalls after the storm. Repairs start in April.
"""


def test_a_feed_bots_inline_links_are_cards_of_the_feeds_they_name():
    articles = extract_articles(MATRIX, name="matrix.txt")
    assert list(articles["title"]) == [
        "Library opens on Sundays",
        "Ferry adds late crossings",
        "Market hall roof needs new tiles",
    ]
    # the feed's name spelling the link's site, not the bot ("Feeds")
    assert list(articles["outlet"]) == ["The Hill Post", "Vale Radio", "Hill Post"]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-04", "2026-03-05"]
    assert articles["body"].iloc[1].startswith("The last boat")
    assert_accounts_for_every_character(segment_page(MATRIX, "matrix.txt"), MATRIX)


# (made up) the same export with three headlines whose lines end near one width, as a
# hard-wrapped page's cut lines do
WIDE = (
    "Town news\n"
    "Exported on Thu, Mar 5 2026, 20:05\n"
    "\n"
    "Tue, Mar 3 2026, 06:00 - Feeds: New post in Hill Post: "
    "[Library to open on Sunday afternoons from the first of April]("
    "https://hillpost.example/library-sundays)\n"
    "Librarians say the reading rooms stay open until five. The town pays two extra staff.\n"
    "\n"
    "Tue, Mar 3 2026, 06:40 - Mira K.: good news!\n"
    "\n"
    "Wed, Mar 4 2026, 06:00 - Feeds: New post in Hill Post: "
    "[Ferry adds late crossings on Friday and Saturday nights]("
    "https://hillpost.example/ferry-times)\n"
    "Ferrymen say the last boat leaves at midnight. The county funds a year of trials.\n"
    "\n"
    "Thu, Mar 5 2026, 06:00 - Feeds: New post in Hill Post: "
    "[Market hall roof needs new tiles before the big spring fair]("
    "https://hillpost.example/market-roof)\n"
    "Councillors found leaks over the fish stalls after the storm. Repairs start in April.\n"
    "\n"
    "Thu, Mar 5 2026, 07:15 - Tom B.: reacted with a thumbs up\n"
)


def test_a_feed_bots_posts_read_from_the_export_as_text_are_cards_of_their_feeds():
    # read from a file, the Markdown links keep their text alone ("FEED: TITLE"); the
    # export's lines are printed as typed, not joined as a hard-wrapped page's
    text = plain_dump_text(normalize_text(WIDE))
    assert "before the big spring fair\n" in text
    articles = extract_articles(text, name="matrix.txt")
    assert list(articles["title"]) == [
        "Library to open on Sunday afternoons from the first of April",
        "Ferry adds late crossings on Friday and Saturday nights",
        "Market hall roof needs new tiles before the big spring fair",
    ]
    assert list(articles["outlet"]) == ["Hill Post"] * 3  # the feed, not the bot "Feeds"
    assert list(articles["published"]) == ["2026-03-03", "2026-03-04", "2026-03-05"]
    assert articles["body"].iloc[2].startswith("Councillors found")
