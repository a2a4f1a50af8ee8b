"""A level column under a score's heading (``风险值``, ``风险评分``, ``风险分值``) that holds each point's
score as a BARE whole number (``20``, ``12``, ``5``: no 分, no fraction, no decimal), some above 3,
banded only by a note (``风险值12分以上为高风险，6—11分为中风险，5分以下为低风险``): each point takes
its score's band, a bound written 以上/以下 that the bands would leave in none taking 本数 (info
LEVEL_BY_BARE_SCORES at the first score). Before, a score on such a bound came out with no level
(LEVEL_UNKNOWN) and notes written ``≥``/``≤``/``＜`` lost most levels (batch1046's 自然资源局). Not
that batch's words: a 县水务局's ``风险评分`` under ``评分≥15为一级风险…≤7为三级风险``, a 县供销合作社's
``风险分值`` under ``10分以上为高风险，5至9分为中风险，4分以下为低风险``; and the near-misses.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


def _table(title, head, rows, note):
    return [[title] + [None] * 6, head, *rows, [note] + [None] * 6]


WATER = _table(
    "某县水务局岗位廉政风险点一览表",
    ["序号", "所在股室", "职务", "姓名", "风险点", "风险评分", "防控措施"],
    [
        [1, "局领导", "局长", "欧阳澂", "水利工程招标打招呼", 20, "招标全程公开。"],
        [2, "水资源股", "股长", "皇甫湛", "取水许可审批放宽条件", 15, "审批两级审核。"],
        [3, "水资源股", "股长", "皇甫湛", "水资源费核定不实", 11, "核定结果公示。"],
        [4, "建管股", "股员", "上官淇", "河道采砂巡查走过场", 8, "巡查影像存档。"],
        [5, "建管股", "股员", "上官淇", "工程资料归档不全", 7, "资料定期核对。"],
        [6, "办公室", "出纳", "司马霏", "备用金不及时报账", 3, "月末清账。"],
    ],
    "说明：风险评分≥15为一级风险；8—14为二级风险；≤7为三级风险。",
)


def test_scores_banded_by_signs(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": WATER})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("欧阳澂", "水利工程招标打招呼", "Ⅰ级"),
        ("皇甫湛", "取水许可审批放宽条件", "Ⅰ级"),
        ("皇甫湛", "水资源费核定不实", "Ⅱ级"),
        ("上官淇", "河道采砂巡查走过场", "Ⅱ级"),
        ("上官淇", "工程资料归档不全", "Ⅲ级"),
        ("司马霏", "备用金不及时报账", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_BY_BARE_SCORES", "F3") in issues and codes.count("LEVEL_BY_BARE_SCORES") == 1
    assert "LEVEL_UNKNOWN" not in codes and "LEVEL_SCORE_UNBANDED" not in codes


COOP = _table(
    "某县供销合作社廉政风险防控清单",
    ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险分值", "防控措施"],
    [
        [1, "社领导", "主任", "诸葛沨", "社有资产出租不公开", 25, "出租公开竞价。"],
        [2, "社领导", "主任", "诸葛沨", "基层社改造资金安排不透明", 10, "资金安排集体研究。"],
        [3, "财务科", "会计", "东方琰", "往来款项清理不及时", 7, "每季对账。"],
        [4, "财务科", "会计", "东方琰", "发票审核不严", 4, "发票两人复核。"],
        [5, "业务科", "科员", "东方澈", "农资配送补贴虚报", 16, "补贴逐户核实。"],
    ],
    "备注：分值10分以上为高风险，5至9分为中风险，4分以下为低风险。",
)


def test_bounds_said_above_and_below_take_their_number(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": COOP}, merges={"清单": ["A8:G8"]})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("诸葛沨", "社有资产出租不公开", "Ⅰ级"),
        ("诸葛沨", "基层社改造资金安排不透明", "Ⅰ级"),  # (10: '10分以上')
        ("东方琰", "往来款项清理不及时", "Ⅱ级"),
        ("东方琰", "发票审核不严", "Ⅲ级"),  # (4: '4分以下')
        ("东方澈", "农资配送补贴虚报", "Ⅰ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_BY_BARE_SCORES", "F3") in issues
    assert "LEVEL_UNKNOWN" not in codes


def test_near_miss_levels_written_one_two_three(tmp_path):
    rows = [list(r) for r in COOP]
    rows[1][5] = "风险等级"
    for r, lv in zip(rows[2:7], (1, 1, 2, 3, 1), strict=True):
        r[5] = lv
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert [lv for *_, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert "LEVEL_BY_BARE_SCORES" not in [c for c, _ in issues]


def test_near_miss_no_note_reads_as_before(tmp_path):
    rows = [list(r) for r in WATER[:-1]]
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": rows})
    got, issues = _read(path)
    codes = [c for c, _ in issues]
    assert "LEVEL_BY_BARE_SCORES" not in codes
    assert not any(lv for *_, lv in got if lv not in ("", "Ⅲ级"))  # (no band: 3 as Ⅲ级 at most)


def test_near_miss_note_defining_every_score_reads_as_before(tmp_path):
    rows = [list(r) for r in WATER]
    rows[-1][0] = "注：风险评分15及以上为一级风险，8—14为二级风险，7及以下为三级风险。"
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": rows})
    got, issues = _read(path)
    codes = [c for c, _ in issues]
    assert "LEVEL_BY_BARE_SCORES" not in codes
    assert [lv for *_, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
