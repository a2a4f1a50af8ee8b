"""The four-hundred-and-twenty-third batch of published layouts (tests/published/batch423.py): seven
ordinary files as the 卫生健康 bodies of one county (黄陵县) really send them — the 卫生健康局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 中医医院's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 妇幼保健院's 一览表 with ``部门`` merged, ``姓名`` before ``职务``,
``廉政风险点 | 风险描述`` and 高/中/低, the 店头镇中心卫生院's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 隆坊镇中心卫生院's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 田庄镇卫生院's 责任清单
under group rows ``一、院领导`` … with ``一级风险/二级风险/三级风险``, the 阿党镇卫生院's 一览表 written
out on every row, the type before the point and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 县人民医院's
汇总表 exported from the OA address book, whose ``部门`` cell is the WHOLE PATH from the unit down to
the 科室 through a 科室类别 (``黄陵县人民医院/医技科室/药剂科``; ``黄陵县人民医院/院领导`` for the leaders)
(``python tests/published/score.py --set batch423``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap12 at 6101176
(the commit this worktree branched from, dev; main was at 57d6eaa). ``score.py --set batch423``:
``TOTAL                      forms  39/39  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  33/39  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=0.846 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form, point, level and type (forms 8/8)
but, with ``--strict``, only 2/8. The truth was not changed after measuring.

Missed, all in the harder ``huangling_county_hospital_org_paths.xlsx`` (sheet Sheet1; forms 8/8,
with ``--strict`` 2/8; points, levels and types 12/12; noise 0):

- the ``部门`` path was taken WHOLE as the 科室 and the unit was left EMPTY: posts.csv has for
  every form ``unit`` "" and ``department`` the cell as typed (each row's own cell, nothing merged) — D2, D3 and D4 ``黄陵县人民医院/院领导``
  (院长 厍湜琮 F00006, 副院长 鄢沣璠 F00007; truth 科室 ``院领导``), D5 and D6 ``黄陵县人民医院/职能科室/医务科``
  (科长 闾珮滢 F00008; truth ``医务科``), D7 ``黄陵县人民医院/职能科室/财务科`` (会计 蒯琇沄 F00009; truth
  ``财务科``), D8, D9 and D10 ``黄陵县人民医院/医技科室/药剂科`` (科主任 郏璆淏 F00010, 药库管理员 訾沅珑
  F00011; truth ``药剂科``), D11 ``黄陵县人民医院/医技科室/检验科`` (科主任 仉瑱澍 F00012; truth
  ``检验科``), D12 and D13 ``黄陵县人民医院/临床科室/外科`` (护士长 暨琬潆 F00013; truth ``外科``); the truth's
  unit of all eight is ``黄陵县人民医院``. With ``--strict`` the six forms below the 院领导 miss (the two
  leaders pass: a leader's 科室 is not compared). issues.csv says nothing of it (no issue at all for
  the file: no blank-unit warning, no COLUMN_GUESSED).

The holders, posts, tiers (领导/中层/一般 as the truth), points, types and levels of the file were all
read right. Kind: the reader does not split an address-book path in a 部门 cell, so a cell that
gives the unit, a 科室类别 grouping and the 科室 by their place in a ``/``-parted path is kept whole
as the 科室, and the unit it names first is never taken (the sheet has no title or 单位 line, so
the unit stays empty).

Unscored besides: the 隆坊镇中心卫生院's 副院长 扈瑧沄 came out with the 科室 ``领导班子`` (F00024; truth
"", his 自查表 names no 科室). Every other unit, 科室, post and tier in posts.csv is the truth's. The
other issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK on the cards and the
自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: a 部门 written as its path in a staff directory
('黄陵县人民医院/医技科室/药剂科') gives the unit (its first part, a body's name) and the 科室 (its last); the
groups between are neither, and a path not opening with a body ('办公室/财务室') stays as written;
test_a_department_written_as_its_directory_path in tests/test_columns.py says it in other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch423 import (
    BANDS,
    BARE,
    GRADES,
    GROUPINGS,
    LAYOUTS,
    PATH_HEAD,
    PATH_NAME,
    PATH_TAB,
    PATH_UNIT,
    PEOPLE,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(423, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {PATH_NAME}
UNTYPED = {
    "huangling_health_bureau_two_sheets",
    "huangling_diantou_clinic_cards",
    "huangling_longfang_clinic_selfchecks",
}
NOBODY = {"huangling_tcm_hospital_posts"}
GAP = "\u3000"


def test_batch423_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=419, unit_words=(PLACE,), new_people=True)


def test_batch423_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch423_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch423_every_unit_is_of_huangling_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch423_department_is_the_last_part_of_the_path():
    name = PATH_NAME
    rows = BATCH.filled(name, PATH_TAB)
    # an export: the heading is the first row, no title, nothing merged
    assert tuple(rows[0]) == PATH_HEAD
    assert BATCH.sheet(name, PATH_TAB)["merges"] == []
    at = {h: i for i, h in enumerate(PATH_HEAD)}
    got, depths = [], set()
    for row in rows[1:]:
        parts = row[at["部门"]].split("/")
        depths.add(len(parts))
        assert parts[0] == PATH_UNIT  # the unit first
        if len(parts) == 3:
            assert parts[1] in GROUPINGS  # a grouping, no 科室
        else:
            assert parts[1] == "院领导"
        # nothing but the position: no label, no bracket
        assert not re.search(r"[：:（）()]|科室：", row[at["部门"]])
        got.append((parts[-1], row[at["职位"]], row[at["姓名"]], row[at["廉政风险点"]],
                    HML[row[at["风险等级"]]]))  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert depths == {2, 3}
    assert [[row[at["风险类型"]]] for row in rows[1:]] == [r["types"] for r in BATCH.points(name)]
    # every row written out: the holder, his number and his path on each
    assert all(all(c is not None for c in row) for row in rows[1:])
    depts = {f["department"] for f in BY_NAME[name]["truth"]}
    assert not depts & set(GROUPINGS) and PATH_UNIT not in depts
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {PATH_UNIT}
    # the grouping is a level of the path, never a 科室 of the truth, and each path one holder's
    paths = {p[0] for p in PEOPLE}
    assert {p.split("/")[1] for p in paths} == {*GROUPINGS, "院领导"}
    # 工号 and 提交时间 are no holder and no point
    points = {r["risk_point"] for r in BATCH.points(name)}
    others = {row[at["工号"]] for row in rows[1:]} | {row[at["提交时间"]] for row in rows[1:]}
    assert not points & others


def test_batch423_plain_tables_by_heading():
    cases = [
        ("huangling_maternal_child_list",
         {"dept": "部门", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("huangling_tcm_hospital_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("huangling_adang_clinic_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("huangling_maternal_child_list", 4, 5),
        ("huangling_tcm_hospital_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "huangling_tcm_hospital_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # 部门 merged, 姓名 BEFORE 职务, 高/中/低
    name = "huangling_maternal_child_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("职务")
    first = BATCH.header(name) + 1
    assert (first, 1, first + 1, 1) in BATCH.sheet(name)[
        "merges"
    ]  # 院领导 over the 院长's two rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "huangling_adang_clinic_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch423_leaders_and_staff_in_two_sheets():
    name = "huangling_health_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {r[5] for r in BATCH.table(name, "股室")} <= set(GRADES)


def test_batch423_group_rows_give_the_department():
    name = "huangling_tianzhuang_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch423_one_sheet_a_person():
    name = "huangling_diantou_clinic_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "huangling_longfang_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["工作单位", f["unit"]] and rows[2][3] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(BANDS)


def test_batch423_is_read(tmp_path):
    BATCH.is_read(tmp_path)
