"""Issue 12, error class 4: a quote's speaker is a person or organisation the article names, not the
nearest noun phrase. The articles are made up for these tests."""

from __future__ import annotations

import time

import pytest

from workbench.extract.attribution import attribute
from workbench.extract.entities import canonicalize_entities, find_entities
from workbench.extract.quotes import _marks, find_quotes
from workbench.extract.sentences import SentenceIndex
from workbench.model import Article
from workbench.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    article = Article(id="a", path="a.txt", title="", sha256="", text=text)
    index = SentenceIndex(text)
    entities = {"a": find_entities(article, index)}
    canonicalize_entities([article], entities)
    return [q.speaker for q in find_quotes(article, index, entities["a"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Velmair said in a statement on Monday it would cut 2,000 jobs at its plants in Tarvos and South Ostra."
            '\n\n"These decisions are never easy," per the statement.',
            ["Velmair"],
            id="per the statement: who said in a statement, not a place it named",
        ),
        pytest.param(
            "TARVOS, Velmia (Reuters) - Velm Aero said on Monday it would cut 2,000 jobs.\n\n"
            '"These decisions are never easy," per the statement.',
            ["Velm Aero"],
            id="per the statement: not the wire dateline's place or agency",
        ),
        pytest.param(
            'The Tarvos Machinists Union released a statement on Monday morning calling the offer "an insult to every '
            'member."',
            ["Tarvos Machinists Union"],
            id="a statement released on a day",
        ),
        pytest.param(
            "The union released a statement on Monday.\n\n"
            + "Pickets stood at the gates all week, and the plant stayed shut while talks went nowhere. " * 20
            + "\n\nVelm Aero, for its part, said in a statement late on Monday that it would keep talking. The "
            'statement says, "We remain committed to reaching an agreement."',
            ["Velm Aero"],
            id="the statement said in last speaks, past an aside",
        ),
        pytest.param(
            '"Sales were the worst we have ever had," said the chief executive of the Black Friday Traders Association.',
            ["chief executive of the Black Friday Traders Association"],
            id="a weekday inside a name ends no phrase",
        ),
        pytest.param(
            '"We regret the disruption," said an airline spokesman Monday.',
            ["airline spokesman"],
            id="a spokesman and his day",
        ),
        pytest.param(
            'The union called the offer an insult. "We will not be bullied," said a spokesman for that union.',
            ["union"],
            id="that a determiner, no relative pronoun",
        ),
        pytest.param(
            'Ann Ruto vowed on Monday to end the protests "at any cost," even as opposition leaders dismissed the offer.',
            ["Ann Ruto"],
            id="a clause after the quote opened by even as is no attribution",
        ),
        pytest.param(
            '"We will win this fight," as Ann Lee put it on Sunday.',
            ["Ann Lee"],
            id="as X put it names X",
        ),
        pytest.param(
            '"Look at this," shouted a rescuer Monday afternoon behind the house.',
            ["rescuer"],
            id="a time after who spoke ends their phrase",
        ),
        pytest.param(
            '"Everything got washed away," a witness who was driving on the highway when it happened told the Velm '
            "Times.",
            ["witness"],
            id="a relative clause after who spoke ends their phrase",
        ),
        pytest.param(
            'Velmair filed for bankruptcy. "The deal will reduce our debt," per the statement.',
            ["Velmair"],
            id="per the statement: its issuer",
        ),
        pytest.param(
            'Tom Ruiz on Tuesday vowed to quash unrest "at any cost," even as more protests were called for Thursday.',
            ["Tom Ruiz"],
            id="a clause opened by even as names no speaker",
        ),
        pytest.param(
            "Asked about the plan presented by Ann Lee, the Kremlin's spokesman told reporters: \"This is not a serious "
            'document."',
            ["Kremlin"],
            id="a name in an opening clause is no apposition",
        ),
        pytest.param(
            'Tom Ruiz scored after a low cross by Leroy Sane. "It was a perfect ball, I just had to finish it," the '
            "striker said.",
            ["striker"],
            id="an epithet with two people named before stays the epithet",
        ),
        pytest.param(
            'Marcus Reed, 29, is charged with arson. "My client intends to fight these charges," the public defender '
            "said.",
            ["public defender"],
            id="a defender at court is no footballer",
        ),
        pytest.param(
            'Velmair grounded its fleet on Wednesday.\n\n"Safety is our absolute priority," according to a statement '
            "from the airline.",
            ["Velmair"],
            id="a statement from the airline named before",
        ),
        pytest.param(
            'Mayor Tom Ruiz said the town was devastated.\n\n"We lost everything," one resident told AFP.',
            ["resident"],
            id="one resident is a resident, not the pronoun one",
        ),
        pytest.param(
            'Ann Tull, the Velmair\'s spokeswoman, told reporters the line was "open to talks with anyone."',
            ["Ann Tull"],
            id="an organisation's role in apposition describes the person before it",
        ),
        pytest.param(
            'Tom Ruiz scored twice on Sunday. "It was a perfect night for all of us," the striker said.',
            ["Tom Ruiz"],
            id="a player called by his position",
        ),
        pytest.param(
            'Velmair faced a strike on Friday. The company responded to the strike call by stating it was "ready to '
            'get back to the table."',
            ["Velmair"],
            id="who answers by stating is the clause's subject",
        ),
        pytest.param(
            '"We remain committed to our staff," Velm Rail Co. said in a statement. Velm Rail shares fell.',
            ["Velm Rail"],
            id="a company's legal form is no part of its name",
        ),
        pytest.param(
            'Judge Mara Ellison sentenced the former mayor on Friday.\n\n"The law applies to everyone in this town,"'
            " the judge said.",
            ["Mara Ellison"],
            id="a title resolves to the person the article names with it",
        ),
        pytest.param(
            '"The whole coach turned over, we were thrown about," PTI quoted a passenger as saying.',
            ["passenger"],
            id="who a quote is quoted from after it is who said it, not the words before 'as saying'",
        ),
        pytest.param(
            'The Velm Red Cross released a statement saying, "Our teams reached every village by nightfall."',
            ["Velm Red Cross"],
            id="who released a statement saying it speaks, not the release",
        ),
        pytest.param(
            "The Velm Red Cross released a statement on Sunday. Aid was slow.\n\nThe statement says, "
            '"Our teams reached every village by nightfall."',
            ["Velm Red Cross"],
            id="the statement speaks for who the text says released it",
        ),
        pytest.param(
            "The Velm Red Cross released a statement on Sunday.\n\n"
            + "Aid trucks were slow to reach the hill villages, and the roads stayed shut for most of the week. " * 20
            + '\n\nThe statement says, "Our teams reached every village by nightfall."',
            ["Velm Red Cross"],
            id="the statement speaks for who released it pages before",
        ),
        pytest.param(
            'Most of the dead were described in the statement as "unauthorised to travel" and elderly.',
            [None],
            id="who is described in the passive is spoken of, not speaking",
        ),
        pytest.param(
            'The decision was announced by the mayor on Friday: "We will rebuild every house in the valley."',
            ["mayor"],
            id="a passive's agent speaks",
        ),
        pytest.param(
            "The Velm government released a statement on Sunday. The Red Cross has not issued a statement.\n\n"
            'The statement says "the camps are full and more tents are needed."',
            ["Velm government"],
            id="an issuing denied issued nothing",
        ),
        pytest.param(
            "The Red Cross, which runs the camps, has since issued a statement. Aid was slow.\n\n"
            'The statement says "the camps are full and more tents are needed."',
            ["Red Cross"],
            id="the issuer past a relative clause and an adverb",
        ),
        pytest.param(
            'Residents had been told by officials that they faced "a low fire risk at the estate" despite complaints,'
            " the city’s Labour Department told Reuters.",
            ["Labour Department"],
            id="who was told is who heard it: the speaker is the attribution at the sentence's end",
        ),
        pytest.param(
            "Hopes of finding survivors “are minimal”, retired coast guard Admiral Nikos Velas told national"
            " broadcaster ERT.\n\n“It is very deep water and the hull broke up.”",
            ["Nikos Velas"],
            id="a paragraph ending with a long subject and what it told goes on in the quote after it",
        ),
        pytest.param(
            "He added that the stiff sentence sets a “crucial” example for aspiring fraudsters, Crypto Council for"
            " Innovation CEO Sheila Wren told The Velm Post. “It shows the industry has grown up.”",
            ["Sheila Wren"],
            id="a sentence ending by saying who spoke goes on in the quote after it in its paragraph",
        ),
        pytest.param(
            'Staff hid under desks. It "was like a war zone," Tom Hale, a crime reporter who was in the building '
            "at the time of the shooting on the third floor, told the Velm Herald.",
            ["Tom Hale"],
            id="a name after the quote with a long apposition before its verb",
        ),
        pytest.param(
            "Minutes before Judge Peter Vance handed down the sentence, Tom Hale addressed the court.\n\n"
            '"I am sorry for what happened," he said.',
            ["Tom Hale"],
            id="he: the subject of the sentence, not a name in the clause it opens with",
        ),
        pytest.param(
            "Peter Vance read the ruling. Ana Ruiz said the picture of Tom Hale does not match the man she raised."
            '\n\nTom Hale then stood up. "I am sorry for what happened," he said.',
            ["Tom Hale"],
            id="a pronoun after a second name in one sentence says nothing of that name's sex",
        ),
        pytest.param(
            "CEO Dana Holt announced the cuts at Lumen on Monday.\n\nThe work was hard. "
            '"I take responsibility for these decisions," the Lumen CEO said.',
            ["Dana Holt"],
            id="an organisation's title in capitals resolves to the person named with it",
        ),
        pytest.param(
            "Staff were paid without a limit.\nThe company kept the offices open. In a note, the Lumen Group promised "
            'health cover for six months, including "early access to job leads," the company said.',
            ["Lumen Group"],
            id="the company: the business named last before it, never words across a sentence end",
        ),
        pytest.param(
            'Mr Tom Hale praised Mayor Ana Ruiz for the plan. "We will finish the dam by spring," he said.',
            ["Tom Hale"],
            id="he: the subject of the sentence before, not the nearest name",
        ),
        pytest.param(
            'Ana Ruiz met Mr Tom Hale at the dam. "The water is still rising very fast," she said.',
            ["Ana Ruiz"],
            id="she: not the man the text calls Mr",
        ),
        pytest.param(
            '"The ferry was never safe for winter crossings," said one passenger, Lina Okafor, who was rescued.',
            ["Lina Okafor"],
            id="a name in apposition after the verb",
        ),
        pytest.param(
            'The fire, which port officials said was "started by a faulty heater in the office," spread quickly.',
            ["port officials"],
            id="a relative pronoun is not the speaker",
        ),
        pytest.param(
            "Marine General Sam Ortiz, head of the northern command, confirmed the toll and said the attackers were"
            ' "trained fighters from across the border."',
            ["Sam Ortiz"],
            id="a second verb of one subject: not 'and'",
        ),
        pytest.param(
            '"I have a lot to say about this case," the federal judge Mara Ellison began.',
            ["Mara Ellison"],
            id="attribution after the quote with a verb that is not one of saying",
        ),
        pytest.param(
            '"They are alive, all of them!" shouted rescue volunteer Tomas Reyes, 41.',
            ["Tomas Reyes"],
            id="the head of the noun phrase, not the name modifying it",
        ),
        pytest.param(
            'Mayor Ana Ruiz said the town "will rebuild the school before winter." Engineer Paul Diaz found cracks'
            ' in the "old northern retaining wall section."',
            ["Ana Ruiz", None],
            id="an unattributed quote after another person is named keeps no speaker",
        ),
        pytest.param(
            "'The truth will win': Judge jails former adviser\n\nJudge Mara Ellison sentenced Tom Hale on Friday.",
            ["Mara Ellison"],
            id="a headline quote before a colon: the title after it",
        ),
        pytest.param(
            "'A very dark day for us': Tom Hale jailed for fraud\n\nJudge Mara Ellison sentenced Tom Hale on Friday.",
            [None],
            id="a headline quote before news about a named person keeps no speaker",
        ),
        pytest.param(
            "Representative Dana Whitcombe lost the vote on Tuesday.\n\n"
            "“I do not regret negotiating,” the Oregon Republican added, alluding to the budget deal. "
            "“Our job is to find compromise.”\n\n“I leave with a sense of pride,” she said.",
            ["Dana Whitcombe", "Dana Whitcombe", "Dana Whitcombe"],
            id="an epithet stands for the person named before, and the quotes after it are hers",
        ),
        pytest.param(
            "Following the deal, Velmora Games CEO Dana Holt confirmed in a letter to staff that she would stay."
            "\n“I am fully committed to the transition,” she said.\n\n"
            "Piet Marsh, CEO of Corvan's Zeta division, on Friday said: 'You are welcome here.'\n\n"
            "“We agreed on a plan,” Holt mentions in an email sent to Velmora Games employees. “I will stay.”",
            ["Dana Holt", "Piet Marsh", "Dana Holt", "Dana Holt"],
            id="a company before a title names no speaker, nor a name before a noun; 'mentions' reports speech",
        ),
        pytest.param(
            "Two men are held, prosecutor Laure Beccuau told a press conference, adding that the men had "
            '"partially admitted to the charges".',
            ["Laure Beccuau"],
            id="a participle after a comma has the subject of the verb before it, not that verb's object",
        ),
        pytest.param(
            'Judge Ana Ruiz spoke. The men face "organised theft, which carries a 15-year sentence", and conspiracy,'
            " punishable by 10 years, prosecutor Laure Beccuau told reporters.",
            ["Laure Beccuau"],
            id="an attribution later in the sentence, past a clause the quote is part of",
        ),
        pytest.param(
            "There is nothing to suggest an inside job, prosecutor Laure Beccuau said.\n"
            '"The jewels are not yet in our possession. But I want to remain hopeful."\n'
            "The men were arrested on Saturday.\n\n"
            '"We will not stop until we find every one of them."',
            ["Laure Beccuau", None],
            id="a quote that is its own paragraph goes on from a paragraph ending with who spoke, and only that",
        ),
        pytest.param(
            "Prosecutor Laure Beccuau spoke on Wednesday.\n"
            "Anyone who buys them would be guilty of concealment,” she warned. “There is still time to give them back.”",
            ["Laure Beccuau", "Laure Beccuau"],
            id="a quote that lost its opening mark is still a quote, and the next goes on from it",
        ),
        pytest.param(
            '"We are acting to halt the spread," said WHO Africa Director Mohamed Janabi, adding that "we are working'
            ' with the health authorities in Kasai".',
            ["Mohamed Janabi", "Mohamed Janabi"],
            id="a participle after an attribution that put the speaker after its verb has that speaker",
        ),
        pytest.param(
            "The virus has killed 15 people in Africa, a regional official said on Friday, and WHO Africa Director"
            " Mohamed Janabi flew to Kasai.\n\n"
            '"We are acting with determination to halt the spread," said Dr Mohamed Janabi, WHO Regional Director'
            ' for Africa. "We are working closely with the health authorities."',
            ["Mohamed Janabi", "Mohamed Janabi"],
            id="a place named in the speaker's title is no other speaker, nor short for a person's name",
        ),
        pytest.param(
            "Nine arrests were made and the Metropolitan Police said more were expected.\n\n"
            'The force said that officers "faced unacceptable violence from protesters".',
            ["Metropolitan Police"],
            id="'the force' stands for the police named before it",
        ),
        pytest.param(
            'US planemaker Boeing said it stood "ready to support them" over the incident, which a source close to'
            " the case said was grave.",
            ["Boeing"],
            id="a phrase after a quote is no attribution",
        ),
        pytest.param(
            "Vishwash Kumar Ramesh spoke from his hospital bed. He said that his brother, Ajay, was seated in a"
            ' different row. "He was travelling with me and I cannot find him anymore," he said.',
            ["Vishwash Kumar Ramesh"],
            id="a name in apposition to 'his brother' is not who 'he' stands for",
        ),
        pytest.param(
            "Crews worked through the night. Office of Relief (OFR) Assistant Secretary for Operations Robert"
            ' Belmonte said every team was deployed.\n\n"The numbers are still very fluid," Belmonte said.',
            ["Robert Belmonte"],
            id="a title's portfolio after 'for' is no part of its holder's name",
        ),
        pytest.param(
            'The first day ended late. "We will go on working in the coming days," the head of the Velm Prison'
            " Service Katy Marden said in a statement.",
            ["Katy Marden"],
            id="a person named right after an institution is the person, not the institution",
        ),
        pytest.param(
            "Families waited at the base.\n\n“The government welcomes all the citizens who came home today,” the"
            " Velmish Prime Minister’s Office said in a statement.",
            ["Velmish Prime Minister’s Office"],
            id="a title's office in the possessive is one institution",
        ),
        pytest.param(
            "The Velm Prison Service moved the men at dawn.\n\n"
            '"We will go on working in the coming days," a prison service spokesperson added.',
            ["Velm Prison Service"],
            id="an unnamed spokesperson of a named institution speaks for it",
        ),
        pytest.param(
            "The Velm Monetary Board cut its rate by half a point.\n\n"
            '- Statement says that "in considering additional adjustments" officials will weigh the data',
            ["Velm Monetary Board"],
            id="a statement named by its kind alone speaks for the body that issued it",
        ),
        pytest.param(
            "Nicolas Varga was jailed on Thursday. Varga, who had denied all wrongdoing in court and will appeal, said"
            ' "I am innocent, this is a scandal."',
            ["Nicolas Varga"],
            id="the subject before a relative clause, not the clause's object",
        ),
        pytest.param(
            'The booster flew back to the pad. "The tower has caught the rocket." Velmspace chief executive Ilse'
            " Brandt wrote on X.",
            ["Ilse Brandt"],
            id="a quote of its own signed by the next sentence",
        ),
        pytest.param(
            'Jon Holden arrived at the hall. "We strike at midnight." Velm Aero chief Kelly Orr said the company would'
            " return to the table soon.",
            [None],
            id="a next sentence telling a statement of its own signs no quote",
        ),
        pytest.param(
            'The launch of the Velmspace rocket was planned. "The first objective will be a catch of the booster,"'
            " stated Velmspace on X.",
            ["Velmspace"],
            id="a name and where it said it",
        ),
        pytest.param(
            'Jon Holden spoke at the hall.\n"Our members spoke loud and clear," said Holden, who represents about'
            ' 33,000 workers in the Pacific Northwest. "We strike at midnight."',
            ["Jon Holden", "Jon Holden"],
            id="a place after 'in the' is no person who could speak the next quote",
        ),
        pytest.param(
            "Members of the union at Velmair read the deal. In what Velmair termed a “historic contract offer,” the"
            " company touts a “new contribution of up to $4,160 per employee per year to the 401(k) plan.”",
            ["Velmair", "Velmair"],
            id="what a company termed and touts",
        ),
        pytest.param(
            "Key points:\n- The Velm Monetary Board votes 11 to 1 to cut.\n- Statement adds language to say the board is"
            " “strongly committed to supporting maximum employment”",
            ["Velm Monetary Board"],
            id="an infinitive 'to say' is no attribution: the finite verb before it is",
        ),
        pytest.param(
            "Nicolas Varga was jailed for five years.\n\nVarga denounced the judgment. Speaking to reporters after the"
            " verdict, the 70-year-old declared:\n\n“What happened today is of extreme gravity.”",
            ["Nicolas Varga"],
            id="'the 70-year-old declared:' over a quote of its own: the person named before",
        ),
        pytest.param(
            "Ko Wen came third. Opposition candidate Hou Lin, a former police officer, said in Taipei: “I have let you"
            " all down.” The candidate of the third party, Ko Wen, also admitted defeat.",
            ["Hou Lin"],
            id="an attribution before the quote wins over a next sentence that could sign it",
        ),
        pytest.param(
            "The ship had two pilots on board, its manager Dalmar Marine Group said in a statement.\n\n"
            "'All crew members have been accounted for and nobody was hurt,' it said.",
            ["Dalmar Marine Group"],
            id="'it said': the organisation the sentence before shows saying something",
        ),
        pytest.param(
            'Officials met on Monday. Weather came in.\n\n"The bridge will stay closed for the winter," it said.',
            [None],
            id="'it said' with nobody shown saying anything before keeps no speaker",
        ),
        pytest.param(
            "According to a report from the state's Harbour Safety Agency obtained by Tide News, the ship \"lost all"
            ' power and steering" as it left. "The crew warned the port that a collision was possible," the report'
            " said.",
            ["Harbour Safety Agency", "Harbour Safety Agency"],
            id="'a report from X': the report speaks for X, not for the outlet that obtained it",
        ),
        pytest.param(
            "Lee Sung-ho won the vote, and Tan Wei-min came second.\n\nOn his part, Tan thanked the young voters who backed him.\n\n"
            '"We have shown that this island is more than two camps," he said.',
            ["Tan Wei-min"],
            id="'On his part, X': X is named as nobody's kin, and he is X",
        ),
        pytest.param(
            "Lira Bay also said it would not tolerate interference. “We will hold to the old agreement and oppose"
            " any split.”",
            ["Lira Bay"],
            id="a quote opening a sentence after one telling what someone said is theirs",
        ),
        pytest.param(
            "Kelvin Otieno set a record in the city on Sunday.\n\nRunning his third race, the 23-year-old said he knew"
            ' that Eli Barasa\'s old mark was within reach.\n\n"I knew one day I would hold the record," he said.',
            ["Kelvin Otieno"],
            id="he: not a person named only in the possessive when a sentence before names the subject",
        ),
        pytest.param(
            "Kelvin Otieno set a record on Sunday. He had won the Tokyo Olympic title.\n\nOn the course, twice Olympic"
            " champion Eli Barasa watched.\n\n"
            '"I knew one day I would hold the record," he said.',
            ["Eli Barasa"],
            id="'Olympic champion X': the adjective before a role noun is no person",
        ),
        pytest.param(
            'British PM Ana Velm quits after 44 days\n\nAna Velm quit today. Later the outgoing PM added, "I will'
            ' remain in office until a successor has been chosen."',
            ["Ana Velm"],
            id="'PM' is a title: 'British PM Ana Velm' names Ana Velm, whom 'the outgoing PM' stands for",
        ),
        pytest.param(
            "Ms Velm – who insisted she was “a fighter, not a quitter” barely a day ago – said the party would pick"
            " a new leader.",
            ["Velm"],
            id="a quote inside an aside between dashes is said by the subject before the aside",
        ),
        pytest.param(
            'Ana Ruiz on the release: "It is a wonderful feeling to have them home"\nThe families waited at the base.',
            ["Ana Ruiz"],
            id="a heading opening with a name, then a colon and a quote: the name said it",
        ),
        pytest.param(
            'The deal was signed. Ana Ruiz praised it, stating, "This exchange is a testament to patient diplomacy."'
            '\n\nAsked if it made arrests likelier, Tom Hale answered, "That has been the case for all history."',
            ["Ana Ruiz", "Tom Hale"],
            id="'stating' and 'answered' tell who said it",
        ),
        pytest.param(
            "As per analysts at Halden Capital, the release has caused “great angst as to the demand for chips.”",
            ["Halden Capital"],
            id="'as per analysts at X': X is the source",
        ),
        pytest.param(
            "Lira Bay added it would not tolerate interference. “We will hold to the old agreement and oppose any"
            " split.”",
            ["Lira Bay"],
            id="a quote after a sentence telling what someone added is theirs too",
        ),
        pytest.param(
            "Velmsoft said on Saturday that fewer than 1 percent of Kestrel Cloud devices were hit. “While the share is"
            " small, the impacts are broad,” the Redmond, Washington-based company said.",
            ["Velmsoft"],
            id="'the Redmond, Washington-based company': the company shown saying something, not the place",
        ),
        pytest.param(
            'Judge Roger Vance read out the verdicts against Dario Pell and 50 other men, declaring "you are therefore'
            ' declared guilty of the charge" each time.',
            ["Roger Vance"],
            id="a participle after a comma has the sentence's subject, not a name among the objects before it",
        ),
        pytest.param(
            "Outside the court, Ana Ruiz expressed “my profound gratitude to the people who supported me.”",
            ["Ana Ruiz"],
            id="'expressed' tells who said it",
        ),
        pytest.param(
            'Prices rose again. Shadow minister Ana Ruiz blamed the surge on "12 years of economic failure".',
            ["Ana Ruiz"],
            id="'blamed … on \"…\"': the words are the subject's",
        ),
        pytest.param(
            'Rhode Gov. Lena Vorst visited the site.\n\n"This is the worst kind of tragedy," the governor said.',
            ["Lena Vorst"],
            id="an abbreviated title ('Gov.') is the title 'the governor' names later",
        ),
        pytest.param(
            "Prices rose faster than forecast, bad news for Tomas Brenner before his budget.\n\nResponding to the"
            ' figures, the chancellor said: "We cannot have growth with high inflation."',
            ["Tomas Brenner"],
            id="an office no one is named with is the person the story last named",
        ),
        pytest.param(
            'Piet Mahler, 34, was sentenced on Monday.\n\n"The harm done here cannot be undone," the judge said.',
            ["judge"],
            id="a part in what is told ('the judge') is not the person the story last named",
        ),
        pytest.param(
            "Reporting from New Delhi, the broadcaster's Mandakini Gahlot said officials were ready.\n\n"
            '"Officials seemed better prepared this time," she said.',
            ["Mandakini Gahlot"],
            id="'she' is no place ('New Delhi' is not a person's name)",
        ),
        pytest.param(
            "''Only one coach is left, which is badly damaged,'' chief secretary Pran Jena told reporters. ''The toll"
            " has risen to 261,'' said railway spokesperson Adi Chowdhury, adding that ''the rescue of passengers is"
            " over''.",
            ["Pran Jena", "Adi Chowdhury", "Adi Chowdhury"],
            id="two single marks typed for each double one open and close quotes",
        ),
        pytest.param(
            'The crash killed 288.\n\n"We have found the cause," Indian Minister of Railways Arun Vaishnaw told reporters.',
            ["Arun Vaishnaw"],
            id="a portfolio after 'Minister of' is no part of its holder's name",
        ),
        pytest.param(
            "Belgium’s Tomas Vrie, the leader of the far-right Velm Vaart, said: “The people want real change.”",
            ["Tomas Vrie"],
            id="a role apposition between a name and its verb describes the name",
        ),
        pytest.param(
            "However, the Executive Director of Railway Board Amit Sharan said, “The rescue operation is complete.”",
            ["Amit Sharan"],
            id="a role with its holder named in the clause is no apposition",
        ),
        pytest.param(
            "Viktor Orvan congratulated him on “winning the Dutch elections!”, saying the results showed “the winds"
            " of change are here!”",
            ["Viktor Orvan", "Viktor Orvan"],
            id="what follows a participle of saying is what was said, not who said it; he said both",
        ),
        pytest.param(
            "Saying “a price must be paid” in a case he described as “tragic from beginning to end,” the court sent"
            " Ron Dell to prison.",
            [None, None],
            id="the words of a clause ('in a case he') are no speaker",
        ),
        pytest.param(
            "Ireland's Data Protection Commission fined Velm Social 1.2 billion euros on Monday.\n\n"
            '"This is a serious breach," the regulator said.',
            ["Data Protection Commission"],
            id="'the regulator' is the authority last named, whatever its name",
        ),
        pytest.param(
            'According to the Kenya National Commission on Human Rights, "at least 22 people were killed".',
            ["Kenya National Commission on Human Rights"],
            id="'on' inside an institution's name ('Commission on Human Rights') joins it",
        ),
        pytest.param(
            "It was the worst crash involving a South Korean airline in decades.\n\nSkyjet Airlines pledged support for the"
            ' families.\n\n"We deeply apologise to all those affected," the airline said in a statement.',
            ["Skyjet Airlines"],
            id="'the airline' is the business shown speaking, not the country a description of an airline opens with",
        ),
        pytest.param(
            "Kerrville Mayor Joe Herring struggled to hold back tears as he addressed the public: \u201cThis came at night,"
            " when people were asleep.\u201d\n\nIn a note to families, Camp Velm issued a message of hope:\n\n"
            "\u201cIf your daughter is not accounted for, you have been notified.\u201d",
            ["Joe Herring", "Camp Velm"],
            id="a sentence or paragraph introducing its quote with a colon after a named subject",
        ),
        pytest.param(
            "That wraps up the final between Novak Velic and Daniil Marov.\n\nWhile still on the court, Velic showed a"
            " shirt with a picture of himself.\n\n\u201cI thought of doing this shirt a week ago,\u201d he explained.",
            ["Novak Velic"],
            id="'between X and Y' says nothing of a place: X stays a person whom 'he' stands for",
        ),
        pytest.param(
            'Judge Arthur Velm ruled on Friday.\n\nThe defendants showed a lack of remorse, in which also he said, "the'
            ' fraud borders on the pathological."',
            ["Arthur Velm"],
            id="'in which also he said': the pronoun after the words that join its clause on",
        ),
        pytest.param(
            "Former President Donald Velm lost the case on Friday.\n\nIn a Truth Social posting spree, the former"
            " president wrote that the \u201csystem is under assault by biased judges.\u201d",
            ["Donald Velm"],
            id="a subject clause that is a title resolves to its holder before an earlier clause's name",
        ),
        pytest.param(
            'Ann Cole beat Tom Reed in the final, declaring "this is the best day of my whole life".',
            ["Ann Cole"],
            id="a participle's speaker is the sentence's subject, not the object of another verb",
        ),
        pytest.param(
            'Protesters outside the Velm Senate carried signs that read: "No more wars in our name ever again."',
            [None],
            id="a colon after words nobody said ('signs that read:') names no speaker",
        ),
        pytest.param(
            "Velmsoft said on Saturday that its fix was ready. Users of Kestrel Cloud Group waited.\n\n\u201cThe impact is"
            " broad,\u201d the company said.",
            ["Velmsoft"],
            id="'the company' is the business shown speaking, not the one named last",
        ),
        pytest.param(
            "Regulators fined Lumio, the owner of Photo, on Monday. Lumio said it would appeal.\n\n\u201cWe will"
            " appeal this decision,\u201d the company said.",
            ["Lumio"],
            id="'Lumio, the owner of Photo': an owner in apposition is no sign of a person",
        ),
        pytest.param(
            'South Korea protested on Monday. A South Korean official spoke to reporters.\n\n"We will respond to'
            ' this," the official said.',
            ["South Korean official"],
            id="a description opening with a demonym names no country ('South Korean official' is not South Korea's)",
        ),
        pytest.param(
            "Regulators fined Photo owner Lumio on Monday and ordered it to stop sending data to the US. Lumio vowed to"
            " appeal.\n“There is no immediate disruption to our users in Europe,” the company said.",
            ["Lumio"],
            id="'Photo owner Lumio' is a company, which 'the company' stands for, not the place named after it",
        ),
        pytest.param(
            'Lumio lost its case against the Data Protection Agency.\n\n"Moving data across borders is how the open internet works," Lumio\'s statement'
            " said.",
            ["Lumio"],
            id="a body's statement in the possessive speaks for the body",
        ),
        pytest.param(
            "Judge Ann Velm read the verdict on Monday.\n\nThe court found that a \u201cvast and organised system\u201d"
            " was in place. Tom Reed denounced a \u201cpolitical decision of the"
            " judges\u201d on television.\n\nReed was found guilty of \u201cserious and repeated fraud\u201d by the court.",
            ["court", "Tom Reed", None],
            id="a court's finding and a denunciation are said by their subject; one 'found guilty' of a quote is not",
        ),
        pytest.param(
            "Reed's time paled against the 9.64 that Tom Velm ran in 2009, but Ann Reed had chosen this race.\n\n"
            "She waved to the crowd at the line. \u201cThis is the one I wanted,\u201d she said.",
            ["Ann Reed"],
            id="'she' stands for the sentence's subject, not the subject of a relative clause before it",
        ),
        pytest.param(
            "\u201cWe count 39 dead,\u201d said Minister Ana Ruiz in a video with President Tom Velm on Saturday.\n\n"
            "Minister Ana Ruiz, in a video alongside President Tom Velm that was broadcast nationwide, said the deaths came from"
            " \u201casphyxiation by submersion.\u201d\n\nJudge Ann Cole ruled in court moments after Tom Reed said he"
            " was \u201csorry about what happened at every stage.\u201d",
            ["Ana Ruiz", "Ana Ruiz", "Tom Reed"],
            id="a name's noun phrase ends at a preposition after it, and an aside before the verb is no subject",
        ),
        pytest.param(
            '"We will deploy 200 more people today," Hendri, head of operations at the rescue agency, told reporters.'
            '\n\n"The volcano is still erupting," said the official, who goes by one name.',
            ["Hendri", "Hendri"],
            id="a bare role speaking right after a named speaker's quote is that speaker",
        ),
        pytest.param(
            "According to Secretary of the Treasury Tom Velm, the deal holds.\n\n\u201cWe have reached an agreement,"
            "\u201d the Treasury Secretary said in Geneva.",
            ["Tom Velm"],
            id="'Secretary of the Treasury Tom Velm' holds the title 'the Treasury Secretary' stands for",
        ),
        pytest.param(
            "Novak Velic won the final on Sunday.\n\n\u201cKobe was a close friend,\u201d the 36-year-old star from"
            " Serbia explained.",
            ["Novak Velic"],
            id="a description opening with an age stands for the person named before it",
        ),
        pytest.param(
            "\u201cData must move across borders,\u201d Ann Velm, the company's president, and Tom Reed, its lawyer,"
            " said in a statement.\n\n\u201cThousands of businesses rely on it every single day.\u201d",
            ["Ann Velm", "Ann Velm"],
            id="a co-speaker named in the attribution of the quote before does not stop the next paragraph going on",
        ),
        pytest.param(
            "Attorney General Ann Velm accused the family of using \u201cnumerous acts of fraud\u201d to get loans."
            " The court said none of the accused had \u201cpersonally profited from it\u201d.",
            ["Ann Velm", "court"],
            id="'accused' is a verb of saying, but not 'the accused'",
        ),
        pytest.param(
            '"We have found twelve bodies so far," Ana Ruiz told reporters on Monday. "I was trapped for hours under the'
            ' roof," said a survivor.',
            ["Ana Ruiz", "survivor"],
            id="an indefinite role after a named speaker's quote is someone else",
        ),
        pytest.param(
            "Tom Velm was charged on Monday.\n\n\u201cMy client denies every single charge,\u201d the 45-year-old"
            " man\u2019s lawyer told reporters.\n\nVelm was accused of \u201cgross misconduct in public office.\u201d",
            ["45-year-old man\u2019s lawyer", None],
            id="an age description owning another speaker, and a passive 'accused of', name no speaker of the person",
        ),
        pytest.param(
            'Prices rose 11%, and the Velm Statistics Office said "energy drove the rise".\n\nVelm Statistics Office data'
            ' showed gas up 130%.\n\n"Food prices also pushed inflation up.\n\n"Fuel offset part of the rise."\n\nIt'
            ' was a quiet day.\n\n"Nobody saw this coming," a trader told us later.',
            ["Velm Statistics Office", "Velm Statistics Office", "Velm Statistics Office", "trader"],
            id="a quote opening the paragraph after one that names the speaker before goes on from that speaker",
        ),
        pytest.param(
            'All of which "has pulled the rug from under chip makers," per the Velm Journal. It paid $5 per share, or'
            ' "a fair price for it," Ann Cole said.',
            ["Velm Journal", "Ann Cole"],
            id="'per' before a capitalised source names it ('per the Velm Journal'; not '$5 per share')",
        ),
        pytest.param(
            "Union members gathered on Friday.\n\nTara said she understands why her colleagues were so energized.\n\n"
            "\u201cWe lost our pension in 2014,\u201d she said. \u201cThe way that it went down was unfair.\u201d",
            ["Tara", "Tara"],
            id="a one-word name opening its sentence, 'X said she', is the person 'she' stands for; never 'she' itself",
        ),
        pytest.param(
            "“At this point we do not believe that anyone is still alive,'' Rear Admiral Ann Holt said on Tuesday.",
            ["Ann Holt"],
            id="two single marks typed for a closing double one close the quote",
        ),
        pytest.param(
            "Fans \u201ckicked and punched\u201d officers at the rally in Velm, the Velm Police Service has claimed.",
            ["Velm Police Service"],
            id="a quote inside its sentence: the subject is the clause nearest the verb, not the words after the quote",
        ),
        pytest.param(
            "The storm could bring \u201ca life-threatening storm surge\u201d to the coast late on Tuesday, the Velm"
            " Weather Office said.",
            ["Velm Weather Office"],
            id="a quote inside its sentence: never a time phrase after it ('late on Tuesday')",
        ),
        pytest.param(
            "The portrait, which was described by Velm Auctions as \u201cthe pinnacle of pop art,\u201d sold on Monday.",
            ["Velm Auctions"],
            id="a passive verb's agent before the quote: 'described by X as'",
        ),
        pytest.param(
            "\u201cThe loan ensures that both banks have the liquidity they need,\u201d reports a note from the Velm"
            " National Bank.",
            ["Velm National Bank"],
            id="'reports' after the quote names its source",
        ),
        pytest.param(
            "Tom Hale, the oldest champion of the open era, said \u201cI never imagined I would be standing here.\u201d"
            " reported Velm Press.",
            ["Tom Hale"],
            id="who said it before the quote, not the agency that 'reported' it after",
        ),
        pytest.param(
            "\u201cThe deal is a great day for our workers,\u201d a spokesperson for the union, Anna Berg, said.",
            ["Anna Berg"],
            id="a person in apposition after an organisation's noun is a person, not the organisation",
        ),
        pytest.param(
            "When you lose a vote \u201cthis badly and by this margin\u201d, it means many people \u201cgot this"
            " wrong\u201d, Tom Hale said.",
            ["Tom Hale", "Tom Hale"],
            id="two quotes of one sentence that names its speaker after the second",
        ),
        pytest.param(
            "Taoiseach Leo Varadkar accepted the result.\n\nMr Varadkar said he was one of those who got it wrong."
            "\n\n\u201cWe accept responsibility for the result,\u201d the Taoiseach said.",
            ["Leo Varadkar"],
            id="a head of government's title in capitals ('the Taoiseach') resolves to its holder",
        ),
        pytest.param(
            "\u201cWe clearly failed to do so,\u201d Mr Varadkar said.\n\nAsked about a No vote, the Velm Party"
            " leader said there was \u201cno particular boost\u201d for a government that won.",
            ["Varadkar", "Varadkar"],
            id="a role with its organisation in the next paragraph is the person who spoke before it",
        ),
        pytest.param(
            "Speaking in Velm on Saturday, Tom Hale said voters had given his party \u201ctwo wallops\u201d.\n\n"
            "\u201cIt was our responsibility to convince a majority of people.\u201d\n\nThe count went on.\n\n"
            "\u201cWe ran for our lives when the water came in.\u201d",
            ["Tom Hale", None],
            id="a quote paragraph goes on from a paragraph whose last sentence quotes its speaker, never further",
        ),
        pytest.param(
            "\u201cIt seems there are no survivors,\u201d police commissioner G.S. Malik told The Associated Press.",
            ["G.S. Malik"],
            id="dotted initials end no sentence, and a lower-case office before a name makes it a person",
        ),
        pytest.param(
            "Lumen Group cut 300 jobs on Monday.\n\nThe company in a statement said, \u201cWe are deeply saddened by"
            " the loss.\u201d",
            ["Lumen Group"],
            id="a description's phrase of how it spoke is no part of it: 'the company in a statement' is the company",
        ),
        pytest.param(
            "According to the Velm Times, with 87% of polling places having reported, Lai was \u201cstill comfortably"
            " in the lead with 40.73% of the vote.\u201d",
            ["Velm Times"],
            id="'having reported' is no verb of saying: 'according to' names the source",
        ),
        pytest.param(
            "The president revealed that he may speak with the premier \u201cat the end of the week,\u201d while"
            " Treasury Secretary Ann Cole says she will meet her counterparts \u201cin the next few weeks\u201d.",
            ["president", "Ann Cole"],
            id="'revealed' is a verb of saying; a quote does not take the speaker of a later one another verb names",
        ),
        pytest.param(
            "The Velm National Bank and its chairman, Tom Hale, backed the rescue. It came after the collapse of"
            " Silicon Valley Bank.\n\n\u201cThe loan ensures that both banks have the liquidity they need,\u201d"
            " reports a note from the Velm central bank.",
            ["Velm National Bank"],
            id="a note from a description: the institution its proper words name, not a title holder or another bank",
        ),
        pytest.param(
            "\u201cWe have evacuated 300 homes,\u201d Mayor Jane Roe told reporters.\n\nThe police chief said officers"
            " were \u201cstretched to the limit\u201d.",
            ["Jane Roe", "police chief"],
            id="a role in the next paragraph is not a named speaker the article gives another title",
        ),
        pytest.param(
            "\u201cThe water is still rising,\u201d sources in the area said.",
            ["sources in the area"],
            id="'sources in the area': the sources, never the area",
        ),
        pytest.param(
            "Mayor Jane Roe toured the coast.\n\nThe mayor called the storm \u201ca once in a century event\u201d as"
            " crews worked, the city's spokesman said.",
            ["Jane Roe"],
            id="a quote inside its sentence keeps the speaker a verb before it names",
        ),
        pytest.param(
            "Taoiseach Simon Harris spoke first.\n\nMeanwhile, former Taoiseach Bertie Ahern said he was \u201cdeeply hurt and"
            " disappointed\u201d.\n\nLater, the Taoiseach said: \u201cWe accept the result of the vote.\u201d",
            ["Bertie Ahern", "Simon Harris"],
            id="'the Taoiseach' is the holder, never a former one",
        ),
        pytest.param(
            "The count ended overnight.\n\nSpain\u2019s far-right Vox party leader, Lena Ostra, read the result, in a"
            " vote dominated by debates over housing, as a clear signal: \u201cVoters want their streets back.\u201d",
            ["Lena Ostra"],
            id="a colon's sentence: the name in apposition before its verb, not an organisation in the description",
        ),
        pytest.param(
            'The union attacked the merger in a statement by president Ode Marlow: "To say we are disappointed is an'
            ' understatement."',
            ["Ode Marlow"],
            id="'a statement by X:' before a colon: X speaks, not the sentence's subject",
        ),
        pytest.param(
            "The press reacted with surprise.\n\n\u201cNo one expected it,\u201d says the newspaper \u2018Kroniek\u2019."
            " The rest was silent.",
            ["Kroniek"],
            id="a name in quote marks after its description: the name, without the description or the marks",
        ),
        pytest.param(
            'Velm won.\n\n"The most ridiculous game of cricket ever played," was how Tom Hale, Velm\'s wicketkeeper,'
            " summed up a crazy final against Tamsa on Sunday that had pretty much everything.",
            ["Tom Hale"],
            id="'\u201c\u2026,\u201d was how X summed up …': X, however long the sentence goes on",
        ),
        pytest.param(
            'The Velm Central Command (Velcom) confirmed the toll, posting on social media, "These reckless attacks'
            ' have disrupted trade."',
            ["Velm Central Command"],
            id="a name's short form in brackets after it is no part of the speaker",
        ),
        pytest.param(
            "The ship was hit. Reports quoted Ana Ruiz, the captain, as saying \u201cwe are all safe here.\u201d",
            ["Ana Ruiz"],
            id="'quoted X as saying': X, not the words before 'as'",
        ),
        pytest.param(
            "Tamsa Shipping owns the ship. Media reports quote the owners and managers as saying \u201cthere is no"
            " connection with any Velm entity.\u201d",
            ["owners and managers"],
            id="'quote the owners as saying': the description, never the verb and its object",
        ),
        pytest.param(
            "Pay also climbed.\n\nPresident Ana Ruiz on Friday hailed the numbers as a success of her policies.\n\n"
            '"Put simply, the plan is working."',
            ["Ana Ruiz"],
            id="a quote paragraph after a one-sentence paragraph whose subject is a named person: theirs",
        ),
        pytest.param(
            "Rates could rise again.\n\nTom Hale is chief economist at Velm Consult.\n\n"
            '"My sense is that we all knew the labour market was tight."',
            ["Tom Hale"],
            id="'X is chief economist at Y.' introduces the quote after it",
        ),
        pytest.param(
            "Rates could rise again.\n\nProtesters outside the home of Ann Lee chanted for hours.\n\n"
            '"We want answers now and we want them today."',
            [None],
            id="a name in a description is no subject that introduces a quote",
        ),
        pytest.param(
            "Ana Ruiz said: \u201cThere are no words. They took us to the end.\n\n\u201cIt shows what kind of team they"
            " are.\n\nChampions! Velm\u2019s Ana Ruiz lifts the cup after victory over Tamsa\nPICTURE: Getty Images\n\n"
            "\u201cCredit to my team too for the fight.",
            ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"],
            id="a quote left open goes on past a photo's caption and credit between its paragraphs",
        ),
        pytest.param(
            "Troops were sent. Tom Hale was quoted in The Velm Times as saying \u201cwe will not send more troops.\u201d",
            ["Tom Hale"],
            id="'X was quoted in a paper as saying': X, not the paper",
        ),
        pytest.param(
            "The family released a statement by relatives of Ann Lee: \u201cWe are heartbroken and ask for privacy.\u201d",
            [None],
            id="'a statement by relatives of X:' is not X's",
        ),
        pytest.param(
            "The fire spread fast.\n\nAnn Lee died in the fire on Tuesday.\n\n"
            "\u201cShe was the heart of this street and we will miss her.\u201d",
            [None],
            id="a paragraph telling what befell a person introduces no quote of theirs",
        ),
        pytest.param(
            'Tom Hale stood before Judge Amos Spencer on Tuesday.\n\n"I stand before you as a humble man," he told'
            ' Spencer with a bowed head. "Whatever mercy the court can extend, grant it to my wife," he added.',
            ["Tom Hale", "Tom Hale"],
            id="'he' is not the one 'he told' in the sentence before",
        ),
        pytest.param(
            "Prices rose.\nAnn Lee, the office's chief economist, said: \u2018Over the past year gas prices have soared"
            " almost 130% while power rose 66%.\nThe rest was calm, the office's staff said.",
            ["Ann Lee"],
            id="a quote opened with \u2018 after a colon and left open to its line's end is a quote",
        ),
        pytest.param(
            "A man called John Baxter punched Tom Green outside the bar. \u201cI did nothing wrong,\u201d he said.",
            ["John Baxter"],
            id="'a man called X': X is named, not spoken to",
        ),
        pytest.param(
            "The minister spoke. Jane Hollis said: \u2018We can\u2019t go on like this. Her husband then added:"
            " \u201cWe have waited three years for an answer.\u201d",
            ["Her husband"],
            id="a quote opened with \u2018 is not left open past another quote on its line",
        ),
        pytest.param(
            "Judge Amos Reed heard the case.\n\nAfterwards, Tom Hale thanked Reed \u201cfor the mercy he showed me"
            " today.\u201d",
            ["Tom Hale"],
            id="thanking is saying: the words of thanks are the thanker's",
        ),
        pytest.param(
            "Saying \u201ca price must be paid\u201d in a case he called \u201csad from start to end,\u201d U.S."
            " District Judge Amos Reed sentenced Tom Hale to two years.",
            ["Amos Reed", "Amos Reed"],
            id="'Saying \u201c\u2026\u201d, Judge X sentenced': the subject after the opening phrase",
        ),
        pytest.param(
            "The count ended.\n\nThe party leader, Lena Ostra, congratulated Pal Varga and his party, saying the"
            " result \u201cshows what voters want\u201d.",
            ["Lena Ostra"],
            id="'X congratulated Y, saying': Y is spoken to, X speaks",
        ),
        pytest.param(
            "U.S. District Judge Ana Ruiz gave the sentence. Tom Velm was stoic.\n\nThe judge noted the support for"
            " Velm \u2014 more than 400 people wrote letters \u2014 and concluded that \u201che is a good man who has"
            " done a lot of good.\u201d",
            ["Ana Ruiz"],
            id="a verb of saying in an aside between dashes is not the sentence's",
        ),
        pytest.param(
            "Geert Velm won 37 seats. His target is 76.\n\nHe was in combative mood in his victory speech:"
            " \u201cWe want to govern and we will govern.\u201d",
            ["Geert Velm"],
            id="'He was … in his speech: \u201c\u2026\u201d': whom 'he' stands for introduces it",
        ),
        pytest.param(
            "Ana Ruiz spoke first.\n\nRuiz, 54, told the BBC: \u201cThe city is in mourning.\u201d",
            ["Ana Ruiz"],
            id="'Ruiz, 54, told': whose age it is speaks, never the age",
        ),
        pytest.param(
            "The Velm Party, 45, said: \u201cThe city is in mourning.\u201d",
            ["Velm Party"],
            id="a number is no one's name: the name before it speaks",
        ),
        pytest.param(
            "Tom Hale lost.\n\nHe read out a text from his late wife: \u201cLook after the children for me.\u201d",
            [None],
            id="'He read out a text from his late wife:': hers, not his",
        ),
        pytest.param(
            "Ana Ruiz was sentenced.\n\nShe addressed the court: \u201cI am deeply sorry for what I did.\u201d",
            ["Ana Ruiz"],
            id="'She addressed the court:': hers",
        ),
        pytest.param(
            "Geert Velm won.\n\nHe was defiant on Sunday: \u201cWe want to govern and we will govern.\u201d",
            ["Geert Velm"],
            id="'He was defiant on Sunday:': his",
        ),
        pytest.param(
            "Ruiz, speaking at a news conference, said: \u201cWe will rebuild every home that was lost.\u201d",
            ["Ruiz"],
            id="'X, speaking at …, said:': a participle's aside, X speaks",
        ),
        pytest.param(
            "In a statement, Boeing said: \u201cWe are cooperating fully with investigators.\u201d",
            ["Boeing"],
            id="a name ending in -ing is no participle's aside",
        ),
        pytest.param(
            "The agency, citing officials, said: \u201cTwelve people have died in the floods.\u201d",
            ["agency"],
            id="'The agency, citing officials, said': the agency",
        ),
        pytest.param(
            "Tom Hale lost his job.\n\nHe was sent an anonymous letter: \u201cWe know where you live.\u201d",
            [None],
            id="'He was sent a letter:': the sender's words",
        ),
        pytest.param(
            "Ana Ruiz spoke last.\n\nShe pointed to a banner: \u201cNo more war in our time.\u201d",
            [None],
            id="'She pointed to a banner:': the banner's words, not hers",
        ),
        pytest.param(
            "Tom Hale lost the vote.\n\nThey chanted outside: \u201cOut, out, out.\u201d",
            [None],
            id="'They chanted:': no one named",
        ),
        pytest.param(
            "Shares of Velm Savings Bank and Ardent Bank fell.\n\n\u201cA solution has been found to secure stability,"
            "\u201d the Danish central bank said.",
            ["Danish central bank"],
            id="'the Danish central bank' is no bank named without its proper word",
        ),
        pytest.param(
            "Markets fell after Ardent Bank failed.\n\n\u201cThe loan ensures that both lenders have the cash they "
            "need,\u201d reports a note from the Danish central bank.",
            ["Danish central bank"],
            id="'a note from the Danish central bank' is no other bank",
        ),
        pytest.param(
            "Markets fell after Ardent Bank failed. \u201cWe will cover the losses,\u201d the central bank said.",
            ["Ardent Bank"],
            id="'the central bank' without proper words is still the bank named before",
        ),
        pytest.param(
            "STORY: Velm Group will buy its rival.\n\nVelm Group Chair Anna Holt:\n\n\u201cWe have agreed a "
            "framework of support with the regulators.\u201d",
            ["Anna Holt"],
            id="a heading line of a title and a name over the quote's paragraph",
        ),
        pytest.param(
            "Markets fell on Monday.\n\nWhat the analysts expect:\n\n\u201cWe see rates rising again soon.\u201d",
            [None],
            id="a heading line naming no one gives no speaker",
        ),
        pytest.param(
            "Ana Ruiz is an ally of the senator.\n\nRuiz, who followed the trial, defended him, calling him a \u201cgood "
            "leader for the country.\u201d",
            ["Ana Ruiz"],
            id="'X, who …, defended him, calling him a \u201c…\u201d': X",
        ),
        pytest.param(
            "The vote came when Justices Mara Ellison and Tom Hale ruled.\n\nJustice Mara Ellison said there was a "
            "\u201cplan to attack every institution of the state.\u201d",
            ["Mara Ellison"],
            id="a plural title before two names is no part of the first",
        ),
        pytest.param(
            'Mayor Tom Hale spoke of the "heavy burden\' they carry. Asked why voters said "no" to the plan, Mr Hale '
            'blamed the opposition.\n\n"No plan has ever passed here without both parties behind it," he said.',
            ["Tom Hale", "Tom Hale"],
            id="a straight mark that lost its closing one does not throw the later quotes out of step",
        ),
        pytest.param(
            "\"In some cases the list is detailed. It's 'Ann, who has brown hair.' \"Tom Hale said.",
            ["Tom Hale"],
            id="a straight closing mark typed after a space still closes",
        ),
        pytest.param(
            'Campaigner Ana Ruiz said the result indicated that voters "want to get things done" on housing.',
            ["Ana Ruiz"],
            id="'X said the result indicated that \u201c\u2026\u201d': X, not the result",
        ),
        pytest.param(
            "Ana Ruiz conceded defeat.\n\nShe said she promised \u201cwe would go all in\u201d on the Velm Charter - "
            "which she took to the election.\n\n\u201cI never said that it would be easy at all,\u201d she said.",
            ["Ana Ruiz", "Ana Ruiz"],
            id="a charter named before 'she' is no person she stands for",
        ),
        pytest.param(
            "Prime Minister Ana Ruiz said she accepted the outcome.\n\n\u201cWhile tonight\u2019s result is not one "
            "that I had hoped for, I respect the decision of the people, she said.",
            ["Ana Ruiz"],
            id="a quote that lost its closing mark before ', she said.' ends at the comma",
        ),
        pytest.param(
            "Officials spoke to Yonhap on Sunday.\n\nVelm Air pledged full support for the families.\n\n\u201cWe deeply "
            "apologise to all those affected,\u201d the airline said in a statement.",
            ["Velm Air"],
            id="an airline's name ending in Air is a company, which 'the airline' stands for",
        ),
        pytest.param(
            "Velmwork filed for Chapter 11 bankruptcy on Monday night.\n\nThe company said it began the process in the "
            "U.S. and Canada \u201cto rationalize its lease portfolio for the long term.\u201d",
            ["Velmwork"],
            id="'the company' is the company named before, not a country nor 'Chapter 11'",
        ),
        pytest.param(
            "Ana Ruiz called the ruling \u201cshameful.\u201d\n\n\u201cWe will appeal this decision in every court that "
            "will hear us",
            ["Ana Ruiz"],
            id="a paragraph that is a quote left open (the page cut it) goes on from the speaker before",
        ),
        pytest.param(
            "The Velm Relief Agency on Saturday gave a figure of 320 dead, but later said it was being checked.\n\n\u201cWe "
            "expect the number of casualties to rise as the search goes on,\u201d it said.",
            ["Velm Relief Agency"],
            id="'it said': the body that opened the sentence before and said something later in it",
        ),
        pytest.param(
            "Ana Ruiz, a resident, spoke on Saturday. She texted Reuters, saying, \u201cPeople left their houses, we all "
            "are on the streets.\u201d",
            ["Ana Ruiz"],
            id="'She texted Reuters, saying': whom she stands for, not the agency",
        ),
        pytest.param(
            "More than 200 dead were brought to hospitals, according to an official who called himself Dr Danish.\n\n"
            "He said the bodies had been \u201ctaken to several places, bases and hospitals.\u201d",
            ["Danish"],
            id="a nationality after a title is a person's name",
        ),
        # the sixth review's inputs: each regressed under a rule of this session's first commits
        pytest.param(
            'Ana Ruiz said the plan was fine, but the landlord said it was "a total mess from the start".',
            ["landlord"],
            id="a reported clause's subject who speaks keeps the quote",
        ),
        pytest.param(
            "Acme Corp said on Monday it would cut 500 jobs. The Teamsters union called a strike, and its leader said "
            'talks had failed. "The cuts are necessary and final," it said.',
            ["Acme Corp"],
            id="'it said' is no body whose sentence goes on to another speaker",
        ),
        pytest.param(
            "The Bank of Japan kept rates on hold on Tuesday. The Japanese central bank said inflation was "
            '"likely to slow in the coming months".',
            ["Bank of Japan"],
            id="'the Japanese central bank' is the Bank of Japan",
        ),
        pytest.param(
            'Acme Corp sells in Canada. Canada released a statement on Monday. "The tariffs break the trade deal," '
            "the statement said.",
            ["Canada"],
            id="a country may issue a statement",
        ),
        pytest.param(
            'Tom Hale said the town was ready.\n\n"We have sandbags and pumps, and the crews are on standby, said Ana '
            "Ruiz, the mayor.",
            ["Ana Ruiz"],
            id="a quote that lost its closing mark before 'said X, the mayor.' is X's",
        ),
        pytest.param(
            '"They called it "a fraud" from the very first day," Ana Ruiz said.',
            ["Ana Ruiz", "Ana Ruiz"],
            id="a quote nested in straight marks does not reopen",
        ),
        pytest.param(
            'Acme Corp cut power to the town on Monday. Energy prices rose by a third. "We are working to restore '
            'supply," the company said.',
            ["Acme Corp"],
            id="a word that makes a name a company's is no name alone",
        ),
        pytest.param(
            "Tom Hale spoke for 20 minutes.\n\nHe also apologized to his staff, who \u201cwatched me throw away "
            "everything they had built.\u201d",
            ["Tom Hale"],
            id="who apologised says what the apology quotes",
        ),
        pytest.param(
            "Judge Mara Ellison sentenced him on Thursday. \u201cHis name is pretty much mud now,\u201d said the judge "
            "while explaining why the Velmex CEO deserved a long sentence.",
            ["Mara Ellison"],
            id="'said the judge while …': the phrase naming who spoke ends at 'while'",
        ),
        pytest.param(
            "Ana Ruiz won the vote. The alliance under Tom Hale came a distant second.\n\nHe would have nothing to do "
            "with a Ruiz-led "
            "government. \u201cWe won't let anyone in this country go,\u201d he told supporters.",
            ["Tom Hale"],
            id="a name in a hyphenated modifier ('a Ruiz-led government') is no one 'he' stands for",
        ),
        pytest.param(
            "Tom Hale had hinted he would testify. On Wednesday he told reporters \u201cI said the truth will come out "
            "very soon.\u201d",
            ["Tom Hale"],
            id="'On Wednesday he told': the pronoun after a day",
        ),
        # the seventh review's inputs
        pytest.param(
            '"We saw the water rise," said the after-hours manager, Tom Lee.',
            ["Tom Lee"],
            id="'after-' in a hyphenated word ends no phrase",
        ),
        pytest.param(
            '"We will rebuild every house," said the man who served as mayor, John Smith.',
            ["John Smith"],
            id="a name in apposition after 'as' is still the speaker",
        ),
        pytest.param(
            "The mayor, Tom Lee--who has held the post since 2010--visited the site. He said: \u201cWe will rebuild "
            "every home.\u201d",
            ["Tom Lee"],
            id="a name before a double-hyphen dash is no hyphenated modifier",
        ),
        pytest.param(
            "\u201cThe exchange took place at the airport,\u201d said a statement released by the Velm presidency.",
            ["Velm presidency"],
            id="'a statement released by X': X",
        ),
        pytest.param(
            "The Velm Data Commission has been investigating Acme since 2020. It found that Acme had failed to "
            "\u201caddress the risks to the rights of its users.\u201d",
            ["Velm Data Commission"],
            id="'It found that …': the body the sentence before opens with",
        ),
        pytest.param(
            "The Velm Data Commission ordered a halt to transfers until Acme brings \u201cits processing operations into "
            "compliance\u201d with the rules.",
            ["Velm Data Commission"],
            id="a quote inside a sentence an organisation opens, where no one says anything: the organisation's words",
        ),
        # the eighth review's inputs
        pytest.param(
            "Hurricane Velm hit the coast on Wednesday. It was described as \u201cthe storm of the century\u201d by "
            "forecasters.",
            [None],
            id="'It was described as “…” by forecasters': not the storm's words",
        ),
        pytest.param(
            "The Senate passed the \u201cOne Big Beautiful Bill\u201d on Thursday. The Velm Times published an article "
            "headlined \u201cWhy the river is dying fast.\u201d",
            [None, None],
            id="a name or a headline in an organisation's sentence is no words of it",
        ),
        pytest.param(
            "Ann Lee announced the deal on Wednesday. Once ratified, added union Vice President Bo Li, \"We're going "
            'back to work at the plant." Then, said Cy Day, "The strike was worth every day of it."',
            ["Bo Li", "Cy Day"],
            id="a verb of saying before its subject, right before the quote: the name after the verb",
        ),
        pytest.param(
            "Once the season ends, added club president Bo Li, the club's longest-serving director, \u201cwe will "
            "rebuild the stand.\u201d\n\nMrs Kim Sato spoke at the funeral. She described her late husband, Tom "
            "Velm: \u201cHe was the kindest man I knew.\u201d\n\nAnn Ray wrote on X, calling Cy Day a "
            "\u201cfriend\u201d and an \u201cally of the League.\u201d",
            ["Bo Li", "Kim Sato", "Ann Ray"],
            id="an inverted verb opens its clause; a verb whose subject stands before it, or a participle, names whom "
            "it speaks of",
        ),
        pytest.param(
            'Ann Lee thanked union Vice President Bo Li, "for every day of the strike we stood together."',
            ["Ann Lee"],
            id="the name after a verb said to someone is whom it was said to",
        ),
        pytest.param(
            "The mayor said on Sunday the square would stay closed, but the driver is \u201cstill out there "
            "somewhere,\u201d per Inspector Bo Li. Police said the driver fled on foot, but according to witness Kim "
            "Sato, \u201cshe ran toward the river.\u201d",
            ["Bo Li", "Kim Sato"],
            id="'per X', 'according to X' naming the source of the quote's own clause: X",
        ),
        pytest.param(
            'The agency met on Friday. "The emergency is over, but the threat is not," WHO Director-General Ann Lee '
            'said. "We owe it to those we lost," WHO said in a statement.',
            ["Ann Lee", "World Health Organization"],
            id="an acronym spelt like a function word ('WHO') is a name, no relative 'who'",
        ),
        pytest.param(
            "On Friday, the Velm Health Agency announced that the outbreak was no longer a \u201cnational "
            "health emergency,\u201d according to a report by the Velm Times.",
            ["Velm Health Agency"],
            id="'according to a report by X' after the quote's own attribution: the report passed it on",
        ),
        pytest.param(
            'Ann Lee spoke first. "The virus claimed a life every three minutes," Lee said. "It is still a killer '
            'and it is still changing," agreed Bo Li.\n\nThe two sides agreed to a "lasting and durable ceasefire" '
            "on Friday.",
            ["Ann Lee", "Bo Li", None],
            id="'agreed X' after a quote says who spoke; 'agreed to a “…”' says what was agreed",
        ),
        pytest.param(
            "The prime minister spoke at Parliament House.\n\nFlanked by an emotional Ann Lee, the minister for "
            "health, Bo Li invoked Churchill's words.\n\nHe said that \"as prime minister I will always accept "
            'responsibility for the decisions I have taken."',
            ["Bo Li"],
            id="'Flanked by X, Y did': Y is the sentence's subject, whom 'he' stands for",
        ),
        pytest.param(
            'Ministers agreed a "framework for lasting peace in the region" on Tuesday, the foreign ministry said.',
            ["foreign ministry"],
            id="'agreed a “…”' says what was agreed, not who spoke",
        ),
        pytest.param(
            "The Velm Health Agency announced that the outbreak was no longer \u201ca public health emergency of "
            "concern,\u201d according to local media reports.",
            ["Velm Health Agency"],
            id="'according to local media reports' after the quote's own attribution passes it on",
        ),
        pytest.param(
            'In court, Ann Lee gave a tearful statement in which she said, "I stand before you taking '
            'responsibility for the company," per NBC reporter Bo Li.',
            ["Ann Lee"],
            id="'per X' after a quote its sentence attributes before: X passed it on",
        ),
        pytest.param(
            "Judge Ann Lee ruled on Friday. Lee noted that her sentence rested on $384 million in losses, per Bo "
            'Li, as well as a "reasonable total loss to investors" of $121 million.',
            ["Ann Lee"],
            id="'per X' after a verb of saying in the quote's sentence: X passed on the words of the verb's subject",
        ),
        pytest.param(
            "Moscow has been a target before.\n\nEarlier this month, the US embassy in Russia said it was monitoring "
            "reports that \u2018extremists\u2019 were planning \u2018to target large gatherings in Moscow\u2019.",
            ["US embassy in Russia"],
            id="'monitoring reports that', 'the reports', 'media reports': a noun, no verb of saying",
        ),
        pytest.param(
            "Health chief Ana Ruiz spoke in Velm on Friday.\n\n"
            'Then she made the pronouncement: "With great hope, I declare the outbreak over."\n\n'
            'Finally, he read out a letter: "We owe it to those we have lost."',
            ["Ana Ruiz", None],
            id="a colon after 'Then she' / 'Finally, he': adverbs before the pronoun; still not another's words",
        ),
        pytest.param(
            'Prime Minister Bo Li spoke in Velm on Saturday.\n\nHe conceded that no one could have "guaranteed '
            'the result of the vote".',
            ["Bo Li"],
            id="'conceded' is a verb of saying",
        ),
        pytest.param(
            "The Velm Children's Fund warned about the safety of children on Monday.\n\nIn a statement, the body "
            'said, "We are deeply alarmed by the reports."\n\nThe UN body said, "The use of force must stop."',
            ["Velm Children's Fund", "UN body"],
            id="'the body' stands for the organisation shown speaking; 'the UN body' only for a name holding 'UN'",
        ),
        pytest.param(
            'The strike destroyed a house in Velm.\n\n"Each such attack shows what they are," Velm President Ana Ruiz',
            ["Ana Ruiz"],
            id="a page cut after the name of who said a quote closing on a comma: that name",
        ),
        pytest.param(
            "Witnesses described the crush.\n\n"
            '"People were falling like dominos," one unidentified witness was quoted as saying by the Velm news agency.',
            ["unidentified witness"],
            id="'X was quoted as saying by Y': X, not 'was quoted as'",
        ),
        pytest.param(
            "The Velm Central Bank cut rates on Thursday, as Ostra Savings Bank reported its results.\n\n"
            'The Bank said it is "determined to bring inflation down".',
            ["Velm Central Bank"],
            id="'The Bank': the bank named first of two named as often",
        ),
        pytest.param(
            "Outsider Bo Li will be Velm's next president, said his rival, Economy Minister Ana Ruiz, who conceded "
            "defeat after Sunday's election.\n\n"
            '"The results are not what we expected, and I wish him well."',
            ["Ana Ruiz"],
            id="a quote paragraph after one ending '…, said his rival, X, who conceded defeat.': X goes on",
        ),
        pytest.param(
            "Economy Minister Ana Ruiz admitted her defeat.\n\nThe official candidate recognized the triumph of the "
            'leader of the Velm Freedom Party, whom she congratulated as "the new president of all of us".',
            ["Ana Ruiz"],
            id="'whom she congratulated as “…”': the pronoun after 'whom' speaks, not the name before it",
        ),
        pytest.param(
            "No such plan exists, said John Kirby, a spokesman for President Joe Biden.\n\n"
            '"There is no such plan and there never has been."\n\n'
            "No decision was made, said a spokeswoman for Sen. Joe Manchin.\n\n"
            '"No decision has been made about anything else."',
            ["John Kirby", None],
            id="'…, said X, a spokesman for Y.': X goes on; 'said a spokeswoman for Y': not Y",
        ),
        pytest.param(
            "The family will sue the city, said a lawyer for the family, Ben Crump.\n\n"
            '"This was a preventable death, and we will prove it."',
            ["Ben Crump"],
            id="'said a lawyer for the family, X.': X, in apposition after the 'for' phrase",
        ),
        pytest.param(
            "With raids in the West Bank and a war in Gaza, the European Central Bank and the Bank of Israel met on "
            'Monday.\n\nThe Bank said the war "continues to weigh on activity".',
            ["Bank of Israel"],
            id="'The Bank': a 'Bank of …' named before, not a place after 'in the', nor the bank named first",
        ),
        pytest.param(
            "The World Health Organization declared an emergency on Monday. The Velm CDC said it had recorded 17,000 "
            'cases.\n\nThe world body said the outbreak was "a matter of concern for all of us".',
            ["world body"],
            id="'the world body': not a regional agency shown speaking since",
        ),
        pytest.param(
            "The Bank of England held rates on Thursday, a week after the European Central Bank raised its own. The "
            'European Central Bank warned again.\n\nThe Bank said inflation was "still too high for comfort".',
            ["Bank of England"],
            id="'The Bank': the bank the story opens on, however often it names another",
        ),
        pytest.param(
            'The UN warned of famine on Monday.\n\nThe world body said "time is running out for millions".\n\n'
            'Susan Letby was in court on Friday. She reacted to the verdict: "My daughter is innocent of this."',
            ["United Nations", "Susan Letby"],
            id="'the world body': the organisation shown speaking; reacting to a verdict with a colon: hers",
        ),
        pytest.param(
            'Velm President Ana Ruiz conceded defeat on Sunday as her supporters chanted "Ruiz, we still love you".'
            '\n\nOstra City conceded a late goal to a side the pundits had dismissed as "no-hopers from the hills".',
            [None, None],
            id="'conceded defeat', 'conceded a goal': no verb of saying",
        ),
        pytest.param(
            "Mayor Ana Ruiz spoke at the memorial on Friday.\n\n"
            'Finally, she played a recording of the emergency call: "Please hurry, the water is coming in."\n\n'
            'Afterwards, she made a promise: "Nobody in this city will be left without a home."\n\n'
            'Then she quoted the late poet Bo Li: "Grief is the price we pay for love."',
            [None, "Ana Ruiz", None],
            id="a colon after 'Afterwards, she': hers; not a recording she played nor a poet she quoted",
        ),
        pytest.param(
            "Velm United said in a statement it would appeal against the fine.\n\n"
            'The governing body said the sanction was "proportionate to the seriousness of the incidents".',
            ["governing body"],
            id="'the governing body': not the club shown speaking",
        ),
        pytest.param(
            "The Bank of England held rates at 5.25% on Thursday, a week after the European Central Bank raised "
            'its own.\n\nThe Bank said it expected inflation to "fall significantly in the second quarter".\n\n'
            "The Bank of Israel held its rate on Monday, citing violence in the West Bank.",
            ["Bank of England"],
            id="'The Bank': the bank the story names most, first of equals; never a place",
        ),
        pytest.param(
            "The Kremlin rejected the offer on Monday.\n\n"
            '"The offer is not serious," Kremlin spokesman Dmitry Peskov was quoted by the TASS agency as saying.'
            '\n\n"We see no basis for talks at this stage," the TASS agency quoted him as saying.',
            ["Dmitry Peskov", "Dmitry Peskov"],
            id="'X was quoted by Y as saying': X; 'Y quoted him as saying': whom 'him' stands for",
        ),
        pytest.param(
            "The Reserve Bank of India removed the state-run Central Bank of India from its watch list.\n\n"
            'The regulator said the lender "will comply with the norms of minimum capital".',
            ["regulator"],
            id="'the regulator': not a lender whose name holds 'Central Bank'",
        ),
        pytest.param(
            'Red Kites captain devastated\n\nAn emotional Tom Harlow said his side had been left "shattered".\n\n'
            "The Red Kites had looked in control until the last over.\n\n"
            'Conceding that the defeat was hard, the captain said: "Both sides showed a lot of heart."',
            ["Tom Harlow"],
            id="'the Red Kites were': a team, no person; 'the captain' is the one person named",
        ),
        pytest.param(
            "Mira Sandor, the leader of Velmark's Unity Party, welcomed the result.\n\n"
            'Asked about a referendum, Sandor answered: "The good news is when people can speak."\n\n'
            '"It is up to the people to choose," the Unity Party leader added.',
            ["Mira Sandor", "Mira Sandor"],
            id="'the Unity Party leader': the leader the story names, not the party",
        ),
        pytest.param(
            "Dana Vell was sentenced for helping the financier Jon Marsh.\n\n"
            "On Tuesday, Judge Ana Ruiz said Vell was not being punished as a proxy for Marsh, adding that the crimes "
            'were "heinous and predatory".',
            ["Ana Ruiz"],
            id="'Judge X said Vell …, adding that': the judge's; a name after 'said' speaks on only after a quote",
        ),
        pytest.param(
            "Judge Ana Ruiz, who also imposed a fine, said the sentence was necessary.\n\n"
            "She said Dana Vell provided a veneer of safety to the abuse.\n\n"
            '"The damage done to these girls was incalculable," she said.',
            ["Ana Ruiz"],
            id="'She said Vell …⏎“…,” she said': the one that first 'she' stands for, not Vell",
        ),
        pytest.param(
            "Rescuers pulled Maria Lopez, 67, from the roof of her flooded house.\n\n"
            '"She was clinging to the chimney," said firefighter Ana Ruiz.\n\n'
            '"Another hour and she would have drowned," she said.',
            ["Ana Ruiz", "Ana Ruiz"],
            id="a quote opening with 'She' is no sentence whose subject is 'she': Ruiz goes on",
        ),
        pytest.param(
            "Velm beat Ostra FC 3-1 on Sunday. Velm coach Tom Hale praised his young side. Ostra FC had not lost at"
            ' home since March.\n\n"We were not good enough in the second half," the Ostra FC coach said.',
            ["Ostra FC"],
            id="'the Ostra FC coach': no one named with that club's office, so the club, never the rival's coach",
        ),
        pytest.param(
            "Ostra FC knocked Velm out of the cup on Sunday.\n\nHead coach Tom Hale had been under pressure all season."
            '\n\n"We were second best all afternoon," the Velm coach said.',
            ["Velm"],
            id="'the Velm coach': not a head coach named apart from any side, who may be the winners'",
        ),
        pytest.param(
            "Kemi Badenoch, the Conservative leader, said the budget broke promises.\n\nLater the Conservative leader"
            ' told reporters: "This is a tax on jobs."',
            ["Kemi Badenoch"],
            id="'X, the Conservative leader,': the holder of 'the Conservative leader' (an apposition)",
        ),
        pytest.param(
            "Former Labour leader Jeremy Corbyn spoke at the rally.\n\n"
            '"We will deliver on our promises," the Labour leader said.',
            ["Labour"],
            id="'Former Labour leader X' holds no 'the Labour leader' now",
        ),
        pytest.param(
            "Labour leader Tom Hale spoke first. Labour deputy leader Ana Ruiz opened the conference after him.\n\n"
            '"There will be no return to austerity," the Labour leader said.',
            ["Tom Hale"],
            id="'Labour deputy leader X' holds no 'the Labour leader', though named last: the leader does",
        ),
        pytest.param(
            "Dev Rao took seven wickets and Raj Iyer added three. The Red Kites were bowled out for 150.\n\n"
            '"We were outplayed in every department today," the captain said.',
            ["captain"],
            id="'the captain said' after two players: no one named as captain",
        ),
        pytest.param(
            "Australia won by six wickets. Travis Head made 137.\n\n"
            '"It was one of those days where everything came off," Head said.',
            ["Travis Head"],
            id="'Head' is a surname ('Head of X' alone is a title)",
        ),
        pytest.param(
            "The Dalai Lama, who turns 90 on Sunday, said his office would choose his successor.\n\n"
            '"The trust will have sole authority to recognise the reincarnation," the Dalai Lama said.',
            ["Dalai Lama"],
            id="'the Dalai Lama said': a person whose name takes 'the' (a team's plural name does not)",
        ),
        pytest.param(
            "Head coach Tom Hale has rebuilt the side. Velm captain Ben Stone said the coach deserved the credit.\n\n"
            '"The lads kept believing right to the end," the Velm coach said.',
            ["Velm"],
            id="'the Velm coach': never the captain whose sentence names both; a coach named apart from the side, no one",
        ),
        pytest.param(
            "Conservative leader Ana Ruiz accused Labour on Tuesday of breaking its promises.\n\nPrime Minister Tom Hale"
            ' hit back in Downing Street.\n\n"We inherited a mess and we are cleaning it up," the Labour leader said.',
            ["Labour"],
            id="'the Labour leader': not the Conservative leader whose sentence names Labour",
        ),
        pytest.param(
            "A woman died when fire swept through a flat in Velm early on Saturday, officials said.\n\nThe woman was"
            ' identified as Maria Lopez, 34, a nurse.\n\n"This is a terrible tragedy for our town," the mayor said.',
            ["mayor"],
            id="'the mayor said' after the one person named is a victim: no one named",
        ),
        pytest.param(
            "Floods hit Velm on Friday. The governor, Kathy Hochul, said three people had been rescued from the roofs."
            '\n\n"We will rebuild every home," the governor said.',
            ["Kathy Hochul"],
            id="'The governor, X, said three people had been rescued': X speaks, no victim",
        ),
        pytest.param(
            "Velm City Council said in a post on Telegram on Wednesday that two sisters had died.\n\n"
            'Describing how they would have turned 15, the post read: "They will forever remain fourteen years old."',
            ["Velm City Council"],
            id="'said in a post on Telegram' … 'the post read:': the post speaks for who posted it",
        ),
        pytest.param(
            "Judge Ana Ruiz made clear that the long sentence reflects the \u201cheinous and predatory crimes\u201d of"
            " Dana Vell.\n\nInterior Minister Tom Hale visited police headquarters on Thursday. He gave the assurance"
            " that security \u201cposes no problem at all\u201d for the visit.",
            ["Ana Ruiz", "Tom Hale"],
            id="'made clear that … “…”', 'gave the assurance that … “…”': the words of who made it clear or assured",
        ),
        pytest.param(
            "The trial of Dana Vell ended in June.\n\n"
            '"She was a sophisticated predator who groomed her victims," as prosecutors wrote to the judge last week.',
            ["prosecutors"],
            id="'“…,” as prosecutors wrote to the judge': who 'as' names after a quote closed on a comma",
        ),
        pytest.param(
            'The "tight stance will be maintained until inflation falls," the policy committee said.\n\n'
            'Policy "will be tightened in case inflation gets worse," it added.',
            ["policy committee", "policy committee"],
            id="'“…,” it added' after a body no name names spoke: the body goes on",
        ),
        pytest.param(
            'The "tight stance will be maintained until inflation falls," the policy committee said.\n\n'
            'It added: "Policy will be tightened in case inflation gets worse."',
            ["policy committee", "policy committee"],
            id="'It added: “…”' after a body no name names spoke: the body goes on",
        ),
        pytest.param(
            '"We will rebuild the school," Mayor Ana Ruiz said.\n\nThe school "will be rebuilt," it added.',
            ["Ana Ruiz", None],
            id="'it added' after a person spoke is not that person's",
        ),
        pytest.param(
            "Edward Velm, the San Jose federal judge who oversaw the trial, passed the sentence on Friday.\n\nHowever,"
            " the judge noted that the sentence was based on \u201ca reasonable total loss to investors\u201d of $121"
            " million.",
            ["Edward Velm"],
            id="'X, the … judge who oversaw …' titles X: 'the judge noted … “…”' is X's",
        ),
        pytest.param(
            'Rates held on Thursday. "The stance will be kept," the policy committee said.\n\nThe finance ministry'
            ' welcomed the decision. "This will support growth," it said.',
            ["policy committee", None],
            id="'it said' after a sentence between, whose subject 'it' may be: not the body that spoke before",
        ),
        pytest.param(
            'A train derailed on Thursday. "We are investigating," a police spokesman said.\n\nThe rail operator said'
            ' services would resume. "Safety remains our top priority," it said.',
            ["police spokesman", "rail operator"],
            id="'it said' after a spokesman's quote and the operator's sentence: the operator's",
        ),
        pytest.param(
            'Six jets were grounded. "The aircraft must not fly," the authority said.\n\nThe airline "has full'
            ' confidence in its fleet and will appeal," it said in a statement.',
            ["authority", None],
            id="'The airline “…,” it said' after the authority's quote: no longer the authority's",
        ),
        pytest.param(
            "A bridge fell in Velm on Sunday.\n\nAccording to a tweet by the Prime Minister's office, \"The bridge"
            ' will stay closed until the inquiry ends".',
            ["Prime Minister's office"],
            id="'according to a tweet by X, “…”': X's, not the tweet's",
        ),
        pytest.param(
            "A bridge fell in Velm on Sunday.\n\nAccording to a tweet posted by the Prime Minister's office, \"The"
            ' bridge will stay closed until the inquiry ends".',
            ["Prime Minister's office"],
            id="'according to a tweet posted by X, “…”': X's",
        ),
        pytest.param(
            "Mayor Ana Ruiz said on Sunday that the drains had been cleared.\n\nHours later, a tweet showing cars"
            ' floating down Main Street was shared widely. "Velm deserves better than this," the tweet said.',
            ["tweet"],
            id="'the tweet said' of no one's tweet: not the mayor's, who spoke before",
        ),
        pytest.param(
            "A drone hit the base on Sunday.\n\nPresident Tom Hale said that Velmland \u201cwill hold all those"
            " responsible to account,\u201d according to The Associated Press.",
            ["Tom Hale"],
            id="'X said that … “…,” according to The Associated Press': X's, the agency passed it on",
        ),
        pytest.param(
            'North Velmland fired a missile on Thursday. Leader Kim Jong Un said the launch was "a great success for'
            ' our nation," according to state media.',
            ["Kim Jong Un"],
            id="'X said … “…,” according to state media': X's",
        ),
        pytest.param(
            "Velm Motors said on Monday it would cut 2,000 jobs, a plan analysts saw as \u201ctoo little, too late to"
            " save the brand,\u201d according to Bloomberg.",
            ["Bloomberg"],
            id="'X said …, a plan analysts saw as “…,” according to Bloomberg': X's verb does not govern the quote",
        ),
        pytest.param(
            "The square closed on Sunday.\n\nThe mayor said the square would close, but the driver is \u201cnot to"
            " blame at all,\u201d according to Inspector Bo Li.",
            ["Bo Li"],
            id="'X said …, but … “…,” according to Y': Y's",
        ),
        pytest.param(
            'Foreign Minister Ana Ruiz said, "The attack crossed all red lines."Army spokesman Tom Hale confirmed'
            " preparations for a response.",
            ["Ana Ruiz"],
            id="'X said, “….”Y confirmed …': X's, the next sentence glued on is another's",
        ),
        pytest.param(
            "The army said it had identified \u201capproximately 30 projectiles\u201d crossing from Velm into its"
            " territory and blamed the group.",
            ["army"],
            id="'X said … “…” crossing into … and blamed': no clause speaks, the subject before does",
        ),
        pytest.param(
            '"The things started falling on us," said Shreema a resident of Velmpur, who lost two of her relatives.',
            ["Shreema"],
            id="'“…,” said X a resident of Y, who …': X, the name right after the verb, with no comma before the apposition",
        ),
        pytest.param(
            'Tom Hale and Ann Lee helped their side win. Rohit Velm praised the duo saying, "When you have 240 on the'
            ' board, you want to take wickets."',
            ["Rohit Velm"],
            id="'X praised the duo saying, “…”': who praised says, not the praised",
        ),
        pytest.param(
            "Defence lawyer Mark Velm told the court on Tuesday that his client was at home, but prosecutors said Daniel"
            ' Ortiz fired the gun.\n\n"He was never there, and the evidence will show it," he said.',
            ["Mark Velm"],
            id="'…, but prosecutors said Y fired': no last clause's subject after words that are no title",
        ),
        pytest.param(
            'Smith Velm thanked party members in a short speech, and the party named Tom Jones as his deputy.\n\n"This'
            ' is the start of a long road back to power," he said.',
            ["Smith Velm"],
            id="'…, and the party named Y as his deputy': 'as' is no verb after a last clause's subject",
        ),
        pytest.param(
            "Mr Velm\u2019s legal team was in court for three hours, with lawyer Todd Blanche arguing that the case was"
            ' political.\n\n"This prosecution should never have been brought," he said.',
            ["Todd Blanche"],
            id="', with X arguing …. “…,” he said': the one the with-phrase shows speaking",
        ),
        pytest.param(
            "Judge Sarah Lowe sentenced former banker Mark Velm to 12 years in prison on Friday.\n\nHe said outside"
            ' court that he would appeal.\n\n"I am innocent and I will prove it."',
            [None],
            id="'He said …' after two people of unknown sex: no guess at whom 'he' stands for",
        ),
        pytest.param(
            "Jamie Velm scored twice as United beat City 3-1 on Sunday, while midfielder Tom Reed added a late third."
            '\n\n"I felt sharp today and the goals came," he said.',
            ["Jamie Velm"],
            id="'X scored twice, while Y added a late third. “…,” he said': X (no last-clause rule after 'while')",
        ),
        pytest.param(
            "Striker Jamie Velm pleaded not guilty on Monday, and Judge Tom Reed adjourned the case until March."
            '\n\n"I have done nothing wrong," he told reporters.',
            ["Jamie Velm"],
            id="'…, and Judge Y adjourned the case. “…,” he told reporters': adjourning is no saying",
        ),
        pytest.param(
            "Mr Velm\u2019s announcement rattled markets across Europe, with French President Emmanuel Macron among the"
            ' first to respond.\n\n"This is a grave mistake," he told reporters in Paris.',
            ["Emmanuel Macron"],
            id="', with X among the first to respond': X, who is shown acting, not the owner",
        ),
        pytest.param(
            "Firefighter Paul Velm died when the roof collapsed on Sunday night.\n\nMr Velm, 34, had served with the"
            " brigade for 12 years, chief fire officer John Hart said on Monday.\n\nHe said the blaze had started in a"
            ' storeroom.\n\n"Paul was a hero and we will miss him every day."',
            [None],
            id="'…, X said.⏎He said …⏎“…”': not the one the sentence before reported about",
        ),
        pytest.param(
            'The nurses\u2019 union blamed a leaked memo saying staff would face "deep and lasting cuts" for a wave of'
            " resignations.",
            ["leaked memo"],
            id="'X blamed a memo saying “…”': the memo's words, not X's",
        ),
        pytest.param(
            "Tom Hale had missed the first five games with a broken hand, and captain Pat Velm praised the selectors"
            " for the risk.\n\n\u2018The medical team were fantastic,\u2019 he said.",
            ["Pat Velm"],
            id="'X did …, and captain Y praised …. “…,” he said': Y, who opens the last clause",
        ),
        pytest.param(
            "Rishi Velm called the election on Wednesday.\n\nMr Velm\u2019s announcement caught Westminster by surprise,"
            " with foreign secretary Tom Hale called back from a trip to Albania and defence secretary Ann Lee forced"
            " to cancel plans.\n\nHe insisted inflation was \u201cback to normal for every family\u201d.",
            ["Rishi Velm"],
            id="'X's announcement caught …, with Y called back …. He insisted “…”': X, whose sentence it is",
        ),
        pytest.param(
            '"The water came in the night and took our cattle," the farmer, 45, said by phone from his village.',
            ["farmer"],
            id="'“…,” the farmer, 45, said by phone': no inverted attribution after a quote that ends on a comma",
        ),
        pytest.param(
            "Governor Greg Abbott told residents to stay \u201cindoors and away from windows\u201d until the storm"
            " passed, said city spokesman Tom Velm.",
            ["Greg Abbott"],
            id="'X told residents to stay “…” until …, said Y': the verb before the quote names its speaker",
        ),
        pytest.param(
            'One survivor, Fatima Adam, recounted how the gunmen ordered villagers to "leave everything and run for the'
            ' river".',
            [None],
            id="'X recounted how the gunmen ordered villagers to “…”': not X's words",
        ),
        pytest.param(
            '"The amount of rain that fell in this place was never" in any forecasts, said chief Nim Kidd of the Velm'
            " Division of Emergency Management.",
            ["Nim Kidd"],
            id="'“…” in any forecasts, said X': the quote's sentence goes on, then the attribution inverts",
        ),
        pytest.param(
            "Rishi Sunak spoke in Downing Street on Wednesday. Keir Starmer, the Labour leader, was in Kent.\n\nThe"
            " Labour leader hit back by saying backing his party would be a \u201cvote to stop the chaos\u201d.",
            ["Keir Starmer"],
            id="'The Labour leader hit back by saying “…”': the subject before its verb, the holder of that title",
        ),
        pytest.param(
            "Mr Velm\u2019s announcement came after the Office for National Statistics said Consumer Prices Index (CPI)"
            " inflation slowed to 2.3% in April.\n\nHe said that inflation was now \u201cback to normal for every"
            " family\u201d.",
            ["Velm"],
            id="an index is no person 'he' may stand for",
        ),
        pytest.param(
            'Krishna, who came from near Tundla, recounted, "The people did not move from the entrance."',
            ["Krishna"],
            id="'X, who …, recounted, “…”': recounting is saying",
        ),
        pytest.param(
            'Velm Senior EMT Idan Avshalom, who arrived in minutes, described: "I left a nearby village at once."',
            ["Idan Avshalom"],
            id="an emergency medical technician's title is no part of the name",
        ),
        pytest.param(
            "Tom Hale sentenced to 30 years in prison after judge says he left \u2018a trail of broken lives\u2019"
            "\n\nJudge Ann Lee handed down the sentence in Velm on Monday.",
            ["Ann Lee"],
            id="'X sentenced … after Y says “…”': the subordinate clause's subject speaks",
        ),
        pytest.param(
            "Judge Ann Lee sentenced Tom Hale on Monday.\n\n\u201cThese victims were nothing to you,\u201d Lee told"
            " him.\n\nFrom the bench, Lee spoke quietly of Hale\u2019s crimes.\n\n\u201cThis crime is about"
            " control,\u201d she said.",
            ["Ann Lee", "Ann Lee"],
            id="'Lee told him' says nothing of Lee's sex: 'she' may stand for Lee",
        ),
        pytest.param(
            "Detective Inspector Ann Cole said her team had spent two years on the inquiry.\n\nOfficers arrested Tom"
            " Reid in Surrey on Friday and charged him with fraud.\n\n\u201cIt has been a long and difficult"
            " investigation,\u201d she said.",
            ["Ann Cole"],
            id="'arrested Tom Reid … and charged him': Reid is a man, 'she' is not him",
        ),
        pytest.param(
            "Former nurse Ann Cole, 45, was found guilty of stealing from patients, prosecutor Mark Bell said.\n\nOn"
            " Friday Judge Tom Lee told her she would serve six years in prison.\n\n\u201cYou preyed on the most"
            " vulnerable people in your care,\u201d he said.",
            ["Tom Lee"],
            id="'Judge Tom Lee told her she would serve': neither pronoun is Lee's",
        ),
        pytest.param(
            'In a surprise, the Turkey central bank raised its key rate to 50% on Thursday in Ankara. "Tight policy'
            ' will be maintained until inflation falls," the bank said in a statement.',
            ["Turkey central bank"],
            id="'the Turkey central bank … the bank said': the bank, not the country it is of",
        ),
        pytest.param(
            "The Turkey central bank held its main rate at 50% on Thursday. Analysts at Ardent Bank had expected a"
            ' hold.\n\n"Tight policy will be maintained until inflation falls," the bank said in a statement.',
            ["Turkey central bank"],
            id="'the Turkey central bank … the bank said': never another bank named between",
        ),
        pytest.param(
            "The Velm Justice Department sued Ostra Corp on Monday, weeks after the Velm Commerce Department added the"
            ' firm to a blacklist.\n\n"Ostra Corp broke the law," the department said in a statement.',
            ["department"],
            id="'the department said' after two departments: either, no name",
        ),
        pytest.param(
            "Velm Police said officers were called at 8 p.m. The family of Tom Harker issued a statement on Monday. He"
            ' was described in the statement as "a gentle giant who lived for his children".',
            [None],
            id="'described in the statement as' with no issuer the text shows: no organisation merely named before",
        ),
        pytest.param(
            "The Velm government released a statement on Sunday. Most of the dead were described in the statement as"
            " \u201cunauthorised to perform the pilgrimage\u201d.",
            ["Velm government"],
            id="'were described in the statement as “…”': the statement's issuer's words",
        ),
        pytest.param(
            'Ivan Mares was jailed for ten years on Friday after prosecutors said he had "systematically bribed city'
            ' officials".',
            ["prosecutors"],
            id="'X was jailed after prosecutors said “…”': the clause's plural role speaks",
        ),
        pytest.param(
            'Peter Dahl resigned on Monday after the education ministry said there had been "serious failings in'
            ' safeguarding".',
            ["education ministry"],
            id="'X resigned after the education ministry said “…”': the ministry speaks",
        ),
        pytest.param(
            "The Arakan Army said on Sunday it had captured the town of Paletwa.\n\nThe military government has"
            ' fought armed groups since 2021.\n\n"The terrorists suffered heavy losses," the army said in a statement.',
            ["army"],
            id="'the army said' is no Arakan Army's: bodies of a state are no names they end",
        ),
        pytest.param(
            "Police chief Mark Hollis said on Tuesday the fire had been started deliberately.\n\nThe son of"
            ' councillor Ann Reed was arrested on Monday and police later charged him.\n\n"He has never been in'
            ' trouble in his life," she said.',
            ["Ann Reed"],
            id="'The son of councillor Ann Reed … charged him': 'him' is the son, no sign of Reed's sex",
        ),
        pytest.param(
            'The man, who was named in a statement on Monday as Daniel Brook, was 34.\n\n"Our thoughts are with his'
            ' family at this difficult time," the statement said.',
            ["statement"],
            id="'who was named in a statement as': no one named issued it, never 'who'",
        ),
        pytest.param(
            'Rescuers on Thursday pulled a woman and her daughter alive from the rubble.\n\n"We prayed all night'
            ' that someone would hear us," the daughter said.',
            ["daughter"],
            id="'a woman and her daughter … the daughter said': no description runs across 'and her'",
        ),
        pytest.param(
            "Tom Harker, 34, died in a collision near Velm on Sunday, police said.\n\nHis family said in a statement"
            ' that he was "a gentle giant who lived for his children".',
            ["His family"],
            id="'His family said': a family, not the pronoun ('family' ends like an adverb)",
        ),
        pytest.param(
            "RIYADH (Reuters) - Velm's health ministry issued a statement on Sunday saying 1,301 people died.\n\nMost"
            ' of the dead were "pilgrims who had not obtained permits," the statement said.',
            ["Velm's health ministry"],
            id="'CITY (Reuters) - X issued a statement … the statement said': X, never the dateline",
        ),
        pytest.param(
            "RIYADH, June 20 (Reuters) - Velm's health ministry issued a statement on Sunday.\n\nMost of the dead were"
            ' "pilgrims who had not obtained permits," the statement said.',
            ["Velm's health ministry"],
            id="'CITY, June 20 (Reuters) - X issued a statement': X, past the dateline's date",
        ),
        pytest.param(
            'WASHINGTON — The Pentagon\'s press secretary said the strike was "a serious escalation".',
            ["Pentagon's press secretary"],
            id="'PLACE — X said': a dateline with its dash alone is no part of the speaker",
        ),
        pytest.param(
            'LONDON (AFP): The Pentagon\'s press secretary said the strike was "a serious escalation".',
            ["Pentagon's press secretary"],
            id="'PLACE (AFP): X said': a dateline with its colon is no part of the speaker",
        ),
        pytest.param(
            'Paris (AFP) - France\'s foreign ministry said the talks were "at a critical stage".',
            ["France's foreign ministry"],
            id="'Paris (AFP) - X said': a dateline in mixed case before a known agency",
        ),
        pytest.param(
            'New Delhi [India], December 6 (ANI): India\'s foreign ministry said the talks were "at a critical stage".',
            ["India's foreign ministry"],
            id="'New Delhi [India], December 6 (ANI): X said': its region in square brackets and its date",
        ),
        pytest.param(
            '(CNN) — Qatar\'s prime minister said the talks were "at a critical stage".',
            ["Qatar's prime minister"],
            id="'(CNN) — X said': the agency alone opens the story",
        ),
        pytest.param(
            'The Velm army meanwhile said the strike had hit "a militia command centre" in Ostra.',
            ["Velm army"],
            id="'The Velm army meanwhile said': an adverb before the verb is no part of the speaker",
        ),
        pytest.param(
            'Tokyo police made no comment. "He was tired of the job," the news weekly said.',
            ["news weekly"],
            id="'the news weekly said': a paper, not an adverb cut off",
        ),
        pytest.param(
            'Congress leader Pawan Khera while speaking to ANI said, "This government has looted the common man."',
            ["Pawan Khera"],
            id="'X while speaking to ANI said': a participle's phrase holds no subject",
        ),
        pytest.param(
            "Foreign Minister Badr Abdelatty after the meeting said \u201cthe gaps remain wide but can be closed\u201d.",
            ["Badr Abdelatty"],
            id="'X after the meeting said': a preposition's object is no subject",
        ),
        pytest.param(
            "Mayor Ann Lee visited the worst-hit street on Monday and told reporters the town was in shock."
            " \u201cThis is a dark day for all of us.\u201d",
            ["Ann Lee"],
            id="'X visited … and told reporters …. “…”': the sentence before names who speaks",
        ),
        pytest.param(
            "Velm has detained nine people, including the owner of the hotel, after a fire at the Grand Velm Hotel"
            " killed 76 people, interior minister Ali Kaya said on Wednesday.\nThe hotel expressed deep sorrow in a"
            ' statement on Wednesday.\n"We are cooperating with'
            ' the authorities on every aspect of the fire," the statement said.',
            ["Grand Velm Hotel"],
            id="'X expressed sorrow in a statement … the statement said': X's, not the owner of the hotel's",
        ),
        pytest.param(
            "Premier Lena Varsk said on Monday she would step down. The 42-year-old -- who led the country through"
            ' floods, a pandemic, and its worst-ever storm -- said she no longer had "enough in the tank".',
            ["Lena Varsk"],
            id="a subject before an aside between two-hyphen dashes: the one described, not the aside's last words",
        ),
        pytest.param(
            "Prime Minister Tom Velk called the election on Monday.\n\nThe prime minister took aim at Jon Ostra - who,"
            ' according to polls, is on course to win - saying he has shown "time and again that he will take the'
            ' easy way out".',
            ["Tom Velk"],
            id="a participle after an aside between spaced hyphens: the sentence's subject, not 'according to polls'",
        ),
        pytest.param(
            'Mara Ostin thanked her partner Clarke, to whom she said "let us finally get married."',
            ["Mara Ostin"],
            id="'to whom she said': whom she stands for, not the word 'to'",
        ),
        pytest.param(
            "Mara Ostin will step down.\n\nIf Labour MPs, who vote on Sunday, elect a new leader, Ms Ostin will"
            " return to the back benches.\n\n“I have given my absolute all to this job,” she said.",
            ["Mara Ostin"],
            id="'she' is the main clause's subject, not the subject of an 'If …,' clause before it",
        ),
        pytest.param(
            "The Velm Health Agency on Monday declared the outbreak a “public health emergency of regional concern”"
            " (PHERC), according to a statement from the agency.",
            ["Velm Health Agency"],
            id="a bracketed short form after a quote is no speaker",
        ),
        pytest.param(
            'Defence lawyer Mike Brand said the case was "extremely circumstantial in nature." He also described Rex'
            ' Vale as in tears as he told him "I didn\'t do this," denying the charges made against him.',
            ["Mike Brand", "Rex Vale"],
            id="a participle's words after a quote ('denying the charges') name no speaker",
        ),
        pytest.param(
            "People fled in panic. Baza, a news outlet with good contacts in Velmish security and law enforcement,"
            " said 28 bodies were found in a toilet. “Many mothers were found embracing their children,” it said.",
            ["Baza"],
            id="'X, a news outlet with …, said' … 'it said': X, the name the description is of",
        ),
        pytest.param(
            "The Daesh terror group said on Telegram that the attack was “carried out by four of its fighters armed"
            " with guns,” as part of its war.",
            ["Islamic State"],
            id="'the Daesh terror group said': the organisation named, not the description's words",
        ),
        pytest.param(
            "Ms Mara Ostin resigns at just 42.\n\nDuring her press conference she admitted, “I didn’t expect to be"
            " prime minister”.",
            ["Mara Ostin"],
            id="'During her press conference she admitted': the pronoun after a phrase of when",
        ),
        pytest.param(
            "'Not enough in the tank': Mara Ostin resigns as premier\n\nMara Ostin resigned on Thursday.",
            ["Mara Ostin"],
            id="a headline quote before a colon and a named person's present tense: what that person does",
        ),
        pytest.param(
            "'A true legend of the game': Tom Hale dies at 90\n\nTom Hale died on Thursday.",
            [None],
            id="a headline quote before a named person who dies: a tribute, not the person's words",
        ),
        pytest.param(
            "LONDON (Reuters) - British finance minister Helen Marsh said on Monday - in her first speech since taking"
            ' office - that the economy was "turning a corner at last".',
            ["Helen Marsh"],
            id="a wire story's dash and a spaced hyphen after the verb make no aside of the verb of saying",
        ),
        pytest.param(
            "Coach Peter Lindqvist, whose side won 2 - 1 on Saturday, said the 2023 - 24 season had been"
            ' "a rollercoaster from start to finish".',
            ["Peter Lindqvist"],
            id="a score's and a season's hyphens make no aside",
        ),
        pytest.param(
            'The company\'s founder -- Margaret Okonjo -- said the plant would "never reopen in this town".',
            ["Margaret Okonjo"],
            id="a name between dashes before the verb is the speaker, no aside to cut off",
        ),
        pytest.param(
            'Minutes after the verdict was read, Ann Cole hugged her lawyer, saying "justice was finally done today".',
            ["Ann Cole"],
            id="a participle's subject after a leading clause: the person named, not the clause's first words",
        ),
        pytest.param(
            'A Texas civil rights group said the ruling was "a dark day for voters".',
            ["Texas civil rights group"],
            id="'a Texas civil rights group said': a group of Texas, not Texas",
        ),
        pytest.param(
            'Hollowell, a mining town of 5,000, is slowly dying, residents told Reuters: "There is nothing left here.',
            ["residents"],
            id="a place described in apposition earlier in the sentence is not the verb's subject",
        ),
        pytest.param(
            "If Tom Rowe wins on Sunday, he has promised to make Sam Ortiz his deputy.\n\n"
            '"I have worked for this for twenty years," he said.',
            ["Tom Rowe"],
            id="'If X wins, he has promised to make Y …': 'he' after the clause is X",
        ),
        pytest.param(
            "Buses for Velm\n\nResponding to criticism from Ilka Brandt on Monday, Ana Ruiz defended the plan.\n\n"
            'She said the plan was "the best deal the town has had in years".',
            ["Ana Ruiz"],
            id="'Responding to criticism from X, Y defended …⏎She said': a participle's clause names no subject",
        ),
        pytest.param(
            "Band reunites\n\nTalking Heads co-founder Chris Frantz, who toured with guitarist Adrian Belew in 1980,"
            " recalled the tour.\n\n“We were exhausted every night,” he said.",
            ["Chris Frantz"],
            id="'Talking Heads co-founder X, who …': a name opening the sentence, no participle's clause",
        ),
        pytest.param(
            'Campaign chair Michael Tylerson issued a statement on Thursday.\n\nHe further stated, "But today does not'
            ' change the fact that voters face a simple choice at the ballot box."',
            ["Michael Tylerson"],
            id="'He further stated,': an adverb between the pronoun and its verb",
        ),
        pytest.param(
            'Mayor Tom Reedley spoke on Monday.\n\nHe quietly left the hall and his deputy Ann Lee said: "We will'
            ' carry on with the plan."',
            ["Ann Lee"],
            id="'He quietly left … and his deputy X said': the verb's subject, not the pronoun's",
        ),
        pytest.param(
            'Floods hit Velm.\n\nOne elderly resident said: "We lost everything in an hour."',
            ["elderly resident"],
            id="'One elderly resident said': no pronoun and adverb",
        ),
        pytest.param(
            'Prime Minister Ana Velmont resigned on Thursday.\n\nShe reaffirmed that it was "ultimately her own'
            ' decision" to leave.',
            ["Ana Velmont"],
            id="'She reaffirmed that it was \"…\"': 'reaffirmed' a verb of saying",
        ),
        pytest.param(
            'Velm council met.\n\nTom Fry, reaffirming his support for the mayor, said: "I back her fully."',
            ["Tom Fry"],
            id="'X, reaffirming his support, said': the participle's clause no attribution",
        ),
        pytest.param(
            "Asked about the weather, Work and Pensions Secretary Mel Strade joked: “Too much rain.”",
            ["Mel Strade"],
            id="'joked' is a verb of saying",
        ),
        pytest.param(
            "Prime Minister Rishi Sandak spoke outside Number 10.\n\nIn a seven-minute speech in heavy rain he"
            ' described how he vowed he has "never and will never leave the people of this country alone".',
            ["Rishi Sandak"],
            id="'he described how he vowed': the pronoun after 'how'",
        ),
        pytest.param(
            "The Bishop of Velm, Paul Butler, has apologised.\n\nThe review was led by barrister Sarah Wood, who"
            ' interviewed 40 survivors.\n\nDuring his visit to the cathedral on Sunday he said: "We failed you,'
            ' and I am deeply sorry."',
            [None],
            id="'During his visit … he said': no person the text shows to be a man before it, no speaker",
        ),
        pytest.param(
            "'A national disgrace': Rishi Sandak faces fury over D-Day exit\n\nKier Stane said it was a"
            " national disgrace.",
            [None],
            id="a headline quote before what befalls a named person ('faces fury'): not the person's words",
        ),
        pytest.param(
            '"All of the drones were destroyed before reaching the city," a pro-Kremlin news outlet said.\n\n'
            '"Our fighters took the district," an anti-Taliban armed group said.',
            ["pro-Kremlin news outlet", "anti-Taliban armed group"],
            id="'a pro-Kremlin news outlet', 'an anti-Taliban armed group': not the Kremlin, not the Taliban",
        ),
        pytest.param(
            "Spanish Prime Minister Pedro Sanchez addressed supporters on Sunday.\n\n"
            '"Es una vergüenza" (It is a disgrace), said opposition leader Alberto Nunez Feijoo.',
            ["Alberto Nunez Feijoo"],
            id="a translation in brackets after a quote: the attribution after it",
        ),
        pytest.param(
            'Labour leader Kier Stane said Kemi Badoch\'s jokes were "cheap and tired" on Monday.',
            ["Kier Stane"],
            id="'jokes' as a noun is no verb of saying",
        ),
        pytest.param(
            "Prosecutors said Reed had shown no remorse, but his sister Jane Reed told the BBC he was heartbroken,"
            ' and it was "a tragedy for everyone".',
            ["Jane Reed"],
            id="', and it was' after a verb of its own clause, after a ', but' clause: that verb's subject's",
        ),
        pytest.param(
            "'Sleepy Joe is finished': Joe Biden hits back at Donald Trump\n\nDonald Trump mocked Joe Biden.",
            [None],
            id="a headline quote before a reply ('hits back'): the words replied to, not the replier's",
        ),
        pytest.param(
            'Chancellor Rachel Reeves spoke on Sunday. A wealth tax is "dead in the water" (Reeves told the BBC on'
            " Sunday), yet the party is split.",
            ["Rachel Reeves"],
            id="a bracket after a quote that says who said it is its attribution, no gloss",
        ),
        pytest.param(
            "Velm came under heavy attack for six hours and President Ivan Zelko later addressed the nation, saying:"
            ' "We will answer this attack."',
            ["Ivan Zelko"],
            id="a participle's subject opening the sentence only when it is a person, not a city",
        ),
        pytest.param(
            '"We have never had a Bond like this" (Barbara Broccoli), and the producers agreed.',
            ["Barbara Broccoli"],
            id="a name alone in brackets after a quote is its attribution, no gloss",
        ),
        pytest.param(
            "'We are well rid of him': Lee Andrews quits the party to cheers\n\nHis former colleagues cheered.",
            [None],
            id="a headline quote before 'quits': often the others' words",
        ),
        pytest.param(
            "Former minister Marina Silva backed him. Luiz Inacio Lula da Silva won the run-off.\n\n"
            '"I leave with my conscience clear," Silva told reporters.',
            ["Marina Silva"],
            id="a surname with no particle is the full name without one, though another holds it after its particle",
        ),
    ],
)
def test_speakers(text, expected):
    assert _speakers(text) == expected


def test_a_quote_continued_in_the_next_paragraph_keeps_its_speaker():
    text = 'Mayor Ana Ruiz said: "We lost the school."\n\n"We will rebuild it before the winter comes."'
    assert _speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_attribution_is_near_linear_in_the_text_size():
    paragraph = (
        'Mayor Anna Berg{n} said the river rose fast. "We lost the school and the market {n}," she said. '
        'Judge Tom Reyes{n} ruled. "The truth still matters {n} here," the judge said.\n\n'
    )

    def seconds(n: int) -> float:
        text = "".join(paragraph.format(n=i) for i in range(n))
        article = Article(id="a", path="a.txt", title="", sha256="", text=text)
        index = SentenceIndex(text)
        entities = find_entities(article, index)
        marks = _marks(text)
        started = time.process_time()  # CPU time: other work on the machine does not count
        attribute(text, index, marks, marks, entities)
        return time.process_time() - started

    small, large = min(seconds(500) for _ in range(3)), min(seconds(2000) for _ in range(3))  # best of 3: load spikes
    assert large < 8 * small  # four times the text: quadratic work would take about sixteen times as long


@pytest.mark.parametrize(
    "titled, article, speaker",
    [
        pytest.param(
            "New Zealand captain Kane Velm led the side at Lord's on Sunday.",
            "Ben Stokes' heroics won the final at Lord's on Sunday. Kane Velm spoke after the match.\n\n"
            "\u201cWe are gutted, but proud of the team,\u201d the captain said.",
            "Kane Velm",
            id="'the captain said' after the one another outlet titles captain",
        ),
        pytest.param(
            "Kane Velm, the Pentagon official in charge, spoke on Sunday.",
            "Kane Velm declined to comment on Sunday. An official spoke on condition of anonymity.\n\n"
            "\u201cThe strike hit its target,\u201d the official said.",
            "official",
            id="an everyday role ('the official') is said of many: no one's title",
        ),
        pytest.param(
            "British Prime Minister Kane Velm spoke on Sunday.",
            "Boris Tamsin backed Kane Velm's plan on Sunday.\n\n\u201cIt is the right plan,\u201d the former prime"
            " minister wrote.",
            "former prime minister",
            id="'the former prime minister' is not the one another outlet calls prime minister",
        ),
        pytest.param(
            "'We will appeal,' said Kane Velm, a lawyer for the officer who fired the shots, on Sunday.",
            "Kane Velm spoke to reporters on Sunday.\n\n\u201cI thought he would kill me,\u201d the officer told"
            " investigators.",
            "officer",
            id="'X, a lawyer for the officer': X is no officer",
        ),
        pytest.param(
            "Celtics coach Kane Velm spoke on Sunday.",
            "Jayson Tatum scored 32 points on Sunday. Kane Velm's team led by 25 at halftime.\n\nErik Spoelstra pulled"
            " his starters with five minutes left.\n\n\u201cThat's on me,\u201d the coach said.",
            "coach",
            id="'the coach said' after another coach named: not the one another outlet titles coach",
        ),
    ],
)
def test_a_title_another_outlet_gives_resolves_a_description_to_its_holder(tmp_path, titled, article, speaker):
    """A description the article gives no one is the person named last before it (as no owner) whom another outlet
    of the story titles so, as they title them; an everyday role, a former holder or another named since is none."""
    (tmp_path / "a.txt").write_text(f"Report\n\n{titled}\n")
    (tmp_path / "b.txt").write_text(f"Story\n\n{article}\n")
    quotes = [c.speaker for c in analyze([tmp_path]).candidates if c.kind == "quote" and c.article == "b"]
    assert quotes == [speaker]


def test_an_acronym_before_a_dash_aside_is_no_wire_dateline():
    """ "ICE — the agency in charge of deportations — said …": the agency ICE speaks, not the last agency named before;
    only a place in capitals with its agency in brackets at a line's start opens a wire story."""
    [speaker] = _speakers(
        "The Federal Emergency Management Agency opened two shelters in Velm on Monday.\n\nICE — the agency in charge"
        ' of deportations — said 40 people were detained and called the arrests "routine enforcement of federal law".'
    )
    assert speaker is not None and speaker.startswith("ICE")


def test_an_agency_right_after_the_verb_is_no_name_an_apposition_describes(tmp_path):
    """ "“…,” told AFP a commander of the rebel group": the agency is who was told, not the speaker "a commander" names."""
    (tmp_path / "a.txt").write_text(
        'Rebels seize town\n\nKHARTOUM (AFP) - Rebels seized the town on Sunday.\n\n"We will not leave this town'
        ' until the army says so," told AFP a commander of the rebel group.\n'
    )
    assert [c.speaker for c in analyze([tmp_path]).candidates if c.kind == "quote"] != ["AFP"]


def test_no_inverted_attribution_where_a_person_named_before_owns_the_quoted_words():
    """ "Nigel Velm's promise to “stop the boats” resonated strongly with older voters, said pollster John Curtice": the
    pollster speaks of Velm's words; the inverted attribution after the quote's sentence does not give them to him."""
    [speaker] = _speakers(
        "Nigel Velm\u2019s promise to \u201cstop the boats\u201d resonated strongly with older voters, said pollster"
        " John Curtice."
    )
    assert speaker != "John Curtice"
