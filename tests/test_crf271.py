"""crf271: ``bench/redos20_diff.py --s2tw`` — eligible rows converted to Taiwan's letter forms (OpenCC s2tw), the
mainland text in Taiwan's forms that route267's rule sends to the Traditional recogniser (fresh21's converted windows
are such text), beside ``--traditional`` (s2t), which it does not."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import redos20_diff  # noqa: E402
from zhkg.ner.routing import written_in_taiwan_or_hong_kong  # noqa: E402

# a mainland-style article written for this test (Simplified, well over 200 characters)
ARTICLE = (
    "新华社北京电 国家发展改革委今天表示，为保障春节期间群众出行，各地交通部门已完成运力调配。"
    "据介绍，今年春运期间全国铁路预计发送旅客四亿人次，民航和公路也将增开班次，众多旅客将因此受益。"
    "发展改革委有关负责人说，各地要为返乡务工人员提供便利，并加强对重点车站的安全检查。"
) * 2


def test_s2tw_converts_only_the_rows_asked_for():
    texts = ["为众人服务", ARTICLE, "里面"]
    out = redos20_diff.converted(texts, [1, 2], "s2tw")
    assert out[0] == "为众人服务"  # not an eligible row: as written
    assert "為" in out[1] and "眾" in out[1] and "为" not in out[1]
    assert out[2] == "裡面"  # Taiwan's 裡, where s2t writes 裏
    assert [len(t) for t in out] == [len(t) for t in texts]  # one letter for one: offsets hold


def test_no_conversion_gives_the_texts_back():
    texts = ["为众人服务"]
    assert redos20_diff.converted(texts, [0], "") is texts


def test_the_s2tw_copy_is_routed_and_the_s2t_copy_is_not():
    assert len(ARTICLE) >= 200
    (taiwan,) = redos20_diff.converted([ARTICLE], [0], "s2tw")
    (s2t,) = redos20_diff.converted([ARTICLE], [0], "s2t")
    assert written_in_taiwan_or_hong_kong(taiwan)
    assert not written_in_taiwan_or_hong_kong(s2t)
    assert not written_in_taiwan_or_hong_kong(ARTICLE)


@pytest.mark.parametrize(("argv", "conversion"), [([], ""), (["--traditional"], "s2t"), (["--s2tw"], "s2tw")])
def test_the_command_line_picks_the_conversion(argv, conversion):
    assert redos20_diff.build_parser().parse_args(argv).conversion == conversion


def test_the_two_conversions_exclude_each_other(capsys):
    with pytest.raises(SystemExit):
        redos20_diff.build_parser().parse_args(["--traditional", "--s2tw"])
    assert "not allowed with" in capsys.readouterr().err


def test_the_shipped_traditional_model_is_the_pruned_second_edition():
    from zhkg.ner.features import FEATURE_VERSION
    from zhkg.ner.model import load_model
    from zhkg.ner.routing import traditional_model_file

    path = traditional_model_file()
    assert path.name == "ner_traditional_v2.crfsuite"
    assert not path.with_name("ner_traditional_v1.crfsuite").exists()  # the 30 MB budget holds two files, not three
    model = load_model(path)
    assert model.decoder.feature_version == FEATURE_VERSION
    # pruned at 0.16: no state weight left below it (the transitions are all kept)
    assert (abs(model.decoder.weights[model.decoder.weights != 0]) >= 0.16).all()
