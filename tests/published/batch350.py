"""The three-hundred-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业农村 and
水务 bodies, 蒲江县 (a county of 成都, its staff Han) — its 农业农村局 and the 农业技术推广站,
农业综合行政执法大队 and 动物疫病预防控制中心 under it, its 水务局 and the 水利工程管理站 and 长滩灌区管理站
under it, and its 西来镇人民政府 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表
its staff typed in WPS or Excel:

- the 农业农村局's 一览表 under ``附件1``: ``股室`` merged (局领导, 农田建设股, 计划财务股, 种植业股),
  ``岗位`` and ``姓名`` merged per person, the ``廉政风险点``, ``…风险`` types, 高/中/低, the measures and
  a LAST ``责任领导`` column naming the 分管 leader on every row; a 填表人/审核人/date line;
- the 水务局's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 填表人/审核人 line under each;
- the 西来镇人民政府's 责任清单 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``站办所`` merged (镇领导, 农业农村服务中心, 党政办公室, 财政所), ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a
  填表人/审核人/党委书记（签字） line;
- the 农业技术推广站's 自查表, one sheet a person (tabs named by the post: 站长, 股长, 农艺师): the pairs
  ``姓　名 | … | 职　务 | … | 填表时间 | …`` and ``所在股室 | …`` above ``序号 | 风险点 | 风险类别 |
  风险等级 | 防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | 站长意见：``;
- the 农业综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 一中队中队长, 执法队员):
  ``持卡人 | … | 职　务 | …`` and ``所在中队 | … | 执法证号 | …`` above ``序号 | 执法环节 | 廉政风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： |
  大队长（签字）：``;
- the 水利工程管理站's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line; no names; an
  编制/审核/date line;
- the 动物疫病预防控制中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、防疫股``, ``三、检测室``,
  ``四、办公室`` merged across (no 股室 column): ``岗位 | 姓名`` merged per person, short types,
  ``一级风险/二级风险/三级风险``, a ``注：`` line and a 制表/审核/date line.

One is harder:

- ``pujiang_irrigation_station_card_stack``: the 长滩灌区管理站's 岗位廉政风险防控卡（汇总）, the
  staff's cards STACKED INTO ONE TABLE UNDER ONE HEADING — a title, the heading ``序号 | 工作环节 |
  廉政风险点 | 风险类别 | 风险等级 | 防控措施`` written ONCE, then for each card a HOLDER ROW written in
  LABEL/VALUE PAIRS across the table's own six columns, ``持卡人 | 璩湙岚 | 所在股室 | 站领导 | 职　务 |
  站长`` (six plain cells, no merge, under the heading's 序号 … 防控措施), followed by that holder's
  risk rows numbered from 1 again (``工作环节`` merged down within a card); six cards, 高/中/低,
  ``…风险`` types, a 制表/审核/date line. No column of the table names a 科室, a post or a person:
  each holder row gives the 科室, post and holder of the rows below it, down to the next holder
  row. The README's 读得懂的表 knows such pairs ABOVE A HEADING (``姓名 | 张三 | 职务 | 科员`` over a
  card's own heading, and a label row over a row of values), several cards on one sheet EACH WITH
  ITS OWN HEADING (one post a small table; a sheet of two by three cards), group rows of ONE CELL
  inside a table (``一、办公室``, ``一、出纳岗(责任人:李明)``, ``党政办公室　主任：…``, ``二、副局长　邴翊淙
  （分管…）``), 科室/岗位/姓名 written in the table's own columns on the middle row of each group,
  signature rows under each post's rows (``岗位责任人（签字）：…``) and a ``持卡人 | 柯雨萌`` line under a
  card; it does not describe a holder row of label/value pairs lying INSIDE one table, under its one
  heading and in its columns, that opens each holder's run of rows (the numbering starting again).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (高标准农田建设 工程质量“回头看” —
招标投标, 资金保障, 部门协同, 建后管护; a 县 水政水资源管理 — 取水许可, 水资源费, 地下水开采, 打井; an
乡's 抗旱信息简报 — 高标准农田, 漫灌改滴灌, 打井, 送水, 轮灌, 受灾底数; a 县农业局's 乡镇农技推广站 星级服务
创建方案 — 示范基地, 技术指导, 考评; a 畜牧投入品 专项治理 — 兽药经营, 饲料, 疫苗, 台账; how a
水利工程管理站 runs — 巡查维护, 水量调度, 防汛抗旱, 水质监测, 信息化运维; a 市 随机抽查事项清单 — 动物饲养场
防疫, 饲料, 兽药; a 灌区 终端水价 — 斗口, 末级渠系, 水费计收, 搭车收费) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, three characters each); every unit is a body of 蒲江县,
named with the county's name.

Run ``python tests/published/score.py --set batch350`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder row (``持卡人 | … | 所在股室 | … | 职　务 | …``) is no point: it gives the
  科室 (``所在股室``), the post (``职　务``) and the holder (``持卡人``) of every risk row below it down to
  the next holder row, one form a card; ``站领导`` is the 科室 of the 站长 and 副站长; the numbering
  starting again is no new table; ``工作环节`` is no point and names no post;
- ``局领导`` (a 股室 cell), ``领导班子`` (the 水务局's sheet whose title names it), ``镇领导``, ``站领导``,
  ``大队领导`` (the 大队长's card names no 中队: his 科室) and the group row ``一、中心领导`` are the 科室 of
  those leaders; a 局's 股, 办公室 and 水政监察大队, a 镇's 站办所 (农业农村服务中心, 党政办公室, 财政所), a
  站's 股, a 大队's 中队 and a 中心's 股, 检测室 and 办公室 are 科室; a group row ``二、防疫股`` gives the
  科室 ``防疫股`` (its number left off);
- every 站, 大队 and 中心 here is a unit of its own: 局长, 副局长, the 副镇长, 站长, 副站长, 大队长 and a
  中心's 主任 are leaders; 股长, the 水政监察大队's 大队长 (under the 局), 中队长, the 农业农村服务中心's 主任
  and the 党政办公室 主任 middle; the rest (科员, 会计, 出纳, 农业专干, 农艺师, 执法队员, 调度员, 信息员,
  防疫员, 检测员, 水费收缴员, 配水员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作``, ``执法环节``, ``工作环节``,
  ``执法证号`` and ``自查情况`` are no points and name no holder; the 农业农村局's LAST ``责任领导`` column
  names a supervisor (the holder is ``姓名``); the 水利工程管理站's list names no person: its forms are
  posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the
  cards' note), bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 站's note) and ``一级风险/二级风险/三级风险`` are 1/2/3.

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

PREFIX = "b350_"
PLACE = "蒲江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

STACK_HEAD = ("序号", "工作环节", "廉政风险点", "风险类别", "风险等级", "防控措施")
# the labels of the holder's row that opens each card, in the table's own columns
STACK_LABELS = ("持卡人", "所在股室", f"职{GAP}务")
# (持卡人, 所在股室, 职务, tier, [(工作环节, 廉政风险点, 风险类别, 风险等级, 防控措施)])
IRRIGATION = [
    ("璩湙岚", "站领导", "站长", "leader", [
        ("工程项目", "渠系配套改造项目施工单位选定不经站务会研究", "制度机制风险", "高",
         "项目按规定公开招标，站务会研究并形成纪要。"),
        ("资金管理", "灌区运行维护经费大额支出个人审批", "岗位职责风险", "高", "大额支出集体研究，按月公开。"),
    ]),
    ("睢琇棠", "站领导", "副站长", "leader", [
        ("用水调度", "春灌配水计划向关系户倾斜", "外部环境风险", "中", "配水计划经站务会审定，在受益村公示。"),
        ("工程验收", "斗渠维修工程验收降低标准", "业务流程风险", "中", "验收邀请受益村代表参加，资料存档。"),
    ]),
    ("亓澂昕", "工程管理股", "股长", "middle", [
        ("工程巡查", "渠道巡查发现的险情隐瞒不报", "岗位职责风险", "中", "巡查记录按日上传，站长抽查。"),
        ("维修材料", "维修材料进场数量与签收数量不符", "业务流程风险", "高", "材料进场双人验收，与结算逐项核对。"),
        ("工程计量", "维修工程量计量中多计多签", "思想道德风险", "中", "计量现场拍照，审计复核。"),
    ]),
    ("蔺霁樾", "用水管理股", "水费收缴员", "general", [
        ("水费计收", "按亩计收水费时搭车收费、乱加价", "思想道德风险", "高", "执行终端水价，收费标准张榜公布。"),
        ("水费计收", "收取的水费不及时入账，坐收坐支", "岗位职责风险", "中", "水费当日交存，开具统一票据。"),
    ]),
    ("茆芃棣", "用水管理股", "配水员", "general", [
        ("斗口配水", "斗口放水时间、水量记录不实", "业务流程风险", "中", "量水设施读数双人记录，按轮次公示。"),
    ]),
    ("贲瑄沂", "办公室", "会计", "general", [
        ("财务报销", "维修经费报销票据审核不严", "制度机制风险", "低", "报销实行经办、审核、审批三签。"),
        ("资产管理", "闸门启闭设备等资产出借不登记", "岗位职责风险", "低", "资产出借登记，每年盘点。"),
    ]),
]  # fmt: skip


def pujiang_irrigation_station_card_stack() -> dict:
    unit = f"{PLACE}长滩灌区管理站"
    t = _Truth(unit)
    sh = _Sheet("防控卡", [6, 12, 38, 14, 9, 34])
    _line(sh, f"{unit}岗位廉政风险防控卡（汇总）", len(STACK_HEAD))
    sh.add(*STACK_HEAD)
    for who, dept, post, tier, points in IRRIGATION:
        labels = dict(zip(STACK_LABELS, (who, dept, post), strict=True))
        sh.add(*(c for pair in labels.items() for c in pair))
        first = len(sh.rows)
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "pujiang_irrigation_station_card_stack", "https://fx361.cc/page/2013/1108/20938774.shtml",
        "(harder) 县灌区管理站 岗位廉政风险防控卡 汇总 into ONE table under ONE heading, after the source's 灌区 终端水价 (斗口, "
        "末级渠系, 水费计收, 搭车收费): a title, ``序号 | 工作环节 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施`` once, then each card "
        "opened by a HOLDER ROW written in label/value pairs across the table's own six columns ``持卡人 | … | 所在股室 | … | "
        "职　务 | …`` (no merge, no repeated heading), its rows numbered from 1 again under it; ``…风险`` types, 高/中/低; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pujiang_agriculture_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 36, 13, 8, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", "责任领导"
    )
    rows = [
        ("局领导", "局长", "庹汭晗", "leader", "庹汭晗", [
            ("高标准农田建设项目招标中打招呼、指定施工单位", "外部环境风险", "高", "项目进入公共资源交易平台，插手干预登记报告。"),
            ("涉农资金分配不经党组集体研究", "制度机制风险", "高", "资金分配方案党组会研究，结果公开。"),
        ]),
        ("局领导", "副局长", "谌琬沺", "leader", "庹汭晗", [
            ("农田建设项目竣工验收把关不严", "岗位职责风险", "中", "验收组成员随机抽取，验收结果公示。"),
        ]),
        ("农田建设股", "股长", "衡岫霏", "middle", "谌琬沺", [
            ("工程质量“回头看”排查走过场，问题隐瞒不报", "岗位职责风险", "高", "排查台账逐项销号，纪检组抽查。"),
            ("项目设计变更审核不严", "业务流程风险", "中", "设计变更会审，重大变更集体研究。"),
        ]),
        ("农田建设股", "科员", "檀沄瑾", "general", "谌琬沺", [
            ("建后管护经费拨付资料审核不实", "思想道德风险", "中", "拨付资料双人审核，管护情况实地核查。"),
        ]),
        ("计划财务股", "会计", "仝晞沅", "general", "庹汭晗", [
            ("项目资金支付不按合同进度审核", "业务流程风险", "中", "支付前核对合同、进度和监理意见。"),
            ("公务接待费用报销审核不严", "制度机制风险", "低", "接待清单与票据逐项核对，按月公示。"),
        ]),
        ("种植业股", "股长", "禚芊澈", "middle", "谌琬沺", [
            ("良种补贴对象核查不实，优亲厚友", "外部环境风险", "中", "补贴对象村组公示，乡镇复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "pujiang_agriculture_bureau_list", "http://ccnjjl.jlnongji.cn/info.asp?id=268717",
        "县农业农村局 岗位廉政风险防控一览表, after the source's 高标准农田建设 工程质量“回头看” (招标投标, 资金保障, 建后管护): "
        "``附件1``, a title, 序号/股室 merged (局领导, 农田建设股, 计划财务股, 种植业股)/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施/a LAST ``责任领导`` column naming the 分管 leader on every row; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def pujiang_water_bureau_two_sheets() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 9, 24, 36, 9, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("靳湲旻", "局长", "主持全面工作", [
            ("水利工程建设项目发包中插手干预", "一级", "工程项目全部进场交易，插手干预事项登记报告。"),
            ("重大资金安排不经党组集体研究", "一级", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("胥璠汐", "副局长", "分管水资源股、水政监察大队", [
            ("取水许可审批中为不符合条件的单位开绿灯", "一级", "审批条件公开，初审、复审分离。"),
            ("水事违法案件查处中说情打招呼", "二级", "案件集体审理，处理结果公开。"),
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
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("股室", [6, 12, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("水资源股", "股长", "鄢岑澋", "middle", [
            ("水资源费核定中少核少征", "一级", "核定结果双人复核，按季公示。"),
            ("机井取水计量设施验收不严", "二级", "验收现场拍照留存，资料存档。"),
        ]),
        ("水政监察大队", "大队长", "沃琳澔", "middle", [
            ("对非法打井、私自取水降格处理", "一级", "处罚裁量按基准执行，法制审核。"),
        ]),
        ("农村水利股", "科员", "巫涴琪", "general", [
            ("农村饮水工程维修项目验收不实", "二级", "验收邀请村民代表参加，结果公示。"),
            ("管护经费发放不按考核结果", "三级", "管护考核结果与经费挂钩，名单公示。"),
        ]),
        ("办公室", "出纳", "蒯珝湄", "general", [
            ("专项资金支付不凭审批单办理", "三级", "网银U盾分人保管，支付凭审批单办理。"),
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
    dept.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "pujiang_water_bureau_two_sheets", "http://www.handmsg.com/page/2021/1206/12521325.shtml",
        "县水务局 廉政风险防控表 in two sheets, after the source's 县 水政水资源管理 (取水许可, 水资源费, 地下水开采, 打井): "
        "``领导班子`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a "
        "填表人/审核人/date line) and ``股室`` (a title, 序号/股室 merged/岗位 and 姓名 merged per person/…; the same line); no "
        "type column",
        [lead, dept], t,
    )  # fmt: skip


def pujiang_xilai_town_duties() -> dict:
    unit = f"{PLACE}西来镇人民政府"
    sh = _Sheet("责任清单", [6, 14, 9, 9, 18, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "站办所", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("镇领导", "副镇长", "郗璐岑", "leader", [
            ("抗旱打井项目", "抗旱打井项目选址、施工队确定个人说了算", "Ⅰ级", "项目经镇党委会研究，施工队比选确定。"),
            ("高标准农田项目协调", "项目协调中为亲属承揽工程", "Ⅰ级", "落实回避制度，承揽情况登记备查。"),
        ]),
        ("农业农村服务中心", "主任", "甄漪旸", "middle", [
            ("抗旱救灾物资发放", "抗旱送水、救灾物资发放不登记", "Ⅱ级", "物资发放逐户登记签字，村组公示。"),
            ("受灾面积核查", "农作物受灾面积核查虚报", "Ⅰ级", "核查两人以上，结果在村公示。"),
        ]),
        ("农业农村服务中心", "农业专干", "闵琤濡", "general", [
            ("惠农补贴面积统计", "补贴面积统计弄虚作假", "Ⅱ级", "面积数据与确权数据比对，村组公示。"),
            ("节水灌溉设施管护", "管护人员补助不按考核发放", "Ⅲ级", "补助与巡查考核挂钩，名单公示。"),
        ]),
        ("党政办公室", "主任", "逯珮岍", "middle", [
            ("公务接待", "超标准接待，虚列接待费用", "Ⅲ级", "先审批后接待，接待清单按月公示。"),
        ]),
        ("财政所", "出纳", "龚峤琰", "general", [
            ("项目资金拨付", "抗旱项目资金拨付不凭审批手续", "Ⅱ级", "资金拨付凭审批单，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "党委书记（签字）：", None, None)
    return _layout(
        "pujiang_xilai_town_duties", "https://haowendang.cn/view-s211p0c143246.html",
        "镇人民政府 廉政风险防控责任清单, after the source's 抗旱信息简报 (高标准农田, 漫灌改滴灌, 打井, 送水, 轮灌, 受灾底数): "
        "``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/``站办所`` merged (镇领导, "
        "农业农村服务中心, 党政办公室, 财政所)/岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no type column; a 填表人/审核人/党委书记（签字） line",
        [sh], t,
    )  # fmt: skip


def pujiang_agro_tech_station_selfchecks() -> dict:
    unit = f"{PLACE}农业技术推广站"
    t = _Truth(unit)
    people = [
        ("覃湉瑆", "站领导", "站长", "leader", [
            ("农技推广补助项目实施主体确定不公开", "制度机制", "高风险", "实施主体公开遴选，结果公示。", "已落实"),
            ("示范基地物资采购指定供应商", "外部环境", "高风险", "物资按规定政府采购，验收双人签字。", "已落实"),
            ("星级服务创建考评打人情分", "思想道德", "中风险", "考评细则公开，考评结果公示。", "未发现问题"),
        ]),
        ("晏沚瑷", "农技推广股", "股长", "middle", [
            ("技术指导员补助发放不按服务记录", "岗位职责", "中风险", "补助与服务记录、农户评价挂钩。", "正在整改"),
            ("新品种试验示范数据造假", "业务流程", "中风险", "试验数据现场采集，专家复核。", "已落实"),
        ]),
        ("钭琮沄", "土肥股", "农艺师", "general", [
            ("测土配方施肥取样不到田", "岗位职责", "低风险", "取样定位拍照，抽样复核。", "已落实"),
            ("向农户推销指定肥料收取好处", "思想道德", "中风险", "严禁推销农资，设立举报电话。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(post, [6, 36, 10, 10, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, "填表时间", "2025年9月")
        r = sh.add("所在股室", dept, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pujiang_agro_tech_station_selfchecks",
        "https://xiangyin.gov.cn/31185/32018/32020/32025/32269/content_994766.html",
        "县农业技术推广站 岗位廉政风险自查表, one sheet a person (tabs named by the post), after the source's 乡镇农技推广站 "
        "星级服务创建 (示范基地, 技术指导员, 考评): a title, the pairs ``姓　名 | … | 职　务 | … | 填表时间 | …`` and ``所在股室 | …`` "
        "(the value merged), then 序号/风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def pujiang_agri_enforcement_cards() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "邴瑾潇", "大队长", "大队领导", "leader", "NY-01", [
            ("执法检查", "兽药、饲料专项检查对象确定不随机", "★★★", "检查对象“双随机”抽取，过程留痕。"),
            ("案件审理", "行政处罚案件不经集体审理", "★★★", "重大案件集体审理，法制审核。"),
            ("案件办理", "为违法经营者说情打招呼", "★★", "说情打招呼事项登记报告。"),
        ]),
        ("一中队中队长", "毋岫澄", "中队长", "一中队", "middle", "NY-05", [
            ("抽样送检", "抽检前透露检查信息，调换样品", "★★★", "抽样双人封样，样品编码送检。"),
            ("现场检查", "对兽药经营企业违规行为不予制止", "★★", "检查全程执法记录仪记录。"),
        ]),
        ("执法队员", "隗沣瑛", "执法队员", "一中队", "general", "NY-12", [
            ("疫苗监督", "接受养殖场宴请，放松疫苗使用监督", "★★", "签订廉洁承诺，节前廉洁提醒。"),
            ("台账检查", "检查进货台账走过场", "★", "检查记录拍照存档，中队长复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, badge, points in cards:
        sh = _Sheet(tab, [6, 12, 36, 9, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在中队", dept, "执法证号", badge, None)
        sh.add("序号", "执法环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, "大队长（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "pujiang_agri_enforcement_cards", "https://zgyangyang.com/shouyao/news/1949.html",
        "县农业综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 一中队中队长, 执法队员), after the source's "
        "畜牧投入品 专项治理 (兽药经营, 饲料, 疫苗, 台账): a title, the pairs ``持卡人 | … | 职　务 | …`` and ``所在中队 | … | "
        "执法证号 | …`` above 序号/执法环节/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on "
        "the stars and ``持卡人（签字）： | 大队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def pujiang_water_works_station_posts() -> dict:
    unit = f"{PLACE}水利工程管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", [
            ("维修养护项目发包", "维修养护项目化整为零，直接指定施工队", "制度机制风险", "Ⅰ",
             "项目按限额标准比选或招标，站务会研究。"),
            ("防汛物资采购", "防汛物资采购不比价，虚报数量", "岗位职责风险", "Ⅱ", "采购比价留存，入库双人验收。"),
        ]),
        ("工程股", "股长", "middle", [
            ("日常巡查维护", "工程巡查走过场，隐患记录不实", "岗位职责风险", "Ⅱ", "巡查轨迹上传平台，股长抽查。"),
            ("养护工程验收", "养护工程验收不到现场", "业务流程风险", "Ⅰ", "验收现场拍照，资料存档。"),
        ]),
        ("运行调度股", "调度员", "general", [
            ("水量调度", "调度指令执行不到位，为关系单位多放水", "外部环境风险", "Ⅱ", "调度指令书面下达，执行记录存档。"),
            ("水质监测", "水质监测数据篡改", "思想道德风险", "Ⅲ", "监测数据自动上传，定期比对。"),
        ]),
        ("运行调度股", "信息员", "general", [
            ("信息化运维", "运维服务验收不严，多付运维费", "业务流程风险", "Ⅲ", "运维服务按季考核，考核结果与付款挂钩。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "pujiang_water_works_station_posts", "https://www.zhemaiyun.com/news/2006708157933576192",
        "县水利工程管理站 岗位廉政风险点排查表 对岗不对人, after the source's piece on how a 水利工程管理站 runs (巡查维护, 水量调度, "
        "防汛抗旱, 水质监测, 信息化运维): a title, 序号/股室 merged (站领导, 工程股, 运行调度股)/岗位 merged per post/a short 风险点/"
        "a long ``风险表现``/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no names; a ``注：`` line on the grades and an "
        "``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def pujiang_animal_disease_center_groups() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 12, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "蓟珂澜", "leader", [
                ("强制免疫疫苗采购中指定供应商", "外部环境", "一级风险", "疫苗按规定集中采购，过程公开。"),
                ("检测设备采购不经集体研究", "制度机制", "一级风险", "设备采购中心办公会研究。"),
            ]),
        ]),
        ("二、防疫股", "防疫股", [
            ("股长", "冉琪涔", "middle", [
                ("疫苗分发数量与免疫数量不符", "业务流程", "一级风险", "疫苗出入库台账逐月核对。"),
                ("养殖场免疫抽查走过场", "岗位职责", "二级风险", "抽查对象随机确定，结果通报。"),
            ]),
            ("防疫员", "臧岚汧", "general", [
                ("村级防疫员补助核发不实", "思想道德", "二级风险", "补助与免疫档案挂钩，名单公示。"),
            ]),
        ]),
        ("三、检测室", "检测室", [
            ("检测员", "乜霂妍", "general", [
                ("出具虚假检测报告", "思想道德", "一级风险", "检测报告双人复核签字。"),
                ("检测样品、试剂出入库登记不实", "岗位职责", "三级风险", "试剂专人管理，按月盘点。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("会计", "郦汶琦", "general", [
                ("动物防疫专项经费挤占挪用", "业务流程", "二级风险", "专项经费专账核算，按季对账。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "pujiang_animal_disease_center_groups", "http://www.puyang.gov.cn/ssjqd/show.asp?id=184",
        "县动物疫病预防控制中心 岗位廉政风险防控一览表, after the source's 抽查事项 (动物饲养场 防疫, 饲料、兽药使用): a title, "
        "序号/岗位/姓名/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导`` … ``四、办公室`` merged across (no 股室 column); 岗位 and 姓名 merged per person; a ``注：`` line and a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pujiang_irrigation_station_card_stack(),
    pujiang_agriculture_bureau_list(),
    pujiang_water_bureau_two_sheets(),
    pujiang_xilai_town_duties(),
    pujiang_agro_tech_station_selfchecks(),
    pujiang_agri_enforcement_cards(),
    pujiang_water_works_station_posts(),
    pujiang_animal_disease_center_groups(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch350-inbox"))
