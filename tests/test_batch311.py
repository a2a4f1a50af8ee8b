"""The three-hundred-and-eleventh batch of published layouts (tests/published/batch311.py): seven
ordinary files as the schools, hospitals and 公共服务 bodies of one county (蓬安县) really send them —
the 人民医院's 一览表 with ``一级/二级/三级``, the 精神卫生中心's two sheets ``中心领导 | 科室`` with
``一级风险/二级风险/三级风险``, the 河舒镇中心卫生院's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 锦屏中学's 一览表 under group rows with bare ``Ⅰ/Ⅱ/Ⅲ``, the
利溪镇中心学校's 责任清单 with ``Ⅰ级/Ⅱ级/Ⅲ级`` and a last ``分管领导`` column, the 图书馆's 防控卡 one
sheet a holder with ``★★★/★★/★``, the 殡仪馆's 排查表 对岗不对人 with 高/中/低 — and one harder: the
中医医院's 廉政风险点目录 (``风险编号 | 业务环节 | 廉政风险点 | …``, no post at all) beside a
岗位廉政风险对照表 (``序号 | 科室 | 岗位 | 姓名 | 主要职责 | 对应风险编号``) whose last cell lists the
catalogue's codes a post holds, several in one cell, a code in one or two posts' cells
(``python tests/published/score.py --set batch311``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at fc54a3b (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch311``:
``TOTAL                      forms  37/45  points  65/83  recall 0.78 precision 0.84 (65/77)  levels  65/65  types  65/65  noise 0``
and ``TOTAL forms=0.822 recall=0.783 precision=0.844 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/45  points  65/83  recall 0.78 precision 0.84 (65/77)  levels  65/65  types  65/65  noise 0``
and ``TOTAL forms=0.822 recall=0.783 precision=0.844 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one finds 0 of its 8 forms and 0 of its 18 points (precision 0/12), with no noise. The
truth was not changed after measuring.

Missed, all in the harder ``pengan_tcm_hospital_risk_codes_per_post.xlsx`` (sheet 风险点目录: heading
A3:F3, catalogue rows 4–15, codes A4:A15, points C4:C15, the note A16; sheet 岗位对照表: heading A3:F3,
posts in rows 4–11, their codes in F4:F11). The reader did NOT join the two sheets. It read the
catalogue as ONE form with no 科室, post or holder (posts.csv F00038: unit 蓬安县中医医院, department,
title, person and tier blank, source_sheet 风险点目录), all twelve catalogue rows its points — each
with its level (高/中/低 → Ⅰ/Ⅱ/Ⅲ级) and type right, ``业务环节`` read as ``workflow``, the code column
used for nothing; and it read NOTHING on the sheet 岗位对照表 (no form, no issue: the eight post rows,
their names and their ``对应风险编号`` cells F4:F11 are silently left out — not even TABLE_OTHER or
ROW_UNPLACED). By cell (risks.csv), each catalogue point read as F00038's (no holder) where the
truth has it once for every post whose cell lists its code:

- C4 ``工程、设备等重大事项不经院党委会集体研究，个人拍板`` (FX-01): 院领导 院长 昝栎澍 and 院领导 副院长 亓蘩苡;
- C5 ``插手基建工程发包，为特定施工单位打招呼`` (FX-02) and C6 ``安排亲属承接医院餐厅扩建、医疗废物处理等工程``
  (FX-03): 院长 昝栎澍;
- C7 ``与供应商提前商定设备参数，帮助特定公司中标`` (FX-04): 副院长 亓蘩苡 and 设备科 科长 笪峣翀;
- C8 ``招标代理机构选择不公开，指定代理机构`` (FX-05) and C9 ``设备到货验收走过场，以次充好`` (FX-06): 设备科
  科长 笪峣翀 and 设备科 采购员 禚荇淙;
- C10 ``中药饮片、耗材采购中收受供应商回扣`` (FX-07) and C11 ``向医药代表提供科室、医生用药数据`` (FX-08):
  药剂科 科主任 檀蒹湲;
- C12 ``不按合同和工程进度支付工程、设备款`` (FX-09): 副院长 亓蘩苡 and 财务科 科长 郇璘昶;
- C13 ``收取现金不及时入账，截留收费`` (FX-10): 财务科 科长 郇璘昶 and 财务科 收费员 仉茆琰;
- C14 ``餐厅、物业外包单位选择优亲厚友`` (FX-11) and C15 ``后勤物资出入库不登记，账实不符`` (FX-12): 后勤保障科
  科长 庾棹崧.

So the 12 points read are 12 false ones (no holder), the 18 of the truth (12 risks, six of them
held by two posts) all missed, and all 8 forms missed. Kind: a risk catalogue with no post column,
whose rows reach their posts only through a cell of ANOTHER sheet's post table listing several
codes (``FX-01、FX-02、FX-03``), is read as one holderless form, and the post table, having no risk
column, is dropped without a word — the codes are never used to join a point to its posts, and a
risk shared by two posts is never counted twice.

Unscored besides (posts.csv): every other form's unit, 科室, post and tier match the truth — the
leaders' ``中心领导`` (a sheet's name), ``学校领导`` (a group row), ``校级领导``, ``院领导`` and
``馆领导`` included; the 利溪镇中心学校's ``分管领导`` names were not taken as holders. The other
issues are info only (TABLE_NO_TYPE on the three untyped sheets, GRADE_BLANK on six forms).

Generalised after this measurement: a sheet of posts each listing the codes of the risks it holds
('FX-01、FX-02') joins a catalogue of risks by code, a risk two posts list each's (tests/test_columns.py::
test_posts_listing_the_codes_of_the_risks_they_hold_on_another_sheet).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch311 import (
    BANDS,
    BARE,
    CATALOGUE,
    CATALOGUE_HEAD,
    CATALOGUE_NOTE,
    CODE_SEP,
    CODED_POSTS,
    GRADES,
    LAYOUTS,
    POSTS_HEAD,
    POSTS_NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **RISKS, **BANDS, **ROMAN, **BARE, **STARS}
BATCH = Batch(311, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CODES = "pengan_tcm_hospital_risk_codes_per_post"
HARDER = {CODES}
UNTYPED = {"pengan_mental_health_two_sheets", "pengan_jinping_middle_groups"}
NOBODY = {"pengan_funeral_home_posts"}
GAP = "\u3000"


def _book_cells_for_the_catalogue(form, sheets):
    """The harder file's points stand on the catalogue sheet, its forms on the post table's."""
    if form["layout"] == CODES:
        return set().union(*sheets.values())
    return sheets[form["sheet"]]


def test_batch311_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=309, unit_words=("蓬安县",), new_people=True)


def test_batch311_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(7, 20), points_in=_book_cells_for_the_catalogue
    )
    assert RESAVED == ()


def test_batch311_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch311_every_unit_is_of_pengan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("蓬安县") for u in units)


def test_batch311_catalogue_and_post_table_joined_by_listed_codes():
    name = CODES
    cat = BATCH.filled(name, "风险点目录")
    head = next(r for r, row in enumerate(cat) if tuple(row[:6]) == CATALOGUE_HEAD)
    # the catalogue: one row a code, no 科室, 岗位 or 姓名 column
    assert not {"科室", "岗位", "姓名", "责任人", "责任岗位"} & set(CATALOGUE_HEAD)
    catalogue = {}
    for row in cat[head + 1 :]:
        if isinstance(row[0], str) and row[0].startswith("FX-"):
            assert row[0] not in catalogue
            catalogue[row[0]] = row
    assert [r[0] for r in CATALOGUE] == sorted(catalogue)
    assert [CATALOGUE_NOTE] in [[c for c in row if c is not None] for row in BATCH.rows(name, 0)]
    # the post table: its last cell lists the codes, several in one cell
    assert tuple(BATCH.heading(name, "岗位对照表")) == POSTS_HEAD
    table = BATCH.table(name, "岗位对照表")
    assert [row[0] for row in table] == list(range(1, len(CODED_POSTS) + 1))
    got, types, seen = [], [], []
    for _n, dept, post, who, _duties, codes in table:
        listed = codes.split(CODE_SEP)
        assert listed and all(c in catalogue for c in listed), codes
        seen += listed
        for code in listed:
            _code, _step, point, typ, lv, _measures = catalogue[code]
            got.append((dept, post, who, point, HML[lv]))
            types.append(types_in(typ))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    # many to many: several codes in one cell, some codes in two posts' cells, every code used
    assert max(len(row[5].split(CODE_SEP)) for row in table) >= 3
    assert {c for c in seen if seen.count(c) == 2} >= {"FX-01", "FX-04", "FX-05", "FX-06"}
    assert set(seen) == set(catalogue) and max(seen.count(c) for c in seen) == 2
    # every form is one post of the post table, on its sheet; the catalogue holds none
    assert len(BY_NAME[name]["truth"]) == len(CODED_POSTS)
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"岗位对照表"}
    # codes, 业务环节, 主要职责 and the notes are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & set(catalogue)
    assert not points & {row[1] for row in catalogue.values()}
    assert not points & {row[4] for row in table}
    assert not points & {CATALOGUE_NOTE, POSTS_NOTE}
    assert [POSTS_NOTE] in [[c for c in row if c is not None] for row in BATCH.rows(name, 1)]


def test_batch311_plain_tables_by_heading():
    cases = [
        ("pengan_people_hospital_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("pengan_lixi_school_duties",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("pengan_funeral_home_posts", {"dept": "部门", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 殡仪馆 names nobody
    assert BATCH.holders("pengan_funeral_home_posts") == {""}
    # the school's 分管领导 is the watching leader, never the holder; blank on the leaders' rows
    name = "pengan_lixi_school_duties"
    table = BATCH.table(name)
    holders = BATCH.holders(name)
    for row in table:
        assert (row[8] is None) == (row[1] == "校级领导"), row
        assert row[8] is None or row[8] != row[3]
    assert {row[8] for row in table} - {
        None
    } <= holders  # leaders watching, holders on their own rows
    assert {r[6] for r in table} == set(ROMAN)
    name = "pengan_mental_health_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "中心领导",
        fixed={"dept": "中心领导"},
    )
    assert got == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "中心领导")
    }


def test_batch311_group_rows_give_the_department():
    name = "pengan_jinping_middle_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BARE[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))


def test_batch311_one_sheet_a_person():
    name = "pengan_heshu_health_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            "所在科室",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 自查情况 is no point
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    name = "pengan_library_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在部门", f["department"], "分管工作"]
        assert f["sheet"].endswith(f["title"])
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 分管工作 is no point
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}


def test_batch311_is_read(tmp_path):
    BATCH.is_read(tmp_path)
