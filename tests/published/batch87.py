"""An eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE GRASS ROOTS AND COUNTY SOEs MIXED — a 镇's 畜牧兽医站, a
镇人民政府 with its 站所, a 社区, a 村's 防控卡, a 街道办事处, a 县城发投资集团, a 县水利建设投资公司 and a
农发集团's 冷链物流公司 — each sending its 一览表 / 排查表 / 清单 / 卡 the ordinary way:

- a 镇's 畜牧兽医站 sending its OWN 排查表 (title ``XX县鹰岭镇畜牧兽医站…``): no 科室 column, names
  padded to four characters (``周  强``), short type names, 高/中/低;
- a 镇人民政府 一览表 with a ``科室(站所)`` column merged (党政综合办公室, 便民服务中心, 财政所, 村镇建设服务站),
  岗位 and 责任人 merged per person, ``…风险`` types, 高/中/低;
- a 社区 清单 对岗不对人 with no 科室 column (``社区党委书记``, ``网格长``…), ``风险事项`` beside ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 村's 防控卡, one per sheet, tabs named by post (``监委会主任``, ``报账员``), the holder on a row of
  spaced labels ``姓  名 | … | 职  务 | …``;
- a 县城发投资集团 一览表: 部门/岗位/责任人 merged, a short ``风险名称`` beside a long ``风险描述``,
  ``一级/二级/三级``;
- a 县水利建设投资公司 排查表 对岗不对人, levels ``★★★/★★/★``, a trailing ``责任领导`` of names;
- a 冷链物流公司 清单 by ``业务环节`` with ``责任部门`` and ``责任岗位`` (no names), short types.

One is harder:

- ``street_post_and_name_cell``: a 街道办事处 一览表 whose ONE column ``岗位及责任人`` holds the post and the
  holder in one cell, separated by a space (``主任 方建华``), with no other name column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages mostly describe their subject in prose (a 镇's 动物防疫站 / 畜牧水产站,
a 乡镇便民服务中心 and its 窗口, a 社区's 两委 and 集体资产 (商铺, 停车场), a 村务监督委员会's 台账, a 城投
公司's 投融资, 水利工程 招标, 采购、销售与物流 risk control, the work of 社区工作者 in a 街道) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented.

Run ``python tests/published/score.py --set batch87`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 镇's own 站 sending its own table (the 站 named in the title after the 镇) is a 科室 of the 镇
  (as batch65's 林业工作站): unit the 镇, 科室 the 站;
- a name padded with spaces (``周  强``) is the name without them;
- a list without a 科室 column keeps each post as written (``社区报账员``), department "";
- a 村's 防控卡 has no 科室: department "", the post from the card;
- ``★★★/★★/★`` are 1/2/3; ``一级/二级/三级`` are 1/2/3; ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3;
- ``责任部门`` + ``责任岗位`` with no names: the form is that 部门's post, 对岗不对人;
- ``岗位及责任人`` ``主任 方建华``: the post is 主任, the holder 方建华.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b87_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}


def _bare(name: str) -> str:
    return "".join(name.split())


# --------------------------------------------------------------------------- harder layout


def street_post_and_name_cell() -> dict:
    unit = "XX区桂园街道办事处"
    sh = _Sheet("一览表", [6, 14, 16, 32, 12, 8, 32])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位及责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("党政综合办公室", "主任 方建华", "公务接待超标准、无公函接待", "制度机制", "中",
         "接待实行审批单制度,接待清单每月公示。"),
        ("党政综合办公室", "主任 方建华", "办公用品采购不比价、虚开发票", "岗位职责", "中",
         "办公用品网上商城采购,票据逐张审核。"),
        ("党政综合办公室", "出纳 韦晓丹", "现金收支不及时入账、公款私存", "思想道德", "高",
         "现金日清月结,银行账户每月对账。"),
        ("社区事务受理中心", "主任 柯文亮", "为不符合条件的居民办理临时救助", "岗位职责", "高",
         "救助对象社区评议、街道审核并公示。"),
        ("社区事务受理中心", "窗口受理员 潘丽娜", "受理材料把关不严,收受办事群众好处", "外部环境", "中",
         "窗口一次性告知,办件全程留痕,开展满意度回访。"),
        ("综合行政执法队", "队长 邬志刚", "对违章搭建降格处理、以罚代拆", "业务流程", "高",
         "处罚结果集体研究,执法全过程记录。"),
        ("综合行政执法队", "执法队员 黎海峰", "对占道经营选择性执法,收受商户财物", "思想道德", "低",
         "两人以上执法,执法记录仪全程摄录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "middle", "队长": "middle"}
    for n, (dept, cell, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, cell, point, typ, lv, measures)
        post, who = cell.split(" ")
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填报人:", None, "科室负责人:", None, "填报日期:2025年4月", None, None)
    return _layout(
        "street_post_and_name_cell", "https://www.oo7.cn/2166779.html",
        "(harder) 街道办事处 岗位廉政风险防控一览表 after the source's account of a 街道's 社区工作者 (网格化治理, 民生服务, "
        "矛盾调解, 应急管理) and its offices: ``附件`` and the title above; 序号/科室 merged (党政综合办公室, 社区事务受理中心, "
        "综合行政执法队)/ONE column ``岗位及责任人`` whose cell holds the post and the holder separated by a SPACE "
        "(``主任 方建华``, ``窗口受理员 潘丽娜``), merged per person, NO other name column/廉政风险点/风险类别 (short "
        "names)/风险等级 高/中/低/防控措施; 填报人/科室负责人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def town_vet_station_own() -> dict:
    unit = "XX县鹰岭镇"
    dept = "畜牧兽医站"
    sh = _Sheet("排查表", [6, 12, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"XX县鹰岭镇{dept}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "周  强", "强制免疫疫苗分配向关系户倾斜,虚报免疫数量", "岗位职责", "高",
         "疫苗按村按存栏量分配,免疫档案镇村两级核对。"),
        ("站长", "周  强", "病死畜禽无害化处理补助审核不实", "制度机制", "高",
         "补助对象现场核验拍照,名单在村务公开栏公示。"),
        ("动物检疫员", "孟小川", "不检疫或少检疫即出具检疫证明", "岗位职责", "高",
         "检疫证明电子出证,检疫记录每月抽查。"),
        ("动物检疫员", "孟小川", "收受养殖户、贩运户财物", "思想道德", "中", "签订廉洁承诺,设立举报电话。"),
        ("防疫员", "甘  露", "防疫物资出入库登记不全,私自外卖", "业务流程", "中",
         "物资出入库双人签字,季度盘点。"),
        ("防疫员", "甘  露", "对规模养殖场防疫检查走过场", "外部环境", "低", "检查记录由养殖场负责人签字确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "middle"}
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, _bare(who), tiers.get(post, "general"), point, types_in(typ),
                HML[lv])  # fmt: skip
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("站长签字:", None, None, "镇纪委审核意见:", None, None, "2025年3月")
    return _layout(
        "town_vet_station_own", "http://cnenc.net/b2629834.html",
        "镇畜牧兽医站's OWN 岗位廉政风险点排查表 after the source's account of a 镇动物防疫站 (畜牧水产站) beside the 镇政府 "
        "that manages the 镇's villages' 动物防疫, 检疫 and 畜禽水产品质量安全: the title ``XX县鹰岭镇畜牧兽医站…`` names "
        "the 镇 and its 站 (no 单位 line, no 科室 column); 序号/岗位 and 姓名 merged per person, the names PADDED "
        "to four characters (``周  强``, ``甘  露``)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "站长签字/镇纪委审核意见/date line",
        [sh], t,
    )  # fmt: skip


def town_offices_and_stations() -> dict:
    unit = "XX县枣林镇人民政府"
    sh = _Sheet("Sheet1", [6, 14, 12, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 8)
    sh.add("序号", "科室(站所)", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("党政综合办公室", "主任", "葛文斌", "公务用车私用,加油维修费用虚报", "岗位职责风险", "中",
         "车辆定点加油维修,出车登记每月公示。"),
        ("便民服务中心", "主任", "柴秀梅", "窗口办件选择性受理、拖延办理", "业务流程风险", "中",
         "办件系统全程留痕,超时自动预警。"),
        ("便民服务中心", "社保协理员", "尹嘉", "为不符合条件人员办理城乡居民养老保险待遇", "岗位职责风险", "高",
         "待遇资格村级初审、中心复核并公示。"),
        ("财政所", "所长", "邝永年", "惠农补贴资金发放不及时、优亲厚友", "制度机制风险", "高",
         "补贴资金一卡通直达,发放名册逐村公示。"),
        ("财政所", "所长", "邝永年", "村级财务代理记账审核不严", "制度机制风险", "中",
         "村级报账实行村务监督委员会签字后入账。"),
        ("村镇建设服务站", "站长", "戚国梁", "农村建房审批把关不严,收受建房户好处", "思想道德风险", "高",
         "建房审批联审联批,审批结果张榜公示。"),
        ("村镇建设服务站", "工作人员", "晏丽", "违建巡查发现问题不报告", "外部环境风险", "低",
         "巡查日志每周上报,镇纪委不定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"主任": "middle", "所长": "middle", "站长": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("镇纪委(盖章):", None, None, None, "填报时间:2025年5月", None, None, None)
    return _layout(
        "town_offices_and_stations", "https://www.mingyanjiaju.org/fanwen/diaoyanbaogao/2988761_3.htm",
        "镇人民政府 岗位廉政风险点及防控措施一览表 after the source's 调研报告 on a 乡镇便民服务中心 (a 主任 who runs it, the "
        "服务单位 and their 窗口 under it): 序号/``科室(站所)`` merged — the 镇's offices AND its own 站所 (党政综合办公室, "
        "便民服务中心, 财政所, 村镇建设服务站)/岗位 and 责任人 merged per person (the 财政所 所长 over two rows)/廉政风险点/"
        "风险类别 ``…风险``/风险等级 高/中/低/防控措施; 镇纪委(盖章)/填报时间 line",
        [sh], t,
    )  # fmt: skip


def community_posts_roman() -> dict:
    unit = "XX市XX区桐花街道枫桥社区"
    sh = _Sheet("清单", [6, 14, 14, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 6)
    sh.add("序号", "责任岗位", "风险事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社区党委书记", "重大事项决策", "社区重大事项未经“两委”集体研究,个人说了算", "Ⅰ级",
         "严格执行“四议两公开”,会议记录存档。"),
        ("社区党委书记", "集体资产出租", "社区商铺低价出租给关系人,租金未按期收取", "Ⅰ级",
         "商铺出租公开竞价,合同报街道备案。"),
        ("社区居委会主任", "停车场管理", "停车场收费不开票,收入不入账", "Ⅱ级", "推行扫码缴费,收入每月公示。"),
        ("社区报账员", "经费报销", "虚列活动经费,白条入账", "Ⅱ级", "报销凭活动通知、签到表、照片,街道审核。"),
        ("网格长", "民生事项初审", "低保、临时救助入户核查不实", "Ⅱ级", "入户核查两人以上,核查表由居民签字。"),
        ("网格长", "信息采集", "泄露居民个人信息", "Ⅲ级", "信息系统分级授权,签订保密承诺。"),
        ("社区监委会主任", "居务监督", "对居务公开监督不到位,对问题不报告", "Ⅲ级",
         "监委会每季度向居民代表会议报告监督情况。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"社区党委书记": "leader", "社区居委会主任": "leader", "社区监委会主任": "middle"}
    for n, (post, area, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, area, point, lv, measures)
        t.point(sh.name, "", post, "", tiers.get(post, "general"), point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("社区党委(盖章)", None, None, "2025年6月", None, None)
    return _layout(
        "community_posts_roman", "https://m.31doc.com/p-587692.html",
        "社区 廉洁风险防控清单 对岗不对人 after the source's 经济责任审计 account of a 社区 (社区党委, 居委会, 网格党支部, "
        "经营性资产 商铺 and 停车场): NO 科室 column; 序号/``责任岗位`` merged per post (社区党委书记, 社区居委会主任, "
        "社区报账员, 网格长, 社区监委会主任)/``风险事项`` (a duty) beside ``廉政风险点``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names, no types; 社区党委(盖章)/date line",
        [sh], t,
    )  # fmt: skip


def village_cards_spaced_labels() -> dict:
    unit = "XX县岩口镇杏坪村"
    t = _Truth(unit)
    people = [
        ("监委会主任", "鲁大勇", "村务监督委员会主任", "middle", [
            ("对村级工程项目验收监督走过场", "高", "工程验收监委会全程参与,验收意见签字存档。"),
            ("对村级财务票据审核不严", "中", "每月审核村级票据,审核意见在公开栏公布。"),
            ("与村“两委”干部搞利益交换", "低", "监委会成员实行回避制度,向镇纪委报告工作。"),
        ]),
        ("报账员", "贺春兰", "村报账员", "general", [
            ("收入不及时交镇“三资”代理中心,坐收坐支", "高", "收入三日内交存,镇代理中心每月对账。"),
            ("虚开、代开发票报账", "中", "报账票据由经手人、证明人、监委会签字。"),
            ("村集体资金公款私存", "高", "村级资金一律存入镇监管账户。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, points in people:
        sh = _Sheet(tab, [6, 34, 10, 34])
        _line(sh, f"{unit}村干部廉政风险防控卡", 4)
        sh.add("姓  名", who, "职  务", post)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "镇纪委审核:", None)
        sheets.append(sh)
    return _layout(
        "village_cards_spaced_labels", "http://renwen.jjcmw.cn/jxfw/202507/453858.html",
        "村 村干部廉政风险防控卡, one per sheet, after the source's account of a 村务监督委员会台账 (监督事项, 财务收支, "
        "工程项目, 问题整改): tabs named by a SHORT post (``监委会主任``, ``报账员``) while the card gives the full post; "
        "the title ``XX县岩口镇杏坪村村干部廉政风险防控卡``; the holder on ONE row of "
        "labels spaced out ``姓  名 | 鲁大勇 | 职  务 | 村务监督委员会主任``; 序号/风险点/风险等级 高/中/低/防控措施; "
        "持卡人签字/镇纪委审核 line",
        sheets, t,
    )  # fmt: skip


def chengtou_name_and_description() -> dict:
    unit = "XX县城发投资集团有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 9, 18, 34, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险名称", "风险描述", "风险等级", "防控措施")
    rows = [
        ("融资管理部", "部长", "廖正平", "融资机构选择不公",
         "不按规定比选融资机构,向特定金融机构输送利益,接受其宴请、回扣。", "一级",
         "融资方案经总经理办公会、董事会审议,融资机构比选结果公示。"),
        ("融资管理部", "部长", "廖正平", "融资费用虚高", "在财务顾问费、中介费中虚列、多付费用。", "二级",
         "中介费用标准集体研究确定,逐笔审计。"),
        ("工程管理部", "部长", "汤建新", "工程变更签证失控",
         "随意批准设计变更和现场签证,增加工程造价,为施工单位谋利。", "一级",
         "变更签证分级审批,重大变更报集团决策。"),
        ("工程管理部", "现场管理员", "雷振宇", "隐蔽工程验收不实", "隐蔽工程未到场验收即签字,放任偷工减料。",
         "二级", "隐蔽工程验收拍照留档,监理、跟审单位共同签认。"),
        ("资产运营部", "部长", "钟惠", "经营性资产低价出租", "门面、厂房不公开招租,低价租给关系人。", "一级",
         "资产出租进入公共资源交易平台公开竞价。"),
        ("资产运营部", "收费员", "阮婷婷", "租金收入截留", "收取租金不开票、不入账,挪作他用。", "二级",
         "租金统一对公账户收取,每月核对台账。"),
        ("资产运营部", "收费员", "阮婷婷", "违规减免租金", "未经审批为承租户减免、缓收租金。", "三级",
         "减免缓收须经公司办公会研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"部长": "middle"}
    for n, (dept, post, who, name, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, name, desc, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), name, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("编制部门:纪检监察室", None, None, None, "审核:", None, "2025年1月", None)
    return _layout(
        "chengtou_name_and_description", "http://www.henxinsuye.cn/doc_30170167.html",
        "县城发投资集团 岗位廉洁风险防控一览表 after the source's account of a 城投公司's 投融资 (融资模式, 基础设施投资, "
        "经营性项目, 资产结构): 序号/部门 merged (融资管理部, 工程管理部, 资产运营部)/岗位 and 责任人 merged per person/"
        "a SHORT ``风险名称`` beside a LONG ``风险描述`` (the point is the 风险名称)/风险等级 ``一级/二级/三级``/防控措施; "
        "no types; 编制部门/审核/date line",
        [sh], t,
    )  # fmt: skip


def water_invest_stars() -> dict:
    unit = "XX县水利建设投资有限公司"
    sh = _Sheet("排查表", [6, 12, 12, 34, 9, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("工程部", "部门经理", "招标文件设置倾向性条款,排斥潜在投标人", "★★★",
         "招标文件经法务审查,评标专家随机抽取。", "严振华"),
        ("工程部", "部门经理", "工程进度款超付、提前支付", "★★★", "进度款凭监理计量单,分管领导审签。", "严振华"),
        ("工程部", "质量安全员", "质量检查走过场,对不合格工程签字认可", "★★", "质量检查双人签字,影像资料存档。",
         "严振华"),
        ("财务部", "会计", "资金拨付未按审批权限执行", "★★", "大额资金支付实行集体审批。", "焦丽君"),
        ("财务部", "出纳", "银行账户、网银密钥管理不严", "★", "网银密钥分人保管,每月核对银行对账单。",
         "焦丽君"),
        ("综合部", "综合管理员", "办公用品和劳保用品采购不比价", "★", "采购三家比价,入库验收登记。", "焦丽君"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, leader)
        tier = "middle" if post == "部门经理" else "general"
        t.point(sh.name, dept, post, "", tier, point, [], STARS[lv])
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, lambda row: row[1:3]), (6, lambda row: (row[1], row[6]))],
    )
    _line(sh, "注:★★★为高风险,★★为中风险,★为低风险。", 7)
    return _layout(
        "water_invest_stars", "https://www.zhemaiyun.com/news/2008051257385836544",
        "县水利建设投资有限公司 廉洁风险点排查表 对岗不对人 after the source's account of 水利工程招标管理 (招标范围, 招标文件, "
        "评标, 监督): 序号/部门 merged (工程部, 财务部, 综合部)/岗位 merged per post/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施/a trailing ``责任领导`` of NAMES merged per 部门 (the 分管 leader, not a holder: 对岗不对人); a note "
        "``注:★★★为高风险…`` under it",
        [sh], t,
    )  # fmt: skip


def cold_chain_links() -> dict:
    unit = "XX县农发集团冷链物流有限公司"
    sh = _Sheet("风险清单", [6, 10, 32, 10, 8, 32, 12, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    sh.add("序号", "业务环节", "风险点", "风险类型", "风险等级", "防控措施", "责任部门", "责任岗位")
    rows = [
        ("采购", "指定供应商,采购价格高于市场价", "制度机制", "高", "供应商入库评审,采购价格月度比对。",
         "采购部", "采购专员"),
        ("采购", "收受供应商回扣、礼品", "思想道德", "高", "签订廉洁协议,供应商定期回访。", "采购部",
         "采购专员"),
        ("仓储", "入库验收数量、品质把关不严", "岗位职责", "中", "入库过磅、抽检双人签字。", "仓储部", "仓管员"),
        ("仓储", "冷库租赁给客户时私收费用", "思想道德", "中", "冷库租赁合同统一签订,费用对公收取。", "仓储部",
         "部门经理"),
        ("运输", "车辆加油、过路费虚报", "业务流程", "低", "车辆安装北斗定位,油耗按里程核算。", "运输部",
         "调度员"),
        ("结算", "未到账期提前付款或违规预付", "业务流程", "高", "付款按合同节点,财务总监审签。", "财务部",
         "结算会计"),
        ("结算", "客户欠款核销不实", "外部环境", "中", "欠款核销经法务、财务联合审查。", "财务部", "结算会计"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (link, point, typ, lv, measures, dept, post) in enumerate(rows, 1):
        sh.add(n, link, point, typ, lv, measures, dept, post)
        tier = "middle" if post == "部门经理" else "general"
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, lambda row: row[6])])
    sh.add()
    sh.add("公司纪检委员:", None, None, None, "2025年2月", None, None, None)
    return _layout(
        "cold_chain_links", "https://m.jinghong.qq.com/read/1026785875/24",
        "农发集团 冷链物流有限公司 廉洁风险防控清单 对岗不对人 after the source's chapter on 采购、销售与物流的风险控制: "
        "序号/``业务环节`` merged (采购, 仓储, 运输, 结算 — a business area, not a 部门)/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施/a trailing ``责任部门`` merged AND ``责任岗位`` (采购专员, 仓管员, 部门经理, 调度员, "
        "结算会计) with NO names; 纪检委员/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    street_post_and_name_cell(),
    town_vet_station_own(),
    town_offices_and_stations(),
    community_posts_roman(),
    village_cards_spaced_labels(),
    chengtou_name_and_description(),
    water_invest_stars(),
    cold_chain_links(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch87-inbox"))
