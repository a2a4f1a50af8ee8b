"""The two-hundred-and-ninety-second batch of published layouts (tests/published/batch292.py): seven
ordinary files as the state-owned companies and 事业单位 of one county (通江县) really send them — the
城市建设投资集团's 一览表 with short types and 高/中/低, the 交通建设投资公司's 防控卡 one sheet a holder
with ``★★★/★★/★``, the 水务投资公司's two sheets ``公司领导 | 职能部门`` with ``一级/二级/三级``, the
城乡供水公司's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 国有林场's 自查表
one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 供销合作社联合社's 防控表 under group rows with
``一级风险/二级风险/三级风险``, the 农业生产资料公司's 责任清单 written on every row with ``高级/中级/低级``
— and one harder: the 粮食储备库's 排查表 with no 岗位 column, every 风险点 cell opening with its post
(``保管员：…``) (``python tests/published/score.py --set batch292``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at a8143b2 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch292``:
``TOTAL                      forms  32/41  points  60/72  recall 0.83 precision 0.83 (60/72)  levels  60/60  types  60/60  noise 0``
and ``TOTAL forms=0.780 recall=0.833 precision=0.833 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  32/41  points  60/72  recall 0.83 precision 0.83 (60/72)  levels  60/60  types  60/60  noise 0``
and ``TOTAL forms=0.780 recall=0.833 precision=0.833 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full (every form, point, level and type, with ``--strict`` too); the
harder one reads nothing that scores (forms 0/9, points 0/12, precision 0/12). The truth was not
changed after measuring.

Missed, all in the harder ``tongjiang_grain_reserve_post_prefix.xlsx`` (sheet 排查表; forms 0/9,
points 0/12): every ``风险点`` cell C4…C15 was read WHOLE as the point, the post before the colon
kept in it and given to no post, so the rows of each 股室 became ONE form with no post and no tier
(posts.csv F00008–F00012, one per merged 股室 B4:B6 库领导, B7:B9 仓储保管股, B10:B12 购销股, B13
质检化验室, B14:B15 财务股; truth nine forms, one a post within its 股室):
C4 ``主任：储备粮轮换不经库务会集体研究，指定购销对象`` and C5 ``主任：粮库维修改造…`` → two points of
F00008 (库领导, post blank) with the text ``主任：…`` (truth 库领导/主任, points without ``主任：``);
C6 ``副主任：…`` → F00008 again (truth 库领导/副主任); C7 ``股长：…`` → F00009 (truth 仓储保管股/股长);
C8, C9 ``保管员：…`` → F00009 (truth 仓储保管股/保管员); C10, C11 ``司磅员：…`` → F00010 (truth
购销股/司磅员); C12 ``统计员：…`` → F00010 (truth 购销股/统计员); C13 ``化验员：…`` → F00011 (truth
质检化验室/化验员); C14 ``会计：…`` → F00012 (truth 财务股/会计); C15 ``出纳：…`` → F00012 (truth
财务股/出纳). The levels (高/中/低 → Ⅰ/Ⅱ/Ⅲ级) and types of all twelve rows were read right, but a
point that does not match counts neither; no issue was reported for the file (not even a blank
post), and the ``注：`` line under the table was rightly no point. Kind: a point cell that opens
with the post holding it (``岗位：风险点``) is taken whole as the point, so the post is neither
split off into the form nor the point stripped of it, and a 股室's posts are merged into one
post-less form.

Unscored besides: none — every unit, 科室, post, holder and tier in posts.csv of the seven ordinary
files is the truth's (the 林场's 管护站 under ``所在部门``, the group rows' 科室, the 公司领导 sheet as the
leaders' 科室, the 农资公司's 营业员 general). The other issues are info only (TABLE_NO_TYPE on the
untyped tables, GRADE_BLANK on the cards and self-checks).

Generalised after this measurement: points that open with their post and a colon where no column names the
post give the point to that post (tests/test_columns.py::
test_points_that_open_with_their_post_where_no_column_names_it).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch292 import (
    BANDS,
    COLON,
    GRADES,
    LAYOUTS,
    PREFIX_NOTE,
    RANKS,
    RESAVED,
    RESERVE,
    RESERVE_POINTS,
    RISKS,
    ROMAN,
    STARS,
    build,
    prefixed,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS, **RANKS}
BATCH = Batch(292, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
PREFIXED = "tongjiang_grain_reserve_post_prefix"
HARDER = {PREFIXED}
UNTYPED = {
    "tongjiang_water_investment_two_sheets",
    "tongjiang_rural_water_posts",
    "tongjiang_farm_supplies_duties",
}
NOBODY = {PREFIXED, "tongjiang_rural_water_posts"}


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The 储备库's ``风险点`` cell ``保管员：…`` holds the point after the colon (cells normalised:
    the full-width colon reads ``:``)."""
    here = sheets[form["sheet"]]
    if form["layout"] != PREFIXED:
        return here
    return {c.split(":", 1)[1] for c in here if ":" in c}


def test_batch292_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=285, unit_words=("通江县",), new_people=True)


def test_batch292_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16), points_in=_points_in)
    assert RESAVED == ()


def test_batch292_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch292_every_unit_is_of_tongjiang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("通江县") for u in units)


def test_batch292_the_post_opens_each_point():
    name = PREFIXED
    rows = BATCH.filled(name)
    at = BATCH.header(name)
    assert rows[at] == ["序号", "股室", "风险点", "风险类型", "风险等级", "防控措施"]
    # no column names the post: 岗位 stands nowhere in the sheet
    assert not any("岗位" == c for row in rows for c in row)
    got = []
    for row in BATCH.table(name):
        post, _, point = row[2].partition(COLON)
        assert post and point and COLON not in point, row[2]
        got.append((row[1], post, "", point, HML[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert [row[2] for row in BATCH.table(name)] == [prefixed(p[1], p[3]) for p in RESERVE_POINTS]
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    # one form a post within its 股室; several posts share a 股室; a post over several rows
    forms = BY_NAME[name]["truth"]
    assert len(forms) == len({(p[0], p[1]) for p in RESERVE_POINTS}) == 9
    assert all(f["unit"] == RESERVE and f["person"] == "" for f in forms)
    assert {len(f["risks"]) for f in forms} == {1, 2}
    assert (
        sum(
            len({p[1] for p in RESERVE_POINTS if p[0] == d}) > 1
            for d in {"库领导", "仓储保管股", "购销股"}
        )
        == 3
    )
    # the 注 line is there and no point; the post is no part of the point
    note = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注"))
    assert note == PREFIX_NOTE
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert note not in points
    assert not any(
        p.startswith(f["title"]) for f in forms for p in (r["risk_point"] for r in f["risks"])
    )
    assert {f["tier"] for f in forms} == {"leader", "middle", "general"}


def test_batch292_plain_tables_by_heading():
    cases = [
        ("tongjiang_urban_investment_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("tongjiang_farm_supplies_duties",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, None),
        ("tongjiang_rural_water_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; no names
    name = "tongjiang_rural_water_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 职责事项 is no point
    name = "tongjiang_farm_supplies_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    name = "tongjiang_water_investment_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉洁风险点"},
        "公司领导",
        fixed={"dept": "公司领导"},
    )
    assert got == BATCH.truth_rows(name, "公司领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}
    assert BATCH.by_heading(name, heads, "职能部门") == BATCH.truth_rows(name, "职能部门")


def test_batch292_group_rows_give_the_department():
    name = "tongjiang_supply_coop_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch292_one_sheet_a_person():
    name = "tongjiang_transport_construction_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "职\u3000务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
    name = "tongjiang_forest_farm_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            "姓\u3000名",
            f["person"],
            "所在部门",
            f["department"],
            "职\u3000务",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 and 已有防控措施 are no points
        table = BATCH.table(name, f["sheet"])
        assert not {c for r in table for c in (r[4], r[5])} & {
            p["risk_point"] for p in BATCH.points(name)
        }
        assert [types_in(r[2]) for r in table] == [
            p["types"] for p in BATCH.points(name, f["sheet"])
        ]


def test_batch292_is_read(tmp_path):
    BATCH.is_read(tmp_path)
