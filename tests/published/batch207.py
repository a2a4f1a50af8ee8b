"""A two-hundred-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 社区
居民委员会 twice, a 村, a 镇人民政府 with its 站所, a 供电所, a 镇中心幼儿园, a 镇中心小学, a 县中心敬老院
and a county 景区旅游开发有限公司 — each handing back its ordinary 一览表, 排查表, 清单 or 防控卡 the way
its staff typed it (no re-saved copies in this batch):

- a 村's ``“两委”干部廉洁风险点一览表`` with 姓名, 职务 (``党支部书记、村委会主任`` held by one man) and
  分管工作 merged per person and a trailing ``监督人`` column naming the 村监委会主任 on every other row
  (on his own rows ``镇纪委``);
- a 供电所 排查表 under a line ``单位：国网酉阳县供电公司桐茵供电所　　填报日期：…``, a short
  ``业务环节`` before the ``风险点``, types by short name, ``一级/二级/三级``;
- a 景区旅游开发有限公司 清单 对岗不对人: 部门/岗位, a short ``风险点`` beside a long ``风险描述``,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` and a trailing ``监督部门`` column (纪检监察室, and the 财务部 that watches the
  票务部 — a 部门 of the table in another row);
- a 镇中心幼儿园's 防控卡 one sheet a post (tabs ``园长``, ``保健医``, ``财务``), each opened by
  ``岗位名称 | … | 持卡人 | …`` and a merged ``岗位职责`` line, a ``监督人：…`` line under it;
- a 镇中心小学 排查表 whose 处室 stand only in group rows ``一、校长室`` (序号 starting again under
  each), ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a ``备注`` (``新增``);
- a 县中心敬老院's 自查表 one sheet a person (tab = name), pairs above, a short ``风险点`` beside
  ``风险表现``, and a ``自查情况`` column (``未发现问题``, ``已整改``);
- a 镇人民政府 一览表 with a ``站所`` column (便民服务中心, 财政所, 农业服务中心, 退役军人服务站, 综合
  文化站), ``高风险/中风险/低风险``;
- a 社区's 小微权力 清单 对岗不对人 whose post stands under ``责任主体`` AFTER the measures, beside a
  ``监督主体`` (the 居务监督委员会) and a leading ``权力事项``.

One is harder, and it is the shape the README's "读得懂的表" does not describe yet:

- ``community_ab_post_columns``: a 社区's 排查表 kept under the ``AB岗`` (同岗替代) rule — the header
  ``岗位人员`` merged over two sub-columns ``A岗 | B岗``, the post's main holder under A岗 and the one
  who stands in for him under B岗 (``/`` for the 书记, who has none), a ``注：…B岗…代行…`` line under
  the table. Both holders hold the post's points (as ``A岗:周敏⏎B岗:高翔`` in one cell does).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 政务服务中心's 同岗替代制 with B岗
人员代行; 村务监督委员会 and its 监督; a 县供电公司's 供电所 风险隐患 现场诊断; 地方国有旅游企业 and 景区
门票, 特许经营; the 幼儿园管理条例 (园长, 保健员, 收费); a 学校采购管理制度 (总务处, 采购, 保管员); 五保
供养 and 敬老院; a 综合便民服务中心's rules; a 社区's 小微权力清单 and 居务监督委员会) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented; every unit is a body of 酉阳县 (the towns 涞溪镇, 桐茵镇, the 鸾溪街道, the 苍竹村,
the 樨苑社区 and 桂井社区, the 溱溪景区 invented).

Run ``python tests/published/score.py --set batch207`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- under ``岗位人员`` split ``A岗 | B岗`` both people hold the post: each point of the post is in the
  A岗 holder's form and in the B岗 holder's; ``/`` under B岗 is nobody;
- a ``监督人`` column of names beside the 姓名 column watches, holds nothing; the ``监督部门`` /
  ``监督主体`` columns are no 科室 of the rows;
- a ``自查情况`` cell (``未发现问题``, ``已整改``) is no point;
- a 单位 line naming a 供电公司 and its 供电所 (``国网酉阳县供电公司桐茵供电所``) gives the company as the
  unit and the 所 as the 科室, as a 局 and its 所 do (batches 36, 68; batches 10, 12 and 20 had
  taken such a whole name for the unit); a 镇's 中心幼儿园 and 中心小学 are units of their own (not
  科室 of the 镇);
- a 社区 or 村 list has no 科室: the post as written, department "";
- 党支部书记/村委会主任, 社区党委书记, 社区居委会主任, 园长, 校长 and the 敬老院's 院长 are
  leaders; 主任 of a 处室 or of a 镇's 中心, 所长/站长 of a 镇's 所/站, 所长/副所长 of the 供电公司's
  供电所, a 班长, 部门经理, 护理组长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b207_"
PLACE = "酉阳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(first_col: int, last_col: int):
    return lambda row: tuple(row[first_col : last_col + 1])


# --------------------------------------------------------------------------- harder layout


def community_ab_post_columns() -> dict:
    unit = f"{PLACE}鸾溪街道樨苑社区居民委员会"
    sh = _Sheet("Sheet1", [6, 14, 9, 9, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 7)
    r = sh.add(None, None, None, None, None, "填报时间：2024年10月", None)
    sh.merge(r, 5, r, 6)
    r = sh.add("序号", "岗位", "岗位人员", None, "风险点", "风险等级", "防控措施")
    sh.add(None, None, "A岗", "B岗", None, None, None)
    sh.merge(r, 2, r, 3)
    for c in (0, 1, 4, 5, 6):
        sh.merge(r, c, r + 1, c)
    posts = [
        ("社区党委书记", "禤晓岚", "/", "leader", [
            ("社区集体资产出租、处置不经“两委”会议和居民代表会议决定", "高",
             "集体资产出租、处置按“四议两公开”办理,合同报街道备案。"),
            ("社区公益项目选择施工队伍时打招呼、定关系", "中", "项目比选由街道监督,结果在居务公开栏公示。"),
        ]),
        ("社会救助岗", "亢明澈", "昝若菲", "general", [
            ("低保、特困对象入户调查不实,优亲厚友", "高", "入户调查两人同行,评议结果公示七天。"),
            ("临时救助申请材料审核不严,替人代签", "中", "申请人本人签字按手印,材料逐份登记。"),
        ]),
        ("社保医保岗", "逄静姝", "郄云帆", "general", [
            ("城乡居民医保参保信息录入时违规代缴、代办", "低", "参保信息系统比对,代办事项须本人委托书。"),
        ]),
        ("网格管理岗", "仝雨濛", "蹇云栈", "general", [
            ("采集居民信息时泄露个人信息", "中", "信息采集终端实名登录,查询记录留痕。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, a, b, tier, points in posts:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, a, b, point, lv, measures)
        for who in (a, b):
            if who == "/":
                continue
            for point, lv, _ in points:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_post = _per_person(1, 3)
    _merge_down(sh, first, [(1, per_post), (2, per_post), (3, per_post)])
    _line(sh, "注：A岗为主办人员，B岗为替岗人员，A岗人员不在岗时由B岗人员代行其职责。", 7)
    sh.add("社区党委书记签字:", None, None, "填表人:", None, "2024年10月", None)
    return _layout(
        "community_ab_post_columns", "http://ask.fsou.com/html/text/lar/173730/17373083_2.html",
        "(harder) 社区居民委员会 岗位廉洁风险点排查表 kept under the AB岗 rule, after the source's 政务服务中心 rules "
        "(同岗替代制: a window's B岗人员 stands in for the absent one and 代行其职责; 首问负责, 一次性告知): the header "
        "``岗位人员`` merged over two sub-columns ``A岗 | B岗`` (序号/岗位/风险点/风险等级/防控措施 merged down over the "
        "two header rows); under them the post's main holder and the one who stands in for him, both merged per post "
        "(``/`` under B岗 for the 社区党委书记); 高/中/低; no 科室 and no type column; a merged ``注：A岗为主办人员，B岗为"
        "替岗人员，…由B岗人员代行其职责。`` line under the table, then 书记签字/填表人/date. Both holders hold the points",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_supervisor_column() -> dict:
    unit = f"{PLACE}涞溪镇苍竹村"
    sh = _Sheet("一览表", [6, 9, 14, 18, 32, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”干部廉洁风险点一览表", 8)
    sh.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施", "监督人")
    chair = "檀立坤"
    people = [
        ("覃岫云", "党支部书记、村委会主任", "主持村党支部和村委会全面工作", "leader", [
            ("村级工程项目发包不经村民代表会议决定", "高", "工程项目按“四议两公开”决策,发包结果公示。"),
            ("集体土地流转价格由个人说了算", "高", "流转方案经村民代表会议表决,合同报镇农经站备案。"),
            ("村级公章使用不登记", "低", "公章专人保管,用印逐次登记。"),
        ]),
        ("但晴川", "村委会副主任", "分管农业生产、惠农补贴", "general", [
            ("耕地地力保护补贴面积核实不实", "中", "补贴面积逐户核实,在村务公开栏公示。"),
            ("农房危改对象评议优亲厚友", "中", "危改对象经村民代表评议、镇审核后公示。"),
        ]),
        (chair, "村务监督委员会主任", "负责村务监督", "general", [
            ("对村级财务票据审核签字走过场", "低", "票据逐张审核,审核意见签署在票据背面。"),
        ]),
        ("犹晓雯", "村文书", "负责村务档案、党员管理", "general", [
            ("出具各类证明时不核实情况", "中", "证明事项登记,出具前经书记审签。"),
        ]),
        ("羿青禾", "报账员", "负责村级资金报账", "general", [
            ("村级资金报账票据不规范,白条入账", "高", "村账镇代管,报账凭证经村监委会审核签字。"),
            ("现金收入不及时交存,坐支挪用", "中", "现金收入当日交存,每月与镇农经站对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, post, work, tier, points in people:
        watcher = "镇纪委" if who == chair else chair
        for point, lv, measures in points:
            n += 1
            sh.add(n, who, post, work, point, lv, measures, watcher)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = _per_person(1, 3)
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("村党支部（盖章）", None, None, None, "填报日期：2024年9月", None, None, None)
    return _layout(
        "village_supervisor_column", "http://www.handmsg.com/page/2019/0125/15670616.shtml",
        "村“两委”干部廉洁风险点一览表 after the source's study of the 村务监督委员会 (党的领导, 分权制约, 全程监督; "
        "村务监督委员会的监督): 序号/姓名/职务/分管工作 — the three merged per person, the 书记 and 主任 one man "
        "(``党支部书记、村委会主任``) — /风险点/风险等级 高/中/低/防控措施/a trailing ``监督人`` column naming the "
        "村监委会主任 檀立坤 on every other person's rows (his own rows ``镇纪委``); no type column; 村党支部（盖章）"
        "and 填报日期 below",
        [sh], t,
    )  # fmt: skip


def power_station_unit_line() -> dict:
    unit = f"国网{PLACE}供电公司"
    station = "桐茵供电所"
    sh = _Sheet("排查表", [6, 14, 9, 12, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, "供电所岗位廉洁风险排查表", 8)
    r = sh.add(f"单位：{unit}{station}{GAP * 4}填报日期：2024年9月", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("序号", "岗位", "姓名", "业务环节", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "虞泽渊", "业扩报装", "为关系客户变更供电方案、插队接电", "岗位职责", "一级",
         "业扩流程线上流转,接电时限系统预警,所务会每月通报。", "middle"),
        ("所长", "虞泽渊", "物资领用", "配网抢修物资领用不核销,挪作他用", "制度机制", "二级",
         "物资领用凭工单,旧料回收核销,月底盘点。", "middle"),
        ("副所长", "巩慕岩", "用电检查", "对窃电、违约用电查处降格,收受好处", "外部环境", "一级",
         "查处结果集体审核,追补电费与违约金系统开票。", "middle"),
        ("台区经理", "甄北辰", "抄表核算", "少抄、估抄电量,为客户人情减免", "思想道德", "二级",
         "采集系统自动抄表,异常电量逐户核查。", "general"),
        ("台区经理", "甄北辰", "电费回收", "代收电费不及时交存,挪用电费", "业务流程", "一级",
         "电费实行线上缴纳,现金代收当日交存并拍照上传。", "general"),
        ("营业厅收费员", "蒙湘灵", "营业收费", "收费不出票据,票款不符", "制度机制", "二级",
         "收费系统出票,日终对账,营业厅视频监控。", "general"),
        ("营业厅收费员", "蒙湘灵", "客户资料", "泄露客户用电信息", "岗位职责", "三级",
         "客户资料查询权限分级,查询日志每月抽查。", "general"),
        ("配电运维班班长", "阙远舟", "外包施工", "外包施工队工程量签证虚增", "业务流程", "二级",
         "签证经班组、所两级审核,隐蔽工程拍照留存。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, step, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, step, point, typ, lv, measures)
        t.point(sh.name, station, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = _per_person(1, 2)
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("所长（签字）：", None, None, "填表人：", None, None, None, None)
    return _layout(
        "power_station_unit_line", "http://news.minqi.cn/news/2022/0317/2254.html",
        "县供电公司's 供电所 岗位廉洁风险排查表 after the source's 县供电公司 sending teams to its 供电所 (配变台区, "
        "计量装置, 供电服务, 所长 and 安全员): a bare title ``供电所岗位廉洁风险排查表``, then ONE merged line ``单位："
        "国网酉阳县供电公司桐茵供电所　　　　填报日期：2024年9月``; 序号/岗位 and 姓名 merged per person/a short "
        "``业务环节`` (业扩报装, 抄表核算, …) before the ``风险点``/风险类别 (short names)/风险等级 一级/二级/三级/防控措施; "
        "所长（签字）/填表人 below",
        [sh], t,
    )  # fmt: skip


def scenic_company_supervising_dept() -> dict:
    unit = f"{PLACE}溱溪景区旅游开发有限公司"
    sh = _Sheet("清单", [6, 12, 12, 18, 32, 8, 30, 12])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险描述", "风险等级", "防控措施", "监督部门")
    rows = [
        ("综合办公室", "主任", "middle", "公务接待", "接待无公函、超标准,虚开接待发票", "Ⅱ级",
         "接待事前审批,费用按月公开。", "纪检监察室"),
        ("综合办公室", "主任", "middle", "用印管理", "合同专用章未经审批即使用", "Ⅲ级", "用印审批登记,专人保管。",
         "纪检监察室"),
        ("财务部", "经理", "middle", "资金支付", "大额资金支付未经总经理办公会研究", "Ⅰ级",
         "大额支付会签,网银双人复核。", "纪检监察室"),
        ("财务部", "出纳", "general", "现金管理", "门票现金收入不及时存行,坐支挪用", "Ⅰ级",
         "现金日清日结,每周盘点。", "纪检监察室"),
        ("票务部", "经理", "middle", "门票减免", "擅自为关系人员免票、打折", "Ⅰ级",
         "减免凭审批单,电子票务系统留痕。", "财务部"),
        ("票务部", "售票员", "general", "门票销售", "重复使用门票,收款不出票", "Ⅱ级",
         "检票闸机核验,票款每日核对。", "财务部"),
        ("工程部", "经理", "middle", "景区维修工程", "维修工程化整为零规避招标,虚增工程量", "Ⅰ级",
         "按限额招标或比选,结算送审计。", "纪检监察室"),
        ("营销部", "经理", "middle", "旅行社合作", "旅行社返利标准执行不一,收受回扣", "Ⅱ级",
         "返利标准公开,按季结算并公示。", "纪检监察室"),
        ("营销部", "营销专员", "general", "宣传推广采购", "宣传服务采购指定供应商", "Ⅲ级",
         "三家以上比价,采购结果公示。", "纪检监察室"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures, watch)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("编制部门：纪检监察室", None, None, None, "2024年7月", None, None, None)
    return _layout(
        "scenic_company_supervising_dept", "http://m.handmsg.com/page/2012/1231/25961167.shtml",
        "county 景区旅游开发有限公司 岗位廉洁风险防控清单 对岗不对人 after the source's note on 地方国有旅游企业 (景区门票"
        "价格, 特许经营, 公共利益): ``附件`` above the title; 序号/部门 merged (综合办公室, 财务部, 票务部, 工程部, 营销部)/"
        "岗位/a short ``风险点`` beside a long ``风险描述``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing ``监督部门`` "
        "(纪检监察室; ``财务部`` on the 票务部 rows, a 部门 of the table itself); no names, no type column; ``编制部门："
        "纪检监察室`` and the date below",
        [sh], t,
    )  # fmt: skip


def kindergarten_tab_post_cards() -> dict:
    unit = f"{PLACE}涞溪镇中心幼儿园"
    t = _Truth(unit)
    cards = [
        ("园长", "园长", "冼素蘅", "leader", "主持全园工作,负责经费使用、招生和教职工管理", "", [
            ("幼儿伙食费使用不经伙委会,挤占挪用", "制度机制", "高", "伙食费单独核算,每月公布收支,伙委会参与监督。"),
            ("招生中违规收取赞助费、择园费", "岗位职责", "高", "招生条件、名额和收费标准公开。"),
            ("教职工评优、绩效分配不公", "思想道德", "低", "分配方案经教职工会议通过并公示。"),
        ]),
        ("保健医", "保健医", "栾若溪", "general", "负责卫生保健、膳食营养和药品管理", "冼素蘅（园长）", [
            ("食材验收把关不严,接受供货商好处", "外部环境", "中", "食材验收双人签字,索证索票存档。"),
            ("体检费、保健药品费用收取不规范", "业务流程", "低", "收费项目报批并在家长园地公示。"),
        ]),
        ("财务", "会计", "漆绮梦", "general", "负责保教费、伙食费收支核算", "冼素蘅（园长）", [
            ("保教费收取不开票据、不入账", "制度机制", "高", "收费统一票据,收入全额缴入财政专户。"),
            ("报销票据审核不严,虚列支出", "岗位职责", "中", "报销经园长审批,每学期公开经费使用。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, post, who, tier, duty, watcher, points in cards:
        sh = _Sheet(tab, [8, 34, 12, 10, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 5)
        sh.add("岗位名称", post, "持卡人", who, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add(
            f"监督人：{watcher}" if watcher else "监督人：涞溪镇中心校",
            None,
            "持卡人签字：",
            None,
            None,
        )
        sheets.append(sh)
    return _layout(
        "kindergarten_tab_post_cards", "http://m.hltdp.com.cn/jiaoan/gl/yz/201209/2593285.html",
        "镇中心幼儿园 岗位廉洁风险防控卡, one sheet a post (tabs ``园长``, ``保健医``, ``财务``), after the source's "
        "幼儿园管理条例 (园长负责幼儿园的工作; 医师、保健员、保育员; 收取保育费、教育费; 不得克扣、挪用经费): the title, "
        "then ``岗位名称 | 园长 | 持卡人 | 冼素蘅`` and a merged ``岗位职责`` line above 序号/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; under it ``监督人：冼素蘅（园长）`` (``监督人：涞溪镇中心校`` on the 园长's "
        "card) and ``持卡人签字：``; the 财务 tab's post is 会计",
        sheets, t,
    )  # fmt: skip


def school_group_rows_restart() -> dict:
    unit = f"{PLACE}桐茵镇中心小学"
    sh = _Sheet("排查表", [6, 12, 9, 32, 12, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    groups = [
        ("一、校长室", "校长室", [
            ("校长", "殳砚北", "leader", "学校大宗采购和维修工程不经校务会集体研究", "制度机制风险", "Ⅰ级",
             "大宗采购、维修工程经校务会研究,按规定程序采购。", None),
            ("校长", "殳砚北", "leader", "教辅资料、校服征订中收受回扣", "外部环境风险", "Ⅰ级",
             "征订坚持自愿,书目和价格公示。", "新增"),
        ]),
        ("二、教导处", "教导处", [
            ("教导主任", "胥嘉懿", "middle", "教师职称推荐、评优量化赋分不公", "岗位职责风险", "Ⅱ级",
             "赋分细则和结果公示。", None),
            ("教导主任", "胥嘉懿", "middle", "课后服务费收取超范围", "业务流程风险", "Ⅲ级", "收费项目报批并公示。", None),
        ]),
        ("三、总务处", "总务处", [
            ("总务主任", "钟离澄", "middle", "食堂食材采购不询价,指定供应商", "岗位职责风险", "Ⅰ级",
             "食材定点采购,询价三家以上。", None),
            ("总务主任", "钟离澄", "middle", "学校资产处置不按规定审批", "制度机制风险", "Ⅱ级",
             "资产处置报县教委审批。", None),
            ("采购员", "谯晚樵", "general", "采购物品以次充好、虚报价格", "思想道德风险", "Ⅱ级",
             "采购与验收分离,验收双人签字。", None),
            ("保管员", "晁霁月", "general", "物品出入库账实不符", "业务流程风险", "Ⅲ级", "每学期盘点,账物核对。", None),
        ]),
    ]  # fmt: skip
    for caption, dept, rows in groups:
        _line(sh, caption, 8)
        first = len(sh.rows)
        for n, (post, who, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        per_person = _per_person(1, 2)
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("校长签字：", None, None, "填表人：", None, None, "2024年6月", None)
    return _layout(
        "school_group_rows_restart", "http://zuowen.c321.cn/zhidu/5918672.html",
        "镇中心小学 岗位廉政风险点排查表 after the source's 学校采购管理制度 (总务处 集中统一采购, 科室主任 申请, 分管副"
        "校长 审核, 保管员 入库登记): no 处室 column — the 处室 stand only in group rows ``一、校长室``, ``二、教导处``, "
        "``三、总务处`` merged across the table, and 序号 STARTS AGAIN at 1 under each; 岗位 and 姓名 merged per person "
        "(the compound surname ``钟离澄``)/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``备注`` (``新增`` "
        "on one row); 校长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def care_home_self_check() -> dict:
    unit = f"{PLACE}中心敬老院"
    t = _Truth(unit)
    people = [
        ("鄂云岫", "院长", "leader", [
            ("供养资金使用", "集中供养经费挤占挪用,虚报供养人数", "高", "未发现问题",
             "供养人数与民政系统每月比对,经费支出院务会研究并公示。"),
            ("物资采购", "米面油等大宗物资采购不比价", "中", "已整改", "大宗物资定点采购,验收三人签字。"),
            ("入院审核", "违规接收不符合条件人员入院", "中", "未发现问题", "入院对象经乡镇审核、县民政局审批。"),
        ]),
        ("满清辞", "护理组长", "middle", [
            ("护理补贴发放", "护理员护理补贴按人情分配", "中", "未发现问题", "补贴按考核结果发放,名单公示。"),
            ("老人财物代管", "代管老人钱物不登记,私自挪用", "高", "已整改", "代管财物登记造册,老人或亲属签字确认。"),
        ]),
        ("濮念安", "会计", "general", [
            ("现金管理", "特困人员零用金发放不到位", "高", "未发现问题", "零用金按月打卡发放,发放表老人签字。"),
            ("票据报销", "报销票据不真实,白条抵库", "低", "未发现问题", "票据逐张审核,每月对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 14, 30, 8, 12, 30])
        _line(sh, f"{unit}廉洁风险自查表", 6)
        sh.add("姓名", who, "职务", post, "填表日期", "2024年8月")
        sh.add("序号", "风险点", "风险表现", "风险等级", "自查情况", "防控措施")
        for n, (point, desc, lv, found, measures) in enumerate(points, 1):
            sh.add(n, point, desc, lv, found, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "院长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "care_home_self_check", "http://www.fymate.net/html/text/lar/168962/16896215_1.html",
        "县中心敬老院 廉洁风险自查表, one sheet a person (the tab is the name), after the source's rules for 五保供养 "
        "(供养经费 按月发放, 集中供养 by the 敬老院, 截留挪用 punished): ``姓名 | … | 职务 | … | 填表日期 | …`` above "
        "序号/a short ``风险点`` (供养资金使用, 物资采购, …)/a longer ``风险表现``/风险等级 高/中/低/``自查情况`` "
        "(``未发现问题``, ``已整改``)/防控措施; no type column; 本人签字/院长审核 below",
        sheets, t,
    )  # fmt: skip


def town_service_center_stations() -> dict:
    unit = f"{PLACE}涞溪镇人民政府"
    sh = _Sheet("一览表", [6, 14, 14, 9, 32, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, "涞溪镇站所岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年11月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("便民服务中心", "主任", "勾北溟", "middle", "代办事项收取好处费,为关系人插队办理", "思想道德", "中风险",
         "办理事项排号系统叫号,代办登记台账。"),
        ("便民服务中心", "主任", "勾北溟", "middle", "窗口人员考勤、评价走过场", "制度机制", "低风险",
         "评价器实时评价,结果每月通报。"),
        ("便民服务中心", "窗口人员", "铁雪澄", "general", "受理材料不全即予办理,或故意刁难", "岗位职责", "中风险",
         "一次性告知,受理材料清单化。"),
        ("财政所", "所长", "百里星野", "middle", "惠农补贴资金发放不核实,冒领套取", "岗位职责", "高风险",
         "补贴通过“一卡通”发放,名单公示。"),
        ("财政所", "所长", "百里星野", "middle", "村级财务代管审核不严", "业务流程", "中风险", "村账镇代管,票据逐张审核。"),
        ("农业服务中心", "主任", "淳于栖梧", "middle", "农资发放对象确定不公开", "外部环境", "中风险",
         "发放对象经村评议、镇审核后公示。"),
        ("退役军人服务站", "站长", "汝千帆", "middle", "优抚对象认定和抚恤金发放把关不严", "岗位职责", "高风险",
         "认定材料逐级审核,发放名单公示。"),
        ("综合文化站", "站长", "盖云舒", "middle", "文化活动经费虚报参加人数", "制度机制", "低风险",
         "活动签到、照片存档,经费据实报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    sh.add()
    sh.add("镇纪委（盖章）", None, None, None, "审核人：", None, None, None)
    return _layout(
        "town_service_center_stations", "https://max.book118.com/html/2026/0205/6010205000012100.shtm",
        "镇人民政府 站所岗位廉政风险点一览表 after the source's 综合便民服务中心规章制度 (社会保障类、民政事务类事项, "
        "首问负责, 一次办好): a title naming only the town (``涞溪镇站所…``), the unit in ``填报单位：酉阳县涞溪镇人民政府 "
        "| 填报时间：…``; 序号/``站所`` merged (便民服务中心, 财政所, 农业服务中心, 退役军人服务站, 综合文化站)/岗位 and "
        "姓名 merged per person (the compound surnames 百里, 淳于)/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/"
        "低风险``/防控措施; 镇纪委（盖章）/审核人 below",
        [sh], t,
    )  # fmt: skip


def community_micro_power_subject() -> dict:
    unit = f"{PLACE}鸾溪街道桂井社区居民委员会"
    sh = _Sheet("小微权力清单", [6, 16, 32, 8, 32, 14, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉洁风险防控清单", 7)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任主体", "监督主体")
    rows = [
        ("重大事项决策", "社区重大事项不经“两委”联席会议研究,个人决定", "高", "落实“四议两公开”,会议记录存档。",
         "社区党委书记", "leader"),
        ("居务公开", "居务公开内容不全、不及时", "中", "每季度公开,重大事项随时公开。", "社区居委会主任", "leader"),
        ("社区资金使用", "社区服务经费报销不经审批", "高", "经费支出书记、主任双签,居务监督委员会审核。",
         "社区居委会主任", "leader"),
        ("社区资金使用", "报账票据不规范,虚列支出", "中", "票据逐张审核,每月公开收支。", "社区报账员", "general"),
        ("社会救助", "低保、临时救助对象入户核查不实", "高", "入户两人同行,评议结果公示七天。", "社区民政专干",
         "general"),
        ("出具证明", "出具居住、家庭情况证明不核实", "中", "证明事项登记,出具前核实。", "社区民政专干", "general"),
        ("网格服务", "网格巡查记录弄虚作假", "低", "巡查定位打卡,记录每周抽查。", "网格员", "general"),
        ("物业监管", "收受物业企业好处,对物业服务问题不督促整改", "中", "物业服务评议结果公开。", "社区居委会主任",
         "leader"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, post, tier) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, post, "社区居务监督委员会")
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, lambda row: row[6])])
    sh.add()
    sh.add("社区党委（盖章）", None, None, None, "2024年5月", None, None)
    return _layout(
        "community_micro_power_subject", "http://lzdj.gov.cn/djdt/xqdt/t19700101_3430993.html",
        "社区 小微权力廉洁风险防控清单 对岗不对人 after the source's 清廉社区 account (梳理社区“小微权力”清单、居务监督"
        "委员会监督清单, 网格员 as 廉情监督员): 序号/``权力事项`` merged down/风险点/风险等级 高/中/低/防控措施/then the "
        "post under ``责任主体`` AFTER the measures (社区党委书记, 社区居委会主任, 社区报账员, 社区民政专干, 网格员)/a "
        "``监督主体`` column merged down the whole table (``社区居务监督委员会``); no names, no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    community_ab_post_columns(),
    village_supervisor_column(),
    power_station_unit_line(),
    scenic_company_supervising_dept(),
    kindergarten_tab_post_cards(),
    school_group_rows_restart(),
    care_home_self_check(),
    town_service_center_stations(),
    community_micro_power_subject(),
]

RESAVED: tuple[str, ...] = ()  # no re-saved copies in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch207-inbox"))
