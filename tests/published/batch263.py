"""The two-hundred-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools,
hospitals and public-service bodies, 宁南县 (a county of the 凉山彝族自治州 on the 金沙江, its staff
Han and Yi) — its 人民医院, 妇幼保健院, 华弹镇中心卫生院 and 120急救指挥中心, its 职业技术学校, 松新镇中心
小学 and 第一幼儿园, its 社会保险事务中心 and 政务服务中心 — each handing back the 排查表, 一览表, 防控卡,
责任清单 or 自查表 its staff typed in WPS or Excel, the rows about 大型医疗设备采购, 技术参数, 代理商“围猎”,
开机费, 新药引进, 虚构住院, 挂床住院, 冒名住院, 病历质控, 高值耗材, 五保户信息, 虚假出院记录, 基本医疗补偿,
县农医办报销清单, 120呼救信息, 转院任务, 社会车辆, 绕路送院, 国家助学金, 免学费补助, 学籍电子注册, 在籍不在校,
实习管理费, 食材价格公示, 索证索票, 教师陪餐, 结余清退, 择园生, 园服征订, 兴趣班, 缴费基数, 冒名参保, 领取资格
认证, 系统权限, 进驻事项, 帮办代办, 有偿中介 and 12345 工单:

- the 妇幼保健院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged
  (院领导, 妇产科, 医保办, 病案室), ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``一级/二级/三级``, a 填表人/审核人/院长 line;
- the 华弹镇中心卫生院's 防控卡, one sheet a holder (tabs 院长, 副院长, 医保结算员): the pairs
  ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 填卡时间 | …`` above ``序号 | 风险点 | 风险等级 |
  防控措施``, ``★★★/★★/★`` with a ``注：`` legend, no type column, a 持卡人（签字） line;
- the 120急救指挥中心's 责任清单 对岗不对人: ``科室`` merged (中心领导, 调度科, 车管科, 院前急救科),
  ``岗位`` merged, a ``职责事项`` column, the risk, ``高风险/中风险/低风险``, ``责任领导`` holding a role;
  no names, no type column;
- the 职业技术学校's 一览表 under group rows ``一、校领导`` … ``五、财务室`` merged across (no 科室 column)
  and a ``风险等级：Ⅰ级为高风险…`` line under the title: ``岗位`` and ``姓名`` merged per person, a short
  ``风险点`` beside a long ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 松新镇中心小学's 自查表, one sheet a person (tabs 校长, 总务主任, 食堂管理员): ``姓　名 | … | 职　务 |
  … | 所在处室 | …`` in one row above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 自查情况``, short
  types, 高/中/低, ``自查人（签名）： | 校长审核：`` below;
- the 第一幼儿园's 排查表 under a ``填报单位：…　填报日期：…`` line: ``部门`` merged (园领导, 保教处, 后勤处,
  财务室), ``岗位`` and ``姓名`` merged per person, short types, ``高级/中级/低级``, a ``备注`` (``新增`` on
  one row), a ``注：`` line and a 园长/审核人 line;
- the 社会保险事务中心's 一览表 with the holder LAST: ``序号 | 业务事项 | 廉政风险点 | 风险等级 | 防控措施 |
  责任股室 | 责任岗位 | 责任人``, 股室 merged, 岗位 and 责任人 merged per person, 高/中/低, no type column,
  a ``（盖章）`` and date line;
- the 政务服务中心's 一览表 printed over two pages, the title and heading repeated where the second page
  starts (inside the 受理员's rows: 股室, 岗位 and 姓名 written again under it): ``股室`` merged (中心领导, 窗口管理股, 综合受理窗口, 帮办代办股, 12345热线办, 综合股), ``岗位`` and
  ``姓名`` merged per person, short types, 高/中/低.

One is harder:

- ``hospital_struck_names``: the 人民医院's 科室廉洁风险排查表 for 2024, made by editing the 2023 file the
  way staff do it: where a post changed hands, the 2023 holder's name is NOT deleted but struck through
  (a strikethrough on that part of the cell's text only — Excel's rich text, one cell in two fonts) and
  the new holder typed after it in the SAME cell, on a new line (Alt+Enter) in two cells and after a
  space in one; a ``注：…人员变动的，原姓名加删除线保留，现任人员姓名写在其后。`` line under the table says
  so. The README's 读得懂的表 knows whole rows struck through (ROW_STRUCK, ``加删除线的为本次删除的风险点``),
  ``现：…⏎原：…（…调离）`` and ``贝青崖（现任）⏎（原宓知远，已调出）`` written out in words, two holders in one
  cell (``A岗:…⏎B岗:…``, ``经办员（…、…）``) and a ``备注`` naming who took over; it says nothing of a name
  cell where the departed holder is marked by the FONT of part of its text alone.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市纪委监委 on a 市人民医院's 院长 and the
代理商 who “围猎” from 院长 to 分管副院长 to 科室主任 and 临床医生 after a 64排CT was bought; a 新华每日电讯
report on a 医院 where the 院长, 副院长, 妇产科主任 and 护士长 “被住院” — 伪造病历, 住院号, 管床医生, 套取医保
基金; a 县纪委监委 on a 卫生院 院长 who had the 五保户 of the 敬老院 “住院” — 虚假疾病诊断书、出院记录、用药清单,
县农医办 报销清单, 奖励性绩效工资; a 120急救中心 whose 接线员 sold 呼救 information — 调度员, 跟车医生, 驾驶员,
车管科 派车, 转院, 提成; four 部 on 中职 助学金 — 虚报学生人数, 学籍电子注册, 资助卡, 班主任; a 市纪委监委 in
the 食堂 of a 小学 — 食材价格每周公示, 菜谱, 出入库, 索证索票, 明厨亮灶, 人大代表、政协委员 监督; a 幼儿园 园长
investigated — 招生, 采购, 基建, 食材, 园服; a note on 社保稽核内控 — 缴费基数, 待遇审核, 冒名参保, 岗位轮换,
不同部门负责缴费、发放和审核; a 便民服务中心's 廉政建设制度 — 不准拉赞助、搞摊派, 不准有偿中介, 不准接受服务
对象赠送和宴请, 窗口负责人 第一责任人) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare given
names, three characters each, and Yi names as a 凉山 county's staff carry them — 瓦扎尔洛, 倮伍拉布,
巫其阿果); every unit is a body of 宁南县.

Run ``python tests/published/score.py --set batch263`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a name struck through is a departed holder, not a holder: a point belongs to the
  one post's CURRENT holder, the name after the struck one (as the ``注：`` line says); the departed
  holders hold no form;
- ``院领导``, ``中心领导``, ``校领导``, ``园领导`` (a 科室 cell, a card's 所在科室, a group row, a
  self-check's 所在处室) are the 科室 of those leaders; a hospital's 科, 办 and 室, a 中心's 科 and 股, a
  school's 处, 室 and 中心 (学生资助管理中心), the 综合受理窗口 and the 12345热线办 are 科室;
- 院长, 副院长, 主任 and 副主任 of a 中心 that is the unit, 校长, 副校长, 园长 and 副园长 are leaders; 科长,
  科主任, 护士长, 股长, 医保办主任, the 主任 of a school's 处 or 中心 and 总务主任 middle; the rest (采购员,
  药库管理员, 医保结算员, 病案管理员, 接线员, 调度员, 驾驶员, 跟车医生, 护士, 学籍管理员, 会计, 食堂管理员,
  教师, 保健医, 经办员, 稽核员, 系统管理员, 受理员, 代办员, 话务员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``业务事项``, ``自查情况`` and ``责任领导``
  are no points and name no holder; the 120急救指挥中心's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``高级/中级/低级`` and
  ``★★★/★★/★`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (this module's ``write_xlsx``: ``batch44.write_xlsx``
plus the cells a sheet writes in rich text, part of their text struck through) and ``truth.json``; no
re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b263_"
PLACE = "宁南县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RANKS = {"高级": 1, "中级": 2, "低级": 3}
GAP = "\u3000"


class _RichSheet(_Sheet):
    """A sheet some of whose cells are written in rich text: ``rich[(r, c)]`` holds the cell's parts,
    (text, struck) each; the row keeps the cell's whole text, as a reader sees it."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.rich: dict[tuple[int, int], list[tuple[str, bool]]] = {}

    def data(self) -> dict:
        rich = [[r, c, [list(p) for p in parts]] for (r, c), parts in self.rich.items()]
        return {**super().data(), "rich": rich}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# a holder: a name, or (the 2023 holder struck through, what stands between, the current holder)
# (科室, [(岗位, holder, tier, [(廉洁风险点, 风险类型, 风险等级, 防控措施)])])
HOSPITAL = [
    ("院领导", [
        ("院长", "宓澂垣", "leader", [
            ("大型医疗设备采购项目个人拍板，干预招标结果", "制度机制", "高",
             "大型设备采购经院党委会集体研究，全程进入公共资源交易平台。"),
            ("接受设备代理商、医药代表“围猎”，收受礼金礼品", "思想道德", "高",
             "院领导每年接受廉洁谈话，收受的礼金礼品如实登记上交。"),
        ]),
        ("副院长", ("鄢蘅笙", "\n", "羿沄岐"), "leader", [
            ("设备论证时设置倾向性技术参数", "岗位职责", "高", "技术参数经三个以上品牌比对，论证专家随机抽取。"),
            ("后勤维修工程化整为零，规避招标", "业务流程", "中", "年度维修计划经院务会审定，按限额分类采购。"),
        ]),
    ]),
    ("设备科", [
        ("科长", ("凃澹宁", "\n", "酆琰霈"), "middle", [
            ("设备验收不严，配置与合同约定不符", "业务流程", "中", "使用科室、设备科、审计科共同验收，验收单三方签字。"),
            ("与代理商私下接触，透露采购预算和评审信息", "外部环境", "高", "采购信息保密，与供应商接触须两人以上并登记。"),
        ]),
        ("采购员", "邰芷沄", "general", [
            ("耗材临时采购不履行审批，指定供应商", "业务流程", "中", "临时采购填写申请单，经分管院长审批后在平台采购。"),
        ]),
    ]),
    ("医学影像科", [
        ("科主任", "眭翊澍", "middle", [
            ("以厂家培训为名接受代理商安排的旅游、宴请", "外部环境", "中", "厂家培训由医务科统一安排，费用公对公结算。"),
            ("按检查开单量向代理商索要“开机费”", "思想道德", "高", "大型设备检查阳性率、开机量每月统计分析。"),
        ]),
    ]),
    ("药剂科", [
        ("科主任", "阚漪蘅", "middle", [
            ("新药引进中接受医药代表好处，违规推荐", "外部环境", "高", "新药引进经药事管理与药物治疗学委员会集体评审。"),
        ]),
        ("药库管理员", ("冼昉岚", GAP, "亢瀞芸"), "general", [
            ("药品出入库账实不符，近效期药品处置不规范", "岗位职责", "中", "每月盘点，报损经科主任和分管院长审批。"),
        ]),
    ]),
    ("后勤保障科", [
        ("科长", "禤檠岫", "middle", [
            ("食堂、保洁外包服务考核走过场", "制度机制", "低", "外包服务按季度考核，考核结果与付款挂钩。"),
        ]),
    ]),
]  # fmt: skip


def _holder(who) -> tuple[str, str]:
    """(the cell's whole text, the current holder) of a holder written plain or struck."""
    if isinstance(who, str):
        return who, who
    old, between, new = who
    return f"{old}{between}{new}", new


def hospital_struck_names() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _RichSheet("排查表", [6, 12, 11, 11, 40, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}科室廉洁风险排查表（2024年度）", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年3月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    struck_at = []
    for dept, people in HOSPITAL:
        for post, who, tier, points in people:
            text, holder = _holder(who)
            if not isinstance(who, str):
                struck_at.append((len(sh.rows), who))
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, text, point, typ, lv, measures)
                t.point(sh.name, dept, post, holder, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    for r, (old, between, new) in struck_at:  # the top cell of the (merged) name
        sh.rich[(r, 3)] = [(old, True), (between + new, False)]
    _line(sh, "注：1.本表在2023年度排查表基础上更新；2.风险等级分高、中、低三级；3.人员变动的，原姓名加删除线保留，"
          "现任人员姓名写在其后。", 8)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "hospital_struck_names", "https://kan.china.com/article/1260546_4.html",
        "(harder) 县人民医院 科室廉洁风险排查表（2024年度）, after the source's 市纪委监委 on a 市人民医院 whose 院长 and "
        "副院长 were “围猎” by 医疗设备 代理商 (院长, 分管副院长, 科室主任, 临床医生, 64排CT, 培训): a title, a merged "
        "``填报单位（盖章）：…　填报时间：2024年3月`` line, then 序号/科室 merged (院领导, 设备科, 医学影像科, 药剂科, "
        "后勤保障科)/岗位 and 姓名 merged per person/廉洁风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; the 2023 "
        "file edited: where a post changed hands (副院长, 设备科 科长, 药剂科 药库管理员) the 姓名 cell keeps the 2023 "
        "holder STRUCK THROUGH (rich text: only that part of the cell) and the current holder after it in the same cell "
        "(after a line break in two, after a full-width space in one); a ``注：…人员变动的，原姓名加删除线保留，现任人员姓名"
        "写在其后。`` line and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def maternal_child_list() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("一览表", [6, 10, 10, 9, 14, 34, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年7月", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "巫其阿果", "leader", [
            ("医保基金使用管理", "默许或授意科室虚构住院、挂床住院，套取医保基金", "制度机制风险", "一级",
             "医保基金使用情况每月在院务会通报，主动接受医保部门飞行检查。"),
            ("绩效分配", "绩效方案向少数人倾斜，与医保收入直接挂钩", "岗位职责风险", "二级",
             "绩效方案经职工代表大会通过，不与检查、药品收入挂钩。"),
        ]),
        ("院领导", "副院长", "缑泠鸢", "leader", [
            ("病历质量管理", "对伪造、篡改病历和出院记录的问题失察", "岗位职责风险", "二级",
             "病历质控每月抽查，问题病历追溯到管床医生。"),
        ]),
        ("妇产科", "科主任", "郤霁桉", "middle", [
            ("住院收治", "为亲友、职工办理虚假住院或冒名住院", "思想道德风险", "一级", "入院时人证核验，住院病人每日查房签到。"),
            ("高值耗材使用", "使用与代理商有利益往来的高值耗材", "外部环境风险", "二级", "高值耗材使用登记，条码追溯到患者。"),
        ]),
        ("妇产科", "护士长", "俄底日火", "middle", [
            ("床位管理", "空床挂名、虚增住院天数", "业务流程风险", "一级", "护理记录与床位使用实时对应，医保办不定期查床。"),
        ]),
        ("医保办", "主任", "浦翀湄", "middle", [
            ("医保结算审核", "对虚假住院、串换项目收费结算审核把关不严", "岗位职责风险", "一级", "结算清单逐项审核，异常费用系统预警。"),
        ]),
        ("医保办", "医保结算员", "骞沅霓", "general", [
            ("出院结算", "违规为未实际住院的人员办理医保结算", "业务流程风险", "二级", "结算时核对住院号、出入院记录，一人一档。"),
        ]),
        ("病案室", "病案管理员", "吉史里格", "general", [
            ("病案借阅复印", "违规出借、复印病案，泄露患者信息", "制度机制风险", "三级", "借阅复印登记审批，调阅系统全程留痕。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None, None)
    return _layout(
        "maternal_child_list", "http://m.adibba.com/html/2023/news/12/372573.html",
        "县妇幼保健院 岗位廉洁风险防控一览表, after the source's report on a 医院 where the 院长, 副院长, 妇产科主任 and 护士长 "
        "“被住院” (伪造病历, 住院号, 管床医生, 套取医保基金): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间："
        "2024年7月`` line, then 序号/科室 merged (院领导, 妇产科, 医保办, 病案室)/岗位 and 姓名 merged per person/a short "
        "风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a blank row and a 填表人/审核人/"
        "院长（签字） line",
        [sh], t,
    )  # fmt: skip


def township_clinic_cards() -> dict:
    unit = f"{PLACE}华弹镇中心卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "瓦扎尔洛", "院长", "院领导", "leader", [
            ("以提高职工待遇为由授意套取医保基金", "★★★", "医保基金使用情况每季度向县卫生健康局报告，院务公开。"),
            ("药品耗材采购不经集体研究，指定配送企业", "★★★", "药品耗材通过省平台采购，配送企业经院务会研究确定。"),
            ("奖励性绩效工资分配方案不公开", "★★", "分配方案经职工大会讨论通过并公示。"),
        ]),
        ("副院长", "昝瀛岑", "副院长", "院领导", "leader", [
            ("对虚构住院、虚假诊断书和出院记录失察", "★★★", "住院病历每月抽查，到病房核对在院病人。"),
            ("与敬老院对接五保户就诊时违规收集身份信息", "★★", "五保户就诊须敬老院签字确认，身份信息专人保管。"),
            ("下乡体检中收集的群众信息挪作他用", "★", "体检信息录入后纸质资料统一归档，严禁外带。"),
        ]),
        ("医保结算员", "倮伍拉布", "医保结算员", "医保办", "general", [
            ("为未住院人员办理医保报销", "★★★", "报销前核对住院病历、用药清单和病人签字。"),
            ("报销清单与住院病历不核对即报县农医办", "★★", "报销清单与病历逐份核对，医保办主任复核签字。"),
            ("医保报销资料保管不善、遗失", "★", "报销资料按月装订归档，借阅登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [8, 40, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        sh.add("所在科室", dept, "填卡时间", "2024年5月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "township_clinic_cards", "http://www.xdqnw.com/news/guonei/16641.html",
        "县华弹镇中心卫生院 廉政风险防控卡, one sheet a holder (tabs 院长, 副院长, 医保结算员), after the source's 县纪委监委 on "
        "a 卫生院 院长 who had the 敬老院's 五保户 “住院” (虚假疾病诊断书、出院记录、用药清单, 县农医办 报销清单, 奖励性绩效"
        "工资): a title, the pairs ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 填卡时间 | 2024年5月``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a ``注：★★★为高风险…`` line and ``持卡人（签字）： | 年　月　日``",
        sheets, t,
    )  # fmt: skip


def emergency_center_duties() -> dict:
    unit = f"{PLACE}120急救指挥中心"
    sh = _Sheet("责任清单", [6, 12, 10, 18, 36, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "职责事项", "廉政风险点", "风险等级", "防控措施", "责任领导")
    lead, dispatch, cars, rescue = "中心领导", "调度科", "车管科", "院前急救科"
    rows = [
        (lead, "主任", "leader", "主持中心全面工作", "救护车、车载急救设备采购个人决定", "高风险",
         "采购事项集体研究，按政府采购程序公开采购。", "县卫生健康局"),
        (dispatch, "科长", "middle", "调度录音和派车记录管理", "调度录音、派车记录随意删改", "中风险",
         "录音和派车记录系统自动保存，修改留痕并经分管副主任审批。", "分管副主任"),
        (dispatch, "接线员", "general", "120呼救电话受理", "向中间人透露呼救患者姓名、电话和病情", "高风险",
         "呼救信息查询权限分级，导出、截屏全程留痕。", "分管副主任"),
        (dispatch, "调度员", "general", "急救车辆调派", "不按就近原则派车，将转院任务私下交给社会车辆", "高风险",
         "派车由系统按就近原则生成，转院任务统一登记调派。", "分管副主任"),
        (cars, "科长", "middle", "车辆维修保养", "救护车维修、加油虚报费用", "中风险",
         "定点维修，维修项目两人以上核定，油耗按月分析。", "中心主任"),
        (cars, "驾驶员", "general", "院前急救出车", "绕路送往指定医院收取回扣，多报行驶里程", "高风险",
         "车辆全程定位，送院医院由患者或家属签字选择。", "中心主任"),
        (rescue, "跟车医生", "general", "现场救治和转运", "诱导患者转往有利益往来的医院", "高风险",
         "转运医院按就近、就急、患者意愿确定，并在出车单上签字。", "分管副主任"),
        (rescue, "跟车医生", "general", "院前急救收费", "收费不开票，在标准之外加收担架费", "中风险",
         "收费标准车内公示，收费一律开具票据。", "分管副主任"),
        (rescue, "护士", "general", "车载急救药品管理", "急救药品耗材账物不符", "低风险",
         "药品耗材按车建账，每班交接清点。", "分管副主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures, lead_) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, lead_)
        t.point(sh.name, dept, post, "", tier, point, [], BANDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分为高风险、中风险、低风险三档。", 8)
    sh.add("编制：", None, None, "审核：", None, None, "2024年6月", None)
    return _layout(
        "emergency_center_duties", "http://hssesm.cn/sy/yw/2014/06/08/335986_1.shtml",
        "县120急救指挥中心 岗位廉政风险防控责任清单 对岗不对人, after the source's 120急救中心 whose 接线员 sold 呼救 "
        "information (调度员, 跟车医生, 驾驶员, 车管科 派车, 转院, 提成): a title, then 序号/科室 merged (中心领导, 调度科, "
        "车管科, 院前急救科)/岗位 merged/``职责事项``/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``责任领导`` "
        "(a role: 县卫生健康局, 分管副主任, 中心主任); no names, no type column; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def vocational_school_group_rows() -> dict:
    unit = f"{PLACE}职业技术学校"
    sh = _Sheet("一览表", [6, 14, 9, 14, 36, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, "风险等级：Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "嵇昶沅", "leader", [
                ("学生资助资金管理", "默许虚报在校生人数，骗取国家助学金和免学费补助资金", "Ⅰ级",
                 "资助名单与学籍系统、在校点名册比对，每学期开学、期中、期末专项检查。"),
                ("校企合作协议签订", "与合作企业私下约定费用返还", "Ⅱ级", "合作协议经校务会研究，合同文本存档备查。"),
            ]),
            ("副校长", "阿尔拉吉", "leader", [
                ("实习实训安排", "向学生收取实习管理费，截留企业支付的实习报酬", "Ⅰ级", "实习报酬由企业直接发放到学生本人账户。"),
            ]),
        ]),
        ("二、学生资助管理中心", "学生资助管理中心", [
            ("主任", "闵砚汐", "middle", [
                ("助学金对象认定", "资助对象认定不公示，优亲厚友", "Ⅱ级", "班级评议、学校审核，名单公示不少于五个工作日。"),
                ("资助资金发放", "不通过中职学生资助卡发放，以现金发放截留", "Ⅰ级", "资助资金一律打卡发放，发放清单学生签字确认。"),
            ]),
        ]),
        ("三、招生就业处", "招生就业处", [
            ("主任", "滕璩岑", "middle", [
                ("招生宣传", "向中介和生源学校支付“人头费”", "Ⅰ级", "招生经费按预算列支，严禁支付生源介绍费。"),
                ("毕业生推荐就业", "推荐就业时向学生或企业收取好处费", "Ⅱ级", "就业推荐信息公开，学生自主选择。"),
            ]),
        ]),
        ("四、教务处", "教务处", [
            ("学籍管理员", "沙玛子莫", "general", [
                ("学籍电子注册", "以虚假信息注册学籍，“在籍不在校”学生不清理", "Ⅰ级",
                 "学籍注册网上审核与实地核实相结合，班主任每月核对在校学生。"),
            ]),
        ]),
        ("五、财务室", "财务室", [
            ("会计", "雍璟岚", "general", [
                ("免学费补助资金核算", "补助资金挤占挪用，账目不清", "Ⅲ级", "补助资金专账核算，定期接受审计。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "vocational_school_group_rows",
        "http://easyrun.com.cn:8066/career/syrz/guidance!loadGuidance.erun?guidanceid=25237",
        "县职业技术学校 岗位廉政风险防控一览表, after the source's four 部 on 中职 国家助学金 and 免学费补助资金 (虚报学生人数, "
        "学籍电子注册, 资助卡, 班主任, 开学、期中、期末 专项检查): a title, a merged ``风险等级：Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为"
        "低风险`` line, then 序号/岗位 and 姓名 merged per person/a short 风险点/a long 风险表现/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施 under group rows ``一、校领导`` … ``五、财务室`` merged across (no 科室 column); no type column; a blank "
        "row and a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def primary_school_self_checks() -> dict:
    unit = f"{PLACE}松新镇中心小学"
    t = _Truth(unit)
    people = [
        ("校长", "蔺澴蕤", "校长", "校领导", "leader", [
            ("食堂大宗食材供应商由个人指定", "制度机制", "高", "大宗食材供应商经校务会研究，公开比选确定。",
             "已按程序重新比选供应商"),
            ("食堂结余资金不清退，违规用于接待", "岗位职责", "高", "食堂账目单独核算，学期末结余据实清退。", "本学期结余已清退"),
            ("教师陪餐流于形式，陪餐记录补记", "思想道德", "低", "陪餐人员每日排班，陪餐记录当日填写。", "已落实"),
        ]),
        ("总务主任", "郗湉漪", "总务主任", "总务处", "middle", [
            ("食材采购询价不充分，价格高于市场", "业务流程", "中", "每周询价三家以上，询价记录存档。", "已落实"),
            ("食材价格和菜谱未按周公示", "制度机制", "低", "每周一在食堂和校门口家长等候区公示。", "已落实"),
            ("校舍维修不比价、虚报工程量", "业务流程", "中", "维修项目比价并经校务会审定，完工验收拍照留存。",
             "正在整改"),
        ]),
        ("食堂管理员", "邝菁澜", "食堂管理员", "总务处", "general", [
            ("食材验收不严，缺斤短两、以次充好", "岗位职责", "高", "食材验收双人过秤签字，明厨亮灶全程可查。", "已落实"),
            ("索证索票不全，出入库台账不清", "业务流程", "中", "每批食材索证索票，出入库日清月结。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in people:
        sh = _Sheet(tab, [6, 36, 10, 9, 34, 16])
        _line(sh, f"{unit}教职工廉政风险自查表", 6)
        sh.add("姓　名", who, "职　务", post, "所在处室", dept)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "校长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "primary_school_self_checks", "http://www.laohekou.com.cn/xw/bmxw/202306/t4629661.shtml",
        "县松新镇中心小学 教职工廉政风险自查表, one sheet a person (tabs 校长, 总务主任, 食堂管理员), after the source's 市纪委监委 "
        "in a 小学's 食堂 (食材价格每周公示, 菜谱, 出入库, 索证索票, 后勤账目, 明厨亮灶, 人大代表、政协委员 监督): a title, "
        "``姓　名 | … | 职　务 | … | 所在处室 | …`` in one row, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施/``自查情况`` (已落实, 正在整改 …); a blank row and ``自查人（签名）： | 校长审核：``",
        sheets, t,
    )  # fmt: skip


def kindergarten_register() -> dict:
    unit = f"{PLACE}第一幼儿园"
    sh = _Sheet("排查表", [6, 10, 10, 9, 38, 10, 8, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2024年9月10日", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("园领导", "园长", "鞠霂岚", "leader", [
            ("新生入园招生中收受家长财物，违规招收择园生", "思想道德", "高级", "招生计划和录取名单公开，按片区登记入园。", None),
            ("园舍改造项目插手干预施工单位选择", "制度机制", "高级", "园舍改造报县教育局审批，公开招标。", None),
        ]),
        ("园领导", "副园长", "阿说以沫", "leader", [
            ("园服、被褥统一征订中收取回扣", "外部环境", "中级", "园服自愿征订，供应商公开比选，价格公示。", None),
        ]),
        ("保教处", "主任", "彭湝沄", "middle", [
            ("教师评优评先、职称推荐不公", "岗位职责", "中级", "推荐条件和量化结果公示。", None),
            ("违规举办兴趣班、特长班收费", "制度机制", "中级", "严禁以任何名义举办收费兴趣班，家长监督电话公开。", None),
        ]),
        ("保教处", "教师", "庾泠澈", "general", [
            ("节日收受家长礼品、礼金", "思想道德", "低级", "节前廉洁提醒，签订拒收礼品承诺书。", None),
        ]),
        ("后勤处", "主任", "诸葛岫澜", "middle", [
            ("食材采购不比价，伙食费账目不公开", "业务流程", "高级", "食材定点比价采购，伙食费收支每月公示。", None),
        ]),
        ("后勤处", "保健医", "訾芮溦", "general", [
            ("幼儿体检费用代收不公示", "业务流程", "低级", "体检费由体检机构直接收取，幼儿园不代收。", None),
        ]),
        ("财务室", "会计", "荀滢芃", "general", [
            ("保育教育费、伙食费收退不规范", "岗位职责", "中级", "按月收费、按天退费，收退清单家长签字。", "新增"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RANKS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分高级、中级、低级三档；备注栏“新增”为本年度新增风险点。", 9)
    sh.add("园长（签字）：", None, None, None, "审核人：", None, None, None, None)
    return _layout(
        "kindergarten_register", "https://laotaotie.com/new/741190322740011008",
        "县第一幼儿园 岗位廉洁风险排查表, after the source's 幼儿园 园长 investigated (招生, 采购, 基建, 食材, 园服, 师德师风): "
        "a title, a merged ``填报单位：…　填报日期：2024年9月10日`` line, then 序号/部门 merged (园领导, 保教处, 后勤处, "
        "财务室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 ``高级/中级/低级``/防控措施/``备注`` "
        "(``新增`` on one row); a ``注：`` line and a 园长（签字）/审核人 line",
        [sh], t,
    )  # fmt: skip


def social_insurance_holder_last() -> dict:
    unit = f"{PLACE}社会保险事务中心"
    sh = _Sheet("一览表", [6, 14, 38, 8, 36, 12, 12, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(
        "序号", "业务事项", "廉政风险点", "风险等级", "防控措施", "责任股室", "责任岗位", "责任人"
    )
    rows = [
        ("中心领导", "主任", "蓟沣岚", "leader", [
            ("基金支付", "大额基金支付审批把关不严", "高", "大额支付集体研究，经办、复核、审批三岗分离。"),
            ("内控制度执行", "不相容岗位未分离，一人多岗", "中", "不相容岗位分设，高风险岗位定期轮岗。"),
        ]),
        ("征缴股", "股长", "尉泓霏", "middle", [
            ("缴费基数核定", "对参保单位少报、瞒报缴费基数不核查", "高", "缴费基数与税务、工资数据比对，疑点逐户核查。"),
        ]),
        ("征缴股", "经办员", "吉克尔布", "general", [
            ("参保登记", "为不符合条件人员办理冒名参保、违规补缴", "高", "参保登记人证核验，补缴须复核并报中心审批。"),
        ]),
        ("待遇核发股", "股长", "郦沄淇", "middle", [
            ("待遇核定", "待遇核定不按标准，多发、错发", "中", "待遇核定系统计算，复核人逐笔复核。"),
        ]),
        ("待遇核发股", "经办员", "钭昕潼", "general", [
            ("领取资格认证", "死亡、服刑人员冒领待遇未及时停发", "高", "每月与公安、民政、法院数据比对，疑点人员暂停发放。"),
        ]),
        ("稽核股", "稽核员", "蒲霖岱", "general", [
            ("稽核检查", "稽核走过场，对发现的问题不处理", "中", "稽核对象随机抽取，稽核结果集体审定。"),
            ("疑点数据比对", "重复缴费、重复领取疑点数据不核查", "低", "疑点数据建立台账，逐条销号。"),
        ]),
        ("信息股", "系统管理员", "覃淞屹", "general", [
            ("系统权限管理", "人员变动后系统权限不及时清理", "中", "权限按岗配置，离岗当日停用账号。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for item, point, lv, measures in points:
            n += 1
            sh.add(n, item, point, lv, measures, dept, post, who)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    person = lambda row: (row[5], row[6], row[7])  # noqa: E731
    _merge_down(sh, first, [(5, lambda row: row[5]), (6, person), (7, person)])
    sh.add()
    sh.add(f"{unit}（盖章）", None, None, None, "2024年8月", None, None, None)
    return _layout(
        "social_insurance_holder_last", "http://duncanda.com/new/167778.html",
        "县社会保险事务中心 岗位廉政风险防控一览表, after the source's note on 社保稽核内控 (缴费基数, 待遇审核, 冒名参保, 重复缴纳, "
        "岗位轮换, 缴费、发放和审核由不同部门负责): a title, then 序号/``业务事项``/廉政风险点/风险等级 高/中/低/防控措施 and, "
        "LAST, ``责任股室`` merged (中心领导, 征缴股, 待遇核发股, 稽核股, 信息股)/``责任岗位`` and ``责任人`` merged per "
        "person; no type column; a blank row and a ``…（盖章） | 2024年8月`` line",
        [sh], t,
    )  # fmt: skip


def government_service_two_pages() -> dict:
    unit = f"{PLACE}政务服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    title = f"{unit}岗位廉政风险防控一览表"
    header = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    _line(sh, title, 8)
    sh.add(*header)
    rows = [
        ("中心领导", "主任", "鄂霈岑", "leader", [
            ("进驻事项和窗口人员调整由个人决定", "制度机制", "中", "进驻事项和窗口人员调整经主任办公会研究。"),
            ("政务服务场所改造项目插手干预", "岗位职责", "高", "改造项目按政府采购程序公开采购。"),
        ]),
        ("中心领导", "副主任", "马海约呷", "leader", [
            ("对窗口人员“吃拿卡要”投诉压案不查", "思想道德", "中", "投诉件登记编号，办理结果向投诉人反馈。"),
        ]),
        ("窗口管理股", "股长", "芮潆岫", "middle", [
            ("窗口考核评分不公，优亲厚友", "制度机制", "低", "考核细则和评分结果公开。"),
        ]),
        ("综合受理窗口", "受理员", "乜沛澂", "general", [
            ("为熟人插队、违规加急办理", "业务流程", "中", "按取号顺序办理，加急件登记审批。"),
            ("收受办事群众、中介机构礼品", "外部环境", "高", "窗口公开监督电话，拒收礼品登记。"),
        ]),
        ("帮办代办股", "代办员", "厍瑢淼", "general", [
            ("代办服务中收取费用或介绍有偿中介", "外部环境", "高", "代办服务一律免费，代办过程群众签字确认。"),
        ]),
        ("12345热线办", "话务员", "毋湉屾", "general", [
            ("工单办结情况弄虚作假", "岗位职责", "低", "工单办结逐件回访，回访录音留存。"),
        ]),
        ("综合股", "会计", "阿苏以作", "general", [
            ("窗口单位公用经费报销审核不严", "业务流程", "低", "报销单据三级审核，每季度公开经费使用情况。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            if n == 6:  # the second page: title and heading printed again
                _per_person(sh, first, 1, 2, 3)
                _line(sh, title, 8)
                sh.add(*header)
                first = len(sh.rows)
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "government_service_two_pages", "https://m.zixin.com.cn/doc/7084210.html",
        "县政务服务中心 岗位廉政风险防控一览表 printed over two pages, after the source's 便民服务中心 廉政建设制度 (不准拉赞助、"
        "搞摊派, 不准有偿中介, 不准接受服务对象赠送和宴请, 窗口负责人 第一责任人, 责任追究): a title, then 序号/股室 merged "
        "(中心领导, 窗口管理股, 综合受理窗口, 帮办代办股, 12345热线办, 综合股)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施, the title and heading repeated before row 6 (the second page, which "
        "cuts the 受理员's rows: 股室, 岗位 and 姓名 written again under it); a blank row and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hospital_struck_names(),
    maternal_child_list(),
    township_clinic_cards(),
    emergency_center_duties(),
    vocational_school_group_rows(),
    primary_school_self_checks(),
    kindergarten_register(),
    social_insurance_holder_last(),
    government_service_two_pages(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus the cells a sheet
    lists under ``rich``, written in rich text: the parts marked struck in a struck-through font."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 3, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    plain = wb.add_format({"font_name": "宋体", "font_size": 10})
    struck = wb.add_format({"font_name": "宋体", "font_size": 10, "font_strikeout": True})

    def put(ws, r: int, c: int, v, rich: dict) -> None:
        if (r, c) in rich:
            parts = []
            for text, strike in rich[(r, c)]:
                parts += [struck if strike else plain, text]
            ws.write_rich_string(r, c, *parts, fmt)
        else:
            _put(ws, (fmt, date_fmt), r, c, v)

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        rich = {(r, c): parts for r, c, parts in sheet.get("rich", [])}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                put(ws, r, c, v, rich)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                put(ws, r0, c0, v, rich)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch263-inbox"))
