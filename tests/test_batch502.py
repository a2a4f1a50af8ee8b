"""The five-hundred-and-second batch of published layouts (tests/published/batch502.py):
seven ordinary files as the 水务 bodies of one county (民勤县) really send them — the
水利工程建设管理站's file in two sheets ``站领导``/``股室`` with ``一级/二级/三级``, the 水资源管理办公室's
排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 红崖山灌区管理所's 一览表 with
高/中/低 and short types, the 收成镇水利管理站's 防控卡 one sheet a holder with ``★★★/★★/★``, the
夹河镇水利管理站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 双茨科镇水利管理站's
责任清单 under group rows ``一、领导岗位`` … with ``一级风险/二级风险/三级风险``, the 昌宁灌区管理所's
一览表 with 责任人 on every row — and one harder: the 水务局's 一览表 arranged by type, its first
column ``风险类型`` merged over four bands, each holder's 科室/岗位/责任人 merged again in every band he
has a point in, so one holder's rows stand in several separate runs
(``python tests/published/score.py --set batch502``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 931f0ab (``/work/snap32``; this
worktree branched from dev at 931f0ab too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (19/19 forms, 42/42 points, levels and types all right), the
harder one too: the 水务局's type-banded list gave four forms (posts.csv 局领导 / 局长 / 逄澈琰,
局领导 / 副局长 / 郇沄翊, 工程建设股 / 股长 / 笪潆珩, 财务股 / 会计 / 佴瀚芃), each holder's separate runs
joined into one form with three points, the types taken from the merged band cells (A3…A14), and
no issue for the file. No miss by cell.

Unscored besides: the three 镇水利管理站 files were read with the unit cut at the town and the rest
taken as a 科室 — posts.csv unit ``民勤县收成镇`` / ``民勤县夹河镇`` with 科室 ``水利管理站``, and
``民勤县双茨科镇`` with 科室 ``双茨科`` (truth: unit ``民勤县…镇水利管理站``, no 科室) — and their 站长 read
as 中层岗位 (truth leader, the 站 being the unit). Kind: a 镇's body named ``…镇水利管理站`` is taken
as a part of the 镇, and a town name of three characters ending ``…科镇`` loses the unit's rest to
a 科室 ``双茨科``. issues.csv holds only info (TABLE_NO_TYPE, GRADE_BLANK).

Nothing was generalised after this measurement: the batch read in full untuned; it has its
is_read test.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch502 import (
    BANDS,
    GRADES,
    HOLDERS,
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
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(502, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BANDED = "minqin_water_bureau_type_bands"
HARDER = {BANDED}
UNTYPED = {
    "minqin_construction_station_two_sheets",
    "minqin_shoucheng_cards",
    "minqin_jiahe_selfchecks",
    "minqin_shuangcike_group_rows",
}
NOBODY = {"minqin_water_resources_office_posts"}


def test_batch502_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=497, unit_words=(PLACE,), new_people=True)


def test_batch502_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 12), whole_points=False)
    assert RESAVED == ()


def test_batch502_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch502_every_unit_is_of_minqin():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch502_every_point_is_a_whole_cell():
    for lay in LAYOUTS:
        texts = {c for s in lay["sheets"] for row in s["rows"] for c in row if isinstance(c, str)}
        assert all(p["risk_point"] in texts for p in BATCH.points(lay["name"])), lay["name"]


def test_batch502_holders_come_back_in_separate_runs_of_type_bands():
    sheet = BY_NAME[BANDED]["sheets"][0]
    rows, merges = sheet["rows"], sheet["merges"]
    assert rows[1][:2] == ["风险类型", "序号"]
    # fill the merged cells down, as the sheet shows them
    shown = [list(r) for r in rows]
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                shown[r][c] = rows[r0][c0]
    body = [r for r in shown if isinstance(r[1], int)]
    assert [r[1] for r in body] == list(range(1, 13))
    # the type column is merged over each band, in the bands' order
    bands = [(r0, r1) for r0, c0, r1, c1 in merges if c0 == c1 == 0]
    assert [rows[r0][0] for r0, _ in sorted(bands)] == [typ for typ, _ in BANDS]
    # each holder in two or three separate runs, other holders' rows between them
    for key, (dept, post, who, _tier) in HOLDERS.items():
        at = [i for i, r in enumerate(body) if tuple(r[2:5]) == (dept, post, who)]
        runs = 1 + sum(1 for a, b in zip(at, at[1:], strict=False) if b != a + 1)
        assert runs in (2, 3), (key, at)
    # one form a holder, its points in the sheet's order, typed by the band
    got = {}
    for r in body:
        got.setdefault(tuple(r[2:5]), []).append((r[5], types_in(r[0]), HML[r[6]]))
    truth = {
        (f["department"], f["title"], f["person"]): [
            (p["risk_point"], p["types"], p["level"]) for p in f["risks"]
        ]
        for f in BY_NAME[BANDED]["truth"]
    }
    assert got == truth and len(truth) == len(HOLDERS) == 4


def test_batch502_plain_tables_by_heading():
    cases = [
        ("minqin_hongyashan_irrigation_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("minqin_water_resources_office_posts",
         {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("minqin_changning_irrigation_list",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("minqin_water_resources_office_posts") == {""}
    name = "minqin_construction_station_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "站领导", fixed={"dept": "站领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "站领导")


def test_batch502_group_rows_and_one_sheet_a_person():
    name = "minqin_shuangcike_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "minqin_shoucheng_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "minqin_jiahe_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch502_is_read(tmp_path):
    BATCH.is_read(tmp_path)
