"""The seven-hundred-and-nineteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's urban
management and heating bodies, 塔河县 (of 大兴安岭地区, 黑龙江省) — its 城市管理综合执法局, 供热公司,
环境卫生管理所, 市政设施维护站, 园林绿化服务中心, 数字化城市管理监督指挥中心 and 供热管理办公室 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 城市管理综合执法局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types,
  ``一级/二级/三级``;
- the 供热公司's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, no names, 高/中/低, no type column,
  a ``注：`` line;
- the 环境卫生管理所's 清单 under GROUP ROWS ``一、所领导`` …, ``岗位 | 姓名`` merged per person,
  ``高风险/中风险/低风险``;
- the 市政设施维护站's 防控卡, one sheet a person, label rows, ``★★★/★★/★`` read by a ``注：`` line;
- the 园林绿化服务中心's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 数字化城市管理监督指挥中心's 一览表 under ``附件1`` and a 填报单位 line, ``科室 | 岗位 | 姓名`` on
  every row, types, 高/中/低, a sign-off line;
- the 供热管理办公室's 一览表 in TWO SHEETS (``领导班子`` and ``股室``), ``一级/二级/三级``.

One is harder:

- ``tahe_law_enforcement_brigade_page_breaks``: the 城市管理综合执法大队's 一览表 as printed from WPS
  with a PAGE BREAK inside a holder's block: after each page a ``第N页　共3页`` line, the heading
  printed again, and the broken holder's ``中队 | 岗位 | 姓名`` cells on the new page written only
  ``（接上页）`` (merged over his continued rows), so a holder's points run on past the repeated
  heading under a cell that names nobody; the continued rows are the points of the holder above
  the break. The README's 读得懂的表 knows repeated headings, 续表 sheets and carried-down blanks,
  but not a holder cell ``（接上页）`` that carries a holder across a repeated heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited and follows its words for the unit's matters (执法, 渣土, 户外广告, 清扫保洁,
垃圾收运, 市政设施巡查维护, 供热收费, 供热标准, 案件处理). The rows are worded by us, the names
invented (the rare surnames 巫马 and 逯 with rare given names); every unit is a body of 塔河县.

Run ``python tests/published/score.py --set batch719`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: ``（接上页）`` is no holder — the rows under it are the holder's above the break; as in
batch558, a leaders' 科室 cell or group row (``局领导``, ``公司领导``, ``大队领导``, ``中心领导``, ``一、所领导``)
is those leaders' 科室; the
``第N页`` lines and the repeated headings are no points; 局/所/站/中心/公司/办公室 leaders (局长, 副局长,
所长, 站长, 主任 of a 中心 or 办公室, 经理, 副经理, 大队长) are leaders, a 科/股/中队's head middle,
the rest general; 一级/二级/三级, 高/中/低, 高风险/…, Ⅰ级/…, ★★★/… are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b719_"
PLACE = "塔河县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
GOON = "（接上页）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# pages of (中队, 岗位, 姓名, tier, [(point, level, measures)]); a holder continued from the page
# before is written again only as GOON
PAGES = [
    [
        ("大队领导", "大队长", "巫马蓁墨", "leader", [
            ("重大行政处罚案件不经集体讨论，个人决定处罚幅度", "一级", "重大案件集体讨论，法制审核后决定。"),
            ("说情打招呼干预案件办理", "二级", "干预案件办理情况如实登记报告。"),
        ]),
        ("第一中队", "中队长", "逯骘衡", "middle", [
            ("渣土运输车辆违规行为查处中以罚代管", "一级", "罚没款统一缴入国库，案件网上流转。"),
            ("户外广告设置审核中吃拿卡要", "二级", "审核标准公开，限时办结。"),
        ]),
    ],
    [
        (GOON, GOON, GOON, None, [
            ("占道经营整治中选择性执法、优亲厚友", "二级", "执法全程记录仪记录，每周抽查。"),
        ]),
        ("第二中队", "执法队员", "巫马鄞筠", "general", [
            ("暂扣物品不登记、私自处置", "一级", "暂扣物品开具清单，入库登记，按期返还。"),
            ("违法建设巡查发现问题不报告、不制止", "二级", "巡查台账每日上报，发现问题两小时内报告。"),
            ("接受管理相对人宴请和礼品", "三级", "签订廉洁执法承诺书。"),
        ]),
    ],
    [
        (GOON, GOON, GOON, None, [
            ("简易程序罚款当场收缴不开票据", "一级", "当场收缴使用省财政统一票据，当日上缴。"),
        ]),
        ("法制审核室", "法制员", "逯翂峣", "general", [
            ("案件法制审核把关不严，处罚依据适用错误", "二级", "审核意见书面记录，疑难案件集体会审。"),
        ]),
    ],
]  # fmt: skip


def tahe_law_enforcement_brigade_page_breaks() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    head = ("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    n = 0
    last = None
    for p, blocks in enumerate(PAGES, 1):
        if p > 1:
            sh.add(*head)
        else:
            sh.add(*head)
        first = len(sh.rows)
        for dept, post, who, tier, points in blocks:
            holder = last if dept == GOON else (dept, post, who, tier)
            last = holder
            for point, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, lv, measures)
                hd, hp, hw, ht = holder
                d = hd
                t.point(sh.name, d, hp, hw, ht, point, [], GRADES[lv])
        _per_person(sh, first, 1, 2, 3)
        _line(sh, f"第{p}页{GAP}共{len(PAGES)}页", 7)
    sh.add("制表：", None, "审核：", None, "大队长（签字）：", None, "2025年5月")
    return _layout(
        "tahe_law_enforcement_brigade_page_breaks", "https://www.zhetiaohe.com/ss/cf1e1ec7ed217a5be0f32f73579db751f8695977c1bd4a0d654b6922445648d34059e9d0803bcd46eb1197bdecf2d30c.html",
        "(harder) 县城市管理综合执法大队 岗位廉政风险防控一览表, after the source's 城市运行管理服务平台案件处理标准 (案件, "
        "占道经营, 渣土, 户外广告, 违法建设): printed from WPS over three pages, each page closed by a ``第N页　共3页`` "
        "line and the heading printed again on the next; 中队/岗位/姓名 merged per person; a holder broken by the page "
        "break is written on the new page only as ``（接上页）`` in 中队, 岗位 and 姓名 (merged over his continued rows); "
        "``一级/二级/三级``, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tahe_urban_management_bureau_list() -> dict:
    unit = f"{PLACE}城市管理综合执法局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "逯篪寅", "leader", "环卫作业市场化项目发包不按程序", "制度机制", "一级",
         "项目发包进入县公共资源交易平台。"),
        ("局领导", "副局长", "巫马郗岚", "leader", "行政处罚自由裁量权使用不当", "岗位职责", "一级",
         "严格执行自由裁量基准，重大案件集体讨论。"),
        ("市容管理科", "科长", "逯颀湄", "middle", "门头牌匾和户外广告审批中设租寻租", "外部环境", "二级",
         "审批条件公开，网上办理。"),
        ("市容管理科", "科长", "逯颀湄", "middle", "建筑垃圾处置核准把关不严", "业务流程", "二级",
         "核准材料双人审核，结果公示。"),
        ("财务室", "会计", "巫马邶泠", "general", "罚没款收缴不及时上缴", "业务流程", "一级",
         "罚没款按月对账，及时缴入国库。"),
        ("财务室", "会计", "巫马邶泠", "general", "公务车辆加油卡管理不严", "思想道德", "三级",
         "加油卡专人保管，一车一卡登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "tahe_urban_management_bureau_list", "http://gxq.lyg.gov.cn/lygsgxq/yqdt/content/4e284e40-a0cf-4e55-9f4d-68ffdb89e18d.html",
        "县城市管理综合执法局 岗位廉政风险防控一览表, after the source's 综合行政执法局 节后环境卫生大清理 (人员车辆调配, "
        "机械化清扫, 小广告清理): 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def tahe_heating_company_posts() -> dict:
    unit = f"{PLACE}供热公司"
    sh = _Sheet("排查表", [6, 12, 12, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "leader", "供热燃煤采购中指定供应商、收受回扣", "高", "燃煤采购公开招标，质量第三方检测。"),
        ("公司领导", "经理", "leader", "管网改造工程验收走过场", "高", "工程验收邀请住建部门参加。"),
        ("收费中心", "收费员", "general", "热费收缴截留、挪用", "高", "热费日清日结，当日存入银行。"),
        ("收费中心", "收费员", "general", "违规为用户减免、缓缴热费", "中", "减免缓缴报经理审批并公示。"),
        ("生产运行部", "热源厂厂长", "middle", "燃煤入库计量弄虚作假", "中", "入库过磅双人签字，视频留存。"),
        ("生产运行部", "换热站站长", "general", "供热温度不达标时隐瞒投诉", "低", "室温投诉登记，限时回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, point, lv, measures)
        t.point(sh.name, d, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分高、中、低三级。", 6)
    return _layout(
        "tahe_heating_company_posts", "https://um.sanwen.net/special/hjxckf.html",
        "县供热公司 岗位廉政风险点排查表 对岗不对人, after the source's 山东省供热管理办法 (供热经营, 热费收缴, 供热质量, "
        "用户投诉): 序号/部门 merged/岗位 merged/廉政风险点/风险等级 高/中/低/防控措施; no names, no type column; a "
        "``注：`` line",
        [sh], t,
    )  # fmt: skip


def tahe_sanitation_group_rows() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "逯禤桉", "leader", [
                ("环卫车辆和设备采购指定品牌", "高风险", "采购需求集体论证，公开采购。"),
                ("临时环卫工人招用中优亲厚友", "中风险", "招用条件和名单公示。"),
            ]),
        ]),
        ("二、清扫保洁队", "清扫保洁队", [
            ("队长", "巫马邝屹", "middle", [
                ("保洁作业考核打分不公", "中风险", "考核结果每月公示。"),
                ("虚报环卫工人出勤，套取工资", "高风险", "出勤人脸识别打卡，每月核对。"),
            ]),
        ]),
        ("三、垃圾收运队", "垃圾收运队", [
            ("队长", "逯郯琪", "middle", [
                ("垃圾清运车辆燃油虚报冒领", "中风险", "一车一卡，油耗按月比对。"),
                ("垃圾处理费收取不开票据", "低风险", "统一开具票据，专账核算。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "tahe_sanitation_group_rows", "http://shengjing.city/9/content_45781.html",
        "县环境卫生管理所 廉政风险防控清单, after the source's 环境卫生管理处 环境卫生整治 (街路保洁, 垃圾清运, 公厕, "
        "运输车辆): 序号/岗位/姓名/风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、清扫保洁队``, ``三、垃圾收运队``; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tahe_municipal_station_cards() -> dict:
    unit = f"{PLACE}市政设施维护站"
    t = _Truth(unit)
    cards = [
        ("站长", "巫马鄢桐", "站长", "主持全站工作", "leader", [
            ("道路维修工程化整为零、规避招标", "★★★", "维修项目按限额报局审批。"),
            ("路灯维护材料验收不严", "★★", "材料验收双人签字。"),
            ("接受施工单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("技术员", "逯翛崟", "技术员", "负责设施巡查和维修计量", "general", [
            ("维修工程量计量虚增", "★★★", "计量结果监理、站长共同签认。"),
            ("挖掘占用道路审批后不跟踪恢复", "★★", "恢复情况拍照留档，限期验收。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "tahe_municipal_station_cards", "https://maituobao.com/company/f23c3921b07fe4d2",
        "县市政设施维护站 岗位廉政风险防控卡, one sheet a person, after the source's 市政环卫绿化 服务单位 (道路及附属设施巡查、"
        "维护, 占用挖掘巡查): ``姓　名 | … | 岗　位 | …``, a merged 工作职责 line, 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tahe_greening_selfchecks() -> dict:
    unit = f"{PLACE}园林绿化服务中心"
    t = _Truth(unit)
    people = [
        ("逯鹖萱", "中心领导", "主任", "leader", [
            ("苗木采购以次充好、虚报数量", "Ⅰ级", "苗木进场验收，数量现场清点。", "已落实"),
            ("绿化养护项目发包暗箱操作", "Ⅰ级", "养护项目公开比选。", "已落实"),
        ]),
        ("巫马邗棠", "养护股", "养护员", "general", [
            ("养护作业量虚报", "Ⅱ级", "作业记录拍照留存。", "未发现问题"),
            ("冬季除雪作业机械台班虚报", "Ⅱ级", "台班记录与定位轨迹核对。", "已落实"),
            ("擅自处置修剪下的树木", "Ⅲ级", "修剪物资登记处置。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tahe_greening_selfchecks", "https://www3.lf.gov.cn/Item/137132.aspx",
        "县园林绿化服务中心 岗位廉政风险自查表, one sheet a person, after the source's 环境卫生事务中心 与园林部门协调联动 "
        "(绿化保洁, 养护车辆): a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over values, then 序号/风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def tahe_digital_center_list() -> dict:
    unit = f"{PLACE}数字化城市管理监督指挥中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "逯郦棣", "leader", "案件结案审核把关不严，未处置即结案", "岗位职责", "高",
         "结案抽查复核，每月通报。"),
        ("指挥调度科", "科长", "巫马酆琛", "middle", "案件派遣中推诿、人为延误", "业务流程", "中",
         "派遣时限系统自动监控。"),
        ("指挥调度科", "科长", "巫马酆琛", "middle", "考核数据人为修改", "制度机制", "高",
         "考核数据系统留痕，修改须审批。"),
        ("监督科", "信息采集员", "逯郗溁", "general", "采集案件虚报、重复上报套取补贴", "思想道德", "中",
         "采集案件抽查核实。"),
        ("监督科", "信息采集员", "巫马郜沚", "general", "发现问题不上报，收受商户好处", "外部环境", "低",
         "采集员定期轮换网格。"),
    ]  # fmt: skip
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "tahe_digital_center_list", "https://www.jrssaishi.com/tagdetail/2020年哈尔滨市供热标准.html",
        "县数字化城市管理监督指挥中心 岗位廉政风险防控一览表, after the source's 哈尔滨市供热标准 page (投诉受理, 问题派遣, "
        "处置时限): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, 科室/岗位/姓名 on EVERY row, "
        "廉政风险点/风险类型/风险等级 高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def tahe_heating_office_two_sheets() -> dict:
    unit = f"{PLACE}供热管理办公室"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("逯鄱岺", "主任", "主持全面工作", [
            ("供热企业经营许可审查中降低条件", "一级", "许可条件公开，集体审查。"),
            ("供热补贴资金分配不公", "一级", "补贴方案报县政府审定并公示。"),
        ]),
        ("巫马郏湉", "副主任", "分管供热监管", [
            ("供热质量监督检查走过场", "二级", "检查随机抽取换热站，结果通报。"),
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
    dept = _Sheet("股室", [6, 12, 10, 10, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("监管股", "股长", "逯邴玓", "middle", "用户供热投诉调处偏袒供热企业", "二级", "投诉调处结果回访。"),
        ("监管股", "股长", "逯邴玓", "middle", "室温检测数据弄虚作假", "二级", "检测双人进行，数据留存。"),
        ("财务股", "会计", "巫马鄘沄", "general", "供热补贴拨付审核不严", "一级", "拨付凭证三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "tahe_heating_office_two_sheets", "http://fengdujob.net/go/甘肃省2020年取暖费补贴文件.html",
        "县供热管理办公室 廉政风险防控一览表 in TWO SHEETS, after the source's 取暖费补贴文件 page (取暖费补贴, 发放标准, 供热监管): "
        "sheet 领导班子 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per "
        "person; ``一级/二级/三级``, no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tahe_law_enforcement_brigade_page_breaks(),
    tahe_urban_management_bureau_list(),
    tahe_heating_company_posts(),
    tahe_sanitation_group_rows(),
    tahe_municipal_station_cards(),
    tahe_greening_selfchecks(),
    tahe_digital_center_list(),
    tahe_heating_office_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch719-inbox"))
