"""A hundred-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 县文化馆, the 县委党校,
the 县党史地方志办公室, the 县妇女联合会, the 县委组织部, the 县科学技术协会, the 县残疾人联合会 and
the 县民政局 — each handing back its 一览表, 排查表 or 清单 the way its staff typed it:

- a 文化馆 一览表 with 科室, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- the 县委党校's 清单 对岗不对人 with no 科室 column (posts kept as written, ``教务科科长``), a
  ``岗位职责`` column beside the risk, levels 一级/二级/三级, no types;
- a 党史地方志办公室 排查表 under a form line ``填报单位：… | 填报时间：…`` with a GENERIC title
  (``岗位廉政风险排查表``, no unit in it), the holder under ``责任人``, Ⅰ级/Ⅱ级/Ⅲ级;
- a 妇联 一览表 with a short ``风险点`` beside a long ``风险表现形式``, the holder under ``责任人``,
  no types, and a ``说明：`` line under the table;
- a 县委组织部 workbook of one sheet per 科 (tabs ``干部教育科``, ``组织科``), each titled with the
  unit and the 科, no 科室 column;
- a 科协 一览表 with ``姓名`` BEFORE ``职务`` and no 科室 column, an empty ``Sheet2`` kept;
- a 残联 排查表 whose holder stands in the LAST column (``责任人``), after the measures and the
  level, and a date line under the table;

and one harder:

- ``civil_affairs_group_lines``: a 民政局 清单 whose rows hold no 科室, post or holder at all: each
  group is opened by a merged line ``社会救助股　股长：眭绮云`` (``局领导　局长：厍星澜``) over its
  risk rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited, most of them prose about the unit kind (a 文化馆's 年度报告, a 市委党校's 部门预算
(机构设置), a 盟党史地方志办公室's 志稿评审, 群众团体党费专户, 干部教育培训经费, a 县科协's 职能 and
预算, a 县残联's 两项补贴 审核, a 县民政局's 两项补贴 下放); the rows are worded by us, the names
invented; every unit is a body of 泰兴县.

Run ``python tests/published/score.py --set batch117`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a list without a 科室 column keeps each post as written (``教务科科长``, ``科普部部长``), its
  department "";
- a sheet per 科 without a 科室 column: the 科 named in the tab and the title is the department;
- a merged group line ``社会救助股　股长：眭绮云`` names the 科室, post and holder of the rows under
  it; ``局领导　局长：厍星澜`` a post of the 局 itself (department "");
- 馆长, 常务副校长, 主席/副主席, 部长 of the 组织部, 局长 and 理事长 are leaders; 科长, 股长, 部长 of a
  部室, 主任 of a 中心 or 办公室 middle; the rest general.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.layouts import HML, _layout, _Sheet, _Truth, person_rows, types_in
from published.layouts import build as _build

PREFIX = "b117_"
PLACE = "泰兴县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def civil_affairs_group_lines() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("清单", [6, 40, 12, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 5)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("局领导", "", "局长", "厍星澜", "leader", [
            ("重大事项决策、大额资金使用个人说了算", "制度机制", "高",
             "严格执行“三重一大”集体决策,会议纪要存档备查。"),
            ("干部选拔任用中优亲厚友", "思想道德", "中", "干部任用严格执行民主推荐、考察、公示程序。"),
        ]),
        ("社会救助股", "社会救助股", "股长", "眭绮云", "middle", [
            ("对不符合条件的家庭审批低保、特困供养", "岗位职责", "高",
             "实行入户调查、民主评议、张榜公示,审批结果定期抽查复核。"),
            ("残疾人两项补贴审核把关不严,重复享受", "业务流程", "中",
             "与残联、公安数据比对,每年至少动态复核一次。"),
        ]),
        ("养老服务股", "养老服务股", "股长", "佴书澈", "middle", [
            ("养老机构运营补贴核定不实", "岗位职责", "中", "补贴按入住人数核定,经股室、分管领导两级审核并公示。"),
            ("接受养老机构宴请、礼品,降低检查标准", "外部环境", "低", "检查两人以上进行,检查结果书面反馈并归档。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, post, who, tier, points in groups:
        _line(sh, f"{caption}{GAP}{post}：{who}", 5)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None)
    return _layout(
        "civil_affairs_group_lines",
        "https://www.funing.gov.cn/art/2023/4/3/art_6614_3982835.html",
        "(harder) 县民政局 岗位廉政风险防控清单, after the source's notice on the 残疾人两项补贴 审核审定 handed down to "
        "the 镇 (申请受理、审核审批、动态管理、造册发放): ONE table under one title, its rows holding NO 科室, post or holder "
        "— each group opened by a merged line that names them: ``局领导　局长：厍星澜``, ``社会救助股　股长：眭绮云``, "
        "``养老服务股　股长：佴书澈``; header 序号/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, 序号 running "
        "on across the groups; ``单位负责人: | 填表人:`` at the end",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- plain layouts


def culture_center_list() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("Sheet1", [6, 14, 12, 10, 36, 12, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "亓璟瑜", "middle", "公务接待超标准、超范围", "制度机制风险", "中",
         "严格执行公务接待审批单制度,接待清单逐项核对。"),
        ("办公室", "主任", "亓璟瑜", "middle", "办公用品采购不按规定询价比价", "业务流程风险", "中",
         "采购实行三家以上询价,验收与采购人员分离。"),
        ("办公室", "会计", "糜丛笙", "general", "虚列支出、套取活动经费", "岗位职责风险", "高",
         "支出凭证须经办人、证明人、审批人三签,每季度内部审计。"),
        ("群文辅导部", "部长", "訾晗彧", "middle", "文艺培训班学员招收收取好处费", "思想道德风险", "低",
         "培训班报名网上公开,名额按报名顺序确定。"),
        ("群文辅导部", "部长", "訾晗彧", "middle", "文艺演出、比赛评奖暗箱操作", "岗位职责风险", "中",
         "评委随机抽取,评分结果现场公布。"),
        ("非遗保护部", "部长", "郜沐蘅", "middle", "非遗代表性传承人推荐认定把关不严", "岗位职责风险", "高",
         "推荐名单经专家评审、馆务会研究并公示。"),
        ("非遗保护部", "部长", "郜沐蘅", "middle", "传承补助资金发放不及时、不足额", "制度机制风险", "中",
         "补助资金直接拨付传承人账户,发放情况年底公开。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, who, point, typ, lv, measures])
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person_rows(sh, recs, 1, (2, 3))
    return _layout(
        "culture_center_list", "http://www.sxbb.gov.cn/site-sxdjgl/yearlyReport_view/225381",
        "县文化馆 岗位廉政风险防控一览表, after the source's 年度报告 of a 县文化馆 (its 非物质文化遗产保护中心, 文艺活动组织, "
        "相关培训): 序号/科室/岗位/姓名/风险点/风险类型 (``…风险``)/风险等级 高/中/低/防控措施, 科室 merged per run, 岗位 and "
        "姓名 merged per person (办公室, 群文辅导部, 非遗保护部)",
        [sh], t,
    )  # fmt: skip


def party_school_posts() -> dict:
    unit = f"中共{PLACE}委党校"
    sh = _Sheet("清单", [6, 16, 30, 36, 10, 36])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("常务副校长", "主持学校日常工作,负责财务审批", "大额经费支出未经校委会集体研究", "一级",
         "大额支出一律提交校委会集体研究,纪要备查。", "leader"),
        ("常务副校长", "主持学校日常工作,负责财务审批", "教师职称推荐中优亲厚友", "二级",
         "职称推荐量化打分,结果公示。", "leader"),
        ("教务科科长", "制定教学计划,安排主体班课程和师资", "外聘授课教师课酬标准把握不严", "二级",
         "课酬按规定标准执行,经分管领导审核后发放。", "middle"),
        ("教务科科长", "制定教学计划,安排主体班课程和师资", "学员考勤、结业考核弄虚作假", "三级",
         "考勤电子打卡,考核结果报送组织部备案。", "middle"),
        ("后勤服务中心主任", "负责食堂、宿舍和物资采购管理", "食堂食材采购吃回扣", "一级",
         "食材定点采购,价格每月公开,验收双人签字。", "middle"),
        ("会计", "负责会计核算和培训经费收支", "培训费收取不开票、不入账", "一级",
         "培训费一律转账收取,票据专人管理,定期对账。", "general"),
    ]  # fmt: skip
    for n, (post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], GRADES[lv])
    first = 3
    for c in (1, 2):
        for r in (first, first + 2):
            sh.rows[r + 1][c] = None
            sh.merge(r, c, r + 1, c)
    return _layout(
        "party_school_posts",
        "https://www.gongqing.gov.cn/fdzdxxgk/01/03_1/bmys/zggqcswdx/202602/t20260228_7172876.html",
        "县委党校 岗位廉政风险防控清单 对岗不对人, after the source's 部门预算 of a 市委党校 (主要职责, 干部培训轮训, 机构设置): "
        "``附件`` above the title, 序号/岗位/岗位职责/廉政风险点/风险等级 一级/二级/三级/防控措施, NO 科室 column (posts as "
        "written: ``教务科科长``, ``后勤服务中心主任``), 岗位 and 岗位职责 merged per post, no types, no names",
        [sh], t,
    )  # fmt: skip


def gazetteer_office_check() -> dict:
    unit = f"{PLACE}党史地方志办公室"
    sh = _Sheet("排查表", [6, 12, 10, 10, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险排查表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年4月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("编研科", "科长", "璩若沣", "middle", "志稿评审走过场,对质量不合格的志稿予以通过", "岗位职责", "Ⅱ级",
         "志稿评审实行专家评审、主任办公会终审两级把关。"),
        ("编研科", "科长", "璩若沣", "middle", "编纂经费使用不规范", "制度机制", "Ⅰ级",
         "编纂经费专款专用,按项目列支并接受审计。"),
        ("年鉴科", "科长", "笪沁禾", "middle", "年鉴印刷项目指定印刷企业", "业务流程", "Ⅰ级",
         "印刷项目按政府采购程序确定承印单位。"),
        ("年鉴科", "编辑", "濮予澄", "general", "收受供稿单位好处,夸大其工作成绩", "思想道德", "Ⅲ级",
         "供稿内容经供稿单位负责人审签,编辑交叉审读。"),
        ("综合科", "科长", "隗泊宁", "middle", "资料征集报酬、稿酬发放不实", "岗位职责", "Ⅱ级",
         "稿酬按字数标准核定,发放名单公示。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, who, point, typ, lv, measures])
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("主要负责人（签字）：", None, None, None, "审核人：", None, None, None)
    return _layout(
        "gazetteer_office_check",
        "http://www.nmgqq.com.cn/shuzishizhi/nianjiankanwu/kanwu/2013nian/diwuqi0755/2014-1-6/6859.html",
        "县党史地方志办公室 岗位廉政风险排查表, after the source's account of a 盟党史地方志办公室's 志稿评审 and 年鉴 work: a "
        "GENERIC title ``岗位廉政风险排查表`` (no unit), then a form line ``填报单位：泰兴县党史地方志办公室 | 填报时间：2024年4月`` "
        "(two merged cells); 序号/科室/岗位/责任人/风险点/风险类别 (short names)/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施, 科室 merged, "
        "岗位 and 责任人 merged per person; a ``主要负责人（签字）： | 审核人：`` line at the end",
        [sh], t,
    )  # fmt: skip


def women_federation_short_long() -> dict:
    unit = f"{PLACE}妇女联合会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 20, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 8)
    sh.add("序号", "部室", "岗位", "责任人", "风险点", "风险表现形式", "等级", "防控措施")
    rows = [
        ("领导班子", "主席", "仉蔓笙", "leader", "财务审批", "超预算、无依据审批支出,大额支出不经集体研究。", "高",
         "执行财务“一支笔”和集体研究制度,每年公开经费收支。"),
        ("领导班子", "主席", "仉蔓笙", "leader", "评先评优", "推荐“三八红旗手”等先进时优亲厚友。", "中",
         "推荐人选经基层推荐、执委会研究并公示。"),
        ("权益部", "部长", "逄絮言", "middle", "信访接待", "对妇女儿童维权诉求推诿拖延,或泄露当事人信息。", "中",
         "来访登记全程留痕,办理结果回访,信息保密。"),
        ("家庭和儿童工作部", "部长", "郗谨禾", "middle", "救助金发放", "困难妇女儿童救助对象审核不严,优亲厚友。", "高",
         "救助对象经乡镇妇联初审、部室复审、班子审定并公示。"),
        ("办公室", "会计", "蒯语汀", "general", "党费团费管理", "党费专户资金管理不规范,坐收坐支。", "中",
         "党费存入专户,收支逐笔登记,每半年向党员公布。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, who, point, desc, lv, measures])
        t.point(sh.name, "" if dept == "领导班子" else dept, post, who, tier, point, [], HML[lv])
    person_rows(sh, recs, 1, (2, 3))
    sh.add("说明：风险等级分高、中、低三级。", *([None] * 7))
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 7)
    return _layout(
        "women_federation_short_long", "https://www.jzcqyj.com/guandian/detail_2317162.html",
        "县妇女联合会 岗位廉政风险点及防控措施一览表, after the source's account of the 群众团体党费专户 kept by 工会、妇联、"
        "共青团 (统一收缴, 规范支出, 监管审计): 序号/部室/岗位/责任人/风险点 (short)/风险表现形式 (long)/等级 高/中/低/防控措施, "
        "the 主席 under 部室 ``领导班子`` (no 科室), 部室 merged, 岗位 and 责任人 merged per person, no types; a merged "
        "``说明：风险等级分高、中、低三级。`` under the table",
        [sh], t,
    )  # fmt: skip


def organization_dept_sheets() -> dict:
    unit = f"中共{PLACE}委组织部"
    t = _Truth(unit)
    parts = [
        ("干部教育科", [
            ("科长", "璩泓邈", "middle", "培训班承办单位指定,收受好处", "业务流程", "高",
             "承办单位按政府采购程序确定,合同备案。"),
            ("科长", "璩泓邈", "middle", "干部教育培训经费超标准列支", "制度机制", "中",
             "培训经费按标准编制预算,结算时逐项核对。"),
            ("科员", "鄢棠溪", "general", "学员学时登记弄虚作假", "岗位职责", "低",
             "学时由系统自动记录,每季度抽查。"),
        ]),
        ("组织科", [
            ("科长", "茹岚旌", "middle", "发展党员把关不严,违规突击发展", "岗位职责", "高",
             "发展党员实行全程纪实和预审制度。"),
            ("科长", "茹岚旌", "middle", "党费使用审批不规范", "制度机制", "中",
             "党费使用报部务会审批,定期公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for part, rows in parts:
        sh = _Sheet(part, [6, 10, 10, 36, 12, 8, 36])
        _line(sh, f"{unit}{part}岗位廉政风险防控一览表", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        recs = []
        for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
            recs.append([n, post, who, point, typ, lv, measures])
            t.point(sh.name, part, post, who, tier, point, types_in(typ), HML[lv])
        person_rows(sh, recs, None, (1, 2))
        sheets.append(sh)
    return _layout(
        "organization_dept_sheets", "https://www.renrendoc.com/paper/504920622.html",
        "县委组织部 岗位廉政风险防控一览表, one sheet per 科, after the source's study of 干部教育培训经费管理 (培训机构, 经费"
        "标准, 学时): tabs ``干部教育科`` and ``组织科``, each titled ``中共泰兴县委组织部<科>岗位廉政风险防控一览表``, then "
        "序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, NO 科室 column, 岗位 and 姓名 merged per person",
        sheets, t,
    )  # fmt: skip


def science_association_name_first() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("Sheet1", [6, 10, 14, 36, 12, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "姓名", "职务", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("殳泠然", "主席", "leader", "科普项目经费分配不按程序集体研究", "制度机制", "高",
         "科普经费安排方案经主席办公会研究,并向县财政局报备。"),
        ("殳泠然", "主席", "leader", "科普示范基地推荐中接受请托", "思想道德", "中", "推荐对象实地考察打分,结果公示。"),
        ("庹知遥", "科普部部长", "middle", "科普活动物资采购虚报数量", "业务流程", "中",
         "物资采购入库、领用登记,活动结束后盘点。"),
        ("庹知遥", "科普部部长", "middle", "科普大篷车运行费用报销不实", "岗位职责", "低", "运行费用凭行车记录报销。"),
        ("宓晏清", "学会部干事", "general", "学会年检材料审核不严", "岗位职责", "低", "年检材料两人审核,年检结果公开。"),
    ]  # fmt: skip
    recs = []
    for n, (who, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        recs.append([n, who, post, point, typ, lv, measures])
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    person_rows(sh, recs, None, (1, 2))
    sh2 = _Sheet("Sheet2")
    return _layout(
        "science_association_name_first",
        "http://www.sxshilou.gov.cn/gwgk/czxx/yjsgk/bmhxzyjsgk/kx_54600/201901/t20190108_1147405.shtml",
        "县科协 岗位廉政风险防控一览表, after the source's 县科协 职能 and 预算 (科普, 学会管理, 科普示范基地, a unit of 8): "
        "序号/姓名/职务/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施 — 姓名 BEFORE 职务, NO 科室 column (posts as "
        "written: ``科普部部长``, ``学会部干事``), 姓名 and 职务 merged per person; an empty ``Sheet2`` kept",
        [sh, sh2], t,
    )  # fmt: skip


def disabled_federation_holder_last() -> dict:
    unit = f"{PLACE}残疾人联合会"
    sh = _Sheet("排查表", [6, 14, 10, 36, 36, 8, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "防控措施", "风险等级", "责任人")
    rows = [
        ("康复就业部", "部长", "阚霁川", "middle", "两项补贴审核把关不严,为不符合条件者出具意见", "高",
         "审核结果与民政数据比对,指定专人复核。"),
        ("康复就业部", "部长", "阚霁川", "middle", "辅助器具适配对象确定不公", "中", "适配对象按评估结果排序并公示。"),
        ("康复就业部", "科员", "禚芷岫", "general", "就业补贴申报材料审核不严", "中", "申报材料实地核查,补贴按季公示。"),
        ("组联维权部", "部长", "甯书岑", "middle", "残疾人证办理中索要好处", "高", "残疾等级评定由定点医院出具,办证流程公开。"),
        ("组联维权部", "部长", "甯书岑", "middle", "维权来访登记不全、推诿", "低", "来访全程登记,办理结果回访。"),
    ]  # fmt: skip
    recs = []
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        recs.append([n, dept, post, point, measures, lv, who])
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    first = len(sh.rows)
    sh.records(recs, merge_cols=(1,))
    for a, b in ((0, 1), (3, 4)):
        for c in (2, 6):
            sh.rows[first + b][c] = None
            sh.merge(first + a, c, first + b, c)
    sh.add()
    r = sh.add(None, None, None, None, "2024年3月15日", None, None)
    sh.merge(r, 4, r, 6)
    return _layout(
        "disabled_federation_holder_last",
        "http://lanzhou.baogaosu.com/xinwen/%25E5%258D%258E%25E4%25BA%25AD%25E5%258E%25BF%25E5%259B%25B0%25E9%259A%25BE"
        "%25E6%25AE%258B%25E7%2596%25BE%25E4%25BA%25BA%25E4%25B8%25A4%25E9%25A1%25B9%25E8%25A1%25A5%25E8%25B4%25B4%25E5"
        "%25AE%25A1%25E6%25A0%25B8/47099136",
        "县残疾人联合会 廉政风险点排查表, after the source's report of a 县残联's 两项补贴 审核 (专人负责, 乡镇上报): "
        "序号/部门/岗位/风险点/防控措施/风险等级 高/中/低/责任人 — the holder in the LAST column, after the measures and the "
        "level; 部门 merged, 岗位 and 责任人 merged per person; no types; a date ``2024年3月15日`` under the table",
        [sh], t,
    )  # fmt: skip


LAYOUTS = [
    culture_center_list(),
    party_school_posts(),
    gazetteer_office_check(),
    women_federation_short_long(),
    organization_dept_sheets(),
    science_association_name_first(),
    disabled_federation_holder_last(),
    civil_affairs_group_lines(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch117-inbox"))
