"""A 分级管控 list: one row a point with its 科室 (or 股室) and level but no post or person, and a
roster of TIERS by 科室 ('股室 | 分管领导 | 股室负责人 | 经办人员', one row a 科室) whose columns a
note maps to levels ('高风险点由分管领导负责防控，中风险点由股室负责人…') or whose headings carry
the levels themselves ('一级风险责任人 | 二级风险责任人 | 三级风险责任人'): each row is the point of
the one holder its 科室 AND its level pick; a leader (or one holder of a tier in two 科室) is one
form across them, no 科室. A level no tier holds stays a 科室's point of no holder, with a warning.
A roster of groups with no tiers, or tier columns that no note or heading ties to levels, reads
as before (everyone the roster's group column picks holds every row of the group).

A list's own tier column ('责任层级 | 分管院领导', '防控责任层级 | 经办人') naming the roster's tier
headings (the same words, or shortened: '分管领导' for '分管院领导') picks the row's cell instead,
whatever its level or a note on levels says; a tier the roster has not warns; a tier column with no
roster reads as before. Not the published batch's (batch618: a 旗第一中学, 处室 | 分管校领导 |
处室负责人 | 岗位经办人, 高/中/低): a 县人民医院's 科室, 分管院领导, 科室负责人, 岗位经办人(员),
other posts and names, the roster's columns in another order, an extra 备注 column.

Not the published batch's (a district 市场监督管理局's 机关廉政风险点分级管控清单: 登记注册科 …
知识产权科, 一级/二级/三级, the roster under a ``注：`` line, headings '分管局领导（一级）', each cell
'副局长　name'): a 县水利局 with 股室 and 高/中/低, a 县林业局 with Ⅰ级/Ⅱ级/Ⅲ级 and the roster ABOVE the
list, a 县医疗保障局 with the roster BESIDE it past an empty column, 中心主任 over two 股, two 科员 in
one cell, bare names, 职务 in brackets after the name; other posts and names; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
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


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_LEVEL_AND_GROUP", "LEVEL_NOT_IN_TIER_ROSTER"):
        assert code in CATALOGUE and code in SHORT


# a 县水利局's list: 股室 merged down, 高/中/低, no post and no person
WATER = [
    ["XX县水利局廉政风险点分级防控清单"],
    ["序号", "股室", "廉政风险点", "风险等级", "防控措施"],
    [1, "水资源股", "取水许可审批降低条件", "高", "审批集体研究，结果公示。"],
    [2, None, "水资源费征收减免不按规定", "中", "减免事项局务会审定。"],
    [3, None, "取水计量设施检查走过场", "低", "检查双人进行，留存影像。"],
    [4, "工程建设股", "水利工程招标设置倾向性条件", "高", "招标文件法制审核。"],
    [5, None, "工程变更签证把关不严", "中", "变更签证三方会签。"],
    [6, None, "质量检测样品送检不随机", "低", "样品随机抽取，见证送检。"],
    [7, "农村水利股", "农田水利项目资金拨付优亲厚友", "高", "资金拨付公示，纪检监督。"],
    [8, None, "小型水库安全检查接受宴请", "低", "检查签订廉洁承诺。"],
]  # fmt: skip
WATER_MERGES = ["A1:E1", "B3:B5", "B6:B8", "B9:B10"]


def test_a_note_maps_the_levels_to_the_tiers_of_a_roster_under_the_list(tmp_path):
    rows = [
        *WATER,
        ["说明：高风险点由分管领导负责防控；中风险点由股室负责人负责防控；低风险点由股室经办人员负责防控。"],
        [],
        ["股室", "分管领导", "股室负责人", "经办人员"],
        ["水资源股", "副局长 郦沐川", "股长 濮怀瑾", "科员 欧阳棠"],
        ["工程建设股", None, "股长 宓听枫", "科员 谈若溪"],
        ["农村水利股", "副局长 訾清和", "股长 甄望舒", "科员 麴晓岚"],
    ]  # fmt: skip
    # (the 分管领导 of two 股室 written once, merged down over both)
    got = run(tmp_path, rows, [*WATER_MERGES, "A11:E11", "B14:B15"])
    assert read(got) == sorted([
        # (副局长 郦沐川 分管 two 股室: one form, no 股室)
        ("", "副局长", "郦沐川", "取水许可审批降低条件", "Ⅰ级"),
        ("", "副局长", "郦沐川", "水利工程招标设置倾向性条件", "Ⅰ级"),
        ("", "副局长", "訾清和", "农田水利项目资金拨付优亲厚友", "Ⅰ级"),
        ("水资源股", "股长", "濮怀瑾", "水资源费征收减免不按规定", "Ⅱ级"),
        ("水资源股", "科员", "欧阳棠", "取水计量设施检查走过场", "Ⅲ级"),
        ("工程建设股", "股长", "宓听枫", "工程变更签证把关不严", "Ⅱ级"),
        ("工程建设股", "科员", "谈若溪", "质量检测样品送检不随机", "Ⅲ级"),
        ("农村水利股", "科员", "麴晓岚", "小型水库安全检查接受宴请", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_LEVEL_AND_GROUP"]
    assert list(said["cell"]) == ["A13"]
    assert not {"HOLDERS_BY_GROUP_ROSTER", "ROW_UNPLACED", "LEVEL_NOT_IN_TIER_ROSTER"} & codes(got)
    no_errors(got)
    assert len(got.posts) == 7
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


def test_headings_carry_the_levels_no_note_the_roster_above_the_list(tmp_path):
    # a 县林业局: '一级风险责任人 | 二级… | 三级…' (no note), the roster above the list under its
    # caption, a holder written '姓名（职务）' or a bare name; the list's levels Ⅰ级/Ⅱ级/Ⅲ级 and
    # an extra column '备注'
    rows = [
        ["XX县林业局机关廉政风险分级管控表"],
        ["分级管控责任人"],
        ["科室", "一级风险责任人", "二级风险责任人", "三级风险责任人"],
        ["资源林政科", "闻人砚秋（副局长）", "仉思远（科长）", "蒯南星"],
        ["营造林科", "闻人砚秋（副局长）", "荀若水（科长）", "戚晚照"],
        [],
        ["序号", "科室", "廉政风险点", "风险等级", "防控措施", "备注"],
        [1, "资源林政科", "林木采伐许可超限额审批", "Ⅰ级", "采伐指标网上公开，集体审定。", None],
        [2, "资源林政科", "林地征占用现场查验不实", "Ⅱ级", "查验双人，影像留档。", "新增"],
        [3, "资源林政科", "木材运输检查收受好处", "Ⅲ级", "检查站视频监控。", None],
        [4, "营造林科", "造林补贴面积核查弄虚作假", "Ⅰ级", "核查结果村组公示。", None],
        [5, "营造林科", "苗木采购验收以次充好", "Ⅲ级", "验收三方签字。", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:D2"])
    assert read(got) == sorted([
        ("", "副局长", "闻人砚秋", "林木采伐许可超限额审批", "Ⅰ级"),
        ("", "副局长", "闻人砚秋", "造林补贴面积核查弄虚作假", "Ⅰ级"),
        ("资源林政科", "科长", "仉思远", "林地征占用现场查验不实", "Ⅱ级"),
        ("资源林政科", "", "蒯南星", "木材运输检查收受好处", "Ⅲ级"),
        ("营造林科", "", "戚晚照", "苗木采购验收以次充好", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_LEVEL_AND_GROUP" in codes(got)
    assert not {"HOLDERS_BY_GROUP_ROSTER", "ROW_UNPLACED", "LEVEL_NOT_IN_TIER_ROSTER"} & codes(got)
    no_errors(got)


def test_a_roster_beside_the_list_a_center_head_over_two_and_two_in_a_cell(tmp_path):
    # a 县医疗保障局: the roster right of the list past an empty column under its own caption,
    # a note under the list in other words ('一级风险由…负责管控'), the first tier's 中心主任 (no
    # leader's post) over two 股: one form all the same; two 科员 in one cell: each his own form
    rows = [
        ["XX县医疗保障局廉政风险分级管控清单"],
        ["序号", "股室", "风险点", "等级", "防控措施"],
        [1, "基金监管股", "定点医药机构检查降低标准", "一级", "检查组随机组成。", None, "分级管控责任人"],
        [2, "基金监管股", "违规线索压案不查", "二级", "线索台账管理。", None,
         "股室", "中心领导", "股室负责人", "工作人员"],
        [3, "基金监管股", "现场检查接受吃请", "三级", "签订廉洁承诺。", None,
         "基金监管股", "主任 尉迟霁", "股长 郗望岳", "科员 敖清辞、科员 符晚亭"],
        [4, "待遇保障股", "异地就医备案审核不严", "二级", "备案网上办理，系统留痕。", None,
         "待遇保障股", "主任 尉迟霁", "股长 籍慕白", "科员 蔺澄江"],
        [5, "待遇保障股", "医疗救助对象认定优亲厚友", "一级", "认定结果公示。"],
        ["注：一级风险由中心领导负责管控，二级风险由股室负责人负责管控，三级风险由工作人员负责管控。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "G3:J3", "A8:E8"])
    assert read(got) == sorted([
        ("", "主任", "尉迟霁", "定点医药机构检查降低标准", "Ⅰ级"),
        ("", "主任", "尉迟霁", "医疗救助对象认定优亲厚友", "Ⅰ级"),
        ("基金监管股", "股长", "郗望岳", "违规线索压案不查", "Ⅱ级"),
        ("基金监管股", "科员", "敖清辞", "现场检查接受吃请", "Ⅲ级"),
        ("基金监管股", "科员", "符晚亭", "现场检查接受吃请", "Ⅲ级"),
        ("待遇保障股", "股长", "籍慕白", "异地就医备案审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_LEVEL_AND_GROUP" in codes(got)
    assert not {"HOLDERS_BY_GROUP_ROSTER", "ROW_UNPLACED", "CELL_OUTSIDE"} & codes(got)
    no_errors(got)


def test_a_level_the_note_maps_not_stays_its_groups_with_a_warning(tmp_path):
    # the note maps 高 and 中 only; the 低 rows stay 股室 points of no holder, with a warning
    rows = [
        *WATER,
        ["说明：高风险点由分管领导负责防控；中风险点由股室负责人负责防控。"],
        ["股室", "分管领导", "股室负责人", "经办人员"],
        ["水资源股", "副局长 郦沐川", "股长 濮怀瑾", "科员 欧阳棠"],
        ["工程建设股", "副局长 郦沐川", "股长 宓听枫", "科员 谈若溪"],
        ["农村水利股", "副局长 訾清和", "股长 甄望舒", "科员 麴晓岚"],
    ]  # fmt: skip
    got = run(tmp_path, rows, [*WATER_MERGES, "A11:E11"])
    held = {(d, t, p, lv) for d, t, p, _pt, lv in read(got)}
    assert ("", "副局长", "郦沐川", "Ⅰ级") in held
    assert ("工程建设股", "股长", "宓听枫", "Ⅱ级") in held
    low = [x for x in read(got) if x[4] == "Ⅲ级"]
    assert low == sorted([
        ("水资源股", "", "", "取水计量设施检查走过场", "Ⅲ级"),
        ("工程建设股", "", "", "质量检测样品送检不随机", "Ⅲ级"),
        ("农村水利股", "", "", "小型水库安全检查接受宴请", "Ⅲ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "LEVEL_NOT_IN_TIER_ROSTER"]
    assert sorted(warned["cell"]) == ["D10", "D5", "D8"]
    assert set(warned["severity"]) == {"warning"}
    assert "HOLDERS_BY_LEVEL_AND_GROUP" in codes(got)
    no_errors(got)


# a 县人民医院's list with its own '责任层级' column naming the row's tier (not by its level)
HOSPITAL = [
    ["XX县人民医院廉洁风险点分级防控清单"],
    ["序号", "科室", "风险点", "风险等级", "防控措施", "责任层级"],
    [1, "药剂科", "药品遴选收受医药代表好处", "高", "药事会集体遴选，全程留痕。", "分管院领导"],
    [2, None, "药品入库验收数量不符", "高", "入库双人验收，系统比对。", "岗位经办人"],
    [3, None, "处方点评走过场", "中", "点评结果院内公示。", "科室负责人"],
    [4, "设备科", "大型设备采购参数量身定制", "中", "参数论证专家集体论证。", "分管院领导"],
    [5, None, "维保合同验收不实", "低", "验收使用科室会签。", "科室负责人"],
    [6, "财务科", "收费减免不按规定审批", "高", "减免事项院务会审定。", "分管院领导"],
    [7, None, "零星报销审核把关不严", "低", "报销凭证双人复核。", "岗位经办人"],
]  # fmt: skip
HOSPITAL_MERGES = ["A1:F1", "B3:B5", "B6:B7", "B8:B9"]


def test_a_tier_column_picks_its_cell_of_a_roster_under_the_list(tmp_path):
    # '责任层级' names the tier word for word ('分管院领导', '科室负责人', '岗位经办人'), whatever the
    # level (a 高 point the 药师's); the roster under its caption, one row a 科室, cells
    # 'post name'; the 副院长 over 药剂科 and 设备科 one form, no 科室
    rows = [
        *HOSPITAL,
        ["附：科室防控责任分工"],
        ["科室", "分管院领导", "科室负责人", "岗位经办人"],
        ["药剂科", "副院长 钭云岫", "主任 殳听澜", "药师 禚明川"],
        ["设备科", "副院长 钭云岫", "科长 厍映雪", "工程师 郜临渊"],
        ["财务科", "院长 甘棠樾", "科长 佴清漪", "会计 蒉星澜"],
    ]  # fmt: skip
    got = run(tmp_path, rows, [*HOSPITAL_MERGES, "A10:F10"])
    assert read(got) == sorted([
        ("", "副院长", "钭云岫", "药品遴选收受医药代表好处", "Ⅰ级"),
        ("", "副院长", "钭云岫", "大型设备采购参数量身定制", "Ⅱ级"),
        ("", "院长", "甘棠樾", "收费减免不按规定审批", "Ⅰ级"),
        ("药剂科", "药师", "禚明川", "药品入库验收数量不符", "Ⅰ级"),
        ("药剂科", "主任", "殳听澜", "处方点评走过场", "Ⅱ级"),
        ("设备科", "科长", "厍映雪", "维保合同验收不实", "Ⅲ级"),
        ("财务科", "会计", "蒉星澜", "零星报销审核把关不严", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_LEVEL_AND_GROUP"]
    assert list(said["cell"]) == ["A11"]
    assert "责任层级" in said["message"].iloc[0]
    assert not {"HOLDERS_BY_GROUP_ROSTER", "ROW_UNPLACED", "LEVEL_NOT_IN_TIER_ROSTER"} & codes(got)
    no_errors(got)


def test_tier_words_shortened_beat_a_note_on_levels_and_one_not_in_the_roster_warns(tmp_path):
    # the tier cells shortened ('分管领导' for '分管院领导', '负责人', '经办人' for '岗位经办人员'), the
    # column headed '防控责任层级' and an extra '备注' after it, 科室 written on every row, the
    # roster's columns in another order, no caption, 'post　name' with a wide space; a note
    # mapping the levels to tiers is not what picks (the row's tier is); a tier the roster has
    # not ('院党委') stays its 科室's with a warning at its cell
    rows = [
        ["XX县人民医院廉洁风险防控责任清单"],
        ["序号", "科室", "风险点", "风险等级", "防控措施", "防控责任层级", "备注"],
        [1, "药剂科", "药品遴选收受医药代表好处", "高", "药事会集体遴选。", "分管领导", None],
        [2, "药剂科", "药品入库验收数量不符", "高", "入库双人验收。", "经办人", "新增"],
        [3, "药剂科", "处方点评走过场", "中", "点评结果公示。", "负责人", None],
        [4, "设备科", "大型设备采购参数量身定制", "中", "参数集体论证。", "院党委", None],
        [5, "设备科", "维保合同验收不实", "低", "使用科室会签。", "负责人", None],
        ["注：高风险点由分管院领导负责管控，中风险点由科室负责人负责管控，低风险点由岗位经办人员负责管控。"],
        [],
        ["科室", "岗位经办人员", "科室负责人", "分管院领导"],
        ["药剂科", "药师　禚明川", "主任　殳听澜", "副院长　钭云岫"],
        ["设备科", "工程师　郜临渊", "科长　厍映雪", "副院长　钭云岫"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A8:G8"])
    assert read(got) == sorted([
        ("", "副院长", "钭云岫", "药品遴选收受医药代表好处", "Ⅰ级"),
        ("药剂科", "药师", "禚明川", "药品入库验收数量不符", "Ⅰ级"),
        ("药剂科", "主任", "殳听澜", "处方点评走过场", "Ⅱ级"),
        ("设备科", "", "", "大型设备采购参数量身定制", "Ⅱ级"),
        ("设备科", "科长", "厍映雪", "维保合同验收不实", "Ⅲ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "LEVEL_NOT_IN_TIER_ROSTER"]
    assert list(warned["cell"]) == ["F6"]
    assert "院党委" in warned["message"].iloc[0]
    assert "HOLDERS_BY_LEVEL_AND_GROUP" in codes(got)
    no_errors(got)


# ----------------------------------------------------------------- not this shape: as before


def test_a_roster_of_groups_without_tiers_reads_as_before(tmp_path):
    # '股室 | 职务 | 姓名', every member of the group: each holds every row of it, whatever
    # its level (a note on the levels' meaning is no map to tiers)
    rows = [
        *WATER[:6],
        ["注：高风险点每月自查一次，中风险点每季度自查一次，低风险点每半年自查一次。"],
        ["股室", "职务", "姓名"],
        ["水资源股", "股长", "濮怀瑾"],
        [None, "科员", "欧阳棠"],
        ["工程建设股", "股长", "宓听枫"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B3:B5", "A7:E7", "A9:A10"])
    assert read(got) == sorted([
        ("水资源股", "股长", "濮怀瑾", "取水许可审批降低条件", "Ⅰ级"),
        ("水资源股", "股长", "濮怀瑾", "水资源费征收减免不按规定", "Ⅱ级"),
        ("水资源股", "股长", "濮怀瑾", "取水计量设施检查走过场", "Ⅲ级"),
        ("水资源股", "科员", "欧阳棠", "取水许可审批降低条件", "Ⅰ级"),
        ("水资源股", "科员", "欧阳棠", "水资源费征收减免不按规定", "Ⅱ级"),
        ("水资源股", "科员", "欧阳棠", "取水计量设施检查走过场", "Ⅲ级"),
        ("工程建设股", "股长", "宓听枫", "水利工程招标设置倾向性条件", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_ROSTER" in codes(got)
    assert not {"HOLDERS_BY_LEVEL_AND_GROUP", "LEVEL_NOT_IN_TIER_ROSTER"} & codes(got)
    no_errors(got)


def test_tier_columns_no_note_and_no_levels_in_headings_read_as_before(tmp_path):
    # '股室 | 分管领导 | 股室负责人 | 经办人员' and nothing tying them to levels (a note saying
    # who checks, not which level is whose): the roster of groups as before, its first holder's
    # column ('分管领导' is who watches) for every row of the group
    rows = [
        *WATER,
        ["说明：各股室负责人每季度组织一次自查，分管领导审核。"],
        ["股室", "分管领导", "股室负责人", "经办人员"],
        ["水资源股", "副局长 郦沐川", "股长 濮怀瑾", "科员 欧阳棠"],
        ["工程建设股", "副局长 郦沐川", "股长 宓听枫", "科员 谈若溪"],
        ["农村水利股", "副局长 訾清和", "股长 甄望舒", "科员 麴晓岚"],
    ]  # fmt: skip
    got = run(tmp_path, rows, [*WATER_MERGES, "A11:E11"])
    assert {(d, t, p) for d, t, p, _pt, _lv in read(got)} == {
        ("水资源股", "股长", "濮怀瑾"), ("工程建设股", "股长", "宓听枫"), ("农村水利股", "股长", "甄望舒"),
    }  # fmt: skip
    assert len(got.risks) == 8
    assert "HOLDERS_BY_GROUP_ROSTER" in codes(got)
    assert not {"HOLDERS_BY_LEVEL_AND_GROUP", "LEVEL_NOT_IN_TIER_ROSTER"} & codes(got)
    no_errors(got)


def test_a_tier_column_with_no_roster_reads_as_before(tmp_path):
    # '责任层级' and no roster anywhere: the rows stay their 科室's points of no holder, and no
    # roster's info or warning is said
    got = run(tmp_path, [*HOSPITAL, ["注：“责任层级”为该风险点的防控责任层级。"]],
              [*HOSPITAL_MERGES, "A10:F10"])  # fmt: skip
    assert {(d, t, p) for d, t, p, _pt, _lv in read(got)} == {
        ("药剂科", "", ""), ("设备科", "", ""), ("财务科", "", ""),
    }  # fmt: skip
    assert len(read(got)) == 7
    assert not {"HOLDERS_BY_LEVEL_AND_GROUP", "HOLDERS_BY_GROUP_ROSTER",
                "LEVEL_NOT_IN_TIER_ROSTER"} & codes(got)  # fmt: skip
    no_errors(got)


# what the ninety-fourth review found: a tier cell naming TWO tiers ('科室负责人、岗位经办人') —
# the point each tier's holder's, one row a holder, as a shared point; a part naming no tier of
# the roster leaves the row as read, with the warning at its cell.
H_ROSTER = [
    ["附：科室防控责任分工"],
    ["科室", "分管院领导", "科室负责人", "岗位经办人"],
    ["药剂科", "副院长 钭云岫", "主任 殳听澜", "药师 禚明川"],
    ["设备科", "副院长 钭云岫", "科长 厍映雪", "工程师 郜临渊"],
    ["财务科", "院长 甘棠樾", "科长 佴清漪", "会计 蒉星澜"],
]  # fmt: skip
H_HELD = [
    ("", "副院长", "钭云岫", "药品遴选收受医药代表好处", "Ⅰ级"),
    ("", "副院长", "钭云岫", "大型设备采购参数量身定制", "Ⅱ级"),
    ("", "院长", "甘棠樾", "收费减免不按规定审批", "Ⅰ级"),
    ("药剂科", "主任", "殳听澜", "处方点评走过场", "Ⅱ级"),
    ("设备科", "科长", "厍映雪", "维保合同验收不实", "Ⅲ级"),
    ("财务科", "会计", "蒉星澜", "零星报销审核把关不严", "Ⅲ级"),
]  # fmt: skip


def test_what_the_ninety_fourth_review_found_a_tier_cell_naming_two_tiers(tmp_path):
    rows = [list(r) for r in HOSPITAL]
    rows[3][5] = "科室负责人、岗位经办人"  # F4 (药品入库验收数量不符)
    got = run(tmp_path, [*rows, *H_ROSTER], [*HOSPITAL_MERGES, "A10:F10"])
    assert read(got) == sorted([
        *H_HELD,
        ("药剂科", "主任", "殳听澜", "药品入库验收数量不符", "Ⅰ级"),
        ("药剂科", "药师", "禚明川", "药品入库验收数量不符", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_LEVEL_AND_GROUP" in codes(got)
    assert not {"LEVEL_NOT_IN_TIER_ROSTER", "ROW_UNPLACED"} & codes(got)
    no_errors(got)


def test_what_the_ninety_fourth_review_found_two_tiers_one_not_the_rosters_warns(tmp_path):
    # '科室负责人；院党委': 院党委 no column of the roster — the row as read, warned at F4
    rows = [list(r) for r in HOSPITAL]
    rows[3][5] = "科室负责人；院党委"
    got = run(tmp_path, [*rows, *H_ROSTER], [*HOSPITAL_MERGES, "A10:F10"])
    assert read(got) == sorted([*H_HELD, ("药剂科", "", "", "药品入库验收数量不符", "Ⅰ级")])
    warned = got.issues[got.issues["code"] == "LEVEL_NOT_IN_TIER_ROSTER"]
    assert list(warned["cell"]) == ["F4"]
    assert "院党委" in warned["message"].iloc[0]
    no_errors(got)
