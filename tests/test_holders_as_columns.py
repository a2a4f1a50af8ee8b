"""Holders as columns under one heading merged across them, one row a point: '责任人' (or
'防控措施（按分工）') merged over a column per holder, the holders named by a posts row and a names
row under it (either one on top) or by 'post⏎name' in one cell; each row's cell under a holder
says his part in that row's point — a mark ('●', '√') or his own measures — and '/', '—' or
nothing where the point is not his. Each holder is a form (two 副院长 told apart by name), a row's
point one of every holder with a mark or a text in his column, with the row's level and type.

Not the published batches' tables (a 民族中学's 校长 | 党支部书记 | 副校长 with '√', a 自然资源局's
'局长⏎…' under 防控措施): a county hospital, a 卫生健康局 and a 市场监督管理局, other posts and names,
'一级/二级/三级' or '★★★/★★/★', names over posts, '●' marks, a 风险类型 or a 备注 column, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"班子": rows}, {"班子": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_names_row_over_posts_row_and_dots_under_them(tmp_path):
    # three heading rows: '责任人员' merged across, the NAMES first and the posts under them;
    # '●' under every leader whose point the row is, a 风险类型 column, 一级/二级/三级
    rows = [["XX县人民医院领导班子廉政风险点责任分布表"],
            ["序号", "廉政风险点", "风险类型", "风险等级", "责任人员", None, None, "防控措施"],
            [None, None, None, None, "宓昕翊", "阙岫澄", "乜珺瑶", None],
            [None, None, None, None, "院长", "副院长", "副院长", None],
            [1, "大型医疗设备采购论证走过场", "制度机制", "一级", "●", "●", None, "论证报告院党委会审定。"],
            [2, "药品耗材遴选中收受回扣", "岗位职责", "一级", None, "●", "●", "遴选委员会票决，全程留痕。"],
            [3, "医务人员招聘资格审查放宽条件", "制度机制", "二级", "●", None, None, "招聘方案报卫健局备案。"],
            [4, "收受患者红包", "思想道德", "三级", "●", "●", "●", "签订拒收红包承诺书。"],
            ["注：在本人姓名下标“●”的为本人的廉政风险点。"]]  # fmt: skip
    merges = ["A1:H1", "A2:A4", "B2:B4", "C2:C4", "D2:D4", "E2:G2", "H2:H4", "A9:H9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("院长", "宓昕翊", "大型医疗设备采购论证走过场", "Ⅰ级"),
        ("院长", "宓昕翊", "医务人员招聘资格审查放宽条件", "Ⅱ级"),
        ("院长", "宓昕翊", "收受患者红包", "Ⅲ级"),
        ("副院长", "阙岫澄", "大型医疗设备采购论证走过场", "Ⅰ级"),
        ("副院长", "阙岫澄", "药品耗材遴选中收受回扣", "Ⅰ级"),
        ("副院长", "阙岫澄", "收受患者红包", "Ⅲ级"),
        ("副院长", "乜珺瑶", "药品耗材遴选中收受回扣", "Ⅰ级"),
        ("副院长", "乜珺瑶", "收受患者红包", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r["risk_type"]) == {"制度机制风险", "岗位职责风险", "思想道德风险"}
    assert len(got.posts) == 3
    assert "POINT_BLANK" not in set(got.issues["code"])  # (the posts row is no row of the table)
    no_errors(got)


def test_post_and_name_in_one_cell_each_writing_his_own_measures(tmp_path):
    # two heading rows: '防控措施（按分工）' merged across, 'post⏎name' and 'post（name）' under it;
    # a holder's own measures in his column, '—', '/' or nothing where the point is not his; a
    # 备注 column after them; ★★★/★★/★
    rows = [["XX县市场监督管理局领导班子廉政风险防控责任清单"],
            ["编号", "风险事项", "风险等级", "防控措施（按分工）", None, None, "备注"],
            [None, None, None, "局长\n仉澈嵘", "副局长（逯沁蘅）", "副局长\n扈霁宁", None],
            ["1", "行政处罚案件自由裁量畸轻畸重", "★★★", "重大案件集体审议。", "—", "裁量基准上墙公示。", None],
            ["2", "食品经营许可现场核查走过场", "★★", "/", "核查双人进行，拍照留档。", None, "新增"],
            ["3", "特种设备检验结论弄虚作假", "★★", None, None, "检验报告三级审核。", None],
            ["4", "接受企业宴请和土特产", "★", "带头签订承诺书。", "节前廉洁提醒。", "谢绝宴请，公开举报电话。", None]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "仉澈嵘", "行政处罚案件自由裁量畸轻畸重", "Ⅰ级"),
        ("局长", "仉澈嵘", "接受企业宴请和土特产", "Ⅲ级"),
        ("副局长", "逯沁蘅", "食品经营许可现场核查走过场", "Ⅱ级"),
        ("副局长", "逯沁蘅", "接受企业宴请和土特产", "Ⅲ级"),
        ("副局长", "扈霁宁", "行政处罚案件自由裁量畸轻畸重", "Ⅰ级"),
        ("副局长", "扈霁宁", "特种设备检验结论弄虚作假", "Ⅱ级"),
        ("副局长", "扈霁宁", "接受企业宴请和土特产", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    mine = {(p, k): m for p, k, m in zip(r["person"], r["risk_point"], r["measures"], strict=True)}
    assert mine[("仉澈嵘", "接受企业宴请和土特产")] == "带头签订承诺书。"
    assert mine[("扈霁宁", "接受企业宴请和土特产")] == "谢绝宴请，公开举报电话。"
    assert mine[("逯沁蘅", "食品经营许可现场核查走过场")] == "核查双人进行，拍照留档。"
    assert not {"/", "—"} & {x for v in r["measures"] for x in v.split("\n")}
    assert len(got.posts) == 3
    no_errors(got)


def test_posts_row_over_names_row_under_the_measures_heading(tmp_path):
    # three heading rows again, this time under the measures heading, a holder's measures his
    # own; '不涉及' where the point is not his
    rows = [["XX县卫生健康局班子成员廉政风险防控分工表"],
            ["序号", "风险点", "等级", "防控措施", None, "责任股室"],
            [None, None, None, "局长", "纪检组长", None],
            [None, None, None, "禚澜汐", "鄂晗昱", None],
            [1, "公立医院基建项目干预招投标", "高", "项目进入公共资源交易平台。", "派员全程监督开标。", "规划财务股"],
            [2, "医疗机构执业许可审批放宽标准", "中", "不涉及", "审批结果每月抽查。", "医政医管股"],
            [3, "公务接待超标准", "低", "严格执行接待清单制度。", "不涉及", "办公室"]]  # fmt: skip
    merges = ["A1:F1", "A2:A4", "B2:B4", "C2:C4", "D2:E2", "F2:F4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "禚澜汐", "公立医院基建项目干预招投标", "Ⅰ级"),
        ("局长", "禚澜汐", "公务接待超标准", "Ⅲ级"),
        ("纪检组长", "鄂晗昱", "公立医院基建项目干预招投标", "Ⅰ级"),
        ("纪检组长", "鄂晗昱", "医疗机构执业许可审批放宽标准", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert "不涉及" not in set(r["measures"])
    no_errors(got)


def test_measures_over_kinds_of_measure_stay_one_measures_text(tmp_path):
    # 防控措施 over '制度措施 | 监督措施' beside 岗位 | 姓名 columns: parts of one holder's measures,
    # as before (no holder made of a sub-heading)
    rows = [["XX县人民医院岗位廉政风险防控表"],
            ["岗位", "姓名", "廉政风险点", "风险等级", "防控措施", None],
            [None, None, None, None, "制度措施", "监督措施"],
            ["药剂科主任", "宓昕翊", "药品验收把关不严", "二级", "双人验收签字。", "纪检科每季度抽查。"],
            ["收费员", "阙岫澄", "收费不开票据", "一级", "日清日结。", "财务科每日对账。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"])
    assert read(got) == sorted([
        ("药剂科主任", "宓昕翊", "药品验收把关不严", "Ⅱ级"),
        ("收费员", "阙岫澄", "收费不开票据", "Ⅰ级"),
    ])  # fmt: skip
    mine = dict(zip(got.risks["person"], got.risks["measures"], strict=True))
    assert "双人验收签字" in mine["宓昕翊"] and "纪检科每季度抽查" in mine["宓昕翊"]
    assert len(got.posts) == 2
    no_errors(got)


def test_measures_over_posts_beside_a_holder_column_stay_the_rows_holders(tmp_path):
    # 防控措施 over '科长 | 科员' (posts, no names) beside the table's own 岗位 | 姓名: the
    # measures of the row's holder at each level, not holders of their own
    rows = [["XX县卫生健康局股室廉政风险防控表"],
            ["岗位", "姓名", "廉政风险点", "风险等级", "防控措施", None],
            [None, None, None, None, "股长", "股员"],
            ["医政股长", "鄂晗昱", "执业注册材料审核不严", "二级", "复核签字。", "材料逐项登记。"],
            ["财务股长", "禚澜汐", "专项资金拨付不及时", "一级", "拨付进度月报。", "台账逐笔登记。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"])
    assert read(got) == sorted([
        ("医政股长", "鄂晗昱", "执业注册材料审核不严", "Ⅱ级"),
        ("财务股长", "禚澜汐", "专项资金拨付不及时", "Ⅰ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    no_errors(got)


def test_a_first_data_row_of_names_under_posts_is_no_header_row(tmp_path):
    # '责任岗位' over posts with a '√' under the post that holds the row, two heading rows, the
    # row under them a row of points (not names): read as before, a post each
    rows = [["XX县人民医院后勤岗位廉政风险表"],
            ["序号", "廉政风险点", "风险等级", "责任岗位", None, "防控措施"],
            [None, None, None, "维修班长", "采购员", None],
            [1, "维修工程量虚报", "二级", "√", None, "工程量双人复核。"],
            [2, "采购询价不足三家", "一级", None, "√", "询价记录存档。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("维修班长", "", "维修工程量虚报", "Ⅱ级"),
        ("采购员", "", "采购询价不足三家", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_what_the_eighty_fifth_review_found(tmp_path):
    """Other words for 'not his' under a holder (不适用, 未涉及, a full-width '－') are no
    measures and no point of his."""
    rows = [["XX县自然资源局班子成员廉政风险防控分工表"],
            ["编号", "风险点", "风险等级", "防控措施（按分工落实）", None],
            [None, None, None, "局长\n甯澈岚", "副局长\n郗沐远"],
            ["1", "土地出让底价泄露", "一级", "底价集体确定，专人封存。", "不适用"],
            ["2", "违法用地查处不到位", "二级", "未涉及", "查处结果每月通报。"],
            ["3", "测绘成果违规提供", "三级", "－", "成果提供登记审批。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "D2:E2"])
    assert read(got) == sorted([
        ("局长", "甯澈岚", "土地出让底价泄露", "Ⅰ级"),
        ("副局长", "郗沐远", "违法用地查处不到位", "Ⅱ级"),
        ("副局长", "郗沐远", "测绘成果违规提供", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


# ---------------------------------------------------------------------------------------------
# Holders as columns under a merged LEVEL heading, each cell the holder's own level of the row's
# point ('风险等级（按班子成员分别评定）' over '局长 | 副局长' over their names, '高' / '/').
#
# Not batch 596's table (a 生态环境局分局's 高/中/低 under posts over names, '/' none): a 交通运输局,
# a 林业和草原局 and a 税务局, other posts and names, '各成员风险等级' or plain '风险等级', 一级/二级/三级,
# 较高/一般/较低 or ★★★/★★/★, '—' or nothing for 'not his', names over posts, a 风险类型 or 备注 column.


def test_posts_row_over_names_row_each_cell_the_holders_level(tmp_path):
    # three heading rows: '各成员风险等级' merged across, posts then names; '—' or nothing where
    # the point is not his; the same point at different levels for different holders
    rows = [["XX县交通运输局领导班子成员廉政风险评定表"],
            ["序号", "风险点", "各成员风险等级", None, None, "防控措施"],
            [None, None, "局长", "副局长", "副局长", None],
            [None, None, "宦澜舟", "蒯砚青", "隗昭宁", None],
            [1, "公路建设项目干预招投标", "一级", "二级", "—", "进入公共资源交易平台。"],
            [2, "道路运输经营许可放宽条件", None, "一级", "二级", "许可结果网上公示。"],
            [3, "超限超载车辆处罚畸轻畸重", "二级", "—", "一级", "执行裁量基准。"],
            [4, "公车私用", "三级", "三级", "三级", "车辆定位监控。"]]  # fmt: skip
    merges = ["A1:F1", "A2:A4", "B2:B4", "C2:E2", "F2:F4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "宦澜舟", "公路建设项目干预招投标", "Ⅰ级"),
        ("局长", "宦澜舟", "超限超载车辆处罚畸轻畸重", "Ⅱ级"),
        ("局长", "宦澜舟", "公车私用", "Ⅲ级"),
        ("副局长", "蒯砚青", "公路建设项目干预招投标", "Ⅱ级"),
        ("副局长", "蒯砚青", "道路运输经营许可放宽条件", "Ⅰ级"),
        ("副局长", "蒯砚青", "公车私用", "Ⅲ级"),
        ("副局长", "隗昭宁", "道路运输经营许可放宽条件", "Ⅱ级"),
        ("副局长", "隗昭宁", "超限超载车辆处罚畸轻畸重", "Ⅰ级"),
        ("副局长", "隗昭宁", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    assert "LEVEL_UNKNOWN" not in set(got.issues["code"])
    no_errors(got)


def test_post_and_name_in_one_cell_each_cell_the_holders_level(tmp_path):
    # two heading rows: '风险等级' merged across 'post⏎name' cells; 较高/一般/较低, '/' none, a
    # 备注 column after them
    rows = [["XX县林业和草原局班子成员廉政风险等级表"],
            ["编号", "廉政风险点", "风险等级", None, "防控措施", "备注"],
            [None, None, "局长\n郜汀岚", "纪检组长\n谯沐川", None, None],
            ["1", "林木采伐许可审批把关不严", "较高", "一般", "采伐指标集体研究。", None],
            ["2", "生态护林员选聘优亲厚友", "/", "较高", "选聘结果公示七天。", "新增"],
            ["3", "退耕还林补助资金截留", "一般", "较低", "资金一卡通发放。", None]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "郜汀岚", "林木采伐许可审批把关不严", "Ⅰ级"),
        ("局长", "郜汀岚", "退耕还林补助资金截留", "Ⅱ级"),
        ("纪检组长", "谯沐川", "林木采伐许可审批把关不严", "Ⅱ级"),
        ("纪检组长", "谯沐川", "生态护林员选聘优亲厚友", "Ⅰ级"),
        ("纪检组长", "谯沐川", "退耕还林补助资金截留", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    no_errors(got)


def test_names_over_posts_and_stars_beside_a_type_column(tmp_path):
    # three heading rows, the NAMES first; ★★★/★★/★ under each holder, nothing where not his;
    # a 风险类型 column before them
    rows = [["XX县税务局领导班子廉政风险分级表"],
            ["序号", "廉政风险点", "风险类型", "风险等级（按班子成员分别评定）", None, None, "防控措施"],
            [None, None, None, "阚霁远", "厍沅芷", "訾星澈", None],
            [None, None, None, "局长", "副局长", "纪检组长", None],
            [1, "违规减免税款", "岗位职责", "★★★", "★★", None, "减免税集体审议。"],
            [2, "稽查选案人为干预", "制度机制", None, "★★★", "★★", "选案系统随机推送。"],
            [3, "接受纳税人吃请", "思想道德", "★", "★", "★", "签订廉洁承诺书。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A4", "B2:B4", "C2:C4", "D2:F2", "G2:G4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "阚霁远", "违规减免税款", "Ⅰ级"),
        ("局长", "阚霁远", "接受纳税人吃请", "Ⅲ级"),
        ("副局长", "厍沅芷", "违规减免税款", "Ⅱ级"),
        ("副局长", "厍沅芷", "稽查选案人为干预", "Ⅰ级"),
        ("副局长", "厍沅芷", "接受纳税人吃请", "Ⅲ级"),
        ("纪检组长", "訾星澈", "稽查选案人为干预", "Ⅱ级"),
        ("纪检组长", "訾星澈", "接受纳税人吃请", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    types = dict(zip(zip(r["person"], r["risk_point"], strict=True), r["risk_type"], strict=True))
    assert types[("訾星澈", "稽查选案人为干预")] == "制度机制风险"
    assert types[("阚霁远", "接受纳税人吃请")] == "思想道德风险"
    no_errors(got)


def test_one_level_column_beside_holders_ticks_stays_the_rows_level(tmp_path):
    # '风险等级' merged down the three heading rows beside '责任人' over posts over names with
    # '√': the ticks say whose, the level column the level (as before)
    rows = [["XX县交通运输局领导班子廉政风险点分布表"],
            ["序号", "风险点", "风险等级", "责任人", None, "防控措施"],
            [None, None, None, "局长", "副局长", None],
            [None, None, None, "宦澜舟", "蒯砚青", None],
            [1, "公路养护工程虚报工程量", "二级", "√", "√", "工程量第三方审核。"],
            [2, "执法车辆加油卡违规使用", "三级", None, "√", "加油卡专人登记。"]]  # fmt: skip
    merges = ["A1:F1", "A2:A4", "B2:B4", "C2:C4", "D2:E2", "F2:F4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "宦澜舟", "公路养护工程虚报工程量", "Ⅱ级"),
        ("副局长", "蒯砚青", "公路养护工程虚报工程量", "Ⅱ级"),
        ("副局长", "蒯砚青", "执法车辆加油卡违规使用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_level_heading_over_level_tick_columns_stays_level_ticks(tmp_path):
    # '风险等级' merged over '高 | 中 | 低' with a '√' in one of them, beside 岗位 | 姓名 columns:
    # the level ticked (as before), no holders made of the level words
    rows = [["XX县林业和草原局股室廉政风险防控表"],
            ["岗位", "姓名", "廉政风险点", "风险等级", None, None, "防控措施"],
            [None, None, None, "高", "中", "低", None],
            ["资源股长", "郜汀岚", "林地占用审核不严", "√", None, None, "现场踏勘双人进行。"],
            ["出纳", "谯沐川", "现金坐支", None, None, "√", "日清月结。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("资源股长", "郜汀岚", "林地占用审核不严", "Ⅰ级"),
        ("出纳", "谯沐川", "现金坐支", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    no_errors(got)


def test_a_level_heading_over_holders_with_ticks_is_no_holders_levels(tmp_path):
    # '风险等级' merged over posts over names but '√' in the cells (no level words) beside a
    # 责任领导 column: not each holder's level; read as before (the first column the level's)
    rows = [["XX县税务局领导班子廉政风险表"],
            ["序号", "廉政风险点", "风险等级", None, "责任领导", "防控措施"],
            [None, None, "局长", "副局长", None, None],
            [None, None, "阚霁远", "厍沅芷", None, None],
            [1, "违规批准延期缴纳税款", "√", None, "阚霁远", "延期缴税集体审议。"]]  # fmt: skip
    merges = ["A1:F1", "A2:A4", "B2:B4", "C2:D2", "E2:E4", "F2:F4"]
    got = run(tmp_path, rows, merges)
    assert [(p, k) for _t, p, k, _l in read(got)] == [("阚霁远", "违规批准延期缴纳税款")]
    assert not {"局长", "副局长"} & set(got.risks["title"])
