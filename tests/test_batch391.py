"""The three-hundred-and-ninety-first batch of published layouts (tests/published/batch391.py): seven
ordinary files as the 农业 and 水务 bodies of one county (泾阳县) really send them — the 水务局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 泾惠渠灌溉管理站's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 农产品质量安全检测站's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 云阳镇农业综合服务站's 防控卡 one sheet a holder with ``★★★/★★/★``, the
农业技术推广中心's 责任清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
王桥镇农业综合服务站's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 农业综合行政执法大队's
一览表 under ``附件1`` with ``高级/中级/低级`` — and one harder: the 农业农村局's 一览表 whose joined
column ``廉政风险点及主要表现`` holds the point's short name and its manifestation parted only by a
run of padding spaces (``python tests/published/score.py --set batch391``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap5 at 7ceb217
(dev's newest when the batch was done; this worktree branched from dev at 7ceb217).
``score.py --set batch391``:
``TOTAL                      forms  38/38  points  54/65  recall 0.83 precision 0.83 (54/65)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=0.831 precision=0.831 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  54/65  recall 0.83 precision 0.83 (54/65)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=0.831 precision=0.831 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The
seven ordinary layouts read in full — every form, point, level and type, with ``--strict`` too.
The truth was not changed after measuring.

Missed, all in the harder ``jingyang_agri_bureau_spaced_manifestations.xlsx`` (sheet 一览表; forms
7/7, ``--strict`` 7/7, points 2/13, precision 2/13, noise 0): the reader read the joined column
``廉政风险点及主要表现`` (E3) as the risk column and took each cell WHOLE — the name, the run of
padding and the manifestation — as the point, with no description (risks.csv ``description``
blank) and no issue raised. So eleven points are each one miss and one extra: E4 read
``农业项目资金分配　　　　　　　　高标准农田、农机购置补贴等项目资金分配不经党组会集体研究，个人说了算`` (truth
``农业项目资金分配``), E5 ``干部选拔任用　…　推荐考察走过场，…`` (truth ``干部选拔任用``), E6
``农机购置补贴审核　…　对补贴对象资格…`` (truth ``农机购置补贴审核``), E7 ``农资违法案件审批　…`` (truth
``农资违法案件审批``), E9 ``办公用品采购``, fourteen half-width spaces, ``不比价采购，指定供应商`` (truth
``办公用品采购``), E10 ``专项资金拨付　…`` (truth ``专项资金拨付``), E11 ``报销审核`` + twelve spaces +
``对票据不全、…`` (truth ``报销审核``), E12 ``补贴机具核验　…`` (truth ``补贴机具核验``), E13
``补贴信息公开`` + eighteen spaces + ``不按规定公示…`` (truth ``补贴信息公开``), E14 ``补贴申请受理　…``
(truth ``补贴申请受理``), E15 ``高标准农田项目验收　…`` (truth ``高标准农田项目验收``); the two cells that
are the name alone (E8 ``公务接待``, E16 ``耕地地力保护补贴面积核实``) read right. Every one of the
thirteen rows has its 股室, post, holder, tier, type and level right (局领导/局长/郐昶澜/领导岗位/
制度机制风险/Ⅰ级 … 种植业股/股长/堵璠岷/中层岗位/业务流程风险/Ⅱ级; posts.csv F00001–F00007), so
the forms all match; the padded measures (H4:H16) are kept whole with their spaces (unscored).
Kind: a joined ``风险点及主要表现`` cell whose point name and manifestation are parted only by a run
of padding spaces (full-width or half-width) is read as one point, the name and its manifestation
together — the split the reader makes on a dash, a label, a number or a line of its own is not
made on whitespace.

Unscored besides: the two 镇农业综合服务站's files are read with the unit ``泾阳县云阳镇`` and
``泾阳县王桥镇`` (posts.csv F00026–F00029, F00036–F00038; truth ``泾阳县云阳镇农业综合服务站``,
``泾阳县王桥镇农业综合服务站``) and the 科室 站领导, 农经组, 农技组, 综合组, 农机组 — the station read as
a part of its 镇 (score.py takes a 站所's own table either way). Every other unit, 科室, post and tier
in posts.csv is the truth's (局领导, 站领导, 中心领导 and 大队领导 as the 科室 of the leaders; 股长,
中队长, 办公室主任 中层岗位; 配水员, 水费收缴员, 检测员, 抽样员, 农技员, 农机员, 农经员, 会计, 科员, 执法队员
一般岗位). The other issues are info only (TABLE_NO_TYPE on the two untyped layouts' sheets,
GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: a point and how it shows parted by spaces typed for a line break
(three full-width or six half-width or more) under '廉政风险点及主要表现' split like a line break
(locate._PADDING in _head_and_lines;
tests/test_columns.py::test_a_point_and_how_it_shows_parted_by_typed_spaces). The batch now reads in
full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch391 import (
    BANDS,
    BARE,
    GAP,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SENIOR,
    SPACED_HEAD,
    SPACED_NOTE,
    SPACED_ROWS,
    SPACED_TAB,
    SPACED_UNIT,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS, **SENIOR}
BATCH = Batch(391, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SPACED_FILE = "jingyang_agri_bureau_spaced_manifestations"
HARDER = {SPACED_FILE}
UNTYPED = {"jingyang_water_bureau_two_sheets", "jingyang_yunyang_station_cards"}
NOBODY = {"jingyang_jinghuiqu_station_posts"}
RUN = re.compile(r"\u3000{6,}| {12,}")  # the padding that parts a name from its manifestation


def _spaced_parts(form: dict, sheets: dict) -> set:
    """The cells of the form's sheet, and in the harder file the names before a run of padding."""
    here = set(sheets[form["sheet"]])
    if form["layout"] != SPACED_FILE:
        return here
    rows = BATCH.sheet(SPACED_FILE, SPACED_TAB)["rows"]
    col = SPACED_HEAD.index("廉政风险点及主要表现")
    return here | {
        norm(RUN.split(r[col])[0]) for r in rows if len(r) > col and isinstance(r[0], int)
    }


def test_batch391_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, unit_words=("泾阳县",), new_people=True)


def test_batch391_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_spaced_parts)
    assert RESAVED == ()


def test_batch391_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch391_every_unit_is_of_jingyang_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("泾阳县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch391_names_and_manifestations_parted_by_spaces_only():
    name = SPACED_FILE
    rows = BATCH.filled(name, SPACED_TAB)
    head = BATCH.header(name, SPACED_TAB)
    assert tuple(rows[head]) == SPACED_HEAD
    assert BY_NAME[name]["truth"][0]["unit"] == SPACED_UNIT
    col = SPACED_HEAD.index("廉政风险点及主要表现")
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    got, runs, alone = [], set(), 0
    for row in table:
        text = row[col]
        # no line break, dash, colon, bracket or number: only the run of spaces parts the two
        assert not re.search(r"[\n—–:：()（）【】]|\d", text), text
        parts = RUN.split(text)
        assert len(parts) in (1, 2) and all(p and p.strip() == p for p in parts), text
        if len(parts) == 1:
            alone += 1
            assert " " not in text and GAP not in text
        else:
            runs.add(RUN.search(text).group()[0])
            assert len(parts[1]) > len(parts[0])  # the manifestation is the longer part
        got.append((row[1], row[2], row[3], parts[0], HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert alone == 2 and runs == {GAP, " "}  # both kinds of padding, two names alone
    # what the whitespace-folding reader sees: the name and manifestation run together
    points = {p["risk_point"] for p in BATCH.points(name)}
    folded = {norm(row[col]) for row in table}
    assert len(folded - points) == len(table) - alone
    # the manifestations are no points; the measures padded the same way, numbered
    shown = {RUN.split(row[col])[1] for row in table if RUN.search(row[col])}
    assert not shown & points
    assert all(row[7].startswith("1.") and "2." in row[7] for row in table)
    assert BATCH.types_by(name, "风险类型", SPACED_TAB) == [r["types"] for r in BATCH.points(name)]
    assert any(row[0] == SPACED_NOTE for row in rows)
    assert len(table) == sum(len(pts) for *_, pts in SPACED_ROWS)


def test_batch391_plain_tables_by_heading():
    cases = [
        ("jingyang_jinghuiqu_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}),
        ("jingyang_wangqiao_station_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("jingyang_agri_enforcement_brigade_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "jingyang_jinghuiqu_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "jingyang_wangqiao_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "jingyang_agri_enforcement_brigade_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(SENIOR)


def test_batch391_leaders_and_staff_in_two_sheets():
    name = "jingyang_water_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管股室 no point
    assert {f["department"] for f in BY_NAME[name]["truth"]} & works == set()
    assert {r[5] for r in BATCH.table(name, "股室")} == set(GRADES)


def test_batch391_group_rows_give_the_department():
    name = "jingyang_agri_tech_center_duties"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch391_one_sheet_a_person():
    name = "jingyang_yunyang_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在组室", f["department"]] and rows[2][2] == "持卡时间"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "jingyang_testing_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == f"单位：{f['unit']}"
        assert rows[2] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"], "所在科室",
                           f["department"]]  # fmt: skip
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(BANDS)


def test_batch391_is_read(tmp_path):
    BATCH.is_read(tmp_path)
