"""Names, not junk: capitalised common words, photo credits and headline fragments are not names, titles
are not part of a name, and aliases of one organisation or country share one value (issue 12, class 6).
Articles written for the purpose."""

from __future__ import annotations

import pytest

from workbench.model import Candidate
from workbench.pipeline import analyze

HEADLINE = "Ferry Sinks Off Tamsa Coast As Storm Hits Velm Harbour"

ARTICLE_A = f"""{HEADLINE}

Nearly 40 people were missing after the ferry Orla Vann sank off the Tamsa coast near Velm on Wednesday.
Witnesses said the ship listed for an hour before it went down.
Relatives wait on the quay in Velm. Photograph: Dana Lee/Tamsa Wire
Shortly after midnight, Interior Minister Hanna Marsk said divers had found the hull.
Trucks carried blankets to the harbour. Twelve boats joined the search.
“We’re doing all we can,” Marsk said. Judge Mara Quint Ellis ordered an inquiry.
ISIS claimed the sinking in a statement, which the U.S. and the UK dismissed; Daesh has made such claims before.
The Islamic State group offered no proof, and the U.N. asked the Fed to freeze its accounts.
Divers from Velm worked through the night. (AP Photo/Jon Dale)
"""

ARTICLE_B = """Search goes on for 40 missing off Tamsa coast

Rescuers from Velm searched on Thursday, said Marsk, who called the inquiry by Mara Quint Ellis "overdue".
The Islamic State has claimed attacks in the region, but the United States and Britain said the claim was false.
The United Nations and the Federal Reserve said accounts linked to Isis would be frozen.
A rescue boat leaves Velm harbour. Photo by Kim Oster/UPI
Fishermen in Velm joined the search. (AFP/Getty Images)
"""


def _entities(tmp_path, **articles: str) -> list[Candidate]:
    """The name candidates of articles written for a test, each as `name.txt`."""
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return [c for c in analyze([tmp_path]).candidates if c.kind == "entity"]


def _values(tmp_path, **articles: str) -> dict[str, str | None]:
    """Each name mention's value, by its text as written."""
    return {c.text: c.value for c in _entities(tmp_path, **articles)}


def _values_by_article(tmp_path, **articles: str) -> dict[tuple[str, str], str | None]:
    """Each name mention's value, by (article, text as written)."""
    return {(c.article, c.text): c.value for c in _entities(tmp_path, **articles)}


def _names(tmp_path) -> list[Candidate]:
    return _entities(tmp_path, a=ARTICLE_A, b=ARTICLE_B)


def test_common_words_credits_and_headline_fragments_are_not_names(tmp_path):
    found = {c.text for c in _names(tmp_path)}
    junk = {"Nearly", "Witnesses", "Shortly", "Trucks", "Twelve", "We’re", "Photograph", "Dana Lee", "Tamsa Wire"}
    junk |= {"AP Photo", "Jon Dale", "Kim Oster", "UPI", "AFP", "Getty Images", "Photo"}
    assert not found & junk
    assert not any("Sinks" in name or "Storm" in name or "Hits" in name for name in found), found
    assert {"Velm", "Hanna Marsk", "Mara Quint Ellis"} <= found


def test_titles_are_not_part_of_the_canonical_name(tmp_path):
    values = {c.text: c.value for c in _names(tmp_path)}
    assert values["Hanna Marsk"] == "Hanna Marsk"
    assert values["Marsk"] == "Hanna Marsk"
    assert values["Mara Quint Ellis"] == "Mara Quint Ellis"
    assert not any(str(v).startswith(("Interior", "Minister", "Judge")) for v in values.values())


def test_aliases_share_one_value(tmp_path):
    by_text: dict[str, set] = {}
    for c in _names(tmp_path):
        by_text.setdefault(c.text, set()).add(c.value)
    groups = [
        ["ISIS", "Daesh", "Islamic State", "Isis"],
        ["U.S.", "United States"],
        ["UK", "Britain"],
        ["U.N.", "United Nations"],
        ["Fed", "Federal Reserve"],
    ]
    for group in groups:
        values = set().union(*(by_text[name] for name in group))
        assert len(values) == 1, (group, values)


def test_the_analyst_extends_the_alias_table_with_a_file(tmp_path, monkeypatch):
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('"Tamsa Coastguard" = ["TCG", "Coastguard of Tamsa"]\n', encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_ALIASES", str(aliases))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Boats out\n\nThe TCG sent six boats to the wreck on Monday.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Wreck found\n\nThe Coastguard of Tamsa found the wreck.\n", encoding="utf-8")
    values = {c.text: c.value for c in analyze([corpus]).candidates if c.kind == "entity"}
    assert values["TCG"] == values["Coastguard of Tamsa"] == "Tamsa Coastguard"


def test_a_source_credit_names_no_one_in_the_story(tmp_path):
    names = {
        c.text
        for c in _entities(
            tmp_path,
            a="Mayor resigns\n\nThe mayor spoke on Monday. | Source: Ann Lee/AP Photo\n\nMayor Tom Reyes resigned on Monday.\n",
        )
    }
    assert "Source" not in names and "Ann Lee" not in names
    assert "Tom Reyes" in names


def test_page_labels_bullets_and_a_cut_off_last_word_are_not_names(tmp_path):
    """A label in capitals ("VIDEO", "READ MORE"), an adjective opening a bulleted line ("• Federal
    prosecutors") and the last word of a page cut mid-word ("… on Twit") name no one; acronyms the alias
    table knows ("ISIS"), capitals the article writes as a name elsewhere and capitals a sentence's word stands
    right before ("used by NASA 50 years ago") stay."""
    names = {
        c.text
        for c in _entities(
            tmp_path,
            a="Rescuers search the rubble in Velm (VIDEO)\n\n"
            "ISIS claimed the attack on Velm, and NATO condemned it.\n"
            "“The rescuers worked through the night and into the morning, and they will go on working until every "
            "family in Velm knows what happened to the people they love,” the mayor said.”- READ MORE\n"
            "• Federal prosecutors charged Hanna Marsk on Monday.\n"
            "The pad was used by NASA 50 years ago.\n"
            "Marsk, whom the mayor has attacked on Twit",
        )
    }
    assert not names & {"VIDEO", "READ MORE", "Federal", "Twit"}, names
    assert {"ISIS", "NATO", "Velm", "Hanna Marsk", "NASA"} <= names, names


def test_a_hyphenated_given_name_stays_in_the_name_and_the_family_name_stands_for_it(tmp_path):
    """ "Chief Executive John Lee Ka-chiu" is John Lee Ka-chiu, whom "Lee" and "John Lee" name; "Ho Wai-ho"
    is whom "Ho" names; "US-led" and "Hamas-run" stay modifiers."""
    values = {
        c.text: c.value
        for c in _entities(
            tmp_path,
            a="Estate fire\n\nChief Executive John Lee Ka-chiu spoke on Friday, and the US-led and Hamas-run bodies "
            "did not. The fire killed Ho Wai-ho, 71, a resident.\n\nLee said the toll would rise. John Lee left at "
            "noon. Police said Ho had lived there for 40 years. Ho was a baker, and Ho's son said he was kind.\n",
        )
    }
    assert values["John Lee Ka-chiu"] == values["Lee"] == values["John Lee"] == "John Lee Ka-chiu"
    assert values["Ho Wai-ho"] == values["Ho"] == "Ho Wai-ho"  # the full name, though "Ho" comes more often
    assert "US" in values and "Hamas" in values and not any("-led" in t or "-run" in t for t in values)


def test_a_party_or_movement_before_a_persons_name_is_no_part_of_it(tmp_path):
    """ "Peronist Sergio Massa", "Republican Mitt Velmont" are Sergio Massa and Mitt Velmont, as "Argentine Sergio
    Massa" is; "Labour" alone, the "Labour Party", the "Baptist Church", "Baptist Health Lexington" and the "Labour Day
    Parade" stay names."""
    values = _values(
        tmp_path,
        a="Run-off\n\nMilei beat Peronist Sergio Massa on Sunday. Republican Mitt Velmont voted. Labour won in Velm,"
        " and the Labour Party, the Baptist Church and Baptist Health Lexington welcomed it before the Labour Day Parade"
        ".\n",
    )
    assert values["Sergio Massa"] == "Sergio Massa" and values["Mitt Velmont"] == "Mitt Velmont", values
    assert {"Labour", "Labour Party", "Baptist Church", "Baptist Health Lexington", "Labour Day Parade"} <= set(values)


def test_a_given_name_opening_with_a_one_letter_syllable_stays_whole_but_a_u_turn_is_no_name(tmp_path):
    """ "Jeju Air CEO Kim E-bae" is Kim E-bae (not "Kim E"), whom "Kim" names; "A-list" and "X-ray" are no names."""
    values = {
        c.text: c.value
        for c in _entities(
            tmp_path,
            a="Airline apologises\n\nJeju Air CEO Kim E-bae apologised on Sunday. A-list guests and X-ray machines were"
            " at the airport, and the airline made a U-turn on fares.\n\nKim said the airline would help families."
            " X-rays showed no injuries. C-suite pay rose.\n",
        )
    }
    assert values["Kim E-bae"] == values["Kim"] == "Kim E-bae", values
    assert not {"A-list", "X-ray", "U-turn", "X-rays", "C-suite"} & set(values), values


def test_an_acronym_is_the_name_it_stands_for(tmp_path):
    """ "CMA" is the "Competition and Markets Authority" ("and" inside an institution's name), "FTC" the
    "U.S. Federal Trade Commission"; "Biden and Harris" stay two names."""
    values = {
        c.text: c.value
        for c in _entities(
            tmp_path,
            a="Deal cleared\n\nThe UK's Competition and Markets Authority cleared the deal on Friday, and the U.S. "
            "Federal Trade Commission dropped its case. Later Biden and Harris spoke.\n",
            b="Deal closes\n\nThe CMA approved the deal on Friday after the FTC lost in court.\n",
        )
    }
    assert values["CMA"] == values["Competition and Markets Authority"]
    assert values["FTC"] == values["U.S. Federal Trade Commission"]
    assert values["Biden"] != values["Harris"]


def test_a_two_letter_alias_is_what_the_table_says_and_a_legal_form_is_no_part_of_a_name(tmp_path):
    """ "US" is the United States, never the "United Steelworkers" its letters also begin, nor "U.S. Steel" (whose
    letters are USS); "Nippon Steel Corporation" is Nippon Steel."""
    values = _values(
        tmp_path,
        a="Deal agreed\n\nNippon Steel Corporation will buy U.S. Steel, the United Steelworkers said. The US "
        "said it would review the deal.\n",
        b="Steel sale\n\nNippon Steel agreed to buy U.S. Steel on Monday.\n",
    )
    assert values["US"] == "United States"
    assert len({values["US"], values["U.S. Steel"], values["United Steelworkers"]}) == 3, values
    assert values["Nippon Steel Corporation"] == values["Nippon Steel"]


def test_a_role_before_a_name_is_no_part_of_it_and_a_particle_stays_in_a_short_name(tmp_path):
    """ "Politician Geert Vrede's party" names Geert Vrede; "Le Pen" is Marine Le Pen (a name's particle, not a
    joining word as "of" is: "England" is not the "Bank of England")."""
    values = _values(
        tmp_path,
        a="Vote\n\nPolitician Geert Vrede’s party won 37 seats. Marine Le Pen congratulated him.\n",
        b="Result\n\nGeert Vrede won on Wednesday. Le Pen said the Bank of England and England agreed.\n",
    )
    assert values["Geert Vrede"] == "Geert Vrede" and "Politician Geert Vrede" not in values, values
    assert values["Le Pen"] == values["Marine Le Pen"] == "Marine Le Pen"
    assert values["England"] != values["Bank of England"]


def test_a_surname_after_its_lower_case_particle_is_the_full_name_holding_both(tmp_path):
    """ "da Veira said" is Tomas Ruiz da Veira (the article writes the particle in lower case, outside the name),
    not the other Veira the corpus names, Ana Veira."""
    values = _values_by_article(
        tmp_path,
        a="Run-off won\n\nTomas Ruiz da Veira won the run-off on Sunday. Ana Veira, his rival, conceded.\n",
        b='New leader\n\nTomas Ruiz da Veira was elected. "We won," da Veira said. Ana Veira said nothing.\n',
    )
    assert values["b", "Veira"] == "Tomas Ruiz da Veira", values
    assert values["b", "Ana Veira"] == "Ana Veira", values


def test_what_a_person_is_opening_the_sentence_is_no_part_of_the_name(tmp_path):
    """ "Opener Tavis Hale hit 137" (also after a wire story's place): Tavis Hale, whom "Hale" stands for."""
    values = _values_by_article(
        tmp_path,
        a="Final\n\nOpener Tavis Hale hit 137 on Sunday. Hale said it was great.\n",
        b="Final won\n\nVELMA (Reuters) - Opener Tavis Hale hit 137 on Sunday. Hale said it was great.\n",
    )
    assert values["a", "Tavis Hale"] == values["b", "Tavis Hale"] == values["a", "Hale"] == "Tavis Hale", values


def test_an_alias_tables_organisation_is_no_short_form_of_another_it_opens(tmp_path):
    """ "Islamic State" opens "Islamic State Khorasan" (ISIS-K, a branch): two organisations of the alias table."""
    values = _values_by_article(
        tmp_path,
        a="Attack\n\nThe Islamic State group claimed the attack. Daesh said on Telegram that it was done.\n",
        b="Attack claimed\n\nISIS-K, a branch of the Islamic State group, has claimed responsibility.\n",
    )
    assert values["a", "Islamic State"] == values["a", "Daesh"] == values["b", "Islamic State"] == "Islamic State"
    assert values["b", "ISIS-K"] == "Islamic State Khorasan", values


def test_a_middle_initial_without_its_stop_is_no_part_of_the_name(tmp_path):
    """ "Rex A Heuermann" is Rex Heuermann and "Raymond A Tierney" Ray Tierney (a given name first; "Group A Strep"
    keeps its letter)."""
    values = _values(
        tmp_path,
        a="Arrest\n\nRex A Heuermann was charged. District Attorney Raymond A Tierney spoke.\n",
        b="Arrest\n\nRex Heuermann pleaded not guilty. Ray Tierney said so. Group A Strep cases rose.\n",
    )
    assert values["Rex A Heuermann"] == values["Rex Heuermann"], values
    assert values["Raymond A Tierney"] == values["Ray Tierney"], values


def test_and_joins_a_company_to_its_lone_word(tmp_path):
    found = {c.text for c in _entities(tmp_path, a="Deal\n\nMcKinsey and Company agreed to pay on Monday.\n")}
    assert "McKinsey and Company" in found, found


def test_a_states_abbreviation_and_a_citys_old_name_are_its_name(tmp_path):
    values = _values(
        tmp_path,
        a="Rail crash\n\nThe train left Calcutta for Hale, Va., on Friday.\n",
        b="Train crash\n\nThe train from Kolkata was bound for Virginia, officials said on Friday.\n",
    )
    assert values["Va"] == values["Virginia"] and values["Calcutta"] == values["Kolkata"], values


def test_a_platforms_old_name_is_its_name(tmp_path):
    values = _values(
        tmp_path,
        a="Plea\n\nZhao wrote in a post on X on Tuesday that he had stepped down.\n",
        b="Resignation\n\nZhao said on Twitter that he had stepped down as chief executive.\n",
    )
    assert values["Twitter"] == values["X"] == "X", values


def test_a_members_party_and_state_is_not_a_name(tmp_path):
    names = {
        c.text
        for c in _entities(
            tmp_path, a="Vote\n\nRep. Patrick Hale, R-N.C., will serve. Sen. Ann Vorn (D-Calif.) voted no.\n"
        )
    }
    assert names == {"Patrick Hale", "Ann Vorn"}, names


def test_an_island_is_named_with_or_without_the_word(tmp_path):
    values = {
        c.text: c.value
        for c in _entities(
            tmp_path,
            a="Ferry sinks\n\nThe ferry left Ormel on Leyte Island for the Camotes Islands on Thursday.\n",
            b="Ferry capsizes\n\nThe ferry sailed from Leyte towards the Camotes, officials said on Thursday.\n",
        )
    }
    assert values["Leyte Island"] == values["Leyte"] and values["Camotes Islands"] == values["Camotes"]


@pytest.mark.parametrize(
    "a, b, one, apart, named",
    [
        pytest.param(
            "Volcano erupts\n\nMount Velmar erupted in Tamsa Province on Sunday, and smoke drifted over the Orna Strip.\n",
            "Eruption kills 11\n\nThe volcano in Tamsa erupted on Sunday; ash fell as far as Orna and Velmar, officials said.\n",
            [("Tamsa Province", "Tamsa"), ("Orna Strip", "Orna"), ("Mount Velmar", "Velmar")],
            [],
            {},
            id="a province, a strip or a mountain named with or without the word",
        ),
        pytest.param(
            "Climbers rescued\n\nMount Kenya's guides found the team near the Tana River and the Jordan River on Sunday, "
            "as Hurricane Milton and Dubai International Airport closed.\n",
            "Team found\n\nKenya's rescuers reached the Tana on Sunday; Jordan sent help; Karen Milton flew from Dubai, "
            "officials said.\n",
            [("Tana River", "Tana")],
            [("Mount Kenya", "Kenya"), ("Jordan River", "Jordan"), ("Hurricane Milton", "Karen Milton"),
             ("Dubai International Airport", "Dubai")],
            {},
            id="a river named with or without the word; not a country's river, a storm, nor an airport named for a city",
        ),
        pytest.param(
            "Velm sale agreed\n\nChief executive David B. Burritt signed the deal. Ben Stokes watched on Monday.\n",
            "Deal for Velm\n\nDavid Burritt said the deal was good. Stokes agreed, officials said on Monday.\n",
            [("David B. Burritt", "David Burritt"), ("Stokes", "Ben Stokes")],
            [],
            {"Ben Stokes": "Ben Stokes"},
            id="a middle initial; 'ben' opening a name is a given name, a particle only inside one ('bin Salman')",
        ),
        pytest.param(
            "Ship attacked\n\nThe Velmis claimed the attack on Wednesday. The captain, Tamsas, watched from the port.\n",
            "Missile hits ship\n\nVelmi rebels fired a missile at the ship. Reporters said Tamsa says little on Wednesday.\n",
            [("Velmi", "Velmis")],
            [("Tamsa", "Tamsas")],
            {},
            id="a group's name and its plural before its members; a person's before a verb ('X says') is not",
        ),
        pytest.param(
            "Bid for Velm Steel\n\nCleveland-Cliffs made a rival offer on Monday, officials said.\n",
            "Velm Steel sold\n\nThe board turned down Cleveland Cliffs on Monday, officials said.\n",
            [("Cleveland-Cliffs", "Cleveland Cliffs")],
            [],
            {},
            id="a name written with a hyphen or a space",
        ),
    ],
)  # fmt: skip
def test_spellings_of_one_name_share_its_value(tmp_path, a, b, one, apart, named):
    values = _values(tmp_path, a=a, b=b)
    assert all(values[x] == values[y] for x, y in one), values
    assert all(values[x] != values[y] for x, y in apart), values
    assert {name: values[name] for name in named} == named, values


def test_a_players_position_opening_a_sentence_is_no_part_of_the_name(tmp_path):
    values = _values(
        tmp_path,
        a="Velm win the cup\n\nFlyhalf Ana Ruiz kicked four penalties. Fullback Tom Hale was quiet.\n",
        b="Cup final\n\nAna Ruiz was the hero, and Tom Hale ran hard, officials said on Saturday.\n",
    )
    assert values["Ana Ruiz"] == "Ana Ruiz" and values["Tom Hale"] == "Tom Hale"
    assert not any(value.startswith(("Flyhalf", "Fullback")) for value in values.values() if value)


def test_a_nationality_before_a_noun_is_not_a_name(tmp_path):
    names = {
        c.text
        for c in _entities(
            tmp_path, a="Climbers rescued\n\nNepalese guides found the Philippine team near Lukla on Sunday.\n"
        )
    }
    assert names == {"Lukla"}, names


def test_a_portfolio_before_a_title_is_not_a_name_and_a_title_qualifier_alone_is_no_title(tmp_path):
    """ "Local Government Minister Desmond Kell": the portfolio (words the article writes in lower case) is
    part of the title; "Civil Defense agency": "Defense" qualifies titles only before one ("Defense Minister")."""
    names = {
        c.text
        for c in _entities(
            tmp_path,
            a="Storm\n\nLocal Government Minister Desmond Kell said the local government would help. "
            "The Civil Defense agency head Luis Puente said 17 had died. Defense Minister Ana Ruiz spoke.\n",
        )
    }
    assert names == {"Desmond Kell", "Civil Defense", "Luis Puente", "Ana Ruiz"}, names


def test_institutions_named_with_of_the_and_names_spelt_with_or_without_a_hyphen(tmp_path):
    """ "Democratic Republic of the Congo" is one name (not "Democratic Republic" and "Congo"), as are the
    "Africa Centres for Disease Control and Prevention"; "Samuel-Roger Kamba" and "Samuel Roger Kamba" are one."""
    found = [
        c
        for c in _entities(
            tmp_path,
            a="Ebola\n\nThe Democratic Republic of the Congo declared an outbreak, Health Minister Samuel-Roger Kamba said."
            " The Africa Centres for Disease Control and Prevention will help.\n",
            b="Outbreak\n\nSamuel Roger Kamba spoke in Kinshasa on Friday.\n",
        )
    ]
    assert {c.text for c in found} >= {
        "Democratic Republic of the Congo",
        "Africa Centres for Disease Control and Prevention",
    }
    assert len({c.value for c in found if "Kamba" in c.text}) == 1


def test_a_titles_portfolio_and_a_job_before_a_name_are_not_part_of_the_name(tmp_path):
    """ "Director of Fire Services Andy Yeung", "Secretary of State Antony Blinken", "Meteorologist Rohan Brown",
    "Labour MP Diane Abbott", "Assistant Commissioner Matt Twist", "Secretary of the Treasury Scott Bessent", "Head
    of Velmbox Phil Stern": the names are the people's; "Minister of Health" names no one."""
    names = {
        c.text
        for c in _entities(
            tmp_path,
            a="Storm\n\nDirector of Fire Services Andy Yeung spoke of the fire services. Secretary of State Antony Blinken"
            " spoke about the state. Meteorologist Rohan Brown warned. Labour MP Diane Abbott spoke. Assistant"
            " Commissioner Matt Twist spoke. The Minister of Health said the health system held. According to"
            " Secretary of the Treasury Scott Bessent, the deal holds. Head of Velmbox Phil Stern said, \u201cWe"
            " are happy.\u201d\n",
        )
    }
    assert {"Andy Yeung", "Antony Blinken", "Rohan Brown", "Diane Abbott", "Matt Twist", "Scott Bessent"} <= names
    assert "Phil Stern" in names
    assert not names & {"Health", "Fire Services", "Meteorologist Rohan Brown", "Assistant", "Treasury Scott Bessent"}
    assert not names & {"Head of Velmbox Phil Stern"}


def test_an_auxiliary_verb_opening_a_question_heading_is_not_part_of_a_name(tmp_path):
    assert {
        c.text
        for c in _entities(
            tmp_path, a="Rally in London\n\nWho Is Tommy Robinson?\n\nTommy Robinson led the march on Saturday.\n"
        )
    } == {"Tommy Robinson", "London"}


def test_a_name_written_without_its_middle_initial_is_the_fuller_name_in_every_article(tmp_path):
    """One outlet writes "Jarrod W. Ramos", another "Jarrod Ramos" and then "Ramos": all three name one man."""
    values = _values_by_article(
        tmp_path,
        a="Gunman charged\n\nPolice charged Jarrod W. Ramos with five counts of murder. Ramos did not speak.\n",
        b="Suspect named\n\nThe suspect, Jarrod Ramos, had sued the newspaper. Police said Ramos acted alone.\n",
    )
    assert values[("b", "Jarrod Ramos")] == values[("b", "Ramos")] == values[("a", "Ramos")] == "Jarrod W. Ramos"


def test_a_first_name_and_its_usual_short_form_name_one_person(tmp_path):
    """ "Bill Krampf" and "William Krampf" are one police chief; "Bob Krampf" is not "Bill Krampf"."""
    values = _values_by_article(
        tmp_path,
        a="Chief speaks\n\nActing police chief William Krampf said the gunman targeted the newsroom.\n",
        b="Newsroom attack\n\nActing chief Bill Krampf told reporters that Bob Krampf, his cousin, was safe.\n",
    )
    assert values[("a", "William Krampf")] == values[("b", "Bill Krampf")]
    assert values[("b", "Bob Krampf")] != values[("b", "Bill Krampf")]


def test_a_given_name_alone_is_the_one_person_its_article_names_in_full_with_it(tmp_path):
    """ "His wife, Maureen," is Maureen Velm where the article names her in full; where it names two Maureens, neither."""
    values = _values_by_article(
        tmp_path,
        a="Sentenced\n\nTom Velm was sentenced on Tuesday. His wife, Maureen, will be sentenced later. Maureen Velm"
        " was convicted on eight counts.\n",
        b="Hearing\n\nMaureen Carrow and Maureen Hadley spoke to the court. Maureen said nothing more.\n",
    )
    assert values[("a", "Maureen")] == values[("a", "Maureen Velm")] == "Maureen Velm"
    assert values[("b", "Maureen")] not in (values[("b", "Maureen Carrow")], values[("b", "Maureen Hadley")])


def test_a_place_or_a_titled_name_alike_a_given_name_is_no_one_named_in_full_with_it(tmp_path):
    """ "lives in Virginia" is the state, not Virginia Giuffre; "Prince William" is not President William Ruto."""
    values = _values_by_article(
        tmp_path,
        a="Lawsuit\n\nVirginia Giuffre sued in 2021 in New York. Her lawyer, who lives in Virginia, said it was settled.\n",
        b="Visit\n\nPrince William welcomed Kenyan President William Ruto to London on Tuesday.\n",
    )
    assert values[("a", "Virginia")] != "Virginia Giuffre"
    assert values[("b", "William")] != "William Ruto"


def test_a_given_name_alone_in_an_article_naming_no_one_with_it_is_the_one_person_the_corpus_names_so(tmp_path):
    """ "His wife, Maureen, wept" where only another outlet writes "Maureen Velm": Maureen Velm."""
    values = _values_by_article(
        tmp_path,
        a="Sentenced\n\nTom Velm was sentenced on Tuesday. His wife, Maureen, wept in court.\n",
        b="Velm jailed\n\nMaureen Velm will be sentenced in February, the court said on Tuesday.\n",
    )
    assert values[("a", "Maureen")] == "Maureen Velm"


def test_a_cup_a_prize_or_a_summit_is_no_person(tmp_path):
    """Two capitalised words shaped like a person's name are not one when they name a trophy, a prize or a gathering."""
    found = _entities(
        tmp_path,
        a="Final\n\nVelm won the Ellis Cup on Saturday, ten years after the Carrow Summit. Ana Ruiz scored.\n",
        b="Velm\n\nThe Ellis Cup went to Velm. Ruiz, who won the Tamsa Prize, scored all their points.\n",
    )
    units = {c.text: c.unit for c in found}
    assert units["Ellis Cup"] is None and units["Carrow Summit"] is None and units["Tamsa Prize"] is None
    assert units["Ana Ruiz"] == "person"


def test_former_opens_a_description_not_a_name(tmp_path):
    names = {
        c.text
        for c in _entities(
            tmp_path,
            a="Newsroom\n\nThe gunman shot five people at the Capital Gazette on Thursday. Former Capital Gazette "
            "reporter Ana Ruiz said the paper had been threatened.\n",
        )
    }
    assert "Capital Gazette" in names and not any(n.startswith("Former") for n in names), names


def test_one_family_name_with_different_given_names_is_two_people(tmp_path):
    """ "Park Chan-dae" and "Park Geun-hye" share a family name, not a person; "Woo Won-shik" and "Woo Won-sik"
    spell one given name two ways and stay one person, as do "Han Duck-soo" and "Han Do-soo" beside
    "Han Min-jun"."""
    values = {
        c.text: c.value
        for c in _entities(
            tmp_path,
            a="Vote passes\n\nPark Chan-dae, the opposition leader, welcomed the vote. Former president Park Geun-hye was"
            " impeached in 2017. Speaker Woo Won-shik read the result.\n",
            b="Assembly vote\n\nSpeaker Woo Won-sik announced the count, and Park Chan-dae spoke after him. Han Duck-soo,"
            " Han Do-soo in some copy, and Han Min-jun were not there.\n",
        )
    }
    assert values["Park Chan-dae"] != values["Park Geun-hye"]
    assert values["Han Duck-soo"] == values["Han Do-soo"] != values["Han Min-jun"]
    assert values["Woo Won-shik"] == values["Woo Won-sik"]


@pytest.mark.parametrize(
    ("a", "b", "places", "labels"),
    [
        pytest.param(
            "Prices rise\n\nLONDON, Nov 16 (Reuters) - Britain's inflation rate rose to 11.1%.\n\nREAD MORE - the story.\n",
            "Talks open\n\nWASHINGTON (AP) — The talks began on Monday.\n\nUPDATE - The talks went on.\n",
            {"LONDON", "WASHINGTON"},
            {"READ", "MORE", "READ MORE", "UPDATE"},
            id="a date or an agency and a dash after it",
        ),
        pytest.param(
            "date 2019-07-14 LONDON (AFP): England's captain hailed the win.\n",
            "Sentenced\n\nRICHMOND, Va., (Reuters) – The former governor was sentenced.\n\nEXCLUSIVE (VIDEO): the court.\n",
            {"LONDON", "RICHMOND"},
            {"EXCLUSIVE", "VIDEO"},
            id="after a page's date label, a comma before the agency, a colon after it",
        ),
    ],
)
def test_the_place_opening_a_wire_story_is_a_name(tmp_path, a, b, places, labels):
    """ "LONDON, Nov 16 (Reuters) -", "WASHINGTON (AP) —", "date 2019-07-14 LONDON (AFP): …" (a stored page opens with
    its date label), "RICHMOND, Va., (Reuters) – …" open wire stories with their place in capitals: a name, though
    the words are everyday ones; a label before a bare dash or a colon ("READ MORE - …", "EXCLUSIVE (VIDEO): …") is
    still no name."""
    names = {c.text for c in _entities(tmp_path, a=a, b=b)}
    assert places <= names
    assert not names & labels


def test_one_word_names_one_consonant_apart_in_skeleton_but_spelt_far_apart_are_two_names(tmp_path):
    """ "Brent" and "Bessent", "Tripura" and "Treasury" have skeletons one consonant apart (brnt/bsnt, trpr/trsr)
    but are not one name respelt."""
    values = _values_by_article(
        tmp_path,
        a="Markets\n\nThe price of Brent crude fell as Bessent spoke. Officials of the Treasury said the talks went well.\n",
        b="Talks\n\nOn Monday Bessent met officials from Tripura to talk about the Treasury.\n",
    )
    assert values[("a", "Brent")] != values[("b", "Bessent")]
    assert values[("a", "Treasury")] != values[("b", "Tripura")]


def test_an_adverb_opening_a_sentence_and_an_english_as_are_not_part_of_a_name(tmp_path):
    values = _values_by_article(
        tmp_path,
        a="Velm wins\n\nNoah Velm won the final on Sunday. Sometimes Velm can grate. Ann Reed as Velm's coach smiled.\n",
    )
    assert values[("a", "Velm")] == "Noah Velm"
    assert ("a", "Sometimes Velm") not in values and ("a", "Ann Reed as Velm") not in values
    assert values[("a", "Ann Reed")] == "Ann Reed"


def test_a_word_opening_its_sentence_before_said_is_a_name_unless_a_plural(tmp_path):
    values = _values_by_article(tmp_path, a="Quake\n\nWitnesses said the building shook. Tara said she ran out.\n")
    assert ("a", "Tara") in values and ("a", "Witnesses") not in values


def test_an_institutions_name_keeps_its_portfolio_after_of_and_and(tmp_path):
    """ "National Bureau of Statistics" and "Ministry of Information and Culture" are one name each (not
    "Statistics" or "Culture" alone); "and" does not join a person or a place to an institution."""
    names = {
        c.text
        for c in _entities(
            tmp_path,
            a="Census\n\nThe National Bureau of Statistics reported on Tuesday that the population fell.\n\n"
            "Ana Ruiz, a spokesman at the Ministry of Information and Culture, said six villages were destroyed.\n",
            b="Talks\n\nThe Ministry of Defence and Ben Wallace disagreed. The Bank of England and Scotland agreed.\n\n"
            "The row between the Department of Justice and Trump deepened. Trump said no. The Ministry of Health and Hamas"
            " officials said 40 died.\n",
        )
    }
    assert {"National Bureau of Statistics", "Ministry of Information and Culture"} <= names, names
    assert not names & {"Statistics", "Culture", "National Bureau", "Ministry of Information"}, names
    assert {"Ministry of Defence", "Ben Wallace", "Bank of England", "Scotland", "Department of Justice"} <= names, (
        names
    )
    assert {"Ministry of Health", "Hamas"} <= names, names


def test_a_sentence_opening_word_made_from_an_everyday_word_is_no_name(tmp_path):
    """ "Searchers", "Forecasters", "Savers" and "Dearer" open sentences and are nowhere else in the story: words the
    frequency list lacks but makes from everyday ones ("search", "forecast", "save", "dear"), so no names; a rare
    surname opening a sentence ("Vondrasek") stays one, and so does one that speaks ("Landers said"); a number word
    ("Forty-nine") never is one."""
    names = {
        c.text
        for c in _entities(
            tmp_path,
            a="Floods\n\nSearchers used drones on Monday. Forecasters expect more rain.\n\nVondrasek said 14 died."
            " Forty-nine climbers were evacuated.\n",
            b="Rates\n\nSavers face lower returns. Dearer food pushed prices up, Ana Ruiz said.\n\n"
            "Landers said the plan failed.\n",
        )
    }
    assert not names & {"Searchers", "Forecasters", "Savers", "Dearer", "Forty-nine"}, names
    assert {"Vondrasek", "Ana Ruiz", "Landers"} <= names, names


def test_an_institution_a_collective_owns_is_one_name(tmp_path):
    """ "the People's Bank of China" is not the Bank of China; "the Velm People's Party" is no "Party" another party's
    value may take; "the Workers' Party", "the People's Liberation Army", "the People First Party" are whole names."""
    text = (
        "Ann Lee of the Velm People's Party won 3.7 million votes, and Bo Li of the People First Party 600,000. "
        "The People's Bank of China cut rates as the People's Liberation Army held drills. The Workers' Party of "
        "Kessar met. Biden's Justice Department said nothing.\n"
    )
    found = {c.text for c in _entities(tmp_path, a="Vote in Velm\n\n" + text)}
    assert {
        "Velm People's Party",
        "People First Party",
        "People's Bank of China",
        "People's Liberation Army",
        "Workers' Party of Kessar",
        "Justice Department",
    } <= found
    assert not found & {"Party", "Bank of China", "Liberation Army", "Workers", "First Party", "Velm People"}


def test_an_institution_a_collective_owns_opening_a_sentence_is_one_name(tmp_path):
    """The second review's: "People's Bank of China Governor Pan Gongsheng said …" opening a sentence; "Patients'
    Association chair Mary Fox" (no bare "Association" another association's value may take)."""
    text = (
        "Rates fell.\n\nPeople's Bank of China Governor Pan Gongsheng said the cut would help. Patients' Association "
        "chair Mary Fox said the Velm Nurses' Association agreed.\n"
    )
    found = {c.text for c in _entities(tmp_path, a="Rates\n\n" + text)}
    assert {"People's Bank of China", "Patients' Association", "Velm Nurses' Association"} <= found
    assert not found & {"Bank of China", "Association"}


def test_a_word_describing_the_person_is_no_part_of_the_name(tmp_path):
    """ "Fellow Kenyan Eliud Kipchoge" and "Compatriot Benson Kipruto" opening sentences are Kipchoge and Kipruto."""
    text = (
        "Fellow Kenyan Eliud Kipchoge held the record before. Compatriot Benson Kipruto was third, and Defending "
        "champion Ann Lee was fourth.\n"
    )
    found = {c.text for c in _entities(tmp_path, a="Marathon\n\n" + text)}
    assert {"Eliud Kipchoge", "Benson Kipruto", "Ann Lee"} <= found, found
    assert not any(name.startswith(("Fellow", "Compatriot", "Defending")) for name in found), found


def test_a_currencys_letters_and_scale_inside_a_sum_are_no_names(tmp_path):
    """ "Rs 2 Lakh", "SAR 604bn", "US$5 million": the letters of a currency and its scale are part of a sum, no name."""
    text = (
        "Velm Oil posted a profit of SAR 604bn on Sunday.\n\nThe state of Tamsa announced Rs 2 Lakh each for the"
        " families and US$5 million for the hospital in Velm.\n"
    )
    found = {c.text for c in _entities(tmp_path, a=text)}
    assert not found & {"SAR", "Rs", "Lakh", "US"}, found
    assert {"Velm Oil", "Tamsa", "Velm"} <= found
