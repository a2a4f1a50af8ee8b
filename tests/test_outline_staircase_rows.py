"""An outline (staircase) export: under a heading like '科室 | 岗位 | 姓名 | 序号 | 风险点 | 风险级别 |
防控措施' each level of the holder's tree stands alone on a row of its own in its own column (the 科室,
then the 岗位, then the 姓名, or two of them on one row), stepping down over the point rows, which fill
only the columns from 序号 on; nothing merged. The label rows head the points under them: no
POINT_BLANK for them, one info (OUTLINE_STAIRCASE) for the table; a holder row with no point under
it (the next row names the next holder, or the table ends) is still told.

The layouts here are not the published batch's (a county's 水利工程质量监督站, 科室/岗位/姓名 a row
each, 高/中/低): another unit and sector (a city's 疾病预防控制中心 and a 公共资源交易中心), other posts,
names and level words (一级/二级/三级, 高风险/中风险/低风险, Ⅰ级/Ⅱ级), a 单位 level above the 科室, 科室 and
岗位 on one row, two heading rows, a 序号 restarting per holder and an extra 备注 column, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ERROR, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "台账"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> set[tuple[str, str]]:
    r = got.risks
    return set(zip(r["title"], r["department"], strict=True))


def cells(got, code: str) -> list[str]:
    return sorted(got.issues[got.issues["code"] == code]["cell"])


def no_errors(got) -> None:
    assert not (got.issues["severity"] == ERROR).any(), got.issues
    assert not {"ROW_UNPLACED", "FILE_NO_FORM"} & set(got.issues["code"])


def test_the_code_is_catalogued():
    assert "OUTLINE_STAIRCASE" in CATALOGUE and "OUTLINE_STAIRCASE" in SHORT


def test_unit_over_keshi_over_post_a_row_each(tmp_path):
    # 单位 | 科室 | 岗位 stepping down, no 姓名 column at all, 一级/二级/三级
    rows = [["XX市疾病预防控制中心岗位廉政风险点台账"],
            ["单位", "科室", "岗位", "序号", "风险点", "风险级别", "防控措施"],
            ["XX市疾病预防控制中心", None, None, None, None, None, None],
            [None, "检验科", None, None, None, None, None],
            [None, None, "科长", None, None, None, None],
            [None, None, None, 1, "检验试剂采购指定供应商", "一级", "试剂采购集中招标，科室不得自行采购。"],
            [None, None, None, 2, "检测报告结论随意更改", "二级", "报告三级审核，系统留痕。"],
            [None, None, "检验员", None, None, None, None],
            [None, None, None, 3, "送检样品私自调换", "二级", "样品交接双人签字。"],
            [None, "免疫规划科", None, None, None, None, None],
            [None, None, "疫苗管理员", None, None, None, None],
            [None, None, None, 4, "疫苗出入库数量虚报", "一级", "疫苗出入库扫码追溯，每月盘点。"],
            ["填报：办公室", None, None, "审核：", None, None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("科长", "", "检验试剂采购指定供应商", "Ⅰ级"),
        ("科长", "", "检测报告结论随意更改", "Ⅱ级"),
        ("检验员", "", "送检样品私自调换", "Ⅱ级"),
        ("疫苗管理员", "", "疫苗出入库数量虚报", "Ⅰ级"),
    ])  # fmt: skip
    assert depts(got) == {("科长", "检验科"), ("检验员", "检验科"), ("疫苗管理员", "免疫规划科")}
    assert cells(got, "POINT_BLANK") == []
    assert len(cells(got, "OUTLINE_STAIRCASE")) == 1
    no_errors(got)


def test_keshi_and_post_on_one_row_the_name_on_the_next_under_two_heading_rows(tmp_path):
    # '责任主体' over 科室 | 岗位 | 姓名, '风险内容' over the rest; 科室 and 岗位 together, then the name
    rows = [["XX市公共资源交易中心廉政风险点一览表"],
            ["责任主体", None, None, "风险内容", None, None, None],
            ["科室", "岗位", "姓名", "序号", "风险点", "风险等级", "防控措施"],
            ["交易服务科", "科长", None, None, None, None, None],
            [None, None, "宓知遥", None, None, None, None],
            [None, None, None, 1, "开标现场为投标人透露评标专家信息", "高风险", "专家名单封存，开标前不得查询。"],
            [None, None, None, 2, "场地预约优先安排熟人项目", "中风险", "场地按系统预约先后排定。"],
            ["信息管理科", "系统管理员", None, None, None, None, None],
            [None, None, "甘屹川", None, None, None, None],
            [None, None, None, 3, "擅自修改投标文件上传时间", "高风险", "系统日志每日备份，双人管理权限。"],
            [None, None, None, 4, "泄露潜在投标人名单", "中风险", "下载记录加密，按权限查询。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:C2", "D2:G2"])
    assert read(got) == sorted([
        ("科长", "宓知遥", "开标现场为投标人透露评标专家信息", "Ⅰ级"),
        ("科长", "宓知遥", "场地预约优先安排熟人项目", "Ⅱ级"),
        ("系统管理员", "甘屹川", "擅自修改投标文件上传时间", "Ⅰ级"),
        ("系统管理员", "甘屹川", "泄露潜在投标人名单", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got) == {("科长", "交易服务科"), ("系统管理员", "信息管理科")}
    assert cells(got, "POINT_BLANK") == []
    assert len(cells(got, "OUTLINE_STAIRCASE")) == 1
    no_errors(got)


def test_numbers_restart_per_holder_and_an_extra_remarks_column(tmp_path):
    # 部门 | 职务 | 责任人 a row each, 序号 from 1 again under every holder, a 备注 column, Ⅰ级/Ⅱ级
    rows = [["XX市疾病预防控制中心廉政风险防控台账"],
            ["部门", "职务", "责任人", "序号", "廉政风险点", "等级", "防控措施", "备注"],
            ["中心领导", None, None, None, None, None, None, None],
            [None, "主任", None, None, None, None, None, None],
            [None, None, "蒲歆瑶", None, None, None, None, None],
            [None, None, None, 1, "大型设备采购论证走过场", "Ⅰ级", "采购论证邀请外部专家。", None],
            [None, None, None, 2, "人员招聘条件量身定制", "Ⅰ级", "招聘方案报主管部门备案。", "新增"],
            [None, "副主任", None, None, None, None, None, None],
            [None, None, "柏岳澄", None, None, None, None, None],
            [None, None, None, 1, "科研经费报销把关不严", "Ⅱ级", "经费报销财务、纪检双审。", None],
            ["财务科", None, None, None, None, None, None, None],
            [None, "会计", None, None, None, None, None, None],
            [None, None, "郦沐言", None, None, None, None, None],
            [None, None, None, 1, "虚列支出套取资金", "Ⅰ级", "支出凭证逐笔核对。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "蒲歆瑶", "大型设备采购论证走过场", "Ⅰ级"),
        ("主任", "蒲歆瑶", "人员招聘条件量身定制", "Ⅰ级"),
        ("副主任", "柏岳澄", "科研经费报销把关不严", "Ⅱ级"),
        ("会计", "郦沐言", "虚列支出套取资金", "Ⅰ级"),
    ])  # fmt: skip
    assert depts(got) == {("主任", "中心领导"), ("副主任", "中心领导"), ("会计", "财务科")}
    assert cells(got, "POINT_BLANK") == []
    assert len(cells(got, "OUTLINE_STAIRCASE")) == 1
    no_errors(got)


def test_a_holder_with_no_point_under_him_is_still_told(tmp_path):
    # the 检验科's first post and name are followed by the next post (no points), and the last
    # holder of the table has none either: those rows are holders missing their points
    rows = [["XX市疾病预防控制中心岗位廉政风险点台账"],
            ["科室", "岗位", "姓名", "序号", "风险点", "风险级别", "防控措施"],
            ["检验科", None, None, None, None, None, None],
            [None, "科长", None, None, None, None, None],
            [None, None, "檀书砚", None, None, None, None],
            [None, "检验员", None, None, None, None, None],
            [None, None, "邝昱珩", None, None, None, None],
            [None, None, None, 1, "送检样品私自调换", "二级", "样品交接双人签字。"],
            [None, None, None, 2, "检测数据人为修改", "一级", "原始记录不得涂改。"],
            ["财务科", None, None, None, None, None, None],
            [None, "出纳", None, None, None, None, None],
            [None, None, "蒲歆瑶", None, None, None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("检验员", "邝昱珩", "送检样品私自调换", "Ⅱ级"),
        ("检验员", "邝昱珩", "检测数据人为修改", "Ⅰ级"),
    ])  # fmt: skip
    # 科长 and 檀书砚 (B4, C5 → E4, E5), the last 科室, 出纳 and 蒲歆瑶 (E10–E12): told as before
    assert cells(got, "POINT_BLANK") == ["E10", "E11", "E12", "E4", "E5"]
    assert len(cells(got, "OUTLINE_STAIRCASE")) == 1


def test_an_ordinary_list_with_a_holder_row_missing_its_point_is_as_before(tmp_path):
    # every row names its holder; one holder's row has no point: told, no outline said
    rows = [["XX市公共资源交易中心廉政风险点一览表"],
            ["科室", "岗位", "姓名", "序号", "风险点", "风险等级", "防控措施"],
            ["交易服务科", "科长", "宓知遥", 1, "开标现场透露评标专家信息", "高风险", "专家名单封存。"],
            ["交易服务科", "科员", "甘屹川", 2, None, None, None],
            ["信息管理科", "系统管理员", "郦沐言", 3, "擅自修改投标文件上传时间", "中风险", "系统日志每日备份。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("科长", "宓知遥", "开标现场透露评标专家信息", "Ⅰ级"),
        ("系统管理员", "郦沐言", "擅自修改投标文件上传时间", "Ⅱ级"),
    ])  # fmt: skip
    assert cells(got, "POINT_BLANK") == ["E4"]
    assert cells(got, "OUTLINE_STAIRCASE") == []


def test_a_post_and_name_row_over_its_points_is_a_group_row_as_before(tmp_path):
    # one level only ('科长 | 宓知遥' over the points): heads them as before, no outline said
    rows = [["XX市公共资源交易中心廉政风险点一览表"],
            ["岗位", "姓名", "序号", "风险点", "风险等级", "防控措施"],
            ["科长", "宓知遥", None, None, None, None],
            [None, None, 1, "开标现场透露评标专家信息", "高风险", "专家名单封存。"],
            [None, None, 2, "场地预约优先安排熟人项目", "低风险", "按系统预约先后排定。"],
            ["系统管理员", "甘屹川", None, None, None, None],
            [None, None, 3, "擅自修改投标文件上传时间", "中风险", "系统日志每日备份。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("科长", "宓知遥", "开标现场透露评标专家信息", "Ⅰ级"),
        ("科长", "宓知遥", "场地预约优先安排熟人项目", "Ⅲ级"),
        ("系统管理员", "甘屹川", "擅自修改投标文件上传时间", "Ⅱ级"),
    ])  # fmt: skip
    assert cells(got, "POINT_BLANK") == []
    assert cells(got, "OUTLINE_STAIRCASE") == []
    no_errors(got)


def test_what_the_hundred_and_sixteenth_review_found_duty_and_remark_cells(tmp_path):
    # 7. a 岗位职责 cell on the post row: the duty is the post's, the name row still deeper
    rows = [["XX县水利局岗位廉政风险点台账"],
            ["科室", "岗位", "岗位职责", "姓名", "序号", "风险点", "风险级别", "防控措施"],
            ["办公室"], [None, "主任", "负责全面工作"], [None, None, None, "甄一"],
            [None, None, None, None, 1, "公车私用", "高", "派车登记"],
            ["财务股"], [None, "会计", "负责会计核算"], [None, None, None, "甄二"],
            [None, None, None, None, 2, "报销审核不严", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "duty", rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "甄一", "公车私用", "Ⅰ级"),
        ("会计", "甄二", "报销审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got) == {("主任", "办公室"), ("会计", "财务股")}
    assert "POINT_BLANK" not in set(got.issues["code"])
    assert "OUTLINE_STAIRCASE" in set(got.issues["code"])
    # 8. a 备注 cell on the name row ('2025年3月到任'): the walk goes on
    rows = [["XX县水利局岗位廉政风险点台账"],
            ["科室", "岗位", "姓名", "序号", "风险点", "风险级别", "防控措施", "备注"],
            ["办公室"], [None, "主任"], [None, None, "甄一", None, None, None, None, "2025年3月到任"],
            [None, None, None, 1, "公车私用", "高", "派车登记"],
            [None, "会计"], [None, None, "甄二"],
            [None, None, None, 2, "报销审核不严", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "remark", rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "甄一", "公车私用", "Ⅰ级"),
        ("会计", "甄二", "报销审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got) == {("主任", "办公室"), ("会计", "办公室")}
    assert "POINT_BLANK" not in set(got.issues["code"])
