"""A ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 镇's 站所,
a 村's 村干部, a 社区's 工作人员, a 县中医院, a 县职业技术学校, a 县社会福利中心, a 县疾病预防控制中心, a 县
城市建设投资集团 and a 县文化旅游发展公司 — each sending its 一览表 / 排查表 / 清单 / 卡 the way such
offices do, every one of them in an invented 漳浦县:

- a 镇 站所 一览表: ``所在站所`` merged (农业农村综合服务中心, 财政所, 综合行政执法队, 退役军人服务站),
  岗位 and 姓名 merged per person, short types, 高/中/低 and a trailing ``分管领导`` name merged per
  站所 (one 副镇长 over two 站所) — the 站所 are the 镇's 科室, the 分管领导 no holder;
- a 村 村干部 廉政风险防控卡 per sheet (tabs 书记主任, 报账员, 监委会主任), the pairs ``姓名 | … | 职务 |
  …`` above a ``主要职责`` line, the 一肩挑 post ``党支部书记、村委会主任`` in one cell, a trailing
  ``监督主体`` (``镇纪委、村务监督委员会``: bodies, no names);
- a 社区 工作人员 排查表 that begins with the people: ``姓名 | 职务 | 分工`` merged per person, then
  风险点/风险等级/防控措施; the 书记 一肩挑 ``党委书记、居委会主任``, a 网格员 whose 分工 is
  ``第三网格日常巡查``; no 科室;
- a 县中医院 排查表: 科室 merged, 岗位/姓名, a short ``廉洁风险点`` beside a long ``主要表现形式``,
  short types, ``一级/二级/三级``;
- a 县职业技术学校 个人自查表 per sheet (tabs the holders' names), the pairs ``处室 | … | 姓名 | … |
  职务 | …`` in ONE row above the table, short types, 高/中/低;
- a 县城市建设投资集团 清单 对岗不对人: 部门 merged, 岗位, ``业务环节`` (a step, no point), ``风险点``,
  levels ``重大/较大/一般`` and a trailing ``责任领导`` holding roles (``分管副总经理``), no names;
- a 县社会福利中心 一览表: 部门 merged, 岗位/责任人 and a ``岗位职责`` merged per person, levels
  ``★★★/★★/★`` with the note that defines them;
- a 县文化旅游发展公司 清单 cut by section rows ``一、票务中心`` …, 岗位/风险点/``高风险/中风险/低风险``/
  防控措施 and a trailing ``责任人`` name.

One is harder:

- ``zhangpu_cdc_high_to_low``: a 县疾病预防控制中心 一览表 whose levels are ``A/B/C`` and whose only
  legend is the note under it, after its source's own words: ``廉政风险由高到低分为A、B、C三个等级`` —
  no ``A为高风险``; the order alone says A is 1, B 2, C 3.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 省疾控中心 that graded its 72
廉政风险点 A, B and C from high to low; a comparison of 乡镇规程 and their 事业站所; a study of how
村干部 are watched, 村务监督委员会 and 村务公开; a report on 社区治理 in three 街道; a study of 中药配方颗粒
procurement and use in a 中医医院; a piece on 中职学生资助 and its 公示; a 县's 工程建设领域 problems
排查; a 民政局 official's 养老服务 corruption; 景区门票 and 旅游公司) and the layout follows their words. Rows
worded by us, names invented.

Run ``python tests/published/score.py --set batch99`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b99_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``由高到低分为A、B、C三个等级`` defines A/B/C as 1/2/3 (the first named is the highest);
- a 镇's 站所 (农业农村综合服务中心, 财政所, 综合行政执法队, 退役军人服务站) are its 科室; a ``分管领导``
  column is the one who watches, never the holder, when the table has 岗位 and 姓名;
- the 一肩挑 post ``党支部书记、村委会主任`` / ``党委书记、居委会主任`` in a 职务 cell is ONE post held by one
  person, kept as written;
- a 社区's ``分工`` is the holder's line of work (``第三网格日常巡查`` too), not a 科室: no department;
- a ``处室 | … | 姓名 | … | 职务 | …`` row above a 自查表 gives its 科室, holder and post;
- ``重大/较大/一般`` are 1/2/3; ``业务环节`` beside ``风险点`` is a step of the work, not a point;
- a ``责任领导`` column holding roles (``分管副总经理``) names no holder: the list is 对岗不对人;
- ``★★★/★★/★`` are 1/2/3;
- a section row ``一、票务中心`` is the 部门 of the rows under it, and no point;
- 党支部书记、村委会主任 and 社区 党委书记 are leaders; 主任 of a 科/处/部/中心, 科长, 所长, 队长, 站长,
  部长, 村务监督委员会主任, 居委会副主任 and 主管 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b99_"
ABC = {"A": 1, "B": 2, "C": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
GRAVITY = {"重大": 1, "较大": 2, "一般": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
MIDDLE = ("主任", "科长", "所长", "队长", "站长", "部长", "村务监督委员会主任", "居委会副主任", "主管",
          "护理部主任")  # fmt: skip
LEADERS = ("党支部书记、村委会主任", "党委书记、居委会主任")


def _tier(post: str) -> str:
    return "leader" if post in LEADERS else "middle" if post in MIDDLE else "general"


# --------------------------------------------------------------------------- harder layout


def zhangpu_cdc_high_to_low() -> dict:
    unit = "漳浦县疾病预防控制中心"
    sh = _Sheet("一览表", [6, 12, 10, 8, 34, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("免疫规划科", "科长", "郦嘉澍", "疫苗分配向关系接种单位倾斜", "A",
         "疫苗分配按各接种单位需求计划核定,分配结果每月公示。"),
        ("免疫规划科", "科长", "郦嘉澍", "疫苗出入库记录与冷链系统数据不符", "B",
         "出入库扫码登记,每月账物核对。"),
        ("检验科", "检验员", "笪雨霏", "检测数据人为修改,出具不实检验报告", "A",
         "原始记录当场录入系统,报告实行编制、审核、签发三级审核。"),
        ("卫生监测科", "科长", "仉鸿远", "职业病危害因素检测中接受企业宴请、礼品", "B",
         "检测人员不少于两人,检测结束廉洁回访。"),
        ("卫生监测科", "监测员", "厍秋萍", "公共场所卫生监测结果通风报信", "C",
         "监测计划保密,结果经科室集体审核后出具。"),
        ("财务科", "会计", "蒯思源", "公共卫生专项经费报销不按标准审核", "B",
         "专项经费专账核算,报销凭项目任务书和验收单。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], ABC[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(
        sh, "说明:依据风险发生的几率和可能造成的危害程度,廉政风险由高到低分为A、B、C三个等级。", 7
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2024年6月", None)
    return _layout(
        "zhangpu_cdc_high_to_low", "http://wsjkw.gd.gov.cn/old_gkml/content/post_2126882.html",
        "(harder) 县疾病预防控制中心 廉政风险点一览表 after the source's account of a 省疾控中心's 廉政风险防控 (权力"
        "运行监控, 72 廉政风险点 graded A, B and C ``由高到低``): 序号/科室 merged (免疫规划科, 检验科, 卫生监测科, "
        "财务科)/岗位 and 姓名 merged per person/风险点/风险等级 written ``A/B/C``/防控措施; the ONLY legend a "
        "merged line under the table ``说明:…廉政风险由高到低分为A、B、C三个等级。`` (the order, no ``A为高``); "
        "no type column; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xuyu_town_stations() -> dict:
    unit = "漳浦县溆屿镇"
    sh = _Sheet("站所", [6, 16, 10, 8, 34, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险防控一览表", 9)
    sh.add("序号", "所在站所", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施",
           "分管领导")  # fmt: skip
    rows = [
        ("农业农村综合服务中心", "主任", "甘霖泽", "耕地地力保护补贴面积核实不严,虚报冒领", "岗位职责", "高",
         "补贴面积村级公示、中心复核,发放名单镇政府网站公开。", "靳之遥"),
        ("农业农村综合服务中心", "农技员", "佘芷蘅", "良种、化肥等惠农物资发放优亲厚友", "思想道德", "中",
         "物资发放凭村级名册签领,发放结果张榜公布。", "靳之遥"),
        ("财政所", "所长", "褚砚秋", "村级转移支付资金不按程序拨付", "制度机制", "高",
         "拨付凭村级申请、镇分管领导审批,资金直达村级账户。", "鄢青禾"),
        ("财政所", "会计", "逄晓岚", "惠民惠农“一卡通”代发信息审核不严", "业务流程", "中",
         "代发信息与主管部门名单逐户比对,发放后抽查回访。", "鄢青禾"),
        ("综合行政执法队", "队长", "雒文轩", "违法建设查处降格处理、以罚代拆", "外部环境", "高",
         "执法全过程记录,处罚决定经镇法制审核。", "靳之遥"),
        ("综合行政执法队", "队长", "雒文轩", "暂扣、罚没物品私自处置", "制度机制", "中",
         "暂扣物品登记入库,处置经集体研究。", "靳之遥"),
        ("退役军人服务站", "站长", "钭晓萌", "优抚对象信息审核不严,违规享受待遇", "岗位职责", "低",
         "优抚对象每年复核,名单在村(社区)公示。", "鄢青禾"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, lead) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, lead)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    sh.add()
    sh.add("镇纪委审核:", None, None, "填报人:", None, None, None, "2024年7月", None)
    return _layout(
        "xuyu_town_stations", "https://lw33.cn/article/b97ba77367ac976195829e07.html",
        "镇 站所岗位廉政风险防控一览表 after the source's comparison of 30 乡镇规程 (事业站所体制, 权责, 乡镇治理的"
        "制度化): 序号/``所在站所`` merged (农业农村综合服务中心, 财政所, 综合行政执法队, 退役军人服务站)/岗位 and 姓名 "
        "merged per person/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/a trailing ``分管领导`` name merged "
        "per 站所 (靳之遥 over the 中心 and the 执法队, 鄢青禾 over the 财政所 and the 服务站); 镇纪委审核/填报人/date line",
        [sh], t,
    )  # fmt: skip


def hengban_village_cards() -> dict:
    unit = "漳浦县蘅坂镇鹭垵村"
    t = _Truth(unit)
    cards = [
        ("书记主任", "濮清远", "党支部书记、村委会主任", "主持村党支部和村委会全面工作,负责村级重大事项决策、集体“三资”管理。", [
            ("村级重大事项不按“四议两公开”程序决策,个人说了算", "高",
             "重大事项提交村“两委”会议、党员大会、村民代表会议逐级审议,决议结果公开。"),
            ("村集体资产资源发包不公开竞价", "高", "发包方案经村民代表会议通过,进入镇农村产权交易平台。"),
            ("低保、危房改造对象推荐优亲厚友", "中", "推荐对象经村民代表评议并张榜公示七天。"),
        ]),
        ("报账员", "苌雨桐", "村报账员", "负责村级财务收支报账、票据管理和集体收入上缴镇农经站代管。", [
            ("白条入账、虚列支出", "中", "报账票据经村务监督委员会审核签字,每季度公开。"),
            ("集体收入不及时上缴镇农经站代管", "低", "集体收入三日内上缴,农经站按月对账。"),
        ]),
        ("监委会主任", "宓静姝", "村务监督委员会主任", "负责监督村务公开、村级财务和村级工程项目。", [
            ("村务公开内容审核走过场", "低", "公开前逐项核对原始凭证,发现问题向镇纪委报告。"),
            ("参与村级工程验收不认真,签字了事", "中", "验收时到场核实工程量,验收记录附照片存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 10, 34, 16])
        _line(sh, f"{unit}村干部廉政风险防控卡", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.merge(1, 3, 1, 4)
        r = sh.add("主要职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险等级", "防控措施", "监督主体")
        first = len(sh.rows)
        for k, (point, lv, measures) in enumerate(points, 1):
            sh.add(k, point, lv, measures, "镇纪委、村务监督委员会")
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[lv])
        _merge_down(sh, first, [(4, lambda row: row[4])])
        sh.add()
        sh.add("持卡人签字:", None, "包村干部签字:", None, "2024年5月")
        sheets.append(sh)
    return _layout(
        "hengban_village_cards", "https://www.zgxcfx.com/sannonglunjian/107679.html",
        "村 村干部廉政风险防控卡, one per sheet (tabs 书记主任, 报账员, 监委会主任), after the source's study of how 村干部 "
        "are watched (乡镇 党政机关 from outside; 村民会议, 村务公开 and 村务监督委员会 from inside): pairs ``姓名 | 濮清远 | "
        "职务 | 党支部书记、村委会主任`` (the 一肩挑 post in one cell), a ``主要职责`` line merged across, then 序号/风险点/"
        "风险等级 高/中/低/防控措施/a trailing ``监督主体`` ``镇纪委、村务监督委员会`` merged down (bodies, no names); no "
        "type column; 持卡人签字/包村干部签字/date line",
        sheets, t,
    )  # fmt: skip


def chenggang_community_people_first() -> dict:
    unit = "漳浦县澄港街道芷兰社区"
    sh = _Sheet("排查表", [6, 8, 14, 14, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉洁风险排查表", 7)
    sh.add("序号", "姓名", "职务", "分工", "风险点", "风险等级", "防控措施")
    rows = [
        ("籍晓帆", "党委书记、居委会主任", "主持社区全面工作", "社区公共服务经费使用个人说了算", "高",
         "经费使用提交社区“两委”会议研究,支出按季公开。"),
        ("籍晓帆", "党委书记、居委会主任", "主持社区全面工作", "辖区单位、商户赞助款不入账", "中",
         "赞助款统一进入街道代管账户,开具收据并公示。"),
        ("荀梓萱", "居委会副主任", "民政、残联", "低保、临时救助对象入户核查走过场", "高",
         "入户核查两人以上,核查结果居民代表评议、公示。"),
        ("荀梓萱", "居委会副主任", "民政、残联", "残疾人两项补贴申报材料把关不严", "中",
         "申报材料与残联数据比对,名单公示七天。"),
        ("谯文澜", "网格员", "第三网格日常巡查", "为辖区商户出具不实证明", "低",
         "出具证明须经社区书记审签,登记备查。"),
        ("甯可馨", "社区专职工作者", "计生、医保", "城乡居民医保代缴款不及时上缴", "中",
         "代缴款当日上缴,收据与名单每周核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, work, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, work, point, lv, measures)
        t.point(sh.name, "", post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("社区党委(盖章)", None, None, "街道纪工委审核:", None, "2024年8月", None)
    return _layout(
        "chenggang_community_people_first", "http://m.handmsg.com/page/2023/0424/23625970.shtml",
        "社区 工作人员廉洁风险排查表 after the source's report on 党建引领 社区治理 in three 街道 (社区党组织, 网格, 居民"
        "自治): the people FIRST — 序号/姓名/职务/分工 merged per person (the 书记 一肩挑 ``党委书记、居委会主任``, a 网格员 "
        "whose 分工 is ``第三网格日常巡查``)/风险点/风险等级 高/中/低/防控措施; no 科室, no type column; 盖章/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhangpu_tcm_hospital() -> dict:
    unit = "漳浦县中医院"
    sh = _Sheet("排查表", [6, 12, 12, 8, 16, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "姓名",
        "廉洁风险点",
        "主要表现形式",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("药剂科", "主任", "晏书砚", "中药配方颗粒遴选", "遴选品种、生产企业时接受企业宴请、回扣,指定品牌",
         "岗位职责", "一级", "遴选经药事管理与药物治疗学委员会集体讨论,结果院内公示。"),
        ("药剂科", "中药调剂员", "束晓棠", "中药饮片验收", "对以次充好、短斤少两的饮片验收入库",
         "业务流程", "二级", "饮片验收双人核对,抽样送检。"),
        ("医学装备科", "科长", "昝立群", "设备采购论证", "论证时设置排他性技术参数,为特定供应商量身定制",
         "制度机制", "一级", "论证专家随机抽取,参数经院长办公会审定。"),
        ("医学装备科", "科长", "昝立群", "设备维保合同续签", "维保合同到期不比选,直接与原供应商续签",
         "制度机制", "二级", "维保服务到期前三个月重新比选。"),
        ("医保办", "主任", "滑晓蕾", "医保费用审核", "对分解收费、过度诊疗审核放水,应对检查弄虚作假",
         "外部环境", "二级", "医保智能审核系统全覆盖,违规费用按月通报。"),
        ("针灸推拿科", "主任", "骞志强", "中医适宜技术收费", "重复收费、串换项目收费",
         "思想道德", "三级", "收费项目与治疗单每日核对,患者清单签字。"),
        ("针灸推拿科", "治疗师", "佴若溪", "理疗耗材领用", "耗材领用数量与治疗人次不符",
         "业务流程", "三级", "耗材按治疗人次定额领用,月末盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, shows, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, shows, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), ORDINAL[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("科室负责人签字:", None, None, None, "院纪委审核:", None, None, "2024年9月", None)
    return _layout(
        "zhangpu_tcm_hospital", "https://search.napstic.cn/literature/periodical/010zgyykx202420041",
        "县中医院 岗位廉洁风险排查表 after the source's study of 廉洁风险 in 中药配方颗粒 遴选、采购 and 临床使用 in a 中医"
        "医院: 序号/科室 merged (药剂科, 医学装备科, 医保办, 针灸推拿科)/岗位 and 姓名 merged per person/a short "
        "``廉洁风险点`` (the point) beside a long ``主要表现形式``/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; 科室负责人签字/院纪委审核/date line",
        [sh], t,
    )  # fmt: skip


def zhangpu_vocational_selfcheck() -> dict:
    unit = "漳浦县职业技术学校"
    t = _Truth(unit)
    people = [
        ("冷静川", "招生就业处", "主任", [
            ("招生宣传中向中介机构、个人支付“生源费”", "外部环境", "高",
             "招生宣传经费纳入预算,严禁有偿招生,招生计划和录取名单公示。"),
            ("安排顶岗实习单位时收受企业好处", "岗位职责", "高", "实习单位经校务会集体确定,签订三方协议。"),
            ("毕业生就业率统计弄虚作假", "制度机制", "中", "就业数据逐人核实,抽查回访。"),
        ]),
        ("庹晓芸", "学生处", "资助专干", [
            ("国家助学金资助对象认定不准,优亲厚友", "岗位职责", "高",
             "班级评议、学校审核,名单公示不少于五个工作日。"),
            ("虚报在籍学生人数套取免学费资金", "制度机制", "中", "学籍系统与在校名册每学期核对。"),
            ("资助资金发放不及时或截留", "业务流程", "低", "资助资金通过银行卡直接发放到学生本人。"),
        ]),
        ("汲远舟", "实训处", "实训室管理员", [
            ("实训耗材采购验收不严", "业务流程", "中", "耗材验收两人以上,入库登记。"),
            ("实训设备私自外借、出租", "思想道德", "低", "设备外借经处室负责人审批,登记台账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, points in people:
        sh = _Sheet(who, [6, 36, 10, 8, 36, 10])
        _line(sh, f"{unit}教职工廉政风险自查表", 6)
        sh.add("处室", dept, "姓名", who, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(2, 4, 2, 5)
        for k, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(k, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名:", None, "处室负责人审核:", None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "zhangpu_vocational_selfcheck",
        "https://www.21xqjy.com/archive/zhong-zhi-xue-sheng-zi-zhu-an-quan-xi-ze-ru-he-que-bao-mei-yi-fen-qian-dou-yong-zai-dao-ren-shang.html",
        "县职业技术学校 教职工廉政风险自查表, one per sheet (tabs the holders' names), after the source's piece on 中职"
        "学生资助 (资助对象认定, 公示不少于5个工作日, 资金发放, 动态复核): ONE row of pairs above the table ``处室 | 招生"
        "就业处 | 姓名 | 冷静川 | 职务 | 主任``; 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 (merged over "
        "two columns); 本人签名/处室负责人审核/date line",
        sheets, t,
    )  # fmt: skip


def zhangpu_city_investment() -> dict:
    unit = "漳浦县城市建设投资集团有限公司"
    sh = _Sheet("清单", [6, 12, 12, 14, 34, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "业务环节", "风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("工程管理部", "部长", "施工过程管理", "工程变更、现场签证审核不严,虚增工程量", "重大",
         "变更签证实行监理、跟踪审计、公司三方会签。", "分管副总经理"),
        ("工程管理部", "现场工程师", "隐蔽工程验收", "隐蔽工程验收不到场,事后补签", "较大",
         "隐蔽工程验收影像资料同步上传项目管理系统。", "分管副总经理"),
        ("融资财务部", "部长", "融资管理", "融资中介机构选择不公开,收取中介好处", "重大",
         "中介机构公开比选,融资方案经董事会审议。", "总经理"),
        ("融资财务部", "出纳", "资金支付", "未经审批支付工程款", "较大",
         "工程款支付凭审批单和计量单,网银双人复核。", "总经理"),
        ("资产运营部", "部长", "资产出租", "经营性资产低价出租给关系人", "重大",
         "资产出租进入公共资源交易平台公开竞租。", "分管副总经理"),
        ("资产运营部", "资产管理员", "租金收取", "租金收取不及时,擅自减免租金", "一般",
         "租金台账按月核对,减免须经总经理办公会研究。", "分管副总经理"),
        ("综合办公室", "主任", "公务接待", "超标准接待、虚列接待费用", "一般",
         "接待实行清单制,费用凭公函和清单报销。", "总经理"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, step, point, lv, measures, lead) in enumerate(rows, 1):
        sh.add(n, dept, post, step, point, lv, measures, lead)
        t.point(sh.name, dept, post, "", _tier(post), point, [], GRAVITY[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注:风险等级分为重大、较大、一般三级。", 8)
    sh.add()
    sh.add("编制:纪检监察室", None, None, "审核:", None, None, "2025年1月", None)
    return _layout(
        "zhangpu_city_investment", "https://weinan.qinfeng.gov.cn/info/1026/13802.htm",
        "县城市建设投资集团 廉洁风险防控清单 对岗不对人 after the source's 工程建设领域突出问题 排查 (项目决策, 招标, "
        "征地拆迁, 物资采购, 资金拨付, 工程监理, 工程质量): 序号/部门 merged (工程管理部, 融资财务部, 资产运营部, 综合"
        "办公室)/岗位/``业务环节`` (a step, no point)/风险点/风险等级 ``重大/较大/一般``/防控措施/a trailing ``责任领导`` "
        "holding roles (分管副总经理, 总经理), no names; a note ``注:风险等级分为重大、较大、一般三级。``; 编制/审核/date",
        [sh], t,
    )  # fmt: skip


def zhangpu_welfare_center() -> dict:
    unit = "漳浦县社会福利中心"
    sh = _Sheet("Sheet1", [6, 10, 12, 8, 22, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "逯景行", "负责中心财务、物资和补贴申报", "养老服务补贴申报虚报床位数、入住人数",
         "★★★", "申报数据与入住登记、民政系统数据逐月比对。"),
        ("办公室", "主任", "逯景行", "负责中心财务、物资和补贴申报", "食材、物资采购不比价", "★★",
         "大宗食材定点采购,价格每月公示。"),
        ("护理部", "护理部主任", "闾丘岚", "负责入住老人照护和能力评估", "入住老人能力评估等级人为调高,多领护理补贴",
         "★★★", "能力评估由第三方机构复核,结果告知家属。"),
        ("护理部", "护理部主任", "闾丘岚", "负责入住老人照护和能力评估", "收受老人家属红包,优先安排床位", "★★",
         "床位按申请顺序轮候,轮候名单公开。"),
        ("护理部", "护理员", "糜晓枫", "负责老人日常生活照料", "代管老人财物不登记,私自挪用", "★★★",
         "代管财物双人登记,家属每月签字确认。"),
        ("膳食部", "管理员", "殳志恒", "负责食堂采购验收和伙食管理", "食材验收不严,以次充好", "★",
         "食材验收留样,老人代表参与伙食管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], STARS[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person)])  # fmt: skip
    _line(sh, "注:★★★为高风险,★★为中风险,★为低风险。", 8)
    return _layout(
        "zhangpu_welfare_center",
        "https://www.vandaily.com/House/articles/op=view/sid=1173867/full=1/lang=tchinese.html",
        "县社会福利中心 岗位廉政风险点及防控措施一览表 after the source's account of corruption in 养老服务 (助餐点 财政"
        "奖励补贴, 虚报业务量, 养老资金): 序号/部门 merged (办公室, 护理部, 膳食部)/岗位, 责任人 and a ``岗位职责`` merged "
        "per person/风险点/风险等级 ``★★★/★★/★``/防控措施; a note ``注:★★★为高风险,★★为中风险,★为低风险。``",
        [sh], t,
    )  # fmt: skip


def zhangpu_tourism_sections() -> dict:
    unit = "漳浦县文化旅游发展有限公司"
    sh = _Sheet("廉洁风险清单", [6, 10, 34, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险清单", 6)
    sh.add("序号", "岗位", "风险点", "风险等级", "防控措施", "责任人")
    sections = [
        ("一、票务中心", "票务中心", [
            ("主管", "仝晓岑", "门票收入截留,少报售票数量", "高风险", "票务系统实时对账,收入日清日缴。"),
            ("售票员", "缑雅楠", "违规使用免票、优惠票套取票款", "中风险", "免票、优惠票凭证件核验并拍照留存。"),
            ("售票员", "缑雅楠", "团队票核验不严", "低风险", "团队票凭旅行社行程单和人数核验。"),
        ]),
        ("二、海滨景区管理处", "海滨景区管理处", [
            ("主任", "宿远帆", "景区经营场地发包不公开,低价转包", "高风险", "经营场地公开招租,合同经法律顾问审核。"),
            ("主任", "宿远帆", "景区商户特许经营费减免不按程序", "中风险", "减免须经总经理办公会研究并公示。"),
        ]),
        ("三、财务部", "财务部", [
            ("会计", "岑书瑶", "旅行社返还佣金不入账,私设小金库", "高风险", "佣金结算走对公账户,季度内部审计。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in sections:
        _line(sh, caption, 6)
        for post, who, point, lv, measures in rows:
            n += 1
            sh.add(n, post, point, lv, measures, who)
            t.point(sh.name, dept, post, who, _tier(post), point, [], WORDS[lv])
    sh.add()
    sh.add("填报部门:党群工作部", None, "审核:", None, "2025年2月", None)
    return _layout(
        "zhangpu_tourism_sections", "https://news.zynews.cn/2012-05/11/content_2411546_2.htm",
        "县文化旅游发展有限公司 廉洁风险清单 after the source's account of 景区门票 and the 旅游开发公司 that runs a 景区 "
        "(门票收入, 旅行社 高折扣 and 回扣, 两本账): one table cut by section rows merged across (``一、票务中心``, ``二、海滨"
        "景区管理处``, ``三、财务部``), the 序号 running on; 岗位/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/a "
        "trailing ``责任人`` name; no type column; 填报部门/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhangpu_cdc_high_to_low(),
    xuyu_town_stations(),
    hengban_village_cards(),
    chenggang_community_people_first(),
    zhangpu_tcm_hospital(),
    zhangpu_vocational_selfcheck(),
    zhangpu_city_investment(),
    zhangpu_welfare_center(),
    zhangpu_tourism_sections(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch99-inbox"))
