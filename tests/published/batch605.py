"""The six-hundred-and-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's city
management and gardening bodies, 利通区 (of 吴忠市, 宁夏回族自治区) — its 城市管理局, 园林绿化所,
环境卫生管理所, 市政设施维护中心, 城市管理综合执法大队, 园林苗圃, 数字化城市管理监督指挥中心 and
城乡环卫保洁服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in
WPS or Excel:

- the 园林绿化所's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short
  names), ``一级/二级/三级``;
- the 环境卫生管理所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and ``所在科室 | …``,
  高/中/低, no type column, a 持卡人（签字） line;
- the 市政设施维护中心's 排查表 对岗不对人 under ``附件3``: ``科室`` and ``岗位`` merged, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``…风险`` types; no names;
- the 城市管理综合执法大队's 清单 under GROUP ROWS ``一、大队领导`` … ``三、第二中队`` merged across,
  ``岗位 | 姓名`` merged per person, ``★★★/★★/★`` read by a ``注：`` line;
- the 园林苗圃's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 数字化城市管理监督指挥中心's 一览表 in TWO SHEETS ``中心领导`` and ``科室``, ``一级风险/二级风险/
  三级风险``, no type column;
- the 城乡环卫保洁服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, 高/中/低, a ``注：`` line.

One is harder:

- ``litong_city_management_bureau_points_by_name``: the 城市管理局's 廉政风险点目录及岗位对应表: a
  list ``序号 | 风险点 | 风险表现 | 风险等级 | 防控措施`` that names no 科室, post or holder, and UNDER it
  a second table ``序号 | 科室 | 岗位 | 姓名 | 对应风险点`` whose last cell names, by the list's
  SHORT 风险点 NAMES (not its numbers), the points each person holds (``户外广告设置审批、占道经营
  临时许可``), a point held by two people named in each of their rows. The README's
  读得懂的表 knows a 分工表 ``… | 负责风险点序号`` naming the list's points by NUMBER (or ticks under
  number columns), shared points claimed by number, a roster keyed by group, codes and ranges; it
  does not describe a roster that names the list's points by their names.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市容秩序 “百日攻坚” — 小广告,
占道经营, 门前三包; a 占道经营 专项整治 通告 — 露天烧烤, 擅自搭建, 促销活动审批; a report on 园林绿化
腐败 — 工程发包, 围标陪标; a 环卫系统 腐败 案 — 垃圾桶采购, 公厕改建, 填埋场工程; a 人行道设置设施
规定 — 占用审批, 设施设置; a 镇街环境卫生绩效评估 通报 — 道路保洁, 公厕, 垃圾清运 抽查; a “天价榕树”
窝案 — 虚开发票, 盆花采购, 补种苗木; a 城乡环卫一体化 月度考核 通报 — 服务企业, 考核细则) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 巢 and 蔚 with rare given names); every unit is a body of
利通区.

Run ``python tests/published/score.py --set batch605`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each name in a person's ``对应风险点`` cell makes that list point his, with
  the list's level; one form a person (科室, post and name from his row); a point named in two
  rows is two people's point; the list itself names no holder and is no form of its own; the
  ``注：`` line and the sign-off are no points; ``风险点 | 风险表现``: the point is the short 风险点;
- ``局领导``, ``所领导``, ``大队领导``, ``中心领导`` (a 科室 cell, a group row, a sheet) are the 科室 of
  those leaders; a 中队 (group row ``二、第一中队``) is a 科室; 局长, 副局长, 所长, 副所长, 大队长,
  教导员, 主任 of a 中心 and the 苗圃's 主任 are leaders; 科长, 中队长 middle; the rest general;
- the 市政设施维护中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b605_"
PLACE = "利通区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the list: (风险点, 风险表现, 风险等级, 防控措施)
CATALOGUE = [
    ("户外广告设置审批", "对不符合设置规划的户外广告、门头牌匾违规审批，或拖延办理索要好处", "高",
     "审批条件和结果在局门户网站公开，实行初审、复核两级审核。"),
    ("占道经营临时许可", "为熟人、关系户违规批准临时占道经营、促销活动，收取好处费", "高",
     "临时占道许可集体研究，许可范围和期限现场公示。"),
    ("违法建设查处", "对违法建设查处不力，以罚代拆、选择性执法", "高",
     "违法建设台账动态管理，拆除决定经局务会研究。"),
    ("建筑垃圾运输核准", "降低条件核准渣土运输企业和车辆，与运输企业利益往来", "中",
     "核准条件公开，核准车辆名单每月公示。"),
    ("行政处罚裁量", "处罚裁量畸轻畸重，人情执法、关系执法", "中",
     "严格执行裁量基准，重大处罚法制审核、集体讨论。"),
    ("门前三包考核", "门前三包责任单位考核打分不实，优亲厚友", "低",
     "考核结果公示，接受商户和群众监督。"),
    ("执法车辆使用", "执法车辆公车私用，虚报加油、维修费用", "低",
     "车辆统一调度，加油维修单据每月核对。"),
    ("环卫作业政府采购", "环卫作业服务采购设置倾向性条件，与投标人串通", "高",
     "采购需求集体论证，全程进入公共资源交易平台。"),
]  # fmt: skip

# the roster under it: (科室, 岗位, 姓名, tier, the points named in 对应风险点)
HOLDERS = [
    ("局领导", "局长", "巢翾甯", "leader", ["环卫作业政府采购"]),
    ("局领导", "副局长", "蔚琨昳", "leader", ["户外广告设置审批", "建筑垃圾运输核准", "行政处罚裁量"]),
    ("市容管理科", "科长", "巢霈珣", "middle", ["户外广告设置审批", "占道经营临时许可", "门前三包考核"]),
    ("法制审核科", "科长", "蔚湦玓", "middle", ["行政处罚裁量", "违法建设查处"]),
    ("办公室", "主任", "巢琇瀓", "middle", ["执法车辆使用", "环卫作业政府采购"]),
    ("市容管理科", "科员", "蔚岄璘", "general", ["占道经营临时许可"]),
]  # fmt: skip


def litong_city_management_bureau_points_by_name() -> dict:
    unit = f"{PLACE}城市管理局"
    sh = _Sheet("风险点", [6, 16, 40, 9, 36])
    t = _Truth(unit)
    levels = {point: HML[lv] for point, _desc, lv, _m in CATALOGUE}
    _line(sh, f"{unit}廉政风险点目录及岗位对应表", 5)
    _line(sh, "一、廉政风险点目录", 5)
    sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施")
    for i, (point, desc, lv, measures) in enumerate(CATALOGUE, 1):
        sh.add(i, point, desc, lv, measures)
    sh.add()
    _line(sh, "二、岗位人员及对应风险点", 5)
    sh.add("序号", "科室", "岗位", "姓名", "对应风险点")
    for i, (dept, post, who, tier, points) in enumerate(HOLDERS, 1):
        sh.add(i, dept, post, who, "、".join(points))
        for point in points:
            t.point(sh.name, dept, post, who, tier, point, [], levels[point])
    _line(sh, "注：“对应风险点”按上表“风险点”一栏的名称填写，一个风险点涉及几个岗位的分别填写。", 5)
    sh.add("填表：办公室", None, "审核：", None, "2025年6月")
    return _layout(
        "litong_city_management_bureau_points_by_name", "https://m.tdcaiwu.com/waishang/20240125/82404.html",
        "(harder) 区城市管理局 廉政风险点目录及岗位对应表, after the source's 占道经营、店外经营 专项整治 通告 (擅自搭建, "
        "露天烧烤, 促销活动审批, 门前三包): a title, ``一、廉政风险点目录`` over a list 序号/a short 风险点/a long 风险表现/"
        "风险等级 高/中/低/防控措施 naming no 科室, post or holder; a blank row; ``二、岗位人员及对应风险点`` over a roster "
        "序号/科室/岗位/姓名/``对应风险点`` whose last cell names the list's points by their SHORT NAMES joined by ``、`` "
        "(not by number), a point named in one or two people's rows; a ``注：`` line and a 填表/审核/date line; "
        "no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def litong_gardening_institute_list() -> dict:
    unit = f"{PLACE}园林绿化所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "蔚璟翮", "leader", [
            ("绿化工程发包中默许围标、陪标", "制度机制", "一级", "工程发包全部进入公共资源交易中心，评标全程录像。"),
            ("干预绿化工程分包和苗木供应商选定", "思想道德", "一级", "签订廉洁承诺书，插手干预工程事项登记报告。"),
        ]),
        ("工程管理科", "科长", "巢泠翀", "middle", [
            ("绿化工程隐蔽部分验收把关不严", "岗位职责", "二级", "隐蔽工程验收留存影像资料，监理签字确认。"),
            ("虚报种植土方和苗木工程量", "业务流程", "一级", "工程量计量实行现场双人复核。"),
        ]),
        ("养护管理科", "科长", "蔚湛珞", "middle", [
            ("绿地养护考核打分不实", "岗位职责", "二级", "养护考核邀请第三方参与，结果公示。"),
        ]),
        ("养护管理科", "技术员", "巢澂翎", "general", [
            ("行道树修剪和迁移审核中收受好处", "外部环境", "二级", "迁移审核经科室集体研究。"),
            ("补植苗木数量签认不实", "业务流程", "三级", "补植苗木逐株登记，每季度抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "litong_gardening_institute_list", "https://zxb2b.com/garden/gardendetail48024.html",
        "区园林绿化所 岗位廉政风险防控一览表, after the source's report on 园林绿化 腐败 (工程发包, 围标陪标, 园林干部 落马): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def litong_sanitation_institute_cards() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    t = _Truth(unit)
    cards = [
        ("巢沨璩", "所领导", "副所长", "leader", [
            ("垃圾桶、果皮箱采购中收受供应商回扣", "高", "采购实行三家以上比价，验收邀请纪检人员参加。"),
            ("公厕改建项目化整为零规避招标", "高", "改建项目统一打包，按限额标准招标。"),
            ("接受环卫作业企业宴请", "低", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("蔚瑒霁", "财务室", "会计", "general", [
            ("环卫工人工资和劳保用品发放审核不严", "中", "工资表与考勤表逐月核对，劳保用品签领。"),
            ("垃圾处理费收缴不入账", "中", "收费统一开具票据，每日入账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("所在科室", dept, "填卡时间", "2025年4月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "litong_sanitation_institute_cards", "https://chateaudebergues.com/wanboguanwangmanbetx/jjs/info/1015/4702.htm",
        "区环境卫生管理所 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's 环卫系统 "
        "腐败 案 (垃圾桶采购, 公厕改建, 垃圾填埋场工程, 被“围猎”): a title, ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 填卡时间 | …``, then 序号/风险点/风险等级 高/中/低/防控措施; no type column; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def litong_municipal_facilities_posts() -> dict:
    unit = f"{PLACE}市政设施维护中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "道路维修工程直接指定施工单位", "制度机制风险", "Ⅰ级",
         "维修工程按限额标准采购，结果公示。"),
        ("养护科", "科长", "middle", "人行道设施设置占用审核把关不严", "岗位职责风险", "Ⅱ级",
         "占用审核实行现场踏勘，审核意见存档。"),
        ("养护科", "科长", "middle", "挖掘道路修复验收走过场", "业务流程风险", "Ⅰ级",
         "修复验收两人以上，留存影像资料。"),
        ("路灯管理科", "维修员", "general", "路灯配件领用不登记、以旧充新", "业务流程风险", "Ⅱ级",
         "配件以旧换新，出入库台账每月盘点。"),
        ("路灯管理科", "维修员", "general", "向施工单位索要好处", "思想道德风险", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("填报人：", None, "审核人：", None, None, "2025年3月", None)
    return _layout(
        "litong_municipal_facilities_posts", "https://xiexiebang.com/a11/2019051412/abb2c1389aef842c.html",
        "区市政设施维护中心 岗位廉政风险点排查表 对岗不对人, after the source's 占用城市道路人行道设置设施管理规定 解读 "
        "(人行道设施设置, 占用审批, 通行功能): ``附件3``, a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def litong_enforcement_brigade_group_rows() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "蔚珩翥", "leader", [
                ("重大案件不经集体讨论作出处罚决定", "★★★", "重大案件集体讨论，法制审核把关。"),
            ]),
        ]),
        ("二、第一中队", "第一中队", [
            ("中队长", "巢昶瑀", "middle", [
                ("小广告、占道经营整治中选择性执法", "★★", "整治行动全程执法记录仪记录。"),
                ("暂扣物品不登记、私自处置", "★★★", "暂扣物品登记造册，专库保管。"),
            ]),
            ("执法队员", "蔚澔琤", "general", [
                ("接受商户宴请，对违法行为不予查处", "★★", "执法人员定期轮岗，两人以上执法。"),
            ]),
        ]),
        ("三、第二中队", "第二中队", [
            ("中队长", "巢珝渼", "middle", [
                ("违规处理“门前三包”投诉", "★", "投诉办理结果回访。"),
                ("罚没款不及时上缴", "★★", "罚款实行罚缴分离。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "litong_enforcement_brigade_group_rows", "http://jingzhou.cjyun.org/p/349653.html",
        "区城市管理综合执法大队 廉政风险防控责任清单, after the source's 市容秩序 “百日攻坚” 专项整治 (“牛皮癣”小广告, "
        "占道经营, 店外经营, 门前三包): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/防控措施 under GROUP "
        "ROWS ``一、大队领导``, ``二、第一中队``, ``三、第二中队`` merged across; 岗位 and 姓名 merged per person; a "
        "``注：`` line for the stars; no type column",
        [sh], t,
    )  # fmt: skip


def litong_nursery_selfchecks() -> dict:
    unit = f"{PLACE}园林苗圃"
    t = _Truth(unit)
    people = [
        ("巢璆滢", "苗圃领导", "主任", "leader", [
            ("苗木采购虚开发票、抬高单价", "高风险", "苗木采购询价比价，价格集体审定。", "已落实"),
            ("盆花租摆合同签订不经集体研究", "中风险", "合同经主任办公会研究。", "未发现问题"),
            ("自繁苗木私自对外销售", "高风险", "苗木销售统一开票，收入全额入账。", "已落实"),
        ]),
        ("蔚翙岚", "生产科", "技术员", "general", [
            ("苗木出圃数量登记不实", "中风险", "出圃苗木双人清点，逐车登记。", "已落实"),
            ("死亡苗木补种数量虚报", "低风险", "补种苗木现场核验、拍照存档。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "litong_nursery_selfchecks", "https://lzw.caa.edu.cn/xjyd/jzcm/201202/17679.html",
        "区园林苗圃 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's “天价榕树” "
        "园林管理处 窝案 (虚开发票, 盆花采购, 补种苗木, 套取工程款): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def litong_digital_city_centre_two_sheets() -> dict:
    unit = f"{PLACE}数字化城市管理监督指挥中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 10, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蔚琬翯", "主任", "主持全面工作", [
            ("城市管理案件考核结果受人情干扰", "一级风险", "考核结果经主任办公会审定并通报。"),
            ("信息化平台运维服务采购暗箱操作", "一级风险", "运维服务按政府采购程序公开采购。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 10, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("监督受理科", "科长", "巢玹翊", "middle", "案件立案、结案审核把关不严", "二级风险", "结案实行现场照片比对复核。"),
        ("监督受理科", "科长", "巢玹翊", "middle", "考核评估数据弄虚作假", "一级风险", "考核数据由系统自动生成，人工调整留痕。"),
        ("监督受理科", "信息采集员", "蔚晞琅", "general", "上报问题虚报、瞒报", "三级风险", "采集员片区定期轮换，抽查核实。"),
        ("指挥派遣科", "派遣员", "巢沅翡", "general", "案件派遣中与责任单位串通销号", "二级风险", "派遣和销号记录全程留痕。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "litong_digital_city_centre_two_sheets", "http://www.yfbzb.com/inviteBid/detail/20210122_210920269.html",
        "区数字化城市管理监督指挥中心 廉政风险防控一览表 in TWO SHEETS, after the source's 镇街环境卫生绩效评估 通报 "
        "(道路保洁, 公厕, 垃圾清运 抽查, 考评得分): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def litong_cleaning_service_centre_list() -> dict:
    unit = f"{PLACE}城乡环卫保洁服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蔚瑢翚", "leader", "保洁服务企业考核走过场、放松扣款", "制度机制", "高",
         "月度考核邀请乡镇代表参加，扣款结果公示。"),
        ("中心领导", "主任", "蔚瑢翚", "leader", "市场化保洁服务合同续签不经集体研究", "岗位职责", "中",
         "合同续签经中心班子会研究。"),
        ("考核科", "科长", "巢湜珣", "middle", "考核检查中接受服务企业请托", "外部环境", "高",
         "检查人员随机抽取，两人以上同行。"),
        ("考核科", "科员", "蔚潼翊", "general", "考核记录、照片弄虚作假", "业务流程", "中", "考核照片带水印、定位。"),
        ("综合科", "出纳", "巢琰霖", "general", "服务费拨付单据审核不严", "业务流程", "低",
         "拨付凭考核结果和审核意见办理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "litong_cleaning_service_centre_list", "http://bbs.colorpavilion.com/archiver/showtopic-5069.aspx",
        "区城乡环卫保洁服务中心 岗位廉政风险防控一览表, after the source's 城乡环卫一体化 月度综合考核 通报 (服务企业, "
        "考核细则, 卫生保洁, 垃圾收运): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    litong_city_management_bureau_points_by_name(),
    litong_gardening_institute_list(),
    litong_sanitation_institute_cards(),
    litong_municipal_facilities_posts(),
    litong_enforcement_brigade_group_rows(),
    litong_nursery_selfchecks(),
    litong_digital_city_centre_two_sheets(),
    litong_cleaning_service_centre_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch605-inbox"))
