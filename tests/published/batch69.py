"""A sixty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES — the 县直部门 of one county, 岚溪县
(an invented name), handing back their 岗位廉政风险防控一览表 / 排查表 / 责任清单 / 自查表 as such
bodies do: a 发展和改革局, a 住房和城乡建设局, a 农业农村局, a 人力资源和社会保障局, a 退役军人事务局,
a 统计局, a 水务局, a 审计局 and a 民政局, with the habits of ordinary offices (merged 股室 and 岗位
cells, a 填报单位 line, a sign-off footer, notes under the table, a second sheet). Eight are
EVERYDAY:

- the 发改局's 一览表: ``附件1``, a ``填报单位(盖章):… | 填报时间:…`` line, 股室 merged, 岗位/姓名/
  岗位职责 merged per person, ``…风险`` types, 高/中/低, a footer of places to sign;
- the 住建局's 排查表 对岗不对人: 股室(站) and 岗位 merged, a short ``风险点`` beside a long ``风险表现
  形式``, ``一级/二级/三级``, a trailing ``责任领导`` (the 分管局领导, merged per 股室 — who watches,
  not who holds), and a SECOND sheet ``填表说明`` saying 一级 is the highest;
- the 农业农村局's 责任清单: ``责任股室`` and ``工作事项`` merged, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``责任人`` (the
  股室's head, merged per 股室) and a ``分管领导`` merged over the two 股室 he oversees, a ``备注`` of
  three numbered notes merged under the table, the 局's seal line and a real date;
- the 人社局's 一览表 on TWO sheets — ``机关股室`` and ``二级单位`` (the 社会保险服务中心 and the 劳动
  人事争议仲裁院 in the ``单位`` column) — types written short, 高/中/低, a 填表人/审核人 line under each;
- the 退役军人事务局's workbook: a ``局领导`` sheet (姓名/职务/分管工作 merged per person) and a
  ``股室`` sheet (股室 merged, 岗位/姓名 merged per person), no type column, 高/中/低;
- the 统计局's 表 对岗不对人: 股室 merged, 岗位/主要职责 merged per post, ``廉政风险点``, 高/中/低, a
  ``注:`` of two numbered notes and an empty ``单位负责人(签字):  年 月 日`` line under it;
- the 水务局's 一览表 whose levels are stars, the legend on a line over the heading
  (``风险等级:★★★为高风险,★★为中风险,★为低风险``), ``股室(单位)`` merged, 岗位/责任人 merged;
- the 审计局's 个人自查表, one sheet per person (tab = the name), the holder on ONE row of pairs
  ``姓名 | … | 股室 | … | 职务 | …``, a ``自查情况`` column (``未发现问题``), 高/中/低, a signature
  line with a real date.

One is harder:

- ``civil_affairs_post_slash_name``: the 民政局's 一览表 whose post and holder share ONE column
  headed ``岗位/姓名``, each cell ``股长/鲁建华`` (post, a slash, the name), merged per person; 股室
  merged, types short, 高/中/低 — the part before the slash is the post, the part after the holder
  (not a 科室 and a post, as ``办公室/出纳`` would be).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an 物价部门's 价格监测, 成本监审 and
收费公示; a 市住建局's 清街扫楼 of 房屋市政工程 with 诚信分 deducted and 隐患 整改; a 区农业农村委's
专项整治 of 惠农补贴 and 乡村振兴项目资金; a 社会保险 经办 局's 调研 of 补缴, 转移接续, 待遇发放 and 资格
认证 by its 股室; a 县退役军人事务局's 职责 of 褒扬, 军人公墓 and 优抚; a 县统计局's 法规股 leading 统计
执法检查; a 县水利局's 工作总结 of 农村饮水, 河道 and 质量监督; an 审计局's 四严禁 and 八不准; a 县民政's
低保 核对 and 审核审批) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch69`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b69_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``岗位/姓名`` cell ``股长/鲁建华`` under a ``岗位/姓名`` heading is the post and its holder;
- a ``责任领导`` or ``分管领导`` column of names merged over a 股室 or over two is who watches: no
  holder where the table has no other holder (对岗不对人), not the holder where it has a ``责任人``;
- a ``填表说明`` sheet beside the table is no table: its lines are no points;
- stars are levels by the legend over the heading: ★★★ 1, ★★ 2, ★ 3;
- a ``单位`` column on a 局's ``二级单位`` sheet (``社会保险服务中心``) is the department of its rows,
  the 局 the unit;
- a leader's 职务 written ``党组书记、局长`` is the post as written, department "".

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``, for the real
dates) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b69_"
COUNTY = "岚溪县"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
TIER = {"股长": "middle", "站长": "middle", "主任": "middle", "办公室主任": "middle",
        "局长": "leader", "副局长": "leader", "党组书记、局长": "leader"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- harder layout


def civil_affairs_post_slash_name() -> dict:
    unit = f"{COUNTY}民政局"
    sh = _Sheet("一览表", [6, 16, 14, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位/姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社会救助股", "股长", "鲁建华", "低保审批把关不严,办理人情保、关系保", "岗位职责", "高",
         "低保审批实行入户调查、民主评议、公示三道程序,审批结果全部公开。"),
        ("社会救助股", "股长", "鲁建华", "临时救助特事特办后不补办审批手续", "制度机制", "中",
         "特事特办事项五个工作日内补齐手续,每季度集中复核。"),
        ("社会救助股", "经办员", "汤丽", "低保资金发放名册与审批名单核对不细", "业务流程", "中",
         "发放名册由经办人、股长双人核对签字。"),
        ("社会救助股", "经办员", "汤丽", "泄露救助对象家庭经济状况信息", "思想道德", "低",
         "核对信息专人专机管理,查询留痕。"),
        ("居民家庭经济状况核对中心", "主任", "尚志勇", "核对报告出具不实,隐瞒车辆、存款等信息", "岗位职责", "高",
         "核对报告两人复核,异常信息集体研判。"),
        ("社会事务股", "股长", "庞凤英", "惠民殡葬补贴审核不严,重复发放", "业务流程", "中",
         "补贴对象与公安户籍、火化信息比对后发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}/{who}", point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("股室负责人签字:", None, None, "分管领导签字:", None, "2024年5月", None)
    return _layout(
        "civil_affairs_post_slash_name", "http://3g.guangyuanol.cn/news/guangan/2016/0613/590757.html",
        "(harder) 县民政局 岗位廉政风险防控一览表 after the source's account of a 县民政's 低收入家庭经济状况核对中心, "
        "上户调查, 审核审批 and 低保 公开公示: 序号/股室 merged (社会救助股, 居民家庭经济状况核对中心, 社会事务股)/ONE "
        "column headed ``岗位/姓名`` whose cells read ``股长/鲁建华``, ``经办员/汤丽`` (post, slash, holder), merged "
        "per person/风险点/风险类型 short names/风险等级 高/中/低/防控措施; 股室负责人/分管领导 signature line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dev_reform_price_posts() -> dict:
    unit = f"{COUNTY}发展和改革局"
    sh = _Sheet("一览表", [6, 10, 11, 9, 22, 34, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    r = sh.add(
        f"填报单位(盖章):{unit}", None, None, None, None, "填报时间:2024年5月20日", None, None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "股室", "岗位", "姓名", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "龚振华", "负责机关财务、公务接待和公务用车管理",
         "公务接待超标准、超范围,无公函接待", "制度机制风险", "中", "严格执行接待审批单制度,接待清单每月公示。"),
        ("办公室", "办公室主任", "龚振华", "负责机关财务、公务接待和公务用车管理",
         "办公用品采购不询价,虚开发票报销", "思想道德风险", "低", "办公用品网上商城采购,报销票据经办人、审核人双签。"),
        ("投资股", "股长", "詹立新", "负责政府投资项目审批、核准和备案",
         "项目审批中降低条件、超时办理或变相索要好处", "岗位职责风险", "高",
         "审批事项全部进入投资项目在线审批监管平台,办理时限网上可查。"),
        ("投资股", "股长", "詹立新", "负责政府投资项目审批、核准和备案",
         "中央预算内资金项目申报把关不严", "业务流程风险", "高", "申报项目经股室初审、局务会集体研究,申报结果公示。"),
        ("投资股", "科员", "阮小芹", "负责在线平台受理和项目资料归档",
         "泄露项目申报信息,为中介机构介绍业务", "外部环境风险", "中", "签订保密承诺书,不得向申报单位推荐中介。"),
        ("价格股", "股长", "晏国平", "负责政府定价、收费标准核定和价格监测",
         "成本监审走过场,收费标准核定偏高", "岗位职责风险", "高", "成本监审两人以上实施,定价方案组织听证或论证。"),
        ("价格股", "股长", "晏国平", "负责政府定价、收费标准核定和价格监测",
         "价格监测数据不实,漏报、迟报", "业务流程风险", "低", "监测数据交叉复核,严格执行五日报告制度。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person)])  # fmt: skip
    sh.add()
    sh.add(
        "主要负责人(签字):", None, None, "分管领导(签字):", None, "填表人:", None, "联系电话:", None
    )
    return _layout(
        "dev_reform_price_posts", "http://fsou.com/html/text/lar/172618/17261895_2.html",
        "县发展和改革局 岗位廉政风险防控一览表 after the source's account of 物价部门 work (价格监测预警, 五日报告制度, "
        "成本调查和监审, 政府定价和收费公示, 市场价格监督检查): ``附件1``, the title, a ``填报单位(盖章):… | 填报时间:…`` "
        "line (two merged cells); 序号/股室 merged (办公室, 投资股, 价格股)/岗位, 姓名 and 岗位职责 merged per person/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a footer of places to sign (主要负责人, 分管领导, 填表人, "
        "联系电话) left blank",
        [sh], t,
    )  # fmt: skip


def housing_grade_sheet_note() -> dict:
    unit = f"{COUNTY}住房和城乡建设局"
    sh = _Sheet("排查表", [6, 14, 9, 16, 34, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    r = sh.add(None, None, None, None, None, "填报时间:2024年6月", None, None)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室(站)", "岗位", "风险点", "风险表现形式", "风险等级", "防控措施", "责任领导")
    rows = [
        ("建筑业管理股", "股长", "施工许可审查", "对不符合条件的项目发放施工许可证,或故意拖延办理索取好处", "一级",
         "许可条件一次性告知,初审、复审分离,办理结果网上公开。", "邵建民"),
        ("建筑业管理股", "股长", "建筑市场执法检查", "检查中接受企业宴请,对违法违规行为降格处理", "二级",
         "执法检查两人以上,处理意见集体研究。", "邵建民"),
        ("建筑业管理股", "经办员", "企业诚信扣分录入", "为关系企业少扣、不扣诚信分", "二级",
         "扣分依据随检查记录上传,股长复核。", "邵建民"),
        ("质量安全监督站", "站长", "竣工验收监督", "对质量不达标工程出具监督合格意见", "一级",
         "验收监督实行站长负责、双人到场,监督报告存档。", "邵建民"),
        ("质量安全监督站", "监督员", "在建工程日常巡查", "发现安全隐患不下发整改通知,瞒报隐患", "二级",
         "巡查发现隐患当日录入系统,整改销号管理。", "邵建民"),
        ("房产管理股", "股长", "预售资金监管", "违规审批预售资金拨付,造成资金被挪用", "一级",
         "拨付申请经股室审核、分管领导审签,银行联合监管。", "聂光辉"),
        ("房产管理股", "经办员", "商品房网签备案", "为不符合条件的房屋违规办理网签备案", "三级",
         "网签备案系统自动校验,异常办件股长复核。", "聂光辉"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, shows, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, point, shows, lv, measures, leader)
        t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_post), (7, lambda row: (row[1], row[7]))]
    )
    sh.add()
    sh.add("局纪检组审核意见:", None, None, None, "(盖章)", None, None, None)
    note = _Sheet("填表说明", [90])
    note.add("填表说明")
    note.add("1.风险点:填写岗位履职中可能发生廉政问题的具体环节。")
    note.add("2.风险表现形式:写明该风险点可能出现的具体问题。")
    note.add("3.风险等级:分为一级、二级、三级,一级为最高风险,三级为最低风险。")
    note.add("4.责任领导:填写分管该股室(站)的局领导。")
    return _layout(
        "housing_grade_sheet_note",
        "https://www.yinchuan.gov.cn/xxgk/bmxxgkml/szjj_2202/xxgkml_2205/bmqtwj_2213/202601/t20260130_5155575.html",
        "县住房和城乡建设局 廉政风险点排查表 对岗不对人 after the source's account of a 市住建局's 清街扫楼 of 房屋市政"
        "工程 (排查, 整改通知书, 安全隐患, 诚信分扣除, 违法线索移交): the title, a ``填报时间:…`` on the right; 序号/股室"
        "(站) merged (建筑业管理股, 质量安全监督站, 房产管理股)/岗位 merged per post/a short ``风险点``/a long ``风险表现"
        "形式``/风险等级 ``一级/二级/三级``/防控措施/a trailing ``责任领导`` (two names, each merged per 股室: who "
        "watches, not who holds); 局纪检组审核意见 line; a SECOND sheet ``填表说明`` of four numbered lines (``一级为最高"
        "风险``)",
        [sh, note], t,
    )  # fmt: skip


def agri_duty_list_notes() -> dict:
    unit = f"{COUNTY}农业农村局"
    sh = _Sheet("责任清单", [6, 14, 16, 34, 8, 34, 9, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "责任股室", "工作事项", "风险点", "风险等级", "防控措施", "责任人", "分管领导")
    rows = [
        ("计划财务股", "惠农补贴资金发放", "审核把关不严,超标准、超范围或重复发放补贴", "Ⅰ级",
         "补贴发放实行乡镇初审、股室复核,资金通过一卡通直达农户。", "池海燕", "郁长青"),
        ("计划财务股", "惠农补贴资金发放", "补贴资金迟拨滞拨、挤占挪用", "Ⅰ级", "资金拨付进度每月通报,专账核算。",
         "池海燕", "郁长青"),
        ("计划财务股", "补贴信息公开", "补贴结果不公示或公示不全", "Ⅲ级", "补贴名单在村务公开栏和政府网站同步公示。",
         "池海燕", "郁长青"),
        ("农田建设股", "高标准农田项目验收", "验收走过场,工程质量不达标通过验收", "Ⅰ级",
         "验收邀请第三方检测,验收结果公示。", "简卫东", "郁长青"),
        ("农田建设股", "项目规划设计", "项目选址脱离实际,向关系村倾斜", "Ⅱ级", "项目库公开,选址经局党组集体研究。",
         "简卫东", "郁长青"),
        ("农村经营管理股", "农村集体“三资”监管", "集体资产出租发包不公开,低价发包", "Ⅱ级",
         "集体资产交易进入农村产权交易平台。", "司马文娟", "邬德明"),
        ("农村经营管理股", "土地承包经营纠纷调处", "调处中偏袒一方,收受当事人财物", "Ⅲ级", "调处两人以上参加,调处记录存档。",
         "司马文娟", "邬德明"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, item, point, lv, measures, who, leader) in enumerate(rows, 1):
        sh.add(n, dept, item, point, lv, measures, who, leader)
        t.point(sh.name, dept, "", who, "middle", point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3]),
                            (6, lambda row: (row[1], row[6])), (7, lambda row: row[7])])  # fmt: skip
    _line(
        sh,
        "备注:1.风险等级分Ⅰ级(高)、Ⅱ级(中)、Ⅲ级(低);2.责任人为股室负责人,分管领导为联系该股室的局领导;"
        "3.本清单实行动态管理,每年调整一次。",
        8,
    )
    sh.add()
    sh.add(f"{unit}(盖章)", None, None, None, None, datetime(2024, 4, 15), None, None)
    return _layout(
        "agri_duty_list_notes",
        "https://xxgk.shbsq.gov.cn/article.html?infoid=fd3c8052-86e0-420c-80e5-a71e1996a7ef",
        "县农业农村局 廉政风险防控责任清单 after the source's 专项整治 of 乡村振兴资金 (惠农补贴 审核把关, 迟拨滞拨, 补贴"
        "结果公示, 项目规划, 高标准农田 验收): 序号/``责任股室`` merged (计划财务股, 农田建设股, 农村经营管理股)/``工作"
        "事项`` merged where repeated/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``责任人`` merged per 股室 (the holder)/"
        "``分管领导`` merged over the two 股室 one leader oversees (郁长青 over rows 1-5); a ``备注:`` of three numbered "
        "notes merged across under the table; the 局's seal line with a real date cell",
        [sh], t,
    )  # fmt: skip


def hrss_two_sheets() -> dict:
    unit = f"{COUNTY}人力资源和社会保障局"
    t = _Truth(unit)
    parts = [
        ("机关股室", "股室", [
            ("就业股", "股长", "尤志坚", "就业补贴审核把关不严,为不符合条件人员发放补贴", "岗位职责", "高",
             "补贴申领数据与社保、市场监管信息比对,发放名单公示。"),
            ("就业股", "股长", "尤志坚", "公益性岗位人员认定优亲厚友", "思想道德", "中",
             "公益性岗位人员经乡镇推荐、股室审核、局务会审定并公示。"),
            ("劳动关系股", "科员", "殷雪梅", "劳动合同和集体合同审查备案走过场", "业务流程", "低",
             "审查意见由股长复核,备案资料归档。"),
        ]),
        ("二级单位", "单位", [
            ("社会保险服务中心", "待遇审核岗", "祁红英", "养老保险待遇核定不准,违规提高待遇标准", "岗位职责", "高",
             "待遇核定实行初审、复核两级审核,系统自动校验。"),
            ("社会保险服务中心", "待遇审核岗", "祁红英", "领取待遇资格认证不到位,死亡人员继续领取", "业务流程", "高",
             "每月与公安、民政死亡信息比对,异常待遇暂停发放。"),
            ("社会保险服务中心", "缴费稽核岗", "卜建明", "违规为参保人员办理养老保险补缴", "制度机制", "高",
             "补缴凭原始工资发放凭证办理,三年以上补缴报局审批。"),
            ("劳动人事争议仲裁院", "仲裁员", "符晓东", "仲裁案件偏袒一方,接受当事人请托", "外部环境", "中",
             "仲裁庭组成人员回避制度,裁决书仲裁委审核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, head, rows in parts:
        sh = _Sheet(tab, [6, 16, 11, 9, 36, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控一览表({tab})", 8)
        sh.add("序号", head, "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:4]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
        sh.add()
        sh.add("填表人:", None, "审核人:", None, "日期:2024年3月", None, None, None)
        sheets.append(sh)
    return _layout(
        "hrss_two_sheets", "http://m.360docs.net/doc/8a7305556.html",
        "县人力资源和社会保障局 岗位廉政风险防控一览表 after the source's 调研报告 of a 局 whose 股室 looked into 社会"
        "保险 经办 (养老保险关系转移接续, 补缴, 工伤医疗费报销, 待遇发放, 领取资格认证): TWO sheets, ``机关股室`` (就业股, "
        "劳动关系股) and ``二级单位`` whose second column is headed ``单位`` (社会保险服务中心, 劳动人事争议仲裁院), each with "
        "its own title ``…一览表(机关股室)``/``…(二级单位)``; 序号/股室 or 单位 merged/岗位 and 姓名 merged per person/"
        "风险点/风险类别 short names/风险等级 高/中/低/防控措施; 填表人/审核人/日期 line under each",
        sheets, t,
    )  # fmt: skip


def veterans_leaders_sheet() -> dict:
    unit = f"{COUNTY}退役军人事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 14, 22, 34, 8, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("雷振邦", "党组书记、局长", "主持全面工作", "“三重一大”事项不经集体研究,个人说了算", "高",
         "严格执行“三重一大”集体决策制度,会议纪要存档。"),
        ("雷振邦", "党组书记、局长", "主持全面工作", "干部选拔任用和评先评优把关不严", "中",
         "干部任用和评先评优经党组会研究并公示。"),
        ("柴玉兰", "副局长", "分管优抚安置股、褒扬纪念股", "退役士兵安置岗位分配不公,优亲厚友", "高",
         "安置岗位和量化评分排序公开,纪检人员全程监督选岗。"),
        ("柴玉兰", "副局长", "分管优抚安置股、褒扬纪念股", "烈士纪念设施修缮项目指定施工单位", "中",
         "修缮项目按规定比选,结果公示。"),
    ]  # fmt: skip
    first = len(lead.rows)
    for n, (who, post, work, point, lv, measures) in enumerate(leaders, 1):
        lead.add(n, who, post, work, point, lv, measures)
        t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(lead, first, [(1, per_person), (2, per_person), (3, per_person)])
    staff = _Sheet("股室", [6, 12, 9, 9, 36, 8, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("优抚安置股", "股长", "甘宏伟", "优抚对象抚恤补助标准认定不准,违规提高等级", "高",
         "抚恤等级评定集体研究,评定结果公示。"),
        ("优抚安置股", "股长", "甘宏伟", "抚恤补助资金发放不及时或截留", "中", "抚恤补助资金社会化发放,每季度对账。"),
        ("优抚安置股", "经办员", "蒲晓丽", "优待证申领资料审核不严", "低", "申领资料系统比对,股长抽查。"),
        ("褒扬纪念股", "股长", "狄建华", "军人公墓墓位安排优亲厚友", "中", "墓位按安葬顺序统一安排,安排结果公示。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        staff.add(n, dept, post, who, point, lv, measures)
        t.point(staff.name, dept, post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(staff, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    staff.add()
    staff.add("局党组审定:", None, None, None, "2024年7月", None, None)
    return _layout(
        "veterans_leaders_sheet", "https://m.tianqiyubao2.com/news/view-1161094",
        "县退役军人事务局 廉政风险防控表 after the source's account of a 县退役军人事务局 (a 正科级 部门: 思想政治、管理保障、"
        "安置优抚, 褒扬, 荣誉奖励, 军人公墓, 纪念设施): TWO sheets, ``局领导`` — 序号/姓名, 职务 (``党组书记、局长``) and "
        "分管工作 merged per person/风险点/风险等级 高/中/低/防控措施 — and ``股室`` — 序号/股室 merged (优抚安置股, 褒扬"
        "纪念股)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施; no type column; 局党组审定 line",
        [lead, staff], t,
    )  # fmt: skip


def statistics_posts_note() -> dict:
    unit = f"{COUNTY}统计局"
    sh = _Sheet("Sheet1", [6, 12, 10, 18, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施", 7)
    sh.add("序号", "股室", "岗位", "主要职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("法规股", "股长", "组织统计执法检查", "执法检查中收受被检查单位财物,降格处理统计违法行为", "高",
         "执法检查两人以上,处罚决定经局务会研究。"),
        ("法规股", "股长", "组织统计执法检查", "选择性确定检查对象", "中", "检查对象双随机抽取,结果公开。"),
        ("法规股", "执法人员", "现场检查取证", "检查记录不实,隐瞒统计违法事实", "中", "现场检查全程记录,台账资料拍照留存。"),
        ("综合核算股", "股长", "统计数据审核上报", "迎合干预要求修改统计数据", "高",
         "数据审核留痕,干预统计工作的情况如实记录报告。"),
        ("普查中心", "主任", "普查经费和普查员管理", "普查员劳务费虚报冒领", "中", "劳务费按工作量核定,银行代发并公示。"),
        ("办公室", "主任", "机关财务和后勤管理", "报销票据审核不严,虚列支出", "低", "报销实行经办、审核、审批分离。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
    per_post = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
    _line(sh, "注:1.本表以岗定责,人员变动时由接任人员承接;2.风险等级分高、中、低三级。", 7)
    sh.add("单位负责人(签字):", None, None, None, "年    月    日", None, None)
    return _layout(
        "statistics_posts_note", "https://tjj.changde.gov.cn/zhdt/qxdt/content_463349",
        "县统计局 岗位廉政风险点及防控措施 对岗不对人 after the source's account of a 县统计局 whose 法规股 leads the 统计执法"
        "检查 (检查对象, 统计年报数据, 原始记录和台账, 干预统计数据): 序号/股室 merged (法规股, 综合核算股, 普查中心, "
        "办公室)/岗位 and 主要职责 merged per post/``廉政风险点``/风险等级 高/中/低/防控措施; no names; a ``注:`` of two "
        "numbered notes merged across and an unfilled ``单位负责人(签字): | 年 月 日`` line under it",
        [sh], t,
    )  # fmt: skip


def water_bureau_stars() -> dict:
    unit = f"{COUNTY}水务局"
    sh = _Sheet("一览表", [6, 16, 9, 9, 36, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, "风险等级:★★★为高风险,★★为中风险,★为低风险", 8)
    sh.add("序号", "股室(单位)", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("农村水利股", "股长", "汪德胜", "农村饮水工程项目验收把关不严", "岗位职责风险", "★★★",
         "验收邀请乡镇、受益村代表参加,验收资料存档。"),
        ("农村水利股", "股长", "汪德胜", "饮水工程维修养护经费虚报", "制度机制风险", "★★",
         "维修养护经费按工程量核拨,年终审计。"),
        ("河湖管理股", "股长", "华丽萍", "河道采砂许可审查不严,违规许可", "外部环境风险", "★★★",
         "采砂许可公开拍卖,许可结果公示。"),
        ("河湖管理股", "巡查员", "蒙立军", "河道巡查发现违法行为不制止、不上报", "岗位职责风险", "★",
         "巡河轨迹APP记录,问题上报限时办结。"),
        ("水利工程质量监督站", "站长", "邱文斌", "工程质量监督抽检走过场", "业务流程风险", "★★",
         "抽检委托第三方检测机构,检测报告公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, None, "填报日期:2024年4月", None, None)
    return _layout(
        "water_bureau_stars",
        "http://xxgk-jyx.cbs.gov.cn/zcbm/fgw_98037/xbxxgkml/202211/t20221109_749572.html",
        "县水务局 岗位廉政风险防控一览表 after the source's 工作总结 of a 县水利局 (农村饮水安全, 河道管理和河长制, 水土保持, "
        "行政审批, 水利工程质量监督; 13 个业务科室): the title, then a line merged across giving the legend "
        "``风险等级:★★★为高风险,★★为中风险,★为低风险``; 序号/``股室(单位)`` merged (农村水利股, 河湖管理股, 水利工程"
        "质量监督站)/岗位 and 责任人 merged per person/风险点/风险类型 ``…风险``/风险等级 in stars/防控措施; 填报人/审核人/"
        "填报日期 line",
        [sh], t,
    )  # fmt: skip


def audit_selfcheck_sheets() -> dict:
    unit = f"{COUNTY}审计局"
    t = _Truth(unit)
    people = [
        ("柯文斌", "经济责任审计股", "股长", datetime(2024, 6, 11), [
            ("审计中接受被审计单位宴请和礼品", "高", "审计组进点公示纪律,组长每周报告执行情况。"),
            ("隐瞒、降格处理审计发现的问题", "高", "审计发现问题实行审计组、股室、审理三级复核。"),
            ("泄露审计工作秘密", "中", "审计资料专人保管,涉密材料不带离办公场所。"),
        ]),
        ("陆晓雯", "财政金融审计股", "审计员", datetime(2024, 6, 12), [
            ("在被审计单位报销个人费用", "中", "审计期间食宿费用按规定自行负担,离点时如实报告。"),
            ("审计取证不规范,底稿记录不实", "低", "取证单经被审计单位签字确认,底稿由主审复核。"),
            ("利用审计职权为亲友谋取利益", "中", "执行回避制度,亲属关系事前报告。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, when, points in people:
        sh = _Sheet(who, [8, 12, 34, 8, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓名", who, "股室", dept, "职务", post)
        sh.add("序号", "风险点", None, "风险等级", "防控措施", "自查情况")
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
        for n, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, None, lv, measures, "未发现问题")
            sh.merge(r, 1, r, 2)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
        sh.add()
        sh.add("本人签字:", None, "股室负责人签字:", None, when, None)
        sheets.append(sh)
    return _layout(
        "audit_selfcheck_sheets", "http://tancheng.gov.cn/info/6874/227744.htm",
        "县审计局 岗位廉政风险自查表, one per sheet (tab = the name), after the source's account of an 审计局's 审计"
        "“四严禁”工作要求 and “八不准”工作纪律 (纪律公示, 审计组报告执行情况, 廉政回访): the title, then ONE row of pairs "
        "``姓名 | 柯文斌 | 股室 | 经济责任审计股 | 职务 | 股长``; 序号/风险点 (merged over two columns)/风险等级 高/中/低/"
        "防控措施/``自查情况`` (``未发现问题``); 本人签字/股室负责人签字 line ending in a real date cell",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    civil_affairs_post_slash_name(),
    dev_reform_price_posts(),
    housing_grade_sheet_note(),
    agri_duty_list_notes(),
    hrss_two_sheets(),
    veterans_leaders_sheet(),
    statistics_posts_note(),
    water_bureau_stars(),
    audit_selfcheck_sheets(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch69-inbox"))
