"""A point, then its requirement, in one sentence: 'point，应 requirement。' under a heading of both.

A list with one risk column headed for the point AND its measures or requirements ('风险点及
应对措施', '廉政风险及防控', '廉政风险点及防控要求'), no measures column beside it, whose cells on
most rows read '…个人说了算，应经…集体研究，…' (also '，须', '，要', '，必须', '，应当', '，需'): the
text before the first comma and modal word is the point, the rest (from the modal word on) its
measures. A cell of several such sentences (numbered, or parted by '；') gives a point each. A cell
without the seam stays whole, and the sender is told; a list with its own measures column, a
plain point column, or a point saying '应收未收' without the comma stays as read. The workbooks are
written by xlsxwriter and openpyxl in other words than tests/published/batch549.py (another unit,
other modal words, other headings).
"""

from pathlib import Path

import openpyxl
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.locate import _required_parts


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows, merges=None):
    """Write one sheet with xlsxwriter and read it back as ``collect_inbox`` does."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "卫健局.xlsx", {"一览表": rows}, {"一览表": merges or []})
    return _collect(inbox)


def codes(res) -> list[str]:
    return sorted(res.issues["code"])


def read(res) -> list[tuple[str, str, str, str]]:
    cols = ("person", "risk_point", "measures", "risk_level")
    return list(zip(*(res.risks[c] for c in cols), strict=True))


def test_point_and_requirement_part_at_the_modal_word(tmp_path):
    rows = [
        ["某县卫生健康局岗位廉政风险排查表"],
        ["序号", "股室", "职务", "姓名", "风险点及应对措施", "风险等级"],
        [1, "局领导", "局长", "濮岚岫", "医疗设备采购参数设置倾向特定品牌，应当由专家论证采购参数，论证意见存档。", "一级"],
        [2, "局领导", "局长", "濮岚岫", "基层医疗机构负责人任用程序不规范，必须经党组会集体讨论决定。", "二级"],
        [3, "医政股", "股长", "郦沐辰", "医疗机构校验走过场,需现场核查并留存影像资料", "一级"],
        [4, "医政股", "股长", "郦沐辰", "医疗纠纷调处偏袒一方，应邀请第三方参与调解。", "三级"],
    ]  # fmt: skip
    res = run(tmp_path, rows, ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"])
    assert read(res) == [
        (
            "濮岚岫",
            "医疗设备采购参数设置倾向特定品牌",
            "应当由专家论证采购参数，论证意见存档。",
            "Ⅰ级",
        ),
        ("濮岚岫", "基层医疗机构负责人任用程序不规范", "必须经党组会集体讨论决定。", "Ⅱ级"),
        ("郦沐辰", "医疗机构校验走过场", "需现场核查并留存影像资料", "Ⅰ级"),
        ("郦沐辰", "医疗纠纷调处偏袒一方", "应邀请第三方参与调解。", "Ⅲ级"),
    ]
    assert res.risks["department"].tolist() == ["局领导", "局领导", "医政股", "医政股"]
    assert codes(res).count("POINT_THEN_REQUIREMENT") == 1  # once per table
    assert not {"POINT_REQUIREMENT_MISSING", "MEASURES_BLANK", "FILE_NO_FORM"} & set(codes(res))
    info = res.issues[res.issues["code"] == "POINT_THEN_REQUIREMENT"].iloc[0]
    assert info["cell"] == "E2" and "风险点及应对措施" in info["message"]


def test_openpyxl_several_sentences_in_a_cell_and_one_without_the_seam(tmp_path):
    """Written by openpyxl under '廉政风险及防控': two numbered sentences give two points, '；'
    parts two more; a cell without '，应/须/要' stays whole, and the sender is told."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "排查表"
    data = [
        ["某市市场监督管理所岗位风险及防控一览表"],
        ["科室", "岗位", "责任人", "廉政风险及防控", "等级"],
        ["稽查组", "组长", "雍霁岚",
         "1.案件线索登记不及时，要当日登记编号；\n2.罚没物品保管不当，须专库存放、双人管理。", "高"],
        ["稽查组", "执法员", "殳筠溪", "检查中吃拿卡要，应严格执行八项规定；抽检样品调包，须当场封样签字", "中"],
        ["登记组", "登记员", "汲沛然", "登记材料审核把关不严，应一次性告知所需材料。", "中"],
        ["登记组", "登记员", "汲沛然", "为亲友办理登记开绿灯", "低"],
    ]  # fmt: skip
    for row in data:
        ws.append(row)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "市场监管所.xlsx")
    res = _collect(inbox)
    assert read(res) == [
        ("雍霁岚", "案件线索登记不及时", "要当日登记编号", "Ⅰ级"),
        ("雍霁岚", "罚没物品保管不当", "须专库存放、双人管理。", "Ⅰ级"),
        ("殳筠溪", "检查中吃拿卡要", "应严格执行八项规定", "Ⅱ级"),
        ("殳筠溪", "抽检样品调包", "须当场封样签字", "Ⅱ级"),
        ("汲沛然", "登记材料审核把关不严", "应一次性告知所需材料。", "Ⅱ级"),
        ("汲沛然", "为亲友办理登记开绿灯", "", "Ⅲ级"),  # no seam: whole, as read
    ]
    missing = res.issues[res.issues["code"] == "POINT_REQUIREMENT_MISSING"]
    assert missing["cell"].tolist() == ["D6"]
    assert codes(res).count("POINT_THEN_REQUIREMENT") == 1


def test_a_list_with_its_own_measures_column_stays_as_read(tmp_path):
    """Negative: points saying '，应回避未回避' beside a measures column are not parted."""
    rows = [
        ["序号", "岗位", "姓名", "廉政风险点及防控措施", "防控措施", "风险等级"],
        [1, "主任", "庹雪棠", "招聘面试中与考生有亲属关系，应回避未回避", "实行回避登记", "一级"],
        [2, "会计", "甘若拙", "报销审核把关不严，应退未退", "报销凭证双人复核", "二级"],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert read(res) == [
        ("庹雪棠", "招聘面试中与考生有亲属关系，应回避未回避", "实行回避登记", "Ⅰ级"),
        ("甘若拙", "报销审核把关不严，应退未退", "报销凭证双人复核", "Ⅱ级"),
    ]
    assert not {"POINT_THEN_REQUIREMENT", "POINT_REQUIREMENT_MISSING"} & set(codes(res))


def test_a_plain_point_column_is_not_parted(tmp_path):
    """Negative: a '廉政风险点' column alone (its heading names no measures) keeps '，须…' whole,
    as does a point saying '应收未收' without a comma under a heading of both."""
    plain = [
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级"],
        [1, "所长", "谯砚舟", "工程款拨付滞后，须等上级资金到位", "一级"],
        [2, "出纳", "甄芷若", "票据管理混乱，要追溯时无据可查", "二级"],
    ]  # fmt: skip
    res = run(tmp_path / "a", plain)
    assert [p for _w, p, _m, _lv in read(res)] == [
        "工程款拨付滞后，须等上级资金到位",
        "票据管理混乱，要追溯时无据可查",
    ]
    assert not {"POINT_THEN_REQUIREMENT", "POINT_REQUIREMENT_MISSING"} & set(codes(res))
    both = [
        ["序号", "岗位", "姓名", "风险点及防控要求", "风险等级"],
        [1, "会计", "甄芷若", "门诊收费应收未收", "二级"],
        [2, "会计", "甄芷若", "药品回扣应缴未缴", "二级"],
    ]  # fmt: skip
    res = run(tmp_path / "b", both)
    assert [p for _w, p, _m, _lv in read(res)] == ["门诊收费应收未收", "药品回扣应缴未缴"]
    assert not {"POINT_THEN_REQUIREMENT", "POINT_REQUIREMENT_MISSING"} & set(codes(res))


def test_a_column_mostly_without_the_seam_stays_as_read(tmp_path):
    """Unclear: under '廉政风险点及防控要求' only one cell in three reads '…，应…': whether the
    column writes requirements so is not certain; every cell stays whole, nothing said of ours."""
    rows = [
        ["序号", "岗位", "姓名", "廉政风险点及防控要求", "风险等级"],
        [1, "站长", "靳望舒", "防疫物资发放优亲厚友，应张榜公示发放名单。", "一级"],
        [2, "站长", "靳望舒", "疫苗冷链管理不到位", "二级"],
        [3, "防疫员", "宿清越", "免疫台账填写不实", "三级"],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert [p for _w, p, _m, _lv in read(res)] == [
        "防疫物资发放优亲厚友，应张榜公示发放名单。",
        "疫苗冷链管理不到位",
        "免疫台账填写不实",
    ]
    assert not {"POINT_THEN_REQUIREMENT", "POINT_REQUIREMENT_MISSING"} & set(codes(res))


def test_unclear_sentences_are_not_parted():
    """A phrase of time before the comma, a point's own '应缴未缴', a noun after the comma
    ('应收账款'), a numbered sentence without the seam, a labelled point: not parted."""
    assert _required_parts("项目验收后，应及时归档资料。") == []
    assert _required_parts("审批过程中，须严格把关。") == []
    assert _required_parts("罚没收入，应缴未缴") == []
    assert _required_parts("往来款清理不及时，应收账款长期挂账") == []
    assert _required_parts("1.采购需求编制不规范，应论证需求；\n2.验收把关不严") == []
    assert _required_parts("风险点：采购拆分，应公开招标") == []
    assert _required_parts("资金拨付不及时，须按月拨付到位。") == [
        ("资金拨付不及时", "须按月拨付到位。")
    ]
    assert _required_parts("工程进度滞后，要督促施工单位。另建台账备查。") == [
        ("工程进度滞后", "要督促施工单位。另建台账备查。")
    ]


def test_a_point_then_its_measures_after_one_semicolon(tmp_path):
    # (553: '风险点及防控措施' cells 'point；measures' on one line; here a 统计局's, and two points
    # parted by '；' are no point and measures)
    rows = [["某县统计局廉政风险防控一览表"],
            ["序号", "股室", "岗位", "姓名", "风险点及防控措施", "风险等级"],
            [1, "执法股", "股长", "郦沅澧", "统计执法检查降格处理；执法检查两人以上，处罚结果集体审定。", "高"],
            [2, "普查股", "科员", "缪清和", "普查数据人为干预；数据审核双人复核，留痕备查。", "中"],
            [3, "普查股", "科员", "缪清和", "泄露调查对象资料；签订保密承诺，资料专柜存放。", "低"]]  # fmt: skip
    res = run(tmp_path / "seam", rows)
    got = list(zip(res.risks["risk_point"], res.risks["measures"], strict=True))
    assert got == [("统计执法检查降格处理", "执法检查两人以上，处罚结果集体审定。"),
                   ("普查数据人为干预", "数据审核双人复核，留痕备查。"),
                   ("泄露调查对象资料", "签订保密承诺，资料专柜存放。")]  # fmt: skip
    assert codes(res).count("POINT_THEN_REQUIREMENT") == 1
    two = [row[:4] + [f"{a}；{b}", lv] for row, (a, b), lv in zip(
        rows[2:4], [("统计执法检查降格处理", "泄露举报人信息"), ("普查数据人为干预", "违规使用普查经费")],
        ["高", "中"], strict=True)]  # fmt: skip
    res = run(tmp_path / "two", rows[:2] + two)
    assert res.risks["measures"].tolist() == ["", ""]
    assert "POINT_THEN_REQUIREMENT" not in codes(res)


def test_what_the_eighty_fourth_review_found(tmp_path):
    # two points parted by '；' (the second a failing, '流于形式', '混乱') are no point and
    # measures; a point going on '，要求…' (what the holder demands) or '，应付了事' is not cut
    rows = [["某县住建局岗位廉政风险排查表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点及防控措施", "风险等级"],
            [1, "质监站", "站长", "骆澜曦", "质量验收降低标准；台账登记混乱", "高"],
            [2, "质监站", "站长", "骆澜曦", "监督抽检走过场；结果公示流于形式", "中"],
            [3, "市场股", "科员", "宓沚汀", "资质审查中刁难企业，要求企业找指定中介", "中"],
            [4, "市场股", "科员", "宓沚汀", "信用评价走过场，应付了事", "低"]]  # fmt: skip
    res = run(tmp_path, rows)
    assert res.risks["measures"].tolist() == ["", "", "", ""]
    assert not {"POINT_THEN_REQUIREMENT", "POINT_REQUIREMENT_MISSING"} & set(codes(res))


def test_a_point_running_into_its_measures_numbered_on_the_same_line(tmp_path):
    # (557: '电梯定期检验结论不核查（1）…；（2）…' under '廉政风险点及防控措施'; here a 气象局's,
    # '1.' and '①' numbers, and a cell whose numbered parts are points stays whole)
    rows = [["某县气象局廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点及防控措施", "风险等级"],
            [1, "减灾科", "科长", "郦沅澧", "防雷检测报告随意出具1.检测两人以上；2.报告三级审核。", "高"],
            [2, "减灾科", "科员", "缪清和", "人影作业弹药管理混乱①出入库双人登记；②每月盘点。", "中"],
            [3, "办公室", "主任", "靳若水", "公务接待超标准（1）执行接待清单；（2）按月公开。", "低"],
            [4, "办公室", "主任", "靳若水", "财务环节（1）虚列支出；（2）违规报销。", "低"]]  # fmt: skip
    res = run(tmp_path, rows)
    got = list(zip(res.risks["risk_point"], res.risks["measures"], strict=True))
    assert got[:3] == [("防雷检测报告随意出具", "1.检测两人以上；2.报告三级审核。"),
                       ("人影作业弹药管理混乱", "①出入库双人登记；②每月盘点。"),
                       ("公务接待超标准", "（1）执行接待清单；（2）按月公开。")]  # fmt: skip
    assert got[3][0].startswith("财务环节（1）虚列支出") and got[3][1] == ""
