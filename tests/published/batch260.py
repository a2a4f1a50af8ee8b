"""The two-hundred-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's companies,
enforcement bodies and 服务中心, 盐源县 (a county of the 凉山彝族自治州, its seat 盐井镇, 泸沽湖 on its
border) — its 文化旅游投资开发有限公司, 粮油购销有限责任公司 and 供排水有限责任公司, its 交通运输, 文化市场
and 林业和草原 综合行政执法大队, its 不动产登记中心 and 殡仪服务中心 — each handing back the 排查表, 防控卡,
一览表, 清单 or 自查表 its staff typed in WPS or Excel, the rows about 治超, 教育放行, 跳磅, 路产赔偿, 非法营运,
夜查, 网吧实名登记, 超时营业, 查扣出版物, 观光车和摊点经营权, 游船, 门票核销, 身份核验, 查（解）封登记, 公共
账号, 定等定价, 转圈粮, 轮换, 出入库, 木材检查站, 货证不符, 禁牧, 遗体接运, 火化顺序, 消费明白卡, 估抄漏抄,
用水性质 and 偷盗水:

- the 交通运输综合行政执法大队's 排查表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``中队（股室）`` merged (大队领导, 治超中队, 路政中队, 运政中队, 法制审核股), ``岗位`` and ``姓名`` merged
  per person, a short ``风险点`` beside a long ``风险表现``, ``…风险`` types, 高/中/低, a ``注：`` line and
  a 填表人/审核人/大队长 line;
- the 文化市场综合行政执法大队's 防控卡, one sheet a holder, the tab his or her NAME: the pairs
  ``姓名 | … | 职务 | …`` and ``所在中队 | … | 填卡日期 | …`` above ``序号 | 廉政风险点 | 风险等级 |
  防控措施``, ``一级/二级/三级``, no type column, a 持卡人签字/大队长审核 line;
- the 文化旅游投资开发有限公司's 一览表: ``部门`` merged, ``岗位``, the risk, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, the measure, then ``责任人`` (the holder, merged per person) and ``分管领导`` (the
  leader who watches, ``/`` on the leaders' own rows); a ``注：`` line on the levels;
- the 不动产登记中心's 责任清单 对岗不对人: ``股室`` merged (中心领导, 受理窗口, 审核登簿股, 权籍调查股,
  档案信息股), ``岗位`` merged, a ``岗位职责`` column, the risk, ``高风险/中风险/低风险``, ``责任领导``
  holding a role; no names, no type column;
- the 粮油购销有限责任公司's 一览表 under a ``填报单位（盖章）：…　填报时间：…`` line: ``部门（库点）`` merged
  (公司领导, 购销业务部, 财务部, and the 库点 梅雨粮库), ``岗位`` and ``姓名`` merged per person, a short
  ``风险点`` beside a long ``风险描述``, ``…风险`` types, ``一级/二级/三级``;
- the 林业和草原综合行政执法大队's 一览表 with a line ``风险等级：★★★为高风险…`` under the title:
  ``股室（站）`` merged (大队领导, 森林资源执法中队, the 卫城木材检查站, 法制股), ``岗位`` and ``姓名`` merged
  per person, ``★★★/★★/★``, no type column, a blank row and a 填表人/审核人/大队长 line;
- the 殡仪服务中心's 自查表, one sheet a person (tabs 主任, 业务科科长, 接运驾驶员): the pairs
  ``姓　名 | … | 科　室 | …`` and ``岗　位 | … | 自查时间 | …`` above ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, 高/中/低, a 自查人签名/中心审核意见 line;
- the 供排水有限责任公司's 排查登记表: ``部门`` merged (公司领导, 营业收费部, 管网维护部, 水质检测中心),
  ``岗位`` and ``岗位责任人`` merged per person, short types, 高/中/低, a ``备注`` column (``新增`` on two
  rows), a ``注：`` line and a 编制人/审核人/总经理 line.

One is harder:

- ``urban_investment_public_summary``: the 城乡建设投资集团有限公司's workbook as its 纪检监察室 put it
  together: FIRST a sheet ``汇总（公示）`` — ``…岗位廉洁风险点汇总表（公示用）``, ``序号 | 部门 | 岗位 |
  廉洁风险点 | 风险等级 | 防控措施`` with EVERY point of the company, 部门 and 岗位 merged, NO NAME column
  and no types, and a ``注：`` line saying it is gathered from the 部门 sheets for the 公示栏 and names
  nobody, the holders being on those sheets — then one sheet a 部门 (``集团领导``, ``工程管理部``,
  ``审计部``, ``财务融资部``), each the 部门's own 排查表 with ``岗位 | 姓名`` merged per person, short types,
  the same points in the same words and levels, and a 部门负责人/分管领导 签字 line. Every point stands
  TWICE in the file, once named and once not. The README's 读得懂的表 knows files of several sheets
  split by level, by type, by 科室 or by person, a 汇总 sheet of counts, a 续表, sheets set aside as
  作废/上年/旧表 or older than another, a blank template beside a filled one, and 初稿 beside 定稿; it
  says nothing of a 汇总 sheet that restates every row of the 部门 sheets after it, for 公示 without
  the names.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县治超办 with 高速路政 and 交警 at a
超限检测站 — 检测, 引导, 处罚卸货, 跳磅; a 文化市场综合行政执法大队's 零点行动 led by its 教导员 — 网吧, KTV,
超时营业, 接纳未成年人, 上网实名登记; a 旅投集团's 董事长 investigated — 观光游览车和摊点经营权 出让, 网络竞价;
a paper on 不动产登记 risk — 假扮夫妻 虚假申请, 身份证核验, 信息安全; a report on 粮食购销领域 腐败 —
“粮仓硕鼠”, 收储, 巡查; a paper on 木材检查站 — 固定检查, 流动巡查, 独立事业单位; a 市民政局 on 殡葬 — 非法
寄存遗体, 违规接运, 告诫函, 承诺书; a 给排水公司's 用水普查 — 智能水表, 估抄漏抄, 水表倒装, 偷盗水; a 集团
审计部's 结算审计 现场查勘 — 竣工图纸, 招标文件, 结算文件, 隐蔽分部分项工程 钻芯取样, 土建总包, 室外配套,
景观绿化) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (rare Han surnames with rare given names, Yi names as a 凉山
county's staff carry them — 吉克伍沙, 勒格拉且, 的日阿牛 — and Mosuo names at 泸沽湖 — 格则次尔, 达史拉措);
every unit is a body of 盐源县.

Run ``python tests/published/score.py --set batch260`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is counted ONCE, in the form of its holder on its 部门's sheet (the
  form's sheet); the ``汇总（公示）`` sheet restates the same points without names for the 公示栏
  and holds no form of its own;
- ``集团领导``, ``公司领导``, ``大队领导`` and ``中心领导`` (a 部门/股室 cell, a card's 所在中队, a self-check's
  科室, a sheet) are the 科室 of those leaders; a company's 部, its 库点 (梅雨粮库) and its 水质检测中心,
  a 大队's 中队, 股 and 木材检查站, a 中心's 股, 科 and 受理窗口 are 科室;
- every 大队, company and 中心 here is a unit of its own: 董事长, 总经理, 副总经理, 大队长, 副大队长, 教导员,
  主任 of a 中心 and 副主任 are leaders; 部长, 中队长, 股长, 站长, 科长, the 主任 of a 粮库 or of the
  水质检测中心 middle; the rest (检测员, 执法队员, 检查员, 现场管理员, 造价审核员, 出纳, 会计, 票务员,
  检验员, 保管员, 受理员, 审核员, 测绘员, 档案管理员, 系统管理员, 抄表员, 收费员, 接运驾驶员) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``岗位职责``, ``责任领导``
  and ``分管领导`` are no points and name no holder; the 不动产登记中心's list names no person: its
  forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and ``★★★/★★/★`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b260_"
PLACE = "盐源县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
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

# (部门, [(岗位, 姓名, tier, [(廉洁风险点, 风险类型, 风险等级, 防控措施)])])
CITY_INVEST = [
    ("集团领导", [
        ("董事长", "庹溍岍", "leader", [
            ("工程项目发包方案未经董事会集体研究，个人指定施工单位", "制度机制", "高",
             "发包方案经董事会集体研究，纪检监察室列席并记录。"),
            ("插手干预结算审计，授意审减或审增", "思想道德", "高",
             "领导干部插手干预工程结算如实登记，结算审计结果报县国资监管机构备案。"),
        ]),
        ("总经理", "吉克伍沙", "leader", [
            ("大额资金支付审批把关不严", "岗位职责", "中", "大额资金支付实行联签，按月向董事会报告。"),
        ]),
        ("副总经理", "蹇沨棹", "leader", [
            ("设计变更审批前不论证，变相抬高工程造价", "业务流程", "高", "设计变更分级审批，重大变更组织专家论证。"),
        ]),
    ]),
    ("工程管理部", [
        ("部长", "昝湜芃", "middle", [
            ("现场签证工程量与实际不符，重复签证", "业务流程", "高", "签证单统一编号，监理、跟踪审计、业主三方会签。"),
            ("土建总包与室外配套、景观绿化工程界面不清，重复计量", "制度机制", "中",
             "各标段工程界面在合同中逐项划清，计量台账按标段分列。"),
        ]),
        ("现场管理员", "海来木果", "general", [
            ("隐蔽工程验收不到场，事后补签", "岗位职责", "中", "隐蔽工程验收拍照留存，验收记录当日上传。"),
        ]),
    ]),
    ("审计部", [
        ("部长", "母峤蘅", "middle", [
            ("结算审计前现场查勘走过场，不对照竣工图纸逐项核对", "岗位职责", "高",
             "现场查勘对照竣工图纸、招标文件和结算文件逐项核对，查勘记录各方签字。"),
            ("与施工单位、中介审计单位私下接触，泄露审计尺度", "外部环境", "中", "审计期间与施工单位接触须两人以上并登记。"),
        ]),
        ("造价审核员", "禚瑀澄", "general", [
            ("隐蔽分部分项工程不钻芯取样即认可结算工程量", "业务流程", "中", "隐蔽分部分项工程一律钻芯取样，取样全程录像。"),
        ]),
    ]),
    ("财务融资部", [
        ("部长", "苟昶霁", "middle", [
            ("融资中介费用支付不规范，接受中介机构好处", "外部环境", "中", "融资中介比选确定，中介费用报董事会审批。"),
        ]),
        ("出纳", "阿苦日呷", "general", [
            ("网银密钥与财务印鉴由一人保管", "制度机制", "低", "网银密钥与印鉴分人保管，交接登记。"),
        ]),
    ]),
]  # fmt: skip


def urban_investment_public_summary() -> dict:
    unit = f"{PLACE}城乡建设投资集团有限公司"
    t = _Truth(unit)
    summary = _Sheet("汇总（公示）", [6, 14, 12, 40, 9, 36])
    _line(summary, f"{unit}岗位廉洁风险点汇总表（公示用）", 6)
    _line(summary, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年9月", 6)
    summary.add("序号", "部门", "岗位", "廉洁风险点", "风险等级", "防控措施")
    first = len(summary.rows)
    n = 0
    for dept, people in CITY_INVEST:
        for post, _who, _tier, points in people:
            for point, _typ, lv, measures in points:
                n += 1
                summary.add(n, dept, post, point, lv, measures)
    _merge_down(summary, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(summary, "注：本表由集团领导及各部门岗位廉洁风险点排查表汇总，供集团公示栏公示使用，按要求不列姓名；"
          "各岗位风险点的责任人见各部门分表。", 6)  # fmt: skip
    summary.add("纪检监察室（盖章）", None, None, None, "2024年9月", None)
    sheets = [summary]
    for dept, people in CITY_INVEST:
        sh = _Sheet(dept, [6, 12, 10, 40, 10, 9, 36])
        _line(sh, f"{unit}{dept}岗位廉洁风险点排查表", 7)
        _line(sh, f"部门：{dept}{GAP * 10}排查时间：2024年9月", 7)
        sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
        sh.add()
        sh.add("部门负责人（签字）：", None, None, None, "分管领导（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "urban_investment_public_summary", "http://yz-kjjt.com/html/2018/jtyw_1226/483.html",
        "(harder) 县城乡建设投资集团有限公司 workbook as its 纪检监察室 put it together, after the source's 集团审计部 "
        "结算审计 现场查勘 (竣工图纸, 招标文件, 结算文件, 隐蔽分部分项工程 钻芯取样, 土建总包, 室外配套, 景观绿化): FIRST the "
        "sheet ``汇总（公示）`` — ``…岗位廉洁风险点汇总表（公示用）``, a ``填报单位（盖章）：…　填报时间：2024年9月`` line, "
        "``序号 | 部门 | 岗位 | 廉洁风险点 | 风险等级 | 防控措施`` with EVERY point of the company (部门 merged, 岗位 merged "
        "per post), NO name column and no types, a ``注：`` line that it is gathered from the 部门 sheets for the "
        "公示栏 and names nobody (the holders are on the 部门 sheets), ``纪检监察室（盖章） | 2024年9月`` — then ONE "
        "SHEET A 部门 (``集团领导``, ``工程管理部``, ``审计部``, ``财务融资部``), each ``…{部门}岗位廉洁风险点排查表``, a "
        "``部门：…　排查时间：…`` line, 序号/岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short)/风险等级 "
        "高/中/低/防控措施 and a 部门负责人/分管领导 签字 line: every point TWICE in the file, named on its 部门 sheet "
        "and unnamed on the summary, in the same words and level",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def traffic_enforcement_checklist() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("排查表", [6, 13, 10, 9, 15, 36, 13, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年8月", 9)
    sh.add(
        "序号",
        "中队（股室）",
        "岗位",
        "姓名",
        "风险点",
        "风险表现",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("大队领导", "大队长", "敖峋湄", "leader", [
            ("治超联合行动部署", "联合治超行动的时间、路段提前泄露给货运企业，行动走过场", "制度机制风险", "高",
             "行动方案临行前下达，参加人员通讯工具集中保管。"),
            ("重大处罚案件决定", "超限运输重大处罚案件个人决定，未经集体讨论", "岗位职责风险", "高",
             "重大案件经案审会集体讨论，纪要存档备查。"),
        ]),
        ("大队领导", "副大队长", "勒格拉且", "leader", [
            ("执法车辆和装备管理", "执法车辆公车私用，检测设备维修虚报费用", "业务流程风险", "低",
             "执法车辆定位管理，设备维修经两人以上核定。"),
        ]),
        ("治超中队", "中队长", "冉翥澍", "middle", [
            ("超限吨位认定", "对超限车辆降低超限吨位认定，以罚代卸", "岗位职责风险", "高",
             "称重数据系统自动上传，卸载过程全程录像。"),
            ("教育放行", "对超限车辆随意“教育放行”，收受司机好处", "思想道德风险", "中",
             "教育放行情形清单化，放行车辆逐台登记、中队长签字。"),
        ]),
        ("治超中队", "检测员", "的日阿牛", "general", [
            ("称重检测操作", "默许货车跳磅，不按规定复检", "业务流程风险", "中", "检测区视频监控，异常称重数据自动预警复检。"),
        ]),
        ("路政中队", "中队长", "幸璆岚", "middle", [
            ("路政许可现场勘验", "超限运输许可、涉路施工许可现场勘验不实", "岗位职责风险", "中",
             "现场勘验两人以上，勘验照片随卷归档。"),
            ("路产损坏赔偿", "路产损坏赔（补）偿数额随意减免", "外部环境风险", "中", "赔偿按标准计算，减免报大队集体研究。"),
        ]),
        ("运政中队", "执法队员", "喻玚汀", "general", [
            ("非法营运查处", "对非法营运车辆选择性查处，接受车主宴请", "外部环境风险", "中", "执法记录仪全程记录，查处结果公开。"),
        ]),
        ("法制审核股", "股长", "漆霈桐", "middle", [
            ("处罚案件法制审核", "裁量基准执行不严，同案不同罚", "制度机制风险", "低", "严格执行裁量基准，审核意见书面留存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, "大队长（签字）：", None, None)
    return _layout(
        "traffic_enforcement_checklist", "http://szb.shaoyangnews.net/syrb/html/2017-08/01/content_37301.htm",
        "县交通运输综合行政执法大队 岗位廉政风险点排查表, after the source's 县治超办 with 高速路政 and 交警 at a 超限检测站 "
        "(检测, 引导, 处罚卸货 or 移交, 跳磅): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2024年8月`` "
        "line, then 序号/``中队（股室）`` merged (大队领导, 治超中队, 路政中队, 运政中队, 法制审核股)/岗位 and 姓名 merged "
        "per person/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line on the "
        "levels and a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def culture_enforcement_cards() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("佘琰沚", "教导员", "大队领导", "leader", [
            ("夜查行动方案泄露，被查场所提前关停、清场", "一级", "夜查任务出发前下达，参检人员手机集中保管。"),
            ("对KTV超时营业、接纳未成年人问题说情打招呼，降格处理", "一级", "说情打招呼如实记录，处理结果集体研究。"),
            ("执法队员廉政教育、日常监督流于形式", "三级", "每季度开展警示教育，队员八小时外活动抽查。"),
        ]),
        ("阿约莫色", "中队长", "娱乐场所执法中队", "middle", [
            ("对网吧未落实上网实名登记只口头提醒、不立案", "一级", "检查记录上传执法平台，中队长每月抽查结案情况。"),
            ("收受娱乐场所业主礼品、消费卡，为其通风报信", "一级", "签订廉洁执法承诺书，严禁接受管理对象宴请和礼品。"),
            ("责令整改通知书下达后不复查", "二级", "整改台账销号管理，逾期未复查自动提醒。"),
        ]),
        ("巩湝晏", "执法队员", "出版物和演出市场执法中队", "general", [
            ("查扣的非法出版物登记不全、私自处理", "二级", "查扣物品当场开具清单，入库双人登记。"),
            ("营业性演出现场检查走过场", "三级", "演出检查清单化，检查记录双人签字。"),
            ("向经营户推销指定的监控设备、消防器材", "二级", "严禁为经营户指定产品，举报即查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in cards:
        sh = _Sheet(who, [8, 14, 26, 14, 36])
        _line(sh, f"{unit}执法人员廉政风险防控卡", 5)
        sh.add("姓名", who, None, "职务", post)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
        sh.add("所在中队", dept, None, "填卡日期", "2024年7月")
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
        sh.add("序号", "廉政风险点", None, "风险等级", "防控措施")
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, "大队长审核：", None)
        sheets.append(sh)
    return _layout(
        "culture_enforcement_cards", "https://www.lv6888.com/nshow/1386828.html",
        "县文化市场综合行政执法大队 执法人员廉政风险防控卡, one sheet a holder, the tab the holder's NAME (佘琰沚, 阿约莫色, "
        "巩湝晏), after the source's 文化市场综合行政执法大队 零点行动 led by its 教导员 (网吧, KTV, 超时营业, 接纳未成年人, "
        "上网实名登记): a title, the pairs ``姓名 | … | 职务 | …`` and ``所在中队 | … | 填卡日期 | 2024年7月`` (the values "
        "merged over two columns), then 序号/廉政风险点 (merged over two columns)/风险等级 ``一级/二级/三级``/防控措施; no "
        "type column; a blank row and ``持卡人签字： | 大队长审核：``",
        sheets, t,
    )  # fmt: skip


def tourism_company_watchers() -> dict:
    unit = f"{PLACE}文化旅游投资开发有限公司"
    sh = _Sheet("一览表", [6, 16, 11, 36, 10, 9, 34, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    sh.add(
        "序号", "部门", "岗位", "风险点", "风险类别", "风险等级", "防控措施", "责任人", "分管领导"
    )
    lead, lake, build, money = "公司领导", "泸沽湖景区运营部", "项目建设部", "财务部"
    rows = [
        (lead, "董事长", "郦崧澜", "/", "leader", [
            ("观光车、游船和摊点经营权出让不经集体研究，协议给特定经营者", "制度机制", "Ⅰ级",
             "经营权出让方案经董事会集体研究，通过公共资源交易平台公开竞价。"),
            ("景区提升项目投资决策不论证、不报批", "岗位职责", "Ⅰ级", "投资项目可研论证，报县国资监管机构审批。"),
        ]),
        (lead, "副总经理", "格则次尔", "/", "leader", [
            ("与旅行社约定返利不入公司账", "外部环境", "Ⅱ级", "合作协议统一文本，返利经财务部结算入账。"),
        ]),
        (lake, "部长", "达史拉措", "格则次尔", "middle", [
            ("观光车、游船私自揽客收取现金不入账", "业务流程", "Ⅰ级", "车船一律凭票乘坐，运营数据每日与票务系统核对。"),
            ("景区摊点安排优亲厚友，收受经营户好处", "思想道德", "Ⅱ级", "摊点位置公开抽签，结果公示。"),
        ]),
        (lake, "票务员", "虞昳芸", "格则次尔", "general", [
            ("门票重复核销、擅自扩大免票范围", "岗位职责", "Ⅱ级", "免票凭证登记存档，闸机数据每日对账。"),
        ]),
        (build, "部长", "阚峣霖", "郦崧澜", "middle", [
            ("景区提升工程变更签证把关不严", "业务流程", "Ⅰ级", "变更签证三方会签，重大变更报公司集体研究。"),
            ("工程验收降低标准，隐蔽工程不到场", "岗位职责", "Ⅱ级", "隐蔽工程验收拍照留存，两人以上参加。"),
        ]),
        (money, "会计", "斛璎汐", "郦崧澜", "general", [
            ("经营权收入、票款入账不及时", "制度机制", "Ⅲ级", "经营权收入按合同约定收取，每月与合同台账核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, watcher, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures, who, watcher)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    person = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (7, person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    _line(
        sh,
        "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）；“分管领导”为对该岗位负监督责任的公司领导。",
        9,
    )
    return _layout(
        "tourism_company_watchers", "http://www.cfztjj.com/article/12335770.html",
        "县文化旅游投资开发有限公司 岗位廉洁风险防控一览表, after the source's 旅投集团 whose 董事长 was investigated (景区 "
        "运营维护及开发建设, 观光游览车和摊点经营权 出让, 网络竞价): a title, then 序号/部门 merged (公司领导, 泸沽湖景区运营部, "
        "项目建设部, 财务部)/岗位 merged per person/风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``责任人`` "
        "(the holder, merged per person)/``分管领导`` (the watching leader's name, merged per 部门 run, ``/`` on the "
        "leaders' own rows); a ``注：`` line on the levels and on what 分管领导 means",
        [sh], t,
    )  # fmt: skip


def registry_center_duties() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("责任清单", [6, 13, 12, 22, 36, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施", "责任领导")
    lead, window, audit, survey, files = (
        "中心领导",
        "受理窗口",
        "审核登簿股",
        "权籍调查股",
        "档案信息股",
    )
    rows = [
        (lead, "主任", "leader", "主持中心全面工作", "对疑难登记事项个人拍板，干预审核登簿", "高风险",
         "疑难登记事项集体研判，研判意见存档。", "县自然资源局"),
        (window, "受理员", "general", "登记申请受理、身份核验", "对冒名顶替、假扮夫妻等虚假申请核验不严", "高风险",
         "申请人身份联网核查、人像比对，存疑件转审核登簿股复核。", "分管副主任"),
        (window, "受理员", "general", "办理加急件", "为熟人插队、违规加急办理", "中风险",
         "办件按取号顺序办理，加急件登记审批。", "分管副主任"),
        (audit, "股长", "middle", "登记审核、登簿", "对材料不全的申请违规登簿", "高风险",
         "审核、登簿分设两人，登簿前系统校验。", "分管副主任"),
        (audit, "审核员", "general", "查封、解封登记", "查（解）封登记不及时，为当事人转移财产提供便利", "高风险",
         "查解封文书即收即办，办理时限系统监控。", "分管副主任"),
        (survey, "测绘员", "general", "地籍测绘、面积核定", "测绘面积弄虚作假", "中风险",
         "测绘成果抽查复核，原始数据留存。", "中心主任"),
        (files, "档案管理员", "general", "登记资料查询", "受人之托违规查询、泄露权利人信息", "中风险",
         "查询一人一号，查询事由登记，日志每月审查。", "中心主任"),
        (files, "系统管理员", "general", "系统权限维护", "公共账号多人使用，权限配置不当", "低风险",
         "取消公共账号，权限按岗配置，离岗即停号。", "中心主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures, lead_) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, lead_)
        t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分为高风险、中风险、低风险三档。", 8)
    sh.add("编制：", None, None, "审核：", None, None, "2024年7月", None)
    return _layout(
        "registry_center_duties", "https://m.fx361.cc/news/2020/0723/6896867.html",
        "县不动产登记中心 岗位廉政风险防控责任清单 对岗不对人, after the source's paper on 不动产登记 risk (虚假申请登记, "
        "假扮夫妻, 身份证核验, 信息安全, 互联网+不动产登记): a title, then 序号/股室 merged (中心领导, 受理窗口, 审核登簿股, "
        "权籍调查股, 档案信息股)/岗位 merged/``岗位职责``/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``责任领导`` "
        "(a role: 县自然资源局, 分管副主任, 中心主任); no names, no type column; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def grain_purchase_depot_list() -> dict:
    unit = f"{PLACE}粮油购销有限责任公司"
    sh = _Sheet("一览表", [6, 14, 10, 9, 15, 34, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年9月", 9)
    sh.add(
        "序号",
        "部门（库点）",
        "岗位",
        "姓名",
        "风险点",
        "风险描述",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("公司领导", "总经理", "邴栩桤", "leader", [
            ("粮食轮换决策", "轮换计划个人决定，轮出价格、对象暗箱操作", "制度机制风险", "一级",
             "轮换方案经集体研究，轮出通过粮食交易平台竞价。"),
            ("收购资金使用", "收购资金挪作他用", "岗位职责风险", "一级", "收购资金封闭运行，专户管理。"),
        ]),
        ("公司领导", "副总经理", "吉木子拉", "leader", [
            ("仓储设施维修", "仓房维修项目化整为零规避招标", "业务流程风险", "二级", "维修项目按限额公开采购，验收邀请纪检人员参加。"),
        ]),
        ("购销业务部", "部长", "郜澧菡", "middle", [
            ("定等定价", "收购中压级压价、抬级抬价，以次充好", "外部环境风险", "一级", "定等定价结果当场公示，检验与定价分离。"),
            ("代收代储", "与粮商串通“转圈粮”、虚假收购", "思想道德风险", "一级", "收购凭证实名登记，出入库数据与银行流水比对。"),
        ]),
        ("购销业务部", "检验员", "麴淏舟", "general", [
            ("质量检验", "检验数据造假，水分、杂质人为调整", "岗位职责风险", "二级", "扦样、检验分离，样品留存备查。"),
        ]),
        ("财务部", "出纳", "乜芷汀", "general", [
            ("售粮款支付", "延迟支付、截留售粮农户粮款", "岗位职责风险", "二级", "粮款直接打卡到户，支付清单公示。"),
        ]),
        ("梅雨粮库", "主任", "覃嵚槐", "middle", [
            ("库存管理", "账实不符，库存数量虚报", "制度机制风险", "一级", "每季度库存盘点，上级不定期抽查。"),
        ]),
        ("梅雨粮库", "保管员", "沙马阿各", "general", [
            ("出入库管理", "出入库不过磅、虚开出入库单", "业务流程风险", "二级", "过磅数据自动上传，单据连号管理。"),
            ("储粮损耗核销", "虚报储粮损耗，盗卖库存粮食", "思想道德风险", "三级", "损耗按定额核销，超定额损耗专项审计。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "总经理（签字）：", None, None, None)
    return _layout(
        "grain_purchase_depot_list", "https://www.xuehua.us/a/62eb7d939906f3fa820f13e6?lang=zh-tw",
        "县粮油购销有限责任公司 岗位廉洁风险点一览表, after the source's report on 粮食购销领域 腐败 (“粮仓硕鼠”, 收储, 涉粮问题 "
        "巡视巡察): a title, a merged ``填报单位（盖章）：…　填报时间：2024年9月`` line, then 序号/``部门（库点）`` merged "
        "(公司领导, 购销业务部, 财务部, the 库点 梅雨粮库)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/"
        "风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a blank row and a 填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


def forestry_enforcement_stars() -> dict:
    unit = f"{PLACE}林业和草原综合行政执法大队"
    sh = _Sheet("一览表", [6, 16, 10, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, "风险等级：★★★为高风险　★★为中风险　★为低风险", 7)
    sh.add("序号", "股室（站）", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "冀崶澔", "leader", [
            ("对盗伐、滥伐林木案件降格处理、以罚代刑", "★★★", "涉嫌犯罪案件一律移送，移送情况报驻局纪检监察组备案。"),
            ("罚没木材处置不公开", "★★", "罚没木材委托公开拍卖，处置结果公示。"),
        ]),
        ("大队领导", "副大队长", "曲比拉哈", "leader", [
            ("草原禁牧、休牧检查中对违规放牧说情放过", "★★", "检查结果台账管理，处理意见集体研究。"),
        ]),
        ("森林资源执法中队", "中队长", "郏昀汀", "middle", [
            ("违法占用林地案件查处不及时、不到位", "★★★", "卫片图斑逐个核查，核查结果上图入库。"),
            ("采伐现场检查中收受林权单位、采伐户好处", "★★", "检查两人以上，检查记录拍照上传。"),
        ]),
        ("卫城木材检查站", "站长", "訾峦沨", "middle", [
            ("对无证运输、货证不符的木材放行", "★★★", "查验记录逐车登记，站内全天候视频监控。"),
            ("检查站值班安排随意，收取“过站费”", "★★", "值班表公示，严禁收取任何费用，举报电话上墙。"),
        ]),
        ("卫城木材检查站", "检查员", "阿西木呷", "general", [
            ("木材运输证查验走过场", "★", "运输证联网核验，查验情况每日报大队。"),
        ]),
        ("法制股", "股长", "鄂沅霁", "middle", [
            ("林草行政处罚案卷审核不严", "★", "案卷评查每季度一次，审核意见书面留存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "大队长（签字）：", None, "2024年8月")
    return _layout(
        "forestry_enforcement_stars", "https://fx361.cc/page/2020/0305/18319937.shtml",
        "县林业和草原综合行政执法大队 岗位廉政风险防控一览表, after the source's paper on 木材检查站 (固定检查, 流动巡查, "
        "independent 事业单位, 执法人员 from the 林场): a title, a merged ``风险等级：★★★为高风险　★★为中风险　★为低风险`` "
        "line, then 序号/``股室（站）`` merged (大队领导, 森林资源执法中队, 卫城木材检查站, 法制股)/岗位 and 姓名 merged per "
        "person/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a blank row and a 填表人/审核人/大队长（签字）/"
        "date line",
        [sh], t,
    )  # fmt: skip


def funeral_center_self_checks() -> dict:
    unit = f"{PLACE}殡仪服务中心"
    t = _Truth(unit)
    people = [
        ("主任", "琚蕴岍", "中心领导", "主任", "leader", [
            ("殡葬用品采购中指定供应商、收受回扣", "思想道德", "高", "殡葬用品集中采购，供应商比选结果公示。"),
            ("擅自提高或变相提高基本殡葬服务收费", "制度机制", "高", "基本服务项目执行政府定价，收费标准上墙公示。"),
            ("对遗体接运、礼仪等外包服务监管不严", "岗位职责", "中", "外包服务合同明确考核条款，每季度考评。"),
        ]),
        ("业务科科长", "缑昕澄", "业务科", "科长", "middle", [
            ("遗体存放、火化顺序随意调整，收受丧属好处", "业务流程", "高", "业务受理按到馆先后登记，顺序系统生成并公示。"),
            ("向丧属推销高价殡葬用品、捆绑收费", "外部环境", "中", "执行《消费明白卡》制度，服务项目由丧属自选签字。"),
        ]),
        ("接运驾驶员", "马海木呷", "业务科", "遗体接运驾驶员", "general", [
            ("以优先派车为由向丧属索要好处", "思想道德", "中", "接运派车按受理顺序，派车记录实时登记。"),
            ("与无证社会车辆勾连，介绍非法接运遗体", "外部环境", "低", "严禁为无证车辆介绍业务，发现即报中心。"),
            ("接运里程、收费虚报", "业务流程", "低", "接运车辆安装定位，里程与收费单核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [8, 38, 12, 10, 34])
        _line(sh, f"{unit}工作人员廉政风险自查表", 5)
        sh.add("姓　名", who, "科　室", dept, None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        sh.add("岗　位", post, "自查时间", "2024年6月", None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人签名：", None, "中心审核意见：", None, None)
        sheets.append(sh)
    return _layout(
        "funeral_center_self_checks",
        "http://www.lvliang.gov.cn/llxxgk/zfxxgk/xxgkml/gbmwj/mzj/fdzdgknr_55094/zcwjjjd_55098/202508/t20250808_1971540.html",
        "县殡仪服务中心 工作人员廉政风险自查表, one sheet a person (tabs 主任, 业务科科长, 接运驾驶员), after the source's "
        "市民政局 on 殡葬领域 (非法寄存遗体, 违规接运遗体 by 私自改装、无证无照车辆, 告诫函, 承诺书): a title, the pairs "
        "``姓　名 | … | 科　室 | …`` and ``岗　位 | … | 自查时间 | 2024年6月``, then 序号/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a blank row and ``自查人签名： | 中心审核意见：``",
        sheets, t,
    )  # fmt: skip


def water_company_register() -> dict:
    unit = f"{PLACE}供排水有限责任公司"
    sh = _Sheet("排查登记表", [6, 13, 10, 10, 38, 10, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查登记表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报日期：2024年10月", 9)
    sh.add(
        "序号", "部门", "岗位", "岗位责任人", "风险点", "风险类型", "风险等级", "防控措施", "备注"
    )
    rows = [
        ("公司领导", "总经理", "隗翕岚", "leader", [
            ("管网改造工程发包未经集体研究，指定施工单位", "制度机制", "高", "工程发包经总经理办公会集体研究，公开招标。", None),
            ("水价执行和水费减免审批随意", "岗位职责", "中", "水费减免按规定报批，减免情况每季度公示。", None),
        ]),
        ("公司领导", "副总经理", "粟岘澜", "leader", [
            ("水表、管材采购验收把关不严", "业务流程", "中", "采购与验收分离，验收三人以上签字。", None),
        ]),
        ("营业收费部", "部长", "郗棠湜", "middle", [
            ("用水性质认定不实，商业用水按居民水价收费", "外部环境", "高", "用水性质现场核实，变更须两人复核、部长审批。", "新增"),
            ("用户报装审批拖延，收取好处费", "思想道德", "中", "报装流程和时限公开，网上可查进度。", None),
        ]),
        ("营业收费部", "抄表员", "吉伍拉日", "general", [
            ("估抄、漏抄水表，与用户串通少计水量", "岗位职责", "高", "智能水表远传数据与人工抄表比对，稽查人员随机复抄。", "新增"),
        ]),
        ("营业收费部", "收费员", "亓蔼汀", "general", [
            ("水费现金截留、延迟入账", "业务流程", "中", "收费日清日结，系统收费与银行到账每日核对。", None),
        ]),
        ("管网维护部", "部长", "眭炅峤", "middle", [
            ("对偷盗水、私接管道查处不严", "外部环境", "中", "违章用水查处登记编号，查处结果与营业收费部共享。", None),
            ("抢修材料虚报冒领", "业务流程", "低", "抢修材料按单领用，旧料回收登记。", None),
        ]),
        ("水质检测中心", "主任", "笪梣漪", "middle", [
            ("水质检测数据弄虚作假", "岗位职责", "中", "检测原始记录留存，定期送第三方比对。", None),
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
    _line(sh, "注：风险等级按高、中、低填写；备注栏“新增”为本年度新增风险点。", 9)
    sh.add("编制人：", None, None, "审核人：", None, None, "总经理（签字）：", None, None)
    return _layout(
        "water_company_register", "http://www.hnchengqi.cn/?S_id=1161&type=newsinfo",
        "县供排水有限责任公司 岗位廉洁风险排查登记表, after the source's 给排水公司 用水普查 (智能水表, 逐户普查, 估抄漏抄, "
        "水表倒装, 漏户, 偷盗水, 自备井): a title, a merged ``填报单位（盖章）：…　填报日期：2024年10月`` line, then 序号/部门 "
        "merged (公司领导, 营业收费部, 管网维护部, 水质检测中心)/岗位 and ``岗位责任人`` merged per person/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施/``备注`` (``新增`` on two rows); a ``注：`` line and an 编制人/审核人/"
        "总经理（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    urban_investment_public_summary(),
    traffic_enforcement_checklist(),
    culture_enforcement_cards(),
    tourism_company_watchers(),
    registry_center_duties(),
    grain_purchase_depot_list(),
    forestry_enforcement_stars(),
    funeral_center_self_checks(),
    water_company_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch260-inbox"))
