"""A twenty-third batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the MIX a 纪委 really gets back when it asks a district's or
county's units for their 岗位廉政风险 — about half list tables (科室/单位 一览表, 排查表), a quarter
personal forms (one per sheet or stacked on one sheet), the rest leaders' cards and lists — from
units the earlier batches drew on little: a 融媒体中心, a 疾控中心, a 畜牧兽医中心, a 文广旅局, a
粮食储备库, a 供应链公司, a 退役军人事务局, an 审计局, a 镇, a 供水总公司 and a 统计局. Each office
words its own columns. Nine are EVERYDAY:

- a 融媒体中心 排查表 (``附件2``, a 填报单位/填报日期 line above the heading): 部门 merged down, 岗位名称/
  姓名 merged per person, 主要风险, 风险级别 高/中/低, 防范措施;
- a 疾控中心 科室 一览表 under a TWO-ROW heading where 廉洁风险 spans 风险描述 | 风险程度 and 管控措施
  is merged down both rows; 科室/岗位/责任人 (names); levels 高风险/中风险/低风险 with a ``注:`` line;
- a 畜牧兽医中心 动物检疫 排查表: 站点 (申报点, 驻场检疫组) merged down, 岗位/姓名, a 风险类别 column
  written ``岗位职责风险``…, 风险点, 风险等级 一级/二级/三级, 预防措施;
- a 文广旅局 机关科室 一览表 that names POSTS only (科室/岗位, no 姓名: 对岗不对人) beside a 责任领导
  column of names (the 分管副局长, watchers) merged per 科室; ``附件1``; 填报单位(盖章)/日期 line;
- a 粮食储备库 个人岗位廉洁风险自查表, one sheet per post (tabs 保管岗/化验岗/财务岗): label/value rows
  姓　名/部门/岗位 and 岗位风险等级/填表日期, then short 风险点 beside a long 风险表现, levels
  较高/中等/较低, 防范措施 merged over two columns; 本人签名 line;
- a 供应链公司 岗位廉洁风险识别卡 STACKED on one sheet: per card a ``部门:…　岗位:…　姓名:…`` line,
  a heading 序号/风险事项/风险描述/等级/管控措施, its rows, a blank row;
- a 退役军人事务局 排查表: 股室(中心)/岗位/姓名 merged, 风险点, 风险级别 Ⅰ级/Ⅱ级/Ⅲ级 with a legend
  line, one post whose 姓名 reads ``空缺``;
- an 审计局 领导班子成员廉政风险防控卡, the leaders' cards stacked on one sheet: a 姓名/职务/分管处室
  label row per leader, a heading 序号/廉政风险点/风险等级/防控措施, 本人签名 under each card;
- a 镇 领导班子成员 list: 姓名/职务/分管工作 merged per leader, 廉政风险点, 防控措施 — NO level column,
  a ``注:`` line saying the 党政主要负责人 不直接分管财务、人事、采购.

Two are harder, both what such units hand in:

- ``water_supply_post_person``: a 供水总公司 关键岗位 排查表 whose post and holder share ONE column,
  headed ``岗位(人员)`` and written ``查表员(付小兵)``; 风险环节 (where the risk lies) before 风险表现 (the
  point);
- ``stats_tab_named``: a 统计局 岗位廉政风险点登记表, one sheet per person whose NAME IS ONLY THE TAB:
  the sheet says ``股室:…　岗位:…`` and leaves 本人签字 blank.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a news report, a 巡察整改 通报, a
党课, a commentary) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch23`` and do not tune the reader against it, or it
stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b23_media_center_dept_list.xls``, ``resaved/b23_grain_depot_sheets.ods``, see
make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 站点 column (``化龙堰镇动物检疫申报点``, ``定点屠宰场驻场检疫组``) names where its rows' posts sit:
  it is the 科室 of its rows (as batch22's 警组 and 网格), the 中心 of the title the unit;
- 高风险/中风险/低风险 are Ⅰ/Ⅱ/Ⅲ; 较高/中等/较低 are Ⅰ/Ⅱ/Ⅲ (中等 the middle, as 一般 between 较高 and
  较低); bare 一级/二级/三级 are Ⅰ/Ⅱ/Ⅲ;
- a 责任领导 column of names beside a list naming posts only is a watcher: the posts keep person ""
  (对岗不对人) and no form is the 责任领导's;
- a 岗位风险等级 in a personal form's label rows grades the POST; its points keep the levels of their
  own 风险等级 column;
- a short 风险点 (or 风险事项) beside a long 风险表现 (风险描述) is the point; 风险环节 is where the risk
  lies, no point; a 分管工作 or 分管处室 cell is no point;
- a 镇's or 局's leader (党委书记, 镇长, 局长, 副局长, 委员) has department 领导班子 (the convention since
  batch13); a leaders' list without a level column gives its points no level (None);
- ``岗位(人员)`` written ``查表员(付小兵)`` is the post 查表员 held by 付小兵;
- a personal sheet whose tab is a person's name, the sheet naming only 股室 and 岗位 and leaving the
  signature blank, is that person's form (the tab names him, as batch11's tabs named 科室);
- a ``空缺`` 姓名 names nobody (person "", as batch20).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b23_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, person_rows, types_in
from published.layouts import build as _build

PREFIX = "b23_"
RISK_WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
MODERATE = {"较高": 1, "中等": 2, "较低": 3}
VACANT = "空缺"
TIER = {"主任": "middle", "科长": "middle", "股长": "middle", "部长": "middle", "所长": "middle",
        "营业处处长": "middle", "稽查队长": "middle", "官方兽医": "general"}  # fmt: skip
FW = "\u3000"


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- harder layouts


def water_supply_post_person() -> dict:
    unit = "XX市供水总公司"
    sh = _Sheet("关键岗位", [5, 12, 18, 12, 32, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}关键岗位廉洁风险点排查表", 7)
    sh.add("序号", "部门", "岗位(人员)", "风险环节", "风险表现", "风险等级", "管控措施")
    depts = [
        ("营业处", [
            ("营业处处长", "闫立军", [
                ("用水性质变更", "违规变更用水性质,为商业用户套用居民水价", "高",
                 "用水性质变更现场核查,处务会集体审定。"),
                ("水费减免", "擅自减免、缓收大户水费", "中", "减免事项报分管经理审批,按季公示。"),
            ]),
            ("查表员", "付小兵", [
                ("水表查抄", "漏查、估表,少抄商业门脸用水量收受好处", "高",
                 "查表卡片随机抽查,用水量波动大户重点复核。"),
            ]),
            ("收费员", "申丽", [
                ("水费收缴", "收费不开具票据,截留、挪用水费", "中", "收费系统日结,票款每日核对。"),
            ]),
        ]),
        ("供水稽查队", [
            ("稽查队长", "温海涛", [
                ("违章用水查处", "对偷盗用水、私接管道降格处理", "高", "查处结果纪检监察部备案,案件集体审理。"),
            ]),
            ("稽查员", "苗壮", [
                ("现场稽查", "稽查前向用户通风报信", "中", "稽查任务临时派发,两人一组。"),
            ]),
        ]),
        ("管网所", [
            ("所长", "纪文斌", [
                ("管网维修工程", "维修工程量虚报、多结算", "中", "维修工程量现场签证,结算送审计。"),
                ("新装接水", "新装接水中“吃拿卡要”", "低", "接水流程网上公开,办理时限承诺。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for stage, point, level, measures in items:
                n += 1
                recs.append([n, dept, f"{post}({who})", stage, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, 1, (2,))
    sh.add()
    sh.add("部门负责人(签字):", None, None, "纪检监察部审核:", None, "2024年1月", None)
    return _layout(
        "water_supply_post_person",
        "http://report.hebei.com.cn/system/2015/01/07/014690974.shtml",
        "(harder) 供水总公司 关键岗位廉洁风险点排查表 after the source's 保定供水总公司 水表专项自查 (纪检监察部、供水稽查队"
        "和营业处 牵头; 查表员 查表卡片, 漏查、估表, 商业门脸, 用水性质): 序号/部门 merged/岗位(人员) — post and holder "
        "in ONE cell, written 查表员(付小兵), merged per person/风险环节 (where, no point)/风险表现 (the point)/风险等级 "
        "高/中/低/管控措施; 签字 line",
        [sh], t,
    )  # fmt: skip


def stats_tab_named() -> dict:
    unit = "XX县统计局"
    t = _Truth(unit)
    people = [
        ("方卫东", "综合统计股", "股长", [
            ("对领导干部干预统计数据的要求不抵制、不记录", "高", "干预统计工作情况如实记录、及时报告。"),
            ("工业产值数据审核把关不严,虚增数据", "高", "重点企业数据逐户核对,异常数据实地核查。"),
        ]),
        ("向丽君", "农村统计股", "统计员", [
            ("农业普查数据不经实地核实即上报", "中", "普查数据抽样复查,复查结果存档。"),
            ("对乡镇统计站报表审核走过场", "低", "乡镇报表与部门数据比对,问题报表退回重报。"),
        ]),
        ("宋志刚", "法规股", "统计执法员", [
            ("统计执法检查中降格处理违法行为", "高", "处罚案件集体审理,处理结果公开。"),
            ("泄露统计调查对象商业秘密", "中", "调查资料专人保管,查阅登记。"),
            ("接受被检查企业宴请、礼品", "低", "签订廉洁执法承诺书,节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, office, post, items in people:
        sh = _Sheet(who, [6, 40, 10, 36])
        sh.title(f"{unit}岗位廉政风险点登记表", 4)
        r = sh.add(f"股室:{office}{FW * 3}岗位:{post}{FW * 3}填表日期:2024年3月", None, None, None)
        sh.merge(r, 0, r, 3)
        sh.add("序号", "风险点", "风险程度", "预防措施")
        for i, (point, level, measures) in enumerate(items, 1):
            sh.add(i, point, level, measures)
            t.point(sh.name, office, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, "股室负责人签字:", None)
        sheets.append(sh)
    return _layout(
        "stats_tab_named", "https://www.wentop.com/wen/48/94092.html",
        "(harder) 统计局 岗位廉政风险点登记表 after the source's 县统计局 专题党课 (工业产值虚增, 领导干部直接干预, 乡镇统计站"
        " 兼职统计员, 农业普查): one sheet per person whose NAME IS ONLY THE TAB; a ``股室:…　岗位:…　填表日期:…`` line, "
        "序号/风险点/风险程度 高/中/低/预防措施, 本人签字 left blank",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def media_center_dept_list() -> dict:
    unit = "XX县融媒体中心"
    sh = _Sheet("排查表", [5, 12, 12, 8, 34, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    sh.title(f"{unit}岗位廉洁风险排查表", 7)
    r = sh.add(f"填报单位:{unit}(盖章)", None, None, None, "填报日期:2024年3月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "部门", "岗位名称", "姓名", "主要风险", "风险级别", "防范措施")
    depts = [
        ("新闻采编部", [
            ("主任", "姚建华", [
                ("稿件审核把关不严,收受好处刊发有偿新闻", "高", "稿件三审三校,审稿记录留存。"),
                ("采访任务、线索分配不公", "低", "采访任务每周例会公开分派。"),
            ]),
            ("记者", "陆晓雯", [
                ("以采访报道为名向企业索要财物、“赞助”", "高", "采访实行登记报备,公开监督电话。"),
                ("接受采访对象宴请、礼品", "中", "签订“清廉媒体”十项承诺,违者通报。"),
            ]),
        ]),
        ("播音主持部", [
            ("主持人", "韦佳", [
                ("以主持人身份参加商业活动取酬", "中", "参加社会活动事前报批。"),
            ]),
        ]),
        ("技术保障部", [
            ("媒资库管理员", "丁磊", [
                ("违规调用、外泄媒资库素材", "中", "媒资调用权限分级,调用日志月度检查。"),
                ("设备采购技术参数设置倾向性", "高", "采购参数集体论证,纪检监察室全程监督。"),
            ]),
        ]),
        ("综合办公室", [
            ("主任", "谭志军", [
                ("物品采购不比价,领用不登记", "中", "采购三家比价,领用台账按月盘点。"),
                ("公务车辆私用", "低", "派车单制度,行车记录按月核对。"),
            ]),
            ("报账员", "黎小芳", [
                ("财务收支票据审核不严,虚列支出", "中", "报销单据经办、审核、审批三签。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("部门负责人:", None, None, "中心纪检监察室审核:", None, None, None)
    return _layout(
        "media_center_dept_list", "http://www.gtxh.com/guanzhu/2022/0402/96248.html",
        "融媒体中心 岗位廉洁风险排查表 after the source's 安吉县融媒体中心 “清廉媒体” (新闻、产业、行政、后勤; 播音员、主持人、"
        "媒资库、车辆、物品的采购领用、财务收支; 人人一份廉政风险责任书): 附件2 line, title, 填报单位(盖章)/填报日期 line, "
        "序号/部门 merged/岗位名称/姓名 merged per person/主要风险/风险级别 高/中/低/防范措施; 审核 line",
        [sh], t,
    )  # fmt: skip


def cdc_keshi_two_row() -> dict:
    unit = "XX区疾病预防控制中心"
    sh = _Sheet("一览表", [5, 12, 12, 8, 34, 9, 32])
    t = _Truth(unit)
    sh.title(f"{unit}科室岗位廉洁风险一览表", 7)
    r = sh.add("序号", "科室", "岗位", "责任人", "廉洁风险", None, "管控措施")
    sh.add(None, None, None, None, "风险描述", "风险程度", None)
    for c in (0, 1, 2, 3, 6):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 5)
    depts = [
        ("免疫规划科", [
            ("科长", "龚明", [
                ("疫苗采购计划虚报,与供应商串通", "高风险", "采购计划集体研究,疫苗统一在省级平台采购。"),
                ("疫苗出入库记录不实", "中风险", "出入库扫码登记,每月账物核对。"),
            ]),
            ("疫苗管理员", "贝文静", [
                ("冷链管理不到位,私自调拨疫苗", "中风险", "调拨凭审批单,冷链温度自动记录。"),
            ]),
        ]),
        ("检验科", [
            ("科长", "卜立新", [
                ("试剂耗材采购指定品牌,收受回扣", "高风险", "试剂耗材遴选集体论证,采购与验收分离。"),
                ("检测报告审核流于形式", "低风险", "检测报告三级审核,抽查复检。"),
            ]),
            ("检验员", "柴丽", [
                ("篡改检测数据,出具不实报告", "高风险", "原始数据自动上传,修改留痕。"),
            ]),
        ]),
        ("办公室", [
            ("主任", "房建军", [
                ("应急物资采购不比价、不登记", "中风险", "应急采购事后补齐手续,纪检委员全程监督。"),
                ("接受设备供应商宴请、礼品", "低风险", "签订廉洁承诺书,拒收登记。"),
            ]),
        ]),
        ("财务科", [
            ("会计", "管晓琳", [
                ("报销票据审核不严,虚列支出", "中风险", "报销网上审批,票据真伪查验。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, people in depts:
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, dept, post, who, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], RISK_WORDS[level])
    person_rows(sh, recs, 1, (2, 3))
    r = sh.add("注:风险程度分为高风险、中风险、低风险三个等次。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("中心纪检委员(签字):", None, None, None, "2024年3月", None, None)
    return _layout(
        "cdc_keshi_two_row", "http://zjjlz.gov.cn/content/646947/58/14781120.html",
        "疾控中心 科室岗位廉洁风险一览表 after the source's 永定区疾控中心 廉政会议 (物资和疫苗采购; 设备、试剂耗材、疫苗 "
        "供应商; 科室负责人和关键岗位): TWO-ROW heading — 廉洁风险 spanning 风险描述 | 风险程度, 序号/科室/岗位/责任人/"
        "管控措施 merged down both rows —; 科室 merged, 岗位/责任人 merged per person; 高风险/中风险/低风险; 注 line; "
        "签字 line",
        [sh], t,
    )  # fmt: skip


def animal_quarantine_types() -> dict:
    unit = "XX县畜牧兽医中心"
    sh = _Sheet("动物检疫", [5, 18, 10, 8, 14, 32, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}动物检疫岗位廉政风险排查表", 8)
    sh.add("序号", "站点", "岗位", "姓名", "风险类别", "风险点", "风险等级", "预防措施")
    sites = [
        ("化龙堰镇动物检疫申报点", [
            ("官方兽医", "邹志强", [
                ("岗位职责风险", "不到现场检疫即出具检疫证明", "一级", "检疫痕迹化管理,检疫现场照片上传。"),
                ("外部环境风险", "收受养殖户、贩运户好处", "二级", "收费标准上墙公示,公开举报电话。"),
                ("业务流程风险", "检疫申报受理不登记", "三级", "申报受理台账逐日登记,中心每月抽查。"),
            ]),
            ("协检员", "尚小红", [
                ("制度机制风险", "空白检疫证明保管不严,外借他人", "二级", "空白证明编号管理,领用登记。"),
            ]),
        ]),
        ("城关镇动物检疫申报点", [
            ("官方兽医", "杜海波", [
                ("岗位职责风险", "对未佩戴耳标的畜禽违规出证", "一级", "出证前逐头核对耳标,系统比对。"),
                ("思想道德风险", "违规收取检疫费用", "二级", "签订廉洁承诺,违者一律追责。"),
            ]),
        ]),
        ("定点屠宰场驻场检疫组", [
            ("驻场兽医", "程立", [
                ("岗位职责风险", "宰后检疫走过场,病害肉品放行", "一级", "宰前宰后检疫记录双人签字。"),
                ("外部环境风险", "接受屠宰场负责人吃请", "二级", "驻场人员定期轮换。"),
                ("业务流程风险", "无害化处理记录不实", "三级", "无害化处理全程视频监控。"),
            ]),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for site, people in sites:
        for post, who, items in people:
            for kind, point, level, measures in items:
                n += 1
                recs.append([n, site, post, who, kind, point, level, measures])
                t.point(
                    sh.name, site, post, who, _tier(post), point, types_in(kind), ORDINAL[level]
                )
    person_rows(sh, recs, 1, (2, 3))
    sh.add()
    sh.add("填表人:", None, "中心负责人(签字):", None, None, None, "2024年5月", None)
    return _layout(
        "animal_quarantine_types",
        "http://szb.jinrifangxian.com/content/2017-05/03/016270.html",
        "畜牧兽医中心 动物检疫岗位廉政风险排查表 after the source's 房县 动物检疫申报点 规范化建设 (化龙堰镇动物检疫申报点, "
        "动物检疫员岗位职责, 受理检疫申报, 检疫痕迹化管理, 不实施检疫和违规检疫): 序号/站点 (申报点, 驻场检疫组) merged/"
        "岗位/姓名 merged/风险类别 (岗位职责风险…)/风险点/风险等级 一级/二级/三级/预防措施; 签字 line",
        [sh], t,
    )  # fmt: skip


def culture_posts_only() -> dict:
    unit = "XX市文化广电和旅游局"
    sh = _Sheet("机关科室", [5, 14, 10, 34, 8, 32, 10])
    t = _Truth(unit)
    sh.add("附件1")
    sh.title(f"{unit}机关科室岗位廉政风险点一览表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险级别", "防控措施", "责任领导")
    offices = [
        ("办公室", "郑国栋", [
            ("主任", "公务接待超标准、无公函接待", "中", "接待事前审批,接待清单按月公示。"),
            ("主任", "公车使用管理不严,公车私用", "低", "派车登记,行车记录按月核对。"),
            ("会计", "虚列支出,套取经费", "高", "支出凭证三级审核,年度内部审计。"),
        ]),
        ("文化市场管理科", "柯晓梅", [
            ("科长", "文化经营许可审批把关不严", "高", "许可材料两人审核,审批结果网上公开。"),
            ("科长", "执法检查前向经营户通风报信", "中", "检查任务临时下达,执法记录仪全程记录。"),
        ]),
        ("公共服务科", "柯晓梅", [
            ("科长", "文化惠民项目资金分配不公", "高", "资金分配方案局党组会研究,结果公示。"),
        ]),
        ("文物科", "郑国栋", [
            ("科长", "文物保护项目资金挤占挪用", "高", "项目资金专账核算,跟踪审计。"),
            ("科长", "文物保护工程验收走过场", "中", "验收邀请专家参与,验收资料存档。"),
        ]),
        ("艺术科", "邱志远", [
            ("科长", "文艺演出承办单位选定不公开", "中", "承办单位公开比选,比选结果公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for office, leader, items in offices:
        start = len(sh.rows)
        for post, point, level, measures in items:
            n += 1
            sh.add(n, office, post, point, level, measures, leader)
            t.point(sh.name, office, post, "", _tier(post), point, [], HML[level])
        end = len(sh.rows) - 1
        if end > start:
            for c in (1, 6):
                for k in range(start + 1, end + 1):
                    sh.rows[k][c] = None
                sh.merge(start, c, end, c)
        # a post repeated on consecutive rows is merged too (办公室 主任, 科长)
        r = start
        while r <= end:
            e = r
            while e < end and sh.rows[e + 1][2] == sh.rows[r][2]:
                e += 1
            if e > r:
                for k in range(r + 1, e + 1):
                    sh.rows[k][2] = None
                sh.merge(r, 2, e, 2)
            r = e + 1
    sh.add()
    sh.add("填报单位(盖章):", None, None, None, "填报日期:2024年4月", None, None)
    return _layout(
        "culture_posts_only", "http://wglj.smx.gov.cn/10360/616750560/1546078.html",
        "文广旅局 机关科室岗位廉政风险点一览表 after the source's 三门峡市文化广电和旅游局 巡察整改通报 (局机关各科室负责人, "
        "分管领导 “一岗双责”, 整改清单): 附件1, title, 序号/科室 merged/岗位 (posts only, no 姓名: 对岗不对人)/廉政风险点/"
        "风险级别 高/中/低/防控措施/责任领导 (分管副局长 names merged per 科室: watchers); 填报单位(盖章)/日期 line",
        [sh], t,
    )  # fmt: skip


def grain_depot_sheets() -> dict:
    unit = "XX县粮食储备库"
    t = _Truth(unit)
    people = [
        ("保管岗", "聂志刚", "仓储科", "保管员", "一级", [
            ("出入库数量不实", "入库时虚增数量、出库时少记,造成账实不符", "较高",
             "出入库电子称重数据自动上传,账实每月核对。"),
            ("损耗核销不实", "将管理不善造成的损失作为自然损耗核销", "中等", "损耗核销经质检、财务、分管领导三方确认。"),
            ("轮换以次充好", "轮换出库时以陈粮顶替新粮", "较高", "轮换粮食出入库质量检验,检验报告存档。"),
        ]),
        ("化验岗", "蒲海燕", "质检科", "化验员", "一级", [
            ("质量检验弄虚作假", "水分、杂质检验结果人为调整,为送粮户提等提价", "较高",
             "检验样品编码盲检,结果复检抽查。"),
            ("扦样不规范", "扦样不按规程,样品不封存", "较低", "扦样双人操作,样品封存签字。"),
        ]),
        ("财务岗", "沈丽萍", "财务科", "会计", "二级", [
            ("粮款结算审核不严", "收购粮款未经验收单据核对即支付", "较高", "粮款支付凭验收单、检验单、过磅单三单核对。"),
            ("轮换差价收入不入账", "轮换差价收入设立账外账", "中等", "轮换收入统一进入基本账户,年度审计。"),
            ("费用报销把关不严", "虚开发票报销费用", "较低", "报销票据逐张审核,定期抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, office, post, grade, items in people:
        sh = _Sheet(tab, [6, 16, 34, 10, 16, 16])
        sh.title(f"{unit}个人岗位廉洁风险自查表", 6)
        sh.add(f"姓{FW}名", who, "部门", office, "岗位", post)
        r = sh.add("岗位风险等级", grade, "填表日期", "2024年5月", None, None)
        sh.merge(r, 3, r, 5)
        r = sh.add("序号", "风险点", "风险表现", "风险等级", "防范措施", None)
        sh.merge(r, 4, r, 5)
        for i, (short, desc, level, measures) in enumerate(items, 1):
            r = sh.add(i, short, desc, level, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, office, post, who, _tier(post), short, [], MODERATE[level])
        sh.add()
        sh.add("本人签名:", None, "科室负责人:", None, "分管领导:", None)
        sheets.append(sh)
    return _layout(
        "grain_depot_sheets",
        "https://www.08gf.com/news/zhu-lao-fang-xian-shou-hu-liang-cang-xian-qu-liang-shi-ku-cun-jian-guan-zhi-du-ru-he-po-jie-zhang-sh.html",
        "粮食储备库 个人岗位廉洁风险自查表 after the source's 县区粮食库存监管 (账实不符, 自然损耗, 计量误差, 水分变化, "
        "监管盲区): one sheet per post (tabs 保管岗/化验岗/财务岗), label/value rows 姓　名/部门/岗位 and 岗位风险等级 "
        "(a grade of the post)/填表日期, then 序号/风险点 (short: the point)/风险表现 (long)/风险等级 较高/中等/较低/"
        "防范措施 (merged over two columns); 本人签名/科室负责人/分管领导 line",
        sheets, t,
    )  # fmt: skip


def supply_chain_stacked_cards() -> dict:
    unit = "XX农业发展集团XX供应链有限公司"
    sh = _Sheet("识别卡", [6, 14, 36, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险识别卡", 5)
    cards = [
        ("采购部", "采购专员", "钱立", [
            ("供应商选择", "接受供应商“小意思”、老乡“软招呼”,指定或倾向特定供应商", "高",
             "供应商库动态管理,选择结果部门集体确定。"),
            ("询价比价", "询价走过场,虚构比价记录", "中", "询价不少于三家,询价记录存档备查。"),
        ]),
        ("仓储部", "验收员", "庞晓东", [
            ("入库验收", "数量短少、品质不达标仍签收入库", "高", "验收双人签字,抽检结果留存。"),
            ("库存盘点", "盘点不实,盘亏不报", "中", "月度盘点财务部门参与,差异说明报批。"),
        ]),
        ("物流部", "调度员", "符丽", [
            ("车辆调度", "顺路捎带私人货物,公车私用", "低", "车辆北斗定位,行驶轨迹按周核查。"),
            ("承运商结算", "虚增运输里程和运费", "中", "运费按系统里程结算,财务复核。"),
        ]),
        ("财务部", "结算员", "戚永军", [
            ("付款审核", "未到付款条件提前放款", "高", "付款凭合同节点和验收单,分级审批。"),
            ("返点收入", "私下收取客户返点不入账", "高", "返点政策合同约定,收入统一入账。"),
        ]),
    ]  # fmt: skip
    for office, post, who, items in cards:
        r = sh.add(f"部门:{office}{FW * 2}岗位:{post}{FW * 2}姓名:{who}", None, None, None, None)
        sh.merge(r, 0, r, 4)
        sh.add("序号", "风险事项", "风险描述", "等级", "管控措施")
        for i, (short, desc, level, measures) in enumerate(items, 1):
            sh.add(i, short, desc, level, measures)
            t.point(sh.name, office, post, who, _tier(post), short, [], HML[level])
        sh.add()
    sh.add("公司纪委(盖章)", None, None, "2024年6月", None)
    return _layout(
        "supply_chain_stacked_cards", "https://dzrb.dzng.com/general/0/NEWS3224897LSNFAGFQIRLEM",
        "供应链公司 岗位廉洁风险识别卡 after the source's 供应链廉洁建设 (采购环节 供应商“小意思”、老乡“软招呼”; 仓储验收 "
        "数量差一点、品质次一点; 物流配送 顺路捎带、公车私用; 结算付款 提前放款、私下返点): four cards STACKED on one sheet, "
        "each a ``部门:…　岗位:…　姓名:…`` line, 序号/风险事项 (short: the point)/风险描述/等级 高/中/低/管控措施, "
        "a blank row; 盖章 line",
        [sh], t,
    )  # fmt: skip


def veterans_vacancy() -> dict:
    unit = "XX市退役军人事务局"
    sh = _Sheet("排查表", [5, 16, 12, 8, 34, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室(中心)", "岗位", "姓名", "风险点", "风险级别", "防控措施")
    posts = [
        ("优抚安置股", "股长", "潘文斌", [
            ("安置岗位分配中优亲厚友、收受好处", "Ⅰ级", "安置岗位赋分选岗,纪检人员全程监督。"),
            ("服现役表现量化评分审核不严", "Ⅱ级", "评分材料两人审核,评分结果公示。"),
        ]),
        ("优抚安置股", "科员", "石晓燕", [
            ("优抚对象抚恤补助资格审核把关不严", "Ⅱ级", "资格信息部门比对,定期复核。"),
            ("泄露优抚对象个人信息", "Ⅲ级", "信息系统权限管理,查询留痕。"),
        ]),
        ("权益维护股", "股长", "欧振华", [
            ("困难退役军人帮扶援助资金审批不公开", "Ⅰ级", "帮扶对象评议公示,资金直达个人账户。"),
        ]),
        ("退役军人服务中心", "主任", "卢建平", [
            ("优待证申领审核不严,为不符合条件人员办理", "Ⅱ级", "申领材料系统核验,抽查复核。"),
            ("烈士纪念设施维修项目发包不规范", "Ⅰ级", "维修项目按限额招标,验收送审计。"),
        ]),
        ("退役军人服务中心", "窗口受理员", VACANT, [
            ("受理业务时吃拿卡要、故意刁难", "Ⅲ级", "一次性告知,服务评价器实时评价。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for office, post, who, items in posts:
        person = "" if who == VACANT else who
        for point, level, measures in items:
            n += 1
            recs.append([n, office, post, who, point, level, measures])
            t.point(sh.name, office, post, person, _tier(post), point, [], ROMAN[level])
    person_rows(sh, recs, 1, (2, 3))
    r = sh.add("注:Ⅰ级为高风险,Ⅱ级为中风险,Ⅲ级为低风险。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("股室负责人(签字):", None, None, "局纪检组审核:", None, "2024年4月", None)
    return _layout(
        "veterans_vacancy", "https://www.hhky.gov.cn/info/5221/382882.htm",
        "退役军人事务局 岗位廉政风险点排查表 after the source's 开远市退役军人事务局 综合督查 (退役军人服务中心(站), 烈士纪念"
        "设施, 优待证申领发放, “四风”突出问题专项整治): 序号/股室(中心) merged/岗位/姓名 merged/风险点/风险级别 Ⅰ级/Ⅱ级/"
        "Ⅲ级/防控措施; one 姓名 cell reads 空缺; 注 legend line; 签字 line",
        [sh], t,
    )  # fmt: skip


def audit_leader_cards() -> dict:
    unit = "XX市审计局"
    sh = _Sheet("局领导", [6, 10, 14, 30, 10, 30])
    t = _Truth(unit)
    sh.title(f"{unit}领导班子成员廉政风险防控卡", 6)
    leaders = [
        ("沈建明", "党组书记、局长", "办公室、法规审理处", [
            ("重大审计事项不经集体研究,个人决定", "高", "重大审计事项局务会集体审定,会议纪要存档。"),
            ("干部选拔任用中打招呼、递条子", "高", "选人用人全程纪实,接受驻局纪检组监督。"),
        ]),
        ("韩秀英", "党组成员、副局长", "经济责任审计处、财政审计处", [
            ("干预审计组对审计发现问题的定性处理", "高", "问题定性审理处复核,领导干预登记报告。"),
            ("接受被审计单位宴请、礼品", "中", "进点签订廉洁承诺,被审计单位填写廉政评价表。"),
            ("与分管处室谈心谈话流于形式", "低", "每年与分管处室人员谈心一次,记录存档。"),
        ]),
        ("卫国强", "党组成员、副局长", "投资审计处、XX分局", [
            ("指定中介机构参与投资审计", "高", "中介机构从备选库随机抽取。"),
            ("工程审减结果审核把关不严", "中", "审减结果集体会审,复核留痕。"),
        ]),
    ]  # fmt: skip
    for who, post, area, items in leaders:
        sh.add("姓名", who, "职务", post, "分管处室", area)
        sh.add("序号", "廉政风险点", None, None, "风险等级", "防控措施")
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        for i, (point, level, measures) in enumerate(items, 1):
            r = sh.add(i, point, None, None, level, measures)
            sh.merge(r, 1, r, 3)
            t.point(sh.name, "领导班子", post, who, "leader", point, [], HML[level])
        sh.add("本人签名:", None, None, "驻局纪检组:", None, None)
        sh.add()
    return _layout(
        "audit_leader_cards",
        "http://www.jxsjw.gov.cn/nhqf/nhqf2019/gzzc/pzjd/202503/t20250306_3115814.shtml",
        "审计局 领导班子成员廉政风险防控卡 after the source's 嘉兴市审计局 廉政建设责任书 (局领导对分管处(室、分局)负总责, "
        "个人重大事项报告, 分管领导每年与分管对象谈心): the leaders' cards STACKED on one sheet, each a label row 姓名/职务/"
        "分管处室 (no point), a heading 序号/廉政风险点 (merged over three columns)/风险等级 高/中/低/防控措施, its rows, "
        "本人签名/驻局纪检组 line, a blank row",
        [sh], t,
    )  # fmt: skip


def town_leaders_list() -> dict:
    unit = "XX区XX镇"
    sh = _Sheet("班子成员", [5, 8, 14, 26, 32, 32])
    t = _Truth(unit)
    sh.title(f"{unit}领导班子成员廉政风险点及防控措施", 6)
    sh.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "防控措施")
    leaders = [
        ("严志勇", "党委书记", "主持镇党委全面工作;不直接分管财务、人事、采购", [
            ("重大事项决策搞“一言堂”", "重大事项党政联席会议集体研究,末位表态。"),
            ("对分管财务、人事、采购的副职监督缺位", "每季度听取副职分管事项报告。"),
        ]),
        ("廖晓峰", "党委副书记、镇长", "主持镇政府全面工作;不直接分管财务、人事、采购", [
            ("工程建设项目发包中打招呼", "工程项目进入区公共资源交易平台,插手干预登记报告。"),
            ("干预行政审批事项办理", "审批事项网上流转,办理结果公开。"),
        ]),
        ("段丽华", "党委委员、副镇长", "分管财政所、政府采购", [
            ("大额资金支付审批不严", "大额资金党政联席会议研究,支付会签。"),
            ("政府采购指定供应商", "采购需求与采购实施分离,镇纪委全程监督。"),
        ]),
        ("龙振", "党委委员、组织委员", "分管组织人事、干部管理", [
            ("干部考察推荐中优亲厚友", "考察推荐全程纪实,结果公示。"),
            ("村干部报酬核定不实", "报酬核定按考核结果,名单公示。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for who, post, area, items in leaders:
        for point, measures in items:
            n += 1
            recs.append([n, who, post, area, point, measures])
            t.point(sh.name, "领导班子", post, who, "leader", point, [], None)
    person_rows(sh, recs, None, (1, 2, 3))
    r = sh.add(
        "注:党政主要负责人不直接分管财务、人事、采购,实行副职分管、正职监督。", *([None] * 5)
    )
    sh.merge(r, 0, r, 5)
    sh.add("镇纪委审核:", None, None, "2024年2月", None, None)
    return _layout(
        "town_leaders_list", "http://sciencehuman.com/sciencenews/2012/12/news201212z60.htm",
        "镇 领导班子成员廉政风险点及防控措施 after the source's 复盛镇 一把手“3+X”不直接分管制度 (财务、人事、采购 共性权力"
        "副职分管、正职监督; 工程建设、行政审批): 序号/姓名/职务/分管工作 merged per leader/廉政风险点/防控措施 — no level "
        "column; 注 line; 镇纪委审核 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    water_supply_post_person(),
    stats_tab_named(),
    media_center_dept_list(),
    cdc_keshi_two_row(),
    animal_quarantine_types(),
    culture_posts_only(),
    grain_depot_sheets(),
    supply_chain_stacked_cards(),
    veterans_vacancy(),
    audit_leader_cards(),
    town_leaders_list(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b23_*``)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch23-inbox"))
