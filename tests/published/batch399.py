"""The three-hundred-and-ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 and
退役军人 bodies, 凤县 (a county of 宝鸡 in the 秦岭, on the 嘉陵江, its seat 双石铺镇, its staff Han) —
the 县民政局, the 县退役军人事务局, the 县社会福利院, the 县光荣院, the 凤州镇's 民政办, the 县婚姻登记处, the
县中心敬老院 and the 县退役军人服务中心 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表
its staff typed in WPS or Excel:

- the 民政局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column, a
  制表/审核/date line under each;
- the 退役军人事务局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、优抚股``, ``三、移交安置股``,
  ``四、褒扬纪念股`` merged across (no 股室 column): ``职责事项`` FIRST, then ``岗位 | 姓名`` merged per
  person, ``廉政风险点``, ``…风险`` types under ``风险类别``, ``一级风险/二级风险/三级风险``;
- the 社会福利院's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 光荣院's 防控卡, one sheet a holder (tabs named by the post): ``持卡人 | … | 职　务 | …`` and a
  merged ``主要职责`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：``
  line, no type column, ``持卡人签字： | … | 监督人签字：``;
- the 凤州镇 民政办's 自查表, one sheet a person (tabs named by the holder): ``填报单位：凤县凤州镇人民政府``,
  then ``姓　名 | … | 所在科室 | 民政办 | 职　务 | …`` above ``序号 | 岗位职责 | 风险点 | 风险类型 |
  风险等级 | 防范措施``, short types, 高/中/低, ``本人签字： | … | 分管领导签字：``;
- the 婚姻登记处's 一览表 written out on EVERY row, nothing merged: ``部门 | 岗位 | 姓名`` (two
  登记员 of one 登记窗口), short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 中心敬老院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门`` merged,
  ``岗位`` and ``岗位责任人`` merged per person, short types, ``一级/二级/三级``, and a LAST ``分管领导``
  column naming the leader who watches the row (``/`` on the leaders' own rows).

One is harder:

- ``fengxian_veterans_center_bold_points``: the 退役军人服务中心's 岗位廉政风险点排查表, an ordinary list
  (``科室`` merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低) — but each
  ``廉政风险点`` cell holds the point AND how it shows, in ONE cell, told apart only by the FONT: the
  cell is Excel rich text, its first run BOLD — the point, a short sentence closed by its full stop
  (``**零散烈士墓迁移经费虚报。**``) — its second run in the plain font, the description
  (``迁移数量核定不实，虚列迁移和安葬支出，…。``), on the same line, with no label, no dash, no
  line break, no bracket and no heading naming it (the heading is ``廉政风险点``). It is the way a
  Word table copied into Excel keeps a bold lead-in. One cell (the 股长's second point) is the bold
  point alone, with no description (the whole cell bold, a plain text cell with a bold format).
  The README's 读得懂的表 splits one cell into a point and its description or measures only by
  what is TYPED: labels (``风险点：…⏎防控措施：…``, ``职责：…⏎风险点：…``, ``风险点1：…``), a dash
  (``风险点——表现形式``), ``。对策：``, typed spaces, a closing bracket the heading names, numbered
  lines under a ``风险点及…`` heading, a post or field before a colon (``保管员：…``, ``工程发包方面：…``),
  numbered lines beside as many numbered levels (batch133); the formats it reads are strikethrough,
  a red font, a fill, a comment, a text box, a header or footer, a number format — never the weight
  of a run. No earlier batch writes a bold font (``grep -lE "[\\"']bold[\\"']"
  tests/published/*.py`` finds none); the two that write rich text (batch263, batch335) strike
  words through or colour them red, to delete or add words, not to part a point from its
  description.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省's 社会救助办法 — 低保, 特困供养,
临时救助, 乡镇受理、调查审核; a 县民政和退役军人事务局's 烈士纪念设施保护管理办法 — 保护单位, 维修改造经费,
祭扫纪念; a report on a 市社会福利院 that 虚报救助人数 and let its 家庭寄养 and 出租 go unchecked; what a
光荣院 is — 集中供养孤老优抚对象; a 乡镇民政办公室工作规范 — 民政专干, 公益性岗位, 低保初审; a 省民政厅's
婚姻登记工作检查 — 越权登记, 强制婚检, 颁证服务, 历史数据录入; a 市审计局's 养老服务资金 audit — 申报不实,
床位补贴, 空余床位; a 省 plan to 规范管理烈士纪念设施 — 零散烈士墓迁移, 标准化烈士陵园) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names, three characters each); every unit
is a body of 凤县, named with the county's name.

Run ``python tests/published/score.py --set batch399`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder list the point is the BOLD run of its cell without its closing full stop (the
  short name, as the truth takes a short 风险点 beside a long 风险表现); the plain run after it is
  its description, no point and no second point; a cell all bold is the point as written;
- ``局领导`` (the 民政局's sheet of its leaders, named so by its tab and title; a group row of the
  退役军人事务局), ``院领导`` (the 社会福利院's 科室 cell, the 敬老院's 部门 cell), ``处领导`` (the 婚姻登记处's
  部门 cell) and ``中心领导`` (the 服务中心's 科室 cell) are the 科室 of those leaders; a 局's or 中心's
  股, 室 and 办公室, a 院's 科 and 部, the 婚姻登记处's ``登记窗口`` and ``档案室`` are 科室; a group row
  ``二、优抚股`` gives the 科室 ``优抚股`` (its number left off);
- the 光荣院's cards name no 科室 (its 院长 and 副院长 lead the unit); the 凤州镇 self-checks are of the
  镇人民政府 (the unit, named by the ``填报单位`` line), 科室 ``民政办`` as their ``所在科室`` pair says;
- 局长, 副局长, a 院's 院长 and 副院长, a 中心's 主任 and 副主任 and the 婚姻登记处's 主任 are leaders;
  股长, 科长, 办公室主任, 护理部主任 and the 镇's 民政办主任 middle; the rest (会计, 出纳, 救助审核员,
  优抚专干, 民政专干, 社会救助协理员, 登记员, 档案管理员, 护理员, 采购员, 帮扶专员, 炊事员) general;
- ``风险点 | 风险表现`` (the 社会福利院's list): the point is the short 风险点; ``分管工作``, ``主要职责``,
  ``职责事项``, ``岗位职责`` and ``分管领导`` are no points and name no holder; the 福利院's list names no
  person: its forms are posts (对岗不对人); the 敬老院's ``岗位责任人`` is the holder, its last
  ``分管领导`` column (a name or ``/``) only watches the row;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note),
  ``高风险/中风险/低风险`` and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (this module's ``write_xlsx``: borders, 宋体
10, taller rows for wrapped cells as ``batch44.write_xlsx``, plus the cells a sheet lists under
``rich`` written in Excel rich text, a bold run then a plain one) and ``truth.json``; no re-saved
copies (as batch280 and batch398).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b399_"
PLACE = "凤县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年8月"


class _RichSheet(_Sheet):
    """A sheet some of whose cells are written in rich text: ``rich[(r, c)]`` holds the cell's
    parts, (text, bold) each; the row keeps the cell's whole text, as a reader sees it. ``bold``
    holds the cells written whole in a bold format."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.rich: dict[tuple[int, int], list[tuple[str, bool]]] = {}
        self.bold: set[tuple[int, int]] = set()

    def data(self) -> dict:
        rich = [[r, c, [list(p) for p in parts]] for (r, c), parts in self.rich.items()]
        return {**super().data(), "rich": rich, "bold": sorted(self.bold)}


# --------------------------------------------------------------------------- harder layout

BOLD_NAME = "fengxian_veterans_center_bold_points"
BOLD_UNIT = f"{PLACE}退役军人服务中心"
BOLD_TAB = "排查表"
BOLD_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
BOLD_POINT = 4

# (科室, 岗位, 姓名, tier, [(bold point, plain description or None, 风险类型, 风险等级, 防控措施)])
BOLD_ROWS = [
    ("中心领导", "主任", "郯沨翾", "leader", [
        ("烈士纪念设施维修改造项目“一支笔”。",
         "维修改造、展陈提升项目不经中心集体研究，指定施工单位，化整为零规避招标。",
         "制度机制", "高", "维修改造项目经中心会议集体研究，按限额进场交易，结果公开。"),
        ("就业创业扶持项目分配不公。", "对退役军人创业贴息、技能培训补贴项目打招呼，向关系人倾斜。",
         "思想道德", "中", "扶持项目评审实行专家打分，结果公示七个工作日。"),
    ]),
    ("中心领导", "副主任", "訾淯峥", "leader", [
        ("零散烈士墓迁移经费虚报。", "迁移数量核定不实，虚列迁移和安葬支出，迁移经费拨付不按进度。",
         "业务流程", "高", "迁移清单逐墓登记造册，经费按迁移进度凭验收单拨付。"),
    ]),
    ("服务保障股", "股长", "栾滢崧", "middle", [
        ("优抚对象短期疗养名单确定不公开。", "疗养名额不经公示，优亲厚友，同一对象重复安排疗养。",
         "岗位职责", "中", "疗养名单按条件排序，经股室审核后在服务站公示。"),
        ("困难退役军人帮扶资金审核把关不严", None, "岗位职责", "高",
         "帮扶申请入户核实，帮扶资金经中心集体研究后发放到人。"),
    ]),
    ("服务保障股", "帮扶专员", "鄂澴琪", "general", [
        ("帮扶对象信息核实走过场。", "入户走访不到位，帮扶对象家庭收入、就业情况未如实登记。",
         "业务流程", "中", "走访记录附影像资料，股长按比例随机回访。"),
        ("收受服务对象礼品。", "以办事为由接受退役军人及其家属宴请、礼品礼金。",
         "外部环境", "低", "签订廉洁承诺书，服务站公开监督电话。"),
    ]),
    ("综合股", "会计", "亓沄峤", "general", [
        ("慰问物资采购账实不符。", "慰问品采购不比价，发放签收记录不全，库存物资账实不符。",
         "制度机制", "中", "慰问物资比价采购，发放逐户签收，每季度盘点。"),
    ]),
]  # fmt: skip


def bold_point(lead: str) -> str:
    """The point a bold lead-in names: the bold run without its closing full stop."""
    return lead.removesuffix("。")


def fengxian_veterans_center_bold_points() -> dict:
    unit = BOLD_UNIT
    sh = _RichSheet(BOLD_TAB, [6, 12, 10, 9, 48, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*BOLD_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BOLD_ROWS:
        for lead, desc, typ, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, lead + (desc or ""), typ, lv, measures)
            if desc:
                sh.rich[(r, BOLD_POINT)] = [(lead, True), (desc, False)]
            else:
                sh.bold.add((r, BOLD_POINT))
            t.point(sh.name, dept, post, who, tier, bold_point(lead), types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        BOLD_NAME, "https://www.nideyuming.com/jd/2022/0328/23765.html",
        "(harder) 县退役军人服务中心 岗位廉政风险点排查表, after the source's plan to 规范管理烈士纪念设施 (零散烈士墓迁移, 标准化"
        "烈士陵园, 维修改造): a title, a merged ``填报单位：…　填报时间：2025年8月`` line, then 序号/科室 merged (中心领导, "
        "服务保障股, 综合股)/岗位 and 姓名 merged per person/``廉政风险点`` — EACH CELL RICH TEXT: a BOLD lead sentence, the "
        "point (``零散烈士墓迁移经费虚报。``), then in the plain font, on the same line and with no label, how it shows; one "
        "cell the bold point alone/风险类型 (short names)/风险等级 高/中/低/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fengxian_civil_affairs_bureau_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("苌澐翀", "局长", "主持全面工作，分管人事、财务", [
            ("社会救助资金分配、项目安排个人说了算", "高", "资金分配方案经党组会集体研究，分配结果公开。"),
            ("干部选任、评先评优中优亲厚友", "中", "严格执行选任程序，评优结果公示。"),
        ]),
        ("郏湛珮", "副局长", "分管社会救助、社会事务", [
            ("对低保、特困人员审批打招呼、说情", "高", "过问插手救助审批一律登记报告。"),
            ("殡葬改革奖补资金审核把关不严", "中", "奖补对象逐户核实，资金发放到户公示。"),
        ]),
        ("钭沚琰", "副局长", "分管养老服务、社会组织", [
            ("养老机构建设补贴、运营补贴审核走过场", "高", "补贴申报实地核查床位和入住人数，审核结果公示。"),
            ("社会组织年检中接受宴请", "低", "年检两人以上办理，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("股室", [6, 14, 12, 9, 38, 9, 32])
    _line(staff, f"{unit}股室廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("社会救助股", "股长", "茆淏嵘", "middle", [
            ("低保审批中出现人情保、关系保", "高", "低保审批实行镇级审核、县级抽查，名单村组公示。"),
            ("临时救助金额确定随意", "中", "救助金额按标准分档确定，超标准事项集体研究。"),
        ]),
        ("社会救助股", "救助审核员", "郦湲晞", "general", [
            ("家庭经济状况核对结果不如实录入", "中", "核对报告系统生成，录入情况股长复核。"),
        ]),
        ("养老服务股", "股长", "蔺瀓瑛", "middle", [
            ("高龄津贴发放名单审核不严，死亡人员未及时停发", "中", "每月与公安、卫健数据比对，停发情况通报各镇。"),
        ]),
        ("规划财务股", "会计", "弭沄璠", "general", [
            ("救助专项资金拨付不按进度，截留挪用", "高", "专项资金专账核算，拨付凭证双人审签。"),
            ("报销票据审核不严", "低", "报销票据逐张审核，每季度内审抽查。"),
        ]),
        ("办公室", "办公室主任", "侴澔岚", "middle", [
            ("公务接待、公车使用超标准", "低", "接待事前审批，派车单按月核对公示。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "fengxian_civil_affairs_bureau_two_sheets", "https://bdocx.com/doc/11302907.html",
        "县民政局 file in two sheets after the source's 省社会救助办法 (低保, 特困供养, 临时救助, 乡镇受理、调查审核): ``局领导`` "
        "(a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``股室`` (a title, 序号/股室 "
        "merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); 高/中/低; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def fengxian_veterans_bureau_group_rows() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("责任清单", [6, 16, 10, 9, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "职责事项", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "隗溍琛", "leader", [
                ("烈士纪念设施建设", "烈士纪念设施维修改造项目不经集体研究，个人决定施工单位", "制度机制风险", "一级风险",
                 "维修改造项目经党组会研究，按规定进场交易。"),
                ("安置工作", "退役士兵安置岗位分配中打招呼、递条子", "思想道德风险", "一级风险", "安置岗位按考试考核成绩选岗，全程公开。"),
            ]),
            ("副局长", "郤澋岑", "leader", [
                ("优抚待遇审批", "优抚对象待遇调整审批把关不严", "岗位职责风险", "二级风险", "待遇调整材料逐项审核，审批结果公示。"),
            ]),
        ]),
        ("二、优抚股", "优抚股", [
            ("股长", "厍溱珺", "middle", [
                ("伤残评定", "伤残等级评定材料审核不严，协助虚报伤残等级", "岗位职责风险", "一级风险",
                 "评定由医疗卫生专家小组鉴定，结果报市局审核。"),
                ("抚恤补助发放", "抚恤补助资金发放不及时，截留挪用", "业务流程风险", "二级风险", "资金通过“一卡通”直接发放到人。"),
            ]),
            ("优抚专干", "阙澥玥", "general", [
                ("信息采集", "优抚对象信息采集不实，死亡人员未及时停发待遇", "业务流程风险", "二级风险",
                 "每季度开展资格认证，与公安数据比对。"),
            ]),
        ]),
        ("三、移交安置股", "移交安置股", [
            ("股长", "庹瀛峘", "middle", [
                ("安置岗位分配", "接受安置对象请托，选岗排序暗箱操作", "外部环境风险", "一级风险", "选岗排序公开，纪检人员现场监督。"),
                ("经济补助核发", "自主就业一次性经济补助核发标准不准", "业务流程风险", "三级风险", "补助标准按服役年限系统计算，复核签字。"),
            ]),
        ]),
        ("四、褒扬纪念股", "褒扬纪念股", [
            ("股长", "眭泠崟", "middle", [
                ("祭扫纪念活动", "祭扫活动经费虚报冒领", "制度机制风险", "三级风险", "活动经费事前预算，事后凭据报销。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, duty, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 2, 3)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "fengxian_veterans_bureau_group_rows", "http://www.fogang.gov.cn/zwgk/gfxwj/content/post_2103762.html",
        "县退役军人事务局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``四、褒扬纪念股`` merged across (no 股室 column), "
        "after the source's 县级烈士纪念设施保护管理办法 (保护单位, 维修改造经费, 祭扫纪念): a title, then 序号/``职责事项`` FIRST/"
        "岗位 and 姓名 merged per person/廉政风险点/``风险类别`` ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def fengxian_welfare_home_posts() -> dict:
    unit = f"{PLACE}社会福利院"
    sh = _Sheet("排查表", [6, 12, 10, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("供养人数申报", "虚报集中供养人数，对已死亡人员不注销，套取供养资金", "制度机制", "高风险",
             "供养人员名册每月与民政系统、公安户籍比对，院务会审定后上报。"),
            ("院内房屋出租", "闲置房屋低价承包给他人经营，租金收益不入账", "外部环境", "中风险", "房屋出租经主管局批准，公开招租，租金上缴。"),
        ]),
        ("院领导", "副院长", "leader", [
            ("家庭寄养管理", "寄养家庭选定不公开，寄养人员生活费发放不实", "岗位职责", "高风险", "寄养家庭公开评估选定，生活费按月核发到户。"),
        ]),
        ("供养服务科", "科长", "middle", [
            ("入院审核", "对不符合条件的人员违规接收入院", "业务流程", "中风险", "入院对象经县民政局审批，名单公示。"),
        ]),
        ("供养服务科", "护理员", "general", [
            ("供养对象财物保管", "侵占、挪用供养对象个人财物", "思想道德", "中风险", "代管财物登记造册，双人保管，定期公开。"),
        ]),
        ("后勤科", "采购员", "general", [
            ("伙食物资采购", "采购中以次充好，虚报伙食费", "业务流程", "高风险", "伙食物资定点采购，验收双人签字，伙食账每月公布。"),
        ]),
        ("财务室", "会计", "general", [
            ("分灶拨款核算", "按分灶拨付的伙食款不入账，资金体外循环", "制度机制", "低风险", "各灶伙食款统一入账核算，每季度审计。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "fengxian_welfare_home_posts", "http://uvdai.cn/shyf/fajiedongtai/2014-08-28/185585.html",
        "县社会福利院 岗位廉政风险点排查表 对岗不对人, after the source's report on a 市社会福利院 (虚报救助人数, 死亡人员不注销, "
        "家庭寄养, 房屋承包经营, 分灶拨伙食款): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | "
        "2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def fengxian_honor_home_cards() -> dict:
    unit = f"{PLACE}光荣院"
    t = _Truth(unit)
    cards = [
        ("院长", "墨湍珧", "leader", "主持全院工作，负责孤老优抚对象接收、经费和物资管理", [
            ("孤老优抚对象入院审核放宽条件", "★★★", "入院对象经县退役军人事务局审批，名单公示。"),
            ("院内维修、物资采购指定供应商", "★★★", "维修采购三家比价，院务会集体研究。"),
            ("接受入院对象家属礼品", "★", "节前廉洁提醒，拒收登记。"),
        ]),
        ("副院长", "鞠淖琪", "leader", "分管生活服务和护理工作", [
            ("优抚对象生活费、护理费管理不规范，挪作他用", "★★★", "生活费、护理费专账核算，每月公布收支。"),
            ("降低伙食标准，克扣伙食费", "★★", "伙食委员会由优抚对象代表参加，食谱和账目公开。"),
        ]),
        ("护理员", "郗瀚岍", "general", "负责孤老优抚对象日常护理和生活照料", [
            ("代管优抚对象抚恤金存折不登记", "★★", "代管存折登记造册，取款双人办理。"),
            ("护理服务敷衍，向家属索要好处", "★", "护理服务质量每月测评，家属意见回访。"),
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
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "监督人签字：", None)
        sheets.append(sh)
    return _layout(
        "fengxian_honor_home_cards", "http://caodingtushuguan.com/a/202303/4400081.html",
        "县光荣院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 副院长, 护理员), after the source's account of what a 光荣院 is "
        "(集中供养孤老优抚对象, 抚恤事业单位): a title, ``持卡人 | … | 职　务 | …``, a merged ``主要职责`` line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人签字： | "
        "监督人签字：``",
        sheets, t,
    )  # fmt: skip


def fengxian_fengzhou_civil_office_selfchecks() -> dict:
    unit = f"{PLACE}凤州镇人民政府"
    dept = "民政办"
    t = _Truth(unit)
    people = [
        ("扈澂玙", "民政办主任", "middle", [
            ("低保、特困初审", "入户调查走过场，初审意见不实", "岗位职责", "高", "入户调查两人以上，调查表申请人签字确认。"),
            ("民主评议组织", "民主评议会议组织不规范，优亲厚友", "思想道德", "中", "评议全程记录，评议结果村组公示。"),
        ]),
        ("巢淏琮", "民政专干", "general", [
            ("临时救助", "临时救助对象审核不严，重复救助", "业务流程", "中", "救助信息系统比对，同一事由不重复救助。"),
            ("救灾物资发放", "救灾物资发放不登记，优亲厚友", "外部环境", "高", "物资发放逐户签收，发放清单公示。"),
            ("高龄补贴申报", "高龄补贴申报信息审核不严", "制度机制", "低", "申报信息与户籍、社保数据比对。"),
        ]),
        ("邴澪岫", "社会救助协理员", "general", [
            ("救助对象信息录入", "低保对象动态管理信息录入不及时", "岗位职责", "低", "每月核对动态管理台账，按时录入。"),
            ("救助对象信息管理", "泄露救助对象个人信息", "思想道德", "中", "信息查询权限分级，签订保密承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 16, 34, 10, 9, 32])
        _line(sh, f"{PLACE}凤州镇民政办公室岗位廉政风险自查表", 6)
        _line(sh, f"填报单位：{unit}", 6)
        sh.add(f"姓{GAP}名", who, "所在科室", dept, f"职{GAP}务", post)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        for i, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "分管领导签字：", None, None)
        sheets.append(sh)
    return _layout(
        "fengxian_fengzhou_civil_office_selfchecks", "https://33.wendadaohang.com/zd/h5ccBRhWP.html",
        "凤州镇民政办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 乡镇民政办公室工作规范 "
        "(民政专干, 公益性岗位, 低保初审): a title, a merged ``填报单位：凤县凤州镇人民政府`` line, ``姓　名 | … | 所在科室 | 民政办 "
        "| 职　务 | …``, then 序号/岗位职责/风险点/风险类型 (short names)/风险等级 高/中/低/防范措施; a blank row and ``本人签字： | "
        "分管领导签字：``",
        sheets, t,
    )  # fmt: skip


def fengxian_marriage_registry_every_row() -> dict:
    unit = f"{PLACE}婚姻登记处"
    sh = _Sheet("一览表", [6, 10, 12, 9, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "主任", "禚渫琛", "leader", "违规越权办理婚姻登记", "制度机制", "Ⅰ级", "登记权限系统控制，越权登记一律追责。"),
        ("处领导", "主任", "禚渫琛", "leader", "利用颁证仪式变相强制收费", "外部环境", "Ⅱ级", "颁证服务免费，收费项目一律取消并公开。"),
        ("登记窗口", "登记员", "甯璘湄", "general", "对证件材料审查不严，为不符合条件者办理登记", "岗位职责", "Ⅰ级",
         "证件联网核查，登记材料双人审核。"),
        ("登记窗口", "登记员", "甯璘湄", "general", "为熟人插队、违规加号", "思想道德", "Ⅲ级", "网上预约排号，窗口办理全程录像。"),
        ("登记窗口", "登记员", "鞠沛瑶", "general", "补领婚姻登记证审核不严", "业务流程", "Ⅱ级", "补领登记调档核对，审核人签字。"),
        ("档案室", "档案管理员", "衡湛瑨", "general", "违规查询、提供婚姻登记档案", "岗位职责", "Ⅱ级", "档案查询凭证件登记，查询记录留存。"),
        ("档案室", "档案管理员", "衡湛瑨", "general", "婚姻登记历史数据录入不准确", "业务流程", "Ⅲ级", "历史数据补录逐条校对，每月抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "fengxian_marriage_registry_every_row", "https://mzt.shaanxi.gov.cn/xw/tzgg/201507/t20150720_2707852.html",
        "县婚姻登记处 岗位廉政风险防控一览表, after the source's 省民政厅 婚姻登记工作检查 (越权登记, 强制婚检, 颁证服务, 存档材料, "
        "历史数据录入): a title, then 序号/部门/岗位/姓名 written out on EVERY row (nothing merged; two 登记员 of the 登记窗口)/"
        "风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fengxian_old_age_home_list() -> dict:
    unit = f"{PLACE}中心敬老院"
    sh = _Sheet("一览表", [6, 10, 12, 10, 36, 10, 9, 32, 10])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "岗位责任人",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "分管领导",
    )
    head, deputy = "贲汭璆", "璩沅翊"
    rows = [
        ("院领导", "院长", head, "leader", "/", [
            ("床位补贴、运营补贴申报不实", "制度机制", "一级", "补贴申报附入住老人名册，县民政局实地核查。"),
            ("入住老人遴选不按登记顺序", "思想道德", "二级", "入住申请登记排序，入住名单公示。"),
        ]),
        ("院领导", "副院长", deputy, "leader", head, [
            ("护理等级评定随意，多收护理费", "岗位职责", "二级", "护理等级由评估小组评定，收费标准公示。"),
        ]),
        ("护理部", "护理部主任", "郏瀛珂", "middle", deputy, [
            ("护理员排班考核不公", "外部环境", "三级", "排班表和考核结果每月公示。"),
        ]),
        ("后勤部", "炊事员", "眭澈琼", "general", deputy, [
            ("食材采购虚报数量", "业务流程", "一级", "食材定点采购，入库验收双人签字。"),
        ]),
        ("财务室", "出纳", "茆沨瑧", "general", head, [
            ("特困老人零用钱代管不入账", "岗位职责", "二级", "零用钱代管登记，每月与老人核对签字。"),
            ("服务收费收据不入账", "制度机制", "三级", "收费统一开具票据，日清月结。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None, None)
    return _layout(
        "fengxian_old_age_home_list", "https://hznews.hangzhou.com.cn/chengshi/content/2014-07/05/content_5349779.htm",
        "县中心敬老院 岗位廉政风险防控一览表, after the source's 市审计局 养老服务资金 audit (申报不实, 床位补贴, 空余床位): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年8月`` line, then 序号/部门 merged (院领导, 护理部, 后勤部, "
        "财务室)/岗位 and ``岗位责任人`` merged per person/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施/a LAST "
        "``分管领导`` column (a leader's name, ``/`` on the 院长's rows); a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fengxian_veterans_center_bold_points(),
    fengxian_civil_affairs_bureau_two_sheets(),
    fengxian_veterans_bureau_group_rows(),
    fengxian_welfare_home_posts(),
    fengxian_honor_home_cards(),
    fengxian_fengzhou_civil_office_selfchecks(),
    fengxian_marriage_registry_every_row(),
    fengxian_old_age_home_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus the cells a
    sheet lists under ``rich``, written in Excel rich text (a bold run, then a plain run), and
    those under ``bold``, written whole in a bold format."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 8, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    bold_cell = wb.add_format({**base, "bold": True})
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    plain = wb.add_format({"font_name": "宋体", "font_size": 10})
    bold = wb.add_format({"font_name": "宋体", "font_size": 10, "bold": True})

    def put(ws, r: int, c: int, v, rich: dict, bolds: set) -> None:
        if (r, c) in rich:
            parts = []
            for text, strong in rich[(r, c)]:
                parts += [bold if strong else plain, text]
            ws.write_rich_string(r, c, *parts, fmt)
        elif (r, c) in bolds:
            ws.write_string(r, c, v, bold_cell)
        else:
            _put(ws, (fmt, date_fmt), r, c, v)

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        rich = {(r, c): parts for r, c, parts in sheet.get("rich", [])}
        bolds = {tuple(rc) for rc in sheet.get("bold", [])}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                put(ws, r, c, v, rich, bolds)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                put(ws, r0, c0, v, rich, bolds)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch399-inbox"))
