"""A list whose type column (and level column) holds short CODES (``01``–``05``, ``SX、ZD``, ``A/B/C``,
``甲/乙/丙``) explained not by a sentence but by a two-column KEY TABLE of rows (``代码 | 含义`` over
``01 | 思想道德风险``, ``A | 高风险``) — on a sheet of its own, under the list or beside it: each point's
type (level) is the key's meaning of its code, said once a list (info CODE_KEY_TABLE); a code the
key lacks keeps no type (level), warned at its cell (CODE_KEY_TABLE_INCOMPLETE), not a second error
TYPE_UNKNOWN or LEVEL_UNKNOWN; the key's rows, heading and caption are no points (no POINT_BLANK)
and no cells outside a table. Before, every code came out as TYPE_UNKNOWN (LEVEL_UNKNOWN) and a key
under or beside the list as points with no point.

Not the published batch's file (batch983: a 旗自然资源局's 一览表 with ``SX``/``ZD``… and ``甲/乙/丙``, two
keys under captions on a sheet ``代码说明``): a 县住房和城乡建设局's 清单 with numbered type codes and
``A/B/C`` levels keyed side by side on a sheet ``代码对照`` (``类别代码 | 类别名称 | | 等级代码 | 等级名称``);
a 县粮食和物资储备中心's list with its key under it (caption ``风险代码说明：``, ``代码 | 代表含义``) and two
codes in one cell; a 县信访局's list with its key beside it, whose ``甲`` means 三级 (the key, not the
order of 甲乙丙, grades), and the same with ``1 | 低风险`` (the key, not the number); a code left out
of the key. Near-misses, read as before: a list of type
words beside a key of 科室 codes, a ``编码 | 名称`` table of 科室 under a list of codes (its meanings no
types), type codes a 填表说明 sentence explains (TYPE_CODES), and one code given two meanings by two
keys (not read).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"CODE_KEY_TABLE", "CODE_KEY_TABLE_INCOMPLETE"}


def run(tmp_path: Path, sheets: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets, {})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str]]:
    return list(
        zip(got.risks["risk_point"], got.risks["risk_type"], got.risks["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


HOUSING = [
    ["县住房和城乡建设局廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施"],
    [1, "局领导", "局长", "澹台沄", "保障性住房分配中打招呼", "01", "A", "分配结果公开摇号。"],
    [2, "局领导", "局长", "澹台沄", "工程招标中指定中标人", "02", "A", "招标进入交易平台。"],
    [3, "建筑市场股", "股长", "公冶翀", "施工许可审查不严", "03", "B", "许可审查两人以上。"],
    [4, "建筑市场股", "股长", "公冶翀", "质量监督检查走过场", "04", "B", "检查结果网上公开。"],
    [5, "城建档案室", "档案员", "公冶珝", "接受开发企业宴请", "05", "C", "签订廉洁承诺书。"],
    [6, "城建档案室", "档案员", "公冶珝", "档案查阅不登记", "04", "C", "查阅登记留痕。"],
]  # fmt: skip
SIDE_BY_SIDE = [
    ["风险代码对照表", None, None, None, None],
    ["类别代码", "类别名称", None, "等级代码", "等级名称"],
    ["01", "思想道德风险", None, "A", "高风险"],
    ["02", "制度机制风险", None, "B", "中风险"],
    ["03", "岗位职责风险", None, "C", "低风险"],
    ["04", "业务流程风险", None, None, None],
    ["05", "外部环境风险", None, None, None],
]  # fmt: skip
HOUSING_READ = [
    ("保障性住房分配中打招呼", "思想道德风险", "Ⅰ级"),
    ("工程招标中指定中标人", "制度机制风险", "Ⅰ级"),
    ("施工许可审查不严", "岗位职责风险", "Ⅱ级"),
    ("质量监督检查走过场", "业务流程风险", "Ⅱ级"),
    ("接受开发企业宴请", "外部环境风险", "Ⅲ级"),
    ("档案查阅不登记", "业务流程风险", "Ⅲ级"),
]


def test_codes_keyed_side_by_side_on_a_sheet_of_their_own(tmp_path):
    got = run(tmp_path, {"清单": HOUSING, "代码对照": SIDE_BY_SIDE})
    assert read(got) == HOUSING_READ
    said = issue(got, "CODE_KEY_TABLE")
    assert len(said) == 1 and list(said["source_sheet"]) == ["清单"]
    assert list(said["cell"]) == ["F2"] and set(said["severity"]) == {"info"}
    message = said["message"].iloc[0]
    assert "01=思想道德风险" in message and "A=Ⅰ级" in message and "代码对照!A2" in message
    assert not {"TYPE_UNKNOWN", "LEVEL_UNKNOWN", "CODE_KEY_TABLE_INCOMPLETE"} & codes(got)
    assert list(got.posts["person"]) == ["澹台沄", "公冶翀", "公冶珝"]
    assert set(got.risks["source_sheet"]) == {"清单"}


GRAIN = [
    ["县粮食和物资储备中心岗位廉政风险点一览表", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"],
    [1, "主任", "巫马澈", "储备粮轮换价格暗箱操作", "ZD、SX", "一级", "轮换竞价交易。"],
    [2, "主任", "巫马澈", "收购中压级压价", "WB", "二级", "收购价格公示。"],
    [3, "保管员", "巫马翾", "库存数量账实不符", "GW", "二级", "每月盘库。"],
    [4, "保管员", "巫马翾", "出入库单据不全", "YW", "三级", "单据三联留存。"],
    [None, None, None, None, None, None, None],
    ["风险代码说明：", None, None, None, None, None, None],
    ["代码", "代表含义", None, None, None, None, None],
    ["SX", "思想道德风险", None, None, None, None, None],
    ["ZD", "制度机制风险", None, None, None, None, None],
    ["GW", "岗位职责风险", None, None, None, None, None],
    ["YW", "业务流程风险", None, None, None, None, None],
    ["WB", "外部环境风险", None, None, None, None, None],
]  # fmt: skip


def test_a_key_under_the_list_and_two_codes_in_a_cell(tmp_path):
    got = run(tmp_path, {"一览表": GRAIN})
    assert read(got) == [
        ("储备粮轮换价格暗箱操作", "制度机制风险;思想道德风险", "Ⅰ级"),
        ("收购中压级压价", "外部环境风险", "Ⅱ级"),
        ("库存数量账实不符", "岗位职责风险", "Ⅱ级"),
        ("出入库单据不全", "业务流程风险", "Ⅲ级"),
    ]
    said = issue(got, "CODE_KEY_TABLE")
    assert (
        len(said) == 1 and list(said["cell"]) == ["E2"] and "一览表!A9" in said["message"].iloc[0]
    )
    # the key's caption, heading and rows: no points, nothing said of them
    assert not {"POINT_BLANK", "TYPE_UNKNOWN", "CELL_OUTSIDE", "MEASURES_BLANK"} & codes(got)
    assert not any(int(c[1:]) >= 6 for c in got.issues["cell"] if c and c[:1] in "ABCDEFG")


PETITION = [
    ["县信访局廉政风险防控清单", None, None, None, None, None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", None, "编码", "含义"],
    [1, "局长", "东郭霈", "信访事项交办中打招呼", "丙", "交办事项集体研究。", None, "甲", "三级风险"],
    [2, "局长", "东郭霈", "信访积案化解资金分配不公", "甲", "资金分配公开。", None, "乙", "二级风险"],
    [3, "接访员", "东郭沅", "接访登记不全、压案不报", "乙", "登记系统留痕。", None, "丙", "一级风险"],
    [4, "接访员", "东郭沅", "泄露举报人信息", "丙", "签订保密承诺。", None, None, None],
]  # fmt: skip


def test_a_key_beside_the_list_grades_against_the_order_of_its_codes(tmp_path):
    got = run(tmp_path, {"清单": PETITION})
    assert [(p, lv) for p, _t, lv in read(got)] == [
        ("信访事项交办中打招呼", "Ⅰ级"),
        ("信访积案化解资金分配不公", "Ⅲ级"),
        ("接访登记不全、压案不报", "Ⅱ级"),
        ("泄露举报人信息", "Ⅰ级"),
    ]
    said = issue(got, "CODE_KEY_TABLE")
    assert len(said) == 1 and list(said["cell"]) == ["E2"]
    assert "甲=Ⅲ级" in said["message"].iloc[0]
    assert not {"LEVEL_UNKNOWN", "CELL_OUTSIDE", "LEVEL_SCALE", "POINT_BLANK"} & codes(got)


def test_a_code_the_key_leaves_out_is_warned_at_its_cell(tmp_path):
    rows = [list(r) for r in HOUSING]
    rows[4][5], rows[6][6] = "09", "D"
    got = run(tmp_path, {"清单": rows, "代码对照": SIDE_BY_SIDE})
    read_ = read(got)
    assert read_[2] == ("施工许可审查不严", "", "Ⅱ级")
    assert read_[4] == ("接受开发企业宴请", "外部环境风险", "")
    assert read_[0] == HOUSING_READ[0] and read_[5] == HOUSING_READ[5]
    warned = issue(got, "CODE_KEY_TABLE_INCOMPLETE")
    assert list(warned["cell"]) == ["F5", "G7"] and set(warned["severity"]) == {"warning"}
    assert list(warned["value"]) == ["09", "D"] and list(warned["field"]) == [
        "风险类型",
        "风险级别",
    ]
    assert "代码对照!A2" in warned["message"].iloc[0]
    # not said again as unknown
    assert not {"TYPE_UNKNOWN", "LEVEL_UNKNOWN", "LEVEL_BLANK"} & codes(got)
    assert len(issue(got, "CODE_KEY_TABLE")) == 1


# near-misses


DEPTS = [
    ["代码", "含义"],
    ["BGS", "办公室"],
    ["CWG", "财务股"],
    ["JZG", "建筑市场股"],
]  # fmt: skip


def test_type_words_beside_a_key_of_department_codes_read_as_before(tmp_path):
    rows = [list(r) for r in HOUSING]
    words = [
        "思想道德风险",
        "制度机制风险",
        "岗位职责风险",
        "业务流程风险",
        "外部环境风险",
        "业务流程风险",
    ]
    levels = ["高", "高", "中", "中", "低", "低"]
    for r, w, lv in zip(rows[2:], words, levels, strict=True):
        r[5], r[6] = w, lv
    alone = run(tmp_path / "a", {"清单": rows})
    got = run(tmp_path / "b", {"清单": rows, "科室代码": DEPTS})
    assert read(got) == read(alone) == HOUSING_READ
    assert not NEW & codes(got)


def test_a_key_of_department_names_does_not_read_type_codes(tmp_path):
    rows = [list(r) for r in HOUSING]
    for r in rows[2:]:
        r[5] = {"01": "BGS", "02": "CWG"}.get(r[5], "JZG")
    rows += [
        [None] * 8,
        ["编码", "名称"],
        ["BGS", "办公室"],
        ["CWG", "财务股"],
        ["JZG", "建筑市场股"],
    ]
    got = run(tmp_path, {"清单": rows})
    assert not NEW & codes(got)
    assert "TYPE_UNKNOWN" in codes(got)


def test_type_codes_a_sentence_explains_read_as_before(tmp_path):
    rows = [list(r) for r in HOUSING]
    for r in rows[2:]:
        r[5] = "ABCDE"[int(r[5]) - 1]
        r[6] = {"A": "高", "B": "中", "C": "低"}[r[6]]
    rows.insert(1, ["填表说明：风险类别填代码，A—思想道德风险，B—制度机制风险，C—岗位职责风险，"
                    "D—业务流程风险，E—外部环境风险。"])  # fmt: skip
    got = run(tmp_path, {"清单": rows})
    assert [t for _p, t, _lv in read(got)] == [t for _p, t, _lv in HOUSING_READ]
    assert "TYPE_CODES" in codes(got) and not NEW & codes(got)


def test_a_code_two_keys_give_two_meanings_is_not_read(tmp_path):
    other = [
        ["代码", "含义"],
        ["01", "制度机制风险"],
        ["02", "思想道德风险"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": HOUSING, "代码对照": SIDE_BY_SIDE, "旧代码": other})
    types = [t for _p, t, _lv in read(got)]
    assert types[2:] == [t for _p, t, _lv in HOUSING_READ][2:]
    assert types[:2] == ["", ""]
    assert list(issue(got, "CODE_KEY_TABLE_INCOMPLETE")["cell"]) == ["F3", "F4"]


def test_the_new_codes_are_catalogued():
    assert NEW <= set(CATALOGUE) and NEW <= set(SHORT)
    assert CATALOGUE["CODE_KEY_TABLE"][0] == "info"
    assert CATALOGUE["CODE_KEY_TABLE_INCOMPLETE"][0] == "warning"


def test_a_key_reading_numbers_otherwise_than_the_words_is_followed(tmp_path):
    rows = [list(r) for r in PETITION]
    for r in rows[2:]:
        r[4] = {"甲": "1", "乙": "2", "丙": "3"}[r[4]]
    for r, (code, means) in zip(rows[1:], [("代码", "含义"), ("1", "低风险"), ("2", "中风险"), ("3", "高风险")], strict=False):  # fmt: skip
        r[7], r[8] = code, means
    got = run(tmp_path, {"清单": rows})
    assert [lv for _p, _t, lv in read(got)] == ["Ⅰ级", "Ⅲ级", "Ⅱ级", "Ⅰ级"]
    assert "1=Ⅲ级" in issue(got, "CODE_KEY_TABLE")["message"].iloc[0]
    # a key that reads them as the words do: read as before, nothing said
    for r, means in zip(rows[2:], ["高风险", "中风险", "低风险"], strict=False):
        r[8] = means
    got = run(tmp_path / "same", {"清单": rows})
    assert [lv for _p, _t, lv in read(got)] == ["Ⅲ级", "Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert not NEW & codes(got)
