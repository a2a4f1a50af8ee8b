"""The nine-hundred-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 县直部门 and
事业单位, 文县 (陇南市, 甘肃省) — its 林业和草原局, 文化馆, 水务局, 油橄榄产业开发办公室, 融媒体中心,
民政局 and 花椒产业发展中心 — and the 碧口镇中心卫生院, each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低 and
  a ``注：`` line;
- the 文化馆's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 | …`` and a
  merged 工作职责 line, ``一级/二级/三级``, no type column;
- the 水务局's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long ``风险表现``, short
  types under ``风险类别``, ``高风险/中风险/低风险``; no names;
- the 油橄榄产业开发办公室's 清单 under GROUP ROWS ``一、办领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 融媒体中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 | 自查时间`` over a
  row of values, ``★★★/★★/★`` read by a ``注：`` line, ``防范措施``, ``自查情况``, no type column;
- the 民政局's 一览表 in TWO SHEETS: ``班子成员`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``;
- the 花椒产业发展中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级``.

One is harder:

- ``wenxian_bikou_health_centre_measure_rows``: the 碧口镇中心卫生院's 廉政风险防控一览表, an ordinary
  list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 风险类型 | 防控措施 | 备注``; 科室 merged;
  岗位 and 姓名 merged per person) where each point has ONE row (序号, point, level, type) and its
  防控措施 are written ONE A ROW IN THE ROWS BELOW IT (``1.…``, ``2.…``; 序号, point, level and type
  blank, the holder's cells inside his merges, nothing merged over the measure rows); for a few
  points the first measure stands on the point's own row and the rest below; a ``备注`` cell is
  filled on some point rows. The README's 读得懂的表 and docs/layouts.md know a point's text run on
  into the next row (no 序号, no level, only the point and measure cells, joined unless it opens
  with ``2.``), a measure row ``防控措施：⏎1.…`` merged across the point columns under a person's
  points, and blank-point rows that a note says share the point above; they do not describe a run
  of rows with ONLY THE MEASURES CELL filled, one numbered measure a row, under each point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 中心卫生院's 科室 — 门诊, 医技,
药房, 划价收款, 预防保健, 院办; a 林草局's 林长制工作股; a 县级文化馆's work — 展示, 普及, 非遗; a
水务局's year's plan — 除险加固, 排涝, 灌区; a county's 油橄榄 产业 — 专班, 园区, 品改; a 县融媒体中心's
采编/技术/运营; a 民政局's 低保 work; a 花椒 county's 产业办) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare compound surnames 季孙 and 公门 with rare given names); every unit is a body of 文县.

Run ``python tests/published/score.py --set batch979`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point is the row with a 序号 and a level; the rows under it with only the
  防控措施 cell filled are its measures, no points and no holders; the ``备注`` cell is no point;
- ``院领导``, ``局领导``, ``馆领导``, ``办领导``, ``中心领导`` (a 科室 cell, a group row, a 所在部门 value) are
  the 科室 of those leaders; ``班子成员`` is no 科室 (sheet ``班子成员``);
- 院长, 副院长, 局长, 副局长, 馆长, 副馆长, 主任 and 副主任 (of the 办, the 中心), 总编辑 and 副总编辑 are
  leaders; 股长, 科长, 科主任, 部主任 and 药房负责人 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``工作职责``, ``自查情况`` and ``自查时间``
  are no points and name no holder; the 水务局's list names no person: its forms are posts;
- 高/中/低, ``高风险/中风险/低风险``, ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``★★★/★★/★``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b979_"
PLACE = "文县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 等级, 类型, 备注, first measure on the point row?, [措施])])
MEASURE_ROWS = [
    ("院领导", "院长", "季孙翛然", "leader", [
        ("药品、耗材采购中指定供应商、收受回扣", "高", "岗位职责", "重点", False, [
            "1.药品耗材一律通过省级平台阳光采购；",
            "2.采购计划经院务会集体研究；",
            "3.每季度公开采购品种、数量和金额。",
        ]),
        ("院内基建维修项目化整为零、规避比选", "高", "制度机制", None, True, [
            "1.万元以上维修项目比选确定施工单位；",
            "2.项目验收邀请镇纪委参加。",
        ]),
    ]),
    ("院领导", "副院长", "公门琬", "leader", [
        ("医疗质量考核打分优亲厚友", "中", "思想道德", None, False, [
            "1.考核细则全院公示；",
            "2.考核结果经质控小组集体评定。",
        ]),
        ("对医务人员收受“红包”问题查处不力", "中", "外部环境", "新增", False, [
            "1.设立投诉箱和监督电话；",
            "2.签订拒收“红包”承诺书；",
            "3.查实的一律按规定处理并通报。",
        ]),
    ]),
    ("药剂科", "药房负责人", "季孙璠", "middle", [
        ("药品出入库账实不符、过期药品处置不规范", "中", "业务流程", None, False, [
            "1.药品出入库双人核对签字；",
            "2.每月盘点，过期药品登记后集中销毁。",
        ]),
        ("精麻药品管理不严、违规调剂", "高", "岗位职责", "重点", True, [
            "1.精麻药品专柜双锁、专册登记；",
            "2.处方逐张审核留存。",
        ]),
    ]),
    ("财务室", "会计", "公门蓁", "general", [
        ("公卫项目资金拨付村医时截留、挪用", "高", "业务流程", None, False, [
            "1.村医补助按考核结果直接打卡发放；",
            "2.发放花名册在各村公示。",
        ]),
        ("票据管理不严、收入不及时入账", "低", "制度机制", None, False, [
            "1.票据专人领用、核销；",
            "2.收入当日入账，月末对账。",
        ]),
    ]),
    ("公共卫生科", "科长", "季孙昶", "middle", [
        ("家庭医生签约、慢病随访数据弄虚作假", "中", "岗位职责", None, False, [
            "1.随访记录抽查回访不少于10%；",
            "2.签约数据与系统比对。",
            "3.发现造假的取消当年评优资格。",
        ]),
    ]),
]  # fmt: skip


def wenxian_bikou_health_centre_measure_rows() -> dict:
    unit = f"{PLACE}碧口镇中心卫生院"
    sh = _Sheet("一览表", [6, 12, 12, 10, 38, 9, 11, 40, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "风险类型", "防控措施", "备注")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MEASURE_ROWS:
        for point, lv, typ, note, on_row, measures in points:
            n += 1
            head = measures[0] if on_row else None
            rest = measures[1:] if on_row else measures
            sh.add(n, dept, post, who, point, lv, typ, head, note)
            for m in rest:
                sh.add(None, dept, post, who, None, None, None, m, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (3, person)])
    _line(
        sh,
        "注：1.风险等级分高、中、低三级；2.风险类型分思想道德、制度机制、岗位职责、业务流程、外部环境五类。",
        9,
    )
    sh.add("填表人：", None, "审核人：", None, None, "院长（签字）：", None, "2025年6月", None)
    return _layout(
        "wenxian_bikou_health_centre_measure_rows", "https://mingkanw.com/w/filerwnyp5v3.html",
        "(harder) 镇中心卫生院 廉政风险防控一览表, after the source's account of a 中心卫生院 (门诊部, 临床/医技/功能科室 — "
        "划价, 收款, 药房, 药库 —, 预防保健科, 院长室, 财会室): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 高/中/低/风险类型 (short names)/防控措施/备注, each point ONE row and its measures ONE A ROW "
        "IN THE ROWS BELOW IT (``1.…``, ``2.…``; only the 防控措施 cell filled), for a few points the first measure on "
        "the point's own row; a ``注：`` line and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wenxian_forestry_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "公门骞", "leader", "林木采伐指标分配个人说了算", "制度机制风险", "高",
         "采伐指标分配经局党组会集体研究并公示。"),
        ("局领导", "局长", "公门骞", "leader", "干预林地征占用审核，为他人谋利", "思想道德风险", "中",
         "征占用林地审核实行联审，领导干预登记报告。"),
        ("林长制工作股", "股长", "季孙濯", "middle", "林长巡林记录弄虚作假、考核打分不实", "岗位职责风险", "中",
         "巡林轨迹系统留痕，考核结果公示。"),
        ("林长制工作股", "股长", "季孙濯", "middle", "公益林生态效益补偿资金核发把关不严", "业务流程风险", "高",
         "补偿面积逐户核实，资金一卡通发放。"),
        ("资源管理股", "科员", "公门瑒", "general", "林木采伐许可证审核发放不规范", "业务流程风险", "中",
         "采伐许可网上审批，伐区现场核查两人以上。"),
        ("资源管理股", "科员", "公门瑒", "general", "接受采伐申请人宴请、礼品", "外部环境风险", "低",
         "签订廉洁承诺书，执行“六不准”。"),
        ("森林草原防火股", "科员", "季孙蘅", "general", "防火物资采购、保管账实不符", "岗位职责风险", "中",
         "物资出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "wenxian_forestry_list",
        "http://www.kayakmotorcycle.com/sf_AB2B76021A484811A83CC5607BBDAA13_209_B39916E9826.html",
        "林业和草原局 岗位廉政风险防控一览表, after the source's account of a 林草局's 林长制工作股 (林长制, 森林资源分类经营, "
        "公益林和天然林保护, 督促林长履职): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wenxian_culture_centre_cards() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    cards = [
        ("季孙珩", "馆长", "主持全面工作，分管财务、非物质文化遗产保护", "leader", [
            ("群众文化活动经费使用个人说了算", "一级", "经费支出经馆务会集体研究，账目公开。"),
            ("非遗项目、代表性传承人推荐申报中优亲厚友", "一级", "推荐名单经专家评审并公示。"),
        ]),
        ("公门峤", "副馆长", "分管文艺辅导、展览展示", "leader", [
            ("文艺培训班收费、补贴发放不规范", "二级", "培训收费按标准公示，补贴签领。"),
            ("展览布展服务指定承办单位", "二级", "布展服务比选确定，纪检人员监督。"),
        ]),
        ("季孙霂", "辅导干部", "文艺辅导、基层综合性文化服务中心业务指导", "general", [
            ("送文化下乡场次虚报", "二级", "下乡演出影像留存，乡镇签字确认。"),
            ("文艺作品评奖打分不公", "三级", "评委随机抽取，评分当场汇总。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, work, tier, items in cards:
        sh = _Sheet(who, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wenxian_culture_centre_cards", "https://ncwhg.com/post/1853.html",
        "文化馆 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's account of a "
        "县级文化馆's work (文化展示与传播, 文化教育与普及, 文化创意, 非遗传承): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 工作职责 line, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wenxian_water_posts() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("排查表", [6, 14, 16, 38, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("分管工程副局长", "leader", "工程招标", "水库除险加固工程招标中为特定企业量身设置条件", "制度机制", "高风险",
         "招标文件经法制审核，评标全程录像。"),
        ("分管工程副局长", "leader", "工程变更", "排涝工程设计变更把关不严、虚增工程量", "岗位职责", "高风险",
         "变更经设计、监理、业主三方签认并集体研究。"),
        ("项目管理员", "general", "质量验收", "灌区改造工程隐蔽部位验收走过场", "业务流程", "中风险",
         "隐蔽工程验收影像留存，两人以上现场签认。"),
        ("项目管理员", "general", "进度款审核", "工程进度款审核不实、超进度支付", "业务流程", "中风险",
         "进度款按监理签认工程量审核，财务复核。"),
        ("水政监察员", "general", "河道采砂执法", "对非法采砂查处不力、以罚代管", "外部环境", "低风险",
         "执法全过程记录，案件集体审理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "wenxian_water_posts", "http://www.haowensou.com/index/article/detail/detail_id/157821.html",
        "水务局 岗位廉政风险点排查表 对岗不对人, after the source's 县水务局 year's plan (闸除险加固, 排涝工程, 灌区建设, "
        "防洪减灾, 水生态治理): a title, 序号/岗位 merged per post/a short 风险点/a long 风险表现/风险类别 (short names)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wenxian_olive_office_group_rows() -> dict:
    unit = f"{PLACE}油橄榄产业开发办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办领导", "办领导", [
            ("主任", "季孙湜", "leader", [
                ("油橄榄产业园区基础设施项目资金安排个人决定", "Ⅰ级", "项目资金安排经办务会研究，报县产业专班审定。"),
                ("低产园改造补助对象确定中打招呼", "Ⅱ级", "补助对象由乡镇初审、办公室复核并公示。"),
            ]),
        ]),
        ("二、技术推广股", "技术推广股", [
            ("股长", "公门沄", "middle", [
                ("嫁接改良、品改面积验收不实", "Ⅰ级", "验收随机抽取地块，两人以上实测。"),
            ]),
            ("技术员", "季孙茕", "general", [
                ("苗木采购质量把关不严", "Ⅱ级", "苗木到货抽检，供货合同约定质量条款。"),
                ("技术培训补贴虚列人数", "Ⅲ级", "培训签到拍照，补贴凭签到表发放。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("科员", "公门璞", "general", [
                ("经营主体扶持申报材料审核不严", "Ⅱ级", "申报材料两人交叉审核，结果公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "wenxian_olive_office_group_rows", "https://www.cngy.gov.cn/artic/show/20230912083716877.html",
        "油橄榄产业开发办公室 廉政风险防控责任清单 under GROUP ROWS, after the source's account of a county's 油橄榄产业 "
        "(产业专班, 园区配套建设, 嫁接改良, 低产园改造, 经营主体): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/"
        "Ⅲ级``/防控措施, group rows ``一、办领导``, ``二、技术推广股``, ``三、综合股`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def wenxian_media_centre_selfchecks() -> dict:
    unit = f"{PLACE}融媒体中心"
    t = _Truth(unit)
    people = [
        ("公门瀚", "中心领导", "主任", "leader", [
            ("广告经营、宣传合作项目签订中收受好处", "★★★", "合作项目经中心班子集体研究，合同法律审核。", "已落实"),
            ("设备采购指定品牌、供应商", "★★★", "设备采购按政府采购程序办理。", "已落实"),
        ]),
        ("季孙晔", "采编部", "部主任", "middle", [
            ("有偿新闻、收取“宣传费”", "★★", "稿件三审三校，定期抽查。", "未发现问题"),
            ("稿酬、通讯员奖励核发不实", "★", "稿酬按发稿记录核算，公示后发放。", "已落实"),
        ]),
        ("公门綦", "技术部", "技术员", "general", [
            ("播出设备维修费用虚报", "★★", "维修项目登记，旧件留存备查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "自查时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查情况")
        for i, (point, stars, measures, found) in enumerate(points, 1):
            sh.add(i, point, stars, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wenxian_media_centre_selfchecks",
        "https://www.paxyq.com/t/jie-mi-xian-rong-mei-ti-zhong-xin-chuang-xin-chuan-bo-zhu-li-xiang-cun-zhen-xing-de-mu-hou-li-liang.html",
        "融媒体中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of a "
        "县融媒体中心 (采编部门, 技术部门, 运营部门, 传播政策): a title, a label row ``姓　名 | 所在部门 | 职　务 | 自查时间`` "
        "over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防范措施/``自查情况``; a ``注：`` line; no "
        "type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def wenxian_civil_affairs_two_sheets() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    lead = _Sheet("班子成员", [6, 9, 11, 20, 38, 11, 34])
    _line(lead, f"{unit}班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("季孙枍", "局长", "主持全面工作", [
            ("社会救助资金分配调剂个人说了算", "一级风险", "资金分配方案经局党组会研究并公示。"),
            ("养老服务设施建设项目干预招标", "一级风险", "项目招标按规定进行，领导干预登记报告。"),
        ]),
        ("公门晖", "副局长", "分管社会救助、儿童福利", [
            ("低保、特困审批中优亲厚友", "二级风险", "审批结果在村（社区）公示，定期抽查。"),
            ("临时救助“先行救助”程序不规范", "二级风险", "先行救助事后补齐手续，按月报备。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 10, 38, 11, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社会救助股", "股长", "季孙曈", "middle", "低保对象动态管理不及时、应退未退", "一级风险", "每季度数据比对，核查结果公示。"),
        ("社会救助股", "股长", "季孙曈", "middle", "救助资金发放数据统计不实", "二级风险", "资金发放与系统台账逐月核对。"),
        ("社会事务股", "科员", "公门翾", "general", "殡葬补贴、残疾人两项补贴审核不严", "二级风险", "补贴名单入户核实，两人审核。"),
        ("养老服务股", "科员", "季孙泂", "general", "养老机构运营补贴床位数核定不实", "三级风险", "床位现场清点，补贴公示七天。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wenxian_civil_affairs_two_sheets",
        "http://jsxzch.com/html/html2013zf_zfjg_zs_mzj_bmjg_10221165.html",
        "民政局 廉政风险防控一览表 in TWO SHEETS, after the source's account of a 民政局's 低保 work (最低生活保障及生活救助, "
        "动态管理, 统计汇总, 资金发放): sheet 班子成员 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wenxian_pepper_centre_list() -> dict:
    unit = f"{PLACE}花椒产业发展中心"
    sh = _Sheet("一览表", [6, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "公门琰", "leader", "花椒产业扶持资金分配不公开", "制度机制", "一级",
         "扶持资金分配方案经中心会议研究并公示。"),
        ("主任", "公门琰", "leader", "品牌创建、展会参展项目指定承办方", "思想道德", "二级",
         "参展项目比选确定，合同存档。"),
        ("副主任", "季孙翀澜", "leader", "标准化示范基地验收把关不严", "岗位职责", "一级",
         "基地验收实地核查，验收组三人以上。"),
        ("技术员", "公门稷", "general", "良种苗木补贴发放对象审核不实", "业务流程", "二级",
         "补贴对象逐户核实，名单公示。"),
        ("技术员", "公门稷", "general", "病虫害防治药剂发放登记不全", "外部环境", "三级",
         "药剂发放签字登记，台账月清。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "wenxian_pepper_centre_list", "http://www.yfhsp.com/news_detail/9250913.html",
        "花椒产业发展中心 岗位廉政风险防控一览表, after the source's account of a 花椒 county's 产业办 (基地面积, 花椒标准, "
        "种质资源库, 标准化示范基地, 产业扶持资金, 品牌创建): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, "
        "then 序号/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wenxian_bikou_health_centre_measure_rows(),
    wenxian_forestry_list(),
    wenxian_culture_centre_cards(),
    wenxian_water_posts(),
    wenxian_olive_office_group_rows(),
    wenxian_media_centre_selfchecks(),
    wenxian_civil_affairs_two_sheets(),
    wenxian_pepper_centre_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch979-inbox"))
