"""Score role relations (HOLDS_ROLE and MEMBER_OF) against a hand-annotated dev set.

The dev set, ``tests/gold/roles_dev.jsonl``, holds 100 sentences chosen at random (seed 11) among those
with a person, an organisation and a title: 60 from the CLUENER2020 *train* split (Sina news,
Simplified, mainland) and 40 from the Universal NER Chinese *train* split (Chinese Wikipedia,
Traditional as written). Neither text may be committed, so each line names its sentence by
(source, index) and its length, and holds only the annotated triples (person, role, holder) in
Simplified characters: every role a reader would take from the sentence, whether or not zhkg finds it
(97 in all). Even lines are the ``tune`` half, odd lines the ``held`` half, which no rule was fitted to.
Six more held lines (``"topic": "hk_tw"``, 9 roles; 106 in all) are Universal NER train sentences on Hong Kong and
Taiwan offices (厅长, 行政院长, 总教练, 县议员, 省议员…), picked by keyword among those not yet annotated.
Twenty-three more held lines (21 roles; 127 in all) are every Universal NER sentence left, train and *dev*
split, with a Hong Kong or Taiwan place or office, a person and a title (12 roles on Hong Kong and Taiwan
topics), annotated before the pipeline was run on them.
Forty more *tune* lines (``"batch": "r4"``, 51 roles; 178 in all) are Universal NER train sentences with a person and
a title, picked by keyword among those not yet annotated (biographies, offices, companies; 3 on Hong Kong and
Taiwan topics), annotated before any rule was fitted to them; their score is counted again on a line of its own.
Forty more *tune* lines (``"batch": "r5"``, 38 roles in 32 of them; 216 in all) are Universal NER train sentences
with a person and a post, none used before: officials of historic states (太守, 知府, 节度使), military posts (参谋,
保安司令, 将领), Hong Kong offices and outlets, papers, churches, companies; eight name a person with a title and no
holder (国务总理唐绍仪, 港督: as in line 64, no triple) and guard precision. Annotated before any rule was fitted to them.

The news part, ``tests/gold/roles_news.jsonl`` (107 roles, round 6), is 25 THUCNews articles, each a window of one
row of ``corpus/thucnews_1000.tsv`` (read with ``zhkg.evaluate.GoldSources``; the windows of rows another gold file
annotated start where that file's window ends): 15 on Hong Kong, Macau and Taiwan topics read as Traditional (OpenCC
``s2hk`` or ``s2tw``, ``"topic": "hk_tw"``, 53 roles), 3 international ones read as Taiwan text (13 roles) and 7
mainland 时政 articles kept Simplified (41 roles). Every role in the window is annotated, a dateline's byline too
(新华网…电(记者刘洋): 记者 of 新华网), a role held before written ``"former"`` as a fourth item when the text says
前/原/曾; a holder named only in an earlier sentence (…8位副主席 of the 国民党 the sentence before) counts. Halves by
article: within each script the rows in order alternate, Traditional from ``tune``, Simplified from ``held``. Each
news article is also scored in the other script (``--mirror``, the default: a converted article as its Simplified
original, a Simplified one through ``s2tw``), its rows then named "read as …".

Round 8's pool, half ``tune8`` (reported on lines of its own, counted in neither other half), was annotated before
any rule was fitted to it: 28 more Universal NER train sentences (10 roles: kings and emperors, 官至, a minister of a
government; 19 name a title with no holder or an unnamed one, or found a body with a verb (创办, 创立: no role in
this gold until session 15, as in lines 134, 136 and 194; since roles15's founders reader a named founder holds
创始人 or 创办人, added to lines 209 and 232 and to row 608 of tune13's news), and guard precision) and 11 more THUCNews windows (41 roles): 3 international
read as Taiwan text, 4 on Hong Kong and Taiwan topics read as Traditional (entertainment and society pieces with
titles and no holder: the pool of such articles is spent) and 4 mainland ones kept Simplified (fund managers'
careers, a party chain, a byline).

Round 9's pool, half ``tune9`` (on lines of its own as well), was annotated before any rule was fitted to it: 41
more Universal NER train sentences, every one left with a person, a title and the body, place or state it belongs
to (14 sentences, 16 roles: peerages and fiefs given with 封…为 (沛侯刘濞, 汝南王司马亮, 白金汉公爵), dynasties'
and peoples' rulers (埃及第四王朝的第一位法老, 印加君王, 其君长), generals of a state or army (汉朝名将, 明将,
中国人民解放军中将), a castle's lord, a Qing 内阁学士, a school's 主教席) and 27 with a title and no triple (a
pronoun as the holder of the post: 他历任…, 他也是…的董事长; a title with no body: 教宗, 将军, 宰相; a nationality
and a trade: 美国神经外科医生), to guard precision. The Traditional Wikipedia sentences with a role are spent: these
are all that a keyword scan of the 3,997 train sentences found unused.

Round 13's news pool, half ``tune13`` (on lines of its own), was annotated from the text before the pipeline was run
on it: 17 more THUCNews windows none used before (46 roles): 5 international 时政 articles read as Taiwan text (a
summit's speakers, ministers and heads of state, wire bylines), one on Taiwan with no role (a precision check) and 11
mainland ones kept Simplified (fund managers' careers with 原, ministries' 司 officials, associations' 秘书长, a
former 校长, a résumé's 董事长 and 委员). The pool of unannotated rows holds few Hong Kong or Taiwan articles.

Round 13's Wikipedia pool, also half ``tune13`` (on lines of its own; ``--part old`` scores it apart from the news pool), was annotated before the pipeline was run on it, by a fixed
rule: every Universal NER train sentence not used before with a gold PER and one of 130 title or office words
(主席, 成員, 皇帝, 黨員, 擔任, 出任, 當選…; 114 sentences), and every even-index (NER ``tune`` half) Universal NER dev
sentence not used before by the same rule (15). Only 17 of the 129 hold a role (24 triples: members of bands,
teams and parties, a magazine's editor, a movement's leader, a school's heads, an army's commanders, a peerage);
the other 112 name a title with no holder, a pronoun or a person as the holder, and guard precision.

Round 14's news pool, half ``tune14`` (on lines of its own), was annotated from the text before the pipeline was run
on it: 22 more THUCNews windows none used before (财经, 教育, 时政, 娱乐; 26 roles in 18 of them): bylines of outlets
named in the article (北京考试报, 新报, 快报, 红网, 东方网, 人民网; 本报记者 X names no outlet and gives no triple), fund
managers (拟任基金经理), a firm's 首席顾问, 投资总监 and 总裁, a library's 名誉馆长, a minister, a festival's 形象大使, and
four with people and titles but no holder (a film's 导演 and 监制, 一家合资基金公司的基金经理) to guard precision. Four
are read as Taiwan text (``s2tw``). The pool held few roles: every role in it is annotated.

Round 14's Wikipedia pool, half ``tune14w`` (on lines of its own; ``--part old`` scores it), was annotated before
the pipeline was run on it, by a fixed rule: every Universal NER train sentence not used by any gold file with a gold
PER and a title character or verb (长 王 帝 将 官 使 相 令 守 员 师 监 侯 公 任 为; 425 sentences). Only 21 of them hold
a role (22 triples: kings and dukes of historic states named with their fief (楚王负刍, 吴王夷昧, 封…为齐王, 袭封襄王,
封鲁国公, 酒泉公), a rebel kingdom's 干王 and 天王, a state's 名将, an heir (纳瓦拉王储), an army's 中校 and 上校, a
mission's 传教士, a station's 艺员, a firm's 所有者 and 大股东, a team's 队员, a warlord clique's 首领); the other 404
name a person with no post, a title with no holder or a pronoun as the holder (他亦为…承天府尹, 该公署…特派员),
and guard precision. The train split's role sentences are spent: no unused sentence with a person and a role is left.

Round 18's Wikipedia pool, halves ``tune18w`` (43 sentences) and ``held18w`` (37), split by a seeded coin (1818)
before annotation: the nine unused Universal NER train sentences with a gold PER and a ``roles.tsv`` or ``members.tsv``
word, the even-index *dev* sentences with such a word (odd dev sentences are the NER ``:held`` half), and train
sentences with a role word but no gold PER (seed 18) up to 80. One role in all (in ``tune18w``): the pool checks
precision. ``--errors`` never prints a half whose name starts with ``held``.

Round 31's pool, batch ``r31`` of the ``tune`` half (its score on a line of its own), was annotated before the pipeline
was run on it. 46 Universal NER train sentences none of this file's rows used before (by index), each with a gold PER
and a title or a trade: 10 hold a role (12 triples: footballers and badminton players joining clubs and national
squads (效力, 转投, 改投, 加盟, 入选), a coach, a fictional sect's former 帮主) and 36 name a person with a trade, a rank
or a title and no holder (美国天文学家, 清朝政治人物, 教宗, 驸马都尉, 爆炸案主犯) to guard precision: Wikipedia's role
sentences are spent, so this half of the pool is mostly a precision check. And 50 invented Hong Kong and Taiwan news
sentences (``"source": "invented"``, the text in the row, ``"topic": "hk_tw"``; 54 triples) with the forms that press
uses: 立委 before and after the name, a party's legislator (also 党员 of the party), 市议员, 县议员, 区议员, 议长,
市长, 县长, 乡长, 里长, 院长, 部长, 次长, 主任委员, 局长, 副局长, 署长, 处长, 司长, 特首, 主席, 发言人, 总干事,
总教练, 董事长, 行政总裁, 校长, 前 and 原 for a post held before, and five sentences with titles and no holder or no
name. They are written for this file, so they may be read and fitted freely; the held rows stay the test.

Round 32's pool, batch ``r32`` of the ``tune`` half (its score on a line of its own, and apart by kind of text on a
``batch r32, …`` line), is 70 invented sentences in the style of Chinese Wikipedia's biographies, Traditional
(``"source": "invented"``, ``"style": "wikipedia"``, the text in the row; 76 triples), annotated before zhkg was run
on them: the verbs and frames of a career (曾任, 历任A、B及C, 出任, 担任, 当选为, 获委任为, 官至, 升任, 调任, 兼任, 卸任,
退休前为, 毕业后加入X任Y, X的创办人, 于X年至Y年间担任, 第N任, 首任, 末代, 封为, 受封), historic offices (太守, 刺史,
知府, 节度使, 尚书, 侍郎, 首辅, 都督), a party chain (中共X省委书记、省长: 省长 of the province), 执教 (a coach, written
``教练``), a call-up to a national squad, a joining clause after a clause naming a second person, and ten sentences
with a title and no holder or an unnamed one (他, 该公司, 某银行, 该校) to guard precision. Written for this file:
they may be read and fitted freely. Each batch is also scored by kind of text (``batch r31, Wikipedia, …`` is
r31's Universal NER part).

Round 34's pool, batch ``r34`` of the ``tune`` half (on a line of its own), is 78 invented Hong Kong and Taiwan news
sentences, Traditional (``"source": "invented"``, ``"topic": "hk_tw"``; 80 triples), in the style of 明報, 星島, 香港01,
中央社, 聯合報 and 自由時報, annotated before zhkg was run on them: Hong Kong's 司長, 局長, 署長, 處長, 關長, 行政會議成員,
立法會議員 with a constituency, 區議員, 區議會主席, 醫管局 and 港鐵 heads; Taiwan's 院長, 部長, 次長, 署長, 立委 with a
party, 市議員, 議員 with 籍, 縣長, 市長, 鄉長, 鎮長, 里長, 議長, 黨主席, 發言人, 秘書長, 董事長, 總經理, 總教練, 領隊, 球員,
a wire byline; a title after the name (黃偉賢局長表示), 前 and 卸任 (former), 代理, chains (黨主席兼立委), 獲委任為,
接任, a numbered army's 軍長, an employer's 工程師, a team joined with the subject in an earlier clause, and eight
sentences with a title and no holder or an unnamed one. Each row has a ``"split"``: rules were written from ``a``
(even sentences), ``b`` was kept to check them on; each split is scored on a ``batch r34, split …`` line.

Round 35's pool, batch ``r35`` of the ``tune`` half (on a line of its own), is 64 invented sentences in the style of
Chinese Wikipedia's biographies, Traditional and Simplified in turn (``"source": "invented"``, ``"style": "wikipedia"``,
so scored on r32's ``invented Wikipedia-style`` line whatever the script; 71 triples), annotated before zhkg was run on
them, in forms r32 had not: an infobox's fields written out (现职：, 职务：, 职位：), 曾先后担任A、B、C, 原任…后转任, 获选为,
出任…一职, 加入/进入…其后升任, 退役后担任…教练, 在…任教期间担任, 第N任, the posts of historic states (明朝兵部尚书, 唐朝宰相,
北宋礼部侍郎, 总兵, 知府, 内阁首辅), bands (…乐团主唱, 鼓手: the member word as written, as for 队员 and 球员 before), teams (…队队长), academic posts (教授, 院长,
系主任, 院士, 名誉教授), 执教 a team of a league, and eight sentences with a title and no holder or an unnamed one. Split
by pairs of sentences (each pair one form, once in each script): pairs 0, 2, 4… are ``a``, the rules were written from
them; pairs 1, 3, 5… are ``b``, kept to check them on, so b's forms are not a's.

Round 36's pool, batch ``r36`` of the ``tune`` half (on a line of its own), is 72 invented news sentences (67 triples),
41 Hong Kong and Taiwan ones in Traditional (``"topic": "hk_tw"``) and 31 mainland ones in Simplified (no topic: scored on
an ``invented news mainland, Simplified`` line), annotated before zhkg was run on them: 由 + a name + 接任/出任/当选 + a
title, a title after a name that a relative clause ending in 的 opens (提案的X立委说), titles before names the recogniser
may cut (范正平, 万安成, 高明), dynasties holding posts (北宋宰相, 东汉太尉), leagues before teams (中超X队), former posts,
chains, bylines, and eight sentences with a title and no holder or an unnamed one. Split ``a`` (even sentences) is the
one rules were written from, ``b`` (odd) the one kept to check them on.

Round 42's pool, halves ``tune42`` and ``check42`` (``"batch": "r42"``; on lines of their own, counted in neither
older half), was annotated by hand before the pipeline was run on it, by a fixed rule: every Universal NER *train*
sentence no row of this file uses (by index; not one whose text is also in the dev split) with a post, a title or a
career verb (曾任, 历任, 出任, 担任, 当选, 效力, 加盟, 主持, 创办, 接掌, 议员, 委员, 主席, 总督, 首相, 成员…) and a gold PER or
a 他/她 (55 sentences), split alternately (tune42 even, check42 odd). The sentences with a named person and a post
are spent (round 14w's note): 1 triple in all (a footballer loaned to a club, 外借至: 成员); the rest are careers told
of 他 (他历任…, 他曾效力于…, 他从1991年到1997年担任总督), hosts, founders and leaders named with a verb, and guard
precision. ``--errors`` never prints a half whose name starts with ``held`` or ``check``.

Matching is lenient about names, strict about people: a predicted triple is right when its person is
the gold person (by its canonical name or a name it is written with in the sentence: 梅德韦杰夫 of
德米特里·梅德韦杰夫), one role ends the other (总监 and 拓展总监) and one holder contains the other (上海银监局
and 上海市银监局), by its canonical name or by a name it is written with in the sentence (resolution may
rename it: 东阳御品红木 -> 东阳市御品红木). Run: ``python3 bench/roles_eval.py [--shared DIR] [--gold FILE] [--news FILE] [--part old|news|all] [--errors tune]``
(``--dump-edges 300`` prints the role edges of the first 300 THUCNews articles instead, to diff two commits;
``--skip-rows FILE`` leaves out the rows it lists, reserved or held-out ones)
(``--errors`` lists a tune half's misses and wrong predictions, with the entities found, before the table;
``all`` is every tune half: the held half is only ever scored, and its errors are never printed;
``--convert s2hk`` first converts every sentence, one character for one, to tell the script's part of a gap
from the text's).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import member_word  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.evaluate import THUCNEWS, GoldSources, convert_gold  # noqa: E402
from zhkg.ner.bio import read_bio  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.scores import f1  # noqa: E402
from zhkg.stages.normalise import convert, to_simplified  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "roles_dev.jsonl"
NEWS = ROOT / "tests" / "gold" / "roles_news.jsonl"
SHARED = ROOT.parent / "shared"
FILES = {"cluener": ("data/ner/cluener/train.bio", "mainland, Simplified"),
         "uner_train": ("data/ner/uner_zh/train.bio", "Wikipedia, Traditional"),
         "uner_dev": ("data/ner/uner_zh/dev.bio", "Wikipedia, Traditional")}

#: The kind of text of rows written for this gold (``"source": "invented"``, the sentence in the row's ``text``).
INVENTED = "invented news HK/TW, Traditional"
#: The kind of text of invented rows written as Wikipedia's biographies are (``"style": "wikipedia"``).
#: The kind of text of invented mainland news rows, Simplified (no topic, no style: r36's mainland part).
INVENTED_MAINLAND = "invented news mainland, Simplified"
INVENTED_WIKI = "invented Wikipedia-style, Traditional"
#: Rows may name a topic: ``hk_tw``, sentences on Hong Kong and Taiwan (their offices, councils, parties),
#: counted again on a line of their own.
TOPICS = {"hk_tw": "of which Hong Kong/Taiwan topics"}
#: The news part's kinds of text, by region and script as scored.
NEWS_LABELS = {"hongkong": "news HK/TW", "taiwan": "news HK/TW", "international": "news international",
               "mainland": "news mainland"}

Triple = tuple[str, str, str]
Predicted = tuple[str, str, str, tuple[str, ...], bool, tuple[str, ...]]


@dataclass(frozen=True)
class Item:
    """One scored text: its gold row, the text as run and the kind of text it is counted under."""

    row: dict
    text: str
    source: str


def predicted_roles(pipeline: Pipeline, text: str) -> set[Predicted]:
    """(person, role, holder, the holder's other names, former, the person's other names) of every HOLDS_ROLE
    and MEMBER_OF the pipeline reads in ``text``, Simplified. The other names are the surface forms in the
    sentence: resolution may rename an entity (东阳御品红木 -> 东阳市御品红木, 伊犁农垦局 -> 伊犁哈萨克自治州农垦局;
    a well-known person written 梅德韦杰夫 or 柯林顿 is named by the full name 德米特里·梅德韦杰夫, 比尔·克林顿).
    A membership with no member word (入选国家队) is a ``成员`` (:func:`bench.common.member_word`), as this gold
    writes it."""
    ex = pipeline.run_texts([("s", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    aliases = {e.id: tuple(sorted({to_simplified(a) for a in e.aliases} - {e.name})) for e in ex.entities}
    return {(names.get(r.source, r.source), member_word(r.kind.value, r.role_simplified), names.get(r.target, r.target),
             aliases.get(r.target, ()), bool(r.former), aliases.get(r.source, ())) for r in ex.relations
            if r.kind.value in ("HOLDS_ROLE", "MEMBER_OF")}


def matches(pred: Predicted | Triple, gold: Triple) -> bool:
    """The same person (by its name or a name it is written with), one role ending the other, one holder (by
    any of its names) containing the other."""
    p, r, h = pred[:3]
    holders = (h, *pred[3]) if len(pred) > 3 else (h,)
    people = (p, *pred[5]) if len(pred) > 5 else (p,)
    gp, gr, gh = gold[:3]
    return gp in people and (r.endswith(gr) or gr.endswith(r)) and bool(r) and any(x in gh or gh in x for x in holders)


def found_entities(pipeline: Pipeline, text: str) -> str:
    """The people, organisations and places the pipeline names in ``text``, for the error listing."""
    ex = pipeline.run_texts([("s", text)]).extraction
    return "; ".join(f"{e.label.value[:3]} {e.name}" for e in ex.entities if e.label.value in ("PERSON", "ORGANIZATION", "PLACE"))


def score(items: list[Item], pipeline: Pipeline, errors: str = "") -> dict[tuple[str, str], list[int]]:
    """[correct predictions, predictions, gold found, gold] per (half, source) and per half; with ``errors``
    (a half, or "all"), each missed gold triple and each wrong prediction of that half is printed. The news
    part also counts, under "former", [gold roles held before that were found, of them marked former,
    predictions marked former, of them right and former in the gold]."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for item in items:
        row, text = item.row, item.text
        gold = [tuple(to_simplified(x) for x in t) for t in row["roles"]]
        pred = predicted_roles(pipeline, text)
        if not row["half"].startswith(("held", "check")) and errors in ("all", row["half"]):  # held/check: scored only
            missed = [g for g in gold if not any(matches(p, g) for p in pred)]
            wrong = [p[:3] for p in pred if not any(matches(p, g) for g in gold)]
            if missed or wrong:
                where = f"row {row['row']}" if "row" in row else f"sentence {row['sentence']}"
                print(f"## {row.get('id', row.get('n'))} {row['half']} {item.source} {where}: {text}")
                print(f"   found: {found_entities(pipeline, text)}")
                for g in missed:
                    print(f"   MISSED {g}")
                for w in wrong:
                    print(f"   WRONG  {w}")
        counts = (sum(any(matches(p, g) for g in gold) for p in pred), len(pred),
                  sum(any(matches(p, g) for p in pred) for g in gold), len(gold))
        keys = [(row["half"], item.source), (row["half"], "all"), ("all", "all"), ("all", item.source)]
        if row.get("topic") and "row" not in row:
            keys.append((row["half"], row["topic"]))
        if row.get("batch"):
            keys += [(row["half"], "batch " + row["batch"]), (row["half"], f"batch {row['batch']}, {item.source}")]
            if row.get("split"):  # the part rules were written from, or the part kept to check them on
                keys.append((row["half"], f"batch {row['batch']}, split {row['split']}"))
        for key in keys:
            tally[key] = [a + b for a, b in zip(tally[key], counts)]
        if "row" in row:
            past = [g for g in gold if g[3:] == ("former",)]
            found_past = [g for g in past if any(matches(p, g) for p in pred)]
            marked = [g for g in found_past if any(matches(p, g) and p[4] for p in pred)]
            said = [p for p in pred if p[4]]
            right = [p for p in said if any(matches(p, g) and g[3:] == ("former",) for g in gold)]
            key = (row["half"], "former: marked/found | right/said")
            tally[key] = [a + b for a, b in zip(tally[key], (len(marked), len(found_past), len(right), len(said)))]
    return tally


def old_items(rows: list[dict], shared: Path, script: str = "") -> list[Item]:
    """The sentence rows of ``roles_dev.jsonl``, each with its sentence (converted by ``script`` if given): a
    dataset's sentence by (source, index), an invented one from the row."""
    texts = {}
    for source, (rel, _) in FILES.items():
        path = shared / rel
        if not path.is_file():
            sys.exit(f"Error: {path} not found; pass --shared DIR (the folder holding data/ner/)")
        texts[source] = [convert(s.text, script) if script else s.text for s in read_bio(path)]
    items = []
    for row in rows:
        if row["source"] == "invented":  # written for this gold, so the row holds its text
            text = convert(row["text"], script) if script else row["text"]
            kind = INVENTED_WIKI if row.get("style") == "wikipedia" else INVENTED if row.get("topic") else INVENTED_MAINLAND
            items.append(Item(row, text, kind))
            continue
        text = texts[row["source"]][row["sentence"]]
        if len(text) != row["length"]:
            sys.exit(f"Error: {row['source']} sentence {row['sentence']} is not the annotated one (length differs)")
        items.append(Item(row, text, FILES[row["source"]][1]))  # counted by kind of text: UNER train and dev are one
    return items


def news_items(rows: list[dict], shared: Path, mirror: bool = True) -> list[Item]:
    """The article windows of ``roles_news.jsonl`` as annotated (converted by its ``convert``), and with
    ``mirror`` in the other script too (a converted window as its Simplified original, a Simplified one
    through ``s2tw``)."""
    sources = GoldSources(shared / "data")
    items = []
    for row in rows:
        try:
            start, end = row["window"]
            original = sources.text(row)[start:end]
        except (OSError, IndexError) as exc:
            sys.exit(f"Error: THUCNews row {row['row']}: {exc}; pass --shared DIR (the folder holding data/corpus/)")
        if len(original) != row["length"]:
            sys.exit(f"Error: THUCNews row {row['row']} window {row['window']} is not the annotated one (length differs)")
        kind = NEWS_LABELS[row["region"]]
        where = f"row {row['row']}"
        if row.get("convert"):
            items.append(Item(row, convert_gold(original, row["convert"], where), f"{kind}, Traditional"))
            if mirror:
                items.append(Item(row, original, f"{kind}, read as Simplified"))
        else:
            items.append(Item(row, original, f"{kind}, Simplified"))
            if mirror:
                items.append(Item(row, convert_gold(original, "s2tw", where), f"{kind}, read as Traditional"))
    return items


def dump_edges(shared: Path, articles: int, skip: frozenset[int] = frozenset(), script: str = "") -> None:
    """Print the role edges read in the first ``articles`` THUCNews articles, one a line, sorted (row, person,
    role, holder, "former" or nothing, the evidence's first 80 letters): run it on two commits and ``diff``
    the outputs to judge what a change adds and removes on real text. Rows in ``skip`` (0-based: reserved or
    held-out ones) are not run. With ``script`` (an OpenCC conversion, ``--convert``) each article is converted
    first, as Taiwan or Hong Kong text reads it."""
    path = shared / "data" / THUCNEWS
    if not path.is_file():
        sys.exit(f"Error: {path} not found; pass --shared DIR (the folder holding data/corpus/)")
    rows = [line.split("\t", 1)[-1] for line in path.read_text(encoding="utf-8").splitlines()][:articles]
    pipeline = Pipeline(Config())
    lines = set()
    for i, text in enumerate(rows):
        if i in skip:
            continue
        ex = pipeline.run_texts([(f"d{i}", convert(text, script) if script else text)]).extraction
        names = {e.id: e.name for e in ex.entities}
        for r in ex.relations:
            if r.kind.value in ("HOLDS_ROLE", "MEMBER_OF"):
                lines.add(f"{i}\t{names.get(r.source, r.source)}\t{r.role_simplified}\t{names.get(r.target, r.target)}"
                          f"\t{'former' if r.former else ''}\t{r.evidence.sentence[:80]}")
    print("\n".join(sorted(lines)))


def main(shared: Path, gold_path: Path, errors: str = "", script: str = "", news_path: Path | None = NEWS,
         part: str = "all", mirror: bool = True) -> None:
    items: list[Item] = []
    if part in ("old", "all"):
        rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        items += old_items(rows, shared, script)
    if part in ("news", "all") and news_path is not None and news_path.is_file():
        rows = [json.loads(line) for line in news_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        items += news_items(rows, shared, mirror)
    print("\n".join(table(score(items, Pipeline(Config()), errors))))


def table(tally: dict[tuple[str, str], list[int]]) -> list[str]:
    """The markdown rows of :func:`score`'s tally: P, R and F1 per (half, source), sorted; former counts as
    they are."""
    rows = ["| half | source | P | R | F1 |", "| --- | --- | --- | --- | --- |"]
    for (half, source), (tp, pred, found, gold) in sorted(tally.items()):
        if source.startswith("former"):
            rows.append(f"| {half} | {source} | {tp}/{pred} | {found}/{gold} | |")
            continue
        p = tp / pred if pred else 1.0
        r = found / gold if gold else 1.0
        label = TOPICS.get(source, source)
        rows.append(f"| {half} | {label} | {p:.2f} ({tp}/{pred}) | {r:.2f} ({found}/{gold}) | {f1(p, r):.2f} |")
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default: %(default)s)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the annotated dev set (default: %(default)s)")
    parser.add_argument("--news", type=Path, default=NEWS, help="the annotated news part (default: %(default)s)")
    parser.add_argument("--part", choices=("old", "news", "all"), default="all",
                        help="score the sentence dev set, the news part or both (default: %(default)s)")
    parser.add_argument("--no-mirror", action="store_true", help="score each news article only as annotated")
    parser.add_argument("--dump-edges", type=int, default=0, metavar="N",
                        help="instead, print the role edges of the first N THUCNews articles (to diff two commits)")
    parser.add_argument("--skip-rows", type=Path, default=None, metavar="FILE",
                        help="with --dump-edges, leave out these THUCNews rows (0-based, one a line: reserved ones)")
    parser.add_argument("--errors", choices=("tune", "tune8", "tune9", "tune13", "tune14", "tune14w", "tune18w", "tune42", "all"), default="",
                        help="list the misses and wrong predictions of this half before the table")
    parser.add_argument("--convert", default="", metavar="OPENCC",
                        help="run every sentence through this OpenCC conversion first (t2s, s2tw, s2hk…): is a gap "
                             "between the sources the script's, or the text's?")
    args = parser.parse_args()
    if args.dump_edges:
        if args.skip_rows is not None and not args.skip_rows.is_file():
            sys.exit(f"Error: {args.skip_rows} not found; pass --skip-rows FILE (one row number a line)")
        try:
            skip = frozenset(int(w) for w in args.skip_rows.read_text(encoding="utf-8").split()) if args.skip_rows else frozenset()
        except ValueError:
            sys.exit(f"Error: {args.skip_rows}: every line must be a row number")
        dump_edges(args.shared, args.dump_edges, skip, args.convert)
        sys.exit(0)
    if not args.gold.is_file():
        sys.exit(f"Error: {args.gold} not found; pass --gold FILE")
    main(args.shared, args.gold, args.errors, args.convert, args.news, args.part, not args.no_mirror)
