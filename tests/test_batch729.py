"""The seven-hundred-and-twenty-ninth batch of published layouts (tests/published/batch729.py):
seven ordinary files as the border and ethnic bodies of one county (长白朝鲜族自治县) really send them,
and one harder: the 口岸办's 登记表 whose ``责任人`` is split across a ``姓`` and a ``名`` column
(``python tests/published/score.py --set batch729``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at e51b7b3 (/work/snap29; this worktree branched from
dev at the same commit): TOTAL forms=0.857 recall=0.844 precision=0.844 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.857 recall=0.844 precision=0.844 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``changbai_port_office_split_names.xlsx`` (sheet 登记表; forms 0/4, points
0/7, precision 0/7, noise 0): the reader joined the two heading rows (3–4) as one heading, took
column E (``责任人`` over ``名``) as THE 责任人 column and column D (``责任人姓``; COLUMN_GUESSED at D3)
as ``其他`` — so every holder came out with his given name only: ``翾珥`` (D5:E6, 主任, 办领导),
``赟珞`` (E7, 副主任), ``峤玥`` (E8:E9, 科长, 综合科) and ``珝骞`` (E10:E11, 科员, 口岸运行科), where the
truth has 芈翾珥, 弭赟珞, 芈峤玥 and 弭珝骞; the 科室, posts, the seven points (B5–F11), their levels
and the measures were all read right, but no point reaches its holder, so every form and point
counts as missed. Kind: a holder's name split across a ``姓`` and a ``名`` column under one merged
``责任人`` heading is read as one name column (the 名) with the 姓 column dropped as other, so each
holder loses his surname.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED).

Not generalised in the stop that measured it (left for the next): a ``姓 | 名`` pair of columns under
``责任人`` (or ``姓名``) read together as the holder's name.

Generalised after this measurement: a holder's name split across 姓 | 名 (姓氏 | 名字) columns, under a merged 责任人/姓名 heading or alone, is joined into one name (tests/test_name_split_across_columns.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch729 import GRADES, HIGHS, LAYOUTS, PORT, RESAVED, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(729, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"changbai_port_office_split_names"}
TYPED = {
    "changbai_border_station_posts",
    "changbai_ethnic_affairs_centre_list",
    "changbai_shisidaogou_station_register",
}
NOBODY = {"changbai_border_station_posts"}


def test_batch729_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=726, unit_words=("长白朝鲜族自治县",), new_people=True
    )


def test_batch729_truth_is_self_consistent():
    # the split holder stands in no one cell: his 姓 and 名 cells are checked by the next test
    split = lambda f, field: field == "person" and f["file"].startswith("changbai_port_office")  # noqa: E731
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), unnamed=split)
    assert RESAVED == ()


def test_batch729_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch729_every_unit_is_of_changbai():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("长白朝鲜族自治县") for u in units)


def test_batch729_surname_and_given_name_make_the_holder():
    name = "changbai_port_office_split_names"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][3:5] == ["责任人", "责任人"]
    assert rows[head + 1][3:5] == ["姓", "名"]
    got = [(row[1], row[2], row[3] + row[4], row[5], HML[row[6]]) for row in BATCH.table(name)]
    assert got == BATCH.truth_rows(name)
    # the surname alone and the given name alone are nobody's name
    people = {f["person"] for f in BY_NAME[name]["truth"]}
    assert len(people) == len(PORT)
    assert all(len(sur) == 1 and len(given) == 2 for _, _, sur, given, _, _ in PORT)
    assert not people & ({p[2] for p in PORT} | {p[3] for p in PORT})


def test_batch729_plain_tables_by_heading():
    cases = [
        ("changbai_ethnic_affairs_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("changbai_shisidaogou_station_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("changbai_border_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "changbai_ethnic_religion_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch729_group_rows_give_the_department():
    name = "changbai_border_trade_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch729_one_sheet_a_person():
    name = "changbai_korean_language_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "changbai_folk_village_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch729_is_read(tmp_path):
    BATCH.is_read(tmp_path)
