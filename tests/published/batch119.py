"""A hundred-and-nineteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND A COUNTY COMPANY MIXED
— a 村, a 镇's 站所, a 乡's 站所 list, a 镇中心小学, a 中学, a county 自来水有限公司, a county 城乡供水
工程管理站 and a 街道's 社区 — each handing back its ordinary 一览表, 排查表, 清单 or 自查表 the way
its staff typed it:

- a 村's 一览表 对岗不对人 with no 科室 column: 权力事项/廉政风险点/风险等级 ``A/B/C``/防控措施/责任岗位,
  a ``说明：风险等级A为高风险…`` line under the table;
- a 镇's 站所 一览表: 站所 merged (财政所, 农业综合服务站, 村镇建设服务所, 社会事务办), 岗位 and 姓名 merged
  per person, ``…风险`` types, 高/中/低;
- a 镇中心小学 排查表 with the 处室 column (校长室, 总务处, 教导处, 食堂), the holder under ``责任人``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- a 中学's 自查表 one sheet per person, tabs the posts (``校长``, ``总务主任``, ``报账员``), a line of pairs
  ``姓名 | … | 处室 | … | 职务 | …`` above each table;
- a county 自来水有限公司's 廉洁风险排查表: 部门/岗位/姓名/风险点 (short)/风险描述/风险等级 ``一级/二级/三级``/
  防控措施/``责任领导`` (the supervising leader, no holder);
- a 城乡供水工程管理站's 清单 对岗不对人: 股室/岗位/风险点/风险类型/风险等级/防控措施;
- a 社区's 一览表 with no 科室 column: 岗位/姓名/岗位职责/风险点/风险等级/防控措施 (全科社工, 网格员).

One is harder:

- ``township_stations_post_and_name``: a 乡's 站所 list whose ``责任人`` cell holds the post AND the
  holder with one space between (``所长 昝听澜``, ``站长 佴知秋``); no 岗位 or 姓名 column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited and follows its words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented; every unit is a body of 海门县 (towns 港汊镇, 沙汀镇,
浃滨镇, 蒿枝乡 and the 澜桥街道 invented).

Run ``python tests/published/score.py --set batch119`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``A/B/C`` read by the ``说明`` under the table (A 高, B 中, C 低);
- a 镇's or 乡's 站所 (财政所, 农业综合服务站, 社会事务办 …) is a 科室 of the 镇 or 乡, the unit the 镇/乡;
- ``所长 昝听澜`` under ``责任人`` is the post 所长 and the holder 昝听澜;
- ``责任领导`` beside a 姓名 column only supervises: the holder is the 姓名;
- a list with no 科室 column keeps each post with department "" (村's 党支部书记, 社区's 网格员);
- 党支部书记, 村委会主任, 校长, 总经理, 站长 of the 管理站, 所长 of a 镇's 所 … tiers as batch103 set them:
  党支部书记, 村委会主任, 校长, 副校长, 总经理, 副总经理, 站长 of a county 站 and 社区书记/主任 are leaders;
  a 镇's 所长/站长/主任, 部门经理, 股长, 主任 of a 处室 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b119_"
PLACE = "海门县"
ABC = {"A": 1, "B": 2, "C": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}


# --------------------------------------------------------------------------- harder layout


def township_stations_post_and_name() -> dict:
    unit = f"{PLACE}蒿枝乡"
    sh = _Sheet("排查表", [6, 14, 34, 10, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险排查表", 6)
    sh.add("序号", "站所", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("财政所", "所长", "昝听澜", "涉农补贴资金发放不按公示名单,优亲厚友", "高",
         "补贴名单村、乡两级公示,资金通过一卡通直接发放。", "middle"),
        ("财政所", "所长", "昝听澜", "乡村公益事业财政奖补项目资金拨付审核不严", "中",
         "项目资金凭验收报告、决算资料拨付,实行双签。", "middle"),
        ("财政所", "报账员", "毋暮云", "村级账务代理中虚列支出、白条入账", "中",
         "村级支出凭合规票据入账,每季度公开村级财务。", "general"),
        ("农业综合服务站", "站长", "佴知秋", "耕地地力保护补贴面积核实走过场", "高",
         "面积以确权数据为准,核实结果张榜公布。", "middle"),
        ("农业综合服务站", "农技员", "雍筠溪", "农机购置补贴核查中收受经销商好处", "中",
         "补贴机具实地核验拍照,核验两人同行。", "general"),
        ("便民服务中心", "主任", "虢慕宁", "代办事项受理不一次性告知,故意拖延", "低",
         "代办事项清单上墙,首问负责,限时办结。", "middle"),
        ("便民服务中心", "主任", "虢慕宁", "低保、特困供养申请受理把关不严", "中",
         "申请材料入户核查,评议结果村级公示七天。", "middle"),
    ]  # fmt: skip
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, point, lv, measures, f"{post} {who}")
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, 2, [(1, lambda row: row[1]), (5, lambda row: (row[1], row[5]))])
    sh.add()
    sh.add("乡纪委审核：", None, None, "填报时间：2024年10月", None, None)
    return _layout(
        "township_stations_post_and_name", "http://www.360docs.net/doc/bf2570996.html",
        "(harder) 乡 站所岗位廉政风险排查表, after the source's 乡镇便民服务中心标准化建设指南 (民政、计生、劳动和社会"
        "保障、国土和村建、财政 windows; 代办事项): 序号/站所 merged (财政所, 农业综合服务站, 便民服务中心)/风险点/风险等级 "
        "高/中/低/防控措施/``责任人`` whose cell holds the post AND the holder with ONE space (``所长 昝听澜``, "
        "``报账员 毋暮云``), merged per person; no 岗位 or 姓名 column, no type column; a ``乡纪委审核： | 填报时间：…`` "
        "line at the end",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_abc_note() -> dict:
    unit = f"{PLACE}港汊镇芦荡村"
    sh = _Sheet("Sheet1", [6, 14, 34, 8, 34, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 6)
    sh.add("序号", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任岗位")
    rows = [
        ("村级重大事项决策", "不按“四议两公开”程序决策,个人说了算", "A",
         "重大事项经村党支部提议、两委商议、党员大会审议、村民代表会议决议,结果公开。", "党支部书记", "leader"),
        ("村级工程项目建设", "工程发包不公开比选,指定施工队", "A",
         "村级工程公开比选,村务监督委员会全程监督。", "村委会主任", "leader"),
        ("高龄老人生活补贴代办", "代办时虚报、冒领补贴", "B",
         "代办名单每月核对,补贴直接发放到人。", "村委会主任", "leader"),
        ("村级财务报账", "虚开发票、白条抵账,套取村级资金", "B",
         "报账凭证经村务监督委员会审核签字,每季度公开。", "村报账员", "general"),
        ("村级印章管理", "擅自用印,为不符合条件的事项出具证明", "C",
         "用印登记,出具证明须两名村干部签字。", "村报账员", "general"),
        ("村务监督", "监督走过场,对违规事项不提出意见", "C",
         "监督意见书面记录,定期向镇纪委报告。", "村务监督委员会主任", "general"),
    ]  # fmt: skip
    for n, (power, point, lv, measures, post, tier) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, post)
        t.point(sh.name, "", post, "", tier, point, [], ABC[lv])
    _line(sh, "说明：风险等级A为高风险，B为中风险，C为低风险。", 6)
    sh.add("村党支部（盖章）", None, None, "2024年9月", None, None)
    return _layout(
        "village_abc_note", "http://m.7rdy.cn/news/131283.html",
        "村 廉政风险点及防控措施一览表, after the source's notice on 镇街便民服务大厅 and 村(社区)便民服务点 (代缴代办, "
        "高龄老人生活补贴): 对岗不对人 with NO 科室 column — 序号/权力事项/廉政风险点/风险等级 ``A/B/C``/防控措施/责任岗位 "
        "(党支部书记, 村委会主任, 村报账员, 村务监督委员会主任); a merged ``说明：风险等级A为高风险，B为中风险，C为低风险。`` "
        "under the table, then a 盖章/date line",
        [sh], t,
    )  # fmt: skip


def town_stations_list() -> dict:
    unit = f"{PLACE}沙汀镇"
    sh = _Sheet("一览表", [6, 14, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险点一览表", 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("财政所", "所长", "蹇望舒", "乡镇预算安排和大额资金支出不经集体研究", "制度机制风险", "高",
         "大额支出经党政联席会议研究,会议纪要存档。", "middle"),
        ("财政所", "所长", "蹇望舒", "惠农资金“一卡通”发放信息审核不严", "岗位职责风险", "高",
         "发放信息与部门审批名单逐一比对,发放结果公示。", "middle"),
        ("财政所", "出纳", "夔语川", "库存现金管理不严,公款私存", "业务流程风险", "中",
         "现金日清月结,所长不定期盘点。", "general"),
        ("农业综合服务站", "站长", "禤若芷", "种粮补贴面积统计弄虚作假", "岗位职责风险", "中",
         "面积数据村组核实、张榜公示。", "middle"),
        ("农业综合服务站", "畜牧兽医员", "檀栖梧", "动物防疫物资发放不登记,私自变卖", "思想道德风险", "低",
         "防疫物资出入库登记,每季度盘点。", "general"),
        ("村镇建设服务所", "所长", "晁映雪", "农村危房改造对象认定不公", "岗位职责风险", "高",
         "认定结果村、镇两级公示,接受举报。", "middle"),
        ("社会事务办", "主任", "沃南星", "临时救助审批把关不严,人情救助", "外部环境风险", "中",
         "救助申请入户调查,审批结果每月公示。", "middle"),
        ("社会事务办", "民政专干", "羿清秋", "低保对象动态管理不及时,死亡人员仍领取", "制度机制风险", "低",
         "低保对象与火化、户籍信息每月比对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, None, "审核人：", None, "2024年9月", None)
    return _layout(
        "town_stations_list", "http://www.victorzhang.cn/page/2012/0925/16092601.shtml",
        "镇 站所岗位廉政风险点一览表, after the source's account of 乡镇财政 (惠农资金 through 乡镇财政, 农村公益事业): "
        "序号/站所 merged (财政所, 农业综合服务站, 村镇建设服务所, 社会事务办)/岗位 and 姓名 merged per person/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def primary_school_canteen() -> dict:
    unit = f"{PLACE}浃滨镇中心小学"
    sh = _Sheet("排查表", [6, 10, 10, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    r = sh.add(f"填报单位：{unit}", None, None, None, "2024年11月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "麴含章", "校舍维修、设备采购不经校务会研究", "Ⅰ级",
         "大额支出和采购经校务会集体研究,校务公开栏公示。", "leader"),
        ("校长室", "校长", "麴含章", "评优评先、职称推荐中优亲厚友", "Ⅱ级",
         "推荐条件和结果公示,教师代表参与评议。", "leader"),
        ("总务处", "主任", "乜沛然", "食堂大宗食材采购指定供应商", "Ⅰ级",
         "大宗食材按镇统一招标确定供应商,采购验收双人签字。", "middle"),
        ("总务处", "主任", "乜沛然", "学校固定资产处置不报批", "Ⅲ级",
         "资产处置按规定报批,处置收入入账。", "middle"),
        ("教导处", "主任", "仉霁月", "插班生、转学生接收不按规定", "Ⅱ级",
         "插班、转学条件公开,接收名单公示。", "middle"),
        ("食堂", "管理员", "廪晴川", "食堂账目不公开,伙食费结余挪作他用", "Ⅱ级",
         "伙食费专账核算,每月公布收支,家长代表参与监督。", "general"),
        ("食堂", "管理员", "廪晴川", "食材验收不严,以次充好、缺斤少两", "Ⅲ级",
         "食材验收过秤登记,留样备查,陪餐制度。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("校长签字：", None, None, None, "填表人：", None, None)
    return _layout(
        "primary_school_canteen", "http://m-zhongxiang.cjyun.org/p/128477.html",
        "镇中心小学 岗位廉政风险排查表, after the source's 清风食堂 (食堂管理制度, 食堂自查, 阳光食堂): a ``填报单位：… | "
        "date`` line, then 序号/处室 merged (校长室, 总务处, 教导处, 食堂)/岗位 and 责任人 merged per person/风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; 校长签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def middle_school_self_check() -> dict:
    unit = f"{PLACE}第四中学"
    t = _Truth(unit)
    people = [
        ("校长", "校长室", "校长", "璩望川", "leader", [
            ("学校经费预算和大额支出不经集体研究", "制度机制", "高",
             "预算和大额支出经校务会研究,经费使用校内公开。"),
            ("教师招聘、岗位聘用中打招呼、递条子", "思想道德", "中", "聘用方案和结果公示,全程接受监督。"),
        ]),
        ("总务主任", "总务处", "主任", "鄂清和", "middle", [
            ("免费午餐食材采购中收受供应商回扣", "外部环境", "高", "食材定点采购,价格每月公示,验收三方签字。"),
            ("寄宿生生活补助发放名单审核不严", "岗位职责", "中", "补助名单班级、学校两级公示,直接打卡发放。"),
        ]),
        ("报账员", "总务处", "报账员", "郜晚汀", "general", [
            ("报账票据审核不严,虚列办公用品支出", "业务流程", "中", "票据经校长审签,办公用品入库登记。"),
            ("公用经费结余私存,设账外账", "制度机制", "低", "公用经费专户管理,收支日清月结。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, tier, points in people:
        sh = _Sheet(tab, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓名", who, "处室", dept, None)
        sh.add("职务", post, None, None, None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(tab, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "middle_school_self_check", "http://yopipo.com/baogao/105639.html",
        "中学 岗位廉政风险自查表 one sheet per person, after the source's 免费午餐工作自查自纠报告 (公用经费, 免费午餐"
        "专项经费, 寄宿生补助, 票据 and 报账): tabs the posts (``校长``, ``总务主任``, ``报账员``), each sheet titled, then "
        "pairs ``姓名 | … | 处室 | …`` and ``职务 | …`` above 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; "
        "a ``本人签字： | date`` line",
        sheets, t,
    )  # fmt: skip


def water_company_leader_column() -> dict:
    unit = f"{PLACE}自来水有限公司"
    sh = _Sheet("排查表", [6, 12, 10, 9, 16, 34, 8, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施", "责任领导")
    rows = [
        ("公司领导", "总经理", "沙砚舟", "三重一大决策", "水厂改扩建等重大投资不经集体决策", "一级",
         "严格执行三重一大集体决策制度,会议记录存档。", "沙砚舟", "leader"),
        ("公司领导", "副总经理", "郦桐生", "物资采购", "管材、水表采购指定品牌和供应商", "一级",
         "物资采购公开招标或三家比价,结果公示。", "沙砚舟", "leader"),
        ("营业收费部", "经理", "阙羡鱼", "水费减免", "擅自减免、少收水费", "一级",
         "水费减免须书面申请,经分管领导审批。", "郦桐生", "middle"),
        ("营业收费部", "抄表员", "蒯知白", "抄表计量", "估抄、漏抄,收受用户好处少抄水量", "二级",
         "抄表定期轮换片区,异常水量复核。", "郦桐生", "general"),
        ("管网维修部", "经理", "綦晏清", "用户报装", "报装接水吃拿卡要,设置隐性门槛", "二级",
         "报装流程和收费标准公开,限时办结。", "郦桐生", "middle"),
        ("管网维修部", "经理", "綦晏清", "维修工程结算", "管网维修工程量虚报,多结工程款", "二级",
         "维修工程量现场签证,审计部门复核。", "郦桐生", "middle"),
        ("水质检测中心", "化验员", "闵晚晴", "水质检测", "检测数据弄虚作假,瞒报超标", "三级",
         "检测原始记录存档,定期接受疾控中心比对。", "沙砚舟", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("公司纪检监察室制", None, None, None, None, None, "2024年8月", None, None)
    return _layout(
        "water_company_leader_column", "http://www.hfrliving.com/Company-news/1693.shtml",
        "县自来水有限公司 岗位廉洁风险排查表, after the source's 调研 of a 县自来水公司 (水厂三期建设, 制水工艺, 智慧水务, "
        "供水服务): 序号/部门 merged (公司领导, 营业收费部, 管网维修部, 水质检测中心)/岗位 and 姓名 merged per person/风险点 "
        "short/风险描述/风险等级 ``一级/二级/三级``/防控措施/``责任领导`` (the supervising leader, the 总经理 or the "
        "副总经理, also holders on their own rows); no type column",
        [sh], t,
    )  # fmt: skip


def water_station_posts() -> dict:
    unit = f"{PLACE}城乡供水工程管理站"
    sh = _Sheet("清单", [6, 14, 14, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "农村供水工程项目建设单位选定不公开", "制度机制", "高",
         "项目按规定招标,站务会集体研究。", "leader"),
        ("站领导", "副站长", "供水工程验收把关不严", "岗位职责", "中", "验收邀请乡镇、受益村代表参加。", "leader"),
        ("工程管理股", "股长", "工程变更签证随意,增加工程量", "业务流程", "高",
         "工程变更经设计、监理、建设三方签认。", "middle"),
        ("运行管护股", "水质巡查员", "水源巡查台账造假,隐瞒排污问题", "岗位职责", "中",
         "巡查定位打卡,台账每月抽查。", "general"),
        ("运行管护股", "水费管理员", "乡镇供水站水费收缴不入账", "制度机制", "中",
         "水费统一账户收缴,每月核对。", "general"),
        ("办公室", "会计", "维修养护资金报销审核不严", "思想道德", "低", "报销凭证三级审核,大额支出站长审批。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    return _layout(
        "water_station_posts", "http://m.fqjz1.com/gongkai/show/20201215172256-20000-00-000.html",
        "县城乡供水工程管理站 岗位廉政风险防控清单, after the source's 农村供水工程 检查 (水源巡查台账, 管网巡检, 水质): "
        "``附件3`` above the title, then 对岗不对人 序号/股室 merged (站领导, 工程管理股, 运行管护股, 办公室)/岗位/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; nothing under the table",
        [sh], t,
    )  # fmt: skip


def community_duty_column() -> dict:
    unit = f"{PLACE}澜桥街道芦苇社区"
    sh = _Sheet("一览表", [6, 12, 9, 30, 30, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("社区党委书记", "鞠照眠", "主持社区全面工作,负责社区重大事项决策", "社区公共服务设施改造项目不经两委集体研究", "高",
         "重大事项按四议两公开程序办理,结果公开。", "leader"),
        ("社区党委书记", "鞠照眠", "主持社区全面工作,负责社区重大事项决策", "社区公益性岗位人员安排优亲厚友", "中",
         "岗位人员公开招聘,名单公示。", "leader"),
        ("居委会副主任", "厍听雨", "负责社区民政、社会救助工作", "低保、临时救助初审不入户核查", "高",
         "初审入户调查两人以上,评议结果公示。", "middle"),
        ("全科社工", "靳晚舟", "一窗受理社保、计生等业务", "违规为不符合条件的居民出具证明", "中",
         "出具证明事项清单公开,登记备查。", "general"),
        ("全科社工", "靳晚舟", "一窗受理社保、计生等业务", "高龄补贴资格认证走过场", "低",
         "资格认证上门核实,拍照留存。", "general"),
        ("网格员", "笪映秋", "采集网格信息,排查隐患,调解纠纷", "上报网格信息弄虚作假", "低",
         "网格信息随机抽查核实。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("社区（盖章）", None, None, None, "2024年9月", None, None)
    return _layout(
        "community_duty_column",
        "https://www.hkyyi.com/html/kai-feng-shi-gu-lou-qu-san-li-bao-jie-dao-guang-ming-she-qu-ju-min-wei-yuan-hui.html",
        "街道 社区 岗位廉政风险防控一览表, after the source's account of a 社区居民委员会 (两委班子, 全科社工 一窗受理, "
        "网格员): NO 科室 column — 序号/岗位/姓名/岗位职责 (merged per person)/风险点/风险等级 高/中/低/防控措施; no type "
        "column; 盖章/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    township_stations_post_and_name(),
    village_abc_note(),
    town_stations_list(),
    primary_school_canteen(),
    middle_school_self_check(),
    water_company_leader_column(),
    water_station_posts(),
    community_duty_column(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch119-inbox"))
