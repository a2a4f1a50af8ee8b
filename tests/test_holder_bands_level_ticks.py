"""Holder bands over level tick columns: one row a point, a heading merged over the holders'
bands ('责任人及风险等级（在本人对应等级下打√）'), each band one holder ('院长⏎姓名' merged over
its columns, or the post over the name on two rows, or the name alone) over the same level words
('一级 | 二级 | 三级', 'Ⅰ | Ⅱ | Ⅲ', '高风险 | 中风险 | 低风险'), a tick under a holder's own level
making the row's point his at that level (several holders a row, their levels differing).

Not the published batch's file (a 海洋与渔业局's 领导班子 with 局长/副局长 over 高 | 中 | 低, '√', three
heading rows, no type column): a county 卫生健康局, a 人民医院 and a 疾控中心, other posts and names,
other level words and marks, a type column, a post row over a names row, name-only bands, written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. The look-alikes
(type bands over 高 | 中 | 低 ticks; holders as tick columns, posts over names, beside a 风险等级
column) read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

ERRORS = {"error"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "评定表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    assert not set(got.issues["severity"]) & ERRORS, got.issues[["code", "cell", "value"]]


def test_post_and_name_in_one_band_cell_over_grades_with_a_type_column(tmp_path):
    v = "√"
    rows = [["XX县卫生健康局领导班子成员廉政风险等级评定表"],
            ["序号", "廉政风险点", "风险类型", "责任领导及风险等级（在本人对应等级下打√）",
             None, None, None, None, None, None, None, None, "防控措施"],
            [None, None, None, "局长\n宓澹宁", None, None, "副局长\n郗霭岚", None, None,
             "纪检组长\n宓栖梧", None, None, None],
            [None, None, None, "一级", "二级", "三级", "一级", "二级", "三级", "一级", "二级", "三级",
             None],
            [1, "医疗设备集中采购中指定品牌", "制度机制", v, None, None, None, v, None, None, None,
             None, "采购论证会集体决定，纪检全程监督。"],
            [2, "医疗机构执业许可审批放宽条件", "岗位职责", None, v, None, v, None, None, None, None,
             None, "许可审批实行联审，结果公示。"],
            [3, "违规发放公共卫生项目补助资金", "制度机制", None, None, None, None, None, v, None, v,
             None, "资金拨付按绩效考核结果兑现。"],
            [4, "收受医药企业宴请和礼金", "思想道德", None, None, v, None, None, v, None, None, v,
             "签订廉洁承诺书，节前提醒。"],
            ["注：风险等级由班子成员本人评定，不涉及的不打勾。"],
            ["填表：", None, None, "审核：", None, None, None, None, None, None, None, None,
             "2025年6月"]]  # fmt: skip
    merges = ["A1:M1", "A2:A4", "B2:B4", "C2:C4", "D2:L2", "M2:M4",
              "D3:F3", "G3:I3", "J3:L3", "A9:M9"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "宓澹宁", "医疗设备集中采购中指定品牌", "Ⅰ级"),
        ("局长", "宓澹宁", "医疗机构执业许可审批放宽条件", "Ⅱ级"),
        ("局长", "宓澹宁", "收受医药企业宴请和礼金", "Ⅲ级"),
        ("副局长", "郗霭岚", "医疗设备集中采购中指定品牌", "Ⅱ级"),
        ("副局长", "郗霭岚", "医疗机构执业许可审批放宽条件", "Ⅰ级"),
        ("副局长", "郗霭岚", "违规发放公共卫生项目补助资金", "Ⅲ级"),
        ("副局长", "郗霭岚", "收受医药企业宴请和礼金", "Ⅲ级"),
        ("纪检组长", "宓栖梧", "违规发放公共卫生项目补助资金", "Ⅱ级"),
        ("纪检组长", "宓栖梧", "收受医药企业宴请和礼金", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    keys = zip(r["person"], r["risk_point"], strict=True)
    typed = dict(zip(keys, r["risk_type"], strict=True))
    assert typed[("宓栖梧", "收受医药企业宴请和礼金")] == "思想道德风险"
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "HOLDER_BANDS_LEVEL_TICKS"]
    assert list(said["cell"]) == ["D2"]
    assert "POINT_BLANK" not in codes(got)
    no_errors(got)


def test_post_row_over_names_row_roman_levels_and_check_marks(tmp_path):
    # four heading rows: 岗位 merged over each band, the name merged under it, Ⅰ | Ⅱ | Ⅲ; two
    # 副院长 told apart by their names; '✓' as the mark; a row nobody ticks stays one point
    m = "✓"
    rows = [["XX县人民医院院领导廉洁风险等级自评表"],
            ["编号", "风险点", "责任人及风险等级", None, None, None, None, None, None, None, None,
             "防控措施"],
            [None, None, "院长", None, None, "副院长", None, None, "副院长", None, None, None],
            [None, None, "巫马澈", None, None, "闾丘蕴", None, None, "巫马汀", None, None, None],
            [None, None, "Ⅰ", "Ⅱ", "Ⅲ", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅰ", "Ⅱ", "Ⅲ", None],
            ["1", "基建工程变更签证把关不严", m, None, None, None, m, None, None, None, None,
             "变更签证三方会签。"],
            ["2", "耗材遴选中收受供应商好处", None, None, None, m, None, None, None, m, None,
             "耗材遴选专家随机抽取。"],
            ["3", "职称评聘中优亲厚友", None, m, None, None, None, None, None, None, m,
             "评聘结果院内公示。"]]  # fmt: skip
    merges = ["A1:L1", "A2:A5", "B2:B5", "C2:K2", "L2:L5",
              "C3:E3", "F3:H3", "I3:K3", "C4:E4", "F4:H4", "I4:K4"]  # fmt: skip
    got = run(tmp_path, rows, merges, sheet="院领导")
    assert read(got) == sorted([
        ("院长", "巫马澈", "基建工程变更签证把关不严", "Ⅰ级"),
        ("院长", "巫马澈", "职称评聘中优亲厚友", "Ⅱ级"),
        ("副院长", "闾丘蕴", "基建工程变更签证把关不严", "Ⅱ级"),
        ("副院长", "闾丘蕴", "耗材遴选中收受供应商好处", "Ⅰ级"),
        ("副院长", "巫马汀", "耗材遴选中收受供应商好处", "Ⅱ级"),
        ("副院长", "巫马汀", "职称评聘中优亲厚友", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BANDS_LEVEL_TICKS" in codes(got)
    assert "POINT_BLANK" not in codes(got)
    no_errors(got)


def test_name_only_bands_over_risk_words_with_a_description_column(tmp_path):
    # bands naming the holder only, 高风险 | 中风险 | 低风险 under each, a 风险表现 column between
    rows = [["XX县疾病预防控制中心中层干部廉政风险等级表"],
            ["序号", "风险点", "风险表现", "本人风险等级（打√）", None, None, None, None, None,
             "防控措施"],
            [None, None, None, "仉泠禾", None, None, "亓官黛", None, None, None],
            [None, None, None, "高风险", "中风险", "低风险", "高风险", "中风险", "低风险", None],
            [1, "疫苗出入库管理不规范", "出入库登记与实物不符", None, "√", None, "√", None, None,
             "双人双锁，每月盘点。"],
            [2, "检测试剂采购询价走过场", "只询一家报价", "√", None, None, None, None, "√",
             "三家询价，结果公示。"]]  # fmt: skip
    merges = ["A1:J1", "A2:A4", "B2:B4", "C2:C4", "D2:I2", "J2:J4", "D3:F3", "G3:I3"]
    got = run(tmp_path, rows, merges, sheet="中层")
    assert read(got) == sorted([
        ("", "仉泠禾", "疫苗出入库管理不规范", "Ⅱ级"),
        ("", "仉泠禾", "检测试剂采购询价走过场", "Ⅰ级"),
        ("", "亓官黛", "疫苗出入库管理不规范", "Ⅰ级"),
        ("", "亓官黛", "检测试剂采购询价走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert "POINT_BLANK" not in codes(got)
    no_errors(got)


def test_type_bands_over_level_ticks_still_read_as_types_and_levels(tmp_path):
    # not holders: 思想道德风险 | 制度机制风险 bands over 高 | 中 | 低, one tick a row
    rows = [["XX县人民医院财务科岗位廉政风险点登记表"],
            ["序号", "岗位", "姓名", "风险点", "风险类型及等级", None, None, None, None, None,
             "防控措施"],
            [None, None, None, None, "思想道德风险", None, None, "制度机制风险", None, None, None],
            [None, None, None, None, "高", "中", "低", "高", "中", "低", None],
            [1, "出纳", "司空檀", "现金收付不及时入账", None, None, None, "√", None, None,
             "日清日结。"],
            [2, "会计", "东方霁", "报销审核把关不严", None, "√", None, None, None, None,
             "逐笔复核。"]]  # fmt: skip
    merges = ["A1:K1", "A2:A4", "B2:B4", "C2:C4", "D2:D4", "E2:J2", "K2:K4", "E3:G3", "H3:J3"]
    got = run(tmp_path, rows, merges, sheet="财务科")
    assert read(got) == sorted([
        ("会计", "东方霁", "报销审核把关不严", "Ⅱ级"),
        ("出纳", "司空檀", "现金收付不及时入账", "Ⅰ级"),
    ])  # fmt: skip
    assert "TYPE_LEVEL_TICKS" in codes(got)
    assert "HOLDER_BANDS_LEVEL_TICKS" not in codes(got)
    no_errors(got)


def test_holders_as_single_tick_columns_beside_a_level_column_read_as_before(tmp_path):
    # '责任人' over one column a holder (post over name), a tick each, the level its own column
    rows = [["XX县卫生健康局班子成员廉政风险点分工表"],
            ["序号", "风险点", "风险等级", "责任人", None, None, "防控措施"],
            [None, None, None, "局长", "副局长", "副局长", None],
            [None, None, None, "宓澹宁", "郗霭岚", "宓栖梧", None],
            [1, "医疗设备集中采购中指定品牌", "一级", "√", "√", None, "集体决策。"],
            [2, "公共卫生项目补助资金发放不公", "二级", None, None, "√", "绩效兑现。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A4", "B2:B4", "C2:C4", "D2:F2", "G2:G4"]
    got = run(tmp_path, rows, merges, sheet="分工")
    assert read(got) == sorted([
        ("局长", "宓澹宁", "医疗设备集中采购中指定品牌", "Ⅰ级"),
        ("副局长", "郗霭岚", "医疗设备集中采购中指定品牌", "Ⅰ级"),
        ("副局长", "宓栖梧", "公共卫生项目补助资金发放不公", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_BANDS_LEVEL_TICKS" not in codes(got)
    no_errors(got)


def _bands(
    bands: list[str],
    ticks: list[list[int]],
    head: str | None = "责任领导及风险等级（在本人对应等级下打√）",
):
    """The reviewer's 领导班子 sheet: '序号 | 廉政风险点 | head (merged over the bands) | 防控措施',
    the bands merged over 高 | 中 | 低 each, three points ticked at the given columns; with no
    head, the bands on the header's first row beside its own headings."""
    n, w = 3, 3 * len(bands)
    from xlsxwriter.utility import xl_col_to_name as col

    band_row = [None, None] + sum([[b, None, None] for b in bands], []) + [None]
    level_row = [None, None] + ["高", "中", "低"] * len(bands) + [None]
    points = ["工程项目招标指定品牌", "干部选拔任用中优亲厚友", "收受管理对象礼金"]
    body = []
    for i, (p, t) in enumerate(zip(points, ticks, strict=True)):
        r = [i + 1, p] + [None] * w + ["集体决策，纪检监督"]
        for c in t:
            r[2 + c] = "√"
        body.append(r)
    last = 2 + w
    merges = [f"A1:{col(last)}1"]
    if head is None:
        band_row[0], band_row[1], band_row[-1] = "序号", "廉政风险点", "防控措施"
        rows = [["XX局领导班子廉政风险等级评定表"], band_row, level_row, *body]
        merges += ["A2:A3", "B2:B3", f"{col(last)}2:{col(last)}3"]
        at = 2
    else:
        rows = [["XX局领导班子廉政风险等级评定表"],
                ["序号", "廉政风险点", head] + [None] * (w - 1) + ["防控措施"],
                band_row, level_row, *body]  # fmt: skip
        merges += ["A2:A4", "B2:B4", f"C2:{col(last - 1)}2", f"{col(last)}2:{col(last)}4"]
        at = 3
    merges += [f"{col(2 + i * n)}{at}:{col(2 + i * n + n - 1)}{at}" for i in range(len(bands))]
    return rows, merges


def test_what_the_hundred_and_twelfth_review_found_tier_bands_are_no_holders(tmp_path):
    # '班子成员 | 中层干部' over 高 | 中 | 低: tiers of the staff, no one's band; read as before
    # (no post '班子成员', no holder)
    rows, merges = _bands(["班子成员", "中层干部"], [[0, 4], [1], [5]])
    got = run(tmp_path, rows, merges)
    assert "HOLDER_BANDS_LEVEL_TICKS" not in codes(got)
    assert not {"班子成员", "中层干部"} & set(got.risks["title"])
    assert set(got.risks["person"]) == {""}
    rows, merges = _bands(["一般干部", "全体人员"], [[0, 4], [1], [5]])
    got = run(tmp_path / "b", rows, merges)
    assert "HOLDER_BANDS_LEVEL_TICKS" not in codes(got)
    assert not {"一般干部", "全体人员"} & set(got.risks["title"])


def test_what_the_hundred_and_twelfth_review_found_bands_on_the_headers_first_row(tmp_path):
    # no heading over the bands: '序号 | 廉政风险点 | 局长⏎宓澹宁 | 副局长⏎郗霭岚 | 防控措施'
    # over 高 | 中 | 低 twice: each tick its holder's point at its level
    rows, merges = _bands(["局长\n宓澹宁", "副局长\n郗霭岚"], [[0, 4], [1, 5], [2]], head=None)
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "宓澹宁", "工程项目招标指定品牌", "Ⅰ级"),
        ("副局长", "郗霭岚", "工程项目招标指定品牌", "Ⅱ级"),
        ("局长", "宓澹宁", "干部选拔任用中优亲厚友", "Ⅱ级"),
        ("副局长", "郗霭岚", "干部选拔任用中优亲厚友", "Ⅲ级"),
        ("局长", "宓澹宁", "收受管理对象礼金", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_BANDS_LEVEL_TICKS"]
    assert list(said["cell"]) == ["C2"]
    no_errors(got)
    # posts alone as the header's own headings name no one: as before (no holder read)
    rows, merges = _bands(["局长", "副局长"], [[0, 4], [1, 5], [2]], head=None)
    got = run(tmp_path / "b", rows, merges)
    assert "HOLDER_BANDS_LEVEL_TICKS" not in codes(got)


def test_what_the_hundred_and_twelfth_review_found_one_holders_band(tmp_path):
    # the only band '局长⏎宓澹宁' over 高 | 中 | 低: one holder's card with level ticks
    rows, merges = _bands(["局长\n宓澹宁"], [[0], [1], [2]])
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "宓澹宁", "工程项目招标指定品牌", "Ⅰ级"),
        ("局长", "宓澹宁", "干部选拔任用中优亲厚友", "Ⅱ级"),
        ("局长", "宓澹宁", "收受管理对象礼金", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BANDS_LEVEL_TICKS" in codes(got)
    no_errors(got)
    # a band of a post alone names no one: as before
    rows, merges = _bands(["局长"], [[0], [1], [2]])
    got = run(tmp_path / "b", rows, merges)
    assert "HOLDER_BANDS_LEVEL_TICKS" not in codes(got)
    assert set(got.risks["person"]) == {""}
