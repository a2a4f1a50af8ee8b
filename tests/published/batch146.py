"""A hundred-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表 or 承诺书, filled by
staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of an invented
蓬溪县 (its town 芷沱镇 invented too):

- a 征地拆迁服务中心 测量员's 附件4 whose ``所在科室及职务`` value was typed on TWO LINES in its cell
  (``测绘评估股⏎测量员``, Alt+Enter between the 股 and the post), 工作流程 with arrows, ``…风险``
  types, 一级/二级/三级, the first review box signed;
- the 烟草公司's 芷沱烟叶收购站 定级员's 廉洁收购承诺书: ``单位 | 蓬溪县烟草公司 | 所在烟站 | 芷沱烟叶
  收购站`` (the tobacco trade's own label for its 站) over ``姓名 | … | 岗位 | 定级员``, a ``收购环节``
  column merged over its points, 高风险/中风险/低风险, no type column, the pledge and ``承诺人：``
  under the table;
- a 产品质量监督检验所 检验员's 自查表 whose table ends in ``责任人 | 完成时限`` — the 责任人 written
  ``本人`` on every row, the 时限 ``长期坚持`` or ``每季度`` — beside the holder's own ``姓名`` above;
- a 中医骨伤医院 设备科 医用耗材管理员's 自查评估表 whose table grades every point THREE times:
  ``发生可能性 | 影响程度 | 风险等级``, all three in 高/中/低, only the last the level (they differ
  on most rows); no type column;
- a 镇's 退役军人服务站 站长's 防控卡 under ``单位 | 蓬溪县芷沱镇人民政府 | 所在站所 | 退役军人服务站``,
  ``持卡人 | … | 职务 | 站长``, a merged ``岗位职责`` paragraph, ``一级风险/二级风险/三级风险``, a 监督
  举报电话 line;
- a 军队供应站 站长's 附件2 whose rows are cut by TWO numbered section rows, ``一、分管工作方面`` and
  ``二、“三重一大”方面``, the numbers starting again under each, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 农村土地流转服务中心 合同鉴证股's 附件3 whose fields were spread over TWO rows with a phone
  number added (``科室 | 合同鉴证股 | 负责人 | 庾听篁`` over ``岗位风险等级 | 二级 | 联系电话 | 1398…``);
- a 河长制办公室 科员's 承诺书 under two rows of personal data (``姓名 | … | 性别 | 女 | 出生年月 |
  1995.03`` and ``股室 | 督查考核股 | 职务 | 科员 | 入职时间 | 2019.08``), levels ``较高/一般/较低``.

One is harder:

- ``disaster_reserve_two_posts``: a 救灾物资储备中心 worker who holds TWO posts (一人多岗, as a small
  body's staff do): the field ``职务 | 物资保管员、车辆管理员`` above ONE table cut into two parts by
  merged rows ``岗位一：物资保管员`` and ``岗位二：车辆管理员``, the numbers starting again under each —
  two posts, two forms, one holder.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch146`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b146_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (a 镇 站's 站长 middle; 测量员, 定级员, 检验员, 医用耗材管理员,
  科员, 物资保管员, 车辆管理员 general);
- ``测绘评估股⏎测量员`` under ``所在科室及职务`` is the 科室 测绘评估股 and the post 测量员;
- ``所在烟站 | 芷沱烟叶收购站`` names the holder's 科室: a 公司's 收购站 is a 科室 of the 公司, as a
  局's 所 is of the 局;
- ``本人`` under ``责任人`` in a personal form is the holder of the form, no other person; ``完成时限``
  is no point;
- ``发生可能性`` and ``影响程度`` grade the point's likelihood and harm; the level is ``风险等级``;
- a 镇's own 站 is a 科室 of the 镇 (unit ``蓬溪县芷沱镇人民政府``);
- ``一、分管工作方面`` and ``二、“三重一大”方面`` are section rows of one form, no points;
- a phone number, ``性别``, ``出生年月``, ``入职时间`` and the pledge are no points, holders or posts;
- one holder with two posts, each post its own part of the table (``岗位一：…``, ``岗位二：…``), has
  two forms, one a post, the holder named on both; the field ``物资保管员、车辆管理员`` names both
  posts and is itself no post;
- ``较高/一般/较低`` used all three are Ⅰ/Ⅱ/Ⅲ.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch138 import HEAD, NOTE, REVIEWS, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b146_"
PLACE = "蓬溪县"
TOWN = "芷沱镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GRADE_WORDS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def disaster_reserve_two_posts() -> dict:
    unit = f"{PLACE}救灾物资储备中心"
    who, dept = "羿晚桐", "仓储管理股"
    posts = ("物资保管员", "车辆管理员")
    sh = _Sheet("自查表", [6, 40, 12, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查表", 5)
    sh.add("姓名", who, "所在股室", dept, None)
    r = sh.add("职务", "、".join(posts), "填表日期", "2024年6月", None)
    sh.merge(r, 3, r, 4)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    parts = [
        (posts[0], [
            ("救灾物资入库验收不严，数量、质量与调拨单不符照常签收", "岗位职责", "高",
             "入库物资逐件清点，验收单由保管员、统计员两人签字。"),
            ("凭“白条”或手续不全的单据发放物资", "制度机制", "高",
             "发放一律凭中心审批的调拨单，紧急发放事后三日内补齐手续。"),
            ("私自借用、挪用库存帐篷、棉被等物资", "思想道德", "中", "库存物资专库专账，每月账物核对，盘点结果报中心。"),
            ("临近有效期物资处置不按规定报批，低价变卖", "业务流程", "低", "处置方案报应急管理局审批，处置收入上缴财政。"),
        ]),
        (posts[1], [
            ("物资运输车辆公车私用", "思想道德", "中", "出车凭派车单，行车记录每周登记核对。"),
            ("虚报车辆加油、维修费用", "制度机制", "中", "定点加油、定点维修，费用按车登记并每季度公示。"),
            ("运输外包车辆选择不比价，与承运人私下约定运费", "外部环境", "低",
             "外包运输三家以上比价，运费标准经中心集体研究。"),
        ]),
    ]  # fmt: skip
    for k, (post, rows) in enumerate(parts, 1):
        _line(sh, f"岗位{'一二'[k - 1]}：{post}", 5)
        for n, (point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("自查人签名：", None, "股室负责人签名：", None, None)
    return _layout(
        "disaster_reserve_two_posts", "http://m.cambriarealtors.com/guanlizhidu/168213769936348.html",
        "(harder) 县救灾物资储备中心 worker's 岗位廉政风险自查表 after the source's 储备仓库管理制度 (专库、专储、专帐、"
        "专人; 入库 验收 and 清点; 发放 凭证, no “白条”; 账卡物相符; 有效期 物资): a small body's worker holding TWO "
        "posts — ``姓名 | 羿晚桐 | 所在股室 | 仓储管理股`` over ``职务 | 物资保管员、车辆管理员 | 填表日期 | 2024年6月`` — "
        "above ONE table (序号/风险点/风险类型 short/风险等级 高/中/低/防控措施) cut into two parts by merged rows "
        "``岗位一：物资保管员`` and ``岗位二：车辆管理员``, the 序号 starting again at 1 under each; 自查人签名/股室负责人签名. "
        "Two posts, two forms, one holder",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def land_expropriation_annex4_two_lines() -> dict:
    unit = f"{PLACE}征地拆迁服务中心"
    who, dept, post = "逄岫白", "测绘评估股", "测量员"
    sh = _Sheet("附件4", [18, 22, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}\n{post}", "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("入户调查登记", "编号登记→入户调查→户主签字", "调查登记时虚增房屋面积、虚构附属房屋", "岗位职责风险", "一级",
         "调查表统一编号、一式三份，户主和村组干部当场签字确认。"),
        ("入户调查登记", "编号登记→入户调查→户主签字", "提前向他人泄露征地范围和调查时间，诱发抢搭抢建",
         "思想道德风险", "一级", "征地信息按规定时间统一发布，知情人员签订保密承诺。"),
        ("房屋及附着物实测", "现场实测→拍照留档→交叉复查", "实测数据与现场不符，为关系户多测多算", "业务流程风险", "一级",
         "实测组按“3+1”组成，当天实测当天上交，复查组交叉抽查。"),
        ("房屋及附着物实测", "现场实测→拍照留档→交叉复查", "对无证房屋、临时搭建物认定随意", "制度机制风险", "二级",
         "无证房屋认定实行“一事一议”，经中心集体研究并公示。"),
        ("补偿资料汇总", "数据录入→复核→移交", "补偿资料录入时篡改面积、类别数据", "岗位职责风险", "二级",
         "录入与复核分人负责，系统数据与原始调查表逐户比对。"),
        ("补偿资料汇总", "数据录入→复核→移交", "接受被征收户宴请、礼品", "外部环境风险", "三级",
         "公开举报电话，征收现场张贴廉洁承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年7月2日")})
    _line(sh, NOTE, 6)
    return _layout(
        "land_expropriation_annex4_two_lines", "http://www.mlqjl.com/html/Item5867.aspx.html",
        "县征地拆迁服务中心 测量员's 附件4 after the source's account of a 区征地办's 风险防控 (入户登记调查 where 面积 are "
        "虚增 and 房屋 虚构, 实测组 “3+1”, 当天实测当天上交, 交叉抽查, 无证房屋 “一事一议”): ``附件4``, the template's "
        "title, ``单位(盖章)：蓬溪县征地拆迁服务中心``, ``姓名 | 逄岫白 | 所在科室及职务 | 测绘评估股⏎测量员 | 岗位风险等级 | "
        "二级`` — the 股 and the post typed on TWO LINES of one cell (Alt+Enter) — the template's header, 岗位职责 and "
        "工作流程 (arrows) merged per duty, 风险点/风险类型 ``…风险``/风险级别 一级/二级/三级/防控措施; the first review "
        "box signed ``同意。`` with a date, the others blank; 注",
        [sh], t,
    )  # fmt: skip


def tobacco_station_pledge() -> dict:
    unit = f"{PLACE}烟草公司"
    who, dept, post = "蒉禾青", "芷沱烟叶收购站", "定级员"
    sh = _Sheet("承诺书", [6, 12, 36, 10, 36])
    t = _Truth(unit)
    _line(sh, "烟叶收购廉洁承诺书", 5)
    r = sh.add("单位", unit, None, "所在烟站", dept)
    sh.merge(r, 1, r, 2)
    r = sh.add("姓名", who, None, "岗位", post)
    sh.merge(r, 1, r, 2)
    sh.add("序号", "收购环节", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("预检定级", "收受烟农好处，提级收购“人情烟”“关系烟”", "高风险",
         "对样收购，定级结果当场告知烟农，定级员定期交替轮换。"),
        ("预检定级", "压级压价，故意降低等级损害烟农利益", "高风险", "站长每日抽检定级结果，烟农异议当场复检。"),
        ("预检定级", "对混部、混青、混杂烟叶不挑拣照常定级", "中风险", "严格执行收购标准，眼光平衡后上岗。"),
        ("过磅结算", "与司磅员串通虚增重量", "高风险", "定级与司磅分岗，过磅数据系统自动上传。"),
        ("收购秩序", "为外县烟叶或倒买倒卖烟叶定级收购", "中风险", "凭烟农交售卡定级，核对种植合同面积。"),
        ("收购秩序", "接受烟农宴请、土特产", "低风险", "签订廉洁收购承诺，公开举报电话和举报箱。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "本人郑重承诺：严格执行国家烟叶收购标准和收购纪律，坚持对样收购、公平定级，不收人情烟、关系烟，"
              "不吃、拿、卡、要，自觉接受烟农和社会监督。如有违反，愿接受组织处理。", 5)  # fmt: skip
    sh.add(None, "承诺人：", who, "日期：", "2024年8月5日")
    return _layout(
        "tobacco_station_pledge", "http://m.0832.org.cn/html/yypt/xwkx/395605.shtml",
        "县烟草公司 烟叶收购站 定级员's 烟叶收购廉洁承诺书 after the source's account of a 县烟草分公司's 收购 (烟叶定级员, "
        "眼光平衡, 统一的收购标准, 定级员 不定期交替更换, 勤政廉洁收购): the title, ``单位 | 蓬溪县烟草公司 | 所在烟站 | "
        "芷沱烟叶收购站`` — ``所在烟站``, the trade's own label for its 站 — over ``姓名 | 蒉禾青 | 岗位 | 定级员``, then "
        "序号/``收购环节`` merged (预检定级 over three rows)/``廉洁风险点``/风险等级 高风险/中风险/低风险/防控措施 (no type "
        "column); the merged pledge and ``承诺人： | 蒉禾青 | 日期： | 2024年8月5日`` under it",
        [sh], t,
    )  # fmt: skip


def quality_institute_self_owner() -> dict:
    unit = f"{PLACE}产品质量监督检验所"
    who, dept, post = "汝霁棠", "检验二室", "检验员"
    sh = _Sheet("Sheet1", [6, 36, 12, 8, 34, 8, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 7)
    r = sh.add("姓名", who, "科室", dept, "岗位", post, None)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "责任人", "完成时限")
    rows = [
        ("收受企业好处，出具虚假或与样品不符的检验报告", "思想道德", "高",
         "检验报告实行编制、审核、批准三级签字，原始记录与报告一同归档。", "长期坚持"),
        ("抽样时让企业自行挑选或调换样品", "岗位职责", "高", "抽样两人以上，样品当场封存并由企业签字确认。", "长期坚持"),
        ("向企业透露监督抽查计划和检验结果", "制度机制", "中", "抽查计划保密，检验结果经批准后统一发送。", "长期坚持"),
        ("检验数据记录不实，随意修改原始记录", "业务流程", "中", "原始记录即时填写，更改须划改并签名。", "每季度"),
        ("委托检验收费不按标准，少收、多收或不开票", "外部环境", "低", "收费标准上墙公示，统一开具票据。", "每季度"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, when) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, "本人", when)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字：", None, None, "室主任签字：", None, None, None)
    return _layout(
        "quality_institute_self_owner",
        "https://www.soolun.net/periodical/f50f3db4b2abf5b80d8317fc2d203954.html",
        "县产品质量监督检验所 检验员's 个人岗位廉政风险自查表 after the source's account of a 质检机构's “产品”, the 检验报告 "
        "(客观、公正、正确 评价 the sample; 检验 by scientific means; its quality assured): ``姓名 | 汝霁棠 | 科室 | 检验二室 | "
        "岗位 | 检验员`` over 序号/风险点/风险类型 short/风险等级 高/中/低/防控措施/``责任人``/``完成时限`` — the 责任人 "
        "written ``本人`` on EVERY row, the 时限 ``长期坚持`` or ``每季度``; 本人签字/室主任签字",
        [sh], t,
    )  # fmt: skip


def bone_hospital_three_grades() -> dict:
    unit = f"{PLACE}中医骨伤医院"
    who, dept, post = "郯语蘅", "设备科", "医用耗材管理员"
    sh = _Sheet("自查评估表", [6, 36, 9, 9, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险自查评估表", 6)
    sh.add("科室", dept, "姓名", who, "岗位", post)
    sh.add("序号", "风险点", "发生可能性", "影响程度", "风险等级", "防控措施")
    rows = [
        ("骨科植入类耗材入库验收不严，数量、批号与发票不符", "中", "高", "高",
         "高值耗材验收实行设备科、使用科室双人验收，条码扫码入库。"),
        ("接受耗材供应商回扣，多报耗材申领量", "低", "高", "高", "耗材申领与手术记录系统比对，异常用量每月通报。"),
        ("临时采购耗材不履行审批", "高", "低", "中", "临时采购须经分管院长审批，事后补录系统。"),
        ("跟台耗材使用后不及时登记，账实不符", "高", "低", "中", "跟台耗材术后二十四小时内登记，每周对账。"),
        ("过期、损坏耗材报损把关不严", "低", "中", "低", "报损经科室负责人审核、院领导审批，实物留档拍照。"),
    ]  # fmt: skip
    for n, (point, chance, harm, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, chance, harm, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    sh.add()
    sh.add("自查人：", None, None, "科室负责人：", None, "2024年5月")
    return _layout(
        "bone_hospital_three_grades",
        "https://www.hkyyi.com/html/jie-mi-lian-zheng-feng-xian-fang-kong-quan-liu-cheng-tu-jie-guan-jian-jie-dian-zhu-lao-fan-fu-fang-x.html",
        "县中医骨伤医院 设备科 医用耗材管理员's 廉洁风险自查评估表 after the source's account of 廉政风险防控 (风险识别, then "
        "风险评估: 发生的可能性 and 影响程度 decide the 风险等级; 风险控制, 风险监督): ``科室 | 设备科 | 姓名 | 郯语蘅 | 岗位 | "
        "医用耗材管理员`` over 序号/风险点/``发生可能性``/``影响程度``/``风险等级``/防控措施 — the point graded THREE times, "
        "all in 高/中/低, only the last the level, the three differing on most rows; no type column; 自查人/科室负责人/date",
        [sh], t,
    )  # fmt: skip


def veterans_station_card() -> dict:
    town = f"{PLACE}{TOWN}人民政府"
    who, dept, post = "鄂振戈", "退役军人服务站", "站长"
    sh = _Sheet("防控卡", [6, 36, 14, 12, 36])
    t = _Truth(town)
    _line(sh, "岗位廉政风险防控卡", 5)
    r = sh.add("单位", town, None, "所在站所", dept)
    sh.merge(r, 1, r, 2)
    sh.add("持卡人", who, "职务", post, None)
    r = sh.add("岗位职责", "负责全镇退役军人和优抚对象的信息采集、优抚对象年度确认、优待证申领发放、走访慰问和帮扶援助，"
               "指导村（社区）退役军人服务站工作。", None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 4)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("优抚对象年度确认走过场，对已不符合条件的对象继续发放优抚金", "岗位职责风险", "一级风险",
         "年度确认逐人上门核实，确认名单在村（社区）公示。"),
        ("帮扶援助对象认定优亲厚友", "思想道德风险", "一级风险", "帮扶对象经村评议、站初审、镇党委会研究并公示。"),
        ("走访慰问物资采购、发放不规范，虚报发放人数", "制度机制风险", "二级风险",
         "慰问物资按镇采购规定购置，发放签收表存档。"),
        ("退役军人信息采集中泄露个人信息", "业务流程风险", "二级风险", "信息系统账号专人使用，采集资料专柜保管。"),
        ("接受服务对象礼品礼金", "外部环境风险", "三级风险", "服务大厅公开监督电话，节前廉洁提醒。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), GRADE_WORDS[lv])
    sh.add()
    sh.add("监督举报电话：0825-5427316", None, "持卡人签字：", None, None)
    return _layout(
        "veterans_station_card", "http://www.jlgrain.com.cn/1520503-1-1.html",
        "镇 退役军人服务站 站长's 岗位廉政风险防控卡 after the source's account of a 县退役军人事务局 inspecting its 乡镇 "
        "退役军人服务站 (示范型服务中心（站） 创建, 75 考核指标, 服务保障体系): under a bare title, ``单位 | 蓬溪县芷沱镇"
        "人民政府 | 所在站所 | 退役军人服务站`` over ``持卡人 | 鄂振戈 | 职务 | 站长``, a merged ``岗位职责`` paragraph, "
        "then 序号/风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; ``监督举报电话：…`` and "
        "持卡人签字 below",
        [sh], t,
    )  # fmt: skip


def military_supply_annex2_sections() -> dict:
    unit = f"{PLACE}军队供应站"
    who, post = "巫马崇岳", "站长"
    sh = _Sheet("附件2", [6, 22, 34, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "Ⅰ级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    sections = [
        ("一、分管工作方面", [
            ("主持全站工作，负责过往部队饮食供应保障", "军供食品原料采购指定供应商，收受回扣", "外部环境", "Ⅰ级",
             "食品原料定点采购、公开比选，验收三人以上签字。"),
            ("主持全站工作，负责过往部队饮食供应保障", "虚报保障人次，多领军供经费", "制度机制", "Ⅰ级",
             "保障人次凭部队签认的供应凭证结算，按季报民政部门审核。"),
            ("负责站内设施设备改造", "营房、餐厅改造工程化整为零规避招标", "岗位职责", "Ⅱ级",
             "改造项目按限额招标或比选，结算送审。"),
            ("负责站内设施设备改造", "闲置营房、场地出租收入不入账", "思想道德", "Ⅲ级", "出租经站务会研究，收入统一入账并公开。"),
        ]),
        ("二、“三重一大”方面", [
            ("人员招聘和绩效分配", "临时用工招聘、绩效分配优亲厚友", "制度机制", "Ⅱ级", "招聘条件和绩效方案公示，集体研究决定。"),
            ("大额资金使用", "大额资金使用不经站务会集体研究", "制度机制", "Ⅰ级", "大额资金集体研究、会签，会议纪要存档。"),
        ]),
    ]  # fmt: skip
    for caption, rows in sections:
        _line(sh, caption, 6)
        first = len(sh.rows)
        for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), ROMAN[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    _reviews(sh, REVIEWS[1:], 6, label_cols=2)
    _line(sh, NOTE, 6)
    return _layout(
        "military_supply_annex2_sections", "https://xianning.cjyun.org/p/53053.html",
        "县军队供应站 站长's 附件2 after the source's account of a 市军供站 (过往部队、入伍新兵、退伍老兵 的饮食供应保障, "
        "餐厅 and 床位 added, 营房 and 集结场 renovated, 重点军供站): ``附件2``, the template's title, ``单位(盖章)：蓬溪县军队"
        "供应站``, ``姓名 | 巫马崇岳 | 职务 | 站长 | 岗位风险等级 | Ⅰ级`` (a compound surname), 序号/分管工作 merged per duty/"
        "风险点/风险类型 short/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, the rows cut by TWO merged numbered section rows "
        "``一、分管工作方面`` and ``二、“三重一大”方面``, the 序号 starting again at 1 under each; two review boxes; 注",
        [sh], t,
    )  # fmt: skip


def land_transfer_annex3_two_field_rows() -> dict:
    unit = f"{PLACE}农村土地流转服务中心"
    who, dept = "庾听篁", "合同鉴证股"
    sh = _Sheet("附件3", [18, 22, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    r = sh.add("科室", dept, "负责人", who, None, None)
    sh.merge(r, 3, r, 5)
    r = sh.add("岗位风险等级", "二级", "联系电话", "13980257146", None, None)
    sh.merge(r, 3, r, 5)
    sh.add(*HEAD)
    rows = [
        ("流转合同审核鉴证", "受理→审核→鉴证→备案", "对未经承包方书面同意或超过承包期限的合同予以鉴证", "岗位职责风险", "高",
         "鉴证前核对承包合同、承包经营权证和委托书，两人审核。"),
        ("流转合同审核鉴证", "受理→审核→鉴证→备案", "收受受让方好处，对其经营能力审查放宽", "思想道德风险", "高",
         "受让方资质审查结果集体研究，200亩以上报县农业农村局。"),
        ("流转信息发布和洽谈", "采集→发布→组织洽谈", "向特定经营主体提前透露流转信息", "制度机制风险", "中",
         "流转信息统一在平台发布，洽谈全程记录。"),
        ("流转信息发布和洽谈", "采集→发布→组织洽谈", "压低流转价格，损害承包农户利益", "外部环境风险", "中",
         "参考价格定期发布，价格评估由第三方出具。"),
        ("流转档案管理", "整理→归档→查阅", "违规提供、涂改流转档案资料", "业务流程风险", "低", "档案专人专柜管理，查阅登记审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6)
    _line(sh, NOTE, 6)
    return _layout(
        "land_transfer_annex3_two_field_rows", "https://tuliu.com/read-15834.html",
        "县农村土地流转服务中心 合同鉴证股's 附件3 after the source's 流转程序 (采集信息、建立信息库, 发布信息, 双方洽谈, "
        "签订合同 一式四份, 登记台帐, 合同鉴证): ``附件3``, the template's title, ``单位(盖章)：…``, the template's one row "
        "of fields SPREAD OVER TWO ROWS with a phone number added — ``科室 | 合同鉴证股 | 负责人 | 庾听篁`` over ``岗位风险"
        "等级 | 二级 | 联系电话 | 13980257146`` (the values merged to the right) — then the template's header, 岗位职责 "
        "and 工作流程 (arrows) merged, 风险点/风险类型 ``…风险``/风险级别 高/中/低/防控措施; blank review boxes; 注",
        [sh], t,
    )  # fmt: skip


def river_chief_office_pledge() -> dict:
    unit = f"{PLACE}河长制办公室"
    who, dept, post = "邰苇舟", "督查考核股", "科员"
    sh = _Sheet("承诺书", [10, 34, 10, 12, 10, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉政风险防控承诺书", 6)
    sh.add("姓名", who, "性别", "女", "出生年月", "1995.03")
    sh.add("股室", dept, "职务", post, "入职时间", "2019.08")
    head = sh.add("序号", "风险点", "风险类型", "风险等级", None, "防控措施")
    sh.merge(head, 3, head, 4)
    rows = [
        ("河湖长履职考核打分不客观，对相关镇、部门人情打分", "岗位职责", "较高",
         "考核细则公开，打分由股室两人以上共同完成，结果经办公室集体审定。"),
        ("暗访督查前泄露督查时间和路线", "制度机制", "较高", "暗访路线临时确定，督查人员上交通讯工具。"),
        ("对督查发现的“清四乱”问题瞒报、少报", "业务流程", "一般", "问题清单拍照定位上传智慧巡河平台，销号须现场复核。"),
        ("接受被督查单位宴请", "外部环境", "一般", "督查期间自行就餐，执行中央八项规定精神。"),
        ("河长制宣传、保洁经费报账虚列支出", "思想道德", "较低", "报账附合同、照片和验收单，经主任审批。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        r = sh.add(n, point, typ, lv, None, measures)
        sh.merge(r, 3, r, 4)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), SCALE[lv])
    _line(sh, "本人承诺：严格落实上述防控措施，公正开展督查考核，自觉接受组织和群众监督。", 6)
    sh.add(None, None, None, "承诺人：", None, "年　月　日")
    return _layout(
        "river_chief_office_pledge",
        "http://m.a5u0.cn/hzszf/zwgk/hjbh/hzz/202206/b17577dcbd4246c8b753871b2f355edd.shtml",
        "县河长制办公室 督查考核股 科员's 工作人员廉政风险防控承诺书 after the source's account of a 县's 河湖长制 (县级河长 "
        "每季度巡河, 智慧巡河APP, 河湖“清四乱”, 年度目标责任考核): TWO rows of personal data above the table — "
        "``姓名 | 邰苇舟 | 性别 | 女 | 出生年月 | 1995.03`` and ``股室 | 督查考核股 | 职务 | 科员 | 入职时间 | 2019.08`` "
        "(dates typed as text) — then 序号/风险点/风险类型 short/风险等级 (merged over two columns) ``较高/一般/较低``, "
        "all three used/防控措施; the merged pledge, ``承诺人：`` left blank and ``年　月　日``",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    disaster_reserve_two_posts(),
    land_expropriation_annex4_two_lines(),
    tobacco_station_pledge(),
    quality_institute_self_owner(),
    bone_hospital_three_grades(),
    veterans_station_card(),
    military_supply_annex2_sections(),
    land_transfer_annex3_two_field_rows(),
    river_chief_office_pledge(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch146-inbox"))
