"""The eight-hundred-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's human
resources and social security bodies, 清流县 (of 三明市, 福建省) — its 人力资源和社会保障局, 就业服务中心,
劳动保障监察大队, 人事考试中心, 劳动人事争议仲裁院, 城乡居民社会养老保险中心 and 嵩溪镇人力资源和社会保障所 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 人社局's 一览表 under ``附件1`` and a 填报单位 line: ``科室`` merged, ``岗位 | 姓名`` merged per
  person, ``一级/二级/三级``, no type column;
- the 就业服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 劳动保障监察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 人事考试中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 劳动人事争议仲裁院's 责任清单 under GROUP ROWS ``一、院领导`` … ``三、仲裁庭`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 嵩溪镇人社所's 自查表, one sheet a person: a label row ``姓　名 | 职　务 | 填表时间`` over a row of
  values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 城乡居民社会养老保险中心's 登记表: ``股室 | 岗位 | 责任人`` written on EVERY row, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``qingliu_social_insurance_center_block_posts``: the 社会保险中心's 岗位廉政风险点排查表, ``股室``
  merged over each block, ``岗位 | 姓名`` one row a point of the named staff — and at the foot of each
  block one or two rows of the block's COMMON points whose ``岗位`` cell names no single post but
  ``全股人员`` or SEVERAL POSTS OF THE BLOCK (``主任、副主任``, ``股长、审核员``) and whose ``姓名`` cell is
  ``—``; a ``注：`` line under the table says such a row is a point shared by the persons named above
  it in the same 股室 (all of them for ``全股人员``, those of the listed posts otherwise). So a point
  belongs to holders named only in OTHER rows of its block, picked by post; the 经办员 of a block
  whose common row lists ``股长、审核员`` does not have it. The README's 读得懂的表 knows a cell listing
  several posts as "只是负责的人", common points on another sheet applied to everyone (by a note) or
  claimed by number, group rows naming the holders who share the rows under them, a collective
  holder, ``同上``/``同左`` cells; it does not describe common rows inside a 股室 block whose post cell
  (``全股人员`` or a list of the block's posts) resolves to the persons named in that block's other
  rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 满洲里 通告 on 违规领取社会保险待遇 —
死亡冒领, 服刑人员冒领, 工伤供养亲属抚恤金; a 解读 of the 保障农民工工资支付条例 — 工资保证金, 专用账户,
违法分包; a piece on 就业资金清算 — 资金挪用, 分配不公, 监管不足; a comment on 根治欠薪 — 工资支付台账检查,
实名制, 工资专用账户; a report on the 广西 公务员考试 泄题 — 命题, 试卷运输, 考试中心 干部; a paper on
劳动监察 and 劳动人事争议仲裁 — 人情执法, 仲裁程序公正; a 永定区 report on 骗取冒领社保金 — 资格认证,
追回冒领; a 东昌府区 居保处 举报奖励制度 — 冒领养老金, 举报保密) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 艾 and 薄 with rare given names); every unit is a body of 清流县.

Run ``python tests/published/score.py --set batch843`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose ``岗位`` is ``全股人员`` and whose ``姓名`` is ``—`` is a point of every
  person named in the other rows of its 股室 block (with the row's level); a row whose ``岗位`` lists
  posts of the block (``股长、审核员``) is a point of the persons of those posts in the block only;
  such rows name no holder of their own (no form ``全股人员``); the ``注：`` line and the 填表/审核
  line are no points;
- ``局领导``, ``中心领导``, ``大队领导``, ``院领导`` (a 科室 cell or a group row) are the 科室 of those leaders;
  the 就业服务中心's leaders (sheet ``中心领导``, no 科室 column), the 考试中心's card holders and the
  人社所's staff (no 科室 anywhere) have no 科室; a 股, 中队, 庭 is a 科室; a group row ``三、仲裁庭``
  gives the 科室 ``仲裁庭``;
- 局长, 副局长, 主任, 副主任, 大队长, 院长 and the 人社所's 所长 are leaders; 股长 and 中队长 middle; the rest
  (经办员, 征缴员, 稽核员, 审核员, 监察员, 立案员, 仲裁员, 书记员, 协理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 监察大队's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b843_"
PLACE = "清流县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "—"
ALL = "全股人员"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, [(post, name, tier, [(point, level, measures)])], [(posts cell, point, level, measures)])
BLOCKS = [
    ("中心领导", [
        ("主任", "艾翯渟", "leader", [
            ("社会保险基金支出审批不经集体研究", "一级", "大额待遇支出经中心主任办公会集体研究，纪要存档。"),
        ]),
        ("副主任", "薄砚澂", "leader", [
            ("工伤保险待遇核定打招呼、说情", "二级", "工伤待遇核定实行经办、复核、审批三岗分设。"),
        ]),
    ], [
        ("主任、副主任", "对死亡、服刑人员冒领待遇问题查处不力", "一级", "每月与公安、民政、法院数据比对，冒领待遇限期追回。"),
    ]),
    ("基金征缴股", [
        ("股长", "艾珣翊", "middle", [
            ("违规为参保单位核减缴费基数", "一级", "缴费基数调整须有工资台账佐证，双人审核。"),
        ]),
        ("稽核员", "薄岍霁", "general", [
            ("稽核中接受参保单位宴请，隐瞒少报漏报", "二级", "稽核两人以上同行，稽核报告经股务会审定。"),
        ]),
    ], [
        (ALL, "违规办理一次性补缴养老保险费", "一级", "补缴凭原始工资表办理，补缴三年以上报县人社局审批。"),
    ]),
    ("待遇审核股", [
        ("股长", "薄翃瑆", "middle", [
            ("提前退休特殊工种审核把关不严", "一级", "特殊工种名册与原始档案逐一核对，结果公示。"),
        ]),
        ("审核员", "艾澔琰", "general", [
            ("工伤供养亲属抚恤金停发不及时", "二级", "供养亲属每年资格认证，到期自动停发。"),
        ]),
        ("经办员", "艾湉珝", "general", [
            ("养老金领取资格认证代认证、走过场", "三级", "认证信息系统留痕，每季度抽查。"),
        ]),
    ], [
        ("股长、审核员", "违规为重复领取待遇人员办理待遇", "二级", "待遇核定前查询全国社保待遇领取信息。"),
    ]),
]  # fmt: skip


def qingliu_social_insurance_center_block_posts() -> dict:
    unit = f"{PLACE}社会保险中心"
    sh = _Sheet("排查表", [6, 12, 14, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, people, common in BLOCKS:
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        for posts, point, lv, measures in common:
            n += 1
            sh.add(n, dept, posts, NONE, point, lv, measures)
            for post, who, tier, _points in people:
                if posts == ALL or post in posts.split("、"):
                    t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：岗位栏填“全股人员”或填写几个岗位、姓名栏为“—”的，为本股室上列相应岗位人员共同的风险点"
              "（“全股人员”指本股室上列全部人员）。", 7)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "qingliu_social_insurance_center_block_posts", "https://www.mzlsrc.cn/article/index.php?c=show&id=189",
        "(harder) 县社会保险中心 岗位廉政风险点排查表, after the source's 通告 on 违规领取社会保险待遇 (死亡冒领, 服刑人员冒领, "
        "工伤供养亲属抚恤金, 重复领取): a title, a merged 填报单位/date line, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 "
        "| 防控措施`` with 股室 merged over its block; each block's named staff one row a point, then COMMON rows whose 岗位 "
        "cell is ``全股人员`` or lists several of the block's posts (``主任、副主任``, ``股长、审核员``) and whose 姓名 is "
        "``—``, a point of the persons of those posts named above in the block; ``一级/二级/三级``, no type column; a "
        "``注：`` line saying so and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingliu_hrss_bureau_list() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报日期：2025年5月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "艾璆漪", "leader", "事业单位公开招聘方案设置倾向性报考条件", "一级",
         "招聘方案经局党组会研究，报考条件向社会公示。"),
        ("局领导", "局长", "艾璆漪", "leader", "就业专项资金安排不经党组会集体研究", "一级",
         "资金安排实行“三重一大”集体决策。"),
        ("局领导", "副局长", "薄嵚玥", "leader", "农民工工资保证金返还审核把关不严", "一级",
         "保证金返还凭无欠薪公示材料，经分管领导和局长两级审批。"),
        ("劳动关系股", "股长", "艾淼珺", "middle", "工资保证金差异化存储降比审核不实", "二级",
         "降比条件逐项核实，结果在局网站公示。"),
        ("劳动关系股", "股长", "艾淼珺", "middle", "违法分包项目欠薪线索不移交查处", "三级",
         "欠薪线索登记台账，按月向监察大队移交。"),
        ("人事人才股", "股长", "薄昶翾", "middle", "职称评审推荐材料审核不严", "二级",
         "推荐材料单位公示、股室初审、评委会复审。"),
        ("人事人才股", "股长", "薄昶翾", "middle", "事业单位人员工资套改违规审批", "二级",
         "工资审批表由经办、股长、分管领导三级签批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "qingliu_hrss_bureau_list", "http://www.huancui.gov.cn/art/2024/5/20/art_64228_4581550.html",
        "县人社局 岗位廉政风险防控一览表, after the source's 解读 of the 保障农民工工资支付条例 (工资保证金, 工资专用账户, "
        "违法分包, 层层转包, 部门职责分工): ``附件1``, a title, a merged 填报单位（盖章）/填报日期 line, 序号/科室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def qingliu_employment_center_two_sheets() -> dict:
    unit = f"{PLACE}就业服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("艾旻澂", "主任", "主持全面工作", [
            ("就业补助资金分配不按因素法测算", "Ⅰ级", "资金分配方案集体研究，分配结果公开。"),
            ("公益性岗位开发安置优亲厚友", "Ⅰ级", "安置对象经村（社区）推荐、中心审核、公示。"),
        ]),
        ("薄瑀汧", "副主任", "分管职业培训、创业服务", [
            ("定点培训机构认定不公开、不公平", "Ⅰ级", "定点机构公开遴选，名单向社会公布。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("职业培训股", "股长", "艾峤瑗", "middle", "培训补贴申领虚报培训人数、课时", "Ⅰ级",
         "培训全程视频监控，学员人脸识别签到。"),
        ("职业培训股", "股长", "艾峤瑗", "middle", "培训班开班、结业检查走过场", "Ⅱ级", "开班、结业两次现场核查，记录存档。"),
        ("就业创业股", "经办员", "薄湛琚", "general", "创业担保贷款贴息审核把关不严", "Ⅱ级", "贴息资料双人审核，贴息名单公示。"),
        ("就业创业股", "经办员", "薄湛琚", "general", "一次性求职创业补贴重复发放", "Ⅲ级", "发放前系统比对身份信息。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "qingliu_employment_center_two_sheets",
        "https://www.hkyyi.com/html/jiu-ye-zi-jin-qing-suan-bao-gao-jie-shi-guan-jian-wen-ti-ru-he-que-bao-zi-jin-he-gui-yu-gao-xiao-shi.html",
        "县就业服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's piece on 就业资金清算 (资金挪用, 分配不公, 培训项目, "
        "补贴发放, 监管不足): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qingliu_labor_inspection_posts() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "欠薪案件查处", "对欠薪案件查处打招呼、说情，降格处理", "岗位职责风险", "高",
         "重大欠薪案件集体讨论，查处结果公开。"),
        ("大队领导", "大队长", "leader", "行政处罚裁量", "罚款数额不按裁量基准确定，随意减免", "制度机制风险", "高",
         "严格执行行政处罚裁量基准，法制审核。"),
        ("一中队", "中队长", "middle", "工资支付台账检查", "检查中接受企业宴请，隐瞒违法事实", "思想道德风险", "中",
         "检查两人以上，全程执法记录仪记录。"),
        ("一中队", "中队长", "middle", "用工实名制检查", "实名制检查不如实记录，替企业补资料", "业务流程风险", "中",
         "检查记录当场由企业签字确认。"),
        ("二中队", "监察员", "general", "投诉举报受理", "对投诉举报不登记、拖延处理", "岗位职责风险", "中",
         "投诉举报一律登记，限时办结。"),
        ("二中队", "监察员", "general", "执法文书送达", "泄露举报人信息，文书送达不规范", "外部环境风险", "低",
         "举报人信息专人保管，文书送达留存回执。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "qingliu_labor_inspection_posts", "http://jizihe.com/page/2020/0221/17690707.shtml",
        "县劳动保障监察大队 岗位廉政风险点排查表 对岗不对人, after the source's comment on 根治欠薪 (工资专用账户, 实名制管理, "
        "工资支付台账检查, 恶意欠薪查处): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def qingliu_exam_center_cards() -> dict:
    unit = f"{PLACE}人事考试中心"
    t = _Truth(unit)
    cards = [
        ("主任", "艾璟岫", "主任", "主持中心全面工作", [
            ("试卷接收、保管环节违反保密规定", "★★★", "试卷保密室双人双锁，视频监控全天候。"),
            ("考务工作人员选派不执行回避", "★★", "考务人员签订回避承诺书。"),
        ]),
        ("副主任", "薄琮溆", "副主任", "分管考务、考场管理", [
            ("试卷运输途中拆封、泄露试题", "★★★", "试卷运输两人以上押运，全程定位。"),
            ("考场编排违规调整考生座位", "★★", "考场编排由系统随机生成。"),
            ("监考人员培训流于形式", "★", "监考培训考试合格方可上岗。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, "leader", point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "qingliu_exam_center_cards", "http://kanjz.cn/gongwuyuankaoshi/2969.html",
        "县人事考试中心 领导干部廉政风险防控卡, one sheet a leader, after the source's report on a 公务员录用考试 泄题 (考题泄露, "
        "命题人员, 考卷运输, 考试中心 干部停职): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def qingliu_arbitration_group_rows() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "艾骞翎", "leader", [
                ("仲裁员指定不按轮案规则", "一级风险", "案件按收案顺序轮流分配，系统留痕。"),
                ("重大疑难案件不经仲裁委员会讨论", "二级风险", "重大疑难案件提交仲裁委员会集体讨论。"),
            ]),
        ]),
        ("二、立案庭", "立案庭", [
            ("立案员", "薄岚漱", "general", [
                ("对符合条件的仲裁申请拖延受理", "二级风险", "立案审查时限公开，不予受理须书面说明理由。"),
            ]),
        ]),
        ("三、仲裁庭", "仲裁庭", [
            ("仲裁员", "艾沂瑝", "general", [
                ("私下会见当事人及其代理人", "一级风险", "会见当事人须在办公场所、两人以上。"),
                ("调解中偏袒用人单位一方", "二级风险", "调解笔录经双方签字确认。"),
            ]),
            ("书记员", "薄珧岑", "general", [
                ("庭审笔录记录不全、篡改", "三级风险", "庭审同步录音录像，笔录当庭核对。"),
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
        "qingliu_arbitration_group_rows", "http://www.sxcxldjy.com/show-51-29584-1.html",
        "县劳动人事争议仲裁院 廉政风险防控责任清单, after the source's paper on 劳动监察 and 劳动人事争议仲裁 (人情执法, 选择性执法, "
        "程序公正, 仲裁审理机制): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、院领导``, ``二、立案庭``, ``三、仲裁庭`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def qingliu_songxi_station_selfchecks() -> dict:
    unit = f"{PLACE}嵩溪镇人力资源和社会保障所"
    t = _Truth(unit)
    people = [
        ("艾瀞芃", "所长", "leader", [
            ("城乡居民养老保险待遇资格认证走过场，致死亡冒领", "高风险", "每月与殡葬、卫健数据比对。", "已落实"),
            ("被征地农民参保身份审核不实", "中风险", "参保名单村级公示七天。", "未发现问题"),
        ]),
        ("薄彧澜", "协理员", "general", [
            ("代收居民养老保险费不开具票据", "中风险", "保费一律通过银行代扣或线上缴纳。", "已落实"),
            ("就业困难人员认定材料审核不严", "低风险", "认定材料村（居）初审、所审核。", "已落实"),
            ("代办社保卡收取好处费", "低风险", "代办业务登记，公开服务承诺。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qingliu_songxi_station_selfchecks", "http://www.mxrb.cn/dzb/mxrb/2020-01/13/content_43015.html",
        "镇人力资源和社会保障所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on "
        "骗取冒领社保金 (死亡后不申报, 资格认证, 追回冒领养老金, 人社和公安联合行动): a title, a label row ``姓　名 | 职　务 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def qingliu_pension_center_register() -> dict:
    unit = f"{PLACE}城乡居民社会养老保险中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "艾曦嵘", "leader", "养老保险待遇支付审批把关不严", "制度机制", "一级",
         "待遇支付经股室初审、主任审批，每月公示。"),
        ("参保登记股", "股长", "薄翊瑶", "middle", "违规为超龄人员办理参保补缴", "业务流程", "一级",
         "补缴前系统校验年龄和参保记录。"),
        ("参保登记股", "经办员", "艾璞潆", "general", "参保信息变更不核实本人身份", "岗位职责", "二级",
         "信息变更须本人或委托书办理，留存影像。"),
        ("参保登记股", "经办员", "艾璞潆", "general", "为亲友代办业务收受好处", "思想道德", "三级",
         "公开服务承诺和举报电话。"),
        ("待遇发放股", "稽核员", "薄珩淇", "general", "死亡人员待遇停发不及时", "业务流程", "一级",
         "每月比对死亡人员信息，及时停发。"),
        ("待遇发放股", "稽核员", "薄珩淇", "general", "冒领养老金追回不到位", "外部环境", "二级",
         "冒领待遇建立台账，限期追回，举报有奖。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "qingliu_pension_center_register", "https://epaper.qlwb.com.cn/qlwb/content/20171122/ArticelL01006FM.htm",
        "县城乡居民社会养老保险中心 廉政风险点排查登记表, after the source's 居保处 举报奖励制度 (冒领、骗取养老金, 资格认证, "
        "举报保密): a title, 序号/股室/岗位/责任人 written on EVERY row/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingliu_social_insurance_center_block_posts(),
    qingliu_hrss_bureau_list(),
    qingliu_employment_center_two_sheets(),
    qingliu_labor_inspection_posts(),
    qingliu_exam_center_cards(),
    qingliu_arbitration_group_rows(),
    qingliu_songxi_station_selfchecks(),
    qingliu_pension_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch843-inbox"))
