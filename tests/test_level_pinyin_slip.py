"""A level of 高/中/低 typed with its pinyin neighbour by the input method ('底' for 低, '钟' for 中,
'搞风险' for 高风险), in a table whose other level cells are written in the same words: read as the
level it stands for, with one info a table (LEVEL_PINYIN_SLIP) naming the first such cell. A slip in
a table of 一级/二级/三级, a character that says a level of its own ('重'), or a table with too few
other level cells to show its words: as before, LEVEL_UNKNOWN.

Not batch52's file (a 农业技术推广中心's 一览表 with a two-row header and '底' among 高/中/低): a
county's 人民医院 and 水务 bodies, other posts and names, '钟' and '底风险'/'搞风险', written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str] = (), sheet: str = "一览表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: list(merges)})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def levels(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["risk_point"], r["risk_level"], strict=True))


def issues(got, code: str) -> list[tuple[str, str]]:
    i = got.issues
    return [(c, v) for k, c, v in zip(i["code"], i["cell"], i["value"], strict=True) if k == code]


def test_zhong_typed_for_zhong_among_high_middle_low(tmp_path):
    rows = [["XX县人民医院岗位廉政风险点一览表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "药剂科", "科长", "晁澄宇", "药品遴选倾向特定厂家", "高", "药事委员会集体遴选。"],
            [2, "药剂科", "药师", "伏叶舟", "处方审核放松", "钟", "处方点评每月一次。"],
            [3, "设备科", "科长", "宁晚棠", "设备验收走过场", "中", "验收两人签字。"],
            [4, "设备科", "采购员", "隗星野", "询价时透露底价", "低", "询价记录存档。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert levels(got) == {"药品遴选倾向特定厂家": "Ⅰ级", "处方审核放松": "Ⅱ级",
                           "设备验收走过场": "Ⅱ级", "询价时透露底价": "Ⅲ级"}  # fmt: skip
    assert issues(got, "LEVEL_PINYIN_SLIP") == [("F4", "钟")]
    assert not issues(got, "LEVEL_UNKNOWN")


def test_two_slips_in_words_ending_with_risk_one_info(tmp_path):
    rows = [["XX县水务局廉政风险防控表"],
            ["岗位", "责任人", "风险点", "风险级别", "防控措施"],
            ["局长", "薄云岫", "工程项目安排不经集体研究", "搞风险", "实行党组会集体决策。"],
            ["局长", "薄云岫", "干预工程招标", "高风险", "招标全程公开。"],
            ["财务", "濮清和", "资金拨付审核不严", "中风险", "拨付三级审核。"],
            ["财务", "濮清和", "票据保管不善", "底风险", "票据专柜保管。"],
            ["水政监察员", "沙明远", "执法检查走过场", "低风险", "执法全程记录。"]]  # fmt: skip
    got = run(tmp_path, rows, sheet="防控表")
    assert levels(got) == {"工程项目安排不经集体研究": "Ⅰ级", "干预工程招标": "Ⅰ级",
                           "资金拨付审核不严": "Ⅱ级", "票据保管不善": "Ⅲ级",
                           "执法检查走过场": "Ⅲ级"}  # fmt: skip
    assert issues(got, "LEVEL_PINYIN_SLIP") == [("D3", "搞风险")]
    assert not issues(got, "LEVEL_UNKNOWN")


def test_a_slip_among_numbered_levels_is_not_read(tmp_path):
    rows = [["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "站长", "鞠向晚", "项目资金拨付不按程序", "一级", "集体研究。"],
            [2, "会计", "乜清远", "报销审核不严", "底", "两人复核。"],
            [3, "出纳", "沈知秋", "现金保管不规范", "三级", "日清月结。"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert levels(got)["报销审核不严"] == ""
    assert issues(got, "LEVEL_UNKNOWN") == [("E3", "底")]
    assert not issues(got, "LEVEL_PINYIN_SLIP")


def test_a_word_of_its_own_or_too_few_words_are_not_read(tmp_path):
    # '重' (重大, 重点) says a level of its own: no slip of 中
    rows = [["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "单若水", "执法检查打招呼", "高", "执法全程记录。"],
            [2, "副所长", "翟书白", "案件审核不严", "重", "法制审核。"],
            [3, "协管员", "逄明川", "巡查记录造假", "中", "巡查拍照上传。"],
            [4, "协管员", "逄明川", "泄露检查安排", "低", "签订保密承诺。"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert levels(got)["案件审核不严"] == ""
    assert issues(got, "LEVEL_UNKNOWN") == [("E3", "重")]
    assert not issues(got, "LEVEL_PINYIN_SLIP")
    # one other cell of the same words is too few to show the table's words
    rows = [["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "单若水", "执法检查打招呼", "高", "执法全程记录。"],
            [2, "副所长", "翟书白", "案件审核不严", "底", "法制审核。"]]  # fmt: skip
    got = run(tmp_path / "two", rows)
    assert levels(got)["案件审核不严"] == ""
    assert issues(got, "LEVEL_UNKNOWN") == [("E3", "底")]


def test_the_code_is_an_info_with_its_short_name():
    from xlproc.issues import CATALOGUE, ITEMS, SHORT

    assert CATALOGUE["LEVEL_PINYIN_SLIP"][0] == "info"
    assert "LEVEL_PINYIN_SLIP" in SHORT and ITEMS["LEVEL_PINYIN_SLIP"] == "风险级别"
