"""A row right under a table's header that explains its columns in PLAIN words — a template's row
left in, no brackets (``科室名称 | 职务全称 | 责任人姓名 | 风险点的主要表现 | 按一级二级三级填写 |
对应的防控措施``): each cell restates its own heading (whole or in part: ``科室名称`` under 科室, ``姓名``
under 责任人) or says how to fill the column in (``简要…``, ``具体…``, ``按…填写``, ``高中低``), two cells
at least restating theirs. It is part of the header, no point (info HEADER_EXPLAINS_ROW at its
first cell). Before, it was read as a point of a person ``责任人姓名`` (or ``姓名``) in a 科室
``科室名称`` with LEVEL_UNKNOWN at its level cell, or, over a 序号 column, taken for the header
itself (the real header lost, COLUMN_GUESSED, CELL_OUTSIDE at each 序号).

Not the published batch's file (batch1019: a 县人力资源和社会保障局's ``所在股室全称 | 岗位名称 | 姓名 |
简要描述存在的问题 | 高中低 | 具体措施``): a 县审计局's list with ``按一级二级三级填写``, a 县气象局's with
a type column and no 序号, a 县档案馆's whose explanations name their columns over a 序号 column.
Near-misses read as before: a first row with no 序号 whose point and measures happen to hold their
headings' words (a 科室 and a level that read), a row of the template's brackets (as before).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _read(got):
    cols = ["department", "person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


AUDIT_HEAD = ["序号", "科室", "职务", "责任人", "风险点", "风险等级", "防控措施"]
AUDIT_BODY = [
    [1, "经责审计股", "股长", "公孙砚秋", "审计发现问题隐瞒不报", "一级", "集体复核"],
    [2, "投资审计股", "审计员", "羊舌昭宁", "工程结算审减不实", "二级", "交叉复审"],
    [3, "办公室", "主任", "公孙砚秋", "公务接待超标准", "三级", "接待清单公示"],
]
AUDIT_READ = [
    ("经责审计股", "公孙砚秋", "审计发现问题隐瞒不报", "Ⅰ级"),
    ("投资审计股", "羊舌昭宁", "工程结算审减不实", "Ⅱ级"),
    ("办公室", "公孙砚秋", "公务接待超标准", "Ⅲ级"),
]


def test_audit_list_explanations_in_plain_words(tmp_path):
    explains = [
        None,
        "科室名称",
        "职务全称",
        "责任人姓名",
        "风险点的主要表现",
        "按一级二级三级填写",
        "对应的防控措施",
    ]
    got = _collect(
        tmp_path, [["XX县审计局岗位廉政风险防控一览表"], AUDIT_HEAD, explains, *AUDIT_BODY]
    )
    assert _read(got) == AUDIT_READ
    codes = list(got.issues["code"])
    assert codes.count("HEADER_EXPLAINS_ROW") == 1
    assert "LEVEL_UNKNOWN" not in codes and "COLUMN_GUESSED" not in codes
    msg = got.issues.loc[got.issues["code"] == "HEADER_EXPLAINS_ROW", "message"].iloc[0]
    assert "B3" in msg and "科室名称" in msg


def test_weather_list_with_a_type_column_and_no_number(tmp_path):
    head = ["科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    explains = [
        "科室全称",
        "岗位名称",
        "姓名",
        "简要描述风险表现",
        "所属风险类型",
        "高/中/低",
        "具体措施",
    ]
    body = [
        [
            "观测站",
            "站长",
            "闾丘逸尘",
            "观测设备采购指定品牌",
            "制度机制风险",
            "高",
            "设备采购比价",
        ],
        ["防雷所", "检测员", "南门若谷", "防雷检测收费不规范", "岗位职责风险", "中", "收费公示"],
    ]
    got = _collect(tmp_path, [["XX县气象局廉政风险点排查表"], head, explains, *body])
    assert _read(got) == [
        ("观测站", "闾丘逸尘", "观测设备采购指定品牌", "Ⅰ级"),
        ("防雷所", "南门若谷", "防雷检测收费不规范", "Ⅱ级"),
    ]
    assert list(got.risks["risk_type"]) == ["制度机制风险", "岗位职责风险"]
    assert "HEADER_EXPLAINS_ROW" in set(got.issues["code"])


def test_archive_explanations_naming_their_columns_keep_the_header(tmp_path):
    # words that could head the columns themselves: the header above them stays the header
    head = [
        "序号",
        "所在科室",
        "岗位名称",
        "责任人",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    ]
    explains = [None, "所在科室全称", "岗位名称", "责任人姓名", "风险的具体表现", "风险所属类型",
                "按高中低填写", "针对性防控措施"]  # fmt: skip
    body = [
        [
            1,
            "档案利用科",
            "科长",
            "濮阳听澜",
            "违规提供档案查阅",
            "岗位职责风险",
            "中",
            "查阅登记审批",
        ],
        [2, "办公室", "会计", "拓跋云舒", "虚列支出", "制度机制风险", "高", "定期对账"],
    ]
    got = _collect(tmp_path, [["XX县档案馆岗位廉政风险防控一览表"], head, explains, *body])
    assert _read(got) == [
        ("档案利用科", "濮阳听澜", "违规提供档案查阅", "Ⅱ级"),
        ("办公室", "拓跋云舒", "虚列支出", "Ⅰ级"),
    ]
    codes = set(got.issues["code"])
    assert "HEADER_EXPLAINS_ROW" in codes
    assert not codes & {"CELL_OUTSIDE", "COLUMN_GUESSED", "LEVEL_UNKNOWN"}


def test_a_first_row_holding_its_headings_words_is_data(tmp_path):
    # no 序号, its point and measures hold 风险点 and 防控措施, but a 科室 and a level that read
    first = [
        None,
        "财务股",
        "会计",
        "公孙砚秋",
        "风险点排查走过场",
        "高",
        "防控措施落实不到位的整改",
    ]
    got = _collect(tmp_path, [["XX县审计局岗位廉政风险防控一览表"], AUDIT_HEAD, first, *AUDIT_BODY])
    assert ("财务股", "公孙砚秋", "风险点排查走过场", "Ⅰ级") in _read(got)
    assert len(got.risks) == 4
    assert "HEADER_EXPLAINS_ROW" not in set(got.issues["code"])


def test_a_row_of_bracketed_hints_as_before(tmp_path):
    hints = [
        None,
        "（填写所在科室）",
        "（填写职务）",
        "（填写姓名）",
        "（简要描述…）",
        "（一级/二级/三级）",
        "（简要描述…）",
    ]
    got = _collect(tmp_path, [["XX县审计局岗位廉政风险防控一览表"], AUDIT_HEAD, hints, *AUDIT_BODY])
    assert _read(got) == AUDIT_READ


def test_catalogue():
    assert "HEADER_EXPLAINS_ROW" in CATALOGUE and "HEADER_EXPLAINS_ROW" in SHORT
