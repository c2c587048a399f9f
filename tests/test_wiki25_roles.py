"""Roles in biographies' chains of clauses (session 24, wiki25), each in Simplified and Traditional (``both_scripts``):
a bare title after a verb of appointment in a clause whose subject the sentence named before is the post of the body
the clause before gave that subject a post in (1950年任华强集团副总经理，1955年升任总经理，1960年出任董事长; 升至, 擢升至 as 升任), or
joined, founded or worked at (加入华强集团，历任总经理、董事长; 创立新亚书院，出任首任院长; 在华强集团工作了二十年，历任…);
a place's title only as a step up from the one held there (副市长，后任市长); an anaphor opening the post (，并长期担任该公司
董事长); 也是/亦是/同时也是 and 是 + body + 的 + title after a comma (王明是北京大学的教授，也是华强集团的董事长); adverbs of
state before a verb there (，同时担任…, ，长期担任…); a verb of saying before a verb of leaving (宣布辞去…, 表明将辞去…的职务:
a past post); an apposition ending in 之一 (华强集团创办人之一); 均为/同为 after a list of people (张伟、李明，均为华强集团
董事); a body's English name in brackets between it and the title (华强集团（Huaqiang Group）董事长张伟); 曾 before 接替 (a past
post) and a reign's years as a date (白冠玉曾于同治年间接替章倬标任兴化府知府一职); 由 + a successor + 接任 after another's
post (…知府一职，同治九年（1870年）由林庆贻接任: 林庆贻's too); 效力于 after a
comma (王伟是篮球运动员，现效力于湖人队); and a person the object of a verb before a comma is no subject of the clause
after it (马英九击败陈水扁，当选台北市长: not 陈水扁's; nor 马英九's, as roles12 decided for 王明会见了李四，其后又出任…).

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts, former_roles, memberships
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a bare title after the clause before's post: the same body's
        ("张伟1950年任华强集团副总经理，1955年升任总经理，1960年出任董事长。", ("张伟", "华强集团", "总经理")),
        ("张伟1950年任华强集团副总经理，1955年升任总经理，1960年出任董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟1950年任北京大学副校长，1955年升任校长。", ("张伟", "北京大学", "校长")),
        ("张伟任北京市副市长，后任市长。", ("张伟", "北京市", "市长")),
        ("王伟在华强集团任总经理，后升任董事长。", ("王伟", "华强集团", "董事长")),
        ("张伟1990年任华强集团副总经理，后升至总经理。", ("张伟", "华强集团", "总经理")),
        # after joining, founding or working at a body: a list of bare titles, an ordinal, 至今
        ("张伟毕业于北京大学，1990年加入华强集团，历任总经理、董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟1990年加入华强集团，先后担任总经理、副董事长、董事长。", ("张伟", "华强集团", "副董事长")),
        ("钱穆创办新亚书院，并出任首任院长。", ("钱穆", "新亚书院", "院长")),
        ("王伟创办华强集团，任董事长至今。", ("王伟", "华强集团", "董事长")),
        ("张伟在华强集团工作了二十年，历任总经理、董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟长期在华强集团任职，曾任总经理、董事长。", ("张伟", "华强集团", "总经理")),
        # an anaphor opening the post: the body it stands for
        ("张伟是华强集团的创办人，并长期担任该公司董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟为清华大学校友，后任该校校长。", ("张伟", "清华大学", "校长")),
        # 是 after a comma, an adverb of state maybe before it, the body and 的 before the title
        ("张伟是北京大学的教授，也是华强集团的董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟是北京大学教授，亦是华强集团董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟是北京大学教授，同时也是华强集团董事长。", ("张伟", "华强集团", "董事长")),
        ("张伟出生于北京，是华强集团的创办人。", ("张伟", "华强集团", "创办人")),
        ("张伟生于北京，毕业于北京大学，是华强集团创办人之一。", ("张伟", "华强集团", "创办人")),
        # an adverb of state before a verb of appointment after a comma
        ("王伟任华强集团总经理，同时担任北京大学教授。", ("王伟", "北京大学", "教授")),
        # saying, then leaving a post
        ("张伟宣布辞去华强集团董事长职务。", ("张伟", "华强集团", "董事长")),
        ("裴林表明将辞去阿拉斯加州州长的职务，26日正式辞职。", ("裴林", "阿拉斯加州", "州长")),
        # an apposition ending in 之一
        ("张伟，美国企业家，华强集团创办人之一。", ("张伟", "华强集团", "创办人")),
        # 均为 after a list of people, a comma maybe between
        ("张伟、李明、王芳均为华强集团董事。", ("李明", "华强集团", "董事")),
        ("张伟、李明、王芳，均为华强集团董事。", ("张伟", "华强集团", "董事")),
        ("张伟与李明同为华强集团的创办人。", ("张伟", "华强集团", "创办人")),
        # 曾 before a verb of succeeding; a reign's years as the date
        ("白冠玉曾接替章倬标任兴化府知府一职。", ("白冠玉", "兴化府", "知府")),
        ("白冠玉曾于同治年间接替章倬标任兴化府知府一职。", ("白冠玉", "兴化府", "知府")),
        ("白冠玉于同治年间任兴化府知府。", ("白冠玉", "兴化府", "知府")),
        # 由 + a successor + 接任/继任 after another's post: the same post
        ("白冠玉曾于同治年间接替章倬标任兴化府知府一职，同治九年（1870年）由林庆贻接任。", ("林庆贻", "兴化府", "知府")),
        ("张伟曾任华强集团董事长，2005年由李明接任。", ("李明", "华强集团", "董事长")),
        ("张伟曾任华强集团董事长，后由李明继任。", ("李明", "华强集团", "董事长")),
        # a body's English name in brackets before the title
        ("华强集团（Huaqiang Group）董事长张伟表示，公司将扩大投资。", ("张伟", "华强集团", "董事长")),
        ("华强集团（英语：Huaqiang Group）的董事长张伟表示，公司将扩大投资。", ("张伟", "华强集团", "董事长")),
    ]),
)
def test_biography_chains(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, unexpected",
    both_scripts([
        # a place's title other than a step up from the one held; a government's post for a company
        ("王伟曾任北京市市长，后任总理。", ("王伟", "北京市", "总理")),
        ("王伟曾任华强集团董事长，后任市长。", ("王伟", "华强集团", "市长")),
        ("王伟曾任华强集团董事长，后任总理。", ("王伟", "华强集团", "总理")),
        # 由 + a person + another verb: no succession
        ("张伟任华强集团董事长，由李明推荐。", ("李明", "华强集团", "董事长")),
        ("张伟任华强集团董事长，由李明接任总经理。", ("李明", "华强集团", "董事长")),
        # the one succeeded holds nothing
        ("白冠玉曾接替章倬标任兴化府知府一职。", ("章倬标", "兴化府", "知府")),
        # the clause before is another person's post: not his body
        ("王伟任华强集团总经理，其妻任董事长。", ("王伟", "华强集团", "董事长")),
        # the object of the clause before holds nothing
        ("1998年台北市长选举，马英九击败陈水扁，当选台北市长。", ("陈水扁", "台北市", "市长")),
        ("王伟见到了李明，也是华强集团的董事长。", ("李明", "华强集团", "董事长")),
        # 是 after a comma with nothing but a description: no post
        ("王伟是华强集团的董事，也是北京大学校友。", ("王伟", "北京大学", "校友")),
        # a speaker's word about someone else's leaving; saying one takes a post is no post
        ("王伟表示，李明将辞去华强集团董事长一职。", ("王伟", "华强集团", "董事长")),
        ("王伟决定出任华强集团董事长。", ("王伟", "华强集团", "董事长")),
    ]),
)
def test_no_biography_chain(pipeline, text, unexpected):
    assert unexpected not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, key, former",
    both_scripts([
        ("张伟宣布辞去华强集团董事长职务。", ("张伟", "董事长"), True),
        ("张伟毕业于北京大学，1990年加入华强集团，历任总经理、董事长。", ("张伟", "董事长"), True),
        ("张伟1950年任北京大学副校长，1955年升任校长。", ("张伟", "校长"), False),
        ("白冠玉曾接替章倬标任兴化府知府一职。", ("白冠玉", "知府"), True),
    ]),
)
def test_former_in_chains(pipeline, text, key, former):
    assert former_roles(pipeline, text).get(key) is former


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("王伟是篮球运动员，现效力于湖人队。", ("王伟", "湖人")),
        ("王伟是篮球运动员，曾效力于湖人队。", ("王伟", "湖人")),
    ]),
)
def test_plays_for_after_comma(pipeline, text, expected):
    assert expected in [m[:2] for m in memberships(pipeline, text)]


@pytest.mark.parametrize("text", both_scripts([
    "张伟的排名升至第三。",
    "张伟说，股价升至十元。",
]))
def test_no_post_risen_to(pipeline, text):
    assert roles(pipeline, text) == []


@pytest.mark.parametrize("text", both_scripts([
    "王伟表示，效力于湖人队的球员都很优秀。",
    "李明见到王伟，效力于湖人队。",
]))
def test_no_plays_for_after_comma(pipeline, text):
    assert not any(m[1].startswith("湖人") for m in memberships(pipeline, text))
