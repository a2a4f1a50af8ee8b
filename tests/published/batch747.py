"""The seven-hundred-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 畜牧 and
鹿业 bodies, 西丰县 (of 铁岭市, 辽宁省, the “中国鹿乡”) — its 农业农村局 (畜牧兽医股, 畜牧项目股), 动物卫生监督所,
动物疫病预防控制中心, 更刻镇 and 凉泉镇 畜牧兽医站, 梅花鹿良种场, 公路动物卫生监督检查站 and 鹿业发展服务中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``高/中/低``, no type column;
- the 动物卫生监督所's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``具体表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 动物疫病预防控制中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  主要职责 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 更刻镇畜牧兽医站's 清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 凉泉镇畜牧兽医站's 一览表 under ``附件1`` and a 填报单位 line: ``股室 | 岗位 | 责任人`` on EVERY
  row, short types, ``一级/二级/三级``;
- the 梅花鹿良种场's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 公路动物卫生监督检查站's 登记表: ``班组`` merged, ``岗位`` and ``姓名`` merged per person, short
  types, 高/中/低, a ``注：`` line and a sign-off line;

One is harder:

- ``xifeng_deer_centre_level_heads_in_cell``: the 鹿业发展服务中心's 一览表, ONE ROW A PERSON
  (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点（按等级分段填写） | 防控措施``), where each person's
  points stand in one cell, numbered one a line (``1.…⏎2.…``), grouped under LEVEL HEADING LINES
  typed in the same cell (``一级风险：⏎1.…⏎2.…⏎二级风险：⏎3.…⏎三级风险：⏎4.…``); a person may skip a
  level; the 防控措施 cell numbers the measures the same way, one a line, without the headings.
  There is no level column: the level of a point is the heading line above it in its cell. The
  README's 读得懂的表 knows a level cell listing each grade's point numbers (``一级：2⏎二级：1、3``),
  numbered point lines each closing in its bracketed level, level sub-rows 【高风险】 in a
  holder's block; it does not describe level headings as lines inside the points cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 西丰 达成村 梅花鹿
养殖 and the 鹿业发展服务中心 — 良种鹿场, 标准化鹿场, 扶贫资金, 合作社分红; a CRI report on 西丰 “中国鹿乡”
— 地理标志, 鹿茸, 鹿鞭, 产业扶持; a page on 动物检疫申报点 建设 — 检疫出证, 申报点, 检疫设备; a page on
辽宁 强制免疫 补助 — 疫苗采购, 先打后补, 经费拨付; a page on 强制免疫 “先打后补” — 养殖场户, 补助
申请, 检疫出证数; a report on 指定通道 公路动物卫生监督检查站 — 车辆消毒, 台账, 闯站; a page on 西丰鹿茸
— 二杠, 三杈, 等级; a report on 生猪规模养殖场 补贴 套取 — 现场审核, 项目验收, 虚假材料) and the
layout follows their words. The rows are worded by us, the names invented (the rare surnames 鞠
and 訾 with rare given names); every unit is a body of 西丰县.

Run ``python tests/published/score.py --set batch747`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is one numbered line of a person's points cell (its number off), its
  level the nearest heading line above it (``一级风险：`` 1, ``二级风险：`` 2, ``三级风险：`` 3); the
  heading lines are no points; the ``注：`` line is no point;
- ``局领导``, ``站领导``, ``中心领导``, ``场领导`` are the 科室 of those leaders (the 局's sheet of leaders
  has no 科室 column: none); a 局's 股, a 站's 组 and 班组, a 所's 股室 are 科室;
- 局长, 副局长, 所长, 站长 and 场长 of a 县 body, 主任 of a 中心 are leaders; 股长, 组长, 班长 and a
  乡镇 station's 站长 middle or leader as the file's tier says; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/…``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b747_"
PLACE = "西丰县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
HEADS = {1: "一级风险：", 2: "二级风险：", 3: "三级风险："}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, name, tier, [(level, point, measures)]) in level order
DEER = [
    ("中心领导", "主任", "訾鸾湦", "leader", [
        (1, "梅花鹿良种补贴对象确定个人说了算", "补贴对象经中心班子会集体研究，名单在村务公开栏公示。"),
        (1, "标准化鹿场建设项目验收降低标准", "项目验收邀请县农业农村局、财政局联合进行。"),
        (2, "为亲友鹿场争取扶贫资金入股项目", "扶贫资金入股项目公开申报，领导干部亲属回避。"),
    ]),
    ("产业发展科", "科长", "鞠聿蘅", "middle", [
        (1, "合作社产业分红资金拨付审核不严", "分红方案经乡镇、村两级审核，资金直达农户。"),
        (3, "接受鹿产品企业宴请和土特产", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("产业发展科", "科员", "訾纁菀", "general", [
        (2, "鹿只存栏统计数据登记不实", "存栏数据入场核查，与防疫耳标数逐月比对。"),
        (3, "养殖技术培训签到造假套取培训经费", "培训现场拍照留存，经费按实到人数核拨。"),
    ]),
    ("质量品牌科", "科长", "鞠骃颀", "middle", [
        (1, "“西丰梅花鹿”区域品牌授权使用优亲厚友", "品牌授权条件公开，授权结果公示。"),
        (2, "鹿茸等级评定出具意见把关不严", "等级评定实行双人评定、科长复核。"),
    ]),
]  # fmt: skip


def xifeng_deer_centre_level_heads_in_cell() -> dict:
    unit = f"{PLACE}鹿业发展服务中心"
    sh = _Sheet("一览表", [6, 12, 8, 9, 46, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点（按等级分段填写）", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, points) in enumerate(DEER, 1):
        lines, measures, seen = [], [], None
        for i, (lv, point, measure) in enumerate(points, 1):
            if lv != seen:
                lines.append(HEADS[lv])
                seen = lv
            lines.append(f"{i}.{point}")
            measures.append(f"{i}.{measure}")
            t.point(sh.name, dept, post, who, tier, point, [], lv)
        sh.add(n, dept, post, who, "\n".join(lines), "\n".join(measures))
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险点按一级风险、二级风险、三级风险分段填写，一级为最高。", 6)
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None)
    return _layout(
        "xifeng_deer_centre_level_heads_in_cell", "http://cn.qsrb.cn/jiaodian/61900.html",
        "(harder) 县鹿业发展服务中心 岗位廉政风险防控一览表, after the source's report on 西丰 达成村 梅花鹿养殖 (良种鹿场, "
        "标准化鹿场, 扶贫资金, 合作社分红): ONE ROW A PERSON, 序号/科室 merged/岗位/姓名/廉政风险点（按等级分段填写）/"
        "防控措施, each person's points numbered one a line in ONE cell under LEVEL HEADING LINES "
        "``一级风险：``/``二级风险：``/``三级风险：`` typed in that cell (a level may be skipped); no level column; the "
        "measures cell numbered alike; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xifeng_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 8, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鞠篁铎", "副局长", "分管畜牧兽医、鹿业发展", [
            ("畜牧良种补贴项目分配向熟人倾斜", "高", "项目分配经局党组会集体研究，结果公开。"),
            ("干预病死畜禽无害化处理补助审核", "中", "补助审核留痕，领导干预登记报告。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 8, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("畜牧兽医股", "股长", "訾翷鹓", "middle", "规模养殖场改扩建补贴现场审核走过场", "高",
         "现场审核两人以上，养殖场存栏拍照存档。"),
        ("畜牧兽医股", "股长", "訾翷鹓", "middle", "对编造虚假材料申报补贴不予查处", "中", "申报材料与检疫出证数据比对。"),
        ("畜牧兽医股", "科员", "鞠靓翕", "general", "兽药经营许可初审放宽条件", "中", "初审要件清单化，结果网上公示。"),
        ("畜牧项目股", "股长", "鞠袆赟", "middle", "鹿场标准化建设项目验收把关不严", "高", "验收邀请专家组参加，验收报告公示。"),
        ("畜牧项目股", "科员", "訾浟琀", "general", "项目资金拨付凭证审核不细", "低", "拨付凭证股长、分管局长两级审签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xifeng_agriculture_bureau_two_sheets", "https://m.9pinw.com/news_8636.html",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 生猪规模养殖场补贴 套取 (现场审核, "
        "项目验收, 虚假材料): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 高/中/低; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xifeng_animal_health_supervision_posts() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "具体表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "检疫申报点设置", "检疫申报点选址、设备采购暗箱操作", "制度机制风险", "Ⅰ级",
         "申报点设置经所务会研究，设备政府采购。"),
        ("检疫股", "官方兽医", "general", "产地检疫出证", "不到现场检疫即出具动物检疫证明", "岗位职责风险", "Ⅰ级",
         "检疫出证电子化，现场照片上传系统。"),
        ("检疫股", "官方兽医", "general", "检疫证章管理", "倒卖、转借动物卫生证章标志", "思想道德风险", "Ⅱ级",
         "证章专人专柜保管，领用登记。"),
        ("监督执法股", "执法人员", "general", "违法案件查处", "对违规调运鹿只案件以罚代刑、压案不查", "业务流程风险", "Ⅱ级",
         "案件集体审理，结案情况定期通报。"),
        ("监督执法股", "执法人员", "general", "执法检查", "接受养殖场户吃请，检查走过场", "外部环境风险", "Ⅲ级",
         "执法检查双随机，全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "xifeng_animal_health_supervision_posts",
        "http://xahonggao.com/posts/post/gu-an-xian-gui-fan-ti-sheng-dong-wu-jian-yi-shen-bao-dian-jian-she",
        "县动物卫生监督所 岗位廉政风险点排查表 对岗不对人, after the source's page on 动物检疫申报点 建设 (检疫出证, "
        "申报点, 检疫设备): 序号/股室 merged/岗位 merged per post/a short 风险点/a long 具体表现/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xifeng_disease_control_centre_cards() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    cards = [
        ("主任", "鞠蓥陟", "主任", "主持中心工作，负责强制免疫疫苗管理和疫病监测", "leader", [
            ("强制免疫疫苗供货企业选定打招呼", "★★★", "供货企业按省采购结果确定，班子集体研究。"),
            ("疫病监测经费使用不规范", "★★", "经费支出经主任、会计双签，年终公开。"),
        ]),
        ("疫苗管理员", "訾珰闿", "疫苗管理员", "负责疫苗出入库、冷链管理和乡镇分发", "general", [
            ("疫苗出入库登记不实，私自截留", "★★★", "疫苗出入库双人签字，月末盘点。"),
            ("向乡镇分发疫苗优亲厚友", "★★", "分发数量按免疫计划核定，公开分发台账。"),
            ("疫苗空瓶回收数据弄虚作假", "★", "空瓶回收与发放量逐站核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xifeng_disease_control_centre_cards", "http://www.czwrjyzx.cn/HuiMinZhengCe/669164.html",
        "县动物疫病预防控制中心 岗位廉政风险防控卡, one sheet a person, after the source's page on 辽宁 强制免疫 补助 "
        "(疫苗采购, 先打后补, 经费拨付): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xifeng_gengke_station_group_rows() -> dict:
    unit = f"{PLACE}更刻镇畜牧兽医站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "鞠砢醇", "middle", [
                ("鹿场防疫条件审查意见打招呼", "一级风险", "审查意见经县监督所复核。"),
                ("村级防疫员劳务补助分配不公", "二级风险", "补助按免疫数量核发，名单公示。"),
            ]),
        ]),
        ("二、防疫组", "防疫组", [
            ("防疫员", "訾湦陟", "general", [
                ("免疫档案填写不实，虚报免疫数量", "二级风险", "免疫档案与耳标佩戴情况抽查核对。"),
                ("向养殖户收取疫苗注射费", "一级风险", "公开免费免疫政策，设举报电话。"),
            ]),
            ("防疫员", "鞠颀昺", "general", [
                ("病死鹿只无害化处理核查不到位", "三级风险", "无害化处理现场拍照，台账存档。"),
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
        "xifeng_gengke_station_group_rows",
        "https://big5.cri.cn/gate/big5/ln.cri.cn/20191014/2bfa1ce7-86af-d0ed-4fda-526cab4f35bb.html",
        "镇畜牧兽医站 廉政风险防控责任清单, after the source's report on 西丰 “中国鹿乡” (60万亩山场, 鹿茸地理标志, "
        "产业扶持): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、防疫组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xifeng_liangquan_station_list() -> dict:
    unit = f"{PLACE}凉泉镇畜牧兽医站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "訾浟砢", "middle", "“先打后补”补助申请审核把关不严", "岗位职责", "一级",
         "补助申请与检疫出证数比对，结果公示。"),
        ("站领导", "站长", "訾浟砢", "middle", "为亲友养殖场多报免疫数量", "思想道德", "二级",
         "免疫数量抽查复核，亲属回避。"),
        ("技术组", "兽医技术员", "鞠鋆謇", "general", "动物诊疗许可初审走过场", "业务流程", "二级",
         "初审现场核查，资料存档备查。"),
        ("技术组", "兽医技术员", "鞠鋆謇", "general", "推销指定兽药饲料收取回扣", "外部环境", "一级",
         "严禁推销兽药饲料，签订承诺书。"),
        ("技术组", "统计员", "訾聿篁", "general", "畜禽存栏出栏统计数据不实", "制度机制", "三级",
         "统计数据逐村核对，站长审签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "xifeng_liangquan_station_list",
        "http://www.haose21.com/zwgk/zcwdpt/nyncj_29004/202301/t20230130_1603083.html",
        "镇畜牧兽医站 岗位廉政风险防控一览表, after the source's page on 强制免疫 “先打后补” (养殖场户, 补助申请, "
        "检疫出证数): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def xifeng_sika_breeding_farm_selfchecks() -> dict:
    unit = f"{PLACE}梅花鹿良种场"
    t = _Truth(unit)
    people = [
        ("鞠瑑昺", "场领导", "场长", "leader", [
            ("鹿茸销售定价和买家确定暗箱操作", "高风险", "鹿茸销售公开竞价，价格集体确定。", "已落实"),
            ("种鹿调出对象选择优亲厚友", "中风险", "种鹿调出计划公示，按申请顺序供种。", "未发现问题"),
        ]),
        ("訾謇麟", "生产技术科", "技术员", "general", [
            ("鹿茸等级评定（二杠、三杈）故意压级抬级", "高风险", "等级评定两人以上，过秤称重留痕。", "已落实"),
            ("饲料入库数量验收不实", "中风险", "饲料入库过磅，保管员、技术员双签。", "已落实"),
            ("私自出售鹿血、鹿胎等副产品", "低风险", "副产品登记入库，统一销售。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "场长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xifeng_sika_breeding_farm_selfchecks", "http://www.pcpip.cn/news/show.php?itemid=12696",
        "县梅花鹿良种场 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "西丰鹿茸 (二杠, 三杈, 等级, 地理标志): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 场长意见：``",
        sheets, t,
    )  # fmt: skip


def xifeng_checkpoint_register() -> dict:
    unit = f"{PLACE}公路动物卫生监督检查站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "班组", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "鞠锴淐", "leader", [
            ("对闯站车辆不追查、不上报", "岗位职责", "高", "闯站车辆信息当日报县监督所。"),
            ("消毒药品采购以次充好", "制度机制", "中", "消毒药品集中采购，入库验收。"),
        ]),
        ("检查一班", "班长", "訾蟠潏", "middle", [
            ("查证验物走过场，放行无证鹿只", "业务流程", "高", "查验全程视频记录，台账逐车登记。"),
        ]),
        ("检查一班", "检查员", "鞠玚鋆", "general", [
            ("收受货主好处费减免车辆消毒", "思想道德", "高", "消毒记录与视频比对，设举报箱。"),
            ("检查台账补记、漏记", "外部环境", "低", "台账每日班长签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "xifeng_checkpoint_register", "http://cgdy.org.cn/show-275990.html",
        "县公路动物卫生监督检查站 廉政风险点排查登记表, after the source's report on 指定通道 公路动物卫生监督检查站 "
        "(车辆消毒, 台账, 闯站): a title, 序号/班组 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xifeng_deer_centre_level_heads_in_cell(),
    xifeng_agriculture_bureau_two_sheets(),
    xifeng_animal_health_supervision_posts(),
    xifeng_disease_control_centre_cards(),
    xifeng_gengke_station_group_rows(),
    xifeng_liangquan_station_list(),
    xifeng_sika_breeding_farm_selfchecks(),
    xifeng_checkpoint_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch747-inbox"))
