"""The six-hundred-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's education
bodies, 扎兰屯市 (of 呼伦贝尔市, 内蒙古) — its 教育局, 第一中学, 第二小学, 教研室, 学生资助管理中心,
职业中学 and 实验小学 — and one harder file:

- ``zhalantun_third_middle_school_duty_prose``: the 第三中学's 工作事项廉政风险清单, ONE ROW A POINT
  under a merged 工作事项 cell, NO 科室/岗位/姓名 column; the holders stand only in a merged
  ``责任分工`` cell per 工作事项 written as PROSE, ``副校长蓬某某牵头负责；教务处主任麻某某具体负责。``:
  the one who 具体负责 holds the 事项's points (his 科室 and post from the words before his name),
  the leader who 牵头负责 (or 负总责) only leads it. The README's 读得懂的表 knows labelled
  ``直接责任人：X⏎分管领导：Y`` cells, 责任主体 cells with labels and a prose 领导班子分工 line keyed by
  分管科室; it does not describe a prose 责任分工 cell per 事项 naming a leading and a handling person.

Judgement calls: 校长, 副校长, 局长, 副局长, 中心主任 and the 教研室主任 are leaders; a 股长 or a 处's
主任 middle; the rest general. 高/中/低, 一级/二级/三级, Ⅰ级/Ⅱ级/Ⅲ级, ★★★/★★/★, 高风险/中风险/低风险
are 1/2/3. The rows are worded by us, the names invented (the rare surnames 蓬 and 麻).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b675_"
PLACE = "扎兰屯市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _list(name, unit, source, desc, sheet, title, heads, rows, scale, dept_col=True, person_col=True,
          typed=False, extra=(), widths=None):  # fmt: skip
    """One sheet 一览表: rows (dept, post, who, tier, point, type, level, measures)."""
    sh = _Sheet(sheet, widths or [6] + [12] * (len(heads) - 1))
    t = _Truth(unit)
    for line in extra[:1]:
        if line is not None:
            sh.add(line)
    _line(sh, title, len(heads))
    for line in extra[1:]:
        _line(sh, line, len(heads))
    sh.add(*heads)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        cells = [n] + ([dept] if dept_col else []) + [post] + ([who] if person_col else [])
        cells += [point] + ([typ] if typed else []) + [lv, measures]
        sh.add(*cells)
        t.point(sh.name, dept, post, who if person_col else "", tier, point,
                types_in(typ) if typed else [], scale[lv])  # fmt: skip
    specs, c = [], 1
    if dept_col:
        specs.append((1, lambda row: row[1]))
        c = 2
    key = lambda row, c=c: (row[c - 1], row[c], row[c + 1] if person_col else None)  # noqa: E731
    specs.append((c, key))
    if person_col:
        specs.append((c + 1, key))
    _merge_down(sh, first, specs)
    return sh, t


# --------------------------------------------------------------------------- harder layout

# (工作事项, 责任分工 prose, holder (dept, post, who, tier), points [(point, level, measures)])
MATTERS = [
    ("招生与学籍管理", "副校长蓬翀岫牵头负责；教务处主任麻沄翊具体负责。", ("教务处", "主任", "麻沄翊", "middle"), [
        ("初一新生分班暗箱操作，设重点班", "高", "分班由电脑随机编排，结果公示。"),
        ("借读、转学手续违规办理，收取择校费", "高", "转学借读经招生领导小组审核，名单公示。"),
        ("学籍异动信息弄虚作假", "中", "学籍变动凭证留存，每月与在校名单核对。"),
    ]),
    ("教辅资料与校服征订", "校长麻琮岚负总责；总务处主任蓬岚琤具体负责。", ("总务处", "主任", "蓬岚琤", "middle"), [
        ("超出“一科一辅”范围征订教辅资料", "高", "严格对照目录，家长自愿征订。"),
        ("校服选用不经家长委员会，定点定商标", "中", "校服选用组织由家长代表过半组成。"),
    ]),
    ("食堂与大宗物资采购", "副校长蓬翀岫牵头负责；总务处会计麻琬沨具体负责。", ("总务处", "会计", "麻琬沨", "general"), [
        ("食材采购单价高于市场价，虚开发票", "高", "每月询价比价，膳食经费账目公示。"),
        ("学生伙食费结余挪作他用", "中", "伙食费专账核算，学期结算公示。"),
        ("供货商礼品礼金不拒收", "低", "签订廉洁供货承诺书。"),
    ]),
    ("教师评优与职称推荐", "校长麻琮岚负总责；政教处主任蓬湉珝具体负责。", ("政教处", "主任", "蓬湉珝", "middle"), [
        ("评优推荐中优亲厚友、论资排辈", "中", "推荐条件量化赋分，校内公示五个工作日。"),
        ("师德考核走过场", "低", "师德考核学生、家长评议占一定权重。"),
    ]),
]  # fmt: skip


def zhalantun_third_middle_school_duty_prose() -> dict:
    unit = f"{PLACE}第三中学"
    sh = _Sheet("风险清单", [6, 14, 40, 8, 34, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}工作事项廉政风险防控清单", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 6)
    sh.add("序号", "工作事项", "廉政风险点", "风险等级", "防控措施", "责任分工")
    n = 0
    for matter, duty, (dept, post, who, tier), points in MATTERS:
        first = len(sh.rows)
        for point, lv, measures in points:
            n += 1
            sh.add(n, matter, point, lv, measures, duty)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1]), (5, lambda row: row[1])])
    _line(sh, "注：“牵头负责”“负总责”的为领导责任，“具体负责”的为岗位直接责任人。", 6)
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None)
    return _layout(
        "zhalantun_third_middle_school_duty_prose", "https://max.book118.com/html/2025/0527/5133210242012212.shtm",
        "(harder) 市中学 工作事项廉政风险防控清单, after the source's 学校征订教辅谋利问题 自查自纠报告 (校长任组长, 副校长协调, "
        "教导处 排查教辅选用, 总务处 审查财务采购): a title, a 填报单位 line, 序号/工作事项 merged per 事项/廉政风险点/风险等级 "
        "高/中/低/防控措施/``责任分工`` merged per 事项, written as PROSE ``副校长某某牵头负责；教务处主任某某具体负责。``; no "
        "科室/岗位/姓名 column: the 具体负责 person holds the 事项's points, the 牵头/负总责 leader only leads; a 注 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhalantun_education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    rows = [
        ("局领导", "局长", "蓬澍珩", "leader", "学校基建项目插手招投标", "制度机制", "一级", "基建项目进入市公共资源交易中心。"),
        ("局领导", "副局长", "麻璆沅", "leader", "教师招聘面试考官选派不回避", "岗位职责", "一级", "考官随机抽取，封闭管理。"),
        ("人事股", "股长", "蓬昶淏", "middle", "教师调动、借调不按程序办理", "岗位职责", "二级", "调动经党组会研究并公示。"),
        ("人事股", "股长", "蓬昶淏", "middle", "职称评审材料审核把关不严", "业务流程", "二级", "材料初审、复审两级审核。"),
        ("计财股", "会计", "麻珽滢", "general", "教育经费拨付审核不严", "业务流程", "三级", "拨付单据三级审核。"),
        ("计财股", "会计", "麻珽滢", "general", "专项资金分配不按因素法测算", "制度机制", "一级", "分配方案公开，接受审计。"),
    ]  # fmt: skip
    sh, t = _list("zhalantun_education_bureau_list", unit, None, None, "一览表",
                  f"{unit}岗位廉政风险防控一览表",
                  ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"],
                  rows, GRADES, typed=True, extra=("附件1",))  # fmt: skip
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zhalantun_education_bureau_list", "http://fengdujob.net/go/招考编制教师由那个部门管.html",
        "市教育局 岗位廉政风险防控一览表, after the source's note on 编制教师招考 (招聘, 人事): ``附件1``, a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型/``一级/二级/三级``/防控措施; a sign-off line",
        [sh], t,
    )  # fmt: skip


def zhalantun_first_middle_school_posts() -> dict:
    unit = f"{PLACE}第一中学"
    rows = [
        ("校领导", "校长", "", "leader", "“三重一大”事项个人说了算", "制度机制风险", "高", "校务会集体研究，纪要存档。"),
        ("教务处", "主任", "", "middle", "考试成绩统计弄虚作假", "岗位职责风险", "中", "成绩双人核对。"),
        ("教务处", "主任", "", "middle", "课时津贴核算不实", "业务流程风险", "中", "课时表公示后核算。"),
        ("总务处", "保管员", "", "general", "校产出入库不登记", "业务流程风险", "低", "出入库登记，学期盘点。"),
        ("总务处", "保管员", "", "general", "报废资产私自处置", "思想道德风险", "中", "报废资产集中处置并公示。"),
    ]  # fmt: skip
    sh, t = _list("x", unit, None, None, "排查表", f"{unit}岗位廉政风险点排查表",
                  ["序号", "处室", "岗位", "风险点", "风险类型", "风险等级", "防控措施"],
                  rows, HML, person_col=False, typed=True)  # fmt: skip
    _line(sh, "注：本表对岗不对人，风险等级分高、中、低三级。", 7)
    return _layout(
        "zhalantun_first_middle_school_posts", "http://ynmzch.com/tags/四川省教育厅关于教辅资料征订规定.html",
        "市中学 岗位廉政风险点排查表 对岗不对人, after the source's 教辅资料征订规定: 处室/岗位 merged, 风险点, "
        "``…风险`` types, 高/中/低, 防控措施; no names; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def zhalantun_teaching_research_selfchecks() -> dict:
    unit = f"{PLACE}教研室"
    t = _Truth(unit)
    people = [
        ("麻翮瑄", "教研室领导", "主任", "leader", [
            ("质量检测命题泄露试题", "Ⅰ级", "命题人员封闭管理。"),
            ("教学能手评选打招呼", "Ⅱ级", "评委随机抽取，当场亮分。"),
        ]),
        ("蓬霈祎", "中学组", "教研员", "general", [
            ("向学校推荐教辅资料", "Ⅰ级", "签订不推荐教辅承诺书。"),
            ("课题结题评审把关不严", "Ⅲ级", "结题实行匿名评审。"),
            ("送教下乡虚报差旅补助", "Ⅲ级", "差旅凭行程单报销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 4)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间")
        sh.add(who, dept, post, "2025年5月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("本人签名：", None, "主任意见：", None)
        sheets.append(sh)
    return _layout(
        "zhalantun_teaching_research_selfchecks", "https://abg.baidu.com/tags/23inbioru664zu75x7dndufzutl7pp54xlf4nqfzyc333mfy",
        "市教研室 岗位廉政风险自查表, one sheet a person, after the source's 中小学教育科研工作考核评估方案: a label row "
        "``姓　名 | 所在组室 | 岗　位 | 填表时间`` over values, 序号/风险点/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column",
        sheets, t,
    )  # fmt: skip


def zhalantun_aid_centre_cards() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    t = _Truth(unit)
    cards = [
        ("中心主任", "蓬璟湄", "leader", [
            ("资助名额分配向个别学校倾斜", "★★★", "名额按在校生比例分配并公开。"),
            ("资助资金拨付不及时、截留", "★★", "资金直达学生账户。"),
        ]),
        ("资助专干", "麻昀淇", "general", [
            ("家庭经济困难学生认定不实", "★★★", "班级评议、学校审核、公示。"),
            ("资助系统信息录入随意修改", "★★", "修改留痕，双人复核。"),
            ("接受受助家庭礼品", "★", "签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, items in cards:
        sh = _Sheet(who, [8, 36, 10, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zhalantun_aid_centre_cards", "https://abg.baidu.com/tags/xxgnh7nsx664zsvgxgsnp56bx6y6vv54",
        "市学生资助管理中心 廉政风险防控卡, one sheet a person, after the source's 教师工作量标准 page: ``姓　名 | … | "
        "职　务 | …``, 序号/风险点/``★★★/★★/★``/防控措施, a ``注：`` line, 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhalantun_second_primary_group_rows() -> dict:
    unit = f"{PLACE}第二小学"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [("校长", "蓬皛澂", "leader", [
            ("校舍维修化整为零规避招标", "高风险", "维修项目按限额报批。"),
            ("教师绩效分配不公开", "中风险", "分配方案经教代会通过。"),
        ])]),
        ("二、总务处", "总务处", [("出纳", "麻沨琇", "general", [
            ("代收费不开票据", "中风险", "代收费统一开具票据。"),
            ("现金坐支", "低风险", "现金日清月结。"),
            ("学生保险费代收代缴不透明", "中风险", "代缴名单及金额公示。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        key = lambda row: (row[1], row[2])  # noqa: E731
        _merge_down(sh, first, [(1, key), (2, key)])
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhalantun_second_primary_group_rows", "https://abg.baidu.com/tags/xxgmvjv5wg32hoo4ydw5nrvwza16",
        "市小学 廉政风险防控责任清单 under GROUP ROWS ``一、学校领导`` ``二、总务处``, after the source's 教师奖罚管理制度: "
        "岗位/姓名 merged per person, ``高风险/中风险/低风险``, no type column",
        [sh], t,
    )  # fmt: skip


def zhalantun_vocational_school_register() -> dict:
    unit = f"{PLACE}职业中学"
    rows = [
        ("校领导", "校长", "麻岍琰", "leader", "实训设备采购指定品牌", "制度机制", "高", "采购需求集体论证。"),
        ("招生就业处", "主任", "蓬洺翾", "middle", "委托中介有偿招生", "外部环境", "高", "招生不得委托中介。"),
        ("招生就业处", "主任", "蓬洺翾", "middle", "顶岗实习收取推荐费", "思想道德", "中", "实习协议三方签订。"),
        ("教务处", "主任", "麻屹珣", "middle", "技能证书考核把关不严", "岗位职责", "低", "考核过程录像。"),
        ("教务处", "主任", "麻屹珣", "middle", "实训课时虚报冒领课酬", "业务流程", "中", "课时经系部、教务处两级核对。"),
    ]  # fmt: skip
    sh, t = _list("x", unit, None, None, "登记表", f"{unit}廉政风险点排查登记表",
                  ["序号", "处室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施"],
                  rows, HML, typed=True,
                  extra=(None, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月"))  # fmt: skip
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    return _layout(
        "zhalantun_vocational_school_register", "http://35331.cn/lhs_g2wh6lk0pikoof5mx2fs1j1roorp27i1ykkhn54jefjwtfocjezg3w014ni9_1.html",
        "市职业中学 廉政风险点排查登记表, after the source's 教师管理信息系统 手册: a title, a 填报单位 line, 处室 merged, "
        "岗位/姓名 merged per person, 风险类别 short, 高/中/低, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def zhalantun_experimental_primary_two_sheets() -> dict:
    unit = f"{PLACE}实验小学"
    t = _Truth(unit)
    lead = _Sheet("校领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}校领导廉政风险点一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    items = [("麻璠岙", "校长", "大宗物资采购不经集体研究", "一级", "集体研究，纪要存档。"),
             ("麻璠岙", "校长", "收受教辅书商回扣", "一级", "家长自愿征订。"),
             ("蓬瑀汐", "副校长", "课后服务收费不规范", "二级", "收费标准公示。")]  # fmt: skip
    first = len(lead.rows)
    for i, (who, post, point, lv, m) in enumerate(items, 1):
        lead.add(i, who, post, point, lv, m)
        t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(1, lambda r: r[1]), (2, lambda r: r[1])])
    dept = _Sheet("中层及以下", [6, 12, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}中层及一般岗位廉政风险点一览表", 7)
    dept.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [("教导处", "主任", "麻翾湜", "middle", "插班生接收违规", "二级", "插班名单公示。"),
            ("教导处", "主任", "麻翾湜", "middle", "评优评先优亲厚友", "三级", "评优结果公示。"),
            ("总务处", "食堂管理员", "蓬岱沄", "general", "食材验收数量不实", "二级", "双人验收签字。")]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, m)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    key = lambda r: (r[1], r[2], r[3])  # noqa: E731
    _merge_down(dept, first, [(1, lambda r: r[1]), (2, key), (3, key)])
    return _layout(
        "zhalantun_experimental_primary_two_sheets", "https://abg.baidu.com/tags/xxgmvjvz3tao3pnrwpg3txga5xlmnnwi",
        "市小学 廉政风险点一览表 in TWO SHEETS 校领导 (姓名/职务 merged) and 中层及以下 (处室, 岗位/姓名 merged), after the "
        "source's 教师管理奖惩制度; ``一级/二级/三级``, no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhalantun_third_middle_school_duty_prose(),
    zhalantun_education_bureau_list(),
    zhalantun_first_middle_school_posts(),
    zhalantun_teaching_research_selfchecks(),
    zhalantun_aid_centre_cards(),
    zhalantun_second_primary_group_rows(),
    zhalantun_vocational_school_register(),
    zhalantun_experimental_primary_two_sheets(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )
