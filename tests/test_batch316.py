"""The three-hundred-and-sixteenth batch of published layouts (tests/published/batch316.py): seven
ordinary files as the 住建 and 城管 bodies of one district (船山区) really send them — the
住房和城乡建设局's 一览表 with ``…风险`` types and 高/中/低, the 城市管理综合执法局's two sheets
``局领导 | 股室中队`` with ``一级/二级/三级``, the 房产服务中心's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 环境卫生管理所's 防控卡 one sheet a holder with ``★★★/★★/★``, the
数字化城市管理监督指挥中心's 排查表 对岗不对人 with ``工作环节`` and bare ``Ⅰ/Ⅱ/Ⅲ``, the
城市管理综合执法大队's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the 市政设施管理所's
一览表 with ``风险点 | 风险描述`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` — and one harder: the 市政工程有限公司's 防控表 of
small tables stacked down one sheet, one a post, whose post, 部门 and holder stand only in the
heading of the risk column (``工程管理部部长（亓璟翀）岗位廉洁风险点``)
(``python tests/published/score.py --set batch316``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 6a5a49b (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch316``:
``TOTAL                      forms  35/41  points  61/74  recall 0.82 precision 0.82 (61/74)  levels  61/61  types  61/61  noise 0``
and ``TOTAL forms=0.854 recall=0.824 precision=0.824 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  35/41  points  61/74  recall 0.82 precision 0.82 (61/74)  levels  61/61  types  61/61  noise 0``
and ``TOTAL forms=0.854 recall=0.824 precision=0.824 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type (35/35 forms, 61/61 points) —
with ``--strict`` too; the harder one reads none of its 6 forms and, in the scorer's terms, none
of its 13 points (recall 0/13, and 13 false points). The truth was not changed after measuring.

Missed, all in the harder ``chuanshan_municipal_company_post_headings.xlsx`` (sheet 防控表; headings in
B3, B7, B11, B16, B20, B24, points in B4:B5, B8:B9, B12:B14, B17:B18, B21:B22, B25:B26). The reader
found the six stacked tables and took column B as the point column under every heading: all 13
point TEXTS are read as typed, each with its type (``制度机制`` → ``制度机制风险`` …) and level (高 → Ⅰ级,
中 → Ⅱ级, 低 → Ⅲ级) right, and no heading, note or sign-off line is read as a point. But it put all 13
points in ONE form (posts.csv F00021: unit ``船山区市政工程有限公司``, 部门, post, holder and tier all
blank, 13 points), reading nothing from the headings. By cell (read → truth):

- B3 ``董事长（郤沨骞）岗位廉洁风险点`` over B4:B5: read no post and no holder → truth post ``董事长``, holder
  ``郤沨骞``, no 部门, leader (2 points);
- B7 ``总经理（冶翯旻）岗位廉洁风险点`` over B8:B9: read none → ``总经理``, ``冶翯旻``, leader (2 points);
- B11 ``工程管理部部长（亓璟翀）岗位廉洁风险点`` over B12:B14: read none → 部门 ``工程管理部``, post ``部长``,
  ``亓璟翀``, middle (3 points);
- B16 ``工程管理部现场管理员（禚湉岫）岗位廉洁风险点`` over B17:B18: read none → ``工程管理部``, ``现场管理员``,
  ``禚湉岫``, general (2 points);
- B20 ``物资设备部材料员（笪珝岚）岗位廉洁风险点`` over B21:B22: read none → ``物资设备部``, ``材料员``,
  ``笪珝岚``, general (2 points);
- B24 ``财务部会计（钭璠漪）岗位廉洁风险点`` over B25:B26: read none → ``财务部``, ``会计``, ``钭璠漪``,
  general (2 points).

The scorer keys a point by its holder, so each of the 13 points is both a missed point and a false
one (its text, type and level right, its holder blank), and the 6 forms are missed; their levels and
types, though read right, are not scored. No issue was raised for the file (not even a missing
holder). Kind: stacked per-post tables whose post, 部门 and holder are written only in the heading of
the risk column are read as one table with no holder — the heading is taken as a header and nothing
else, never as the group row naming the post and holder of the rows under it.

Unscored besides (posts.csv): every unit, 科室, post and tier of the 35 ordinary forms is read as the
truth has it (``局领导``, ``中心领导``, ``所领导``, ``大队领导`` included; the 清运队 card's ``队长`` and
``清运队``). The issues are info only (TABLE_NO_TYPE on the six untyped sheets, GRADE_BLANK on six
forms, FILE_SKIPPED for truth.json); no error or warning.

Generalised after this measurement: small tables down a sheet each headed by its post and holder in the point column's heading (tests/test_columns.py::test_small_tables_down_a_sheet_each_headed_by_its_post_and_holder).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch316 import (
    BANDS,
    BARE,
    COMPANY_POSTS,
    GRADES,
    HEAD_TAIL,
    LAYOUTS,
    POST_NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    post_heading,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(316, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
STACKED = "chuanshan_municipal_company_post_headings"
HARDER = {STACKED}
UNTYPED = {
    "chuanshan_urban_enforcement_two_sheets",
    "chuanshan_housing_service_selfchecks",
    "chuanshan_digital_center_posts",
}
NOBODY = {"chuanshan_digital_center_posts"}
GAP = "\u3000"
# a stacked table's heading: ``<部门><岗位>（<姓名>）岗位廉洁风险点``
HEADING = re.compile(r"^(.*?)(董事长|总经理|部长|现场管理员|材料员|会计)（(.+)）" + HEAD_TAIL + "$")


def test_batch316_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=313, unit_words=("船山区",), new_people=True)


def test_batch316_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 14))
    assert RESAVED == ()


def test_batch316_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch316_every_unit_is_of_chuanshan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("船山区") for u in units)


def test_batch316_post_and_holder_only_in_the_heading():
    name = STACKED
    rows = BATCH.sheet(name)["rows"]
    heads = [r for r, row in enumerate(rows) if row and row[0] == "序号"]
    assert len(heads) == len(COMPANY_POSTS) == 6
    got, types = [], []
    for k, h in enumerate(heads):
        head = rows[h]
        assert head[0] == "序号" and head[2:] == ["风险类型", "风险等级", "防控措施"]
        m = HEADING.fullmatch(head[1])
        assert m, head[1]
        dept, post, who = m.groups()
        # the rows under the heading down to the blank row, numbered from 1
        r, n = h + 1, 0
        while r < len(rows) and rows[r] and isinstance(rows[r][0], int):
            n += 1
            assert rows[r][0] == n
            got.append((dept, post, who, rows[r][1], HML[rows[r][3]]))
            types.append(types_in(rows[r][2]))
            r += 1
        assert n >= 2 and (k == len(heads) - 1 or rows[r] == [])
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert all(len(t) == 1 for t in types)
    # every heading differs, and names its post and holder; no column and no caption does
    texts = [rows[h][1] for h in heads]
    assert len(set(texts)) == len(texts)
    assert texts == [post_heading(d, p, w) for d, p, w, *_x in COMPANY_POSTS]
    for f in BY_NAME[name]["truth"]:
        holding = [c for row in rows for c in row if isinstance(c, str) and f["person"] in c]
        assert holding == [post_heading(f["department"], f["title"], f["person"])], f["person"]
    assert not any(c in ("部门", "岗位", "姓名", "责任人") for row in rows for c in row)
    # the leaders' headings name no 部门
    assert {f["department"] for f in BY_NAME[name]["truth"] if f["tier"] == "leader"} == {""}
    # the headings and the note are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & set(texts) and POST_NOTE not in points
    assert [POST_NOTE] in [[c for c in row if c is not None] for row in rows]


def test_batch316_plain_tables_by_heading():
    cases = [
        ("chuanshan_housing_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("chuanshan_digital_center_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, None),
        ("chuanshan_municipal_facilities_desc",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 工作环节 is no point; the short 风险点 is the point, the long 风险描述 none
    for name, col in (
        ("chuanshan_digital_center_posts", 3),
        ("chuanshan_municipal_facilities_desc", 5),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 中心 names nobody; its levels are bare Ⅰ/Ⅱ/Ⅲ read by its note
    name = "chuanshan_digital_center_posts"
    assert BATCH.holders(name) == {""}
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    assert {r[7] for r in BATCH.table("chuanshan_municipal_facilities_desc")} == set(ROMAN)
    name = "chuanshan_urban_enforcement_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室中队") == BATCH.truth_rows(name, "股室中队")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch316_group_rows_give_the_department():
    name = "chuanshan_enforcement_brigade_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
            types.append(types_in(row[5]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    # 职责事项 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}


def test_batch316_one_sheet_a_person():
    name = "chuanshan_housing_service_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            "所在股室",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}
    name = "chuanshan_sanitation_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        assert str(rows[3][0]).startswith("岗位职责：")
        assert f["sheet"].endswith(f["title"])
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert rows[3][0] not in {p["risk_point"] for p in BATCH.points(name)}


def test_batch316_is_read(tmp_path):
    BATCH.is_read(tmp_path)
