"""A list with no level column whose levels are given per POST in a small table ``岗位 | 风险等级``
(one row a post, in its own order) beside the list or under it: every point of a post takes its
post's level, said once (LEVEL_BY_POST_TABLE); the small table's rows are no points and its
column beside the list's rows is no level of theirs; a post the small table lacks keeps no
level (LEVEL_BLANK). Cases in other words than batch994 (a 卫生院, a 水利站, a 供销社), the fix
not tuned on them."""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config


def _read(tmp_path: Path, rows, merges=None):
    path = write_workbook(tmp_path / "t.xlsx", {"清单": rows}, merges=merges)
    return read_file(path, path.name, load_config())


def _levels(res) -> dict[tuple[str, str], str]:
    return {(r[2], r[8]): r[10] for group in res.risks for r in group}


def _codes(res) -> list[str]:
    return [i.code for i in res.issues]


BESIDE = [
    ["某镇卫生院岗位廉洁风险排查表", None, None, None, None, None, None, "各岗位风险等级", None],
    ["序号", "科室", "岗位", "姓名", "风险点", "防范措施", None, "岗位", "风险等级"],
    [
        1,
        "院领导",
        "院长",
        "秦墨川",
        "药品耗材采购收受回扣",
        "集中采购，纪检监督",
        None,
        "护士长",
        "三级",
    ],
    [2, "护理部", "护士长", "冉晓棠", "排班考勤弄虚作假", "考勤公示", None, "院长", "一级"],
    [3, "药剂科", "药剂师", "费云岫", "私自截留药品", "出入库核对", None, "药剂师", "二级"],
    [4, "药剂科", "药剂师", "费云岫", "过期药品处置不登记", "销毁登记", None, None, None],
    [5, "院领导", "院长", "秦墨川", "医疗设备采购指定品牌", "公开招标", None, None, None],
]


def test_a_small_table_beside_the_list_levels_each_post(tmp_path):
    res = _read(tmp_path, BESIDE, merges=None)
    got = _levels(res)
    assert got[("秦墨川", "药品耗材采购收受回扣")] == "Ⅰ级"
    assert got[("秦墨川", "医疗设备采购指定品牌")] == "Ⅰ级"
    assert got[("冉晓棠", "排班考勤弄虚作假")] == "Ⅲ级"  # (not the 一级 beside its row)
    assert got[("费云岫", "私自截留药品")] == "Ⅱ级"
    assert got[("费云岫", "过期药品处置不登记")] == "Ⅱ级"  # (no row of the small table beside it)
    codes = _codes(res)
    assert codes.count("LEVEL_BY_POST_TABLE") == 1
    said = next(i for i in res.issues if i.code == "LEVEL_BY_POST_TABLE")
    assert said.severity == "info" and said.cell == "H2" and "5 个风险点" in said.message
    assert "LEVEL_BLANK" not in codes and "COLUMN_GUESSED" not in codes
    assert len(got) == 5  # the small table's rows are no points


def test_a_small_table_under_the_list_with_its_caption(tmp_path):
    rows = [
        ["某乡水利站廉政风险防控清单", None, None, None, None],
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        [1, "站长", "芮青禾", "小型水利工程发包打招呼", "集体研究"],
        [2, "技术员", "阚松筠", "工程验收降低标准", "两人验收"],
        [3, "会计", "邬若苇", "工程款拨付不按进度", "按进度审核"],
        [None, None, None, None, None],
        ["各岗位风险点等级", None, None, None, None],
        ["职务", "风险级别", None, None, None],
        ["会计", "中", None, None, None],
        ["站长", "高", None, None, None],
        ["技术员", "中", None, None, None],
        ["注：同一岗位的风险点等级相同。", None, None, None, None],
    ]
    res = _read(tmp_path, rows)
    got = _levels(res)
    assert got == {
        ("芮青禾", "小型水利工程发包打招呼"): "Ⅰ级",
        ("阚松筠", "工程验收降低标准"): "Ⅱ级",
        ("邬若苇", "工程款拨付不按进度"): "Ⅱ级",
    }
    codes = _codes(res)
    assert codes.count("LEVEL_BY_POST_TABLE") == 1
    assert "ROW_UNPLACED" not in codes and "LEVEL_BLANK" not in codes


def test_a_post_the_small_table_lacks_keeps_no_level(tmp_path):
    rows = [
        ["序号", "部门", "岗位", "姓名", "风险点", "防控措施"],
        [1, "业务部", "经理", "宓远舟", "农资采购以次充好", "比价采购"],
        [2, "业务部", "营业员", "訾春晖", "赊销货款不入账", "日清月结"],
        [3, "财务部", "出纳", "仉云舒", "挪用备用金", "定期盘点"],
        [None, None, None, None, None, None],
        ["岗位", "风险等级", None, None, None, None],
        ["经理", "一级", None, None, None, None],
        ["营业员", "三级", None, None, None, None],
    ]
    res = _read(tmp_path, rows)
    got = _levels(res)
    assert got[("宓远舟", "农资采购以次充好")] == "Ⅰ级"
    assert got[("訾春晖", "赊销货款不入账")] == "Ⅲ级"
    assert got[("仉云舒", "挪用备用金")] == ""
    blank = [i for i in res.issues if i.code == "LEVEL_BLANK"]
    assert len(blank) == 1 and blank[0].cell.endswith("4")
    assert _codes(res).count("LEVEL_BY_POST_TABLE") == 1


def test_a_list_with_its_own_level_column_reads_as_before(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", None, "岗位", "风险等级"],
        [1, "站长", "芮青禾", "小型水利工程发包打招呼", "二级", "集体研究", None, "站长", "一级"],
        [2, "技术员", "阚松筠", "工程验收降低标准", "三级", "两人验收", None, "技术员", "二级"],
    ]
    res = _read(tmp_path, rows)
    got = _levels(res)
    assert got[("芮青禾", "小型水利工程发包打招呼")] == "Ⅱ级"
    assert got[("阚松筠", "工程验收降低标准")] == "Ⅲ级"
    assert "LEVEL_BY_POST_TABLE" not in _codes(res)


def test_a_small_table_of_other_posts_is_not_the_lists(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险点", "防控措施"],
        [1, "站长", "芮青禾", "小型水利工程发包打招呼", "集体研究"],
        [2, "技术员", "阚松筠", "工程验收降低标准", "两人验收"],
        [None, None, None, None, None],
        ["岗位", "风险等级", None, None, None],
        ["局长", "一级", None, None, None],
        ["科长", "二级", None, None, None],
        ["科员", "三级", None, None, None],
    ]
    res = _read(tmp_path, rows)
    assert set(_levels(res).values()) == {""}
    assert "LEVEL_BY_POST_TABLE" not in _codes(res)
