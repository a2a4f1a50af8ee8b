"""The eight-hundred-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry
and fruit-tree (林果, 核桃) bodies, 泽普县 (of 喀什地区, 新疆维吾尔自治区) — its 林业和草原局, 林果业发展中心,
核桃产业服务站, 金湖杨景区管理处, 奎依巴格乡林业站, 森林病虫害防治检疫站 and 退耕还林工程管理站 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 林果业发展中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低;
  no names;
- the 核桃产业服务站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 主要职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 金湖杨景区管理处's 责任清单 under GROUP ROWS ``一、处领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 奎依巴格乡林业站's 自查表, one sheet a person: a label row ``姓　名 | 所在单位 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 森林病虫害防治检疫站's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 退耕还林工程管理站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zepu_forestry_enforcement_level_refs``: the 林业和草原综合行政执法大队's 岗位廉政风险点排查表, an ordinary
  list (``序号 | 职务 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 职务 and 姓名 merged per person) whose
  ``风险等级`` cells are written out only where a grade first appears; the later rows of the same
  grade write a REFERENCE to an earlier row instead of the grade — ``同第1项``, ``同序号2``,
  ``同第3项`` — so a row's level is the level written in the row it names. The README's 读得懂的表
  knows ``同上``/``〃`` (the row above), ``（下同）`` over blank cells, ``同序号N`` in the 科室/岗位/
  责任人 cells and in the point cell (the point of row N); it does not describe a LEVEL cell that
  names another row by its 序号.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 保护发展森林资源目标责任制考核办法;
a 核桃之乡 林业局's report on 核桃经济林 and 良种; a county's 核桃 planted under 退耕还林 policy; a
泽普 金湖杨 景区 feature; a 镇's 核桃 合作社 drying and selling its harvest; a 政策性森林保险 方案;
an 油茶林 补偿 standard; a 还林复耕 standard) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
谷 and 郁 with rare given names); every unit is a body of 泽普县.

Run ``python tests/published/score.py --set batch886`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a level cell ``同第N项`` / ``同序号N`` gives the row the level written in row N
  (every reference names a row above that writes its grade out); the ``注：`` line and the
  sign-off line are no points;
- ``局领导``, ``处领导``, ``站领导`` (a 股室 cell, a group row, a 部门 cell) are the 科室 of those leaders;
  the 林业和草原局's leaders (sheet ``局领导``, no 科室 column), the cards' people and the self-check
  sheets' people (a 所在单位, no 科室) have no 科室; a 局's 股, a 中心's and a 站's 科/组 are 科室;
- 局长, 副局长, 主任 of a 中心, 站长, 副站长, 处长, 大队长 and 副大队长 are leaders; 股长, 科长 and 组长
  middle; the rest general;
- ``分管工作``, ``主要职责``, ``自查情况`` and ``填表时间`` are no points and name no holder; the
  林果业发展中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b886_"
PLACE = "泽普县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
REF = re.compile(r"^同(?:第|序号)(\d+)项?$")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (职务, 姓名, tier, [(廉政风险点, 风险等级 as written, 防控措施)])
ENFORCERS = [
    ("大队长", "谷翛沅", "leader", [
        ("重大林业行政处罚案件不经集体讨论，个人决定处罚结果", "一级", "重大案件经局案审委员会集体讨论，讨论记录存档。"),
        ("对毁林开垦核桃园、红枣园的案件以罚代刑，应移送不移送", "一级", "涉嫌犯罪案件一律移送公安机关，移送台账备查。"),
        ("执法人员调配和执法车辆使用优亲厚友", "二级", "执法任务按片区轮岗派遣，车辆使用登记。"),
    ]),
    ("副大队长", "郁骢岚", "leader", [
        ("林木采伐、运输检查中对违法行为视而不见", "同第1项", "检查实行双人执法，执法记录仪全程记录。"),
        ("罚没木材、核桃苗木处置不按规定公开拍卖", "同序号2", "罚没物品统一登记，委托公共资源交易中心处置。"),
        ("案件查办中接受当事人宴请、礼品", "三级", "签订廉洁执法承诺书，节前廉洁提醒。"),
    ]),
    ("执法队员", "谷珺澂", "general", [
        ("现场勘验笔录、占用林地面积测量弄虚作假", "同第3项", "勘验两人以上在场，测量数据当事人签字确认。"),
        ("向违法当事人通风报信", "同第6项", "执法信息专人管理，泄密追责。"),
    ]),
]  # fmt: skip


def zepu_forestry_enforcement_level_refs() -> dict:
    unit = f"{PLACE}林业和草原综合行政执法大队"
    sh = _Sheet("排查表", [6, 10, 10, 42, 11, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    written: dict[int, int] = {}
    n = 0
    for post, who, tier, points in ENFORCERS:
        for point, shown, measures in points:
            n += 1
            sh.add(n, post, who, point, shown, measures)
            ref = REF.match(shown)
            level = written[int(ref.group(1))] if ref else GRADES[shown]
            written[n] = level
            t.point(sh.name, "", post, who, tier, point, [], level)
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 6)
    sh.add("填表人：", None, "审核人：", None, "大队长（签字）：", None)
    return _layout(
        "zepu_forestry_enforcement_level_refs",
        "https://www.zhetiaohe.com/ss/7ae0d09f9881aaf919a07060d79d7ceda143219bcf9c9d22.html",
        "(harder) 县林业和草原综合行政执法大队 岗位廉政风险点排查表, after the source's 还林复耕标准 (毁林开垦, 占用林地, "
        "恢复植被): a title, a merged 填报单位 line, then 序号/职务/姓名 (merged per person)/廉政风险点/风险等级/防控措施; "
        "the 风险等级 cell written out (``一级/二级/三级``) only where a grade first appears, the later rows naming an "
        "earlier row instead (``同第1项``, ``同序号2``, ``同第3项``, ``同第6项``), a row's level the level written in "
        "the row it names; no type column; a ``注：`` line and a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zepu_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 40, 9, 34])
    _line(lead, f"{unit}局领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郁昶瀛", "局长", "主持全面工作", [
            ("森林资源保护发展目标责任制考核打分不实，考核流于形式", "一级",
             "考核由局党组集体评定，考核结果向县林长办报备。"),
            ("林果提质增效项目资金分配个人说了算", "一级", "项目资金分配经局党组会研究，分配结果公示。"),
        ]),
        ("谷湉翀", "副局长", "分管林政资源、森林防火", [
            ("林木采伐许可审核中放宽条件、超限额审批", "一级", "采伐指标网上公开，超限额一律不予审核。"),
            ("占用林地现场查验走过场", "二级", "查验两人以上到场，影像资料留存。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("林政资源股", "股长", "郁霈璟", "middle", "森林资源年度考核数据统计弄虚作假", "一级",
         "考核数据与森林督查图斑逐一比对。"),
        ("林政资源股", "股长", "郁霈璟", "middle", "林权流转登记审核把关不严", "二级", "流转合同经村民代表会议通过方可登记。"),
        ("林政资源股", "股员", "谷岍澍", "general", "生态护林员考勤和补助发放不实", "二级", "护林员巡护轨迹与补助发放挂钩。"),
        ("计划财务股", "股长", "郁璆沨", "middle", "造林绿化项目资金拨付不按进度", "一级", "资金拨付凭项目验收单，报账三级审核。"),
        ("计划财务股", "会计", "谷翾岑", "general", "差旅费、会议费报销审核不严", "三级", "报销单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zepu_forestry_bureau_two_sheets",
        "https://abg.baidu.com/tags/wgr3xjfxulk3tsnnyhlnpswuwtcl7mpk2tymrtwwy273zowlwdwlpkbawgr3xjgxzlkljnoe23mnfkwq2q16",
        "县林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's 保护发展森林资源目标责任制考核办法 (考核, 森林资源, "
        "目标责任): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zepu_fruit_center_posts() -> dict:
    unit = f"{PLACE}林果业发展中心"
    sh = _Sheet("排查表", [6, 12, 12, 42, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "核桃、红枣良种苗木采购指定供苗单位", "制度机制风险", "高",
         "苗木采购进入公共资源交易平台，良种来源可追溯。"),
        ("技术推广科", "科长", "middle", "林果技术培训人数、天数虚报冒领补助", "岗位职责风险", "中",
         "培训签到、照片和考试记录存档，补助发放到人。"),
        ("技术推广科", "技术员", "general", "低产核桃园改造验收面积不实", "业务流程风险", "高",
         "验收抽查面积不少于三成，验收结果公示。"),
        ("技术推广科", "技术员", "general", "嫁接换优技术服务中向农户收取费用", "思想道德风险", "低",
         "技术服务免费公示，设立举报电话。"),
        ("综合科", "出纳", "general", "项目资金支付不按合同约定", "业务流程风险", "中", "资金支付凭合同和验收单，双人复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "zepu_fruit_center_posts",
        "https://agrisci.alljournals.cn/view_abstract.aspx?aid=968E75515E4D6E75F13D0AC8936E5B13&pcid=03F54A49DE00578AA0E5DDF5BC021AA7",
        "县林果业发展中心 岗位廉政风险点排查表 对岗不对人, after the source's 核桃之乡 林业局 report (核桃经济林, 良种, 丘陵区 "
        "农民增收): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zepu_walnut_station_cards() -> dict:
    unit = f"{PLACE}核桃产业服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "谷沄琤", "站长", "主持服务站全面工作，负责核桃良种推广和收购市场服务", "leader", [
            ("核桃良种补贴对象确定优亲厚友", "★★★", "补贴对象村级公示，乡镇审核后上报。"),
            ("核桃收购价格信息发布中与收购商串通", "★★★", "价格信息由县发改部门会商后发布。"),
            ("接受核桃加工企业宴请、礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("技术员", "郁澹屹", "技术员", "负责核桃病虫害防治技术指导和修剪培训", "general", [
            ("防治药剂发放登记不实，私自截留", "★★", "药剂发放到户签字，发放台账公示。"),
            ("修剪培训补助发放不到人", "★★", "补助通过惠农一卡通发放。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "zepu_walnut_station_cards", "https://t.cric.cn/cms/lk/32024.html",
        "县核桃产业服务站 岗位廉政风险防控卡, one sheet a person, after the source's county 核桃产业 under 退耕还林 policy "
        "(核桃栽植面积, 年产量, 重点乡收入): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zepu_jinhuyang_scenic_group_rows() -> dict:
    unit = f"{PLACE}金湖杨景区管理处"
    sh = _Sheet("责任清单", [6, 10, 10, 42, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("处长", "郁珝霂", "leader", [
                ("景区经营摊位、观光车经营权发包不公开", "一级风险", "经营权发包进入公共资源交易平台公开竞价。"),
                ("胡杨节等节会活动承办单位指定", "一级风险", "活动承办单位比选确定，结果公示。"),
            ]),
        ]),
        ("二、票务科", "票务科", [
            ("科长", "谷瀚岐", "middle", [
                ("门票收入截留、坐支", "二级风险", "票款每日解缴，电子票务系统对账。"),
            ]),
            ("售票员", "郁铧琬", "general", [
                ("违规减免门票或放人情票", "二级风险", "减免凭证登记，闸机数据与售票数据核对。"),
                ("重复使用纸质门票", "三级风险", "纸质票检票即作废，定期抽查。"),
            ]),
        ]),
        ("三、资源保护科", "资源保护科", [
            ("科长", "谷淏岱", "middle", [
                ("胡杨林管护合同验收不严", "二级风险", "管护成效季度检查，验收双人签字。"),
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
        "zepu_jinhuyang_scenic_group_rows", "https://m.fx361.cc/news/2023/1221/23177583.html",
        "县金湖杨景区管理处 廉政风险防控责任清单, after the source's feature on 金湖杨 景区 (胡杨节, 旅游文化节, 景区创5A): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、处领导``, ``二、票务科``, ``三、资源保护科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zepu_kuyibage_station_selfchecks() -> dict:
    unit = f"{PLACE}奎依巴格乡林业站"
    t = _Truth(unit)
    people = [
        ("郁琰澄", "站长", "leader", [
            ("核桃园林下种植补助面积核查不实", "Ⅰ级", "面积逐户丈量，村级公示七日。", "已落实"),
            ("林果合作社扶持资金申报把关不严", "Ⅱ级", "申报材料乡党委会研究，报县林草局审核。", "未发现问题"),
        ]),
        ("谷昉汐", "林业员", "general", [
            ("核桃烘干设备补贴名单弄虚作假", "Ⅰ级", "补贴名单与购机发票逐一核对。", "已落实"),
            ("生态护林员巡护记录代签", "Ⅲ级", "巡护轨迹手机定位，每月抽查。", "已落实"),
            ("造林苗木验收数量不实", "Ⅱ级", "苗木验收村干部和农户代表共同签字。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在单位", "岗　位", "填表时间", None)
        sh.add(who, unit, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "乡党委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zepu_kuyibage_station_selfchecks", "http://paper.zhushan.cn/Html/2014-10-16/3365.html",
        "乡林业站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇 核桃 合作社 "
        "(核桃基地, 专业合作社, 烘干, 挂果试产): a title, a label row ``姓　名 | 所在单位 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 乡党委意见：``",
        sheets, t,
    )  # fmt: skip


def zepu_pest_quarantine_list() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 42, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "郁屺琮", "leader", "林业有害生物防治药剂、器械采购收受回扣", "制度机制", "高风险",
         "采购按政府采购程序，验收三人以上参加。"),
        ("站领导", "站长", "郁屺琮", "leader", "政策性森林保险灾害定损中协助虚报损失", "外部环境", "中风险",
         "定损会同保险机构、乡镇现场核查，结果公示。"),
        ("检疫科", "科长", "谷翃湘", "middle", "核桃苗木调运检疫证书违规开具", "岗位职责", "高风险",
         "检疫证书网上开具，现场查验影像留存。"),
        ("检疫科", "检疫员", "郁珣岷", "general", "产地检疫走过场，只收费不检疫", "业务流程", "中风险",
         "产地检疫两人以上，检疫记录当事人签字。"),
        ("测报科", "测报员", "谷潆翙", "general", "病虫害发生面积测报数据不实", "思想道德", "低风险",
         "测报数据与监测点记录比对，按月抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "zepu_pest_quarantine_list",
        "http://beijing.baogaosu.com/yongyu/%E5%B9%BF%E8%A5%BF%E5%A3%AE%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8C%BA%E6%94%BF%E7%AD%96%E6%80%A7%E6%A3%AE%E6%9E%97%E4%BF%9D%E9%99%A9%E5%AE%9E%E6%96%BD%E6%96%B9%E6%A1%88/2855777",
        "县森林病虫害防治检疫站 岗位廉政风险防控一览表, after the source's 政策性森林保险实施方案 (灾害定损, 理赔, 病虫害): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def zepu_returning_farmland_register() -> dict:
    unit = f"{PLACE}退耕还林工程管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "谷岙珩", "leader", [
            ("退耕还林补助资金兑付名单审定把关不严", "制度机制", "一级", "兑付名单经乡、村两级公示后审定。"),
            ("退耕地块核桃经济林验收标准放宽", "岗位职责", "二级", "验收按株数、成活率逐块核定。"),
        ]),
        ("工程管理组", "组长", "郁喆淇", "middle", [
            ("退耕地块面积核实弄虚作假", "业务流程", "一级", "面积核实采用卫星图斑比对。"),
        ]),
        ("工程管理组", "技术员", "谷骁澐", "general", [
            ("补植补造苗木数量虚报", "业务流程", "二级", "补植苗木到户签收，技术员现场拍照。"),
            ("向农户索要好处费", "思想道德", "三级", "公开举报电话，开展回访。"),
        ]),
        ("综合组", "出纳", "郁暄岫", "general", [
            ("补助资金未通过一卡通直接发放", "制度机制", "一级", "补助资金一律通过惠农一卡通发放。"),
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
        "zepu_returning_farmland_register", "https://gaozikeng.com/news/t/油茶林补偿国家标准.html",
        "县退耕还林工程管理站 廉政风险点排查登记表, after the source's 油茶林 补偿 standard (补偿标准, 林地, 经济林): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zepu_forestry_enforcement_level_refs(),
    zepu_forestry_bureau_two_sheets(),
    zepu_fruit_center_posts(),
    zepu_walnut_station_cards(),
    zepu_jinhuyang_scenic_group_rows(),
    zepu_kuyibage_station_selfchecks(),
    zepu_pest_quarantine_list(),
    zepu_returning_farmland_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch886-inbox"))
