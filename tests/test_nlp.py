import jieba

from zhkg.stages.segment import dictionary_tag, load_project_words, make_nlp, token_table


def test_tokens_are_jieba_words_with_dictionary_tags():
    doc = make_nlp()("平谷区没有一例确诊病例")
    assert [t.text for t in doc][:2] == ["平谷区", "没有"]
    words = token_table(doc).words
    assert [w.text for w in words] == [t.text for t in doc]
    assert words[1].tag == dictionary_tag("没有") != "x"


def test_project_lexicon_is_loaded_once_into_jieba():
    load_project_words()
    before = dict(jieba.dt.FREQ)
    load_project_words()
    make_nlp()
    assert dict(jieba.dt.FREQ) == before
    assert "政协" in jieba.dt.FREQ


def test_unseen_words_are_tagged_x():
    doc = make_nlp()("主席闫维洪讲话")
    assert [w.tag for w in token_table(doc).words if w.text == "闫维洪"] == ["x"]


def test_token_table_maps_every_character_to_its_token():
    doc = make_nlp()("平谷区 政协主席")
    table = token_table(doc)
    assert len(table.token_of_char) == len(doc.text)
    for t in doc:
        assert all(table.token_of_char[k] == t.i for k in range(t.idx, t.idx + len(t.text)))
