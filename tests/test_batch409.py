"""The four-hundred-and-ninth batch of published layouts (tests/published/batch409.py): seven
ordinary files as the 交通 and 水利 bodies of one county (山阳县) really send them — the 交通运输局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 水利局's 一览表 with ``科室`` merged and 高/中/低, the
公路管理段's 防控卡 one sheet a holder with ``★★★/★★/★``, the 水土保持工作站's 自查表 one sheet a person with
``一级风险/二级风险/三级风险``, the 漫川关镇水利站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 高坝店镇水利站's 责任清单 under group rows ``一、站领导`` … with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 中村镇水利站's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last
``责任人`` column — and one harder: the 银花镇水利站's 措施台账, one sheet a holder, whose heading
``序号 | 防控措施 | 防控环节 | 落实时限`` has NO point column: each point is a merged line
``风险点N：…　　风险等级：…　　风险类型：…`` over its own measures, one a row
(``python tests/published/score.py --set batch409``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap9 at 374b57a
(main's newest when the batch was done; this worktree branched from dev at 018c882).
``score.py --set batch409``:
``TOTAL                      forms  29/32  points  51/58  recall 0.88 precision 1.00 (51/51)  levels  51/51  types  51/51  noise 0``
and ``TOTAL forms=0.906 recall=0.879 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  29/32  points  51/58  recall 0.88 precision 1.00 (51/51)  levels  51/51  types  51/51  noise 0``
and ``TOTAL forms=0.906 recall=0.879 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The
SEVEN ORDINARY layouts read in full — every form, point, level and type, with ``--strict`` too
(every 科室 and post as the scorer compares them). The truth was not changed after measuring.

Missed, all in the harder ``shanyang_yinhua_water_station_point_lines.xlsx`` (forms 0/3, points 0/7):
the reader found no form in the workbook at all — one warning FILE_NO_FORM (``工作簿中未找到廉政风险
识别和防控表(没有“风险点”“风险级别”等表头)``), nothing in posts.csv or risks.csv for the file. Cell by
cell, each read as nothing, each the truth's point of the sheet's holder with the level and type
of its line:

- sheet 站长 (truth 站长 亢翎峣, leader, no 科室): A5 → ``小型水库维修养护项目不经站务会研究，指定养护队伍``
  (一级, 制度机制); A9 → ``小型农田水利工程验收时降低标准，签认虚报工程量`` (一级, 岗位职责); A12 →
  ``接受施工队伍宴请和礼品`` (三级, 思想道德);
- sheet 技术员 (truth 技术员 扈沣琰, general): A5 → ``水库汛期巡查记录补记、漏记，隐患不报`` (二级, 岗位职责);
  A8 → ``渠道维修材料用量计算不实，为施工方多算工程量`` (二级, 业务流程);
- sheet 报账员 (truth 报账员 檀溯岑, general): A5 → ``水库管护员补助发放不按考核结果，虚报冒领`` (一级,
  业务流程); A8 → ``报销凭证审核不严，白条入账`` (三级, 制度机制).

Kind: a sheet whose only heading is a MEASURES heading (``序号 | 防控措施 | 防控环节 | 落实时限``, no risk
word) and whose points stand as merged labelled lines ``风险点N：…　　风险等级：…　　风险类型：…`` between
their measure rows is not taken for a table at all, so the whole file is passed over as holding no form
(the measures were not read as points either: precision stays 1.00).

Unscored besides: the tiers of the heads of small bodies read from a post the reader takes for a
科室's — the 公路管理段's ``段长`` (F00005, 科室 ``段领导``), the 漫川关镇水利站's ``站长`` (F00008) and the
中村镇水利站's ``站长`` and ``副站长`` (F00026, F00027) read 中层岗位 (truth leader); the reader wrote the
镇水利站s as unit ``山阳县X镇``, 科室 ``水利站`` (the scorer takes both ways as one). The other issues
are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK on the cards and the 自查表,
FILE_SKIPPED for truth.json).

Generalised after this measurement: a ledger of measures under point lines merged across
('风险点1：…　　风险等级：一级　　风险类型：…' over that point's measures a row each, under '序号 | 防控措施 | …') reads each
line as a point with the measures below it (locate._labelled_fields in _labelled_points;
tests/test_columns.py::test_a_ledger_of_measures_under_labelled_point_lines). The batch now reads in
full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch409 import (
    BANDS,
    BARE,
    GAP,
    GRADES,
    LAYOUTS,
    LEVEL_LABEL,
    LINES_CARDS,
    LINES_HEAD,
    LINES_NAME,
    LINES_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_LABEL,
    build,
    point_line,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(409, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {LINES_NAME}
UNTYPED = {"shanyang_transport_bureau_two_sheets", "shanyang_highway_section_cards"}
NOBODY = {"shanyang_manchuanguan_water_station_posts"}


def test_batch409_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=407, unit_words=("山阳县",), new_people=True)


def test_batch409_truth_is_self_consistent():
    # the harder file's points stand INSIDE their merged lines (after ``风险点N：``), not as cells
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        if lay["name"] in HARDER:
            continue
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            for r in f["risks"]:  # every ordinary point is a whole cell
                assert norm(r["risk_point"]) in sheets[f["sheet"]], (lay["name"], r)


def test_batch409_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch409_every_unit_is_of_shanyang_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("山阳县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch409_points_are_lines_over_their_own_measures():
    name = LINES_NAME
    for (tab, who, post, tier, points), f in zip(LINES_CARDS, BY_NAME[name]["truth"], strict=True):
        assert f["sheet"] == tab and (f["person"], f["title"], f["tier"]) == (who, post, tier)
        assert f["unit"] == LINES_UNIT and f["department"] == ""
        sh = BATCH.sheet(name, tab)
        rows = sh["rows"]
        assert rows[1][:4] == [f"姓{GAP}名", who, f"职{GAP}务", post]
        assert rows[2][:2] == ["所在单位", LINES_UNIT]
        head = BATCH.header(name, tab)
        assert rows[head] == list(LINES_HEAD)
        assert not any("风险" in h for h in LINES_HEAD)  # the heading names no point
        # below the heading: a merged line a point, then its measures numbered from 1
        got, measures, after = [], {}, None
        for r, row in enumerate(rows[head + 1 :], head + 1):
            first = row[0] if row else None
            if isinstance(first, str) and re.match(r"风险点\d+：", first):
                assert BATCH.merged(name, tab, r, 0, 3), (tab, r)
                assert all(c is None for c in row[1:])
                m = re.fullmatch(
                    rf"风险点(\d+)：(.+?){GAP}{GAP}{LEVEL_LABEL}(.+?){GAP}{GAP}{TYPE_LABEL}(.+)",
                    first,
                )
                assert m and int(m[1]) == len(got) + 1, first
                got.append((m[2], GRADES[m[3]], types_in(m[4])))
                after = m[2]
                measures[after] = []
            elif isinstance(first, int):
                assert after is not None and first == len(measures[after]) + 1
                assert row[2] in ("事前", "事中", "事后") and row[3]
                measures[after].append(row[1])
        assert got == [(r["risk_point"], r["level"], r["types"]) for r in f["risks"]]
        assert [len(measures[p]) for p, *_ in got] == [len(m) for *_, m in points]
        assert all(2 <= len(m) <= 3 for m in measures.values())
        # the measures are no points, the line's labels are not in the point
        texts = {m for ms in measures.values() for m in ms}
        assert not texts & {p for p, *_ in got}
        assert not any(LEVEL_LABEL in p or TYPE_LABEL in p or "风险点" in p for p, *_ in got)
        for n, (point, level, typ, _) in enumerate(points, 1):
            assert point_line(n, point, level, typ) in {row[0] for row in rows if row}
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch409_plain_tables_by_heading():
    cases = [
        ("shanyang_water_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("shanyang_manchuanguan_water_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("shanyang_zhongcun_water_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "shanyang_manchuanguan_water_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert all(len(row[2]) < len(row[3]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in table} == set(BANDS)
    # every row written out, nothing merged below the title lines; the holder LAST
    name = "shanyang_zhongcun_water_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    assert BATCH.heading(name)[-1] == "责任人"
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch409_leaders_and_staff_in_two_sheets():
    name = "shanyang_transport_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch409_group_rows_give_the_department():
    name = "shanyang_gaobadian_water_station_duties"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch409_one_sheet_a_person():
    name = "shanyang_highway_section_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "shanyang_soil_water_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", "所在股室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(RISKS)


def test_batch409_is_read(tmp_path):
    BATCH.is_read(tmp_path)
