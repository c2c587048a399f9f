"""The segment stage: Chinese tokenisation with jieba and the project lexicon; it owns the ``Doc``.

A document's normalised text becomes a ``Doc`` here, which :func:`set_doc_context`
ties to the document's id and original text, and whose tokens the extractors read
from one :class:`TokenTable` (:func:`token_table`). Two kinds of ``Doc`` give the
same table: a spaCy ``Doc`` (:func:`make_nlp`, for spaCy users and the tests) and
a :class:`TextDoc` (:func:`make_segmenter`), which is what the pipeline runs on:
the extractors read nothing of a ``Doc`` but its text, its ``user_data`` and the
token table, and importing spaCy alone takes about a second, half the time of a
one-article run. spaCy is imported only by :func:`make_nlp` and what it makes.

:func:`make_nlp` is the only place that touches jieba's dictionary. jieba keeps
one dictionary per process, so the project's words are added once per process
(guarded by a module flag) and affect every jieba user in it; that is
deliberate: zhkg needs 政协, 卡口 and friends kept whole wherever it segments.

The tokenizer (:class:`JiebaTokenizer`) gives the tokens spaCy's own jieba
tokenizer gives, in time linear in the text: spaCy aligns jieba's words with the
text by searching the rest of the text for each word (quadratic in a long
document), and jieba's HMM is quadratic in a stretch of characters it has no
words for (1,000,000 × 的). Stretches of jieba's word characters longer than
:data:`MAX_STRETCH` are cut into pieces of that length before jieba sees them;
nothing else changes, so ordinary text is segmented as before. With it the
``Doc`` may be as long as ``Config.max_document_chars``: spaCy's 1,000,000
character limit guards the memory of parsers and taggers this pipeline does not have.

The ``zhkg_lexical_tags`` component reads jieba's dictionary part-of-speech tag
of every token ("x" for a word jieba built itself, such as an unseen name) into
a token table on ``doc.user_data``. A dictionary look-up costs far less than
running ``jieba.posseg``.

jieba caches its parsed dictionary in ``$TMPDIR/jieba.cache`` and loads any file
of that name it finds there, whoever wrote it (a ``marshal`` file: another user
of the machine could plant one). zhkg's tokenizers keep that cache in a folder
of their own instead (:func:`jieba_cache_dir`).
"""

from __future__ import annotations

import logging
import re
import tempfile
import threading
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add, ge, lt, not_, or_
from typing import TYPE_CHECKING, Any, NamedTuple

from zhkg.cachedir import cache_dir
from zhkg.config import Config
from zhkg.resources.lexicon import Lexicon, load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "hong_kong_place_words",
    "make_nlp",
    "make_segmenter",
    "Segmenter",
    "TextDoc",
    "jieba_words",
    "jieba_cache_dir",
    "private_jieba_cache",
    "JiebaTokenizer",
    "MAX_STRETCH",
    "load_project_words",
    "dictionary_tag",
    "dictionary_tags",
    "stock_tag",
    "dictionary_frequency",
    "set_doc_context",
    "Word",
    "TokenTable",
    "build_token_table",
    "token_table",
    "token_boundaries",
    "doc_text",
    "ORIGINAL_KEY",
    "DOC_ID_KEY",
    "TEXT_KEY",
    "TOKENS_KEY",
    "TAGS_KEY",
]

ORIGINAL_KEY = "zhkg_original"
DOC_ID_KEY = "zhkg_doc_id"
# spaCy rebuilds Doc.text from the tokens on every access: keep one copy
TEXT_KEY = "zhkg_text"
TOKENS_KEY = "zhkg_tokens"
TAGS_KEY = "zhkg_tags"

_cache_dir: str | None = None


def jieba_cache_dir() -> str:
    """The folder jieba's dictionary cache is kept in: zhkg's private cache folder (:func:`zhkg.cachedir.cache_dir`).

    When there is no safe one (another owner, a link), a fresh private temporary
    folder for this process, so a cache planted by someone else is never loaded.
    """
    global _cache_dir
    if _cache_dir is None:
        folder = cache_dir()
        _cache_dir = str(folder) if folder is not None else tempfile.mkdtemp(prefix="zhkg-jieba-")  # 0700, ours
    return _cache_dir


def private_jieba_cache(tokenizer) -> None:
    """Point a ``jieba.Tokenizer`` (before it loads its dictionary) at :func:`jieba_cache_dir`."""
    tokenizer.tmp_dir = jieba_cache_dir()
    tokenizer.cache_file = None

#: jieba's HMM takes time quadratic in a run of characters it finds no words in; runs of its word
#: characters (Chinese, ASCII letters and digits) longer than this are cut, a word across a cut split in two.
#: 400 keeps the cost per character flat (200,000 × 的 in about a second) and is far beyond a news sentence.
MAX_STRETCH = 400

#: Words of jieba's dictionary (given names there) that glue 任, "to hold a post", onto the word opening a body's name
#: after it: 曾任|国立|高雄科技大学副校长 was cut 曾|任国立|高雄…, so no body was read after the verb (round roles245);
#: 任|陆军|司令部 likewise. jieba drops them, and 任 and the owner's or the service's word are cut apart.
GLUED_TO_POST_VERB = ("任国立", "任陆军", "任海军")

_loaded: set[tuple[str, ...]] = set()  # the lexicon folders whose words jieba has
_added: set[tuple[str, int, str]] = set()  # each word once: jieba's total frequency grows with every add_word
_lock = threading.Lock()


def load_project_words(lexicon: Lexicon | None = None) -> None:
    """Add a lexicon's words to jieba's process-global dictionary, once per process and lexicon.

    ``lexicon`` defaults to the shipped tables; a user lexicon brings the shipped
    words too, then its own ``words.tsv`` words and its listed names (people as
    ``nr``, organisations ``nt``, places ``ns``). The words of ``name_tag_fixes.tsv``
    get their tag only (拓宽 ``v``, not ``nr``), their frequency left as jieba has it;
    a word the lexicon adds too takes the tag it gives.
    """
    lexicon = lexicon or load_lexicon()
    with _lock:
        if lexicon.dirs in _loaded:
            return
        from zhkg.resources.jieba_dict import import_jieba, init_tokenizer

        jieba = import_jieba()

        jieba.setLogLevel(logging.WARNING)
        init_tokenizer(jieba.dt)
        entries = list(lexicon.words) + [(name, 0, tag) for name, tag in lexicon.names]
        entries += [(name, 0, "ns") for name in hong_kong_place_words(lexicon, jieba.dt.FREQ)]
        # a tag alone, not add_word: that would add the word's frequency again to jieba's total, moving every cut
        listed = {word for word, _, _ in entries}
        fixes = [(word, tag) for word, tag in lexicon.tag_fixes if word not in listed]
        tags = _tag_table()
        _stock_tags.update((word, tags.get(word, "x")) for word, _ in fixes if word not in _stock_tags)
        jieba.dt.user_word_tag_tab.update(fixes)
        for word, freq, tag in entries:
            if (word, freq, tag) not in _added:
                jieba.add_word(word, freq=freq or None, tag=tag or None)
                _added.add((word, freq, tag))
        for word in GLUED_TO_POST_VERB:  # (del_word adds nothing to jieba's total: the other cuts stay as they were)
            if jieba.dt.FREQ.get(word):
                jieba.del_word(word)
        _tag_table()  # take the tags now: jieba.posseg's first cut takes (and empties) jieba's table of them
        _loaded.add(lexicon.dirs)


# a name opening as a nickname does (小西湾): whole, jieba's word was read as a person (移师小西湾运动场 gave a person
# 小西湾 and lost the venue), so it stays as jieba cuts it
_NICKNAME_OPENINGS = frozenset("小老阿")


def hong_kong_place_words(lexicon: Lexicon, known: Mapping[str, int]) -> list[str]:
    """Hong Kong's gazetteer names (``place_hong_kong_macau.tsv``: districts, areas, constituencies, their further
    names and short forms) that jieba's dictionary (``known``: word -> frequency, 0 for a prefix only) lacks, for jieba to keep whole: unknown, their last
    letter is glued to what follows (筲箕|湾峻|峰花园, 九龙|西则), and the gazetteer, which matches whole words, misses
    them (places212). A name the table marks ``context`` is an ordinary word too (长洲, 大围, 东涌) and is left as
    jieba cuts it; Macau's parishes (大堂区) are words of a hall too. Two letters or more, in the table's order.

    >>> words = hong_kong_place_words(load_lexicon(), {"香港": 3000, "铜锣湾": 200, "筲箕": 0})
    >>> "筲箕湾" in words, "九龙西" in words, "港岛东" in words, "铜锣湾" in words, "长洲" in words, "大堂区" in words
    (True, True, True, False, False, False)
    >>> "深水埗" in words, "油尖旺" in words, "小西湾" in words    # short forms of 深水埗区, 油尖旺区; a nickname's opening
    (True, True, False)
    """
    from zhkg.resources.gazetteer import short_forms

    out: dict[str, None] = {}
    for code, name, _parent, _level, context, aliases in lexicon.extra_divisions:
        if context or not (code == "HK" or code.startswith("HK-")):
            continue
        for form in (name, *aliases, *short_forms(name)):
            if len(form) >= 2 and not known.get(form) and form[0] not in _NICKNAME_OPENINGS:
                out.setdefault(form)
    return list(out)


_stock_tags: dict[str, str] = {}  # the tags name_tag_fixes.tsv replaced, as jieba's dictionary gives them
_tags: dict[str, str] | None = None  # jieba's tag table with the project words' tags
_jieba = None  # the jieba module once the table is made: asked per word, an import statement cost more than the look-up


def _tag_table() -> dict[str, str]:
    global _tags, _jieba
    if _jieba is None:
        from zhkg.resources.jieba_dict import import_jieba

        jieba = import_jieba()
        if _tags is None:
            if jieba.dt.dictionary == jieba.DEFAULT_DICT:
                from zhkg.resources.jieba_dict import stock_dictionary

                _tags = dict(stock_dictionary()[2])  # what jieba.posseg would read, without parsing dict.txt again
            else:
                import jieba.posseg

                _tags = jieba.posseg.dt.word_tag_tab
        _jieba = jieba
    taken = _jieba.dt.user_word_tag_tab  # words jieba took since the last call
    if taken:
        _tags.update(taken)
        taken.clear()
    return _tags


def dictionary_tag(word: str) -> str:
    """jieba's dictionary part-of-speech tag of a word, or "x" when it is not in the dictionary."""
    return _tag_table().get(word, "x")


def stock_tag(word: str) -> str:
    """A word's tag in jieba's own dictionary where ``name_tag_fixes.tsv`` replaced a name's tag, else
    :func:`dictionary_tag`: for the readers of a name's letters. jieba's corpus writes a person's name as
    surname|given name, so a word it tags ``nr`` is often a given name there (齐|向东), or a whole name of a surname
    and a letter (高明告诉记者).

    >>> _ = make_segmenter()
    >>> dictionary_tag("向东"), stock_tag("向东"), stock_tag("先生")
    ('n', 'nr', 'n')
    """
    return _stock_tags.get(word) or dictionary_tag(word)


def dictionary_tags() -> dict[str, str]:
    """jieba's whole word -> tag table (with the project lexicon's tags)."""
    return _tag_table()


def dictionary_frequency(word: str) -> int:
    """A word's frequency in jieba's dictionary (with the project lexicon's words), 0 when it holds none.

    >>> dictionary_frequency("北京") > 0, dictionary_frequency("北京清")
    (True, 0)
    """
    from zhkg.resources.jieba_dict import import_jieba

    dt = import_jieba().dt
    dt.check_initialized()
    return dt.FREQ.get(word) or 0


def lexical_tags(doc: Doc) -> Doc:
    """Give the ``Doc`` jieba's dictionary tags, read on demand into its token table.

    The extractors read the tokens and tags from one table
    (:func:`zhkg.stages.segment.token_table`), built on first use from the
    ``Doc``'s arrays: one pass over the tokens per document, after the caller has
    told the ``Doc`` its text (spaCy rebuilds ``Doc.text`` on every access).
    """
    doc.user_data[TAGS_KEY] = _tag_table()
    return doc


class JiebaTokenizer:
    """spaCy's jieba tokenizer (same words, same spaces), in time linear in the text.

    >>> from spacy.vocab import Vocab
    >>> doc = JiebaTokenizer(Vocab())("平谷区 政协。" + "的" * 1000)
    >>> [t.text for t in doc][:3], len(doc), doc.text.endswith("的的")
    (['平谷区', '政协', '。'], 1003, True)
    """

    def __init__(self, vocab, max_stretch: int = MAX_STRETCH):
        self.vocab = vocab
        self.max_stretch = max_stretch

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        words, spaces = words_and_spaces(text, self.words(text))
        return Doc(self.vocab, words=words, spaces=spaces)

    def words(self, text: str) -> list[str]:
        """jieba's words of ``text``, every character in one of them, long stretches cut first."""
        return jieba_words(text, self.max_stretch)

    # spaCy (de)serialises a pipeline's tokenizer with these; there is nothing to save
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> JiebaTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> JiebaTokenizer:
        return self


def jieba_words(text: str, max_stretch: int = MAX_STRETCH) -> list[str]:
    """jieba's words of ``text``, every character in one of them, stretches over ``max_stretch`` cut first.

    The words are ``jieba.cut``'s, computed by :func:`zhkg.stages.wordcut.cut_words`.
    """
    from zhkg.stages.wordcut import cut_words

    if len(text) <= max_stretch:  # no stretch can be longer than the text
        return cut_words(text)
    from zhkg.resources.jieba_dict import import_jieba

    jieba = import_jieba()
    words: list[str] = []
    start = 0
    for block in jieba.re_han_default.finditer(text):
        a, b = block.span()
        if b - a <= max_stretch:
            continue
        for cut in range(a + max_stretch, b, max_stretch):
            words += cut_words(text[start:cut])
            start = cut
    words += cut_words(text[start:])
    return words


def words_and_spaces(text: str, tokens: Iterable[str]) -> tuple[list[str], list[bool]]:
    """spaCy's ``util.get_words_and_spaces`` for tokens that cover ``text`` in order, in linear time.

    A single space after a word becomes that word's trailing space; other
    whitespace becomes a token of its own, as in spaCy.

    >>> words_and_spaces("a b  c", ["a", " ", "b", " ", " ", "c"])
    (['a', 'b', ' ', 'c'], [True, True, False, False])

    Only the tokens holding whitespace (a few a document) and empty ones are read one by one, as the loop before
    speed122 read every token; the runs of words between them are copied whole: in such a run no word but the last
    can be followed by a space, and none but the first by a gap.
    """
    tokens = tokens if isinstance(tokens, list) else list(tokens)
    size = len(text)
    lengths = list(map(len, tokens))
    ends = list(accumulate(lengths))
    if (ends[-1] if ends else 0) != size:
        raise ValueError("the tokens do not cover the text")
    # the token holding each whitespace character, and every empty token
    special = {bisect_right(ends, m.start()) for m in _WHITESPACE.finditer(text)}
    if 0 in lengths:
        special.update(compress(range(len(tokens)), map(not_, lengths)))
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0  # end of what has become words
    # runs of tokens copied whole: the plain words between two special tokens, and each special token that is a word
    # (holding a space inside, not only spaces); a whitespace or empty token is none
    runs: list[tuple[int, int]] = []
    first = 0  # the first token of the next run of plain words
    for k in (*sorted(special), len(tokens)):
        if k > first:  # the plain words first..k-1: no whitespace in or between them
            runs.append((first, k))
        if k < len(tokens) and tokens[k] and not tokens[k].isspace():
            runs.append((k, k + 1))
        first = k + 1
    for first, last in runs:
        start = ends[first] - lengths[first]
        if start > pos:
            words.append(text[pos:start])
            spaces.append(False)
        words += tokens[first:last]
        spaces += repeat(False, last - first)
        pos = ends[last - 1]
        if pos < size and text[pos] == " ":
            spaces[-1] = True
            pos += 1
    if pos < size:
        words.append(text[pos:])
        spaces.append(False)
    return words, spaces


#: One character ``str.isspace`` holds for (``re``'s ``\s`` on a ``str`` pattern asks CPython the same question).
_WHITESPACE = re.compile(r"\s")


def make_nlp(config: Config | None = None) -> Language:
    """Build the tokenising pipeline (no model to download).

    Adds the lexicon of ``config.lexicon_dirs`` to jieba's process-global
    dictionary first (once per process; see :func:`load_project_words`).
    A malformed user table raises :class:`~zhkg.errors.ConfigError`.

    >>> nlp = make_nlp()
    >>> [t.text for t in nlp("平谷区没有一例确诊病例")][:2]
    ['平谷区', '没有']
    """
    import spacy
    from spacy.language import Language

    load_project_words(load_lexicon(config.lexicon_dirs if config is not None else ()))
    with _lock:
        if not Language.has_factory("zhkg_lexical_tags"):
            Language.component("zhkg_lexical_tags", assigns=["doc.user_data"], func=lexical_tags)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer = JiebaTokenizer(nlp.vocab)
    nlp.max_length = max(nlp.max_length, (config or Config()).max_document_chars)
    nlp.add_pipe("zhkg_lexical_tags")
    return nlp


class TextDoc:
    """A normalised text in jieba's tokens: what the pipeline reads of a spaCy ``Doc``, without spaCy.

    It has the ``Doc``'s ``text`` and ``user_data``, its token table already built
    (:func:`token_table`), and nothing else: no ``Token`` objects, no vocabulary.
    Its table is the one the spaCy ``Doc`` of :func:`make_nlp` gives for the same
    text (same tokens, same trailing spaces, spaCy's ``is_punct`` and ``is_space``).

    >>> doc = make_segmenter()("平谷区 政协。")
    >>> [(w.text, w.whitespace, w.is_punct) for w in token_table(doc).words]
    [('平谷区', True, False), ('政协', False, False), ('。', False, True)]
    """

    __slots__ = ("text", "user_data")

    def __init__(self, text: str, user_data: dict[str, Any] | None = None) -> None:
        self.text = text
        self.user_data: dict[str, Any] = {} if user_data is None else user_data

    def __len__(self) -> int:
        return len(token_table(self).words)

    def __repr__(self) -> str:
        return f"TextDoc({self.text[:20]!r}, {len(self)} tokens)"


@lru_cache(maxsize=1 << 16)  # a text's words repeat: each is looked up once
def _is_punct(word: str) -> bool:
    """spaCy's ``is_punct``: every character is punctuation (a Unicode category P*)."""
    if "\u4e00" <= word[:1] <= "\u9fff":
        return False  # a Han character (Lo) is no punctuation: most words, told without unicodedata
    return all(unicodedata.category(ch).startswith("P") for ch in word)


def _puncts(words: list[str]) -> list[bool]:
    """``_is_punct`` of each word, asked only of the words that begin outside the common Han block.

    A word compares below U+4E00 or from U+A000 up exactly when its first letter does
    (an empty word is asked too); the rest, most words, are no punctuation
    (:func:`_is_punct`'s first test), told by two string comparisons per word in C.
    """
    puncts = list(map(or_, map(lt, words, repeat("\u4e00")), map(ge, words, repeat("\ua000"))))
    for k in compress(range(len(words)), puncts):
        puncts[k] = _is_punct(words[k])
    return puncts


class Segmenter:
    """Cuts a normalised text into a :class:`TextDoc` (jieba's words with the project lexicon, long stretches cut)."""

    def __init__(self, max_stretch: int = MAX_STRETCH) -> None:
        self.max_stretch = max_stretch

    def __call__(self, text: str) -> TextDoc:
        words, spaces = words_and_spaces(text, jieba_words(text, self.max_stretch))
        # one string object per distinct word, before any other column is made: jieba's cut makes one a token, and
        # a long text's (some 80 bytes each) would stay alive beside the whole table while it is built (mem120)
        words = list(map(dict().setdefault, words, words))
        lengths = list(map(len, words))  # map, not a comprehension: a column per text, a word per step
        idxs = list(accumulate(map(add, lengths, spaces), initial=0))  # each token's start, then the text's end
        idxs.pop()
        doc = TextDoc(text, {TEXT_KEY: text})
        tags = doc.user_data[TAGS_KEY] = _tag_table()
        spaces_flags = list(map(str.isspace, words))
        puncts = _puncts(words)
        # the three flag columns are bools already: the table takes them as they are (speed203)
        _make_table(doc, text, idxs, lengths, spaces, puncts, spaces_flags, tags, words)
        return doc


def make_segmenter(config: Config | None = None) -> Segmenter:
    """The pipeline's tokeniser: text -> :class:`TextDoc`, the lexicon of ``config.lexicon_dirs`` added to jieba first.

    Adds the words to jieba's process-global dictionary as :func:`make_nlp` does
    (once per process); a malformed user table raises :class:`~zhkg.errors.ConfigError`.

    >>> [w.text for w in token_table(make_segmenter()("平谷区没有一例确诊病例")).words][:2]
    ['平谷区', '没有']
    """
    load_project_words(load_lexicon(config.lexicon_dirs if config is not None else ()))
    return Segmenter()


class Word(NamedTuple):
    """One token as the extractors read it: plain Python, cheap to make and to walk."""

    i: int
    idx: int
    text: str
    tag: str  # jieba's dictionary tag, "x" for a word jieba built itself
    is_space: bool
    is_punct: bool
    whitespace: bool  # followed by a space that spaCy folded into the token

    @property
    def end(self) -> int:
        return self.idx + len(self.text)


@dataclass(frozen=True)
class TokenTable:
    """A ``Doc``'s tokens, their boundaries, and the token under each character."""

    words: tuple[Word, ...]
    starts: frozenset[int]
    ends: frozenset[int]
    token_of_char: array | tuple[int, ...]  # the token index under each character

    def word_at(self, i: int) -> Word | None:
        """The word covering character ``i``, or None outside the text or on a character no word holds."""
        k = self.token_of_char[i] if 0 <= i < len(self.token_of_char) else -1
        return self.words[k] if k >= 0 else None


def build_token_table(doc: Doc, tags: dict[str, str]) -> TokenTable:
    """Read the ``Doc``'s tokens once, as arrays, and keep what extractors need (on ``doc.user_data``).

    ``Doc.to_array`` avoids making a ``Token`` object per token, which costs as
    much as the rest of the table; its columns are read whole (``.T.tolist()``),
    which is some twenty times faster than a list per token.
    """
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SPACY

    text = doc_text(doc)
    idxs, lengths, spaces_after, puncts, spaces = doc.to_array([IDX, LENGTH, SPACY, IS_PUNCT, IS_SPACE]).T.tolist()
    # spaCy's flags are 0 and 1: the table's columns are bools
    return _make_table(doc, text, idxs, lengths, list(map(bool, spaces_after)), list(map(bool, puncts)),
                       list(map(bool, spaces)), tags)


def _make_table(doc, text: str, idxs: list[int], lengths: list[int], spaces_after: list[bool], puncts: list[bool],
                spaces: list[bool], tags: dict[str, str], texts: list[str] | None = None) -> TokenTable:
    """The token table from its columns (a spaCy ``Doc``'s arrays or a :class:`TextDoc`'s lists), kept on ``doc``.

    ``texts`` are the tokens' texts when the caller has them (``text[idx:idx + length]`` of each), one string
    object per distinct word. The flag columns (a folded space after, punctuation, whitespace) are bools, each
    token's as its :class:`Word` holds it.
    """
    ends = _ends(idxs, lengths, spaces_after)
    if texts is None:
        # one string object per distinct word (a long text repeats its words): a slice makes one per token
        # (the segmenter hands its words already so, mem120)
        texts = [text[start:end] for start, end in zip(idxs, ends)]
        texts = list(map(dict().setdefault, texts, texts))
    word_tags = list(map(tags.get, texts, repeat("x")))
    for i in compress(range(len(texts)), spaces):  # a whitespace token has no tag
        word_tags[i] = ""
    # tuple.__new__ makes the named tuples without a Python-level __new__ call per token
    fields = zip(range(len(idxs)), idxs, texts, word_tags, spaces, puncts, spaces_after)
    words = tuple(map(tuple.__new__, repeat(Word), fields))
    # each token's index once per character it covers, its folded space included, made in C
    # as 4-byte machine ints (``array``), not a tuple of int objects: 4 bytes a character, not 8 plus an int a token
    token_of_char = _token_of_char(lengths, spaces_after)
    table = TokenTable(
        words=words,
        starts=frozenset(idxs),
        ends=frozenset(ends),
        token_of_char=token_of_char,
    )
    doc.user_data[TOKENS_KEY] = table
    return table


def _token_of_char(lengths: list[int], spaces_after: list) -> array:
    """Each token's index repeated over its characters and its folded space (``lengths[k] + spaces_after[k]``), as
    C ints: ``numpy.repeat``, a fifth of the time of an ``array`` filled from ``chain``/``repeat`` a character at a time.

    >>> _token_of_char([2, 1, 3], [1, 0, 0]).tolist(), _token_of_char([], []).tolist()
    ([0, 0, 0, 1, 2, 2, 2], [])
    """
    import numpy as np

    widths = np.add(np.array(lengths, dtype=np.intp), np.array(spaces_after, dtype=np.intp))
    out = array("i")
    out.frombytes(np.repeat(np.arange(len(lengths), dtype=np.intc), widths).tobytes())
    return out


def _ends(idxs: list[int], lengths: list[int], spaces_after: list[int]) -> list[int]:
    """Each token's end (``idx + length``), the next token's own ``idx`` object where they are equal.

    A token with no folded space ends where the next one starts: sharing that int
    object (not a new one per token) saves an int a token in ``ends`` and its set.

    >>> _ends([0, 3, 6], [3, 2, 1], [0, 1, 0])
    [3, 5, 7]
    """
    ends = idxs[1:]
    ends.append(idxs[-1] + lengths[-1] if idxs else 0)
    del ends[len(idxs):]
    for k in compress(range(len(idxs) - 1), spaces_after):  # a folded space: the end is before the next start
        ends[k] = idxs[k] + lengths[k]
    return ends


def token_table(doc: Doc) -> TokenTable:
    """The cached :class:`TokenTable` of a ``Doc`` (built on first use)."""
    table = doc.user_data.get(TOKENS_KEY)
    if table is None:
        tags = doc.user_data.get(TAGS_KEY)
        if tags is None:
            tags = dictionary_tags()
        table = build_token_table(doc, tags)
    return table


def set_doc_context(doc: Doc, doc_id: str, original: str, text: str | None = None) -> Doc:
    """Attach the document id and original text to a ``Doc`` of its normalised text.

    ``text`` is the normalised text the ``Doc`` was made from, when the caller has
    it: spaCy rebuilds ``Doc.text`` from every token on each access.
    """
    text = doc_text(doc) if text is None else text
    if len(original) != len(text):
        raise ValueError("original and normalised texts differ in length")
    doc.user_data[DOC_ID_KEY] = doc_id
    doc.user_data[ORIGINAL_KEY] = original
    doc.user_data[TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per ``Doc`` (spaCy joins the tokens again on every access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def token_boundaries(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """Character offsets where tokens start and where they end."""
    table = token_table(doc)
    return table.starts, table.ends
