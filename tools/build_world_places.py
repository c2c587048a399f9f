"""Generate ``pipeline/zhkg/resources/data/place_world.tsv``: the world's countries and major cities in Chinese.

Sources, both read at build time only (neither is a runtime dependency of zhkg):

- PyPI ``babel`` (the Unicode CLDR data, Unicode License v3): territory names in
  ``zh`` (Simplified), ``zh_Hant`` (Taiwan usage) and ``zh_Hant_HK``, and the
  time-zone exemplar cities of ``zh`` with each zone's country, with their
  ``zh_Hant`` and ``zh_Hant_HK`` names as further names (奈洛比, 墨爾本);
- PyPI ``pycountry`` (LGPL-2.1-only; its translations come from Debian's
  iso-codes): the list of ISO 3166-1 countries and their zh_CN / zh_TW / zh_HK
  names, added as further names of the same country; and the ISO 3166-2 states
  of the US, provinces of Canada, prefectures of Japan and provinces and
  metropolitan cities of Korea with their zh_CN names (level 1, under the
  country), completed by :data:`EXTRA_DIVISION_NAMES` (Korea's names all).

A division's row is marked ``noshort`` when the short form zhkg would derive from
its name (三重县 -> 三重, 山口县 -> 山口) is a word or a surname
(:data:`NO_SHORT_FORMS`), names another place in zhkg's gazetteer (三重区 in
Taiwan; the city 广岛), or is no name news writes (釜山广域市 -> 釜山广域): it is
then found by its full names only. The build reads the gazetteer of this
checkout for that check.

Run: ``pip install babel pycountry && python tools/build_world_places.py``. The table's header records the
versions it was built with (babel 2.19.0 and pycountry 26.2.16 since session 26); another version may
translate a name differently, so rebuild with those to change only what you meant to.

Rows: code, Simplified name, parent, level, [context], aliases (``|``-joined
Simplified forms: Traditional names are converted with zhkg's own OpenCC t2s,
the form they take in the text zhkg matches), then notes. Countries: ISO 3166-1
alpha-2 code, level 0, no parent. Cities: ``<country>-city:<English name>``
(``US-city:New_York``; the English name is the IANA zone's last part, or written
here for the few cities added by hand), level 2, the country as parent. These
city codes are zhkg's own.

Left out: China, Hong Kong, Macau and Taiwan (the mainland list,
``place_hong_kong_macau.tsv`` and ``place_taiwan.tsv`` hold them), names
that are common words or personal names (:data:`NOT_PLACES`), zones in
Antarctica and names that are their country's own name. Cities whose country is
disputed (:data:`NO_PARENT`) get no parent.
"""

from __future__ import annotations

import gettext
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))

from zhkg.resources.gazetteer import short_forms  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

OUT = ROOT / "pipeline" / "zhkg" / "resources" / "data" / "place_world.tsv"
HANDLED_ELSEWHERE = {"CN", "HK", "MO", "TW"}
#: Names (Simplified) that news uses far more often as a word or a person's name than as this place.
NOT_PLACES = {
    "达尔文", "斯坦利", "道森", "戴维斯", "帕尔默", "林德曼", "昭和", "朱诺", "诺姆", "威克", "卡塞", "莫森",
    "特罗尔", "沃斯托克", "麦克默多", "罗瑟拉", "乌拉尔", "万象", "开曼", "大特克", "下太子区", "未知地点",
    "查德", "马利", "东加", "尼日", "狮子山", "卡达", "多米尼加", "复活节岛", "中途岛",
    "剑桥湾", "古斯湾", "凤凰城", "特鲁克群岛", "科隆群岛", "南乔治亚", "查戈斯", "亚丁", "赤塔", "布辛根",
    "梅诺米尼", "汉德加", "萨哈林", "堪察加", "巴伊亚", "可可斯",
}
#: Zones whose city lies where sovereignty is disputed: the city is kept, without a parent.
NO_PARENT = {"Asia/Jerusalem", "Europe/Simferopol"}
#: Major cities that are no time zone's exemplar: (country, English name, Simplified name).
EXTRA_CITIES = [
    ("US", "Washington", "华盛顿"), ("US", "San_Francisco", "旧金山"), ("US", "Boston", "波士顿"),
    ("US", "Seattle", "西雅图"), ("US", "Houston", "休斯敦"), ("US", "Philadelphia", "费城"),
    ("US", "Las_Vegas", "拉斯维加斯"), ("US", "Atlanta", "亚特兰大"), ("US", "Miami", "迈阿密"),
    ("GB", "Manchester", "曼彻斯特"), ("GB", "Edinburgh", "爱丁堡"), ("GB", "Liverpool", "利物浦"),
    ("FR", "Marseille", "马赛"), ("FR", "Lyon", "里昂"), ("DE", "Munich", "慕尼黑"),
    ("DE", "Frankfurt", "法兰克福"), ("DE", "Cologne", "科隆"), ("IT", "Milan", "米兰"), ("IT", "Venice", "威尼斯"),
    ("IT", "Florence", "佛罗伦萨"), ("IT", "Naples", "那不勒斯"), ("ES", "Barcelona", "巴塞罗那"),
    ("CH", "Geneva", "日内瓦"), ("CH", "Davos", "达沃斯"), ("NL", "The_Hague", "海牙"), ("NL", "Rotterdam", "鹿特丹"),
    ("RU", "Saint_Petersburg", "圣彼得堡"), ("JP", "Osaka", "大阪"), ("JP", "Kyoto", "京都"),
    ("JP", "Yokohama", "横滨"), ("JP", "Nagoya", "名古屋"), ("JP", "Fukuoka", "福冈"), ("JP", "Hiroshima", "广岛"),
    ("JP", "Nagasaki", "长崎"), ("JP", "Sapporo", "札幌"), ("KR", "Busan", "釜山"), ("KR", "Incheon", "仁川"),
    ("IN", "New_Delhi", "新德里"), ("IN", "Mumbai", "孟买"), ("IN", "Bengaluru", "班加罗尔"),
    ("PK", "Islamabad", "伊斯兰堡"), ("VN", "Hanoi", "河内"), ("TH", "Chiang_Mai", "清迈"),
    ("MM", "Naypyidaw", "内比都"), ("TR", "Ankara", "安卡拉"), ("IL", "Tel_Aviv", "特拉维夫"),
    ("SY", "Aleppo", "阿勒颇"), ("IQ", "Mosul", "摩苏尔"), ("AE", "Abu_Dhabi", "阿布扎比"), ("QA", "Doha", "多哈"),
    ("SA", "Jeddah", "吉达"), ("SA", "Mecca", "麦加"), ("ZA", "Cape_Town", "开普敦"), ("ZA", "Pretoria", "比勒陀利亚"),
    ("NG", "Abuja", "阿布贾"), ("CA", "Ottawa", "渥太华"), ("CA", "Montreal", "蒙特利尔"), ("AU", "Canberra", "堪培拉"),
    ("NZ", "Wellington", "惠灵顿"), ("BR", "Rio_de_Janeiro", "里约热内卢"), ("BR", "Brasilia", "巴西利亚"),
    # (session 16) cities of the world news names that no zone has: 80 of 187 major cities a probe listed were
    # missing; names that are also a person's (夏洛特, 哥伦布, 罗利), a food (汉堡), a club's more often (热那亚,
    # 都灵, 巴伦西亚, 纽卡斯尔) or another city's (圣何塞, 里士满, 海得拉巴) are left out, and so is 图森 (Tucson: it cost
    # a held Universal NER name)
    ("US", "Dallas", "达拉斯"), ("US", "New_Orleans", "新奥尔良"), ("US", "Salt_Lake_City", "盐湖城"),
    ("US", "San_Diego", "圣迭戈"), ("US", "Pittsburgh", "匹兹堡"), ("US", "Cleveland", "克利夫兰"),
    ("US", "Cincinnati", "辛辛那提"), ("US", "Baltimore", "巴尔的摩"), ("US", "Minneapolis", "明尼阿波利斯"),
    ("US", "Kansas_City", "堪萨斯城"), ("US", "Orlando", "奥兰多"), ("US", "Tampa", "坦帕"),
    ("US", "Nashville", "纳什维尔"), ("US", "Memphis", "孟菲斯"), ("US", "San_Antonio", "圣安东尼奥"),
    ("US", "Sacramento", "萨克拉门托"), ("US", "Palo_Alto", "帕洛阿尔托"), ("US", "Cupertino", "库比蒂诺"),
    ("US", "Mountain_View", "山景城"), ("US", "Milwaukee", "密尔沃基"), ("US", "Buffalo", "布法罗"),
    ("US", "Jacksonville", "杰克逊维尔"), ("US", "Oklahoma_City", "俄克拉荷马城"),
    ("US", "Albuquerque", "阿尔伯克基"), ("US", "El_Paso", "埃尔帕索"), ("US", "Fort_Worth", "沃斯堡"),
    ("US", "Princeton", "普林斯顿"), ("GB", "Belfast", "贝尔法斯特"), ("DE", "Dusseldorf", "杜塞尔多夫"),
    ("DE", "Dresden", "德累斯顿"), ("DE", "Leipzig", "莱比锡"), ("DE", "Bonn", "波恩"), ("DE", "Nuremberg", "纽伦堡"),
    ("CH", "Lausanne", "洛桑"), ("FR", "Bordeaux", "波尔多"), ("FR", "Toulouse", "图卢兹"), ("FR", "Cannes", "戛纳"),
    ("FR", "Strasbourg", "斯特拉斯堡"), ("ES", "Bilbao", "毕尔巴鄂"), ("PL", "Krakow", "克拉科夫"),
    ("PL", "Gdansk", "格但斯克"), ("RU", "Kazan", "喀山"), ("EG", "Alexandria", "亚历山大港"), ("PK", "Lahore", "拉合尔"),
    ("IN", "Chennai", "金奈"), ("VN", "Da_Nang", "岘港"), ("MY", "Penang", "槟城"), ("JP", "Kobe", "神户"),
    ("CA", "Calgary", "卡尔加里"), ("ZA", "Durban", "德班"),
    # (session 18) places abroad news names that no zone has and the recogniser missed in one or both scripts:
    # capitals and cities (阿斯塔纳, 萨那, 索契, 敖德萨, 光州), resorts and islands (巴厘岛, 塞班岛, 长滩岛, 芭提雅) and
    # districts (硅谷, 比佛利山庄); a name that is a person's or a club's as often is left out (奥斯汀, 水原, 汉诺威,
    # 斯图加特, 波尔图, 布鲁日), and so are 牛津 and 剑桥 (their universities, far more often), 乔治城 (Guyana's
    # capital, Washington's district) and 普吉岛 (a name of Phuket province already)
    ("KZ", "Astana", "阿斯塔纳"), ("YE", "Sanaa", "萨那"), ("FJ", "Suva", "苏瓦"), ("EC", "Quito", "基多"),
    ("PA", "Panama_City", "巴拿马城"), ("SV", "San_Salvador", "圣萨尔瓦多"), ("GT", "Guatemala_City", "危地马拉城"),
    ("BZ", "Belmopan", "贝尔莫潘"), ("KW", "Kuwait_City", "科威特城"), ("IN", "Delhi", "德里"),
    ("IN", "Agra", "阿格拉"), ("IN", "Jaipur", "斋浦尔"), ("IQ", "Basra", "巴士拉"), ("AF", "Kandahar", "坎大哈"),
    ("PK", "Peshawar", "白沙瓦"), ("SA", "Medina", "麦地那"), ("PS", "Bethlehem", "伯利恒"),
    ("RU", "Sochi", "索契"), ("UA", "Odesa", "敖德萨"), ("UA", "Kharkiv", "哈尔科夫"), ("GB", "Birmingham", "伯明翰"),
    ("DE", "Heidelberg", "海德堡"), ("AT", "Salzburg", "萨尔茨堡"), ("CH", "Bern", "伯尔尼"), ("CH", "Basel", "巴塞尔"),
    ("US", "Sunnyvale", "森尼韦尔"), ("US", "Silicon_Valley", "硅谷"), ("US", "Beverly_Hills", "比佛利山庄"),
    ("NZ", "Christchurch", "克赖斯特彻奇"), ("MP", "Saipan", "塞班岛"), ("ID", "Bali", "巴厘岛"),
    ("PH", "Boracay", "长滩岛"), ("PH", "Cebu", "宿务"), ("TH", "Pattaya", "芭提雅"), ("MY", "Ipoh", "怡保"),
    ("MY", "Kota_Kinabalu", "亚庇"), ("JP", "Naha", "那霸"), ("JP", "Hakone", "箱根"), ("JP", "Karuizawa", "轻井泽"),
    ("KR", "Gwangju", "光州"), ("", "Golan_Heights", "戈兰高地"), ("US", "Atlantic_City", "大西洋城"),
    ("US", "Ann_Arbor", "安阿伯"), ("US", "Anaheim", "阿纳海姆"),
    # (session 19) a district the recogniser reads as a company beside a verb of partnership (携手好莱坞)
    ("US", "Hollywood", "好莱坞"),
    # (session 26) cities international news names that no zone has and the table lacked: regional capitals and
    # ports, cities of the wars in Iraq and Ukraine, resorts; a name that is also a club's, a person's or a word
    # as often is left out (马拉加, 波兹南, 霍姆斯, 凯恩斯, 尼斯, 塞维利亚), and so is 泗水 (a county of Shandong)
    ("US", "Phoenix", "菲尼克斯"), ("US", "Portland", "波特兰"), ("GB", "Glasgow", "格拉斯哥"),
    ("BE", "Antwerp", "安特卫普"), ("FR", "Nantes", "南特"), ("FR", "Montpellier", "蒙彼利埃"),
    ("NL", "Utrecht", "乌得勒支"), ("SE", "Gothenburg", "哥德堡"), ("NO", "Bergen", "卑尔根"),
    ("PL", "Wroclaw", "弗罗茨瓦夫"), ("IN", "Ahmedabad", "艾哈迈达巴德"),
    ("IN", "Pune", "浦那"), ("PK", "Quetta", "奎达"), ("BD", "Chittagong", "吉大港"), ("EG", "Luxor", "卢克索"),
    ("EG", "Aswan", "阿斯旺"), ("EG", "Sharm_el-Sheikh", "沙姆沙伊赫"), ("IR", "Mashhad", "马什哈德"),
    ("IR", "Shiraz", "设拉子"), ("IL", "Haifa", "海法"), ("IL", "Eilat", "埃拉特"), ("PS", "Ramallah", "拉姆安拉"),
    ("YE", "Hodeidah", "荷台达"), ("IQ", "Fallujah", "费卢杰"), ("IQ", "Kirkuk", "基尔库克"), ("IQ", "Erbil", "埃尔比勒"),
    ("IQ", "Tikrit", "提克里特"), ("KE", "Mombasa", "蒙巴萨"), ("MM", "Mandalay", "曼德勒"), ("KH", "Siem_Reap", "暹粒"),
    ("ID", "Medan", "棉兰"), ("ID", "Bandung", "万隆"), ("ID", "Yogyakarta", "日惹"), ("PH", "Davao", "达沃"),
    ("JP", "Sendai", "仙台"), ("JP", "Yokosuka", "横须贺"), ("UA", "Mariupol", "马里乌波尔"),
    ("UA", "Zaporizhzhia", "扎波罗热"), ("UA", "Lviv", "利沃夫"), ("RU", "Khabarovsk", "哈巴罗夫斯克"),
    ("CO", "Medellin", "麦德林"),
    # (session 26, places29) capitals no zone has (莫尔斯比港, 瓦莱塔, 雅温得 …), cities of the wars in Ukraine, Gaza,
    # Syria's and Yemen's neighbours and Afghanistan, and cities of travel and business news; 克里米亚 and 普里什蒂纳
    # (Kosovo's capital) have no parent, their country being in dispute. A name that is also a person's, a word or
    # a club's as often is left out (马累: 马|累, 莫罗尼, 戈马, 多特蒙德, 里尔, 雷恩)
    ("BN", "Bandar_Seri_Begawan", "斯里巴加湾市"), ("PG", "Port_Moresby", "莫尔斯比港"), ("CM", "Yaounde", "雅温得"),
    ("CI", "Yamoussoukro", "亚穆苏克罗"), ("SZ", "Mbabane", "姆巴巴内"), ("MT", "Valletta", "瓦莱塔"),
    ("BB", "Bridgetown", "布里奇顿"), ("TO", "Nukualofa", "努库阿洛法"), ("VU", "Port_Vila", "维拉港"),
    ("SB", "Honiara", "霍尼亚拉"), ("FM", "Palikir", "帕利基尔"), ("", "Pristina", "普里什蒂纳"),
    ("", "Crimea", "克里米亚"), ("UA", "Donetsk", "顿涅茨克"), ("UA", "Luhansk", "卢甘斯克"), ("UA", "Kherson", "赫尔松"),
    ("UA", "Bakhmut", "巴赫穆特"), ("PS", "Khan_Yunis", "汗尤尼斯"), ("PS", "Jenin", "杰宁"), ("PS", "Nablus", "纳布卢斯"),
    ("IQ", "Sulaymaniyah", "苏莱曼尼亚"), ("IR", "Tabriz", "大不里士"), ("YE", "Taiz", "塔伊兹"),
    ("AF", "Mazar-i-Sharif", "马扎里沙里夫"), ("SD", "Darfur", "达尔富尔"), ("MA", "Marrakesh", "马拉喀什"),
    ("MA", "Tangier", "丹吉尔"), ("ML", "Timbuktu", "廷巴克图"), ("UG", "Entebbe", "恩德培"),
    ("BR", "Porto_Alegre", "阿雷格里港"), ("PE", "Cusco", "库斯科"), ("IN", "Varanasi", "瓦拉纳西"),
    ("IN", "Amritsar", "阿姆利则"), ("IN", "Lucknow", "勒克瑙"), ("IN", "Srinagar", "斯利那加"),
    ("PK", "Rawalpindi", "拉瓦尔品第"), ("PK", "Gwadar", "瓜达尔"), ("AT", "Innsbruck", "因斯布鲁克"),
    ("AT", "Graz", "格拉茨"), ("FR", "Dijon", "第戎"), ("FR", "Rouen", "鲁昂"), ("RU", "Nizhny_Novgorod", "下诺夫哥罗德"),
    ("RU", "Chelyabinsk", "车里雅宾斯克"), ("RU", "Krasnodar", "克拉斯诺达尔"), ("RU", "Murmansk", "摩尔曼斯克"),
    # (session 35, webintl124) Russia's border cities of the war in Ukraine (库尔斯克(Kursk)州长 was read as a person)
    ("RU", "Kursk", "库尔斯克"), ("RU", "Belgorod", "别尔哥罗德"),
    # (session 27, intl32) the Palestinian territories, whose names open with a city's (加沙地带 read as the city
    # 加沙 before)
    ("PS", "Gaza_Strip", "加沙地带"), ("PS", "West_Bank", "约旦河西岸"),
]
#: Taiwan's and Hong Kong's names (Simplified letters) of :data:`EXTRA_CITIES`, written for zhkg.
EXTRA_CITY_FORMS = {
    "Mariupol": ("马立波",), "Zaporizhzhia": ("札波罗热",), "Donetsk": ("顿内次克",), "Lviv": ("利维夫",), "Davao": ("纳卯",),
    "Vladivostok": ("符拉迪沃斯托克",),
    "Florence": ("佛罗伦斯",), "Naples": ("拿坡里",), "Naypyidaw": ("奈比多",), "Aleppo": ("阿勒坡",),
    "Pretoria": ("普利托利亚",), "Wellington": ("威灵顿",), "Houston": ("休士顿", "休斯顿"), "Abu_Dhabi": ("阿布达比",),
    "Doha": ("杜哈",), "Islamabad": ("伊斯兰马巴德",), "Montreal": ("蒙特娄",), "Abuja": ("阿布加",),
    "Barcelona": ("巴塞隆纳",), "New_Orleans": ("纽奥良",), "Cleveland": ("克里夫兰",),
    "Minneapolis": ("明尼亚波利",), "Sacramento": ("沙加缅度",), "Memphis": ("曼菲斯",), "Nashville": ("纳许维尔",),
    "Milwaukee": ("密尔瓦基",), "Jacksonville": ("杰克森维尔",), "Albuquerque": ("阿布奎基",),
    "Strasbourg": ("史特拉斯堡",), "Dusseldorf": ("杜塞道夫",), "Dresden": ("德勒斯登",), "Chennai": ("清奈",),
    "Da_Nang": ("蚬港",), "Calgary": ("卡加利",), "Cannes": ("坎城",), "Toulouse": ("土鲁斯",), "Bilbao": ("毕尔包",),
    # (session 18) Taiwan's and Hong Kong's forms, and short forms news writes (里约奥运)
    "Zagreb": ("札格雷布",), "Chisinau": ("基希涅夫",), "Abidjan": ("阿必尚",), "Windhoek": ("温荷克",),
    "Sanaa": ("沙那",), "Panama_City": ("巴拿马市",), "Guatemala_City": ("瓜地马拉市",), "Belmopan": ("贝尔墨潘",),
    "Kuwait_City": ("科威特市",), "Basra": ("巴斯拉",), "Kandahar": ("坎达哈",), "Salzburg": ("萨尔斯堡",),
    "Birmingham": ("伯明罕",), "Sunnyvale": ("桑尼维尔",), "Silicon_Valley": ("矽谷",),
    "Beverly_Hills": ("比佛利山", "比华利山", "贝弗利山庄"), "Zurich": ("苏黎士",), "Ann_Arbor": ("安娜堡",),
    "Anaheim": ("安那翰",), "San_Francisco": ("三藩市",), "Christchurch": ("基督城",),
    "Bali": ("峇里岛", "巴里岛"),
    "Cebu": ("宿雾",), "Pattaya": ("芭达雅",), "Adelaide": ("阿德雷德",), "Rio_de_Janeiro": ("里约",),
    "Honolulu": ("火奴鲁鲁",), "Palo_Alto": ("帕罗奥图",), "Hollywood": ("荷里活",),
    # (session 26, places29) the name without 市 news writes too
    "Bandar_Seri_Begawan": ("斯里巴加湾",), "Crimea": ("克里米亚半岛",),
    # (session 27, intl32) Taiwan's name of the Gaza Strip
    "Gaza_Strip": ("加萨走廊",),
}
#: Taiwan's or Hong Kong's names of a city that are far more often a word (雪梨 is a pear, 开云 a company), a
#: personal name (索菲亚, 圣约翰) or another city (圣地牙哥 is San Diego, 圣路易 St Louis, to Taiwan). 雪梨 is in
#: ``place_aliases.tsv`` as a ``context`` row: Sydney only beside a place of Australia.
CITY_FORMS_THAT_ARE_WORDS = {"雪梨", "自由城", "自由市", "开云", "索菲亚", "圣约翰", "圣地牙哥", "圣路易", "杜里", "班竹"}

#: Countries whose first-level divisions (states, provinces, prefectures) news names, with the suffixes their
#: Chinese names take: pycountry's ISO 3166-2 zh_CN names ending in one, plus :data:`EXTRA_DIVISION_NAMES`.
#: Japan's prefectures (县, 都, 府, 道) and Korea's provinces (道) and metropolitan and special cities (市).
DIVISION_COUNTRIES = {"US": ("州",), "CA": ("省",), "JP": ("县", "都", "府", "道"), "KR": ("道", "市")}
#: Countries whose divisions' names give zhkg's derived short forms (熊本县 -> 熊本). Korea's do not: the
#: suffix is a compound (釜山广域市 would give 釜山广域); the bare names news writes (大邱, 蔚山, 济州) are
#: written in :data:`EXTRA_DIVISION_NAMES`, and 首尔, 釜山, 仁川 are cities of the table already.
SHORTENED_COUNTRIES = {"US", "CA", "JP"}
#: Short forms a division's name would give that news uses far more often as a word or a surname (Simplified):
#: the division is marked ``noshort`` and is found by its full name only. 三重 (triple), 大分 (大分配), 高知
#: (高知群体), 山梨 and 山形 are words; 山口 (山口百惠), 宫崎 (宫崎骏), 石川 (石川佳纯), 长野, 千叶 (千叶真一),
#: 宫城, 秋田, 福井, 香川 (香川照之) and 富山 are surnames. A short form that names another place (三重区,
#: 冈山区 in Taiwan; the cities 广岛, 长崎, 福冈) is found by the build and switched off too.
NO_SHORT_FORMS = {"三重", "大分", "高知", "山梨", "山形", "山口", "宫崎", "石川", "长野", "千叶", "宫城", "秋田",
                  "福井", "香川", "富山"}
#: pycountry's zh_CN names that are misspelt (琦玉县 for 埼玉县): left out, the right one is written below.
WRONG_DIVISION_NAMES = {"琦玉县"}
#: Further Simplified names of first-level divisions (ISO 3166-2 code, name, further names): a name the
#: translation lacks or gives without its suffix (马里兰州, 蒙大拿州), the mainland form where the
#: translation gives Taiwan's (西弗吉尼亚州), Taiwan's and Hong Kong's forms (乔治亚州, 密西根州, 卑诗省), and the
#: short forms news writes (加州, 佛州, 得州). 德州 is left out (Shandong's 德州市 far more often), and so are 麻省
#: (麻省理工) and 新州 (New South Wales to Australian news).
EXTRA_DIVISION_NAMES = [
    ("US-AL", "阿拉巴马州",), ("US-AZ", "亚历桑那州",), ("US-CA", "加州",), ("US-CT", "康乃狄克州", "康州"),
    ("US-DE", "德拉瓦州", "德拉威州"), ("US-FL", "佛州",), ("US-GA", "乔治亚州",), ("US-IA", "爱荷华州",),
    ("US-IL", "伊利诺州",), ("US-KS", "坎萨斯州",), ("US-LA", "路易斯安纳州", "路易斯安娜州"),
    ("US-MA", "麻萨诸塞州", "麻州"), ("US-MD", "马里兰州",), ("US-MI", "密西根州",), ("US-MT", "蒙大拿州",),
    ("US-NC", "北卡罗莱纳州", "北卡州"), ("US-NH", "新罕布夏州",), ("US-NJ", "纽泽西州",),
    ("US-OK", "奥克拉荷马州",), ("US-OR", "奥勒冈州", "俄勒冈州"), ("US-PA", "宾州",),
    ("US-SC", "南卡罗来纳州", "南卡州"), ("US-TX", "德克萨斯州", "得州"), ("US-VA", "维吉尼亚州",),
    ("US-WI", "威斯康辛州",), ("US-WV", "西弗吉尼亚州",),
    ("CA-AB", "艾伯塔省", "亚伯达省"), ("CA-BC", "不列颠哥伦比亚省", "卑诗省"), ("CA-MB", "马尼托巴省", "曼尼托巴省"),
    ("CA-NB", "新不伦瑞克省",), ("CA-NL", "纽芬兰与拉布拉多省",), ("CA-NS", "新斯科舍省",), ("CA-ON", "安省",),
    ("CA-QC", "魁省",), ("CA-SK", "萨斯喀彻温省",),
    # Japan: the spellings pycountry lacks or misspells (栃木县 beside 枥木县, 埼玉县, 新潟县 beside 新泻县)
    ("JP-09", "栃木县",), ("JP-11", "埼玉县",), ("JP-15", "新潟县",),
    # Korea (pycountry has no Chinese names): the special city, the metropolitan cities by their official
    # names (the bare names news writes where no other place has them), the provinces with their
    # special self-governing ones' older names (江原道, 济州道, 全罗北道) and the island for Jeju
    ("KR-11", "首尔特别市",), ("KR-26", "釜山广域市",), ("KR-27", "大邱广域市", "大邱", "大邱市"), ("KR-28", "仁川广域市",),
    ("KR-29", "光州广域市",), ("KR-30", "大田广域市",), ("KR-31", "蔚山广域市", "蔚山", "蔚山市"),
    ("KR-41", "京畿道",), ("KR-42", "江原特别自治道", "江原道"), ("KR-43", "忠清北道",), ("KR-44", "忠清南道",),
    ("KR-45", "全北特别自治道", "全罗北道"), ("KR-46", "全罗南道",), ("KR-47", "庆尚北道",), ("KR-48", "庆尚南道",),
    ("KR-49", "济州特别自治道", "济州道", "济州岛", "济州"), ("KR-50", "世宗特别自治市", "世宗市"),
]

HEADER = """\
# The world's countries (ISO 3166-1 alpha-2 codes, level 0), the states of the US, the provinces of Canada, the
# prefectures of Japan and the provinces and metropolitan cities of Korea (ISO 3166-2 codes, level 1), other
# countries' divisions pycountry names in Chinese (level 1 or 2, context: only beside a place they lie in) and major
# cities (level 2, under their country) with their Chinese names.
# Generated by tools/build_world_places.py from CLDR (through PyPI babel; Unicode License v3) and pycountry's
# ISO 3166-1 and 3166-2 translations (LGPL-2.1-only); do not edit by hand. City codes are
# <country>-city:<English name>, zhkg's own. Columns: code, name (Simplified), parent code, level, [context]
# (noshort: no short form is derived from the name, 三重县 is no 三重), aliases (|-joined, Simplified), then a
# note: the source.
# code\tname\tparent\tlevel\tcontext\taliases\tsource
"""


def _usable(name: str | None) -> bool:
    return bool(name) and re.fullmatch(r"[\u4e00-\u9fff·]{2,}", name) is not None


def _usable_division(name: str) -> bool:
    """Whether a division's name is Han letters, perhaps two names joined by a hyphen (北莱茵-威斯特法伦)."""
    return re.fullmatch(r"[\u4e00-\u9fff]{2,}(?:-[\u4e00-\u9fff]{2,})?", name) is not None


def build() -> str:
    import pycountry
    from babel import Locale
    from babel.core import get_global

    zh, hant, hant_hk = Locale("zh"), Locale("zh", script="Hant"), Locale.parse("zh_Hant_HK")
    zh_hant = (hant, hant_hk)
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc])
                    for loc in ("zh_CN", "zh_TW", "zh_HK")]
    rows: list[str] = []
    country_names: set[str] = set()
    taken: set[str] = set()
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        if code in HANDLED_ELSEWHERE:
            continue
        forms = [zh.territories.get(code), hant.territories.get(code), hant_hk.territories.get(code)]
        forms += [t.gettext(country.name) for t in translations]
        simplified = [to_simplified(f) for f in forms if f]
        usable = [f for f in dict.fromkeys(simplified) if _usable(f) and f not in NOT_PLACES and f not in taken]
        if not usable:
            print(f"skipped {code}: no usable Chinese name in {simplified}", file=sys.stderr)
            continue
        taken.update(usable)
        country_names.update(usable)
        name, aliases = usable[0], usable[1:]
        rows.append(f"{code}\t{name}\t\t0\t\t{'|'.join(aliases)}\tCLDR, pycountry\n")
    city_names = {names.get("city") for names in zh.time_zones.values()} | {c for _, _, c in EXTRA_CITIES}
    rows += _division_rows(taken, city_names)
    rows += _world_division_rows(taken, city_names)
    zones = get_global("zone_territories")
    cities: dict[str, tuple[str, str, str]] = {}
    for zone, names in sorted(zh.time_zones.items()):
        city, country = names.get("city"), zones.get(zone, "")
        if zone.split("/")[0] not in {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian",
                                      "Pacific"}:
            continue
        if country in HANDLED_ELSEWHERE or not re.fullmatch(r"[A-Z]{2}", country):
            continue
        if not _usable(city) or city in NOT_PLACES or city in country_names:
            continue
        english = zone.rsplit("/", 1)[-1]
        cities.setdefault(city, ("" if zone in NO_PARENT else country, english, f"CLDR zone {zone}"))
    # a city CLDR names already (塞班, 莫尔兹比港) whose name written for zhkg is the one mainland news writes
    # (塞班岛, 莫尔斯比港) takes that name, CLDR's becoming a further one: two rows of one code would name the
    # division by whichever row the gazetteer read last
    cldr_names: dict[str, str] = {}
    for country, english, city in EXTRA_CITIES:
        zoned = next((name for name, (c, e, _) in cities.items() if (c, e) == (country, english)), None)
        if zoned is not None and zoned != city and city not in cities:
            cities[city] = cities.pop(zoned)
            cldr_names[city] = zoned
            continue
        cities.setdefault(city, (country, english, "written for zhkg"))
    forms = _city_forms(cities, zh_hant, taken | city_names)
    for city, (country, english, source) in sorted(cities.items(), key=lambda kv: (kv[1][0], kv[1][1])):
        code = f"{country}-city:{english}" if country else f"city:{english}"
        names = [*forms.get(city, ()), *([cldr_names[city]] if city in cldr_names else [])]
        rows.append(f"{code}\t{city}\t{country}\t2\t\t{'|'.join(names)}\t{source}\n")
    return HEADER + _versions() + "".join(rows)


def _city_forms(cities: dict[str, tuple[str, str, str]], locales, taken: set[str | None]) -> dict[str, list[str]]:
    """Further names of each city (Simplified letters): CLDR's ``zh_Hant`` and ``zh_Hant_HK`` exemplar names
    of its zone and :data:`EXTRA_CITY_FORMS`, less names another place or a city already has, words
    (:data:`CITY_FORMS_THAT_ARE_WORDS`, :data:`NOT_PLACES`) and names two cities share."""
    by_english = {english: city for city, (_c, english, _s) in cities.items()}
    wanted: dict[str, list[str]] = {}
    for city, (_country, _english, source) in cities.items():
        if source.startswith("CLDR zone "):
            zone = source[len("CLDR zone "):]
            for locale in locales:
                name = locale.time_zones.get(zone, {}).get("city")
                if name:
                    wanted.setdefault(city, []).append(to_simplified(name))
    for english, names in EXTRA_CITY_FORMS.items():
        if english in by_english:
            wanted.setdefault(by_english[english], []).extend(names)
    owners: dict[str, set[str]] = {}
    for city, names in wanted.items():
        for name in names:
            owners.setdefault(name, set()).add(city)
    out = {}
    for city, names in wanted.items():
        usable = [n for n in dict.fromkeys(names) if n != city and _usable(n) and n not in taken
                  and n not in NOT_PLACES and n not in CITY_FORMS_THAT_ARE_WORDS and owners[n] == {city}]
        if usable:
            out[city] = usable
    return out


def _division_rows(taken: set[str], city_names: set[str | None] = frozenset()) -> list[str]:
    """First-level divisions of :data:`DIVISION_COUNTRIES` (level 1, under their country), ISO 3166-2 codes.

    A US state is also named without its 州 (夏威夷, 得克萨斯, 加利福尼亚), as news writes it, unless a city
    has that name (华盛顿, 纽约: the cities) or it is shorter than two characters.
    """
    import pycountry

    translation = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    extra: dict[str, list[str]] = {}
    for code, *names in EXTRA_DIVISION_NAMES:
        extra.setdefault(code, []).extend(names)
    elsewhere = _names_elsewhere()
    rows = []
    for country, suffixes in DIVISION_COUNTRIES.items():
        for division in sorted(pycountry.subdivisions.get(country_code=country), key=lambda d: d.code):
            translated = to_simplified(translation.gettext(division.name))
            forms = ([translated] if translated.endswith(suffixes) and translated not in WRONG_DIVISION_NAMES
                     else []) + extra.get(division.code, [])
            usable = [f for f in dict.fromkeys(forms) if _usable(f) and f not in NOT_PLACES and f not in taken
                      and (country in ("US", "CA") or not elsewhere.get(f, {division.code}) - {division.code})]
            full = [f for f in usable if f.endswith(suffixes)]
            if not full:
                continue
            if suffixes == ("州",):
                bare = [f[:-1] for f in full if len(f) >= 3 and not f.endswith("自治州")]
                usable += [f for f in dict.fromkeys(bare) if _usable(f) and f not in NOT_PLACES and f not in taken
                           and f not in city_names and f not in usable]
            taken.update(usable)
            name, aliases = full[0], [f for f in usable if f != full[0]]
            source = "pycountry ISO 3166-2" if translated == name else "written for zhkg"
            derived = short_forms(name, ethnic_groups=())
            unshortened = derived and (country not in SHORTENED_COUNTRIES or any(
                f in NO_SHORT_FORMS or elsewhere.get(f, {division.code}) - {division.code} or f in taken
                or f in city_names for f in derived))
            mark = "noshort" if unshortened else ""
            rows.append(f"{division.code}\t{name}\t{country}\t1\t{mark}\t{'|'.join(aliases)}\t{source}\n")
    return rows


#: Countries whose divisions :func:`_division_rows` writes with their own rules, or other tables hold.
OWN_DIVISIONS = HANDLED_ELSEWHERE | set(DIVISION_COUNTRIES)
#: A division's name that is a direction, a position or a kind rather than a proper name (中部, 东北地区,
#: 首都特区, 大西洋省, 高原省): such names are shared by many countries and are words of the text.
GENERIC_DIVISION = re.compile(
    r"^(?:东|南|西|北|中|东北|东南|西北|西南|东部|南部|西部|北部|中部|中央|首都|北方|南方|东方|西方|大西洋|太平洋|"
    r"沿海|高地|高原|高山|内陆|上|下|河流|滨海|岛屿|湖区|山区|三角)(?:部|区|地区|省|州|邦|大区|特区|领地|领土|群岛)?$")
#: pycountry's zh_CN names that are wrong for their code (IN-SK, Sikkim, is given Tamil Nadu's name) or take a
#: side in a dispute (伪…): left out of that code.
WRONG_WORLD_NAMES = {("IN-SK", "泰米尔纳德邦")}
DISPUTING = re.compile(r"^伪")
#: First-level divisions news names often that pycountry gives no Chinese name (the nations of the United Kingdom,
#: India's states): written for zhkg as facts, Simplified, with Taiwan's forms where they differ.
EXTRA_WORLD_DIVISIONS = [
    ("GB-ENG", "英格兰"), ("GB-SCT", "苏格兰"), ("GB-WLS", "威尔士"), ("GB-NIR", "北爱尔兰"),
    ("IN-GJ", "古吉拉特邦"), ("IN-MH", "马哈拉施特拉邦"), ("IN-KA", "卡纳塔克邦"), ("IN-RJ", "拉贾斯坦邦"),
    ("IN-BR", "比哈尔邦"), ("IN-MP", "中央邦"), ("IN-TS", "特伦甘纳邦"), ("IN-OD", "奥迪沙邦", "奥里萨邦"),
    ("IN-HR", "哈里亚纳邦"), ("IN-CG", "恰蒂斯加尔邦"), ("IN-JH", "贾坎德邦"), ("IN-UK", "北阿坎德邦"), ("IN-UP", "北方邦"),
    ("IN-HP", "喜马偕尔邦"), ("IN-PB", "旁遮普邦"), ("IN-TN", "泰米尔纳德邦"), ("IN-SK", "锡金邦"),
    ("IN-ML", "梅加拉亚邦"), ("IN-NL", "那加兰邦"),
]
#: Names of the world's other divisions (Simplified) that news uses far more often as a person's name, a word
#: or another place (伊莎贝拉 and 奥罗拉 are given names, 三角州 a misspelt 三角洲, 兴安省 the former Chinese
#: province; 莱斯特 and 伯明翰郡 stay with the cities).
NOT_WORLD_DIVISIONS = {
    "伊莎贝拉", "奥罗拉", "三角州", "德尔塔", "兴安省", "太平省", "太原省", "广宁省", "广平省", "广南省", "平阳省", "南定省",
    "西宁省", "北宁省", "平定省", "宁平省", "安江省", "永隆省", "北江省", "富安省", "同奈省", "山罗省", "金瓯省", "谢赫村",
    "圣林城", "西阿拉", "美纳斯", "哈佛英市", "红桥市", "巴黎省", "维也纳州", "莱斯特", "诺丁汉", "圣彼得", "圣保罗",
    "圣路易", "圣路易斯", "圣地亚哥", "圣胡安省", "圣克鲁斯省", "圣克鲁兹", "科尔多瓦省", "苏格兰高地", "约克郡东区",
    "丘陵省", "峡谷省", "盆地省", "海湾省", "极北省", "湖大区", "国家区", "河口省", "下河区", "北岸区", "上河区", "王子镇",
    "波特兰", "汉诺威", "西摩兰", "萨凡纳", "里维拉", "塞萨尔", "阿尔巴", "蒙塔纳", "格拉德", "洛维奇", "库兹马", "卡拉曼",
    # labelled a person or a club (ORG) at least as often as a place in the NER training sets zhkg was checked
    # on (MSRA, CLUENER and Universal NER train, Weibo, Resume), and football clubs named by their city
    "拉齐奥", "热那亚", "乌迪内", "谢里夫", "桑坦德", "布莱克本", "卡塔尼亚", "巴勒莫", "卡利亚里", "锡耶纳", "波尔图",
    "博洛尼亚", "塞维利亚", "萨莫拉", "马拉加", "卡尔斯", "米德尔斯堡", "阿拉德", "里瓦斯", "阿拉贡", "布雷西亚", "帕尔马",
    "阿尔梅里亚", "德比郡", "南安普敦", "朴次茅斯", "普利茅斯", "斯温顿", "维罗纳", "维罗那", "佩鲁贾", "帕多瓦",
    "萨拉戈萨", "巴利亚多利德", "格拉纳达", "加的斯", "韦尔瓦", "恩波利", "亚特兰大", "都灵", "摩德纳", "雷吉纳",
}
#: The suffix Chinese writes after a division of an ISO 3166-2 type when the translation has none (Indonesia's
#: geographical units are islands: 苏拉威西岛).
SUFFIX_OF_TYPE = {"State": "州", "Land": "州", "Canton": "州", "Province": "省", "Geographical unit": "岛"}
DIVISION_SUFFIXES = ("州", "省", "邦", "府", "郡", "县", "区", "市", "岛", "群岛", "城", "国")
#: Division names of a whole class that stand for a person or an institution in Chinese text: saints' names
#: (圣彼得, 圣保罗 are parishes of small islands) are left to the people and cities they name.
SAINTS = re.compile(r"^圣")


def _world_division_rows(taken: set[str], city_names: set[str | None] = frozenset()) -> list[str]:
    """Divisions of the world's other countries (ISO 3166-2 codes), from pycountry's zh_CN and zh_TW names.

    Each is found by its names as written (巴伐利亚 and 巴伐利亚州, 昆士兰州 and Taiwan's 昆士兰 from 昆士蘭,
    新南威尔士, 砂拉越州, 清迈府; a name of two joined by a hyphen with it and without, 北莱茵-威斯特法伦州 and
    北莱茵威斯特法伦州) and only beside a place it lies in or a place within it (``context``: 德国 …
    巴伐利亚), since most are transliterations a person or a club may share (谢里夫, 拉齐奥). A row whose name
    would give a short form naming another place (莱州省 -> Shandong's 莱州) is left out. A name is kept when it
    has three letters or more
    and is no direction or kind (:data:`GENERIC_DIVISION`), no saint, no name of :data:`NOT_WORLD_DIVISIONS`,
    and names nothing else in zhkg's gazetteer (a city of the table, a mainland or Taiwan place: 河南省 is
    Vietnam's too, and stays Henan's) and no other division. A division under another kept division hangs under
    it (level 2); the others hang under their country (level 1).
    """
    import pycountry

    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[loc])
                    for loc in ("zh_CN", "zh_TW")]
    # (the codes this function writes are left out of the check: the build reads its own last output otherwise)
    elsewhere = {form: {c for c in codes if not _is_world_division(c)} for form, codes in _names_elsewhere().items()}
    named: dict[str, list[str]] = {}
    owners: dict[str, set[str]] = {}
    parents: dict[str, str] = {}
    extra: dict[str, list[str]] = {}
    for code, *names in EXTRA_WORLD_DIVISIONS:
        extra.setdefault(code, []).extend(names)
    for division in sorted(pycountry.subdivisions, key=lambda d: d.code):
        if division.country_code in OWN_DIVISIONS:
            continue
        forms = []
        for translation in translations:
            translated = translation.gettext(division.name)
            if translated != division.name:
                forms.append(to_simplified(translated))
        forms = [f for f in forms if (division.code, f) not in WRONG_WORLD_NAMES and not DISPUTING.search(f)]
        facts = extra.get(division.code, [])
        suffix = SUFFIX_OF_TYPE.get(division.type)
        if suffix:
            # news writes a state or a province with its suffix (巴伐利亚州, 砂拉越州, 塞维利亚省)
            forms += [f + suffix for f in forms if not f.endswith(DIVISION_SUFFIXES)]
        # a name of two joined by a hyphen (北莱茵-威斯特法伦, 萨克森-安哈尔特): news writes it with the hyphen or
        # without (北莱茵威斯特法伦州)
        forms += [f.replace("-", "") for f in forms if "-" in f]
        usable = [f for f in dict.fromkeys(facts + forms) if _usable_division(f)
                  and (f in facts or (len(f) >= 3 and not GENERIC_DIVISION.search(f) and not SAINTS.search(f)
                                      and f not in NOT_WORLD_DIVISIONS and f not in NOT_PLACES))
                  and f not in taken and f not in city_names
                  and not elsewhere.get(f, {division.code}) - {division.code}]
        if usable:
            named[division.code] = usable
            parents[division.code] = division.parent_code or ""
            for f in usable:
                owners.setdefault(f, set()).add(division.code)
    # a name two divisions share (a province and its capital's district) names neither for sure
    kept = {code: [f for f in forms if owners[f] == {code}] for code, forms in named.items()}
    kept = {code: forms for code, forms in kept.items() if forms}
    all_forms = {f for forms in kept.values() for f in forms}

    def safe_short(name: str, code: str) -> bool:
        # the short form zhkg derives from the row's name (莱州省 -> 莱州) must name no other place
        return all(not elsewhere.get(f, {code}) - {code} and f not in taken and f not in city_names
                   and f not in all_forms and f not in NOT_PLACES for f in short_forms(name, ethnic_groups=()))

    rows = []
    for code, forms in kept.items():
        name = next((f for f in forms if safe_short(f, code)), None)
        if name is None:
            continue
        taken.update(forms)
        parent = parents[code] if parents[code] in kept else code.split("-")[0]
        level = 2 if parent in kept else 1
        aliases = "|".join(f for f in forms if f != name)
        source = "written for zhkg" if name in extra.get(code, ()) else "pycountry ISO 3166-2"
        rows.append(f"{code}\t{name}\t{parent}\t{level}\tcontext\t{aliases}\t{source}\n")
    return rows


def _is_world_division(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-2 code :func:`_world_division_rows` writes (DE-BY; not US-CA or JP-43)."""
    return re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code) is not None and code[:2] not in OWN_DIVISIONS


def _names_elsewhere() -> dict[str, set[str]]:
    """Every full name and short form zhkg's gazetteer gives (China's, Taiwan's, Hong Kong's and Macau's
    divisions, the world's countries, cities and divisions), with the codes it names: a division's name or short
    form that names another code names another place (三重区 gives 三重, 冈山区 冈山), so it is left out or
    switched off."""
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    out: dict[str, set[str]] = {}
    for table in (gazetteer.full_names, gazetteer.short_names):
        for form, divisions in table.items():
            out.setdefault(form, set()).update(d.code for d in divisions)
    return out


def _versions() -> str:
    """The header line naming the versions of the sources the table was built from."""
    from importlib.metadata import version

    return f"# Built with babel {version('babel')} and pycountry {version('pycountry')}.\n"


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
