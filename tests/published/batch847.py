"""The eight-hundred-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's bodies of
红色旅游 and 文物, 东兰县 (of 河池市, 广西壮族自治区) — its 文化广电体育和旅游局, 革命纪念馆, 文物管理所,
红色教育培训中心, 旅游发展服务中心, 列宁岩景区管理服务中心, 革命旧址保护管理中心 and 烈士陵园管理处 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文化广电体育和旅游局's 一览表 under ``附件1``: ``股室`` merged, ``岗位 | 姓名`` merged per person,
  ``一级/二级/三级``, no type column;
- the 革命纪念馆's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label rows, a ``风险类型``
  column (short names), 高/中/低;
- the 文物管理所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no
  names;
- the 红色教育培训中心's 清单 under GROUP ROWS ``一、中心领导`` … ``三、综合部`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 旅游发展服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``★★★/★★/★`` read by a ``注：`` line, a ``自查情况`` column;
- the 列宁岩景区管理服务中心's 一览表 in TWO SHEETS ``中心领导`` / ``内设机构``, ``高风险/中风险/低风险``;
- the 革命旧址保护管理中心's 排查登记表 under a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, ``风险类别`` (short names), 高/中/低, a 填表人/审核人 line.

One is harder:

- ``donglan_martyrs_cemetery_first_is_key``: the 烈士陵园管理处's 岗位廉政风险点一览表 with ``科室 |
  岗位 | 姓名`` merged per person, ``序号`` running on through the whole list, ``廉政风险点 | 防控措施`` — and
  NO level column: a ``注：`` line under the list says each post's points are
  listed from the highest risk down and that the FIRST point of each post is its 重点风险点 (一级),
  the rest 一般风险点 (二级). The level of a row is its place in its holder's block. The README's
  读得懂的表 knows levels from footers (``以上为一级风险点``), divider rows banded by a note, level
  group rows, levels given by 序号 in a note and a 风险排序 column banded by a note; it does not
  describe a level given by a point's position within its holder's block.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 烈士陵园规范管理自查报告 — 设施维护,
纪念活动组织, 管理机制, 服务; a 政协 proposal on a 红色教育革命纪念馆 — 陈列设备修缮, 专项资金, 参观接待;
a 文物管理所's yearly report — 保护修缮工程, 安技防项目, 项目计划书, 省级终验; a report on 红色培训 at
井冈山 — 培训机构, 生源, 发票, 变相旅游; a 2005 report on 红色旅游 接待负担 — 门票, 假教育真免票, 吃住
接待; a report on 东兰 红色旅游 — 列宁岩, 研学, 游客接待; a page on 东兰's 革命遗址 — 魁星楼, 红七军前敌委
旧址, 陵园; a report on “假培训真旅游” — 培训公司, 会务公司, 公款旅游) and each layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 牙 and 谭 with rare given names); every unit is a body of 东兰县.

Run ``python tests/published/score.py --set batch847`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the first point of each person's merged block is 一级 (1), every later one
  二级 (2), as its ``注：`` line says; the ``注：`` line and the sign-off line are no points;
- ``馆领导``, ``中心领导``, ``所领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  two-sheet list's ``中心领导`` sheet has no 科室 column, so its leaders have none; the cards'
  leaders have none;
- 局长, 副局长, 馆长, 副馆长, 所长, 主任 and 副主任 of a 中心, 处长 and 副处长 are leaders; 股长 and a 部's
  or 科's 负责人/部长/科长 middle; the rest (股员, 讲解员, 会计, 出纳, 保管员, 文物保护员, 票务员,
  培训专员, 巡查员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the
  文物管理所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b847_"
PLACE = "东兰县"
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

# (科室, 岗位, 姓名, tier, [(廉政风险点, 防控措施)]) — each block from the highest risk down
CEMETERY = [
    ("处领导", "处长", "牙翃沅", "leader", [
        ("陵园改扩建和纪念设施修缮项目插手干预，指定施工单位", "修缮项目进入县公共资源交易平台，处务会集体研究。"),
        ("专项经费使用不经集体研究，个人说了算", "“三重一大”事项集体决策，会议纪要存档。"),
        ("接受施工、供货单位宴请和礼品礼金", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("处领导", "副处长", "谭翯玥", "leader", [
        ("清明祭扫和纪念活动物资采购虚报数量", "物资采购询价比价，验收两人以上签字。"),
        ("纪念设施日常维护项目验收走过场", "维护项目按合同逐项验收，留存影像资料。"),
    ]),
    ("综合股", "股长", "牙玶岫", "middle", [
        ("烈士墓位安葬、迁葬审核把关不严，优亲厚友", "墓位安排按审批顺序，结果在陵园公示栏公示。"),
        ("接待参观团队时变相收取讲解费、停车费", "讲解服务免费，收费项目一律公示。"),
        ("车辆使用和公务接待超标准", "公务用车登记审批，接待实行公函制度。"),
    ]),
    ("综合股", "出纳", "谭琤澂", "general", [
        ("社会捐赠资金收取不入账、截留挪用", "捐赠资金开具票据，专账核算，定期公示。"),
        ("现金日记账登记不及时，公款私存", "库存现金每月盘点，银行对账单双人核对。"),
    ]),
]  # fmt: skip


def donglan_martyrs_cemetery_first_is_key() -> dict:
    unit = f"{PLACE}烈士陵园管理处"
    sh = _Sheet("一览表", [6, 10, 9, 9, 40, 36])
    t = _Truth(unit)
    ncols = 6
    _line(sh, f"{unit}岗位廉政风险点一览表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年4月", ncols)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CEMETERY:
        for k, (point, measures) in enumerate(points):
            n += 1
            sh.add(n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], 1 if k == 0 else 2)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：各岗位风险点按风险程度由高到低排列，每个岗位所列第一项为本岗位重点风险点（一级风险），"
              "其余各项为一般风险点（二级风险）。", ncols)  # fmt: skip
    sh.add("填表人：", None, "审核人：", None, "处长（签字）：", None)
    return _layout(
        "donglan_martyrs_cemetery_first_is_key", "http://fgs.bxbyg.com/zixun/186.html",
        "(harder) 县烈士陵园管理处 岗位廉政风险点一览表, after the source's 烈士陵园规范管理自查报告 (设施维护不到位, 纪念活动"
        "组织, 管理机制, 服务质量): a title, a 填报单位/填报时间 line, 序号 (running on through the list)/科室 merged/岗位 "
        "and 姓名 merged per person/廉政风险点/防控措施; NO level column: a merged ``注：`` line says each post's "
        "points run from the highest risk down, the FIRST of each post its 重点风险点 (一级), the rest 一般风险点 (二级) — the "
        "level is the row's place in its holder's block; a 填表人/审核人/处长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def donglan_culture_bureau_list() -> dict:
    unit = f"{PLACE}文化广电体育和旅游局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "谭岍琇", "leader", "红色旅游项目资金安排个人说了算", "一级",
         "项目资金分配经局党组会集体研究，结果公开。"),
        ("局领导", "副局长", "牙沄翀", "leader", "以红色教育培训为名组织公款旅游", "一级",
         "培训计划报批，严禁在培训中安排与主题无关的参观。"),
        ("文物股", "股长", "谭瀛翾", "middle", "文物保护工程方案审核降低标准", "二级",
         "方案经专家论证，审核意见集体研究。"),
        ("文物股", "股长", "谭瀛翾", "middle", "建设项目文物影响评估中收受好处", "一级",
         "评估实行两人以上现场踏勘，结果公示。"),
        ("旅游股", "股员", "牙霁璘", "general", "A级旅游景区评定推荐打招呼、放宽条件", "二级",
         "推荐条件对外公开，评定材料复核留档。"),
        ("旅游股", "股员", "牙霁璘", "general", "旅行社年检和投诉处理优亲厚友", "三级",
         "投诉处理限时办结，结果回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "donglan_culture_bureau_list",
        "https://std.stheadline.com/sc/daily/article/2513627/日報-中國-3京官辦-假培訓真旅遊",
        "县文化广电体育和旅游局 岗位廉政风险防控一览表 under ``附件1``, after the source's report on “假培训真旅游” (培训公司, "
        "会务公司, 以培训为名公款旅游): 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def donglan_memorial_hall_cards() -> dict:
    unit = f"{PLACE}革命纪念馆"
    t = _Truth(unit)
    people = [
        ("牙珝澍", "馆长", "leader", "主持全面工作，分管陈列布展", [
            ("陈列布展和展馆设备维护项目指定供应商", "制度机制", "高", "项目比选采购，验收邀请纪检人员参加。"),
            ("维修专项资金挪作他用", "岗位职责", "中", "专项资金专账核算，年终公开。"),
            ("接受布展公司礼品礼金", "思想道德", "低", "签订廉洁承诺书。"),
        ]),
        ("谭昶霂", "讲解员", "general", "负责团体参观接待和讲解", [
            ("团体参观预约插队、收取好处费", "业务流程", "中", "预约按登记顺序，预约表每周公示。"),
            ("向参观团队推销纪念品收取回扣", "思想道德", "中", "严禁讲解中推销商品。"),
            ("讲解服务私自收费", "岗位职责", "高", "讲解服务一律免费，设置监督电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, work, points in people:
        sh = _Sheet(who, [6, 40, 10, 8, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("分管工作", work, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [typ], HML[lv])
        sh.add("持卡人签字：", None, "审核人：", None, "2025年3月")
        sheets.append(sh)
    return _layout(
        "donglan_memorial_hall_cards", "http://ssxzx.gov.cn/control/view.php?aid=162214",
        "县革命纪念馆 岗位廉政风险防控卡, one sheet a person, after the source's 政协 proposal on a 红色教育革命纪念馆 (陈列"
        "和光电声画设备修缮维护, 专项资金, 参观接待): a title, label row ``姓　名 | … | 职　务 | …``, a merged 分管工作 row, "
        "序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, a 持卡人签字/审核人 line",
        sheets, t,
    )  # fmt: skip


def donglan_relics_office_posts() -> dict:
    unit = f"{PLACE}文物管理所"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "文物保护修缮工程招标设置排他性条件", "制度机制风险", "Ⅰ级",
         "招标文件经集体审定，全程进入交易平台。"),
        ("所领导", "所长", "leader", "安技防项目终验降低标准", "岗位职责风险", "Ⅱ级",
         "终验邀请上级文物部门和专家参加。"),
        ("保护管理股", "股长", "middle", "文物保护项目计划书申报数据不实", "业务流程风险", "Ⅱ级",
         "申报材料双人复核，集体研究后上报。"),
        ("保护管理股", "文物保护员", "general", "野外文物巡查记录弄虚作假", "岗位职责风险", "Ⅲ级",
         "巡查定位打卡，所领导随机抽查。"),
        ("保护管理股", "文物保护员", "general", "馆藏文物出入库不登记、私自借出", "业务流程风险", "Ⅰ级",
         "出入库双人签字，每季度盘点。"),
        ("综合股", "会计", "general", "修缮工程款支付不按合同进度", "制度机制风险", "Ⅱ级",
         "工程款凭监理签字的进度单支付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "donglan_relics_office_posts", "http://www.sxbb.gov.cn/site-sxdjgl/yearlyReport_view/242736",
        "县文物管理所 岗位廉政风险点排查表 对岗不对人, after the source's 文物管理所 yearly report (保护修缮工程, 安技防项目, "
        "省级终验, 项目计划书): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def donglan_training_centre_groups() -> dict:
    unit = f"{PLACE}红色教育培训中心"
    sh = _Sheet("清单", [6, 10, 9, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("中心领导", [
            ("主任", "谭翊漪", "leader", "与社会培训机构合作办班时收受分红", "一级风险", "合作协议经中心班子集体研究，不得入股。"),
            ("主任", "谭翊漪", "leader", "培训班次安排变相旅游", "一级风险", "课程表报县委组织部备案，按表执行。"),
        ]),
        ("教学培训部", [
            ("部长", "牙璆湉", "middle", "外聘师资课酬标准随意提高", "二级风险", "课酬按标准执行，发放名单公示。"),
            ("培训专员", "牙澂岚", "general", "为学员虚开培训费、会务费发票", "一级风险", "发票由财务统一开具，与报名人数核对。"),
            ("培训专员", "牙澂岚", "general", "学员食宿接待超标准", "三级风险", "食宿标准写入培训通知。"),
        ]),
        ("综合部", [
            ("部长", "谭沨璟", "middle", "培训场地和车辆外包指定服务商", "二级风险", "服务商比选确定，合同备案。"),
            ("出纳", "牙昀琮", "general", "培训费收取不开票、不入账", "二级风险", "收费统一开票，每日对账。"),
        ]),
    ]  # fmt: skip
    numerals = "一二三四五"
    n = 0
    for g, (dept, rows) in enumerate(groups):
        _line(sh, f"{numerals[g]}、{dept}", 6)
        first = len(sh.rows)
        for post, who, tier, point, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "donglan_training_centre_groups", "http://www.handmsg.com/page/2019/1121/6054209.shtml",
        "县红色教育培训中心 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 红色培训 (培训机构, 生源, "
        "乱开发票, 变相旅游): a title, 序号/岗位/姓名/廉政风险点/风险等级/防控措施, group rows ``一、中心领导`` … "
        "``三、综合部`` merged across, 岗位 and 姓名 merged per person, ``一级风险/二级风险/三级风险``; no type column",
        [sh], t,
    )  # fmt: skip


def donglan_tourism_centre_selfchecks() -> dict:
    unit = f"{PLACE}旅游发展服务中心"
    t = _Truth(unit)
    people = [
        ("谭霈泠", "中心领导", "副主任", "leader", [
            ("红色旅游宣传推广项目委托中指定服务商", "★★★", "推广项目比选，结果公示。", "已落实"),
            ("接待上级和对口单位时安排公款吃喝、免票游览", "★★", "接待一律凭公函，门票减免登记。", "未发现问题"),
        ]),
        ("牙瑢翙", "市场服务科", "票务员", "general", [
            ("景区门票收入截留、不及时上缴", "★★★", "门票收入日清日缴，系统核对。", "已落实"),
            ("以“假教育、真免票”名义违规减免门票", "★★", "减免门票凭审批单，每月汇总公示。", "已落实"),
            ("门票系统账号交他人使用", "★", "账号专人专用，定期更换密码。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年3月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sheets.append(sh)
    return _layout(
        "donglan_tourism_centre_selfchecks", "http://fzdrjg.com/content/2005-09/02/content_5341923.htm",
        "县旅游发展服务中心 岗位廉政风险自查表, one sheet a person, after the source's report on 红色旅游 接待负担 (门票, "
        "“假教育、真免票”, 吃住接待): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施/自查情况, a merged ``注：`` line reading the stars; no type column",
        sheets, t,
    )  # fmt: skip


def donglan_leninyan_two_sheets() -> dict:
    unit = f"{PLACE}列宁岩景区管理服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 10, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("牙湜珺", "主任", "主持全面工作", [
            ("景区提升改造工程插手招投标", "高风险", "工程一律进入交易平台，不得指定施工队伍。"),
            ("研学基地合作单位选定暗箱操作", "中风险", "合作单位公开征集，集体研究确定。"),
        ]),
        ("谭翾沚", "副主任", "分管研学和游客服务", [
            ("研学团队接待收取好处费", "中风险", "研学接待统一预约，费用公开。"),
            ("景区经营摊位分配优亲厚友", "高风险", "摊位公开抽签分配，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("内设机构", [6, 14, 9, 9, 38, 10, 34])
    _line(dept, f"{unit}内设机构廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("游客服务部", "部长", "牙岚珩", "middle", "讲解员排班和讲解补贴分配不公", "低风险", "排班和补贴每月公示。"),
        ("财务室", "会计", "谭珩澈", "general", "景区收入不入账、设立账外账", "高风险", "收入统一进入财政专户，定期审计。"),
        ("财务室", "会计", "谭珩澈", "general", "报销票据审核不严", "中风险", "报销单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "donglan_leninyan_two_sheets", "http://news.gscn.com.cn/system/2023/11/22/013059738.shtml",
        "县列宁岩景区管理服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's report on 东兰 红色旅游 (列宁岩, "
        "“红色+研学+旅游”, 游客接待): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 内设机构 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def donglan_heritage_site_register() -> dict:
    unit = f"{PLACE}革命旧址保护管理中心"
    sh = _Sheet("登记表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, None, None, None)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "谭滢翃", "leader", "魁星楼、红七军前敌委旧址修缮项目验收把关不严", "岗位职责", "高",
         "验收邀请文物专家和使用单位共同参加。"),
        ("中心领导", "主任", "谭滢翃", "leader", "旧址周边建设项目审核中收受好处", "思想道德", "高",
         "审核意见集体研究，实行回避。"),
        ("保护管理部", "部长", "牙琬泓", "middle", "旧址保护范围内违法建设巡查发现不报", "业务流程", "中",
         "巡查情况每周报告，建立台账。"),
        ("保护管理部", "巡查员", "谭泓岫", "general", "巡查经费虚报冒领", "制度机制", "低",
         "巡查经费凭巡查记录和行程核发。"),
        ("展陈宣传部", "部长", "牙翎湛", "middle", "展陈资料征集补偿标准随意", "制度机制", "中",
         "征集补偿按评估结果，集体研究。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [typ], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年3月", None)
    return _layout(
        "donglan_heritage_site_register", "http://hbzqbyyxgs.com/citiao/114847.html",
        "县革命旧址保护管理中心 廉政风险点排查登记表, after the source's page on 东兰's 革命遗址 (魁星楼, 红七军前敌委旧址, "
        "烈士陵园, 纪念馆): a title, a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, 廉政风险点/风险类别 (short "
        "names)/风险等级 高/中/低/防控措施, a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    donglan_martyrs_cemetery_first_is_key(),
    donglan_culture_bureau_list(),
    donglan_memorial_hall_cards(),
    donglan_relics_office_posts(),
    donglan_training_centre_groups(),
    donglan_tourism_centre_selfchecks(),
    donglan_leninyan_two_sheets(),
    donglan_heritage_site_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch847-inbox"))
