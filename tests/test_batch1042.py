"""The one-thousand-and-forty-second batch of published layouts (tests/published/batch1042.py): seven
ordinary files as the 乡镇, 村, 学校, 茶产业, 交通, 卫生院 and 市场监管 bodies of one county (正安县) send
them — the 凤仪镇人民政府's 清单 under group rows, the 务本村's 清单 with ``职务 | 姓名`` on every row,
the 第一中学's 一览表, the 茶产业发展中心's 排查表 with a short ``风险点`` beside a long ``风险表现``, the
交通运输局's 清单 对岗不对人, the 安场镇卫生院's 自查表 one sheet a person, the 市场监督管理局's 责任清单
— and one harder: the 自然资源局's 排查表 whose ``风险点`` column (the risk's name, by its heading) is
written in whole sentences while the ``表现形式`` column beside it names the kind of misconduct in
four characters (``优亲厚友``): the point cells LONGER than the form cells
(``python tests/published/score.py --set batch1042``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 2359afc5 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=0.814 precision=0.814 levels=1.000 types=1.000 noise=0 (forms 25/25, points 35/43,
precision 35/43, levels 35/35, types 35/35 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
凤仪镇's group rows ``二、党政办``, ``三、农业服务中心`` as 科室 of the 镇, the 村's ``职务 | 姓名`` on
every row, the 交通运输局's posts with no names, the 茶产业发展中心's short ``风险点`` beside a long
``风险表现``, the 卫生院's sheets a person, the names of the surnames 叱于 and 达步, as the truth has
them.

Missed, all in the harder ``zhengan_natural_resources_point_longer_than_form.xlsx`` (forms 4/4,
points 0/8, precision 0/8, noise 0): every point came out as its 表现形式 (``权钱交易``,
``泄露信息``, ``优亲厚友`` …), the 风险点 sentence put in the description — the info
COLUMN_GUESSED at 排查表!E2 (表头“风险点”所在列按内容判断为“风险描述”, 内容比风险点列长);
``泄露信息`` twice for one holder. ``columns._resolve_point`` takes, of a column headed as the point
and one headed as a description, the description for the point where the point's cells run over
1.5 times as long — by length only, whatever the description's heading says. Kind: a table with
both a risk-point column and a description column whose headings say plainly which is which
(``风险点 | 表现形式``), the point cells LONGER than the description's (the form a kind of
misconduct in four characters), read by length the wrong way round.

Generalised after this measurement: of a column headed as the point and one headed as a
description, ``columns._resolve_point`` still takes the shorter for the point where the point's
cells run over 1.5 times as long — but not where the two headings say plainly which is which: the
one names the point and nothing else (``风险点``, ``廉政风险点``, ``风险点名称``, ``风险名称``), the
other only how a risk shows (``表现形式``, ``风险表现``, ``主要表现``, ``具体表现形式``, ``问题表现``).
There the point column is kept, however long, the short column stays the 表现形式, and the new
info POINT_LONGER_THAN_FORM stands at the point's heading (here 排查表!E2, naming 表现形式 at F2
and its first cell ``权钱交易``) instead of COLUMN_GUESSED. The test costs two heading matches and
runs only where the length rule would have swapped the two. tests/test_point_longer_than_form.py (a
县卫生健康局's list of posts with ``廉政风险点 | 主要表现`` and a type column, a 镇's ``风险表现`` LEFT of
``风险名称`` with holders merged down, and the near-misses: ``风险内容 | 风险说明`` and ``风险点 |
风险描述`` — headings that do not say which is which — read by length as before, a short point
beside a long form read as before with nothing said). Read 1.00 since (forms 25/25, points 43/43,
precision 43/43, levels 43/43, types 43/43, noise 0), --strict too; the published set and batches
1023, 1025, 138 (``风险成因`` beside ``风险点``), 131, 953 (``风险源 | 风险事件``), 1024 (case column
longer than the point), 1034 and 1040 unchanged at 1.00, --strict; benchmarks/same_results.py: no
result changed on 10,518 files (the only differences printed are the paths of tests/data/ files,
the base's read from /work/main).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1042 import (
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RESOURCES,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1042, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhengan_natural_resources_point_longer_than_form"}
TYPED = {
    "zhengan_first_middle_school_list",
    "zhengan_transport_bureau_posts",
    "zhengan_market_bureau_duty_list",
}
NOBODY = {"zhengan_transport_bureau_posts"}
SURNAMES = ("叱于", "达步")


def test_batch1042_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1041, unit_words=("正安",), new_people=True)


def test_batch1042_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1042_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1042_every_unit_is_of_zhengan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("正安县") for u in units)


def test_batch1042_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)
    assert all(3 <= len(p) <= 4 for p in people)


def test_batch1042_the_point_is_the_point_column_though_longer():
    name = "zhengan_natural_resources_point_longer_than_form"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["排查表"]
    rows = BATCH.filled(name, "排查表")
    at = BATCH.header(name, "排查表")
    assert rows[at] == list(HEAD)
    point, form = HEAD.index("风险点"), HEAD.index("表现形式")
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    assert len(body) == len(RESOURCES)
    # every point cell is longer than the form cell beside it, by far on the whole
    assert all(len(row[point]) > 2 * len(row[form]) for row in body)
    mean = lambda c: sum(len(row[c]) for row in body) / len(body)  # noqa: E731
    assert mean(point) > 3 * mean(form)
    # the truth's points are the 风险点 cells, whole; no 表现形式 is a point
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"},
                           "排查表")  # fmt: skip
    assert got == BATCH.truth_rows(name)
    points = {r["risk_point"] for f in lay["truth"] for r in f["risks"]}
    assert not points & {row[form] for row in body}
    # a form is a kind of misconduct, no sentence: no point's words
    assert all(len(row[form]) <= 5 and "，" not in row[form] for row in body)


def test_batch1042_plain_tables_by_heading():
    cases = [
        ("zhengan_first_middle_school_list",
         {"dept": "处室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("zhengan_market_bureau_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("zhengan_transport_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("zhengan_tea_centre_screening",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("zhengan_wuben_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1042_the_tea_centre_point_is_the_short_one():
    name = "zhengan_tea_centre_screening"
    rows = BATCH.filled(name)
    at = BATCH.header(name)
    p, d = rows[at].index("风险点"), rows[at].index("风险表现")
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    assert all(len(row[p]) < len(row[d]) for row in body)


def test_batch1042_group_rows_give_the_department():
    name = "zhengan_fengyi_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1042_one_sheet_a_person():
    name = "zhengan_anchang_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1042_is_read(tmp_path):
    BATCH.is_read(tmp_path)
