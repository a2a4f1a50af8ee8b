"""Section rows naming several holders who share every row under them: a list of ``序号 |
风险点 | 等级 | 防控措施`` with no post or name column, cut by rows merged across such as
'一、馆长　甘霁川和副馆长　冼沐阳共同承担' or '二、副馆长冼沐阳涉及'. Each row under such a section
is a point of every holder it names (one form a holder across the sections); a bracket after a
group word may list them ('三、班子成员（甘霁川、冼沐阳）均涉及的风险点', names an earlier section
paired with their posts; or post and name pairs). A section naming a 科室 ('一、办公室'), one
post's holder in a label ('一、出纳岗（责任人：…）') or a group word alone is read as before.

Not the published batch's file (a 县气象局's 领导班子 list, 局长/副局长/办公室主任, '、' joins and
'共同涉及', 高/中/低): a 县档案馆 and a 镇人民政府, other posts, names, level words (一级/二级/
三级, Ⅰ级/Ⅱ级), '和' joins, '（一）' numbering, an extra 备注 column, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDERS_SHARE_SECTION"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


ARCHIVES = [
    ["XX县档案馆领导班子廉政风险点清单"],
    ["序号", "风险点", "等级", "防控措施"],
    ["（一）馆长　甘霁川和副馆长　冼沐阳共同承担"],
    [1, "档案数字化外包项目指定承包商", "一级", "外包项目按政府采购程序公开招标。"],
    [2, "馆藏档案利用审批把关不严", "二级", "利用审批双人审核，登记备查。"],
    ["（二）副馆长冼沐阳涉及"],
    [3, "违规出借涉密档案", "一级", "涉密档案借阅经馆务会审批。"],
    ["（三）财务股股长　邝若溪、副馆长　冼沐阳共同承担"],
    [4, "专项经费支出审核不严", "二级", "大额支出集体研究，按季公开。"],
    ["编制：办公室", None, "审核：", None],
]
ARCHIVES_MERGES = ["A1:D1", "A3:D3", "A6:D6", "A8:D8"]


def test_each_row_goes_to_every_holder_its_section_names(tmp_path):
    got = run(tmp_path, ARCHIVES, ARCHIVES_MERGES)
    assert read(got) == sorted([
        ("馆长", "甘霁川", "档案数字化外包项目指定承包商", "Ⅰ级"),
        ("馆长", "甘霁川", "馆藏档案利用审批把关不严", "Ⅱ级"),
        ("副馆长", "冼沐阳", "档案数字化外包项目指定承包商", "Ⅰ级"),
        ("副馆长", "冼沐阳", "馆藏档案利用审批把关不严", "Ⅱ级"),
        ("副馆长", "冼沐阳", "违规出借涉密档案", "Ⅰ级"),
        ("副馆长", "冼沐阳", "专项经费支出审核不严", "Ⅱ级"),
        ("财务股股长", "邝若溪", "专项经费支出审核不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    told = got.issues[got.issues["code"] == CODE]
    assert len(told) == 1 and CODE in CATALOGUE and SHORT[CODE]
    assert "3 个分段行" in told.iloc[0]["message"] and "{" not in told.iloc[0]["message"]
    assert set(got.risks["department"]) <= {""}


def test_a_bracket_of_names_the_sections_above_paired(tmp_path):
    rows = [
        ["XX县档案馆领导班子廉政风险点清单"],
        ["序号", "风险点", "等级", "防控措施", "备注"],
        ["一、馆长　甘霁川本人涉及"],
        [1, "干部选拔任用搞“一言堂”", "Ⅰ级", "选人用人按程序集体研究。", None],
        ["二、副馆长　冼沐阳本人涉及"],
        [2, "档案鉴定销毁程序不规范", "Ⅱ级", "销毁清册报局审批，两人监销。", "新增"],
        ["三、班子成员（甘霁川、冼沐阳）均涉及的风险点"],
        [3, "公务接待超标准", "Ⅱ级", "接待清单逐次登记，按月公示。", None],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3", "A5:E5", "A7:E7"])
    assert read(got) == sorted([
        ("馆长", "甘霁川", "干部选拔任用搞“一言堂”", "Ⅰ级"),
        ("馆长", "甘霁川", "公务接待超标准", "Ⅱ级"),
        ("副馆长", "冼沐阳", "档案鉴定销毁程序不规范", "Ⅱ级"),
        ("副馆长", "冼沐阳", "公务接待超标准", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_bracket_of_posts_and_names_after_a_group_word(tmp_path):
    rows = [
        ["XX镇人民政府班子成员廉政风险防控表"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        ["一、全体班子成员（党委书记　阎沁棠、镇长　闾朗溪、纪委书记　阎若岫）共性风险"],
        [1, "“三重一大”事项不经集体研究", "一级", "重大事项一律上会，会议纪要存档。"],
        ["二、镇长闾朗溪、党委书记阎沁棠共同涉及"],
        [2, "惠农资金发放优亲厚友", "二级", "发放名单村组两级公示。"],
        [3, "工程项目化整为零规避招标", "一级", "项目立项后报县公共资源交易中心。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A3:D3", "A5:D5"])
    assert read(got) == sorted([
        ("党委书记", "阎沁棠", "“三重一大”事项不经集体研究", "Ⅰ级"),
        ("镇长", "闾朗溪", "“三重一大”事项不经集体研究", "Ⅰ级"),
        ("纪委书记", "阎若岫", "“三重一大”事项不经集体研究", "Ⅰ级"),
        ("镇长", "闾朗溪", "惠农资金发放优亲厚友", "Ⅱ级"),
        ("镇长", "闾朗溪", "工程项目化整为零规避招标", "Ⅰ级"),
        ("党委书记", "阎沁棠", "惠农资金发放优亲厚友", "Ⅱ级"),
        ("党委书记", "阎沁棠", "工程项目化整为零规避招标", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_sections_naming_a_keshi_stay_the_rows_keshi(tmp_path):
    rows = [
        ["XX县档案馆廉政风险点清单"],
        ["序号", "风险点", "等级", "防控措施"],
        ["一、办公室"],
        [1, "公车私用", "二级", "车辆派遣登记，定位监控。"],
        ["二、财务股"],
        [2, "报销单据审核不严", "一级", "票据逐张审核，双人复核。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A3:D3", "A5:D5"])
    r = got.risks
    assert sorted(zip(r["department"], r["person"], r["risk_point"], strict=True)) == [
        ("办公室", "", "公车私用"),
        ("财务股", "", "报销单据审核不严"),
    ]
    assert CODE not in set(got.issues["code"])
    no_errors(got)


def test_one_posts_holder_in_a_label_and_a_group_word_alone_as_before(tmp_path):
    rows = [
        ["XX县档案馆廉政风险点清单"],
        ["序号", "风险点", "等级", "防控措施"],
        ["一、出纳岗（责任人：邝若溪）"],
        [1, "挪用公款", "一级", "现金日清月结，定期盘点。"],
        ["二、出纳岗　邝若溪"],
        [2, "坐支现金", "二级", "收入当日存入银行。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A3:D3", "A5:D5"])
    assert read(got) == sorted([
        ("出纳岗", "邝若溪", "挪用公款", "Ⅰ级"),
        ("出纳岗", "邝若溪", "坐支现金", "Ⅱ级"),
    ])  # fmt: skip
    assert CODE not in set(got.issues["code"])
    no_errors(got)


def test_a_group_word_with_no_names_is_read_as_before(tmp_path):
    rows = [
        ["XX县档案馆领导班子廉政风险点清单"],
        ["序号", "风险点", "等级", "防控措施"],
        ["一、班子成员共同涉及"],
        [1, "公务接待超标准", "二级", "接待清单逐次登记，按月公示。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A3:D3"])
    assert len(got.risks) == 1
    assert not set(got.risks["person"]) - {""}
    assert CODE not in set(got.issues["code"])
    no_errors(got)
