"""A list with NO level column whose level is said only in the words of each row's measures, as a
clause of the sentence after a verb of classing — ``…，列为重点防控事项。``, ``实行重点防控：…``,
``按一般防控管理``, ``纳入一级风险管控``, ``属高风险事项``, ``此项为三级风险`` — not as a bracketed tag
(LEVEL_TAGS) and not in a remarks column a note points to (LEVEL_IN_REMARKS): each row's level is
the one level its measures name so, the clause left in the measures; said once a table (info
LEVEL_IN_MEASURES at the measures' heading, naming the words read and how many rows). Only where
every filled measures cell names exactly one level so, or, under a note saying the levels are
written in the measures, half of them at least; a cell naming two different levels stays blank
(LEVEL_BLANK). Before, every level was blank.

Not the published batch's file (batch988: a 镇人民政府's 站所 list with ``重点防控/一般防控/常规防控``):
a 县市场监督管理局's 清单 with ``一级风险/二级风险/三级风险`` after ``纳入``, ``按``, ``属``, ``此项为``; a
街道's list of ``高风险/中风险/低风险`` under a note, one row naming none and one naming two. Near-misses
read as before: a clause in one row only, rows with no clause and no note, a level column already
filled, ``一级抓一级`` and ``实行一级审批`` (no level), and bracketed tags on every row (LEVEL_TAGS).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str, str]]:
    cols = ["person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def issues(got, code: str) -> list[dict]:
    return got.issues[got.issues["code"] == code].to_dict("records")


HEAD = ["序号", "科室", "职务", "姓名", "风险点", "风险类型", "防控措施"]

MARKET = [
    ["县市场监督管理局廉政风险防控清单", None, None, None, None, None, None],
    HEAD,
    [1, "局领导", "局长", "宰父珩", "食品生产许可审批个人说了算", "制度机制",
     "许可事项集体审查，纳入一级风险管控。"],
    [2, "稽查局", "局长", "东郭沄", "案件查办中说情减免罚款", "外部环境",
     "1.重大案件集体审议；\n2.过问案件登记报告。\n此项为一级风险。"],
    [3, "登记注册科", "科员", "宰父翎", "企业登记材料审查不严", "岗位职责",
     "登记材料两人审核，按二级风险管理。"],
    [4, "计量所", "所长", "东郭琇", "计量器具检定收取好处", "思想道德",
     "检定结果公开，属三级风险事项，定期抽查。"],
]  # fmt: skip
MARKET_READ = [
    ("宰父珩", "食品生产许可审批个人说了算", "Ⅰ级"),
    ("东郭沄", "案件查办中说情减免罚款", "Ⅰ级"),
    ("宰父翎", "企业登记材料审查不严", "Ⅱ级"),
    ("东郭琇", "计量器具检定收取好处", "Ⅲ级"),
]


def test_levels_said_in_the_measures_are_read(tmp_path):
    got = run(tmp_path, MARKET)
    assert levels(got) == MARKET_READ
    said = issues(got, "LEVEL_IN_MEASURES")
    assert len(said) == 1 and said[0]["severity"] == "info" and said[0]["cell"] == "G2"
    assert "一级风险=Ⅰ级" in said[0]["message"] and "4 行" in said[0]["message"]
    assert not issues(got, "LEVEL_BLANK")
    # the clause stays in the measures: a measure too
    assert "纳入一级风险管控" in got.risks["measures"].iloc[0]


STREET = [
    ["街道办事处岗位廉政风险防控一览表", None, None, None, None, None, None],
    HEAD,
    [1, "党政办", "主任", "宰父瑗", "公务接待超标准", "制度机制", "接待审批留痕，实行高风险管理。"],
    [2, "社会事务办", "主任", "东郭翀", "低保审核优亲厚友", "思想道德", "入户核查，列为高风险事项。"],
    [3, "社会事务办", "科员", "宰父湉", "临时救助材料审核不严", "岗位职责", "材料两人审核，作为中风险点。"],
    [4, "城管办", "科员", "东郭璘", "占道经营处罚随意", "外部环境", "执法全程记录。"],
    [5, "财政所", "会计", "宰父霁", "报账票据把关不严", "业务流程",
     "原列为低风险，今年调整后列为中风险。"],
    ["注：各风险点的风险等级在防控措施中写明。", None, None, None, None, None, None],
]  # fmt: skip


def test_a_note_lets_most_rows_be_read_and_the_rest_stay_blank(tmp_path):
    got = run(tmp_path, STREET)
    assert levels(got) == [
        ("宰父瑗", "公务接待超标准", "Ⅰ级"),
        ("东郭翀", "低保审核优亲厚友", "Ⅰ级"),
        ("宰父湉", "临时救助材料审核不严", "Ⅱ级"),
        ("东郭璘", "占道经营处罚随意", ""),  # names none
        ("宰父霁", "报账票据把关不严", ""),  # names two
    ]
    assert len(issues(got, "LEVEL_IN_MEASURES")) == 1
    assert {i["cell"] for i in issues(got, "LEVEL_BLANK")} == {"E6", "E7"}


def _rows(measures: list[str], level: list[str] | None = None) -> list[list]:
    head = HEAD if level is None else [*HEAD[:6], "风险等级", "防控措施"]
    out = [["清单", *([None] * (len(head) - 1))], head]
    people = [("宰父珩", "局长"), ("东郭沄", "副局长"), ("宰父翎", "科员")]
    for i, m in enumerate(measures):
        who, post = people[i]
        lv = [] if level is None else [level[i]]
        out.append(
            [i + 1, "办公室", post, who, f"风险点第{i + 1}条未按规定办理", "制度机制", *lv, m]
        )
    return out


def test_near_misses_read_as_before(tmp_path):
    cases = {
        # one row's clause only, the others none, no note
        "one": (
            _rows(["两人审核，列为重点防控事项。", "按制度执行。", "定期检查。"]),
            ["", "", ""],
        ),
        # no verb of classing: a post's grade, a step, an approval
        "words": (
            _rows(["一级抓一级，层层落实。", "实行一级审批。", "纳入高风险岗位轮岗。"]),
            ["", "", ""],
        ),
        # a level column already filled wins
        "column": (
            _rows(
                ["列为重点防控事项。", "按一般防控管理。", "作为常规防控点。"],
                ["三级", "三级", "二级"],
            ),
            ["Ⅲ级", "Ⅲ级", "Ⅱ级"],
        ),
    }
    for name, (rows, want) in cases.items():
        got = run(tmp_path / name, rows)
        assert [lv for *_x, lv in levels(got)] == want, name
        assert not issues(got, "LEVEL_IN_MEASURES"), name
    # bracketed tags on every row: LEVEL_TAGS as before (the tag off the measures)
    got = run(
        tmp_path / "tags",
        _rows(["【重点防控】两人审核。", "【一般防控】按制度执行。", "【一般防控】定期检查。"]),
    )
    assert [lv for *_x, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅱ级"]
    assert issues(got, "LEVEL_TAGS") and not issues(got, "LEVEL_IN_MEASURES")


def test_the_code_is_catalogued():
    assert "LEVEL_IN_MEASURES" in CATALOGUE and "LEVEL_IN_MEASURES" in SHORT
    assert CATALOGUE["LEVEL_IN_MEASURES"][0] == "info"
