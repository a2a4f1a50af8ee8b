"""The four-hundred-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政
bodies, 城固县 (汉中, Shaanxi) — the 县民政局, the 县社会福利院, the 县殡仪馆, the 县救助管理站 and the
社会事务办 of four 镇 (博望镇, 原公镇, 五堵镇, 龙头镇) — each handing back the 一览表, 防控卡, 排查表,
责任清单, 清单 or 自查表 its staff typed in WPS or Excel:

- the 社会福利院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 殡仪馆's 责任清单 under GROUP ROWS ``一、馆领导``, ``二、业务科``, ``三、火化科`` merged across (no
  科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, ``…风险``
  types, ``一级风险/二级风险/三级风险``;
- the 救助管理站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 博望镇社会事务办's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 原公镇社会事务办's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 镇分管领导审核：``;
- the 五堵镇社会事务办's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 龙头镇社会事务办's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``chenggu_civil_affairs_holders_by_year``: the 县民政局's 岗位廉政风险防控一览表, kept from year to
  year: a TWO-ROW HEADING ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``
  whose ``责任人`` is merged over TWO SUB-COLUMNS ``2024年 | 2025年`` (the other headings merged down
  over both rows): the office updates the list each year by adding a column of this year's
  holders and keeps last year's beside it. Where a post changed hands the two cells differ
  (``2024年`` the former holder, ``2025年`` the present one); where it did not they repeat the
  name. A merged ``注：`` under the table says the 2025年 column is the present holder and the 2024年
  one is kept for reference. The holder is the 2025年 column only. The README's 读得懂的表 knows
  ``原风险等级 | 调整后风险等级`` (``上年``/``本年``) LEVEL columns, ``原风险点 | 调整后风险点``,
  ``现：…⏎原：…（…调离）`` written in ONE holder cell, ``现科室``/``现岗位``, a 备注 naming a successor,
  struck-through former holders and ``岗位及人员`` merged over a post and a name column; it does not
  describe a holder heading merged over two YEAR sub-columns, each a full column of names, the
  later one the holder. ``grep -l "2024年\\", \\"2025年" tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省's 城乡低保审核审批办法 — 申请,
审核, 审批, 低保; a 区's 社会救助审核确认权限下放镇 实施方案 — 入户调查, 民主评议, 公示;
a 市's 救助管理工作细则 — 流浪乞讨人员, 困难群众补助资金; 殡仪馆管理制度 — 馆长室, 业务科, 火化科,
骨灰寄存科, 后勤保障科; a 镇 社会救助工作站's 职责 and 管理制度 — 信息公开, 档案, 资金监管; a 民政
社会救助救灾资金发放实施方案; an article on a 区民政局 — 养老院, 光荣院, 殡仪馆; a 市民政
工作总结 — 低保, 五保供养, 医疗救助, 殡葬) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with
rare given names, three characters each); every unit is a body of 城固县, named with the county's
name.

Run ``python tests/published/score.py --set batch448`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder of each post is its ``2025年`` cell (the present year, as the
  note says); the ``2024年`` names are no holders, however they differ, and name no form of their
  own; the note is no point;
- ``院领导`` (a sheet of the 福利院's leaders, named so by its tab and title), ``馆领导`` (a group row of
  the 殡仪馆) and ``局领导`` (a 股室 cell of the 民政局) are the 科室 of those leaders; a 局's 股 and
  办公室, a 福利院's 科 (护理科, 后勤科), a 殡仪馆's 科 are 科室; a group row ``二、业务科`` gives the
  科室 ``业务科`` (its number left off); the 救助管理站's cards and the four 社会事务办 files name no
  科室: their 科室 is "";
- 局长, 副局长, 院长, 副院长, 馆长, 站长, 副站长 and a 社会事务办's 主任 (the head of the unit itself)
  are leaders; 股长, 科长, an 办公室's 主任 middle; the rest (科员, 会计, 出纳, 护理员, 民政专干, 残联专干,
  救助专干, 火化工, 业务员, 社工) general;
- ``风险点 | 风险表现`` (the 博望镇 list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 博望镇 list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch442).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b448_"
PLACE = "城固县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

YEAR_NAME = "chenggu_civil_affairs_holders_by_year"
YEAR_UNIT = f"{PLACE}民政局"
YEAR_TAB = "一览表"
YEAR_HEAD = (
    "序号",
    "股室",
    "岗位",
    "责任人",
    None,
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
)
YEAR_SUB = (None, None, None, "2024年", "2025年", None, None, None, None)
YEAR_WIDTH = len(YEAR_HEAD)
YEAR_NOTE = "注：责任人一栏以2025年为准（人员调整后更新），2024年一栏保留备查。"

# (股室, 岗位, tier, 2024年, 2025年, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
YEAR_ROWS = [
    ("局领导", "局长", "leader", "甯翀瑄", "甯翀瑄", [
        ("特困供养机构改造项目不经党组会集体研究", "制度机制", "高", "项目按规定进场交易，党组会集体研究。"),
        ("干部调整中打招呼", "思想道德", "中", "调整方案集体研究，任前公示。"),
    ]),
    ("局领导", "副局长", "leader", "禤珏澍", "郏昶瑀", [
        ("临时救助审批超标准、超范围", "业务流程", "高", "救助金额分级审批，结果公示。"),
        ("殡葬改革资金拨付不按考核结果", "岗位职责", "中", "资金按考核结果拨付，结果公开。"),
    ]),
    ("社会救助股", "股长", "middle", "燕玥璁", "燕玥璁", [
        ("低保审核中降低条件、人情保", "岗位职责", "高", "入户调查两人以上，民主评议并公示。"),
        ("对动态复核发现的问题不清退", "制度机制", "中", "复核结果台账管理，定期抽查。"),
    ]),
    ("社会救助股", "科员", "general", "逯湜琦", "闾曦珵", [
        ("救助对象信息录入不实", "业务流程", "中", "系统数据与纸质档案定期比对。"),
        ("泄露申请人家庭信息", "外部环境", "低", "信息查询授权留痕。"),
    ]),
    ("办公室", "会计", "general", "冀湉翾", "冀湉翾", [
        ("社会救助资金挪作他用", "制度机制", "高", "救助资金专账核算，社会化发放。"),
        ("报销票据审核不严", "岗位职责", "低", "报销三级审核，定期内审。"),
    ]),
]  # fmt: skip


def chenggu_civil_affairs_holders_by_year() -> dict:
    unit = YEAR_UNIT
    sh = _Sheet(YEAR_TAB, [6, 12, 9, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", YEAR_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", YEAR_WIDTH)
    r = sh.add(*YEAR_HEAD)
    sh.add(*YEAR_SUB)
    for c in range(YEAR_WIDTH):
        if c == 3:
            sh.merge(r, 3, r, 4)
        elif c != 4:
            sh.merge(r, c, r + 1, c)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, last_year, this_year, points in YEAR_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, last_year, this_year, point, typ, lv, measures)
            t.point(sh.name, dept, post, this_year, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    _line(sh, YEAR_NOTE, YEAR_WIDTH)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None, None)
    return _layout(
        YEAR_NAME, "https://shijiazhuang.baogaosu.com/yongyu/%E9%9D%92%E6%B5%B7%E7%9C%81%E5%9F%8E%E4%B9%A1%E4%BD%8E%E4%BF%9D%E5%AE%A1%E6%A0%B8%E5%AE%A1%E6%89%B9%E5%8A%9E%E6%B3%95/12697704",
        "(harder) 县民政局 岗位廉政风险防控一览表 kept from year to year, after the source's 城乡低保审核审批办法 (申请, 审核, "
        "审批): a title, a merged ``填报单位：…　填报时间：2025年12月`` line, a TWO-ROW HEADING whose ``责任人`` is "
        "merged over two sub-columns ``2024年 | 2025年`` (each a full column of names, differing where the post changed hands), "
        "then 序号/股室 merged (局领导, 社会救助股, 办公室)/岗位 and both name columns merged per person/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; a merged ``注：`` line (the 2025年 column is the holder) and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chenggu_welfare_home_two_sheets() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}院领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("皦昀翚", "院长", "主持全面工作，分管财务", [
            ("特困人员供养资金使用不经集体研究", "一级", "资金使用院务会集体研究，纪要存档。"),
            ("护理员招用中优亲厚友", "二级", "招用条件公开，结果公示。"),
        ]),
        ("桓珣翊", "副院长", "分管护理、后勤", [
            ("供养人员伙食物资采购指定供应商", "一级", "物资定点询价采购，验收双人签字。"),
            ("院民财物代管不登记", "三级", "代管财物登记造册，定期公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "院领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 9, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("护理科", "科长", "蔺淏珅", "middle", [
            ("护理等级评定打人情分", "二级", "评定两人以上，结果公示。"),
        ]),
        ("护理科", "护理员", "臧琬翊", "general", [
            ("克扣供养人员生活用品", "一级", "生活用品按标准发放，院民签收。"),
            ("收受家属财物", "三级", "签订廉洁承诺书，家属回访。"),
        ]),
        ("后勤科", "科长", "訾旻璟", "middle", [
            ("维修工程结算不实", "一级", "维修凭工单结算，财务复核。"),
            ("食堂物资验收走过场", "二级", "验收小组三人以上，台账存档。"),
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
        "chenggu_welfare_home_two_sheets", "https://m.07608.cn/dangtuangongzuozongjie/48552.html",
        "县社会福利院 廉政风险防控表 in two sheets, after the source's 民政工作总结 (五保集中供养, 低保): ``院领导`` (a title, "
        "序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and ``科室`` (a title, 序号/"
        "科室 merged (护理科, 后勤科)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no type column; an 编制/审核/date "
        "line under each",
        [lead, staff], t,
    )  # fmt: skip


def chenggu_funeral_home_group_rows() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "沮昕瑗", "leader", [
                ("火化设备采购", "火化设备采购不经集体研究", "制度机制风险", "一级风险", "设备采购按规定招标，馆务会审定。"),
                ("收费管理", "擅自设立殡葬服务收费项目", "业务流程风险", "二级风险", "收费项目报批并公示。"),
            ]),
        ]),
        ("二、业务科", "业务科", [
            ("科长", "缑翎晞", "middle", [
                ("丧葬服务", "捆绑销售丧葬用品", "岗位职责风险", "一级风险", "服务项目由丧属自选，价格公示。"),
            ]),
            ("业务员", "靳玙湛", "general", [
                ("骨灰寄存", "骨灰寄存收费不开票据", "业务流程风险", "二级风险", "收费票据连号，每日对账。"),
                ("遗体接运", "接受丧属财物", "思想道德风险", "三级风险", "签订廉洁承诺，丧属回访。"),
            ]),
        ]),
        ("三、火化科", "火化科", [
            ("科长", "殳晗璞", "middle", [
                ("火化登记", "火化证明出具不核实身份", "外部环境风险", "二级风险", "证明出具双人核对，登记存档。"),
            ]),
            ("火化工", "帅琨翾", "general", [
                ("火化操作", "向丧属索要好处", "思想道德风险", "三级风险", "服务评价卡，投诉回访。"),
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
        "chenggu_funeral_home_group_rows", "https://renrendoc.com/paper/405612329.html",
        "县殡仪馆 廉政风险防控责任清单, after the source's 殡仪馆管理制度 (馆长室, 业务科, 火化科): a title, 序号/岗位/责任人/"
        "``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、馆领导``, "
        "``二、业务科``, ``三、火化科`` merged across (no 科室 column); 岗位 and 责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def chenggu_rescue_station_cards() -> dict:
    unit = f"{PLACE}救助管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "冉翥昀", "leader", [
            ("救助物资采购不经集体研究", "★★★", "物资采购站务会集体研究，比价留痕。"),
            ("受助人员返乡车票报销不实", "★★", "车票凭证核对，台账公示。"),
            ("接受供应商宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副站长", "郜瑆翙", "leader", [
            ("克扣受助人员生活供应品", "★★★", "供应品按标准发放，受助人员签收。"),
            ("受助人员财物登记不全", "★★", "财物登记双人签字，离站返还。"),
        ]),
        ("出纳", "鞠玓琰", "general", [
            ("救助资金现金坐支", "★★", "现金日清月结，定期盘点。"),
            ("收据管理混乱", "★", "收据连号使用，领用登记。"),
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
        "chenggu_rescue_station_cards", "http://mzj.yinchuan.gov.cn/zmhd/yjzj/202210/t20221020_3808219.html",
        "县救助管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 副站长, 出纳), after the source's 救助管理工作细则 (流浪乞讨人员, "
        "困难群众补助资金): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def chenggu_bowang_office_posts() -> dict:
    unit = f"{PLACE}博望镇社会事务办"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", [
            ("低保审核确认", "对不符合条件的家庭审核确认低保", "岗位职责风险", "Ⅰ级", "入户调查、民主评议、公示三环节留痕。"),
            ("临时救助", "临时救助金额不按标准确定", "制度机制风险", "Ⅱ级", "救助标准公开，集体研究。"),
        ]),
        ("民政专干", "general", [
            ("入户调查", "入户调查走过场，调查结果不实", "业务流程风险", "Ⅰ级", "调查两人以上，调查表双签。"),
            ("档案管理", "救助档案缺失、涂改", "业务流程风险", "Ⅲ级", "档案统一归档，定期检查。"),
        ]),
        ("残联专干", "general", [
            ("残疾人补贴", "为不符合条件人员申报两项补贴", "外部环境风险", "Ⅱ级", "补贴名单村级公示，系统比对。"),
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
        "chenggu_bowang_office_posts", "http://zhalainuoer.gov.cn/xzgfxwjk/show/523877.html",
        "镇社会事务办 岗位廉政风险点排查表 对岗不对人, after the source's 社会救助审核确认权限下放镇 实施方案 (入户调查, 民主评议, "
        "公示): a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def chenggu_yuangong_office_selfchecks() -> dict:
    unit = f"{PLACE}原公镇社会事务办"
    t = _Truth(unit)
    people = [
        ("詹琮翊", "主任", "leader", [
            ("低保对象动态管理不及时", "高风险", "按季度复核，结果公示。", "已落实"),
            ("救灾物资分配优亲厚友", "高风险", "物资分配方案集体研究，名单公示。", "未发现问题"),
            ("高龄补贴名单审核不严", "中风险", "名单与户籍、殡葬信息比对。", "已落实"),
        ]),
        ("桑昉珩", "救助专干", "general", [
            ("申请材料受理不一次性告知", "中风险", "一次性告知，受理登记。", "未发现问题"),
            ("接受申请人吃请", "低风险", "签订廉洁承诺，不接受宴请。", "已落实"),
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
        sh.add("本人签名：", None, "镇分管领导审核：", None, None)
        sheets.append(sh)
    return _layout(
        "chenggu_yuangong_office_selfchecks", "http://renwen.czt.cc/jxfw/202505/476671.html",
        "镇社会事务办 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 镇社会救助工作站 职责及"
        "管理制度 (信息公开, 档案, 资金监管): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/"
        "风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 镇分管领导审核：``",
        sheets, t,
    )  # fmt: skip


def chenggu_wudu_office_every_row() -> dict:
    unit = f"{PLACE}五堵镇社会事务办"
    sh = _Sheet("清单", [6, 14, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "眭翃珝", "leader", "社会救助资金发放审核走过场", "Ⅰ", "发放明细逐笔核对，社会化发放。"),
        ("主任", "眭翃珝", "leader", "对群众反映的救助问题压案不查", "Ⅱ", "问题登记台账，限期办结。"),
        ("民政专干", "庹昕瑱", "general", "虚报冒领低保金", "Ⅰ", "低保名单与死亡、户籍信息比对。"),
        ("民政专干", "庹昕瑱", "general", "救助档案不按规定归档", "Ⅲ", "档案统一归档，定期检查。"),
        ("社工", "蒯璘旸", "general", "困难群众走访记录不实", "Ⅱ", "走访记录拍照留痕，抽查回访。"),
        ("社工", "蒯璘旸", "general", "泄露救助对象隐私", "Ⅲ", "信息保密承诺，查询留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "chenggu_wudu_office_every_row",
        "https://abg.baidu.com/tags/ypy5l7wj4656dpwi235cbq7r2x7mtz534g7mrvx2x3enjvwxzk67bn5cw7c4vnokvg333mfy",
        "镇社会事务办 廉政风险防控清单, after the source's 社会救助救灾资金发放实施方案 (资金发放, 对象, 档案): a title, then 序号/岗位/"
        "``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, no 科室 "
        "column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def chenggu_longtou_office_list() -> dict:
    unit = f"{PLACE}龙头镇社会事务办"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "荀翊璠", "leader", [
            ("农村特困人员认定不经集体研究", "制度机制", "高", "认定结果班子会研究，公示七日。"),
            ("临时救助审批打招呼", "思想道德", "中", "审批结果公开，接受监督。"),
        ]),
        ("民政专干", "戢旸珂", "general", [
            ("低保边缘家庭认定不实", "业务流程", "高", "认定材料系统核对，入户抽查。"),
        ]),
        ("残联专干", "佴玹翊", "general", [
            ("残疾人补贴发放不及时", "岗位职责", "低", "补贴按月发放，台账公示。"),
            ("接受补贴对象礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
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
        "chenggu_longtou_office_list", "https://soolun.net/periodical/3fda83db85f3294d99c54ef1673c2502.html",
        "镇社会事务办 岗位廉政风险防控一览表, after the source's account of a 区民政局's work (社会保障, 养老院, 殡仪馆): ``附件1``, a title, a "
        "merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chenggu_civil_affairs_holders_by_year(),
    chenggu_welfare_home_two_sheets(),
    chenggu_funeral_home_group_rows(),
    chenggu_rescue_station_cards(),
    chenggu_bowang_office_posts(),
    chenggu_yuangong_office_selfchecks(),
    chenggu_wudu_office_every_row(),
    chenggu_longtou_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch448-inbox"))
