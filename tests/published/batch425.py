"""The four-hundred-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 住建 and 城管
bodies, 甘泉县 (a county of 延安 on the 洛河, its staff Han) — the 县住房和城乡建设局, the
县城市管理执法局, the 县房产服务中心, the 县环境卫生管理所 and the 规划建设站 of four of its towns
(下寺湾镇, 道镇, 石门镇, 桥镇乡) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel:

- the 城市管理执法局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室中队`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 房产服务中心's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 环境卫生管理所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在班组 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read
  by a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 下寺湾镇规划建设站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …``
  over ``工作单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 | 自查情况``
  (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … | 站长审核：``;
- the 道镇规划建设站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、农房建设组``, ``三、危房改造组``
  merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 桥镇乡规划建设站's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``部门`` merged
  (``站领导``, ``规划建设组``, ``环境卫生组``), ``姓名`` BEFORE ``职务``, both merged per person, a short
  ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date line;
- the 石门镇规划建设站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on
  EVERY row (nothing merged) and with no 组 column: ``岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 |
  防控措施`` — the TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``ganquan_housing_bureau_points_by_level``: the 住房和城乡建设局's 岗位廉政风险点排查表 keeps ONE ROW
  FOR EACH POST AND LEVEL, and writes ALL THE POINTS OF THAT POST AND LEVEL IN ONE CELL, JOINED INLINE BY
  FULL-WIDTH SEMICOLONS, with their measures joined the same way in the same order. Under a title and a
  merged ``填报单位：…　填报时间：2025年10月`` line the header is ``序号 | 股室 | 岗位 | 姓名 | 风险等级 |
  廉政风险点（同一等级的多个风险点用“；”隔开） | 防控措施（与风险点一一对应，用“；”隔开）``; ``股室`` is merged over
  its rows, ``岗位`` and ``姓名`` over the person's (two or three rows, one a level, highest first); the
  ``风险等级`` cell (高/中/低) stands BEFORE the point cell and grades every point in it; a point cell
  holds one point or two (``施工许可审批中降低条件，为不符合条件的项目办理许可；工程质量安全事故调查
  处理中大事化小、降格处理``) — on ONE LINE, with no number (``1.``, ``①``, ``（1）``), no line break,
  no label (``风险点1：``) and no bracket; a point itself has commas but no semicolon and no closing
  full stop; the measures cell holds as many measures in the same order, ending in ``。``. A merged
  ``注：`` line under the table says again that the points of one level are written in one cell
  parted by ``；`` and that the measures follow them in order; a 填表人/审核人/date line closes it.
  The shape is about HOW THE POINTS ARE JOINED: several points in one cell, told apart only by the
  semicolon the heading names, their level the row's. The README's 读得懂的表 knows several points in
  one cell only when they are NUMBERED ONE A LINE — ``1.…⏎2.…`` beside a level cell numbered the same
  (``1.高⏎2.中``, batch133), ``高风险点：⏎1.…⏎2.…`` under level sub-headings, ``风险点1：…⏎防控措施1：…``
  labels, ``受理员：…⏎民政员：…`` lines of posts — and keeps a numbered cell beside ONE level as one point
  (batch68); it knows points across columns (``风险点1 | 风险等级 | 风险点2``), ``高风险 | 中风险 | 低风险``
  columns with ONE point a cell, a 风险等级 merged down over several point ROWS, and ``防控措施`` codes
  joined by ``、`` (batch417, the measures only); it does not describe an unnumbered inline list of
  points joined by ``；`` in one cell, one row a post and level. No earlier batch writes one:
  ``grep -l '分号\\|semicolon' tests/published/batch*.py`` finds only batch205 (a 岗位人员 line of
  holders parted by ``；``), ``grep -l '用“；”\\|以“；”' …`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or only name it (a 县住建局's note on
农村危房改造对象认定 — 六类重点对象, 住房安全性鉴定, C级/D级; a page on a 执法大队's 行政处罚流程 —
立案, 调查取证, 审查决定, 送达执行; a page on a 商品房预售资金监管办法 — 监管账户, 拨付, 重点监管额度;
a page on 保洁员 工作要求和考核办法 — 清扫保洁, 考核扣分; a 中心城区 违法占地违法建设治理 考核奖惩及
责任追究办法 — 巡查, 发现, 制止, 拆除, 责任追究; an account of 农村危房改造 — 排查摸底, 组织实施, 检查
验收, 补助资金 打到农户一折通; a page on a 乡镇环境卫生和农村生活垃圾收运作业管理标准; a 镇's 小城镇建设
工作实施方案 — 城建办, 基础设施, 规划) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 甘泉县, named with the county's name
(no earlier unit holds ``甘泉县``; the 镇 and 乡 — 下寺湾镇, 道镇, 石门镇, 桥镇乡 — are of the county).

Run ``python tests/published/score.py --set batch425`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each part of a ``廉政风险点（…用“；”隔开）`` cell between full-width semicolons
  (trimmed, without the ``；``) is ONE POINT of the row's post and holder, with the row's 风险等级 (the
  heading and the ``注：`` line say so); a cell without ``；`` is one point, the whole cell; the
  ``风险等级`` column is no point; the 防控措施 cell's parts are the measures of the points in order;
- ``局领导`` (the 城管局's sheet of its leaders, named so by its tab and title; the 住建局's first 股室),
  ``中心领导`` (the 房产服务中心's first 部室), ``所领导`` (the cards' 所在班组) and ``站领导`` (a group row,
  a 部门 cell) are the 科室 of those leaders; a 局's 股 and 办公室, a 局's 科 and 中队, a 中心's 部, a
  所's 队 and 办公室, a 站's 组 are 科室; a group row ``二、农房建设组`` gives the 科室 ``农房建设组`` (its
  number left off); the 下寺湾镇 and 石门镇 stations' forms name no 科室 (no field, no column): "";
- 局长, 副局长, 主任 and 副主任 of the 房产服务中心, 所长, 站长 and 副站长 are leaders; 股长, the
  办公室's 主任, 科长, 中队长, a 中心's 部长, the 所's 清运队长 and a 站's 组长 middle; the rest (科员,
  执法队员, 会计, 网签备案员, 设备管理员, 规划管理员, 村建管理员, 农房监管员, 环卫监管员, 工作人员,
  信息员) general;
- ``廉政风险点 | 风险描述`` (the 桥镇乡 station's list) and ``风险点 | 风险表现`` (the 房产服务中心's):
  the point is the short one; ``分管工作``, ``工作职责``, ``职责事项`` and ``自查情况`` are no points and
  name no holder; the 房产服务中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 石门镇 station's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch418).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b425_"
PLACE = "甘泉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
SEMI = "；"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

JOINED_NAME = "ganquan_housing_bureau_points_by_level"
JOINED_UNIT = f"{PLACE}住房和城乡建设局"
JOINED_TAB = "排查表"
JOINED_HEAD = (
    "序号", "股室", "岗位", "姓名", "风险等级",
    "廉政风险点（同一等级的多个风险点用“；”隔开）", "防控措施（与风险点一一对应，用“；”隔开）",
)  # fmt: skip
JOINED_NOTE = (
    "注：每个岗位按风险等级分行填写，同一等级的多个风险点写在一格内，以“；”隔开；"
    "防控措施按风险点顺序对应填写。"
)

# (股室, 岗位, 姓名, tier, [(等级, [(廉政风险点, 防控措施)])]) — one row a post and level
JOINED = [
    ("局领导", "局长", "郄珺翊", "leader", [
        ("高", [
            ("城建项目发包和资金拨付不经党组会集体研究", "项目发包和资金拨付经党组会研究，会议纪要存档"),
            ("插手干预工程招投标，为特定企业中标打招呼", "领导干部插手干预工程建设事项登记报告"),
        ]),
        ("中", [("干部选任和评先评优中搞“一言堂”", "选任评优按程序动议、考察、公示")]),
    ]),
    ("局领导", "副局长", "亢瀞棠", "leader", [
        ("高", [
            ("施工许可审批中降低条件，为不符合条件的项目办理许可", "许可条件一次性告知，初审、复审两级审核"),
            ("工程质量安全事故调查处理中大事化小、降格处理", "事故调查组集体研究，处理结果公开"),
        ]),
        ("中", [("接受施工企业宴请和礼品礼金，检查中打招呼", "签订廉洁承诺书，节前廉洁提醒")]),
    ]),
    ("办公室", "主任", "逯荇琪", "middle", [
        ("中", [
            ("公务接待、公车使用超标准、超范围", "接待事前审批，公车使用登记"),
            ("办公用品采购不询价，虚开发票报销", "采购三家以上询价，报销票据逐张审核"),
        ]),
        ("低", [("项目档案借阅不登记，泄露项目信息", "档案借阅登记，涉密资料专人保管")]),
    ]),
    ("建筑市场监管股", "股长", "蒯璟淞", "middle", [
        ("高", [("建筑企业资质核查走过场，为不达标企业出具合格意见", "核查结果复核，随机抽查")]),
        ("中", [
            ("建筑市场执法检查前向企业透露检查信息", "检查对象随机抽取，检查计划保密"),
            ("农民工工资保证金返还审核不严", "返还前核查工资支付台账，结果公示"),
        ]),
    ]),
    ("建筑市场监管股", "科员", "佴溪珏", "general", [
        ("中", [("质量安全监督抽查记录不实，隐患不报告", "抽查两人以上，隐患拍照留存")]),
        ("低", [("监督档案补记、代签", "监督记录当场签字，股长每月检查")]),
    ]),
    ("房地产市场监管股", "股长", "厍蕴璠", "middle", [
        ("高", [
            ("商品房预售许可降低条件发放", "预售条件和结果网上公开，分管领导审签"),
            ("预售资金监管账户拨付审核不严，资金被挪用", "拨付按工程进度双人审核，银行联合监管"),
        ]),
        ("低", [("物业服务企业考评标准执行不一，优亲厚友", "考评细则公开，邀请业主代表参与")]),
    ]),
    ("村镇建设股", "股长", "巩翛澜", "middle", [
        ("高", [
            ("农村危房改造对象认定把关不严，将不符合条件的农户纳入补助", "改造对象按六类重点对象名单核对，逐级公示"),
            ("住房安全性鉴定等级弄虚作假", "鉴定两人以上，现场拍照存档"),
        ]),
        ("中", [
            ("改造补助资金截留、拖延发放", "补助资金直接打入农户一折通，按季度对账"),
            ("改造竣工验收走过场", "乡镇初验、县级全面验收，验收资料存档"),
        ]),
    ]),
]  # fmt: skip


def ganquan_housing_bureau_points_by_level() -> dict:
    unit = JOINED_UNIT
    t = _Truth(unit)
    sh = _Sheet(JOINED_TAB, [6, 16, 9, 9, 9, 56, 48])
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add(*JOINED_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, levels in JOINED:
        for lv, pairs in levels:
            n += 1
            points = SEMI.join(p for p, _ in pairs)
            measures = SEMI.join(m for _, m in pairs) + "。"
            sh.add(n, dept, post, who, lv, points, measures)
            for point, _ in pairs:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, JOINED_NOTE, 7)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE)
    return _layout(
        JOINED_NAME, "https://m.gw8i.com/2024/06-19/3333587.html",
        "(harder) 县住房和城乡建设局 岗位廉政风险点排查表, after the source's 住建局 note on 农村危房改造对象认定 (六类重点对象, "
        "住房安全性鉴定, C级/D级): a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/股室 merged/岗位 and "
        "姓名 merged per person/风险等级 高/中/低 BEFORE the point/``廉政风险点（同一等级的多个风险点用“；”隔开）``/"
        "``防控措施（与风险点一一对应，用“；”隔开）`` — ONE ROW A POST AND LEVEL, the points of that level JOINED INLINE BY "
        "``；`` in one cell (no numbers, no line breaks, no labels), the measures joined the same way in the same order; "
        "no type column; a merged ``注：`` line saying so and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ganquan_urban_management_two_sheets() -> dict:
    unit = f"{PLACE}城市管理执法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("禚旻璐", "局长", "主持全面工作", [
            ("执法装备和渣土清运服务采购不经党组会研究", "一级", "采购项目经党组会研究，按政府采购程序实施。"),
            ("对重大违法案件处理讲情面、打招呼", "二级", "重大案件集体讨论，处理结果公开。"),
        ]),
        ("隗琮沅", "副局长", "分管行政处罚、违法建设查处", [
            ("行政处罚自由裁量畸轻畸重", "一级", "执行裁量基准，处罚决定法制审核。"),
            ("违法建设拆除中选择性执法", "二级", "拆除计划公示，执法全过程记录。"),
        ]),
        ("晏澈琬", "副局长", "分管市容环卫、户外广告", [
            ("户外广告设置审批中收受好处", "一级", "审批条件和结果网上公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室中队", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}科室中队廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("执法一中队", "中队长", "仉璞沣", "middle", [
            ("立案后调查取证不全面，为当事人开脱", "一级", "调查取证两人以上，证据材料法制审核。"),
            ("暂扣物品处置不登记，私自返还", "二级", "暂扣物品登记造册，处置经局审批。"),
        ]),
        ("执法一中队", "执法队员", "瞿珞湛", "general", [
            ("占道经营查处中吃拿卡要", "二级", "执法记录仪全程记录，投诉举报公开。"),
        ]),
        ("市容管理科", "科长", "谯瑀澄", "middle", [
            ("门头招牌和临时占道审批不公", "一级", "审批材料清单化，结果公示。"),
            ("数字城管案件派遣后不督办，虚报结案", "二级", "结案前现场核查，平台留痕。"),
        ]),
        ("办公室", "会计", "郦淏琨", "general", [
            ("罚没款收缴不及时入账", "三级", "罚没款票款分离，每月与银行对账。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "ganquan_urban_management_two_sheets", "https://abg.baidu.com/tags/222lpkfu6o3nhugq2x7ljjvxupa7pm6m",
        "县城市管理执法局 file in two sheets after the source's page on a 执法大队's 行政处罚流程 (立案, 调查取证, 审查决定, "
        "送达执行): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``科室中队`` "
        "(a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); ``一级/二级/三级``; no type "
        "column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def ganquan_housing_service_center_posts() -> dict:
    unit = f"{PLACE}房产服务中心"
    sh = _Sheet("排查表", [6, 14, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("预售资金拨付", "重点监管额度内资金拨付不按工程节点，违规放行", "制度机制", "高风险",
             "拨付按工程节点审核，主任办公会研究。"),
            ("业务系统建设", "网签系统运维服务指定供应商", "业务流程", "中风险", "服务采购按程序比选，合同公开。"),
        ]),
        ("中心领导", "副主任", "leader", [
            ("房屋测绘成果审核", "测绘面积审核不严，为开发企业多算面积", "岗位职责", "高风险", "测绘成果抽查复核，结果存档。"),
        ]),
        ("交易登记部", "网签备案员", "general", [
            ("合同网签备案", "材料不全即办理备案，收受中介好处", "思想道德", "中风险", "备案材料清单化，办理全程留痕。"),
            ("交易信息查询", "违规查询、泄露购房人信息", "岗位职责", "低风险", "查询权限分级，查询记录定期检查。"),
        ]),
        ("资金监管部", "部长", "middle", [
            ("监管账户管理", "监管协议签订不规范，账户资金被挪用", "制度机制", "高风险", "监管协议统一文本，银行按日对账。"),
        ]),
        ("维修资金管理部", "会计", "general", [
            ("维修资金使用审核", "维修资金使用方案审核不严，虚列维修项目", "业务流程", "中风险", "使用方案经业主表决并公示，现场核验。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "ganquan_housing_service_center_posts",
        "https://abg.baidu.com/tags/w7alhr5y3pfnbsomy233pp6uutfnxv6kxxylzyfz3syozn5i",
        "县房产服务中心 岗位廉政风险点排查表 对岗不对人, after the source's page on a 商品房预售资金监管办法 (监管账户, 拨付, "
        "重点监管额度): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def ganquan_sanitation_cards() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "麴洹瑛", "所领导", "leader", [
            ("垃圾清运车辆和保洁设备采购不经所务会研究", "★★★", "采购计划所务会研究，按政府采购程序实施。"),
            ("保洁外包服务考核打分不公", "★★", "考核细则公开，考核结果公示。"),
            ("环卫工人工资和补贴发放不实", "★★★", "工资按考勤核定，名单公示。"),
        ]),
        ("清运队长", "郜玹潾", "清运队", "middle", [
            ("清运车辆油料领用不实，虚报里程", "★★", "油料按台账领用，里程与定位轨迹核对。"),
            ("私自收取商户垃圾清运费", "★★★", "收费标准公开，统一开票。"),
        ]),
        ("设备管理员", "阚琇沄", "综合办公室", "general", [
            ("保洁工具和劳保用品出库不登记", "★★", "出入库登记，每月盘点。"),
            ("车辆维修配件虚报数量", "★", "旧件回收登记，维修单据审核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在班组", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "ganquan_sanitation_cards",
        "https://abg.baidu.com/tags/wgr33yguwg42jv7x2kvmp452zw73zowlwdwlpka11",
        "县环境卫生管理所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 清运队长, 设备管理员), after the source's page on "
        "保洁员 工作要求和考核办法 (清扫保洁, 考核扣分): a title, ``姓　名 | … | 职　务 | …`` over ``所在班组 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def ganquan_xiasiwan_station_selfchecks() -> dict:
    unit = f"{PLACE}下寺湾镇规划建设站"
    t = _Truth(unit)
    people = [
        ("暨曜渟", "站长", "leader", [
            ("主持站全面工作，负责违法建设巡查和制止", [
                ("发现违法占地建房不制止、不报告", "Ⅰ级", "巡查日志每日填写，发现问题当日上报。", "已落实"),
                ("集镇建设项目选址意见中打招呼", "Ⅱ级", "选址意见经镇党委会研究。", "已落实"),
            ]),
        ]),
        ("綦澍珈", "规划管理员", "general", [
            ("负责乡村建设规划许可受理和审核", [
                ("乡村建设规划许可材料把关不严", "Ⅱ级", "许可材料清单化，站长复核。", "已落实"),
                ("放线验线时接受建房户宴请", "Ⅲ级", "放线验线两人以上，签订廉洁承诺。", "正在整改"),
            ]),
        ]),
        ("乜珩滢", "村建管理员", "general", [
            ("负责农房建设质量安全巡查", [
                ("对农房建设安全隐患隐瞒不报", "Ⅰ级", "巡查记录拍照上传，镇纪委抽查。", "已落实"),
                ("工匠培训补助虚报人数", "Ⅲ级", "培训签到与影像资料核对后发放。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("工作单位", unit, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "ganquan_xiasiwan_station_selfchecks", "http://m.jianbiaoku.com/webarbs/book/8064.shtml",
        "镇规划建设站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 违法占地违法建设治理 "
        "考核奖惩及责任追究办法 (巡查, 发现, 制止, 拆除, 责任追究): a title, the pairs ``姓　名 | … | 职　务 | …`` over ``工作单位 | … "
        "| 填表时间 | …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column, no 科室 field; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def ganquan_daozhen_station_group_rows() -> dict:
    unit = f"{PLACE}道镇规划建设站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "闾瑭渼", "leader", [
                ("危房改造对象初审", "危房改造对象初审不经站务会研究，优亲厚友", "制度机制风险", "一级风险",
                 "初审结果站务会研究，村组公示。"),
                ("建房审批初审", "农村建房申请初审中吃拿卡要", "思想道德风险", "二级风险", "初审时限公开，办理结果回访。"),
            ]),
        ]),
        ("二、农房建设组", "农房建设组", [
            ("组长", "訾璘湉", "middle", [
                ("建房巡查", "对未批先建、超面积建房巡查不到位", "岗位职责风险", "二级风险", "巡查台账管理，问题限期整改。"),
                ("竣工核实", "竣工核实走过场，违规出具核实意见", "业务流程风险", "一级风险", "核实两人以上，现场拍照存档。"),
            ]),
            ("农房监管员", "钭溱瑄", "general", [
                ("巡查记录", "巡查记录填写不实、补记", "思想道德风险", "三级风险", "巡查记录当场签字，站长抽查。"),
            ]),
        ]),
        ("三、危房改造组", "危房改造组", [
            ("组长", "邴琰潇", "middle", [
                ("排查摸底", "排查摸底登记不实，漏登、错登", "岗位职责风险", "二级风险", "入户排查登记造册，村组两级签字。"),
                ("补助资金发放", "补助资金不按验收结果发放", "业务流程风险", "一级风险", "资金凭验收单据发放，直接打入农户账户。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "ganquan_daozhen_station_group_rows", "https://w.sf024.com/info/1368677645281905419.html",
        "镇规划建设站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、危房改造组`` merged across (no 组 column), "
        "after the source's account of 农村危房改造 (排查摸底, 组织实施, 检查验收, 补助资金 打到农户一折通): a title, then 序号/"
        "岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def ganquan_qiaozhen_station_list() -> dict:
    unit = f"{PLACE}桥镇乡规划建设站"
    sh = _Sheet("一览表", [6, 11, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "部门", "姓名", "职务", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("站领导", "宓沣琦", "站长", "leader", [
            ("集镇基础设施项目", "集镇道路、管网项目实施不经集体研究，指定施工队伍", "制度机制", "高",
             "项目经乡党委会研究，按规定比选施工单位。"),
            ("规划执行", "集镇规划执行中随意变更用地", "岗位职责", "中", "规划变更报县级审批，结果公示。"),
        ]),
        ("规划建设组", "笪潆瑗", "组长", "middle", [
            ("建房审核", "建房审核中收受好处，降低条件", "思想道德", "高", "审核两人以上，结果村组公示。"),
            ("工程验收", "小型工程验收不严，以次充好", "业务流程", "中", "验收小组三人签字，影像存档。"),
        ]),
        ("环境卫生组", "蒉珧渲", "环卫监管员", "general", [
            ("保洁考核", "村庄保洁考核打分不公", "岗位职责", "中", "考核结果公示，乡纪委抽查。"),
            ("垃圾清运计量", "垃圾清运车次虚报", "业务流程", "低", "清运车次与定位轨迹核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, who, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "ganquan_qiaozhen_station_list", "http://crsrw.com/zhongguoshuiwu/5525.html",
        "乡规划建设站 岗位廉政风险防控一览表 after the source's 镇 小城镇建设工作实施方案 (城建办, 基础设施, 规划): a title, a merged "
        "``填报单位：…　填报时间：2025年10月`` line, then 序号/``部门`` merged (站领导, 规划建设组, 环境卫生组)/``姓名`` BEFORE "
        "``职务``, both merged per person/a short ``廉政风险点``/a long ``风险描述``/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def ganquan_shimen_station_every_row() -> dict:
    unit = f"{PLACE}石门镇规划建设站"
    sh = _Sheet("一览表", [6, 11, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "滕珣潼", "leader", "制度机制", "垃圾收运作业外包不经镇党委会研究", "Ⅰ", "外包方案经镇党委会研究，结果公示。"),
        ("站长", "滕珣潼", "leader", "外部环境", "对违法建设当事人说情打招呼", "Ⅰ", "说情打招呼登记报告。"),
        ("副站长", "郏琬淇", "leader", "岗位职责", "垃圾收运作业考核走过场", "Ⅱ", "考核结果与作业费用挂钩并公开。"),
        ("村建管理员", "佘瑨澜", "general", "业务流程", "农房建设巡查发现问题后私下“协调”", "Ⅱ", "问题台账管理，整改情况公开。"),
        ("工作人员", "圣璐沅", "general", "思想道德", "公厕保洁物资领用虚报", "Ⅲ", "物资领用登记，每季度盘点。"),
        ("信息员", "仝瑷溶", "general", "岗位职责", "建房信息报送迟报、漏报", "Ⅱ", "信息报送时限公开，报送记录存档。"),
        ("信息员", "仝瑷溶", "general", "制度机制", "巡查记录补记、代签", "Ⅲ", "巡查记录当班填写，站长每周检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, typ, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    source = (
        "https://www.zhetiaohe.com/ss/aadc3d0c330d0a86d296cabf0d507c765cb5768606e461199508449e3df13fbd3b9f4a034323a5"
        "d6490a5147769f23c0ba3b82396e94d595944a31fa5553e216.html"
    )
    return _layout(
        "ganquan_shimen_station_every_row", source,
        "镇规划建设站 岗位廉政风险防控一览表, after the source's page on a 乡镇环境卫生和农村生活垃圾收运作业管理标准: ``附件1``, a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/岗位/姓名 written out on EVERY row (nothing "
        "merged, no 组 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on "
        "the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ganquan_housing_bureau_points_by_level(),
    ganquan_urban_management_two_sheets(),
    ganquan_housing_service_center_posts(),
    ganquan_sanitation_cards(),
    ganquan_xiasiwan_station_selfchecks(),
    ganquan_daozhen_station_group_rows(),
    ganquan_qiaozhen_station_list(),
    ganquan_shimen_station_every_row(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir,
        LAYOUTS if layouts is None else layouts,
        resaved,
        prefix=PREFIX,
        writer=_write_xlsx44,
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch425-inbox"))
