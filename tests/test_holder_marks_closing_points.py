"""A list with no 科室, 岗位 or 姓名 column whose points each close with one or more marks
('…未经集体研究●', '…不按规定留样◎□', '…以次充好（B）', '…（A、C）') that a legend under, above
or beside the list resolves to holders ('注：●—疾控中心主任　宓霁桐；◎—检验科　科长　戚砚澄；…'):
each point is a point of every holder its marks stand for (one form a holder), the marks taken
off its text. Marks a legend makes levels ('标“★”的为一级风险点') or explains as something else
('※为本年度新增风险点') stay as before.

Not the published batch's list (a 公务用车服务中心 with ``※ △ ◇ ○`` and a ``注：`` line under it,
高/中/低): a county's 疾病预防控制中心 and a 住房公积金管理中心, other posts and names, the marks
``● ◎ □ ☆`` and letters in brackets, the legend one entry a row, with ``为``, or above the list,
two heading rows with the level as ticks, an extra 备注 column; written with xlsxwriter
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


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "marks.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> set[tuple[str, str]]:
    r = got.risks
    return set(zip(r["department"], r["person"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    assert not (
        set(got.issues[got.issues["severity"] == "error"]["code"]) if len(got.issues) else set()
    )


def test_one_mark_a_point_under_a_dashed_legend(tmp_path):
    rows = [["XX县疾病预防控制中心岗位廉政风险点一览表"],
            ["序号", "风险点", "风险类别", "风险等级", "防控措施"],
            [1, "大额疫苗采购未经集体研究●", "制度机制风险", "一级", "采购事项提交主任办公会集体研究。"],
            [2, "检测样品不按规定留样，篡改检测数据◎", "岗位职责风险", "一级", "留样登记，数据双人复核。"],
            [3, "冷链运输温度记录造假□", "业务流程风险", "二级", "温度记录仪实时上传平台。"],
            [4, "接受生产企业宴请", "思想道德风险", "三级", "签订廉洁承诺书。"],
            ["注：风险点后的符号为责任人：●—中心主任　宓霁桐；◎—检验科　科长　戚砚澄；□—免疫规划科　冷链管理员　隗晏清。"],
            ["填表人：", None, "审核人：", None, "2025年5月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A7:E7"])
    assert read(got) == sorted([
        ("中心主任", "宓霁桐", "大额疫苗采购未经集体研究", "Ⅰ级"),
        ("科长", "戚砚澄", "检测样品不按规定留样，篡改检测数据", "Ⅰ级"),
        ("冷链管理员", "隗晏清", "冷链运输温度记录造假", "Ⅱ级"),
        ("", "", "接受生产企业宴请", "Ⅲ级"),  # (no mark: the unit's, as read)
    ])  # fmt: skip
    assert ("检验科", "戚砚澄") in depts(got) and ("免疫规划科", "隗晏清") in depts(got)
    assert "HOLDER_MARKS" in codes(got)
    no_errors(got)


def test_two_marks_a_point_legend_a_row_an_entry_ticked_levels(tmp_path):
    rows = [["XX县疾病预防控制中心检验检测岗位廉政风险排查表"],
            ["序号", "廉政风险点", "风险等级", None, None, "防控措施"],
            [None, None, "高", "中", "低", None],
            [1, "检测报告出具前不经审核签发◎☆", "√", None, None, "报告三级审核。"],
            [2, "试剂耗材验收走过场，以次充好☆", None, "√", None, "验收双人签字。"],
            [3, "外送检测单位选择暗箱操作●◎", "√", None, None, "外送单位集体比选。"],
            [4, "检测收费不开票据。", None, None, "√", "收费统一开票入账。"],
            ["符号说明："],
            ["●为中心主任宓霁桐"],
            ["◎为检验科科长戚砚澄"],
            ["☆为检验科检验员靳昭野"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("科长", "戚砚澄", "检测报告出具前不经审核签发", "Ⅰ级"),
        ("检验员", "靳昭野", "检测报告出具前不经审核签发", "Ⅰ级"),
        ("检验员", "靳昭野", "试剂耗材验收走过场，以次充好", "Ⅱ级"),
        ("中心主任", "宓霁桐", "外送检测单位选择暗箱操作", "Ⅰ级"),
        ("科长", "戚砚澄", "外送检测单位选择暗箱操作", "Ⅰ级"),
        ("", "", "检测收费不开票据。", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_MARKS" in codes(got)
    no_errors(got)


def test_letters_in_brackets_under_a_legend_above_with_an_extra_column(tmp_path):
    rows = [["XX县住房公积金管理中心廉政风险防控清单"],
            ["责任人代号：（A）：中心主任　郗沐岚；（B）：归集科　科长　乜清漪；（C）：信贷科　审核员　靳昭野"],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施", "备注"],
            [1, "违规为不符合条件的职工办理提取（A、C）", "业务流程风险", "高", "提取业务系统校验，双人复核。", None],
            [2, "单位缓缴、降低比例审批把关不严（B）", "制度机制风险", "中", "缓缴申请提交主任办公会。", "新增"],
            [3, "贷款资料审查放松，骗贷未发现（C）", "岗位职责风险", "高", "贷款面签，征信必查。", None],
            [4, "收受开发商、中介礼品礼金（A）（B）", "思想道德风险", "低", "节前廉洁提醒。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == sorted([
        ("中心主任", "郗沐岚", "违规为不符合条件的职工办理提取", "Ⅰ级"),
        ("审核员", "靳昭野", "违规为不符合条件的职工办理提取", "Ⅰ级"),
        ("科长", "乜清漪", "单位缓缴、降低比例审批把关不严", "Ⅱ级"),
        ("审核员", "靳昭野", "贷款资料审查放松，骗贷未发现", "Ⅰ级"),
        ("中心主任", "郗沐岚", "收受开发商、中介礼品礼金", "Ⅲ级"),
        ("科长", "乜清漪", "收受开发商、中介礼品礼金", "Ⅲ级"),
    ])  # fmt: skip
    assert ("归集科", "乜清漪") in depts(got) and ("信贷科", "靳昭野") in depts(got)
    no_errors(got)


def test_circled_numbers_with_no_dash_in_a_说明_line(tmp_path):
    rows = [["XX县水务局廉政风险点一览表"],
            ["序号", "风险点", "风险类别", "风险等级", "防控措施"],
            [1, "河道采砂许可违规审批①", "制度机制风险", "一级", "集体研究。"],
            [2, "水资源费征收减免不规范②", "岗位职责风险", "二级", "公示。"],
            [3, "工程验收走过场①②", "业务流程风险", "二级", "联合验收。"],
            ["说明：①水利工程股　股长　濮阳澈；②水政监察大队　大队长　闵岫青。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert read(got) == sorted([
        ("股长", "濮阳澈", "河道采砂许可违规审批", "Ⅰ级"),
        ("大队长", "闵岫青", "水资源费征收减免不规范", "Ⅱ级"),
        ("股长", "濮阳澈", "工程验收走过场", "Ⅱ级"),
        ("大队长", "闵岫青", "工程验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got) == {("水利工程股", "濮阳澈"), ("水政监察大队", "闵岫青")}
    no_errors(got)


def test_a_mark_the_legend_leaves_out_stays_with_a_warning(tmp_path):
    rows = [["XX县疾病预防控制中心岗位廉政风险点一览表"],
            ["序号", "风险点", "风险类别", "风险等级", "防控措施"],
            [1, "大额疫苗采购未经集体研究●", "制度机制风险", "一级", "集体研究。"],
            [2, "检测样品不按规定留样◎", "岗位职责风险", "二级", "留样登记。"],
            ["注：●—中心主任　宓霁桐。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("中心主任", "宓霁桐", "大额疫苗采购未经集体研究", "Ⅰ级"),
        ("", "", "检测样品不按规定留样◎", "Ⅱ级"),
    ])  # fmt: skip
    assert {"HOLDER_MARKS", "HOLDER_CODE_UNCLEAR"} <= codes(got)
    no_errors(got)


def test_marks_the_legend_makes_levels_stay_levels(tmp_path):
    rows = [["XX县住房公积金管理中心廉政风险点清单"],
            ["序号", "风险点", "风险类型", "防控措施"],
            [1, "违规办理提取★", "业务流程风险", "系统校验。"],
            [2, "贷款审查走过场☆", "岗位职责风险", "面签。"],
            [3, "接受中介宴请", "思想道德风险", "廉洁提醒。"],
            ["注：风险点后标“★”的为一级风险点，标“☆”的为二级风险点，未标注的为三级风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == sorted([
        ("", "", "违规办理提取", "Ⅰ级"),
        ("", "", "贷款审查走过场", "Ⅱ级"),
        ("", "", "接受中介宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_MARKS" not in codes(got) and "LEVEL_MARKS" in codes(got)
    no_errors(got)


def test_circled_numbers_the_note_makes_levels_stay_levels(tmp_path):
    rows = [["XX县水务局廉政风险点一览表"],
            ["序号", "风险点", "风险类别", "防控措施"],
            [1, "河道采砂许可违规审批①", "制度机制风险", "集体研究。"],
            [2, "水资源费征收减免不规范", "岗位职责风险", "公示。"],
            ["注：风险点后标注①的为一级风险，未标注的为二级风险。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A5:D5"])
    assert read(got) == sorted([
        ("", "", "河道采砂许可违规审批", "Ⅰ级"),
        ("", "", "水资源费征收减免不规范", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_MARKS" not in codes(got)
    no_errors(got)


def test_a_footnote_mark_explained_by_a_note_names_no_holder(tmp_path):
    rows = [["XX县疾病预防控制中心廉政风险点一览表"],
            ["序号", "风险点", "风险类别", "风险等级", "防控措施"],
            [1, "疫苗出入库不登记，账实不符※", "业务流程风险", "二级", "出入库扫码登记。"],
            [2, "检测数据随意修改", "岗位职责风险", "一级", "数据留痕。"],
            ["注：※—本年度新增风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("", "", "疫苗出入库不登记，账实不符※", "Ⅱ级"),
        ("", "", "检测数据随意修改", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"HOLDER_MARKS", "HOLDER_CODE_UNCLEAR"} & codes(got)
    no_errors(got)


def test_the_code_is_catalogued():
    assert "HOLDER_MARKS" in CATALOGUE and "HOLDER_MARKS" in SHORT
