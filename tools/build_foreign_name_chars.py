"""Build ``foreign_name_chars.txt``: the characters of transliterated foreign names.

Reads character-BIO files and collects the person names written with a middle dot or
hyphen between their parts (哈吉奥马尔·邦戈, 沙奎尔-奥尼尔); every character used in at
least ``--min-names`` such names (default 2), less ``NOT_NAME`` and with ``EXTRA``
(OpenCC s2t forms added), is written, one a line,
sorted by code point. Only the characters are committed.

Run: ``python tools/build_foreign_name_chars.py ../shared/data/ner/msra/train.bio
../shared/data/ner/cluener/train.bio -o pipeline/zhkg/resources/data/foreign_name_chars.txt``
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

SEPARATORS = "·‧•・-－—"
# characters that also stand alone as common words next to a name (特朗普|当天, 杰克|在): a name
# running into them is cut there, so they are never taken as name characters
NOT_NAME = set("的了和与及在是为日新大地当平文小山军刘李冯易金钱春何历歷思富季治派热熱考觉覺軍錢门門东東差说說等"
               "对對向从從被把将將也都就还還又于於着著过過称稱表示会會到上下中年月时時一万不世他代功力四所方明生白百第立言"
               "来來集雨香元农農华華义義确確均土宇宏宗永江连連因")
# transliteration characters too rare in the training names, with their Taiwan forms (祖克柏, 芙朗辛)
EXTRA = set("柏芙茲蓋歐珊黛蕾薇妮娅婭丝絲万琪蜜蕊儿朱汀")  # 万: 伊万卡, 万斯; 琪: 珍-玛琪; 蜜, 儿: 蜜雪儿; 蕊: 希拉蕊;
# 朱: 朱塞佩, 朱迪; 汀: 贾斯汀, 奥斯汀


def person_names(path: Path):
    chars, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if len(parts) >= 2:
            chars.append(parts[0])
            tags.append(parts[-1])
            continue
        name = ""
        for ch, tag in zip(chars + [""], tags + ["O"]):
            if tag.endswith(("PER", "name")) and not tag.startswith("B") and name:
                name += ch
                continue
            if name:
                yield name
            name = ch if tag.startswith("B") and tag.endswith(("PER", "name")) else ""
        chars, tags = [], []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bio", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--min-names", type=int, default=2)
    args = parser.parse_args()
    import opencc

    s2t = opencc.OpenCC("s2t")
    seen: Counter[str] = Counter()
    for path in args.bio:
        for name in set(person_names(path)):
            parts = re.split(f"[{re.escape(SEPARATORS)}]", name)
            if len(parts) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff]+", p) for p in parts):
                seen.update(set("".join(parts)))
    chars = {c for c, n in seen.items() if n >= args.min_names} - NOT_NAME
    chars |= EXTRA
    chars |= {s2t.convert(c) for c in chars} - NOT_NAME
    args.output.write_text("".join(c + "\n" for c in sorted(chars)), encoding="utf-8")
    print(f"{len(chars)} characters from {sum(1 for _ in seen)} seen")


if __name__ == "__main__":
    main()
