"""Session 21 (org21): organisations cut short or not found — a school's head run into its principal
(潭口|中学校长), a letter of grammar glued onto a school's name (是|峪宏|中学), 武校 as a school's head, a
listed company's name before its code that ends in its kind (中国自动化集团（00569.HK）), and a legal company name
run over a word jieba reads as a verb or an adverb (吉林草|还|丹药业有限公司); both scripts."""

from __future__ import annotations

import pytest

from zhkg.config import Config
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import convert


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config())


def _organisations(pipeline: Pipeline, text: str) -> set[str]:
    ex = pipeline.run_texts([("org21", text)]).extraction
    return {m.text for m in ex.mentions if m.label.value == "ORGANIZATION"}


FOUND = [
    ("其中开发区潭口中学校长被查处", "潭口中学"),
    ("他是赣州市文清小学校长。", "赣州市文清小学"),
    ("张广兴是峪宏中学创办人", "峪宏中学"),
    ("张峻领，白塔寺武校校长", "白塔寺武校"),
    ("宣瑞国也是港股上市公司中国自动化集团（00569.HK）的董事长", "中国自动化集团"),
    ("统一超（2912）营收创新高。", "统一超"),
    ("接到子公司吉林草还丹药业有限公司的通知", "吉林草还丹药业有限公司"),
    ("分别交由上海上岛餐饮连锁经营管理有限公司管理", "上海上岛餐饮连锁经营管理有限公司"),
    ("背靠国企北京首都农业集团有限公司。", "北京首都农业集团有限公司"),
    ("他曾任长春万科房地产开发有限公司总经理。", "长春万科房地产开发有限公司"),
]


@pytest.mark.parametrize("script", ["simplified", "s2tw"])
@pytest.mark.parametrize(("text", "name"), FOUND)
def test_found(pipeline: Pipeline, text: str, name: str, script: str) -> None:
    if script != "simplified":
        text, name = convert(text, script), convert(name, script)
    assert name in _organisations(pipeline, text)


NOT_FOUND = [
    ("他是这所中学校长。", "中学"),
    ("他是重点中学校友。", "重点中学"),
    ("这所武校很大。", "武校"),
    ("他是中国武校“西点模式”的开拓者。", "中国武校"),
    ("上市公司集团（00569.HK）的董事长", "集团"),
    ("他在北京成立公司。", "北京成立公司"),
    ("山东队力克河北队。", "山东队力克河北队"),
    ("华为收购兴发资产管理有限公司。", "华为收购兴发资产管理有限公司"),
    ("腾讯今天兴发科技有限公司上市。", "腾讯今天兴发科技有限公司"),
    ("李明创办了兴发科技有限公司。", "李明创办了兴发科技有限公司"),
    ("中国银行发起设立兴发资产有限公司。", "中国银行发起设立兴发资产有限公司"),
    ("腾讯主导上海兴发有限公司。", "腾讯主导上海兴发有限公司"),
    ("《太原钢铁有限公司重组中宇钢铁有限公司方案》", "太原钢铁有限公司重组中宇钢铁有限公司"),
    ("背靠国企北京首都农业集团有限公司。", "国企北京首都农业集团有限公司"),
    ("接到子公司吉林草还丹药业有限公司的通知", "子公司吉林草还丹药业有限公司"),
]


@pytest.mark.parametrize("script", ["simplified", "s2tw"])
@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_found(pipeline: Pipeline, text: str, name: str, script: str) -> None:
    if script != "simplified":
        text, name = convert(text, script), convert(name, script)
    assert name not in _organisations(pipeline, text)
