"""The two-hundred-and-seventy-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's companies,
enforcement bodies and 服务中心, 德昌县 (a county of the 凉山彝族自治州 in the 安宁河谷, its staff Han,
Yi and Lisu) — its 交通运输综合行政执法大队, 文化市场综合行政执法大队 and 生态环境保护综合行政执法大队,
its 粮油购销有限责任公司, 城市建设发展集团有限公司 and 供排水有限责任公司, its 退役军人服务中心 and
公共资源交易服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单, 自查表 or 防控表 its staff typed
in WPS or Excel:

- the 交通运输综合行政执法大队's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``中队`` merged (大队领导, 路政中队, 运政中队, 法制股), ``岗位`` and ``姓名`` merged per person, the risk,
  ``…风险`` types, 高/中/低, the measures, a ``注：`` line and a 填表人/审核人/大队长 line;
- the 文化市场综合行政执法大队's 防控卡, one sheet a holder (tabs 大队长, 网络文化中队, 执法队员):
  ``姓　名 | … | 职　务 | …`` and ``所在中队 | … | 责任片区 | …`` above ``序号 | 工作环节 | 廉政风险点 |
  风险等级 | 防控措施``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``持卡人（签字）： | … | 大队长（签字）：``;
- the 生态环境保护综合行政执法大队's 排查表 对岗不对人: ``股室（中队）`` and ``岗位`` merged, a short
  ``风险点`` beside a long ``风险表现``, short types, ``一级/二级/三级``; no names; an 编制/审核/date line;
- the 粮油购销有限责任公司's 清单: ``部门`` merged, ``岗位`` and ``责任人`` merged per person, the
  risk, short types, ``一级风险/二级风险/三级风险``, the measures, a ``注：`` line;
- the 城市建设发展集团有限公司's file in two sheets: ``公司领导`` (``姓名 | 职务 | 分管工作``) and
  ``部门及子公司`` (``部门（子公司）`` merged, ``岗位`` and ``姓名`` merged per person), short types,
  ``高风险/中风险/低风险``;
- the 供排水有限责任公司's 自查表, one sheet a person (tabs named by the person): a label row ``姓　名 | 部　门 | 岗　位 | 填表时间``
  over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``, 高/中/低, no type column,
  ``本人签名： | … | 部门负责人：``;
- the 退役军人服务中心's 一览表: ``股室`` written on every row, ``岗位 | 责任人``, ``风险点 | 风险描述``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, a 制表/审核/date line.

One is harder:

- ``dechang_trading_center_numbered_cells``: the 公共资源交易服务中心's 防控表 typed the way a Word table
  is typed, ONE ROW A POST: ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, where the
  ``廉政风险点`` cell of a post lists its points NUMBERED INSIDE THE ONE CELL (``1.…⏎2.…⏎3.…``) and the
  ``风险等级`` cell beside it lists their levels under the SAME NUMBERS (``1.高⏎2.中⏎3.中``), as the
  ``防控措施`` cell lists the measures; a ``注：`` line says the three cells go together by number. A post
  with one point writes it without a number and its level alone (``中``). The README's 读得懂的表 knows a
  ``风险点：…⏎防控措施：…`` cell, a risk cell with its level in brackets and a row that writes several
  points in their own columns; it does not describe several points listed in one cell whose levels are
  listed, by the same numbers, in the next cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区 交通运输综合执法 ``五清`` 行动 —
非法营运, 查扣车辆, 出租车, 危险货物运输, 维修驾培, 路产路权, 大件运输 勘验, 治超; a 市文化市场综合执法
支队 — 网吧 责任到人 每日巡查, 夜间检查, 规避实名制, 接纳未成年人, 吊销许可证, 校园周边出版物, 网上巡查;
a 生态环境分局 — 自然保护地 专项执法检查, 联合执法, 双随机, 违法线索移交移送, 举报奖励; a 粮食购销 腐败
通报 — 政策性粮食收储、销售、轮换, 以陈顶新, 转圈粮, 托市收购, 骗补, 招标代理; a 城发集团纪委 — 项目巡查,
合同履约, 农民工工资发放, 项目进度, 整改通知函, 子公司内审; a 县水务集团 供配水工程 — 建设材料、设备质量,
招投标, 询价, 工程变更; a 审计局 — 退役军人 优抚资金发放, 军转安置, 服务体系; a 市公共资源交易中心 —
专家评委确定规则, 开标流程, 评标监管, 社会监督人员观摩) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, and Yi names as a 凉山 county's staff carry them); every unit is a
body of 德昌县.

Run ``python tests/published/score.py --set batch276`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each numbered item of a ``廉政风险点`` cell is a point of its own (its level the
  item of the same number in the ``风险等级`` cell); its ``risk_point`` is the item's text without its
  number (``1.``), as the 序号 of a row is not part of a point; a post with one unnumbered point has
  the cell's whole text; the ``注：`` and the 填报/审核 lines are no points;
- ``大队领导``, ``中心领导`` and ``公司领导`` (a 中队/股室/部门 cell, a card's 所在中队, a sheet ``公司领导``
  whose title names ``…集团有限公司领导班子``) are the 科室 of those leaders; a 大队's 中队 and 股, a 中心's
  股, a company's 部, 子公司 and 粮库 are 科室;
- every 大队, 中心 and company here is a unit of its own: 大队长, 副大队长, a 中心's 主任 and 副主任,
  董事长, 总经理 and 副总经理 are leaders; 中队长, 股长, 部长, 经理, 主任 of an 办公室 and 库主任 middle;
  the rest (执法队员, 保管员, 检验员, 会计, 出纳, 抄表员, 收费员, 经办员, 审核员, 见证员, 场地管理员)
  general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``工作环节``, ``分管工作``,
  ``责任片区`` and ``自查情况`` are no points and name no holder; the 生态环境 list names no person: its
  forms are posts (对岗不对人);
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级/二级/三级``, ``高/中/低``, ``一级风险/二级风险/三级风险`` and
  ``高风险/中风险/低风险`` are 1/2/3.

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

PREFIX = "b276_"
PLACE = "德昌县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
NUMBERED = re.compile(r"^\d+\.")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def numbered(items: list[str]) -> str:
    """One cell listing ``items`` as ``1.…⏎2.…``; a single item stands without its number."""
    if len(items) == 1:
        return items[0]
    return "\n".join(f"{i}.{item}" for i, item in enumerate(items, 1))


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(风险点, 等级, 防控措施)])
TRADING_POSTS = [
    ("中心领导", "主任", "巩澈屾", "leader", [
        ("对进场交易项目打招呼、插手干预", "高", "领导干部插手干预交易活动一律登记报告，季度向县纪委监委报备"),
        ("场内交易规则制定中为特定投标人设置门槛", "高", "交易规则经中心集体研究并公开征求意见"),
        ("大额支出不经集体研究", "中", "执行“三重一大”集体决策制度"),
    ]),
    ("交易股", "股长", "查沨祎", "middle", [
        ("开标前泄露投标人名称、数量等保密信息", "高", "投标人信息由系统加密，开标前任何人不得查询"),
        ("交易公告发布审核不严，公告内容带有倾向性条款", "中", "公告发布前双人审核，发现倾向性条款退回招标人"),
    ]),
    ("交易股", "见证员", "俄木阿依", "general", [
        ("开评标现场见证不到位，对评标专家私下交流不制止", "中", "见证全程录音录像，见证记录由社会监督人员签字"),
        ("专家抽取结果提前透露", "高", "专家抽取系统自动语音通知，抽取结果封存至开标前"),
        ("对招标人代表违规发表倾向性意见不记录", "中", "现场异常情况当场记录并书面报告监管部门"),
    ]),
    ("综合股", "场地管理员", "隆瑄翊", "general", [
        ("评标区封闭管理不严，无关人员进出", "中", "评标区门禁刷卡进出，通讯工具统一封存"),
    ]),
    ("综合股", "会计", "姒澍菡", "general", [
        ("投标保证金退还不及时或违规退付", "中", "保证金退付由系统按中标结果自动生成，会计与出纳分设"),
        ("交易服务费减免不按规定审批", "低", "减免事项报主任审批并按月公示"),
    ]),
]  # fmt: skip


def dechang_trading_center_numbered_cells() -> dict:
    unit = f"{PLACE}公共资源交易服务中心"
    sh = _Sheet("防控表", [6, 10, 12, 10, 44, 10, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 14}填报时间：2025年5月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, points) in enumerate(TRADING_POSTS, 1):
        sh.add(n, dept, post, who, numbered([p for p, _, _ in points]),
               numbered([lv for _, lv, _ in points]), numbered([m for _, _, m in points]))  # fmt: skip
        for point, lv, _measures in points:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：廉政风险点、风险等级、防控措施按序号一一对应；风险等级分高、中、低三级。", 7)
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "dechang_trading_center_numbered_cells", "http://xianning.cjyun.org/p/11383.html",
        "(harder) 县公共资源交易服务中心 岗位廉政风险防控表, after the source's 市公共资源交易中心 opening its 交易活动 to 人大代表、"
        "政协委员 and 政风督查员 (专家评委确定规则, 项目开标流程, 评标监管, 社会监督人员 观摩、监督): a title, a merged "
        "``填报单位：…　填报时间：2025年5月`` line, then 序号/股室 merged (中心领导, 交易股, 综合股)/岗位/姓名/廉政风险点/风险等级/"
        "防控措施 with ONE ROW A POST: the 廉政风险点 cell lists the post's points numbered ``1.…⏎2.…⏎3.…`` INSIDE ONE CELL, "
        "the 风险等级 cell lists their levels under the same numbers ``1.高⏎2.中⏎3.中``, the 防控措施 cell the measures; a "
        "post with one point writes it and its level (``中``) without a number; no type column; a merged ``注：`` line "
        "(the three cells go together by number) and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dechang_transport_enforcement_list() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年4月", 8)
    sh.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "蔺骞澍", "leader", [
            ("查扣车辆放行不经集体研究，个人决定提前放行", "制度机制风险", "高",
             "查扣车辆放行一律经大队案审会研究，放行审批单存档。"),
            ("对非法营运案件说情打招呼，降格处理", "思想道德风险", "高", "说情打招呼事项如实登记，按月报局纪检组。"),
        ]),
        ("大队领导", "副大队长", "沙马拉古", "leader", [
            ("专项整治行动方案、检查时间提前泄露", "岗位职责风险", "中", "行动方案保密，出发前临时确定检查点位。"),
        ]),
        ("路政中队", "中队长", "宓昶岳", "middle", [
            ("大件运输车辆勘验走过场，违规出具勘验意见", "业务流程风险", "高", "勘验两人以上到场，勘验影像资料上传系统。"),
            ("对损坏公路设施的赔偿数额随意减免", "岗位职责风险", "中", "赔偿按标准计算，减免报大队集体研究。"),
        ]),
        ("路政中队", "执法队员", "吉克木果惹", "general", [
            ("超限检测数据人为修改，对超限车辆不处罚", "外部环境风险", "高", "检测数据自动上传，不得人工录入。"),
            ("路域环境巡查发现违法占道不制止", "岗位职责风险", "低", "巡查轨迹留存，巡查日志每日上报。"),
        ]),
        ("运政中队", "中队长", "邶霁翾", "middle", [
            ("对出租车、网约车违规经营处罚畸轻畸重", "制度机制风险", "中", "严格执行交通运输行政裁量权基准。"),
            ("维修驾培市场检查中接受经营户宴请", "思想道德风险", "中", "签订廉洁执法承诺书，检查后发放廉洁回访卡。"),
        ]),
        ("运政中队", "执法队员", "訾芃芮", "general", [
            ("危险货物运输车辆检查发现问题不登记", "岗位职责风险", "中", "检查记录仪全程记录，问题清单当日录入。"),
        ]),
        ("法制股", "股长", "逯璟翀", "middle", [
            ("对证据不足、程序违法的案卷审核通过", "业务流程风险", "中", "法制审核意见书面留存，案卷季度评查。"),
            ("罚没款票据管理不严", "制度机制风险", "低", "罚缴分离，票据领用核销登记。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "dechang_transport_enforcement_list", "https://chinawznews.net/guonei/2022063083102.html",
        "县交通运输综合行政执法大队 岗位廉政风险防控一览表, after the source's 交通运输综合执法 ``五清`` 行动 (非法营运, 查扣车辆, "
        "出租车, 危险货物运输, 维修驾培, 路产路权 护航, 大件运输 勘验, 治超 利剑): ``附件1``, a title, a merged ``填报单位（盖章）"
        "：…　填报时间：2025年4月`` line, then 序号/中队 merged (大队领导, 路政中队, 运政中队, 法制股)/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def dechang_culture_enforcement_cards() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "敖沚泓", "大队长", "大队领导", "全县", "leader", [
            ("案件处理", "对网吧接纳未成年人案件说情打招呼，降格处理", "Ⅰ级", "案件处理意见经案审会集体研究。"),
            ("吊销许可建议", "对应吊销网络文化经营许可证的不提出建议", "Ⅱ级", "吊销建议经法制审核，结果公开。"),
            ("执法装备采购", "执法记录仪等装备采购指定供应商", "Ⅲ级", "装备采购三家以上比价，采购与验收分离。"),
        ]),
        ("网络文化中队", "冼瑭朔", "中队长", "网络文化中队", "德州街道、南山片区", "middle", [
            ("网吧日常巡查", "巡查中对规避实名制、使用双系统的网吧不查处", "Ⅰ级", "网吧巡查责任到人，夜间检查记录上传。"),
            ("网上巡查", "发现网上销售非法出版物线索不移交", "Ⅱ级", "网上巡查线索登记台账，移交情况每月通报。"),
            ("执法检查", "接受网吧业主宴请、充值卡", "Ⅱ级", "签订廉洁执法承诺书，检查两人以上。"),
        ]),
        ("执法队员", "海来拉作曲", "执法队员", "出版物市场中队", "校园周边", "general", [
            ("校园周边出版物检查", "检查前向书店通风报信", "Ⅱ级", "检查时间临行前确定，检查对象随机抽取。"),
            ("扣押物品管理", "扣押的非法出版物登记不全，私自处理", "Ⅲ级", "扣押物品当场开具清单，入库登记集中销毁。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, area, tier, points in cards:
        sh = _Sheet(tab, [6, 16, 34, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        sh.add("所在中队", dept, "责任片区", area, None)
        sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("持卡人（签字）：", None, "大队长（签字）：", None, "2025年4月")
        sheets.append(sh)
    return _layout(
        "dechang_culture_enforcement_cards", "https://luaninfo.com/laxw/zwxx/content_103692",
        "县文化市场综合行政执法大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 网络文化中队, 执法队员), after the source's "
        "市文化市场综合执法支队 (网吧 城区 责任到人 每日巡查, 联合检查、夜间检查, 规避实名制、双系统, 接纳未成年人, 吊销网络文化经营"
        "许可证, 校园周边出版物, 网上巡查): a title, ``姓　名 | … | 职　务 | …`` and ``所在中队 | … | 责任片区 | …``, then "
        "序号/``工作环节``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a blank row and ``持卡人（签字）： | "
        "大队长（签字）： | 2025年4月``",
        sheets, t,
    )  # fmt: skip


def dechang_eco_enforcement_posts() -> dict:
    unit = f"{PLACE}生态环境保护综合行政执法大队"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室（中队）", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead, field, law = "大队领导", "执法一中队", "法制审核股"
    rows = [
        (lead, "大队长", "leader", "重大案件处理", "对环境违法重大案件个人拍板，以罚代管",
         "制度机制", "一级", "重大案件集体讨论，讨论记录存档。"),
        (lead, "副大队长", "leader", "联合执法协调", "自然保护地联合执法中对关系企业打招呼", "思想道德", "一级",
         "联合执法对象“双随机”抽取，打招呼事项登记报告。"),
        (field, "中队长", "middle", "现场检查", "对自然保护地内违法排污、违规建设不如实记录", "岗位职责", "一级",
         "现场检查全程记录，检查笔录当事人签字确认。"),
        (field, "中队长", "middle", "线索移交", "违法线索不按规定移交移送", "业务流程", "二级",
         "线索登记编号，移交移送情况每月通报。"),
        (field, "执法队员", "general", "监测采样", "采样时调换样品或事先告知企业", "外部环境", "一级",
         "采样双人到场，样品现场封存签字。"),
        (field, "执法队员", "general", "整改复查", "整改未到位即出具复查合格意见", "岗位职责", "二级",
         "复查附现场照片，中队长复核。"),
        (law, "股长", "middle", "处罚裁量审核", "审核处罚裁量不严，畸轻畸重", "制度机制", "二级",
         "严格执行生态环境行政处罚裁量基准。"),
        (law, "股长", "middle", "举报奖励发放", "举报奖励审核把关不严，虚报冒领", "业务流程", "三级",
         "奖励名单集体审核，奖励发放公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：法制审核股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "dechang_eco_enforcement_posts", "http://lnmo20120705144641382752.lnmo.com.cn/news_60069.html",
        "县生态环境保护综合行政执法大队 廉政风险点排查表 对岗不对人, after the source's 生态环境分局 自然保护地 专项执法检查 (联合"
        "执法工作机制, 双随机、一公开, 违法线索移交移送, 举报奖励制度): a title, then 序号/``股室（中队）`` merged (大队领导, 执法"
        "一中队, 法制审核股)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; no names; an ``编制：法制审核股 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def dechang_grain_company_list() -> dict:
    unit = f"{PLACE}粮油购销有限责任公司"
    sh = _Sheet("风险清单", [6, 12, 10, 10, 40, 10, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "牟岍澂", "leader", [
            ("政策性粮食轮换出库、销售不经集体决策", "制度机制", "一级风险", "轮换方案经董事会研究，报县发展改革局备案。"),
            ("插手粮食业务招标代理机构选定", "外部环境", "一级风险", "招标代理机构公开比选，纪检人员全程监督。"),
        ]),
        ("购销部", "部长", "逄煜芗", "middle", [
            ("托市收购中压级压价、“转圈粮”套取差价", "思想道德", "一级风险", "收购价格挂牌公示，收购凭证逐笔核对。"),
            ("轮换中“以陈顶新”", "业务流程", "二级风险", "轮换粮食出入库检验，质量指标留样备查。"),
        ]),
        ("河西粮库", "库主任", "鄂洺骁", "middle", [
            ("库存数量不实，账实不符", "岗位职责", "一级风险", "每季度库存清查，账表卡实相符。"),
        ]),
        ("河西粮库", "保管员", "阿苦日作", "general", [
            ("出入库过磅数据弄虚作假", "业务流程", "二级风险", "过磅数据系统自动采集，不得手工修改。"),
            ("擅自动用储备粮", "制度机制", "一级风险", "储备粮动用须经公司批准并报主管部门。"),
        ]),
        ("质检中心", "检验员", "檀苡芃", "general", [
            ("收购检验中扣量扣价不公", "岗位职责", "二级风险", "检验结果当场告知售粮人，争议样品复检。"),
        ]),
        ("财务部", "会计", "鞠漪琰", "general", [
            ("虚报储粮费用补贴", "思想道德", "三级风险", "补贴申报与库存台账核对，审计部门抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "dechang_grain_company_list", "https://epaper.gmw.cn/wzb/html/2023-03/01/nw.D110000wzb_20230301_3-01.htm?div=-1",
        "县粮油购销有限责任公司 岗位廉洁风险防控清单, after the source's 粮食购销领域 腐败 通报 (政策性粮食收储、销售、轮换, 以陈"
        "顶新, 转圈粮, 托市收购, 骗补, 擅自动用, 招标代理): a title, then 序号/部门 merged (公司领导, 购销部, 河西粮库, 质检中心, "
        "财务部)/岗位 and ``责任人`` merged per person/廉洁风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dechang_urban_group_two_sheets() -> dict:
    unit = f"{PLACE}城市建设发展集团有限公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 10, 10, 18, 36, 10, 10, 32])
    _line(lead, f"{unit}领导班子廉洁风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("钭屺铭", "董事长", "主持集团全面工作", [
            ("重大项目投资、融资不经“三重一大”集体决策", "制度机制", "高风险", "重大事项经党委会前置研究、董事会决策。"),
            ("为特定关系人承揽集团工程项目打招呼", "思想道德", "高风险", "插手干预事项登记报告，工程项目公开招标。"),
        ]),
        ("曲木拉且", "副总经理", "分管工程管理部、交投公司", [
            ("工程变更、签证审批把关不严", "业务流程", "中风险", "变更签证经监理、跟踪审计、集团三方会签。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "公司领导", post, who, "leader", point, types_in(typ), BANDS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    staff = _Sheet("部门及子公司", [6, 14, 10, 10, 36, 10, 10, 32])
    _line(staff, f"{unit}部门及子公司岗位廉洁风险防控表", 8)
    staff.add(
        "序号", "部门（子公司）", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("工程管理部", "部长", "缑澔翎", "middle", [
            ("合同履约检查走过场，对施工单位转包分包不纠正", "岗位职责", "高风险", "合同履约情况季度检查，问题下发整改通知函。"),
            ("农民工工资发放监管不到位", "外部环境", "中风险", "工资专户管理，发放情况现场抽查。"),
        ]),
        ("工程管理部", "现场管理员", "宗霈岷", "general", [
            ("隐蔽工程验收不到场即签字", "业务流程", "中风险", "隐蔽工程验收影像留存，验收单双人签字。"),
        ]),
        ("财务部", "出纳", "卜渼汐", "general", [
            ("工程款支付不按审批单执行", "制度机制", "中风险", "支付凭审批单、合同和结算资料办理，U盾分人保管。"),
            ("银行账户资金挪用", "思想道德", "高风险", "银行对账单由会计按月核对，定期盘点。"),
        ]),
        ("交投公司", "经理", "揭湛岿", "middle", [
            ("砂石材料采购询价不实", "业务流程", "中风险", "询价不少于三家，询价记录存档。"),
            ("内审发现问题整改不落实", "岗位职责", "低风险", "内审整改清单销号管理，集团纪委跟踪督办。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, typ, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(staff, first, 1, 2, 3)
    _line(staff, "注：风险等级分为高风险、中风险、低风险。", 8)
    staff.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "dechang_urban_group_two_sheets",
        "http://paper.taizhou.com.cn/taizhou/tzrb/pc/content/202308/24/content_181721.html",
        "县城市建设发展集团有限公司 廉洁风险防控表 in two sheets, after the source's 城发集团纪委 with its 交投公司 纪检联络员 "
        "(项目巡查, 合同履约, 农民工工资发放, 项目进度, 整改通知函, 子公司内审整改): ``公司领导`` — a title ``…集团有限公司领导班子"
        "廉洁风险防控表``, 序号/``姓名 | 职务 | 分管工作`` merged per leader/廉洁风险点/风险类型 (short names)/风险等级/防控措施; "
        "``部门及子公司`` — a title, 序号/``部门（子公司）`` merged (工程管理部, 财务部, 交投公司)/岗位 and 姓名 merged per person/"
        "廉洁风险点/风险类型/风险等级/防控措施, a ``注：`` line and a 填表人/审核人/date line; levels ``高风险/中风险/低风险``",
        [lead, staff], t,
    )  # fmt: skip


def dechang_water_supply_selfchecks() -> dict:
    unit = f"{PLACE}供排水有限责任公司"
    t = _Truth(unit)
    people = [
        ("阙沄溥", "公司领导", "总经理", "leader", [
            ("供水管网工程招投标设置倾向性条件", "高", "招标文件经法律顾问审核，评标纪检人员监督。", "未发现问题"),
            ("工程变更不经集体研究", "高", "变更超过合同价5%的经总经理办公会研究。", "已落实"),
        ]),
        ("仉峤澜", "工程部", "部长", "middle", [
            ("建设材料、设备进场验收把关不严", "高", "材料进场抽样送检，验收与采购分离。", "已落实"),
            ("询价记录不全，询价对象少于三家", "中", "询价不少于三家并留存书面记录。", "已整改"),
            ("工程量签证虚增", "中", "签证双人现场计量，结算送审。", "未发现问题"),
        ]),
        ("勒格阿呷", "营业所", "抄表员", "general", [
            ("估抄、漏抄，为熟人少计水量", "中", "抄表照片上传系统，营业所按月抽查。", "未发现问题"),
            ("代收现金水费不及时入账", "低", "推行线上缴费，现金当日解缴。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓　名", "部　门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "部门负责人：", None, None)
        sheets.append(sh)
    return _layout(
        "dechang_water_supply_selfchecks", "http://www.jiashan.gov.cn/art/2022/12/22/art_1229250583_59047010.html",
        "县供排水有限责任公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's 县纪委县监委 "
        "派驻组 with the 县水务集团纪委 at a 供配水工程 (建设材料、设备质量, 招投标, 询价, 工程变更, 靠水吃水): a title, a label row "
        "``姓　名 | 部　门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no "
        "type column; a blank row and ``本人签名： | 部门负责人：``",
        sheets, t,
    )  # fmt: skip


def dechang_veterans_center_list() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 20, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "茹芑谦", "leader", "优抚资金拨付审批", "未核实发放名册即签批拨付优抚资金", "★★★",
         "资金拨付经办、审核、审批三级签字，大额拨付集体研究。"),
        ("中心领导", "主任", "茹芑谦", "leader", "服务站建设补助", "村级服务站建设补助分配不公", "★★",
         "补助分配方案公示，接受监督。"),
        ("优抚股", "股长", "狄泠熠", "middle", "优抚对象认定", "对不符合条件的人员认定为优抚对象", "★★★",
         "认定材料逐项核实，认定结果公示。"),
        ("优抚股", "经办员", "吉则拉莫", "general", "定期抚恤金发放", "死亡人员未及时停发，抚恤金被冒领", "★★★",
         "每月与公安、殡葬数据比对，发现异常立即停发。"),
        ("优抚股", "经办员", "吉则拉莫", "general", "生活补助发放", "虚增补助人数，套取补助资金", "★★",
         "补助名册与户籍、参战信息核对，社会化发放。"),
        ("安置股", "股长", "那岱霖", "middle", "军转安置", "安置岗位分配中优亲厚友", "★★",
         "安置计划和结果公开，按考试考核成绩选岗。"),
        ("安置股", "股长", "那岱霖", "middle", "就业创业扶持", "创业补贴申报审核不严", "★",
         "补贴申报实地核查，补贴名单公示。"),
        ("综合股", "会计", "冀昀潆", "general", "专项资金核算", "专项资金挤占挪用", "★★",
         "专款专用，审计部门年度审计。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("制表：综合股", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "dechang_veterans_center_list", "http://wap.sanmani.com/oldweb/n4/n21/c139656/content.html",
        "县退役军人服务中心 岗位廉政风险防控一览表, after the source's 审计局 checking 退役军人 优抚安置 (优抚资金发放, 军转安置, "
        "退役军人服务体系建设): a title, then 序号/股室/岗位/``责任人`` written on EVERY row (no merges)/a short 风险点/a long "
        "风险描述/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and a ``制表：综合股 | "
        "审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dechang_trading_center_numbered_cells(),
    dechang_transport_enforcement_list(),
    dechang_culture_enforcement_cards(),
    dechang_eco_enforcement_posts(),
    dechang_grain_company_list(),
    dechang_urban_group_two_sheets(),
    dechang_water_supply_selfchecks(),
    dechang_veterans_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch276-inbox"))
