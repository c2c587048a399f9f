"""Round roles187 (session 44, issue 11): a title written whole after a coordinated name is no person, and a post
filled by 由 in time to come is not yet held. Each sentence written in Traditional and read again converted t2s:

* ``document_names.coordinated_people`` reads a surname and two letters joined to a person by 、 and written again
  as a name; a title of three letters led by a surname's letter (幹事長 with 干, 司令員 with 司) is no name:
  副總召李小華、幹事長陳美玲 gave a person 干事长 holding 副总召;
* ``roles_forms._read_filled_by`` (…一職由X出任) refuses a post after 將, 預計將, 將會, 擬 or 會 before 由: one to come,
  not yet held, as 將出任 and 候任 hold nothing (the web gold's convention; ``test_roles42`` holds the rows).

The sentences are written for these tests; none is copied from a dev or test set.
"""

from __future__ import annotations

import pytest
from helpers import entity_names, traditional_and_simplified
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, title, holder",
    traditional_and_simplified([
        ("民眾黨團總召王大明續任，副總召李小華、幹事長陳美玲卸任後，幹事長一職有待推舉。", "干事长", ("陈美玲", "民众党团", "干事长")),
        ("國民黨團書記長張大同、幹事長林美玲昨天表示，幹事長將於下週改選。", "干事长", ("林美玲", "国民党团", "干事长")),
        ("該軍區政委王大明、司令員李小華出席儀式，司令員致詞。", "司令员", None),
    ]),
)
def test_a_title_after_a_coordinated_name_is_no_person(pipeline, text, title, holder):
    assert ("PERSON", title) not in entity_names(pipeline, text)
    found = roles(pipeline, text)
    assert not any(person == title for person, _, _ in found), found
    assert holder is None or holder in found, found


@pytest.mark.parametrize(
    "text, person",
    traditional_and_simplified([
        ("林柏宏和許以翔接受專訪，許以翔說很開心。", "许以翔"),  # a name the recogniser may miss, still read
        ("副總召李小華、幹大同昨天出席，幹大同表示支持。", "干大同"),  # 干 a surname before a given name, not a title
    ]),
)
def test_a_coordinated_name_written_again_is_still_a_person(pipeline, text, person):
    assert ("PERSON", person) in entity_names(pipeline, text)


@pytest.mark.parametrize(
    "text, wanted",
    traditional_and_simplified([
        ("數位發展部長將由林宜明接任，行政院今天證實。", None),
        ("鵬華基金總經理一職擬由王大明擔任。", None),
        ("鵬華基金總經理一職會由王大明擔任。", None),
        ("鵬華基金總經理一職改由王大明擔任。", ("王大明", "总经理")),  # a change made: held
        ("鵬華基金總經理一職暫由王大明擔任。", ("王大明", "总经理")),
    ]),
)
def test_a_post_filled_in_time_to_come_is_not_held(pipeline, text, wanted):
    held = {(person, title) for person, _, title in roles(pipeline, text)}
    if wanted is None:
        assert not any(title in ("部长", "总经理") for _, title in held), held
    else:
        assert wanted in held, held
