"""Page furniture is found by the shape of a line, not by one site's strings (issue 12, class 7).
The article is written for the purpose."""

from __future__ import annotations

from workbench.load.boilerplate import find_boilerplate
from workbench.pipeline import analyze

P1 = (
    "Rescuers in Velm searched through the night for 40 people missing after the ferry Orla Vann sank off "
    "the Tamsa coast on Wednesday, the harbour master said, as relatives gathered on the quay."
)
P2 = (
    '"We will not stop until every family has an answer," said Ilka Brandt, who leads the coastguard '
    "station, adding that 112 passengers had been rescued and that divers would resume at first light."
)
P3 = (
    "The ferry, built in 1998, had passed an inspection in May, according to the port authority, which "
    "said it would publish the report in full once the families had been told what it found."
)

FURNITURE = [
    "Skip to main content",
    "Accessibility links",
    "News > World > Europe",
    "This article is more than 3 years old",
    "This was published 4 years ago",
    "Please ensure Javascript is enabled for purposes of website accessibility",
    "Play Live Radio",
    "Ruben Achterberg",
    "in Velm",
    "Senior Correspondent",
    "Staff / Tamsa Wire",
    "Courtesy of Hanna Marsk",
    "Photograph: Dana Lee/Tamsa Wire",
    "Stay on top of the coast news with our morning letter. Subscribe for free",
    "Coastguard budget cut:What the new rules mean for rescues",
    "PORT STRIKE ENDS AFTER THREE WEEKS OF TALKS",
    "More from Harbour Gazette",
    "This is a developing story. Please check back for updates.",
    "Responses",
    "Harbour Notes 12 | by Ruben Achterberg",
]


def test_page_furniture_lines_are_boilerplate():
    caption = "Relatives wait on the quay in Velm as divers prepare to search the wreck."
    lines = [
        "Skip to main content",
        "Accessibility links",
        "News > World > Europe",
        "Ferry sinks off Tamsa coast, 40 missing",
        "This article is more than 3 years old",
        "This was published 4 years ago",
        "Please ensure Javascript is enabled for purposes of website accessibility",
        "Play Live Radio",
        "Ruben Achterberg",
        "in Velm",
        "Senior Correspondent",
        caption,
        caption + " Photograph: Dana Lee/Tamsa Wire",
        "Harbour Notes 12 | by Ruben Achterberg",
        P1,
        "Staff / Tamsa Wire",
        "In This Article:",
        "Listen to Velm FM online and on the radio at 103.5 FM for our team coverage.",
        "Editor's note: This story was updated on Wednesday with new details.",
        P2,
        "--With assistance from Ruben Achterberg.",
        "Stay on top of the coast news with our morning letter. Subscribe for free",
        P3,
        "Coastguard budget cut:What the new rules mean for rescues",
        P1.replace("Wednesday", "Tuesday"),
        "PORT STRIKE ENDS AFTER THREE WEEKS OF TALKS",
        P2.replace("112", "113"),
        "Courtesy of Hanna Marsk",
        "Photograph: Dana Lee/Tamsa Wire",
        "More from Harbour Gazette",
        "This is a developing story. Please check back for updates.",
        "Responses",
        "This post has been updated with more details from the hearing.",
        "Posted in: State & Region",
        "Tags: ferry, Velm, coastguard",
        "28.0°F",
        "PICTURE: Getty Images",
    ]
    text = "\n\n".join(lines)
    [spans] = find_boilerplate([text])
    marked = [text[s:e] for s, e in spans]
    story = [line for line in lines if line not in marked]
    assert story == [
        "Ferry sinks off Tamsa coast, 40 missing",
        caption + " Photograph: Dana Lee/Tamsa Wire",  # one copy of the caption is kept: the credited one
        P1,
        P2,
        P3,
        P1.replace("Wednesday", "Tuesday"),
        P2.replace("112", "113"),
    ]
    assert caption in marked


def test_a_headline_ending_with_a_name_is_not_a_byline():
    text = "\n\n".join(["Skip to main content", "Ferry captain praised by Hanna Marsk", P1])
    [spans] = find_boilerplate([text])
    assert [text[s:e] for s, e in spans] == ["Skip to main content"]


def test_a_headline_under_an_edition_label_is_kept():
    text = "\n\n".join(["United Kingdom", "Ferry sinks off Tamsa coast, 40 missing", P1])
    [spans] = find_boilerplate([text])
    assert [text[s:e] for s, e in spans] == ["United Kingdom"]
    text = "\n\n".join(["Skip to main content", "Velm Ferry Sinks", P1])  # a short title-case headline
    [spans] = find_boilerplate([text])
    assert [text[s:e] for s, e in spans] == ["Skip to main content"]


def test_a_long_quoted_paragraph_with_a_glued_link_is_story():
    line = P2 + ' "The sea was calm," he said.- READ MORE'
    [spans] = find_boilerplate(["Ferry sinks\n\n" + line])
    assert spans == []


def test_a_list_of_links_under_a_more_heading_is_furniture():
    """ "More coast news:" and the list items under it link to other stories; a list in the story (no
    such heading) stays."""
    text = "\n".join(
        [
            "Ferry sinks off Tamsa",
            P1,
            "What we know:",
            "- The ferry left Velm at 9am with 112 passengers on board.",
            P2,
            "More coast news:",
            "- Port strike ends after three weeks as 40 dockers return to work in Corvan",
            "- Storm warning for the Tamsa coast, says Ilka Brandt",
            P3,
        ]
    )
    [spans] = find_boilerplate([text])
    marked = [text[a:b] for a, b in spans]
    assert "More coast news:" in marked
    assert any(m.startswith("- Port strike") for m in marked) and any(m.startswith("- Storm warning") for m in marked)
    assert not any(m.startswith("- The ferry left") for m in marked)
    assert not any(P3 in m or P2 in m for m in marked)


def test_a_furniture_phrase_inside_a_long_paragraph_leaves_it_story():
    """ "most popular" in the middle of a long sentence is the story's words; the same words heading a
    line are furniture, and a link glued to a paragraph's end is, while the paragraph before it stays story."""
    story = (
        "- Following reports that the port planned to reopen this week and that the Tamsa Harbour Authority "
        "had approved it, the owners said the ferry line is now among the most popular routes on the coast, "
        "with 112 passengers a day."
    )
    glued = P3 + " Read more: Port strike ends after three weeks"
    text = "\n".join(["Ferry line reopens", P1, story, "Most popular", glued, P2])
    [spans] = find_boilerplate([text])
    marked = [text[a:b] for a, b in spans]
    assert story not in marked
    assert "Most popular" in marked and "Read more: Port strike ends after three weeks" in marked
    assert glued not in marked


def test_links_to_other_stories_between_paragraphs_are_furniture():
    """Headlines under "More On:" without list marks, a topic label with a headline after it, and a "See
    also" link are furniture once the story has begun; the page's own labelled headline is the story."""
    text = "\n\n".join(
        [
            "Ferry sinks: 40 missing off Tamsa",
            P1,
            "Port strike: Dockers return to work after 3 weeks as the Corvan talks end",
            "See also  Best ferry apps – updated January 2023",
            P2,
            "More On:\nTamsa coast\nStorm warning for the coast as 40 boats stay in port\nPort strike ends in Corvan",
            P3,
        ]
    )
    [spans] = find_boilerplate([text])
    marked = [text[a:b] for a, b in spans]
    assert "Ferry sinks: 40 missing off Tamsa" not in marked
    for link in ("Port strike: Dockers", "See also", "More On:", "Tamsa coast", "Storm warning", "Port strike ends"):
        assert any(m.startswith(link) for m in marked), link
    assert not any(P1 in m or P2 in m or P3 in m for m in marked)


def test_a_photos_other_caption_over_its_credited_caption_is_furniture():
    """A page may show a photo's caption twice in two wordings, the second with its credit: both are furniture."""
    caption = "Rescuers help passengers from the capsized Velmian ferry."
    credited = "Rescuers help passengers from the ferry. Photograph: Ann Lee/AP"
    text = "\n\n".join(["Ferry capsizes", P1, caption, credited, P2])
    [spans] = find_boilerplate([text])
    assert [text[a:b] for a, b in spans] == [caption, credited]
    # a line over a caption of its subject, sharing only its opening words, is no caption (the caption is)
    teaser = "Former Velm mayor jailed for five years over the harbour fraud"
    subject = "Former Velm mayor Ann Roos leaves the court in Tamsa on Thursday. Photograph: Dana Lee/AP"
    text = "\n\n".join(["Ferry capsizes", P1, teaser, subject, P2])
    [spans] = find_boilerplate([text])
    assert [text[a:b] for a, b in spans] == [subject]


def test_reading_times_app_prompts_privacy_notices_glued_bylines_and_wire_credited_captions_are_furniture():
    """Lines of other sites' shapes than FURNITURE's; a page's own date label glued the same way, and story sentences
    with those words, stay."""
    furniture = [
        "Reading Time: 3 minutes",
        "Ruben Achter22 May 2024",
        "I would like to be emailed about offers and updates from Harbour Gazette. Read our privacy notice.",
        "Unlock exclusive access to the latest news, only on the HG App. Download Now! Download Now!",
        "Stay tuned with Harbour News Android App",
        "Relatives wait on the quay in Velm as divers prepare to search the wreck (PA Wire)",
    ]
    kept = [  # story sentences with the same words, and a page's own date label
        "First Published22 May 2024",
        "The ferry sank in minutes, the minister said (PA Wire reported).",
        "The harbour master declined to comment on this story on Friday.",
        "The new timetable is available to download now on the harbour's app, the council said.",
        "Officials urged residents to stay tuned with Velm Radio for updates.",
        "The council apologised after 12,000 letters told residents to read our privacy notice online.",
        "Customs seized 240 grams of gold concealed inside a gift article at the port on Sunday.",
    ]
    text = "\n\n".join(["Ferry sinks", P1, *furniture, P2, *kept, P3])
    [spans] = find_boilerplate([text])
    assert [text[a:b] for a, b in spans] == furniture


def test_a_caption_closed_by_a_credit_via_an_agency_after_a_slash_is_furniture():
    """ "… on March 2, 2023. Dana Lee/VELM TODAY NETWORK/via REUTERS." (not a sentence ending "Pfizer/BioNTech.")."""
    caption = "Relatives wait on the quay in Velm on March 2, 2023. Dana Lee/VELM TODAY NETWORK/via REUTERS."
    sentence = "The vaccine given on the ferry was made by Pfizer/BioNTech."
    text = "\n\n".join(["Ferry sinks", P1, caption, sentence, P2])
    [spans] = find_boilerplate([text])
    assert [text[a:b] for a, b in spans] == [caption]


def test_the_headline_shown_again_and_an_embedded_post_are_furniture():
    """The headline again under a date line and in the page's title ("… – Site"); a post embedded in the story
    (its text with a pic.twitter.com link, and the line that signs it)."""
    head = "Tornadoes hit the Velm coast overnight"
    title = f"free hit counter {head} – Velm Daily"
    post = "Several tornadoes touched down yesterday near Velm. pic.twitter.com/AbC123xyz"
    signed = "— NWS Velm (@NWSVelm) October 10, 2024"
    lede = f"{head}, flattening homes, officials said."
    text = "\n\n".join([head, title, "10/10/2024 08:14", head, lede, P1, post, signed, P2])
    [spans] = find_boilerplate([text])
    marked = [text[a:b] for a, b in spans]
    assert [title, head, post, signed] == [m for m in marked if m != "10/10/2024 08:14"]
    assert text.index(head) not in [a for a, _ in spans]  # the headline itself, and the lede, stay story
    one_line = f"{post} {signed}"  # a page may run the post and its signature into one line
    player = "✕ Close Divers search the wreck off the Velm coast"  # a video player's close button and title
    text = "\n\n".join([head, P1, one_line, player, P2])
    assert [text[a:b] for a, b in find_boilerplate([text])[0]] == [one_line, player]


def test_a_posts_signature_repeating_its_handle_and_a_posts_text_after_it_are_furniture():
    """ "— Ann Lee | Velm Watch (@annlee) July 19, 2024 @annlee" signs a post (its handle shown again after the date),
    and a post's text holding its picture link is furniture wherever it stands (here after the signature)."""
    before = "BREAKING: Flights grounded at Velm airport."
    signed = "— Ann Lee | Velm Watch (@annlee) July 19, 2024 @annlee"
    after = "Here is a look at the Velm terminal filled with travellers. pic.twitter.com/AKeeFtaUep"
    cited = "The ministry's post, https://t.co/x9YzQ1, said 1,200 troops had been sent to Velm."
    text = "\n\n".join(["Outage grounds flights", P1, before, signed, after, P2, cited])
    [spans] = find_boilerplate([text])
    assert [text[a:b] for a, b in spans] == [before, signed, after]  # (a sentence citing a post's link is story)


def test_a_dated_caption_closed_by_an_agency_after_a_dash_is_furniture():
    """ "Rescuers search … on September 9, 2027, after an earthquake. — AFP" is a caption; a paragraph that reports
    someone's words or counts something (a figure besides its date) and closes with the agency is story."""
    caption = (
        "Rescue workers search for survivors in a collapsed house in Velm on September 9, 2027, after the quake. — AFP"
    )
    signed = "The toll rose to 2,012 on September 9, 2027, the interior ministry said. — AFP"
    closing = "The vigil was held in Velm on September 10, 2027, and was attended by 300 people. — Bernama"
    text = "\n\n".join(["Quake kills 2,012", P1, caption, P2, signed, closing])
    [spans] = find_boilerplate([text])
    assert [text[a:b] for a, b in spans] == [caption]


def test_a_close_button_alone_on_the_first_line_is_furniture_and_no_headline(tmp_path):
    """A page opening with its close button ("×") and an advertisement label: both furniture, and the headline is the
    line after them; "3 × 4" inside a sentence is story."""
    text = "\n\n".join(["×", "ADVERTISEMENT", "Velm revises flood toll to 61", P1, "The dam is 3 × 4 metres wide."])
    [spans] = find_boilerplate([text])
    assert [text[a:b] for a, b in spans] == ["×", "ADVERTISEMENT"]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert analyze([tmp_path]).articles[0].title == "Velm revises flood toll to 61"


def test_a_share_price_is_story_not_a_share_button():
    price = "The stock traded below $100 a share this week, down more than 70% from its January high."
    text = "\n\n".join(["Shares fall", P1, price, "Share this", P2])
    [spans] = find_boilerplate([text])
    assert [text[a:b] for a, b in spans] == ["Share this"]


def test_gallery_strips_counters_credits_and_standards_links_are_furniture():
    lines = [
        "📷 Divers at dawn Storm up next 📷 Relatives at the quay 20 years till the next one",
        "NATION NOW",
        "Tamsa Ferry Sinking",
        "Ferry sinks off Tamsa: What we know now",
        P1,
        "Image 1 of 10",
        P2,
        "(Screenshot: Tamsa Wire/Harbour Gazette)",
        "Original story",
        P3,
        "Editorial standards",
    ]
    text = "\n\n".join(lines)
    [spans] = find_boilerplate([text])
    marked = [text[s:e] for s, e in spans]
    assert [line for line in lines if line not in marked] == ["Ferry sinks off Tamsa: What we know now", P1, P2, P3]


def test_a_pages_date_label_and_a_headline_after_a_close_button_at_its_top_are_not_furniture():
    """ "date 2023-02-03 Skip to main content": the link is furniture, the page's date is not; a page opening
    "✕ Close Velm ferry sinks off Tamsa coast with 40 aboard": the button is furniture, the headline after it is not
    (further down, a player's title goes with its button: see above)."""
    texts = [
        f" date 2023-02-03 Skip to main content\n\n{P1}\n",
        f" date 2023-02-03 ✕ Close Velm ferry sinks off Tamsa coast with 40 aboard\n\n{P1}\n",
    ]
    marked = [[text[s:e].strip() for s, e in spans] for text, spans in zip(texts, find_boilerplate(texts))]
    assert marked == [["Skip to main content"], ["✕ Close"]]
    menu = f"✕ Close Menu Home News Sport Business Weather Video\n\n{P1}\n"
    assert [menu[s:e] for s, e in find_boilerplate([menu])[0]] == [menu.split("\n")[0]]  # a menu, all furniture
