"""The four-hundred-and-twenty-fifth batch of published layouts (tests/published/batch425.py): seven
ordinary files as the 住建 and 城管 bodies of one county (甘泉县) really send them — the
城市管理执法局's two sheets ``局领导 | 科室中队`` with ``一级/二级/三级``, the 房产服务中心's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 环境卫生管理所's 防控卡 one sheet a holder with
``★★★/★★/★``, the 下寺湾镇规划建设站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
道镇规划建设站's 责任清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the
桥镇乡规划建设站's 一览表 with ``部门`` merged, ``姓名`` before ``职务``, ``廉政风险点 | 风险描述`` and
高/中/低, the 石门镇规划建设站's 一览表 written out on every row, the type before the point and bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 住房和城乡建设局's 排查表 with ONE ROW A POST AND LEVEL, the points of
that level JOINED INLINE BY ``；`` IN ONE CELL (the heading says so; no numbers, no line breaks), their
measures joined the same way (``python tests/published/score.py --set batch425``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap13 at de001a2
(main's newest when the batch was done; this worktree branched from dev at de001a2, the same
commit). ``score.py --set batch425``:
``TOTAL                      forms  37/37  points  58/72  recall 0.81 precision 0.89 (58/65)  levels  58/58  types  58/58  noise 0``
and ``TOTAL forms=1.000 recall=0.806 precision=0.892 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  58/72  recall 0.81 precision 0.89 (58/65)  levels  58/58  types  58/58  noise 0``
and ``TOTAL forms=1.000 recall=0.806 precision=0.892 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form (7/7, with its 股室, post, holder and
tier) and every level it read, but only the points of the cells holding ONE point. The truth was
not changed after measuring.

Missed, all in the harder ``ganquan_housing_bureau_points_by_level.xlsx`` (sheet 排查表; forms 7/7;
points 7/21; precision 7/14; levels and types 7/7; noise 0): each of the seven point cells holding
two points joined by ``；`` was read as ONE point, the whole cell (both points and the ``；``), with
the row's level right and the whole measures cell as its measures:

- F4 (局长 郄珺翊, 高) read ``城建项目发包和资金拨付不经党组会集体研究；插手干预工程招投标，为特定企业中标打招呼``
  (risks.csv source_row 4, F00005, Ⅰ级); truth two points ``城建项目发包和资金拨付不经党组会集体研究`` and
  ``插手干预工程招投标，为特定企业中标打招呼``, each 1;
- F6 (副局长 亢瀞棠, 高): ``施工许可审批中降低条件，为不符合条件的项目办理许可`` and ``工程质量安全事故调查处理中
  大事化小、降格处理`` read as one (F00006, Ⅰ级);
- F8 (办公室主任 逯荇琪, 中): ``公务接待、公车使用超标准、超范围`` and ``办公用品采购不询价，虚开发票报销`` as one
  (F00007, Ⅱ级);
- F11 (建筑市场监管股 股长 蒯璟淞, 中): ``建筑市场执法检查前向企业透露检查信息`` and ``农民工工资保证金返还审核
  不严`` as one (F00008, Ⅱ级);
- F14 (房地产市场监管股 股长 厍蕴璠, 高): ``商品房预售许可降低条件发放`` and ``预售资金监管账户拨付审核不严，资金
  被挪用`` as one (F00010, Ⅰ级);
- F16 (村镇建设股 股长 巩翛澜, 高): ``农村危房改造对象认定把关不严，将不符合条件的农户纳入补助`` and ``住房安全性
  鉴定等级弄虚作假`` as one (F00011, Ⅰ级);
- F17 (巩翛澜, 中): ``改造补助资金截留、拖延发放`` and ``改造竣工验收走过场`` as one (F00011, Ⅱ级).

So 14 truth points missed and 7 joined points read that the truth does not have; no issue was
raised for them (issues.csv has only TABLE_NO_TYPE at A3 for this file). The seven one-point cells
(F5, F7, F9, F10, F12, F13, F15) were read right. Kind: the reader splits several points in one
cell only when they are numbered one a line (or labelled, or under level sub-headings), so a list
of points joined inline by ``；`` — declared by the heading ``廉政风险点（同一等级的多个风险点用“；”隔开）``
and the ``注：`` line — stays one point, the whole cell.

Unscored besides: the four 规划建设站 files were read with the unit cut at the town and the 站 (or
its 组) as the 科室 (``甘泉县下寺湾镇`` | ``规划建设站``; ``甘泉县道镇`` | ``站领导``, ``农房建设组`` …; the
scorer counts both writings of a 站's own file as one); the 桥镇乡's unit was cut INSIDE the 乡's name
(``甘泉县桥镇``, truth ``甘泉县桥镇乡规划建设站``: ``桥镇乡`` is a 乡 whose name holds ``镇``), its 科室 the
truth's; the 站长 of the 下寺湾镇 and 石门镇 stations and the 石门镇 副站长 (no 站领导 in their files) came
out 中层岗位 (truth leader). Every other unit, 科室, post and tier in posts.csv is the truth's. The
other issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for
truth.json).

Generalised after this measurement: several points of a cell parted by '；' where the point's heading
says so ('廉政风险点（同一等级的多个风险点用“；”隔开）', '以分号分隔') are a point each, their measures parted the same way
where they are as many (else each takes them all);
test_points_parted_by_semicolons_the_heading_declares in tests/test_columns.py says it in other
words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch425 import (
    BANDS,
    BARE,
    GRADES,
    JOINED,
    JOINED_HEAD,
    JOINED_NAME,
    JOINED_NOTE,
    JOINED_TAB,
    JOINED_UNIT,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SEMI,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(425, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {JOINED_NAME}
UNTYPED = {
    JOINED_NAME,
    "ganquan_urban_management_two_sheets",
    "ganquan_sanitation_cards",
    "ganquan_xiasiwan_station_selfchecks",
}
NOBODY = {"ganquan_housing_service_center_posts"}
GAP = "\u3000"


def _points_in(form: dict, sheets: dict) -> set[str]:
    """A point is a whole cell of its sheet, or (in the harder layout) one ``；``-part of one."""
    here = set(sheets[form["sheet"]])
    if form["layout"] != JOINED_NAME:
        return here
    return {part for cell in here for part in re.split("[;；]", cell)}  # NFKC: ；→;


def test_batch425_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=418, unit_words=(PLACE,), new_people=True)


def test_batch425_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 22), points_in=_points_in)
    assert RESAVED == ()


def test_batch425_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch425_every_unit_is_of_ganquan_and_stands_in_its_sheet():
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


def test_batch425_points_joined_by_semicolons_one_row_a_post_and_level():
    name = JOINED_NAME
    assert BY_NAME[name]["truth"][0]["unit"] == JOINED_UNIT
    rows = BATCH.filled(name, JOINED_TAB)
    head = BATCH.header(name, JOINED_TAB)
    assert tuple(rows[head]) == JOINED_HEAD
    assert "“；”隔开" in JOINED_HEAD[5] and "“；”隔开" in JOINED_HEAD[6]
    # reading each point cell split at ``；`` with the row's level gives the truth
    got, joined = [], 0
    table = BATCH.table(name, JOINED_TAB)
    for row in table:
        _, dept, post, who, lv, points, measures = row
        parts = points.split(SEMI)
        got += [(dept, post, who, p, HML[lv]) for p in parts]
        joined += len(parts) > 1
        # as many measures, in order, the cell closed by a full stop
        assert measures.endswith("。") and len(measures[:-1].split(SEMI)) == len(parts)
        # nothing but the semicolon parts them: no number, line break, label or bracket
        assert "\n" not in points and not points.endswith(("。", SEMI))
        for p in parts:
            assert p == p.strip() and p
            assert not re.match(r"\d|[①-⑩]|[（(]|风险点", p)
            assert "：" not in p and ":" not in p
    assert got == BATCH.truth_rows(name)
    assert joined >= 6 and len(table) < len(got)
    # one row a post and level: no post has two rows of one level, the levels highest first
    seen = {}
    for row in table:
        seen.setdefault((row[2], row[3]), []).append(HML[row[4]])
    assert all(lvs == sorted(set(lvs)) for lvs in seen.values())
    assert len(seen) == len(JOINED)
    # the level column stands before the point column, and no level word is a point
    assert JOINED_HEAD.index("风险等级") + 1 == 5
    assert not {p["risk_point"] for p in BATCH.points(name)} & set(HML)
    assert any(row and row[0] == JOINED_NOTE for row in BATCH.sheet(name, JOINED_TAB)["rows"])
    tiers = {f["title"]: f["tier"] for f in BY_NAME[name]["truth"]}
    assert tiers == {"局长": "leader", "副局长": "leader", "主任": "middle", "股长": "middle",
                     "科员": "general"}  # fmt: skip


def test_batch425_plain_tables_by_heading():
    cases = [
        ("ganquan_qiaozhen_station_list",
         {"dept": "部门", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("ganquan_housing_service_center_posts",
         {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("ganquan_shimen_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("ganquan_qiaozhen_station_list", 4, 5),
        ("ganquan_housing_service_center_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "ganquan_housing_service_center_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    name = "ganquan_qiaozhen_station_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("职务")
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    name = "ganquan_shimen_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch425_leaders_and_staff_in_two_sheets():
    name = "ganquan_urban_management_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室中队") == BATCH.truth_rows(name, "科室中队")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch425_group_rows_give_the_department():
    name = "ganquan_daozhen_station_group_rows"
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


def test_batch425_one_sheet_a_person():
    name = "ganquan_sanitation_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在班组", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "ganquan_xiasiwan_station_selfchecks"
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


def test_batch425_is_read(tmp_path):
    BATCH.is_read(tmp_path)
