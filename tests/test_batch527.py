"""The five-hundred-and-twenty-seventh batch of published layouts (tests/published/batch527.py):
seven ordinary files as the 卫生 and 疾控 bodies of one district (城关区) really send them — the
疾病预防控制中心's 一览表 with 科室/岗位/责任人 merged and 高/中/低, the 妇幼保健计划生育服务中心's file in
two sheets ``中心领导``/``科室`` with ``一级/二级/三级``, the 东岗街道社区卫生服务中心's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 嘉峪关路街道社区卫生服务中心's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 青白石街道卫生院's 自查表 one sheet a person with ``高风险/中风险/低风险``,
the 伏龙坪街道卫生院's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the
盐场路街道社区卫生服务中心's 责任清单 with ``职责事项`` — and one harder: the 卫生健康局's 一览表 with no
name column, its last column ``科室人员`` merged over each 科室's run holding the 科室's staff as
labelled lines (``科长：…⏎科员：…``), a row's holder being the one labelled with the row's 岗位
(``python tests/published/score.py --set batch527``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 410b0db (``/work/snap39``; this
worktree branched from dev at 410b0db too): ``TOTAL                      forms  23/23  points
39/39  recall 1.00 precision 0.83 (39/47)  levels  39/39  types  39/39  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=0.830 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  23/23  points  39/39  recall 1.00 precision 0.83 (39/47)
levels  39/39  types  39/39  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=0.830
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (17/17 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``chengguan_health_bureau_roster_column.xlsx`` (sheet 一览表; forms 6/6,
points 8/8, precision 8/16): the reader found the six holders with their 科室, posts and tiers,
and every point, level, type and measure, but gave EVERY point of a 科室 to EVERY name of its
merged ``科室人员`` cell (each name a form, its post taken from its label), so each point is read
once right and once more under the other holder — eight extra points:
D3 ``医疗卫生项目安排个人说了算`` (岗位 C3 局长; truth 鄷翯琮 only) read under 副局长 逄湉翃 too;
D4 ``为关系医疗机构检查说情`` and D5 ``卫生应急物资采购指定供应商`` (岗位 C4:C5 副局长; truth 逄湉翃 only)
read under 局长 鄷翯琮 too; D6 ``医疗机构执业登记降低条件`` (科长; truth 厍沨珺) read under 科员 缑玥潆
too; D7 ``医师执业注册资料审核不严`` and D8 ``医疗纠纷调处偏袒一方`` (科员; truth 缑玥潆) read under
科长 厍沨珺 too; D9 ``行政处罚自由裁量不当`` (科长; truth 蒯瀞璘) read under 科员 訾珵滢 too; D10
``监督检查接受被检单位宴请`` (科员; truth 訾珵滢) read under 科长 蒯瀞璘 too (roster cells H3:H5, H6:H8,
H9:H10). issues.csv says nothing of the cells nor of the ``注：`` line. Kind: a 科室's merged roster
cell of post-labelled names is read as a team that holds every row of the 科室, the row's own
``岗位`` cell not used to pick the one holder whose label it is.

Generalised after this measurement: a holder cell of 'post：name' lines (merged down over a 科室's rows
or not) beside rows with their own post column gives each row the name listed under its post; a row
whose post is not listed gets none and a warning (locate; info HOLDERS_LISTED_WITH_POSTS, warning
HOLDER_POST_NOT_LISTED; tests/test_holder_cells_of_posts_and_names.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch527 import (
    GRADES,
    LAYOUTS,
    NOTE,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    ROSTERED,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(527, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
ROSTER = "chengguan_health_bureau_roster_column"
HARDER = {ROSTER}
UNTYPED = {
    "chengguan_mch_center_two_sheets",
    "chengguan_jiayuguan_center_cards",
    "chengguan_qingbaishi_selfchecks",
    "chengguan_fulongping_hospital_group_rows",
    "chengguan_yanchanglu_center_duty_list",
}
NOBODY = {"chengguan_donggang_center_posts"}


def test_batch527_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=525, unit_words=(PLACE,), new_people=True)


def test_batch527_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch527_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch527_every_unit_is_of_chengguan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch527_holder_is_the_roster_line_of_the_post():
    head = BATCH.heading(ROSTER)
    assert head == [
        "序号",
        "科室",
        "岗位",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "科室人员",
    ]
    raw = BY_NAME[ROSTER]["sheets"][0]
    rows = raw["rows"]
    # the roster cell stands once per 科室, merged over its run
    rosters = [(r, row[7]) for r, row in enumerate(rows) if isinstance(row[0], int) and row[7]]
    assert len(rosters) == len(ROSTERED)
    for r, _cell in rosters:
        assert any(m[0] == r and m[1] == 7 and m[3] == 7 and m[2] > r for m in raw["merges"])
    got, dept, post, roster = [], None, None, {}
    for row in rows:
        if not isinstance(row[0], int):
            continue
        if row[1] is not None:
            dept = row[1]
        if row[7] is not None:
            roster = dict(line.split("：") for line in row[7].split("\n"))
        post = row[2] if row[2] is not None else post
        got.append((dept, post, roster[post], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(ROSTER)
    assert all(len(dict(line.split("：") for line in c.split("\n"))) >= 2 for _r, c in rosters)
    assert [NOTE] in [[c for c in row if c is not None] for row in rows]
    assert BATCH.types_by(ROSTER, "风险类型") == [r["types"] for r in BATCH.points(ROSTER)]


def test_batch527_plain_tables_by_heading():
    cases = [
        ("chengguan_donggang_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("chengguan_cdc_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("chengguan_donggang_center_posts") == {""}
    name = "chengguan_yanchanglu_center_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "chengguan_mch_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "中心领导", fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch527_group_rows_and_one_sheet_a_person():
    name = "chengguan_fulongping_hospital_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "chengguan_jiayuguan_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "chengguan_qingbaishi_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch527_is_read(tmp_path):
    BATCH.is_read(tmp_path)
