"""A team's coaches and staff (session 62, sports308, issue 11).

* **A squad is no body** (``roles_squads``): a coach's post of 一军/二军 (担任一军打击教练, 原二军总教练) is the post of the
  team the document names nearest before it, else first after; with no team named, nothing.
* **A coach's bare title takes the one team its sentence names** (``roles_team_staff``): 总教练X, 由X担任总教练,
  首席教练由X接任 — the one team the sentence names before the title, else the one the sentence before names, else the
  one the document names; two teams there (a match), or a place before the title in a sentence naming no team (a club
  by its city no extractor read), give nothing. 原/前/时任 before the title mark it past.
* **A listed team naming itself is its sport's sign** (``extract.teams``): 味全龙 is read in a story whose other teams
  (富邦悍将, 台钢雄鹰) name themselves, with no word of baseball.
* **Words of praise and leagues name no player's team** (``members_teams``): 韩职传奇球星X is no member of 传奇 or 韩职.
* **A national side written short is the side named in full** (``roles_squads.settle_team_posts``): 中国女篮主教练 and
  中国国家女子篮球队主教练 are one post of one side.

The passages are written for these tests, names invented; each group has negatives.
"""

import pytest
from helpers import both_scripts, role_posts


def _posts(pipeline, text):
    return {(p, h, t) for p, h, t, _ in role_posts(pipeline, text)}


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("统一狮球团今天公布新球季教练团阵容。为强化打线，球团延揽王立德担任一军打击教练。",
         ("王立德", "统一狮", "打击教练")),
        ("台钢雄鹰首席教练是原二军总教练陈志远，两人再次搭档。", ("陈志远", "台钢雄鹰", "总教练")),
    ]),
)
def test_a_squads_post_is_the_teams(pipeline, text, expected):
    posts = _posts(pipeline, text)
    person, team, title = expected
    assert any(p == person and h.startswith(team) and t.endswith(title) for p, h, t in posts), posts
    assert not any(h in ("一军", "二军") for _, h, _ in posts)


@pytest.mark.parametrize("text", both_scripts([
    "新球季即将开始，王立德担任一军打击教练。",  # no team named: no body
]))
def test_a_squads_post_with_no_team_is_no_ones(pipeline, text):
    assert not any(h in ("一军", "二军") for _, h, _ in _posts(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("统一狮球团今天公布新球季教练团，总教练陈志远续任，首席教练由黄建明接任。",
         {("陈志远", "总教练"), ("黄建明", "首席教练")}),
        ("台钢雄鹰球团今日宣布，新球季由林大伟担任总教练，原投手教练吴志豪升任首席教练。",
         {("林大伟", "总教练"), ("吴志豪", "首席教练"), ("吴志豪", "投手教练")}),
        ("高雄钢铁人队公布新球季阵容。在记者会上，新教练张建国表示会全力以赴。", {("张建国", "教练")}),
        ("富邦勇士球团昨天宣布，延揽周志伟担任助理教练。", {("周志伟", "助理教练")}),
        ("湖人队昨天输球。主教练王大明赛后表示不满。", {("王大明", "主教练")}),  # the sentence before's one team
        ("统一狮球团今天公布教练团阵容。球团延揽王立德与陈建宏担任一军打击教练。",
         {("王立德", "一军打击教练"), ("陈建宏", "打击教练")}),  # two people sharing the verb
        ("富邦悍将今年战绩不佳；狮队阵中和总教练林志平合作多年的李建国转任首席教练。", {("林志平", "总教练")}),
    ]),
)
def test_a_coachs_bare_title_takes_the_team_named_before(pipeline, text, expected):
    posts = _posts(pipeline, text)
    for person, title in expected:
        assert any(p == person and t == title for p, _, t in posts), posts


def test_a_past_word_before_the_title_marks_it_past(pipeline):
    posts = role_posts(pipeline, "台钢雄鹰球团今日宣布，原投手教练吴志豪升任首席教练。")
    assert ("吴志豪", "台钢雄鹰", "投手教练", True) in posts
    assert ("吴志豪", "台钢雄鹰", "首席教练", False) in posts
    posts = role_posts(pipeline, "统一狮球团今天宣布换帅。去年辅佐哥哥王志明的前首席教练王志强确定离开。")
    assert ("王志强", "统一狮球团", "首席教练", True) in posts, posts  # a person before 的 is no body


@pytest.mark.parametrize("text, person", both_scripts([
    ("富邦悍将昨晚以五比三击败味全龙，总教练王志明赛后表示满意。", "王志明"),  # two teams: whose coach is not said
    ("华强公司举办运动会，健身教练王明担任裁判。", "王明"),  # no team at all
    ("湖人队今年战绩不佳。排名第二的是犹他主帅王志明。", "王志明"),  # a place right before the title: its coach
    ("湖人队今年战绩不佳。杜克的教头王志明也来观战。", "王志明"),  # a name before 的 and the title: another body's
]))
def test_a_coachs_title_with_no_one_team_gives_nothing(pipeline, text, person):
    assert not [p for p in role_posts(pipeline, text) if p[0] == person and p[2].endswith("教练")]


@pytest.mark.parametrize("text", both_scripts([
    "职棒新球季即将开打，富邦悍将由王大明接任总教练。味全龙重新成军以来都由叶志明担任总教练。",
]))
def test_a_listed_team_beside_teams_naming_themselves_is_read(pipeline, text):
    posts = _posts(pipeline, text)
    assert ("叶志明", "味全龙", "总教练") in posts, posts


@pytest.mark.parametrize("text", both_scripts([
    "此外，球团邀请韩职传奇球星朴志勋担任客座打击教练。",
]))
def test_praise_and_leagues_name_no_players_team(pipeline, text):
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    assert not [r for r in ex.relations if r.kind.value == "MEMBER_OF" and names[r.target] in ("传奇", "韩职")]


@pytest.mark.parametrize("text, holders", both_scripts([
    ("篮协今天宣布，聘任王立明为中国国家女子篮球队主教练。王立明出任中国女篮主教练后表示压力很大。",
     {"中国国家女子篮球队"}),
    ("篮协今天宣布，王立明出任中国女篮主教练。", {"中国女篮"}),  # no full name written: the short one holds it
]))
def test_a_national_side_written_short_is_the_side_named_in_full(pipeline, text, holders):
    assert {h for p, h, t in _posts(pipeline, text) if p == "王立明" and t == "主教练"} == holders
