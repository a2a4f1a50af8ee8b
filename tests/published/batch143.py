"""A hundred-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a county
特殊教育学校, a 国有沿海防护林场 with its 分场, a 镇's 强村发展有限公司, a 景区运营管理有限公司, a 社区, a 乡
with its own 站所, a 村 with a 驻村第一书记, a 镇卫生院 with its 村卫生室 and a 农村商业银行 支行 — each
sending its 一览表 / 排查表 / 清单 / 台账 / 卡 the way such offices do, every one of them in an invented
corner of 滨海县 (its 蛎岙镇, 苇荡乡, 蟹浦镇 and its 盐蒿村, 菖滩镇 and its 芦花村 and 沙港村, 鹭洲街道 and
its 碱蓬社区, the 鹭鸣湾 景区 and the bank's 潮墩支行 invented too):

- a 特殊教育学校 排查表 whose 科室 column is headed ``处室（部、组）`` (校领导, 教务处, 培智部, 康复部,
  ``送教上门组``, 总务处) and whose holder column is headed ``岗位人员``; one teacher holds two posts
  (教务处 主任 and 送教上门组 组长), types in short names, 一级/二级/三级;
- a 国有沿海防护林场 一览表 with ``股室（分场）`` (场领导, 林政股, 营林股, 财务股, 东滩分场, 北堤分场), an
  ``在岗人数`` column of NUMBERS between the post and the ``责任人``, and the 护林员 row of nine people
  under ``各护林员`` (no one named); the 分场's own ``场长`` beside the 场领导's;
- a 景区运营管理有限公司 廉洁风险防控台账 ordered by its business — ``业务板块`` merged (票务管理, 经营管理 …)
  and ``风险环节`` first — with the post (``票务部主管``, ``工程部经理``, ``副总经理``) and the holder
  LAST (``责任岗位 | 责任人``), no 科室 column, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 社区's 防控卡 one a sheet (``Sheet1``–``Sheet3``), each opened by pairs across one row —
  ``持卡人 | 鞠晏如 | 岗位 | 社区党委书记、居委会主任 | 包联网格 | 第一网格`` — over a table whose last column
  ``监督人`` names the 书记 on the other two cards (she is the holder of the first);
- a 乡's 站所 排查表 whose 站所 cells carry the 乡's name (``苇荡乡财政所``, ``苇荡乡农业综合服务站``,
  ``苇荡乡社会事业服务中心``, ``苇荡乡退役军人服务站``, ``苇荡乡村镇建设服务所``), the title naming only
  ``苇荡乡``, a ``填报单位：滨海县苇荡乡人民政府（盖章）`` line; types ``…风险``;
- a 村's 一览表 with a ``联系电话`` column of eleven-digit numbers (typed as text) after the 姓名, the
  ``驻村第一书记`` first among the 村's own posts, and a filled ``镇包村干部审核：亓望岳`` line under it;
- a 镇卫生院 排查表 whose ``科室（站点）`` column holds its 院领导, 药剂科, 公共卫生科, 财务科 and two of
  its 村卫生室 (``芦花村卫生室``, ``沙港村卫生室``, each with its 乡村医生), types ``…风险``;
- a 农村商业银行 支行's 员工廉洁风险排查表: ``岗位 | 员工姓名``, a short ``风险点`` beside a longer
  ``风险表现``, 高/中/低, 防控措施 and a last ``排查方式`` column (``账户流水核查``, ``家访``, ``谈心谈话``).

One is harder:

- ``qiangcun_company_roster_sheet``: the 强村发展有限公司's workbook of two sheets — a 廉洁风险清单 that
  names posts only (部门 | 岗位 | 廉洁风险点 | 风险等级 | 防控措施 | ``责任部门`` | ``监督部门``: the last two
  name who carries out the measure and who watches, often another 部门 than the row's), and a second
  sheet ``岗位人员`` listing 部门 | 岗位 | 姓名 | 任职时间 | 备注 for every post (two posts named ``经理``, in
  两个部门; a 文员 with no point of her own; the 董事长 ``镇农业农村服务中心主任兼任`` in 备注).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (送教上门 of a 特殊教育 教研室; a 国有林场's
林政股 patrolling its 分场 with their 护林员; 飞地抱团 强村 projects of a county; 国有旅游企业, 门票 and
特许经营; the 网格员 of a 社区; a 县's 乡镇站所 after 机构改革; 驻村第一书记; 一体化 村卫生室; 员工异常行为 in
a 农商银行) and the layout follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch143`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b143_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a second sheet ``岗位人员`` that lists 部门, 岗位 and 姓名 for the posts of the 清单 names their holders
  (部门 and 岗位 decide: two ``经理`` in two 部门); its 文员 with no point of her own has no form;
- ``责任部门`` and ``监督部门`` after the 防控措施 say who carries the measure out and who watches: the
  row's 科室 is the ``部门`` column's;
- ``各护林员`` names nobody: the 护林员 post has no holder; ``在岗人数`` is no level, person or point;
- a 站所 cell ``苇荡乡财政所`` is the 科室 as written (the 乡's own 站所 are 科室 of the 乡人民政府);
- a 卫生院's own 村卫生室 (``芦花村卫生室``) are 科室 of the 卫生院, no units of their own;
- ``监督人`` names who watches a card's holder, never a holder of that card; ``包联网格`` is no 科室
  (a 社区 has no department);
- without a 科室 column a post keeps its 部 (``票务部主管``, ``工程部经理``); ``业务板块`` and ``风险环节``
  say what the row is about, no 科室;
- ``联系电话``, a filled ``镇包村干部审核：…`` line and ``排查方式`` are none of person, point or level; the
  short ``风险点`` is the point beside its ``风险表现``;
- 校长, 副校长, 场长/副场长 of the 林场, 董事长, 总经理, 副总经理, 书记 of a 社区 or 村, 村委会主任, the
  驻村第一书记, 院长, 副院长, 行长 and 副行长 are leaders; 主任 of a 处, 部长, 组长, 股长, a 分场's 场长,
  部门 经理 and 主任, 主管, 站长, 所长, 科长, 药房负责人, 会计主管, 副主任 of a 社区, 村委会副主任 and
  村务监督委员会主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b143_"
PLACE = "滨海县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


def _person_rows(sh: _Sheet, first: int, dept_col: int | None, cols: tuple[int, ...]) -> None:
    """Merge the 科室 column over its runs and each of ``cols`` over each person's rows."""
    key = lambda row: (row[dept_col] if dept_col is not None else None, *(row[c] for c in cols))  # noqa: E731
    specs = [(dept_col, lambda row: row[dept_col])] if dept_col is not None else []
    _merge_down(sh, first, specs + [(c, key) for c in cols])


# --------------------------------------------------------------------------- harder layout


def qiangcun_company_roster_sheet() -> dict:
    unit = f"{PLACE}蛎岙镇强村发展有限公司"
    t = _Truth(unit)
    roster = {
        ("公司领导", "董事长"): ("仉鹤年", "2021.03", "镇农业农村服务中心主任兼任", "leader"),
        ("公司领导", "总经理"): ("乜云帆", "2021.03", "", "leader"),
        ("资产运营部", "经理"): ("蒯望舒", "2022.06", "", "middle"),
        ("资产运营部", "招商专员"): ("揭星澜", "2023.02", "", "general"),
        ("财务部", "会计"): ("冼映秋", "2021.05", "", "general"),
        ("财务部", "出纳"): ("粘思齐", "2022.09", "", "general"),
        ("项目部", "经理"): ("巢远岫", "2022.01", "", "middle"),
        ("综合部", "主任"): ("莘语桐", "2021.05", "", "middle"),
        ("综合部", "文员"): ("佘小满", "2024.03", "", None),
    }
    rows = [
        ("公司领导", "董事长", "项目投资和大额资金使用不经董事会、股东村代表集体决策", "高",
         "投资项目和大额资金使用经董事会研究,报镇党委审定,会议纪要存档。", "综合部", "镇纪委"),
        ("公司领导", "总经理", "飞地抱团物业不公开招租,低价租给关系人", "高",
         "物业出租进镇农村产权交易平台公开竞价,租赁合同报董事会备案。", "资产运营部", "监事会"),
        ("资产运营部", "经理", "标准厂房租金减免、延期收取不经审批", "高",
         "租金减免和延期一事一报,经总经理办公会研究。", "财务部", "监事会"),
        ("资产运营部", "招商专员", "招商中收受客户好处,泄露租金底价", "中",
         "招商洽谈两人以上参加,底价由董事会确定并保密。", "资产运营部", "镇纪委"),
        ("财务部", "会计", "股东村分红资金不按股权比例拨付", "中",
         "分红方案经股东会通过,按股权清册直接拨入各村账户。", "财务部", "镇农经中心"),
        ("财务部", "出纳", "租金收入不及时入账,公款私存", "中",
         "租金一律对公账户收取,出纳日记账每月与银行对账单核对。", "财务部", "监事会"),
        ("项目部", "经理", "物业维修工程化整为零,直接指定施工单位", "高",
         "维修项目按限额比选,比选结果在公司和各股东村公示。", "综合部", "镇纪委"),
        ("综合部", "主任", "公务接待和车辆费用报销不规范", "低",
         "接待实行公函制度,车辆费用单车核算、每季度公开。", "综合部", "监事会"),
    ]  # fmt: skip
    sh = _Sheet("廉洁风险清单", [5, 11, 10, 34, 8, 36, 11, 11])
    _line(sh, f"{unit}岗位廉洁风险防控清单", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报日期：2024年11月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "廉洁风险点", "风险等级", "防控措施", "责任部门", "监督部门")
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, owner, watcher) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, owner, watcher)
        who, _since, _note, tier = roster[(dept, post)]
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("公司（盖章）", None, None, "董事长签字：", None, "监事会审核：", None, None)
    people = _Sheet("岗位人员", [5, 11, 10, 9, 10, 26])
    _line(people, f"{unit}岗位人员名单", 6)
    people.add("序号", "部门", "岗位", "姓名", "任职时间", "备注")
    first = len(people.rows)
    for n, ((dept, post), (who, since, note, _tier)) in enumerate(roster.items(), 1):
        people.add(n, dept, post, who, since, note or None)
    _merge_down(people, first, [(1, lambda row: row[1])])
    return _layout(
        "qiangcun_company_roster_sheet", "http://www.ggzc.zju.edu.cn/2022/0621/c54163a2595837/page.htm",
        "(harder) 镇 强村发展有限公司 workbook after the source's account of 飞地抱团 强村 projects (村 集体 物业, 标准厂房, "
        "租金, 分红 to the 村): a sheet ``廉洁风险清单`` — title, ``填报单位：… | 填报日期：…``, then 序号/部门 merged "
        "(公司领导, 资产运营部, 财务部, 项目部, 综合部)/岗位/廉洁风险点/风险等级 高/中/低/防控措施/``责任部门``/``监督部门`` "
        "(the last two naming 综合部, 财务部 … or 监事会, 镇纪委, 镇农经中心 — another 部门 than the row's on most rows), NO "
        "name anywhere in it; and a second sheet ``岗位人员`` — 序号/部门 merged/岗位/姓名/任职时间 (``2021.03``)/备注 — "
        "naming the holder of every post of the 清单 (two posts ``经理``, of 资产运营部 and 项目部; the 董事长's 备注 "
        "``镇农业农村服务中心主任兼任``) and a 综合部 ``文员`` with no point; an unsigned ``公司（盖章） | 董事长签字： | "
        "监事会审核：`` line under the 清单",
        [sh, people], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def special_school_dept_groups() -> dict:
    unit = f"{PLACE}特殊教育学校"
    sh = _Sheet("排查表", [5, 12, 9, 9, 34, 9, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    r = sh.add(
        f"填报单位：{unit}（盖章）", None, None, None, None, "填报时间：2024年10月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add(
        "序号",
        "处室（部、组）",
        "岗位",
        "岗位人员",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("校领导", "校长", "綦砚舟", "校舍维修和大宗物资采购不经校务会集体研究", "制度机制", "一级",
         "维修和采购项目经校务会研究,按限额比选或招标,结果在校内公示。", "leader"),
        ("校领导", "校长", "綦砚舟", "残疾学生资助、营养改善计划资金分配不公开", "岗位职责", "一级",
         "资助对象班级初评、学校审核,名单和金额公示五天。", "leader"),
        ("校领导", "副校长", "亓晚棠", "康复训练器材和特教教具采购指定品牌", "业务流程", "一级",
         "采购需求由康复部和总务处共同论证,参数不得指向特定品牌。", "leader"),
        ("教务处", "主任", "郏知远", "教师职称推荐和评优评先量化赋分不公", "制度机制", "二级",
         "赋分细则提前公布,推荐结果公示,接受教职工监督。", "middle"),
        ("培智部", "部长", "琚青禾", "随班就读和送教对象学籍管理不实,虚增在籍人数", "岗位职责", "二级",
         "学籍信息与县残联、教育局数据每学期比对。", "middle"),
        ("康复部", "康复教师", "缑映川", "向家长推荐校外收费康复机构,收取介绍费", "思想道德", "二级",
         "签订廉洁从教承诺书,畅通家长举报渠道。", "general"),
        ("送教上门组", "组长", "郏知远", "送教上门次数、课时记录虚报,套取送教补助", "业务流程", "一级",
         "送教记录附家长签字和照片,学校每月随机电话回访。", "middle"),
        ("总务处", "主任", "笪檀生", "学生食堂食材采购不比价,收受供应商好处", "外部环境", "一级",
         "大宗食材定点采购,价格每月公示,家长代表参与验收。", "middle"),
        ("总务处", "会计", "眭蕙心", "残疾学生生活补助发放不及时、不足额", "岗位职责", "三级",
         "补助资金通过一卡通直接发放,发放情况每学期公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人：", None, None, "校长签字：", None, None, "2024年10月", None)
    return _layout(
        "special_school_dept_groups", "http://www.jizihe.com/page/2020/0225/17908280.shtml",
        "县特殊教育学校 岗位廉政风险点排查表 after the source's account of 送教上门 for 残疾儿童少年 (学籍, 送教记录, 教研室 "
        "and 特教 teachers): title, ``填报单位：…（盖章） | 填报时间：…``, then 序号/the 科室 column headed ``处室（部、组）`` "
        "merged (校领导, 教务处, 培智部, 康复部, ``送教上门组``, 总务处)/岗位 and the holder column headed ``岗位人员`` "
        "merged per person/廉政风险点/风险类别 in short names/风险等级 一级/二级/三级/防控措施; one teacher (``郏知远``) "
        "holds two posts, 教务处 主任 and 送教上门组 组长; 填表人/校长签字/date under it",
        [sh], t,
    )  # fmt: skip


def forest_farm_headcount() -> dict:
    unit = f"{PLACE}国有沿海防护林场"
    sh = _Sheet("一览表", [5, 12, 10, 8, 10, 34, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室（分场）", "岗位", "在岗人数", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", 1, "酆苍岩", "林木采伐指标分配和木材销售不经场务会集体研究", "高",
         "采伐指标分配和木材销售方案经场务会研究,销售进公共资源交易平台。", "leader"),
        ("场领导", "场长", 1, "酆苍岩", "防护林更新造林工程发包中打招呼、定队伍", "高",
         "造林工程按规定招标,领导干部插手工程项目一律登记报告。", "leader"),
        ("场领导", "副场长", 1, "厍北辰", "生态公益林补偿资金分配不公开", "中",
         "补偿资金分配方案在场内公示,按管护面积和考核结果兑现。", "leader"),
        ("林政股", "股长", 1, "逯沛然", "林地占用、林木采伐现场查验不实", "高",
         "现场查验两人以上,查验照片和GPS坐标随档保存。", "middle"),
        ("营林股", "股长", 1, "隗栖梧", "造林检查验收降低标准,虚报成活率", "中",
         "验收实行分场自查、营林股复查、场部抽查三级验收。", "middle"),
        ("财务股", "会计", 1, "訾桐君", "苗木和林下产品销售收入不及时入账", "中",
         "销售一律开具票据,收入当日进场部账户,每月对账。", "general"),
        ("东滩分场", "场长", 1, "昝野航", "林下种养承包合同私下签订,承包费不入账", "高",
         "承包合同统一文本,经场部审核后签订,承包费由财务股直接收取。", "middle"),
        ("东滩分场", "护林员", 9, "各护林员", "巡山走过场,对盗伐滥伐林木不制止、不报告", "中",
         "巡护轨迹手机APP实时上传,分场每周抽查。", "general"),
        ("北堤分场", "苗圃管理员", 1, "邴篱青", "苗木出圃数量登记不实,私自销售苗木", "低",
         "苗木出圃凭调拨单,数量由分场场长和管理员双签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, count, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, count, who, point, lv, measures)
        t.point(sh.name, dept, post, "" if who.startswith("各") else who, tier, point, [], HML[lv])
    _person_rows(sh, first, 1, (2, 3, 4))
    sh.add()
    sh.add("编制：场纪检监察室", None, None, None, None, "审核：", None, "2024年8月")
    return _layout(
        "forest_farm_headcount", "http://www.jxjsly.cn/shownews.asp?id=261",
        "国有防护林场 岗位廉政风险防控一览表 after the source's note of a 国有林场 whose 林政股 patrols its 分场 with their "
        "护林员 (护林组, 到岗, 盗伐, 森林防火): title, then 序号/``股室（分场）`` merged (场领导, 林政股, 营林股, 财务股, "
        "东滩分场, 北堤分场)/岗位/an ``在岗人数`` column of NUMBERS (1, and 9 for the 护林员)/责任人 — ``各护林员`` on the "
        "护林员's row, no one named — (the three merged per person)/风险点/风险等级 高/中/低/防控措施; the 东滩分场's own "
        "``场长`` beside the 场领导's; no type column; ``编制：场纪检监察室 | 审核： | date`` under it",
        [sh], t,
    )  # fmt: skip


def scenic_company_posts_last() -> dict:
    unit = f"{PLACE}鹭鸣湾景区运营管理有限公司"
    sh = _Sheet("台账", [5, 10, 12, 34, 8, 36, 14, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控台账", 8)
    sh.add(
        "序号", "业务板块", "风险环节", "廉洁风险点", "风险等级", "防控措施", "责任岗位", "责任人"
    )
    rows = [
        ("票务管理", "门票销售", "收取现金不出票、少出票,截留票款", "Ⅰ级",
         "全面推行电子票务,现金收入当日解缴,票款每日核对。", "票务部主管", "郗棠樾", "middle"),
        ("票务管理", "优惠免票审核", "违规为亲友、关系人办理免票和团队优惠", "Ⅱ级",
         "免票凭证件系统核验,优惠审批单每月汇总公示。", "票务部主管", "郗棠樾", "middle"),
        ("票务管理", "旅行社结算", "给予旅行社超标准返利,收受回扣", "Ⅰ级",
         "返利标准经总经理办公会确定并在合同中载明,结算经财务复核。", "营销部经理", "芮汀洲", "middle"),
        ("经营管理", "商铺和游船租赁", "景区商铺、游船经营权不公开招租", "Ⅰ级",
         "经营权出租进公共资源交易平台,租金底价集体研究确定。", "副总经理", "阚听松", "leader"),
        ("经营管理", "特许经营", "擅自放宽特许经营协议条款,降低经营费标准", "Ⅱ级",
         "特许经营协议经法律顾问审核,条款变更报董事会。", "副总经理", "阚听松", "leader"),
        ("工程建设", "景观提升工程", "设计变更、现场签证把关不严", "Ⅰ级",
         "变更和签证实行分级审批,大额变更经跟踪审计。", "工程部经理", "覃峻川", "middle"),
        ("工程建设", "游乐设施维保", "维保单位不比选,维保费用虚高", "Ⅱ级",
         "维保单位三家以上比选,维保记录和费用按季公开。", "工程部经理", "覃峻川", "middle"),
        ("综合管理", "公务接待", "借考察接待名义超标准接待、赠送门票", "Ⅲ级",
         "接待实行公函和清单制度,赠票一律登记审批。", "综合办公室主任", "禚霁月", "middle"),
        ("综合管理", "重大事项决策", "“三重一大”事项会前不酝酿、临时动议", "Ⅰ级",
         "议题提前三天送达,临时动议一律不上会。", "总经理", "宓承霖", "leader"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (area, step, point, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, area, step, point, lv, measures, post, who)
        t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (6, lambda row: row[6:8]), (7, lambda row: row[6:8])]
    )
    sh.add()
    sh.add("制表：纪检监察室", None, None, None, "审核：", None, "2024年12月", None)
    return _layout(
        "scenic_company_posts_last", "http://m.jizihe.com/page/2012/1231/25961167.shtml",
        "县 景区运营管理有限公司 廉洁风险防控台账 after the source's study of 地方国有旅游企业 (门票价格, 特许经营, 景区 "
        "经营权): title, then 序号/``业务板块`` merged (票务管理, 经营管理, 工程建设, 综合管理)/``风险环节`` (门票销售, "
        "旅行社结算, 特许经营 …)/廉洁风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/then the post and holder LAST: "
        "``责任岗位`` (``票务部主管``, ``营销部经理``, ``副总经理``, ``工程部经理``, ``综合办公室主任``, ``总经理`` — the 部 in "
        "the post, no 科室 column) and ``责任人``, both merged per person; no type column; ``制表：纪检监察室 | 审核： | "
        "date`` under it",
        [sh], t,
    )  # fmt: skip


def community_cards_supervisor() -> dict:
    unit = f"{PLACE}鹭洲街道碱蓬社区"
    t = _Truth(unit)
    head = "鞠晏如"
    cards = [
        ("Sheet1", head, "社区党委书记、居委会主任", "第一网格", "鹭洲街道纪工委", "leader", [
            ("社区公益性岗位和网格员招用不公开,优亲厚友", "高",
             "招用条件和结果公示,经社区两委会集体研究并报街道备案。"),
            ("社区微实事项目确定施工单位不经居民议事会", "高",
             "微实事项目经居民议事会票决,施工单位按街道规定比选。"),
            ("社区用房出租、广告位收益不入账", "中", "出租和广告收益进街道代管账户,每季度公开。"),
            ("接受辖区物业企业、商户礼品礼金", "中", "签订廉洁承诺,礼品礼金一律拒收或登记上交。"),
        ]),
        ("Sheet2", "庹蘅芷", "居委会副主任", "第二网格", head, "middle", [
            ("低保、临时救助申请入户调查走过场", "高", "入户调查两人以上,调查表由申请人签字确认。"),
            ("高龄津贴、残疾人补贴名单不及时核减", "中", "每月与民政、公安数据比对,核减情况公示。"),
            ("救助物资发放不登记,私自截留", "中", "物资发放签领登记,发放结果在网格群公开。"),
        ]),
        ("Sheet3", "虢星野", "专职网格员", "第三网格", head, "general", [
            ("网格走访记录弄虚作假,虚报走访户数", "中", "走访轨迹系统留痕,社区每周随机回访。"),
            ("为辖区群众代办事项收取好处", "低", "代办事项登记台账,办结后电话回访。"),
            ("泄露网格内居民个人信息", "低", "签订信息保密承诺,系统账号专人专用。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, grid, watcher, tier, points in cards:
        sh = _Sheet(tab, [6, 30, 8, 22, 14, 14])
        _line(sh, f"{unit}工作人员廉政风险防控卡", 6)
        sh.add("持卡人", who, "岗位", post, "包联网格", grid)
        r = sh.add("序号", "风险点", "风险等级", "防控措施", None, "监督人")
        sh.merge(r, 3, r, 4)
        first = len(sh.rows)
        for n, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, lv, measures, None, watcher)
            sh.merge(r, 3, r, 4)
            t.point(tab, "", post, who, tier, point, [], HML[lv])
        _merge_down(sh, first, [(5, lambda row: row[5])])
        sh.add()
        sh.add("持卡人签字：", None, "社区党委审核：", None, "2024年9月", None)
        sheets.append(sh)
    return _layout(
        "community_cards_supervisor", "https://twwiki.net/wiki/95z0yxnm9x62y67.html",
        "社区 工作人员廉政风险防控卡 one a sheet (tabs ``Sheet1``–``Sheet3``) after the source's entry on 城市社区网格管理员 "
        "(每个网格配备一名网格员: 信息采集, 矛盾调解, 特殊群体服务, 公共服务代办): title, then ONE ROW of pairs — ``持卡人 | "
        "鞠晏如 | 岗位 | 社区党委书记、居委会主任 | 包联网格 | 第一网格`` (``居委会副主任``/第二网格, ``专职网格员``/第三网格 "
        "on the others) — then 序号/风险点/风险等级 高/中/低/防控措施 (merged over two columns)/a last ``监督人`` merged "
        "down: ``鹭洲街道纪工委`` on the 书记's card, the 书记 ``鞠晏如`` on the other two; no type column; an unsigned "
        "``持卡人签字： | 社区党委审核：`` and a date under each",
        sheets, t,
    )  # fmt: skip


def township_stations_full_names() -> dict:
    town = "苇荡乡"
    unit = f"{PLACE}{town}人民政府"
    sh = _Sheet("排查表", [5, 20, 8, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{town}站所岗位廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 4}填报时间：2024年9月", 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("农业综合服务站", "站长", "铎野芹", "耕地地力保护补贴面积核实不实", "岗位职责风险", "高",
         "补贴面积村级公示、乡级抽查,与确权数据比对。", "middle"),
        ("农业综合服务站", "农技员", "璩稼禾", "农资、种苗发放登记不全,优亲厚友", "业务流程风险", "中",
         "发放清单由村组签收,发放结果在村务公开栏公示。", "general"),
        ("财政所", "所长", "戢南枝", "乡级专项资金拨付不按程序审批", "制度机制风险", "高",
         "专项资金拨付经分管领导和主要领导审签,重大事项集体研究。", "middle"),
        ("财政所", "所长", "戢南枝", "村级账务代理记账中默许白条入账", "岗位职责风险", "中",
         "代理记账逐笔审核原始凭证,白条一律退回。", "middle"),
        ("财政所", "出纳", "羿小棠", "公款私存,现金坐支", "思想道德风险", "中",
         "现金日清月结,所长每月盘点库存现金。", "general"),
        ("社会事业服务中心", "主任", "夔守拙", "低保、特困供养对象入户核查走过场", "岗位职责风险", "高",
         "入户核查两人以上,核查结果村、乡两级公示。", "middle"),
        ("退役军人服务站", "站长", "郇岳峙", "优抚对象资格审核不严,优待金发放不及时", "业务流程风险", "中",
         "优抚对象信息与县退役军人事务局数据每季度比对。", "middle"),
        ("村镇建设服务所", "所长", "鄂松涛", "农房翻建审批中吃拿卡要", "外部环境风险", "高",
         "审批事项进乡便民服务中心窗口,办理时限和结果公开。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (station, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        dept = f"{town}{station}"
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("站所负责人签字：", None, None, None, "乡纪委审核：", None, None, "2024年9月")
    return _layout(
        "township_stations_full_names", "http://esk365.com/fanwen/fwshow.asp?key=wd132ddt",
        "乡 站所岗位廉政风险点排查表 after the source's account of a 县's 乡镇站所 after the 机构改革 (七所八站 merged, "
        "站所 serving 三农 and earning their keep): the title names only the 乡 (``苇荡乡站所…``), a merged line "
        "``填报单位：滨海县苇荡乡人民政府（盖章）　　　　填报时间：2024年9月``, then 序号/``站所`` merged — every name "
        "carrying the 乡's: ``苇荡乡农业综合服务站``, ``苇荡乡财政所``, ``苇荡乡社会事业服务中心``, ``苇荡乡退役军人服务站``, "
        "``苇荡乡村镇建设服务所`` — /岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "站所负责人签字/乡纪委审核/date",
        [sh], t,
    )  # fmt: skip


def yanhao_village_phone_numbers() -> dict:
    unit = f"{PLACE}蟹浦镇盐蒿村"
    sh = _Sheet("一览表", [5, 16, 9, 13, 34, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部廉政风险防控一览表", 7)
    sh.add("序号", "职务", "姓名", "联系电话", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("驻村第一书记", "汲清源", "13815162207", "帮扶项目资金使用不经村民代表会议,指定施工队", "中",
         "帮扶项目经村“四议两公开”程序,资金使用情况在村务公开栏公示。", "leader"),
        ("村党总支书记", "沃守田", "13952281364", "村级工程项目发包中插手干预,优亲厚友", "高",
         "村级工程按镇规定进农村产权交易平台,书记不直接参与发包。", "leader"),
        ("村党总支书记", "沃守田", "13952281364", "集体土地、鱼塘发包租赁不公开", "高",
         "发包方案经村民代表会议表决,公开竞价,合同报镇农经中心备案。", "leader"),
        ("村委会主任", "蔚田畴", "15062419835", "宅基地申请初审把关不严", "高",
         "宅基地申请村组评议、公示后上报,初审意见两人签字。", "leader"),
        ("村委会副主任", "堵渔舟", "18752036641", "拆迁安置、青苗补偿丈量登记不实", "高",
         "丈量登记由村组干部和群众代表共同签字,结果张榜公布。", "middle"),
        ("村会计", "仇晓筠", "13770418852", "集体收入不入账,坐收坐支", "中",
         "集体收入一律进镇代理账户,收支情况每月公开。", "general"),
        ("村妇联主席", "茅蕊心", "15951672308", "困难妇女儿童救助对象推荐不公", "低",
         "推荐对象经村民小组评议,名单公示五天。", "general"),
        ("村务监督委员会主任", "宗政守义", "13511937420", "对村级财务审核签字走过场", "中",
         "审核意见书面留存,镇纪委每季度抽查。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, phone, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, phone, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, None, (1, 2, 3))
    sh.add()
    sh.add(
        "村党总支（盖章）", None, None, "镇包村干部审核：亓望岳", None, "填报日期：2024年7月", None
    )
    return _layout(
        "yanhao_village_phone_numbers", "https://fx361.cc/page/2024/0430/23748777.shtml",
        "村 村干部廉政风险防控一览表 after the source's study of the 驻村第一书记 (选派, 村党组织, 帮扶 resources, 强村富民): "
        "title, then 序号/职务 (``驻村第一书记`` first, then the 村's own: 村党总支书记, 村委会主任, 村委会副主任, 村会计, "
        "村妇联主席, 村务监督委员会主任)/姓名/a ``联系电话`` column of eleven-digit mobile numbers typed as TEXT "
        "(``13815162207``), the three merged per person/廉政风险点/风险等级 高/中/低/防控措施; no 科室, no type column; "
        "under it ``村党总支（盖章） | 镇包村干部审核：亓望岳 | 填报日期：…`` — the 审核 line FILLED with a name who holds "
        "no post here; the compound surname 宗政 (``宗政守义``)",
        [sh], t,
    )  # fmt: skip


def health_center_village_clinics() -> dict:
    unit = f"{PLACE}菖滩镇卫生院"
    sh = _Sheet("排查表", [5, 13, 11, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 8)
    sh.add("序号", "科室（站点）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "栾济川", "药品耗材遴选和基建维修不经院务会集体研究", "制度机制风险", "高",
         "遴选和维修项目经院务会研究,会议纪要存档,结果院内公示。", "leader"),
        ("院领导", "副院长", "戈杏林", "基本公共卫生服务项目考核数据把关不严,虚报工作量", "岗位职责风险", "高",
         "考核数据与信息系统比对,随机入户核查。", "leader"),
        ("药剂科", "药房负责人", "卓苓", "药品入库验收不严,账物不符", "业务流程风险", "中",
         "入库验收两人签字,药房每月盘点,差异书面说明。", "middle"),
        ("公共卫生科", "科长", "翟蕴和", "村医公卫补助考核分配不公", "岗位职责风险", "高",
         "补助按考核得分分配,考核结果和补助金额在各村卫生室公示。", "middle"),
        ("财务科", "会计", "咸沐秋", "医疗收费票据核销不及时", "业务流程风险", "低",
         "票据专人领用核销,每月与收费系统核对。", "general"),
        ("芦花村卫生室", "乡村医生", "颛孙济民", "虚增慢病随访、健康体检人次,套取公卫补助", "思想道德风险", "高",
         "随访和体检记录由服务对象签字,卫生院每季度电话抽查。", "general"),
        ("芦花村卫生室", "乡村医生", "颛孙济民", "私自购进和销售非统一配送药品", "外部环境风险", "中",
         "村卫生室药品由卫生院统一采购配送,每月核对进销存。", "general"),
        ("沙港村卫生室", "乡村医生", "百里芩", "一般诊疗费违规收取、不开票据", "思想道德风险", "中",
         "收费标准上墙公示,一律使用卫生院统一票据。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人：", None, None, "院长签字：", None, None, "2024年10月", None)
    return _layout(
        "health_center_village_clinics",
        "https://www.zhetiaohe.com/ss/6f06b187ac2ab8a3228cca9ff1d257568b04de9948d1f1b79eee065298bb1e3cf7d07b106f34002c7552de2383a4bc542559aa50db98b99f.html",
        "镇卫生院 岗位廉洁风险排查表 after the source on setting up 一体化 村卫生室 (managed by the 乡镇卫生院: 药品统一配送, "
        "公卫 work and its 补助): title, then 序号/``科室（站点）`` merged (院领导, 药剂科, 公共卫生科, 财务科, and two of the "
        "卫生院's own 村卫生室 — ``芦花村卫生室``, ``沙港村卫生室`` — each with its 乡村医生)/岗位 and 姓名 merged per person/"
        "风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 填表人/院长签字/date; the compound surnames 颛孙 and 百里",
        [sh], t,
    )  # fmt: skip


def rural_bank_branch_staff() -> dict:
    unit = "滨海农村商业银行潮墩支行"
    sh = _Sheet("排查表", [5, 10, 9, 16, 30, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}员工廉洁风险排查表", 8)
    sh.add("序号", "岗位", "员工姓名", "风险点", "风险表现", "风险等级", "防控措施", "排查方式")
    rows = [
        ("行长", "桓景行", "授信审批干预", "为关系人贷款打招呼,降低准入条件", "高",
         "严格审贷分离,行长审批意见系统留痕,关系人贷款回避。", "账户流水核查", "leader"),
        ("行长", "桓景行", "营销费用列支", "以营销费用名义虚列开支、套取现金", "中",
         "营销费用预算管理,大额支出报总行审批。", "谈心谈话", "leader"),
        ("副行长", "殳晓砚", "贷后管理放松", "对贷款挪用、借名贷款不及时发现、不报告", "中",
         "贷后检查实地走访留痕,异常贷款按月报告。", "账户流水核查", "leader"),
        ("客户经理", "辜星河", "与客户资金往来", "向贷款客户借款,充当资金掮客", "高",
         "员工账户异常交易按月监测,严禁与客户发生资金往来。", "账户流水核查", "general"),
        ("客户经理", "辜星河", "与贷款中介勾结", "收受中介好处费,为不符合条件的客户包装资料", "高",
         "贷款调查双人上门,中介推荐客户一律报风险部门复核。", "家访", "general"),
        ("会计主管", "漆映雪", "重要空白凭证管理", "凭证领用登记不全,印章、凭证一人保管", "中",
         "印章与凭证分人保管,每日交接登记,每周查库。", "谈心谈话", "middle"),
        ("综合柜员", "禄小荷", "违规代客操作", "代客户保管存折、密码,代签名办理业务", "中",
         "严禁代客保管和代签名,业务办理全程录像。", "家访", "general"),
        ("大堂经理", "厉春棠", "违规代销理财", "私自推介非本行理财产品,收取佣金", "低",
         "营业厅理财产品一律双录,定期开展飞单排查。", "谈心谈话", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, shown, lv, measures, check, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, shown, lv, measures, check)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, None, (1, 2))
    sh.add()
    sh.add("排查人：", None, None, "支行行长签字：", None, None, "2024年6月", None)
    return _layout(
        "rural_bank_branch_staff", "http://em.chinanshw.cn/content/2025-07/22/038800.html",
        "农村商业银行 支行 员工廉洁风险排查表 after the source's account of 员工异常行为 at a 农商银行 (与客户资金往来, "
        "资金掮客, 贷款中介, 代客操作, 八小时以外): title, then 序号/岗位 and the holder column headed ``员工姓名`` merged per "
        "person/a SHORT ``风险点`` (``授信审批干预``)/a longer ``风险表现``/风险等级 高/中/低/防控措施/a last ``排查方式`` "
        "(``账户流水核查``, ``家访``, ``谈心谈话``); no 科室, no type column; 排查人/支行行长签字/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qiangcun_company_roster_sheet(),
    special_school_dept_groups(),
    forest_farm_headcount(),
    scenic_company_posts_last(),
    community_cards_supervisor(),
    township_stations_full_names(),
    yanhao_village_phone_numbers(),
    health_center_village_clinics(),
    rural_bank_branch_staff(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch143-inbox"))
