"""The eight-hundred-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's fishery and
lake bodies, 博湖县 (of 巴音郭楞蒙古自治州, 新疆) on 博斯腾湖 — its 农业农村局, 渔业管理站, 水产技术推广站,
湿地保护站, 渔政执法大队, 博斯腾湖景区管理处 and 渔业发展服务中心 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short names),
  ``一级/二级/三级``;
- the 渔业管理站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged ``主要职责`` line,
  高/中/低, no type column, a ``注：`` line and 持卡人（签字）;
- the 水产技术推广站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 湿地保护站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, no names, ``风险类别`` ``…风险``,
  ``高风险/中风险/低风险``;
- the 渔政执法大队's 自查表, one sheet a person: a label row ``姓　名 | 所在中队 | 岗　位 | 填表时间`` over a
  row of values, ``★★★/★★/★`` read by a ``注：`` line, ``自查情况``;
- the 博斯腾湖景区管理处's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, types, 高/中/低, a 填表人/审核人 line;
- the 渔业发展服务中心's workbook in TWO SHEETS ``中心领导`` (``姓名 | 职务`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``bohu_fishing_port_station_json_export``: the 渔政渔港监督管理站's 廉政风险排查 collected through a
  小程序 and EXPORTED as it came: one row a submission (``记录ID | 提交时间 | 人员信息 | 风险点 |
  风险类别 | 风险等级 | 防控措施 | 状态``), no title, and the holder only in a ``人员信息`` cell holding the
  form's person field as a JSON object, ``{"单位":"…","部门":"…","岗位":"…","姓名":"…"}`` (keys in
  Chinese, double quotes, no spaces). The README's 读得懂的表 knows a per-row ``填报信息`` cell of labelled
  ``提交人：…｜职务：…`` pairs split by ``｜``/``；``/``/``/new lines, a long-form ``记录编号 | 字段 | 内容``
  export, a 问卷星 export with ``┋``-joined options and an organisation path ``单位 > 科室 > 岗位 > 姓名``;
  it says nothing of a JSON object in a cell (braces, quoted keys and values, ``,`` between pairs).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 法治 report on 博湖县 依法治湖 —
湿地, 芦苇, 水位, 生态补水; a report on 博斯腾湖 禁渔期 — 驻点巡护, 流动巡护, 巡护站点, 非法捕捞; a 检察院
case study of 渔船 油补 — 审批检验, 船检, 证书, 红包; a 法制日报 report on 燃油补贴 窝案 — 渔政渔港监督
管理站站长, 虚假船舶证书, 补贴申报; a 水产站 发放 物化补贴 to 科技示范户 — 先签字后领取; a 市农业农村局
page on 休闲渔业 and 设施渔业 补助 — 先建后补, 验收后拨付; an encyclopedia page on 博斯腾湖 — 5A景区,
大湖区/小湖区, 芦苇; a 新华社 report on 博斯腾湖 “人放天养” — 增殖放流, 禁渔期专项治理, 渔业执法) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 佘 and 滑 with rare given names); every unit is a body of
博湖县.

Run ``python tests/published/score.py --set batch874`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is a point of the person its ``人员信息`` JSON names (``部门`` the 科室,
  ``岗位`` the post, ``姓名`` the holder; ``单位`` the unit), with the row's level and type; one form a
  person; ``记录ID``, ``提交时间`` and ``状态`` are no points and name no holder; ``站领导`` is the 科室 of
  the 站长 as a 处室 cell would be;
- ``站领导``, ``队领导``, ``局领导`` (a group row, a 所在中队 cell, a 科室 cell) are the 科室 of those
  leaders; the cards' and the 中心领导 sheet's leaders have no 科室; a 局's 股, a 站's 股 and a 队's 中队
  are 科室;
- 局长, 副局长, 站长, 副站长, 大队长, 副大队长, 主任, 副主任, 处长, 副处长 are leaders; 股长, 中队长 and a
  科室's 科长 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import json
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b874_"
PLACE = "博湖县"
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


def person_json(unit: str, dept: str, post: str, who: str) -> str:
    """The 小程序's person field as it is exported: a JSON object, Chinese keys, no spaces."""
    return json.dumps({"单位": unit, "部门": dept, "岗位": post, "姓名": who},
                      ensure_ascii=False, separators=(",", ":"))  # fmt: skip


# (部门, 岗位, 姓名, tier, [(风险点, 风险类别, 风险等级, 防控措施)])
PORT_PEOPLE = [
    ("站领导", "站长", "佘湑澴", "leader", [
        ("渔业油价补贴申报材料审核把关不严，为虚假船舶出具证明", "岗位职责", "高",
         "补贴申报实行船籍、船检、作业“三核对”，名单公示十个工作日。"),
        ("渔船更新改造项目验收中接受船主宴请、红包", "思想道德", "高", "验收组随机抽取，验收结论集体签字。"),
    ]),
    ("渔船检验股", "验船师", "滑沄浥", "general", [
        ("渔船年度检验不上船实地查验，以资料代检验", "业务流程", "高", "检验全程拍照留档，检验报告双人签字。"),
        ("渔船主机功率核定弄虚作假", "岗位职责", "中", "主机功率以铭牌和拓印为准，复核抽查。"),
        ("为报废渔船继续出具检验证书", "制度机制", "中", "报废渔船信息与船籍登记系统每月比对。"),
    ]),
    ("渔港管理股", "股长", "佘汭珹", "middle", [
        ("渔港码头泊位安排优亲厚友、收取好处费", "外部环境", "中", "泊位安排按登记先后，公开张贴。"),
        ("禁渔期渔船进出港登记不实，放任偷捕渔船出港", "业务流程", "高", "禁渔期封港登记，视频监控留存三个月。"),
        ("渔港设施维修零星采购不比价", "制度机制", "低", "零星采购三家比价，站务会审定。"),
    ]),
]  # fmt: skip


def bohu_fishing_port_station_json_export() -> dict:
    unit = f"{PLACE}渔政渔港监督管理站"
    sh = _Sheet("导出数据", [10, 18, 46, 40, 10, 9, 36, 8])
    t = _Truth(unit)
    sh.add("记录ID", "提交时间", "人员信息", "风险点", "风险类别", "风险等级", "防控措施", "状态")
    rid = 2025061001
    minute = 12
    for dept, post, who, tier, points in PORT_PEOPLE:
        for point, typ, lv, measures in points:
            stamp = f"2025-06-10 15:{minute:02d}:37"
            sh.add(
                rid, stamp, person_json(unit, dept, post, who), point, typ, lv, measures, "已提交"
            )
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
            rid += 1
            minute += 3
    return _layout(
        "bohu_fishing_port_station_json_export", "http://customkitchencountertop.com/politics/2020-08/25/c_1126410393.htm",
        "(harder) 县渔政渔港监督管理站 廉政风险排查 collected through a 小程序 and exported as it came, after the source's "
        "新华社 report on 博斯腾湖 “人放天养” (禁渔期专项治理, 增殖放流, 渔业执法): no title, a one-row heading ``记录ID | "
        "提交时间 | 人员信息 | 风险点 | 风险类别 | 风险等级 | 防控措施 | 状态``, one row a submission, the holder only in the "
        "``人员信息`` cell as a JSON object ``{\"单位\":…,\"部门\":…,\"岗位\":…,\"姓名\":…}``; 高/中/低, short types",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bohu_agriculture_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "滑澥岿", "leader", [
            ("渔业油价补贴资金分配方案个人说了算", "制度机制", "一级", "分配方案经局党组会研究，报县财政局备案。"),
            ("为亲友承包博斯腾湖养殖水面打招呼", "思想道德", "二级", "水面发包进入县公共资源交易中心。"),
        ]),
        ("渔业股", "股长", "佘瀼琀", "middle", [
            ("渔业捕捞许可证审核发放不按条件", "岗位职责", "一级", "许可证审核双人审核，发放结果公开。"),
            ("油补申报名单与实有渔船不符仍上报", "业务流程", "一级", "申报名单与船籍、船检信息逐船核对。"),
        ]),
        ("渔业股", "股员", "滑淯峣", "general", [
            ("渔民补贴信息录入随意改动", "业务流程", "二级", "信息录入留痕，每季度抽查比对。"),
        ]),
        ("计划财务股", "会计", "佘渃琎", "general", [
            ("渔业项目资金拨付不见验收单据", "制度机制", "二级", "资金拨付凭验收报告和公示材料。"),
            ("接受项目单位礼品", "外部环境", "三级", "签订廉洁承诺书，节前提醒。"),
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
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "bohu_agriculture_bureau_list", "http://news.fjsen.com/2014-08/28/content_14771688_2.htm",
        "县农业农村局 岗位廉政风险防控一览表, after the source's 法制日报 report on 燃油补贴 窝案 (虚假船舶证书, 补贴申报, "
        "渔政渔港监督管理站): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def bohu_fishery_station_cards() -> dict:
    unit = f"{PLACE}渔业管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "滑湲珷", "站长", "主持全站工作，分管渔船油补审核", "leader", [
            ("渔船油补审核中收受船主“红包”", "高", "油补审核结果集体研究，名单公示。"),
            ("渔船“非转渔”审批不按规定", "高", "审批材料逐项核查，报县农业农村局备案。"),
            ("参加渔民、渔业企业宴请", "低", "严守中央八项规定精神。"),
        ]),
        ("副站长", "佘漭玙", "副站长", "分管渔船检验、拆解监督", "leader", [
            ("渔船拆解监督不到现场，出具虚假拆解证明", "高", "拆解现场两人以上监督，全程拍照。"),
            ("渔船检验登记证明材料审核不严", "中", "检验材料交叉复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 10, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        _line(sh, "注：风险等级分高、中、低三级。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "bohu_fishery_station_cards", "http://nmgjcy.changpu3d.com/cms/html/wzxt/qczj_1969_2291.html",
        "县渔业管理站 廉政风险防控卡, one sheet a leader, after the source's 检察院 case study of 渔船 油补 (审批检验, 船检, "
        "拆解监督, “非转渔”, 红包): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then 序号/风险点/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def bohu_aquatic_extension_group_rows() -> dict:
    unit = f"{PLACE}水产技术推广站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "滑涴璁", "leader", [
                ("科技示范户遴选暗箱操作、优亲厚友", "Ⅰ级", "示范户遴选条件公开，名单公示。"),
                ("物化补贴鱼苗采购指定供苗单位", "Ⅰ级", "鱼苗采购三家比价，站务会审定。"),
            ]),
        ]),
        ("二、技术推广股", "技术推广股", [
            ("股长", "佘溧珽", "middle", [
                ("物化补贴发放不签字即领取，虚报发放数量", "Ⅱ级", "先签字后领取，发放清单存档。"),
            ]),
            ("技术员", "滑潆岨", "general", [
                ("示范户技术指导记录弄虚作假", "Ⅱ级", "指导记录附现场照片，每季度抽查。"),
                ("向养殖户推销指定渔药、饲料", "Ⅲ级", "签订承诺书，公开监督电话。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("出纳", "佘澔琡", "general", [
                ("推广项目经费报销票据不实", "Ⅱ级", "报销单据经办人、审核人、审批人三签。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "bohu_aquatic_extension_group_rows", "http://cloudnativeplanet.com/News/1258526.html",
        "县水产技术推广站 廉政风险防控责任清单, after the source's 水产站 发放物化补贴 to 渔业科技示范户 (调查实际需求, 采购渔用"
        "物资, 先签字后领取): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、技术推广股``, ``三、综合股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def bohu_wetland_station_posts() -> dict:
    unit = f"{PLACE}湿地保护站"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "湿地生态补水项目建设单位选定不经集体研究", "制度机制风险", "高风险",
         "项目建设单位依法招标，站务会集体研究。"),
        ("站领导", "站长", "leader", "芦苇收割承包合同违规签订、低价发包", "岗位职责风险", "高风险",
         "芦苇收割承包公开竞价，合同经法律顾问审查。"),
        ("保护管理股", "股长", "middle", "湿地占用审核意见出具随意", "岗位职责风险", "中风险",
         "占用审核实行现场踏勘、集体会审。"),
        ("保护管理股", "巡护员", "general", "对违规开垦湖滨湿地行为发现不报", "思想道德风险", "中风险",
         "巡护轨迹实时上传，问题台账逐月销号。"),
        ("保护管理股", "巡护员", "general", "收受放牧、割苇人员好处，放任破坏湿地", "外部环境风险", "高风险",
         "巡护两人一组，定期轮换巡护区域。"),
        ("综合股", "会计", "general", "湿地生态效益补偿资金发放对象审核不严", "业务流程风险", "低风险",
         "补偿对象村组公示、乡镇审核、站里复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "bohu_wetland_station_posts", "http://fzzx.org.cn/show-685692.html",
        "县湿地保护站 岗位廉政风险点排查表 对岗不对人, after the source's 法治 report on 博湖县 依法治湖 (湿地消失, 芦苇, 水位, "
        "生态补水): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类别 ``…风险``/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def bohu_fishery_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}渔政执法大队"
    t = _Truth(unit)
    people = [
        ("滑瀞珝", "队领导", "副大队长", "leader", [
            ("禁渔期非法捕捞案件以罚代刑、降格处理", "★★★", "案件移送标准上墙，重大案件集体讨论。", "已落实"),
            ("罚没渔获物、渔具处置不登记", "★★", "罚没物品登记造册，公开拍卖或销毁。", "已落实"),
        ]),
        ("佘沩璇", "一中队", "中队长", "middle", [
            ("驻点巡护站点值守脱岗、虚报巡护记录", "★★", "巡护打卡定位，视频抽查。", "未发现问题"),
            ("向非法捕捞人员通风报信", "★★★", "夜间巡护路线临时确定，执法记录仪全程开启。", "已落实"),
        ]),
        ("滑浛琪", "流动巡护中队", "执法队员", "general", [
            ("现场执法不出示证件、不开具票据", "★★", "亮证执法，罚款票据统一开具。", "已落实"),
            ("接受渔民宴请、土特产", "★", "签订廉洁执法承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "大队意见：", None, None)
        sheets.append(sh)
    return _layout(
        "bohu_fishery_enforcement_selfchecks", "https://www.cctv-cmpany.net/nav9/58558.html",
        "县渔政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on "
        "博斯腾湖 禁渔期 (驻点巡护+流动巡护, 6个巡护站点, 非法捕捞, 深夜巡护): a title, a label row ``姓　名 | 所在中队 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; "
        "no type column; ``本人签名： | 大队意见：``",
        sheets, t,
    )  # fmt: skip


def bohu_bosten_scenic_list() -> dict:
    unit = f"{PLACE}博斯腾湖景区管理处"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "佘泂珦", "leader", "景区游船、观光车经营权发包不公开", "制度机制", "高",
         "经营权发包公开招标，合同报县文旅局备案。"),
        ("处领导", "副处长", "滑洑璘", "leader", "大湖区码头改造工程变更签证把关不严", "业务流程", "高",
         "变更签证经监理、跟踪审计共同确认。"),
        ("票务科", "科长", "佘洧岷", "middle", "门票优惠、免票审批随意", "岗位职责", "中",
         "优惠免票凭证件登记，每日报表核对。"),
        ("票务科", "售票员", "滑溆珰", "general", "售票款截留、票款不符", "业务流程", "中",
         "电子票务系统出票，票款每日解缴。"),
        ("经营管理科", "科长", "佘濂琤", "middle", "景区商铺摊位分配收受好处", "外部环境", "中",
         "摊位分配公开抽签，结果公示。"),
        ("经营管理科", "管理员", "滑澶珉", "general", "对商户欺客宰客投诉压案不查", "思想道德", "低",
         "投诉登记台账，限时办结回访。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级按高、中、低填写。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "处长（签字）：", None, None)
    return _layout(
        "bohu_bosten_scenic_list", "https://twwiki.net/wiki/6kgmyrlgq2omg3.html",
        "县博斯腾湖景区管理处 岗位廉政风险防控一览表, after the source's encyclopedia page on 博斯腾湖 (5A级旅游景区, 大湖区/"
        "小湖区, 芦苇): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/处长（签字） line",
        [sh], t,
    )  # fmt: skip


def bohu_fishery_service_two_sheets() -> dict:
    unit = f"{PLACE}渔业发展服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 40, 10, 34])
    _line(lead, f"{unit}领导班子廉政风险防控清单", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("佘湦瑢", "主任", [
            ("设施渔业建设项目补助对象确定不经集体研究", "一级风险", "补助对象经中心办公会研究并公示。"),
            ("休闲渔业项目“先建后补”验收走过场", "一级风险", "验收邀请财政、审计部门参加。"),
        ]),
        ("滑沘瑭", "副主任", [
            ("标准化池塘改造面积核定虚增", "二级风险", "改造面积实地丈量，影像存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("科室", [6, 12, 9, 9, 40, 10, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控清单", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("项目管理科", "科长", "佘漩玥", "middle", "补助资金拨付不按验收结论", "一级风险", "拨付凭验收报告，财务复核。"),
        ("项目管理科", "科长", "佘漩玥", "middle", "项目申报材料审核把关不严", "二级风险", "申报材料两级审核。"),
        ("项目管理科", "科员", "滑淓珲", "general", "项目档案资料补做、改动", "三级风险", "档案专人管理，借阅登记。"),
        ("综合科", "会计", "佘淦岜", "general", "专项资金核算不清、挪用", "二级风险", "专账核算，定期对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "bohu_fishery_service_two_sheets", "http://smsnyj.sm.gov.cn/xxgk/zcfg/ddt/202504/t20250418_2116239.htm",
        "县渔业发展服务中心 廉政风险防控清单 in TWO SHEETS, after the source's 市农业农村局 page on 休闲渔业 and 设施渔业 补助 "
        "(先建后补, 标准化池塘, 验收后拨付): sheet 中心领导 with 姓名/职务 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bohu_fishing_port_station_json_export(),
    bohu_agriculture_bureau_list(),
    bohu_fishery_station_cards(),
    bohu_aquatic_extension_group_rows(),
    bohu_wetland_station_posts(),
    bohu_fishery_enforcement_selfchecks(),
    bohu_bosten_scenic_list(),
    bohu_fishery_service_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch874-inbox"))
