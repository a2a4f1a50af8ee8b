"""A column naming post and holder in one cell (``岗位人员``, ``岗位及人员``, ``职务及姓名``: no 科室
column, no other column for the post or the holder) whose cells write the 科室 BEFORE the post and
then the holder — after a space (half- or full-width) or typed straight on (``财务室出纳　徒单珂``,
``办公室主任 温迪罕沅``, ``就业股股长徒单澈``): the 科室 is the department, the post the post, the
rest the holder (info DEPT_BEFORE_POST_IN_HOLDER_CELL, once a table); a cell of the column with
no 科室 (``局长　徒单翀``) is the post before the space and the whole name after it. Before, the 科室
was kept inside the post (``财务室出纳``), or — the surname one no list holds — the column was read
as posts or 科室 with no holder at all (COLUMN_GUESSED 其他) and the table as one form with neither
post nor holder (batch1067's 人力资源和社会保障局). Not that batch's words: a 县水务局's 清单 under
``岗位及人员`` with 高/中/低 and a 大队 before its 大队长; a 乡人民政府's 清单 under ``职务及姓名``
merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, a 所 and a 中心 before their posts; and the near-misses — a
科室 column beside it, a post with no 科室 (``村会计 王明``, ``中心主任 王明``), a vacancy or a duty
after the post (``办公室主任　暂缺``, ``综合股股长 审核把关``), a post typed onto its field
(``财务室出纳现金收付``), a post of the 村's or 社区's own organs (``村委会主任 王明``, ``党支部书记
某某``: batches 111, 115 and 155 read so), separate 岗位 and 姓名 columns — read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config
from xlproc.identity import dept_post_name, dept_post_names

CODE = "DEPT_BEFORE_POST_IN_HOLDER_CELL"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = sorted(
        (post.get("department"), post.get("title"), post.get("person"), len(form))
        for post, form in zip(r.posts, r.risks, strict=True)
    )
    return got, r.issues


WATER = [
    ["某县水务局岗位廉政风险防控清单", *[None] * 4],
    ["序号", "岗位及人员", "风险点", "风险等级", "防控措施"],
    [1, "局长 乞伏琮澜", "水利工程项目干预招投标", "高", "项目公开招标。"],
    [2, "水政监察大队大队长乞伏琮", "河道采砂执法降格处理", "高", "执法全程记录。"],
    [3, "工程建设股副股长　叱干澈", "隐蔽工程验收不到场", "中", "验收留存影像。"],
    [4, "计划财务股会计 乞伏沅", "工程款拨付不按合同", "中", "拨付两人审核。"],
    [5, "办公室科员　王珂", "公务用车登记不实", "低", "派车登记。"],
]  # fmt: skip


def test_a_department_before_the_post_then_the_holder(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": WATER})
    got, issues = _read(path)
    assert got == sorted([
        ("", "局长", "乞伏琮澜", 1),
        ("水政监察大队", "大队长", "乞伏琮", 1),
        ("工程建设股", "副股长", "叱干澈", 1),
        ("计划财务股", "会计", "乞伏沅", 1),
        ("办公室", "科员", "王珂", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "B4" and said[0].severity == "info"
    assert "4 格" in said[0].message and "岗位及人员" in said[0].message
    assert "“水政监察大队”" in said[0].message and "“乞伏琮”" in said[0].message


TOWNSHIP = [
    ["某乡人民政府岗位廉政风险防控清单", *[None] * 4],
    ["序号", "职务及姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "乡长\u3000叱干琬", "惠农资金分配个人说了算", "Ⅰ级", "党委会集体研究。"],
    [2, None, "集镇项目指定施工队", "Ⅰ级", "项目公开比选。"],
    [3, "党政办主任\u3000叱干翾", "办公用品采购不比价", "Ⅱ级", "三家比价。"],
    [4, "财政所所长 乞伏瑾", "报账票据审核不严", "Ⅱ级", "两人复核。"],
    [5, None, "专项资金拨付不按进度", "Ⅰ级", "按进度拨付。"],
    [6, "农业服务中心农技员素和琤", "农业补贴面积登记不实", "Ⅲ级", "入户核实公示。"],
]  # fmt: skip


def test_merged_per_person_with_a_leader_of_no_department(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx", {"清单": TOWNSHIP}, merges={"清单": ["B3:B4", "B6:B7"]}
    )
    got, issues = _read(path)
    assert got == sorted([
        ("", "乡长", "叱干琬", 2),
        ("党政办", "主任", "叱干翾", 1),
        ("财政所", "所长", "乞伏瑾", 2),
        ("农业服务中心", "农技员", "素和琤", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "B5" and "3 格" in said[0].message


NEAR = [
    ["某县民政局岗位廉政风险防控清单", *[None] * 4],
    ["序号", "岗位人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "村会计 王明", "救助资金发放不及时", "高", "名册公示。"],
    [2, "中心主任 李红", "护理补贴虚报", "中", "月度核对。"],
    [3, "办公室主任\u3000暂缺", "公务接待超标准", "中", "清单公开。"],
    [4, "综合股股长 审核把关", "低保审核优亲厚友", "高", "集体评议。"],
    [5, "财务室出纳现金收付", "现金收付不入账", "中", "日清月结。"],
    [6, "村委会主任 王明", "集体资产出租不公开", "高", "出租方案公示。"],
    [7, "党支部书记　乞伏政", "发展党员程序不规范", "中", "发展程序公示。"],
]  # fmt: skip


def test_near_misses_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": NEAR})
    _got, issues = _read(path)
    assert not any(i.code == CODE for i in issues)


WITH_DEPT = [
    ["某县民政局岗位廉政风险防控清单", *[None] * 5],
    ["序号", "科室", "岗位人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "社会救助股", "社会救助股股长 王明", "低保审核优亲厚友", "高", "集体评议。"],
    [2, "财务室", "财务室出纳　乞伏政", "现金支付不审批", "中", "凭单支付。"],
]  # fmt: skip

SPLIT = [
    ["某县民政局岗位廉政风险防控清单", *[None] * 5],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "社会救助股股长", "王明", "低保审核优亲厚友", "高", "集体评议。"],
    [2, "财务室出纳", "乞伏政", "现金支付不审批", "中", "凭单支付。"],
]  # fmt: skip


def test_a_department_column_or_columns_of_their_own_read_as_before(tmp_path):
    for name, rows in (("with_dept", WITH_DEPT), ("split", SPLIT)):
        path = write_workbook(tmp_path / f"{name}.xlsx", {"清单": rows})
        _got, issues = _read(path)
        assert not any(i.code == CODE for i in issues), name


def test_dept_post_name():
    assert dept_post_name("财务室出纳\u3000徒单珂") == ("财务室", "出纳", "徒单珂")
    assert dept_post_name("就业股股长徒单澈") == ("就业股", "股长", "徒单澈")
    assert dept_post_name("党政综合办公室主任 王明") == ("党政综合办公室", "主任", "王明")
    for cell in ("局长\u3000徒单翀", "村会计 王明", "中心主任 王明", "办公室主任\u3000暂缺",
                 "综合股股长 审核把关", "综合股股长 安全生产", "财务室出纳现金收付", "办公室主任",
                 "办公室 王明", "党委书记 王明", "办公室科员　张三、李四", "股长\n王明", "村委会主任 王明",
                 "党支部书记\u3000李红", "居委会主任张三"):  # fmt: skip
        assert dept_post_name(cell) is None, cell


# review 59: a duty after the post is no holder, whatever its first character ('预算编制',
# '文件起草': 预 and 文 are surnames; '管公章', '收发文' of three)
DUTIES = [
    ["某县自然资源局岗位廉政风险防控清单", *[None] * 4],
    ["序号", "岗位人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "办公室主任 管公章", "私用公章出具证明", "高", "用章登记审批。"],
    [2, "财务室会计　发工资", "虚列人员套取工资", "高", "工资表公示。"],
    [3, "综合股股员 收发文", "文件传阅泄密", "低", "保密登记。"],
    [4, "政工股股长 政务公开", "公开内容不及时不全面", "中", "按期公开。"],
    [5, "财务室出纳经费报销", "报销票据不实", "中", "两人审核。"],
    [6, "信访股股长 来信来访", "压件不办", "中", "限时办结。"],
]  # fmt: skip

DUTIES_POST = [
    ["某县财政局岗位廉政风险防控清单", *[None] * 4],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "预算股股长 预算编制", "预算编制随意调整", "二级", "集体研究。"],
    [2, "办公室主任文件起草", "泄露未公开文件内容", "三级", "保密教育。"],
    [3, "国资股科员 资产清查", "清查结果不实", "二级", "复核公示。"],
    [4, "采购股股长 合同签订", "合同条款违规变更", "一级", "法律顾问审查。"],
]  # fmt: skip


def test_a_duty_after_the_post_is_no_holder(tmp_path):
    duties = {"管公章", "发工资", "收发文", "政务公开", "经费报销", "来信来访", "预算编制",
              "文件起草", "资产清查", "合同签订"}  # fmt: skip
    for name, rows in (("duties", DUTIES), ("post", DUTIES_POST)):
        path = write_workbook(tmp_path / f"{name}.xlsx", {"清单": rows})
        got, issues = _read(path)
        assert not any(i.code == CODE for i in issues), name
        assert not any(person in duties for _d, _t, person, _n in got), (name, got)
        assert not any(d for d, *_ in got), (name, got)


# review 59: a 村's own groups and the unit itself are no 科室 ('村民小组组长', '卫生院院长')
VILLAGE = [
    ["某镇某村岗位廉政风险防控清单", *[None] * 4],
    ["序号", "岗位人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "村委会主任\u3000赵刚", "违规审批宅基地", "一级", "四议两公开。"],
    [2, "村民小组副组长 钱芳", "土地流转费截留", "二级", "收支公示。"],
    [3, "党小组组长\u3000孙丽", "党费收缴不及时", "三级", "定期公示。"],
]  # fmt: skip

CLINIC = [
    ["某镇卫生院岗位廉政风险防控清单", *[None] * 4],
    ["序号", "岗位人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "卫生院院长　赵刚", "大额支出不经集体研究", "一级", "集体决策。"],
    [2, "卫生院副院长 钱芳", "医疗设备采购指定品牌", "一级", "公开采购。"],
    [3, "药剂科主任　孙丽", "药品采购收受回扣", "二级", "阳光采购。"],
]  # fmt: skip


def test_a_village_group_or_the_unit_itself_is_no_department(tmp_path):
    path = write_workbook(tmp_path / "village.xlsx", {"表": VILLAGE})
    got, issues = _read(path)
    assert not any(i.code == CODE for i in issues)
    assert not any(d for d, *_ in got), got
    path = write_workbook(tmp_path / "clinic.xlsx", {"表": CLINIC})
    got, _issues = _read(path)
    depts = {t: d for d, t, _p, _n in got}
    assert depts.get("卫生院院长") == "" and depts.get("卫生院副院长") == "", got
    # (holders all read already, common surnames: the 科室 stays in the post, as it always read)
    assert ("", "药剂科主任", "孙丽", 1) in got


def test_dept_post_name_no_duty_no_unit_no_village_group():
    for cell in ("财务科科长 预算编制", "办公室主任文件起草", "办公室主任 管公章", "财务室会计 发工资",
                 "综合股股员 收发文", "执法队队长 案件办理", "财务室会计 账务处理",
                 "村民小组组长\u3000李明华", "党小组组长 王小红", "中心卫生院院长\u3000张建国",
                 "敬老院院长 王明", "卫生所所长 李红", "派出所所长 张三", "办公室主任 温迪罕沅"):  # fmt: skip
        assert dept_post_name(cell) is None, cell
    # a surname no list holds, of four characters: known by another holder of the column
    both = dept_post_names(["办公室主任 温迪罕沅", "社会保险股经办员 温迪罕琇"])
    assert both["办公室主任 温迪罕沅"] == ("办公室", "主任", "温迪罕沅")
    assert not dept_post_names(["办公室主任 温迪罕沅", "财务室会计 王明"]).get(
        "办公室主任 温迪罕沅"
    )
    assert dept_post_name("财政所所长 乞伏瑾") == ("财政所", "所长", "乞伏瑾")


def test_a_duty_after_a_post_of_no_department_beside_them_is_no_holder(tmp_path):
    rows = [
        ["某县人力资源和社会保障局岗位廉政风险防控清单", *[None] * 4],
        ["序号", "岗位人员", "廉政风险点", "风险等级", "防控措施"],
        [1, "局长 经费报销", "经费报销把关不严", "高", "集体研究。"],
        [2, "财务室出纳　徒单珂", "现金支付不审批", "高", "凭单支付。"],
        [3, "就业股股长徒单澈", "公益性岗位补贴虚报", "中", "名册公示。"],
    ]  # fmt: skip
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert ("财务室", "出纳", "徒单珂", 1) in got and ("就业股", "股长", "徒单澈", 1) in got
    assert not any(person == "经费报销" for _d, _t, person, _n in got), got
