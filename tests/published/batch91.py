"""A ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE GRASS ROOTS AND PUBLIC INSTITUTIONS — a 镇's 站所, a 乡's
财政所 paying out 惠农补贴, a 村's 小微权力, a 社区 doing 低保, a 中心敬老院, a 中心小学, a 九年一贯制学校's
食堂, a 街道社区卫生服务中心 and a 镇's 畜牧兽医站 — each handing back its 一览表 / 清单 / 排查表 / 卡
its own way, most with nothing exotic about them:

- a 镇 一览表 of its 站所: ``站所`` (not 科室) merged, 岗位/姓名 merged per person, short types, 高/中/低;
- a 乡 财政所 惠农补贴 防控表 under a ``单位:XX县芹岙乡财政所`` line (the 乡 the unit, the 所 the 科室):
  ``工作环节`` merged, then ``风险点 | 风险等级 | 防控措施 | 责任岗位 | 责任人`` trailing, 一级/二级/三级;
- a 村 小微权力 清单: ``权力事项`` beside ``风险点``, the holder written ``柳长青(村党支部书记)`` in
  ``责任人``, a trailing ``监督人`` naming a body (村务监督委员会), not a person;
- a 社区 两委 清单: ``职务 | 姓名 | 分管工作`` merged per person, ``风险级别`` written Ⅰ级/Ⅱ级/Ⅲ级;
- a 中心小学 一览表 whose one column ``处室/岗位`` holds ``总务处/总务主任`` (the 校长 row without slash);
- a 九年一贯制学校 食堂 清单 对岗不对人: ``环节`` merged, ``风险类别`` ``…风险``, ``高风险/中风险/低风险``,
  ``责任岗位`` trailing;
- a 社区卫生服务中心 排查表, one sheet per 科室 (tab = the 科室, no 科室 in the table);
- a 镇畜牧兽医站 个人自查表 per sheet under ``单位:XX县茆湖镇畜牧兽医站`` (the 镇 the unit, the 站 the
  科室), the holder in pairs ``姓名 | … | 职务 | …`` above the table, ``查找的风险点``.

One is harder:

- ``tiaoling_home_stacked_cards``: a 中心敬老院's 岗位廉政风险防控卡 for three people STACKED on one
  sheet, each card opened by ONE merged cell ``姓名:郜明德　　岗位:院长`` (label:value pairs in one
  cell, full-width spaces between) and its own heading, a blank row between the cards.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 乡镇水利管理站's duties; a 乡镇
财政所 watching 强农惠农资金; a 县's 村级 三资 and 小微权力 正负面清单 with 网格监督员; a 社区 副书记 who
favoured kin in 低保; a piece on 农村敬老院 as 特困人员供养服务机构; a 小学 that bundled 零星维修 into one
bill; 巡察 of 学校 校园餐 and 膳食经费; a 医保 penalty on a 街道社区卫生服务中心; an audit of a 乡镇畜牧兽医
技术服务中心's 疫苗) and the layout follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch91`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b91_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``单位:`` line naming a 乡/镇 and its 所/站 gives the 乡/镇 as the unit and the 所/站 as the 科室;
  so does a 镇 一览表 whose ``站所`` column names the 镇's own 站 (水利站, 农业综合服务站, 文化站 …);
- ``柳长青(村党支部书记)`` in ``责任人`` is the holder 柳长青 on the post 村党支部书记;
- a ``监督人`` column naming a body (村务监督委员会) names no holder;
- ``处室/岗位`` written ``总务处/总务主任`` is the 处室 and the post; written ``校长`` it is the post;
- a stacked card's ``姓名:…　　岗位:…`` cell gives the holder and post of the rows under it until
  the next card;
- 村党支部书记, 村委会主任, 社区党委书记, 校长 and 院长 are leaders; 站长, 所长, 处室主任 and 科室主任 middle.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b91_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
LEADERS = {"村党支部书记", "村委会主任", "社区党委书记", "校长", "院长", "分管副校长"}
MIDDLE = {"站长", "所长", "总务主任", "教导主任", "药房主任", "收费室主任", "食堂管理员"}


def _tier(post: str) -> str | None:
    if not post:
        return None
    return "leader" if post in LEADERS else "middle" if post in MIDDLE else "general"


# --------------------------------------------------------------------------- harder layout


def tiaoling_home_stacked_cards() -> dict:
    unit = "XX县苕岭中心敬老院"
    sh = _Sheet("防控卡", [6, 36, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 4)
    cards = [
        ("郜明德", "院长", [
            ("擅自挤占特困人员供养资金用于院内管理开支", "高", "供养资金专户核算,支出经乡镇民政办审核。"),
            ("院民入住、退住审核不严,优亲厚友", "中", "入住名单经村、乡两级审核并公示。"),
            ("社会捐赠物资不登记、私自处置", "中", "捐赠物资登记造册,发放情况院内公示。"),
        ]),
        ("郗淑芬", "会计", [
            ("伙食费、护理费支出票据不实", "高", "票据经院长、院民代表共同签字后入账。"),
            ("院民零用钱代管账目不清", "低", "零用钱一人一账,每月与院民核对签字。"),
        ]),
        ("阙少华", "炊事员", [
            ("食材采购虚报数量、以次充好", "中", "食材双人验收,价格每月公示。"),
            ("克扣院民伙食标准", "低", "每周食谱上墙,院民代表参与伙食管理。"),
        ]),
    ]  # fmt: skip
    for who, post, points in cards:
        sh.add()
        _line(sh, f"姓名:{who}\u3000\u3000岗位:{post}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[lv])
    sh.add()
    sh.add("持卡人签字:", None, "监督人签字:", None)
    return _layout(
        "tiaoling_home_stacked_cards", "https://meipian.cn/2ixkd3z5",
        "(harder) 中心敬老院 (a 特困人员供养服务机构, after the source's piece on 农村敬老院 and the 五保 老人 it keeps) "
        "岗位廉政风险防控卡 for THREE people STACKED on one sheet under one title: each card opened by a blank row "
        "and ONE merged cell ``姓名:郜明德　　岗位:院长`` (label:value pairs in one cell, full-width spaces), then "
        "its own heading 序号/风险点/风险等级 高/中/低/防控措施; 院长 three rows, 会计 and 炊事员 two each; a 持卡人/"
        "监督人 签字 line under the last card",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def liaowan_town_stations() -> dict:
    unit = "XX县蓼湾镇"
    sh = _Sheet("站所", [6, 14, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险点一览表", 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("水利站", "站长", "甄海波", "小型农田水利工程验收把关不严,虚增工程量", "岗位职责", "高",
         "工程验收邀请村民代表参加,结算送审计。"),
        ("水利站", "站长", "甄海波", "防汛物资采购不比价,账物不符", "制度机制", "中",
         "防汛物资三家比价,入库出库登记。"),
        ("农业综合服务站", "站长", "戚丽华", "耕地地力保护补贴面积核实不实", "业务流程", "高",
         "补贴面积村级公示,站内抽查复核。"),
        ("农业综合服务站", "农技员", "喻小松", "良种推广中指定经销商并收取好处", "思想道德", "中",
         "良种由农户自主选购,推广目录公开。"),
        ("文化站", "站长", "乐春燕", "文化活动经费虚列支出", "制度机制", "低",
         "活动经费凭方案、签到、照片报销。"),
        ("畜牧兽医站", "防疫员", "詹克勤", "强制免疫疫苗发放登记不实,疫苗私自出售", "外部环境", "中",
         "疫苗出入库台账与免疫档案每月比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("镇纪委(盖章)", None, None, None, "2024年7月", None, None, None)
    return _layout(
        "liaowan_town_stations", "https://m.fx361.com/news/2018/0331/3344956.html",
        "镇 站所岗位廉政风险点一览表 after the source's account of a 乡镇水利管理站's duties (水利工程计划, 防汛抗旱, "
        "农田水利建设): 序号/``站所`` (the heading says 站所, not 科室) merged (水利站, 农业综合服务站, 文化站, "
        "畜牧兽医站)/岗位 and 姓名 merged per person/风险点/风险类别 short names/风险等级 高/中/低/防控措施; "
        "the 镇's own 站 are its 科室; 镇纪委(盖章)/date line",
        [sh], t,
    )  # fmt: skip


def qin_ao_subsidy_office() -> dict:
    unit = "XX县芹岙乡"
    sh = _Sheet("惠农补贴", [6, 12, 34, 9, 34, 12, 9])
    t = _Truth(unit)
    dept = "财政所"
    _line(sh, "惠民惠农财政补贴资金“一卡通”发放廉政风险防控表", 7)
    sh.add(f"单位:{unit}{dept}", None, None, None, "填报时间:2024年10月", None, None)
    sh.merge(1, 0, 1, 3)
    sh.merge(1, 4, 1, 6)
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    rows = [
        ("政策公示", "补贴政策、标准未按规定公示,群众不知情", "三级", "补贴政策在村务公开栏和微信群同时公示。",
         "所长", "汪立新"),
        ("资料审核", "对村级上报的补贴对象、面积审核走过场", "一级", "审核实行双人复核,抽查比例不低于10%。",
         "会计", "符春梅"),
        ("资料审核", "为亲友虚报、多报补贴面积", "一级", "亲属申报事项主动回避,审核结果签字留痕。",
         "会计", "符春梅"),
        ("数据录入", "擅自修改“一卡通”系统中补贴对象账号和金额", "一级", "系统操作权限分设,修改留痕并由所长审签。",
         "惠农专干", "蔺晓东"),
        ("资金发放", "补贴资金滞留、挪用,未及时足额发放", "二级", "资金到账后五个工作日内发放,发放清单公示。",
         "出纳", "邝丽"),
        ("回访核查", "对群众反映的补贴问题不核查、不反馈", "二级", "设立监督电话,问题件登记销号。", "所长",
         "汪立新"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures, post, who) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, post, who)
        t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("所长(签字):", None, None, "乡纪委审核:", None, None, None)
    return _layout(
        "qin_ao_subsidy_office", "http://www.handmsg.com/page/2023/0424/21867044.shtml",
        "乡 财政所 惠民惠农补贴 “一卡通” 发放 廉政风险防控表 after the source's account of a 乡镇财政所 watching "
        "强农惠农资金 (公开公示, 资金信息, 花名册, 监管): a bare title, then ``单位:XX县芹岙乡财政所 | 填报时间:…`` "
        "(the 乡 the unit, the 所 the 科室); 序号/``工作环节`` merged/风险点/风险等级 一级/二级/三级/防控措施/a trailing "
        "``责任岗位`` and ``责任人`` (the 所长 on rows 1 and 6, the 会计 on rows 2-3); 所长/乡纪委 line",
        [sh], t,
    )  # fmt: skip


def jiaobaizhou_village_power() -> dict:
    unit = "XX县蕺溪镇茭白洲村"
    sh = _Sheet("小微权力", [6, 14, 34, 8, 34, 20, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}“小微权力”廉政风险点清单", 7)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任人", "监督人")
    rows = [
        ("集体资金使用", "大额资金支出未经“四议两公开”,个人说了算", "高",
         "5000元以上支出经村民代表会议决议并公开。", "柳长青", "村党支部书记"),
        ("集体资产发包", "鱼塘、山林发包不公开竞价,低价发包给亲友", "高",
         "发包方案公示,镇农村产权交易平台公开竞价。", "柳长青", "村党支部书记"),
        ("村级工程项目", "小额工程指定施工队,虚增工程量", "中", "工程项目村务监督委员会全程参与验收。",
         "禹国华", "村委会主任"),
        ("低保、救助评议", "评议中优亲厚友,应保未保", "中", "民主评议结果张榜公示七天。", "禹国华",
         "村委会主任"),
        ("村级报账", "白条入账,先支后批", "低", "票据每月送镇农经站代理记账审核。", "仇小燕", "村报账员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (matter, point, lv, measures, who, post) in enumerate(rows, 1):
        sh.add(n, matter, point, lv, measures, f"{who}({post})", "村务监督委员会")
        t.point(sh.name, "", post, who, _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(5, lambda row: row[5]), (6, lambda row: row[6])])
    _line(sh, "说明:风险等级分高、中、低三级;监督人为村务监督委员会,网格监督员协助监督。", 7)
    return _layout(
        "jiaobaizhou_village_power", "https://news.shi-fen.com/china/202405/50-1583944.html",
        "村 “小微权力” 廉政风险点清单 after the source's account of a 县 watching 村级 “三资” and 村干部 用权 through "
        "网格监督员 and 正负面清单: 序号/``权力事项`` (a duty, not a short risk name)/风险点/风险等级 高/中/低/防控措施/"
        "``责任人`` written ``柳长青(村党支部书记)`` merged per holder/a trailing ``监督人`` merged down naming a body "
        "(村务监督委员会), not a person; a 说明 line under the table",
        [sh], t,
    )  # fmt: skip


def xingchuan_community_aid() -> dict:
    unit = "XX市XX区荇川街道苕溪社区"
    sh = _Sheet("社区两委", [6, 16, 9, 16, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”成员廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "分管工作", "风险点", "风险级别", "防控措施")
    rows = [
        ("社区党委书记", "邬永康", "全面工作", "社区公共服务资金使用不经集体研究", "Ⅰ级",
         "资金使用经社区“两委”会议研究并公开。"),
        ("社区党委书记", "邬永康", "全面工作", "辖区共建单位赞助款物不入账", "Ⅱ级", "赞助款物入街道代管账户。"),
        ("社区党委副书记", "宓秋菊", "民政、低保", "低保评定中优亲厚友", "Ⅰ级",
         "低保对象民主评议,近亲属申请主动报备回避。"),
        ("社区党委副书记", "宓秋菊", "民政、低保", "低保对象收入变化不及时复核,该退不退", "Ⅱ级",
         "低保对象每季度入户复核,结果公示。"),
        ("居委会委员", "薄志强", "城建、物业", "老旧小区改造中为施工方说情揽活", "Ⅲ级",
         "改造项目由街道统一招标,社区只做监督。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, work, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, work, point, lv, measures)
        t.point(sh.name, "", post, who, _tier(post), point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("社区党委(盖章)", None, None, None, "2025年1月", None, None)
    return _layout(
        "xingchuan_community_aid", "http://49.213.0.198/doc/7_0_106971877_1.html",
        "社区 “两委”成员 廉政风险防控清单 after the source's account of a 社区党委副书记 who favoured kin in the 低保 "
        "评定 and the 民政 专项治理 that followed: 序号/``职务`` BEFORE ``姓名``, both and ``分管工作`` merged per person/"
        "风险点/``风险级别`` Ⅰ级/Ⅱ级/Ⅲ级/防控措施; 盖章/date line",
        [sh], t,
    )  # fmt: skip


def hengtang_school_slash_posts() -> dict:
    unit = "XX县蘅塘中心小学"
    sh = _Sheet("Sheet1", [6, 16, 9, 34, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    sh.add("序号", "处室/岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("", "校长", "屠振邦", "校舍零星维修项目打包结算,规避立项公示", "高",
         "2万元以上维修项目立项公示,结算经校务会审定。"),
        ("", "校长", "屠振邦", "评优评先、职称推荐中个人说了算", "中", "推荐方案和结果在校内公示。"),
        ("总务处", "总务主任", "鄢国平", "办公用品、教学设备采购不比价", "高", "采购三家询价,验收与采购分离。"),
        ("总务处", "保管员", "萧丽娜", "固定资产出入库登记不实", "低", "资产每学期盘点,账实核对。"),
        ("教导处", "教导主任", "闵文杰", "教辅资料征订中收取回扣", "高", "教辅资料自愿征订,书目家委会参与。"),
        ("财务室", "报账员", "欧阳敏", "报销凭证审核不严,虚列支出", "中", "报销实行经手、证明、审批三签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        shown = f"{dept}/{post}" if dept else post
        sh.add(n, shown, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("校长(签字):", None, None, "填表日期:2024年9月", None, None)
    return _layout(
        "hengtang_school_slash_posts", "http://www.ahbbjjjc.gov.cn/html/wenzhang_733659.html",
        "中心小学 岗位廉政风险点一览表 after the source's account of a 小学 that bundled several 零星维修 into one bill "
        "without 立项公示, watched through a 小微权力 监督 platform: ``附件`` above the title; 序号/ONE column "
        "``处室/岗位`` written ``总务处/总务主任``, ``教导处/教导主任``, ``财务室/报账员`` (the 校长 rows just "
        "``校长``) and 姓名, both merged per person/风险点/风险等级 高/中/低/防控措施; 校长/date line",
        [sh], t,
    )  # fmt: skip


def tangliping_canteen_posts() -> dict:
    unit = "XX县棠梨坪九年一贯制学校"
    sh = _Sheet("食堂", [6, 12, 34, 12, 9, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}学校食堂廉洁风险防控清单", 7)
    sh.add("序号", "环节", "风险点", "风险类别", "风险等级", "防控措施", "责任岗位")
    rows = [
        ("食材采购", "大宗食材不按规定招标,指定供应商", "制度机制风险", "高风险",
         "大宗食材由县教体局统一招标,学校不得另选。", "分管副校长"),
        ("食材采购", "采购单价高于中标价,差价不退", "业务流程风险", "中风险", "每月对照中标价核对结算单。",
         "食堂管理员"),
        ("入库验收", "验收走过场,数量不足、质量不合格照收", "岗位职责风险", "高风险",
         "双人验收,验收单拍照上传。", "验收员"),
        ("仓储保管", "食材出库记录与就餐人数不符,虚假出库", "岗位职责风险", "中风险",
         "出库量按就餐人数核定,每周盘点。", "保管员"),
        ("伙食费结算", "挤占学生伙食费支付食堂人员工资", "思想道德风险", "高风险",
         "伙食费单独核算,结余每学期公示并清退。", "报账员"),
        ("陪餐公示", "陪餐记录补写,菜品价格不公示", "外部环境风险", "低风险", "陪餐记录当日填写,价格每周公示。",
         "食堂管理员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, typ, lv, measures, post) in enumerate(rows, 1):
        sh.add(n, step, point, typ, lv, measures, post)
        t.point(sh.name, "", post, "", _tier(post), point, types_in(typ), WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("学校(盖章):", None, None, "校长:", None, "2025年3月", None)
    return _layout(
        "tangliping_canteen_posts", "http://www.scyanbian.gov.cn/zwgk/xwzx/ybyw/10223561.shtml",
        "九年一贯制学校 食堂 廉洁风险防控清单 对岗不对人 after the source's 巡察 of 学校 校园餐 and 膳食经费 (问题清单、"
        "责任清单、整改清单): 序号/``环节`` merged (食材采购 over two rows)/风险点/风险类别 ``…风险``/风险等级 ``高风险/"
        "中风险/低风险``/防控措施/a trailing ``责任岗位`` (分管副校长, 食堂管理员 on rows 2 and 6, 验收员, 保管员, "
        "报账员); no names; 盖章/校长/date line",
        [sh], t,
    )  # fmt: skip


def dilu_health_center_sheets() -> dict:
    unit = "XX市XX区荻芦街道社区卫生服务中心"
    t = _Truth(unit)
    depts = [
        ("药房", [
            ("药房主任", "曾庆丰", "药品验收时接受供货企业回扣", "外部环境", "高", "药品验收双人签字,验收记录存档。"),
            ("药房主任", "曾庆丰", "擅自调整药品库存,账物不符", "制度机制", "中", "每月盘点,盘盈盘亏报院务会。"),
            ("药剂员", "阚红英", "超量发药、串换药品套取医保基金", "岗位职责", "高", "处方审核系统控量,医保科抽查。"),
        ]),
        ("收费室", [
            ("收费室主任", "蒯德胜", "分解住院、重复收费", "业务流程", "高", "收费明细患者签字确认,医保科月审。"),
            ("收费员", "厍晓兰", "挪用备用金、收费不开票", "思想道德", "低", "收费日清日结,票据连号管理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, rows in depts:
        sh = _Sheet(dept, [6, 10, 9, 34, 10, 8, 34])
        _line(sh, f"{unit}岗位廉洁风险排查表", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("科室负责人:", None, None, "排查时间:2024年11月", None, None, None)
        sheets.append(sh)
    return _layout(
        "dilu_health_center_sheets",
        "http://www.fl.gov.cn/bm/ybj/zwgk_46624/fdzdgknr_46626/cfqzn/bljg/202602/t20260211_15429513.html",
        "街道社区卫生服务中心 岗位廉洁风险排查表 after the source's 医保 行政处罚 of a 街道社区卫生服务中心 (分解住院, "
        "过度检查): ONE SHEET PER 科室 (tabs 药房, 收费室), the same title on each and NO 科室 in the table; 序号/"
        "岗位 and 姓名 merged per person/风险点/风险类型 short names/风险等级 高/中/低/防控措施; 科室负责人/date line",
        sheets, t,
    )  # fmt: skip


def maohu_vet_station_selfcheck() -> dict:
    unit = "XX县茆湖镇"
    dept = "畜牧兽医站"
    t = _Truth(unit)
    people = [
        ("殷学军", "站长", [
            ("组织强制免疫", "疫苗申领数量虚报,多领疫苗流失", "高", "疫苗申领按存栏量核定,镇政府审核。"),
            ("检疫申报受理", "对未经检疫的生猪出具检疫证明", "高", "检疫证明电子出证,全程留痕。"),
            ("病死畜禽无害化处理", "虚报无害化处理数量套取补助", "中", "处理现场拍照,数量与保险理赔比对。"),
        ]),
        ("全春生", "防疫员", [
            ("免疫注射", "免疫档案造假,漏免不补", "中", "免疫后农户签字,站长随机回访。"),
            ("疫苗保管", "疫苗冷链保管不当,私自出售疫苗", "低", "冷链温度每日记录,出入库双人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, points in people:
        sh = _Sheet(who, [6, 16, 34, 9, 34, 10])
        _line(sh, "岗位廉政风险个人自查表", 6)
        sh.add(f"单位:{unit}{dept}", None, None, None, None, None)
        sh.merge(1, 0, 1, 5)
        sh.add("姓名", who, "职务", post, "填表日期", "2024年3月")
        sh.add("序号", "工作职责", "查找的风险点", "风险等级", "防控措施", None)
        sh.merge(3, 4, 3, 5)
        for n, (duty, point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, duty, point, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
        sh.add()
        sh.add("本人签字:", None, "站长审核:", None, "镇纪委审核:", None)
        sheets.append(sh)
    return _layout(
        "maohu_vet_station_selfcheck", "https://www.cjyunshayang.cn/p/23828.html",
        "镇畜牧兽医站 岗位廉政风险个人自查表, one per sheet (tab = the holder), after the source's audit of a 县畜牧发展"
        "中心 checking the 疫苗 采购、发放、注射、回收 at a 乡镇畜牧兽医技术服务中心: a bare title, then ``单位:XX县茆湖镇"
        "畜牧兽医站`` merged across (the 镇 the unit, the 站 the 科室), then pairs ``姓名 | … | 职务 | … | 填表日期 | …``; "
        "序号/``工作职责`` (a duty)/``查找的风险点``/风险等级 高/中/低/防控措施 merged over the last two columns; 本人/站长/"
        "镇纪委 签字 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tiaoling_home_stacked_cards(),
    liaowan_town_stations(),
    qin_ao_subsidy_office(),
    jiaobaizhou_village_power(),
    xingchuan_community_aid(),
    hengtang_school_slash_posts(),
    tangliping_canteen_posts(),
    dilu_health_center_sheets(),
    maohu_vet_station_selfcheck(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch91-inbox"))
