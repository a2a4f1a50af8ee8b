"""A list MERGED FROM STAFF RETURNS BY A SCRIPT (pandas ``concat`` → ``to_excel``) read as one table:
the returns used different heading words, so the merged heading is their union and synonyms of one
field stand side by side ('部门 | 职务 | 责任人 | 风险点 | 风险级别 | … | 所在科室 | 人员姓名 | 主要风险点
| 等级'), each filled only on the rows of the returns that used it; the script's index (0, 1, 2 …)
stands in an unheaded first column and the 序号 restarts with each return. The reader split such a
heading into two tables side by side, read every row in both, lost the fields standing in the
other half (posts, levels, measures), reported each row's empty half as a blank point, and warned
every index cell as CELL_OUTSIDE worded '表格右侧' though it stands left of the table. Now each
role's synonym columns are coalesced (per row the filled one; two different values warned with the
cell, HEADING_SYNONYMS_DIFFER, the first kept) and read as one table (HEADING_SYNONYMS_MERGED),
the index set aside with one info (INDEX_COLUMN_SET_ASIDE), a 岗位 blank on all of one return's
rows is not carried over from another return's, and CELL_OUTSIDE left of a table says 左侧.

Not the published batch's file (a 林业站 汇总表, 股室/科室, 岗位/职务, 姓名/责任人 …, 一级/二级/三级):
a 县卫生健康局's 汇总 with 部门/所在科室, 职务/岗位名称, 责任人/人员姓名, 风险点/主要风险点 and 高/中/低;
a 镇卫生院's .ods of three returns' headings (three synonyms a field, no index, one return without a
post column); a 疾控中心's of ten rows with one row filling both synonyms of 科室 differently.
Written with tests/helpers.py and read as ``collect_inbox`` reads a file. Near-misses an ordinary
file has stay as before: a real two-up list (both halves filled on every row) and two different
tables side by side (their shared rows filled in both), an unheaded left column counting 1, 2, 3.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "huizong.ods", {"Sheet1": rows})
    else:
        write_workbook(inbox / "huizong.xlsx", {"Sheet1": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def issues_of(got, code: str) -> list[dict]:
    return [x for x in got.issues.to_dict("records") if x["code"] == code]


def noise(got) -> list[dict]:
    return [
        x
        for x in got.issues.to_dict("records")
        if x["code"] in ("POINT_BLANK", "LEVEL_BLANK", "CELL_OUTSIDE", "ROW_UNPLACED")
    ]


HEALTH = [
    ["某县卫生健康局岗位廉政风险点汇总"],
    [None, "编号", "部门", "职务", "责任人", "风险点", "风险级别", "防范措施", "所在科室", "人员姓名",
     "主要风险点", "等级", "岗位名称"],
    [0, 1, "局领导", "局长", "郗雯翾", "医疗机构设置审批打招呼", "高", "审批事项集体研究，结果公开。",
     None, None, None, None, None],
    [1, 2, "局领导", "局长", "郗雯翾", "卫生专项资金分配不公", "高", "分配方案党组会研究。",
     None, None, None, None, None],
    [2, 1, None, None, None, None, None, "监督检查两人同行，执法记录仪全程记录。", "卫生监督所",
     "蔺翊珩", "卫生监督执法选择性检查", "中", "监督员"],
    [3, 2, None, None, None, None, None, "处罚案件法制审核。", "卫生监督所", "蔺翊珩",
     "行政处罚自由裁量畸轻", "高", "监督员"],
    [4, 1, "财务科", None, "符璟萱", "报销单据审核把关不严", None, "票据双人审核。", None, None,
     None, "低", "会计"],
    [5, 2, "财务科", None, "符璟萱", "公务卡还款核对走过场", None, "每月对账。", None, None, None,
     "中", "会计"],
]  # fmt: skip


def test_synonym_columns_of_merged_returns_are_one_table(tmp_path):
    got = run(tmp_path, HEALTH)
    assert read(got) == sorted([
        ("局领导", "局长", "郗雯翾", "医疗机构设置审批打招呼", "Ⅰ级"),
        ("局领导", "局长", "郗雯翾", "卫生专项资金分配不公", "Ⅰ级"),
        ("卫生监督所", "监督员", "蔺翊珩", "卫生监督执法选择性检查", "Ⅱ级"),
        ("卫生监督所", "监督员", "蔺翊珩", "行政处罚自由裁量畸轻", "Ⅰ级"),
        ("财务科", "会计", "符璟萱", "报销单据审核把关不严", "Ⅲ级"),
        ("财务科", "会计", "符璟萱", "公务卡还款核对走过场", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert all(r["measures"]), r["measures"].tolist()
    assert not noise(got), noise(got)
    (merged,) = issues_of(got, "HEADING_SYNONYMS_MERGED")
    assert "部门/所在科室" in merged["message"] and "风险点/主要风险点" in merged["message"]
    (index,) = issues_of(got, "INDEX_COLUMN_SET_ASIDE")
    assert index["cell"] == "A3" and "A3:A8" in index["message"]
    assert len(set(got.posts["person"])) == 3


CLINIC = [
    ["某镇卫生院岗位廉政风险点汇总表"],
    ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "部门", "责任人", "风险内容",
     "风险级别", "所在部门", "人员姓名", "廉政风险点名称", "等级"],
    [1, "院办", "院长", "戚沅汐", "药品耗材采购收受回扣", "高风险", "采购目录集体议定，全程留痕。",
     None, None, None, None, None, None, None, None],
    [2, "院办", "院长", "戚沅汐", "绩效分配向个人倾斜", "中风险", "分配方案职代会通过。",
     None, None, None, None, None, None, None, None],
    [1, None, None, None, None, None, "收费清单每日核对。", "院办", "靳昀澍", "收费不开票据截留现金",
     "高风险", None, None, None, None],
    [2, None, None, None, None, None, "退费须科室主任签字。", "院办", "靳昀澍", "虚构退费套取资金",
     "中风险", None, None, None, None],
    [1, None, None, None, None, None, "出入库双人签字。", None, None, None, None, "药房", "邝澜芮",
     "药品账实不符隐瞒不报", "低风险"],
]  # fmt: skip


def test_three_returns_ods_three_synonyms_no_post_carried_across(tmp_path):
    got = run(tmp_path, CLINIC, ods=True)
    assert read(got) == sorted([
        ("院办", "院长", "戚沅汐", "药品耗材采购收受回扣", "Ⅰ级"),
        ("院办", "院长", "戚沅汐", "绩效分配向个人倾斜", "Ⅱ级"),
        ("院办", "", "靳昀澍", "收费不开票据截留现金", "Ⅰ级"),  # (院长 is 戚沅汐's)
        ("院办", "", "靳昀澍", "虚构退费套取资金", "Ⅱ级"),
        ("药房", "", "邝澜芮", "药品账实不符隐瞒不报", "Ⅲ级"),
    ])  # fmt: skip
    assert all(got.risks["measures"])
    assert not noise(got), noise(got)
    (merged,) = issues_of(got, "HEADING_SYNONYMS_MERGED")
    assert "科室/部门/所在部门" in merged["message"]


def _cdc_rows() -> list[list]:
    rows: list[list] = [["某县疾病预防控制中心廉政风险点汇总"],
                        [None, "序号", "科室", "姓名", "岗位", "风险点", "风险等级", "所在科室",
                         "责任人", "风险点描述", "风险级别"]]  # fmt: skip
    people = [("检验科", "晏珂岚", "检验员"), ("免疫规划科", "郜煦宁", "科长")]
    words = ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    k = 0
    for who, (dept, name, post) in enumerate(people):
        for i in range(5):
            point = f"{name}第{i + 1}项风险"
            lv = words[(i + who) % 3]
            if who == 0:
                rows.append([k, i + 1, dept, name, post, point, lv, None, None, None, None])
            else:
                rows.append([k, i + 1, None, None, post, None, None, dept, name, point, lv])
            k += 1
    rows[3][7] = "质量管理科"  # (one row fills both synonyms of 科室, differently)
    return rows


def test_one_row_filling_both_synonyms_differently_is_warned_first_kept(tmp_path):
    got = run(tmp_path, _cdc_rows())
    rows = read(got)
    assert len(rows) == 10
    assert all(lv for *_x, lv in rows)
    assert {(d, t, p) for d, t, p, _pt, _lv in rows} == {
        ("检验科", "检验员", "晏珂岚"),
        ("免疫规划科", "科长", "郜煦宁"),
    }
    (differ,) = issues_of(got, "HEADING_SYNONYMS_DIFFER")
    assert differ["cell"] == "H4" and "质量管理科" in differ["message"]
    assert "检验科" in differ["message"] and differ["severity"] == "warning"
    assert not noise(got), noise(got)


def test_cell_left_of_a_table_is_said_left(tmp_path):
    rows = [
        ["某县中医院岗位廉政风险点一览表"],
        [None, "序号", "科室", "岗位", "姓名", "风险点", "风险等级"],
        [None, 1, "医务科", "科长", "宓婉清", "医疗纠纷处理偏袒", "高"],
        ["此行待核", 2, "医务科", "科长", "宓婉清", "进修名额分配不公", "中"],
    ]
    got = run(tmp_path, rows)
    (out,) = issues_of(got, "CELL_OUTSIDE")
    assert out["cell"] == "A4"
    assert "表格左侧(第一列为 B 列)" in out["message"] and "右侧" not in out["message"]
    assert len(read(got)) == 2


def test_two_up_list_filled_on_every_row_stays_two_up(tmp_path):
    rows = [
        ["某县妇幼保健院岗位廉政风险点一览表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "序号", "科室", "岗位", "姓名", "风险点",
         "风险等级"],
        [1, "产科", "主任", "阎蔚然", "接受患者红包", "高", 4, "药剂科", "药师", "卞语桐", "药品调剂串换", "中"],
        [2, "产科", "主任", "阎蔚然", "出生证明违规签发", "高", 5, "药剂科", "药师", "卞语桐", "麻精药品管理不严", "高"],
        [3, "产科", "护士长", "钮婧祎", "耗材申领虚报", "低", 6, "总务科", "采购员", "汲澄宇", "采购询价走过场", "中"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert len(read(got)) == 6
    assert {p for *_x, p, _lv in read(got)} >= {"药品调剂串换", "接受患者红包"}
    assert not issues_of(got, "HEADING_SYNONYMS_MERGED")
    assert not noise(got)


def test_two_copies_side_by_side_over_a_signoff_are_no_synonyms(tmp_path):
    # the same list twice side by side, a sign-off line under both (blank in both point columns):
    # no return filled one copy alone, so no union heading (the suite's side-title test found it)
    half = [
        [1, "财务室", "会计", "郁澄岚", "报销审核把关不严", "高"],
        [2, "财务室", "出纳", "阙霁川", "现金坐支挪用", "中"],
        [3, "办公室", "主任", "郁澄岚", "公车私用", "低"],
    ]
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级"]
    rows = [
        ["某县档案馆岗位廉政风险点一览表"],
        [*head, None, *head],
        *[[*r, None, *r] for r in half],
        ["制表：", None, "审核：", None, None, "2026年3月", None, "制表：", None, "审核："],
    ]
    got = run(tmp_path, rows)
    assert not issues_of(got, "HEADING_SYNONYMS_MERGED")
    assert {p for *_x, p, _lv in read(got)} == {"报销审核把关不严", "现金坐支挪用", "公车私用"}


def test_two_different_tables_side_by_side_stay_apart(tmp_path):
    rows = [
        ["某县急救中心廉政风险点排查表"],
        ["科室", "岗位", "风险点", "风险等级", "防控措施", None, "岗位", "姓名", "风险点", "等级"],
        ["调度科", "调度员", "派车调度优亲厚友", "中", "调度记录全程录音", None, "驾驶员", "狄澍然",
         "车辆私用", "低"],
        ["调度科", "调度员", "出车信息泄露", "低", "信息查询留痕", None, "驾驶员", "狄澍然",
         "油卡违规加油", "中"],
        ["院前科", "医师", "收取患者红包", "高", "服务回访", None, None, None, None, None],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert not issues_of(got, "HEADING_SYNONYMS_MERGED")
    points = {p for *_x, p, _lv in read(got)}
    assert points == {
        "派车调度优亲厚友",
        "出车信息泄露",
        "收取患者红包",
        "车辆私用",
        "油卡违规加油",
    }
    assert ("", "驾驶员", "狄澍然", "车辆私用", "Ⅲ级") in read(got)


def test_unheaded_left_column_counting_from_one_is_no_index(tmp_path):
    rows = [
        ["某县血站岗位廉政风险点一览表"],
        [None, "科室", "岗位", "姓名", "风险点", "风险等级"],
        [1, "采供科", "科长", "涂芊语", "血液调配优亲厚友", "高"],
        [2, "采供科", "科长", "涂芊语", "献血证违规补办", "中"],
        [3, "检验科", "检验员", "詹昱衡", "检测结果篡改", "高"],
    ]
    got = run(tmp_path, rows)
    assert not issues_of(got, "INDEX_COLUMN_SET_ASIDE")
    assert len(read(got)) == 3


def test_new_codes_are_in_the_catalogue():
    for code in ("HEADING_SYNONYMS_MERGED", "HEADING_SYNONYMS_DIFFER", "INDEX_COLUMN_SET_ASIDE"):
        assert code in CATALOGUE and code in SHORT


ADJUST_HEAD = ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
ADJUST_ROWS = [
    [1, "局领导", "局长", "邬砚秋", "重大事项个人说了算", "高", "集体决策",
     "局领导", "局长", "邬砚秋", "重大事项个人说了算", "高", "集体决策"],
    [2, "财务股", "会计", "邬若溪", "报销审核把关不严", "中", "双人审核", "", "", "", "", "", ""],
    [3, "", "", "", "", "", "", "财务股", "会计", "邬若溪", "公务卡还款核对走过场", "中", "每月对账"],
    [4, "执法股", "股长", "邬望舒", "执法选择性检查", "高", "执法记录仪",
     "执法股", "股长", "邬望舒", "执法选择性检查", "高", "执法记录仪"],
    [5, "", "", "", "", "", "", "执法股", "科员", "訾若岚", "罚没款不入账", "中", "票据管理"],
]  # fmt: skip


def test_what_the_hundred_and_thirty_first_review_found_a_before_after_table(tmp_path):
    """A 调整对照表: '调整前' and '调整后' merged over the same heading twice, a point dropped
    (filled on the left only), one added (on the right only). Each half fills some rows only, as
    merged returns do, so the two halves had been coalesced as synonyms: the dropped point read
    as live. A script's union heading is one row of the returns' own words, each once; a band
    row over the heading, or the same heading repeated word for word, is two tables side by side
    and reads as before (the latest band, YEAR_BANDS_LATEST)."""
    rows = [["XX县交通运输局廉政风险点调整对照表"],
            ["序号", "调整前", "", "", "", "", "", "调整后", "", "", "", "", ""],
            ["", *ADJUST_HEAD, *ADJUST_HEAD], *ADJUST_ROWS]  # fmt: skip
    inbox = tmp_path / "a"
    write_workbook(
        inbox / "t.xlsx", {"对照表": rows}, {"对照表": ["A1:M1", "B2:G2", "H2:M2", "A2:A3"]}
    )
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert "报销审核把关不严" not in set(got.risks["risk_point"])
    assert "公务卡还款核对走过场" in set(got.risks["risk_point"])
    assert not issues_of(got, "HEADING_SYNONYMS_MERGED")
    # the same heading written twice on one row, no band over it: no union of synonyms either
    got = run(tmp_path / "b", [["XX县交通运输局廉政风险点调整对照表"],
                               ["序号", *ADJUST_HEAD, *ADJUST_HEAD], *ADJUST_ROWS])  # fmt: skip
    assert not issues_of(got, "HEADING_SYNONYMS_MERGED")
