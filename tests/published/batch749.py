"""The seven-hundred-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 治沙 and
生态 bodies, 彰武县 (of 阜新市, 辽宁) — its 林业和草原局, 治沙研究所, 章古台林场, 生态环境分局,
生态环境保护综合行政执法大队, 阿尔乡镇林业站, 国有苗圃 and 林业发展服务中心 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 治沙研究所's 一览表 in TWO SHEETS: ``所领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 章古台林场's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 生态环境分局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … ``三、执法二中队`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 阿尔乡镇林业站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 国有苗圃's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 林业发展服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhangwu_forestry_bureau_sorted_heading``: the 林业和草原局's 岗位廉政风险防控一览表, an ordinary
  list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, every cell written, nothing
  merged) that its clerk SORTED on the 风险等级 column in Excel WITH THE HEADING ROW INSIDE THE SORTED
  RANGE (the 排序 dialog's ``数据包含标题`` left unticked). Excel sorts Chinese text by 拼音, so the
  rows now stand ``二级`` (èr) rows, then the HEADING ROW itself (its 风险等级 cell ``风险等级``, fēng),
  then the ``三级`` (sān) rows, then the ``一级`` (yī) rows — the title above the range and the
  sign-off line under it stay where they were, the 序号 travel with their rows (``3, 6, 7`` over the
  heading, ``5, 8`` and ``1, 2, 4`` under it). So the heading row stands in the MIDDLE of the table,
  with three points of the list above it. The README's 读得懂的表 knows a heading repeated on every
  page, a heading merged to the row above, a roster or note above the heading, a ``填报科室：`` line
  above it, a table sorted on its 风险等级 with the heading kept on top (batch112), a table whose
  ``原风险点`` rows are struck or deleted, a 续表 on the next sheet; it does not describe a list whose
  own heading row was sorted into its body, so that rows of the list stand ABOVE the heading
  (``grep -n "数据包含标题\\|sorted into\\|above the heading" README.md`` finds none; batch112's sort
  keeps the heading on top).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (彰武's ``4+2+2`` 科学治沙 — 以树挡沙,
以草固沙, 以水含沙, 以光锁沙, 柳河生态综合治理, 光伏治沙; a 经济日报 report on 科学治沙 — 省界林, 彰武松,
治沙学校, 草原生态恢复示范区, 退耕还草, 围栏封育, 牧草补播; the 辽蒙边界林 — 三北防护林, 退耕还林, 荒山
配套造林, 千万亩经济林, 大果沙棘; a 生态环境部 answer on 环评文件 形式主义 — 环评工程师, 报告书, 报告表,
复核; the 环评文件 违法线索 交办 — 查处, 质量问题; 阿尔乡镇's 三北造林人 — 副镇长, 防护林, 植树;
the 乡村干部报 on 彰武 — 第一个固沙造林试验站和第一个苗圃, 樟子松, 百万亩国土绿化; a 县审计局 on 林业生态
建设项目 — 生态公益林, 防护林, 退耕还林, 面积核实) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
宓 and 蒯 with rare given names); every unit is a body of 彰武县.

Run ``python tests/published/score.py --set batch749`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row of the sorted range but the heading is a point, wherever it stands:
  the three ``二级`` rows above the heading as much as the five under it; each row names its own
  科室, 岗位 and 姓名 (nothing merged, as Excel will not sort merged cells), so each holder's form is
  the rows bearing his name, in the order they stand; the title and the 制表/审核 line are no points;
- ``所领导``, ``场领导``, ``大队领导``, ``站领导``, ``圃领导`` and ``中心领导`` (a 科室 cell, a group row) are
  the 科室 of those leaders; the 治沙研究所's leaders (sheet ``所领导``, no 科室 column) and the cards'
  leaders have no 科室; a 局's 股/科, a 分局's 股, a 林场's 科 and 营林区, a 大队's 中队 are 科室; a
  group row ``二、执法一中队`` gives the 科室 ``执法一中队`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 所长, 副所长, 场长, 副场长, 大队长, 站长, 主任 of a
  分局 or a 中心, 副主任 and the 苗圃's 主任 are leaders; 股长, 科长, 中队长 and 区长 middle; the rest
  (技术员, 会计, 出纳, 执法队员, 护林员, 检疫员, 科员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 章古台林场's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
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

PREFIX = "b749_"
PLACE = "彰武县"
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

HEADING = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# the list as typed, in 序号 order: (科室, 岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施)
TYPED_ROWS = [
    ("局领导", "局长", "宓翯岑", "leader", "三北工程、百万亩国土绿化项目安排个人说了算", "一级",
     "项目安排经局党组会集体研究，计划任务公开。"),
    ("局领导", "副局长", "蒯沄樾", "leader", "草原生态恢复区退耕还草补助对象审核把关不严", "一级",
     "补助对象乡村两级公示，局里随机抽查核实。"),
    ("生态修复股", "股长", "宓泓缇", "middle", "造林地块验收面积核实不实，虚报成活率", "二级",
     "验收实行交叉检查，地块坐标和照片存档。"),
    ("生态修复股", "股长", "宓泓缇", "middle", "光伏治沙项目林草地使用审核违规放宽", "一级",
     "使用林草地审核材料经股室会审，报局长办公会研究。"),
    ("生态修复股", "技术员", "蒯翀霖", "general", "造林作业设计迁就施工单位，降低苗木规格", "三级",
     "作业设计经专家评审，苗木规格写入合同。"),
    ("资源管理股", "股长", "宓楙筠", "middle", "林木采伐许可超限额、超范围发放", "二级",
     "采伐许可网上办理，限额执行情况按月公开。"),
    ("资源管理股", "股长", "宓楙筠", "middle", "林地占用案件查处以罚代刑、降格处理", "二级",
     "案件处理经法制审核，移送标准公开。"),
    ("计划财务股", "会计", "蒯熠岷", "general", "生态护林员补助资金发放不及时、截留", "三级",
     "补助资金一卡通发放，发放名册村内公示。"),
]  # fmt: skip

# Excel's sort of 风险等级 by 拼音, the heading row inside the range: 二级 (èr) < 风险等级 (fēng) <
# 三级 (sān) < 一级 (yī); a stable sort keeps the typed order within a grade
PINYIN = {"二级": "er", "风险等级": "feng", "三级": "san", "一级": "yi"}


def sorted_range() -> list[tuple]:
    """The heading and the rows as they stand after the sort: the heading among the rows."""
    rng = [HEADING] + [
        (n, d, p, w, pt, lv, m) for n, (d, p, w, _t, pt, lv, m) in enumerate(TYPED_ROWS, 1)
    ]
    return sorted(rng, key=lambda row: PINYIN[row[5]])


def zhangwu_forestry_bureau_sorted_heading() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 40, 9, 36])
    t = _Truth(unit)
    tier = {who: tr for _d, _p, who, tr, *_rest in TYPED_ROWS}
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", 7)
    for row in sorted_range():
        sh.add(*row)
    # the truth one form a holder, in the order the rows now stand
    for n, dept, post, who, point, lv, _m in sorted_range():
        if n == "序号":
            continue
        t.point(sh.name, dept, post, who, tier[who], point, [], GRADES[lv])
    sh.add("制表：办公室", None, None, "审核：", None, None, None)
    return _layout(
        "zhangwu_forestry_bureau_sorted_heading", "http://zwcm.itez.com.cn/dnp/content/ZZWQKH5E06F15MTP0P",
        "(harder) 县林业和草原局 岗位廉政风险防控一览表, after the source's 彰武 ``4+2+2`` 科学治沙 (以树挡沙, 以草固沙, "
        "以水含沙, 以光锁沙, 三北防护林, 草原生态恢复示范区, 光伏治沙): a title, a merged ``单位：…　2025年6月`` line, then "
        "an ordinary list ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` (every cell written, nothing merged) "
        "SORTED on 风险等级 by 拼音 WITH ITS HEADING ROW IN THE RANGE: the three ``二级`` rows (序号 3, 6, 7) stand ABOVE "
        "the heading row, the ``三级`` (5, 8) and ``一级`` (1, 2, 4) rows under it; no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhangwu_sand_institute_two_sheets() -> dict:
    unit = f"{PLACE}治沙研究所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宓绮珩", "所长", "主持全面工作", [
            ("科研项目立项和经费分配搞平衡、打招呼", "一级", "立项经所务会集体研究，经费分配方案公开。"),
            ("樟子松、彰武松良种推广合作单位选定暗箱操作", "一级", "合作单位公开比选，结果在所内公示。"),
        ]),
        ("蒯渫岱", "副所长", "分管试验基地、财务", [
            ("试验基地土地流转和看护人员雇用优亲厚友", "二级", "看护人员公开招用，用工名册公示。"),
            ("科研经费报销审核把关不严", "一级", "科研经费专账核算，报销实行三级审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("固沙技术研究室", "主任", "宓彧琤", "middle", "沙地造林试验数据弄虚作假", "二级", "试验原始记录双人签字，定期抽查。"),
        ("固沙技术研究室", "主任", "宓彧琤", "middle", "科研协作费转付关联单位", "一级", "协作费支付经所务会审批。"),
        ("固沙技术研究室", "技术员", "蒯翊澪", "general", "试验苗木、种子出入库不登记", "三级", "苗木种子出入库登记，每季度盘点。"),
        ("综合办公室", "主任", "宓峤篁", "middle", "公务接待、公车使用超标准", "二级", "接待清单和派车单每月公示。"),
        ("综合办公室", "出纳", "蒯棣珺", "general", "现金收支不及时入账，公款私存", "二级", "现金日清月结，银行账户统一管理。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhangwu_sand_institute_two_sheets", "http://m.meituann.com/cf/2023/0612/78915.html",
        "县治沙研究所 廉政风险防控一览表 in TWO SHEETS, after the source's report on 科学治沙 (省界林, 彰武松, 治沙学校, "
        "草原生态恢复示范区, 退耕还草, 围栏封育, 牧草补播): sheet 所领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 "
        "with 科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhangwu_zhanggutai_forest_farm_posts() -> dict:
    unit = f"{PLACE}章古台林场"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "leader", "边界林建设项目", "辽蒙边界林造林工程发包指定施工队伍", "制度机制风险", "高",
         "工程发包进入县公共资源交易平台。"),
        ("营林科", "科长", "middle", "造林检查验收", "荒山配套造林验收走过场，虚报保存面积", "岗位职责风险", "高",
         "验收实行林场、营林区两级核查，结果公示。"),
        ("营林科", "科长", "middle", "苗木采购", "樟子松苗木采购以次充好，收受供苗单位好处", "外部环境风险", "中",
         "苗木采购三家比价，到货随机抽检。"),
        ("营林科", "护林员", "general", "森林管护巡查", "巡护日志代填，发现盗伐不报告", "思想道德风险", "中",
         "巡护轨迹定位上传，场部每月检查日志。"),
        ("资源管护科", "科长", "middle", "林木采伐作业监管", "伐区作业设计超蓄积，越界采伐不制止", "业务流程风险", "高",
         "伐区拨交、验收三方签字，照片存档。"),
        ("资源管护科", "科长", "middle", "经济林承包", "大果沙棘经济林承包费减免不按程序", "制度机制风险", "低",
         "承包费减免经场务会研究，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：场办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "zhangwu_zhanggutai_forest_farm_posts", "http://oaap.cn/xwzx/bwkx/201709/t20170922_11845879.htm",
        "县林场 岗位廉政风险点排查表 对岗不对人, after the source's 辽蒙边界林 (三北防护林, 退耕还林, 荒山配套造林, "
        "千万亩经济林, 大果沙棘): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhangwu_ecology_branch_selfchecks() -> dict:
    unit = f"{PLACE}生态环境分局"
    t = _Truth(unit)
    people = [
        ("宓瀛苓", "分局领导", "局长", "leader", [
            ("建设项目环评文件审批打招呼、降低标准", "Ⅰ级", "环评审批经技术评估和集体审议，结果网上公开。"),
            ("环评报告质量问题线索压案不办", "Ⅱ级", "线索登记台账管理，办理情况按月通报。"),
        ]),
        ("蒯琰洄", "环评审批股", "股长", "middle", [
            ("对同一编制人员短期大量编制的报告书不予复核", "Ⅰ级", "报告书按规定比例纳入复核，复核意见存档。"),
            ("环评登记表备案不审查，违规备案", "Ⅲ级", "备案情况每月抽查。"),
        ]),
        ("蒯骞潆", "监测站", "监测员", "general", [
            ("监测数据篡改、伪造", "Ⅱ级", "监测数据自动上传，原始记录不得涂改。"),
            ("委托第三方监测时接受宴请", "Ⅲ级", "签订廉洁协议，第三方名单公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i == 1 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhangwu_ecology_branch_selfchecks", "http://www.jkdfmh.cn/News/Detail/32?DetailId=92",
        "县生态环境分局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 生态环境部 "
        "answer on 形式主义“环评文件” (环评工程师, 报告书, 报告表, 环评审批系统, 复核): a title, a label row ``姓　名 | "
        "所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def zhangwu_enforcement_brigade_group_rows() -> dict:
    unit = f"{PLACE}生态环境保护综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "宓筱岫", "leader", [
                ("环评违法线索查处降格处理、以罚代管", "一级风险", "处罚案件经集体审议，处罚结果公开。"),
                ("行政处罚自由裁量权滥用", "一级风险", "严格执行裁量基准，案件法制审核。"),
            ]),
        ]),
        ("二、执法一中队", "执法一中队", [
            ("中队长", "蒯淼珈", "middle", [
                ("现场检查提前通风报信", "二级风险", "双随机抽查，检查对象现场抽取。"),
            ]),
            ("执法队员", "宓璞汭", "general", [
                ("现场检查笔录与实际不符", "二级风险", "执法记录仪全程记录，笔录当场签字。"),
                ("接受被检查企业吃请", "三级风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、执法二中队", "执法二中队", [
            ("中队长", "蒯苡峣", "middle", [
                ("环境信访投诉处理敷衍、瞒报", "二级风险", "信访件登记销号，回访核实。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zhangwu_enforcement_brigade_group_rows", "http://www.liu2xue2007.cn/p/298989.html",
        "县生态环境保护综合行政执法大队 廉政风险防控责任清单, after the source's 环评文件 违法线索 转交查处 (属地生态环境部门, "
        "环评文件质量问题, 处理处罚): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、大队领导``, ``二、执法一中队``, ``三、执法二中队`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def zhangwu_aerxiang_forestry_station_cards() -> dict:
    unit = f"{PLACE}阿尔乡镇林业站"
    t = _Truth(unit)
    cards = [
        ("站长", "宓霁淙", "站长", "主持林业站全面工作", "leader", [
            ("防护林造林任务分配优亲厚友", "★★★", "造林任务分配方案经站务会研究，村内公示。"),
            ("三北造林补助资金核拨不按验收结果", "★★★", "补助资金按验收合格面积拨付，名册公示。"),
            ("接受造林大户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("技术员", "蒯璠湜", "技术员", "负责造林技术指导、验收", "general", [
            ("造林成活率检查数据不实", "★★", "成活率检查随机抽样，照片存档。"),
            ("沙棘苗木调运检疫把关不严", "★★", "调运苗木凭检疫证明，逐批登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zhangwu_aerxiang_forestry_station_cards", "http://m.handmsg.com/page/2018/1207/15178311.shtml",
        "镇林业站 岗位廉政风险防控卡, one sheet a person, after the source's 阿尔乡镇 三北造林人 (副镇长, 辽蒙边界防护林, "
        "植树, 沙棘、旱柳和松树): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhangwu_nursery_list() -> dict:
    unit = f"{PLACE}国有苗圃"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("圃领导", "主任", "宓曦杼", "leader", "樟子松容器苗销售价格随意定价、让利", "制度机制", "高风险",
         "苗木销售价格经主任办公会确定并公示。"),
        ("圃领导", "主任", "宓曦杼", "leader", "育苗基地灌溉工程化整为零规避招标", "岗位职责", "高风险",
         "工程项目按限额报主管局审批。"),
        ("生产科", "科长", "蒯玳洺", "middle", "育苗用工人数、工日虚报冒领", "业务流程", "中风险",
         "用工考勤每日登记，工资打卡发放。"),
        ("生产科", "检疫员", "宓蘅玗", "general", "出圃苗木检疫不严，出具虚假检疫证明", "岗位职责", "中风险",
         "检疫证明系统开具，抽检留样。"),
        ("财务室", "会计", "蒯滢岵", "general", "苗木销售收入不入账，设小金库", "外部环境", "高风险",
         "销售票据统一开具，收入全额入账。"),
        ("财务室", "出纳", "宓珣泷", "general", "库存种子、化肥账实不符", "思想道德", "低风险",
         "物资每季度盘点，账物核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zhangwu_nursery_list", "http://i0700.cn/tuopin/202305/t20230505_7926994.shtml",
        "县国有苗圃 岗位廉政风险防控一览表, after the source's 乡村干部报 on 彰武 (第一个固沙造林试验站和第一个苗圃, 樟子松, "
        "三北造林, 百万亩国土绿化): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def zhangwu_forestry_service_centre_register() -> dict:
    unit = f"{PLACE}林业发展服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒯椿澔", "leader", [
            ("生态公益林补偿资金分配不公开", "制度机制", "一级", "补偿资金分配方案经集体研究并公示。"),
            ("林业生态建设项目验收降低标准", "岗位职责", "二级", "项目验收邀请审计、财政部门参加。"),
        ]),
        ("造林科", "科长", "宓芃琬", "middle", [
            ("退耕还林面积核实弄虚作假", "业务流程", "一级", "面积核实采用卫星影像比对，实地抽查。"),
        ]),
        ("造林科", "科员", "蒯岫沣", "general", [
            ("造林地块档案资料补做、造假", "思想道德", "二级", "档案随项目实时归集，专人管理。"),
            ("防护林管护合同签订不规范", "制度机制", "三级", "管护合同统一文本，签订后备案。"),
        ]),
        ("林政科", "科长", "宓阆蕤", "middle", [
            ("林草地征占用现场查验不到位", "外部环境", "一级", "现场查验两人以上，查验记录签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "zhangwu_forestry_service_centre_register", "http://jcurcio.com/n4/n21/c84454/content.html",
        "县林业发展服务中心 廉政风险点排查登记表, after the source's 县审计局 on 林业生态建设项目 (生态公益林, 防护林, "
        "退耕还林, 业务档案资料, 实地走访): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhangwu_forestry_bureau_sorted_heading(),
    zhangwu_sand_institute_two_sheets(),
    zhangwu_zhanggutai_forest_farm_posts(),
    zhangwu_ecology_branch_selfchecks(),
    zhangwu_enforcement_brigade_group_rows(),
    zhangwu_aerxiang_forestry_station_cards(),
    zhangwu_nursery_list(),
    zhangwu_forestry_service_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch749-inbox"))
