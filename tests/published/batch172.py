"""A hundred-and-seventy-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies of 南溪县 that
earlier batches used seldom or never — the 农村信用合作联社, the 航务管理处, the 酒类产业发展服务中心,
the 川剧艺术传承中心, a 镇 (an invented 鲤湾镇), the 发展控股集团, the 农村能源办公室, the 粮油质量监测站
and the 老年大学 — each handing back its ordinary 一览表, 排查表, 清单 or personal 自查表 the way its
staff typed it (no re-saved copies this time):

- the 酒类产业发展服务中心's 清单 对岗不对人 with NO 科室 column — the posts carry their 股
  (``产业发展股股长``) — 岗位 and 岗位职责 merged per post, 一级/二级/三级, a trailing ``监督责任人``
  holding roles, and a ``注`` line naming the levels;
- the 川剧艺术传承中心's personal 自查表, one a sheet (tabs never renamed, ``Sheet1``…``Sheet3``), two
  rows of pairs above the table whose 出生年月 and 参加工作时间 were typed as NUMBERS (``1979.11``,
  ``2001.1`` — October typed ``2001.10`` and kept by Excel as ``2001.1``), a 岗位职责 row merged across;
- a 镇's 排查表 whose 站所 column, headed ``站（所、办）``, writes each 站所 with the town's name before
  it (``鲤湾镇财政所``, ``鲤湾镇农业综合服务中心``) beside ``镇领导``;
- the 发展控股集团's 排查表 with TWO measure columns, ``现有防控措施`` and ``拟新增防控措施``, and a
  ``完成时限`` after them (``2024年12月底前``, ``长期坚持``);
- the 农村能源办公室's 一览表 with no 科室 column: group rows ``一、综合股（共2个风险点）`` that count
  their points, 序号 starting again under each, Ⅰ级/Ⅱ级/Ⅲ级, no type column;
- the 粮油质量监测站's 排查表 whose holder and post stand LAST under a two-row ``责任人`` heading split
  into ``姓名 | 职务``, the 科室 first;
- the 老年大学's 一览表 with a trailing ``监督人`` column naming the 校长 and 副校长 (holders of rows of
  their own).

One is the shape this batch adds to what the README describes — a leader's row with no 科室:

- ``shipping_office_leaders_across``: the 航务管理处's 一览表 where each leader's 股室 and 岗位 cells
  are ONE cell merged ACROSS the two columns (``处长`` over 股室 and 岗位, merged down too over his two
  points), as offices merge a field that does not apply; the 股 below have both cells.

One is harder:

- ``credit_union_labelled_cell``: the 农村信用合作联社's 排查表 whose ONLY holder column is
  ``责任主体``, each cell three labelled lines ``部门：信贷管理部⏎岗位：经理⏎姓名：钟离既白`` merged over
  the person's points; no 部门, 岗位 or 姓名 heading anywhere (the compound surnames 濮阳 and 钟离).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 信用社's 信贷管理基本制度: 审贷分离,
the 县级联社's 信贷管理部, 调查岗 and 审查岗, the 基层信用社's 信贷岗位; a 区's 航务 body with 海事股、
航务股、办公室、船检股, 渡口 and 渡船, 北斗 monitoring; a 市酒业发展局 (产业规划, 项目建设, 产业服务,
品牌营销); a 镇's 川剧院 and its 专项扶持经费 and 送戏; a 区's 农村基层党风廉政 check (乡镇机关、村级组织、
基层站所, 三资代理, 工程招标, 便民服务); a 县's 政府投资项目 audit of its 发展控股集团 (结算价款不实,
合同签订不规范, 监理履职不严, 竣工结算不及时, 水土保持验收); a 县能源办's 沼气 drive (项目申报, 建设资金,
乡镇能源站, 技工培训); a 县粮食局's 品质测报 (扦样, 质量调查, 安全监测, 会检); a 老年大学's rules for
its 学习班 (学费, 课时费, 申报表, 优秀学员)) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented; every unit is a body
of 南溪县 (the 镇 an invented 鲤湾镇).

Run ``python tests/published/score.py --set batch172`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b172_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a cell ``部门：…⏎岗位：…⏎姓名：…`` under ``责任主体`` names the holder's 科室, post and name;
- a leader's row whose 股室 and 岗位 are one cell merged across both (``处长``) names the post and no
  科室 (department "", as leaders' rows are scored without their 科室);
- ``鲤湾镇财政所`` in a 镇's 站所 column is the 镇's 财政所: the 镇人民政府 is the unit and the town's name
  before the 站所 no part of the 科室 (as batch110's ``菱泽镇村镇建设服务中心``);
- numbers beside ``出生年月`` and ``参加工作时间`` are dates typed as numbers: no holder, no point;
- ``现有防控措施`` and ``拟新增防控措施`` are both measures; ``完成时限`` is no point;
- a group row ``二、综合股（共2个风险点）`` names the 科室 (the count in brackets no part of it);
- ``责任人`` split into ``姓名 | 职务`` gives the holder and the post; the ``监督人`` column of names is who
  oversees the row, not its holder;
- 理事长/主任 of the 联社, 处长/副处长, 中心主任/副主任, 镇长, 董事长/总经理, the 能源办's 主任, 站长 and
  校长/副校长 are leaders; 经理 of a 部, the 信用社's 主任, 股长, 部长, 所长 and the 主任 of a 镇's 办 or
  中心, 室主任 and 处主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b172_"
PLACE = "南溪县"
TOWN = "鲤湾镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def credit_union_labelled_cell() -> dict:
    unit = f"{PLACE}农村信用合作联社"
    sh = _Sheet("排查表", [6, 22, 34, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}员工岗位廉洁风险排查表", 6)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, "填报时间：2024年10月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "责任主体", "风险点", "风险类别", "风险等级", "防控措施")
    people = [
        ("领导班子", "理事长", "濮阳既明", "leader", [
            ("贷审会审议事项会前打招呼,干预信贷审批结果", "制度机制风险", "一级",
             "贷审会委员独立发表意见并记录在案,理事长末位表态。"),
            ("违规决定大额固定资产购置和装修项目", "制度机制风险", "一级",
             "大额购置和装修项目经理事会集体研究,按规定公开招标。"),
        ]),
        ("信贷管理部", "经理", "钟离既白", "middle", [
            ("对关系客户降低准入标准,授意调查岗出具不实调查报告", "岗位职责风险", "一级",
             "调查、审查、审批分离,调查报告双人签字,贷后随机抽查。"),
            ("不良贷款核销材料审核不严,违规核销", "业务流程风险", "二级",
             "核销材料逐笔审查,核销结果报联社纪检监察室备案。"),
        ]),
        ("信贷管理部", "信贷审查岗", "呼延晓汀", "general", [
            ("审查走过场,对抵押物评估价值明显偏高不提出意见", "岗位职责风险", "二级",
             "抵押物价值由第三方评估,审查意见书面留痕。"),
        ]),
        ("财务会计部", "会计主管", "郄疏桐", "middle", [
            ("费用报销审核不严,虚列业务宣传费、招待费", "制度机制风险", "二级",
             "费用报销实行预算控制和逐级审批,每季度公开费用明细。"),
        ]),
        ("汲江信用社", "主任", "羊舌望川", "middle", [
            ("以贷谋私,向借款人索取好处费或要求购买指定商品", "思想道德风险", "一级",
             "贷款利率和收费标准在营业厅公示,监督电话公开,定期回访借款人。"),
            ("违规发放冒名贷款、借名贷款", "外部环境风险", "一级",
             "贷款面签面谈,借款人身份联网核查,发放后三个月内回访。"),
        ]),
        ("汲江信用社", "客户经理", "戢晚岚", "general", [
            ("信用户评定中虚报农户收入和信用等级", "业务流程风险", "三级",
             "信用户评定经村评议小组评议并张榜公示。"),
            ("代客户保管存折、身份证和密码,私自办理业务", "思想道德风险", "二级",
             "严禁代保管客户重要凭证,违规行为纳入绩效考核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in people:
        cell = f"部门：{dept}\n岗位：{post}\n姓名：{who}"
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, cell, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "联社纪检监察室（盖章）", None)
    return _layout(
        "credit_union_labelled_cell", "https://m.bdocx.com/doc/6437426.html",
        "(harder) 县农村信用合作联社 员工岗位廉洁风险排查表 after the source's 信贷管理基本制度 of 农村信用社 (审贷分离, "
        "the 县级联社's 信贷管理部 with 调查岗 and 审查岗, 基层信用社 and their 信贷岗位): title, ``填报单位（盖章）：… | "
        "填报时间：…``, then 序号/``责任主体``/风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施 — the ONLY holder "
        "column is 责任主体, each cell THREE LABELLED LINES ``部门：信贷管理部⏎岗位：经理⏎姓名：钟离既白`` merged over the "
        "person's points (the 联社's 理事长 ``部门：领导班子``, the 基层 ``汲江信用社``'s 主任 and 客户经理; compound "
        "surnames 濮阳, 钟离, 呼延, 羊舌); no 部门, 岗位 or 姓名 heading; 填表人/审核人/盖章 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def shipping_office_leaders_across() -> dict:
    unit = f"{PLACE}航务管理处"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报日期：2024年9月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("", "处长", "宇文栖川", "leader", "渡口渡船更新改造补助资金分配不经处务会集体研究", "制度机制风险", "高",
         "补助资金分配方案经处务会研究,分配结果在渡口所在乡镇公示。"),
        ("", "处长", "宇文栖川", "leader", "执法艇、北斗监控设备采购指定供应商", "岗位职责风险", "高",
         "设备采购按政府采购程序办理,验收由使用股室和办公室共同参加。"),
        ("", "副处长", "帅听澜", "leader", "对乡镇船管站考核打分优亲厚友", "思想道德风险", "中",
         "考核细则公开,考核结果经处务会审定后通报。"),
        ("海事股", "股长", "郇砚汀", "middle", "对渡船超载、无证驾驶等违法行为查处降格处理", "外部环境风险", "高",
         "执法全过程记录,处罚决定法制审核,重大处罚集体讨论。"),
        ("海事股", "股长", "郇砚汀", "middle", "水上交通事故调查中隐瞒事故情节", "岗位职责风险", "中",
         "事故调查组集体负责,调查报告经处务会审核。"),
        ("海事股", "执法员", "虢小溪", "general", "现场检查中接受船主宴请、礼品", "思想道德风险", "中",
         "执法人员两人以上,签订廉洁执法承诺书。"),
        ("船检股", "验船师", "逄屿舟", "general", "船舶检验不到现场即签发检验证书", "业务流程风险", "高",
         "检验现场拍照定位上传,证书签发实行复核。"),
        ("船检股", "验船师", "逄屿舟", "general", "为不符合适航条件的自用船舶出具合格意见", "岗位职责风险", "中",
         "检验结论由两名验船师共同签署,定期抽检复查。"),
        ("办公室", "会计", "续晴岚", "general", "渡运补贴发放审核不严,虚列渡工补助", "制度机制风险", "低",
         "补贴按渡运台账核发,发放名册经乡镇签字确认并公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        if dept:
            sh.add(n, dept, post, who, point, typ, lv, measures)
        else:  # a leader: 股室 and 岗位 typed as ONE cell, merged across both columns
            sh.add(n, post, None, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    leaders = [k for k, row in enumerate(rows) if not row[0]]
    _merge_down(
        sh,
        first + len(leaders),
        [(1, lambda row: row[1]), (2, lambda row: row[1:4]), (3, lambda row: row[1:4])],
    )
    k = 0
    while k < len(leaders):  # the leaders: across B:C, and down over one holder's rows
        e = k
        while e + 1 < len(leaders) and rows[leaders[e + 1]][1] == rows[leaders[k]][1]:
            e += 1
        r0, r1 = first + leaders[k], first + leaders[e]
        for rr in range(r0 + 1, r1 + 1):
            sh.rows[rr][1] = None
            sh.rows[rr][3] = None
        sh.merge(r0, 1, r1, 2)
        if r1 > r0:
            sh.merge(r0, 3, r1, 3)
        k = e + 1
    sh.add()
    sh.add("处长签字：", None, None, "填表人：", None, None, None, None)
    return _layout(
        "shipping_office_leaders_across", "https://baywatch.cn/haowen/330342.html",
        "县航务管理处 岗位廉政风险点一览表 after the source's account of a 区's 航务 body (海事股、航务股、办公室、船检股; 渡口 "
        "and 渡船 with 北斗 monitoring, 执法监督艇, 乡镇船管站): title, ``填报单位（盖章）：… | 填报日期：…``, 序号/股室/岗位/"
        "姓名/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施 — the two LEADERS' rows with ONE cell ``处长``/``副处长`` "
        "merged ACROSS the 股室 and 岗位 columns (the 处长's also merged down over his two points, his 姓名 too); the "
        "股 below (海事股, 船检股, 办公室) with 股室 merged down and 岗位 and 姓名 merged per person; 处长签字/填表人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liquor_center_posts() -> dict:
    unit = f"{PLACE}酒类产业发展服务中心"
    sh = _Sheet("清单", [6, 14, 24, 32, 10, 8, 32, 14])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施", "监督责任人")
    posts = [
        ("中心主任", "leader", "主持中心全面工作,负责酒类产业发展规划和重大项目", "主管部门分管领导", [
            ("酒类产业发展专项资金分配不经集体研究", "制度机制", "一级", "专项资金分配方案经中心主任办公会研究,结果公示。"),
            ("为关系企业争取技改扶持项目", "思想道德", "一级", "扶持项目公开申报,专家评审,实行回避。"),
        ]),
        ("副主任", "leader", "分管产业发展股、品牌推广股", "中心主任", [
            ("酒企技改项目验收走过场", "岗位职责", "二级", "项目验收邀请第三方参加,验收资料存档备查。"),
        ]),
        ("产业发展股股长", "middle", "负责酒类企业运行监测、技改项目申报初审", "分管副主任", [
            ("企业运行数据审核把关不严,为企业虚报产值", "业务流程", "二级", "数据与税务、统计数据比对,异常数据核实。"),
            ("项目初审中向企业泄露评审信息", "外部环境", "二级", "评审信息保密,初审人员签订保密承诺。"),
        ]),
        ("品牌推广股股长", "middle", "负责白酒品牌宣传、酒博会等展会组织", "分管副主任", [
            ("展会参展企业和展位安排优亲厚友", "岗位职责", "二级", "展位分配规则公开,按报名顺序和企业规模确定。"),
            ("宣传推广服务采购规避公开招标", "制度机制", "一级", "宣传推广采购按限额标准执行,合同会签。"),
        ]),
        ("会计", "general", "负责中心财务核算和专项资金账务", "中心主任", [
            ("专项资金拨付不按审批结果,提前或超额拨付", "制度机制", "二级", "拨付凭审批文件和验收报告,双人复核。"),
            ("接受企业赠送的酒品", "思想道德", "三级", "节前廉洁提醒,收受礼品登记上交。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, duty, watcher, points in posts:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, duty, point, typ, lv, measures, watcher)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    per_post = lambda row: row[1]  # noqa: E731
    _merge_down(
        sh, first, [(1, per_post), (2, lambda row: row[1:3]), (7, lambda row: (row[1], row[7]))]
    )
    _line(sh, "注：风险等级分为一级（高）、二级（中）、三级（低）。", 8)
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年7月", None)
    return _layout(
        "liquor_center_posts", "https://c.m.163.com/news/a/J087VDTV05149FGH.html?from=subscribe",
        "县酒类产业发展服务中心 岗位廉政风险防控清单 对岗不对人 after the source's news of a 市酒业发展局 set up (酒类产业"
        "发展规划, 政策制定, 项目建设, 产业服务, 品牌营销): ``附件1``, title, then 序号/岗位 — NO 科室 column, the posts "
        "carrying their 股 (``产业发展股股长``, ``品牌推广股股长``) beside 中心主任, 副主任, 会计 — and 岗位职责 merged per "
        "post/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控措施/a trailing ``监督责任人`` holding ROLES "
        "(``主管部门分管领导``, ``分管副主任``, ``中心主任``); no names; a ``注：风险等级分为一级（高）…`` line; 填报人/"
        "审核人/date",
        [sh], t,
    )  # fmt: skip


def opera_center_number_dates() -> dict:
    unit = f"{PLACE}川剧艺术传承中心"
    t = _Truth(unit)
    people = [
        ("Sheet1", "第五澄心", "男", 1975.06, "领导班子", "主任", 1994.08, "leader",
         "主持中心全面工作,负责剧目创作、演出计划、川剧传承专项经费和人事管理。", [
             ("川剧传承专项扶持经费使用不经集体研究", "制度机制风险", "高",
              "专项经费使用计划经中心办公会研究,按项目列支并年度公开。"),
             ("新创剧目外聘编导、舞美服务指定承接人", "岗位职责风险", "中",
              "外聘服务三家以上比选,合同经法律顾问审核。"),
             ("学员招收和演员考核中优亲厚友", "思想道德风险", "中", "招收条件公开,考核由专家组打分并公示。"),
         ]),
        ("Sheet2", "昝鹤鸣", "男", 1983.11, "演出部", "部长", 2001.1, "middle",
         "负责送戏下乡、惠民演出的组织安排和演出场次统计。", [
             ("虚报送戏下乡、惠民演出场次,套取演出补贴", "业务流程风险", "高",
              "每场演出留存照片、视频和乡镇签收单,补贴按核实场次发放。"),
             ("商业演出收入不入账,私分演出费", "制度机制风险", "高", "商业演出统一签订合同,收入直接进入中心账户。"),
             ("演员排班和演出补助分配不公", "岗位职责风险", "低", "排班表和补助明细每月公示。"),
         ]),
        ("Sheet3", "泮若渝", "女", 1990.02, "综合办公室", "会计", 2013.07, "general",
         "负责中心会计核算、演出收入和专项经费的账务处理。", [
             ("演出收入票款不符,延迟入账", "制度机制风险", "中", "票款日清日结,演出收入按场次登记核对。"),
             ("服装道具购置报销凭证审核不严", "业务流程风险", "中", "购置凭证附验收单和入库单,双人审核。"),
             ("私自出借中心资金", "思想道德风险", "高", "资金支付实行网银双人复核,每月对账。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, born, dept, post, joined, tier, duty, points in people:
        sh = _Sheet(tab, [12, 30, 12, 10, 12, 30])
        _line(sh, f"{unit}干部职工个人岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}{GAP}名", who, f"性{GAP}{GAP}别", sex, "出生年月", born)
        sh.add("所在部门", dept, f"职{GAP}{GAP}务", post, "参加工作时间", joined)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "部门负责人签字：", None, "2024年8月", None)
        sheets.append(sh)
    return _layout(
        "opera_center_number_dates", "http://picture.yunnan.cn/html/2018-02/02/content_5069829_4.htm",
        "县川剧艺术传承中心 干部职工个人岗位廉政风险自查表 after the source's news of a 镇's 川剧院 (a 川剧团 since the "
        "80s, 川剧专项扶持经费 every year, 娃娃川剧班, 送川剧进社区、进企业、进农村): THREE sheets, one person each, tabs "
        "never renamed (``Sheet1``…``Sheet3``); under the title two rows of pairs with labels spaced out — ``姓　　名 | "
        "第五澄心 | 性　　别 | 男 | 出生年月 | 1975.06`` and ``所在部门 | 领导班子 | 职　　务 | 主任 | 参加工作时间 | "
        "1994.08`` — the dates typed as NUMBERS (Excel keeps ``2001.10`` as ``2001.1``); a ``岗位职责`` row merged across; "
        "序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施 (merged over two columns); 本人签字/部门负责人签字/date",
        sheets, t,
    )  # fmt: skip


def town_stations_prefixed() -> dict:
    unit = f"{PLACE}{TOWN}人民政府"
    sh = _Sheet("排查表", [6, 18, 10, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{PLACE}{TOWN}干部职工岗位廉政风险排查表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2024年11月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站（所、办）", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇领导", "镇长", "公冶澜生", "leader", "镇村小型工程项目发包不经党政联席会议研究", "制度机制", "高",
         "小型工程发包事项经党政联席会议研究,发包结果公示。"),
        (f"{TOWN}党政办公室", "党政办公室", "主任", "漆雕霁云", "middle", "公务接待、会议费用超标准列支", "制度机制", "中",
         "接待、会议先审批后实施,费用清单按月公示。"),
        (f"{TOWN}党政办公室", "党政办公室", "主任", "漆雕霁云", "middle", "印章使用审批登记不严", "岗位职责", "低",
         "用印一事一登记,印章专人保管。"),
        (f"{TOWN}财政所", "财政所", "所长", "禤鹭汀", "middle", "惠农补贴资金发放审核不严,冒领套取", "岗位职责", "高",
         "补贴资金通过“一卡通”发放,发放名册村级公示。"),
        (f"{TOWN}财政所", "财政所", "所长", "禤鹭汀", "middle", "村级“三资”代理记账中违规报销", "业务流程", "高",
         "村级报账实行村监委会审核签字、所长审批。"),
        (f"{TOWN}财政所", "财政所", "会计", "戎念溪", "general", "镇机关零星支出报账凭证审核不严", "业务流程", "中",
         "报账凭证经办人、证明人、审批人三签。"),
        (f"{TOWN}农业综合服务中心", "农业综合服务中心", "主任", "鄞晚舟", "middle", "耕地地力保护补贴面积核实不实",
         "岗位职责", "高", "补贴面积逐村核实,村组干部和农户签字确认。"),
        (f"{TOWN}农业综合服务中心", "农业综合服务中心", "主任", "鄞晚舟", "middle", "农业产业项目申报材料把关不严",
         "外部环境", "中", "项目申报材料实地核查,结果镇村两级公示。"),
        (f"{TOWN}社会事务办公室", "社会事务办公室", "民政专干", "练听枫", "general", "低保、特困人员入户调查不实,优亲厚友",
         "思想道德", "高", "入户调查两人以上,评议结果张榜公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (shown, dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, shown, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("镇纪委审核：", None, None, "填表人：", None, None, None, None)
    return _layout(
        "town_stations_prefixed", "http://jrwcold.mirror.cnbksj.com/2009-11-27/html/21910.html",
        "镇 干部职工岗位廉政风险排查表 after the source's report of a 省 check of 农村基层党风廉政建设 (乡镇机关、村级组织、"
        "基层站所三位一体, 集体“三资”代理, 工程招标, 便民服务, 强农惠农政策): title ``南溪县鲤湾镇干部职工…``, ``填报单位"
        "（盖章）：南溪县鲤湾镇人民政府 | 填报时间：…``, then 序号/the 站所 column headed ``站（所、办）`` and merged — each "
        "站所 written WITH THE TOWN'S NAME before it (``鲤湾镇党政办公室``, ``鲤湾镇财政所``, ``鲤湾镇农业综合服务中心``, "
        "``鲤湾镇社会事务办公室``) beside ``镇领导``/职务 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "高/中/低/防控措施; 镇纪委审核/填表人 line",
        [sh], t,
    )  # fmt: skip


def holding_group_two_measures() -> dict:
    unit = f"{PLACE}发展控股集团有限公司"
    sh = _Sheet("风险点", [6, 12, 10, 9, 30, 10, 8, 28, 28, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 10)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "风险等级", "现有防控措施", "拟新增防控措施",
           "完成时限")  # fmt: skip
    rows = [
        ("集团领导", "董事长", "令狐砚秋", "leader", "重大投资项目和大额融资不经党委会前置研究", "制度机制", "高",
         "执行“三重一大”决策制度。", "重大投资项目增加第三方可行性评估。", "2024年12月底前"),
        ("集团领导", "总经理", "太叔远帆", "leader", "工程结算价款审核不实,多付工程款", "岗位职责", "高",
         "工程结算送审计部门审核。", "建立结算审减情况通报制度。", "2025年3月底前"),
        ("工程管理部", "经理", "阙晗川", "middle", "监理单位履职不严,对监理考核流于形式", "业务流程", "中",
         "按合同约定考核监理单位。", "监理考核结果与监理费支付挂钩。", "2024年12月底前"),
        ("工程管理部", "经理", "阙晗川", "middle", "竣工项目不及时办理竣工结算和水土保持设施验收", "岗位职责", "中",
         "竣工项目建立台账。", "台账每月通报,逾期未办结的约谈项目负责人。", "长期坚持"),
        ("工程管理部", "造价员", "谯小满", "general", "工程量签证与实际不符,收受施工单位好处", "外部环境", "高",
         "签证实行监理、施工、建设三方签字。", "隐蔽工程签证全程影像留存。", "长期坚持"),
        ("财务融资部", "经理", "辜清漪", "middle", "融资中介费用支付不规范,向关系中介输送利益", "制度机制", "高",
         "融资方案报董事会审议。", "中介机构比选确定,费用标准公开。", "2025年6月底前"),
        ("资产运营部", "经理", "浦怀瑜", "middle", "国有门面、场地出租不公开竞价,低价出租", "业务流程", "高",
         "资产出租报集团审批。", "出租一律进入公共资源交易平台公开竞价。", "2024年12月底前"),
        ("资产运营部", "经理", "浦怀瑜", "middle", "租金收缴不及时,对欠租不催收", "岗位职责", "低",
         "建立租金收缴台账。", "欠租超过三个月的移交法务催收。", "长期坚持"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, now, new, due) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, now, new, due)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add(
        "编制：", None, None, "审核：", None, None, "纪检监察室（盖章）", None, "2024年10月", None
    )
    return _layout(
        "holding_group_two_measures", "https://www.scdl.gov.cn/info/1456/273956.htm",
        "县发展控股集团 廉洁风险点排查表 after the source's 县审计局 report on its 政府投资项目 (工程结算价款不实, 合同签订"
        "不规范, 监理单位履职不严, 竣工后未及时办理竣工结算, 水土保持设施自主验收; the 集团's 工程项目管理制度): title, "
        "then 序号/部门 merged (集团领导, 工程管理部, 财务融资部, 资产运营部)/岗位 and 责任人 merged per person/风险点/风险类别 "
        "(short names)/风险等级 高/中/低, then TWO measure columns ``现有防控措施 | 拟新增防控措施`` and a ``完成时限`` "
        "(``2024年12月底前``, ``长期坚持``); 编制/审核/盖章/date line",
        [sh], t,
    )  # fmt: skip


def energy_office_group_counts() -> dict:
    unit = f"{PLACE}农村能源办公室"
    sh = _Sheet("一览表", [6, 14, 10, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    groups = [
        ("办领导", [
            ("主任", "巫马听松", "leader", "户用沼气和大中型沼气工程项目申报、资金分配不经集体研究", "Ⅰ级",
             "项目资金分配方案经办务会研究,项目村和补助名单公示。"),
            ("主任", "巫马听松", "leader", "沼气池建设物资采购指定供应商", "Ⅰ级", "物资采购按政府采购程序办理,到货验收留样。"),
        ]),
        ("综合股", [
            ("股长", "晁映泷", "middle", "沼气生产工培训经费虚报培训人数", "Ⅱ级", "培训签到、考核记录和照片存档,经费据实报销。"),
            ("会计", "嵇望舒", "general", "项目资金拨付凭证审核不严", "Ⅱ级", "拨付凭验收报告和乡镇能源站签字,双人复核。"),
        ]),
        ("沼气技术服务股", [
            ("股长", "冀远岑", "middle", "沼气池建设验收走过场,虚报建池数量", "Ⅰ级",
             "验收逐户拍照定位,乡镇能源站、村、农户三方签字。"),
            ("技术员", "敖芷汀", "general", "后续服务中向农户收取额外费用", "Ⅲ级", "服务收费标准公开,服务电话和监督电话公示。"),
            ("技术员", "敖芷汀", "general", "“一池三改”补助对象核查不实", "Ⅱ级", "补助对象村组评议并公示七天。"),
        ]),
        ("项目管理股", [
            ("股长", "牟叙白", "middle", "项目施工队伍和技工选定优亲厚友", "Ⅱ级", "技工持证上岗,施工队伍公开比选。"),
            ("股长", "牟叙白", "middle", "项目档案资料弄虚作假", "Ⅲ级", "项目档案定期抽查,与验收资料比对。"),
        ]),
    ]  # fmt: skip
    order = "一二三四五"
    for g, (dept, items) in enumerate(groups):
        _line(sh, f"{order[g]}、{dept}（共{len(items)}个风险点）", 6)
        first = len(sh.rows)
        for n, (post, who, tier, point, lv, measures) in enumerate(items, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, "2024年6月", None)
    return _layout(
        "energy_office_group_counts", "http://www.zhaoqiweb.com/zhaoqijishu/guoneizhaoqi/a200992119240.html",
        "县农村能源办公室 岗位廉政风险点一览表 after the source's account of a 县's 沼气 drive (县能源办 responsible for "
        "项目申报 and 建设资金管理, 乡镇能源站, 技工 and 培训, “一池三改”, 后续服务): title, then 序号/岗位/责任人/风险点/"
        "风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施 — NO 科室 column and no type column: each 科室 a merged group row that COUNTS its "
        "points, ``一、办领导（共2个风险点）``, ``二、综合股（共2个风险点）``, ``三、沼气技术服务股（共3个风险点）``, "
        "``四、项目管理股（共2个风险点）``, 序号 starting again at 1 under each; 岗位 and 责任人 merged per person; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def grain_station_holder_last() -> dict:
    unit = f"{PLACE}粮油质量监测站"
    sh = _Sheet("排查表", [6, 10, 32, 14, 8, 32, 9, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    r = sh.add("序号", "科室", "风险点", "风险类型", "风险等级", "防控措施", "责任人", None)
    sh.add(None, None, None, None, None, None, "姓名", "职务")
    sh.merge(r, 6, r, 7)
    for c in range(6):
        sh.merge(r, c, r + 1, c)
    rows = [
        ("站领导", "站长", "亓官晏清", "leader", "地方储备粮质量检验结论受人情干扰,降低检验标准", "外部环境风险", "高",
         "检验结论实行复核,重大检验结果站务会审定。"),
        ("站领导", "站长", "亓官晏清", "leader", "检验仪器设备采购不按规定比价", "制度机制风险", "中",
         "设备采购三家以上比价,验收两人以上签字。"),
        ("检验室", "主任", "郜澹宁", "middle", "检验报告审核把关不严,数据与原始记录不符", "岗位职责风险", "高",
         "原始记录与报告逐项核对,报告三级审核。"),
        ("检验室", "检验员", "冼沐秋", "general", "检验中调换样品、篡改检验数据", "思想道德风险", "高",
         "样品编号盲检,检验过程视频留存。"),
        ("检验室", "检验员", "冼沐秋", "general", "向被检企业泄露检验结果", "思想道德风险", "中", "检验结果按程序报送,人员签订保密承诺。"),
        ("扦样室", "扦样员", "隆语冰", "general", "扦样不按规定点位和数量,样品代表性不足", "业务流程风险", "中",
         "扦样现场拍照定位,承储企业和扦样人员共同签封。"),
        ("扦样室", "扦样员", "隆语冰", "general", "接受承储企业宴请", "外部环境风险", "低", "扦样人员两人同行,签订廉洁承诺。"),
        ("综合室", "报账员", "辜望岫", "general", "品质测报和会检经费报销凭证不实", "制度机制风险", "中",
         "经费报销附任务通知和样品清单,站长审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, point, typ, lv, measures, who, post)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: (row[1], row[6], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, per_person), (7, per_person)])
    sh.add()
    sh.add("站长（签字）：", None, None, "填表人：", None, "2024年5月", None, None)
    return _layout(
        "grain_station_holder_last", "https://bx.benxi.gov.cn/xwzx/bmgz/content_367545",
        "县粮油质量监测站 岗位廉政风险排查表 after the source's account of a 县粮食局's 地产粮食品质测报 (扦取样品 in 乡镇 and "
        "村, 质量调查, 品质测报, 安全监测, 会检, 国家标准方法检测): title, then a two-row heading — 序号/科室 merged (站领导, "
        "检验室, 扦样室, 综合室)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施, each merged over both rows, and LAST "
        "``责任人`` merged across ``姓名 | 职务`` — the holder and post at the right end, merged per person (the "
        "compound surname 亓官); 站长（签字）/填表人/date",
        [sh], t,
    )  # fmt: skip


def senior_college_watchers() -> dict:
    unit = f"{PLACE}老年大学"
    sh = _Sheet("Sheet1", [6, 10, 10, 9, 32, 14, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施", "监督人"
    )
    rows = [
        ("校领导", "校长", "壤驷澄明", "leader", "学校改扩建和教学设备购置不经校务委员会研究", "制度机制风险", "高",
         "改扩建和大额购置经校务委员会研究,按规定招标。", "/"),
        ("校领导", "副校长", "乐正思远", "leader", "外聘教师选聘和课时费标准确定优亲厚友", "岗位职责风险", "中",
         "外聘教师条件和课时费标准公开,选聘结果公示。", "壤驷澄明"),
        ("教务处", "主任", "夹谷晴川", "middle", "学习班开班申报审核不严,虚报学员人数", "业务流程风险", "中",
         "开班申报附学员名单,开课后第二周核对注册人数。", "乐正思远"),
        ("教务处", "主任", "夹谷晴川", "middle", "优秀学员评选超比例、不公开", "思想道德风险", "低",
         "评选比例不超过15%,名单公示。", "乐正思远"),
        ("教务处", "教务员", "沐采薇", "general", "课时登记不实,多报外聘教师课时", "业务流程风险", "中",
         "课时按考勤表登记,每月由班长签字确认。", "乐正思远"),
        ("办公室", "出纳", "苑知秋", "general", "学费收取不开票据,收费不入账", "制度机制风险", "高",
         "学费统一收据,当日入账,按学期公示收费情况。", "壤驷澄明"),
        ("办公室", "出纳", "苑知秋", "general", "课时费发放不按签到表核发", "业务流程风险", "中",
         "课时费凭教务处核定表发放,银行转账支付。", "壤驷澄明"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, watcher) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh,
        first,
        [
            (1, lambda row: row[1]),
            (2, per_person),
            (3, per_person),
            (8, lambda row: row[1:4] + row[8:9]),
        ],
    )
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年4月", None, None)
    return _layout(
        "senior_college_watchers", "https://ltx.xtu.edu.cn/info/1042/1695.htm",
        "县老年大学 岗位廉政风险点一览表 after the source's rules for a 老年大学's 学习班 (申报表 to the 老年大学办公室, "
        "校务委员会 approval, 课时费, 学费 一班一费, 优秀学员 within 15%): title, then 序号/处室 merged (校领导, 教务处, "
        "办公室)/岗位 and 姓名 merged per person/``廉政风险点``/风险类型 ``…风险``/风险等级 高/中/低/防控措施/a trailing "
        "``监督人`` column of NAMES — the 校长 and 副校长, each also a holder of rows of his own (``/`` on the 校长's row); "
        "compound surnames 壤驷, 乐正, 夹谷; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    credit_union_labelled_cell(),
    shipping_office_leaders_across(),
    liquor_center_posts(),
    opera_center_number_dates(),
    town_stations_prefixed(),
    holding_group_two_measures(),
    energy_office_group_counts(),
    grain_station_holder_last(),
    senior_college_watchers(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch172-inbox"))
