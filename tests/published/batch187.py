"""A hundred-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND STATE-OWNED FIRMS mixed —
a 镇's 站所, a 镇 水利站's 防控卡, a 村, a 社区, a 幼儿园, a 特殊教育学校, a 妇幼保健院, a 中医院 and a
county 粮食储备公司 — each handing back its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its
staff typed it, every one a body of an invented 荣昌区 (its 镇 and 街道 invented too; no LibreOffice
re-saves this time, prefix ``b187_``):

- a 镇人民政府's 站所 一览表 (综合文化站, 财政所, 农业服务中心, 退役军人服务站) with a trailing ``分管领导``
  column naming two 副镇长 who hold no row;
- a 镇 水利站's 防控卡 one per sheet under ``填报单位：荣昌区萸坪镇人民政府``, the pairs
  ``姓名 | … | 所在站所 | 萸坪镇水利站 | 职务 | …`` above each card;
- a 社区居民委员会 排查表 with a ``联系网格`` column (``第三网格``, ``全社区``) and the 一肩挑 post
  ``党委书记、居委会主任``;
- a 幼儿园 一览表 graded ``★★★/★★/★`` with the note that reads them under it;
- a 特殊教育学校 个人廉政风险自查表 one per sheet (pairs ``姓名 | … | 部门 | … | 职务 | …`` above),
  一级/二级/三级;
- a 妇幼保健院 一览表 (院领导, 孕产保健部, 儿童保健部, 药剂科, 财务科) graded ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 中医院 排查表 whose holder column is headed ``岗位/姓名`` and holds ``主任/芮澹宁`` — post and name
  in one cell split by a slash.

One is a shape the README's "读得懂的表" does not describe:

- ``grain_company_joint_cell``: a 粮食储备有限公司 清单 whose risk and measure share ONE column headed
  ``风险点及防控措施``, each cell two labelled lines ``风险点：…⏎防控措施：…`` (a Word table's cell pasted
  into Excel), the level in its own column after it.

One is harder:

- ``village_holder_post_in_brackets``: a 村's 小微权力 清单 with NO post column: the post stands only in
  brackets after the holder's name under ``责任人`` (``蔚澄岳（党支部书记、村委会主任）`` — the 一肩挑 post,
  two posts joined by 、), levels ``A/B/C`` read by the note under the table.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 乡镇综合文化站管理办法; a 乡镇水利站
站长's year plan (山塘, 小型水库, 防汛物资, 工程管护); 村 民主理财 and 财务公开; a 社区居务监督委员会 制度; a
幼儿园's 开学检查 (食堂, 保健, 收费); 送教上门 at a 特殊教育学校; what a 妇幼保健院 is (妇女保健, 儿童保健);
县级公立医院 药事服务费 (the 人民医院 and 中医院 of 重庆 区县); 粮食仓储管理 奖罚) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented.

Run ``python tests/published/score.py --set batch187`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``蔚澄岳（党支部书记、村委会主任）`` under ``责任人`` is the holder 蔚澄岳 and the post
  ``党支部书记、村委会主任`` (one post, 一肩挑, as batch171); a 村's list has no 科室 (department "");
- ``A/B/C`` are read by the note ``注：风险等级中A为高风险，B为中风险，C为低风险。`` under the table;
- ``主任/芮澹宁`` under ``岗位/姓名`` is the post 主任 and the holder 芮澹宁;
- a cell ``风险点：…⏎防控措施：…`` under ``风险点及防控措施`` holds one point, the text after ``风险点：``
  (its measure the text after ``防控措施：``);
- a 镇 站所 named ``萸坪镇水利站`` in a ``所在站所`` field is the 科室 水利站 of the 镇人民政府 (the
  unit from ``填报单位：…``);
- ``分管领导`` names the 副镇长 who watch the rows, not their holders; ``联系网格`` is no 科室;
- 站长, 所长, 主任 of a 镇 站所 or a 中心 middle; 党支部书记、村委会主任 and 社区 党委书记、居委会主任
  leaders, 村委会副主任, 居委会副主任 and 村务监督委员会主任 middle; 园长/副园长, 校长, 院长/副院长,
  总经理/副总经理 leaders; 保教主任, 后勤主任, 总务主任, 部主任, 科长, 科主任, 医保办主任 and 部门经理
  middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b187_"
PLACE = "荣昌区"
STARS = {"★★★": 1, "★★": 2, "★": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LETTERS = {"A": 1, "B": 2, "C": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def village_holder_post_in_brackets() -> dict:
    unit = f"{PLACE}苇泽镇蔺家湾村"
    sh = _Sheet("清单", [6, 16, 34, 8, 34, 22])
    t = _Truth(unit)
    _line(sh, f"{unit}村级小微权力廉政风险防控清单", 6)
    r = sh.add(None, None, None, None, "填报时间：2024年10月", None)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任人")
    head = "蔚澄岳", "党支部书记、村委会主任", "leader"
    deputy = "夔蘅芜", "村委会副主任", "middle"
    clerk = "隆晞禾", "报账员", "general"
    watch = "巩疏桐", "村务监督委员会主任", "middle"
    rows = [
        ("村级重大事项决策", "重大事项不按“四议两公开”程序决策,个人说了算", "A",
         "重大事项经村党组织提议、“两委”商议、党员大会审议、村民代表会议决议,结果公开。", head),
        ("集体资产资源发包", "集体鱼塘、林地发包不公开竞价,优亲厚友", "A",
         "发包方案经村民代表会议通过,在镇农村产权交易平台公开交易。", head),
        ("村级工程项目管理", "小型工程指定施工队,验收走过场", "B",
         "工程按镇有关规定比选施工队,验收邀请村务监督委员会参加。", deputy),
        ("低保、临时救助初审", "低保对象初审把关不严,为亲友违规评定", "B",
         "初审经村民代表民主评议,名单张榜公示七天。", deputy),
        ("村级财务收支", "白条入账,虚列误工补贴", "A",
         "凭合法票据报账,经村务监督委员会审核签字后交镇代理会计记账。", clerk),
        ("村级财务收支", "现金收入不及时交存,坐收坐支", "B", "收入当日登记,三日内存入村级账户。", clerk),
        ("民主理财监督", "对财务公开内容审核走过场,不如实反映群众意见", "C",
         "每季度首月十日前开展民主理财,审核意见签字留存。", watch),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, (who, post, tier)) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, f"{who}（{post}）")
        t.point(sh.name, "", post, who, tier, point, [], LETTERS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (5, lambda row: row[5])])
    _line(sh, "注：风险等级中A为高风险，B为中风险，C为低风险。", 6)
    sh.add("填表人:", None, "村党支部（盖章）", None, None, None)
    return _layout(
        "village_holder_post_in_brackets", "https://m.wuhaninfo.cn/wenku/rdave/ayNGXAlvY7",
        "(harder) 村 村级小微权力廉政风险防控清单 after the source's rules for a 村's 民主管理 (村务公开, 民主理财小组, 每季"
        "度首月 理财日 and 财务公开日): title naming the village (unit 荣昌区苇泽镇蔺家湾村), a ``填报时间`` cell; "
        "序号/权力事项 merged (村级重大事项决策, 集体资产资源发包, 村级工程项目管理, 低保、临时救助初审, 村级财务收支, "
        "民主理财监督)/廉政风险点/风险等级 ``A/B/C``/防控措施/``责任人`` merged per person — NO post column: the post "
        "stands only in brackets after the name, ``蔚澄岳（党支部书记、村委会主任）`` (the 一肩挑 post, two posts joined "
        "by 、), ``夔蘅芜（村委会副主任）``, ``隆晞禾（报账员）``, ``巩疏桐（村务监督委员会主任）``; under the table the "
        "merged note ``注：风险等级中A为高风险，B为中风险，C为低风险。`` then 填表人/盖章",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def grain_company_joint_cell() -> dict:
    unit = f"{PLACE}粮食储备有限公司"
    sh = _Sheet("清单", [6, 12, 12, 10, 56, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 6)
    r = sh.add(f"填报部门：{unit}纪检监察室", None, None, None, "2024年9月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "部门", "岗位", "责任人", "风险点及防控措施", "风险等级")
    rows = [
        ("公司领导", "总经理", "亓官砚秋", "leader", "粮食轮换计划和销售价格不经集体研究,个人决定",
         "轮换计划、底价经总经理办公会集体研究,竞价销售在粮食交易平台进行。", "高"),
        ("公司领导", "副总经理", "郦涧鸣", "leader", "仓储设施维修项目化整为零,指定施工单位",
         "维修项目按规定比选,验收由仓储部、财务部共同参加。", "中"),
        ("仓储部", "经理", "扈疏影", "middle", "粮食出入库数量把关不严,虚增损耗",
         "出入库过磅全程监控,损耗超定额的专题报告。", "高"),
        ("仓储部", "保管员", "佟霁月", "general", "以陈顶新、以次充好,倒卖储备粮",
         "建立粮情档案,每月账实核对,公司不定期抽查。", "高"),
        ("仓储部", "检验员", "庾向晚", "general", "收购入库质量检验降低标准,收受售粮人好处",
         "检验样品留存,检验结果复检,检验员定期轮岗。", "中"),
        ("财务部", "会计", "薄言蹊", "general", "粮食销售货款不及时入账,公款私存",
         "货款统一进入公司基本账户,每月银行对账。", "低"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, measures, lv) in enumerate(rows, 1):
        sh.add(n, dept, post, who, f"风险点：{point}\n防控措施：{measures}", lv)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None)
    return _layout(
        "grain_company_joint_cell", "https://abg.baidu.com/tags/yg4mvm5s222kfoo4ydw33mnxuplmnnwi",
        "县 粮食储备有限公司 岗位廉洁风险防控清单 after the source's 粮食仓储管理奖罚制度 (出入库, 账实相符, 粮情检查, "
        "保管员 duties): ``填报部门：…纪检监察室 | 2024年9月`` over the table; 序号/部门 merged (公司领导, 仓储部, 财务部)/"
        "岗位/责任人/ONE column headed ``风险点及防控措施`` whose every cell is two labelled lines ``风险点：…⏎防控措施：…`` "
        "(a Word table's cell pasted into Excel)/风险等级 高/中/低 in its own column after it; no type column; "
        "填表人/审核人",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def town_stations_watch_column() -> dict:
    unit = f"{PLACE}蒿溪镇人民政府"
    sh = _Sheet("一览表", [6, 14, 10, 9, 32, 12, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险点一览表", 9)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "分管领导")
    rows = [
        ("综合文化站", "站长", "阙泠岫", "middle", "文化活动经费虚列演出、培训场次", "制度机制风险", "中",
         "活动留存照片、签到表,经费据实报销并按季公开。", "都启蛰"),
        ("综合文化站", "站长", "阙泠岫", "middle", "农家书屋图书、文体器材采购验收不严", "岗位职责风险", "低",
         "采购三家比价,验收两人以上签字并登记入库。", "都启蛰"),
        ("综合文化站", "文化专干", "冶栖桐", "general", "文化站场地、设备违规出租收费不入账", "思想道德风险",
         "低", "场地使用登记审批,收费统一开具票据。", "都启蛰"),
        ("财政所", "所长", "糜澈衡", "middle", "惠农补贴资金审核把关不严,冒领套取", "岗位职责风险", "高",
         "补贴对象经村级公示、所内复核后通过一卡通发放。", "满苇杭"),
        ("财政所", "报账员", "暨晏舒", "general", "村级代理记账中接受不合规票据", "业务流程风险", "中",
         "票据审核实行双人复核,不合规票据一律退回。", "满苇杭"),
        ("农业服务中心", "主任", "衡砚汀", "middle", "高标准农田项目验收把关不严", "外部环境风险", "高",
         "项目验收邀请村民代表参加,验收结果公示。", "满苇杭"),
        ("退役军人服务站", "站长", "步霁朗", "middle", "优抚对象资格审核不实,违规发放优待金", "岗位职责风险",
         "中", "优抚对象信息每年核查,发放名册公示。", "都启蛰"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "镇纪委审核:", None, None, None, "2024年8月", None)
    return _layout(
        "town_stations_watch_column", "https://nepaper.ccdy.cn/html/2009-09/15/content_8465.htm",
        "镇人民政府 站所岗位廉政风险点一览表 after the source's report of the 乡镇综合文化站管理办法 (a 文化站 run by the "
        "乡镇人民政府, its 人员, 经费, 设施设备): 序号/站所 merged (综合文化站, 财政所, 农业服务中心, 退役军人服务站)/岗位 and "
        "姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/a trailing ``分管领导`` column naming "
        "two 副镇长 (都启蛰, 满苇杭) who hold no row; 填表人/镇纪委审核/date",
        [sh], t,
    )  # fmt: skip


def water_station_cards() -> dict:
    unit = f"{PLACE}萸坪镇人民政府"
    t = _Truth(unit)
    cards = [
        ("站长", "匡溯洄", "middle", [
            ("小型水库、山坪塘整治工程指定施工队伍", "制度机制", "高",
             "整治工程按镇有关规定比选,结果在镇政务公开栏公示。"),
            ("防汛物资采购不比价,验收不严", "岗位职责", "中", "物资三家以上比价,入库登记,镇纪委抽查。"),
            ("工程管护经费分配不按考核结果", "业务流程", "中", "管护经费与季度考核挂钩,分配方案站务会研究。"),
        ]),
        ("水管员", "禄芷汀", "general", [
            ("农村供水水费收缴不开票、不入账", "思想道德", "高", "水费统一开具票据,每月与财政所对账。"),
            ("灌溉用水调度优亲厚友", "外部环境", "低", "灌溉调度方案张贴公示,按片区轮灌。"),
        ]),
        ("山坪塘管护员", "沃鸣皋", "general", [
            ("巡查记录弄虚作假,套取管护补助", "岗位职责", "中", "巡查定位打卡,补助按巡查记录核发。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (post, who, tier, points) in enumerate(cards, 1):
        sh = _Sheet(f"卡{k}", [6, 36, 12, 10, 36, 10])
        _line(sh, "萸坪镇水利站岗位廉政风险防控卡", 6)
        r = sh.add(f"填报单位：{unit}", None, None, None, "2024年7月", None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 5)
        sh.add("姓名", who, "所在站所", "萸坪镇水利站", "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, "水利站", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "站长签字:", None, None)
        sheets.append(sh)
    return _layout(
        "water_station_cards", "https://max.book118.com/html/2026/0130/8106045012010042.shtm",
        "镇 水利站 岗位廉政风险防控卡 after the source's 乡镇水利站站长 year plan (山塘, 小(二)型水库, 堤防, 防汛物资, "
        "工程管护, 农村供水): THREE sheets ``卡1``…``卡3``, one a person, each titled ``萸坪镇水利站岗位廉政风险防控卡`` "
        "over ``填报单位：荣昌区萸坪镇人民政府 | 2024年7月`` and the pairs ``姓名 | 匡溯洄 | 所在站所 | 萸坪镇水利站 | 职务 | "
        "站长`` (水管员, 山坪塘管护员), then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 (merged over "
        "two columns); 持卡人签字/站长签字",
        sheets, t,
    )  # fmt: skip


def community_grid_column() -> dict:
    unit = f"{PLACE}昌州街道翠微社区居民委员会"
    sh = _Sheet("排查表", [6, 20, 9, 10, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "岗位", "姓名", "联系网格", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("党委书记、居委会主任", "晁绎心", "全社区", "leader", "社区公益事业专项补助资金使用不经居民议事会议",
         "制度机制", "高", "项目经居民代表会议决定,资金使用逐笔公开。"),
        ("党委书记、居委会主任", "晁绎心", "全社区", "leader", "社区用房出租不公开,租金收入不入账", "岗位职责",
         "中", "出租方案经“两委”研究,租金进入社区账户,居务监督委员会审核。"),
        ("居委会副主任", "勾梓麓", "全社区", "middle", "低保、临时救助入户调查不实", "岗位职责", "高",
         "入户调查两人以上,评议结果公示。"),
        ("专职网格员", "敖汐沅", "第三网格", "general", "采集网格信息时泄露居民个人信息", "思想道德", "低",
         "信息采集签订保密承诺,系统操作留痕。"),
        ("专职网格员", "敖汐沅", "第三网格", "general", "为辖区商户出具证明时收受好处", "外部环境", "中",
         "证明出具实行登记,社区盖章须书记审签。"),
        ("社区报账员", "融霏微", "全社区", "general", "党建经费、办公经费混用,虚列支出", "业务流程", "中",
         "经费分账核算,报账凭证经居务监督委员会审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, grid, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, grid, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "社区党委（盖章）", None, None, "2024年6月", None)
    return _layout(
        "community_grid_column", "https://yzwku.com/doc/330413.html",
        "社区居民委员会 岗位廉政风险排查表 after the source's 社区居务监督委员会制度 (列席社区两委会, 审核居务、财务公开, "
        "民主理财): NO 科室 column; 序号/岗位 (the 一肩挑 ``党委书记、居委会主任``, 居委会副主任, 专职网格员, 社区报账员)/"
        "姓名/a ``联系网格`` column (``全社区``, ``第三网格``) — the three merged per person — /风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; 填表人/盖章/date",
        [sh], t,
    )  # fmt: skip


def kindergarten_stars() -> dict:
    unit = f"{PLACE}棠城幼儿园"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("园务办公室", "园长", "辛芃蕴", "leader", "保教费、伙食费收退不按规定公示", "制度机制", "★★★",
         "收费项目、标准和退费办法在园门口和家长群公示。"),
        ("园务办公室", "园长", "辛芃蕴", "leader", "园舍维修项目不经园务会研究", "岗位职责", "★★",
         "维修项目园务会集体研究,结果公示。"),
        ("园务办公室", "副园长", "简绛霄", "leader", "教师评优评先、职称推荐不公", "思想道德", "★★",
         "评选方案经教代会讨论,推荐名单公示。"),
        ("保教处", "保教主任", "饶蓁蓁", "middle", "向家长推销教辅材料、收受礼品", "外部环境", "★",
         "签订拒收礼品承诺,设家长意见箱。"),
        ("保健室", "保健医生", "沙栩宁", "general", "晨午检、膳食营养记录补记造假", "业务流程", "★",
         "晨检记录每日上传,园长每周抽查。"),
        ("后勤处", "后勤主任", "养漪澜", "middle", "食堂食材验收不严,数量短缺", "岗位职责", "★★★",
         "食材验收双人签字,陪餐人员抽查验收记录。"),
        ("后勤处", "食堂采购员", "须楠柯", "general", "食材采购吃回扣,以次充好", "外部环境", "★★★",
         "定点采购,价格每月公开,伙委会参与询价。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "说明：★★★表示高风险，★★表示中风险，★表示低风险。", 8)
    sh.add("填表人:", None, None, "园长签字:", None, None, "2024年9月", None)
    return _layout(
        "kindergarten_stars", "http://www.xbjyfw.cn/html/article6346232.html",
        "幼儿园 岗位廉洁风险点一览表 after the source's account of a 幼儿园's 开学综合检查 (安全管理, 卫生保健, 食堂, 晨午检"
        "记录, 食品原材料储存): 序号/部门 merged (园务办公室, 保教处, 保健室, 后勤处)/岗位 and 姓名 merged per person/"
        "风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``说明：★★★表示高风险，★★表示中风险，"
        "★表示低风险。`` under the table; 填表人/园长签字/date",
        [sh], t,
    )  # fmt: skip


def special_school_self_checks() -> dict:
    unit = f"{PLACE}特殊教育学校"
    t = _Truth(unit)
    people = [
        ("巢渟渊", "校长室", "校长", "leader", [
            ("学校重大事项、大额资金使用不经校务会集体研究", "制度机制", "一级",
             "严格执行“三重一大”集体决策,会议纪要存档。"),
            ("残疾学生资助名额分配不公", "岗位职责", "二级", "资助名单经班主任、学校资助小组两级审核并公示。"),
        ]),
        ("相若朴", "总务处", "总务主任", "middle", [
            ("康复器材、教具采购不按程序,收受供应商好处", "外部环境", "一级",
             "采购按政府采购规定进行,验收三人以上签字。"),
            ("学生营养餐补助虚报人数", "业务流程", "二级", "就餐人数每日登记,补助按实际人数结算。"),
            ("校舍维修零星工程结算不审核", "岗位职责", "三级", "零星工程结算经总务处、财务室共同审核。"),
        ]),
        ("竺语岫", "教务处", "送教上门教师", "general", [
            ("送教上门次数、课时虚报,套取交通补助", "思想道德", "二级",
             "送教记录由家长签字并附照片,教务处每月抽查回访。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, dept, post, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [6, 36, 12, 10, 36, 10])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add("姓名", who, "部门", dept, "职务", post)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("自查人签字:", None, None, "学校审核意见:", None, None)
        sheets.append(sh)
    return _layout(
        "special_school_self_checks",
        "https://abg.baidu.com/tags/xhmnhwvs2c6lfnxzzwx4xtn5zte47q6f2gt5bi5zutl7psvvzku3ppnqxa16",
        "特殊教育学校 个人廉政风险自查表 after the source's 残疾儿童送教上门 实施方案 (送教教师, 送教记录, 家长签字, 交通"
        "补助): THREE sheets ``Sheet1``…``Sheet3``, one a person, each under the title a row of pairs ``姓名 | 巢渟渊 | "
        "部门 | 校长室 | 职务 | 校长`` (总务处 总务主任, 教务处 送教上门教师), then 序号/风险点/风险类别 (short names)/"
        "风险等级 一级/二级/三级/防控措施 (merged over two columns); 自查人签字/学校审核意见",
        sheets, t,
    )  # fmt: skip


def maternal_hospital_roman() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("一览表", [6, 12, 12, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "权鹤汀", "leader", "大型医疗设备购置论证不充分,倾向特定品牌", "制度机制", "Ⅰ级",
         "设备购置经专家论证和院务会集体研究,参数公开。"),
        ("院领导", "副院长", "盖芷岚", "leader", "出生医学证明签发管理不严", "岗位职责", "Ⅰ级",
         "证明签发实行专人专柜管理,空白证件领用登记核销。"),
        ("孕产保健部", "主任", "益澍棠", "middle", "孕产妇免费筛查项目虚报人次", "业务流程", "Ⅱ级",
         "筛查信息系统自动统计,每月与财务结算数据比对。"),
        ("儿童保健部", "主任", "桓苒苒", "middle", "向儿童家长推荐营养品、收受提成", "外部环境", "Ⅱ级",
         "禁止推销商品,设投诉电话,患者满意度回访。"),
        ("药剂科", "科长", "逯衿言", "middle", "药品耗材遴选中收受回扣", "思想道德", "Ⅰ级",
         "药品遴选由药事委员会集体确定,采购在省平台进行。"),
        ("财务科", "会计", "荆眠雪", "general", "医疗收费退费审核不严,截留收费款", "制度机制", "Ⅲ级",
         "退费凭科室证明双人审核,每日对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "maternal_hospital_roman", "https://m2.guoxuedashi.net/hydcd/744777z.html",
        "妇幼保健院 岗位廉洁风险点一览表 after the source's account of what a 妇幼保健院 is (妇女保健 and 儿童保健, 孕产妇"
        "保健, 接生, 计划生育): ``附件1`` above the title; 序号/科室 merged (院领导, 孕产保健部, 儿童保健部, 药剂科, 财务科)/"
        "岗位/责任人/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def tcm_hospital_slash_holder() -> dict:
    unit = f"{PLACE}中医院"
    sh = _Sheet("排查表", [6, 12, 16, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 7)
    r = sh.add(f"填报单位：{unit}", None, None, None, "填报时间：2024年4月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "科室", "岗位/姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("医保办", "主任", "芮澹宁", "middle", "医保基金结算审核不严,默许虚计费用", "岗位职责风险", "高",
         "医保结算数据每月自查,违规费用追回并通报。"),
        ("医保办", "主任", "芮澹宁", "middle", "协助科室分解住院、挂床住院", "思想道德风险", "中",
         "在院病人每周抽查,医保智能审核系统预警。"),
        ("药剂科", "主任", "鲜于朗清", "middle", "中药饮片采购验收以次充好", "业务流程风险", "高",
         "饮片按批次抽检,验收人员和采购人员分离。"),
        ("药剂科", "采购员", "殳沛霖", "general", "药品采购中收受医药代表回扣", "外部环境风险", "高",
         "医药代表来院登记,采购计划经药事委员会审定。"),
        ("设备科", "科长", "宰父晴岚", "middle", "医疗设备维修外包指定服务商", "制度机制风险", "中",
         "维修外包公开比选,维修记录存档。"),
        ("门诊收费处", "收费员", "乐正书禾", "general", "收费时多收、漏收,挪用备用金", "制度机制风险", "低",
         "收费系统自动计价,日结日清,财务科突击盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}/{who}", point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None)
    return _layout(
        "tcm_hospital_slash_holder", "http://www.victorzhang.cn/page/2017/0410/15503765.shtml",
        "区 中医院 廉洁风险点排查表 after the source's study of 县级公立医院 药事服务费 (the 人民医院 and 中医院 of five 重庆 "
        "区县, 药品零差率, 以药补医): ``填报单位：… | 填报时间：…``; 序号/科室 merged (医保办, 药剂科, 设备科, 门诊收费处)/"
        "ONE holder column headed ``岗位/姓名`` whose cells hold post and name split by a slash — ``主任/芮澹宁``, "
        "``主任/鲜于朗清``, ``采购员/殳沛霖``, ``科长/宰父晴岚``, ``收费员/乐正书禾`` (merged per person; the compound "
        "surnames 鲜于, 宰父, 乐正)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_holder_post_in_brackets(),
    grain_company_joint_cell(),
    town_stations_watch_column(),
    water_station_cards(),
    community_grid_column(),
    kindergarten_stars(),
    special_school_self_checks(),
    maternal_hospital_roman(),
    tcm_hospital_slash_holder(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch187-inbox"))
