"""A two-hundred-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES MIXED
— a 镇中心小学, a county 供水 company, a 镇's 三资 站所, a 村, a 林业局's 林业站, the county
人民医院, a 社区居委会 and a 乡's 站所 heads — each handing back its ordinary 一览表, 排查登记表,
清单 or 防控表 the way its staff typed it:

- a 镇中心小学 一览表: a ``填报单位：…（盖章）　　　填报时间：…`` line, 处室 merged (校长室, 总务处,
  食堂), 岗位 and 姓名 merged per person, short types, 高/中/低, a ``校长签字 | 纪检委员签字`` line;
- a 供水有限公司 排查登记表: 部门/岗位/责任人 with a ``监督责任人`` column of names (the leader
  who watches, not the holder) at the right, ``…风险`` types and ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 镇人民政府's 三资 一览表 whose ``站所`` column names the 镇's own 经管站, 财政所 and 村级会计
  委托代理中心 (科室 of the 镇), no type column, 一级/二级/三级;
- a 村's 小微权力 清单: no 科室 column, 职务/姓名 then a ``权力事项`` column before the 风险点;
- a 林业站's 防控表 under ``单位：芦山县林业局楮塘林业站`` (the 局 the unit, the 站 its 科室) with
  ``★★★/★★/★`` and the note that reads them;
- a 社区居委会's 清单 对岗不对人 under ``附件3``, a ``职责内容`` column, a two-line 说明 under it;
- a 乡's list of its 站所 heads with NO 科室 column: the 岗位 cells say ``财政所所长``,
  ``水利站站长`` … (the posts as written, department "").

One is harder:

- ``county_hospital_group_rows_ticks``: the 人民医院's 排查表 whose 科室 stand only in group rows
  (``一、院领导``, ``二、设备科`` …) across the table, under a two-row header whose ``风险等级``
  splits into ``高 | 中 | 低`` with a ``√`` in one of them; no type column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (校园餐 贪腐 cases: 食堂 采购、验收,
总务处; a county's 城镇供水 体制改革 and its 水厂; a 镇's 农村集体三资 委托代理; a 村's 集体经济组织
and 村委会 分账; a 乡镇林业站's 职能; a county 人民医院's 设备 and 药品 回扣 cases; a 社区居委会's
职责; a county's 农村饮水 乡镇 三级联动) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented; every unit is a
body of 芦山县 (its towns 蕤溪镇, 蓍坝镇, 菰田乡, 泖桥街道, 芡坪乡 invented).

Run ``python tests/published/score.py --set batch223`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``单位：芦山县林业局楮塘林业站`` gives the 局 as the unit and 楮塘林业站 as the 科室;
- a 镇's own 经管站, 财政所 and 村级会计委托代理中心 under ``站所`` are 科室 of the 镇;
- a list without a 科室 column keeps each post as written (``财政所所长`` with department "");
- a 村's posts (村党支部书记, 村委会主任, 报账员, 村务监督委员会主任) have department "";
- a ``监督责任人`` column of names beside ``责任人`` is the supervising leader, not the holder;
- a group row ``二、设备科`` sets the 科室 of the rows under it; a ``√`` under ``中`` is level 2;
- 校长, 经理, 镇长-level heads, 院长, 村党支部书记 and 站长 of a 局's 站 are leaders; 主任 of a
  处室/部门, 所长/站长 of a 镇's 站所, 科长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``; this batch keeps no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b223_"
PLACE = "芦山县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept_col: int | None, post_col: int, name_col: int) -> None:
    """Merge the 科室 column over each run and the post and name columns over each person."""
    specs = []
    if dept_col is not None:
        specs.append((dept_col, lambda row: row[dept_col]))

    def person(row):
        return (row[dept_col] if dept_col is not None else None, row[post_col], row[name_col])

    specs += [(post_col, person), (name_col, person)]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def county_hospital_group_rows_ticks() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("排查表", [6, 12, 10, 40, 5, 5, 5, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    r = sh.add("填报科室：院纪检监察室", None, None, None, None, "2025年5月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    h = sh.add("序号", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(h, c, h + 1, c)
    sh.merge(h, 4, h, 6)
    groups = [
        ("一", "院领导", [
            ("院长", "闾丘抱朴", "leader", [
                ("大型医疗设备购置不经院党委会集体研究,个人拍板", "高",
                 "大型设备购置论证、决策全程留痕,提交院党委会集体研究。"),
                ("基建项目变更签证把关不严", "中", "变更签证经基建、审计、分管院长三方会签。"),
            ]),
        ]),
        ("二", "设备科", [
            ("科长", "沙敖霁", "middle", [
                ("向代理商透露设备参数、预算价格等采购信息", "高",
                 "采购参数由使用科室、设备科、专家三方论证,预算价格保密。"),
                ("设备验收走过场,为供货商虚假验收", "中", "验收由设备科、使用科室、审计科共同签字。"),
            ]),
        ]),
        ("三", "药剂科", [
            ("主任", "淳于砚冰", "middle", [
                ("利用药品遴选权为医药代表代理的药品进院提供便利", "高",
                 "新药进院经药事管理委员会集体讨论,投票结果存档。"),
                ("提供统方数据收受好处", "中", "处方统计权限分级授权,查询日志每月审查。"),
            ]),
        ]),
        ("四", "门诊收费处", [
            ("收费员", "牟沁阑", "general", [
                ("收取现金不开具票据,截留医疗收入", "低", "每日收费与系统日报核对,票据连号管理。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for order, dept, people in groups:
        _line(sh, f"{order}、{dept}", 8)
        for post, who, tier, points in people:
            first = len(sh.rows)
            for point, lv, measures in points:
                n += 1
                ticks = ["√" if k == lv else None for k in ("高", "中", "低")]
                sh.add(n, post, who, point, *ticks, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
            _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[2])])
    sh.add()
    sh.add("科室负责人签字:", None, None, None, "分管院领导签字:", None, None, None)
    return _layout(
        "county_hospital_group_rows_ticks", "https://h5.ycbbm.com/myp/47250/mypr/14",
        "(harder) 县人民医院 岗位廉政风险排查表, after the source's account of a 县人民医院's 塌方式 corruption (院长, "
        "副院长 over 设备 and 项目建设, a 科主任 selling 药品 for 回扣, 统方费): the title, a ``填报科室：院纪检监察室 | "
        "2025年5月`` line, a TWO-ROW header — 序号/岗位/姓名/风险点/防控措施 merged down, ``风险等级`` merged over "
        "three sub-columns ``高 | 中 | 低`` where each row puts a ``√`` — and the 科室 ONLY in merged group rows "
        "across the table (``一、院领导``, ``二、设备科``, ``三、药剂科``, ``四、门诊收费处``); 岗位 and 姓名 merged per "
        "person; NO type column; a ``科室负责人签字: | 分管院领导签字:`` line at the end",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def school_canteen_list() -> dict:
    unit = f"{PLACE}蕤溪镇中心小学"
    sh = _Sheet("一览表", [6, 10, 12, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 3}填报时间：2025年3月", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "蒉澄岚", "leader", "食堂配餐企业选定不经校务会集体研究", "制度机制", "高",
         "配餐企业按规定公开比选,结果经校务会研究并向家长公示。"),
        ("校长室", "校长", "蒉澄岚", "leader", "默许亲属承包学校小卖部、食堂窗口", "思想道德", "高",
         "严格执行任职回避,承包情况每学期报镇教管中心备案。"),
        ("总务处", "主任", "厍听泉", "middle", "食材采购验收把关不严,以次充好、虚报数量", "业务流程", "高",
         "食材验收实行总务、食堂、家长代表三方签字,验收单每日存档。"),
        ("总务处", "主任", "厍听泉", "middle", "收受供货商回扣", "外部环境", "中",
         "供货商签订廉洁承诺书,采购价格每月与市场价比对公示。"),
        ("食堂", "食堂管理员", "丌官朔", "general", "克扣学生餐份量,虚列伙食支出", "岗位职责", "中",
         "每日菜谱和份量标准上墙,陪餐教师每餐记录。"),
        ("食堂", "报账员", "隗沐禾", "general", "伙食费收支不入学校账户,坐收坐支", "制度机制", "低",
         "伙食费全部进入学校专户,每学期公布收支明细。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("校长签字:", None, None, None, "纪检委员签字:", None, None, None)
    return _layout(
        "school_canteen_list", "https://xixinews.com/guona/2025/1021/61333.html",
        "镇中心小学 岗位廉政风险点一览表, after the source's 校园餐 贪腐 cases (食堂经理 taking 回扣 from 供货商, 后勤"
        "主任 and 总务处主任 克扣 伙食费, 招投标、采购验收、资金管理): the title, a merged ``填报单位：…（盖章）　　　填报时间："
        "2025年3月`` line, 序号/处室 merged (校长室, 总务处, 食堂)/岗位 and 姓名 merged per person/风险点/风险类型 short "
        "names/风险等级 高/中/低/防控措施; a ``校长签字: | 纪检委员签字:`` line",
        [sh], t,
    )  # fmt: skip


def water_company_supervisor_column() -> dict:
    unit = f"{PLACE}城乡供水有限公司"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 36, 12, 8, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险排查登记表", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "责任人",
        "廉洁风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "监督责任人",
    )
    rows = [
        ("公司领导", "总经理", "巫马临渊", "leader", "水厂改扩建工程发包不按规定招标", "制度机制风险", "Ⅰ级",
         "工程发包按“三重一大”集体决策,依法公开招标。", "司马蔚"),
        ("营业收费部", "部长", "侴若溪", "middle", "擅自减免大用户水费或违规调整用水性质", "岗位职责风险", "Ⅰ级",
         "水费减免和用水性质变更经部门、分管领导两级审批并公示。", "司马蔚"),
        ("营业收费部", "部长", "侴若溪", "middle", "新装用户报装收费不入账", "业务流程风险", "Ⅱ级",
         "报装费统一通过营业系统收取,每月与财务对账。", "司马蔚"),
        ("营业收费部", "抄表员", "佘栖梧", "general", "少抄、估抄水表,与用户串通收取好处", "思想道德风险", "Ⅱ级",
         "抄表区域定期轮换,稽查人员每月抽查复抄。", "侴若溪"),
        ("城北水厂", "厂长", "訾晏清", "middle", "净水药剂采购虚报数量", "业务流程风险", "Ⅱ级",
         "药剂出入库双人签字,消耗量与制水量比对分析。", "巫马临渊"),
        ("城北水厂", "厂长", "訾晏清", "middle", "水质检测数据弄虚作假", "外部环境风险", "Ⅲ级",
         "水质检测结果同步上传监管平台,第三方每季度抽检。", "巫马临渊"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, watcher) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "填报日期：2025年6月", None, None)
    return _layout(
        "water_company_supervisor_column", "http://szb.jinrifangxian.com/content/2022-10/11/036016.html",
        "县城乡供水有限公司 廉洁风险排查登记表, after the source's 人大 check of a county's 城镇居民供水体制改革 (水厂, 农村"
        "供水保障, 运营管理, 水质标准): the title, then 序号/部门 merged (公司领导, 营业收费部, 城北水厂)/岗位 and 责任人 merged "
        "per person/廉洁风险点/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``监督责任人`` — a column of NAMES at "
        "the right (司马蔚, and 侴若溪 and 巫马临渊 who are holders on other rows), the leader who watches, not the "
        "holder; a ``填报人: | 审核人: | 填报日期：…`` line",
        [sh], t,
    )  # fmt: skip


def town_sanzi_stations() -> dict:
    unit = f"{PLACE}蓍坝镇人民政府"
    sh = _Sheet("三资", [6, 18, 10, 9, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, "蓍坝镇农村集体“三资”管理岗位廉政风险防控一览表", 7)
    _line(sh, f"单位：{unit}", 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("经管站", "站长", "夔叙白", "middle", "村集体资产租赁合同审核不严,低价出租", "一级",
         "租赁合同经站所初审、镇三资监管领导小组复审,租金标准公开。"),
        ("经管站", "站长", "夔叙白", "middle", "对村级资源发包暗箱操作不予纠正", "二级",
         "资源发包一律进入镇农村产权交易平台,全程公开。"),
        ("财政所", "所长", "豆卢望舒", "middle", "违规拨付村级转移支付资金", "一级",
         "资金拨付凭村务公开和镇审批手续,实行国库集中支付。"),
        ("财政所", "所长", "豆卢望舒", "middle", "惠农补贴发放名册审核把关不严", "二级",
         "补贴名册与村公示名单逐户比对,发放后抽查回访。"),
        ("村级会计委托代理中心", "会计", "綦毋晴岚", "general", "为村级入账不合规票据,白条抵库", "二级",
         "票据实行统一领用、核查、销号,不合规票据一律退回。"),
        ("村级会计委托代理中心", "会计", "綦毋晴岚", "general", "泄露村级财务数据", "三级",
         "财务软件分级授权,数据查询留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("分管领导:", None, None, "填表人:", None, "2025年4月", None)
    return _layout(
        "town_sanzi_stations", "https://wenshuyi.com/a/fileh4yk0n59.html",
        "镇人民政府 农村集体“三资”管理岗位廉政风险防控一览表, after the source's 农村集体三资管理调研报告 (村级财务委托"
        "代理制, 票据统一领用、核查、销号, 集体资金、资产、土地资源): the title naming the 镇 without the county, a "
        "merged ``单位：芦山县蓍坝镇人民政府`` line, then 序号/``站所`` merged (经管站, 财政所, 村级会计委托代理中心 — the 镇's "
        "own 站所, 科室 of the 镇)/岗位 and 姓名 merged per person/风险点/风险等级 一级/二级/三级/防控措施; NO type "
        "column; a ``分管领导: | 填表人: | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def village_power_item_column() -> dict:
    unit = f"{PLACE}菰田乡柏枧村"
    sh = _Sheet("柏枧村", [6, 16, 9, 16, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}“小微权力”廉政风险点清单", 8)
    sh.add("序号", "职务", "姓名", "权力事项", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "堵云栖", "leader", "村级重大事项决策", "不按“四议两公开”程序决策,个人说了算", "制度机制",
         "高", "重大事项严格执行“四议两公开”,会议记录存档备查。"),
        ("村党支部书记", "堵云栖", "leader", "集体经济项目安排", "将村集体项目交由亲友承揽", "思想道德", "高",
         "村干部及其近亲属承揽项目一律回避,项目承包结果公示。"),
        ("村委会主任", "勾望川", "leader", "宅基地申请初审", "对不符合条件的宅基地申请出具同意意见", "岗位职责", "中",
         "申请人名单、面积在村务公开栏公示七日。"),
        ("村委会主任", "勾望川", "leader", "低保、救助初评", "优亲厚友,搞人情保、关系保", "岗位职责", "高",
         "初评经村民代表民主评议,评议结果张榜公布。"),
        ("报账员", "酆黛眉", "general", "村级财务报账", "虚列支出,白条入账", "业务流程", "中",
         "报账单据经村务监督委员会审核签字后交镇代理中心。"),
        ("村务监督委员会主任", "迮闻笛", "general", "村务监督", "对村务公开不全不报告、不监督", "外部环境", "低",
         "每季度向乡纪委报告监督情况,接受村民评议。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, item, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, item, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("村党支部（盖章）", None, None, "村民委员会（盖章）", None, None, "2025年3月", None)
    return _layout(
        "village_power_item_column", "https://www.21ks.net/lunwen/cwlw/186859.html",
        "村 “小微权力”廉政风险点清单, after the source's 村集体经济组织与村委会账务 (村民委员会 and 村股份经济合作社 分账, 村党"
        "组织领导, 村委会 自治职能): the title naming the 村, then 序号/职务 and 姓名 merged per person (村党支部书记, "
        "村委会主任, 报账员, 村务监督委员会主任)/``权力事项`` (村级重大事项决策, 宅基地申请初审 …)/风险点/风险类型 short "
        "names/风险等级 高/中/低/防控措施; NO 科室 column (department \"\"); a ``村党支部（盖章） | 村民委员会（盖章） | "
        "2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def forestry_station_bureau_line() -> dict:
    unit = f"{PLACE}林业局"
    dept = "楮塘林业站"
    sh = _Sheet("防控表", [6, 10, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控表", 7)
    _line(sh, f"单位：{unit}{dept}{GAP * 4}填表日期：2025年4月", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "鄂砺川", "leader", "林木采伐伐区调查设计弄虚作假,多批少伐", "岗位职责", "★★★",
         "伐区调查设计两人以上实地核验,设计结果在村公示。"),
        ("站长", "鄂砺川", "leader", "造林检查验收降低标准", "业务流程", "★★",
         "验收实行站内交叉检查,抽查结果报县林业局备案。"),
        ("副站长", "滑芷汀", "middle", "生态护林员选聘优亲厚友", "思想道德", "★★",
         "护林员选聘条件和名单公开,乡纪委全程监督。"),
        ("林政员", "庹秋实", "general", "查处毁林案件收受好处后不予处理", "外部环境", "★★★",
         "案件查处全程记录,处理结果报站务会集体研究。"),
        ("林政员", "庹秋实", "general", "木材运输检查放任无证运输", "岗位职责", "★",
         "检查登记台账每月核对,实行双人检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    return _layout(
        "forestry_station_bureau_line", "https://drbdp.com/4-9438162.html",
        "林业站 岗位廉政风险防控表, after the source's account of the 乡镇林业站 (森林资源保护, 植树造林, 森林防火, 木材"
        "运输检查, 野生动植物保护 执法): a bare title ``岗位廉政风险防控表``, then one merged line ``单位：芦山县林业局楮塘"
        "林业站　　　　填表日期：2025年4月`` (the 局 the unit, the 站 its 科室), then 序号/岗位 and 姓名 merged per person/"
        "风险点/风险类型 short names/风险等级 ``★★★/★★/★``/防控措施; the note ``注：★★★为高风险…`` below",
        [sh], t,
    )  # fmt: skip


def community_posts_no_names() -> dict:
    unit = f"{PLACE}泖桥街道藕塘社区居民委员会"
    sh = _Sheet("清单", [6, 14, 24, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "职责内容", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社区党委书记", "leader", "主持社区党委全面工作", "社区公益项目资金使用不经“两委”会议研究", "制度机制", "高",
         "项目资金使用经社区“两委”联席会议研究,居务公开栏公示。"),
        ("社区党委书记", "leader", "主持社区党委全面工作", "社区用房出租收入不入账", "业务流程", "中",
         "出租合同报街道备案,租金进入街道代管账户。"),
        ("居委会副主任", "middle", "分管社会救助和优抚", "低保、临时救助入户调查不实", "岗位职责", "高",
         "入户调查两人以上,调查结果民主评议并张榜公示。"),
        ("居委会副主任", "middle", "分管社会救助和优抚", "慰问物资发放优亲厚友", "思想道德", "低",
         "慰问对象名单公示,物资发放签字登记。"),
        ("民政专干", "general", "办理高龄津贴、残疾人补贴申报", "虚报冒领高龄津贴、残疾人补贴", "岗位职责", "中",
         "补贴对象每季度核查一次,与殡葬、户籍信息比对。"),
        ("民政专干", "general", "办理高龄津贴、残疾人补贴申报", "办事推诿,吃拿卡要", "外部环境", "低",
         "办事指南上墙,服务评价二维码公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "说明：1.风险等级分为高、中、低三级；", 7)
    _line(sh, "2.风险类型分为思想道德、制度机制、岗位职责、业务流程、外部环境五类。", 7)
    return _layout(
        "community_posts_no_names", "http://www.123jzs.com/jxfw/202507/158751.html",
        "社区居民委员会 岗位廉政风险防控清单 对岗不对人, after the source's 社区居委会的工作职责 (宣传政策, 居民自治, 低保、"
        "养老 便民服务, 协助政府): ``附件3`` above, the title naming the 街道 and the 社区居委会, then 序号/岗位 merged "
        "(社区党委书记, 居委会副主任, 民政专干)/``职责内容`` merged per post/风险点/风险类型 short names/风险等级 "
        "高/中/低/防控措施; no name anywhere; a two-line ``说明：…`` under it naming the levels and the five types",
        [sh], t,
    )  # fmt: skip


def township_station_heads_no_dept() -> dict:
    unit = f"{PLACE}芡坪乡人民政府"
    sh = _Sheet("站所负责人", [6, 18, 9, 36, 12, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}站所负责人廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类别", "等级", "防控措施")
    rows = [
        ("财政所所长", "钟离漱石", "乡级财政资金拨付不按预算执行", "制度机制风险", "Ⅰ级",
         "资金拨付按预算和审批权限办理,大额支出报乡党委会研究。"),
        ("财政所所长", "钟离漱石", "一卡通补贴资金代发中截留", "岗位职责风险", "Ⅱ级",
         "补贴资金直达农户账户,发放明细在村公示。"),
        ("水利站站长", "暨洵", "农村供水工程维修项目虚报工程量", "业务流程风险", "Ⅰ级",
         "维修项目由乡、村、群众代表共同验收,影像资料存档。"),
        ("水利站站长", "暨洵", "供水工程管护员选用不公", "思想道德风险", "Ⅲ级",
         "管护员选用名单公示,接受群众监督。"),
        ("农业综合服务中心主任", "谯穗禾", "耕地地力保护补贴面积核实不实", "岗位职责风险", "Ⅱ级",
         "补贴面积与确权面积比对,村组逐户公示。"),
        ("民政所所长", "冼弄影", "特困供养对象认定把关不严", "外部环境风险", "Ⅱ级",
         "认定材料经乡民政所、分管领导两级审核,结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "middle", point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("乡纪委审核:", None, None, None, "填报时间：2025年5月", None, None)
    return _layout(
        "township_station_heads_no_dept",
        "http://www.360elib.com:2027/detail.aspx?NewsCode=NC2060&NewsId=74252221&OrgId=001",
        "乡人民政府 站所负责人廉政风险防控一览表, after the source's account of a county's 农村安全饮水 (纪委监委、县水利局、"
        "各乡镇 三级联动, 供水工程 点多面广, 运行管理): the title naming the 乡, then 序号/岗位 and 姓名 merged per person — "
        "the 岗位 cells name the 站所 with the post (``财政所所长``, ``水利站站长``, ``农业综合服务中心主任``, "
        "``民政所所长``) and there is NO 科室 column (posts kept as written, department \"\")/廉政风险点/风险类别 "
        "``…风险``/``等级`` Ⅰ级/Ⅱ级/Ⅲ级/防控措施; a ``乡纪委审核: | 填报时间：…`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    county_hospital_group_rows_ticks(),
    school_canteen_list(),
    water_company_supervisor_column(),
    town_sanzi_stations(),
    village_power_item_column(),
    forestry_station_bureau_line(),
    community_posts_no_names(),
    township_station_heads_no_dept(),
]

RESAVED: tuple[str, ...] = ()  # this batch keeps no re-saved copies


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch223-inbox"))
