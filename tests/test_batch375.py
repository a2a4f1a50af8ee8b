"""The three-hundred-and-seventy-fifth batch of published layouts (tests/published/batch375.py): seven
ordinary files as the 文物 and 旅游 bodies of one city (韩城市) really send them — the 文物旅游局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 司马迁祠景区管理处's 一览表 under group rows with short
types and 高/中/低, the 党家村保护管理所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 文化馆's 防控卡 one sheet a holder with one row of three pairs, ``…风险`` types and ``★★★/★★/★``,
the 旅游执法大队's 自查表 one sheet a person with a label row over its values and ``高风险/中风险/低风险``,
the 文物管理所's 责任清单 with ``职责事项`` and ``一级风险/二级风险/三级风险``, the 旅游服务中心's 一览表
written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 博物馆's 一览表 whose one risk column
``廉政风险点及防控措施`` holds in every cell the POINT ON ITS FIRST LINE, unlabelled, and UNDER IT, IN THE
SAME CELL, its measures numbered ``（1）…；⏎（2）…。`` (``python tests/published/score.py --set batch375``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at d32c7db
(main's and dev's newest when the batch was done; this worktree branched from dev at d32c7db).
``score.py --set batch375``:
``TOTAL                      forms  41/41  points  61/71  recall 0.86 precision 0.86 (61/71)  levels  61/61  types  61/61  noise 0``
and ``TOTAL forms=1.000 recall=0.859 precision=0.859 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  41/41  points  61/71  recall 0.86 precision 0.86 (61/71)  levels  61/61  types  61/61  noise 0``
and ``TOTAL forms=1.000 recall=0.859 precision=0.859 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The truth
was not changed after measuring.

Missed, all in the harder ``hancheng_museum_point_then_measures_in_one_cell.xlsx`` (sheet 一览表):
points 0/10, precision 0/10 (forms 7/7: every 部室, post, holder and tier read right, F00015–F00021;
each row's level and type read right too, but unscored as no point matched). The reader took the
``廉政风险点及防控措施`` column (E) for the point column and each WHOLE CELL for the point, the numbered
measure lines and all — read ``X⏎（1）…；⏎（2）…。``, truth ``X`` — and, finding no measures column,
raised MEASURES_BLANK (warning) on every one of them (E4–E13, the “point” quoted with its ``（1）…``):

- E4 ``藏品征集价格不经鉴定评估，个人决定收购``, E5 ``陈列展览布展工程指定施工单位`` (馆领导 馆长 蔺镛琮);
- E6 ``批准馆外人员进入文物库房把关不严`` (馆领导 副馆长 闾珮漪);
- E7 ``藏品出入库手续不全，借出文物不按期收回`` (three measures), E8 ``文物修复项目验收走过场``
  (保管部 主任 鄂霁翾);
- E9 ``私自进入库房，触摸、移动藏品``, E10 ``藏品账目登记与实物不符，以假换真调换藏品`` (保管部 保管员
  殳蘅澈);
- E11 ``展柜、展具采购虚报价格`` (陈列部 主任 郜瑆渊);
- E12 ``接受旅行社好处，安排团队插队参观`` (社教部 讲解员 谌沄珞);
- E13 ``文创产品销售收入不入账`` (财务室 会计 蓟淼汀).

Kind (one): a ``廉政风险点及防控措施`` cell holding the point on its first line, unlabelled, and its
measures numbered ``（1）…；⏎（2）…。`` on the lines after it IN THE SAME CELL is read as one point of
the whole text — the numbered lines are not split off as the measures (as they are when they stand
one a row under the point, or when the cell labels them ``风险点：…⏎防控措施：…``), so every point
carries its measures, matches nothing, and is reported as having no measures.

Unscored besides: the 党家村保护管理所's unit was read as ``韩城市党家村`` (posts.csv F00004–F00008; truth
``韩城市党家村保护管理所``), its 股室, posts and tiers right (the forms match by post); every other unit,
科室, post and tier as the truth has it. The other issues are info only (TABLE_NO_TYPE on the three
untyped sheets, GRADE_BLANK on the three cards and the three 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: a point over its numbered measures in one cell under a heading
naming the point and its measures (or how it shows) with no such column beside it
(tests/test_columns.py::test_a_point_over_its_numbered_measures_in_one_cell); a body keeping a
village as a site (``…村保护管理所``) is a unit of its own
(``test_a_body_keeping_a_village_as_a_site_is_a_unit_of_its_own``). The batch now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch375 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    MUSEUM_HEAD,
    MUSEUM_ROWS,
    MUSEUM_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(375, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
MUSEUM_FILE = "hancheng_museum_point_then_measures_in_one_cell"
HARDER = {MUSEUM_FILE}
UNTYPED = {
    "hancheng_heritage_tourism_bureau_two_sheets",
    "hancheng_tourist_service_center_every_row",
}
NOBODY = {"hancheng_dangjia_village_office_posts"}
JOINED = "廉政风险点及防控措施"
GAP = "\u3000"


def _points_in(form, sheets):
    """The cells of the form's sheet, and what stands before ``（1）`` in each joined cell (the
    cells are normalised: NFKC, no line breaks)."""
    here, first = sheets[form["sheet"]], norm("（1）")
    return here | {c.split(first, 1)[0] for c in here if first in c}


def test_batch375_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=375, unit_words=("韩城市",), new_people=True)


def test_batch375_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch375_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch375_every_unit_is_of_hancheng_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("韩城市") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch375_point_first_then_its_measures_in_one_cell():
    name = MUSEUM_FILE
    head = BATCH.header(name)
    assert tuple(BATCH.sheet(name)["rows"][head]) == MUSEUM_HEAD
    # the joined column is the only risk column, and there is no measures column
    at = MUSEUM_HEAD.index(JOINED)
    assert not any("风险点" in h or "措施" in h for i, h in enumerate(MUSEUM_HEAD) if i != at)
    table = BATCH.table(name)
    got = []
    for row in table:
        point, *measures = row[at].split("\n")
        # the first line unlabelled and unnumbered, the rest numbered （1）… one a line
        assert "：" not in point and not point[:1].isdigit() and not point.startswith("（"), row
        assert 2 <= len(measures) <= 3, row
        for i, m in enumerate(measures, 1):
            assert m.startswith(f"（{i}）"), row
            assert m.endswith("。" if i == len(measures) else "；"), row
        got.append((row[1], row[2], row[3], point, HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    # the point is the first line only: no whole cell, no measure line, is a point
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert len(points) == len(table)
    assert not points & {row[at] for row in table}
    assert not any("（" in p[:1] or "\n" in p for p in points)
    assert [r["types"] for r in BATCH.points(name)] == [types_in(row[5]) for row in table]
    assert all(len(types_in(row[5])) == 1 for row in table)
    assert BY_NAME[name]["truth"][0]["unit"] == MUSEUM_UNIT
    assert sum(len(p) for *_, p in MUSEUM_ROWS) == len(table)
    # 部室 merged, the post and the name merged per person
    merges = BATCH.sheet(name)["merges"]
    assert any(m[1] == m[3] == 1 and m[2] > m[0] for m in merges)
    assert any(m[1] == m[3] == 3 and m[2] > m[0] for m in merges)


def test_batch375_plain_tables_by_heading():
    cases = [
        ("hancheng_relics_office_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("hancheng_dangjia_village_office_posts", {"dept": "股室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("hancheng_tourist_service_center_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 is no point
    name = "hancheng_relics_office_duties"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    assert {r[7] for r in table} == set(RISKS)
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "hancheng_dangjia_village_office_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "hancheng_tourist_service_center_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:6]) for row in BATCH.numbered(name))
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 文物旅游局's two sheets
    name = "hancheng_heritage_tourism_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch375_group_rows_give_the_department():
    name = "hancheng_sima_qian_shrine_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch375_one_sheet_a_person():
    name = "hancheng_cultural_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            "所在部室",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        assert rows[2][0] == "岗位职责"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "hancheng_tourism_enforcement_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", "所在中队", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and all(types_in(r[2]) for r in table)


def test_batch375_is_read(tmp_path):
    BATCH.is_read(tmp_path)
