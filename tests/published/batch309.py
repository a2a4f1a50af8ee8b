"""The three-hundred-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇, their
站所 and their 村 and 社区, 仪陇县 (a hill county of 南充 in 川北, its staff Han) — its 新政镇, the
金城镇's 农村集体“三资”代理服务中心, the 永乐镇's 社保所, a 社区 of 日兴镇, a 村 of 立山镇, a 村 of 度门镇,
the 柳垭镇's 便民服务中心 and the 双胜镇 — each handing back the 防控表, 防控卡, 自查表, 责任清单, 排查表
or 一览表 its staff typed in WPS or Excel:

- the 新政镇's file in TWO SHEETS: ``镇领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 金城镇 “三资”代理服务中心's 防控卡, one sheet a holder (tabs 主任, 代理会计, 出纳): ``持卡人 | … |
  岗　位 | …`` and a merged ``岗位职责`` line above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``,
  short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 永乐镇社保所's 自查表, one sheet a person (tabs named by the post): ``姓　名 | … | 岗　位 | …`` above
  ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``, ``高风险/中风险/低风险``, no type column,
  ``本人签名： | … | 所长意见： | … | 2025年6月``;
- the 日兴镇玉带社区's 责任清单 under ``附件2``: ``岗位``, ``责任人`` and ``职责事项`` merged per person, the
  ``廉政风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, an ``编制： | 审核： | 2025年6月`` line;
- the 立山镇青杠村's 排查表 对岗不对人: NO 科室 and NO name column, ``岗位`` merged per post, a
  ``工作环节`` before the ``廉政风险点``, 高/中/低, no type column; a 制表/审核/date line;
- the 度门镇石龙村's 一览表 under GROUP ROWS ``一、村“两委”成员``, ``二、村务监督委员会``,
  ``三、村级其他工作人员`` merged across: ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``一级风险/二级风险/三级风险``, a 填表人/审核人/村党组织书记（签字） line;
- the 柳垭镇便民服务中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``窗口`` merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``,
  short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``yilong_shuangsheng_town_names_once``: the 双胜镇's 重点工作事项廉政风险防控表, laid out by WORK ITEM
  (``财务管理``, ``惠民惠农补贴发放``, ``工程项目建设``, ``公务接待和公务用车``, ``村级“三资”监管``, merged down
  in a ``工作事项`` column), each row a point with its ``责任科室 | 责任岗位 | 责任人`` in the LAST three
  columns, written on every row without merges — BUT THE 责任人 IS WRITTEN ONLY WHERE THE POST FIRST
  APPEARS IN THE TABLE. The same post (科室 and 岗位 alike) comes back under later work items, far from
  its first row and never next to it, with its 责任人 cell EMPTY, and a merged note under the table
  says so: ``注：同一岗位在本表中多次出现的，责任人只在该岗位首次出现时填写，以下不再重复。`` So the
  holder of an empty row is found by the row's 科室 and 岗位 in an EARLIER, non-adjacent row of the
  same table. The README's 读得懂的表 knows a 科室, 岗位 or 姓名 merged down or written only in the
  first row of a RUN of rows, ``同上`` (the row above), a roster ABOVE, BELOW or BESIDE the table or
  on another sheet matched by the post (``村文书 | 戴晓军 | …``, ``附：岗位人员名单``, ``岗位人员：部长
  禤朗川；…``), a roster joined by a code (``职权编码``, ``工号``, ``岗位编号``), ``（X兼任）`` naming
  another post's holder, and — the other way — a 责任人 column rewritten on each of one person's rows
  whose EMPTY cell means NO holder (a step decided collectively); it does not describe a table that
  is its own roster, a post's 责任人 given once at its first appearance and left empty at its later,
  scattered appearances, by a note that says so.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an auditor on the 经济责任审计 of a
镇's 党政领导干部 — 一般预算收入, 可用财力, 重大经济决策, 政府性债务, 专项资金, 工程项目; a report on
村财 and 委托代理 after a 中纪委 通报 — a 村委会主任, 出纳, 会计 and 综治专干 who shared 集体资金 by
虚开发票、虚列支出, a 村主任 alone holding the 公章; a 社保 notice on a son who drew his dead parents'
养老金 for 27 months — 待遇领取资格认证, 死亡未申报, 稽核, 责令退还; a 县纪委's 通报 of 村干部 who gave
村 工程项目 to 村监会委员 and their own brothers; a 乡纪委's 院坝会 in 岳池县 on a 村党支部副书记, 村主任,
村文书 and 村妇联主席 who drew the 粮食直补 of 全迁户 and 死亡户 in their wives' names; a 州纪委's 通报 of
村“两委” who shared 低保资金 and 公益性岗位补助 across the village, a 村出纳 keeping the difference and
a 村支书 keeping a project's 结余资金; 民政部's 农村低保专项治理 — 漏保, 投诉举报, 在保对象排查; a 镇纪委
that posted a 村支书's 违规收礼 on every 村务公开栏) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames,
some of them common in 川北 — 蹇, 谯, 母, 苟, 敬, 昝 — with rare given names, three characters each);
every unit is a body of 仪陇县.

Run ``python tests/published/score.py --set batch309`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose ``责任人`` is empty belongs to the person named in the FIRST row of
  the same ``责任科室`` and ``责任岗位`` (as the note says): one form a post, its points gathered from
  every work item; ``工作事项`` is no point and no 科室, the note and the sign-off line no points;
  ``填报单位：仪陇县双胜镇纪委`` is the 镇纪委 filling in (the unit is the 镇, from the title);
- in the files of a 镇 (新政镇, 双胜镇) its 办, 站所 and 中心 are 科室 (``党政办公室``, ``财政所``,
  ``农业综合服务中心`` …) and ``镇领导班子`` (the 新政镇's tab and title, the 双胜镇's ``责任科室`` cell) the
  科室 of the leaders; in the files of a 中心 or a 所 (the 三资代理服务中心, the 社保所, the 便民服务中心)
  that body is the unit, its ``窗口`` its 科室 and ``中心领导`` the 科室 of its 主任, a file without such
  a column giving no 科室; a 社区 and a 村 are units with no 科室, and the 村's group rows
  (``一、村“两委”成员`` …) group its posts, they are no 科室;
- 党委书记, 党委副书记、镇长, 党委委员、副镇长, 副镇长, a 中心's 主任 and a 所's 所长 in its own file,
  社区党委书记、居委会主任, 村党支部书记, 村委会主任, 村党总支书记、村委会主任 (一肩挑, kept as written) and
  村委会副主任 are leaders; an 办's, a 中心's or a 所's head in the 镇's list (主任, 所长), 居务监督委员会主任
  and 村务监督委员会主任 middle; the rest (报账员, 民政专干, 统计员, 代理会计, 出纳, 经办员, 稽核员, 社区报账员,
  网格员, 村文书, 村报账员, 村出纳, 村会计, 社会救助经办员, 社保医保经办员, 退役军人服务专干, 会计) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``职责事项``,
  ``工作环节`` and ``自查情况`` are no points and name no holder; the 青杠村's list names no person: its
  forms are posts (对岗不对人);
- ``一级/二级/三级``, ``★★★/★★/★`` (read by the card's note), ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高/中/低``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note) are 1/2/3.

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

PREFIX = "b309_"
PLACE = "仪陇县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

ONCE_HEAD = ("序号", "工作事项", "廉政风险点", "风险类型", "风险等级", "防控措施", "责任科室", "责任岗位",
             "责任人")  # fmt: skip
ONCE_NOTE = "注：同一岗位在本表中多次出现的，责任人只在该岗位首次出现时填写，以下不再重复。"

# (责任科室, 责任岗位) -> (姓名, tier)
ONCE_POSTS = {
    ("党政办公室", "主任"): ("宫蘅岫", "middle"),
    ("财政所", "所长"): ("屠砚笙", "middle"),
    ("财政所", "会计"): ("班筠澈", "general"),
    ("社会事务办公室", "民政专干"): ("秋湉蓁", "general"),
    ("农业综合服务中心", "主任"): ("仰翀颀", "middle"),
    ("经济发展办公室", "主任"): ("慎珧晞", "middle"),
    ("镇领导班子", "副镇长"): ("韶箬菡", "leader"),
}

# (工作事项, [(廉政风险点, 风险类型, 等级, 防控措施, 责任科室, 责任岗位)])
ONCE_ITEMS = [
    ("财务管理", [
        ("公务支出审批把关不严，虚列会议费、培训费", "岗位职责", "中", "支出凭证经办、审核、审批三签，每季度内部审计。",
         "党政办公室", "主任"),
        ("收入不及时入账，坐收坐支", "制度机制", "高", "收入全部缴入镇财政账户，票据连号使用。", "财政所", "会计"),
        ("违规出借财政资金，资金调度不经集体研究", "业务流程", "高", "资金调度经党委会研究，纪要存档。", "财政所", "所长"),
    ]),
    ("惠民惠农补贴发放", [
        ("低保、特困对象评议优亲厚友，漏保错保", "思想道德", "高", "入户核查、村级评议、镇级审核逐级留痕，名单公示七天。",
         "社会事务办公室", "民政专干"),
        ("补贴资金“一卡通”发放时代领代签，截留补贴", "岗位职责", "高", "补贴资金直接打卡到户，每季度电话回访。", "财政所",
         "会计"),
        ("耕地地力补贴面积核实不严，虚报冒领", "业务流程", "中", "补贴面积与确权数据比对，村组公示。", "农业综合服务中心",
         "主任"),
    ]),
    ("工程项目建设", [
        ("小型工程项目化整为零，规避比选", "制度机制", "高", "限额以上项目一律进入公共资源交易平台。", "经济发展办公室",
         "主任"),
        ("工程款不按进度和合同拨付", "业务流程", "中", "工程款拨付凭监理、审计意见，分管领导会签。", "财政所", "所长"),
        ("插手干预村级工程发包，为亲友承揽项目", "外部环境", "高", "领导干部插手干预工程项目登记报告。", "镇领导班子",
         "副镇长"),
    ]),
    ("公务接待和公务用车", [
        ("无公函接待、超标准接待", "制度机制", "中", "接待实行公函、审批单、清单“三单”报账。", "党政办公室", "主任"),
        ("公务用车加油、维修费用报销审核不严，虚报冒领", "思想道德", "低", "车辆定点加油维修，费用按车登记，每月公示。",
         "财政所", "会计"),
    ]),
    ("村级“三资”监管", [
        ("村集体资产出租、发包审核走过场", "岗位职责", "中", "发包方案经村民代表会议通过后报镇审核。", "农业综合服务中心",
         "主任"),
        ("村级项目结余资金不清算、不收回", "业务流程", "低", "项目完工三十日内清算，结余资金收回村集体账户。",
         "经济发展办公室", "主任"),
        ("对村干部违规收受礼金等问题监督不力", "外部环境", "中", "节前廉洁提醒，村务公开栏公布举报电话。", "镇领导班子",
         "副镇长"),
    ]),
]  # fmt: skip


def yilong_shuangsheng_town_names_once() -> dict:
    unit = f"{PLACE}双胜镇"
    ncols = len(ONCE_HEAD)
    sh = _Sheet("防控表", [6, 12, 34, 10, 8, 32, 14, 10, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}重点工作事项廉政风险防控表", ncols)
    _line(sh, f"填报单位：{unit}纪委{GAP * 10}填报时间：2025年6月", ncols)
    sh.add(*ONCE_HEAD)
    first, seen, n = len(sh.rows), set(), 0
    for item, points in ONCE_ITEMS:
        for point, typ, lv, measures, dept, post in points:
            n += 1
            who, tier = ONCE_POSTS[(dept, post)]
            sh.add(
                n, item, point, typ, lv, measures, dept, post, None if (dept, post) in seen else who
            )
            seen.add((dept, post))
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, ONCE_NOTE, ncols)
    sh.add("填表人：", None, "审核人：", None, None, "镇纪委书记（签字）：", None, None, None)
    return _layout(
        "yilong_shuangsheng_town_names_once", "https://ttnews.xyz/a/5b58b6f2dc9b5e2564202dc3?lang=zh-hans",
        "(harder) 镇 重点工作事项廉政风险防控表, after the source's 镇纪委 that posted a 村支书's 违规收礼 on every 村务公开栏: a "
        "title, a merged ``填报单位：…镇纪委　填报时间：2025年6月`` line, then 序号/工作事项 (merged down: 财务管理, 惠民惠农补贴发放, "
        "工程项目建设, 公务接待和公务用车, 村级“三资”监管)/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 and LAST the "
        "three columns 责任科室 | 责任岗位 | 责任人 written on every row, no merges — the 责任人 ONLY WHERE THE POST FIRST APPEARS, "
        "EMPTY at the post's later rows under other work items (never next to its first row), as a merged ``注：同一岗位在本表中"
        "多次出现的，责任人只在该岗位首次出现时填写…`` line under the table says; a 填表人/审核人/镇纪委书记（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yilong_xinzheng_town_two_sheets() -> dict:
    unit = f"{PLACE}新政镇"
    t = _Truth(unit)
    lead = _Sheet("镇领导班子", [6, 9, 16, 20, 36, 9, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("贡沨瑀", "党委书记", "主持党委全面工作", [
            ("重大经济决策不经党委会集体研究，个人说了算", "一级", "落实“三重一大”集体决策制度，会议纪要存档。"),
            ("干预下属站所和村级工程项目发包", "一级", "领导干部插手干预工程项目一律登记报告。"),
        ]),
        ("充峤芃", "党委副书记、镇长", "主持政府全面工作，分管财政", [
            ("违规举借政府性债务，新增隐性债务", "一级", "举债事项报县政府审批，债务台账每季度更新。"),
            ("专项资金挤占挪用，用于平衡一般性支出", "二级", "专项资金专款专用，年终接受县审计局审计。"),
        ]),
        ("宰篁溆", "党委委员、副镇长", "分管农业农村、城乡建设", [
            ("项目验收把关不严，为施工方提供关照", "二级", "项目验收由经发办、财政所、村代表共同签字。"),
            ("接受管理服务对象宴请和礼品礼金", "三级", "节前廉洁提醒，收受礼品一律登记上交。"),
        ]),
    ]  # fmt: skip
    first, n = len(lead.rows), 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "镇领导班子", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    dept = _Sheet("内设机构", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}内设机构岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党政办公室", "主任", "伊璆暄", "middle", [
            ("公务接待、会议费用报销审核不严", "二级", "报销凭证经主任、分管领导、镇长三签。"),
        ]),
        ("党政办公室", "报账员", "居淙蕖", "general", [
            ("白条入账，虚列支出套取资金", "一级", "杜绝白条入账，票据逐张审核。"),
            ("报账资料不及时整理归档", "三级", "报账资料按月装订归档。"),
        ]),
        ("经济发展办公室", "主任", "步柘嵩", "middle", [
            ("项目申报数据不实，虚报项目套取资金", "一级", "申报数据现场核实，申报材料公示。"),
        ]),
        ("经济发展办公室", "统计员", "益荇岚", "general", [
            ("统计数据弄虚作假", "二级", "统计数据与部门台账比对，双人复核。"),
        ]),
        ("社会事务办公室", "民政专干", "边琤柘", "general", [
            ("低保、临时救助审核优亲厚友", "一级", "审核结果村镇两级公示，接受举报。"),
            ("救助资金发放不及时、代领代签", "二级", "救助资金打卡发放，发放名单公开。"),
        ]),
    ]  # fmt: skip
    first, n = len(dept.rows), 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "镇长（签字）：", None)
    source = ("https://hefei.baogaosu.com/xinwen/%E9%A2%86%E5%AF%BC%E5%B9%B2%E9%83%A8%E7%BB%8F%E6%B5%8E%E8%B4%A3%E4%BB%BB"
              "%E5%AE%A1%E8%AE%A1%E7%9A%84%E8%A1%A8%E6%A0%BC%E5%8C%96/36985581")  # fmt: skip
    return _layout(
        "yilong_xinzheng_town_two_sheets", source,
        "镇 廉政风险防控表 in two sheets, after the source's 经济责任审计 of a 镇's 党政领导干部 (重大经济决策, 政府性债务, 专项资金, "
        "工程项目): ``镇领导班子`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "a 填表人/审核人/date line) and ``内设机构`` (a title, 序号/科室 merged (党政办公室, 经济发展办公室, 社会事务办公室)/岗位 and 姓名 "
        "merged per person/…; a 填表人/审核人/镇长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def yilong_jincheng_sanzi_center_cards() -> dict:
    unit = f"{PLACE}金城镇农村集体“三资”代理服务中心"
    t = _Truth(unit)
    holders = [
        ("主任", "越簃苕", "leader", "主持中心全面工作，审核村级收支凭证和资产处置事项", [
            ("审核村级收支凭证走过场，为虚开发票、虚列支出开绿灯", "岗位职责", "★★★", "凭证实行代理会计初审、主任复审，问题凭证一律退回。"),
            ("村集体资产处置不审核程序，默许低价处置", "制度机制", "★★", "资产处置须附村民代表会议决议，报镇审核备案。"),
            ("接受村干部宴请，对违规问题不报告", "思想道德", "★", "发现问题按月报告镇纪委。"),
        ]),
        ("代理会计", "束葳澄", "general", "负责代理村级会计核算，审核报账单据", [
            ("为村干部虚列支出、私分集体资金做账", "岗位职责", "★★★", "支出单据须村务监督委员会签字，账务每季度公开。"),
            ("村级账目记账不及时，形成“糊涂账”", "业务流程", "★★", "村级账目按月结账，年终对账。"),
        ]),
        ("出纳", "印骞湛", "general", "负责村级资金收付和备用金管理", [
            ("村级资金收付不入账，公款私存", "岗位职责", "★★★", "村级资金全部进入“村账乡管”专户，收付日清月结。"),
            ("备用金超限额留存，长期借支不收回", "制度机制", "★★", "备用金限额管理，借支一月内报账。"),
            ("村级公章、票据保管混乱", "外部环境", "★", "公章、票据专柜保管，使用登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duties, points in holders:
        sh = _Sheet(post, [8, 36, 10, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"岗{GAP}位", post, None)
        r = sh.add("岗位职责", duties, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, None, "监督电话：12388", None)
        sheets.append(sh)
    return _layout(
        "yilong_jincheng_sanzi_center_cards", "http://journal.crnews.net/nccwhj/2017n/d4q/gc/58233_20170406104934.html",
        "镇 农村集体“三资”代理服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 代理会计, 出纳), after the source's report on "
        "村财 and 委托代理 (a 村委会主任, 出纳, 会计 and 综治专干 who shared 集体资金 by 虚开发票、虚列支出; a 村主任 alone holding the 公章): "
        "a title, ``持卡人 | … | 岗　位 | …`` and a merged ``岗位职责`` line, then 序号/风险点/风险类型 (short names)/风险等级 "
        "``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：12388``",
        sheets, t,
    )  # fmt: skip


def yilong_yongle_social_security_selfchecks() -> dict:
    unit = f"{PLACE}永乐镇社保所"
    t = _Truth(unit)
    people = [
        ("所长", "庄茝漪", "leader", [
            ("对死亡人员待遇停发把关不严，造成养老金被冒领", "高风险", "每月与公安、民政、殡葬数据比对，及时停发。", "已落实"),
            ("违规为不符合条件人员办理补缴、提前领取待遇", "高风险", "补缴和待遇核定实行经办、复核双岗。", "未发现问题"),
            ("对稽核发现的问题不追回、不报告", "中风险", "稽核问题建立台账，限期追回。", "已落实"),
        ]),
        ("经办员", "怀曜菁", "general", [
            ("待遇领取资格认证走过场，代他人认证", "高风险", "认证采用人脸识别，入户认证两人以上。", "已整改"),
            ("参保信息录入错误或擅自修改", "中风险", "信息修改须附原始凭证并经所长审批。", "已落实"),
        ]),
        ("稽核员", "艾潆翀", "general", [
            ("稽核中接受当事人请托，少报冒领金额", "中风险", "稽核结果集体审定，追回金额公示。", "未发现问题"),
            ("泄露参保人员个人信息", "低风险", "系统查询留痕，签订保密承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(post, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}工作人员廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, "2025年6月")
        sheets.append(sh)
    return _layout(
        "yilong_yongle_social_security_selfchecks", "https://www.163.com/dy/article/KEICJSPV0525TFAM.html",
        "镇社保所 工作人员廉政风险自查表, one sheet a person (tabs named by the post: 所长, 经办员, 稽核员), after the source's 社保 notice on a "
        "son who drew his dead parents' 养老金 (资格认证, 死亡未申报, 稽核, 责令退还): a title, ``姓　名 | … | 岗　位 | …`` in one row of "
        "pairs, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 所长意见： "
        "| 2025年6月``",
        sheets, t,
    )  # fmt: skip


def yilong_rixing_community_duties() -> dict:
    unit = f"{PLACE}日兴镇玉带社区"
    sh = _Sheet("责任清单", [6, 14, 9, 18, 34, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社区党委书记、居委会主任", "赖苕颀", "leader", "社区全面工作和重大事项", "将社区改造工程违规发包给亲属或居务监督委员", "制度机制",
         "Ⅰ级", "工程发包经“四议两公开”，亲属回避。"),
        ("社区党委书记、居委会主任", "赖苕颀", "leader", "社区全面工作和重大事项", "社区集体资产出租不公开竞价", "业务流程", "Ⅱ级",
         "出租方案公示，公开竞价。"),
        ("居务监督委员会主任", "乔晞砚", "middle", "居务监督", "对工程发包、资金支出监督走过场", "岗位职责", "Ⅱ级", "重大事项全程参与监督并签字。"),
        ("社区报账员", "习岫篁", "general", "社区财务报账", "虚开票据报账，套取社区经费", "思想道德", "Ⅰ级", "票据经居务监督委员会审核后报账。"),
        ("社区报账员", "习岫篁", "general", "社区财务报账", "报账不及时，现金长期滞留个人手中", "制度机制", "Ⅲ级", "现金收入三日内存入镇代理账户。"),
        ("网格员", "慕蕖珩", "general", "网格信息采集和走访", "为亲友提供虚假信息办理救助", "思想道德", "Ⅱ级", "信息采集两人核实，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "yilong_rixing_community_duties", "https://www.qingtian.gov.cn/art/2020/9/1/art_1229571632_109239.html",
        "镇的社区 廉政风险防控责任清单, after the source's 县纪委 通报 of 村干部 who gave 村 工程项目 to 村监会委员 and their own brothers: "
        "``附件2``, a title, 序号/岗位, 责任人 and 职责事项 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def yilong_lishan_village_posts() -> dict:
    unit = f"{PLACE}立山镇青杠村"
    sh = _Sheet("排查表", [6, 14, 16, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部岗位廉政风险排查表", 6)
    sh.add("序号", "岗位", "工作环节", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "leader", "惠农补贴申报审核", "以亲属名义冒领全迁户、死亡户的粮食直补", "高", "补贴名册与户籍、死亡信息比对，张榜公示。"),
        ("村党支部书记", "leader", "村级重大事项决策", "村级事务不经“四议两公开”个人决定", "中", "重大事项按程序决策，会议记录存档。"),
        ("村委会主任", "leader", "惠农补贴申报审核", "虚报种植面积套取补贴", "高", "面积由村民小组长、户主签字确认。"),
        ("村委会主任", "leader", "村集体资产管理", "集体土地、堰塘低价发包给亲友", "中", "发包公开竞价，合同报镇备案。"),
        ("村文书", "general", "补贴名册编制", "编制补贴名册时不剔除全迁户、死亡户", "高", "名册编制后由村务监督委员会逐户核对。"),
        ("村报账员", "general", "村级报账", "代领代签补贴资金", "中", "补贴资金一律打卡到户，禁止代领。"),
        ("村报账员", "general", "村级报账", "报账票据不真实、不完整", "低", "票据经村务监督委员会审核签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, step, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "yilong_lishan_village_posts", "http://www.www6ccc.com/html/2019/toutiao_0719/70558.html",
        "镇的村 村干部岗位廉政风险排查表 对岗不对人, after the source's 乡纪委 院坝会 on a 村党支部副书记, 村主任, 村文书 and 村妇联主席 who drew "
        "the 粮食直补 of 全迁户 and 死亡户 in their wives' names: a title, then 序号/岗位 (merged per post)/工作环节/廉政风险点/风险等级 "
        "高/中/低/防控措施; no 科室, no names, no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def yilong_dumen_village_groups() -> dict:
    unit = f"{PLACE}度门镇石龙村"
    sh = _Sheet("一览表", [6, 18, 9, 36, 14, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、村“两委”成员", [
            ("村党总支书记、村委会主任", "祖颀淙", "leader", [
                ("召集“两委”会议违规平分低保资金", "制度机制风险", "一级风险", "低保对象镇级审核、县级审批，资金打卡到户。"),
                ("项目结余资金不清算，长期滞留不收回", "岗位职责风险", "二级风险", "项目完工即清算，结余资金收回村集体账户。"),
            ]),
            ("村委会副主任", "臧燊岑", "leader", [
                ("公益性岗位人员不按实际上岗人员发放补助", "业务流程风险", "一级风险", "公益性岗位人员考勤公示，补助按考勤发放。"),
            ]),
        ]),
        ("二、村务监督委员会", [
            ("村务监督委员会主任", "容澈萏", "middle", [
                ("对低保评议、资金使用监督不到位", "岗位职责风险", "二级风险", "全程参与评议，监督意见书面存档。"),
            ]),
        ]),
        ("三、村级其他工作人员", [
            ("村出纳", "游楠笙", "general", [
                ("低保资金调标后差额据为己有", "思想道德风险", "一级风险", "调标资金直接打卡，出纳不经手现金。"),
                ("现金收支不及时登记", "制度机制风险", "三级风险", "现金日记账日清月结，镇代理会计每月核对。"),
            ]),
            ("村会计", "申瀚箬", "general", [
                ("为平分资金虚造发放表做账", "岗位职责风险", "二级风险", "发放表与银行流水逐笔核对。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "村党组织书记（签字）：", None, None)
    return _layout(
        "yilong_dumen_village_groups", "http://wwwfh2222.com/news/m/2020-06-02/detail-iirczymk4714482.shtml?from=sc_ydph",
        "镇的村 村干部廉政风险防控一览表, after the source's 州纪委 通报 of 村“两委” who shared 低保资金 and 公益性岗位补助, a 村出纳 keeping "
        "the difference and a 村支书 keeping a project's 结余资金: a title, then 序号/岗位/姓名 (both merged per person)/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、村“两委”成员``, ``二、村务监督委员会``, "
        "``三、村级其他工作人员`` merged across; a 填表人/审核人/村党组织书记（签字） line",
        [sh], t,
    )  # fmt: skip


def yilong_liuya_service_center_list() -> dict:
    unit = f"{PLACE}柳垭镇便民服务中心"
    sh = _Sheet("一览表", [6, 14, 14, 9, 20, 34, 10, 8, 30])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", 9)
    sh.add("序号", "窗口", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "仲葳嵩", "leader", "审批把关不严", "对低保、救助申请审核签字走过场，默许漏保、错保", "岗位职责", "Ⅰ",
         "审批事项逐件复核，每季度抽查在保对象。"),
        ("中心领导", "主任", "仲葳嵩", "leader", "压案不查", "对群众投诉举报不登记、不核查", "制度机制", "Ⅱ", "投诉举报统一登记编号，限期办结反馈。"),
        ("社会救助窗口", "社会救助经办员", "全篁曜", "general", "优亲厚友", "为亲友违规办理低保、临时救助", "思想道德", "Ⅰ",
         "经办人员亲属申请实行备案回避。"),
        ("社会救助窗口", "社会救助经办员", "全篁曜", "general", "动态管理不到位", "对已不符合条件的在保对象不及时清退", "业务流程", "Ⅱ",
         "每半年开展一次在保对象排查。"),
        ("社保医保窗口", "社保医保经办员", "姬沨菡", "general", "违规代办代缴", "收取群众现金代缴医保费不入账", "岗位职责", "Ⅱ",
         "群众自助缴费，窗口不收现金。"),
        ("退役军人服务窗口", "退役军人服务专干", "易峤湉", "general", "虚报优抚对象", "虚报、冒领优抚对象生活补助", "外部环境", "Ⅲ",
         "优抚对象年度确认入户核实，名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (win, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, win, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, win, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None, None)
    return _layout(
        "yilong_liuya_service_center_list", "http://www.handmsg.com/page/2018/0621/3673303.shtml",
        "镇便民服务中心 岗位廉政风险防控一览表, after the source's 民政部 农村低保专项治理 (漏保, 投诉举报, 在保对象排查): ``附件1``, a title, "
        "a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/窗口 merged (中心领导, 社会救助窗口, 社保医保窗口, "
        "退役军人服务窗口)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yilong_xinzheng_town_two_sheets(),
    yilong_jincheng_sanzi_center_cards(),
    yilong_yongle_social_security_selfchecks(),
    yilong_rixing_community_duties(),
    yilong_lishan_village_posts(),
    yilong_dumen_village_groups(),
    yilong_liuya_service_center_list(),
    yilong_shuangsheng_town_names_once(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch309-inbox"))
