"""The six-hundred-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's
agriculture and seed bodies, 扎赉特旗 (of 兴安盟, 内蒙古) — its 农牧和科技局, 种子管理站, 农业技术推广中心,
农产品质量安全检测站, 动物疫病预防控制中心, 农村经营管理站 and 农机推广站 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed, and one harder:

- ``jalaid_seed_station_holder_in_measures``: the 种子管理站's 风险防控清单 with NO 岗位 or 责任人
  column: ``序号 | 风险点 | 风险等级 | 防控措施``, and each 防控措施 cell ends with a labelled bracket
  naming whoever answers for that point, ``（落实责任人：站长　邴某某）``; the points of one holder
  are the rows whose measures close with his bracket. The README's 读得懂的表 knows the holder in
  a labelled bracket closing the POINT (``…（责任人：副部长　某某）``) and measures in a bracket closing
  the point; it does not describe the holder written at the end of the MEASURES cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 邴 and 楮
with rare given names); every unit is a body of 扎赉特旗.

Run ``python tests/published/score.py --set batch687`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file the bracket's post and name are the holder, the bracket is
no part of the measures; ``一级/二级/三级``, 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``,
``高风险/中风险/低风险`` are 1/2/3; 局领导 and each body's 站长/主任 are leaders, 股长/科长 middle, the rest
general; the 排查表 names no person (对岗不对人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b687_"
PLACE = "扎赉特旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (风险点, 等级, 防控措施, post, name, tier)
SEED = [
    ("品种引种备案材料审核走过场", "一级", "备案材料初审、复审两级审核，结果网上公开", "站长", "邴翯湉", "leader"),
    ("种子生产经营许可现场核查降低标准", "一级", "现场核查两人以上并录像留存", "站长", "邴翯湉", "leader"),
    ("种子质量抽检样品调换或选择性抽样", "一级", "抽样单当场签封，样品编码盲检", "检验员", "楮沄玥", "general"),
    ("检验报告出具不实", "二级", "检验报告双人复核，原始记录存档", "检验员", "楮沄玥", "general"),
    ("种子市场检查接受经营户宴请", "二级", "检查人员轮换，签订廉洁承诺书", "执法员", "邴珩澍", "general"),
    ("假劣种子案件降格处理", "一级", "案件处理经站务会集体研究", "执法员", "邴珩澍", "general"),
    ("良种补贴品种推荐有倾向性", "二级", "推荐品种经专家论证并公示", "站长", "邴翯湉", "leader"),
    ("试验示范田经费虚列支出", "三级", "经费专账核算，凭合同和验收单报账", "会计", "楮岚澈", "general"),
]  # fmt: skip


def jalaid_seed_station_holder_in_measures() -> dict:
    unit = f"{PLACE}种子管理站"
    sh = _Sheet("风险清单", [6, 38, 9, 52])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 4)
    _line(sh, f"填报单位：{unit}{GAP * 12}2025年6月", 4)
    sh.add("序号", "风险点", "风险等级", "防控措施")
    for i, (point, lv, measures, post, who, tier) in enumerate(SEED, 1):
        sh.add(i, point, lv, f"{measures}。（落实责任人：{post}{GAP}{who}）")
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 4)
    sh.add("填表人：", None, "审核人：", None)
    return _layout(
        "jalaid_seed_station_holder_in_measures", "https://www.zhetiaohe.com/ss/70f90410eadedbbc98bf9f2d35441c85af09b77dadd7ba1eff8c589b205b4c854c4b5d04c944d7d900613aeedeafc957c420611d4be94c05.html",
        "(harder) 旗种子管理站 廉政风险防控清单, after the source's 家畜遗传材料生产许可办法 (许可, 现场审验, 质量检测): a title, a "
        "填报单位 line, ``序号 | 风险点 | 风险等级 | 防控措施`` with NO 岗位/责任人 column; each 防控措施 cell closes with "
        "``（落实责任人：post　name）`` naming the point's holder; ``一级/二级/三级``; a ``注：`` line and a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jalaid_bureau_list() -> dict:
    unit = f"{PLACE}农牧和科技局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "邴昶霈", "leader", "农业项目立项和资金分配个人说了算", "一级", "项目和资金安排经局党组会集体研究。"),
        ("局领导", "局长", "邴昶霈", "leader", "高标准农田建设项目插手干预招投标", "一级", "项目一律进入公共资源交易平台。"),
        ("计划财务股", "股长", "楮瀛翾", "middle", "耕地地力保护补贴资金拨付审核不严", "二级", "补贴资金通过“一卡通”直达农户。"),
        ("计划财务股", "会计", "邴湉岫", "general", "报账单据审核不严，虚列支出", "二级", "报账单据三级审核。"),
        ("种植业股", "股长", "楮峣澍", "middle", "农业生产救灾物资分配优亲厚友", "二级", "分配方案公示，接受群众监督。"),
        ("种植业股", "股员", "邴璟沨", "general", "种植面积核查数据弄虚作假", "三级", "核查数据抽查复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, lv, m)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jalaid_bureau_list", "http://m.jizihe.com/page/2022/0506/10477509.shtml",
        "旗农牧和科技局 岗位廉政风险防控一览表, after the source's 农作物种子生产经营备案 (备案审查, 追溯): ``附件1``, a title, "
        "科室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``, no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def jalaid_extension_posts() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("排查表", [6, 12, 12, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "农技推广项目实施主体选定暗箱操作", "制度机制风险", "高", "实施主体公开比选。"),
        ("中心领导", "主任", "leader", "示范基地物资采购收受回扣", "外部环境风险", "高", "物资采购三家比价。"),
        ("推广科", "科长", "middle", "技术培训人数和天数虚报", "业务流程风险", "中", "培训签到和照片存档。"),
        ("推广科", "农技员", "general", "测土配方施肥补助对象认定不实", "岗位职责风险", "中", "补助名单村组公示。"),
        ("推广科", "农技员", "general", "向农户推销指定农资", "思想道德风险", "低", "签订承诺书，公开举报电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, m)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "jalaid_extension_posts", "https://jxxfw.com/periodical/144136588b066eacdb04263f6e46149f.html",
        "旗农业技术推广中心 岗位廉政风险点排查表 对岗不对人, after the source's 种子管理 论文 (种子质量, 经营主体): 科室 and 岗位 "
        "merged, ``…风险`` types, 高/中/低, no names",
        [sh], t,
    )  # fmt: skip


def jalaid_testing_station_cards() -> dict:
    unit = f"{PLACE}农产品质量安全检测站"
    t = _Truth(unit)
    cards = [
        ("站长", "楮霂珣", "站长", "主持全面工作", "leader", [
            ("检测结果审签把关不严", "★★★", "检测报告三级审核签发。"),
            ("检测设备采购指定品牌", "★★", "采购需求集体论证。"),
        ]),
        ("检测员", "邴澂岚", "检测员", "农残快速检测", "general", [
            ("快检不合格样品瞒报", "★★★", "不合格结果当日上报。"),
            ("检测数据篡改", "★★", "数据自动上传平台。"),
            ("接受生产主体礼品", "★", "严守廉洁纪律。"),
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
        "jalaid_testing_station_cards", "http://m.handmsg.com/page/2016/0223/17761334.shtml",
        "旗农产品质量安全检测站 防控卡, one sheet a person, after the source's 基层农产品检测机构建设 (检测站, 实验室, 设备): "
        "``姓　名 | … | 职　务 | …``, a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def jalaid_animal_centre_selfchecks() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    people = [
        ("楮湜琛", "中心领导", "主任", "leader", [
            ("强制免疫疫苗分配不按计划", "Ⅰ级", "疫苗出入库台账管理。", "已落实"),
            ("防疫员补助发放审核不严", "Ⅱ级", "补助名单公示。", "已落实"),
        ]),
        ("邴岍翊", "检疫科", "检疫员", "general", [
            ("不检疫出证", "Ⅰ级", "检疫全程视频记录。", "已落实"),
            ("收取检疫费不开票", "Ⅲ级", "收费凭票，公示标准。", "未发现问题"),
            ("病死畜禽无害化处理数量核定不实", "Ⅱ级", "处理数量与耳标信息核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, m, found) in enumerate(points, 1):
            sh.add(i, point, lv, m, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jalaid_animal_centre_selfchecks", "http://35694.cn/nongzuowu/20160505/28354.html",
        "旗动物疫病预防控制中心 自查表, one sheet a person, after the source's 农产品质量安全监管 (监管体系, 检测, 追溯): a "
        "label row over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column",
        sheets, t,
    )  # fmt: skip


def jalaid_management_station_group_rows() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [("站长", "邴瑀沅", "leader", [
            ("农村集体资产清产核资走过场", "高风险", "清产核资结果村务公开。"),
            ("土地承包经营纠纷调处偏袒一方", "中风险", "调处实行合议。"),
        ])]),
        ("二、审计股", "审计股", [("股长", "楮昉霁", "middle", [
            ("村级财务审计发现问题不报告", "高风险", "审计报告集体审定。"),
            ("接受村干部宴请", "低风险", "严守纪律。"),
            ("农村产权流转交易鉴证审核不严", "中风险", "鉴证材料双人审核。"),
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
        "jalaid_management_station_group_rows", "https://abg.baidu.com/tags/zkq3znwfvgzpvrvx23fmdp5qwlekxqh52dilzyfs4k333mfy",
        "旗农村经营管理站 责任清单 under group rows ``一、站领导``, ``二、审计股``; 岗位/姓名 merged per person; "
        "``高风险/中风险/低风险``, after the source's 例行监测方案 (监测, 抽样, 结果报送)",
        [sh], t,
    )  # fmt: skip


def jalaid_machinery_station_register() -> dict:
    unit = f"{PLACE}农机推广站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "楮琰沚", "leader", [
            ("农机购置补贴机具核验不到场", "岗位职责", "一级", "核验人员到场拍照。"),
            ("补贴机具套购骗补查处不力", "制度机制", "一级", "疑点线索集体研判。"),
        ]),
        ("推广股", "股长", "邴沨琇", "middle", [
            ("农机作业补助面积虚报", "业务流程", "二级", "作业面积卫星监测核对。"),
        ]),
        ("推广股", "股员", "楮岙淏", "general", [
            ("农机培训经费虚列", "业务流程", "三级", "培训凭签到和票据报账。"),
            ("报废更新补贴拆解回收核查不实", "岗位职责", "二级", "拆解现场拍照留存。"),
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
        "jalaid_machinery_station_register", "https://jjxrfs.com/keyword/%e5%86%9c%e4%b8%9a%e7%a7%91%e6%8a%80%e5%88%9b%e6%96%b0%e5%a5%96%e8%af%84%e9%80%89%e6%a0%87%e5%87%86",
        "旗农机推广站 排查登记表: a 填报单位 line, 科室 merged, 岗位/姓名 merged per person, short 风险类别, ``一级/二级/三级``, "
        "a ``注：`` line, after the source's 农业科技创新奖评选标准 (评选, 推荐, 评审)",
        [sh], t,
    )  # fmt: skip


def jalaid_inspection_team_two_sheets() -> dict:
    unit = f"{PLACE}农牧综合行政执法大队"
    t = _Truth(unit)
    lead = _Sheet("队领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}队领导廉政风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施")
    for i, (who, post, point, lv, m) in enumerate([
        ("邴霈琮", "大队长", "行政处罚案件自由裁量权滥用", "一级", "执行裁量基准，重大案件集体讨论。"),
        ("邴霈琮", "大队长", "为违法经营户说情打招呼", "二级", "干预案件记录报告。"),
    ], 1):  # fmt: skip
        lead.add(i, who, post, point, lv, m)
        t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, 2, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("中队", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}中队廉政风险防控一览表", 7)
    dept.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("种子执法中队", "中队长", "楮璆沄", "middle", "种子案件查处以罚代刑", "一级", "涉嫌犯罪案件依法移送。"),
        ("种子执法中队", "执法员", "邴珂淏", "general", "执法检查泄露检查信息", "二级", "检查对象随机抽取。"),
        ("种子执法中队", "执法员", "邴珂淏", "general", "扣押物品处置不登记", "三级", "扣押物品专库存放。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, m)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "jalaid_inspection_team_two_sheets", "http://fengdujob.net/go/中国农科院单位性质是什么.html",
        "旗农牧综合行政执法大队 一览表 in two sheets 队领导/中队, ``一级/二级/三级``, no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jalaid_seed_station_holder_in_measures(),
    jalaid_bureau_list(),
    jalaid_extension_posts(),
    jalaid_testing_station_cards(),
    jalaid_animal_centre_selfchecks(),
    jalaid_management_station_group_rows(),
    jalaid_machinery_station_register(),
    jalaid_inspection_team_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch687-inbox"))
