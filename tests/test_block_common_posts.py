"""A list of 科室 blocks (科室 merged over each, or no 科室 column at all: the list one block) whose
named staff write a point a row, and whose COMMON rows name no one ('—', '/', '各人', empty) but in
the post cell several of the block's posts ('科长及稽查员', '所长，收费员') or the whole block
('本科室人员', '全体'): each such point belongs to the persons of those posts named in the same
block's other rows (all of them for the whole block), not to a holder-less post.

The layouts here are not the published batch's (a county's 社会保险中心 with 股室/岗位/姓名,
'全股人员'/'股长、审核员' and 一级/二级/三级): a 医疗保障局 and a 收费站 instead, other posts and
names, 高/中/低 and Ⅰ级/Ⅱ级, two heading rows, an extra 风险类型/备注 column, the common row in the
middle of its block as well as at its foot, with and without a '注：' line; written with xlsxwriter
(tests/helpers.py), read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def held(got) -> list[tuple[str, str, str, str]]:
    """(post, person, point, level): where the 科室 is not the point (a list with no 科室 column)."""
    return sorted(x[1:] for x in read(got))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return list(got.issues[got.issues["severity"] == "error"]["code"])


def test_codes_catalogued():
    for code in ("POINT_SHARED_BY_BLOCK_POSTS", "BLOCK_POST_NOT_NAMED"):
        assert code in CATALOGUE and code in SHORT


def test_listed_posts_and_whole_block_one_heading_row(tmp_path):
    # 科室 merged over each block; '科长及稽查员 | /' (not the 副科长) and '本科室人员 | 各人'
    rows = [
        ["某县医疗保障局廉政风险点排查表"],
        HEAD,
        [
            1,
            "基金监管科",
            "科长",
            "寇琮玥",
            "飞行检查线索压案不查",
            "高",
            "线索登记台账，集体研判。",
        ],
        [
            2,
            "基金监管科",
            "副科长",
            "宓澂滢",
            "定点机构违规处理畸轻畸重",
            "中",
            "处理意见集体审定。",
        ],
        [
            3,
            "基金监管科",
            "稽查员",
            "寇湉珩",
            "现场稽核收受被查机构礼品",
            "中",
            "两人以上同行检查。",
        ],
        [4, "基金监管科", "科长及稽查员", "/", "稽核结果不如实记录", "高", "稽核记录双人签字。"],
        [5, "待遇保障科", "科长", "宓翀珞", "异地就医备案违规审批", "中", "备案材料逐项核对。"],
        [6, "待遇保障科", "本科室人员", "各人", "泄露参保人员个人信息", "低", "信息查询留痕。"],
        [7, "待遇保障科", "经办员", "寇霁沄", "慢特病认定降低标准", "中", "认定结果公示。"],
    ]
    got = run(tmp_path, rows, ["B3:B6", "B7:B9"])
    assert read(got) == sorted([
        ("基金监管科", "科长", "寇琮玥", "飞行检查线索压案不查", "Ⅰ级"),
        ("基金监管科", "副科长", "宓澂滢", "定点机构违规处理畸轻畸重", "Ⅱ级"),
        ("基金监管科", "稽查员", "寇湉珩", "现场稽核收受被查机构礼品", "Ⅱ级"),
        ("基金监管科", "科长", "寇琮玥", "稽核结果不如实记录", "Ⅰ级"),
        ("基金监管科", "稽查员", "寇湉珩", "稽核结果不如实记录", "Ⅰ级"),
        ("待遇保障科", "科长", "宓翀珞", "异地就医备案违规审批", "Ⅱ级"),
        ("待遇保障科", "科长", "宓翀珞", "泄露参保人员个人信息", "Ⅲ级"),
        ("待遇保障科", "经办员", "寇霁沄", "泄露参保人员个人信息", "Ⅲ级"),
        ("待遇保障科", "经办员", "寇霁沄", "慢特病认定降低标准", "Ⅱ级"),
    ])  # fmt: skip
    assert "POINT_SHARED_BY_BLOCK_POSTS" in codes(got)
    assert "BLOCK_POST_NOT_NAMED" not in codes(got)
    assert not errors(got)


def test_no_dept_column_two_heading_rows_extra_columns(tmp_path):
    # no 科室: the list one block; '责任主体' over '岗位 | 姓名', a 风险类型 and a 备注 column;
    # '所长，收费员 | —' (two 收费员) and '全体 | ' with a '注：' line under the table
    rows = [
        ["某收费站岗位廉政风险防控表"],
        ["序号", "责任主体", None, "风险点", "风险类型", "等级", "防控措施", "备注"],
        [None, "岗位", "姓名", None, None, None, None, None],
        [1, "所长", "竺翃沄", "绿色通道车辆查验放宽", "岗位职责", "Ⅰ级", "查验视频留存。", None],
        [2, "收费员", "郜琤霏", "私放人情车", "岗位职责", "Ⅱ级", "车道监控抽查。", None],
        [3, "收费员", "竺屿湉", "截留通行费", "岗位职责", "Ⅰ级", "票款每日核对。", None],
        [4, "所长，收费员", "—", "免费车辆登记弄虚作假", "制度机制", "Ⅱ级", "登记表日审。", "共有"],
        [5, "全体", None, "接受过往企业宴请", "思想道德", "Ⅲ级", "签订承诺书。", "共有"],
        ["注：岗位栏写几个岗位或“全体”、姓名栏为“—”或空白的，为上列相应人员共有的风险点。"],
    ]
    got = run(tmp_path, rows, ["B2:C2", "A2:A3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3"])
    assert held(got) == sorted([
        ("所长", "竺翃沄", "绿色通道车辆查验放宽", "Ⅰ级"),
        ("收费员", "郜琤霏", "私放人情车", "Ⅱ级"),
        ("收费员", "竺屿湉", "截留通行费", "Ⅰ级"),
        ("所长", "竺翃沄", "免费车辆登记弄虚作假", "Ⅱ级"),
        ("收费员", "郜琤霏", "免费车辆登记弄虚作假", "Ⅱ级"),
        ("收费员", "竺屿湉", "免费车辆登记弄虚作假", "Ⅱ级"),
        ("所长", "竺翃沄", "接受过往企业宴请", "Ⅲ级"),
        ("收费员", "郜琤霏", "接受过往企业宴请", "Ⅲ级"),
        ("收费员", "竺屿湉", "接受过往企业宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert "POINT_SHARED_BY_BLOCK_POSTS" in codes(got)
    assert not errors(got)


def test_listed_post_no_one_named_warns(tmp_path):
    # '科长、档案管理员 | —': the 科长 is named in the block, no 档案管理员 is: the 科长 takes
    # the point, the 档案管理员 keeps it as a post, and a warning names the cell
    rows = [
        ["某县医疗保障局廉政风险点排查表"],
        HEAD,
        [1, "医药价格科", "科长", "郦璟翾", "药品挂网价格审核走过场", "高", "审核意见集体研究。"],
        [2, "医药价格科", "科员", "郦澍瑗", "集采结余留用资金核算不实", "中", "核算结果复核。"],
        [3, "医药价格科", "科长、档案管理员", "—", "招采档案随意调阅", "低", "调阅登记审批。"],
    ]
    got = run(tmp_path, rows, ["B3:B5"])
    assert read(got) == sorted([
        ("医药价格科", "科长", "郦璟翾", "药品挂网价格审核走过场", "Ⅰ级"),
        ("医药价格科", "科员", "郦澍瑗", "集采结余留用资金核算不实", "Ⅱ级"),
        ("医药价格科", "科长", "郦璟翾", "招采档案随意调阅", "Ⅲ级"),
        ("医药价格科", "档案管理员", "", "招采档案随意调阅", "Ⅲ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "BLOCK_POST_NOT_NAMED"]
    assert list(warned["cell"]) == ["C5"]
    assert not errors(got)


def test_post_only_list_stays_a_post_group(tmp_path):
    # no one named anywhere (对岗不对人): '科长、副科长' stays one post group, as before
    rows = [
        ["某县医疗保障局岗位廉政风险点"],
        ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "基金监管科", "科长", "飞行检查线索压案不查", "高", "线索登记台账。"],
        [2, "基金监管科", "稽查员", "现场稽核收受礼品", "中", "两人以上同行。"],
        [3, "基金监管科", "科长、副科长", "稽核结果不如实记录", "高", "双人签字。"],
    ]
    got = run(tmp_path, rows, ["B3:B5"])
    assert read(got) == sorted([
        ("基金监管科", "科长", "", "飞行检查线索压案不查", "Ⅰ级"),
        ("基金监管科", "稽查员", "", "现场稽核收受礼品", "Ⅱ级"),
        ("基金监管科", "科长、副科长", "", "稽核结果不如实记录", "Ⅰ级"),
    ])  # fmt: skip
    assert "POINT_SHARED_BY_BLOCK_POSTS" not in codes(got)
    assert not errors(got)


def test_posts_of_another_block_or_names_written_as_before(tmp_path):
    # '局长、副局长 | —' inside a block naming neither (its posts are another block's), and
    # '科长、科员 | 瞿某、蔺某' naming its people: neither is this shape
    rows = [
        ["某县医疗保障局廉政风险点排查表"],
        HEAD,
        [1, "局领导", "局长", "钭翯岷", "基金预算安排个人说了算", "高", "集体决策。"],
        [2, "局领导", "副局长", "蔺珺翊", "定点机构准入把关不严", "高", "评估结果公示。"],
        [3, "规划财务科", "科长", "钭澹霏", "医保基金拨付审核不严", "中", "拨付双人复核。"],
        [4, "规划财务科", "科员", "瞿霂澍", "票据管理不规范", "低", "票据登记台账。"],
        [5, "规划财务科", "局长、副局长", "—", "重大支出未经审批", "高", "审批留痕。"],
        [6, "规划财务科", "科长、科员", "钭澹霏、瞿霂澍", "账外设账", "中", "定期对账。"],
    ]
    merges = ["B3:B4", "B5:B8"]
    got = run(tmp_path, rows, merges)
    assert "POINT_SHARED_BY_BLOCK_POSTS" not in codes(got)
    assert read(got) == sorted([
        ("局领导", "局长", "钭翯岷", "基金预算安排个人说了算", "Ⅰ级"),
        ("局领导", "副局长", "蔺珺翊", "定点机构准入把关不严", "Ⅰ级"),
        ("规划财务科", "科长", "钭澹霏", "医保基金拨付审核不严", "Ⅱ级"),
        ("规划财务科", "科员", "瞿霂澍", "票据管理不规范", "Ⅲ级"),
        ("规划财务科", "局长、副局长", "", "重大支出未经审批", "Ⅰ级"),
        ("规划财务科", "科长", "钭澹霏", "账外设账", "Ⅱ级"),
        ("规划财务科", "科员", "瞿霂澍", "账外设账", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


T126 = ["某县自然资源局岗位廉政风险点排查表"]


def test_what_the_hundred_and_twenty_sixth_review_found_one_post_joined_by_ji_or_he(tmp_path):
    """'收费及票据管理员' / '文秘和档案管理员' is ONE post as written: not split into a made-up
    '收费' and the block's 票据管理员, whose holder got the point; the row stays the post's."""
    got = run(
        tmp_path / "ji",
        [T126, HEAD,
         [1, "财务股", "股长", "郗明远", "资金拨付不按程序", "一级", "集体研究。"],
         [2, "财务股", "票据管理员", "阙雨桐", "票据领用不登记", "三级", "领用登记。"],
         [3, "财务股", "收费及票据管理员", "", "收费不开票据", "二级", "收支两条线。"]],
        ["A1:G1"],
    )  # fmt: skip
    assert held(got) == [
        ("收费及票据管理员", "", "收费不开票据", "Ⅱ级"),
        ("票据管理员", "阙雨桐", "票据领用不登记", "Ⅲ级"),
        ("股长", "郗明远", "资金拨付不按程序", "Ⅰ级"),
    ]
    assert not {"POINT_SHARED_BY_BLOCK_POSTS", "BLOCK_POST_NOT_NAMED"} & codes(got)
    got = run(
        tmp_path / "he",
        [T126, HEAD,
         [1, "综合股", "股长", "郗明远", "公文审核把关不严", "二级", "集体研究。"],
         [2, "综合股", "档案管理员", "阙雨桐", "档案借阅不登记", "三级", "借阅登记。"],
         [3, "综合股", "文秘和档案管理员", "—", "泄露涉密文件", "一级", "涉密文件专人管理。"]],
        ["A1:G1"],
    )  # fmt: skip
    assert held(got) == [
        ("文秘和档案管理员", "", "泄露涉密文件", "Ⅰ级"),
        ("档案管理员", "阙雨桐", "档案借阅不登记", "Ⅲ级"),
        ("股长", "郗明远", "公文审核把关不严", "Ⅱ级"),
    ]
    assert not {"POINT_SHARED_BY_BLOCK_POSTS", "BLOCK_POST_NOT_NAMED"} & codes(got)
