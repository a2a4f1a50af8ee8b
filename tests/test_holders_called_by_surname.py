"""A list one row a point whose ``责任人`` cells call each holder as colleagues do, by surname +
post ('冉站长', '蒯副站长'; '冉站长、简会计' two), the full names only in a roster line above or
under the list ('站领导：站长 冉澄溪　副站长 蒯南乔　…', '班子成员：站长：冉澄溪；…'): each call is
the roster's holder of that post whose name starts with the surname, a cell of two calls a point
of each, the roster line no caption; a call the roster cannot tell stays as the post, with a
warning naming its cell. A column of full names, or calls with no roster line, read as before.

Not the published batch's file (a 派出所's 一览表 with 所长/教导员/副所长/警长 and 高/中/低): a
county's 水利 body — a 灌区管理站 and a 水库管理所 — with 站长/副站长/会计/所长/技术员, other
surnames and names, 一级/二级/三级 and ticks under 风险等级, the roster above or under the list, one
or two heading rows and a 风险类型 column, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    assert not {"ROW_UNPLACED", "FILE_NO_FORM", "FORM_NO_PERSON"} & codes(got)


STATION_ROSTER = "站领导：站长 冉澄溪　副站长 蒯南乔　副站长 冉砚舟　会计 简若岚"


def test_roster_line_above_one_heading_row(tmp_path):
    # two 副站长 told apart by surname, two 冉 by post
    rows = [["XX县红旗灌区管理站岗位廉政风险点一览表"],
            [STATION_ROSTER],
            ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
            [1, "灌溉用水计量不实，优亲厚友", "一级", "冉站长", "水量计量公开，每月公示"],
            [2, "渠道维修工程验收走过场", "一级", "蒯副站长", "验收三人以上，留存影像"],
            [3, "水费收缴不开票、截留挪用", "二级", "简会计", "票款日清日结，站长审核"],
            [4, "防汛物资出入库不登记", "三级", "冉副站长", "物资台账月底盘点"],
            [5, "节水补贴申报把关不严", "二级", "冉站长", "补贴名单公示七日"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("站长", "冉澄溪", "灌溉用水计量不实，优亲厚友", "Ⅰ级"),
        ("站长", "冉澄溪", "节水补贴申报把关不严", "Ⅱ级"),
        ("副站长", "蒯南乔", "渠道维修工程验收走过场", "Ⅰ级"),
        ("副站长", "冉砚舟", "防汛物资出入库不登记", "Ⅲ级"),
        ("会计", "简若岚", "水费收缴不开票、截留挪用", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_CALLED_BY_SURNAME"]
    assert list(said["cell"]) == ["A2"]
    assert "冉站长=站长 冉澄溪" in said["value"].iloc[0]
    assert "COLUMN_GUESSED" not in codes(got)
    # the roster line names no 科室 and leaves the unit whole
    assert set(got.posts["department"]) == {""}
    assert all("冉澄溪" not in u and "副站" not in u for u in got.posts["unit"])
    assert len(got.posts) == 4


def test_roster_under_the_list_two_heading_rows_and_ticks(tmp_path):
    # '风险等级' merged over 一级 | 二级 | 三级 ticked; the roster, 'post：name；…', under the rows
    rows = [["XX县石门水库管理所廉政风险防控登记表"],
            ["序号", "风险点", "风险等级", None, None, "负责人", "防控措施"],
            [None, None, "一级", "二级", "三级", None, None],
            [1, "库区采砂违规许可", "√", None, None, "郜所长", "采砂许可集体研究"],
            [2, "大坝安全监测数据造假", None, "√", None, "仉技术员", "监测数据双人复核"],
            [3, "水产养殖承包暗箱操作", "√", None, None, "郜所长", "承包公开招标"],
            [4, "办公用品采购不比价", None, None, "√", "薛会计", "采购三家比价"],
            ["班子成员：所长：郜蔓菁；技术员：仉望舒；会计：薛临渊"],
            ["注：风险等级在对应栏内打“√”。"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "A8:G8", "A9:G9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "郜蔓菁", "库区采砂违规许可", "Ⅰ级"),
        ("所长", "郜蔓菁", "水产养殖承包暗箱操作", "Ⅰ级"),
        ("技术员", "仉望舒", "大坝安全监测数据造假", "Ⅱ级"),
        ("会计", "薛临渊", "办公用品采购不比价", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    said = got.issues[got.issues["code"] == "HOLDERS_CALLED_BY_SURNAME"]
    assert list(said["cell"]) == ["A8"]


def test_a_cell_naming_two_a_type_column_and_a_call_the_roster_cannot_tell(tmp_path):
    # '冉站长、简会计': the point is each one's; '郑副站长': no 郑 among the 副站长, kept as the
    # post with a warning naming its cell; a 风险类型 column
    rows = [["XX县红旗灌区管理站廉政风险点排查表"],
            ["站领导：站长 冉澄溪　副站长 蒯南乔　会计 欧阳若岚"],
            ["序号", "风险点", "风险类型", "风险等级", "责任人", "防控措施"],
            [1, "工程款支付不按进度", "制度机制", "一级", "冉站长、欧阳会计", "按进度审核支付"],
            [2, "取水许可审查不严", "岗位职责", "二级", "蒯副站长", "许可材料双人审查"],
            [3, "接受施工方宴请", "思想道德", "二级", "郑副站长", "签订廉洁承诺书"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == sorted([
        ("站长", "冉澄溪", "工程款支付不按进度", "Ⅰ级"),
        ("会计", "欧阳若岚", "工程款支付不按进度", "Ⅰ级"),
        ("副站长", "蒯南乔", "取水许可审查不严", "Ⅱ级"),
        ("郑副站长", "", "接受施工方宴请", "Ⅱ级"),
    ])  # fmt: skip
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    unmatched = issues[issues["code"] == "HOLDER_CALL_UNMATCHED"]
    assert list(unmatched["cell"]) == ["E6"] and list(unmatched["value"]) == ["郑副站长"]
    assert "HOLDERS_CALLED_BY_SURNAME" in codes(got)


def test_full_names_beside_a_roster_line_read_as_before(tmp_path):
    rows = [["XX县红旗灌区管理站岗位廉政风险点一览表"],
            [STATION_ROSTER],
            ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
            [1, "灌溉用水计量不实，优亲厚友", "一级", "冉澄溪", "水量计量公开，每月公示"],
            [2, "渠道维修工程验收走过场", "一级", "蒯南乔", "验收三人以上，留存影像"],
            [3, "水费收缴不开票、截留挪用", "二级", "简若岚", "票款日清日结，站长审核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    # (no calls; the roster line's posts go with the full names: tests/test_posts_from_the_signoff_line.py)
    assert sorted((p, t) for t, p, _r, _l in read(got)) == [
        ("冉澄溪", "站长"), ("简若岚", "会计"), ("蒯南乔", "副站长")
    ]  # fmt: skip
    assert not {"HOLDERS_CALLED_BY_SURNAME", "HOLDER_CALL_UNMATCHED"} & codes(got)
    no_errors(got)


def test_calls_with_no_roster_line_read_as_before(tmp_path):
    # no line names the holders: the calls stay as the column says them (a post, no one)
    rows = [["XX县红旗灌区管理站岗位廉政风险点一览表"],
            ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
            [1, "灌溉用水计量不实，优亲厚友", "一级", "冉站长", "水量计量公开，每月公示"],
            [2, "渠道维修工程验收走过场", "一级", "蒯副站长", "验收三人以上，留存影像"],
            [3, "水费收缴不开票、截留挪用", "二级", "简会计", "票款日清日结，站长审核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("冉站长", "", "灌溉用水计量不实，优亲厚友", "Ⅰ级"),
        ("蒯副站长", "", "渠道维修工程验收走过场", "Ⅰ级"),
        ("简会计", "", "水费收缴不开票、截留挪用", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_CALLED_BY_SURNAME", "HOLDER_CALL_UNMATCHED"} & codes(got)
    assert "COLUMN_GUESSED" in codes(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_CALLED_BY_SURNAME", "HOLDER_CALL_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


POLICE_ROSTER = "所领导：所长 訾霂棠　教导员 漆岚岫"


def test_what_the_ninety_sixth_review_found_a_cell_naming_two_calls(tmp_path):
    # '漆教导员、訾所长' on one of two rows read the column as several posts a cell ('other'):
    # the calls still resolve, a point of each, the roster line no 科室
    for roster in (POLICE_ROSTER, "所领导：訾霂棠（所长）、漆岚岫（教导员）"):
        rows = [["XX所廉政风险点一览表"],
                [roster],
                ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
                [1, "案件办理徇私", "高", "訾所长", "集体研究"],
                [2, "队伍管理失之于宽", "中", "漆教导员、訾所长", "谈心谈话"]]  # fmt: skip
        got = run(tmp_path / str(len(roster)), rows, ["A1:E1", "A2:E2"])
        assert read(got) == sorted([
            ("所长", "訾霂棠", "案件办理徇私", "Ⅰ级"),
            ("教导员", "漆岚岫", "队伍管理失之于宽", "Ⅱ级"),
            ("所长", "訾霂棠", "队伍管理失之于宽", "Ⅱ级"),
        ])  # fmt: skip
        no_errors(got)
        said = got.issues[got.issues["code"] == "HOLDERS_CALLED_BY_SURNAME"]
        assert list(said["cell"]) == ["A2"]
        assert "COLUMN_GUESSED" not in codes(got)
        # the roster line is no 科室 (the title's 'XX所' is, as with one call a cell)
        assert set(got.posts["department"]) == {"XX所"}


def test_what_the_ninety_sixth_review_found_a_call_by_the_posts_end(tmp_path):
    # '冉书记' for the 党委书记, '简书记' for the 纪委书记: the one 书记 of that surname; '郑书记'
    # (no 书记 is 郑) stays as the call, warned, and stops none of the others
    rows = [["XX镇廉政风险点一览表"],
            ["班子成员：党委书记 冉澄溪　镇长 蒯南乔　纪委书记 简若岚"],
            ["序号", "廉政风险点", "风险等级", "责任人", "防控措施"],
            [1, "项目资金拨付不按程序", "一级", "冉书记", "集体研究"],
            [2, "低保审核把关不严", "二级", "蒯镇长", "公示"],
            [3, "违规发放津补贴", "二级", "简书记", "公示"],
            [4, "接受服务对象宴请", "三级", "郑书记", "廉洁承诺"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("党委书记", "冉澄溪", "项目资金拨付不按程序", "Ⅰ级"),
        ("镇长", "蒯南乔", "低保审核把关不严", "Ⅱ级"),
        ("纪委书记", "简若岚", "违规发放津补贴", "Ⅱ级"),
        ("郑书记", "", "接受服务对象宴请", "Ⅲ级"),
    ])  # fmt: skip
    unmatched = got.issues[got.issues["code"] == "HOLDER_CALL_UNMATCHED"]
    assert list(unmatched["cell"]) == ["D7"] and list(unmatched["value"]) == ["郑书记"]
    said = got.issues[got.issues["code"] == "HOLDERS_CALLED_BY_SURNAME"]
    assert list(said["cell"]) == ["A2"]
    assert "冉书记=党委书记 冉澄溪" in said["value"].iloc[0]
    # the roster line is no 科室
    assert set(got.posts["department"]) == {""}
