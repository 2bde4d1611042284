"""Issue 12, error class 5: quotes of one statement, one a part of another outlet's longer quote, are one
statement that agrees (`truncated`); a changed word inside is `altered` and conflicts; a quote opened with
a wrong-way curly mark is still a quote. Also: a quote's value is its wording, its comparison form `key`.
The articles are made up for these tests."""

from __future__ import annotations

import json

import pytest

from workbench.pipeline import analyze
from workbench.store import Store

FULL = (
    "Mayor Ana Ruiz spoke at the town hall on Monday.\n\n"
    '"We will not leave anyone behind. Every family will have a roof by winter," Ruiz said.\n'
)
CUT_OPENING = 'The mayor was firm.\n\n"Every family will have a roof by winter," Ana Ruiz said on Monday.\n'
CUT_ENDING = 'Ana Ruiz made a promise.\n\n"We will not leave anyone behind," Ruiz told reporters at the town hall.\n'
CHANGED = 'Ana Ruiz spoke on Monday.\n\n"Every family will have a roof by spring," Ruiz said.\n'
WRONG_WAY = "Ana Ruiz spoke on Monday.\n\nRuiz said ”Every family will have a roof by winter” to the crowd.\n"


def _analyze(tmp_path, **texts: str):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return analyze([tmp_path])


def _quote_clusters(analysis):
    by_id = {c.id: c for c in analysis.candidates}
    return [(cl, [by_id[m] for m in cl.members]) for cl in analysis.clusters if cl.kind == "quote"]


def test_parts_of_one_quote_are_one_statement_that_agrees(tmp_path):
    analysis = _analyze(tmp_path, full=FULL, opening=CUT_OPENING, ending=CUT_ENDING)
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "agree"
    assert {m.article: m.variant for m in members} == {
        "full": "verbatim",
        "opening": "truncated",
        "ending": "truncated",
    }


def test_a_changed_word_inside_a_quote_is_altered_and_conflicts(tmp_path):
    analysis = _analyze(tmp_path, full=FULL, opening=CUT_OPENING, changed=CHANGED)
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "conflict"
    assert {m.article: m.variant for m in members}["changed"] == "altered"


def test_a_quote_opened_with_a_wrong_way_curly_mark_is_a_quote(tmp_path):
    analysis = _analyze(tmp_path, opening=CUT_OPENING, wrong=WRONG_WAY)
    quotes = [c for c in analysis.candidates if c.kind == "quote" and c.article == "wrong"]
    assert [q.text for q in quotes] == ["”Every family will have a roof by winter”"]
    [(cluster, _)] = _quote_clusters(analysis)
    assert cluster.status == "agree"


def test_quotes_sharing_a_long_run_of_words_are_one_statement_however_each_opens(tmp_path):
    """ "charging them with organised theft, which carries a 15-year prison sentence" and "with a view to being
    charged with organised theft, which carries a 15-year prison sentence, and conspiracy" are one statement
    quoted differently: one cluster, in conflict (its opening was changed)."""
    analysis = _analyze(
        tmp_path,
        a='Prosecutor Ana Ruiz spoke.\n\nThe men face "charging them with organised theft, which carries a 15-year'
        ' prison sentence", Ruiz said.\n',
        b='Ana Ruiz spoke on Monday.\n\nThey will be held "with a view to being charged with organised theft, which'
        ' carries a 15-year prison sentence, and conspiracy", Ruiz said.\n',
    )
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "conflict" and {m.article for m in members} == {"a", "b"}


def test_a_short_quote_less_its_article_is_a_part_of_it(tmp_path):
    """ "a motion to vacate" and "motion to vacate" in quote marks are one term, quoted with and without its
    article: truncated, and they agree."""
    analysis = _analyze(
        tmp_path,
        a='Ana Ruiz spoke.\n\nThe rules allow "a motion to vacate" the chair, Ruiz said on Monday.\n',
        b='Ana Ruiz spoke.\n\nA "motion to vacate" the chair was filed on Monday, Ruiz said.\n',
    )
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "agree"
    assert {m.article: m.variant for m in members} == {"a": "verbatim", "b": "truncated"}


def test_a_quote_running_two_remarks_together_is_one_statement_with_every_part_quoted_apart(tmp_path):
    """Each part of another outlet's longer quote is that statement (issue 12, class 5), even where other
    articles quote the parts apart: one cluster, and it agrees."""
    one = '"We never asked for this flood. We only asked for a wall," Ana Ruiz said.\n'
    two = '"We never asked for this flood," Ana Ruiz said.\n\nLater she added: "We only asked for a wall."\n'
    three = '"We never asked for this flood," Ruiz said.\n\nShe added: "We only asked for a wall."\n'
    analysis = _analyze(tmp_path, one=one, two=two, three=three)
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "agree" and len(members) == 5


def test_one_outlet_breaking_a_quote_in_two_pieces_does_not_make_two_statements(tmp_path):
    """Two outlets quote a statement whole; a third breaks it around its attribution. One statement
    (the pieces are quoted apart by that one article only), and it agrees."""
    whole = '"We never asked for this flood. We only asked for a wall," Ana Ruiz said.\n'
    pieces = '"We never asked for this flood," Ana Ruiz said.\n\nShe added: "We only asked for a wall."\n'
    analysis = _analyze(tmp_path, one=whole, two=whole.replace("said", "told reporters"), three=pieces)
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "agree" and len(members) == 4


def test_a_phrase_of_three_words_from_another_speaker_is_another_statement(tmp_path):
    """ "unacceptable security risk" in one senator's mouth and inside another man's denial are two statements."""
    analysis = _analyze(
        tmp_path,
        a='Senator Ana Ruiz spoke on Monday.\n\nRuiz called the new data law an "unacceptable security risk" for voters.\n',
        b='Tom Velm spoke on Monday.\n\n"Nobody serious thinks this is an unacceptable security risk for anyone," Velm said.\n',
    )
    assert _quote_clusters(analysis) == []


def test_a_quote_value_is_its_wording_and_key_its_comparison_form(tmp_path):
    analysis = _analyze(tmp_path, full=FULL, opening=CUT_OPENING, ending=CUT_ENDING)
    quote = next(c for c in analysis.candidates if c.kind == "quote" and c.article == "opening")
    assert quote.value == "Every family will have a roof by winter"
    assert quote.key == "every family will have a roof by winter"
    assert quote.attributed_to == quote.speaker == "Ana Ruiz"
    document = analysis.to_json()
    assert document["contract"] >= 2
    assert {"key", "attributed_to"} <= set(document["candidates"][0])
    [cluster] = [c for c in document["clusters"] if c["kind"] == "quote"]
    assert cluster["origins"] == ["Ana Ruiz"]


def test_an_accepted_quote_cluster_claims_its_most_common_wording(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    analysis = _analyze(corpus, full=FULL, opening=CUT_OPENING, ending=CUT_ENDING)
    [(cluster, _)] = _quote_clusters(analysis)
    with Store.open(tmp_path / "review.sqlite", analyst="ann") as store:
        store.ingest(analysis)
        store.accept_cluster(cluster.id)
        [claim] = [c for c in store.claims() if c.kind == "quote"]
        stored = [c for c in store.candidates() if c.kind == "quote"]
    assert claim.value == "We will not leave anyone behind. Every family will have a roof by winter"
    assert all(c.key and json.dumps(c.key) for c in stored)


def test_contractions_numbers_in_words_and_spelling_variants_are_minor(tmp_path):
    """ "There's" / "There is", "4%" / "four percent", "towards" / "toward", "an" / "a": one wording, written two
    ways (minor, agrees); another number is another wording (altered, conflicts)."""
    said = 'Ana Ruiz spoke on Monday.\n\n"{}," Ruiz said.\n'
    analysis = _analyze(
        tmp_path,
        a=said.format("There's no hope left, and 4% of the town walked towards the hills, an incredibly sad sight"),
        b=said.format(
            "There is no hope left, and four percent of the town walked toward the hills, a incredibly sad sight"
        ),
    )
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "agree"
    assert sorted(m.variant for m in members) == ["minor", "verbatim"]
    (tmp_path / "other").mkdir()
    other = _analyze(
        tmp_path / "other",
        a=said.format("There's no hope left, and 4% of the town walked towards the hills"),
        b=said.format("There is no hope left, and five percent of the town walked toward the hills"),
    )
    [(cluster, _)] = _quote_clusters(other)
    assert cluster.status == "conflict"


def test_a_short_quote_with_a_word_dropped_inside_is_the_longer_quote_altered(tmp_path):
    """ "no connection with any Velm entity" gives, in order, every word of "there is no current connection with
    any Velm entity" but one: the same statement, altered; a quote of other words in another order is not."""
    analysis = _analyze(
        tmp_path,
        a='The owners spoke.\n\nReports quote the owners as saying "there is no current connection with any Velm entity."\n',
        b='The owners spoke.\n\nThe vessel had "no connection with any Velm entity", the owners said.\n',
        c='The owners spoke.\n\n"Any entity in Velm has no link with us," the owners said.\n',
    )
    [(cluster, members)] = _quote_clusters(analysis)
    assert sorted(m.article for m in members) == ["a", "b"] and cluster.status == "conflict"


@pytest.mark.parametrize(
    "longer, shorter",
    [
        (
            "What started at three plants at midnight has become a national movement. We won things nobody thought"
            " possible. Since the strike began, the company put 50% more on the table,",
            "We won things no one thought possible,",
        ),
        (
            "It's ended already for the jury because they've concluded that you continued to lie,",
            "It's already ended for the jury,",
        ),
    ],
    ids=["a word told otherwise", "its words side by side in another order"],
)
def test_a_short_quote_with_a_word_changed_inside_is_the_longer_quote_altered(tmp_path, longer, shorter):
    """ "We won things no one thought possible" is a part of "… has become a national movement. We won things nobody
    thought possible. Since the strike began, …" with one word told otherwise, and "It's already ended for the jury" one
    of "It's ended already for the jury because …" with its words reordered: the same statement, altered."""
    analysis = _analyze(
        tmp_path,
        a=f"Union chief Ann Lee spoke.\n\n\u201c{longer}\u201d Lee said.\n",
        b=f"Union chief Ann Lee spoke.\n\n\u201c{shorter}\u201d Lee said.\n",
    )
    [(cluster, members)] = _quote_clusters(analysis)
    assert sorted(m.article for m in members) == ["a", "b"] and cluster.status == "conflict"


def test_two_statements_alike_or_two_speakers_lines_alike_are_not_one_quote_altered(tmp_path):
    """The second review's: one speaker's two sentences of one frame ("We expect sales to recover next year", "We
    expect costs to fall next year"), and two officials' stock lines ("It is a sad day for Mayfield", "This is a sad day
    for Kentucky …")."""
    analysis = _analyze(
        tmp_path,
        a='Ann Lee spoke.\n\n"We expect sales to recover next year," Lee told analysts.\n\n'
        '"It is a sad day for Mayfield," Mayor Bo Li said.\n',
        b='Ann Lee spoke.\n\n"The layoffs are painful. We expect costs to fall next year, and we will hire again," '
        'Lee said.\n\nGovernor Cy Day said: "This is a sad day for Kentucky and for every family in it."\n',
    )
    assert _quote_clusters(analysis) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Chief Ana Ruiz spoke on Friday.\n\n“Due to the sound of gunfire, the officers were able to find the floor."
            " They immediately engaged with the suspect, and I can tell you that it was a long gunbattle,” Ruiz said.\n",
            "Chief Ana Ruiz spoke on Friday.\n\n“They immediately engaged with the suspect, and I can tell you that it"
            " was a long gun battle between those four officers and that suspect,” Ruiz said.\n",
            id="a word written as two",
        ),
        pytest.param(
            "Chief Ana Ruiz spoke on Friday.\n\nRuiz said: “The merger realizes the value of our company today. It"
            " also benefits the region, ensuring a steady supply of parts to our customers with innova",
            'Chief Ana Ruiz spoke on Friday.\n\nThe deal is "ensuring a steady supply of parts to our customers with'
            ' innovative designs that meet their goals," Ruiz said.\n',
            id="a page cut mid-word",
        ),
    ],
)
def test_two_cuts_of_one_statement_overlapping_agree(tmp_path, a, b):
    """One outlet quotes a statement from its start, another from its middle on to its end: two cuts of one
    statement, overlapping, so both are truncated and the cluster agrees, though one outlet writes a word as two
    ("a long gunbattle", "a long gun battle") or its page stops the quote inside a word ("… with innova")."""
    analysis = _analyze(tmp_path, a=a, b=b)
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "agree", {m.article: m.variant for m in members}


def test_one_quote_spanning_two_pieces_another_outlet_quotes_apart_agrees(tmp_path):
    """One outlet quotes the end of a remark and the start of the next as one quote; another quotes the two remarks
    apart, each in full. Each cut overlaps the other's pieces by a short run (eight words): one statement, agreeing."""
    analysis = _analyze(
        tmp_path,
        a='Coach Ana Ruiz spoke after the final.\n\n"I want to tell the people of Velm, thank you so much. This team'
        ' just shows what you can do," Ruiz said.\n',
        b="Coach Ana Ruiz spoke after the final.\n\n“Our town goes through such a lot. We are just grateful that we"
        " can be here. I want to tell the people of Velm, thank you so much,” Ruiz said.\n\n“This team just shows"
        " what you can do. As soon as we work together, all is possible, no matter in what sphere or field,” she"
        " added.\n",
    )
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "agree" and len(members) == 3, {m.article: m.variant for m in members}


def test_two_pieces_of_one_telling_sharing_a_phrase_do_not_conflict(tmp_path):
    """One outlet quotes a statement in two pieces that share a phrase ("I will always"); another quotes both pieces
    in one run. Each piece is a part of that telling, so the phrase they share makes neither an altered wording of
    the other."""
    whole = (
        "Ana Ruiz spoke on Sunday.\n\n“As mayor I will always accept responsibility for the decisions I have taken."
        " But I do want residents to know that I will always be ambitious for our town,” Ruiz said.\n"
    )
    pieces = (
        'Ana Ruiz spoke on Sunday.\n\n"As mayor, I will always accept responsibility for the decisions I have'
        ' taken," Ruiz said.\n\n"But I do want residents to know that I will always be ambitious for our town.'
        ' I will always be hopeful for what we can do together," she added.\n'
    )
    analysis = _analyze(tmp_path, whole=whole, pieces=pieces)
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "agree" and len(members) == 3, {m.article: m.variant for m in members}


def test_two_cuts_as_long_as_each_other_sharing_a_long_run_are_one_statement(tmp_path):
    """ "That was surely the finest thing I have ever seen" and "surely the finest thing I have ever seen. Truly
    ever": two cuts of one remark, each ten words, sharing eight word for word. Neither is longer, yet they are
    one statement, and it agrees."""
    analysis = _analyze(
        tmp_path,
        a='Ana Ruiz watched the launch.\n\n"That was surely the finest thing I have ever seen," Ruiz said.\n',
        b="Ana Ruiz watched the launch.\n\nThe landing was “surely the finest thing I have ever seen. Truly ever,”"
        " Ruiz said.\n",
    )
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "agree" and len(members) == 2, {m.article: m.variant for m in members}


def test_a_whole_word_ending_a_quote_is_no_cut_of_a_longer_word(tmp_path):
    """ "… save the children in the school." ends on a whole word: "… the children in the schoolyard, nor …" goes on
    to other words, no cut of it (only a quote a page stops short, with no closing mark, ends inside a word)."""
    said = 'Mayor Ana Ruiz spoke.\n\n"{}," Ruiz said.\n'
    analysis = _analyze(
        tmp_path,
        a=said.format("The water rose too fast and we could not save the children in the school"),
        b=said.format("The water rose too fast and we could not save the children in the school"),
        c=said.format("We could not save the children in the schoolyard, nor the teachers who stayed with them"),
    )
    variants = {m.article: m.variant for _, members in _quote_clusters(analysis) for m in members}
    assert variants.get("c") != "truncated", variants


def test_one_speakers_statement_in_other_words_is_one_statement_that_conflicts(tmp_path):
    """Two outlets' translations of one named speaker's words ("We cannot have long-term sustainable growth with high
    inflation", "High inflation makes long-term sustainable growth impossible") are one statement, a paraphrase; the
    same speaker's other remark sharing a few words is another statement."""
    analysis = _analyze(
        tmp_path,
        a="Chancellor Tom Hale spoke on Monday.\n\n"
        '"We cannot have long-term sustainable growth with high inflation. Tomorrow I will present a plan to reduce '
        'debt," Hale said.\n',
        b="Chancellor Tom Hale spoke on Monday.\n\n"
        '"High inflation makes long-term sustainable growth impossible. Tomorrow, we will lay out a plan to reduce '
        'debt," Hale said.\n\n"Growth will not come back while high inflation lasts for another year," Hale added.\n',
    )
    [(cluster, members)] = _quote_clusters(analysis)
    assert cluster.status == "conflict"
    assert len(members) == 2 and not any("another year" in m.text for m in members)


def test_one_speakers_two_parallel_statements_quoted_by_both_outlets_are_two_statements(tmp_path):
    """ "to raise interest rates if inflation stays high" and "to cut interest rates if growth stalls", both quoted by
    both outlets: two statements that each agree, no paraphrase of one another."""
    raise_ = '"We will not hesitate to raise interest rates if inflation stays high," Hartmann said.'
    cut = '"We will not hesitate to cut interest rates if growth stalls," Hartmann said.'
    analysis = _analyze(
        tmp_path,
        a=f"Governor Eva Hartmann spoke on Monday.\n\n{raise_}\n\n{cut}\n",
        b=f"Governor Eva Hartmann spoke in Velm on Monday.\n\n{cut}\n\n{raise_}\n",
    )
    clusters = _quote_clusters(analysis)
    assert len(clusters) == 2 and all(cluster.status == "agree" for cluster, _ in clusters)


def test_one_speakers_parallel_lines_quoted_one_by_each_outlet_are_two_statements(tmp_path):
    """ "The situation in the north of the country is very serious" and "… in the south of the country is under
    control": parallel lines that open alike and part on the words that matter, no paraphrase of one statement."""
    analysis = _analyze(
        tmp_path,
        a='Minister Amina Yusuf spoke on Monday.\n\n"The situation in the north of the country is very serious," Yusuf'
        " said.\n",
        b='Minister Amina Yusuf spoke in Velm on Monday.\n\n"The situation in the south of the country is under control,"'
        " Yusuf said.\n",
    )
    assert _quote_clusters(analysis) == []


def test_a_quote_with_two_names_swapped_is_another_statement(tmp_path):
    """ "It was Velm that attacked Ostra first" and "… it was Ostra that attacked Velm first": the same words, moved
    further than two side by side, tell the opposite; no part altered."""
    analysis = _analyze(
        tmp_path,
        a='Ann Lee spoke.\n\n"It was Velm that attacked Ostra first," Lee said.\n',
        b='A rally was held.\n\n"The whole world knows it was Ostra that attacked Velm first," read a banner.\n',
    )
    assert _quote_clusters(analysis) == []


@pytest.mark.parametrize(
    "head, a, b, together",
    [
        pytest.param(
            "Mayor Ana Ruiz steps down without 'enough in the tank'\n\nAna Ruiz resigned on Monday.\n",
            "Ana Ruiz resigned on Monday.\n\n“I know what this job takes, and I know that I no longer have enough in the"
            " tank to do it justice,” Ruiz said.\n",
            "Ana Ruiz resigned on Monday.\n\n“I just do not have enough in the tank for another four years of a job"
            " that asks everything of you,” Ruiz told reporters.\n",
            ({"head", "a"}, {"head", "b"}),
            id="a phrase inside two remarks joins the first, never both",
        ),
        pytest.param(
            "Ana Ruiz wins Velm: 'Today begins the end of Velm's long decline'\n\nAna Ruiz won on Sunday.\n",
            "Ana Ruiz won on Sunday.\n\n“Today begins the rebuilding of our town. Today begins the end of Velm's long"
            " decline, and nobody will stop us,” Ruiz said.\n",
            "Ana Ruiz won on Sunday.\n\n“Today begins the end of Velm's long decadence, and from tomorrow we start"
            " rebuilding the whole town,” Ruiz told supporters.\n",
            ({"head", "a", "b"},),
            id="two translations of one passage sharing six words in a row are one statement",
        ),
    ],
)
def test_a_phrase_quoted_inside_two_statements_joins_them_only_where_they_are_one_passage(
    tmp_path, head, a, b, together
):
    """A headline quotes a phrase; two outlets quote it inside a longer remark each. Two remarks stay two statements
    (the phrase joins one of them), unless they share six words in a row ("today begins the end of velms"): one
    passage, translated twice."""
    [(_, members)] = _quote_clusters(_analyze(tmp_path, head=head, a=a, b=b))
    assert {m.article for m in members} in together, [m.text for m in members]
