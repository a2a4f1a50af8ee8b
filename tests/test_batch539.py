"""The five-hundred-and-thirty-ninth batch of published layouts (tests/published/batch539.py): seven
ordinary files as the 畜牧 and 草原 bodies of one county (肃南裕固族自治县) really send them — the
农业农村局's file in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 林业和草原局's 一览表 with
科室/岗位/责任人 merged and 高/中/低, the 畜牧兽医站's 责任清单 under group rows with
``一级风险/二级风险/三级风险``, the 康乐乡畜牧兽医站's 防控卡 one sheet a holder with ``★★★/★★/★``, the
马蹄乡畜牧兽医站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 祁丰乡畜牧兽医站's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 大河乡畜牧兽医站's 责任清单 with
``职责事项`` — and one harder: the 草原工作站's 一览表 with no 科室 column, each row's 科室 given only
by its cells' fill colour under a colour note (``python tests/published/score.py --set batch539``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at f549bc1 (``/work/snap42``; this
worktree branched from dev at f549bc1 too): ``TOTAL                      forms  22/22  points
38/38  recall 1.00 precision 1.00 (38/38)  levels  38/38  types  38/38  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict:
``TOTAL                      forms  19/22  points  38/38  recall 1.00 precision 1.00 (38/38)
levels  38/38  types  38/38  noise 0`` / ``TOTAL forms=0.864 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. All seven
ordinary layouts read in full, --strict too (农业农村局 two sheets, 林业和草原局, 畜牧兽医站 group
rows, 康乐乡 cards, 马蹄乡 self-checks, 祁丰乡 posts, 大河乡 list: 18/18 forms, 31/31 points,
levels and types all right). The harder layout reads in full without --strict (4/4 forms, 7/7
points, levels and types right; the colour note ``注：…`` in A10 is rightly no point, and
issues.csv has nothing on the file).

Missed, in the harder ``sunan_grassland_station_dept_fills.xlsx`` (sheet 一览表), only with
--strict (forms 1/4): every form is read with an EMPTY 科室 (posts.csv's department blank): the
rows filled light blue (A3:G4, 站长 厍翾琮, truth 科室 ``站领导``), light green (A5:G7, 股长
眭翎璘 and 监理员 蒯玹翊, truth ``草原监理股``) and light yellow (A8:G9, 技术员 钭瑢玠, truth
``草原技术推广股``); the score still counts the 站长's form as right (an empty 科室 for a leaders'
group), so three forms are missed: 眭翎璘 (read empty, truth ``草原监理股``), 蒯玹翊 (read empty,
truth ``草原监理股``), 钭瑢玠 (read empty, truth ``草原技术推广股``). Posts, holders, points, types and
levels are all right. Kind: a 科室 given only by the rows' fill colour under a colour note
(``浅绿色底纹为草原监理股``) is not read; the reader finds no 科室 at all and leaves it empty.

Generalised after this measurement: a note giving each fill colour a 科室 ('浅蓝色底纹为站领导，浅绿色底纹为草原监理股…'),
on a sheet with no 科室 column, field or group row, gives each coloured row its 科室 (info
KESHI_BY_FILL; a colour the note does not name, or two on a row, gives none with the warning
KESHI_FILL_UNCLEAR; tests/test_keshi_by_row_fills.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch539 import (
    COLOURED,
    FILL_OF,
    GRADES,
    LAYOUTS,
    NOTE,
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
BATCH = Batch(539, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
FILLS = "sunan_grassland_station_dept_fills"
HARDER = {FILLS}
UNTYPED = {
    "sunan_agriculture_bureau_two_sheets",
    "sunan_livestock_station_group_rows",
    "sunan_kangle_station_cards",
    "sunan_mati_station_selfchecks",
    "sunan_dahe_station_duty_list",
}
NOBODY = {"sunan_qifeng_station_posts"}


def test_batch539_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=535, unit_words=(PLACE,), new_people=True)


def test_batch539_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch539_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch539_every_unit_is_of_sunan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch539_department_is_the_rows_fill_colour():
    head = BATCH.heading(FILLS)
    assert head == ["序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施"]
    assert not any("科" in h or "股" in h or "部门" in h for h in head)
    sh = BATCH.sheet(FILLS, 0)
    colour_of = {(r, c): colour for r, c, colour in sh["fills"]}
    rows = sh["rows"]
    data = [r for r, row in enumerate(rows) if row and isinstance(row[0], int)]
    # every cell of every data row is filled, one colour a row; nothing else is filled
    assert {(r, c) for r in data for c in range(7)} == set(colour_of)
    by_colour = {v: k for k, v in FILL_OF.items()}
    depts = [by_colour[colour_of[(r, 0)]] for r in data]
    assert all(len({colour_of[(r, c)] for c in range(7)}) == 1 for r in data)
    # the note names every colour's 科室, and no cell above the note names a 科室
    assert any(row and row[0] == NOTE for row in rows)
    for dept in FILL_OF:
        assert dept in NOTE
        assert not any(dept in str(v) for row in rows if row[0] != NOTE for v in row if v)
    filled = BATCH.filled(FILLS)
    got = [(d, filled[r][1], filled[r][2], filled[r][3], HML[filled[r][5]])
           for d, r in zip(depts, data, strict=True)]  # fmt: skip
    assert got == BATCH.truth_rows(FILLS)
    assert len(got) == sum(len(ps) for *_x, ps in COLOURED) == 7
    assert BATCH.types_by(FILLS, "风险类型") == [r["types"] for r in BATCH.points(FILLS)]


def test_batch539_plain_tables_by_heading():
    cases = [
        ("sunan_qifeng_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("sunan_forestry_grassland_bureau_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                                  "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("sunan_qifeng_station_posts") == {""}
    name = "sunan_dahe_station_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "sunan_agriculture_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch539_group_rows_and_one_sheet_a_person():
    name = "sunan_livestock_station_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "sunan_kangle_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "sunan_mati_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch539_is_read(tmp_path):
    BATCH.is_read(tmp_path)
