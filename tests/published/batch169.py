"""A hundred-and-sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 岗位廉政风险防控 一览表, 排查表,
清单, 自查表 and 防控卡 of county bodies of 江安县 that earlier batches used seldom or never: the
经济和信息化局, the 投资促进局, the 县委机要保密局, the 县委社会工作部, the 红十字会, the 大数据中心, the
财政投资评审中心, the 县委网信办, the 农村公路养护中心 and the 国防动员办公室 — each handing back its
list the way its staff typed it (no re-saved copies this time):

- an 经济和信息化局 一览表 under ONE merged line ``填报单位（盖章）：…　　　　　　填报时间：…``, 股室
  merged, a trailing ``监督责任人`` column naming the 局长 and the 副局长 (and ``驻局纪检组`` on the
  局长's rows), ``…风险`` types, 高/中/低;
- the 县委机要保密局's 清单 对岗不对人 with NO 科室 column (the 科室 typed into the post:
  ``机要科科长``, ``保密科科员``), a ``岗位职责`` column merged per post, levels
  ``高风险/中风险/低风险``, no type column;
- the 县委社会工作部's 一览表 with a two-row header (``岗位信息`` over ``部室 | 岗位 | 姓名``, the other
  headings merged down), Ⅰ级/Ⅱ级/Ⅲ级;
- a 大数据中心 排查表 whose level is worked out in a ``风险评估`` group — ``发生可能性 | 影响程度 |
  风险值 | 风险等级`` (numbers 1–5, their product, then 高/中/低) — with the note giving the bands;
- a 财政投资评审中心 排查表 with a ``风险事项`` (the 环节: 预算评审, 结算评审 …) before the 风险点;
- the 县委网信办's 自查表 one per sheet (tabs the holders' names), ``姓名 | … | 科室 | … | 职务 | …`` in
  pairs above the table;
- an 农村公路养护中心 排查表 with ``★★★/★★/★`` and its note, one post (``养护工``) held by
  ``全体养护工人`` — no one holder — and a 片区养护站 among the 股室;
- the 国防动员办公室's 一览表 with NO 科室 column: group rows ``一、办领导``, ``二、综合股`` … set the
  科室 of the rows under them (the 办's 指挥信息保障中心 among them).

One is the shape this batch adds to what the README describes — a list on which Excel's 分类汇总
(数据 → 分类汇总, 计数 by 股室) was run before it was sent:

- ``investment_bureau_subtotals``: the 投资促进局's 排查表 sorted by 股室, NO merges, and after each
  股室's rows the row Excel inserts — ``局领导 计数`` in the 股室 column and the count (``3``) in the
  风险点 column — and at the end ``总计数`` with the total; 一级/二级/三级, a ``完成时限`` column.

One is harder:

- ``red_cross_cards_side_by_side``: the 红十字会's 防控卡 printed TWO TO A ROW (A4 landscape): each card
  opened by its own merged line ``持卡人：…　　部门：…　　职务：…`` over its own
  序号/风险点/风险类型/风险等级/防控措施 header, a blank column between the left and the right card,
  two pairs of cards one under the other, the ``持卡人签字：`` lines side by side at the foot.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 县经信科技局's 工业发展专项资金
项目验收; a 县投资促进局's 招商引资督导考核; the 风险点 of 机要岗位; a 区委社会工作部's four “最”
(信访, 基层治理, 志愿服务, 两企三新 党建); a 县红十字会's 博爱基金 物资发放; a 市's 政务大数据管理
办法; a 市's 财政投资评审 风险 (估概算, 招标限价, 结算); a 县委网信委 meeting (舆情处置, 网络安全);
a 镇's 农村公路养护考核办法 (日常养护, 路产路权, 水毁抢修); a 县国动办's 国防教育 and 人防工程 抽检)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented; every unit is a body of 江安县 (the invented 片区 篁岭 inside it).

Run ``python tests/published/score.py --set batch169`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b169_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the rows Excel's 分类汇总 inserts (``项目促进股 计数 | … | 3``, ``总计数 | … | 9``) are no point, no
  post and no 科室;
- a ``监督责任人`` column of names (or ``驻局纪检组``) names who oversees the row, not its holder;
- on cards printed side by side each card's own ``持卡人：…　　部门：…　　职务：…`` line names the
  holder, 科室 and post of the card under it, not of the card beside it;
- ``发生可能性``, ``影响程度`` and ``风险值`` are numbers that give the level, not the level: the
  ``风险等级`` column beside them is the level; the note on the bands is no point;
- ``全体养护工人`` under 姓名 is no holder: that post's form has person "";
- with no 科室 column a post is kept as typed, its 科室 in it (``机要科科长``, department "");
- a group row ``二、综合股`` sets the 科室 of the rows under it; ``五、指挥信息保障中心`` (the 办's own
  中心) is a 科室 of the 办;
- ``风险事项`` is the 环节 the point belongs to, no point;
- 局长/副局长, 部长/常务副部长/副部长, 主任/副主任 of an 办, a 中心 or the 网信办, 常务副会长/专职副会长
  are leaders; 股长, 科长, 办公室主任, a 站长 inside the 中心 and the 主任 of the 办's own 指挥信息保障
  中心 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b169_"
PLACE = "江安县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def red_cross_cards_side_by_side() -> dict:
    unit = f"{PLACE}红十字会"
    # two cards a row: columns A–E the left card, F blank, G–K the right card
    sh = _Sheet("防控卡", [5, 28, 10, 8, 28, 3, 5, 28, 10, 8, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 11)
    cards = [
        ("会领导", "常务副会长", "柏砚秋", "leader", [
            ("救灾款物分配方案不经会长办公会集体研究", "制度机制", "高",
             "分配方案经会长办公会研究,分配结果在门户网站公示。"),
            ("接受捐赠单位宴请、礼品,在定向捐赠安排上予以照顾", "思想道德", "中",
             "严格执行廉洁自律规定,定向捐赠按捐赠协议执行并留档。"),
        ]),
        ("会领导", "专职副会长", "訾望舒", "leader", [
            ("“博爱送万家”慰问对象审核把关不严", "岗位职责", "高",
             "慰问对象由镇红十字会摸底、公示,县红十字会复审。"),
            ("应急救护培训机构选定不公开", "外部环境", "低", "培训机构比选确定,培训经费按合同分期支付。"),
        ]),
        ("办公室", "主任", "覃疏影", "middle", [
            ("捐赠款物接收不开具票据、不登记入账", "制度机制", "高",
             "捐赠款物统一登记,当场开具公益事业捐赠票据,按月公开。"),
            ("救灾物资采购不按规定询价比价", "业务流程", "中", "采购三家以上询价,采购结果经会长办公会审定。"),
        ]),
        ("赈济救护部", "干事", "乌苏禾", "general", [
            ("救灾物资发放不按花名册发放,优亲厚友", "岗位职责", "中",
             "物资发放两人以上,发放花名册由受助人签字并存档。"),
            ("备灾仓库物资出入库登记不实", "业务流程", "低", "出入库单据连号管理,每季度盘点,账实核对。"),
        ]),
    ]  # fmt: skip
    for k in (0, 2):
        if k:
            sh.add()
        left, right = cards[k], cards[k + 1]
        row = []
        for dept, post, who, _tier, _points in (left, right):
            row += [
                f"持卡人：{who}{GAP * 2}部门：{dept}{GAP * 2}职务：{post}",
                None,
                None,
                None,
                None,
            ]
            row.append(None)
        r = sh.add(*row[:11])
        sh.merge(r, 0, r, 4)
        sh.merge(r, 6, r, 10)
        head = ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
        sh.add(*head, None, *head)
        for n in range(max(len(left[4]), len(right[4]))):
            cells = []
            for card in (left, right):
                point, typ, lv, measures = card[4][n]
                cells += [n + 1, point, typ, lv, measures, None]
            sh.add(*cells[:11])
        for dept, post, who, tier, points in (left, right):
            for point, typ, lv, _ in points:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("持卡人签字：", None, None, "日期：", None, None, "持卡人签字：", None, None, "日期：",
               None)  # fmt: skip
    return _layout(
        "red_cross_cards_side_by_side", "https://hsz.ankang.gov.cn/Content-296150.html",
        "(harder) 县红十字会 岗位廉政风险防控卡, after the source's account of a 县红十字会's 博爱基金 捐赠物资发放 (公开采购, "
        "公示发放对象, 棉被、食用油、大米): the cards printed TWO TO A ROW on one sheet (A4 landscape) under one title — "
        "each card opened by its own merged line ``持卡人：柏砚秋　　部门：会领导　　职务：常务副会长`` (the right card's "
        "``持卡人：訾望舒　　部门：会领导　　职务：专职副会长`` beside it) over its own 序号/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施 header; column F left blank between the cards; a second pair of cards (办公室 主任, "
        "赈济救护部 干事) under a blank row; ``持卡人签字： | 日期：`` twice side by side at the foot",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def investment_bureau_subtotals() -> dict:
    unit = f"{PLACE}投资促进局"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 10, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    r = sh.add(
        f"填报单位：{unit}", None, None, None, None, None, "填报时间：2024年11月", None, None
    )
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "完成时限")
    groups = [
        ("局领导", [
            ("局长", "郦照川", "leader", "招商引资项目优惠政策兑现不经集体研究,个人说了算", "制度机制", "一级",
             "优惠政策兑现方案经局党组会集体研究,兑现结果公示。", "长期坚持"),
            ("局长", "郦照川", "leader", "违规承诺超出权限的土地、税收优惠条件", "岗位职责", "一级",
             "投资协议条款经司法局合法性审查,超权限事项报县政府审定。", "长期坚持"),
            ("副局长", "禚青梧", "leader", "外出招商活动中接受客商宴请、娱乐安排", "思想道德", "二级",
             "外出招商事前报批、事后报告,签订廉洁招商承诺书。", "长期坚持"),
        ]),
        ("项目促进股", [
            ("股长", "仝北辰", "middle", "招商项目履约监管不力,对未按约投产项目不追责", "岗位职责", "二级",
             "建立签约项目履约台账,每季度通报履约情况。", "2024年12月底"),
            ("股长", "仝北辰", "middle", "招商引资到位资金数据虚报、重复统计", "业务流程", "二级",
             "到位资金凭银行进账单据统计,统计数据与统计局核对。", "长期坚持"),
            ("科员", "巫晴川", "general", "向关系客商泄露拟出让地块、政策等未公开信息", "外部环境", "三级",
             "签订保密承诺,招商信息按级别授权查阅。", "长期坚持"),
        ]),
        ("招商服务股", [
            ("股长", "栾苇杭", "middle", "客商接待费用超标准列支或虚开发票报销", "制度机制", "二级",
             "接待实行公函制,接待清单与发票逐项核对。", "长期坚持"),
            ("科员", "尚予怀", "general", "为企业代办手续时收取好处费", "思想道德", "三级",
             "代办服务免费并公示代办事项清单,监督电话公开。", "长期坚持"),
        ]),
        ("办公室", [
            ("会计", "宦鹭宁", "general", "招商引资专项工作经费报销审核不严", "制度机制", "二级",
             "经费报销实行经办人、股室负责人、分管领导、局长四级审签。", "2024年12月底"),
        ]),
    ]  # fmt: skip
    n = 0
    for dept, rows in groups:
        for post, who, tier, point, typ, lv, measures, due in rows:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, due)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        # the row Excel's 分类汇总 (计数 by 股室, counted in the 风险点 column) inserts
        sh.add(None, f"{dept} 计数", None, None, len(rows), None, None, None, None)
    sh.add(None, "总计数", None, None, n, None, None, None, None)
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：宦鹭宁", None, None, None, None, None)
    return _layout(
        "investment_bureau_subtotals", "https://www.ztxyjq.com/html/art2018614art_6135_136647.html",
        "县投资促进局 岗位廉政风险点排查表 as sent after Excel's 分类汇总 (数据 → 分类汇总, 计数 by 股室) was run on it, "
        "after the source's account of a 县投资促进局's 招商引资督导考核 (外出招商, 项目落地, 到位资金, 数据提报): title, "
        "``填报单位：… | 填报时间：…``, then 序号/股室/岗位/姓名/风险点/风险类型 (short names)/风险等级 一级/二级/三级/"
        "防控措施/``完成时限`` (``长期坚持``, ``2024年12月底``), sorted by 股室, NO merges (the 股室 typed on every "
        "row), and after each 股室's rows the row Excel inserts — ``局领导 计数`` in the 股室 column, the count (``3``) "
        "in the 风险点 column, the rest blank — and at the end ``总计数 | … | 9``; ``单位负责人： | 填表人：宦鹭宁`` "
        "(the 会计, a holder)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def econ_info_supervisor_column() -> dict:
    unit = f"{PLACE}经济和信息化局"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 14, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2024年11月8日", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "监督责任人"
    )
    chief, deputy = "隆禹川", "芮晚棠"
    rows = [
        ("局领导", "局长", chief, "工业发展专项资金分配方案不经党组集体研究", "制度机制风险", "高",
         "专项资金分配方案经局党组会集体研究,分配结果公示。", "驻局纪检组", "leader"),
        ("局领导", "局长", chief, "企业技改项目申报推荐中打招呼、递条子", "思想道德风险", "中",
         "推荐项目由股室初审、专家评审,领导干部插手干预事项登记报告。", "驻局纪检组", "leader"),
        ("局领导", "副局长", deputy, "工业发展专项资金项目验收把关不严", "岗位职责风险", "高",
         "验收专班联合财政局组建,实地查看设备、核对票据凭证。", chief, "leader"),
        ("经济运行股", "股长", "冉鹤汀", "规上工业企业入库培育名单确定不公开", "业务流程风险", "中",
         "培育名单按产值、税收标准确定并公示。", deputy, "middle"),
        ("经济运行股", "股长", "冉鹤汀", "融资贴息项目贴息金额核算不实", "岗位职责风险", "中",
         "贴息金额按银行付息凭证核算,股室复核。", deputy, "middle"),
        ("中小企业股", "股长", "闵溪桥", "“专精特新”企业推荐中优亲厚友", "思想道德风险", "中",
         "推荐标准公开,推荐名单集体研究并公示。", deputy, "middle"),
        ("中小企业股", "科员", "廉竹隐", "为企业申报材料弄虚作假提供便利", "外部环境风险", "低",
         "申报材料双人审核,企业签订诚信承诺。", deputy, "general"),
        ("节能与综合利用股", "科员", "弓芸岫", "节能监察中对企业违规用能行为降格处理", "岗位职责风险", "中",
         "监察两人以上,监察结果集体研究后告知企业。", deputy, "general"),
        ("办公室", "会计", "羿晨曦", "专项资金拨付不按验收结果和审批程序办理", "制度机制风险", "低",
         "资金拨付凭验收报告和审批单,会计、出纳分设。", chief, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, overseer, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, overseer)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, per_person), (3, per_person), (8, lambda row: row[1::7])],
    )
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, None, None, None)
    return _layout(
        "econ_info_supervisor_column", "https://www.yilong.gov.cn/xwdt/bmdt/t_2151778.html",
        "县经济和信息化局 岗位廉政风险点及防控措施一览表 after the source's account of a 县经信科技局's 市级工业发展专项资金 "
        "项目验收 (产业化和技术改造项目, 融资贴息, 验收专班, 核对票据凭证): title, then ONE merged line "
        "``填报单位（盖章）：江安县经济和信息化局　　　　　　填报时间：2024年11月8日``, then 序号/股室 merged (局领导, "
        "经济运行股, 中小企业股, 节能与综合利用股, 办公室)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 "
        "高/中/低/防控措施/a trailing ``监督责任人`` column of names — the 局长 隆禹川 over the 副局长 and the 办公室, the "
        "副局长 芮晚棠 over the 股室, ``驻局纪检组`` on the 局长's own rows — merged per 股室; 单位负责人/填表人 under it",
        [sh], t,
    )  # fmt: skip


def secrecy_bureau_post_list() -> dict:
    unit = f"中共{PLACE}委机要保密局"
    sh = _Sheet("清单", [6, 14, 28, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("局长", "主持全局工作,负责机要、保密、密码工作的统筹和经费管理。",
         "保密技术设备采购不经集体研究,指定供应商", "高风险",
         "保密设备按政府采购程序购置,局务会集体研究并留存纪要。", "leader"),
        ("局长", "主持全局工作,负责机要、保密、密码工作的统筹和经费管理。",
         "涉密人员审查把关不严,降低上岗条件", "中风险", "涉密人员上岗审查两人以上,审查意见存档。", "leader"),
        ("副局长", "分管保密检查、保密宣传教育和涉密载体销毁工作。",
         "保密检查中对违规单位降格处理、不予通报", "高风险", "检查结果集体研究,问题清单按季度通报。", "leader"),
        ("机要科科长", "负责机要文件收发、传递、登记和机要交通管理。",
         "涉密文件收发登记不规范,文件去向不清", "中风险", "收发文逐件登记编号,每季度清退核对。", "middle"),
        ("机要科机要员", "负责机要文件分发、机要交通和文件清退。",
         "机要交通途中违规携带涉密文件办私事", "中风险", "机要交通两人同行,线路、时间登记备查。", "general"),
        ("保密科科长", "负责全县保密检查、泄密事件查处和保密技术防护。",
         "泄密事件查处中压案不办、隐瞒不报", "高风险", "泄密线索登记编号,查处情况报县委保密委员会。", "middle"),
        ("保密科科员", "负责涉密载体销毁、保密宣传和保密培训。",
         "涉密载体销毁不按规定监销,私自处置", "中风险", "销毁实行双人监销,销毁清单签字存档。", "general"),
        ("保密科科员", "负责涉密载体销毁、保密宣传和保密培训。",
         "保密培训虚报人数、套取培训经费", "低风险", "培训签到、照片归档,培训经费据实报销。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, "2024年11月", None)
    return _layout(
        "secrecy_bureau_post_list", "http://www.zuoseoyh.com/0fta9yjn.html",
        "县委机要保密局 岗位廉政风险防控清单 对岗不对人 after the source's list of the 风险点 of 机要岗位 (人员管理, 文件收发 "
        "登记 保管 传递 销毁, 技术安全, 监督检查): 序号/岗位 merged per post — NO 科室 column, the 科室 typed into the "
        "post (``局长``, ``副局长``, ``机要科科长``, ``机要科机要员``, ``保密科科长``, ``保密科科员``)/``岗位职责`` merged per "
        "post/风险点/风险等级 ``高风险/中风险/低风险``/防控措施; NO name column, NO type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def social_work_dept_two_row_header() -> dict:
    unit = f"中共{PLACE}委社会工作部"
    sh = _Sheet("一览表", [6, 16, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add("序号", "岗位信息", None, None, "风险点", "风险类别", "风险等级", "防控措施")
    sh.add(None, "部室", "岗位", "姓名", None, None, None, None)
    sh.merge(r, 1, r, 3)
    for c in (0, 4, 5, 6, 7):
        sh.merge(r, c, r + 1, c)
    rows = [
        ("部领导", "部长", "鲍云岫", "基层治理专项经费分配不经部务会集体研究", "制度机制", "Ⅰ级",
         "专项经费分配方案经部务会集体研究,分配结果公开。", "leader"),
        ("部领导", "部长", "鲍云岫", "信访事项办理中打招呼、干预处理结果", "思想道德", "Ⅱ级",
         "领导干部插手干预信访事项登记报告,办理结果回访。", "leader"),
        ("部领导", "常务副部长", "祖澄霁", "社区工作者招聘考察把关不严,优亲厚友", "岗位职责", "Ⅰ级",
         "招聘方案公开,考察两人以上,拟聘人员公示。", "leader"),
        ("办公室", "主任", "侯枕溪", "办公用品和会议服务采购不按规定比价", "制度机制", "Ⅲ级",
         "采购三家以上比价,采购清单每季度公开。", "middle"),
        ("基层治理股", "股长", "国岚汐", "城乡社区服务项目资金拨付审核不严", "业务流程", "Ⅱ级",
         "资金拨付凭项目验收报告,股室初审、分管领导审核。", "middle"),
        ("新兴领域党建股", "科员", "松曼青", "“两企三新”党建工作经费发放中虚报冒领", "岗位职责", "Ⅱ级",
         "经费按党组织清单直接拨付,发放情况抽查回访。", "general"),
        ("志愿服务股", "股长", "耿佩瑶", "志愿服务项目评选、表彰中打人情分", "思想道德", "Ⅲ级",
         "评选标准公开,评审打分记录存档,结果公示。", "middle"),
        ("人民建议征集股", "科员", "秋棠溪", "群众建议和信访人信息泄露", "外部环境", "Ⅱ级",
         "信访、建议信息分级授权查阅,查询留痕。", "general"),
        ("人民建议征集股", "科员", "秋棠溪", "建议办理结果反馈弄虚作假", "业务流程", "Ⅲ级",
         "办理结果逐件回访,回访记录抽查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("部室负责人：", None, None, None, "分管领导：", None, None, None)
    return _layout(
        "social_work_dept_two_row_header", "http://www.hetang.gov.cn/c11738/20240628/i2216620.html",
        "县委社会工作部 岗位廉政风险防控一览表 after the source's note on a 区委社会工作部 founded (信访, 基层治理, 志愿服务, "
        "“两企三新”党建, the 非公有制经济组织和社会组织工作委员会): a TWO-ROW header — ``岗位信息`` merged over "
        "``部室 | 岗位 | 姓名`` in the second row, 序号/风险点/风险类别/风险等级/防控措施 merged down both rows — then 部室 "
        "merged (部领导, 办公室, 基层治理股, 新兴领域党建股, 志愿服务股, 人民建议征集股)/岗位 and 姓名 merged per person/"
        "风险点/风险类别 (short names)/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施; 部室负责人/分管领导 line under it",
        [sh], t,
    )  # fmt: skip


def big_data_center_assessment() -> dict:
    unit = f"{PLACE}大数据中心"
    sh = _Sheet("排查表", [6, 14, 10, 9, 32, 8, 8, 8, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 10)
    r = sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险评估", None, None, None, "防控措施")
    sh.add(None, None, None, None, None, "发生可能性", "影响程度", "风险值", "风险等级", None)
    sh.merge(r, 5, r, 8)
    for c in (0, 1, 2, 3, 4, 9):
        sh.merge(r, c, r + 1, c)
    rows = [
        ("中心领导", "主任", "从霁帆", "信息化项目建设方案审核中为关系企业量身定制技术参数", 4, 5,
         "技术参数经专家论证,项目方案会同发改、财政联合审核。", "leader"),
        ("中心领导", "主任", "从霁帆", "信息化项目验收不严,未完成功能即出具验收意见", 3, 5,
         "验收邀请第三方测评,验收意见集体签字。", "leader"),
        ("中心领导", "副主任", "连晓岑", "政务云资源分配中优先满足关系单位", 2, 3,
         "云资源按申请顺序和审核意见分配,分配台账公开。", "leader"),
        ("项目建设科", "科长", "富竹溪", "项目建设单位变更合同内容不报批", 3, 4,
         "合同变更经中心主任办公会审定,变更资料归档。", "middle"),
        ("项目建设科", "科员", "姬清扬", "接受软件开发企业宴请、礼品", 3, 3,
         "签订廉洁承诺,项目对接两人以上。", "general"),
        ("数据资源科", "科长", "关望岳", "违规向第三方提供政务数据", 3, 5,
         "数据共享按目录审批,调用全程留痕。", "middle"),
        ("数据资源科", "科员", "束映雪", "数据查询权限管理不严,私自查询个人信息", 2, 4,
         "查询权限分级授权,每月审计查询日志。", "general"),
        ("运维保障科", "工程师", "通雨霏", "运维服务费结算不按考核结果扣减", 2, 2,
         "运维服务按季度考核,考核结果与结算挂钩。", "general"),
    ]  # fmt: skip

    def band(value: int) -> str:
        return "高" if value >= 15 else "中" if value >= 8 else "低"

    first = len(sh.rows)
    for n, (dept, post, who, point, chance, harm, measures, tier) in enumerate(rows, 1):
        lv = band(chance * harm)
        sh.add(n, dept, post, who, point, chance, harm, chance * harm, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：发生可能性、影响程度按1—5分评定，风险值=发生可能性×影响程度；风险值15及以上为高风险，8—14为中风险，"
              "7及以下为低风险。", 10)  # fmt: skip
    sh.add("填表人：", None, None, None, "审核人：", None, None, None, "2024年10月", None)
    return _layout(
        "big_data_center_assessment", "http://www.prebbleq.com/xxgk/xxgkml/zcwj/zfwj/202005/t20200529_2123489.shtml",
        "县大数据中心 岗位廉政风险点排查表 after the source's 政务大数据管理办法 and 政务大数据项目建设管理办法 (信息资源 "
        "共享, 项目建设, 数据安全): a two-row header — 序号/科室/岗位/姓名/风险点/防控措施 merged down, ``风险评估`` merged "
        "over ``发生可能性 | 影响程度 | 风险值 | 风险等级`` — the first two scored 1–5, 风险值 their product, 风险等级 "
        "高/中/低 worked out from it; 科室 merged (中心领导, 项目建设科, 数据资源科, 运维保障科), 岗位 and 姓名 merged per "
        "person; NO type column; a merged note under the table on the scores and the bands (``风险值15及以上为高风险，"
        "8—14为中风险，7及以下为低风险``), then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def fiscal_review_center_matters() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 14, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险事项", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "怀晏清", "评审结论审定", "对评审结论不经复核即签发,或授意改变审定金额",
         "岗位职责风险", "高", "评审结论实行经办、复核、审定三级签批,重大分歧集体会商。", "leader"),
        ("中心领导", "主任", "怀晏清", "协作机构选用", "委托协作中介机构不按规定程序选取", "制度机制风险", "高",
         "协作机构从名录库随机抽取,抽取过程留痕。", "leader"),
        ("评审一股", "股长", "辛禾穗", "预算评审", "招标控制价评审中为施工单位预留利润空间", "外部环境风险", "高",
         "控制价评审两人以上交叉复核,评审底稿签字存档。", "middle"),
        ("评审一股", "评审员", "艾汀兰", "现场踏勘", "现场踏勘走过场,接受建设单位吃请", "思想道德风险", "中",
         "踏勘两人以上,踏勘记录由建设单位、评审人员共同签字。", "general"),
        ("评审二股", "股长", "须白蘋", "结算评审", "工程结算评审中对虚增工程量不予审减", "业务流程风险", "高",
         "结算评审逐项核对工程量,审减原因书面说明。", "middle"),
        ("评审二股", "评审员", "祖问渠", "评审资料收发", "评审资料收发登记不全,资料遗失或外泄", "业务流程风险", "低",
         "评审资料收发登记簿逐件登记,借阅签字。", "general"),
        ("综合股", "股长", "耿栖桐", "评审报告送达", "评审报告送达前向建设单位泄露评审结果", "岗位职责风险", "中",
         "评审报告统一出具、统一送达,送达回执存档。", "middle"),
        ("综合股", "会计", "宫梓潼", "协作费用结算", "协作机构评审费用结算不按合同标准", "制度机制风险", "中",
         "评审费用按合同和质量考核结果结算,财务复核。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, matter, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, matter, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("中心负责人签字：", None, None, None, "填报人：", None, None, "2024年10月", None)
    return _layout(
        "fiscal_review_center_matters", "https://kpfans.com/article/EK9X6B425w.html",
        "县财政投资评审中心 岗位廉政风险点排查表 after the source's account of a 市's 财政投资评审 and its 风险 (估概算评审, "
        "招标限价评审, 全过程跟踪评审, 结算): 序号/科室 merged (中心领导, 评审一股, 评审二股, 综合股)/岗位 and 姓名 merged "
        "per person/a ``风险事项`` column naming the 环节 (``预算评审``, ``结算评审``, ``现场踏勘`` …) BEFORE the 风险点/"
        "风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 中心负责人签字/填报人/date",
        [sh], t,
    )  # fmt: skip


def cyberspace_office_self_check() -> dict:
    unit = f"中共{PLACE}委网络安全和信息化委员会办公室"
    t = _Truth(unit)
    people = [
        ("燕知遥", "办领导", "主任", "leader", [
            ("网络安全检查中对问题单位降格处理、不予通报", "岗位职责", "高", "检查结果集体研究,问题清单按季度通报。"),
            ("网络安全宣传周活动承办单位选定不公开", "制度机制", "中", "承办单位比选确定,活动经费据实结算。"),
            ("接受网络企业宴请、礼品", "思想道德", "低", "签订廉洁承诺,节前廉洁提醒。"),
        ]),
        ("养澄碧", "网络安全股", "股长", "middle", [
            ("网络安全等级保护测评机构推荐中收受好处", "外部环境", "高", "测评机构由单位自主选择,股室不得指定推荐。"),
            ("网络安全事件处置中瞒报、漏报", "业务流程", "中", "事件处置全程记录,按规定时限逐级报告。"),
            ("检查中获取的单位数据违规留存", "岗位职责", "低", "检查数据用后登记销毁,专人监督。"),
        ]),
        ("缪汀岚", "舆情信息股", "科员", "general", [
            ("受人请托删除、压制网络舆情信息", "思想道德", "高", "舆情处置经股室负责人审批,处置记录留存。"),
            ("舆情信息报送迟报、漏报", "业务流程", "中", "舆情监测实行24小时值班,报送记录每日核对。"),
            ("向无关人员透露舆情处置情况", "外部环境", "低", "签订保密承诺,舆情处置情况按权限通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 12, 10, 36, 8])
        _line(sh, f"{unit}个人岗位廉政风险自查表", 6)
        sh.add("姓名", who, "科室", dept, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "科室负责人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "cyberspace_office_self_check", "https://xiangyin.gov.cn/31176/31177/content_2256411.html",
        "县委网信办 个人岗位廉政风险自查表 after the source's account of a 县委网络安全和信息化委员会 meeting (舆情处置, "
        "网络安全, 新媒体协会, 网信队伍): THREE sheets, tabs the holders' names; under the title one row of pairs "
        "``姓名 | 燕知遥 | 科室 | 办领导 | 职务 | 主任`` (``网络安全股 | 股长``, ``舆情信息股 | 科员``), then 序号/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施 (merged over the last two columns); 本人签字/科室负责人签字/"
        "``年　月　日`` unfilled",
        sheets, t,
    )  # fmt: skip


def rural_road_center_all_workers() -> dict:
    unit = f"{PLACE}农村公路养护中心"
    sh = _Sheet("排查表", [6, 14, 10, 12, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年9月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    everyone = "全体养护工人"
    rows = [
        ("中心领导", "主任", "麦砚农", "农村公路养护工程发包规避招标、指定施工队伍", "制度机制风险", "★★★",
         "限额以上工程进入交易平台,限额以下比选并集体研究。", "leader"),
        ("中心领导", "主任", "麦砚农", "养护考核结果干预,为关系乡镇加分", "思想道德风险", "★★",
         "考核按办法随机抽检路段,考核结果公示。", "leader"),
        ("养护管理股", "股长", "寿青岚", "日常养护考核走过场,养护经费照拨", "岗位职责风险", "★★",
         "养护考核实行日常巡查、半年和年终考核,考核与经费挂钩。", "middle"),
        ("养护管理股", "股长", "寿青岚", "水毁抢修工程量虚报", "业务流程风险", "★★★",
         "水毁抢修前后拍照留存,工程量现场签证。", "middle"),
        ("路政股", "路政员", "蓬叶舟", "对侵占路产路权行为不予查处或降格处理", "外部环境风险", "★★",
         "路政巡查两人以上,案件处理集体讨论。", "general"),
        ("工程股", "技术员", "桂枕书", "小修保养材料以次充好、验收不严", "业务流程风险", "★",
         "材料进场抽检,验收由股室、片区站共同签字。", "general"),
        ("篁岭片区养护站", "站长", "仰松涛", "养护工人考勤虚报,冒领养护工资", "制度机制风险", "★★",
         "考勤每日打卡,工资按考勤表发放并公示。", "middle"),
        ("篁岭片区养护站", "养护工", everyone, "养护材料、机具私自外借或变卖", "岗位职责风险", "★",
         "材料机具出入库登记,每月盘点。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        person = "" if who == everyone else who
        t.point(sh.name, dept, post, person, tier, point, types_in(typ), STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, None, None)
    return _layout(
        "rural_road_center_all_workers", "https://gwyoo.com/haowen/172067.html",
        "县农村公路养护中心 岗位廉政风险点排查表 after the source's 农村公路养护考核办法 (乡道、村道, 日常养护, 小修保养, "
        "路产路权维护, 水毁抢修, 日常巡查、半年度和年终考核): ``填报单位：… | 填报时间：…`` over 序号/股室 merged (中心领导, "
        "养护管理股, 路政股, 工程股, ``篁岭片区养护站``)/岗位 and 姓名 merged per person — the 养护工 row's 姓名 "
        "``全体养护工人``, no one holder/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged note "
        "``注：★★★为高风险，★★为中风险，★为低风险。`` under it, then 填表人/审核人",
        [sh], t,
    )  # fmt: skip


def civil_defence_office_group_rows() -> dict:
    unit = f"{PLACE}国防动员办公室"
    sh = _Sheet("一览表", [6, 12, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一", "办领导", [
            ("主任", "全宛平", "leader", "人防工程建设项目不经集体研究,指定施工单位", "制度机制", "高",
             "项目按规定进入交易平台,办务会集体决策并留存纪要。"),
            ("副主任", "弘峻岭", "leader", "防空警报器更新采购验收把关不严", "岗位职责", "中",
             "采购按政府采购程序进行,验收由使用股室、财务共同参加。"),
        ]),
        ("二", "综合股", [
            ("股长", "暨听泉", "middle", "国防教育宣传经费虚列支出", "制度机制", "中",
             "宣传经费按项目预算支出,报账凭证附活动资料。"),
        ]),
        ("三", "人防工程股", [
            ("股长", "别鸣珂", "middle", "防空地下室易地建设费减免、缓缴审核不严", "岗位职责", "高",
             "减免缓缴按规定条件审核,审核结果集体研究并公示。"),
            ("股长", "别鸣珂", "middle", "人防工程抽检中对问题项目不督促整改", "外部环境", "中",
             "抽检问题建立台账,整改情况复查销号。"),
            ("科员", "鱼晚晴", "general", "人防工程竣工验收备案资料审查走过场", "业务流程", "低",
             "备案资料双人审查,审查意见签字存档。"),
        ]),
        ("四", "动员股", [
            ("科员", "庾山远", "general", "专业队伍训练补助发放虚报人数", "业务流程", "中",
             "训练补助凭签到表、照片发放,发放名单公示。"),
        ]),
        ("五", "指挥信息保障中心", [
            ("主任", "仉叔远", "middle", "警报设施维护服务费结算不按考核结果", "思想道德", "低",
             "维护服务按季度考核,考核结果与结算挂钩。"),
        ]),
    ]  # fmt: skip
    n = 0
    for order, dept, rows in groups:
        _line(sh, f"{order}、{dept}", 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "2024年10月", None)
    return _layout(
        "civil_defence_office_group_rows", "http://www.ynwd.gov.cn/info/1041/49432.htm",
        "县国防动员办公室 岗位廉政风险防控一览表 after the source's account of a 县国动办's 国防教育“五进”, 防空警报试鸣 (警报器 "
        "更新) and 人防工程 抽检: 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 with NO 科室 "
        "column — group rows merged across the table, ``一、办领导``, ``二、综合股``, ``三、人防工程股``, ``四、动员股``, "
        "``五、指挥信息保障中心`` (the 办's own 中心), set the 科室 of the rows under them; 岗位 and 姓名 merged per "
        "person; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    red_cross_cards_side_by_side(),
    investment_bureau_subtotals(),
    econ_info_supervisor_column(),
    secrecy_bureau_post_list(),
    social_work_dept_two_row_header(),
    big_data_center_assessment(),
    fiscal_review_center_matters(),
    cyberspace_office_self_check(),
    rural_road_center_all_workers(),
    civil_defence_office_group_rows(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch169-inbox"))
