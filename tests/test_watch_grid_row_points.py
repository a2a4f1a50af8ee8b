"""A cross-watch grid: one row a holder under '被监督人' ('被监督对象', '岗位'), '监督人' ('监督责任人',
'交叉监督') over columns a colleague each, each cell one of the ROW holder's own points, its level
in a closing bracket (or none anywhere); '—', '/', '无' no point. The watchers are no holders.

Not the published batch's grid (a 县总工会's 党组书记、主席 … 经费审查委员会主任, '监督人（交叉监督）'
merged over four members, '（一级）' brackets, '—' and '/'): a 县供销合作社联合社's 理事会 and a
县水利局's 班子, other posts and names, '（高）/（中）/（低）', '【Ⅱ级】' and no levels, '无' for none,
the band merged or not, post and name in one cell on two lines or one line, with and without
a measures column and a 备注; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "相互监督"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


COOP = [
    ["某县供销合作社联合社理事会成员相互监督风险点表"],
    ["被监督对象", "监督责任人", None, None, "防控措施", "备注"],
    [None, "理事会主任\n栾漪珩", "理事会副主任\n蒯澍菡", "监事会主任\n栾翊岑", None, None],
    [
        "理事会主任\n栾漪珩",
        "—",
        "社有资产出租不公开招租（高）",
        "农资储备资金调度个人决定（中）",
        "出租一律进平台公开竞租。",
        "",
    ],
    [
        "理事会副主任\n蒯澍菡",
        "基层社改造项目验收走过场（中）",
        "—",
        "无",
        "验收邀请第三方参加。",
        "分管业务",
    ],
    ["监事会主任\n栾翊岑", "无", "社属企业财务审计避重就轻（低）", "—", "审计报告上理事会。", ""],
    ["注：“—”为本人，“无”为无监督事项。"],
]
COOP_MERGES = ["A1:F1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "A7:F7"]


def test_rows_are_the_watched_and_columns_only_watch(tmp_path):
    got = run(tmp_path, COOP, COOP_MERGES)
    assert read(got) == sorted([
        ("理事会主任", "栾漪珩", "社有资产出租不公开招租", "Ⅰ级"),
        ("理事会主任", "栾漪珩", "农资储备资金调度个人决定", "Ⅱ级"),
        ("理事会副主任", "蒯澍菡", "基层社改造项目验收走过场", "Ⅱ级"),
        ("监事会主任", "栾翊岑", "社属企业财务审计避重就轻", "Ⅲ级"),
    ])  # fmt: skip
    assert "POINTS_BY_WATCH_GRID" in codes(got)
    no_errors(got)
    r = got.risks
    assert set(r.loc[r["person"] == "栾漪珩", "measures"]) == {"出租一律进平台公开竞租。"}


def test_band_not_merged_and_post_name_on_one_line(tmp_path):
    rows = [
        ["某县水利局领导班子交叉监督廉政风险点一览"],
        ["序号", "岗位", "交叉监督", None, None],
        [None, None, "局长　阙昀潇", "副局长　鄢沐珵", "总工程师　阙霈霖"],
        [
            1,
            "局长　阙昀潇",
            "/",
            "水利工程招标指定投标单位【Ⅰ级】",
            "设计变更签证不经集体研究【Ⅱ级】",
        ],
        [2, "副局长　鄢沐珵", "河道采砂许可审批把关不严【Ⅱ级】", "/", "/"],
        [
            3,
            "总工程师　阙霈霖",
            "隐蔽工程验收不到现场【Ⅲ级】",
            "质量检测报告审核走过场【Ⅲ级】",
            "/",
        ],
        ["填表人：", None, "审核人：", None, None],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3"])
    assert read(got) == sorted([
        ("局长", "阙昀潇", "水利工程招标指定投标单位", "Ⅰ级"),
        ("局长", "阙昀潇", "设计变更签证不经集体研究", "Ⅱ级"),
        ("副局长", "鄢沐珵", "河道采砂许可审批把关不严", "Ⅱ级"),
        ("总工程师", "阙霈霖", "隐蔽工程验收不到现场", "Ⅲ级"),
        ("总工程师", "阙霈霖", "质量检测报告审核走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert "POINTS_BY_WATCH_GRID" in codes(got)
    no_errors(got)


def test_levels_written_nowhere_leave_them_blank(tmp_path):
    rows = [list(r) for r in COOP]
    for x in range(3, 6):
        rows[x] = [v.rsplit("（", 1)[0] if isinstance(v, str) and v.endswith("）") else v
                   for v in rows[x]]  # fmt: skip
    got = run(tmp_path, rows, COOP_MERGES)
    assert read(got) == sorted([
        ("理事会主任", "栾漪珩", "社有资产出租不公开招租", ""),
        ("理事会主任", "栾漪珩", "农资储备资金调度个人决定", ""),
        ("理事会副主任", "蒯澍菡", "基层社改造项目验收走过场", ""),
        ("监事会主任", "栾翊岑", "社属企业财务审计避重就轻", ""),
    ])  # fmt: skip
    assert "POINTS_BY_WATCH_GRID" in codes(got)
    # (a table with no levels: each point's blank level is told, as in any list without them)
    errors = got.issues[got.issues["severity"] == "error"]
    assert list(errors["code"]) == ["LEVEL_BLANK"] * 4, errors.to_dict("records")


def test_watched_object_heading_one_row_and_risk_words(tmp_path):
    """'被监督人' written only in the band's row, no 序号, levels '（一级风险）', a 备注 between."""
    rows = [
        ["某县水利局班子成员互相监督表"],
        ["被监督人", "监督人", None, "备注"],
        [None, "局长\n阙昀潇", "副局长\n鄢沐珵", None],
        ["局长\n阙昀潇", "—", "防汛物资采购拆分规避招标（一级风险）", ""],
        ["副局长\n鄢沐珵", "农村饮水工程资金拨付不按进度（二级风险）", "—", "分管农水"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "B2:C2"])
    assert read(got) == sorted([
        ("局长", "阙昀潇", "防汛物资采购拆分规避招标", "Ⅰ级"),
        ("副局长", "鄢沐珵", "农村饮水工程资金拨付不按进度", "Ⅱ级"),
    ])  # fmt: skip
    assert "POINTS_BY_WATCH_GRID" in codes(got)
    no_errors(got)


def test_a_grid_of_ticks_is_who_watches_whom_not_points(tmp_path):
    rows = [list(r) for r in COOP]
    rows[3] = ["理事会主任\n栾漪珩", "—", "√", "√", "出租一律进平台公开竞租。", ""]
    rows[4] = ["理事会副主任\n蒯澍菡", "√", "—", "", "验收邀请第三方参加。", ""]
    rows[5] = ["监事会主任\n栾翊岑", "", "√", "—", "审计报告上理事会。", ""]
    got = run(tmp_path, rows, COOP_MERGES)
    assert read(got) == []
    assert "POINTS_BY_WATCH_GRID" not in codes(got)


def test_a_watcher_column_beside_a_list_is_as_before(tmp_path):
    rows = [
        ["某县水利局岗位廉政风险防控表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "监督人"],
        [
            1,
            "局长",
            "阙昀潇",
            "水利工程招标指定投标单位",
            "一级",
            "招标全程进平台。",
            "副局长　鄢沐珵",
        ],
        [
            2,
            "副局长",
            "鄢沐珵",
            "河道采砂许可审批把关不严",
            "二级",
            "许可结果公示。",
            "局长　阙昀潇",
        ],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "阙昀潇", "水利工程招标指定投标单位", "Ⅰ级"),
        ("副局长", "鄢沐珵", "河道采砂许可审批把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "POINTS_BY_WATCH_GRID" not in codes(got)
    no_errors(got)


def test_points_merged_over_post_columns_are_the_columns(tmp_path):
    rows = [
        ["某县供销合作社联合社岗位廉政风险点"],
        ["序号", "廉政风险点", None, None],
        [None, "理事会主任\n栾漪珩", "理事会副主任\n蒯澍菡", "监事会主任\n栾翊岑"],
        [
            1,
            "社有资产出租不公开招租（高）",
            "基层社改造项目验收走过场（中）",
            "社属企业财务审计避重就轻（低）",
        ],
        [2, "农资储备资金调度个人决定（中）", "/", "审计发现问题整改不督促（低）"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A2:A3", "B2:D2"])
    assert "POINTS_BY_WATCH_GRID" not in codes(got)
    assert read(got) == sorted([
        ("理事会主任", "栾漪珩", "社有资产出租不公开招租", "Ⅰ级"),
        ("理事会主任", "栾漪珩", "农资储备资金调度个人决定", "Ⅱ级"),
        ("理事会副主任", "蒯澍菡", "基层社改造项目验收走过场", "Ⅱ级"),
        ("监事会主任", "栾翊岑", "社属企业财务审计避重就轻", "Ⅲ级"),
        ("监事会主任", "栾翊岑", "审计发现问题整改不督促", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_ways_of_watching_are_no_points(
    tmp_path,
):
    # cells naming how or what a colleague watches ('提醒谈话', '日常监督', '…执行情况' under
    # '监督人及监督重点') are no points of the row's holder: nothing read, as before
    ways = [
        ["XX县总工会班子成员交叉监督表"],
        ["被监督人", "监督人", None, "监督方式"],
        [None, "主席\n栾漪珩", "副主席\n蒯澍菡", None],
        ["主席\n栾漪珩", "—", "提醒谈话", "谈心谈话"],
        ["副主席\n蒯澍菡", "日常监督", "—", "谈心谈话"],
    ]
    focus = [
        ["XX县总工会班子成员交叉监督表"],
        ["被监督人", "监督人及监督重点", None],
        [None, "主席\n栾漪珩", "副主席\n蒯澍菡"],
        ["主席\n栾漪珩", "—", "重大事项集体决策执行情况"],
        ["副主席\n蒯澍菡", "分管领域廉洁自律情况", "—"],
    ]
    # (a title saying 风险点 does not make ways of watching points)
    titled = [list(x) for x in ways]
    titled[0] = ["XX县总工会班子成员相互监督风险点表"]
    for k, (rows, merges) in enumerate([
        (ways, ["A1:D1", "A2:A3", "B2:C2", "D2:D3"]),
        (focus, ["A1:C1", "A2:A3", "B2:C2"]),
        (titled, ["A1:D1", "A2:A3", "B2:C2", "D2:D3"]),
    ]):  # fmt: skip
        got = run(tmp_path / str(k), rows, merges)
        assert read(got) == []
        assert "POINTS_BY_WATCH_GRID" not in codes(got)
        assert "FILE_NO_FORM" in codes(got)
    # points without levels on a sheet that never says they are risk points: not read either
    plain = [list(x) for x in focus]
    plain[1] = ["被监督人", "监督人", None]
    plain[3] = ["主席\n栾漪珩", "—", "工会经费使用不规范"]
    plain[4] = ["副主席\n蒯澍菡", "困难职工帮扶优亲厚友", "—"]
    got = run(tmp_path / "plain", plain, ["A1:C1", "A2:A3", "B2:C2"])
    assert read(got) == []
    assert "POINTS_BY_WATCH_GRID" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_two_points_in_one_cell(tmp_path):
    # a cell of two lines each closing with its level is two points, each its level
    rows = [
        ["XX县总工会班子成员相互监督风险点表"],
        ["被监督人", "监督人", None, None],
        [None, "主席\n栾漪珩", "副主席\n蒯澍菡", "经审主任\n栾翊岑"],
        ["主席\n栾漪珩", "—", "经费使用不规范（高）\n工会资产出租不公开（中）", "无"],
        ["副主席\n蒯澍菡", "困难职工帮扶优亲厚友（中）", "—", "无"],
        ["经审主任\n栾翊岑", "经费审查走过场（低）", "无", "—"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A2:A3", "B2:D2"])
    assert read(got) == sorted([
        ("主席", "栾漪珩", "经费使用不规范", "Ⅰ级"),
        ("主席", "栾漪珩", "工会资产出租不公开", "Ⅱ级"),
        ("副主席", "蒯澍菡", "困难职工帮扶优亲厚友", "Ⅱ级"),
        ("经审主任", "栾翊岑", "经费审查走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert "POINTS_BY_WATCH_GRID" in codes(got)
    no_errors(got)
