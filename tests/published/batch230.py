"""The two-hundred-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE FINANCE, TAX, AUDIT AND STATISTICS BODIES of one county,
雅江县 — its 财政局 with its 股, a 镇's 财政所, the 税务局 with its 税务分局 and 税务所, the 审计局, the
统计局, the 财政国库集中支付中心, the 政府采购中心, the 非税收入征收管理局 and the 财政投资评审中心 — each
handing back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, the rows
about 资金拨付, 征收, 审计, 采购 and 票据:

- the 财政局's 一览表 under ``附件1``: ``股室`` merged (局领导, 预算股, 国库股, 政府采购监督管理股, 农业农村股,
  政府债务管理股), 岗位 and 姓名 merged per person, short types, 高/中/低, a ``填报人： | 审核人： |
  局纪检组（盖章）：`` line;
- a 镇's 财政所 排查表 under a ``填报单位（盖章）：…　填报时间：…`` line, a ``工作事项`` column before the
  风险点, ``一级/二级/三级``, no type column and a last ``分管领导`` column naming the 副镇长 on every row;
- the 审计局's 审计现场 防控卡, one sheet a holder (tabs 审计组组长, 主审, 审计组成员), ``持卡人 | … |
  所在股室 | … | 岗位 | …`` in pairs above, an ``审计环节`` column, ``一级风险/二级风险/三级风险``,
  ``持卡人签字 | 分管领导签字`` and a 监督电话 below;
- the 统计局's 排查表 cut by group rows ``一、局领导`` … ``五、普查办公室`` (the 科室), 岗位 and 责任人
  merged per person, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 财政国库集中支付中心's 清单 对岗不对人 under ``附件3``: 岗位 merged, a ``业务环节`` column,
  ``高风险/中风险/低风险``, no type column, a last ``责任领导`` column holding a leader's post;
- the 政府采购中心's 自查表, one sheet a person (tabs 自查表1–3), ``姓名 | … | 岗位 | … | 填表日期 | …`` in
  pairs above, a ``采购环节`` column, short types, 高/中/低, a ``自查情况`` column;
- the 非税收入征收管理局's list in two sheets: 局领导 with 姓名, 职务 and 分管工作 merged down, and 股室
  with 股室 and 岗位 merged; levels bare ``Ⅰ/Ⅱ/Ⅲ``; no type column;
- the 财政投资评审中心's 一览表 对岗不对人: ``评审科室`` merged, 岗位, short types, ``★★★/★★/★`` read by a
  ``注：`` line, an ``编制日期`` line above.

One is harder:

- ``tax_bureau_marked_points``: the 税务局's 税收执法岗位廉政风险点清单 with NO level column: each
  风险点 carries its level as a MARK BEFORE ITS TEXT — ``★`` for 一级, ``☆`` for 二级, none for 三级 —
  and a ``注：风险点前标“★”的为一级风险点…未标注的为三级风险点`` line under the table says so; the
  部门 column holds the 局's 股 and its 税务分局 and 税务所; ``…风险`` types; a ``举报电话：12366`` line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (市县 财政运行 and 虚收空转; the 乡镇
财政所 and its 三资代管; a 市 审计机关's 审计现场管理办法 with its 审计组组长, 主审 and 审计组成员; a 县统计局's
办公室, 业务股, 综合股 and 普查办公室; the 代理银行 of 国库集中支付 and its 清算; 政府采购 and who watches
it; the 财政票据 and their 申领, 发放, 核销, 销毁; a 财政局评审中心's 审定 and 审减; the 税收管理员 of a 税务
分局 or 税务所) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented; every unit is a body of 雅江县 (its 措绒镇 and the
剪子弯税务所 invented).

Run ``python tests/published/score.py --set batch230`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder list the mark before a 风险点 is its level (``★`` 1, ``☆`` 2, no mark 3, as the note
  under the table says) and is no part of the point: the point is the cell's text without it;
- a 税务分局 and a 税务所 of the 县税务局 are its 科室, as the 派出所 of batch225's 公安局 (the 局 the unit);
- a 镇's 财政所 is the 镇's own (the 乡镇 站/所 convention): the 镇 is the unit, 财政所 the 科室;
- the 财政国库集中支付中心, the 政府采购中心, the 非税收入征收管理局 and the 财政投资评审中心 are units of
  their own (the 财政局's 事业单位, each sending its own file under its own name);
- the 审计局's cards: the post is the card's ``岗位`` (审计组组长, 主审, 审计组成员) as written, the 科室 its
  ``所在股室``; ``审计环节``, ``工作事项``, ``业务环节``, ``采购环节`` and ``自查情况`` are no points;
- a ``分管领导`` column of one name on every row beside a 姓名 column is no holder; a ``责任领导``
  column holding a post (中心主任, 分管副主任) names no holder either (the list is 对岗不对人);
- 局长/副局长, and the 主任/副主任 of a 中心 that is its own unit, are leaders; 股长, 所长, 分局长, the
  主任 of a 局's 办公室 or 普查办公室 and 审计组组长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b230_"
PLACE = "雅江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
MARKS = {"★": 1, "☆": 2}  # before a 风险点 in the harder list; no mark is 三级
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


def marked(cell: str) -> tuple[str, int]:
    """A marked 风险点 of the harder list: (the point without its mark, its level)."""
    if cell[:1] in MARKS:
        return cell[1:], MARKS[cell[:1]]
    return cell, 3


# --------------------------------------------------------------------------- harder layout


def tax_bureau_marked_points() -> dict:
    unit = f"国家税务总局{PLACE}税务局"
    sh = _Sheet("风险点清单", [6, 14, 12, 9, 44, 14, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}税收执法岗位廉政风险点清单", 7)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 8}填报日期：2024年11月", 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "防控措施")
    rows = [
        ("局领导", "局长", "巴桑卓嘎", "★干预税务稽查案件查处，授意降格处理或撤案", "岗位职责风险",
         "重大税务案件提交重大案件审理委员会集体审理，审理意见全程留痕。", "leader"),
        ("局领导", "副局长", "蔺怀朴", "☆违规审批延期缴纳税款、减免税申请", "制度机制风险",
         "延期缴纳、减免税事项经法制股审核、局务会研究，结果按规定公开。", "leader"),
        ("税源管理股", "股长", "邴竹溪", "☆纳税评估结论不经集体审议，评估疑点不移交稽查", "业务流程风险",
         "纳税评估报告经股室集体审议，涉嫌偷税的疑点一律移交稽查。", "middle"),
        ("税源管理股", "税收管理员", "郦听岚", "★对管户核定定期定额时人为调低定额，收受业户好处", "思想道德风险",
         "定额核定实行典型调查、集体审核、张榜公示，税收管理员两年轮换管户。", "general"),
        ("税源管理股", "税收管理员", "郦听岚", "下户调查核实不到位，户籍信息变动不及时录入", "岗位职责风险",
         "下户前报告计划，调查结果录入系统，股长每月抽查。", "general"),
        ("第一税务分局", "分局长", "訾云帆", "★对漏征漏管户不依法处理，以补代罚、以罚代刑", "外部环境风险",
         "漏征漏管户处理意见报法制股审核，处罚结果网上公开。", "middle"),
        ("第一税务分局", "税收管理员", "桑吉拉措", "☆代开发票审核不严，为虚假业务代开发票", "业务流程风险",
         "代开发票查验合同和付款凭证，异常代开每周比对。", "general"),
        ("剪子弯税务所", "所长", "虢远岫", "★集贸市场零散税收直接征收后不及时解缴入库，坐支挪用", "制度机制风险",
         "零散税收使用移动终端开票，税款当日解缴，所长每周核对票款。", "middle"),
        ("剪子弯税务所", "所长", "虢远岫", "税务登记办理中故意刁难纳税人", "外部环境风险",
         "登记事项一次性告知，办理时限公开，12366投诉件限时办结。", "middle"),
        ("法制股", "法制员", "仝暮辰", "☆对行政处罚决定审核走过场，违反裁量基准", "岗位职责风险",
         "执行税务行政处罚裁量基准，法制审核意见书面存档。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, cell, typ, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, cell, typ, measures)
        point, level = marked(cell)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), level)
    _per_person(sh, first, 1, 2, 3)
    r = sh.add(
        "注：风险点前标“★”的为一级风险点，标“☆”的为二级风险点，未标注的为三级风险点。",
        *([None] * 6),
    )
    sh.merge(r, 0, r, 6)
    sh.add("审核人：", None, None, "局党委（盖章）：", None, "举报电话：12366", None)
    return _layout(
        "tax_bureau_marked_points", "http://jumpstarthappiness.com/tax/24440.html",
        "(harder) 县税务局 税收执法岗位廉政风险点清单, after the source's 税收管理员制度 (税务分局, 税务所, 税源管理股; the "
        "税收管理员's 管户, 下户调查, 定额核定, 纳税评估; 集贸市场零散税收 collected directly; two-year rotation): a title, a "
        "merged ``填报单位：国家税务总局雅江县税务局（盖章）　…　填报日期：2024年11月`` line, then 序号/部门 merged (局领导, "
        "税源管理股, 第一税务分局, 剪子弯税务所, 法制股)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/防控措施 "
        "with NO LEVEL COLUMN: each 风险点 carries its level as a mark before its text — ``★干预税务稽查案件查处…`` "
        "一级, ``☆违规审批延期缴纳税款…`` 二级, no mark 三级 — read by the merged line under the table ``注：风险点前标“★”"
        "的为一级风险点，标“☆”的为二级风险点，未标注的为三级风险点。``; 审核人/局党委（盖章）/举报电话：12366 below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def finance_bureau_offices() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("一览表", [6, 16, 10, 9, 38, 10, 8, 38])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "谯怀瑾", "年度预算安排、预算调整不经党组会集体研究，个人说了算", "制度机制", "高",
         "预算安排和调整严格执行“三重一大”决策制度，报县人大常委会审查。", "leader"),
        ("局领导", "副局长", "泽仁拉姆", "为完成收入任务授意虚列非税收入，搞“虚收空转”", "思想道德", "高",
         "非税收入按实际缴款入库，收入进度每月与税务、国库对账。", "leader"),
        ("预算股", "股长", "缑冬砚", "部门预算审核不严，为关系单位多安排项目经费", "岗位职责", "中",
         "项目支出预算实行事前绩效评估，审核结果股室集体会审。", "middle"),
        ("国库股", "股长", "庹雪岚", "无预算、超预算或不按用款计划拨付资金", "业务流程", "高",
         "资金拨付凭预算指标和用款计划，经办、审核、审批三岗分离。", "middle"),
        ("国库股", "科员", "郗牧之", "财政专户资金存放银行选择不公开，收受银行好处", "外部环境", "中",
         "专户资金竞争性存放，存放结果局务会研究并公开。", "general"),
        ("政府采购监督管理股", "股长", "逯晏清", "采购方式变更审批把关不严，为规避公开招标开“绿灯”", "岗位职责", "高",
         "变更采购方式经专家论证并公示，审批意见两人以上签署。", "middle"),
        ("农业农村股", "股长", "蒯以宁", "涉农整合资金分配不按因素法测算，向个别乡镇倾斜", "制度机制", "中",
         "资金分配方案公开测算因素，分配结果在门户网站公示。", "middle"),
        ("政府债务管理股", "科员", "亓晓川", "专项债券资金拨付不核实项目进度，资金闲置或挪作他用", "业务流程", "低",
         "债券资金按项目实际进度拨付，每季度现场核查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "局纪检组（盖章）：", None, None)
    return _layout(
        "finance_bureau_offices", "http://www.victorzhang.cn/page/2018/0327/19596034.shtml",
        "县财政局 岗位廉政风险防控一览表 after the source's study of 市县 财政运行 (县级基本财力保障, 保工资保运转保民生, "
        "虚收空转, 政府债务): ``附件1``, a title, then 序号/``股室`` merged (局领导, 预算股, 国库股, 政府采购监督管理股, "
        "农业农村股, 政府债务管理股)/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 高/中/低/"
        "防控措施; a ``填报人： | 审核人： | 局纪检组（盖章）：`` line",
        [sh], t,
    )  # fmt: skip


def township_finance_office() -> dict:
    unit = f"{PLACE}措绒镇"
    dept = "财政所"
    sh = _Sheet("排查表", [6, 14, 9, 16, 36, 8, 34, 10])
    t = _Truth(unit)
    watcher = "翁堆"
    _line(sh, f"{unit}{dept}岗位廉政风险排查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{dept}{GAP * 8}填报时间：2024年11月", 8)
    sh.add("序号", "岗位", "姓名", "工作事项", "风险点", "风险等级", "防控措施", "分管领导")
    rows = [
        ("所长", "鞠行舟", "镇级预算执行", "镇级公用经费超预算列支，化整为零规避审批", "一级",
         "支出事项事前报批，5000元以上支出经镇党政联席会议研究。", "middle"),
        ("所长", "鞠行舟", "村级“三资”代管", "代管的村集体资金审批把关不严，违规出借", "一级",
         "村级资金支出联审联签，出借资金一律经村民代表会议决定。", "middle"),
        ("预算会计", "厍云笺", "会计核算", "原始凭证审核不严，白条、无经办人签字票据入账", "二级",
         "凭证经办人、证明人、审核人三签，月末所长复核。", "general"),
        ("报账员", "四郎翁姆", "村级报账", "代村报账时虚列开支、重复报销", "二级",
         "报账凭证与村务公开栏内容核对，报账台账每季度公开。", "general"),
        ("惠农资金专管员", "瞿野", "惠民惠农补贴“一卡通”发放", "补贴对象信息审核不严，冒领、代领补贴资金", "一级",
         "补贴名册与户籍、死亡信息比对，资金直接打卡到户。", "general"),
        ("惠农资金专管员", "瞿野", "补贴信息变更", "擅自变更补贴收款账户，截留补贴资金", "三级",
         "账户变更须本人申请、村委会证明，变更记录每月抽查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, matter, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, matter, point, lv, measures, watcher)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("所长签字：", None, None, "镇纪委审核：", None, None, "年　月　日", None)
    return _layout(
        "township_finance_office", "http://m.jizihe.com/page/2018/0327/19596045.shtml",
        "镇财政所 岗位廉政风险排查表, after the source's survey of 24 乡镇财政所 (预算执行, 财政管理体制, 惠民惠农补贴, "
        "农村集体经济组织“三资”代管): a title ``雅江县措绒镇财政所岗位廉政风险排查表``, one merged ``填报单位（盖章）："
        "雅江县措绒镇财政所　…　填报时间：2024年11月`` line, then 序号/岗位 and 姓名 merged per person (所长, 预算会计, "
        "报账员, 惠农资金专管员)/``工作事项``/风险点/风险等级 ``一级/二级/三级``/防控措施/``分管领导`` (the 副镇长 翁堆 on "
        "every row); no type column; 所长签字/镇纪委审核/年 月 日 below",
        [sh], t,
    )  # fmt: skip


def audit_field_cards() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    cards = [
        ("审计组组长", "韦陀雪", "经济责任审计股", "middle", [
            ("审计实施方案", "审计实施方案确定重点时避重就轻，有意回避问题线索", "一级风险",
             "实施方案经股室集体讨论、分管领导审定，重大调整报局审计业务会议。"),
            ("审计现场管理", "纵容审计组成员接受被审计单位宴请、礼品", "一级风险",
             "进点时公示审计纪律八项规定和举报电话，组长每周检查现场纪律。"),
            ("审计报告", "对查出的问题隐瞒不报或降格定性", "二级风险",
             "审计报告三级复核，未在报告中反映的问题列清单说明理由。"),
        ]),
        ("主审", "阚书遥", "财政金融审计股", "general", [
            ("审计取证", "审计证据取得不充分，取证单与事实不符", "二级风险",
             "取证单经被审计单位签认，主审逐份复核。"),
            ("审计工作底稿", "工作底稿事后补记，改写审计结论", "二级风险", "底稿在审计管理系统中实时编制、留痕。"),
            ("问题线索移送", "对应移送的违纪违法问题线索不移送", "一级风险",
             "问题线索移送经局审计业务会议研究，移送台账专人管理。"),
        ]),
        ("审计组成员", "斯郎泽珍", "固定资产投资审计股", "general", [
            ("外部调查", "泄露审计工作秘密和被审计单位商业秘密", "二级风险", "签订保密承诺，审计资料专柜保管。"),
            ("工程结算审计", "与施工单位私下接触，审减时“手下留情”", "一级风险",
             "结算审计两人以上现场计量，审减结果经组长复核。"),
            ("审计现场", "利用审计职权为亲友推销产品、介绍业务", "三级风险", "审计期间不得参与被审计单位经营活动，违者调离审计组。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 14, 38, 10, 38, 10])
        _line(sh, f"{unit}审计现场岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在股室", dept, "岗位", post)
        sh.add("序号", "审计环节", "风险点", "风险等级", "防控措施", None)
        for n, (step, point, lv, measures) in enumerate(points, 1):
            sh.add(n, step, point, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, [], RISK_GRADES[lv])
        sh.add()
        sh.add("持卡人签字：", None, "分管领导签字：", None, "年　月　日", None)
        sh.add("监督电话：12388", None, None, None, None, None)
        sheets.append(sh)
    return _layout(
        "audit_field_cards", "https://xjyl.gov.cn/xjylz/c112644/202305/0cd60398f83942278d2db3e0a3d39c03.shtml",
        "县审计局 审计现场岗位廉政风险防控卡, one sheet a holder (tabs 审计组组长, 主审, 审计组成员), after the source's 州审计局 "
        "审计现场管理办法 (审计组组长负责制, 副组长, 主审, 审计组成员; 进点, 取证, 工作底稿, 保密, 廉政): a title, ONE row of "
        "pairs ``持卡人 | 韦陀雪 | 所在股室 | 经济责任审计股 | 岗位 | 审计组组长``, then 序号/``审计环节``/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no type column; 持卡人签字/分管领导签字/年 月 日 and a 监督电话 line below",
        sheets, t,
    )  # fmt: skip


def statistics_bureau_group_rows() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("排查表", [6, 12, 9, 38, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "昝枕流", "授意、指使调查对象提供不真实的统计资料", "思想道德风险", "Ⅰ级",
             "主要统计数据发布前集体会审，防范和惩治统计造假责任制落实到人。", "leader"),
        ]),
        ("二、办公室", "办公室", [
            ("主任", "仉若萍", "统计调查经费、普查补助报销审核不严，虚列劳务费", "制度机制风险", "Ⅱ级",
             "普查补助按实际工作量核发，发放名册公示并由本人签收。", "middle"),
        ]),
        ("三、业务股", "业务股", [
            ("股长", "隗知远", "联网直报数据审核中默许企业虚报、瞒报", "岗位职责风险", "Ⅰ级",
             "数据审核实行异常值核查和实地抽查，审核记录留痕。", "middle"),
            ("股长", "隗知远", "统计执法检查中对违法企业降格处理", "外部环境风险", "Ⅰ级",
             "执法检查“双随机”，处罚决定经法制审核、集体讨论。", "middle"),
            ("科员", "郜念慈", "统计调查单位名录库入库、退库不核实", "业务流程风险", "Ⅲ级",
             "名录变动凭市场监管、税务登记资料核实，按月对比。", "general"),
        ]),
        ("四、综合股", "综合股", [
            ("股长", "岑既白", "统计数据正式公布前对外泄露", "岗位职责风险", "Ⅱ级",
             "数据发布前严格保密，发布稿经局长审签。", "middle"),
        ]),
        ("五、普查办公室", "普查办公室", [
            ("主任", "阙晴川", "普查员、普查指导员选聘不公开，优亲厚友", "制度机制风险", "Ⅲ级",
             "选聘条件和结果公示，聘用合同统一签订。", "middle"),
            ("主任", "阙晴川", "普查物资采购不按程序询价", "业务流程风险", "Ⅱ级", "物资采购三家以上询价，验收两人签字。",
             "middle"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in groups:
        r = sh.add(caption, *([None] * 6))
        sh.merge(r, 0, r, 6)
        first = len(sh.rows)
        for post, who, point, typ, lv, measures, tier in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, None, "局主要负责人（签字）：", None, None, None)
    return _layout(
        "statistics_bureau_group_rows", "https://shandong-chorography.org/database/c54/section/6/article/98/",
        "县统计局 岗位廉政风险排查表 after the source's 县志 entry on a 县统计局 (内设办公室, 业务股, 综合股, 计算机中心 and "
        "普查办公室; 年报和定期报表, 人口抽查, 工业普查, 统计分析): a title, then 序号/岗位/责任人/风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, the table cut by merged group rows ``一、局领导``, ``二、办公室``, ``三、业务股``, "
        "``四、综合股``, ``五、普查办公室`` (the 科室 of the rows under them), 岗位 and 责任人 merged per person; a "
        "``填表人： | 局主要负责人（签字）：`` line",
        [sh], t,
    )  # fmt: skip


def treasury_payment_center_posts() -> dict:
    unit = f"{PLACE}财政国库集中支付中心"
    sh = _Sheet("风险清单", [6, 14, 14, 36, 10, 36, 12])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "业务环节", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("中心主任", "大额资金支付", "对大额支付申请审核不严，越权审批", "高风险",
         "500万元以上支付经局分管领导会签，支付情况每月报局党组。", "中心主任", "leader"),
        ("支付审核岗", "直接支付审核", "对支付凭证与预算指标、合同不符的申请予以支付", "高风险",
         "支付凭证与指标、合同、发票三单比对，系统自动校验。", "分管副主任", "general"),
        ("支付审核岗", "授权支付额度下达", "超用款计划下达授权支付额度", "中风险", "额度下达以批复的用款计划为限，系统控制。",
         "分管副主任", "general"),
        ("清算对账岗", "代理银行清算", "与代理银行串通，延迟清算、占用财政资金", "中风险",
         "每日与人民银行、代理银行对账，清算差异当日处理。", "分管副主任", "general"),
        ("会计核算岗", "会计核算", "国库集中支付账务处理不及时，账实不符", "低风险", "按日记账，月末与预算执行系统核对。",
         "分管副主任", "general"),
        ("动态监控岗", "动态监控预警", "对预警信息不核实即放行，隐瞒违规支付", "高风险",
         "预警信息逐条核实，核实结果和处理意见留痕，每季度通报。", "中心主任", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, step, point, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, post, step, point, lv, measures, leader)
        t.point(sh.name, "", post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("编制：", None, "审核：", None, None, "2024年10月", None)
    return _layout(
        "treasury_payment_center_posts", "https://fx361.cc/page/2022/0722/10581035.shtml",
        "县财政国库集中支付中心 岗位廉政风险防控清单 对岗不对人, after the source's account of 代理银行 in 国库集中支付 (资金清算, "
        "对账, 支付凭证, 人工干预): ``附件3``, a title, then 序号/岗位 merged (中心主任, 支付审核岗, 清算对账岗, 会计核算岗, "
        "动态监控岗)/``业务环节``/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``责任领导`` holding a post (中心主任, "
        "分管副主任); no names, no type column; 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def procurement_center_self_checks() -> dict:
    unit = f"{PLACE}政府采购中心"
    t = _Truth(unit)
    people = [
        ("邰镜川", "中心主任", "leader", [
            ("采购文件审定", "审定采购文件时默许设置倾向性条款，“量身定做”", "岗位职责", "高", "未发现",
             "采购文件经中心集体审定，技术参数征求三家以上供应商意见。"),
            ("质疑投诉处理", "对供应商质疑敷衍答复，偏袒中标人", "外部环境", "中", "未发现",
             "质疑答复经法律顾问审核，答复书同时抄送各方。"),
        ]),
        ("宓清野", "采购项目经办员", "general", [
            ("采购公告发布", "采购公告发布范围、时限不符合规定，限制潜在供应商", "业务流程", "中", "偶有发生，已整改",
             "公告在指定媒体发布，发布时限系统控制。"),
            ("评审专家抽取", "提前泄露评审专家名单", "思想道德", "高", "未发现", "专家由系统随机抽取，名单开标前密封保存。"),
            ("合同备案", "合同条款与采购文件不一致不提出意见", "制度机制", "低", "未发现", "合同备案逐项比对采购文件。"),
        ]),
        ("耿小满", "开评标组织员", "general", [
            ("开标现场组织", "开标时放任供应商串通报价", "外部环境", "高", "未发现", "开标全程录音录像，异常报价当场记录。"),
            ("评审过程服务", "评审中向评审专家暗示倾向性意见", "思想道德", "中", "未发现", "评审区封闭管理，工作人员不得发表意见。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, post, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"自查表{k}", [6, 14, 36, 10, 8, 14, 34])
        _line(sh, f"{unit}工作人员廉政风险自查表", 7)
        sh.add("姓名", who, "岗位", post, "填表日期", "2024年10月", None)
        sh.add("序号", "采购环节", "风险点", "风险类型", "风险等级", "自查情况", "整改措施")
        for n, (step, point, typ, lv, found, measures) in enumerate(points, 1):
            sh.add(n, step, point, typ, lv, found, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "中心负责人意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "procurement_center_self_checks", "http://scshapp.com/index.php/info/detail/20101208_619191.html",
        "县政府采购中心 工作人员廉政风险自查表, one sheet a person (tabs 自查表1–3), after the source's essay on 政府采购 监管 "
        "(采购当事人, 寻租和腐败, 财政部门 the 监管主体, 采购代理机构, 评审专家): a title, ONE row of pairs ``姓名 | 邰镜川 | "
        "岗位 | 中心主任 | 填表日期 | 2024年10月``, then 序号/``采购环节``/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "``自查情况`` (未发现, 偶有发生，已整改)/整改措施; no 科室; 本人签字/中心负责人意见 below",
        sheets, t,
    )  # fmt: skip


def non_tax_bureau_two_sheets() -> dict:
    unit = f"{PLACE}非税收入征收管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 8, 18, 36, 8, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("晁慕云", "局长", "主持全面工作", [
            ("非税收入减免、缓缴审批不经集体研究", "Ⅰ", "减免缓缴事项经局务会研究，报县财政局备案。"),
            ("征收任务分解中授意执收单位跨年调节收入", "Ⅱ", "收入按实际征缴入库，跨年收入逐笔核查。"),
        ]),
        ("蔚迟晓", "副局长", "分管票据管理、征收稽查", [
            ("对执收单位票据使用违规问题查处不严", "Ⅱ", "稽查结果集体审定，处理情况通报。"),
            ("违规批准提前核销、销毁财政票据", "Ⅰ", "票据销毁经局务会批准，两人以上现场监销。"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, work, items in leaders:
        first = len(lead.rows)
        for point, lv, measures in items:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], BARE_ROMAN[lv])
        _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 12, 9, 36, 8, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("票据管理股", "股长", "汲沐霖", "财政票据发放不按“验旧供新”办理，超量发放", "Ⅱ",
         "票据发放凭核销记录，电子票据系统控制领用数量。", "middle"),
        ("票据管理股", "票据管理员", "娄一禾", "票据出入库登记不全，账实不符", "Ⅲ", "票据库房双人双锁，每季度盘点。", "general"),
        ("征收稽查股", "股长", "尚雨眠", "稽查中发现执收单位截留、坐支非税收入不依法处理", "Ⅰ",
         "稽查报告集体审议，问题移交县纪委监委驻局纪检组。", "middle"),
        ("征收稽查股", "稽查员", "央宗", "接受执收单位宴请，稽查走过场", "Ⅱ", "稽查两人以上，稽查底稿交叉复核。", "general"),
        ("综合股", "会计", "覃衡", "非税收入退付审核不严，违规退付", "Ⅱ", "退付申请经股长、分管局长审签，退付清单公开。",
         "general"),
    ]  # fmt: skip
    first = len(dept.rows)
    for n, (d, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        dept.add(n, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], BARE_ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    r = dept.add("注：风险等级Ⅰ为高风险、Ⅱ为中风险、Ⅲ为低风险。", *([None] * 6))
    dept.merge(r, 0, r, 6)
    return _layout(
        "non_tax_bureau_two_sheets", "http://zqlaw.com.cn/a/falvfagui/xingfa/2012/1109/162_2.html",
        "县非税收入征收管理局 廉政风险防控表 in two sheets, after the source's 财政票据管理办法 (the 财政部门's 申领, 发放, 核销, "
        "销毁 and 监督检查 of 非税收入票据, 资金往来结算票据, 电子开票): sheet ``局领导`` with 姓名, 职务 and 分管工作 merged "
        "down per leader (a title above), sheet ``股室`` with 股室 and 岗位/姓名 merged (票据管理股, 征收稽查股, 综合股); levels "
        "bare ``Ⅰ/Ⅱ/Ⅲ`` with a ``注：`` line under the second sheet; no type column",
        [lead, dept], t,
    )  # fmt: skip


def investment_review_center_posts() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("一览表", [6, 12, 14, 38, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    r = sh.add(f"编制单位：{unit}", None, None, None, "编制日期：2024年10月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "评审科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "评审项目分配不按轮序，指定评审人员", "制度机制", "★★★",
         "评审项目按轮序分配，分配记录每月公开。", "leader"),
        ("中心领导", "主任", "对评审结论复核走过场，默许高估冒算", "岗位职责", "★★",
         "评审结论三级复核，审减率异常项目专项抽查。", "leader"),
        ("工程评审股", "评审员", "与施工单位串通，结算评审少审减或不审减", "思想道德", "★★★",
         "评审人员与送审单位回避，现场踏勘两人以上。", "general"),
        ("工程评审股", "评审员", "工程量计算、定额套用故意出错", "业务流程", "★★", "工程量由两名评审员背对背计算后比对。",
         "general"),
        ("委托业务股", "股长", "委托社会中介机构评审时指定关系机构", "外部环境", "★★★",
         "中介机构从入库名录中随机抽取，抽取过程录像。", "middle"),
        ("委托业务股", "股长", "对中介机构评审质量考核不严", "制度机制", "★", "中介机构评审质量年度考核，结果与委托挂钩。",
         "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, None)
    r = sh.add("注：风险等级★★★为高，★★为中，★为低。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "investment_review_center_posts",
        "http://nzgx.org/html/SanNongZhuanTi/JiaDianXiaXiang/XinWenKuaiDi/20130702/366919.html",
        "县财政投资评审中心 岗位廉政风险防控一览表 对岗不对人, after the source's note of a 市财政局评审中心's half-year (工程项目"
        "评审, 报审金额, 审定金额, 审减金额, 审减率): a title, a ``编制单位：… | 编制日期：2024年10月`` line, then 序号/"
        "``评审科室`` merged (中心领导, 工程评审股, 委托业务股)/岗位 merged/风险点/风险类型 (short names)/风险等级 "
        "``★★★/★★/★``/防控措施; no names; a ``注：风险等级★★★为高…`` line under it",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tax_bureau_marked_points(),
    finance_bureau_offices(),
    township_finance_office(),
    audit_field_cards(),
    statistics_bureau_group_rows(),
    treasury_payment_center_posts(),
    procurement_center_self_checks(),
    non_tax_bureau_two_sheets(),
    investment_review_center_posts(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch230-inbox"))
