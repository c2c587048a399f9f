"""Votes a person wins: the candidate a count of votes belongs to (session 42, owners170).

A count's owner is a place or an organisation, but votes won in an election are the candidate's, as the web set's
gold writes them (韩国瑜得54票 -> 韩国瑜; 高市早苗以237票击败其他对手 -> 高市早苗), so a count of votes (票, 选票) goes
to the person who wins them when its clause writes so:

* a person, then a verb of winning glued to the count (李明远获52票, 江启臣在首轮投票获54票, 由李明远拿下52票当选),
  or the person glued to the count, the verb left out in a list (…、王建华45票、陈小红9票);
* the votes after 以 and before a verb of winning (以301票击败对手, 以130票胜出) are the nearest person's named before
  them in their sentence, a body between left aside (张国栋以超过众议院半数的301票: the chamber is where);
* the votes describing a person after 的 (击败48票的王建华), also with the person's party or district glued before
  the name (获26,250票的民建联叶傲冬), and the votes given to one (40票全部投给王建华, 5票也投给自家议员陈小红);
* a person closing the clause right before the votes' clause, when that clause opens with a verb of winning (新界东南
  陈志豪，获 18,797 票: its subject); a space may stand between the verb and the figure (counts236).

* the people a pronoun before 分别 stands for, the last named in the sentence, win the figures after it in turn, as
  many people as figures (…吴秋北，以及…植洁铃当选，两人分别获39,707及22,054票 -> 22,054票 is 植洁铃's; counts258).

A tally of a motion (以325票赞成, 316票反对) is no one's win and a party's votes (民建联流失近25万票) stay the body's:
neither form has a person in that place. Caveats: the person must be one the extractors marked; a verb of winning
the person did not do (李明远说，该党获得了120万张选票) is left to the body between, which the person's gap refuses.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from zhkg.records import Label, Mention
from zhkg.text import find_all

__all__ = ["VOTES", "Spot", "VotesWon"]

#: the counted nouns of votes
VOTES = frozenset({"票", "选票"})
# A verb of winning glued to the votes, after the person and at most a locative or an adverb: 获54票, 在首轮投票获54票
_WIN_VERB = r"(?:获得|取得|赢得|夺得|拿下|拿到|得到|斩获|囊括|获|得)了?"
_PERSON_GAP = re.compile(r"(?P<where>在[^，,。；;：:！？!?、\s]{1,10}?)?(?:也|再|又|共|仅|只|则|最终|最后|分别|一共|总共|再次)?"
                         + _WIN_VERB)
# what may stand between the person and the votes of a list that leaves the verb out (、王建华45票)
_LIST_GAP = re.compile(r"(?:也|则|仅|只)?")
# 以 before the votes (以301票, 以超过众议院半数的301票) and a verb of winning after them (击败, 胜出, 当选…)
_WITH = re.compile(r"以[^，,。；;：:！？!?、\s]{0,14}$")
_WON_AFTER = re.compile(r"[，,]?(?:击败|胜出|当选|获胜|胜选|连任|战胜|险胜|过关|夺得|赢得|拿下)")
# the votes given to a person: 全部投给王建华, 也投给自家议员陈小红
_GIVEN_TO = re.compile(r"(?:全数|全部|都|均|也|则)*(?:投给|给予|投向|投予|归于)[^，,。；;：:！？!?、\s]{0,6}")
_OF_PERSON = "的"
# the comma after a person opening the clause before the votes' (新界东南陈志豪，获 18,797 票), and the spaces a figure
# may be written between (counts236)
_SUBJECT_COMMA = re.compile(r"[，,]\s*")
_SPACES = " \t\u3000\u00a0"
# people a pronoun stands for before 分别 (两人分别获…, 他们分别取得…), and the figures after it, in a clause
_EACH = re.compile(r"(?P<they>两人|二人|三人|两位|二位|三位|他们|她们|他們|兩人|兩位)?(?:均|都|亦|也)?(?:分别|分別)")
_PEOPLE_JOIN = frozenset({"和", "及", "与", "與", "以及", "、"})
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
_NAME_LENGTH = 2  # a person's name written again is looked for when this long at least
_GIVEN_REACH = 14  # letters after the votes a person given them may end by
# what ends the sentence a winner of 以N票 is looked for in: a semicolon does not (张国栋在首轮以301票击败对手；…，第二轮以
# 130票胜出), though it ends the counts modules' sentences
_FULL_STOP = re.compile(r"[。！？!?\n]")


Spot = tuple[int, int, Mention]  # (start, end, person) of a person written in the text


class VotesWon:
    """The people of one document, read for the votes each wins: :meth:`winner` of a count of votes.

    A person is looked for where a mention marks one and where the name of one is written again unmarked (the
    extractors may miss 游锡堃 in 、游锡堃51票 while marking it elsewhere): that occurrence stands for the person.
    """

    def __init__(self, text: str, mentions: list[Mention]):
        self.text = text
        people = [m for m in mentions if m.label is Label.PERSON]
        marked: set[int] = set()
        for m in mentions:
            if m.label is not Label.COUNT:
                marked.update(range(m.start, m.end))
        spots = [(m.start, m.end, m) for m in people]
        for m in {text[m.start : m.end]: m for m in sorted(people, key=lambda m: m.start, reverse=True)}.values():
            name = text[m.start : m.end]
            if len(name) >= _NAME_LENGTH:
                spots += [(f.start(), f.end(), m) for f in find_all(name, text) if marked.isdisjoint(range(f.start(), f.end()))]
        self.people: list[Spot] = sorted(spots, key=lambda s: (s[0], s[1]))
        self.starts = [s[0] for s in self.people]
        self.holders = sorted(m.start for m in mentions if m.label in (Label.PLACE, Label.ORGANIZATION))
        # (where places end, by where they open: a place inside the person's 在-phrase is where the votes were won)
        self.place_ends: dict[int, int] = {}
        for m in mentions:
            if m.label is Label.PLACE:
                self.place_ends[m.start] = max(m.end, self.place_ends.get(m.start, m.end))
        self.holder_ends: dict[int, int] = {}  # where each holder opening at a position ends (the longest)
        for m in mentions:
            if m.label in (Label.PLACE, Label.ORGANIZATION):
                self.holder_ends[m.start] = max(m.end, self.holder_ends.get(m.start, m.end))
        self.stops = [m.end() for m in _FULL_STOP.finditer(text)]

    def _before(self, pos: int) -> Spot | None:
        """The person ending last at or before ``pos`` (the longest of those ending together)."""
        best = None
        for s in self.people[: bisect_left(self.starts, pos)]:
            if s[1] <= pos and (best is None or s[1] > best[1] or (s[1] == best[1] and s[0] < best[0])):
                best = s
        return best

    def _holder_between(self, lo: int, hi: int) -> bool:
        k = bisect_left(self.holders, lo)
        return k < len(self.holders) and self.holders[k] < hi

    def _where_only(self, lo: int, gap: re.Match[str] | None) -> bool:
        """Whether every holder written in the gap ``gap`` (matched from ``lo``) is a place inside its 在-phrase: where
        the person won the votes (韩国瑜在高雄拿下89万票, 李慧琼在九龙西取得47,000票; counts258), not a body."""
        if gap is None or gap.group("where") is None:
            return False
        lo_where, hi_where = lo + gap.start("where"), lo + gap.end("where")
        inside = self.holders[bisect_left(self.holders, lo) : bisect_left(self.holders, lo + gap.end())]
        return all(lo_where < h and self.place_ends.get(h, hi_where + 1) <= hi_where for h in inside)

    def _in_turn(self, count: Mention, clause_start: int) -> Spot | None:
        """The person winning ``count``'s votes when 分别 before it in its sentence shares the figures after it out among
        people, as many as the figures, the k-th figure the k-th person's: the people listed right before 分别 (王大明和
        李小华分别获得120票和80票), or those last named in the sentence before a pronoun standing for them (…吴秋北，
        以及…植洁铃当选，两人分别获39,707及22,054票); None otherwise."""
        text = self.text
        k = bisect_right(self.stops, count.start)
        lo, stop = self.stops[k - 1] if k else 0, self.stops[k] if k < len(self.stops) else len(text)
        # (the last 分别 from the sentence's start: a figure's own comma, 39,707, breaks a clause for the other readers)
        each = max(_EACH.finditer(text, min(clause_start, lo), count.start), key=lambda m: m.start(), default=None)
        if each is None or _CLAUSE_END.search(_DIGIT_COMMA.sub("", text[each.end() : count.start])):
            return None
        tail = _DIGIT_COMMA.sub("0", text[count.end : stop])
        end = _CLAUSE_END.search(tail)
        figures = [f.start() for f in _FIGURE.finditer(text, each.end(), count.end + (end.start() if end else len(tail)))]
        before = [s for s in self.people if lo <= s[0] and s[1] <= each.start()]
        if each.group("they"):
            named = list({s[2].canonical or s[2].text: s for s in before}.values())  # each person once, the last mention
        else:
            named = [s for s in before if s[1] == each.start()][-1:]
            for s in reversed(before):  # back from the last, while only a conjunction joins the people
                if named and s[1] <= named[0][0] and text[s[1] : named[0][0]] in _PEOPLE_JOIN:
                    named.insert(0, s)
        at = next((i for i, f in enumerate(figures) if count.start <= f < count.end), None)
        if at is None or len(figures) < 2 or len(named) < len(figures):
            return None
        return named[len(named) - len(figures) + at]

    def winner(self, count: Mention, clause_start: int, counted: str) -> Spot | None:
        """Where the person who wins the votes ``count`` counts is written, and that person; None when no person's
        (a tally, a party's, no form).

        ``clause_start`` is where the count's clause opens, ``counted`` the noun it counts (Simplified).
        """
        if counted not in VOTES or not self.people:
            return None
        text = self.text
        each = self._in_turn(count, clause_start)
        if each is not None:
            return each  # 两人分别获39,707及22,054票, 王大明和李小华分别获得120票和80票 (counts258)
        person = self._before(count.start)
        gap_end = count.start  # a space may stand before the figure (获 18,797 票)
        while gap_end > 0 and text[gap_end - 1] in _SPACES:
            gap_end -= 1
        if person is not None and person[1] >= clause_start:
            gap = text[person[1] : gap_end]
            if not self._holder_between(person[1], count.start) and (_PERSON_GAP.fullmatch(gap) or _LIST_GAP.fullmatch(gap)):
                return person  # 李明远获52票, 江启臣在首轮投票获54票; 、王建华45票
            if self._where_only(person[1], _PERSON_GAP.fullmatch(gap)):
                return person  # 韩国瑜在高雄拿下89万票: a place where the votes were won (counts258)
        if person is not None and _SUBJECT_COMMA.match(text, person[1]) and person[1] < clause_start \
                and _PERSON_GAP.fullmatch(text, _SUBJECT_COMMA.match(text, person[1]).end(), gap_end) \
                and not self._holder_between(person[1], count.start):
            return person  # 新界东南陈志豪，获 18,797 票: the person the clause before names, its subject (counts236)
        if _WITH.search(text, clause_start, count.start) and _WON_AFTER.match(text, count.end):
            k = bisect_right(self.stops, count.start)
            if person is not None and person[1] >= (self.stops[k - 1] if k else 0):
                return person  # 张国栋以超过众议院半数的301票击败对手; …，第二轮以130票胜出
        if text.startswith(_OF_PERSON, count.end):
            k = bisect_left(self.starts, count.end + len(_OF_PERSON))
            if k < len(self.people) and self.people[k][0] == count.end + len(_OF_PERSON):
                return self.people[k]  # 击败48票的王建华
            label_end = self.holder_ends.get(count.end + len(_OF_PERSON))
            k = bisect_left(self.starts, label_end) if label_end is not None else len(self.people)
            if k < len(self.people) and self.people[k][0] == label_end:
                return self.people[k]  # 获26,250票的民建联叶傲冬: a party or district glued before the name (counts236)
        k = bisect_left(self.starts, count.end)
        for s in self.people[k:]:
            if s[0] > count.end + _GIVEN_REACH:
                break
            if _GIVEN_TO.fullmatch(text[count.end : s[0]]) and not self._holder_between(count.end, s[0]):
                return s  # 40票全部投给王建华; 5票也投给自家议员陈小红
        return None
