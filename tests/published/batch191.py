"""A hundred-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES MIXED —
a 村, a 社区, a 镇's 站所, a 镇卫生院, a 县人民医院, a 镇中心小学 with its 村小, and three companies
of the district (公交, 自来水, 粮食储备) — each handing back its ordinary 一览表, 排查表, 清单 or
防控卡 the way its staff typed it. Every unit is a body of an invented 南川区:

- a 村's 一览表 without a 科室 column whose first post is the one-shoulder ``党支部书记、村委会主任``
  (one holder for both posts, written in one cell), and a trailing ``监督人`` column naming the
  村务监督委员会主任 (a holder of her own rows) on the other posts' rows;
- a 社区's 排查表 without a 科室 column, the holder under ``责任人`` and a trailing column
  ``廉情信息员`` of two OTHER names (the 社区's integrity informants, no holders);
- a 自来水公司's 排查表 whose first column ``业务类别`` (营业收费, 表务管理, 管网维修, 物资采购) is the
  company's line of business, no risk type: the table has no type column;
- a 县人民医院's 一览表, 科室 (院领导, 药剂科, 设备科, 医保办, 心血管内科)/岗位/姓名, ``一级/二级/三级``;
- a 镇卫生院's 自查表 one sheet a person, the pairs ``姓名 | … | 科室 | …`` and ``职务 | … | 自查时间 |
  <date>`` above the table;
- a 粮食储备公司's 一览表 whose 科室 column is headed ``库点`` (城南直属库, 河湾库点, 公司本部);
- a 镇's 站所 排查表 (``所在站所``) with a ``职级`` column (四级主任科员, 管理九级, 专技十级) beside 岗位;
- a 镇中心小学's 清单 whose 处室 column also holds its 村小 (``青杠村小``) as a part of the school,
  levels ``★★★/★★/★`` read by a note under the table.

One is harder, a shape "读得懂的表" does not describe:

- ``bus_company_post_specs``: a 公交公司's 岗位廉洁风险说明书, one sheet a post, each opened by a
  岗位说明书 block of label/value pairs two to a row — ``岗位名称 | 票务稽查员 | 岗位编号 | NCGJ-YY-07``,
  ``所属部门 | 运营管理部 | 直接上级 | 运营管理部经理``, ``任职人 | 仉芸轩 | 岗位类别 | 业务操作岗`` — and a
  merged ``岗位职责`` paragraph, then the risk table whose last column ``监督责任人`` names another
  person on every row; ``任职人签字： | 监督责任人签字：`` under it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 村 三资管理制度 with its 报账员
and 农经中心; a 社区's 廉情信息员 and 廉情底单; a water company's 表务中心 and 维修中心; 医务人员收受
药品回扣; 基本公共卫生服务 funds of a 卫生院; 粮食仓储管理; 农机购置补贴 checks; a school's 学生营养餐
方案; a page on 岗位职责廉洁风险 by class of post: 领导, 行政人员, 业务操作人员) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented.

Run ``python tests/published/score.py --set batch191`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``党支部书记、村委会主任`` in the 岗位 column beside ONE name is one post as written (一肩挑), its
  holder that name;
- a ``监督人`` or ``廉情信息员`` column of names beside the holder's column names no holder; a
  ``监督责任人`` column on a card whose 任职人 is named above is no holder either;
- ``业务类别`` is the company's business, not a risk type: that table is untyped;
- in a 岗位说明书 block, ``任职人`` is the holder, ``所属部门`` the 科室, ``岗位名称`` the post;
  ``直接上级`` (a post), ``岗位编号``, ``岗位类别`` and the ``岗位职责`` paragraph are none of them;
- a 库点 of a 粮食储备公司 (城南直属库, 河湾库点) and 公司本部 are its 科室; a 村小 of a 中心小学 is
  the school's 科室 as the school writes it (``青杠村小``);
- ``职级`` (四级主任科员, 管理九级) is a grade, not the post: the post is the 岗位 cell;
- the 自查时间 date above a self-check is no point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b191_"
PLACE = "南川区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def bus_company_post_specs() -> dict:
    unit = f"{PLACE}公共交通有限责任公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "NCGJ-LD-01", "公司领导", "公司董事长", "訾瀚川", "领导岗", "宰青崖", "leader",
         "1.主持公司生产经营管理工作;\n2.组织实施年度经营计划和投资方案;\n3.拟订公司内部管理机构设置方案。", [
             ("重大经营事项不经班子集体研究,个人决定", "Ⅰ级",
              "严格执行“三重一大”集体决策制度,会议纪要存档备查。"),
             ("车辆购置、场站建设项目指定供应商或施工单位", "Ⅰ级",
              "项目按规定公开招标,纪检委员全程参与监督。"),
             ("违规发放奖金补贴或超标准公务接待", "Ⅱ级", "薪酬和接待标准经董事会审定并在公司内部公开。"),
         ]),
        ("票务稽查员", "NCGJ-YY-07", "运营管理部", "运营管理部经理", "仉芸轩", "业务操作岗", "鞠叙白", "general",
         "1.负责线路票款稽查和乘车卡使用检查;\n2.对驾驶员票款上交情况进行抽查;\n3.受理乘客关于票务的投诉。", [
             ("稽查中发现驾驶员截留票款隐瞒不报", "Ⅰ级", "稽查记录实行双人签字,每月与票款清点数据比对。"),
             ("收受驾驶员好处后减少稽查次数", "Ⅱ级", "稽查线路和班次由系统随机生成,稽查员定期轮换。"),
             ("违规为亲友办理优惠乘车卡", "Ⅲ级", "优惠卡凭证件办理,办理名单每季度公示。"),
         ]),
        ("物资采购员", "NCGJ-ZB-03", "综合保障部", "综合保障部经理", "酆楚萸", "业务操作岗", "胥绛年", "general",
         "1.负责车辆配件、轮胎、油料等物资的询价采购;\n2.办理采购合同和入库手续;\n3.建立供应商档案。", [
             ("询价采购时与供应商串通抬高价格", "Ⅰ级", "三家以上询价,询价记录由部门经理复核。"),
             ("验收时以次充好、数量不符仍予入库", "Ⅱ级", "采购与验收分离,维修车间派人共同验收。"),
             ("接受供应商宴请、礼品", "Ⅲ级", "签订廉洁协议,开展警示教育。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for post, code, dept, boss, who, kind, watcher, tier, duties, points in cards:
        sh = _Sheet(post, [8, 34, 12, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险说明书", 5)
        r = sh.add("岗位名称", post, None, "岗位编号", code)
        sh.merge(r, 1, r, 2)
        r = sh.add("所属部门", dept, None, "直接上级", boss)
        sh.merge(r, 1, r, 2)
        r = sh.add("任职人", who, None, "岗位类别", kind)
        sh.merge(r, 1, r, 2)
        r = sh.add("岗位职责", duties, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "廉洁风险点", "风险等级", "防控措施", "监督责任人")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("任职人签字：", None, None, "监督责任人签字：", None)
        sheets.append(sh)
    return _layout(
        "bus_company_post_specs", "https://www.doczj.com/doc/007065642.html",
        "(harder) 区公共交通有限责任公司 岗位廉洁风险说明书, after the source's account of 岗位职责廉洁风险 by class of "
        "post (领导职责, 行政人员, 业务操作人员): THREE SHEETS named by post (总经理, 票务稽查员, 物资采购员), each a "
        "岗位说明书 block of label/value pairs two to a row — ``岗位名称 | 票务稽查员 | 岗位编号 | NCGJ-YY-07``, "
        "``所属部门 | 运营管理部 | 直接上级 | 运营管理部经理``, ``任职人 | 仉芸轩 | 岗位类别 | 业务操作岗`` — and a merged "
        "``岗位职责 | 1.…⏎2.…⏎3.…`` paragraph, then 序号/廉洁风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``监督责任人`` "
        "(another person's name on every row: 宰青崖, 鞠叙白, 胥绛年); ``任职人签字： | 监督责任人签字：`` under it; "
        "no type column",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_one_shoulder_post() -> dict:
    unit = f"{PLACE}椿溪镇青杠村"
    sh = _Sheet("一览表", [6, 16, 8, 14, 32, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}“三资”管理岗位廉政风险点一览表", 8)
    sh.add("序号", "岗位", "姓名", "权力事项", "廉政风险点", "风险等级", "防控措施", "监督人")
    rows = [
        ("党支部书记、村委会主任", "禤栖梧", "集体资产发包租赁", "集体资产发包、租赁不经村民代表会议表决,个人说了算",
         "高", "严格执行“四议两公开”,发包租赁合同报镇农经中心备案。", "麴映岚", "leader"),
        ("党支部书记、村委会主任", "禤栖梧", "村级工程项目", "村级小型工程指定施工队,虚增工程量", "高",
         "工程项目公开比选,村务监督委员会全程参与验收。", "麴映岚", "leader"),
        ("党支部书记、村委会主任", "禤栖梧", "低保、救助初审", "低保评议优亲厚友", "中",
         "评议结果在村务公开栏公示七天。", "麴映岚", "leader"),
        ("村报账员", "茆蘅芷", "村级财务报账", "坐收坐支、白条入账", "高",
         "收入7日内缴存农经中心统管专户,票据统一领用。", "麴映岚", "general"),
        ("村报账员", "茆蘅芷", "村级财务报账", "库存现金超限额,公款私存", "中",
         "农经中心定期盘点库存现金,核对银行存款。", "麴映岚", "general"),
        ("村文书", "昝鹭洲", "村务公开", "村务、财务公开内容不全或不及时", "低",
         "按季度公开,公开照片报镇纪委备查。", "麴映岚", "general"),
        ("村务监督委员会主任", "麴映岚", "民主理财", "审核村级票据走过场,对不合规支出签字放行", "中",
         "票据由监委会成员集体审核签字,镇纪委抽查。", "镇纪委", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, power, point, lv, measures, watcher, tier) in enumerate(rows, 1):
        sh.add(n, post, who, power, point, lv, measures, watcher)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, lambda row: row[1:4])])
    sh.add()
    sh.add("填报人:", None, "茆蘅芷", None, None, "填报日期:2024年10月", None, None)
    return _layout(
        "village_one_shoulder_post", "http://www.fanwen118.com/info_15/fw_2869920.html",
        "村 ``“三资”管理岗位廉政风险点一览表`` after the source's 农村集体“三资”管理制度 (现金管理, 收入7日内缴存农经中心"
        "统管资金专户, 村报账员, 民主理财小组): NO 科室 column; 序号/岗位 merged per person — the first post one cell "
        "``党支部书记、村委会主任`` (一肩挑, one holder 禤栖梧)/姓名 merged/权力事项 merged/廉政风险点/风险等级 高/中/低/"
        "防控措施/``监督人`` (the 村务监督委员会主任 麴映岚 on the other posts' rows, ``镇纪委`` on her own); no type "
        "column; ``填报人: | 茆蘅芷`` (the 报账员) and a date under it",
        [sh], t,
    )  # fmt: skip


def community_informant_column() -> dict:
    unit = f"{PLACE}鹤鸣街道桂湾社区"
    sh = _Sheet("Sheet1", [6, 18, 8, 32, 10, 9, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "廉情信息员")
    rows = [
        ("社区党委书记", "蹇岫云", "社区公益项目资金使用不经居民议事会讨论", "制度机制风险", "高",
         "项目资金使用方案经居民议事会表决,结果公示。", "逄知微", "leader"),
        ("社区党委书记", "蹇岫云", "小区物业选聘中接受物业公司请托", "外部环境风险", "中",
         "物业选聘由街道指导、业主大会表决,社区不指定。", "逄知微", "leader"),
        ("居委会副主任", "戢汀葭", "临时救助、低保入户调查不实", "岗位职责风险", "高",
         "入户调查两人同行,调查表由居民代表签字。", "逄知微", "middle"),
        ("专职网格员", "菅棠溪", "网格内违建、群租等问题发现不报,收受好处", "思想道德风险", "中",
         "网格巡查记录实时上传,廉情信息员每月走访核实。", "甯霜序", "general"),
        ("专职网格员", "菅棠溪", "采集居民信息时泄露个人隐私", "岗位职责风险", "低",
         "信息采集只用系统终端,签订保密承诺。", "甯霜序", "general"),
        ("社区报账员", "郤沅芷", "社区办公经费报销把关不严,虚开票据", "业务流程风险", "中",
         "报销实行书记、居监委主任双签,每季度公开。", "甯霜序", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, informant, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures, informant)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (7, lambda row: row[7])])
    _line(sh, "注：廉情信息员负责收集居民对本岗位的意见，填报“廉情底单”。", 8)
    return _layout(
        "community_informant_column",
        "http://www.jxsjw.gov.cn/nhqf/nhqf2019/qljx/jcfc/202503/t20250306_3128864.shtml",
        "社区 廉政风险点排查表 after the source's account of a 社区's 廉情信息员 (网格化, 廉情底单, 社区监察工作联络站): NO "
        "科室 column; 序号/岗位 and 责任人 merged per person (社区党委书记, 居委会副主任, 专职网格员, 社区报账员)/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施/``廉情信息员`` merged (two OTHER names, 逄知微 and 甯霜序, who hold "
        "no post in the table); a merged ``注：廉情信息员负责…`` line under it",
        [sh], t,
    )  # fmt: skip


def water_company_business_class() -> dict:
    unit = f"{PLACE}自来水有限公司"
    sh = _Sheet("排查表", [6, 10, 12, 10, 8, 32, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年9月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "业务类别", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("营业收费", "营业收费部", "收费员", "薄雪蘅", "收取水费不开票或少开票,截留水费", "高",
         "收费系统自动出票,日清日结,稽核岗每月对账。", "general"),
        ("营业收费", "营业收费部", "收费员", "薄雪蘅", "违规减免违约金", "中", "减免须部门经理审批并登记。", "general"),
        ("表务管理", "表务中心", "抄表员", "檀旭尧", "估抄、漏抄,为用户少计水量收受好处", "高",
         "抄表拍照上传,监察部随机抽查水表读数。", "general"),
        ("表务管理", "表务中心", "抄表员", "檀旭尧", "对违章用水发现不报", "中", "违章线索登记,发现不报的追责。",
         "general"),
        ("管网维修", "管网维修中心", "主任", "阙望川", "维修工程量虚报,材料多领少用", "中",
         "维修单由用户签字确认,旧件交回核销。", "middle"),
        ("物资采购", "综合部", "采购员", "蒉书瑶", "水表、管材采购与供应商串通抬价", "高",
         "大宗物资公开招标,小额采购三家比价。", "general"),
        ("物资采购", "综合部", "采购员", "蒉书瑶", "入库验收不严,以次充好", "低",
         "采购、验收、保管三岗分离。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (biz, dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, biz, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[2:5]  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, lambda row: row[2]), (3, per_person), (4, per_person)],
    )
    sh.add()
    sh.add("部门负责人:", None, None, "纪检监察部审核:", None, None, None, None)
    return _layout(
        "water_company_business_class",
        "http://www.qsxzls.com/a/xinwendongtai/gongsidongtai/2026/0112/3075.html",
        "区自来水有限公司 廉洁风险点排查表 after the source's news of a water company's 表务中心 and 维修中心 (水表箱, "
        "抄表员每月拍照报备): 填报单位/填报时间 line, then 序号/``业务类别`` merged (营业收费, 表务管理, 管网维修, 物资采购 — "
        "the company's business lines, NO risk type)/部门 merged/岗位 and 责任人 merged per person/风险点/风险等级 "
        "高/中/低/防控措施; no type column; 部门负责人/纪检监察部审核 line",
        [sh], t,
    )  # fmt: skip


def county_hospital_grades() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 12, 12, 8, 32, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉洁风险点及防控措施一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "分管副院长", "羿临渊", "药品、耗材遴选时为特定企业打招呼", "外部环境", "一级",
         "药事管理委员会集体遴选,分管领导回避表决。", "leader"),
        ("药剂科", "药库管理员", "佴若蘩", "药品入库数量与发票不符,虚增库存", "业务流程", "二级",
         "入库由药库、财务两方核对签字,每月盘点。", "general"),
        ("药剂科", "药库管理员", "佴若蘩", "向医药代表提供科室用药统计", "思想道德", "一级",
         "用药数据分级授权查询,查询日志留存。", "general"),
        ("设备科", "采购员", "芮栖禾", "医疗设备采购参数设置倾向特定品牌", "制度机制", "一级",
         "采购参数经临床、设备、纪检三方论证。", "general"),
        ("医保办", "主任", "桑鸣珂", "医保结算审核不严,放任串换项目收费", "岗位职责", "二级",
         "医保结算智能审核,每季度自查。", "middle"),
        ("心血管内科", "科主任", "闵岚汀", "收受耗材供应商回扣,诱导使用高值耗材", "思想道德", "一级",
         "高值耗材使用实行院内点评,异常使用约谈。", "middle"),
        ("心血管内科", "护士长", "符晚樵", "病区物资领用不登记,耗材流失", "岗位职责", "三级",
         "物资领用登记,科室二级库每月对账。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年11月", None)
    return _layout(
        "county_hospital_grades",
        "https://abg.baidu.com/tags/2k6454oizpkldswvzlonfkogw655rp63wxcmzwfv4pkk3uxsxlg3nvfs3416",
        "区人民医院 岗位廉洁风险点及防控措施一览表 after the source on 医务人员收受药品回扣 (its features, causes and "
        "counter-measures: 药事委员会, 医药代表, 耗材): ``附件``, title, then 序号/科室 merged (院领导, 药剂科, 设备科, "
        "医保办, 心血管内科)/岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def health_center_selfcheck_sheets() -> dict:
    unit = f"{PLACE}岚垭镇卫生院"
    t = _Truth(unit)
    people = [
        ("姒云岫", "院办", "院长", "leader", datetime(2024, 10, 14), [
            ("基本公共卫生服务项目资金分配不经院务会研究", "制度机制", "高",
             "资金分配方案经院务会研究,按绩效考核结果拨付村卫生室。"),
            ("药品、耗材采购绕开集中采购平台", "岗位职责", "高", "全部通过省集中采购平台采购,每月公开采购清单。"),
            ("职工绩效分配向个人倾斜", "思想道德", "中", "绩效方案经职工代表讨论通过并公示。"),
        ]),
        ("敖霁青", "公共卫生科", "科长", "middle", datetime(2024, 10, 15), [
            ("虚报家庭医生签约、慢病随访人数,套取公卫资金", "业务流程", "高",
             "随访记录电话抽查,考核结果与资金拨付挂钩。"),
            ("对村卫生室公卫考核打人情分", "外部环境", "中", "考核两人一组交叉进行,结果公示。"),
        ]),
        ("索蔓汀", "收费室", "收费员", "general", datetime(2024, 10, 15), [
            ("收费不开票、收款不入账", "岗位职责", "中", "收费系统日结,票款每日核对。"),
            ("违规为熟人减免医疗费用", "思想道德", "低", "减免须院长审批并登记备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, day, points in people:
        sh = _Sheet(post, [6, 34, 10, 10, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓名", who, "科室", dept, None)
        sh.add("职务", post, "自查时间", day, None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "院长审核:", None, None)
        sheets.append(sh)
    return _layout(
        "health_center_selfcheck_sheets",
        "https://abg.baidu.com/tags/xp43dpvzvo43ftwazh5lp7wo6hh65rf7xgsnp554vdikpp54xlf3vtoxzk67bmvgxc3ltxga5wyozn5igi16",
        "镇卫生院 岗位廉政风险自查表 after the source's 基本公共卫生服务项目工作绩效考核和资金拨付管理办法 (考核结果与"
        "资金拨付挂钩, 村卫生室): ONE SHEET A PERSON named by post (院长, 科长, 收费员), pairs above the table — "
        "``姓名 | 姒云岫 | 科室 | 院办`` and ``职务 | 院长 | 自查时间 | <a date cell>`` — then 序号/风险点/风险类别 "
        "(short names)/风险等级 高/中/低/防控措施; ``本人签字: | 院长审核:`` under it",
        sheets, t,
    )  # fmt: skip


def grain_reserve_depots() -> dict:
    unit = f"{PLACE}粮食储备有限公司"
    sh = _Sheet("Sheet1", [6, 12, 10, 8, 32, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "库点", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司本部", "总经理", "贲望岳", "政策性粮食轮换出库不按计划,擅自组织销售", "制度机制", "高风险",
         "轮换计划报区发改委批准,竞价交易全程公开。", "leader"),
        ("城南直属库", "库点主任", "晏澈溪", "收购时压级压价或抬级抬价,与粮贩串通", "外部环境", "高风险",
         "收购定等定价双人检验,结果当场公示。", "middle"),
        ("城南直属库", "保管员", "渠芷萝", "粮食保管损耗虚报,账实不符", "岗位职责", "中风险",
         "每月账实核对,保管损耗按标准核定。", "general"),
        ("城南直属库", "检验员", "戈砚秋", "出具虚假质量检验报告", "思想道德", "中风险",
         "检验样品留存备查,上级随机复检。", "general"),
        ("河湾库点", "保管员", "邴泓渟", "出入库不过磅或磅单造假", "业务流程", "高风险",
         "智能称重系统自动生成磅单,视频全程留存。", "general"),
        ("河湾库点", "保管员", "邴泓渟", "仓储物资、药剂领用不登记", "岗位职责", "低风险",
         "药剂专人双锁保管,领用登记。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("公司纪检监察室制", None, None, None, None, None, "2024年8月", None)
    return _layout(
        "grain_reserve_depots",
        "https://abg.baidu.com/tags/yg4mvm5s222kfoo4ydw33mnxuplmnnwifoyntn6w23da14",
        "区粮食储备有限公司 岗位廉洁风险防控一览表 after the source's 粮食仓储管理奖罚制度 (账实相符, 保管损耗, 出入库, "
        "药剂管理): 序号/``库点`` merged (公司本部, 城南直属库, 河湾库点 — the company's depots as its 科室)/岗位 and "
        "姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "``公司纪检监察室制`` line and date under it",
        [sh], t,
    )  # fmt: skip


def town_stations_rank_column() -> dict:
    unit = f"{PLACE}箐口镇人民政府"
    sh = _Sheet("排查表", [6, 14, 10, 8, 12, 32, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}所属站所岗位廉政风险排查表", 8)
    sh.add("序号", "所在站所", "岗位", "姓名", "职级", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("农业服务中心", "主任", "伊蘅皋", "四级主任科员", "农机购置补贴核查走过场,为虚假购机申报出具核查意见", "一级",
         "补贴机具逐台实地核验,拍照留存,结果公示。", "middle"),
        ("农业服务中心", "农机专干", "汝禾苗", "管理九级", "补贴申请资料代签代办,收取好处", "二级",
         "申请由购机者本人办理,专干不得代办。", "general"),
        ("林业站", "站长", "厉松岚", "管理八级", "林木采伐伐区调查不实,多批少采或少批多采", "一级",
         "伐区调查两人以上,采伐后现场验收。", "middle"),
        ("林业站", "护林员管理员", "习雨棠", "专技十级", "护林员考勤造假,虚报护林补助", "二级",
         "护林员巡山轨迹系统打卡,补助按月公示。", "general"),
        ("财政所", "所长", "卜霓裳", "四级主任科员", "惠农补贴资金发放审核不严,冒领套取", "一级",
         "补贴一卡通直达到户,发放名单公示。", "middle"),
        ("财政所", "所长", "卜霓裳", "四级主任科员", "村级财务代理记账监督缺位", "三级",
         "每半年对村级账务抽查一次。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, rank, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, rank, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("镇纪委审核:", None, None, None, None, "填报时间:2024年7月", None, None)
    return _layout(
        "town_stations_rank_column",
        "https://abg.baidu.com/tags/ywu3x6vzxllmhmvzzt45l7vs37bojsvvxtqlnpn45szotv5iz7xlppnqxa16",
        "镇 所属站所岗位廉政风险排查表 after the source's 农机购置补贴政策落实监督检查专项方案 (实地核验, 补贴公示): "
        "序号/``所在站所`` merged (农业服务中心, 林业站, 财政所)/岗位, 姓名 and ``职级`` merged per person (职级 "
        "``四级主任科员``, ``管理九级``, ``管理八级``, ``专技十级`` — a grade beside the post)/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; 镇纪委审核/填报时间 line",
        [sh], t,
    )  # fmt: skip


def school_village_branch() -> dict:
    unit = f"{PLACE}楠溪镇中心小学"
    sh = _Sheet("清单", [6, 12, 14, 8, 32, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "宓晓岚", "营养餐供餐企业选定不经集体研究", "★★★",
         "供餐企业由县级部门竞争性采购确定,学校不自行指定。", "leader"),
        ("总务处", "总务主任", "脱云舒", "食堂大宗食材验收不严,数量质量与票据不符", "★★★",
         "验收由总务、教师代表、家长代表三方签字。", "middle"),
        ("总务处", "食堂管理员", "怀石鸥", "营养餐补助资金挪作他用", "★★", "营养餐资金专账核算,每月公示收支。",
         "general"),
        ("教务处", "主任", "邰芊芊", "学生资助对象认定优亲厚友", "★★", "资助对象经班级、学校两级评议并公示。",
         "middle"),
        ("青杠村小", "教学点负责人", "沐星遥", "虚报就餐学生人数", "★★",
         "就餐人数按学籍系统核定,中心校每月抽查。", "middle"),
        ("青杠村小", "教学点负责人", "沐星遥", "教辅资料违规征订", "★", "教辅由家长自愿选购,学校不统一征订。",
         "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "说明：风险等级★★★为高，★★为中，★为低。", 7)
    sh.add("填表人:", None, None, "校长签字:", None, "2024年9月", None)
    return _layout(
        "school_village_branch",
        "https://abg.baidu.com/tags/giydemwe5li2pufd2gt4t6wtvli7rmwnzk24vknxxwylq13",
        "镇中心小学 岗位廉政风险防控清单 after the source's 学校学生营养餐实施方案 (供餐企业, 食材验收, 补助资金专账, "
        "就餐人数): 序号/``处室`` merged — 校长室, 总务处, 教务处 AND the school's 村小 ``青杠村小`` (its "
        "教学点负责人)/岗位 and 责任人 merged per person/风险点/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``说明：风险等级★★★为高，★★为中，★为低。`` under it, then 填表人/校长签字/date; no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bus_company_post_specs(),
    village_one_shoulder_post(),
    community_informant_column(),
    water_company_business_class(),
    county_hospital_grades(),
    health_center_selfcheck_sheets(),
    grain_reserve_depots(),
    town_stations_rank_column(),
    school_village_branch(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch191-inbox"))
