"""The three-hundred-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生 bodies,
蒲城县 (a county of 渭南 on the 关中 plain, its staff Han) — the 县卫生健康局, the 县医院, the 县中医医院,
three 镇卫生院 (龙池镇, 罕井镇, the 孙镇中心卫生院) and two 村卫生室 (陈庄镇东庙村, 尧山镇北社村) — each
handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 中医医院's 防控卡, one sheet a holder (tabs 副院长, 中药房主任, 采购员): two rows of pairs
  ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 持卡时间 | …``, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … |
  院纪检监察员：``;
- the 龙池镇卫生院's 一览表 under GROUP ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房``,
  ``四、财务室`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/date line;
- the 罕井镇卫生院's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 孙镇中心卫生院's 责任清单: ``责任科室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the measures
  and a LAST ``责任领导`` column naming the 院长 on every row;
- the 东庙村卫生室's 自查表, one sheet a person (tabs named by the holder): a LABEL ROW ``姓　名 |
  岗　位 | 填表时间`` over a row of values (no 科室: the 室 has none), then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 卫生院
  审核意见：``;
- the 北社村卫生室's 一览表 under ``附件1``: ``岗位 | 责任人`` written out on EVERY row, nothing
  merged, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``pucheng_county_hospital_duty_and_point_in_one_cell``: the 县医院's 岗位廉洁风险防控一览表, an
  ordinary list (``科室`` merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, the
  measures) whose risk column is headed ``岗位职责及廉政风险点`` and whose every cell holds TWO LABELLED
  LINES: FIRST the duty, ``职责：负责医学装备申购计划的汇总和审核。``, THEN the risk of that duty,
  ``风险点：申购计划编制中设置倾向性技术参数`` (one duty and one point a cell, a row a point; no other
  column holds a point). The point is the text after ``风险点：``; the ``职责：`` line is the duty the
  point lies in, no point (as a ``职责事项`` column is none). The README's 读得懂的表 knows a
  ``风险点：…⏎防控措施：…`` cell (the point, then its MEASURES), ``风险点1：…⏎防控措施1：…`` pairs,
  ``风险点。对策：…``, ``风险点——表现形式`` (the point, then its DESCRIPTION), a work area before the
  point (``工程发包方面：…``, a type ``思想道德风险：…``), a ``岗位名称及职责`` cell (the POST on its first
  line, its duties after), ``风险事项 | 廉政风险点`` in TWO columns, and joined headings ``风险点及等级``,
  ``风险类别及等级``, ``防控措施及责任人`` whose column is the FIRST item and whose cell carries the second
  (a level, a type or a holder); it does not describe a joined heading whose FIRST item is the duty
  (``岗位职责及…``) over cells that LEAD WITH A LABELLED DUTY LINE and put the point SECOND, after its
  own label — read by the joined-heading rule the column would be the 岗位职责 and the table would
  have no point column; read as one text the point would carry the duty.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or by their titles (a hospital's
医学装备管理办法 — 医学装备管理委员会, 设备科 and 信息科 as 管理部门, 监察科, 医务处, 申购, 招标采购,
处置及报废; a 区卫健局's 机构职责 — 宣传, 权责清单, 行政许可, 疾病防治规划, 公共卫生监督, 职业卫生,
行风建设; a 中药饮片处方点评工作方案; a 盟's measures to 完善医疗卫生服务体系 — 优质医疗资源下沉,
基层医疗机构, 专家派驻, 组团式支援; an article on 基本公共卫生服务 专项资金 — 挤占挪用, 重点人群 随访
次数, 多收费; the 紧密型县域医共体评判标准; how 村医基药补助 is shared and paid; a 村 送药 责任机制) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 蒲城县, named with the county's name.

Run ``python tests/published/score.py --set batch374`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``岗位职责及廉政风险点`` cell is ONE point, its ``risk_point`` the text after
  ``风险点：`` (without the label, as the 职责 line and the label are no part of it: a point inside
  its cell, as batch276's numbered items); the ``职责：`` line is no point and names no holder; the
  ``填报单位（盖章）：… 填报时间：…`` line is no point;
- ``局领导`` (the 卫健局's sheet of its leaders, named so by its tab and title) and ``院领导`` (a group
  row, a card's 所在科室, a 科室 or 责任科室 cell) are the 科室 of those leaders; a 局's 股 and its
  办公室, a 医院's and a 卫生院's 科, 药房, 中药房, 门诊部, 收费室 and 财务室 are 科室; a group row
  ``二、公共卫生科`` gives the 科室 ``公共卫生科`` (its number left off); a 村卫生室 has no 科室: its
  posts stand without one;
- every 局, 医院, 卫生院 and 村卫生室 here is a unit of its own (the 镇卫生院 named ``蒲城县龙池镇卫生院``,
  the 村卫生室 ``蒲城县陈庄镇东庙村卫生室``): 局长, 副局长, 院长, 副院长 and a 村卫生室's 负责人 are
  leaders; 股长, 办公室主任, a 科's 科主任 and 科长 and the 中药房主任 middle; the rest (科员, 会计, 出纳,
  工程师, 采购员, 药剂员, 公卫医生, 公卫专干, 医生, 收费员, 乡村医生) general;
- ``风险点 | 风险表现`` (the 罕井镇卫生院's list): the point is the short 风险点; ``分管工作``,
  ``职责事项``, ``持卡时间`` and ``自查情况`` are no points and name no holder; the 孙镇中心卫生院's LAST
  ``责任领导`` column names a supervisor (the holder is ``责任人``); the 罕井镇卫生院's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``一级/二级/三级``, ``一级风险/二级风险/
  三级风险``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 北社村卫生室's
  note) are 1/2/3.

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

PREFIX = "b374_"
PLACE = "蒲城县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

DUTY_UNIT = f"{PLACE}医院"
DUTY_HEAD = (
    "序号",
    "科室",
    "岗位",
    "姓名",
    "岗位职责及廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
)
DUTY_LABEL, POINT_LABEL = "职责：", "风险点："
# (科室, 岗位, 姓名, tier, [(职责, 风险点, 风险类型, 风险等级, 防控措施)])
DUTY_ROWS = [
    ("院领导", "院长", "訾铎屹", "leader", [
        ("主持医院全面工作，负责“三重一大”事项的决策。", "“三重一大”事项不经党委会集体研究，个人说了算",
         "制度机制", "高", "“三重一大”事项清单化管理，会议纪要存档备查。"),
        ("负责医院中层干部的选拔任用。", "中层干部选拔任用中任人唯亲", "思想道德", "中",
         "干部选拔全程纪实，任前公示。"),
    ]),
    ("院领导", "副院长", "佴湜嵩", "leader", [
        ("分管医学装备和后勤保障工作。", "插手大型医用设备采购，为供应商打招呼", "外部环境", "高",
         "大型设备采购进入公共资源交易平台，领导干部插手干预记录报告。"),
        ("主持医学装备管理委员会的日常事务。", "设备购置可行性论证走过场", "业务流程", "中",
         "论证专家随机抽取，论证意见存档。"),
    ]),
    ("设备科", "科主任", "郏瑗笙", "middle", [
        ("负责医学装备申购计划的汇总和审核。", "申购计划编制中设置倾向性技术参数", "岗位职责", "高",
         "技术参数经使用科室、设备科、监察科会审。"),
        ("负责医学装备的验收入库。", "验收不严，以次充好", "业务流程", "中",
         "使用科室、设备科、审计科三方共同验收并签字。"),
    ]),
    ("设备科", "工程师", "缑暄柘", "general", [
        ("负责医疗设备的维修保养。", "虚报维修配件数量，外修单位选择不公开", "岗位职责", "中",
         "更换配件旧件回收登记，外修单位比价选定。"),
    ]),
    ("药剂科", "科主任", "亓玥蘅", "middle", [
        ("负责新药遴选和药事管理与药物治疗学委员会的日常工作。", "新药遴选中接受药企宴请、回扣", "外部环境", "高",
         "新药引进经药事委员会无记名投票，结果公示。"),
        ("负责处方点评和合理用药监测。", "违规统方，向医药代表提供医生用药数据", "岗位职责", "高",
         "统方权限分级授权，查询操作全程留痕。"),
    ]),
    ("医务科", "科长", "禚珝檀", "middle", [
        ("负责医疗纠纷的接待和调处。", "医疗纠纷处理中偏袒一方，收受当事人财物", "思想道德", "中",
         "纠纷处理两人以上参加，重大纠纷引入第三方调解。"),
        ("负责医师执业注册和手术分级授权。", "手术分级授权把关不严", "制度机制", "低",
         "授权经医疗质量管理委员会审定并公示。"),
    ]),
    ("财务科", "会计", "蒯滢岫", "general", [
        ("负责医疗收入的核算和票据管理。", "医疗收入不及时入账，截留收入", "制度机制", "中",
         "收入日清日结，票据按号段核销。"),
        ("负责医保结算资料的审核上报。", "虚增医保结算项目，套取医保基金", "业务流程", "高",
         "医保结算数据与病历抽查比对，医保办复核。"),
    ]),
]  # fmt: skip


def _duty_cell(duty: str, point: str) -> str:
    return f"{DUTY_LABEL}{duty}\n{POINT_LABEL}{point}"


def pucheng_county_hospital_duty_and_point_in_one_cell() -> dict:
    unit = DUTY_UNIT
    sh = _Sheet("一览表", [6, 10, 9, 9, 44, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 4}填报时间：2025年10月", 8)
    sh.add(*DUTY_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in DUTY_ROWS:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, _duty_cell(duty, point), typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "院长（签字）：", None)
    return _layout(
        "pucheng_county_hospital_duty_and_point_in_one_cell", "https://wenshuyi.com/a/file48pixjx3.html",
        "(harder) 县医院 岗位廉洁风险防控一览表, after the source's 医学装备管理办法 (医学装备管理委员会, 设备科 and 信息科, "
        "监察科, 医务处, 申购, 招标采购, 处置及报废): a title, a merged ``填报单位（盖章）：… 填报时间：…`` line, then 序号/科室 "
        "merged/岗位 and 姓名 merged per person/a JOINED column ``岗位职责及廉政风险点`` whose every cell holds TWO LABELLED "
        "LINES — the duty first (``职责：负责医学装备申购计划的汇总和审核。``), then the point (``风险点：申购计划编制中设置"
        "倾向性技术参数``)/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pucheng_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "厍崑炜", "主持全面工作，分管规划财务股", [
            ("卫生健康项目资金分配不经党组会集体研究", "一级", "项目资金分配方案经党组会研究，分配结果公开。"),
            ("对系统内医疗卫生单位负责人选任把关不严", "二级", "单位负责人选任严格执行程序，全程纪实。"),
        ]),
        ("副局长", "璩晗柯", "分管医政医管股和行政审批工作", [
            ("医疗机构设置审批中打招呼、开口子", "一级", "审批条件和结果网上公开，审批意见集体审核。"),
            ("对医疗机构违规执业问题查处说情", "二级", "案件查处全程记录，处理结果集体研究。"),
            ("接受医疗机构宴请和礼品", "三级", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    dept = _Sheet("股室", [6, 14, 10, 9, 38, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "钭澐棣", "middle", [
            ("行风建设投诉举报件压案不办", "二级", "投诉件登记编号，办理结果回访。"),
            ("公务接待超标准、虚列接待费用", "三级", "接待事前审批，接待清单按月公示。"),
        ]),
        ("医政医管股", "股长", "郇琰朴", "middle", [
            ("医疗机构执业登记校验走过场", "一级", "校验实行现场核查，校验结果公示。"),
            ("医师执业注册材料审核不严", "二级", "注册材料清单化审核，双人复核。"),
        ]),
        ("疾病预防控制股", "科员", "邴曦玳", "general", [
            ("疫苗冷链设备采购指定品牌", "二级", "采购需求经股室集体研究，公开比选。"),
            ("传染病疫情报告督查流于形式", "三级", "督查记录留存，问题限期整改。"),
        ]),
        ("规划财务股", "会计", "宓淞苓", "general", [
            ("基本公共卫生服务补助资金不按考核结果拨付", "一级", "资金拨付与绩效考核结果挂钩，拨付情况公开。"),
            ("虚列支出套取资金", "二级", "支出凭证经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "pucheng_health_bureau_two_sheets", "http://qoeid.cn/art/2025/4/25/art_174956_5442946.html",
        "县卫生健康局 廉政风险防控表 in two sheets, after the source's 区卫健局 机构职责 (宣传, 权责清单, 行政许可, 疾病防治规划, "
        "公共卫生监督, 职业卫生, 行风建设): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def pucheng_tcm_hospital_cards() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    cards = [
        ("副院长", "綦旸翊", "副院长", "院领导", "leader", [
            ("中药饮片供应商遴选中为关系企业打招呼", "外部环境风险", "★★★", "供应商遴选经院务会集体研究，结果公示。"),
            ("院内中药制剂开发项目不经院务会研究", "制度机制风险", "★★", "制剂项目立项经院务会研究，论证意见存档。"),
        ]),
        ("中药房主任", "滕芃渺", "中药房主任", "中药房", "middle", [
            ("中药饮片验收中对以次充好、掺杂使假放行", "岗位职责风险", "★★★", "饮片验收双人核对，抽样送检。"),
            ("处方点评中隐瞒超量开具饮片问题", "业务流程风险", "★★", "点评结果按月公示，异常处方上报医务科。"),
            ("接受饮片企业的返利和礼品", "思想道德风险", "★★", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("采购员", "酆沅蕤", "采购员", "药剂科", "general", [
            ("中药饮片采购不按集中采购目录执行", "业务流程风险", "★★", "采购计划经科主任审核，目录外采购报批。"),
            ("与供应商串通抬高采购价格", "思想道德风险", "★", "采购价格按月比对，采购与验收分离。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 38, 13, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在科室", dept, "持卡时间", "2025年10月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "院纪检监察员：", None, None)
        sheets.append(sh)
    return _layout(
        "pucheng_tcm_hospital_cards",
        "https://abg.baidu.com/tags/xww4556kuhjl3qogz3amt6v37k43tvwq2ku5f66gvs2knn55wxr4nqfzutl7pn55wc4a14",
        "县中医医院 岗位廉政风险防控卡, one sheet a holder (tabs 副院长, 中药房主任, 采购员), after the source's 中药饮片处方点评"
        "工作方案: a title, PAIRS ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 持卡时间 | …``, then 序号/风险点/风险类型 "
        "``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 院纪检监察员：``",
        sheets, t,
    )  # fmt: skip


def pucheng_longchi_health_center_group_rows() -> dict:
    unit = f"{PLACE}龙池镇卫生院"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "殳湛骞", "leader", [
                ("医疗设备和药品耗材采购不经院务会研究", "制度机制", "高", "采购事项经院务会集体研究，纪要存档。"),
                ("绩效工资分配向个人和关系人倾斜", "思想道德", "中", "分配方案经职工大会通过并公示。"),
            ]),
            ("副院长", "羿玓苒", "leader", [
                ("医共体帮扶资金使用不规范", "业务流程", "中", "帮扶资金专账核算，使用情况公开。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "阙砚澍", "middle", [
                ("基本公卫服务考核数据弄虚作假", "岗位职责", "高", "考核数据抽样入户核实，结果公示。"),
            ]),
            ("公卫医生", "汲沄瑜", "general", [
                ("虚建居民健康档案、虚报随访次数", "业务流程", "高", "健康档案电话回访抽查，随访记录留痕。"),
                ("家庭医生签约服务只签约不服务", "岗位职责", "低", "签约服务记录按月检查，群众满意度测评。"),
            ]),
        ]),
        ("三、药房", "药房", [
            ("药剂员", "昝瑱琦", "general", [
                ("药品零差率销售执行不到位，私自加价", "岗位职责", "中", "药品价格系统锁定，每月抽查处方价格。"),
                ("近效期药品处置不登记", "制度机制", "低", "近效期药品台账管理，报损经院长审批。"),
            ]),
        ]),
        ("四、财务室", "财务室", [
            ("出纳", "仉翾蓁", "general", [
                ("坐支现金，收费票据管理混乱", "制度机制", "中", "现金日清月结，票据专人领用核销。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "pucheng_longchi_health_center_group_rows", "http://anxinhuarui.com/art/2024/7/5/art_6821_532268.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's measures to 完善医疗卫生服务体系 (优质医疗资源下沉, 基层医疗机构, "
        "专家派驻, 组团式支援): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP "
        "ROWS ``一、院领导``, ``二、公共卫生科``, ``三、药房``, ``四、财务室`` merged across (no 科室 column); 岗位 and 姓名 "
        "merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def pucheng_hanjing_health_center_posts() -> dict:
    unit = f"{PLACE}罕井镇卫生院"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("大额资金使用", "大额资金使用不经集体研究，个人审批", "制度机制风险", "Ⅰ级", "大额资金支出院务会研究，按季公开。"),
            ("编外人员招聘", "编外人员招聘条件因人而设", "思想道德风险", "Ⅱ级", "招聘方案报县卫健局备案，结果公示。"),
        ]),
        ("公共卫生科", "科长", "middle", [
            ("公卫项目资金使用", "专项资金挤占挪用、超范围列支", "业务流程风险", "Ⅰ级", "专项资金专账核算，支出经院长审批。"),
        ]),
        ("公共卫生科", "公卫医生", "general", [
            ("重点人群随访", "重症精神病患者等重点人群随访次数虚报", "岗位职责风险", "Ⅱ级", "随访记录抽查回访，虚报追责。"),
        ]),
        ("门诊部", "医生", "general", [
            ("处方开具", "开大处方、搭车开药", "岗位职责风险", "Ⅱ级", "处方每月点评，超常处方预警。"),
            ("医保结算", "挂床住院、虚记诊疗项目", "外部环境风险", "Ⅰ级", "住院病人每日查房核对，医保结算抽查。"),
        ]),
        ("收费室", "收费员", "general", [
            ("门诊收费", "多收费、重复收费，截留现金", "业务流程风险", "Ⅲ级", "收费项目和标准公示，日结对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, "2025年10月", None)
    return _layout(
        "pucheng_hanjing_health_center_posts", "http://m.dybbs8.com/excel/255064.html",
        "镇卫生院 岗位廉政风险点排查表 对岗不对人, after the source's article on 基本公共卫生服务 专项资金 (挤占挪用, 重点人群 "
        "随访次数, 多收费): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def pucheng_sunzhen_central_health_center_duties() -> dict:
    unit = f"{PLACE}孙镇中心卫生院"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 14, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    chief = "谯炘峤"
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "责任科室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    rows = [
        ("院领导", "院长", chief, "leader", [
            ("院务决策", "医共体分院建设项目不经院务会研究", "制度机制风险", "一级风险",
             "建设项目经院务会集体研究，报县卫健局备案。"),
        ]),
        ("院领导", "副院长", "邰岷沣", "leader", [
            ("医疗质量管理", "医疗纠纷私下协商处理、隐瞒不报", "外部环境风险", "二级风险", "医疗纠纷登记报告，处理结果集体审核。"),
        ]),
        ("医疗科", "科长", "冼籁骐", "middle", [
            ("住院管理", "降低入院标准、分解住院套取医保基金", "业务流程风险", "一级风险", "入院指征审核，在院病人每日核查。"),
            ("会诊转诊", "向上级医院转诊时收取好处", "思想道德风险", "二级风险", "转诊登记备案，转诊去向按月统计。"),
        ]),
        ("收费室", "收费员", "暨姝蔓", "general", [
            ("门诊收费", "收费不开票据、截留收入", "岗位职责风险", "二级风险", "收费系统自动出票，日结对账。"),
            ("退费管理", "虚假退费侵占资金", "业务流程风险", "三级风险", "退费凭证经科室和财务双签。"),
        ]),
        ("公共卫生科", "公卫专干", "笪濯芸", "general", [
            ("预防接种", "非免疫规划疫苗接种违规收费", "岗位职责风险", "一级风险", "疫苗价格公示，接种收费系统记录。"),
            ("健康档案管理", "居民健康档案信息泄露", "制度机制风险", "三级风险", "档案系统权限分级，查询留痕。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年10月", None, None)
    return _layout(
        "pucheng_sunzhen_central_health_center_duties",
        "https://abg.baidu.com/tags/xx2mhxgqzxh5ru7s2k63tmwm4xdmbroqwhvnppa11",
        "镇中心卫生院 廉政风险防控责任清单, after the source's 紧密型县域医共体评判标准 (the 中心卫生院 a 医共体 member): a title, "
        "then 序号/责任科室 merged (院领导, 医疗科, 收费室, 公共卫生科)/岗位 and ``责任人`` merged per person/``职责事项``/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任领导`` column naming the 院长 "
        "on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def pucheng_dongmiao_village_clinic_selfchecks() -> dict:
    unit = f"{PLACE}陈庄镇东庙村卫生室"
    t = _Truth(unit)
    people = [
        ("亢烨霖", "负责人", "leader", [
            ("基本药物补助分配不公开", "制度机制", "高风险", "补助分配方案和结果在村务公开栏公示。", "已落实"),
            ("村医补助考核结果弄虚作假", "岗位职责", "中风险", "考核资料由镇卫生院抽查复核。", "已落实"),
        ]),
        ("佘蓁沂", "乡村医生", "general", [
            ("私自购进非集中采购药品销售", "业务流程", "高风险", "药品统一由镇卫生院配送，购药凭证留存。", "已落实"),
            ("虚报签约服务和随访人次", "岗位职责", "中风险", "签约服务和随访记录由卫生院电话回访。", "正在整改"),
        ]),
        ("牟涔彧", "乡村医生", "general", [
            ("收受患者红包或药商好处", "思想道德", "中风险", "签订廉洁行医承诺书。", "已落实"),
            ("一般诊疗费多收", "外部环境", "低风险", "收费标准上墙公示，开具票据。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None, None)
        sh.add(who, post, "2025年10月", None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "卫生院审核意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pucheng_dongmiao_village_clinic_selfchecks",
        "https://www.zhetiaohe.com/ss/ccdf1c902a208d7777595fbc0476650148301bfc96d6fb5a10918a73dc8cfdb6b09858e4f4a0c16a.html",
        "村卫生室 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 村医基药补助 分配发放: a "
        "title, a LABEL ROW ``姓　名 | 岗　位 | 填表时间`` over a row of values (no 科室), then 序号/风险点/风险类型 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; a blank row and ``本人签名： | 卫生院审核意见：``",
        sheets, t,
    )  # fmt: skip


def pucheng_beishe_village_clinic_every_row() -> dict:
    unit = f"{PLACE}尧山镇北社村卫生室"
    sh = _Sheet("一览表", [6, 10, 9, 40, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("负责人", "鄢黎珂", "leader", "送药上门服务私自收取费用", "Ⅰ", "送药服务免费，服务记录由村民签字。"),
        ("负责人", "鄢黎珂", "leader", "卫生室药品账目不清、账实不符", "Ⅱ", "药品进销存按月盘点，卫生院抽查。"),
        ("乡村医生", "蔺苡澄", "general", "慢病患者用药登记造假套取医保基金", "Ⅰ", "慢病用药登记与医保结算比对。"),
        ("乡村医生", "蔺苡澄", "general", "转诊中与民营医院串通收取介绍费", "Ⅱ", "转诊去向登记，卫生院按月核查。"),
        ("乡村医生", "逯钊屺", "general", "留存患者医保卡违规刷卡", "Ⅰ", "严禁代管医保卡，刷卡记录抽查回访。"),
        ("乡村医生", "逯钊屺", "general", "老年人健康体检结果敷衍填写", "Ⅲ", "体检结果由卫生院复核，异常结果回访。"),
    ]  # fmt: skip
    for i, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, "2025年10月", None)
    return _layout(
        "pucheng_beishe_village_clinic_every_row",
        "https://www.zhetiaohe.com/ss/ddc52e8329317b54a63d8c6eccf3b42df8a092df6ccd020dc2a8dbb2d466b061f8026152acda8783.html",
        "村卫生室 岗位廉政风险防控一览表, after the source's 村 就医送药 责任机制: ``附件1``, a title, 序号/岗位/责任人 written out "
        "on EVERY row (nothing merged, no 科室)/风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a ``注：`` line on the "
        "grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pucheng_county_hospital_duty_and_point_in_one_cell(),
    pucheng_health_bureau_two_sheets(),
    pucheng_tcm_hospital_cards(),
    pucheng_longchi_health_center_group_rows(),
    pucheng_hanjing_health_center_posts(),
    pucheng_sunzhen_central_health_center_duties(),
    pucheng_dongmiao_village_clinic_selfchecks(),
    pucheng_beishe_village_clinic_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch374-inbox"))
