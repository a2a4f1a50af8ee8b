"""The two-hundred-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE SOCIAL AFFAIRS BODIES of one county, 德格县 — its 民政局
with its 救助管理站 and 社会福利院, the 人力资源和社会保障局, the 社会保险事业管理中心, the 就业服务中心,
the 医疗保障局, the 退役军人事务局 and a 镇's 民政办 — each handing back its ordinary 一览表, 排查表,
清单, 自查表 or 防控卡 the way its staff typed it, the rows about 低保, 救助, 社保基金, 就业补贴 and
优抚:

- the 民政局's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: 股室 merged (局领导,
  办公室, 社会救助股, 养老服务股), 岗位 and 责任人 merged per person, a short ``风险点`` beside a long
  ``具体表现``, ``…风险`` types, ``一级/二级/三级``, a last ``分管领导`` column (names, merged per 股室;
  ``/`` for the 局领导), a ``注：`` line and a 局长/纪检监察员 sign-off line;
- the 救助管理站's 排查表 对岗不对人 under a ``单位名称：…（盖章）　填报日期：…`` line: ``岗位名称`` and
  ``岗位职责`` merged per post, 高/中/低, no type column, a ``备注`` column;
- the 社会福利院's 自查表, one sheet a person (tabs 院长, 护理部, 保管员): ``姓名 | … | 所在科室 | … |
  职务 | …`` in one row, a merged ``主要职责`` line, ``自查风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, an
  ``整改时限`` column, ``自查人（签字）： | 院长审核（签字）：`` below;
- the 人社局's 一览表 with a TWO-ROW heading: ``风险类型`` merged over ``思想道德 | 制度机制 | 岗位职责 |
  业务流程 | 外部环境`` marked ``√`` (some rows two), 高/中/低, 科室 merged (局领导, 办公室, 劳动保障监察
  大队, 人事人才股, 劳动关系股), under an ``编制单位：局办公室　编制时间：…`` line;
- the 就业服务中心's 小微权力廉政风险清单: ``权力事项 | 责任股室 | 责任岗位 | 责任人`` before the 风险点,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 医疗保障局's 防控卡, one sheet a holder: ``姓名 | 所在股室 | 职务 | 联系电话 | 填卡日期`` as labels
  over a row of values, a ``风险事项`` before the ``风险点``, ``…风险`` types, ``高风险/中风险/低风险``,
  ``持卡人（签字）：`` and a 监督举报电话 below;
- the 退役军人事务局's 排查表 under ``附件2``: 科室 merged (局领导, 办公室, 优抚安置股, 褒扬纪念股,
  退役军人服务中心), 岗位 and 姓名 merged per person, levels ``较高/一般/较低`` with a ``注：`` line saying
  the three, no type column, a ``单位负责人： | 填表人： | 联系电话：`` line;
- the 更庆镇's 民政办 清单 titled ``德格县更庆镇民政办…`` under a ``填报单位：更庆镇民政办`` line: 岗位 and
  姓名 merged per person, short types, 高/中/低, a 民政协理员 whose row says only 无.

One is harder:

- ``social_insurance_incompatible_posts``: the 社会保险事业管理中心's 经办岗位 一览表 对岗不对人 with, right
  after the ``岗位`` column, a ``不相容岗位（不得相互兼任）`` column — the posts that must never be held by
  the same person as the row's (``待遇复核岗、基金支付岗`` beside ``待遇审核岗``; ``参保登记岗`` beside
  ``缴费核定岗`` and the other way round). Its cells are post names of the same kind as the 岗位 column's,
  finer (one to three posts a cell, several per 股室) and never the row's own post. The README's
  读得懂的表 knows two post-like columns where one is a grouping (``岗位类别 | 岗位``: the finer one the
  post), a cell naming several posts as those responsible (``村支书、村主任``), ``配合科室`` and
  ``监督科室`` columns (no 科室 of the row) and the ``A角 | B角`` pair; not a column naming the posts
  kept APART from the row's, which is neither the row's post nor a grouping of it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 民政局's 社会救助清单化管理 of 低保,
特困供养 and 临时救助; the rules for a 救助管理站 — 登记, 食物, 住处, 随身物品, 返乡; a 社会福利院 that
takes in 三无老人 and 孤残儿童 under the 民政局's 社会福利科; a 区人力资源局's 巡察整改 with its 责任科室（中心）
and 责任人; a province's rules on 社会保险经办机构岗位权限 — 业务运行, 基金财务, 数据管理 and 稽核内控
posts that must not be held together; a city's 就业补助资金管理办法 with its 公益性岗位补贴, 创业补贴 and
职业培训补贴; a 医保局's 自查自纠 of 医保基金 and the 两定机构; the 优待证 申领 through 乡镇 服务站, 县服务中心
and 县退役军人事务局; the 低保金 taken by 民政助理 and 村干部) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (several
Tibetan, as a 甘孜 county has them); every unit is a body of 德格县 (its 更庆镇 named as the county's
seat is).

Run ``python tests/published/score.py --set batch234`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder list the post of a row is its ``岗位`` cell; the ``不相容岗位（不得相互兼任）`` cell names
  no post of the row and no holder, and gives no form; the list names nobody (对岗不对人), so each form
  is 股室 + 岗位 with person "";
- ``局领导``, ``中心领导``, ``院领导`` where the table writes them in the 科室/股室 column (or a sheet's
  ``所在科室``/``所在股室``) are the 科室 of those leaders, as batch232 kept them;
- the 民政局's ``分管领导`` column (two names, each over several rows, ``/`` for the 局领导) holds
  watchers, not holders — the ``责任人`` column names the holders; ``具体表现`` is the long description:
  the point is the short ``风险点``;
- ``岗位职责``, ``主要职责``, ``权力事项``, ``风险事项``, ``备注`` and ``整改时限`` are no points; the 镇
  民政协理员's row saying only 无 is no point and gives no form;
- the 人社局's ``√`` under each type column gives that type (two ticks two types, in the columns' order);
- the 退役军人服务中心 and the 劳动保障监察大队 in their 局's table are 科室 of the 局 (the title names the
  unit); the 民政办 named in the 镇's title is the 科室 of the 镇 (the unit), as batch230 took a 镇's 财政所;
- ``较高/一般/较低`` are 1/2/3 (the note says the three bands); ``★★★/★★/★`` 1/2/3 by the legend;
  ``高风险/中风险/低风险`` 1/2/3;
- the heads of units — 局长/副局长, the 救助管理站's 站长/副站长, the 福利院's 院长, the 就业服务中心's and the
  社保中心's 主任/副主任 — are leaders; 股长, 主任 of an 办公室, a 护理部, a 民政办 or of the 退役军人服务中心
  inside its 局, and the 大队长 of a 大队 inside the 局 are middle; the rest (科员, 会计, 保管员, 接待登记员,
  生活管理员, 护送员, 民政专干, 残联专干, and the 社保中心's ``…岗``) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, TYPES, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b234_"
PLACE = "德格县"
TOWN = "更庆镇"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
TICK = "√"
NONE = "/"
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

INCOMPATIBLE_HEAD = "不相容岗位\n（不得相互兼任）"


def social_insurance_incompatible_posts() -> dict:
    unit = f"{PLACE}社会保险事业管理中心"
    sh = _Sheet("一览表", [6, 12, 14, 22, 40, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}经办岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 8}填报日期：2024年11月", 8)
    sh.add(
        "序号", "股室", "岗位", INCOMPATIBLE_HEAD, "廉政风险点", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "业务经办岗", "大额基金支付审批把关不严，越权审批或不经集体研究",
         "制度机制", "高", "大额支付经主任办公会集体研究，审批记录存档。", "leader"),
        ("中心领导", "主任", "业务经办岗", "干预待遇核定和稽核结论，为关系人说情", "思想道德", "中",
         "领导干部插手干预经办事项一律登记报告。", "leader"),
        ("中心领导", "副主任", "基金会计岗、出纳岗", "分管基金财务审签不严，支付凭证事后补签", "岗位职责",
         "中", "支付凭证先审后付，副主任审签不得由他人代签。", "leader"),
        ("参保征缴股", "参保登记岗", "缴费核定岗、稽核内控岗",
         "虚构劳动关系为不符合条件人员办理参保、补缴", "外部环境", "高",
         "补缴业务核验劳动合同和工资发放记录，稽核内控股逐笔复查。", "general"),
        ("参保征缴股", "缴费核定岗", "参保登记岗", "降低缴费基数核定，少征漏征社会保险费", "业务流程", "中",
         "缴费基数与税务部门数据比对，差异清单每月核查。", "general"),
        ("待遇支付股", "待遇审核岗", "待遇复核岗、基金支付岗", "养老待遇核定不按规定计算，多核多发",
         "业务流程", "高", "待遇核定系统自动计算，人工调整须复核岗签字。", "general"),
        ("待遇支付股", "待遇审核岗", "待遇复核岗、基金支付岗",
         "领取资格认证把关不严，死亡冒领待遇未及时发现", "岗位职责", "中",
         "每月与公安、民政、卫健死亡数据比对，疑点数据入户核实。", "general"),
        ("待遇支付股", "待遇复核岗", "待遇审核岗", "复核流于形式，对审核差错不予纠正", "岗位职责", "低",
         "复核差错纳入绩效考核，稽核内控股季度抽查。", "general"),
        ("基金财务股", "基金会计岗", "出纳岗、待遇审核岗", "基金支出凭证审核不严，收支账实不符",
         "制度机制", "中", "基金收支每月对账，账务与业务数据按月核对。", "general"),
        ("基金财务股", "出纳岗", "基金会计岗", "基金支出户资金挪用、公款私存", "思想道德", "高",
         "支出户资金网银双人复核，银行对账单由会计岗取回核对。", "general"),
        ("稽核内控股", "稽核内控岗", "业务经办岗、基金财务岗、数据管理岗",
         "稽核发现的违规问题瞒报、不移交", "岗位职责", "中",
         "稽核问题台账报中心领导审阅，涉嫌违纪问题移交纪检组。", "general"),
        ("综合股", "数据管理岗", "业务经办岗、稽核内控岗",
         "违规修改参保缴费、待遇数据，系统权限不及时清理", "业务流程", "高",
         "数据修改留痕并经分管领导审批，人员调岗当日收回系统权限。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, apart, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, apart, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key), (3, key)])
    _line(sh, "注：1.同一股室内的不相容岗位不得由同一人兼任，岗位人员调整时同步调整系统经办权限；"
              "2.风险等级分高、中、低三档。", 8)  # fmt: skip
    sh.add()
    sh.add(
        "中心主任（签字）：", None, None, None, "县人力资源和社会保障局审核意见：", None, None, None
    )
    return _layout(
        "social_insurance_incompatible_posts",
        "https://www.chacewang.com/newsdetail/news357279.html",
        "(harder) 县社会保险事业管理中心 经办岗位廉政风险防控一览表 对岗不对人, after the source's rules on 社会保险"
        "经办机构 岗位权限 (业务运行岗位, 基金财务管理岗位, 数据管理岗位, 稽核内控岗位 不得相互兼任; 权限台账, 内控"
        "检查): a title, a ``填报单位：…（盖章）　…　填报日期：2024年11月`` line, then 序号/股室 merged (中心领导, "
        "参保征缴股, 待遇支付股, 基金财务股, 稽核内控股, 综合股)/岗位 merged per post/``不相容岗位⏎（不得相互兼任）`` "
        "merged per post — one to three post names per cell (``待遇复核岗、基金支付岗``), of the same kind as the "
        "岗位 column's and never the row's own/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a "
        "``注：`` line on the 不相容岗位 and the levels, a 中心主任签字/县人社局审核意见 line; no name column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def civil_affairs_bureau_list() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 12, 9, 10, 12, 36, 12, 8, 34, 10])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年11月20日", 10)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "具体表现", "风险类别", "风险等级", "防控措施",
           "分管领导")  # fmt: skip
    head, deputy = "呷玛尼玛", "暨晓岚"
    rows = [
        ("局领导", "局长", head, "资金分配", "社会救助资金、福利彩票公益金分配方案不经党组会集体研究，由个人决定",
         "制度机制风险", "一级", "严格执行“三重一大”集体决策制度，分配方案及结果公开。", NONE, "leader"),
        ("局领导", "局长", head, "干部选用", "股室负责人调整、临聘人员招用中搞亲亲疏疏",
         "思想道德风险", "二级", "选人用人按程序集体研究，临聘人员公开招聘。", NONE, "leader"),
        ("局领导", "副局长", deputy, "救助审批", "为亲友、关系人违规审批低保、特困供养待遇",
         "岗位职责风险", "一级", "实行经办人、股长、分管领导三级审核，近亲属享受救助一律备案。", NONE,
         "leader"),
        ("办公室", "主任", "笪映川", "公务接待", "接待超标准、超范围，虚开接待费用", "思想道德风险", "三级",
         "接待凭公函和清单报销，接待费每季度公示。", head, "middle"),
        ("社会救助股", "股长", "泽仁拥珍", "对象认定", "低保、特困对象认定审核不严，办理人情保、关系保",
         "岗位职责风险", "一级", "居民家庭经济状况核对全覆盖，审核结果公示七天。", deputy, "middle"),
        ("社会救助股", "股长", "泽仁拥珍", "临时救助", "临时救助不按标准审批，重复救助或变相发放福利",
         "业务流程风险", "二级", "临时救助台账动态管理，乡镇审批事项县级按比例抽查。", deputy, "middle"),
        ("社会救助股", "科员", "郗念川", "资金发放", "救助金发放名册审核不严，冒领、错发", "业务流程风险",
         "二级", "救助金社会化发放直接到户，发放名册与系统数据逐月比对。", deputy, "general"),
        ("养老服务股", "股长", "蒯思远", "补贴审核", "高龄津贴、养老服务补贴审核把关不严，死亡人员未及时停发",
         "外部环境风险", "二级", "每月与公安、卫健死亡数据比对，及时停发并追回。", deputy, "middle"),
        ("养老服务股", "股长", "蒯思远", "项目验收", "养老服务设施建设项目验收走过场，虚增工程量",
         "岗位职责风险", "三级", "项目验收邀请财政、审计人员参加，结算送审。", deputy, "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, name, desc, typ, lv, measures, lead, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, name, desc, typ, lv, measures, lead)
        t.point(sh.name, dept, post, who, tier, name, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _merge_down(sh, first, [(9, lambda row: (row[1], row[9]))])
    _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低）。", 10)
    sh.add("局长（签字）：", None, None, None, None, "纪检监察员（签字）：", None, None, None, None)
    return _layout(
        "civil_affairs_bureau_list",
        "http://lnky.gov.cn/kaiyuan/zfxxgk/fdzdgknr/jgjj/szfzzjg/mzj/bmwj/2025070814435119499/index.html",
        "县民政局 岗位廉政风险防控一览表 after the source's 民政局 方案 for 社会救助清单化管理 (最低生活保障, 特困人员"
        "供养, 临时救助, 乡镇人民政府、街道办事处, 审核确认, 经办服务): ``附件1``, a title, a merged ``填报单位（盖章）："
        "德格县民政局　…　填报时间：2024年11月20日`` line, then 序号/股室 merged (局领导, 办公室, 社会救助股, 养老服务"
        "股)/岗位 and 责任人 merged per person/a short ``风险点`` beside a long ``具体表现``/风险类别 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施/``分管领导`` (two names merged per 股室, ``/`` for the 局领导); a ``注：`` line "
        "and a 局长签字/纪检监察员签字 line",
        [sh], t,
    )  # fmt: skip


def rescue_station_posts() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("排查表", [6, 12, 24, 38, 8, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    r = sh.add(f"单位名称：{unit}（盖章）", None, None, None, "填报日期：2024年10月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位名称", "岗位职责", "廉政风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("站长", "主持全站工作，负责经费审批和物资采购", "救助经费、物资采购不经站务会研究，指定供应商", "高",
         "大宗物资按政府采购程序办理，采购事项站务会集体研究。", None, "leader"),
        ("站长", "主持全站工作，负责经费审批和物资采购", "受助人员返乡车票、乘车补助虚报冒领", "中",
         "返乡车票实名购买，乘车凭证随报销单存档。", None, "leader"),
        ("副站长", "分管求助接待、站内管理和安全", "对不符合条件人员违规给予救助，或对符合条件人员拒绝救助",
         "中", "救助甄别两人以上办理，不予救助的书面说明理由。", None, "leader"),
        ("接待登记员", "负责求助人员甄别、登记和随身物品保管", "受助人员随身财物登记不实，私自截留", "高",
         "随身物品当面清点、双人登记签字，离站时本人签收。", None, "general"),
        ("生活管理员", "负责受助人员食宿、衣物发放", "虚报受助人员人数、天数，套取伙食费", "高",
         "每日在站人数由接待登记员核对签字，伙食费按实结算。", None, "general"),
        ("生活管理员", "负责受助人员食宿、衣物发放", "救助物资出入库不登记，账物不符", "低",
         "物资出入库登记，每季度盘点一次。", None, "general"),
        ("会计", "负责经费核算和报销", "报销凭证审核不严，以白条、虚开发票入账", "中",
         "报销凭证经手人、证明人、审批人三签，县民政局年度审计。", "兼管固定资产账", "general"),
        ("护送员", "负责护送受助人员返乡", "护送途中虚报差旅费、多报护送人数", "低",
         "护送任务派车单登记，差旅费凭交接单报销。", None, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures, note)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add()
    sh.add("站长（签字）：", None, None, "县民政局审核意见：", None, None, None)
    return _layout(
        "rescue_station_posts", "https://twwiki.net/wiki/4w54ve52jo2gwe2.html",
        "县救助管理站 岗位廉政风险点排查表 对岗不对人, after the source's account of the 救助管理站 and its rules "
        "(求助人员 如实提供 基本情况 and 随身携带物品 登记, 食物, 住处, 返乡 乘车凭证, 民政部门 指导监督): a title, a "
        "``单位名称：德格县救助管理站（盖章） | 填报日期：2024年10月`` line, then 序号/``岗位名称`` and ``岗位职责`` "
        "merged per post/廉政风险点/风险等级 高/中/低/防控措施/``备注``; no type column, no name column; "
        "站长签字/县民政局审核意见 line",
        [sh], t,
    )  # fmt: skip


def welfare_home_self_checks() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    people = [
        ("院长", "格绒曲珍", "院领导", "院长", "leader", "主持院内全面工作，负责经费审批、人员管理。", [
            ("集中供养特困人员生活费统筹使用不透明，挪作他用", "制度机制", "Ⅰ级",
             "供养经费单独核算，收支情况每季度在院内公示。", "长期"),
            ("护理员招聘、临聘人员工资发放中虚报人数", "岗位职责", "Ⅰ级",
             "临聘人员公开招聘，工资按考勤直接发放到个人账户。", "2024年12月"),
            ("接受供货商宴请、礼品，在物资采购中打招呼", "思想道德", "Ⅱ级",
             "严守中央八项规定精神，采购事项院务会集体研究。", "长期"),
        ]),
        ("护理部", "綦若岚", "护理部", "主任", "middle", "负责院民护理、孤残儿童康复和护理员管理。", [
            ("护理等级评定随意，多报失能人员套取护理补贴", "业务流程", "Ⅰ级",
             "护理等级由评估小组评定，结果报县民政局备案。", "2024年11月"),
            ("孤残儿童康复训练器材、物资发放不登记", "岗位职责", "Ⅲ级",
             "器材物资领用登记，每月核对一次。", "长期"),
        ]),
        ("保管员", "根秋拉姆", "后勤保障科", "保管员", "general", "负责食品、药品和生活物资的验收、保管、发放。", [
            ("食品、药品入库验收不严，以次充好", "业务流程", "Ⅱ级",
             "入库验收双人签字，票据与实物逐项核对。", "长期"),
            ("院民衣物、被褥出库不登记，私自处置", "外部环境", "Ⅲ级",
             "出库凭领用单登记，院长每季度抽查。", "2024年12月"),
            ("伙食账目不按月公布，账实不符", "制度机制", "Ⅱ级", "伙食账目每月在院内公布，接受院民代表监督。",
             "长期"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in people:
        sh = _Sheet(tab, [6, 38, 12, 10, 36, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓  名", who, "所在科室", dept, "职  务", post)
        r = sh.add("主要职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "自查风险点", "风险类别", "风险等级", "防控措施", "整改时限")
        for n, (point, typ, lv, measures, due) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, due)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("自查人（签字）：", None, None, "院长审核（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "welfare_home_self_checks", "https://www.shebaoonline.com/shebaozhengce/1757801",
        "县社会福利院 干部职工廉政风险自查表, one sheet a person (tabs 院长, 护理部, 保管员), after the source's account "
        "of the 社会福利院 (收养 三无老人, 孤残儿童, 弃婴; 养、治、教 并举; 主管部门 民政局 社会福利科; 资金来源): a title, "
        "``姓名 | … | 所在科室 | … | 职务 | …`` in one row, a merged ``主要职责`` line, then 序号/``自查风险点``/风险"
        "类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``整改时限``; 自查人签字/院长审核签字 line",
        sheets, t,
    )  # fmt: skip


def hrss_bureau_type_ticks() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("一览表", [6, 14, 9, 10, 36, 7, 7, 7, 7, 7, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 12)
    _line(sh, f"编制单位：局办公室{GAP * 10}编制时间：2024年9月", 12)
    r = sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", None, None, None, None, "风险等级",
               "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, *TYPES, None, None)
    for c in (0, 1, 2, 3, 4, 10, 11):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 9)
    rows = [
        ("局领导", "局长", "降央卓玛", "职称评审、事业单位公开招聘结果受人情干预", ("岗位职责", "外部环境"), "高",
         "招聘、评审全程纪检监督，结果公示。", "leader"),
        ("局领导", "副局长", "訾怀瑾", "劳动保障监察案件查处中说情打招呼，降格处理", ("思想道德",), "中",
         "案件处理意见集体研究，插手干预一律登记。", "leader"),
        ("办公室", "主任", "禤晚汀", "办公用品采购不按规定询价，虚报价格", ("制度机制",), "低",
         "采购三家比价，验收与采购分设。", "middle"),
        ("劳动保障监察大队", "大队长", "邰振岳", "对拖欠农民工工资举报压案不查、选择性执法",
         ("岗位职责", "业务流程"), "高", "举报件登记编号，办理结果回访举报人。", "middle"),
        ("人事人才股", "股长", "冼知微", "事业单位招聘资格审查放宽条件，为特定人员因人设岗",
         ("制度机制", "岗位职责"), "高", "招聘方案和岗位条件报局党组审定并公开。", "middle"),
        ("人事人才股", "科员", "益西曲珍", "职称评审申报材料审核不严，弄虚作假材料通过", ("业务流程",), "中",
         "申报材料公示，评审前随机抽查核实。", "general"),
        ("劳动关系股", "股长", "巫书禾", "工伤认定调查不实，偏袒用人单位", ("外部环境",), "中",
         "工伤认定调查两人以上，认定结论集体研究。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, types, lv, measures, tier) in enumerate(rows, 1):
        ticks = [TICK if typ in types else None for typ in TYPES]
        sh.add(n, dept, post, who, point, *ticks, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [x for x in TYPES if x in types], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, None, None, "局党组（盖章）：", None, None,
           None)  # fmt: skip
    return _layout(
        "hrss_bureau_type_ticks",
        "https://www.whkfq.gov.cn/ztjh/dflzjs/lzxxgk/xcgz/202202/t20220218_1925518.html",
        "县人力资源和社会保障局 廉政风险防控一览表 after the source's 区人力资源局党组 巡察整改 通报 (优化营商环境, 劳动力"
        "市场, 整改领导小组, 责任领导、责任科室（中心）和责任人, 台账式管理): a title, a merged ``编制单位：局办公室　…　"
        "编制时间：2024年9月`` line, then a TWO-ROW heading — 序号/科室/岗位/姓名/廉政风险点/风险等级/防控措施 merged "
        "down, ``风险类型`` merged over ``思想道德 | 制度机制 | 岗位职责 | 业务流程 | 外部环境`` marked ``√`` (three "
        "rows two ticks); 科室 merged (局领导, 办公室, 劳动保障监察大队, 人事人才股, 劳动关系股), 岗位 and 姓名 merged "
        "per person, 高/中/低; a 填表人/审核人/局党组盖章 line",
        [sh], t,
    )  # fmt: skip


def employment_center_powers() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("清单", [6, 16, 12, 9, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险清单", 8)
    sh.add(
        "序号", "权力事项", "责任股室", "责任岗位", "责任人", "廉政风险点", "风险等级", "防控措施"
    )
    rows = [
        ("补贴资金拨付审批", "中心领导", "主任", "洛绒降泽", "就业补助资金拨付审批把关不严，不按程序集体研究",
         "★★★", "资金拨付经主任办公会研究，拨付清单按月公开。", "leader"),
        ("就业困难人员认定", "就业援助股", "股长", "逯明川", "放宽认定条件，为不符合条件人员认定就业困难身份",
         "★★", "认定材料两人审核，认定名单公示五个工作日。", "middle"),
        ("公益性岗位补贴", "就业援助股", "科员", "格桑德吉", "虚设公益性岗位、虚报在岗人员套取岗位补贴",
         "★★★", "在岗情况每季度实地抽查，补贴直接发放到个人。", "general"),
        ("一次性创业补贴", "创业服务股", "股长", "缑疏桐", "创业实体经营情况核查走过场，违规发放补贴", "★★",
         "实地核查拍照留存，补贴名单公示。", "middle"),
        ("创业担保贷款推荐", "创业服务股", "股长", "缑疏桐", "为关系人推荐创业担保贷款并收受好处", "★★★",
         "推荐名单集体研究，与经办银行信息共享。", "middle"),
        ("职业技能培训补贴", "职业培训股", "股长", "谯梦溪", "培训机构虚报培训人数、课时，审核把关不严",
         "★★★", "培训实行实名签到和视频巡查，补贴按考核合格人数核拨。", "middle"),
        ("失业登记", "综合股", "科员", "洛绒曲批", "失业登记信息录入不实，为已就业人员办理失业登记", "★",
         "登记信息与社保参保数据比对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, power, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _per_person(sh, first, 2, 3, 4)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填报人：", None, None, "中心主任（签字）：", None, None, "2024年10月", None)
    return _layout(
        "employment_center_powers",
        "http://czj.quanzhou.gov.cn/zwgk/zfxxgk/fdzdgknr/fggzhgfxwj/202601/t20260106_3250446.htm",
        "县就业服务中心 小微权力廉政风险清单 after the source's 就业补助资金管理办法 (职业培训补贴, 社会保险补贴, 公益性"
        "岗位补贴, 一次性创业补贴, 创业担保贷款贴息, 就业困难人员, 资金拨付): a title, then 序号/``权力事项``/``责任股室`` "
        "merged (中心领导, 就业援助股, 创业服务股, 职业培训股, 综合股)/``责任岗位`` and ``责任人`` merged per person/"
        "廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` legend line, a 填报人/中心主任签字/date line; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def medical_security_cards() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    cards = [
        ("局长", "彭措朗加", "局领导", "局长", "leader", "0836-8221107", [
            ("医保基金监管", "对定点医药机构违规问题说情打招呼，降格处理", "思想道德风险", "高风险",
             "违规问题处理集体研究，说情打招呼一律登记报告。"),
            ("定点协议管理", "干预定点医药机构准入评估结果", "岗位职责风险", "高风险",
             "准入评估由评估小组独立打分，结果公示。"),
            ("信息化项目", "医保信息化项目采购不经集体研究", "制度机制风险", "中风险",
             "项目采购按政府采购程序，局党组集体研究。"),
        ]),
        ("基金监管股", "郜岫白", "基金监管股", "股长", "middle", "0836-8221125", [
            ("现场检查", "检查中接受两定机构宴请，隐瞒违规问题", "外部环境风险", "高风险",
             "检查两人以上，检查全程记录，结果当场反馈。"),
            ("违规处理", "对查实的欺诈骗保行为处理不到位，追回资金不足额", "岗位职责风险", "中风险",
             "处理意见报局务会审定，追回资金到账后销号。"),
        ]),
        ("待遇保障股", "殳雨眠", "待遇保障股", "科员", "general", "0836-8221132", [
            ("慢特病认定", "门诊慢特病认定、报销审核不严，违规办理待遇", "业务流程风险", "中风险",
             "认定结果由专家评审，报销初审、复核分设。"),
            ("异地就医报销", "异地就医手工报销票据审核不严，重复报销", "业务流程风险", "低风险",
             "手工报销票据系统查重，原始票据加盖已报销章。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, phone, points in cards:
        sh = _Sheet(tab, [6, 14, 38, 14, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        r = sh.add("姓名", "所在股室", "职务", "联系电话", "填卡日期", None)
        sh.merge(r, 4, r, 5)
        r = sh.add(who, dept, post, phone, "2024年10月", None)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "风险事项", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (matter, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, matter, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, None, "分管领导（签字）：", None, None)
        _line(sh, "监督举报电话：12388", 6)
        sheets.append(sh)
    return _layout(
        "medical_security_cards", "https://31ppt.com/d-7064115.html",
        "县医疗保障局 岗位廉政风险防控卡, one sheet a holder (tabs 局长, 基金监管股, 待遇保障股), after the source's "
        "reports of a 医保局's 医保基金 专项治理 (自查自纠, 定点医药机构, 基金监管, 违法违规行为查处, 慢特病 and 异地就医 "
        "待遇): a title, the labels ``姓名 | 所在股室 | 职务 | 联系电话 | 填卡日期`` over a row of their values, then "
        "序号/``风险事项``/风险点/风险类别 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; 持卡人签字/分管领导签字 "
        "line and a 监督举报电话 line",
        sheets, t,
    )  # fmt: skip


def veterans_bureau_checklist() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("排查表", [6, 16, 9, 10, 38, 8, 34, 10])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("局领导", "局长", "呷绒泽仁", "退役士兵安置岗位分配不公开，优亲厚友", "较高",
         "安置岗位和排序结果全程公开，纪检组全程监督。", None, "leader"),
        ("局领导", "副局长", "蹇同舟", "优抚对象身份认定、残疾等级评定审核中打招呼", "较高",
         "认定和评定结果集体研究并公示。", None, "leader"),
        ("办公室", "主任", "麻秋棠", "“八一”慰问经费、慰问物资发放虚报冒领", "一般",
         "慰问对象名单公示，慰问物资签字领取。", None, "middle"),
        ("优抚安置股", "股长", "邴望岳", "优抚对象抚恤补助审核不严，死亡后未及时停发", "较高",
         "每月与公安、民政数据比对，年度确认工作入户核实。", None, "middle"),
        ("优抚安置股", "股长", "邴望岳", "自主就业退役士兵一次性经济补助发放不及时、截留", "一般",
         "补助资金直接发放到个人账户，发放结果公示。", None, "middle"),
        ("褒扬纪念股", "股长", "郁可凡", "烈士纪念设施维修项目验收把关不严", "较低",
         "维修项目验收邀请财政、审计人员参加。", None, "middle"),
        ("退役军人服务中心", "主任", "降拥卓玛", "优待证申领材料核实走过场，为不符合条件人员办证", "一般",
         "申领材料服务站、服务中心两级核实，疑点材料退回补正。", "兼服务站业务指导", "middle"),
        ("退役军人服务中心", "科员", "东主益西", "退役军人信息采集录入不实", "较低",
         "信息采集表本人签字确认，录入后双人复核。", None, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, [], SCALE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分较高、一般、较低三档。", 8)
    sh.add("单位负责人：", None, None, "填表人：", None, "联系电话：", None, None)
    return _layout(
        "veterans_bureau_checklist", "http://zhaoqing.kuyiso.com/news/ae1ed2l1d553.html",
        "县退役军人事务局 岗位廉政风险点排查表 after the source's 优待证 审核流程 (乡镇（街道）退役军人服务站 受理, 县退役"
        "军人服务中心 核实, 县退役军人事务局 初审, 审核不予通过的情形): ``附件2``, a title, then 序号/科室 merged (局领导, "
        "办公室, 优抚安置股, 褒扬纪念股, 退役军人服务中心)/岗位 and 姓名 merged per person/风险点/风险等级 ``较高/一般/"
        "较低``/防控措施/``备注``; a ``注：风险等级分较高、一般、较低三档。`` line, a 单位负责人/填表人/联系电话 line; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def township_civil_affairs_office() -> dict:
    unit = f"{PLACE}{TOWN}"
    dept = "民政办"  # named in the title after the 镇: a 科室 of the 镇
    sh = _Sheet("清单", [6, 12, 10, 40, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险防控清单", 7)
    _line(sh, f"填报单位：{TOWN}{dept}{GAP * 8}填报时间：2024年11月", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "呷绒翁姆", "低保、特困申请审核把关不严，办理人情保、关系保", "岗位职责", "高",
         "审核结果在村（社区）公示，镇班子会集体研究。", "middle"),
        ("主任", "呷绒翁姆", "民主评议会议组织不规范，评议结果不公示", "业务流程", "中",
         "民主评议全程记录，评议结果张榜公示。", "middle"),
        ("民政专干", "索朗扎巴", "入户调查走过场，隐瞒申请家庭收入、财产", "岗位职责", "高",
         "入户调查两人以上，调查表由申请人签字确认。", "general"),
        ("民政专干", "索朗扎巴", "代领、冒领低保金，向救助对象索要好处费", "思想道德", "高",
         "低保金一律社会化发放，严禁代管存折、社保卡。", "general"),
        ("民政专干", "索朗扎巴", "临时救助资金发放不签字确认，发放台账不全", "制度机制", "低",
         "临时救助发放对象签字，台账按月报县民政局。", "general"),
        ("残联专干", "庹清越", "残疾人两项补贴审核不严，死亡人员未及时停发", "外部环境", "中",
         "每月与县民政局比对死亡数据，及时停发。", "general"),
        ("民政协理员", "泽翁", "无", None, None, None, None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        if point != "无":
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, None, "镇分管领导审核：", None, "（镇纪委盖章）", None)
    return _layout(
        "township_civil_affairs_office", "http://gsdjw.com/news/fazhi/134621.html",
        "镇民政办 岗位廉政风险防控清单 after the source's report of 低保金 taken by base cadres (民政助理 索要好处费, "
        "入户走访, 审查核实 申请材料, 伪造签字 冒领, 人情保、关系保): title ``德格县更庆镇民政办岗位廉政风险防控清单``, a "
        "merged ``填报单位：更庆镇民政办　…　填报时间：2024年11月`` line, then 序号/岗位 and 姓名 merged per person/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 民政协理员 whose row says only 无; 填表人/镇分管领导审核/"
        "镇纪委盖章 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    social_insurance_incompatible_posts(),
    civil_affairs_bureau_list(),
    rescue_station_posts(),
    welfare_home_self_checks(),
    hrss_bureau_type_ticks(),
    employment_center_powers(),
    medical_security_cards(),
    veterans_bureau_checklist(),
    township_civil_affairs_office(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch234-inbox"))
