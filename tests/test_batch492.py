"""The four-hundred-and-ninety-second batch of published layouts (tests/published/batch492.py):
seven ordinary files as the 市场监管 bodies of one county (庆城县) really send them — the 驿马市场监管所's
file in two sheets ``所领导``/``股室`` with ``一级/二级/三级``, the 马岭市场监管所's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 食品药品检验中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 消费者权益保护中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
赤城市场监管所's 责任清单 under group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the
质量技术服务中心's 一览表 with 责任人 on every row, the 庆城市场监管所's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and
one harder: the 市场监督管理局's 一览表 with no type column, each point's TYPE a 【】 tag opening the
point's cell (``【制度机制】…``), a ``注：`` line saying so
(``python tests/published/score.py --set batch492``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 3a2541e (``/work/snap30``; this
worktree branched from dev at 3a2541e too): TOTAL forms=1.000 recall=0.829 precision=0.829
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=0.829
precision=0.829 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
Seven layouts read in full (15/15 forms, 29/29 points, levels and types all right): the two-sheet
所领导/股室 file, the 排查表 对岗不对人, the 防控卡, the 自查表, the group-row 清单, the 一览表 with
责任人 on every row and the one with bare Ⅰ/Ⅱ/Ⅲ. The harder ``qingcheng_bureau_type_tags.xlsx`` had
its 3/3 forms (科室, 岗位, 责任人 and tiers right) but 0/6 points. Misses by cell (sheet 一览表):

- E3 read ``【制度机制】重大行政处罚案件不经集体讨论``, truth ``重大行政处罚案件不经集体讨论`` type 制度机制;
- E4 read ``【思想道德】为违法经营主体说情打招呼``, truth ``为违法经营主体说情打招呼`` type 思想道德;
- E5 read ``【岗位职责】食品经营许可现场核查走过场``, truth ``食品经营许可现场核查走过场`` type 岗位职责;
- E6 read ``【外部环境】接受餐饮企业宴请、礼品``, truth ``接受餐饮企业宴请、礼品`` type 外部环境;
- E7 read ``【业务流程】市场主体登记材料审核不严``, truth ``市场主体登记材料审核不严`` type 业务流程;
- E8 read ``【岗位职责】泄露登记人信息``, truth ``泄露登记人信息`` type 岗位职责.

The KIND of mistake, one for all six: the 【】 type tag opening the point cell is kept as part of
the point and not read as the type, so every point's text is wrong and its type blank (risk_type
empty; issues.csv has an info ``TABLE_NO_TYPE`` at A2 asking for a 风险类型 column, though the
``注：风险点前【】内为风险类型。`` line under the table gives them). The levels themselves were read
right (高/中/低 → Ⅰ级/Ⅱ级/Ⅲ级 on all six rows) but are not scored, the points not matching; the
note line was taken for no point (noise 0).

Not scored but seen in the export: issues.csv holds info lines only (``TABLE_NO_TYPE`` for the
untyped tables and the harder file, ``GRADE_BLANK``, ``FILE_SKIPPED`` for truth.json).

Generalised after this measurement: a bracketed tag opening the point cell whose word names
configured risk types is the point's type and leaves the point's text (locate._type_tags: full names
always, short forms where the table's tags name two types or a note says so; a filled type cell
wins, a differing one is said; info TYPE_TAGS, warning TYPE_TAG_DIFFERS;
tests/test_type_tag_before_point.py, in other words).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch492 import (
    BARE,
    BUREAU,
    GRADES,
    LAYOUTS,
    NOTE,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
    tagged,
)
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **STARS, **RISKS, **WORDS}
BATCH = Batch(492, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TAGS = "qingcheng_bureau_type_tags"
HARDER = {TAGS}
UNTYPED = {
    "qingcheng_yima_two_sheets",
    "qingcheng_food_lab_cards",
    "qingcheng_consumer_selfchecks",
    "qingcheng_chicheng_group_rows",
}
NOBODY = {"qingcheng_maling_posts"}


def _points_in(form: dict, sheets: dict) -> set[str]:
    """In the harder file a point is the text after the 【类型】 tag opening its cell."""
    here = sheets[form["sheet"]]
    if form["layout"] != TAGS:
        return here
    return {m.group(1) for c in here if (m := re.fullmatch(r"【[^】]+】(.+)", c))}


def test_batch492_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=489, unit_words=(PLACE,), new_people=True)


def test_batch492_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), points_in=_points_in)
    assert RESAVED == ()


def test_batch492_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch492_every_unit_is_of_qingcheng():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch492_type_tag_opens_every_point():
    head = BATCH.heading(TAGS)
    assert head == ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"]
    assert not any("类型" in str(h) or "类别" in str(h) for h in head)
    table = BATCH.table(TAGS)
    cells = [row[4] for row in table]
    points = BATCH.points(TAGS)
    assert len(cells) == len(points) == sum(len(ps) for *_x, ps in BUREAU)
    for cell, p in zip(cells, points, strict=True):
        assert p["types"] and p["types"][0] in TYPES
        assert cell == tagged(p["types"][0], p["risk_point"])
        assert cell.startswith("【") and "【" not in p["risk_point"]
        # no type word in the point itself: the tag is the only place the type is given
        assert types_in(p["risk_point"]) == []
    assert [HML[row[5]] for row in table] == [p["level"] for p in points]
    assert any(row[0] == NOTE for row in BATCH.filled(TAGS))


def test_batch492_plain_tables_by_heading():
    cases = [
        ("qingcheng_maling_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("qingcheng_quality_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("qingcheng_town_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("qingcheng_maling_posts") == {""}
    name = "qingcheng_yima_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "所领导",
                           fixed={"dept": "所领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "所领导")
    points = {p["risk_point"] for p in BATCH.points("qingcheng_maling_posts")}
    assert not points & {row[4] for row in BATCH.table("qingcheng_maling_posts")}


def test_batch492_group_rows_and_one_sheet_a_person():
    name = "qingcheng_chicheng_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "qingcheng_food_lab_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "qingcheng_consumer_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch492_is_read(tmp_path):
    BATCH.is_read(tmp_path)
