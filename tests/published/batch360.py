"""The three-hundred-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 民政
bodies, 莲湖区 (a district of 西安, its staff Han) — the 民政局, the 救助管理站 and the 未成年人救助保护中心,
the 社会福利院, the 殡仪服务中心 and the 社会事务办公室 of three 街道办事处 — each handing back the 一览表,
防控卡, 排查表, 责任清单, 自查表 or 公示表 its staff typed in WPS or Excel:

- the 民政局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader — the name
  BEFORE the post) and ``内设科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person),
  ``一级/二级/三级``, no type column, a 制表/审核/date line under each;
- the 救助管理站's 防控卡, one sheet a holder (tabs 站长, 救助科科长, 护送员): two rows of pairs
  ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 持卡时间 | …``, then ``序号 | 风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人签字： | 站长签字：``;
- the 社会福利院's 自查表, one sheet a person (tabs named by the holder): two rows of pairs
  ``姓　名 | … | 所在科室 | …`` and ``岗　位 | … | 自查时间 | …``, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防范措施 | 备注`` (备注 empty), short types, ``高风险/中风险/低风险``, ``本人签字： |
  院长审核：``;
- the 殡仪服务中心's 排查表 对岗不对人: ``部门`` merged (中心领导, 业务科, 接运班, 火化车间, 财务室),
  ``岗位`` merged per post, a short ``风险点`` beside a long ``表现形式``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 北院门街道办事处's 社会事务办公室 责任清单: ``责任科室`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the
  measures and a LAST ``分管领导`` column naming the 办事处's 副主任 on every row;
- the 青年路街道办事处's 一览表 under GROUP ROWS ``一、街道领导``, ``二、社会事务办公室``,
  ``三、综合养老服务站`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/date line;
- the 未成年人救助保护中心's 一览表 under ``附件1`` and a merged ``填报单位（盖章）：…　填报时间：…``
  line: ``科室`` merged (中心领导, 保护科, 综合科), ``岗位`` and ``姓名`` merged per person, bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``lianhu_taoyuanlu_social_affairs_level_panels``: the 桃园路街道办事处's 社会事务办公室 岗位廉政风险
  分级公示表, one sheet a person (tabs 主任, 低保专干, 殡葬改革专干), nine columns: a title, ONE ROW of
  three pairs ``姓　名 | … | 岗　位 | … | 所在科室 | …``, then THREE SIDE-BY-SIDE PANELS, one a level:
  a caption row ``高风险点`` merged over A:C, ``中风险点`` over D:F, ``低风险点`` over G:I, under it
  ONE heading row ``序号 | 风险点 | 防控措施`` written three times, and under that the rows — each
  panel numbered from 1 on its own, the panels of unequal length (the shorter ones left blank
  below), so that a row of the sheet holds up to three UNRELATED points, each with its own 序号 and
  measures, and the LEVEL OF A POINT IS ONLY THE CAPTION OF ITS PANEL: there is no level column, no
  level word in any cell of the table, no note; no type column; a ``监督电话`` line and a
  ``公示时间`` line below. The README's 读得懂的表 knows the level as a column (in every wording), as
  group rows ``一、一级风险点`` above the rows, as the sheet's tab or title (one sheet a level), as
  ``廉政风险点`` split into ``高风险 | 中风险 | 低风险`` single columns each cell a point (of the row's
  one post, the measures shared), as ``分级防控措施`` merged over level columns (one point column),
  as ``风险类型及等级`` merged over ``高 | 中 | 低`` (a type written in the level's column), and as a
  wall 公示栏 with ONE POST A COLUMN and one level band a ROW; it knows two tables side by side on one
  row read apart. It does not describe three level PANELS side by side, each a whole sub-table with
  its own ``序号 | 风险点 | 防控措施`` heading under a merged level caption, whose rows are not
  related across the panels.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县 发改委 and 民政局's joint check
of two 殡仪馆 — 政府定价, 明码标价, 乱收费, 捆绑消费, 限期整改; a 市 流浪乞讨人员救助资金 note — 救助对象,
购票资助返乡, 护送, 接回 of 残疾人, 未成年人 and 老年人; a 养老院财务管理制度 — 院长 职责, 财务审批, 伙食,
民主管理, 护理员 职责; a 殡仪馆 遗体接运 规范 — 出车人员, 遗体接运单, 车费 and 力资费 告知, 签字确认; a
街道 临时救助 practice — 政策宣传, 排查摸底, 入户调查, 审核会议, 公示, 台账; a 省 临时救助 审核 —
申请, 受理, 家庭经济状况核查, 审批, 备案; a 县 城乡流浪乞讨人员救助管理暂行办法 — 先救助后确认身份,
未成年人 and 老幼病残, 护送 to the 救助管理站; a 区 殡葬中介 专项整治 — 黑中介, 明码标价, 殡葬服务费用
减免 for 特困 and 优抚对象, 内外勾连, 红包) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names, three characters each); every unit is a body of 莲湖区, named with the
district's name.

Run ``python tests/published/score.py --set batch360`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the caption of the panel it stands in (``高风险点`` 1,
  ``中风险点`` 2, ``低风险点`` 3); a row of the sheet gives as many points as it has filled panels,
  each with its own measures; the points are the cells under ``风险点`` of each panel, the 序号 and
  measures no points; the holder, post and 科室 are the pairs row's (one form a sheet); the
  监督电话 and 公示时间 lines are no points;
- ``局领导``, ``站领导``, ``院领导``, ``中心领导`` and ``街道领导`` (the 民政局's sheet of its leaders, named so
  by its tab and title; a card's or a 自查表's 所在科室; a 部门 or 科室 cell; a group row) are the 科室
  of those leaders; a 局's and a 站's 科, a 院's 部 and 室, a 中心's 科, 班, 车间 and 室, a 街道's
  办公室 and 站 are 科室; a group row ``二、社会事务办公室`` gives the 科室 ``社会事务办公室`` (its number
  left off); the three 街道 files are of the 街道办事处 (the unit), their 社会事务办公室 a 科室 of it;
- 局长, 副局长, 站长 (of the 救助管理站), 院长, 副院长, a 中心's 主任 and a 街道办事处's 副主任 are leaders;
  a 科's 科长, the 办公室主任 (written ``主任`` in the 科室 ``办公室`` or ``社会事务办公室``), the 护理部
  主任, the 综合养老服务站's 站长 and a 班's 班长 middle; the rest (科员, 会计, 出纳, 护送员, 社工,
  专干, 助老员, 业务洽谈员, 接运司机, 火化工, 收费员) general;
- ``风险点 | 表现形式``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``持卡时间`` are no
  points and name no holder; the 北院门街道's LAST ``分管领导`` column names a supervisor (the holder is
  ``责任人``); the 殡仪服务中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``, ``高/中/低`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's
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

PREFIX = "b360_"
PLACE = "莲湖区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

PANEL_UNIT = f"{PLACE}桃园路街道办事处"
PANEL_DEPT = "社会事务办公室"
PANEL_CAPTIONS = {"高风险点": 1, "中风险点": 2, "低风险点": 3}
PANEL_HEAD = ("序号", "风险点", "防控措施")
# (tab, 姓名, 岗位, tier, {caption: [(风险点, 防控措施)]})
PANEL_PEOPLE = [
    ("主任", "夔澄溪", "主任", "middle", {
        "高风险点": [
            ("临时救助审核会议走过场，个人决定救助对象和金额", "审核会议集体研究，会议记录和救助金额一并公示。"),
            ("惠民殡葬费用减免名单审核不严，为不符合条件人员减免", "减免对象与特困、优抚名册逐一比对，按月报区民政局备案。"),
        ],
        "中风险点": [
            ("低保动态复核抽查比例不足，该退不退", "每季度按不少于10%抽查复核，结果留档。"),
            ("办公室工作经费报销把关不严", "报销凭证经办、审核、审批三人签字。"),
        ],
        "低风险点": [
            ("接受服务对象或殡葬服务机构宴请", "严守中央八项规定精神，节前廉洁提醒。"),
        ],
    }),
    ("低保专干", "勾瑞泠", "低保专干", "general", {
        "高风险点": [
            ("入户调查不实，为亲友违规办理低保", "入户调查两人以上，本人亲属申请一律回避并备案。"),
            ("泄露、倒卖低保对象家庭信息", "系统账号专人专用，查询记录留痕。"),
        ],
        "中风险点": [
            ("低保申请材料收转拖延、索要好处", "受理登记编号，办理时限上墙公示。"),
        ],
        "低风险点": [
            ("低保台账登记不全、更新不及时", "台账按月与系统数据核对。"),
        ],
    }),
    ("殡葬改革专干", "邝芷漪", "殡葬改革专干", "general", {
        "高风险点": [
            ("与殡葬中介内外勾连，为其介绍业务收取好处", "辖区殡葬服务信息统一公开，严禁推荐中介。"),
        ],
        "中风险点": [
            ("基本殡葬服务费用减免材料初审不严", "减免材料逐项核对死亡证明和身份信息。"),
            ("收受丧户红包、礼品", "签订廉洁承诺，公布举报电话。"),
        ],
        "低风险点": [
            ("殡葬改革宣传资料发放登记不实", "发放登记由社区签字确认。"),
        ],
    }),
]  # fmt: skip


def lianhu_taoyuanlu_social_affairs_level_panels() -> dict:
    unit = PANEL_UNIT
    t = _Truth(unit)
    sheets = []
    for tab, who, post, tier, panels in PANEL_PEOPLE:
        sh = _Sheet(tab, [5, 28, 28, 5, 28, 28, 5, 28, 28])
        _line(sh, f"{unit}{PANEL_DEPT}岗位廉政风险分级公示表", 9)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, "所在科室", PANEL_DEPT, None, None, None)
        sh.merge(len(sh.rows) - 1, 5, len(sh.rows) - 1, 8)
        r = sh.add(*[c for cap in PANEL_CAPTIONS for c in (cap, None, None)])
        for g in range(3):
            sh.merge(r, 3 * g, r, 3 * g + 2)
        sh.add(*(PANEL_HEAD * 3))
        depth = max(len(panels[cap]) for cap in PANEL_CAPTIONS)
        for i in range(depth):
            row = []
            for cap in PANEL_CAPTIONS:
                items = panels[cap]
                row += [i + 1, *items[i]] if i < len(items) else [None, None, None]
            sh.add(*row)
        for cap, level in PANEL_CAPTIONS.items():
            for point, _measures in panels[cap]:
                t.point(sh.name, PANEL_DEPT, post, who, tier, point, [], level)
        _line(sh, "监督电话：029-87316612（街道纪工委）", 9)
        _line(sh, "公示时间：2025年9月", 9)
        sheets.append(sh)
    return _layout(
        "lianhu_taoyuanlu_social_affairs_level_panels",
        "http://yunshangxiaonan.cjyun.org/p/42238.html",
        "(harder) 区街道办事处 社会事务办公室 岗位廉政风险分级公示表, one sheet a person (tabs 主任, 低保专干, 殡葬改革专干), after "
        "the source's 殡葬中介 专项整治 (黑中介, 明码标价, 殡葬服务费用减免 for 特困 and 优抚对象, 内外勾连, 红包): a title, ONE ROW of "
        "pairs ``姓　名 | … | 岗　位 | … | 所在科室 | …``, then THREE PANELS SIDE BY SIDE — captions ``高风险点`` (A:C), "
        "``中风险点`` (D:F), ``低风险点`` (G:I) merged, ONE heading row ``序号 | 风险点 | 防控措施`` ×3, rows numbered from 1 in "
        "each panel, panels of unequal length; the level of a point is ONLY its panel's caption (no level column, no note); "
        "no type column; 监督电话 and 公示时间 lines below",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lianhu_civil_affairs_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("厍溱玥", "局长", "主持局全面工作，分管人事、财务", [
            ("福彩公益金项目安排不经党组集体研究", "一级", "公益金项目经党组会研究，安排结果公开。"),
            ("干部选拔任用中搞个人说了算", "一级", "严格执行干部任用程序，全程纪实。"),
        ]),
        ("郏翾沣", "副局长", "分管社会救助、殡葬管理", [
            ("对殡葬服务机构乱收费问题查处不力", "二级", "会同发改部门联合检查，问题清单限期整改。"),
            ("社会救助资金分配向个别街道倾斜", "二级", "资金按救助对象人数和绩效分配，结果公示。"),
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
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("内设科室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}内设科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "佴霈珂", "middle", [
            ("公务用车使用登记不实，公车私用", "三级", "用车事前审批，行驶记录按月核对。"),
        ]),
        ("社会救助科", "科员", "笪翊澂", "general", [
            ("低保审批抽查走过场，对问题线索不核实", "二级", "抽查结果两人签字，问题线索登记销号。"),
            ("救助对象信息泄露", "三级", "信息系统分级授权，查询留痕。"),
        ]),
        ("养老服务科", "科长", "郦湜岚", "middle", [
            ("养老机构运营补贴审核不严，虚报床位套取补贴", "一级", "床位实地核查，补贴名单公示。"),
        ]),
        ("社会事务科", "科员", "乜砚霏", "general", [
            ("殡仪馆收费检查走过场，对明码标价问题不处理", "二级", "检查记录拍照存档，整改情况跟踪复查。"),
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
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "lianhu_civil_affairs_bureau_two_sheets",
        "https://xjhc.gov.cn/xjhc/c113325/202411/6208f70102bf4832aad8baeb36c24226.shtml",
        "区民政局 廉政风险防控表 in two sheets, after the source's joint check of 殡仪馆 收费 (政府定价, 明码标价, 乱收费, 捆绑消费, "
        "限期整改): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader — the name before the post/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``内设科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def lianhu_relief_station_cards() -> dict:
    unit = f"{PLACE}救助管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "昝琰泓", "站长", "站领导", "leader", [
            ("受助人员返乡车票资助款审批把关不严，虚列资助", "★★★", "资助款凭车票存根报销，按月公示资助名单。"),
            ("站内物资采购不比价，指定供应商", "★★★", "采购三家比价，验收与采购分离。"),
            ("救助经费年终结余违规支出", "★★", "经费结余按规定上缴，支出经站务会研究。"),
        ]),
        ("救助科科长", "仝瑷淞", "科长", "救助科", "middle", [
            ("对不属于救助对象的人员违规提供食宿", "★★", "求助登记逐项核实，不予救助的书面告知理由。"),
            ("受助人员随身财物登记保管不全", "★★", "财物当面清点登记，双方签字。"),
        ]),
        ("护送员", "谯沐棠", "护送员", "救助科", "general", [
            ("护送途中虚报交通、食宿费用", "★★", "护送费用凭票据报销，行程记录存档。"),
            ("接受受助人员亲属的答谢红包", "★", "护送交接时告知廉洁规定，公布监督电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在科室", dept, "持卡时间", "2025年9月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "站长签字：", None)
        sheets.append(sh)
    return _layout(
        "lianhu_relief_station_cards",
        "http://qingfeng.xxhjd.gov.cn/index.php/index/hmzcxxy/contentid/3119/typeid/68",
        "区救助管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 救助科科长, 护送员), after the source's 流浪乞讨人员救助资金 "
        "(救助对象, 购票资助返乡, 护送, 接回): a title, two rows of pairs ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 站长签字：``",
        sheets, t,
    )  # fmt: skip


def lianhu_welfare_home_selfchecks() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    people = [
        ("蹇岫澜", "副院长", "院领导", "leader", [
            ("院民伙食费结算不公开，虚报伙食开支", "制度机制", "高风险", "伙食费每月结算并在院务公开栏公布。"),
            ("护理等级评定中优亲厚友，多收护理费", "岗位职责", "中风险", "护理等级由评估小组评定，结果告知院民及家属。"),
            ("社会捐赠物资登记不全，私自处置", "业务流程", "高风险", "捐赠物资入库登记，发放名册院民签字。"),
        ]),
        ("戢沄苒", "护理部主任", "护理部", "middle", [
            ("护理员排班和绩效考核打人情分", "岗位职责", "中风险", "考核细则公开，结果在护理部公示。"),
            ("院民家属为照顾老人送礼品礼金", "外部环境", "低风险", "拒收登记，向家属告知廉洁规定。"),
        ]),
        ("缑淏嘉", "会计", "财务室", "general", [
            ("财务收支审批单据不全即入账", "制度机制", "中风险", "收支凭证经院长审批，按季度内部审计。"),
            ("私自挪用院民代管零用钱", "思想道德", "高风险", "代管钱款专账管理，每月与院民本人核对签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, "所在科室", dept, None, None)
        sh.add(f"岗{GAP}位", post, "自查时间", "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防范措施", "备注")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签字：", None, None, "院长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "lianhu_welfare_home_selfchecks", "http://100ky.cn/wendang/16014409.html",
        "区社会福利院 岗位廉政风险自查表, one sheet per person (tabs named by the holder), after the source's 养老院财务管理制度 "
        "(院长 职责, 财务审批, 伙食, 民主管理, 护理员 职责): a title, two rows of pairs ``姓　名 | … | 所在科室 | …`` and "
        "``岗　位 | … | 自查时间 | …``, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防范措施/备注 "
        "(empty); ``本人签字： | 院长审核：``",
        sheets, t,
    )  # fmt: skip


def lianhu_funeral_center_posts() -> dict:
    unit = f"{PLACE}殡仪服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "表现形式", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("殡葬用品采购", "骨灰盒等殡葬用品采购收受供应商回扣", "外部环境风险", "Ⅰ级",
             "殡葬用品统一招标采购，进价和售价公示。"),
            ("收费项目设定", "擅自增设收费项目或提高收费标准", "制度机制风险", "Ⅰ级", "收费项目报价格主管部门核定，明码标价。"),
        ]),
        ("业务科", "业务洽谈员", "general", [
            ("服务项目洽谈", "诱导丧户选购高价服务和用品，捆绑收费", "岗位职责风险", "Ⅱ级", "服务清单由丧户勾选签字，价格当面告知。"),
        ]),
        ("接运班", "班长", "middle", [
            ("接运车辆调度", "优先为熟人或中介调派车辆", "岗位职责风险", "Ⅲ级", "接运任务按登记顺序派单，调度记录存档。"),
        ]),
        ("接运班", "接运司机", "general", [
            ("遗体接运收费", "多收车费、力资费，或向丧户索要红包", "思想道德风险", "Ⅰ级",
             "接运单列明车费、力资费并由丧户签字确认。"),
        ]),
        ("火化车间", "火化工", "general", [
            ("火化安排", "收受好处调整火化顺序", "业务流程风险", "Ⅱ级", "火化按预约顺序进行，系统记录不可修改。"),
        ]),
        ("财务室", "收费员", "general", [
            ("费用结算", "收费不开票或少开票，截留费用", "业务流程风险", "Ⅱ级", "收费一律开具票据，日清日结。"),
            ("减免政策落实", "对特困人员、优抚对象应减免不减免", "制度机制风险", "Ⅲ级", "减免对象名单与民政系统比对，按月公示。"),
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
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "lianhu_funeral_center_posts", "http://www.happyfeetrelaxingnaples.com/g86071105.html",
        "区殡仪服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 殡仪馆 遗体接运 规范 (出车人员, 遗体接运单, 车费 and 力资费 "
        "告知, 签字确认): a title, 序号/部门 merged (中心领导, 业务科, 接运班, 火化车间, 财务室)/岗位 merged per post/a short 风险点/"
        "a long ``表现形式``/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def lianhu_beiyuanmen_social_affairs_duties() -> dict:
    unit = f"{PLACE}北院门街道办事处"
    sh = _Sheet("责任清单", [6, 14, 10, 9, 18, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}社会事务办公室廉政风险防控责任清单", 10)
    sh.add("序号", "责任科室", "岗位", "责任人", "职责事项", "廉政风险点", "风险类别", "风险等级", "防控措施",
           "分管领导")  # fmt: skip
    chief = "盍翎渊"
    dept = "社会事务办公室"
    rows = [
        ("主任", "璩澈宁", "middle", [
            ("临时救助审核", "临时救助审核会议流于形式，救助金额随意确定", "制度机制风险", "一级风险",
             "审核会议集体研究，会议纪要存档。"),
            ("救助台账管理", "救助台账与发放记录不符", "业务流程风险", "三级风险", "台账按月与银行发放记录核对。"),
        ]),
        ("低保专干", "暨瑗泠", "general", [
            ("入户调查", "入户调查不实，代填调查表", "岗位职责风险", "一级风险", "入户调查两人以上，拍照留存。"),
            ("排查摸底", "对困难群众排查摸底选择性上报", "思想道德风险", "二级风险", "排查名单与社区网格数据比对。"),
        ]),
        ("优抚专干", "殳涵璋", "general", [
            ("优抚对象认定", "为不符合条件人员申报优抚待遇", "岗位职责风险", "二级风险", "认定材料逐级审核，结果公示。"),
        ]),
        ("残联专干", "羿湘琬", "general", [
            ("残疾人两项补贴", "补贴申领材料审核不严，冒领补贴", "业务流程风险", "二级风险", "补贴名单按季度与公安户籍数据比对。"),
            ("政策宣传", "宣传资料发放中向群众推销辅具", "外部环境风险", "三级风险", "严禁推销，公布举报电话。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    _merge_down(sh, first, [(9, lambda row: row[9])])
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年9月", None, None)
    return _layout(
        "lianhu_beiyuanmen_social_affairs_duties",
        "http://www.wenxian.gov.cn/sitesources/wxdzw/page_pc/xwzx/xzdt/articled3544417a36a4bd692a853783fdca4b5.html",
        "区街道办事处 社会事务办公室 廉政风险防控责任清单, after the source's 街道 临时救助 practice (政策宣传, 排查摸底, 入户调查, 审核会议, "
        "公示, 台账): a title, 序号/``责任科室`` merged (one 科室)/岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险类别 "
        "``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``分管领导`` column merged down, naming the 办事处's "
        "副主任; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lianhu_qingnianlu_group_rows() -> dict:
    unit = f"{PLACE}青年路街道办事处"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}民政工作岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、街道领导", "街道领导", [
            ("副主任", "郈昱澜", "leader", [
                ("临时救助审批中打招呼、说人情", "思想道德", "高", "审批意见集体研究，结果公示。"),
            ]),
        ]),
        ("二、社会事务办公室", "社会事务办公室", [
            ("主任", "酆沁岚", "middle", [
                ("救助申请受理后拖延上报，超过办理时限", "业务流程", "中", "受理登记编号，超时自动提醒。"),
                ("家庭经济状况核查结果不按实上报", "岗位职责", "高", "核查报告两人签字，随申请材料存档。"),
            ]),
            ("低保专干", "阚昀潇", "general", [
                ("低保备案材料弄虚作假", "制度机制", "中", "备案材料逐项核对，主任复核。"),
                ("向申请人索要好处费", "思想道德", "高", "公布监督电话，办结后电话回访。"),
            ]),
        ]),
        ("三、综合养老服务站", "综合养老服务站", [
            ("站长", "檀芮泷", "middle", [
                ("助餐补贴人数虚报", "业务流程", "中", "助餐人数刷卡记录，月底与补贴名单核对。"),
            ]),
            ("助老员", "桓砚汐", "general", [
                ("上门服务记录造假，虚报服务时长", "岗位职责", "低", "服务定位签到，老人签字确认。"),
                ("向老人推销保健品", "外部环境", "低", "严禁推销，老人及家属可向街道举报。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "lianhu_qingnianlu_group_rows", "https://whydev.cn/post/10399.html",
        "区街道办事处 民政工作岗位廉政风险防控一览表, after the source's 临时救助 审核 (申请, 受理, 家庭经济状况核查, 审批, 备案): a "
        "title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS ``一、街道领导``, "
        "``二、社会事务办公室``, ``三、综合养老服务站`` merged across (no 科室 column); 岗位 and 姓名 merged per person; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lianhu_minor_protection_center_list() -> dict:
    unit = f"{PLACE}未成年人救助保护中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郯晞月", "leader", [
            ("受助未成年人生活物资采购指定商家", "Ⅰ", "物资采购比价，验收与采购分离。"),
            ("社会爱心捐赠款物使用不公开", "Ⅱ", "捐赠款物专账管理，使用情况按季公示。"),
        ]),
        ("保护科", "科长", "芈璟妍", "middle", [
            ("身份查询和寻亲过程中收受家属好处", "Ⅱ", "寻亲结果两人核对，家属签字交接。"),
        ]),
        ("保护科", "社工", "庾沛菡", "general", [
            ("个案档案记录不实", "Ⅲ", "个案记录科长每月抽查。"),
            ("泄露受助未成年人个人信息", "Ⅰ", "个案信息保密，查阅登记。"),
        ]),
        ("综合科", "出纳", "阙湘沅", "general", [
            ("护送返乡费用报销不实", "Ⅱ", "报销凭车票和护送记录，出纳与会计分设。"),
            ("备用金使用登记不全", "Ⅲ", "备用金按月盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "lianhu_minor_protection_center_list", "http://www.fymate.net/html/text/lar/168925/16892513.html",
        "区未成年人救助保护中心 岗位廉政风险防控一览表, after the source's 县 城乡流浪乞讨人员救助管理暂行办法 (先救助后确认身份, 未成年人 "
        "and 老幼病残, 护送 to the 救助管理站): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then "
        "序号/科室 merged (中心领导, 保护科, 综合科)/岗位 and 姓名 merged per person/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no "
        "type column; a ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lianhu_taoyuanlu_social_affairs_level_panels(),
    lianhu_civil_affairs_bureau_two_sheets(),
    lianhu_relief_station_cards(),
    lianhu_welfare_home_selfchecks(),
    lianhu_funeral_center_posts(),
    lianhu_beiyuanmen_social_affairs_duties(),
    lianhu_qingnianlu_group_rows(),
    lianhu_minor_protection_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch360-inbox"))
