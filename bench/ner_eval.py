"""Evaluate the NER model on the MSRA development split, against jieba.posseg.

Usage, from the repository root::

    python bench/ner_eval.py                      # shipped model, ../shared data
    python bench/ner_eval.py --model /tmp/x.crfsuite --json results.json

The development split is every sentence of ``train.bio`` whose 0-based index is
divisible by 20 (:func:`zhkg.ner.bio.is_dev_sentence`); the model never
trained on it. In one run this scores, by exact span match:

* ``zhkg/simplified`` and ``zhkg/traditional``: the whole extraction the graph
  uses (rules and model combined), sentence by sentence, as ``zhkg eval`` runs it
  (the Traditional rows read the ``s2t`` text as a user's file would be read);

* ``crf/simplified``: the model on the gold (Simplified) text;
* ``crf/traditional``: the gold text converted with OpenCC ``s2t``, then put
  through :func:`zhkg.stages.normalise.normalise` (``t2s`` back) as the pipeline
  would, tagged, and scored at the same offsets;
* ``jieba.posseg``: words tagged ``nr*``/``ns*``/``nt*`` mapped to PER/LOC/ORG.

When the files are there, it also scores the whole extraction and the model on
text unlike MSRA's: ``zhkg/cluener-dev`` and ``crf/cluener-dev`` on every 10th
sentence of CLUENER's ``train.bio`` (the split the shipped model never trained on,
:func:`zhkg.ner.train.is_extra_dev_sentence`; CLUENER's own dev split is held
out), and ``zhkg/uner-dev`` / ``crf/uner-dev`` on Universal NER's Chinese GSD
``dev.bio`` (Traditional as written; the pipeline normalises it), also in two halves: ``:tune`` (even
sentence index; ``--uner-errors`` lists its errors) and ``:held`` (odd; scored, never read). CLUENER marks
generic bodies and multi-level addresses that MSRA does not, so judge its PER row. The ``+conv`` rows read
the UNER predictions by UNER's own conventions where they differ from MSRA's (:func:`uner_conventions`:
place chains, nationalities, names in titles, numbered military units), and each extra row's errors are counted by kind. The
``:tune-devonly`` and ``:held-devonly`` rows score each half without the labels only UNER dev gives
(:func:`dev_only_labels`: dynasties as organisations, schools and empires as places; its train split and
MSRA label them otherwise) and without the predictions on them: what is left is the extraction's own shortfall.
``--uner-train`` also scores Universal NER's train split (``zhkg/uner-train``, ``crf/uner-train``): the model
learnt it (F1 0.999 there), so the whole extraction's shortfall on it is what the rules cost the model on
Wikipedia prose, a tune set of 3,997 sentences for rules that must not undo what the model reads.

Two more sets measure text the shipped model never trained on and nobody tuned for (neither is a reserved
split), each scored on its published ``dev.bio`` and ``test.bio`` separately (``zhkg/weibo-dev``,
``crf/weibo-dev``, ``zhkg/weibo-test`` …) and printed in a table of their own after the speeds:

* ``--weibo DIR``: Weibo NER (Peng & Dredze 2015, revised annotation), social-media messages. Its ``*.bio``
  already map the fine tags: PER.NAM → PER, ORG.NAM → ORG, GPE.NAM and LOC.NAM → LOC; every nominal mention
  (PER.NOM 男友, ORG.NOM 公司, GPE.NOM, LOC.NOM) → O.
* ``--resume DIR``: Resume NER (Zhang & Yang 2018), résumés of company managers. NAME → PER, ORG → ORG,
  LOC → LOC; TITLE, EDU, PRO, CONT (nationality, 中国国籍), RACE → O. Known conventions of the set, not errors
  of the extraction: NAME marks bare surnames (杨先生 → 杨), ORG marks generic bodies (公司, 本公司, 本行), a
  nationality is no place (中国|国籍), a post's unit after a body is the title's (X公司|财务部经理); the ``+conv``
  rows read the predictions by the last two (:func:`resume_conventions`).

The dev files may be read (``--weibo-errors`` / ``--resume-errors`` list the whole extraction's errors on dev
only); the test files are held: scored, never read.

It also times the model and jieba.posseg on whole THUCNews articles (no gold;
``category<TAB>text`` lines, normalised first), the text the pipeline reads.

Speeds are characters per second of tagging alone (normalisation is timed
separately), best of ``--repeat`` passes on this process's one core.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "pipeline"))  # a bench script: measure this checkout, not an installed copy
sys.path.insert(0, str(REPO))  # bench.common

from bench.common import refuse_output, write_output  # noqa: E402
from zhkg.ner.bio import Score, Span, read_bio, score_spans, split_dev  # noqa: E402
from zhkg.ner.model import load_model  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner" / "msra" / "train.bio"
DEFAULT_CLUENER = REPO.parent / "shared" / "data" / "ner" / "cluener" / "train.bio"
DEFAULT_UNER = REPO.parent / "shared" / "data" / "ner" / "uner_zh" / "dev.bio"
DEFAULT_UNER_TRAIN = REPO.parent / "shared" / "data" / "ner" / "uner_zh" / "train.bio"
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpus" / "thucnews_1000.tsv"
DEFAULT_WEIBO = REPO.parent / "shared" / "data" / "ner" / "weibo"
DEFAULT_RESUME = REPO.parent / "shared" / "data" / "ner" / "resume"
#: the out-of-domain sets scored split by split: dev (errors may be read) and test (held: scored only)
OOD_SPLITS = ("dev", "test")

_POSSEG_LABELS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}


def posseg_spans(text: str) -> list[Span]:
    """Spans of the words jieba.posseg tags as person, place or organisation names."""
    import jieba.posseg

    spans: list[Span] = []
    offset = 0
    for pair in jieba.posseg.cut(text):
        end = offset + len(pair.word)
        label = _POSSEG_LABELS.get(pair.flag[:2])
        if label:
            spans.append((offset, end, label))
        offset = end
    return spans


def timed(tag: Callable[[str], list[Span]], texts: Sequence[str], repeat: int) -> tuple[list[list[Span]], float]:
    """Predictions of ``tag`` on ``texts`` and the best characters-per-second over ``repeat`` passes."""
    chars = sum(len(t) for t in texts)
    best = float("inf")
    predictions: list[list[Span]] = []
    for _ in range(repeat):
        started = time.perf_counter()
        predictions = [tag(t) for t in texts]
        best = min(best, time.perf_counter() - started)
    return predictions, chars / best


def error_kinds(gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]]) -> Counter[tuple[str, str]]:
    """Errors by kind and gold (or predicted) label: ``boundary`` (a prediction overlaps the gold name, other
    span), ``type`` (same span, other label), ``missed`` (nothing overlaps it), ``spurious`` (overlaps no gold).

    >>> sorted(error_kinds([[(0, 3, "PER"), (5, 7, "LOC")]], [[(0, 2, "PER"), (5, 7, "ORG"), (9, 10, "LOC")]]).items())
    [(('boundary', 'PER'), 1), (('spurious', 'LOC'), 1), (('type', 'LOC'), 1)]
    """
    kinds: Counter[tuple[str, str]] = Counter()
    for g, p in zip(gold, predicted):
        gs, ps = set(g), set(p)
        for s in gs - ps:
            near = [q for q in p if q[0] < s[1] and s[0] < q[1]]
            kind = "missed" if not near else "type" if any(q[:2] == s[:2] for q in near) else "boundary"
            kinds[(kind, s[2])] += 1
        for q in ps - gs:
            if not any(s[0] < q[1] and q[0] < s[1] for s in g):
                kinds[("spurious", q[2])] += 1
    return kinds


_DEMONYM_AFTER = ("人", "裔", "籍")
# a person's occupation after a place, its field of up to five letters between (德国|天文学家, 美国|摄影记者)
# what Universal NER reads as part of the person's name it follows (居礼夫人, 哈索尔女神, 哈希姆家族)
_PERSON_TITLES = ("夫人", "女神", "家族")
# a numbered military unit, its number first (第8军团, 第三舰队, 第一航空舰队, 第62军)
_NUMBERED_UNIT = re.compile(r"第[一二三四五六七八九十百0-9]{1,4}(?:航空)?(?:军团|舰队|集团军|师团|师|旅|军)")
_OCCUPATION_AFTER = re.compile(r"[^的和与及、，,。\s]{0,5}?(?:学家|专家|学者|记者|车手|指挥家|旅行家|牧民)")


def uner_conventions(text: str, spans: Sequence[Span]) -> list[Span]:
    """Predicted spans read by Universal NER's conventions where they differ from People's Daily's (measured on
    the train splits; the shipped extraction keeps People's Daily's, which the graph needs):

    * a chain of places is one LOC (中国|西藏自治区|日喀则地区): UNER train has 1 pair of adjacent LOC spans in
      6,136 entities, MSRA train 3,104 in 74,455;
    * a place before 人, 裔 or 籍 is a nationality or origin, no LOC ("nationalities are neither locations nor
      organizations", UNER's guidelines): the extraction's such places are right 2 times in 14 on every fifth
      UNER train sentence, 25 in 26 on the MSRA dev split;
    * so is a place before a person's occupation (德国|天文学家, 美国|摄影记者, 澳大利亚|指挥家: an American
      botanist): UNER leaves all 10 such places of its train sentences in tune51 and tune49 unmarked, MSRA's
      sentences there mark 24 of 28 country names before such words (round uner70);
    * a ministry before 长 is its minister's title, no ORG (外交部|长): UNER marks none of 4 in those sentences,
      MSRA's mark 61 of 96 (round uner70);
    * a person's 夫人, 女神 or 家族 is part of the name (居礼夫人, 哈希姆家族): UNER marks it inside 4 times of 4 in
      those sentences, MSRA's leave it outside 11 times of 11 (round uner70);
    * a name inside a title 《…》 is none: UNER train marks 1 of 10 titles naming 中国, 美国…, MSRA 143 of 148;
    * a numbered military unit named without its state or army before it (第8军团, 第三舰队, 第62军) is none: UNER
      train leaves 11 of 11 unmarked, MSRA marks its one (第三军团) (round uner288).

    ``text`` is the normalised (Simplified) text the spans were read on: the cues are written in Simplified letters
    (round uner288 found ``main`` passing UNER's Traditional text here, so 學家, 記者, 部長 went unread).

    >>> uner_conventions("中国西藏自治区的日本人读《中国画报》", [(0, 2, "LOC"), (2, 7, "LOC"), (8, 10, "LOC"), (13, 15, "LOC")])
    [(0, 7, 'LOC')]
    >>> uner_conventions("由美国植物学家和德国的专家", [(1, 3, "LOC"), (8, 10, "LOC")])
    [(8, 10, 'LOC')]
    >>> uner_conventions("居礼夫人获奖，外交部长说", [(0, 2, "PER"), (7, 10, "ORG")])
    [(0, 4, 'PER')]
    >>> uner_conventions("第8军团与美国第三舰队", [(0, 4, "ORG"), (5, 11, "ORG")])
    [(5, 11, 'ORG')]
    """
    out: list[Span] = []
    for start, end, label in sorted(spans):
        if label == "LOC" and (text.startswith(_DEMONYM_AFTER, end) and not text.startswith(("人民", "人大"), end)
                               or _OCCUPATION_AFTER.match(text, end)):
            continue
        if _inside_title(text, start, end):
            continue
        if label == "ORG" and (text.endswith("部", start, end) and text.startswith("长", end)
                               or _NUMBERED_UNIT.fullmatch(text, start, end)):
            continue
        if label == "PER" and text.startswith(_PERSON_TITLES, end):
            end += 2  # (every title of _PERSON_TITLES is two letters)
        if out and label == "LOC" and out[-1][2] == "LOC" and out[-1][1] == start:
            out[-1] = (out[-1][0], end, "LOC")
            continue
        out.append((start, end, label))
    return out


# labels only Universal NER's dev split gives (measured on its tune half; its train split and MSRA disagree): a
# dynasty as an organisation (train leaves 唐朝, 清朝… unmarked 57 of 58 times, MSRA 21 of 23), a school as a place
# (train marks schools as organisations 104 to 2, as MSRA does), an empire or khanate as a place (train leaves all
# 46 X帝國 unmarked; MSRA marks the place inside, 罗马|帝国)
_DYNASTY = re.compile(r"[前后南北东西]?[夏商周秦汉晋隋唐宋辽金元明清](?:朝|代)?")
_SCHOOL_END = ("大学", "学院", "学校", "中学", "小学", "学堂", "师大")
_EMPIRE_END = ("帝国", "汗国")


def dev_only_labels(text: str, spans: Sequence[Span]) -> list[Span]:
    """The gold spans of a Universal NER dev sentence (``text`` Simplified, as normalised) whose label only the dev
    split gives: a dynasty as ORG, a school as LOC, an empire or khanate as LOC (see above). The ``-devonly`` rows
    score without them (and without the predictions that overlap them), to show how much of the shortfall is the
    dev split's own labels.

    >>> dev_only_labels("唐朝与北京大学在神圣罗马帝国的北京", [(0, 2, "ORG"), (3, 7, "LOC"), (8, 14, "LOC"), (15, 17, "LOC")])
    [(0, 2, 'ORG'), (3, 7, 'LOC'), (8, 14, 'LOC')]
    """
    out = []
    for start, end, label in spans:
        name = text[start:end]
        if (label == "ORG" and _DYNASTY.fullmatch(name)) or (
                label == "LOC" and name.endswith(_SCHOOL_END + _EMPIRE_END)):
            out.append((start, end, label))
    return out


def without_dev_only(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """``gold`` less its :func:`dev_only_labels`, ``predicted`` less what overlaps them.

    >>> without_dev_only("唐朝与北京大学", [(0, 2, "ORG"), (3, 7, "LOC")], [(3, 7, "ORG"), (0, 1, "PER")])
    ([], [])
    """
    odd = dev_only_labels(text, gold)
    return ([g for g in gold if g not in odd],
            [p for p in predicted if not any(p[0] < o[1] and o[0] < p[1] for o in odd)])


def _inside_title(text: str, start: int, end: int) -> bool:
    opened = text.rfind("《", 0, start)
    if opened < 0 or text.rfind("》", 0, start) > opened:
        return False
    closed = text.find("》", end)
    return closed >= 0 and text.find("《", end, closed) < 0


def rules_against_model(gold: Sequence[Sequence[Span]], model: Sequence[Sequence[Span]],
                        whole: Sequence[Sequence[Span]]) -> Counter[tuple[str, str]]:
    """Gold spans by label and by who finds them exactly: ``both``, ``model only`` (the rules removed or cut
    what the model found), ``rules only`` (the rules added or mended it) or ``neither``.

    >>> sorted(rules_against_model([[(0, 2, "ORG"), (3, 5, "ORG")]], [[(0, 2, "ORG")]], [[(3, 5, "ORG")]]).items())
    [(('ORG', 'model only'), 1), (('ORG', 'rules only'), 1)]
    """
    out: Counter[tuple[str, str]] = Counter()
    for g, m, w in zip(gold, model, whole):
        ms, ws = set(m), set(w)
        for span in g:
            kind = {(True, True): "both", (True, False): "model only", (False, True): "rules only"}.get(
                (span in ms, span in ws), "neither")
            out[(span[2], kind)] += 1
    return out


def uner_half(index: int) -> str:
    """The half of Universal NER dev a sentence belongs to: ``tune`` (even 0-based index), whose errors may be
    read, or ``held`` (odd), scored only.

    >>> [uner_half(i) for i in range(3)]
    ['tune', 'held', 'tune']
    """
    return "held" if index % 2 else "tune"


def format_errors(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> str:
    """One sentence's errors: the text, then ``- LABEL name`` for each gold span not predicted exactly and
    ``+ LABEL name`` for each prediction not in the gold.

    >>> print(format_errors("王伟在北京", [(0, 2, "PER"), (3, 5, "LOC")], [(0, 2, "PER"), (3, 5, "ORG")]))
    王伟在北京
      - LOC 北京
      + ORG 北京
    """
    lines = [text]
    lines += [f"  - {s[2]} {text[s[0]:s[1]]}" for s in sorted(set(gold) - set(predicted))]
    lines += [f"  + {s[2]} {text[s[0]:s[1]]}" for s in sorted(set(predicted) - set(gold))]
    return "\n".join(lines)


def format_table(results: dict[str, tuple[Score, float]]) -> str:
    """A plain-text table of P/R/F1 per label and overall, with speeds."""
    lines = _score_lines(results)
    lines.append("")
    base = results["jieba.posseg"][1]
    for name, (_score, speed) in results.items():
        lines.append(f"{name:<26} {speed:>10,.0f} chars/s  ({speed / base:.2f}x jieba.posseg)")
    return "\n".join(lines)


def format_scores(results: dict[str, tuple[Score, float]]) -> str:
    """A plain-text table of P/R/F1 per label and overall, without speeds.

    >>> print(format_scores({"crf/x": (score_spans([[(0, 2, "PER")]], [[(0, 2, "PER")]]), 1.0)}))  # doctest: +NORMALIZE_WHITESPACE
    system                     label   gold   pred     ok       P       R      F1
    crf/x                      PER        1      1      1  1.0000  1.0000  1.0000
    crf/x                      ALL        1      1      1  1.0000  1.0000  1.0000
    """
    return "\n".join(_score_lines(results))


def _score_lines(results: dict[str, tuple[Score, float]]) -> list[str]:
    lines = [f"{'system':<26} {'label':<4} {'gold':>6} {'pred':>6} {'ok':>6} {'P':>7} {'R':>7} {'F1':>7}"]
    for name, (score, _speed) in results.items():
        for label, g, p, c, precision, recall, f1 in score.table():
            lines.append(
                f"{name:<26} {label:<4} {g:>6} {p:>6} {c:>6} {precision:>7.4f} {recall:>7.4f} {f1:>7.4f}"
            )
    return lines


# Resume NER's conventions where they differ from People's Daily's (read on its dev split): a nationality is CONT,
# not a place (中国|国籍, 美国籍); a post's unit after a body is part of the TITLE (雅戈尔集团股份有限公司|财务部|经理,
# 国信集团|党委|书记), not of the body's name
_RESUME_UNIT = re.compile(r"(?:公司|集团|银行|分行|支行|大学|学院|出版社|电视台|局|厂)"
                          r"((?:(?!公司|集团|银行|大学|学院|出版社|电视台)[\u4e00-\u9fff]){0,8}?"
                          r"(?:部|处|科|室|中心|办公室|办|党委|党支部|委员会|团委|工会|监事会|董事会))$")


def resume_conventions(text: str, spans: Sequence[Span]) -> list[Span]:
    """Predicted spans read by Resume NER's conventions where they differ from People's Daily's (the ``+conv`` rows;
    the extraction keeps People's Daily's, which the graph needs): no place before 国籍 or 籍, and an organisation
    ending in a unit after a body's head is the body (the unit goes with the title).

    >>> t = "中国国籍，现任雅戈尔集团股份有限公司财务部经理"
    >>> resume_conventions(t, [(0, 2, "LOC"), (7, 21, "ORG")])
    [(7, 18, 'ORG')]
    """
    out: list[Span] = []
    for start, end, label in spans:
        if label == "LOC" and text.startswith(("国籍", "籍"), end):
            continue
        if label == "ORG":
            unit = _RESUME_UNIT.search(text[start:end])
            if unit is not None and unit.start(1) >= 2:
                end = start + unit.start(1)
        out.append((start, end, label))
    return out


def score_ood(sets: Sequence[tuple[str, Path]], zhkg_spans: Callable[[str], list[Span]],
              crf_spans: Callable[[str], list[Span]], normalise_text: Callable[[str], str],
              errors_of: Sequence[str] = ()) -> tuple[dict[str, tuple[Score, float]], dict[str, Counter[tuple[str, str]]],
                                                      dict[str, Counter[tuple[str, str]]],
                                                      dict[str, list[tuple[str, list[Span], list[Span]]]]]:
    """Score the whole extraction and the model alone on each ``(key, directory)`` set's :data:`OOD_SPLITS` files
    present (``DIR/dev.bio``, ``DIR/test.bio``): rows ``zhkg/KEY-SPLIT`` and ``crf/KEY-SPLIT``, errors by kind, and,
    for dev only, who finds each gold name (:func:`rules_against_model`). For the keys in ``errors_of`` it also
    returns the whole extraction's dev sentences with their gold and predicted spans; never a test file's.
    """
    results: dict[str, tuple[Score, float]] = {}
    kinds: dict[str, Counter[tuple[str, str]]] = {}
    found_by: dict[str, Counter[tuple[str, str]]] = {}
    errors: dict[str, list[tuple[str, list[Span], list[Span]]]] = {}
    for key, directory in sets:
        for split in OOD_SPLITS:
            path = directory / f"{split}.bio"
            if not path.is_file():
                continue
            sentences = read_bio(path)
            texts = [s.text for s in sentences]
            gold_spans = [s.spans for s in sentences]
            predicted_by: dict[str, list[list[Span]]] = {}
            for system, tag, given in (("zhkg", zhkg_spans, texts),
                                       ("crf", crf_spans, [normalise_text(t) for t in texts])):
                predictions, speed = timed(tag, given, 1)
                predicted_by[system] = predictions
                name = f"{system}/{key}-{split}"
                results[name] = (score_spans(gold_spans, predictions), speed)
                kinds[name] = error_kinds(gold_spans, predictions)
                if key == "resume":
                    harmonised = [resume_conventions(t, p) for t, p in zip(texts, predictions)]
                    results[f"{name}+conv"] = (score_spans(gold_spans, harmonised), speed)
            if split == "dev":
                found_by[f"{key}-dev"] = rules_against_model(gold_spans, predicted_by["crf"], predicted_by["zhkg"])
                if key in errors_of:
                    errors[key] = list(zip(texts, gold_spans, predicted_by["zhkg"]))
    return results, kinds, found_by, errors


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and print the table; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="MSRA-layout train.bio (default: %(default)s)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="THUCNews TSV timed too, if present (default: %(default)s)")
    parser.add_argument("--cluener", type=Path, default=DEFAULT_CLUENER,
                        help="CLUENER train.bio, every 10th sentence scored, if present (default: %(default)s)")
    parser.add_argument("--uner", type=Path, default=DEFAULT_UNER,
                        help="Universal NER Chinese dev.bio, scored if present (default: %(default)s)")
    parser.add_argument("--uner-train", type=Path, nargs="?", const=DEFAULT_UNER_TRAIN, default=None,
                        help="also score Universal NER train (default file: %(const)s): the model trained on it, so "
                             "the whole extraction's shortfall there is what the rules cost it")
    parser.add_argument("--model", type=Path, default=None, help="crfsuite model (default: the shipped one)")
    parser.add_argument("--repeat", type=int, default=2, help="timing passes; the fastest counts")
    parser.add_argument("--uner-errors", action="store_true",
                        help="list the whole extraction's errors on Universal NER dev's tune half (never the held half)")
    parser.add_argument("--weibo", type=Path, default=DEFAULT_WEIBO,
                        help="Weibo NER folder; its dev.bio and test.bio are scored if present (default: %(default)s)")
    parser.add_argument("--resume", type=Path, default=DEFAULT_RESUME,
                        help="Resume NER folder; its dev.bio and test.bio are scored if present (default: %(default)s)")
    parser.add_argument("--weibo-errors", action="store_true",
                        help="list the whole extraction's errors on Weibo dev (never test)")
    parser.add_argument("--resume-errors", action="store_true",
                        help="list the whole extraction's errors on Resume dev (never test)")
    parser.add_argument("--ood-only", action="store_true",
                        help="score only the Weibo and Resume sets (no MSRA, CLUENER or UNER rows, no timing)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    from bench.common import add_routing_option

    add_routing_option(parser)
    args = parser.parse_args(argv)
    refuse_output("--json", args.json, [args.data, args.corpus, args.cluener, args.uner, args.uner_train, args.model,
                                        args.weibo, args.resume])
    if args.ood_only:
        return _main_ood(args)
    if not args.data.is_file():
        sys.exit(f"Error: {args.data} not found; pass --data FILE (MSRA train.bio, kept in ../shared beside the checkout)")

    from zhkg.stages.normalise import normalise, to_traditional

    _, dev = split_dev(read_bio(args.data))
    gold = [s.spans for s in dev]
    simplified = [s.text for s in dev]
    traditional = [to_traditional(t) for t in simplified]
    started = time.perf_counter()
    processed = [normalise(t).simplified for t in traditional]
    normalise_speed = sum(map(len, traditional)) / (time.perf_counter() - started)
    changed = sum(a != b for t, s in zip(traditional, simplified) for a, b in zip(t, s))
    round_trip = sum(a != b for t, s in zip(processed, simplified) for a, b in zip(t, s))

    model = load_model(args.model)
    import jieba

    jieba.initialize()  # load the dictionary outside the timed passes
    from zhkg.evaluate import outermost_spans
    from zhkg.run.pipeline import Pipeline
    from zhkg.stages.documents import parse_documents

    pipe = Pipeline(_config(args))  # the --model (and --traditional-model) in the zhkg rows too
    crf_by_script = _routed_crf(pipe, model)
    pipe.run_texts([("warm-up", "平谷区政协主席闫维洪。")])

    def zhkg_spans(text: str):
        # the graph's own extraction (rules + model, combined), one sentence at a time like the other rows
        # (`zhkg eval` batches sentences as a corpus run does, which is faster)
        return outermost_spans(pipe.extract_mentions(parse_documents("s", text)[0]))

    results: dict[str, tuple[Score, float]] = {}
    for name, tag, texts in (
        ("zhkg/simplified", zhkg_spans, simplified),
        ("zhkg/traditional", zhkg_spans, traditional),
        ("crf/simplified", model.tag_spans, simplified),
        ("crf/traditional", crf_by_script(traditional), processed),
        ("jieba.posseg", posseg_spans, simplified),
    ):
        predictions, speed = timed(tag, texts, args.repeat)
        results[name] = (score_spans(gold, predictions), speed)
    from zhkg.ner.train import is_extra_dev_sentence

    kinds: dict[str, Counter[tuple[str, str]]] = {}
    uner_errors: list[tuple[str, list[Span], list[Span]]] = []
    found_by: dict[str, Counter[tuple[str, str]]] = {}
    extra_sets = [("cluener-dev", args.cluener, is_extra_dev_sentence), ("uner-dev", args.uner, None)]
    if args.uner_train is not None:
        extra_sets.append(("uner-train", args.uner_train, None))
    for key, path, pick in extra_sets:
        if not path.is_file():
            continue
        sentences = [s for i, s in enumerate(read_bio(path)) if pick is None or pick(i)]
        texts = [s.text for s in sentences]
        predicted_by: dict[str, list[list[Span]]] = {}
        for name, tag, given in (
            (f"zhkg/{key}", zhkg_spans, texts),
            (f"crf/{key}", crf_by_script(texts), [normalise(t).simplified for t in texts]),
        ):
            predictions, speed = timed(tag, given, 1)
            predicted_by[name.split("/")[0]] = predictions
            gold_spans = [s.spans for s in sentences]
            results[name] = (score_spans(gold_spans, predictions), speed)
            kinds[name] = error_kinds(gold_spans, predictions)
            # the conventions read the text as the pipeline does, normalised (UNER's is Traditional as written)
            simplified_texts = [normalise(t).simplified for t in texts] if key.startswith("uner") else texts
            if key == "uner-train":
                harmonised = [uner_conventions(t, p) for t, p in zip(simplified_texts, predictions)]
                results[f"{name}+conv"] = (score_spans(gold_spans, harmonised), speed)
            if key == "uner-dev":
                harmonised = [uner_conventions(t, p) for t, p in zip(simplified_texts, predictions)]
                results[f"{name}+conv"] = (score_spans(gold_spans, harmonised), speed)
                kinds[f"{name}+conv"] = error_kinds(gold_spans, harmonised)
                for half in ("tune", "held"):
                    picked = [i for i in range(len(sentences)) if uner_half(i) == half]
                    results[f"{name}:{half}"] = (
                        score_spans([gold_spans[i] for i in picked], [predictions[i] for i in picked]), speed)
                for half in ("tune", "held"):
                    pairs = [without_dev_only(simplified_texts[i], gold_spans[i], predictions[i])
                             for i in range(len(sentences)) if uner_half(i) == half]
                    results[f"{name}:{half}-devonly"] = (
                        score_spans([g for g, _ in pairs], [p for _, p in pairs]), speed)
                if name.startswith("zhkg") and args.uner_errors:
                    uner_errors = [(texts[i], gold_spans[i], predictions[i])
                                   for i in range(len(sentences)) if uner_half(i) == "tune"]
        found_by[key] = rules_against_model([s.spans for s in sentences], predicted_by["crf"], predicted_by["zhkg"])
    _, cut_speed = timed(lambda t: list(jieba.cut(t)) and [], simplified, args.repeat)

    print(f"model: {model.path}")
    print(f"dev: {len(dev)} sentences, {sum(map(len, simplified))} chars (index % 20 == 0 of {args.data})")
    print(f"traditional: {changed} chars changed by s2t, {round_trip} differ after normalise() back")
    print(format_table(results))
    if kinds:
        print("\nerrors by kind (boundary: overlaps the gold name; type: same span; missed; spurious):")
        for name, counts in kinds.items():
            cells = ", ".join(f"{kind} {label} {n}" for (kind, label), n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
            print(f"{name:<22} {cells}")
    if found_by:
        print("\ngold names found exactly by the model alone and by the whole extraction (model only: the rules "
              "removed or cut it; rules only: they added or mended it):")
        for key, counts in found_by.items():
            for label in ("PER", "LOC", "ORG"):
                cells = ", ".join(f"{kind} {counts[(label, kind)]}"
                                  for kind in ("both", "model only", "rules only", "neither"))
                print(f"{key:<12} {label}  {cells}")
    if uner_errors:
        print("\nUniversal NER dev, tune half (even sentences): the whole extraction's errors (- gold missed, + spurious)")
        for text, g, p in uner_errors:
            if set(g) != set(p):
                print(format_errors(text, g, p))
    print(f"{'jieba.cut':<17} {cut_speed:>10,.0f} chars/s   normalise(): {normalise_speed:,.0f} chars/s")
    corpus_speeds: dict[str, float] = {}
    if args.corpus.exists():
        from bench.common import eligible_corpus  # the rows a bench may read (speed220: every row before)

        articles = [normalise(text).simplified for _, _, text in eligible_corpus(args.corpus)]
        _, corpus_speeds["crf"] = timed(model.tag_spans, articles, args.repeat)
        _, corpus_speeds["jieba.posseg"] = timed(posseg_spans, articles, args.repeat)
        print(
            f"{args.corpus.name}: {len(articles)} articles, {sum(map(len, articles))} chars: "
            f"crf {corpus_speeds['crf']:,.0f} chars/s, jieba.posseg {corpus_speeds['jieba.posseg']:,.0f} chars/s "
            f"({corpus_speeds['crf'] / corpus_speeds['jieba.posseg']:.2f}x)"
        )
    ood = _report_ood(args, zhkg_spans, model.tag_spans, lambda t: normalise(t).simplified)
    if args.json:
        payload = {
            name: {
                "chars_per_second": speed,
                "rows": [dict(zip(("label", "gold", "pred", "correct", "P", "R", "F1"), r)) for r in score.table()],
            }
            for name, (score, speed) in results.items()
        }
        payload["jieba.cut"] = {"chars_per_second": cut_speed}
        payload["corpus_chars_per_second"] = corpus_speeds
        payload.update(_json_rows(ood))
        write_output("--json", args.json, json.dumps(payload, indent=2))
    return 0


def _config(args: argparse.Namespace):
    """The zhkg rows' settings: ``--model`` and ``--traditional-model`` as a run of ``zhkg extract`` would take them."""
    from bench.common import routing
    from zhkg.config import Config

    return Config(**({"model_path": str(args.model)} if args.model else {}), **routing(args))


def _routed_crf(pipe, model) -> Callable[[list[str]], Callable[[str], list[Span]]]:
    """For texts as written, a tagger of their normalised forms that picks each one's model by the script it was
    written in, as the pipeline does (``Config.traditional_model``, zhkg/ner/routing.py); ``model`` for all when off."""
    from zhkg.stages.normalise import normalise

    def for_texts(originals: list[str]) -> Callable[[str], list[Span]]:
        if pipe.recognisers is None or pipe.recognisers.traditional_path is None:
            return model.tag_spans
        scripts = {n.simplified: (n.script, n.original) for n in map(normalise, originals)}
        return lambda text: pipe.model_for(*scripts[text]).tag_spans(text) if text in scripts else model.tag_spans(text)

    return for_texts


def _json_rows(results: dict[str, tuple[Score, float]]) -> dict[str, dict]:
    return {name: {"chars_per_second": speed,
                   "rows": [dict(zip(("label", "gold", "pred", "correct", "P", "R", "F1"), r)) for r in score.table()]}
            for name, (score, speed) in results.items()}


def _report_ood(args: argparse.Namespace, zhkg_spans: Callable[[str], list[Span]],
                crf_spans: Callable[[str], list[Span]], normalise_text: Callable[[str], str]) -> dict[str, tuple[Score, float]]:
    """Score and print the Weibo and Resume sets (after everything else, so the other sets' output is unchanged)."""
    sets = [(key, path) for key, path in (("weibo", args.weibo), ("resume", args.resume)) if path.is_dir()]
    wanted = [key for key, flag in (("weibo", args.weibo_errors), ("resume", args.resume_errors)) if flag]
    results, kinds, found_by, errors = score_ood(sets, zhkg_spans, crf_spans, normalise_text, wanted)
    if not results:
        return results
    print("\nout-of-domain sets (dev: may be read; test: held, scored only):")
    print(format_scores(results))
    print("\nerrors by kind (boundary: overlaps the gold name; type: same span; missed; spurious):")
    for name, counts in kinds.items():
        cells = ", ".join(f"{kind} {label} {n}" for (kind, label), n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
        print(f"{name:<22} {cells}")
    print("\ngold names found exactly by the model alone and by the whole extraction, dev files:")
    for key, counts in found_by.items():
        for label in ("PER", "LOC", "ORG"):
            cells = ", ".join(f"{kind} {counts[(label, kind)]}" for kind in ("both", "model only", "rules only", "neither"))
            print(f"{key:<12} {label}  {cells}")
    for key, rows in errors.items():
        print(f"\n{key} dev: the whole extraction's errors (- gold missed, + spurious)")
        for text, g, p in rows:
            if set(g) != set(p):
                print(format_errors(text, g, p))
    return results


def _main_ood(args: argparse.Namespace) -> int:
    from zhkg.evaluate import outermost_spans
    from zhkg.run.pipeline import Pipeline
    from zhkg.stages.documents import parse_documents
    from zhkg.stages.normalise import normalise

    model = load_model(args.model)
    pipe = Pipeline(_config(args))

    def zhkg_spans(text: str) -> list[Span]:
        return outermost_spans(pipe.extract_mentions(parse_documents("s", text)[0]))

    ood = _report_ood(args, zhkg_spans, model.tag_spans, lambda t: normalise(t).simplified)
    if args.json:
        write_output("--json", args.json, json.dumps(_json_rows(ood), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
