"""The three-hundred-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 文化旅游
bodies, 碑林区 (the old-city district of 西安, its staff Han) — its 文化和旅游体育局, the 区博物馆, the
区文化馆, three 街道综合文化站 (柏树林, 文艺路, 南院门), the 区旅游服务中心 and the 书院门游客服务中心 —
each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 文化和旅游体育局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``内设科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), short types, 高/中/低, a
  制表/审核/date line under each;
- the 博物馆's 一览表 under GROUP ROWS ``一、馆领导``, ``二、保管研究部``, ``三、陈列展览部``, ``四、办公室``
  merged across (no 部门 column): ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type
  column, a 填表人/审核人/date line;
- the 旅游服务中心's 排查表 对岗不对人: ``科室`` merged (中心领导, 咨询服务科, 票务科, 投诉受理科, 综合科),
  ``岗位`` merged per post, a short ``风险点`` beside a long ``表现形式``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 柏树林街道综合文化站's 自查表, one sheet a person (tabs named by the holder): TWO ROWS of pairs
  ``姓　名 | … | 职　务 | …`` and ``所在单位 | … | 填表时间 | …`` above ``序号 | 工作事项 | 风险点 |
  风险类型 | 风险等级 | 防控措施`` (``工作事项`` merged over its rows), short types, ``高风险/中风险/低风险``,
  ``本人签字： | 站长审核：``;
- the 文艺路街道综合文化站's 防控卡, one sheet a holder (tabs 站长, 文体专干): pairs ``持卡人 | … | 职　务 |
  …`` and a merged ``主要职责`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a
  ``注：`` line, no type column, ``持卡人（签字）： | 街道分管领导（签字）：``;
- the 书院门游客服务中心's 责任清单: ``责任部门`` merged (中心领导, 市场服务部, 咨询服务部, 投诉受理部),
  ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types,
  ``一级风险/二级风险/三级风险``, the measures and a LAST ``责任领导`` column naming the 中心主任 on
  every row;
- the 南院门街道综合文化站's 一览表 under ``附件1`` and a merged ``填报单位（盖章）：…　填报时间：…`` line:
  no 科室 column (the 站 has none), ``岗位 | 姓名`` merged per person, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：``
  line, no type column.

One is harder:

- ``beilin_culture_center_footer_holders``: the 文化馆's 岗位廉政风险自查表 of THREE staff in one
  workbook (tabs ``Sheet1``, ``Sheet2``, ``Sheet3``, as WPS names them), typed on a template made for
  printing: the sheets' CELLS hold only the title ``碑林区文化馆岗位廉政风险自查表``, a ``填表时间`` line,
  the table ``序号 | 岗位职责 | 风险点 | 风险类型 | 风险等级 | 防控措施`` and an EMPTY ``部门负责人审核： |
  分管馆领导审核：`` line; WHO FILLED IN EACH SHEET stands ONLY IN THE SHEET'S PAGE FOOTER (页脚,
  ``&L自查人：阚翾然&C所在部门：群众文化活动部&R岗　位：部主任``), which prints at the foot of every
  page. So the holder, his 部门 and his post of each sheet are in no cell, no tab name and no
  other sheet: only in the footer, and each sheet's footer names another person. The README's
  读得懂的表 knows the holder above the table (pairs, a label row, ``填表人 | …``, ``在岗人员``, a
  ``持卡人信息`` column), below it in cells (``自查人（签名）：…``, ``本人签字： | …``, ``持卡人：…``, a
  ``承诺人：…`` 落款, ``岗位人员：…`` lines), in the title or the risk column's heading, as the TAB's
  name, in a roster or a ``目录`` on another sheet, and it knows a TITLE printed only in the PAGE
  HEADER (``只印在页眉里的标题``, the unit and its part); it does not describe the holder, his 部门
  and his post printed only in the PAGE FOOTER, one footer a sheet, with nothing in the cells to
  tell the three sheets' holders apart.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区文化局's 职责 — 文化市场 and
营业性演出, 娱乐场所, 文物古迹 保护, 购买公共文化服务, 安全监管 of 影剧院, 歌舞厅 and 网吧; a 博物馆's
藏品修复保护、复制管理制度 — 分管副馆长, 保管研究部主任, 文物修复保护员, 修复和复制计划, 报批; a 游客服务中心's
职责 — 信息咨询, 票务 and 电子票核销, 退改票, 投诉受理, 导览讲解, 行李寄存; a 乡文化站's 述职报告 — 宣传栏,
送戏下乡, 电影放映, 文化大院 and 农家书屋; a 街道综合文化站's 情况 — 图书室, 电子阅览室, 培训室, 收回出租
物业, 共建, 社区文化活动中心, 免费开放; 书院门 古文化街 — 上百家店铺, 字画 and 碑帖拓片, 赝品, 书画展览;
a 街道综合文化站's 简介 — 开放时间, 群文公益培训, 文艺活动, 文化展陈, 采风, 非遗, 文化管理员培训, 文化云
平台; a 市文化馆's 公益培训 — 问卷走访 and 座谈会, 长期班, 少儿书画、声乐、器乐、舞蹈, 特殊教育学校, 广场舞)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters each);
every unit is a body of 碑林区, named with the district's name.

Run ``python tests/published/score.py --set batch359`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet's page footer ``自查人：…``, ``所在部门：…`` and ``岗　位：…`` are the
  holder, the 科室 and the post of every point of that sheet (one form a sheet), and the title's
  ``碑林区文化馆`` the unit; the ``岗位职责`` cells, the ``填表时间`` line and the empty 审核 line are no
  points and name nobody; the 部主任 is middle, the 文艺辅导员 and the 非遗保护专干 general;
- ``局领导`` (the 局's sheet of its leaders, so named by its tab and title), ``馆领导`` (the 博物馆's group
  row) and ``中心领导`` (a 中心's 科室/部门 cell) are the 科室 of those leaders; a 局's 办公室 and 科, a 馆's
  部 and 办公室, a 中心's 科 and 部 are 科室; a group row ``二、保管研究部`` gives the 科室 ``保管研究部``
  (its number left off);
- every 局, 馆, 中心 and 街道综合文化站 here is a unit of its own; a 文化站 writes no 科室, so its forms
  have none (its ``所在单位`` pair names the 站 itself); 局长, 副局长, 馆长, 副馆长, a 中心's 主任, a 站's
  站长 and 副站长 are leaders; a 科室's 主任 (the 局's 办公室主任 written ``主任``), 科长, 部主任, 部长
  middle; the rest (科员, 会计, 讲解员, 文物修复保护员, 售票员, 受理员, 专干, 图书管理员, 文化管理员,
  咨询员, 巡查员, 投诉受理员, 文艺辅导员, 非遗保护专干) general;
- ``风险点 | 表现形式``: the point is the short 风险点; ``分管工作``, ``工作事项``, ``职责事项``,
  ``主要职责`` and ``岗位职责`` are no points and name no holder; the 游客服务中心's LAST ``责任领导``
  column names a supervisor (the holder is ``责任人``); the 旅游服务中心's list names no person: its
  forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the
  cards' note), ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 站's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch250.write_xlsx``: ``batch44``'s
cells plus a sheet's page header and footer) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch250 import write_xlsx
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b359_"
PLACE = "碑林区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

FOOTER_UNIT = f"{PLACE}文化馆"
FOOTER_TITLE = f"{FOOTER_UNIT}岗位廉政风险自查表"
FOOTER_HEAD = ("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
# (tab, 自查人, 所在部门, 岗位, tier, [(岗位职责, [(风险点, 风险类型, 风险等级, 防控措施)])])
FOOTER_SHEETS = [
    ("Sheet1", "阚翾然", "群众文化活动部", "部主任", "middle", [
        ("负责公益培训长期班的开班计划和师资安排", [
            ("公益培训班外聘教师选用不公开，优亲厚友", "制度机制", "高",
             "外聘教师经馆务会研究确定，名单在馆内公示。"),
            ("培训课时费按计划课时报销，虚报课时", "业务流程", "中",
             "课时按学员签到表核定，部门、财务两级审核。"),
        ]),
        ("负责市民大舞台等群众文艺活动的组织", [
            ("活动舞台搭建和音响租赁指定承接单位", "岗位职责", "中", "服务单位按规定比选，结果公示。"),
        ]),
    ]),
    ("Sheet2", "鞠沄汐", "群众文化活动部", "文艺辅导员", "general", [
        ("负责少儿声乐、舞蹈公益培训的教学", [
            ("借公益培训推介本人有偿课程或私下收费", "思想道德", "高",
             "签订不从事有偿培训承诺，开通学员家长监督电话。"),
            ("报名名额向熟人预留，不按先后顺序录取", "岗位职责", "低", "网上报名，录取名单公示。"),
        ]),
        ("负责广场舞等群众文艺团队的辅导", [
            ("接受文艺团队宴请、礼品", "外部环境", "中", "节前廉洁提醒，礼品拒收登记。"),
        ]),
    ]),
    ("Sheet3", "夔珩溪", "非遗保护部", "非遗保护专干", "general", [
        ("负责区级非遗代表性项目申报材料的初审", [
            ("为不符合条件的项目出具推荐意见", "岗位职责", "高", "初审意见经部门集体复核，专家评审。"),
            ("非遗代表性传承人补助审核不严", "业务流程", "中", "补助名单与年度传承活动记录核对后公示。"),
        ]),
        ("负责非遗展演和进校园活动", [
            ("展演经费报销票据审核不严", "制度机制", "低", "报销实行经办、审核、审批三签。"),
        ]),
    ]),
]  # fmt: skip


def footer_text(who: str, dept: str, post: str) -> str:
    """The sheet's page footer as typed in 页面设置: the holder left, his 部门 centre, his post right."""
    return f"&L自查人：{who}&C所在部门：{dept}&R岗{GAP}位：{post}"


def beilin_culture_center_footer_holders() -> dict:
    unit = FOOTER_UNIT
    t = _Truth(unit)
    sheets = []
    for tab, who, dept, post, tier, duties in FOOTER_SHEETS:
        sh = _Sheet(tab, [6, 22, 34, 10, 9, 34])
        _line(sh, FOOTER_TITLE, 6)
        _line(sh, "填表时间：2025年9月", 6)
        sh.add(*FOOTER_HEAD)
        n = 0
        for duty, points in duties:
            recs = []
            for point, typ, lv, measures in points:
                n += 1
                recs.append([n, duty, point, typ, lv, measures])
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
            sh.records(recs, merge_cols=(1,))
        sh.add("部门负责人审核：", None, None, "分管馆领导审核：", None, None)
        sheets.append(sh)
    layout = _layout(
        "beilin_culture_center_footer_holders", "http://yuxinet.cn/c/2021/03/09/226049.shtml",
        "(harder) 区文化馆 岗位廉政风险自查表 of three staff in one workbook (tabs Sheet1–Sheet3), after the source's 市文化馆 "
        "公益培训 (问卷走访 and 座谈会, 长期班, 少儿书画、声乐、器乐、舞蹈, 特殊教育学校, 广场舞): each sheet's CELLS hold the title "
        "``碑林区文化馆岗位廉政风险自查表``, a ``填表时间`` line, 序号/``岗位职责`` merged over its rows/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施 and an EMPTY ``部门负责人审核： | 分管馆领导审核：`` line; the holder, his 部门 and his "
        "post stand ONLY in the sheet's PAGE FOOTER (``&L自查人：…&C所在部门：…&R岗　位：…``), one footer a sheet, "
        "in no cell, tab or other sheet",
        sheets, t,
    )  # fmt: skip
    for sheet, (_tab, who, dept, post, _tier, _duties) in zip(
        layout["sheets"], FOOTER_SHEETS, strict=True
    ):
        sheet["page"] = {"footer": footer_text(who, dept, post)}
    return layout


# --------------------------------------------------------------------------- ordinary layouts


def beilin_culture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化和旅游体育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 24, 36, 10, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 8)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("局长", "笪彧珩", "主持局全面工作，分管财务、人事", [
            ("购买公共文化服务项目不经集体研究直接确定承接主体", "制度机制", "高",
             "项目经局党组会研究，承接主体按政府采购程序确定。"),
            ("局属事业单位公开招聘资格审查把关不严", "岗位职责", "高", "招聘全程纪实，资格审查结果公示。"),
        ]),
        ("副局长", "郏沨晞", "分管文化市场、文物保护和安全监管", [
            ("为违规经营的歌舞厅、网吧说情打招呼", "外部环境", "高", "说情打招呼事项登记报告，纳入考核。"),
            ("区级文物保护单位内举办展销活动审批把关不严", "业务流程", "中",
             "审批事项经科室初审、局务会审定，结果公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, None, "2025年9月", None)
    dept = _Sheet("内设科室", [6, 14, 9, 9, 36, 10, 9, 32])
    _line(dept, f"{unit}内设科室岗位廉政风险防控表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "厍渟玥", "middle", [
            ("公务接待超标准、无公函接待", "制度机制", "低", "接待事前审批，接待清单按月公示。"),
            ("局属单位国有资产出租、处置审核不严", "岗位职责", "中", "出租处置经局务会研究，按规定评估。"),
        ]),
        ("文化市场管理科", "科长", "昝湛韬", "middle", [
            ("营业性演出审批中降低条件、收受举办单位好处", "思想道德", "高",
             "审批条件公开，实行初审、复审分离。"),
            ("影剧院、歌舞厅安全检查走过场", "岗位职责", "中", "检查两人以上，检查记录拍照存档。"),
        ]),
        ("文物科", "科员", "缑昶翊", "general", [
            ("文物古迹保护维修经费使用审核不严", "业务流程", "中", "经费按项目进度拨付，完工后审计。"),
        ]),
        ("体育科", "科员", "佴淏钧", "general", [
            ("全民健身器材采购验收把关不严", "业务流程", "低", "验收由使用社区、科室共同签字。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "beilin_culture_bureau_two_sheets", "https://ztyshoes.com/zhengwudwjj.html",
        "区文化和旅游体育局 廉政风险防控表 in two sheets, after the source's 区文化局 职责 (文化市场 and 营业性演出, 娱乐场所, 文物古迹 "
        "保护, 购买公共文化服务, 影剧院、歌舞厅、网吧 安全监管): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 制表/审核/date line) and ``内设科室`` (a title, 序号/科室 "
        "merged/岗位 and 姓名 merged per person/…; the same line)",
        [lead, dept], t,
    )  # fmt: skip


def beilin_museum_group_rows() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("一览表", [6, 14, 9, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "宓曜霆", "leader", [
                ("藏品征集价格不经征集委员会评估，个人说了算", "一级", "征集价格经征集委员会评估，馆务会审定。"),
                ("馆舍维修改造工程化整为零规避招标", "一级", "按限额标准招标，工程结算送审。"),
            ]),
            ("副馆长", "隗洵琅", "leader", [
                ("一级藏品修复方案审核不严，未按规定报批", "二级", "修复方案报文物行政部门审批后实施。"),
            ]),
        ]),
        ("二、保管研究部", "保管研究部", [
            ("部主任", "浦霁岚", "middle", [
                ("藏品出入库手续不全，账物不符", "一级", "出入库凭单双人签字，每季度账物核对。"),
                ("修复和复制计划虚列项目套取经费", "二级", "计划经分管副馆长审核，经费按项目结算。"),
            ]),
            ("文物修复保护员", "庾璟苒", "general", [
                ("私自复制藏品或利用修复场地承接私活", "二级", "修复、复制凭单登记，修复室门禁留痕。"),
            ]),
        ]),
        ("三、陈列展览部", "陈列展览部", [
            ("讲解员", "殳暄瑶", "general", [
                ("为旅行团提供有偿讲解、私收讲解费", "三级", "讲解预约登记，讲解服务免费公示。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("会计", "衡湉翎", "general", [
                ("文创产品销售收入不入账，坐收坐支", "二级", "销售收入每日解缴，收银系统与账簿核对。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None)
    return _layout(
        "beilin_museum_group_rows", "https://renrendoc.com/paper/365078331.html",
        "区博物馆 岗位廉政风险防控一览表, after the source's 藏品修复保护、复制管理制度 (分管副馆长, 保管研究部主任, 文物修复保护员, "
        "修复和复制计划, 报批): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS "
        "``一、馆领导``, ``二、保管研究部``, ``三、陈列展览部``, ``四、办公室`` merged across (no 部门 column); 岗位 and 姓名 merged "
        "per person; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def beilin_tourism_center_posts() -> dict:
    unit = f"{PLACE}旅游服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "表现形式", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("讲解服务外包", "导览讲解服务外包不经比选，指定关系单位承接", "制度机制风险", "Ⅰ级",
             "外包服务按政府采购规定执行，合同法制审核。"),
            ("宣传推广经费", "旅游宣传推广经费虚列支出", "岗位职责风险", "Ⅱ级", "推广项目经中心会议研究，按季度公开。"),
        ]),
        ("咨询服务科", "科长", "middle", [
            ("行李寄存管理", "寄存物品登记不全，遗失后私下了结", "业务流程风险", "Ⅲ级", "寄存凭条一式两联，遗失报中心处理。"),
        ]),
        ("票务科", "售票员", "general", [
            ("电子票核销", "电子票重复核销，私放熟人入园", "思想道德风险", "Ⅰ级", "核销数据系统留痕，每日与票款核对。"),
            ("退改票办理", "违规办理退票，截留票款", "业务流程风险", "Ⅱ级", "退票须科长审核，退款原路返回。"),
        ]),
        ("投诉受理科", "受理员", "general", [
            ("游客投诉处理", "收受被投诉商户好处，压案不办", "外部环境风险", "Ⅰ级", "投诉登记编号，办结回访游客。"),
        ]),
        ("综合科", "会计", "general", [
            ("便民设施采购", "饮水机、休息座椅等设施采购不比价", "业务流程风险", "Ⅲ级", "采购三家比价，验收与采购分离。"),
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
        "beilin_tourism_center_posts", "https://www.rcj99.com/jxuzs/202508/475252.html",
        "区旅游服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 游客服务中心 职责 (信息咨询, 票务 and 电子票核销, 退改票, "
        "投诉受理, 导览讲解, 行李寄存): a title, 序号/科室 merged (中心领导, 咨询服务科, 票务科, 投诉受理科, 综合科)/岗位 merged per "
        "post/a short 风险点/a long ``表现形式``/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | "
        "审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def beilin_baishulin_station_selfchecks() -> dict:
    unit = f"{PLACE}柏树林街道综合文化站"
    t = _Truth(unit)
    people = [
        ("濮旻樾", "站长", "leader", [
            ("负责送戏进社区和电影放映活动", [
                ("演出场次和观众人数虚报，多报演出补贴", "业务流程", "高风险", "演出现场拍照定位，社区签字确认。"),
                ("放映服务单位不经比选确定", "制度机制", "中风险", "服务单位按规定比选，结果公示。"),
            ]),
        ]),
        ("蔚琇莹", "文化专干", "general", [
            ("负责宣传栏和社区文化活动室的管理", [
                ("活动室场地出借收取费用不入账", "思想道德", "高风险", "活动室免费开放，出借登记并公示。"),
                ("文化活动物资领用登记不全", "岗位职责", "低风险", "物资领用台账，每季度盘点。"),
            ]),
        ]),
        ("耿翎岫", "图书管理员", "general", [
            ("负责社区书屋图书采购和借阅", [
                ("图书采购指定书商，收受回扣", "外部环境", "高风险", "采购书目集体确定，书商比价选定。"),
                ("报废图书处置不登记，私自变卖", "业务流程", "中风险", "报废图书登记造册，经站长审批处置。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 34, 10, 10, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("所在单位", unit, None, "填表时间", "2025年9月", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作事项", "风险点", "风险类型", "风险等级", "防控措施")
        n = 0
        for duty, points in duties:
            recs = []
            for point, typ, lv, measures in points:
                n += 1
                recs.append([n, duty, point, typ, lv, measures])
                t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
            sh.records(recs, merge_cols=(1,))
        sh.add("本人签字：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "beilin_baishulin_station_selfchecks", "https://www.djz525.com/a/6282890.html",
        "区街道综合文化站 岗位廉政风险自查表, one sheet per person (tabs named by the holder), after the source's 乡文化站 述职报告 "
        "(宣传栏, 送戏下乡, 电影放映, 文化大院, 农家书屋): a title, TWO ROWS of pairs ``姓　名 | … | 职　务 | …`` and ``所在单位 | "
        "… | 填表时间 | …`` (values merged over two columns), then 序号/``工作事项`` merged over its rows/风险点/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; ``本人签字： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def beilin_wenyilu_station_cards() -> dict:
    unit = f"{PLACE}文艺路街道综合文化站"
    t = _Truth(unit)
    cards = [
        ("站长", "终翊澄", "leader", "主持文化站全面工作，负责站舍管理和共建单位联络", [
            ("收回出租的站舍物业后又私下转租", "★★★", "站舍使用方案报街道审定，收入统一上缴。"),
            ("共建经费使用不公开", "★★", "共建经费专账核算，按季度公示。"),
            ("培训室设备采购化整为零", "★★", "设备采购按限额比价，验收双人签字。"),
        ]),
        ("文体专干", "暨沛珊", "general", "负责电子阅览室、培训室免费开放和社区文化活动中心指导", [
            ("电子阅览室上机登记不实，虚报服务人次", "★★", "上机实名登记，系统自动统计人次。"),
            ("免费开放项目变相收费", "★★★", "免费项目清单上墙，公布监督电话。"),
            ("文体器材借出不登记，丢失不报", "★", "器材借还登记，每月清点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, work, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "街道分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "beilin_wenyilu_station_cards", "http://txqszwhg.wentiyun.cn/szwhg/fgdt_detail-236-0.html",
        "区街道综合文化站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 文体专干), after the source's 街道综合文化站 情况 (图书室, "
        "电子阅览室, 培训室, 收回出租物业, 共建, 社区文化活动中心, 免费开放): a title, the pairs ``持卡人 | … | 职　务 | …`` and a "
        "merged ``主要职责`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the "
        "stars and ``持卡人（签字）： | 街道分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def beilin_shuyuanmen_visitor_center_duties() -> dict:
    unit = f"{PLACE}书院门游客服务中心"
    sh = _Sheet("责任清单", [6, 12, 12, 9, 16, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "责任部门", "岗位", "责任人", "职责事项", "廉政风险点", "风险类别", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    chief = "慎岱桉"
    rows = [
        ("中心领导", "主任", chief, "leader", [
            ("街区展览场地安排", "书画展览场地安排向关系商户倾斜", "制度机制风险", "二级风险", "场地安排方案经中心会议研究并公示。"),
            ("服务外包", "街区保洁、安保服务外包不经比选", "岗位职责风险", "一级风险", "外包服务按规定比选，合同法制审核。"),
        ]),
        ("市场服务部", "部长", "相琬萦", "middle", [
            ("诚信商户评定", "诚信商户评定打人情分", "岗位职责风险", "二级风险", "评定细则公开，结果公示五个工作日。"),
        ]),
        ("市场服务部", "巡查员", "禄淇岚", "general", [
            ("街区巡查", "对售卖赝品字画的商户巡查不报", "外部环境风险", "一级风险", "巡查轨迹定位，部长每周抽查。"),
            ("临街摊位管理", "临街书画摊位安排中收受摊主好处", "思想道德风险", "一级风险", "摊位统一编号，安排结果公示。"),
        ]),
        ("咨询服务部", "咨询员", "劳嘉澍", "general", [
            ("游客导购咨询", "向游客推荐指定店铺收取回扣", "思想道德风险", "二级风险", "严禁导购推荐，游客可扫码评价。"),
        ]),
        ("投诉受理部", "投诉受理员", "养昀笙", "general", [
            ("购物投诉处理", "购物纠纷调解偏袒商户", "业务流程风险", "三级风险", "调解全程记录，办结回访游客。"),
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
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年9月", None, None)
    return _layout(
        "beilin_shuyuanmen_visitor_center_duties", "https://www.bytravel.cn/landscape/9/shuyuanmen.html",
        "区古文化街区 游客服务中心 廉政风险防控责任清单, after the source's 书院门 古文化街 (上百家店铺, 字画 and 碑帖拓片, 赝品, 书画展览): "
        "a title, 序号/``责任部门`` merged (中心领导, 市场服务部, 咨询服务部, 投诉受理部)/岗位 and 责任人 merged per person/``职责事项``/"
        "廉政风险点/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任领导`` column naming the "
        "中心主任 on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def beilin_nanyuanmen_station_list() -> dict:
    unit = f"{PLACE}南院门街道综合文化站"
    sh = _Sheet("一览表", [6, 12, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "沃瑾澜", "leader", [
            ("群文公益培训师资聘用不公开", "Ⅰ", "师资聘用经站务会研究，名单公示。"),
            ("文化展陈布展服务指定承接单位", "Ⅱ", "布展服务按规定比选，验收后结算。"),
        ]),
        ("副站长", "巢昱岑", "leader", [
            ("非遗采风活动经费虚列支出", "Ⅱ", "采风计划报街道审批，票据逐项审核。"),
        ]),
        ("文化管理员", "须姝婷", "general", [
            ("文化云平台活动预约名额向熟人预留", "Ⅱ", "预约全程线上，名额按先后顺序分配。"),
            ("超出开放时间私自出借场地收费", "Ⅰ", "场地使用登记，收费一律禁止。"),
        ]),
        ("会计", "璩芷岫", "general", [
            ("文化管理员培训经费报销不规范", "Ⅲ", "培训经费凭签到表和通知报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 6)
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None)
    return _layout(
        "beilin_nanyuanmen_station_list", "http://www.shangyu.gov.cn/art/2023/1/29/art_1491350_59119576.html",
        "区街道综合文化站 岗位廉政风险防控一览表, after the source's 街道综合文化站 简介 (开放时间, 群文公益培训, 文艺活动, 文化展陈, "
        "采风, 非遗, 文化管理员培训, 文化云平台): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then "
        "序号/岗位 and 姓名 merged per person (no 科室 column)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a "
        "``注：`` line on the grades and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    beilin_culture_center_footer_holders(),
    beilin_culture_bureau_two_sheets(),
    beilin_museum_group_rows(),
    beilin_tourism_center_posts(),
    beilin_baishulin_station_selfchecks(),
    beilin_wenyilu_station_cards(),
    beilin_shuyuanmen_visitor_center_duties(),
    beilin_nanyuanmen_station_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch250.write_xlsx`` (page footers)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch359-inbox"))
