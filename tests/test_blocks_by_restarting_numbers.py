"""A list with no 科室, 岗位 or 姓名 column whose ``序号`` starts again at 1 for each holder's
block (1 2 3 | 1 2 | 1 2), with a line above or under it (``说明：…``, ``注：…``) naming as many
holders in order after an order word (``依次为``, ``分别为``): the k-th block is the k-th holder's
(post and name, or the post alone). A line naming another number of holders leaves the list as it
was, warned; a list numbered once, or restarting under group rows, is read as before.

Not the published batch's file (a 旗's 经济普查办公室 with 普查办主任 … 普查员, ``高/中/低`` and the
``说明`` line above a one-row heading): a county's 水土保持监督站, 农村经营管理站 and 林木种苗站,
other posts and names, ``一级/二级/三级``, ``★★★/★★/★`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, a two-row heading,
an extra ``备注`` column and the line under the table, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_post_name_pairs_above_a_one_row_heading(tmp_path):
    got = run(tmp_path, [
        ["某县水土保持监督站廉政风险点清单"],
        ["说明：本表按岗位分段编号，各段依次为：站长 钭沄翀，副站长 佴霂岚，监督员 劭琤远。"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "生产建设项目水土保持方案审批不按程序", "一级", "审批事项集体研究，结果公开。"],
        [2, "水土保持补偿费减免不按规定", "一级", "减免事项报局党组审定。"],
        [1, "监督检查发现问题不督促整改", "二级", "建立问题清单，限期销号。"],
        [2, "验收核查降低标准", "二级", "验收由两人以上共同核查。"],
        [1, "现场检查接受管理对象宴请", "三级", "执行廉洁纪律，检查记录双签字。"],
        [2, "违法案件线索不移交", "二级", "线索登记台账，定期核对。"],
        [3, "检查资料泄露给施工单位", "三级", "检查资料专人保管。"],
        ["填表：", None, "审核：", "2025年5月"],
    ], ["A1:D1", "A2:D2"])  # fmt: skip
    assert read(got) == sorted([
        ("站长", "钭沄翀", "生产建设项目水土保持方案审批不按程序", "Ⅰ级"),
        ("站长", "钭沄翀", "水土保持补偿费减免不按规定", "Ⅰ级"),
        ("副站长", "佴霂岚", "监督检查发现问题不督促整改", "Ⅱ级"),
        ("副站长", "佴霂岚", "验收核查降低标准", "Ⅱ级"),
        ("监督员", "劭琤远", "现场检查接受管理对象宴请", "Ⅲ级"),
        ("监督员", "劭琤远", "违法案件线索不移交", "Ⅱ级"),
        ("监督员", "劭琤远", "检查资料泄露给施工单位", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_RESTARTS" in codes(got)
    assert set(got.risks["department"]) <= {"", "某县水土保持监督站"}  # (no 科室 '监督站')
    no_errors(got)


def test_posts_only_under_a_two_row_heading_with_an_extra_column(tmp_path):
    got = run(tmp_path, [
        ["某镇农村经营管理站岗位廉政风险防控清单"],
        ["（本清单分段编号，各段分别为站长、会计、出纳）"],
        ["序号", "风险内容", None, "防控措施", "备注"],
        [None, "风险点", "等级", None, None],
        [1, "农村集体资产清产核资弄虚作假", "★★★", "清产核资结果村民代表会议确认。", None],
        [2, "土地承包经营权流转合同审查不严", "★★", "流转合同逐份审查登记。", None],
        [1, "村级财务代理记账原始凭证审核不严", "★★", "凭证审核留痕，月度抽查。", None],
        [2, "集体资金支付不按审批程序", "★★★", "大额支付须镇经管站长签字。", None],
        [1, "坐支挪用集体现金", "★★★", "现金日清月结，定期盘点。", "重点"],
        [2, "现金日记账登记不及时", "★", "每日登记，站长每周核对。", None],
    ], ["A1:E1", "A2:E2", "A3:A4", "B3:C3", "D3:D4", "E3:E4"])  # fmt: skip
    assert read(got) == sorted([
        ("站长", "", "农村集体资产清产核资弄虚作假", "Ⅰ级"),
        ("站长", "", "土地承包经营权流转合同审查不严", "Ⅱ级"),
        ("会计", "", "村级财务代理记账原始凭证审核不严", "Ⅱ级"),
        ("会计", "", "集体资金支付不按审批程序", "Ⅰ级"),
        ("出纳", "", "坐支挪用集体现金", "Ⅰ级"),
        ("出纳", "", "现金日记账登记不及时", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_names_glued_to_posts_in_a_note_under_the_table(tmp_path):
    got = run(tmp_path, [
        ["某县林木种苗站廉政风险点一览表"],
        ["序号", "风险点", "风险级别", "防控措施"],
        [1, "林木种子生产经营许可证核发不按条件", "Ⅰ级", "许可条件公开，审批集体研究。"],
        [2, "种苗质量抽检结果弄虚作假", "Ⅰ级", "抽检样品编码盲检。"],
        [1, "良种补贴资金发放优亲厚友", "Ⅱ级", "补贴名单公示七天。"],
        [2, "苗木调运检疫把关不严", "Ⅲ级", "检疫记录双人签字。"],
        [1, "种苗购销中收受回扣", "Ⅱ级", "采购比价三家以上。"],
        ["注：各段依次为主任卞霁川、副主任仉沐阳、技术员鄂琤淏。"],
    ], ["A1:D1", "A8:D8"])  # fmt: skip
    assert read(got) == sorted([
        ("主任", "卞霁川", "林木种子生产经营许可证核发不按条件", "Ⅰ级"),
        ("主任", "卞霁川", "种苗质量抽检结果弄虚作假", "Ⅰ级"),
        ("副主任", "仉沐阳", "良种补贴资金发放优亲厚友", "Ⅱ级"),
        ("副主任", "仉沐阳", "苗木调运检疫把关不严", "Ⅲ级"),
        ("技术员", "鄂琤淏", "种苗购销中收受回扣", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_RESTARTS" in codes(got)
    no_errors(got)


def test_names_only_under_an_office_of_a_leading_group_lend_no_office_as_a_department(tmp_path):
    # the unit is the title's whole body ('…领导小组办公室'): its 办公室 is no 科室 of it
    got = run(tmp_path, [
        ["乌审旗乡村振兴领导小组办公室廉政风险点清单"],
        ["说明：按人员分段编号，顺序为：慕容沅芷；宓瀛曈；郗澂翾"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "衔接资金项目安排优亲厚友", "一级", "项目库公示，集体研究。"],
        [1, "监测对象识别把关不严", "二级", "入户核实，村级公示。"],
        [2, "帮扶政策落实台账弄虚作假", "二级", "台账月度抽查。"],
        [1, "驻村工作队考勤不实", "三级", "考勤系统打卡。"],
    ], ["A1:D1", "A2:D2"])  # fmt: skip
    r = got.risks
    assert sorted(zip(r["department"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("", "慕容沅芷", "衔接资金项目安排优亲厚友"),
        ("", "宓瀛曈", "监测对象识别把关不严"),
        ("", "宓瀛曈", "帮扶政策落实台账弄虚作假"),
        ("", "郗澂翾", "驻村工作队考勤不实"),
    ])  # fmt: skip
    no_errors(got)
    plain = run(tmp_path / "plain", [
        ["鄂托克旗第七次全国人口普查领导小组办公室岗位廉政风险防控清单"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "主任", "卞霁川", "普查经费使用不规范", "一级", "经费支出集体审定。"],
        [2, "副主任", "仉沐阳", "普查员选聘优亲厚友", "二级", "选聘结果公示。"],
    ], ["A1:F1"])  # fmt: skip
    assert set(plain.risks["department"]) == {""}


def test_a_line_naming_another_number_of_holders_is_warned_and_the_list_read_as_before(tmp_path):
    got = run(tmp_path, [
        ["某县林木种苗站廉政风险点一览表"],
        ["说明：各段依次为：主任 卞霁川，副主任 仉沐阳。"],
        ["序号", "风险点", "风险级别", "防控措施"],
        [1, "林木种子生产经营许可证核发不按条件", "Ⅰ级", "许可条件公开，审批集体研究。"],
        [1, "良种补贴资金发放优亲厚友", "Ⅱ级", "补贴名单公示七天。"],
        [2, "苗木调运检疫把关不严", "Ⅲ级", "检疫记录双人签字。"],
        [1, "种苗购销中收受回扣", "Ⅱ级", "采购比价三家以上。"],
    ], ["A1:D1", "A2:D2"])  # fmt: skip
    assert {(t, p) for t, p, _x, _y in read(got)} == {("", "")}
    assert len(got.risks) == 4
    assert "RESTART_HOLDERS_UNMATCHED" in codes(got)
    assert "HOLDERS_BY_RESTARTS" not in codes(got)
    no_errors(got)


def test_numbers_restarting_under_group_rows_stay_the_groups(tmp_path):
    got = run(tmp_path, [
        ["某县水土保持监督站廉政风险点清单"],
        ["说明：本表按科室分组编号，各组依次为：办公室、监督股。"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        ["一、办公室"],
        [1, "办公用品采购不比价", "二级", "采购比价，集体审定。"],
        [2, "公务用车私用", "三级", "派车登记，定期核查。"],
        ["二、监督股"],
        [1, "监督检查发现问题不督促整改", "二级", "建立问题清单，限期销号。"],
        [2, "验收核查降低标准", "一级", "验收由两人以上共同核查。"],
        ["三、技术股"],
        [1, "监测数据弄虚作假", "一级", "数据自动采集上传。"],
    ], ["A1:D1", "A2:D2", "A4:D4", "A7:D7", "A10:D10"])  # fmt: skip
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("办公室", "", "", "办公用品采购不比价"),
        ("办公室", "", "", "公务用车私用"),
        ("监督股", "", "", "监督检查发现问题不督促整改"),
        ("监督股", "", "", "验收核查降低标准"),
        ("技术股", "", "", "监测数据弄虚作假"),
    ])  # fmt: skip
    assert "HOLDERS_BY_RESTARTS" not in codes(got)
    assert "RESTART_HOLDERS_UNMATCHED" not in codes(got)
    no_errors(got)


def test_a_list_numbered_once_under_a_line_of_the_leaders_names_no_holder(tmp_path):
    got = run(tmp_path, [
        ["某镇农村经营管理站廉政风险点清单"],
        ["说明：本站领导班子成员依次为：站长 钭沄翀，副站长 佴霂岚，会计 劭琤远。"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "农村集体资产清产核资弄虚作假", "一级", "清产核资结果村民代表会议确认。"],
        [2, "土地承包经营权流转合同审查不严", "二级", "流转合同逐份审查登记。"],
        [3, "集体资金支付不按审批程序", "一级", "大额支付须站长签字。"],
        [4, "现金日记账登记不及时", "三级", "每日登记，站长每周核对。"],
    ], ["A1:D1", "A2:D2"])  # fmt: skip
    assert {(t, p) for t, p, _x, _y in read(got)} == {("", "")}
    assert len(got.risks) == 4
    assert not codes(got) & {"HOLDERS_BY_RESTARTS", "RESTART_HOLDERS_UNMATCHED"}
    no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_RESTARTS", "RESTART_HOLDERS_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


_REV103_LIST = [
    ["某县统计局廉政风险点清单"],
    ["序号", "廉政风险点", "风险等级", "防控措施"],
    [1, "公务接待超标准", "二级", "接待审批"],
    [2, "办公用品采购不比价", "三级", "比价"],
    [1, "统计数据弄虚作假", "一级", "数据双审"],
    [2, "泄露调查对象信息", "三级", "保密"],
    [1, "虚列支出", "一级", "双审"],
]
_REV103_READ = sorted([
    ("", "", "公务接待超标准", "Ⅱ级"),
    ("", "", "办公用品采购不比价", "Ⅲ级"),
    ("", "", "统计数据弄虚作假", "Ⅰ级"),
    ("", "", "泄露调查对象信息", "Ⅲ级"),
    ("", "", "虚列支出", "Ⅰ级"),
])  # fmt: skip


def test_what_the_hundred_and_third_review_found_a_sign_off_line_names_no_blocks_holders(tmp_path):
    got = run(tmp_path, [
        *_REV103_LIST,
        ["注：本清单经局党组会议审定，审核人依次为：局长 柏泠溪，副局长 童屿澈，副局长 郁沐岚。"],
    ], ["A1:D1", "A8:D8"])  # fmt: skip
    assert read(got) == _REV103_READ
    assert not codes(got) & {"HOLDERS_BY_RESTARTS", "RESTART_HOLDERS_UNMATCHED"}
    no_errors(got)


def test_what_the_hundred_and_third_review_found_blocks_by_department_are_no_holders(tmp_path):
    for line in (
        "说明：本表按科室分段编号（办公室、统计股、财务股），局领导依次为：局长 柏泠溪，副局长 童屿澈，副局长 郁沐岚。",
        "说明：局领导分工依次为：局长 柏泠溪，副局长 童屿澈，副局长 郁沐岚。",
        "说明：本表分段编号，局领导依次为：局长 柏泠溪，副局长 童屿澈，副局长 郁沐岚。",
    ):
        got = run(tmp_path / str(len(line)), [
            _REV103_LIST[0], [line], *_REV103_LIST[1:],
        ], ["A1:D1", "A2:D2"])  # fmt: skip
        assert read(got) == _REV103_READ, line
        assert not codes(got) & {"HOLDERS_BY_RESTARTS", "RESTART_HOLDERS_UNMATCHED"}, line
        no_errors(got)
    # (the blocks tied to the line by '各段': the holders, as before)
    got = run(tmp_path / "ok", [
        _REV103_LIST[0],
        ["说明：本表按岗位分段编号，各段依次为：局长 柏泠溪，副局长 童屿澈，副局长 郁沐岚。"],
        *_REV103_LIST[1:],
    ], ["A1:D1", "A2:D2"])  # fmt: skip
    assert read(got) == sorted([
        ("局长", "柏泠溪", "公务接待超标准", "Ⅱ级"),
        ("局长", "柏泠溪", "办公用品采购不比价", "Ⅲ级"),
        ("副局长", "童屿澈", "统计数据弄虚作假", "Ⅰ级"),
        ("副局长", "童屿澈", "泄露调查对象信息", "Ⅲ级"),
        ("副局长", "郁沐岚", "虚列支出", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_RESTARTS" in codes(got)
