"""People in encyclopedia-style text (zhkg.extract.encyclopedia): life spans, courtesy names, kin, the led."""

from __future__ import annotations

import pytest

from tests.helpers import both_scripts

# (text, people the whole extraction must find, strings it must not make a person)
FOUND = [
    ("王韶（1030年－1081年），江州德安人，北宋名将，著有《平戎策》。", ["王韶"], []),
    ("冯韶峰（1962年－），湖南长沙人，当代作家。", ["冯韶峰"], []),
    ("据史书记载，宋军在王韶的率领下于该年占领熙河地区。", ["王韶"], []),
    ("1977年1月10日，叶企孙侄子叶铭汉前来探望，发觉他病情恶化。", ["叶企孙", "叶铭汉"], []),
    ("严鸿逵，清朝初年浙江湖州人，字赓臣，师从吕留良。", ["严鸿逵", "赓臣"], []),
    ("李白，字太白，号青莲居士，唐朝著名诗人。", ["李白", "青莲居士"], []),
    # a classical work cited after its dynasty and author
    ("三国魏曹植《求通亲亲表》有云：若得辞远游。宋 秦观 《自警》诗亦写道。", ["曹植", "秦观"], []),
    ("清姚际恒《古今伪书考》考辨古书真伪。", ["姚际恒"], []),
    # …but with nothing between, a dynasty's letter may be the author's surname: the name is not cut
    ("宋祖英《好日子》唱响春晚，元好问《论诗三十首》流传至今。", [], ["祖英", "好问"]),
    # a place or a work before one bracketed year, a title before a term of office, two dynasties: no one
    ("北京（2008年）举办了夏季奥运会，电影《活着》（1994年）获得戛纳评审团大奖。", [], ["北京", "活着"]),
    ("他后来成为西西里国王（1665年－1678年），明清（1368年－1911年）两代均有记载。", [], ["国王", "明清"]),
    # 其子公司, 其子女: no kin name; 其母安条克的玛丽: the place before 的 is no name
    ("该集团将其子公司华信出售，其子女入园费用由政府承担。", [], ["公司华", "公司", "女入园"]),
    ("阿历克塞二世被迫签发将其母安条克的玛丽处决的命令。", [], ["安条克"]),
]


def _rows(rows):
    return [(text, [(n, "PERSON") for n in present], [(n, "PERSON") for n in absent]) for text, present, absent in rows]


@pytest.mark.parametrize("text,present,absent", both_scripts(_rows(FOUND), id_chars=12, convert_names=True))
def test_encyclopedia_people(pipeline, text, present, absent):
    people = {m.text for m in pipeline.extract_mentions(_document(text)) if m.label.value == "PERSON"}
    assert {name for name, _ in present} <= people
    assert not {name for name, _ in absent} & people


def _document(text):
    from zhkg.stages.documents import parse_documents

    return parse_documents("wiki16", text)[0]


@pytest.mark.parametrize("text,expected", both_scripts([
    ("王韶（1030年-1081年），字子纯，江州德安人。", [("王韶", "born"), ("子纯", "after_role")]),
    ("周化人（生卒年不详），广东人。", [("周化人", "born")]),
    ("张世则，山西安邑人，清朝政治人物。", [("张世则", "born")]),
    ("因杨廷和之子杨慎为明朝四川人。", [("杨慎", "after_role"), ("杨廷和", "after_role")]),
    ("他将王位传给长子。北京（2008年）。", []),
]))
def test_candidates(nlp, text, expected):
    from zhkg.extract.encyclopedia import encyclopedia_candidates
    from zhkg.extract.name_scores import name_score
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.normalise import normalise
    from zhkg.stages.segment import token_boundaries

    simplified = normalise(text).simplified  # the extractors read the normalised text, in either script
    starts, ends = token_boundaries(nlp(simplified))
    found = encyclopedia_candidates(simplified, starts, ends, name_score, load_lexicon().surnames)
    assert [(simplified[s:e], kind) for s, e, kind in found] == expected
