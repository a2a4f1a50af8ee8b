"""The six-hundred-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's health
bodies, 临河区 (of 巴彦淖尔市, 内蒙古自治区) — its 卫生健康委员会, 疾病预防控制中心, 妇幼保健计划生育服务中心
and 中医医院 and the 卫生院 of three of its towns (狼山镇, 干召庙镇, 白脑包镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表 in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 妇幼保健计划生育服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 中医医院's 责任清单 under GROUP ROWS ``一、院领导`` … ``三、药剂科`` merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 狼山镇卫生院's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 干召庙镇卫生院's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 白脑包镇卫生院's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``linhe_peoples_hospital_holder_before_colon``: the 人民医院's 纪委办 汇总表 of its 班子成员 and 中层干部
  (``领导班子成员及重点科室负责人廉政风险点汇总表``), ONE column of points and NO 科室, 岗位 or 姓名
  column: ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, each POINT CELL OPENING WITH ITS
  HOLDER — post and name run together, then a full-width colon, then the point
  (``院长眭翀璟：“三重一大”事项决策个人说了算``, ``药剂科主任禚沄翯：药品遴选倾向特定厂家``) — the
  rows grouped by holder but nothing merged, and a ``注：各风险点前注明责任人职务及姓名。`` line. So
  each row's holder is the name before the colon, its post the words before the name (a 科室
  post ``药剂科主任`` split into 科室 and post), and the point what follows the colon; the two 副院长
  are told apart only by their names. The README's 读得懂的表 knows ``【教务处】`` opening a point
  (its 科室), ``短名：表现`` (a short name before the colon — left whole when the words before it
  are a post), ``（责任科室：…　责任人：…）`` closing a cell, a holder column ``岗位：姓名`` and
  ``厍翊沣局长`` (name then post) in a 责任人 cell; it does not describe a list whose only holder is
  the post-and-name prefix before a colon at the head of each point cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a hospital's 清廉医院 page on
斩断围猎与被围猎 — 医药、器械采购 利益输送; a piece on 医疗反腐 “定制式” 招投标 — 技术参数量身定制,
评标专家; a report on 公立医院 院长、书记 as 关键少数 — 决策权、人事权、财务权; a 镇卫生院's “九个严禁”
— 医德医风; a 纪委 case of a 卫生院院长 套取 医保 (五保户 “被住院”); a 省卫健委 巡视整改 通报;
a 省 医疗卫生行业综合监管 方案 — 监督执法, 全行业监管; a page on 二类疫苗 收费 — 预防接种) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 眭 and 禚 with rare given names); every unit is a body of
临河区.

Run ``python tests/published/score.py --set batch613`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the words before the colon are the holder: the trailing name (眭/禚 and two
  rare characters) is the person, the words before it the post; ``药剂科主任``, ``设备科科长`` and
  ``医务科科长`` are 科室 (药剂科, 设备科, 医务科) and post (主任, 科长); 院长, 党委书记 and 副院长 have no
  科室; the point is the text after the colon; the ``注：`` line and the 编制/审核 line are no
  points;
- ``委领导``, ``院领导``, ``中心领导`` (a sheet, a group row, a 科室 cell) are the 科室 of those leaders
  where a 科室 is written; the 卫健委's leaders (sheet ``委领导``, no 科室 column) and the cards'
  holders have no 科室; a 委's 股, a hospital's or centre's 科 are 科室; a group row ``二、医务科``
  gives the 科室 ``医务科`` (its number left off);
- every hospital, 卫生院 and centre and the 卫健委 are units of their own: 主任 (of the 委 or a
  centre), 副主任, 院长, 副院长, 党委书记 are leaders; 股长 and a 科's 科长 or 主任 middle; the rest
  (股员, 会计, 出纳, 药剂师, 检验师, 接种医生, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 疾控中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b613_"
PLACE = "临河区"
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

# (科室, post as written before the name, post, name, tier, [(point, type, level, measures)])
PREFIXED = [
    ("", "院长", "院长", "眭翀璟", "leader", [
        ("“三重一大”事项决策个人说了算", "制度机制", "高",
         "“三重一大”事项经院党委会集体研究，会议纪要存档。"),
        ("大型医疗设备采购干预论证和招标", "岗位职责", "高",
         "大型设备采购论证由专家组集体论证，进入公共资源交易平台招标。"),
    ]),
    ("", "党委书记", "党委书记", "禚霈岚", "leader", [
        ("干部选拔任用中优亲厚友", "思想道德", "中", "干部选拔任用全程纪实，结果公示。"),
    ]),
    ("", "副院长", "副院长", "眭沄翯", "leader", [
        ("基建维修工程拆分项目规避招标", "制度机制", "高", "维修项目按限额审批，结算经第三方审计。"),
        ("接受医药代表宴请和礼品", "思想道德", "中", "签订《廉洁从业承诺书》，医药代表接待实行“三定一有”。"),
    ]),
    ("", "副院长", "副院长", "禚珵湄", "leader", [
        ("医保基金使用监管不力，默许虚假住院", "岗位职责", "高", "医保办每月抽查在院病人，床头核对。"),
    ]),
    ("药剂科", "药剂科主任", "主任", "禚琇岑", "middle", [
        ("药品遴选倾向特定厂家", "岗位职责", "高", "新药遴选经药事管理与药物治疗学委员会投票。"),
        ("统方数据外泄", "业务流程", "中", "信息系统统方权限分级管理，查询留痕。"),
    ]),
    ("设备科", "设备科科长", "科长", "眭岫澂", "middle", [
        ("采购参数量身定制，指定品牌", "业务流程", "高", "技术参数由使用科室、设备科、纪检三方论证。"),
        ("设备验收走过场", "岗位职责", "中", "验收由使用科室、设备科两人以上共同签字。"),
    ]),
    ("医务科", "医务科科长", "科长", "禚瀛璆", "middle", [
        ("外请专家手术劳务费发放不规范", "制度机制", "低", "外请专家审批备案，劳务费转账支付。"),
    ]),
]  # fmt: skip


def linhe_peoples_hospital_holder_before_colon() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("汇总表", [6, 56, 12, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员及重点科室负责人廉政风险点汇总表", 5)
    _line(sh, f"填报单位：{unit}纪委办公室{GAP * 14}2025年6月", 5)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    n = 0
    for dept, shown, post, who, tier, points in PREFIXED:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, f"{shown}{who}：{point}", typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：各风险点前注明责任人职务及姓名；风险等级分高、中、低三级。", 5)
    sh.add("编制：纪委办公室", None, "审核：", None, "2025年6月")
    return _layout(
        "linhe_peoples_hospital_holder_before_colon", "https://hebjzx120.com/1177.html",
        "(harder) 区人民医院 领导班子成员及重点科室负责人廉政风险点汇总表, after the source's 清廉医院 page (斩断围猎与被围猎, "
        "医药、器械采购 利益输送, 院长): a title, a merged 填报单位（纪委办公室）/date line, then 序号/廉政风险点/风险类型/风险等级 "
        "高/中/低/防控措施 with NO 科室, 岗位 or 姓名 column: each POINT CELL OPENS WITH ITS HOLDER, post and name run "
        "together before a full-width colon (``院长眭翀璟：…``, ``药剂科主任禚琇岑：…``), rows grouped by holder, nothing "
        "merged; two 副院长 told apart by name only; a ``注：各风险点前注明责任人职务及姓名`` line and an 编制/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linhe_health_commission_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}委领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("眭璆翾", "主任", "主持全面工作", [
            ("医疗卫生项目资金分配个人说了算", "一级", "资金分配方案经委党组会集体研究并公开。"),
            ("干预医疗机构设备采购招标", "一级", "严禁领导干部插手医疗机构采购，插手干预事项登记报告。"),
        ]),
        ("禚湜珩", "副主任", "分管医政医管、综合监督", [
            ("医疗机构校验、执业登记把关不严", "一级", "校验材料两人审核，结果网上公示。"),
            ("卫生监督执法案件说情打招呼", "二级", "执法案件重大处罚集体讨论，说情干预登记。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("医政医管股", "股长", "禚曈珝", "middle", "医师执业注册审核不严", "一级", "注册材料网上审核、两人复核。"),
        ("医政医管股", "股长", "禚曈珝", "middle", "医疗纠纷调处偏袒一方", "二级", "纠纷调处由医调委主持，过程记录存档。"),
        ("医政医管股", "股员", "眭湄琤", "general", "医疗质量检查打分随意", "三级", "检查评分细则公开，交叉检查。"),
        ("财务审计股", "股长", "眭岍琰", "middle", "公共卫生服务资金拨付不按绩效考核结果", "一级", "资金按考核结果拨付，结果公示。"),
        ("财务审计股", "会计", "禚沨璈", "general", "报账单据审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "linhe_health_commission_two_sheets", "https://yp.eliancloud.cn/Channel/Info/e19442a5-f7f5-41e5-8dc7-3f37d3f3c9dd",
        "区卫生健康委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 省 医疗卫生行业综合监管 实施方案 (全行业监管, "
        "事中事后监管, 监督执法, 医疗机构校验): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def linhe_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "疫苗采购", "非免疫规划疫苗采购品种倾向特定企业", "制度机制风险", "高",
         "疫苗采购在省级平台进行，品种经主任办公会集体研究。"),
        ("免疫规划科", "科长", "middle", "疫苗配送", "疫苗配送企业选择暗箱操作，收受好处", "外部环境风险", "高",
         "配送企业公开比选，配送记录可追溯。"),
        ("免疫规划科", "科长", "middle", "接种单位审核", "预防接种单位资质审核把关不严", "岗位职责风险", "中",
         "接种单位审核现场核查，名单公示。"),
        ("检验科", "检验师", "general", "检测报告", "出具不实检验检测报告", "岗位职责风险", "中",
         "检测报告三级审核，原始记录存档。"),
        ("办公室", "收费员", "general", "收费管理", "二类疫苗接种服务费多收、不开票据", "业务流程风险", "中",
         "收费标准公示，票据统一领用核销。"),
        ("办公室", "收费员", "general", "现金管理", "收费现金不及时缴存", "思想道德风险", "低",
         "现金日清日结，每日缴存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "linhe_cdc_posts", "https://www.xihuanxue.com/tag/41060",
        "区疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's page on 二类疫苗 收费标准 (第一类、第二类疫苗, "
        "预防接种, 接种服务费): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def linhe_maternal_child_selfchecks() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    people = [
        ("眭霂璇", "中心领导", "主任", "leader", [
            ("妇幼项目资金使用不按规定用途", "Ⅰ级", "项目资金专账核算，接受审计。", "已落实"),
            ("人员招聘条件因人设岗", "Ⅱ级", "招聘方案报区人社局审核后公告。", "未发现问题"),
        ]),
        ("禚琅泓", "保健科", "医师", "general", [
            ("出生医学证明签发审核不严", "Ⅰ级", "出生医学证明双人审核，专人保管。", "已落实"),
            ("收受孕产妇家属红包", "Ⅲ级", "签订拒收红包承诺书，设置意见箱。", "已落实"),
        ]),
        ("眭昶沅", "财务科", "出纳", "general", [
            ("收费票据管理混乱", "Ⅱ级", "票据统一领用登记，定期核销。", "未发现问题"),
            ("公款私存", "Ⅲ级", "资金按月对账，主任审核。", "已落实"),
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
        "linhe_maternal_child_selfchecks", "https://puupupc.cn/press_center/exhibition_ews/3424.html",
        "区妇幼保健计划生育服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省卫健委 "
        "巡视整改 通报 (营造“三个环境”, 整改落实, 作风建设): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def linhe_tcm_hospital_group_rows() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "禚翃岷", "leader", [
                ("中药饮片采购定点不经集体研究", "一级风险", "饮片供应商公开遴选，院务会集体决定。"),
                ("重大项目建设干预招投标", "一级风险", "建设项目一律进入公共资源交易中心。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科长", "眭璠汐", "middle", [
                ("医疗纠纷赔偿协商不按程序", "二级风险", "赔偿经医疗安全委员会集体研究。"),
            ]),
        ]),
        ("三、药剂科", "药剂科", [
            ("主任", "禚峣琛", "middle", [
                ("中药饮片验收以次充好", "二级风险", "饮片验收双人签字，抽样送检。"),
            ]),
            ("药剂师", "眭沅璎", "general", [
                ("处方调剂中私自更换药品", "二级风险", "调剂核对“四查十对”，定期点评。"),
                ("统方信息提供给医药代表", "三级风险", "统方权限加密管理，查询留痕。"),
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
        "linhe_tcm_hospital_group_rows", "https://www.lxwg.cn/drugnewDescription/4560.html",
        "区中医医院 廉政风险防控责任清单, after the source's piece on 医疗反腐 “定制式” 招投标 (技术参数量身定制, 评标专家, "
        "黑名单制度): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、院领导``, ``二、医务科``, ``三、药剂科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def linhe_langshan_health_centre_cards() -> dict:
    unit = f"{PLACE}狼山镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "眭淏珂", "院长", "主持卫生院全面工作", "leader", [
            ("医保基金使用中默许挂床住院", "★★★", "住院病人每日查房核对，医保办抽查。"),
            ("药品耗材采购不经集体研究", "★★★", "采购计划经院务会研究，平台采购。"),
            ("接受医药企业宴请", "★", "严守中央八项规定精神，签订承诺书。"),
        ]),
        ("副院长", "禚淇瑄", "副院长", "分管公共卫生、医疗质量", "leader", [
            ("基本公共卫生服务数据弄虚作假", "★★", "服务数据随机电话回访核实。"),
            ("家庭医生签约考核走过场", "★★", "签约考核由区卫健委交叉检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
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
        "linhe_langshan_health_centre_cards", "http://zcnews.net.cn/index.php/article/view/id/95037.html",
        "镇卫生院 领导干部廉政风险防控卡, one sheet a leader, after the source's 纪委 case of a 卫生院院长 套取 医保 "
        "(五保户 “被住院”, 虚假住院, 奖励性绩效工资): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def linhe_ganzhaomiao_health_centre_list() -> dict:
    unit = f"{PLACE}干召庙镇卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "禚曦璘", "leader", "奖励性绩效工资分配不公开", "制度机制", "高风险",
         "绩效分配方案经职工大会通过并公示。"),
        ("院领导", "院长", "禚曦璘", "leader", "卫生院维修工程指定施工单位", "岗位职责", "中风险",
         "维修工程三家比价，结果公示。"),
        ("医疗组", "组长", "眭璆沣", "middle", "违反“九个严禁”收受红包", "思想道德", "中风险",
         "签订医德医风承诺书，患者满意度回访。"),
        ("药房", "药剂员", "禚岑瑗", "general", "药品出入库账实不符", "业务流程", "中风险",
         "药品每月盘点，账物核对。"),
        ("财务室", "会计", "眭峤湘", "general", "医保结算资料审核不严", "业务流程", "高风险",
         "医保结算单据双人复核。"),
        ("财务室", "出纳", "禚珝沄", "general", "收费现金坐支", "外部环境", "低风险", "现金日清日结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "linhe_ganzhaomiao_health_centre_list", "http://cuoac.com/legalconsultation/hxtwkmzppf.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's 镇卫生院 “九个严禁” (医德医风, 廉洁文化, 作风建设): ``附件2``, "
        "a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def linhe_bainaobao_health_centre_register() -> dict:
    unit = f"{PLACE}白脑包镇卫生院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "眭琰翀", "leader", [
            ("医疗设备采购不按程序", "制度机制", "一级", "设备采购按政府采购目录执行。"),
            ("职工招聘优亲厚友", "思想道德", "二级", "招聘结果公示，亲属回避。"),
        ]),
        ("公共卫生科", "科长", "禚潆昉", "middle", [
            ("公共卫生服务项目考核弄虚作假", "岗位职责", "二级", "考核资料留痕，随机抽查。"),
        ]),
        ("公共卫生科", "接种医生", "眭朏翾", "general", [
            ("二类疫苗接种乱收费", "外部环境", "一级", "收费标准公示，开具票据。"),
            ("接种登记信息不实", "业务流程", "三级", "接种信息系统实时录入。"),
        ]),
        ("财务室", "出纳", "禚琤岱", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "linhe_bainaobao_health_centre_register", "https://bbs.bochuang88.com/portal.php?aid=1631&mod=view",
        "镇卫生院 廉政风险点排查登记表, after the source's report on 公立医院 院长、书记 as 关键少数 (决策权、人事权、财务权, "
        "中层干部): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linhe_peoples_hospital_holder_before_colon(),
    linhe_health_commission_two_sheets(),
    linhe_cdc_posts(),
    linhe_maternal_child_selfchecks(),
    linhe_tcm_hospital_group_rows(),
    linhe_langshan_health_centre_cards(),
    linhe_ganzhaomiao_health_centre_list(),
    linhe_bainaobao_health_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch613-inbox"))
