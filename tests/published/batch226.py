"""The two-hundred-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE EDUCATION AND HEALTH BODIES OF ONE COUNTY, 宝兴县 — its
教育局, a 中学, a 镇's 中心小学, the 幼儿园, the 县人民医院 with its 科室, a 镇's 中心卫生院, the
医疗保障局, the 疾病预防控制中心 and the 妇幼保健院 — each handing back its ordinary 一览表, 排查表,
清单, 自查表 or 公示栏 the way its staff typed it (rows about 招生, 教辅 and 校服, 校园餐, 伙食费, 药品
and 试剂, 设备, 医保基金, 疫苗, 公卫资金):

- the 教育局's 一览表 under ``附件1`` and a ``填报单位：…（盖章） | 填报时间：…`` line, 股室 merged (局领导,
  基础教育股, 计划财务股, 教育技术装备中心), 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低
  and a ``备注`` column;
- a 中学's 校园餐 排查表 under one merged ``学校（盖章）：…　　　　排查时间：…`` cell, ``处室`` (校长室, 总务处,
  食堂), ``责任人``, ``排查出的风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line;
- a 中心小学's 自查表, one sheet a person, the labels ``姓名 | 性别 | 职务 | 所在处室 | 填表日期`` in one row
  and their values in the row beneath, 一级/二级/三级, short type names;
- the 幼儿园's 清单 对岗不对人, no 科室 column, ``岗位职责`` beside the 风险点, ★★★/★★/★ with a legend;
- the 县人民医院's 排查表, one sheet a 科室 (药剂科, 检验科, 设备科), a ``科室：…　　科室负责人：…　　填报日期：…``
  line above each, a row saying only 无;
- the 医疗保障局's 权力运行 一览表: ``权力事项`` before the ``廉政风险点``, the holder in trailing
  ``责任股室 | 责任岗位 | 责任人`` columns;
- the 疾控中心's 一览表 with a short ``风险名称`` beside a long ``风险描述``, 一级/二级/三级;
- the 妇幼保健院's 一览表 under a two-row header, ``责任人`` merged over ``岗位责任人 | 分管领导``.

One is harder:

- ``health_center_wall_chart``: a 中心卫生院's 岗位廉政风险公示栏 (the chart hung on the wall, typed into
  Excel) with the POSTS ACROSS THE COLUMNS — a ``岗　位`` row (院长, 副院长, 药房负责人, 公共卫生专干) and a
  ``姓　名`` row under it, a ``主要职责`` row — and the risk points running DOWN each post's column in
  bands labelled in the first column ``高风险`` (merged over two rows), ``中风险`` and ``低风险``; a
  band's cell left blank where the post has no risk of that level, a ``防控措施`` row (one text a
  post) under the bands. No 风险点 or 风险等级 heading anywhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县纪委监委's 教辅征订 and 校服采购
整治; a 县's 校园餐 “三方共管” after 食堂 accounts that did not agree; a 实验小学's 专项整治 of 校园餐,
校服, 教辅, 学生保险 and 择校费; a 幼儿园's 伙食费管理制度; a 区医院's 党风廉政 会议 on 红包 and 责任书; a
医院's 党支部书记、院长 and 医德医风 考核 under a 县卫健局党委; a 市's 医保基金 专项整治; a 县's
非免疫规划疫苗 遴选 under 纪检 监督; a 妇幼保健院's 廉洁文化长廊 and its 纪检监察室) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented; every unit is a body of 宝兴县 (its 穆坪镇 and 灵关镇 by name).

Run ``python tests/published/score.py --set batch226`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the 公示栏 each post's column is one form (the post from the ``岗　位`` row, the holder from the
  ``姓　名`` row, department "": the chart names no 科室), every non-empty cell in a band one point of
  that band's level (高风险 1, 中风险 2, 低风险 3); the ``主要职责`` and ``防控措施`` rows are no points;
- a 局's 教育技术装备中心 and 医疗保障事务中心 are 科室 of the 局, their 主任 middle; a 中学's 校长室,
  总务处 and 食堂 are its 科室;
- ``权力事项 | 廉政风险点``: the point is the cell under ``廉政风险点`` (the 事项 is the matter);
  ``风险名称 | 风险描述``: the point is the short ``风险名称``;
- ``责任人`` over ``岗位责任人 | 分管领导``: the holder is the 岗位责任人, the 分管领导 supervises (``/``
  for the 院长: no one);
- a 清单 without a 科室 column keeps each post as written with department "";
- 局长/副局长, 校长, 园长/副园长, 院长/副院长 and 主任/副主任 of the 疾控中心 are leaders; 股长, 科长,
  科主任, 后勤主任, 总务主任, the 主任 of a 局's 中心, of the 党政办 and the 纪检监察室, and the 药房负责人
  middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b226_"
PLACE = "宝兴县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def health_center_wall_chart() -> dict:
    unit = f"{PLACE}灵关镇中心卫生院"
    sh = _Sheet("公示栏", [10, 26, 26, 26, 26])
    t = _Truth(unit)
    posts = [  # post, holder, tier, duty, measures
        ("院长", "濮阳砚秋", "leader", "主持卫生院全面工作,负责人事、财务和基建",
         "“三重一大”事项院务会集体研究,会议纪要存档;招聘和职称推荐方案、结果公示。"),
        ("副院长", "笪远帆", "leader", "分管医疗、医保结算和医疗纠纷处理",
         "住院病历每月抽查,医保结算数据与病历比对;医疗纠纷赔付经院务会研究。"),
        ("药房负责人", "郗半夏", "middle", "负责药品耗材计划、采购、保管和报损",
         "药品耗材全部在省平台采购;报损经院领导审批;每月盘点,账物核对。"),
        ("公共卫生专干", "綦听潮", "general", "负责基本公共卫生服务项目和家庭医生签约",
         "健康档案和随访记录每季度电话抽查回访;签约协议本人签字,镇村两级公示。"),
    ]  # fmt: skip
    bands = [  # (band, one row's cells by post; None where the post has none)
        ("高风险", ["设备购置、房屋维修项目不经院务会集体研究,个人决定",
                  "默许挂床住院、虚记诊疗项目,套取医保基金",
                  "药品耗材采购中指定供应商、收受回扣",
                  "虚建健康档案、虚报随访人次,套取公卫资金"]),
        ("高风险", ["职工招聘、职称推荐中优亲厚友", None, None, None]),
        ("中风险", ["绩效工资分配方案不公开,向个人倾斜",
                  "医疗纠纷私下赔付,隐瞒不报",
                  "近效期药品报损不经审批,私自处置",
                  "家庭医生签约服务代签、虚签"]),
        ("低风险", [None, None, "药品出入库登记不及时,账物不符", None]),
    ]  # fmt: skip
    _line(sh, f"{unit}岗位廉政风险公示栏", 5)
    sh.add(f"岗{GAP}位", *[p[0] for p in posts])
    sh.add(f"姓{GAP}名", *[p[1] for p in posts])
    sh.add("主要职责", *[p[3] for p in posts])
    first = len(sh.rows)
    for band, cells in bands:
        sh.add(band, *cells)
    _merge_down(sh, first, [(0, lambda row: row[0])])
    sh.add("防控措施", *[p[4] for p in posts])
    for k, (post, who, tier, _duty, _measures) in enumerate(posts):
        for band, cells in bands:
            if cells[k] is not None:
                t.point(sh.name, "", post, who, tier, cells[k], [], BANDS[band])
    _line(sh, "监督举报电话：12388", 5)
    sh.add(None, None, None, unit, None)
    sh.add(None, None, None, "2025年4月", None)
    return _layout(
        "health_center_wall_chart", "http://scylws.org/News_show.asp?ID=29904",
        "(harder) 中心卫生院 岗位廉政风险公示栏 (the chart hung on the wall, typed into Excel), after the source's "
        "医院 meeting (党支部书记、院长, 县卫健局党委, 医德医风考核, 党风廉政建设): the POSTS ACROSS THE COLUMNS — a "
        "``岗　位`` row (院长, 副院长, 药房负责人, 公共卫生专干), a ``姓　名`` row and a ``主要职责`` row — and the risk "
        "points running DOWN each post's column in bands labelled in the first column ``高风险`` (merged over two "
        "rows), ``中风险``, ``低风险``, a cell left blank where a post has no risk of that level; a ``防控措施`` "
        "row (one text a post) under the bands; no 风险点 or 风险等级 heading; 监督举报电话 line, the unit and "
        "the date below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def edu_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 16, 10, 9, 36, 14, 8, 36, 8])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    r = sh.add(
        f"填报单位：{unit}（盖章）", None, None, None, None, "填报时间：2025年3月", None, None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("局领导", "局长", "宰父拾雨", "学校建设项目施工单位确定不经党组会集体研究", "制度机制风险", "高",
         "项目全部进入公共资源交易平台,确定结果经党组会研究并公示。", None, "leader"),
        ("局领导", "副局长", "公冶晴岚", "插手中小学教辅材料征订,指定发行渠道", "岗位职责风险", "高",
         "落实“一科一辅”、自愿征订,选用结果在学校公示。", None, "leader"),
        ("基础教育股", "股长", "暨星遥", "教辅材料选用把关不严,超目录推荐", "岗位职责风险", "中",
         "严格执行省定教辅材料目录,选用记录存档备查。", None, "middle"),
        ("基础教育股", "股长", "暨星遥", "义务教育招生划片、插班审批中优亲厚友", "外部环境风险", "高",
         "招生方案和划片范围提前公布,插班审批集体研究。", None, "middle"),
        ("计划财务股", "股长", "逯知遥", "学生资助资金审核不严,虚报冒领", "制度机制风险", "中",
         "资助名单班级评议、学校审核、教育局复核并公示。", None, "middle"),
        ("计划财务股", "会计", "郏晚照", "学校经费不按预算和进度拨付", "业务流程风险", "低",
         "经费拨付按预算执行,经办、审核、审批分离。", None, "general"),
        ("教育技术装备中心", "主任", "蓟南星", "校服、实验设备采购中设置倾向性参数", "业务流程风险", "高",
         "采购需求经家长委员会和专家论证,阳光平台招标。", "新增", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("局纪检组审核：", None, None, None, "填表人：", None, "联系电话：", None, None)
    return _layout(
        "edu_bureau_list", "http://www.bysjw.gov.cn/cms/view/26983.html",
        "县教育局 岗位廉政风险防控一览表 after the source's 县纪委监委 整治 of 教辅征订 and 校服采购 (一科一辅, 自愿"
        "征订, 阳光采购, the 县教育局 and its 中小学): ``附件1``, the title, ``填报单位：宝兴县教育局（盖章） | "
        "填报时间：2025年3月``, then 序号/股室 merged (局领导, 基础教育股, 计划财务股, 教育技术装备中心)/岗位 and 姓名 "
        "merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/备注 (``新增`` once); 局纪检组审核/"
        "填表人/联系电话 line",
        [sh], t,
    )  # fmt: skip


def school_canteen_checklist() -> dict:
    unit = f"{PLACE}中学"
    sh = _Sheet("排查表", [6, 10, 12, 9, 38, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}校园餐及后勤岗位廉政风险点排查表", 7)
    _line(sh, f"学校（盖章）：{unit}{GAP * 4}排查时间：2025年5月", 7)
    sh.add("序号", "处室", "岗位", "责任人", "排查出的风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "拓跋映雪", "食堂承包方、校外供餐单位遴选不经集体研究", "Ⅰ级",
         "遴选方案经校务会研究,家长委员会代表全程参与。", "leader"),
        ("校长室", "校长", "拓跋映雪", "膳食费结余不公示,挪作他用", "Ⅱ级", "膳食费专账核算,收支每月在校内公示。",
         "leader"),
        ("总务处", "后勤主任", "申屠青崖", "食材验收走过场,与供货商串通虚开验收单", "Ⅰ级",
         "食材验收三人以上,验收单拍照上传监管平台。", "middle"),
        ("总务处", "后勤主任", "申屠青崖", "采购单、出库单、消费记录对不上", "Ⅱ级",
         "每月核对采购、出库和消费记录,差异说明存档。", "middle"),
        ("总务处", "报账员", "澹台语桐", "膳食费收入转入私人账户", "Ⅰ级", "家长缴费直达学校专用账户,严禁经个人账户。",
         "general"),
        ("食堂", "食堂管理员", "漆雕晚舟", "食材出库数量虚报,私拿食材", "Ⅲ级", "出库登记双人签字,每周盘点库存。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 7)
    sh.add("校长签字：", None, None, None, "纪检委员签字：", None, None)
    return _layout(
        "school_canteen_checklist", "http://www.gdmsci.cn/post/TR5oVtpYusHP.html",
        "县中学 校园餐及后勤岗位廉政风险点排查表 after the source's 县 校园餐 核查 (食堂 承包方, 虚假验收单, 采购单、"
        "出库单、消费记录 “三本账”, 私人账户, 后勤主任 and “三方共管”): the title, ONE merged cell ``学校（盖章）："
        "宝兴县中学　　　　排查时间：2025年5月``, then 序号/处室 merged (校长室, 总务处, 食堂)/岗位 and 责任人 merged per "
        "person/``排查出的风险点``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a ``注：`` line naming the "
        "levels; 校长签字/纪检委员签字 line",
        [sh], t,
    )  # fmt: skip


def school_self_check_labels_above() -> dict:
    unit = f"{PLACE}穆坪镇中心小学"
    t = _Truth(unit)
    people = [
        ("公良若渝", "女", "校长", "校长室", "leader", [
            ("校服选用不经家长委员会,指定供应企业", "外部环境", "一级",
             "校服选用由家长委员会组织,采购结果公示。"),
            ("借读、转学中违规收取费用", "岗位职责", "一级", "转学借读按政策办理,名单公示,不收任何费用。"),
            ("校舍维修工程化整为零,规避招标", "制度机制", "二级", "维修项目按限额招标,结算送审。"),
        ]),
        ("乐正听松", "男", "总务主任", "总务处", "middle", [
            ("校园餐食材采购中谋私,截留伙食费", "岗位职责", "一级", "食材统一配送,价格每周公示,伙食费专账管理。"),
            ("代办学生保险,收取保险公司返点", "外部环境", "二级", "学校不代办商业保险,不推荐保险公司。"),
            ("固定资产处置不登记、不报批", "业务流程", "三级", "资产处置经校务会研究并报教育局审批。"),
        ]),
        ("鲜于春晓", "女", "出纳", "总务处", "general", [
            ("代收费收取现金不开票据", "制度机制", "二级", "代收费一律开具票据,收费清单在班级公示。"),
            ("公款私存,坐支现金", "思想道德", "三级", "现金日清月结,会计每月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}教职工廉政风险自查表", 5)
        sh.add("姓名", "性别", "职务", "所在处室", "填表日期")
        sh.add(who, sex, post, dept, "2025年4月")
        sh.add("序号", "风险点", "风险类型", "风险等级", "防范措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("本人签字：", None, "学校审核意见：", None, None)
        sheets.append(sh)
    return _layout(
        "school_self_check_labels_above", "http://www.yuuboo.net/shipinaqzs/437.html",
        "镇中心小学 教职工廉政风险自查表, one sheet a person (tabs the holders' names), after the source's 实验小学 "
        "专项整治 (校园餐, 校服购买, 学生保险, 教辅征订, 择校费): the title, a row of labels ``姓名 | 性别 | 职务 | 所在"
        "处室 | 填表日期`` with their values in the row beneath, then 序号/风险点/风险类型 (short names)/风险等级 "
        "一级/二级/三级/防范措施; 本人签字/学校审核意见 line",
        sheets, t,
    )  # fmt: skip


def kindergarten_posts_stars() -> dict:
    unit = f"{PLACE}幼儿园"
    sh = _Sheet("清单", [6, 12, 24, 36, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("园长", "主持全面工作", "大宗物资、食材供应商确定个人说了算", "★★★",
         "供应商经园务会集体研究确定,结果公示。", "leader"),
        ("副园长", "分管保教和招生", "招生中违规收取赞助费、择园费", "★★★", "招生计划和录取名单公开,严禁收取任何赞助。",
         "leader"),
        ("后勤主任", "负责食堂和物资采购", "食品进货不索票索证,采购台账与发票不符", "★★",
         "进货查验索证,台账与发票每月核对。", "middle"),
        ("保健医", "负责食品验收登记和膳食管理", "验收登记走过场,默许以次充好", "★★",
         "验收双人签字,膳食管理委员会每月抽查。", "general"),
        ("会计", "负责保教费、伙食费核算", "伙食费结余超标不公示,挤占挪用伙食费", "★★★",
         "伙食费专账核算,收支每月向家长公示。", "general"),
        ("出纳", "负责收费和现金管理", "收取保教费不开票据,截留现金", "★", "收费统一开具票据,现金当日存入账户。",
         "general"),
    ]  # fmt: skip
    for n, (post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], STARS[lv])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add()
    sh.add("园长签字：", None, None, None, "2025年3月", None)
    return _layout(
        "kindergarten_posts_stars", "http://m.mwvls.cn/qijianyuan/health/zhidao/2022/042889266.html",
        "县幼儿园 岗位廉政风险防控清单 对岗不对人 after the source's 幼儿园伙食费管理制度 (后勤主任 and 保健医 查验、"
        "索票索证, 采购台账, 膳食收支盈亏, 每月公示, 膳食管理委员会): 序号/岗位 (园长, 副园长, 后勤主任, 保健医, 会计, "
        "出纳)/岗位职责/风险点/风险等级 ★★★/★★/★/防控措施; NO 科室 column, no names, no type column; a ``注：`` "
        "legend; 园长签字 and the date",
        [sh], t,
    )  # fmt: skip


def hospital_dept_sheets() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    depts = [
        ("药剂科", "钟离素问", [
            ("科主任", "钟离素问", "middle", "新药遴选中接受药企宴请、回扣", "外部环境", "高",
             "新药引进经药事管理委员会集体评审。"),
            ("科主任", "钟离素问", "middle", "违规向医药代表提供科室用药量", "岗位职责", "高",
             "处方数据查询权限分级,查询留痕。"),
            ("药库管理员", "巫马川柏", "general", "药品出入库账实不符", "业务流程", "中", "每月盘点,账物核对。"),
            ("调剂员", "亓官雨棠", "general", "无", None, None, None),
        ]),
        ("检验科", "左丘明澈", [
            ("科主任", "左丘明澈", "middle", "检验试剂、耗材指定品牌,收受回扣", "外部环境", "高",
             "试剂耗材在省平台采购,品种遴选集体研究。"),
            ("检验技师", "羊舌采薇", "general", "外送检验选择合作机构收取好处", "思想道德", "中",
             "外送机构经医院比选确定,外送清单每月核对。"),
        ]),
        ("设备科", "百里惊澜", [
            ("科长", "百里惊澜", "middle", "设备采购论证设置倾向性参数", "制度机制", "高",
             "论证专家随机抽取,参数经纪检审核。"),
            ("科长", "百里惊澜", "middle", "设备验收不严,以次充好", "业务流程", "中",
             "使用科室、设备科、审计科共同验收。"),
            ("维修工程师", "闻人照野", "general", "维修配件虚报数量", "思想道德", "低", "更换配件旧件回收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, head, rows in depts:
        sh = _Sheet(dept, [6, 12, 9, 34, 10, 8, 34])
        _line(sh, f"{unit}科室廉洁风险排查表", 7)
        _line(sh, f"科室：{dept}{GAP * 2}科室负责人：{head}{GAP * 2}填报日期：2025年4月", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            if point != "无":
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
        sh.add()
        sh.add("科室负责人签字：", None, None, None, "年　月　日", None, None)
        sheets.append(sh)
    return _layout(
        "hospital_dept_sheets", "https://m.yaozui.com/p/233743",
        "县人民医院 科室廉洁风险排查表, one sheet a 科室 (药剂科, 检验科, 设备科), after the source's 区医院 党建暨党风廉政 "
        "会议 (层层签订责任书 with 科室负责人, 红包礼金, 自查自纠): the title, a merged ``科室：药剂科　　科室负责人：钟离素问"
        "　　填报日期：2025年4月`` line, then 序号/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险"
        "等级 高/中/低/防控措施; the 调剂员 with a row saying only 无 (no form); 科室负责人签字 and 年 月 日 below",
        sheets, t,
    )  # fmt: skip


def insurance_power_list() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("Sheet1", [6, 18, 36, 8, 36, 16, 10, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}权力运行廉政风险防控一览表", 8)
    sh.add(
        "序号", "权力事项", "廉政风险点", "风险等级", "防控措施", "责任股室", "责任岗位", "责任人"
    )
    rows = [
        ("定点医药机构协议管理", "降低条件将不符合要求的机构纳入定点,收受好处", "高",
         "定点评估由专家组打分,结果公示。", "医药服务管理股", "股长", "东门知夏", "middle"),
        ("医保基金现场检查", "检查发现违规问题不移送,以罚代刑", "高", "检查两人以上,案件移送经局务会研究。",
         "基金监管股", "股长", "呼延听雪", "middle"),
        ("欺诈骗保举报处理", "泄露举报人信息,压案不办", "中", "举报件登记编号,全程跟踪,举报人信息保密。",
         "基金监管股", "股长", "呼延听雪", "middle"),
        ("医疗费用零星报销审核", "审核不严,为不符合条件的费用报销", "中", "报销资料初审、复审分离,每月抽查。",
         "医疗保障事务中心", "经办员", "尉迟南溪", "general"),
        ("医保基金结算拨付", "不按协议和审核结果拨付,截留挪用", "高", "拨付经审核、复核、审批三级签字。",
         "医疗保障事务中心", "主任", "皇甫知微", "middle"),
        ("特殊门诊病种待遇认定", "违规认定特殊门诊病种待遇", "中", "认定实行专家鉴定,结果系统留痕。",
         "医疗保障事务中心", "主任", "皇甫知微", "middle"),
        ("办公用品采购", "采购不比价,虚开发票", "低", "采购三家比价,验收入库登记。", "办公室", "会计", "夹谷清扬",
         "general"),
    ]  # fmt: skip
    for n, (matter, point, lv, measures, dept, post, who, tier) in enumerate(rows, 1):
        sh.add(n, matter, point, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, None, "2025年5月", None, None)
    return _layout(
        "insurance_power_list", "http://m.ychnews.cn/p/70608.html",
        "县医疗保障局 权力运行廉政风险防控一览表 after the source's 市 医保基金管理突出问题专项整治 推进会 (行行、行刑、"
        "行纪衔接, 移送, 整改方案): 序号/``权力事项`` (a short matter)/``廉政风险点`` (a sentence)/风险等级 高/中/低/"
        "防控措施, then the holder in TRAILING ``责任股室 | 责任岗位 | 责任人`` columns written on every row (医药服务"
        "管理股, 基金监管股, 医疗保障事务中心, 办公室); no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def cdc_name_and_description() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("一览表", [6, 12, 9, 9, 16, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "责任人", "风险名称", "风险描述", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "轩辕知秋", "非免疫规划疫苗遴选",
         "遴选不经集体研究,授意接种单位代表投票倾向特定品种", "制度机制风险", "一级",
         "遴选在纪检监督下无记名投票,现场计票并公示。", "leader"),
        ("中心领导", "副主任", "司寇闻溪", "疫苗配送企业确定", "与配送企业私下接触,收受好处", "外部环境风险",
         "一级", "配送企业按省平台目录比选,全程录像。", "leader"),
        ("免疫规划科", "科长", "端木晴川", "疫苗出入库管理", "疫苗出入库不登记,账物不符,私自调拨", "业务流程风险",
         "二级", "疫苗出入库扫码追溯,每月盘点。", "middle"),
        ("免疫规划科", "科长", "端木晴川", "接种单位考核", "考核打分照顾关系单位", "岗位职责风险", "三级",
         "考核细则公开,考核结果公示。", "middle"),
        ("检验科", "检验员", "太叔霁云", "检测报告出具", "受委托单位请托出具不实检测报告", "岗位职责风险", "一级",
         "检测报告检测、复核、签发三级审核。", "general"),
        ("检验科", "检验员", "太叔霁云", "试剂耗材领用", "试剂耗材超量领用,私自外带", "思想道德风险", "三级",
         "试剂耗材按检测量领用,每季度核对。", "general"),
        ("财务科", "会计", "颛孙若芷", "公共卫生项目资金支付", "项目资金不按合同和验收结果支付", "制度机制风险",
         "二级", "资金支付凭合同、验收报告审核。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, name, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, name, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, name, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("中心负责人：", None, None, None, "填表人：", None, None, "2025年6月", None)
    return _layout(
        "cdc_name_and_description", "http://jesusavila.com/ZbPublish/item13cf7289db3b0ce6.html",
        "县疾控中心 廉政风险点及防控措施一览表 after the source's 县 非免疫规划疫苗 遴选 会 (纪检监督, 接种单位代表 "
        "无记名投票, 现场计票, 公示): 序号/科室 merged (中心领导, 免疫规划科, 检验科, 财务科)/岗位 and 责任人 merged per "
        "person/a short ``风险名称`` beside a long ``风险描述``/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施; "
        "中心负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def mch_two_row_holder() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("一览表", [6, 14, 10, 36, 8, 36, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    h1 = sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人", None)
    h2 = sh.add(None, None, None, None, None, None, "岗位责任人", "分管领导")
    for c in range(6):
        sh.merge(h1, c, h2, c)
    sh.merge(h1, 6, h1, 7)
    rows = [
        ("院领导", "院长", "重大项目和大额资金使用不经集体研究", "高", "落实“三重一大”集体决策,会议纪要存档。",
         "西门素衣", "/", "leader"),
        ("党政办", "主任", "公务接待超标准,公车私用", "中", "接待凭公函和清单,公车使用登记。", "蒯晴柔", "苻清越",
         "middle"),
        ("人事科", "科长", "招聘、职称评审推荐不公", "高", "招聘方案和结果公示,评审委员会集体评议。", "邰若水",
         "苻清越", "middle"),
        ("妇女保健科", "科主任", "“两癌”筛查项目虚报筛查人数", "高", "筛查名单电话回访抽查,资金按实拨付。",
         "符雁回", "蔺星澜", "middle"),
        ("儿童保健科", "科主任", "新生儿疾病筛查试剂指定品牌", "中", "试剂在省平台采购,品种集体遴选。", "巩书禾",
         "蔺星澜", "middle"),
        ("收费室", "收费员", "收费不开票据,退费截留", "中", "收费系统开具票据,退费原路退回。", "壤驷沅芷",
         "苻清越", "general"),
        ("纪检监察室", "主任", "对问题线索压案不查", "低", "问题线索集体排查,处置情况报县卫健局纪检组。",
         "公羊蔚然", "西门素衣", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, who, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, who, leader)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(7, lambda row: row[7])])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "mch_two_row_holder", "http://www.lyfyw.com/article-9300.html",
        "县妇幼保健院 岗位廉洁风险防控一览表 after the source's 妇幼保健院 廉洁文化教育长廊 (院长, 纪委书记, 党政办, "
        "人事监察党支部, 纪检监察室, 党支部): a TWO-ROW header — 序号/科室/岗位/风险点/风险等级/防控措施 each merged "
        "down both rows, ``责任人`` merged over ``岗位责任人 | 分管领导`` — then one row a post (院领导, 党政办, 人事科, "
        "妇女保健科, 儿童保健科, 收费室, 纪检监察室), 高/中/低, the 分管领导 (two 副院长, ``/`` for the 院长) merged "
        "down its runs; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    health_center_wall_chart(),
    edu_bureau_list(),
    school_canteen_checklist(),
    school_self_check_labels_above(),
    kindergarten_posts_stars(),
    hospital_dept_sheets(),
    insurance_power_list(),
    cdc_name_and_description(),
    mch_two_row_holder(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch226-inbox"))
