"""Two grids read as the published ones but laid out otherwise.

(a) A grid of 科室 down by risk types across (``DEPT_TYPE_GRID``) whose 科室 cell is merged down
over two or three rows of points ('馆长室' B3:B5): the rows under the merge's first are that
科室's points too, not the grid's end (before, they were lost without a word, or the whole file
read nothing).

(b) Holders down by times of the year across (``YEAR_TIME_GRID``) with the times in one heading
row and no '风险点' merged over them ('岗位 | 姓名 | 第一季度风险点 | 第二季度风险点 | …',
'1—3月风险 | 4—6月风险'): read as under a merged '风险点'.

Not the helpers' examples: a county 文化馆 (馆长室/群文部/非遗部) and a 水务局 (办公室/水政监察队),
a 疾控中心's posts by quarters, a 农业农村局's months and a 水库管理所's floods, other names,
``高/中/低`` and ``一级/二级/三级``, 序号 merged or not, a band over the types, 岗位 | 姓名 beside
the 科室 (under a band: a one-row heading with holder columns is not read as a grid today), a
防控措施 column — written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. A tally under the types, an ordinary table with its 科室 merged
down, a band of ticks under plain quarters, and time headings over cells with no level stay
as before.
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
    write_workbook(inbox / "grid.xlsx", {"分布表": rows}, {"分布表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["risk_point"], r["department"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# (a) 科室 merged down over its rows of points


def test_a_type_grid_with_its_dept_merged_over_three_rows(tmp_path):
    rows = [
        ["某县文化馆廉政风险点分布表"],
        ["序号", "科室", "思想道德风险", "制度机制风险", "外部环境风险"],
        [1, "馆长室", "1、收受演出团体礼品（高）——馆长　宓澄岚\n2、公车私用（中）——馆长　宓澄岚",
         "无", "无"],
        [None, None, "无", "1、大额开支不经馆务会研究（中）——副馆长　訾翊川", "无"],
        [None, None, "无", "无", "1、场地出租收费不入账（低）——副馆长　訾翊川"],
        [2, "群文部", "1、培训班违规收费（中）——主任　郜沐晗", "无", "无"],
        [None, None, "无", "1、文艺评比打分不公开（低）——干事　仉若溪", "无"],
        [3, "非遗部", "无", "1、传承人补助审核把关不严（高）——主任　佴霁川", "无"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:A5", "B3:B5", "A6:A7", "B6:B7"])
    assert read(got) == sorted([
        ("馆长", "宓澄岚", "收受演出团体礼品", "Ⅰ级"),
        ("馆长", "宓澄岚", "公车私用", "Ⅱ级"),
        ("副馆长", "訾翊川", "大额开支不经馆务会研究", "Ⅱ级"),
        ("副馆长", "訾翊川", "场地出租收费不入账", "Ⅲ级"),
        ("主任", "郜沐晗", "培训班违规收费", "Ⅱ级"),
        ("干事", "仉若溪", "文艺评比打分不公开", "Ⅲ级"),
        ("主任", "佴霁川", "传承人补助审核把关不严", "Ⅰ级"),
    ])  # fmt: skip
    d = depts(got)
    assert d["场地出租收费不入账"] == "馆长室" and d["文艺评比打分不公开"] == "群文部"
    assert "DEPT_TYPE_GRID" in codes(got)
    no_errors(got)


def test_a_banded_type_grid_with_its_dept_merged_and_no_numbers(tmp_path):
    rows = [
        ["某县水务局廉洁风险点分布表"],
        ["股室", "廉洁风险点（等级）——岗位　姓名", None],
        [None, "思想道德", "制度机制"],
        ["办公室", "公务接待超标准（二级）——主任　缑沄澈", "无"],
        [None, "无", "固定资产处置不公开（三级）——会计　蒯霂瑶"],
        ["水政监察队", "无", "河道采砂执法以罚代管（一级）——队长　郄昶霖"],
        [None, "接受涉水企业宴请（二级）——队员　厍知远", "无"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1", "A2:A3", "B2:C2", "A4:A5", "A6:A7"])
    assert read(got) == sorted([
        ("主任", "缑沄澈", "公务接待超标准", "Ⅱ级"),
        ("会计", "蒯霂瑶", "固定资产处置不公开", "Ⅲ级"),
        ("队长", "郄昶霖", "河道采砂执法以罚代管", "Ⅰ级"),
        ("队员", "厍知远", "接受涉水企业宴请", "Ⅱ级"),
    ])  # fmt: skip
    d = depts(got)
    assert d["固定资产处置不公开"] == "办公室" and d["接受涉水企业宴请"] == "水政监察队"
    no_errors(got)


def test_a_banded_grid_with_holder_columns_and_its_dept_merged_still_reads(tmp_path):
    # (read by the numbered-points reader before and after, 'POINTS_NUMBERED_LEVELS': the
    # merged 科室 carried down must not take it from there)
    rows = [
        ["某县文化馆廉政风险点分布表"],
        ["科室", "岗位", "姓名", "廉政风险点（风险等级）", None, "防控措施"],
        [None, None, None, "思想道德风险", "制度机制风险", None],
        ["馆长室", "馆长", "宓澄岚", "1.收受演出团体礼品（高）", "/", "签订廉洁承诺书"],
        [None, "副馆长", "訾翊川", "/", "1.大额开支不经馆务会研究（中）\n2.合同签订不审查（低）",
         "集体研究，法律顾问审查"],
        ["群文部", "主任", "郜沐晗", "1.培训班违规收费（中）", "/", "收费公示"],
    ]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "A4:A5"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("馆长", "宓澄岚", "收受演出团体礼品", "Ⅰ级"),
        ("副馆长", "訾翊川", "大额开支不经馆务会研究", "Ⅱ级"),
        ("副馆长", "訾翊川", "合同签订不审查", "Ⅲ级"),
        ("主任", "郜沐晗", "培训班违规收费", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got)["合同签订不审查"] == "馆长室"
    r = got.risks
    assert dict(zip(r["risk_point"], r["measures"], strict=True))["合同签订不审查"] == (
        "集体研究，法律顾问审查"
    )
    no_errors(got)


def test_a_tally_under_the_types_with_its_dept_merged_is_no_grid(tmp_path):
    rows = [
        ["某县文化馆廉政风险点统计表"],
        ["科室", "思想道德风险", "制度机制风险", "外部环境风险"],
        ["馆长室", 2, 1, 0],
        [None, 1, 0, 1],
        ["群文部", 1, 1, 0],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A3:A4"])
    assert "DEPT_TYPE_GRID" not in codes(got)
    assert not len(got.risks)


def test_a_plain_table_with_its_dept_merged_down_reads_as_before(tmp_path):
    rows = [
        ["某县文化馆岗位廉政风险点登记表"],
        ["科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        ["馆长室", "馆长", "宓澄岚", "收受演出团体礼品", "思想道德风险", "高", "签订承诺书"],
        [None, "副馆长", "訾翊川", "大额开支不经馆务会研究", "制度机制风险", "中", "集体研究"],
        ["群文部", "主任", "郜沐晗", "培训班违规收费", "岗位职责风险", "中", "收费公示"],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A3:A4"])
    assert read(got) == sorted([
        ("馆长", "宓澄岚", "收受演出团体礼品", "Ⅰ级"),
        ("副馆长", "訾翊川", "大额开支不经馆务会研究", "Ⅱ级"),
        ("主任", "郜沐晗", "培训班违规收费", "Ⅱ级"),
    ])  # fmt: skip
    assert "DEPT_TYPE_GRID" not in codes(got)
    no_errors(got)


# (b) times of the year in one heading row, each followed by 风险点 / 风险


def test_b_quarters_each_heading_its_points(tmp_path):
    rows = [
        ["某区疾病预防控制中心岗位廉政风险点"],
        ["岗位", "姓名", "第一季度风险点", "第二季度风险点", "第三季度风险点", "第四季度风险点"],
        ["主任", "雍翰沨", "年初采购指定检测设备品牌（二级）", "/", "/", "年底突击花钱（一级）"],
        ["检验科科长", "岑珂瑶", "/", "篡改检测报告数据（一级）", "/", "/"],
        ["会计", "满沁川", "/", "/", "报销票据审核不严（三级）", "/"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "雍翰沨", "年初采购指定检测设备品牌", "Ⅱ级"),
        ("主任", "雍翰沨", "年底突击花钱", "Ⅰ级"),
        ("检验科科长", "岑珂瑶", "篡改检测报告数据", "Ⅰ级"),
        ("会计", "满沁川", "报销票据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert {"YEAR_TIME_GRID", "TABLE_NO_TYPE"} <= codes(got)
    assert set(got.risks["risk_type"]) == {""}
    no_errors(got)


def test_b_months_with_risk_and_a_dept_merged_and_measures(tmp_path):
    rows = [
        ["某县农业农村局廉政风险时段表"],
        ["科室", "岗位", "姓名", "1—3月风险", "4—6月风险", "7—9月风险", "10—12月风险", "防控措施"],
        ["种植业股", "股长", "芮霁岚", "1.良种补贴对象审核不严（高）", "", "",
         "1.秋粮收购中吃拿卡要（中）", "补贴名单公示"],
        [None, "技术员", "邝屿澄", "", "1.农资打假执法不严（中）\n2.接受农资经销商宴请（低）", "", "",
         "双人执法"],
        ["畜牧股", "股长", "阙沛霖", "", "", "1.防疫物资发放优亲厚友（中）", "", "台账登记"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A3:A4"])
    assert read(got) == sorted([
        ("股长", "芮霁岚", "良种补贴对象审核不严", "Ⅰ级"),
        ("股长", "芮霁岚", "秋粮收购中吃拿卡要", "Ⅱ级"),
        ("技术员", "邝屿澄", "农资打假执法不严", "Ⅱ级"),
        ("技术员", "邝屿澄", "接受农资经销商宴请", "Ⅲ级"),
        ("股长", "阙沛霖", "防疫物资发放优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got)["接受农资经销商宴请"] == "种植业股"
    assert "YEAR_TIME_GRID" in codes(got)
    no_errors(got)


def test_b_floods_with_their_points_named_in_each_heading(tmp_path):
    rows = [
        ["某水库管理所岗位廉政风险点分布"],
        ["序号", "岗位", "姓名", "汛前廉政风险点", "主汛期廉政风险点", "汛后廉政风险点"],
        [1, "所长", "晏澈霖", "防汛物资采购指定供应商（一级）", "无", "水毁工程验收走过场（二级）"],
        [2, "闸门运行工", "巫马沅", "无", "不按调度指令启闭闸门（二级）", "无"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "晏澈霖", "防汛物资采购指定供应商", "Ⅰ级"),
        ("所长", "晏澈霖", "水毁工程验收走过场", "Ⅱ级"),
        ("闸门运行工", "巫马沅", "不按调度指令启闭闸门", "Ⅱ级"),
    ])  # fmt: skip
    assert "YEAR_TIME_GRID" in codes(got)
    no_errors(got)


def test_b_plain_quarters_of_ticks_beside_a_point_column_read_as_before(tmp_path):
    rows = [
        ["某区疾病预防控制中心岗位廉政风险点"],
        ["岗位", "姓名", "风险点", "风险等级", "第一季度", "第二季度", "第三季度", "第四季度"],
        ["主任", "雍翰沨", "年初采购指定检测设备品牌", "二级", "√", "", "", ""],
        ["会计", "满沁川", "报销票据审核不严", "三级", "", "", "√", "√"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "雍翰沨", "年初采购指定检测设备品牌", "Ⅱ级"),
        ("会计", "满沁川", "报销票据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "YEAR_TIME_GRID" not in codes(got)
    no_errors(got)


def test_b_time_headings_over_cells_with_no_level_are_no_time_grid(tmp_path):
    rows = [
        ["某区疾病预防控制中心岗位廉政风险点"],
        ["岗位", "姓名", "第一季度风险点", "第二季度风险点"],
        ["主任", "雍翰沨", "年初采购指定检测设备品牌", "/"],
        ["会计", "满沁川", "/", "报销票据审核不严"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert "YEAR_TIME_GRID" not in codes(got)
