"""Level cells a phone app's 图片转表格 (OCR of a photographed sheet) wrote with look-alike
characters — a dash for the numeral 一 ('—级'), 圾/汲/极 for 级 ('二圾', '三汲'), 'l' for the
strokes of Ⅱ ('ll级'), 口 for 中 ('口风险'), 硷 for 险 ('高风硷') — are read as the level word they
stand for, with one info a table (LEVEL_OCR_LOOKALIKE) naming the first such cell and how many,
where the reader had left each without a level (LEVEL_UNKNOWN) and so graded the holder low.

Why these files: the published batch (a 乡渔业服务站's 一览表, ``—级/一圾/二圾/三汲`` beside cells
read right) is one office's photo; any office scanning its printed sheet back through a phone
gets the same look-alikes in its own level words. Here a 县林业工作站's list in ``Ⅰ级/Ⅱ级/Ⅲ级``
with the level column before the point, a 社区卫生服务中心's in ``高风险/中风险/低风险`` and no 科室
column, re-saved as .ods, a 农机监理站's in ``一级风险/二级风险/三级风险`` over two 科室, and a
水文站's whose every level cell came back misread (``一圾/二圾/三圾``), so no cell shows the
table's own words but all fold to one form. The near-misses an ordinary file has are read as
before: a '—' alone (none) stays without a level; a '—级' in a table written ``高/中/低`` is no
word of that table's (LEVEL_UNKNOWN as before); a single misread cell in a table with no other
level word is not guessed; the points and measures keep their text (``极``, ``圾`` and all).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]


def run(tmp_path: Path, rows: list[list], name: str = "list.xlsx"):
    inbox = tmp_path / "inbox"
    write = write_ods if name.endswith(".ods") else write_workbook
    write(inbox / name, {"Sheet1": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def levels(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["risk_level"], r["raw_risk_level"], strict=True))


def issues(got, code: str) -> list[dict]:
    found = got.issues
    return found[found["code"] == code].to_dict("records")


FORESTRY = [
    ["双河县林业工作站岗位廉政风险点一览表"],
    ["序号", "股室", "职务", "姓名", "风险级别", "风险点", "防控措施"],
    [1, "站领导", "站长", "滕昀澈", "ll级", "林木采伐审核把关不严", "集体研究，公示结果。"],
    [2, "站领导", "站长", "滕昀澈", "Ⅰ级", "苗木采购指定供应商", "公开询价，三方比价。"],
    [3, "营林股", "股长", "柯翊涵", "|级", "造林补助面积虚报", "实地核查，卫星图比对。"],
    [4, "营林股", "技术员", "奚朗睿", "Ⅲ级", "检疫证明随意出具", "按规程检疫，留存样本。"],
]


def test_roman_levels_with_strokes_read_as_l_or_bar(tmp_path):
    got = run(tmp_path, FORESTRY)
    assert levels(got) == [
        ("滕昀澈", "Ⅱ级", "ll级"),
        ("滕昀澈", "Ⅰ级", "Ⅰ级"),
        ("柯翊涵", "Ⅰ级", "|级"),
        ("奚朗睿", "Ⅲ级", "Ⅲ级"),
    ]
    said = issues(got, "LEVEL_OCR_LOOKALIKE")
    assert [(i["cell"], i["value"], i["severity"]) for i in said] == [("E3", "ll级", "info")]
    assert "2 格" in said[0]["message"]
    assert not issues(got, "LEVEL_UNKNOWN")


CLINIC = [
    ["城南街道社区卫生服务中心廉政风险防控一览表"],
    ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "主任", "卜芮嘉", "药品耗材采购收受回扣", "高风硷", "集中带量采购，纪检全程监督。"],
    [2, "主任", "卜芮嘉", "绩效分配暗箱操作", "口风险", "方案职代会通过，结果公示。"],
    [3, "药剂科长", "甘沐宸", "药品出入库账实不符", "中风险", "每月盘点，双人签字。"],
    [4, "收费员", "詹若溪", "私收费用不入账", "低风险", "票据连号管理，日清日结。"],
]


def test_high_middle_low_with_look_alikes_of_zhong_and_xian_resaved_as_ods(tmp_path):
    got = run(tmp_path, CLINIC, "list.ods")
    assert levels(got) == [
        ("卜芮嘉", "Ⅰ级", "高风硷"),
        ("卜芮嘉", "Ⅱ级", "口风险"),
        ("甘沐宸", "Ⅱ级", "中风险"),
        ("詹若溪", "Ⅲ级", "低风险"),
    ]
    grades = dict(zip(got.posts["person"], got.posts["computed_grade"], strict=True))
    assert grades["卜芮嘉"] == "A"
    said = issues(got, "LEVEL_OCR_LOOKALIKE")
    assert [(i["cell"], i["value"]) for i in said] == [("E3", "高风硷")]


MACHINERY = [
    ["安平县农机安全监理站廉政风险点排查表"],
    HEAD,
    [1, "检验科", "科长", "鲍昕然", "车辆年检降低标准放行", "—级风险", "检验全程录像，抽查复检。"],
    [2, "检验科", "检验员", "邰梓铭", "收受车主好处费", "二级风险", "签订承诺书，群众评议。"],
    [3, "证照科", "科长", "鲍雨桐", "驾驶证考试放宽标准", "三汲风险", "考场监控，考官轮换。"],
    [4, "证照科", "办事员", "邰书瑶", "档案资料丢失篡改", "二极风险", "档案专柜，借阅登记。"],
]


def test_numbered_levels_with_a_dash_and_wrong_ji_over_two_offices(tmp_path):
    got = run(tmp_path, MACHINERY)
    assert levels(got) == [
        ("鲍昕然", "Ⅰ级", "—级风险"),
        ("邰梓铭", "Ⅱ级", "二级风险"),
        ("鲍雨桐", "Ⅲ级", "三汲风险"),
        ("邰书瑶", "Ⅱ级", "二极风险"),
    ]
    said = issues(got, "LEVEL_OCR_LOOKALIKE")
    assert [(i["cell"], i["value"]) for i in said] == [("F3", "—级风险")]
    assert "3 格" in said[0]["message"] and "一级风险" in said[0]["message"]
    # the points and measures keep their text
    assert list(got.risks["risk_point"])[3] == "档案资料丢失篡改"


HYDROLOGY = [
    ["清水河水文站岗位廉政风险一览表"],
    HEAD,
    [1, "站办公室", "站长", "燕沛霖", "测报经费挪用", "一圾", "专款专用，季度审计。"],
    [2, "站办公室", "会计", "燕书妤", "报销凭证不实", "二圾", "凭证审核，银行对账。"],
    [3, "测验股", "测工", "尤铭轩", "水文数据迟报漏报", "三圾", "双人校核，系统留痕。"],
]


def test_every_level_cell_misread_to_one_form(tmp_path):
    got = run(tmp_path, HYDROLOGY)
    assert [lv for _p, lv, _r in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    said = issues(got, "LEVEL_OCR_LOOKALIKE")
    assert [(i["cell"], i["value"]) for i in said] == [("F3", "一圾")]


def test_a_dash_alone_stays_none_and_another_tables_words_are_not_guessed(tmp_path):
    rows = [
        ["桃源镇农业综合服务站廉政风险点一览表"],
        HEAD,
        [1, "站领导", "站长", "冉书宁", "惠农补贴审核不严", "高", "公示公开，群众监督。"],
        [2, "站领导", "副站长", "冉梓涵", "农资推广指定品牌", "—", "集体研究，比价采购。"],
        [3, "农技股", "技术员", "蒲晨曦", "测土配方数据造假", "—级", "抽样复测，数据留痕。"],
        [4, "农技股", "技术员", "蒲晨曦", "垃圾处理费极少入账", "低", "收支两条线，极少现金。"],
    ]
    got = run(tmp_path, rows)
    assert levels(got) == [
        ("冉书宁", "Ⅰ级", "高"),
        ("冉梓涵", "", "—"),
        ("蒲晨曦", "", "—级"),
        ("蒲晨曦", "Ⅲ级", "低"),
    ]
    assert not issues(got, "LEVEL_OCR_LOOKALIKE")
    # (each still unknown, as before: '—' a placeholder, '—级' no word of 高/中/低)
    assert [i["cell"] for i in issues(got, "LEVEL_UNKNOWN")] == ["F4", "F5"]
    assert list(got.risks["risk_point"])[3] == "垃圾处理费极少入账"
    assert list(got.risks["measures"])[3] == "收支两条线，极少现金。"


def test_one_misread_cell_alone_is_not_guessed(tmp_path):
    rows = [
        ["石门乡畜牧兽医站廉政风险点一览表"],
        HEAD,
        [1, "站领导", "站长", "訾昊然", "动物检疫不到场出证", "二圾", "检疫全程记录。"],
        [2, "防疫股", "防疫员", "訾雨萱", "疫苗领用不登记", "", "台账管理，定期盘点。"],
    ]
    got = run(tmp_path, rows)
    assert [lv for _p, lv, _r in levels(got)] == ["", ""]
    assert not issues(got, "LEVEL_OCR_LOOKALIKE")
    assert [i["cell"] for i in issues(got, "LEVEL_UNKNOWN")] == ["F3"]


def test_what_the_hundred_and_twenty_ninth_review_found_a_dash_among_every_cell_misread(tmp_path):
    """Every level cell of the photo's table misread to one form ('—级', '二圾', '三汲') but one
    left '—' (no level for that point): the '—' is no cell left unfolded, so the others are
    still read (they had all been left unread, an error each); the '—' stays blank."""
    rows = [list(x) for x in HYDROLOGY]
    rows.append([4, "测验股", "测工", "尤铭轩", "测站设备维护记录不实", "—", "按月巡检。"])
    rows[2][5], rows[3][5], rows[4][5] = "—级", "二圾", "三汲"
    got = run(tmp_path, rows)
    assert [lv for _p, lv, _r in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级", ""]
    assert [i["cell"] for i in issues(got, "LEVEL_OCR_LOOKALIKE")] == ["F3"]
