"""The two-hundred-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's schools,
hospitals and 公共服务 bodies, 朝天区 (a district of 广元, its staff Han) — its 朝天中学 and 沙河中学, its
中子镇中心小学, its 人民医院, its 曾家镇中心卫生院 and 羊木镇卫生院, its 社会保险事业管理中心 and its 文化馆 —
each handing back the 一览表, 防控卡, 自查表, 排查表 or 清单 its staff typed in WPS or Excel:

- the 朝天中学's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line, its rows under GROUP
  ROWS ``一、校级领导`` … ``四、教务处`` merged across (no 处室 column): ``岗位`` and ``姓名`` merged per
  person, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, a 填表人/审核人/校长（签字） line;
- the 沙河中学's 排查表 对岗不对人: ``处室`` merged, ``岗位`` on every row, a short ``风险点`` beside a
  long ``主要表现``, ``一级风险/二级风险/三级风险``, no names, no types; a 制表/审核/date line;
- the 中子镇中心小学's 防控卡, one sheet a holder (tabs 校长, 副校长, 食堂管理员): ``姓　名 | … | 职　务 |
  …`` and a merged ``主要职责`` line above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``, ``…风险``
  types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督举报电话：…``;
- the 人民医院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``;
- the 羊木镇卫生院's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 岗　位 | …``
  and ``科　室 | … | 自查时间 | …`` in two rows above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  备注``, short types, ``高风险/中风险/低风险``, ``自查人（签名）： | … | 科室负责人（签名）： | … |
  2025年6月``;
- the 社会保险事业管理中心's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``工作事项`` before the ``廉政风险点``, 高/中/低, no type column, and a last ``责任领导`` column;
- the 文化馆's 一览表: ``科室`` merged, ``岗位 | 姓名`` on every row, a short ``风险点`` beside a long
  ``风险描述``, ``…风险`` types, 高/中/低.

One is harder:

- ``chaotian_zengjia_health_center_card_sheet``: the 曾家镇中心卫生院's 防控卡 PRINTED SIX TO A PAGE, the way a
  卫生院 office lays out desk cards to cut apart: ONE sheet holds a GRID of cards, TWO ACROSS (columns
  A–D and F–I, column E left blank as the cutting gap) and THREE DOWN (a blank row between bands).
  Each card is a small table of its own — a merged card caption ``廉政风险防控卡（一）`` …, then
  ``姓　名 | … | 岗　位 | …``, then ``所在科室 | …`` (merged over the card's last three columns), then
  ``序号 | 风险点 | 风险等级 | 防控措施`` and the holder's points (高/中/低), then a ``持卡人签字： | … |
  监督电话：12388`` line; a card with fewer points leaves blank rows so the two cards of a band end on
  the same row. So the SAME ROW holds the left card's ``姓　名`` pair and the right card's, the same row
  both cards' headings and, row by row, one point of each holder; the 序号 start again at 1 in every
  card. The README's 读得懂的表 knows side-by-side tables on one row (read apart), a long table printed
  in two columns that continues the left one, several cards STACKED DOWN one sheet each under a
  caption row ``一、主任　禚铭远``, and 姓名/职务 pairs above ONE table. It does not describe a page of
  cards laid out in a GRID, where each card carries its own ``姓　名 | … | 岗　位 | …`` and ``所在科室``
  lines above its own heading, beside another card's, so that the holder lines must be split at the
  blank gap column and given to the table under them, band by band.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇卫生院 whose 村卫生室 entered tens of
thousands of false 诊疗记录 to draw on the 门诊统筹 fund — 乡村医生, 医保, 督导组; a 乡镇卫生院 turned private
whose 院长 paid a 医托 for each 住院 patient and faked 住院病历 — 医保定点, 提成; a 县人民医院 窝案 — the
院长's 串通投标, a 副院长 over 设备采购 and 验收, a 副院长 over 项目建设 and 财务审签, a 科主任's 药品推广费,
the 网络与信息管理中心主任's 统方费; a 中学 whose 后勤 took a 15% ``管理费`` from the 食堂承包商 out of the
students' 餐费 — 返点, 餐厅管理人员, 校长; a 乡镇初级中学 where the 饭堂负责人 skimmed the 校园餐 for years
and the 副校长 shelved the pupils' 投诉信 — 缺斤少两, 以次充好; a 街道中心完小 校长 who diverted 营养餐 money
to a 篮球联谊活动 — 虚报食材采购, 教师付费陪餐, 食材每周公示; a 疾控中心 worker ``1岁参加工作、22岁退休``
whose 档案 with 14 涂改 passed every 审核 of the 社保经办机构 — 退休审批, 养老金, 数据比对; a 区文化馆 — 群众
文化活动, 业余文艺创作, 非遗保护, 非遗传承人, 公益培训, 总分馆制) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 朝天区.

Run ``python tests/published/score.py --set batch291`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each card is one form: its holder from the card's own ``姓　名`` cell, its post
  from ``岗　位``, its 科室 from ``所在科室`` (``院领导`` for the 院长 and 副院长); every non-empty
  ``风险点`` cell under the card's heading is a point of that card, its level the ``风险等级`` cell
  beside it (高/中/低); the card captions, ``防控措施``, the ``持卡人签字``/``监督电话`` lines, the note
  under the title and the blank padding rows are no points;
- ``校级领导``, ``院领导``, ``中心领导``, ``馆领导`` (a group row, a 处室/科室/股室 cell, a card's 所在科室,
  the sheet ``院领导``) are the 科室 of those leaders; a school's 处 and 中心, a hospital's 科, 室, 办
  and 中心, a 社保中心's 股, a 馆's 部, 中心 and 办公室 are 科室; a group row ``二、总务处`` gives the 科室
  ``总务处`` (its number left off);
- every school, hospital, 卫生院, 中心 and 馆 here is a unit of its own: 校长, 副校长, 院长, 副院长, a
  中心's 主任 and 副主任, 馆长 and 副馆长 are leaders; 总务主任, 教务主任, 政教主任, 科主任, 科长, 护士长,
  股长, 部长, the 主任 of a 办公室, 中心 or 部 inside the unit middle; the rest (餐厅管理员, 报账员, 饭堂负责人 —
  a teacher keeping the canteen, no 中层 post —, 宿管员, 食堂管理员, 药剂员, 医保结算员, 会计, 经办员) general;
- the 中心小学's cards write no 处室 or 科室 (only 姓名, 职务 and 主要职责): their forms have no 科室;
- ``风险点 | 主要表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``工作事项``, ``分管工作``,
  ``主要职责`` and ``备注`` are no points and name no holder; the 社保中心's ``责任领导`` column names
  the leader who supervises, not the holder (the ``责任人`` column does); the 沙河中学's list names no
  person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

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

PREFIX = "b291_"
PLACE = "朝天区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

CARD_WIDTH = 4  # 序号 | 风险点 | 风险等级 | 防控措施
CARD_GAP = 1  # the blank cutting column between the two cards of a band
CARD_CAPTIONS = ("一", "二", "三", "四", "五", "六")

# (所在科室, 岗位, 姓名, tier, [(风险点, 等级, 防控措施)]) — one card each, two a band
CARDS = [
    ("院领导", "院长", "綦翀岍", "leader", [
        ("药品、耗材和设备采购不经院务会集体研究，个人说了算", "高", "大宗采购院务会集体研究，会议纪要存档。"),
        ("乡村一体化管理中默许村卫生室虚报诊疗记录", "高", "村卫生室诊疗数据每月抽查比对，结果通报。"),
        ("职工绩效分配和评优推荐优亲厚友", "中", "分配方案职工大会通过并公示。"),
    ]),
    ("院领导", "副院长", "訾湉珂", "leader", [
        ("门诊统筹和住院医保结算审核把关不严", "高", "医保结算清单与病历每月交叉核对。"),
        ("对乡村医生违规开药、串换项目监管不力", "中", "村医处方每季度点评，违规者约谈扣分。"),
    ]),
    ("公共卫生办公室", "主任", "郏沅翯", "middle", [
        ("基本公共卫生服务项目考核数据弄虚作假", "高", "项目考核入户随机抽查，电话回访留痕。"),
        ("村医公卫补助资金核拨不按考核结果", "中", "补助按考核得分核拨，名单在村务公开栏公示。"),
    ]),
    ("药房", "药剂员", "钭芃岚", "general", [
        ("村卫生室药品统一配送账实不符", "中", "配送单村医签收，出入库每月盘点。"),
        ("近效期药品私自处置", "低", "报损经院领导审批，销毁两人以上监督。"),
    ]),
    ("医保办", "医保结算员", "殳璆翾", "general", [
        ("冒用参保人信息虚报门诊统筹费用", "高", "门诊统筹刷卡须本人到场，结算系统身份核验。"),
        ("住院结算中分解住院、挂床住院不核查", "中", "住院病人每日床头核查，异常结算暂停支付。"),
        ("医保政策咨询中收受患者财物", "低", "窗口服务公开监督电话，拒收登记。"),
    ]),
    ("财务室", "会计", "逯檀霏", "general", [
        ("报销票据审核不严，虚列支出", "中", "报销实行经办、审核、审批三签。"),
        ("收费现金不及时入账，坐支挪用", "高", "收费日清日结，现金当日解缴。"),
    ]),
]  # fmt: skip


def _card_cells(card, what: str, k: int = 0) -> list:
    """One row of one card (``CARD_WIDTH`` cells)."""
    dept, post, who, _tier, points = card
    if what == "caption":
        return [None] * CARD_WIDTH
    if what == "holder":
        return [f"姓{GAP}名", who, f"岗{GAP}位", post]
    if what == "dept":
        return ["所在科室", dept, None, None]
    if what == "head":
        return ["序号", "风险点", "风险等级", "防控措施"]
    if what == "point":
        if k < len(points):
            point, lv, measures = points[k]
            return [k + 1, point, lv, measures]
        return [None] * CARD_WIDTH
    return ["持卡人签字：", None, "监督电话：12388", None]


def chaotian_zengjia_health_center_card_sheet() -> dict:
    unit = f"{PLACE}曾家镇中心卫生院"
    ncols = 2 * CARD_WIDTH + CARD_GAP
    sh = _Sheet("防控卡", [6, 30, 8, 28, 3, 6, 30, 8, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", ncols)
    _line(
        sh,
        f"制卡：院办公室{GAP * 6}2025年6月{GAP * 6}（A4横向打印，每页六卡，沿虚线裁开，置于办公桌）",
        ncols,
    )
    right = CARD_WIDTH + CARD_GAP
    for band in range(len(CARDS) // 2):
        if band:
            sh.add()  # the blank row between bands
        left_card, right_card = CARDS[2 * band], CARDS[2 * band + 1]
        depth = max(len(left_card[4]), len(right_card[4]))
        rows = ["caption", "holder", "dept", "head"] + ["point"] * depth + ["sign"]
        k = 0
        for what in rows:
            r = sh.add(*_card_cells(left_card, what, k), None, *_card_cells(right_card, what, k))
            if what == "caption":
                sh.rows[r][0] = f"廉政风险防控卡（{CARD_CAPTIONS[2 * band]}）"
                sh.rows[r][right] = f"廉政风险防控卡（{CARD_CAPTIONS[2 * band + 1]}）"
                sh.merge(r, 0, r, CARD_WIDTH - 1)
                sh.merge(r, right, r, right + CARD_WIDTH - 1)
            elif what == "dept":
                sh.merge(r, 1, r, CARD_WIDTH - 1)
                sh.merge(r, right + 1, r, right + CARD_WIDTH - 1)
            elif what == "sign":
                sh.merge(r, 0, r, 1)
                sh.merge(r, right, r, right + 1)
            elif what == "point":
                k += 1
    for dept, post, who, tier, points in CARDS:
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    return _layout(
        "chaotian_zengjia_health_center_card_sheet", "http://m.handmsg.com/page/2021/1113/9100846.shtml",
        "(harder) 镇中心卫生院 岗位廉政风险防控卡 PRINTED SIX TO A PAGE, after the source's 镇卫生院 and its 村卫生室 (诊疗记录, "
        "门诊统筹, 乡村医生, 医保, 督导组): a title and a merged ``制卡：院办公室　…　2025年6月　（A4横向打印，每页六卡…）`` "
        "line, then a GRID of cards on ONE sheet, two across (A–D and F–I, column E a blank cutting gap) and three "
        "down (a blank row between bands); each card a merged caption ``廉政风险防控卡（一）`` …, ``姓　名 | … | 岗　位 | …``, "
        "``所在科室 | …`` merged over three columns, ``序号 | 风险点 | 风险等级 | 防控措施`` and its points (高/中/低, 序号 "
        "from 1 in every card), blank rows padding the shorter card of a band, and ``持卡人签字： | 监督电话：12388``; the "
        "same row carries both cards' holder lines, headings and points; no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chaotian_middle_school_groups() -> dict:
    unit = f"{PLACE}朝天中学"
    sh = _Sheet("一览表", [6, 10, 9, 38, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、校级领导", "校级领导", [
            ("校长", "佘鸿翥", "leader", [
                ("食堂承包合同之外向承包商收取“管理费”", "思想道德", "Ⅰ级", "食堂一律自营，不得对外承包或收取任何费用。"),
                ("学校大额资金使用不经校务会集体研究", "制度机制", "Ⅰ级", "落实“三重一大”集体决策，会议纪要存档。"),
            ]),
            ("副校长", "栾昀霁", "leader", [
                ("学生餐费收支不入专户，挪作教师补助", "制度机制", "Ⅰ级", "餐费专户核算，收支每月向家长公示。"),
                ("校服、教辅征订中暗示学生统一购买", "外部环境", "Ⅱ级", "校服、教辅家长自愿，学校不经手收费。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("总务主任", "鄢峤岱", "middle", [
                ("与食材供应商约定返点，抬高采购价", "外部环境", "Ⅰ级", "食材公开比选，价格每周公示。"),
                ("校舍维修项目不比价，指定施工队伍", "业务流程", "Ⅱ级", "维修项目三家以上比价，结果公示。"),
            ]),
            ("餐厅管理员", "扈萦芷", "general", [
                ("食材验收缺斤少两，以次充好", "岗位职责", "Ⅱ级", "验收称重拍照，双人签字。"),
                ("剩余食材私自带走或处置", "思想道德", "Ⅲ级", "剩余食材登记，次日优先使用。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("报账员", "邬蘅芊", "general", [
                ("返还的现金不入账，形成“小金库”", "制度机制", "Ⅰ级", "一切收入开具票据入账，定期审计。"),
                ("拆分票据报销，规避审批", "业务流程", "Ⅲ级", "报销票据逐张审核，超限额须校长审签。"),
            ]),
        ]),
        ("四、教务处", "教务处", [
            ("教务主任", "胥珣彧", "middle", [
                ("有偿补课、组织考试收取费用", "岗位职责", "Ⅱ级", "补课和考试收费一律禁止，设举报箱。"),
                ("绩效考核、评优推荐不公开", "思想道德", "Ⅲ级", "考核细则和结果全校公示。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "chaotian_middle_school_groups", "https://m.163.com/dy/article/KHNIK3890514EGPO.html",
        "区中学 岗位廉政风险防控一览表, after the source's 中学 食堂承包商 实名举报 (学生餐费 15% 返点, 管理费, 后勤负责人, 餐厅"
        "管理人员, 教师补助): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/岗位/姓名/"
        "廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、校级领导``, ``二、总务处``, "
        "``三、财务室``, ``四、教务处`` merged across (no 处室 column); 岗位 and 姓名 merged per person; a 填表人/审核人/"
        "校长（签字） line",
        [sh], t,
    )  # fmt: skip


def chaotian_shahe_middle_posts() -> dict:
    unit = f"{PLACE}沙河中学"
    sh = _Sheet("排查表", [6, 10, 11, 18, 38, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "处室", "岗位", "风险点", "主要表现", "风险等级", "防控措施")
    lead = "校级领导"
    rows = [
        (lead, "校长", "leader", "校园餐监管", "对学生反映吃不饱、饭菜差的投诉不处理，放任食堂克扣", "一级风险",
         "校长信箱每周开箱登记，投诉件限期答复。"),
        (lead, "副校长", "leader", "食堂经费审批", "膳食经费审签走过场，与供应商有利益往来", "一级风险",
         "膳食经费专账核算，大额支付集体审签。"),
        ("总务处", "总务主任", "middle", "食材采购", "与亲属经营的企业签订供货合同，高价采购", "一级风险",
         "供应商公开比选，签订廉洁承诺和回避声明。"),
        ("总务处", "饭堂负责人", "general", "食材验收", "验收时缺斤少两、以次充好，套取餐费差价", "二级风险",
         "验收称重全程录像，家委会代表每周抽查。"),
        ("总务处", "饭堂负责人", "general", "饭菜定量", "打菜份量不足，结余食材去向不明", "二级风险",
         "每餐份量标准公示，结余食材登记。"),
        ("政教处", "政教主任", "middle", "困难学生资助", "资助对象认定不公，优亲厚友", "二级风险",
         "班级评议、学校审核、公示五天。"),
        ("政教处", "宿管员", "general", "住宿费收取", "住宿费收取不开票，私自截留", "三级风险",
         "住宿费统一缴入学校账户，按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("制表：学校办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "chaotian_shahe_middle_posts", "http://www.myoldtime.com/a/shidai/zatan/2025/0524/52506.html",
        "区中学 廉政风险点排查表 对岗不对人, after the source's 乡镇初级中学 校园餐 case (饭堂负责人 套取餐费, 学生投诉信, 副校长, "
        "缺斤少两、以次充好, 警示大会): a title, then 序号/处室 merged (校级领导, 总务处, 政教处)/岗位 on every row/a short 风险点/"
        "a long 主要表现/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names, no type column; a ``制表：学校办公室 | 审核： | "
        "2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def chaotian_zhongzi_primary_cards() -> dict:
    unit = f"{PLACE}中子镇中心小学"
    t = _Truth(unit)
    cards = [
        ("校长", "巫岚沂", "校长", "leader", "主持学校全面工作，负责财务审批和营养改善计划",
         [("挪用营养改善计划资金用于其他活动开支", "制度机制风险", "★★★", "营养餐资金专款专用，每学期审计。"),
          ("虚报食材采购数量套取资金", "思想道德风险", "★★★", "食材采购每周公示，家委会参与验收。"),
          ("教师陪餐不付费，占用学生餐食", "岗位职责风险", "★★", "落实教师付费陪餐，陪餐记录存档。")]),
        ("副校长", "荀泓湜", "副校长", "leader", "分管后勤、安全和校舍维修",
         [("校舍维修工程不比价，指定施工队伍", "业务流程风险", "★★★", "维修项目三家比价，结果公示。"),
          ("学生保险、校服代收代办中收取好处", "外部环境风险", "★★", "代办事项家长自愿，学校不经手收费。")]),
        ("食堂管理员", "牟棠溦", "食堂管理员", "general", "负责食材验收、出入库和食堂台账",
         [("食材出入库台账不实，账物不符", "业务流程风险", "★★", "出入库日清，每月盘点。"),
          ("验收把关不严，接受供应商礼品", "思想道德风险", "★", "验收双人签字，拒收登记。")]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("主要职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人签字：", None, "监督举报电话：0839-8622315", None, None)
        sheets.append(sh)
    return _layout(
        "chaotian_zhongzi_primary_cards", "https://ttnews.xyz/a/5cb05a22dc9b5e75aaa67892?lang=zh-hant",
        "镇中心小学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 副校长, 食堂管理员), after the source's 街道中心完小 校长 "
        "who diverted 营养餐 money (虚报食材采购, 篮球联谊活动, 教师付费陪餐, 食材每周公示): a title, ``姓　名 | … | 职　务 | …``, "
        "a merged ``主要职责`` line, then 序号/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` "
        "line on the stars and ``持卡人签字： | 监督举报电话：…``; no 科室",
        sheets, t,
    )  # fmt: skip


def chaotian_people_hospital_two_sheets() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 8, 18, 36, 13, 8, 32])
    _line(lead, f"{unit}院领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("乜岑昉", "院长", "主持全面工作，分管人事、财务", [
            ("插手设备和工程招标，与投标人串通", "外部环境风险", "一级", "招标全部进入公共资源交易平台，院长不参与评标。"),
            ("干部选任、职称聘任中打招呼", "思想道德风险", "二级", "选任方案院党委会研究，结果公示。"),
        ]),
        ("厍砺澄", "副院长", "分管设备采购、管理及维护", [
            ("设备验收、设备款拨付中收受供应商财物", "岗位职责风险", "一级", "验收由使用科室、设备科、审计共同签字。"),
            ("设备论证设置倾向性参数", "业务流程风险", "二级", "论证专家随机抽取，论证意见存档。"),
        ]),
        ("茆骊筠", "副院长", "分管项目建设和财务审签", [
            ("住院楼建设中电梯等设备供应商请托", "外部环境风险", "一级", "工程变更集体研究，结算送审。"),
            ("财务审签把关不严，大额支付不会签", "制度机制风险", "二级", "大额支付实行会签并报院务会备案。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    dept = _Sheet("科室", [6, 14, 10, 9, 36, 13, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("内科", "科主任", "郤霆瓒", "middle", [
            ("向患者推销医药代表代理的药品，收取推广费", "思想道德风险", "一级", "重点监控药品用量每月排名，异常约谈。"),
            ("科室耗材申领超量", "业务流程风险", "三级", "耗材按基数申领，每月对账。"),
        ]),
        ("网络与信息管理中心", "主任", "隗璞玹", "middle", [
            ("违规向医药代表提供药品用量数据（统方）", "岗位职责风险", "一级", "统方权限分级审批，查询全程留痕。"),
        ]),
        ("设备科", "科长", "酆瑾岫", "middle", [
            ("设备安装验收走过场，以次充好", "岗位职责风险", "二级", "验收报告附检测记录，双人签字。"),
            ("维修配件虚报数量", "业务流程风险", "三级", "更换配件旧件回收登记。"),
        ]),
        ("财务科", "会计", "嵇漪沄", "general", [
            ("设备款、工程款未按合同和验收支付", "制度机制风险", "二级", "付款凭合同、验收单和审批单办理。"),
            ("收费票据管理混乱，截留收入", "岗位职责风险", "一级", "票据领用核销登记，收入日清日结。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "chaotian_people_hospital_two_sheets", "http://zqb.cyol.com/html/2019-08/06/nw.D110000zgqnb_20190806_1-09.htm",
        "区人民医院 廉政风险防控表 in two sheets, after the source's 县人民医院 窝案 (院长 串通投标, 副院长 分管设备采购管理及维护, "
        "副院长 分管项目建设及财务审签, 内科主任 药品推广费, 网络与信息管理中心主任 统方费, 集体谈话): ``院领导`` (a title, 序号/姓名, "
        "职务 and 分管工作 merged per leader/风险点/风险类别 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date "
        "line) and ``科室`` (a title, 序号/科室 merged (内科, 网络与信息管理中心, 设备科, 财务科)/岗位 and 姓名 merged per person/…; "
        "a 填表人/审核人/院长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def chaotian_yangmu_health_selfchecks() -> dict:
    unit = f"{PLACE}羊木镇卫生院"
    t = _Truth(unit)
    people = [
        ("蓟洵澜", "住院部", "护士长", "middle", [
            ("虚构住院病人、挂床住院套取医保基金", "制度机制", "高风险", "住院病人每日床头核对，出院回访。", ""),
            ("住院病历补记、涂改", "岗位职责", "中风险", "病历书写时限监控，修改留痕。", "已落实"),
            ("护理耗材计费多记", "业务流程", "低风险", "计费清单患者签字。", ""),
        ]),
        ("郜泺菡", "医保办", "医保结算员", "general", [
            ("住院结算不核对病历，虚假住院照常结算", "岗位职责", "高风险", "结算前核对病历和入出院记录。", ""),
            ("接受“医托”介绍病人并按人提成", "外部环境", "高风险", "严禁有偿介绍病人，发现即移交纪检。", "已整改"),
        ]),
        ("侴翊廷", "药房", "药剂员", "general", [
            ("药品出入库账实不符", "业务流程", "中风险", "出入库每月盘点，账物核对。", ""),
            ("收受医药代表礼品，违规统计用药量", "思想道德", "中风险", "处方数据查询权限分级管理。", ""),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, None, None)
        sh.add(f"科{GAP}室", dept, "自查时间", "2025年6月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for i, (point, typ, lv, measures, note) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, note or None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "科室负责人（签名）：", None, "2025年6月", None)
        sheets.append(sh)
    return _layout(
        "chaotian_yangmu_health_selfchecks", "http://www.handmsg.com/page/2022/0415/10343349.shtml",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 乡镇卫生院 turned private "
        "whose 院长 paid a 医托 for each 住院 patient (医保定点, 提成, 虚构住院, 住院病历): a title, ``姓　名 | … | 岗　位 | …`` "
        "and ``科　室 | … | 自查时间 | 2025年6月`` in two rows, then 序号/风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施/备注 (some ``已落实``, ``已整改``); a blank row and ``自查人（签名）： | 科室负责人（签名）：| "
        "2025年6月``",
        sheets, t,
    )  # fmt: skip


def chaotian_social_insurance_duties() -> dict:
    unit = f"{PLACE}社会保险事业管理中心"
    sh = _Sheet("责任清单", [6, 12, 9, 9, 14, 36, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "工作事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    chief, deputy = "仇岷骧", "储霄湄"
    rows = [
        ("中心领导", "主任", chief, "leader", "基金支付审批", "大额基金支付不经集体研究", "高",
         "大额支付主任办公会集体研究。", "区人社局"),
        ("中心领导", "主任", chief, "leader", "人员管理", "经办人员岗位长期不轮换", "中",
         "关键岗位五年轮岗，轮岗计划报区人社局。", "区人社局"),
        ("待遇审核股", "股长", "车骞玥", "middle", "退休审批", "对涂改的人事档案不核查即办理退休", "高",
         "档案涂改处须原单位和主管部门书面说明，复审存档。", deputy),
        ("待遇审核股", "股长", "车骞玥", "middle", "待遇核定", "缴费年限、视同缴费年限认定不实", "高",
         "视同缴费年限两人复核，系统留痕。", deputy),
        ("待遇审核股", "经办员", "凤湛澄", "general", "资格认证", "领取养老金资格认证走过场，死亡、服刑人员照常领取", "中",
         "每月与民政、公安、司法数据比对，异常暂停发放。", deputy),
        ("基金财务股", "会计", "雍沛琬", "general", "基金支付", "未经审核支付待遇，重复支付", "高",
         "支付凭审核单据办理，经办与复核分离。", chief),
        ("参保登记股", "经办员", "祁翾岑", "general", "参保登记", "违规补缴、为非本单位人员办理参保", "中",
         "补缴须提供原始工资凭证，补缴三年以上报审批。", chief),
        ("参保登记股", "经办员", "祁翾岑", "general", "信息变更", "违规办理姓名、身份证号“双改”", "低",
         "信息变更凭公安证明，双人审核。", chief),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, duty, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "主任：", None, None, None)
    return _layout(
        "chaotian_social_insurance_duties", "https://www.astrots.cn/archives/453.html",
        "区社会保险事业管理中心 廉政风险防控责任清单, after the source's ``1岁参加工作、22岁退休`` case (档案 14处涂改, 退休手续, "
        "养老金, 社保经办机构 审核, 数据比对): a title, 序号/股室 merged (中心领导, 待遇审核股, 基金财务股, 参保登记股)/岗位 and "
        "责任人 merged per person/``工作事项``/廉政风险点/风险等级 高/中/低/防控措施/a last ``责任领导`` column (a leader's "
        "name or 区人社局); no type column; a blank row and a 填报人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def chaotian_culture_hall_list() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("一览表", [6, 14, 9, 9, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "甄珈澍", "leader", "总分馆建设", "乡镇分馆设备采购不按程序，指定供应商",
         "制度机制风险", "高", "分馆采购按限额标准执行，馆务会研究。"),
        ("馆领导", "副馆长", "须聿岚", "leader", "文艺演出组织", "演出服务外包不比选，演出经费结报不实",
         "业务流程风险", "高", "外包三家比选，经费事前预算、事后结报。"),
        ("办公室", "主任", "卜砚舲", "middle", "公务接待", "接待超标准、无公函接待",
         "制度机制风险", "中", "接待事前审批，清单按月公示。"),
        ("办公室", "会计", "司沁翎", "general", "经费报销", "培训、活动经费报销票据不实",
         "岗位职责风险", "中", "报销实行经办、审核、审批三签。"),
        ("群文活动部", "部长", "柏晗岫", "middle", "业余文艺团队扶持", "扶持资金分配优亲厚友",
         "思想道德风险", "中", "扶持名单集体评定并公示。"),
        ("群文活动部", "部长", "柏晗岫", "middle", "公益培训", "公益培训学员人数、课时虚报",
         "岗位职责风险", "低", "培训签到和课时记录按月抽查。"),
        ("非遗保护中心", "主任", "苍泠鹤", "middle", "传承人推荐", "非遗代表性传承人推荐中弄虚作假",
         "外部环境风险", "高", "推荐材料集体审核并公示。"),
        ("非遗保护中心", "主任", "苍泠鹤", "middle", "非遗进校园", "非遗进校园课时补贴虚报冒领",
         "业务流程风险", "低", "课时由学校签字确认，补贴直接打卡。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人：", None, None, "审核人：", None, "馆长（签字）：", None, "2025年6月", None)
    return _layout(
        "chaotian_culture_hall_list", "https://www.wxnum.cn/fzsclqwhg.html",
        "区文化馆 岗位廉政风险防控一览表, after the source's 区文化馆 (群众文化活动, 业余文艺创作团体, 非遗保护, 文艺演出, 非遗进校园, "
        "公益培训, 非遗传承人, 总分馆制建设): a title, 序号/科室 merged (馆领导, 办公室, 群文活动部, 非遗保护中心)/岗位 and 姓名 "
        "on every row/a short 风险点/a long 风险描述/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/馆长（签字）/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chaotian_zengjia_health_center_card_sheet(),
    chaotian_middle_school_groups(),
    chaotian_shahe_middle_posts(),
    chaotian_zhongzi_primary_cards(),
    chaotian_people_hospital_two_sheets(),
    chaotian_yangmu_health_selfchecks(),
    chaotian_social_insurance_duties(),
    chaotian_culture_hall_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch291-inbox"))
