"""Holders across as tick columns headed by their POSTS only (``责任人`` merged over '大队长 |
副大队长 | 副大队长'), their NAMES only in a signature row under the table ('签字确认 | | 郜翎湍 |
…', one name under each column): each column is the holder named under it, a row's point his
when his column is ticked (his post the column's heading; two alike told apart by the names).

Not the published batch's table (a 动物卫生监督所's 分布表, 所长 | 教导员 | 副所长 | 副所长, '本人签字
确认' merged over three columns, 高/中/低): a county 水利局's 水政监察大队, a 供水站 and a 乡镇
财政所, other posts, names, level words ('一级/二级/三级', '★★★'), marks ('√', '✓', '●') and
arrangements (a 风险类型 column between, a date row or a 注 line beside the sign row, a post's
heading over its name's column merged across), written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file. A sign row under a list with its own 责任人 column,
a 填表人/审核人 line under tick columns already naming their holders and a sign row of dates
stay as read before.
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


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_sign_row_labelled_sign_confirm_names_the_two_alike_posts(tmp_path):
    rows = [
        ["XX县水利局水政监察大队领导班子廉政风险点分布表"],
        ["序号", "廉政风险点", "风险等级", "责任人", None, None, "防控措施"],
        [None, None, None, "大队长", "副大队长", "副大队长", None],
        [1, "河道采砂许可审查中收受好处", "一级", "√", "√", None, "许可集体研究，结果公示。"],
        [2, "水事违法案件查处以罚代刑", "一级", None, "√", "√", "案件法制审核，移送台账备查。"],
        [3, "执法车辆公车私用", "三级", "√", None, "√", "车辆定位管理，出车登记。"],
        [4, "取水计量设施验收走过场", "二级", None, None, "√", "验收两人到场，照片留档。"],
        ["签字确认", None, None, "郜翎湍", "寇岚汐", "戚泓樾", None],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A8:C8"])
    assert read(got) == sorted([
        ("大队长", "郜翎湍", "河道采砂许可审查中收受好处", "Ⅰ级"),
        ("大队长", "郜翎湍", "执法车辆公车私用", "Ⅲ级"),
        ("副大队长", "寇岚汐", "河道采砂许可审查中收受好处", "Ⅰ级"),
        ("副大队长", "寇岚汐", "水事违法案件查处以罚代刑", "Ⅰ级"),
        ("副大队长", "戚泓樾", "水事违法案件查处以罚代刑", "Ⅰ级"),
        ("副大队长", "戚泓樾", "执法车辆公车私用", "Ⅲ级"),
        ("副大队长", "戚泓樾", "取水计量设施验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_FROM_SIGN_ROW"]
    assert list(said["cell"]) == ["A8"]
    assert "郜翎湍" in said["value"].iloc[0] and "戚泓樾" in said["value"].iloc[0]
    assert "HOLDERS_FROM_SIGN_ROW" in CATALOGUE and "HOLDERS_FROM_SIGN_ROW" in SHORT


def test_names_signed_under_a_type_column_with_a_date_row_after(tmp_path):
    # an extra 风险类型 column, '✓' marks, stars for levels, the label '本人签名：' in its own
    # cell beside the names and a date row under them
    rows = [
        ["XX县城乡供水站班子成员廉政风险点一览表"],
        ["编号", "风险点", "风险类型", "等级", "涉及人员（打✓）", None, None, "防范措施"],
        [None, None, None, None, "站长", "副站长", "副站长", None],
        [
            "01",
            "管网改造工程变更签证不实",
            "岗位职责",
            "★★★",
            "✓",
            "✓",
            None,
            "变更经监理、审计共同确认。",
        ],
        ["02", "水费减免审批优亲厚友", "制度机制", "★★", "✓", None, "✓", "减免按标准，每季公示。"],
        [
            "03",
            "物资出入库不登记、虚报损耗",
            "岗位职责",
            "★",
            None,
            "✓",
            "✓",
            "出入库双人签字，月末盘点。",
        ],
        [None, None, None, "本人签名：", "邝沅霖", "晏琪澍", "阙沐岚", None],
        [None, None, None, "日期：", "2025年4月", None, None, None],
    ]
    got = run(
        tmp_path,
        rows,
        ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"],
        sheet="班子",
    )
    assert read(got) == sorted([
        ("站长", "邝沅霖", "管网改造工程变更签证不实", "Ⅰ级"),
        ("站长", "邝沅霖", "水费减免审批优亲厚友", "Ⅱ级"),
        ("副站长", "晏琪澍", "管网改造工程变更签证不实", "Ⅰ级"),
        ("副站长", "晏琪澍", "物资出入库不登记、虚报损耗", "Ⅲ级"),
        ("副站长", "阙沐岚", "水费减免审批优亲厚友", "Ⅱ级"),
        ("副站长", "阙沐岚", "物资出入库不登记、虚报损耗", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["risk_type"]) == {"岗位职责风险", "制度机制风险"}
    no_errors(got)


def test_three_different_posts_a_note_between_rows_and_sign_row(tmp_path):
    # three posts all different, '●' marks, a 注 line between the rows and the sign row whose
    # label '责任人（签字）' is merged over two columns
    rows = [
        ["XX镇财政所岗位廉政风险点排查表"],
        ["序号", "风险点名称", "风险等级", "岗位责任人", None, None, "防控措施"],
        [None, None, None, "所长", "会计", "出纳", None],
        [1, "惠农补贴资金发放审核不严", "高", "●", "●", None, "补贴名册村组公示，所长复核。"],
        [2, "公款私存、坐收坐支", "高", None, "●", "●", "资金全部进入专户，日清月结。"],
        [3, "报账票据审核把关不严", "中", "●", "●", None, "票据逐张审核，附件齐全方可报账。"],
        [4, "现金支票保管不当", "低", None, None, "●", "支票与印鉴分人保管。"],
        ["注：在本人岗位下打“●”的为本人风险点。"],
        ["责任人（签字）", None, None, "仉翰霆", "栾翊萱", "濮澜清", None],
    ]
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A8:G8", "A9:C9"]
    got = run(tmp_path, rows, merges, sheet="排查表")
    assert read(got) == sorted([
        ("所长", "仉翰霆", "惠农补贴资金发放审核不严", "Ⅰ级"),
        ("所长", "仉翰霆", "报账票据审核把关不严", "Ⅱ级"),
        ("会计", "栾翊萱", "惠农补贴资金发放审核不严", "Ⅰ级"),
        ("会计", "栾翊萱", "公款私存、坐收坐支", "Ⅰ级"),
        ("会计", "栾翊萱", "报账票据审核把关不严", "Ⅱ级"),
        ("出纳", "濮澜清", "公款私存、坐收坐支", "Ⅰ级"),
        ("出纳", "濮澜清", "现金支票保管不当", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_sign_row_under_a_list_with_its_own_holder_column_stays(tmp_path):
    # a list naming each row's holder: the names signed under it are no tick columns' holders
    rows = [
        ["XX县水利局水政监察大队岗位廉政风险防控一览表"],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "大队长", "郜翎湍", "河道采砂许可审查中收受好处", "一级", "许可集体研究，结果公示。"],
        [2, "副大队长", "寇岚汐", "水事违法案件查处以罚代刑", "一级", "案件法制审核。"],
        [3, "执法员", "戚泓樾", "现场检查走过场", "二级", "执法记录仪全程记录。"],
        ["本人签字确认", None, "郜翎湍", "寇岚汐", "戚泓樾", None],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A6:B6"], sheet="一览表")
    assert read(got) == sorted([
        ("大队长", "郜翎湍", "河道采砂许可审查中收受好处", "Ⅰ级"),
        ("副大队长", "寇岚汐", "水事违法案件查处以罚代刑", "Ⅰ级"),
        ("执法员", "戚泓樾", "现场检查走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_FROM_SIGN_ROW" not in set(got.issues["code"])
    no_errors(got)


def test_filler_line_under_tick_columns_headed_by_names_stays(tmp_path):
    # the heading names each column's holder already ('站长⏎邝沅霖'); the line under the table
    # names who filled it in and who checked it, no holder of a column
    rows = [
        ["XX县城乡供水站班子成员廉政风险点分布表"],
        ["序号", "廉政风险点", "风险等级", "责任人", None, None, "防控措施"],
        [None, None, None, "站长\n邝沅霖", "副站长\n晏琪澍", "副站长\n阙沐岚", None],
        [1, "管网改造工程变更签证不实", "一级", "√", "√", None, "变更经监理、审计共同确认。"],
        [2, "水费减免审批优亲厚友", "二级", "√", None, "√", "减免按标准，每季公示。"],
        ["填表人：", None, None, "蒯瑾瑜", "审核人：", "邝沅霖", None],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A6:C6"])
    assert read(got) == sorted([
        ("站长", "邝沅霖", "管网改造工程变更签证不实", "Ⅰ级"),
        ("站长", "邝沅霖", "水费减免审批优亲厚友", "Ⅱ级"),
        ("副站长", "晏琪澍", "管网改造工程变更签证不实", "Ⅰ级"),
        ("副站长", "阙沐岚", "水费减免审批优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_FROM_SIGN_ROW" not in set(got.issues["code"])
    no_errors(got)


def test_sign_row_of_dates_under_post_columns_names_no_one(tmp_path):
    # the cells under the posts are dates signed, no names: the posts stay without holders
    rows = [
        ["XX镇财政所岗位廉政风险点排查表"],
        ["序号", "风险点名称", "风险等级", "岗位责任人", None, None, "防控措施"],
        [None, None, None, "所长", "会计", "出纳", None],
        [1, "惠农补贴资金发放审核不严", "高", "√", "√", None, "补贴名册村组公示。"],
        [2, "现金支票保管不当", "低", None, None, "√", "支票与印鉴分人保管。"],
        ["签字确认", None, None, "2025.3.1", "2025.3.1", "2025.3.2", None],
    ]
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A6:C6"]
    got = run(tmp_path, rows, merges, sheet="排查表")
    assert read(got) == sorted([
        ("所长", "", "惠农补贴资金发放审核不严", "Ⅰ级"),
        ("会计", "", "惠农补贴资金发放审核不严", "Ⅰ级"),
        ("出纳", "", "现金支票保管不当", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_FROM_SIGN_ROW" not in set(got.issues["code"])


_LEADERS_TITLE = ["某县水利局领导班子廉政风险点分布表"]
_LEADERS_HEAD = [
    ["序号", "廉政风险点", "风险等级", "责任人", None, None, "防控措施"],
    [None, None, None, "局长", "副局长", "副局长", None],
]
_LEADERS_ROWS = [
    [1, "工程招标暗箱操作", "一级", "√", "√", None, "集体研究"],
    [2, "资金拨付违规", "二级", None, "√", "√", "审核"],
    [3, "公车私用", "三级", "√", None, "√", "登记"],
]
_LEADERS_MERGES = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A7:C7"]


def test_what_the_hundred_and_eighth_review_found_a_column_left_unsigned(tmp_path):
    # the last 副局长 column unsigned: the others' names read, its ticked rows the post only
    sign = ["签字确认", None, None, "郜翎湍", "寇岚汐", None, None]
    rows = [_LEADERS_TITLE, *_LEADERS_HEAD, *_LEADERS_ROWS, sign]
    got = run(tmp_path, rows, _LEADERS_MERGES)
    assert read(got) == sorted([
        ("局长", "郜翎湍", "工程招标暗箱操作", "Ⅰ级"),
        ("局长", "郜翎湍", "公车私用", "Ⅲ级"),
        ("副局长", "寇岚汐", "工程招标暗箱操作", "Ⅰ级"),
        ("副局长", "寇岚汐", "资金拨付违规", "Ⅱ级"),
        ("副局长", "", "资金拨付违规", "Ⅱ级"),
        ("副局长", "", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    unsigned = got.issues[got.issues["code"] == "SIGN_ROW_COLUMN_UNSIGNED"]
    assert list(unsigned["cell"]) == ["F7"] and list(unsigned["severity"]) == ["warning"]
    assert "副局长" in unsigned["message"].iloc[0]
    assert "SIGN_ROW_COLUMN_UNSIGNED" in CATALOGUE and "SIGN_ROW_COLUMN_UNSIGNED" in SHORT
    said = got.issues[got.issues["code"] == "HOLDERS_FROM_SIGN_ROW"]
    assert list(said["cell"]) == ["A7"] and "戚泓樾" not in said["value"].iloc[0]


def test_what_the_hundred_and_eighth_review_found_names_signed_with_dates(tmp_path):
    # each name signed with its date ('郜翎湍 3.1', '寇岚汐3月1日', '戚泓樾 2025-03-02')
    sign = ["签字确认", None, None, "郜翎湍 3.1", "寇岚汐3月1日", "戚泓樾 2025-03-02", None]
    rows = [_LEADERS_TITLE, *_LEADERS_HEAD, *_LEADERS_ROWS, sign]
    got = run(tmp_path, rows, _LEADERS_MERGES)
    assert read(got) == sorted([
        ("局长", "郜翎湍", "工程招标暗箱操作", "Ⅰ级"),
        ("局长", "郜翎湍", "公车私用", "Ⅲ级"),
        ("副局长", "寇岚汐", "工程招标暗箱操作", "Ⅰ级"),
        ("副局长", "寇岚汐", "资金拨付违规", "Ⅱ级"),
        ("副局长", "戚泓樾", "资金拨付违规", "Ⅱ级"),
        ("副局长", "戚泓樾", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "SIGN_ROW_COLUMN_UNSIGNED" not in set(got.issues["code"])
    assert list(got.issues[got.issues["code"] == "HOLDERS_FROM_SIGN_ROW"]["cell"]) == ["A7"]
