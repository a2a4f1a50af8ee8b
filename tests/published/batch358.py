"""The three-hundred-and-fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 街道 and
社区 bodies, 雁塔区 (a district of 西安, its staff Han) — the 小寨路街道办事处, two 社区居民委员会,
two 便民服务中心, a 街道综合执法队, the district's 网格化管理中心 and a 街道's 网格化服务管理中心 — each
handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 小寨路街道办事处's file in two sheets: ``街道领导`` (``职务 | 姓名 | 分管工作`` merged per leader)
  and ``内设机构`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 公园南路社区居民委员会's 一览表 under GROUP ROWS ``一、社区两委``, ``二、社区服务站``,
  ``三、网格工作站`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person (two 网格员 of one
  post), short types, 高/中/低, a 填表人/审核人/date line;
- the 长延堡街道综合执法队's 防控卡, one sheet a holder (tabs 队长, 一中队中队长, 执法队员): a LABEL ROW
  ``姓　名 | 职　务 | 所在中队 | 执法证号`` over a row of values, then ``序号 | 风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | 队长（签字）：``;
- the 网格化管理中心's 排查表 对岗不对人: ``科室`` merged (中心领导, 指挥调度科, 考核督办科, 综合科),
  ``岗位`` merged per post, a short ``风险点`` beside a long ``表现形式``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 枫林社区居民委员会's 自查表, one sheet a person (tabs named by the holder): ONE ROW of three pairs
  ``姓　名 | … | 岗　位 | … | 所在部门 | …``, then ``序号 | 岗位职责 | 风险点 | 风险类型 | 风险等级 |
  防范措施`` (``岗位职责`` merged over its rows), short types, ``高风险/中风险/低风险``, ``本人签字： |
  社区书记审核：``;
- the 等驾坡街道便民服务中心's 责任清单: ``责任窗口`` merged (中心领导, 民政窗口, 社保窗口, 综合受理窗口),
  ``岗位`` and ``责任人`` merged per person, ``职责事项`` before the ``廉政风险点``, ``…风险`` types,
  ``一级风险/二级风险/三级风险``, the measures and a LAST ``责任领导`` column naming the 中心主任 on
  every row;
- the 鱼化寨街道网格化服务管理中心's 一览表 under ``附件1`` and a merged ``填报单位（盖章）：…　填报时间：…``
  line: ``科室`` merged (中心领导, 信息采集组, 事件处置组), ``岗位`` and ``姓名`` merged per person, bare
  ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``yanta_xiaozhai_service_center_cover_booklet``: the 小寨路街道便民服务中心's 个人岗位廉政风险防控手册 of
  ONE 窗口 worker, kept as a workbook the way the Word booklet is bound — FOUR SHEETS, and the
  holder is named ONLY ON THE COVER: ``封面`` (one wide column of lines: the unit, the handbook's
  name, blank rows, then ``姓　　名：禚沄琤``, ``所在窗口：社会保障窗口``, ``岗　　位：社保经办员``,
  ``编制时间：二〇二五年九月`` — each label and its value in ONE cell), ``岗位职责`` (a title and
  ``序号 | 职责内容``, four duties: no risk column), ``风险点及防控措施`` (the title ``岗位廉政风险点及
  防控措施`` with NO unit and NO name, ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, seven points,
  short types, 高/中/低, a ``注：`` line, an EMPTY ``本人签字： | 审核人：`` line and a date) and
  ``廉政承诺`` (a title, one merged paragraph in the first person, an empty ``承诺人：`` and a date).
  Nothing on the risk sheet names the unit, the 窗口, the post or the person: they are the cover's,
  for the whole booklet. The README's 读得懂的表 knows the holder above the table (pairs, a label row,
  ``填表人 | …``, ``在岗人员``, a ``持卡人信息`` column), below it (``自查人（签名）：…``, ``本人签字： |
  …``, ``持卡人：…``, a ``承诺人：…`` 落款), in the title (``…部长（亓璟翀）…``), as the TAB's name, in a
  roster on another sheet keyed by post or 工号, and in a first ``目录`` sheet whose ``表号`` names each
  post's table sheet (``SHEETS_INDEXED``); and a 落款 that only names a unit gives the unit. It does
  not describe a COVER SHEET — no table, no 表号, no roster, one label line a field — that names
  the one holder, his 窗口 and his post for every later sheet of a personal booklet whose own risk
  table names nobody and whose signature line is left empty.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇便民服务中心's 管理制度 — 主任 and
副主任 职责, 窗口 受理 and 代理, 考勤, 值班, ``三代办``; a 街道办事处's 职能 — 指导居委会, 社区文化, 人民调解,
综合治理, 计划生育, 民政 and 优抚; a piece on the 社区书记 — 政策传导, 服务供给, 矛盾化解, 组织建设, 应急
管理; a 街道执法队's 占道经营 专项整治 — 早餐车 示范, 驻点值守, 夜间重点巡查, 暂扣物品; a 社区网格化管理
积分制考核 细则 — 信息采集与更新, 巡查走访, 事件上报 and 处置, 积分 and 排名; a 县 老旧小区改造 — 问需、
问计、问效 于民, 居民义务监督员, 竣工验收 and 满意度调查; a 便民服务大厅窗口工作人员考核办法 — 首接首问,
印章票证, 申报材料初审, 承诺时限, 即办件; a 市 网格化管理 推行 — 300–500 户一网格, 网格员 上门采集人、
房、地、事、情, 录入 综合信息平台) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 雁塔区, named with the district's
name.

Run ``python tests/published/score.py --set batch358`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``封面``'s ``姓　　名``, ``所在窗口`` and ``岗　　位`` lines are the holder, the
  科室 and the post of every point of the booklet, and its first line the unit; the points are the
  seven rows of ``风险点及防控措施`` only (one form, on that sheet); the ``岗位职责`` rows, the 注, the
  pledge and the empty signature lines are no points and name nobody; the 社保经办员 is general;
- ``街道领导`` (the 办事处's sheet of its leaders, named so by its tab and title), ``社区两委``, ``中心领导``
  and ``队领导`` (the 队长's card's 所在中队) are the 科室 of those leaders; a 街道's 办公室 and 所, a
  社区's 站 (社区服务站, 网格工作站 — from the group rows, their numbers left off), a 中心's 科, 窗口 and
  组 and a 执法队's 中队 are 科室;
- every 办事处, 社区居民委员会, 中心 and 执法队 here is a unit of its own: 主任 and 副主任 (of the 办事处,
  of a 中心, of a 居委会), a 社区's 书记, a 执法队's 队长 are leaders; a 科室's 主任 (党政办公室主任
  written ``主任``), 科长, 站长, 中队长, 组长 and 窗口负责人 middle; the rest (科员, 会计, 专干, 网格员,
  调度员, 督办员, 执法队员, 受理员, 信息员, 经办员) general;
- ``风险点 | 表现形式``: the point is the short 风险点; ``分管工作``, ``职责事项``, ``岗位职责`` and
  ``执法证号`` are no points and name no holder; the 便民服务中心's LAST ``责任领导`` column names a
  supervisor (the holder is ``责任人``); the 网格化管理中心's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note)
  are 1/2/3.

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

PREFIX = "b358_"
PLACE = "雁塔区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

COVER_UNIT = f"{PLACE}小寨路街道便民服务中心"
COVER_HOLDER = ("禚沄琤", "社会保障窗口", "社保经办员", "general")
COVER_LINES = (
    f"姓{GAP * 2}名：禚沄琤",
    "所在窗口：社会保障窗口",
    f"岗{GAP * 2}位：社保经办员",
    "编制时间：二〇二五年九月",
)
DUTIES = [
    "负责辖区居民城乡居民养老保险、医疗保险参保登记和信息变更",
    "负责养老保险待遇领取资格认证和待遇申领材料的受理、初审",
    "负责社保卡申领、补换材料的收转和代办",
    "负责窗口业务台账和档案资料的整理、归档",
]
POINT_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
# (风险点, 风险类型, 风险等级, 防控措施)
BOOKLET = [
    ("为不符合条件的人员办理参保登记或补缴手续", "岗位职责", "高",
     "参保材料逐项核对，补缴业务经中心主任复核签字。"),
    ("待遇资格认证走过场，对已死亡人员未及时停发待遇", "业务流程", "高",
     "每月与公安、殡葬数据比对，疑似人员入户核实。"),
    ("受理代办业务时收取办事群众好处费", "思想道德", "中",
     "代办事项免费清单上墙公示，公布监督电话。"),
    ("泄露、倒卖参保人员个人信息", "思想道德", "中", "系统账号专人专用，信息查询全程留痕。"),
    ("对申领材料不全的业务违规先行受理、先办后补", "制度机制", "中",
     "执行一次性告知制度，容缺受理须经主任同意并登记。"),
    ("社保卡收转登记不全，卡片遗失或冒领", "业务流程", "低", "收转台账逐张登记，领卡人签字并核验身份。"),
    ("接受辖区企业请托，拖延或加快办理", "外部环境", "低", "按受理顺序办理，办理时限网上可查。"),
]  # fmt: skip
PLEDGE = (
    "本人承诺：严格遵守廉洁从政各项规定，对照本手册所列风险点认真落实防控措施，不利用岗位便利"
    "为本人或他人谋取私利，不收受办事群众和企业的礼品礼金，自觉接受组织和群众监督。"
)


def yanta_xiaozhai_service_center_cover_booklet() -> dict:
    unit = COVER_UNIT
    who, dept, post, tier = COVER_HOLDER
    t = _Truth(unit)
    cover = _Sheet("封面", [48])
    cover.add()
    cover.add(unit)
    cover.add("个人岗位廉政风险防控手册")
    cover.add()
    cover.add()
    for line in COVER_LINES:
        cover.add(line)
    duties = _Sheet("岗位职责", [6, 60])
    _line(duties, "岗位职责", 2)
    duties.add("序号", "职责内容")
    for i, duty in enumerate(DUTIES, 1):
        duties.add(i, duty)
    sh = _Sheet("风险点及防控措施", [6, 36, 10, 9, 36])
    _line(sh, "岗位廉政风险点及防控措施", 5)
    sh.add(*POINT_HEAD)
    for i, (point, typ, lv, measures) in enumerate(BOOKLET, 1):
        sh.add(i, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：本表由本人对照岗位职责填写，经中心主任审核后装订成册。", 5)
    sh.add("本人签字：", None, "审核人：", None, None)
    sh.add(None, None, None, "2025年9月", None)
    pledge = _Sheet("廉政承诺", [70])
    pledge.add("廉政承诺书")
    pledge.add(PLEDGE)
    pledge.add()
    pledge.add("承诺人：")
    pledge.add("2025年9月")
    return _layout(
        "yanta_xiaozhai_service_center_cover_booklet", "https://ruiwen.com/guanlizhidu/7586658.html",
        "(harder) 街道便民服务中心 个人岗位廉政风险防控手册 of one 窗口 worker as a four-sheet workbook, after the source's "
        "便民服务中心 管理制度 (主任 and 副主任 职责, 窗口 受理 and 代理, 考勤, 值班, 三代办): ``封面`` — one column of lines, the unit, "
        "the handbook's name, then ``姓　　名：…``, ``所在窗口：…``, ``岗　　位：…``, ``编制时间：…`` (label and value in ONE "
        "cell) — the ONLY place the holder, his 窗口 and his post are named; ``岗位职责`` (序号/职责内容, no risk column); "
        "``风险点及防控措施`` (a title WITHOUT unit or name, 序号/风险点/风险类型 short names/风险等级 高/中/低/防控措施, a 注 "
        "line, an EMPTY 本人签字/审核人 line and a date); ``廉政承诺`` (a pledge paragraph, an empty 承诺人：, a date)",
        [cover, duties, sh, pledge], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yanta_xiaozhai_street_office_two_sheets() -> dict:
    unit = f"{PLACE}小寨路街道办事处"
    t = _Truth(unit)
    lead = _Sheet("街道领导", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}街道领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("主任", "逯昉湉", "主持办事处全面工作，分管财政和城市建设", [
            ("辖区市政维修项目不经集体研究直接指定施工单位", "一级", "项目按限额标准比选或招标，党工委会研究。"),
            ("大额资金支出个人审批，规避集体决策", "一级", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("副主任", "訾璆沅", "分管社会事务、人民调解和社区建设", [
            ("社区建设经费分配向关系社区倾斜", "二级", "经费按户数和考核结果分配，结果公示。"),
            ("人民调解中偏袒一方，收受当事人好处", "二级", "调解协议经两名调解员签字，回访当事人。"),
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
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("内设机构", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}内设机构岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "郄澂漪", "middle", [
            ("公务接待超标准、无公函接待", "三级", "接待事前审批，清单按月公示。"),
            ("办公用品采购不比价，虚开发票报销", "二级", "采购三家比价，验收与采购分离。"),
        ]),
        ("社会事务办公室", "科员", "茆翀霁", "general", [
            ("优抚对象资格审核把关不严", "二级", "资格材料社区初审、办公室复审，结果公示。"),
        ]),
        ("城市管理办公室", "科员", "弭岚峤", "general", [
            ("门头牌匾设置审核中吃拿卡要", "二级", "审核标准公开，办理结果网上可查。"),
            ("背街小巷保洁考核打人情分", "三级", "考核现场拍照，结果在辖区公示。"),
        ]),
        ("财政所", "会计", "钭瑀湄", "general", [
            ("社区经费报销审核不严，虚列支出", "一级", "报销实行经办、审核、审批三签，按季审计。"),
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
        "yanta_xiaozhai_street_office_two_sheets", "https://m.phb7.com/shenghuo/baike/495305.html",
        "区街道办事处 廉政风险防控表 in two sheets, after the source's 街道办事处 职能 (指导居委会, 社区文化, 人民调解, 综合治理, "
        "民政 and 优抚): ``街道领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; a 制表/审核/date line) and ``内设机构`` (a title, 序号/科室 merged/岗位 and 姓名 merged per person/…; the same "
        "line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def yanta_gongyuannanlu_community_group_rows() -> dict:
    unit = f"{PLACE}小寨路街道公园南路社区居民委员会"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、社区两委", "社区两委", [
            ("书记", "鄞珝澍", "leader", [
                ("社区公益项目承接方由个人说了算", "制度机制", "高", "项目经社区“两委”会和居民代表会议研究。"),
                ("党组织活动经费使用不公开", "岗位职责", "中", "经费使用按季度在居务公开栏公示。"),
            ]),
            ("副主任", "綦芃瑗", "leader", [
                ("调解邻里矛盾时收受当事人礼品", "思想道德", "中", "调解全程记录，签订廉洁承诺。"),
            ]),
        ]),
        ("二、社区服务站", "社区服务站", [
            ("站长", "嵇翙淏", "middle", [
                ("出具居住证明等证明材料不核实", "业务流程", "高", "证明事项清单化，出具前入户或电话核实。"),
            ]),
            ("低保专干", "蒯琮洺", "general", [
                ("低保入户调查不实，优亲厚友", "岗位职责", "高", "入户调查两人以上，评议结果张榜公示。"),
                ("临时救助金发放登记不全", "业务流程", "中", "救助金一律打卡发放，台账月清月结。"),
            ]),
        ]),
        ("三、网格工作站", "网格工作站", [
            ("网格员", "邴棽旻", "general", [
                ("出租屋信息采集不实，漏报瞒报", "岗位职责", "低", "采集信息与平台数据比对，站长抽查。"),
            ]),
            ("网格员", "郜昶珺", "general", [
                ("利用入户采集之便向商户推销物品", "外部环境", "低", "入户亮证，居民可扫码评价。"),
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
        "yanta_gongyuannanlu_community_group_rows", "https://www.oo7.cn/2252014.html",
        "区街道 社区居民委员会 岗位廉政风险防控一览表, after the source's piece on the 社区书记 (政策传导, 服务供给, 矛盾化解, 组织建设, "
        "应急管理): a title, 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS "
        "``一、社区两委``, ``二、社区服务站``, ``三、网格工作站`` merged across (no 科室 column); 岗位 and 姓名 merged per person, two "
        "网格员 under one post; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yanta_changyanbao_enforcement_cards() -> dict:
    unit = f"{PLACE}长延堡街道综合执法队"
    t = _Truth(unit)
    cards = [
        ("队长", "鄂澈旸", "队长", "队领导", "leader", "ZF-0101", [
            ("暂扣物品处理不经集体研究，私自退还或变卖", "★★★", "暂扣物品登记入库，处理经队务会研究。"),
            ("为违规占道商户说情打招呼", "★★★", "说情打招呼事项登记报告。"),
            ("专项整治经费使用不公开", "★★", "经费使用按月公示，纪工委抽查。"),
        ]),
        ("一中队中队长", "麴瑾汐", "中队长", "一中队", "middle", "ZF-0106", [
            ("夜间巡查对熟人摊点选择性执法", "★★★", "执法全过程记录，记录仪数据按日上传。"),
            ("早餐车点位安排中收受好处", "★★", "点位统一编号，安排结果公示。"),
        ]),
        ("执法队员", "庹沅芷", "执法队员", "一中队", "general", "ZF-0118", [
            ("驻点值守时接受商户吃请", "★★", "签订廉洁承诺，值守人员定期轮换。"),
            ("暂扣物品清单登记不全", "★", "暂扣清单当场开具，当事人签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, badge, points in cards:
        sh = _Sheet(tab, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "所在中队", "执法证号")
        sh.add(who, post, dept, badge)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "队长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yanta_changyanbao_enforcement_cards",
        "https://www.szft.gov.cn/bmxx/fbb/zfjd/content/post_12318622.html",
        "区街道综合执法队 岗位廉政风险防控卡, one sheet a holder (tabs 队长, 一中队中队长, 执法队员), after the source's 占道经营 "
        "专项整治 (早餐车 示范, 驻点值守, 夜间重点巡查, 暂扣物品): a title, a LABEL ROW ``姓　名 | 职　务 | 所在中队 | 执法证号`` over "
        "a row of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def yanta_grid_center_posts() -> dict:
    unit = f"{PLACE}网格化管理中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "表现形式", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("网格员补贴分配", "网格员考核积分与补贴分配不按细则，优亲厚友", "制度机制风险", "Ⅰ级",
             "分配方案经中心会议研究，结果公示。"),
            ("平台建设采购", "信息平台升级采购指定供应商", "外部环境风险", "Ⅰ级", "采购按政府采购规定执行，结果公开。"),
        ]),
        ("指挥调度科", "科长", "middle", [
            ("事件分拨", "对熟人反映的事件优先分拨、超时不督", "岗位职责风险", "Ⅱ级", "事件按系统规则自动分拨，超时自动亮灯。"),
        ]),
        ("指挥调度科", "调度员", "general", [
            ("事件办结审核", "未经核查即将事件标记办结", "业务流程风险", "Ⅱ级", "办结事件按比例回访，科长抽查。"),
            ("信息保密", "泄露居民举报人信息", "思想道德风险", "Ⅰ级", "举报人信息脱敏，查询全程留痕。"),
        ]),
        ("考核督办科", "督办员", "general", [
            ("积分考核", "巡查走访积分核定时打人情分", "岗位职责风险", "Ⅱ级", "积分数据系统自动生成，人工调整需审批。"),
        ]),
        ("综合科", "会计", "general", [
            ("补贴发放", "网格员补贴发放名册与在岗人员不符", "业务流程风险", "Ⅲ级", "名册与考勤、社区核对后发放。"),
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
        "yanta_grid_center_posts",
        "https://www.76hw.com/news/she-qu-wang-ge-hua-guan-li-ji-fen-zhi-kao-he-xi-ze-jie-du-yu-shi-jian-zhi-nan.html",
        "区网格化管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 社区网格化管理 积分制考核 细则 (信息采集与更新, 巡查走访, "
        "事件上报 and 处置, 积分 and 排名): a title, 序号/科室 merged (中心领导, 指挥调度科, 考核督办科, 综合科)/岗位 merged per post/"
        "a short 风险点/a long ``表现形式``/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | "
        "2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def yanta_dianzicheng_community_selfchecks() -> dict:
    unit = f"{PLACE}电子城街道枫林社区居民委员会"
    t = _Truth(unit)
    people = [
        ("眭霈琤", "副主任", "社区两委", "leader", [
            ("负责老旧小区改造居民意见征集", [
                ("改造方案征求意见走过场，代居民签字", "制度机制", "高风险", "意见征集表由居民本人签字，抽查回访。"),
                ("推荐与本人有利害关系的居民任义务监督员", "思想道德", "中风险", "监督员由居民推荐、公示后聘请。"),
            ]),
        ]),
        ("蔺璟沄", "城建专干", "社区服务站", "general", [
            ("负责改造工程进度、质量的日常巡查", [
                ("巡查中对施工单位偷工减料隐瞒不报", "岗位职责", "高风险", "巡查记录拍照上传，监督员同步巡查。"),
                ("竣工验收时居民代表人数不足即签字", "业务流程", "中风险", "验收名单提前公示，到场人数记录在案。"),
            ]),
            ("负责改造后满意度调查", [
                ("满意度调查表由施工单位代填", "外部环境", "低风险", "调查表入户发放，社区统一回收。"),
            ]),
        ]),
        ("揭湉岍", "网格员", "网格工作站", "general", [
            ("负责网格内居民诉求收集上报", [
                ("对反映改造问题的诉求压而不报", "岗位职责", "中风险", "诉求一律录入平台，办结回访。"),
                ("向居民推荐指定商家加装门窗", "思想道德", "低风险", "严禁推销，居民可向社区举报。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, duties in people:
        sh = _Sheet(who, [6, 20, 34, 10, 10, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, "所在部门", dept)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        n = 0
        for duty, points in duties:
            recs = []
            for point, typ, lv, measures in points:
                n += 1
                recs.append([n, duty, point, typ, lv, measures])
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
            sh.records(recs, merge_cols=(1,))
        sh.add("本人签字：", None, None, "社区书记审核：", None, None)
        sheets.append(sh)
    return _layout(
        "yanta_dianzicheng_community_selfchecks",
        "http://m.xunjk.com/wap/chuangye/gd/2022/0414/219124.html",
        "区街道 社区居民委员会 岗位廉政风险自查表, one sheet per person (tabs named by the holder), after the source's 县 老旧小区改造 "
        "(问需、问计、问效 于民, 居民义务监督员, 竣工验收, 满意度调查): a title, ONE ROW of three pairs ``姓　名 | … | 岗　位 | … | "
        "所在部门 | …``, then 序号/``岗位职责`` merged over its rows/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防范措施; ``本人签字： | 社区书记审核：``",
        sheets, t,
    )  # fmt: skip


def yanta_dengjiapo_service_center_duties() -> dict:
    unit = f"{PLACE}等驾坡街道便民服务中心"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 18, 34, 13, 10, 30, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    sh.add("序号", "责任窗口", "岗位", "责任人", "职责事项", "廉政风险点", "风险类别", "风险等级", "防控措施",
           "责任领导")  # fmt: skip
    chief = "隗珺澂"
    rows = [
        ("中心领导", "主任", chief, "leader", [
            ("窗口人员调配", "窗口岗位安排优亲厚友", "制度机制风险", "二级风险", "岗位调整经中心会议研究。"),
            ("窗口考核", "窗口人员考核打人情分", "岗位职责风险", "二级风险", "考核细则公开，结果公示。"),
        ]),
        ("综合受理窗口", "窗口负责人", "郇旻琤", "middle", [
            ("印章票证管理", "违规使用中心印章出具证明", "岗位职责风险", "一级风险", "用印登记，专人保管。"),
        ]),
        ("综合受理窗口", "受理员", "汲澍岚", "general", [
            ("申报材料初审", "对材料不全的申请违规受理", "业务流程风险", "二级风险", "执行首接首问和一次性告知。"),
            ("即办件办理", "即办件故意拖延，索要好处", "思想道德风险", "一级风险", "办理时限上墙，超时自动预警。"),
        ]),
        ("民政窗口", "民政专干", "亢洺漪", "general", [
            ("高龄补贴申领", "为不符合年龄条件人员办理高龄补贴", "业务流程风险", "一级风险", "身份信息系统核验，名单公示。"),
        ]),
        ("社保窗口", "社保专干", "仉翀沅", "general", [
            ("灵活就业参保", "代办参保时收取费用", "外部环境风险", "三级风险", "代办免费，公布投诉电话。"),
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
        "yanta_dengjiapo_service_center_duties",
        "https://xiexiebang.com/a8/2019051319/2a9a95a52ce0e0a1.html",
        "区街道便民服务中心 廉政风险防控责任清单, after the source's 便民服务大厅窗口工作人员考核办法 (首接首问, 印章票证, 申报材料初审, "
        "承诺时限, 即办件): a title, 序号/``责任窗口`` merged (中心领导, 综合受理窗口, 民政窗口, 社保窗口)/岗位 and 责任人 merged per "
        "person/``职责事项``/廉政风险点/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任领导`` "
        "column naming the 中心主任 on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yanta_yuhuazhai_grid_station_list() -> dict:
    unit = f"{PLACE}鱼化寨街道网格化服务管理中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "续峤湄", "leader", [
            ("网格划分调整向关系小区倾斜，虚增网格", "Ⅰ", "网格划分方案报街道审定并公示。"),
            ("综合信息平台运维合同续签不经比选", "Ⅱ", "运维服务按规定比选，合同法制审核。"),
        ]),
        ("信息采集组", "组长", "堵昉漪", "middle", [
            ("人、房信息采集任务分配不均，虚报工作量", "Ⅱ", "采集任务按户数分配，平台数据核对。"),
        ]),
        ("信息采集组", "网格员", "扈琮湉", "general", [
            ("上门采集信息时泄露居民隐私", "Ⅰ", "签订保密承诺，采集终端加密。"),
            ("未入户即录入采集信息", "Ⅲ", "采集轨迹定位上传，组长抽查。"),
        ]),
        ("事件处置组", "信息员", "暴沄岍", "general", [
            ("事件处置结果录入不实", "Ⅲ", "处置结果附现场照片，回访核实。"),
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
        "yanta_yuhuazhai_grid_station_list", "http://hkwb.net/news/content/2014-03/23/content_2175164.htm",
        "区街道网格化服务管理中心 岗位廉政风险防控一览表, after the source's 市 网格化管理 推行 (300–500 户一网格, 网格员 上门采集人、房、"
        "地、事、情, 综合信息平台): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/科室 merged "
        "(中心领导, 信息采集组, 事件处置组)/岗位 and 姓名 merged per person/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; "
        "a ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yanta_xiaozhai_service_center_cover_booklet(),
    yanta_xiaozhai_street_office_two_sheets(),
    yanta_gongyuannanlu_community_group_rows(),
    yanta_changyanbao_enforcement_cards(),
    yanta_grid_center_posts(),
    yanta_dianzicheng_community_selfchecks(),
    yanta_dengjiapo_service_center_duties(),
    yanta_yuhuazhai_grid_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch358-inbox"))
