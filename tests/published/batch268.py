"""The two-hundred-and-sixty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's companies,
enforcement bodies and 服务中心, 冕宁县 (a county of the 凉山彝族自治州 on the 安宁河, its 灵山 and its
彝海, its staff Han and Yi) — its 文化市场, 交通运输 and 城市管理 综合行政执法大队, its 社会保险服务中心,
不动产登记中心 and 殡葬服务中心, its 灵山旅游开发有限责任公司, 城乡建设投资有限责任公司 and 国有资产投资
经营有限责任公司 — each handing back the 一览表, 防控卡, 责任清单, 排查登记表, 自查表 or 清单 its staff
typed in WPS or Excel, the rows about 网吧 接纳未成年人, 错时检查, 校园周边 非法出版物, 无证印刷, 打非治违,
非法营运, 治超, ``百吨王``, 称重检测数据, 注销道路运输证, 拆违, 占道经营, 暂扣物品, 以罚代拆, 户外广告, 渣土车,
缴费基数, 补缴, 视同缴费年限, 资格认证, 稽核, 系统账号, 查封 and 抵押 状态, 更正登记, 登记信息查询, 空白
证书, 墓穴 and 骨灰格位, 白包, 强制消费, 收费减免, 优惠票 and 免票, 票据 印制和缴销, 团队票结算, 两算
(工程款结算 and 竣工财务决算), 设计变更, 现场签证, 隐蔽工程, 倾向性条款, 询价, 资产处置 进场交易, 对外担保,
租金 and 融资中介:

- the 文化市场综合行政执法大队's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``中队（室）`` merged (大队领导, 娱乐场所执法中队, 出版物执法中队, 办公室), ``岗位`` and ``姓名`` merged per
  person, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, a 填表人/审核人/大队长 line;
- the 交通运输综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 治超中队, 运政中队): a row of
  labels ``姓名 | 性别 | 民族 | 职务 | 所在部门`` over a row of values, an ``执法事项`` column before the
  risk, ``★★★/★★/★`` read by a ``注：`` line, no type column, a 持卡人/分管领导 签字 line;
- the 城市管理综合行政执法大队's 责任清单 对岗不对人: ``股室（中队）`` merged, ``岗位``, a ``职责事项`` column,
  the risk, short types, ``一级/二级/三级``, a ``责任领导`` column of posts; no names;
- the 社会保险服务中心's 排查登记表: ``股室`` merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, short types, 高/中/低, a ``备注`` (``2024年新增`` on one row);
- the 不动产登记中心's 自查表, one sheet a person (tabs 受理岗, 审核岗, 缮证发证岗): ``姓　名 | … | 所在科室
  | … | 岗　位 | …`` in one row, a ``工作环节`` column before the risk, 高/中/低, no type column;
- the 殡葬服务中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``, no type;
- the 灵山旅游开发有限责任公司's 清单: ``部门`` merged, ``岗位`` and ``岗位责任人`` merged per person, ``…风险``
  types, ``高风险/中风险/低风险``, a last ``分管领导`` column (names, ``/`` on the leaders' own rows);
- the 城乡建设投资有限责任公司's 一览表 under group rows ``一、公司领导`` … ``五、财务部`` merged across (no 部门
  column), ``岗位`` and ``姓名`` merged per person, a ``业务环节`` column, ``★★★/★★/★``, no type column.

One is harder:

- ``mianning_state_assets_residual_levels``: the 国有资产投资经营有限责任公司's 廉洁风险识别评估表 as its
  纪检监察室 draws it on the 风控法务部's risk-register template: ``序号 | 部门 | 岗位 | 姓名 | 廉洁风险点 |
  固有风险等级 | 现有防控措施 | 剩余风险等级`` — the point graded TWICE, both in 高/中/低: the ``固有风险等级``
  (the risk as assessed, before the measures) BEFORE the measures column and the ``剩余风险等级`` (what is
  left once the existing measures work) AFTER it; on most rows the 剩余 is one step lower, on some the
  same; a ``注：1.固有风险等级是未考虑现有防控措施时…评定的风险等级；2.剩余风险等级是落实现有防控措施后仍存在
  的风险等级…`` line under the table. The README's 读得懂的表 knows two level columns where one is the
  older grade (``原风险等级 | 调整后风险等级``, ``上年 | 本年``: take the current one), a self-graded and a
  reviewed one (``自查 | 审定``: take the reviewed), and ``发生可能性 | 影响程度`` beside the level; it says
  nothing of an INHERENT and a RESIDUAL grade either side of the measures.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县文体新广局执法大队 checking 集镇 网吧,
KTV and 校园周边 图书店 for 非法出版物 and 未成年人上网; a 市 meeting on 交通运输综合行政执法 — 打非治违,
非法营运, 治超, ``百吨王``, 非现场执法点 称重检测数据, 注销道路运输证 台账; a note on what a 城管执法大队
does — 占道经营, 违法建筑, 户外广告, 执法记录仪; a paper on 社会保险 内部控制 — 初审、复核 虚化, 岗位权限
过大, 人员变动时系统清理不及时, 资格认证, 失业保险金; a 县不动产登记服务中心's 承诺书 — 首次、变更、转移、
注销、更正、异议、预告、查封 登记, 办结时限, 权籍调查; a piece on 殡葬 乱象 — 收费名目多, 强制消费, ``白包``,
违规乱建公墓, 超标准墓穴, 炒买炒卖墓穴或骨灰格位; a 景区 票务管理规定 — 售票员, 检票员, 票据的领取、登记、
发售, 优惠票及免票 核对证件, 售票日报表; a 城建集团 meeting on 两算 — 工程款结算, 竣工财务决算, 成本合约部,
采购招标 as 廉洁风险集中的重点领域; a 企业内部控制 text — 风险评估 by 可能性 and 影响程度, 风险承受度,
控制活动 that bring the risk within what can be borne) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, and Yi names as a 凉山 county's staff carry them — 吉布尔惹, 阿苦日哈, 海来木呷,
沙马伍各, 勒格阿依, 吉克石且, 俄比拉则, 吉木惹古, 阿西尔布); every unit is a body of 冕宁县.

Run ``python tests/published/score.py --set batch268`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point's level is its ``固有风险等级``: the grade the point was given when it was
  found, the one its measures answer to; the ``剩余风险等级`` after the measures says how well they work,
  and is no level of the point; the ``注：`` and ``编制`` lines are no points; ``公司领导`` is the 科室 of
  the 董事长 and 总经理 there, as in the other companies' files;
- ``大队领导``, ``中心领导`` and ``公司领导`` (a 科室 cell, a card's 所在部门, a group row, a sheet's title)
  are the 科室 of those leaders; a 大队's 中队, 股 and 办公室, a 中心's 股, 科 and 财务室, a company's 部 and
  its 票务中心 are 科室;
- every 大队, 中心 and company here is a unit of its own: 大队长, 副大队长, a 中心's 主任 and 副主任,
  董事长 and 总经理 are leaders; 中队长, 股长, 科长, 部长, the 办公室主任 and the 票务中心's 主管 middle;
  the rest (执法队员, 审核员, 稽核员, 会计, 出纳, 系统管理员, 受理员, 缮证员, 遗体接运员, 公墓管理员,
  收费员, 售票员, 检票员, 造价员, 现场工程师, 资产管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``执法事项``, ``职责事项``, ``工作环节``,
  ``业务环节``, ``分管工作``, ``责任领导`` (posts), ``分管领导`` (names or ``/``) and ``备注`` are no points and
  name no holder; the 城市管理 list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b268_"
PLACE = "冕宁县"
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


# --------------------------------------------------------------------------- harder layout

# (部门, 岗位, 姓名, tier, [(廉洁风险点, 固有风险等级, 现有防控措施, 剩余风险等级)])
ASSESSED = [
    ("公司领导", "董事长", "劳旻澔", "leader", [
        ("国有资产处置、产权转让不进场交易，内定受让方", "高",
         "资产处置经评估、集体决策后一律进入公共资源交易平台公开交易。", "中"),
        ("对外投资项目尽职调查走过场，凭个人意志决策", "高",
         "投资项目可研论证、法律审核，董事会集体决策并报县国资部门备案。", "中"),
    ]),
    ("公司领导", "总经理", "晋岑翊", "leader", [
        ("对外担保、出借资金未履行审批程序", "高", "对外担保、借款一律报董事会和县国资部门审批。", "低"),
    ]),
    ("资产管理部", "部长", "党沛琰", "middle", [
        ("经营性资产出租低于评估价或长期无偿给关系人使用", "高", "资产出租公开招租，租金标准经评估确定。", "中"),
        ("租金应收未收，欠租长期不催收", "中", "租金台账按月对账，欠租逐户书面催收。", "低"),
    ]),
    ("资产管理部", "资产管理员", "吉木惹古", "general", [
        ("资产台账登记不全，账外资产不入账", "中", "每年全面盘点一次，账实、账卡核对。", "低"),
    ]),
    ("融资部", "部长", "宰涵沚", "middle", [
        ("融资中介费用虚高，与中介机构存在利益输送", "高", "融资中介比选确定，中介费用报董事会审批。", "高"),
    ]),
    ("财务部", "出纳", "弘筱湄", "general", [
        ("银行U盾与财务印鉴由一人保管，违规对外支付", "中", "印鉴与U盾分人保管，对外支付双人复核。", "低"),
        ("公款私存、坐支现金", "低", "现金日清月结，财务负责人不定期盘点。", "低"),
    ]),
]  # fmt: skip


def mianning_state_assets_residual_levels() -> dict:
    unit = f"{PLACE}国有资产投资经营有限责任公司"
    sh = _Sheet("风险评估", [6, 12, 11, 10, 36, 9, 38, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险识别评估表", 8)
    _line(sh, f"填报部门：纪检监察室{GAP * 12}评估时间：2024年12月", 8)
    sh.add(
        "序号", "部门", "岗位", "姓名", "廉洁风险点", "固有风险等级", "现有防控措施", "剩余风险等级"
    )
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ASSESSED:
        for point, inherent, measures, residual in points:
            n += 1
            sh.add(n, dept, post, who, point, inherent, measures, residual)
            t.point(sh.name, dept, post, who, tier, point, [], HML[inherent])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：1.固有风险等级是未考虑现有防控措施时，按风险发生的可能性和影响程度评定的风险等级；"
        "2.剩余风险等级是落实现有防控措施后仍存在的风险等级；3.风险等级分为高、中、低三级。",
        8,
    )
    sh.add("编制：纪检监察室", None, None, "审核：风控法务部", None, None, "2024年12月", None)
    source = (
        "https://wk.yl1001.com/classify.php?mode=classify&doaction=desc_item&page=1&purl=http%3A%2F%2F"
        "upload104.job1001.com%2Fupload%2Fres%2Fhtml%2F2012-06-08%2F1339125239-63NSRHN%2F1339125239-63NSRHNs.html"
    )
    return _layout(
        "mianning_state_assets_residual_levels", source,
        "(harder) 县国有资产投资经营有限责任公司 廉洁风险识别评估表, after the source's 企业内部控制 text (风险评估: 风险发生"
        "的可能性 and 影响程度, 风险承受度; 控制活动 that keep the risk within what can be borne): a title, a merged "
        "``填报部门：纪检监察室　…　评估时间：2024年12月`` line, then 序号/部门 merged (公司领导, 资产管理部, 融资部, 财务部)/"
        "岗位 and 姓名 merged per person/廉洁风险点/``固有风险等级`` 高/中/低/``现有防控措施``/``剩余风险等级`` 高/中/低 — "
        "the point graded TWICE either side of the measures, the 剩余 one step lower on most rows and the same on two; "
        "a merged ``注：1.固有风险等级是未考虑现有防控措施时…；2.剩余风险等级是落实现有防控措施后仍存在的风险等级；…`` line "
        "and ``编制：纪检监察室 | 审核：风控法务部 | 2024年12月``; no type column; the level is the 固有风险等级",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mianning_culture_enforcement_list() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("一览表", [6, 16, 10, 10, 40, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年10月", 8)
    sh.add("序号", "中队（室）", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "庹峙濛", "leader", [
            ("对网吧、歌舞娱乐场所违规案件说情打招呼，降格处理", "思想道德风险", "Ⅰ级",
             "说情打招呼一律登记报告，案件处理意见经案审会集体研究。"),
            ("行政处罚自由裁量权行使不规范，同案不同罚", "制度机制风险", "Ⅰ级",
             "严格执行文化市场行政处罚裁量基准，处罚决定书网上公开。"),
        ]),
        ("大队领导", "副大队长", "吉布尔惹", "leader", [
            ("乡镇集镇文化市场检查计划随意调整，对关系户少查漏查", "岗位职责风险", "Ⅱ级",
             "检查对象“双随机”抽取，检查计划报局党组备案。"),
        ]),
        ("娱乐场所执法中队", "中队长", "冼珮璆", "middle", [
            ("检查中发现网吧接纳未成年人不立案，只口头提醒", "岗位职责风险", "Ⅰ级",
             "检查全程执法记录仪记录，发现问题一律录入文化市场监管平台。"),
            ("节假日错时检查前向经营业主通风报信", "思想道德风险", "Ⅰ级", "检查时间临行前确定，参检人员通讯工具统一保管。"),
        ]),
        ("娱乐场所执法中队", "执法队员", "禤沐垚", "general", [
            ("接受KTV、网吧业主宴请和充值卡、会员卡", "外部环境风险", "Ⅱ级", "签订廉洁执法承诺书，八小时外活动按月报告。"),
        ]),
        ("出版物执法中队", "中队长", "訾澹沄", "middle", [
            ("校园周边书店非法出版物收缴登记不全，私自处理", "业务流程风险", "Ⅱ级", "收缴物品当场清点、双人签字，集中入库销毁。"),
        ]),
        ("出版物执法中队", "执法队员", "阿苦日哈", "general", [
            ("对无证印刷、复印点限期整改逾期不复查", "岗位职责风险", "Ⅲ级", "整改通知书台账管理，逾期复查结果由中队长签字。"),
        ]),
        ("办公室", "主任", "缑筱湉", "middle", [
            ("执法车辆和执法装备使用登记不实，公车私用", "制度机制风险", "Ⅲ级", "车辆出行审批登记，定点加油、定点维修。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "大队长：", None)
    return _layout(
        "mianning_culture_enforcement_list", "http://badong.cjyun.org/p/29284.html",
        "县文化市场综合行政执法大队 岗位廉政风险防控一览表, after the source's 县文体新广局执法大队 checking 集镇 网吧, KTV "
        "娱乐场所 and 校园周边 图书销售店 (非法出版物, 未成年人上网, 限期整改): ``附件1``, a title, a merged ``填报单位（盖章）："
        "…　填报时间：2024年10月`` line, then 序号/``中队（室）`` merged (大队领导, 娱乐场所执法中队, 出版物执法中队, 办公室)/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line on "
        "the levels and a 填表人/审核人/大队长 line",
        [sh], t,
    )  # fmt: skip


def mianning_transport_enforcement_cards() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "郄隽曦", "男", "汉族", "大队长", "大队领导", "leader", [
            ("执法计划", "“打非治违”专项行动选择性部署，放过关系人的非法营运车辆", "★★★",
             "专项行动方案集体研究，查处情况每周通报。"),
            ("重大案件处理", "“百吨王”等重大案件处理不经集体讨论，个人决定", "★★★",
             "重大案件法制审核后提交集体讨论，讨论纪要存档。"),
            ("执法辅助人员管理", "执法辅助人员单独执法、代签执法文书", "★★", "辅助人员只做辅助工作，执法文书由执法人员签署。"),
        ]),
        ("治超中队", "乜砚澂", "女", "汉族", "中队长", "治超中队", "middle", [
            ("路面治超", "对超限超载货车少罚款、不卸载即放行", "★★★", "卸载、复检全程录像，处罚结果录入治超信息系统。"),
            ("称重检测", "篡改非现场执法点货车称重检测数据", "★★★", "检测数据系统自动上传，修改记录留痕可查。"),
            ("罚没款管理", "当场收缴罚款不开具票据、不按时上缴", "★★", "罚款一律使用财政票据，非税收入系统按日对账。"),
        ]),
        ("运政中队", "海来木呷", "男", "彝族", "执法队员", "运政中队", "general", [
            ("客运检查", "对非法营运车辆只登记不查处，收受车主好处", "★★", "检查两人以上，查处结果按周公示。"),
            ("车辆核查", "注销道路运输证车辆摸排台账弄虚作假", "★", "台账逐车建立，中队长抽查复核。"),
            ("执法文书", "执法文书补签、倒签，事后补录证据", "★", "执法文书当场制作，证据同步上传执法系统。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, nation, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 16, 34, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", "性别", "民族", "职务", "所在部门")
        sh.add(who, sex, nation, post, dept)
        sh.add("序号", "执法事项", "风险点", "风险等级", "防控措施")
        for i, (matter, point, lv, measures) in enumerate(points, 1):
            sh.add(i, matter, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add()
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None, "2024年9月")
        sheets.append(sh)
    return _layout(
        "mianning_transport_enforcement_cards",
        "https://nypubweb.nydt.cn/nyh/article/1/1894209378662416386",
        "县交通运输综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 治超中队, 运政中队), after the source's "
        "市 交通运输综合行政执法 meeting (打非治违, 非法营运, 治超 and ``百吨王``, 非现场执法点 称重检测数据, 注销道路运输证 台账): "
        "a title, a row of labels ``姓名 | 性别 | 民族 | 职务 | 所在部门`` over a row of their values, then 序号/``执法事项``/"
        "风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars, a blank row and "
        "``持卡人（签字）： | 分管领导（签字）： | 2024年9月``",
        sheets, t,
    )  # fmt: skip


def mianning_urban_management_duties() -> dict:
    unit = f"{PLACE}城市管理综合行政执法大队"
    sh = _Sheet("责任清单", [6, 14, 10, 16, 38, 10, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add("序号", "股室（中队）", "岗位", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    lead, city, illegal, waste, law = (
        "大队领导",
        "市容秩序中队",
        "违建查处中队",
        "渣土管理中队",
        "法制审核股",
    )
    rows = [
        (lead, "大队长", "leader", "主持全面工作", "违法建设拆除对象选择性确定，对关系户“放一马”", "思想道德", "一级",
         "拆违计划集体研究并公示，拆除结果报县城市管理局备案。", "局分管领导"),
        (lead, "副大队长", "leader", "市容秩序整治", "对占道经营商户长期默许，收取“好处费”", "外部环境", "一级",
         "整治情况按周通报，群众投诉件限时办结并回访。", "大队长"),
        (city, "中队长", "middle", "流动摊贩管理", "暂扣物品登记不全，私自处理或变卖", "业务流程", "二级",
         "暂扣物品当场开具清单，入库登记、限期返还。", "分管副大队长"),
        (city, "执法队员", "general", "日常巡查", "巡查发现违法行为不制止、不报告", "岗位职责", "二级",
         "巡查佩戴执法记录仪，巡查记录每日上传。", "分管副大队长"),
        (illegal, "中队长", "middle", "违法建筑查处", "违法建设立案后久拖不办，以罚代拆", "制度机制", "一级",
         "立案、处罚、拆除全程台账管理，逾期未办结的通报。", "大队长"),
        (illegal, "执法队员", "general", "户外广告设施管理", "擅自设置的户外广告设施清理不彻底，为广告商提供方便", "外部环境",
         "三级", "清理前后拍照存档，清理结果抽查复核。", "分管副大队长"),
        (waste, "中队长", "middle", "建筑垃圾处置监管", "对渣土车抛洒滴漏处罚畸轻畸重", "岗位职责", "二级",
         "严格执行处罚裁量基准，处罚结果网上公示。", "分管副大队长"),
        (law, "股长", "middle", "法制审核", "行政处罚案件法制审核不严，程序违法的案件予以通过", "制度机制", "三级",
         "法制审核意见书面留存，案卷每季度交叉评查。", "大队长"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, typ, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级一级为高、二级为中、三级为低。", 9)
    sh.add("编制：法制审核股", None, None, "审核：", None, None, "2024年11月", None, None)
    return _layout(
        "mianning_urban_management_duties", "https://www.fudaoke.com/exam/2996438.html",
        "县城市管理综合行政执法大队 廉政风险防控责任清单 对岗不对人, after the source's note on what a 城管执法大队 does "
        "(市容环境, 占道经营 and 流动摊贩, 违法建筑, 非法广告, 日常巡查, 执法记录仪): a title, then 序号/``股室（中队）`` merged "
        "(大队领导, 市容秩序中队, 违建查处中队, 渣土管理中队, 法制审核股)/岗位/``职责事项``/廉政风险点/风险类型 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施/``责任领导`` (posts: 局分管领导, 大队长, 分管副大队长); no names; a ``注：`` line and "
        "an ``编制：法制审核股 | 审核： | 2024年11月`` line",
        [sh], t,
    )  # fmt: skip


def mianning_social_insurance_register() -> dict:
    unit = f"{PLACE}社会保险服务中心"
    sh = _Sheet("排查登记表", [6, 13, 10, 10, 15, 36, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查登记表", 10)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2024年8月", 10)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "姓名",
        "风险点",
        "风险表现",
        "风险类型",
        "风险等级",
        "防控措施",
        "备注",
    )
    rows = [
        ("中心领导", "主任", "暨晗璋", "leader", [
            ("基金支付审批", "初审、复核流于形式，审批时照单签批支付", "岗位职责", "高",
             "基金支付实行经办、复核、审批三级签字，大额支付集体研究。", None),
            ("岗位权限设置", "业务系统岗位权限过大，经办与审核由一人兼任", "制度机制", "高",
             "不相容岗位分离，系统权限每半年清理一次。", None),
        ]),
        ("参保征缴股", "股长", "甯曜岑", "middle", [
            ("缴费基数核定", "为参保单位少报、瞒报缴费基数提供便利", "外部环境", "中", "缴费基数与税务、工资数据比对。", None),
            ("补缴审核", "不审核原始工资凭证即违规办理补缴", "业务流程", "高",
             "补缴资料初审、复核后报中心主任审批，补缴三年以上签订承诺书。", "2024年新增"),
        ]),
        ("待遇核定股", "审核员", "沙马伍各", "general", [
            ("养老金待遇核定", "核定时多算视同缴费年限，多发待遇", "岗位职责", "高", "待遇核定系统校验，复核比例百分之百。", None),
            ("领取资格认证", "资格认证走过场，死亡、服刑人员冒领待遇不发现", "业务流程", "中",
             "与公安、民政、法院数据比对，疑点人员上门核实。", None),
        ]),
        ("稽核股", "稽核员", "桓沚汀", "general", [
            ("稽核检查", "稽核发现的违规领取问题隐瞒不报或降格处理", "思想道德", "中", "稽核发现问题登记编号，处理结果按月通报。", None),
        ]),
        ("基金财务股", "会计", "璩湘沅", "general", [
            ("基金核算", "收入户、支出户资金违规划转", "制度机制", "中", "基金专户管理，转账须两人以上复核。", None),
        ]),
        ("信息股", "系统管理员", "幸芃熙", "general", [
            ("系统账号管理", "人员变动时系统账号清理不及时，他人借用账号经办", "制度机制", "低",
             "人员调离当日停用账号，操作日志每月抽查。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add(
        "填表人：", None, None, "股室负责人：", None, None, "中心主任（签字）：", None, None, None
    )
    return _layout(
        "mianning_social_insurance_register", "https://365docx.com/view/467988458b.html",
        "县社会保险服务中心 岗位廉政风险排查登记表, after the source's paper on 社会保险 内部控制 (初审、复核 环节, 岗位权限过大, "
        "审核岗位虚化, 信息系统业务权限, 人员变动时系统清理不及时, 资格认证, 失业保险金): a title, a merged ``填报单位：…　"
        "填报时间：2024年8月`` line, then 序号/股室 merged (中心领导, 参保征缴股, 待遇核定股, 稽核股, 基金财务股, 信息股)/岗位 "
        "and 姓名 merged per person/a short 风险点/a long 风险表现/风险类型 (short names)/风险等级 高/中/低/防控措施/``备注`` "
        "(``2024年新增`` on one row); a blank row and a 填表人/股室负责人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def mianning_real_estate_selfchecks() -> dict:
    unit = f"{PLACE}不动产登记中心"
    t = _Truth(unit)
    people = [
        ("受理岗", "檀荇沅", "登记受理科", "受理员", "general", [
            ("首次登记受理", "对申请材料不全或前后不一致的申请违规受理", "中", "执行一次性告知，材料清单化查验，受理照片留存。"),
            ("窗口办件", "为中介人员代办的业务开“绿色通道”，插队办理", "中", "按取号顺序办理，代办件登记备查。"),
            ("登记资料查询", "违规向无关人员提供不动产登记信息", "高", "查询须核验身份和利害关系，查询记录系统留痕。"),
        ]),
        ("审核岗", "衡珝瑶", "审核登簿科", "科长", "middle", [
            ("转移登记审核", "对抵押、查封状态审核不严，为被查封的不动产办理转移", "高", "登簿前系统自动校验查封、抵押状态，复审签字。"),
            ("更正、异议登记", "更正登记随意变更权利人或面积", "高", "更正登记集体会审，审核意见书面留存。"),
            ("办结时限", "无正当理由超时限办理，借机索要好处", "低", "办理时限系统预警，超时件通报。"),
        ]),
        ("缮证发证岗", "茆滢翾", "缮证发证科", "缮证员", "general", [
            ("证书缮制", "不动产权证书、登记证明空白证书领用登记不全", "中", "空白证书专柜保管，领用、缮制、作废逐本登记。"),
            ("证书发放", "未核验领证人身份即发放证书", "中", "发证核验身份证件，委托领证的核验授权委托书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 16, 36, 10, 32, 12])
        _line(sh, f"{unit}工作人员廉政风险自查表", 6)
        sh.add("姓　名", who, "所在科室", dept, "岗　位", post)
        sh.add("序号", "工作环节", "风险点", "风险等级", "防范措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for i, (step, point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, step, point, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字：", None, "科室负责人审核：", None, "2024年7月", None)
        sheets.append(sh)
    return _layout(
        "mianning_real_estate_selfchecks",
        "http://www.jingbian.gov.cn/ztzl/jczwgkbzhgfh/lybzml/zrzyly/qqdj/zrzyqqdjjggk/1507181703089184769.html",
        "县不动产登记中心 工作人员廉政风险自查表, one sheet a person (tabs 受理岗, 审核岗, 缮证发证岗), after the source's 县"
        "不动产登记服务中心 服务事项公开承诺书 (首次、变更、转移、注销、更正、异议、预告、查封 登记, 查询, 办结时限, 权籍调查): a "
        "title, ``姓　名 | … | 所在科室 | … | 岗　位 | …`` in ONE row, then 序号/``工作环节``/风险点/风险等级 高/中/低/防范措施 "
        "(merged over two columns); no type column; a blank row and ``本人签字： | 科室负责人审核： | 2024年7月``",
        sheets, t,
    )  # fmt: skip


def mianning_funeral_center_two_sheets() -> dict:
    unit = f"{PLACE}殡葬服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 38, 10, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("鄂岑霈", "主任", "主持中心全面工作", [
            ("公墓墓穴、骨灰格位价格调整个人说了算", "一级风险", "价格调整按程序报价格主管部门审批，执行价格公示。"),
            ("殡葬设施建设项目插手工程发包", "一级风险", "工程项目进入公共资源交易平台，纪检全程监督。"),
        ]),
        ("阿西尔布", "副主任", "分管殡仪服务、收费管理", [
            ("殡葬服务收费减免审批把关不严", "二级风险", "减免对象凭民政部门证明办理，减免名单按月公示。"),
            ("骨灰盒、寿衣等殡葬用品采购指定供应商", "二级风险", "殡葬用品比价采购，验收与采购分离。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], RISKS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    dept = _Sheet("科室", [6, 14, 12, 10, 38, 10, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("殡仪服务科", "科长", "昝霂宸", "middle", [
            ("强制消费、搭售殡葬用品和延伸服务", "一级风险", "服务项目由丧属自主选择，签订服务确认单。"),
        ]),
        ("殡仪服务科", "遗体接运员", "栾棨川", "general", [
            ("接运、火化时向丧属索要“白包”、红包", "一级风险", "服务评价卡随单发放，举报电话上墙公示。"),
        ]),
        ("公墓管理科", "公墓管理员", "弭歆玥", "general", [
            ("违规预留、倒卖墓穴或骨灰格位", "一级风险", "墓穴、格位销售系统登记，实名购买、按序安排。"),
            ("超标准墓穴、“活人墓”审核不严", "二级风险", "安葬凭火化证明办理，墓穴面积验收拍照存档。"),
        ]),
        ("财务室", "收费员", "邴蕤汐", "general", [
            ("收费不开票、少开票，截留服务费", "二级风险", "收费一律开具票据，收费系统与票据每日核对。"),
            ("困难群众基本殡葬服务费该免未免", "三级风险", "减免政策上墙公示，减免台账每月核对。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for office, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, office, post, who, point, lv, measures)
            t.point(dept.name, office, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    _line(dept, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 7)
    dept.add("填表人：", None, "审核人：", None, "2024年6月", None, None)
    return _layout(
        "mianning_funeral_center_two_sheets", "http://www.anbamore.com/g78867680.html",
        "县殡葬服务中心 廉政风险防控表 in two sheets, after the source's piece on 殡葬 乱象 and its 专项整治 (收费名目多, 强制消费, "
        "``白包``, 违规乱建公墓, 超标准墓穴, 活人墓, 炒买炒卖墓穴或骨灰格位; 火化费 政府定价, 骨灰盒 政府指导价): ``中心领导`` — a "
        "title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级/防控措施; ``科室`` — a title, 序号/``科室`` "
        "merged (殡仪服务科, 公墓管理科, 财务室)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施, a ``注：`` line and a "
        "填表人/审核人/date line; levels ``一级风险/二级风险/三级风险``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def mianning_scenic_company_list() -> dict:
    unit = f"{PLACE}灵山旅游开发有限责任公司"
    sh = _Sheet("风险清单", [6, 12, 10, 11, 38, 13, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 9)
    _line(sh, f"填报部门：综合部{GAP * 12}填报时间：2024年9月", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "岗位责任人",
        "风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "分管领导",
    )
    boss, manager = "蒯霁垣", "勒格阿依"
    rows = [
        ("公司领导", "董事长", boss, "/", "leader", [
            ("景区经营项目、商铺摊位出租不经集体研究", "制度机制风险", "高风险", "出租方案经董事会研究，公开招租。"),
            ("景区提升工程发包插手干预", "外部环境风险", "高风险", "工程项目公开招标，纪检全程监督。"),
        ]),
        ("公司领导", "总经理", manager, "/", "leader", [
            ("旅行社团队票结算折扣随意审批", "岗位职责风险", "中风险", "团队票折扣标准经董事会确定并书面公布。"),
        ]),
        ("票务中心", "主管", "胥漪澜", manager, "middle", [
            ("门票票据印制、领用、缴销管理不严，票据流失", "制度机制风险", "高风险", "票据按号段领用登记，缴销双人核对。"),
        ]),
        ("票务中心", "售票员", "牟舒窈", manager, "general", [
            ("优惠票、免票不核验证件，以优惠票冒充全价票截留票款", "思想道德风险", "高风险", "优惠、免票凭证拍照留存，票务系统实名登记。"),
            ("售票日报表填写不实", "业务流程风险", "低风险", "日报表与票务系统数据每日核对。"),
        ]),
        ("票务中心", "检票员", "吉克石且", manager, "general", [
            ("放熟人、关系人无票入园", "思想道德风险", "中风险", "闸机验票全程监控，人工通道登记。"),
        ]),
        ("财务部", "出纳", "郏蕴珂", boss, "general", [
            ("票款未日清日结，延迟解缴银行", "业务流程风险", "中风险", "票款当日解缴，财务部每日与票务系统对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, watcher, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (3, person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    sh.add()
    sh.add("编制人：", None, None, "审核人：", None, None, "董事长（签字）：", None, None)
    return _layout(
        "mianning_scenic_company_list", "http://www.360docs.net/doc/be1565943.html",
        "县灵山旅游开发有限责任公司 岗位廉洁风险防控清单, after the source's 景区 票务管理规定 (售票员 and 检票员 岗位职责, 票据的"
        "印制、流转、缴销, 优惠票及免票 核对证件, 售票日报表, 逃票、免票): a title, a merged ``填报部门：综合部　…　填报时间："
        "2024年9月`` line, then 序号/部门 merged (公司领导, 票务中心, 财务部)/岗位 and ``岗位责任人`` merged per person/风险点/"
        "风险类别 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/a last ``分管领导`` (the watching leader's name, merged "
        "per 部门 run, ``/`` on the leaders' own rows); a blank row and an 编制人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def mianning_urban_invest_groups() -> dict:
    unit = f"{PLACE}城乡建设投资有限责任公司"
    sh = _Sheet("一览表", [6, 12, 10, 14, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年4月", 7)
    sh.add("序号", "岗位", "姓名", "业务环节", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("董事长", "嵇祎澍", "leader", [
                ("重大投资决策", "重大投资、大额资金支付未经“三重一大”集体决策", "★★★", "严格执行“三重一大”决策制度，会议纪要存档。"),
            ]),
            ("总经理", "仉岫铭", "leader", [
                ("竣工财务决算", "竣工财务决算久拖不结，给施工单位留下操作空间", "★★", "“两算”工作倒排工期，按月通报进度。"),
            ]),
        ]),
        ("二、成本合约部", "成本合约部", [
            ("部长", "郜岱屿", "middle", [
                ("工程款结算", "结算审核中多计工程量、高套定额", "★★★", "结算实行初审、复审两级审核，送第三方评审。"),
                ("设计变更", "设计变更和现场签证不按程序审批", "★★", "变更签证分级审批，重大变更集体研究。"),
            ]),
            ("造价员", "俄比拉则", "general", [
                ("结算资料审核", "与施工单位串通，配合虚增结算资料", "★★", "结算资料与竣工图纸、现场查勘逐项核对。"),
            ]),
        ]),
        ("三、工程管理部", "工程管理部", [
            ("部长", "冀筠澜", "middle", [
                ("隐蔽工程验收", "隐蔽工程验收走过场，降低质量标准", "★★", "隐蔽工程验收影像留存，监理、建设单位共同签字。"),
            ]),
            ("现场工程师", "鞠砺岑", "general", [
                ("现场签证", "现场签证工程量与实际不符，收受施工单位好处", "★★★", "签证双人到场计量，签证单编号管理。"),
            ]),
        ]),
        ("四、招标采购部", "招标采购部", [
            ("部长", "厉昶渟", "middle", [
                ("招标文件编制", "招标文件设置倾向性条款，量身定制资格条件", "★★★", "招标文件经法务审核，资格条件对照负面清单。"),
                ("小额采购", "小额采购询价对象少于三家或虚假询价", "★", "询价记录留存，采购结果公示。"),
            ]),
        ]),
        ("五、财务部", "财务部", [
            ("会计", "佘瑾萱", "general", [
                ("工程款支付", "未核对结算审核意见即支付工程款", "★★", "付款前核对合同、结算审核意见和审批单。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for step, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, step, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add("填表人：", None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "mianning_urban_invest_groups", "http://www.fshexingyuan.com/index.php?c=show&id=5925",
        "县城乡建设投资有限责任公司 岗位廉洁风险点一览表, after the source's 城建集团 meeting on ``两算`` (项目工程款结算 and 竣工"
        "财务决算, 成本合约部, 采购招标 and 两算 as 廉洁风险集中的重点领域, 廉政谈话): a title, a merged ``填报单位（盖章）：…　"
        "填报时间：2025年4月`` line, then 序号/岗位 and 姓名 merged per person/``业务环节``/廉洁风险点/风险等级 ``★★★/★★/★``/"
        "防控措施 under GROUP ROWS ``一、公司领导``, ``二、成本合约部``, ``三、工程管理部``, ``四、招标采购部``, ``五、财务部`` merged "
        "across (no 部门 column); no type column; a ``注：`` line on the stars and a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mianning_state_assets_residual_levels(),
    mianning_culture_enforcement_list(),
    mianning_transport_enforcement_cards(),
    mianning_urban_management_duties(),
    mianning_social_insurance_register(),
    mianning_real_estate_selfchecks(),
    mianning_funeral_center_two_sheets(),
    mianning_scenic_company_list(),
    mianning_urban_invest_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch268-inbox"))
