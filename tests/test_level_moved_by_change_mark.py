"""A yearly update table giving last year's level (``上年风险等级``, ``去年评定``, ``2024年等级``) and
beside it how the grade moved (``等级变化``, ``调整``, ``升降``: ``↑``/``↓``/``—``, ``上调``/``下调``/
``不变``, ``↑1级``/``降``/``持平``), this year's grade written nowhere: each point's level is last
year's moved one grade (up more severe, ``二级`` ``↑`` → 一级); a mark moving past the top grade or
not understood keeps last year's, warned of by its cell (``LEVEL_CHANGE_MARK_UNCLEAR``); the
table said once (``LEVEL_BY_CHANGE_MARK``). A table with this year's level beside last year's,
or a 变化情况 column of other words beside a real 风险等级 column, reads as before.

Not the published batch's table (a banner's 人工影响天气作业站 with 站长/科长/弹药库管理员, one heading
row, ``一级/二级/三级``, ``↑/↓/—`` and a ``注：`` line): a county's 市场监督管理局, 疾病预防控制中心
and 公路养护中心, other posts and names, ``高/中/低`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` too, two heading rows,
post and name in one cell, an extra 风险类型 column, no note, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "调整表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return list(got.issues[got.issues["severity"] == "error"]["code"])


def test_arrows_beside_last_years_grade_under_a_note(tmp_path):
    rows = [["XX县市场监督管理局2025年度廉政风险点动态调整表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "上年风险等级", "等级变化", "防控措施"],
            [1, "局领导", "局长", "晏舒桐", "大额资金使用个人决定", "二级", "↑", "三重一大集体决策。"],
            [2, None, None, None, "特种设备检验机构选定不公开", "一级", "↑", "检验机构公开比选。"],
            [3, "稽查执法股", "股长", "郜澜汐", "案件查办降格处理", "三级", "↑", "案件集体审理，法制审核。"],
            [4, None, None, None, "罚没物品处置不规范", "二级", "↓", "罚没物品公开拍卖。"],
            [5, "登记注册股", "登记员", "宦若杉", "企业登记材料审核放宽", "三级", "—", "一次告知，限时办结。"],
            ["注：“↑”表示较上年提高一级，“↓”表示较上年降低一级，“—”表示与上年相同。"],
            ["填表人：", None, None, "审核人：", None, None, "2025年2月"]]  # fmt: skip
    got = run(tmp_path, rows, ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6", "A8:H8"])
    assert read(got) == sorted([
        ("局长", "晏舒桐", "大额资金使用个人决定", "Ⅰ级"),
        # (already the top grade: stays, its cell warned of)
        ("局长", "晏舒桐", "特种设备检验机构选定不公开", "Ⅰ级"),
        ("股长", "郜澜汐", "案件查办降格处理", "Ⅱ级"),
        ("股长", "郜澜汐", "罚没物品处置不规范", "Ⅲ级"),
        ("登记员", "宦若杉", "企业登记材料审核放宽", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_BY_CHANGE_MARK"]
    assert len(said) == 1
    assert "上年风险等级" in said["message"].iloc[0] and "等级变化" in said["message"].iloc[0]
    warned = got.issues[got.issues["code"] == "LEVEL_CHANGE_MARK_UNCLEAR"]
    assert list(warned["cell"]) == ["G4"]
    assert not errors(got)


def test_words_up_and_down_under_two_heading_rows_high_middle_low(tmp_path):
    rows = [["XX县疾病预防控制中心岗位廉政风险等级调整表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", None, "防控措施"],
            [None, None, None, None, None, "去年评定", "调整", None],
            [1, "检验科", "科长", "褚沐晴", "检测试剂采购指定品牌", "中", "上调", "试剂采购集体议价。"],
            [2, "检验科", "科长", "褚沐晴", "检测报告出具不严", "高", "下调", "报告双人复核。"],
            [3, "免疫规划科", "科长", "聂星澈", "疫苗出入库账实不符", "低", "不变", "每月盘点，双人签字。"],
            [4, "免疫规划科", "科长", "聂星澈", "冷链设备维修虚报", "低", "上调", "维修凭单验收。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:H3"])
    assert read(got) == sorted([
        ("科长", "褚沐晴", "检测试剂采购指定品牌", "Ⅰ级"),
        ("科长", "褚沐晴", "检测报告出具不严", "Ⅱ级"),
        ("科长", "聂星澈", "疫苗出入库账实不符", "Ⅲ级"),
        ("科长", "聂星澈", "冷链设备维修虚报", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_CHANGE_MARK" in codes(got)
    assert "LEVEL_CHANGE_MARK_UNCLEAR" not in codes(got)
    assert not errors(got)


def test_a_years_grade_beside_rise_and_fall_roman_no_note_and_a_type_column(tmp_path):
    rows = [["XX县公路养护中心廉政风险点清单（2025年修订）"],
            ["序号", "岗位（姓名）", "风险点", "风险类型", "2024年等级", "升降", "防控措施"],
            [1, "主任（阙沛然）", "养护工程发包化整为零", "岗位职责风险", "Ⅱ级", "↑1级", "工程发包集体研究。"],
            [2, "主任（阙沛然）", "路政赔补偿费减免随意", "制度机制风险", "Ⅲ级", "持平", "减免报班子审批。"],
            [3, "材料员（蒯芷岚）", "沥青材料验收以次充好", "岗位职责风险", "Ⅱ级", "降", "材料抽检送检。"],
            [4, "材料员（蒯芷岚）", "废旧材料变卖不入账", "思想道德风险", "Ⅲ级", "↑", "变卖收入全额入账。"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("主任", "阙沛然", "养护工程发包化整为零", "Ⅰ级"),
        ("主任", "阙沛然", "路政赔补偿费减免随意", "Ⅲ级"),
        ("材料员", "蒯芷岚", "沥青材料验收以次充好", "Ⅲ级"),
        ("材料员", "蒯芷岚", "废旧材料变卖不入账", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_CHANGE_MARK" in codes(got)
    assert not errors(got)


def test_arrows_and_step_words_mixed_in_an_adjustment_column(tmp_path):
    # ('等级调整' is read as an adjusted column too: its step words and '定为' move or set the
    # level once, its arrows by the marks)
    rows = [["XX县住房公积金管理中心廉政风险点年度调整表"],
            ["序号", "岗位", "姓名", "风险点", "原风险等级", "等级调整", "防控措施"],
            [1, "主任", "勾沐言", "贷款审批打招呼", "中", "↑", "贷审会集体审批。"],
            [2, "主任", "勾沐言", "资金存放银行暗箱操作", "高", "下调一级", "存放银行竞争性选择。"],
            [3, "提取审核员", "仉予安", "提取材料审核放宽", "低", "↑", "提取系统比对，抽查复核。"],
            [4, "提取审核员", "仉予安", "违规办理异地转移", None, "本年新增，定为三级", "转移业务双人复核。"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("主任", "勾沐言", "贷款审批打招呼", "Ⅰ级"),
        ("主任", "勾沐言", "资金存放银行暗箱操作", "Ⅱ级"),
        ("提取审核员", "仉予安", "提取材料审核放宽", "Ⅱ级"),
        ("提取审核员", "仉予安", "违规办理异地转移", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_CHANGE_MARK" in codes(got)
    assert "LEVEL_CHANGE_MARK_UNCLEAR" not in codes(got)
    assert not errors(got)


def test_this_years_grade_beside_last_years_is_read_as_it_is(tmp_path):
    # (a column of this year's level: the marks only say how it came about)
    rows = [["XX县粮食储备库廉政风险点调整表"],
            ["序号", "岗位", "姓名", "风险点", "上年等级", "本年等级", "等级变化", "防控措施"],
            [1, "主任", "訾润泽", "粮食轮换价格暗箱操作", "二级", "一级", "↑", "轮换竞价交易。"],
            [2, "保管员", "蔺知夏", "出入库数量虚报", "一级", "二级", "↓", "出入库地磅称重。"],
            [3, "保管员", "蔺知夏", "药剂熏蒸记录补造", "三级", "三级", "—", "熏蒸全程录像。"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("主任", "訾润泽", "粮食轮换价格暗箱操作", "Ⅰ级"),
        ("保管员", "蔺知夏", "出入库数量虚报", "Ⅱ级"),
        ("保管员", "蔺知夏", "药剂熏蒸记录补造", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"LEVEL_BY_CHANGE_MARK", "LEVEL_CHANGE_MARK_UNCLEAR"} & codes(got)
    assert not errors(got)


def test_a_change_column_of_other_words_beside_a_real_level_column(tmp_path):
    rows = [["XX县文化馆廉政风险点排查表"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "变化情况", "防控措施"],
            [1, "馆长", "殳映雪", "非遗项目申报暗箱操作", "一级", "新增", "申报材料公示。"],
            [2, "会计", "郦书禾", "演出劳务费虚列", "二级", "保留", "劳务费凭签收单发放。"],
            [3, "会计", "郦书禾", "培训收费不入账", "三级", "上调", "收费统一票据。"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("馆长", "殳映雪", "非遗项目申报暗箱操作", "Ⅰ级"),
        ("会计", "郦书禾", "演出劳务费虚列", "Ⅱ级"),
        ("会计", "郦书禾", "培训收费不入账", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"LEVEL_BY_CHANGE_MARK", "LEVEL_CHANGE_MARK_UNCLEAR"} & codes(got)
    assert not errors(got)


def test_the_codes_are_catalogued_and_named():
    for code in ("LEVEL_BY_CHANGE_MARK", "LEVEL_CHANGE_MARK_UNCLEAR"):
        assert code in CATALOGUE and code in SHORT
    assert CATALOGUE["LEVEL_BY_CHANGE_MARK"][0] == "info"
    assert CATALOGUE["LEVEL_CHANGE_MARK_UNCLEAR"][0] == "warning"


def _levels(got) -> list[str]:
    """The levels in the rows' order (points 1–4)."""
    by = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    return [by[p] for p in ("大额资金个人决定", "案件降格处理", "罚没物品处置", "登记材料审核放宽")]


def _dynamic(level_head: str, mark_head: str, marks: list[str], title: str) -> list[list]:
    grades = ["一级", "三级", "二级", "三级"]
    return [[title],
            ["序号", "岗位", "姓名", "风险点", level_head, mark_head, "防控措施"],
            [1, "局长", "晏舒桐", "大额资金个人决定", grades[0], marks[0], "集体决策。"],
            [2, "股长", "郜澜汐", "案件降格处理", grades[1], marks[1], "集体审理。"],
            [3, "股长", "郜澜汐", "罚没物品处置", grades[2], marks[2], "公开拍卖。"],
            [4, "登记员", "宦若杉", "登记材料审核放宽", grades[3], marks[3], "限时办结。"]]  # fmt: skip


def test_what_the_hundred_and_second_review_found_this_years_grade_by_its_year(tmp_path):
    # '2025年风险等级' under a 2025 caption, '本年（2025年）风险等级', '风险等级（2025年评定）' with no
    # caption year: this year's grade, written; the marks beside say how it moved, not how to move it
    marks = ["↑", "↓", "↑", "—"]
    for i, (lh, mh, title) in enumerate([
        ("2025年风险等级", "较上年变化", "XX县局2025年度廉政风险点排查表"),
        ("2025年度风险等级", "等级变化", "XX县局2025年度廉政风险点排查表"),
        ("本年（2025年）风险等级", "变化情况", "XX县局廉政风险点排查表"),
        ("风险等级（2025年评定）", "升降", "XX县局廉政风险点排查表"),
    ]):  # fmt: skip
        got = run(tmp_path / str(i), _dynamic(lh, mh, marks, title), ["A1:G1"])
        assert _levels(got) == ["Ⅰ级", "Ⅲ级", "Ⅱ级", "Ⅲ级"], (lh, read(got))
        assert not codes(got) & {"LEVEL_BY_CHANGE_MARK", "LEVEL_CHANGE_MARK_UNCLEAR"}, lh


def test_what_the_hundred_and_second_review_found_mark_headings_and_a_new_point(tmp_path):
    # the mark column headed with its marks in a bracket, '升/降', '变化趋势', '较2024年变化'
    for i, mh in enumerate(
        ["等级变化（↑/↓/—）", "等级升降（↑↓）", "变化趋势", "升/降", "较2024年变化"]
    ):
        got = run(
            tmp_path / str(i),
            _dynamic("上年风险等级", mh, ["↑", "↓", "↑", "—"], "XX县局"),
            ["A1:G1"],
        )
        assert _levels(got) == ["Ⅰ级", "Ⅲ级", "Ⅰ级", "Ⅲ级"], (mh, read(got))
    # one '新增' among four marks: the others still move, the new point's cell is warned
    got = run(tmp_path / "new", _dynamic("上年风险等级", "等级变化", ["↑", "新增", "↑", "—"], "XX县局"),
              ["A1:G1"])  # fmt: skip
    assert _levels(got) == ["Ⅰ级", "Ⅲ级", "Ⅰ级", "Ⅲ级"]
    assert "LEVEL_CHANGE_MARK_UNCLEAR" in codes(got)
