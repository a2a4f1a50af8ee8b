"""The seven-hundred-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one border city's port
and fishery bodies, 抚远市 (of 佳木斯市, 黑龙江省) — its 口岸管理办公室, 渔政管理站, 水产技术推广站,
边民互市贸易区管理委员会, 渔业行政执法大队, 渔业发展服务中心 and 浓桥镇渔政检查站 and 口岸服务中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 口岸管理办公室's 一览表 in TWO SHEETS ``办领导`` / ``科室``, ``一级/二级/三级``, no type column;
- the 边民互市贸易区管理委员会's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低;
- the 水产技术推广站's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 渔业行政执法大队's 清单 under GROUP ROWS ``一、大队领导`` …, ``一级风险/二级风险/三级风险``;
- the 口岸服务中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 渔业发展服务中心's 一览表 under ``附件3`` and a 填报单位 line, holder on every row, ``高风险/中风险/低风险``;
- the 浓桥镇渔政检查站's 排查登记表, ``风险类别``, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``fuyuan_fishery_station_fishbone``: the 渔政管理站's 廉政风险鱼骨图 drawn in cells — a SPINE row
  (``━`` cells ending in the head ``廉政风险``), BONES above and below it, each bone a column whose
  far end (top row above the spine, bottom row below it) holds the holder ``post　name`` and whose
  cells toward the spine each hold one of his points closing in its level ``（高）/（中）/（低）``; the
  points stagger one column toward the head per step, as a drawn bone slants; a ``注：`` line says
  what the boxes and brackets are. No table heading, no 序号, no measures. The README's 读得懂的表
  knows mind maps exported as ``中心主题 | 分支主题 | 子主题`` columns, swim lanes, flow strips,
  coordinate maps and org-like rosters; it does not describe a fishbone diagram whose bones are
  holders with the points strung along them above and below one spine.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited, following its words (捕捞许可, 渔船证书, 油价补贴; 渔政执法能力; 互市商品落地加工;
物化补贴 鱼苗发放; 渔业发展补助资金 示范点遴选; 口岸风险 走私 查验; “亮剑” 三无船舶 绝户网; 边民互市
秩序). The rows are worded by us, the names invented (the rare surnames 呼延 and 端木 with rare given
names); every unit is a body of 抚远市.

Judgement calls, beyond those of the earlier batches:

- in the fishbone each bone is one form (one holder, no 科室), its points the cells strung along
  it, the bracketed closing 高/中/低 the level (taken off the point); the spine, the head and the
  ``注：`` line are no points;
- 主任, 副主任, 站长, 副站长, 大队长, 副大队长 of each unit are leaders; 科长 and 中队长 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低, ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b710_"
PLACE = "抚远市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SPINE = "━━━━"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# bones: (above?, post, name, tier, [(point, 高/中/低)] from the far end toward the spine)
BONES = [
    (True, "站长", "呼延翀瀛", "leader", [
        ("捕捞许可证核发不经集体研究，照顾关系户", "高"),
        ("渔船更新改造项目资金安排个人说了算", "高"),
        ("接受渔船船主宴请、土特产", "低"),
    ]),
    (True, "副站长", "端木琤淏", "leader", [
        ("渔船燃油补贴对象审核把关不严，套取补贴", "高"),
        ("渔船证书证件补发换发违规办理", "中"),
    ]),
    (True, "执法员", "呼延澂岫", "general", [
        ("禁渔期巡查发现违规捕捞不立案、以罚代刑", "高"),
        ("暂扣网具、渔获物登记处置不规范", "中"),
    ]),
    (False, "检验员", "端木珝沅", "general", [
        ("渔船检验走过场，出具不实检验报告", "高"),
        ("违规为“三无”船舶办理检验登记", "中"),
    ]),
    (False, "会计", "呼延霂琰", "general", [
        ("罚没款不及时上缴、坐收坐支", "中"),
        ("执法船艇燃油费用报销审核不严", "低"),
    ]),
]  # fmt: skip
LEVEL_MARK = "（{}）"


def fuyuan_fishery_station_fishbone() -> dict:
    unit = f"{PLACE}渔政管理站"
    above = [b for b in BONES if b[0]]
    below = [b for b in BONES if not b[0]]
    width = 4
    depth = 3
    ncols = width * max(len(above), len(below)) + 3
    sh = _Sheet("鱼骨图", [14] * ncols)
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点鱼骨图", ncols)
    _line(sh, f"{GAP * 30}2025年6月", ncols)
    grid = [[None] * ncols for _ in range(2 * depth + 3)]
    spine = depth + 1
    for c in range(ncols - 1):
        grid[spine][c] = SPINE
    grid[spine][ncols - 1] = "廉政风险"
    for k, (_up, post, who, _tier, points) in enumerate(above):
        col = k * width
        grid[0][col] = f"{post}{GAP}{who}"
        for i, (point, lv) in enumerate(points):
            grid[1 + i][col + 1 + i] = point + LEVEL_MARK.format(lv)
    for k, (_up, post, who, _tier, points) in enumerate(below):
        col = k * width + width // 2
        grid[2 * depth + 2][col] = f"{post}{GAP}{who}"
        for i, (point, lv) in enumerate(points):
            grid[2 * depth + 1 - i][col + 1 + i] = point + LEVEL_MARK.format(lv)
    for row in grid:
        sh.add(*row)
    for _up, post, who, tier, points in BONES:
        for point, lv in points:
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：鱼骨上下两端方框内为责任岗位及责任人，骨上各格为其廉政风险点，括号内为风险等级（高、中、低）。",
        ncols,
    )
    sh.add("制图：", None, None, None, "审核：", None, None, None, "站长（签字）：")
    return _layout(
        "fuyuan_fishery_station_fishbone", "https://code.fabao365.com/law_583923_3.html",
        "(harder) 市渔政管理站 廉政风险点鱼骨图, after the source's 渔业执法 provisions (捕捞许可 签发, 渔船证书证件, 油价补贴, "
        "“三无” 船舶): a title and date line, then a fishbone drawn in cells — a spine row of ``━`` ending in the head "
        "``廉政风险``, three bones above and two below, each bone's far-end cell ``post　name`` and its points strung "
        "toward the spine one a row, one column nearer the head a step, each closing in ``（高）/（中）/（低）``; no heading, "
        "no 序号, no measures; a ``注：`` line and a 制图/审核/站长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fuyuan_port_office_two_sheets() -> dict:
    unit = f"{PLACE}口岸管理办公室"
    t = _Truth(unit)
    lead = _Sheet("办领导", [6, 10, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("端木翾瀞", "主任", "主持全面工作", [
            ("口岸基础设施建设项目插手招投标", "一级", "项目一律进入市公共资源交易中心。"),
            ("口岸建设专项资金分配不经集体研究", "一级", "资金分配方案经主任办公会研究并公示。"),
        ]),
        ("呼延珩湉", "副主任", "分管通关协调、口岸运行", [
            ("为进出境企业通关协调打招呼、收受好处", "一级", "协调事项登记备案，定期向主任办公会报告。"),
            ("口岸运行保障经费审批把关不严", "二级", "经费支出经办、审核、审批三签。"),
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
    dept = _Sheet("科室", [6, 14, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("口岸协调科", "科长", "端木沨璟", "middle", "口岸查验设施设备采购指定品牌", "一级", "采购需求集体论证，三家以上比选。"),
        ("口岸协调科", "科长", "端木沨璟", "middle", "对外联络接待费用超标准列支", "二级", "接待实行公函制度，清单报销。"),
        ("口岸协调科", "科员", "呼延琮岚", "general", "口岸通行证件办理审核不严", "二级", "证件办理双人审核，台账备查。"),
        ("综合科", "会计", "端木湜岍", "general", "口岸专项资金拨付不按进度", "三级", "资金拨付凭验收单据，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "fuyuan_port_office_two_sheets", "https://www.seridoat.com/article/kou-an-feng-xian-yin-huan-fen-xi-yu-fang-kong-ce-lve-ru-he-jing-zhun-shi-bie-bing-you-xiao-ying-dui.html",
        "市口岸管理办公室 廉政风险防控一览表 in TWO SHEETS, after the source's 口岸风险隐患 分析 (走私, 查验, 人员货物交通工具): "
        "sheet 办领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 merged per person; "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def fuyuan_border_trade_zone_posts() -> dict:
    unit = f"{PLACE}边民互市贸易区管理委员会"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("委领导", "主任", "leader", "互市商品落地加工企业入驻审核优亲厚友", "制度机制风险", "高",
         "入驻企业条件公开，主任办公会集体研究。"),
        ("市场管理科", "科长", "middle", "互市交易备案审核不严，非边民冒名交易", "岗位职责风险", "高",
         "边民身份信息系统比对，交易备案抽查。"),
        ("市场管理科", "科长", "middle", "互市商品交易区摊位分配暗箱操作", "业务流程风险", "中",
         "摊位分配公开抽签，结果公示。"),
        ("市场管理科", "管理员", "general", "边民互助组收益分配监督不到位", "外部环境风险", "中",
         "收益分配台账每月公示。"),
        ("财务科", "会计", "general", "边民补贴发放虚报冒领", "业务流程风险", "高", "补贴对象公示，银行代发。"),
        ("财务科", "会计", "general", "场地租金收取不开票据", "思想道德风险", "低", "租金统一缴入账户，开具票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, measures)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "fuyuan_border_trade_zone_posts", "https://fx361.cc/page/2021/0113/14799337.shtml",
        "市边民互市贸易区管理委员会 岗位廉政风险点排查表 对岗不对人, after the source's 东兴 互市商品落地加工 (边民互助组, "
        "落地加工企业): 科室 merged, 岗位 merged per post, 风险点, 风险类型 ``…风险``, 高/中/低, 防控措施; no names",
        [sh], t,
    )  # fmt: skip


def fuyuan_aquatic_extension_selfchecks() -> dict:
    unit = f"{PLACE}水产技术推广站"
    t = _Truth(unit)
    people = [
        ("呼延岍翊", "站领导", "站长", "leader", [
            ("渔业科技示范户遴选不公开", "Ⅰ级", "示范户遴选条件公开，结果公示。", "已落实"),
            ("优质鱼苗物化补贴发放数量不实", "Ⅰ级", "发放现场示范户签字，专家组验收。", "已落实"),
        ]),
        ("端木潆昶", "技术推广科", "技术员", "general", [
            ("水产苗种检疫把关不严", "Ⅱ级", "检疫记录存档备查。", "未发现问题"),
            ("技术指导员补助考核走过场", "Ⅲ级", "补助凭入户记录考核发放。", "已落实"),
        ]),
        ("呼延琬湘", "技术推广科", "技术员", "general", [
            ("向养殖户推销指定渔药、饲料", "Ⅱ级", "签订不推销承诺书，公开监督电话。", "已落实"),
            ("病害测报数据弄虚作假", "Ⅲ级", "测报数据双人复核。", "未发现问题"),
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
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fuyuan_aquatic_extension_selfchecks", "https://fx361.cc/page/2018/0117/15107941.shtml",
        "市水产技术推广站 岗位廉政风险自查表, one sheet a person, after the source's 渔业科技示范户 物化补贴 (优质良种鱼苗, "
        "专家组验收): label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, 自查情况; no type column",
        sheets, t,
    )  # fmt: skip


def fuyuan_fishery_brigade_group_rows() -> dict:
    unit = f"{PLACE}渔业行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "端木翯岚", "leader", [
                ("重大渔业行政处罚案件不经集体讨论", "一级风险", "重大案件法制审核后集体讨论决定。"),
                ("执法装备采购化整为零规避招标", "一级风险", "装备采购按政府采购目录执行。"),
            ]),
        ]),
        ("二、黑龙江中队", "黑龙江中队", [
            ("中队长", "呼延瀚琇", "middle", [
                ("边境水域巡查选择性执法", "二级风险", "巡查全程执法记录仪记录。"),
            ]),
            ("执法队员", "端木岙澜", "general", [
                ("收受违规捕捞人员财物，放纵违法", "一级风险", "两人以上执法，案件回访。"),
                ("执法文书填写不实", "三级风险", "文书法制员审核。"),
            ]),
        ]),
        ("三、乌苏里江中队", "乌苏里江中队", [
            ("中队长", "呼延澍岑", "middle", [
                ("罚没渔具渔获物私自处置", "二级风险", "罚没物品入库登记，集中销毁。"),
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
        "fuyuan_fishery_brigade_group_rows", "http://www.tjdys.com/columns/cf386833-ee49-4bd7-ad9c-91f1dbecf5a3/202401/12/37d901b9-9819-4b2d-9ba3-f705c8181a51.html",
        "市渔业行政执法大队 廉政风险防控责任清单, after the source's 渔政执法能力建设 意见 (执法力量, 边境水域, 规范执法): "
        "GROUP ROWS ``一、大队领导``, ``二、黑龙江中队``, ``三、乌苏里江中队``, 岗位/姓名 merged per person, "
        "``一级风险/二级风险/三级风险``; no type column",
        [sh], t,
    )  # fmt: skip


def fuyuan_port_service_cards() -> dict:
    unit = f"{PLACE}口岸服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "端木珺沚", "主任", "主持中心全面工作", "leader", [
            ("口岸货运场站经营权发包不公开", "★★★", "发包方案集体研究，公开竞争。"),
            ("口岸联检楼维修项目违规指定施工方", "★★★", "维修项目按限额比选。"),
            ("接受报关代理企业宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "呼延沄翎", "副主任", "分管旅检服务、车辆调度", "leader", [
            ("口岸客运班车运力安排照顾关系", "★★", "运力安排公开，定期轮换。"),
            ("旅检通道服务收费超标准", "★★", "收费标准公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "fuyuan_port_service_cards", "https://fx361.cc/page/2020/0221/17698326.shtml",
        "市口岸服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 边民互市 秩序 考察 (互市贸易点, "
        "管理条例, 不规范贸易): ``姓　名 | … | 职　务 | …``, a merged 分管工作 line, ``★★★/★★/★``, a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def fuyuan_fishery_service_list() -> dict:
    unit = f"{PLACE}渔业发展服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "呼延翕琤", "leader", "渔业发展补助资金示范点遴选暗箱操作", "制度机制", "高风险",
         "遴选公告公开，评审专家随机抽取。"),
        ("中心领导", "主任", "呼延翕琤", "leader", "池塘标准化改造项目验收走过场", "岗位职责", "中风险",
         "验收邀请财务、纪检人员参加。"),
        ("项目科", "科长", "端木昉潆", "middle", "项目申报材料审核把关不严", "业务流程", "高风险",
         "申报材料初审、复审两级。"),
        ("项目科", "科员", "呼延岫沨", "general", "尾水治理补助资金拨付不按进度", "业务流程", "中风险",
         "拨付凭验收单，按进度支付。"),
        ("计划财务科", "会计", "端木瀞琛", "general", "项目资金专账核算不规范", "思想道德", "低风险",
         "专账核算，定期对账。"),
    ]  # fmt: skip
    for n, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "fuyuan_fishery_service_list", "http://nmdy.org/show-284778.html",
        "市渔业发展服务中心 岗位廉政风险防控一览表, after the source's 渔业发展补助资金 项目示范点 遴选 (申报, 立项评审, 尾水治理): "
        "``附件3``, a title, a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, short types, ``高风险/中风险/低风险``",
        [sh], t,
    )  # fmt: skip


def fuyuan_nongqiao_checkpoint_register() -> dict:
    unit = f"{PLACE}浓桥镇渔政检查站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "端木滢岷", "leader", [
            ("清理取缔“三无”船舶中选择性处置", "制度机制", "一级", "取缔名单公示，拆解现场录像。"),
            ("休禁渔期专项行动经费使用不规范", "业务流程", "二级", "经费专账核算，站务会审议。"),
        ]),
        ("检查组", "检查员", "呼延珹淏", "general", [
            ("查扣“绝户网”后私自返还", "思想道德", "一级", "查扣网具登记入库，集中销毁。"),
            ("对熟人渔船检查放松", "外部环境", "二级", "实行回避和交叉检查。"),
        ]),
        ("检查组", "检查员", "端木霈湉", "general", [
            ("渔获物抽检数据不实", "岗位职责", "三级", "抽检记录双人签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, measures)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "fuyuan_nongqiao_checkpoint_register", "https://wyxy.shou.edu.cn/yqzx/2020/0312/c13977a265921/page.htm",
        "镇渔政检查站 廉政风险点排查登记表, after the source's “亮剑2020” 方案 (休禁渔, “三无”船舶, “绝户网”, 边境水域): "
        "科室 merged, 岗位/姓名 merged per person, 风险类别 (short names), ``一级/二级/三级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fuyuan_fishery_station_fishbone(),
    fuyuan_port_office_two_sheets(),
    fuyuan_border_trade_zone_posts(),
    fuyuan_aquatic_extension_selfchecks(),
    fuyuan_fishery_brigade_group_rows(),
    fuyuan_port_service_cards(),
    fuyuan_fishery_service_list(),
    fuyuan_nongqiao_checkpoint_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch710-inbox"))
