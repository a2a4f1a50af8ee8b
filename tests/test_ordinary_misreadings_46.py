"""Four ordinary misreadings met by the helpers, each fixed as a kind, each read here in other words:

1. '风险点' (or '廉政风险点') merged over '内容 | 主次' ('描述 | 类别', '名称 | 等级'): the sub column
   of long texts is the point; the one of a short vocabulary ('主要', '次要') keeps its own role
   (a mark, a type, a level) and is never the point.
2. Group headings merged over the columns ('基本信息' over 科室 | 岗位 | 姓名, '廉政风险' over 风险点
   | 风险类型 | …) beside a '序号' merged down the two heading rows: the band row is the header's
   first row, not a row outside the table; the type under its band is read.
3. A project list's lone '施工单位' ('中标单位', '承建单位') column of firms beside a 姓名/责任人
   column: the firms are the row's data, never the holder's 科室.
4. '副所长 李理': a surname and one character written after a post is the holder, though the
   character ends words of work ('管理') and ``looks_like_name('李理')`` stays False.

Not the helpers' files: a county's 水利局, a 人民医院 and a 供销社, other posts, names, level
words and arrangements, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.columns import looks_like_name
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], name: str = "t"):
    inbox = tmp_path / name
    write_workbook(inbox / "t.xlsx", {"排查表": rows}, {"排查表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def types(got) -> list[str]:
    return sorted(got.risks["risk_type"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WATER = ["XX县水利局岗位廉政风险点排查登记表"]


def test_a_short_vocabulary_under_a_merged_point_heading_is_no_point(tmp_path):
    # '风险点' over '内容 | 主次': 主要/次要 a mark beside the point
    rows = [WATER,
            ["序号", "股室", "岗位", "姓名", "风险点", None, "风险级别", "防控措施"],
            [None, None, None, None, "内容", "主次", None, None],
            [1, "河湖管理股", "股长", "祁望川", "河道采砂许可审查不严，违规发证", "主要", "★★★", "许可集体研究"],
            [2, "工程建设股", "技术员", "栾若溪", "隐蔽工程验收不到场即签字", "次要", "★★", "验收留影像资料"],
            [3, "工程建设股", "技术员", "栾若溪", "设计变更不按程序报批", "主要", "★", "变更会审"]]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3"]
    got = run(tmp_path, rows, merges, "mark")
    assert read(got) == sorted([
        ("股长", "祁望川", "河道采砂许可审查不严，违规发证", "Ⅰ级"),
        ("技术员", "栾若溪", "隐蔽工程验收不到场即签字", "Ⅱ级"),
        ("技术员", "栾若溪", "设计变更不按程序报批", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    # '廉政风险点' over '描述 | 类别 | 等级', the post and the name in one cell: the type and the
    # level under the band each keep their role
    rows = [WATER,
            ["岗位及人员", "廉政风险点", None, None, "防控措施"],
            [None, "描述", "类别", "等级", None],
            ["办公室主任 闵霁云", "公务用车私用，油卡不按规定使用", "制度机制", "中", "车辆定点停放"],
            ["财务人员 覃映雪", "报销票据审核把关不严", "岗位职责", "高", "票据双人复核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:D2", "E2:E3"], "typed")
    assert read(got) == sorted([
        ("办公室主任", "闵霁云", "公务用车私用，油卡不按规定使用", "Ⅱ级"),
        ("财务人员", "覃映雪", "报销票据审核把关不严", "Ⅰ级"),
    ])  # fmt: skip
    assert types(got) == sorted(["制度机制风险", "岗位职责风险"])
    no_errors(got)
    # (negative) '风险点' over two long texts '名称 | 表现形式': the shorter is the point as before
    rows = [WATER,
            ["岗位", "姓名", "风险点", None, "风险等级", "防控措施"],
            [None, None, "名称", "表现形式", None, None],
            ["股长", "祁望川", "采砂许可", "河道采砂许可审查不严，为关系人违规发证", "高", "集体研究"],
            ["技术员", "栾若溪", "工程验收", "隐蔽工程验收不到场即签字，虚报工程量", "中", "影像留存"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"], "two_texts")
    assert read(got) == sorted([
        ("股长", "祁望川", "采砂许可", "Ⅰ级"), ("技术员", "栾若溪", "工程验收", "Ⅱ级"),
    ])  # fmt: skip


HOSPITAL = ["XX县人民医院重点岗位廉政风险防控台账"]


def test_group_headings_over_the_columns_beside_a_merged_seq(tmp_path):
    rows = [HOSPITAL,
            ["序号", "基本信息", None, None, "廉政风险", None, None, None],
            [None, "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "药剂科", "采购员", "蔺知秋", "药品采购中收受供应商回扣", "岗位职责风险", "一级", "集中带量采购"],
            [2, "设备科", "科长", "巫清和", "设备验收不按合同核对参数", "业务流程风险", "二级", "验收三方签字"],
            [3, "医务科", "科员", "甄晓岚", "违规出具诊断证明", "思想道德风险", "三级", "证明存根备查"]]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:D2", "E2:H2"]
    got = run(tmp_path, rows, merges, "bands")
    assert read(got) == sorted([
        ("采购员", "蔺知秋", "药品采购中收受供应商回扣", "Ⅰ级"),
        ("科长", "巫清和", "设备验收不按合同核对参数", "Ⅱ级"),
        ("科员", "甄晓岚", "违规出具诊断证明", "Ⅲ级"),
    ])  # fmt: skip
    assert types(got) == sorted(["岗位职责风险", "业务流程风险", "思想道德风险"])
    assert sorted(got.risks["department"]) == ["医务科", "药剂科", "设备科"]
    assert "ROW_UNPLACED" not in set(got.issues["code"]), got.issues.to_dict("records")
    no_errors(got)
    # no 序号, the bands alone over short type words: read as before
    rows = [HOSPITAL,
            ["基本信息", None, None, "廉政风险", None, None, None],
            ["科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
            ["药剂科", "采购员", "蔺知秋", "药品采购中收受供应商回扣", "岗位职责", "一级", "集中带量采购"],
            ["设备科", "科长", "巫清和", "设备验收不按合同核对参数", "制度机制", "二级", "验收三方签字"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:C2", "D2:G2"], "bands_only")
    assert types(got) == sorted(["岗位职责风险", "制度机制风险"])
    assert len(read(got)) == 2
    no_errors(got)
    # (negative) a plain row above the header, not merged across: no band, still outside the table
    rows = [HOSPITAL,
            ["序号", "填报科室：院办", None, None, None, None, None],
            [None, "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "药剂科", "采购员", "蔺知秋", "药品采购中收受供应商回扣", "一级", "集中带量采购"],
            [2, "设备科", "科长", "巫清和", "设备验收不按合同核对参数", "二级", "验收三方签字"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3"], "no_band")
    assert read(got) == sorted([
        ("采购员", "蔺知秋", "药品采购中收受供应商回扣", "Ⅰ级"),
        ("科长", "巫清和", "设备验收不按合同核对参数", "Ⅱ级"),
    ])  # fmt: skip


COOP = ["XX县供销合作社联合社项目建设廉政风险排查表"]


def test_a_column_of_firms_is_no_keshi(tmp_path):
    for head, firms in (
        ("施工单位", ("晋源建筑工程有限公司", "汾阳市宏图建设集团")),
        ("中标单位", ("吕梁诚信会计师事务所", "孝义市惠农农资合作社")),
        ("承建单位", ("交城县永丰砖厂", "文水县兴业五金店")),
    ):
        rows = [COOP,
                ["序号", "项目名称", head, "责任人", "风险点", "风险等级", "防控措施"],
                [1, "农资仓储中心改造工程", firms[0], "尉迟澜", "工程款拨付不按进度审核", "较高", "拨付会签"],
                [2, "冷链物流站新建项目", firms[1], "郦春晖", "材料进场验收走过场", "一般", "抽检留样"]]  # fmt: skip
        got = run(tmp_path, rows, ["A1:G1"], head)
        assert list(got.risks["department"]) == ["", ""], head
        assert sorted(zip(got.risks["person"], got.risks["risk_point"], strict=True)) == sorted([
            ("尉迟澜", "工程款拨付不按进度审核"), ("郦春晖", "材料进场验收走过场"),
        ])  # fmt: skip
        no_errors(got)
    # (negative) a '责任单位' column of the unit's own bodies: its 科室 as before
    rows = [COOP,
            ["序号", "责任单位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "财务审计科", "尉迟澜", "工程款拨付不按进度审核", "较高", "拨付会签"],
            [2, "业务发展科", "郦春晖", "材料进场验收走过场", "一般", "抽检留样"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"], "own")
    assert sorted(got.risks["department"]) == ["业务发展科", "财务审计科"]


def test_a_surname_and_one_character_after_a_post_is_its_holder(tmp_path):
    assert not looks_like_name("李理")  # (alone it stays no name: '理' ends '管理', '经理')
    rows = [["XX镇财政所岗位廉政风险防控表"],
            ["岗位", "风险点", "风险等级", "防控措施"],
            ["副所长 李理", "惠农资金拨付不按程序审核", "高", "集体审定"],
            ["会计\n林会", "私设小金库", "中", "账户清理"],
            ["出纳：莫业", "坐支现金", "低", "日清月结"],
            ["报账员（杜程）", "虚开票据报账", "中", "票据查验"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"], "one")
    assert read(got) == sorted([
        ("副所长", "李理", "惠农资金拨付不按程序审核", "Ⅰ级"),
        ("会计", "林会", "私设小金库", "Ⅱ级"),
        ("出纳", "莫业", "坐支现金", "Ⅲ级"),
        ("报账员", "杜程", "虚开票据报账", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    # (negative) a post's, a 科室's or a work's word after a post: no one
    rows = [["XX镇财政所岗位廉政风险防控表"],
            ["岗位", "风险点", "风险等级", "防控措施"],
            ["所长 王科", "惠农资金拨付不按程序审核", "高", "集体审定"],
            ["主任 项目", "私设小金库", "中", "账户清理"],
            ["干事 管理", "坐支现金", "低", "日清月结"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"], "none")
    assert list(got.risks["person"]) == ["", "", ""]
