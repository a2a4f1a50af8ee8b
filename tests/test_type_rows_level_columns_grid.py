"""A cross table of risk types and levels, each crossing a risk point: the types down and the
levels across ('风险等级⏎风险类型 | 一级风险 | 二级风险 | 三级风险', then one row a type) as
well as the levels down and the types across. Each filled crossing is a point of its row's and
its column's type and level; numbered lines in a crossing are a point each; '/', '无' and blank
crossings are none. Crossings of counts are a tally, not points.

The words, units and people here are not those of tests/published/batch536 (another county's
医疗保障局 and 水务局, other levels' words), so a fix tuned on that batch fails here.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, sheets, merges=None):
    """Write a workbook and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    config = load_config()
    results = (read_file(p, rel, config) for p, rel in discover([inbox]))
    return assemble(results, config, [inbox])


def points(res) -> list[tuple[str, str, str]]:
    df = res.risks
    return sorted(zip(df["risk_point"], df["risk_type"], df["risk_level"], strict=True))


def codes(res) -> list[str]:
    return list(res.issues["code"])


def card(name: str, corner: str, levels: tuple[str, ...], grid: dict[str, tuple[str, ...]]):
    rows = [
        ["县医疗保障局廉政风险防控卡", "", "", ""],
        ["姓名", name, "职务", "基金监管股股长"],
        ["所在股室", "基金监管股", "", ""],
        [corner, *levels],
    ]
    rows += [[kind, *cells] for kind, cells in grid.items()]
    rows.append(["管控措施", "1.检查两人以上；2.结果在局务会通报。", "", ""])
    rows.append(["本人签名：", "", "审核人：", ""])
    return rows


def test_types_down_levels_across_on_a_card(tmp_path):
    grid = {
        "思想道德风险": ("无", "", "接受定点药店购物卡"),
        "制度机制风险": ("1.稽核对象不经随机抽取\n2.处理意见不经集体研究", "/", "/"),
        "岗位职责风险": ("/", "检查记录填写不实", "/"),
        "外部环境风险": ("/", "/", "/"),
    }
    sheets = {"防控卡": card("钟离淼", "风险类型╲风险等级", ("高风险", "中风险", "低风险"), grid)}
    res = run(tmp_path, sheets, {"防控卡": ["B3:D3", "B10:D10"]})
    got = points(res)
    assert [p for p, _t, _l in got] == sorted(
        ["接受定点药店购物卡", "稽核对象不经随机抽取", "处理意见不经集体研究", "检查记录填写不实"]
    )
    by_point = {p: (t, lv) for p, t, lv in got}
    assert by_point["接受定点药店购物卡"][0].startswith("思想道德")
    assert by_point["处理意见不经集体研究"][0].startswith("制度机制")
    assert by_point["检查记录填写不实"][0].startswith("岗位职责")
    # each a level of its own column: three columns, three levels
    levels = {
        by_point[p][1] for p in ("接受定点药店购物卡", "稽核对象不经随机抽取", "检查记录填写不实")
    }
    assert len(levels) == 3
    assert by_point["稽核对象不经随机抽取"][1] == by_point["处理意见不经集体研究"][1]
    assert set(res.risks["person"]) == {"钟离淼"}
    # the card's measures row, merged across under the grid: every point's
    assert all("检查两人以上" in m for m in res.risks["measures"])
    found = codes(res)
    assert found.count("TYPE_ROWS_LEVEL_COLUMNS") == 1
    assert "POINT_BLANK" not in found  # ('外部环境风险 | / | / | /': none of that type)
    assert "TYPE_UNKNOWN" not in found  # (the measures row is no point)


def test_types_down_on_a_list_sheet_with_other_level_words(tmp_path):
    rows = [
        ["县水务局岗位廉政风险分布表", "", "", ""],
        ["类型＼等级", "一级", "二级", "三级"],
        ["制度机制", "/", "河道采砂许可不公开", "/"],
        ["业务流程", "工程变更不按程序报批", "/", "水费减免不经审批"],
        ["思想道德", "/", "/", "/"],
    ]
    res = run(tmp_path, {"分布表": rows})
    got = {p: (t, lv) for p, t, lv in points(res)}
    assert set(got) == {"河道采砂许可不公开", "工程变更不按程序报批", "水费减免不经审批"}
    assert got["河道采砂许可不公开"][0].startswith("制度机制")
    assert got["水费减免不经审批"][0].startswith("业务流程")
    assert got["工程变更不按程序报批"][1] != got["水费减免不经审批"][1]
    assert codes(res).count("TYPE_ROWS_LEVEL_COLUMNS") == 1


def test_levels_down_types_across_reads_as_before(tmp_path):
    rows = [
        ["县水务局岗位廉政风险分布表", "", "", ""],
        ["等级＼类型", "思想道德", "制度机制", "业务流程"],
        ["高风险", "/", "/", "工程变更不按程序报批"],
        ["中风险", "/", "河道采砂许可不公开", "/"],
        ["低风险", "接受施工单位宴请", "/", "/"],
    ]
    res = run(tmp_path, {"分布表": rows})
    got = {p: t for p, t, _lv in points(res)}
    assert set(got) == {"工程变更不按程序报批", "河道采砂许可不公开", "接受施工单位宴请"}
    assert got["接受施工单位宴请"].startswith("思想道德")
    assert "TYPE_ROWS_LEVEL_COLUMNS" not in codes(res)  # (that orientation's own reading)


def test_a_tally_of_counts_is_no_points(tmp_path):
    rows = [
        ["县水务局廉政风险统计表", "", "", ""],
        ["风险类型＼风险等级", "高风险", "中风险", "低风险"],
        ["思想道德风险", "1", "3", "0"],
        ["制度机制风险", "2", "0", "4"],
        ["业务流程风险", "0", "1", "2"],
    ]
    res = run(tmp_path, {"统计": rows})
    assert res.risks.empty or not set(res.risks["risk_point"]) & {"0", "1", "2", "3", "4"}
    assert "TYPE_ROWS_LEVEL_COLUMNS" not in codes(res)


def test_rows_not_named_by_types_are_not_typed(tmp_path):
    # levels across, but the rows are work items, not risk types: what type a crossing is of
    # is not said, so no grid of types is read and no type is made up
    rows = [
        ["县医疗保障局风险排查表", "", "", ""],
        ["事项＼等级", "高风险", "中风险", "低风险"],
        ["基金稽核", "稽核对象不经随机抽取", "/", "/"],
        ["待遇审核", "/", "超范围报销不予纠正", "/"],
        ["票据管理", "/", "/", "空白票据领用不登记"],
    ]
    res = run(tmp_path, {"排查": rows})
    assert "TYPE_ROWS_LEVEL_COLUMNS" not in codes(res)
    if not res.risks.empty:
        assert not any(res.risks["risk_type"].str.contains("风险|思想|制度|业务|岗位|外部"))


def test_the_code_is_catalogued():
    assert "TYPE_ROWS_LEVEL_COLUMNS" in CATALOGUE
    assert SHORT["TYPE_ROWS_LEVEL_COLUMNS"]
