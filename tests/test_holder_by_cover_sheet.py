"""A 手册's cover sheet (封面) with no table whose label lines name its one holder ('持 册 人： |
…', '岗　　位： | …', the unit on a line of its own), over a list on the next sheet that names
nobody (no post, name or 科室 column, no caption, a title naming no one): the list is the cover's
holder's, his post and unit too, said once (HOLDER_BY_COVER_SHEET). A reviewer's line on the cover
('审　　核： | 镇纪委　书记　…') names no holder; a cover naming two holders, a cover of a title and a
unit alone, and a list naming its own holders are read as before.

Not the published batch's file (batch851: a 库区管理站's 站长 with '持 册 人：', '审　　定：', Ⅰ级/Ⅱ级/Ⅲ级
and one heading row): a 县林业工作站, a 镇财政所 and a 县疾控中心, other posts (所长, 检验科科长, 会计), other
names, 高/中/低 as text, ticks under a merged 风险等级 over two heading rows, the holder in one cell
('持册人：…'), '手册持有人' and '填报人' as the label, a 岗位职责 sheet between cover and list, and an
extra 责任领导 column; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "handbook.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def codes(got) -> list[str]:
    return list(got.issues["code"])


FOREST = "某县林业工作站"

COVER = [
    [],
    [FOREST],
    ["岗位廉政风险防控手册"],
    [],
    ["手册持有人：", "欧阳澈"],
    ["职　　务：", "所长"],
    ["审　　核：", "青石镇纪委　书记　闻人翊"],
    [],
    ["二〇二五年三月"],
]

LIST = [
    ["岗位廉政风险点及防控措施"],
    ["序号", "廉政风险点", "风险等级", "防控措施"],
    [1, "林木采伐许可初审中收受好处，放宽审核", "高", "采伐许可初审两人现场核实并公示。"],
    [2, "生态护林员选聘中优亲厚友", "中", "选聘结果经镇党委会研究并张榜公示。"],
    [3, "接受林农、木材经营户宴请", "低", "签订廉洁承诺书，节前提醒。"],
]

FOREST_POINTS = [
    ("所长", "欧阳澈", "林木采伐许可初审中收受好处，放宽审核", "Ⅰ级"),
    ("所长", "欧阳澈", "生态护林员选聘中优亲厚友", "Ⅱ级"),
    ("所长", "欧阳澈", "接受林农、木材经营户宴请", "Ⅲ级"),
]


def test_a_cover_of_label_lines_names_the_holder_of_the_list_after_it(tmp_path):
    got = run(tmp_path, {"封面": COVER, "风险点": LIST})
    assert read(got) == sorted(FOREST_POINTS)
    assert set(got.risks["unit"]) == {FOREST}
    assert not errors(got), errors(got)
    said = got.issues[got.issues["code"] == "HOLDER_BY_COVER_SHEET"].to_dict("records")
    assert len(said) == 1 and said[0]["source_sheet"] == "封面" and said[0]["cell"] == "A5:B5", said
    assert "闻人翊" not in set(got.risks["person"])
    assert "所长 欧阳澈" in said[0]["message"] and "“风险点”" in said[0]["message"]
    assert CATALOGUE["HOLDER_BY_COVER_SHEET"][0] == "info" and SHORT["HOLDER_BY_COVER_SHEET"]


def test_the_holder_in_one_cell_and_ticks_under_two_heading_rows(tmp_path):
    cover = [
        ["某县疾病预防控制中心"],
        ["个人廉政风险防控手册"],
        [],
        ["持册人：濮阳霁"],
        ["岗　　位：", "检验科科长"],
        ["批　　准：", "中心主任　皇甫珩"],
    ]
    rows = [
        ["廉政风险点排查及防控措施"],
        ["序号", "风险点", "风险等级", None, None, "防控措施"],
        [None, None, "高", "中", "低", None],
        [1, "检测试剂采购验收中收受供应商好处", "√", None, None, "试剂验收由两人以上共同签字。"],
        [2, "检测报告出具中应请托改动结果", "√", None, None, "报告实行三级审核，原始记录留存。"],
        [3, "科室耗材领用把关不严", None, "√", None, "耗材领用登记，按月盘点公开。"],
    ]
    got = run(
        tmp_path,
        {"封面": cover, "排查表": rows},
        {"排查表": ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"]},
    )
    assert read(got) == sorted([
        ("检验科科长", "濮阳霁", "检测试剂采购验收中收受供应商好处", "Ⅰ级"),
        ("检验科科长", "濮阳霁", "检测报告出具中应请托改动结果", "Ⅰ级"),
        ("检验科科长", "濮阳霁", "科室耗材领用把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert codes(got).count("HOLDER_BY_COVER_SHEET") == 1


def test_a_duties_sheet_between_and_an_extra_column(tmp_path):
    cover = [
        ["岗位廉政风险防控手册"],
        ["单　　位：", "某县青石镇财政所"],
        ["填 报 人：", "诸葛沅"],
        ["岗　　位：", "会计"],
        ["审　　定：", "青石镇人民政府　镇长　司马珏"],
    ]
    duties = [["岗位职责"], ["1.负责本所会计核算和财务报表编制。"], ["2.负责惠农补贴资金的发放。"]]
    rows = [
        ["序号", "工作环节", "风险点", "风险等级", "防控措施", "责任领导"],
        [1, "资金拨付", "惠农补贴资金发放中虚报冒领", "高", "补贴名册村级公示，一卡通直发。", "分管副镇长"],
        [2, "会计核算", "报销凭证审核不严，违规列支", "中", "凭证由所长复核，按季公开。", "分管副镇长"],
    ]  # fmt: skip
    got = run(tmp_path, {"封面": cover, "岗位职责": duties, "风险点": rows})
    assert read(got) == sorted([
        ("会计", "诸葛沅", "惠农补贴资金发放中虚报冒领", "Ⅰ级"),
        ("会计", "诸葛沅", "报销凭证审核不严，违规列支", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["unit"]) == {"某县青石镇财政所"}
    assert not errors(got), errors(got)
    assert codes(got).count("HOLDER_BY_COVER_SHEET") == 1


def test_a_cover_naming_two_holders_is_read_as_before(tmp_path):
    cover = [list(r) for r in COVER]
    cover[6] = ["填 表 人：", "慕容璟"]  # two people under holders' labels: whose is the list?
    got = run(tmp_path, {"封面": cover, "风险点": LIST})
    assert {p for _t, p, _r, _l in read(got)} == {""}
    assert "HOLDER_BY_COVER_SHEET" not in codes(got)


def test_a_cover_of_a_title_and_a_unit_gives_no_holder(tmp_path):
    """(the unit alone is not carried either: a cover naming no one, as before)"""
    cover = [[FOREST], ["岗位廉政风险防控手册"], [], ["审　　核：", "青石镇纪委　书记　闻人翊"]]
    got = run(tmp_path, {"封面": cover, "风险点": LIST})
    assert {(t, p) for t, p, _r, _l in read(got)} == {("", "")}
    assert "HOLDER_BY_COVER_SHEET" not in codes(got)


def test_a_list_naming_its_own_holders_keeps_them(tmp_path):
    rows = [
        ["岗位廉政风险点及防控措施"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [
            1,
            "副所长",
            "公孙翌",
            "林木采伐许可初审中收受好处，放宽审核",
            "高",
            "两人现场核实并公示。",
        ],
        [2, "护林员", "东方黎", "巡护记录弄虚作假", "低", "巡护轨迹每月抽查。"],
    ]
    got = run(tmp_path, {"封面": COVER, "风险点": rows})
    assert read(got) == sorted([
        ("副所长", "公孙翌", "林木采伐许可初审中收受好处，放宽审核", "Ⅰ级"),
        ("护林员", "东方黎", "巡护记录弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_COVER_SHEET" not in codes(got)


def test_what_the_hundred_and_twenty_sixth_review_found_a_unit_book_filled_in_by_a_clerk(tmp_path):
    """'填报人' on a cover of a 单位 handbook names who filled it in, not the holder of the unit's
    list: read as before, no holder; the same label on a 岗位 handbook's cover still holds."""
    unit_list = [
        ["某县林业局单位廉政风险点清单"],
        ["序号", "风险环节", "廉政风险点", "风险等级", "防控措施"],
        [1, "采伐审批", "林木采伐许可初审中收受好处", "高", "两人现场核实。"],
        [2, "护林员选聘", "生态护林员选聘中优亲厚友", "中", "张榜公示。"],
    ]
    cover = [["某县林业局"], ["单位廉政风险防控手册"], ["填 报 人：", "郗明远"],
             ["职　　务：", "办公室科员"]]  # fmt: skip
    got = run(tmp_path / "unit", {"封面": cover, "风险点": unit_list})
    assert read(got) == [
        ("", "", "林木采伐许可初审中收受好处", "Ⅰ级"),
        ("", "", "生态护林员选聘中优亲厚友", "Ⅱ级"),
    ]
    assert "HOLDER_BY_COVER_SHEET" not in codes(got)
    cover = [["某县林业工作站"], ["岗位廉政风险防控手册"], ["填 报 人：", "郗明远"],
             ["岗　　位：", "站长"]]  # fmt: skip
    got = run(tmp_path / "post", {"封面": cover, "风险点": LIST[:4]})
    assert read(got) == [
        ("站长", "郗明远", "林木采伐许可初审中收受好处，放宽审核", "Ⅰ级"),
        ("站长", "郗明远", "生态护林员选聘中优亲厚友", "Ⅱ级"),
    ]
    assert codes(got).count("HOLDER_BY_COVER_SHEET") == 1


def test_what_the_hundred_and_twenty_sixth_review_found_a_notes_sheet_and_one_cell_labels(tmp_path):
    """Variants: a '说明' sheet between the cover and the list; '持册人：…　　职务：…' in one cell."""
    cover = [["某县林业工作站"], ["岗位廉政风险防控手册"], ["持 册 人：", "郗明远"],
             ["岗　　位：", "站长"]]  # fmt: skip
    notes = [["填写说明"], ["一、本手册由持册人本人填写。"]]
    want = [
        ("站长", "郗明远", "林木采伐许可初审中收受好处，放宽审核", "Ⅰ级"),
        ("站长", "郗明远", "生态护林员选聘中优亲厚友", "Ⅱ级"),
    ]
    got = run(tmp_path / "notes", {"封面": cover, "说明": notes, "风险点": LIST[:4]})
    assert read(got) == want
    assert codes(got).count("HOLDER_BY_COVER_SHEET") == 1
    cover = [["某县林业工作站"], ["岗位廉政风险防控手册"], ["持册人：郗明远　　职务：站长"]]
    got = run(tmp_path / "one", {"封面": cover, "风险点": LIST[:4]})
    assert read(got) == want
    assert codes(got).count("HOLDER_BY_COVER_SHEET") == 1
    assert not errors(got), errors(got)
