"""The hundred-and-seventieth batch of published layouts (tests/published/batch170.py): the
ordinary personal case — one form per person, as staff of bodies of 长宁县 no earlier batch used
fill them: a 劳动保障监察大队 副大队长's 附件2 with ``副大队长（副科级）``, an 环境卫生管理所 股's 附件3
under ``科室名称 | … | 科室负责人 | …``, an 农村经营管理站 审计员's 附件4 with ``审计股 审计员``, a 镇 财政所
报账员's 自查表 with personal pairs and a ``自查情况`` column, a 公共资源交易服务中心 见证员's 承诺书 naming
unit, 股, post and holder only in its opening sentence, a 中医医院 中药调剂员's 登记表 with ``工号`` and a
``监督人`` column, a 图书馆 采编员's 登记表 with a 岗位职责 table above the risk table, a 医疗保障事务中心
稽核员's 告知书 with ``告知对象``; the shape this batch adds, a 退役军人服务中心 主任's 廉政档案 with a
家庭成员 table above the risk table; and one harder: a 城管执法大队's 防控卡 whose holder, 中队 and post
stand only in a multi-line cell merged down a ``持卡人信息`` column
(``python tests/published/score.py --set batch170``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at bcec607 (main's newest when the batch was done): forms
0.636 (7/11), recall 0.667 (34/51), precision 0.667 (34/51), levels 1.000 (34/34), types 1.000
(34/34), noise 9; with --strict the same: forms 0.636 (7/11), recall 0.667 (34/51), precision
0.667 (34/51), levels 1.000 (34/34), types 1.000 (34/34), noise 9. The 10 files: ten .xlsx, no
re-saved copies. Missed:

- ``city_mgmt_info_column`` (harder; forms 0/2, points 0/7): both cards are read with person "",
  department "", post "" and tier "" — unit, all 7 points and levels right (风险环节 read as the
  workflow) — because the holder's cell in the first column is ignored: ``Sheet1!A3`` (merged
  A3:A6) ``姓名：冼牧野⏎所在中队：二中队⏎职务：中队长`` and ``Sheet2!A3`` (A3:A5, 帅青岑, 执法队员) under
  the header ``持卡人信息`` (A2), a column of an unknown heading left of 序号. With the header ``姓名``
  the WHOLE cell is taken for the person (``姓名：冼牧野所在中队：二中队职务：中队长``, labels not
  parsed); headed ``持卡人`` or ``基本信息``, typed on one line with full-width spaces, or not merged:
  still nothing; the same cell as a merged line ABOVE the header (three lines or one): holder,
  中队 and post all read.
- ``medical_insurance_notice`` (forms 0/1, points 0/5): the form is read with person "" — unit,
  稽核股, 稽核员, all 5 points, levels and types right — because ``告知书!A2`` ``告知对象`` (B2 巴沅芷)
  is no holder label. With ``姓名`` in its place the holder is read; with ``被告知人`` or ``告知对象：``
  still "". (Not scored: without the holder the post reads 中层岗位, with ``姓名`` 一般岗位, truth
  general.)
- ``veterans_center_clean_file`` (the shape this batch adds; forms 0/1, points 0/5, noise 5): the
  廉政档案 is read as unit ``长宁县箐岚镇中心小学``, department 领导班子, person ``濮语棠`` (his WIFE),
  post ``教师`` — the family table's header ``廉政档案!A7:F7`` ``称谓 | 姓名 | 出生年月 | 政治面貌 |
  工作单位及职务`` over the first relative's row A8 ``妻子 | 濮语棠 | 1982.03 | 中共党员 |
  长宁县箐岚镇中心小学教师`` is taken for a label row over a value row, and it overrides the
  基本情况 pairs (A3 ``姓名 | 亓官朔川``, A5 ``工作单位及职务 | 长宁县退役军人服务中心主任``); the other
  relatives' rows A9–A12 and the second pair row A4 ``民族 | 汉族 | 政治面貌 | 中共党员 | 学历 | 大学``
  are ROW_UNPLACED warnings (noise 5). The 5 points, levels and types are right. With the
  family header ``家属姓名`` the holder is 亓官朔川 but unit and post stay the wife's (长宁县箐岚镇
  中心小学, 教师); with the family table moved under the risk table it is read as six more risk rows
  (LEVEL_UNKNOWN/TYPE_UNKNOWN on 政治面貌 and 工作单位及职务); with no family table at all holder
  and post are right but ``工作单位及职务 | 长宁县退役军人服务中心主任`` splits into unit ``长宁县`` and
  科室 ``退役军人服务中心`` (a --strict miss still; ``长宁县退役军人事务局局长`` reads unit 局, 领导班子,
  局长), and the 民族 row stays ROW_UNPLACED.
- ``library_duties_then_risks`` (forms 1/1, points 4/4, noise 4): the no-risk table ``一、岗位职责``
  ABOVE the risk table — its header ``Sheet1!A4`` ``序号 | 职责内容 | 工作标准`` and rows A5–A7 — is
  reported as four ROW_UNPLACED warnings; moved under the risk table it is one TABLE_OTHER hint
  and no noise (headed ``岗位职责`` instead of ``职责内容``: the same four warnings).

Read right: the 劳动监察大队's 附件2 with ``副大队长（副科级）`` (post 副大队长) and its ``“三重一大”``
row numbered from 1; the 环卫所's 附件3 under ``科室名称 | … | 科室负责人 | …`` with ``Ⅰ级/Ⅱ级/Ⅲ级`` and
the row of two types; the 农经站's 附件4 with ``审计股 审计员`` split on the space; the 镇 财政所's
自查表 (unit 长宁县箐岚镇, 科室 财政所) with its personal pairs and the ``自查情况`` answers taken for
no point; the 承诺书's holder, unit, 股 and post from its opening sentence ``本人　逄沐言　，系…见证员。``
(``承诺内容`` a COLUMN_GUESSED hint); the 中医医院's 登记表 with ``工号``, a date cell and the
``监督人`` column; the 图书馆's form itself; the harder cards' and the 告知书's points and levels.
(Not scored: the 附件3 post reads ``科室负责人`` and the 附件2 科室 ``领导班子``, truth "" as the annex
convention has it.)

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a card's `持卡人信息` column of labelled lines; `告知对象`; a table of duties
or of the holder's family above the form reported once): 1.00 on every metric, strict too,
noise 0.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from datetime import datetime

from published.batch138 import HEAD
from published.batch170 import GAP, GRADES, LAYOUTS, PLACE, ROMAN, TOWN, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN}
BATCH = Batch(170, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"city_mgmt_info_column"}
UNTYPED = {"city_mgmt_info_column", "trading_center_pledge"}


def _fixed(f: dict) -> dict:
    return {"dept": f["department"], "post": f["title"], "person": f["person"]}


def _cells(name: str, sheet=None) -> list[str]:
    return [
        str(c)
        for s in BY_NAME[name]["sheets"]
        if sheet in (None, s["name"])
        for row in s["rows"]
        for c in row
        if c is not None
    ]


def _row_of(rows: list[list], first: str) -> int:
    return next(r for r, row in enumerate(rows) if row[0] == first)


def test_batch170_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=169, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all(u.startswith(PLACE) for u in units), units
    assert not any(PLACE in u for u in BATCH.earlier_units())


def test_batch170_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(personal=True)


def test_batch170_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED)
    types = [p["types"] for p in BATCH.points("sanitation_section_annex3")]
    assert ["思想道德", "外部环境"] in types and sum(len(t) > 1 for t in types) == 1
    others = set(BY_NAME) - UNTYPED - {"sanitation_section_annex3"}
    assert all(len(p["types"]) == 1 for name in others for p in BATCH.points(name))


def test_batch170_holder_only_in_the_info_column():
    name = "city_mgmt_info_column"
    forms = BY_NAME[name]["truth"]
    assert [f["sheet"] for f in forms] == [s["name"] for s in BY_NAME[name]["sheets"]]
    for f in forms:
        sheet = f["sheet"]
        rows = BATCH.filled(name, sheet)
        assert rows[0][0] == f"{f['unit']}岗位廉政风险防控卡" and len(set(rows[0])) == 1
        assert rows[1] == ["持卡人信息", "序号", "风险环节", "风险点", "风险等级", "防控措施"]
        info = f"姓名：{f['person']}\n所在中队：{f['department']}\n职务：{f['title']}"
        table = [r for r in rows[2:] if r[4] in HML]
        assert len(table) == len(f["risks"]) and {r[0] for r in table} == {info}
        # one cell merged down the whole table, named nowhere else
        merges = BATCH.sheet(name, sheet)["merges"]
        assert (2, 0, 1 + len(table), 0) in merges
        assert not any(f["person"] in c for c in _cells(name, sheet) if c != info)
        assert not any(c in ("姓名", "职务", "岗位", "持卡人", "中队") for c in _cells(name, sheet))
        got = BATCH.by_heading(
            name, {"point": "风险点"}, sheet, first="持卡人信息", fixed=_fixed(f)
        )
        assert got == BATCH.truth_rows(name, sheet)
    assert [f["tier"] for f in forms] == ["middle", "general"]


def test_batch170_clean_file_family_is_no_form():
    name = "veterans_center_clean_file"
    (f,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    assert rows[0][0] == f"{PLACE}科级领导干部廉政档案" and f["unit"] not in rows[0][0]
    assert rows[2][:2] == ["姓名", f["person"]]
    work = _row_of(rows, "工作单位及职务")
    assert rows[work][1] == f["unit"] + f["title"] and BATCH.merged(name, 0, work, 1, 3)
    # the family table: names, births and workplaces, no risk; none of them a holder
    fam = _row_of(rows, "称谓")
    assert rows[fam] == ["称谓", "姓名", "出生年月", "政治面貌", "工作单位及职务", "工作单位及职务"]
    risks = _row_of(rows, "三、岗位廉政风险点及防控措施")
    family = rows[fam + 1 : risks]
    assert len(family) == 5 and all(
        r[0] in ("妻子", "女儿", "父亲", "母亲", "弟弟") for r in family
    )
    assert f["person"] not in {r[1] for r in family}
    assert f"{PLACE}交通运输局科员" in {r[4] for r in family}
    everyone = {g["person"] for lay in LAYOUTS for g in lay["truth"]}
    assert not everyone & {r[1] for r in family}
    assert rows[risks + 1] == ["序号", "风险点", "风险点", "风险类型", "风险等级", "防控措施"]
    got = BATCH.by_heading(name, {"point": "风险点"}, head=risks + 1, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", head=risks + 1) == [p["types"] for p in f["risks"]]
    report = _row_of(rows, "四、个人有关事项报告情况")
    assert report == risks + 2 + len(f["risks"])
    assert not {p["risk_point"] for p in f["risks"]} & {rows[report + 1][0]}
    assert (f["department"], f["tier"]) == ("", "leader")


def test_batch170_annexes():
    name = "labour_inspection_annex2"
    (f,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    assert rows[0][0] == "附件2" and rows[2][0] == f"单位(盖章)：{f['unit']}"
    assert rows[3] == [
        "姓名",
        f["person"],
        "职务",
        f"{f['title']}（副科级）",
        "岗位风险等级",
        "一级",
    ]
    got = BATCH.by_heading(name, {"point": "风险点"}, level="风险级别", fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", level="风险级别") == [p["types"] for p in f["risks"]]
    big = _row_of(rows, "“三重一大”方面")
    assert len(set(rows[big])) == 1 and rows[big + 1][0] == 1
    assert (f["department"], f["tier"]) == ("", "leader")

    name = "sanitation_section_annex3"
    (f,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    assert rows[0][0] == "附件3"
    assert rows[3] == [
        "科室名称",
        f["department"],
        "科室负责人",
        f["person"],
        "岗位风险等级",
        "二级",
    ]
    assert tuple(rows[4]) == HEAD
    got = BATCH.by_heading(name, {"point": "风险点"}, level="风险级别", first="岗位职责",
                           fixed=_fixed(f))  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", level="风险级别", first="岗位职责") == [
        p["types"] for p in f["risks"]
    ]
    assert all(r[0][0] in "123" and "→" in r[1] for r in rows[5:10])
    assert (f["title"], f["tier"]) == ("", "middle")

    name = "rural_econ_auditor_annex4"
    (f,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    assert rows[0][0] == "附件4"
    assert rows[3] == ["姓名", f["person"], "所在科室及职务", f"{f['department']} {f['title']}",
                       "岗位风险等级", "三级"]  # fmt: skip
    got = BATCH.by_heading(name, {"point": "风险点"}, level="风险级别", first="岗位职责",
                           fixed=_fixed(f))  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", level="风险级别", first="岗位职责") == [
        p["types"] for p in f["risks"]
    ]
    assert f["tier"] == "general"


def test_batch170_selfcheck_answers_and_pledge_sentence():
    name = "township_finance_selfcheck"
    (f,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    assert rows[0][0] == f"{f['unit']}{f['department']}岗位廉政风险自查表"
    assert f["unit"] == f"{PLACE}{TOWN}" and f["department"] == "财政所"
    assert rows[1] == ["姓名", f["person"], "性别", "女", "出生年月", "1991.07"]
    assert rows[2] == ["所在站所", f["department"], "职务", f["title"], "参加工作时间", "2013.08"]
    head = BATCH.header(name)
    assert rows[head][-1] == "自查情况"
    answers = {r[-1] for r in rows[head + 1 :] if r[3] in HML}
    assert answers == {"无此类问题", "已整改", "正在整改"}
    got = BATCH.by_heading(name, {"point": "风险点"}, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [p["types"] for p in f["risks"]]

    name = "trading_center_pledge"
    (f,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    assert rows[0][0] == "岗位廉洁承诺书" and f["unit"] not in rows[0][0]
    opening = f"本人{GAP}{f['person']}{GAP}，系{f['unit']}{f['department']}{f['title']}。"
    assert rows[1][0].startswith(opening) and len(set(rows[1])) == 1
    assert sum(f["person"] in c for c in _cells(name)) == 1  # the sentence alone names him
    assert sum(f["unit"] in c for c in _cells(name)) == 1
    assert rows[2] == ["序号", "廉政风险", "风险等级", "承诺内容"]
    got = BATCH.by_heading(name, {"point": "廉政风险"}, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert rows[-1][0] == "承诺人（签字）：" and rows[-1][1] is None


def test_batch170_register_library_and_notice():
    name = "tcm_hospital_register"
    (f,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    assert rows[1] == ["科室", f["department"], "岗位", f["title"], "工号", "0317"]
    assert rows[2][:4] == ["姓名", f["person"], "岗位风险等级", "Ⅱ级"]
    assert rows[2][4] == "登记日期" and isinstance(rows[2][5], datetime)
    got = BATCH.by_heading(name, {"point": "风险点"}, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in f["risks"]]
    head = BATCH.header(name)
    assert {r[5] for r in rows[head + 1 :] if r[3] in ROMAN} == {"科主任"}

    name = "library_duties_then_risks"
    (f,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    assert rows[1] == ["姓名", f["person"], "部门", f["department"], "岗位", f["title"]]
    duties = BATCH.header(name)
    assert rows[duties - 1][0] == "一、岗位职责" and rows[duties][:2] == ["序号", "职责内容"]
    risks = _row_of(rows, "二、廉政风险点及防控措施") + 1
    assert [r[0] for r in rows[duties + 1 : risks - 1]] == [1, 2, 3]
    assert not {r[1] for r in rows[duties + 1 : risks - 1]} & {p["risk_point"] for p in f["risks"]}
    got = BATCH.by_heading(name, {"point": "风险点"}, head=risks, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", head=risks) == [p["types"] for p in f["risks"]]

    name = "medical_insurance_notice"
    (f,) = BY_NAME[name]["truth"]
    rows = BATCH.filled(name)
    assert rows[1] == ["告知对象", f["person"], "所在股室", f["department"], "岗位", f["title"]]
    assert not any(c in ("姓名", "持卡人", "责任人") for c in _cells(name))
    got = BATCH.by_heading(name, {"point": "风险点"}, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in f["risks"]]
    assert rows[-1][:5] == ["告知人（签字）：", None, "被告知人（签字）：", None, "告知日期："]
    assert isinstance(rows[-1][5], datetime)


def test_hundred_and_seventieth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
