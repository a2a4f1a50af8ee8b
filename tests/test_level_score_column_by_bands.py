"""A level column headed by a score's word alone (``分值``, ``得分``, ``评分``) that holds each point's
score as a bare whole number, with the bands stated in a wording of their own — the level first
(``高风险≥9分``), strict signs on both sides (``3＜评分≤6``), ``以上（含8分）``, a bound opening a
bracket (``一览表（≥8分为高…）``) — is the level column, each point in the band its score falls in
(info LEVEL_SCORE_COLUMN_BY_BANDS, then LEVEL_BY_BARE_SCORES). Before, such a column was taken for
the level only where the note's words, read as pairs, named four in five of its cells, and the
band reader found no bound after a bracket or a level word: the scores were lost, each point
LEVEL_BLANK (batch1051's 水务局). Not that batch's words: a 卫生院's 清单 under ``得分`` with
``注：高风险≥9分，中风险6-8分，低风险≤5分``; a 市场监督管理局's 排查表 under ``评分`` with
``评分＞6为一级风险，3＜评分≤6为二级风险，评分≤3为三级风险``; a 自然资源局's list whose bands stand
in a line above the header (``8分以上（含8分）…``); and the near-misses: no bands anywhere (the
points stay LEVEL_BLANK), a band leaving a score out, a table with its own 风险等级 column,
levels written 1/2/3.
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


CLINIC = [
    ["某镇卫生院岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "科室", "岗位", "姓名", "风险点", "得分", "防控措施"],
    [1, "院领导", "院长", "宇文澈", "大型设备采购指定品牌", 10, "设备采购集体研究。"],
    [2, "院领导", "院长", "宇文澈", "基建工程干预发包", 9, "工程公开招标。"],
    [3, "药剂科", "科主任", "独孤琰", "药品验收把关不严", 7, "验收两人签字。"],
    [4, "药剂科", "科主任", "独孤琰", "临期药品处置不登记", 6, "处置台账管理。"],
    [5, "收费室", "收费员", "慕容湉", "收费票据管理不规范", 5, "票据领用登记。"],
    [6, "收费室", "收费员", "慕容湉", "退费审核不严", 3, "退费两人审核。"],
    ["注：高风险≥9分，中风险6-8分，低风险≤5分。", None, None, None, None, None, None],
]


def test_level_first_bands_under_defen(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx", {"清单": CLINIC}, merges={"清单": ["A1:G1", "A9:G9"]}
    )
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("宇文澈", "大型设备采购指定品牌", "Ⅰ级"),
        ("宇文澈", "基建工程干预发包", "Ⅰ级"),
        ("独孤琰", "药品验收把关不严", "Ⅱ级"),
        ("独孤琰", "临期药品处置不登记", "Ⅱ级"),
        ("慕容湉", "收费票据管理不规范", "Ⅲ级"),
        ("慕容湉", "退费审核不严", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_SCORE_COLUMN_BY_BANDS", "F2") in issues
    assert codes.count("LEVEL_SCORE_COLUMN_BY_BANDS") == 1
    assert "LEVEL_BLANK" not in codes and "LEVEL_SCORE_UNBANDED" not in codes


MARKET = [
    ["某县市场监督管理局廉政风险点排查表", None, None, None, None, None, None],
    ["序号", "股室", "职务", "责任人", "廉政风险点", "评分", "防控措施"],
    [1, "登记注册股", "股长", "长孙淇", "虚假登记材料审核放行", 8, "材料两人复核。"],
    [2, "登记注册股", "股长", "长孙淇", "为中介代办提供便利", 4, "窗口全程录像。"],
    [3, "执法大队", "执法员", "令狐珩", "案件查办降格处理", 7, "案件集体审议。"],
    [4, "执法大队", "执法员", "令狐珩", "接受当事人宴请", 2, "签订廉洁承诺书。"],
    [
        "说明：评分＞6为一级风险，3＜评分≤6为二级风险，评分≤3为三级风险。",
        None,
        None,
        None,
        None,
        None,
        None,
    ],  # fmt: skip
]


def test_strict_signs_under_pingfen(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": MARKET})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("长孙淇", "虚假登记材料审核放行", "Ⅰ级"),
        ("长孙淇", "为中介代办提供便利", "Ⅱ级"),
        ("令狐珩", "案件查办降格处理", "Ⅰ级"),
        ("令狐珩", "接受当事人宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert ("LEVEL_SCORE_COLUMN_BY_BANDS", "F2") in issues
    assert "LEVEL_BLANK" not in [c for c, _ in issues]


LAND = [
    ["某县自然资源局岗位廉政风险防控一览表（分值8分以上（含8分）为高，5至7分为中，4分及以下为低）",
     None, None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", "分值", "防控措施"],
    [1, "局长", "尉迟翃", "土地出让干预底价确定", 8, "出让底价集体决策。"],
    [2, "局长", "尉迟翃", "用地审批打招呼", 9, "审批过问登记。"],
    [3, "测绘员", "尉迟沅", "测绘成果数据不实", 5, "成果两人复核。"],
    [4, "测绘员", "尉迟沅", "外业补助虚报", 1, "补助按考勤核发。"],
]  # fmt: skip


def test_bands_in_the_title_bracket(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": LAND}, merges={"一览表": ["A1:F1"]})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("尉迟翃", "土地出让干预底价确定", "Ⅰ级"),
        ("尉迟翃", "用地审批打招呼", "Ⅰ级"),
        ("尉迟沅", "测绘成果数据不实", "Ⅱ级"),
        ("尉迟沅", "外业补助虚报", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert "LEVEL_BLANK" not in codes and "LEVEL_SCORE_UNBANDED" not in codes


# ---------------------------------------------------------------- near-misses: read as before


def _without_note(rows):
    return [r for r in rows if not str(r[0]).startswith(("注", "说明"))]


def test_no_bands_anywhere_leaves_each_point_blank(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": _without_note(CLINIC)})
    got, issues = _read(path)
    assert {lv for _p, _x, lv in got} == {""}
    codes = [c for c, _ in issues]
    assert codes.count("LEVEL_BLANK") == 6
    assert "LEVEL_SCORE_COLUMN_BY_BANDS" not in codes and "LEVEL_BY_BARE_SCORES" not in codes


def test_a_band_leaving_a_score_out_takes_no_column(tmp_path):
    rows = [
        *_without_note(CLINIC),
        ["注：高风险≥9分，低风险≤5分。", None, None, None, None, None, None],
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    codes = [c for c, _ in issues]
    assert "LEVEL_SCORE_COLUMN_BY_BANDS" not in codes
    assert {lv for _p, _x, lv in got} == {""}


def test_own_level_column_wins(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险点", "分值", "风险等级", "防控措施"],
        [1, "局长", "尉迟翃", "土地出让干预底价确定", 9, "二级", "集体决策。"],
        [2, "测绘员", "尉迟沅", "测绘成果数据不实", 4, "三级", "两人复核。"],
        [
            "注：≥8分为高风险，5-7分为中风险，4分及以下为低风险。",
            None,
            None,
            None,
            None,
            None,
            None,
        ],
    ]
    path = write_workbook(tmp_path / "表.xlsx", {"表": rows})
    got, issues = _read(path)
    assert sorted(lv for _p, _x, lv in got) == ["Ⅱ级", "Ⅲ级"]
    assert "LEVEL_SCORE_COLUMN_BY_BANDS" not in [c for c, _ in issues]


def test_levels_written_one_two_three_take_no_bands(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险点", "分值", "防控措施"],
        [1, "局长", "尉迟翃", "土地出让干预底价确定", 1, "集体决策。"],
        [2, "测绘员", "尉迟沅", "测绘成果数据不实", 3, "两人复核。"],
        ["注：≥8分为高风险，5-7分为中风险，4分及以下为低风险。", None, None, None, None, None],
    ]
    path = write_workbook(tmp_path / "表.xlsx", {"表": rows})
    _got, issues = _read(path)
    assert "LEVEL_SCORE_COLUMN_BY_BANDS" not in [c for c, _ in issues]
