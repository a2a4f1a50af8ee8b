"""A hundred-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader,
with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES mixed — a
县供销合作社联合社, a 镇中心小学, a 社区居民委员会, a 村民委员会, a 镇人民政府 with its 站所, a 县社会福利院,
a county 资产管理 company and a 村股份经济合作联社 — each sending its ordinary 一览表, 排查表, 清单 or
防控卡 the way its staff typed it:

- the 供销社's 一览表: 科室 merged, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- the 中心小学's 自查表 对岗不对人 (处室/岗位, no names, no type column), 一级/二级/三级;
- the 村民委员会's 一览表 with NO 科室 column (``村党支部书记``, ``村委会主任``, ``报账员``), holders
  named, levels ``A级/B级/C级`` with a note under the table that reads them;
- the 镇人民政府's 排查表 whose 科室 column is headed ``站所`` (农村经济经营管理站, 财政所, 村镇建设服务
  中心), Ⅰ级/Ⅱ级/Ⅲ级;
- the 社会福利院's 防控卡 one sheet per person, pairs ``姓名 | … | 岗位 | … | 科室 | …`` above;
- the 资产管理 company's 一览表 with a short ``风险名称`` beside a long ``风险描述`` and a ``监测指标``
  column, levels ``一级风险/二级风险/三级风险``;
- the 股份经济合作联社's 清单 whose ``风险类别`` column holds business categories (``三资管理``,
  ``工程项目``), no type name at all (types []), 高/中/低.

One is harder:

- ``community_post_and_name_cell``: a 社区居民委员会's 清单 whose ``责任岗位`` cell holds the post
  and the holder run together with a full-width space (``社区党委书记　仉羽澄``); no 姓名 column.

Every unit is a body of 仁寿县 (towns of our own invention); the rows are worded by us, the names
invented. Run ``python tests/published/score.py --set batch155`` and do not tune the reader
against it, or it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 镇's own 站/所/中心 is a 科室 of the 镇 (the unit is the 镇人民政府); ``学校领导``, ``公司领导``,
  ``院领导`` in the 科室 column are kept as written, as every earlier batch keeps ``局领导``;
- ``社区党委书记　仉羽澄`` in a 责任岗位 cell is the post 社区党委书记 held by 仉羽澄;
- ``A级/B级/C级`` are levels 1/2/3 (the note under the table says so); the note is no point;
- a 风险类别 that names no type (``三资管理``) gives types [];
- 理事会主任/副主任, 校长, 院长, 镇长, 村党支部书记, 村委会主任, 社区党委书记/居委会主任, 董事长/
  总经理 and 联社理事长 are leaders; 科长, 站长/所长/主任 of a 站所, 处室主任, 部门经理 middle; the rest
  general.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.layouts import HML, _layout, _Sheet, _Truth, person_rows, types_in
from published.layouts import build as _build

PREFIX = "b155_"
PLACE = "仁寿县"
RESAVED: tuple[str, ...] = ()
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
WORDS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def community_post_and_name_cell() -> dict:
    unit = f"{PLACE}文澜街道桂溪社区居民委员会"
    sh = _Sheet("清单", [6, 18, 34, 8, 34, 22])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "工作事项", "廉政风险点", "风险等级", "防控措施", "责任岗位")
    rows = [
        ("社区党委书记", "仉羽澄", "leader", [
            ("社区重大事项决策", "重大事项未按“四议两公开”程序决定,个人说了算", "高",
             "重大事项经两委会议和居民代表会议决定,结果公开。"),
            ("共建单位捐赠管理", "捐赠物资不入账,私自分配", "中", "捐赠物资登记造册,发放名单公示。"),
        ]),
        ("居委会主任", "厍晏澜", "leader", [
            ("低保、临时救助初审", "对申请人家庭情况不入户核查,优亲厚友", "高",
             "入户调查两人同行,评议结果张榜公示七天。"),
            ("社区公共用房出租", "出租不公开竞价,租金收入不入账", "中", "出租事项居民代表会议决定,租金进入街道代管账户。"),
        ]),
        ("社区报账员", "隗知遥", "general", [
            ("社区经费报销", "虚开票据套取社区经费", "中", "报销凭证经书记、主任双签,按季公开收支。"),
            ("工作经费现金管理", "坐支现金,公款私存", "低", "现金日清月结,街道财政所定期核查。"),
        ]),
    ]  # fmt: skip
    n = 0
    for post, who, tier, points in rows:
        for item, point, lv, measures in points:
            n += 1
            sh.add(n, item, point, lv, measures, f"{post}{GAP}{who}")
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("社区党委(盖章)", None, None, "报送时间:2024年10月", None, None)
    return _layout(
        "community_post_and_name_cell", "https://www.wuhunews.cn/shequ/2023-04-27/346823.html",
        "(harder) 社区居民委员会 廉政风险防控清单 after the source's 社区 (阳光居务, 小微权力监督, 居务监督委员会, "
        "廉政建设明白卡): 序号/工作事项/廉政风险点/风险等级 高/中/低/防控措施/责任岗位, the 责任岗位 cell holding post AND "
        "holder run together with one full-width space (``社区党委书记　仉羽澄``, ``居委会主任　厍晏澜``, "
        "``社区报账员　隗知遥``), the same cell on every row of the person; no 姓名 column, no type column; a "
        "``社区党委(盖章) | 报送时间:…`` line under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- plain layouts


def supply_coop_federation_list() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("一览表", [6, 14, 12, 10, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    data = [
        ("联社领导", "理事会主任", "璩南枝", "leader", [
            ("社有资产处置未经集体研究,低价转让", "制度机制风险", "高", "资产处置经理事会集体研究,进场公开交易。"),
            ("为亲友承租社有门面提供便利", "思想道德风险", "中", "门面出租公开招租,租赁合同集体审定。"),
        ]),
        ("财务审计科", "科长", "逯星禾", "middle", [
            ("对基层社财务审计走过场,隐瞒问题", "岗位职责风险", "中", "审计报告经联社班子审定,问题清单限期整改。"),
            ("大额资金支付审核不严", "业务流程风险", "高", "大额支付实行科长、分管领导、主任三级审签。"),
        ]),
        ("合作指导科", "科员", "竺沐阳", "general", [
            ("农民专业合作社项目申报把关不严", "岗位职责风险", "中", "申报材料实地核查,结果公示。"),
            ("项目扶持资金验收时接受吃请", "外部环境风险", "低", "验收两人以上,签署廉洁承诺。"),
        ]),
        ("资产管理中心", "主任", "麴映雪", "middle", [
            ("社有门面租金减免随意", "业务流程风险", "中", "租金减免按规定报批,减免结果公开。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, tier, points in data:
        for point, typ, lv, measures in points:
            n += 1
            recs.append([n, dept, post, who, point, typ, lv, measures])
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person_rows(sh, recs, 1, (2, 3))
    sh.add("填报人:", None, None, None, "审核人:", None, "2024年9月", None)
    return _layout(
        "supply_coop_federation_list", "http://www.handmsg.com/page/2022/0411/10242172.shtml",
        "县供销合作社联合社 岗位廉政风险点一览表 after the source's account of 供销合作社 (社有资产, 基层社, 理事会主任): "
        "``附件`` above the title; 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/"
        "低/防控措施; 填报人/审核人/date under it",
        [sh], t,
    )  # fmt: skip


def school_posts_self_check() -> dict:
    unit = f"{PLACE}汪洋镇中心小学"
    sh = _Sheet("自查表", [6, 12, 14, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查表", 6)
    sh.add("序号", "处室", "岗位", "风险点", "风险等级", "防控措施")
    data = [
        ("学校领导", "校长", "leader", [
            ("学校大宗物品采购不按规定程序,个人决定供应商", "一级", "采购经校务会集体研究,按规定政府采购。"),
            ("教师评优评先、职称推荐暗箱操作", "二级", "评审小组打分,结果校内公示。"),
        ]),
        ("总务处", "主任", "middle", [
            ("营养餐食材验收不严,以次充好、短斤少两", "一级", "食材验收两人签字,每周公布食材价格和数量。"),
            ("校舍维修项目虚报工程量", "二级", "维修项目现场验收,结算经审计。"),
        ]),
        ("总务处", "食堂管理员", "general", [
            ("食堂剩余物资私自处理", "三级", "物资出入库登记,月底盘点。"),
        ]),
        ("教导处", "主任", "middle", [
            ("学生转学、插班收受家长财物", "二级", "转学插班按县教育局规定办理,名单公示。"),
            ("教辅资料违规征订", "三级", "教辅征订坚持自愿,严禁收取回扣。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, tier, points in data:
        for point, lv, measures in points:
            n += 1
            recs.append([n, dept, post, point, lv, measures])
            t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    sh.records(recs, merge_cols=(1,))
    sh.add("学校(盖章):", None, None, "自查时间:2024年11月", None, None)
    return _layout(
        "school_posts_self_check", "https://abg.baidu.com/tags/ywu3jzoquhi2pu5k2h4lftokwpdlpmfszcv3txga5xlmnnwi",
        "镇中心小学 岗位廉政风险自查表 对岗不对人, after the source's 农村小学营养餐食品安全管理 (食材验收, 食堂管理员): "
        "序号/处室 merged (``学校领导`` for the 校长, 总务处, 教导处)/岗位/风险点/风险等级 一级/二级/三级/防控措施; no names, "
        "no type column; ``学校(盖章): | 自查时间:…`` under it",
        [sh], t,
    )  # fmt: skip


def village_letter_levels() -> dict:
    unit = f"{PLACE}蓥华镇青杠坪村民委员会"
    sh = _Sheet("Sheet1", [6, 14, 10, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    data = [
        ("村党支部书记", "晁蔚岚", "leader", [
            ("村级重大事项不按“四议两公开”程序决策", "A级", "严格执行“四议两公开”,会议记录存档。"),
            ("村集体土地发包暗箱操作", "A级", "土地发包公开竞价,结果公示。"),
        ]),
        ("村委会主任", "昝亦舟", "leader", [
            ("惠农补贴申报虚报冒领", "B级", "补贴名单村民小组公示,镇经管站复核。"),
            ("村级小型工程指定施工队", "B级", "小型工程比选确定施工方,村务监督委员会全程监督。"),
        ]),
        ("报账员", "郏怀瑾", "general", [
            ("村级票据不及时报账,白条入账", "C级", "执行村财镇管,每月到镇报账。"),
            ("公章保管不善,私自用印", "B级", "公章专柜保管,用印登记。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for post, who, tier, points in data:
        for point, lv, measures in points:
            n += 1
            recs.append([n, post, who, point, lv, measures])
            t.point(sh.name, "", post, who, tier, point, [], LETTERS[lv])
    person_rows(sh, recs, None, (1, 2))
    _line(sh, "注:风险等级A级为高风险,B级为中风险,C级为低风险。", 6)
    return _layout(
        "village_letter_levels", "http://zgkjsz.com/page/2020/1124/11567942.shtml",
        "村民委员会 廉政风险点及防控措施一览表 after the source's account of 村干部 微腐败 (村域公共权力, 村民自治): NO 科室 "
        "column, 序号/岗位/姓名 merged per person/廉政风险点/风险等级 ``A级/B级/C级``/防控措施, a merged note under the "
        "table ``注:风险等级A级为高风险,B级为中风险,C级为低风险。``; no type column",
        [sh], t,
    )  # fmt: skip


def town_station_rows() -> dict:
    unit = f"{PLACE}高滩镇人民政府"
    sh = _Sheet("排查表", [6, 18, 10, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险排查表", 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    data = [
        ("农村经济经营管理站", "站长", "暨书澈", "middle", [
            ("村级财务审计不严,包庇村干部违规开支", "岗位职责", "Ⅰ级", "审计结果报镇纪委,并在村务公开栏公布。"),
            ("农村集体资产台账登记不实", "业务流程", "Ⅱ级", "资产台账年度清查,与村账核对。"),
        ]),
        ("财政所", "所长", "乐正禾", "middle", [
            ("涉农补贴资金发放中截留挪用", "制度机制", "Ⅰ级", "补贴资金一卡通直达农户,发放明细公示。"),
            ("村级代管资金支付审核不严", "岗位职责", "Ⅱ级", "代管资金支付凭村两委审批单和监委会签字。"),
        ]),
        ("村镇建设服务中心", "主任", "司寇言蹊", "middle", [
            ("农村建房审批中吃拿卡要", "思想道德", "Ⅱ级", "建房审批联审联办,办理时限公开。"),
            ("违法建设巡查发现问题不制止", "外部环境", "Ⅲ级", "巡查记录留存,问题移交执法队处理。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, tier, points in data:
        for point, typ, lv, measures in points:
            n += 1
            recs.append([n, dept, post, who, point, typ, lv, measures])
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    person_rows(sh, recs, 1, (2, 3))
    sh.add("镇纪委审核意见:", None, None, None, None, None, "2024年10月", None)
    return _layout(
        "town_station_rows", "http://m.ytfushui.com/news/xnc/2018-07-19/28419.html",
        "镇人民政府 站所岗位廉政风险排查表 after the source's account of a 镇's 村级财务审计 (经管站, 村级重大工程, 专项资金): "
        "序号/站所 merged (农村经济经营管理站, 财政所, 村镇建设服务中心)/岗位 and 姓名 merged per person/风险点/风险类别 "
        "short names/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施; ``镇纪委审核意见:`` and date under it",
        [sh], t,
    )  # fmt: skip


def welfare_home_cards() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    cards = [
        ("公良若汐", "院长", "院领导", "leader", [
            ("入住老人评估和床位分配优亲厚友", "岗位职责", "高", "入住评估由评估小组打分,床位安排公示。"),
            ("医养结合设备采购指定品牌", "制度机制", "中", "设备采购按政府采购程序,集体决定。"),
        ]),
        ("巫马清和", "护理部主任", "护理部", "middle", [
            ("护理等级评定随意,多收护理费", "业务流程", "中", "护理等级每季度复评,收费标准公示。"),
            ("收受入住老人家属红包", "思想道德", "低", "签订廉洁承诺,设意见箱。"),
        ]),
        ("甘棠晓", "会计", "财务室", "general", [
            ("代管老人补贴款挪用", "岗位职责", "高", "代管款专户管理,每月与家属对账。"),
            ("伙食费收支不公开", "业务流程", "中", "伙食账目每月在院内公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in cards:
        sh = _Sheet(who, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "岗位", post, None)
        sh.add("科室", dept, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("本人签字:", None, "院长签字:", None, None)
        sheets.append(sh)
    return _layout(
        "welfare_home_cards", "http://m.53hz.com/jiaz/29472.html",
        "县社会福利院 岗位廉政风险防控卡, one sheet per person (tabs the names), after the source's 医养结合 养老服务: "
        "``姓名 | … | 岗位 | …`` and ``科室 | …`` pairs above the table (``院领导`` for the 院长), 序号/风险点/风险类型 short "
        "names/风险等级 高/中/低/防控措施, ``本人签字: | 院长签字:`` under it",
        sheets, t,
    )  # fmt: skip


def asset_company_short_long() -> dict:
    unit = f"{PLACE}兴农资产管理有限公司"
    sh = _Sheet("一览表", [6, 12, 12, 16, 34, 10, 34, 18])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "风险名称", "风险描述", "风险等级", "防控措施", "监测指标")
    data = [
        ("公司领导", "总经理", "leader", [
            ("“三重一大”决策", "资产租赁、大额资金使用未经班子集体研究", "一级风险",
             "严格执行“三重一大”议事规则,会议纪要存档。", "未经集体决策事项数"),
            ("干部选用", "中层岗位竞聘条件因人而设", "二级风险", "竞聘方案报县国资中心备案,结果公示。", "竞聘投诉件数"),
        ]),
        ("资产经营部", "经理", "middle", [
            ("资产租赁", "村(社区)资产租赁不公开招租,合同到期押金不退", "一级风险",
             "租赁进场公开交易,押金建立台账到期退还。", "未公开招租项目数"),
            ("资产评估", "委托评估压低资产价值", "二级风险", "评估机构随机抽取,评估结果复核。", "评估复核差异率"),
        ]),
        ("财务部", "出纳", "general", [
            ("资金收付", "收取租金不入账,公款私存", "二级风险", "租金银行转账收取,日清月结。", "现金收款笔数"),
            ("票据管理", "空白票据管理混乱", "三级风险", "票据专人保管,领用登记。", "票据核销差错数"),
        ]),
    ]  # fmt: skip
    n = 0
    recs = []
    for dept, post, tier, points in data:
        for name, desc, lv, measures, watch in points:
            n += 1
            recs.append([n, dept, post, name, desc, lv, measures, watch])
            t.point(sh.name, dept, post, "", tier, name, [], WORDS[lv])
    sh.records(recs, merge_cols=(1, 2))
    return _layout(
        "asset_company_short_long", "http://www.kzrd.com/news/HTML_M/202509/4840_5.html",
        "县属资产管理公司 廉洁风险点一览表 对岗不对人, after the source's account of 村(社区)资产租赁 合同 and 到期押金: "
        "序号/部门 merged (``公司领导`` for the 总经理)/岗位 merged/short 风险名称/long 风险描述/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施/监测指标; no type column",
        [sh], t,
    )  # fmt: skip


def village_coop_categories() -> dict:
    unit = f"{PLACE}鳌峰镇石笋村股份经济合作联社"
    sh = _Sheet("清单", [6, 12, 12, 10, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 7)
    sh.add("序号", "风险类别", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("三资管理", "联社理事长", "呼延知微", "leader", "集体资产低价发包给亲友", "高", "发包方案经成员代表大会表决,公开竞价。"),
        ("三资管理", "联社理事长", "呼延知微", "leader", "集体收益分配不公开", "中", "收益分配方案公示十日。"),
        ("工程项目", "联社理事长", "呼延知微", "leader", "村级项目化整为零规避招标", "高", "项目按镇村级工程管理办法实施。"),
        ("财务管理", "联社会计", "欧阳砚秋", "general", "虚列开支套取集体资金", "中", "执行村财镇管,凭证经监事会审核。"),
        ("财务管理", "联社会计", "欧阳砚秋", "general", "集体账户资金出借个人", "高", "严禁出借集体资金,账户月度对账。"),
        ("三资管理", "监事长", "濮阳沁", "middle", "监督流于形式,对违规事项不报告", "低", "监事会每季度向成员代表报告工作。"),
    ]  # fmt: skip
    for n, (cat, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, cat, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("联社(盖章)", None, None, None, "填报日期:2024年12月", None, None)
    return _layout(
        "village_coop_categories", "https://yaliqi.com/new/42fbad3794124116a5b210cfdb42969f",
        "村股份经济合作联社 廉洁风险防控清单 after the source's account of 村干部 and 村级治理 (资源输入, 富人治村): "
        "序号/风险类别 holding BUSINESS categories (``三资管理``, ``工程项目``, ``财务管理``; no type name)/岗位/姓名/"
        "风险点/风险等级 高/中/低/防控措施, each row standing alone (no merges); no 科室 column",
        [sh], t,
    )  # fmt: skip


def village_clinic_cards_list() -> dict:
    unit = f"{PLACE}青岗镇卫生院"
    sh = _Sheet("一览表", [6, 12, 12, 10, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add("填报科室:院办公室", None, None, None, None, None, "填报时间:2024年11月", None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    data = [
        ("院领导", "院长", "荀映川", "leader", [
            ("药品耗材采购中收受回扣", "外部环境", "高", "药品耗材全部网上集中采购,院务会定期通报。"),
            ("绩效工资分配不公开", "制度机制", "中", "分配方案职工大会通过后公示。"),
        ]),
        ("药房", "药剂师", "羊舌望舒", "general", [
            ("药品出入库不符,私自变卖药品", "业务流程", "中", "药品进销存系统管理,每月盘点。"),
        ]),
        ("收费室", "收费员", "钟离晚晴", "general", [
            ("收费不开票,截留收费款", "岗位职责", "高", "收费系统日结,票款核对。"),
            ("违规减免患者费用", "岗位职责", "低", "减免经院长审批并登记。"),
        ]),
        ("公共卫生科", "科长", "燕北辰", "middle", [
            ("基本公卫服务数据造假套取补助", "岗位职责", "高", "随机电话回访服务对象,县疾控中心抽查。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, tier, points in data:
        for point, typ, lv, measures in points:
            n += 1
            recs.append([n, dept, post, who, point, typ, lv, measures])
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person_rows(sh, recs, 1, (2, 3))
    return _layout(
        "village_clinic_cards_list", "https://www.fx361.cc/page/2023/0207/22934121.shtml",
        "乡镇卫生院 岗位廉政风险点一览表 after the source's account of 基层监督 reaching 村 and 乡镇 services: a "
        "``填报科室:院办公室 | 填报时间:…`` line above the header (the 填报科室 no 科室 of any post); 序号/科室 merged "
        "(``院领导``, 药房, 收费室, 公共卫生科)/岗位 and 姓名 merged per person/风险点/风险类型 short names/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    supply_coop_federation_list(),
    school_posts_self_check(),
    village_letter_levels(),
    town_station_rows(),
    welfare_home_cards(),
    asset_company_short_long(),
    village_coop_categories(),
    village_clinic_cards_list(),
    community_post_and_name_cell(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch155-inbox"))
