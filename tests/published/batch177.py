"""A hundred-and-seventy-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — 县直部门, 县委部门, 群团 and 事业单位
of 纳溪区 that earlier batches used seldom or never: the 城建档案馆, the 区委社会工作部, the 投资促进局,
the 老年大学, the 归国华侨联合会, the 区委直属机关工作委员会, the 救助管理站, the 道路运输服务中心, the
房产服务中心 and the 文化市场综合行政执法大队 — each handing back its ordinary 一览表, 排查表, 清单 or 防控卡
the way its staff typed it (no re-saved copies this time):

- the 区委社会工作部's 清单 对岗不对人 with no 科室 column (``信访督查科科长`` carries its 科), its post
  column headed ``风险岗位`` and a LAST column ``监督岗位`` naming the post that watches each row
  (``分管副部长``, ``部长``, ``办公室主任`` — the last also a post of the list), 一级/二级/三级;
- the 投资促进局's 一览表 whose holders stand only in a trailing column headed ``责任人签字``, the names
  typed in before it was printed for signing;
- the 老年大学's 防控卡, one a sheet and the tab the holder's name, behind a FIRST sheet ``汇总`` that
  counts each holder's points (``风险点数 | 高风险 | 中风险 | 低风险`` as numbers, a ``合计`` row);
- the 区委直属机关工委's 排查表 pasted together from its 科室's returns: after each 科室's rows a merged
  line ``科室负责人（签字）：晁野岑　　　　2024年4月8日``, the next 科室's rows going on under it with no
  heading repeated;
- the 救助管理站's 排查登记表 with a ``联系电话`` column (eleven-digit numbers typed as text) between 姓名
  and the risk, its types written ``思想道德类``/``制度机制类``…;
- the 道路运输服务中心's 识别评估表 under a two-row header (``风险识别`` over ``风险点 | 风险类型``,
  ``风险评估`` over ``发生概率 | 影响程度 | 风险等级``): THREE columns of 高/中/低, the level the last;
- the 房产服务中心's 一览表 with a short 风险点 beside a ``风险表现``, ``高风险/中风险/低风险``, and three
  name columns ``岗位责任人 | 科室负责人 | 分管领导`` (``/`` in the 中心领导's rows);
- the 文化市场综合行政执法大队's 一览表 whose levels are glossed ``一级（高）/二级（中）/三级（低）``.

One is the shape this batch adds to what the README describes — a 落实台账:

- ``urban_archives_quarter_ticks``: the 城建档案馆's ``…岗位廉政风险防控措施落实台账``: the ordinary
  一览表 columns, then ``防控措施落实情况`` over FOUR quarter columns ``一季度 | 二季度 | 三季度 | 四季度``
  ticked ``√`` for the quarters done (the third and fourth still empty: it was sent back in July), a
  row added in the second quarter blank under 一季度 with ``二季度新增`` in its ``备注``.

One is harder:

- ``overseas_chinese_tick_holders``: the 侨联's 一览表 has no 岗位 and no 姓名 column: ``责任岗位及责任人``
  spans four columns whose second header row names each post AND its holder (``主席⏎辜岚舟``,
  ``专职副主席⏎濮阳雪堤``, ``秘书长⏎鄞照夕``, ``科员⏎司徒晓棠``), each row ticked ``√`` under the posts it
  belongs to — two of them under two posts.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 城建档案馆's 局馆介绍 — 接收, 工程档案
预验收, 查询利用; a 区委社会工作部's 研讨发言 — 自治强基, 红色物业, 志愿服务; a 区人大代表组 视察 of the
投资促进局 — 签约项目, 项目流失, 招商环境; 老年大学's 学费 and 课时费; a 区侨联's 春节暖侨慰问 of 困难归侨
with 慰问金; a 城西区's 党费 收缴管理使用; a 专题研究 on 流浪乞讨人员救助; a 运管所's 调研 of 维修企业 and
驾校; a 房屋权属登记中心's 分段管理 (网签, 预售备案, 登记, 收费); the 文化市场综合执法 队伍 and their
网吧, 歌舞娱乐, 出版物, 旅游, 文物 执法) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented; every unit is a body of
纳溪区.

Run ``python tests/published/score.py --set batch177`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b177_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the quarter columns of a 落实台账 (``一季度``…``四季度``, ``√`` or blank) are no post, type or level; a
  ``备注`` ``二季度新增`` is no point;
- a ``监督岗位`` column names the post that watches the row, not the row's post; the row's post is under
  ``风险岗位``;
- names typed under ``责任人签字`` are the holders;
- a summary sheet of counts (``风险点数``, ``高风险``… as numbers) names no form and no point; the cards
  behind it are the forms;
- ``责任岗位及责任人`` over columns headed ``post⏎name``: a ``√`` gives the row to that post and holder,
  a row ticked twice is a point of each;
- a ``科室负责人（签字）：…`` line between 科室 is no point and does not end the table;
- a ``联系电话`` is no holder and no point; ``思想道德类`` is 思想道德;
- ``发生概率`` and ``影响程度`` are no levels; the level is the ``风险等级``;
- of ``岗位责任人 | 科室负责人 | 分管领导`` the first names the holder; ``/`` names nobody;
- ``一级（高）`` is 一级;
- 馆长/副馆长, 部长/副部长, 局长/副局长, the 老年大学's 常务副校长, 主席/专职副主席, the 工委's 常务副书记,
  站长, 主任 of a 中心, 大队长/教导员 are leaders; 股长, 科长, 办公室主任, 秘书长, 中队长 middle; the rest
  general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b177_"
PLACE = "纳溪区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GLOSSED = {"一级（高）": 1, "二级（中）": 2, "三级（低）": 3}
TICK = "√"
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def overseas_chinese_tick_holders() -> dict:
    unit = f"{PLACE}归国华侨联合会"
    sh = _Sheet("Sheet1", [6, 34, 10, 8, 34, 11, 11, 11, 11])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    holders = [
        ("主席", "辜岚舟", "leader"),
        ("专职副主席", "濮阳雪堤", "leader"),
        ("秘书长", "鄞照夕", "middle"),
        ("科员", "司徒晓棠", "general"),
    ]
    r = sh.add(
        "序号", "风险点", "风险类型", "风险等级", "防控措施", "责任岗位及责任人", None, None, None
    )
    sh.add(None, None, None, None, None, *(f"{post}\n{who}" for post, who, _ in holders))
    for c in range(5):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 8)
    rows = [
        ("困难归侨侨眷帮扶对象确定不经集体研究", "制度机制", "高",
         "帮扶对象经主席办公会集体研究,名单在侨联公示栏公示。", (0, 1)),
        ("春节慰问金发放名单不公示,优亲厚友", "岗位职责", "高",
         "慰问对象由镇(街道)侨联小组推荐,慰问金打卡发放,名单公示。", (1,)),
        ("侨界捐赠款物未及时登记入账", "制度机制", "中",
         "捐赠款物当日登记,统一入账,每季度公开使用情况。", (2, 3)),
        ("为侨资企业协调服务中接受企业宴请、礼品", "外部环境", "中",
         "服务企业不吃请、不收礼,收受礼品按规定登记上交。", (0,)),
        ("侨情调查统计数据弄虚作假", "业务流程", "低", "侨情数据逐户核对,抽样复核后报送。", (3,)),
        ("海外联谊活动经费超标准列支", "制度机制", "中",
         "活动经费事前报批,按标准据实列支,主席审签。", (2,)),
        ("为归侨侨眷出具证明材料时吃拿卡要", "思想道德", "低",
         "证明事项一次性告知,办理情况登记备查。", (3,)),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, ticked) in enumerate(rows, 1):
        marks = [TICK if k in ticked else None for k in range(len(holders))]
        sh.add(n, point, typ, lv, measures, *marks)
        for k in ticked:
            post, who, tier = holders[k]
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填表人:", None, None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "overseas_chinese_tick_holders", "https://hepan.com/article-55241-1.html",
        "(harder) 区归国华侨联合会 岗位廉政风险防控一览表 after the source's account of a 区侨联's 春节暖侨慰问 (困难归侨"
        "侨眷, 慰问金, 年老和低保归侨): NO 岗位 and NO 姓名 column — 序号/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施, then ``责任岗位及责任人`` merged over four columns whose second header row names each post AND its "
        "holder in one cell (``主席⏎辜岚舟``, ``专职副主席⏎濮阳雪堤``, ``秘书长⏎鄞照夕``, ``科员⏎司徒晓棠``); each row "
        "ticked ``√`` under the posts it belongs to, two rows under TWO posts (a point of each); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def urban_archives_quarter_ticks() -> dict:
    unit = f"{PLACE}城建档案馆"
    sh = _Sheet("落实台账", [5, 11, 11, 8, 32, 8, 34, 7, 7, 7, 7, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}2024年度岗位廉政风险防控措施落实台账", 12)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, None, None, "填报时间：2024年7月5日",
               None, None, None, None)  # fmt: skip
    sh.merge(r, 0, r, 6)
    sh.merge(r, 7, r, 11)
    r = sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "防控措施落实情况", None,
               None, None, "备注")  # fmt: skip
    sh.add(None, None, None, None, None, None, None, "一季度", "二季度", "三季度", "四季度", None)
    for c in (*range(7), 11):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 7, r, 10)
    rows = [
        ("馆领导", "馆长", "甄沅芷", "档案库房改造和档案数字化加工项目不经集体研究确定承接单位", "高",
         "项目经馆务会集体研究,按规定比选或招标,会议纪要存档。", True, None, "leader"),
        ("馆领导", "馆长", "甄沅芷", "违规批准调阅涉密城建档案", "中",
         "涉密档案调阅实行馆长审批、两人陪同、登记留痕。", True, None, "leader"),
        ("馆领导", "副馆长", "昝鹤汀", "建设工程档案专项验收把关不严,为资料不全的工程出具认可意见", "高",
         "专项验收两名以上业务人员现场核查,验收意见经副馆长复核。", True, None, "leader"),
        ("接收指导股", "股长", "蒉檀溪", "工程档案预验收中接受建设单位宴请、礼品", "高",
         "预验收两人同行,预验收意见书统一编号,收受礼品登记上交。", True, None, "middle"),
        ("接收指导股", "股长", "蒉檀溪", "对应移交而未移交档案的建设单位不督促、不报告", "中",
         "建立竣工项目档案移交台账,每季度与竣工验收备案信息比对。", True, None, "middle"),
        ("保管利用股", "档案管理员", "逄蔓汀", "为利用者违规复制、摘抄未开放的城建档案", "中",
         "档案利用登记审批,复制件加盖利用专用章。", True, None, "general"),
        ("保管利用股", "档案管理员", "逄蔓汀", "档案查询利用收取费用或变相收费", "低",
         "查询利用一律免费,服务指南上墙公示。", True, None, "general"),
        ("办公室", "会计", "冼晴柯", "数字化加工服务费未按合同约定的验收数量结算支付", "中",
         "服务费凭验收单据和合同条款审核支付,会计、馆长双签。", False, "二季度新增", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, q1, note, tier) in enumerate(rows, 1):
        sh.add(
            n, dept, post, who, point, lv, measures, TICK if q1 else None, TICK, None, None, note
        )
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add(
        "填表人：冼晴柯",
        None,
        None,
        None,
        "审核人：甄沅芷",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    )
    return _layout(
        "urban_archives_quarter_ticks", "http://www.lscjda.com/Bureau.jsp",
        "区城建档案馆 岗位廉政风险防控措施落实台账 after the source's 局馆介绍 of a 城建档案馆 (接收、收集城建档案, 工程"
        "档案预验收和接收, 保管和查询利用): a ``填报单位（盖章）：… | 填报时间：2024年7月5日`` line; a two-row header: "
        "序号/股室 merged (馆领导, 接收指导股, 保管利用股, 办公室)/岗位 and 姓名 merged per person/风险点/风险等级 高/中/低/"
        "防控措施, then ``防控措施落实情况`` over FOUR quarter columns ``一季度 | 二季度 | 三季度 | 四季度`` ticked ``√`` "
        "(一季度 and 二季度 done, 三季度 and 四季度 empty), then ``备注`` — one row added in the second quarter, blank "
        "under 一季度, ``二季度新增``; no type column; ``填表人：冼晴柯 | 审核人：甄沅芷`` under it (both holders)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def social_work_dept_watch_post() -> dict:
    unit = f"中共{PLACE}委社会工作部"
    sh = _Sheet("清单", [5, 14, 24, 32, 12, 8, 32, 16])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "风险岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施", "监督岗位")
    rows = [
        ("部长", "主持部务工作,统筹党建引领基层治理和信访工作", "leader",
         "基层治理专项经费分配不经部务会集体研究", "制度机制风险", "一级",
         "经费分配方案经部务会研究,分配结果公开。", "区纪委监委派驻纪检监察组"),
        ("部长", "主持部务工作,统筹党建引领基层治理和信访工作", "leader",
         "信访事项交办督办中为他人说情打招呼", "思想道德风险", "二级",
         "说情打招呼事项如实登记报告。", "区纪委监委派驻纪检监察组"),
        ("副部长", "分管社会组织党建和志愿服务工作", "leader",
         "社会组织党建工作经费审核把关不严", "岗位职责风险", "二级",
         "经费使用凭活动记录审核,每半年抽查一次。", "部长"),
        ("信访督查科科长", "负责信访事项登记、转送、交办和督查", "middle",
         "信访事项转送交办不及时,对群众诉求推诿拖延", "岗位职责风险", "二级",
         "信访事项限时办结,超期自动预警。", "分管副部长"),
        ("信访督查科科长", "负责信访事项登记、转送、交办和督查", "middle",
         "泄露信访人信息和举报材料", "外部环境风险", "一级",
         "信访材料专人专柜保管,查阅登记。", "分管副部长"),
        ("基层治理科科长", "负责社区工作者队伍建设和红色物业推进", "middle",
         "社区工作者招聘资格审查不严,优亲厚友", "岗位职责风险", "一级",
         "招聘资格两人以上审查,拟聘人员名单公示。", "分管副部长"),
        ("志愿服务科科员", "负责志愿服务项目申报和志愿者管理", "general",
         "志愿服务项目资助资金审核不实,虚报服务时长", "业务流程风险", "二级",
         "服务时长以信息系统记录为准,项目结项抽查。", "志愿服务科科长"),
        ("办公室主任", "负责部机关财务、公务接待和后勤保障", "middle",
         "公务接待、会议费用超标准列支", "制度机制风险", "三级",
         "接待、会议先审批后实施,费用按月公开。", "部长"),
        ("办公室会计", "负责部机关会计核算和政府采购", "general",
         "办公设备采购化整为零,规避政府采购程序", "业务流程风险", "三级",
         "采购计划年初编报,采购事项经办公室主任审核。", "办公室主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, tier, point, typ, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures, watch)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "social_work_dept_watch_post", "https://www.laowenmi.com/grsw/jlfy/23576.html",
        "区委社会工作部 岗位廉政风险防控清单 对岗不对人 after the source's 研讨发言 of a 区委社会工作部 (党建引领基层治理, "
        "自治强基, 红色物业, 志愿服务): ``附件1`` above the title; NO 科室 column — the post column headed ``风险岗位`` "
        "(部长, 副部长, ``信访督查科科长``, ``基层治理科科长``, ``志愿服务科科员``, ``办公室主任``, ``办公室会计``) and "
        "``岗位职责`` merged per post/风险点/风险类型 ``…风险``/风险等级 一级/二级/三级/防控措施, then a LAST column "
        "``监督岗位`` naming the watching post (区纪委监委派驻纪检监察组, 部长, 分管副部长, 志愿服务科科长, and "
        "``办公室主任`` — itself a post of the list — over the 会计's row); no names anywhere",
        [sh], t,
    )  # fmt: skip


def investment_bureau_sign_column() -> dict:
    unit = f"{PLACE}投资促进局"
    sh = _Sheet("Sheet1", [5, 12, 10, 34, 12, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查一览表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险类别", "风险等级", "防控措施", "责任人签字")
    rows = [
        ("局领导", "局长", "郦霁岑", "招商引资项目准入不经联席会议研究,个人拍板签约", "制度机制风险", "高",
         "签约项目经招商引资联席会议集体研究,会议纪要存档。", "leader"),
        ("局领导", "局长", "郦霁岑", "违规对客商承诺土地、税收等优惠政策", "岗位职责风险", "高",
         "优惠政策以政府文件为准,协议条款经司法局合法性审查。", "leader"),
        ("局领导", "副局长", "阙砚泠", "招商考察活动超标准安排食宿,变相公款旅游", "思想道德风险", "中",
         "考察计划事前报批,行程和费用回来后公示。", "leader"),
        ("产业招商股", "股长", "禤楚樵", "向客商泄露项目底价和其他竞争企业信息", "外部环境风险", "高",
         "项目信息分级管理,洽谈两人以上参加并记录。", "middle"),
        ("产业招商股", "招商专员", "栾岫白", "招商中介奖励申报材料审核不实,套取奖励资金", "业务流程风险", "中",
         "中介奖励凭到位资金证明审核,奖励结果公示。", "general"),
        ("项目服务股", "股长", "暨澄岫", "签约项目跟踪服务中吃拿卡要、刁难企业", "思想道德风险", "中",
         "服务事项清单公开,企业评价纳入考核。", "middle"),
        ("项目服务股", "科员", "谯望舒", "项目履约情况核查不实,对未履约项目不报告", "岗位职责风险", "低",
         "履约情况每季度实地核查,核查结果报局务会。", "general"),
        ("办公室", "主任", "綦晚樵", "招商经费报销审核不严,虚列招待费用", "制度机制风险", "中",
         "招待费用凭公函和清单报销,按月公开。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (7, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "investment_bureau_sign_column",
        "http://www.haqjp.gov.cn/web/rd/rdgz/art/w/16698240/1671585152681LJhsWEmL.html",
        "区投资促进局 岗位廉政风险点排查一览表 after the source's account of a 区人大代表组 视察 of the 投资促进局 (新签约"
        "亿元以上项目, 重大项目流失, 招商引资环境): 序号/科室 merged (局领导, 产业招商股, 项目服务股, 办公室)/岗位/风险点/"
        "风险类别 ``…风险``/风险等级 高/中/低/防控措施, and the holders ONLY in a trailing column headed "
        "``责任人签字`` — the names typed in before printing, merged per person; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def senior_college_summary_first() -> dict:
    unit = f"{PLACE}老年大学"
    t = _Truth(unit)
    people = [
        ("庾澄观", "校领导", "常务副校长", "leader", [
            ("教学楼维修、教学设备采购不经校务会研究", "制度机制", "高",
             "维修和采购项目经校务会集体研究,按规定比价或招标。"),
            ("外聘教师聘用不公开,优亲厚友", "岗位职责", "中", "外聘教师条件公开,试讲评议,聘用名单公示。"),
        ]),
        ("芮停云", "教务科", "科长", "middle", [
            ("热门班级招生名额私下预留、违规插班", "岗位职责", "高", "招生计划和报名结果公开,插班须校务会批准。"),
            ("外聘教师课时费核定不实,虚报课时", "业务流程", "中", "课时以教学日志和学员签到为准,每月核对。"),
            ("学员结业证书违规发放", "思想道德", "低", "结业证书凭考勤和结业作品发放,登记备查。"),
        ]),
        ("仝晚照", "办公室", "出纳", "general", [
            ("学费收入不及时入账,坐收坐支", "制度机制", "高", "学费通过缴费平台收取,日清月结。"),
            ("收取学费不开具票据", "业务流程", "中", "收费一律开具财政票据,票据专人管理。"),
        ]),
    ]  # fmt: skip
    summary = _Sheet("汇总", [6, 10, 10, 12, 10, 8, 8, 8])
    _line(summary, f"{unit}岗位廉政风险点汇总表", 8)
    summary.add("序号", "姓名", "科室", "职务", "风险点数", "高风险", "中风险", "低风险")
    totals = [0, 0, 0, 0]
    for n, (who, dept, post, _tier, points) in enumerate(people, 1):
        counts = [sum(1 for p in points if p[2] == lv) for lv in ("高", "中", "低")]
        summary.add(n, who, dept, post, len(points), *counts)
        for k, v in enumerate((len(points), *counts)):
            totals[k] += v
    r = summary.add("合计", None, None, None, *totals)
    summary.merge(r, 0, r, 3)
    sheets = [summary]
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 34, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "科室", dept, None)
        sh.add("职务", post, "填表日期", "2024年3月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "单位负责人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "senior_college_summary_first",
        "http://lndx.edu.cn/news/Dynamicnews/2018/07/06/697140a7-7aa3-4e35-9756-5090833a6095.html",
        "区老年大学 岗位廉政风险防控卡, one a sheet and each tab the holder's name, after the source's account of "
        "老年大学 (低收费的学费, 老师的课时费, 校舍和办学经费): a FIRST sheet ``汇总`` titled ``…岗位廉政风险点汇总表`` "
        "counts each holder's points — 序号/姓名/科室/职务/``风险点数``/``高风险``/``中风险``/``低风险`` as NUMBERS and "
        "a ``合计`` row; behind it the cards: title, pairs ``姓名 | … | 科室 | …`` and ``职务 | … | 填表日期 | 2024年3月``, "
        "序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施, 持卡人签字/单位负责人签字",
        sheets, t,
    )  # fmt: skip


def organs_committee_block_signoffs() -> dict:
    unit = f"中共{PLACE}委直属机关工作委员会"
    sh = _Sheet("排查表", [5, 10, 11, 8, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    blocks = [
        ("工委领导", None, [
            ("常务副书记", "隋望溪", "区直机关党组织换届选举指导中违规干预人选", "制度机制", "高",
             "换届选举方案报工委会研究,全程纪实。", "leader"),
            ("常务副书记", "隋望溪", "区直机关先进基层党组织推荐评选不公", "岗位职责", "中",
             "推荐条件公开,评选结果公示。", "leader"),
        ]),
        ("组织科", "2024年4月8日", [
            ("科长", "晁野岑", "党费使用审批不严,超范围列支", "制度机制", "高",
             "党费使用经工委会研究,每年向党员公开。", "middle"),
            ("科长", "晁野岑", "党费收缴基数核定不准,对少缴漏缴不督促", "业务流程", "中",
             "党费基数每年核定并公示,按月核对收缴台账。", "middle"),
            ("科员", "缪青梧", "发展党员材料审核把关不严", "岗位职责", "中",
             "发展党员材料实行科员初审、科长复审。", "general"),
        ]),
        ("宣教科", "2024年4月9日", [
            ("科长", "糜闻笛", "机关党建宣传和文化活动经费虚报冒领", "制度机制", "中",
             "活动经费凭方案、签到和照片报销。", "middle"),
            ("科长", "糜闻笛", "先进典型推荐材料审核不实", "思想道德", "低", "推荐材料实地核实,推荐对象公示。",
             "middle"),
        ]),
        ("办公室", "2024年4月9日", [
            ("主任", "卞秋浔", "公务用车使用审批不严,公车私用", "制度机制", "低",
             "用车一事一批,行车记录每月核对。", "middle"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, signed, rows in blocks:
        first = len(sh.rows)
        for post, who, point, typ, lv, measures, tier in rows:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:4]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
        if signed:
            head = rows[0][1]
            _line(sh, f"科室负责人（签字）：{head}{GAP * 4}{signed}", 8)
    sh.add()
    sh.add("单位（盖章）", None, None, None, None, "填报日期：2024年4月", None, None)
    return _layout(
        "organs_committee_block_signoffs", "https://epaper.tibet3.com/qhrb/html/202208/10/content_106126.html",
        "区委直属机关工委 岗位廉政风险点排查表 after the source's account of a 区's 党费 收缴、管理和使用 (核定基数, "
        "党费专户, 审批程序): one title and one heading, then the 科室's returns PASTED ONE UNDER ANOTHER — 序号 running "
        "on/科室 merged (工委领导, 组织科, 宣教科, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施 — and after each 科室's rows (not the 工委领导's) a merged line "
        "``科室负责人（签字）：晁野岑　　　　2024年4月8日`` (the 科长 named, also a holder in the rows above it), the "
        "next 科室 going on under it with no heading repeated; ``单位（盖章） | 填报日期：…`` at the end",
        [sh], t,
    )  # fmt: skip


def rescue_station_phone_column() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("排查表", [5, 10, 10, 8, 13, 32, 11, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查登记表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "联系电话", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "莘辰溪", "13908307251", "受助人员生活物资采购不比价,指定供应商", "制度机制类", "高",
         "物资采购三家以上比价,站务会研究确定,验收两人签字。", "leader"),
        ("站领导", "站长", "莘辰溪", "13908307251", "对接收救助的特殊困难人员违规安置、长期滞留不处置",
         "岗位职责类", "中", "滞留人员逐人建档,每月研究安置方案。", "leader"),
        ("救助股", "股长", "郇漱石", "15182749036", "对不符合条件人员违规登记救助,虚增救助人次", "岗位职责类",
         "高", "救助登记人脸识别比对,每日核对在站人数。", "middle"),
        ("救助股", "接待员", "扈蓼汀", "18783051624", "受助人员随身财物登记不全,私自侵占", "思想道德类", "中",
         "随身财物两人清点、当面签字,离站时核对发还。", "general"),
        ("寻亲送返股", "股长", "操霁林", "13550386197", "返乡车票、途中生活费虚报冒领", "业务流程类", "中",
         "返乡车票实名购买,送返记录附照片和交接单。", "middle"),
        ("寻亲送返股", "股长", "操霁林", "13550386197", "与合作医疗机构串通,虚列受助人员医疗费用", "外部环境类",
         "高", "医疗费用凭病历和费用清单审核,定期回访医疗机构。", "middle"),
        ("办公室", "会计", "郁蘅", "18208165403", "救助经费支出凭证审核不严", "制度机制类", "低",
         "支出凭证经办人、股长、站长三签,按季公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, phone, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, phone, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年5月", None)
    return _layout(
        "rescue_station_phone_column", "http://bsmz.net/gongwen/703650.html",
        "区救助管理站 岗位廉政风险排查登记表 after the source's 专题研究 of 流浪乞讨人员救助 (救助管理办法, 自愿受助, "
        "送返, 社会救助): 序号/股室 merged (站领导, 救助股, 寻亲送返股, 办公室)/岗位, 姓名 and a ``联系电话`` column of "
        "eleven-digit numbers typed as TEXT, the three merged per person/风险点/风险类别 written ``思想道德类``, "
        "``制度机制类``…/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def road_transport_probability_columns() -> dict:
    unit = f"{PLACE}道路运输服务中心"
    sh = _Sheet("风险评估", [5, 11, 9, 8, 32, 10, 8, 8, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险识别评估表", 10)
    r = sh.add(
        "序号", "股室", "岗位", "责任人", "风险识别", None, "风险评估", None, None, "防控措施"
    )
    sh.add(None, None, None, None, "风险点", "风险类型", "发生概率", "影响程度", "风险等级", None)
    for c in (0, 1, 2, 3, 9):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 5)
    sh.merge(r, 6, r, 8)
    rows = [
        ("中心领导", "主任", "殳澹宁", "客运班线经营许可不经集体研究即作出决定", "制度机制", "中", "高", "高",
         "许可事项经主任办公会集体研究,许可结果网上公开。", "leader"),
        ("中心领导", "主任", "殳澹宁", "运输违法案件处理中说情打招呼、降格处理", "思想道德", "中", "中", "中",
         "案件处理集体审议,说情打招呼登记报告。", "leader"),
        ("客货运输股", "股长", "郤云岫", "道路货物运输经营许可降低条件办理", "岗位职责", "高", "中", "高",
         "许可条件公开,申请材料两人审核。", "middle"),
        ("客货运输股", "股长", "郤云岫", "网约车驾驶员从业资格审核不严", "业务流程", "中", "低", "低",
         "从业资格信息与公安部门数据比对。", "middle"),
        ("维修驾培股", "股长", "邝疏桐", "驾培机构教练车、教练员备案审核走过场", "岗位职责", "低", "高", "中",
         "备案材料现场核验,备案结果公示。", "middle"),
        ("维修驾培股", "股长", "邝疏桐", "机动车维修企业质量信誉考核打分不公", "外部环境", "低", "中", "低",
         "考核细则公开,考核组随机抽取。", "middle"),
        ("维修驾培股", "科员", "羿晨岚", "驾驶员培训学时核查不实,违规签注学时", "业务流程", "高", "中", "中",
         "学时以计时平台数据为准,每月抽查。", "general"),
        ("综合股", "出纳", "勾絮宁", "罚没款和规费票据管理不严,票款不符", "制度机制", "中", "高", "高",
         "票据领用核销登记,票款每日核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, odds, harm, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, odds, harm, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年3月", None, None)
    return _layout(
        "road_transport_probability_columns",
        "https://www.yaan.gov.cn/htm/openview.htm?id=20190404095809-39730-00-000",
        "区道路运输服务中心 廉政风险识别评估表 after the source's account of a 运管 调研 of 危货车辆维修企业 and 驾校 "
        "(驾驶培训市场, 教练员, 机动车维修): a two-row header — 序号/股室/岗位/责任人 merged down, ``风险识别`` over "
        "``风险点 | 风险类型`` (short names), ``风险评估`` over ``发生概率 | 影响程度 | 风险等级``, THREE columns of 高/中/低 "
        "that disagree on most rows, the level the LAST one — then 防控措施; 股室 merged (中心领导, 客货运输股, 维修驾培股, "
        "综合股), 岗位 and 责任人 merged per person; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def housing_center_three_names() -> dict:
    unit = f"{PLACE}房产服务中心"
    sh = _Sheet("一览表", [5, 11, 10, 12, 32, 8, 32, 9, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施", "岗位责任人", "科室负责人",
           "分管领导")  # fmt: skip
    rows = [
        ("中心领导", "主任", "交易资金监管", "交易资金监管账户开立、大额资金划转不经主任办公会研究", "高风险",
         "监管资金划转实行主任办公会研究、银行和中心双重复核。", "雍栖梧", "/", "/", "leader"),
        ("交易登记科", "科长", "网签备案", "为不符合条件的商品房办理网签备案,或故意拖延索要好处", "高风险",
         "网签条件系统校验,办理时限网上可查。", "邰霜序", "邰霜序", "晏秋曙", "middle"),
        ("交易登记科", "窗口受理员", "资料受理", "受理交易资料把关不严,为中介代办开绿灯", "中风险",
         "资料受理一次性告知,代办业务实名登记。", "竺溪云", "邰霜序", "晏秋曙", "general"),
        ("物业管理科", "科长", "物业企业考评", "物业服务企业信用考评打分不公,收受企业好处", "中风险",
         "考评细则公开,考评结果公示五个工作日。", "沃云舒", "沃云舒", "褚映雪", "middle"),
        ("物业管理科", "科员", "维修资金使用审核", "专项维修资金使用申请审核不严,虚列维修项目", "高风险",
         "维修资金使用须业主表决并现场核实,拨付双签。", "冀晚晴", "沃云舒", "褚映雪", "general"),
        ("房屋安全管理科", "科长", "房屋安全鉴定", "房屋安全鉴定结论弄虚作假,出具虚假鉴定报告", "高风险",
         "鉴定两人以上现场查勘,报告经复核后出具。", "檀栖岩", "檀栖岩", "褚映雪", "middle"),
        ("办公室", "会计", "收费票据管理", "交易手续费等收费票据管理不严,截留收费款", "低风险",
         "票据领用核销登记,收费每日解缴。", "訾云杪", "敖照野", "晏秋曙", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, lv, measures, who, head, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures, who, head, leader)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (8, lambda row: (row[1], row[8]))])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年4月", None, None, None)
    return _layout(
        "housing_center_three_names", "https://m.wenke99.com/p-1437866.html",
        "区房产服务中心 岗位廉政风险防控一览表 after the source's account of a 房屋权属登记中心's 分段管理 (楼盘表, "
        "网上签约, 预售备案, 受理, 审核, 收费): 序号/科室 merged (中心领导, 交易登记科, 物业管理科, 房屋安全管理科, "
        "办公室)/岗位/a short ``风险点`` beside a long ``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施, then THREE "
        "name columns ``岗位责任人 | 科室负责人 | 分管领导`` — the 科室负责人 merged per 科室, ``/`` under 科室负责人 and "
        "分管领导 in the 中心领导's row, the same two 分管领导 over several 科室; no type column",
        [sh], t,
    )  # fmt: skip


def culture_enforcement_glossed_levels() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("一览表", [5, 12, 10, 8, 32, 10, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "栗寒汀", "执法检查计划和重大案件处罚不经集体研究", "制度机制", "一级（高）",
         "重大案件集体讨论,检查计划报文化广播电视和旅游局备案。", "leader"),
        ("大队领导", "大队长", "栗寒汀", "为违规经营的网吧、歌舞娱乐场所说情打招呼", "思想道德", "二级（中）",
         "说情打招呼登记报告,案件全程记录。", "leader"),
        ("大队领导", "教导员", "衡若木", "执法人员廉政教育和考核流于形式", "岗位职责", "三级（低）",
         "廉政教育每季度一次,考核结果与评优挂钩。", "leader"),
        ("执法一中队", "中队长", "幸鹤鸣", "出版物市场检查中对违法行为降格处理", "岗位职责", "一级（高）",
         "处罚裁量按基准执行,罚没物品登记入库。", "middle"),
        ("执法一中队", "执法队员", "矫星沉", "检查前向经营单位透露检查安排", "外部环境", "二级（中）",
         "检查对象随机抽取,检查时间临时通知。", "general"),
        ("执法二中队", "中队长", "蔚南乔", "旅游市场投诉案件压案不办", "岗位职责", "二级（中）",
         "投诉件登记编号,办理情况每周通报。", "middle"),
        ("执法二中队", "中队长", "蔚南乔", "文物保护单位巡查走过场", "业务流程", "三级（低）",
         "巡查定位打卡,巡查记录每月抽查。", "middle"),
        ("法制审核股", "股长", "储映岚", "处罚决定法制审核把关不严,自由裁量不当", "制度机制", "一级（高）",
         "法制审核意见书面出具,重大处罚经集体讨论。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GLOSSED[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "culture_enforcement_glossed_levels", "http://hct.henan.gov.cn/2022/10-16/2624529.html",
        "区文化市场综合行政执法大队 岗位廉政风险防控一览表 after the source's account of 文化市场综合执法 队伍 (局队合一, "
        "文化、文物、出版、广播电视、旅游 市场执法, 执法服装和标志): 序号/部门 merged (大队领导, 执法一中队, 执法二中队, "
        "法制审核股)/职务 and 姓名 merged per person/``廉政风险点``/风险类型 (short names)/风险等级 written "
        "``一级（高）/二级（中）/三级（低）``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    overseas_chinese_tick_holders(),
    urban_archives_quarter_ticks(),
    social_work_dept_watch_post(),
    investment_bureau_sign_column(),
    senior_college_summary_first(),
    organs_committee_block_signoffs(),
    rescue_station_phone_column(),
    road_transport_probability_columns(),
    housing_center_three_names(),
    culture_enforcement_glossed_levels(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch177-inbox"))
