"""A seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE GRASS ROOTS — a 村股份经济合作社, a 镇乡村振兴工作站, a 镇
党建工作办公室, a 镇应急管理办公室, a 乡统计站, a 镇村镇建设管理所, a 社区居民委员会, a 村's “两委” and
its 村务监督委员会, and a 社区 — each handing back its 排查表, 防控表, 一览表, 清单 or 防控卡 with
the ordinary habits of a small office (few columns, merged cells, a 填报单位 line, signatures, a
note), nothing exotic about them:

- a 村股份经济合作社 排查表 of its 理事会 and 监事会: 职务/姓名 merged per person, the 理事长's and
  监事长's names followed by the village office they also hold in brackets
  (``龙德明(村党支部书记)``), short types, 高/中/低, a ``填报单位(盖章):… | 填报日期:…`` line;
- a 镇乡村振兴工作站 排查表 对岗不对人 (岗位 and 岗位职责 merged per post, types written
  ``思想道德类``/``制度机制类``/…), and under it ONE merged cell naming people:
  ``站长(签字):龙建国　　填表人:石秋菊　　联系电话:…　　填报时间:…``;
- a 镇党建工作办公室 防控表 with no 岗位 or 姓名 column: a row across the table
  ``岗位:党建办主任　　责任人:龙梅`` opens each holder's rows, a short ``风险点`` beside
  ``风险表现``, a 说明 line;
- a 镇应急管理办公室 一览表 under a ``单位:…　　负责人:…　　填表日期:…`` line, levels
  ``重大/较大/一般`` with a 注 defining them, a trailing ``监督人`` (the 分管副镇长) merged over the
  table;
- a 乡统计站's 防控卡, one per sheet (tab = the holder), each with TWO info rows above the table
  (``姓名 | … | 性别 | … | 出生年月 | …`` and ``工作单位 | … | 职务 | … | 任现职时间 | …``), the
  站长's 职务 written ``统计站站长``, levels ``一级/二级/三级``;
- a 镇村镇建设管理所 排查表 where one man holds a second post, his name under it written
  ``石磊(兼)`` and a 备注 saying so;
- a 社区居民委员会 清单 whose ``责任人`` heading is merged over ``姓名 | 职务`` at the right, a
  ``工作事项`` merged down, levels ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 村's two tables stacked on one sheet: the “两委”干部 table, a blank row, then the 村务监督委员会
  成员 table with its own title and heading (its posts written ``主任``/``委员``).

One is harder:

- ``community_roster_above_list``: a 社区's sheet that first lists who holds which post in a
  small table (``一、人员分工`` / ``序号 | 岗位 | 姓名 | 分工``), then, under ``二、岗位廉政风险点``,
  the risk table by 岗位 only — the holders come from the roster above.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a province's rules for the 村
经济合作社 — 资源、资产的发包和租赁, 财务管理, 乡镇的监督; the 乡村振兴协理员 and his 政策宣传, 项目推进,
信息收集与反馈; a 乡镇党建工作办公室 that sets the 村“两委”职数 and pays 村干部基本报酬 by “一卡通”
against its 考核; a 镇's 应急管理 duties down to 协助管理和分配上级下拨的救灾款物; a 乡镇统计站's
贫困人口统计 and 经济普查 done with borrowed hands; a 镇's 农村建筑工匠 training on 农村自建房 质量和
安全; the 社区专职工作者's 政策宣传, 低保申请, 信息统计 and 矛盾调解; a 村民监督委员会 whose three
members must all seal a 征地补偿款 发放单; the 社区 “两委一站” and its 居委干部 and 网格员) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented.

Run ``python tests/published/score.py --set batch75`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``龙德明(村党支部书记)`` under ``职务 | 理事长`` names the holder 龙德明; the bracket is another
  office he holds, not this post: the post stays ``理事长``;
- names in a signature line under a post list 对岗不对人 (``站长(签字):龙建国　　填表人:石秋菊``) hold
  no post of the list;
- a row ``岗位:党建办主任　　责任人:龙梅`` across the table gives the post and holder of the rows
  under it, up to the next such row;
- ``重大/较大/一般`` are 1/2/3 (the 注 says so);
- ``统计站站长`` in a card's 职务 is the 科室 统计站 and the post 站长;
- ``石磊(兼)`` is 石磊, holding that row's post too (one form per post, as batch72 took one holder's
  two posts);
- ``责任人`` over ``姓名 | 职务``: the holder is the 姓名, the post the 职务;
- in a 村 the “两委” heads have no 科室 (as batch72); the 村务监督委员会's members, in a table of their
  own, have the 科室 村务监督委员会 (as batch51), their posts as written (``主任``, ``委员``);
- a roster ``岗位 | 姓名`` on the same sheet above a risk table by 岗位 gives each post its holder;
- a 乡镇's own 站/办/所 is a 科室 of the 乡镇 (batches 4, 35, 38, 51, 55, 63, 65, 72); a 村股份经济合作社
  is a unit of its own (the 村's collective economy, not the 村民委员会), its 理事长 and 监事长 leaders.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, real dates) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b75_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
MAJOR = {"重大": 1, "较大": 2, "一般": 3}
IDEO = "\u3000\u3000"  # full-width spaces between the pairs of one cell


# --------------------------------------------------------------------------- harder layout


def community_roster_above_list() -> dict:
    unit = "XX市XX区鼓楼街道梧桐社区"
    sh = _Sheet("Sheet1", [6, 22, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, "梧桐社区工作人员岗位廉政风险防控清单", 5)
    _line(sh, "一、人员分工", 5)
    r = sh.add("序号", "岗位", "姓名", "分工", None)
    sh.merge(r, 3, r, 4)
    roster = [
        ("社区党委书记、居委会主任", "龙晓梅", "主持社区党委、居委会全面工作"),
        ("居委会副主任", "石建华", "民政、社会救助、残疾人工作"),
        ("社区专职工作者", "吴芳", "计生、卫健、社区服务站日常事务"),
        ("网格员", "杨帆", "第三网格信息采集、矛盾纠纷排查"),
    ]
    for n, (post, who, duty) in enumerate(roster, 1):
        r = sh.add(n, post, who, duty, None)
        sh.merge(r, 3, r, 4)
    holder = {post: who for post, who, _ in roster}
    sh.add()
    _line(sh, "二、岗位廉政风险点", 5)
    sh.add("序号", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("社区党委书记、居委会主任", "社区公益项目资金不经居民议事会研究,个人决定开支", "高",
         "公益项目资金使用方案经居民议事会通过,开支情况每季度在居务公开栏公开。"),
        ("社区党委书记、居委会主任", "辖区共建单位捐赠物资登记不全,私自处置", "中",
         "捐赠物资登记造册,发放名单公示。"),
        ("居委会副主任", "低保、临时救助入户核查不实,为亲友出具情况属实意见", "高",
         "入户核查两人以上,评议结果张榜公示,涉及亲属的申请主动回避。"),
        ("居委会副主任", "残疾人补贴申请材料审核走过场", "低", "材料逐项核对,审核意见留存备查。"),
        ("社区专职工作者", "为他人违规出具居住、婚育等证明", "中", "证明出具登记台账,社区主任审签。"),
        ("网格员", "采集人口信息不实,隐瞒出租房屋和流动人口情况", "中",
         "网格信息每月抽查比对,发现不实通报。"),
        ("网格员", "泄露网格内居民个人信息", "低", "签订保密承诺,信息系统分级授权、查询留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"社区党委书记、居委会主任": "leader", "居委会副主任": "leader"}
    for n, (post, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, lv, measures)
        t.point(sh.name, "", post, holder[post], tiers.get(post, "general"), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("社区党委(盖章)", None, "填报时间:2024年7月", None, None)
    return _layout(
        "community_roster_above_list", "http://m.hbrsks.net/shehui/?id=4489",
        "(harder) 社区 工作人员岗位廉政风险防控清单 after the source's account of the 社区工作者 chosen by the 社区 "
        "“两委一站” (党组织、居委会、社区服务站) — the 居委干部 and the 网格员: the title, then ``一、人员分工`` and a "
        "small ROSTER table ``序号 | 岗位 | 姓名 | 分工`` (the 一肩挑 ``社区党委书记、居委会主任`` 龙晓梅, 居委会副主任, "
        "社区专职工作者, 网格员); a blank row; ``二、岗位廉政风险点`` and the risk table ``序号 | 岗位 | 风险点 | 风险等级 "
        "| 防控措施`` by 岗位 ONLY (merged per post), 高/中/低 — the holders are the roster's; 盖章/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_coop_chair_bracket() -> dict:
    unit = "XX县黄柏镇罗家湾村股份经济合作社"
    sh = _Sheet("排查表", [6, 10, 20, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, "罗家湾村股份经济合作社理事会、监事会成员廉洁风险点排查表", 7)
    r = sh.add(f"填报单位(盖章):{unit}", None, None, None, "填报日期:2024年8月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("理事长", "龙德明", "龙德明(村党支部书记)", "集体资产资源发包、租赁不公开,低价发包给亲友",
         "岗位职责", "高", "发包方案经成员代表大会通过,进镇农村产权交易平台公开竞价。"),
        ("理事长", "龙德明", "龙德明(村党支部书记)", "股份分红方案未经成员代表大会讨论,个人决定", "制度机制", "高",
         "分红方案提交成员代表大会表决,结果张榜公布。"),
        ("监事长", "彭秀英", "彭秀英(村务监督委员会主任)", "对合作社大额开支监督走过场,不审核即签字", "岗位职责",
         "中", "大额开支监事会集体审核,监督意见书面记录。"),
        ("监事长", "彭秀英", "彭秀英(村务监督委员会主任)", "年度财务公开内容不全,监督不到位", "制度机制", "低",
         "对照公开目录逐项检查,发现问题报镇农经站。"),
        ("会计", "吴春兰", "吴春兰", "为不合规票据入账,虚列支出", "思想道德", "中",
         "票据经理事长、监事长签字后入账,每季度接受镇“三资”中心审核。"),
        ("会计", "吴春兰", "吴春兰", "股权证书变更登记不按程序办理", "业务流程", "低",
         "股权变更凭成员申请和理事会决议办理,登记簿专人保管。"),
        ("出纳", "杨小军", "杨小军", "租金收入不及时入账,坐收坐支", "制度机制", "中",
         "租金统一转入合作社账户,现金收入当日存入。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"理事长": "leader", "监事长": "leader"}
    for n, (post, who, cell, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, cell, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("理事长(签字):", None, None, "监事长(签字):", None, "镇农经站审核:", None)
    return _layout(
        "village_coop_chair_bracket", "http://crsrw.com/falvzixun/113723.html",
        "村股份经济合作社 理事会、监事会成员廉洁风险点排查表 after the source's rules for the 村经济合作社 (资源性、经营性"
        "资产, 集体资产的承包和租赁, 财务核算、民主理财、收益分配, 接受乡镇人民政府的监督): a title naming the 合作社 "
        "by its 村, a ``填报单位(盖章):XX县黄柏镇罗家湾村股份经济合作社 | 填报日期:…`` line; 序号/职务 and 姓名 merged "
        "per person — the 理事长's and 监事长's names followed by the village office each ALSO holds in brackets "
        "(``龙德明(村党支部书记)``, ``彭秀英(村务监督委员会主任)``)/风险点/风险类型 short names/风险等级 高/中/低/防控措施; "
        "理事长/监事长/镇农经站 sign-off line",
        [sh], t,
    )  # fmt: skip


def revival_station_footer_names() -> dict:
    unit = "XX县花桥镇"
    dept = "乡村振兴工作站"
    sh = _Sheet("排查表", [6, 14, 24, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"花桥镇{dept}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
    head_duty = "主持站内工作,负责衔接资金项目的申报和实施管理"
    project_duty = "负责产业帮扶项目的入库、实施和验收资料"
    aide_duty = "宣传帮扶政策,协助开展防返贫监测"
    info_duty = "负责监测对象信息录入和上报"
    rows = [
        ("站长", head_duty, "衔接资金项目申报不经村民代表会议,指定项目和实施主体", "制度机制类", "高",
         "项目库入库须经村“四议两公开”程序,实施主体公开比选。"),
        ("站长", head_duty, "项目验收把关不严,为未完工项目出具验收意见", "岗位职责类", "高",
         "验收邀请村务监督委员会和受益群众代表参加,验收资料存档。"),
        ("项目管理员", project_duty, "项目资金拨付不按进度,提前支付工程款", "业务流程类", "中",
         "资金拨付凭进度报告和监理意见,站长审核,镇分管领导审签。"),
        ("项目管理员", project_duty, "接受项目实施单位宴请、礼品", "思想道德类", "中",
         "签订廉洁承诺书,项目实施情况接受群众监督。"),
        ("乡村振兴协理员", aide_duty, "防返贫监测对象识别优亲厚友", "岗位职责类", "高",
         "监测对象经村级评议、镇级审核,名单公示。"),
        ("乡村振兴协理员", aide_duty, "政策宣传不到位,群众应享未享", "外部环境类", "低",
         "政策明白卡发放到户,每季度入户回访。"),
        ("信息员", info_duty, "监测信息录入不实,随意修改收入数据", "业务流程类", "低",
         "数据修改登记留痕,站长每月抽查核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "middle"}
    for n, (post, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    _line(
        sh,
        f"站长(签字):龙建国{IDEO}{IDEO}填表人:石秋菊{IDEO}{IDEO}联系电话:0745-7612345{IDEO}{IDEO}"
        "填报时间:2024年6月18日",
        7,
    )
    return _layout(
        "revival_station_footer_names",
        "https://www.qubca.com/news/jie-mi-xiang-cun-zhen-xing-xie-li-yuan-ta-men-shi-shui-ru-he-zhu-li-xiang-cun-fa-zhan.html",
        "镇乡村振兴工作站 岗位廉政风险点排查表 对岗不对人 after the source's account of the 乡村振兴协理员 (政策宣传与解读, "
        "项目推进 — 规划、实施和监督, 信息收集与反馈): a title with the 镇's short name; 序号/岗位 and 岗位职责 merged per "
        "post (站长, 项目管理员, 乡村振兴协理员, 信息员)/风险点/风险类别 written ``制度机制类``/``岗位职责类``/…/风险等级 "
        "高/中/低/防控措施; no names in the table; under it ONE merged cell with full-width spaces "
        "``站长(签字):龙建国　　　　填表人:石秋菊　　　　联系电话:…　　　　填报时间:2024年6月18日``",
        [sh], t,
    )  # fmt: skip


def party_office_person_group_rows() -> dict:
    unit = "XX县洪山镇"
    dept = "党建工作办公室"
    sh = _Sheet("防控表", [6, 22, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"洪山镇{dept}岗位廉政风险防控表", 5)
    sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施")
    people = [
        ("党建办主任", "龙梅", "middle", [
            ("村干部报酬核定", "村干部基本报酬和绩效报酬核定不按考核结果,优亲厚友", "高",
             "报酬按考核结果核定,名单和标准在村务公开栏公示。"),
            ("村“两委”职数核定", "村“两委”职数和“定补”干部人选核定不公开", "中", "职数核定方案报镇党委会研究。"),
            ("党建经费使用", "党组织工作经费虚列活动支出", "中", "经费凭活动记录、照片报账,年底公开。"),
        ]),
        ("组织干事", "田家旺", "general", [
            ("发展党员", "发展党员考察把关不严,材料补写、倒签", "高", "发展党员全程纪实,各环节公示。"),
            ("党费收缴", "党费收缴不按标准,截留挪用", "低", "党费按月收缴,专户存储,半年公开一次。"),
        ]),
        ("党建指导员", "麻春燕", "general", [
            ("软弱涣散村整顿", "整顿验收走过场,为未达标的村出具合格意见", "中", "验收由镇党委委员带队,结果报县委组织部。"),
            ("后备干部推荐", "后备干部推荐搞“小圈子”", "低", "推荐人选经村党员大会民主推荐。"),
        ]),
    ]  # fmt: skip
    n = 0
    for post, who, tier, points in people:
        _line(sh, f"岗位:{post}{IDEO}责任人:{who}", 5)
        for point, shown, lv, measures in points:
            n += 1
            sh.add(n, point, shown, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, "说明:风险等级按高、中、低三级评定。", 5)
    sh.add("填表人:", None, "审核人:", None, "2024年5月")
    return _layout(
        "party_office_person_group_rows", "http://www.xzrbw.com/info/2118/419870.htm",
        "镇党建工作办公室 岗位廉政风险防控表 after the source's account of a 乡镇党建办 given its own staff and funds "
        "(核定村“两委”职数, 村干部基本报酬“一卡通”发放, 绩效与考核挂钩, 软弱涣散 村的整顿, 后备库): NO 岗位 or 姓名 "
        "column — before each holder's rows ONE row merged across ``岗位:党建办主任　　责任人:龙梅`` (three such rows); "
        "序号 running through/a short ``风险点``/``风险表现``/风险等级 高/中/低/防控措施; a ``说明:`` line; 填表人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


def emergency_office_major_scale() -> dict:
    unit = "XX县兴隆镇"
    dept = "应急管理办公室"
    sh = _Sheet("一览表", [6, 14, 9, 34, 8, 34, 9])
    t = _Truth(unit)
    _line(sh, f"兴隆镇{dept}廉政风险点防控一览表", 7)
    _line(sh, f"单位:兴隆镇{dept}{IDEO}负责人:陶志刚{IDEO}填表日期:2024年5月", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施", "监督人")
    rows = [
        ("主任", "陶志刚", "救灾款物分配不公开,优亲厚友", "重大", "救灾款物分配方案经镇党政联席会议研究,发放名单公示。"),
        ("主任", "陶志刚", "对企业安全生产检查发现的问题降格处理、不移交", "较大",
         "检查问题台账管理,整改情况每月报镇安委会。"),
        ("主任", "陶志刚", "应急物资采购不比价,指定供应商", "较大", "应急物资按规定采购,验收三人以上。"),
        ("安全生产监管员", "吴丽华", "检查中接受企业宴请、礼品,通风报信", "较大", "检查实行两人以上、随机抽查,签订廉洁承诺。"),
        ("安全生产监管员", "吴丽华", "隐患整改不到现场复查即销号", "一般", "整改销号附现场照片,主任抽查。"),
        ("应急物资管理员", "杨春", "应急物资出入库不登记,私自挪用", "较大", "物资出入库双人登记,每季度盘点。"),
        ("应急物资管理员", "杨春", "过期物资报废处置不按程序", "一般", "报废物资清单经主任审核、镇分管领导审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "middle"}
    for n, (post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, "向东升")
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], MAJOR[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (6, lambda row: row[6])])
    _line(sh, "注:风险等级分重大、较大、一般三级。监督人为镇分管领导。", 7)
    return _layout(
        "emergency_office_major_scale", "https://www.linhai.gov.cn/art/2021/12/28/art_1229316978_73172.html",
        "镇应急管理办公室 廉政风险点防控一览表 after the source's list of a 镇's 应急管理 duties (安全生产、消防、防灾减灾"
        "救灾, 应急预案, 应急重大项目, 协助管理和分配上级下拨的救灾款物): the title, then ONE merged cell "
        "``单位:兴隆镇应急管理办公室　　负责人:陶志刚　　填表日期:2024年5月``; 序号/岗位 and 责任人 merged per person/"
        "风险点/风险等级 written ``重大/较大/一般``/防控措施/a trailing ``监督人`` (the 分管副镇长 向东升) merged over the "
        "whole table; a 注 line ``风险等级分重大、较大、一般三级。监督人为镇分管领导。``",
        [sh], t,
    )  # fmt: skip


def statistics_station_cards() -> dict:
    unit = "XX县太平乡"
    dept = "统计站"
    t = _Truth(unit)
    people = [
        ("石丽", "女", "1986.03", "统计站站长", "站长", "middle", "2021.09", [
            ("统计数据审核把关不严", "对村报数据不核实,照单上报", "岗位职责", "一级",
             "村报数据与台账、抽样核查结果比对,异常数据退回。"),
            ("迎合考核调整数据", "按上级考核要求修改统计数据", "思想道德", "一级", "数据修改须有原始资料依据,修改记录存档。"),
            ("普查调查经费使用", "虚报普查员劳务补助", "制度机制", "二级", "补助按实际工作量核发,名单公示。"),
        ]),
        ("邝永红", "男", "1991.11", "统计员", "统计员", "general", "2022.03", [
            ("统计报表填报", "漏报、错报规模以上企业数据", "业务流程", "二级", "报表上报前站长复核签字。"),
            ("调查对象信息", "泄露调查对象的商业信息和个人信息", "思想道德", "三级", "资料专柜存放,查询登记。"),
            ("借调人员管理", "借调人员录入数据不核对", "岗位职责", "三级", "录入数据双人核对,抽查比例不低于10%。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, duty_cell, post, tier, since, points in people:
        sh = _Sheet(who, [6, 18, 30, 10, 8, 32])
        _line(sh, f"{unit}{dept}岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("工作单位", "太平乡人民政府", "职务", duty_cell, "任现职时间", since)
        sh.add("序号", "风险点", "主要表现", "风险类别", "风险等级", "防控措施")
        for n, (point, shown, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, shown, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ORDINAL[lv])
        sh.add()
        sh.add("本人签字:", None, "分管领导签字:", None, "乡纪委审核:", None)
        sheets.append(sh)
    return _layout(
        "statistics_station_cards", "https://ppfocus.com/0/sc30c730c.html",
        "乡统计站 岗位廉政风险防控卡, one per sheet (tab = the holder), after the source's account by a 乡镇统计站's worker "
        "(农村贫困人口情况统计, 全国经济普查, 村干部填表, 借调人员, 汇总上报): each card its title, TWO info rows above the "
        "table — ``姓名 | 石丽 | 性别 | 女 | 出生年月 | 1986.03`` and ``工作单位 | 太平乡人民政府 | 职务 | 统计站站长 | "
        "任现职时间 | 2021.09`` (the second card's 职务 ``统计员``); 序号/a short ``风险点``/``主要表现``/风险类别 short "
        "names/风险等级 ``一级/二级/三级``/防控措施; 本人/分管领导/乡纪委 sign-off line",
        sheets, t,
    )  # fmt: skip


def building_office_concurrent_post() -> dict:
    unit = "XX县清水镇"
    dept = "村镇建设管理所"
    sh = _Sheet("Sheet1", [6, 12, 10, 34, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("所长", "龙建军", "龙建军", "农村建房审批把关不严,为超面积、超层数建房出具同意意见", "高",
         "建房申请经村、所两级审查,审批结果在村务公开栏公示。", None),
        ("所长", "龙建军", "龙建军", "对违法建设查处降格处理、以罚代拆", "中", "违建查处集体研究,处理结果公开。", None),
        ("规划管理员", "吴秀", "吴秀", "建房选址放线不到现场,放线与审批不符", "中",
         "放线“四到场”,现场拍照存档。", None),
        ("规划管理员", "吴秀", "吴秀", "向建房户推荐施工队伍收取好处", "低", "严禁推荐施工队伍,公布监督电话。", None),
        ("建设管理员", "石磊", "石磊", "农房质量安全巡查走过场", "中", "巡查记录附照片,所长每月抽查。", None),
        ("建设管理员", "石磊", "石磊", "农村建筑工匠培训签到不实,虚报培训人数", "低", "培训签到、照片存档,名单报县住建局。",
         None),
        ("报账员", "石磊", "石磊(兼)", "办公经费报销票据审核不严", "低", "报销单据经所长审核、镇分管领导审签。",
         "由建设管理员兼任"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"所长": "middle"}
    for n, (post, who, cell, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, post, cell, point, lv, measures, note)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("所长:", None, None, "填表人:", None, "2024年4月", None)
    return _layout(
        "building_office_concurrent_post", "http://m.jzzszz.cn/zonghexinwen/2022/0214/2286.html",
        "镇村镇建设管理所 岗位廉政风险排查表 after the source's news item on a 镇's training of its 农村建筑工匠 (农村自建房"
        "质量和安全, 工匠服务队, 区住建局授课): 序号/岗位 and 姓名 merged per person (所长, 规划管理员, 建设管理员)/风险点/"
        "风险等级 高/中/低/防控措施/备注; the last post ``报账员`` held by the 建设管理员 too — its name cell ``石磊(兼)``, "
        "its 备注 ``由建设管理员兼任``; 所长/填表人/date line",
        [sh], t,
    )  # fmt: skip


def community_holder_subheader() -> dict:
    unit = "XX市XX区南湖街道荷花社区居民委员会"
    sh = _Sheet("清单", [6, 14, 34, 8, 34, 9, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    top = sh.add("序号", "工作事项", "风险点", "风险等级", "防控措施", "责任人", None)
    sh.add(None, None, None, None, None, "姓名", "职务")
    sh.merge(top, 5, top, 6)
    for c in range(5):
        sh.merge(top, c, top + 1, c)
    rows = [
        ("低保申请", "低保申请入户调查走过场,评议不公", "Ⅰ级", "入户调查两人以上,评议结果张榜公示。", "覃玉兰",
         "居委会副主任"),
        ("低保申请", "为亲友违规出具家庭收入证明", "Ⅱ级", "证明出具登记,涉及亲属的事项回避。", "覃玉兰", "居委会副主任"),
        ("信息统计", "人口、住房、就业信息统计不实", "Ⅲ级", "统计数据与网格台账比对。", "黎晓东", "社区专职工作者"),
        ("矛盾调解", "调解邻里纠纷偏袒一方,收受好处", "Ⅱ级", "调解两人以上,调解记录当事人签字。", "黎晓东",
         "社区专职工作者"),
        ("社区活动组织", "文体活动经费虚列支出", "Ⅱ级", "活动经费凭方案、签到表、照片报账。", "韦红梅",
         "社区党委书记、居委会主任"),
        ("社区活动组织", "活动物资采购指定商家", "Ⅲ级", "物资采购三家比价,居务监督委员会监督。", "韦红梅",
         "社区党委书记、居委会主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"社区党委书记、居委会主任": "leader", "居委会副主任": "leader"}
    for n, (item, point, lv, measures, who, post) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, who, post)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, [], ROMAN[lv])
    per_person = lambda row: (row[1], row[5], row[6])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (5, per_person), (6, per_person)])
    sh.add()
    sh.add("社区党委书记(签字):", None, None, "填报日期:2024年6月", None, None, None)
    return _layout(
        "community_holder_subheader", "http://www.smxe.cn/shcs/202507/241748.html",
        "社区居民委员会 廉政风险防控清单 after the source's table of a 社区专职工作者's duties (政策宣传与落实, 居民服务 — "
        "低保申请, 信息统计与上报, 矛盾调解, 社区活动组织): a TWO-ROW header — ``责任人`` merged over ``姓名 | 职务`` at "
        "the right end, the other headings merged down; 序号/``工作事项`` merged down/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/姓名 and 职务 merged per person within a 事项 (the 一肩挑 ``社区党委书记、居委会主任`` last); 签字/date line",
        [sh], t,
    )  # fmt: skip


def village_two_tables_stacked() -> dict:
    unit = "XX县龙泉镇马家冲村"
    sh = _Sheet("Sheet1", [6, 22, 9, 34, 8, 34])
    t = _Truth(unit)
    header = ("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    tables = [
        ("马家冲村“两委”干部廉政风险点排查表", "", [
            ("村党支部书记、村委会主任", "秦国华", "村级重大事项不按“四议两公开”决策,个人说了算", "高",
             "重大事项会议记录存档,镇包村干部列席,决议公开。", "leader"),
            ("村党支部书记、村委会主任", "秦国华", "征地补偿款分配方案不公开", "高", "分配方案经村民会议通过,发放明细公示。",
             "leader"),
            ("村委会副主任", "陆桂芝", "高龄津贴、残疾人补贴初审不严", "中", "初审结果村内公示,镇复核。", "leader"),
            ("村文书", "滕小宝", "违规使用村印章出具证明", "低", "用章登记,一事一登记,书记审签。", "general"),
        ]),
        ("马家冲村村务监督委员会成员廉政风险点排查表", "村务监督委员会", [
            ("主任", "莫德才", "对征地补偿款发放明细不核对即盖章", "高", "发放明细逐户核对,三名成员共同签章。", "middle"),
            ("委员", "廖春华", "列席村“两委”会议走过场,不提监督意见", "中", "列席记录存档,监督意见书面反馈。", "general"),
            ("委员", "廖春华", "为亲友的补助申请说情", "低", "涉及本人亲属的事项主动回避。", "general"),
        ]),
    ]  # fmt: skip
    for k, (title, dept, rows) in enumerate(tables):
        if k:
            sh.add()
        _line(sh, title, 6)
        sh.add(*header)
        first = len(sh.rows)
        for n, (post, who, point, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("村党支部(盖章)", None, "村务监督委员会(盖章)", None, "2024年7月", None)
    return _layout(
        "village_two_tables_stacked", "http://flfww148.com/view.asp?id=7546",
        "村 廉政风险点排查表s after the source's account of a 村民监督委员会 (three members, each keeping part of a seal, "
        "the 征地补偿款发放明细单 checked household by household before all three seal it, 村集体资产、资金、资源 under "
        "its watch): TWO TABLES STACKED ON ONE SHEET — ``马家冲村“两委”干部廉政风险点排查表`` (the 一肩挑 "
        "``村党支部书记、村委会主任``, 村委会副主任, 村文书), a blank row, then ``马家冲村村务监督委员会成员廉政风险点排查表`` "
        "with its own heading (posts written ``主任``/``委员``); each 序号/职务 and 姓名 merged per person/风险点/风险等级 "
        "高/中/低/防控措施; one 盖章/date line under both",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    community_roster_above_list(),
    village_coop_chair_bracket(),
    revival_station_footer_names(),
    party_office_person_group_rows(),
    emergency_office_major_scale(),
    statistics_station_cards(),
    building_office_concurrent_post(),
    community_holder_subheader(),
    village_two_tables_stacked(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch75-inbox"))
