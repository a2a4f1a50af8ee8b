"""A list naming its holders with TWO POST COLUMNS, the post of the establishment (``编制岗位``,
``定编岗位``, ``原岗位``, ``借用前岗位``; of the 科室 likewise, ``编制股室``, ``原科室``) and the post the
holder actually holds (``实际岗位``, ``实际工作岗位``, ``现岗位``, ``借用后岗位``; ``实际股室``, ``现科室``),
staff being lent from one part of a body to another: the risk points are the actual post's, so the
actual column is read as the post (the 科室), wherever it stands, its tier the post's, and the post
on paper is set aside, said once a table (info POST_ON_PAPER_SET_ASIDE naming both columns). A row
opening a holder's rows whose actual cell is blank works where the establishment puts him: it
falls back to the post (科室) on paper, column by column; a later row of the same holder carries
his post as any list does. Before, the first post column (the one on paper) was taken and the
actual one dropped as a second post column (COLUMN_GUESSED “已有另一列作为岗位”).

Not the published batch's file (batch978: a 县住建局's ``编制股室 | 编制岗位 | 实际股室 | 实际岗位``,
names merged per holder): a 县自然资源局's list with ``定编岗位 | 实际工作岗位`` and no 科室 column, the
names written on every row and one holder's actual post on his first row only; a 县中医院's list
with ``借用后岗位`` LEFT of ``借用前岗位`` and cells merged per holder, a 护士 acting as 护士长; a
县财政局's ``原科室 | 原岗位 | 现科室 | 现岗位`` list, one 现科室 left blank; a 县审计局's ``岗位`` merged
over ``编制 | 实际`` on a second heading row. Written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. Near-misses, read exactly as
before: a handover list's ``原岗位 | 新岗位`` (no saying which is held now), a single ``实际岗位``
column and a single ``编制岗位`` column.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "POST_ON_PAPER_SET_ASIDE"


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", sheets, merges or {})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def holders(got) -> list[tuple[str, str, str, str]]:
    """(科室, 岗位, 姓名, 风险点) of every point read."""
    r = got.risks
    return list(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def said(got):
    return got.issues[got.issues["code"] == CODE]


# no 科室 column; names on every row; one holder's actual post on his first row only
LAND = [
    ["县自然资源局岗位廉政风险点一览表", None, None, None, None, None],
    ["姓名", "定编岗位", "实际工作岗位", "风险点", "风险等级", "防控措施"],
    ["太叔沅", "科员", "不动产登记员", "不动产登记资料审核不严", "一级", "登记资料两人审核。"],
    ["太叔沅", "科员", "不动产登记员", "登记簿信息违规查询", "二级", "查询留痕。"],
    ["闾丘翀", "耕保股股长", None, "耕地占补平衡验收走过场", "一级", "验收现场核查。"],
    ["闾丘翀", "耕保股股长", None, "土地复垦资金拨付不按进度", "二级", "按进度拨付。"],
    ["太叔瑷", "科员", "执法监察员", "违法用地查处以罚代拆", "一级", "处罚集体研究。"],
    ["太叔瑷", "科员", None, "执法巡查记录不实", "三级", "巡查定位打卡。"],
]  # fmt: skip


def test_the_actual_post_beside_the_one_on_paper_falls_back_by_holder(tmp_path):
    got = run(tmp_path, {"一览表": LAND})
    assert [(t, p, x) for _d, t, p, x in holders(got)] == [
        ("不动产登记员", "太叔沅", "不动产登记资料审核不严"),
        ("不动产登记员", "太叔沅", "登记簿信息违规查询"),
        # both rows blank: he works in his post on paper
        ("耕保股股长", "闾丘翀", "耕地占补平衡验收走过场"),
        ("耕保股股长", "闾丘翀", "土地复垦资金拨付不按进度"),
        # his actual post written on his first row only: carried, not his post on paper
        ("执法监察员", "太叔瑷", "违法用地查处以罚代拆"),
        ("执法监察员", "太叔瑷", "执法巡查记录不实"),
    ]
    posts = got.posts
    assert list(zip(posts["person"], posts["title"], strict=True)) == [
        ("太叔沅", "不动产登记员"),
        ("闾丘翀", "耕保股股长"),
        ("太叔瑷", "执法监察员"),
    ]
    told = said(got)
    assert len(told) == 1 and list(told["cell"]) == ["B2"]
    assert set(told["severity"]) == {"info"}
    message = told["message"].iloc[0]
    assert "定编岗位" in message and "实际工作岗位" in message and "C2" in message
    assert "COLUMN_GUESSED" not in codes(got)


# the actual post LEFT of the one on paper; cells merged per holder; a 护士 acting as 护士长
HOSPITAL = [
    ["县中医院岗位廉洁风险防控一览表", None, None, None, None, None, None],
    ["序号", "科室", "姓名", "借用后岗位", "借用前岗位", "廉洁风险点", "风险等级"],
    [1, "护理部", "闾丘霈", "护士长", "护士", "护理耗材申领虚报", "高"],
    [2, "护理部", "闾丘霈", "护士长", "护士", "护理人员排班优亲厚友", "中"],
    [3, "药剂科", "太叔珩", None, "药师", "药品验收不严", "高"],
    [4, "药剂科", "太叔珩", None, "药师", "药品统方", "高"],
    [5, "药剂科", "闾丘澈", "采购员", "药师", "药品采购收受回扣", "高"],
]  # fmt: skip
HOSPITAL_MERGES = {
    "一览表": ["B3:B4", "C3:C4", "D3:D4", "E3:E4", "B5:B7", "C5:C6", "E5:E7"],
}


def test_the_actual_post_left_of_the_one_on_paper_merged_per_holder(tmp_path):
    got = run(tmp_path, {"一览表": HOSPITAL}, HOSPITAL_MERGES)
    assert holders(got) == [
        ("护理部", "护士长", "闾丘霈", "护理耗材申领虚报"),
        ("护理部", "护士长", "闾丘霈", "护理人员排班优亲厚友"),
        ("药剂科", "药师", "太叔珩", "药品验收不严"),
        ("药剂科", "药师", "太叔珩", "药品统方"),
        # the 药师 on paper merged down over him too: his actual post is the one read
        ("药剂科", "采购员", "闾丘澈", "药品采购收受回扣"),
    ]
    tiers = dict(zip(got.posts["person"], got.posts["tier"], strict=True))
    assert tiers["闾丘霈"] == "中层岗位"  # the tier of the post he actually holds
    told = said(got)
    assert len(told) == 1 and list(told["cell"]) == ["E2"]
    assert "借用后岗位" in told["message"].iloc[0]


# both the 科室 and the post twice, one 现科室 left blank: that column alone falls back
FINANCE = [
    ["县财政局岗位廉政风险点排查表", None, None, None, None, None, None, None],
    ["序号", "姓名", "原科室", "原岗位", "现科室", "现岗位", "廉政风险点", "风险等级"],
    [1, "太叔霁", "预算股", "科员", "国库股", "出纳", "库款支付不按用款计划", "一级风险"],
    [2, "闾丘琤", "综合股", "科员", None, "文秘", "公务接待超标准", "三级风险"],
    [3, "太叔澜", "采购股", "股长", None, None, "政府采购评审专家抽取违规", "一级风险"],
]  # fmt: skip


def test_the_post_and_its_section_each_fall_back_on_their_own(tmp_path):
    got = run(tmp_path, {"排查表": FINANCE})
    assert holders(got) == [
        ("国库股", "出纳", "太叔霁", "库款支付不按用款计划"),
        ("综合股", "文秘", "闾丘琤", "公务接待超标准"),
        ("采购股", "股长", "太叔澜", "政府采购评审专家抽取违规"),
    ]
    told = said(got)
    assert len(told) == 1 and list(told["cell"]) == ["C2"]
    message = told["message"].iloc[0]
    assert "原科室、原岗位" in message and "现科室、现岗位" in message and "E2、F2" in message


# '岗位' merged over '编制 | 实际' on a second heading row (read '岗位编制', '岗位实际')
AUDIT = [
    ["县审计局岗位廉政风险点一览表", None, None, None, None, None],
    ["姓名", "岗位", None, "廉政风险点", "风险等级", "防控措施"],
    [None, "编制", "实际", None, None, None],
    ["太叔湉", "科员", "审计组长", "审计发现问题不报", "一级", "审计报告集体审定。"],
    ["闾丘洌", "股长", None, "审计取证不全", "二级", "取证两人以上。"],
]  # fmt: skip


def test_a_post_heading_merged_over_paper_and_actual(tmp_path):
    merges = {"一览表": ["B2:C2", "A2:A3", "D2:D3", "E2:E3", "F2:F3"]}
    got = run(tmp_path, {"一览表": AUDIT}, merges)
    assert [(t, p) for _d, t, p, _x in holders(got)] == [("审计组长", "太叔湉"), ("股长", "闾丘洌")]
    assert list(said(got)["cell"]) == ["B2"]


# near-misses: a handover list's '原岗位 | 新岗位'; a single actual or paper column
HANDOVER = [
    ["县档案馆轮岗交接廉政风险点清单", None, None, None, None],
    ["姓名", "原岗位", "新岗位", "廉政风险点", "风险等级"],
    ["太叔昉", "档案接收员", "档案利用员", "档案借阅登记不全", "二级"],
    ["闾丘淏", "档案利用员", "档案接收员", "进馆档案验收不严", "二级"],
]  # fmt: skip


def test_a_handover_list_old_and_new_post_reads_as_before(tmp_path):
    got = run(tmp_path, {"清单": HANDOVER})
    assert [t for _d, t, _p, _x in holders(got)] == ["档案接收员", "档案利用员"]
    assert CODE not in codes(got)


def test_a_single_post_column_so_headed_reads_as_before(tmp_path):
    for head in ("实际岗位", "编制岗位"):
        rows = [
            ["县气象局廉政风险点一览表", None, None, None],
            ["姓名", head, "风险点", "风险等级"],
            ["闾丘珞", "观测员", "观测数据弄虚作假", "二级"],
            ["太叔晔", "局长", "气象设施建设项目插手干预", "一级"],
        ]
        got = run(tmp_path / head, {"一览表": rows})
        assert [t for _d, t, _p, _x in holders(got)] == ["观测员", "局长"], head
        assert CODE not in codes(got), head


def test_the_code_is_catalogued_in_chinese():
    assert CODE in CATALOGUE and CODE in SHORT
    assert CATALOGUE[CODE][0] == "info"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[CODE])
    assert any("\u4e00" <= ch <= "\u9fff" for ch in CATALOGUE[CODE][1])
