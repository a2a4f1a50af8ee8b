"""A seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM 事业单位 AND 国有企业 — a
州住房公积金管理中心, a 市中医医院, a 市儿童医院, a 市工业学校 (a 中职), a 中央储备粮 直属库, a 市热力
集团, a 县城乡公交公司, a 县供水公司 with its 乡镇供水站 and a 区不动产登记中心 — each handing back
its ordinary 一览表, 排查表, 清单 or personal 防控卡 the way its staff typed it, and five of them also
kept as LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b76_<name>.xls``/``.ods``, see
make_resaved.py):

- a 中医医院 中层干部 一览表 (re-saved): 科室 merged, 岗位/责任人 merged per person, short types,
  高/中/低 — the 医学装备科长 also heads the 后勤保障科, typed there as ``鲍立新（兼）``;
- a 儿童医院's 防控卡 one per sheet (tab = the holder): the holder block ``姓名 | … | 科室 | … |
  职称 | 主任医师`` over ``岗位 | 科主任 | 填卡日期 | …`` — the 职称 (``主任医师``, ``主管护师``,
  ``主管药师``) is a professional title, not the post; a short 风险点 beside 主要表现;
- a 工业学校 排查表 (re-saved) whose title is two lines, the school alone on the first
  (``XX市工业学校``) and the table's name on the second; 处室 merged, Ⅰ级/Ⅱ级/Ⅲ级;
- a 储备粮直属库 排查表 对岗不对人 (re-saved) whose posts carry their headcount, ``保管员（4人）``
  under ``岗位（人数）``; ``…风险`` types, 一级/二级/三级;
- a 热力集团 清单 kept in one workbook for two heating seasons: the sheet of the last season
  (``2023-2024采暖季``) left in front of this season's (``2024-2025采暖季``), each title naming its
  season ``2023—2024年采暖季``; ``…风险`` types, ``高风险/中风险/低风险``;
- a 城乡公交公司 排查表 (re-saved) with ``部门（车队）`` and a ``负责线路`` column (``1路、5路、9路``,
  ``全部线路``, ``—``) between the 车队 and the post;
- a 县供水公司's 自查表 one sheet per 乡镇供水站 and its 稽查分队 (re-saved), the tabs short
  (``潭口站``), each under a ``单位:XX县安泉供水有限公司潭口供水站 | 填表日期:…`` line;
- a 不动产登记中心 一览表 对岗不对人 in the order of the registration (``业务环节`` 预审咨询 … 档案
  查询), the 科室 trailing as ``所在科室``, levels ``高/较高/一般`` defined by a 注 line under it.

One is harder:

- ``fund_center_business_classes``: a 住房公积金管理中心's 廉政风险防控一览表, three cards stacked
  on one sheet as they were pasted from Word, each under ONE cell ``部门:归集管理科　　岗位职务:科长
  责任人:柏文涛``; its ``风险类型`` column holds the business class (``缴存类``, ``提取类``,
  ``贷款类``, ``财务管理类``, ``信息数据管理类``) merged down, not one of the five types.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a province's 39 住房公积金 risk
behaviours in six classes — 缴存类, 提取类, 贷款类, 资金存储类, 财务管理, 信息数据管理类; a 中医医院's
述责述廉 of its 中层干部 and 护士长 on 药品器械采购, 基建项目, 科研经费, 高值耗材; a 儿童医院's 廉洁诚信
建设 and its 红包 agreements; a 工业学校's 校纪委 check of 实训耗材 bought by the 总务处 and 实训处
for the 专业部; a 储备粮 库's 保管制度 — 库主任, 保粮、检质、计量人员, 分仓台账; a 热力公司's 供热稽查
by its 生产管理部 and 供热稽查部, 蒸汽表计 双铅封, 追缴欠热费; a 城市运营公司's 公交公司 and its 1、5、
9、11、K1 路 and 调度中心; a 县供水公司's 供水稽查 over 9 个乡镇; a 不动产登记中心's 岗位职责 — 预审咨询、
受理、初审、复审、核定、登簿、缮证发证) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch76`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``鲍立新（兼）`` is 鲍立新 holding that post as well (兼任): his name, no post in the bracket; he
  holds two forms, one per 科室 and post;
- a ``职称`` (主任医师, 主管护师, 主管药师) is a professional title, not the post: the post is the
  ``岗位`` beside it;
- a post written with its headcount, ``保管员（4人）``, is the post ``保管员`` with no named holder;
- a workbook of two heating seasons keeps only this season's sheet: the sheet whose title names
  the earlier season (``2023—2024年采暖季`` beside ``2024—2025年采暖季``) is set aside, its forms
  and points none;
- ``负责线路`` names the routes a 车队 runs: no 科室, no post, no point;
- a ``单位:`` line naming the company and its 供水站 (``…供水有限公司潭口供水站``) gives the company
  as the unit and the 站 as the 科室 (as batches 36 and 68 took a 局 and its 所), whatever the tab's
  short name;
- ``高/较高/一般``, defined so by the 注 under the table, are 1/2/3;
- a ``风险类型`` column of business classes (``缴存类``, ``提取类``…) names none of the five types:
  the points have no type.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, real dates), copies the re-saved copies ``resaved/b76_<name>.*`` and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b76_"
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
FAIR = {"高": 1, "较高": 2, "一般": 3}  # the 不动产登记中心's three steps, by its 注
IDEO = "\u3000\u3000"  # two full-width spaces between the pairs of one cell
CONCURRENT = "（兼）"


# --------------------------------------------------------------------------- harder layout


def fund_center_business_classes() -> dict:
    unit = "XX州住房公积金管理中心"
    sh = _Sheet("Sheet1", [6, 14, 40, 9, 40])
    t = _Truth(unit)
    cards = [
        ("归集管理科", "科长", "柏文涛", [
            ("缴存类", "为缴存单位违规降低缴存比例、办理缓缴出具同意意见", "高",
             "降低比例和缓缴须经职工代表大会讨论,报中心主任办公会审批。"),
            ("缴存类", "缴存基数超过上限、月缴存额低于下限未予纠正", "中",
             "系统设置基数上下限校验,每季度开展缴存稽核。"),
            ("信息数据管理类", "擅自修改职工缴存基础信息", "中",
             "基础信息修改须凭单位证明,修改记录系统留痕、按月抽查。"),
        ]),
        ("提取管理科", "科长", "祁淑华", [
            ("提取类", "为不符合条件的职工办理购房提取", "高",
             "购房提取与不动产登记、网签备案信息联网核验,大额提取双人复核。"),
            ("提取类", "租房提取超过规定额度,一年内多次提取", "低",
             "系统按年度控制租房提取额度,超额自动拦截。"),
        ]),
        ("信贷管理科", "科长", "冉晓光", [
            ("贷款类", "超过规定额度和期限发放个人住房贷款", "高",
             "贷款额度系统自动测算,审批实行初审、复审、终审三级审批。"),
            ("贷款类", "对借款人还款能力审核不严,形成逾期贷款", "中",
             "收入证明与缴存记录比对,逾期贷款按月通报催收。"),
            ("信息数据管理类", "泄露借款人个人信息", "低", "查询权限分级设置,查询记录留痕备查。"),
        ]),
    ]  # fmt: skip
    for k, (dept, post, who, points) in enumerate(cards):
        if k:
            sh.add()
        _line(sh, f"{unit}廉政风险防控一览表", 5)
        _line(sh, f"部门:{dept}{IDEO}岗位职务:{post}{IDEO}责任人:{who}", 5)
        sh.add("序号", "风险类型", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (cls, point, lv, measures) in enumerate(points, 1):
            sh.add(n, cls, point, lv, measures)
            t.point(sh.name, dept, post, who, "middle", point, [], HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add(
        "注:风险类型按住房公积金业务分为缴存类、提取类、贷款类、资金存储类、财务管理类、信息数据管理类。"
    )
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 4)
    return _layout(
        "fund_center_business_classes", "http://hainiu11.com/hubei/jmct/20180721/t20180721_524307606.shtml",
        "(harder) 州住房公积金管理中心 廉政风险防控一览表 after the source's account of a province's 39 住房公积金 risk "
        "behaviours in six classes (缴存类, 提取类, 贷款类, 资金存储类, 财务管理, 信息数据管理类 — 缴存比例超限, 超额度提取, "
        "超额度发放贷款): THREE cards stacked on one sheet ``Sheet1`` as pasted from Word, a blank row between, each its "
        "own title and ONE merged cell ``部门:归集管理科　　岗位职务:科长　　责任人:柏文涛`` (full-width spaces between "
        "the pairs); 序号/``风险类型`` holding the BUSINESS CLASS (缴存类, 提取类, 贷款类, 信息数据管理类) merged down — "
        "none of the five types/风险点/风险等级 高/中/低/防控措施; a 注 line naming the six classes under the last card",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tcm_hospital_concurrent() -> dict:
    unit = "XX市中医医院"
    sh = _Sheet("中层干部", [6, 12, 9, 12, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}中层干部岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    bao = "鲍立新"
    rows = [
        ("药剂科", "科主任", "甘泽民", "中药饮片采购验收把关不严,以次充好", "岗位职责", "高",
         "饮片入库逐批抽检,验收由药剂科、质控科双人签字。"),
        ("药剂科", "科主任", "甘泽民", "向医药代表提供临床用药统计数据", "外部环境", "高",
         "统方权限专人管理,查询记录每月审计。"),
        ("医学装备科", "科长", bao, "设备采购参数设置倾向特定品牌", "制度机制", "高",
         "采购参数经院论证小组论证,挂网公示。"),
        ("医学装备科", "科长", bao, "高值耗材出入库登记不实,账物不符", "业务流程", "中",
         "高值耗材扫码出入库,每月盘点对账。"),
        ("后勤保障科", "科长", bao + CONCURRENT, "零星维修工程不经比价指定施工队", "制度机制", "中",
         "零星维修三家比价,结算经审计科审核。"),
        ("后勤保障科", "科长", bao + CONCURRENT, "食堂食材采购验收不严", "岗位职责", "低",
         "食材定点采购,验收由膳食委员会派员参加。"),
        ("科研科", "科长", "沙晓芸", "科研经费报销审核不严,虚列劳务费", "业务流程", "中",
         "劳务费发放名单公示,报销经课题负责人和分管院长审签。"),
        ("护理部", "主任", "尚美玲", "护理人员评优评先、进修推荐不公", "思想道德", "低",
         "评优条件和结果在院内公示五个工作日。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, shown, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, shown, point, typ, lv, measures)
        who = shown.removesuffix(CONCURRENT)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报科室:党委办公室", None, None, "审核:", None, None, "2024年4月", None)
    return _layout(
        "tcm_hospital_concurrent", "https://www.yn-tcm-hospital.com/ynxw233/010001500013652.html",
        "市中医医院 中层干部岗位廉政风险防控一览表 after the source's 述责述廉 of a 中医医院's 中层干部 and 护士长 (药品器械"
        "采购, 基建项目, 科研经费, 高值耗材 — 廉政风险清单): 序号/科室 merged (药剂科, 医学装备科, 后勤保障科, 科研科, "
        "护理部)/岗位 and 责任人 merged per person/廉政风险点/风险类别 short names/风险等级 高/中/低/防控措施; the 医学装备科"
        "长 鲍立新 ALSO heads the 后勤保障科, typed there ``鲍立新（兼）`` (two forms); 填报科室/审核/date line; re-saved "
        "as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def children_hospital_title_cards() -> dict:
    unit = "XX市儿童医院"
    t = _Truth(unit)
    people = [
        ("卓慧敏", "新生儿科", "主任医师", "科主任", "middle", [
            ("收受红包", "患儿家属以感谢为名送红包、购物卡", "高",
             "入院时与家属签订不收不送红包协议,拒收登记上报院纪委。"),
            ("药品耗材使用", "为医药代表推销药品耗材,开具大处方", "高", "处方点评每月一次,异常用量约谈。"),
            ("科室绩效分配", "绩效二次分配不公开,向个人倾斜", "低", "分配方案科务会讨论,结果科内公示。"),
        ]),
        ("温雅琴", "儿童保健科", "主管护师", "护士长", "middle", [
            ("疫苗和保健品推荐", "向家长推荐自费保健品收取提成", "中", "自费项目告知书由家长签字,院内不得推销。"),
            ("体检证明出具", "为入托入学儿童出具不实体检证明", "中", "体检报告系统生成,两人复核签章。"),
        ]),
        ("符志坚", "药学部", "主管药师", "药品采购员", "general", [
            ("药品采购", "在平台外采购药品,接受供应商回扣", "高", "药品全部平台采购,采购计划药事会审核。"),
            ("药品验收", "验收数量、效期核对不严", "中", "验收双人签字,效期近六个月拒收。"),
            ("库存盘点", "盘点走过场,账实不符不报告", "低", "每月盘点由财务科派员监盘。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, rank, post, tier, points in people:
        sh = _Sheet(who, [6, 16, 34, 9, 34, 10])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 6)
        sh.add("姓名", who, "科室", dept, "职称", rank)
        sh.add("岗位", post, "填卡日期", "2024年6月", None, None)
        sh.add("序号", "风险点", "主要表现", "风险等级", "防控措施", None)
        for n, (point, shows, lv, measures) in enumerate(points, 1):
            sh.add(n, point, shows, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字:", None, "院纪委审核:", None, None, None)
        sheets.append(sh)
    return _layout(
        "children_hospital_title_cards", "http://www.szkid.com.cn/wygk/yyxw/content/post_632848.html",
        "市儿童医院 岗位廉洁风险防控卡, one per sheet (tab = the holder), after the source's account of a 儿童医院's 廉洁"
        "诚信医院建设 (不收和不送红包协议, 医德医风, 岗位廉政廉洁风险防控): a holder block of two rows ``姓名 | 卓慧敏 | 科室"
        " | 新生儿科 | 职称 | 主任医师`` over ``岗位 | 科主任 | 填卡日期 | 2024年6月`` — the 职称 (主任医师, 主管护师, 主管"
        "药师) a professional title, NOT the post; 序号/a short 风险点/主要表现/风险等级 高/中/低/防控措施; 本人签字/院纪委"
        "审核 line",
        sheets, t,
    )  # fmt: skip


def vocational_school_two_line_title() -> dict:
    unit = "XX市工业学校"
    sh = _Sheet("排查表", [6, 12, 14, 9, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, unit, 7)
    _line(sh, "岗位廉政风险点排查表", 7)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("总务处", "主任", "程立军", "实训耗材招标采购化整为零,规避公开招标", "Ⅰ级",
         "年度耗材采购计划汇总后统一招标,纪委全程监督。"),
        ("总务处", "主任", "程立军", "校舍维修工程结算审核不严", "Ⅱ级", "维修工程结算送第三方审核。"),
        ("实训处", "主任", "邝海涛", "实训耗材采购计划虚报数量", "Ⅱ级", "采购计划按课时和学生数核定,校长办公会审定。"),
        ("实训处", "实训耗材管理员", "於佳", "耗材到货签收不核对,账物不符", "Ⅱ级", "到货由专业部和实训处共同签收。"),
        ("实训处", "实训耗材管理员", "於佳", "耗材领用登记不全,私自挪用", "Ⅲ级", "领用登记到班级和课次,每学期盘点。"),
        ("招生就业处", "主任", "厉建明", "招生中违规承诺,向中介支付生源费", "Ⅰ级", "招生宣传材料审核备案,严禁有偿招生。"),
        ("招生就业处", "主任", "厉建明", "顶岗实习单位选择收受企业好处", "Ⅰ级", "实习单位由校企合作委员会集体确定并公示。"),
        ("机电专业部", "专业部长", "邵宏", "技能竞赛选手推荐优亲厚友", "Ⅲ级", "选手经校内选拔赛产生,结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "middle", "专业部长": "middle"}
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("校纪委(盖章)", None, None, "填报人:", None, "2024年5月", None)
    return _layout(
        "vocational_school_two_line_title", "https://m.bangboer.net/news/show579529.html",
        "市工业学校 (a 中职) 岗位廉政风险点排查表 after the source's account of a 工业学校's 校纪委 checking the 实训耗材 "
        "bought by its 总务处 and 实训处 for the 专业部(组): the title in TWO merged lines, the school ALONE on the first "
        "``XX市工业学校`` and ``岗位廉政风险点排查表`` on the second; 序号/处室 merged (总务处, 实训处, 招生就业处, 机电专业部)/"
        "岗位 and 责任人 merged per person/风险点/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施; 校纪委(盖章)/填报人/date line; re-saved as "
        ".xls and .ods",
        [sh], t,
    )  # fmt: skip


def grain_depot_headcounts() -> dict:
    unit = "中央储备粮XX直属库有限公司"
    sh = _Sheet("排查表", [6, 10, 16, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 7)
    sh.add("序号", "部门", "岗位（人数）", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("仓储部", "部门经理", 1, "出入库计划执行不严,未凭出库单发粮", "制度机制风险", "一级",
         "出库凭总公司储备粮中心出库单,系统控制。"),
        ("仓储部", "保管员", 4, "分仓保管账与实物不符,隐瞒损耗", "岗位职责风险", "一级",
         "执行“一符三专四落实”,每月账实核对。"),
        ("仓储部", "保管员", 4, "查粮记录弄虚作假", "思想道德风险", "二级", "粮情电子检测数据自动留存,与记录比对。"),
        ("仓储部", "司磅员", 2, "过磅数据人为改动,虚增入库数量", "业务流程风险", "一级",
         "地磅数据实时上传,视频监控全程留存。"),
        ("质检部", "检验员", 3, "收购扦样检验压级压价或提级提价", "外部环境风险", "一级",
         "扦样、检验、定等分岗,检验结果当场公示。"),
        ("质检部", "检验员", 3, "出库检验报告出具不实", "岗位职责风险", "二级", "检验样品留存备查,报告两人签字。"),
        ("综合办公室", "报账员", 1, "保管费用报销单据审核不严", "业务流程风险", "三级", "报销经部门负责人和库主任审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"部门经理": "middle"}
    for n, (dept, post, heads, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, f"{post}（{heads}人）", point, typ, lv, measures)
        t.point(
            sh.name, dept, post, "", tiers.get(post, "general"), point, types_in(typ), GRADES[lv]
        )
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post)])
    sh.add()
    sh.add("库主任:", None, "纪检委员:", None, None, "填表时间:2024年11月", None)
    return _layout(
        "grain_depot_headcounts", "http://p.safehoo.com/Manage/System/Food/201606/444283.shtml",
        "中央储备粮 直属库 岗位廉洁风险排查表 对岗不对人 after the source's 储备粮保管制度 (库主任 responsible, 保粮、检质、"
        "计量人员, 分仓台账和保管专卡, 出库单, “一符三专四落实”): 序号/部门 merged (仓储部, 质检部, 综合办公室)/"
        "``岗位（人数）`` merged per post — each post WITH ITS HEADCOUNT ``保管员（4人）``, ``检验员（3人）``, "
        "``部门经理（1人）``/风险点/风险类型 ``…风险``/风险等级 一级/二级/三级/防控措施; no names; 库主任/纪检委员/填表时间 "
        "line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def heating_company_two_seasons() -> dict:
    unit = "XX市热力集团有限公司"
    t = _Truth(unit)
    header = ("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    current = [
        ("供热稽查部", "部长", "詹志远", "查处窃热、私接行为时收受好处,降低处理标准", "外部环境风险", "高风险",
         "稽查处理结果集体研究,违约金收缴开具票据并公示。"),
        ("供热稽查部", "稽查员", "蓝海鹏", "用热面积核查不实,为用户少计面积", "岗位职责风险", "中风险",
         "核查两人同行,面积数据录入系统后由部长抽查。"),
        ("客户服务中心", "收费班长", "喻春兰", "热费现金收入不及时缴存、挪用", "制度机制风险", "高风险",
         "推行线上缴费,现金收入当日缴存,日结日清。"),
        ("客户服务中心", "收费班长", "喻春兰", "违规办理停供、减免热费", "业务流程风险", "中风险",
         "停供、减免须经客户服务中心主任审批,每月公示。"),
        ("生产管理部", "部长", "戚国梁", "蒸汽表计铅封管理不严,为用户改动计量", "岗位职责风险", "中风险",
         "表计实行双铅封,编号录入台账,与稽查部共同确认。"),
        ("物资供应部", "采购员", "邱立", "管材阀门采购询价不实", "思想道德风险", "低风险",
         "询价不少于三家,询价记录随采购单存档。"),
    ]  # fmt: skip
    last_season = [
        ("供热稽查部", "部长", "詹志远", "查处窃热行为时降低处理标准", "外部环境风险", "高风险",
         "稽查处理结果集体研究。"),
        ("供热稽查部", "稽查员", "蓝海鹏", "用热面积核查走过场", "岗位职责风险", "中风险", "核查两人同行。"),
        ("客户服务中心", "收费班长", "房玉洁", "收取热费不开票据,截留收入", "制度机制风险", "高风险",
         "收费一律开具票据,票据连号管理。"),
        ("物资供应部", "采购员", "邱立", "管材阀门采购询价不实", "思想道德风险", "低风险", "询价不少于三家。"),
    ]  # fmt: skip
    sheets = []
    for season, rows, counted in (("2023-2024", last_season, False), ("2024-2025", current, True)):
        sh = _Sheet(f"{season}采暖季", [6, 12, 10, 9, 34, 14, 9, 34])
        y0, y1 = season.split("-")
        _line(sh, f"{unit}{y0}—{y1}年采暖季廉洁风险防控清单", 8)
        sh.add(*header)
        first = len(sh.rows)
        tiers = {"部长": "middle", "收费班长": "general"}
        for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, dept, post, who, point, typ, lv, measures)
            if counted:
                tier = tiers.get(post, "general")
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
        per_person = lambda row: row[1:4]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
        sh.add()
        sh.add("编制:纪检监察室", None, None, "审核:", None, None, f"{y0}年10月", None)
        sheets.append(sh)
    return _layout(
        "heating_company_two_seasons", "http://zjssba.com/fdjcdt/20191212/1292918.html",
        "市热力集团 廉洁风险防控清单 after the source's account of a 热力公司's 供热稽查 (生产管理部 and 供热稽查部, 蒸汽用户"
        "表计双铅封, 追缴欠热费, 盗用暖气): ONE WORKBOOK OF TWO HEATING SEASONS — the sheet ``2023-2024采暖季`` (title "
        "``…2023—2024年采暖季廉洁风险防控清单``, an earlier 收费班长 房玉洁, older wording, no 生产管理部) left IN FRONT of "
        "this season's ``2024-2025采暖季``; each: 序号/部门 merged/岗位 and 责任人 merged per person/风险点/风险类型 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; 编制/审核/date line; only this season's sheet counts",
        sheets, t,
    )  # fmt: skip


def bus_company_route_column() -> dict:
    unit = "XX县城乡公交有限公司"
    sh = _Sheet("Sheet1", [6, 12, 16, 12, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 8)
    sh.add("序号", "部门（车队）", "负责线路", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    one, two = "1路、5路、9路", "11路、K1路、城乡专线"
    rows = [
        ("第一车队", one, "车队长", "鲁振华", "驾驶员排班、线路分配收受好处", "高", "排班规则公开,排班表每周公示。"),
        ("第一车队", one, "车队长", "鲁振华", "车辆维修指定修理厂,虚报维修项目", "中",
         "维修实行定点招标,维修单驾驶员签字确认。"),
        ("第二车队", two, "车队长", "窦海波", "城乡专线现金票款截留", "高", "推行扫码支付,票款箱双锁双人开箱。"),
        ("第二车队", two, "安全员", "钮丽", "交通事故处理中隐瞒责任、私了收钱", "中", "事故处理结果报公司安全部复核。"),
        ("调度中心", "全部线路", "调度员", "蒯晓东", "调度派班照顾关系驾驶员", "低", "智能调度系统自动派班,人工调整留痕。"),
        ("票务中心", "—", "票款清点员", "酆秀英", "清点票款时私拿现金、以假换真", "高", "清点全程录像,两人同时清点签字。"),
        ("票务中心", "—", "票款清点员", "酆秀英", "公交IC卡充值款挪用", "中", "充值款每日与系统数据核对后缴存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"车队长": "middle"}
    for n, (dept, lines, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, lines, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: (row[1], row[3], row[4])  # noqa: E731
    _merge_down(
        sh, first,
        [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2])), (3, per_person), (4, per_person)],
    )  # fmt: skip
    sh.add()
    sh.add("填报单位(盖章):", None, None, None, "填报日期:2024年7月", None, None, None)
    return _layout(
        "bus_company_route_column", "http://www.aps4tier.com/html/2022/main_1101/1643.html",
        "县城乡公交有限公司 岗位廉洁风险排查表 after the source's account of a 城市运营公司's 公交公司 (清风公交 on the 1、5、9、"
        "11、K1 路, 驾驶员, 调度中心, 明察暗访): 序号/``部门（车队）`` merged (第一车队, 第二车队, 调度中心, 票务中心)/a "
        "``负责线路`` column merged per 车队 (``1路、5路、9路``, ``11路、K1路、城乡专线``, ``全部线路``, ``—``)/岗位 and "
        "姓名 merged per person/风险点/风险等级 高/中/低/防控措施; 填报单位/填报日期 line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def water_company_station_sheets() -> dict:
    unit = "XX县安泉供水有限公司"
    t = _Truth(unit)
    stations = [
        ("潭口站", "潭口供水站", [
            ("站长", "葛先荣", "为私接管道用户补办手续,收费不入账", "思想道德、制度机制", "高",
             "补办手续一律到公司营业大厅办理,站内不收现金。"),
            ("站长", "葛先荣", "违规减免用户水费", "岗位职责", "中", "水费减免报公司审批,每季度公示。"),
            ("抄表收费员", "黎小娟", "估抄、漏抄,为用户少计水量", "岗位职责", "中", "抄表拍照上传,系统比对异常水量。"),
        ]),
        ("龙华站", "龙华供水站", [
            ("站长", "涂建勇", "新装用户接水工程指定施工队", "制度机制", "高", "接水工程由公司统一施工,价格公开。"),
            ("维修工", "褚平", "维修材料虚报冒领", "业务流程", "低", "材料凭工单领用,以旧换新。"),
        ]),
        ("稽查分队", "供水稽查分队", [
            ("分队长", "阎振东", "查处偷盗水时收受好处,少追缴水费", "外部环境", "高",
             "追缴水量按管径和时长测算,处理结果报公司审定。"),
            ("分队长", "阎振东", "泄露夜巡稽查计划", "岗位职责", "中", "稽查计划当日下达,参与人员交出手机。"),
            ("稽查员", "石海燕", "稽查取证不全,为违章用户开脱", "业务流程", "低", "现场取证拍照录像,两人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, rows in stations:
        sh = _Sheet(tab, [6, 12, 9, 34, 14, 8, 34])
        _line(sh, "岗位廉洁风险自查表", 7)
        r = sh.add(f"单位:{unit}{dept}", None, None, None, "填表日期:2024年8月", None, None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            tier = "middle" if post in ("站长", "分队长") else "general"
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("站(队)长:", None, "填表人:", None, None, None, None)
        sheets.append(sh)
    return _layout(
        "water_company_station_sheets", "http://jiangxiwater.com/xwdt/zgsdt/2024/09/39785.shtml",
        "县供水有限公司 岗位廉洁风险自查表 after the source's account of a county 供水 company's 供水稽查 over 9 个乡(镇) "
        "(夜巡夜探, 供水稽查分队, 追补水费, 安装工程款): ONE SHEET PER 乡镇供水站 and for the 稽查分队, the tabs SHORT "
        "(``潭口站``, ``龙华站``, ``稽查分队``), each under a bare title and a line ``单位:XX县安泉供水有限公司潭口供水站 | "
        "填表日期:2024年8月`` (two merged cells); 序号/岗位 and 姓名 merged per person/风险点/风险类别 short names (two in "
        "one cell)/风险等级 高/中/低/防控措施; 站(队)长/填表人 line; re-saved as .xls and .ods",
        sheets, t,
    )  # fmt: skip


def registration_center_flow_posts() -> dict:
    unit = "XX区不动产登记中心"
    sh = _Sheet("一览表", [6, 12, 14, 34, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "业务环节", "岗位", "廉政风险点", "风险等级", "防控措施", "所在科室")
    rows = [
        ("预审咨询", "预审咨询岗", "对申请人选择性告知,暗示找中介代办", "一般", "一次性告知清单上墙,咨询记录留存。",
         "综合服务科"),
        ("受理", "受理岗", "对材料不全的申请违规受理", "较高", "受理要件系统校验,缺件不能流转。", "登记受理科"),
        ("受理", "受理岗", "插队办理、人为拖延办件", "一般", "叫号系统排队,办件时限自动预警。", "登记受理科"),
        ("初审、复审", "审核岗", "审核把关不严,为权属不清的不动产办理登记", "高", "初审、复审分岗,疑难件集体会审。",
         "权籍审核科"),
        ("核定、登簿", "登簿岗", "擅自更改登簿信息", "高", "登簿信息修改须经中心主任审批并留痕。", "权籍审核科"),
        ("缮证发证", "缮证发证岗", "证书发放不核验领证人身份", "一般", "领证人脸识别核验,发证登记签字。", "综合服务科"),
        ("档案查询", "档案查询岗", "违规查询、泄露权利人登记信息", "较高", "查询凭证件,查询记录留痕并每月抽查。",
         "档案信息科"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, post, point, lv, measures, dept) in enumerate(rows, 1):
        sh.add(n, step, post, point, lv, measures, dept)
        t.point(sh.name, dept, post, "", "general", point, [], FAIR[lv])
    per_post = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (6, lambda row: row[6])])
    _line(sh, "注:风险等级分为高、较高、一般三级。", 7)
    return _layout(
        "registration_center_flow_posts",
        "https://dglwmy.com/html/.zwgkzfxxgkxxgkzn.201710t20171012_228855.html",
        "区不动产登记中心 岗位廉政风险防控一览表 对岗不对人 after the source's 不动产登记工作岗位职责 (预审咨询、受理、初审、"
        "复审、核定、登簿、缮证发证 岗位, 中心各科室): rows in the order of the registration — 序号/``业务环节`` merged "
        "(预审咨询, 受理, 初审、复审, 核定、登簿, 缮证发证, 档案查询)/岗位 ``…岗`` merged per post/廉政风险点/风险等级 "
        "``高/较高/一般``/防控措施/the 科室 TRAILING as ``所在科室`` merged over equal neighbours (综合服务科, 登记受理科, 权籍审核科 over the 审核岗 AND the 登簿岗, 档案信息科); no "
        "names; a 注 ``风险等级分为高、较高、一般三级。`` under it",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fund_center_business_classes(),
    tcm_hospital_concurrent(),
    children_hospital_title_cards(),
    vocational_school_two_line_title(),
    grain_depot_headcounts(),
    heating_company_two_seasons(),
    bus_company_route_column(),
    water_company_station_sheets(),
    registration_center_flow_posts(),
]

RESAVED = (
    "tcm_hospital_concurrent",
    "vocational_school_two_line_title",
    "grain_depot_headcounts",
    "bus_company_route_column",
    "water_company_station_sheets",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b76_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch76-inbox"))
