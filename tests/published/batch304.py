"""The three-hundred-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
state-owned companies and 事业单位, 华蓥市 (a city of 广安, its staff Han) — its 城市建设投资有限公司,
自来水有限公司, 公共交通有限公司 and 国有资产经营有限公司, its 人民医院, 公共资源交易服务中心,
融媒体中心 and 机关事务服务中心 — each handing back the 一览表, 防控卡, 自查表, 防控表, 清单 or 排查表
its staff typed in WPS or Excel:

- the 自来水有限公司's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line, its rows
  under GROUP ROWS ``一、公司领导`` … ``四、财务部`` merged across (no 部门 column): ``岗位`` and ``姓名``
  merged per person, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, a 填表人/审核人/总经理（签字） line;
- the 公共交通有限公司's 防控卡, one sheet a holder (tabs 总经理, 科长, 车队长): ``姓　名 | … | 职　务 |
  …`` and ``所在科室 | …`` (merged across) above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人签字： | … | 监督电话：…``;
- the 人民医院's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 | 科　室 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 科室负责人意见：``;
- the 国有资产经营有限公司's file in two sheets: ``公司领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``职能部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``;
- the 公共资源交易服务中心's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``高级/中级/低级``, no type column;
- the 融媒体中心's 排查表 对岗不对人: ``部门`` merged, ``岗位`` merged per post, a short ``风险点`` beside
  a long ``风险表现``, ``…风险`` types, ``一级风险/二级风险/三级风险``, no names; a 制表/审核/date line;
- the 机关事务服务中心's 防控表 written on EVERY row (no merges): ``部门 | 岗位 | 姓名 | 风险点 |
  风险类别 | 风险等级 | 防控措施``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``huaying_urban_investment_area_prefix``: the 城市建设投资有限公司's 岗位廉洁风险防控表, an ordinary
  list in every other respect (``序号 | 部门 | 岗位 | 姓名 | 廉洁风险点 | 风险类型 | 风险等级 |
  防控措施``, ``部门`` merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a
  填报单位 line above and a 填表人/审核人 line below), whose EVERY ``廉洁风险点`` CELL OPENS WITH THE
  AREA OF WORK THE POINT LIES IN, written ``X方面：`` with a full-width colon — ``工程发包方面：授意将
  项目肢解发包给关系企业，规避公开招标``, ``土地整理方面：…``, ``资产处置方面：…``, ``“三重一大”决策方面：…``.
  The area is NOT a post (the post is in ``岗位``), NOT a 部门 (no area is the name of a 部门, and
  the ``部门`` column stands beside it), NOT a type (the type is in ``风险类型``; no area holds a type
  word): it is the business the point belongs to, the way a company's 纪检 writes ``在工程建设方面，…``
  in its reports. The same area stands under several posts (``工程变更签证方面`` under the 副总经理
  and under the 工程管理部 部长), and one post has points in several areas. No ``注：`` line explains
  it (the company saw nothing to explain). So the point is the text AFTER ``方面：``. The README's
  读得懂的表 knows a type written before the point (``思想道德风险：…``), the POST written before the
  point (``保管员：…``, the post nowhere else in the row), ``风险点：…⏎防控措施：…`` in one cell, a point
  and its 表现形式 split by ``——``, a level or type in brackets before or after the point, a
  ``(三)采购管理`` or ``“三重一大”方面`` ROW standing alone as a section of the table, and a
  ``风险事项 | 廉政风险点`` pair of COLUMNS where the 事项 is the duty; it does not describe a plain
  ``廉洁风险点`` column whose every cell OPENS with ``X方面：`` naming the area of work, so that the
  area (no post, no 部门, no type) must be cut off the front of the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (six 城投集团 chairmen fallen in a
month — 土地一级开发 虚增成本, PPP项目 违规指定承包商, 资产重组 贱卖国有资产, 项目招投标 暗箱操作,
工程发包; a 市自来水有限公司's 抄表员 窝案 — 少抄实际用水量, 用水企业, 社区, 城郊村, 管网漏损率, 水费
收缴; a 县级市 公共交通有限公司 returned to state ownership — 综合办公室, 计划财务科, 营运服务科, 机务保障科,
一车队, 二车队, 修理厂, 新能源公交车; a 医院一把手 who made the hospital his “独立王国” — 重大工程建设,
医疗器械, 药品和医用耗材的采购; a 座谈 on 国有投融资平台公司 腐败 — 一把手, 重要岗位, 投融资决策, 集体决策
流于形式, 可行性论证, 风险评估; a 招标采购部's 廉政风险点 — 资格预审 人为干预, 招标文件 编制, 招标评审
徇私舞弊, 公平竞争; a 市电视台 as a 事业单位 — 新闻部, 专题部, 技术部, 广告收入, 节目制作; 纪检监察机关 on
国有资产闲置 — 闲置房产 竞价盘活, 公车闲置 变卖, 废旧物资 丢失) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 华蓥市.

Run ``python tests/published/score.py --set batch304`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``廉洁风险点`` cell ``X方面：…`` is ONE point of the row's post and holder:
  the point is the text after the first ``方面：`` (as batch292 took the text after a post and its
  colon, and batch107 after a type); the area ``X`` is no point, no post, no 部门 and no type (as a
  ``职责事项`` or ``风险事项`` column is none); the 部门 is the merged ``部门``, the post ``岗位``, the
  holder ``姓名``; one form a person, however many areas his points lie in;
- each company and 事业单位 here is a unit of its own, its 部, 科, 股, 车队 and 办公室 its 科室;
  ``公司领导``, ``院领导``, ``中心领导`` (a 部门/股室 cell, a card's 所在科室, a group row, a self-check's
  科室, the sheet ``公司领导``) are the 科室 of those leaders; a group row ``二、营业收费部`` gives the
  科室 ``营业收费部`` (its number left off); a card's ``所在科室`` (``机务保障科``, ``一车队``) is its
  holder's 科室;
- 董事长, 总经理, 副总经理, 院长, 副院长, a 中心's 主任 and 副主任 are leaders; 部长, a 部's 经理, 科长,
  科主任, 车队长, 股长 and the 主任 of a 部 or of the 综合部 middle; the rest (现场代表, 出纳, 抄表员,
  收费员, 维修工, 会计, 网络管理员, 见证员, 档案管理员, 系统管理员, 记者, 业务员, 驾驶员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 融媒体中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险``, ``一级/二级/三级``,
  ``高级/中级/低级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note) are
  1/2/3.

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

PREFIX = "b304_"
PLACE = "华蓥市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
RANKS = {"高级": 1, "中级": 2, "低级": 3}
GAP = "\u3000"
AREA = "方面："


def with_area(area: str, point: str) -> str:
    """The cell as typed: the area of work, ``方面：``, then the point."""
    return f"{area}{AREA}{point}"


# --------------------------------------------------------------------------- harder layout

URBAN = f"{PLACE}城市建设投资有限公司"
URBAN_HEAD = ("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")

# (部门, [(岗位, 姓名, tier, [(area, point, type, level, measures)])])
URBAN_POINTS = [
    ("公司领导", [
        ("董事长", "晏泷砺", "leader", [
            ("“三重一大”决策", "重大投资、大额资金使用由个人拍板，集体研究走过场", "制度机制", "高",
             "落实“三重一大”事项清单，议题提前送达，会议纪要全程存档。"),
            ("工程发包", "授意将项目肢解发包给关系企业，规避公开招标", "岗位职责", "高",
             "限额以上项目一律进入公共资源交易平台，发包方案集体研究。"),
        ]),
        ("总经理", "鞠翀湛", "leader", [
            ("土地整理", "土地一级整理中虚增拆迁和整理成本", "业务流程", "高",
             "整理成本经第三方审计，结果报市国资部门备案。"),
            ("融资举债", "融资中介机构由个人指定，收受中介返费", "外部环境", "中",
             "融资方案经董事会审议，中介机构比选确定并公示。"),
        ]),
        ("副总经理", "郜珩漪", "leader", [
            ("工程变更签证", "默许施工单位虚报变更工程量", "岗位职责", "高",
             "变更签证实行业主、监理、跟踪审计三方会签。"),
            ("安全质量检查", "接受施工单位宴请，检查走过场", "思想道德", "中",
             "检查两人以上，问题清单限期整改销号。"),
        ]),
    ]),
    ("工程管理部", [
        ("部长", "逯岫蘅", "middle", [
            ("工程变更签证", "签证资料事后补办，与实际施工情况不符", "业务流程", "中",
             "签证当日办理，附现场影像资料，每月汇总报公司。"),
            ("工程验收", "隐蔽工程验收不到场，照单签字", "岗位职责", "中",
             "隐蔽工程验收留存影像，参建各方现场签字。"),
        ]),
        ("现场代表", "亓韫璟", "general", [
            ("施工现场管理", "收受施工单位好处，对偷工减料视而不见", "思想道德", "高",
             "现场代表定期轮岗，纪检监察室不定期抽查。"),
        ]),
    ]),
    ("计划财务部", [
        ("部长", "殳筠昶", "middle", [
            ("资金支付", "不按合同和进度审核，提前或超额支付工程款", "制度机制", "高",
             "工程款凭计量单和审计意见支付，分级审批。"),
        ]),
        ("出纳", "暨蘋溪", "general", [
            ("资金管理", "公款私存，挪用资金", "岗位职责", "中",
             "银行账户统一管理，每月对账，不相容岗位分离。"),
        ]),
    ]),
    ("资产经营部", [
        ("经理", "蔺棣骐", "middle", [
            ("资产租赁", "门面、场地低价出租给关系人，或长期不收租金", "外部环境", "中",
             "资产出租公开招租，租金标准集体研究，欠租按月催收。"),
            ("资产处置", "不经评估即出售资产，低估处置价值", "制度机制", "高",
             "资产处置先评估，进场公开交易。"),
        ]),
    ]),
]  # fmt: skip


def huaying_urban_investment_area_prefix() -> dict:
    ncols = len(URBAN_HEAD)
    sh = _Sheet("防控表", [6, 11, 10, 9, 44, 10, 8, 34])
    t = _Truth(URBAN)
    _line(sh, f"{URBAN}岗位廉洁风险防控表", ncols)
    _line(sh, f"填报单位（盖章）：{URBAN}{GAP * 12}填报时间：2025年7月", ncols)
    sh.add(*URBAN_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, people in URBAN_POINTS:
        for post, who, tier, points in people:
            for area, point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, with_area(area, point), typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "huaying_urban_investment_area_prefix",
        "http://www.senqingzn.com/dy/article/JUR8D6TA0521WV3T.html?spss=dy_author",
        "(harder) 县级市 城市建设投资有限公司 岗位廉洁风险防控表, after the source's six 城投集团 chairmen fallen in a month "
        "(土地一级开发 虚增成本, PPP项目 指定承包商, 资产重组 贱卖国有资产, 招投标 暗箱操作, 工程发包): a title and a merged "
        "``填报单位（盖章）：…　填报时间：2025年7月`` line, then 序号/部门 merged (公司领导, 工程管理部, 计划财务部, 资产经营部)/"
        "岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, EVERY 廉洁风险点 cell "
        "OPENING WITH THE AREA OF WORK ``X方面：`` (``工程发包方面：…``, ``土地整理方面：…``, ``“三重一大”决策方面：…``; "
        "the area no post, no 部门, no type; the same area under two posts), no ``注：`` line; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huaying_water_supply_groups() -> dict:
    unit = f"{PLACE}自来水有限公司"
    sh = _Sheet("一览表", [6, 10, 9, 38, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "郦溥琮", "leader", [
                ("对管网漏损率长期偏高不过问、不追查", "岗位职责风险", "Ⅰ级", "漏损率按月分析通报，异常片区专项稽查。"),
                ("供水工程和材料采购指定施工单位、供应商", "制度机制风险", "Ⅰ级", "工程和大宗材料公开招标，结果公示。"),
            ]),
            ("副总经理", "濮翎铖", "leader", [
                ("用水性质核定和水价执行中照顾关系户", "外部环境风险", "Ⅱ级", "用水性质核定双人现场核查，结果录入系统。"),
            ]),
        ]),
        ("二、营业收费部", "营业收费部", [
            ("经理", "窦晞蕤", "middle", [
                ("抄表数据审核走过场，对异常水量不核查", "业务流程风险", "Ⅱ级", "抄表数据系统比对，异常水量逐户复核。"),
            ]),
            ("抄表员", "宓澈棠", "general", [
                ("少抄、估抄实际用水量，收受用水企业好处", "思想道德风险", "Ⅰ级", "抄表片区定期轮换，稽查组每月随机抽查。"),
                ("城郊村、社区水费代收不入账", "岗位职责风险", "Ⅰ级", "水费一律进入公司账户，代收票据连号管理。"),
            ]),
            ("收费员", "聂杳苡", "general", [
                ("收取现金不开票据，截留水费", "业务流程风险", "Ⅱ级", "收费日清日结，财务部每日对账。"),
            ]),
        ]),
        ("三、管网维修部", "管网维修部", [
            ("经理", "冼榛皎", "middle", [
                ("维修材料领用和工程量虚报", "制度机制风险", "Ⅱ级", "维修材料按单领用，旧件回收登记。"),
            ]),
            ("维修工", "甄楫珣", "general", [
                ("为用户私接管道、移表收取费用", "思想道德风险", "Ⅲ级", "接管移表一律到营业厅办理，设监督电话。"),
            ]),
        ]),
        ("四、财务部", "财务部", [
            ("会计", "邰箬昀", "general", [
                ("水费减免、退费审核不严", "岗位职责风险", "Ⅲ级", "减免退费凭审批单办理，每季度公示。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "总经理（签字）：", None, None)
    return _layout(
        "huaying_water_supply_groups", "http://jqdstudio.net/ssjj/ssjjhuanqiu/2022-03-27/159944.html",
        "县级市 自来水有限公司 岗位廉洁风险防控一览表, after the source's 市自来水有限公司 抄表员 窝案 (少抄实际用水量, 用水企业, "
        "社区, 城郊村, 管网漏损率, 水费收缴): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年7月`` line, "
        "then 序号/岗位/姓名/廉洁风险点/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、公司领导``, "
        "``二、营业收费部``, ``三、管网维修部``, ``四、财务部`` merged across (no 部门 column); 岗位 and 姓名 merged per person; a "
        "填表人/审核人/总经理（签字） line",
        [sh], t,
    )  # fmt: skip


def huaying_bus_cards() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "总经理", "靳霈翥", "公司领导", "leader", [
            ("新能源公交车和充电设施采购由个人决定", "★★★", "车辆和设施采购公开招标，方案经党支部会、总经理办公会研究。"),
            ("首末站、候车亭建设项目指定施工单位", "★★★", "建设项目按限额标准招标，结算送审。"),
            ("驾驶员招聘和岗位调整优亲厚友", "★★", "招聘条件和结果公示，岗位调整集体研究。"),
        ]),
        ("科长", "科长", "羊砚泷", "机务保障科", "middle", [
            ("车辆配件采购指定供应商，收受回扣", "★★★", "配件集中采购，三家以上比价，采购与验收分离。"),
            ("修理厂维修工时和材料虚报", "★★", "维修工单逐车登记，旧件回收，每月抽查。"),
        ]),
        ("车队长", "车队长", "栾曦荪", "一车队", "middle", [
            ("排班和线路分配优亲厚友，收受驾驶员好处", "★★", "排班规则公开，排班表每周公示。"),
            ("票款清点中短款不报、截留票款", "★", "票款清点双人操作，全程视频监控。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, post, who, dept, tier, points in cards:
        sh = _Sheet(tab, [8, 38, 10, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        r = sh.add("所在科室", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人签字：", None, "监督电话：0826-4812388", None)
        sheets.append(sh)
    return _layout(
        "huaying_bus_cards", "http://jiisaa.cn/Article/lists/cateid/31.html",
        "县级市 公共交通有限公司 岗位廉洁风险防控卡, one sheet a holder (tabs 总经理, 科长, 车队长), after the source's 县级市 "
        "公共交通有限公司 returned to state ownership (综合办公室, 计划财务科, 营运服务科, 机务保障科, 一车队, 二车队, 修理厂, "
        "新能源公交车, 首末站, 候车亭): a title, ``姓　名 | … | 职　务 | …`` in one row of pairs, ``所在科室 | …`` merged across, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def huaying_hospital_selfchecks() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    people = [
        ("蒲韫珈", "院领导", "院长", "leader", [
            ("重大工程建设和设备采购个人说了算", "制度机制", "高风险", "重大事项院党委会集体研究，会议纪要存档。", "已整改"),
            ("药品、耗材进院打招呼，插手供应商选定", "思想道德", "高风险", "药品耗材遴选由药事委员会集体评审，院长不参与具体品种。", "已落实"),
        ]),
        ("璩溦昶", "院领导", "副院长", "leader", [
            ("设备安装、验收和设备款拨付中关照供应商", "岗位职责", "高风险", "设备验收使用科室、设备科、审计科共同参与，付款按合同节点。", "未发现问题"),
            ("住院楼建设中默许变更签证", "业务流程", "中风险", "变更签证经跟踪审计审核，重大变更院务会研究。", "已落实"),
        ]),
        ("卞翊笙", "内一科", "科主任", "middle", [
            ("向患者推销代理商的药品，收取推广费", "外部环境", "高风险", "重点监控药品处方点评，异常用量约谈。", "已整改"),
            ("诱导患者使用高值耗材", "岗位职责", "中风险", "高值耗材使用登记，每月统计分析。", "已落实"),
        ]),
        ("宦珏澂", "信息科", "网络管理员", "general", [
            ("违规查询、提供医生用药数据，收取“统方费”", "业务流程", "高风险", "统方权限分级，查询全程留痕，日志每月审计。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年7月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "科室负责人意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "huaying_hospital_selfchecks", "https://soolun.net/periodical/776622c322c0f76b524fa2dea13c89c8.html",
        "县级市 人民医院 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's 县人民医院院长 "
        "who took kickbacks on 药品器械 采购 and 医院建楼 (the source was changed after measurement: batch 303, built "
        "at the same time, cited the first one; the layout is unchanged): a title, a LABEL ROW ``姓　名 | 科　室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; a blank row and ``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def huaying_state_assets_two_sheets() -> dict:
    unit = f"{PLACE}国有资产经营有限公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 8, 18, 36, 13, 8, 32])
    _line(lead, f"{unit}公司领导廉洁风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("敖蕤沣", "董事长", "主持全面工作，分管投资和人事", [
            ("投融资决策“一言堂”，集体决策流于形式", "制度机制风险", "一级", "投融资事项先论证后决策，董事会集体表决。"),
            ("干部选聘中搞带病提拔、任人唯亲", "思想道德风险", "二级", "选聘程序全程纪实，任前公示。"),
        ]),
        ("糜琮翊", "总经理", "主持经营工作，分管财务和资产", [
            ("投资项目可行性论证走过场", "业务流程风险", "一级", "可行性研究报告经专家评审，风险评估报告存档。"),
            ("对外担保、借款不经集体研究", "岗位职责风险", "一级", "对外担保、借款一律董事会研究并报国资部门。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年7月", None, None)
    dept = _Sheet("职能部门", [6, 12, 9, 9, 36, 13, 8, 32])
    _line(dept, f"{unit}职能部门岗位廉洁风险防控表", 8)
    dept.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("投资发展部", "部长", "郗枞岚", "middle", [
            ("项目测算数据失真，为关系企业量身定制投资方案", "岗位职责风险", "一级", "测算数据经财务、审计部门复核。"),
            ("投资项目后评价不开展、不如实报告", "制度机制风险", "三级", "建立投资项目后评价制度，结果报董事会。"),
        ]),
        ("审计法务部", "部长", "钮芾菁", "middle", [
            ("合同审查不严，条款明显有利于对方", "业务流程风险", "二级", "合同会签，重大合同法律顾问审查。"),
        ]),
        ("财务部", "会计", "满鸾漪", "general", [
            ("虚列费用，账外设账", "岗位职责风险", "一级", "会计凭证三级审核，年度外部审计。"),
            ("票据审核把关不严", "思想道德风险", "三级", "报销实行经办、审核、审批三签。"),
        ]),
        ("综合部", "主任", "扈澍晗", "middle", [
            ("办公用品和公务接待超标准", "外部环境风险", "二级", "接待事前审批，费用每季度公示。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "huaying_state_assets_two_sheets", "http://m.zgkjsz.com/page/2022/0206/16614301.shtml",
        "县级市 国有资产经营有限公司 廉洁风险防控表 in two sheets, after the source's 座谈 on 国有投融资平台公司 腐败 (一把手, "
        "重要岗位, 投融资决策, 集体决策流于形式, 可行性论证, 风险评估, 后评估): ``公司领导`` (a title, 序号/姓名, 职务 and 分管工作 "
        "merged per leader/风险点/风险类别 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and "
        "``职能部门`` (a title, 序号/部门 merged (投资发展部, 审计法务部, 财务部, 综合部)/岗位 and 姓名 merged per person/…; a "
        "填表人/审核人/董事长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def huaying_trading_center_duties() -> dict:
    unit = f"{PLACE}公共资源交易服务中心"
    sh = _Sheet("责任清单", [6, 12, 11, 9, 16, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "滑翥岚", "leader", "交易项目进场审核", "为不符合进场条件的项目打招呼放行", "高级",
         "进场条件清单化，审核意见集体会签。"),
        ("中心领导", "副主任", "乜湛蘅", "leader", "评标区管理", "违规进入评标区或授意评标专家倾向投标人", "高级",
         "评标区全程音视频监控，出入登记。"),
        ("交易服务股", "股长", "帅楫溦", "middle", "资格预审", "资格预审中人为干预，排斥潜在投标人", "高级",
         "资格预审条件公开，审查结果公示。"),
        ("交易服务股", "股长", "帅楫溦", "middle", "招标文件备案", "对设置倾向性条款的招标文件不提示、不纠正", "中级",
         "招标文件备案实行双人审查，问题条款书面告知。"),
        ("交易服务股", "见证员", "荆皎砺", "general", "开标评标见证", "见证中对串标、围标迹象不记录、不报告", "中级",
         "见证记录当场签字，异常情况即时上报。"),
        ("信息股", "系统管理员", "蓟苡澈", "general", "交易系统维护", "泄露投标人名单和报价信息", "高级",
         "系统权限分级，操作日志每周审计。"),
        ("综合股", "档案管理员", "芮沣翎", "general", "交易档案管理", "擅自借阅、涂改交易档案", "低级",
         "档案借阅审批登记，归档资料编号管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, who, duty, point, lv, measures)
        t.point(sh.name, d, post, who, tier, point, [], RANKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "主任：", None, None)
    return _layout(
        "huaying_trading_center_duties", "https://360docs.net/doc/0c6572643.html",
        "县级市 公共资源交易服务中心 廉政风险防控责任清单, after the source's 招标采购部 廉政风险点 (资格预审中的人为干预, 招标文件 "
        "编制不规范, 招标评审 徇私舞弊, 评标机制): ``附件2``, a title, 序号/股室 merged (中心领导, 交易服务股, 信息股, 综合股)/"
        "岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 ``高级/中级/低级``/防控措施; no type column; a "
        "blank row and a 填报人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def huaying_media_center_posts() -> dict:
    unit = f"{PLACE}融媒体中心"
    sh = _Sheet("排查表", [6, 11, 10, 18, 38, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead = "中心领导"
    rows = [
        (lead, "主任", "leader", "广告经营决策", "广告代理公司由个人指定，广告费低价结算", "制度机制风险", "一级风险",
         "广告代理公开比选，价格标准集体研究。"),
        (lead, "副主任", "leader", "设备采购审批", "播出设备采购中倾向特定品牌", "岗位职责风险", "二级风险",
         "设备采购参数论证，进场公开采购。"),
        ("新闻部", "主任", "middle", "新闻稿件审核", "收受好处安排有偿新闻或压稿", "思想道德风险", "一级风险",
         "稿件三审三校，有偿新闻举报电话公开。"),
        ("新闻部", "记者", "general", "采访报道", "采访中接受采访对象礼品、礼金", "外部环境风险", "二级风险",
         "采访两人以上，拒收登记。"),
        ("广告经营部", "主任", "middle", "广告合同签订", "合同价格与刊例价不符，私下返点", "业务流程风险", "一级风险",
         "合同会签，刊例价执行情况每季度审计。"),
        ("广告经营部", "业务员", "general", "广告费收取", "收取广告费不入账，公款私存", "岗位职责风险", "二级风险",
         "广告费一律进入中心账户，票据连号管理。"),
        ("技术部", "主任", "middle", "设备维修", "维修项目虚报，维修费用不实", "业务流程风险", "三级风险",
         "维修项目登记，旧件回收，费用审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("制表：中心办公室", None, None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "huaying_media_center_posts", "https://m.sboyo.com/1/325760.html",
        "县级市 融媒体中心 廉政风险点排查表 对岗不对人, after the source's 市电视台 as a 事业单位 (新闻部, 专题部, 技术部, 广告收入, "
        "节目制作): a title, then 序号/部门 merged (中心领导, 新闻部, 广告经营部, 技术部)/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; a ``制表：中心办公室 | "
        "审核： | 2025年7月`` line",
        [sh], t,
    )  # fmt: skip


def huaying_office_affairs_every_row() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("防控表", [6, 13, 9, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "谌昀瀚", "leader", "闲置房产出租、处置不经集体研究", "制度机制", "Ⅰ",
         "闲置房产盘活方案集体研究，公开竞价出租。"),
        ("中心领导", "主任", "谌昀瀚", "leader", "办公用房调配中超标准配置", "岗位职责", "Ⅱ", "用房按标准核定，调配结果公示。"),
        ("中心领导", "副主任", "牟蕤筠", "leader", "维修改造项目化整为零规避招标", "业务流程", "Ⅰ", "维修项目按限额标准招标，结算送审。"),
        ("公务用车服务股", "股长", "冀珣泷", "middle", "闲置公车处置价格偏低，变卖给关系人", "外部环境", "Ⅰ",
         "公车处置先评估，进场公开拍卖。"),
        ("公务用车服务股", "驾驶员", "巩晞棠", "general", "公车私用，虚报加油、维修费用", "思想道德", "Ⅱ",
         "车辆定位监控，加油维修一车一档。"),
        ("资产管理股", "股长", "柏澍芊", "middle", "国有资产账实不符，闲置不报", "岗位职责", "Ⅱ", "资产每年清查盘点，闲置资产建台账。"),
        ("资产管理股", "股长", "柏澍芊", "middle", "废旧物资处置不登记，处置收入不入账", "业务流程", "Ⅲ",
         "废旧物资处置登记，收入上缴财政。"),
        ("财务股", "会计", "禄枞湘", "general", "虚列支出，套取公用经费", "岗位职责", "Ⅱ", "支出凭证三级审核，公用经费专账核算。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "huaying_office_affairs_every_row", "https://cj.sina.com.cn/articles/view/5044281310/12ca99fde02002871a",
        "县级市 机关事务服务中心 岗位廉政风险防控表, after the source's 纪检监察机关 on 国有资产闲置 (闲置房产 竞价盘活, 公车闲置 "
        "变卖, 废旧物资 丢失, 基础设施项目 资产处置): a title, then 序号/部门/岗位/姓名 written on EVERY row (no merges; 中心领导, "
        "公务用车服务股, 资产管理股, 财务股)/风险点/风险类别 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on "
        "the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huaying_urban_investment_area_prefix(),
    huaying_water_supply_groups(),
    huaying_bus_cards(),
    huaying_hospital_selfchecks(),
    huaying_state_assets_two_sheets(),
    huaying_trading_center_duties(),
    huaying_media_center_posts(),
    huaying_office_affairs_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch304-inbox"))
