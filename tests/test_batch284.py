"""The two-hundred-and-eighty-fourth batch of published layouts (tests/published/batch284.py): seven
ordinary files as the state-owned companies and 园区/开发区 bodies of one district (游仙区) really send
them — the 投资控股集团有限公司's 一览表 with short types and ``一级/二级/三级``, the 水务投资有限公司's 自查表
one sheet a person with ``高风险/中风险/低风险``, the 城乡公共交通有限公司's 防控卡 one sheet a holder with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 园区建设开发有限公司's 防控表 under group rows ``一、公司领导`` … with ``风险点 | 风险描述``
and ``一级风险/二级风险/三级风险``, the 高新技术产业园区管理委员会's two sheets ``管委会领导``/``内设机构`` with
``★★★/★★/★``, the 产业园区企业服务中心's 排查表 对岗不对人, the 城市建设工程有限公司's 责任清单 written on
every row with ``高级/中级/低级`` — and one harder: the 经济开发区管理委员会's 一览表 whose one column
``风险点及防控措施`` holds each row's points and measures numbered together in one cell
(``风险点1：…⏎防控措施1：…⏎风险点2：…⏎防控措施2：…``), one 风险等级 for the row
(``python tests/published/score.py --set batch284``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 64779bd (main's newest when the batch was done; this
worktree branched from it). Without and with --strict the same:

    TOTAL                      forms  43/43  points  61/75  recall 0.81 precision 0.88 (61/69)  levels  61/61  types  61/61  noise 0
    TOTAL forms=1.000 recall=0.813 precision=0.884 levels=1.000 types=1.000 noise=0

The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms,
points, levels and types; with --strict too).

Missed, all in the harder ``youxian_devzone_numbered_pairs.xlsx`` (sheet 一览表; forms 6/6, points
0/14, precision 0/8, levels of what was read right): the reader found the table, its holders and
the row levels, but took each ``风险点及防控措施`` cell WHOLE as one point, label lines and measures
included, with no measures (risks.csv risk_point = the whole cell, measures blank; MEASURES_BLANK
warning on each of F4…F11):

- F4 (阚砚澍, 高 → Ⅰ级): read one point ``风险点1：重大招商项目入园…个人拍板⏎防控措施1：…⏎风险点2：…⏎
  防控措施2：…``; truth two points ``重大招商项目入园不经党工委会集体研究，个人拍板`` and
  ``为特定关系人承揽园区工程打招呼、递条子``;
- F5 (阚砚澍, Ⅰ级): read ``风险点1：违规同意调整地块容积率…⏎防控措施1：…``; truth one point
  ``违规同意调整地块容积率等规划条件，为企业输送利益``;
- F6 (郏霁珩, Ⅱ级): read the whole cell; truth ``擅自承诺超出政策规定的土地、税收优惠``,
  ``企业奖补资金兑现审核把关不严``;
- F7 (薄峤沅, Ⅱ级): read the whole cell; truth ``洽谈中接受企业宴请、礼品礼金``,
  ``泄露园区土地出让底价等招商信息``;
- F8 (薄峤沅, Ⅲ级): read the whole cell; truth ``对未达到约定投资强度的入园企业不督促整改``;
- F9 (巢湍沣, Ⅰ级): read the whole cell; truth three points ``道路管网工程设计变更审核不严，增加投资``,
  ``隐蔽工程验收不到场即签字``, ``向施工单位指定分包单位或材料供应商``;
- F10 (鞠芷澜, Ⅲ级): read the whole cell; truth ``代办审批手续时向企业吃拿卡要``;
- F11 (庾沐蘅, Ⅱ级): read the whole cell; truth ``工程款不按合同约定和审批手续支付``,
  ``平台公司融资资金使用审核流于形式``.

Kind: a cell in which numbered ``风险点N：`` and ``防控措施N：`` lines alternate is read as ONE point (the
whole cell) without measures — neither split into its points nor its measures taken out; even a
cell of ONE pair (F5, F8, F10) is not split, the known ``风险点：…⏎防控措施：…`` rule not firing on
numbered labels.

Unscored besides: every unit, 科室, post, holder and tier of the 43 forms right (posts.csv); the
issues are info only (TABLE_NO_TYPE on the untyped tables, GRADE_BLANK on the cards and
self-checks) but for the eight MEASURES_BLANK warnings above.

Generalised after this measurement: points and measures numbered together in one cell are a point each with its
own measures (tests/test_columns.py::test_points_and_measures_numbered_together_in_one_cell).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch284 import (
    BANDS,
    DEVZONE,
    GRADES,
    LAYOUTS,
    MEASURE_LABEL,
    POINT_LABEL,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TIERED,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS, **TIERED}
BATCH = Batch(284, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER_NAME = "youxian_devzone_numbered_pairs"
HARDER = {HARDER_NAME}
UNTYPED = {
    "youxian_devzone_numbered_pairs",
    "youxian_water_selfchecks",
    "youxian_park_platform_groups",
    "youxian_hitech_park_two_sheets",
    "youxian_construction_duty_list",
}
NOBODY = {"youxian_park_service_center_posts"}
# one ``风险点N：`` / ``防控措施N：`` label in a cell as written (the full-width colon)
LABEL = re.compile(rf"({POINT_LABEL}|{MEASURE_LABEL})(\d+)：")


def _pairs(cell: str) -> list[tuple[str, int, str]]:
    """(label, number, text) of each labelled line of a ``风险点及防控措施`` cell, in order."""
    out = []
    for line in cell.split("\n"):
        m = LABEL.match(line)
        assert m, line
        out.append((m[1], int(m[2]), line[m.end() :]))
    return out


def _points_in(form: dict, sheets: dict) -> set[str]:
    """Where a point stands whole: a cell of its sheet, or in the harder file the text after a
    ``风险点N：`` label of a cell (the cells are normalised, ``：`` read as ``:``)."""
    here = sheets[form["sheet"]]
    if form["layout"] != HARDER_NAME:
        return here
    parts = set()
    for cell in here:
        pieces = re.split(rf"({POINT_LABEL}\d+:|{MEASURE_LABEL}\d+:)", cell)
        parts |= {
            norm(text)
            for label, text in zip(pieces[1::2], pieces[2::2], strict=True)
            if label.startswith(POINT_LABEL)
        }
    return parts


def test_batch284_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=281, unit_words=("游仙区",), new_people=True)


def test_batch284_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch284_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch284_every_unit_is_of_youxian():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("游仙区") for u in units)


def test_batch284_points_and_measures_numbered_together_in_one_cell():
    name = HARDER_NAME
    head = BATCH.heading(name)
    assert head == ["序号", "部门", "岗位", "姓名", "职责事项", "风险点及防控措施", "风险等级"]
    got = []
    table = BATCH.table(name)
    for row in table:
        pairs = _pairs(row[5])
        # 风险点1, 防控措施1, 风险点2, 防控措施2 … numbered from 1 in every cell
        k = len(pairs) // 2
        assert [(lab, n) for lab, n, _ in pairs] == [
            (lab, i) for i in range(1, k + 1) for lab in (POINT_LABEL, MEASURE_LABEL)
        ], row[5]
        for label, _n, text in pairs:
            if label == POINT_LABEL:
                got.append((row[1], row[2], row[3], text, HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    # no point stands whole in a cell, and no measure is a point
    cells = {c for row in BATCH.rows(name) for c in row if isinstance(c, str)}
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & cells
    measures = {
        m for _d, _p, _w, _t, items in DEVZONE for _u, pairs, _l in items for _x, m in pairs
    }
    assert not points & measures
    # cells of one pair and of several: one level for the row, several points under it
    sizes = {len(_pairs(row[5])) // 2 for row in table}
    assert {1, 2, 3} <= sizes
    assert len(table) < sum(len(f["risks"]) for f in BY_NAME[name]["truth"])


def test_batch284_plain_tables_by_heading():
    cases = [
        ("youxian_investment_group_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}, "风险类型"),
        ("youxian_construction_duty_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, None),
        ("youxian_park_service_center_posts",
         {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "youxian_hitech_park_two_sheets"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "内设机构") == BATCH.truth_rows(name, "内设机构")
    heads = {"post": "职务", "person": "姓名", "point": "风险点"}
    got = BATCH.by_heading(name, heads, "管委会领导", fixed={"dept": "管委会领导"})
    assert got == BATCH.truth_rows(name, "管委会领导")
    # the 城市建设工程有限公司's list: every row names its 部门, 岗位 and 责任人 (no merges)
    merges = BATCH.sheet("youxian_construction_duty_list")["merges"]
    assert all(r0 == r1 for r0, _c0, r1, _c1 in merges)
    assert all(
        row[1] and row[2] and row[3] for row in BATCH.numbered("youxian_construction_duty_list")
    )
    # the short 风险点 is the point, the long 风险描述 none
    name = "youxian_park_platform_groups"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch284_group_rows_give_the_department():
    name = "youxian_park_platform_groups"
    rows = BATCH.filled(name)
    dept, got = None, []
    for row in rows:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch284_one_sheet_a_person():
    name = "youxian_water_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "部　门", f["department"]]
        assert rows[2][:2] == ["岗　位", f["title"]] and f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "youxian_bus_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]


def test_batch284_is_read(tmp_path):
    BATCH.is_read(tmp_path)
