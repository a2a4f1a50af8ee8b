"""The seven-hundred-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 社区 and
民政 bodies, 爱辉区 (of 黑河市, 黑龙江省) — its 民政局, 殡葬管理所, 殡仪馆, 花园街道办事处, 民政事务服务中心,
婚姻登记处, 养老服务中心 and 兴安街道社区服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 殡葬管理所's 责任清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级/二级/三级``, no type column;
- the 殡仪馆's workbook in TWO SHEETS ``馆领导`` (``姓名 | 职务`` merged per leader) and ``业务科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``高/中/低``;
- the 花园街道办事处's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``科室`` merged, ``岗位 | 姓名``
  merged per person, ``风险类型`` (short names), ``Ⅰ级/Ⅱ级/Ⅲ级``, a 填表人/审核人 line;
- the 民政事务服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, no names,
  ``高风险/中风险/低风险``;
- the 婚姻登记处's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label row, ``★★★/★★/★``
  read by a ``注：`` line;
- the 养老服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over
  a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``;
- the 兴安街道社区服务中心's 一览表: ``部门 | 岗位 | 责任人`` on EVERY row, ``风险类型`` (``…风险``), 高/中/低,
  a ``注：`` line.

One is harder:

- ``aihui_civil_affairs_bureau_incompatible_pairs``: the 民政局's 不相容岗位廉政风险防控表 (an internal-
  control table of duties that must be kept apart), ONE ROW A POINT: ``序号 | 业务事项`` then TWO
  holder bands under merged headings ``不相容岗位（一）`` and ``不相容岗位（二）``, each ``岗位 | 责任人``,
  then ``兼任或串通的廉政风险 | 风险等级 | 分离制约措施``. A row's point (the risk of the two duties
  being held by one hand or the two holders colluding) belongs to BOTH holders alike, each with the
  row's level; a holder stands in band (一) on one row and in band (二) on another. The README's
  读得懂的表 knows ``经办人 | 复核人 | 审批人`` columns picked by a 风险环节 cell, ``A角 | B角`` (A角 the
  holder), ``主责岗位 | 配合岗位 | 监督岗位`` resolved by a staff table, a shared point's posts one a line
  in a 责任岗位 cell; it does not describe two equal post/holder bands side by side under
  不相容岗位 headings where the row is the point of both.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市民政局 on 城乡低保 “互联网+监督”
— 网上审批, 家庭经济状况核对, 公示, 投诉举报; a comment on a 殡葬系统 窝案 — 供应商, 收钱办事, 拉下属
下水; a 民政局 on 殡葬法规 — 殡仪馆, 公墓, 殡葬用品, 暴利; a 街道's 工作总结 — 救助, 敬老院, 为老服务,
一口受理; 民政部's 婚姻登记工作规范 news — 登记员, 初审—受理—审查—登记, 颁证厅, 系统权限; a 婚姻登记
规范 — 登记员 职责, 档案, 监誓; a 居家养老工作制度 page — 服务对象, 服务记录, 补贴; a 乡镇居家养老服务
试点方案 — 日间照料, 助餐, 政府购买服务) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 麴 and
宦 with rare given names); every unit is a body of 爱辉区.

Run ``python tests/published/score.py --set batch725`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is a point of the holder in band (一) AND of the holder in band (二),
  with the row's level and no type; a holder's form collects his rows from either band; the
  ``业务事项`` names the matter, not the point; ``分离制约措施`` names no holder; the table has no 科室
  column, so every form has 科室 ""; the ``注：`` line and the 填表/审核 line are no points;
- a group row ``一、所领导`` gives the 科室 ``所领导`` (its number left off); the 殡仪馆's leaders (sheet
  ``馆领导``, no 科室 column) and the 婚姻登记处's cards have no 科室; a 街道's 办/中心 and a 馆's 科 are 科室;
- 局长, 副局长, 所长, 副所长, 馆长, 副馆长, 主任 of a 街道 or 中心, 处长 (婚姻登记处) are leaders; 科长 and
  a 办's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表时间`` name no point;
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

PREFIX = "b725_"
PLACE = "爱辉区"
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

# the 民政局's holders: key -> (post, name, tier)
HOLDERS = {
    "局长": ("局长", "麴沅翥", "leader"),
    "副局长": ("副局长", "宦琮屹", "leader"),
    "救助股长": ("社会救助股股长", "麴翊岚", "middle"),
    "救助股员": ("社会救助股股员", "宦泠岫", "general"),
    "会计": ("会计", "麴璟昶", "general"),
    "出纳": ("出纳", "宦岍沄", "general"),
}

# (业务事项, 不相容岗位（一）, 不相容岗位（二）, 兼任或串通的廉政风险, 风险等级, 分离制约措施)
PAIRS = [
    ("低保申请审核", "救助股员", "救助股长",
     "入户调查与审核确认由一人包办，人情保、关系保", "高",
     "入户调查二人同行，审核确认由股长复核后提交局务会。"),
    ("低保资金发放", "救助股长", "会计",
     "保障名单核定与资金拨付串通，虚增对象套取资金", "高",
     "名单与资金每月比对，发放明细在政务网公开。"),
    ("救助资金支付", "会计", "出纳",
     "会计记账与出纳付款不分设，公款私存、挪用", "高",
     "会计出纳分设，银行对账单由会计每月核对。"),
    ("临时救助审批", "救助股长", "副局长",
     "临时救助审批绕过股室审核，超标准、超范围救助", "中",
     "临时救助分级审批，审批结果按月公示。"),
    ("支出审批", "出纳", "局长",
     "大额支出审批与支付串通，虚列开支", "中",
     "大额支出经局务会研究，审批付款留痕。"),
    ("家庭经济状况核对", "救助股员", "副局长",
     "核对报告人为修改，对象认定失准", "低",
     "核对报告系统生成，调阅权限分级授权。"),
]  # fmt: skip


def aihui_civil_affairs_bureau_incompatible_pairs() -> dict:
    unit = f"{PLACE}民政局"
    ncols = 9
    sh = _Sheet("不相容岗位", [6, 14, 14, 9, 14, 9, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}不相容岗位廉政风险防控表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年6月", ncols)
    top = sh.add("序号", "业务事项", "不相容岗位（一）", None, "不相容岗位（二）", None,
                 "兼任或串通的廉政风险", "风险等级", "分离制约措施")  # fmt: skip
    sh.add(None, None, "岗位", "责任人", "岗位", "责任人", None, None, None)
    for c in (0, 1, 6, 7, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 2, top, 3)
    sh.merge(top, 4, top, 5)
    for i, (matter, one, two, point, lv, measures) in enumerate(PAIRS, 1):
        p1, n1, _ = HOLDERS[one]
        p2, n2, _ = HOLDERS[two]
        sh.add(i, matter, p1, n1, p2, n2, point, lv, measures)
    # the truth one form a holder, in the HOLDERS order, each with the rows of either band
    for key, (post, who, tier) in HOLDERS.items():
        for _matter, one, two, point, lv, _measures in PAIRS:
            if key in (one, two):
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：同一业务事项的两个不相容岗位不得由一人兼任；所列风险为两岗兼任或串通可能发生的廉政风险，两岗责任人共同承担。",
          ncols)  # fmt: skip
    sh.add("填表：", None, "审核：", None, None, "局长（签字）：", None, None, None)
    return _layout(
        "aihui_civil_affairs_bureau_incompatible_pairs", "http://www.bozhou.cn/p/204255.html",
        "(harder) 区民政局 不相容岗位廉政风险防控表, after the source's 市民政局 on 城乡低保 “互联网+监督” (网上审批, 家庭经济"
        "状况核对, 公示, 投诉举报): a title, a merged 填报单位/填报时间 line, then a TWO-ROW heading: 序号/业务事项/兼任或串通的"
        "廉政风险/风险等级/分离制约措施 merged down, ``不相容岗位（一）`` and ``不相容岗位（二）`` each merged over ``岗位 | "
        "责任人``; ONE ROW A POINT naming TWO holders (one per band), the point of both alike; a holder stands in band (一) on "
        "one row and in band (二) on another; 高/中/低, no type column; a ``注：`` line and a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def aihui_funeral_management_group_rows() -> dict:
    unit = f"{PLACE}殡葬管理所"
    sh = _Sheet("责任清单", [6, 12, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("所领导", [
            ("所长", "麴昶霈", "leader", [
                ("殡葬用品供应商选定由个人拍板，收受回扣", "一级", "供应商经所务会比选，结果公示。"),
                ("公墓建设项目插手工程发包", "一级", "工程项目进入公共资源交易平台。"),
            ]),
        ]),
        ("业务股", [
            ("股长", "宦翀琰", "middle", [
                ("违规审批经营性公墓墓位销售价格", "二级", "价格报发改部门备案，销售明细公开。"),
                ("对违规土葬、乱埋乱葬查处以罚代管", "二级", "查处结果集体研究，罚没票据统一管理。"),
            ]),
            ("稽查员", "麴湄珩", "general", [
                ("收受丧户钱物，放松殡葬执法检查", "三级", "执法检查二人同行，全程记录。"),
            ]),
        ]),
        ("财务股", [
            ("会计", "宦珝峤", "general", [
                ("惠民殡葬补贴审核不严，虚报冒领", "一级", "补贴对象与火化信息比对后发放。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    nums = "一二三四"
    for g, (dept, people) in enumerate(groups):
        _line(sh, f"{nums[g]}、{dept}", 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None)
    return _layout(
        "aihui_funeral_management_group_rows", "http://ccamls.org/newsdetail.php?did=23734",
        "区殡葬管理所 岗位廉政风险防控责任清单, after the source's comment on a 殡葬系统 窝案 (供应商, 收钱办事, 拉下属下水): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, GROUP ROWS ``一、所领导`` … ``三、财务股`` "
        "merged across, 岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def aihui_funeral_home_two_sheets() -> dict:
    unit = f"{PLACE}殡仪馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}馆领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("麴岫澄", "馆长", [
            ("火化设备、殡葬用品采购中指定品牌，收受好处", "高", "采购经馆务会集体研究，按政府采购程序办理。"),
            ("殡仪服务收费项目擅自增设、捆绑收费", "高", "收费项目和标准在服务大厅公示。"),
        ]),
        ("宦沣琬", "副馆长", [
            ("外包殡仪车辆、礼仪服务的单位选定不公开", "中", "外包服务公开比选，合同备案。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("业务科室", [6, 12, 10, 9, 38, 9, 34])
    _line(dept, f"{unit}业务科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("业务科", "科长", "麴琇翾", "middle", "向丧户推销高价骨灰盒、寿衣", "高", "殡葬用品明码标价，丧户自主选购。"),
        ("业务科", "科长", "麴琇翾", "middle", "遗体存放、火化排序收受“加塞费”", "中", "火化按登记顺序安排，系统留痕。"),
        ("业务科", "接待员", "宦岚湜", "general", "收取丧户红包、礼品", "低", "服务窗口公开监督电话。"),
        ("财务科", "收费员", "麴泷昀", "general", "收费不开票或少开票，截留收入", "高", "收费全部通过系统开票，日结日清。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "aihui_funeral_home_two_sheets", "http://chinabz.org/xwzx/zxdt/3336.html",
        "区殡仪馆 廉政风险防控一览表 in TWO SHEETS, after the source's 民政局 on 殡葬法规 (殡仪馆, 公墓, 殡葬用品, 暴利): "
        "``馆领导`` (序号/姓名/职务 merged per leader/廉政风险点/风险等级 高/中/低/防控措施) and ``业务科室`` (科室 merged, "
        "岗位 and 姓名 merged per person); a 填表人/审核人/date line",
        [lead, dept], t,
    )  # fmt: skip


def aihui_huayuan_street_list() -> dict:
    unit = f"{PLACE}花园街道办事处"
    sh = _Sheet("一览表", [6, 14, 12, 9, 36, 12, 8, 32])
    t = _Truth(unit)
    sh.add("附件1", None, None, None, None, None, None, None)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党政综合办公室", "主任", "宦昀琤", "middle", [
            ("公务接待超标准、虚开接待费用", "制度机制", "Ⅱ级", "接待凭公函、清单、发票报销。"),
        ]),
        ("社区建设办公室", "主任", "麴沨瑜", "middle", [
            ("社区服务设施建设项目验收把关不严", "岗位职责", "Ⅰ级", "项目验收邀请居民代表参加。"),
            ("社区工作者招聘中优亲厚友", "思想道德", "Ⅰ级", "招聘笔试面试全程公开，结果公示。"),
        ]),
        ("社区建设办公室", "民政专干", "宦霁岑", "general", [
            ("高龄津贴对象死亡后未及时停发", "业务流程", "Ⅱ级", "每月与殡葬火化信息比对。"),
            ("临时救助申请材料审核不严", "岗位职责", "Ⅲ级", "申请材料二人审核，张榜公示。"),
        ]),
        ("社会事务服务中心", "主任", "麴峣翎", "leader", [
            ("一口受理事项办理中吃拿卡要", "外部环境", "Ⅲ级", "事项办理限时办结，群众评价。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "主要负责人（签字）：", None, None)
    return _layout(
        "aihui_huayuan_street_list",
        "https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=8467bf80-32ac-4fdd-818f-de6ac9053c90",
        "街道办事处 岗位廉政风险防控一览表, after the source's 街道 工作总结 (救助, 敬老院, 为老服务, 一口受理): ``附件1``, a "
        "title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/主要负责人（签字） line",
        [sh], t,
    )  # fmt: skip


def aihui_affairs_center_posts() -> dict:
    unit = f"{PLACE}民政事务服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 30, 40, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("婚姻收养科", "科长", "收养登记审查不严", "对送养人、收养人条件审查走过场，违规办理收养登记",
         "高风险", "收养登记集体审查，材料存档备查。"),
        ("婚姻收养科", "科员", "违规查询婚姻登记档案", "为他人违规出具婚姻登记记录证明或泄露档案信息",
         "中风险", "档案查询凭证件登记，系统留痕。"),
        ("社会组织科", "科长", "社会组织年检放松把关", "收受社会组织好处，年检结论弄虚作假",
         "高风险", "年检结果经中心会议研究并公示。"),
        ("社会组织科", "科员", "登记材料受理选择性执法", "对熟人申请简化程序，对他人设卡刁难",
         "低风险", "受理清单公开，一次性告知。"),
        ("社会组织科", "科员", "违规参加社会组织活动", "接受社会组织宴请或在社会组织兼职取酬",
         "中风险", "签订廉洁承诺书，兼职情况报备。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"科长": "middle", "科员": "general"}
    for i, (dept, post, point, show, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, point, show, lv, measures)
        t.point(sh.name, dept, post, "", tiers[post], point, [], HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("排查人：", None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "aihui_affairs_center_posts", "https://smzt.gd.gov.cn/mzzx/qgmz/content/post_4709136.html",
        "区民政事务服务中心 岗位廉政风险排查表 对岗不对人, after the source's news on 民政部's 婚姻登记工作规范 (登记员, 初审—受理—"
        "审查—登记, 系统权限): a title, 序号/科室 merged/岗位 merged/a short 风险点 beside a long 风险表现/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an 排查人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def aihui_marriage_office_cards() -> dict:
    unit = f"{PLACE}婚姻登记处"
    t = _Truth(unit)
    cards = [
        ("宦琰澍", "处长", "leader", "主持婚姻登记处全面工作", [
            ("违规为不符合条件的当事人办理婚姻登记", "★★★", "登记审查实行双人复核。"),
            ("颁证厅、婚俗文化区引入婚庆商家收取好处", "★★", "婚姻登记场所不得设置商业服务。"),
        ]),
        ("麴渟翙", "婚姻登记员", "general", "办理结婚、离婚登记，建立婚姻登记档案", [
            ("收受当事人钱物，简化审查程序", "★★★", "登记全程录像，当事人评价。"),
            ("离婚冷静期届满前违规办理离婚登记", "★★", "系统自动校验冷静期期限。"),
            ("违规补发婚姻登记证件", "★", "补证凭档案核对，领导审签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, work, points in cards:
        sh = _Sheet(who, [6, 12, 26, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.merge(1, 3, 1, 4)
        sh.add("岗位职责", work, None, None, None)
        sh.merge(2, 1, 2, 4)
        sh.add("序号", "风险点", None, "风险等级", "防控措施")
        sh.merge(3, 1, 3, 2)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签字：", None, "日期：", "2025年5月", None)
        sheets.append(sh)
    return _layout(
        "aihui_marriage_office_cards", "https://jsb.gdut.edu.cn/info/1003/1039.htm",
        "区婚姻登记处 岗位廉政风险防控卡, one sheet a person, after the source's 婚姻登记工作规范 (登记员 职责, 监誓, 档案): a "
        "title, a label row ``姓　名 | … | 职　务 | …``, a merged 岗位职责 line, 序号/风险点 merged over two columns/风险等级 "
        "``★★★/★★/★``/防控措施, a ``注：`` line and a 本人签字/日期 line",
        sheets, t,
    )  # fmt: skip


def aihui_elderly_center_selfchecks() -> dict:
    unit = f"{PLACE}养老服务中心"
    t = _Truth(unit)
    people = [
        ("麴岑澈", "中心领导", "主任", "leader", [
            ("居家养老服务补贴资金审核把关不严", "一级风险", "已建立补贴对象月度核查台账。"),
            ("政府购买养老服务项目承接方选定不公", "一级风险", "承接方经公开比选产生。"),
        ]),
        ("宦翯沅", "服务管理科", "服务专员", "general", [
            ("虚报服务时长、服务人次套取补贴", "二级风险", "服务记录由老人或家属签字确认。"),
            ("助餐点配餐收费不按标准执行", "三级风险", "收费标准在助餐点公示。"),
        ]),
        ("麴潆岫", "服务管理科", "科长", "middle", [
            ("日间照料中心运营考核打人情分", "二级风险", "考核邀请第三方参加，结果公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 14, 12, 30, 12, 30])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年6月", None, None)
        sh.add("序号", "风险点", None, None, "风险等级", "自查情况")
        sh.merge(3, 1, 3, 3)
        for i, (point, lv, check) in enumerate(points, 1):
            r = sh.add(i, point, None, None, lv, check)
            sh.merge(r, 1, r, 3)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add("本人签名：", None, None, "科室负责人：", None, None)
        sheets.append(sh)
    return _layout(
        "aihui_elderly_center_selfchecks", "https://abg.baidu.com/tags/x3j3zuwr7dam7one2735nrvwza16",
        "区养老服务中心 岗位廉政风险自查表, one sheet a person, after the source's 居家养老工作制度 page (服务对象, 服务记录, "
        "补贴): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, 序号/风险点 merged over "
        "three columns/风险等级 ``一级风险/二级风险/三级风险``/自查情况, a 本人签名/科室负责人 line",
        sheets, t,
    )  # fmt: skip


def aihui_xingan_community_center_list() -> dict:
    unit = f"{PLACE}兴安街道社区服务中心"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 36, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "宦珂潆", "leader", "日间照料、助餐服务外包单位选定暗箱操作", "制度机制风险", "高",
         "外包服务按政府购买服务程序公开选定。"),
        ("中心领导", "主任", "宦珂潆", "leader", "服务中心场地违规出租、收入不入账", "岗位职责风险", "中",
         "场地使用登记，收入统一缴入账户。"),
        ("为老服务部", "部长", "麴瑭溪", "middle", "居家养老服务对象评估弄虚作假", "业务流程风险", "高",
         "评估结果由第三方复核并公示。"),
        ("为老服务部", "服务员", "宦翾岚", "general", "接受服务对象家属财物", "思想道德风险", "低",
         "签订廉洁服务承诺书。"),
        ("综合部", "会计", "麴洺峤", "general", "运营补贴资金使用不按用途列支", "外部环境风险", "中",
         "补贴资金专账核算，年度审计。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    return _layout(
        "aihui_xingan_community_center_list",
        "https://abg.baidu.com/tags/z7t5l4v62o6nfupyydh3p7wo6hfnjnpdzk24vknxxwylq13",
        "街道社区服务中心 岗位廉政风险点一览表, after the source's 乡镇居家养老服务试点方案 (日间照料, 助餐, 政府购买服务): a "
        "title, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    aihui_civil_affairs_bureau_incompatible_pairs(),
    aihui_funeral_management_group_rows(),
    aihui_funeral_home_two_sheets(),
    aihui_huayuan_street_list(),
    aihui_affairs_center_posts(),
    aihui_marriage_office_cards(),
    aihui_elderly_center_selfchecks(),
    aihui_xingan_community_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch725-inbox"))
