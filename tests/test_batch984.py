"""The nine-hundred-and-eighty-fourth batch of published layouts (tests/published/batch984.py):
seven ordinary files as the 政府工作部门, 事业单位 and one 镇 of one county (凤冈县) really send them —
the 农业农村局's 一览表 with ``股室`` merged, ``…风险`` types and ``一级/二级/三级``, the 市场监督管理局's
防控卡 one sheet a person with ``持卡人 | … | 职务 | …``, short types and 高/中/低, the 永安镇's 排查表 with a
``农业服务中心`` in its ``站所`` column, ``风险点 | 具体表现`` and ``高风险/中风险/低风险``, the
文体广电旅游局's 清单 对岗不对人 with ``一级风险/二级风险/三级风险``, the 工业和信息化局's 自查表 one sheet a
person with ``★★★/★★/★``, the 林业局's 清单 under group rows ``一、局领导``, ``二、永安林业站`` … with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 住房和城乡建设局's 一览表 with 责任人 on every row and ``重点防控/一般防控/常规防控`` —
and one harder: the 茶产业发展中心's 一览表 whose level column holds the digits ``3/2/1`` under the
heading ``风险等级（1=低，2=中，3=高）``: only the heading's brackets say that ``3`` is the highest
(``python tests/published/score.py --set batch984``).

Why the harder shape is new: the README's 读得懂的表 and docs/layouts.md turn digits round by a NOTE
under the table (``数字越大风险越高：3为高风险…``), order three level WORDS by a heading's brackets
(``风险等级（极高＞高＞中）``, ``（红色为最高）``) and read a stage column's own level from its heading
(``立项论证（二级）``); none gives a digit column its levels by a key in its own heading
(``（1=低，2=中，3=高）``, ``（高3 中2 低1）``). A five-row probe (``风险等级(1=低,2=中,3=高)`` over ``3/2/1``)
was read 3→三级 and 1→一级 before the batch was built.

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 8119ff1e (this worktree branched from that commit,
xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.889 types=1.000 noise=0 (forms 32/32, points 54/54, precision 54/54, levels 48/54, types
54/54); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.889
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0) — the 永安镇's ``农业服务中心`` in its
``站所`` column and the 林业局's group rows ``二、永安林业站`` came out as 科室 of their unit, the
住房和城乡建设局's ``重点防控/一般防控/常规防控`` as 1/2/3, as the truth has them.

Missed, all in the harder ``fg_tea_centre_digit_key_in_heading.xlsx`` (forms 5/5, points 10/10,
precision 10/10, levels 4/10, types 10/10, noise 0): the level column's digits were read as their
own grade, ``1`` 一级 … ``3`` 三级, the heading's key ``（1=低，2=中，3=高）`` passed over: 一览表!G3–G12
(``3``, ``3``, ``2``, ``2``, ``3``, ``1``, ``2``, ``2``, ``1``, ``1``) read Ⅲ, Ⅲ, Ⅱ, Ⅱ, Ⅲ, Ⅰ, Ⅱ, Ⅱ, Ⅰ, Ⅰ
against the truth 1, 1, 2, 2, 1, 3, 2, 2, 3, 3 — every ``3`` and every ``1`` turned round (the
``2`` right by chance), and no issue said of it at all (no LEVEL_SCALE, no warning): the file's
only issues are none. Forms, holders, 科室, points, types and measures all right.
Kind: a level column of digits whose OWN HEADING keys each digit to a level word (``（1=低，2=中，
3=高）``, ``（高3 中2 低1）``, ``（3分高 2分中 1分低）``) the reverse of (or other than) the usual grade
of a digit; the reader turns digits round only by a note under the table (``数字越大风险越高…``);
a general fix would read such a key in the level heading's brackets, give each digit the level of
its word, say so once a table, and warn at a cell whose digit the key lacks.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a level column of short codes (digits ``3/2/1``, ``3分``,
letters ``A/B/C``) whose OWN HEADING keys each code to a level word in its brackets, code first or
word first (``风险等级（1=低，2=中，3=高）``, ``风险级别（高3 中2 低1）``, ``风险等级（1分低 2分中 3分高）``,
``风险程度(C—高 B—中 A—低)``), with no note needed: each cell reads as the key says, not as a digit's
own grade (``3`` 一级 where 3=高), said once a table at the level heading (LEVEL_BY_HEADING_KEY,
info: here 一览表!G2); a code the key lacks keeps no level, warned at its cell
(LEVEL_HEADING_KEY_UNMATCHED, no LEVEL_UNKNOWN besides); a key that keeps the usual reading
(``（1高 2中 3低）``), brackets that only say what to write (``（填1、2、3）``), digits turned round by a
note under the table (LEVEL_SCALE) and keyed likelihood and impact columns beside a level column of
words read as before, tests/test_level_key_in_heading.py. Read 1.00 since (forms 32/32, points
54/54, precision 54/54, levels 54/54, types 54/54, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch984 import (
    BY_DIGITS,
    DIGIT_HEAD,
    DIGIT_KEY,
    DIGIT_LEVELS,
    GRADES,
    GUARDS,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **GUARDS}
BATCH = Batch(984, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"fg_tea_centre_digit_key_in_heading"}
TYPED = {
    "fg_tea_centre_digit_key_in_heading",
    "fg_agriculture_list",
    "fg_market_regulation_cards",
    "fg_culture_tourism_posts",
    "fg_housing_list",
}
NOBODY = {"fg_culture_tourism_posts"}


def test_batch984_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=983, unit_words=("凤冈县",), new_people=True)


def test_batch984_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 13))
    assert RESAVED == ()


def test_batch984_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch984_every_unit_is_of_fenggang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("凤冈县") for u in units)


def test_batch984_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("公石", "公祖") for p in people)
    assert {p[:2] for p in people} == {"公石", "公祖"}


def test_batch984_levels_by_the_digit_key_in_the_heading():
    name = "fg_tea_centre_digit_key_in_heading"
    head = BATCH.header(name, "一览表")
    rows = BATCH.filled(name, "一览表")
    assert rows[head] == [
        "序号",
        "股室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类别",
        DIGIT_HEAD,
        "防控措施",
    ]
    # the heading's brackets, read as written: each digit and its word
    inside = re.search(r"（(.+)）", rows[head][6]).group(1)
    key = {int(d): w for d, w in re.findall(r"(\d)=([高中低])", inside)}
    assert key == DIGIT_KEY and {HML[w] for w in key.values()} == {1, 2, 3}
    # reversed: the usual reading of a digit as its grade would be wrong for 3 and 1
    assert {d: HML[w] for d, w in key.items()} == DIGIT_LEVELS
    assert DIGIT_LEVELS[3] == 1 and DIGIT_LEVELS[1] == 3
    table = BATCH.table(name, "一览表")
    assert len(table) == sum(len(points) for *_, points in BY_DIGITS)
    assert {row[6] for row in table} == {1, 2, 3} and all(isinstance(row[6], int) for row in table)
    got = [(row[1], row[2], row[3], row[4], HML[key[row[6]]]) for row in table]
    assert got == BATCH.truth_rows(name, "一览表")
    assert [types_in(row[5]) for row in table] == [r["types"] for r in BATCH.points(name)]
    # no note on the sheet: no row but the heading speaks of the digits
    assert not any(
        isinstance(c, str) and ("=" in c or "为高" in c) for row in rows[head + 1 :] for c in row
    )


def test_batch984_plain_tables_by_heading():
    cases = [
        ("fg_agriculture_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("fg_culture_tourism_posts", {"post": "岗位", "point": "廉政风险点"}, "风险类别"),
        ("fg_housing_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "fg_yongan_town_screening"
    heads = {"dept": "站所", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 具体表现 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[5] for row in BATCH.table(name)}


def test_batch984_stations_are_departments_of_their_unit():
    name = "fg_yongan_town_screening"
    forms = BY_NAME[name]["truth"]
    assert {f["unit"] for f in forms} == {"凤冈县永安镇人民政府"}
    assert {f["tier"] for f in forms if f["department"] == "农业服务中心"} == {"middle"}
    name = "fg_forestry_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)
    forms = BY_NAME[name]["truth"]
    assert {f["tier"] for f in forms if f["title"] == "站长"} == {"middle"}
    assert {f["department"] for f in forms} == {"局领导", "永安林业站", "琊川林业站"}


def test_batch984_one_sheet_a_person():
    name = "fg_industry_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "职　务", "填表日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "fg_market_regulation_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "职务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [r["types"] for r in f["risks"]]


def test_batch984_is_read(tmp_path):
    BATCH.is_read(tmp_path)
