"""Holders written once per run with nothing but a heavier line to say whether on its first row
or its last (batch 482's shape, in other words: an 档案馆's list, the lines drawn several ways).

A report's group footer writes the 科室, post and holder on the LAST row of each post's run and
closes the run with a medium (or thick, or double) line; a list headed by its posts writes them
on the FIRST row, a heavier line above. The cells alone cannot tell the two apart (the first
rows blank: the unit's own, or the first post's); the lines can, in an .xlsx. Where no line
tells (all thin, lines under some labels only, an .xls), the rows are read as headed and a
warning says so.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import xlsxwriter

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
# (point, level, measures) of each run, and the run's 科室, post and holder
RUNS = [
    ([("档案接收进馆把关不严", "二级", "进馆档案双人清点并签收。"),
      ("违规提供未开放档案查阅", "一级", "查阅审批登记，调阅全程留痕。")],
     ("馆领导", "馆长", "詹珩昱")),
    ([("档案数字化外包验收走过场", "一级", "外包成果抽检比例不低于百分之十。"),
      ("外包人员接触涉密档案", "一级", "外包场所封闭管理，专人监督。"),
      ("数字化经费结算不实", "二级", "按验收数量结算并经馆务会审定。")],
     ("技术保护科", "科长", "亓璠珈")),
    ([("利用档案出具证明材料徇私", "三级", "出具证明两人核对并登记。")],
     ("利用服务科", "科员", "蒯沅澈")),
]  # fmt: skip


def _write(path: Path, where: str = "foot", line: str = "medium", below: bool = False,
           only_first: bool = False) -> None:  # fmt: skip
    """The list: ``where`` the runs' labels stand ('foot': last row, 'head': first row, the
    first rows of the sheet the unit's own then); ``line`` the style closing each run ('thin':
    all alike), drawn as the bottom border of a run's last row or (``below``) as the top
    border of the row under it; ``only_first``: only the first run closed so."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("一览表")
    weights = {"thin": 1, "medium": 2, "thick": 5, "double": 6}
    thin = wb.add_format({"border": 1, "text_wrap": True})
    closing = wb.add_format({"border": 1, "bottom": weights[line], "text_wrap": True})
    opening = wb.add_format({"border": 1, "top": weights[line], "text_wrap": True})
    ws.write(0, 0, "县档案馆岗位廉政风险防控一览表")
    ws.write_row(1, 0, HEAD, thin)
    rows = []
    if where == "head":
        rows.append(("建立健全内控制度走形式", "三级", "每年修订内控制度。", None, False))
    for k, (points, label) in enumerate(RUNS):
        for i, (point, level, measures) in enumerate(points):
            at = i == (len(points) - 1 if where == "foot" else 0)
            closes = where == "foot" and i == len(points) - 1 and (not only_first or k == 0)
            rows.append((point, level, measures, label if at else None, closes))
    r = 2
    for n, (point, level, measures, label, closes) in enumerate(rows, 1):
        opens = where == "head" and label is not None and r > 2
        fmt = thin
        if closes and not below:
            fmt = closing
        elif (below and r > 2 and rows[n - 2][4]) or opens:
            fmt = opening
        ws.write_row(r, 0, [n, *(label or ("", "", "")), point, level, measures], fmt)
        r += 1
    wb.close()


def _read(folder: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([folder])), config, [folder])


def _holders(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["person"], strict=True))


FOOTED = [(p, label[2]) for points, label in RUNS for p, _lv, _m in points]


@pytest.mark.parametrize(
    ("line", "below"), [("medium", False), ("thick", False), ("double", True), ("medium", True)]
)
def test_runs_closed_by_a_heavier_line_are_each_the_label_under_them(tmp_path, line, below):
    _write(tmp_path / "in" / "一览表.xlsx", "foot", line, below)
    got = _read(tmp_path / "in")
    assert _holders(got) == FOOTED
    depts = dict(zip(got.risks["risk_point"], got.risks["department"], strict=True))
    assert depts["档案接收进馆把关不严"] == "馆领导"
    assert depts["数字化经费结算不实"] == "技术保护科"
    codes = got.issues["code"].tolist()
    assert "HOLDERS_AT_FOOT" in codes and "HOLDERS_PLACE_UNCLEAR" not in codes
    said = got.issues[got.issues["code"] == "HOLDERS_AT_FOOT"]
    assert said["severity"].tolist() == ["info"] and said["value"].tolist() == ["3"]


def test_runs_opened_by_a_heavier_line_are_read_as_headed_without_a_word(tmp_path):
    _write(tmp_path / "in" / "一览表.xlsx", "head", "medium")
    got = _read(tmp_path / "in")
    assert _holders(got)[0] == ("建立健全内控制度走形式", "")  # the unit's own
    assert _holders(got)[1:] == FOOTED
    codes = set(got.issues["code"])
    assert not codes & {"HOLDERS_AT_FOOT", "HOLDERS_PLACE_UNCLEAR"}


@pytest.mark.parametrize(
    ("line", "only_first"), [("thin", False), ("medium", True)], ids=["all-thin", "one-line"]
)
def test_lines_that_tell_nothing_leave_the_runs_headed_and_said(tmp_path, line, only_first):
    _write(tmp_path / "in" / "一览表.xlsx", "foot", line, only_first=only_first)
    got = _read(tmp_path / "in")
    # read as headed: the first rows nobody's, each label's rows those under it
    assert _holders(got)[:2] == [("档案接收进馆把关不严", ""), ("违规提供未开放档案查阅", "詹珩昱")]
    codes = got.issues["code"].tolist()
    assert "HOLDERS_PLACE_UNCLEAR" in codes and "HOLDERS_AT_FOOT" not in codes


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_resaved_by_libreoffice(tmp_path):
    src = tmp_path / "src" / "一览表.xlsx"
    _write(src, "foot", "medium")
    for fmt in ("xlsx", "xls"):
        subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / fmt), str(src)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
    got = _read(tmp_path / "xlsx")  # LibreOffice's own styles part
    assert _holders(got) == FOOTED
    got = _read(tmp_path / "xls")  # lines not read from an .xls: said
    assert "HOLDERS_PLACE_UNCLEAR" in set(got.issues["code"])


def test_a_first_post_of_one_point_and_a_vacant_post_are_read_at_the_foot_by_the_lines(tmp_path):
    """Review 78: the first row a label (its post one point long) and a post with no holder
    named: the lines still close each run under its label."""
    path = tmp_path / "in" / "一览表.xlsx"
    path.parent.mkdir(parents=True)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("一览表")
    thin = wb.add_format({"border": 1})
    closing = wb.add_format({"border": 1, "bottom": 2})
    ws.write_row(0, 0, HEAD, thin)
    rows = [
        (("馆领导", "馆长", "詹珩昱"), "档案接收进馆把关不严", True),
        (None, "数字化外包验收走过场", False),
        (("技术保护科", "科长", ""), "外包人员接触涉密档案", True),  # (vacant: no name)
        (None, "利用档案出具证明材料徇私", False),
        (("利用服务科", "科员", "蒯沅澈"), "查阅登记不全", False),
    ]
    for r, (label, point, closes) in enumerate(rows, 1):
        ws.write_row(r, 0, [r, *(label or ("", "", "")), point, "二级", "双人复核。"],
                     closing if closes else thin)  # fmt: skip
    wb.close()
    got = _read(tmp_path / "in")
    assert list(zip(got.risks["title"], got.risks["person"], strict=True)) == [
        ("馆长", "詹珩昱"), ("科长", ""), ("科长", ""), ("科员", "蒯沅澈"), ("科员", "蒯沅澈"),
    ]  # fmt: skip
    assert "HOLDERS_AT_FOOT" in set(got.issues["code"])


def test_a_department_merged_over_its_footed_posts_leaves_the_posts_to_the_lines(tmp_path):
    """Review 80's gap: the 科室 merged down over all its rows, each post and holder written
    on the last row of its run and closed by a heavier line (a 林场's list, other words): the
    merged 科室 is every row's, the runs are each the label under them."""
    path = tmp_path / "in" / "清单.xlsx"
    path.parent.mkdir(parents=True)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("清单")
    thin = wb.add_format({"border": 1, "valign": "vcenter"})
    closing = wb.add_format({"border": 1, "bottom": 2})
    ws.write_row(0, 0, ["科室", "岗位", "责任人", "廉政风险点", "等级", "防控措施"], thin)
    runs = [
        ("营林股", [("造林苗木验收弄虚作假", "高"), ("抚育面积虚报冒领", "中"),
                   ("林木采伐指标人情分配", "高")], [("股长", "仉瀚昶", 2), ("技术员", "", 1)]),
        ("资源股", [("林地占用审核不严", "高"), ("巡护记录补记造假", "低")],
         [("股长", "宰璩沨", 2)]),
    ]  # fmt: skip
    want, r = [], 1
    for dept, points, posts in runs:
        ws.merge_range(r, 0, r + len(points) - 1, 0, dept, thin)
        k = 0
        for post, who, n in posts:
            for i in range(n):
                point, level = points[k]
                foot = i == n - 1
                fmt = closing if foot else thin
                ws.write_row(r, 1, [post if foot else "", who if foot else "", point, level,
                                    "集体研究，全程留痕。"], fmt)  # fmt: skip
                want.append((dept, post, who, point))
                r += 1
                k += 1
    wb.close()
    got = _read(tmp_path / "in")
    read = list(zip(got.risks["department"], got.risks["title"], got.risks["person"],
                    got.risks["risk_point"], strict=True))  # fmt: skip
    assert read == want
    assert "HOLDERS_AT_FOOT" in set(got.issues["code"])


# runs of a 水利站's list closed by medium lines, each run's 科室, post and holder written once on
# a row in its MIDDLE (centred as a merge would be, typed into one cell after the merge was undone)
MIDDLE = [
    ([("防汛物资出入库不登记", "二级", "出入库双人签字。"),
      ("防汛物资采购指定厂家", "一级", "采购三家比价。"),
      ("防汛值班弄虚作假", "三级", "值班记录每日核查。")],
     ("工程管理股", "股长", "郜澄岫")),
    ([("水费收缴截留", "一级", "票款日清日结。"),
      ("水费减免不按规定", "二级", "减免经集体研究。"),
      ("用水计量造假", "二级", "表具定期校验。")],
     ("水费征收股", "收费员", "昝沐霖")),
]  # fmt: skip


def _write_middle(path: Path, line: str = "medium") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("清单")
    weights = {"thin": 1, "medium": 2}
    thin = wb.add_format({"border": 1, "text_wrap": True})
    closing = wb.add_format({"border": 1, "bottom": weights[line], "text_wrap": True})
    ws.write(0, 0, "县水利站岗位廉政风险防控清单")
    ws.write_row(1, 0, HEAD, thin)
    r, n = 2, 1
    for points, label in MIDDLE:
        for i, (point, level, measures) in enumerate(points):
            said = label if i == len(points) // 2 else ("", "", "")
            fmt = closing if i == len(points) - 1 else thin
            ws.write_row(r, 0, [n, *said, point, level, measures], fmt)
            r, n = r + 1, n + 1
    wb.close()


def test_runs_closed_by_lines_labelled_in_their_middle(tmp_path):
    _write_middle(tmp_path / "in" / "清单.xlsx")
    got = _read(tmp_path / "in")
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True)) == sorted(
        (*label, point) for points, label in MIDDLE for point, _lv, _m in points
    )  # fmt: skip
    assert len(got.posts) == 2


def test_runs_all_thin_labelled_in_their_middle_read_as_before(tmp_path):
    """No heavier line: nothing says where a run ends, so the rows read as they did (each row
    under a label is that label's)."""
    _write_middle(tmp_path / "in" / "清单.xlsx", line="thin")
    got = _read(tmp_path / "in")
    first = got.risks[got.risks["risk_point"] == "防汛物资出入库不登记"]
    assert first["person"].tolist() != ["郜澄岫"]  # (not guessed: the old reading)
