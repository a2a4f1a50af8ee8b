"""A point's level given by a tick under one of several SCORE columns ('分值' merged over
``1 | 2 | 3 | 4 | 5``, one '√' a row), banded into levels by a note under the table.

The tables are written as real .xlsx (xlsxwriter, through tests/helpers.py) and read back as
``collect_inbox`` reads them. Their words are not those of tests/published/batch532.py: another
unit, other posts, other headings, marks, scales and notes.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "风险类型"]


def run(tmp_path: Path, rows, merges):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def codes(res) -> list[tuple[str, str, str]]:
    df = res.issues
    return sorted(zip(df["code"], df["severity"], df["cell"], strict=True))


def scored(scale, head, points, note=None, measures="防控措施"):
    """A list whose level is a tick under ``head`` merged over the ``scale`` columns: rows of
    (科室, 岗位, 姓名, 风险点, 风险类型, {score: mark}, 措施)."""
    n = len(scale)
    top = ["苍溪县水利局廉政风险点登记表", *[None] * (len(HEAD) + n)]
    first = [*HEAD, head, *[None] * (n - 1), measures]
    second = [None] * len(HEAD) + list(scale) + [None]
    rows = [top, first, second]
    for i, (dept, post, who, point, typ, marks, measure) in enumerate(points, 1):
        cells = [marks.get(s) for s in scale]
        rows.append([i, dept, post, who, point, typ, *cells, measure])
    if note:
        rows.append([note])
    end = chr(ord("A") + len(HEAD) + n)  # the measures' column
    last = chr(ord("A") + len(HEAD) + n - 1)
    merges = [f"A1:{end}1", f"G2:{last}2", f"{end}2:{end}3"]
    merges += [f"{chr(ord('A') + c)}2:{chr(ord('A') + c)}3" for c in range(len(HEAD))]
    return rows, merges


POINTS = [
    ("工程股", "股长", "嵇昀澍", "招标评标暗箱操作", "岗位职责", {5: "√"}, "全程留痕"),
    ("工程股", "股长", "嵇昀澍", "工程变更签证虚报", "制度机制", {4: "√"}, "集体审核"),
    ("水资源股", "科员", "巫珩琪", "取水许可审批放宽", "岗位职责", {3: "√"}, "限时办结"),
    ("水资源股", "科员", "巫珩琪", "水资源费减免不规范", "思想道德", {2: "√"}, "公开公示"),
    ("水资源股", "科员", "巫珩琪", "接受管理对象宴请", "思想道德", {1: "√"}, "签订承诺"),
]
NOTE = (
    "说明：分值越高风险越大，在对应分值下打“√”。5分、4分为高风险；3分为中风险；1分、2分为低风险。"
)


def test_a_tick_under_a_score_is_the_level_its_band_gives(tmp_path):
    rows, merges = scored([1, 2, 3, 4, 5], "风险分值", POINTS, NOTE)
    res = run(tmp_path, rows, merges)
    risks = res.risks
    assert risks["risk_point"].tolist() == [p[3] for p in POINTS]
    assert risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert risks["measures"].tolist() == [p[6] for p in POINTS]
    assert risks["person"].tolist() == ["嵇昀澍"] * 2 + ["巫珩琪"] * 3
    got = codes(res)
    assert ("LEVEL_BY_SCORE_TICKS", "info", "G2") in got
    assert not any(c[0] in ("LEVEL_BLANK", "LEVEL_UNKNOWN", "COLUMN_GUESSED") for c in got)
    msg = res.issues[res.issues["code"] == "LEVEL_BY_SCORE_TICKS"]["message"].iloc[0]
    assert "风险分值" in msg and "5分=Ⅰ级" in msg and "3分=Ⅱ级" in msg and "1分=Ⅲ级" in msg


def test_ten_scores_down_from_ten_other_marks_and_a_band_note(tmp_path):
    # '评分' over 10 … 1 (typed as text '10分' …), '●' ticked, '○' offered, a 得分 note in bands
    scale = [f"{s}分" for s in range(10, 0, -1)]
    pts = [
        ("综合股", "出纳", "郗芃菀", "公款私存", "岗位职责", {"9分": "●"}, "定期对账"),
        ("综合股", "出纳", "郗芃菀", "虚列支出", "制度机制", {"6分": "●"}, "双人复核"),
        ("综合股", "出纳", "郗芃菀", "收受回扣", "思想道德", {"2分": "●"}, "廉政教育"),
    ]
    pts = [(*p[:5], {s: p[5].get(s, "○") for s in scale}, p[6]) for p in pts]
    note = "注：评分8—10分为一级风险，5—7分为二级风险，1—4分为三级风险。"
    rows, merges = scored(scale, "风险评分", pts, note)
    res = run(tmp_path, rows, merges)
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert ("LEVEL_BY_SCORE_TICKS", "info", "G2") in codes(res)


def test_two_ticks_or_none_leave_the_row_blank_and_name_it(tmp_path):
    pts = list(POINTS)
    pts[1] = (*pts[1][:5], {4: "√", 5: "√"}, pts[1][6])  # two scores ticked
    pts[3] = (*pts[3][:5], {}, pts[3][6])  # none
    rows, merges = scored([1, 2, 3, 4, 5], "风险分值", pts, NOTE)
    res = run(tmp_path, rows, merges)
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "", "Ⅱ级", "", "Ⅲ级"]
    got = codes(res)
    assert ("LEVEL_SCORE_TICKS_UNCLEAR", "warning", "G5") in got
    assert ("LEVEL_SCORE_TICKS_UNCLEAR", "warning", "G7") in got
    assert sum(c[0] == "LEVEL_SCORE_TICKS_UNCLEAR" for c in got) == 2
    assert sum(c[0] == "LEVEL_BY_SCORE_TICKS" for c in got) == 1
    df = res.issues
    said = df[df["code"] == "LEVEL_SCORE_TICKS_UNCLEAR"].sort_values("cell")["value"].tolist()
    assert said == ["2", "0"]


def test_no_note_banding_the_scores_leaves_the_levels_blank_said_once(tmp_path):
    rows, merges = scored([1, 2, 3, 4, 5], "得分", POINTS, "注：在对应分值下打“√”。")
    res = run(tmp_path, rows, merges)
    assert res.risks["risk_point"].tolist() == [p[3] for p in POINTS]
    assert res.risks["risk_level"].tolist() == [""] * 5  # nothing invented (not 1 = Ⅰ级)
    got = codes(res)
    assert [c for c in got if c[0] == "LEVEL_SCORE_NO_BANDS"] == [
        ("LEVEL_SCORE_NO_BANDS", "warning", "G2")
    ]
    assert not any(c[0] in ("LEVEL_UNKNOWN", "LEVEL_BY_SCORE_TICKS", "COLUMN_GUESSED") for c in got)


def test_a_note_banding_only_some_scores_invents_none(tmp_path):
    note = "注：4—5分为高风险，3分为中风险。"  # 1 and 2 left unbanded
    rows, merges = scored([1, 2, 3, 4, 5], "风险程度", POINTS, note)
    res = run(tmp_path, rows, merges)
    assert res.risks["risk_level"].tolist() == [""] * 5
    assert ("LEVEL_SCORE_NO_BANDS", "warning", "G2") in codes(res)


def test_level_sub_columns_still_read_as_ticks(tmp_path):
    # '风险等级' over 一级 | 二级 | 三级 and over 高 | 中 | 低: levels, as before
    for scale, want in ((["一级", "二级", "三级"], "一级"), (["高", "中", "低"], "高")):
        pts = [
            ("财务股", "会计", "闵翾", "报销审核不严", "岗位职责", {scale[0]: "√"}, "复核"),
            ("财务股", "会计", "闵翾", "账外设账", "制度机制", {scale[2]: "√"}, "审计"),
        ]
        rows, merges = scored(scale, "风险等级", pts)
        res = run(tmp_path / want, rows, merges)
        assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"], scale
        got = codes(res)
        assert not any(c[0].startswith(("LEVEL_BY_SCORE", "LEVEL_SCORE")) for c in got)


def test_three_numbered_columns_no_note_bands_read_as_before(tmp_path):
    # '风险程度' over 1 | 2 | 3, no note: the numbers may be the levels (一级 …): ticks, as before;
    # a note banding them as scores (3 the highest) decides instead
    pts = [(*p[:5], {s: "√"}, p[6]) for p, s in zip(POINTS[:3], (1, 2, 3), strict=True)]
    rows, merges = scored([1, 2, 3], "风险程度", pts)
    res = run(tmp_path / "bare", rows, merges)
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert not any(c[0].startswith(("LEVEL_BY_SCORE", "LEVEL_SCORE")) for c in codes(res))
    note = "注：按1—3分评定，3分为高风险，2分为中风险，1分为低风险。"
    rows, merges = scored([1, 2, 3], "风险程度", pts, note)
    res = run(tmp_path / "banded", rows, merges)
    assert res.risks["risk_level"].tolist() == ["Ⅲ级", "Ⅱ级", "Ⅰ级"]
    assert ("LEVEL_BY_SCORE_TICKS", "info", "G2") in codes(res)


def test_a_level_column_beside_score_ticks_wins(tmp_path):
    # scores ticked AND a 风险等级 column of its own: the column is the level
    rows, merges = scored([1, 2, 3, 4, 5], "评分", POINTS[:3], NOTE, measures="风险等级")
    for row, lv in zip(rows[3:6], ("中", "低", "高"), strict=True):
        row[-1] = lv  # (not the bands' levels: the column is read, the ticks are not)
    res = run(tmp_path, rows, merges)
    assert res.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert not any(c[0].startswith(("LEVEL_BY_SCORE", "LEVEL_SCORE")) for c in codes(res))


def test_numbered_points_are_no_scores(tmp_path):
    # '风险点' over 风险点1 | 风险点2 | 风险点3: points, read as before
    rows = [
        ["序号", "岗位", "姓名", "风险点", None, None, "风险等级", "防控措施"],
        [None, None, None, "风险点1", "风险点2", "风险点3", None, None],
        [1, "站长", "隗翊", "私收费用", "虚报工程量", "优亲厚友", "高", "公开"],
        [2, "技术员", "眭珺", "验收走过场", "资料造假", "吃拿卡要", "中", "抽查"],
    ]
    merges = ["D1:F1", "A1:A2", "B1:B2", "C1:C2", "G1:G2", "H1:H2"]
    res = run(tmp_path, rows, merges)
    assert len(res.risks) == 6
    assert set(res.risks["risk_level"]) == {"Ⅰ级", "Ⅱ级"}
    assert not any(c[0].startswith(("LEVEL_BY_SCORE", "LEVEL_SCORE")) for c in codes(res))


def test_score_columns_holding_numbers_are_not_ticks(tmp_path):
    # '评分' over 1 | 2 | 3 with numbers written in them (a count, not a tick): not this shape
    pts = [("工程股", "股长", "嵇昀澍", "招标评标暗箱操作", "岗位职责", {1: "2", 3: "1"}, "留痕")]
    rows, merges = scored([1, 2, 3], "评分", pts, NOTE)
    res = run(tmp_path, rows, merges)
    assert not any(c[0].startswith(("LEVEL_BY_SCORE", "LEVEL_SCORE")) for c in codes(res))


def test_the_codes_are_catalogued():
    for code in ("LEVEL_BY_SCORE_TICKS", "LEVEL_SCORE_NO_BANDS", "LEVEL_SCORE_TICKS_UNCLEAR"):
        assert code in CATALOGUE and SHORT[code]
