"""The two-hundred-and-ninety-ninth batch of published layouts (tests/published/batch299.py): seven
ordinary files as the schools, hospitals and 公共服务 bodies of one county (大竹县) really send them —
the 庙坝中学's 一览表 under group rows with 高/中/低, the 石河镇中心小学's 防控卡 one sheet a holder with
``★★★/★★/★``, the 实验幼儿园's 防控表 written on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 杨家镇中心卫生院's
自查表 one sheet a person with ``高风险/中风险/低风险``, the 妇幼保健院's two sheets ``院领导 | 科室``
with ``一级/二级/三级``, the 社会保险事业管理中心's 责任清单 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 殡仪馆's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``一级风险/二级风险/三级风险`` — and one harder: the 人民医院's
一览表 whose heading is split over two rows, ``风险点`` merged over ``内容 | 等级`` and ``防控`` merged
over ``措施 | 责任人``, the holder named only under 防控/责任人
(``python tests/published/score.py --set batch299``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 327f6c7 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch299``:
``TOTAL                      forms  51/51  points  76/76  recall 1.00 precision 1.00 (76/76)  levels  76/76  types  76/76  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  51/51  points  76/76  recall 1.00 precision 1.00 (76/76)  levels  76/76  types  76/76  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). All eight
layouts read in full, with ``--strict`` too — every form, point, level and type, the harder one
included: the reader read the split heading of ``dazhu_people_hospital_split_header.xlsx`` (sheet
一览表, A3:G4) as one heading, each bare word with its group — D ``风险点``/``内容`` the point, E
``风险点``/``等级`` its level (高 → Ⅰ级 …), F ``防控``/``措施`` the measures, G ``防控``/``责任人`` the holder
(posts.csv F00029–F00037, the 科室 of column B and the post of column C right) — with no issue but
TABLE_NO_TYPE. The truth was not changed after measuring. No scored miss.

Unscored (posts.csv of ``xlproc collect`` on the built inbox), by cell:

- ``dazhu_shihe_primary_cards.xlsx``: the three cards, which write no 科室, were given the 科室
  ``领导班子`` (sheets 校长, 副校长, 总务主任; F00038–F00040; truth blank), and the 总务主任 (sheet
  总务主任, B3 of the value row under ``职　务``) was read as 领导岗位 (truth middle). Kind: a school's
  card with a ``分管工作`` line is taken as a leader's card — the reader supplies a leaders' group the
  card does not name (a convention difference, as in batches 291 and 295) and gives that group's tier
  to a 中层 post (``总务主任``) too.

Everything else in posts.csv matches the truth: the 科室 of the leaders (``学校领导``, ``园领导``,
``院领导``, ``中心领导``, ``馆领导``), every tier, and the 殡仪馆's posts with no person. The other issues
are info only (TABLE_NO_TYPE on the two untyped tables, GRADE_BLANK on the cards and self-checks).

Nothing to generalise: the batch read in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch299 import (
    BANDS,
    BARE,
    GRADES,
    HEAD_SUB,
    HEAD_TOP,
    HOSPITAL,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(299, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dazhu_people_hospital_split_header"}
UNTYPED = {"dazhu_people_hospital_split_header", "dazhu_social_insurance_duties"}
NOBODY = {"dazhu_funeral_home_posts"}
GAP = "\u3000"


def test_batch299_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=297, unit_words=("大竹县",), new_people=True)


def test_batch299_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch299_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch299_every_unit_is_of_dazhu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("大竹县") for u in units)


def test_batch299_heading_split_over_two_rows():
    name = "dazhu_people_hospital_split_header"
    sheet = BATCH.sheet(name)
    top = BATCH.header(name)
    # the two heading rows as typed: groups over bare words
    assert tuple(sheet["rows"][top]) == HEAD_TOP and tuple(sheet["rows"][top + 1]) == HEAD_SUB
    for c in (0, 1, 2):  # 序号, 科室, 岗位 merged down both rows
        assert (top, c, top + 1, c) in sheet["merges"]
    assert (top, 3, top, 4) in sheet["merges"] and (top, 5, top, 6) in sheet["merges"]
    # neither row alone names the point, its level or the holder as the earlier batches do
    for words in (HEAD_TOP, HEAD_SUB):
        assert not {"风险等级", "风险级别", "姓名", "防控措施", "廉政风险点"} & set(words)
    # reading each column by its group and its bare word gives the truth
    rows = BATCH.filled(name)
    heads = [f"{rows[top][c]}/{rows[top + 1][c]}" for c in range(3, 7)]
    assert heads == ["风险点/内容", "风险点/等级", "防控/措施", "防控/责任人"]
    table = BATCH.table(name)
    got = [(row[1], row[2], row[6], row[3], HML[row[4]]) for row in table]
    assert got == BATCH.truth_rows(name)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    # one holder a post, none over two posts (the post's own holder, no supervising leader)
    posts = {}
    for row in table:
        posts.setdefault(row[6], set()).add((row[1], row[2]))
    assert all(len(p) == 1 for p in posts.values())
    assert len(posts) == sum(len(people) for _d, people in HOSPITAL)
    # the measures are no points, the heading words no points or holders
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & ({row[5] for row in table} | set(HEAD_TOP) | set(HEAD_SUB))
    assert not BATCH.holders(name) & (set(HEAD_TOP) | set(HEAD_SUB))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {d for d, _p in HOSPITAL}


def test_batch299_plain_tables_by_heading():
    cases = [
        ("dazhu_funeral_home_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("dazhu_social_insurance_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("dazhu_kindergarten_every_row",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 殡仪馆 names nobody
    name = "dazhu_funeral_home_posts"
    at = BATCH.heading(name).index("风险表现")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 社保中心's 职责事项 is no point, its levels Ⅰ级/Ⅱ级/Ⅲ级
    name = "dazhu_social_insurance_duties"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    assert {r[6] for r in table} == set(ROMAN)
    # the 幼儿园 writes 部门, 岗位 and 姓名 on every row (no merge), bare Ⅰ/Ⅱ/Ⅲ read by its note
    name = "dazhu_kindergarten_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])  # only lines across
    assert all(r[1] and r[2] and r[3] for r in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    name = "dazhu_maternal_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    for sheet in ("院领导", "科室"):
        assert BATCH.types_by(name, "风险类别", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]


def test_batch299_group_rows_give_the_department():
    name = "dazhu_miaoba_middle_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
            types.append(row[4])
    assert got == BATCH.truth_rows(name)
    assert [types_in(t) for t in types] == [r["types"] for r in BATCH.points(name)]


def test_batch299_one_sheet_a_person():
    name = "dazhu_shihe_primary_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"职{GAP}务", "分管工作"]
        assert rows[2][:2] == [f["person"], f["title"]]
        assert f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 分管工作 is no point
        assert rows[2][2] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "dazhu_yangjia_health_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            f"科{GAP}室",
            f["department"],
            f"岗{GAP}位",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch299_is_read(tmp_path):
    BATCH.is_read(tmp_path)
