"""The six-hundred-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's tourism
bodies, 凉城县 (of 乌兰察布市, 内蒙古) — the 岱海旅游区管理委员会, its 景区管理处, the 岱海旅游开发有限责任公司,
the 岱海游客服务中心, the 旅游市场综合执法大队, the 岱海景区门票管理站, the 岱海温泉度假区服务中心 and the
老虎山生态旅游景区管理所 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 景区管理处's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no
  type column;
- the 旅游开发有限责任公司's 一览表 in TWO SHEETS ``公司领导`` and ``部门``, 高/中/低, ``…风险`` types;
- the 游客服务中心's 排查表 对岗不对人 (no names), ``高风险/中风险/低风险``, short types;
- the 旅游市场综合执法大队's 防控卡, one sheet a person, ``★★★/★★/★`` read by a ``注：`` line;
- the 门票管理站's 清单 under GROUP ROWS ``一、站领导`` …, ``一级风险/二级风险/三级风险``;
- the 温泉度假区服务中心's 自查表, one sheet a person (label row over a row of values), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 老虎山景区管理所's 登记表 under ``附件3`` and a 填报单位 line, ``部门 | 岗位 | 责任人`` on every
  row, 一级/二级/三级, a ``注：`` line and a sign-off line.

One is harder:

- ``liangcheng_daihai_committee_level_rows``: the 管理委员会's 领导班子廉政风险防控表 with ``姓名 | 职务``
  merged down each leader's block and NO level column: inside each block the ``廉政风险点`` column
  carries LEVEL SUB-ROWS (``【高风险】``, ``【中风险】``, ``【低风险】``, merged across 廉政风险点 | 防控措施,
  no 序号) and every point row under such a sub-row has that level, down to the next sub-row or the
  end of the block; a ``注：`` line says so. The README's 读得懂的表 knows group rows that give the
  科室, the work matter or the holder, levels as fill colour, typeface or a note by 序号, points in
  level order with per-holder counts; it does not describe level sub-rows inside the holders'
  merged blocks.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe tourism and scenic-area oversight in prose (巡察整改 of a
风景名胜区 党工委; the four 旅游腐败 重灾区 — 景区评级, 资质评定, 专项资金, 旅游地产; 廉洁文化进景区 and
景区 乱收费; “带病经营” 景区 and 私设功德箱; 4A 景区 警告 for 游客中心 and 停车场 管理; 干部 免票进景区;
5A 景区 摘牌 for 擅自改票价; 自驾车 上山 乱收费) and the layout follows their words. The rows are
worded by us, the names invented (the rare surnames 闫 and 储 with rare given names); every unit is
a body of 凉城县.

Run ``python tests/published/score.py --set batch647`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a level sub-row is no point and names no holder; it gives its level to every
  point row under it in the same block; the 管委会's leaders have no 科室;
- ``班子成员``, ``站领导``, ``公司领导``, ``中心领导`` are the 科室 of those leaders where a 科室 cell or
  group row says so; 主任, 副主任, 处长, 总经理, 副总经理, 大队长, 站长, 所长 leaders; 科长, 部长, 队长,
  中队长 middle; the rest general;
- the 游客服务中心's list names no person: its forms are posts (对岗不对人);
- every grade word of the batch (一级…, 高/中/低, 高风险…, ★★★…, 一级风险…, Ⅰ级…) is 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b647_"
PLACE = "凉城县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SUBROWS = {"【高风险】": 1, "【中风险】": 2, "【低风险】": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (姓名, 职务, {level sub-row: [(廉政风险点, 防控措施)]})
COMMITTEE = [
    ("闫珣翀", "主任", {
        "【高风险】": [
            ("景区基础设施项目发包中插手干预，指定施工单位", "项目一律进入公共资源交易平台，党工委会集体研究。"),
            ("景区经营权出让、特许经营协议签订中利益输送", "经营权出让经资产评估，公开竞价。"),
        ],
        "【中风险】": [
            ("A级景区创建评定资料弄虚作假", "创建材料逐项核实，接受自治区暗访复核。"),
        ],
        "【低风险】": [
            ("节假日接受经营户宴请、礼品", "节前廉洁提醒，签订廉洁承诺书。"),
        ],
    }),
    ("储沚崟", "副主任", {
        "【高风险】": [
            ("景区门票收入截留、坐支", "门票收入每日解缴财政专户，电子票务系统对账。"),
        ],
        "【中风险】": [
            ("批条免票、签单进入景区", "免票一律按政策执行，免票登记每月公开。"),
            ("旅游专项资金申报虚报项目", "申报项目实地核查，资金拨付按进度。"),
        ],
    }),
    ("闫玙蘅", "副主任", {
        "【中风险】": [
            ("景区内违章搭建查处不力，选择性执法", "违建查处全程记录，处理结果公示。"),
        ],
        "【低风险】": [
            ("景区商户摊位安排优亲厚友", "摊位公开招租，抽签确定位置。"),
            ("游船、游乐项目安全检查走过场", "安全检查双人同行，问题清单销号。"),
        ],
    }),
]  # fmt: skip


def liangcheng_daihai_committee_level_rows() -> dict:
    unit = f"{PLACE}岱海旅游区管理委员会"
    sh = _Sheet("班子成员", [6, 10, 9, 42, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子廉政风险防控表", 5)
    _line(sh, f"填报单位：{unit}党政办公室{GAP * 12}2025年5月", 5)
    sh.add("序号", "姓名", "职务", "廉政风险点", "防控措施")
    n = 0
    for who, post, bands in COMMITTEE:
        first = len(sh.rows)
        for shown, points in bands.items():
            r = sh.add(None, who, post, shown, None)
            sh.merge(r, 3, r, 4)
            for point, measures in points:
                n += 1
                sh.add(n, who, post, point, measures)
                t.point(sh.name, "", post, who, "leader", point, [], SUBROWS[shown])
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1])])
    _line(
        sh,
        "注：各领导名下的风险点按风险等级分段填写，【高风险】【中风险】【低风险】行以下至下一分段行的风险点为该等级。",
        5,
    )
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：")
    return _layout(
        "liangcheng_daihai_committee_level_rows", "http://www.ndjc.gov.cn/xcgz/bjxsxcqk/202511/t20251112_2411416.htm",
        "(harder) 旅游区管理委员会 领导班子廉政风险防控表, after the source's 风景名胜区 党工委 巡察整改 通报 (班子成员, 管委会 "
        "各处室, 整改专班): a title, a merged 填报单位/date line, 序号/姓名/职务/廉政风险点/防控措施, 姓名 and 职务 merged "
        "down each leader's block; NO level column: inside each block LEVEL SUB-ROWS ``【高风险】``/``【中风险】``/"
        "``【低风险】`` (merged across 廉政风险点 and 防控措施, no 序号) give their level to the point rows under them; a "
        "``注：`` line saying so and a sign-off line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liangcheng_scenic_office_list() -> dict:
    unit = f"{PLACE}岱海旅游区景区管理处"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "储翯昉", "leader", "景区环境整治项目验收不严，虚增工程量", "一级", "验收邀请审计、纪检人员参加。"),
        ("处领导", "处长", "储翯昉", "leader", "景区停车场经营外包暗箱操作", "一级", "外包事项公开招标，合同备案。"),
        ("综合科", "科长", "闫岷翾", "middle", "景区物资采购不比价", "二级", "采购三家比价，验收双人签字。"),
        ("综合科", "科员", "储沅珂", "general", "办公用品出入库不登记", "三级", "出入库台账每月盘点。"),
        ("秩序管理科", "科长", "闫昳峤", "middle", "对景区内无证经营、强买强卖查处不力", "二级", "巡查记录存档，投诉限时办结。"),
        ("秩序管理科", "巡查员", "储芃琨", "general", "巡查中收受商户好处，放任占道经营", "二级", "巡查两人一组，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "liangcheng_scenic_office_list", "http://www.yingtao855.com/pinglun/n1/2016/0804/c241220-28612055.html",
        "景区管理处 岗位廉政风险防控一览表, after the source's comment on the 旅游 “蛋糕” (景区评级, 资质评定, 专项扶持资金, "
        "旅游地产): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def liangcheng_tourism_company_two_sheets() -> dict:
    unit = f"{PLACE}岱海旅游开发有限责任公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 10, 40, 14, 8, 34])
    _line(lead, f"{unit}公司领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("闫峣翊", "总经理", [
            ("游客中心改造项目设计变更频繁，虚增造价", "制度机制风险", "高", "设计变更经总经理办公会集体研究。"),
            ("对外合作项目中为关联公司谋利", "思想道德风险", "高", "合作项目公开遴选，关联交易回避。"),
        ]),
        ("储珩岚", "副总经理", [
            ("景区营销费用虚列支出", "业务流程风险", "中", "营销费用凭合同和效果评估报销。"),
            ("旅行社返利结算不规范", "岗位职责风险", "中", "返利政策公开，结算对公转账。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("部门", [6, 12, 10, 10, 38, 14, 8, 32])
    _line(dept, f"{unit}部门岗位廉政风险防控一览表", 8)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("财务部", "部长", "闫霂珧", "middle", "门票、游船收入不及时入账", "业务流程风险", "高", "收入日清日结，票务系统与账面核对。"),
        ("财务部", "出纳", "储旻翚", "general", "现金保管不当，公款私存", "岗位职责风险", "中", "现金限额管理，定期盘点。"),
        ("运营部", "部长", "闫滢岑", "middle", "游乐项目承包人选择不公开", "制度机制风险", "中", "承包人公开招募，结果公示。"),
        ("运营部", "票务员", "储琰昶", "general", "倒卖门票、重复使用已检票", "思想道德风险", "低", "电子票一票一码，检票数据每日比对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("编制：综合办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "liangcheng_tourism_company_two_sheets", "http://furuntx.com/p/114601.html",
        "县旅游开发公司 廉政风险防控一览表 in TWO SHEETS, after the source's 廉洁文化进景区 (游客服务中心, 停车场, 乱收费、"
        "乱罚款): sheet 公司领导 with 姓名/职务 merged per leader, sheet 部门 with 部门 merged and 岗位/姓名 merged per "
        "person; 廉政风险点, 风险类型 ``…风险``, 风险等级 高/中/低, 防控措施",
        [lead, dept], t,
    )  # fmt: skip


def liangcheng_visitor_centre_posts() -> dict:
    unit = f"{PLACE}岱海游客服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "游客中心功能区出租不公开", "制度机制", "高风险", "出租事项集体研究，公开招租。"),
        ("中心领导", "主任", "leader", "投诉处理中偏袒经营户", "岗位职责", "中风险", "投诉受理登记，处理结果回访。"),
        ("服务科", "科长", "middle", "讲解员排班、讲解费分配不公", "业务流程", "中风险", "排班表公开，讲解费按单结算。"),
        ("服务科", "讲解员", "general", "私自带客、收取导购回扣", "思想道德", "高风险", "严禁带客购物，游客评价抽查。"),
        ("服务科", "咨询员", "general", "向游客推荐指定商户、收取好处", "外部环境", "低风险", "推荐信息统一公示，不得私荐。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "liangcheng_visitor_centre_posts", "http://m.dubaishan.com/news/guonei/2016-05-01/694018.html",
        "游客服务中心 岗位廉政风险排查表 对岗不对人, after the source's 4A 景区 警告 (游客中心功能不完善, 停车场管理混乱, "
        "工作人员不着工装): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def liangcheng_enforcement_cards() -> dict:
    unit = f"{PLACE}旅游市场综合执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "闫昉翚", "大队长", "主持大队全面工作", "leader", [
            ("对景区乱收费、欺诈游客案件压案不查", "★★★", "案件集体审理，办理情况定期通报。"),
            ("行政处罚自由裁量权滥用", "★★★", "严格执行裁量基准，重大处罚法制审核。"),
            ("接受被检查单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("中队长", "储峤瑄", "中队长", "负责岱海景区片区执法", "middle", [
            ("执法检查中通风报信", "★★", "检查任务临时下达，双人执法。"),
            ("对自驾车违规收费投诉处理不及时", "★★", "投诉限时办结，结果回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "liangcheng_enforcement_cards", "http://law.hebei.com.cn/system/2014/05/23/013416742.shtml",
        "旅游市场综合执法大队 廉政风险防控卡, one sheet a person, after the source's 风景区 自驾车上山乱收费 (管理人员串通导游, "
        "彻查, 从严处罚): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def liangcheng_ticket_station_group_rows() -> dict:
    unit = f"{PLACE}岱海景区门票管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "储玘翾", "leader", [
                ("擅自调整门票价格或打包加价", "一级风险", "票价调整报价格主管部门审批并公示。"),
                ("免票、优惠票审批不按政策", "一级风险", "优惠票凭证件办理，审批单存档。"),
            ]),
        ]),
        ("二、票务组", "票务组", [
            ("组长", "闫沄翊", "middle", [
                ("票务系统数据擅自修改", "二级风险", "系统操作权限分级，日志留存。"),
            ]),
            ("售票员", "储泠琤", "general", [
                ("收现不出票、少出票", "二级风险", "推行电子支付，监控全覆盖。"),
                ("私自放人进入景区", "三级风险", "检票口人脸核验，抽查比对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "liangcheng_ticket_station_group_rows", "https://www.axyjyo.cn/c/2015-10-20/600799_2.shtml",
        "景区门票管理站 廉政风险防控责任清单, after the source's 5A 景区 摘牌 (擅自更改门票价格, 巡查, 三权不分): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、票务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def liangcheng_hotspring_selfchecks() -> dict:
    unit = f"{PLACE}岱海温泉度假区服务中心"
    t = _Truth(unit)
    people = [
        ("闫璟峄", "中心领导", "主任", "leader", [
            ("度假区招商引资中承诺违规优惠", "Ⅰ级", "招商协议经法律顾问审查、集体研究。", "已落实"),
            ("温泉水资源使用费减免不按规定", "Ⅱ级", "减免事项按程序报批并公示。", "未发现问题"),
        ]),
        ("储翊沨", "经营管理科", "科长", "middle", [
            ("经营户年度考核打人情分", "Ⅱ级", "考核指标量化，结果公示。", "已落实"),
            ("对私设功德箱、高价香烛查处不力", "Ⅰ级", "每月专项巡查，发现一处处理一处。", "已落实"),
            ("温泉经营场所安全检查走过场", "Ⅲ级", "检查记录双人签字，问题限期整改。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "liangcheng_hotspring_selfchecks", "http://m.hokaitech.com/hnfw/hnfwxy/20170511/t20170511_523750310.shtml",
        "度假区服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's “带病经营” 景区 "
        "(私设功德箱, 安全隐患, 整改不力): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def liangcheng_laohushan_register() -> dict:
    unit = f"{PLACE}老虎山生态旅游景区管理所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "闫翚岍", "leader", "景区步道修缮工程化整为零规避招标", "一级", "维修项目按限额报批，公开比选。"),
        ("所领导", "所长", "闫翚岍", "leader", "干部及亲友免票进景区形成惯例", "二级", "免票名单登记公开，严禁签单。"),
        ("资源保护股", "股长", "储峄沅", "middle", "林地占用、景区内建设审核把关不严", "一级", "审核意见集体会商，现场核查。"),
        ("资源保护股", "护林员", "闫琤旻", "general", "对盗伐林木、私搭乱建隐瞒不报", "三级", "巡护轨迹定位上传。"),
        ("财务股", "会计", "储瑄峣", "general", "报账单据审核不严，虚列支出", "二级", "单据经办、证明、审批三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "liangcheng_laohushan_register", "https://news.sohu.com/20080728/n258413806.shtml",
        "景区管理所 廉政风险点排查登记表, after the source's 镇干部 不买票进景区 (免票招待, 签单免票, 门票损失): ``附件3``, a "
        "title, a merged 填报单位（盖章）/填报时间 line, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    liangcheng_daihai_committee_level_rows(),
    liangcheng_scenic_office_list(),
    liangcheng_tourism_company_two_sheets(),
    liangcheng_visitor_centre_posts(),
    liangcheng_enforcement_cards(),
    liangcheng_ticket_station_group_rows(),
    liangcheng_hotspring_selfchecks(),
    liangcheng_laohushan_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch647-inbox"))
