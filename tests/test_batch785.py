"""The seven-hundred-and-eighty-fifth batch of published layouts (tests/published/batch785.py): seven
ordinary files as the ecology, environment and forestry bodies of one county (沁源县, 长治市) really
send them — the 生态环境局沁源分局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 综合行政执法队's
一览表 with ``…风险`` types and 高/中/低, the 湿地保护中心's 排查表 对岗不对人 with ``一级风险/…``, the
环境监测站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 沁源林场's 清单 under group rows, the
退耕还林工程管理站's 防控卡 one sheet a leader with ``★★★/★★/★``, the 生态环境技术评估中心's 登记表 with
``高风险/中风险/低风险`` — and one harder: the 灵空山自然保护区管理站's WPS 合并表格 consolidation of its
staff's returns, the holder written only in the ``工作簿名称`` column as the source file's name
``科室-岗位-姓名.xlsx`` (``python tests/published/score.py --set batch785``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at d52327c1 (/work/snap39; this worktree branched from
dev at the same commit): TOTAL forms=0.857 recall=0.810 precision=0.825 levels=1.000 types=1.000
noise=0 (forms 30/35, points 47/58, precision 47/57); with --strict the same: TOTAL forms=0.857
recall=0.810 precision=0.825 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``qinyuan_lingkongshan_reserve_merged_returns.xlsx`` (sheet 合并表; forms
0/5, points 0/11, precision 0/10, noise 0): the reader took row 2 (``工作簿名称 | 序号 | 廉政风险点 |
风险等级 | 防控措施``) as the heading and read all eleven rows 3–13 (C3:C13, levels D3:D13 right,
一级→Ⅰ级 …) as ONE form F00001 of the unit 沁源县灵空山自然保护区管理站 with NO post and NO person and
the 科室 ``管理站`` cut from the unit's own name in the title (posts.csv: department 管理站, person
and title blank; risks.csv 11 rows, the 护林员 point ``巡护日志弄虚作假、不到岗巡护`` of rows 8 and 10 twice
in one form, hence precision over 10); column A (``站领导-站长-荆翊澍.xlsx``, ``资源保护科-科长-臧珹翕.xlsx``,
``资源保护科-护林员-臧屹沣.xlsx``, ``资源保护科-护林员-荆璟沅(1).xlsx``, ``综合办公室-会计-臧漪珝.xlsx``) was
dropped without any issue (the only issue is TABLE_NO_TYPE at A2), and the 序号 restarting at B3,
B6, B8, B10, B12 was not taken for a change of holder. The truth has five forms: 站长 荆翊澍 (站领导;
A3:A5, three points), 科长 臧珹翕 (资源保护科; A6:A7), 护林员 臧屹沣 (资源保护科; A8:A9), 护林员 荆璟沅
(资源保护科; A10:A11, the ``(1)`` copy) and 会计 臧漪珝 (综合办公室; A12:A13), 11 points. Kind: a
consolidation's source-workbook column (``工作簿名称``, cells ``科室-岗位-姓名.xlsx``) is not read as a
holder column at all — its heading is no holder word and its cells end in a file extension — so
every holder's points are pooled into one nameless, postless form of the whole unit.

Unscored besides: the ordinary files' other issues are info only (TABLE_NO_TYPE etc.).

Not generalised in the stop that measured it (left for the next): a merge tool's source-file
column (``工作簿名称``, ``Source.Name``, ``来源文件``) whose cells name each return as
``科室-岗位-姓名.xlsx`` (a ``(1)`` copy suffix), the 序号 restarting at each file.

Generalised after this measurement: a WPS/Excel merge of returned files with a source-file column (工作簿名称: 科室-岗位-姓名.xlsx, copy suffixes) is read one form a return, the holder from the file name (HOLDER_BY_SOURCE_FILE; SOURCE_FILE_NO_HOLDER). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch785 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RETURNS,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(785, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"qinyuan_lingkongshan_reserve_merged_returns"}
TYPED = {
    "qinyuan_enforcement_team_list",
    "qinyuan_wetland_center_posts",
    "qinyuan_eia_center_register",
}
NOBODY = {"qinyuan_wetland_center_posts"}


def test_batch785_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=781, unit_words=("沁源",), new_people=True)


def test_batch785_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()


def test_batch785_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch785_every_unit_is_of_qinyuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("沁源" in u for u in units)


def test_batch785_file_names_give_the_holders():
    name = "qinyuan_lingkongshan_reserve_merged_returns"
    rows = BATCH.filled(name)
    assert rows[1] == ["工作簿名称", "序号", "廉政风险点", "风险等级", "防控措施"]
    got, restarts = [], 0
    for row in rows[2:]:
        stem = re.sub(r"\(\d+\)$", "", row[0].removesuffix(".xlsx"))
        dept, post, who = stem.split("-")
        got.append((dept, post, who, row[2], GRADES[row[3]]))
        restarts += row[1] == 1
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the 序号 restarts in every return; two holders of one 科室 and post; a copy suffix
    assert restarts == len(RETURNS) == len(BY_NAME[name]["truth"])
    posts = [(d, p) for _f, d, p, _w, _t, _ps in RETURNS]
    assert len(set(posts)) < len(posts)
    assert any(f.endswith("(1).xlsx") for f, *_ in RETURNS)
    assert all(f.endswith(".xlsx") for f, *_ in RETURNS)


def test_batch785_plain_tables_by_heading():
    cases = [
        ("qinyuan_eia_center_register",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("qinyuan_enforcement_team_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("qinyuan_wetland_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "qinyuan_eco_branch_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch785_group_rows_give_the_department():
    name = "qinyuan_forest_farm_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch785_one_sheet_a_person():
    name = "qinyuan_monitoring_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "科　室", "职　务", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "qinyuan_grain_for_green_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch785_is_read(tmp_path):
    BATCH.is_read(tmp_path)
