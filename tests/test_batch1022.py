"""The one-thousand-and-twenty-second batch of published layouts (tests/published/batch1022.py): seven
ordinary files as the 乡镇, 村, 文旅, 产业, 应急, 文物 and 图书 bodies of one county (修文县) send them —
the 扎佐镇人民政府's 清单, the 平滩村's 清单 with ``职务 | 姓名`` on every row, the 文化广电旅游局's
一览表, the 猕猴桃产业发展局's 排查表 with ``风险点 | 风险表现``, the 应急管理局's 清单 对岗不对人, the
文物管理所's 清单 under group rows, the 图书馆's 自查表 one sheet a person — and one harder: the 水务局's
one-sheet 一览表 whose list names no person, its holders in a roster printed BELOW it where two 副局长
hold one post, told apart only by the 分工 the list repeats under ``工作分工`` (``python
tests/published/score.py --set batch1022``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with r5base's reader at bcbea565 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=0.800 recall=0.810
precision=0.810 levels=1.000 types=1.000 noise=0 (forms 20/25, points 34/42, precision 34/42,
levels 34/34, types 34/34 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 文物管理所's group rows as
科室, the 村's ``职务 | 姓名`` on every row, the 应急管理局's posts with no names, the 猕猴桃产业发展局's
short ``风险点`` beside ``风险表现``, the names of the surnames 吐难 and 莫胡卢, as the truth has them.

Missed, all in the harder ``xiuwen_water_list_roster_below_by_duties.xlsx`` (forms 0/5, points
0/8, precision 0/8, noise 0): the roster BELOW the list was never read as a roster — its caption
``附：领导班子成员及工作人员分工`` (一览表!A13) was taken for another table under the list and set aside
(TABLE_UNDER_LIST, info; with TABLE_NO_TYPE the only issues) — so EVERY post stayed post-only,
not only the two 副局长's: 局长 吐难翀璆, 会计 莫胡卢翯, 水政监察员 吐难湲珮 (one holder each) lost
too, and the four 副局长 rows came out as one form naming no one (truth two forms, 莫胡卢玿 分管水利
工程建设、农村饮水 and 吐难浰 分管河湖管理、水土保持). Kind: a roster under a list naming no one, its
caption a ``附：…分工`` heading over ``序号 | 姓名 | 职务 | 分工``, read as an unrelated table under
the list; batch1015's HOLDERS_BY_ROSTER_DUTY_ON_SHEET applies only the roster read above a list.

Generalised after this measurement: a roster's heading may carry ONE column of each holder's 分工
beside its post and holder columns (``_roster_header(r, duty=True)``: ``分工``, ``具体分工``,
``分管工作``, ``负责事项`` — not ``分管股室``/``分管领导``, nor ``工作职责``, a roster's duties set aside as
before) where the roster is looked for UNDER a list
naming no one (``_duty_roster_under``: a 分工 word in the row the cheap test; half the roster's
posts at least the list's own, so a 领导小组's ``组长 | 成员`` under it stays TABLE_UNDER_LIST;
``_tail`` stops at it, ``_roster_below`` reads it; its caption ``附：…`` or none): the roster is
read as the list's roster, no longer set aside as TABLE_UNDER_LIST — each post of one holder his,
and a post of two or more holders split by batch1015's ``collect._holders_by_duty_on_sheet`` (the
rows repeating a holder's 分工 word for word his, a form each), said as the new info
HOLDERS_BY_ROSTER_DUTY_BELOW (here 一览表!D13, 副局长, 莫胡卢玿、吐难浰) where the roster's 分工
heading stands below the form's rows; tests/test_holders_by_roster_duty_below.py (a 卫生院's two
副院长 under ``附：班子成员分工`` / ``分管工作``, a 街道办事处's three 副主任 in an uncaptioned roster
``岗位 | 姓名 | 具体分工`` against a list column ``负责事项``, and the near-misses: a row repeating no
holder's 分工 keeps the post post-only; a roster below with no 分工 column names the single holders
as before). Read 1.00 since (forms 25/25, points 42/42, precision 42/42, levels 42/42, types 42/42,
noise 0), --strict too; batches 983, 1015, 1013, 75, 368, 946, 974, 1008 and 1012 (rosters above,
below and on other sheets, 分工 columns) unchanged, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1022 import (
    DUTIES,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    ROSTER,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1022, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xiuwen_water_list_roster_below_by_duties"}
TYPED = {
    "xiuwen_zhazuo_town_list",
    "xiuwen_culture_bureau_list",
    "xiuwen_emergency_bureau_posts",
}
NOBODY = {"xiuwen_emergency_bureau_posts"}
SURNAMES = ("吐难", "莫胡卢")


def test_batch1022_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1018, unit_words=("修文县",), new_people=True)


def test_batch1022_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1022_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1022_every_unit_is_of_xiuwen():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("修文县") for u in units)


def test_batch1022_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1022_two_holders_of_one_post_told_apart_by_a_roster_below():
    name = "xiuwen_water_list_roster_below_by_duties"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    heads = [r for r, row in enumerate(rows) if row and row[0] == "序号"]
    assert len(heads) == 2
    list_at, roster_at = heads
    # the roster stands BELOW the list, on the same sheet, under a one-cell '附：' caption
    assert rows[roster_at - 1][0] == "附：领导班子成员及工作人员分工"
    assert rows[roster_at][:4] == ["序号", "姓名", "职务", "分工"]
    people = [tuple(row[1:4]) for row in rows[roster_at + 1 :] if isinstance(row[0], int)]
    assert people == [(who, post, duty) for who, post, duty, _t in ROSTER]
    posts = [post for _w, post, _d, _t in ROSTER]
    assert posts.count("副局长") == 2
    keys = [(post, duty) for _w, post, duty, _t in ROSTER]
    assert len(set(keys)) == len(keys)
    by_key = {(post, duty): who for who, post, duty, _t in ROSTER}
    # the list names no one, its duty column headed 工作分工 (the roster's 分工)
    assert rows[list_at] == ["序号", "岗位", "工作分工", "廉政风险点", "风险等级", "防控措施"]
    got = [("", row[1], by_key[(row[1], row[2])], row[3], HML[row[4]])
           for row in rows[list_at + 1 : roster_at - 1] if isinstance(row[0], int)]  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert len(got) == len(DUTIES)
    deputies = {f["person"]: [r["risk_point"] for r in f["risks"]]
                for f in lay["truth"] if f["title"] == "副局长"}  # fmt: skip
    assert len(deputies) == 2 and all(deputies.values())
    a, b = deputies.values()
    assert not set(a) & set(b)


def test_batch1022_plain_tables_by_heading():
    cases = [
        ("xiuwen_zhazuo_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("xiuwen_culture_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("xiuwen_kiwi_bureau_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("xiuwen_emergency_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("xiuwen_pingtan_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1022_group_rows_give_the_department():
    name = "xiuwen_relics_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1022_one_sheet_a_person():
    name = "xiuwen_library_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1022_is_read(tmp_path):
    BATCH.is_read(tmp_path)
