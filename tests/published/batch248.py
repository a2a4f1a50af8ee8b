"""The two-hundred-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY FILES OF ONE COUNTY'S COMPANIES, ENFORCEMENT
BODIES AND SERVICE CENTRES, 红原县 — its 文化旅游投资开发有限责任公司, the 交通建设投资有限公司, the
综合行政执法局, the 农业农村综合行政执法大队, the 社会保险事业管理中心, the 生态环境保护综合行政执法大队
and the 就业服务中心 — each handing back the plain 一览表, 排查表, 清单, 自查表 or 防控卡 its staff typed
in WPS or Excel (merged cells, a 填报 line, sign-offs and notes), the rows about 景区门票, 项目变更,
材料进场, 暂扣物品, 农资抽检, 待遇核定, 排污检查 and 就业补贴:

- the 文化旅游投资开发有限责任公司's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``科室（部门）`` merged (公司领导, 项目建设部, 景区运营部, 财务部, 综合办公室), ``岗位名称`` and
  ``责任人`` merged per person, a ``廉洁风险点``, ``…风险`` types, 高/中/低, a 填表人/审核人/董事长签字
  line;
- the 交通建设投资有限公司's 在建项目 排查表: ``项目环节`` merged, the risk, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, and the holder LAST in ``责任部门 | 责任岗位 | 责任人``;
- the 综合行政执法局's 防控卡, one sheet a holder (tabs 局领导, 执法一中队, 执法二中队): ``持卡人 | … |
  所在股室（中队） | … | 职务 | …`` in one row, a merged ``岗位职责：…`` line, ``…风险`` types, 高/中/低,
  ``监督举报电话：…`` and ``持卡人签字：`` below;
- the 农业农村综合行政执法大队's 自查表, one sheet a person, the tabs the holders' names: ``姓　名 | … |
  职　务 | … | 所在中队 | …`` above, a short ``风险点`` beside a long ``具体表现``, short types, 高/中/低,
  an ``整改时限`` column, ``自查人（签名）： | 中队长审核：`` below;
- the 社会保险事业管理中心's 责任清单 对岗不对人: ``业务股室`` merged, ``岗位``, a ``职责事项`` column,
  the risk, ``一级/二级/三级`` read by a ``注：`` line, no type column, a ``备注`` column;
- the 生态环境保护综合行政执法大队's 一览表 under group rows ``一、大队领导``, ``二、综合科`` … merged across
  (no 科室 column), 岗位 and 姓名 merged per person, ``…风险`` types, ``高风险/中风险/低风险``;
- the 就业服务中心's 排查表 under ONE merged ``单位名称：…　填报时间：…`` cell: ``股室`` merged (中心领导,
  就业促进股, 职业培训股, 财务室), 岗位 and ``责任人`` merged per person, short types, 高/中/低, a
  ``备注`` column (``新增``).

One is harder:

- ``urban_invest_two_years``: the 城乡建设投资有限责任公司's 一览表 whose ONE SHEET carries two tables
  one under the other: ``一、2024年度岗位廉洁风险点`` (this year's list, 部门/岗位/姓名/风险点/风险类别/
  风险等级/防控措施) and, after a blank row, ``二、2023年度岗位廉洁风险点防控措施落实情况`` — LAST YEAR'S
  points of the same posts under their own header (部门/岗位/姓名/风险点/风险等级/防控措施/落实情况, no
  type column), each answered ``已落实，已销号`` or ``已落实，本年度调整为……``, one of them of a 出纳 who
  has since left (``已调离``). A ``注：`` line under both says the 2023 points were reviewed and those
  closed are not carried into the 2024 list. The README's 读得懂的表 sets aside a SHEET whose title
  names an earlier year beside one naming the current year (``SHEET_SET_ASIDE``), a ``修订情况`` column
  saying ``删除`` and (since batch244) rows struck through under a note; it does not describe an
  earlier year's table standing on the SAME sheet under this year's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city's 纪委监委 on 融资领域 腐败 in
政府平台公司 — 高成本融资, 中介费, 资金掮客, 融资成本管控; the 乐山大佛旅投集团 case — 项目承揽, 贷款协调,
游客中心项目, 设计变更; a 区交投集团's “五色”管理 of its 在建项目 — 招标及标后履约, 施工材料进出, 公务接待
开支, 子公司账本; a provincial 城市管理综合执法条例 — 着装, 两人以上执法, 出示证件, 日常巡查, 举报, 先行
登记保存 and its 清单; a 县农业监察执法大队 — 农业投入品监管, 抽样检测, 执法人员, 检测人员; a 县社保局's
经办风险 — 违规提前退休, 一次性补费, 重复领取, 死亡冒领, 经办/复核/稽核/财务/审批, 集体会审; a 市环保执法
大队 — 综合科, 执法一科, 执法二科, 环境监测, 执法检查, 事故调查; a 区's 就业专项资金 rules — 公共就业服务
机构, 受理/审核/支付, 就业困难人员 社会保险补贴, 青年见习补贴, 信息公开) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, three characters each); every unit is a body of 红原县
(its 邛溪镇 the county seat).

Run ``python tests/published/score.py --set batch248`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table only this year's rows are points: the ``2023年度…落实情况`` table under them is
  last year's list reviewed (as a sheet titled with an earlier year beside this year's is set
  aside), its rows no points and its former 出纳 (``已调离``) no form; its section rows, its header,
  ``落实情况`` answers and the ``注：`` line are no points;
- ``公司领导``, ``局领导``, ``大队领导`` and ``中心领导`` (a 部门 cell, a card's 所在股室 or a group row) are
  the 科室 of those leaders; a company's 部, 办公室 and 财务部, a 局's 中队 and 股, a 大队's 中队 and 科,
  a 中心's 股 and 财务室 are 科室;
- the 农业农村综合行政执法大队 and the 生态环境保护综合行政执法大队 are units of their own (their 大队长
  leaders); the 综合行政执法局's 中队 are its 科室, their 中队长 middle;
- the 社会保险事业管理中心's list names no person: its forms are posts (对岗不对人); its ``职责事项`` and
  ``备注`` are no points; the 交通建设投资有限公司's ``项目环节`` is no point;
- ``风险点 | 具体表现``: the point is the short 风险点; ``岗位职责：…`` on a card is no point;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``高风险/中风险/低风险`` are 1/2/3;
- 董事长, 总经理, 副总经理, 局长, 副局长, 大队长 and 副大队长 of a 大队 that is its own unit, the 中心's
  主任 and 副主任 are leaders; 部长, 经理 of a company's 部, 办公室主任, 中队长, 科长 and 股长 middle; the
  rest (造价员, 票务员, 会计, 出纳, 融资专员, 现场代表, 材料员, 执法队员, 执法人员, 检测员, 经办员, 复核员,
  稽核员, 科员, 业务经办员 …) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b248_"
PLACE = "红原县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
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

# this year's list: (部门, 岗位, 姓名, tier, [(风险点, 风险类别, 等级, 防控措施)])
CURRENT = [
    ("公司领导", "董事长", "蔺棫澂", "leader", [
        ("融资方案未经董事会集体决策，个人决定融资渠道和成本", "制度机制风险", "高",
         "融资方案经董事会审议，报县国资监管机构备案。"),
        ("对外担保、资金拆借不按程序报批", "岗位职责风险", "高", "对外担保、拆借一律报县政府审批。"),
    ]),
    ("公司领导", "总经理", "宓潆楷", "leader", [
        ("工程项目发包中为关系企业打招呼", "外部环境风险", "高", "工程发包进入公共资源交易平台，插手干预记录报告。"),
        ("大额资金支付审批把关不严", "业务流程风险", "中", "大额资金支付实行总经理、董事长联签。"),
    ]),
    ("融资部", "部长", "濮翙禾", "middle", [
        ("引入资金掮客，支付不合理的融资中介费", "外部环境风险", "高",
         "融资中介机构比选确定，中介费标准经集体研究并公示。"),
        ("融资综合成本明显高于市场利率不报告", "岗位职责风险", "中", "融资成本按月测算，超限额的报董事会。"),
    ]),
    ("融资部", "融资专员", "亓杋宁", "general", [
        ("向金融机构提供不实的项目收益资料", "思想道德风险", "中", "申报资料经部长、财务部双人复核。"),
    ]),
    ("财务部", "部长", "綦苕沅", "middle", [
        ("专项债券资金未按项目用途使用", "制度机制风险", "高", "专项债券资金专户核算，按项目进度拨付。"),
    ]),
    ("财务部", "出纳", "乜椤夕", "general", [
        ("网银U盾一人保管，违规转出资金", "制度机制风险", "高", "网银制单、复核U盾分人保管，每日对账。"),
        ("收取的租金、押金不及时入账", "业务流程风险", "中", "收款开具收据，当日交存银行。"),
    ]),
    ("工程部", "部长", "郄淏舒", "middle", [
        ("工程变更签证审核不严，虚增工程量", "岗位职责风险", "高", "变更签证经监理、跟踪审计和工程部三方签字。"),
        ("隐蔽工程验收走过场", "业务流程风险", "低", "隐蔽工程验收留存影像资料。"),
    ]),
]  # fmt: skip

# last year's list reviewed: (部门, 岗位, 姓名, [(风险点, 等级, 防控措施, 落实情况)])
REVIEWED = [
    ("公司领导", "董事长", "蔺棫澂", [
        ("“三重一大”事项临时动议、会前不充分酝酿", "高", "议题提前三日送达。",
         "已落实，本年度调整为融资方案集体决策"),
    ]),
    ("融资部", "部长", "濮翙禾", [
        ("银行贷款抵押物评估价值虚高", "中", "抵押物评估机构比选确定。", "已落实，已销号"),
        ("融资合同条款审核不细", "低", "融资合同经法律顾问审核。", "已落实，已销号"),
    ]),
    ("财务部", "出纳", "阙瀞允", [
        ("现金收支不及时登记日记账", "中", "现金日清月结。", "已落实，已销号（本人已调离）"),
    ]),
    ("工程部", "部长", "郄淏舒", [
        ("施工单位进度款超付", "中", "进度款按监理审定工程量支付。", "已落实，已销号"),
    ]),
]  # fmt: skip


def urban_invest_two_years() -> dict:
    unit = f"{PLACE}城乡建设投资有限责任公司"
    sh = _Sheet("风险点一览表", [6, 10, 10, 9, 40, 13, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 12}填报时间：2024年3月", 8)
    _line(sh, "一、2024年度岗位廉洁风险点", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CURRENT:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    _line(sh, "二、2023年度岗位廉洁风险点防控措施落实情况", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施", "落实情况")
    first = len(sh.rows)
    n = 0
    for dept, post, who, points in REVIEWED:
        for point, lv, measures, done in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures, done)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：2023年度风险点经公司党支部“回头看”逐项评估，已落实销号的不再列入2024年度一览表；"
              "风险等级分高、中、低三级。", 8)  # fmt: skip
    sh.add("填表人：", None, None, None, "审核人：", None, "董事长（签字）：", None)
    return _layout(
        "urban_invest_two_years", "http://fubaore.com/shehui/20230116/1001185265.html",
        "(harder) 县城乡建设投资有限责任公司 岗位廉洁风险点一览表, after the source's 纪委监委 on 融资领域 腐败 in 政府平台公司 "
        "(高成本融资, 违规支付中介费, 资金掮客, 融资综合成本, 平台公司“一把手”): a title, a merged ``填报单位：…（盖章）　…　"
        "填报时间：2024年3月`` line, then ONE SHEET of TWO TABLES — ``一、2024年度岗位廉洁风险点`` with 序号/部门 merged "
        "(公司领导, 融资部, 财务部, 工程部)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施, "
        "and under it, after a blank row, ``二、2023年度岗位廉洁风险点防控措施落实情况`` with its own header 序号/部门/岗位/"
        "姓名/风险点/风险等级/防控措施/``落实情况`` — last year's points of the same posts, each ``已落实，已销号`` or "
        "``已落实，本年度调整为……``, one of a former 出纳 (``本人已调离``); a ``注：`` line saying the 2023 points closed are "
        "not carried into the 2024 list, and a 填表人/审核人/董事长签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tourism_invest_list() -> dict:
    unit = f"{PLACE}文化旅游投资开发有限责任公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年4月18日", 8)
    sh.add(
        "序号",
        "科室（部门）",
        "岗位名称",
        "责任人",
        "廉洁风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("公司领导", "董事长", "缑昶岍", "leader", [
            ("利用职务便利为他人承揽景区建设项目提供帮助", "思想道德风险", "高",
             "项目承揽一律公开招标，领导干部插手干预如实登记。"),
            ("为关联企业协调贷款、提供担保", "岗位职责风险", "高", "对外担保和贷款协调事项经董事会集体研究。"),
        ]),
        ("公司领导", "总经理", "郏翯舟", "leader", [
            ("游客中心等项目预算审核不严，投资失控", "制度机制风险", "中", "项目预算经第三方评审，超概算报董事会。"),
            ("景区经营项目对外承包不公开", "外部环境风险", "高", "经营项目承包进入县公共资源交易平台。"),
        ]),
        ("项目建设部", "部长", "隗楩生", "middle", [
            ("设计变更频繁，为施工单位追加工程量", "岗位职责风险", "高", "设计变更分级审批，重大变更集体研究。"),
            ("工程验收把关不严", "业务流程风险", "中", "验收邀请监理、审计和使用单位共同参加。"),
        ]),
        ("项目建设部", "造价员", "笪蕤芃", "general", [
            ("与施工单位串通抬高结算价", "外部环境风险", "高", "结算经县审计局审定后支付。"),
        ]),
        ("景区运营部", "经理", "鄢沨晓", "middle", [
            ("门票优惠、减免审批随意", "制度机制风险", "中", "优惠政策上墙公示，减免凭证按日登记。"),
            ("景区摊位、商铺出租不公开", "外部环境风险", "中", "摊位商铺公开招租，租金标准公示。"),
        ]),
        ("景区运营部", "票务员", "昝菀琇", "general", [
            ("收取现金门票不出票、截留票款", "思想道德风险", "高", "门票电子化，每日票款与系统核对。"),
        ]),
        ("财务部", "会计", "厍玙湜", "general", [
            ("虚列费用、套取资金", "制度机制风险", "中", "凭证经会计、部长两级审核，年度审计。"),
        ]),
        ("综合办公室", "主任", "佴峣桉", "middle", [
            ("公务接待超标准、虚报接待费", "业务流程风险", "低", "接待实行公函和清单制度，按月公示。"),
            ("员工招聘中降低条件录用关系人员", "思想道德风险", "中", "招聘方案和结果公示，面试考官随机抽取。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "tourism_invest_list", "http://www.bgjj.cc/shenghuo/8599277.html",
        "县文化旅游投资开发有限责任公司 岗位廉洁风险防控一览表, after the source's 旅游投资开发集团 case (项目承揽, 贷款协调, "
        "游客中心项目, 设计变更频繁, 关联公司违规投标): ``附件1``, a title, a merged ``填报单位（盖章）：…　…　填报时间：2024年4月"
        "18日`` line, then 序号/``科室（部门）`` merged (公司领导, 项目建设部, 景区运营部, 财务部, 综合办公室)/``岗位名称`` and "
        "``责任人`` merged per person/``廉洁风险点``/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a blank row and a "
        "填表人/审核人/董事长签字 line",
        [sh], t,
    )  # fmt: skip


def traffic_invest_projects() -> dict:
    unit = f"{PLACE}交通建设投资有限公司"
    sh = _Sheet("排查表", [6, 14, 38, 10, 8, 34, 12, 12, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}在建项目廉洁风险点排查表", 9)
    _line(sh, "排查时间：2024年5月", 9)
    sh.add(
        "序号",
        "项目环节",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任部门",
        "责任岗位",
        "责任人",
    )
    tiers = {"总经理": "leader", "副总经理": "leader", "部长": "middle", "现场代表": "general",
             "材料员": "general", "会计": "general"}  # fmt: skip
    lead, works, money = "公司领导", "工程管理部", "财务部"
    rows = [
        ("招标及标后履约", "招标文件设置排他性条款，为意向单位量身定制", "岗位职责", "Ⅰ级",
         "招标文件经法务、纪检会审后发布。", lead, "副总经理", "桓翀蒲"),
        ("招标及标后履约", "中标单位项目经理、技术负责人长期不到岗不处理", "岗位职责", "Ⅱ级",
         "关键人员每月考勤，缺岗按合同扣款。", works, "部长", "訾芃嵋"),
        ("施工材料进出", "进场材料以次充好，验收签字放行", "思想道德", "Ⅰ级", "材料进场见证取样，验收留存影像。",
         works, "材料员", "雍暄棣"),
        ("施工材料进出", "甲供材料领用、结余不登记", "制度机制", "Ⅱ级", "甲供材料台账按月盘点。",
         works, "材料员", "雍暄棣"),
        ("计量支付", "现场计量多计工程量", "业务流程", "Ⅰ级", "计量经现场代表、监理、跟踪审计三方签字。",
         works, "现场代表", "荀淯菘"),
        ("计量支付", "进度款支付不按审定金额", "制度机制", "Ⅱ级", "支付凭审定计量单，财务部复核。",
         money, "会计", "阚璟苡"),
        ("公务接待开支", "项目部接待超标准，费用由施工单位承担", "外部环境", "Ⅲ级", "项目部接待实行清单制，每季度公示。",
         lead, "副总经理", "桓翀蒲"),
        ("子公司及项目部账务", "项目部账外设账、公款私存", "制度机制", "Ⅰ级", "项目部账务纳入公司统一核算，每半年抽查。",
         lead, "总经理", "酆楠皓"),
    ]  # fmt: skip
    for n, (step, point, typ, lv, measures, dept, post, who) in enumerate(rows, 1):
        sh.add(n, step, point, typ, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, tiers[post], point, types_in(typ), ROMAN[lv])
    _merge_down(sh, 3, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）；本表按“五色”管理每季度更新。", 9)
    sh.add("排查人：", None, None, None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "traffic_invest_projects", "http://zjrb.zjol.com.cn/html/2020-12/11/content_3391982.htm?div=-1",
        "县交通建设投资有限公司 在建项目廉洁风险点排查表, after the source's 区交投集团 “五色”管理 of its 在建项目 (招标及标后"
        "履约监督, 施工材料进出, 公务接待开支, 子公司账本账册): a title, a merged ``排查时间：2024年5月`` line, then 序号/"
        "``项目环节`` merged/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 and the holder LAST in "
        "``责任部门 | 责任岗位 | 责任人`` (公司领导, 工程管理部, 财务部; a person's rows apart); a ``注：`` line on the levels "
        "and an 排查人/审核人/总经理签字 line",
        [sh], t,
    )  # fmt: skip


def city_enforcement_cards() -> dict:
    unit = f"{PLACE}综合行政执法局"
    t = _Truth(unit)
    cards = [
        ("局领导", "嵇沅暾", "局领导", "副局长", "leader", "分管执法一中队、执法二中队和法制股，负责重大案件审核。", [
            ("重大行政处罚案件不经集体讨论", "制度机制风险", "高", "重大案件提交案件审理委员会集体讨论。"),
            ("为违法当事人说情、干预案件查处", "思想道德风险", "高", "落实干预插手案件记录报告制度。"),
            ("执法车辆、执法装备使用管理不规范", "岗位职责风险", "低", "执法车辆定位管理，装备领用登记。"),
        ]),
        ("执法一中队", "巫昱蘩", "执法一中队", "中队长", "middle", "负责邛溪镇城区市容秩序日常巡查和案件办理。", [
            ("日常巡查中对违法占道经营选择性执法", "岗位职责风险", "中", "巡查路线和对象清单化，巡查记录上传系统。"),
            ("先行登记保存的物品私自处理", "制度机制风险", "高", "先行登记保存当场开具清单，物品入库登记。"),
            ("对举报案件压案不查", "业务流程风险", "中", "举报件登记编号，办理结果按时回复。"),
        ]),
        ("执法二中队", "冼淏苓", "执法二中队", "执法队员", "general", "负责建筑垃圾、渣土运输和户外广告执法检查。", [
            ("执法时不出示证件、不足两人执法", "业务流程风险", "中", "执法两人以上，执法记录仪全程记录。"),
            ("接受渣土运输企业宴请、礼品", "外部环境风险", "高", "签订廉洁执法承诺书，宴请礼品拒收登记。"),
            ("罚款当场收缴不开票据", "制度机制风险", "中", "罚缴分离，罚款一律通过银行缴纳。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 12, 30, 12, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在股室（中队）", dept, "职务", post)
        _line(sh, f"岗位职责：{duty}", 6)
        r = sh.add("序号", "风险点", None, "风险类型", "风险等级", "防控措施")
        sh.merge(r, 1, r, 2)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, typ, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("监督举报电话：0837-6622118", None, None, "持卡人签字：", None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "city_enforcement_cards", "http://crsrw.com/falvzixun/37445.html",
        "县综合行政执法局 岗位廉政风险防控卡, one sheet a holder (tabs 局领导, 执法一中队, 执法二中队), after the source's 城市管理"
        "综合执法条例 (着装, 不得少于两人, 出示执法证件, 日常巡查, 举报制度, 先行登记保存 and its 清单): a title, ``持卡人 | … | "
        "所在股室（中队） | … | 职务 | …`` in one row, a merged ``岗位职责：…`` line, then 序号/风险点 (merged over two "
        "columns)/风险类型 ``…风险``/风险等级 高/中/低/防控措施; ``监督举报电话：…``, 持卡人签字 and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def agri_enforcement_self_check() -> dict:
    unit = f"{PLACE}农业农村综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("邴嵘翊", "大队长", "大队领导", "leader", [
            ("行政处罚自由裁量不当", "对同类违法行为处罚畸轻畸重，人情案、关系案。", "岗位职责", "高",
             "严格执行农业行政处罚裁量基准，案件经法制审核。", "长期坚持"),
            ("罚没农资处置不规范", "没收的假劣农药、种子不按规定销毁，私自变卖。", "制度机制", "中",
             "罚没物品登记造册，销毁时纪检人员现场监督。", "2024年6月"),
        ]),
        ("钭晞蕖", "中队长", "畜牧兽医执法中队", "middle", [
            ("兽药饲料检查走过场", "对兽药、饲料经营门市检查不细，对违法问题不立案。", "岗位职责", "中",
             "检查对象“双随机”抽取，检查记录上传执法平台。", "长期坚持"),
            ("检疫证明查验收受好处", "对跨区调运牦牛、藏羊的检疫证明查验放松，收受畜主好处。", "外部环境", "高",
             "查验两人以上，查验结果登记备查。", "长期坚持"),
        ]),
        ("栾璆予", "检测员", "种植业执法中队", "general", [
            ("抽样检测弄虚作假", "农业投入品抽样不按规定封样，检测结果篡改或泄露。", "思想道德", "高",
             "抽样全程记录，样品盲样送检。", "长期坚持"),
            ("接受农资经营户宴请", "参加被检查对象安排的宴请、娱乐活动。", "外部环境", "低",
             "签订廉洁承诺书，宴请一律拒绝。", "2024年6月"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 18, 34, 10, 8, 30, 12])
        _line(sh, f"{unit}个人廉政风险自查表", 7)
        sh.add("姓　名", who, "职　务", post, "所在中队", dept, None)
        sh.add("序号", "风险点", "具体表现", "风险类型", "风险等级", "防控措施", "整改时限")
        for i, (point, desc, typ, lv, measures, when) in enumerate(points, 1):
            sh.add(i, point, desc, typ, lv, measures, when)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "中队长审核：", None, "2024年5月", None)
        sheets.append(sh)
    return _layout(
        "agri_enforcement_self_check",
        "https://www.seridoat.com/article/jie-mi-kai-lu-xian-nong-ye-jian-cha-zhi-fa-da-dui-shou-hu-lv-se-tian-ye-de-shou-hu-zhe.html",
        "县农业农村综合行政执法大队 个人廉政风险自查表, one sheet a person, the tabs the holders' names, after the source's 县农业"
        "监察执法大队 (农业投入品监管, 农产品质量安全, 抽样检测, 执法人员, 检测人员): a title, ``姓　名 | … | 职　务 | … | 所在"
        "中队 | …`` in one row, then 序号/short ``风险点``/long ``具体表现``/风险类型 (short names)/风险等级 高/中/低/防控措施/"
        "``整改时限``; a blank row and ``自查人（签名）： | 中队长审核：`` with a date",
        sheets, t,
    )  # fmt: skip


def social_insurance_duties() -> dict:
    unit = f"{PLACE}社会保险事业管理中心"
    sh = _Sheet("责任清单", [6, 12, 10, 16, 38, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "业务股室", "岗位", "职责事项", "廉政风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("养老保险股", "股长", "middle", "退休审批", "违规办理提前退休，审核特殊工种材料不严", "一级",
         "特殊工种提前退休经集体会审并公示。", ""),
        ("养老保险股", "经办员", "general", "一次性补缴", "为不符合条件人员违规办理一次性补费", "一级",
         "补缴材料原始凭证核验，初审复核分离。", ""),
        ("养老保险股", "复核员", "general", "待遇核定复核", "待遇核定复核走过场，计发基数错误", "二级",
         "复核清单化，系统校验后人工复核。", ""),
        ("工伤保险股", "经办员", "general", "工伤医疗费报销", "超出目录范围报销工伤医疗费", "二级",
         "按三个目录审核，金额超过1万元集体会审。", ""),
        ("稽核股", "稽核员", "general", "待遇资格认证", "对死亡冒领、重复领取待遇稽核不到位", "一级",
         "每月与民政、公安数据比对，疑点逐条核查。", "重点岗位"),
        ("稽核股", "稽核员", "general", "参保缴费稽核", "稽核中接受参保单位宴请，瞒报少报缴费基数", "二级",
         "稽核两人以上，稽核结果复核。", ""),
        ("基金财务股", "会计", "general", "基金财务核算", "社保基金收支不入专户，账账不符", "一级",
         "收支两条线，每月与银行、财政对账。", ""),
        ("基金财务股", "股长", "middle", "基金支付审批", "超权限审批基金支付", "三级", "支付审批分级授权，系统留痕。", ""),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, note or None)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh,
        "注：风险等级分一级（高）、二级（中）、三级（低）；经办、复核、稽核为不相容岗位，不得兼任。",
        8,
    )
    sh.add("编制：", None, None, "审核：", None, "主任：", None, "2024年6月")
    return _layout(
        "social_insurance_duties", "https://lzq.gov.cn/news/show/20221121103935863.html",
        "县社会保险事业管理中心 廉政风险防控责任清单 对岗不对人, after the source's 社保经办 风险防控 (违规提前退休, 一次性补费, "
        "重复领取, 死亡冒领; 经办、复核、稽核、财务、审批; 超过1万元集体会审; 岗位互斥; 收支两条线, 对账): a title, then 序号/"
        "``业务股室`` merged (养老保险股, 工伤保险股, 稽核股, 基金财务股)/岗位/``职责事项``/廉政风险点/风险等级 ``一级/二级/"
        "三级``/防控措施/``备注``; no type column and no names; a ``注：`` line on the levels and 不相容岗位, and an "
        "编制/审核/主任/date line",
        [sh], t,
    )  # fmt: skip


def eco_enforcement_groups() -> dict:
    unit = f"{PLACE}生态环境保护综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 9, 40, 13, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "逯崧珝", "leader", [
                ("对重点排污单位违法案件降格处理", "岗位职责风险", "高风险", "案件经法制审核，重大案件集体讨论。"),
                ("执法检查计划安排受人情干扰", "外部环境风险", "中风险", "检查对象“双随机”抽取，计划报局备案。"),
            ]),
        ]),
        ("二、综合科", "综合科", [
            ("科长", "储枬茵", "middle", [
                ("执法装备、监测设备采购不按程序", "制度机制风险", "中风险", "采购按政府采购程序，验收三人以上。"),
            ]),
        ]),
        ("三、执法一科", "执法一科", [
            ("科长", "晏湜晗", "middle", [
                ("环境事故调查中隐瞒事故原因", "岗位职责风险", "高风险", "事故调查组多部门组成，调查报告集体审定。"),
                ("对信访投诉件敷衍处理", "业务流程风险", "低风险", "投诉件编号登记，办结回访。"),
            ]),
            ("执法人员", "扈峣澈", "general", [
                ("现场检查时向企业通风报信", "思想道德风险", "高风险", "检查任务出发前告知，执法记录仪全程记录。"),
            ]),
        ]),
        ("四、执法二科", "执法二科", [
            ("科长", "仝蘅铎", "middle", [
                ("对在线监测数据造假线索不移交", "岗位职责风险", "高风险", "数据异常线索登记移交，按月通报。"),
            ]),
            ("执法人员", "帅沄珈", "general", [
                ("采样不规范、样品调包", "业务流程风险", "中风险", "采样两人以上，样品封存签字。"),
                ("接受排污企业宴请、礼品", "外部环境风险", "低风险", "签订廉洁执法承诺书。"),
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
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, None, "大队长（签字）：", None, "2024年5月", None)
    return _layout(
        "eco_enforcement_groups", "https://www.bkwk.cn/article/zmdshbzfddshbsltydhjwfxw.html",
        "县生态环境保护综合行政执法大队 岗位廉政风险防控一览表, after the source's 市环保执法大队 (综合科, 执法一科, 执法二科; "
        "环境监测, 执法检查, 环境事故调查, 违法排污): a title, then 序号/岗位/姓名/风险点/风险类别 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施 under group rows ``一、大队领导``, ``二、综合科``, ``三、执法一科``, ``四、执法二科`` "
        "merged across (no 科室 column), 岗位 and 姓名 merged per person; a blank row and a 填表人/大队长签字/date line",
        [sh], t,
    )  # fmt: skip


def employment_center_checklist() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 38, 10, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    _line(sh, f"单位名称：{unit}{GAP * 12}填报时间：2024年5月", 9)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("中心领导", "主任", "牟琇岷", "leader", [
            ("就业专项资金分配不经集体研究", "制度机制", "高", "资金分配方案经中心会议研究并报县人社局。", None),
            ("公益性岗位人员安置优亲厚友", "思想道德", "中", "安置对象公开公示，接受监督。", None),
        ]),
        ("就业促进股", "股长", "靳泠桤", "middle", [
            ("就业困难人员认定把关不严", "岗位职责", "高", "认定材料入户核实，结果公示。", None),
            ("社会保险补贴审核不核对参保记录", "业务流程", "中", "补贴审核与参保缴费数据比对。", "新增"),
        ]),
        ("就业促进股", "经办员", "郜翀湄", "general", [
            ("青年见习补贴虚报见习人数", "岗位职责", "高", "见习人员花名册与考勤核对，抽查见习单位。", "新增"),
        ]),
        ("职业培训股", "股长", "蒯璆岚", "middle", [
            ("培训机构选定不公开，收受机构好处", "外部环境", "高", "培训机构公开遴选，合同集体审定。", None),
            ("培训补贴按虚报人数拨付", "业务流程", "中", "培训签到人脸识别，补贴按考核合格人数拨付。", None),
        ]),
        ("财务室", "会计", "皮棽渥", "general", [
            ("补贴资金拨付不按审定名单", "制度机制", "中", "拨付名单与审批表核对，资金直达个人账户。", None),
            ("补贴发放信息不公开", "业务流程", "低", "补贴发放信息按季度公开。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "employment_center_checklist", "https://www.chacewang.com/newsdetail/news265463.html",
        "县就业服务中心 廉政风险点排查表, after the source's 区就业专项资金 rules (公共就业服务机构; 受理、审核、支付; 招用就业"
        "困难人员奖励, 岗位、社会保险补贴, 青年见习补贴; 信息公开): a title, ONE merged ``单位名称：…　…　填报时间：2024年5月`` "
        "cell, then 序号/股室 merged (中心领导, 就业促进股, 职业培训股, 财务室)/岗位 and ``责任人`` merged per person/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施/``备注`` (``新增`` on two rows); a 填表人/审核人/主任签字 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    urban_invest_two_years(),
    tourism_invest_list(),
    traffic_invest_projects(),
    city_enforcement_cards(),
    agri_enforcement_self_check(),
    social_insurance_duties(),
    eco_enforcement_groups(),
    employment_center_checklist(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch248-inbox"))
