"""A list whose 责任人 cells hold only the holders' pinyin initials (two to four capitals, one or
several a cell: 'PYH', 'PYH、KJL', 'KY PYH') keyed by a legend on the sheet — a ``注：`` line
under the list ('PYH：濮雨禾（主任）；…') or a small table ('代号 | 姓名 | 职务'): each row's point is
a point of every holder its initials name (one form a holder, post and name from the key), with
one info HOLDER_CODES naming the legend; initials the key leaves out stay as read, with a warning
HOLDER_CODE_UNCLEAR naming the cell; without a key, or with words or names in the column, the
list reads as before.

Not the published batch's list (batch648: a 校园餐配送中心, '配送环节 | … | 责任人', 高/中/低, an
'XYL—邢毓琳（中心主任）' line): a county 疾病预防控制中心 and a 水务 station, other posts and names,
一级/二级/三级, ticks under 较高/一般, ':' and '=' keys, a key table, a name-less post in
brackets ('副站长（阚樾）'), written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def cells(got, code: str) -> list[str]:
    df = got.issues
    return df[df["code"] == code]["cell"].tolist()


def errors(got) -> list[str]:
    return got.issues[got.issues["severity"] == "error"]["code"].tolist()


CDC = "XX县疾病预防控制中心廉政风险防控清单"
HEAD = ["序号", "工作环节", "廉政风险点", "风险等级", "防控措施", "责任人"]
POINTS = [
    ("疫苗采购", "疫苗采购指定供应商，收受回扣", "一级", "疫苗统一在省平台采购。"),
    ("疫苗采购", "冷链设备验收走过场", "二级", "验收三人到场并留影像。"),
    ("检验检测", "检测报告出具不实", "一级", "报告双人复核签发。"),
    ("项目经费", "公共卫生项目经费虚列支出", "二级", "经费专账核算，季度公示。"),
    ("车辆管理", "公车私用", "三级", "出车登记，节假日封存。"),
]
KEYS = ["PYH", "PYH、KJL", "XMS", "KJL，XMS", "XMS"]
KEY_LINE = "注：责任人一栏填姓名拼音首字母：PYH：濮雨禾（主任）；KJL：阚霁岚（副主任）；XMS：禤沐霜（检验科科长）。"
WANT = sorted([
    ("主任", "濮雨禾", "疫苗采购指定供应商，收受回扣", "Ⅰ级"),
    ("主任", "濮雨禾", "冷链设备验收走过场", "Ⅱ级"),
    ("副主任", "阚霁岚", "冷链设备验收走过场", "Ⅱ级"),
    ("科长", "禤沐霜", "检测报告出具不实", "Ⅰ级"),
    ("副主任", "阚霁岚", "公共卫生项目经费虚列支出", "Ⅱ级"),
    ("科长", "禤沐霜", "公共卫生项目经费虚列支出", "Ⅱ级"),
    ("科长", "禤沐霜", "公车私用", "Ⅲ级"),
])  # fmt: skip


def _list(keys: list[str]) -> list[list]:
    return [[n, *p[:3], p[3], k] for n, (p, k) in enumerate(zip(POINTS, keys, strict=True), 1)]


def test_a_key_line_under_the_list_gives_each_holder_his_points(tmp_path):
    rows = [
        [CDC],
        HEAD,
        *_list(KEYS),
        [KEY_LINE],
        ["填表人：", None, "审核人：", None, "2025年6月"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "A8:F8"])
    assert read(got) == WANT
    assert cells(got, "HOLDER_CODES") == ["A8"]
    assert not cells(got, "HOLDER_CODE_UNCLEAR") and not errors(got)
    assert len(got.posts) == 3  # (the key line is no point, no form)
    assert set(got.risks["unit"]) == {"XX县疾病预防控制中心"}


def test_a_key_table_under_a_list_of_two_heading_rows_and_ticked_levels(tmp_path):
    # '风险等级' over '一级 | 二级 | 三级' ticked, '代号 | 姓名 | 职务' under the list
    ticks = {"一级": ["√", None, None], "二级": [None, "√", None], "三级": [None, None, "√"]}
    body = [
        [n, p[0], p[1], *ticks[p[2]], p[3], k]
        for n, (p, k) in enumerate(zip(POINTS, KEYS, strict=True), 1)
    ]
    rows = [
        [CDC],
        ["序号", "工作环节", "廉政风险点", "风险等级", None, None, "防控措施", "责任人"],
        [None, None, None, "一级", "二级", "三级", None, None],
        *body,
        [],
        ["代号", "姓名", "职务"],
        ["PYH", "濮雨禾", "主任"],
        ["KJL", "阚霁岚", "副主任"],
        ["XMS", "禤沐霜", "检验科科长"],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == WANT
    assert len(cells(got, "HOLDER_CODES")) == 1
    assert not cells(got, "HOLDER_CODE_UNCLEAR") and not errors(got)
    assert len(got.posts) == 3


WATER = "XX县城乡供水管理站廉政风险防控清单"
WATER_HEAD = ["序号", "廉政风险点", "风险等级", "防控措施", "责任人", "备注"]


def test_two_and_three_letter_initials_a_cell_parted_by_spaces_post_first(tmp_path):
    # 'KY' of a two-character name beside 'PYH'; '副站长（阚樾）' the post first, the name bracketed
    rows = [
        [WATER],
        WATER_HEAD,
        [1, "供水工程招标设置排他性条款", "一级", "招标文件集体审定。", "PYH KY", ""],
        [2, "水费减免优亲厚友", "二级", "减免名单公示。", "KY", "新增"],
        [3, "水质抽检数据造假", "一级", "抽检留样备查。", "SHQ", ""],
        [4, "管网维修虚报工程量", "二级", "维修量现场复核。", "SHQ/PYH", ""],
        ["说明：责任人代号 PYH=站长（濮衍航）；KY=副站长（阚樾）；SHQ=水质化验员（邵涵清）"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("站长", "濮衍航", "供水工程招标设置排他性条款", "Ⅰ级"),
        ("副站长", "阚樾", "供水工程招标设置排他性条款", "Ⅰ级"),
        ("副站长", "阚樾", "水费减免优亲厚友", "Ⅱ级"),
        ("水质化验员", "邵涵清", "水质抽检数据造假", "Ⅰ级"),
        ("水质化验员", "邵涵清", "管网维修虚报工程量", "Ⅱ级"),
        ("站长", "濮衍航", "管网维修虚报工程量", "Ⅱ级"),
    ])  # fmt: skip
    assert cells(got, "HOLDER_CODES") == ["A7"]
    assert not errors(got)


def test_initials_the_key_leaves_out_stay_as_read_with_a_warning(tmp_path):
    keys = ["PYH", "PYH、KJL", "XMS", "KJL，XMS", "LWZ"]  # ('LWZ' is in no key)
    rows = [[CDC], HEAD, *_list(keys), [KEY_LINE]]
    got = run(tmp_path, rows, ["A1:F1", "A8:F8"])
    assert ("", "LWZ", "公车私用", "Ⅲ级") in read(got)
    assert ("科长", "禤沐霜", "检测报告出具不实", "Ⅰ级") in read(got)
    assert cells(got, "HOLDER_CODE_UNCLEAR") == ["F7"]
    assert not errors(got)


# --------------------------------------------------------------------------- as before


def test_english_names_in_the_holder_column_read_as_names(tmp_path):
    rows = [[WATER], WATER_HEAD,
            [1, "供水工程招标设置排他性条款", "一级", "招标文件集体审定。", "Tom Li", ""],
            [2, "水费减免优亲厚友", "二级", "减免名单公示。", "Lucy Wang", ""]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert sorted(set(got.risks["person"])) == ["LucyWang", "TomLi"]  # (squeezed, as always)
    assert not cells(got, "HOLDER_CODES") and not errors(got)


def test_posts_written_as_a_and_b_gang_are_no_initials(tmp_path):
    rows = [[WATER], WATER_HEAD,
            [1, "供水工程招标设置排他性条款", "一级", "招标文件集体审定。", "A岗", ""],
            [2, "水费减免优亲厚友", "二级", "减免名单公示。", "B岗", ""],
            ["注：A岗为站长，B岗为收费员。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A5:F5"])
    assert len(got.risks) == 2
    assert not cells(got, "HOLDER_CODES") and not errors(got)


def test_initials_with_no_key_read_as_written(tmp_path):
    rows = [[CDC], HEAD, *_list(KEYS), ["填表人：", None, "审核人：", None, "2025年6月"]]
    got = run(tmp_path, rows, ["A1:F1"])
    assert sorted(set(got.risks["person"])) == ["KJL，XMS", "PYH", "PYH、KJL", "XMS"]
    assert len(got.risks) == 5
    assert not cells(got, "HOLDER_CODES") and not errors(got)
