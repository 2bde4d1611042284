"""Names: proper-noun phrases with titles stripped, and corpus-wide canonical values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract.entities import canonicalize_entities, find_entities
from workbench.extract.sentences import SentenceIndex
from workbench.model import Article, Candidate


def _article(text: str, article_id: str = "a") -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", title="", sha256="", text=text)


def _found(text: str) -> list[str]:
    return [c.text for c in find_entities(_article(text), SentenceIndex(text))]


def _corpus(*texts: str) -> dict[str, list[Candidate]]:
    """Entities of each text (articles a0, a1, ...) after canonicalisation."""
    articles = [_article(t, f"a{i}") for i, t in enumerate(texts)]
    entities = {a.id: find_entities(a, SentenceIndex(a.text)) for a in articles}
    canonicalize_entities(articles, entities)
    return entities


def _units(*texts: str) -> dict[str, str | None]:
    """Each name's unit ("person" or None) after canonicalisation, by its text as written."""
    return {c.text: c.unit for found in _corpus(*texts).values() for c in found}


def _values(entities: dict[str, list[Candidate]], surface: str) -> set[str]:
    return {c.value for found in entities.values() for c in found if c.text == surface}


def test_titles_are_not_part_of_the_name():
    text = (
        "Visiting President Tomas Varga met Colonel Ines Holm and Mr Kessler. "
        "Army Col. Piet Stam said nothing, and Governor Lena Ruiz left."
    )
    found = _found(text)
    assert {"Tomas Varga", "Ines Holm", "Kessler", "Piet Stam", "Lena Ruiz"} <= set(found)
    assert not any(t in name for name in found for t in ("President", "Colonel", "Mr", "Col", "Governor"))


def test_a_title_before_an_institution_word_is_part_of_its_name():
    assert _found("The doctors of the Elara General Hospital and the UN General Assembly met.") == [
        "Elara General Hospital",
        "UN General Assembly",
    ]


def test_nationality_before_a_title_is_dropped():
    assert _found("Yesterday the Estonian Prime Minister Kaja Voss spoke.") == ["Kaja Voss"]


def test_nationality_before_a_persons_name_is_dropped_but_kept_in_an_institutions():
    """ "Kenyan Eliud Kipchoge" is Eliud Kipchoge; "Syrian Democratic Forces", "Japanese Grand Prix" keep theirs."""
    found = _found(
        "Kenyan Eliud Kipchoge set the record. Russian Daniil Medvedev lost. "
        "The Syrian Democratic Forces said so. He won the Japanese Grand Prix again."
    )
    assert {"Eliud Kipchoge", "Daniil Medvedev", "Syrian Democratic Forces", "Japanese Grand Prix"} <= set(found)
    assert not {"Kenyan Eliud Kipchoge", "Russian Daniil Medvedev"} & set(found)


def test_a_newspapers_masthead_keeps_its_nationality():
    """ "The Indian Express reported", "the Irish Mirror": a newspaper's name, not "Express" or "Mirror" (a word that is
    as often a surname or a title, "Jim Courier", "Medical Examiner X", "Independent X", stays out)."""
    found = _found("The toll rose to 116, The Indian Express reported. The Irish Mirror said the same.")
    assert {"Indian Express", "Irish Mirror"} <= set(found)
    assert "Jim Courier" in _found("The match was over, Jim Courier said on Sunday.")


def test_titles_joined_by_a_hyphen_are_titles():
    """ "WHO Director-General Tedros Adhanom Ghebreyesus" is Tedros Adhanom Ghebreyesus (WHO stays a name);
    "Coast Guard Rear Admiral Shannon Gilreath" leaves no "Coast Guard Rear"."""
    found = _found(
        "WHO Director-General Tedros Adhanom Ghebreyesus spoke. UN Secretary-General Antonio Guterres left. "
        "Coast Guard Rear Admiral Shannon Gilreath said so."
    )
    assert {"WHO", "Tedros Adhanom Ghebreyesus", "Antonio Guterres", "Coast Guard", "Shannon Gilreath"} <= set(found)
    assert not any("General" in name or "Rear" in name for name in found), found


def test_two_words_ending_in_a_place_or_an_institution_word_are_no_person():
    """ "Holiday Pines", "Palm Beach", "Florida Division", "International Health Regulations" are no people whom
    "he said" or a day's doer could be."""
    units = _units(
        "Tornadoes hit Holiday Pines and Palm Beach on Wednesday, the Florida Division said.",
        "Residents of Holiday Pines fled to Palm Beach, Ann Lee said. An International Health Regulations"
        " committee met. Hurricane Milton hit Montoya Way.",
    )
    assert units["Ann Lee"] == "person"
    names = ("Holiday Pines", "Palm Beach", "Florida Division", "International Health Regulations", "Hurricane Milton")
    assert all(units[name] != "person" for name in names), units


def test_a_title_with_an_english_joining_word_or_a_team_after_the_is_no_person():
    """ "Lords of Velmar" (a game), "Fourth of July": a title, not a person's name; "the Red Kites were" is a team
    (no person's name follows "the" and ends its phrase)."""
    units = _units(
        "Velmsoft makes Lords of Velmar. Ana Ruiz, its head, said sales of Lords of Velmar rose.",
        "The Red Kites were beaten, and Tom Harlow said the Red Kites' fans were quiet.",
    )
    assert units["Ana Ruiz"] == "person" and units["Tom Harlow"] == "person"
    assert units["Lords of Velmar"] != "person" and units["Red Kites"] != "person", units


def test_a_place_is_no_person_for_a_word_across_a_sentence_end_a_dateline_or_a_team_written_of_as_people():
    """The word before a name counts only within its sentence ("… the new champion.⏎New Vellia won the toss"), a
    dateline's date is no apposition ("San Rovel, June 3: The Inspector General …"), and a name shaped like no
    person's ("New …") is a person only when more of its mentions say so than say otherwise."""
    units = _units(
        "The world got its new champion.\nNew Vellia won the toss and chose to bat. Ana Ruiz scored 55.",
        "San Rovel, June 3: The Inspector General of the force spoke. It was a loss for New Vellia, who also lost"
        " the last final. The fans in New Vellia wept.",
    )
    assert units["Ana Ruiz"] == "person"
    assert units["New Vellia"] != "person" and units["San Rovel"] != "person", units


def test_sentence_initial_words_months_and_weekdays_are_not_names():
    found = _found("The flood reached Tarvos on Monday. In March the Orna Valley Council met. But rain fell.")
    assert found == ["Tarvos", "Orna Valley Council"]


def test_a_sentence_initial_word_that_the_article_writes_in_lower_case_is_ordinary():
    assert _found("Rescuers reached Tarvos. The rescuers were tired.") == ["Tarvos"]


def test_a_word_only_ever_starting_sentences_is_ordinary_when_the_corpus_writes_it_in_lower_case():
    entities = _corpus("Rain fell on Tarvos. Ferries stopped.", "The rain stopped and a ferry left Tarvos.")
    assert [c.text for c in entities["a0"]] == ["Tarvos"]


def test_a_news_agency_opening_sentences_only_is_a_name_whatever_its_word_ends_in():
    """ "Reuters verified the footage": a news agency, though "-ers" ends many plurals ("Searchers")."""
    entities = _corpus("Smoke rose over Tarvos. Reuters verified the footage.", "Reuters was able to verify it.")
    assert [c.text for c in entities["a0"]] == ["Tarvos", "Reuters"]


@pytest.mark.parametrize(
    "first",
    [
        " date 2023-06-03 Rescue operations went on at Tarvos all night.",  # a stored page's date label opens its line
        'An official said on Saturday "Rescue work goes on at Tarvos," as night fell.',  # a quote's first word
        "TARVOS, Velmia (AP) — Rescue teams worked at Tarvos all night.",  # a wire story's place and agency first
    ],
)
def test_a_word_opening_a_page_after_its_date_label_or_a_quote_is_sentence_initial(first):
    """Such a word is only ever a sentence's first, and the corpus writes it in lower case: an ordinary word."""
    entities = _corpus(first, "The rescue at Tarvos was slow.")
    assert "Rescue" not in [c.text for c in entities["a0"]]
    assert "Tarvos" in [c.text for c in entities["a0"]]


def test_a_name_in_quote_marks_is_no_quotes_first_word():
    """`the probe, named "Hope",` quotes a name, no one's words: it stays a name though the corpus writes "hope"."""
    entities = _corpus('The probe, named "Hope", reached Tarvos orbit.', "There was hope of finding water on Tarvos.")
    assert "Hope" in [c.text for c in entities["a0"]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The toll rose, Special Relief Commissioner Ana Ruiz said of the relief effort.", ["Ana Ruiz"]),
        ("The alarms failed, Security Chief Tom Hale said.", ["Tom Hale"]),
        ("Hong Kong Security Chief Tom Hale said alarms failed.", ["Hong Kong", "Tom Hale"]),
        ("Texas Governor Greg Abbott spoke.", ["Texas", "Greg Abbott"]),
        ("The price fell. Shell Chief Executive Wael Sawan said so.", ["Shell", "Wael Sawan"]),
        ("The polls closed. Labour Leader Keir Starmer spoke.", ["Labour", "Keir Starmer"]),
        ("Ex-Virginia Gov. Bob McDonnell was sentenced.", ["Virginia", "Bob McDonnell"]),
        ("Ex-Defense Minister Kim Yong Hyun was jailed.", ["Kim Yong Hyun"]),
        (
            "A spokesman for the Anti-Defamation League and the Ex-Im Bank spoke.",
            ["Anti-Defamation League", "Ex-Im Bank"],
        ),
        (
            "Ex-Labour MP Jane Hill and Ex-Google engineer Sam Cole spoke.",
            ["Labour", "Jane Hill", "Google", "Sam Cole"],
        ),
        ("The rates rose, Thames Water Chief Executive Chris Weston said.", ["Thames Water", "Chris Weston"]),
        ("Senate Majority Leader Ann Tull said the bill would pass.", ["Senate", "Ann Tull"]),
        ("Home Secretary Ann Tull said police would act.", ["Ann Tull"]),
        ("Rail Minister Ann Tull opened the line.", ["Ann Tull"]),
        ("The toll rose. Velmland Home Minister Ann Tull spoke.", ["Velmland", "Ann Tull"]),
        ("The toll rose. Union Home Minister Ann Tull spoke.", ["Ann Tull"]),
        ("The toll rose. Scottish Rugby Union Secretary Ann Tull spoke.", ["Scottish Rugby Union", "Ann Tull"]),
        ("The toll rose. Islamic State Minister Ann Tull spoke.", ["Islamic State", "Ann Tull"]),
        ("The toll, according to the Minister of State for Home Harsh Tull, is 132.", ["State", "Harsh Tull"]),
        ("He voted for Health Services Union members.", ["Health Services Union"]),
        ("The toll rose, DIG Ann Tull told reporters. CM Ravi Lal visited.", ["Ann Tull", "Ravi Lal"]),
        ("IG Metall said the deal was fair. SSP Group said sales rose.", ["IG Metall", "SSP Group"]),
        ("SHO Ravi Lal and DGP Ann Tull reached the site with SDM Om Das.", ["Ravi Lal", "Ann Tull", "Om Das"]),
    ],
)
def test_a_titles_portfolio_and_ex_are_no_names(text, names):
    """A portfolio's words before a title are no name ("Special Relief Commissioner", "U.S. District Judge"); a place,
    a company or a party before it stays ("Hong Kong", "Texas", "Shell", "Labour"); "Ex-" before a title's holder's
    place or portfolio is no part of a name, though it is of an institution's ("Ex-Im Bank")."""
    assert _found(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Ann Lee spoke.\nThe gunman killed two members of the Velm City Council — Ana Ruiz and Tom Hale.",
            ["Ann Lee", "Velm City Council", "Ana Ruiz", "Tom Hale"],
        ),
        (
            "Ann Lee spoke.\nThe vaccines were made by Pfizer/BioNTech and Johnson & Johnson.",
            ["Ann Lee", "Pfizer", "BioNTech", "Johnson & Johnson"],
        ),
        ("Ann Lee spoke.\nA judge listens. Bo Li/The Post and Courier via AP, Pool", ["Ann Lee"]),
    ],
)
def test_a_sentence_ending_on_names_joined_by_and_is_no_photo_credit(text, names):
    """Names joined by "and" after a dash or a slash at a line's end are the story's; an agency's "and" ("The Post and
    Courier") is a credit's only in brackets or in a credit ending its line without a full stop."""
    assert _found(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("Zhao wrote in a post on X on Tuesday.", ["Zhao", "X"]),
        ("Sites including Facebook, YouTube and X were blocked.", ["Facebook", "YouTube", "X"]),
        ("He met Ann X. Li on Monday.", ["Ann X. Li"]),
        ("The formula uses X for the unknown.", []),
    ],
)
def test_the_platform_x_is_a_name_of_one_letter(text, names):
    """ "posted on X", "Facebook, YouTube and X": the platform, a name of one letter; not an initial nor a letter."""
    assert [n for n in _found(text) if n not in ("Sites",)] == names


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "England won the final at Lord's. The crowd at Lord's, a full house, cheered.",
            ["England", "Lord's", "Lord's"],
        ),
        ("He spoke at Trump's rally on Friday.", ["Trump"]),
    ],
)
def test_a_place_whose_name_ends_in_s_keeps_it(text, names):
    """ "at Lord's." names the ground (nothing follows that it could own); "at Trump's rally" is Trump's."""
    assert _found(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Velm Ostra Bridge Collapse: In Ostra, a bridge collapsed on Sunday. Velm officials said.",
            ["Velm", "Ostra", "Ostra", "Velm"],
        ),
        ("Ann Lee Velm: The mayor said the road would reopen.", ["Ann Lee Velm"]),
        (
            "UN Secretary General Antonio Guterres: We must act now. Guterres spoke.",
            ["UN", "Antonio Guterres", "Guterres"],
        ),
    ],
)
def test_a_label_before_a_colon_keeps_only_the_names_the_article_gives_elsewhere(text, names):
    """ "Velm Ostra Bridge Collapse: In Ostra, …": a topic label in title case, whose everyday words ("Bridge") make no
    name; a name before a colon ("Ann Lee Velm:", a title and its holder) stays."""
    assert _found(text) == names


def test_hyphenated_compounds_keep_only_their_names():
    found = _found("A US-led coalition and anti-Varga protesters met near Deir ez-Zor and Bashar al-Assad's palace.")
    assert found == ["US", "Varga", "Deir ez-Zor", "Bashar al-Assad"]


def test_two_names_joined_by_a_hyphen_are_two_mentions_where_each_stands_alone_too():
    """ "the Velmia-Hamas war" names Velmia and Hamas when the article names each alone; a double-barrelled name
    ("Rolls-Royce", "Ocasio-Cortez") is one name."""
    found = _found(
        "The Velmia-Hamas war began in October. Velmia and Hamas agreed to a truce. Rolls-Royce said Rolls would"
        " pay. Alexandria Ocasio-Cortez spoke."
    )
    assert found[:2] == ["Velmia", "Hamas"]
    assert "Rolls-Royce" in found and "Alexandria Ocasio-Cortez" in found


def test_a_country_named_like_a_demonyms_plural_is_a_name():
    """ "the Philippines" is a country, not a people (as "Americans" is)."""
    assert _found("The quake struck the central Philippines, and Americans living there were safe.") == ["Philippines"]


def test_and_joins_an_institutions_name_not_two_institutions():
    """ "and" inside a name ("Food and Drug Administration") joins; between two whole names it does not."""
    assert _found(
        "Velm County Public Schools and Orna Department of Health opened a shelter with the Velm Food and Drug"
        " Administration."
    ) == ["Velm County Public Schools", "Orna Department of Health", "Velm Food and Drug Administration"]


def test_a_person_of_a_place_is_a_person_and_a_place():
    """ "Matt Gaetz of Florida" names a person and a state; "Bank of England", "Strait of Hormuz" are one name."""
    assert _found("Rep. Matt Gaetz of Florida spoke near the Strait of Hormuz about the Bank of England.") == [
        "Matt Gaetz",
        "Florida",
        "Strait of Hormuz",
        "Bank of England",
    ]


def test_an_acronym_opening_a_sentence_is_a_name_and_a_shouted_label_line_is_not():
    """ "NASA joined in …" names NASA (a sentence goes on after it); "READ MORE" on a line of its own is a label."""
    assert _found(
        "The booster landed.\n\nREAD MORE\n\nNASA joined in the celebration, with Administrator Ann Roos."
    ) == [
        "NASA",
        "Ann Roos",
    ]


def test_a_role_in_a_race_before_a_name_is_no_part_of_it():
    assert _found("Opponent Hou Lin conceded. Rival Ko Wen thanked voters, and the nominee Ann Roos left.") == [
        "Hou Lin",
        "Ko Wen",
        "Ann Roos",
    ]


def test_possessives_end_a_name():
    assert _found("They saw Lebanon's Hezbollah and the Orna Council's budget.") == [
        "Lebanon",
        "Hezbollah",
        "Orna Council",
    ]


def test_an_all_caps_heading_is_noise():
    assert _found("BREAKING NEWS FROM THE RIVER TOWN\nThe mayor of Tarvos spoke.") == ["Tarvos"]


def test_hashtags_and_handles_are_not_names():
    assert _found("Follow @Tarvos and #Orna for news from Veltrin.") == ["Veltrin"]


def test_transliterations_of_one_name_share_a_value():
    entities = _corpus(
        "Fighters left Deir ez-Zor, heading for Abu Kamal and Hamaymah, Hezbollah said.",
        "Fighters left Deir Ezzor, heading for Albu Kamal and Hmaymah, Hizballah said.",
        "Fighters left Deir al-Zour, heading for Abu Kamal and Humeima, Hezbollah said.",
        "Convoys reached Deir az-Zor and Deir el-Zour yesterday, Hezbollah said.",
    )
    for spellings in (
        ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Deir az-Zor", "Deir el-Zour"],
        ["Abu Kamal", "Albu Kamal"],
        ["Hamaymah", "Hmaymah", "Humeima"],
        ["Hezbollah", "Hizballah"],
    ):
        values = set().union(*(_values(entities, s) for s in spellings))
        assert len(values) == 1, spellings


def test_one_word_names_with_one_skeleton_but_other_syllables_stay_apart():
    entities = _corpus("Fighters of Hamas met in Homs and in Hama.")
    assert len({c.value for c in entities["a0"]}) == 3


def test_the_canonical_value_is_the_most_frequent_spelling():
    entities = _corpus("Hizballah spoke.", "Then Hezbollah spoke.", "Later Hezbollah spoke.")
    assert _values(entities, "Hizballah") == {"Hezbollah"}


def test_names_one_consonant_apart_in_a_short_word_stay_apart():
    entities = _corpus("Water reached Birkat Zayna by noon.", "Farmers in Birkat Zaydan were safe.")
    assert _values(entities, "Birkat Zayna") != _values(entities, "Birkat Zaydan")


def test_a_bare_surname_joins_the_only_full_name_in_its_article():
    entities = _corpus("Spokesman Colonel Ryan Dillon spoke first. Later Dillon said more.")
    assert _values(entities, "Dillon") == {"Ryan Dillon"}


def test_two_people_with_one_surname_stay_apart_and_surnames_follow_the_nearest():
    entities = _corpus(
        "President Michel Aoun spoke in the morning, and Aoun left. General Joseph Aoun spoke later, and Aoun stayed."
    )
    mentions = [(c.text, c.value) for c in entities["a0"]]
    assert mentions == [
        ("Michel Aoun", "Michel Aoun"),
        ("Aoun", "Michel Aoun"),
        ("Joseph Aoun", "Joseph Aoun"),
        ("Aoun", "Joseph Aoun"),
    ]


@pytest.mark.parametrize(
    "kin",
    [
        "He denied killing his wife, Maggie Velmont, and son Paul Velmont, 22.",
        "The judge asked about the bodies of Maggie and Paul Velmont.",
        "Maggie Velmont, 52, and Paul Velmont, 22, were killed in June 2021.",
        "When Maggie and Paul Velmont were found shot dead, police focused on the family.",
        "He thanked his sister and campaign manager Karina Velmont.",  # her role after "and"
    ],
)
def test_a_surname_alone_is_not_a_relative_named_only_as_kin(kin):
    entities = _corpus(f"Lawyer Alex Velmont was sentenced on Friday. {kin} Velmont said he was innocent.")
    mentions = [(c.text, c.value) for c in entities["a0"] if c.text == "Velmont"]
    assert mentions == [("Velmont", "Alex Velmont")]


def test_a_surname_alone_is_the_owner_of_a_thing_not_his_kin():
    """ "Elon Velmont's SpaceX" owns a company, not kin: "Velmont wrote" after "His brother Kimbal Velmont" is his."""
    entities = _corpus(
        "Elon Velmont's SpaceX launched its rocket on Thursday. His brother Kimbal Velmont watched from the site."
        " Velmont wrote that it was a giant leap."
    )
    assert [c.value for c in entities["a0"] if c.text == "Velmont"] == ["Elon Velmont"]


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Hunter Velmont convicted\n\nPresident Joe Velmont's son Hunter Velmont was convicted on Tuesday."
            " Velmont, 54, could face prison.",
            "Hunter Velmont",
        ),
        (
            "The man broke into Speaker Nancy Velmont's home and attacked her husband, Paul Velmont, with a hammer."
            " Velmont, 83, suffered a fractured skull.",
            "Paul Velmont",
        ),
        (
            "Speaker Mike Velmont met senators on Tuesday. Sens. Tim Scott and Ron Velmont walked out."
            " Velmont told reporters he would vote no.",
            "Ron Velmont",
        ),
    ],
)
def test_a_surname_alone_stays_with_the_nearest_when_the_kin_is_the_subject(text, person):
    """Kin whose owner the article names only as an owner ("Joe Velmont's son", "Nancy Velmont's home … her husband")
    is the story's subject; "Tim Scott and Ron Velmont" lists two full names, no kin."""
    entities = _corpus(text)
    assert [c.value for c in entities["a0"] if c.text == "Velmont"] == [person]


def test_a_surname_alone_in_its_article_joins_the_only_person_of_the_corpus_who_bears_it():
    entities = _corpus(
        "Party leader Hassan Nasrallah gave a speech.",
        "Nasrallah said the fighting was over.",
        "Mayor Anna Berg and Judge Olaf Berg met. Berg said nothing.",
        "Berg was not there.",
    )
    assert _values(entities, "Nasrallah") == {"Hassan Nasrallah"}
    assert {c.value for c in entities["a3"]} == {"Berg"}  # two people are called Berg: no guess


def test_a_surname_alone_with_no_full_name_in_its_article_is_not_a_relative_the_corpus_names_only_as_kin():
    """The corpus names Javier Velmont, and Karina Velmont only as "his sister": "Velmont" alone in an article that
    names neither is Javier Velmont; "outside Velmont's party headquarters" does not make "Velmont" a place."""
    entities = _corpus(
        "President-elect Javier Velmont won on Sunday. He thanked his sister Karina Velmont.",
        "Crowds gathered outside Velmont's party headquarters. Velmont said the country had a future.",
        "Velmont, an economist, promised to cut spending.",
    )
    assert _values(entities, "Velmont") == {"Javier Velmont"}
    # a town's own parts ("outside Velmora's city hall") still say it is a place: not Ana Velmora
    entities = _corpus(
        "Singer Ana Velmora spoke on Monday.", "Hundreds protested outside Velmora's city hall on Monday."
    )
    assert [c.value for c in entities["a1"] if c.text == "Velmora"] == ["Velmora"]


def test_a_rare_given_name_after_a_kin_word_is_the_one_person_the_corpus_names_in_full_with_it():
    """ "his 19-year-old son Oskavi" where only another article writes "his son Oskavi Velmont": Oskavi Velmont; without
    the kin word, or where the corpus names the full name as no one's kin, a rare given name alone stays as written."""
    entities = _corpus(
        "Shahzad Velmont and his son Oskavi Velmont were aboard.",
        "Businessman Shahzad Velmont, his 19-year-old son Oskavi, and three others died.",
        "Oskavi spoke to reporters on Friday.",
    )
    assert [c.value for c in entities["a1"] if c.text == "Oskavi"] == ["Oskavi Velmont"]
    assert [c.value for c in entities["a2"] if c.text == "Oskavi"] == ["Oskavi"]
    # a striker the corpus names, never as anyone's kin, is not "the driver's son Thiavo"
    entities = _corpus("Striker Thiavo Almerin scored twice.", "The bus crashed, and the driver's son Thiavo was hurt.")
    assert [c.value for c in entities["a1"] if c.text == "Thiavo"] == ["Thiavo"]


def test_a_persons_name_run_on_from_an_organisations_is_cut_where_the_corpus_writes_both_apart():
    """ "chief executive of Velmgate Expeditions Stockton Rushmore": the organisation and its chief, each named as the
    corpus names them apart; a name the corpus never writes apart stays whole."""
    entities = _corpus(
        "The sub was run by Velmgate Expeditions. Its chief, Stockton Rushmore, was aboard.",
        "Aboard were the chief executive of Velmgate Expeditions Stockton Rushmore and Hamish Hardy.",
        "He studied at Velm Arts Academy Hamish Hall.",
    )
    found = [(c.text, c.value) for c in entities["a1"] if c.text != "Hamish Hardy"]
    assert found == [("Velmgate Expeditions", "Velmgate Expeditions"), ("Stockton Rushmore", "Stockton Rushmore")]
    assert [c.text for c in entities["a2"]] == ["Velm Arts Academy Hamish Hall"]


def test_a_shorter_form_joins_the_longer_name_that_contains_it():
    entities = _corpus(
        "A statement from US Central Command was read. Central Command said more.",
        "Governor Matthias Arden Kolb spoke.",
        "Governor Matthias Kolb spoke again.",
    )
    assert _values(entities, "Central Command") == {"US Central Command"}
    assert _values(entities, "Matthias Kolb") == {"Matthias Arden Kolb"}


def test_a_place_prefix_makes_another_place():
    entities = _corpus("Troops left South Varnia for Varnia.")
    assert _values(entities, "Varnia") == {"Varnia"}


def test_a_company_with_its_legal_form_is_the_company():
    entities = _corpus("Velmtech Inc. said sales fell on Tuesday.", "Velmtech reported results on Tuesday.")
    assert len(_values(entities, "Velmtech Inc") | _values(entities, "Velmtech")) == 1


def test_a_name_led_by_a_countrys_alias_is_the_name_led_by_the_country():
    """ "U.S. Senate" and "United States Senate" are one name, its value one of its spellings."""
    entities = _corpus("The U.S. Senate passed the bill.", "The United States Senate approved the bill.")
    values = _values(entities, "U.S. Senate") | _values(entities, "United States Senate")
    assert values == {"United States Senate"}


def test_a_knight_called_by_his_given_name_is_the_knight():
    entities = _corpus("Prime Minister Keir Starmer spoke on Thursday. Sir Keir told reporters it was a deal.")
    assert _values(entities, "Keir") == {"Keir Starmer"}
    named_after = _corpus(
        "The prime minister visited the town that elected Keir Hardie. Sir Keir told members it was a homecoming.",
        "Prime Minister Sir Keir Starmer paid tribute to Keir Hardie on Thursday.",
    )
    assert {c.value for c in named_after["a0"] if c.text == "Keir"} == {"Keir Starmer"}  # the one knighted


def test_people_are_marked_as_persons():
    entities = _corpus(
        "Spokesman Colonel Ryan Dillon spoke in Tarvos. The train was run by Tarvos Rail, not Ostra Water."
    )
    units = {c.text: c.unit for c in entities["a0"]}
    assert units == {"Ryan Dillon": "person", "Tarvos": None, "Tarvos Rail": None, "Ostra Water": None}


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_candidates_whose_text_is_at_their_offsets(text):
    entities = _corpus(text)
    for c in entities["a0"]:
        assert c.kind == "entity"
        assert text[c.start : c.end] == c.text
        assert isinstance(c.value, str) and c.value


def test_a_nationality_after_a_title_is_a_name_only_with_no_noun_after_it():
    """ "Dr Danish" is a person; "Chief Palestinian negotiator Saeb Erekat" names one person, Saeb Erekat."""
    assert _found("An official who called himself Dr Danish spoke.") == ["Danish"]
    assert _found("Chief Palestinian negotiator Saeb Erekat and Chief Swiss negotiator Tom Hale met.") == [
        "Saeb Erekat",
        "Tom Hale",
    ]


def test_labels_and_company_words_alone_are_no_names_and_countries_are_places():
    assert _found("Velmwork filed for Chapter 11 on Monday. Energy prices rose and Air travel fell.") == ["Velmwork"]
    assert _units("Velmwork expanded in Canada and Mexico on Monday.") == {
        "Velmwork": None,
        "Canada": None,
        "Mexico": None,
    }
    text = "Velmwork grew in Canada and Mexico, the company said."
    found = find_entities(_article(text), SentenceIndex(text))
    assert [(c.text, c.unit) for c in found if c.text != "Velmwork"] == [("Canada", "place"), ("Mexico", "place")]
    assert _units("Ireland, the goalkeeper, was hurt in the first half.") == {"Ireland": "person"}


def test_an_institutions_word_that_is_an_everyday_word_opens_its_name():
    """ "Police" alone at a sentence's start is no name; in "Police Reforms Working Group" it is the name's first word."""
    assert _found("Two rights groups and the Police Reforms Working Group said 23 people died.") == [
        "Police Reforms Working Group"
    ]
    assert _found("Police said the march was peaceful.") == []


def test_a_capitalised_word_ending_like_a_noun_for_someone_is_no_title():
    """ "Pearl Harbor National Memorial", "Rockefeller Center Christmas Tree": no person inside a place's name."""
    assert _units("Visitors gathered at the Pearl Harbor National Memorial on Sunday.").get("National Memorial") is None
    assert "Christmas Tree" not in _found("The Rockefeller Center Christmas Tree was lit on Sunday.")


def test_a_capitalised_noun_for_what_someone_does_before_a_name_is_a_title():
    """ "Velmcast Senior Television Broadcaster Kristina Lee": Kristina Lee; not a given name ("Judge Brian A. Moss"),
    a connector ("Office for National Statistics") nor a ship's prefix ("Bulk Carrier MV Velm")."""
    assert _found("Velmcast Senior Television Broadcaster Kristina Lee spoke.")[-1] == "Kristina Lee"
    assert _found("On Monday Magistrate Judge Brian A. Moss spoke.") == ["Brian A. Moss"]
    assert _found("The Office for National Statistics spoke.") == ["Office for National Statistics"]
    assert _found("The Barbados Flagged Bulk Carrier MV Velm was hit.") == ["Barbados Flagged Bulk Carrier MV Velm"]


def test_a_country_named_with_a_peoples_word_keeps_it():
    """ "Saudi Arabia" is a country, not a Saudi "Arabia" ("Kenyan Eliud Kipchoge" loses his nationality)."""
    assert _found("The pilgrims died in Saudi Arabia. Kenyan Eliud Kipchoge won.") == ["Saudi Arabia", "Eliud Kipchoge"]


def test_a_countrys_official_name_has_its_common_name_for_value():
    entities = _corpus("The Kingdom of Saudi Arabia said so.", "Saudi Arabia agreed, as did Viet Nam.")
    values = {c.text: c.value for found in entities.values() for c in found}
    assert values["Kingdom of Saudi Arabia"] == values["Saudi Arabia"] == "Saudi Arabia"
    assert values["Viet Nam"] == "Vietnam"
    congo = _corpus("They crossed from Congo into the Republic of the Congo.")  # which Congo "Congo" is, no name says
    assert {c.value for c in congo["a0"]} == {"Congo", "Republic of the Congo"}


def test_a_name_after_a_or_an_keeps_its_s():
    """ "a McDonald's restaurant", "a Sainsbury's sandwich": a brand's name ending in 's, no one's possessive (as
    "Macron's government" is)."""
    assert _found("The crowd ransacked a McDonald’s restaurant while Macron's government met.") == [
        "McDonald’s",
        "Macron",
    ]


def test_two_particles_in_a_row_stay_inside_a_name():
    assert _found("Commission President Ursula von der Leyen spoke. They left the Place de la Bastille.") == [
        "Commission",
        "Ursula von der Leyen",
        "Place de la Bastille",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Martin Luther King Jr. spoke in Selma.", ["Martin Luther King Jr.", "Selma"]),  # a title's word as a surname
        ("The novel by Stephen King sold well.", ["Stephen King"]),
        ("Crown Prince Mohammed bin Salman met Supreme Leader Ali Khamenei.", ["Mohammed bin Salman", "Ali Khamenei"]),
        ("The Supreme Court and the Crown Court sat.", ["Supreme Court", "Crown Court"]),
    ],
)
def test_titles_qualified_and_a_titles_word_as_a_surname(text, names):
    assert _found(text) == names


def test_an_ampersand_joins_a_names_words():
    assert _found("The stocks AT&T, Procter & Gamble and Marks & Spencer rose as the S&P 500 fell.") == [
        "AT&T",
        "Procter & Gamble",
        "Marks & Spencer",
        "S&P",
    ]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The regulator seized First Republic Bank on Monday. First Republic had lost deposits.",
            ["First Republic Bank", "First Republic"],
        ),
        ("The case went to the Third Circuit Court. Two Velmians were hurt.", ["Third Circuit Court", "Velmians"]),
        ("First Lady Ann Lee spoke in Velm.", ["Ann Lee", "Velm"]),
        (
            "The regulator seized First Republic Bank. First Republic fell. Republican lawmakers spoke.",
            ["First Republic Bank", "First Republic", "Republican"],
        ),
        (
            "OSTRA (AP) - Three Ostra police officers were wounded. Two Velmians were hurt in Ostra.",
            ["OSTRA", "AP", "Ostra", "Velmians", "Ostra"],
        ),
    ],
)
def test_a_number_word_capitalised_inside_a_sentence_opens_a_name(text, names):
    """ "seized First Republic Bank": a number word capitalised before a name's word inside a sentence is the
    name's first word, and the sentence that opens with it names it too; a title ("First Lady") is no name, and a
    count opening a sentence ("Two Velmians") is no part of one."""
    assert _found(text) == names


def test_an_organisations_first_words_written_alone_are_its_name():
    """ "Signature Bank" and "Signature", "JPMorgan Chase Bank", "JPMorgan Chase" and "JPMorgan": one organisation;
    not a person's family name ("Trump" of the Trump Organization, when "Donald Trump" is named), nor an
    institution's word ("Parliament" of "Parliament House"), nor a first word that opens two names ("Velm")."""
    entities = _corpus(
        "JPMorgan Chase Bank bought the bank's deposits. Signature Bank failed in March.",
        "JPMorgan Chase said on Monday it would pay. JPMorgan is the biggest bank. Signature had failed.",
        "Donald Trump spoke at Parliament House. Trump and the Trump Organization were fined.",
        "Parliament met later. Velm Air and Velm Rail cut routes. Velm Air said it was sorry.",
    )
    assert (
        _values(entities, "JPMorgan") == _values(entities, "JPMorgan Chase") == _values(entities, "JPMorgan Chase Bank")
    )
    assert _values(entities, "Signature") == _values(entities, "Signature Bank")
    assert _values(entities, "Trump") != _values(entities, "Trump Organization")
    assert _values(entities, "Parliament") != _values(entities, "Parliament House")
    assert _values(entities, "Velm Air") != _values(entities, "Velm Rail")
    corpus = _corpus(
        "Regulators closed Signature Bank on Sunday. Signature depositors will be paid. Signature had $110 billion.",
        "Signature Bank was shut down by regulators on Sunday.",
    )
    assert _values(corpus, "Signature") == _values(corpus, "Signature Bank")  # however often before a plural
    past = _corpus(
        "Regulators closed Signature Bank on Sunday, after Signature collapsed in March.", "Signature Bank shut."
    )
    assert _values(past, "Signature") == _values(past, "Signature Bank")  # "Signature collapsed": a verb after it
    opening = _corpus("Credit Suisse fell on Monday. Credit tightened across Europe.", "Credit Suisse was sold.")
    assert _values(opening, "Credit") != _values(opening, "Credit Suisse")  # an everyday word opening a sentence


def test_a_dateline_place_or_an_adjective_is_no_short_form_of_an_organisation():
    """ "MOSCOW (Reuters) - Moscow Exchange halted …": Moscow is the city; "Federal agents" are no Federal Reserve's."""
    entities = _corpus(
        "MOSCOW (Reuters) - Moscow Exchange halted trading on Thursday. Moscow called it aggression.",
        "A former Federal Reserve economist was charged. Federal agents arrested him in Velm.",
    )
    assert _values(entities, "Moscow") != _values(entities, "Moscow Exchange")
    assert _values(entities, "Federal") != _values(entities, "Federal Reserve")
    singular = _corpus(
        "A former Federal Reserve economist was charged. Federal agents arrested him. Federal law bars it.",
        "A former Federal Reserve economist was arrested. Federal investigators said so.",
    )
    assert _values(singular, "Federal") != _values(singular, "Federal Reserve")  # "Federal law": an adjective too


def test_a_photographers_name_in_a_credit_inside_its_caption_line_is_no_name():
    """ "AAP Image/Ann Lee via REUTERS ATTENTION EDITORS - …": a credit, though the agency's notice follows it."""
    text = (
        "Tom Hale leaves Parliament House in Velm, October 14, 2027. AAP Image/Ann Lee via REUTERS ATTENTION"
        " EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY."
    )
    assert "Ann Lee" not in _found(text)
    assert "Tom Hale" in _found(text)


def test_what_the_residents_of_a_name_live_in_is_a_place():
    """ "Shreema, a resident of Velmpur, who lost two relatives": what the people of a name live in is a place, not the
    person a "who" after it describes."""
    units = _units("The crowd panicked, said Shreema a resident of Velmpur, who lost two of her relatives.")
    assert units["Velmpur"] is None


def test_a_war_an_index_or_a_revolution_is_no_person():
    """ "since the end of the Cold War", "the Consumer Prices Index": names of a happening and of a measure."""
    units = _units(
        "The world is more dangerous than at any time since the end of the Cold War, he said of the"
        " Consumer Prices Index and the French Revolution."
    )
    assert units["Cold War"] is None and units["Consumer Prices Index"] is None and units["French Revolution"] is None


def test_an_article_a_longtime_or_a_defendant_before_a_name_is_no_part_of_it():
    """ "A Long Island architect", "Longtime Massapequa Park resident", "Defendant Heuermann": the article "A" (no
    initial: "Rex A Heuermann" keeps it), a word describing the person and a court's title open no name."""
    found = _found(
        "RIVERHEAD, N.Y. (AP) — A Long Island architect was charged on Friday on Long Island. Longtime Massapequa Park"
        " resident Rex A Heuermann, 59, was held. It is significant that Defendant Heuermann cannot be excluded."
    )
    assert {"Long Island", "Massapequa Park", "Rex A Heuermann", "Heuermann"} <= set(found)
    assert not {"A Long Island", "Longtime Massapequa Park", "Defendant Heuermann"} & set(found)
    assert "A Raja" in _found("CHENNAI (PTI) - DMK MP A Raja on Sunday accused the Centre.")
    assert "A R Rahman" in _found("CHENNAI (PTI) - A R Rahman will compose the score, the studio said.")


def test_a_first_name_the_given_name_list_lacks_stands_for_the_one_person_named_in_full_with_it():
    """ "Rohit says India were not good enough": Rohit Sharma, the one person the story names in full with "Rohit"
    first, whose first word is no one's family name and no English word; not a country ("China") a company's name opens,
    nor a place's word an exchange's name opens."""
    values = {
        c.text: c.value
        for found in _corpus(
            "India captain Rohit Sharma had raced to 47 off just 31 balls.\n\nWith his team on 76-1 in the 10th over,"
            " Rohit launched the ball high.",
            "China Evergrande was ordered to liquidate. Shares in China fell. Riyadh Stock Exchange rose in Riyadh.",
        ).values()
        for c in found
    }
    assert values["Rohit"] == "Rohit Sharma"
    assert values["China"] == "China" and values["Riyadh"] == "Riyadh"


def test_a_rare_first_name_is_no_one_another_article_names_nor_one_described_as_someone_else():
    """ "Rohit, a 19-year-old student" and a Rohit only another article names in full ("Superintendent Rohit
    Malpani"), or "Pham, a 52-year-old fisherman" beside Prime Minister Pham Minh Chinh: other people."""
    values = {
        (c.article, c.text): c.value
        for found in _corpus(
            "Superintendent of Police Rohit Malpani visited the site. Prime Minister Pham Minh Chinh sent condolences.",
            "Rohit, a 19-year-old student, saw the blast. Pham, a 52-year-old fisherman, lost his boat.",
        ).values()
        for c in found
    }
    assert values["a1", "Rohit"] == "Rohit" and values["a1", "Pham"] == "Pham"
