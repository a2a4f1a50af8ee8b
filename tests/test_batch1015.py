"""The one-thousand-and-fifteenth batch of published layouts (tests/published/batch1015.py): seven
ordinary files as the 乡镇, 村, 文旅, 林业, 退役军人, 档案 and 融媒体 bodies of one county (独山县) send
them — the 麻万镇人民政府's 清单, the 翁奇村's 清单 with ``职务 | 姓名`` on every row, the 文体广电旅游局's
一览表, the 林业局's 排查表 with ``风险点 | 风险表现``, the 退役军人事务局's 清单 对岗不对人, the 档案馆's 清单
under group rows, the 融媒体中心's 自查表 one sheet a person — and one harder: the 农业农村局's one-sheet
一览表 whose list names no person, its holders in a roster printed ABOVE it where two 副局长 hold one
post, told apart only by the 分工 the list repeats under ``工作分工`` (``python
tests/published/score.py --set batch1015``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with r4base's reader at 0a78253b (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=0.920 recall=0.905
precision=0.905 levels=1.000 types=1.000 noise=0 (forms 23/25, points 38/42, precision 38/42,
levels 38/38, types 38/38 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 档案馆's group rows as 科室,
the 村's ``职务 | 姓名`` on every row, the 退役军人事务局's posts with no names, the 林业局's short
``风险点`` beside ``风险表现``, the names of the three-character surname 库莫奚, as the truth has them.

Missed, all in the harder ``dushan_agriculture_roster_above_by_duties.xlsx`` (forms 3/5, points
4/8, precision 4/8, levels 4/4, types 4/4, noise 0): the roster above the list was read (局长
仆固翚璘, 会计 库莫奚翾, 出纳 仆固澂瑗 right), but its two 副局长 (库莫奚珣 分管种植业、农田建设; 仆固湜
分管畜牧兽医、草地牧场) left the post post-only: the four 副局长 rows came out as ONE form naming no
one (truth two forms, two points each) — 2 forms lost, 4 points on a post-only form instead of
their holders'. Said only as ROSTER_POST_SEVERAL_HOLDERS (warning, 一览表!A3, 副局长) and
TABLE_NO_TYPE. Two causes, either enough: batch1013's HOLDERS_BY_ROSTER_DUTY takes the 分管工作 of a
roster on ANOTHER sheet only (a roster on the list's own sheet, above or below it, was recorded
but never applied), and it matches each row by the list's duty column, which a heading ``工作分工``
(or ``分工``) is not (the rows' duty came out blank). Kind: a list naming no person whose holders
are on a roster ON ITS OWN SHEET (above it, or below) where one post has two or more holders told
apart by their 分工, and/or whose column repeating the 分工 is headed ``工作分工``/``分工`` (no duty
heading today): read post-only for the shared post, as if the roster could not say whose.

Generalised after this measurement: batch1013's HOLDERS_BY_ROSTER_DUTY split (``collect.
_split_by_duty``) now takes a roster on the list's OWN sheet too — the roster read above the list
(``locate`` hands its ``roster_by_duty`` on with the sheet's forms; ``_holders_by_duty_on_sheet``
applies it to the sheet's post-only forms, info HOLDERS_BY_ROSTER_DUTY_ON_SHEET at the roster's 分工
heading: here 一览表!D3, 副局长, 库莫奚珣、仆固湜; the sheet's ROSTER_POST_SEVERAL_HOLDERS for the post
taken back) — and, for either roster, a row whose duty cell is blank or unmatched (its column
headed ``工作分工``, ``分工``, ``负责事项``: no duty heading) is matched by the one cell of the row
(a merged cell by its top-left, the point's cell aside) repeating one holder's 分工 word for word; a
row repeating none or two holders' texts keeps the post post-only, as before;
tests/test_holders_by_roster_duty_on_sheet.py (a 市场监督管理局's three 副局长 above a list under
``分工``, a 中学's two 副校长 by ``具体分工``/``负责事项``, a 卫生院's list under ``分工`` against another
sheet's ``工作分工``, and the near-misses). Read 1.00 since (forms 25/25, points 42/42, precision
42/42, levels 42/42, types 42/42, noise 0), --strict too; batches 1013, 983, 946, 974, 75, 368, 139,
99, 131, 195, 266, 567, 100, 801, 864, 431, 486, 1008 and 1012 (rosters, 分工 columns, appointment
lines, status columns) unchanged, --strict. Left: a roster printed BELOW the list giving one post
two holders is still set aside as TABLE_UNDER_LIST (never read as a roster), so its 分工 is not
applied.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1015 import (
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
BATCH = Batch(1015, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dushan_agriculture_roster_above_by_duties"}
TYPED = {
    "dushan_mawan_town_list",
    "dushan_culture_bureau_list",
    "dushan_veterans_bureau_posts",
}
NOBODY = {"dushan_veterans_bureau_posts"}
SURNAMES = ("仆固", "库莫奚")


def test_batch1015_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("独山县",), new_people=True)


def test_batch1015_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1015_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1015_every_unit_is_of_dushan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("独山县") for u in units)


def test_batch1015_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1015_two_holders_of_one_post_told_apart_by_a_roster_above():
    name = "dushan_agriculture_roster_above_by_duties"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    heads = [r for r, row in enumerate(rows) if row and row[0] == "序号"]
    assert len(heads) == 2
    roster_at, list_at = heads
    # the roster stands ABOVE the list, on the same sheet
    assert rows[roster_at][:4] == ["序号", "姓名", "职务", "分工"]
    people = [tuple(row[1:4]) for row in rows[roster_at + 1 : list_at] if isinstance(row[0], int)]
    assert people == [(who, post, duty) for who, post, duty, _t in ROSTER]
    posts = [post for _w, post, _d, _t in ROSTER]
    assert posts.count("副局长") == 2
    keys = [(post, duty) for _w, post, duty, _t in ROSTER]
    assert len(set(keys)) == len(keys)
    by_key = {(post, duty): who for who, post, duty, _t in ROSTER}
    # the list names no one, its duty column headed 工作分工 (the roster's 分工)
    assert rows[list_at] == ["序号", "岗位", "工作分工", "廉政风险点", "风险等级", "防控措施"]
    got = [("", row[1], by_key[(row[1], row[2])], row[3], HML[row[4]])
           for row in rows[list_at + 1 :] if isinstance(row[0], int)]  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert len(got) == len(DUTIES)
    deputies = {f["person"]: [r["risk_point"] for r in f["risks"]]
                for f in lay["truth"] if f["title"] == "副局长"}  # fmt: skip
    assert len(deputies) == 2 and all(deputies.values())
    a, b = deputies.values()
    assert not set(a) & set(b)


def test_batch1015_plain_tables_by_heading():
    cases = [
        ("dushan_mawan_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("dushan_culture_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("dushan_forestry_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("dushan_veterans_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("dushan_wengqi_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1015_group_rows_give_the_department():
    name = "dushan_archives_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1015_one_sheet_a_person():
    name = "dushan_media_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1015_is_read(tmp_path):
    BATCH.is_read(tmp_path)
