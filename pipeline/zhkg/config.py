"""Settings for a pipeline run: one dataclass, every field defaulted and documented.

A run's settings can live in a TOML file of top-level keys named as the fields
(``zhkg extract --config zhkg.toml``); keys left out keep their defaults.
Tuple fields take arrays of strings; paths are as written (relative to the
current folder, not to the file).

>>> print(Config(recogniser=False, lexicon_dirs=("my_words",)).to_toml().splitlines()[1])
recogniser = false
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import sys
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zhkg.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["Config", "load_config", "check_lexicon_dirs", "CO_MENTION_MODES"]

#: The values of ``Config.co_mentions``.
CO_MENTION_MODES = ("sentence", "off")
#: A height the HTML page takes (``html_height``): a plain CSS length, nothing that would end the style rule.
CSS_LENGTH = re.compile(r"\d+(\.\d+)?(px|%|vh|em|rem)")


#: The least value of each integer setting (a negative limit or window would be read as no limit, or none).
_LEAST = {"place_short_min_chars": 1, "co_mention_min_weight": 1, "co_mention_window": 1, "max_document_chars": 1,
          "html_stabilization_iterations": 0}


@dataclass(frozen=True)
class Config:
    """How zhkg extracts and exports. The defaults are what the CLI uses."""

    #: Run the statistical recogniser (CRF) beside the rules; see zhkg/extract/combine.py.
    recogniser: bool = True
    #: Path of a recogniser model file; empty for the model shipped in the package. A path given here reads every
    #: document, Traditional ones too, unless traditional_model_path is also given (zhkg/ner/routing.py).
    model_path: str = ""
    #: Read documents written in Traditional characters (the script normalise detects) with their own recogniser
    #: model (trained with Taiwan and Hong Kong news, zhkg/ner/routing.py) when they are articles written in Taiwan's
    #: or Hong Kong's letter forms (為, 眾, not s2t's 爲, 衆; 200 characters or more: route267) naming more of Taiwan's,
    #: Hong Kong's and Macau's places and bodies than of the mainland's (route276), with no mainland outlet's
    #: dateline or credit in the opening (router281: 中新社香港…电, 新浪娱乐讯), quoting with corner marks (「…」,
    #: not the mainland's “…”) and with no word form only the mainland writes (router284: 视频, 信息, 出租车); an
    #: article quoting nobody needs another sign of a Taiwan or Hong Kong writer instead of the corner marks (router292:
    #: （中央社记者…电）, 〔记者…／台中报导〕, 【明报专讯】, 今（5）日, 捷运, 网路); false: one model for every document.
    #: On by default since session 60: router292's router met the lead's rule written before any result
    #: (docs/changes-session60.md: no mainland text converted s2tw routed; blind60, a Taiwan and Hong Kong set no
    #: router saw, 0.789 -> 0.805 with routing on; the web check half not lower; Universal NER dev, fresh21 and the
    #: seed unchanged). Earlier routers lost on other Traditional text (route264, route267: changes-session56.md).
    traditional_model: bool = True
    #: Path of the Traditional documents' model file; empty for the one shipped in the package (or model_path's).
    traditional_model_path: str = ""
    #: Recognise places by their short forms (平谷 -> 平谷区), guarded by a stoplist.
    place_short_forms: bool = True
    #: Smallest number of characters a short place form must have.
    place_short_min_chars: int = 2
    #: Rule-based extractors to run, by registered name, in order (see :mod:`zhkg.registry`);
    #: an extractor sees what the ones before it found.
    extractors: tuple[str, ...] = ("places", "deixis", "people", "organisations", "counts")
    #: Relation readers to run on each document, by registered name (see :mod:`zhkg.registry`).
    #: Leave out "mentioned_in" for a graph without entity -> document edges; leave out "parts" for no PART_OF
    #: edge from a sub-unit to its parent body (zhkg/relate/parts.py).
    relations: tuple[str, ...] = ("roles", "roles_after", "membership", "location", "counts", "authorship",
                                  "pairs", "meetings", "parts", "mentioned_in")
    #: Co-mentions: "sentence" links entities named in one sentence by a weighted CO_MENTIONED edge
    #: (weight: the sentences, across documents); "off" reads none.
    co_mentions: str = "sentence"
    #: Fewest sentences a pair of entities must share for its CO_MENTIONED edge to be kept.
    co_mention_min_weight: int = 2
    #: Each entity of a sentence is paired with at most this many of the next entities named in it,
    #: so a sentence listing n names gives at most n times this many pairs, not n squared over 2.
    co_mention_window: int = 5
    #: Folders of the user's own lexicon tables (same TSV formats as the shipped ones), added to them.
    lexicon_dirs: tuple[str, ...] = ()
    #: Largest document, in characters, that a run accepts.
    max_document_chars: int = 5_000_000
    #: Height of the HTML graph canvas, in CSS units.
    html_height: str = "800px"
    #: Iterations vis-network may use to stabilise the layout before physics stops.
    html_stabilization_iterations: int = 400
    #: Least probability a relation of the "learned" reader must have to be written (see zhkg/relate/learned.py);
    #: at 0.8 its development precision is 0.90 (DuIE) and 0.67 (FinRE), see bench/relations_eval.py; on news,
    #: 0.37 (bench/learned_news_eval.py --half held).
    learned_relations_threshold: float = 0.8
    #: Path of a learned relation model (.npz); empty for the model shipped in the package.
    learned_relations_model: str = ""
    #: The kinds (labels) of learned relation the "learned" reader writes; the others are read and dropped.
    learned_relations_enabled: tuple[str, ...] = (
        "ACQUIRED", "ALIAS_OF", "ANALYSES", "CHAIR_OF", "COMPETES_WITH", "DISPUTE_WITH", "ENDORSES", "FOUNDED",
        "GRADUATED_FROM", "HEADQUARTERED_IN", "HOLDS_SHARES_IN", "INVESTED_IN", "ISSUED", "LOCATED_IN",
        "MERGED_WITH", "OWES", "OWNS", "PARENT_OF", "PARTNER_OF", "PRESIDENT_OF", "REDUCED_STAKE_IN", "SPOUSE_OF",
        "SUPPORTS", "TRADES_WITH", "TRANSFERRED_TO")
    #: Per-kind thresholds, "LABEL=probability" ("CHAIR_OF=0.9"), over learned_relations_threshold for that kind.
    #: COMPETES_WITH and OWNS are written only where the sentence says them (zhkg/relate/learned_news.py), so a
    #: lower probability will do (chosen on the tune half of bench/learned_news_eval.py).
    learned_relations_thresholds: tuple[str, ...] = ("COMPETES_WITH=0.4", "OWNS=0.4")
    #: The kinds the "pairs" reader writes (zhkg/relate/pairs.py: COMPETES_WITH between teams, OWNS and ACQUIRED
    #: between companies, SPOUSE_OF and PARENT_OF between people; rel18: GRADUATED_FROM person -> school,
    #: HEADQUARTERED_IN organisation -> place, PARTNER_OF between organisations); leave one out to drop it.
    pair_relations_enabled: tuple[str, ...] = ("COMPETES_WITH", "OWNS", "ACQUIRED", "SPOUSE_OF", "PARENT_OF",
                                               "GRADUATED_FROM", "HEADQUARTERED_IN", "PARTNER_OF")
    #: The learned role scorer (zhkg/relate/roles_learned.py): "off", "rescore" (drop the rule roles it scores below
    #: learned_roles_drop_below), "add" (write the roles it scores at least learned_roles_add_above that the rules
    #: missed) or "both".
    learned_roles: str = "off"
    #: Path of a learned roles model (.npz); empty for the one shipped in the package.
    learned_roles_model: str = ""
    #: With learned_roles "rescore" or "both": a rule's role the learned scorer gives less than this is dropped.
    learned_roles_drop_below: float = 0.05
    #: With learned_roles "add" or "both": a role the rules missed is written when the scorer gives it at least this.
    learned_roles_add_above: float = 0.99

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> Config:
        """The settings of a TOML file; :class:`~zhkg.errors.ConfigError` names the file and key of a mistake."""
        return load_config(path)

    @classmethod
    def parse_toml(cls, text: str, *, source: str = "<config>") -> Config:
        """The settings of TOML text; ``source`` names it in error messages.

        >>> Config.parse_toml('place_short_min_chars = 3').place_short_min_chars
        3
        """
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{source}: malformed TOML ({exc})") from None
        return cls.from_dict(data, source=source)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<config>") -> Config:
        """Settings from a mapping of field names to TOML-typed values (arrays for tuples), checked.

        >>> Config.from_dict({"relations": ["roles"]}).relations
        ('roles',)
        """
        hints = typing.get_type_hints(cls)
        known = [f.name for f in dataclasses.fields(cls)]
        values = {}
        for key, value in data.items():
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"settings are: {', '.join(known)}"
                raise ConfigError(f"{source}: unknown setting {key!r}; {hint}")
            values[key] = _checked(key, hints[key], value, source)
        try:
            return cls(**values)
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None

    def __post_init__(self) -> None:
        if self.co_mentions not in CO_MENTION_MODES:
            raise ConfigError(f"co_mentions must be {' or '.join(map(repr, CO_MENTION_MODES))}, not {self.co_mentions!r}")
        if not CSS_LENGTH.fullmatch(self.html_height):
            raise ConfigError(f"html_height must be a CSS length such as '800px' or '80vh', not {self.html_height!r}")
        for name in ("learned_relations_threshold", "learned_roles_drop_below", "learned_roles_add_above"):
            if not _is(float, getattr(self, name)):  # Config(learned_roles_drop_below="0.1"): one line (mend322)
                raise ConfigError(f"{name} must be a number between 0 and 1, not {getattr(self, name)!r}")
        if not 0.0 <= self.learned_relations_threshold <= 1.0:
            raise ConfigError(f"learned_relations_threshold must be between 0 and 1, not {self.learned_relations_threshold!r}")
        for item in self.learned_relations_thresholds:
            kind, sep, value = item.partition("=")
            try:
                ok = bool(sep and kind.strip()) and 0.0 <= float(value) <= 1.0
            except ValueError:
                ok = False
            if not ok:
                raise ConfigError(f"learned_relations_thresholds: expected LABEL=probability between 0 and 1, "
                                  f"not {item!r}")
        if self.learned_roles not in ("off", "rescore", "add", "both"):
            raise ConfigError(f"learned_roles must be 'off', 'rescore', 'add' or 'both', not {self.learned_roles!r}")
        for name in ("learned_roles_drop_below", "learned_roles_add_above"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ConfigError(f"{name} must be between 0 and 1, not {getattr(self, name)!r}")
        if self.learned_roles == "both" and self.learned_roles_drop_below > self.learned_roles_add_above:
            # (a rule's role dropped at a score that adds another's: only "both" uses the two; equal is one cut)
            raise ConfigError(f"learned_roles_drop_below ({self.learned_roles_drop_below!r}) must not be above "
                              f"learned_roles_add_above ({self.learned_roles_add_above!r}) when learned_roles is 'both'")
        for name, least in _LEAST.items():
            if getattr(self, name) < least:
                raise ConfigError(f"{name} must be at least {least}, not {getattr(self, name)!r}")

    def learned_threshold(self, kind: str) -> float:
        """The least probability a learned relation of ``kind`` must have to be written.

        >>> Config(learned_relations_thresholds=("CHAIR_OF=0.95",)).learned_threshold("CHAIR_OF")
        0.95
        """
        for item in self.learned_relations_thresholds:
            label, _, value = item.partition("=")
            if label.strip() == kind:
                return float(value)
        return self.learned_relations_threshold

    def to_toml(self) -> str:
        """These settings as TOML text that :meth:`parse_toml` and :meth:`from_toml` read back equal.

        >>> Config.parse_toml(Config().to_toml()) == Config()
        True
        """
        lines = ["# zhkg settings (zhkg extract --config FILE); keys left out keep their defaults"]
        lines += [f"{f.name} = {_toml_value(getattr(self, f.name))}" for f in dataclasses.fields(self)]
        return "\n".join(lines) + "\n"


def _field_docs(source: str) -> dict[str, str]:
    r"""Each field's ``#:`` comment in ``source`` (the lines just above ``name: type = default``), joined.

    >>> _field_docs("    #: Smallest number.\n    #: Of characters.\n    least: int = 2\n")
    {'least': 'Smallest number. Of characters.'}
    """
    import re

    return {m.group(2): " ".join(line.strip()[2:].strip() for line in m.group(1).splitlines())
            for m in re.finditer(r"((?:^    #:.*\n)+)^    (\w+): ", source, flags=re.M)}


def _with_field_docs(cls: type) -> None:
    """Add the fields' ``#:`` comments to the class docstring, so ``help(Config)`` says what each setting does
    (the comments, which Sphinx reads, stay the one place they are written)."""
    try:
        docs = _field_docs(Path(__file__).read_text(encoding="utf-8"))
    except OSError:  # pragma: no cover - a package installed without its sources
        return
    import textwrap

    rows = []
    for f in dataclasses.fields(cls):
        rows.append(f"{f.name} = {f.default!r}")
        rows.append(textwrap.fill(docs.get(f.name, ""), 100, initial_indent="    ", subsequent_indent="    "))
    cls.__doc__ = f"{cls.__doc__}\n\nSettings\n--------\n" + "\n".join(rows)


_with_field_docs(Config)


def load_config(path: str | os.PathLike[str] | None = None, **overrides: Any) -> Config:
    """The settings of the TOML file ``path`` (the defaults when ``None``), ``overrides`` that are not None on top.

    Folders in ``lexicon_dirs`` must exist. Every mistake is a one-line
    :class:`~zhkg.errors.ConfigError` naming the file and the key.

    >>> load_config(None, recogniser=False, max_document_chars=None).recogniser
    False
    """
    config = Config() if path is None else _read_toml(Path(path))
    config = dataclasses.replace(config, **{k: v for k, v in overrides.items() if v is not None})
    check_lexicon_dirs(config.lexicon_dirs)
    return config


def check_lexicon_dirs(dirs: Iterable[str | os.PathLike[str]]) -> None:
    """Raise :class:`~zhkg.errors.ConfigError` unless every one of ``dirs`` is an existing folder, without a file
    named nearly as a table (``organizations.txt``), which would not be read."""
    from zhkg.resources.lexicon import check_table_names

    for folder in map(Path, dirs):
        if not folder.exists():
            raise ConfigError(f"no such lexicon folder: {folder}")
        if not folder.is_dir():
            raise ConfigError(f"{folder} is a file, not a lexicon folder")
        check_table_names(folder)


def _read_toml(path: Path) -> Config:
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no such config file: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"{path} is a folder, not a config file") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    return Config.parse_toml(text.removeprefix("\ufeff"), source=str(path))  # Notepad's UTF-8 starts with a BOM


_TOML_TYPE = {bool: "a boolean", int: "an integer", float: "a float", str: "a string", list: "an array",
              dict: "a table"}
_PLURAL = {bool: "booleans", int: "integers", float: "numbers", str: "strings"}


def _describe(value: Any) -> str:
    return _TOML_TYPE.get(type(value), "a date or time")


def _is(kind: type, value: Any) -> bool:
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def _checked(key: str, hint: Any, value: Any, source: str) -> Any:
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if isinstance(value, list) and all(_is(item, v) for v in value):
            return tuple(value)
        wrong = next((v for v in value if not _is(item, v)), None) if isinstance(value, list) else None
        found = f"an array holding {_describe(wrong)}" if isinstance(value, list) else _describe(value)
        raise ConfigError(f"{source}: {key} must be an array of {_PLURAL[item]}, not {found}")
    if _is(hint, value):
        return float(value) if hint is float else value
    raise ConfigError(f"{source}: {key} must be {_TOML_TYPE[hint]}, not {_describe(value)}")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        import json

        # a JSON string is a TOML basic string, once DEL (raw in JSON, not in TOML) is escaped too
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")
