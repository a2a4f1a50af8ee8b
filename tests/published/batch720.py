"""The seven-hundred-and-twentieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one border city's port
and border-trade bodies, 珲春市 (of 延边朝鲜族自治州, 吉林省) — its 商务局, 国际物流园区服务中心,
边民互市贸易区管理服务中心, 口岸服务中心, 边境经济合作区综合服务中心, 跨境电子商务服务中心 and
口岸建设服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS
or Excel:

- the 商务局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types,
  ``一级/二级/三级``;
- the 国际物流园区服务中心's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, no names, 高/中/低, no
  type column, a ``注：`` line;
- the 边民互市贸易区管理服务中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``岗位 | 姓名`` merged
  per person, ``高风险/中风险/低风险``;
- the 口岸服务中心's 防控卡, one sheet a person, label rows, ``★★★/★★/★`` read by a ``注：`` line;
- the 边境经济合作区综合服务中心's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 跨境电子商务服务中心's 一览表 under ``附件1`` and a 填报单位 line, ``科室 | 岗位 | 姓名`` on
  every row, types, 高/中/低, a sign-off line;
- the 口岸建设服务中心's 一览表 in TWO SHEETS (``领导班子`` and ``股室``), ``一级/二级/三级``.

One is harder:

- ``hunchun_port_committee_labelled_rows``: the 口岸管理委员会's 风险点登记 as copied out of a web
  公示 page field by field: NO heading row at all; every row carries its own labels in the cells
  before its values, ``序号 | 科室 | 综合协调科 | 岗位 | 科长 | 姓名 | 弭… | 风险点 | … | 风险等级 |
  二级 | 防控措施 | …``, label and value alternating across the row, the labels repeated on every
  row. The README's 读得懂的表 knows labels inside a value's cell (``风险点：…`` boxes of a flow chart,
  ``姓名：…⏎职务：…``, a 填报信息 cell of key：value pairs), label rows over a 防控卡 and a long-form
  ``字段 | 内容`` export (one field a row), but not a flat list whose rows each carry label cells
  beside value cells with no heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited and follows its words for the unit's matters (口岸通关, 查验, 联检单位协调, 边民互市,
物流园区 仓储 and 外包, 跨境电商 备案 and 三单比对, 口岸设施建设, 边境经济合作区 招商引资). The rows are
worded by us, the names invented (the rare surnames 弭 and 侴 with rare given names); every unit
is a body of 珲春市.

Run ``python tests/published/score.py --set batch720`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: the label cells (``科室``, ``岗位``, ``姓名``, ``风险点``, ``风险等级``, ``防控措施``)
are no values and no points, the cell right of each label is its value; as in batch558, a
leaders' 科室 cell or group row (``局领导``, ``中心领导``, ``委领导``, ``一、中心领导``) is those
leaders' 科室; 局/委/中心 leaders (局长, 副局长, 主任, 副主任) are leaders, a 科/股/部's head
middle, the rest general; 一级/二级/三级, 高/中/低, 高风险/…, Ⅰ级/…, ★★★/… are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b720_"
PLACE = "珲春市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
LABELS = ("科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, point, level, measures), one row each, labels before every value
LABELLED = [
    ("委领导", "主任", "弭翚岑", "leader", "口岸基础设施建设项目发包中干预招投标", "一级",
     "项目发包进入公共资源交易平台，班子集体研究。"),
    ("委领导", "主任", "弭翚岑", "leader", "口岸运行补助资金分配不公开", "一级", "分配方案报市政府审定并公示。"),
    ("委领导", "副主任", "侴璟湄", "leader", "联检单位协调中为关系企业打招呼、求通关便利", "二级",
     "协调事项书面记录，插手干预一律登记。"),
    ("综合协调科", "科长", "弭歆澍", "middle", "口岸车辆通行证审核把关不严、优亲厚友", "二级",
     "通行证审核条件公开，结果每月公示。"),
    ("综合协调科", "科长", "弭歆澍", "middle", "口岸疫情防控和查验场地物资采购化整为零", "二级",
     "采购计划年初报批，超限额集中采购。"),
    ("通关服务科", "科员", "侴晔翎", "general", "通关预约和排队放行中收受司机、货代好处", "一级",
     "预约放行系统排序，人工调整须留痕。"),
    ("通关服务科", "科员", "侴晔翎", "general", "口岸服务费收取不开票据、截留", "三级", "收费统一开票，日清月结。"),
]  # fmt: skip


def hunchun_port_committee_labelled_rows() -> dict:
    unit = f"{PLACE}口岸管理委员会"
    sh = _Sheet("风险点登记", [6, 6, 12, 6, 9, 6, 9, 7, 36, 8, 6, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点登记", 13)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(LABELLED, 1):
        values = (dept, post, who, point, lv, measures)
        cells = [i]
        for label, value in zip(LABELS, values, strict=True):
            cells += [label, value]
        sh.add(*cells)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add(None, "以上内容已在委机关公示栏公示，公示期5个工作日。", *([None] * 11))
    sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 12)
    return _layout(
        "hunchun_port_committee_labelled_rows", "https://gzjll.com/3/3753421.html",
        "(harder) 市口岸管理委员会 岗位廉政风险点登记, after the source's 珲春 口岸 物流枢纽 page (跨境铁路, 港口, 边境贸易, "
        "跨境合作区): copied field by field from a web 公示 page, NO heading row; every row carries its own labels, "
        "``序号 | 科室 | value | 岗位 | value | 姓名 | value | 风险点 | value | 风险等级 | value | 防控措施 | value``, "
        "label and value cells alternating across the row; ``一级/二级/三级``, no type column; a closing 公示 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hunchun_commerce_bureau_list() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "侴蘅昉", "leader", "边境贸易扶持资金分配中优亲厚友", "岗位职责", "一级",
         "资金分配方案集体研究，名单公示。"),
        ("局领导", "副局长", "弭旻翊", "leader", "边贸企业经营资格审核中吃拿卡要", "思想道德", "一级",
         "审核标准公开，网上办理。"),
        ("边境贸易科", "科长", "侴霂岍", "middle", "边民互市商品落地加工企业认定把关不严", "业务流程", "二级",
         "认定材料双人审核，现场核查留档。"),
        ("边境贸易科", "科长", "侴霂岍", "middle", "边贸统计数据弄虚作假", "制度机制", "二级",
         "统计数据与海关数据按月比对。"),
        ("外资外经科", "科员", "弭珵翯", "general", "外商投资项目备案中泄露企业商业信息", "外部环境", "三级",
         "备案资料专人保管，签订保密承诺。"),
        ("外资外经科", "科员", "弭珵翯", "general", "对俄贸易展会参展补贴审核不严", "业务流程", "二级",
         "补贴凭参展合同和票据审核，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "hunchun_commerce_bureau_list", "https://suinian.com/book/2363/1099991.html",
        "市商务局 岗位廉政风险防控一览表, after the source's 珲春边贸市场 entry (开放城市, 对外经济管理权限, 口岸, 边境贸易额): "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型/风险等级 ``一级/二级/三级``/防控措施; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def hunchun_logistics_park_posts() -> dict:
    unit = f"{PLACE}国际物流园区服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "园区仓储设施建设项目外包中收受回扣", "高", "外包项目公开招标，合同集体审定。"),
        ("中心领导", "主任", "leader", "入园企业租金减免违规审批", "高", "减免政策公开，报管委会集体研究。"),
        ("仓储管理部", "部长", "middle", "仓位分配中照顾关系企业", "中", "仓位按申请顺序分配，结果公示。"),
        ("仓储管理部", "保管员", "general", "监管仓货物出入库登记不实", "中", "出入库扫码登记，视频留存。"),
        ("财务部", "出纳", "general", "园区服务费收缴截留、坐支", "高", "收费当日存入银行，按月对账。"),
        ("财务部", "出纳", "general", "物流补贴资金拨付不按程序", "低", "拨付凭证三级审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, point, lv, measures)
        t.point(sh.name, d, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分高、中、低三级。", 6)
    return _layout(
        "hunchun_logistics_park_posts", "https://mail.logclub.com/articleInfo/NzYzNTg=",
        "市国际物流园区服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 物流国企 廉洁风险 article (物流外包, 仓储设施, "
        "政策补贴, 资金调配): 序号/部门 merged/岗位 merged/廉政风险点/风险等级 高/中/低/防控措施; no names, no type column; "
        "a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def hunchun_mutual_trade_group_rows() -> dict:
    unit = f"{PLACE}边民互市贸易区管理服务中心"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "侴禛筠", "leader", [
                ("边民互助组组建审核中降低条件", "高风险", "互助组名单和审核意见公示。"),
                ("互市交易场地租赁定价暗箱操作", "中风险", "租赁价格集体研究，公开竞租。"),
            ]),
        ]),
        ("二、交易管理科", "交易管理科", [
            ("科长", "弭觐澜", "middle", [
                ("边民互市交易申报审核走过场，默许代购代销", "高风险", "交易申报与边民身份逐笔核验。"),
                ("互市商品超限额放行", "中风险", "单人单日限额系统控制，超额自动拦截。"),
            ]),
        ]),
        ("三、综合服务科", "综合服务科", [
            ("科员", "侴湉岚", "general", [
                ("边民补贴发放名单弄虚作假", "中风险", "补贴名单公示，与交易记录核对。"),
                ("接受商户宴请和礼品", "低风险", "签订廉洁承诺书。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "hunchun_mutual_trade_group_rows", "https://johnnytowncar.com/shipin/2011/12-20/news49246.html",
        "市边民互市贸易区管理服务中心 廉政风险防控清单, after the source's 圈河口岸 对朝贸易 report (检车线, 待检车辆, 口岸通关): "
        "序号/岗位/姓名/风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、交易管理科``, ``三、综合服务科``; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hunchun_port_service_cards() -> dict:
    unit = f"{PLACE}口岸服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "弭蓥翾", "主任", "主持中心全面工作", "leader", [
            ("查验场地改造项目规避招标", "★★★", "改造项目按限额报批，公开招标。"),
            ("联检单位办公用房分配不按标准", "★★", "用房分配方案集体研究。"),
            ("接受报关企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("服务员", "侴罍昕", "窗口服务员", "负责通关单证代办和咨询", "general", [
            ("单证代办中收取额外费用", "★★★", "代办收费标准上墙公示。"),
            ("为熟人企业插队办理", "★★", "叫号系统排序，不得人工插号。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
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
        "hunchun_port_service_cards", "https://bkwk.cn/article/jmhckaztmskdbjzl.html",
        "市口岸服务中心 岗位廉政风险防控卡, one sheet a person, after the source's 珲春口岸 page (海关、检验检疫、边检设施, "
        "通关服务): ``姓　名 | … | 岗　位 | …``, a merged 工作职责 line, 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hunchun_border_zone_selfchecks() -> dict:
    unit = f"{PLACE}边境经济合作区综合服务中心"
    t = _Truth(unit)
    people = [
        ("侴晗翥", "中心领导", "主任", "leader", [
            ("招商引资项目优惠政策承诺超出权限", "Ⅰ级", "优惠政策按规定报批，集体研究。", "已落实"),
            ("入区项目准入评审中打招呼、说情", "Ⅰ级", "评审专家随机抽取，过程留痕。", "已落实"),
        ]),
        ("弭珩霈", "企业服务科", "科员", "general", [
            ("企业代办事项中索要好处", "Ⅱ级", "代办事项清单公开，限时办结。", "未发现问题"),
            ("产业扶持资金申报材料审核不严", "Ⅱ级", "申报材料双人审核，实地核查。", "已落实"),
            ("泄露入区企业经营信息", "Ⅲ级", "企业资料专柜保管，借阅登记。", "已落实"),
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
        "hunchun_border_zone_selfchecks", "http://cre.org.cn/qy/xietiao/15955.html",
        "市边境经济合作区综合服务中心 岗位廉政风险自查表, one sheet a person, after the source's 边境经济合作区 research (政策支持, "
        "招商引资, 产业发展, 管理权限): a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over values, then 序号/风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def hunchun_ecommerce_center_list() -> dict:
    unit = f"{PLACE}跨境电子商务服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "弭瑄翊", "leader", "跨境电商企业入驻扶持资金审核把关不严", "岗位职责", "高",
         "扶持名单集体研究并公示。"),
        ("平台运营科", "科长", "侴岫沄", "middle", "企业备案和三单比对异常放任不报", "业务流程", "中",
         "异常数据系统预警，每周核查。"),
        ("平台运营科", "科长", "侴岫沄", "middle", "海外仓项目申报材料弄虚作假未发现", "制度机制", "高",
         "申报项目实地核查，第三方评审。"),
        ("平台运营科", "专员", "弭翊澐", "general", "为关系企业违规调取平台数据", "思想道德", "中",
         "数据调取审批登记，日志留存。"),
        ("培训孵化科", "专员", "侴昶旸", "general", "电商培训补贴虚报人数", "外部环境", "低",
         "培训签到人脸识别，名单公示。"),
    ]  # fmt: skip
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "hunchun_ecommerce_center_list", "https://10100.com/encyclopedia/explain/54510269",
        "市跨境电子商务服务中心 岗位廉政风险防控一览表, after the source's 跨境电商通关服务平台 page (商品备案, 订单申报, 三单比对, "
        "企业准入): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, 科室/岗位/姓名 on EVERY row, "
        "廉政风险点/风险类型/风险等级 高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def hunchun_port_construction_two_sheets() -> dict:
    unit = f"{PLACE}口岸建设服务中心"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("侴鹓岑", "主任", "主持全面工作", [
            ("口岸扩建工程变更签证不经集体研究", "一级", "工程变更报班子会议审定。"),
            ("智能化通关系统建设项目指定供应商", "一级", "系统建设公开招标，需求论证公开。"),
        ]),
        ("弭骞蓁", "副主任", "分管工程建设", [
            ("公路、铁路配套工程验收走过场", "二级", "验收邀请行业主管部门参加。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程股", "股长", "弭沅翕", "middle", "施工现场监管中收受施工单位好处", "二级", "现场巡查两人同行，记录存档。"),
        ("工程股", "股长", "弭沅翕", "middle", "工程量计量虚增", "一级", "计量结果监理、股长共同签认。"),
        ("财务股", "会计", "侴姝翚", "general", "建设资金拨付审核不严", "一级", "拨付凭证三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, "审核：", None, "2025年4月", None, None)
    return _layout(
        "hunchun_port_construction_two_sheets", "https://bkwk.cn/article/jmhckajslcywlzw.html",
        "市口岸建设服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 珲春口岸建设历程 page (公路、铁路、海关设施扩建, "
        "智能化通关系统): ``领导班子`` 序号/姓名/职务/分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; ``股室`` 序号/股室 merged/岗位 and 姓名 merged/廉政风险点/风险等级/防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hunchun_port_committee_labelled_rows(),
    hunchun_commerce_bureau_list(),
    hunchun_logistics_park_posts(),
    hunchun_mutual_trade_group_rows(),
    hunchun_port_service_cards(),
    hunchun_border_zone_selfchecks(),
    hunchun_ecommerce_center_list(),
    hunchun_port_construction_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch720-inbox"))
