"""A list's header whose stage columns are headed by the stage names ALONE, side by side —
``受理 | 审核 | 审批``, ``立案 | 调查取证 | 审理 | 执行``, ``初审 | 复核 | 审批`` — no ``风险点``, no
``…环节`` heading over or beside them, each stage cell that stage's risk point for the row's
business (``—``, ``/``, ``无``, ``不涉及`` where it has none), one level a row: each filled stage cell
is one point of the row's post and holder, the stage its 环节, the row's level its level; a
business heading of no known word (``许可事项``, ``职权名称``) left of them is the row's duty (info
STAGE_COLUMNS_ALONE, once a table). Before, the file held no table at all (FILE_NO_FORM), or,
beside a ``股室`` column, one stage's column was guessed the point and the others lost or read as
measures (batch1057's 市场监督管理局). Not that batch's words: a 综合行政执法局's 行政处罚 list under
``立案 | 调查取证 | 审理 | 执行`` naming posts only, ``Ⅰ级/Ⅱ级/Ⅲ级``; a 镇人民政府's 行政确认 list under
``事项名称 | 责任人 | 初审 | 复核 | 审批``, ``高风险/中风险/低风险``, no measures; a 住房和城乡建设局's
bare ``事项 | 岗位 | 受理 | 审核 | 审批 | 风险等级`` with points of four characters; and near-misses
that read as before: a real ``风险点`` beside a ``环节`` column, stage columns holding the names of
who signs, ticks or the dates each stage was done, ``风险点`` beside ticked stage columns, and
``受理环节 | 审核环节`` headings.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc import locate_header
from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append(
                (post.get("title"), post.get("person"), d["duty"], d["workflow"],
                 d["risk_point"], d["risk_level"])
            )  # fmt: skip
    return got, [(i.code, i.cell) for i in r.issues]


def _before(path: Path, monkeypatch):
    """The file read with the rule off: as the reader read it before."""
    with monkeypatch.context() as m:
        m.setattr(locate_header._Headers, "_stage_headed_rows", lambda self, joined: None)
        return _read(path)


PUNISH = [
    ["某县综合行政执法局行政处罚权力运行廉政风险防控表", None, None, None, None, None, None, None],
    ["序号", "执法中队", "岗位", "立案", "调查取证", "审理", "执行", "风险等级"],
    [1, "城管中队", "执法队员", "对举报线索选择性立案", "现场勘验记录与实际不符", "—", "罚没款不及时上缴",
     "Ⅰ级"],
    [2, "城管中队", "执法队员", "不涉及", "调查中泄露举报人信息", "/", "—", "Ⅱ级"],
    [3, "法制审核股", "审核员", "—", "—", "审理意见随意降格", "—", "Ⅲ级"],
]  # fmt: skip


def test_punishment_stages_by_posts(tmp_path):
    path = write_workbook(tmp_path / "处罚.xlsx", {"处罚": PUNISH}, merges={"处罚": ["A1:H1"]})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("执法队员", "", "", "立案", "对举报线索选择性立案", "Ⅰ级"),
        ("执法队员", "", "", "调查取证", "现场勘验记录与实际不符", "Ⅰ级"),
        ("执法队员", "", "", "执行", "罚没款不及时上缴", "Ⅰ级"),
        ("执法队员", "", "", "调查取证", "调查中泄露举报人信息", "Ⅱ级"),
        ("审核员", "", "", "审理", "审理意见随意降格", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("STAGE_COLUMNS_ALONE", "D2") in issues and codes.count("STAGE_COLUMNS_ALONE") == 1
    assert "COLUMN_GUESSED" not in codes and "FILE_NO_FORM" not in codes


CONFIRM = [
    ["某镇人民政府行政确认事项风险点清单", None, None, None, None, None, None],
    ["序号", "事项名称", "责任人", "初审", "复核", "审批", "风险等级"],
    [1, "最低生活保障认定", "欧阳澂", "入户调查不到位、优亲厚友", "复核只看书面材料", "无", "高风险"],
    [2, "特困人员认定", "欧阳澂", "/", "复核意见不经集体研究", "超范围认定", "中风险"],
    [3, "临时救助审批", "上官淇", "代申请人填写材料", "—", "—", "低风险"],
]  # fmt: skip


def test_confirmation_stages_with_holders_and_business(tmp_path):
    path = write_workbook(tmp_path / "确认.xlsx", {"清单": CONFIRM}, merges={"清单": ["A1:G1"]})
    got, issues = _read(path)
    assert sorted((p, d, w, t, lv) for _, p, d, w, t, lv in got) == sorted([
        ("欧阳澂", "最低生活保障认定", "初审", "入户调查不到位、优亲厚友", "Ⅰ级"),
        ("欧阳澂", "最低生活保障认定", "复核", "复核只看书面材料", "Ⅰ级"),
        ("欧阳澂", "特困人员认定", "复核", "复核意见不经集体研究", "Ⅱ级"),
        ("欧阳澂", "特困人员认定", "审批", "超范围认定", "Ⅱ级"),
        ("上官淇", "临时救助审批", "初审", "代申请人填写材料", "Ⅲ级"),
    ])  # fmt: skip
    assert [c for c, _ in issues].count("STAGE_COLUMNS_ALONE") == 1
    assert "FILE_NO_FORM" not in [c for c, _ in issues]


HOUSING = [
    ["事项", "岗位", "受理", "审核", "审批", "风险等级"],
    ["建筑工程施工许可", "审批股股员", "材料不全即受理", "核查走过场", "超越权限审批", "一级"],
    ["商品房预售许可", "审批股股员", "—", "预售资金监管审核不严", "违规发证", "二级"],
    ["燃气经营许可", "城建股股员", "吃拿卡要", "/", "无", "三级"],
]


def test_bare_header_and_points_of_four_characters(tmp_path):
    path = write_workbook(tmp_path / "住建.xlsx", {"表": HOUSING})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("审批股股员", "", "建筑工程施工许可", "受理", "材料不全即受理", "Ⅰ级"),
        ("审批股股员", "", "建筑工程施工许可", "审核", "核查走过场", "Ⅰ级"),
        ("审批股股员", "", "建筑工程施工许可", "审批", "超越权限审批", "Ⅰ级"),
        ("审批股股员", "", "商品房预售许可", "审核", "预售资金监管审核不严", "Ⅱ级"),
        ("审批股股员", "", "商品房预售许可", "审批", "违规发证", "Ⅱ级"),
        ("城建股股员", "", "燃气经营许可", "受理", "吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert ("STAGE_COLUMNS_ALONE", "C1") in [(c, cell) for c, cell in issues]


NEAR_POINT_AND_STAGE = [
    ["序号", "科室", "岗位", "环节", "风险点", "风险等级", "防控措施"],
    [1, "审批股", "股长", "受理", "材料不全违规受理", "高", "一次性告知。"],
    [2, "审批股", "股长", "审批", "超越权限审批", "中", "按权限审批。"],
]
NEAR_SIGNERS = [
    ["序号", "事项", "岗位", "受理", "审核", "审批", "风险等级", "防控措施"],
    [1, "食品经营许可", "股长", "欧阳澂", "上官淇", "司马霏", "高", "集体研究。"],
    [2, "药品零售许可", "股长", "欧阳澂", "上官淇", "—", "中", "两人复核。"],
]
NEAR_TICKS = [
    ["序号", "岗位", "风险点", "受理", "审核", "审批", "风险等级"],
    [1, "股长", "材料不全违规受理", "√", "", "", "高"],
    [2, "股长", "超越权限审批", "", "", "√", "中"],
]
NEAR_DATES = [
    ["序号", "事项", "经办人", "受理", "审核", "审批", "风险等级", "备注"],
    [1, "食品经营许可", "欧阳澂", "2025年9月1日", "2025年9月3日", "2025年9月5日", "高", "按时办结"],
    [2, "药品零售许可", "上官淇", "2025年9月2日", "2025年9月4日", "—", "中", "退回补正"],
]
NEAR_LINK_HEADS = [
    ["序号", "岗位", "姓名", "受理环节", "审核环节", "审批环节", "风险等级"],
    [1, "股长", "欧阳澂", "材料不全违规受理", "现场核查走过场", "超越权限审批", "高"],
    [2, "科员", "上官淇", "受理时故意刁难", "—", "—", "低"],
]


@pytest.mark.parametrize(
    "rows", [NEAR_POINT_AND_STAGE, NEAR_SIGNERS, NEAR_TICKS, NEAR_DATES, NEAR_LINK_HEADS],
    ids=["point_beside_stage", "signers", "ticks", "dates", "link_heads"],
)  # fmt: skip
def test_near_misses_read_as_before(tmp_path, monkeypatch, rows):
    path = write_workbook(tmp_path / "表.xlsx", {"表": rows})
    got, issues = _read(path)
    assert "STAGE_COLUMNS_ALONE" not in [c for c, _ in issues]
    assert (got, issues) == _before(path, monkeypatch)
