"""The nine-hundred-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health
bodies, 贡觉县 (昌都市, 西藏自治区) — its 卫生健康委员会, 疾病预防控制中心, 藏医院, 医疗保障局,
卫生健康综合监督执法大队, 人民医院 and two 乡镇卫生院 (莫洛镇, 相皮乡) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康委员会's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  高/中/低 and a ``注：`` line;
- the 疾病预防控制中心's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 藏医院's 防控卡, one sheet a person (tabs named by the post): ``岗位名称 | … | 责任人 | …`` and a
  merged 岗位职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 医疗保障局's 清单 under GROUP ROWS ``一、局领导`` … (no 股室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 卫生健康综合监督执法大队's 自查表, one sheet a person: a label row ``姓　名 | 所在中队 | 职　务 |
  自查时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``防范措施``, ``自查结果``, no type column;
- the 莫洛镇卫生院's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``,
  short types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 相皮乡卫生院's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, ``较高/一般/较低``.

One is harder:

- ``gongjue_hospital_aid_cadres_dispatching_units``: the 人民医院's 援藏干部人才岗位廉政风险防控一览表,
  the list of the doctors and managers an inland city sent to the county for three years: ``序号 |
  姓名 | 派出单位 | 挂职单位及职务 | 廉政风险点 | 风险等级 | 防控措施`` (序号, 姓名, 派出单位 and 挂职单位及职务
  merged per person), the ``派出单位`` naming each cadre's HOME body in 湖北省十堰市
  (``湖北省十堰市人民医院``, ``十堰市卫生健康委员会医政医管科`` …) and the ``挂职单位及职务`` the post he holds
  here (``贡觉县人民医院副院长``); a ``注：`` line on the 援藏期限. The README's 读得懂的表 and
  docs/layouts.md know a unit from the title, the 填报单位 line, a ``单位`` column of a county's
  consolidated list, a tab's name; they do not describe a column that names a unit which is NOT the
  form's (each holder's home or dispatching body), beside the post held in the filing one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 卫健委's 职能配置 and 内设机构 —
医政医管, 基层卫生, 疾病预防控制, 财务; a 县疾控中心's 乙脑疫苗群体性预防接种 — 摸底登记, 冷链, 培训;
西藏's 藏医医疗机构, 藏药材 and 藏医药浴法; a 专项行动 against 欺诈骗取医保基金 — 虚假住院, 挂床,
追回基金; an 打击非法行医 campaign — 游医、假医, 农村和城乡接合部; 贡觉县 itself — 莫洛镇 the seat, 藏医药
and its 乡; 贡觉's entry — 相皮乡石棺墓, 退出贫困县; a central enterprise's 援藏干部 in 贡觉 — 三年,
县城建设, 职工周转房) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare compound surnames 仉督 and 完颜 with
rare given names); every unit is a body of 贡觉县.

Run ``python tests/published/score.py --set batch957`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the unit is the 人民医院 that files the list, never the ``派出单位``: that column
  names no unit, no 科室, no point and no holder (``十堰市卫生健康委员会医政医管科`` is no 科室 of the
  hospital); the post is the 挂职 post as written after the hospital's name (``院长``, ``副院长``,
  ``公共卫生科主任``, ``医务科副科长``, ``护理部主任``), no 科室 taken out of it; 院长 and 副院长 are
  leaders, the 科's 主任 and 副科长 and the 护理部主任 middle;
- ``班子成员`` is no 科室 (sheet ``班子成员``); ``委领导``, ``局领导``, ``大队领导`` (a 股室 cell, a group
  row, a 所在中队 value) are the 科室 of those leaders; a 委's and a 局's 股, a 中心's 科 and a 大队's
  中队 are 科室;
- the 委, the 中心, the 医院, the 局 and the 大队 are units of their own: 主任 (of the 委 and of the
  中心), 副主任, 院长, 副院长, 局长, 副局长 and 大队长 are leaders; 股长, 科长 and 中队长 middle; the rest
  general; a 乡镇卫生院 is a unit of its own (unit ``贡觉县莫洛镇卫生院``, no 科室): its 院长, a 股级 post, is
  middle;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查结果`` and ``自查时间``
  are no points and name no holder; the 莫洛镇卫生院's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``高风险/中风险/低风险``
  and ``较高/一般/较低`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b957_"
PLACE = "贡觉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
RATHER = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HOSPITAL = f"{PLACE}人民医院"

# (姓名, 派出单位, 挂职职务, tier, [(廉政风险点, 风险等级, 防控措施)])
AID_CADRES = [
    ("完颜昶珝", "湖北省十堰市人民医院", "院长", "leader", [
        ("援藏项目资金安排和医疗设备采购个人说了算", "一级",
         "援藏项目资金使用经院党支部会和县援藏工作组集体研究，结果公示。"),
        ("为内地供应商推销药品耗材打招呼", "一级", "药品耗材一律经县级集中采购平台采购，院长不参与遴选。"),
    ]),
    ("仉督淯琛", "湖北省十堰市太和医院", "副院长", "leader", [
        ("医疗人才“组团式”帮扶经费报销把关不严", "二级", "帮扶经费按项目列支，报销经财务、分管院长、院长三级签字。"),
        ("带教进修人员选派中优亲厚友", "二级", "进修人员按科室推荐、院务会研究确定，名单公示。"),
        ("接受患者及家属红包礼品", "三级", "签订医德医风承诺书，设立红包拒收登记本。"),
    ]),
    ("完颜峣", "十堰市疾病预防控制中心", "公共卫生科主任", "middle", [
        ("基本公共卫生服务项目考核数据把关不严、虚报服务人次", "一级", "考核数据与村卫生室台账、入户抽查比对。"),
        ("包虫病筛查补助发放不规范", "二级", "补助直接打卡到个人，发放名单乡村两级公示。"),
    ]),
    ("仉督沨", "十堰市卫生健康委员会医政医管科", "医务科副科长", "middle", [
        ("医疗纠纷处理中偏袒一方、私下调解", "二级", "医疗纠纷经医务科登记，按程序调解并报院办公会。"),
        ("医师定期考核、评优推荐把关不严", "三级", "考核结果医务科与科室双签，推荐名单公示。"),
    ]),
    ("完颜琇蕤", "十堰市妇幼保健院", "护理部主任", "middle", [
        ("护理耗材领用不登记、账物不符", "二级", "耗材领用实行科室二级库管理，每月盘点。"),
        ("护理人员排班和夜班补助核定不公", "三级", "排班表和补助核定每月在护理部公示。"),
    ]),
]  # fmt: skip


def gongjue_hospital_aid_cadres_dispatching_units() -> dict:
    unit = HOSPITAL
    sh = _Sheet("援藏干部人才", [6, 10, 24, 22, 38, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}援藏干部人才岗位廉政风险防控一览表", 7)
    sh.add("序号", "姓名", "派出单位", "挂职单位及职务", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (who, home, post, tier, points) in enumerate(AID_CADRES, 1):
        for point, lv, measures in points:
            sh.add(n, who, home, f"{unit}{post}", point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(c, lambda row: row[1]) for c in (0, 1, 2, 3)])
    _line(sh, "注：以上为湖北省第十一批援藏干部人才，援藏期限三年（2025年7月至2028年7月），"
              "派出单位为其原工作单位。", 7)  # fmt: skip
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, "2025年9月")
    return _layout(
        "gongjue_hospital_aid_cadres_dispatching_units", "http://meilami.cn/cUIoQH_hOiAqLwIiPQtbq",
        "(harder) 县人民医院 援藏干部人才岗位廉政风险防控一览表, after the source's account of a central enterprise's 援藏干部 "
        "in 贡觉 (三年一批, 县城的宾馆、幼儿园、职工周转房, 交通不便): a title, 序号/姓名/``派出单位`` (each cadre's HOME body "
        "in 湖北省十堰市, one a 委's 科)/``挂职单位及职务`` (the hospital's name and the post held here), all four merged per "
        "person, then 廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line on the 援藏期限 and a sign-off line; "
        "no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gongjue_health_commission_list() -> dict:
    unit = f"{PLACE}卫生健康委员会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("委领导", "主任", "完颜彧暄", "leader", "卫生健康项目和专项资金分配个人说了算", "制度机制风险", "高",
         "项目和资金分配经委党组会集体研究，会议纪要存档。"),
        ("委领导", "主任", "完颜彧暄", "leader", "干部选拔和职称推荐中打招呼", "思想道德风险", "中",
         "选人用人全程纪实，推荐结果公示。"),
        ("医政医管股", "股长", "仉督珺", "middle", "医疗机构设置审批和校验放宽条件", "岗位职责风险", "高",
         "审批事项两人以上现场核查，结果网上公开。"),
        ("医政医管股", "股长", "仉督珺", "middle", "医疗质量检查走过场、通报不实", "业务流程风险", "中",
         "检查结果书面反馈医疗机构，整改情况跟踪复查。"),
        ("基层卫生股", "干事", "完颜澂", "general", "乡村医生补助核定不实、虚报人数", "岗位职责风险", "中",
         "补助名单与乡镇卫生院考勤比对，发放前公示。"),
        ("规划财务股", "会计", "仉督琬", "general", "专项资金拨付不按进度、挤占挪用", "业务流程风险", "高",
         "资金拨付按项目进度和验收结果，会计出纳分设。"),
        ("规划财务股", "会计", "仉督琬", "general", "报销票据审核不严", "外部环境风险", "低",
         "报销单据经股长复核、分管领导审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "gongjue_health_commission_list", "http://m.mkcnfr.com/c/2018-09-11/2166581.shtml",
        "县卫生健康委员会 岗位廉政风险防控一览表, after the source's report on a 卫健委's 职能配置 and 内设机构 (医政医管, "
        "基层卫生健康, 疾病预防控制, 规划发展, 财务): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def gongjue_cdc_two_sheets() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("仉督翙", "主任", "主持全面工作", [
            ("疫苗和检测试剂采购中指定供应商", "一级", "采购经中心办公会研究，一律通过自治区平台采购。"),
            ("中心经费支出一支笔审批", "一级", "大额支出集体研究，财务每季度公开。"),
        ]),
        ("完颜晞", "副主任", "分管免疫规划、传染病防治", [
            ("群体性预防接种补助经费发放不实", "二级", "补助按接种登记人次核发，乡镇卫生院签字确认。"),
            ("疫情报告中瞒报、迟报", "二级", "疫情信息直报系统留痕，中心每周核对。"),
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
    dept = _Sheet("科室", [6, 12, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("免疫规划科", "科长", "仉督暻", "middle", "疫苗出入库登记不实、账物不符", "一级", "疫苗出入库扫码登记，每月盘点。"),
        ("免疫规划科", "科长", "仉督暻", "middle", "冷链设备维护费用虚报", "二级", "维护费用凭维修记录和验收单报销。"),
        ("检验科", "检验员", "完颜沅澧", "general", "检测报告出具不实、收受好处", "一级", "检测报告双人复核，原始记录存档。"),
        ("办公室", "出纳", "仉督璆", "general", "现金收支不及时入账", "二级", "现金日清月结，主任每月抽查。"),
        ("办公室", "出纳", "仉督璆", "general", "培训会务费用虚列", "三级", "会务费用凭签到表和发票报销。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "gongjue_cdc_two_sheets", "http://www.mswk.cn/Article/ShowArticle.asp?ArticleID=140060",
        "县疾病预防控制中心 廉政风险防控一览表 in TWO SHEETS, after the source's 县疾控中心 report on a 乙脑疫苗群体性预防接种 "
        "(摸底登记, 冷链, 乡镇卫生院, 培训, 评估验收): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gongjue_tibetan_hospital_cards() -> dict:
    unit = f"{PLACE}藏医院"
    t = _Truth(unit)
    cards = [
        ("院长", "完颜骞", "院长", "主持医院全面工作，分管藏药制剂", "leader", [
            ("藏药材采购中指定供货商、以次充好", "★★★", "藏药材采购三家比价，入库由药剂科和纪检员共同验收。"),
            ("藏医药浴项目收费标准擅自调整", "★★", "收费项目和标准经县医疗保障局核定后上墙公示。"),
            ("接受药商宴请和礼品", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("药剂科科长", "仉督崧", "药剂科科长", "藏药制剂配制和药库管理", "middle", [
            ("藏药制剂出库不登记、私自外卖", "★★★", "制剂出库凭处方和领用单，每月账物核对。"),
            ("珍贵藏药材保管不善、账实不符", "★★", "珍贵药材双人双锁保管，每季度盘点。"),
        ]),
        ("收费员", "完颜昀", "收费员", "门诊、住院收费和医保结算", "general", [
            ("收费不开票据、截留现金", "★★", "收费一律通过系统开具票据，日结日缴。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("岗位名称", post, "责任人", who)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("责任人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "gongjue_tibetan_hospital_cards", "https://gyzzzx.com/xwzx/gnsz/gdxw/201908/20/t20190820_32963838.shtml",
        "县藏医院 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's report on 西藏's 藏医医疗"
        "机构 (公立藏医院, 乡镇卫生院藏医药覆盖, 藏药材资源, 藏医药浴法): a title, ``岗位名称 | … | 责任人 | …`` and a merged "
        "岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 责任人（签字）",
        sheets, t,
    )  # fmt: skip


def gongjue_medical_security_bureau_group_rows() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "仉督曦", "leader", [
                ("定点医药机构协议签订和解除中徇私", "一级风险", "协议签订和解除经局党组会集体研究。"),
                ("欺诈骗保案件查处中说情、降格处理", "一级风险", "案件查处结果集体审定，移送情况登记备查。"),
            ]),
        ]),
        ("二、基金监管股", "基金监管股", [
            ("股长", "完颜濯", "middle", [
                ("对虚假住院、挂床住院等问题查处不力", "一级风险", "住院病人现场抽查，检查记录双人签字。"),
            ]),
            ("稽核员", "仉督骐", "general", [
                ("追回医保基金不及时入账", "二级风险", "追回资金直接缴入基金专户，按月对账。"),
                ("智能监控疑点数据核查不实", "三级风险", "疑点数据核查留痕，股长复核。"),
            ]),
        ]),
        ("三、待遇保障股", "待遇保障股", [
            ("经办员", "完颜璟", "general", [
                ("城乡居民医疗救助对象认定把关不严", "二级风险", "救助对象与民政、乡村振兴数据比对。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "gongjue_medical_security_bureau_group_rows",
        "https://jendow.com.tw/wiki/%E6%89%93%E6%93%8A%E6%AC%BA%E8%A9%90%E6%AC%BA%E5%8F%96%E9%86%AB%E7%99%82"
        "%E4%BF%9D%E9%9A%9C%E5%9F%BA%E9%87%91%E5%B0%88%E9%A0%85%E8%A1%8C%E5%8B%95",
        "县医疗保障局 廉政风险防控责任清单 under GROUP ROWS, after the source's entry on the 打击欺诈骗取医疗保障基金专项行动 "
        "(虚假住院, 过度检查, 追回医保基金, 解除协议): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施, group rows ``一、局领导``, ``二、基金监管股``, ``三、待遇保障股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def gongjue_health_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}卫生健康综合监督执法大队"
    t = _Truth(unit)
    people = [
        ("仉督峣嵘", "大队领导", "大队长", "leader", [
            ("非法行医案件查处中说情、以罚代刑", "Ⅰ级", "案件移送情况集体研究，结果告知举报人。", "已落实"),
            ("行政处罚自由裁量不公", "Ⅰ级", "执行处罚裁量基准，法制审核把关。", "已落实"),
        ]),
        ("完颜沨", "医疗卫生监督中队", "监督员", "general", [
            ("检查诊所时接受吃请、收受礼品", "Ⅱ级", "检查两人以上，执法记录仪全程记录。", "未发现问题"),
            ("对游医、假医线索不登记、不查处", "Ⅱ级", "举报线索一律登记编号，限时核查。", "已落实"),
        ]),
        ("仉督霖", "公共卫生监督中队", "中队长", "middle", [
            ("公共场所卫生许可现场审查把关不严", "Ⅰ级", "许可现场审查两人签字，结果公示。", "已落实"),
            ("生活饮用水抽检样品调换", "Ⅲ级", "抽检样品现场封存，照片上传系统。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gongjue_health_enforcement_selfchecks",
        "http://zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/henan/2009/0821/433148.html",
        "县卫生健康综合监督执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report "
        "on an 打击非法行医 campaign (游医、假医, 农村和城乡接合部, 加大执法和打击力度): a title, a label row ``姓　名 | 所在中队 | "
        "职　务 | 自查时间`` over a row of values, then 序号/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防范措施/``自查结果``; no type "
        "column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def gongjue_moluo_health_centre_posts() -> dict:
    unit = f"{PLACE}莫洛镇卫生院"
    sh = _Sheet("排查表", [6, 12, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院长", "middle", "基本药物采购", "基本药物和耗材采购中收受回扣", "思想道德", "高风险",
         "药品一律网上集中采购，院务会研究采购计划。"),
        ("院长", "middle", "绩效工资分配", "绩效工资分配向个人和亲友倾斜", "制度机制", "中风险",
         "分配方案经职工大会通过并公示。"),
        ("藏医", "general", "处方开具", "开具大处方、人情方，串换医保药品", "岗位职责", "高风险",
         "处方每月点评，异常处方约谈。"),
        ("公卫专干", "general", "孕产妇健康管理补助", "孕产妇住院分娩补助虚报冒领", "业务流程", "中风险",
         "补助名单与住院记录比对，打卡发放。"),
        ("药房管理员", "general", "药品出入库", "药品出入库登记不实，过期药品处理不规范", "业务流程", "低风险",
         "药品出入库系统登记，过期药品集中销毁留影。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：院办", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "gongjue_moluo_health_centre_posts", "https://gongjue.changdu.gov.cn/gjx/c105851/zjcd.shtml",
        "镇卫生院 岗位廉政风险点排查表 对岗不对人, after the source's page on 贡觉县 (金沙江西岸, 莫洛镇 the county's seat, 1镇"
        "11乡, 藏医药事业, 林地和草地): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gongjue_xiangpi_health_centre_list() -> dict:
    unit = f"{PLACE}相皮乡卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院长", "完颜曜", "middle", "村医补助和基本公卫经费分配不公", "制度机制", "较高",
         "经费分配方案经院务会研究，结果在村卫生室公示。"),
        ("院长", "完颜曜", "middle", "医疗设备验收走过场", "岗位职责", "一般",
         "设备验收两人以上，验收单存档。"),
        ("会计", "仉督瑑", "general", "医保结算资金对账不及时", "业务流程", "较高",
         "每月与县医疗保障局对账，差异及时查明。"),
        ("会计", "仉督瑑", "general", "食堂采购报账票据不实", "外部环境", "一般",
         "采购凭发票、入库单和验收人签字报账。"),
        ("防保员", "完颜珣", "general", "儿童预防接种登记造假", "岗位职责", "较低",
         "接种信息录入系统，与接种证核对。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), RATHER[lv])
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "gongjue_xiangpi_health_centre_list", "http://9aivip.com/item/%E8%B4%A1%E8%A7%89/127131",
        "乡卫生院 岗位廉政风险防控一览表, after the source's entry on 贡觉县 (金沙江西岸, 辖1个镇、11个乡, 相皮乡石棺墓, 退出贫困县): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/岗位/责任人 on EVERY row/廉政风险点/风险类别 "
        "(short names)/风险等级 ``较高/一般/较低``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gongjue_hospital_aid_cadres_dispatching_units(),
    gongjue_health_commission_list(),
    gongjue_cdc_two_sheets(),
    gongjue_tibetan_hospital_cards(),
    gongjue_medical_security_bureau_group_rows(),
    gongjue_health_enforcement_selfchecks(),
    gongjue_moluo_health_centre_posts(),
    gongjue_xiangpi_health_centre_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch957-inbox"))
