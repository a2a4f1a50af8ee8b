"""A consolidation of returned files made by a merge tool (WPS 合并表格, Power Query): no post or
holder column, but a column naming each row's source — '工作簿名称', 'Source.Name', '来源文件',
'工作表名称', or cells mostly ending in '.xlsx'/'.xls'/'.et' — the 序号 restarting in every file.
Each distinct file (its extension and a '(1)'/'（2）'/'副本' copy suffix off) is one return, one
form, its holder the 科室, post and name its file name spells (in any order, or a name alone); a
file naming no one still is a form of its own, with a warning.

Not the published batch's file (a 自然保护区管理站's '工作簿名称' first, '科室-岗位-姓名.xlsx', 一级/
二级/三级): a county's 疾病预防控制中心 and 市场监督管理所, other posts and names, Power Query's
'Source.Name' last with 'name_post_科室' file names, a '来源文件' column merged down over each
return with names alone, file names under a heading naming no file at all, 高/中/低 and ★ levels,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "汇总"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "merged.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> set[tuple[str, str, str]]:
    p = got.posts
    return set(zip(p["department"], p["title"], p["person"], strict=True))


def codes(got, severity: str | None = None) -> set[str]:
    i = got.issues
    return set(i["code"] if severity is None else i[i["severity"] == severity]["code"])


def test_power_query_source_name_last_name_post_dept_underscored(tmp_path):
    # Power Query's 'Source.Name' in the last column, the names '姓名_岗位_科室.xlsx' (or spaced), a
    # '(2)' download suffix, a 风险类型 column, 高/中/低
    rows = [["XX县疾病预防控制中心岗位廉政风险点汇总"],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施", "Source.Name"],
            [1, "疫苗采购中指定供应商", "岗位职责风险", "高", "集体研究，全程留痕", "阙沛瑜_主任_中心领导.xlsx"],
            [2, "干部选任中打招呼", "岗位职责风险", "中", "民主推荐，公示", "阙沛瑜_主任_中心领导.xlsx"],
            [1, "检测报告出具不实数据", "业务流程风险", "高", "双人复核", "仉澜汐_检验员_检验科(2).xlsx"],
            [2, "试剂领用不登记", "制度机制风险", "低", "台账管理", "仉澜汐_检验员_检验科(2).xlsx"],
            [1, "报销凭证审核把关不严", "业务流程风险", "中", "三级审核", "亓雯昭 出纳 财务科.xlsx"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "阙沛瑜", "疫苗采购中指定供应商", "Ⅰ级"),
        ("主任", "阙沛瑜", "干部选任中打招呼", "Ⅱ级"),
        ("检验员", "仉澜汐", "检测报告出具不实数据", "Ⅰ级"),
        ("检验员", "仉澜汐", "试剂领用不登记", "Ⅲ级"),
        ("出纳", "亓雯昭", "报销凭证审核把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got) == {
        ("中心领导", "主任", "阙沛瑜"),
        ("检验科", "检验员", "仉澜汐"),
        ("财务科", "出纳", "亓雯昭"),
    }
    said = got.issues[got.issues["code"] == "HOLDER_BY_SOURCE_FILE"]
    assert list(said["cell"]) == ["F2"] and "3份" in said["message"].iloc[0]
    assert not codes(got, "error")


def test_source_column_merged_down_names_alone_and_a_copy(tmp_path):
    # '来源文件' in column B merged down over each return, only the name typed ('鲁沛菡.xls'),
    # one return sent twice ('…副本.xls') read as the same return; ★ levels, two heading rows
    rows = [["XX县市场监督管理所廉政风险排查汇总表"],
            ["序号", "来源文件", "廉政风险", None, "防控措施"],
            [None, None, "风险点描述", "等级", None],
            [1, "鲁沛菡.xls", "抽检样品随意调换", "★★★", "抽样全程录像"],
            [2, None, "对投诉举报压案不查", "★★", "限时办结，回访"],
            [1, "郜泽熙.xls", "行政处罚自由裁量畸轻", "★★★", "裁量基准，集体审议"],
            [2, "郜泽熙 - 副本.xls", "登记注册中吃拿卡要", "★", "一次告知"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B4:B5", "C2:D2", "A2:A3", "B2:B3", "E2:E3"])
    assert read(got) == sorted([
        ("", "鲁沛菡", "抽检样品随意调换", "Ⅰ级"),
        ("", "鲁沛菡", "对投诉举报压案不查", "Ⅱ级"),
        ("", "郜泽熙", "行政处罚自由裁量畸轻", "Ⅰ级"),
        ("", "郜泽熙", "登记注册中吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    assert "HOLDER_BY_SOURCE_FILE" in codes(got)
    assert not codes(got, "error")


def test_file_names_under_another_heading_and_one_naming_no_one(tmp_path):
    # no source heading word ('表名'), the cells ending in '.et' with '·' between the parts in the
    # order 科室·岗位·姓名; one return named only '汇总.et': its rows a form of their own, no one's
    rows = [["XX县疾控中心各岗位风险点合并"],
            ["表名", "编号", "风险点", "等级", "措施"],
            ["免疫规划科·科长·晁亦岚.et", 1, "冷链管理弄虚作假", "高", "温度实时监测"],
            ["免疫规划科·科长·晁亦岚.et", 2, "接种单位考核走过场", "中", "交叉考核"],
            ["汇总.et", 1, "公务用车私用", "低", "派车登记"],
            ["汇总.et", 2, "办公用品采购虚开发票", "中", "比价采购"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("科长", "晁亦岚", "冷链管理弄虚作假", "Ⅰ级"),
        ("科长", "晁亦岚", "接种单位考核走过场", "Ⅱ级"),
        ("", "", "公务用车私用", "Ⅲ级"),
        ("", "", "办公用品采购虚开发票", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    assert ("免疫规划科", "科长", "晁亦岚") in depts(got)
    warned = got.issues[got.issues["code"] == "SOURCE_FILE_NO_HOLDER"]
    assert list(warned["value"]) == ["汇总"] and list(warned["cell"]) == ["A5"]
    assert not codes(got, "error")


def test_sheet_names_column_separates_returns_without_holders(tmp_path):
    # '工作表名称' of a merge of sheets named 'Sheet1', 'Sheet2': no holder, two forms, not one
    rows = [["XX县疾控中心风险点汇总"],
            ["工作表名称", "序号", "风险点", "风险等级", "防控措施"],
            ["Sheet1", 1, "消杀药品验收不严", "中", "双人验收"],
            ["Sheet1", 2, "收取服务对象好处", "高", "公开承诺"],
            ["Sheet2", 1, "档案资料随意外借", "低", "借阅登记"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "消杀药品验收不严", "Ⅱ级"),
        ("", "", "收取服务对象好处", "Ⅰ级"),
        ("", "", "档案资料随意外借", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    assert "SOURCE_FILE_NO_HOLDER" in codes(got)
    assert not codes(got, "error")


# ----------------------------------------------------------------------- as before


def test_attachment_column_of_an_ordinary_list_stays(tmp_path):
    # '岗位 | 姓名' columns of their own and an '附件' column of files: an ordinary list
    rows = [["XX县市场监管局岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "附件"],
            [1, "局长", "籍云岫", "重大事项不经集体研究", "一级", "三重一大", "见附件.docx"],
            [2, "执法队员", "冼泊宁", "执法中收受财物", "二级", "执法记录仪", "流程图.xlsx"],
            [3, "执法队员", "冼泊宁", "查处案件选择性执法", "二级", "案件评查", "流程图.xlsx"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "籍云岫", "重大事项不经集体研究", "Ⅰ级"),
        ("执法队员", "冼泊宁", "执法中收受财物", "Ⅱ级"),
        ("执法队员", "冼泊宁", "查处案件选择性执法", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    assert not {"HOLDER_BY_SOURCE_FILE", "SOURCE_FILE_NO_HOLDER"} & codes(got)
    assert not codes(got, "error")


def test_documents_column_and_remarks_naming_files_stay_one_list(tmp_path):
    # a one-post list with a '文件名称' column of 制度 ('《…办法》') and a '备注' naming a file: the
    # title's one holder, one form, no returns
    rows = [["XX县疾控中心财务科会计岗位廉政风险防控表"],
            ["序号", "风险点", "风险等级", "防控措施", "文件名称", "备注"],
            [1, "虚列支出套取资金", "高", "预算控制", "《财务管理办法》", "详见财务科-会计-查沁.xlsx"],
            [2, "私设小金库", "中", "账户清理", "《资金管理规定》", "见附件.docx"],
            [3, "会计凭证随意销毁", "低", "档案管理", "《档案管理办法》", ""]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("会计", "", "虚列支出套取资金", "Ⅰ级"),
        ("会计", "", "私设小金库", "Ⅱ级"),
        ("会计", "", "会计凭证随意销毁", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 1
    assert not {"HOLDER_BY_SOURCE_FILE", "SOURCE_FILE_NO_HOLDER"} & codes(got)


def test_codes_are_catalogued():
    for code in ("HOLDER_BY_SOURCE_FILE", "SOURCE_FILE_NO_HOLDER"):
        assert code in CATALOGUE and SHORT[code] and ITEMS[code] == "责任人"
    assert CATALOGUE["HOLDER_BY_SOURCE_FILE"][0] == "info"
    assert CATALOGUE["SOURCE_FILE_NO_HOLDER"][0] == "warning"


# --- what the hundred and seventeenth review found ----------------------------------------------


def test_what_the_hundred_and_seventeenth_review_found_a_ledger_column_is_no_source(tmp_path):
    # '台账 | 数据核对台账.xlsx' in one office's list: its ledgers, one form as before
    rows = [["XX县统计局办公室廉政风险点"],
            ["序号", "风险点", "风险等级", "防控措施", "台账"],
            [1, "统计数据造假", "高", "数据双人核对", "数据核对台账.xlsx"],
            [2, "泄露调查对象信息", "中", "分级授权", "授权登记.xlsx"],
            [3, "公车私用", "低", "派车登记", "派车登记表.xlsx"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([("", "", "统计数据造假", "Ⅰ级"), ("", "", "泄露调查对象信息", "Ⅱ级"),
                                ("", "", "公车私用", "Ⅲ级")])  # fmt: skip
    assert len(got.posts) == 1
    assert not {"HOLDER_BY_SOURCE_FILE", "SOURCE_FILE_NO_HOLDER"} & codes(got)


def test_what_the_hundred_and_seventeenth_review_found_file_names_by_contents_need_holders(
    tmp_path,
):
    # file names under an unknown heading, naming no one and the 序号 running on: no returns
    rows = [["XX县统计局办公室廉政风险点"],
            ["序号", "风险点", "风险等级", "防控措施", "表样"],
            [1, "统计数据造假", "高", "数据双人核对", "数据核对表.xlsx"],
            [2, "泄露调查对象信息", "中", "分级授权", "授权登记.xlsx"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert len(got.posts) == 1
    assert not {"HOLDER_BY_SOURCE_FILE", "SOURCE_FILE_NO_HOLDER"} & codes(got)


def test_what_the_hundred_and_seventeenth_review_found_glued_file_names_split(tmp_path):
    # '财务股出纳司马岚.xlsx', '出纳上官岫(1).xlsx', '办公室欧阳澈.xlsx': 科室, post and name glued;
    # '会计师文静' parts two ways (会计 + 师文静, 会计师 + 文静): no post, a warning
    rows = [["XX县统计局廉政风险点汇总"],
            ["工作簿名称", "序号", "风险点", "风险等级", "防控措施"],
            ["办公室欧阳澈.xlsx", 1, "统计数据造假", "高", "数据双人核对"],
            ["财务股出纳司马岚.xlsx", 1, "公款私存", "高", "日清月结"],
            ["财务股-出纳司马昀.xlsx", 1, "票据管理混乱", "中", "专人保管"],
            ["出纳上官岫(1).xlsx", 1, "虚报冒领", "低", "双签"],
            ["会计师文静.xlsx", 1, "做假账", "高", "复核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "欧阳澈", "统计数据造假", "Ⅰ级"),
        ("出纳", "司马岚", "公款私存", "Ⅰ级"),
        ("出纳", "司马昀", "票据管理混乱", "Ⅱ级"),
        ("出纳", "上官岫", "虚报冒领", "Ⅲ级"),
        ("", "", "做假账", "Ⅰ级"),
    ])  # fmt: skip
    assert ("办公室", "", "欧阳澈") in depts(got)
    assert ("财务股", "出纳", "司马岚") in depts(got)
    i = got.issues
    warned = i[i["code"] == "SOURCE_FILE_NO_HOLDER"]
    assert list(warned["cell"]) == ["A7"]
    assert "HOLDER_BY_SOURCE_FILE" in codes(got, "info")


def test_what_the_hundred_and_seventeenth_review_found_names_from_files_beside_posts(tmp_path):
    # a 岗位 column and no 姓名 column: each file spells the name (and 科室) of its rows' post
    rows = [["XX县统计局廉政风险点汇总"],
            ["工作簿名称", "序号", "岗位", "风险点", "风险等级", "防控措施"],
            ["办公室-主任-欧阳澈.xlsx", 1, "主任", "统计数据造假", "高", "数据双人核对"],
            ["办公室-主任-欧阳澈.xlsx", 2, "主任", "泄露调查对象信息", "中", "分级授权"],
            ["财务股-出纳-司马岚.xlsx", 1, "出纳", "公款私存", "高", "日清月结"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "欧阳澈", "统计数据造假", "Ⅰ级"),
        ("主任", "欧阳澈", "泄露调查对象信息", "Ⅱ级"),
        ("出纳", "司马岚", "公款私存", "Ⅰ级"),
    ])  # fmt: skip
    assert depts(got) == {("办公室", "主任", "欧阳澈"), ("财务股", "出纳", "司马岚")}
    assert "HOLDER_BY_SOURCE_FILE" in codes(got, "info")
    assert not codes(got, "warning")


def test_what_the_hundred_and_seventeenth_review_found_a_file_of_another_post_stays(tmp_path):
    # a file spelling another post than its rows': the rows' posts as read, no names
    rows = [["XX县统计局廉政风险点汇总"],
            ["工作簿名称", "序号", "岗位", "风险点", "风险等级", "防控措施"],
            ["办公室-主任-欧阳澈.xlsx", 1, "主任", "统计数据造假", "高", "数据双人核对"],
            ["财务股-会计-司马岚.xlsx", 1, "出纳", "公款私存", "高", "日清月结"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted(
        [("主任", "", "统计数据造假", "Ⅰ级"), ("出纳", "", "公款私存", "Ⅰ级")]
    )
    assert "HOLDER_BY_SOURCE_FILE" not in codes(got)
