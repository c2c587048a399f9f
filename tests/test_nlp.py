import jieba

from pipeline.nlp import dictionary_tag, load_project_words, make_nlp


def test_tokens_are_jieba_words_with_dictionary_tags():
    doc = make_nlp()("平谷区没有一例确诊病例")
    assert [t.text for t in doc][:2] == ["平谷区", "没有"]
    assert doc[1].tag_ == dictionary_tag("没有") != "x"


def test_project_lexicon_is_loaded_once_into_jieba():
    load_project_words()
    before = dict(jieba.dt.FREQ)
    load_project_words()
    make_nlp()
    assert dict(jieba.dt.FREQ) == before
    assert "政协" in jieba.dt.FREQ


def test_unseen_words_are_tagged_x():
    doc = make_nlp()("主席闫维洪讲话")
    assert [t.tag_ for t in doc if t.text == "闫维洪"] == ["x"]
