"""A holder written only as a personnel file's 简历 sentence in a cell beside his rows (merged down
or not): no 科室/岗位/姓名 column, the column headed '个人简历', '责任人情况', '基本情况' (or
anything), each cell '某某，女，汉族，1981年3月生，中共党员，研究生学历，现为市水务局水资源科科长，…':
the name the first clause, the post (and 科室, the unit's own name dropped) the '现任/现为…'
clause; the other personal facts are kept nowhere.

The layouts here are not the published batch's (a county's 畜牧兽医局, ``责任人基本情况`` over four
merged cells, 一级/二级/三级): another unit and sector (a city's 水务局 and a town's 卫生院),
other posts and names, other level words (高/中/低, ticks under 一级 | 二级 | 三级), one or two
heading rows, an extra column, written with xlsxwriter (tests/helpers.py), read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT
from xlproc.locate_holders import profile_holder


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "风险表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WATER = "XX市水务局"
P1 = "郦渟皓，男，汉族，1972年11月出生，中共党员，研究生学历，现任市水务局局长，主持全面工作。"
P2 = "阚沅蓁，女，满族，1981年3月生，中共党员，大学本科学历，现为市水务局副局长，分管水资源和河湖管理。"
P3 = "郦洺昱，男，汉族，1988年7月出生，中共预备党员，硕士研究生学历，现任市水务局水资源科科长。"


def test_merged_profile_cells_under_one_heading_row(tmp_path):
    rows = [[f"{WATER}领导干部廉政风险防控一览表"],
            ["序号", "个人简历", "廉政风险点", "风险等级", "防控措施"],
            [1, P1, "重大水利项目招标干预评标", "高", "招标全程进交易中心，纪检全程监督。"],
            [2, None, "水利资金分配个人说了算", "高", "资金分配局党组会集体研究。"],
            [3, P2, "取水许可审批放宽条件", "中", "审批材料两人审核，结果公示。"],
            [4, None, "河道采砂监管睁一只眼闭一只眼", "高", "采砂现场定期巡查，台账备查。"],
            [5, P3, "水资源费征收减免不按规定", "中", "减免按规定报批，逐笔登记。"],
            [6, None, "水资源论证报告审查走过场", "低", "专家评审，意见存档。"],
            ["注：风险等级分为高、中、低三级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B3:B4", "B5:B6", "B7:B8", "A9:E9"])
    assert read(got) == sorted([
        ("", "局长", "郦渟皓", "重大水利项目招标干预评标", "Ⅰ级"),
        ("", "局长", "郦渟皓", "水利资金分配个人说了算", "Ⅰ级"),
        ("", "副局长", "阚沅蓁", "取水许可审批放宽条件", "Ⅱ级"),
        ("", "副局长", "阚沅蓁", "河道采砂监管睁一只眼闭一只眼", "Ⅰ级"),
        ("水资源科", "科长", "郦洺昱", "水资源费征收减免不按规定", "Ⅱ级"),
        ("水资源科", "科长", "郦洺昱", "水资源论证报告审查走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_FROM_PROFILE" in codes(got)
    assert "HOLDER_PROFILE_NO_POST" not in codes(got)
    assert not any("1972" in p or "党员" in p for p in got.risks["person"])
    no_errors(got)


def test_two_heading_rows_and_an_extra_column_unmerged_cells(tmp_path):
    """'责任人情况' merged over two heading rows, the 简历 written again on each row (no merge), a
    '备注' column after the measures; the town's 卫生院, its 院长 and 药剂科 科长."""
    a = "萧珝沄，女，土家族，1979年9月出生，中共党员，大专学历，现任镇卫生院院长，负责医院全面工作。"
    b = "萧澈翎，男，汉族，1985年2月出生，群众，本科学历，现任本院药剂科科长，负责药品采购。"
    rows = [["XX镇卫生院岗位廉政风险点排查表"],
            ["序号", "责任人情况", "廉政风险", None, "防控措施", "备注"],
            [None, None, "风险点", "等级", None, None],
            [1, a, "医疗设备采购暗箱操作", "高", "设备采购集体研究、公开招标。", None],
            [2, a, "人员招聘优亲厚友", "中", "招聘方案报卫健局审核。", "/"],
            [3, b, "药品采购收受回扣", "高", "药品统一在平台采购，每月公示用量。", None],
            [4, b, "药品入库验收不严", "低", "入库双人验收签字。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"])
    assert read(got) == sorted([
        ("", "院长", "萧珝沄", "医疗设备采购暗箱操作", "Ⅰ级"),
        ("", "院长", "萧珝沄", "人员招聘优亲厚友", "Ⅱ级"),
        ("药剂科", "科长", "萧澈翎", "药品采购收受回扣", "Ⅰ级"),
        ("药剂科", "科长", "萧澈翎", "药品入库验收不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_FROM_PROFILE" in codes(got)
    no_errors(got)


def test_ticks_under_levels_and_an_unknown_heading_every_cell_a_profile(tmp_path):
    """A heading no holder's word ('人员'), levels ticked under '一级 | 二级 | 三级', a third holder
    written with no '现任' clause: his name alone, a warning at his cell."""
    c = "阚霁川，男，回族，1990年5月出生，中共党员，大学学历，2013年7月参加工作。"
    rows = [[f"{WATER}中层干部廉政风险等级表"],
            ["序号", "人员", "廉政风险点", "一级", "二级", "三级", "防控措施"],
            [1, P2, "农村饮水工程验收降低标准", "√", None, None, "验收邀请群众代表参加。"],
            [2, P3, "取水计量设施检查走过场", None, "√", None, "计量检查留存影像。"],
            [3, c, "防汛物资出入库不登记", None, None, "√", "物资出入库逐笔登记。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("", "副局长", "阚沅蓁", "农村饮水工程验收降低标准", "Ⅰ级"),
        ("水资源科", "科长", "郦洺昱", "取水计量设施检查走过场", "Ⅱ级"),
        ("", "", "阚霁川", "防汛物资出入库不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert {"HOLDER_FROM_PROFILE", "HOLDER_PROFILE_NO_POST"} <= codes(got)
    warned = got.issues[got.issues["code"] == "HOLDER_PROFILE_NO_POST"]
    assert list(warned["cell"]) == ["B5"]
    no_errors(got)


def test_a_post_column_of_its_own_keeps_its_post(tmp_path):
    """'岗位 | 基本情况': the row's own post column stands, the 简历 gives the name."""
    rows = [[f"{WATER}岗位廉政风险防控表"],
            ["序号", "岗位", "基本情况", "廉政风险点", "风险等级", "防控措施"],
            [1, "河长制办公室副主任", "萧沛瑶，女，汉族，1983年4月出生，中共党员，本科学历，现任市水务局河长办副主任。",
             "河湖考核打分弄虚作假", "中", "考核结果集体评议。"],
            [2, "水政监察大队大队长", "郦骁翀，男，汉族，1977年8月出生，中共党员，大专学历，现任市水务局水政监察大队大队长。",
             "水事违法案件查处降格处理", "高", "案件查处经法制审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("", "河长制办公室副主任", "萧沛瑶", "河湖考核打分弄虚作假", "Ⅱ级"),
        ("", "水政监察大队大队长", "郦骁翀", "水事违法案件查处降格处理", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_FROM_PROFILE" in codes(got)
    no_errors(got)


# ---------------------------------------------------------------- as before


def test_duty_sentences_beside_named_holders_stay_duties(tmp_path):
    """'岗位职责' sentences ('负责…，…') beside '岗位 | 姓名': no 简历, read as before."""
    rows = [[f"{WATER}岗位廉政风险防控表"],
            ["序号", "岗位", "姓名", "岗位职责", "廉政风险点", "风险等级", "防控措施"],
            [1, "局长", "郦渟皓", "负责全面工作，主持党组会议，审批重大资金", "资金审批个人说了算", "高",
             "重大资金集体研究。"],
            [2, "科长", "郦洺昱", "负责水资源管理，审核取水许可，组织水资源论证", "取水许可把关不严", "中",
             "许可材料两人审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("", "局长", "郦渟皓", "资金审批个人说了算", "Ⅰ级"),
        ("", "科长", "郦洺昱", "取水许可把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_FROM_PROFILE" not in codes(got)
    no_errors(got)


def test_bracketed_facts_and_prose_shares_read_as_before(tmp_path):
    """'姓名' cells with the person's facts bracketed ('萧某（回族）') and a '分工' column of prose
    ('由…负责，…配合'): the names as before, no 简历 read."""
    rows = [[f"{WATER}廉政风险点登记表"],
            ["序号", "职务", "姓名", "分工", "廉政风险点", "风险等级", "防控措施"],
            [1, "副局长", "阚沅蓁（满族）", "由副局长负责，规划科配合，办公室督办", "水利规划调整不公开", "中",
             "规划调整公开征求意见。"],
            [2, "科长", "郦洺昱（中共党员）", "由水资源科负责，监察大队配合，财务科审核", "水资源费缓征把关不严", "低",
             "缓征报局务会研究。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("", "副局长", "阚沅蓁", "水利规划调整不公开", "Ⅱ级"),
        ("", "科长", "郦洺昱", "水资源费缓征把关不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_FROM_PROFILE" not in codes(got)
    no_errors(got)


def test_profile_sentence_parts():
    assert profile_holder(P3) == ("郦洺昱", "水资源科", "科长")
    assert profile_holder(P1) == ("郦渟皓", "", "局长")
    assert profile_holder("负责水资源管理，审核取水许可，组织水资源论证") is None
    assert profile_holder("由副局长负责，规划科配合，办公室督办") is None
    assert profile_holder("阚沅蓁（满族）") is None


def test_codes_catalogued():
    for code in ("HOLDER_FROM_PROFILE", "HOLDER_PROFILE_NO_POST"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_twenty_seventh_review_found_joint_and_graded_posts():
    """Several posts in the 现任 clause: the LAST the post; a 党组 post or a rank before it no
    科室; a 局/委/中心 that is the unit itself no 科室 (review 127, finding 6)."""
    facts = "郦渟皓，男，汉族，1972年11月出生，中共党员，研究生学历，"
    for said, dept, post in (
        ("现任县财政局党组书记、局长", "", "局长"),
        ("现任县财政局党组成员、副局长", "", "副局长"),
        ("现任二级主任科员、预算股股长", "预算股", "股长"),
        ("现任财政局局长", "", "局长"),
        ("现任县卫健委党组书记、主任", "", "主任"),
        ("现任县财政局预算股股长", "预算股", "股长"),
    ):
        assert profile_holder(f"{facts}{said}。") == ("郦渟皓", dept, post), said


def test_what_the_hundred_and_twenty_seventh_review_found_a_post_column_warns_of_no_missing_post(
    tmp_path,
):
    """A 简历 naming no post beside the row's own 岗位 column: the row has its post, no
    HOLDER_PROFILE_NO_POST (review 127, finding 7)."""
    rows = [[f"{WATER}岗位廉政风险防控表"],
            ["序号", "岗位", "基本情况", "廉政风险点", "风险等级", "防控措施"],
            [1, "局长", "萧沛瑶，女，汉族，1983年4月出生，中共党员，本科学历。", "河湖考核打分弄虚作假", "中",
             "考核结果集体评议。"],
            [2, "副局长", "郦骁翀，男，汉族，1977年8月出生，中共党员，大专学历，现任市水务局副局长。",
             "水事违法案件查处降格处理", "高", "案件查处经法制审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("", "局长", "萧沛瑶", "河湖考核打分弄虚作假", "Ⅱ级"),
        ("", "副局长", "郦骁翀", "水事违法案件查处降格处理", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_PROFILE_NO_POST" not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_profile_beside_a_name_column(tmp_path):
    """'序号 | 姓名 | 基本情况 | …' with no post column: the post (and 科室) the 简历's, the name
    the 姓名 column's, one info HOLDER_POST_FROM_PROFILE (review 127, finding 8)."""
    rows = [[f"{WATER}岗位廉政风险防控表"],
            ["序号", "姓名", "基本情况", "廉政风险点", "风险等级", "防控措施"],
            [1, "萧沛瑶", "萧沛瑶，女，汉族，1983年4月出生，中共党员，本科学历，现任市水务局河长办副主任。",
             "河湖考核打分弄虚作假", "中", "考核结果集体评议。"],
            [2, "郦骁翀", "郦骁翀，男，汉族，1977年8月出生，中共党员，大专学历，现任市水务局党组成员、副局长。",
             "水事违法案件查处降格处理", "高", "案件查处经法制审核。"],
            [3, "阚沅蓁", "阚沅蓁，女，满族，1981年3月生，中共党员，大学本科学历，现任二级主任科员、水资源科科长。",
             "取水许可审批放宽条件", "低", "两人审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("河长办", "副主任", "萧沛瑶", "河湖考核打分弄虚作假", "Ⅱ级"),
        ("", "副局长", "郦骁翀", "水事违法案件查处降格处理", "Ⅰ级"),
        ("水资源科", "科长", "阚沅蓁", "取水许可审批放宽条件", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_POST_FROM_PROFILE" in codes(got)
    assert "HOLDER_POST_FROM_PROFILE" in CATALOGUE and "HOLDER_POST_FROM_PROFILE" in SHORT
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_profile_variants():
    """No verb, dated posts, '…同志', clauses by lines or spaces, a career's latest post
    (review 127, finding 9)."""
    for text, want in (
        ("张三，男，汉族，1980年1月出生，中共党员，大学学历，县财政局局长。", ("张三", "", "局长")),
        ("张三，男，汉族，中共党员，大学学历，2019年至今任县财政局预算股股长。", ("张三", "预算股", "股长")),
        ("张三，男，汉族，中共党员，大学学历，2021年3月起任县财政局副局长。", ("张三", "", "副局长")),
        ("张三同志，男，汉族，中共党员，现任县财政局局长。", ("张三", "", "局长")),
        ("张三\n男\n汉族\n中共党员\n现任县财政局局长", ("张三", "", "局长")),
        ("张三 男 汉族 中共党员 现任县财政局局长", ("张三", "", "局长")),
        ("张三，男，汉族，中共党员，2018年任县财政局副局长，2022年任县财政局局长。", ("张三", "", "局长")),
        ("张三，男，汉族，中共党员，现任县财政局局长，2015年任县审计局副局长。", ("张三", "", "局长")),
    ):  # fmt: skip
        assert profile_holder(text) == want, text
    assert profile_holder("张三，男，汉族，中共党员，河北省某县人。") == ("张三", "", "")


def test_what_the_hundred_and_twenty_seventh_review_found_profiles_by_lines_or_spaces(tmp_path):
    """简历 cells whose clauses are parted by lines or spaces are a holder column too (finding 9)."""
    for k, sep in enumerate(("\n", " ")):
        a = sep.join(["郦渟皓", "男", "汉族", "1972年11月出生", "中共党员", "现任市水务局局长"])
        b = sep.join(
            ["阚沅蓁", "女", "满族", "1981年3月生", "中共党员", "现任市水务局水资源科科长"]
        )
        rows = [[f"{WATER}领导干部廉政风险防控一览表"],
                ["序号", "个人简历", "廉政风险点", "风险等级", "防控措施"],
                [1, a, "重大水利项目招标干预评标", "高", "招标全程进交易中心。"],
                [2, None, "水利资金分配个人说了算", "中", "资金分配集体研究。"],
                [3, b, "水资源费征收减免不按规定", "低", "减免按规定报批。"]]  # fmt: skip
        got = run(tmp_path / str(k), rows, ["A1:E1", "B3:B4"])
        assert read(got) == sorted([
            ("", "局长", "郦渟皓", "重大水利项目招标干预评标", "Ⅰ级"),
            ("", "局长", "郦渟皓", "水利资金分配个人说了算", "Ⅱ级"),
            ("水资源科", "科长", "阚沅蓁", "水资源费征收减免不按规定", "Ⅲ级"),
        ]), repr(sep)  # fmt: skip
        assert "HOLDER_FROM_PROFILE" in codes(got)
        no_errors(got)
