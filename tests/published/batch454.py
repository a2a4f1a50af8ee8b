"""The four-hundred-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 医疗保障
bodies, 白水县 (渭南, Shaanxi) — the 县医疗保障局, the 县医疗保险经办中心, the 县医保基金监管中心,
the 县医院医保办 and the 医保服务站 of four 镇 (尧禾镇, 杜康镇, 林皋镇, 雷牙镇) — each handing back the
一览表, 防控表, 责任清单, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 医疗保险经办中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 医保基金监管中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、稽核科``, ``三、智能监控科``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 县医院医保办's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 尧禾镇医保服务站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 杜康镇医保服务站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 站长审核：``;
- the 林皋镇医保服务站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 雷牙镇医保服务站's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``baishui_medical_security_side_title``: the 县医疗保障局's 岗位廉政风险防控一览表 whose TITLE IS NOT A
  ROW ABOVE THE TABLE but a COLUMN LEFT OF IT: column A is ONE cell merged down from the heading
  row to the table's last row (A1:A9), holding the title typed one character a line
  (``白⏎水⏎县⏎医⏎疗⏎保⏎障⏎局⏎岗⏎位⏎廉⏎政⏎风⏎险⏎防⏎控⏎一⏎览⏎表``), as a landscape page bound on its
  left edge prints it; the table proper starts in column B on the sheet's FIRST ROW with its
  heading ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (股室 merged
  per run, 岗位 and 责任人 merged per person), and only a 制表/审核/date line follows. The unit
  is named nowhere else than in that side title. The README's 读得懂的表 knows titles above the
  table (one row, two rows, a title only in the page header), a unit line above or under the table,
  narrow cells typed one character a line INSIDE the table (batch407: headings ``序⏎号``, holders'
  names), a column merged down the whole table that is a field (``监督人``, ``监督主体``, ``完成时限``)
  or a ``骑⏎缝⏎线`` column merged down a card (batch402), and holder panels left of a table
  (batch174); none puts the TABLE'S TITLE, and with it the only naming of the unit, in a column
  merged down the left edge of the table, beside the heading row, with no row above the heading:
  ``grep -n -i "side title\\|title.\\{0,30\\}down the\\|vertical title" tests/published/batch*.py``
  finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an article on 推进基金监管工作
— 飞行检查, 智能监控, 欺诈骗保; a page on 医保异地备案程序 — 备案, 经办, 结算; a page on 第三方机构准入
by the 医疗保障行政部门 — 稽核, 监管; a 城乡医保工作制度 of a hospital — 协议管理, 费用审核, 医保培训;
a page on 门诊特殊慢病申报和报销 — 慢病认定, 报销; a page on 新农合收费标准 — 参保缴费; a page on 异地住院
回本地报销 — 手工报销, 票据; a page on 医保甲乙丙类药报销比例 — 目录, 报销比例) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (rare Han surnames with rare given names, three characters each); every unit is a
body of 白水县, named with the county's name.

Run ``python tests/published/score.py --set batch454`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the side title is no point, no 科室 and no post; it gives the unit
  ``白水县医疗保障局`` (the title's words before ``岗位廉政风险防控一览表``); the 制表/审核 line is
  no point;
- ``中心领导`` (a sheet of the 经办中心's leaders, named so by its tab, and a group row of the 监管中心)
  and ``局领导`` (a 股室 cell of the 医疗保障局) are the 科室 of those leaders; a 局's 股 and a 中心's 科
  (待遇审核科, 参保登记科, 稽核科, 智能监控科) are 科室; a group row ``二、稽核科`` gives the 科室
  ``稽核科`` (its number left off); the 医保办's list and the four 镇服务站 files name no 科室: their
  科室 is "" and the office is the unit (``白水县尧禾镇医保服务站``, as the title and the cards'
  ``所在单位`` write it);
- 局长, 副局长, a 中心's 主任 and 副主任, the 医保办's 主任, a 站's 站长 are leaders; 股长 and 科长
  middle; the rest (科员, 审核员, 受理员, 稽核员, 监控员, 结算员, 经办员, 医保专干, 收费员, 协管员) general;
- ``风险点 | 风险表现`` (the 医保办's list): the point is the short 风险点; ``分管工作``, ``职责事项``
  and ``自查情况`` are no points and name no holder; the 医保办's list names no person: its forms
  are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch449).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b454_"
PLACE = "白水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

SIDE_NAME = "baishui_medical_security_side_title"
SIDE_UNIT = f"{PLACE}医疗保障局"
SIDE_TAB = "一览表"
SIDE_TITLE = f"{SIDE_UNIT}岗位廉政风险防控一览表"
SIDE_HEAD = ("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (股室, 岗位, tier, 姓名, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
SIDE_ROWS = [
    ("局领导", "局长", "leader", "厍翾瑆", [
        ("定点医药机构准入不经党组会集体研究", "制度机制", "高", "准入评估结果党组会集体研究，结果公示。"),
        ("对欺诈骗保案件查处打招呼", "思想道德", "中", "案件查处集体审理，过问情况登记。"),
    ]),
    ("局领导", "副局长", "leader", "佴珝湲", [
        ("飞行检查发现问题降格处理", "业务流程", "高", "检查结果集体审定，处理意见留痕。"),
        ("第三方机构服务采购指定供应商", "外部环境", "中", "第三方服务按规定公开采购，结果公示。"),
    ]),
    ("基金监管股", "股长", "middle", "冼琇翀", [
        ("行政处罚自由裁量随意", "岗位职责", "高", "执行处罚裁量基准，重大处罚法制审核。"),
    ]),
    ("待遇保障股", "科员", "general", "郇玳翎", [
        ("医疗救助对象认定把关不严", "岗位职责", "中", "认定资料与民政数据比对，定期抽查。"),
        ("泄露参保人员个人信息", "制度机制", "低", "信息查询权限分级，查询日志留存。"),
    ]),
    ("办公室", "会计", "general", "麹琬翊", [
        ("医保专项经费支出审核不严", "制度机制", "高", "经费支出三级审核，定期内审。"),
    ]),
]  # fmt: skip


def _side(text: str) -> str:
    return "\n".join(text)


def baishui_medical_security_side_title() -> dict:
    unit = SIDE_UNIT
    sh = _Sheet(SIDE_TAB, [5, 6, 12, 9, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    sh.add(None, *SIDE_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in SIDE_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(None, n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    last = len(sh.rows) - 1
    _per_person(sh, first, 2, 3, 4)
    sh.rows[0][0] = _side(SIDE_TITLE)
    sh.merge(0, 0, last, 0)
    sh.add(None, "制表：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        SIDE_NAME, "https://m.bohe.cn/news/mip/44289.html",
        "(harder) 县医疗保障局 岗位廉政风险防控一览表, after the source's article on 推进基金监管工作 (飞行检查, 智能监控, 欺诈"
        "骗保): NO TITLE ROW; the title stands in column A as ONE cell merged down from the heading row to the last row, typed "
        "one character a line (``白⏎水⏎县⏎…⏎览⏎表``), the only place naming the unit; the table starts in B1 with 序号/股室 "
        "merged (局领导, 基金监管股, 待遇保障股, 办公室)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; a 制表/审核/date line under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def baishui_insurance_centre_two_sheets() -> dict:
    unit = f"{PLACE}医疗保险经办中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("蒉珣翱", "主任", "主持全面工作，分管财务", [
            ("经办信息系统运维采购不经集体研究", "一级", "采购事项主任办公会集体研究，纪要存档。"),
            ("对异地就医结算争议打招呼", "二级", "争议案件集体会商，意见留痕。"),
        ]),
        ("毋玠翚", "副主任", "分管待遇审核、参保登记", [
            ("大额医疗费用审核把关不严", "一级", "大额费用两级审核，定期抽查。"),
            ("异地备案材料审核不严", "三级", "备案材料网上核验，结果留痕。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("待遇审核科", "科长", "逄琛翊", "middle", [
            ("手工报销票据审核走过场", "二级", "票据逐张核验，系统比对。"),
        ]),
        ("待遇审核科", "审核员", "亢玙昶", "general", [
            ("为关系人违规办理特殊待遇", "一级", "待遇办理双人复核，结果公示。"),
            ("收受参保人员财物", "三级", "签订廉洁承诺书，服务评价。"),
        ]),
        ("参保登记科", "科长", "隗翀珧", "middle", [
            ("虚假参保登记", "一级", "参保信息与户籍数据比对。"),
            ("参保缴费基数核定不实", "二级", "核定结果复核，定期稽核。"),
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
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "baishui_insurance_centre_two_sheets", "http://fengdujob.net/go/医保异地备案程序是什么.html",
        "县医疗保险经办中心 廉政风险防控表 in two sheets, after the source's page on 医保异地备案程序 (备案, 经办, 结算): "
        "``中心领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and "
        "``科室`` (a title, 序号/科室 merged (待遇审核科, 参保登记科)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def baishui_fund_supervision_group_rows() -> dict:
    unit = f"{PLACE}医保基金监管中心"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "闾翯琰", "leader", [
                ("稽核计划", "稽核对象安排不经集体研究", "制度机制风险", "一级风险", "年度稽核计划主任办公会审定。"),
                ("第三方机构", "第三方机构准入降低条件", "外部环境风险", "二级风险", "准入条件公开，评审结果公示。"),
            ]),
        ]),
        ("二、稽核科", "稽核科", [
            ("科长", "邴珺旸", "middle", [
                ("现场稽核", "稽核发现问题瞒报不报", "岗位职责风险", "一级风险", "稽核记录双人签字，问题台账销号。"),
            ]),
            ("稽核员", "勾琮翎", "general", [
                ("病历抽查", "抽查样本有意避开问题病历", "业务流程风险", "二级风险", "样本系统随机抽取。"),
                ("检查接待", "接受定点机构宴请", "思想道德风险", "三级风险", "签订廉洁承诺，回访被检机构。"),
            ]),
        ]),
        ("三、智能监控科", "智能监控科", [
            ("科长", "寿翙珂", "middle", [
                ("规则维护", "擅自修改智能审核规则", "制度机制风险", "二级风险", "规则修改经审批，日志留存。"),
            ]),
            ("监控员", "訾旻琇", "general", [
                ("疑点处理", "对疑点数据不核不报", "岗位职责风险", "三级风险", "疑点限期核查，定期抽查。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "baishui_fund_supervision_group_rows",
        "https://www.zhetiaohe.com/ss/b91c2b8f8f8b19efbbafb25322f293c9d06c0f899f5ea224c3b59abe91c350c3b038f9862d23aa9995acb3b51b5e73287d0ecf514db50a12.html",
        "县医保基金监管中心 廉政风险防控责任清单, after the source's page on 第三方机构准入 (稽核, 监管): a title, 序号/岗位/责任人/"
        "``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、稽核科``, ``三、智能监控科`` merged across (no 科室 column); 岗位 and 责任人 merged per person; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def baishui_hospital_office_posts() -> dict:
    unit = f"{PLACE}医院医保办"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", [
            ("协议管理", "对科室违规收费问题包庇不报", "制度机制风险", "Ⅰ级", "违规问题院务会通报，整改留痕。"),
            ("总额控制", "医保额度分配优亲厚友", "岗位职责风险", "Ⅱ级", "额度分配方案公开，集体研究。"),
        ]),
        ("结算员", "general", [
            ("费用结算", "串换项目结算医保费用", "业务流程风险", "Ⅰ级", "结算清单逐项核对，系统审核。"),
            ("资料管理", "参保患者信息外泄", "业务流程风险", "Ⅲ级", "资料借阅登记，专柜保管。"),
        ]),
        ("审核员", "general", [
            ("病历审核", "对挂床住院审核放水", "外部环境风险", "Ⅱ级", "在院病人定期查房，两人复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "baishui_hospital_office_posts", "http://www.tmdps.cn/a2/201905122/f71c7d14b0ac884f.html",
        "县医院医保办 岗位廉政风险点排查表 对岗不对人, after the source's 城乡医保工作制度 (协议管理, 费用审核, 医保培训): a title, "
        "then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def baishui_yaohe_station_cards() -> dict:
    unit = f"{PLACE}尧禾镇医保服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "滕翥琦", "leader", [
            ("门诊慢病认定材料把关不严", "★★★", "认定材料两人审核，结果公示。"),
            ("对违规报销问题瞒报", "★★", "问题台账按月上报。"),
            ("接受参保群众宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("经办员", "艾昉珏", "general", [
            ("慢病待遇资料弄虚作假", "★★★", "资料与医院诊断比对，定期抽查。"),
            ("办理业务吃拿卡要", "★★", "一次性告知，服务评价。"),
        ]),
        ("医保专干", "蓟琬旸", "general", [
            ("村级政策宣传走过场", "★★", "宣传记录拍照留痕。"),
            ("泄露举报人信息", "★", "举报材料专人保管，查阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "baishui_yaohe_station_cards", "http://fengdujob.net/go/门诊特殊慢病如何申报和报销.html",
        "镇医保服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 经办员, 医保专干), after the source's page on 门诊特殊慢病"
        "申报和报销 (慢病认定, 报销): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def baishui_dukang_station_selfchecks() -> dict:
    unit = f"{PLACE}杜康镇医保服务站"
    t = _Truth(unit)
    people = [
        ("巫马珧", "站长", "leader", [
            ("城乡居民参保缴费资金截留", "高风险", "缴费资金当日入账，按月对账。", "已落实"),
            ("困难群众资助参保名单审核不严", "高风险", "名单与民政数据比对，结果公示。", "未发现问题"),
            ("考核打人情分", "中风险", "考核标准公开，结果公示。", "已落实"),
        ]),
        ("昝璘翃", "收费员", "general", [
            ("代收保费不开票据", "中风险", "票据连号使用，定期核销。", "未发现问题"),
            ("接受缴费群众吃请", "低风险", "签订廉洁承诺，不接受宴请。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "baishui_dukang_station_selfchecks",
        "http://www.liekang.com/tag/%e6%96%b0%e5%86%9c%e5%90%882024%e5%b9%b4%e6%94%b6%e8%b4%b9%e6%a0%87%e5%87%86",
        "镇医保服务站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's page on 新农合收费标准 "
        "(参保缴费): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def baishui_linggao_station_every_row() -> dict:
    unit = f"{PLACE}林皋镇医保服务站"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "戈翊瑄", "leader", "异地住院手工报销审核不实", "Ⅰ", "报销材料与结算数据比对，两人审核。"),
        ("站长", "戈翊瑄", "leader", "对冒名就医线索压案不查", "Ⅱ", "线索登记台账，限期办结。"),
        ("经办员", "郜琛旻", "general", "报销票据重复受理", "Ⅰ", "票据系统查重，受理登记。"),
        ("经办员", "郜琛旻", "general", "报销资料不按规定归档", "Ⅲ", "资料统一归档，定期检查。"),
        ("协管员", "晏珝翙", "general", "代办报销收取好处", "Ⅱ", "代办事项登记，回访参保人。"),
        ("协管员", "晏珝翙", "general", "泄露参保人员信息", "Ⅲ", "信息保密承诺，查询留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "baishui_linggao_station_every_row", "http://fengdujob.net/go/农村合作医疗异地住院回本地什么部门报销.html",
        "镇医保服务站 廉政风险防控清单, after the source's page on 异地住院回本地报销 (手工报销, 票据): a title, then 序号/岗位/"
        "``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, no 科室 "
        "column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def baishui_leiya_station_list() -> dict:
    unit = f"{PLACE}雷牙镇医保服务站"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "牟琇翀", "leader", [
            ("村卫生室医保目录外用药监管不到位", "制度机制", "高", "定期巡查村卫生室，问题通报。"),
            ("对违规村卫生室检查打招呼", "思想道德", "中", "检查结果公开，接受监督。"),
        ]),
        ("经办员", "冉翯珞", "general", [
            ("乙类药品自付比例核算不准", "业务流程", "高", "核算结果两人复核。"),
        ]),
        ("医保专干", "仉旸琬", "general", [
            ("政策宣传资料发放不到位", "岗位职责", "低", "发放登记台账，到村核查。"),
            ("接受药店礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "baishui_leiya_station_list",
        "https://www.zhetiaohe.com/ss/89c9977bd10285e341eff80eff7a1933b92c5c9efcd8bd77d4c3347c8ef66c74fb31f99b476d209d.html",
        "镇医保服务站 岗位廉政风险防控一览表, after the source's page on 医保甲乙丙类药报销比例 (目录, 报销比例): ``附件1``, a "
        "title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    baishui_medical_security_side_title(),
    baishui_insurance_centre_two_sheets(),
    baishui_fund_supervision_group_rows(),
    baishui_hospital_office_posts(),
    baishui_yaohe_station_cards(),
    baishui_dukang_station_selfchecks(),
    baishui_linggao_station_every_row(),
    baishui_leiya_station_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch454-inbox"))
