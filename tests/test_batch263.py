"""The two-hundred-and-sixty-third batch of published layouts (tests/published/batch263.py): eight
ordinary files as the schools, hospitals and public-service bodies of one county (宁南县) really send
them — the 妇幼保健院's 一览表 with ``风险点 | 风险表现``, ``…风险`` types and ``一级/二级/三级``, the
华弹镇中心卫生院's 防控卡 one sheet a holder with ``★★★/★★/★``, the 120急救指挥中心's 责任清单 对岗不对人 with
``高风险/中风险/低风险`` and a ``责任领导`` column, the 职业技术学校's 一览表 under group rows ``一、校领导`` …
with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 松新镇中心小学's 自查表 one sheet a person with a ``自查情况`` column, the
第一幼儿园's 排查表 with ``高级/中级/低级`` and a ``备注``, the 社会保险事务中心's 一览表 with ``责任股室 |
责任岗位 | 责任人`` last, the 政务服务中心's 一览表 printed over two pages (title and heading again) — and
one harder: the 人民医院's 2024 排查表 made from the 2023 file, where a post changed hands, the 2023
holder's name STRUCK THROUGH in part of the 姓名 cell (rich text) and the current holder typed after it
in the same cell, a ``注：`` line saying so (``python tests/published/score.py --set batch263``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 36e07d0 (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=1.000 (56/56) recall=1.000 (83/83) precision=0.943 (83/88)
levels=1.000 (83/83) types=1.000 (83/83) noise=0; with --strict the same: TOTAL forms=1.000 (56/56)
recall=1.000 (83/83) precision=0.943 (83/88) levels=1.000 (83/83) types=1.000 (83/83) noise=0. The 9
files: nine .xlsx, no re-saved copies. Eight layouts, all the ordinary ones, read in full (--strict
too; every unit, 科室 and tier right as well). Missed:

- ``hospital_struck_names`` (harder; forms 8/8, points 12/12, precision 12/17): each of the three
  姓名 cells that keep the 2023 holder struck through is read as TWO holders, the struck one and the
  current one, each with the post's points: ``排查表!D6:D7`` ``鄢蘅笙⏎羿沄岐`` (鄢蘅笙 struck) gives
  posts.csv F00017 院领导 副院长 鄢蘅笙 beside F00018 羿沄岐, both holding ``E6`` ``设备论证时设置倾向性
  技术参数`` and ``E7`` ``后勤维修工程化整为零，规避招标``; ``D8:D9`` ``凃澹宁⏎酆琰霈`` gives F00019 设备科
  科长 凃澹宁 beside F00020 酆琰霈 (``E8``, ``E9``); ``D14`` ``冼昉岚　亢瀞芸`` (a full-width space between)
  gives F00024 药剂科 药库管理员 冼昉岚 beside F00025 亢瀞芸 (``E14``). Truth: the struck names are the
  departed 2023 holders and hold no form; each point is the current holder's only, as the ``注：`` line
  ``A16`` says (``…人员变动的，原姓名加删除线保留，现任人员姓名写在其后。``). The current holders, their
  科室, posts, levels and types are all right, so recall is whole; the five extra points are the
  departed holders' copies. No issue was raised for the file (nothing in issues.csv), so the two
  names in one cell passed without a word. Kind: the font of PART of a cell's text (a rich-text run
  struck through) is not looked at — struck-through is only known for whole cells/rows — so a name
  cell edited by striking the old holder and typing the new one after it reads as a cell naming two
  holders (like ``A岗:…⏎B岗:…``), and a note under the table that says what the strikethrough means
  is not heeded either.

(Read in full before any change for it: nothing in this batch was generalised on.)

Generalised after the measurement, by kind (`test_a_departed_holders_name_struck_through_in_his_cell`):
under a note saying a struck name is one who left the post, the names struck through within a
姓名 cell (rich text, .xlsx) hold nothing (info HOLDER_STRUCK). The batch now reads 1.00 on every
metric, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch263 import (
    BANDS,
    GRADES,
    HOSPITAL,
    LAYOUTS,
    RANKS,
    RESAVED,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RANKS}
BATCH = Batch(263, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"hospital_struck_names"}
UNTYPED = {
    "township_clinic_cards",
    "emergency_center_duties",
    "vocational_school_group_rows",
    "social_insurance_holder_last",
}
NOBODY = {"emergency_center_duties"}


def test_batch263_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=261, unit_words=("宁南县",), new_people=True)


def test_batch263_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(3, 13))
    assert RESAVED == ()


def test_batch263_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch263_every_unit_is_of_ningnan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("宁南县") for u in units)


def test_batch263_struck_names_are_departed_holders():
    name = "hospital_struck_names"
    sheet = BATCH.sheet(name)
    rich = {(r, c): parts for r, c, parts in sheet["rich"]}
    assert [c for _r, c in rich] == [3, 3, 3]  # three name cells, all in 姓名
    holders = BATCH.holders(name)
    rows = sheet["rows"]
    struck_names = set()
    for (r, c), parts in rich.items():
        (old, old_struck), (rest, rest_struck) = parts
        assert old_struck and not rest_struck
        assert rows[r][c] == old + rest  # the row keeps the cell's whole text
        new = rest.strip("\n\u3000")
        assert rest in (f"\n{new}", f"\u3000{new}")
        assert new in holders and old not in holders  # the one after the struck name holds the post
        struck_names.add(old)
    # each struck holder is the 2023 holder of a post the truth gives to the current one
    changed = {(d, p, who[2]) for d, people in HOSPITAL for p, who, _t, _pts in people
               if not isinstance(who, str)}  # fmt: skip
    forms = {(f["department"], f["title"], f["person"]) for f in BY_NAME[name]["truth"]}
    assert changed <= forms and len(changed) == 3
    assert not any(n in f["person"] for f in BY_NAME[name]["truth"] for n in struck_names)
    # the note under the table says what the strikethrough means
    notes = [
        row[0] for row in rows if row and isinstance(row[0], str) and row[0].startswith("注：")
    ]
    assert len(notes) == 1 and "原姓名加删除线保留" in notes[0]
    # the table read by its headings, the holder the last name of the cell
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉洁风险点"},
                           person=lambda cell: cell.split()[-1])  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    # only the harder layout writes rich text
    assert all(not s.get("rich") for lay in LAYOUTS if lay["name"] != name for s in lay["sheets"])


def test_batch263_plain_tables_by_heading():
    cases = [
        ("maternal_child_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("emergency_center_duties", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, None),
        ("kindergarten_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("social_insurance_holder_last",
         {"dept": "责任股室", "post": "责任岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("government_service_two_pages",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    table = BATCH.table("maternal_child_list")
    points = {p["risk_point"] for p in BATCH.points("maternal_child_list")}
    assert {row[4] for row in table} == points and all(len(row[4]) < len(row[5]) for row in table)
    # 责任领导 holds roles, no names; the 120 list names nobody
    assert BATCH.holders("emergency_center_duties") == {""}
    assert {row[7] for row in BATCH.table("emergency_center_duties")} == {
        "县卫生健康局",
        "分管副主任",
        "中心主任",
    }
    # 业务事项 is no point
    table = BATCH.table("social_insurance_holder_last")
    assert not {row[1] for row in table} & {
        p["risk_point"] for p in BATCH.points("social_insurance_holder_last")
    }
    # the two-page list: the heading twice, the 受理员 written again under the second
    rows = BATCH.sheet("government_service_two_pages")["rows"]
    heads = [r for r, row in enumerate(rows) if row and row[0] == "序号"]
    assert len(heads) == 2 and rows[heads[1] + 1][1:4] == ["综合受理窗口", "受理员", "乜沛澂"]
    assert rows[heads[1] - 2][3] == "乜沛澂"


def test_batch263_group_rows_give_the_department():
    name = "vocational_school_group_rows"
    rows = BATCH.filled(name)
    got, dept = [], None
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、", "五、"):
            assert len(set(row)) == 1  # merged across
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert all(len(row[3]) < len(row[4]) for row in BATCH.table(name))


def test_batch263_one_sheet_a_person():
    name = "township_clinic_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["title"]  # the tab is the post
        assert rows[1] == ["持卡人", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "primary_school_self_checks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"], "所在处室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]


def test_batch263_is_read(tmp_path):
    BATCH.is_read(tmp_path)
