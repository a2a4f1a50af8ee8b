"""A hundred-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES
MIXED — a 镇's 站所, a 村, a 社区卫生服务中心, a county 城投 company, a 中学, a 中医医院, a 镇's 水利站
and a 镇's 农业服务中心 — each handing back its ordinary 一览表, 排查表, 清单 or 防控卡 the way its
staff typed it:

- a 镇人民政府's 一览表 (harder) whose 站所 stand only as SECTION ROWS inside the table
  (``一、便民服务中心`` merged across), the posts and holders under 岗位/姓名 beneath each;
- a 村's 清单 对岗不对人 with no 科室 column (党支部书记, 村委会主任, 报账员, 村务监督委员会主任);
- a 社区卫生服务中心 排查表, 科室 merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 县城乡建设投资有限公司 清单 with a short ``风险点`` beside ``风险描述``, ``责任人``, 一级/二级/三级;
- a 中学 一览表 with the 处室 column headed ``处室`` (校长室, 总务处, 教务处, 食堂) and 高/中/低;
- a 中医医院 一览表 with ``科室/岗位/责任人``, types ``…风险`` and a ``监督责任人`` column;
- a 镇水利站 站长's 防控卡 whose ``单位：`` field names the 镇 and its 站 (the 镇 the unit, the 站 the
  科室, as the 局/所 convention wants);
- a 镇农业服务中心 排查表 under a ``填报单位：中江县…镇农业服务中心`` line, 岗位 and 姓名 merged per person.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented; every unit is a body of
中江县 (its towns 青杠镇, 石泉村 of 青杠镇, 城南街道, 龙台镇, 永兴镇 invented for it).

Run ``python tests/published/score.py --set batch151`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a section row ``一、便民服务中心`` inside the table names the 科室 of the rows under it;
- ``单位：中江县龙台镇人民政府水利站`` gives the 镇 as the unit and its 水利站 as the 科室;
- a ``填报单位：中江县永兴镇农业服务中心`` line names a 镇's own 中心: the 镇 is the unit (as the title
  says), the 中心 the 科室;
- 镇长/党委书记, 村 书记/主任, 中心主任 of a 社区卫生服务中心, 董事长/总经理, 校长, 院长 are leaders; the 镇's
  站所 heads, 科长/主任 of 科室, 部长/经理, 处室 主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b151_"
PLACE = "中江县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
SPACE = "\u3000\u3000"

per_person = lambda row: row[1:4]  # noqa: E731


# --------------------------------------------------------------------------- harder layout


def town_section_rows() -> dict:
    unit = f"{PLACE}青杠镇人民政府"
    sh = _Sheet("一览表", [6, 12, 10, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    sections = [
        ("一", "便民服务中心", [
            ("主任", "甯栎川", "middle", "为不符合条件的群众违规办理低保、临时救助", "岗位职责", "高",
             "救助申请村、镇两级审核,结果在村务公开栏公示。"),
            ("窗口工作人员", "妫沅芷", "general", "办理事项吃拿卡要、故意拖延", "思想道德", "中",
             "办事指南上墙,办结时限公开,群众评价器实时评价。"),
        ]),
        ("二", "财政所", [
            ("所长", "漆雕晚枫", "middle", "惠农补贴资金发放审核不严,虚报冒领", "制度机制", "高",
             "补贴资金一卡通发放,发放名册与村级公示名单逐户比对。"),
            ("所长", "漆雕晚枫", "middle", "村级资金报账审核走过场", "业务流程", "中",
             "村级报账实行村账镇代理,凭证三级审核。"),
            ("会计", "乐正曦禾", "general", "公务接待费用超标准列支", "制度机制", "低",
             "接待实行公函、清单、发票三单对照。"),
        ]),
        ("三", "村镇建设服务站", [
            ("站长", "巫马澄霁", "middle", "农村建房审批不按规划把关,收受好处", "外部环境", "高",
             "建房审批实行联审联办,四至图现场核定并公示。"),
            ("工作人员", "郜蘅之", "general", "违法建设巡查发现不报、报而不查", "岗位职责", "中",
             "巡查记录每周汇总上报,分管领导定期抽查。"),
        ]),
    ]  # fmt: skip
    n = 0
    for order, dept, points in sections:
        _line(sh, f"{order}、{dept}", 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        both = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, both), (2, both)])
    sh.add()
    sh.add("镇主要负责人签字:", None, None, None, "填报时间：2024年10月", None, None)
    return _layout(
        "town_section_rows", "https://xiexiebang.com/a8/2019051314/1e1359573138fe9e.html",
        "(harder) 镇人民政府 岗位廉政风险点一览表 after the source's 镇政务服务中心工作制度 (进驻中心的各站、所、室, "
        "工作人员身份不变, 镇领导负责制): the 站所 are NOT a column — each opens its rows with a merged SECTION ROW "
        "``一、便民服务中心``, ``二、财政所``, ``三、村镇建设服务站``, under one header 序号/岗位/姓名/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施, 序号 running on across sections, 岗位 and 姓名 merged per person; a "
        "signature/date line at the end",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_posts_no_dept() -> dict:
    unit = f"{PLACE}青杠镇石泉村"
    sh = _Sheet("清单", [6, 18, 30, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "主要职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("党支部书记", "主持村党支部全面工作", "村级重大事项不按“四议两公开”程序决策", "高",
         "重大事项按“四议两公开”程序决策,决议在村务公开栏公示。", "leader"),
        ("党支部书记", "主持村党支部全面工作", "村集体工程项目指定施工队", "高",
         "村级工程按规定比选,镇农经站全程监督。", "leader"),
        ("村委会主任", "主持村委会全面工作", "集体资产资源发包、出租价格偏低或不公开", "高",
         "集体资产资源发包进入镇公共资源交易平台。", "leader"),
        ("报账员", "负责村级财务收支结算、报账", "虚开、涂改收支凭证,截留集体收入", "中",
         "收入当日缴存村基本账户,凭证经民主理财小组审核后报账。", "general"),
        ("报账员", "负责村级财务收支结算、报账", "现金超限额留存,公款私存", "低",
         "备用金限额管理,镇三资服务中心按月盘点。", "general"),
        ("村务监督委员会主任", "负责村务、财务监督", "对村级财务收支监督走过场", "中",
         "监委会每月审核村级财务票据,签字留痕。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("村党支部(盖章)", None, None, "2024年9月", None, None)
    return _layout(
        "village_posts_no_dept", "http://www.xiaoshan.gov.cn/art/2019/12/30/art_1229468492_1559559.html",
        "村 村干部岗位廉政风险防控清单 对岗不对人, after the source's 村级报账员管理办法 (报账员 per 村股份经济联合社, "
        "收款收据, 现金缴存村基本账户, 财务公开): 序号/岗位 merged (党支部书记, 村委会主任, 报账员, 村务监督委员会主任)/"
        "主要职责 merged/风险点/风险等级 高/中/低/防控措施; no 科室 column, no names, no type column; a seal/date "
        "line at the end",
        [sh], t,
    )  # fmt: skip


def community_health_roman() -> dict:
    unit = f"{PLACE}城南街道社区卫生服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "逄岚舟", "药品耗材采购不经集体研究,指定供应商", "制度机制风险", "Ⅰ级",
         "药品耗材在省平台集中采购,议价结果经主任办公会研究。", "leader"),
        ("中心领导", "主任", "逄岚舟", "基本公共卫生服务项目资金分配随意", "岗位职责风险", "Ⅱ级",
         "项目资金按绩效考核结果分配,考核结果公示。", "leader"),
        ("公共卫生科", "科长", "公冶砚溪", "居民健康档案虚建、重复建档套取补助", "业务流程风险", "Ⅰ级",
         "健康档案电话随访抽查,每季度抽查比例不低于5%。", "middle"),
        ("公共卫生科", "科员", "鲜于霁棠", "预防接种疫苗出入库登记不实", "岗位职责风险", "Ⅱ级",
         "疫苗出入库扫码追溯,每月账物核对。", "general"),
        ("药房", "药剂员", "澹台栖梧", "收受药品推销人员好处,多开药品", "外部环境风险", "Ⅱ级",
         "处方点评每月一次,药品用量异常预警。", "general"),
        ("收费室", "收费员", "宰父鸣珂", "收费不开票据,截留医疗收入", "思想道德风险", "Ⅲ级",
         "收费系统日结日清,票据领用核销登记。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "community_health_roman", "https://nbwxtz.com/nbs/1661786971172264.html",
        "街道社区卫生服务中心 廉政风险点排查表, after the source's account of a 社区卫生服务中心 (a 事业单位: 医疗、护理、防保, "
        "双向转诊, 财务收支): 序号/科室 merged (中心领导, 公共卫生科, 药房, 收费室)/岗位 and 姓名 merged per person/风险点/"
        "风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def city_investment_short_long() -> dict:
    unit = f"{PLACE}城乡建设投资有限公司"
    sh = _Sheet("清单", [6, 10, 10, 9, 16, 30, 10, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险描述", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("公司领导", "董事长", "羊舌知微", "重大事项决策", "“三重一大”事项未经党支部前置研究、董事会集体决策",
         "制度机制", "一级", "严格执行“三重一大”决策制度,会议纪要报县国资部门备案。", "leader"),
        ("公司领导", "总经理", "仲孙沐岑", "融资担保", "违规为其他企业提供担保或举借高息债务", "岗位职责", "一级",
         "融资担保事项报县国资部门审批,按季度报告债务情况。", "leader"),
        ("工程部", "部长", "夹谷听澜", "工程变更签证", "虚增变更工程量,多计工程款", "业务流程", "一级",
         "变更签证经监理、跟踪审计、公司三方会签。", "middle"),
        ("工程部", "现场代表", "赫连霁初", "隐蔽工程验收", "接受施工单位宴请,验收降低标准", "外部环境", "二级",
         "隐蔽工程验收影像留存,两人以上共同验收。", "general"),
        ("财务部", "经理", "亓官沛然", "资金支付", "未按合同进度支付或提前支付工程款", "制度机制", "二级",
         "付款实行经办、审核、审批三级签字,大额支付集体研究。", "middle"),
        ("资产运营部", "经理", "呼延鹤汀", "资产出租", "国有资产出租不公开竞价,租金偏低", "思想道德", "二级",
         "资产出租进入县公共资源交易中心公开竞租。", "middle"),
        ("资产运营部", "经理", "呼延鹤汀", "租金收缴", "租金催缴不力,长期拖欠不追", "岗位职责", "三级",
         "建立租金台账,逾期租金按月通报。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("公司党支部(盖章)", None, None, None, None, None, "2024年11月", None, None)
    return _layout(
        "city_investment_short_long", "http://www.yk.gov.cn/art/2024/4/17/art_1229400974_1802626.html",
        "县城乡建设投资有限公司 廉洁风险防控清单, after the source's 关于加强国有企业廉洁风险防控工作的若干意见 (风险的识别、"
        "排查、预警和防范; 县属国有企业参照执行): 序号/部门 merged (公司领导, 工程部, 财务部, 资产运营部)/岗位 and 责任人 "
        "merged per person/a short ``风险点`` beside a long ``风险描述``/风险类别 (short names)/风险等级 一级/二级/三级/"
        "防控措施; a seal/date line",
        [sh], t,
    )  # fmt: skip


def middle_school_offices() -> dict:
    unit = f"{PLACE}凯江中学"
    sh = _Sheet("Sheet1", [6, 10, 12, 9, 34, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "拓跋昀舒", "学校基建维修项目不经校务会研究,直接指定施工单位", "高",
         "基建维修项目经校务会集体研究,按规定比选或招标。", "leader"),
        ("校长室", "校长", "拓跋昀舒", "教师评优评先、职称推荐暗箱操作", "中",
         "评优推荐方案和结果全校公示,接受教职工监督。", "leader"),
        ("总务处", "总务主任", "段干若晦", "教学设备、办公用品采购中收受回扣", "高",
         "采购三家比价,验收由使用处室、总务处两方签字。", "middle"),
        ("总务处", "总务主任", "段干若晦", "校产登记不全,报废处置随意", "低",
         "校产每学期清查登记,报废经校务会审批。", "middle"),
        ("教务处", "教务主任", "南门栩然", "教辅资料违规征订,收取好处", "中",
         "教辅资料按规定自愿征订,征订目录公示。", "middle"),
        ("食堂", "管理员", "梁丘沄溪", "食材采购虚报数量、以次充好", "高",
         "食材定点采购,验收由食堂、总务处、家长代表三方签字。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add("学校(盖章)", None, None, None, "2024年9月", None, None)
    return _layout(
        "middle_school_offices", "http://kaojiazhao.com/news3161124",
        "县中学 岗位廉政风险点一览表, after the source's account of a 学校总务室 (校舍修建维护, 师生食堂, 学校财产的使用、"
        "登记及清查): ``附件`` above the title, then 序号/``处室`` merged (校长室, 总务处, 教务处, 食堂)/岗位 and 姓名 "
        "merged per person/风险点/风险等级 高/中/低/防控措施; no type column; a seal/date line",
        [sh], t,
    )  # fmt: skip


def tcm_hospital_supervisor() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 12, 8, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施", "监督责任人"
    )
    rows = [
        ("院领导", "院长", "皇甫临川", "大型医疗设备购置论证不充分,指定品牌", "制度机制风险", "高",
         "大型设备购置经院长办公会和专家论证,按规定公开招标。", "纪委书记", "leader"),
        ("设备科", "科长", "公西晴岚", "设备验收把关不严,以次充好", "岗位职责风险", "高",
         "设备验收由使用科室、设备科、审计科三方参加。", "皇甫临川", "middle"),
        ("药剂科", "科长", "濮阳蕴秋", "药品遴选收受医药代表好处", "外部环境风险", "高",
         "药品遴选由药事管理委员会集体研究,投票结果存档。", "皇甫临川", "middle"),
        ("药剂科", "药师", "左丘砚禾", "中药饮片验收数量、质量把关不严", "业务流程风险", "中",
         "饮片验收双人签字,定期抽检送检。", "濮阳蕴秋", "general"),
        ("后勤保障科", "科长", "东郭霁帆", "后勤物资采购验收不严,虚报数量", "岗位职责风险", "中",
         "物资验收按后勤物资验收制度执行,出入库台账每月核对。", "皇甫临川", "middle"),
        ("后勤保障科", "科长", "东郭霁帆", "维修外包工程量核定不实", "思想道德风险", "低",
         "维修工程量由后勤、审计共同核定。", "皇甫临川", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, sup, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, sup)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报科室:", None, None, "院长签字:", None, None, "2024年10月", None, None)
    return _layout(
        "tcm_hospital_supervisor",
        "https://www.zhetiaohe.com/ss/c90a618360d625fb7d568d4a18fe3940880b3621e8008498155cb0d88e7a42da.html",
        "县中医医院 岗位廉政风险防控一览表, after the source's 医院后勤物资验收制度: 序号/科室 merged (院领导, 设备科, 药剂科, "
        "后勤保障科)/岗位 and 责任人 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施/a LAST "
        "``监督责任人`` column naming the 院长 (皇甫临川) or a 科长 for the rows of others — a name that is no holder "
        "of those rows; 填报科室/院长签字/date line",
        [sh], t,
    )  # fmt: skip


def water_station_card() -> dict:
    unit = f"{PLACE}龙台镇人民政府"
    dept, post, who = "水利站", "站长", "左人澄川"
    sh = _Sheet("防控卡", [6, 34, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控卡", 5)
    r = sh.add(f"单位：{unit}{dept}", None, None, f"职务：{post}", None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 4)
    r = sh.add(f"姓名：{who}", None, None, "持卡时间：2024年", None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 4)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("小型农田水利工程项目验收把关不严", "岗位职责", "高", "工程验收由镇、村、受益群众代表共同参加,验收结果公示。"),
        ("防汛物资采购、保管账物不符", "制度机制", "中", "防汛物资出入库登记,汛前汛后盘点。"),
        ("河道采砂巡查发现问题不制止、不报告", "外部环境", "中", "巡查记录上传河长制平台,镇分管领导定期抽查。"),
        ("农村饮水工程管护经费使用不规范", "业务流程", "低", "管护经费专账核算,支出经镇财政所审核。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("持卡人签字:", None, None, "分管领导签字:", None)
    return _layout(
        "water_station_card", "https://bkwk.cn/article/zssxzslzshjysaqgzlsstm-a19448500.html",
        "镇水利站 站长 岗位廉政风险防控卡, after the source's account of a 镇水利站 (水利规划、施工和管理, 防汛抗旱, 水资源保护): "
        "a title with no unit, then the field rows ``单位：中江县龙台镇人民政府水利站 | 职务：站长`` and ``姓名：左人澄川 | "
        "持卡时间：2024年`` (the 镇 the unit, its 水利站 the 科室), then 序号/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; 持卡人/分管领导签字 line",
        [sh], t,
    )  # fmt: skip


def farm_service_center_filler() -> dict:
    unit = f"{PLACE}永兴镇人民政府"
    dept = "农业服务中心"
    sh = _Sheet("排查表", [6, 12, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险点排查表", 7)
    r = sh.add(
        f"填报单位：{PLACE}永兴镇{dept}", None, None, None, "填报时间：2024年9月", None, None
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "第五栎阳", "耕地地力保护补贴面积核实不准,优亲厚友", "岗位职责", "高",
         "补贴面积村级公示、镇级复核,补贴一卡通发放。", "middle"),
        ("主任", "第五栎阳", "农机购置补贴核查走过场", "业务流程", "中", "农机实地核验拍照,铭牌号与补贴系统比对。", "middle"),
        ("农技员", "百里晏清", "良种推广、病虫害统防统治服务对象确定不公开", "制度机制", "中",
         "服务对象和补助标准村级公示。", "general"),
        ("动物防疫员", "司寇沁禾", "强制免疫疫苗发放登记不实", "岗位职责", "低", "疫苗发放登记到户,养殖户签字确认。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    both = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, both), (2, both)])
    sh.add("填表人:", None, None, "审核人:", None, None, None)
    return _layout(
        "farm_service_center_filler", "https://www.jzcrz.com/guandian/detail_2344223.html",
        "镇农业服务中心 廉政风险点排查表, after the source's account of a 镇水利站 among the 镇's 站所 (政策执行与协调, 农田"
        "水利建设, 与村委会协作): the title names the 镇 and its 中心 run together (``中江县永兴镇人民政府农业服务中心…``), "
        "a ``填报单位：中江县永兴镇农业服务中心 | 填报时间：…`` line under it, then 序号/岗位 and 姓名 merged per person/"
        "风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; no 科室 column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    town_section_rows(),
    village_posts_no_dept(),
    community_health_roman(),
    city_investment_short_long(),
    middle_school_offices(),
    tcm_hospital_supervisor(),
    water_station_card(),
    farm_service_center_filler(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch151-inbox"))
