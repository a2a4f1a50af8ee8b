"""The two-hundred-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's companies,
enforcement bodies and 服务中心, 雷波县 (a county of the 凉山彝族自治州 on the 金沙江, its 马湖 and its
navel oranges, its staff Han and Yi) — its 农业综合行政执法大队, 卫生健康综合行政执法大队, 水政监察大队 and
应急管理综合行政执法大队, its 医疗保障事务中心 and 农村产权流转交易服务中心, its 马湖旅游开发有限责任公司,
水务投资有限责任公司 and 国有资本投资运营集团有限公司 — each handing back the 一览表, 防控卡, 排查表, 自查表,
责任清单 or 清单 its staff typed in WPS or Excel, the rows about 行政处罚案件, 三品一标 现场检查, 农资打假,
金沙江 禁捕 and 暂扣渔具, 无证行医, 卫生监督协管员, 生活饮用水 抽检, 非法采砂 线索, 堤防监控, 采砂船舶,
快艇巡航, 执法全过程记录, ``四不两直``, 重大事故隐患, 非煤矿山, 异地就医 手工报销 and 假发票, 门诊慢特病,
挂床住院, 串换项目, 定点协议, 农村集体资产 场外交易, 交易鉴证, 交易保证金, 景区商户摊位, 游船 and 观光车,
民宿补贴, 设备检修外包, 管网改造, 签证, 抄表, 水费, 报装, 水质检测, 砂石 采区, 过磅 and 砂石样品抽检:

- the 农业综合行政执法大队's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``中队（股）`` merged (大队领导, 稽查中队, 农资执法中队, 渔政执法中队, 法制股), ``岗位`` and ``姓名`` merged per
  person, a ``职责事项`` column before the risk, ``…风险`` types, 高/中/低, a ``注：`` line and a
  填表人/审核人/大队长 line;
- the 卫生健康综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 医疗监督中队, 公共卫生监督中队):
  ``姓　名 | … | 职　务 | … | 执法证号 | …`` and ``所在部门 | … | 主要职责 | …`` (the duties merged over three
  cells) above ``序号 | 职责事项 | 廉政风险点 | 风险等级 | 防控措施``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a
  ``注：`` line, ``持卡人（签字）： | … | 分管领导（签字）：`` and a ``监督举报电话`` line;
- the 水政监察大队's 排查表 对岗不对人: a TWO-ROW heading (``风险评定`` merged over ``类型 | 等级``; 序号,
  ``股室（中队）``, 岗位, 风险点, 风险表现 and 防控措施 merged down), a short ``风险点`` beside a long
  ``风险表现``, short types, ``一级/二级/三级``; no names; a ``注：`` line and an 编制/审核/date line;
- the 应急管理综合行政执法大队's 自查表, one sheet a person (tabs 副大队长, 危化中队, 非煤矿山中队): a label
  row ``姓　名 | 性　别 | 出生年月 | 所在中队 | 职　务 | 填表时间`` over a row of values, then ``序号 | 执法环节 |
  廉政风险点 | 风险等级 | 防控措施 | 自查情况``, 高/中/低, no type column, ``本人签名： | … | 中队负责人意见：``;
- the 医疗保障事务中心's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, a short ``风险点``
  beside a long ``风险描述``, ``★★★/★★/★`` read by a ``注：`` line, no type column, a 制表/审核/date line;
- the 农村产权流转交易服务中心's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作``) and ``工作人员``
  (``部室`` merged, ``岗位`` and ``姓名`` merged per person), short types, ``高风险/中风险/低风险``;
- the 马湖旅游开发有限责任公司's 清单 under GROUP ROWS ``一、公司领导`` … ``四、财务部`` merged across (no 部门
  column): ``岗位`` merged per person, the risk, short types, ``一级风险/二级风险/三级风险``, the measures and a
  LAST ``责任人`` column (the holder's name, merged per person);
- the 水务投资有限责任公司's 一览表 pasted page by page: the heading ``序号 | 部门 | 岗位 | 姓名 | 业务环节 |
  廉洁风险点 | 风险等级 | 防控措施`` comes again on the second page, ``部门`` written on every row, 高/中/低,
  no type column.

One is harder:

- ``leibo_state_capital_risk_codes``: the 国有资本投资运营集团有限公司's 廉洁风险识别与评估 workbook as its
  纪检监察室 keeps it, in TWO SHEETS LINKED BY A RISK CODE. The sheet ``风险识别`` lists each point
  under its ``风险编号`` (``LD-01``, ``TZ-02``, ``SS-03`` …): ``风险编号 | 部门 | 岗位 | 姓名 | 廉洁风险点 |
  风险表现 | 防控措施`` — with NO level column; the sheet ``风险评估`` grades the same points by code:
  ``风险编号 | 廉洁风险点 | 发生可能性（1—5） | 影响程度（1—5） | 风险值 | 风险等级`` (高/中/低), a ``注：``
  line on how the 风险值 gives the grade, and an 评估/审定/date line. The README's 读得懂的表 knows a risk
  table that writes only a 职权编码 while another sheet ``职权目录`` says which 股室, post and holder the
  code belongs to, and a level LEGEND on a 填表说明 sheet; it does not describe the LEVELS of the points
  standing on another sheet, found by the point's code (the holders' sheet having no level at all).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区农委执法大队's 稽政科 — 行政处罚案件,
行政许可的现场审核, 三品一标认证的现场检查, 投诉举报, 监督稽查, 行政处罚信息公开; a 区卫生计生综合监督
执法局 handing out 卫生监督协管员 cards — 责任区巡查, 劝阻制止违法行为, 提供违法线索, 协管员 no 执法;
a 区水利局 watched by its 纪检监察组 on 非法采砂 — 堤防监控, 无人机, 快艇巡航, 非法改装船舶, 执法全过程记录,
案情分析会, 处置结果公示; the 应急管理部's 意见 on 安全生产执法 — 层级职责, 执法计划, ``四不两直``, 重大事故
隐患, 编外人员 only with 执法人员; a piece on 医保诈骗 — a 医保中心 finding 假发票 in 手工报销, 住院凭证,
挂床住院, 串换项目; a 市 农村产权流转交易管理办法 — 应上必上平台公开交易, 交易主体, 集体资产; a 县纪委's
监督 of 景区 — 景区食宿, 设备检修, 旅游执法, 民宿补贴发放; a 市纪委 on 农村饮用水 — 县水务集团, 市政管网,
改造, 施工; a 区国投集团纪委 at a 长江 采区 — ``政府主导、国企经营`` 河道采砂, 砂石样品抽样, 砂石开采和销售
关键环节, 礼金、红包、吃请) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names, and Yi
names as a 凉山 county's staff carry them — 吉伍约哈, 曲比阿达, 罗洪史哈, 比补拉且, 苏呷拉铁, 莫色阿支,
加拉子克, 瓦扎伍呷, 阿约么日, 阿尔克哈, 阿说日哈, 马海伍果); every unit is a body of 雷波县.

Run ``python tests/published/score.py --set batch272`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the forms are the ``风险识别`` sheet's (部门, 岗位, 姓名), the points its short
  ``廉洁风险点`` (the ``风险表现`` the description); each point's level is the ``风险等级`` the ``风险评估`` sheet
  gives its ``风险编号``. The ``风险评估`` sheet's rows are the same points graded, not points of their own
  (they name no holder); ``风险编号``, ``发生可能性``, ``影响程度`` and ``风险值`` are no points; the ``注：`` and
  the 填报/评估/审定 lines are no points;
- ``大队领导``, ``中心领导`` and ``公司领导`` (a 中队/股室 cell, a card's 所在部门 or 所在中队, a group row, a sheet
  ``领导班子`` whose title names ``…服务中心领导班子``) are the 科室 of those leaders; a 大队's 中队 and 股,
  a 中心's 股 and 部, a company's 部, 分公司 and 水质检测中心 are 科室;
- every 大队, 中心 and company here is a unit of its own: 大队长, 副大队长, a 中心's 主任 and 副主任,
  董事长, 总经理 and 副总经理 are leaders; 中队长, 股长, 部长, the 分公司's 经理, the 综合办公室's 主任 and
  the 票务主管 middle; the rest (执法队员, 审核员, 稽核员, 经办员, 会计, 出纳, 交易员, 结算员, 抄表员,
  收费员, 检测员, 过磅员) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``执法环节``,
  ``业务环节``, ``分管工作``, ``主要职责``, ``执法证号``, ``出生年月`` and ``自查情况`` are no points and name no
  holder; the 水政监察大队's list names no person: its forms are posts (对岗不对人); in the 马湖 list the
  LAST column ``责任人`` names the holder;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级/二级/三级``, ``高/中/低``, ``一级风险/二级风险/三级风险`` and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b272_"
PLACE = "雷波县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def band(value: int) -> str:
    """The 集团's note: a 风险值 of 15 and above 高, 8 to 14 中, 7 and below 低."""
    return "高" if value >= 15 else "中" if value >= 8 else "低"


# --------------------------------------------------------------------------- harder layout

# (部门, 岗位, 姓名, tier, [(风险编号, 廉洁风险点, 风险表现, 防控措施, 发生可能性, 影响程度)])
IDENTIFIED = [
    ("公司领导", "董事长", "阿说日哈", "leader", [
        ("LD-01", "对外投资决策不经集体研究", "对外投资、股权收购项目未做尽职调查，未经“三重一大”集体决策即个人拍板",
         "投资项目经可研论证、法律审核，董事会集体决策并报县国资部门备案。", 4, 5),
        ("LD-02", "插手砂石采区运输销售业务", "为亲友或特定关系人承揽采区砂石运输、销售业务打招呼",
         "采区运输、销售业务公开招标确定，领导干部插手干预事项登记报告。", 3, 5),
    ]),
    ("公司领导", "总经理", "汝昶澜", "leader", [
        ("LD-03", "大额资金调拨审批不严", "集团内部资金拆借、大额资金调拨未经资金管理委员会审议",
         "大额资金调拨经资金管理委员会审议，财务总监与总经理双签支付。", 3, 4),
    ]),
    ("投资发展部", "部长", "亓霂晗", "middle", [
        ("TZ-01", "资产评估结果失真", "委托评估机构时暗示评估结果，高估拟收购资产价值",
         "评估机构比选确定，评估报告经第三方复核后提交董事会。", 3, 4),
        ("TZ-02", "合作方选择暗箱操作", "不公开征集项目合作方，与关系企业私下洽谈合作条件",
         "合作方公开征集，洽谈过程纪检监察室全程参与并留存记录。", 2, 3),
    ]),
    ("砂石经营分公司", "经理", "褚岑翯", "middle", [
        ("SS-01", "砂石销售价格随意浮动", "擅自给予特定客户价格优惠或赊销，砂石款长期挂账",
         "销售价格经集团集体研究确定并公示，赊销报集团审批。", 4, 4),
        ("SS-02", "开采量与销售量不符", "虚报开采量、少计销售量，截留砂石销售款",
         "采区安装视频监控和称重系统，开采、销售数据每日对账。", 3, 5),
    ]),
    ("砂石经营分公司", "过磅员", "马海伍果", "general", [
        ("SS-03", "过磅数据弄虚作假", "与运输车主串通少计过磅吨数，收受礼金、红包",
         "过磅数据由系统自动采集上传，分公司不定期抽查复磅。", 3, 3),
        ("SS-04", "砂石样品抽检走过场", "抽检时调换样品或事先告知抽检时间",
         "抽样由集团、县水利局共同见证，样品封样双人签字。", 2, 3),
    ]),
    ("财务部", "出纳", "蒙苡沫", "general", [
        ("CW-01", "砂石销售款不及时入账", "现金收取销售款不入账或延迟解缴银行",
         "销售款一律通过对公账户收取，出纳每日与分公司对账。", 2, 2),
    ]),
]  # fmt: skip


def leibo_state_capital_risk_codes() -> dict:
    unit = f"{PLACE}国有资本投资运营集团有限公司"
    t = _Truth(unit)
    ident = _Sheet("风险识别", [9, 14, 10, 10, 26, 40, 40])
    _line(ident, f"{unit}岗位廉洁风险识别表", 7)
    _line(ident, f"填报部门：纪检监察室{GAP * 12}填报时间：2025年4月", 7)
    ident.add("风险编号", "部门", "岗位", "姓名", "廉洁风险点", "风险表现", "防控措施")
    first = len(ident.rows)
    graded = []
    for dept, post, who, tier, points in IDENTIFIED:
        for code, point, desc, measures, chance, impact in points:
            ident.add(code, dept, post, who, point, desc, measures)
            value = chance * impact
            graded.append((code, point, chance, impact, value, band(value)))
            t.point(ident.name, dept, post, who, tier, point, [], HML[band(value)])
    _per_person(ident, first, 1, 2, 3)
    ident.add()
    ident.add("填表人：", None, None, "部门负责人：", None, "纪检监察室（盖章）", None)
    assess = _Sheet("风险评估", [9, 28, 12, 12, 9, 10])
    _line(assess, f"{unit}廉洁风险等级评估表", 6)
    assess.add(
        "风险编号", "廉洁风险点", "发生可能性（1—5）", "影响程度（1—5）", "风险值", "风险等级"
    )
    for row in graded:
        assess.add(*row)
    _line(
        assess,
        "注：风险值＝发生可能性×影响程度；风险值15及以上为高风险，8—14为中风险，7及以下为低风险。"
        "风险编号与《岗位廉洁风险识别表》一致。",
        6,
    )
    assess.add("评估：纪检监察室", None, "审定：集团党委", None, "2025年4月", None)
    return _layout(
        "leibo_state_capital_risk_codes", "http://qqdjdgw.cn/infodetail.php?id=773",
        "(harder) 县国有资本投资运营集团有限公司 廉洁风险识别与评估 workbook, after the source's 区国投集团纪委 at a "
        "长江 采区 (``政府主导、国企经营`` 河道采砂, 砂石样品抽样 witnessed, 砂石开采和销售 关键环节, 礼金、红包、吃请): "
        "TWO SHEETS LINKED BY A RISK CODE — ``风险识别``: a title, a merged ``填报部门：纪检监察室　…　填报时间：2025年4月`` "
        "line, ``风险编号`` (LD-01 … CW-01)/部门 merged (公司领导, 投资发展部, 砂石经营分公司, 财务部)/岗位 and 姓名 merged "
        "per person/廉洁风险点/风险表现/防控措施 and NO level column, a blank row and a 填表人/部门负责人/盖章 line; "
        "``风险评估``: a title, ``风险编号 | 廉洁风险点 | 发生可能性（1—5） | 影响程度（1—5） | 风险值 | 风险等级`` (高/中/低) "
        "for the same points in the same order, a merged ``注：风险值＝发生可能性×影响程度；…`` line and an 评估/审定/"
        "date line; no type column; each point's level is the one the 评估 sheet gives its code",
        [ident, assess], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def leibo_agri_enforcement_list() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("一览表", [6, 14, 10, 10, 16, 36, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年3月", 9)
    sh.add("序号", "中队（股）", "岗位", "姓名", "职责事项", "廉政风险点", "风险类型", "风险等级",
           "防控措施")  # fmt: skip
    rows = [
        ("大队领导", "大队长", "隗霈屾", "leader", [
            ("主持全面工作", "重大案件处理意见不经集体讨论，个人决定降格处理", "制度机制风险", "高",
             "重大案件经案审委员会集体讨论，讨论记录存档备查。"),
            ("行政处罚信息公开", "应公开的行政处罚信息选择性公开或延迟公开", "岗位职责风险", "低",
             "处罚决定作出之日起7个工作日内网上公开，法制股按月核查。"),
        ]),
        ("大队领导", "副大队长", "郗岚湄", "leader", [
            ("监督稽查", "对农资经营户说情打招呼，检查中“手下留情”", "思想道德风险", "中",
             "说情打招呼事项登记报告，检查对象“双随机”抽取。"),
        ]),
        ("稽查中队", "中队长", "戢砚耘", "middle", [
            ("行政处罚案件办理", "调查取证不全面，故意遗漏从重处罚情节", "业务流程风险", "高",
             "案件调查、审核、决定相分离，案卷每季度评查。"),
            ("投诉举报处理", "压案不办，向被举报人泄露举报人信息", "岗位职责风险", "中",
             "举报件登记编号、限时办结，举报人信息严格保密。"),
        ]),
        ("稽查中队", "执法队员", "吉伍约哈", "general", [
            ("农资打假检查", "抽检前事先告知经营户，或调换送检样品", "外部环境风险", "高",
             "抽样计划保密，样品现场封存、双人签字。"),
        ]),
        ("农资执法中队", "中队长", "麻栎澄", "middle", [
            ("行政许可现场审核", "农药经营许可现场核查走过场，为不符合条件的门店出具合格意见", "岗位职责风险", "中",
             "现场核查两人以上，核查影像资料存档。"),
            ("“三品一标”认证现场检查", "收受申请主体好处，现场检查意见弄虚作假", "思想道德风险", "中",
             "检查结果集体审核，申请主体签订诚信承诺书。"),
        ]),
        ("渔政执法中队", "执法队员", "曲比阿达", "general", [
            ("金沙江禁捕巡查", "发现非法捕捞不制止、不报告，收受渔具经营户好处", "外部环境风险", "高",
             "巡查全程执法记录仪记录，巡查日志每日上传。"),
            ("暂扣渔具管理", "暂扣的电鱼器具、网具登记不全，私自处理", "制度机制风险", "低",
             "暂扣物品当场开具清单，入库登记后集中销毁。"),
        ]),
        ("法制股", "股长", "邰檀澍", "middle", [
            ("法制审核", "对程序违法、证据不足的案件审核通过", "制度机制风险", "中",
             "法制审核意见书面留存，重大案件送局法律顾问复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三级。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "大队长（签字）：", None, None)
    return _layout(
        "leibo_agri_enforcement_list", "http://nongwei.jiading.cn/csz/xwdt/xwdt1/content_519735",
        "县农业综合行政执法大队 岗位廉政风险防控一览表, after the source's 区农委执法大队 稽政科 (行政处罚案件的办理, 行政许可的"
        "现场审核, 三品一标认证的现场检查, 投诉举报处理, 监督稽查, 行政处罚信息公开): ``附件1``, a title, a merged ``填报单位"
        "（盖章）：…　填报时间：2025年3月`` line, then 序号/``中队（股）`` merged (大队领导, 稽查中队, 农资执法中队, 渔政执法中队, "
        "法制股)/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a "
        "``注：`` line and a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def leibo_health_enforcement_cards() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "綦峤宁", "大队长", "5134280017", "大队领导", "leader",
         "主持大队全面工作，负责行政处罚案件审批和执法队伍管理", [
            ("行政处罚决定", "对医疗机构违法案件说情打招呼，降格处理", "Ⅰ级",
             "行政处罚案件集体讨论决定，说情打招呼事项登记报告。"),
            ("协管员管理", "对卫生监督协管员越权执法失察，协管员单独实施检查", "Ⅱ级",
             "协管员只做巡查、劝阻和报告线索，检查必须由两名以上执法人员实施。"),
            ("执法经费", "执法经费支出审批不严，虚列检查费用", "Ⅲ级", "经费支出按预算执行，票据逐张审核。"),
        ]),
        ("医疗监督中队", "莘蕖汀", "中队长", "5134280032", "医疗监督中队", "middle",
         "负责医疗机构、采供血和传染病防治的监督检查", [
            ("医疗机构监督检查", "对无证行医、超范围执业只责令整改不立案", "Ⅰ级",
             "检查发现问题一律录入监督信息系统，立案情况每月通报。"),
            ("投诉举报核查", "接受被投诉医疗机构宴请，核查结论偏袒", "Ⅱ级", "核查两人以上，核查结论经中队集体研究。"),
            ("执法文书制作", "执法文书事后补签、倒签", "Ⅲ级", "执法文书当场制作，执法记录仪全程记录。"),
        ]),
        ("公共卫生监督中队", "罗洪史哈", "执法队员", "5134280058", "公共卫生监督中队", "general",
         "负责公共场所、生活饮用水和学校卫生的监督检查", [
            ("公共场所卫生监督", "对住宿、美容美发场所卫生许可现场审查走过场", "Ⅱ级", "现场审查拍照留存，审查意见由中队长复核。"),
            ("生活饮用水卫生监督", "集中式供水单位水质抽检前通风报信", "Ⅰ级", "抽检时间临行前确定，样品送检双人签字。"),
            ("学校卫生监督", "学校食堂、饮用水检查发现问题不跟踪复查", "Ⅲ级", "问题清单台账管理，限期复查并记录。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, cert, dept, tier, duties, points in cards:
        sh = _Sheet(tab, [6, 18, 34, 10, 16, 18])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓　名", who, "职　务", post, "执法证号", cert)
        r = sh.add("所在部门", dept, "主要职责", duties, None, None)
        sh.merge(r, 3, r, 5)
        r = sh.add("序号", "职责事项", "廉政风险点", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for i, (duty, point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, duty, point, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 6)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None, "2025年4月", None)
        _line(sh, "监督举报电话：12388", 6)
        sheets.append(sh)
    return _layout(
        "leibo_health_enforcement_cards", "http://bid.caigoupt.com/info-241298979.html",
        "县卫生健康综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 医疗监督中队, 公共卫生监督中队), after the "
        "source's 区卫生计生综合监督执法局 handing out 卫生监督协管员 cards (责任区巡查, 劝阻制止违法行为, 提供违法线索; 持证上岗, "
        "亮证巡查): a title, ``姓　名 | … | 职　务 | … | 执法证号 | …`` and ``所在部门 | … | 主要职责 | …`` (the duties "
        "merged over three cells), then 序号/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 (merged over two "
        "cells); no type column; a merged ``注：`` line, ``持卡人（签字）： | 分管领导（签字）： | 2025年4月`` and a merged "
        "``监督举报电话：12388`` line",
        sheets, t,
    )  # fmt: skip


def leibo_water_enforcement_duties() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年3月", 8)
    top = sh.add("序号", "股室（中队）", "岗位", "风险点", "风险表现", "风险评定", None, "防控措施")
    sh.add(None, None, None, None, None, "类型", "等级", None)
    for c in (0, 1, 2, 3, 4, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 6)
    lead, river, law = "大队领导", "河道巡查中队", "法制审核股"
    rows = [
        (lead, "大队长", "leader", "采砂案件查处", "对非法采砂案件说情打招呼，以罚代刑、应移送不移送公安机关",
         "思想道德", "一级", "非法采砂案件集体研究，涉嫌犯罪的一律移送并报县纪委监委备案。"),
        (lead, "大队长", "leader", "涉砂线索处置", "群众举报的非法采砂线索不登记、不核查", "岗位职责", "一级",
         "涉砂线索统一登记编号，核查结果限期反馈举报人。"),
        (lead, "副大队长", "leader", "联合执法行动", "联合巡查的时间、路线提前泄露", "制度机制", "二级",
         "联合行动方案保密，出发前统一收缴通讯工具。"),
        (river, "中队长", "middle", "堤防监控巡查", "监控发现非法改装船舶、夜间停靠不处置", "岗位职责", "一级",
         "监控发现情况当日登记，处置结果纳入中队考核。"),
        (river, "中队长", "middle", "采砂船舶登记", "对采砂船舶登记、报备把关不严", "业务流程", "二级",
         "船舶登记资料与海事、公安信息比对，报备情况每月通报。"),
        (river, "执法队员", "general", "快艇巡航", "巡航记录造假，巡查流于形式", "岗位职责", "三级",
         "巡航轨迹系统留存，中队长每周抽查。"),
        (river, "执法队员", "general", "暂扣船舶机具", "暂扣的采砂机具保管不善，私自放行", "外部环境", "二级",
         "暂扣机具拍照登记、定点停放，放行须经大队长审批。"),
        (law, "股长", "middle", "案卷审核", "执法全过程记录资料不全的案卷予以通过", "制度机制", "二级",
         "案卷审核清单化，执法全过程记录刻制光盘归档。"),
        (law, "股长", "middle", "处置结果公示", "非法采砂案件处置结果不按规定公示", "业务流程", "三级",
         "处置结果在县政府网站公示，法制审核股按月核查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级一级为高风险、二级为中风险、三级为低风险；本表对岗不对人。", 8)
    sh.add("编制：法制审核股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "leibo_water_enforcement_duties", "http://gdtianyu.net/industry/143247.html",
        "县水政监察大队 廉政风险点排查表 对岗不对人, after the source's 区水利局 watched by its 纪检监察组 on 非法采砂 (堤防监控, "
        "无人机, 快艇巡航, 非法改装船舶 and 非法停靠, 执法全过程记录 刻制光盘, 案情分析会, 处置结果向社会公示): a title, a merged "
        "``填报单位：…　2025年3月`` line, then a TWO-ROW heading — 序号/``股室（中队）``/岗位/风险点/风险表现 merged down, "
        "``风险评定`` merged over ``类型 | 等级``, 防控措施 merged down — ``股室（中队）`` merged (大队领导, 河道巡查中队, "
        "法制审核股), 岗位 merged per post, a short 风险点 beside a long 风险表现, short types, ``一级/二级/三级``; no names; a "
        "``注：`` line and an ``编制：法制审核股 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def leibo_emergency_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}应急管理综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("副大队长", "暴岫溪", "男", "1983.11", "大队领导", "副大队长", "leader", [
            ("执法计划", "年度执法检查计划随意调整，对关系企业少查不查", "高",
             "执法计划报局党组审定，调整须书面说明理由。", "已落实"),
            ("重大隐患处置", "对重大事故隐患责令停产整顿不到位，说情放行", "高",
             "重大隐患挂牌督办，复产验收集体把关。", "未发现问题"),
        ]),
        ("危化中队", "咸翊棠", "女", "1988.05", "危险化学品执法中队", "中队长", "middle", [
            ("“四不两直”检查", "检查前向危险化学品经营企业通风报信", "高", "检查对象随机抽取，检查时间临行前确定。", "未发现问题"),
            ("行政处罚", "同类违法行为处罚畸轻畸重，滥用自由裁量权", "中", "严格执行处罚裁量基准，处罚决定法制审核。", "已落实"),
            ("执法检查", "接受被检查企业宴请、礼品", "中", "签订廉洁执法承诺书，检查后发放廉洁回访卡。", "未发现问题"),
        ]),
        ("非煤矿山中队", "苏呷拉铁", "男", "1992.02", "非煤矿山执法中队", "执法队员", "general", [
            ("矿山现场检查", "检查记录与现场情况不符，隐患登记不全", "中", "检查全程执法记录仪记录，隐患逐项拍照登记。", "已整改"),
            ("整改复查", "隐患整改逾期不复查或未到现场即销号", "低", "整改销号须附现场照片，中队长复核签字。", "已落实"),
            ("执法辅助人员", "让编外人员单独入企检查", "低", "编外人员只在执法人员带领下开展辅助工作。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, born, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 14, 34, 16, 34, 12])
        _line(sh, f"{unit}执法人员廉政风险自查表", 6)
        sh.add("姓　名", "性　别", "出生年月", "所在中队", "职　务", "填表时间")
        sh.add(who, sex, born, dept, post, "2025年5月")
        sh.add("序号", "执法环节", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (step, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "中队负责人意见：", None, "大队长审核：", None)
        sheets.append(sh)
    return _layout(
        "leibo_emergency_enforcement_selfchecks",
        "http://yjglj.shiyan.gov.cn/saqscjdglj/zc/zcwj/202204/t20220401_3484328.shtml",
        "县应急管理综合行政执法大队 执法人员廉政风险自查表, one sheet a person (tabs 副大队长, 危化中队, 非煤矿山中队), after the "
        "source's 应急管理部 意见 on 安全生产执法 (层级职责, 执法计划, ``四不两直``, 重大事故隐患 and 停产整顿, 处罚裁量, 编外聘用"
        "人员 only with 执法人员): a title, a label row ``姓　名 | 性　别 | 出生年月 | 所在中队 | 职　务 | 填表时间`` over a row "
        "of their values, then 序号/``执法环节``/廉政风险点/风险等级 高/中/低/防控措施/``自查情况`` (已落实, 未发现问题, 已整改); "
        "no type column; a blank row and ``本人签名： | 中队负责人意见： | 大队长审核：``",
        sheets, t,
    )  # fmt: skip


def leibo_medical_insurance_register() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("责任清单", [6, 13, 10, 10, 20, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "邗珣澈", "leader", [
            ("基金拨付审批", "对定点医药机构结算费用审核意见不复核即签批拨付", "★★★",
             "基金拨付实行经办、审核、复核、审批四级签字，大额拨付集体研究。"),
            ("定点协议管理", "定点医药机构准入评估中打招呼、降低标准", "★★★",
             "准入评估专家评审，评估结果公示。"),
        ]),
        ("待遇审核股", "股长", "厍泠沨", "middle", [
            ("手工报销审核", "对异地就医发票真伪、费用明细核验不严，假发票蒙混过关", "★★★",
             "可疑发票送税务部门鉴定，并向就医医院核实。"),
            ("门诊慢特病认定", "门诊慢特病认定不按标准，人情认定", "★★", "认定实行专家评审，认定名单按月公示。"),
        ]),
        ("待遇审核股", "审核员", "比补拉且", "general", [
            ("住院费用审核", "对金额异常、项目维护有误的住院费用不核实即通过", "★★",
             "设置金额异常预警，异常费用逐笔核实。"),
        ]),
        ("基金稽核股", "稽核员", "巫马澹漪", "general", [
            ("定点医药机构稽核", "稽核中发现挂床住院、串换项目收费不如实记录", "★★★",
             "稽核两人以上，稽核记录被稽核单位签字确认。"),
            ("骗保线索移送", "发现欺诈骗保线索不移送、不报告", "★★", "线索登记台账管理，移送情况每季度通报。"),
        ]),
        ("参保登记股", "经办员", "阮蘅屹", "general", [
            ("参保信息变更", "违规修改参保缴费信息，为他人虚假参保", "★★", "信息变更须上传佐证材料，系统留痕，股长复核。"),
        ]),
        ("财务股", "会计", "芮曦棣", "general", [
            ("基金支付", "医保基金支付凭证审核不严，重复支付", "★", "支付凭证与结算清单逐笔核对，月末对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "leibo_medical_insurance_register",
        "https://www.cn-healthcare.com/articlewm/20210602/content-1227144.html",
        "县医疗保障事务中心 廉政风险防控责任清单, after the source's piece on 医保诈骗 (a 市医保中心 finding 假发票 among the "
        "手工报销 发票 and sending them to 税务 for 鉴定, 住院凭证, 挂床住院, 串换项目, 医疗机构工作人员 in the chain): a title, "
        "then 序号/股室 merged (中心领导, 待遇审核股, 基金稽核股, 参保登记股, 财务股)/岗位 and ``责任人`` merged per person/a short "
        "风险点/a long 风险描述/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and a "
        "``制表：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def leibo_rural_property_two_sheets() -> dict:
    unit = f"{PLACE}农村产权流转交易服务中心"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 8, 18, 36, 10, 10, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("裘澐珂", "主任", "主持中心全面工作", [
            ("农村集体资产交易项目不进平台交易，场外私下成交", "制度机制", "高风险",
             "集体资产交易坚持应上必上，场外交易一律不予鉴证。"),
            ("交易规则制定中为特定受让方设置门槛", "岗位职责", "高风险", "交易规则经中心集体研究并公开征求意见。"),
        ]),
        ("加拉子克", "副主任", "分管交易部、鉴证结算部", [
            ("交易鉴证书出具把关不严", "业务流程", "中风险", "鉴证书出具前复核交易全过程资料。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, types_in(typ), BANDS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    staff = _Sheet("工作人员", [6, 14, 10, 10, 36, 10, 10, 32])
    _line(staff, f"{unit}工作人员廉政风险防控表", 8)
    staff.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("交易部", "部长", "勾淼暄", "middle", [
            ("交易信息发布前向意向受让方泄露底价", "思想道德", "高风险", "底价密封保管，信息发布前知悉人员登记。"),
            ("竞价过程中默许围标串标", "外部环境", "高风险", "竞价全程录像，发现围标串标终止交易并报告。"),
        ]),
        ("交易部", "交易员", "瓦扎伍呷", "general", [
            ("交易资料审核不严，权属不清的产权挂牌交易", "业务流程", "中风险", "权属资料与确权登记信息比对，审核双人签字。"),
        ]),
        ("鉴证结算部", "结算员", "鄢泓翀", "general", [
            ("交易保证金未按规定退还或被挪用", "制度机制", "中风险", "保证金专户管理，退还凭交易结果通知书办理。"),
            ("交易服务费收取不开票", "岗位职责", "低风险", "服务费一律开具票据，每月与财务对账。"),
        ]),
        ("综合办公室", "主任", "第五沄湛", "middle", [
            ("交易档案借阅、查询不登记", "制度机制", "低风险", "档案借阅审批登记，涉密信息不对外提供。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(staff, first, 1, 2, 3)
    _line(staff, "注：风险等级分为高风险、中风险、低风险。", 8)
    staff.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "leibo_rural_property_two_sheets",
        "https://www.meizhou.gov.cn/zwgk/zfjg/snyncj/fwzx/tztg/content/post_2689228.html",
        "县农村产权流转交易服务中心 廉政风险防控表 in two sheets, after the source's 市 农村产权流转交易管理办法 (征求意见稿: "
        "应上必上平台公开交易, 交易主体, 集体资产, 交易机构 and its 服务): ``领导班子`` — a title ``…服务中心领导班子廉政风险"
        "防控表``, 序号/``姓名 | 职务 | 分管工作`` merged per leader/廉政风险点/风险类型 (short names)/风险等级/防控措施; "
        "``工作人员`` — a title, 序号/``部室`` merged (交易部, 鉴证结算部, 综合办公室)/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型/风险等级/防控措施, a ``注：`` line and a 填表人/审核人/date line; levels ``高风险/中风险/低风险``",
        [lead, staff], t,
    )  # fmt: skip


def leibo_mahu_tourism_groups() -> dict:
    unit = f"{PLACE}马湖旅游开发有限责任公司"
    sh = _Sheet("风险清单", [6, 12, 38, 10, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点清单", 7)
    sh.add("序号", "岗位", "廉洁风险点", "风险类别", "风险等级", "防控措施", "责任人")
    groups = [
        ("一、公司领导", "公司领导", [
            ("董事长", "莫色阿支", "leader", [
                ("景区经营项目招商不公开，内定经营户", "制度机制", "一级风险", "招商方案经董事会研究，公开招租。"),
                ("景区提升工程插手干预发包", "外部环境", "一级风险", "工程项目进入公共资源交易平台，纪检全程监督。"),
            ]),
            ("总经理", "帅岷澧", "leader", [
                ("民宿补贴、旅游奖补资金申报把关不严", "岗位职责", "二级风险", "申报资料实地核实，拟补贴名单公示。"),
            ]),
        ]),
        ("二、景区运营部", "景区运营部", [
            ("部长", "殳霁岩", "middle", [
                ("景区商户摊位分配优亲厚友", "思想道德", "一级风险", "摊位公开抽签分配，分配结果公示。"),
                ("游船、观光车经营承包考核不严", "业务流程", "二级风险", "承包考核细则公开，考核结果集体审定。"),
            ]),
            ("票务主管", "阿约么日", "middle", [
                ("门票、游船票收入截留", "思想道德", "一级风险", "票务系统实名售票，票款每日解缴、对账。"),
            ]),
        ]),
        ("三、工程设备部", "工程设备部", [
            ("部长", "仝溆钊", "middle", [
                ("游船、观光车设备检修外包虚报维修项目", "业务流程", "二级风险", "维修项目现场确认，维修前后拍照存档。"),
                ("设备配件采购指定品牌", "岗位职责", "二级风险", "配件采购三家以上比价，采购与验收分离。"),
            ]),
        ]),
        ("四、财务部", "财务部", [
            ("会计", "闵岫珏", "general", [
                ("旅游接待费用报销审核不严", "制度机制", "三级风险", "接待费用凭审批单、清单和发票报销。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, point, typ, lv, measures, who)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        person = lambda row: (row[1], row[6])  # noqa: E731
        _merge_down(sh, first, [(1, person), (6, person)])
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "leibo_mahu_tourism_groups", "https://reportify.ai/news/1107994957051990016",
        "县马湖旅游开发有限责任公司 廉洁风险点清单, after the source's 县纪委监委 watching a 5A 景区 in its 旅游旺季 (景区食宿, "
        "设备检修, 旅游执法, 民宿补贴发放, 文旅项目推进, 消费环境): a title, then 序号/岗位 merged per person/廉洁风险点/风险类别 "
        "(short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任人`` column (the holder's name, merged per "
        "person) under GROUP ROWS ``一、公司领导``, ``二、景区运营部``, ``三、工程设备部``, ``四、财务部`` merged across (no 部门 "
        "column); a ``注：`` line and an 编制人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def leibo_water_company_paged() -> dict:
    unit = f"{PLACE}水务投资有限责任公司"
    sh = _Sheet("一览表", [6, 14, 10, 10, 16, 36, 8, 34])
    t = _Truth(unit)
    header = ("序号", "部门", "岗位", "姓名", "业务环节", "廉洁风险点", "风险等级", "防控措施")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add(*header)
    rows = [
        ("公司领导", "董事长", "俞澄珣", "leader", "城乡供水一体化项目", "管网改造项目立项、发包未经集体决策", "高",
         "项目立项、发包经董事会集体研究，会议纪要存档。"),
        ("公司领导", "董事长", "俞澄珣", "leader", "水价调整", "水价调整方案未经成本监审和听证即擅自执行", "中",
         "水价调整报县发展改革部门成本监审并依法听证。"),
        ("公司领导", "副总经理", "晏珂渟", "leader", "农村饮水工程建设", "工程监理、验收走过场，对偷工减料不追究", "高",
         "隐蔽工程验收影像留存，验收邀请乡镇和村民代表参加。"),
        ("工程建设部", "部长", "濮沄峤", "middle", "管网工程施工", "管网改造工程量签证虚增", "高",
         "签证双人到场计量，工程结算送第三方审核。"),
        ("工程建设部", "部长", "濮沄峤", "middle", "材料进场验收", "管材、水表以次充好，验收把关不严", "中",
         "材料进场抽样送检，验收与采购人员分离。"),
        ("营业收费部", "抄表员", "阿尔克哈", "general", "抄表计量", "估抄、漏抄，为熟人少计用水量", "中",
         "抄表照片上传系统，稽查人员按月抽查。"),
        ("营业收费部", "收费员", "郤沛瑶", "general", "水费收取", "收取现金水费不开票、不入账", "高",
         "推行线上缴费，现金收费当日解缴并开具票据。"),
        ("营业收费部", "收费员", "郤沛瑶", "general", "用户报装", "报装接水收取“好处费”，插队办理", "中",
         "报装流程和收费标准公开，报装按受理顺序办理。"),
        ("水质检测中心", "检测员", "昌淏岚", "general", "水质检测", "水质检测数据造假，不合格结果不上报", "低",
         "检测原始记录留存，检测结果按月向社会公开。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, step, point, lv, measures) in enumerate(rows, 1):
        if i == 6:  # pasted page by page: the heading comes again on the second page
            sh.add(*header)
        sh.add(i, dept, post, who, step, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "填报日期：2025年6月", None, None)
    return _layout(
        "leibo_water_company_paged", "http://jc-fzw.org.cn/show-72994.html",
        "县水务投资有限责任公司 岗位廉洁风险防控一览表, after the source's 市纪委监委 on 农村饮用水 达标提标 (县水务集团, 市政管网"
        "统一供水, 水质提升改造, 农村饮用水管理公司 施工, 全程跟踪监督): a title, then ``序号 | 部门 | 岗位 | 姓名 | 业务环节 | "
        "廉洁风险点 | 风险等级 | 防控措施`` with 部门, 岗位 and 姓名 written on EVERY row (no merges), 高/中/低, the heading "
        "repeated before row 6 (pasted page by page); no type column; a blank row and a 填报人/审核人/填报日期 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    leibo_state_capital_risk_codes(),
    leibo_agri_enforcement_list(),
    leibo_health_enforcement_cards(),
    leibo_water_enforcement_duties(),
    leibo_emergency_enforcement_selfchecks(),
    leibo_medical_insurance_register(),
    leibo_rural_property_two_sheets(),
    leibo_mahu_tourism_groups(),
    leibo_water_company_paged(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch272-inbox"))
