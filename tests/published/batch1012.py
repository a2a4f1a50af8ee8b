"""The one-thousand-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 太子参, 漂流 and 云台山 bodies of one county, 施秉县 (黔东南州,
贵州省) — the 县文体广电旅游局, the 县中药材产业发展中心, the 牛大场镇人民政府, the 县杉木河景区管理处, the
县云台山世界自然遗产管理局, the 县农业农村局, the 县水务局 and the 县文物管理所 — each handing back the
一览表, 排查表, 清单, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 中药材产业发展中心's 责任清单: ``科室 | 岗位 | 责任人`` on every row, ``…风险`` types, ``一级/二级/三级``;
- the 牛大场镇人民政府's 清单 under group rows ``一、镇领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``, no type column;
- the 杉木河景区管理处's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, 高/中/低, no type column;
- the 云台山世界自然遗产管理局's 排查表 under ``附件1``: a merged 填报单位 line, ``股室 | 岗位 | 姓名`` on every
  row, short types under ``风险类别``, ``高风险/中风险/低风险``;
- the 农业农村局's 自查表, one sheet a person: ``姓　名 | 所在股室 | 职　务 | 自查日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``;
- the 水务局's 清单 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文物管理所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, short
  types, ``一级/二级/三级``.

One is harder:

- ``shibing_tourism_risk_values``: the 文体广电旅游局's 一览表 ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 风险值 | 防控措施`` with NO level column: the ``风险值`` cells write the product of the two
  assessed factors (``3×3=9``, ``2*2=4``, ``可能性2×影响3=6``), a ``注：`` line under the table giving the
  range of each level (``风险值≥6为一级，3—5为二级，1—2为三级``). docs/layouts.md knows a ``风险评分``
  column of plain scores banded by a note (``LEVEL_BY_SCORE_CELLS``: ``7.5/10``, ``72分``), a score then
  the level in brackets (``LEVEL_AFTER_SCORE``) and the factors in columns of their own
  (``LEVEL_BY_FACTORS``: ``L | E | C``, ``D=L×E×C``); not one cell writing the factors' product as a
  sum worked out. A probe before building showed every such cell LEVEL_UNKNOWN.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
壹斗眷 and 吐伏卢 with rare given names); every unit is a body of 施秉县.

Run ``python tests/published/score.py --set batch1012`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the band of the product (the number after ``=``) in the note's
  ranges; the factors are no level of their own, no point and no measures;
- ``局领导``, ``中心领导``, ``处领导``, ``所领导`` and ``镇领导`` are the 科室 of the leaders; the 牛大场镇's
  group rows (``二、财政所``, ``三、农业服务中心``) are 科室 of the 镇; 局长, 副局长, 主任 (of the 中心), 处长,
  所长 (of the 文物管理所), 镇长 and 镇党委书记 are leaders; 股长, 科长 and 所长 (of the 镇's 财政所)
  middle; the rest general;
- ``自查情况`` and ``自查日期`` are no points; the 水务局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/二级风险/三级风险``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级``
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

PREFIX = "b1012_"
PLACE = "施秉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
# the harder file's note: the range of the product for each level
BANDS = ((6, 9, 1), (3, 5, 2), (1, 2, 3))


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def factors_and_value(cell: str) -> tuple[int, int, int]:
    """The two factors and the product a harder cell writes: ``可能性2×影响3=6`` → (2, 3, 6)."""
    m = re.fullmatch(r"(?:可能性)?(\d)\s*[×*]\s*(?:影响)?(\d)=(\d)", cell)
    assert m, cell
    return int(m[1]), int(m[2]), int(m[3])


def band_of(value: int) -> int:
    """The level the note's ranges give a product."""
    return next(lv for lo, hi, lv in BANDS if lo <= value <= hi)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, 廉政风险点, 风险类型, 风险值 as written: the factors' product, 防控措施)
TOURISM_ROWS = [
    ("局领导", "局长", "壹斗眷翾", "leader", "杉木河漂流经营权招标干预评标", "岗位职责风险",
     "3×3=9", "经营权公开招标，评标全程录像。"),
    ("局领导", "局长", "壹斗眷翾", "leader", "接受旅游企业宴请、礼金", "思想道德风险",
     "2×3=6", "严守廉洁纪律，重大事项报告。"),
    ("局领导", "副局长", "吐伏卢澂沨", "leader", "云台山景区门票收入核对不实", "制度机制风险",
     "2*2=4", "门票收入日清月结，系统对账。"),
    ("市场管理股", "股长", "吐伏卢翀", "middle", "旅游市场执法随意减免处罚", "业务流程风险",
     "可能性2×影响3=6", "处罚集体审议，结果公开。"),
    ("市场管理股", "股长", "吐伏卢翀", "middle", "星级农家乐评定把关不严", "岗位职责风险",
     "3×1=3", "评定两人现场核查，结果公示。"),
    ("办公室", "科员", "壹斗眷琰湉", "general", "节庆活动经费报销审核不严", "制度机制风险",
     "1×2=2", "报销票据逐张审核，分管领导签字。"),
    ("办公室", "科员", "壹斗眷琰湉", "general", "办公用品采购不比价", "业务流程风险",
     "1×1=1", "采购三家比价，出入库登记。"),
]  # fmt: skip
NOTE = (
    "注：风险值＝发生可能性×影响程度（各按1—3分评定），表中写出两项分值及其乘积；"
    "风险值≥6为一级，3—5为二级，1—2为三级。"
)


def shibing_tourism_risk_values() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 16, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险值", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, value, measures) in enumerate(TOURISM_ROWS, 1):
        sh.add(n, dept, post, who, point, typ, value, measures)
        level = band_of(factors_and_value(value)[2])
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), level)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, NOTE, 8)
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, "2025年6月", None)
    return _layout(
        "shibing_tourism_risk_values", "https://gz.cri.cn/n/20241211/ce2563b1-a81c-ce28-2b52-bf779ce4a8ce.html",
        "(harder) 县文体广电旅游局 岗位廉政风险防控一览表, after the source's account of the 施秉云台山 (世界自然遗产, "
        "白云岩喀斯特, 五指峰): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "NO level column but ``风险值`` written as the two factors' PRODUCT worked out (``3×3=9``, ``2*2=4``, "
        "``可能性2×影响3=6``)/防控措施; a ``注：`` line giving each level's range of the product "
        "(``风险值≥6为一级，3—5为二级，1—2为三级``); 填表人/审核人/局长（签字）",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shibing_herb_centre_duty_list() -> dict:
    unit = f"{PLACE}中药材产业发展中心"
    sh = _Sheet("责任清单", [6, 14, 12, 12, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "吐伏卢璆", "leader", "太子参种苗补助分配暗箱操作", "岗位职责风险", "一级",
         "补助分配集体研究，名单公示。"),
        ("中心领导", "主任", "吐伏卢璆", "leader", "接受药材收购商吃请、礼品", "思想道德风险", "二级",
         "严守廉洁纪律，重大事项报告。"),
        ("产业发展科", "科长", "壹斗眷湉珩", "middle", "规范化种植基地验收把关不严", "业务流程风险", "一级",
         "验收两人到场，影像留存。"),
        ("产业发展科", "科员", "吐伏卢霂", "general", "交易中心入驻商户资格审核走过场", "制度机制风险", "三级",
         "资格审核材料存档，月度抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    return _layout(
        "shibing_herb_centre_duty_list", "https://movement.gzstv.com/news/detail/A0P4L",
        "县中药材产业发展中心 廉政风险防控责任清单, after the source's report of 施秉太子参 (牛大场镇 万亩药田, "
        "地理标志, 交易中心): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


def shibing_niudachang_town_group_rows() -> dict:
    unit = f"{PLACE}牛大场镇人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "壹斗眷沄琤", "leader", [
                ("太子参产业园项目资金使用个人说了算", "一级风险", "项目资金经镇党政联席会研究。"),
                ("药材交易市场摊位分配打招呼", "二级风险", "摊位分配公开抽签。"),
            ]),
        ]),
        ("二、财政所", "财政所", [
            ("所长", "吐伏卢珈瑗", "middle", [
                ("村级财务代理记账把关不严", "一级风险", "村账镇代管，凭证两人审核。"),
            ]),
            ("会计", "壹斗眷瀞", "general", [
                ("耕地地力保护补贴名单审核不实", "二级风险", "名单入户核实并公示。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("技术员", "吐伏卢澍", "general", [
                ("中药材种植面积核验走过场", "二级风险", "核验结果镇村两级复核。"),
                ("农资发放登记不实", "三级风险", "发放登记群众签字确认。"),
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
    sh.add("填表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "shibing_niudachang_town_group_rows", "http://dzb.qdnrbs.cn/szb/pc/202109/16/c168583.html",
        "牛大场镇人民政府 廉政风险防控责任清单 under GROUP ROWS, after the source's report of the 镇's 太子参 "
        "(五万余亩, 规范化种植, 交易市场): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、镇领导``, ``二、财政所``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def shibing_shanmuhe_office_list() -> dict:
    unit = f"{PLACE}杉木河景区管理处"
    sh = _Sheet("一览表", [6, 16, 10, 12, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "吐伏卢璇翊", "leader", "漂流船只采购指定供应商", "高", "采购按政府采购程序，集体决策。"),
        ("处领导", "处长", "吐伏卢璇翊", "leader", "景区经营摊点出租优亲厚友", "中", "摊点出租公开竞价。"),
        ("票务科", "科长", "壹斗眷瑄", "middle", "夜漂门票截留、少报收入", "中", "票款日清日结，两人核对。"),
        ("安全救护科", "科员", "吐伏卢沚", "general", "救生员聘用接受请托", "低", "聘用考核公开，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 7)
    return _layout(
        "shibing_shanmuhe_office_list", "http://www.zhxpm.cn/html/2011/lys_0525/42170.shtml",
        "县杉木河景区管理处 岗位廉政风险防控一览表, after the source's account of the 杉木河 (自助漂流, 蛇冲, 紫荆关) "
        "and 云台山 for the 端午 holiday: a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险等级 "
        "高/中/低/防控措施; no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def shibing_heritage_bureau_screening() -> dict:
    unit = f"{PLACE}云台山世界自然遗产管理局"
    sh = _Sheet("排查表", [6, 14, 12, 12, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "壹斗眷璇", "leader", "遗产地保护工程验收打招呼", "思想道德", "高风险",
         "工程验收集体研究，结果公示。"),
        ("保护监测股", "股长", "吐伏卢瀛", "middle", "遗产地违法建设巡查瞒报", "岗位职责", "高风险",
         "巡查记录上报，交叉复核。"),
        ("保护监测股", "股长", "吐伏卢瀛", "middle", "监测设备运维费用审核不严", "业务流程", "中风险",
         "运维费用按合同审核。"),
        ("办公室", "科员", "壹斗眷澜", "general", "宣传品印制不比价", "制度机制", "低风险",
         "印制三家比价，留档备查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "shibing_heritage_bureau_screening", "https://shuzizhou.com/lvyougonglue/7122.html",
        "县云台山世界自然遗产管理局 廉政风险点排查表, after the source's guide to 施秉's sights (云台山世界自然遗产地, "
        "金刀峡, 舞阳河): ``附件1``, a title, a merged 填报单位/填报日期 line, 序号/股室/岗位/姓名 on EVERY row/"
        "廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def shibing_agriculture_selfchecks() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    people = [
        ("壹斗眷翙", "局领导", "副局长", "leader", [
            ("中药材产业扶持资金分配优亲厚友", "高", "扶持对象公示，集体研究分配。", "已落实"),
            ("农产品质量检测结果打招呼", "中", "检测结果系统留痕。", "未发现问题"),
        ]),
        ("吐伏卢渼", "种植业股", "技术员", "general", [
            ("太子参种植面积统计弄虚作假", "中", "统计数据实地抽查。", "已落实"),
            ("接受种植大户宴请", "低", "签订廉洁承诺，定期谈话提醒。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "自查日期", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shibing_agriculture_selfchecks", "http://www.qdn.cn/html/2010/sb_0722/17838.shtml",
        "县农业农村局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report "
        "of the 牛大场镇 中药材批发市场 and the 太子参 prices: a title, a label row ``姓　名 | 所在股室 | 职　务 | "
        "自查日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def shibing_water_bureau_posts() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("水利工程股", "工程管理岗", "general", "山塘水库除险加固验收弄虚作假", "业务流程风险", "Ⅰ级",
         "验收组集体验收，资料存档。"),
        ("水利工程股", "工程管理岗", "general", "工程变更签证把关不严", "岗位职责风险", "Ⅱ级", "变更集体审核。"),
        ("河湖管理股", "河道管理岗", "general", "河道采砂许可收受好处", "思想道德风险", "Ⅰ级", "许可审批两人审核。"),
        ("河湖管理股", "河道管理岗", "general", "河道保洁考核走过场", "制度机制风险", "Ⅱ级", "考核结果公示。"),
        ("办公室", "财务岗", "general", "项目资金拨付不按进度", "外部环境风险", "Ⅲ级", "资金拨付按合同、进度审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "shibing_water_bureau_posts", "https://www.dmdbkk.cn/html_5/kasitedimao/600/list/1.html",
        "县水务局 岗位廉政风险防控清单 对岗不对人, after the source's guide to 施秉's rivers (杉木河夜漂, 舞阳河, "
        "喀斯特秘境): a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def shibing_relics_office_cards() -> dict:
    unit = f"{PLACE}文物管理所"
    t = _Truth(unit)
    cards = [
        ("吐伏卢翯", "所长", "主持全面工作，分管古城墙保护修缮", "leader", [
            ("古城墙修缮工程干预选定施工单位", "思想道德", "一级", "工程公开招标，干预登记报告。"),
            ("文物保护经费使用个人说了算", "岗位职责", "二级", "经费使用集体研究，按季公开。"),
        ]),
        ("壹斗眷霁", "科员", "文物征集、库房保管", "general", [
            ("征集文物定价随意", "业务流程", "二级", "定价由鉴定小组集体议定。"),
            ("库房文物出入库登记不实", "制度机制", "三级", "出入库两人登记，季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签名：", None, "所长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "shibing_relics_office_cards", "https://gzqdsb.6345.cn/news-378694.html",
        "县文物管理所 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's three "
        "days in 施秉 (明清 古城墙, 㵲阳河, 苗年): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, "
        "then 序号/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; 持卡人签名/所长签名",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shibing_tourism_risk_values(),
    shibing_herb_centre_duty_list(),
    shibing_niudachang_town_group_rows(),
    shibing_shanmuhe_office_list(),
    shibing_heritage_bureau_screening(),
    shibing_agriculture_selfchecks(),
    shibing_water_bureau_posts(),
    shibing_relics_office_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1012-inbox"))
