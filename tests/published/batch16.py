"""A sixteenth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. All eight layouts are EVERYDAY — the ordinary tables a county office sends
back — but each varies the wording and the small details the way real offices do:

- a 发改局 科室 一览表 under 附件2 whose heading reads 科室名称/职位名称/责任人姓名/廉政风险表现/
  风险程度/防控对策, 科室 merged down but the holder's name REPEATED on every row, a 注 line and a
  单位负责人 line below;
- a 住建局 personal 个人岗位廉政风险防控表, one sheet per person with the tabs named 防控表1/防控表2
  (not after the holder), 姓名/现任职务 then 科室/填表日期 fields, 风险点及表现/风险等级 一级…三级/
  防控对策, 本人签名/科室负责人审核 line;
- a 农商银行支行 排查表 with types: 所在部门/职务岗位/姓名/易发风险/风险类型 (…风险)/风险定级
  高风险/中风险/低风险/控制措施, only 所在部门 merged, post and name repeated;
- a 街道办事处 list whose 科室 is NOT a column but a section row (``一、党政综合办公室`` merged across)
  above its posts: 岗位/姓名/风险点/风险级别 Ⅰ级…Ⅲ级/防控措施;
- a 社区 list of posts without names: 所属站室/工作岗位/可能存在的风险/等次 高/中/低/防控对策;
- a 税务分局 list with a short 风险点 beside a long 风险表现形式: 股室/岗位/姓名 merged down, 风险等级
  一级…三级, numbered measures, 分局长（签字）/填表人 line;
- a 市场监管局 领导班子成员 table: 姓名/职务/分管领域 merged down, 风险等级 ★★★/★★/★ with a legend;
- a 市场监管所 所长's 防控卡 whose holder is written in ONE merged line under the title
  (``所在单位:城关市场监管所　姓名:覃立新　职务:所长``), 序号/廉政风险点/等级/防控措施.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch used;
where the page describes its subject in prose rather than printing a table, the layout follows
that description. The rows are worded by us.

Run ``python tests/published/score.py --set batch16`` and do not tune the reader against it,
or it stops being held out. No re-saved copies are kept for this batch.

Judgement calls this batch leans on (none new; each restates an earlier batch's):

- a 科室 written as a section row above its posts is the 科室 of every post below it until the
  next section row (as earlier batches' 科室 headings between tables);
- a holder's name repeated on each of his rows (not merged) is one holder, one form;
- ``★★★``/``★★``/``★`` are Ⅰ/Ⅱ/Ⅲ (batch10); 高风险/中风险/低风险 are 高/中/低 (batch14);
- leaders' rows are one form per leader, department ``领导班子``, tier ``leader`` (batch14);
- a holder written as ``姓名:…`` inside one line of label/value pairs is that card's holder,
  the 职务 in the same line its post, the 所在单位 its 科室.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``; ``resaved/b16_*`` would be copied if any were kept.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b16_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISK_WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
TIER = {"科长": "middle", "股长": "middle", "主任": "middle", "所长": "middle", "部门经理": "middle",
        "站长": "middle", "局长": "leader", "副局长": "leader", "党组书记、局长": "leader",
        "社区书记": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- layouts


def fgj_keshi_repeated_name() -> dict:
    unit = "XX县发展和改革局"
    sh = _Sheet("一览表", [6, 14, 12, 10, 34, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    sh.title(f"{unit}科室岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室名称", "职位名称", "责任人姓名", "廉政风险表现", "风险程度", "防控对策")
    people = [
        ("投资科", "科长", "庞德胜", [
            ("项目审批核准中降低标准,为关系企业开绿灯", "高", "审批要件清单公开,核准意见集体研究。"),
            ("中央预算内投资项目申报把关不严", "中", "申报项目联审,结果在局网站公示。"),
        ]),
        ("投资科", "科员", "伍晓婷", [
            ("项目材料受理时故意刁难、吃拿卡要", "低", "一次性告知,受理回执留存。"),
        ]),
        ("价格科", "科长", "苗振东", [
            ("成本监审中接受企业请托,核增成本", "高", "监审报告两人复核,结论集体审定。"),
            ("价格认定结论不公正", "中", "认定依据公开,异议复核。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1,))  # 科室 merged; post and name repeated
    sh.add("注:风险程度分高、中、低三档。", None, None, None, None, None, None)
    sh.add("单位负责人:", None, None, "填报日期:2024年4月", None, None, None)
    return _layout(
        "fgj_keshi_repeated_name", "https://www.jinchutou.com/shtml/cc3910ac2d0bcf3982bd7361f82184a7.html",
        "发改局 科室岗位廉政风险防控一览表 after the source's 廉政风险防控工作 培训 (查找岗位风险、定级、防控): "
        "附件2, 序号/科室名称 merged down/职位名称/责任人姓名 repeated on each row/廉政风险表现/风险程度 高/中/低/"
        "防控对策; 注 and 单位负责人 lines",
        [sh], t,
    )  # fmt: skip


def zjj_personal_sheets() -> dict:
    unit = "XX县住房和城乡建设局"
    t = _Truth(unit)
    people = [
        ("防控表1", "邝建平", "股长", "质量安全监督股", [
            ("质量监督检查走过场,对隐患不督促整改", "一级", "检查记录上传平台,整改闭环销号。"),
            ("竣工验收监督中降低标准", "二级", "验收监督两人到场,意见书签字留痕。"),
            ("接受施工企业宴请", "三级", "签订廉洁承诺,公开举报电话。"),
        ]),
        ("防控表2", "谢婉清", "办事员", "城建档案室", [
            ("违规查阅、复制城建档案", "二级", "查阅登记审批,复制件加盖专用章。"),
            ("档案接收时放松审核", "三级", "接收清单核对,负责人签收。"),
            ("篡改、遗失档案资料", "一级", "档案库房双人双锁,定期盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, items in people:
        sh = _Sheet(tab, [6, 36, 10, 36])
        sh.title("个人岗位廉政风险防控表", 4)
        sh.add("姓名", who, "现任职务", post)
        sh.add("科室", dept, "填表日期", "2024年3月")
        sh.add("序号", "风险点及表现", "风险等级", "防控对策")
        for i, (point, level, measures) in enumerate(items, 1):
            sh.add(i, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
        sh.add()
        sh.add("本人签名:", None, "科室负责人审核:", None)
        sh.add(f"{unit}", None, None, None)
        sheets.append(sh)
    return _layout(
        "zjj_personal_sheets", "https://www.doczj.com/doc/c819131271.html",
        "住建局 个人岗位廉政风险防控表 after the source's 个人廉政风险点及防控措施 (权力滥用、利益冲突…): one "
        "sheet per person, tabs 防控表1/防控表2, 姓名/现任职务 then 科室/填表日期 pairs, 序号/风险点及表现/"
        "风险等级 一级…三级/防控对策; 签名 line, unit only at the foot",
        sheets, t,
    )  # fmt: skip


def bank_branch_types() -> dict:
    unit = "XX农村商业银行城南支行"
    sh = _Sheet("排查表", [6, 12, 12, 8, 32, 14, 10, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "所在部门", "职务岗位", "姓名", "易发风险", "风险类型", "风险定级", "控制措施")
    people = [
        ("综合柜员组", "会计主管", "汪丽霞", [
            ("重要空白凭证、印章保管不善,被冒用", "制度机制风险", "高风险", "凭证印章分管分用,每日交接登记。"),
            ("授权审核不严,违规办理大额业务", "岗位职责风险", "中风险", "大额业务事后监督全量核查。"),
        ]),
        ("综合柜员组", "柜员", "杭明", [
            ("挪用客户资金或备付金", "思想道德风险", "高风险", "尾箱日清日结,不定期突击查库。"),
        ]),
        ("信贷部", "客户经理", "薛志远", [
            ("贷前调查不实,帮助借款人包装材料", "业务流程风险", "高风险", "调查、审查、审批三分离。"),
            ("收受借款人好处费", "思想道德风险、外部环境风险", "中风险", "贷后回访,公开廉洁监督电话。"),
            ("贷后检查流于形式", "岗位职责风险", "低风险", "贷后检查系统留痕,稽核抽查。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, kind, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, kind, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), RISK_WORDS[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    sh.add("支行行长:", None, None, "合规专员:", None, None, None, None)
    return _layout(
        "bank_branch_types", "https://m.shuoxu.com/book/chapter/145404/132.html",
        "农商银行支行 岗位廉政风险排查表 after the source's 财会岗位、大宗采购 排查 (个人查思想道德、单位查制度机制): "
        "序号/所在部门 merged down/职务岗位/姓名 repeated/易发风险/风险类型 …风险/风险定级 高风险/中风险/低风险/"
        "控制措施; 行长/合规 line",
        [sh], t,
    )  # fmt: skip


def street_section_rows() -> dict:
    unit = "XX区XX街道办事处"
    sh = _Sheet("Sheet1", [6, 14, 10, 36, 10, 34])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点及防控措施", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险级别", "防控措施")
    sections = [
        ("一、党政综合办公室", "党政综合办公室", [
            ("主任", "盛国华", "公务接待超标准、超范围", "Ⅱ级", "接待审批单、清单、发票三单合一。"),
            ("文书", "邓雅琴", "印章使用不登记,违规用印", "Ⅲ级", "用印审批登记,印章专柜保管。"),
        ]),
        ("二、社会事务办公室", "社会事务办公室", [
            ("主任", "尤立军", "低保、救助审核把关不严,优亲厚友", "Ⅰ级", "入户核查,评议结果张榜公示。"),
            ("民政专干", "龚晓", "临时救助资金发放不及时、截留", "Ⅰ级", "资金一卡通直发,定期对账。"),
        ]),
    ]  # fmt: skip
    n = 0
    for heading, dept, rows in sections:
        r = sh.add(heading, *([None] * 5))
        sh.merge(r, 0, r, 5)
        for post, who, point, level, measures in rows:
            n += 1
            sh.add(n, post, who, point, level, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[level])
    return _layout(
        "street_section_rows", "https://www.renrendoc.com/paper/507604647.html",
        "街道办事处 岗位廉政风险点及防控措施 after the source's 街道清廉单元 关键风险点识别 (接待、用印、低保、救助): "
        "the 科室 as a section row (一、党政综合办公室) merged across above its posts, 序号/岗位/姓名/风险点/风险级别 "
        "Ⅰ级…Ⅲ级/防控措施; sheet named Sheet1",
        [sh], t,
    )  # fmt: skip


def community_posts_only() -> dict:
    unit = "XX街道XX社区"
    sh = _Sheet("岗位风险", [6, 14, 14, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}工作岗位廉洁风险防控表", 6)
    sh.add("序号", "所属站室", "工作岗位", "可能存在的风险", "等次", "防控对策")
    rows = [
        ("社区居委会", "社区书记", "社区集体资产出租暗箱操作", "高", "出租事项居民代表会议决定,合同公开。"),
        ("社区居委会", "社区书记", "慰问物资分配不公", "中", "分配名单公示,物资领取签字。"),
        ("党群服务站", "网格员", "代办事项中收受群众财物", "低", "代办事项登记,群众回访。"),
        ("党群服务站", "社保协理员", "违规认定就业困难人员", "中", "认定材料初审、复审分离,结果公示。"),
    ]  # fmt: skip
    recs = []
    for i, (dept, post, point, level, measures) in enumerate(rows, 1):
        recs.append([i, dept, post, point, level, measures])
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("社区(盖章)", None, None, "2024年6月", None, None)
    return _layout(
        "community_posts_only", "https://www.renrendoc.com/paper/507091379.html",
        "社区 工作岗位廉洁风险防控表 after the source's 社区廉洁文化 (集体资产、慰问物资、代办): 序号/所属站室 and "
        "工作岗位 merged down (posts only, no names)/可能存在的风险/等次 高/中/低/防控对策; 盖章 line",
        [sh], t,
    )  # fmt: skip


def tax_branch_short_long() -> dict:
    unit = "国家税务总局XX县税务局第一税务分局"
    sh = _Sheet("分局", [6, 12, 12, 8, 16, 30, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险表现形式", "风险等级", "防控措施")
    people = [
        ("税源管理股", "股长", "钟国锋", [
            ("纳税评估", "评估中对疑点不核实,人情评估,少补税款。", "一级",
             "1.评估疑点系统推送;\n2.评估结论集体审议。"),
            ("户籍管理", "对漏征漏管户不督促登记,包庇纳税人。", "二级",
             "1.定期比对市场主体数据;\n2.漏管户清理结果通报。"),
        ]),
        ("税源管理股", "税收管理员", "韦丹", [
            ("发票核定", "违规增加发票用量,为虚开提供便利。", "一级",
             "1.发票增量系统审批;\n2.异常用票监控。"),
            ("定额核定", "定额核定偏低,收受业户好处。", "三级",
             "1.定额调查两人进行;\n2.定额结果公示。"),
        ]),
        ("办税服务厅", "负责人", "田淑芬", [
            ("退税审核", "退税资料审核不严,违规退税。", "二级",
             "1.退税复核、审批分离;\n2.大额退税专项核查。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, desc, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, desc, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("分局长(签字):", None, None, "填表人:", None, None, None, None)
    return _layout(
        "tax_branch_short_long", "https://m.fx361.cc/news/2022/0325/19482846.html",
        "税务分局 岗位廉政风险点排查登记表 after the source's 税务部门内部执法审计 (纳税评估、发票、退税): 序号/股室/"
        "岗位/姓名 merged down/short 风险点 beside long 风险表现形式/风险等级 一级…三级/numbered 防控措施; "
        "分局长/填表人 line",
        [sh], t,
    )  # fmt: skip


def market_leaders_stars() -> dict:
    unit = "XX县市场监督管理局"
    sh = _Sheet("班子成员", [6, 9, 14, 18, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}领导班子成员廉政风险防控表", 7)
    sh.add("序号", "姓名", "职务", "分管领域", "风险点", "风险等级", "防控措施")
    people = [
        ("聂振邦", "党组书记、局长", "主持全面工作", [
            ("“三重一大”事项个人说了算", "★★★", "重大事项党组会集体决策,会议纪要备查。"),
            ("干部选任中打招呼、搞照顾", "★★", "选任全程纪实,动议、考察公开。"),
        ]),
        ("雷晓兰", "副局长", "分管登记注册、行政许可", [
            ("许可审批违规降低条件", "★★★", "审批标准公开,证照发放抽查复核。"),
            ("为企业违规变更登记", "★", "变更登记电子化留痕,定期比对。"),
        ]),
        ("甘志勇", "副局长", "分管综合执法", [
            ("案件查办中说情打招呼,降格处理", "★★★", "执法全过程记录,重大案件法制审核。"),
            ("罚没物品处置不规范", "★★", "罚没物品统一入库,公开拍卖。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for who, post, area, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, who, post, area, point, level, measures])
            t.point(sh.name, "领导班子", post, who, "leader", point, [], STARS[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    r = sh.add("注:★★★为高风险,★★为中风险,★为低风险。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "market_leaders_stars", "http://m.boteman.cn/paper/513502162.html",
        "市场监管局 领导班子成员廉政风险防控表 after the source's 市场监管风险责任制度 (准入、执法、责任到人): 序号/"
        "姓名/职务/分管领域 merged down/风险点/风险等级 ★★★/★★/★/防控措施; legend line below",
        [sh], t,
    )  # fmt: skip


def market_station_card_oneline() -> dict:
    unit = "XX县市场监督管理局"
    dept, who, post = "城关市场监管所", "覃立新", "所长"
    sh = _Sheet("防控卡", [6, 36, 8, 36])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控卡", 4)
    r = sh.add(f"所在单位:{dept}　姓名:{who}　职务:{post}", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.add("序号", "廉政风险点", "等级", "防控措施")
    items = [
        ("日常巡查中对违法经营睁一只眼闭一只眼", "高", "双随机抽查,检查结果公示。"),
        ("食品经营许可现场核查走过场", "中", "核查两人以上,现场照片上传。"),
        ("投诉举报处理拖延、推诿", "低", "投诉限时办结,回访满意度。"),
        ("罚款收缴不开票、私自收取", "高", "罚缴分离,一律银行代收。"),
    ]  # fmt: skip
    for i, (point, level, measures) in enumerate(items, 1):
        sh.add(i, point, level, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.add()
    sh.add("持卡人:", None, "监督人:", None)
    return _layout(
        "market_station_card_oneline", "https://www.renrendoc.com/paper/508019847.html",
        "市场监管所 所长's 岗位廉政风险防控卡 after the source's 市场监管所工作方案 (巡查、许可核查、投诉、罚没): "
        "所在单位/姓名/职务 in ONE merged line under the title, 序号/廉政风险点/等级 高/中/低/防控措施; "
        "持卡人/监督人 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fgj_keshi_repeated_name(),
    zjj_personal_sheets(),
    bank_branch_types(),
    street_section_rows(),
    community_posts_only(),
    tax_branch_short_long(),
    market_leaders_stars(),
    market_station_card_oneline(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b16_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch16-inbox"))
