"""A cross table of risk type by holder: one column a holder, named by label rows ('科　室 | …',
'职　务 | …', '责任人 | …') or by unlabelled heading rows ('岗位（姓名）' in one row under a
corner '风险类型＼岗位'), one row a risk TYPE down the first column ('思想道德风险', '制度机制风险'
…, the label merged down over a further row or not), maybe under a caption row '风险类别 |
风险点（风险等级）'; each cell that holder's points of that type, numbered one a line, each with
its level in brackets closing or opening its line ('1.…（高）', '(2)…(Ⅱ级)', '【一级】…'), '无'
or '/' for none. A row of measures under them is each holder's measures; a '注：' line no point.

The layouts here are not the published batch's (a county's 融媒体中心 with 部门/岗位/姓名 label
rows, a '风险类型 | 廉政风险点及风险等级' caption, five type rows and levels '（一级）' closing numbered
lines): a 林业和草原局, a 医疗保障局 and a 农业农村局, other posts and names, 科室/职务/责任人 labels,
levels 高/中/低, Ⅰ级/Ⅱ级/Ⅲ级 and '【一级】' before the point, '无' for none, a type label merged
down two rows, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "分布表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"],
            r["risk_type"], strict=True)
    )  # fmt: skip


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def test_three_label_rows_a_caption_and_levels_closing_the_lines(tmp_path):
    rows = [["XX县林业和草原局岗位廉政风险分布表"],
            ["填报单位：XX县林业和草原局", None, None, None, "2025年5月"],
            ["科　室", "局领导", "资源管理股", "资源管理股", "森林公安派出所"],
            ["职　务", "局长", "股长", "科员", "所长"],
            ["责任人", "宓澄岚", "鄢霁初", "甯予澈", "闵朔风"],
            ["风险类别", "风险点（风险等级）", None, None, None],
            ["思想道德风险", "1.收受林木经营户礼金（高）", "无", "1.为熟人违规办理采伐证（中）", "无"],
            ["制度机制风险", "1.造林项目验收不经集体研究（高）\n2.生态护林员选聘暗箱操作（中）",
             "1.林地占用审核把关不严（高）", "无", "1.涉林案件降格处理（高）"],
            ["外部环境风险", "无", "无", "1.木材经营户请托说情（低）", "1.办案中接受说情打招呼（中）"],
            ["主要防控措施", "1.集体研究决策；\n2.公开选聘。", "1.审核留痕。", "1.审批公示。", "1.案件集体审议。"],
            ["注：括号内为风险等级，“无”表示该岗位没有此类风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:D2", "B6:E6", "A11:E11"])
    assert read(got) == sorted([
        ("局领导", "局长", "宓澄岚", "收受林木经营户礼金", "Ⅰ级", "思想道德风险"),
        ("局领导", "局长", "宓澄岚", "造林项目验收不经集体研究", "Ⅰ级", "制度机制风险"),
        ("局领导", "局长", "宓澄岚", "生态护林员选聘暗箱操作", "Ⅱ级", "制度机制风险"),
        ("资源管理股", "股长", "鄢霁初", "林地占用审核把关不严", "Ⅰ级", "制度机制风险"),
        ("资源管理股", "科员", "甯予澈", "为熟人违规办理采伐证", "Ⅱ级", "思想道德风险"),
        ("资源管理股", "科员", "甯予澈", "木材经营户请托说情", "Ⅲ级", "外部环境风险"),
        ("森林公安派出所", "所长", "闵朔风", "涉林案件降格处理", "Ⅰ级", "制度机制风险"),
        ("森林公安派出所", "所长", "闵朔风", "办案中接受说情打招呼", "Ⅱ级", "外部环境风险"),
    ])  # fmt: skip
    r = got.risks
    # the measures row: each holder's own measures go to his points
    assert set(r[r["person"] == "鄢霁初"]["measures"]) == {"1.审核留痕。"}
    assert len(got.posts) == 4 and set(got.posts["unit"]) == {"XX县林业和草原局"}
    said = got.issues[got.issues["code"] == "GRID_TYPE_ROWS"]
    assert list(said["cell"]) == ["A7"]
    assert said["value"].iloc[0] == "思想道德风险、制度机制风险、外部环境风险"
    assert not errors(got), errors(got)
    assert not {"ROW_UNPLACED", "FILE_NO_FORM", "GRID_HOLDERS"} & codes(got)


def test_two_label_rows_a_type_merged_down_and_bracketed_roman_levels(tmp_path):
    # no caption, the first type's label merged down over a second row of its points, items
    # '（1）…' with the level in half-width brackets '(Ⅰ级)', '/' for none, no measures row
    rows = [["XX县医疗保障局岗位廉政风险排查表"],
            ["岗位", "基金监管股股长", "待遇保障股科员"],
            ["姓名", "邰沐晴", "仉云栖"],
            ["岗位职责风险", "（1）定点机构检查走过场(Ⅰ级)\n（2）违规结果不处理(Ⅱ级)", "（1）报销材料审核不严(Ⅱ级)"],
            [None, "（3）检查计划泄露(Ⅲ级)", "/"],
            ["业务流程风险", "/", "（1）异地就医备案超时办理(Ⅲ级)"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1", "A4:A5"])
    assert read(got) == sorted([
        ("", "基金监管股股长", "邰沐晴", "定点机构检查走过场", "Ⅰ级", "岗位职责风险"),
        ("", "基金监管股股长", "邰沐晴", "违规结果不处理", "Ⅱ级", "岗位职责风险"),
        ("", "基金监管股股长", "邰沐晴", "检查计划泄露", "Ⅲ级", "岗位职责风险"),
        ("", "待遇保障股科员", "仉云栖", "报销材料审核不严", "Ⅱ级", "岗位职责风险"),
        ("", "待遇保障股科员", "仉云栖", "异地就医备案超时办理", "Ⅲ级", "业务流程风险"),
    ])  # fmt: skip
    assert "GRID_TYPE_ROWS" in codes(got)
    assert not errors(got), errors(got)


def test_one_unlabelled_heading_row_and_levels_before_the_points(tmp_path):
    # '岗位（姓名）' heads each column under a corner '风险类型＼岗位'; '【一级】…' opens each
    # line (no numbers); a point with no level is read, its level blank as in any list
    rows = [["XX县农业农村局岗位廉政风险分布表"],
            ["风险类型＼岗位", "局长（宓澄岚）", "农机股股长（鄢霁初）", "会计（甯予澈）"],
            ["思想道德风险", "【一级】接受项目承建方吃请", "/", "【三级】利用职务便利借支公款"],
            ["制度机制风险", "【一级】补贴资金分配个人说了算\n【二级】项目招标化整为零", "【二级】农机购置补贴审核不严", "/"],
            ["岗位职责风险", "/", "农机鉴定走过场", "【二级】账实不符"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "局长", "宓澄岚", "接受项目承建方吃请", "Ⅰ级", "思想道德风险"),
        ("", "局长", "宓澄岚", "补贴资金分配个人说了算", "Ⅰ级", "制度机制风险"),
        ("", "局长", "宓澄岚", "项目招标化整为零", "Ⅱ级", "制度机制风险"),
        ("", "农机股股长", "鄢霁初", "农机购置补贴审核不严", "Ⅱ级", "制度机制风险"),
        ("", "农机股股长", "鄢霁初", "农机鉴定走过场", "", "岗位职责风险"),
        ("", "会计", "甯予澈", "利用职务便利借支公款", "Ⅲ级", "思想道德风险"),
        ("", "会计", "甯予澈", "账实不符", "Ⅱ级", "岗位职责风险"),
    ])  # fmt: skip
    assert {"GRID_HOLDERS", "GRID_TYPE_ROWS"} <= codes(got)
    assert [e["code"] for e in errors(got)] == ["LEVEL_BLANK"]


def test_levels_in_the_cells_of_type_rows_are_no_points(tmp_path):
    # holders across and types down, but each cell a level (a rating of each type), no points:
    # nothing read, as before
    rows = [["XX县粮食和物资储备中心岗位风险等级评定表"],
            ["岗位", "主任", "保管员", "统计员"],
            ["姓名", "雍沐宸", "邬若汐", "戚念之"],
            ["思想道德风险", "高", "中", "低"],
            ["制度机制风险", "中", "高", "低"],
            ["外部环境风险", "低", "低", "中"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert got.risks.empty
    assert "GRID_TYPE_ROWS" not in codes(got)


def test_one_type_row_or_a_duty_row_on_a_board_is_no_type_grid(tmp_path):
    # a board of 岗位 / 姓名 / 岗位职责 / 风险点 / 风险等级 / 防控措施 rows: '岗位职责' names a type
    # of itself, but one type is no grid; read as a board, as before
    rows = [["XX县粮食和物资储备中心岗位廉政风险公示牌"],
            ["岗位", "主任", "保管员"],
            ["姓名", "雍沐宸", "邬若汐"],
            ["岗位职责", "主持中心全面工作", "负责粮库保管"],
            ["风险点", "储备粮轮换暗箱操作", "出入库数量不实"],
            ["风险等级", "一级", "二级"],
            ["防控措施", "轮换计划集体研究", "双人过磅"]]  # fmt: skip
    got = run(tmp_path / "board", rows, ["A1:C1"])
    assert sorted(zip(got.risks["title"], got.risks["person"], got.risks["risk_point"],
                      got.risks["risk_level"], strict=True)) == sorted([
        ("主任", "雍沐宸", "储备粮轮换暗箱操作", "Ⅰ级"), ("保管员", "邬若汐", "出入库数量不实", "Ⅱ级"),
    ])  # fmt: skip
    assert "GRID_TYPE_ROWS" not in codes(got)
    # one type row under the holders: no cross table of types (nothing read, as before)
    rows = [["XX县农业农村局岗位廉政风险公示"],
            ["岗位", "局长", "会计"],
            ["姓名", "宓澄岚", "甯予澈"],
            ["制度机制风险", "1.补贴资金分配个人说了算（一级）", "1.账实不符（二级）"],
            ["防控措施", "集体研究", "月末对账"]]  # fmt: skip
    got = run(tmp_path / "one", rows, ["A1:C1"])
    assert got.risks.empty and "GRID_TYPE_ROWS" not in codes(got)


def test_a_level_by_holder_grid_reads_as_before(tmp_path):
    # levels down, not types: the level bands' reading, no type rows said
    rows = [["XX县林业和草原局岗位廉政风险公示牌"],
            ["岗位", "局长", "会计"],
            ["姓名", "宓澄岚", "甯予澈"],
            ["高风险", "1.造林项目验收不经集体研究\n2.护林员选聘暗箱操作", "虚列支出"],
            ["低风险", "公车私用", "1.票据保管不善"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1"])
    assert read(got) == sorted([
        ("", "局长", "宓澄岚", "造林项目验收不经集体研究", "Ⅰ级", ""),
        ("", "局长", "宓澄岚", "护林员选聘暗箱操作", "Ⅰ级", ""),
        ("", "局长", "宓澄岚", "公车私用", "Ⅲ级", ""),
        ("", "会计", "甯予澈", "虚列支出", "Ⅰ级", ""),
        ("", "会计", "甯予澈", "票据保管不善", "Ⅲ级", ""),
    ])  # fmt: skip
    assert "GRID_TYPE_ROWS" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["GRID_TYPE_ROWS"][0] == "info" and SHORT["GRID_TYPE_ROWS"]


def test_what_the_eighty_sixth_review_found(tmp_path):
    """A grid of MEASURES by type and holder (no line gives a level) holds no points; the same
    with a caption naming its cells as points does."""
    rows = [["XX县水利局岗位廉政风险防控措施表"],
            ["岗位", "局长", "水保股股长", "出纳"],
            ["姓名", "逄澄岚", "禚霁初", "逄予澈"],
            ["思想道德风险", "1.加强理想信念教育\n2.签订承诺书", "1.开展警示教育", "1.定期谈心谈话"],
            ["制度机制风险", "1.完善议事规则", "1.建立审核台账", "1.严格财务制度"],
            ["岗位职责风险", "1.落实一岗双责", "1.双人复核", "1.账实定期核对"]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:D1"])
    assert read(got) == [] and "GRID_TYPE_ROWS" not in codes(got)
    captioned = rows[:3] + [["风险类型", "廉政风险点", None, None]] + rows[3:]
    got = run(tmp_path / "b", captioned, ["A1:D1", "B4:D4"])
    assert len(read(got)) == 10 and "GRID_TYPE_ROWS" in codes(got)
