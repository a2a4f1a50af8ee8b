"""The seven-hundred-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's finance and
treasury bodies, 巴林右旗 (of 赤峰市, 内蒙古自治区) — its 财政局, 政府采购中心, 非税收入管理局, 财政投资评审中心,
国有资产服务中心 and the 财政所 of 大板镇 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 财政局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 政府采购中心's 排查表 对岗不对人, ``…风险`` types, 高/中/低; no names;
- the 非税收入管理局's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 财政投资评审中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``一级风险/二级风险/三级风险``;
- the 大板镇财政所's 防控卡, one sheet a person, ``★★★/★★/★`` read by a ``注：`` line;
- the 国有资产服务中心's 一览表 under ``附件1`` and a 填报单位 line, ``高风险/中风险/低风险``, short types;
- the 财政局's 票据股/预算股 登记表 (the 财政局综合股室), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``balinyouqi_treasury_payment_amount_bands``: the 国库支付中心's 支付审核环节廉政风险点清单, ONE ROW A
  POINT (``序号 | 业务事项 | 廉政风险点 | 单笔支付金额 | 风险等级 | 防控措施``) with NO 岗位 or 责任人 column:
  each row's ``单笔支付金额`` cell names an AMOUNT BAND (``5万元以下``, ``5万元（含）—50万元``,
  ``50万元（含）以上``), and a ``审批权限：`` line under the table gives, band by band, the post and
  name of the holder who approves payments of that band; a row's point is the holder of its band.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 有 and 鱼 with
rare given names); every unit is a body of 巴林右旗.

Run ``python tests/published/score.py --set batch701`` and do not tune the reader against it.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row belongs to the holder the ``审批权限：`` line gives for its amount band,
  with the row's level; one form a holder, no 科室; ``业务事项`` is no point;
- 局长, 副局长, 主任, 副主任, 所长 are leaders; 股长 middle; the rest general;
- the level words are 1/2/3 as their names say.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b701_"
PLACE = "巴林右旗"
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

# amount band -> (post, name, tier)
BANDS = {
    "5万元以下": ("支付审核岗", "有珺翾", "general"),
    "5万元（含）—50万元": ("副主任", "鱼璟翀", "leader"),
    "50万元（含）以上": ("主任", "有砚淳", "leader"),
}

# (业务事项, 廉政风险点, band, level, 防控措施)
PAYMENTS = [
    ("直接支付", "支付凭证要素与用款计划不符仍予支付", "5万元以下", "中",
     "系统校验用款计划，凭证要素逐项核对。"),
    ("授权支付", "预算单位零星支出审核走过场，虚列支出", "5万元以下", "低",
     "零星支出附原始票据，每月抽查。"),
    ("公务卡还款", "公务卡消费明细与报销单据不符未退回", "5万元以下", "低", "还款前核对消费明细。"),
    ("直接支付", "项目资金未按合同进度超额支付", "5万元（含）—50万元", "高",
     "按合同约定进度支付，附验收单据。"),
    ("专户资金拨付", "专户资金拨付绕过复核，私盖印章转移资金", "5万元（含）—50万元", "高",
     "印鉴分人保管，拨付凭证双人复核。"),
    ("往来款", "往来款长期挂账不清理，借出资金不收回", "5万元（含）—50万元", "中",
     "往来款每季度清理，借款经集体研究。"),
    ("直接支付", "大额资金支付不经集体研究", "50万元（含）以上", "高",
     "50万元以上支付提交中心主任办公会研究。"),
    ("库款调度", "库款调度优亲厚友，先拨关系单位", "50万元（含）以上", "中",
     "库款调度按轻重缓急排序，调度表公示。"),
]  # fmt: skip


def balinyouqi_treasury_payment_amount_bands() -> dict:
    unit = f"{PLACE}国库支付中心"
    sh = _Sheet("支付审核", [6, 14, 40, 18, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}支付审核环节廉政风险点清单", 6)
    sh.add("序号", "业务事项", "廉政风险点", "单笔支付金额", "风险等级", "防控措施")
    for i, (matter, point, band, lv, measures) in enumerate(PAYMENTS, 1):
        sh.add(i, matter, point, band, lv, measures)
    for band, (post, who, tier) in BANDS.items():
        for _matter, point, b, lv, _measures in PAYMENTS:
            if b == band:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    parts = [f"单笔{band}的由{post} {who}审核审批" for band, (post, who, _t) in BANDS.items()]
    _line(sh, "审批权限：" + "；".join(parts) + "，各自对所审批金额段的风险点负责。", 6)
    _line(sh, "注：风险等级分高、中、低三级。", 6)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "balinyouqi_treasury_payment_amount_bands", "http://oisum.com/Article/shiping/2011/02/207499.html",
        "(harder) 旗国库支付中心 支付审核环节廉政风险点清单, after the source's report on a 县财政局 经建股 official moving "
        "专户 funds with a forged seal past the 审批手续: a title, 序号/业务事项/廉政风险点/单笔支付金额/风险等级/防控措施, "
        "NO post or holder column; each row's 单笔支付金额 names an AMOUNT BAND and a closing ``审批权限：`` line gives the "
        "post and name approving each band, so a row's point is the holder of its band; 高/中/低, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def balinyouqi_finance_bureau_two_sheets() -> dict:
    unit = f"{PLACE}财政局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鱼澹岑", "局长", "主持全面工作", [
            ("财政资金分配不经局党组集体研究", "一级", "资金分配方案经局党组会研究并公开。"),
            ("干预财政专户开户银行选择", "一级", "专户开设实行竞争性选择。"),
        ]),
        ("有翊琮", "副局长", "分管经建、国库", [
            ("专项资金拨付审批手续不全即签批", "一级", "拨付审批单据齐全方可签批。"),
            ("基建专户对账流于形式", "二级", "专户每月与银行对账，对账单直接寄送。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("经济建设股", "股长", "鱼芃晞", "middle", "项目资金拨付不按工程进度", "一级", "拨付附监理进度确认单。"),
        ("经济建设股", "股长", "鱼芃晞", "middle", "项目单位报送资料审核不严", "二级", "资料审核实行双人复核。"),
        ("经济建设股", "专户管理员", "有琨玥", "general", "专户印鉴保管不当", "一级", "财务章与人名章分人保管。"),
        ("预算股", "股长", "鱼岍湉", "middle", "预算追加调整随意", "二级", "预算调整按程序报批。"),
        ("预算股", "科员", "有瑾峣", "general", "预算编制基础数据不实", "三级", "基础数据与人社、编制部门核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "balinyouqi_finance_bureau_two_sheets", "https://news.sohu.com/20110218/n279398134.shtml",
        "旗财政局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 9400万元 moved out of a 县财政局 "
        "基建专户 (经建股股长, 专户管理员, 私刻公章, 虚假对账单): sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def balinyouqi_procurement_center_posts() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "采购需求量身定制，设置倾向性条款", "制度机制风险", "高",
         "采购需求经专家论证，文件公开征求意见。"),
        ("采购业务科", "科长", "middle", "评审专家抽取不随机、不回避", "岗位职责风险", "高",
         "专家从系统中随机抽取，名单封存。"),
        ("采购业务科", "科长", "middle", "化整为零规避公开招标", "业务流程风险", "中", "采购计划统一汇总审核。"),
        ("采购业务科", "项目经办员", "general", "泄露投标人名称和数量", "思想道德风险", "中",
         "开标前信息保密，经办人签保密承诺。"),
        ("综合科", "档案管理员", "general", "采购档案缺失、被篡改", "业务流程风险", "低", "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "balinyouqi_procurement_center_posts", "http://zixun.ziming.com.cn/jxfw/202506/363641.html",
        "旗政府采购中心 岗位廉政风险点排查表 对岗不对人, after the source's page on 政府采购 廉政风险 (采购需求, 规避公开招标, "
        "虚假招标, 利益输送): 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def balinyouqi_nontax_bureau_selfchecks() -> dict:
    unit = f"{PLACE}非税收入管理局"
    t = _Truth(unit)
    people = [
        ("鱼沁珧", "局领导", "局长", "leader", [
            ("非税收入征收标准擅自调整", "Ⅰ级", "收费标准按文件执行并公示。", "已落实"),
            ("执收单位缓减免审批不按程序", "Ⅱ级", "缓减免事项集体研究。", "未发现问题"),
        ]),
        ("有昶岚", "票据管理股", "票据管理员", "general", [
            ("票据领用不登记、核销不及时", "Ⅰ级", "票据领用、核销逐本登记。", "已落实"),
            ("作废票据未全联保存", "Ⅲ级", "作废票据全联收回存档。", "已落实"),
        ]),
        ("鱼澍颀", "收入征管股", "征管员", "general", [
            ("非税收入不及时缴入国库", "Ⅱ级", "收入每日对账，按时缴库。", "未发现问题"),
            ("收入退付审核不严", "Ⅱ级", "退付凭证两级审核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "balinyouqi_nontax_bureau_selfchecks", "http://www.victorzhang.cn/page/2018/0703/19603990.shtml",
        "旗非税收入管理局 岗位廉政风险自查表, one sheet a person, after the source's essay on 财政收入质量 (非税收入, 征管过程中 "
        "受主观因素干预): a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/自查情况; no type column",
        sheets, t,
    )  # fmt: skip


def balinyouqi_review_center_group_rows() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "有琇沄", "leader", [
                ("评审结论受人情干扰随意审减审增", "一级风险", "评审结论经集体会审。"),
            ]),
        ]),
        ("二、评审科", "评审科", [
            ("科长", "鱼霁琤", "middle", [
                ("委托中介机构不按规定选取", "一级风险", "中介机构从备选库随机抽取。"),
                ("对中介评审报告复核把关不严", "二级风险", "评审报告二级复核。"),
            ]),
            ("评审员", "有岱珩", "general", [
                ("接受施工单位宴请、礼金", "二级风险", "评审人员签订廉洁承诺。"),
                ("现场踏勘记录不实", "三级风险", "踏勘双人进行，影像留存。"),
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
        "balinyouqi_review_center_group_rows", "https://soolun.net/periodical/eb5380beaa3d5f670f6ebf2059ee78df.html",
        "旗财政投资评审中心 廉政风险防控责任清单, after the source's article on 收费票据 as the 龙头 of 预算外资金 management: "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导``, ``二、评审科``; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def balinyouqi_daban_finance_office_cards() -> dict:
    unit = f"{PLACE}大板镇财政所"
    t = _Truth(unit)
    cards = [
        ("所长", "鱼珮滢", "所长", "主持财政所全面工作", "leader", [
            ("惠农补贴资金发放审核不严", "★★★", "补贴名册逐户公示，一卡通发放。"),
            ("擅自出借财政资金", "★★★", "资金出借一律经镇党委集体研究。"),
            ("接受服务对象宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("出纳", "有湛翕", "出纳", "现金和银行账户管理", "general", [
            ("挪用公款、公款私存", "★★★", "现金日清月结，银行对账单由会计取得。"),
            ("支票、印鉴一人保管", "★★", "支票与印鉴分人保管。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "balinyouqi_daban_finance_office_cards", "https://3g.163.com/news/article/FI3011TV05505W1B.html",
        "旗镇财政所 岗位廉政风险防控卡, one sheet a person, after the source's report on a 街道财政所 出纳 who moved "
        "2680万元 of public money (财务制度形同虚设, 所长被问责): ``姓　名 | … | 职　务 | …``, a merged 岗位职责 line, "
        "序号/风险点/``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def balinyouqi_assets_center_list() -> dict:
    unit = f"{PLACE}国有资产服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "鱼曦岫", "leader", "国有资产处置不经评估、低价处置", "制度机制", "高风险",
         "资产处置先评估，进场公开交易。"),
        ("资产管理股", "股长", "有嵘芷", "middle", "国有房产出租不公开招租", "岗位职责", "高风险",
         "出租一律公开招租，租金收入缴入国库。"),
        ("资产管理股", "股长", "有嵘芷", "middle", "租金催缴不力，长期拖欠", "业务流程", "中风险", "租金按季催缴，台账公示。"),
        ("资产管理股", "资产管理员", "鱼琬浔", "general", "资产账实不符，报废资产私自处置", "业务流程", "中风险",
         "每年全面清查，报废资产集中回收。"),
        ("资产管理股", "资产管理员", "鱼琬浔", "general", "接受承租人礼品礼金", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "balinyouqi_assets_center_list", "https://www.ppdoc.com/periodical/1c1a871da395b98a485a2cd883df67f7.html",
        "旗国有资产服务中心 岗位廉政风险防控一览表, after the source's article on 行政事业性收费票据 (通用票据, 专用票据, "
        "财政监督检查): ``附件1``, a title, a 填报单位（盖章）/填报时间 line, 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/``高风险/中风险/低风险``/防控措施; a sign-off line",
        [sh], t,
    )  # fmt: skip


def balinyouqi_bills_register() -> dict:
    unit = f"{PLACE}财政票据管理所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "有沣昀", "leader", [
            ("电子票据系统权限分配随意", "制度机制", "一级", "系统权限按岗位授权，定期清理。"),
            ("票据印制采购不按程序", "岗位职责", "二级", "票据印制按政府采购程序。"),
        ]),
        ("票据发放股", "股长", "鱼琰翀", "middle", [
            ("向无资格单位发放票据", "业务流程", "一级", "领购资格逐项审核。"),
        ]),
        ("票据发放股", "库管员", "有淙玙", "general", [
            ("票据库存账实不符", "业务流程", "二级", "票据库存每月盘点。"),
            ("违规代开、虚开票据", "思想道德", "一级", "票据开具全程留痕。"),
            ("票据档案保管不善", "业务流程", "三级", "档案专柜存放。"),
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
        "balinyouqi_bills_register", "https://www.seridoat.com/article/zheng-fu-cai-zheng-fei-shui-wang-lai-piao-ju-guan-li-ru-he-ying-dui-shu-zi-hua-tiao-zhan-yu-xian-shi.html",
        "旗财政票据管理所 廉政风险点排查登记表, after the source's page on 非税往来票据 数字化 (票据领用核销, 遗失, 假票): "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/``一级/二级/三级``/防控措施; "
        "a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    balinyouqi_treasury_payment_amount_bands(),
    balinyouqi_finance_bureau_two_sheets(),
    balinyouqi_procurement_center_posts(),
    balinyouqi_nontax_bureau_selfchecks(),
    balinyouqi_review_center_group_rows(),
    balinyouqi_daban_finance_office_cards(),
    balinyouqi_assets_center_list(),
    balinyouqi_bills_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch701-inbox"))
