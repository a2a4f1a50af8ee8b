"""The two-hundred-and-eighty-first batch of published layouts (tests/published/batch281.py): seven
ordinary files as the 乡镇 of one county (三台县) and their 站所 really send them — the 观桥镇财政所's
一览表 with ``…风险`` types and 高/中/低, the 西平镇财政所's 自查表 one sheet a person with
``一级/二级/三级``, the 塔山镇农业服务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
刘营镇农业服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
灵兴镇便民服务中心's two sheets ``中心领导``/``窗口`` with ``高风险/中风险/低风险``, the 北坝镇凯江社区's
防控表 under group rows, the 郪江镇金钟村's 小微权力 清单 with ``一级风险/二级风险/三级风险`` — and one
harder: the 芦溪镇's 一览表 in two sheets whose 站所 sheet gives two heads' 姓名 as the 班子 post
that holds them concurrently (``（党委委员、副镇长兼任）``), the name standing only on the
``镇领导班子`` sheet (``python tests/published/score.py --set batch281``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

``is_apart`` is called with ``places`` (one town of 三台县 a layout, in no earlier unit), not with
``unit_words=("三台县",)`` as batch 280 did with its county: batch 152 already has units of 三台县
(its 梓溪镇 and county bodies), so no unit of this batch may be an earlier one's, and no town repeats.

Measured ONCE, untuned, with main's reader at 64779bd (main's newest when the batch was done; this
worktree branched from it): ``TOTAL                      forms  40/42  points  71/74  recall 0.96
precision 0.96 (71/74)  levels  71/71  types  71/71  noise 0`` / ``TOTAL forms=0.952 recall=0.959
precision=0.959 levels=1.000 types=1.000 noise=0``; with --strict the same: ``TOTAL
forms  40/42  points  71/74  recall 0.96 precision 0.96 (71/74)  levels  71/71  types  71/71  noise 0``
/ ``TOTAL forms=0.952 recall=0.959 precision=0.959 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and
types), with --strict too.

Missed, all in the harder ``santai_luxi_town_concurrent_heads.xlsx`` (forms 8/10, points 12/15,
precision 12/15): on sheet 站所 the 姓名 cells D6 (merged D6:D7, 农业服务中心 | 主任) and D9 (便民服务中心 |
主任) were read as the holder's name verbatim — posts.csv F00028 person ``（党委委员、副镇长兼任）``, F00030
person ``（党委委员、宣传统战委员兼任）`` — so the points E6 ``高标准农田建设项目验收走过场``, E7
``农资补贴物资分配优亲厚友`` and E9 ``对窗口人员“吃拿卡要”投诉不及时处理`` went to those bracket strings
(truth: 母砚澄 and 苟蘅芷, the people sheet 镇领导班子 names against the 职务 ``党委委员、副镇长`` (C7) and
``党委委员、宣传统战委员`` (C9)); their 科室, post, tier (中层岗位) and levels were right, and the 班子
sheet read in full (F00022–F00025). The two missed forms are those 站所 posts of 母砚澄 and 苟蘅芷; each
of the three points counts once against recall and once against precision. No issue was raised on
D6 or D9 (noise 0). Kind: a 姓名 cell that names another post held concurrently (``（X兼任）``) is taken as
a person's name instead of being resolved, through the 职务 column of the file's other sheet, to the
person who holds X.

Unscored besides (the batch's judgement calls against the reader's conventions, not misses of the
reader's own rules): the reader takes the 镇 as the unit and the 站所 as the 科室 in the 站所's own files
(观桥镇财政所 F00007–F00010 unit ``观桥镇`` from the 填报单位 line, 科室 ``财政所``; 西平镇财政所 F00040–F00042
unit ``三台县西平镇``, 科室 ``财政所``; the 塔山镇 and 刘营镇 农业服务中心 and the 灵兴镇便民服务中心 unit
``三台县…镇``), as batch 270 took them — this batch follows batch 278 (the body is the unit); the
金钟村's unit reads ``金钟村党委`` (F00032–F00036, from ``填报单位（盖章）：金钟村党委``); the 财政所's 所长
reads 中层岗位 (F00007, F00040; truth leader), 居委会副主任, 居务监督委员会主任 and 村务监督委员会主任 read
领导岗位 (F00003, F00004, F00034; truth middle); the 灵兴镇便民服务中心's leaders get the 科室 ``中心领导``
from the tab (F00011, F00012; truth ""), the 凯江社区's group row ``三、社区专职工作者`` gives a 科室
(F00005, F00006; truth "", the group rows being no 科室 here) and the 芦溪镇's leaders none (truth
``镇领导班子``). The other issues are info only (TABLE_NO_TYPE on the untyped tables, GRADE_BLANK on
the cards and self-checks).

Generalised after this measurement: a 姓名 cell ``（X兼任）`` takes the holder the file names in post X
elsewhere, where exactly one (tests/test_columns.py::test_a_name_cell_naming_the_post_that_holds_this_one_too).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch281 import (
    BANDS,
    CONCURRENT_NOTE,
    GRADES,
    LAYOUTS,
    LEAD_SHEET,
    LEADERS,
    POST_SHEET,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STATION_POSTS,
    TOWNS,
    build,
    concurrent_holder,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **BANDS, **RISKS}
BATCH = Batch(281, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"santai_luxi_town_concurrent_heads"}
UNTYPED = {
    "santai_luxi_town_concurrent_heads",
    "santai_tashan_agri_center_cards",
    "santai_liuying_agri_center_posts",
    "santai_beiba_community_groups",
}
NOBODY = {"santai_liuying_agri_center_posts"}
CONCURRENT = "santai_luxi_town_concurrent_heads"


def _named_on_the_leaders_sheet(form: dict, field: str) -> bool:
    """A 站所 head held by a 班子 member: his name stands on the 镇领导班子 sheet, not on his own."""
    if form["layout"] != CONCURRENT or field != "person" or form["sheet"] != POST_SHEET:
        return False
    return form["person"] in {who for who, _post, _work, _points in LEADERS}


def test_batch281_is_apart_from_the_earlier_batches():
    # not unit_words=("三台县",): batch 152 already has units of 三台县 (梓溪镇 and county bodies);
    # every town of this batch is one no earlier unit names
    BATCH.is_apart(count=(8, 9), harder=HARDER, places=TOWNS, new_people=True)


def test_batch281_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(6, 15), unnamed=_named_on_the_leaders_sheet
    )
    assert RESAVED == ()


def test_batch281_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch281_every_unit_is_of_santai():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS)
    assert all(u.startswith("三台县" + town) for u, town in zip(units, TOWNS, strict=True))


def test_batch281_concurrent_heads_are_named_by_post_on_the_other_sheet():
    name = CONCURRENT
    lead = BATCH.filled(name, LEAD_SHEET)
    at = BATCH.header(name, LEAD_SHEET)
    assert lead[at][:3] == ["序号", "姓名", "职务"]
    by_post = {}
    for row in lead[at + 1 :]:
        if isinstance(row[0], int):
            by_post.setdefault(row[2], set()).add(row[1])
    assert all(len(who) == 1 for who in by_post.values())  # one person a 职务
    holder = {post: next(iter(who)) for post, who in by_post.items()}
    posts = BATCH.filled(name, POST_SHEET)
    at = BATCH.header(name, POST_SHEET)
    assert posts[at][:4] == ["序号", "站所", "岗位", "姓名"]
    got, concurrent = [], set()
    for row in posts[at + 1 :]:
        if not isinstance(row[0], int):
            continue
        job = concurrent_holder(row[3])
        who = holder[job] if job else row[3]
        if job:
            concurrent.add(who)
        got.append((row[1], row[2], who, row[4], HML[row[5]]))
    assert got == BATCH.truth_rows(name, POST_SHEET)
    # two heads so held, each name absent from the 站所 sheet and holding two forms in the file
    assert len(concurrent) == 2 == sum(1 for *_x, cell, _t, _p in STATION_POSTS if "兼任" in cell)
    cells = {c for row in BATCH.sheet(name, POST_SHEET)["rows"] for c in row if isinstance(c, str)}
    assert not any(who in c for who in concurrent for c in cells)
    assert any(CONCURRENT_NOTE == c for c in cells)
    for who in concurrent:
        forms = [f for f in BY_NAME[name]["truth"] if f["person"] == who]
        assert {(f["sheet"], f["tier"]) for f in forms} == {
            (LEAD_SHEET, "leader"),
            (POST_SHEET, "middle"),
        }
    # the leaders' own rows read as usual
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    fixed = {"dept": "镇领导班子"}
    assert BATCH.by_heading(name, heads, LEAD_SHEET, fixed=fixed) == BATCH.truth_rows(
        name, LEAD_SHEET
    )


def test_batch281_plain_tables_by_heading():
    cases = [
        ("santai_guanqiao_finance_office_list", 0,
         {"post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
        ("santai_liuying_agri_center_posts", 0, {"dept": "股室", "post": "岗位", "point": "风险点"}, None),
        ("santai_lingxing_service_center_two_sheets", "中心领导",
         {"post": "职务", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("santai_lingxing_service_center_two_sheets", "窗口",
         {"dept": "窗口", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("santai_qijiang_village_list", 0,
         {"post": "岗位", "person": "姓名", "point": "廉洁风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, sheet, heads, typ in cases:
        tab = BATCH.sheet(name, sheet)["name"]
        assert BATCH.by_heading(name, heads, sheet) == BATCH.truth_rows(name, tab), (name, tab)
        if typ:
            got = BATCH.types_by(name, typ, sheet)
            assert got == [r["types"] for r in BATCH.points(name, tab)], (name, tab)
    # the short 风险点 is the point, the long 风险表现 / 风险描述 none; 权力事项 no point either
    for name, other in (
        ("santai_liuying_agri_center_posts", 4),
        ("santai_beiba_community_groups", 4),
        ("santai_qijiang_village_list", 3),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[other] for row in BATCH.table(name)}, name


def test_batch281_group_rows_name_no_department():
    name = "santai_beiba_community_groups"
    rows = BATCH.filled(name)
    groups, got = [], []
    for row in rows:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            groups.append(row[0])
        elif isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], HML[row[5]]))
    assert len(groups) == 3 and got == BATCH.truth_rows(name)


def test_batch281_one_sheet_a_person():
    name = "santai_xiping_finance_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][0] == "工作职责" and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
    name = "santai_tashan_agri_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch281_is_read(tmp_path):
    BATCH.is_read(tmp_path)
