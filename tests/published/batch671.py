"""The six-hundred-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's port-trade
bodies, 满洲里市 (of 呼伦贝尔市, 内蒙古自治区) — its 商务局, 口岸管理办公室, 中俄贸易服务中心, 国际物流产业
园区, 边境经济合作区, 综合保税区 and 互市贸易商品落地加工 bodies and the 中俄互市贸易区管理委员会 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 商务局's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``一级/二级/三级``, no type column, a 填表/审核 line;
- the 国际物流产业园区管理委员会's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, ``…风险`` types,
  高/中/低; no names;
- the 中俄贸易服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label rows,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 口岸管理办公室's 责任清单 under GROUP ROWS ``一、领导班子`` …, ``岗位 | 姓名`` merged per person,
  ``一级风险/二级风险/三级风险``;
- the 边境经济合作区管理委员会's 自查表, one sheet a person: ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 综合保税区服务中心's TWO-SHEET workbook ``领导班子`` / ``科室``, ``高风险/中风险/低风险``;
- the 互市贸易商品落地加工服务中心's 登记表 under a 填报单位（盖章） line: ``科室`` merged, ``岗位 | 姓名``
  merged per person, short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``manzhouli_mutual_trade_zone_bilingual``: the 中俄互市贸易区管理委员会's 公示表, written for the
  Russian traders of the zone in CHINESE AND RUSSIAN: a Russian title line under the Chinese one,
  every heading ``部门⏎Отдел`` … ``防控措施⏎Меры профилактики``, the 部门 and 岗位 cells bilingual
  (``市场管理科⏎Отдел управления рынком``, ``科长⏎Начальник отдела``), the holder in Chinese, and
  under EVERY point row a RUSSIAN TRANSLATION ROW (no 序号; the point, the level ``Высокий/Средний/
  Низкий`` and the measures in Russian), the 部门, 岗位 and 责任人 cells merged down over both rows;
  a bilingual ``注：`` line. The README's 读得懂的表 knows forms in two scripts of an autonomous
  area (藏文, 维吾尔文, 蒙古文, 彝文 lines beside the Chinese in a cell, a translated title or heading
  row); it does not describe a Chinese–Russian 公示 for foreign traders, nor a translation row in a
  foreign language under every point row, merged with it under one holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (满洲里 as 开放前沿 — 中俄互市贸易区,
免税交易区, 俄罗斯州级旗舰店, 边民; 国际物流枢纽, 中欧班列; 满洲里口岸经济 — 公铁空三大口岸, 对外
贸易, 边境经济合作区, 综合保税区; 满洲里口岸 — 24小时通关, 海关监管; 口岸货运量 — 货检通道, 电子口岸)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 禚 and 佴 with rare given names); every unit is
a body of 满洲里市.

Run ``python tests/published/score.py --set batch671`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the Russian row under a point row is the same point translated: no point of
  its own, no holder; the holder is the Chinese name merged over both rows; the 部门 and 岗位 are
  the Chinese line of their bilingual cells (``市场管理科``, ``科长``); the level is the Chinese row's;
  the Russian title line and the bilingual ``注：`` line are no points;
- ``局领导`` (a 科室 cell), ``领导班子`` (a group row) and ``管委会领导`` (a 部门 cell) are the 科室 of those
  leaders, as earlier batches had it; the 综合保税区服务中心's ``领导班子`` sheet (no 科室 column) and the
  cards' leaders have no 科室; a 管委会's 科/局/部 and a 中心's 科/部 are 科室;
- every body is a unit of its own: 局长, 主任, 副局长, 副主任 and the 管委会's 副主任 are leaders; 科长,
  部长 and a 科's 主任 middle; the rest (科员, 会计, 出纳, 查验员, 统计员, 业务员) general;
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

PREFIX = "b671_"
PLACE = "满洲里市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
RUSSIAN = {"高": "Высокий", "中": "Средний", "低": "Низкий"}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (部门 zh, 部门 ru, 岗位 zh, 岗位 ru, 责任人, tier, [(point zh, point ru, level, measures zh, measures ru)])
ZONE = [
    ("管委会领导", "Руководство комитета", "副主任", "Заместитель директора", "禚骞柘", "leader", [
        ("互市贸易区商户准入审核中打招呼、说情，放宽准入条件",
         "Вмешательство в допуск торговцев в зону, смягчение условий допуска", "高",
         "准入条件公开，审核结果在区内公示栏中俄双语公示。",
         "Условия допуска открыты, результаты публикуются на двух языках."),
        ("俄罗斯州级旗舰店招商中违规承诺优惠政策",
         "Незаконные обещания льгот при привлечении флагманских магазинов",
         "高", "招商优惠政策经管委会主任办公会集体研究。",
         "Льготы утверждаются коллегиально на совещании комитета."),
    ]),
    ("市场管理科", "Отдел управления рынком", "科长", "Начальник отдела", "佴楹杉", "middle", [
        ("免税交易区摊位分配优亲厚友、收受好处",
         "Распределение торговых мест в беспошлинной зоне за вознаграждение", "高",
         "摊位分配公开摇号，全程录像。", "Места распределяются открытой жеребьёвкой с видеозаписью."),
        ("对商户违规经营行为查处不力、以罚代管",
         "Слабый контроль нарушений торговцев, штраф вместо управления", "中",
         "查处结果登记台账，科内集体复核。", "Результаты проверок вносятся в реестр и пересматриваются."),
    ]),
    ("市场管理科", "Отдел управления рынком", "科员", "Специалист", "禚荇洲", "general", [
        ("边民互市商品交易额度核验不严，为他人代购提供便利",
         "Нестрогая проверка лимита покупок жителей приграничья", "中",
         "交易额度系统自动核验，异常交易每日上报。",
         "Лимит проверяется системой, отклонения сообщаются ежедневно."),
        ("接受商户宴请、购物卡",
         "Приём угощений и подарочных карт от торговцев", "低",
         "签订廉洁承诺书，节假日廉洁提醒。", "Подписание обязательства о честности, напоминания в праздники."),
    ]),
    ("财务审计科", "Финансово-ревизионный отдел", "会计", "Бухгалтер", "佴蓼汀", "general", [
        ("商户保证金收退不按规定办理，截留挪用",
         "Нарушения при приёме и возврате залогов торговцев, присвоение средств", "高",
         "保证金专户管理，收退凭证双人复核。",
         "Залоги на отдельном счёте, документы проверяют два сотрудника."),
        ("区内基础设施维修费用虚列支出",
         "Фиктивные расходы на ремонт инфраструктуры зоны", "中",
         "维修项目验收后凭验收单报账。", "Оплата только после приёмки работ."),
    ]),
]  # fmt: skip


def manzhouli_mutual_trade_zone_bilingual() -> dict:
    unit = f"{PLACE}中俄互市贸易区管理委员会"
    sh = _Sheet("公示表", [6, 18, 16, 10, 40, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控公示表", 7)
    _line(sh, "Публичная информация о коррупционных рисках должностей Комитета по управлению "
              "китайско-российской зоной приграничной торговли г. Маньчжурия", 7)  # fmt: skip
    sh.add("序号\n№", "部门\nОтдел", "岗位\nДолжность", "责任人\nОтветственное лицо",
           "廉政风险点\nКоррупционный риск", "风险等级\nУровень риска",
           "防控措施\nМеры профилактики")  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, dept_ru, post, post_ru, who, tier, points in ZONE:
        d = f"{dept}\n{dept_ru}"
        p = f"{post}\n{post_ru}"
        for point, point_ru, lv, measures, measures_ru in points:
            n += 1
            sh.add(n, d, p, who, point, lv, measures)
            sh.add(None, d, p, who, point_ru, RUSSIAN[lv], measures_ru)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])] + [(c, lambda row: (row[1], row[2], row[3]))
                                                         for c in (2, 3)])  # fmt: skip
    _line(
        sh,
        "注：风险等级分为高、中、低三级。Примечание: уровни риска — высокий, средний, низкий.",
        7,
    )
    sh.add(
        "监督电话：0470-62×××××", None, None, None, "Телефон для жалоб: 0470-62×××××", None, None
    )
    return _layout(
        "manzhouli_mutual_trade_zone_bilingual", "http://www.rmhb.com.cn/zt/ydyl/201912/t20191205_800186929.html",
        "(harder) 中俄互市贸易区管理委员会 岗位廉政风险防控公示表 in CHINESE AND RUSSIAN for the zone's Russian traders, after "
        "the source's 开放前沿满洲里 (中俄互市贸易区, 互市贸易免税交易区, 俄罗斯州级旗舰店, 边民受益): a Chinese title and a "
        "Russian title line, every heading ``中文⏎Русский``, the 部门 and 岗位 cells bilingual, the holder in Chinese; "
        "UNDER EVERY POINT ROW A RUSSIAN TRANSLATION ROW (no 序号; point, level ``Высокий/Средний/Низкий`` and measures "
        "in Russian), 部门/岗位/责任人 merged down over both; 高/中/低, no type column; a bilingual ``注：`` line and a "
        "bilingual 监督电话 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def manzhouli_commerce_bureau_list() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    sh.add("附件1", None, None, None, None, None, None)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "禚苒桦", "leader", [
            ("外贸发展专项资金分配方案个人说了算", "一级", "资金分配方案经局党组会集体研究并公示。"),
            ("招商引资项目考察中接受企业安排的旅游、宴请", "二级", "考察行程报备，费用由局里列支。"),
        ]),
        ("对外贸易科", "科长", "佴榕骞", "middle", [
            ("边境小额贸易企业资格初审把关不严", "一级", "初审实行科内双人审核，材料留档备查。"),
            ("对俄贸易企业统计数据审核中放任虚报", "二级", "数据与海关统计比对，异常情况约谈企业。"),
        ]),
        ("对外贸易科", "科员", "禚萩砚", "general", [
            ("向企业泄露申报评审信息", "二级", "签订保密承诺，评审信息专人管理。"),
        ]),
        ("市场运行科", "科长", "佴菀樨", "middle", [
            ("成品油、酒类流通备案审核徇私", "二级", "备案材料清单公开，审核意见书面留痕。"),
            ("市场保供补贴企业认定不公", "一级", "补贴企业名单集体研究，公示五个工作日。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表：", None, "审核：", None, None, f"{unit}（盖章）", None)
    return _layout(
        "manzhouli_commerce_bureau_list", "https://flamenplasma.com/wanboguanwangmanbetx/art/2022/1/14/art_2218_75652.html",
        "市商务局 岗位廉政风险防控一览表, after the source's 打造国内国际双循环重要节点 (贸易畅通, 招商引资, 对俄贸易): an "
        "``附件1`` line, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施, no type column; a 填表/审核/盖章 line",
        [sh], t,
    )  # fmt: skip


def manzhouli_logistics_park_posts() -> dict:
    unit = f"{PLACE}国际物流产业园区管理委员会"
    sh = _Sheet("排查表", [6, 14, 12, 36, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("招商服务部", "部长", "middle", [
            ("入园企业落户条件审核放宽标准", "岗位职责风险", "高", "落户条件公开，审核结果集体研究。"),
            ("保税仓储用地安排中暗箱操作", "制度机制风险", "高", "用地安排经园区主任办公会研究。"),
        ]),
        ("招商服务部", "业务员", "general", [
            ("为中欧班列集货企业违规出具证明", "岗位职责风险", "中", "证明出具实行登记，部长签批。"),
        ]),
        ("规划建设部", "部长", "middle", [
            ("园区道路、仓库工程变更签证不实", "业务流程风险", "高", "变更签证监理、跟踪审计共同确认。"),
            ("工程验收走过场", "业务流程风险", "中", "验收邀请纪检人员现场监督。"),
        ]),
        ("综合办公室", "出纳", "general", [
            ("公务卡使用不规范，公私不分", "思想道德风险", "低", "公务卡消费每月对账公开。"),
            ("现金收支不及时入账", "制度机制风险", "中", "现金日清月结，主任不定期抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    return _layout(
        "manzhouli_logistics_park_posts", "https://www.bkwk.cn/article/jmmzlbjkafrbhdjsqj.html",
        "国际物流产业园区管理委员会 岗位廉政风险点排查表 对岗不对人, after the source's 满洲里口岸物流园区 (仓储, 配送, "
        "国际物流枢纽): a title, 序号/部门 merged/岗位 merged/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def manzhouli_trade_service_center_cards() -> dict:
    unit = f"{PLACE}中俄贸易服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "佴楝舟", "主持全面工作", "leader", [
            ("对俄经贸洽谈会展位安排中收受企业好处", "★★★", "展位安排公开招展，结果公示。"),
            ("中心服务外包项目指定供应商", "★★★", "外包项目政府采购，主任不参与评审。"),
            ("公务接待超标准", "★", "执行接待清单制度，每月公开。"),
        ]),
        ("副主任", "禚槿岩", "分管翻译服务、企业咨询", [
            ("对俄翻译认证服务违规收费", "★★", "收费标准上墙公示，票据统一管理。"),
            ("为企业办理赴俄商务邀请函把关不严", "★★★", "邀请函办理两级审核，台账登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for card in cards:
        post, who, work = card[0], card[1], card[2]
        tier, points = (card[3], card[4]) if len(card) == 5 else ("leader", card[3])
        sh = _Sheet(who, [6, 38, 10, 36])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("分管工作", work, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "日期：", None)
        sheets.append(sh)
    return _layout(
        "manzhouli_trade_service_center_cards", "https://www.bkwk.cn/article/jmmzlbjkaxyytzbc.html",
        "中俄贸易服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 满洲里 边境口岸 (对俄贸易窗口, 中俄蒙"
        "博览会, 跨境投资): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施, a ``注：`` line reading the stars, a 持卡人签字 line",
        sheets, t,
    )  # fmt: skip


def manzhouli_port_office_group_rows() -> dict:
    unit = f"{PLACE}口岸管理办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、领导班子", "领导班子", [
            ("副主任", "佴椿屹", "leader", [
                ("口岸基础设施建设项目干预招投标", "一级风险", "项目一律进入公共资源交易平台。"),
                ("口岸通关协调中为特定企业开绿灯", "二级风险", "协调事项书面记录，集体研究。"),
            ]),
        ]),
        ("二、口岸协调科", "口岸协调科", [
            ("科长", "禚桤霖", "middle", [
                ("公路口岸货检通道车辆排队放行顺序中收受好处", "一级风险", "排队放行按电子叫号，全程可追溯。"),
                ("口岸查验场所收费审核不严", "二级风险", "收费标准公示，季度审计。"),
            ]),
            ("科员", "佴芮桦", "general", [
                ("泄露企业通关申报信息", "三级风险", "信息系统分级授权，操作留痕。"),
            ]),
        ]),
        ("三、电子口岸科", "电子口岸科", [
            ("科长", "禚檀溆", "middle", [
                ("电子口岸平台建设运维项目验收不严", "二级风险", "验收第三方评估，结果公示。"),
                ("平台数据接口开放审批违规", "三级风险", "接口开放经分管主任审批并登记。"),
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
    sh.add("编制：", None, "审核：", None, "2025年3月", None)
    return _layout(
        "manzhouli_port_office_group_rows", "http://mbji.cn/mbji/满洲里口岸/0",
        "市口岸管理办公室 廉政风险防控责任清单 under GROUP ROWS ``一、领导班子`` … ``三、电子口岸科`` merged across, after the "
        "source's 满洲里口岸 (24小时通关, 公铁空, 海关监管): 序号/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no 科室 column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def manzhouli_border_zone_selfchecks() -> dict:
    unit = f"{PLACE}边境经济合作区管理委员会"
    t = _Truth(unit)
    people = [
        ("经济发展局", "局长", "佴榛野", "middle", [
            ("入区项目产业扶持资金审核把关不严", "Ⅰ级", "已落实双人审核"),
            ("项目考核验收中接受企业宴请", "Ⅱ级", "已签订承诺书"),
            ("企业上报数据审核走过场", "Ⅲ级", "按月比对"),
        ]),
        ("财政金融局", "会计", "禚楸川", "general", [
            ("国库集中支付凭证审核不严", "Ⅰ级", "已实行三级审核"),
            ("往来款项长期挂账不清理", "Ⅱ级", "每季度清理"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 4)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间")
        sh.add(who, dept, post, "2025年4月")
        sh.add("序号", "风险点", "风险等级", "自查情况")
        for i, (point, lv, check) in enumerate(points, 1):
            sh.add(i, point, lv, check)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("本人签字：", None, "科室负责人签字：", None)
        sheets.append(sh)
    return _layout(
        "manzhouli_border_zone_selfchecks", "https://www.bkwk.cn/article/jmmzlkajjxyqdjqytz.html",
        "边境经济合作区管理委员会 岗位廉政风险自查表, one sheet a person, after the source's 满洲里口岸经济 (边境经济合作区, "
        "中俄互市贸易区, 产业园区): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/自查情况, no type column; a 签字 line",
        sheets, t,
    )  # fmt: skip


def manzhouli_bonded_zone_two_sheets() -> dict:
    unit = f"{PLACE}综合保税区服务中心"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 10, 20, 38, 10, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("佴樨禾", "主任", "主持全面工作", [
            ("区内企业入驻审批个人决断", "高风险", "入驻审批经主任办公会集体研究。"),
            ("保税仓库建设项目干预招标", "高风险", "项目进入公共资源交易中心。"),
        ]),
        ("禚桷岚", "副主任", "分管企业服务、安全生产", [
            ("企业扶持奖励兑现审核把关不严", "中风险", "奖励兑现材料公示，财政复核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 10, 10, 38, 10, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("企业服务科", "科长", "佴椴川", "middle", "跨境电商企业备案材料审核不严", "中风险", "备案材料清单化，双人复核。"),
        ("企业服务科", "科长", "佴椴川", "middle", "为企业违规出具保税货物证明", "高风险", "证明出具分管主任签批。"),
        ("企业服务科", "统计员", "禚苓樾", "general", "进出口统计数据随意更改", "低风险", "数据修改留痕，月度比对。"),
        ("综合科", "科长", "佴荻枫", "middle", "办公用品采购不询价", "低风险", "采购三家询价，结果公示。"),
        ("综合科", "科长", "佴荻枫", "middle", "公车使用不登记", "中风险", "公车使用派车单登记。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "manzhouli_bonded_zone_two_sheets", "https://zh.wikipedia.org/zh/%E6%BB%A1%E6%B4%B2%E9%87%8C%E5%8F%A3%E5%B2%B8",
        "综合保税区服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 满洲里口岸 (公路口岸, 中欧班列, 货物吞吐): "
        "``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per "
        "person), ``高风险/中风险/低风险``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def manzhouli_processing_center_register() -> dict:
    unit = f"{PLACE}互市贸易商品落地加工服务中心"
    sh = _Sheet("登记表", [6, 14, 10, 10, 38, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("加工业务科", "科长", "禚蓠川", "middle", [
            ("落地加工企业资格认定中收受好处", "岗位职责", "一级", "认定结果集体研究，公示五日。"),
            ("互市商品进口原料核销把关不严", "业务流程", "一级", "核销数据与海关系统比对。"),
        ]),
        ("加工业务科", "查验员", "佴杼原", "general", [
            ("对加工企业原料去向核查走过场", "岗位职责", "二级", "核查两人同行，拍照留存。"),
            ("泄露企业生产经营信息", "思想道德", "三级", "签订保密承诺书。"),
        ]),
        ("财务科", "出纳", "禚柞林", "general", [
            ("落地加工补贴资金拨付不及时或截留", "制度机制", "二级", "补贴资金直达企业账户。"),
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
    return _layout(
        "manzhouli_processing_center_register", "http://rail.ally.net.cn/html/2008/guoneizixun_0402/12039.html",
        "互市贸易商品落地加工服务中心 廉政风险点排查登记表, after the source's 满洲里口岸 货运量 (货检通道, 电子口岸, 进出口"
        "货运): a title, a 填报单位（盖章） line, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    manzhouli_mutual_trade_zone_bilingual(),
    manzhouli_commerce_bureau_list(),
    manzhouli_logistics_park_posts(),
    manzhouli_trade_service_center_cards(),
    manzhouli_port_office_group_rows(),
    manzhouli_border_zone_selfchecks(),
    manzhouli_bonded_zone_two_sheets(),
    manzhouli_processing_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch671-inbox"))
