"""The five-hundred-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水利 and 移民
bodies, 永靖县 (临夏州, 甘肃, on the 刘家峡 reservoir) — the 水务局, the 移民安置服务中心, the
刘家峡库区管理站, the 水土保持站 and four 镇水利站 (刘家峡镇, 盐锅峡镇, 太极镇, 岘塬镇) — each handing back
the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 水务局's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, 高/中/低;
- the 刘家峡库区管理站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 水土保持站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 刘家峡镇水利站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 盐锅峡镇水利站's 自查表, one sheet a person (tab = the person): a label row ``姓　名 | 岗　位 |
  所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 太极镇水利站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工程管理组`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 岘塬镇水利站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``yongjing_resettlement_shared_points``: the 移民安置服务中心's ``廉政风险点及责任岗位一览表`` is
  ORGANISED BY POINT, NOT BY HOLDER: one row a point, ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施 |
  责任科室 | 责任岗位及责任人``, and the last cell of a row lists EVERY post that answers for the point,
  each with its holder in brackets, parted by ``、`` (``科长（郄昶瀚）、科员（晁珈懿）``). So the table
  is many-to-many: one row names one, two or (for the leaders' points) both holders of a 科室, and
  one holder stands in several rows, alone in some and beside others in the rest (the 科长
  and 科员 share two rows, then the 科员 alone has a third). Nothing is merged; a merged
  ``注：`` line under the table says that each post listed is a 责任岗位 of the point. The shape is
  about THE TABLE'S STRUCTURE (rows are points, holders are a list inside each row). The README's
  读得懂的表 and the earlier batches know a 岗位 merged across two 科室, one post with two people
  (``经办员（巫马栖棠、梁丘若棠）``), two people in one ``姓名`` cell, a post with its holder in brackets
  (``运营管理部（殷昊然）``), a point merged down over two posts' rows, ``√`` columns under several
  posts (``责任岗位`` over post columns), a duty table naming each holder's points by 序号, holders
  by codes, ``A角 | B角``, a team (``组长：…⏎组员：…``), two holders joined by an arrow; a grep of
  the earlier batches for ``shared by several``, ``several holders``, ``many-to-many`` found no
  list whose every row is a point and whose holder cell lists several DIFFERENT POSTS each with
  its own holder in brackets, so that the same person's points must be gathered from rows that
  also name other people.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a survey of research on 水库移民
后期扶持 — 扶持方式, 资金管理, 项目扶持; a note on 资金支付风险 in 水利工程建设; cases of 水库移民后期扶持
from 生存 to 发展; an account of 水利工程 资金使用 and 项目监管; a paper on 乡镇小型水利工程管护; a
农田水利设施维护工作方案; a reading of 搬迁安置 and 后期扶持 policy; a paper on 农村移民生产安置) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names); every unit is a body
of 永靖县 (``unit_words=("永靖县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch530`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each post named in a ``责任岗位及责任人`` cell is a holder of the row's point,
  the bracket his name: a point listed for two posts is in both their forms (one form a holder:
  ``责任科室`` + the post + the name), with the row's type and level; the ``注：`` line says so;
  ``责任科室`` is the 科室 of every post of the row (each row names posts of one 科室 only);
- ``站领导`` (the 库区管理站's leaders' sheet) is the 科室 of those leaders; ``中心领导`` written in
  the 责任科室 column is the 科室 of the 中心's 主任 and 副主任; a 局's 股, a 站's 股 or 组, a 中心's
  科 are 科室; a group row ``一、站领导`` gives the 科室 ``站领导``, ``二、工程管理组`` the 科室
  ``工程管理组`` (its number left off), as batch 280, 507, 517, 521 and 525 did; the 刘家峡镇's cards
  and the 岘塬镇's list name a 科室 only where a cell does (they name none); the 盐锅峡镇 站长's
  sheet writes ``站领导`` in ``所在科室`` and that is his 科室;
- every body is a unit of its own: a 局's 副局长, a 中心's 主任 and 副主任, a 站's 站长 and 副站长 are
  leaders; 股长, 科长 and a 组's 组长 are middle; the rest (科员, 会计, 出纳, 巡查员, 监督员, 技术员,
  水管员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况``
  are no points and name no holder; the 水土保持站's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b530_"
PLACE = "永靖县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SHARED_HEAD = "责任岗位及责任人"
SHARED_NOTE = "注：一个风险点由几个岗位共同防控的，在“责任岗位及责任人”栏逐一列明，各岗位均为该风险点的责任岗位。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# who: (科室, 岗位, 姓名, tier)
STAFF = {
    "主任": ("中心领导", "主任", "眭翯峤", "leader"),
    "副主任": ("中心领导", "副主任", "蒯湛璆", "leader"),
    "扶持科长": ("后期扶持科", "科长", "郄昶瀚", "middle"),
    "扶持科员": ("后期扶持科", "科员", "晁珈懿", "general"),
    "会计": ("财务科", "会计", "璩泷玥", "general"),
    "出纳": ("财务科", "出纳", "笪霂琰", "general"),
}
# (风险点, 风险类型, 风险等级, 防控措施, 责任科室, [who …])
SHARED = [
    ("后期扶持项目立项安排", "制度机制", "高", "项目经村民代表会议申报，中心会议集体研究，结果公示。",
     "中心领导", ["主任", "副主任"]),
    ("扶持项目验收走过场", "岗位职责", "中", "验收邀请乡镇、村组和移民代表参加，验收资料存档。",
     "中心领导", ["副主任"]),
    ("扶持人口核定不实", "业务流程", "高", "人口变动逐户核对，村、镇、县三级公示。",
     "后期扶持科", ["扶持科长", "扶持科员"]),
    ("直补资金发放名册审核不严", "岗位职责", "中", "名册与户籍、死亡信息按季比对，科长复核。",
     "后期扶持科", ["扶持科长", "扶持科员"]),
    ("接受项目村宴请", "思想道德", "低", "下村两人以上，签订廉洁承诺。",
     "后期扶持科", ["扶持科员"]),
    ("扶持资金拨付不按进度", "业务流程", "高", "拨付凭验收单和进度表，会计审核、主任审签。",
     "财务科", ["会计", "出纳"]),
    ("现金和票据保管不善", "外部环境", "低", "现金日清月结，票据专柜保管。",
     "财务科", ["出纳"]),
]  # fmt: skip


def _holders(who: list[str]) -> str:
    return "、".join(f"{STAFF[w][1]}（{STAFF[w][2]}）" for w in who)


def yongjing_resettlement_shared_points() -> dict:
    unit = f"{PLACE}移民安置服务中心"
    sh = _Sheet("一览表", [6, 26, 10, 8, 34, 12, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及责任岗位一览表", 7)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "责任科室", SHARED_HEAD)
    for n, (point, typ, lv, measures, dept, who) in enumerate(SHARED, 1):
        sh.add(n, point, typ, lv, measures, dept, _holders(who))
    # the truth: one form a holder, his points in the list's order
    for key in STAFF:
        dept, post, name, tier = STAFF[key]
        for point, typ, lv, _m, d, who in SHARED:
            if key in who:
                assert d == dept
                t.point(sh.name, dept, post, name, tier, point, types_in(typ), HML[lv])
    _line(sh, SHARED_NOTE, 7)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "yongjing_resettlement_shared_points",
        "https://www.fx361.com/page/2022/0321/20637591.shtml",
        "(harder) 移民安置服务中心 廉政风险点及责任岗位一览表 ORGANISED BY POINT, after the source's survey of 水库移民后期扶持 "
        "research (扶持方式, 资金管理, 项目扶持): 序号/廉政风险点/short types/高/中/低/防控措施/责任科室/"
        "``责任岗位及责任人`` whose cells list SEVERAL holders ``科长（郄昶瀚）、科员（晁珈懿）`` parted by ``、``, one holder "
        "named under several points; a ``注：`` line; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yongjing_water_bureau_list() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("一览表", [6, 14, 8, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "禚翊澍", "leader", "水利工程进度款审批把关不严", "岗位职责风险", "高",
         "进度款凭监理签认的计量单拨付，局务会研究。"),
        ("局领导", "副局长", "禚翊澍", "leader", "工程变更随意签认", "制度机制风险", "中",
         "变更按程序报批，重大变更集体研究。"),
        ("规划建设股", "股长", "甄璠骁", "middle", "招标文件设置倾向性条件", "业务流程风险", "高",
         "招标文件法制审核，纪检全程监督。"),
        ("水资源管理股", "科员", "牟玹湉", "general", "取水许可审查接受申请人宴请", "外部环境风险", "低",
         "审查两人以上，许可结果网上公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "yongjing_water_bureau_list",
        "https://scholarmate.com/S/hER11X",
        "水务局 廉政风险防控一览表, after the source's note on 资金支付风险 in 水利工程建设: 序号/科室 merged/岗位 and "
        "责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def yongjing_reservoir_station_two_sheets() -> dict:
    unit = f"{PLACE}刘家峡库区管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("芮珺蘅", "站长", "主持全面工作", [
            ("库区环境整治项目指定施工队伍", "一级", "项目公开比选，站务会研究。"),
            ("站内经费支出一人审批", "二级", "大额支出集体研究，报水务局备案。"),
        ]),
        ("巩翚璟", "副站长", "分管库岸巡查和消落区管理", [
            ("消落区违规耕种放任不管", "二级", "巡查记录上报，违规情况通报乡镇。"),
            ("巡查船只燃油费虚报", "三级", "燃油按航程核定，按月公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("库岸巡查组", "巡查员", "阙瑨琇", "general", "发现违建不上报，收受好处", "一级",
         "巡查轨迹定位，违建台账按周核对。"),
        ("库岸巡查组", "巡查员", "阙瑨琇", "general", "巡查日志补记造假", "三级", "日志当日上传，站长抽查。"),
        ("综合办公室", "会计", "酆昀曦", "general", "库区维护费报销审核不严", "二级", "报销凭证两人复核，站长审签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "yongjing_reservoir_station_two_sheets",
        "https://www.76hw.com/news/shui-ku-yi-min-hou-qi-fu-chi-dian-xing-an-li-pou-xi-cong-sheng-cun-dao-fa-zhan"
        "-de-zhen-shi-gu-shi-yu.html",
        "库区管理站's file in two sheets, after the source's cases of 水库移民后期扶持 (库区, 安置区, 产业扶持): ``站领导`` "
        "with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def yongjing_soil_station_posts() -> dict:
    unit = f"{PLACE}水土保持站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "监督股", "治理股"
    rows = [
        (a, "监督员", "general", "生产建设项目监督检查", "对关系企业不查问题，选择性检查", "岗位职责", "Ⅱ级",
         "检查两人以上，检查记录随机抽查。"),
        (a, "监督员", "general", "水土保持补偿费核定", "少核补偿费面积，收受企业好处", "业务流程", "Ⅰ级",
         "核定结果股室复核，按季公开。"),
        (b, "股长", "middle", "淤地坝工程验收", "降低验收标准，为施工单位签认", "制度机制", "Ⅰ级",
         "验收邀请乡镇和群众代表，资料存档。"),
        (b, "技术员", "general", "梯田建设面积核查", "接受施工方宴请，虚报完成面积", "外部环境", "Ⅲ级",
         "面积用卫星图复核，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "yongjing_soil_station_posts",
        "https://www.lanyancloud.com/news/2012509639232614400",
        "水土保持站 廉政风险点排查表 对岗不对人, after the source's account of 水利工程 资金使用 and 项目监管: 股室 merged/"
        "岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yongjing_liujiaxia_town_cards() -> dict:
    unit = f"{PLACE}刘家峡镇水利站"
    t = _Truth(unit)
    cards = [
        ("站长", "黎翾骢", "leader", [
            ("小型水利工程维修项目优亲厚友", "★★★", "维修项目村级申报，镇政府会议研究，公示。"),
            ("防汛物资出入库不登记", "★★", "物资出入库两人签字，按季盘点。"),
        ]),
        ("水管员", "兀璘湛", "general", [
            ("灌溉用水计量不实，收受用水户好处", "★★", "水量按表计量，用水户签字确认。"),
            ("渠道管护工时虚报", "★", "管护工时村组核实，站长抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "包抓领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yongjing_liujiaxia_town_cards",
        "http://www.civilcn.com/shuili/lunwen/ntsl/1590140191385575.html",
        "镇水利站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 水管员), after the source's paper on 乡镇小型水利工程管护: "
        "``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/包抓领导 签字",
        sheets, t,
    )  # fmt: skip


def yongjing_yanguoxia_town_selfchecks() -> dict:
    unit = f"{PLACE}盐锅峡镇水利站"
    t = _Truth(unit)
    people = [
        ("鞠琤灏", "站长", "leader", "站领导", [
            ("农田水利设施维护资金分配不公", "高风险", "资金按受益面积测算，分配结果公示。"),
            ("水利站公务用车私用", "中风险", "用车登记，按月公开里程。"),
        ]),
        ("钭璎澈", "技术员", "general", "工程管护组", [
            ("山塘泵站维护验收签字不实", "中风险", "验收现场拍照，两人签字。"),
            ("维修材料领用不登记", "低风险", "材料领用台账，站长按月核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yongjing_yanguoxia_town_selfchecks",
        "http://www.6dgww.com/Article/15584846.html",
        "镇水利站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's 农田水利设施维护工作方案 "
        "(山塘, 泵站, 渠道管护): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; ``本人签名： | 镇分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def yongjing_taiji_town_group_rows() -> dict:
    unit = f"{PLACE}太极镇水利站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "冼翀珩", "leader", [
                ("移民村饮水工程选点照顾关系户", "一级风险", "选点经村民代表会议评议，镇政府审定。"),
                ("工程质量保证金违规退还", "三级风险", "保证金到期经验收后退还，财务审核。"),
            ]),
        ]),
        ("二、工程管理组", "工程管理组", [
            ("组长", "覃璁骞", "middle", [
                ("农村供水管网维修费结算不实", "一级风险", "结算按维修单逐项核对，站长审签。"),
                ("管护人员考勤弄虚作假", "二级风险", "考勤按月公示，镇纪委抽查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "yongjing_taiji_town_group_rows",
        "https://www.76hw.com/news/quan-guo-shui-ku-yi-min-dian-xing-an-li-pou-xi-shen-du-jie-du-ban-qian-an-zhi-yu-hou"
        "-qi-fu-chi-zheng.html",
        "镇水利站 廉政风险防控责任清单, after the source's reading of 搬迁安置 and 后期扶持 policy (安置区 基础设施, 饮水): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、工程管理组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yongjing_xianyuan_town_duty_list() -> dict:
    unit = f"{PLACE}岘塬镇水利站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副站长", "琴曜翎", "leader", "移民生产安置用地复垦", "复垦面积验收虚报", "一级",
         "复垦面积实地丈量，镇村两级公示。"),
        ("副站长", "琴曜翎", "leader", "防汛抢险物资调用", "抢险物资调用不登记，挪作他用", "二级",
         "物资调用凭指挥部指令，事后核销。"),
        ("水管员", "殳霈翎", "general", "灌溉水费收缴", "水费收缴不开票据，截留水费", "二级",
         "水费统一票据，按月缴入镇财政所。"),
        ("水管员", "殳霈翎", "general", "渠系巡查", "巡查记录不实", "三级", "巡查记录站长抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "yongjing_xianyuan_town_duty_list",
        "http://m.lw885.com/show-110-98071-1.html",
        "镇水利站 廉政风险防控责任清单, after the source's paper on 农村移民生产安置 (土地, 复垦, 就业): 序号/岗位 and 姓名 "
        "merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yongjing_resettlement_shared_points(),
    yongjing_water_bureau_list(),
    yongjing_reservoir_station_two_sheets(),
    yongjing_soil_station_posts(),
    yongjing_liujiaxia_town_cards(),
    yongjing_yanguoxia_town_selfchecks(),
    yongjing_taiji_town_group_rows(),
    yongjing_xianyuan_town_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch530-inbox"))
