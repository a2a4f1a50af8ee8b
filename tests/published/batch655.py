"""The six-hundred-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's bidding and
government-procurement bodies, 察哈尔右翼前旗 (of 乌兰察布市, 内蒙古自治区) — its 政府采购中心, 财政局
(政府采购监督), 招标代理机构监管站, 评标专家库管理办公室, 住房和城乡建设局 (建设工程招投标), 交通运输局
and 水利局 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 政府采购中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 财政局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险点``, ``…风险`` types, 高/中/低; no names;
- the 招标代理机构监管站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 评标专家库管理办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 住房和城乡建设局's 责任清单 under GROUP ROWS ``一、局领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 交通运输局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 水利局's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``chayouqian_trading_center_margin_holders``: the 公共资源交易中心's 岗位廉政风险防控台账, one row a point
  (``序号 | 业务环节 | 廉政风险点 | 风险等级 | 防控措施``) and NO holder, 科室 or 岗位 column in the heading:
  each holder's rows are followed by nothing and preceded by nothing — his name stands only in an
  UNHEADED column to the RIGHT of ``防控措施``, one cell MERGED DOWN over his rows (a bracket drawn in the
  margin when the table was printed and signed), written ``责任人：⏎交易服务科科长⏎仓翊澂`` (label, 科室 and
  post, name); the 中心主任's cell reads ``责任人：⏎中心主任⏎鄂…`` (no 科室). The README's 读得懂的表 knows
  unheaded columns to the right that carry further measures (and calls names and dates there
  outside the table), a 科室 merged in an unheaded column to the LEFT of each block, 签字 lines above
  or below each post's rows and holders in foot rows; it does not describe the holder written only
  in a merged unheaded margin column beside his rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (评标专家 廉洁 and 管理; a 公共资源交易
建设方案 — 体制机制, 全流程电子化, 交易效率与公平; 招标代理机构 管理考核办法 and 信用评价; 工程建设项目
公开招标 操作程序 and 资格后审; 规范招标投标活动 and 低价中标; 政府采购 供应商 诚信; 政府采购 投诉处理;
深圳 政府采购 投诉管理办法) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 仓 and 鄂 with rare given
names); every unit is a body of 察哈尔右翼前旗.

Run ``python tests/published/score.py --set batch655`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the margin cell merged beside a run of rows gives those rows' 科室, post and
  holder (``交易服务科科长`` is 科室 ``交易服务科``, post ``科长``; ``中心主任`` is the centre's own head, no
  科室); ``业务环节`` names no holder and is no point; the ``注：`` line and the 填表/审核 line are no points;
- ``中心领导``, ``局领导`` (a sheet, a group row) name no 科室 for their leaders; 科, 股, 站's 科室 as written;
- 主任 and 副主任 of a 中心 or 办公室, 局长, 副局长 and the 监管站's own 站长 are leaders; 科长, 股长 and the
  站长 of a 局's 站 middle; the rest (科员, 专管员, 会计, 经办员, 审核员, 监管员) general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b655_"
PLACE = "察哈尔右翼前旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, post, name, tier, [(业务环节, 廉政风险点, 风险等级, 防控措施)])
MARGIN = [
    ("", "中心主任", "鄂翛崟", "leader", [
        ("综合管理", "进场交易项目受领导干部打招呼干预，违规调整开标时间和场地", "高",
         "建立领导干部插手干预交易活动记录报告制度，开标时间由系统自动排期。"),
        ("综合管理", "交易规则制定和修订倾向特定市场主体", "中", "交易规则制定征求市场主体意见，集体审议后公布。"),
    ]),
    ("交易服务科", "科长", "仓翊澂", "middle", [
        ("项目登记", "对不满足进场条件的项目违规受理登记", "中", "进场登记资料清单化，一次性告知，系统留痕。"),
        ("开标组织", "泄露投标人名称、数量等应当保密的信息", "高", "开标前投标信息加密，系统权限分级管理。"),
        ("评标组织", "评标区管理不严，无关人员进入评标区与评委接触", "高", "评标区封闭管理，人员刷卡进出，全程音视频监控。"),
    ]),
    ("交易服务科", "经办员", "鄂澐笙", "general", [
        ("场地安排", "为特定代理机构优先安排开评标场地收受好处", "低", "场地预约系统自动分配，按申请顺序排期。"),
        ("资料归档", "交易档案缺失、篡改，为事后追责设置障碍", "中", "交易资料电子归档，纸质档案专人保管，借阅登记。"),
    ]),
    ("信息技术科", "科长", "仓沄瞿", "middle", [
        ("系统运维", "利用系统管理员权限查看、导出投标文件", "高", "系统操作日志实时记录，每月由纪检人员抽查。"),
        ("专家抽取", "评标专家抽取结果提前泄露", "高", "专家抽取由系统语音通知，抽取结果密封至开标前。"),
        ("信息发布", "招标公告、中标结果发布不及时、不完整", "低", "信息发布双人复核，发布时限纳入考核。"),
    ]),
]  # fmt: skip


def chayouqian_trading_center_margin_holders() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    sh = _Sheet("风险防控台账", [6, 12, 40, 9, 38, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控台账", 5)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 5)
    sh.add("序号", "业务环节", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, post, who, tier, points in MARGIN:
        first = len(sh.rows)
        for stage, point, lv, measures in points:
            n += 1
            sh.add(n, stage, point, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.rows[first][5] = f"责任人：\n{dept}{post}\n{who}"
        sh.merge(first, 5, len(sh.rows) - 1, 5)
        _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分高、中、低三级；各岗位风险点由右侧所列责任人签字确认。", 5)
    sh.add("填表：", None, "审核：", None, "2025年6月")
    return _layout(
        "chayouqian_trading_center_margin_holders", "https://scholarmate.com/S/7QjJgy",
        "(harder) 旗公共资源交易中心 岗位廉政风险防控台账, after the source's abstract on 评标专家 廉洁 and the 招标监督部门's "
        "管理 (评标公正性, 专家管理): a title, a merged ``单位：…　2025年6月`` line, a heading ``序号 | 业务环节 | 廉政风险点 | "
        "风险等级 | 防控措施`` with NO 科室, 岗位 or 责任人 column; each holder's rows carry his name only in an UNHEADED "
        "column right of 防控措施, one cell MERGED DOWN over his rows: ``责任人：⏎交易服务科科长⏎仓翊澂`` (``中心主任`` "
        "without 科室); 业务环节 merged per run; 高/中/低, no type column; a ``注：`` line and a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chayouqian_procurement_center_two_sheets() -> dict:
    unit = f"{PLACE}政府采购中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仓珝沣", "主任", "主持全面工作", [
            ("干预采购方式变更审核，规避公开招标", "一级", "采购方式变更集体研究，报财政部门审批。"),
            ("授意在采购文件中设置倾向性条款", "一级", "采购文件发布前合规性审查，留存审查记录。"),
        ]),
        ("鄂昳岍", "副主任", "分管采购执行、合同管理", [
            ("对废标、流标项目违规改为单一来源采购", "二级", "单一来源采购论证公示，专家论证意见存档。"),
            ("合同签订与采购文件实质性内容不一致", "二级", "合同文本标准化，签订前法律审核。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("采购执行科", "科长", "鄂珩澍", "middle", "采购需求论证走过场，参数指向特定品牌", "一级",
         "采购需求由使用单位、专家共同论证，参数公开征求意见。"),
        ("采购执行科", "科长", "鄂珩澍", "middle", "询价、竞争性谈判中向供应商透露底价", "一级", "底价密封管理，谈判全程录音录像。"),
        ("采购执行科", "科员", "仓霁璘", "general", "供应商资格审查把关不严", "二级", "资格审查双人复核，审查记录签字存档。"),
        ("合同管理科", "科长", "仓湉珂", "middle", "履约验收不到现场，验收报告流于形式", "二级", "验收邀请第三方参加，验收照片存档。"),
        ("合同管理科", "科员", "鄂琇沨", "general", "采购资金支付审核不严，提前支付", "三级", "资金支付按合同约定节点，三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "chayouqian_procurement_center_two_sheets", "https://www.renrendoc.com/paper/506888686.html",
        "旗政府采购中心 廉政风险防控一览表 in TWO SHEETS, after the source's 公共资源交易建设方案 (体制机制障碍, 交易效率与公平性, "
        "全流程电子化): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chayouqian_finance_procurement_posts() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("排查表", [6, 16, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}政府采购监管岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("政府采购监督管理股", "股长", "middle", "采购方式变更审批把关不严", "制度机制风险", "高",
         "变更申请经股室集体会审，审批结果公示。"),
        ("政府采购监督管理股", "股长", "middle", "投诉处理偏袒一方，久拖不决", "岗位职责风险", "中",
         "投诉处理严格按法定时限，处理决定公开。"),
        ("政府采购监督管理股", "专管员", "general", "采购预算和计划备案审核流于形式", "业务流程风险", "中",
         "备案审核清单化，系统留痕。"),
        ("政府采购监督管理股", "专管员", "general", "监督检查中接受被检查单位宴请", "思想道德风险", "低",
         "监督检查两人以上，签订廉洁承诺。"),
        ("国库股", "会计", "general", "采购资金未按合同约定支付，吃拿卡要", "外部环境风险", "高",
         "支付申请限时办结，超时说明。"),
        ("国库股", "会计", "general", "采购资金支付凭证审核不严", "业务流程风险", "中", "支付凭证双人审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "chayouqian_finance_procurement_posts", "http://m.gansulong.com/c/0G033A042022_2.html",
        "旗财政局 政府采购监管岗位廉政风险点排查表 对岗不对人, after the source's 政府采购投诉管理暂行办法 (投诉受理, "
        "处理时限, 处理决定): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def chayouqian_agency_station_cards() -> dict:
    unit = f"{PLACE}招标代理机构监管站"
    t = _Truth(unit)
    cards = [
        ("站长", "鄂澈璩", "站长", "主持全站工作", "leader", [
            ("代理机构年度考核打人情分", "★★★", "考核指标量化，考核结果集体评定并公示。"),
            ("对代理机构违规行为查处不力", "★★★", "违规线索登记台账，查处结果通报。"),
            ("接受代理机构宴请、礼品", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("监管员", "仓曜岚", "监管员", "负责代理机构信用评价", "general", [
            ("信用评价加分材料审核不严", "★★", "加分材料双人核验，原件比对。"),
            ("向招标人推荐特定代理机构", "★★", "代理机构由招标人自主选择，监管员不得推荐。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "chayouqian_agency_station_cards", "https://abg.baidu.com/tags/xgslhtf5vde6rt7oys75lufr5k2pvqhnxp5ltonz3tao3p54xlf3b3fxva16",
        "旗招标代理机构监管站 岗位廉政风险防控卡, one sheet a person, after the source's 工程建设项目招标代理机构管理考核办法 "
        "(代理机构考核, 违规查处): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def chayouqian_expert_office_selfchecks() -> dict:
    unit = f"{PLACE}评标专家库管理办公室"
    t = _Truth(unit)
    people = [
        ("仓璟翮", "办公室领导", "主任", "leader", [
            ("评标专家入库审核降低条件", "Ⅰ级", "入库资格集体审核，名单公示。", "已落实"),
            ("对专家违规评标行为不记录、不处理", "Ⅱ级", "专家评标行为逐项评价，违规记入档案。", "未发现问题"),
        ]),
        ("鄂岫珵", "专家管理科", "审核员", "general", [
            ("专家出库、暂停资格处理不及时", "Ⅱ级", "专家考评结果每季度运用。", "已落实"),
            ("向他人透露专家名单和联系方式", "Ⅰ级", "专家信息加密存储，查询登记。", "已落实"),
            ("专家劳务费核算不实", "Ⅲ级", "劳务费按标准系统核算。", "未发现问题"),
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
        "chayouqian_expert_office_selfchecks", "https://abg.baidu.com/tags/2xild2vu7lao3o72xg45brotypdmbpg3224ld2wm4xh3lsfi23mlpvwf4s6lbrwaw7lld3i11",
        "旗评标专家库管理办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "招标代理机构信用评价指标体系 (评价指标, 权重, 评分): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def chayouqian_housing_bureau_group_rows() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}建设工程招投标廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "", [
            ("副局长", "鄂瑧沅", "leader", [
                ("插手干预工程项目招标，指定中标单位", "一级风险", "领导干部插手干预工程建设项目记录报告。"),
                ("化整为零规避工程招标", "一级风险", "项目立项与招标方式对照审查。"),
            ]),
        ]),
        ("二、建设工程招投标管理站", "建设工程招投标管理站", [
            ("站长", "仓沨琰", "middle", [
                ("资格后审条件设置排斥潜在投标人", "二级风险", "招标文件备案审查，排斥性条款清单比对。"),
                ("围标串标线索不移交、不查处", "一级风险", "线索登记移交，查处结果通报。"),
            ]),
            ("科员", "鄂璠溦", "general", [
                ("招标文件备案审查走过场", "二级风险", "备案审查双人签字。"),
                ("中标结果公示期内投诉受理不及时", "三级风险", "投诉受理限时办结。"),
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
        "chayouqian_housing_bureau_group_rows", "https://abg.baidu.com/tags/xgslhtf5vde6rt7oys73tk57vlk5bmpkwlm5p55tztipeigxzk4pdoxtzhzq14",
        "旗住房和城乡建设局 建设工程招投标廉政风险防控责任清单, after the source's 工程建设项目公开招标操作程序 (资格后审, "
        "招标文件, 中标公示): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、局领导``, ``二、建设工程招投标管理站`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def chayouqian_transport_bureau_list() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "仓嵘璈", "leader", "农村公路建设项目招标打招呼、定中标人", "外部环境", "高风险",
         "重大项目招标情况向党组会报告，接受纪检监督。"),
        ("规划建设股", "股长", "鄂溱珲", "middle", "工程变更签证审核不严，虚增工程量", "业务流程", "高风险",
         "变更签证现场核实，监理、业主、施工三方签字。"),
        ("规划建设股", "股长", "鄂溱珲", "middle", "招标控制价编制泄露", "岗位职责", "中风险", "控制价编制人员签订保密承诺。"),
        ("规划建设股", "科员", "仓琬霈", "general", "交工验收资料审核把关不严", "岗位职责", "中风险",
         "验收资料清单化审核。"),
        ("财务股", "会计", "鄂岚琤", "general", "工程款拨付不按合同进度", "制度机制", "中风险",
         "工程款按计量支付，三级审核。"),
        ("财务股", "会计", "鄂岚琤", "general", "收受施工单位礼品礼金", "思想道德", "低风险", "节前廉洁提醒，签订承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "chayouqian_transport_bureau_list", "https://abg.baidu.com/tags/z2vmds5z4233nvoqwhvm3nvr5k565nvpw32nnrvszg43vvoqwhvm3nvr5lfnbm5b23iljzwu3k24jnon",
        "旗交通运输局 岗位廉政风险防控一览表, after the source's 规范招标投标活动、遏制低价中标: ``附件2``, a title, a merged "
        "填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def chayouqian_water_bureau_register() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("登记表", [6, 16, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "仓玥湛", "leader", [
            ("水利工程项目招标方式决策不民主", "制度机制", "一级", "招标方式经党组会集体研究。"),
            ("亲属参与本系统工程投标", "思想道德", "二级", "亲属经商办企业报告，投标回避。"),
        ]),
        ("水利工程建设管理站", "站长", "鄂晞琮", "middle", [
            ("工程质量验收降低标准", "岗位职责", "一级", "验收邀请质监机构参加，结果公示。"),
        ]),
        ("水利工程建设管理站", "科员", "仓澍岍", "general", [
            ("投标保证金退还拖延、索要好处", "外部环境", "二级", "保证金由交易平台统一退还。"),
            ("施工日志、监理记录审核不严", "业务流程", "三级", "记录每月抽查。"),
        ]),
        ("财务股", "会计", "鄂渟璁", "general", [
            ("项目资金挤占挪用", "业务流程", "一级", "项目资金专账核算。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "chayouqian_water_bureau_register", "http://zhuyuchen.cn/info/detail/20090310_288366.html",
        "旗水利局 廉政风险点排查登记表, after the source's 政府采购 供应商诚信 (诚信档案, 虚假投标, 信息库): a title, 序号/科室 "
        "merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` "
        "line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chayouqian_trading_center_margin_holders(),
    chayouqian_procurement_center_two_sheets(),
    chayouqian_finance_procurement_posts(),
    chayouqian_agency_station_cards(),
    chayouqian_expert_office_selfchecks(),
    chayouqian_housing_bureau_group_rows(),
    chayouqian_transport_bureau_list(),
    chayouqian_water_bureau_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch655-inbox"))
