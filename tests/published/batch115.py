"""A hundred-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY SOEs MIXED —
a 社会福利中心, a 镇卫生院, a 镇中心幼儿园, a 社区, a 村, a county 供水公司, a 初级中学 and a 镇's 站所 —
each handing back its ordinary 一览表, 排查表, 清单 or 防控卡 the way its staff typed it:

- a 社会福利中心 一览表 under ``填报单位：… | 填报日期：…``, 部门 merged, 岗位 and 姓名 merged per person,
  ``…风险`` types, 高/中/低;
- a 镇卫生院 排查表 whose holder stands in a ``责任人`` column at the END, after the 防控措施, levels
  一级/二级/三级, no type column;
- a 镇中心幼儿园's 防控卡 one sheet a post, tabs named by the post (``园长``, ``后勤主任``, ``保健医生``),
  ``姓名 | … | 部门 | … | 职务 | …`` pairs above the card;
- a 社区 一览表 with no 科室 column, whose first post cell names two posts held by one person
  (``党委书记、居委会主任``);
- a county 供水公司 清单 with a short ``风险点`` beside a long ``风险表现``, ``★★★/★★/★`` and the note
  that reads them, the holder under ``责任人`` last, its 营业所 and 水质检测中心 among the 部门;
- an 初级中学 排查表 whose two-character names are PADDED with a full-width space to the width of the
  three-character ones (``缪　澈``), as offices align a name column;
- a 镇's 站所 排查表 (财政所, 农经站, 村建所, 水利站 as 科室 of the 镇) under a 单位 line naming the 镇.

One is harder:

- ``hehe_village_post_name_cell``: a 村's 小微权力 风险防控清单 whose ``责任岗位及责任人`` column holds the
  post and the holder in ONE cell, parted by a full-width space (``党支部书记　冼霁``), merged over the
  person's rows; no 姓名 column anywhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 敬老院管理办法; a 乡镇卫生院's
年终考核; a 幼儿园's 食品卫生 duties of 园长 and 保健医; a 城市社区's 低保 and 廉租房 明白卡; a 村级财务
管理制度 with its 报帐员 and 镇经管站; 农村自来水 duties (水质监测, 水费计收); a 校务公开制度 (招生, 收费,
大宗物资采购); the 乡镇水利站) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented; every unit is a body of the invented
兴化县 (towns 荇塘镇, 芦泾镇, 菱泾镇, 柳堤街道 of our own).

Run ``python tests/published/score.py --set batch115`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``党支部书记　冼霁`` under ``责任岗位及责任人`` is the post 党支部书记 held by 冼霁;
- ``缪　澈`` under 姓名 is 缪澈 (the space only aligns the column);
- ``党委书记、居委会主任`` under 岗位 is one post (one holder, one form), its title the whole cell;
- the 镇's 财政所, 农经站, 村建所, 水利站 are 科室 of ``兴化县荇塘镇人民政府``; a 镇卫生院, a 镇中心幼儿园 and a
  村 are units of their own;
- 主任/副主任 of the 中心, 院长/副院长, 园长, 社区党委书记 (with 居委会主任), 村党支部书记 and 村委会主任,
  总经理/副总经理, 校长/副校长 are leaders; the 所长/站长 of a 镇's 站所 (a 科室's head), 部长, 科主任,
  经理, 后勤主任, 居委会副主任 and the 主任 of a 处室 or 营业所 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json`` (no re-saved copies).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b115_"
PLACE = "兴化县"
STARS = {"★★★": 1, "★★": 2, "★": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"


def _pad(name: str) -> str:
    """A two-character name padded with a full-width space to the width of three."""
    return name[0] + GAP + name[1] if len(name) == 2 else name


# --------------------------------------------------------------------------- harder layout


def hehe_village_post_name_cell() -> dict:
    unit = f"{PLACE}芦泾镇荷叶村"
    sh = _Sheet("风险清单", [6, 16, 34, 8, 34, 18])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任岗位及责任人")
    rows = [
        ("党支部书记", "冼霁", "leader", "村级重大事项决策",
         "重大事项不按“四议两公开”程序决策,个人说了算", "高",
         "重大事项经党支部提议、两委会商议、党员大会审议、村民代表会议决议,结果公开。"),
        ("党支部书记", "冼霁", "leader", "村级工程项目",
         "村级小型工程不经公开比选,指定亲友施工", "高", "工程项目在镇招投标平台比选,村务监督委员会全程监督。"),
        ("村委会主任", "尉迟朗", "leader", "集体资产资源发包",
         "集体鱼塘、土地低价发包或不公开发包", "高", "发包方案经村民代表会议通过,公开竞价,合同报镇经管站备案。"),
        ("村委会主任", "尉迟朗", "leader", "惠农补贴申报",
         "低保、危房改造对象申报优亲厚友", "中", "申报对象经村民代表评议,名单在村务公开栏公示七天。"),
    ]  # fmt: skip
    rows += [
        (
            "村会计",
            "扈南絮",
            "general",
            "村级财务记账",
            "不按规定入账,收入不入账或白条入账",
            "中",
            "村级资金由镇经管站代管,票据统一领用,账目每季度公开。",
        ),
        (
            "报账员",
            "甘棠",
            "general",
            "备用金管理",
            "备用金超限额存放,公款私存",
            "低",
            "备用金不超过限额,逐日登记现金日记账,日清月结。",
        ),
        (
            "报账员",
            "甘棠",
            "general",
            "报账审核",
            "未经审批的开支先行付款",
            "中",
            "开支凭村务监督委员会审核、村主要负责人审批后付款。",
        ),
    ]
    first = len(sh.rows)
    for n, (post, who, tier, matter, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, matter, point, lv, measures, f"{post}{GAP}{who}")
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(5, lambda row: row[5])])
    sh.add()
    sh.add("村党支部（盖章）", None, None, "填报日期：2024年11月", None, None)
    return _layout(
        "hehe_village_post_name_cell", "https://www.fanwen9.com/zhidu/334374.html",
        "(harder) 村 小微权力廉政风险防控清单, after the source's 村级财务管理制度 (集体资金由镇经管站代管, 村报帐员管"
        "备用金, 现金日记账 日清月结, 审批后付款): 序号/``权力事项``/风险点/风险等级 高/中/低/防控措施/``责任岗位及责任人`` "
        "— the LAST column holds the post and the holder in ONE cell parted by a full-width space (``党支部书记　冼霁``, "
        "``村委会主任　尉迟朗``, ``村会计　扈南絮``, ``报账员　甘棠``), merged over each person's rows; no 姓名 or 岗位 "
        "column, no type column; a ``村党支部（盖章） | 填报日期`` line under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def welfare_center_list() -> dict:
    unit = f"{PLACE}社会福利中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报日期：2024年12月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郦望舒", "供养人员入住审核把关不严,为不符合条件的人员安排入住", "岗位职责风险", "高",
         "入住对象凭民政部门审批表办理,名单每季度公示。", "leader"),
        ("中心领导", "主任", "郦望舒", "维修改造项目不经集体研究确定施工单位", "制度机制风险", "高",
         "项目经中心办公会研究,按规定比选,纪要存档。", "leader"),
        ("中心领导", "副主任", "靳溪桥", "物资采购验收不严,以次充好", "业务流程风险", "中",
         "大宗物资定点采购,验收三人以上签字。", "leader"),
        ("护理部", "部长", "邰穗禾", "护理等级评定不实,多收护理费", "岗位职责风险", "中",
         "护理等级评估两人以上参与,收费标准上墙。", "middle"),
        ("护理部", "护理员", "竺晚晴", "收受老人家属礼品、红包", "思想道德风险", "低",
         "开展警示教育,设立意见箱,家属投诉每月通报。", "general"),
        ("后勤保障部", "部长", "鄂远舟", "伙食物资采购虚报数量、价格", "外部环境风险", "中",
         "食堂采购公示价格,伙食账目每月公开。", "middle"),
        ("财务室", "会计", "仝听澜", "供养人员个人资金代管不规范,挪用代管资金", "制度机制风险", "高",
         "代管资金专户存储,收支由本人或监护人签字确认。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "welfare_center_list", "https://abg.baidu.com/tags/x22mbt6uxk45zqhnwdwlpkf4wc73zowlz64nj4q11",
        "县社会福利中心 岗位廉政风险点一览表 after the source's 敬老院管理办法及考核细则 (入住审核, 护理, 伙食, 供养人员"
        "资金): title, ``填报单位：… | 填报日期：…`` line, then 序号/部门 merged (中心领导, 护理部, 后勤保障部, 财务室)/"
        "岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def lujing_health_center_holder_last() -> dict:
    unit = f"{PLACE}芦泾镇卫生院"
    sh = _Sheet("排查表", [6, 12, 10, 34, 9, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("院领导", "院长", "缪砚池", "药品、耗材采购不经集体研究,指定供应商", "一级",
         "药品耗材全部在省平台采购,院务会集体研究。", "leader"),
        ("院领导", "副院长", "蔺沐川", "基本公共卫生服务项目考核弄虚作假", "二级",
         "项目考核资料随机抽查,结果公示。", "leader"),
        ("药剂科", "科主任", "扈清商", "药品出入库账实不符,过期药品处置不规范", "二级",
         "药品出入库信息化管理,每月盘点,过期药品登记销毁。", "middle"),
        ("药剂科", "药师", "郇采薇", "收受医药代表回扣,违规统方", "一级",
         "严禁统方,处方点评每月一次,签订廉洁承诺书。", "general"),
        ("财务科", "会计", "晏溪亭", "医疗收费不开票据,截留收费款", "二级",
         "收费系统自动开票,日清日结,每月对账。", "general"),
        ("公共卫生科", "科主任", "侯一苇", "家庭医生签约服务虚报签约人数", "三级",
         "签约数据电话回访抽查,结果通报。", "middle"),
    ]  # fmt: skip
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _merge_down(sh, 2, [(1, lambda row: row[1])])
    sh.add()
    sh.add("院长签字:", None, None, "填报日期：2024年10月", None, None, None)
    return _layout(
        "lujing_health_center_holder_last",
        "https://abg.baidu.com/tags/z7t5l4woyde7vvf2ytvnnvn7xs5mxt5y2tza14",
        "镇卫生院 岗位廉政风险点排查表 after the source's 乡镇卫生院年终考核细则 (药品管理, 基本公共卫生服务, 家庭医生"
        "签约, 收费): 序号/科室 merged (院领导, 药剂科, 财务科, 公共卫生科)/岗位/风险点/风险等级 一级/二级/三级/"
        "防控措施/``责任人`` LAST, after the measures; no type column; 院长签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def lingjing_kindergarten_post_tabs() -> dict:
    unit = f"{PLACE}菱泾镇中心幼儿园"
    t = _Truth(unit)
    cards = [
        ("园长", "园办", "阚若溪", "leader", [
            ("幼儿园维修、设备购置项目不经园务会研究", "制度机制", "高", "项目经园务会研究,按规定询价比选。"),
            ("招生中违规收取赞助费、择园费", "岗位职责", "高", "招生计划、收费标准公开,接受家长监督。"),
            ("教师评优评先优亲厚友", "思想道德", "中", "评选标准和结果公示。"),
        ]),
        ("后勤主任", "后勤处", "寇听雨", "middle", [
            ("食堂食材采购不索证索票,收受供应商好处", "外部环境", "高", "食材定点采购,索证索票,采购台账每月公示。"),
            ("伙食费收支不清,挤占挪用", "制度机制", "中", "伙食费单独核算,收支每月公示。"),
        ]),
        ("保健医生", "保健室", "邴知夏", "general", [
            ("食品进货查验走过场", "岗位职责", "中", "进货查验两人签字,留样四十八小时。"),
            ("晨检记录、因病缺勤登记弄虚作假", "业务流程", "低", "晨检记录园长每周抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, dept, who, tier, points in cards:
        sh = _Sheet(post, [6, 30, 12, 10, 30, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "部门", dept, "职务", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, None, "园长签字:", None, None)
        sheets.append(sh)
    return _layout(
        "lingjing_kindergarten_post_tabs", "https://xingzhuanye.com/bkzx/5883.html",
        "镇中心幼儿园 岗位廉政风险防控卡 one sheet a post after the source's 幼儿园食品卫生安全 duties (园长 负责, 定期对"
        "食堂检查督导): tabs named by the POST (``园长``, ``后勤主任``, ``保健医生``), each titled the same, with a row of "
        "pairs ``姓名 | … | 部门 | … | 职务 | …`` over 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施 "
        "(merged over two columns); 本人签字/园长签字 line",
        sheets, t,
    )  # fmt: skip


def wanghu_community_shared_post() -> dict:
    unit = f"{PLACE}柳堤街道望湖社区"
    sh = _Sheet("一览表", [6, 18, 10, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("党委书记、居委会主任", "宓闻笛", "leader", "社区公共服务项目、办公用品采购个人决定", "高",
         "大额支出经社区两委会议研究,居务监督委员会监督。"),
        ("党委书记、居委会主任", "宓闻笛", "leader", "社区公益性岗位人员安排优亲厚友", "中",
         "公益性岗位公开招聘,结果公示。"),
        ("居委会副主任", "蒯云岫", "middle", "社区用房出租不公开,租金不入账", "中",
         "出租经居民代表会议通过,租金统一入账并公开。"),
        ("民政专干", "苏晏", "general", "低保、廉租房申报审核把关不严", "高",
         "入户调查两人以上,申报对象在社区公示。"),
        ("民政专干", "苏晏", "general", "临时救助资金发放不及时或截留", "中", "救助资金打卡发放,发放名单公示。"),
        ("网格员", "殳小满", "general", "走访中收受居民财物", "低", "网格走访记录上墙,设立投诉电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("社区党委（盖章）", None, None, "2024年9月", None, None)
    return _layout(
        "wanghu_community_shared_post",
        "https://heilongjiang.dbw.cn/system/2011/05/26/053188156.shtml",
        "社区 廉政风险防控一览表 after the source's account of 城市社区 惩防体系 (低保、廉租房申报, 救助, 明白卡, 社区"
        "廉政监督员): NO 科室 column; 序号/岗位/责任人 — the first post cell ``党委书记、居委会主任`` two posts held by one "
        "person, then 居委会副主任, 民政专干, 网格员, 岗位 and 责任人 merged per person/风险点/风险等级 高/中/低/防控措施; "
        "no type column; 社区党委（盖章）/date line",
        [sh], t,
    )  # fmt: skip


def water_company_stars() -> dict:
    unit = f"{PLACE}城乡供水有限公司"
    sh = _Sheet("风险清单", [5, 12, 10, 18, 34, 8, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险等级", "防控措施", "责任人")
    rows = [
        ("公司领导", "总经理", "濮怀瑜", "管网工程发包", "管网改造工程肢解发包,规避招标,指定施工单位", "★★★",
         "工程发包经总经理办公会集体研究,按规定招标。", "leader"),
        ("公司领导", "副总经理", "巫马青", "材料设备采购", "管材、水表采购验收不严,以次充好", "★★",
         "采购三家以上比价,验收由工程、财务、纪检三方参加。", "leader"),
        ("工程部", "经理", "庾云舟", "用户接水审批", "用户接水报装故意拖延,索要好处", "★★★",
         "报装流程和时限公开,办理进度短信告知。", "middle"),
        ("城东营业所", "主任", "俞朝颜", "水费减免", "违规为关系户减免、缓缴水费", "★★",
         "减免须公司审批,减免名单每季度公开。", "middle"),
        ("城东营业所", "抄表员", "闵星河", "抄表计量", "估抄、漏抄,人情水", "★",
         "智能水表远传抄表,抄表数据随机复核。", "general"),
        ("水质检测中心", "化验员", "芮知白", "水质检测", "水质检测数据弄虚作假", "★★",
         "检测原始记录留存,卫健部门定期抽检比对。", "general"),
    ]  # fmt: skip
    for n, (dept, post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _merge_down(sh, 2, [(1, lambda row: row[1])])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填报部门：综合办公室", None, None, None, "填报日期：2024年8月", None, None, None)
    return _layout(
        "water_company_stars", "https://www.fudaoke.com/exam/3193661.html",
        "县城乡供水有限公司 廉洁风险防控清单 after the source's 农村自来水管理 duties (供水工程规划, 水质监测, 运行维护, "
        "水费计收): 序号/部门 merged (公司领导, 工程部, 城东营业所, 水质检测中心)/岗位/short ``风险点``/long ``风险表现``/"
        "风险等级 ``★★★/★★/★``/防控措施/``责任人`` last; a note ``注：★★★为高风险…`` merged under the table, then "
        "``填报部门：综合办公室`` and a date",
        [sh], t,
    )  # fmt: skip


def linghu_school_padded_names() -> dict:
    unit = f"{PLACE}菱湖初级中学"
    sh = _Sheet("Sheet1", [6, 10, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "职务", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "缪澈", "学校大宗物资采购、校舍维修不经集体研究", "制度机制", "高",
         "按“三重一大”制度集体决策,按规定政府采购。", "leader"),
        ("校长室", "副校长", "司徒岚音", "教师职称推荐、评优评先不公", "岗位职责", "中",
         "推荐条件和结果在校内公示。", "leader"),
        ("教务处", "主任", "梅屿", "招生中违规接收择校生、收取择校费", "岗位职责", "高",
         "招生计划、结果公开,严禁收取择校费。", "middle"),
        ("教务处", "主任", "梅屿", "教辅资料征订收取回扣", "外部环境", "中", "教辅资料自愿征订,不得指定书店。", "middle"),
        ("总务处", "主任", "欧阳霁帆", "食堂承包、物资采购收受好处", "外部环境", "高",
         "食堂物资集中采购,验收双人签字,账目公开。", "middle"),
        ("总务处", "会计", "党芷", "学生代收费收支不公开,违规收费", "业务流程", "中",
         "代收费项目报教育局备案,收支学期末公开。", "general"),
        ("政教处", "主任", "危川", "贫困生资助对象认定不实", "思想道德", "低", "资助对象班级评议、学校公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, _pad(who), point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("校长签字:", None, None, "填表人:", None, None, "2024年7月", None)
    return _layout(
        "linghu_school_padded_names", "https://www.sodocs.net/doc/0a15835942.html",
        "初级中学 岗位廉政风险点排查表 after the source's 校务公开制度 (招生, 收费项目和标准, 大宗物资采购, 评优, 职称): "
        "序号/处室 merged (校长室, 教务处, 总务处, 政教处)/职务 and 姓名 merged per person — every TWO-character name "
        "padded with a full-width space to the width of the three- and four-character ones (``缪　澈``, ``梅　屿``, "
        "``党　芷``, ``危　川`` beside ``司徒岚音``, ``欧阳霁帆``)/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; 校长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def xingtang_town_stations() -> dict:
    unit = f"{PLACE}荇塘镇人民政府"
    sh = _Sheet("站所", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, "荇塘镇站所岗位廉政风险点排查表", 8)
    r = sh.add(f"单位：{unit}", None, None, None, None, "2024年11月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("财政所", "所长", "訾槐序", "涉农补贴资金拨付不按公示名单", "岗位职责风险", "高",
         "补贴资金“一卡通”发放,拨付名单与公示名单逐一核对。", "middle"),
        ("财政所", "会计", "荀绮", "镇级资金报账审核不严", "制度机制风险", "中", "报账实行经办、审核、审批三级签字。",
         "general"),
        ("农经站", "站长", "邝岱", "村级财务审计走过场,对问题隐瞒不报", "思想道德风险", "高",
         "村级财务审计结果报镇纪委,问题限期整改。", "middle"),
        ("农经站", "会计", "揭晚棠", "代管村级资金违规借出", "制度机制风险", "中", "代管资金专户存储,借出须镇长审批。",
         "general"),
        ("村建所", "所长", "宦远岫", "农村建房审批不按规划,收受好处", "外部环境风险", "中",
         "建房审批联审联办,批前公示、批后监管。", "middle"),
        ("水利站", "站长", "祁澜生", "小型水利工程验收不严,虚增工程量", "业务流程风险", "高",
         "工程验收邀请村民代表参加,工程量现场核定。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("镇纪委审核:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "xingtang_town_stations", "https://www.syhmjs.com/periodical/5a2edf2a177ec6dd3ec4d62bb189b5b4.html",
        "镇 站所岗位廉政风险点排查表 after the source's account of the 乡镇水利站 (上级水利政策在农村的落实, 技术服务): "
        "a title naming only ``荇塘镇`` (no county), a ``单位：兴化县荇塘镇人民政府`` line over 序号/``站所`` merged "
        "(财政所, 农经站, 村建所, 水利站 — 科室 of the 镇)/岗位/姓名/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "镇纪委审核/填表人 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hehe_village_post_name_cell(),
    welfare_center_list(),
    lujing_health_center_holder_last(),
    lingjing_kindergarten_post_tabs(),
    wanghu_community_shared_post(),
    water_company_stars(),
    linghu_school_padded_names(),
    xingtang_town_stations(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch115-inbox"))
