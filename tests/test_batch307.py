"""The three-hundred-and-seventh batch of published layouts (tests/published/batch307.py): seven
ordinary files as the schools, hospitals and 公共服务 bodies of one city (绵竹市) really send them —
the 南轩中学's 一览表 under group rows with ``一级/二级/三级``, the 孝德镇中心小学's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 土门镇初级中学's 责任清单 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
实验幼儿园's two sheets ``园领导 | 部门`` with ``一级风险/二级风险/三级风险``, the 遵道镇敬老院's 排查表
对岗不对人 with 高/中/低, the 疾病预防控制中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
中医医院's 一览表 with ``风险点 | 风险描述`` and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 人民医院's
防控表 made as two tables on one sheet, a post table ``岗位编号 | 科室 | 岗位 | 姓名 | 主要职责`` above a
point table ``序号 | 岗位编号 | 廉政风险点 | …`` that names its posts only by their code
(``python tests/published/score.py --set batch307``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 325d59f (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch307``:
``TOTAL                      forms  36/43  points  63/76  recall 0.83 precision 0.83 (63/76)  levels  63/63  types  63/63  noise 7``
and ``TOTAL forms=0.837 recall=0.829 precision=0.829 levels=1.000 types=1.000 noise=7``; with
``--strict`` the same:
``TOTAL                      forms  36/43  points  63/76  recall 0.83 precision 0.83 (63/76)  levels  63/63  types  63/63  noise 7``
and ``TOTAL forms=0.837 recall=0.829 precision=0.829 levels=1.000 types=1.000 noise=7``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one finds 1 of its 8 forms and 2 of its 15 points (precision 2/15), with 7 issues of noise.
The truth was not changed after measuring.

Missed, all in the harder ``mianzhu_people_hospital_post_codes.xlsx`` (sheet 岗位风险表; post table:
caption A3, heading A4:E4, posts in rows 5–12; point table: caption A14, heading A15:F15, points in
rows 16–30). The reader did NOT join the tables by the code. It read the post table's heading row
A4:E4 ``岗位编号 | 科室 | 岗位 | 姓名 | 主要职责`` as a row of LABELS and ONLY THE NEXT ROW, A5:E5
(``GW-01 | 院领导 | 院长 | 殳砚澄 | …``), as their values — a holder block above a single card — so
the whole point table became ONE form (posts.csv F00017: 院领导, 院长, 殳砚澄, 领导岗位; every point's
``section`` ``分管工作``), the ``岗位编号`` column B16:B30 used for nothing; the other seven post rows
A6 … A12 (``GW-02 院领导 副院长 厍霁禾 …`` to ``GW-08 信息中心 主任 阙蘅洺 …``) were reported as
ROW_UNPLACED (warning, 表格之外的内容) — the 7 noise. All 15 points were read, each with its level
(高/中/低 → Ⅰ/Ⅱ/Ⅲ级) and type right, so only the holder is wrong. By cell (risks.csv), read as
殳砚澄's (院长, F00017) where the truth has the post its code names:

- read right: C16 ``大型医疗设备购置不顾班子成员反对，个人拍板`` and C17 ``与设备、耗材供应商称兄道弟，接受吃请和
  礼品礼金`` (GW-01, 院长 殳砚澄);
- GW-02 (院领导, 副院长 厍霁禾): C18 ``设备安装、验收和设备款拨付中为供应商提供关照``, C19
  ``基建维修项目化整为零，规避公开招标``;
- GW-03 (医学装备部, 主任 郗砚翎): C20 ``设备论证中抬高配置、设置倾向性参数``, C21
  ``设备价格虚高，中间环节加价不核实``;
- GW-04 (医学装备部, 采购员 隗晏舟): C22 ``耗材询价走过场，与供应商私下接触``, C23 ``零星采购拆分票据报账``;
- GW-05 (财务部, 主任 訾漪桐): C24 ``不按合同和审批支付设备、工程款``, C25 ``账外设立资金，虚列支出``;
- GW-06 (财务部, 出纳 缑亦珩): C26 ``收取现金不及时入账，公款私存``;
- GW-07 (后勤服务部, 主任 酆槿妤): C27 ``物业、食堂外包中指定服务单位，收受好处``, C28
  ``后勤物资验收不严，以次充好``;
- GW-08 (信息中心, 主任 阙蘅洺): C29 ``向医药代表提供医生处方量、用药量数据``, C30
  ``信息系统采购中向投标人泄露评审信息``.

Each of these 13 is a missed point (the truth's holder) and a false one (殳砚澄's); the seven forms
of GW-02 … GW-08 are missed. Kind: a post table above the risk table on the same sheet, linked to
it only by a shared ``岗位编号`` column, is read as a label row over ONE value row (the first post
becomes the holder of every point) and its other rows are left outside the table — the code is
never used to join a point to its post.

Unscored besides (posts.csv), by cell: ``mianzhu_nanxuan_middle_groups.xlsx`` (sheet 一览表): the 校长
and 副校长 under the group row ``一、校级领导`` (A3) read with no 科室 (F00011 晁沐垚, F00012 暨漱岚; truth
``校级领导``), the other group rows (``二、总务处`` …) giving theirs right; ``--strict`` does not compare a
leader's 科室. Kind: a leaders' group row is not taken as their 科室 (as in batch 303). Every other
unit, 科室, post and tier matches the truth. The other issues are info only (TABLE_NO_TYPE on the
six untyped sheets, GRADE_BLANK on seven forms, the harder one's included).

Generalised after this measurement: a table of posts above the point table on the same sheet, joined by the
post's code (tests/test_columns.py::test_a_table_of_posts_above_the_points_joined_by_the_posts_code).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch307 import (
    BANDS,
    BARE,
    CODE_NOTE,
    CODED,
    GRADES,
    LAYOUTS,
    POINT_HEAD,
    POINTS_CAPTION,
    POST_HEAD,
    POSTS_CAPTION,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(307, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CODES = "mianzhu_people_hospital_post_codes"
HARDER = {CODES}
UNTYPED = {
    "mianzhu_xiaode_primary_selfchecks",
    "mianzhu_experimental_kindergarten_two_sheets",
    "mianzhu_zundao_elder_home_posts",
}
NOBODY = {"mianzhu_zundao_elder_home_posts"}
GAP = "\u3000"


def test_batch307_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=305, unit_words=("绵竹市",), new_people=True)


def test_batch307_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 16))
    assert RESAVED == ()


def test_batch307_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch307_every_unit_is_of_mianzhu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("绵竹市") for u in units)


def test_batch307_two_tables_joined_by_the_post_code():
    name = CODES
    rows = BATCH.filled(name)
    # the post table: its caption, its heading, one row a post down to a blank row
    top = next(r for r, row in enumerate(rows) if row[0] == POSTS_CAPTION)
    assert tuple(rows[top + 1][:5]) == POST_HEAD
    posts, r = {}, top + 2
    while any(c is not None for c in rows[r]):
        code, dept, post, who, duties = rows[r][:5]
        assert code not in posts
        posts[code] = (dept, post, who, duties)
        r += 1
    # the point table below it on the same sheet: no 科室, 岗位 or 姓名 column, only the code
    low = next(i for i, row in enumerate(rows) if row[0] == POINTS_CAPTION)
    assert low == r + 1
    assert tuple(rows[low + 1][:6]) == POINT_HEAD
    assert not {"科室", "岗位", "姓名", "责任人"} & set(POINT_HEAD)
    table = BATCH.table(name)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    got, types = [], []
    for _n, code, point, typ, lv, _measures, _ in table:
        dept, post, who, _duties = posts[code]  # every code is one of the post table's
        got.append((dept, post, who, point, HML[lv]))
        types.append(types_in(typ))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    # every post has points, every form is one code's post
    assert {row[1] for row in table} == set(posts) == {c for c, *_ in CODED}
    assert len(BY_NAME[name]["truth"]) == len(posts)
    # the codes are written on every row of the point table, no merge over them
    merges = BATCH.sheet(name)["merges"]
    assert not any(c0 <= 1 <= c1 and r1 > r0 for r0, c0, r1, c1 in merges)
    # codes, duties, captions and the note are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & (set(posts) | {d for *_x, d in posts.values()})
    assert not points & {POSTS_CAPTION, POINTS_CAPTION, CODE_NOTE}
    assert [CODE_NOTE] in [[c for c in row if c is not None] for row in BATCH.sheet(name)["rows"]]


def test_batch307_plain_tables_by_heading():
    cases = [
        ("mianzhu_tumen_middle_duties",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("mianzhu_zundao_elder_home_posts", {"post": "岗位", "point": "廉政风险点"}, None),
        ("mianzhu_tcm_hospital_desc",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险描述 none; bare Ⅰ/Ⅱ/Ⅲ read by the note
    name = "mianzhu_tcm_hospital_desc"
    at = BATCH.heading(name).index("风险描述")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert {r[7] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    # the 敬老院 names nobody and no 科室; 工作环节 is no point
    name = "mianzhu_zundao_elder_home_posts"
    assert BATCH.holders(name) == {""}
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[2] for r in BATCH.table(name)}
    # the 初级中学's 职责事项 is no point; levels Ⅰ级/Ⅱ级/Ⅲ级
    name = "mianzhu_tumen_middle_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[7] for r in BATCH.table(name)} == set(ROMAN)
    name = "mianzhu_experimental_kindergarten_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "园领导",
        fixed={"dept": "园领导"},
    )
    assert got == BATCH.truth_rows(name, "园领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "部门") == BATCH.truth_rows(name, "部门")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "园领导")
    }


def test_batch307_group_rows_give_the_department():
    name = "mianzhu_nanxuan_middle_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]


def test_batch307_one_sheet_a_person():
    name = "mianzhu_xiaode_primary_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"单{GAP}位", f["unit"], f"处{GAP}室", f["department"]]
        assert rows[2][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(
            name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed, level="风险等级"
        )
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        table = BATCH.table(name, f["sheet"])
        assert not {r[4] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    name = "mianzhu_cdc_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            "持卡人",
            f["person"],
            f"职{GAP}务",
            f["title"],
            "所在科室",
            f["department"],
        ]
        assert rows[2][0] == "岗位职责"
        assert f["sheet"].endswith(f["title"])
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 岗位职责 is no point
        assert rows[2][1] not in {p["risk_point"] for p in BATCH.points(name)}


def test_batch307_is_read(tmp_path):
    BATCH.is_read(tmp_path)
