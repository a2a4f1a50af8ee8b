"""A hundred-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 镇's
九年一贯制学校, a 村, a 社区, a 街道's 中心幼儿园, a 镇's 自来水厂, a 基层供销社, the 县农业科学研究所,
the county's 路桥工程公司 and its 文化旅游发展公司 — each sending its 一览表 / 排查表 / 清单 / 卡 the
way such offices fill them, every one of them in an invented 高邮县 (its towns 甓溪镇 and 荇湾镇, its
蓼汀街道, the 荷墩村 and the 芷兰社区 invented too):

- a 九年一贯制学校's 排查表 in THREE sheets by the holders' rank — ``校级领导`` (姓名/职务/分管工作, no
  处室), ``中层干部`` (处室/职务/姓名) and ``关键岗位`` (岗位/姓名 only: 报账员, 食堂管理员, 学籍管理员);
  the tabs name ranks, not 处室;
- a 路桥工程有限公司's 清单 one sheet per 部门, the tabs NUMBERED as the office collected them
  (``1.综合办公室``, ``2.财务部``, ``3.工程部``, ``4.物资设备部``), each sheet titled with the company
  alone — the 部门 stands only in its tab's name — ``岗位 | 责任人 | 风险描述 | 风险等级 | 管控措施``;
- a 村's 小微权力 清单 whose ``责任人`` cells run the post and the name together with no space or
  colon (``党总支书记冷霁川``, ``村报账员宦子衿``), a ``权力事项`` before the ``风险点`` and a
  ``监督主体`` (``村务监督委员会``, ``镇农经站``) after;
- a 社区's 清单 with a ``联系电话`` column of mobile numbers (stored as numbers, as Excel keeps them)
  between ``姓名`` and ``分管工作``, merged per person;
- the 农业科学研究所's 一览表 with a ``职称`` column (研究员, 高级农艺师, 农艺师, 会计师) beside
  ``职务`` (所长, 副所长, 主任, 场长, 会计), short types, 高/中/低;
- a 镇自来水厂's 排查表 of TWO TABLES STACKED on one sheet under ``一、厂领导班子`` and
  ``二、中层及关键岗位``, each with its own header — ``序号 | 姓名 | 职务 | 分管工作 | …`` then
  ``序号 | 部门 | 岗位 | 姓名 | …`` — as wide as each other, the columns in another order;
- a 中心幼儿园's 防控卡 one per sheet (tabs the posts), the pairs above the table typed label and
  value in ONE cell each with the labels spaced out as a Word card has them (``姓　　名：甯书禾``,
  ``部　　门：保教办公室``, ``岗　　位：保教主任``), short types;
- a 基层供销社's 一览表 with ``…风险`` types and levels typed with Arabic digits ``1级/2级/3级`` and
  no note saying what they mean.

One is harder:

- ``tourism_company_risk_matrix``: a 文化旅游发展有限公司's 廉洁风险识别评估表 whose ``发生可能性``
  and ``影响程度`` columns are filled with 高/中/低 just as the ``风险等级`` beside them is, and differ
  from it on most rows (the level is the matrix of the two, as the 注 under the table says).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (校园食品安全 and 学生餐费 checked by
a 纪检组; a 交发集团 纪委 at its 交建集团's road 项目部 (廉洁自律承诺书, 廉洁风险提示函); a 村's 财务报账 — 事前审批,
票据审核, 公开公示, 村务监督委员会 and the 乡镇农经站; a 社区居委会's 职责分工 (主任, 副主任, 委员);
a 县农业科学研究所's history; a 供水站's 水费 and 公示; a 幼儿园's 全员岗位责任制度 (园长, 保教, 保健,
财务); 廉政风险 graded by 可能性 and 影响程度; what a 基层供销社 should do (村级日用品经营网络, 农资,
农产品)) and the layout follows their words. Rows worded by us, names invented.

Run ``python tests/published/score.py --set batch111`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b111_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a sheet named after a rank (``校级领导``, ``中层干部``, ``关键岗位``) names no 科室: the leaders and the
  关键岗位 have department "" (their posts kept as written), the 中层干部 their ``处室``;
- a tab ``1.综合办公室`` over a sheet titled with the company alone is the 部门 综合办公室 (the number
  is the tab's order, no part of the name);
- ``党总支书记冷霁川`` under ``责任人`` is the post 党总支书记 and the holder 冷霁川; the ``监督主体``
  watches and holds no row;
- a ``联系电话`` is no point and names nobody; ``职称`` is a rank of the holder, not the post (the post
  is the ``职务``);
- two tables stacked on one sheet under ``一、…`` / ``二、…`` are read each by its own header;
  ``一、厂领导班子`` and ``二、中层及关键岗位`` name no 部门 (the leaders have department "");
- ``姓　　名：甯书禾`` in one cell is 姓名 | 甯书禾;
- ``1级/2级/3级`` are 一级/二级/三级 (1 highest);
- in the matrix table the level is the ``风险等级``; ``发生可能性`` and ``影响程度`` are no level;
- 校长, 副校长, 所长, 副所长, 厂长, 副厂长, 供销社主任 and 副主任, 社区党委书记、居委会主任, 党总支书记,
  村委会主任, 董事长、总经理 and 副总经理 are leaders; 处室 主任, 部长, 部门 经理, 研究室 主任, 场长, 车间
  主任, 配送中心 主任, 保教主任, 居委会副主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b111_"
PLACE = "高邮县"
ARABIC = {"1级": 1, "2级": 2, "3级": 3}
SPACE = "\u3000"
SCORE = {"高": 3, "中": 2, "低": 1}


def _matrix(likely: str, impact: str) -> str:
    """The 注's matrix: 高 3, 中 2, 低 1; 5 and more 高, 4 中, 3 and less 低."""
    total = SCORE[likely] + SCORE[impact]
    return "高" if total >= 5 else "中" if total == 4 else "低"


# --------------------------------------------------------------------------- harder layout


def tourism_company_risk_matrix() -> dict:
    unit = f"{PLACE}文化旅游发展有限公司"
    sh = _Sheet("评估表", [5, 12, 14, 9, 32, 8, 8, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险识别评估表", 9)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, None, "填报时间：2024年5月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "发生可能性", "影响程度", "风险等级", "管控措施"
    )
    rows = [
        ("公司领导", "董事长、总经理", "糜清晏", "景区提升改造项目不经集体研究，指定施工单位", "中", "高",
         "项目实施前经党支部会、董事会研究，按规定公开招标。", "leader"),
        ("公司领导", "董事长、总经理", "糜清晏", "与关联企业签订景区商铺租赁合同，租金明显偏低", "低", "高",
         "商铺出租进场公开竞租，租金底价经评估确定。", "leader"),
        ("公司领导", "副总经理", "阙望舒", "分管的文创产品采购中收受供应商好处", "中", "中",
         "采购三家以上比价，验收由使用部门和财务部共同签字。", "leader"),
        ("景区运营部", "经理", "扈秋澄", "团队票、优惠票审批随意，为关系人减免门票", "高", "低",
         "优惠政策公示，减免票逐张登记并按月核对。", "middle"),
        ("景区运营部", "票务员", "归晚晴", "现金售票收入不及时上缴，截留票款", "高", "中",
         "推行电子票务，票款日清日结，财务每日核对。", "general"),
        ("工程项目部", "经理", "郇立川", "工程变更和现场签证把关不严，虚增工程量", "中", "高",
         "变更签证经监理、跟踪审计和部门集体审核。", "middle"),
        ("工程项目部", "经理", "郇立川", "隐蔽工程验收走过场", "低", "中",
         "隐蔽工程验收全程影像记录，三方签字。", "middle"),
        ("财务部", "会计", "亢书瑶", "费用报销审核不严，虚列招待费", "低", "低",
         "报销凭证逐笔审核，招待费按月公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, likely, impact, measures, tier) in enumerate(rows, 1):
        lv = _matrix(likely, impact)
        sh.add(n, dept, post, who, point, likely, impact, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(
        sh,
        "注：风险等级根据发生可能性和影响程度综合评定（高计3分、中计2分、低计1分，两项合计5分及以上"
        "为高，4分为中，3分及以下为低）。",
        9,
    )
    sh.add("填表人：", None, None, "审核人：", None, None, None, None, None)
    return _layout(
        "tourism_company_risk_matrix",
        "https://www.hkyyi.com/html/jie-mi-lian-zheng-feng-xian-ru-he-ke-xue-ping-gu-yu-you-xiao-fang-fan-deng-ji-tiao-zhan.html",
        "(harder) 县文化旅游发展有限公司 廉洁风险识别评估表 after the source's account of 评估风险等级 (识别风险点, "
        "分析原因, then grading each risk by 风险发生的可能性和影响程度): title, ``填报单位：… | 填报时间：…``, then 序号/"
        "部门 merged (公司领导, 景区运营部, 工程项目部, 财务部)/岗位 and 责任人 merged per person/风险点/``发生可能性``/"
        "``影响程度``/``风险等级``/管控措施 — ALL THREE grading columns filled with 高/中/低, the first two "
        "differing from the level on most rows (``中 | 高 | 高``, ``低 | 高 | 中``, ``高 | 低 | 中``); a merged "
        "``注：风险等级根据发生可能性和影响程度综合评定（高计3分…5分及以上为高，4分为中，3分及以下为低）。`` under it; "
        "no type column; 填表人/审核人",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def school_rank_sheets() -> dict:
    unit = f"{PLACE}甓溪镇九年一贯制学校"
    t = _Truth(unit)
    leaders = _Sheet("校级领导", [5, 9, 10, 16, 32, 8, 32])
    _line(leaders, f"{unit}校级领导岗位廉政风险排查表", 7)
    leaders.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    rows = [
        ("冼澄钧", "校长", "全面工作", "校舍维修、设备购置等大额支出不经校务会集体研究", "高",
         "大额支出经校务会研究并留存会议记录，按规定采购。"),
        ("冼澄钧", "校长", "全面工作", "教师职称推荐、评优评先中优亲厚友", "中",
         "推荐条件和名额公开，结果公示五个工作日。"),
        ("晁沐霖", "副校长", "后勤、食堂、安全", "食堂大宗食材供应商选定中收受好处", "高",
         "大宗食材统一招标采购，供应商名单报教育局备案。"),
    ]  # fmt: skip
    first = len(leaders.rows)
    for n, (who, post, work, point, lv, measures) in enumerate(rows, 1):
        leaders.add(n, who, post, work, point, lv, measures)
        t.point(leaders.name, "", post, who, "leader", point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(leaders, first, [(1, per_person), (2, per_person), (3, per_person)])

    middle = _Sheet("中层干部", [5, 10, 10, 9, 32, 8, 32])
    _line(middle, f"{unit}中层干部岗位廉政风险排查表", 7)
    middle.add("序号", "处室", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("教务处", "主任", "漆砚舟", "教辅资料征订中接受书商返点", "高", "教辅资料由家长自愿征订，学校不经手费用。"),
        ("总务处", "主任", "郤念慈", "学生餐费收支不公开，结余不清退", "高",
         "餐费单独核算，收支每月公示，学期末结余据实清退。"),
        ("总务处", "主任", "郤念慈", "校舍零星维修验收不严，虚报工程量", "中", "维修项目验收两人以上签字，留存照片。"),
    ]  # fmt: skip
    first = len(middle.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        middle.add(n, dept, post, who, point, lv, measures)
        t.point(middle.name, dept, post, who, "middle", point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(middle, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])

    key = _Sheet("关键岗位", [5, 12, 9, 34, 8, 34])
    _line(key, f"{unit}关键岗位廉政风险排查表", 6)
    key.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("报账员", "苑晴岚", "报账时拆分票据、白条入账", "中", "报账凭证经校长审签，每月与中心校对账。"),
        ("食堂管理员", "籍晓芃", "食材验收以次充好、数量不足", "高", "食材验收由管理员、陪餐教师和家长代表三方签字。"),
        ("学籍管理员", "咸若蘅", "违规为借读学生办理学籍、转学手续", "低", "学籍变动经校长审批，每学期核对一次。"),
    ]  # fmt: skip
    for n, (post, who, point, lv, measures) in enumerate(rows, 1):
        key.add(n, post, who, point, lv, measures)
        t.point(key.name, "", post, who, "general", point, [], HML[lv])
    for sh, ncols in ((leaders, 7), (middle, 7), (key, 6)):
        sh.add()
        sh.add("填表人：", None, "审核人：", *([None] * (ncols - 4)), "2024年9月")
    return _layout(
        "school_rank_sheets", "http://hebei.tjjw.gov.cn/jiandushao/2024/08/07/deatil_202408072701.html",
        "镇九年一贯制学校 岗位廉政风险排查表 after the source's 监督检查 of a 中学's 食品安全 and 学生餐费资金管理 "
        "(食堂经营, 食材成本核算, 餐费收取): THREE sheets by the holders' rank, each with its own title and header — "
        "``校级领导`` (序号/姓名/职务/分管工作 merged per person/风险点/风险等级/防控措施; no 处室), ``中层干部`` (序号/"
        "处室 merged/职务/姓名/…) and ``关键岗位`` (序号/岗位/姓名/…: 报账员, 食堂管理员, 学籍管理员; no 处室); the tabs "
        "name ranks, not 处室; 高/中/低, no type column; 填表人/审核人/date under each",
        [leaders, middle, key], t,
    )  # fmt: skip


def road_company_numbered_tabs() -> dict:
    unit = f"{PLACE}路桥工程有限公司"
    t = _Truth(unit)
    parts = [
        ("1.综合办公室", "综合办公室", [
            ("主任", "党昀泽", "公务接待超标准、超范围，虚列接待费用", "中",
             "接待实行事前审批，费用凭公函、清单报销。", "middle"),
            ("驾驶员", "薄星野", "公车私用，虚报加油、维修费用", "低", "车辆定点加油维修，行车记录按月核对。", "general"),
        ]),
        ("2.财务部", "财务部", [
            ("部长", "寇芷汀", "大额资金支付不按审批权限执行", "高", "大额支付经总经理办公会研究，网银支付双人复核。",
             "middle"),
            ("出纳", "檀雨澄", "公款私存，挪用备用金", "高", "库存现金日清月结，分管副总经理不定期盘点。", "general"),
        ]),
        ("3.工程部", "工程部", [
            ("部长", "衡嘉木", "分包单位选择暗箱操作，与分包单位存在利益往来", "高",
             "分包单位公开比选，结果公示，签订廉洁协议。", "middle"),
            ("现场管理员", "牟霁野", "现场签证工程量与实际不符", "中", "签证实行监理、现场、审计三方签字。", "general"),
        ]),
        ("4.物资设备部", "物资设备部", [
            ("部长", "贲一鸣", "沥青、钢材采购指定供应商", "高", "大宗材料集中采购，询价不少于三家。", "middle"),
            ("材料员", "涂溪月", "材料进场验收数量不实，虚开收料单", "中", "进场材料过磅称重，收料单与过磅单核对。",
             "general"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, rows in parts:
        sh = _Sheet(tab, [5, 12, 9, 34, 8, 34])
        _line(sh, f"{unit}廉洁风险防控清单", 6)
        sh.add("序号", "岗位", "责任人", "风险描述", "风险等级", "管控措施")
        for n, (post, who, point, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(tab, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("部门负责人签字：", None, None, "填报日期：2024年4月", None, None)
        sheets.append(sh)
    return _layout(
        "road_company_numbered_tabs", "http://lyjfgroup.com/xwzw.aspx?sid=1469",
        "县路桥工程有限公司 廉洁风险防控清单 after the source's account of a 交发集团 纪委 checking the road projects of its "
        "交建集团 (项目部, 廉洁自律承诺书, 廉洁风险提示函 to the 联营合作方): one sheet per 部门, the tabs NUMBERED ``1.综合办公室``, ``2.财务部``, "
        "``3.工程部``, ``4.物资设备部``; each sheet titled ``高邮县路桥工程有限公司廉洁风险防控清单`` (the company alone — the "
        "部门 stands only in the tab's name), 序号/岗位/责任人/风险描述/风险等级 高/中/低/管控措施; no type column; "
        "``部门负责人签字： | 填报日期：2024年4月`` under each",
        sheets, t,
    )  # fmt: skip


def village_post_name_run_together() -> dict:
    unit = f"{PLACE}甓溪镇荷墩村"
    sh = _Sheet("清单", [5, 16, 34, 8, 32, 18, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉洁风险防控清单", 7)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任人", "监督主体")
    rows = [
        ("村级重大事项决策", "重大事项不经“四议两公开”程序，个人说了算", "高",
         "重大事项按“四议两公开”决策，会议记录存档。", "党总支书记", "冷霁川", "村务监督委员会", "leader"),
        ("村级工程项目管理", "村级小型工程发包不公开，指定施工队", "高",
         "工程项目公开比选，结果在村务公开栏公示。", "村委会主任", "蒲定远", "村务监督委员会", "leader"),
        ("困难群众救助", "低保、临时救助对象评议中优亲厚友", "中",
         "救助对象经村民代表评议，名单公示七天。", "村委会主任", "蒲定远", "村务监督委员会", "leader"),
        ("村集体资金管理", "集体资产发包、租赁收入不入账，坐支现金", "高",
         "收入统一交镇农经站代管，严禁坐支。", "村会计", "栾沁雪", "镇农经站", "general"),
        ("村级财务报账", "报账凭证不全，白条入账，虚列支出", "中",
         "报账经监委会审核签字，每月公开收支明细。", "村报账员", "宦子衿", "村务监督委员会", "general"),
        ("村级财务报账", "备用金超限额存放，公款私存", "低", "备用金按限额管理，超额部分及时存入代管账户。",
         "村报账员", "宦子衿", "镇农经站", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, post, who, watch, tier) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, f"{post}{who}", watch)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (5, lambda row: row[5])])
    sh.add()
    sh.add("村党总支（盖章）", None, None, None, "2024年3月", None, None)
    return _layout(
        "village_post_name_run_together", "https://www.fudaoke.com/exam/3259791.html",
        "村 小微权力廉洁风险防控清单 after the source's 农村财务报账监督流程 (事前审批, 票据审核, 公开公示, 村务监督委员会"
        "抽查, 乡镇农经站 审计): 序号/``权力事项`` merged/风险点/风险等级 高/中/低/防控措施/``责任人`` — the post and the "
        "name RUN TOGETHER with no space or colon (``党总支书记冷霁川``, ``村委会主任蒲定远``, ``村会计栾沁雪``, "
        "``村报账员宦子衿``; merged where one holds two rows)/``监督主体`` (``村务监督委员会``, ``镇农经站``); no 科室, no "
        "type column; ``村党总支（盖章）`` and a date under it",
        [sh], t,
    )  # fmt: skip


def community_phone_column() -> dict:
    unit = f"{PLACE}蓼汀街道芷兰社区"
    sh = _Sheet("Sheet1", [5, 16, 8, 13, 14, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉洁风险防控清单", 8)
    sh.add("序号", "职务", "姓名", "联系电话", "分管工作", "风险点", "风险等级", "防控措施")
    rows = [
        ("社区党委书记、居委会主任", "鲍栖梧", 13952461378, "全面工作", "社区公益服务项目资金使用不经“两委”集体研究",
         "高", "项目资金使用经社区“两委”会研究，收支按季公开。", "leader"),
        ("社区党委书记、居委会主任", "鲍栖梧", 13952461378, "全面工作", "为辖区商户出具证明时收受好处", "中",
         "证明事项清单公开，出具证明登记备查。", "leader"),
        ("居委会副主任", "雍若渝", 15805149203, "民政、低保", "低保入户调查走过场，为不符合条件者申报", "高",
         "入户调查两人以上，调查结果张榜公示。", "middle"),
        ("居委会副主任", "雍若渝", 15805149203, "民政、低保", "高龄津贴、残疾人补贴人员死亡后未及时停发", "中",
         "每月与殡葬、户籍信息比对，及时停发。", "middle"),
        ("社区委员", "蒙沅芷", 18761930526, "综治、物业", "老旧小区改造中为施工单位说情", "中",
         "改造项目由街道统一招标，社区只负责协调和监督。", "general"),
        ("网格员", "俞星澈", 13773208415, "第二网格", "采集居民信息时泄露个人信息", "低",
         "信息采集系统账号专人专用，签订保密承诺。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, phone, work, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, phone, work, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(c, per_person) for c in (1, 2, 3, 4)])
    sh.add()
    sh.add("监督电话：0514-84612370", None, None, None, None, "芷兰社区党委　2024年6月", None, None)
    return _layout(
        "community_phone_column", "http://mip.mjgov.cn/jxfw/202506/363637.html",
        "社区 工作人员廉洁风险防控清单 after the source's 社区居委会成员职责分工 (主任 全面协调, 副主任 安全和环境, 委员 "
        "各负责具体事务): 序号/职务/姓名/``联系电话`` — eleven-digit mobile numbers stored as NUMBERS — /分管工作 (the "
        "four merged per person)/风险点/风险等级 高/中/低/防控措施; no 科室, no type column; ``监督电话：…`` and the 社区党委 "
        "with a date under it",
        [sh], t,
    )  # fmt: skip


def agri_institute_title_column() -> dict:
    unit = f"{PLACE}农业科学研究所"
    sh = _Sheet("一览表", [5, 14, 9, 8, 11, 30, 10, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "科室", "姓名", "职务", "职称", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "谯远山", "所长", "研究员", "科研项目经费分配不经所务会集体研究", "制度机制", "高",
         "项目经费分配方案经所务会研究，结果在所内公示。", "leader"),
        ("所领导", "庾清和", "副所长", "高级农艺师", "试验基地土地流转和设施建设中收受好处", "岗位职责", "高",
         "基地建设项目公开比选，合同经所务会审定。", "leader"),
        ("作物育种研究室", "邝稻禾", "主任", "高级农艺师", "品种试验数据弄虚作假，为企业品种出具有利结论", "思想道德", "中",
         "试验数据双人记录，原始记录归档备查。", "middle"),
        ("作物育种研究室", "邝稻禾", "主任", "高级农艺师", "科研劳务费虚列人员套取资金", "制度机制", "中",
         "劳务费通过银行发放，发放名单公示。", "middle"),
        ("植物保护研究室", "桑景明", "主任", "农艺师", "试验用农药、肥料采购不比价", "业务流程", "低",
         "试验物资采购三家比价，验收两人签字。", "middle"),
        ("试验农场", "麦丰年", "场长", "农艺师", "良种繁育田收获的种子私自出售，收入不入账", "外部环境", "高",
         "种子收获过磅入库，销售收入统一交所财务。", "middle"),
        ("办公室", "卞楚楚", "会计", "会计师", "课题经费报销审核不严，跨课题列支", "制度机制", "中",
         "课题经费分账核算，报销由课题负责人和所长双签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, who, post, rank, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, who, post, rank, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, None, "2024年7月", None)
    return _layout(
        "agri_institute_title_column",
        "https://shandong-chorography.org/database/ch8/section/1/article/441",
        "县农业科学研究所 岗位廉政风险点一览表 after the source's history of a 县农业科学研究所 (隶属农业局; the 黄牛繁殖场 "
        "and 微生物试验站 beside it): 序号/科室 merged (所领导, 作物育种研究室, 植物保护研究室, 试验农场, 办公室)/姓名/"
        "职务/``职称`` (研究员, 高级农艺师, 农艺师, 会计师) — the three merged per person —/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def water_plant_stacked_tables() -> dict:
    unit = f"{PLACE}荇湾镇自来水厂"
    sh = _Sheet("Sheet1", [5, 12, 10, 14, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    _line(sh, "一、厂领导班子", 7)
    sh.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    rows = [
        ("詹沐川", "厂长", "全面工作", "管网改造工程不经集体研究，指定施工单位", "高",
         "工程项目经厂务会研究，报镇政府审批后公开比选。"),
        ("詹沐川", "厂长", "全面工作", "水价调整、减免水费不按规定程序", "中", "水费减免对象和标准公开，减免经厂务会研究。"),
        ("羿清源", "副厂长", "制水、水质", "净水药剂采购中收受供应商好处", "中", "药剂采购三家以上比价，入库验收双人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, work, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, who, post, work, point, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    _line(sh, "二、中层及关键岗位", 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("供水服务部", "抄表员", "闵小溪", "估抄、漏抄，为熟人少抄水量", "中", "抄表照片上传系统，每季度轮换抄表片区。",
         "general"),
        ("供水服务部", "抄表员", "闵小溪", "私自为用户接水、更换水表收取费用", "高", "接水、换表一律到营业厅办理，票据统一开具。",
         "general"),
        ("供水服务部", "收费员", "晏蓁蓁", "收取水费不开票据，截留水费", "高", "推行扫码缴费，票款日清日结。", "general"),
        ("净水车间", "主任", "戈泊舟", "水质检测数据弄虚作假", "中", "水质检测记录双人签字，定期送第三方复检。", "middle"),
        ("管网维修组", "组长", "佘石岩", "维修材料虚报冒领", "低", "材料领用登记，旧件交回核销。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "厂长签字：", None, "2024年8月", None)
    return _layout(
        "water_plant_stacked_tables", "http://www.fymate.net/html/text/lar/169871/16987178_3.html",
        "镇自来水厂 岗位廉政风险排查表 after the source's rules for a 供水站 (财务管理, 水费民主决策, 大修费折旧费专户, "
        "水价水量水费公示, 水质检测): TWO TABLES STACKED on one sheet under one title — ``一、厂领导班子`` (merged) over "
        "``序号 | 姓名 | 职务 | 分管工作 | 风险点 | 风险等级 | 防控措施`` (姓名/职务/分管工作 merged per person), a blank row, "
        "``二、中层及关键岗位`` over ``序号 | 部门 | 岗位 | 姓名 | 风险点 | 风险等级 | 防控措施`` (部门 merged; 供水服务部, "
        "净水车间, 管网维修组) — the same width, the columns in another order; 高/中/低, no type column; 填表人/厂长签字/date",
        [sh], t,
    )  # fmt: skip


def kindergarten_cards_spaced_labels() -> dict:
    unit = f"{PLACE}蓼汀街道中心幼儿园"
    t = _Truth(unit)
    cards = [
        ("保教主任", "甯书禾", "保教办公室", "负责保育教育管理、教师考核和幼儿招生报名", "middle", [
            ("招生报名中为不符合条件的幼儿违规入园", "岗位职责", "高", "招生条件和名额公开，录取名单公示。"),
            ("教师考核评优中掺杂个人感情", "思想道德", "低", "考核细则公开，结果经园务会审定。"),
        ]),
        ("保健医生", "应棠", "保健室", "负责卫生保健、食品进货查验和膳食管理", "general", [
            ("食品进货查验索票索证不严", "业务流程", "中", "进货查验逐批登记，票证留存备查。"),
            ("幼儿伙食费核算不实，膳食收支盈亏超标", "制度机制", "中", "伙食费单独建账，每月公示收支。"),
        ]),
        ("会计", "敖语嫣", "财务室", "负责园内会计核算、保教费和伙食费收支", "general", [
            ("保教费收取不开票据，私设“小金库”", "制度机制", "高", "收费统一开具票据，收入全额上缴财政专户。"),
            ("报销凭证审核不严，违规列支福利", "岗位职责", "中", "报销凭证经园长审签，每学期接受审计。"),
        ]),
        ("食堂管理员", "毋秋禾", "后勤组", "负责食堂食材采购、验收和出入库管理", "general", [
            ("食材采购吃回扣、以次充好", "外部环境", "高", "大宗食材定点采购，验收由保健医生和家长代表参加。"),
            ("食材出入库不登记，账实不符", "业务流程", "低", "出入库逐笔登记，每月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, duty, tier, points in cards:
        sh = _Sheet(post, [5, 34, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        r = sh.add(f"姓{SPACE}{SPACE}名：{who}", None, f"部{SPACE}{SPACE}门：{dept}", None, None)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)
        r = sh.add(f"岗{SPACE}{SPACE}位：{post}", None, "填卡时间：2024年3月", None, None)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)
        _line(sh, f"岗位职责：{duty}", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, "园长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "kindergarten_cards_spaced_labels", "https://m.163wenku.com/p-3484552.html",
        "街道中心幼儿园 岗位廉政风险防控卡 after the source's 幼儿园全员岗位责任制度 (园长 遵守财务制度, 园务会议, 保教, "
        "卫生保健, 财务): one card per sheet, the tabs the posts (保教主任, 保健医生, 会计, 食堂管理员); under the title the "
        "pairs typed label and value in ONE merged cell each, the labels spaced out as in a Word card — "
        "``姓　　名：甯书禾 | 部　　门：保教办公室`` and ``岗　　位：保教主任 | 填卡时间：2024年3月`` — then a merged "
        "``岗位职责：…`` line, 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, 持卡人签字/园长签字 left blank",
        sheets, t,
    )  # fmt: skip


def coop_arabic_levels() -> dict:
    unit = f"{PLACE}荇湾供销合作社"
    sh = _Sheet("一览表", [5, 14, 10, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "巩楠舟", "社有门面房出租不公开招租，租金偏低", "制度机制风险", "1级",
         "门面房出租进场公开招租，合同经理事会研究。", "leader"),
        ("社领导", "副主任", "阮鹭汀", "村级综合服务社建设补助申报不实", "岗位职责风险", "2级",
         "补助申报材料实地核查，名单公示。", "leader"),
        ("农资经营部", "经理", "骆禾青", "化肥、农药进货不比价，收受厂家返利", "外部环境风险", "1级",
         "农资统一从县社农资公司进货，返利全额入账。", "middle"),
        ("农资经营部", "保管员", "隆春芽", "农资出入库不登记，账实不符", "业务流程风险", "2级",
         "出入库凭单登记，每月盘点。", "general"),
        ("日用品配送中心", "主任", "沙启明", "向村级加盟店配送商品时以次充好", "思想道德风险", "3级",
         "配送商品抽检，加盟店评议结果与考核挂钩。", "middle"),
        ("社务办公室", "会计", "屈映雪", "经营收入不及时入账，私设账外账", "制度机制风险", "1级",
         "收入当日入账，县社每年审计一次。", "general"),
        ("社务办公室", "会计", "屈映雪", "费用报销审核不严", "岗位职责风险", "3级", "报销实行经办、审核、审批分离。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ARABIC[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年10月", None)
    return _layout(
        "coop_arabic_levels",
        "https://cfqhcj.com/html/channelsch000052009068CE0C18C-88B8-4441-903F-4EB4536AE182.html",
        "基层供销合作社 岗位廉政风险防控一览表 after the source's requirements for a 新时期优秀基层供销社 (村级日用品经营"
        "网络, 农资经营服务体系, 农产品经营服务体系): 序号/部门 merged (社领导, 农资经营部, 日用品配送中心, 社务办公室)/"
        "岗位 and 责任人 merged per person/风险点/风险类型 ``…风险``/风险等级 typed with ARABIC digits ``1级/2级/3级``, no "
        "note saying what they mean/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tourism_company_risk_matrix(),
    school_rank_sheets(),
    road_company_numbered_tabs(),
    village_post_name_run_together(),
    community_phone_column(),
    agri_institute_title_column(),
    water_plant_stacked_tables(),
    kindergarten_cards_spaced_labels(),
    coop_arabic_levels(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch111-inbox"))
