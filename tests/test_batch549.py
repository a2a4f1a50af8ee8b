"""The five-hundred-and-forty-ninth batch of published layouts (tests/published/batch549.py): seven
ordinary files as the 文化 and 旅游 bodies of one county (互助土族自治县) really send them — the
文体旅游广电局's file in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 图书馆's 一览表 with
部室/岗位/责任人 merged and ``高风险/中风险/低风险``, the 土族故土园景区管理处's 责任清单 under group rows
with ``一级风险/二级风险/三级风险``, the 北山景区管理处's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 威远镇综合文化站's 自查表 one sheet a person with 高/中/低, the 丹麻镇综合文化站's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 五十镇综合文化站's 责任清单 with ``职责事项`` — and one
harder: the 文化馆's list whose one risk column ``廉政风险点及防控要求`` writes each point and its
requirement as one sentence joined by ``，应`` / ``，须`` / ``，要``
(``python tests/published/score.py --set batch549``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at e230d80 (``/work/snap44``; this
worktree branched from dev at e230d80 too): ``TOTAL                      forms  21/21  points
31/37  recall 0.84 precision 0.84 (31/37)  levels  31/31  types  31/31  noise 0`` / ``TOTAL
forms=1.000 recall=0.838 precision=0.838 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  31/37  recall 0.84 precision 0.84 (31/37)
levels  31/31  types  31/31  noise 0`` / ``TOTAL forms=1.000 recall=0.838 precision=0.838
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. All seven
ordinary layouts read in full, --strict too (文体旅游广电局 two sheets, 图书馆 list, 故土园 group rows,
北山 cards, 威远镇 self-checks, 丹麻镇 对岗不对人, 五十镇 list: 18/18 forms, 31/31 points, levels and
types all right).

Missed, in the harder ``huzhu_culture_hall_point_and_requirement_joined.xlsx`` (sheet 一览表; forms
3/3, points 0/6): the three forms (馆领导/馆长/璩翀琰 leader, 非遗保护部/主任/逯翾珂 middle,
培训辅导部/辅导员/仉琤湉 general) and the levels (高/中/低 read Ⅰ/Ⅱ/Ⅲ) are right, but every point was
read as the whole sentence: E3 ``免费培训补贴资金分配个人说了算，应经馆务会集体研究，分配结果在馆内公示。``
(truth ``免费培训补贴资金分配个人说了算``), E4 ``文艺演出服务采购指定承办方，须按规定比选承办单位，比选记录存档备查。``
(truth ``文艺演出服务采购指定承办方``), E5 ``非遗传承人补助申报把关不严，应实地核查传习活动，补助名单经公示后发放。``
(truth ``非遗传承人补助申报把关不严``), E6 ``非遗项目资料采集经费虚列，要凭采集清单和影像记录报销。`` (truth
``非遗项目资料采集经费虚列``), E7 ``培训班学员名册虚报人数，应按签到表核定人数，名册每期公示。`` (truth
``培训班学员名册虚报人数``), E8 ``向学员推销教材收取好处，须统一免费提供教材，严禁向学员收费。`` (truth
``向学员推销教材收取好处``) — six missed, six extra; the measures column is empty in risks.csv and
issues.csv raises ``MEASURES_BLANK`` on E3–E8 (and ``TABLE_NO_TYPE`` on A2), nothing about a
point joined to its requirement. Kind: a ``廉政风险点及防控要求`` cell joining the point and its
requirement by ``，应`` / ``，须`` / ``，要`` is not split — the heading naming both fields is not
taken as a sign that the cell holds both, and the modal verb is not read as the seam.

Not scored, seen in posts.csv: the three 镇综合文化站 are cut to the town — unit
``互助土族自治县威远镇`` / ``…丹麻镇`` / ``…五十镇`` (truth ``…威远镇综合文化站`` etc.); the 五十镇 list
gets the 科室 ``综合文化站`` (truth none) and its 站长 the tier 中层岗位 (truth leader); the 北山
主任 card gets the 科室 ``领导班子`` (truth none); every other unit, 科室, post and tier is as the
truth.

Generalised after this measurement: a column whose heading names the point and its requirements
('廉政风险点及防控要求', '风险点及防控措施', no measures column beside it), most of its cells written 'point，应
requirement' (须, 要, 必须, 应当, 需), gives the point before the seam and the measures from the modal word
on (info POINT_THEN_REQUIREMENT, warning POINT_REQUIREMENT_MISSING;
tests/test_point_then_requirement_in_one_sentence.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch549 import (
    GRADES,
    JOINED,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(549, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEAD = "huzhu_culture_hall_point_and_requirement_joined"
HARDER = {HEAD}
UNTYPED = {
    HEAD,
    "huzhu_culture_bureau_two_sheets",
    "huzhu_homeland_scenic_group_rows",
    "huzhu_beishan_scenic_cards",
    "huzhu_weiyuan_station_selfchecks",
    "huzhu_wushi_station_duty_list",
}
NOBODY = {"huzhu_danma_station_posts"}


def test_batch549_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=546, unit_words=(PLACE,), new_people=True)


def test_batch549_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch549_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch549_every_unit_is_of_huzhu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch549_point_and_requirement_are_one_sentence():
    rows = BATCH.filled(HEAD)
    assert ["序号", "部室", "岗位", "责任人", "廉政风险点及防控要求", "风险等级"] in rows
    got, holder = [], None
    for row in rows:
        if isinstance(row[0], int):
            if row[1] is not None:
                holder = (row[1], row[2], row[3])
            cell = row[4]
            cut = min(cell.find("，" + w) for w in "应须要" if "，" + w in cell)
            point = cell[:cut]
            assert "，" not in point and cell.endswith("。")
            assert not any(s in cell for s in ("→", "\n", "：", "（", "●"))
            got.append((*holder, point, HML[row[5]]))
    assert BATCH.truth_rows(HEAD) == got
    assert len(got) == sum(len(p) for *_x, p in JOINED) == 6


def test_batch549_plain_tables_by_heading():
    cases = [
        ("huzhu_danma_station_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("huzhu_library_list", {"dept": "部室", "post": "岗位", "person": "责任人",
                                "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("huzhu_danma_station_posts") == {""}
    name = "huzhu_wushi_station_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "huzhu_culture_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch549_group_rows_and_one_sheet_a_person():
    name = "huzhu_homeland_scenic_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "huzhu_beishan_scenic_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "huzhu_weiyuan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在部门"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch549_is_read(tmp_path):
    BATCH.is_read(tmp_path)
