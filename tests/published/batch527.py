"""The five-hundred-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 卫生 and
疾控 bodies, 城关区 — its 卫生健康局, 疾病预防控制中心, 妇幼保健计划生育服务中心, three 街道
社区卫生服务中心 and two 街道卫生院 — each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单
its staff typed:

- the 疾病预防控制中心's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 妇幼保健计划生育服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 东岗街道社区卫生服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点``
  beside a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 嘉峪关路街道社区卫生服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 青白石街道卫生院's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 伏龙坪街道卫生院's 责任清单 under GROUP ROWS ``一、院领导`` / ``二、公共卫生科`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 盐场路街道社区卫生服务中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before
  the ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``chengguan_health_bureau_roster_column``: the 卫生健康局's 一览表 ``序号 | 科室 | 岗位 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施 | 科室人员``. There is NO name column beside the post: the LAST column,
  ``科室人员``, is MERGED DOWN OVER EACH 科室'S RUN and holds that 科室's staff as labelled lines
  ``科长：鄷翯琮⏎科员：逄湉翃`` (``局长：…⏎副局长：…`` for ``局领导``). Each row's ``岗位`` cell
  (科长, 科员, 局长, 副局长) says which line of the merged roster holds it, so the holder of a row
  is the name after the label equal to its 岗位. A merged ``注：`` line under the table says so
  (``“科室人员”栏列出本科室在岗人员，各行风险点由“岗位”栏所列岗位的人员负责。``). The shape is about
  WHO HOLDS THE POST (a roster of the 科室 written in one cell of the table, keyed by post). The
  README's 读得懂的表 and the earlier batches know a roster in a GROUP ROW above the 科室's rows
  (``二、秘书科（科长：揭澄霁；科员：冉屿白）``), a roster table to the right of the list after an
  empty column (looked up by the 科室 and 岗位 columns), a staff block above the table, a code
  legend, a team cell (``组长：…⏎组员：…``: the whole team holds the rows), two holders in one cell
  (``A岗:周敏⏎B岗:高翔``: both hold the row), holders taking a post in turn by months in one cell,
  and a holder column merged per person. None is a column OF the table, merged over a 科室's run,
  whose cell names SEVERAL people each by post, where a row's holder is only the one whose label
  is the row's 岗位; read as a team cell, every row gets all the names.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an account of the 卫生健康委's
综合监督 — 医疗机构, 传染病防治, 职业卫生 监督, 行政执法; a 国家疾控局 notice on 传染病疫情预警 —
监测, 风险提示, 通报; the founding of a 区妇幼保健计划生育服务中心 — 孕产保健部, 儿童保健部, 计划生育服务部,
药具发放; a book's section on 疫苗 运输、保存和使用 — 冷链, 储存, 接种; exam items on 预防接种 —
查验接种证, 二类疫苗 收费; an answer on 医保基金 监管 罚金 — 违规收费, 套取基金; a report of a 区's
基层卫生计生机构整合 — 乡 卫生院 加挂 妇幼保健计划生育服务站, 村卫生室; a 区志 on 计划生育社区服务 —
服务站, 服务室, 优质服务) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names); every unit is a body of 城关区 (``unit_words=("城关区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch527`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's holder is the name in the ``科室人员`` cell after the label equal to
  the row's ``岗位`` (one person a label); the others named in the cell are not that row's holders;
  the ``科室`` and ``岗位`` are the row's own cells;
- ``局领导``, ``中心领导`` and ``院领导`` are the 科室 of those leaders; a 局's 科, a 中心's or a
  卫生院's 科 or 室 are 科室; a group row ``一、院领导`` gives the 科室 ``院领导``, ``二、公共卫生科``
  the 科室 ``公共卫生科`` (its number left off), as batch 280 and 525 did; the 嘉峪关路 cards and the
  盐场路 list name a 科室 only where a cell does (they name none);
- every body is a unit of its own: a 局's 局长 and 副局长, a 中心's 主任 and 副主任, a 卫生院's 院长
  and 副院长 are leaders; 科长 and a 科's or 室's 主任 (written under its 科室) are middle; the rest
  (科员, 医师, 护士, 药剂员, 收费员, 出纳, 公卫医生 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况``
  are no points and name no holder; the 东岗 list names no person: its forms are posts
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

PREFIX = "b527_"
PLACE = "城关区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
NOTE = "注：“科室人员”栏列出本科室在岗人员，各行风险点由“岗位”栏所列岗位的人员负责。"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, [(岗位, 姓名, tier)], [(岗位, 风险点, 风险类型, 风险等级, 防控措施)])
ROSTERED = [
    ("局领导", [("局长", "鄷翯琮", "leader"), ("副局长", "逄湉翃", "leader")], [
        ("局长", "医疗卫生项目安排个人说了算", "制度机制", "高", "项目安排经局党组会议集体研究。"),
        ("副局长", "为关系医疗机构检查说情", "思想道德", "中", "说情打招呼登记报告。"),
        ("副局长", "卫生应急物资采购指定供应商", "业务流程", "高", "应急采购事后补办手续并公示。"),
    ]),
    ("医政医管科", [("科长", "厍沨珺", "middle"), ("科员", "缑玥潆", "general")], [
        ("科长", "医疗机构执业登记降低条件", "岗位职责", "高", "登记条件公开，现场核查两人以上。"),
        ("科员", "医师执业注册资料审核不严", "岗位职责", "中", "资料初审、复核两级审签。"),
        ("科员", "医疗纠纷调处偏袒一方", "外部环境", "低", "调处过程记录，当事人签字。"),
    ]),
    ("综合监督科", [("科长", "蒯瀞璘", "middle"), ("科员", "訾珵滢", "general")], [
        ("科长", "行政处罚自由裁量不当", "制度机制", "高", "处罚案件集体讨论，法制审核。"),
        ("科员", "监督检查接受被检单位宴请", "外部环境", "中", "检查两人以上，执法记录仪全程记录。"),
    ]),
]  # fmt: skip


def chengguan_health_bureau_roster_column() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 12, 8, 34, 10, 8, 32, 18])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施", "科室人员")
    n = 0
    for dept, staff, points in ROSTERED:
        who = {post: (name, tier) for post, name, tier in staff}
        roster = "\n".join(f"{post}：{name}" for post, name, _tier in staff)
        first = len(sh.rows)
        for post, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures, roster)
            name, tier = who[post]
            t.point(sh.name, dept, post, name, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2])),
                                (7, lambda row: row[1])])  # fmt: skip
    _line(sh, NOTE, 8)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年8月", None)
    return _layout(
        "chengguan_health_bureau_roster_column",
        "https://www.zhanghuanan.com/xiangqing/105451687331.html",
        "(harder) 卫生健康局 岗位廉政风险防控一览表, after the source's account of the 卫生健康委's 综合监督: 序号/科室 "
        "merged/岗位 merged/廉政风险点/short types/高/中/低/防控措施, then a ``科室人员`` column MERGED OVER EACH 科室 "
        "holding the 科室's staff as labelled lines ``科长：…⏎科员：…``, a row's holder being the name after its 岗位; "
        "a ``注：`` line; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chengguan_cdc_list() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("一览表", [6, 14, 8, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("免疫规划科", "科长", "郄璟翀", "middle", "疫苗出入库数量不实", "岗位职责风险", "高",
         "疫苗出入库双人核对，系统追溯。"),
        ("免疫规划科", "科长", "郄璟翀", "middle", "冷链设备采购倾向特定厂家", "业务流程风险", "中",
         "采购参数论证，三家以上比选。"),
        ("检验科", "检验员", "闾湜珞", "general", "检测报告数据篡改", "思想道德风险", "高",
         "检测报告审核、签发分离。"),
        ("传染病防制科", "科员", "亢琇翎", "general", "疫情信息迟报瞒报", "制度机制风险", "低",
         "疫情网络直报，科长每日审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "chengguan_cdc_list",
        "http://www.gdmsci.cn/post/yD4sP8bAFJml.html",
        "疾病预防控制中心 廉政风险防控一览表, after the source's 传染病疫情预警 notice: 序号/科室 merged/岗位 and 责任人 "
        "merged per person/风险点/``…风险`` types/高/中/低/防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def chengguan_mch_center_two_sheets() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("晏翾湄", "主任", "主持全面工作", [
            ("医疗设备购置个人决定", "一级", "设备购置论证后中心会议研究。"),
            ("绩效工资分配向个人倾斜", "二级", "分配方案职工代表审议并公示。"),
        ]),
        ("佘澂琳", "副主任", "分管计划生育服务部", [
            ("免费避孕药具发放不登记", "二级", "药具发放登记签收，按月盘点。"),
            ("孕前优生检查补助虚报人数", "三级", "检查名单与系统数据比对。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("儿童保健部", "医师", "濮珩澍", "general", "儿童体检结果出具不实", "二级", "体检报告复核签字。"),
        ("儿童保健部", "医师", "濮珩澍", "general", "向家长推荐自费项目", "三级", "自费项目告知并签字同意。"),
        ("收费室", "收费员", "郗湲珂", "general", "收费不开票，截留现金", "一级", "收费系统日结，票款核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "chengguan_mch_center_two_sheets",
        "https://600zi.400zi.cn/e/4/619/Nm6z9zp8mx.html",
        "妇幼保健计划生育服务中心's file in two sheets, after the source's founding of such a 中心 (保健部, 计划生育服务部, "
        "药具发放): ``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def chengguan_donggang_center_posts() -> dict:
    unit = f"{PLACE}东岗街道社区卫生服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "预防接种门诊", "药房"
    rows = [
        (a, "接种护士", "general", "二类疫苗接种", "超标准收取接种服务费", "岗位职责", "Ⅱ级",
         "收费标准公示，电子收费。"),
        (a, "接种护士", "general", "疫苗冷链管理", "冷链温度记录补记造假", "业务流程", "Ⅰ级",
         "温度自动监测，每日两次查看。"),
        (b, "药剂员", "general", "药品验收入库", "接受配送企业好处，验收走过场", "外部环境", "Ⅰ级",
         "验收双人签字，随货单据存档。"),
        (b, "药剂员", "general", "过期药品处置", "过期药品私自处理不登记", "制度机制", "Ⅲ级",
         "过期药品登记，集中销毁。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年7月", None)
    return _layout(
        "chengguan_donggang_center_posts",
        "https://m.iread.qq.com/read/1000916258/21",
        "社区卫生服务中心 廉政风险点排查表 对岗不对人, after the source's section on 疫苗 运输、保存和使用: 科室 merged/"
        "岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def chengguan_jiayuguan_center_cards() -> dict:
    unit = f"{PLACE}嘉峪关路街道社区卫生服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "雍璨泓", "leader", [
            ("家庭医生签约经费分配不公", "★★★", "分配方案中心会议研究，公示。"),
            ("基本公共卫生服务数据造假", "★★", "数据随机电话回访核实。"),
        ]),
        ("公卫医生", "宓翙湘", "general", [
            ("健康档案虚建", "★★", "档案抽查，居民签字确认。"),
            ("查验接种证时收受好处补证", "★", "补证登记，科长审核。"),
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
        sh.add("持卡人（签字）：", None, "监督人（签字）：", None)
        sheets.append(sh)
    return _layout(
        "chengguan_jiayuguan_center_cards",
        "https://www.yxkao.com/mobile/shiti/66C978299F54F780.html",
        "社区卫生服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 公卫医生), after the source's exam items on "
        "预防接种: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/监督人 签字",
        sheets, t,
    )  # fmt: skip


def chengguan_qingbaishi_selfchecks() -> dict:
    unit = f"{PLACE}青白石街道卫生院"
    t = _Truth(unit)
    people = [
        ("羿湛琪", "院长", "leader", "院领导", [
            ("医保基金违规结算", "高风险", "医保结算每月自查，违规费用退回。"),
            ("基建维修项目直接发包", "中风险", "维修项目三家比选，院务会研究。"),
        ]),
        ("笪沄璞", "收费员", "general", "财务室", [
            ("挂床住院虚记费用", "中风险", "住院费用清单患者签字。"),
            ("退费不经审批", "低风险", "退费经科室和财务两级审批。"),
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
        sh.add("本人签名：", None, "院党支部意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chengguan_qingbaishi_selfchecks",
        "https://www.zhetiaohe.com/ss/8d26c61b3d1c7ddd65286305b201a63993e331a1b97aa003c3b632314c99f4eec5de57fc1d3be379.html",
        "街道卫生院 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's answer on 医保基金监管 "
        "罚金: a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; ``本人签名： | 院党支部意见：``",
        sheets, t,
    )  # fmt: skip


def chengguan_fulongping_hospital_group_rows() -> dict:
    unit = f"{PLACE}伏龙坪街道卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("副院长", "郈翊澂", "leader", [
                ("村卫生室药品配送指定企业", "一级风险", "配送企业按集中采购目录确定。"),
                ("乡村医生考核打人情分", "三级风险", "考核标准公开，结果公示。"),
            ]),
        ]),
        ("二、公共卫生科", "公共卫生科", [
            ("科长", "郜瀚珣", "middle", [
                ("公共卫生服务补助资金拨付不实", "一级风险", "补助按考核结果拨付，公示。"),
                ("妇幼保健计划生育服务站台账不实", "二级风险", "台账按季核对，院长抽查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "chengguan_fulongping_hospital_group_rows",
        "https://m.yaozui.com/p/432608",
        "街道卫生院 廉政风险防控责任清单, after the source's report of 基层卫生计生机构整合 (卫生院 加挂 服务站, 村卫生室): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、院领导``, "
        "``二、公共卫生科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def chengguan_yanchanglu_center_duty_list() -> dict:
    unit = f"{PLACE}盐场路街道社区卫生服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("副主任", "眭湉瑆", "leader", "计划生育服务室管理", "为关系人员违规出具生育证明材料", "一级",
         "证明材料两人审核，登记存档。"),
        ("副主任", "眭湉瑆", "leader", "医疗废物处置", "医疗废物处置单位选择暗箱操作", "二级",
         "处置单位公开比选。"),
        ("出纳", "钭珺翀", "general", "现金管理", "公款私存，挪用现金", "二级", "现金日清月结，主任不定期盘点。"),
        ("出纳", "钭珺翀", "general", "票据管理", "收费票据遗失不报", "三级", "票据领用核销登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年7月", None, None)
    return _layout(
        "chengguan_yanchanglu_center_duty_list",
        "https://shandong-chorography.org/database/c14/section/2/article/681/",
        "社区卫生服务中心 廉政风险防控责任清单, after the source's 区志 on 计划生育社区服务: 序号/岗位 and 姓名 merged per "
        "person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chengguan_health_bureau_roster_column(),
    chengguan_cdc_list(),
    chengguan_mch_center_two_sheets(),
    chengguan_donggang_center_posts(),
    chengguan_jiayuguan_center_cards(),
    chengguan_qingbaishi_selfchecks(),
    chengguan_fulongping_hospital_group_rows(),
    chengguan_yanchanglu_center_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch527-inbox"))
