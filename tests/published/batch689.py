"""The six-hundred-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's housing
security and housing provident fund bodies, 突泉县 (of 兴安盟, 内蒙古) — its 住房和城乡建设局,
保障性住房服务中心, 房产交易所, 房产管理所, 房地产市场服务中心, 房屋征收与补偿服务中心 and
物业管理服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed,
and one harder:

- ``tuquan_fund_office_holder_in_page_header``: the 住房公积金管理部's 岗位廉政风险防控表, one
  sheet a person on tabs left as ``Sheet1``…``Sheet3``, every sheet the same template: the title
  ``突泉县住房公积金管理部岗位廉政风险防控表`` in the cells, ``序号 | 风险点 | 风险等级 | 防控措施``,
  a ``注：`` line and a ``本人签字：`` line left blank; the 科室, 岗位 and 姓名 of the sheet's holder
  stand ONLY in the sheet's printed page header (页眉: left ``科室：归集信贷科``, right
  ``岗位：科长　姓名：泮某某``), as a unit's template with the person set in 页面设置 prints them on
  every page. The README's 读得懂的表 knows a TITLE printed only in the page header; it does not
  describe the holder, post or 科室 written in the page header.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 泮 and 堵
with rare given names); every unit is a body of 突泉县.

Run ``python tests/published/score.py --set batch689`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file the page header's 科室, 岗位 and 姓名 are the sheet's holder;
``一级/二级/三级``, 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` are 1/2/3;
局领导 and each body's 主任/所长 are leaders, 股长/科长 middle, the rest general; the 排查表 names no
person (对岗不对人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``, the harder
file's page headers set afterwards with openpyxl) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b689_"
PLACE = "突泉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (tab, 科室, post, name, tier, [(风险点, 等级, 防控措施)])
FUND = [
    ("Sheet1", "归集信贷科", "科长", "泮翀璘", "middle", [
        ("个人住房公积金贷款审批降低首付比例要求", "高风险", "贷款审批实行初审、复审、终审三级把关。"),
        ("为不符合条件的职工违规办理贷款", "高风险", "贷款资格信息系统自动校验，人工不得跳过。"),
        ("缴存基数调整审核不严，虚高缴存", "中风险", "缴存基数与工资台账比对。"),
    ]),
    ("Sheet2", "归集信贷科", "信贷员", "堵蕤珈", "general", [
        ("贷款材料审查走过场，收受中介好处", "高风险", "禁止与中介私下接触，材料全程留痕。"),
        ("抵押登记手续未办结即放款", "中风险", "放款前核验不动产抵押登记证明。"),
        ("逾期贷款催收不及时", "低风险", "逾期台账按月通报。"),
    ]),
    ("Sheet3", "财务核算科", "会计", "泮甯沣", "general", [
        ("住房公积金提取支付审核不严，违规提取", "高风险", "提取业务系统校验并双人复核。"),
        ("增值收益核算不实", "中风险", "增值收益按季对账，接受审计。"),
        ("银行专户资金对账不及时", "低风险", "专户资金每月对账并签字确认。"),
    ]),
]  # fmt: skip


def tuquan_fund_office_holder_in_page_header() -> dict:
    unit = f"{PLACE}住房公积金管理部"
    t = _Truth(unit)
    sheets, headers = [], {}
    for tab, dept, post, who, tier, points in FUND:
        sh = _Sheet(tab, [6, 40, 10, 40])
        _line(sh, f"{unit}岗位廉政风险防控表", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, m) in enumerate(points, 1):
            sh.add(i, point, lv, m)
            t.point(tab, dept, post, who, tier, point, [], HIGHS[lv])
        _line(sh, "注：风险等级分为高风险、中风险、低风险三级。", 4)
        sh.add("本人签字：", None, "年　月　日", None)
        sheets.append(sh)
        headers[tab] = (f"科室：{dept}", "", f"岗位：{post}{GAP}姓名：{who}")
    lay = _layout(
        "tuquan_fund_office_holder_in_page_header", "http://shenkongzuanchuang.com/tags/珠海住房公积金提取政策规定最新.html",
        "(harder) 县住房公积金管理部 岗位廉政风险防控表, after the source's 住房公积金提取政策 (提取条件, 审核, 支付): one "
        "sheet a person on tabs ``Sheet1``…``Sheet3``, the same template each: a title in the cells, "
        "``序号 | 风险点 | 风险等级 | 防控措施``, a ``注：`` line and a blank ``本人签字：`` line; the holder's 科室, 岗位 "
        "and 姓名 ONLY in the printed page header (页眉 left ``科室：…``, right ``岗位：…　姓名：…``); "
        "``高风险/中风险/低风险``",
        sheets, t,
    )  # fmt: skip
    lay["page_headers"] = headers
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def tuquan_bureau_list() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "堵棽骐", "leader", "保障性住房建设项目招标插手干预", "一级", "项目一律进入公共资源交易平台公开招标。"),
        ("局领导", "局长", "堵棽骐", "leader", "保障房建材采购指定供应商", "一级", "建材采购备案，质量责任可追溯。"),
        ("住房保障股", "股长", "泮蓁樾", "middle", "保障对象资格审核把关不严", "二级", "资格审核三级审核、两次公示。"),
        ("住房保障股", "股长", "泮蓁樾", "middle", "房源分配优亲厚友", "一级", "房源分配公开摇号，纪检人员现场监督。"),
        ("住房保障股", "科员", "堵翊窈", "general", "保障资金拨付台账登记不实", "二级", "资金专户管理，按月对账。"),
        ("计划财务股", "会计", "泮鋆翮", "general", "工程款审核支付不按合同进度", "三级", "工程款凭监理签认的进度报表支付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, lv, m)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tuquan_bureau_list", "http://www.jsycjw.gov.cn/a/fLUjayGGaP",
        "县住房和城乡建设局 岗位廉政风险防控一览表, after the source's 保障性住房廉政风险防范管理 (项目建设, 资格审核, 房源分配, "
        "资金管理): ``附件1``, a title, 科室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``, no type column; a "
        "制表/审核 line",
        [sh], t,
    )  # fmt: skip


def tuquan_security_centre_posts() -> dict:
    unit = f"{PLACE}保障性住房服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "保障房租金减免审批个人决定", "制度机制风险", "高", "减免事项集体研究并公示。"),
        ("中心领导", "主任", "leader", "维修工程发包暗箱操作", "外部环境风险", "高", "维修工程比选发包。"),
        ("租赁管理科", "科长", "middle", "租金收缴不入账，坐收坐支", "业务流程风险", "中", "租金统一进入财政专户。"),
        ("租赁管理科", "管理员", "general", "承租人动态复核走过场", "岗位职责风险", "中", "年度复核入户核查并留存影像。"),
        ("租赁管理科", "管理员", "general", "违规转租转借查处不力", "思想道德风险", "低", "定期巡查，违规线索登记销号。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, m)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "tuquan_security_centre_posts", "http://fengdujob.net/go/保障性住房资金监管办法.html",
        "县保障性住房服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 保障性住房资金监管 (租金, 专户, 拨付): 科室 "
        "and 岗位 merged, ``…风险`` types, 高/中/低, no names",
        [sh], t,
    )  # fmt: skip


def tuquan_exchange_cards() -> dict:
    unit = f"{PLACE}房产交易所"
    t = _Truth(unit)
    cards = [
        ("所长", "堵琤翙", "所长", "主持全面工作", "leader", [
            ("商品房预售许可审查放宽条件", "★★★", "预售许可集体审查，结果公示。"),
            ("预售资金监管账户支取审批不严", "★★", "资金支取按工程节点核拨。"),
        ]),
        ("受理员", "泮旻珏", "受理员", "交易合同网签备案受理", "general", [
            ("网签备案材料审核不严，违规备案", "★★★", "备案材料系统比对并双人复核。"),
            ("为中介插队办理收受好处", "★★", "排队叫号，窗口全程录像。"),
            ("泄露交易当事人信息", "★", "查询权限分级，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, m) in enumerate(items, 1):
            sh.add(i, point, stars, m)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "tuquan_exchange_cards", "https://qikanwang.net/thesis/view/6292559",
        "县房产交易所 防控卡, one sheet a person, after the source's 房地产交易中心风险防控 (存量房交易, 流程监管, 轮岗): "
        "``姓　名 | … | 职　务 | …``, a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def tuquan_expropriation_selfchecks() -> dict:
    unit = f"{PLACE}房屋征收与补偿服务中心"
    t = _Truth(unit)
    people = [
        ("堵钤岚", "中心领导", "主任", "leader", [
            ("征收补偿方案制定有倾向性", "Ⅰ级", "补偿方案征求意见并公开。", "已落实"),
            ("评估机构选定暗箱操作", "Ⅰ级", "评估机构由被征收人协商或抽签选定。", "已落实"),
        ]),
        ("泮骢霖", "补偿安置科", "评估员", "general", [
            ("房屋面积丈量弄虚作假", "Ⅰ级", "丈量两人以上并由被征收人签字。", "已落实"),
            ("附属物补偿重复计算", "Ⅱ级", "补偿清单逐户公示。", "已落实"),
            ("接受被征收人宴请", "Ⅲ级", "签订廉洁承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, m, found) in enumerate(points, 1):
            sh.add(i, point, lv, m, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tuquan_expropriation_selfchecks", "http://fengdujob.net/go/住房公积金房贷比例是多少.html",
        "县房屋征收与补偿服务中心 自查表, one sheet a person, after the source's 住房公积金贷款比例 (首付, 额度, 核定): a "
        "label row over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column",
        sheets, t,
    )  # fmt: skip


def tuquan_market_centre_group_rows() -> dict:
    unit = f"{PLACE}房地产市场服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [("主任", "泮珩蔚", "leader", [
            ("房地产开发企业资质核定降低标准", "高风险", "资质核定材料网上公开。"),
            ("房地产企业信用评价打人情分", "中风险", "信用评价按量化标准集体评定。"),
        ])]),
        ("二、市场监管股", "市场监管股", [("股长", "堵劭翮", "middle", [
            ("房地产市场检查发现问题不处理", "高风险", "检查问题建立台账，限期整改销号。"),
            ("接受开发企业礼金", "低风险", "严守廉洁纪律。"),
            ("中介机构备案审核不严", "中风险", "备案材料双人审核。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, m in points:
                n += 1
                sh.add(n, post, who, point, lv, m)
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "tuquan_market_centre_group_rows", "https://abg.baidu.com/tags/w673lwfs7k73zowl23dlnsa11",
        "县房地产市场服务中心 责任清单 under group rows ``一、中心领导``, ``二、市场监管股``; 岗位/姓名 merged per person; "
        "``高风险/中风险/低风险``, after the source's 房地产考核制度 (考核, 评价, 奖惩)",
        [sh], t,
    )  # fmt: skip


def tuquan_property_centre_register() -> dict:
    unit = f"{PLACE}物业管理服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "堵旸霂", "leader", [
            ("住宅专项维修资金使用审批不严", "岗位职责", "一级", "维修资金使用经业主表决并公示。"),
            ("物业企业考评结果人为干预", "制度机制", "一级", "考评结果集体审定。"),
        ]),
        ("物业监管股", "股长", "泮璆瑄", "middle", [
            ("物业服务投诉处理偏袒企业", "业务流程", "二级", "投诉办理结果回访。"),
        ]),
        ("物业监管股", "股员", "堵溱蘅", "general", [
            ("老旧小区改造工程量核定不实", "业务流程", "三级", "工程量现场核定，照片存档。"),
            ("维修资金划转凭证审核不严", "岗位职责", "二级", "划转凭证双人复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, m in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, m)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "tuquan_property_centre_register", "https://um.sanwen.net/special/tcgcjf.html",
        "县物业管理服务中心 排查登记表: a 填报单位 line, 科室 merged, 岗位/姓名 merged per person, short 风险类别, "
        "``一级/二级/三级``, a ``注：`` line, after the source's 夫妻一方公积金房贷 (贷款, 缴存, 还款)",
        [sh], t,
    )  # fmt: skip


def tuquan_housing_office_two_sheets() -> dict:
    unit = f"{PLACE}房产管理所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    for i, (who, post, point, lv, m) in enumerate([
        ("泮淏岑", "所长", "直管公房调配个人说了算", "高", "公房调配集体研究并公示。"),
        ("泮淏岑", "所长", "为开发企业办理手续打招呼", "中", "干预事项记录报告。"),
    ], 1):  # fmt: skip
        lead.add(i, who, post, point, lv, m)
        t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, 2, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("产权档案股", "股长", "堵渼琦", "middle", "房屋产权档案查询违规提供", "高", "查询凭证登记，权限分级。"),
        ("产权档案股", "档案员", "泮絜瑜", "general", "档案资料借出不登记", "中", "借阅登记，按期催还。"),
        ("产权档案股", "档案员", "泮絜瑜", "general", "测绘成果审核把关不严", "低", "测绘成果抽查复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, m)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "tuquan_housing_office_two_sheets", "http://gdxinbao.com/tags/房产登记管理规范最新版全文.html",
        "县房产管理所 一览表 in two sheets 所领导/股室, after the source's 房产登记管理规范 (产权, 档案, 测绘): 高/中/低, "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tuquan_fund_office_holder_in_page_header(),
    tuquan_bureau_list(),
    tuquan_security_centre_posts(),
    tuquan_exchange_cards(),
    tuquan_expropriation_selfchecks(),
    tuquan_market_centre_group_rows(),
    tuquan_property_centre_register(),
    tuquan_housing_office_two_sheets(),
]

RESAVED: tuple[str, ...] = ()


def write_with_headers(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``, then each sheet's printed page header (left, centre, right) set
    with openpyxl when the layout gives ``page_headers``."""
    write_xlsx(layout, path)
    headers = layout.get("page_headers")
    if headers:
        wb = openpyxl.load_workbook(path)
        for tab, (left, centre, right) in headers.items():
            ws = wb[tab]
            ws.oddHeader.left.text = left or None
            ws.oddHeader.center.text = centre or None
            ws.oddHeader.right.text = right or None
        wb.save(path)
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_with_headers``."""
    return _build(
        outdir,
        LAYOUTS if layouts is None else layouts,
        resaved,
        prefix=PREFIX,
        writer=write_with_headers,
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch689-inbox"))
