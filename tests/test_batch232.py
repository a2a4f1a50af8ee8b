"""The two-hundred-and-thirty-second batch of published layouts (tests/published/batch232.py): eight
ordinary files as the culture, tourism, sport and health-adjacent bodies of one county (炉霍县) really
send them — the 文广旅局's 一览表 with 股室 and short types, the 图书馆's 排查表 对岗不对人 with a ``工作职责``
and a ``分管领导`` column, the 文化馆's 自查表 one sheet a person with ``姓名 | … | 性别 | … | 民族 | …`` pairs
above, the 景区管理局's 清单 cut by group rows ``二、票务中心`` with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 体育中心's 防控卡 with
``★★★/★★/★``, the 民宗局's 一览表 with ``风险名称 | 风险表现形式``, the 卫生健康局 卫生监督所's 排查表 with a
``监督环节`` and a row saying only 无, the 文化市场综合行政执法大队's 责任清单 with ``岗位及责任人``
``中队长：芮孟秋`` last — and one harder: a 博物馆's 等级评定表 whose ``风险等级`` is merged over FIVE POST
COLUMNS (``馆长⏎顿珠卓嘎`` …), each cell the level of the row's 风险点 for that post, ``/`` where it has none
(``python tests/published/score.py --set batch232``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 5fac5af (main's newest when the batch was done; this
worktree branched from fdabd95; they differ in xlproc/identity.py and grade.py): forms 0.875
(42/48), recall 0.765 (62/81), precision 0.899 (62/69), levels 1.000 (62/62), types 1.000 (62/62),
noise 0; with --strict: forms 0.792 (38/48), recall 0.765 (62/81), precision 0.899 (62/69), levels
1.000 (62/62), types 1.000 (62/62), noise 0. The 9 files: nine .xlsx, no re-saved copies. Six
layouts read in full (--strict too). Missed:

- ``museum_post_level_matrix`` (harder; forms 0/5, points 0/18, 6 read, none right): the merged
  heading ``等级评定!D3`` ``风险等级（按涉及岗位分别评定）`` is read together with each sub-heading, and
  only the FIRST post column D (``…馆长⏎顿珠卓嘎``) is taken as THE 风险级别 column; E3:H3 (副馆长,
  藏品保管员, 票务员, 会计) are judged ``其他`` (COLUMN_GUESSED) and dropped. The post and holder in the
  sub-headings are not taken: the six rows come out as ONE form with no holder — 科室 ``馆办公室`` and
  post ``科室负责人`` made from the ``填报部门：馆办公室`` line above the table (truth: five forms, 科室 "",
  posts 馆长/副馆长/藏品保管员/票务员/会计 with their holders) — each row's 风险点 C5:C10 once, with the
  馆长's level D5:D9 (高/中/高/低/高) for every post, and D10 ``/`` reported as an unknown level
  (LEVEL_UNKNOWN, error; truth: no point of the 馆长 there). Kind: a level heading merged over post
  columns whose cells are LEVELS (the risk text shared by the row) is not read as one form per post
  column; the known post-column shape expects each post's own risk text in its cell.
- ``culture_market_enforcement_duty`` (forms 5/6, points 6/7): ``责任清单!H4`` ``大队长：仁青多吉`` is
  kept whole as the holder, with no post (truth: post 大队长, holder 仁青多吉); H5 ``副大队长：鞠鸿渐``,
  ``中队长：芮孟秋`` … are split right. The point D4 is read right but keyed to the wrong holder (one
  recall and one precision miss). Kind: a ``岗位及责任人`` cell ``post：name`` is not split when the post
  is ``大队长`` (the word kept as one post elsewhere, not cut into 大队 + 长).
- ``health_supervision_checklist`` (--strict only; forms 4/4, --strict 0/4; points 6/6): the unit is
  taken from the line ``排查表!A2`` ``填报单位（盖章）：炉霍县卫生监督所…`` as ``炉霍县卫生监督所`` with no 科室,
  not from the title A1 ``炉霍县卫生健康局卫生监督所岗位廉政风险排查表`` (truth, the batch's judgement call
  as batch225 took a 法院's 执行局: unit 炉霍县卫生健康局, 科室 卫生监督所). (Unscored: 所长 and 副所长 read as
  leaders, truth middle — which follows from reading the 所 as the unit.) Kind: a 填报单位 line naming
  a body that the title places under another is taken as the unit over the title.

Read right: the 文广旅局's ``填报单位：局办公室（汇总）`` line (the unit the title's) with 股室 and short
types; the 图书馆's ``分管领导`` column (no holder) and ``工作职责`` (no point); the 文化馆's pairs over
two rows with two Tibetan holders; the 景区's group rows ``二、票务中心`` as 科室 with ``Ⅰ级/Ⅱ级/Ⅲ级``;
the 体育中心's cards with ``★★★/★★/★``, ``中心领导`` and ``场馆运营部`` from ``所在部门``; the 民宗局's
``风险名称 | 风险表现形式`` (the short name the point); the 卫生监督所's ``监督环节`` (no point), ``备注``
and the 协管员's row saying only 无 (no point, no form).

(Read in full before any change for it: nothing in this batch was generalised on.)

Generalised after the measurement, by kind and with tests in other words in tests/test_columns.py (the level matrix by post, a rare surname under a post's line break and Tibetan names): the batch now reads 1.00 on every metric, and under --strict too except the 卫生监督所's four forms (the batch's own judgement call: the title's 卫生健康局 the unit).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch232 import (
    GAP,
    GRADES,
    LAYOUTS,
    NONE,
    POST_COLUMNS,
    RESAVED,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES, **STARS}
BATCH = Batch(232, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"museum_post_level_matrix"}
UNTYPED = {"museum_post_level_matrix", "library_posts_duties", "health_supervision_checklist"}
NOBODY = {"library_posts_duties"}


def test_batch232_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=229, unit_words=("炉霍",), new_people=True)


def test_batch232_truth_is_self_consistent():
    # the harder table's five post columns carry 18 points
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(3, 18))
    assert RESAVED == ()


def test_batch232_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch232_every_unit_is_of_luhuo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("炉霍县") for u in units)


def test_batch232_plain_tables_by_heading():
    cases = [
        ("culture_bureau_offices",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型", None),
        ("library_posts_duties", {"dept": "部门", "post": "岗位", "point": "廉政风险点"}, None, None),
        ("ethnic_affairs_name_and_form",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险名称"}, "风险类别", None),
        ("health_supervision_checklist", {"post": "岗位", "person": "姓名", "point": "风险点"}, None,
         {"dept": "卫生监督所"}),
    ]  # fmt: skip
    for name, heads, typ, fixed in cases:
        got = BATCH.by_heading(name, heads, fixed=fixed)
        assert sorted(got) == sorted(BATCH.truth_rows(name)), name  # the truth groups by form
        if typ:
            types = dict(zip((g[3] for g in got), BATCH.types_by(name, typ), strict=True))
            assert all(types[p["risk_point"]] == p["types"] for p in BATCH.points(name)), name
    # the library's 分管领导 are two names over several posts each, and no holder
    rows = BATCH.filled("library_posts_duties")
    head = BATCH.header("library_posts_duties")
    leads = [r[7] for r in rows[head + 1 :] if isinstance(r[0], int)]
    assert set(leads) == {"黎砚耕", "斯郎拥措"} and BATCH.holders("library_posts_duties") == {""}
    # the 民宗局's point is the short 风险名称, never the long 风险表现形式
    rows = BATCH.filled("ethnic_affairs_name_and_form")
    head = BATCH.header("ethnic_affairs_name_and_form")
    d = rows[head].index("风险表现形式")
    descs = {r[d] for r in rows[head + 1 :] if isinstance(r[0], int)}
    points = {p["risk_point"] for p in BATCH.points("ethnic_affairs_name_and_form")}
    assert len(descs) == 8 and not descs & points and all(len(p) <= 6 for p in points)
    # the 卫生监督所's 协管员 row says only 无: no point, no form
    rows = BATCH.rows("health_supervision_checklist")
    assert any(r[4] == "无" and r[2] == "多吉" for r in rows if len(r) > 4)
    assert "多吉" not in BATCH.holders("health_supervision_checklist")
    assert BATCH.sheet("health_supervision_checklist")["rows"][1][0].startswith(
        f"填报单位（盖章）：炉霍县卫生监督所{GAP}"
    )


def test_batch232_group_rows_and_last_column_holders():
    # the 景区's group rows ``二、票务中心`` give the 科室 of the rows under them
    name = "scenic_area_group_rows"
    dept, want = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            want.append((dept, row[1], row[2], row[3], ROMAN[row[5]]))
    assert want == BATCH.truth_rows(name)
    # the 执法大队's last column ``中队长：芮孟秋`` is the post and the holder; 责任主体 the 科室
    name = "culture_market_enforcement_duty"
    got = []
    for row in BATCH.table(name):
        post, who = row[7].split("：")
        got.append((row[1], post, who, row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch232_sheets_one_holder_each():
    for name in ("cultural_center_self_check", "sports_center_cards"):
        for f in BY_NAME[name]["truth"]:
            rows = BATCH.filled(name, f["sheet"])
            if name == "cultural_center_self_check":  # pairs over two rows
                assert rows[1][:2] == ["姓  名", f["person"]]
                assert rows[2][:4] == ["部  门", f["department"], "职  务", f["title"]]
            else:  # pairs across one row
                assert rows[1] == ["持卡人", f["person"], "所在部门", f["department"], "职务",
                                   f["title"]]  # fmt: skip
            fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
            got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
            assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch232_levels_in_post_columns():
    name = "museum_post_level_matrix"
    rows = BATCH.sheet(name)["rows"]
    head = BATCH.header(name)
    assert rows[head][3] == "风险等级（按涉及岗位分别评定）" and BATCH.merged(name, 0, head, 3, 7)
    assert rows[head + 1][3:8] == [f"{post}\n{who}" for post, who, _ in POST_COLUMNS]
    assert not any("姓名" in str(c) or "岗位" == c for r in rows for c in r if c)
    truth = {f["person"]: f for f in BY_NAME[name]["truth"]}
    assert sorted(truth) == sorted(who for _, who, _ in POST_COLUMNS)
    want = {who: [] for _, who, _ in POST_COLUMNS}
    for row in rows[head + 2 :]:
        if not (row and isinstance(row[0], int)):
            continue
        for (_, who, _), cell in zip(POST_COLUMNS, row[3:8], strict=True):
            assert cell in HML or cell == NONE, row
            if cell != NONE:
                want[who].append((row[2], HML[cell]))
    for post, who, tier in POST_COLUMNS:
        f = truth[who]
        assert [(p["risk_point"], p["level"]) for p in f["risks"]] == want[who]
        assert (f["title"], f["tier"], f["department"]) == (post, tier, "")
        assert all(p["types"] == [] for p in f["risks"])
    # a risk shared by several posts at different levels: the level is the cell's, not the row's
    by_point = {}
    for f in truth.values():
        for p in f["risks"]:
            by_point.setdefault(p["risk_point"], set()).add(p["level"])
    assert sum(len(levels) > 1 for levels in by_point.values()) >= 4
    assert sum(len(f["risks"]) for f in truth.values()) == 18


def test_batch232_is_read(tmp_path):
    BATCH.is_read(tmp_path)
