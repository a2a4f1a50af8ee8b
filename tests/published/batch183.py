"""A hundred-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES MIXED, all
of 綦江区 — a 镇 and its 站所, a 村, a 社区, a 中学, a 幼儿园, a 镇 卫生院, the 区中医院, the 区公共交通
公司 and the 区城乡供水公司 — each handing back its ordinary 一览表, 排查表, 清单 or 自查表 the way its
staff typed it (no re-saved copies):

- the 镇's 一览表 under a ``填报单位（盖章）：… | 填报时间：…`` line, the 站所 under ``单位（站所）``
  (镇领导, 财政所, 农业服务中心, 社会事务办, 规划建设管理办), ``…风险`` types, 高/中/低;
- the 村's 小微权力 清单: a short ``权力事项`` merged down before the 风险点, the post under ``责任岗位``
  (the 一肩挑 ``党支部书记、村委会主任``), the holder under ``责任人``, 一级/二级/三级 and a
  ``监督主体`` column (``村务监督委员会``, ``镇纪委``);
- the 中学's 排查表 with ``处室``, a long ``岗位职责`` merged per person, Ⅰ级/Ⅱ级/Ⅲ级, no types;
- the 幼儿园's 自查表, one a sheet (tabs named by the post), a line ``填表人：…　　岗位：…`` over
  each table and a ``自查结果`` column (``已落实``);
- the 卫生院's 排查表 whose title block takes three rows (title, ``（2024年度）``, a form line) and
  a ``备注`` column, 一级/二级/三级;
- the 公交公司's 一览表 with the holder under ``责任人`` and a ``监督责任人`` column naming the
  部门's head, levels ``★★★/★★/★`` and the note that reads them;
- the 供水公司's 排查表 with a short ``风险点`` beside a long ``风险表现``, ``…风险`` types, 高/中/低,
  a 填表人/审核人 line naming people.

One is the shape this batch adds to what the README describes — posts WITH THEIR HEADCOUNT:

- ``cuiyan_community_headcount``: the 社区's 清单 对岗不对人 with no 科室 column, each post cell
  carrying the number of people in it — ``网格员（8人）``, ``社区专职工作者（5人）``, ``社区党委书记（1人）``
  — and a note under it ``注：岗位后括号内为该岗位在岗人数。``. The post is the name before the
  brackets; nobody is named.

One is harder:

- ``tcm_hospital_dept_post_holder``: the 区中医院's 一览表 whose ONE column ``科室/岗位（责任人）``
  holds 科室, post and holder together — ``药剂科/科主任（东方霁）``, ``院领导/院长（桑梓舟）`` — a
  slash between 科室 and post, the holder in full-width brackets, beside 风险点/风险类型/风险等级/
  防控措施/``监督科室``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 镇's first 巡察 of its 工作站 and
机关单位; a 镇纪委's 村集体“三资” work and its 廉情观察员; a 区's 城市社区社会治理 with its 网格员; the
problems of a 普通中学 (职称评聘); a 幼儿园 安全检查记录表 under ``检查单位: 年 月 日``; the 行为规范 of a
hospital's 收费人员; 三明's 药品集中采购; a 公共交通车辆运营管理制度 (调度, 维护, 采购); a 自来水公司's
用户普查 by its 抄表员) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented; every unit is a body of 綦江区 (the
towns 蒲溪镇, 棠垭镇 and 箐口镇 and the 楠坪街道 invented).

Run ``python tests/published/score.py --set batch183`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b183_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``网格员（8人）`` is the post 网格员: the brackets hold how many hold it, no holder (对岗不对人);
- ``药剂科/科主任（东方霁）`` is 科室 药剂科, post 科主任, holder 东方霁; ``院领导/…`` is the 院领导 as
  the 科室 (as the batches write 所领导, 镇领导);
- the 一肩挑 post ``党支部书记、村委会主任`` is one post of one holder, kept as written;
- a ``监督责任人``, ``监督主体`` or ``监督科室`` column, a ``自查结果``, a ``备注`` and a short ``权力事项``
  are no point and no holder; the 填表人 of the 幼儿园's sheets is the holder (no other name there);
- 镇长/副镇长, the 村's 书记/主任, 校长/副校长, 园长, 院长/副院长, 总经理/副总经理 and 经理 are leaders;
  a 镇's 所长 and its 中心/办 主任, a 村's 监委会主任, 处室 主任, 科主任, 科长, 部长 and 室主任 middle; the
  rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b183_"
PLACE = "綦江区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000\u3000"


# --------------------------------------------------------------------------- harder layout


def tcm_hospital_dept_post_holder() -> dict:
    unit = f"{PLACE}中医院"
    sh = _Sheet("一览表", [6, 24, 34, 10, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "科室/岗位（责任人）", "风险点", "风险类型", "风险等级", "防控措施", "监督科室")
    rows = [
        ("院领导", "院长", "桑梓舟", "leader", "药品、耗材遴选和院内采购目录调整不经药事管理委员会集体研究",
         "制度机制", "高", "新增药品耗材须经药事会投票表决,表决结果和会议纪要存档。", "纪检监察室"),
        ("院领导", "院长", "桑梓舟", "leader", "基建维修项目化整为零规避招标", "岗位职责", "高",
         "维修项目按限额标准招标,院长办公会集体决策。", "纪检监察室"),
        ("药剂科", "科主任", "东方霁", "middle", "药品带量采购执行中变相采购非中选药品并收受回扣", "外部环境", "高",
         "中选药品使用量按月监测,非中选药品采购须书面说明理由。", "医务科"),
        ("药剂科", "采购员", "呼延晴川", "general", "中药饮片验收把关不严,以次充好、数量短缺", "业务流程", "中",
         "饮片验收双人进行,留样备查,验收记录与发票逐笔核对。", "医务科"),
        ("医务科", "科长", "沃叙白", "middle", "医疗纠纷处理中偏袒一方,私下协商赔偿", "思想道德", "中",
         "纠纷赔偿经医患纠纷处理小组集体研究,协议报院长办公会备案。", "纪检监察室"),
        ("财务科", "会计", "蓬素馨", "general", "医保结算数据审核不严,多记、串换收费项目", "业务流程", "中",
         "医保结算清单与病历医嘱每月抽查比对。", "审计科"),
        ("设备科", "科长", "楚惊蛰", "middle", "医疗设备采购参数设置倾向特定品牌", "制度机制", "高",
         "采购参数经三家以上论证,论证意见公开。", "纪检监察室"),
        ("设备科", "科长", "楚惊蛰", "middle", "设备维保合同续签不比价", "岗位职责", "低",
         "维保服务每两年比选一次,续签经分管院长审批。", "纪检监察室"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, f"{dept}/{post}（{who}）", point, typ, lv, measures, watch)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "tcm_hospital_dept_post_holder", "https://fx361.cc/page/2015/0311/16118836.shtml",
        "(harder) 区中医院 岗位廉政风险点一览表 after the source's account of 三明's 公立医院 药品集中采购 (招采合一, "
        "药占比, 量价挂钩): ONE column headed ``科室/岗位（责任人）`` holds 科室, post and holder together — "
        "``院领导/院长（桑梓舟）``, ``药剂科/科主任（东方霁）``, ``药剂科/采购员（呼延晴川）`` (compound surnames "
        "东方, 呼延), ``设备科/科长（楚惊蛰）`` merged over his two rows — a slash between 科室 and post, the holder in "
        "full-width brackets; then 风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``监督科室``; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def cuiyan_community_headcount() -> dict:
    unit = f"{PLACE}楠坪街道翠岩社区居民委员会"
    sh = _Sheet("清单", [6, 22, 30, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{PLACE}楠坪街道翠岩社区岗位廉政风险防控清单", 7)
    r = sh.add(f"填报单位：{unit}", None, None, None, "填报时间：2024年9月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    posts = [
        ("社区党委书记", 1, "leader", "主持社区党委和居委会全面工作", [
            ("社区公益性岗位人员推荐优亲厚友", "岗位职责", "高", "公益性岗位人选经“两委”会议研究,推荐名单公示。"),
            ("社区集体资产出租不经居民代表会议决定", "制度机制", "高",
             "资产出租经居民代表会议表决,合同报街道备案。"),
        ]),
        ("居委会副主任", 2, "leader", "协助主任分管民政、物业和安全工作", [
            ("老旧小区改造意见征集走过场,为施工方说情", "外部环境", "中", "改造方案入户征求意见,签字确认后公示。"),
        ]),
        ("社区专职工作者", 5, "general", "办理低保、临时救助、高龄津贴等民生事项", [
            ("低保、临时救助入户调查不实,为不符合条件的家庭出具证明", "岗位职责", "高",
             "入户调查两人同行,调查结果在社区公示栏公示七天。"),
            ("高龄津贴对象死亡后不及时报停", "业务流程", "低", "每月与殡葬、医保数据比对,及时报停。"),
        ]),
        ("网格员", 8, "general", "网格内人口、房屋、矛盾纠纷等信息采集和上报", [
            ("网格信息采集弄虚作假,虚报走访户数", "思想道德", "低", "走访记录定位拍照上传,社区每月抽查回访。"),
            ("出租房屋登记中收取房东好处,瞒报不报", "外部环境", "中", "出租房屋信息与派出所数据比对,举报电话公开。"),
        ]),
        ("报账员", 1, "general", "社区经费报账和票据管理", [
            ("社区活动经费虚列支出、白条入账", "制度机制", "中", "支出凭证经办人、证明人、审批人三签,按季公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, count, tier, duty, points in posts:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, f"{post}（{count}人）", duty, point, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    per_post = lambda row: row[1]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    _line(sh, "注：岗位后括号内为该岗位在岗人数。", 7)
    sh.add("社区党委书记签字:", None, None, "街道审核意见:", None, None, None)
    return _layout(
        "cuiyan_community_headcount", "https://jicengzhizhi.com/2022/1208/2414.shtml",
        "社区 岗位廉政风险防控清单 对岗不对人 after the source's account of a 区's 城市社区社会治理 (网格化服务管理, 社区"
        "工作人员 and 网格员, 社会救助兜底保障): ``填报单位：… | 填报时间：…`` over the table; no 科室 column; each post "
        "cell CARRIES ITS HEADCOUNT in brackets — ``社区党委书记（1人）``, ``居委会副主任（2人）``, ``社区专职工作者（5人）``, "
        "``网格员（8人）``, ``报账员（1人）`` — merged with a ``岗位职责`` per post; 风险点/风险类型/风险等级 高/中/低/"
        "防控措施; under it the note ``注：岗位后括号内为该岗位在岗人数。`` and a 签字/审核意见 line; no names anywhere",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def puxi_town_stations() -> dict:
    unit = f"{PLACE}蒲溪镇人民政府"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2024年8月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "单位（站所）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "禤栖篁", "leader", "镇级工程项目不经党委会研究即确定施工单位", "制度机制风险", "高",
         "镇级项目按“三重一大”集体决策,限额以上进公共资源交易平台。"),
        ("镇领导", "副镇长", "郦书棠", "leader", "分管领域惠农资金分配中打招呼、递条子", "思想道德风险", "中",
         "资金分配方案经镇长办公会研究,分配结果公示。"),
        ("财政所", "所长", "鄞抱朴", "middle", "村级转移支付资金拨付不按审批,挤占挪用", "岗位职责风险", "高",
         "转移支付资金直达村账户,拨付凭证与审批单逐笔核对。"),
        ("财政所", "会计", "佘晚枫", "general", "镇机关公务支出报销审核不严", "业务流程风险", "中",
         "报销实行经办、审核、审批三签,票据网上查验。"),
        ("农业服务中心", "主任", "昝怀礼", "middle", "高标准农田建设项目验收走过场", "岗位职责风险", "高",
         "验收组由镇村干部和群众代表组成,验收结果公示。"),
        ("农业服务中心", "农技员", "仝穗禾", "general", "种粮补贴面积核实不准,多报冒领", "业务流程风险", "中",
         "补贴面积以确权数据为准,村组公示无异议后上报。"),
        ("社会事务办", "主任", "逄星野", "middle", "低保、特困对象审核把关不严,人情保、关系保", "外部环境风险", "高",
         "低保审核实行入户调查、民主评议、镇村两级公示。"),
        ("社会事务办", "民政专干", "澹台明澈", "general", "临时救助金发放不及时、截留", "制度机制风险", "低",
         "救助金通过“一卡通”发放,发放明细按月公开。"),
        ("规划建设管理办", "主任", "邰景曜", "middle", "农村建房审批中吃拿卡要", "思想道德风险", "中",
         "建房审批事项公开,现场踏勘两人以上。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("镇纪委书记签字:", None, None, None, "填表人:", None, None, None)
    return _layout(
        "puxi_town_stations", "https://ai03.cn/archiver/tid-239802.html",
        "镇 岗位廉政风险点一览表 after the source's account of a 镇's first 巡察 (its 工作站站长, 机关单位负责人, 驻村干部, "
        "村(社区)): ``填报单位（盖章）：… | 填报时间：…`` over the table; 序号/``单位（站所）`` merged (镇领导, 财政所, "
        "农业服务中心, 社会事务办, 规划建设管理办)/岗位 and 姓名 merged per person (the compound surname ``澹台明澈``)/"
        "风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 镇纪委书记签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def shisun_village_power_list() -> dict:
    unit = f"{PLACE}棠垭镇石笋村"
    sh = _Sheet("小微权力", [6, 14, 34, 18, 9, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 8)
    sh.add("序号", "权力事项", "风险点", "责任岗位", "责任人", "风险等级", "防控措施", "监督主体")
    head = "党支部书记、村委会主任"
    rows = [
        ("重大事项决策", "村级重大事项不按“四议两公开”程序决策", head, "郄青崖", "leader", "一级",
         "重大事项经党支部提议、两委会商议、党员大会审议、村民代表会议决议,结果公开。", "村务监督委员会"),
        ("重大事项决策", "村集体经济项目选址、投资个人说了算", head, "郄青崖", "leader", "一级",
         "项目方案经村民代表会议表决,报镇党委备案。", "镇纪委"),
        ("集体“三资”管理", "集体土地、山林发包不公开竞价,低价发包给亲友", "村委会副主任", "渠晚晴", "middle",
         "一级", "发包方案公示,公开竞价,合同报镇农经站备案。", "村务监督委员会"),
        ("集体“三资”管理", "集体资产台账不全,出租收入不入账", "村报账员", "瞿念禾", "general", "二级",
         "资产台账每年清查,租金直接进村集体账户。", "镇纪委"),
        ("村级财务", "白条入账、先支后审", "村报账员", "瞿念禾", "general", "二级",
         "村级支出实行镇村账代管,票据经村务监督委员会审核签字。", "村务监督委员会"),
        ("民生事项办理", "低保、危房改造对象评议中优亲厚友", "村文书", "荆檀心", "general", "二级",
         "评议结果在村务公开栏公示,接受群众监督。", "村务监督委员会"),
        ("村务监督", "对村级财务审核签字走过场", "村务监督委员会主任", "嵇梦溪", "middle", "三级",
         "监委会成员集体审核,审核意见逐笔记录。", "镇纪委"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, post, who, tier, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, power, point, post, who, lv, measures, watch)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[3:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (3, per_person), (4, per_person)])
    sh.add()
    sh.add("村党支部（盖章）", None, None, "镇纪委审核:", None, None, "2024年7月", None)
    return _layout(
        "shisun_village_power_list", "https://dzb.zzrbnews.com/news/58032",
        "村 小微权力廉政风险防控清单 after the source's account of a 镇纪委's 村集体“三资” 监管 (村务监督委员会, 廉情观察员, "
        "三资台账): 序号/``权力事项`` merged down (重大事项决策, 集体“三资”管理, 村级财务, 民生事项办理, 村务监督)/风险点/"
        "``责任岗位`` (the 一肩挑 ``党支部书记、村委会主任``, 村委会副主任, 村报账员, 村文书, 村务监督委员会主任) and "
        "``责任人`` merged per person/风险等级 一级/二级/三级/防控措施/``监督主体`` (村务监督委员会, 镇纪委); no type column; "
        "a 盖章/审核 line",
        [sh], t,
    )  # fmt: skip


def yanxi_school_offices() -> dict:
    unit = f"{PLACE}雁溪中学"
    sh = _Sheet("排查表", [6, 10, 10, 10, 26, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    people = [
        ("校长室", "校长", "扶砚池", "leader", "主持学校全面工作,负责人事、财务和重大事项", [
            ("教师职称评聘推荐中打招呼、优亲厚友", "Ⅰ级", "评聘方案和量化赋分结果公示,推荐经校务会集体研究。"),
            ("学校大宗物资采购不经集体决策", "Ⅰ级", "大宗采购按政府采购程序,校务会研究并留存纪要。"),
        ]),
        ("校长室", "副校长", "冶星澜", "leader", "分管教学和招生工作", [
            ("招生中违规招收择校生", "Ⅰ级", "招生计划、录取名单公开,接受家长监督。"),
        ]),
        ("教务处", "主任", "戢元朗", "middle", "负责教学管理、学籍管理和考务", [
            ("学籍变更审核不严,违规办理转学", "Ⅱ级", "学籍变更材料两人审核,按月报教育局核查。"),
            ("教辅资料征订中收受回扣", "Ⅱ级", "教辅资料坚持自愿征订,书目经家委会审议。"),
        ]),
        ("总务处", "主任", "巫马长庚", "middle", "负责校舍维修、食堂和物资管理", [
            ("食堂食材采购验收走过场,以次充好", "Ⅰ级", "食材定点采购,验收双人签字,每日留样。"),
        ]),
        ("总务处", "报账员", "羿晓岚", "general", "负责经费报账和票据管理", [
            ("报销票据审核不严,虚列支出", "Ⅲ级", "票据网上查验,报账凭证三签。"),
        ]),
        ("德育处", "主任", "伊若蘅", "middle", "负责学生管理和资助工作", [
            ("家庭经济困难学生认定不准,资助对象不实", "Ⅱ级", "资助对象班级评议、学校审核、校内公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, duty, points in people:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("校长签字:", None, None, "填表人:", None, None, "2024年9月", None)
    return _layout(
        "yanxi_school_offices", "https://soolun.net/periodical/161bd1b29b4ba33c40bd38af8ab497ee.html",
        "中学 岗位廉政风险点排查表 after the source's account of the problems of a 普通中学 (教师专业技术职务评聘, 竞争"
        "机制, 教育科研): 序号/``处室`` merged (校长室, 教务处, 总务处, 德育处)/岗位/姓名/a long ``岗位职责`` — the three "
        "merged per person (the compound surname ``巫马长庚``)/风险点/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施; no type column; "
        "校长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def tangya_kindergarten_selfcheck() -> dict:
    unit = f"{PLACE}棠垭镇中心幼儿园"
    t = _Truth(unit)
    people = [
        ("园长", "栾葭苇", "leader", [
            ("幼儿园保教费、伙食费收支不公开", "高", "收费项目和标准公示,伙食费每月公布收支。", "已落实"),
            ("园舍维修项目不比价直接确定施工方", "中", "维修项目三家比价,园务会研究。", "已落实"),
        ]),
        ("保健医", "殳清禾", "general", [
            ("食品进货查验索证不严,接收过期食材", "高", "进货索票索证,建立采购台账,每日检查。", "已落实"),
            ("晨检和体检记录补记、造假", "低", "晨检记录当日登记,园长每周抽查。", "正在完善"),
        ]),
        ("会计", "甘棠月", "general", [
            ("伙食费与保教费混用,挤占幼儿伙食费", "高", "伙食费单独核算,盈亏不超过百分之二。", "已落实"),
            ("现金收费不及时入账", "中", "收费当日入账,票据连号使用。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(post, [6, 34, 9, 34, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        _line(sh, f"填表人：{who}{GAP}岗位：{post}", 5)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查结果")
        for n, (point, lv, measures, state) in enumerate(points, 1):
            sh.add(n, point, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("检查单位:", None, "年　月　日", None, None)
        sheets.append(sh)
    return _layout(
        "tangya_kindergarten_selfcheck", "https://m.daumloan.com/p-719826306.html",
        "镇中心幼儿园 岗位廉政风险自查表 after the source's 幼儿园安全检查记录表 (``检查单位: 年月日``, 项目/检查要点/检查"
        "结果; 食堂, 卫生保健, 索证): one sheet a person, the tabs named by the POST (园长, 保健医, 会计); under the title a "
        "merged line ``填表人：栾葭苇　　岗位：园长``; 序号/风险点/风险等级 高/中/低/防控措施/``自查结果`` (已落实, 正在"
        "完善); a ``检查单位: | 年　月　日`` line under each table; no 科室, no types",
        sheets, t,
    )  # fmt: skip


def qingkou_health_center() -> dict:
    unit = f"{PLACE}箐口镇中心卫生院"
    sh = _Sheet("排查表", [6, 10, 10, 9, 34, 12, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    _line(sh, "（2024年度）", 9)
    r = sh.add(f"单位：{unit}", None, None, None, None, "填报日期：2024年6月", None, None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("院领导", "院长", "莘野", "leader", "药品、设备采购不经院务会研究", "制度机制", "一级",
         "采购事项院务会集体研究,通过县药品集中采购平台采购。", None),
        ("院领导", "副院长", "暨南星", "leader", "分管的基本公共卫生服务项目考核打分不实", "岗位职责", "二级",
         "考核结果集体评定并公示。", None),
        ("收费室", "收费员", "衡若竹", "general", "收费不开票据,截留现金", "业务流程", "一级",
         "收费实行电子票据,每日日结对账。", None),
        ("药房", "药剂员", "敬婉清", "general", "药品出入库账实不符,私自售药", "岗位职责", "二级",
         "药品出入库信息化管理,每月盘点。", "新增"),
        ("公共卫生科", "科长", "檀溪月", "middle", "家庭医生签约和慢病随访数据造假,套取补助资金", "思想道德", "一级",
         "随访记录电话抽查回访,补助资金按考核结果拨付。", None),
        ("公共卫生科", "科长", "檀溪月", "middle", "疫苗冷链管理记录补记", "业务流程", "三级",
         "冷链温度自动监测,异常及时报告。", None),
        ("财务室", "会计", "第五清源", "general", "医保基金结算违规记账,串换项目", "外部环境", "二级",
         "医保结算明细每月与医保系统核对。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("院长签字:", None, None, None, "填表人:", None, None, None, None)
    return _layout(
        "qingkou_health_center", "https://abg.baidu.com/tags/2k65jowk2w35dsgl2sy3p7wo6hinbtvkxhtlpnq11",
        "镇中心卫生院 岗位廉政风险排查表 after the source's 医院收费人员服务行为规范 (收费窗口, 票据, 日结): a title block "
        "of THREE rows (the title, ``（2024年度）`` merged alone, ``单位：… | 填报日期：…``), then 序号/科室 merged (院领导, "
        "收费室, 药房, 公共卫生科, 财务室)/岗位 and 姓名 merged per person (the compound surname ``第五清源``)/风险点/"
        "风险类型 (short names)/风险等级 一级/二级/三级/防控措施/``备注`` (``新增`` once); 院长签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def qijiang_bus_company_stars() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    sh = _Sheet("一览表", [6, 12, 12, 9, 34, 9, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险等级", "防控措施", "监督责任人")
    rows = [
        ("公司领导", "总经理", "越临渊", "leader", "新能源公交车购置不按规定招标", "★★★",
         "车辆购置公开招标,董事会集体决策。", "区国资委"),
        ("运营调度部", "部长", "萨映川", "middle", "线路调整、班次安排中为关系人员谋取好处", "★★",
         "线路调整方案经公司办公会研究并公示。", "越临渊"),
        ("运营调度部", "调度员", "宰父青梧", "general", "排班中收受驾驶员好处安排优质线路", "★★",
         "排班由系统轮转生成,调整须部长签字。", "萨映川"),
        ("机务维修部", "部长", "麦朗星", "middle", "车辆配件采购指定供应商,收受回扣", "★★★",
         "配件采购比价,验收与采购分离。", "越临渊"),
        ("机务维修部", "配件保管员", "凤栖梧", "general", "旧配件回收不入库,私自变卖", "★",
         "旧件交回登记,定期盘点处置。", "麦朗星"),
        ("票务稽查部", "稽查员", "权晓岚", "general", "查处逃票时私收票款不开票", "★★",
         "稽查全程执法记录仪记录,补票开具电子票据。", "区国资委"),
        ("综合办公室", "主任", "宁照野", "middle", "公司车辆私用,虚报加油费", "★",
         "公务车辆定位管理,加油卡与车辆绑定。", "越临渊"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, watch)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "qijiang_bus_company_stars", "https://max.book118.com/html/2026/0120/6102135030012051.shtm",
        "区公共交通有限公司 岗位廉洁风险点一览表 after the source's 公共交通车辆运营管理制度 (部门职责, 调度, 维护, 采购, "
        "权限管理): 序号/部门 merged (公司领导, 运营调度部, 机务维修部, 票务稽查部, 综合办公室)/岗位/``责任人``/"
        "``廉洁风险点``/风险等级 ``★★★/★★/★``/防控措施/``监督责任人`` (the 部门's head or the 总经理 by name — "
        "越临渊, 萨映川, 麦朗星 hold posts themselves — or ``区国资委``); the compound surname ``宰父青梧``; a note "
        "``注：风险等级★★★为高风险，★★为中风险，★为低风险。`` under it; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def qijiang_water_company() -> dict:
    unit = f"{PLACE}城乡供水有限公司"
    sh = _Sheet("排查表", [6, 10, 10, 9, 16, 30, 12, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "幸思齐", "leader", "管网改造项目", "管网改造工程不按程序招标,指定施工单位",
         "制度机制风险", "高", "工程项目经经理办公会研究,按规定公开招标。"),
        ("营业部", "部长", "贲若愚", "middle", "水费减免", "违规审批水费减免、核减水量", "岗位职责风险", "高",
         "减免核减须两人现场核实,经理审批并留档。"),
        ("营业部", "抄表员", "蹇远山", "general", "水表抄读", "估抄、漏抄,与用户串通少计水量", "业务流程风险", "中",
         "抄表拍照上传,抄表区域定期轮换。"),
        ("营业部", "抄表员", "母晓棠", "general", "用水性质核定", "将经营用水按居民用水计价", "外部环境风险", "中",
         "用水性质每年普查核定,结果抽查复核。"),
        ("工程部", "安装工", "禄千里", "general", "接水安装", "私接水管收取好处费,材料虚报", "思想道德风险", "低",
         "接水工单系统派发,材料按工单领用核销。"),
        ("财务部", "出纳", "但雪凝", "general", "水费收缴", "收缴水费不及时存入银行,挪用", "制度机制风险", "中",
         "水费当日存入,收费系统与银行流水日核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：母晓棠", None, None, None, "审核人：贲若愚", None, None, "2024年7月", None)
    return _layout(
        "qijiang_water_company", "http://waterchina.cn/news.asp?id=4675",
        "区城乡供水有限公司 廉洁风险点排查表 after the source's account of a 自来水公司's 用户普查 (抄表员, 窃水, 水价与"
        "用水性质不符, 营业收费系统): 序号/部门 merged (公司领导, 营业部, 工程部, 财务部)/岗位 and 姓名 merged per person/"
        "a short ``风险点`` (管网改造项目, 水费减免, 水表抄读) beside a long ``风险表现``/风险类别 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``填表人：母晓棠 | 审核人：贲若愚`` line under it (both also holders)",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tcm_hospital_dept_post_holder(),
    cuiyan_community_headcount(),
    puxi_town_stations(),
    shisun_village_power_list(),
    yanxi_school_offices(),
    tangya_kindergarten_selfcheck(),
    qingkou_health_center(),
    qijiang_bus_company_stars(),
    qijiang_water_company(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch183-inbox"))
