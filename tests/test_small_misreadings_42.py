"""Five small ordinary misreadings found by helpers while working on other rules, one test each
(each failed before its fix):

1. a row ticked under two of '高 | 中 | 低' took the first ticked column's level silently: no
   level now, a warning naming both cells (LEVEL_SCALE_MARKS_UNCLEAR) and LEVEL_BLANK;
2. a printed scale '低 ——————→ 高' in a level cell read as Ⅰ级 (its first end): no level;
3. a list keyed by 适用人员 naming single posts, a plain '职务 | 姓名' roster under it with no
   '附：' caption, the column read as names by the roster's names under it: the roster resolves
   the posts (HOLDERS_BY_POST_ROSTER), no post is read as a person;
4. a stale COLUMN_GUESSED on the 适用人员 heading the roster resolved (read as 岗位);
5. a staff-moves table with no 序号 ('姓名 | 原岗位 | 现岗位 | 调整时间', a date closing each
   row) classed as sign-off lines: its rows are the moves table's (HOLDERS_BY_MOVES_TABLE).

Units, posts, names and level words are our own (a 街道办事处, a 社区, a 水利站, a 林业站,
a 中心卫生院), written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ERROR


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return [c for c in got.issues["code"] if CATALOGUE[c][0] == ERROR]


def test_a_row_ticked_under_two_grades_gets_no_level_said_at_both_cells(tmp_path):
    rows = [["XX街道办事处廉政风险点登记表"],
            ["序号", "岗位", "风险点", "风险等级", None, None, "防控措施"],
            [None, None, None, "高", "中", "低", None],
            [1, "主任", "工程项目指定施工方", "√", None, None, "集体决策，全程留痕。"],
            [2, "会计", "公款私存、挪用", "√", "√", None, "双人对账，月度盘点。"],
            [3, "出纳", "现金坐支", None, None, "√", "日清月结。"]]  # fmt: skip
    merges = ["A1:G1", "D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("主任", "", "工程项目指定施工方", "Ⅰ级"),
        ("会计", "", "公款私存、挪用", ""),
        ("出纳", "", "现金坐支", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_SCALE_MARKS_UNCLEAR"]
    assert len(said) == 1 and list(said["cell"]) == ["D5"]
    assert said["value"].iloc[0] == "D5、E5"
    assert errors(got) == ["LEVEL_BLANK"]


def test_a_printed_scale_in_a_level_cell_is_no_level(tmp_path):
    config = load_config()
    for scale in ("低 ——————→ 高", "高 ←—— 低", "轻——重", "由低——→高", "低 -- 高"):
        assert config.level(scale) is None, scale
    for level, canon in (("低→高", "Ⅰ级"), ("高→中", "Ⅱ级"), ("高", "Ⅰ级"), ("三级", "Ⅲ级")):
        assert config.level(level) == canon, level  # (a level changed, a level: as before)
    rows = [["XX社区廉政风险点清单"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "书记", "低保审核优亲厚友", "低 ——————→ 高", "民主评议，张榜公示。"],
            [2, "会计", "挪用集体资金", "二级", "双人管账。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("书记", "", "低保审核优亲厚友", ""),
        ("会计", "", "挪用集体资金", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "LEVEL_UNKNOWN"]
    assert list(said["cell"]) == ["D3"]


def test_a_post_list_over_a_plain_roster_no_caption_resolves_its_posts(tmp_path):
    # the roster's 姓名 stands under the list's 适用人员 column: read as names while the rows are
    rows = [["XX镇水利站廉政风险点清单"],
            ["序号", "适用人员", "廉政风险点", "风险等级", "防控措施"],
            [1, "站长", "小型水利工程验收走过场", "一级", "联合验收，资料归档。"],
            [2, "技术员", "测量数据弄虚作假", "二级", "复测抽查。"],
            [3, "统计员", "灌溉用水量虚报", "三级", "按月公示。"],
            [],
            ["职务", "姓名"],
            ["站长", "蒯砚秋"],
            ["技术员", "郜闻溪"],
            ["统计员", "郜南乔"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "蒯砚秋", "小型水利工程验收走过场", "Ⅰ级"),
        ("技术员", "郜闻溪", "测量数据弄虚作假", "Ⅱ级"),
        ("统计员", "郜南乔", "灌溉用水量虚报", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)
    assert not errors(got)


def test_the_guess_on_a_holders_column_the_roster_resolves_is_withdrawn(tmp_path):
    # '全体职工' and a '姓名 | 职务' roster: the column read as 岗位 by its contents, then resolved
    rows = [["XX国有林场林业站廉政风险点清单"],
            ["序号", "适用人员", "廉政风险点", "风险等级", "防控措施"],
            [1, "站长", "林木采伐审批把关不严", "高", "集体审批，公示。"],
            [2, "护林员", "巡护记录弄虚作假", "中", "轨迹打卡。"],
            [3, "全体职工", "违规收受林农礼品", "中", "廉洁承诺。"],
            [],
            ["姓名", "职务"],
            ["闾丘翊", "站长"],
            ["晏栖梧", "护林员"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "闾丘翊", "林木采伐审批把关不严", "Ⅰ级"),
        ("站长", "闾丘翊", "违规收受林农礼品", "Ⅱ级"),
        ("护林员", "晏栖梧", "巡护记录弄虚作假", "Ⅱ级"),
        ("护林员", "晏栖梧", "违规收受林农礼品", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_POST_ROSTER" in codes(got)
    assert "COLUMN_GUESSED" not in codes(got)
    assert not errors(got)


def test_a_moves_table_with_no_seq_column_is_read_as_one(tmp_path):
    rows = [["XX镇中心卫生院重点岗位廉政风险防控表"],
            ["序号", "岗位", "风险点", "等级", "防控措施"],
            [1, "检验科主任", "试剂采购收受回扣", "一级", "集中采购，公开比价。"],
            [2, "公卫科主任", "公卫项目数据造假", "二级", "随机电话回访。"],
            [None],
            ["姓名", "原岗位", "现岗位", "调整时间"],
            ["宓予安", "公卫科主任", "检验科主任", "2025-03-10"],
            ["戚归晚", "检验科主任", "公卫科主任", "2025-03-10"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("检验科主任", "宓予安", "试剂采购收受回扣", "Ⅰ级"),
        ("公卫科主任", "戚归晚", "公卫项目数据造假", "Ⅱ级"),
    ])  # fmt: skip
    assert {"POST_MOVES_TABLE", "HOLDERS_BY_MOVES_TABLE"} <= codes(got)
    assert not errors(got)


def test_a_signoff_line_under_a_moves_table_stays_a_signoff(tmp_path):
    # (negative) '填报人：… | 2025-03-12' under the moves rows is no move
    rows = [["XX镇中心卫生院重点岗位廉政风险防控表"],
            ["序号", "岗位", "风险点", "等级", "防控措施"],
            [1, "检验科主任", "试剂采购收受回扣", "一级", "集中采购，公开比价。"],
            [2, "公卫科主任", "公卫项目数据造假", "二级", "随机电话回访。"],
            [None],
            ["姓名", "原岗位", "现岗位", "调整时间"],
            ["宓予安", "公卫科主任", "检验科主任", "2025-03-10"],
            ["戚归晚", "检验科主任", "公卫科主任", "2025-03-10"],
            ["填报人：", "庹清和", None, "2025-03-12"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    said = got.issues[got.issues["code"] == "POST_MOVES_TABLE"]
    assert len(said) == 1 and "庹清和" not in said["value"].iloc[0]
    assert "宓予安" in set(got.risks["person"]) and "庹清和" not in set(got.risks["person"])


def test_one_tick_a_row_and_a_named_list_read_as_before(tmp_path):
    # (negative) one tick a row under 一级 | 二级 | 三级, and a list naming its holders over a
    # '职务 | 姓名' roster: read as before
    rows = [["XX社区廉政风险点清单"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", None, None],
            [None, None, None, None, "一级", "二级", "三级"],
            [1, "书记", "宰父澄", "集体资产处置暗箱操作", "√", None, None],
            [2, "会计", "诸葛映", "报销凭证审核不严", None, "√", None],
            [],
            ["职务", "姓名"],
            ["书记", "宰父澄"],
            ["会计", "诸葛映"]]  # fmt: skip
    merges = ["A1:G1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("书记", "宰父澄", "集体资产处置暗箱操作", "Ⅰ级"),
        ("会计", "诸葛映", "报销凭证审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_SCALE_MARKS_UNCLEAR" not in codes(got)
    assert "HOLDERS_BY_POST_ROSTER" not in codes(got)
