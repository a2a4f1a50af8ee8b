"""The three-hundred-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 交通 and
城建 bodies, 华州区 (a district of 渭南 under the 华山, its staff Han) — the 区交通运输局, the
住房和城乡建设局, the 城市管理执法局, the 市政设施管理所, the 瓜坡镇规划建设站, the 农村公路管理站, the
建设工程质量安全监督站 and the 交通运输综合执法大队 — each handing back the 一览表, 防控卡, 排查表,
责任清单 or 自查表 its staff typed in WPS or Excel:

- the 住房和城乡建设局's 一览表 under ``附件2`` and GROUP ROWS ``一、局领导``, ``二、建筑市场监管股``,
  ``三、房地产市场监管股``, ``四、村镇建设股`` merged across (no 股室 column): ``岗位 | 姓名`` merged per
  person, short types, 高/中/低, a 填表人/审核人/date line;
- the 城市管理执法局's 防控卡, one sheet a holder (tabs 副局长, 市容中队中队长, 执法队员): two rows of
  pairs ``姓　名 | … | 职　务 | …`` and ``所在中队 | … | 持卡时间 | …``, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | …
  局纪检监察员：``;
- the 市政设施管理所's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 瓜坡镇规划建设站's 自查表, one sheet a person (tabs named by the holder): a LABEL ROW ``姓　名 |
  职　务 | 填表时间`` over a row of values (no 股室: the 站 is three posts), then ``序号 | 风险点 |
  风险类型 | 风险等级 | 防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … |
  站长意见：``;
- the 农村公路管理站's file in two sheets: ``站领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 建设工程质量安全监督站's 责任清单: ``责任股室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the measures
  and a LAST ``责任领导`` column naming the 站长 on every row;
- the 交通运输综合执法大队's 一览表 under ``附件1``: ``中队 | 岗位 | 责任人`` written out on EVERY row,
  nothing merged, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``huazhou_transport_bureau_levels_by_band_subtotals``: the 区交通运输局's 岗位廉政风险点分级汇总表
  WITH NO LEVEL COLUMN, SORTED BY LEVEL, whose levels are given ONLY BY THE SUBTOTAL ROW THAT CLOSES
  EACH BAND: the rows of the 一级 points come first (``序号`` running 1…4), then a row ``一级风险点小计
  | 4个`` (the label merged over ``序号``…``姓名``, the count in the ``风险点`` column), then the 二级
  rows (5…9) and ``二级风险点小计 | 5个``, the 三级 rows (10…13) and ``三级风险点小计 | 4个``, then
  ``合计 | 13个``. ``股室 | 岗位 | 姓名`` are written out on every row, nothing merged (the list was
  sorted by level, so one person's points stand in several bands), and a ``风险类型`` column holds
  the short types as usual. The README's 读得懂的表 knows a level given by a group row ABOVE its rows
  (``一、一级风险点``, a group row ending ``（风险等级：高）``), by a 风险点 header per segment
  (``高风险点``), by sheets, by columns (``高风险 | 中风险 | 低风险``), by notes (by 序号, by rank with
  counts ``其中高风险点5个…``, by quoted names), by marks, codes and colours, and it knows ``小计``/
  ``合计`` rows as no points (after a 股室, counting its points, or Excel's 分类汇总 ``… 计数`` rows);
  it does not describe a list whose ONLY level is the label of the SUBTOTAL ROW UNDER EACH BAND
  (the label closes the rows above it; read as a group row it would grade the rows below it, one
  band late) — the way an office prints its list sorted by level with a subtotal a level, as its
  report counts them (``共排查出一级风险点4个、二级风险点5个、三级风险点4个``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city 交通局's 惩防体系 plan —
“三重一大” 集体研究, 交通建设 and 运输市场 信用体系, 行政执法 规范, 重大事项 公示和听证; a 县住建局's
建筑市场综合执法检查 — 公开招标, 施工许可证, 建筑企业养老保障金 征收, 质量安全集中检查, 限期整改通知书,
处罚决定书; a province's 城市管理综合行政执法试点 方案 for 西安, 咸阳 and 渭南 — 相对集中行政处罚权,
执法队伍, 监督制约; a 市政处's work — 道路维修, 公共照明, 排水系统, 绿化带, 交通标志牌, 防汛排涝; a
county's 农村危房改造 补助 — 五保户, 低保户, 贫困残疾人家庭, 重建 and 修缮加固 补助; a paper on 农村公路
养护管理 — 重建轻养, 失养, 养护体制, 运行机制; a 质监站's 职能 — 质量监督注册, 巡查施工现场, 核查参建
人员资格, 监督竣工验收, 责令整改和停工; a 交通综合执法大队's 治超 — 称重取证, 卸货, 路警联合检查, 源头
治理) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 华州区, named with the district's name.

Run ``python tests/published/score.py --set batch372`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a point is the one named by the SUBTOTAL ROW THAT CLOSES ITS
  BAND (the first such row below it: ``一级风险点小计`` 1, ``二级风险点小计`` 2, ``三级风险点小计`` 3);
  the 小计 and 合计 rows are no points and name no post; one person's points in several bands are
  one form;
- ``局领导`` (a group row, a card's 所在中队, a 股室 cell), ``站领导`` (the 农村公路管理站's sheet of its
  leaders, named so by its tab and title; a 责任股室 cell), ``所领导`` and ``大队领导`` (a 股室 or 中队
  cell) are the 科室 of those leaders; a 局's, a 所's and a 站's 股, the 局's 办公室 and a 大队's or the
  城管局's 中队 are 科室; a group row ``二、建筑市场监管股`` gives the 科室 ``建筑市场监管股`` (its number
  left off); the 瓜坡镇规划建设站's 自查表 name no 股室: its posts stand without a 科室;
- every 局, 所, 站 and 大队 here is a unit of its own (the 镇规划建设站 too, named
  ``华州区瓜坡镇规划建设站``): 局长, 副局长, 所长, 站长, 副站长, 大队长 and 副大队长 are leaders; 股长,
  办公室主任 and 中队长 middle; the rest (科员, 会计, 出纳, 执法队员, 养护员, 技术员, 巡查员, 村建管理员,
  规划协管员, 监督员, 检测员, 路政员, 运政员, 治超员) general;
- ``风险点 | 风险表现`` (the 市政设施管理所's list): the point is the short 风险点; ``分管工作``,
  ``职责事项``, ``持卡时间``, ``填表时间`` and ``自查情况`` are no points and name no holder; the 质量安全
  监督站's LAST ``责任领导`` column names a supervisor (the holder is ``责任人``); the 市政设施管理所's
  list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``,
  ``一级/二级/三级``, ``一级风险/二级风险/三级风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 执法大队's note) and
  the harder file's ``一级风险点小计/二级风险点小计/三级风险点小计`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b372_"
PLACE = "华州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

BAND_UNIT = f"{PLACE}交通运输局"
BAND_HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "防控措施")
# the label of the subtotal row closing each band, and the band's level
BAND_LABELS = {1: "一级风险点小计", 2: "二级风险点小计", 3: "三级风险点小计"}
TOTAL = "合计"
# (level, 股室, 岗位, 姓名, tier, 风险点, 风险类型, 防控措施), in the order of the list (sorted by level)
BAND_ROWS = [
    (1, "局领导", "局长", "郜珩澈", "leader", "交通建设项目招标中打招呼、定向推荐施工单位", "外部环境",
     "项目招标全部进入公共资源交易平台，说情打招呼事项登记报告。"),
    (1, "局领导", "副局长", "笪沅岐", "leader", "农村公路建设补助资金拨付审批把关不严", "制度机制",
     "补助资金按验收结果拨付，拨付审批经局务会研究。"),
    (1, "规划建设股", "股长", "眭峪珩", "middle", "工程设计变更审核中为施工单位增加工程量", "岗位职责",
     "设计变更分级审批，重大变更经专家论证。"),
    (1, "运输管理股", "股长", "逄漪沣", "middle", "道路运输经营许可审核降低条件，收受申请人好处", "岗位职责",
     "许可条件和办理结果网上公开，审核意见双人签字。"),
    (2, "局领导", "局长", "郜珩澈", "leader", "重大事项和大额资金使用不经党组会集体研究", "制度机制",
     "严格执行“三重一大”集体决策制度，会议纪要存档。"),
    (2, "局领导", "副局长", "笪沅岐", "leader", "公路养护工程交工验收走过场", "业务流程",
     "交工验收邀请第三方检测，验收结果公示。"),
    (2, "规划建设股", "股长", "眭峪珩", "middle", "工程计量支付审核不严，超进度拨付工程款", "业务流程",
     "计量支付监理、股室、财务三方签认。"),
    (2, "运输管理股", "股长", "逄漪沣", "middle", "出租汽车经营权配置中优亲厚友", "外部环境",
     "经营权配置公开招投标，结果公示。"),
    (2, "计划财务股", "会计", "阚芷浔", "general", "交通专项资金核算不规范，挤占挪用", "业务流程",
     "专项资金专账核算，每季度对账。"),
    (3, "办公室", "主任", "佴岱晞", "middle", "公务接待和公务用车超标准", "思想道德",
     "接待和用车事前审批，费用每月公开。"),
    (3, "计划财务股", "会计", "阚芷浔", "general", "报销票据审核不细，重复报销", "业务流程",
     "报销票据逐张登记，经办、审核、审批三签。"),
    (3, "公路养护股", "科员", "禚沐澜", "general", "养护材料出入库登记不实", "岗位职责",
     "材料出入库双人签字，每月盘点。"),
    (3, "公路养护股", "科员", "禚沐澜", "general", "路况巡查记录弄虚作假", "思想道德",
     "巡查轨迹上传平台，股长每周抽查。"),
]  # fmt: skip


def huazhou_transport_bureau_levels_by_band_subtotals() -> dict:
    unit = BAND_UNIT
    sh = _Sheet("汇总表", [6, 12, 8, 9, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点分级汇总表", 7)
    sh.add(*BAND_HEAD)
    n = 0
    for level in (1, 2, 3):
        band = [row for row in BAND_ROWS if row[0] == level]
        for _lv, dept, post, who, tier, point, typ, measures in band:
            n += 1
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), level)
        r = sh.add(BAND_LABELS[level], None, None, None, f"{len(band)}个", None, None)
        sh.merge(r, 0, r, 3)
    r = sh.add(TOTAL, None, None, None, f"{len(BAND_ROWS)}个", None, None)
    sh.merge(r, 0, r, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "huazhou_transport_bureau_levels_by_band_subtotals",
        "http://www.fsou.net.cn/html/text/lar/170380/17038010_1.html",
        "(harder) 区交通运输局 岗位廉政风险点分级汇总表, after the source's 交通局 惩防体系 plan (“三重一大” 集体研究, 交通建设 and 运输市场 "
        "信用体系, 行政执法): a title, 序号/股室/岗位/姓名 written out on every row/风险点/风险类型 (short names)/防控措施 and NO LEVEL "
        "COLUMN; the list SORTED BY LEVEL, each band CLOSED BY A SUBTOTAL ROW that alone gives its level (``一级风险点小计 | 4个``, "
        "``二级风险点小计 | 5个``, ``三级风险点小计 | 4个``, the label merged over 序号…姓名), then ``合计 | 13个``; 序号 running 1…13 "
        "through the bands; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huazhou_housing_bureau_group_rows() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "隗翎澍", "leader", [
                ("重点工程建设项目插手干预招标投标", "外部环境", "高", "工程项目全部进场交易，领导干部插手干预事项登记报告。"),
                ("干部选拔任用搞个人说了算", "制度机制", "高", "干部任用经党组会集体研究，全程纪实。"),
            ]),
            ("副局长", "昝岫霖", "leader", [
                ("建筑企业养老保障金减免审批不严", "岗位职责", "中", "减免事项集体审核，结果公示。"),
            ]),
        ]),
        ("二、建筑市场监管股", "建筑市场监管股", [
            ("股长", "亓澂蔚", "middle", [
                ("施工许可证核发中放宽条件", "岗位职责", "高", "许可条件一次性告知，初审、复审两级把关。"),
                ("建筑市场综合执法检查中降格处理违法行为", "外部环境", "中", "检查两人以上，处罚结果集体讨论。"),
            ]),
            ("科员", "郦蘅沚", "general", [
                ("限期整改通知书送达后不跟踪复查", "业务流程", "低", "整改事项建立台账，按期复查销号。"),
            ]),
        ]),
        ("三、房地产市场监管股", "房地产市场监管股", [
            ("股长", "酆洺瑶", "middle", [
                ("商品房预售资金监管账户拨付审核不严", "制度机制", "高", "预售资金拨付双人审核，银行联合监管。"),
                ("接受房地产开发企业宴请", "思想道德", "中", "签订廉洁承诺书，节前廉洁提醒。"),
            ]),
        ]),
        ("四、村镇建设股", "村镇建设股", [
            ("科员", "殳芃沅", "general", [
                ("农村危房改造对象审核把关不严", "业务流程", "中", "改造对象村评议、镇审核、区审定三级公示。"),
                ("危房改造补助资金兑付不及时", "岗位职责", "低", "补助资金“一卡通”直达农户。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "huazhou_housing_bureau_group_rows", "https://lyjs.linyi.gov.cn/info/1030/10446.htm",
        "区住房和城乡建设局 岗位廉政风险防控一览表, after the source's 县住建局 建筑市场综合执法检查 (公开招标, 施工许可证, 建筑企业"
        "养老保障金, 质量安全检查, 限期整改通知书, 处罚决定书): ``附件2``, a title, 序号/岗位/姓名/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施 under GROUP ROWS ``一、局领导``, ``二、建筑市场监管股``, ``三、房地产市场监管股``, "
        "``四、村镇建设股`` merged across (no 股室 column); 岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huazhou_urban_management_cards() -> dict:
    unit = f"{PLACE}城市管理执法局"
    t = _Truth(unit)
    cards = [
        ("副局长", "訾霁峣", "副局长", "局领导", "leader", [
            ("重大行政处罚案件不经集体讨论个人决定", "制度机制风险", "★★★", "重大案件集体讨论，讨论记录存档。"),
            ("户外广告设置审批打招呼放行", "外部环境风险", "★★★", "审批条件公开，说情事项登记报告。"),
            ("渣土运输企业核准把关不严", "岗位职责风险", "★★", "核准材料双人审核，结果公示。"),
        ]),
        ("市容中队中队长", "冼沂棠", "中队长", "市容中队", "middle", [
            ("对占道经营选择性执法，收受摊贩好处", "思想道德风险", "★★★", "执法全过程记录，执法结果公示。"),
            ("暂扣物品不开具清单，私自处置", "业务流程风险", "★★", "暂扣物品当场开具清单，统一入库登记。"),
        ]),
        ("执法队员", "蒯澄鹭", "执法队员", "渣土中队", "general", [
            ("夜间巡查对渣土车抛洒滴漏不制止不上报", "岗位职责风险", "★★", "巡查轨迹和执法记录仪全程记录。"),
            ("罚没款不及时上缴", "业务流程风险", "★", "罚没款使用专用票据，两日内缴付指定账户。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 13, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在中队", dept, "持卡时间", "2025年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "局纪检监察员：", None, None)
        sheets.append(sh)
    return _layout(
        "huazhou_urban_management_cards",
        "http://www.shaanxi.gov.cn/zfxxgk/zfgb/2005/d16q_4307/200806/t20080626_1639566.html",
        "区城市管理执法局 岗位廉政风险防控卡, one sheet a holder (tabs 副局长, 市容中队中队长, 执法队员), after the source's 城市管理综合行政"
        "执法试点 方案 (西安, 咸阳, 渭南; 相对集中行政处罚权, 执法队伍, 监督制约): a title, PAIRS ``姓　名 | … | 职　务 | …`` and "
        "``所在中队 | … | 持卡时间 | …``, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` "
        "line on the stars and ``持卡人签字： | 局纪检监察员：``",
        sheets, t,
    )  # fmt: skip


def huazhou_municipal_facilities_posts() -> dict:
    unit = f"{PLACE}市政设施管理所"
    sh = _Sheet("排查表", [6, 12, 9, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("道路维修工程发包", "道路维修工程化整为零规避招标，指定施工队伍", "制度机制风险", "Ⅰ级",
             "维修工程按限额标准招标，发包经所务会研究。"),
            ("防汛物资采购", "以防汛应急为由不比价采购", "业务流程风险", "Ⅱ级", "应急采购三日内补办审批，价格复核。"),
        ]),
        ("道路桥梁股", "股长", "middle", [
            ("挖掘道路审核", "为关系单位违规同意挖掘城市道路，少收修复费", "岗位职责风险", "Ⅰ级",
             "挖掘审核现场踏勘，修复费按标准收取并公示。"),
        ]),
        ("道路桥梁股", "养护员", "general", [
            ("维修工程量签认", "签认的维修面积与实际不符", "业务流程风险", "Ⅱ级", "工程量现场测量，股长复核签字。"),
        ]),
        ("路灯管理股", "技术员", "general", [
            ("路灯维修配件领用", "虚报更换配件数量，旧件不回收", "思想道德风险", "Ⅲ级", "配件以旧换新，领用台账每月核对。"),
        ]),
        ("排水管理股", "巡查员", "general", [
            ("排水设施巡查", "对违规接入排水管网不制止不上报", "外部环境风险", "Ⅱ级", "巡查记录每日填写，发现问题即时上报。"),
            ("清淤作业验收", "清淤工程量验收不实", "岗位职责风险", "Ⅲ级", "清淤前后影像对比，验收两人以上。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, "2025年10月", None)
    return _layout(
        "huazhou_municipal_facilities_posts", "https://drbdp.com/4-7421506.html",
        "区市政设施管理所 岗位廉政风险点排查表 对岗不对人, after the source's 市政处 (道路维修, 公共照明, 排水系统, 绿化带, 交通标志牌, "
        "防汛排涝): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def huazhou_guapo_town_planning_station_selfchecks() -> dict:
    unit = f"{PLACE}瓜坡镇规划建设站"
    t = _Truth(unit)
    people = [
        ("侴峥渌", "站长", "leader", [
            ("农村危房改造对象初审中优亲厚友", "思想道德", "高风险", "改造对象村民评议，初审名单公示。", "已落实"),
            ("乡村建设规划许可初审不到现场", "岗位职责", "中风险", "初审现场踏勘拍照，站务会研究。", "已落实"),
        ]),
        ("綦沄琇", "村建管理员", "general", [
            ("农村建房放线验线时收受建房户礼品", "外部环境", "中风险", "放线验线两人以上，建房户签字确认。", "正在整改"),
            ("修缮加固补助面积核实不准", "业务流程", "低风险", "补助面积现场测量，村组签字。", "已落实"),
        ]),
        ("邴嶷蓁", "规划协管员", "general", [
            ("对违法建设巡查发现不报告", "岗位职责", "中风险", "巡查记录每周报站长，问题建立台账。", "已落实"),
            ("泄露村庄规划调整信息", "制度机制", "低风险", "规划资料专人保管，查阅登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", None, f"职{GAP}务", None, "填表时间", None)
        sh.add(who, None, post, None, "2025年10月", None)
        for r in (len(sh.rows) - 2, len(sh.rows) - 1):
            for c in (0, 2, 4):
                sh.merge(r, c, r, c + 1)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huazhou_guapo_town_planning_station_selfchecks", "https://siseiken.net/OpennessContent/show/2002085.html",
        "镇规划建设站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 农村危房改造 补助 (五保户, "
        "低保户, 贫困残疾人家庭, 重建 and 修缮加固): a title, a LABEL ROW ``姓　名 | 职　务 | 填表时间`` (each merged over two columns) "
        "over a row of values, no 股室; then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; a blank row and ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def huazhou_rural_road_station_two_sheets() -> dict:
    unit = f"{PLACE}农村公路管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 26, 36, 9, 32])
    _line(lead, f"{unit}站领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("站长", "琚澜岐", "主持全面工作，分管计划财务股", [
            ("农村公路养护资金分配个人说了算", "一级", "养护资金分配方案经站务会研究并公示。"),
            ("养护工程项目发包插手干预", "一级", "养护工程公开招标，远程异地评标。"),
        ]),
        ("副站长", "帅沚蘅", "分管养护工程股和路政管理股", [
            ("养护工程质量检查走过场", "二级", "质量检查随机抽取路段，结果通报。"),
            ("接受养护施工单位宴请", "三级", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    dept = _Sheet("股室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("养护工程股", "股长", "鲜峄琳", "middle", [
            ("养护工程计量签认不实", "一级", "计量签认监理、股室双签，影像留存。"),
            ("日常养护考核打分随意", "三级", "考核细则公开，考核结果公示。"),
        ]),
        ("养护工程股", "养护员", "宓霏澄", "general", [
            ("路面修补工程量虚报", "二级", "修补前后拍照比对，股长抽查。"),
        ]),
        ("计划财务股", "出纳", "缑湘芷", "general", [
            ("坐支养护资金，公款私存", "二级", "现金日清月结，银行账户定期对账。"),
            ("养护补助资金拨付不及时", "三级", "拨付进度按月通报。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "huazhou_rural_road_station_two_sheets",
        "https://www.ppdoc.com/periodical/2a07352dff805d2c31ae5e198dec99aa.html",
        "区农村公路管理站 廉政风险防控表 in two sheets, after the source's paper on 农村公路养护管理 (重建轻养, 失养, 养护体制, 运行机制): "
        "``站领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a "
        "制表/审核/date line) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/…; the same line); no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def huazhou_quality_supervision_station_duties() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 16, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    chief = "荀湛峤"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "责任股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    rows = [
        ("站领导", "站长", chief, "leader", [
            ("质量监督注册", "对手续不全的工程违规办理质量监督注册", "制度机制风险", "一级风险",
             "注册材料清单化审核，办理结果网上公开。"),
        ]),
        ("站领导", "副站长", "扈沁珏", "leader", [
            ("责令整改和停工", "对质量安全隐患说情放行，应停工不停工", "外部环境风险", "一级风险", "停工决定集体研究，说情事项登记。"),
        ]),
        ("质量监督股", "股长", "栾峻蔓", "middle", [
            ("监督竣工验收", "对不符合验收条件的工程出具监督意见", "岗位职责风险", "一级风险", "竣工验收监督两人以上，意见复核。"),
            ("质量投诉处理", "压下质量投诉不调查", "业务流程风险", "二级风险", "投诉登记编号，办理结果回访。"),
        ]),
        ("质量监督股", "监督员", "苌沣玥", "general", [
            ("巡查施工现场", "巡查中接受施工单位宴请，隐瞒质量问题", "思想道德风险", "二级风险", "巡查记录当日录入，股长抽查。"),
        ]),
        ("安全监督股", "检测员", "璩洵蘩", "general", [
            ("核查参建人员资格", "对项目经理、总监不到岗不予纠正", "岗位职责风险", "二级风险", "人员到岗人脸识别考勤，每月通报。"),
            ("抽检取样", "抽检样品调换或事先通知施工单位", "业务流程风险", "三级风险", "随机抽样，样品双人封存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年10月", None, None)
    return _layout(
        "huazhou_quality_supervision_station_duties", "http://crsrw.com/qiyezixun/62102.html",
        "区建设工程质量安全监督站 廉政风险防控责任清单, after the source's 质监站 职能 (质量监督注册, 巡查施工现场, 核查参建人员资格, 监督"
        "竣工验收, 责令整改和停工): a title, then 序号/责任股室 merged (站领导, 质量监督股, 安全监督股)/岗位 and ``责任人`` merged per "
        "person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任领导`` "
        "column naming the 站长 on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huazhou_transport_enforcement_every_row() -> dict:
    unit = f"{PLACE}交通运输综合执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "中队", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "蹇澍岚", "leader", "超限超载案件处罚不经集体讨论个人决定", "Ⅰ", "重大处罚集体讨论，讨论记录存档。"),
        ("治超中队", "中队长", "漆岫汀", "middle", "对超限车辆称重取证不全即放行", "Ⅰ", "称重数据自动上传，放行须中队长签字。"),
        ("治超中队", "治超员", "乜湉珂", "general", "卸货转运时收受货车司机好处", "Ⅰ", "卸货过程视频记录，路警联合检查。"),
        ("治超中队", "治超员", "乜湉珂", "general", "称重检测数据随意修改", "Ⅱ", "检测系统留痕，数据修改需审批。"),
        ("路政中队", "路政员", "沃泠蓁", "general", "路产损坏赔补偿费少收或不收", "Ⅱ", "赔补偿标准公开，收费票据统一管理。"),
        ("运政中队", "运政员", "浑峤渟", "general", "对非法营运车辆选择性查处", "Ⅱ", "执法记录仪全程记录，案件统一编号。"),
        ("运政中队", "运政员", "浑峤渟", "general", "暂扣车辆证件不按时退还", "Ⅲ", "暂扣证件登记台账，到期提醒。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "huazhou_transport_enforcement_every_row",
        "http://dbnyb.com/01/zonghebaodao/2020/0917/44395.html",
        "区交通运输综合执法大队 岗位廉政风险防控一览表, after the source's 交通综合执法大队 治超 (称重取证, 卸货, 路警联合检查, 源头治理): "
        "``附件1``, a title, 序号/中队/岗位/责任人 written out on EVERY row (nothing merged)/风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; "
        "no type column; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huazhou_transport_bureau_levels_by_band_subtotals(),
    huazhou_housing_bureau_group_rows(),
    huazhou_urban_management_cards(),
    huazhou_municipal_facilities_posts(),
    huazhou_guapo_town_planning_station_selfchecks(),
    huazhou_rural_road_station_two_sheets(),
    huazhou_quality_supervision_station_duties(),
    huazhou_transport_enforcement_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch372-inbox"))
