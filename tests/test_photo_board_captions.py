"""Stacked 公示牌 boards with no post or name column: the post only in each board's title line
('窗口受理员岗位廉洁风险公示'), the holder only as the caption of a photo placeholder ('照片',
'相片', '免冠照片') in an unheaded column beside the board's rows — the name in the cell under
the box or on the box's last line. Each board is that holder's form, his post the title's.

Not the published batch's file (batch709: a 旅游服务中心's 主任/副主任/票务员 boards, '（照片）' in
the first column, 高/中/低): a county 不动产登记中心's boards of 窗口受理员, 登记审核员 and 档案管理员,
other names, levels 一级/二级/三级 or 较高/一般 words, the photo column right of the table or left,
the name under the box or inside it, an extra 完成时限 column, one board alone — written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. A 防控卡 with a
姓名 label beside its 照片 box, and a box captioned '（盖章）', read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

UNIT = "青峰县不动产登记中心"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "公示栏"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "boards.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


WANT = sorted([
    ("窗口受理员", "宓荇舟", "受理登记申请时故意刁难、吃拿卡要", "Ⅰ级"),
    ("窗口受理员", "宓荇舟", "为中介代办人员插队办理", "Ⅱ级"),
    ("登记审核员", "雍岚汐", "对材料不全的申请违规审核通过", "Ⅰ级"),
    ("登记审核员", "雍岚汐", "泄露权利人不动产登记信息", "Ⅱ级"),
    ("登记审核员", "雍岚汐", "抵押登记审核时收受银行、中介好处", "Ⅲ级"),
])  # fmt: skip


def test_photo_box_right_of_the_table_name_under_it(tmp_path):
    rows = [
        [f"{UNIT}岗位廉洁风险公示栏"],
        [],
        ["窗口受理员岗位廉洁风险公示"],
        ["序号", "风险点", "风险级别", "防控措施", None],
        [1, "受理登记申请时故意刁难、吃拿卡要", "一级", "一次性告知，办件全程留痕。", "照片"],
        [2, "为中介代办人员插队办理", "二级", "叫号系统排队，禁止手工插号。", "宓荇舟"],
        ["监督电话：0719-1234567"],
        [],
        ["登记审核员岗位廉洁风险公示"],
        ["序号", "风险点", "风险级别", "防控措施", None],
        [1, "对材料不全的申请违规审核通过", "一级", "审核要点清单化，双人复核。", "照片"],
        [2, "泄露权利人不动产登记信息", "二级", "查询留痕，信息按权限调阅。", None],
        [3, "抵押登记审核时收受银行、中介好处", "三级", "签订廉洁承诺，定期抽查。", "雍岚汐"],
        ["监督电话：0719-1234567"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3", "A7:E7", "A9:E9", "E11:E12", "A14:E14"])
    assert read(got) == WANT
    no_errors(got)
    assert "HOLDER_UNDER_PHOTO" in codes(got)
    assert "CELL_OUTSIDE" not in codes(got)
    assert got.risks["form_id"].nunique() == 2
    assert set(got.risks["unit"]) == {UNIT}


def test_name_on_the_box_last_line_left_of_the_table(tmp_path):
    """Two heading-like boards with an extra 完成时限 column; the box '免冠照片⏎宓荇舟' merged
    down over all the board's rows in the unheaded first column."""
    rows = [
        [f"{UNIT}岗位廉洁风险公示栏"],
        ["窗口受理员岗位廉政风险防控公示牌"],
        [None, "编号", "廉政风险点", "风险等级", "防控措施", "完成时限"],
        ["（免冠照片）\n宓荇舟", 1, "受理登记申请时故意刁难、吃拿卡要", "一级", "一次性告知，办件全程留痕。", "长期"],
        [None, 2, "为中介代办人员插队办理", "二级", "叫号系统排队，禁止手工插号。", "长期"],
        ["登记审核员岗位廉政风险防控公示牌"],
        [None, "编号", "廉政风险点", "风险等级", "防控措施", "完成时限"],
        ["（免冠照片）\n雍岚汐", 1, "对材料不全的申请违规审核通过", "一级", "审核要点清单化，双人复核。", "长期"],
        [None, 2, "泄露权利人不动产登记信息", "二级", "查询留痕，信息按权限调阅。", "长期"],
        [None, 3, "抵押登记审核时收受银行、中介好处", "三级", "签订廉洁承诺，定期抽查。", "每季度"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A4:A5", "A6:F6", "A8:A10"])
    assert read(got) == WANT
    no_errors(got)
    assert "HOLDER_UNDER_PHOTO" in codes(got)
    assert got.risks["form_id"].nunique() == 2


def test_one_board_alone_its_title_naming_the_unit(tmp_path):
    rows = [
        [f"{UNIT}档案管理员岗位廉政风险防控公示"],
        [None, "序号", "风险点", "等级", "防控措施"],
        ["相片", 1, "违规出借、复制登记档案", "一级", "档案查阅审批登记，复制件加盖专用章。"],
        [None, 2, "篡改、抽换登记原始资料", "一级", "档案库双人双锁，电子档案操作留痕。"],
        [None, 3, "档案移交不及时、不完整", "三级", "按月移交，交接清单签字。"],
        ["庹知澜"],
        ["监督举报电话：12345"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:A5", "A7:E7"], sheet="档案管理员")
    assert read(got) == sorted([
        ("档案管理员", "庹知澜", "违规出借、复制登记档案", "Ⅰ级"),
        ("档案管理员", "庹知澜", "篡改、抽换登记原始资料", "Ⅰ级"),
        ("档案管理员", "庹知澜", "档案移交不及时、不完整", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_UNDER_PHOTO" in codes(got)
    assert set(got.risks["unit"]) == {UNIT}


def test_a_card_with_a_name_label_beside_its_photo_box_reads_as_before(tmp_path):
    """A 防控卡 whose 姓名 label names the holder: the 照片 box beside the fields says nothing."""
    rows = [
        [f"{UNIT}岗位廉政风险防控卡"],
        ["姓名", "雍岚汐", "岗位", "登记审核员", "照片"],
        ["科室", "登记审核科", "填表时间", "2025年4月", None],
        ["序号", "风险点", "风险等级", "防控措施", None],
        [1, "对材料不全的申请违规审核通过", "一级", "审核要点清单化，双人复核。"],
        [2, "泄露权利人不动产登记信息", "二级", "查询留痕，信息按权限调阅。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "E2:E3"], sheet="防控卡")
    assert read(got) == sorted([
        ("登记审核员", "雍岚汐", "对材料不全的申请违规审核通过", "Ⅰ级"),
        ("登记审核员", "雍岚汐", "泄露权利人不动产登记信息", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_UNDER_PHOTO" not in codes(got)


def test_a_box_captioned_with_no_name_reads_as_before(tmp_path):
    """'（盖章）' under the box (a seal's place, no holder): the board's rows reach no holder."""
    rows = [
        [f"{UNIT}岗位廉洁风险公示栏"],
        ["窗口受理员岗位廉洁风险公示"],
        ["序号", "风险点", "风险级别", "防控措施", None],
        [1, "受理登记申请时故意刁难、吃拿卡要", "一级", "一次性告知，办件全程留痕。", "照片"],
        [2, "为中介代办人员插队办理", "二级", "叫号系统排队，禁止手工插号。", "（盖章）"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert "HOLDER_UNDER_PHOTO" not in codes(got)
    assert set(got.risks["person"]) <= {"", "公示栏"}
    assert len(got.risks) == 2
    no_errors(got)


def test_a_dating_line_ending_in_gongshi_is_no_stray_row(tmp_path):
    # '青峰县不动产登记中心　2025年5月公示' closing a board: its dating line, no content left outside
    got = run(tmp_path, [
        ["青峰县不动产登记中心窗口受理员岗位廉政风险防控公示"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "违规受理登记申请", "一级", "双人复核"],
        [2, "泄露权利人信息", "二级", "查询留痕"],
        [None, "青峰县不动产登记中心　2025年5月公示"],
    ], ["A1:D1", "B5:D5"])  # fmt: skip
    assert "ROW_UNPLACED" not in codes(got)
    assert len(got.risks) == 2


def test_what_the_hundred_and_ninth_review_found_a_caption_of_post_and_name(tmp_path):
    # the box '照片' merged over two rows, its caption '受理员　宓荇舟' under it: the caption's
    # post and name hold the board's rows (the caption's post over the title's 窗口受理员)
    rows = [
        [f"{UNIT}岗位廉洁风险公示栏"],
        [],
        ["窗口受理员岗位廉洁风险公示"],
        ["序号", "风险点", "风险级别", "防控措施", None],
        [1, "受理时吃拿卡要", "一级", "一次性告知", "照片"],
        [2, "为中介插队", "二级", "叫号系统", None],
        [3, "泄露信息", "三级", "留痕", "受理员\u3000宓荇舟"],
        ["监督电话：0719-1234567"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3", "E5:E6", "A8:E8"])
    assert read(got) == sorted([
        ("受理员", "宓荇舟", "受理时吃拿卡要", "Ⅰ级"),
        ("受理员", "宓荇舟", "为中介插队", "Ⅱ级"),
        ("受理员", "宓荇舟", "泄露信息", "Ⅲ级"),
    ])  # fmt: skip
    issues = got.issues
    said = issues[issues["code"] == "HOLDER_UNDER_PHOTO"]
    assert list(said["cell"]) == ["E7"] and list(said["value"]) == ["受理员 宓荇舟"]
    assert "CELL_OUTSIDE" not in codes(got)
    no_errors(got)
