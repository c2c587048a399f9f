"""A user's lexicon entry written in Traditional characters matches, in text of either script (session 31).

The extractors match words on the text's Simplified processing form, so before session 31 a user's 首席品酒師 or
鼎盛寰宇集團 was silently never matched (review48). A user's row is now read as written and in its Simplified form.
"""

from pathlib import Path

import pytest

from zhkg.config import Config
from zhkg.resources.lexicon import load_lexicon
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import simplified_form, to_traditional

TEXT = "鼎盛寰宇集团首席品酒师王小明今天表示，新酒将于下月上市。"


def _folder(tmp_path: Path, **tables: str) -> str:
    for name, text in tables.items():
        (tmp_path / name.replace("_tsv", ".tsv").replace("_txt", ".txt")).write_text(text, encoding="utf-8")
    return str(tmp_path)


def _graph(dirs: tuple[str, ...], text: str):
    return Pipeline(Config(lexicon_dirs=dirs)).run_texts([("t", text)]).graph


@pytest.mark.parametrize("text", [TEXT, to_traditional(TEXT)], ids=["simplified", "traditional"])
@pytest.mark.parametrize("written", ["traditional", "simplified"])
def test_user_entries_match_in_either_script(tmp_path: Path, text: str, written: str) -> None:
    role, body = "首席品酒師", "鼎盛寰宇集團"
    if written == "simplified":
        role, body = simplified_form(role), simplified_form(body)
    folder = _folder(tmp_path, roles_tsv=f"{role}\tchief wine taster\n", organisations_txt=f"{body}\n")
    roles = {(u, v, d["role_simplified"]) for u, v, d in _graph((folder,), text).edges(data=True)
             if d["label"] == "HOLDS_ROLE"}
    assert roles == {("person:王小明", "org:鼎盛寰宇集团", "首席品酒师")}
    assert not any(d["label"] == "HOLDS_ROLE" for *_e, d in _graph((), text).edges(data=True))


def test_a_user_row_is_kept_as_written_and_added_in_simplified(tmp_path: Path) -> None:
    folder = _folder(tmp_path, roles_tsv="首席品酒師\tchief wine taster\n", organisations_txt="鼎盛寰宇集團\n",
                     glossary_tsv="品酒師\twine taster\n", surname_readings_tsv="歐陽\touyang\n")
    lexicon = load_lexicon((folder,))
    assert {"首席品酒師", "首席品酒师"} <= set(lexicon.role_words)
    assert {"鼎盛寰宇集團", "鼎盛寰宇集团"} <= set(lexicon.organisations)
    assert lexicon.glossary["品酒师"] == lexicon.glossary["品酒師"] == "wine taster"  # the gloss stays as written
    assert lexicon.surname_readings["欧阳"] == "ouyang"
    shipped = load_lexicon()
    assert "首席品酒师" not in shipped.role_words and "鼎盛寰宇集团" not in shipped.organisations


def test_a_simplified_user_row_is_read_once(tmp_path: Path) -> None:
    lexicon = load_lexicon((_folder(tmp_path, organisations_txt="鼎盛寰宇集团\n"),))
    assert lexicon.organisations.count("鼎盛寰宇集团") == 1
