"""The hundred-and-sixty-eighth batch of published layouts (tests/published/batch168.py): ten
ordinary files as county bodies of 兴文县 send them — a 林业和竹业局 一览表 with a ``联系电话`` column
beside 姓名, a 地质公园管理局 责任清单 with a trailing ``分管领导`` column of names, a 卫生健康综合执法
大队's 自查表 per sheet under ``姓名：… | 所在中队：… | 职务：…`` cells, a 工业园区管委会 排查表 with a
``岗位职责`` column, a 国有资产事务服务中心 一览表 with a short 风险点 beside its ``具体表现``, an 急救
指挥中心 排查表 whose two 调度员 share the cell ``漆听澜/植若溪``, the 人民检察院's 清单 对岗不对人 with
bare ``Ⅰ/Ⅱ/Ⅲ`` and two-type cells, a 镇's 明细 sheet behind a 汇总 sheet of counts, the shape the
README does not describe — the 农民工服务中心's list as the county's 监督平台 exports it (``Sheet0``, no
title, the unit on every row, a ``填报人`` column, ``一级风险/二级风险/三级风险``) — and one harder: the
经济作物技术推广站's 防控表 per post whose holder is named only in the filled sign-off line
``岗位责任人（签字）：… | 股室负责人（签字）：… | 单位负责人（签字）：…`` (``python
tests/published/score.py --set batch168``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at a19ee05 (main's newest when the batch was done): forms
1.000 (55/55), recall 1.000 (86/86), precision 1.000 (86/86), levels 1.000 (86/86), types 1.000
(86/86), noise 0; with --strict the same: forms 1.000 (55/55), recall 1.000 (86/86), precision
1.000 (86/86), levels 1.000 (86/86), types 1.000 (86/86), noise 0. Ten .xlsx, no re-saved copies.
Missed:

- nothing: no form, point, level or type of this batch was missed, in either mode. Not scored,
  seen in posts.csv: the 经作站's ``茶叶股技术员`` reads 中层岗位 (truth general); the 检察院's
  ``员额检察官`` (both 部门) and ``司法警察`` get no tier (truth general); the 林业和竹业局's ``国有林场``
  ``场长`` reads 领导岗位 (truth middle, the head of the 局's own 林场). The 执法大队's three 自查表 each
  raise only GRADE_BLANK infos, the export one COLUMN_GUESSED info (``风险点描述`` read as the
  description).

Read right: the harder 防控表's holder taken from ``岗位责任人（签字）：…`` in the filled sign-off line,
the ``股室负责人``/``单位负责人`` beside it taken for nobody (the 股长's line naming her twice, the 站长's
``/``), 股室 and post from ``所在股室：… | 岗位名称：…``; the platform export (``Sheet0``, no title, the
unit on every row, ``填报人`` taken for no holder, the date-time and ``已审核`` no point,
``一级风险/二级风险/三级风险``, the short 风险点名称 kept as the point, the Yi name ``沙马伍呷``); the
``联系电话`` column merged per person beside 姓名; the ``分管领导`` names taken for no holder; the
``姓名：… | 所在中队：… | 职务：…`` cells per sheet; the ``岗位职责`` column and the ``具体表现`` no point;
``漆听澜/植若溪`` split into two holders of the row; the 检察院's posts 对岗不对人 with bare ``Ⅰ/Ⅱ/Ⅲ``
and two-type cells; the 镇's ``汇总`` sheet of counts left alone and the ``明细`` read. Units and
科室 right on every form.

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from datetime import datetime

from published.batch168 import (
    BARE_ROMAN,
    EXPORTED,
    GRADES,
    LAYOUTS,
    PLACE,
    ROMAN,
    TOWN,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE_ROMAN, **WORDS, **EXPORTED}
BATCH = Batch(168, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"cash_crop_station_signatures"}
NOBODY = {"procuratorate_posts"}


def test_batch168_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=165, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all(u.startswith(PLACE) for u in units), units


def test_batch168_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch168_levels_and_types():
    BATCH.levels_and_types(untyped=())
    two = [r["types"] for r in BATCH.points("procuratorate_posts") if len(r["types"]) == 2]
    assert two == [["岗位职责", "外部环境"], ["岗位职责", "业务流程"]]
    others = set(BY_NAME) - {"procuratorate_posts"}
    assert all(len(r["types"]) == 1 for name in others for r in BATCH.points(name))


def test_batch168_sign_off_line_names_the_holder():
    name = "cash_crop_station_signatures"
    forms = BY_NAME[name]["truth"]
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["站长", "茶叶股股长", "茶叶股技术员"]
    holders = BATCH.holders(name)
    for f in forms:
        rows = BATCH.filled(name, f["sheet"])
        assert (
            rows[1][0] == f"所在股室：{f['department']}" and rows[1][2] == f"岗位名称：{f['title']}"
        )
        # no name above or in the table: only in the sign-off line
        assert not any(f["person"] in str(c) for row in rows[:-1] for c in row)
        line = rows[-1]
        assert line[0] == f"岗位责任人（签字）：{f['person']}"
        assert line[2].startswith("股室负责人（签字）：") and line[4].startswith(
            "单位负责人（签字）："
        )
        signers = {line[2].split("：")[1], line[4].split("：")[1]} - {"/"}
        assert signers <= holders  # the others who sign hold sheets of their own
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]
        # the duty merged down is no point
        assert rows[4][1] not in {p["risk_point"] for p in f["risks"]}
    lines = {f["sheet"]: BATCH.filled(name, f["sheet"])[-1] for f in forms}
    assert lines["站长"][2] == "股室负责人（签字）：/"
    assert lines["茶叶股股长"][2] == "股室负责人（签字）：冶清禾" == lines["茶叶股技术员"][2]


def test_batch168_platform_export():
    name = "migrant_worker_center_export"
    rows = BATCH.filled(name)
    assert BATCH.sheet(name)["name"] == "Sheet0" and not BATCH.sheet(name)["merges"]
    assert rows[0][:2] == ["序号", "单位名称"] and rows[0][-3:] == [
        "填报人",
        "填报时间",
        "审核状态",
    ]
    unit = BY_NAME[name]["truth"][0]["unit"]
    assert all(row[1] == unit for row in rows[1:])
    heads = {"dept": "部门名称", "post": "岗位名称", "person": "人员姓名", "point": "风险点名称"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [p["types"] for p in BATCH.points(name)]
    # the clerk who keyed it in is no holder; the stamp and the status are no point
    assert {row[10] for row in rows[1:]} == {"铎岚音"} and "铎岚音" not in BATCH.holders(name)
    assert all(isinstance(row[11], datetime) and row[12] == "已审核" for row in rows[1:])
    # the short name beside a longer description
    assert all(len(row[5]) < len(row[6]) for row in rows[1:])
    assert "沙马伍呷" in BATCH.holders(name)


def test_batch168_plain_tables_by_heading():
    cases = [
        ("forestry_bamboo_phone_column",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("geopark_duty_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
        ("industrial_park_duties",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("state_assets_center_manifest",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
        ("procuratorate_posts", {"dept": "部门", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [p["types"] for p in BATCH.points(name)], name
    # the phone numbers, merged per person like the names, are no holder
    rows = BATCH.table("forestry_bamboo_phone_column")
    phones = {row[4] for row in rows}
    assert len(phones) == len({row[3] for row in rows}) and all(p.isdigit() for p in phones)
    # 分管领导 names the overseers, each over several 部门, holders only of their own rows
    rows = BATCH.table("geopark_duty_list")
    leaders = {row[8] for row in rows} - {"/"}
    assert leaders == {"尉迟棹", "甘棠予"} and leaders <= BATCH.holders("geopark_duty_list")
    assert all(len({row[1] for row in rows if row[8] == who}) > 1 for who in leaders)
    # the duties and the 具体表现 are no point
    rows = BATCH.table("industrial_park_duties")
    assert not {row[4] for row in rows} & {
        p["risk_point"] for p in BATCH.points("industrial_park_duties")
    }
    rows = BATCH.table("state_assets_center_manifest")
    assert all(len(row[4]) < len(row[5]) for row in rows)
    # 对岗不对人: no name column, the same post in two 部门
    assert "姓名" not in BATCH.heading("procuratorate_posts")
    titles = [(f["department"], f["title"]) for f in BY_NAME["procuratorate_posts"]["truth"]]
    assert [t for d, t in titles].count("员额检察官") == 2 and len(set(titles)) == len(titles)


def test_batch168_slash_names_share_the_row():
    name = "emergency_center_slash_names"
    rows = BATCH.table(name)
    shared = [row for row in rows if "/" in row[3]]
    assert {row[3] for row in shared} == {"漆听澜/植若溪"} and len(shared) == 2
    got = sorted(
        (row[1], row[2], who, row[4], HML[row[6]]) for row in rows for who in row[3].split("/")
    )
    assert got == sorted(BATCH.truth_rows(name))
    for who in ("漆听澜", "植若溪"):
        f = next(f for f in BY_NAME[name]["truth"] if f["person"] == who)
        assert [p["risk_point"] for p in f["risks"]] == [row[4] for row in shared]


def test_batch168_label_cells_per_sheet():
    name = "health_enforcement_label_cells"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"]
        assert [rows[1][c] for c in (0, 2, 4)] == [
            f"姓名：{f['person']}",
            f"所在中队：{f['department']}",
            f"职务：{f['title']}",
        ]
        assert BATCH.merged(name, f["sheet"], 1, 0, 1) and BATCH.merged(name, f["sheet"], 1, 4, 5)
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]


def test_batch168_summary_sheet_before_the_list():
    name = "town_stations_summary_sheet"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["汇总", "明细"]
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"明细"}
    assert all(f["unit"] == f"{PLACE}{TOWN}人民政府" for f in BY_NAME[name]["truth"])
    heads = {"dept": "站所", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "明细") == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", "明细") == [p["types"] for p in BATCH.points(name)]
    # the counts agree with the list and hold no risk text
    summary = BATCH.filled(name, "汇总")
    assert summary[1] == ["序号", "站所", "岗位数", "风险点数", "高", "中", "低"]
    counted = [row for row in summary[2:] if isinstance(row[0], int)]
    points = BATCH.truth_rows(name)
    for row in counted:
        mine = [p for p in points if p[0] == row[1]]
        assert row[3] == len(mine) and row[2] == len({p[1] for p in mine})
        assert row[4:] == [sum(p[4] == lv for p in mine) for lv in (1, 2, 3)]
    assert summary[-1][0] == "合计" and summary[-1][3] == len(points)


def test_hundred_and_sixty_eighth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
