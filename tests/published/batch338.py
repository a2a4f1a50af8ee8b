"""The three-hundred-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 文旅 and 景区
bodies, 都江堰市 (the county-level city of 成都 at the head of the irrigation works, its staff Han)
— its 文化广播电视和旅游局 (文广旅局), its 景区管理局 and the 青城山景区管理处, the 灌区管理处, the
博物馆, the 文物保护中心, the 旅游运行监测中心 and the city's 旅游投资有限公司 — each handing back the
一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 文广旅局's file in two sheets: ``局领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 旅游投资有限公司's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门``
  merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a ``填表人： | 审核人： |
  董事长（签字）：`` line;
- the 灌区管理处's 排查表 对岗不对人: ``科室`` merged, ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 博物馆's 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 保管部主任, 讲解员): ``姓　名 | … | 职　务
  | …`` and ``所在部门 | … | 填卡时间 | …`` above ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``,
  ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 文物保护中心's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 | 科　室 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 中心主任意见：``;
- the 青城山景区管理处's 责任清单 under GROUP ROWS ``一、处领导`` … ``三、票务稽查科`` merged across (no 科室
  column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no
  type column, a ``注：`` line and a 制表/审核/date line;
- the 旅游运行监测中心's 一览表: ``科室`` written on EVERY row (no merges), ``岗位 | 责任人``, ``…风险``
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``dujiangyan_scenic_bureau_colour_key``: the 景区管理局's 岗位廉政风险防控一览表, an ordinary 一览表 in
  its columns (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``序号 | 科室 | 岗位 |
  姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名`` merged per
  person, short types), whose 风险等级 cells are written in the words of the 景区's own 客流预警
  (``红色``, ``橙色``, ``黄色``) and whose LEGEND IS A SMALL KEY TABLE OF ITS OWN BESIDE THE LIST: past a
  blank column I, at the height of the list's heading and first rows, a bordered box in J:K — a
  caption ``风险等级图例`` merged over the two columns on the heading row, the key's own heading
  ``标识 | 含义`` on the first data row, then ONE ROW A GRADE, the colour in one cell and its
  meaning in the next (``红色 | 一级（高）风险``, ``橙色 | 二级（中）风险``, ``黄色 | 三级（低）风险``), and
  under them a merged line ``按图例填写风险等级栏`` — so the key stands on the same rows as the
  list's first five points, and nothing under or above the list says what a colour means. The
  README's 读得懂的表 knows a legend written as TEXT in one cell — under the table, on a line above
  it, inside the level heading, on a ``填表说明`` sheet (``红色为高风险``, ``A为高风险,B为中风险``) —
  a roster beside a list past a blank column (``人员名单放在一览表右边、隔一空列的``, holders, not
  levels), a level standard drawn as a table of its own on ANOTHER SHEET whose levels the list
  writes in plain words (``等级划分标准``, TABLE_OTHER), and cells to the right of a table as
  CELL_OUTSIDE; it does not describe a legend laid out as a two-column key box BESIDE the list,
  each grade's code and its meaning in cells of their own, that the list's level column needs to
  be read at all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 景区's 客流 分级 — 三级（黄色）,
二级（橙色）, 一级（红色）预警 at 80%, 90% and 100% of the 最大承载量, 限流, 停止售票; a 市文广旅体局's
行政审批科 and 行政执法 over 营业性演出 审批 and 监管; a paper on 灌区 末级渠系 水费 — 斗口, 按亩平均, 乡村
管理人员 搭车收费, 终端水价; a paper on a 博物馆's 公共文化服务 — 展览, 教育, 文创, 免费开放; a paper on
景区经营权出让 — 出让主体, 经营主体, 出让价格, 所有权与经营权; a 市审计局's 文物保护专项资金 审计调查 —
文保单位 修缮 and 保养, 项目申报、评审、使用; a 风景区管理处's 执法中队 catching a 逃票 group — 门票费,
观光车费, 补逃漏票, 罚款; a 市文旅局's 景区实时客流 监测平台 — 最佳人数, 最大容量, 预警值, 景区管理
人员 报送) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented (rare Han surnames with rare given names, three
characters each); every unit is a body of 都江堰市, named with the city's name.

Run ``python tests/published/score.py --set batch338`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a row is the grade the key beside the list gives its colour:
  ``红色`` 1, ``橙色`` 2, ``黄色`` 3 (the key's ``一级（高）风险`` …); the key box — its caption, its
  heading ``标识 | 含义``, its three rows and its ``按图例…`` line — holds no point and names no
  holder, and the list's rows beside it are points like the others (the key's cells are no part of
  them); ``局领导`` is the 科室 of the 局长 and the 副局长;
- ``局领导`` (the 文广旅局's sheet, whose title names it), ``公司领导`` (a 部门 cell), ``馆领导`` (a card's
  所在部门), ``处领导`` (a group row of the 青城山景区管理处, a 科室 cell of the 灌区管理处) and ``中心领导`` (a
  科室 cell, a self-check's 科室) are the 科室 of those leaders; a group row ``二、执法中队`` gives the
  科室 ``执法中队`` (its number left off); a 局's and a 处's 科 and 中队, a company's 部, a 博物馆's 部, a
  中心's 科 and the 灌区管理处's 管理站 (``聚源管理站``) are 科室;
- 局长, 副局长, 处长, 副处长, 馆长, 董事长, 总经理 and a 中心's 主任 are leaders; 科长, a company's 部长,
  the 博物馆's 保管部主任 and a 中队长 middle; the rest (科员, 会计, 出纳, 售票员, 讲解员, 放水员,
  水费收缴员, 执法队员, 稽查员, 招商专员, 文物保护员, 监测员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 灌区管理处's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note) and
  the harder file's ``红色/橙色/黄色`` (read by its key) are 1/2/3.

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

PREFIX = "b338_"
PLACE = "都江堰市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
COLOURS = {"红色": 1, "橙色": 2, "黄色": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

LIST_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
KEY_COL = 9  # the key box in J:K, past the blank column I
KEY_CAPTION = "风险等级图例"
KEY_HEAD = ("标识", "含义")
KEY = [("红色", "一级（高）风险"), ("橙色", "二级（中）风险"), ("黄色", "三级（低）风险")]
KEY_LINE = "按图例填写风险等级栏"
# (科室, 岗位, 姓名, tier, [(廉政风险点, 类型, 颜色, 防控措施)])
SCENIC = [
    ("局领导", "局长", "亓澂岫", "leader", [
        ("景区经营项目招商不经局务会集体研究，个人拍板", "制度机制", "红色",
         "招商项目局务会集体研究，会议纪要存档备查。"),
        ("为亲友承揽景区基础设施维修工程打招呼", "外部环境", "红色",
         "插手干预工程事项登记报告，维修工程进场交易。"),
        ("景区门票收入分成核算中授意调整分成比例", "岗位职责", "橙色",
         "分成比例按协议执行，核算结果报市财政局备案。"),
    ]),
    ("局领导", "副局长", "笪霁峦", "leader", [
        ("客流限流措施执行中为旅行团违规放行，收受好处", "外部环境", "橙色",
         "限流指令由监测平台发布，放行记录留痕可查。"),
        ("景区安全隐患整改验收走过场", "岗位职责", "黄色", "整改验收两人以上现场核查，验收资料存档。"),
    ]),
    ("票务管理科", "科长", "郄泠樾", "middle", [
        ("团队票、优惠票审批把关不严，违规减免门票", "业务流程", "红色",
         "减免票据实名登记，按月统计并在局内公示。"),
        ("票务系统数据修改权限管理不严", "制度机制", "橙色", "系统权限分级设置，数据修改须经分管领导审批。"),
    ]),
    ("票务管理科", "售票员", "厍珩澈", "general", [
        ("与“黄牛”内外勾结倒卖门票", "思想道德", "红色", "实名制售票，售票窗口视频监控，定期轮岗。"),
        ("现金票款截留、挪用", "岗位职责", "橙色", "票款日清日结，当日缴存银行。"),
    ]),
    ("景区运营科", "科长", "酆岚霑", "middle", [
        ("观光车、摆渡船经营权发包暗箱操作", "业务流程", "红色", "经营权发包公开竞价，结果公示。"),
        ("对景区商户违规经营检查选择性处理", "外部环境", "黄色", "检查结果登记，处理意见科务会研究。"),
    ]),
    ("规划建设科", "科长", "弭沅蘅", "middle", [
        ("景区步道、护栏维修工程量签证不实", "岗位职责", "橙色", "签证实行监理、建设、跟踪审计三方会签。"),
        ("工程验收降低标准，放任以次充好", "业务流程", "黄色", "验收邀请纪检人员参加，隐蔽工程留存影像。"),
    ]),
    ("综合科", "会计", "甯曦璠", "general", [
        ("费用报销票据审核不严，虚列支出", "业务流程", "黄色", "报销经办、审核、审批三签，票据逐张核对。"),
    ]),
]  # fmt: skip


def dujiangyan_scenic_bureau_colour_key() -> dict:
    unit = f"{PLACE}景区管理局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 10, 9, 34, 3, 8, 16])
    t = _Truth(unit)
    ncols = len(LIST_HEAD)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    r = sh.add(*LIST_HEAD, None, KEY_CAPTION, None)
    sh.merge(r, KEY_COL, r, KEY_COL + 1)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in SCENIC:
        for point, typ, colour, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, colour, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), COLOURS[colour])
    _per_person(sh, first, 1, 2, 3)
    # the key box beside the list's first rows
    for k, (code, meaning) in enumerate([KEY_HEAD, *KEY]):
        row = sh.rows[first + k]
        row.extend([None] * (KEY_COL + 2 - len(row)))
        row[KEY_COL], row[KEY_COL + 1] = code, meaning
    row = sh.rows[first + len(KEY) + 1]
    row.extend([None] * (KEY_COL + 2 - len(row)))
    row[KEY_COL] = KEY_LINE
    sh.merge(first + len(KEY) + 1, KEY_COL, first + len(KEY) + 1, KEY_COL + 1)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "dujiangyan_scenic_bureau_colour_key", "https://lyg.bendibao.com/jieri/2023423/14419.shtm",
        "(harder) 市景区管理局 岗位廉政风险防控一览表 whose grades are the 景区's 客流预警 colours, READ BY A KEY BOX BESIDE "
        "THE LIST, after the source's 景区 客流 分级 (三级（黄色）, 二级（橙色）, 一级（红色）预警 at 80%, 90%, 100% of the 最大承载量): "
        "a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, 序号/科室 merged (局领导, 票务管理科, 景区运营科, "
        "规划建设科, 综合科)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``红色/橙色/黄色``/防控措施; "
        "past a blank column I, in J:K on the heading row and the first five rows, a key box: ``风险等级图例`` merged over "
        "J:K, ``标识 | 含义``, ``红色 | 一级（高）风险``, ``橙色 | 二级（中）风险``, ``黄色 | 三级（低）风险`` and a merged "
        "``按图例填写风险等级栏``; no legend under or above the list; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dujiangyan_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("缑峤岚", "局长", "主持全面工作，分管办公室、人事和财务", [
            ("文旅项目资金分配不经党组会集体研究", "一级", "资金分配方案党组会研究，分配结果公开。"),
            ("干部选拔任用和评优评先个人说了算", "一级", "严格执行选任程序，推荐全程纪实。"),
        ]),
        ("扈澄岷", "副局长", "分管行政审批科、文化市场综合行政执法大队", [
            ("营业性演出审批中为演出单位打招呼、降低条件", "一级", "审批事项网上办理，审批结果公开。"),
            ("对文化市场违法案件查处说情干预", "二级", "说情干预事项登记报告，案件集体审议。"),
        ]),
        ("隗昶潆", "副局长", "分管旅游发展科、产业科", [
            ("A级景区评定推荐中打招呼，评定标准执行不一", "一级", "评定专家随机抽取，推荐结果公示。"),
            ("文旅节会活动承办单位选定不公开", "二级", "承办单位比选，比选结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("科室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("行政审批科", "科长", "蒯霈棠", "middle", [
            ("演出场所经营单位设立审批材料把关不严", "一级", "审批材料清单化，实行初审、复审两级审核。"),
            ("故意拖延办理，变相索要好处", "二级", "办理时限网上可查，超时自动预警。"),
        ]),
        ("行政审批科", "科员", "訾沄瑷", "general", [
            ("泄露申请人商业信息", "三级", "申请材料专人保管，查阅登记。"),
        ]),
        ("旅游发展科", "科长", "昝翊岷", "middle", [
            ("旅行社服务质量保证金退还审核不严", "二级", "保证金退还双人审核，结果公示。"),
            ("旅游发展专项资金项目评审打分不公", "一级", "评审打分表留存，评审结果局务会审定。"),
        ]),
        ("办公室", "出纳", "冀曜溪", "general", [
            ("公务卡支付不按审批单办理", "二级", "支付凭审批单办理，U盾分人保管。"),
            ("现金不及时存入银行", "三级", "现金日清月结，定期盘点。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "dujiangyan_culture_tourism_bureau_two_sheets",
        "https://news.zynews.cn/zwspecial/2023/07/19/89685.html",
        "市文广旅局 廉政风险防控表 in two sheets, after the source's 市文广旅体局 行政审批科 and 行政执法 over 营业性演出 审批 "
        "and 监管: ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged (行政审批科, "
        "旅游发展科, 办公室)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def dujiangyan_tourism_investment_list() -> dict:
    unit = f"{PLACE}旅游投资有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "鄢霂笙", "leader", [
            ("景区经营权合作方选定不经董事会集体决策", "制度机制", "高", "合作方选定董事会研究，决策过程纪实。"),
            ("景区项目投资决策中为关系方打招呼", "外部环境", "高", "投资项目可研论证，插手干预事项登记报告。"),
        ]),
        ("公司领导", "总经理", "禤芃湄", "leader", [
            ("经营性资产出租定价随意，低价租给关系人", "岗位职责", "高", "出租底价评估确定，公开招租。"),
        ]),
        ("投资发展部", "部长", "璩晗澍", "middle", [
            ("景区经营权出让价格评估不实", "岗位职责", "高", "出让价格第三方评估，评估报告集体审核。"),
            ("与合作企业存在利益关系未申报回避", "思想道德", "中", "利益冲突事项年度申报，涉及事项回避。"),
        ]),
        ("投资发展部", "招商专员", "骞沐岍", "general", [
            ("泄露招商项目底价和谈判信息", "外部环境", "中", "招商信息分级知悉，签订保密承诺。"),
            ("引荐项目收取中介费", "思想道德", "高", "项目来源登记，引荐人利益关系审查。"),
        ]),
        ("财务部", "部长", "庾澜葳", "middle", [
            ("门票分成款项结算审核不严", "业务流程", "中", "分成结算按协议逐笔核对，按季对账。"),
        ]),
        ("财务部", "会计", "宦霁萦", "general", [
            ("费用报销票据审核不严", "业务流程", "低", "报销票据逐张审核，经办、审核、审批三签。"),
            ("往来款项长期挂账不清理", "岗位职责", "低", "往来款按季对账清理。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "董事长（签字）：", None, None)
    return _layout(
        "dujiangyan_tourism_investment_list",
        "http://biyelunwen.yjbys.com/fanwen/gongshangguanli/231797.html",
        "市旅游投资有限公司 岗位廉洁风险防控一览表, after the source's paper on 景区经营权出让 (出让主体, 经营主体, 出让价格, "
        "所有权与经营权): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/部门 merged "
        "(公司领导, 投资发展部, 财务部)/岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; a 填表人/审核人/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


def dujiangyan_irrigation_office_posts() -> dict:
    unit = f"{PLACE}灌区管理处"
    sh = _Sheet("排查表", [6, 12, 12, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "leader", [
            ("渠系改造项目决策", "渠系改造项目安排不经处务会集体研究", "制度机制风险", "高风险",
             "项目安排处务会研究，年度计划公开。"),
            ("水费减免审批", "违规批准用水户减免、缓缴水费", "岗位职责风险", "高风险", "减免事项集体研究，结果在受益村公示。"),
        ]),
        ("用水管理科", "科长", "middle", [
            ("配水计划编制", "配水计划向关系用水户倾斜", "岗位职责风险", "中风险", "配水计划公开，斗口水量按日公示。"),
        ]),
        ("聚源管理站", "放水员", "general", [
            ("斗口放水", "收受好处优先放水、多放水", "思想道德风险", "中风险", "放水时间和水量登记，站长抽查。"),
            ("量水记录", "斗口计量数据记录不实", "业务流程风险", "中风险", "量水数据双人记录，按旬上报。"),
        ]),
        ("聚源管理站", "水费收缴员", "general", [
            ("水费计收", "按亩平均收费时搭车加收管理费", "外部环境风险", "高风险", "终端水价和收费标准张榜公示，票据统一领用。"),
            ("水费入账", "收取水费不开票、不及时入账", "岗位职责风险", "低风险", "水费一律转账收取，按月对账。"),
        ]),
        ("工程管理科", "科长", "middle", [
            ("维修工程验收", "渠道维修工程量虚报，验收走过场", "业务流程风险", "中风险", "验收三方参与并签字，影像资料存档。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "dujiangyan_irrigation_office_posts", "https://m.fx361.com/news/2013/1108/20938774.html",
        "市灌区管理处 岗位廉政风险点排查表 对岗不对人, after the source's paper on 灌区 末级渠系 水费 (斗口 计量, 按亩平均, 乡村 "
        "管理人员 搭车收费, 终端水价): a title, then 序号/科室 merged (处领导, 用水管理科, 聚源管理站, 工程管理科)/岗位 merged "
        "per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; "
        "an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def dujiangyan_museum_cards() -> dict:
    unit = f"{PLACE}博物馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "粟漪珩", "馆领导", "leader", [
            ("藏品征集不经鉴定委员会集体鉴定，个人定价", "制度机制风险", "★★★", "征集藏品专家集体鉴定，征集价格集体议定。"),
            ("陈列布展项目采购指定供应商", "岗位职责风险", "★★★", "布展项目按限额公开采购，结果公示。"),
            ("接受文物商店、藏家宴请和礼品", "外部环境风险", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("保管部主任", "浦晏岚", "保管部", "middle", [
            ("藏品出入库手续不全，账物不符", "业务流程风险", "★★★", "出入库双人经办，账物每年清点核对。"),
            ("私自借出藏品供他人鉴赏、拍摄", "思想道德风险", "★★", "藏品提用报馆长审批，提用登记。"),
        ]),
        ("讲解员", "戚沣霁", "社教部", "general", [
            ("有偿讲解私下收费", "思想道德风险", "★★", "讲解服务免费提供，举报电话公示。"),
            ("向观众推销指定文创商品收取提成", "外部环境风险", "★", "文创商品统一在服务区销售，明码标价。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", tab, None)
        sh.add("所在部门", dept, "填卡时间", "2025年9月", None)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    return _layout(
        "dujiangyan_museum_cards", "http://www.jizihe.com/page/2023/1019/22652827.shtml",
        "市博物馆 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 保管部主任, 讲解员), after the source's paper on a 博物馆's "
        "公共文化服务 (展览, 教育, 文创, 免费开放): a title, the pairs ``姓　名 | … | 职　务 | …`` and ``所在部门 | … | "
        "填卡时间 | 2025年9月``, then 序号/廉政风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line "
        "on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def dujiangyan_heritage_center_selfchecks() -> dict:
    unit = f"{PLACE}文物保护中心"
    t = _Truth(unit)
    people = [
        ("郦芷岫", "中心领导", "主任", "leader", [
            ("文物保护专项资金项目申报不实", "一级风险", "申报材料集体审核，项目库公开。", "已落实"),
            ("修缮工程设计、施工单位选定中打招呼", "一级风险", "资质单位公开比选，比选结果公示。", "已落实"),
        ]),
        ("逯崧霏", "文物保护科", "科长", "middle", [
            ("文保单位修缮工程现场监管走过场", "二级风险", "修缮过程影像留存，专家阶段验收。", "正在整改"),
            ("修缮工程结算审核不严，多计工程量", "一级风险", "工程结算送审计部门审核。", "已落实"),
            ("文物保养经费使用不按预算", "二级风险", "保养经费专账核算，按季公开。", "未发现问题"),
        ]),
        ("鞠澍葭", "文物保护科", "文物保护员", "general", [
            ("文保单位日常巡查记录弄虚作假", "二级风险", "巡查定位打卡，巡查记录科长抽查。", "已落实"),
            ("对文保单位周边违法建设隐瞒不报", "三级风险", "发现问题当日报告，处理情况登记。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dujiangyan_heritage_center_selfchecks",
        "http://sjj.changzhou.gov.cn/content/suitable/show?catid=9267&id=6229",
        "市文物保护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市审计局 "
        "文物保护专项资金 审计调查 (文保单位 修缮 and 保养, 项目申报、评审、使用): a title, a label row ``姓　名 | 科　室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/"
        "``自查情况``; no type column; a blank row and ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def dujiangyan_qingcheng_office_groups() -> dict:
    unit = f"{PLACE}青城山景区管理处"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("处长", "帅湉岚", "leader", [
                ("景区经营网点招租", "授意降低招租条件，定向租给关系人", "Ⅰ级", "招租方案处务会研究，公开招租。"),
                ("补逃漏票款管理", "补收票款、罚没款不入账", "Ⅰ级", "补票票据统一印制，罚没款直缴国库。"),
            ]),
            ("副处长", "靳珣沣", "leader", [
                ("违规经营查处", "对拉客、非法营运查处说情放过", "Ⅱ级", "查处结果集体审议，说情事项登记报告。"),
            ]),
        ]),
        ("二、执法中队", "执法中队", [
            ("中队长", "晏霖峤", "middle", [
                ("巡查执法", "发现组织逃票不制止、不移交", "Ⅱ级", "巡查路线和时间随机安排，执法记录仪全程记录。"),
                ("罚款处理", "罚款数额随意，不开具票据", "Ⅰ级", "罚款按裁量基准执行，当场开具票据。"),
            ]),
            ("执法队员", "滑筠溆", "general", [
                ("山林小道巡查", "收受拉客人员好处，放任带客逃票", "Ⅰ级", "重点路段视频监控，队员定期轮换。"),
            ]),
        ]),
        ("三、票务稽查科", "票务稽查科", [
            ("科长", "贡渟岚", "middle", [
                ("门票站稽查", "稽查走过场，对倒票问题隐瞒不报", "Ⅱ级", "稽查结果按周报告，问题线索移交纪检。"),
            ]),
            ("稽查员", "冷霏瑀", "general", [
                ("观光车票核验", "核验中放行熟人、收受现金", "Ⅲ级", "核验实行电子扫码，现金一律不收。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "dujiangyan_qingcheng_office_groups", "http://www.hxbike.com/content/2012-04/04/content_9180406.htm",
        "市青城山景区管理处 廉政风险防控责任清单, after the source's 风景区管理处 执法中队 catching a 逃票 group (门票费, 观光车费, "
        "补逃漏票, 罚款, 拉客人员): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under "
        "GROUP ROWS ``一、处领导``, ``二、执法中队``, ``三、票务稽查科`` merged across (no 科室 column); 岗位 and 姓名 merged per "
        "person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def dujiangyan_tourism_monitoring_center_list() -> dict:
    unit = f"{PLACE}旅游运行监测中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "甘岷苒", "leader", "景区最大承载量核定中迁就景区意见", "制度机制风险", "Ⅰ",
         "承载量核定专家论证，核定结果公开。"),
        ("中心领导", "主任", "甘岷苒", "leader", "监测平台建设运维项目采购指定供应商", "岗位职责风险", "Ⅰ",
         "运维项目公开采购，验收邀请第三方参加。"),
        ("监测预警科", "科长", "雍璆岚", "middle", "客流预警值发布前向景区通风报信", "思想道德风险", "Ⅱ",
         "预警由平台自动发布，人工干预留痕。"),
        ("监测预警科", "监测员", "寇澴珞", "general", "景区报送客流数据审核走过场", "业务流程风险", "Ⅱ",
         "报送数据与票务系统比对，异常数据复核。"),
        ("监测预警科", "监测员", "寇澴珞", "general", "泄露景区实时客流和游客信息", "外部环境风险", "Ⅲ",
         "数据查询权限分级管理，查询记录可追溯。"),
        ("综合科", "会计", "谯沅霁", "general", "平台运维经费报销不实", "业务流程风险", "Ⅱ",
         "报销票据逐张审核，经费支出按季公示。"),
        ("综合科", "会计", "谯沅霁", "general", "接受景区、旅行社宴请和礼品", "外部环境风险", "Ⅲ",
         "签订廉洁承诺书，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dujiangyan_tourism_monitoring_center_list",
        "http://news.fznews.com.cn/dsxw/20200429/5ea8c905d5808.shtml",
        "市旅游运行监测中心 岗位廉政风险防控一览表, after the source's 市文旅局 景区实时客流 监测平台 (最佳人数, 最大容量, 预警值, "
        "景区管理人员 报送): a title, then 序号/科室/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/风险类型 "
        "``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dujiangyan_scenic_bureau_colour_key(),
    dujiangyan_culture_tourism_bureau_two_sheets(),
    dujiangyan_tourism_investment_list(),
    dujiangyan_irrigation_office_posts(),
    dujiangyan_museum_cards(),
    dujiangyan_heritage_center_selfchecks(),
    dujiangyan_qingcheng_office_groups(),
    dujiangyan_tourism_monitoring_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch338-inbox"))
