"""Boilerplate lines are found by general signals, not by known sentences."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.load import boilerplate
from workbench.load.boilerplate import find_boilerplate

STORY = (
    "Harbour cranes stood idle on Tuesday as 1,200 dock workers walked out over pay, the union said in a "
    "statement that called the offer an insult to every family in the port district and beyond it."
)


def _marked(*texts):
    return [[text[s:e] for s, e in spans] for text, spans in zip(texts, find_boilerplate(list(texts)))]


# (line, whether it is furniture), in page order
_LINES = [
    ("Dockers strike in Velm", False),
    ("3 min read", True),
    (STORY, False),
    ("Read more: Ferry timetable changes this winter", True),
    ("Support our journalism: give what you can today.", True),
    (STORY, False),
    ("Share Tweet Email", True),
    ("Your email address will not be published.", True),
    ("Please use Chrome browser for a more accessible video player", True),
    ("Beta V.1.0 - Powered by automated translation", True),
    ("The ferry is powered by two diesel engines, the operator said.", False),
    ("The new bus – powered by hydrogen – crashed into a wall on Monday, police said.", False),
    ("Disclaimer: This story has not been edited by our team and is auto-generated from syndicated feed.", True),
    ("That wraps up our coverage of the final. Thanks for joining me these past two days.", True),
    ("Disclaimer: views are the author's own.", True),
    ("This text is auto-generated from a syndicated feed.", True),
    ("That wraps up our live coverage.", True),
    ("Thanks for following us today.", True),
    ("Top Stories Dock Strike Spreads to Velm Port Ann ReedMay 2, 2024061 views", True),
    ("The union's video of the walkout drew 2 million views.", False),
    ("28 minutes ago", True),
    ("1 hour ago - Energy & Environment", True),
    ("3 days ago, the union said, the talks broke down over the night shift.", False),
    ("Loading the Velm Text to Speech Audio Player...", True),
    ("Loading is slow at the port, where 12 ships wait...", False),
    ("This article appeared in the Europe section of the print edition under the headline “Docks”", True),
    ("[ Strike: a day-by-day guide to the walkout in VelmOpens in new window ]", True),
    ("This audio version was artificially generated. More info | Send feedback", True),
    ("Residents have until Friday to send feedback on the plan to close 12 libraries.", False),
    ("Compiled by UN agencies, the figures show 3,000 people were displaced.", False),
]


def test_furniture_lines():
    [marked] = _marked("\n\n".join(line for line, _ in _LINES))
    assert marked == [line for line, furniture in _LINES if furniture]


def test_story_lines_are_kept():
    text = "Dockers strike in Velm\n\n" + STORY + '\n\n"We will not sign up to this offer," the union leader said.'
    [marked] = _marked(text)
    assert marked == []


def test_call_to_action_and_repetition_across_articles():
    a = "Dockers strike\n\n" + STORY + "\n\nGet the morning briefing\n\nFrom our partners"
    b = "Port at a standstill\n\n" + STORY.replace("Tuesday", "Monday") + "\n\nFrom our partners"
    marked_a, marked_b = _marked(a, b)
    assert marked_a == ["Get the morning briefing", "From our partners"]
    assert marked_b == ["From our partners"]


def test_appeal_paragraph_between_appeal_lines():
    appeal = "We believe quality reporting should be free to read for everyone, paid for by those who can."
    text = "\n\n".join(["Headline here", STORY, "Your support matters", appeal, "Donate now", STORY])
    [marked] = _marked(text)
    assert appeal in marked


def test_a_story_line_naming_the_us_between_furniture_lines_is_no_appeal():
    line = "By contrast, the US Federal Reserve is expected to keep rates on hold next week at a 23-year high."
    text = "\n\n".join(
        ["Headline here", STORY, "READ MORE: Grim prognosis for Velm economy issued", line, "Donate now"]
    )
    [marked] = _marked(text)
    assert line not in marked and "Donate now" in marked


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("GOT A STORY ABOUT THE FLOODS? CALL US ON 0800 555 0199 OR MESSAGE US ON WHATSAPP.", True),
        ("When we reached the village of Ostra on Wednesday, 300 residents were sheltering in the school.", False),
        (
            "The minister said 'we will not cut spending on schools while I am in office', adding that it was balanced.",
            False,
        ),
        (
            "We noticed you are using an ad blocker. Since we launched in 2015, we have relied on readers like you.",
            True,
        ),
        ("When we reached the market on Tuesday, you could still see 40 burnt-out stalls along the road.", False),
    ],
)
def test_a_line_between_furniture_lines_is_an_appeal_only_in_the_outlets_voice(line, furniture):
    text = "\n\n".join(
        ["Headline here", STORY, "READ MORE: Grim prognosis for Velm economy issued", line, "Donate now"]
    )
    [marked] = _marked(text)
    assert (line in marked) is furniture


def test_shared_wire_paragraph_is_not_boilerplate():
    a = "One\n\n" + STORY
    b = "Two\n\n" + STORY
    assert _marked(a, b) == [[], []]


def test_caption_shown_twice():
    caption = "Harbour cranes stand idle in Velm on 2 May 2027"
    text = "\n\n".join(["Headline here", caption, caption + " (Photo: Wire)", STORY])
    [marked] = _marked(text)
    assert marked == [caption]


@pytest.mark.parametrize(
    "line",
    [
        # a line a photo credit closes: a caption
        "Dock workers walk out at the port of Velm on Tuesday. (AP Photo/Ann Lee)",
        "Cranes stand idle at the Velm docks. Photograph: Ann Lee/Reuters",
        "Dock workers rally outside the port gates on Friday.Credit: AP",
        "Thousands of dock workers in Velm will strike after rejecting the offer. © ANN LEE / AFP",
        "Cranes stand idle in Velm, about 180 km south of the capital, on 2 May 2027. AFP/Ann Lee",
        # a pool photographer's credit, an agency with "and" in its name, a picture sent "via AP"
        "The judge speaks during the hearing in Velm on Friday. Ann Lee/The Post and Courier/Pool",
        "A broken window of the feed room at Ostra (Ann Lee/ Post and Courier/ Pool)",
        "The defendant listens to the verdict in Velm on Friday. (Ann Lee/The Post And Courier via AP, Pool)",
        "The defendant listens in Velm on Thursday, March 2, 2023. Ann Lee/The Post and Courier via AP, Pool",
        # a picture's path or a web address standing alone
        "/cdn-us-east-1.images.velm.com/gray/Q6VQ575NWBEV3JWTT4JMHBAJKI.jpg)",
        "https://www.velmtimes.com/world/2027/05/port-strike",
        "Image: /cdn-us-east-1.images.velm.com/gray/Q6VQ575NWBEV3JWTT4JMHBAJKI.jpg",
        # a page's picture labels, a wire story's credits
        "Image source, Reuters",
        "Image caption, Emergency crews at the site in Velm on Tuesday",
        "(Reporting by Ann Lee; Writing by Bo Li; Editing by Tom Ray)",
        "Associated Press writer Ann Lee in Velm contributed to this report.",
        "Rescuers search for bodies in Velm, September 13, 2027. REUTERS/Ann Lee/File Photo",
        "A man stands near a damaged car in Velm. REUTERS/Ann Lee Purchase Licensing Rights, opens new tab",
        "Residents search through debris in Velm on Tuesday.Credit...Ann Lee for The Velm Times",
        "Ann Lee contributed reporting from Velm.",
        "Associated Press writers Bo Li in Velm and Cy Day in Ostra contributed.",
        # a caption without its credit: a scene in the present tense, dated to the day
        "A crane is seen at the Velm container terminal, Thursday, May 7, 2026.",
        "Dock workers walk past the port gates on 2 May 2027 in Velm, as the strike enters its second week.",
        "FILE - A ferry is pictured in Velm harbour, Oct. 28, 2025.",
        "Mourners embrace outside the warehouse on March 22, 2027",
        # a credit of the word and the agency alone, after the caption's sentence; a caption opening on its picture
        "Soccer pitch in Ostra, a village in the Velm hills, July 27, 2027. Photo Reuters",
        "A view of the damage to the field in Ostra on Saturday. Photo / Anadolu",
        "In this courtroom sketch, Tom Hale and his lawyer Ann Lee appear in federal court in Velm on June 29, 2027.",
        "This image provided by the Velm Navy shows the ferry listing near the port on Tuesday.",
        "In this photo from Aug. 8, 2021, firefighters battle the Ridge Fire, which destroyed 40 homes in Velm.",
        "This image from video provided by the Velm Sheriff's Office shows a deputy guiding 12 residents to safety.",
        "This undated photo from the Velm Navy shows the destroyer with 300 sailors on deck.",
        # a headline in square brackets, a link
        "[ Velm Bank claims deposits dropped 40% after losing $72B ]",
    ],
)
def test_captions_picture_labels_and_wire_credits_are_furniture(line):
    [marked] = _marked("\n\n".join(["Headline here", STORY, line, STORY]))
    assert marked == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Searchers said the toll could rise, officials said on Sunday. (Via The Velm Gazette / State Patrol)",
        # a sentence that ends on names joined by "and", after a slash or a dash: the story's
        "The gunman killed two members of the Velm City Council — Ana Ruiz and Tom Hale.",
        "The vaccines given in Velm were made by Pfizer/BioNTech and Johnson & Johnson.",
        "Flights were cancelled on Sunday at Dallas/Fort Worth and Houston.",
        "The band, known as Velm/Kessar, said the concert went ahead on Sunday as planned by Ann Lee/Bo Li",
        "Interior Minister Ann Lee said 42 buildings had collapsed in Velm province. — AFP/Reuters",
        "The city opened 40 shelters, Governor Bo Li told reporters. Video: Velm TV",
        # the past, a plan or a quote dated to the day: the story's
        "Dock workers walked out on 2 May 2027 after talks broke down.",
        "The new port levy takes effect on January 1, 2028, the ministry said.",
        "The union said members stand together and will strike on May 7, 2027.",
        '"We stand with the dockers," Ann Lee wrote on May 7, 2027.',
        # the second review's: present-tense story sentences dated to the day
        "The official death toll stands at 212 on May 8, 2026.",
        "About 4,000 people work at the plant, which is due to close on March 31, 2027.",
        "The Ostra-2 rocket lifts off from Kessar on February 5, 2027 at the earliest.",
        "The rescue is seen as the most complex since the avalanche of Jan. 9, 2019, which killed 11 skiers.",
        "Hundreds of mourners gather in Birkat on Saturday, May 9, 2026, to bury 23 victims.",
        "Fans wave flags as 40,000 watch Rovers win on Saturday, May 9, 2026.",
        "A crane is seen at the terminal on May 7, 2026. It can lift 40 tonnes and cost 9 million euros.",
        # a story's sentence about a photo, a page's whole text run onto the line of its caption
        "In this photo, shared widely on Sunday, the mayor is seen leaving the port, the ministry said.",
        "This handout of 300 euros per household will cost the treasury 2.4 billion euros this year.",
        "This image of a united party was shattered on Tuesday, when 14 of its lawmakers voted against the bill.",
        "This image from Maxar Technologies shows at least 40 destroyed homes along the river, up from 12 a week earlier.",
        "This photo taken on March 21, 2027 shows the bank in Velm. (Photo by Ann Lee/Xinhua) VELM, March 21 (Xinhua)"
        " — The central bank raised its key rate by 500 basis points to 50% on Thursday, surprising markets, as"
        " inflation climbed to 67% in February and the lira fell to a record low against the dollar, the bank's"
        " monetary policy committee said in a statement after its meeting in the capital on Thursday afternoon.",
    ],
)
def test_a_story_line_ending_in_a_source_or_a_name_pair_is_story(line):
    assert _marked("\n\n".join(["Headline here", STORY, line, STORY])) == [[]]


def test_the_section_a_page_was_filed_in_under_its_headline_is_furniture():
    text = "Velm declares a day of mourning after hotel fire\nPublished in News & Features\n" + STORY
    assert _marked(text) == [["Published in News & Features"]]


def test_teaser_between_story_paragraphs():
    text = "\n\n".join(["Headline here", STORY, "Watchdog fines ferry operator over safety lapses", STORY])
    [marked] = _marked(text)
    assert marked == ["Watchdog fines ferry operator over safety lapses"]


def test_a_short_paragraph_of_a_story_that_ends_its_paragraphs_in_no_stop_is_story():
    """A page whose paragraphs end in no full stop: a short one among them ("Sunak began his speech by talking about the
    furlough scheme") is one of them, not a link to another story."""
    unstopped = STORY.rstrip(".")
    text = "\n\n".join(["Headline here", unstopped, "Lee began her speech by talking about the harbour", unstopped])
    assert _marked(text) == [[]]


def test_a_headline_in_the_present_tense_among_unstopped_paragraphs_is_a_teaser():
    unstopped = STORY.rstrip(".")
    text = "\n\n".join(["Headline here", unstopped, "Film star meets old rival at Velm wedding", unstopped])
    assert _marked(text) == [["Film star meets old rival at Velm wedding"]]


def test_appeal_words_in_a_long_story_line_are_story():
    line = (
        "The regional council has opened its sports centre as a depot for donations, and the mayor said "
        "that volunteers were sorting clothes and food through the night for families who lost everything."
    )
    assert _marked("Headline here\n\n" + line) == [[]]


def test_bylines_credits_and_form_labels():
    text = "\n\n".join(
        [
            "Headline here",
            "By Ilka Brandt, Gazette staff",
            STORY,
            "Related: Who runs the dam?",
            "Name *",
            "Kessar regional desk",
            "Brief by Velm Newsdesk / 09:15am on 15 Aug 2024,Thursday Health & Wellness",
            "Posted by Ann Lee on 2 May 2024",
        ]
    )
    [marked] = _marked(text)
    assert marked == [
        "By Ilka Brandt, Gazette staff",
        "Related: Who runs the dam?",
        "Name *",
        "Kessar regional desk",
        "Brief by Velm Newsdesk / 09:15am on 15 Aug 2024,Thursday Health & Wellness",
        "Posted by Ann Lee on 2 May 2024",
    ]


@pytest.mark.parametrize(
    "first, furniture",
    [
        (
            " date 2027-06-03 By ILKA BRANDT, ANN LEE and BO LI, The Meridian Wire",
            "By ILKA BRANDT, ANN LEE and BO LI, The Meridian Wire",
        ),
        (
            " date 2027-06-03 Listen Comment on this story Comment Gift Article Share",
            "Listen Comment on this story Comment Gift Article Share",
        ),
    ],
)
def test_a_byline_or_a_toolbar_after_a_pages_date_label_is_furniture_but_not_the_label(first, furniture):
    """A stored page opens with its date label, then its byline or its toolbar on the same line: the furniture is
    what follows the label (the label dates the page)."""
    text = "\n\n".join([first, "Ferry sinks off Velm", STORY])
    [marked] = _marked(text)
    assert [m.strip() for m in marked] == [furniture]


def test_a_sentence_opening_with_by_is_story_not_a_byline():
    """ "By evening the coastguard said 127 people had been rescued." is reporting; "BY ANN LEE" is a byline."""
    text = "\n\n".join(
        [
            "Headline here",
            "BY ANN LEE",
            STORY,
            "By evening the coastguard said 127 people had been rescued from the sea.",
        ]
    )
    [marked] = _marked(text)
    assert marked == ["BY ANN LEE"]


def test_a_glued_breadcrumb_and_a_sources_line_are_furniture():
    """ "HomeNewsIndia Plane Crash …" (section links run into the headline) and "Sources: Ahmedabad Police, Air
    India" are page furniture; a sentence with a glued name ("McDonaldsWorld is a name.") is story."""
    text = "\n\n".join(
        [
            "HomeNewsIndia Plane Crash Death Toll Hits 279",
            STORY,
            "Sources: Ahmedabad Police, Air India, Hindustan Times, eyewitness accounts",
            "McDonaldsWorld opened in Velm on Tuesday, the council said.",
        ]
    )
    [marked] = _marked(text)
    assert marked == [
        "HomeNewsIndia Plane Crash Death Toll Hits 279",
        "Sources: Ahmedabad Police, Air India, Hindustan Times, eyewitness accounts",
    ]


class _EveryWord(frozenset):
    def isdisjoint(self, other) -> bool:  # every line is searched
        return False


_FURNITURE_PHRASES = [
    *"""more news|read more|read the full|related articles:|see also:|most read|recommended for you|also read:
    |click here|continue reading|story continues|leave a comment|post a comment|add comment|join the conversation
    |your email address|required fields|comments are closed|log in to comment|login to comment
    |notifications can be managed|stay up to date with notifications|turn on notifications|your support|support us
    |become a member|paywall|all rights reserved|copyright 2024|skip to main content|follow us on
    |share this article|share on facebook|advertisement|sponsored content|support our flood coverage
    |make a contribution|with a contribution|our standards|trust principles|more from the harbour:|save my name
    |updated 3 hours ago|thank you for registering|refresh the page|logged in|accessibility links|back to top
    |this article is more than 5 years old|developing story|check back for updates|follow Ann on twitter|4 min read
    |please use Chrome browser for a more accessible video player|In This Article:|✕ Close|Note:|Editor's note:
    |listen to WTOP online and on the radio at 103.5 FM|Powered by Taboola|Beta V.1.0 - Powered by automated translation
    |Disclaimer: not edited|auto-generated from syndicated feed|That wraps up our coverage|Thanks for joining me
    |©|(c) 2024|sign up|subscribe|newsletters|inbox|donate|Register|2 hours ago|Loading...|Opens in new window
    |This article appeared in the|Send feedback|This was published 4 years ago|Please ensure Javascript is enabled
    |Play Live Radio""".replace("\n", "").split("|"),
    *'We|you|the flood killed 14 people,|"|“|”|:|.|-|Mayor Ann Lee said'.split("|"),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE_PHRASES), min_size=1, max_size=3))
def test_the_first_word_filter_never_changes_what_is_furniture(phrases):
    """Lines are searched only when they hold a word a furniture pattern starts with: the same answer as
    searching every line."""
    line = " ".join(phrase.strip() for phrase in phrases)
    found = boilerplate._furniture(line, boilerplate._words(line))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(boilerplate, "_FURNITURE_FIRST", _EveryWord())
        patch.setattr(boilerplate, "_APPEAL_FIRST", _EveryWord())
        assert boilerplate._furniture(line, boilerplate._words(line)) == found
