"""The eight-hundred-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's bodies of
机关事务 and 档案, 阿合奇县 (of 克孜勒苏柯尔克孜自治州, 新疆维吾尔自治区) — its 机关事务管理局 and
机关事务服务中心, 档案馆, 史志研究室, 公务用车服务中心, 接待服务中心, 机关幼儿园 and 机关餐饮服务中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 档案馆's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short names),
  ``一级/二级/三级``, a ``注：`` line;
- the 史志研究室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 公务用车服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` ``…风险``, 高/中/低;
  no names;
- the 接待服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 机关幼儿园's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 机关餐饮服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 机关事务管理局's 一览表 in TWO SHEETS ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column.

One is harder:

- ``aheqi_service_centre_crew_counts``: the 机关事务服务中心's 一览表, an ordinary ``科室 | 岗位 | 责任人``
  list, but where one post has several holders (three 驾驶员, two 采购员) the ``责任人`` cell names
  only the first and a head count, ``童珈岷等3人``, ``蔺湛玥等2人``, and the ``注：`` line under the
  table spells every such group out (``“童珈岷等3人”为车辆保障科驾驶员童珈岷、蔺岍瑗、童翀澔``), so each
  of those rows is a point of every member the note names. The README's 读得懂的表 knows a holder
  cell ``某某等6人`` (the written one is the holder, the others unnamed) and groups (``各科室主任``,
  ``全股人员``) resolved by the list's own rows or a roster; it does not describe a head-count
  holder cell whose members only a closing note lists.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省机关事务管理局 on 集中办公区
食堂食材集中采购 and its 保障中心; 档案馆 安全风险 — 馆库安全, 档案实体安全, 档案信息安全; 修志经费 来源与使用;
公务用车 “三定”, 一车一卡, 定点维修, 公务用车平台; 公务接待 正负面清单 — 公函, 接待清单, 陪餐人数;
幼儿园 不得变相要求家长捐款, 收费公示; 政府机关食堂管理制度 — 饭卡, 食材采购, 收支公示; 九种公车私用
情形) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 童 and 蔺 with rare given names);
every unit is a body of 阿合奇县.

Run ``python tests/published/score.py --set batch884`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``某某等N人`` cell is a group whose members the ``注：`` line names: each
  member (his post the row's, his 科室 the row's) holds every point of the group's rows, one form
  a member, the first-named member too; the ``注：`` line and the sign-off line are no points;
- ``中心领导``, ``馆领导``, ``局领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  机关事务管理局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
- every body is a unit of its own: 局长, 副局长, 馆长, 副馆长, 主任 and 副主任 of a 中心/研究室,
  园长 and 副园长 are leaders; 科长, 股长, 部长 middle; the rest general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 公务用车服务中心's
  list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b884_"
PLACE = "阿合奇县"
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

# groups written as 某某等N人: the cell text, and the members the 注 line names (first one written)
CREW = {
    "童珈岷等3人": ["童珈岷", "蔺岍瑗", "童翀澔"],
    "蔺湛玥等2人": ["蔺湛玥", "童瑊翎"],
}

# (科室, 岗位, 责任人 cell, tier, [(廉政风险点, 风险等级, 防控措施)])
CENTRE = [
    ("中心领导", "主任", "蔺骁翊", "leader", [
        ("食堂食材集中采购供应商遴选暗箱操作", "一级", "供应商经中心主任办公会集体比选，结果公示。"),
        ("物业服务外包项目化整为零规避采购", "一级", "物业项目按政府采购限额标准实施。"),
    ]),
    ("中心领导", "副主任", "童璩岚", "leader", [
        ("公务用车维修定点厂家指定不公开", "二级", "维修厂家公开遴选，维修费用按月公示。"),
    ]),
    ("车辆保障科", "驾驶员", "童珈岷等3人", "general", [
        ("公务用车节假日私用、私自出车", "一级", "节假日车辆封存，钥匙专人保管。"),
        ("加油卡为私车加油或购买非油品", "二级", "一车一卡，加油记录每月与里程核对。"),
    ]),
    ("食堂管理科", "采购员", "蔺湛玥等2人", "general", [
        ("食材验收数量、质量把关不严，虚报采购量", "二级", "验收双人签字，每日出入库登记。"),
    ]),
    ("物业管理科", "科长", "童屺湉", "middle", [
        ("办公用房维修工程量签证不实", "二级", "维修工程量经使用单位和中心两方确认。"),
        ("接受物业公司宴请、礼品", "三级", "签订廉洁协议，节前廉洁提醒。"),
    ]),
]  # fmt: skip


def aheqi_service_centre_crew_counts() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 14, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年4月", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, cell, _tier, points in CENTRE:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, cell, point, lv, measures)
    _per_person(sh, first, 1, 2, 3)
    # the truth one form a holder: every member of a 某某等N人 group holds the group's rows
    for dept, post, cell, tier, points in CENTRE:
        for who in CREW.get(cell, [cell]):
            for point, lv, _measures in points:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：1.表中“童珈岷等3人”为车辆保障科驾驶员童珈岷、蔺岍瑗、童翀澔，“蔺湛玥等2人”为食堂管理科"
        "采购员蔺湛玥、童瑊翎，所列风险点为其共同的风险点。2.风险等级分为一级、二级、三级，一级为最高。",
        7,
    )
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "aheqi_service_centre_crew_counts", "http://chidaole8.com/news/company/72894392856.html",
        "(harder) 县机关事务服务中心 岗位廉政风险防控一览表, after the source's 省机关事务管理局 on 集中办公区食堂食材集中采购 "
        "(保障中心, 降低廉政风险, 采购成本, 明确责任主体): a title, a merged 填报单位/date line, then 序号/科室 merged/岗位 "
        "and 责任人 merged per holder/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; where a post has several holders the "
        "责任人 cell names only the first and a head count (``童珈岷等3人``, ``蔺湛玥等2人``) and the closing ``注：`` "
        "line lists every member of each group, so those rows are points of every listed member; no type column; a "
        "填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def aheqi_archives_list() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 11, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "蔺琅湜", "leader", [
            ("馆库安全改造项目不经馆务会集体研究", "制度机制", "一级", "改造项目馆务会研究，按程序报批招标。"),
            ("档案开放审核把关不严，违规公布未开放档案", "岗位职责", "二级", "开放审核实行初审、复审、馆务会审定。"),
        ]),
        ("接收征集科", "科长", "童峋淇", "middle", [
            ("征集珍贵档案资料定价不公，虚报征集费用", "业务流程", "一级", "征集定价经专家评估，费用公示。"),
        ]),
        ("保管利用科", "科长", "蔺翃岐", "middle", [
            ("违规为他人查阅、复制涉密档案", "岗位职责", "一级", "查阅复制凭审批单，登记存档。"),
            ("库房出入不登记，档案实体丢失损毁", "业务流程", "二级", "库房双人双锁，出入登记。"),
        ]),
        ("保管利用科", "管理员", "童昉澜", "general", [
            ("利用者查档收受好处费", "思想道德", "三级", "查档服务免费，公开监督电话。"),
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
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "aheqi_archives_list", "https://fx361.cc/page/2021/1122/11414988.shtml",
        "县档案馆 岗位廉政风险点一览表, after the source's 档案馆 安全风险 (馆库安全, 档案实体安全, 档案信息安全, 违法违纪行为 "
        "处分): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def aheqi_history_office_cards() -> dict:
    unit = f"{PLACE}史志研究室"
    t = _Truth(unit)
    cards = [
        ("主任", "蔺瀛珙", "主任", "主持全面工作，分管志书编纂", "leader", [
            ("修志经费使用不经集体研究", "★★★", "修志经费预算室务会研究，专款专用。"),
            ("志书印刷委托厂家不公开比选", "★★★", "印刷厂家公开比选，合同留存。"),
            ("接受编纂单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "童岷璎", "副主任", "分管年鉴编纂、资料征集", "leader", [
            ("年鉴供稿单位稿酬、审稿费发放不实", "★★", "稿酬按标准发放，名单公示。"),
            ("征集史料报销虚列费用", "★★", "报销凭证经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "aheqi_history_office_cards",
        "http://dfz.gz.gov.cn/gzsdfz/zjyj_lltt/201802/2c3261e6de6542f7badb15417901c92b.shtml",
        "县史志研究室 领导干部廉政风险防控卡, one sheet a leader, after the source's 修志经费 来源与使用 (修志经费, 志书 "
        "编纂出版, 资料征集): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def aheqi_vehicle_centre_posts() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "公务用车配置超编制、超标准", "制度机制风险", "高",
         "配置计划按编制核定，报县机关事务管理局审核。"),
        ("中心领导", "主任", "leader", "车辆处置评估价格偏低，低价处置", "业务流程风险", "高",
         "处置车辆第三方评估，公开拍卖。"),
        ("调度科", "调度员", "general", "派车不按公务用车平台申请审批", "岗位职责风险", "中",
         "一律通过平台申请派车，轨迹留存。"),
        ("调度科", "调度员", "general", "用车登记里程、事由不实", "岗位职责风险", "低",
         "出车登记与定位轨迹每周核对。"),
        ("车管科", "车管员", "general", "车辆保险、维修不在定点单位办理", "外部环境风险", "中",
         "保险统一采购，维修定点并公示。"),
        ("车管科", "车管员", "general", "加油卡管理混乱，一卡多车", "思想道德风险", "中",
         "一车一卡，每月公示加油记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "aheqi_vehicle_centre_posts", "https://www.fudaoke.com/exam/2761065.html",
        "县公务用车服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 公务用车 (“三定” 定人驾驶 定点停放 定向使用, "
        "申请—审批—登记, 一车一卡加油, 保险统一采购, 维修定点): a title, 序号/科室 merged/岗位 merged per post/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def aheqi_reception_centre_groups() -> dict:
    unit = f"{PLACE}接待服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "蔺翛琦", "leader", [
                ("无公函接待或以电话记录代替公函", "一级风险", "一律凭公函接待，公函与接待清单一并存档。"),
                ("超标准安排接待住房和用餐", "一级风险", "严格执行接待标准，超标准不予报销。"),
            ]),
        ]),
        ("二、接待科", "接待科", [
            ("科长", "童澈屺", "middle", [
                ("陪餐人数超过规定人数", "二级风险", "陪餐人数按接待对象人数核定，清单如实填写。"),
            ]),
            ("接待员", "蔺琊岑", "general", [
                ("接待清单填写与实际不符，虚列费用", "二级风险", "接待清单一事一单，经办人、审核人签字。"),
                ("向接待对象赠送土特产品", "三级风险", "严禁赠送礼品、土特产品。"),
            ]),
        ]),
        ("三、财务科", "财务科", [
            ("会计", "童翾沚", "general", [
                ("接待费以现金支付或挂账消费", "二级风险", "接待费一律公务卡结算。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "aheqi_reception_centre_groups", "https://tititxt.com/n/1ddca28902c5",
        "县接待服务中心 廉政风险防控责任清单, after the source's 公务接待 正负面清单 (公函, 接待清单 一事一单, 陪餐人数, "
        "公务卡结算, 土特产品): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、中心领导``, ``二、接待科``, ``三、财务科`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def aheqi_kindergarten_selfchecks() -> dict:
    unit = f"{PLACE}机关幼儿园"
    t = _Truth(unit)
    people = [
        ("蔺岵璇", "园领导", "园长", "leader", [
            ("借“六一”等节日变相要求家长捐款", "Ⅰ级", "严禁向家长募捐，收费项目公示。", "未发现问题"),
            ("保教费、伙食费收取超出公示标准", "Ⅰ级", "收费标准公示，统一开具票据。", "已落实"),
        ]),
        ("童琨溱", "保教部", "部长", "middle", [
            ("教玩具采购指定供应商", "Ⅱ级", "采购三家比价，家长代表参与验收。", "已落实"),
            ("收受家长礼品礼金", "Ⅲ级", "签订廉洁从教承诺书。", "未发现问题"),
        ]),
        ("蔺瑒湘", "后勤部", "保健医", "general", [
            ("幼儿伙食费结余不公示、不清退", "Ⅱ级", "伙食费每月公示，学期结算清退。", "已落实"),
            ("体检费用代收代付不透明", "Ⅲ级", "代收费用凭证公开。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "园长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "aheqi_kindergarten_selfchecks", "http://uplandwellness.com/women/2011-05/27/content_4689315.htm",
        "县机关幼儿园 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 幼儿园不得利用 "
        "节假日变相要求家长捐款 (“六一” 捐款, 巧立名目乱收费, 收费公示): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 园长意见：``",
        sheets, t,
    )  # fmt: skip


def aheqi_canteen_centre_list() -> dict:
    unit = f"{PLACE}机关餐饮服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "童翯岚", "leader", "食材供应商准入不按程序，优亲厚友", "制度机制", "高风险",
         "供应商准入经主任办公会研究，名单公示。"),
        ("中心领导", "主任", "童翯岚", "leader", "食堂收支不公示，账目不清", "岗位职责", "中风险",
         "食堂收支独立核算，每季度公示。"),
        ("餐饮部", "部长", "蔺玠沨", "middle", "接待用餐未经审批，超标准安排", "业务流程", "中风险",
         "接待用餐凭审批单安排。"),
        ("餐饮部", "库管员", "童岫琰", "general", "食材出入库台账与实物不符", "业务流程", "中风险",
         "出入库每日登记，每周盘点。"),
        ("财务部", "出纳", "蔺淇翙", "general", "饭卡充值现金不入账", "思想道德", "高风险",
         "充值现金日清日结，当日存行。"),
        ("财务部", "出纳", "蔺淇翙", "general", "饭卡余额违规换购、套现", "外部环境", "低风险",
         "余额换购按规定执行，台账备查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "aheqi_canteen_centre_list", "https://www.ourseo.net/jxfw/202507/385530.html",
        "县机关餐饮服务中心 岗位廉政风险防控一览表, after the source's 政府机关食堂管理制度 (饭卡就餐, 接待用餐报备, 食材采购 "
        "正规渠道, 收支分开, 账目公示): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def aheqi_affairs_bureau_two_sheets() -> dict:
    unit = f"{PLACE}机关事务管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("童璠岳", "局长", "主持全面工作", [
            ("公务用车配备使用管理监督缺位，放任公车私用", "一级", "每季度开展公车使用专项检查，结果通报。"),
            ("办公用房调剂分配个人说了算", "一级", "调剂方案局党组会研究。"),
        ]),
        ("蔺霈珏", "副局长", "分管资产、公务用车", [
            ("公务用车违规借用、占用下属单位车辆", "二级", "借用车辆一律登记备案，定期清理。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资产管理股", "股长", "童琎瀚", "middle", "行政事业单位资产处置审核把关不严", "一级",
         "处置事项经评估、公示后报批。"),
        ("资产管理股", "股长", "童琎瀚", "middle", "公务用车超标准配置审核放任", "二级", "配置审核对照编制和标准逐项核实。"),
        ("资产管理股", "股员", "蔺澜岵", "general", "资产台账登记不实，账实不符", "三级", "资产每年清查盘点。"),
        ("综合股", "会计", "童珮翃", "general", "车辆运行维护费用报销审核不严", "二级", "报销凭证与车辆台账核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "aheqi_affairs_bureau_two_sheets", "http://www.tynfd.cn/qicjy/202511/345771.html",
        "县机关事务管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 九种公车私用情形 (上下班代步, 探亲访友, 长时间 "
        "占用公车, 未经审批擅自出车): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    aheqi_service_centre_crew_counts(),
    aheqi_archives_list(),
    aheqi_history_office_cards(),
    aheqi_vehicle_centre_posts(),
    aheqi_reception_centre_groups(),
    aheqi_kindergarten_selfchecks(),
    aheqi_canteen_centre_list(),
    aheqi_affairs_bureau_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch884-inbox"))
