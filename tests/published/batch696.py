"""The six-hundred-and-ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 街道 and
社区 bodies, 红山区 (of 赤峰市, 内蒙古) — its 西屯街道办事处, 永巨街道社区服务中心, 综合行政执法队,
退役军人服务站, 站前街道办事处, 桥北街道社区服务中心 and 长青街道办事处 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed, and one harder:

- ``hongshan_hadaxiang_twin_bands``: the 哈达街道办事处's 科室廉政风险点对照表, ONE ROW A 科室 LINE:
  ``科室`` on the left, then TWO holder bands side by side in the same rows, ``科室主任`` merged over
  ``姓名 | 廉政风险点 | 风险等级`` and ``工作人员`` merged over ``姓名 | 廉政风险点 | 风险等级``; each
  band's 姓名 merged down over the 科室's rows, the shorter band's cells left ``/``. The post is the
  band heading, the 科室 the row's. The README's 读得懂的表 knows bands with the holder merged ABOVE,
  one holder's two point bands, tables printed in two halves; it does not describe two holders'
  bands side by side sharing one 科室 column, each with its own 姓名 column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 堪 and 东门
with rare given names); every unit is a body of 红山区.

Run ``python tests/published/score.py --set batch696`` and do not tune the reader against it.

Judgement calls: in the harder file the band heading is the post, ``/`` is no point; ``一级/二级/三级``,
高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` are 1/2/3; 主任, 书记, 队长, 站长 are
leaders (街道 主任 of a 科室 middle), the rest general; the 排查表 names no person (对岗不对人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b696_"
PLACE = "红山区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SLASH = "/"


def _per_person(sh: _Sheet, first: int, dept, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

BANDS = ("科室主任", "工作人员")
# (科室, (主任 name, [(point, lv)]), (工作人员 name, [(point, lv)]))
HADA = [
    ("党政办公室", ("堪翀霂", [
        ("公务接待超标准列支", "二级"),
        ("办公用品采购不比价", "二级"),
    ]), ("东门沅翃", [
        ("公车加油卡私用", "三级"),
        ("会议费报销凭证不实", "二级"),
        ("档案借阅不登记", "三级"),
    ])),
    ("社会事务办公室", ("东门岍澍", [
        ("低保审核对关系户降低标准", "一级"),
        ("临时救助资金审批把关不严", "一级"),
    ]), ("堪琇翾", [
        ("高龄津贴名单不及时核减", "二级"),
    ])),
    ("城市管理办公室", ("堪霈沨", [
        ("老旧小区改造项目指定施工队", "一级"),
        ("环卫保洁合同验收走过场", "二级"),
    ]), ("东门瑄湉", [
        ("门前三包检查收受商户好处", "二级"),
        ("占道经营整治选择性执法", "二级"),
    ])),
]  # fmt: skip


def hongshan_hadaxiang_twin_bands() -> dict:
    unit = f"{PLACE}哈达街道办事处"
    sh = _Sheet("对照表", [14, 9, 32, 9, 9, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}科室廉政风险点对照表", 7)
    r = sh.add("科室", BANDS[0], None, None, BANDS[1], None, None)
    sh.add(None, "姓名", "廉政风险点", "风险等级", "姓名", "廉政风险点", "风险等级")
    sh.merge(r, 0, r + 1, 0)
    sh.merge(r, 1, r, 3)
    sh.merge(r, 4, r, 6)
    for dept, (boss, bpts), (clerk, cpts) in HADA:
        first = len(sh.rows)
        n = max(len(bpts), len(cpts))
        for i in range(n):
            left = bpts[i] if i < len(bpts) else (SLASH, SLASH)
            right = cpts[i] if i < len(cpts) else (SLASH, SLASH)
            top = i == 0
            sh.add(
                dept if top else None, boss if top else None, *left, clerk if top else None, *right
            )
        for point, lv in bpts:
            t.point(sh.name, dept, BANDS[0], boss, "middle", point, [], GRADES[lv])
        for point, lv in cpts:
            t.point(sh.name, dept, BANDS[1], clerk, "general", point, [], GRADES[lv])
        if n > 1:
            for c in (0, 1, 4):
                sh.merge(first, c, first + n - 1, c)
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高；“/”为无。", 7)
    sh.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "hongshan_hadaxiang_twin_bands", "https://www.shznews.com/2025/06/16/9917954.html",
        "(harder) 区哈达街道办事处 科室廉政风险点对照表, after the source's 红山街道 (网格化, 社区, 党建引领): one row a 科室 "
        "line, ``科室`` merged down, then two holder bands side by side, ``科室主任`` and ``工作人员`` each merged over "
        "``姓名 | 廉政风险点 | 风险等级``, each 姓名 merged down over the 科室's rows, the shorter band ``/``; "
        "``一级/二级/三级``, a ``注：`` line and a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hongshan_xitun_list() -> dict:
    unit = f"{PLACE}西屯街道办事处"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "堪澂岚", "leader", "重大事项未经党工委会集体研究", "一级", "落实“三重一大”集体决策。"),
        ("街道领导", "主任", "堪澂岚", "leader", "干预社区工程项目发包", "一级", "插手干预一律登记报告。"),
        ("财政所", "所长", "东门霂棠", "middle", "专项资金拨付不按进度", "二级", "资金拨付凭验收单会签。"),
        ("财政所", "会计", "堪沅霁", "general", "虚列支出套取资金", "二级", "支出凭证双人审核。"),
        ("平安建设办公室", "科员", "东门璘溪", "general", "矛盾调解偏袒一方", "三级", "调解过程记录存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, lv, m)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：党政办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "hongshan_xitun_list", "http://nxjlz.yj.gov.cn/art/2020/6/30/art_1363992_49476863.html",
        "区西屯街道办事处 岗位廉政风险防控一览表, after the source's 清廉村居 (社区, 公示栏, 职责分工): ``附件1``, a "
        "title, 科室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``, no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def hongshan_enforcement_posts() -> dict:
    unit = f"{PLACE}综合行政执法队"
    sh = _Sheet("排查表", [6, 12, 12, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "中队", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "leader", "重大处罚案件不经集体讨论", "制度机制风险", "高", "重大案件法制审核、集体讨论。"),
        ("一中队", "中队长", "middle", "违法建设查处降格处理", "岗位职责风险", "高", "查处结果公示，全程记录。"),
        ("一中队", "执法队员", "general", "暂扣物品不登记、私自处理", "业务流程风险", "中", "暂扣物品入库登记。"),
        ("一中队", "执法队员", "general", "接受当事人宴请", "思想道德风险", "低", "签订廉洁执法承诺书。"),
        ("二中队", "中队长", "middle", "渣土运输检查放宽标准", "外部环境风险", "中", "检查双人、执法记录仪全程。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, m)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "hongshan_enforcement_posts", "http://www.rd.yuexiu.gov.cn/yxrd/jdgz/zxbg/20221013/detail-233935.shtml",
        "区综合行政执法队 岗位廉政风险点排查表 对岗不对人, after the source's 街道综合行政执法 (处罚权下放, 执法平台): "
        "中队 and 岗位 merged, ``…风险`` types, 高/中/低, no names",
        [sh], t,
    )  # fmt: skip


def hongshan_veterans_cards() -> dict:
    unit = f"{PLACE}退役军人服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "东门湜翾", "站长", "主持服务站全面工作", "leader", [
            ("困难退役军人帮扶对象认定优亲厚友", "★★★", "帮扶名单集体研究并公示。"),
            ("走访慰问金发放不到户", "★★", "慰问金打卡发放。"),
        ]),
        ("工作人员", "堪昉湉", "工作人员", "信息采集和优抚对象服务", "general", [
            ("优抚对象信息采集弄虚作假", "★★", "信息采集本人签字确认。"),
            ("光荣牌悬挂登记收取费用", "★", "公开监督电话。"),
            ("泄露退役军人个人信息", "★★", "信息系统分级授权。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, m) in enumerate(items, 1):
            sh.add(i, point, stars, m)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "hongshan_veterans_cards", "https://www.dutenews.com/p/176483.html",
        "区退役军人服务站 防控卡, one sheet a person, after the source's 街道退役军人服务站 (优先窗口, 信息采集, 光荣牌): "
        "``姓　名 | … | 职　务 | …``, a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def hongshan_yongju_selfchecks() -> dict:
    unit = f"{PLACE}永巨街道社区服务中心"
    t = _Truth(unit)
    people = [
        ("堪沨璟", "中心领导", "主任", "leader", [
            ("社区公益项目资金使用不公开", "Ⅰ级", "资金使用居务公开。", "已落实"),
            ("便民服务场地出租不公开", "Ⅱ级", "出租集体研究并公示。", "已落实"),
        ]),
        ("东门霆瑄", "服务窗口", "窗口工作人员", "general", [
            ("办理事项吃拿卡要", "Ⅱ级", "窗口一次性告知、评价器评价。", "已落实"),
            ("居住证明违规出具", "Ⅰ级", "证明出具入户核实。", "未发现问题"),
            ("代办事项收取费用", "Ⅲ级", "代办免费公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, m, found) in enumerate(points, 1):
            sh.add(i, point, lv, m, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hongshan_yongju_selfchecks", "https://ms.ccedn.com.cn/news/item/20251217NMRBJRQLL.html",
        "区永巨街道社区服务中心 自查表, one sheet a person, after the source's 清廉社区 (阳光监督, 惠民资金): a label row "
        "over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column",
        sheets, t,
    )  # fmt: skip


def hongshan_zhanqian_group_rows() -> dict:
    unit = f"{PLACE}站前街道办事处"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、街道领导", "街道领导", [("党工委书记", "东门琰澍", "leader", [
            ("选人用人个人说了算", "高风险", "干部任用集体研究。"),
            ("社区换届选举干预", "中风险", "换届全程纪检监督。"),
        ])]),
        ("二、经济发展办公室", "经济发展办公室", [("主任", "堪珣霁", "middle", [
            ("招商引资优惠政策落实不公", "高风险", "优惠政策公开兑现。"),
            ("接受企业礼品", "低风险", "严守纪律。"),
            ("统计数据弄虚作假", "中风险", "数据逐级审核。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, m in points:
                n += 1
                sh.add(n, post, who, point, lv, m)
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "hongshan_zhanqian_group_rows", "https://hantai.qinfeng.gov.cn/info/1004/1472.htm",
        "区站前街道办事处 责任清单 under group rows ``一、街道领导``, ``二、经济发展办公室``; 岗位/姓名 merged per person; "
        "``高风险/中风险/低风险``, after the source's 廉政文化进社区 (社区, 承诺, 评选)",
        [sh], t,
    )  # fmt: skip


def hongshan_qiaobei_register() -> dict:
    unit = f"{PLACE}桥北街道社区服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "东门岍翊", "leader", [
            ("社区活动经费虚报冒领", "岗位职责", "一级", "经费报销附活动影像。"),
            ("物资发放不登记", "制度机制", "二级", "物资发放签字登记。"),
        ]),
        ("网格服务部", "部长", "堪澍峤", "middle", [
            ("网格员考核打分不公", "业务流程", "二级", "考核结果公示。"),
        ]),
        ("网格服务部", "网格员", "东门瀛珂", "general", [
            ("入户走访信息造假", "业务流程", "三级", "走访记录抽查回访。"),
            ("向居民索要好处费", "岗位职责", "二级", "公开监督电话。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, m in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, m)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "hongshan_qiaobei_register", "http://www.zgwg.gov.cn/contents/20755/362796.html",
        "区桥北街道社区服务中心 排查登记表: a 填报单位 line, 部门 merged, 岗位/姓名 merged per person, short 风险类别, "
        "``一级/二级/三级``, a ``注：`` line, after the source's 红山街道 创文 (社区, 志愿者, 执法中队)",
        [sh], t,
    )  # fmt: skip


def hongshan_changqing_two_sheets() -> dict:
    unit = f"{PLACE}长青街道办事处"
    t = _Truth(unit)
    lead = _Sheet("街道领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}街道领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    for i, (who, post, point, lv, m) in enumerate([
        ("堪霆翊", "主任", "社区“三资”处置未经民主程序", "一级", "三资处置经居民代表会议。"),
        ("堪霆翊", "主任", "征收补偿面积审核把关不严", "二级", "补偿结果张榜公示。"),
    ], 1):  # fmt: skip
        lead.add(i, who, post, point, lv, m)
        t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, 2, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("民生服务办公室", "主任", "东门翊淏", "middle", "残疾人补贴审核不严", "一级", "补贴对象入户核查。"),
        ("民生服务办公室", "科员", "东门璟泱", "general", "医保代缴名单造假", "二级", "名单与系统比对。"),
        ("民生服务办公室", "科员", "东门璟泱", "general", "就业援助岗位安排优亲厚友", "三级", "公益岗位公开招聘。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, m)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "hongshan_changqing_two_sheets", "http://www.guichijjjc.gov.cn/lzjy/p/3201.html",
        "区长青街道办事处 一览表 in two sheets 街道领导/科室, ``一级/二级/三级``, no type column, after the source's "
        "秋浦街道 廉洁文化进社区 (民生资金, 三资, 小微权力)",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hongshan_hadaxiang_twin_bands(),
    hongshan_xitun_list(),
    hongshan_enforcement_posts(),
    hongshan_veterans_cards(),
    hongshan_yongju_selfchecks(),
    hongshan_zhanqian_group_rows(),
    hongshan_qiaobei_register(),
    hongshan_changqing_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch696-inbox"))
