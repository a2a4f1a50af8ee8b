"""The three-hundredth batch of published layouts (tests/published/batch300.py): seven ordinary
files as the state-owned companies and 事业单位 of one city (万源市) really send them — the 中心医院's
防控卡 one sheet a holder with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 八台山旅游开发有限公司's 防控表 under group rows
``一、公司领导`` … with ``★★★/★★/★``, the 供排水有限责任公司's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``一级风险/二级风险/三级风险``, the 粮油储备有限公司's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 国有林场's two sheets ``场领导 | 股室`` with bare ``Ⅰ/Ⅱ/Ⅲ``, the
不动产登记中心's 责任清单 with ``一级/二级/三级`` and a last ``分管领导`` column, the 中医院's 一览表 with
高/中/低 — and one harder: the 交通建设投资有限公司's 一览表 with no level column, whose points each end
with a footnote marker ``①``/``②``/``③`` that a ``注：`` line under the table reads as the level
(``python tests/published/score.py --set batch300``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 327f6c7 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch300``:
``TOTAL                      forms  42/42  points  55/66  recall 0.83 precision 0.83 (55/66)  levels  55/55  types  55/55  noise 0``
and ``TOTAL forms=1.000 recall=0.833 precision=0.833 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  42/42  points  55/66  recall 0.83 precision 0.83 (55/66)  levels  55/55  types  55/55  noise 0``
and ``TOTAL forms=1.000 recall=0.833 precision=0.833 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full, with ``--strict`` too — every form, point, level and type. The truth
was not changed after measuring.

Missed, all in the harder ``wanyuan_traffic_invest_footnote_levels.xlsx`` (sheet 一览表; forms 6/6,
points 0/11, precision 0/11): every form was found with its 部门, 岗位 and 姓名 (posts.csv
F00031–F00036) and every point with its type and measures, but EACH POINT WAS READ WITH ITS
FOOTNOTE MARKER KEPT AS PART OF ITS TEXT AND WITH NO LEVEL — so all eleven count against recall AND
precision (the scorer keys the point by its text, NFKC turning the marker into a trailing digit),
and each raised ``LEVEL_BLANK`` (error, ``风险级别未填写``) at its cell; the ``注：`` line A15 that says
what ``①②③`` mean was dropped silently as no point, read for nothing. By cell (read → truth):

- E4 ``农村公路建设项目投资决策不经“三重一大”集体研究①``, no level (F00031 董事长 蹇沄蘅) → point without
  ``①``, level 1;
- E5 ``为特定关系人承揽公司项目打招呼、插手工程招标①``, no level (F00031) → without ``①``, level 1;
- E6 ``对施工单位转包、违法分包问题不督促查处②``, no level (F00032 副总经理 谯翊渟) → without ``②``, level 2;
- E7 ``设计变更、工程签证审核把关不严，虚增工程量①``, no level (F00033 部长 税洺瑶) → without ``①``, level 1;
- E8 ``隐蔽工程、交工验收走过场，降低质量标准②``, no level (F00033) → without ``②``, level 2;
- E9 ``接受施工单位宴请、礼品礼金③``, no level (F00034 现场代表 牟泠璇) → without ``③``, level 3;
- E10 ``施工日志、计量资料事后补记，与现场不符②``, no level (F00034) → without ``②``, level 2;
- E11 ``招标文件设置排他性条款，量身定制资格条件①``, no level (F00035 经理 帅岍翎) → without ``①``, level 1;
- E12 ``合同签订后随意变更实质性条款②``, no level (F00035) → without ``②``, level 2;
- E13 ``工程款、农民工工资专户资金不按进度和审批支付②``, no level (F00036 会计 伏澈峣) → without ``②``, level 2;
- E14 ``项目资金挪作他用，账务处理不规范③``, no level (F00036) → without ``③``, level 3.

Kind: a circled-numeral footnote marker after the point's text, defined as a level by a ``注：`` line
under a table with no level column, is neither stripped from the point nor read as its level (the
README's marker rule, LEVEL_MARKS, reads only ``★``/``☆`` before the point).

Unscored besides (posts.csv): in the same file the post ``现场代表`` (C9:C10, F00034) has no tier
(truth general; as in batch280). The other issues are info only (TABLE_NO_TYPE on the untyped tables,
GRADE_BLANK on the cards and self-checks).

Generalised after this measurement: a mark after the point that a note defines gives its level
(tests/test_columns.py::test_a_mark_after_the_point_a_note_defines_gives_its_level).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch300 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    MARK_HEAD,
    MARK_NOTE,
    MARKED,
    MARKS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **STARS, **BANDS, **RISKS}
BATCH = Batch(300, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wanyuan_traffic_invest_footnote_levels"}
UNTYPED = {
    "wanyuan_baitaishan_tourism_groups",
    "wanyuan_forest_farm_two_sheets",
    "wanyuan_real_estate_register_duties",
}
NOBODY = {"wanyuan_water_supply_posts"}
GAP = "\u3000"
# NFKC turns ①②③ into 1 2 3: a marked cell, normalised, ends with the digit
MARKED_CELL = re.compile(r"^(.+)[123]$")


def _unmarked(form, sheets):
    """The cells of the form's sheet, and in the harder file each cell without its closing marker."""
    here = sheets[form["sheet"]]
    if form["layout"] not in HARDER:
        return here
    return here | {m.group(1) for c in here if (m := MARKED_CELL.match(c))}


def test_batch300_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=297, unit_words=("万源市",), new_people=True)


def test_batch300_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14), points_in=_unmarked)
    assert RESAVED == ()


def test_batch300_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch300_every_unit_is_of_wanyuan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("万源市") for u in units)
    # every holder's name is three characters, and no holder is in two files
    people = [p for lay in LAYOUTS for p in BATCH.holders(lay["name"]) - {""}]
    assert all(len(p) == 3 for p in people) and len(set(people)) == len(people)


def test_batch300_the_level_is_the_footnote_marker():
    name = "wanyuan_traffic_invest_footnote_levels"
    rows = BATCH.filled(name)
    head = rows[BATCH.header(name)]
    assert tuple(head) == MARK_HEAD
    # no level column: no heading says 等级 or 级别, no cell of the table is a level word
    assert not any("等级" in h or "级别" in h for h in head)
    table = BATCH.table(name)
    assert len(table) == sum(len(p[4]) for p in MARKED)
    assert not {c for row in table for c in row} & set(LEVELS)
    got, types = [], []
    for row in table:
        cell = row[4]
        mark = cell[-1]
        assert mark in MARKS and not any(m in cell[:-1] for m in MARKS), cell
        got.append((row[1], row[2], row[3], cell[:-1], MARKS[mark]))
        types.append([row[5]])
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    # every level is used; no point is a whole cell (each carries its marker)
    assert {lv for *_, lv in got} == {1, 2, 3}
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {c for row in rows for c in row if isinstance(c, str)}
    # the note under the table names the three markers and what they mean
    note = next(row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注"))
    assert note == MARK_NOTE
    for mark, word in zip(MARKS, ("一级", "二级", "三级"), strict=True):
        assert f"标注{mark}的为{word}风险" in note
    # NFKC reads a marker as a digit: the scorer's key is the point without it
    assert all(norm(cell).endswith(str(MARKS[cell[-1]])) for cell in (r[4] for r in table))
    assert BATCH.holders(name) == {row[3] for row in table}


def test_batch300_plain_tables_by_heading():
    cases = [
        ("wanyuan_water_supply_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("wanyuan_real_estate_register_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("wanyuan_tcm_hospital_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 供排水 company names nobody
    name = "wanyuan_water_supply_posts"
    at = BATCH.heading(name).index("风险表现")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 不动产登记中心's 职责事项 is no point, its 分管领导 no holder but of a leader's own rows
    name = "wanyuan_real_estate_register_duties"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    assert not BATCH.holders(name) & ({r[8] for r in table} - {r[3] for r in table})
    assert "市自然资源局" in {r[8] for r in table}
    # the 林场's two sheets: the leaders' sheet is their 科室, bare Ⅰ/Ⅱ/Ⅲ on both
    name = "wanyuan_forest_farm_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "场领导",
        fixed={"dept": "场领导"},
    )
    assert got == BATCH.truth_rows(name, "场领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    assert {r[5] for s in ("场领导", "股室") for r in BATCH.table(name, s)} == set(BARE)


def test_batch300_group_rows_give_the_department():
    name = "wanyuan_baitaishan_tourism_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], STARS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch300_one_sheet_a_person():
    name = "wanyuan_central_hospital_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
    name = "wanyuan_grain_reserve_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"部{GAP}门", f"岗{GAP}位", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch300_is_read(tmp_path):
    BATCH.is_read(tmp_path)
