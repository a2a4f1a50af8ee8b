"""The four-hundred-and-sixty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 舟曲县 (a county of 甘南) — its 卫生健康局, 疾病预防控制中心 and 藏医院, the 卫生院 of four of
its towns (大川镇, 峰迭镇, 立节镇, 东山镇) and, in the harder file, its 人民医院 — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 藏医院's file in two sheets ``院领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 大川镇卫生院's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 峰迭镇卫生院's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 立节镇卫生院's 责任清单 under GROUP ROWS ``一、院领导`` / ``二、医务人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 东山镇卫生院's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``zhouqu_hospital_type_bands``: the 人民医院's 岗位廉政风险点分类汇总表, ONE ROW A POST, ITS POINTS
  SORTED INTO COLUMN BANDS BY TYPE. A two-row heading: ``序号 | 科室 | 岗位 | 责任人`` and
  ``主要防控措施`` merged down over both rows; between them five bands, ``思想道德风险``,
  ``制度机制风险``, ``岗位职责风险``, ``业务流程风险``, ``外部环境风险``, each merged across two
  sub-columns ``风险点 | 等级``. Each post's row writes, under every band, its point of that type
  and the point's level (高/中/低), or ``/`` in both when it has none; a ``注：`` line says so. So a
  point's TYPE is given only by the band heading over its column, and its LEVEL by the ``等级``
  sub-column beside it; a row holds two or three points. The README's 读得懂的表 knows one row
  holding several points in repeated ``风险点1 | 风险等级 | 风险点2 | 风险等级`` pairs (no type),
  type columns headed ``思想道德 | 制度机制 | …`` under ``风险类型`` ticked ``√`` (the point in its own
  column), a level written in the type column the point belongs to (``风险类别及等级`` merged over
  type columns, as batch277), the type written in the level column (``风险类型及等级`` over
  ``高 | 中 | 低``), points written in the column of their LEVEL (``廉政风险点`` over
  ``高风险 | 中风险 | 低风险``), blocks of a list headed by their type stacked down the sheet
  (batch393) and a 分类分级分布表 of codes; it does not describe the POINT TEXT ITSELF written in
  the column band of its TYPE, each band with its own level sub-column, several bands on one
  post's row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or only by their title (医用耗材
采购方式; a 基层医疗卫生机构 全科医生 配备 standard; the risks of 疫苗管理 — 疫苗流通,
冷链, 预防接种; a 县藏医院's 藏药制剂室; 预防接种 and its 异常反应; 医生下乡;
a 藏医院 sending 村医 free 藏药; a 新农合 study of 补偿支付) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names); every unit is a body of 舟曲县.

Run ``python tests/published/score.py --set batch464`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each filled ``风险点`` sub-column cell is a point; its type is the band heading
  over it (``思想道德风险`` → 思想道德), its level the ``等级`` cell on its right; the points of a
  row are listed band by band from the left; ``/`` cells are no points; ``主要防控措施`` is no point;
  the form is the row's 科室, 岗位 and 责任人;
- ``院领导``, ``中心领导``, ``局领导`` (a 科室 cell or the leaders' sheet) are the 科室 of those leaders;
  a 局's 股/室, a 中心's 科 and a 医院's 科/部 are 科室; a 镇卫生院 has no 科室: its group rows
  ``一、院领导``, ``二、医务人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, 主任 and 副主任 of the 中心, 院长, 副院长 are
  leaders; 股长, 科长, 主任 of a 科 (``科主任``) middle; the rest (科员, 会计, 出纳, 药师, 医师,
  护士, 检验师, 防疫员, 公卫医生, 药房管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 疾病预防控制中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b464_"
PLACE = "舟曲县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

BANDS = ("思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险")
BAND_FIRST = 4  # the first band's 风险点 column; each band is 风险点 | 等级
# (科室, 岗位, 责任人, tier, {band: (风险点, 等级)}, 主要防控措施)
HOSPITAL = [
    ("院领导", "院长", "禚翛璆", "leader", {
        "思想道德风险": ("收受医药企业宴请、礼金", "高"),
        "制度机制风险": ("大型医用设备购置不经院党委会研究", "高"),
    }, "三重一大事项集体决策，院长末位表态。"),
    ("院领导", "副院长", "厍瑄漪", "leader", {
        "岗位职责风险": ("分管科室绩效分配向个人倾斜", "中"),
        "业务流程风险": ("医用耗材遴选中打招呼、定品牌", "高"),
    }, "耗材遴选由药事委员会投票，纪检全程监督。"),
    ("设备科", "科长", "蒯琇岙", "middle", {
        "岗位职责风险": ("设备到货验收不核对配置", "低"),
        "业务流程风险": ("招标参数设置指向特定品牌", "高"),
        "外部环境风险": ("对以设备换耗材的低价投标不作审查", "中"),
    }, "参数论证三家以上，验收临床、设备、纪检三方签字。"),
    ("药剂科", "药师", "逄颋湲", "general", {
        "思想道德风险": ("为医药代表统方", "高"),
        "制度机制风险": ("药品出入库账实不符", "中"),
    }, "统方权限分级管理，药库每月盘点。"),
    ("财务科", "会计", "揭瓒芃", "general", {
        "业务流程风险": ("供应商货款不按合同约定支付", "中"),
        "外部环境风险": ("接受供应商请托提前付款", "低"),
    }, "货款支付凭合同、验收单和审批单，按月对账。"),
]  # fmt: skip


def zhouqu_hospital_type_bands() -> dict:
    unit = f"{PLACE}人民医院"
    ncols = BAND_FIRST + 2 * len(BANDS) + 1
    sh = _Sheet("汇总表", [5, 9, 8, 8] + [20, 5] * len(BANDS) + [30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点分类汇总表", ncols)
    top = sh.add(
        "序号", "科室", "岗位", "责任人", *(c for b in BANDS for c in (b, None)), "主要防控措施"
    )
    sh.add(None, None, None, None, *(c for _b in BANDS for c in ("风险点", "等级")), None)
    for c in (0, 1, 2, 3, ncols - 1):
        sh.merge(top, c, top + 1, c)
    for i in range(len(BANDS)):
        sh.merge(top, BAND_FIRST + 2 * i, top, BAND_FIRST + 2 * i + 1)
    first = len(sh.rows)
    for n, (dept, post, who, tier, points, measures) in enumerate(HOSPITAL, 1):
        cells = []
        for band in BANDS:
            point, lv = points.get(band, (NONE, NONE))
            cells += [point, lv]
            if band in points:
                t.point(sh.name, dept, post, who, tier, point, types_in(band), HML[lv])
        sh.add(n, dept, post, who, *cells, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh, "注：风险点按风险类型分栏填写，本岗位无该类风险的填“/”；等级分高、中、低三档。", ncols
    )
    sh.add("编制：纪检监察室", *([None] * 5), "审核：", *([None] * 5), "2025年5月", None, None)
    return _layout(
        "zhouqu_hospital_type_bands", "https://m.oldu.cn/hshzgjztfhshsaed",
        "(harder) 县人民医院 岗位廉政风险点分类汇总表, after the source's 医用耗材采购方式 (遴选, 招标, 以设备换耗材): ONE ROW "
        "A POST, its points SORTED INTO COLUMN BANDS BY TYPE — a two-row heading, 序号/科室/岗位/责任人 and 主要防控措施 "
        "merged down, between them five bands 思想道德风险 … 外部环境风险 each merged over ``风险点 | 等级``; under each "
        "band the post's point of that type and its 高/中/低, or ``/``; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhouqu_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "茹泠翚", "leader", [
            ("卫生院院长目标考核打人情分", "思想道德", "高", "考核结果局党组会研究并公示。"),
            ("医疗卫生项目资金分配不经集体研究", "制度机制", "高", "资金分配方案集体研究，会议纪要存档。"),
        ]),
        ("医政医管股", "股长", "扈珣缇", "middle", [
            ("医疗机构校验把关不严", "岗位职责", "中", "校验两人以上现场核查，结果公示。"),
        ]),
        ("基层卫生股", "科员", "郦琬翾", "general", [
            ("基本公共卫生服务绩效考核走过场", "业务流程", "中", "考核抽查入户核实，留存影像。"),
            ("接受卫生院宴请放松考核", "外部环境", "低", "考核期间不得接受被考核单位安排的食宿。"),
        ]),
        ("财务股", "会计", "昝璐沣", "general", [
            ("乡村医生补助资金截留", "业务流程", "高", "补助资金直达个人账户，按季公示。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "zhouqu_health_bureau_list",
        "http://fengdujob.net/go/全科医生要求每万人多少人.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's 全科医生 配备 standard (医生 per 万人, 基层卫生): a "
        "title, 序号/科室 merged (局领导, 医政医管股, 基层卫生股, 财务股)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def zhouqu_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, plan, lab = "中心领导", "免疫规划科", "检验科"
    rows = [
        (lead, "主任", "leader", "疫苗采购计划", "疫苗采购计划虚报数量、指定配送企业", "制度机制风险", "Ⅰ级",
         "采购计划经中心办公会研究，省平台采购。"),
        (lead, "主任", "leader", "防疫物资分配", "防疫物资分配优亲厚友", "思想道德风险", "Ⅱ级",
         "物资分配方案公示。"),
        (plan, "防疫员", "general", "冷链管理", "冷链温度记录补记、造假", "岗位职责风险", "Ⅱ级",
         "冷链温度自动监测，记录每日核查。"),
        (plan, "防疫员", "general", "疫苗出入库", "疫苗出入库账物不符、私自调拨", "业务流程风险", "Ⅰ级",
         "疫苗出入库扫码追溯，月末盘点。"),
        (lab, "检验师", "general", "检测报告出具", "受人请托出具不实检测报告", "外部环境风险", "Ⅰ级",
         "检测报告三级审核，原始记录存档。"),
        (lab, "检验师", "general", "试剂耗材领用", "试剂耗材虚领冒领", "业务流程风险", "Ⅲ级",
         "试剂耗材领用登记，科主任签批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhouqu_cdc_posts", "https://fashionfield.cn/zhuantifanwen/gongwenfanwen/124092.html",
        "县疾病预防控制中心 廉政风险点排查表 对岗不对人, after the source's 疫苗管理 risks (疫苗流通, 冷链, 预防接种): a title, "
        "序号/科室 merged (中心领导, 免疫规划科, 检验科)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def zhouqu_tibetan_hospital_two_sheets() -> dict:
    unit = f"{PLACE}藏医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("闾砾璠", "院长", "主持全面工作", [
            ("藏药材采购供应商由个人确定", "一级", "藏药材采购院务会研究，三家比价。"),
            ("职称推荐中打招呼", "二级", "推荐结果全院公示。"),
        ]),
        ("呙溱旸", "副院长", "分管藏药制剂", [
            ("藏药制剂室原料验收把关不严", "一级", "原料验收双人签字，留样备查。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "院领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("制剂室", "科主任", "戢珞湄", "middle", "藏药制剂成品私自外售", "一级", "成品出库凭处方和领用单。"),
        ("制剂室", "药房管理员", "宓沄翯", "general", "珍宝类药材出入库不登记", "二级", "贵重药材专柜双锁管理。"),
        ("药浴科", "医师", "滑骞玙", "general", "药浴项目重复收费", "二级", "收费项目公示，每月核对。"),
        ("药浴科", "医师", "滑骞玙", "general", "引导患者院外购药", "三级", "院外购药情况随访抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "zhouqu_tibetan_hospital_two_sheets", "http://tech.jiangsulong.com/a/2019/0322/175470.html",
        "县藏医院's file in two sheets, after the source's 县藏医院 藏药制剂室 (藏药材, 珍宝类藏药, 制剂): ``院领导`` with "
        "姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels ``一级/二级/三级``; no type "
        "column",
        [lead, dept], t,
    )  # fmt: skip


def zhouqu_dachuan_clinic_cards() -> dict:
    unit = f"{PLACE}大川镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "浦瀛珝", "leader", [
            ("基本公共卫生服务资金挤占挪用", "★★★", "资金专账核算，按季公示。"),
            ("村医考核和补助发放不实", "★★", "考核结果和补助名册公示。"),
        ]),
        ("防疫员", "隆珺岵", "general", [
            ("预防接种登记补记、漏记", "★★", "接种信息当日录入系统。"),
            ("非免疫规划疫苗推荐中收受好处", "★", "接种知情告知书签字存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "监督人（签字）：", None)
        sheets.append(sh)
    return _layout(
        "zhouqu_dachuan_clinic_cards", "http://m.ericfola.com/c/2016-04-25/783554_3.shtml",
        "镇卫生院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 防疫员), after the source's 预防接种 and its 异常反应: "
        "a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; "
        "``持卡人（签字）： | 监督人（签字）：``",
        sheets, t,
    )  # fmt: skip


def zhouqu_fengdie_clinic_selfchecks() -> dict:
    unit = f"{PLACE}峰迭镇卫生院"
    t = _Truth(unit)
    people = [
        ("暴彧泓", "副院长", "leader", [
            ("家庭医生签约服务虚报签约人数", "高风险", "签约居民电话回访抽查。", "已落实"),
            ("卫生院药品采购不在平台下单", "中风险", "药品全部平台采购，每月对账。", "未发现问题"),
        ]),
        ("覃泖珰", "公卫医生", "general", [
            ("健康档案编造、重复建档", "中风险", "健康档案入户核实。", "已落实"),
            ("慢病随访记录弄虚作假", "低风险", "随访记录院长每月抽查。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhouqu_fengdie_clinic_selfchecks",
        "https://www.zhetiaohe.com/ss/24c74e8d51978ad36b0642f0a2a1dde3d26d4c0bcb6476035f23c427fed5ab51505752f29d3fd73fe9e7daa58a6d4307.html",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 医生下乡 "
        "(下乡, 签约, 随访): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def zhouqu_lijie_clinic_group_rows() -> dict:
    unit = f"{PLACE}立节镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", [
            ("院长", "亓旻璈", "leader", [
                ("村医基药补助分配不公", "一级风险", "补助分配方案公示，村医签字确认。"),
                ("卫生院维修工程不比价", "二级风险", "维修工程三家比价，院务会研究。"),
            ]),
        ]),
        ("二、医务人员", [
            ("医师", "禤湛珧", "general", [
                ("开大处方、过度检查", "一级风险", "处方点评每月一次，结果公示。"),
                ("出具虚假疾病证明", "三级风险", "疾病证明院长审签，登记存档。"),
            ]),
            ("护士", "蔺沨瑀", "general", [
                ("住院费用多记、串记", "二级风险", "一日清单患者签字。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "zhouqu_lijie_clinic_group_rows",
        "http://www.crntt.cn/zpw/465544.html",
        "镇卫生院 廉政风险防控责任清单, after the source's 藏医院 sending 村医 free 藏药 (村医领药, 医联体): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、院领导``, "
        "``二、医务人员`` merged across; 岗位 and 姓名 merged per person; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhouqu_dongshan_clinic_list() -> dict:
    unit = f"{PLACE}东山镇卫生院"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院长", "缪翊琤", "leader", "年终考核细则执行打折扣", "制度机制", "中", "考核细则和得分公示。"),
        ("院长", "缪翊琤", "leader", "医疗设备购置不经集体研究", "思想道德", "高", "设备购置院务会研究。"),
        ("出纳", "厍沚璘", "general", "收费现金不及时存入银行", "岗位职责", "高", "现金日清日结，院长每周抽查。"),
        ("出纳", "厍沚璘", "general", "新农合报销单据审核不严", "业务流程", "中", "报销单据双人复核。"),
        ("药房管理员", "蒯湉璎", "general", "接受药品配送企业好处", "外部环境", "低", "配送企业由县级统一遴选。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "zhouqu_dongshan_clinic_list", "https://m.fx361.cc/news/2017/0328/1317393.html",
        "镇卫生院 廉政风险防控一览表, after the source's 新农合 study (大病保险, 补偿支付): a title, a merged "
        "``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhouqu_hospital_type_bands(),
    zhouqu_health_bureau_list(),
    zhouqu_cdc_posts(),
    zhouqu_tibetan_hospital_two_sheets(),
    zhouqu_dachuan_clinic_cards(),
    zhouqu_fengdie_clinic_selfchecks(),
    zhouqu_lijie_clinic_group_rows(),
    zhouqu_dongshan_clinic_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch464-inbox"))
