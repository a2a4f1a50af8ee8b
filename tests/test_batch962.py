"""The nine-hundred-and-sixty-second batch of published layouts (tests/published/batch962.py): seven
ordinary files as the culture and tourism bodies of one county (普兰县) really send them — the
文化和旅游局's 一览表 in two sheets 局领导/股室 with ``一级风险/二级风险/三级风险``, the 文物保护所's
排查表 对岗不对人 with ``风险点 | 风险表现``, the 图书馆's 防控卡 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 文化馆's 清单 under group rows ``一、馆领导`` … with ``★★★/★★/★``, the 文化市场综合执法队's 一览表
with ``高风险/中风险/低风险``, the 巴嘎乡综合文化站's 自查表 one sheet a person with ``一级/二级/三级``,
the 普兰镇综合文化站's 登记表 — and one harder: the 冈仁波齐景区管理处's 一览表 naming each post's
holders in two columns, one a season (``责任人（旺季5—10月） | 责任人（淡季11—次年4月）``), ``同左``
for the same person all year and ``/`` for a post closed in winter
(``python tests/published/score.py --set batch962``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 4566a8ac (/work/snap69; this worktree branched
from the same commit), after these tests passed: TOTAL forms=0.933 recall=0.922 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 28/30, points 47/51, precision 47/47, levels 47/47, types
47/47); with --strict the same: TOTAL forms=0.933 recall=0.922 precision=1.000 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts
read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``pulan_scenic_area_holders_by_season.xlsx`` (forms 5/7, points 9/13,
precision 9/9, levels 9/9, types 9/9, noise 0): the reader took ``责任人（旺季5—10月）`` (column D)
as the one holder column and guessed ``责任人（淡季11—次年4月）`` (column E) to be "其他"
(COLUMN_GUESSED at 一览表!E2, "已有另一列作为责任人"), so the two 淡季 holders who are other people
got no form: 票务组 售票检票员 剧澜珩 (E5, merged over rows 5–6; truth ``门票收入截留、坐收坐支`` 高
and ``对关系人员违规免票放行`` 中, both read only as 腾珺岫's, F00023) and 安全巡查组 巡查员 腾翎澈
(E9, merged over rows 9–10; truth ``对无证经营帐篷、摊点收受好处后不制止`` 中 and ``巡查补助考勤弄虚作假``
低, both read only as 剧屹骞's, F00025). The ``同左`` (E3, E11) and ``/`` (E7) cells were right only
because the whole column was dropped; the five 旺季 forms, their points and levels all right.
Kind: a post's holders named in two (or more) parallel holder columns, one a period (旺季/淡季 …),
are read from the first only; the other column is guessed "其他" and its people lose every point
of the post, instead of each named person holding the post's points (``同左`` the same person,
``/`` nobody).

Unscored besides: nothing above info (COLUMN_GUESSED for the 淡季 column above, TABLE_NO_TYPE,
GRADE_BLANK, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): holders split into one column
a season (``责任人（旺季…） | 责任人（淡季…）``), every point of the row being each named holder's,
with ``同左`` read as the holder of the column to the left and ``/`` as none.

Generalised after this measurement: a post's holders named in parallel columns, one a period of
the year or a shift holding the post fully in its turn (旺季/淡季, 汛期/非汛期, 上半年/下半年,
白班/夜班; not A角/B角), every point of the row being each named person's, ``同左``/``同上`` the
person of the column to the left, ``/``, ``无``, ``空缺`` nobody (HOLDERS_BY_PERIOD_COLUMNS; a cell of
other words HOLDER_PERIOD_CELL_UNREAD), tests/test_holders_by_period_columns.py. Read 1.00 since,
--strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch962 import (
    BY_SEASON,
    GRADES,
    HIGHS,
    LAYOUTS,
    NONE,
    RESAVED,
    RISKS,
    ROMAN,
    SAME,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(962, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"pulan_scenic_area_holders_by_season"}
TYPED = {
    "pulan_relics_office_posts",
    "pulan_market_enforcement_list",
    "pulan_town_station_register",
}
NOBODY = {"pulan_relics_office_posts"}


def test_batch962_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=951, unit_words=("普兰县",), new_people=True)


def test_batch962_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 14))
    assert RESAVED == ()


def test_batch962_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch962_every_unit_is_of_pulan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("普兰县") for u in units)


def test_batch962_holders_by_season():
    name = "pulan_scenic_area_holders_by_season"
    rows = BATCH.filled(name, "一览表")
    head = BATCH.header(name, "一览表")
    assert rows[head] == ["序号", "部门", "岗位", "责任人（旺季5—10月）", "责任人（淡季11—次年4月）",
                          "廉政风险点", "风险等级", "防控措施"]  # fmt: skip
    assert any(isinstance(row[0], str) and row[0].startswith("注：") and "同左" in row[0]
               for row in rows)  # fmt: skip
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    # every point is the 旺季 holder's, and the 淡季 holder's when that cell names another person
    want = []
    for peak_or_off in (3, 4):
        for row in table:
            who = row[peak_or_off]
            if peak_or_off == 4 and who in (SAME, NONE):
                continue
            want.append((row[1], row[2], who, row[5], HML[row[6]]))
    assert sorted(want) == sorted(BATCH.truth_rows(name))
    offs = {row[4] for row in table}
    assert SAME in offs and NONE in offs and offs - {SAME, NONE}
    # the two holders of a post share its points, and neither column is merged into the other
    forms = BY_NAME[name]["truth"]
    assert len(forms) == len(BY_SEASON) + sum(
        off not in (SAME, NONE) for *_, off, _, _ in BY_SEASON
    )
    by_post = {}
    for f in forms:
        by_post.setdefault(f["title"], []).append([r["risk_point"] for r in f["risks"]])
    assert all(all(p == pts[0] for p in pts) for pts in by_post.values())
    assert any(len(pts) == 2 for pts in by_post.values())
    people = {f["person"] for f in forms}
    assert not people & {SAME, NONE}
    assert {lv for *_, lv in want} == {1, 2, 3}


def test_batch962_plain_tables_by_heading():
    cases = [
        ("pulan_market_enforcement_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("pulan_town_station_register", {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("pulan_relics_office_posts", {"dept": "所室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "pulan_culture_tourism_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "pulan_relics_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch962_group_rows_give_the_department():
    name = "pulan_cultural_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], STARS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch962_one_sheet_a_person():
    name = "pulan_baga_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在单位", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["unit"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "pulan_library_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "岗　位", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_nine_hundred_and_sixty_second_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
