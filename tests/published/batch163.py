"""A hundred-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES MIXED — a
村, a 社区, a 镇's 中心卫生院 and a 村卫生室 under it, the county 妇幼保健院, a 中学, the county 文化旅游
company, a 镇's 社会保障服务中心, a 区域性养老服务中心 and a county 水电 company — each handing back its
ordinary 一览表, 排查表, 清单 or 防控卡 the way such offices send them. Every unit is a body of 荣县 (its
蓼溪镇 with the 村 桫椤村, 棠湄街道 with the 社区 蘅芜社区, 栖凫镇 with the 村 檬子村, 鹤坳镇, and the
东岚, 砚滩 and 龙潭湾 of the unit names all invented):

- a 村's 村级小微权力 一览表, no 科室 column: 权力事项 merged, ``风险点 | 风险等级 | 防控措施``, then
  ``责任岗位 | 责任人 | 监督人`` last — the 监督人 column names the 村务监督委员会主任 (one merged cell over
  seven rows) who holds a row of his own, watched by ``蓼溪镇纪委``; the 一肩挑 ``党支部书记、村委会主任``;
- a 社区's 排查登记表 with ``分管工作`` and a trailing ``排查时间`` column of DATE cells, merged per person;
- a 中心卫生院 一览表 with a ``职称`` column beside 姓名 (``副主任医师``, ``主治医师``, ``主管药师``,
  ``主管护师``, ``助理会计师``): the holder's professional title, neither the post nor the holder — the
  shape this batch adds to what the README describes (hospitals list their staff so);
- the 妇幼保健院's 排查表 one sheet per 科室 (tabs ``院办公室``, ``保健部``, ``药剂科``), each titled with
  the 科室, a ``科室负责人：… | 填表日期：…`` line over it (the 负责人 also a holder), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 中学 一览表: 处室 merged, 职务/姓名/岗位职责 merged per person, ``…风险`` types, 一级/二级/三级;
- the county 文化旅游 company's 廉洁风险识别评估表 under a TWO-ROW header: ``风险评估`` over
  ``发生可能性 | 影响程度 | 风险等级``, all three written 高/中/低, the 风险等级 agreeing with neither of
  the two others on some rows; a 注 saying the level is worked out from the two;
- a 镇's 社会保障服务中心 排查表 sent on its own: the 镇 and the 中心 only in the title and the
  ``填报单位`` line, posts 主任/经办员/专干 with no 科室 column;
- a 村卫生室's 防控卡 for its one 乡村医生: ``姓名 | … | 职务 | …`` above, a ``岗位职责`` line, and under the
  table ``持卡人签字：`` beside ``栖凫镇中心卫生院审核意见：`` (the 卫生院 that runs the 卫生室);
- the county 水电 company's 清单 whose 部门 column lists its two 电站 beside its 部 (``白鹭滩电站``,
  ``青杠坝电站``), levels ``重大/较大/一般``.

One is harder:

- ``elder_care_type_sheets``: a 区域性养老服务中心's 排查表 SPLIT INTO THREE SHEETS BY TYPE — tabs
  ``思想道德风险``, ``岗位职责风险``, ``制度机制风险``, each titled ``荣县东岚区域性养老服务中心思想道德风险点
  排查表`` (…岗位职责…, …制度机制…) over the same 序号/岗位/姓名/风险点/风险等级/防控措施 header: NO type
  column anywhere, a point's type only in its sheet's tab and title, and four of the five holders
  standing on two sheets.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 村务监督委员会 whose 主任 signs
every bill; a 居委会's 工作职责 一览表; 基层卫生院 医疗回扣 cases; a 区妇幼保健院's 科室; a notice on
校园餐, 教辅 and 校服; an 审计 of a city's 文旅投 集团 and its 部室; the 经办管理服务 of 城乡居民养老保险 by
乡镇 劳动保障事务所; a 乡村医生签约服务 方案; 乡镇敬老院's nature and 特困 供养; a 发电公司 with three
电站) and the layout follows their words. Rows worded by us, names invented.

Run ``python tests/published/score.py --set batch163`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b163_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a sheet titled ``…思想道德风险点排查表`` (tab ``思想道德风险``) with no type column types every point
  on it 思想道德 (岗位职责, 制度机制 likewise); a holder on two such sheets is one form (its ``sheet``
  the first he stands on), as batch159 settled for sheets split by level;
- ``职称`` (``主治医师`` …) is no post and no holder: the post is the ``岗位`` cell;
- ``监督人`` names who watches (the 监委会主任, the 镇纪委): no holder, except through his own row;
- ``排查时间`` dates, ``分管工作`` and ``岗位职责`` are no point, no 科室;
- ``发生可能性`` and ``影响程度`` are no level: the level is the ``风险等级`` cell;
- a 镇's own 社会保障服务中心 is a 科室 of the 镇 (the 乡镇 站/所 convention): unit ``荣县鹤坳镇``,
  department ``社会保障服务中心``; a 村卫生室 is its own unit (the 卫生院 named under the card only
  reviews it); the 电站 of the 水电 company are 科室 of the company;
- ``重大/较大/一般`` are 高/中/低;
- 村 and 社区 书记/主任 (the 一肩挑 one too), 院长/副院长, 校长/副校长, 董事长/总经理 are leaders; 村委会
  副主任, 村务监督委员会主任, 科长, 部长, 主任 of a 处室/办公室/部/中心 inside a unit, 药房负责人, 经理,
  站长 of a 电站 and 护理组长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b163_"
PLACE = "荣县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
SAFETY = {"重大": 1, "较大": 2, "一般": 3}
TYPE_SHEETS = ("思想道德风险", "岗位职责风险", "制度机制风险")


# --------------------------------------------------------------------------- harder layout


def elder_care_type_sheets() -> dict:
    unit = f"{PLACE}东岚区域性养老服务中心"
    t = _Truth(unit)
    header = ("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    tiers = {"院长": "leader", "副院长": "leader", "护理组长": "middle", "会计": "general",
             "采购员": "general"}  # fmt: skip
    by_type = [
        ("思想道德风险", [
            ("院长", "苍澜生", "收受入住老人家属或物资供应商的礼品礼金", "中",
             "签订廉洁承诺,节假日前开展提醒谈话,收受礼品一律登记上交。"),
            ("护理组长", "扈春棠", "向入住老人或家属索要“红包”,护理服务厚此薄彼", "中",
             "护理标准上墙公示,每季度开展入住老人及家属满意度测评。"),
            ("采购员", "那文蔚", "接受食材、物资供应商宴请和回扣", "高",
             "供应商签订廉洁协议,采购人员定期轮岗,举报电话公开。"),
        ]),
        ("岗位职责风险", [
            ("副院长", "井瑞禾", "特困供养人员入住评估把关不严,违规接收社会寄养老人占用床位", "高",
             "入住评估由院长、副院长、护理组长三人组成评估小组,入住名单报县民政局备案。"),
            ("会计", "展若萤", "特困人员供养金、老人代管钱款账目不清,挪作他用", "高",
             "供养金专账核算,代管钱款一人一账,每月由老人或其监护人签字确认。"),
            ("采购员", "那文蔚", "食材验收短斤少两、以次充好", "中",
             "食材验收由采购员、厨师、老人代表三方签字,每周公示伙食账。"),
        ]),
        ("制度机制风险", [
            ("院长", "苍澜生", "维修改造、设备购置不经院务会集体研究", "高",
             "维修改造和设备购置事项院务会集体研究,按规定比选并公示结果。"),
            ("会计", "展若萤", "公用经费报销无审批、无验收单据", "低",
             "报销凭审批单、验收单、发票三单齐全,院长审签后支付。"),
            ("护理组长", "扈春棠", "去世老人遗物、代管物品登记交接不全", "低",
             "遗物清点两人以上并拍照登记,交接由亲属或村(社区)签字。"),
        ]),
    ]  # fmt: skip
    sheets, home = [], {}
    assert tuple(tab for tab, _ in by_type) == TYPE_SHEETS
    for k, (tab, rows) in enumerate(by_type):
        sh = _Sheet(tab, [6, 10, 9, 36, 8, 36])
        _line(sh, f"{unit}{tab}点排查表", 6)
        sh.add(*header)
        first = len(sh.rows)
        for n, (post, who, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            sheet = home.setdefault(who, tab)
            t.point(sheet, "", post, who, tiers[post], point, types_in(tab), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        if k == len(by_type) - 1:
            sh.add("填表人：展若萤", None, None, "审核人：苍澜生", "2024年9月", None)
        sheets.append(sh)
    return _layout(
        "elder_care_type_sheets", "https://m.fx361.cc/news/2020/0222/17719704.html",
        "(harder) 县区域性养老服务中心 廉政风险点排查表 after the source's study of 乡镇敬老院 (集中供养 of 五保 and 特困 "
        "老人, its 职能定位, 运营监管, 社会寄养): the list SPLIT INTO THREE SHEETS BY TYPE — tabs ``思想道德风险``, "
        "``岗位职责风险``, ``制度机制风险``, each titled ``荣县东岚区域性养老服务中心思想道德风险点排查表`` (…岗位职责…, "
        "…制度机制…) over the same header 序号/岗位/姓名 — merged per person/风险点/风险等级 高/中/低/防控措施, NO 科室 "
        "and NO type column anywhere, the type only in the tab and the title; 院长, 护理组长, 采购员 and 会计 each stand "
        "on two sheets; ``填表人：展若萤 | 审核人：苍澜生`` under the last sheet only",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_watcher_column() -> dict:
    unit = f"{PLACE}蓼溪镇桫椤村"
    sh = _Sheet("Sheet1", [6, 14, 32, 8, 34, 14, 9, 10])
    t = _Truth(unit)
    watcher = "亢守拙"
    _line(sh, f"{unit}村级小微权力廉政风险点一览表", 8)
    r = sh.add(
        "填报单位（盖章）：蓼溪镇桫椤村", None, None, None, None, "填报时间：2024年6月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任岗位", "责任人", "监督人")
    groups = [
        ("村级重大事项决策", "党支部书记、村委会主任", "郯岫松", "leader", watcher, [
            ("不按“四议两公开”程序决策村级重大事项,个人说了算", "高",
             "重大事项经支委会提议、两委会商议、党员大会审议、村民代表会议决议,决议和实施结果公开。"),
            ("村级小型工程化整为零,规避镇里统一组织的招投标", "高",
             "5万元以上工程报镇“三资”代理服务中心统一组织招投标,村务监督委员会全程监督。"),
        ]),
        ("集体资产资源管理", "村委会副主任", "扶篱青", "middle", watcher, [
            ("集体鱼塘、林地、闲置校舍发包不公开竞价,低价发包给亲友", "高",
             "发包方案经村民代表会议通过,在镇公共资源交易点公开竞价,合同报镇备案。"),
        ]),
        ("村级财务管理", "报账员", "昝苡宁", "general", watcher, [
            ("白条入账、先支款后报账", "中",
             "支出凭正规票据,经手人、证明人签字,监委会主任审核签字后报镇代理记账。"),
            ("村级收入不及时交存,坐收坐支", "中", "收入当日开具统一收据,三日内交存村级账户,每月公开收支明细。"),
        ]),
        ("惠民政策落实", "村文书", "邰蘅溪", "general", watcher, [
            ("低保、特困供养对象入户调查走过场,优亲厚友", "高",
             "入户调查两人以上,评议结果在村务公开栏公示七天,村干部近亲属申请单独备案。"),
            ("耕地地力保护补贴面积登记不实", "低", "补贴面积以确权数据为准,分户清册张榜公示。"),
        ]),
        ("村务监督", "村务监督委员会主任", watcher, "middle", "蓼溪镇纪委", [
            ("审核村级财务票据走过场,该签不签、不该签乱签", "中",
             "每月集中审核票据,审核意见逐笔登记,每季度向村民代表会议报告监督情况。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for power, post, who, tier, watch, points in groups:
        for point, lv, measures in points:
            n += 1
            sh.add(n, power, point, lv, measures, post, who, watch)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: (row[1], row[5], row[6])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (5, per_person), (6, per_person),
                            (7, lambda row: row[7])])  # fmt: skip
    sh.add()
    sh.add(
        "村党支部书记（签字）：", None, None, None, "村务监督委员会主任（签字）：", None, None, None
    )
    return _layout(
        "village_watcher_column", "http://zjrb.zjol.com.cn/html/2013-09/30/content_2350560.htm?div=-1",
        "村 村级小微权力廉政风险点一览表 after the source's report on the 村 where the 村务监督委员会 began (每一笔村务开支 "
        "must bear the 监委会主任's 审核签字; 公务接待, 工程建设, 村两委 and 村务监委会 reviewing bills together): title, "
        "``填报单位（盖章）：蓼溪镇桫椤村 | 填报时间：…``; NO 科室 column: 序号/权力事项 merged (村级重大事项决策, 集体资产"
        "资源管理, 村级财务管理, 惠民政策落实, 村务监督)/风险点/风险等级 高/中/低/防控措施/then ``责任岗位 | 责任人`` merged "
        "per person (the 一肩挑 ``党支部书记、村委会主任``) and a trailing ``监督人`` column: ONE merged cell ``亢守拙`` "
        "(the 村务监督委员会主任) over seven rows, and ``蓼溪镇纪委`` on his own row; no type column; two signature labels",
        [sh], t,
    )  # fmt: skip


def community_check_dates() -> dict:
    unit = f"{PLACE}棠湄街道蘅芜社区"
    sh = _Sheet("排查表", [5, 14, 8, 14, 32, 10, 8, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 9)
    sh.add(
        "序号", "职务", "姓名", "分管工作", "风险点", "风险类型", "风险等级", "防控措施", "排查时间"
    )
    people = [
        ("社区党委书记", "冼沅芷", "全面工作、党建", "leader", datetime(2024, 3, 11), [
            ("社区惠民项目、办公用房维修不经“两委”会集体研究", "制度机制", "高",
             "惠民项目和维修事项“两委”会集体研究,实施结果在居务公开栏公开。"),
            ("在社区工作者招聘和评先评优中打招呼、拉关系", "思想道德", "中",
             "招聘、评优方案报街道审核,结果公示五个工作日。"),
        ]),
        ("居委会主任", "菅景岚", "居务、物业管理", "leader", datetime(2024, 3, 11), [
            ("小区公共收益、维修资金使用审核把关不严", "岗位职责", "高",
             "公共收益和维修资金使用经业主代表表决,收支每季度公示。"),
            ("辖区商户“门前三包”检查中收受商户好处", "外部环境", "低", "检查两人以上,检查结果网格群内公开。"),
        ]),
        ("低保专干", "豆晴川", "低保、临时救助", "general", datetime(2024, 3, 12), [
            ("低保申请入户调查不实,民主评议走过场", "岗位职责", "高",
             "入户调查两人以上并拍照留存,评议小组由居民代表参加,结果张榜公布。"),
            ("对已不符合条件的低保户不及时提出停保意见", "业务流程", "中", "每季度复查收入变化,复查结果报街道审核。"),
        ]),
        ("网格员", "戈满仓", "第三网格", "general", datetime(2024, 3, 13), [
            ("网格内困难群众摸排信息虚报、漏报", "业务流程", "低", "摸排台账每月更新,社区随机抽查核实。"),
        ]),
        ("报账员", "幸稚蓁", "财务报账", "general", datetime(2024, 3, 13), [
            ("社区经费报销票据审核不严,公款私存", "制度机制", "中",
             "经费实行街道代理记账,报销票据书记、主任双签,严禁现金坐支。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for post, who, work, tier, when, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, work, point, typ, lv, measures, when)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(c, per_person) for c in (1, 2, 3, 8)])
    sh.add()
    sh.add("社区党委书记签字：", None, None, None, "排查人：", None, None, "2024年3月", None)
    return _layout(
        "community_check_dates", "http://news.shuyang.tv/nwwd/202509/504995.html",
        "社区 廉政风险点排查登记表 after the source's 居委会工作职责 (宣传教育, 社会治安, 民生服务保障 — 低保、养老、医疗, "
        "环境卫生, 居民事务协调) and its 一览表: 序号/职务/姓名/``分管工作`` (``全面工作、党建``, ``第三网格`` …)/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施/a trailing ``排查时间`` column of DATE cells "
        "(``2024年3月11日``), 职务, 姓名, 分管工作 and 排查时间 merged per person; no 科室 column; signature labels and date",
        [sh], t,
    )  # fmt: skip


def health_center_title_column() -> dict:
    unit = f"{PLACE}栖凫镇中心卫生院"
    sh = _Sheet("一览表", [5, 10, 11, 8, 11, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "职称", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "衡砚农", "副主任医师", "药品、医用耗材遴选和采购中收受供应商回扣", "岗位职责", "高",
         "药品耗材一律在省平台集中采购,遴选由药事管理委员会集体研究,采购结果院内公示。", "leader"),
        ("院领导", "院长", "衡砚农", "副主任医师", "基建维修、设备购置项目不经院务会集体研究", "制度机制", "高",
         "项目经院务会研究并报县卫健局备案,按规定比选或招标。", "leader"),
        ("院领导", "副院长", "巩翊川", "主治医师", "乡村一体化管理中为村卫生室指定药品配送企业", "外部环境", "中",
         "村卫生室药品由卫生院统一采购配送,配送企业按规定遴选并公开。", "leader"),
        ("药房", "药房负责人", "过芷汀", "主管药师", "药品出入库账实不符,近效期药品处置不登记", "业务流程", "中",
         "药品出入库信息化管理,每月盘点,近效期药品处置双人登记。", "middle"),
        ("医保办", "医保专管员", "充沐秋", "主管护师", "挂床住院、虚记诊疗项目套取医保基金", "岗位职责", "高",
         "住院病人每日查房核对,医保结算清单与医嘱逐项比对,每月自查。", "general"),
        ("公共卫生科", "科长", "邸晚樵", "主治医师", "基本公共卫生服务数据造假,虚报服务人次", "岗位职责", "中",
         "服务数据电话回访抽查,考核结果与补助资金挂钩。", "middle"),
        ("财务室", "会计", "於青萝", "助理会计师", "门诊、住院收费票据管理不严,收入不及时入账", "制度机制", "低",
         "收费票据专人领用核销,收入日清日结,每月核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, title, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, title, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1])] + [(c, per_person) for c in (2, 3, 4)])
    sh.add()
    sh.add("院长签字：", None, None, "填表人：於青萝", None, None, None, "2024年5月", None)
    return _layout(
        "health_center_title_column", "https://m.fx361.cc/news/2013/0423/3781064.html",
        "镇 中心卫生院 岗位廉政风险点一览表 after the source's account of 基层卫生院 医疗回扣 cases (药品、医疗器械采购 and "
        "基建工程; 乡镇医院院长, 执业医师, 注册护士): 序号/科室 merged (院领导, 药房, 医保办, 公共卫生科, 财务室)/岗位/姓名/"
        "a ``职称`` column (``副主任医师``, ``主治医师``, ``主管药师``, ``主管护师``, ``助理会计师``) — the three merged per "
        "person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; ``院长签字： | 填表人：於青萝`` and a date",
        [sh], t,
    )  # fmt: skip


def mch_dept_sheets() -> dict:
    unit = f"{PLACE}妇幼保健院"
    t = _Truth(unit)
    depts = [
        ("院办公室", "却小禾", [
            ("办公室主任", "却小禾", "middle", "公务接待、公车使用超标准,费用拆分报销", "Ⅱ级",
             "接待、用车先审批后实施,费用按月在院内公开。"),
            ("办公室主任", "却小禾", "middle", "办公用品、后勤物资采购不比价", "Ⅲ级", "采购三家以上比价,验收两人签字。"),
            ("人事干事", "沃宜秋", "general", "编外人员招聘中泄露考题、打招呼", "Ⅰ级",
             "招聘方案院务会研究,笔试试题保密,面试考官随机抽取。"),
        ]),
        ("保健部", "铎知微", [
            ("部长", "铎知微", "middle", "婚前、孕前免费检查虚报检查人数套取补助", "Ⅰ级",
             "检查人数与信息系统、检验记录逐月核对,补助据实申报。"),
            ("出生医学证明管理员", "隆芸生", "general", "违规签发、补发出生医学证明", "Ⅰ级",
             "签发、补发凭分娩记录和身份证明,实行两人审核、部长审签。"),
            ("出生医学证明管理员", "隆芸生", "general", "空白出生医学证明保管不善、领用不登记", "Ⅱ级",
             "空白证件专柜双锁保管,领用、作废逐份登记。"),
        ]),
        ("药剂科", "阙鹿鸣", [
            ("科长", "阙鹿鸣", "middle", "药品临时采购中指定供应商,收受回扣", "Ⅰ级",
             "临时采购经药事管理委员会审批,供应商从平台目录中选择。"),
            ("科长", "阙鹿鸣", "middle", "统方信息管理不严,向医药代表泄露", "Ⅱ级", "统方权限专人管理,查询留痕。"),
            ("药师", "厉寒汀", "general", "药品调剂差错隐瞒不报,药品私自外流", "Ⅲ级",
             "调剂双人核对,差错登记上报,每月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, head, rows in depts:
        sh = _Sheet(dept, [6, 16, 9, 34, 8, 34])
        _line(sh, f"{unit}{dept}廉政风险排查表", 6)
        r = sh.add(f"科室负责人：{head}", None, None, "填表日期：2024年5月", None, None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 5)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("科室负责人签字：", None, None, "分管院长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "mch_dept_sheets", "http://www.yue6v6.cn/hospital/5416.html",
        "县妇幼保健院 廉政风险排查表 after the source's account of a 区妇幼保健院 (婚检科, 妇保科, 儿保科, 产科, 检验科; "
        "孕产妇保健系统管理, 婚前保健, 出生缺陷监测): ONE SHEET PER 科室 — tabs ``院办公室``, ``保健部``, ``药剂科`` — each "
        "titled ``荣县妇幼保健院药剂科廉政风险排查表`` (its 科室), a line ``科室负责人：阙鹿鸣 | 填表日期：2024年5月`` (the "
        "负责人 also a holder in the table) over 序号/岗位/姓名 — merged per person/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no type column; 科室负责人签字/分管院长签字 labels under each",
        sheets, t,
    )  # fmt: skip


def middle_school_duty_column() -> dict:
    unit = f"{PLACE}砚滩中学"
    sh = _Sheet("Sheet1", [5, 10, 10, 8, 22, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add("序号", "处室", "职务", "姓名", "岗位职责", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "谯时雨", "主持学校全面工作", "学校基建维修、大宗物资采购不经校务会集体研究",
         "制度机制风险", "一级", "严格执行“三重一大”集体决策,会议纪要存档,采购结果校内公示。", "leader"),
        ("校长室", "校长", "谯时雨", "主持学校全面工作", "教师职称推荐、评优评先中搞“暗箱操作”", "岗位职责风险",
         "二级", "推荐评优方案经教代会通过,推荐结果公示五个工作日。", "leader"),
        ("校长室", "副校长", "羿鸣鸾", "分管后勤、安全工作", "“校园餐”食材供应商遴选中收受好处", "外部环境风险",
         "一级", "食材供应商由县教育局统一招标确定,学校膳食委员会参与验收。", "leader"),
        ("总务处", "主任", "牟秋实", "负责后勤保障和校产管理", "校服选用采购中指定生产企业,变相强制学生购买",
         "岗位职责风险", "一级", "校服选用由家长委员会参与,坚持自愿购买,采购结果公开。", "middle"),
        ("总务处", "主任", "牟秋实", "负责后勤保障和校产管理", "校产校具报废处置不评估、不公开", "业务流程风险",
         "三级", "报废处置经校务会研究,评估后按程序公开处置。", "middle"),
        ("总务处", "食堂管理员", "蒉禾丰", "负责食堂食材验收和出入库", "食材验收短斤少两、以次充好不报告",
         "业务流程风险", "二级", "食材验收两人以上并留样,每周公示伙食账。", "general"),
        ("教务处", "主任", "殳砚书", "负责教学管理和教辅征订", "违规扩大教辅征订范围,收受教辅供应商返点",
         "思想道德风险", "二级", "严格执行“一科一辅”和自愿征订,征订目录和价格公开。", "middle"),
        ("政教处", "主任", "仝舒窈", "负责学生管理和资助工作", "家庭经济困难学生资助对象认定不公", "岗位职责风险",
         "二级", "资助对象经班级评议、学校审核,名单公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1])] + [(c, per_person) for c in (2, 3, 4)])
    sh.add()
    sh.add("填表人：", None, None, None, "校长签字：", None, None, "2024年9月", None)
    return _layout(
        "middle_school_duty_column", "http://bjzb.nndddkj.cn/info-626304291.html",
        "中学 廉政风险防控一览表 after the source's notice on 集中整治 ``校园餐``, 违规征订教辅 and 校服 采购 (侵占餐费, 食材以次"
        "充好, “一科一辅”, 校服款式选定 and 验收): 序号/处室 merged (校长室, 总务处, 教务处, 政教处)/职务/姓名/岗位职责 — the "
        "three merged per person/风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施; 填表人/校长签字/date",
        [sh], t,
    )  # fmt: skip


def tourism_likelihood_impact() -> dict:
    unit = f"{PLACE}文化旅游投资发展有限公司"
    sh = _Sheet("评估表", [5, 11, 9, 8, 32, 9, 9, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险识别评估表", 9)
    r = sh.add(f"填报单位：{unit}（盖章）", None, None, None, None, None, "2024年8月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    top = sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险评估", None, None, "防控措施")
    sh.add(None, None, None, None, None, "发生可能性", "影响程度", "风险等级", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    rows = [
        ("公司领导", "董事长", "濮阳钧", "景区开发、文旅项目投资决策不经董事会集体研究", "中", "高", "高",
         "严格执行“三重一大”决策制度,投资项目经可研论证后提交董事会审议。", "leader"),
        ("公司领导", "董事长", "濮阳钧", "国有资产对外出租、出借不评估、不进场交易", "低", "高", "中",
         "资产出租经评估后进入县公共资源交易中心公开招租。", "leader"),
        ("公司领导", "总经理", "公冶澄", "景区经营权对外合作中降低条件,向合作方输送利益", "低", "高", "中",
         "合作方案经法律审核、集体研究,合作方公开遴选。", "leader"),
        ("工程建设部", "部长", "逄霁远", "景区基础设施工程变更签证虚增工程量", "高", "中", "高",
         "变更签证经监理、跟踪审计、公司三方会签,重大变更集体研究。", "middle"),
        ("工程建设部", "部长", "逄霁远", "隐蔽工程验收把关不严,以次充好", "中", "中", "中",
         "隐蔽工程验收全程影像记录,监理、施工、建设三方签字。", "middle"),
        ("景区运营部", "经理", "汲晓霁", "门票优惠、免票审批随意,门票收入截留", "中", "低", "低",
         "门票电子售检票,优惠免票凭证件登记,每日核对票款。", "middle"),
        ("财务融资部", "出纳", "雍采薇", "门票、租金收入不及时存入银行,挪用资金", "低", "中", "低",
         "收入日清日结,出纳与会计每月对账,财务负责人抽查。", "general"),
        ("综合行政部", "主任", "勾鹤年", "公务接待、车辆费用超标准列支", "高", "低", "中",
         "接待、用车先审批后实施,费用按月公开。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, chance, impact, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, chance, impact, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级根据风险发生可能性和影响程度综合评定，分为高、中、低三级。", 9)
    sh.add("填报人：", None, None, "审核人：", None, None, None, None, None)
    return _layout(
        "tourism_likelihood_impact", "http://yfter.com/cdzx/gsgg/content_793399",
        "县文化旅游投资公司 廉洁风险识别评估表 after the source's 审计结果公告 on a city's 文化旅游投资开发集团 (国有独资, 旅游"
        "项目开发, 景区经营管理; 综合行政部, 财务融资部 and its other 部室; 项目建设): ``填报单位：…（盖章）`` and a date over "
        "a TWO-ROW header — 序号/部门/岗位/责任人/廉洁风险点 and 防控措施 merged down, ``风险评估`` merged over ``发生可能性 | "
        "影响程度 | 风险等级``, all three written 高/中/低 (the 风险等级 differs from each of the two others on some rows); "
        "部门 merged, 岗位 and 责任人 merged per person; no type column; a merged 注 that the level is worked out from the "
        "two; 填报人/审核人",
        [sh], t,
    )  # fmt: skip


def town_social_security_center() -> dict:
    town = f"{PLACE}鹤坳镇"
    dept = "社会保障服务中心"
    sh = _Sheet("Sheet1", [5, 16, 8, 34, 14, 8, 34])
    t = _Truth(town)
    _line(sh, f"{town}{dept}岗位廉政风险点排查表", 7)
    r = sh.add(
        f"填报单位：{town}{dept}（盖章）", None, None, None, "填报时间：2024年4月", None, None
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "匡砺锋", "城乡低保、特困供养审核确认中说情打招呼,降低标准", "岗位职责风险", "高",
         "审核确认经中心集体研究,结果在镇、村两级公示。", "middle"),
        ("主任", "匡砺锋", "临时救助资金审批不按程序,先发后批", "制度机制风险", "中",
         "临时救助按额度分级审批,急难救助事后三日内补齐手续。", "middle"),
        ("社会救助经办员", "鄞秋澄", "低保动态管理不到位,对死亡、收入增加的对象不及时停保", "业务流程风险", "中",
         "每月与公安、医保数据比对,发现变化及时提出调整意见。", "general"),
        ("社会救助经办员", "鄞秋澄", "代群众办理救助申请时索要好处", "思想道德风险", "低",
         "办事流程上墙公示,公开监督电话。", "general"),
        ("养老保险经办员", "漆望岫", "待遇领取资格认证走过场,养老金被冒领", "业务流程风险", "高",
         "资格认证每年一次,与死亡、火化信息比对,逾期未认证的暂停发放。", "general"),
        ("养老保险经办员", "漆望岫", "违规为不符合条件人员补缴、办理待遇领取", "岗位职责风险", "高",
         "补缴和待遇核定两人审核,资料报县社保中心复核。", "general"),
        ("残疾人专干", "暨春芜", "残疾人两项补贴审核不严,为不符合条件的人员申领", "岗位职责风险", "中",
         "补贴对象凭残疾证和入户核查结果审核,名单在村(社区)公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("中心负责人：匡砺锋", None, None, "分管领导：", None, None, None)
    return _layout(
        "town_social_security_center", "https://98523.com/fanwen/guizhangzhidu/glbf/201112/142283_3.html",
        "镇 社会保障服务中心 岗位廉政风险点排查表 sent on its own, after the source's 城乡居民社会养老保险 管理办法 (经办管理"
        "服务 by 乡(镇、街道) 劳动保障事务所, 资格月审年检, 公示, 防止虚报冒领): the 镇 and its 中心 only in the title "
        "``荣县鹤坳镇社会保障服务中心岗位廉政风险点排查表`` and in ``填报单位：…（盖章） | 填报时间：…``; NO 科室 column: "
        "序号/岗位 and 姓名 merged per person (主任, 社会救助经办员, 养老保险经办员, 残疾人专干)/风险点/风险类别 ``…风险``/"
        "风险等级 高/中/低/防控措施; ``中心负责人：匡砺锋 | 分管领导：`` under it",
        [sh], t,
    )  # fmt: skip


def village_clinic_card() -> dict:
    unit = f"{PLACE}栖凫镇檬子村卫生室"
    sh = _Sheet("防控卡", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    who, post = "蔚长庚", "乡村医生"
    _line(sh, f"{unit}廉政风险防控卡", 5)
    sh.add("姓名", who, "职务", post, None)
    r = sh.add(
        "岗位职责", "负责檬子村基本医疗、基本公共卫生服务和家庭医生签约服务。", None, None, None
    )
    sh.merge(r, 1, r, 4)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    points = [
        ("基本公共卫生服务随访记录、体检数据造假,虚报服务量", "岗位职责", "高",
         "随访、体检记录上传信息系统,卫生院每季度电话回访抽查。"),
        ("家庭医生签约服务只签不约,虚报签约人数", "业务流程", "中", "签约协议由群众本人签字,履约情况每半年核查。"),
        ("基本药物不按零差率销售,私自购进、销售非配送药品", "制度机制", "高",
         "药品全部由卫生院统一配送,零差率销售,进销存台账每月核对。"),
        ("为参保群众虚开处方、串换药品刷医保卡", "外部环境", "中", "处方与医保结算记录逐月比对,医保卡由本人刷卡。"),
        ("收受药品推销人员礼品、回扣", "思想道德", "低", "签订廉洁行医承诺书,拒收礼品,药品推销人员一律不得进室。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("持卡人签字：", None, "栖凫镇中心卫生院审核意见：", None, None)
    sh.add(None, None, None, "2024年7月", None)
    return _layout(
        "village_clinic_card",
        "http://32336.cn/lhs_n4opdvni9gh7n4vghxg37fimirki8lfhdkepgfvn4voe6p0mkctgblnesi3ik3hk3dklk_3.html",
        "村卫生室 乡村医生 廉政风险防控卡 after the source's 乡村医生签约服务 实施方案 (签约, 基本医疗, 基本公共卫生服务, 乡镇"
        "卫生院 oversight of 村卫生室): the title names the 村卫生室; ``姓名 | 蔚长庚 | 职务 | 乡村医生`` above, a merged "
        "``岗位职责`` line, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; under it ``持卡人签字：`` "
        "beside ``栖凫镇中心卫生院审核意见：`` (the 卫生院 that runs it) and a date",
        [sh], t,
    )  # fmt: skip


def hydropower_station_depts() -> dict:
    unit = f"{PLACE}龙潭湾水电开发有限公司"
    sh = _Sheet("清单", [5, 12, 11, 8, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "师远岱", "电站增效扩容改造项目招标设置倾向性条件,指定中标单位", "制度机制", "重大",
         "招标文件经法律审核,评标专家随机抽取,纪检人员现场监督。", "leader"),
        ("公司领导", "总经理", "党砺川", "上网电量结算、电费回收与电网公司对账不及时,少计收入", "业务流程", "较大",
         "每月与电网公司核对上网电量和电费,差异逐笔说明。", "leader"),
        ("综合部", "主任", "麦岚汐", "公务用车、接待费用超标准列支", "制度机制", "一般",
         "用车、接待先审批后实施,费用每季度公开。", "middle"),
        ("财务部", "会计", "巴晓溪", "大额资金支付未经审批,资金支付审核不严", "岗位职责", "较大",
         "大额资金支付经总经理办公会研究,网银支付双人复核。", "general"),
        ("白鹭滩电站", "站长", "牧云舟", "机组检修备品备件采购不比价,以次充好", "岗位职责", "较大",
         "备品备件采购三家以上比价,验收由电站、财务部共同签字。", "middle"),
        ("白鹭滩电站", "站长", "牧云舟", "库区砂石、林木私自处置变卖", "外部环境", "重大",
         "库区资源处置报公司研究并按规定公开处置,收入全额入账。", "middle"),
        ("青杠坝电站", "运行值班员", "承沛然", "运行日志、发电量记录弄虚作假", "岗位职责", "一般",
         "发电量由计量系统自动采集,运行日志交接班双人签字。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), SAFETY[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("编制部门：综合部", None, None, "审核：", None, None, "2024年10月", None)
    return _layout(
        "hydropower_station_depts", "http://www.hoppecoke.com/news/show-347347.html",
        "县水电开发公司 廉洁风险防控清单 after the source's report on a 发电公司 and the three 电站 under it (增效扩容, 机组, "
        "并网发电, its 办公室主任): 序号/部门 merged (公司领导, 综合部, 财务部 and the two 电站 ``白鹭滩电站``, ``青杠坝电站``)/"
        "岗位 and 责任人 merged per person/风险点/风险类别 (short names)/风险等级 ``重大/较大/一般``/防控措施; "
        "``编制部门：综合部 | 审核：`` and a date under it",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    elder_care_type_sheets(),
    village_watcher_column(),
    community_check_dates(),
    health_center_title_column(),
    mch_dept_sheets(),
    middle_school_duty_column(),
    tourism_likelihood_impact(),
    town_social_security_center(),
    village_clinic_card(),
    hydropower_station_depts(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch163-inbox"))
