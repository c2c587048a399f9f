"""Which words jieba's dictionary tags as a person's name (``nr``, ``nrfg``, ``nrt``) are no name in practice.

Usage, from the repository root::

    python bench/nr_words.py                 # the selection, one word a line with its evidence
    python bench/nr_words.py --all --min 1   # every name-tagged word seen in the training text
    python bench/nr_words.py --table         # the rows of name_tag_fixes.tsv the selection gives (word, no tag)

The evidence is the gold of the training sets (never a dev, test or held split): MSRA ``train.bio`` less its dev
sentences (:func:`zhkg.ner.bio.split_dev`), CLUENER ``train.bio`` less every 10th sentence (the extra dev,
:func:`zhkg.ner.train.is_extra_dev_sentence`), Weibo and Resume ``train.bio``, Universal NER's ``train.bio``
(Traditional, normalised as the pipeline reads it). Each sentence is cut as the pipeline cuts it
(:func:`zhkg.stages.segment.jieba_words`, the project's words added); every token that jieba's *stock* dictionary
tags ``nr``/``nrfg``/``nrt`` is counted **in** when it overlaps a gold PER span, **out** otherwise. The eligible
THUCNews rows (``bench.relations_audit.eligible_rows``) give how often the word is a token of news text (no gold:
how much the choice matters, not which way), and jieba's frequency is shown.

The rule: a word is selected when it is a token of the training text at least ``--min`` times (5) and at most
``--share`` (0.05) of those are in a PER span. A name such a word also is (金山 the place, 文明 the word; 高峰 a
surname and a peak) stays a name-tagged word unless the training text shows it is almost never one.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT))

from bench.common import add_data_option, corpus_rows, shared_data  # noqa: E402

__all__ = ["NAME_TAGS", "TABLE_HEADER", "ClusterTagger", "ContextTagger", "add_contexts", "main", "new_tag", "select", "token_counts", "training_sets"]

#: The comment that opens ``name_tag_fixes.tsv`` (``--table``).
TABLE_HEADER = """# word	tag (Simplified). Words jieba's dictionary tags as a person's name (nr, nrfg, nrt) that are none in practice, with the
# tag every reader of the tags sees instead (jieba's frequency, so the cut, unchanged; the recogniser keeps the tags it
# was trained on). Made by `python bench/nr_words.py --table` (session 44, words184): a word of two letters or more that
# the training sets' gold (MSRA, CLUENER, Weibo, Resume, UNER train) shows as a token at least 5 times, at most 5% of them
# in a PER span; ns when most (5 or more) lie in LOC spans, nt in ORG, else a or n by the words around its tokens (naive Bayes on
# their tags), v only when its word cluster (word_clusters.tab) is mostly verbs too.
"""

#: jieba's tags for a person's name (a Chinese name, a foreign one, a transliteration).
NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})


def training_sets(data: Path) -> list[tuple[str, list]]:
    """``(name, sentences)`` of every training split the selection reads (files absent are skipped)."""
    from zhkg.ner.bio import read_bio, split_dev
    from zhkg.ner.train import is_extra_dev_sentence

    ner = data / "ner"
    sets = []
    msra = ner / "msra" / "train.bio"
    if msra.is_file():
        sets.append(("msra", split_dev(read_bio(msra))[0]))
    cluener = ner / "cluener" / "train.bio"
    if cluener.is_file():
        sets.append(("cluener", [s for i, s in enumerate(read_bio(cluener)) if not is_extra_dev_sentence(i)]))
    for name in ("weibo", "resume", "uner_zh"):
        path = ner / name / "train.bio"
        if path.is_file():
            sets.append((name, read_bio(path)))
    return sets


def token_counts(text: str, spans: list[tuple[int, int, str]], tags: dict[str, str],
                 counts: dict[str, Counter]) -> list[str]:
    """Count each name-tagged token of ``text`` by the gold span it overlaps (PER) or lies in (LOC, ORG), ``O`` for none;
    the text's tokens.

    >>> counts = {}
    >>> token_counts("拓宽马路", [], {"拓宽": "nr"}, counts)
    ['拓宽', '马路']
    >>> counts
    {'拓宽': Counter({'O': 1})}
    """
    from zhkg.stages.segment import jieba_words

    pos = 0
    words = jieba_words(text)
    for word in words:
        end = pos + len(word)
        if tags.get(word) in NAME_TAGS:
            # any overlap with a name counts (a cut that glues a name in stays name-tagged); a place or a body only
            # when the token lies inside it (振兴|中华 is no place)
            labels = {label for s, e, label in spans if s < end and pos < e and (label == "PER" or s <= pos and end <= e)}
            label = next((lab for lab in ("PER", "LOC", "ORG") if lab in labels), "O")
            counts.setdefault(word, Counter())[label] += 1
        pos = end
    return words


#: Words whose own letters tell a class better than their tags do (in the context features).
_FUNCTION_WORDS = frozenset("的 了 很 在 不 被 着 地 得 把 将 已 也 都 和 与 是 非常 最 更 这 那 一个 进一步 大力 积极".split())
#: The classes a common word is given, from jieba's tags of the words that train them (time words and adverbs,
#: tried too, took nouns and verbs: 老虎 t, 扬言 d).
_CLASSES = {"v": "v", "vn": "v", "n": "n", "a": "a", "ad": "a"}


def _feature(word: str | None, tags: dict[str, str]) -> str:
    if word is None:
        return "edge"
    if word in _FUNCTION_WORDS:
        return "w:" + word
    tag = tags.get(word, "x")
    return "t:" + (tag[:1] if tag[:1] in "vnadmqprtcuf" else tag)


def add_contexts(words: list[str], tags: dict[str, str], contexts: dict[str, Counter]) -> None:
    """Count, for each word of ``words``, what stands before and after it (a function word, else its tag's class).

    >>> contexts = {}
    >>> add_contexts(["拓宽", "了", "道路"], {"道路": "n", "了": "ul"}, contexts)
    >>> sorted(contexts["拓宽"].items())
    [('<edge', 1), ('>w:了', 1)]
    """
    for k, word in enumerate(words):
        seen = contexts.setdefault(word, Counter())
        seen["<" + _feature(words[k - 1] if k else None, tags)] += 1
        seen[">" + _feature(words[k + 1] if k + 1 < len(words) else None, tags)] += 1


class ContextTagger:
    """A naive Bayes class (v, n, a) of a word from its contexts, trained on the words jieba tags so that are
    seen at least ``least`` times: 拓宽 stands before nouns and after 进一步 as verbs do."""

    def __init__(self, contexts: dict[str, Counter], tags: dict[str, str], least: int = 10) -> None:
        self.profiles: dict[str, Counter] = {}
        self.priors: Counter = Counter()
        for word, seen in contexts.items():
            kind = _CLASSES.get(tags.get(word, "x"))
            if kind and seen.total() >= 2 * least:  # two contexts a token
                self.profiles.setdefault(kind, Counter()).update(seen)
                self.priors[kind] += 1
        self.features = len(set().union(*self.profiles.values())) if self.profiles else 0

    def __call__(self, seen: Counter, least: int = 10) -> str:
        """The class of a word seen in ``seen``'s contexts; ``n`` when it is a token fewer than ``least`` times (its
        few contexts made verbs of nouns: 公安县, 籍贯)."""

        def score(kind: str) -> float:
            profile = self.profiles[kind]
            total = profile.total() + self.features
            return math.log(self.priors[kind]) + sum(n * math.log((profile[f] + 1) / total) for f, n in seen.items())

        return max(sorted(self.profiles), key=score) if seen.total() >= 2 * least else "n"


class ClusterTagger:
    """The commonest stock tag (no name tag, no ``x``) of the other words of a word's finest cluster of
    ``word_clusters.tab`` that has any: a second opinion on the words :class:`ContextTagger` calls verbs (its
    contexts alone made verbs of 和尚, 籍贯, 博士生)."""

    def __init__(self, clusters: dict[str, tuple[str, ...]], tags: dict[str, str]) -> None:
        self.clusters = clusters
        self.members: dict[tuple[int, str], list[str]] = {}
        for word, ids in clusters.items():
            if tags.get(word, "x") not in NAME_TAGS | {"x"}:
                for level, cluster in enumerate(ids):
                    self.members.setdefault((level, cluster), []).append(word)
        self.tags = tags

    def __call__(self, word: str) -> str:
        ids = self.clusters.get(word, ())
        for level in range(len(ids) - 1, -1, -1):
            votes = Counter(self.tags[w] for w in self.members.get((level, ids[level]), ()) if w != word)
            if votes:
                return min(votes, key=lambda t: (-votes[t], t))
        return "x"


#: The fewest tokens in gold LOC (ORG) spans that make a word a place (a body); a word mostly in such spans but
#: fewer times keeps jieba's tag (安全岛, a traffic island, lies in three LOC spans of five tokens).
_LEAST_KIND = 5


def new_tag(seen: Counter, contexts: Counter, tagger: ContextTagger, cluster_tag: str = "x") -> str:
    """The tag a selected word gets: ``ns`` when most of its tokens are in gold LOC spans, ``nt`` in ORG spans
    (``""``, no fix, when that is fewer than :data:`_LEAST_KIND` tokens); else
    the class its contexts give (:class:`ContextTagger`), a verb only when its cluster's words are mostly verbs too
    (``cluster_tag``, :class:`ClusterTagger`), ``n`` otherwise.

    >>> new_tag(Counter({"LOC": 9, "O": 1}), Counter(), None), new_tag(Counter({"LOC": 3, "O": 2}), Counter(), None)
    ('ns', '')
    >>> verb = lambda contexts: "v"
    >>> new_tag(Counter({"O": 9}), Counter(), verb, "v"), new_tag(Counter({"O": 9}), Counter(), verb, "n")
    ('v', 'n')
    """
    total = seen.total()
    for label, tag in (("LOC", "ns"), ("ORG", "nt")):
        if seen[label] * 2 > total:
            return tag if seen[label] >= _LEAST_KIND else ""
    tag = tagger(contexts)
    return "n" if tag == "v" and cluster_tag != "v" else tag


def select(counts: dict[str, Counter], least: int, share: float) -> list[str]:
    """The words of two letters or more seen at least ``least`` times, at most ``share`` of them in a PER span, most
    seen first. One letter (王, 连) is a surname as often as a word: never selected.

    >>> select({"金山": Counter(PER=3, O=6), "拓宽": Counter(O=9), "高达": Counter(O=2), "王": Counter(O=9)}, 5, 0.05)
    ['拓宽']
    """
    words = [w for w, seen in counts.items()
             if len(w) >= 2 and seen.total() >= least and seen["PER"] <= share * seen.total()]
    return sorted(words, key=lambda w: (-counts[w].total(), w))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_option(parser)
    parser.add_argument("--min", type=int, default=5, help="least times a token of the training text (default 5)")
    parser.add_argument("--share", type=float, default=0.05, help="most share in a PER span (default 0.05)")
    parser.add_argument("--all", action="store_true", help="every name-tagged word seen, selected or not")
    parser.add_argument("--table", action="store_true", help="print the selection as name_tag_fixes.tsv rows")
    args = parser.parse_args(argv)
    data = shared_data(args.data)

    from bench.relations_audit import eligible_rows
    from zhkg.ner.clusters import read_clusters
    from zhkg.resources import data_path
    from zhkg.resources.jieba_dict import stock_dictionary
    from zhkg.stages.normalise import normalise
    from zhkg.stages.segment import jieba_words, load_project_words

    load_project_words()
    freq, _, tags = stock_dictionary()
    counts: dict[str, Counter] = {}
    contexts: dict[str, Counter] = {}
    for name, sentences in training_sets(data):
        for s in sentences:
            text = normalise(s.text).simplified if name == "uner_zh" else s.text
            add_contexts(token_counts(text, s.spans, tags, counts), tags, contexts)
    news: Counter = Counter()
    texts = corpus_rows(data)
    for row in eligible_rows(len(texts)):
        words = jieba_words(texts[row])
        add_contexts(words, tags, contexts)
        news.update(w for w in words if tags.get(w) in NAME_TAGS)
    chosen = select(counts, args.min, args.share)
    tagger = ContextTagger(contexts, tags)
    clusters = ClusterTagger(read_clusters(data_path("word_clusters.tab")), tags)
    retag = {w: new_tag(counts[w], contexts[w], tagger, clusters(w)) for w in chosen}
    chosen = [w for w in chosen if retag[w]]
    if args.table:
        print(TABLE_HEADER, end="")
        for w in sorted(chosen):
            print(f"{w}\t{retag[w]}")
        return 0
    shown = sorted(counts, key=lambda w: (-counts[w].total(), w)) if args.all else chosen
    print("word\ttag\tjieba_freq\tPER\tLOC\tORG\tO\tthucnews_tokens\tnew_tag")
    for w in shown:
        c = counts[w]
        print(f"{w}\t{tags[w]}\t{freq.get(w, 0)}\t{c['PER']}\t{c['LOC']}\t{c['ORG']}\t{c['O']}\t{news[w]}\t{retag.get(w, '')}")
    seen = len(counts)
    print(f"# {len(chosen)} selected of {seen} name-tagged words seen in the training text "
          f"(rule: >= {args.min} tokens, <= {args.share:.0%} in PER); "
          f"{sum(news[w] for w in chosen)} of their tokens in the eligible THUCNews rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
