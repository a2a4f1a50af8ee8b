"""A two-hundred-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS as they are published or sent
back — a 县统计局, a 县机关事务服务中心, the 县委直属机关工作委员会, a 县茶叶产业发展中心, the 县妇女联合会,
a 县水务局's 水利站, a 镇人民政府 and a 县妇女儿童活动中心 — each handing back its ordinary 一览表,
排查表, 清单 or 自查表 the way its staff typed it (no re-saved copies this time):

- a 机关事务服务中心 排查表 with a ``岗位职责`` column BESIDE the ``廉政风险点`` and levels
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, 科室 merged, 岗位 and 责任人 merged per person;
- the 县直工委's 清单 对岗不对人 with NO 科室 column: posts as written (``组织科科长``, ``纪工委书记``),
  levels ``一级/二级/三级``, short type names;
- a 茶叶产业发展中心 一览表 under a TWO-ROW header, ``防控措施`` merged over ``事前 | 事中 | 事后``
  (序号 … 风险等级 merged down the two rows), the 科室 column headed ``站（室）``;
- the 妇联's 自查表 one sheet per person, ``姓名 | … | 职务 | … | 所在部室 | …`` in pairs above each
  table, a ``本人签字：`` line under it;
- a 水利站's 排查表 under ``填报单位：汉源县水务局龙溪水利站`` (the 局 is the unit, its 站 the 科室),
  no 科室 column, levels 高/中/低, no types;
- a 镇人民政府 一览表 whose 科室 column holds the town's own 财政所 and 农业综合服务站 beside its
  offices (each a 科室 of the 镇);
- a 妇女儿童活动中心 一览表 with a ``备注`` column and levels ``高风险/中风险/低风险``.

One is harder:

- ``stats_bureau_pair_heading``: a 统计局 一览表 whose post and holder stand in TWO columns under ONE
  heading ``岗位及人员`` merged across both (the post in the left cell, the name in the right), no
  姓名 heading anywhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 经普办's 执法检查 of the 乡(镇) 普查机构, a 县
机关事务中心's 公务用车 检查, a 县直工委's 换届 考察 of 基层党组织, a 茶乡's 廉政文化, a 县妇联's 部门预算
(巾帼创业, 妇女之家), a 县水务局's 水利工程 建设, a 县's 公务接待 专项巡察 naming 乡 and 镇 党委, a 妇联's
专项经费 项目) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented; every unit is a body of 汉源县 (towns of our own:
龙溪, 青岚).

Run ``python tests/published/score.py --set batch221`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a heading ``岗位及人员`` merged over two columns reads the left column as the post and the right
  one as the holder;
- ``填报单位：汉源县水务局龙溪水利站`` names the 局 as the unit and its 站 as the 科室;
- a 镇's 财政所 and 农业综合服务站 are 科室 of the 镇;
- a list with no 科室 column keeps each post as written (``组织科科长`` with department "");
- the ``事前 | 事中 | 事后`` columns are one measure, no point; a ``备注`` is no point;
- 局长/副局长, 主任/副主任 of a 中心, 书记/常务副书记 of the 工委, 主席/副主席 of the 妇联, 党委书记 and
  镇长 are leaders; 股长, 科长, 站长 (inside a 中心 or a 局), 所长 of a 镇's 所, 部长, 办公室主任 and
  纪工委书记 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b221_"
PLACE = "汉源县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(first: int, sh: _Sheet, dept: int, post: int, who: int) -> None:
    """Merge the 科室 column over each run, the post and holder columns over each person's rows."""
    key = lambda row: (row[dept], row[post], row[who])  # noqa: E731
    _merge_down(sh, first, [(dept, lambda row: row[dept]), (post, key), (who, key)])


# --------------------------------------------------------------------------- harder layout


def stats_bureau_pair_heading() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    head = sh.add("序号", "股室", "岗位及人员", None, "风险点", "风险类型", "风险等级", "防控措施")
    sh.merge(head, 2, head, 3)
    rows = [
        ("局领导", "局长", "苌砚川", "统计调查项目经费分配和大额支出不经局党组集体研究", "制度机制风险", "高",
         "经费分配和大额支出经党组会集体研究,会议纪要存档。", "leader"),
        ("局领导", "局长", "苌砚川", "干预、授意下级修改统计数据", "思想道德风险", "高",
         "执行防范和惩治统计造假、弄虚作假责任制,数据修改全程留痕。", "leader"),
        ("局领导", "副局长", "郜疏桐", "普查员、普查指导员选聘中优亲厚友", "岗位职责风险", "中",
         "选聘条件和结果公示,选聘经局务会研究。", "leader"),
        ("综合股", "股长", "邴晚樵", "统计数据对外提供未经审核,泄露未公开数据", "岗位职责风险", "中",
         "数据发布实行三级审核,未公开数据专人专机保管。", "middle"),
        ("普查中心", "主任", "衡映岚", "经济普查补助经费发放不按实际工作量核定", "业务流程风险", "高",
         "补助按登记户数核定,发放名单公示后通过银行发放。", "middle"),
        ("普查中心", "统计员", "迮霁青", "普查对象资料保管不善,被挪作他用", "制度机制风险", "低",
         "普查资料专柜保管,借阅登记,用后销毁有记录。", "general"),
        ("执法监督股", "股长", "滑墨尘", "统计执法检查中收受调查对象财物,降低处罚", "外部环境风险", "高",
         "执法两人以上,处罚案件集体审理,结果网上公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(first, sh, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, None, "审核人：", None, "（单位盖章）", None)
    return _layout(
        "stats_bureau_pair_heading",
        "https://tjj.zhengzhou.gov.cn/fzjs/3064827.jhtml",
        "(harder) 县统计局 岗位廉政风险点一览表 after the source's note of a 经普办's 经济普查 执法检查 (乡镇普查"
        "机构, 普查表填报, 虚报瞒报, the 统计局's 法制科): title, ``填报单位：… | 填报时间：…``, then 序号/股室 merged (局领导, 综合股, 普查"
        "中心, 执法监督股)/ONE heading ``岗位及人员`` merged across TWO columns — the post (局长, 股长, 主任, 统计员) "
        "in the left column, the holder in the right, both merged per person; no 姓名 heading/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; 填报人/审核人/（单位盖章） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fleet_center_duty_roman() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("排查表", [5, 14, 10, 9, 24, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冼沐禾", "主持中心全面工作", "公务用车购置、维修定点单位确定不经集体研究",
         "Ⅰ级", "定点单位通过政府采购确定,中心主任办公会集体研究。", "leader"),
        ("中心领导", "副主任", "粟望舒", "分管公务用车和办公用房", "办公用房调剂分配中照顾关系单位",
         "Ⅱ级", "调剂方案按核定标准拟定,报县政府审批后公示。", "leader"),
        ("公务用车管理股", "股长", "汲澄宇", "公务用车调度和平台监管", "派车审批不严,默许公车私用",
         "Ⅰ级", "派车全部经平台申请,行驶轨迹每月抽查通报。", "middle"),
        ("公务用车管理股", "驾驶员", "佴北辰", "执行公务出行任务", "虚报加油、过路过桥费用",
         "Ⅱ级", "实行一车一卡,油耗和通行费每月与里程比对。", "general"),
        ("机关房产股", "股长", "乜温言", "办公用房维修和物业管理", "维修项目虚增工程量,与施工方串通",
         "Ⅰ级", "维修项目预算经财政评审,完工后第三方审计。", "middle"),
        ("公共机构节能股", "管理员", "仝蔚岑", "公共机构能耗统计", "节能改造补助申报审核走过场",
         "Ⅲ级", "补助申报实地核验,审核意见双人签字。", "general"),
        ("综合股", "会计", "庹芷汀", "中心财务收支", "车辆维修费用报账票据审核不严",
         "Ⅱ级", "维修费用凭派工单、结算单、发票三单核对报账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(first, sh, 1, 2, 3)
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, "2024年9月", None)
    return _layout(
        "fleet_center_duty_roman", "http://xinxiangxian.gov.cn/article/1745905051977209",
        "县机关事务服务中心 廉政风险点排查表 after the source's note of the 县机关事务中心's 公务用车 封存 and 管理使用 "
        "检查 (公务用车管理平台, 停驶轨迹): 序号/科室 merged (中心领导, 公务用车管理股, 机关房产股, 公共机构节能股, "
        "综合股)/岗位 and 责任人 merged per person/a ``岗位职责`` column BESIDE the ``廉政风险点``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; 单位负责人/填表人/date line",
        [sh], t,
    )  # fmt: skip


def work_committee_posts_as_written() -> dict:
    unit = f"中共{PLACE}委直属机关工作委员会"
    sh = _Sheet("清单", [6, 14, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("书记", "县直机关党组织换届人选考察不严,带病提名", "岗位职责", "一级",
         "换届人选征求纪检、审计、信访意见,考察材料存档。", "leader"),
        ("常务副书记", "党费收缴、使用和管理不规范", "制度机制", "一级",
         "党费使用经工委会议研究,收支情况每年公布。", "leader"),
        ("纪工委书记", "对机关党员违纪问题线索压案不查", "思想道德", "二级",
         "问题线索集体排查,处置情况定期报县纪委监委。", "middle"),
        ("组织科科长", "发展党员把关不严,违规吸收", "岗位职责", "二级",
         "发展党员全程纪实,预审情况公示。", "middle"),
        ("组织科科长", "评先评优推荐中照顾关系", "思想道德", "三级",
         "推荐对象经支部民主推荐和工委会议研究。", "middle"),
        ("宣传科科长", "机关党建活动经费列支与活动内容不符", "业务流程", "二级",
         "活动经费事前报批,报账附活动方案、签到和照片。", "middle"),
        ("办公室主任", "接待、会议费用超标准报销", "制度机制", "三级",
         "执行公务接待清单制度,一事一结。", "middle"),
    ]  # fmt: skip
    for n, (post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("注：风险等级分为一级（高）、二级（中）、三级（低）。", None, None, None, None, None)
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 5)
    return _layout(
        "work_committee_posts_as_written",
        "https://jxsyczj.com/wwwjxsyczjcom/content/detail/5cb42cb3ee32ca7c08a30a1f.htm",
        "县委直属机关工委 岗位廉政风险防控清单 对岗不对人 after the source's account of a 县直工委 考察 in 基层党组织 "
        "换届 (提名候选人, 任前“体检”, 防止带病提拔): NO 科室 column — 序号/岗位 as written (书记, 常务副书记, "
        "纪工委书记, ``组织科科长`` twice, ``宣传科科长``, 办公室主任)/风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line under it naming the grades; no names",
        [sh], t,
    )  # fmt: skip


def tea_center_three_measures() -> dict:
    unit = f"{PLACE}茶叶产业发展中心"
    sh = _Sheet("一览表", [5, 14, 10, 9, 30, 10, 8, 22, 22, 22])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 10)
    h1 = sh.add(
        "序号", "站（室）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", None, None
    )
    h2 = sh.add(None, None, None, None, None, None, None, "事前", "事中", "事后")
    for c in range(7):
        sh.merge(h1, c, h2, c)
    sh.merge(h1, 7, h1, 9)
    rows = [
        ("中心领导", "主任", "蒲轻舟", "茶园基地建设补助项目实施主体确定不公开", "制度机制", "高",
         "项目申报条件公开", "中心主任办公会集体研究", "实施主体名单公示"),
        ("中心领导", "副主任", "鞠晚晴", "茶叶品牌推介活动经费虚列支出", "业务流程", "中",
         "活动方案事前报批", "活动过程留存影像", "报账附方案、签到和合同"),
        ("茶树良种繁育站", "站长", "扈砚秋", "良种苗木调拨数量、价格弄虚作假", "岗位职责", "高",
         "调拨计划经中心审定", "出圃双人点数签字", "调拨台账每季度核对"),
        ("茶树良种繁育站", "技术员", "邝星野", "向种植户推荐指定农资,收取回扣", "思想道德", "中",
         "开展警示教育", "技术服务不指定购买渠道", "服务对象回访"),
        ("茶叶质量检测站", "站长", "隆青霭", "检测结果受企业请托出具不实报告", "外部环境", "高",
         "检测人员签订廉洁承诺", "样品盲样编号检测", "报告两级审核并存档"),
        ("茶叶质量检测站", "检测员", "汲云岫", "检测样品调换、检测数据篡改", "岗位职责", "中",
         "样品交接登记", "检测过程视频记录", "数据系统留痕不可改"),
        ("办公室", "会计", "冀拾月", "项目资金拨付不按进度和验收结果", "制度机制", "低",
         "拨付凭验收报告申请", "经办、审核、审批分离", "拨付情况定期公开"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "leader", "副主任": "leader", "站长": "middle"}
    for n, (dept, post, who, point, typ, lv, m1, m2, m3) in enumerate(rows, 1):
        tier = tiers.get(post, "general")
        sh.add(n, dept, post, who, point, typ, lv, m1, m2, m3)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(first, sh, 1, 2, 3)
    sh.add()
    sh.add(
        "填表人：", None, None, None, "中心负责人：", None, None, "填报日期：2024年8月", None, None
    )
    return _layout(
        "tea_center_three_measures", "http://www.qinfeng.gov.cn/info/1030/24798.htm",
        "县茶叶产业发展中心 岗位廉政风险点及防控措施一览表 after the source's account of a 茶乡 县's 廉政文化 "
        "(“以茶喻廉”): a TWO-ROW header — 序号/``站（室）``/岗位/姓名/风险点/风险类别/风险等级 each merged down both "
        "rows, ``防控措施`` merged over ``事前 | 事中 | 事后`` — then 站（室） merged (中心领导, 茶树良种繁育站, 茶叶"
        "质量检测站, 办公室), 岗位 and 姓名 merged per person, short type names, 高/中/低; 填表人/中心负责人/date",
        [sh], t,
    )  # fmt: skip


def womens_federation_sheets() -> dict:
    unit = f"{PLACE}妇女联合会"
    t = _Truth(unit)
    people = [
        ("主席", "荀疏影", "主席", "领导班子", "leader", [
            ("巾帼创业扶持资金分配不经主席办公会研究", "制度机制风险", "高",
             "扶持对象公开评审,分配方案集体研究并公示。"),
            ("“妇女之家”示范点推荐中照顾关系", "思想道德风险", "中", "推荐条件公开,实地验收后确定。"),
        ]),
        ("副主席", "桑若渊", "副主席", "领导班子", "leader", [
            ("“两癌”救助对象审核把关不严", "岗位职责风险", "高", "救助对象凭诊断证明审核,名单公示。"),
            ("最美家庭评选暗箱操作", "业务流程风险", "低", "评选程序公开,评选结果公示五个工作日。"),
        ]),
        ("权益部", "晁听澜", "部长", "权益部", "middle", [
            ("妇女儿童维权案件接访后推诿不办", "岗位职责风险", "中", "维权案件登记、转办、回访全程留痕。"),
            ("困难妇女慰问金发放名单虚报冒领", "制度机制风险", "高", "慰问名单由村（社区）妇联初审,发放签字并抽查回访。"),
            ("向当事人泄露案件信息", "外部环境风险", "低", "案件资料专人保管,调阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in people:
        sh = _Sheet(tab, [6, 34, 14, 10, 34, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓名", who, "职务", post, "所在部室", dept)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(tab, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "2024年11月", None)
        sheets.append(sh)
    return _layout(
        "womens_federation_sheets", "http://219.145.244.73:88/html/zwgk/czysjs/45012.html",
        "县妇联 岗位廉政风险自查表 one sheet per person after the source's 县妇联 部门预算 说明 (巾帼创业致富, "
        "巾帼权益维护, 妇女之家, 妇联工作经费): three sheets named by post or 部 (``主席``, ``副主席``, ``权益部``), "
        "each titled, then one row of pairs ``姓名 | … | 职务 | … | 所在部室 | …`` (领导班子 for the two leaders), "
        "then 序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施, and a ``本人签字： | 2024年11月`` line",
        sheets, t,
    )  # fmt: skip


def water_station_unit_line() -> dict:
    unit = f"{PLACE}水务局"
    dept = "龙溪水利站"
    sh = _Sheet("Sheet1", [6, 10, 9, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险点排查表", 6)
    r = sh.add(f"填报单位：{unit}{dept}", None, None, None, "2024年7月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "阚秋屿", "小型水利工程项目验收把关不严,与施工方串通", "高",
         "验收邀请乡镇、村和受益群众代表参加,验收资料报局备案。", "middle"),
        ("站长", "阚秋屿", "农村饮水工程维修资金挤占挪用", "高", "维修资金专账核算,维修项目村内公示。", "middle"),
        ("副站长", "勾澈言", "河道采砂巡查发现违法行为不制止、不上报", "中",
         "巡查两人同行,巡查记录每周报局河道股。", "middle"),
        ("水利员", "钮渡川", "水费收缴不开票据,截留水费", "中", "水费统一开具票据,按月上缴并公示。", "general"),
        ("报账员", "那岫白", "以白条入账,虚列工程材料款", "低", "材料款凭发票和入库单报账,每季度对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, key), (2, key)])
    sh.add()
    sh.add("站负责人：阚秋屿", None, None, "填表人：那岫白", None, None)
    return _layout(
        "water_station_unit_line", "http://www.shanghe.gov.cn/art/2025/11/20/art_22820_4880182.html",
        "县水务局 基层水利站 岗位廉政风险点排查表 after the source's report of a 县水务局's 水利工程 建设 (骨干治理"
        "工程, 农村生活污水治理, 施工现场隐患排查): a bare title ``岗位廉政风险点排查表``, then ``填报单位：汉源县水务局"
        "龙溪水利站 | 2024年7月`` (the 局 the unit, its 站 the 科室), then 序号/岗位/姓名 (merged per person)/风险点/"
        "风险等级 高/中/低/防控措施; no 科室 or type column; ``站负责人：阚秋屿 | 填表人：那岫白`` under it (both holders)",
        [sh], t,
    )  # fmt: skip


def town_station_office_list() -> dict:
    unit = f"{PLACE}青岚镇人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("党政领导", "党委书记", "禹乘风", "镇村工程项目和大额资金使用个人说了算", "制度机制风险", "高",
         "严格执行“三重一大”集体决策,党委会议纪要存档。", "leader"),
        ("党政领导", "镇长", "刁慕远", "公务接待超标准、无公函接待", "制度机制风险", "中",
         "执行公务接待清单制度,接待费用一事一结。", "leader"),
        ("财政所", "所长", "查晏宁", "惠农补贴资金审核不严,冒领套取", "岗位职责风险", "高",
         "补贴资金通过“一卡通”发放,发放名单村内公示。", "middle"),
        ("财政所", "会计", "仝禾青", "村级账务代理中违规调账", "业务流程风险", "中", "调账须村务监督委员会签字,定期审计。",
         "general"),
        ("农业综合服务站", "站长", "冼朝露", "农机购置补贴核查不实", "岗位职责风险", "中",
         "补贴机具实地核验,拍照留存并公示。", "middle"),
        ("党政办公室", "主任", "邴拾光", "办公用品采购不比价,虚开发票", "业务流程风险", "低",
         "采购三家比价,验收入库登记。", "middle"),
        ("社会事务办公室", "办事员", "滑晓岑", "低保对象入户调查走过场,优亲厚友", "思想道德风险", "高",
         "入户调查两人以上,评议结果村内公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(first, sh, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, None, "审核人：", None, "2024年6月", None)
    return _layout(
        "town_station_office_list",
        "http://www.qhdjw.gov.cn/home/details?code=NjAwNTg4NzY5MTI4&pcode=MA%ce%b3%ce%b3&id=462435",
        "镇人民政府 岗位廉政风险点一览表 after the source's account of a 县's 公务接待 专项巡察 (接待清单, 事前审批, "
        "乡 and 镇 党委 making their own 公务接待制度): ``附件`` and a title, then 序号/科室 merged — the 镇's own "
        "``财政所`` and ``农业综合服务站`` beside 党政领导, 党政办公室, 社会事务办公室 — /岗位 and 姓名 merged per "
        "person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def children_center_remarks() -> dict:
    unit = f"{PLACE}妇女儿童活动中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 8)
    sh.add("序号", "部门", "职务", "责任人", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("中心领导", "主任", "乜知秋", "场地对外出租价格和对象确定不公开", "高风险",
         "出租价格经评估确定,出租事项集体研究并公示。", None, "leader"),
        ("培训部", "部长", "苌暮雪", "公益培训班变相收费", "高风险", "公益项目不收费,收费项目经物价备案并公示。", None,
         "middle"),
        ("培训部", "部长", "苌暮雪", "外聘教师课时费虚报", "中风险", "课时凭签到和课表核定,按月公示。", "新增",
         "middle"),
        ("活动部", "干事", "庹闻溪", "儿童活动物资采购收受供应商好处", "中风险", "物资采购比价,验收双人签字。", None,
         "general"),
        ("财务室", "会计", "鞠蘅芜", "专项经费支出与项目内容不符", "低风险", "专项经费专账核算,项目结束后绩效自评。",
         None, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    _per_person(first, sh, 1, 2, 3)
    sh.add()
    sh.add("中心负责人：", None, None, None, "填表人：", None, "2024年5月", None)
    return _layout(
        "children_center_remarks", "https://gwyoo.com/article/xzgaoshou/jnjl/201207/534600.html",
        "县妇女儿童活动中心 廉政风险点一览表 after the source's 妇联 专项经费 项目 经验交流 (项目点, 专款专用, 培训): "
        "序号/部门 merged (中心领导, 培训部, 活动部, 财务室)/``职务`` and ``责任人`` merged per person/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``备注`` (``新增`` on one row); no type column; 中心负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    stats_bureau_pair_heading(),
    fleet_center_duty_roman(),
    work_committee_posts_as_written(),
    tea_center_three_measures(),
    womens_federation_sheets(),
    water_station_unit_line(),
    town_station_office_list(),
    children_center_remarks(),
]

RESAVED: tuple[str, ...] = ()  # no re-saved copies this time


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch221-inbox"))
