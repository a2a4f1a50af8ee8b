"""The three-hundred-and-ninetieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水利 and
环保 bodies, 三原县 (a county of 咸阳 on the 关中 plain north of the 泾河, its fields watered by the
清峪河, 冶峪河 and 浊峪河, its staff Han) — the 县水利局, the 县生态环境分局, the 县水土保持工作站, the
县冶峪河灌区管理站, the 县环境监测站, the 县河湖管理站, the 县农村供水管理站 and the 县水政监察大队 —
each handing back the 一览表, 防控卡, 排查表, 责任清单, 自查表 or 登记表 its staff typed in WPS or Excel:

- the 生态环境分局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 水土保持工作站's 防控卡, one sheet a holder (tabs named by the post): ONE ROW of pairs
  ``姓　名 | … | 职　务 | … | 所在股室 | …``, a merged ``岗位职责：…`` line, then
  ``序号 | 风险点 | 风险等级 | 防控措施``, no type column, ``★★★/★★/★`` read by a ``注：`` line,
  ``持卡人签字： | … | 站长签字：``;
- the 冶峪河灌区管理站's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date
  line;
- the 环境监测站's 自查表, one sheet a person (tabs named by the holder): a merged ``单位：…`` line,
  pairs ``姓　名 | … | 职　务 | … | 所在科室 | …`` in one row, ``序号 | 工作环节 | 风险点 | 风险类型 |
  风险等级 | 防控措施``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 站长审核：``;
- the 河湖管理站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、河道管理股``, ``三、采砂监管股``
  merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``;
- the 农村供水管理站's 一览表 written out on EVERY row, nothing merged: ``科室 | 岗位 | 姓名``,
  short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 水政监察大队's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室``
  merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低, a 填表人/审核人/大队长（签字）
  line.

One is harder:

- ``sanyuan_water_bureau_two_line_records``: the 水利局's 岗位廉政风险登记表, set for an A4 page
  stood upright, where EVERY RECORD TAKES TWO ROWS and so does the heading. The heading's first row
  is ``序号 | 股室 | 岗位 | 姓名 | 风险点 | 风险类型 | 风险等级`` (seven columns), its second row holds
  only TWO labels: ``主要表现`` merged over the 股室, 岗位 and 姓名 columns (B–D) and ``防控措施`` merged
  over the 风险点, 风险类型 and 风险等级 columns (E–G); ``序号`` is merged down both rows. Each point is
  then a PAIR of rows laid out as the heading is: a first row ``n | 股室 | 岗位 | 姓名 | 风险点 | 类型 |
  等级`` and a second row whose B–D cell (merged) is the point's long 主要表现 and whose E–G cell
  (merged) is its 防控措施, the number merged down the pair. 股室, 岗位 and 姓名 are therefore typed
  again on every first row (nothing can be merged down across the pairs), and the second row's
  B cell holds a sentence under the 股室 heading, its E cell a sentence under the 风险点 heading. The
  README's 读得懂的表 knows a heading of two rows whose second row SPLITS a group of the first into
  sub-columns (``风险`` over ``点 | 类型 | 等级``, ``防控措施`` over ``事前 | 事中 | 事后``, ``风险等级``
  over ``自查 | 审定``, a three-row heading), a table printed in HALVES (the upper half's columns, then
  the lower half's, matched by 序号: ``TABLE_HALVES``), a card whose items take two rows each
  (``1 | 风险点 | … | 风险等级 | 高`` over ``防控措施 | …``, the labels typed in the item's own rows, no
  heading), one ``防控措施：…`` row merged under a PERSON's several points, and a point's sentence
  continued on the next row; it does not describe a LIST whose heading is two rows of DIFFERENT
  fields lying over the same columns (the second row not a split of the first but the record's
  second line), so that each record is two rows and the columns mean one thing on a record's first
  row and another on its second (``grep -il 'two-line\\|record.*two rows\\|TWO ROWS A POINT'
  tests/published/batch*.py`` finds no list of two-row records: only two-line ``说明`` lines, two-line
  personal blocks above a table and two-line headings of post columns).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 清廉水利机关 建设方案 — 工程建设,
资金拨付, 项目审批, 水政执法; what the new 行政处罚法 means for 生态环境 监管执法 — 限制生产, 停产整治,
责令停止排污, 查封扣押, 自由裁量; the 水土保持方案 编制与审查 of 水利工程 — 弃渣场, 表土保护, 临时防护,
技术审查; a 农业供水灌区's 水费收缴 — 末级渠系, 按亩收费, 计量设施, 用水者协会; a 县监测站 on
环境监测数据弄虚作假 — 采样器, 样品前处理, 数据审核, 质控; a 县水利局's 长江 采砂 管理 — 巡查值守,
视频监控, 联合执法, 责任人名单; a 区's 农村供水 维修养护和水质提升 项目 — 供水设施修缮, 水表管件,
水质检测药剂, 三项制度; a 县's 河长制 and its 水政监察大队 — 禁采, 巡查, 扣留采砂机具, 移送公安) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (rare Han surnames with rare given names, three characters each); every
unit is a body of 三原县, named with the county's name.

Run ``python tests/published/score.py --set batch390`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a record is its two rows: the first row gives the 股室, post, holder, point,
  type and level; the second row's B–D cell is the point's 主要表现 (no point, no 股室, no post and no
  holder) and its E–G cell the point's 防控措施 (no point); the heading's second row (``主要表现``,
  ``防控措施``) is a heading, not a record;
- ``局领导`` (a 股室 cell of the 水利局's list; the 分局's sheet of its leaders, named so by its tab and
  title), ``站领导`` (the 水保站 card's ``所在股室``, a 股室 cell of the 灌区站's list, the 监测站's
  ``所在科室``, a group row of the 河湖站, a 科室 cell of the 供水站's list) and ``大队领导`` (a 科室
  cell of the 水政监察大队's list) are the 科室 of those leaders; a 局's, 站's and 大队's 股, 办公室,
  室 and 中队 are 科室; a group row ``二、河道管理股`` gives the 科室 ``河道管理股`` (its number left off);
- 局长, 副局长, 站长 and 大队长 are leaders; 股长, 中队长 and 办公室主任 middle; the rest (科员, 会计,
  监督员, 配水员, 水费收缴员, 分析员, 采样员, 巡河员, 水质检测员, 维修员, 收费员, 执法队员) general;
- ``风险点 | 风险表现`` (the 灌区站's list): the point is the short 风险点; ``主要表现``, ``分管工作``,
  ``职责事项``, ``工作环节``, ``岗位职责`` and ``持卡时间`` are no points and name no holder; the
  灌区站's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 供水站's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch386).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b390_"
PLACE = "三原县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年5月"


# --------------------------------------------------------------------------- harder layout

TWO_LINE_UNIT = f"{PLACE}水利局"
TWO_LINE_TAB = "登记表"
TWO_LINE_HEAD = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级")
TWO_LINE_SECOND = ("主要表现", "防控措施")
# (股室, 岗位, 姓名, tier, [(风险点, 风险类型, 风险等级, 主要表现, 防控措施)])
TWO_LINE_ROWS = [
    ("局领导", "局长", "宓澂峄", "leader", [
        ("水利工程项目安排搞个人说了算", "制度机制", "高",
         "年度水利项目计划、大额资金安排不经局党组会集体研究，由个人决定。",
         "“三重一大”事项清单化管理，党组会纪要存档备查。"),
        ("插手干预工程招标和施工分包", "思想道德", "高",
         "为特定关系人打招呼，在招标条件、评标、分包中施加影响。",
         "领导干部插手干预工程项目记录报告，招标全程进入公共资源交易平台。"),
    ]),
    ("局领导", "副局长", "郗汭霁", "leader", [
        ("工程变更和验收签字把关不严", "岗位职责", "高",
         "对设计变更、工程量增加不核实即签字同意，验收走过场。",
         "设计变更经技术审查和局务会研究，验收邀请第三方参加。"),
        ("取水许可审批降低条件", "业务流程", "中",
         "对水资源论证不充分、计量设施不到位的申请签批同意。",
         "取水许可实行初审、复审两级把关，审批结果网上公开。"),
    ]),
    ("办公室", "办公室主任", "厍昀涟", "middle", [
        ("公务接待和车辆使用超标准", "制度机制", "中",
         "无公函接待，超标准安排陪餐，公务车辆私用。",
         "接待事前审批、清单按月公示，车辆派车单和行车记录每月核对。"),
    ]),
    ("办公室", "会计", "逄溦芸", "general", [
        ("报销审核不严，虚列支出", "岗位职责", "中",
         "对票据不全、事由不清的会议费、培训费予以报销。",
         "报销实行经办、审核、审批三签，票据逐张审核。"),
        ("水利专项资金拨付不按进度", "业务流程", "高",
         "不凭验收报告和进度证明拨付工程款，提前或超额拨付。",
         "资金拨付凭监理签证和验收报告，按月与项目台账核对。"),
    ]),
    ("建设管理股", "股长", "蔺渫川", "middle", [
        ("工程质量检查降低标准", "岗位职责", "高",
         "质量检查中接受施工单位宴请，对渠道衬砌厚度不足等问题不提出整改。",
         "质量检查两人以上，检查记录拍照存档，整改情况跟踪销号。"),
        ("工程量计量签证不实", "业务流程", "中",
         "计量签证与现场不符，为施工单位多计工程量。",
         "计量签证实行施工、监理、建设三方会签，隐蔽工程影像留存。"),
    ]),
    ("建设管理股", "科员", "芈湜珩", "general", [
        ("工程资料审核走过场", "岗位职责", "低",
         "对施工日志、材料检验报告等资料不认真核对即归档。",
         "资料审核清单化，股长每月抽查。"),
    ]),
    ("水政水资源股", "股长", "钭沣骞", "middle", [
        ("水资源费征收减免违规", "外部环境", "中",
         "对取水户少核取水量，违规减免、缓缴水资源费。",
         "取水量按计量数据核定，减免缓缴经局务会研究并公示。"),
        ("水事违法案件查处不力", "思想道德", "低",
         "对非法取水、侵占河道行为选择性执法，以罚代管。",
         "案件查处全程执法记录，处罚结果集体审核并公开。"),
    ]),
]  # fmt: skip


def sanyuan_water_bureau_two_line_records() -> dict:
    unit = TWO_LINE_UNIT
    sh = _Sheet(TWO_LINE_TAB, [6, 11, 10, 9, 30, 10, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 8}填报时间：{DATE}", 7)
    h1 = sh.add(*TWO_LINE_HEAD)
    h2 = sh.add(None, TWO_LINE_SECOND[0], None, None, TWO_LINE_SECOND[1], None, None)
    sh.merge(h1, 0, h2, 0)
    sh.merge(h2, 1, h2, 3)
    sh.merge(h2, 4, h2, 6)
    n = 0
    for dept, post, who, tier, points in TWO_LINE_ROWS:
        for point, typ, lv, shown, measures in points:
            n += 1
            a = sh.add(n, dept, post, who, point, typ, lv)
            b = sh.add(None, shown, None, None, measures, None, None)
            sh.merge(a, 0, b, 0)
            sh.merge(b, 1, b, 3)
            sh.merge(b, 4, b, 6)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "sanyuan_water_bureau_two_line_records", "https://www.renrendoc.com/paper/507608954.html",
        "(harder) 县水利局 岗位廉政风险登记表, after the source's 清廉水利机关 建设方案 (工程建设, 资金拨付, 项目审批, 水政执法): "
        "a title, a merged ``填报单位：…　填报时间：2025年5月`` line, then a heading of TWO ROWS OF DIFFERENT FIELDS over the "
        "same seven columns — ``序号 | 股室 | 岗位 | 姓名 | 风险点 | 风险类型 | 风险等级`` over ``主要表现`` (merged B–D) and "
        "``防控措施`` (merged E–G), 序号 merged down — and EVERY POINT TWO ROWS laid out the same way: ``n | 股室 | 岗位 | "
        "姓名 | 风险点 | short type | 高/中/低`` over the long 主要表现 (merged B–D) and the 防控措施 (merged E–G), the number "
        "merged down the pair; 股室, 岗位 and 姓名 typed again on every first row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sanyuan_ecology_branch_two_sheets() -> dict:
    unit = f"{PLACE}生态环境分局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郏岱沣", "局长", "主持全面工作", [
            ("重大行政处罚案件不经集体审议，个人定案", "一级", "重大案件提交案审会集体审议，审议记录存档。"),
            ("对企业环境违法问题打招呼、说情", "一级", "领导干部过问插手执法事项如实登记报告。"),
        ]),
        ("佘霈瀛", "副局长", "分管执法监管、排污许可", [
            ("责令停产整治、查封扣押决定不按程序", "一级", "查封扣押和停产整治决定经法制审核后集体研究。"),
            ("排污许可审核把关不严", "二级", "排污许可审核实行初审、复审两级把关。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 16, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "禤沄璞", "middle", [
            ("办公用品和监测耗材采购指定供应商", "二级", "采购三家以上比价，验收双人签字。"),
        ]),
        ("环评与排污许可股", "股长", "琚澴屿", "middle", [
            ("建设项目环评文件审查降低标准", "一级", "环评文件专家技术评审，审批结果网上公示。"),
            ("环评审批中为中介机构介绍业务", "二级", "严禁推荐、指定环评编制单位，发现一律追责。"),
        ]),
        ("环评与排污许可股", "科员", "谌淏芮", "general", [
            ("排污许可证执行报告审核走过场", "三级", "执行报告审核要点清单化，股长抽查。"),
        ]),
        ("污染防治股", "股长", "邝渼棠", "middle", [
            ("环保专项资金项目验收把关不严", "一级", "专项资金项目第三方验收，验收结果公示。"),
            ("企业限产停产核查不如实上报", "二级", "核查现场拍照定位，核查结果分管领导复核。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "sanyuan_ecology_branch_two_sheets", "http://ynshenlong.cn/news/xuexiview_671.html",
        "县生态环境分局 file in two sheets after the source's 行政处罚法 and 生态环境 监管执法 (限制生产, 停产整治, 责令停止排污, "
        "查封扣押, 自由裁量): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and "
        "``股室`` (a title, 序号/股室 merged (综合股, 环评与排污许可股, 污染防治股)/岗位 and 姓名 merged per person/风险点/"
        "风险等级/防控措施); ``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def sanyuan_soil_water_station_cards() -> dict:
    unit = f"{PLACE}水土保持工作站"
    t = _Truth(unit)
    cards = [
        ("站长", "郦濛峃", "leader", "站领导", "主持全站工作，负责水土保持方案审批和治理项目管理", [
            ("水土保持方案审批不经技术审查", "★★★", "方案一律组织技术审查，审查意见存档。"),
            ("淤地坝、坡改梯治理项目发包不公开", "★★★", "项目发包按限额标准公开招标或比选。"),
            ("职工绩效考核打分不公", "★", "考核细则公开，考核结果全站公示。"),
        ]),
        ("股长", "勾淼晗", "middle", "监督股", "负责生产建设项目水土保持监督检查", [
            ("监督检查发现弃渣乱倒不处理", "★★★", "检查问题清单化，整改情况跟踪销号。"),
            ("水土保持补偿费核定少算漏算", "★★", "补偿费按批复面积核定，核定单股长、站长两级签字。"),
        ]),
        ("监督员", "墨涔芃", "general", "监督股", "负责现场检查和设施验收资料核查", [
            ("设施验收资料核查走过场", "★★", "核查要点清单化，核查记录存档。"),
            ("接受建设单位宴请和礼品", "★", "签订廉洁承诺书，现场检查两人以上。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, duty, points in cards:
        sh = _Sheet(post, [6, 38, 10, 12, 10, 14])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "所在股室", dept)
        _line(sh, f"岗位职责：{duty}", 6)
        sh.add("序号", "风险点", "风险等级", "防控措施", None, None)
        r = len(sh.rows) - 1
        sh.merge(r, 3, r, 5)
        for i, (point, stars, measures) in enumerate(points, 1):
            r = sh.add(i, point, stars, measures, None, None)
            sh.merge(r, 3, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "站长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "sanyuan_soil_water_station_cards", "https://fx361.cc/page/2023/0924/23426937.shtml",
        "县水土保持工作站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 股长, 监督员), after the source's 水利工程 "
        "水土保持方案 编制与审查 (弃渣场, 表土保护, 临时防护, 技术审查): a title, ONE ROW of pairs ``姓　名 | … | 职　务 | … | "
        "所在股室 | …``, a merged ``岗位职责：…`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施 (merged over three "
        "columns); no type column; a merged ``注：`` line on the stars and ``持卡人签字： | 站长签字：``",
        sheets, t,
    )  # fmt: skip


def sanyuan_irrigation_station_posts() -> dict:
    unit = f"{PLACE}冶峪河灌区管理站"
    sh = _Sheet("排查表", [6, 10, 12, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("渠系维修工程发包", "不按规定比选施工队伍，把工程交给熟人", "制度机制风险", "Ⅰ级", "维修工程按限额比选，结果公示。"),
            ("水费使用审批", "水费收入挤占挪用，用于非灌溉支出", "岗位职责风险", "Ⅰ级", "水费专户管理，支出站务会研究。"),
        ]),
        ("灌溉股", "股长", "middle", [
            ("配水计划编制", "配水计划向关系户倾斜，轮灌次序不公", "岗位职责风险", "Ⅱ级", "配水计划张榜公布，接受用水户监督。"),
        ]),
        ("灌溉股", "配水员", "general", [
            ("斗口放水计量", "少计放水量，收受用水户好处", "思想道德风险", "Ⅰ级", "斗口计量双人读数，量水记录当日上报。"),
            ("末级渠系巡查", "发现偷水、私开口子不制止", "业务流程风险", "Ⅲ级", "巡查记录每周汇总，问题当日上报。"),
        ]),
        ("财务股", "水费收缴员", "general", [
            ("农业水费收缴", "按亩收费时多收少报，截留水费", "业务流程风险", "Ⅰ级", "收费票据统一印制，收费结果村组公示。"),
        ]),
        ("工程股", "股长", "middle", [
            ("维修工程验收", "验收工程量与实际不符，多结算", "外部环境风险", "Ⅱ级", "验收邀请用水者协会代表参加，结算送审。"),
            ("量水设施采购", "量水设施采购质次价高", "制度机制风险", "Ⅲ级", "采购三家以上询价，验收留样。"),
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
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "sanyuan_irrigation_station_posts", "https://fx361.cc/page/2011/1116/4765545.shtml",
        "县冶峪河灌区管理站 岗位廉政风险点排查表 对岗不对人, after the source's 农业供水灌区 水费收缴 (末级渠系, 按亩收费, 计量设施, "
        "用水者协会): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def sanyuan_monitoring_station_selfchecks() -> dict:
    unit = f"{PLACE}环境监测站"
    t = _Truth(unit)
    people = [
        ("站长", "訾湉岷", "leader", "站领导", [
            ("监测报告签发", "对数据存疑的监测报告不复核即签发", "岗位职责", "高风险", "报告实行三级审核，签发前复核原始记录。"),
            ("仪器设备采购", "监测仪器采购指定品牌", "制度机制", "高风险", "采购需求集体研究，进入政府采购平台。"),
        ]),
        ("分析员", "邶滢岑", "general", "分析室", [
            ("样品分析", "不做样品前处理，编造分析数据", "思想道德", "高风险", "分析原始记录完整留存，质控样同步分析。"),
            ("数据录入", "随意修改监测数据", "业务流程", "中风险", "数据系统留痕，修改须经审批。"),
        ]),
        ("采样员", "滑泠渥", "general", "现场监测室", [
            ("现场采样", "不按规范布点采样，接受企业安排", "外部环境", "中风险", "采样全程拍照定位，两人以上同行。"),
            ("样品保存运输", "样品交接不登记，调换样品", "业务流程", "低风险", "样品交接双人签字，留样备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in people:
        sh = _Sheet(who, [6, 14, 36, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        _line(sh, f"单位：{unit}", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "所在科室", dept)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "sanyuan_monitoring_station_selfchecks", "http://m.instrument.com.cn/bbs/d-6410814-1.html",
        "县环境监测站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 环境监测数据弄虚作假 "
        "(采样器, 样品前处理, 数据审核, 质控): a title, a merged ``单位：…`` line, pairs ``姓　名 | … | 职　务 | … | 所在科室 | …`` "
        "in one row, then 序号/``工作环节``/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a blank row "
        "and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def sanyuan_river_lake_station_duties() -> dict:
    unit = f"{PLACE}河湖管理站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "雒澈岩", "leader", [
                ("河道管理范围内建设项目审查", "对涉河建设方案审查把关不严", "岗位职责", "一级风险", "涉河方案组织专家审查，审查意见公开。"),
                ("河道整治项目管理", "整治项目验收不严，虚报工程量", "制度机制", "一级风险", "项目验收邀请河长办参加，结果公示。"),
            ]),
        ]),
        ("二、河道管理股", "河道管理股", [
            ("股长", "衣濯沛", "middle", [
                ("河湖“四乱”问题清理", "对乱占乱建问题选择性清理", "思想道德", "二级风险", "问题台账销号管理，清理结果每月通报。"),
            ]),
            ("巡河员", "鞠渟屺", "general", [
                ("日常巡河", "巡河记录弄虚作假", "业务流程", "二级风险", "巡河轨迹定位上传，记录股长抽查。"),
                ("问题上报", "发现违法行为收受好处不上报", "外部环境", "三级风险", "发现问题当日上报，视频监控比对。"),
            ]),
        ]),
        ("三、采砂监管股", "采砂监管股", [
            ("股长", "贲沚洵", "middle", [
                ("采砂现场监管", "对超范围、超时采砂不制止", "岗位职责", "一级风险", "采砂现场视频监控，值守人员轮换。"),
                ("扣押机具处置", "扣押的采砂机具私自放行", "制度机制", "二级风险", "扣押机具登记造册，处置集体研究。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "sanyuan_river_lake_station_duties", "http://ahssnews.com/hot/bm/202411/t20241120_8014852.html",
        "县河湖管理站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、采砂监管股`` merged across (no 股室 column), "
        "after the source's 县水利局 采砂 管理 (巡查值守, 视频监控, 联合执法, 责任人名单): a title, then 序号/岗位 and ``责任人`` "
        "merged per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def sanyuan_rural_water_station_every_row() -> dict:
    unit = f"{PLACE}农村供水管理站"
    sh = _Sheet("一览表", [6, 12, 11, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "璩淯峥", "leader", "维修养护项目实施单位选定不公开", "制度机制", "Ⅰ",
         "实施单位公开比选，比选结果公示。"),
        ("站领导", "站长", "璩淯峥", "leader", "水质提升项目资金挤占挪用", "岗位职责", "Ⅰ", "项目资金专账核算，年度审计。"),
        ("水质检测室", "水质检测员", "麻潇荻", "general", "水质检测结果弄虚作假", "思想道德", "Ⅰ",
         "检测原始记录留存，结果定期抽检比对。"),
        ("水质检测室", "水质检测员", "麻潇荻", "general", "检测药剂领用不登记", "业务流程", "Ⅲ", "药剂领用登记，按月盘点。"),
        ("工程维修股", "维修员", "乜汐川", "general", "更换水表管件虚报数量", "业务流程", "Ⅱ", "旧件回收登记，维修单用户签字。"),
        ("财务股", "收费员", "宦湘芷", "general", "水费收取不开票据，截留水费", "外部环境", "Ⅱ", "水费统一开票，收费台账每月核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "sanyuan_rural_water_station_every_row", "https://zjw.cn/info-162319.html",
        "县农村供水管理站 岗位廉政风险防控一览表, after the source's 农村供水 维修养护和水质提升 项目 (供水设施修缮, 水表管件, "
        "水质检测药剂, 三项制度): a title, then 序号/科室/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 "
        "(short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def sanyuan_water_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "蓟渊澍", "leader", [
            ("非法采砂案件处理不经集体研究", "制度机制风险", "高", "重大案件集体审理，法制审核先行。"),
            ("对移送公安的案件以罚代刑", "岗位职责风险", "高", "移送标准公开，移送情况报局党组。"),
        ]),
        ("执法一中队", "中队长", "钮沛浛", "middle", [
            ("禁采期巡查通风报信", "外部环境风险", "高", "巡查路线临时确定，联合执法交叉检查。"),
            ("扣留采砂机具登记不全", "业务流程风险", "中", "扣留机具拍照登记，入库双人签字。"),
        ]),
        ("执法一中队", "执法队员", "敬湍琪", "general", [
            ("现场笔录与事实不符", "岗位职责风险", "中", "执法全程记录仪记录，笔录当事人签字。"),
        ]),
        ("执法二中队", "中队长", "暨泷岱", "middle", [
            ("违法取水查处降格处理", "思想道德风险", "中", "处罚裁量对照基准，结果网上公开。"),
        ]),
        ("执法二中队", "执法队员", "颛溯凇", "general", [
            ("接受取水户宴请和礼品", "思想道德风险", "低", "签订廉洁承诺书，检查两人以上同行。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "sanyuan_water_enforcement_brigade_list",
        "http://www.chinawater.com.cn/ztgz/xwzt/2016hzz/5/201612/t20161212_453361.html",
        "县水政监察大队 岗位廉政风险防控一览表, after the source's 河长制 and its 水政监察大队 (禁采, 巡查, 扣留采砂机具, 移送公安): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` line, then 序号/科室 merged (大队领导, 执法一中队, "
        "执法二中队)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/"
        "大队长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sanyuan_water_bureau_two_line_records(),
    sanyuan_ecology_branch_two_sheets(),
    sanyuan_soil_water_station_cards(),
    sanyuan_irrigation_station_posts(),
    sanyuan_monitoring_station_selfchecks(),
    sanyuan_river_lake_station_duties(),
    sanyuan_rural_water_station_every_row(),
    sanyuan_water_enforcement_brigade_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch390-inbox"))
