"""A declaration register whose holder is the one declaring (申报人, 填报人, 报告人, 申请人 over
name cells, often merged down over his rows) beside a column of the RELATIVES he declares
('亲属姓名', '配偶、子女姓名', '特定关系人', or a plain '姓名' just beside '与本人关系' / '称谓'): each
row one relative and the risk the tie brings to the declarant's own work. The relative's column
names no holder however name-like its cells; where a register has no declarant column at all,
the rows are the posts' (no person invented).

Not the published batch's register (a 县茶产业发展中心 with 申报人 | 所在科室 | 职务 | 亲属姓名 |
与本人关系 and 高/中/低): a 县交通运输局's 公路管理段, a 县水利局 and a 县人民医院, other posts and
names, other level words (一级/二级/三级, ★★★/★★/★, 较高/一般/较低) and arrangements (填报人 or 报告人
as the heading, two heading rows under bands, no 科室 column, an extra 备注 column), written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "申报表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "register.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def test_filler_merged_over_his_rows_beside_spouse_and_children(tmp_path):
    # '填报人' as a column (not a sign-off), merged down; '配偶、子女姓名 | 称谓': the relatives
    rows = [
        ["XX县交通运输局公路管理段干部亲属经商办企业申报及廉政风险登记表"],
        ["序号", "填报人", "股室", "岗位", "配偶、子女姓名", "称谓", "从业情况", "廉政风险点", "风险等级", "防控措施"],
        [1, "濮阳沅汐", "养护股", "股长", "濮阳芷蘅", "女儿", "经营沥青拌合站", "养护工程材料采购中为女儿拌合站提供便利", "一级", "回避材料采购评审"],
        [None, None, None, None, "钭叙岚", "配偶", "公路劳务公司会计", "零星养护劳务发包倾向配偶所在公司", "二级", "劳务发包集体研究"],
        [2, "缑屹澜", "路政股", "路政员", "缑沐晗", "儿子", "开设汽车修理厂", "路损赔偿案件中为儿子修理厂介绍业务", "三级", "案件双人办理"],
        ["注：本表由本人如实填报。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:J1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "A6:J6"])
    assert read(got) == sorted([
        ("股长", "濮阳沅汐", "养护工程材料采购中为女儿拌合站提供便利", "Ⅰ级"),
        ("股长", "濮阳沅汐", "零星养护劳务发包倾向配偶所在公司", "Ⅱ级"),
        ("路政员", "缑屹澜", "路损赔偿案件中为儿子修理厂介绍业务", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_two_heading_rows_reporter_band_and_plain_name_beside_the_tie(tmp_path):
    # bands '报告人情况' / '关系人情况' over '报告人 | 职务' and a plain '姓名 | 与报告人关系': the
    # 姓名 beside the tie is the relative's; stars for levels and an extra 备注 column
    rows = [
        ["XX县水利局干部利益关系报告及廉政风险登记表"],
        ["报告人情况", None, "关系人情况", None, None, "可能产生的廉政风险", "风险等级", "防控措施", "备注"],
        ["报告人", "职务", "姓名", "与报告人关系", "从业情况", None, None, None, None],
        ["訾霁川", "工程建设科科长", "訾芃杉", "兄弟", "水利施工企业项目经理", "小型水利工程招标中为兄弟企业透露标底", "★★★", "招标评审回避", None],
        ["訾霁川", "工程建设科科长", "邰昕玥", "配偶", "监理公司职员", "监理单位选定中偏向配偶所在公司", "★★", "监理选定集体决策", "已调岗"],
        ["冼沛珩", "水政监察员", "冼瑾瑜", "父亲", "河道采砂场股东", "河道采砂执法中对父亲采砂场放松检查", "★", "执法记录仪全程记录", None],
    ]  # fmt: skip
    merges = ["A1:I1", "A2:B2", "C2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("工程建设科科长", "訾霁川", "小型水利工程招标中为兄弟企业透露标底", "Ⅰ级"),
        ("工程建设科科长", "訾霁川", "监理单位选定中偏向配偶所在公司", "Ⅱ级"),
        ("水政监察员", "冼沛珩", "河道采砂执法中对父亲采砂场放松检查", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_only_the_relatives_column_invents_no_holder(tmp_path):
    # no declarant column at all: the '特定关系人' are nobody's holders, the rows are the posts'
    rows = [
        ["XX县人民医院重点岗位特定关系人从业登记及廉政风险表"],
        ["序号", "科室", "岗位", "特定关系人", "与本人关系", "廉政风险", "风险等级", "防控措施"],
        [1, "药剂科", "药剂科主任", "闵霁岚", "配偶", "药品遴选中为配偶所在医药公司说情", "较高", "药事委员会集体遴选"],
        [2, "设备科", "采购员", "庹沐辰", "表弟", "设备询价时向表弟公司透露报价", "一般", "询价三人以上参与"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("药剂科主任", "", "药品遴选中为配偶所在医药公司说情"),
        ("采购员", "", "设备询价时向表弟公司透露报价"),
    ])  # fmt: skip
    assert not {"闵霁岚", "庹沐辰"} & set(got.posts["person"])
    assert not errors(got)


def test_an_ordinary_name_beside_its_post_keeps_its_holder(tmp_path):
    # '姓名 | 职务' with a '服务对象' column of who the post serves (no names): as before
    rows = [
        ["XX县交通运输局岗位廉政风险防控一览表"],
        ["序号", "姓名", "职务", "服务对象", "风险点", "风险等级", "防控措施"],
        [1, "鄢澈岚", "运管股股长", "客运企业", "客运线路审批中收受好处", "一级", "审批结果公示"],
        [2, "仉霁瑶", "驾培监管员", "驾校学员", "驾校考核中降低标准", "二级", "考核全程录像"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="一览表")
    assert read(got) == sorted([
        ("运管股股长", "鄢澈岚", "客运线路审批中收受好处", "Ⅰ级"),
        ("驾培监管员", "仉霁瑶", "驾校考核中降低标准", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_a_reviewer_column_beside_the_holder_stays_other(tmp_path):
    # '姓名 | 岗位 | … | 审核人': the holder is the 姓名, the reviewer names nobody's points
    rows = [
        ["XX县水利局岗位廉政风险排查表"],
        ["姓名", "岗位", "风险点", "风险等级", "防控措施", "审核人"],
        ["宓澜汐", "水资源股股长", "取水许可审批把关不严", "二级", "许可事项集体审议", "闻人晟"],
        ["虞翊珂", "财务会计", "专项资金拨付不按进度", "一级", "资金拨付双签", "闻人晟"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"], sheet="排查表")
    assert read(got) == sorted([
        ("水资源股股长", "宓澜汐", "取水许可审批把关不严", "Ⅱ级"),
        ("财务会计", "虞翊珂", "专项资金拨付不按进度", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_what_the_hundred_and_twenty_second_review_found_posts_in_the_tie_column(tmp_path):
    # '姓名 | 称谓' of 股长/会计, '姓名 | 关系' of 分管领导/股室负责人, '关系 | 姓名' of 局领导/中层:
    # posts and reporting lines, no kinship; the 姓名 is each row's holder as before
    sheets = {
        "称谓": [
            ["XX县财政局岗位廉政风险防控一览表"],
            ["序号", "姓名", "称谓", "风险点", "风险等级", "防控措施"],
            [1, "鄢澈岚", "股长", "预算分配中优亲厚友", "一级", "预算集体研究"],
            [2, "仉霁瑶", "会计", "资金拨付不按进度", "二级", "拨付双签"],
        ],
        "关系": [
            ["XX县财政局岗位廉政风险防控一览表"],
            ["序号", "姓名", "关系", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "鄢澈岚", "分管领导", "预算股股长", "预算分配中优亲厚友", "一级", "预算集体研究"],
            [2, "仉霁瑶", "股室负责人", "国库会计", "资金拨付不按进度", "二级", "拨付双签"],
        ],
        "关系在前": [
            ["XX县交通局岗位廉政风险防控一览表"],
            ["序号", "关系", "姓名", "职务", "风险点", "风险等级", "防控措施"],
            [1, "局领导", "鄢澈岚", "局长", "重大项目决策中插手干预", "一级", "三重一大集体决策"],
            [2, "中层", "仉霁瑶", "运管股股长", "客运线路审批中收受好处", "二级", "审批结果公示"],
        ],
    }  # fmt: skip
    truths = {
        "称谓": [("股长", "鄢澈岚", "预算分配中优亲厚友", "Ⅰ级"), ("会计", "仉霁瑶", "资金拨付不按进度", "Ⅱ级")],
        "关系": [
            ("预算股股长", "鄢澈岚", "预算分配中优亲厚友", "Ⅰ级"),
            ("国库会计", "仉霁瑶", "资金拨付不按进度", "Ⅱ级"),
        ],
        "关系在前": [
            ("局长", "鄢澈岚", "重大项目决策中插手干预", "Ⅰ级"),
            ("运管股股长", "仉霁瑶", "客运线路审批中收受好处", "Ⅱ级"),
        ],
    }  # fmt: skip
    for name, rows in sheets.items():
        got = run(tmp_path / name, rows, [f"A1:{chr(64 + len(rows[1]))}1"], sheet=name)
        assert read(got) == sorted(truths[name]), name
        assert "COLUMN_NAMES_UNREAD" not in set(got.issues["code"]), name
        assert not errors(got), name


def test_what_the_hundred_and_twenty_second_review_found_ties_headed_otherwise(tmp_path):
    # '与本人关系（称谓）', '与干部本人关系' beside the relative's 姓名, and a tie two columns off
    # ('姓名 | 工作单位 | 与本人关系'): the declarant holds the points; the relative's 工作单位 is
    # no 科室 of his
    head = ["申报人", "职务", "姓名", None, "廉政风险点", "风险等级", "防控措施"]
    body = [
        ["訾霁川", "工程建设科科长", "訾芃杉", "兄弟", "招标中为兄弟企业透露标底", "一级", "招标评审回避"],
        ["冼沛珩", "水政监察员", "冼瑾瑜", "父亲", "执法中对父亲采砂场放松检查", "三级", "执法记录仪全程记录"],
    ]  # fmt: skip
    title = ["XX县水利局干部利益关系申报及廉政风险登记表"]
    truth = sorted([
        ("工程建设科科长", "訾霁川", "招标中为兄弟企业透露标底", "Ⅰ级"),
        ("水政监察员", "冼沛珩", "执法中对父亲采砂场放松检查", "Ⅲ级"),
    ])  # fmt: skip
    for i, tie in enumerate(["与本人关系（称谓）", "与干部本人关系"]):
        got = run(tmp_path / str(i), [title, head[:3] + [tie] + head[4:], *body], [])
        assert read(got) == truth, tie
        assert not errors(got), tie
    rows = [
        title,
        ["申报人", "职务", "姓名", "工作单位", "与本人关系", "廉政风险点", "风险等级", "防控措施"],
        ["訾霁川", "工程建设科科长", "訾芃杉", "某施工企业", "兄弟", "招标中为兄弟企业透露标底", "一级", "招标评审回避"],
        ["冼沛珩", "水政监察员", "冼瑾瑜", "某采砂场", "父亲", "执法中对父亲采砂场放松检查", "三级", "执法记录仪全程记录"],
    ]  # fmt: skip
    got = run(tmp_path / "apart", rows, [])
    assert read(got) == truth
    assert set(got.risks["department"]) == {""}
    assert not errors(got)
