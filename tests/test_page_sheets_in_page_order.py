"""A list typed page by page into sheets of one workbook, one sheet a printed page, a holder cut
by a page break going on at the top of the next page with his 科室/岗位/姓名 cells blank and no
'（接上页）' mark: the pages are one table, read in the order of their PAGES, not of their tabs
(Excel leaves 'P3 | P2 | P1' when each new sheet goes in before the active one). The sheets are
known as pages by their names ('第1页', '第二页', 'P2', '页3': explicit page numbers only) or, named
otherwise, by one heading whose 序号 go on from sheet to sheet (1–4, 5–7). Each page then goes on
from the page before it: its rows naming no one are the last holder's of that page, and the unit
in the title (on the first page only) is every page's. An info (SHEETS_BY_PAGE_NUMBER, or
SHEETS_BY_RUNNING_NUMBER for sheets joined by their 序号 alone) names the order read when it is
not the tabs'.

Not the published batch's file (a 县信访局's 第1页/第2页/第3页 with 局领导/办信股, 一级/二级/三级):
a 县人力资源和社会保障局 with 'P3 | P1 | P2' tabs and 高/中/低, a 镇卫生院 with '第二页 | 第一页' and
Ⅰ/Ⅱ/Ⅲ级, a 县医疗保障局 in tabs 'Sheet2 | Sheet1' joined by its 序号 only, saved as .ods too,
and pages whose tabs already stand in order, other posts and names, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.

Left as before: sheets of their own each numbering its rows from 1 (two 科室's lists), and a
sheet whose 序号 go on from another's under a different heading (a 评定标准 table after the
list): no page order, no info, rows naming no one stay no one's.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list], ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "t.ods", sheets)
    else:
        write_workbook(inbox / "t.xlsx", sheets)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return sorted(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def units(got) -> set[str]:
    return set(got.risks["unit"])


def codes(got) -> list[str]:
    return list(got.issues["code"])


def _hrss_pages() -> dict[str, list]:
    p1 = [
        ["临潭县人力资源和社会保障局廉政风险点排查表"],
        HEAD,
        [1, "局领导", "局长", "鲜于曜川", "社保基金调度不经集体研究", "高", "基金调度局党组会研究。"],
        [2, "局领导", "局长", "鲜于曜川", "干预职称评审结果", "高", "评审专家随机抽取。"],
        [3, "就业股", "股长", "闾丘沐溪", "创业补贴审核把关不严", "中", "补贴名单公示七日。"],
    ]  # fmt: skip
    p2 = [
        HEAD,
        [4, None, None, None, "为亲友违规办理公益性岗位", "中", "公益性岗位人选公示。"],
        [5, "社保股", "股长", "东郭砚秋", "违规办理提前退休", "高", "提前退休联审联批。"],
    ]
    p3 = [
        HEAD,
        [6, None, None, None, "养老金冒领不追缴", "低", "每月比对死亡名单。"],
        [7, "劳动监察大队", "队员", "南宫映雪", "欠薪案件查处中收受好处", "中", "案件双人办理。"],
    ]
    return {"P3": p3, "P1": p1, "P2": p2}


HRSS = sorted([
    ("鲜于曜川", "社保基金调度不经集体研究", "Ⅰ级"),
    ("鲜于曜川", "干预职称评审结果", "Ⅰ级"),
    ("闾丘沐溪", "创业补贴审核把关不严", "Ⅱ级"),
    ("闾丘沐溪", "为亲友违规办理公益性岗位", "Ⅱ级"),
    ("东郭砚秋", "违规办理提前退休", "Ⅰ级"),
    ("东郭砚秋", "养老金冒领不追缴", "Ⅲ级"),
    ("南宫映雪", "欠薪案件查处中收受好处", "Ⅱ级"),
])  # fmt: skip


def test_p_tabs_out_of_order_read_by_page(tmp_path):
    got = run(tmp_path, _hrss_pages())
    assert read(got) == HRSS
    assert "" not in set(got.risks["person"])
    assert units(got) == {"临潭县人力资源和社会保障局"}
    assert "FORM_NO_HOLDER" not in codes(got)
    said = got.issues[got.issues["code"] == "SHEETS_BY_PAGE_NUMBER"]
    assert list(said["value"]) == ["P1、P2、P3"]


def test_chinese_page_numbers_reversed(tmp_path):
    first = [
        ["岷县梅川镇卫生院岗位廉政风险防控一览表"],
        HEAD,
        [1, "院领导", "院长", "公孙若岚", "药品耗材采购收受回扣", "Ⅰ级", "药品统一网上采购。"],
        [2, "院领导", "院长", "公孙若岚", "绩效分配不公开", "Ⅱ级", "绩效方案职工大会通过。"],
        [3, "药房", "药剂师", "慕容知夏", "药品出入库登记不实", "Ⅱ级", "每月盘点。"],
    ]
    second = [
        HEAD,
        [4, None, None, None, "私自调换药品规格", "Ⅲ级", "调剂双人核对。"],
        [5, "收费室", "收费员", "上官听澜", "收费不开票据", "Ⅱ级", "收费系统自动出票。"],
    ]
    got = run(tmp_path, {"第二页": second, "第一页": first})
    assert ("慕容知夏", "私自调换药品规格", "Ⅲ级") in read(got)
    assert "" not in set(got.risks["person"])
    assert units(got) == {"岷县梅川镇卫生院"}
    assert "SHEETS_BY_PAGE_NUMBER" in codes(got)


def _medical_sheets() -> dict[str, list]:
    head = ["序号", "股室", "职务", "姓名", "廉政风险点", "风险等级", "风险类型"]
    one = [
        ["漳县医疗保障局岗位廉政风险点清单"],
        head,
        [1, "局领导", "局长", "皇甫澄江", "定点医药机构准入把关不严", "一级", "岗位职责风险"],
        [2, "基金股", "股长", "令狐晴川", "医保基金拨付不按程序", "一级", "业务流程风险"],
        [3, "基金股", "股长", "令狐晴川", "违规办理异地就医报销", "二级", "业务流程风险"],
    ]
    two = [
        head,
        [4, None, None, None, "接受定点药店宴请", "二级", "思想道德风险"],
        [5, "稽核股", "稽核员", "独孤念真", "稽核发现问题不处理", "一级", "岗位职责风险"],
    ]
    return {"Sheet2": two, "Sheet1": one}


def test_sheets_joined_by_running_numbers(tmp_path):
    got = run(tmp_path, _medical_sheets())
    assert ("令狐晴川", "接受定点药店宴请", "Ⅱ级") in read(got)
    assert "" not in set(got.risks["person"])
    assert units(got) == {"漳县医疗保障局"}
    said = got.issues[got.issues["code"] == "SHEETS_BY_RUNNING_NUMBER"]  # (no page-number tabs)
    assert list(said["value"]) == ["Sheet1、Sheet2"]


def test_sheets_joined_by_running_numbers_resaved_as_ods(tmp_path):
    got = run(tmp_path, _medical_sheets(), ods=True)
    assert ("令狐晴川", "接受定点药店宴请", "Ⅱ级") in read(got)
    assert "" not in set(got.risks["person"])


def test_pages_in_order_go_on_without_an_order_info(tmp_path):
    pages = _hrss_pages()
    got = run(tmp_path, {"P1": pages["P1"], "P2": pages["P2"], "P3": pages["P3"]})
    assert read(got) == HRSS
    assert units(got) == {"临潭县人力资源和社会保障局"}
    assert "SHEETS_BY_PAGE_NUMBER" not in codes(got)


def test_lists_each_numbered_from_one_stay_apart(tmp_path):
    head = HEAD
    a = [
        ["办公室廉政风险点"],
        head,
        [1, "办公室", "主任", "宇文清和", "公车使用不登记", "中", "派车单登记。"],
        [2, None, None, None, "公务接待超标准", "低", "接待清单审签。"],
    ]
    b = [
        ["财务股廉政风险点"],
        head,
        [1, None, None, None, "报销票据审核不严", "中", "票据双人审核。"],
        [2, "财务股", "会计", "司马怀瑾", "私设小金库", "高", "账户统一管理。"],
    ]
    got = run(tmp_path, {"财务股": b, "办公室": a})
    assert "SHEETS_BY_PAGE_NUMBER" not in codes(got)
    assert "FORM_CONTINUED" not in codes(got)
    people = dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))
    assert people["报销票据审核不严"] != "宇文清和"


def test_running_numbers_under_another_heading_stay_apart(tmp_path):
    scale = [
        ["序号", "等级", "评定标准"],
        [4, "高", "可能造成重大损失"],
        [5, "中", "可能造成一定损失"],
    ]
    lst = [
        ["风险点清单"],
        HEAD,
        [1, "办公室", "主任", "宇文清和", "公车使用不登记", "中", "派车单登记。"],
        [2, "财务股", "会计", "司马怀瑾", "私设小金库", "高", "账户统一管理。"],
        [3, "财务股", "会计", "司马怀瑾", "报销票据审核不严", "中", "票据双人审核。"],
    ]
    got = run(tmp_path, {"评定标准": scale, "清单": lst})
    assert "SHEETS_BY_PAGE_NUMBER" not in codes(got)
    assert {
        ("宇文清和", "公车使用不登记", "Ⅱ级"),
        ("司马怀瑾", "私设小金库", "Ⅰ级"),
        ("司马怀瑾", "报销票据审核不严", "Ⅱ级"),
    } <= set(read(got))  # fmt: skip
    # (the 评定标准's rows, whatever they are read as, are no holder's of the list)
    people = dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))
    assert people.get("可能造成一定损失", "") == ""


def test_what_the_hundred_and_twenty_ninth_review_found_tabs_of_their_own_names(tmp_path):
    """Sheets named for what they hold ('李娜 | 张伟', a 防控卡 a person; '风险点一览表 | 新增风险点')
    are tables of their own even when the unit numbers its points on through them (张伟 1–2,
    李娜 3–4; the 新增 sheet going on at 3): the 序号 running on joined them as pages, reordered
    them with an info saying they were named by page numbers, and a 新增 point with no holder yet
    was given to the list's last holder. Judgement: only tabs that name nothing of their own
    ('Sheet1', '工作表2', '续表', or one name with a page's number, '一览表(2)') may be pages joined
    by their 序号; tabs of two different names are read as before the rule."""
    head = ["序号", "岗位", "风险点", "风险等级", "防控措施"]
    cards = {
        "李娜": [["廉政风险防控卡"], ["姓名：李娜", "", "岗位：副局长"], head,
                 [3, "副局长", "分管领域监管不力", "二级", "定期报告"],
                 [4, "副局长", "审批把关不严", "二级", "双人复核"]],
        "张伟": [["廉政风险防控卡"], ["姓名：张伟", "", "岗位：局长"], head,
                 [1, "局长", "决策不经集体研究", "一级", "集体决策"],
                 [2, "局长", "选人用人失察", "一级", "民主推荐"]],
    }  # fmt: skip
    got = run(tmp_path / "a", cards)
    assert "SHEETS_BY_PAGE_NUMBER" not in codes(got)
    assert read(got) == sorted([
        ("张伟", "决策不经集体研究", "Ⅰ级"), ("张伟", "选人用人失察", "Ⅰ级"),
        ("李娜", "分管领域监管不力", "Ⅱ级"), ("李娜", "审批把关不严", "Ⅱ级"),
    ])  # fmt: skip
    added = {
        "风险点一览表": [["县档案馆廉政风险点一览表"], HEAD,
                   [1, "办公室", "主任", "亓官雨桐", "公文审核把关不严", "二级", "复核"],
                   [2, "办公室", "文员", "澹台明轩", "印章管理不规范", "三级", "用印登记"]],
        "新增风险点": [["县档案馆廉政风险点一览表"], HEAD,
                  [3, None, None, None, "档案数字化外包监管不力", "一级", "验收双人到场"]],
    }  # fmt: skip
    got = run(tmp_path / "b", added)
    assert "SHEETS_BY_PAGE_NUMBER" not in codes(got)
    assert ("", "档案数字化外包监管不力", "Ⅰ级") in read(got)
    assert ("澹台明轩", "档案数字化外包监管不力", "Ⅰ级") not in read(got)
