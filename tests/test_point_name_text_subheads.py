"""A point heading merged ACROSS two columns over the sub-headings of the point's NAME and its
TEXT (``廉政风险点`` over ``名称 | 具体描述``, ``风险点`` over ``风险名称 | 主要内容``), the other headings
merged down over both header rows: the left sub-column is the point (a short name), the right its
description (how it goes wrong), never joined to the point (info POINT_NAME_TEXT_SUBHEADS at the
merged heading). Before, the right sub-heading being no known word, its column was kept as a
further column of the point and each point came out as both texts on two lines (batch1048's
区教育局). Not that batch's words: a 市场监督管理局's ``风险点`` over ``风险名称 | 主要内容`` with a type
column and 高/中/低, a 镇卫生院's list of posts with ``岗位廉政风险`` over ``简称 | 具体情形``, Ⅱ级;
and the near-misses (two point columns under one heading, sub-headings naming no text, texts no
longer than the names), read as before.
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
            got.append((post.get("person") or post.get("title"), d["risk_point"],
                        d["description"], d["risk_level"]))  # fmt: skip
    return got, [(i.code, i.cell) for i in r.issues]


MARKET = [
    ["某县市场监督管理局廉政风险防控登记表", None, None, None, None, None, None, None],
    ["序号", "责任人", "职务", "风险点", None, "风险类型", "风险级别", "防控措施"],
    [None, None, None, "风险名称", "主要内容", None, None, None],
    [
        1,
        "欧阳澂",
        "局长",
        "行政处罚",
        "重大案件处罚裁量打招呼、降格处理",
        "岗位职责",
        "高",
        "案件集体审议。",
    ],
    [
        2,
        "欧阳澂",
        "局长",
        "抽检安排",
        "食品抽检计划避开关系企业",
        "制度机制",
        "中",
        "抽检计划随机生成。",
    ],
    [
        3,
        "司马霏",
        "科员",
        "登记注册",
        "企业登记材料不全先行办理",
        "业务流程",
        "低",
        "材料两人复核。",
    ],
]


def test_point_over_name_and_main_content(tmp_path):
    path = write_workbook(
        tmp_path / "登记表.xlsx",
        {"登记表": MARKET},
        merges={"登记表": ["A1:H1", "D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3", "H2:H3"]},
    )
    got, issues = _read(path)
    assert got == [
        ("欧阳澂", "行政处罚", "重大案件处罚裁量打招呼、降格处理", "Ⅰ级"),
        ("欧阳澂", "抽检安排", "食品抽检计划避开关系企业", "Ⅱ级"),
        ("司马霏", "登记注册", "企业登记材料不全先行办理", "Ⅲ级"),
    ]
    assert ("POINT_NAME_TEXT_SUBHEADS", "D2") in issues
    assert not any(code == "COLUMN_GUESSED" and cell == "E3" for code, cell in issues)


CLINIC = [
    ["某镇卫生院岗位廉政风险排查表", None, None, None, None, None],
    ["序号", "科室", "岗位", "岗位廉政风险", None, "风险等级", "防控措施"],
    [None, None, None, "简称", "具体情形", None, None],
    [1, "药房", "药剂员", "药品验收", "药品入库不核对批号数量即签收", "Ⅱ级", "两人验收。"],
    [2, "药房", "药剂员", "过期药品", "过期药品私自处理不登记", "Ⅲ级", "销毁登记。"],
    [3, "财务室", "收费员", "收费", "收取现金不开票据、截留收入", "Ⅰ级", "票据每日核对。"],
]


def test_posts_list_under_short_name_and_circumstances(tmp_path):
    path = write_workbook(
        tmp_path / "排查表.xlsx",
        {"排查表": CLINIC},
        merges={"排查表": ["A1:G1", "D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3",
                           "B4:B5", "C4:C5"]},
    )  # fmt: skip
    got, issues = _read(path)
    assert got == [
        ("药剂员", "药品验收", "药品入库不核对批号数量即签收", "Ⅱ级"),
        ("药剂员", "过期药品", "过期药品私自处理不登记", "Ⅲ级"),
        ("收费员", "收费", "收取现金不开票据、截留收入", "Ⅰ级"),
    ]
    assert ("POINT_NAME_TEXT_SUBHEADS", "D2") in issues


def _near(rows, tmp_path, name):
    path = write_workbook(
        tmp_path / f"{name}.xlsx",
        {"表": rows},
        merges={"表": ["A1:G1", "D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3"]},
    )
    got, issues = _read(path)
    assert not any(code == "POINT_NAME_TEXT_SUBHEADS" for code, _ in issues)
    return got


def _table(subs, pairs):
    return [
        ["某县统计局廉政风险表", None, None, None, None, None, None],
        ["序号", "姓名", "职务", "风险点", None, "风险等级", "防控措施"],
        [None, None, None, *subs, None, None],
        *([n, "上官淇", "股长", a, b, "高", "集体研究。"] for n, (a, b) in enumerate(pairs, 1)),
    ]


def test_near_misses_read_as_before(tmp_path):
    # two points a row under sub-headings naming no name and text ('对内 | 对外'): two points
    got = _near(
        _table(["对内", "对外"], [("数据审核走过场", "接受调查对象宴请"), ("统计执法降格", "泄露调查数据")]),
        tmp_path, "halves",
    )  # fmt: skip
    assert [(p, d) for _, p, d, _ in got] == [
        ("数据审核走过场", ""), ("接受调查对象宴请", ""), ("统计执法降格", ""), ("泄露调查数据", ""),
    ]  # fmt: skip
    # '名称 | 具体描述' over texts no longer than the names: not taken for a name and its text
    got = _near(
        _table(["名称", "具体描述"], [("统计执法", "降格处理"), ("数据审核", "走过场")]),
        tmp_path, "short",
    )  # fmt: skip
    assert [(p, d) for _, p, d, _ in got] == [("降格处理", "统计执法"), ("走过场", "数据审核")]
