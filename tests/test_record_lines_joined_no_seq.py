"""A table converted from a PDF to Excel WITHOUT a 序号 column, each printed line of a cell its OWN
ROW (no merges): a record's first row holds its 科室 or 岗位, its level and the first line of each
cell; the rows under it, their 科室 and 岗位 blank, hold the rest of a point broken mid-word, of a
level word broken at its narrow column (``高风`` over ``险``, ``一级`` over ``风险``), of a name broken
at its narrow column (``独孤`` over ``琰``), of the type and the measures. With no 序号 to show where
a record starts, each rest read as a record of its own: a point of blank level, LEVEL_UNKNOWN
(``高风``, ``险``), a name cut and a second person. Now such a line is joined back to its record's
cells before any table is looked for (the rest of the level word: the two joined one known level,
the rest alone none; of the name: its line above as long as the column's longest, the rest
shorter, or the same name broken the same way before; of the point: its line above within two
characters of the column's longest, six at least; the other cells then lines of theirs), the row
emptied; said once a sheet (info RECORD_LINES_JOINED_NO_SEQ).

Not the published batch's file (batch1074: a 住房和城乡建设局's 一览表, ``科室 | 岗位 | 姓名 | 廉政风险点
| 风险等级 | 防控措施``, 一级风险/二级风险/三级风险): a 县卫生健康局's 排查表 under ``股室 | 职务 | 责任人 |
风险点 | 风险类型 | 风险级别 | 防控措施`` with 高风险/中风险/低风险 broken ``高风`` over ``险`` and a type
broken ``岗位职责`` over ``风险``; a 乡人民政府's 清单 under ``部门 | 岗位 | 姓名 | 主要风险点 | 等级 |
防范措施`` with ``一级`` over ``风险``, a point broken over three rows with the level whole, a name's
rest alone on its row. Near-misses read as before (checked with the reader at f7aea8f6): a table
with no 序号 whose 科室 and 岗位 are written only on a person's first row, each point its own
level; a second holder's name alone under a record (``李四`` under ``张三``, the names all two
characters); a point of blank level under a short one (no line printed full); a table WITH 序号.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

N = None
NEW = "RECORD_LINES_JOINED_NO_SEQ"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"Sheet1": rows})
    return _collect(inbox)


def read(got) -> list[tuple]:
    cols = ["department", "title", "person", "risk_point", "risk_type", "risk_level", "measures"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


HEALTH = [
    ["县卫生健康局廉政风险点排查表", N, N, N, N, N, N],
    ["股室", "职务", "责任人", "风险点", "风险类型", "风险级别", "防控措施"],
    ["局领导", "局长", "独孤", "医疗机构设置审批", "制度机制风险", "高风", "审批集体研究，"],
    [N, N, "琰", "打招呼", N, "险", "结果公示。"],
    ["医政医管股", "股长", "独孤", "医师执业注册审核", "岗位职责", "中风", "注册材料两级审核。"],
    [N, N, "澐", "不严", "风险", "险", N],
    ["医政医管股", "股长", "独孤", "接受医疗机构宴请", "思想道德风险", "低风", "签订廉洁承诺书。"],
    [N, N, "澐", N, N, "险", N],
]
HEALTH_READ = [
    ("局领导", "局长", "独孤琰", "医疗机构设置审批打招呼", "制度机制风险", "Ⅰ级", "审批集体研究，结果公示。"),
    ("医政医管股", "股长", "独孤澐", "医师执业注册审核不严", "岗位职责风险", "Ⅱ级", "注册材料两级审核。"),
    ("医政医管股", "股长", "独孤澐", "接受医疗机构宴请", "思想道德风险", "Ⅲ级", "签订廉洁承诺书。"),
]  # fmt: skip


def test_broken_level_words_names_and_types_join_their_records(tmp_path):
    got = run(tmp_path, HEALTH)
    assert read(got) == HEALTH_READ
    assert NEW in codes(got)
    assert not codes(got) & {"LEVEL_BLANK", "LEVEL_UNKNOWN", "POINT_BLANK", "ROW_UNPLACED"}
    issue = got.issues[got.issues["code"] == NEW].iloc[0]
    assert issue["cell"] == "D3" and "3 行" in issue["message"]
    assert "医疗机构设置审批打招呼" in issue["message"]


TOWN = [
    ["乡人民政府岗位廉政风险防控清单", N, N, N, N, N],
    ["部门", "岗位", "姓名", "主要风险点", "等级", "防范措施"],
    ["党政办", "主任", "慕容", "公车使用登记不全，", "一级", "派车单"],
    [N, N, "雪", "私车公养", "风险", "审批。"],
    ["财政所", "所长", "慕容珂", "惠农补贴资金发放", "高", "补贴名册"],
    [N, N, N, "不经公示，冒领套取", N, "张榜公示，"],
    [N, N, N, "补贴资金", N, "银行代发。"],
    ["财政所", "所长", "慕容珂", "坐收坐支", "中", "收入全额入账。"],
    ["规划建设办", "干事", "慕容", "农房审批收受好处", "低", "审批结果公开。"],
    [N, N, "雪", N, N, N],
]
TOWN_READ = [
    ("党政办", "主任", "慕容雪", "公车使用登记不全，私车公养", "", "Ⅰ级", "派车单审批。"),
    ("财政所", "所长", "慕容珂", "惠农补贴资金发放不经公示，冒领套取补贴资金", "", "Ⅰ级",
     "补贴名册张榜公示，银行代发。"),
    ("财政所", "所长", "慕容珂", "坐收坐支", "", "Ⅱ级", "收入全额入账。"),
    ("规划建设办", "干事", "慕容雪", "农房审批收受好处", "", "Ⅲ级", "审批结果公开。"),
]  # fmt: skip


def test_a_point_over_three_rows_and_a_name_alone_join(tmp_path):
    got = run(tmp_path, TOWN)
    assert read(got) == TOWN_READ
    assert NEW in codes(got)
    assert not codes(got) & {"LEVEL_BLANK", "LEVEL_UNKNOWN", "POINT_BLANK", "ROW_UNPLACED"}
    assert set(got.posts["person"]) == {"慕容雪", "慕容珂"}


# ---------------------------------------------------------------- near-misses: as before

HEAD = ["科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
# 科室 and 岗位 written on a person's first row only, each point its own level
BLOCKS = [
    HEAD,
    ["办公室", "主任", "张三", "公务接待超标准", "中", "凭公函接待。"],
    [N, N, N, "办公用品采购不比价", "低", "三家比价。"],
    ["财务股", "股长", "李四", "报账审核不严", "高", "两级审核。"],
    [N, N, N, "现金管理不规范", "中", "日清月结。"],
]
BLOCKS_READ = [
    ("办公室", "主任", "张三", "公务接待超标准", "", "Ⅱ级", "凭公函接待。"),
    ("办公室", "主任", "张三", "办公用品采购不比价", "", "Ⅲ级", "三家比价。"),
    ("财务股", "股长", "李四", "报账审核不严", "", "Ⅰ级", "两级审核。"),
    ("财务股", "股长", "李四", "现金管理不规范", "", "Ⅱ级", "日清月结。"),
]


def test_posts_written_once_with_every_point_graded_read_as_before(tmp_path):
    got = run(tmp_path, BLOCKS)
    assert read(got) == BLOCKS_READ
    assert NEW not in codes(got)


def _without_new(got) -> tuple:
    return read(got), sorted(c for c in codes(got) if c != NEW)


# a second holder's name alone under a record, every name two characters: two holders
SECOND = [
    HEAD,
    ["办公室", "主任", "张三", "公务接待超标准", "中", "凭公函接待。"],
    [N, N, "李四", N, N, N],
    ["财务股", "股长", "王五", "报账审核不严", "高", "两级审核。"],
]
# a point of blank level under a short point: no line printed full, a point of its own
SHORT_LINE = [
    HEAD,
    ["办公室", "主任", "张三", "公务接待超标准", "中", "凭公函接待。"],
    [N, N, N, "办公用品采购", N, "三家比价。"],
    ["财务股", "股长", "王五", "报账审核不严格导致资金损失", "高", "两级审核。"],
]
# a table WITH 序号: the rule is not asked (the rules reading a numbered record's rest are)
NUMBERED = [
    ["序号", *HEAD],
    [1, "办公室", "主任", "张三", "违规审批建设项", "一级风", "集体研究，"],
    [N, N, N, N, "目用地", "险", "结果公示。"],
]


def test_near_misses_read_as_before(tmp_path):
    # (each as the reader at f7aea8f6 read it: the same rows, the same issues)
    got = run(tmp_path / "second", SECOND)
    assert [r[2:4] for r in read(got)] == [("张三", "公务接待超标准"), ("王五", "报账审核不严")]
    assert "POINT_BLANK" in codes(got) and NEW not in codes(got)  # (李四's row: no point)
    got = run(tmp_path / "short", SHORT_LINE)
    assert [(r[3], r[5]) for r in read(got)] == [
        ("公务接待超标准", "Ⅱ级"),
        ("办公用品采购", ""),
        ("报账审核不严格导致资金损失", "Ⅰ级"),
    ]
    assert "LEVEL_BLANK" in codes(got) and NEW not in codes(got)
    got = run(tmp_path / "numbered", NUMBERED)
    assert [r[3] for r in read(got)] == ["违规审批建设项", "目用地"]  # (not this rule's kind)
    assert NEW not in codes(got)


def test_the_code_is_catalogued():
    assert NEW in CATALOGUE and NEW in SHORT
    assert "{count}" in CATALOGUE[NEW][1] and "{cell}" in CATALOGUE[NEW][1]


# ---------------------------------------------------------------- review of this rule

# an ordinary typed table, no 序号, the level given once per post: the next point beside
# measures of its own under measures ended is no rest of the point above, however long that is
LEVEL_ONCE = [
    HEAD,
    ["办公室", "主任", "张三", "公务接待超标准超范围", "高", "严格执行接待标准"],
    [N, N, N, "公车私用", N, "车辆统一管理"],
    ["财务股", "会计", "李四", "报销审核把关不严", "中", "两人复核"],
    [N, N, N, "现金管理不规范", N, "日清日结"],
]
LEVEL_ONCE_2 = [
    ["股室", "职务", "责任人", "风险点", "风险级别", "防控措施"],
    ["执法大队", "队长", "王五", "执法过程中选择性执法", "一级", "执法全程记录仪"],
    [N, N, N, "收受当事人礼品", N, "签订廉洁承诺书"],
]


def test_the_next_point_of_a_post_graded_once_stays_a_point(tmp_path):
    got = run(tmp_path / "a", LEVEL_ONCE)
    assert [(r[3], r[5]) for r in read(got)] == [
        ("公务接待超标准超范围", "Ⅰ级"),
        ("公车私用", ""),
        ("报销审核把关不严", "Ⅱ级"),
        ("现金管理不规范", ""),
    ]
    assert NEW not in codes(got) and "LEVEL_BLANK" in codes(got)
    got = run(tmp_path / "b", LEVEL_ONCE_2)
    assert [(r[3], r[5]) for r in read(got)] == [
        ("执法过程中选择性执法", "Ⅰ级"),
        ("收受当事人礼品", ""),
    ]
    assert NEW not in codes(got)


# a note and a sign-off under the last record: no lines of its point
NOTES = [
    HEAD,
    ["办公室", "主任", "张三", "公务接待超标准超范围", "高", "严格执行接待标准"],
    ["财务股", "会计", "李四", "报销审核把关不严格", "中", "两人复核"],
    [N, N, N, "注：风险等级由高到低", N, N],
    [N, N, N, "填表人：王五", N, N],
]
NOTES_2 = [
    HEAD,
    ["办公室", "主任", "张三", "公务接待超标准超范围", "高", "严格执行接待标准"],
    ["财务股", "会计", "李四", "报销审核把关不严格", "中", "两人复核"],
    [N, N, N, "说明：本表按科室排列", N, N],
    [N, N, N, "审核人：赵六", N, N],
]


def test_a_note_and_a_sign_off_under_the_last_record_are_no_lines_of_it(tmp_path):
    for k, rows in enumerate((NOTES, NOTES_2)):
        got = run(tmp_path / str(k), rows)
        assert [r[3] for r in read(got)] == ["公务接待超标准超范围", "报销审核把关不严格"]
        assert NEW not in codes(got)


# a second holder's whole name under a name printed as long as the column's longest: no rest
SECOND_LONG = [
    HEAD,
    ["办公室", "主任", "张晓明", "公务接待超标准", "高", "严格执行接待标准"],
    [N, N, "李强", N, N, N],
    ["财务股", "会计", "王芳", "报销审核不严", "中", "两人复核"],
]
SECOND_LONG_2 = [
    HEAD,
    ["党政办", "主任", "欧阳志", "公车使用不登记", "高", "派车审批"],
    [N, N, "刘洋", N, N, N],
    ["财政所", "所长", "陈静", "资金拨付不规范", "中", "集体研究"],
]


def test_a_second_holders_whole_name_is_no_rest_of_the_name_above(tmp_path):
    for k, (rows, first) in enumerate(((SECOND_LONG, "张晓明"), (SECOND_LONG_2, "欧阳志"))):
        got = run(tmp_path / str(k), rows)
        assert [r[2] for r in read(got)][0] == first
        assert NEW not in codes(got) and "POINT_BLANK" in codes(got)
