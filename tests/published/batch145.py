"""A hundred-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 国土资源局, the 县委宣传部,
the 扶贫和移民工作局, the county government's 驻成都办事处, the 科学技术协会, the 会计核算中心, the 新型农村
合作医疗管理中心, the 新闻中心 and the 政府法制办公室, kinds no earlier batch used or used seldom —
each handing back its ordinary 一览表, 排查表, 清单 or 责任清单 the way its staff typed it, every one of
them a body of an invented 射洪县 (its towns 涪澜镇 and 苎坪镇 invented too):

- the 国土资源局's 一览表 under a ``填报单位（盖章）：… | 填报时间：…`` line, its 科室 column headed
  ``股室（所）`` holding the 局's own 股 and two towns' 国土资源所 (``涪澜国土资源所``, ``苎坪国土资源所``,
  科室 of the 局), types written with ``类`` (``思想道德类``, ``岗位职责类``, ``制度机制类``), 高/中/低;
- the 县委宣传部's 清单 对岗不对人 whose 科室 column names the county-level offices the 部 houses as they
  are called (``县文明办``, ``县委外宣办``, ``县网信办``) beside 部领导, 办公室 and 理论科, a ``主要职责``
  column, ``一级/二级/三级`` and a ``监督责任人`` column of roles;
- the 扶贫和移民工作局's 一览表 with the NAME FIRST (``序号 | 姓名 | 职务 | 股室 | …``) and the 序号
  starting again at 1 in every 股室, ``…风险`` types, 高/中/低;
- the 驻成都办事处's 一览表, the unit ``射洪县人民政府驻成都办事处`` (a county body whose name holds the
  county government's), 科室 (办事处领导, 综合科, 接待联络科), short types, 高/中/低, a 注 line under it;
- the 科学技术协会's 一览表 whose staff are written by their 职级 (``四级主任科员``, ``一级科员``) and whose
  head is ``党组书记、常务副主席``, 部门 (机关领导, 办公室, 科普部, 学会部), ``一级/二级/三级``, no type column;
- the 新型农村合作医疗管理中心's 排查表 with NO 科室 column: the posts are written with their 股
  (``审核结算股股长``, ``稽查股股长``) or the 中心 (``中心主任``), ``…风险`` types, 高/中/低;
- the 新闻中心's 一览表 whose two 记者 share one row set: ``乐正雪樵、郦晴野`` in one 责任人 cell over the
  points they both hold; 部门 (中心领导, 采编部, 广告部), 高/中/低, no type column;
- the 政府法制办公室's 责任清单 by 职权名称 (merged down) with the 科室, post and holder LAST
  (``责任股室 | 责任岗位 | 责任人``), ``一级/二级/三级``, no type column.

One is harder:

- ``accounting_center_roster_below``: the 会计核算中心's 一览表 names NO holder in the table (组别, 岗位,
  风险点, …); the people stand only in a small roster UNDER it, opened by a merged caption
  ``附：岗位人员对应表`` and its own heading ``序号 | 组别 | 岗位 | 姓名`` — each post one person.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县国土资源局's 廉政文化 and its
预警防控责任书 with 股室 and 国土资源所, 思想道德类/业务管理类 risks; a 县委宣传部's 下属机构 理论科,
精神文明建设办公室, 互联网宣传科; a 县扶贫和移民开发局 and 移民后期扶持 中期评估, 光伏扶贫; a 省政府驻外
办事处's 工作职责 (联络, 招商引资, 信息, 劳务 and 川籍农民工); the 基层科普行动计划 and 科普惠农兴村计划;
a 核算中心's 操作规程 (报帐员, 审核员, 出纳组, 会计核算组, 核算中心主任); a 县's 新型农村合作医疗 (参合,
住院补偿, 定点医疗机构); a 县报's 采编运作 (总编, 责任编辑, 通讯员来稿); a 县人民政府法制办公室's 规范性
文件 合法性审查 and 登记编号) and the layout follows their words. The rows are worded by us, the
names invented.

Run ``python tests/published/score.py --set batch145`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b145_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a town's 国土资源所 in the 局's own list is a 科室 of the 局 (as a 局's 所 is, batch36, batch68);
- ``县文明办``, ``县委外宣办``, ``县网信办`` in the 宣传部's 科室 column are 科室 of the 部, as written;
- ``射洪县人民政府驻成都办事处`` is one unit (no 科室 of the 人民政府);
- a 职级 (``四级主任科员``, ``一级科员``) in the 职务 column is the post; ``党组书记、常务副主席`` is one post;
- a post written with its 股 in a list without a 科室 column is kept whole with department ""
  (``审核结算股股长``), as ``财政所所长`` is (layouts, heldout, batch8, batch64, batch77);
- ``乐正雪樵、郦晴野`` in one 责任人 cell are two holders of the same post, each with every point of
  those rows;
- a roster under the table (``附：岗位人员对应表``) names each post's holder: the post's points are
  that person's;
- the 局长, 副局长, 部长, 常务副部长, 主任 and 副主任 of a 办事处, 中心 or 法制办, the 科协's 党组书记、常务副主席
  and 副主席, the 新闻中心's 副总编辑 are leaders; 股长, 科长, 所长 of a 国土资源所, 部长 of a 科协 部, the
  宣传部's 办公室主任 and the heads of its county offices middle; the rest (职级 included) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b145_"
PLACE = "射洪县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
RESAVED: tuple[str, ...] = ()


def _per_person(cols: range):
    return lambda row: tuple(row[c] for c in cols)


# --------------------------------------------------------------------------- harder layout


def accounting_center_roster_below() -> dict:
    unit = f"{PLACE}会计核算中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查一览表", 7)
    sh.add("序号", "组别", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    holders = {
        ("中心领导", "主任"): ("敬予安", "leader"),
        ("中心领导", "副主任"): ("沃清遥", "leader"),
        ("会计核算组", "审核员"): ("庾思邈", "general"),
        ("会计核算组", "记账会计"): ("蒙凝露", "general"),
        ("出纳组", "出纳"): ("索闻笛", "general"),
    }
    rows = [
        ("中心领导", "主任", "报账单位大额资金支付审批把关不严", "制度机制", "高",
         "大额支付实行审核员初审、副主任复核、主任审批，支付明细按月报财政局。"),
        ("中心领导", "主任", "发现报账单位违规支出不予纠正、不报告", "思想道德", "中",
         "违规支出一律退回并书面告知报账单位，重大问题报财政局和县纪委监委。"),
        ("中心领导", "副主任", "核算中心统一账户资金调度不规范", "业务流程", "中",
         "资金调度须主任签批，银行账户余额每日核对。"),
        ("会计核算组", "审核员", "原始凭证审核不严，为不合规票据办理报账", "岗位职责", "高",
         "逐张审核原始凭证的合法性、真实性、完整性，审核员签章负责。"),
        ("会计核算组", "审核员", "与报账单位报帐员串通，虚列支出套取资金", "外部环境", "高",
         "审核员定期轮换联系单位，报账资料随机抽查复审。"),
        ("会计核算组", "记账会计", "未经审批擅自调整报账单位账务", "岗位职责", "中",
         "调账须填写调账审批单，经副主任批准后办理。"),
        ("出纳组", "出纳", "不按审核意见支付现金，公款私存", "制度机制", "高",
         "出纳只凭加盖审核章的凭证付款，现金日清月结，库存现金不定期盘点。"),
        ("出纳组", "出纳", "银行存款余额调节表编制不及时", "业务流程", "低",
         "每月由会计核算组与出纳组共同对账，调节表经副主任签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        who, tier = holders[(dept, post)]
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, _per_person(range(1, 3)))])
    sh.add()
    _line(sh, "附：岗位人员对应表", 7)
    sh.add("序号", "组别", "岗位", "姓名", None, None, None)
    for n, ((dept, post), (who, _tier)) in enumerate(holders.items(), 1):
        sh.add(n, dept, post, who, None, None, None)
    sh.add()
    sh.add("填表人：", None, None, "中心主任：", None, "2017年3月", None)
    return _layout(
        "accounting_center_roster_below", "http://m.mydoc123.com/p-567808.html",
        "(harder) 县会计核算中心 岗位廉政风险点排查一览表 after the source's 核算中心操作规程 (单位报帐员, 核算中心审核员 "
        "审核原始凭证, 出纳组, 会计核算组 登记入帐, 核算中心主任 审批): the table — 序号/组别 merged (中心领导, 会计核算组, "
        "出纳组)/岗位 merged/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 — names NO holder; the people "
        "stand only in a small roster UNDER it, after a blank row: a merged caption ``附：岗位人员对应表`` over its own "
        "heading ``序号 | 组别 | 岗位 | 姓名`` and one row per post (主任 敬予安, 副主任 沃清遥, 审核员 庾思邈, 记账会计 "
        "蒙凝露, 出纳 索闻笛); 填表人/中心主任/date below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def land_bureau_town_stations() -> dict:
    unit = f"{PLACE}国土资源局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 11, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点预警防控一览表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2016年9月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室（所）", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "谯岷生", "国有建设用地使用权出让方案不经局党组集体研究即上报", "制度机制类", "高",
         "出让方案经局党组会集体研究，会议纪要存档备查。", "leader"),
        ("局领导", "局长", "谯岷生", "过问、干预国土资源所土地违法案件查处", "思想道德类", "中",
         "领导干部插手干预案件一律登记报告，案件查处结果集体审定。", "leader"),
        ("局领导", "副局长", "冼禾樵", "建设用地报批材料审核把关不严，为不符合条件的项目组卷上报", "岗位职责类",
         "高", "报批材料实行股室初审、分管领导复审两级审核。", "leader"),
        ("地籍股", "股长", "仝霁岚", "土地登记中对权属来源审查不严，违规办理登记发证", "岗位职责类", "高",
         "登记实行受理、审核、登簿分岗办理，疑难登记集体会审。", "middle"),
        ("地籍股", "股长", "仝霁岚", "违规查询、泄露地籍档案信息", "思想道德类", "低",
         "地籍档案查询实名登记，电子档案设置查询权限。", "middle"),
        ("耕地保护股", "股员", "郄映川", "土地整理项目新增耕地验收不实", "岗位职责类", "中",
         "验收实地丈量、拍照定位，乡镇、村组共同签字确认。", "general"),
        ("涪澜国土资源所", "所长", "粟沐阳", "农村宅基地申请审核降低条件，对未批先建不制止", "岗位职责类", "中",
         "宅基地申请在村组公示，审核结果报局耕地保护股备案。", "middle"),
        ("涪澜国土资源所", "所长", "粟沐阳", "动态巡查发现违法用地不报告、不制止", "制度机制类", "高",
         "巡查区域落实到人，巡查日志每周上报，局执法监察大队定期抽查。", "middle"),
        ("苎坪国土资源所", "协管员", "戈梓岩", "收受好处后对违法占地隐瞒不报", "思想道德类", "中",
         "协管员巡查情况每周向所长报告，举报电话在村务公开栏公布。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person = _per_person(range(1, 4))
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (3, person)])
    sh.add()
    sh.add("局长签字：", None, None, "纪检组长签字：", None, None, "分管领导签字：", None)
    return _layout(
        "land_bureau_town_stations", "https://fx361.cc/page/2011/0815/17635184.shtml",
        "县国土资源局 岗位廉政风险点预警防控一览表 after the source's account of a 县国土资源局's 廉政文化 (风险排查 of "
        "思想道德、岗位职责、制度机制; 思想道德类/业务管理类 risks; 局党组 signing 预警防控责任书 with the 局机关各股室 and "
        "各国土资源所): a ``填报单位（盖章）：射洪县国土资源局 | 填报时间：2016年9月`` line; 序号/科室 headed ``股室（所）`` "
        "merged — the 局's own 局领导, 地籍股, 耕地保护股 and two towns' ``涪澜国土资源所``, ``苎坪国土资源所``/岗位 and "
        "姓名 merged per person/廉政风险点/风险类别 written with ``类`` (``制度机制类``, ``思想道德类``, ``岗位职责类``)/"
        "风险等级 高/中/低/防控措施; 局长/纪检组长/分管领导 签字 line",
        [sh], t,
    )  # fmt: skip


def propaganda_dept_county_offices() -> dict:
    unit = f"中共{PLACE}委宣传部"
    sh = _Sheet("清单", [6, 12, 12, 24, 30, 8, 32, 14])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "主要职责", "廉政风险点", "风险等级", "防控措施", "监督责任人")
    rows = [
        ("部领导", "部长", "主持部务全面工作", "宣传文化项目资金安排不经部务会集体研究", "一级",
         "项目资金安排经部务会集体研究，研究结果在部机关公开。", "县纪委监委派驻纪检监察组", "leader"),
        ("部领导", "常务副部长", "协助部长处理日常工作，分管办公室、理论科", "干部推荐、评先评优中个人说了算",
         "一级", "推荐评优方案部务会研究，结果公示五个工作日。", "部长", "leader"),
        ("办公室", "主任", "负责机关财务、资产和后勤保障", "宣传品、办公用品采购不询价，指定供应商", "二级",
         "采购三家以上询价，验收两人签字，采购清单按季公开。", "常务副部长", "middle"),
        ("理论科", "科长", "负责县委理论学习中心组学习和理论宣讲", "理论宣讲报酬、课题经费发放不规范", "三级",
         "宣讲报酬按标准发放，课题经费凭结题报告拨付。", "常务副部长", "middle"),
        ("县文明办", "专职副主任", "负责文明单位、文明村镇创建和测评", "文明单位测评打分不公，接受参评单位请托",
         "一级", "测评实行随机抽取测评人员，测评结果公示。", "分管副部长", "middle"),
        ("县文明办", "专职副主任", "负责文明单位、文明村镇创建和测评", "文明创建专项经费分配不公开", "二级",
         "经费分配方案报部务会审定并公开。", "分管副部长", "middle"),
        ("县委外宣办", "主任", "负责对外宣传和新闻发布", "外宣稿件刊播费用虚报冒领", "二级",
         "刊播费用凭刊播样报、链接据实结算。", "分管副部长", "middle"),
        ("县网信办", "科员", "负责网络舆情监测和属地网站管理", "接受请托删除、屏蔽网络信息", "一级",
         "信息处置实行登记审批，处置记录每月报分管副部长审阅。", "分管副部长", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures, watcher, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, watcher)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    post = _per_person(range(1, 4))
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, post), (3, post)])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "2018年4月", None)
    return _layout(
        "propaganda_dept_county_offices", "http://iicha.com/jg/1094472/",
        "县委宣传部 岗位廉政风险防控清单 对岗不对人 after the source's 机构 page of a 县委宣传部 (精神文明建设, 对外宣传, "
        "网络舆情; 下属机构 理论科, 精神文明建设办公室, 互联网宣传科): ``附件1`` and the title ``中共射洪县委宣传部岗位廉政"
        "风险防控清单``; 序号/科室 merged — 部领导, 办公室, 理论科 and the county-level offices the 部 houses written as "
        "they are called, ``县文明办``, ``县委外宣办``, ``县网信办``/岗位/主要职责 (both merged per post)/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施/``监督责任人`` filled with roles (``县纪委监委派驻纪检监察组``, ``部长``, ``分管副部长``); "
        "no names anywhere; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def poverty_bureau_name_first() -> dict:
    unit = f"{PLACE}扶贫和移民工作局"
    sh = _Sheet("Sheet1", [6, 9, 9, 12, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "姓名", "职务", "股室", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("局领导", [
            ("邬澄溪", "局长", "leader", "财政专项扶贫资金项目安排不经局党组集体研究", "制度机制风险", "高",
             "项目安排经局党组会研究，项目计划在县政府网站公告。"),
            ("邬澄溪", "局长", "leader", "移民后期扶持项目资金分配向关系乡镇倾斜", "思想道德风险", "中",
             "后扶项目按规划和移民人口测算分配，分配结果公示。"),
            ("荀岫白", "副局长", "leader", "移民后扶项目竣工验收走过场", "岗位职责风险", "高",
             "验收由局、乡镇、村三方参加，验收资料归档备查。"),
        ]),
        ("项目股", [
            ("妫远汀", "股长", "middle", "产业扶贫项目申报材料审核把关不严", "岗位职责风险", "中",
             "申报材料实地核实，项目库入库前股室集体审核。"),
            ("妫远汀", "股长", "middle", "光伏扶贫电站收益分配方案不公开", "制度机制风险", "中",
             "收益分配方案经村民代表会议通过并在村公示栏公开。"),
        ]),
        ("移民后扶股", [
            ("幸南枝", "股长", "middle", "移民直补人口核定不实，虚增直补人数", "业务流程风险", "高",
             "直补人口每年核定一次，新增、核减名单张榜公示。"),
            ("檀书砚", "科员", "general", "受移民群众请托，违规登记后期扶持对象", "外部环境风险", "中",
             "登记资料两人审核，扶持对象信息与公安户籍比对。"),
        ]),
        ("办公室", [
            ("衡一苇", "会计", "general", "扶贫专项资金报账凭证审核不严", "制度机制风险", "低",
             "报账凭证经办人、股室负责人、分管领导三签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    for dept, items in groups:
        for n, (who, post, tier, point, typ, lv, measures) in enumerate(items, 1):
            sh.add(n, who, post, dept, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person = _per_person(range(1, 4))
    _merge_down(sh, first, [(3, lambda row: row[3]), (1, person), (2, person)])
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, "2017年5月", None)
    return _layout(
        "poverty_bureau_name_first", "http://zgtsxz.com/show-120100.html",
        "县扶贫和移民工作局 岗位廉政风险点一览表 after the source's news item on a 县扶贫和移民开发局 (移民后期扶持政策 "
        "中期评估, 移民直补人口, 后扶项目, 光伏扶贫项目): the NAME FIRST — 序号/``姓名``/``职务`` (both merged per person)/"
        "``股室`` merged (局领导, 项目股, 移民后扶股, 办公室) — then 风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "the 序号 starting again at 1 in every 股室; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def liaison_office_in_chengdu() -> dict:
    unit = f"{PLACE}人民政府驻成都办事处"
    sh = _Sheet("一览表", [6, 12, 9, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办事处领导", "主任", "鄞望舒", "办事处经费使用、资产处置不经主任办公会研究", "制度机制", "高",
         "经费使用和资产处置经主任办公会集体研究，会议纪要存档。", "leader"),
        ("办事处领导", "主任", "鄞望舒", "利用联络在蓉企业之便为亲友谋取利益", "思想道德", "中",
         "与在蓉企业交往情况定期报告，严禁接受企业宴请和礼品。", "leader"),
        ("办事处领导", "副主任", "井澹如", "招商引资项目信息不按规定报送，截留给关系企业", "岗位职责", "高",
         "项目信息登记编号，五个工作日内报县投资促进部门。", "leader"),
        ("综合科", "科长", "浦绎心", "驻地房屋出租收入不入账", "制度机制", "高",
         "出租合同报县机关事务部门备案，租金直接缴入财政专户。", "middle"),
        ("综合科", "会计", "官箬竹", "公务接待费用报销审核不严，虚列接待支出", "业务流程", "中",
         "接待费用凭公函、接待清单、发票报销，按月公示。", "general"),
        ("接待联络科", "科员", "危鸣涧", "来蓉公务接待超标准、超范围安排食宿", "外部环境", "中",
         "接待前报主任审批，严格执行县公务接待标准。", "general"),
        ("接待联络科", "科员", "危鸣涧", "在蓉务工人员维权救助资金发放不规范", "岗位职责", "低",
         "救助对象登记核实，发放名单经科室负责人审核后公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person = _per_person(range(1, 4))
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (3, person)])
    _line(sh, "注：本表由办事处综合科汇总，经主任办公会审定。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "2016年11月", None)
    return _layout(
        "liaison_office_in_chengdu", "https://www.sczyb.com/show13.html",
        "县人民政府驻成都办事处 岗位廉政风险防控一览表 after the source's 工作职责 of a 省人民政府驻外办事处 (联络, 招商引资 "
        "and 重点项目跟踪, 信息收集, 企事业单位 服务, 劳务 and 川籍农民工): the unit ``射洪县人民政府驻成都办事处`` in the "
        "title only; 序号/科室 merged (办事处领导, 综合科, 接待联络科)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a merged ``注：本表由办事处综合科汇总…`` line, then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def science_association_rank_posts() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("Sheet1", [6, 10, 14, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险点一览表", 7)
    sh.add("序号", "部门", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("机关领导", "党组书记、常务副主席", "咸若朴", "科普经费分配不经党组会集体研究", "一级",
         "科普经费分配方案经党组会研究，分配结果公开。", "leader"),
        ("机关领导", "党组书记、常务副主席", "咸若朴", "优秀科技工作者推荐中优亲厚友", "二级",
         "推荐条件公开，推荐人选公示。", "leader"),
        ("机关领导", "副主席", "储星野", "基层科普行动计划奖补对象推荐把关不严", "一级",
         "奖补对象实地考察，推荐名单经党组会研究并公示。", "leader"),
        ("办公室", "四级主任科员", "阙云岫", "机关经费报销审核不严，虚列会议、培训支出", "二级",
         "会议、培训凭通知、签到表、照片报销。", "general"),
        ("科普部", "部长", "那嘉木", "科普示范基地评审打分不公", "一级",
         "评审专家随机抽取，评审打分表存档备查。", "middle"),
        ("科普部", "部长", "那嘉木", "科普大篷车运行维护费虚报", "三级",
         "运行里程和维护记录每月登记，费用据实报销。", "middle"),
        ("学会部", "一级科员", "羿晚棠", "县级学会年检走过场，对违规学会不报告", "三级",
         "年检材料两人审核，年检结果报党组会。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    person = _per_person(range(1, 4))
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (3, person)])
    sh.add()
    sh.add("填表人：", None, None, "负责人：", None, "2019年3月", None)
    return _layout(
        "science_association_rank_posts", "http://sanqinyou.com/Html/2014-7-28/201472812601120145.html",
        "县科学技术协会 机关岗位廉政风险点一览表 after the source's news item on the 基层科普行动计划 奖补 (科普惠农兴村计划 "
        "and 社区科普益民计划; 农村专业技术协会, 科普带头人, 科普示范基地; 推荐, 评审): 序号/部门 merged (机关领导, 办公室, "
        "科普部, 学会部)/``职务`` and 姓名 merged per person — the head's post ``党组书记、常务副主席``, two staff written by "
        "their 职级 ``四级主任科员`` and ``一级科员``/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; "
        "填表人/负责人/date",
        [sh], t,
    )  # fmt: skip


def medical_coop_posts_with_offices() -> dict:
    unit = f"{PLACE}新型农村合作医疗管理中心"
    sh = _Sheet("排查表", [6, 14, 10, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心主任", "澹台知秋", "定点医疗机构准入评审不经集体研究", "制度机制风险", "高",
         "准入评审由卫生、财政、中心三方组成评审组，结果公示。", "leader"),
        ("中心副主任", "夹谷听松", "对定点医疗机构违规行为查处降格处理", "外部环境风险", "高",
         "违规处理意见经中心集体研究，处理结果通报。", "leader"),
        ("审核结算股股长", "宰父云门", "住院补偿审核把关不严，为目录外费用结算", "岗位职责风险", "高",
         "补偿审核系统设目录校验，股长每周抽审。", "middle"),
        ("审核结算股股长", "宰父云门", "大额补偿复核流于形式", "业务流程风险", "中",
         "单笔补偿一万元以上由两人复核并电话回访参合农民。", "middle"),
        ("审核员", "羊舌砚耕", "篡改补偿比例，多报销医疗费用", "思想道德风险", "高",
         "补偿比例系统自动计算，人工修改留痕并报股长审批。", "general"),
        ("稽查股股长", "梁丘晚照", "稽查中接受定点医疗机构宴请，对挂床住院瞒报", "外部环境风险", "中",
         "稽查两人以上同行，稽查记录当日上传。", "middle"),
        ("基金会计", "公良溪月", "新农合基金不按规定存入财政专户", "制度机制风险", "中",
         "基金收入当日缴入财政专户，每月与财政对账。", "general"),
        ("基金会计", "公良溪月", "基金收支报表数据失真", "业务流程风险", "低",
         "报表经股长、中心主任审签后报送。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    person = _per_person(range(1, 3))
    _merge_down(sh, first, [(1, person), (2, person)])
    sh.add()
    sh.add("填表人：", None, None, "中心主任：", None, "2015年6月", None)
    return _layout(
        "medical_coop_posts_with_offices", "https://www.meizhang.com/haowen/1252.html",
        "县新型农村合作医疗管理中心 岗位廉政风险排查表 after the source's paper on a 县's 新型农村合作医疗 (参合, 住院医疗补偿, "
        "定点医疗机构, 合作医疗基金 筹措): NO 科室 column — 序号/岗位 and 姓名 merged per person, the posts written with "
        "their 股 or the 中心 (``中心主任``, ``中心副主任``, ``审核结算股股长``, ``稽查股股长``) or bare (``审核员``, "
        "``基金会计``)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 填表人/中心主任/date; the compound surnames "
        "澹台, 夹谷, 宰父, 羊舌, 梁丘, 公良",
        [sh], t,
    )  # fmt: skip


def news_center_shared_reporters() -> dict:
    unit = f"{PLACE}新闻中心"
    sh = _Sheet("Sheet1", [6, 10, 10, 16, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    reporters = "乐正雪樵、郦晴野"
    rows = [
        ("中心领导", "主任", "宗政砚秋", "新闻稿件审签把关不严，刊播有偿新闻", "高",
         "稿件实行记者、编辑、主任三审，严禁有偿新闻。", "leader"),
        ("中心领导", "主任", "宗政砚秋", "广告经营收入分配不经中心集体研究", "高",
         "收入分配方案经中心会议研究，报县委宣传部备案。", "leader"),
        ("中心领导", "副总编辑", "漆雕长风", "通讯员稿酬审核发放不规范", "中",
         "稿酬按采用稿件登记表核发，按季公布。", "leader"),
        ("采编部", "记者", reporters, "采访中收受被采访单位红包、礼品", "中",
         "采访两人同行，拒收登记，廉洁采访承诺上墙。", "general"),
        ("采编部", "记者", reporters, "以曝光相要挟，向被报道单位索要钱物", "高",
         "批评报道选题经主任审定，举报电话公开。", "general"),
        ("广告部", "主任", "隋鹭洲", "广告业务收入私设小金库", "高",
         "广告款一律进中心对公账户，合同统一编号管理。", "middle"),
        ("广告部", "主任", "隋鹭洲", "刊例价外私下给予折扣并收取回扣", "中",
         "折扣须经中心主任审批，价格执行情况按月核查。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, shown, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, shown, point, lv, measures)
        for who in shown.split("、"):
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    person = _per_person(range(1, 4))
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (3, person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "2016年8月", None)
    return _layout(
        "news_center_shared_reporters", "https://www.zjkzx.gov.cn/book/history48/files/basic-html/page186.html",
        "县新闻中心 岗位廉政风险点一览表 after the source's memoir of a 县报's 采编运作 (总编, 副总编, 责任编辑, 县直科局和"
        "乡镇通讯员来稿, 印刷): 序号/部门 merged (中心领导, 采编部, 广告部)/岗位/``责任人`` (both merged per person) — the "
        "two 记者 written in ONE cell ``乐正雪樵、郦晴野`` over the two points they both hold/风险点/风险等级 高/中/低/"
        "防控措施; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def legal_office_duty_list() -> dict:
    unit = f"{PLACE}人民政府法制办公室"
    sh = _Sheet("责任清单", [6, 16, 32, 8, 32, 14, 8, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "职权名称", "风险点", "风险等级", "防控措施", "责任股室", "责任岗位", "责任人")
    rows = [
        ("规范性文件合法性审查", "对送审稿合法性审查走过场，出具不实审查意见", "二级",
         "审查意见经股室集体讨论，重大文件邀请法律顾问论证。", "规范性文件审查股", "股长", "缪听泉", "middle"),
        ("规范性文件合法性审查", "规范性文件未经统一登记编号即予公布", "三级",
         "登记编号台账专人管理，每季度清理核对。", "规范性文件审查股", "科员", "鄂小满", "general"),
        ("行政复议", "接受当事人请托，违规受理或不予受理复议申请", "一级",
         "受理审查两人办理，不予受理决定经主任审批。", "行政复议股", "股长", "邰鸣秋", "middle"),
        ("行政复议", "复议决定不经集体讨论，偏袒一方当事人", "一级",
         "重大复议案件提交复议委员会集体讨论。", "办领导", "主任", "栾溯川", "leader"),
        ("行政执法监督", "行政执法证件审核发放把关不严", "二级",
         "执法证件申领人员经培训考试合格，名单公示。", "执法监督股", "股长", "郇芷蘅", "middle"),
        ("行政执法监督", "执法监督检查中对违法执法行为不纠正", "二级",
         "检查结果书面通报，整改情况跟踪督办。", "办领导", "副主任", "燕栖梧", "leader"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, dept, post, who, tier) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "2015年10月", None)
    return _layout(
        "legal_office_duty_list", "http://www.fymate.cn/html/text/lar/173146/17314675_3.html",
        "县人民政府法制办公室 廉政风险防控责任清单 after the source's 规范性文件管理办法 of a 县 (县人民政府法制办公室 "
        "合法性审查: 制定主体、权限、程序、内容; 统一登记、统一编号、统一公布): 序号/``职权名称`` merged down (规范性文件"
        "合法性审查, 行政复议, 行政执法监督)/风险点/风险等级 ``一级/二级/三级``/防控措施, then the 科室, post and holder "
        "LAST — ``责任股室 | 责任岗位 | 责任人`` on every row (two rows of the 办领导, 主任 and 副主任); no type column; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    accounting_center_roster_below(),
    land_bureau_town_stations(),
    propaganda_dept_county_offices(),
    poverty_bureau_name_first(),
    liaison_office_in_chengdu(),
    science_association_rank_posts(),
    medical_coop_posts_with_offices(),
    news_center_shared_reporters(),
    legal_office_duty_list(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch145-inbox"))
