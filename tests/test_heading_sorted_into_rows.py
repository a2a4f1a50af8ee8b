"""A plain list sorted in Excel with its own heading row inside the sorted range (the 排序
dialog's '数据包含标题' left unticked): the heading stands in the middle of the list, some whole
rows of the list between the title (and a 填报单位 line) and the heading, the rest under it. The
rows over the heading that fill only the columns the rows under it fill and read as they do (a
序号, a level, a name, a post, a 科室 besides the point) are the table's rows, read with its column
roles, with one info issue (``HEADING_SORTED_INTO_ROWS``); lines over the heading that are no such
rows stay as before.

Not the published batch's file (batch749: a 林业和草原局's 一览表 sorted on ``一级/二级/三级`` with
the three ``二级`` rows over the heading): a 水利局 sorted on ``高/中/低`` under an ``附件1`` and a
填报单位 line, a 卫生健康局 with post and name in one cell and an extra 风险类型 column sorted on
its holders, a 交通运输局 with ``高 | 中 | 低`` ticks sorted on its 科室; other posts and names,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "一览表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]


def test_low_rows_sorted_over_the_heading_under_an_attachment_and_a_filer_line(tmp_path):
    # sorted on 风险等级 by 拼音: 低 (dī) < 风险等级 (fēng) < 高 (gāo) < 中 (zhōng)
    rows = [["附件1"],
            ["XX县水利局岗位廉政风险点一览表"],
            ["填报单位：XX县水利局（盖章）", None, None, None, "填报日期：2025年5月"],
            [4, "办公室", "科员", "隗澄霁", "公务用车私用、加油卡管理不严", "低", "车辆使用登记，加油卡专人保管。"],
            [7, "水政监察大队", "队员", "亓望舒", "巡河发现问题不记录、不上报", "低", "巡河轨迹上传平台，问题限时上报。"],
            HEAD,
            [1, "局领导", "局长", "亓渊澈", "水利工程项目安排个人决定", "高", "项目安排经党组会集体研究。"],
            [3, "建设管理股", "股长", "隗沐泠", "工程验收降低标准，签证不实", "高", "验收邀请第三方参加，签证双人复核。"],
            [2, "局领导", "副局长", "郗砚秋", "河道采砂许可审批把关不严", "中", "采砂许可公开竞价，审批结果公示。"],
            [5, "水政监察大队", "大队长", "郗朗潮", "非法采砂案件查处以罚代刑", "中", "案件移送标准公开，法制股审核。"],
            [6, "建设管理股", "技术员", "闻人溪", "设计变更审核不严，虚增工程量", "中", "设计变更分级审批，资料存档。"],
            ["制表人：", None, "审核人："]]  # fmt: skip
    got = run(tmp_path, rows, ["A2:G2"])
    assert read(got) == sorted([
        ("科员", "隗澄霁", "公务用车私用、加油卡管理不严", "Ⅲ级"),
        ("队员", "亓望舒", "巡河发现问题不记录、不上报", "Ⅲ级"),
        ("局长", "亓渊澈", "水利工程项目安排个人决定", "Ⅰ级"),
        ("股长", "隗沐泠", "工程验收降低标准，签证不实", "Ⅰ级"),
        ("副局长", "郗砚秋", "河道采砂许可审批把关不严", "Ⅱ级"),
        ("大队长", "郗朗潮", "非法采砂案件查处以罚代刑", "Ⅱ级"),
        ("技术员", "闻人溪", "设计变更审核不严，虚增工程量", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r[r["person"] == "亓望舒"]["department"]) == {"水政监察大队"}
    no_errors(got)
    said = got.issues[got.issues["code"] == "HEADING_SORTED_INTO_ROWS"]
    assert list(said["cell"]) == ["A6"] and list(said["value"]) == ["2"]
    assert "第4、5行" in said["message"].iloc[0]
    assert "ROW_UNPLACED" not in codes(got)


def test_post_and_name_in_one_cell_and_a_type_column_sorted_on_the_holders(tmp_path):
    # sorted on 岗位及姓名: 副局长 (fù) < 岗位及姓名 (gǎng) < 股长, 局长, 科员
    rows = [["XX县卫生健康局廉政风险防控登记表"],
            [2, "局领导", "副局长　闾丘湛", "医疗机构校验审批把关不严", "岗位职责", "一级", "校验结果集体研究，网上公开。"],
            [3, "局领导", "副局长　闾丘湛", "分管单位设备采购打招呼", "思想道德", "二级", "采购全程纪检参与，留痕备查。"],
            ["序号", "科室", "岗位及姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"],
            [5, "医政医管股", "股长　眭景行", "医疗纠纷调处偏袒一方", "岗位职责", "二级", "调处双方到场，全程记录。"],
            [1, "局领导", "局长　眭楚澜", "基建项目发包个人说了算", "制度机制", "一级", "项目发包集体决策，公开招标。"],
            [4, "综合监督执法大队", "科员　郜映雪", "卫生监督检查走过场", "岗位职责", "三级", "检查双人执法，记录仪全程记录。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="登记表")
    assert read(got) == sorted([
        ("副局长", "闾丘湛", "医疗机构校验审批把关不严", "Ⅰ级"),
        ("副局长", "闾丘湛", "分管单位设备采购打招呼", "Ⅱ级"),
        ("股长", "眭景行", "医疗纠纷调处偏袒一方", "Ⅱ级"),
        ("局长", "眭楚澜", "基建项目发包个人说了算", "Ⅰ级"),
        ("科员", "郜映雪", "卫生监督检查走过场", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert list(r[r["person"] == "闾丘湛"]["risk_type"]) == ["岗位职责风险", "思想道德风险"]
    no_errors(got)
    assert codes(got).count("HEADING_SORTED_INTO_ROWS") == 1
    assert "ROW_UNPLACED" not in codes(got)


def test_level_ticks_sorted_on_the_keshi(tmp_path):
    # sorted on 科室: 办公室, 规划股 (b, g) < 科室 (kē) < 养护股, 运输管理股 …
    rows = [["XX县交通运输局岗位廉政风险点排查表"],
            [3, "办公室", "主任", "邬晴岚", "办公用品采购虚开发票", None, "√", None, "采购两人经办，发票验真。"],
            [5, "规划股", "股长", "邬以澄", "项目前期咨询单位指定", "√", None, None, "咨询单位比选，结果公示。"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "高", "中", "低", "防控措施"],
            [1, "运输管理股", "股长", "查映川", "营运证办理吃拿卡要", None, "√", None, "窗口集中办理，限时办结。"],
            [2, "运输管理股", "科员", "查月蘅", "超限检测数据篡改", None, None, "√", "检测数据自动上传，不得手改。"],
            [4, "养护股", "股长", "邬以澄", "养护工程计量不实", "√", None, None, "计量双人签认，抽查复核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1"], sheet="排查表")
    assert read(got) == sorted([
        ("主任", "邬晴岚", "办公用品采购虚开发票", "Ⅱ级"),
        ("股长", "邬以澄", "项目前期咨询单位指定", "Ⅰ级"),
        ("股长", "查映川", "营运证办理吃拿卡要", "Ⅱ级"),
        ("科员", "查月蘅", "超限检测数据篡改", "Ⅲ级"),
        ("股长", "邬以澄", "养护工程计量不实", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HEADING_SORTED_INTO_ROWS") == 1
    assert "ROW_UNPLACED" not in codes(got)


def test_filer_and_note_lines_over_an_ordinary_list_stay_no_rows(tmp_path):
    rows = [["XX县水利局岗位廉政风险点一览表"],
            ["填报单位：XX县水利局", None, None, "联系人：隗澄霁", None, "电话：0000-1234567"],
            ["说明：风险等级分高、中、低三级，按岗位逐项填写，一点一行。"],
            HEAD,
            [1, "局领导", "局长", "亓渊澈", "水利工程项目安排个人决定", "高", "项目安排经党组会集体研究。"],
            [2, "水政监察大队", "队员", "亓望舒", "巡河发现问题不记录、不上报", "低", "巡河轨迹上传平台，问题限时上报。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A3:G3"])
    assert read(got) == sorted([
        ("局长", "亓渊澈", "水利工程项目安排个人决定", "Ⅰ级"),
        ("队员", "亓望舒", "巡河发现问题不记录、不上报", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HEADING_SORTED_INTO_ROWS", "ROW_UNPLACED"} & set(codes(got))


def test_a_roster_over_the_heading_stays_no_rows(tmp_path):
    rows = [["XX县卫生健康局岗位廉政风险防控一览表"],
            ["序号", "姓名", "职务", "分管工作"],
            [1, "眭楚澜", "局长", "主持全面工作"],
            [2, "闾丘湛", "副局长", "分管医政医管、财务"],
            [None],
            HEAD,
            [1, "局领导", "局长", "眭楚澜", "基建项目发包个人说了算", "高", "项目发包集体决策，公开招标。"],
            [2, "局领导", "副局长", "闾丘湛", "医疗机构校验审批把关不严", "中", "校验结果集体研究，网上公开。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "眭楚澜", "基建项目发包个人说了算", "Ⅰ级"),
        ("副局长", "闾丘湛", "医疗机构校验审批把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HEADING_SORTED_INTO_ROWS" not in codes(got)


def test_stray_rows_over_the_heading_not_shaped_as_its_rows_stay_strays(tmp_path):
    # a count line in the table's columns (no 序号, no level, no name), and last year's row
    # with a column more than the rows under the heading fill: both stray rows, as before
    rows = [["XX县水利局岗位廉政风险点一览表"],
            ["共排查风险点", None, "5个", None, "其中高风险2个，中风险2个，低风险1个"],
            [1, "局领导", "局长", "亓渊澈", "水利工程项目安排个人决定", "高", "项目安排经党组会集体研究。", "2024年"],
            HEAD,
            [1, "局领导", "局长", "亓渊澈", "水利工程项目安排个人决定", "高", "项目安排经党组会集体研究。"],
            [2, "水政监察大队", "队员", "亓望舒", "巡河发现问题不记录、不上报", "低", "巡河轨迹上传平台，问题限时上报。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "亓渊澈", "水利工程项目安排个人决定", "Ⅰ级"),
        ("队员", "亓望舒", "巡河发现问题不记录、不上报", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HEADING_SORTED_INTO_ROWS" not in codes(got)
    stray = got.issues[got.issues["code"] == "ROW_UNPLACED"]
    assert sorted(stray["cell"]) == ["A2", "A3"]


def test_the_code_is_catalogued():
    assert CATALOGUE["HEADING_SORTED_INTO_ROWS"][0] == "info"
    assert SHORT["HEADING_SORTED_INTO_ROWS"]


# review 113b: what the rule had taken in that is no sorted row of the list, and the heading
# sorted to the bottom
RIVER = [[1, "局领导", "局长", "亓渊澈", "水利工程项目安排个人决定", "高", "项目安排经党组会集体研究。"],
         [2, "水政监察大队", "队员", "亓望舒", "巡河发现问题不记录、不上报", "低", "巡河轨迹上传平台，问题限时上报。"],
         [3, "建设管理股", "股长", "隗沐泠", "工程验收降低标准，签证不实", "高", "验收邀请第三方参加，签证双人复核。"]]  # fmt: skip
RIVER_READ = [("局长", "亓渊澈", "水利工程项目安排个人决定", "Ⅰ级"),
              ("队员", "亓望舒", "巡河发现问题不记录、不上报", "Ⅲ级"),
              ("股长", "隗沐泠", "工程验收降低标准，签证不实", "Ⅰ级")]  # fmt: skip


def test_what_the_hundred_and_thirteenth_review_found_duty_rows_fill_fewer_columns(tmp_path):
    # a 岗位职责 block over the heading ('1 | 局领导 | 局长 | 亓渊澈 | 主持全面工作…', no level, no
    # measures): no sorted row (the rows under the heading fill the level and the measures)
    rows = [["XX县水利局岗位廉政风险点一览表"],
            ["岗位职责："],
            [1, "局领导", "局长", "亓渊澈", "主持全面工作，负责水利工程建设管理"],
            [2, "水政监察大队", "队员", "亓望舒", "负责河道巡查和水政执法工作"],
            HEAD, *RIVER]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted(RIVER_READ)
    no_errors(got)
    assert "HEADING_SORTED_INTO_ROWS" not in codes(got)
    stray = got.issues[got.issues["code"] == "ROW_UNPLACED"]
    assert sorted(stray["cell"]) == ["A3", "A4"]


def test_what_the_hundred_and_thirteenth_review_found_a_copy_of_a_row_under_it(tmp_path):
    # the first row of the list copied over the heading (the same point, holder and level): a
    # stray, not read twice
    rows = [["XX县水利局岗位廉政风险点一览表"], RIVER[0], HEAD, *RIVER]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted(RIVER_READ)
    assert "HEADING_SORTED_INTO_ROWS" not in codes(got)
    stray = got.issues[got.issues["code"] == "ROW_UNPLACED"]
    assert list(stray["cell"]) == ["A2"]


def test_what_the_hundred_and_thirteenth_review_found_the_heading_sorted_last(tmp_path):
    # sorted on 序号 ascending: the numbers first, the heading last, no row under it: the rows over
    # it that fill its columns alike are its rows
    rows = [["XX县水利局岗位廉政风险点一览表"], *RIVER, HEAD]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted(RIVER_READ)
    no_errors(got)
    said = got.issues[got.issues["code"] == "HEADING_SORTED_INTO_ROWS"]
    assert list(said["cell"]) == ["A5"] and list(said["value"]) == ["3"]
    assert not {"ROW_UNPLACED", "FILE_NO_FORM"} & set(codes(got))
    # one row over a last heading: nothing to compare it with, as before
    got = run(tmp_path / "one", [["XX县水利局岗位廉政风险点一览表"], RIVER[0], HEAD], ["A1:G1"])
    assert read(got) == []
    assert "HEADING_SORTED_INTO_ROWS" not in codes(got)


def test_what_the_hundred_and_thirteenth_review_found_example_rows_over_it(tmp_path):
    # '例 | 办公室 | 科员 | 张三 | …' over the heading, or a numbered row under a '填写示例：' line: how
    # to fill it in, no row of the list and no HEADING_SORTED_INTO_ROWS (a stray, as before)
    example = [
        "例",
        "办公室",
        "科员",
        "张三",
        "公务用车私用、加油卡管理不严",
        "低",
        "车辆使用登记。",
    ]
    for n, over in enumerate(([example], [["填写示例："], [9, *example[1:]]])):
        rows = [["XX县水利局岗位廉政风险点一览表"], *over, HEAD, *RIVER]
        got = run(tmp_path / str(n), rows, ["A1:G1"])
        assert read(got) == sorted(RIVER_READ), n
        assert "HEADING_SORTED_INTO_ROWS" not in codes(got), n
        stray = got.issues[got.issues["code"] == "ROW_UNPLACED"]
        assert list(stray["cell"]) == [f"A{len(over) + 1}"], n
