"""The six-hundred-and-sixteenth batch of published layouts (tests/published/batch616.py): seven
ordinary files as the 应急 and 消防 bodies of one district (乌达区) really send them, and one harder:
the 应急管理局's 安全生产包保监管廉政风险点清单, a list keyed by 包保企业 with no holder column, its holders
in a 包保责任分工 roster beside it (``python tests/published/score.py --set batch616``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 0913bd6 (/work/snap13): TOTAL forms=1.000
recall=0.936 precision=0.936 levels=1.000 types=1.000 noise=0 (forms 25/25, points 44/47); with
--strict the same: TOTAL forms=1.000 recall=0.936 precision=0.936 levels=1.000 types=1.000 noise=0.
The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms,
points, levels and types all 1.00, noise 0).

Missed, all in the harder ``wuda_emergency_bureau_baobao_roster.xlsx`` (sheet 包保监管; forms 3/3,
points 5/8, levels 5/5, noise 0): the reader took the roster beside the list (G2:I7 ``包保企业 |
包保责任人 | 职务``) as more columns of the list's own rows, so each list row got the holder printed
on the SAME row of the roster (and the last roster holder carried down over the rows below it),
not the holder of the row's 包保企业: C5 (苏海图煤矿's point) went to 糜璿岌 危化股股长 (roster row 5,
巴音赛化工) where the truth has 斛翾棣 副局长; C6 and C7 (巴音赛化工's two points) went to 斛濛昕
执法人员 (roster rows 6–7, 三道坎/梁家沟) where the truth has 糜璿岌; the other five rows came out
right only because the roster's row order happens to line up (C3, C4 on 斛翾棣's rows; C8–C10
carried down from I7's 斛濛昕). Kind: a 包保责任分工 roster keyed by the supervised enterprise,
printed beside a list that names only the enterprise, is read row-by-row as the list's holder
columns instead of being looked up by the row's 包保企业.

Unscored besides: TABLE_NO_TYPE (info).

Not generalised in the stop that measured it (left for the next): holders resolved by a
包保企业 (supervised object) roster beside the list, looked up by the row's enterprise.

Generalised after this measurement: a matter roster printed beside the list (包保企业 | 包保责任人 | 职务 past an empty column) gives each key's points to its holder, through the matter-names step (tests/test_holders_by_point_names.py; info HOLDERS_BY_MATTER_NAMES). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch616 import (
    BAOBAO,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    ROSTER,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(616, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wuda_emergency_bureau_baobao_roster"}
TYPED = {"wuda_mine_station_posts", "wuda_township_office_list", "wuda_safety_committee_register"}
NOBODY = {"wuda_mine_station_posts"}


def test_batch616_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=615, unit_words=("乌达区",), new_people=True)


def test_batch616_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch616_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch616_every_unit_is_of_wuda():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("乌达区") for u in units)


def test_batch616_roster_gives_the_holders():
    name = "wuda_emergency_bureau_baobao_roster"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][6:9] == ["包保企业", "包保责任人", "职务"]
    roster = {r[6]: (r[8], r[7]) for r in rows[head + 1 :] if r[6] and r[7] and r[6] != r[7]}
    assert len(roster) == len(ROSTER)
    got = []
    for row in BATCH.table(name):
        if isinstance(row[0], int):
            post, who = roster[row[1]]
            got.append(("", post, who, row[2], HML[row[3]]))
    assert len(got) == len(BAOBAO)
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # one holder several firms, and no holder column in the list itself
    assert len({who for _, who, _, _ in ROSTER}) < len(ROSTER)
    assert not {who for _, who, _, _ in ROSTER} & {c for r in rows[head + 1 :] for c in r[:5]}


def test_batch616_plain_tables_by_heading():
    cases = [
        ("wuda_township_office_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wuda_safety_committee_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("wuda_mine_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wuda_fire_brigade_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "大队领导") == BATCH.truth_rows(name, "大队领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch616_group_rows_give_the_department():
    name = "wuda_supplies_depot_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch616_one_sheet_a_person():
    name = "wuda_rescue_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wuda_fire_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch616_is_read(tmp_path):
    BATCH.is_read(tmp_path)
