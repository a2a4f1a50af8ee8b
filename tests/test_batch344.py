"""The three-hundred-and-forty-fourth batch of published layouts (tests/published/batch344.py): seven
ordinary files as the 教育 and 卫健 bodies of one district (龙泉驿区) really send them — the 教育局's two
sheets ``局领导 | 机关科室`` with short types and 高/中/低, the 西河中学's 一览表 under group rows
``一、学校领导`` … with ``★★★/★★/★``, the 洛带中学's 自查表 one sheet a person with ``一级/二级/三级``,
the 卫生健康局's 责任清单 with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 妇幼保健院's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 同安街道社区卫生服务中心's 防控卡 one sheet a holder
with ``一级风险/二级风险/三级风险``, the 柏合中学's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``分管领导``
column — and one harder: the 大面街道社区卫生服务中心's 对岗 一览表 whose holders stand only in a
roster under it KEYED BY PERSON (``序号 | 姓名 | 职务 | 承担岗位``, one row a person listing all his
posts joined by ``、``) (``python tests/published/score.py --set batch344``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 5f34673 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch344``:
``TOTAL                      forms  39/46  points  69/78  recall 0.88 precision 0.88 (69/78)  levels  69/69  types  69/69  noise 0``
and ``TOTAL forms=0.848 recall=0.885 precision=0.885 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  39/46  points  69/78  recall 0.88 precision 0.88 (69/78)  levels  69/69  types  69/69  noise 0``
and ``TOTAL forms=0.848 recall=0.885 precision=0.885 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too, and
(unscored) every unit, 科室 and tier as the truth has them. The truth was not changed after
measuring.

Missed, all in the harder ``longquanyi_damian_health_center_person_roster.xlsx`` (sheet ``一览表``:
title row 1, heading ``序号 | 科室 | 岗位 | 廉政风险点 | …`` row 2, the 13 points in rows 3–15 with the
岗位 in column C and the 廉政风险点 in column D; blank row 16, the ``附：人员岗位分工…`` line row 17, the
roster heading ``序号 | 姓名 | 职务 | 承担岗位`` row 18 and its six rows 19–24 (姓名 B, 职务 C, 承担岗位
D:G merged)): forms 3/10, points 4/13, precision 4/13, levels 4/4 and types 4/4 of the matched points.
Every one of the 13 points was read (risks.csv, forms F00006–F00015), each with its right 科室, post,
tier, type and level, one form a post as the truth has it — but the roster was read KEYED BY POST on
its ``职务`` column (C19:C24), not by its ``承担岗位`` lists: a post of the table got a holder only
where some person's 职务 is written exactly as the post, and the 承担岗位 column (D19:D24) was not used
at all (a check with the 职务 of rows 19, 20 and 24 changed to ``中心主任``, ``主治医师``, ``干事`` left
every form without a holder):

- C3:D5 (``主任``: ``药品、耗材遴选中…``, ``基本公共卫生服务补助资金…``; ``副主任``: ``家庭医生团队绩效
  考核打分不公``) and C14:D14 (``办公室主任``: ``公务接待、办公用品采购超标准``): read as 莘芃筠 (F00006),
  巢蔼汀 (F00007) and 过篁澈 (F00014) — right, because their 职务 C19, C20, C24 happen to be written as
  these posts;
- C6:D7 (``科长``: ``预防接种人次、慢病随访人数虚报…``, ``居民健康档案建档不实…``): read with no holder
  (F00008); truth 巢蔼汀, whose D20 ``副主任、公共卫生科科长`` names the 科长 of 公共卫生科 (B6);
- C8:D8 (``预防接种管理员``: ``疫苗出入库账实不符…``): no holder (F00009); truth 漆雯澍 (D21, 职务
  ``主管护师``);
- C9:D10 (``药房调剂员``: ``调剂中以药换药…``, ``近效期药品私自处置``) and C11:D11 (``药品验收员``:
  ``药品验收数量、批号把关不严``): no holder (F00010, F00011); truth 宦澄瑜 (D22 ``药房调剂员、药品验收员``,
  职务 ``主管药师``);
- C12:D12 (``收费员``: ``门诊收费不开票…``) and C13:D13 (``医保结算员``: ``医保结算中串换诊疗项目…``): no
  holder (F00012, F00013); truth 牟渌芸 (D23 ``收费员、医保结算员``, 职务 ``会计``);
- C15:D15 (``资产管理员``: ``医疗设备出借、报废不按程序``): no holder (F00015); truth 过篁澈 (D24
  ``办公室主任、资产管理员``), who got only his first post.

So 7 forms, 9 points (recall) and the same 9 points read without a holder (precision) are missed;
no issue at all was reported for the file (the forms without a holder are taken as 对岗不对人, and
the roster gives no TABLE_OTHER).

Kind (one): a roster keyed BY PERSON under an 对岗 table (one row a person, ``承担岗位`` listing all his
posts joined by ``、``, 一人多岗) is read as a roster keyed by post on its ``职务`` column, so only posts
that equal some person's 职务 get a holder, a person's second post (and a post written ``科室+岗位``,
``公共卫生科科长``) gets none, and the posts left without a holder are silently taken as 对岗不对人.

Unscored besides: nothing; the other issues are info only (TABLE_NO_TYPE on the 西河中学's list and
the 卫生健康局's list; GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: a roster of people each listing the posts they hold ('姓名 | 职务 | 承担岗位'; tests/test_columns.py::test_a_roster_of_people_each_listing_the_posts_they_hold).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch344 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    POSTS,
    RESAVED,
    RISKS,
    ROMAN,
    ROSTER,
    ROSTER_HEAD,
    ROSTER_LINE,
    STARS,
    TABLE_HEAD,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(344, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
ROSTER_FILE = "longquanyi_damian_health_center_person_roster"
HARDER = {ROSTER_FILE}
UNTYPED = {"longquanyi_xihe_middle_school_groups", "longquanyi_health_bureau_duties"}
NOBODY = {"longquanyi_maternal_child_posts"}
GAP = "\u3000"


def test_batch344_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=343, unit_words=("龙泉驿区",), new_people=True)


def test_batch344_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 13))
    assert RESAVED == ()


def test_batch344_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch344_every_unit_is_of_longquanyi():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("龙泉驿区") for u in units)


def test_batch344_the_roster_keyed_by_person_gives_each_post_its_holder():
    name = ROSTER_FILE
    rows = BATCH.filled(name)
    # the risk table: 科室 and 岗位, no name anywhere in it
    head = BATCH.header(name)
    assert tuple(rows[head][: len(TABLE_HEAD)]) == TABLE_HEAD
    heads = {"dept": "科室", "post": "岗位", "point": "廉政风险点"}
    table = BATCH.by_heading(name, heads, end=head + 1 + sum(len(p[3]) for p in POSTS))
    people = {who for who, _, _ in ROSTER}
    assert not {c for row in BATCH.table(name)[: len(table)] for c in row} & people
    # the roster under it: a merged 附：line, then one row a person listing his posts with '、'
    at = next(r for r, row in enumerate(rows) if row[0] == ROSTER_LINE)
    assert BATCH.merged(name, 0, at, 0, len(TABLE_HEAD) - 1)
    assert tuple(rows[at + 1][:4]) == ROSTER_HEAD
    listed = [row for row in rows[at + 2 :] if isinstance(row[0], int)]
    assert [(row[1], row[2], row[3]) for row in listed] == [
        (who, duty, "、".join(posts)) for who, duty, posts in ROSTER
    ]
    # turned round: each (科室, 岗位) of the table is held by the one roster row listing it
    holder = {}
    for _, who, _, posts in (row[:4] for row in listed):
        for item in posts.split("、"):
            matches = [(d, p) for d, p, _, _ in POSTS if item in (p, d + p)]
            assert len(matches) == 1, item
            assert matches[0] not in holder, item
            holder[matches[0]] = who
    assert set(holder) == {(d, p) for d, p, _, _ in POSTS}
    got = [(d, p, holder[(d, p)], point, lv) for d, p, _, point, lv in table]
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型")[: len(table)] == [
        r["types"] for r in BATCH.points(name)
    ]
    # one person, two forms; the 职务 column names no post of the table
    forms = BY_NAME[name]["truth"]
    assert sum(f["person"] == "巢蔼汀" for f in forms) == 2
    assert len(forms) > len(ROSTER)
    posts = {f["title"] for f in forms}
    assert {duty for _, duty, _ in ROSTER} - posts == {"主管护师", "主管药师", "会计"}
    # the roster holds no point
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {c for row in rows[at:] for c in row if isinstance(c, str)}


def test_batch344_plain_tables_by_heading():
    cases = [
        ("longquanyi_maternal_child_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("longquanyi_baihe_middle_school_list",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类别"),
        ("longquanyi_health_bureau_duties",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 妇幼保健院 names nobody
    name = "longquanyi_maternal_child_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 柏合中学: bare Ⅰ/Ⅱ/Ⅲ read by its note, no merges in the table, 分管领导 holds no row
    name = "longquanyi_baihe_middle_school_list"
    table = BATCH.table(name)
    assert {r[6] for r in table} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    supervisors = {r[8] for r in table}
    assert len(supervisors) == 2 and not supervisors & BATCH.holders(name)
    # the 卫生健康局: 职责事项 is no point
    name = "longquanyi_health_bureau_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    # the 教育局's two sheets
    name = "longquanyi_education_bureau_two_sheets"
    got = BATCH.by_heading(
        name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "局领导",
        fixed={"dept": "局领导"},
    )  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "机关科室") == BATCH.truth_rows(name, "机关科室")
    for tab in ("局领导", "机关科室"):
        assert BATCH.types_by(name, "风险类别", tab) == [
            r["types"] for r in BATCH.points(name, tab)
        ]
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch344_group_rows_give_the_department():
    name = "longquanyi_xihe_middle_school_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], STARS[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert any(str(r[0]).startswith("注：风险等级★★★为高风险") for r in BATCH.rows(name))


def test_batch344_one_sheet_a_person():
    name = "longquanyi_tongan_health_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "所在科室", f["department"]]
        assert rows[2][:3] == ["岗位名称", f["title"], "岗位职责"]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}  # 岗位职责
    name = "longquanyi_luodai_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"处{GAP}室", f["department"]]
        assert rows[2][:2] == [f"职{GAP}务", f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch344_is_read(tmp_path):
    BATCH.is_read(tmp_path)
