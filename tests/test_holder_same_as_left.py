"""A per-row holder column ('岗位责任人', '责任人') saying '同左' ('见左', '同前列', '（同左）') on the
rows of the head named in a column at its left ('科室负责人', '部门负责人', merged down over the
科室's rows or written on each): those points are the head's, not a holder called '同左' nor the
name above; the head's column names no one else's holder (a head supervising the 科室 holds none
of his staff's points).

The layouts here are not the published batch's (a city's 国家粮食储备库 with 库领导/仓储科/质检科
and 高/中/低): another unit and sector (a county's 供水 and 医疗 bodies), other posts and names,
other level words (一级/二级/三级, ★★★/★★/★, Ⅰ级/Ⅱ级), one or two heading rows, the '同左' merged
or written on each row, the head's column merged or not, an extra 风险类型 column, written with
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


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def test_same_as_left_merged_beside_a_head_merged_over_the_part(tmp_path):
    # one heading row, '部门负责人' merged down over each 部门, '责任人' saying '同左' merged
    # over the head's two rows
    rows = [["XX县供水有限公司岗位廉政风险点排查表"],
            ["序号", "部门", "岗位", "部门负责人", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "经营部", "经理", "郦晗舟", "同左", "水费减免不经集体研究", "一级", "集体研究，公示"],
            [2, "经营部", "经理", None, None, "用户报装插队", "二级", "按序办理，系统留痕"],
            [3, "经营部", "抄表员", None, "宓沁禾", "估抄漏抄", "二级", "定期轮换片区"],
            [4, "经营部", "收费员", None, "帅岫彤", "挪用水费", "一级", "日清日结"],
            [5, "管网部", "部长", "喻岚峤", "同左", "管网维修工程指定施工队", "一级", "招标比选"],
            [6, "管网部", "材料员", None, "濮蘅玥", "材料出库不登记", "三级", "出入库台账"],
            ["注：责任人即部门负责人的填“同左”。"]]  # fmt: skip
    merges = ["A1:H1", "D3:D6", "B3:B6", "C3:C4", "E3:E4", "D7:D8", "B7:B8", "A9:H9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("经理", "郦晗舟", "水费减免不经集体研究", "Ⅰ级"),
        ("经理", "郦晗舟", "用户报装插队", "Ⅱ级"),
        ("抄表员", "宓沁禾", "估抄漏抄", "Ⅱ级"),
        ("收费员", "帅岫彤", "挪用水费", "Ⅰ级"),
        ("部长", "喻岚峤", "管网维修工程指定施工队", "Ⅰ级"),
        ("材料员", "濮蘅玥", "材料出库不登记", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_SAME_AS_LEFT"]
    assert list(said["cell"]) == ["E3"] and list(said["value"]) == ["2"]
    assert not errors(got)
    assert "HOLDER_SAME_AS_LEFT_NONE" not in codes(got)


def test_two_heading_rows_see_left_written_on_each_row_and_a_type_column(tmp_path):
    # '科室情况' over '科室 | 科室负责人', '岗位责任人' merged down both heading rows, '见左'
    # written on every row of the head's, a 风险类型 column, stars for levels
    rows = [["XX县中医院廉政风险防控一览表"],
            ["科室情况", None, "岗位", "岗位责任人", "风险类型", "廉政风险点", "等级", "防控措施"],
            ["科室", "科室负责人", None, None, None, None, None, None],
            ["药剂科", "郜泠汐", "科主任", "见左", "制度机制", "药品遴选暗箱操作", "★★★", "药事会集体决定"],
            ["药剂科", None, "科主任", "见左", "思想道德", "收受药商回扣", "★★★", "签订廉洁承诺"],
            ["药剂科", None, "药师", "隗芷衡", "岗位职责", "调剂差错隐瞒不报", "★", "双人核对"],
            ["药剂科", None, "采购员", "仉书棠", "制度机制", "药品采购不比价", "★★", "三方比价"],
            ["财务科", "厍砚辞", "科长", "见 左", "制度机制", "大额支出一支笔", "★★", "会签制度"],
            ["财务科", None, "出纳", "訾蔚然", "岗位职责", "坐支现金", "★★", "日清月结"],
            ["财务科", None, "会计", "缪听澜", "岗位职责", "虚列支出", "★", "凭证复核"]]  # fmt: skip
    merges = ["A1:H1", "A2:B2", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3",
              "A4:A7", "B4:B7", "A8:A10", "B8:B10"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("科主任", "郜泠汐", "药品遴选暗箱操作", "Ⅰ级"),
        ("科主任", "郜泠汐", "收受药商回扣", "Ⅰ级"),
        ("药师", "隗芷衡", "调剂差错隐瞒不报", "Ⅲ级"),
        ("采购员", "仉书棠", "药品采购不比价", "Ⅱ级"),
        ("科长", "厍砚辞", "大额支出一支笔", "Ⅱ级"),
        ("出纳", "訾蔚然", "坐支现金", "Ⅱ级"),
        ("会计", "缪听澜", "虚列支出", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_SAME_AS_LEFT"]
    assert list(said["value"]) == ["3"]
    assert not errors(got)


def test_head_written_on_each_row_with_same_as_the_column_before(tmp_path):
    # the head written out on every row (no merges), '同前列' and '（同左）' beside it
    rows = [["XX县疾控中心岗位廉政风险等级表"],
            ["股室", "岗位", "股室负责人", "岗位责任人", "风险点", "风险级别", "措施"],
            ["检验科", "科长", "滕沐岚", "同前列", "检测报告出具不实", "Ⅰ级", "报告三级审核"],
            ["检验科", "检验员", "滕沐岚", "龚霁禾", "样本检测弄虚作假", "Ⅱ级", "样本留存复核"],
            ["免疫规划科", "科长", "车晏清", "（同左）", "疫苗出入库不实", "Ⅰ级", "冷链系统全程记录"],
            ["免疫规划科", "接种员", "车晏清", "钭若岚", "违规收取接种费用", "Ⅱ级", "收费公示"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("科长", "滕沐岚", "检测报告出具不实", "Ⅰ级"),
        ("检验员", "龚霁禾", "样本检测弄虚作假", "Ⅱ级"),
        ("科长", "车晏清", "疫苗出入库不实", "Ⅰ级"),
        ("接种员", "钭若岚", "违规收取接种费用", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_SAME_AS_LEFT" in codes(got)
    assert not errors(got)


def test_names_written_on_every_row_read_as_before(tmp_path):
    # a 科室负责人 column beside a 责任人 column naming everyone: the head's column names no
    # holder, nothing said of '同左'
    rows = [["XX县供水有限公司岗位廉政风险点排查表"],
            ["部门", "岗位", "部门负责人", "责任人", "风险点", "风险等级", "防控措施"],
            ["经营部", "经理", "郦晗舟", "郦晗舟", "水费减免不经集体研究", "一级", "集体研究"],
            ["经营部", "抄表员", None, "宓沁禾", "估抄漏抄", "二级", "定期轮换片区"],
            ["管网部", "材料员", "喻岚峤", "濮蘅玥", "材料出库不登记", "三级", "出入库台账"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A3:A4", "C3:C4"])
    assert read(got) == sorted([
        ("经理", "郦晗舟", "水费减免不经集体研究", "Ⅰ级"),
        ("抄表员", "宓沁禾", "估抄漏抄", "Ⅱ级"),
        ("材料员", "濮蘅玥", "材料出库不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDER_SAME_AS_LEFT", "HOLDER_SAME_AS_LEFT_NONE"} & codes(got)
    assert not errors(got)


def test_ditto_above_beside_a_head_column_stays_the_name_above(tmp_path):
    # '同上' under 责任人 is the name above, as ever, not the head at its left
    rows = [["XX县中医院廉政风险防控一览表"],
            ["科室", "岗位", "科室负责人", "责任人", "廉政风险点", "等级", "防控措施"],
            ["药剂科", "药师", "郜泠汐", "隗芷衡", "调剂差错隐瞒不报", "★", "双人核对"],
            ["药剂科", "药师", None, "同上", "处方审核走过场", "★★", "抽查点评"],
            ["财务科", "出纳", "厍砚辞", "訾蔚然", "坐支现金", "★★", "日清月结"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A3:A4", "C3:C4"])
    assert read(got) == sorted([
        ("药师", "隗芷衡", "调剂差错隐瞒不报", "Ⅲ级"),
        ("药师", "隗芷衡", "处方审核走过场", "Ⅱ级"),
        ("出纳", "訾蔚然", "坐支现金", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDER_SAME_AS_LEFT", "HOLDER_SAME_AS_LEFT_NONE"} & codes(got)
    assert not errors(got)


def test_same_as_left_with_no_name_at_its_left_is_told(tmp_path):
    # no head's column: '同左' beside the post names no one; read as before (the holder above),
    # its cell named in a warning
    rows = [["XX县疾控中心岗位廉政风险等级表"],
            ["股室", "岗位", "责任人", "风险点", "风险级别", "措施"],
            ["检验科", "检验员", "龚霁禾", "样本检测弄虚作假", "Ⅱ级", "样本留存复核"],
            ["检验科", "检验员", "同左", "检测数据随意修改", "Ⅱ级", "系统留痕"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert ("检验员", "龚霁禾", "检测数据随意修改", "Ⅱ级") in read(got)
    said = got.issues[got.issues["code"] == "HOLDER_SAME_AS_LEFT_NONE"]
    assert list(said["cell"]) == ["C4"] and list(said["value"]) == ["同左"]
    assert "HOLDER_SAME_AS_LEFT" not in codes(got)


def test_codes_catalogued():
    for code in ("HOLDER_SAME_AS_LEFT", "HOLDER_SAME_AS_LEFT_NONE"):
        assert code in CATALOGUE and code in SHORT
