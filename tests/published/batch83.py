"""An eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS AND PUBLIC INSTITUTIONS — a 区域性敬老院, a
镇's 站所 (林业站, 经济发展办公室), a 小学's 食堂 under its 总务处, a 幼儿园's staff 自查表, a 镇卫生院
with its 乡村医生管理办公室, a 镇's 农村财务代理服务中心 cards, a 社区居民委员会's 小微权力 清单, a
镇's 退役军人服务站 and a 初级中学's 后勤 and 餐费 posts — each handing back its 一览表 / 排查表 /
清单 / 防控卡 the way such offices do:

- a 敬老院 排查表 with no 科室 column: 岗位/姓名/岗位职责 merged per person, the 护理员 row naming
  ``共5人`` (no holder), 高/中/低, a 注 line under it;
- a 镇 一览表 whose 科室 column is headed ``站所`` (林业站, 经济发展办公室), ``一级/二级/三级``;
- a 小学 食堂 清单 under a ``责任部门:总务处`` line, by ``管理环节``, with trailing ``责任岗位`` and
  ``责任人``;
- a 幼儿园's 自查表 per sheet (tab = the holder), the holder as pairs ``姓名 | … | 岗位 | … | 所在部门 |
  …``, a short ``风险点`` beside a long ``风险表现``, a ``自查情况`` column, a signature line;
- a 镇卫生院 一览表: 科室 merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, a trailing ``分管领导`` naming
  the 院长 (himself a holder above) and a 副院长;
- a 镇's 农村财务代理服务中心 防控卡 per sheet, the 镇 and its 中心 only in the title, the holder as
  ``持卡人 | … | 岗位 | … | 岗位风险等级 | …``, ``一级/二级/三级``;
- a 社区居民委员会 清单 by ``权力事项`` with ``责任岗位 | 责任人`` and a ``监督主体`` naming bodies;
- a 初级中学 一览表: ``处室`` merged, 岗位, 姓名, levels ``★★★/★★/★``.

One is harder:

- ``veterans_station_roster``: a 镇 退役军人服务站 清单 whose rows name only the ``责任人``; the posts
  stand only in a roster line above the table (``站长 | 岳建军 | 专职工作人员 | 卢海燕 | …``), and the
  title ``XX县杨岭镇退役军人服务站…`` gives the 镇 as unit and the 站 as 科室.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an audit of 区域性敬老院 and their
入院程序, 经费筹集, 生产基地; a 镇's 林业站 and 经发办 in 采伐 审核 and 木材经营; a 区's 学校食堂 专项整治
of 食材下单、验收、库管、财务结算; a 经开区's 幼儿园 and 小学 visits; 村卫生室 私自购药、加价 under a 县
纪委; a 镇's 村账乡代理 财务代理中心 with its 主任、资金会计、记账会计; a 社区's 低保 居民议事会; 镇
退役军人服务站 ratings; a 县's 学校食堂 三方共管) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch83`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 乡镇's own 站/所/中心 (林业站, 经济发展办公室, 农村财务代理服务中心, 退役军人服务站) is a 科室 of the
  乡镇 (batches 4, 35, 38, 51, 55, 63, 65, 72); a 卫生院, a 敬老院, a school, a 幼儿园 are units;
- a list with no 科室 column keeps its posts as written, department "";
- ``共5人`` in a 姓名 cell names no holder: the 护理员 form has person "";
- a ``责任部门:…`` line above a list gives the 科室 of every row;
- ``分管领导`` / ``监督主体`` columns name no holder;
- a roster line above a list (``站长 | 岳建军 | …``) gives each named 责任人 his post;
- ``★★★/★★/★`` are 1/2/3, so are ``一级/二级/三级`` and ``Ⅰ级/Ⅱ级/Ⅲ级``.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b83_"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}


# --------------------------------------------------------------------------- harder layout


def veterans_station_roster() -> dict:
    unit = "XX县杨岭镇"
    dept = "退役军人服务站"
    sh = _Sheet("清单", [6, 14, 34, 9, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险防控清单", 6)
    sh.add("站长", "岳建军", "专职工作人员", "卢海燕", "专职工作人员", "贺斌")
    sh.add("序号", "服务事项", "风险点", "风险等级", "防控措施", "责任人")
    posts = {"岳建军": ("站长", "middle"), "卢海燕": ("专职工作人员", "general"),
             "贺斌": ("专职工作人员", "general")}  # fmt: skip
    rows = [
        ("优抚对象信息采集", "为不符合条件人员违规录入优抚信息", "高",
         "信息采集两人核对,名单在村(社区)公示七天。", "卢海燕"),
        ("走访慰问", "慰问金、慰问品发放不到人,虚列慰问名单", "中",
         "慰问签收表由本人签字,站长每季抽查回访。", "贺斌"),
        ("就业创业帮扶", "推荐就业岗位时优亲厚友", "低", "岗位信息公开发布,推荐结果公示。", "贺斌"),
        ("困难帮扶申请", "帮扶对象初审把关不严,人情帮扶", "高",
         "初审经站务会集体研究,报镇党委审定。", "岳建军"),
        ("救灾物资保管", "物资出入库无记录,私自挪用", "中", "物资出入库登记,月底账物核对。", "卢海燕"),
        ("服务站经费使用", "活动经费虚列开支", "中", "经费支出经镇分管领导审签,年度公开。", "岳建军"),
    ]  # fmt: skip
    for n, (matter, point, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, matter, point, lv, measures, who)
        post, tier = posts[who]
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("填报人:卢海燕", None, None, "审核:岳建军", "2024年4月", None)
    return _layout(
        "veterans_station_roster", "http://zxr.ahnews.com.cn/news/2025/04/25/c_707707.htm",
        "(harder) 镇 退役军人服务站 廉政风险防控清单 after the source's 视察 of 镇、村级退役军人服务站 (工作制度, 服务"
        "流程, 帮扶, 走访慰问): the title ``XX县杨岭镇退役军人服务站…`` (the 镇 the unit, the 站 its 科室); a ROSTER "
        "line above the header ``站长 | 岳建军 | 专职工作人员 | 卢海燕 | 专职工作人员 | 贺斌`` — the only place the "
        "posts stand; 序号/服务事项/风险点/风险等级 高/中/低/防控措施/a trailing ``责任人`` naming one of the three "
        "on each row, their rows interleaved; 填报人/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def rest_home_posts() -> dict:
    unit = "XX县杏林区域性敬老院"
    sh = _Sheet("排查表", [6, 10, 9, 22, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("院长", "裴德顺", "主持全院工作,负责入院审核和生产基地管理",
         "入院审核把关不严,为不符合条件人员办理集中供养", "高", "入院对象经民政所审核、院务会研究,名单公示。"),
        ("院长", "裴德顺", "主持全院工作,负责入院审核和生产基地管理",
         "生产基地土地出租未经集体研究,租金不入账", "高", "出租事项院务会集体决定,租金全额入账并公开。"),
        ("会计", "符秀梅", "负责供养经费核算和票据管理", "供养经费报销审核不严,白条入账", "中",
         "报销凭证经院长审签,每季向民政局报送账目。"),
        ("会计", "符秀梅", "负责供养经费核算和票据管理", "收取代养老人费用不开具票据", "中",
         "统一使用财政票据,收费标准上墙公示。"),
        ("采购员", "闵永强", "负责伙食和生活物资采购", "伙食采购虚报数量、以次充好", "中",
         "大宗食材定点采购,验收由老人代表参加。"),
        ("护理员", "共5人", "负责供养老人日常生活照料", "克扣、挪用供养老人生活物品", "低",
         "生活物品发放登记签字,院长不定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"院长": "leader"}
    for n, (post, who, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        person = "" if who.startswith("共") else who
        t.point(sh.name, "", post, person, tiers.get(post, "general"), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add("注:护理员岗位按岗位排查,不逐人填写。", None, None, None, None, None, None)
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 6)
    sh.add("填报单位(盖章):", None, None, "院长:", None, "2024年6月", None)
    return _layout(
        "rest_home_posts", "http://sjj.baoji.gov.cn/art/2024/7/5/art_2371_1760247.html",
        "区域性敬老院 岗位廉政风险点排查表 after the source's audit of a county's 区域性敬老院 (入院程序, 经费筹集, "
        "工作人员聘用, 生产基地 租期租金, 五保供养): NO 科室 column; 序号/岗位, 姓名 and 岗位职责 merged per person "
        "(院长, 会计, 采购员)/风险点/风险等级 高/中/低/防控措施; the 护理员 row's 姓名 ``共5人`` (no holder); a merged "
        "``注:…`` line and a 盖章/院长/date line",
        [sh], t,
    )  # fmt: skip


def town_station_list() -> dict:
    unit = "XX县松岗镇"
    sh = _Sheet("一览表", [6, 14, 9, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险防控一览表", 8)
    sh.add("序号", "站所", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("林业站", "站长", "邝建华", "林木采伐申请审核中收受好处,超量审核采伐指标", "岗位职责", "一级",
         "采伐申请村级签署意见、林业站审核、镇政府批准,结果公示。"),
        ("林业站", "站长", "邝建华", "征占用林地初审把关不严", "业务流程", "二级",
         "初审实行现场勘验,资料报县林业局复核。"),
        ("林业站", "林政员", "欧阳明", "伐区现场监管走过场,默许超范围采伐", "外部环境", "二级",
         "伐区监管留存影像,镇纪委不定期抽查。"),
        ("林业站", "林政员", "欧阳明", "木材运输证明开具不实", "思想道德", "三级",
         "运输证明凭检尺单开具,存根备查。"),
        ("经济发展办公室", "主任", "房立新", "木材经营加工户登记审查不严", "制度机制", "三级",
         "登记材料双人审查,经营户名单公开。"),
        ("经济发展办公室", "主任", "房立新", "涉企项目申报材料审核不实", "岗位职责", "二级",
         "申报材料经办公室集体审核,报分管领导审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"站长": "middle", "主任": "middle"}
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ),
                GRADES[lv])  # fmt: skip
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, "镇纪委审核:", None, None, None, "2024年3月", None)
    return _layout(
        "town_station_list", "https://www.gulin.gov.cn/ywxx/bmzj/xzdt/content_2921",
        "镇 站所岗位廉政风险防控一览表 after the source's 镇 规范木材经营市场 (经发办, 林业站; 农户申请、村签意见、林业站"
        "审核、镇政府批准; 砍伐公示, 镇纪委监督): 序号/a 科室 column headed ``站所`` merged (林业站, 经济发展办公室)/"
        "岗位 and 责任人 merged per person/风险点/风险类别 short names/风险等级 ``一级/二级/三级``/防控措施; 填报人/"
        "镇纪委审核/date line",
        [sh], t,
    )  # fmt: skip


def school_canteen_duty() -> dict:
    unit = "XX区银杏路小学"
    dept = "总务处"
    sh = _Sheet("食堂", [6, 12, 32, 8, 32, 12, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}食堂管理廉洁风险防控清单", 7)
    sh.add(f"责任部门:{dept}", None, None, None, "填报时间:2023年9月", None, None)
    sh.merge(1, 0, 1, 3)
    sh.merge(1, 4, 1, 6)
    sh.add("序号", "管理环节", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    rows = [
        ("食材下单", "超出实际就餐人数下单,多订食材", "中", "每日按就餐人数核定订单,总务主任审签。",
         "食堂管理员", "宁红霞"),
        ("食材验收", "验收时与供货商串通,以次充好、缺斤短两", "高", "验收两人以上,过磅称重并留存照片。",
         "食材验收员", "蒋丽"),
        ("库房管理", "出入库记录与实物不符,私拿食材", "中", "出入库登记,每月盘点,账物相符。",
         "保管员", "鄢春生"),
        ("财务结算", "虚开、重开食材结算单据套取资金", "高", "结算凭验收单、入库单和发票三单对照。",
         "报账员", "祁晓"),
        ("供应商遴选", "遴选供应商时收受好处,指定供货", "高", "供应商经学校食堂管理工作小组集体遴选,结果公示。",
         "总务主任", "柏志远"),
        ("膳食经费公示", "膳食经费收支不按时公示", "低", "每月在校务公开栏和家长群公示收支。",
         "总务主任", "柏志远"),
    ]  # fmt: skip
    tiers = {"总务主任": "middle"}
    for n, (step, point, lv, measures, post, who) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures, post, who)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], HML[lv])
    sh.add()
    sh.add("校长(签字):", None, None, None, "学校(盖章)", None, None)
    return _layout(
        "school_canteen_duty", "https://www.cdrb.com.cn/epaper/cdrbpc/202309/24/c120949.html",
        "小学 食堂管理廉洁风险防控清单 after the source's 区 学校食堂 专项整治 (食材下单、验收、库管、财务结算; 校级食堂"
        "管理工作小组, 各个岗位的责任): a ``责任部门:总务处 | 填报时间:…`` line under the title (the 科室 of every row); "
        "序号/管理环节/风险点/风险等级 高/中/低/防控措施/trailing ``责任岗位`` and ``责任人`` (the 总务主任 on two rows); "
        "校长签字/盖章 line",
        [sh], t,
    )  # fmt: skip


def kindergarten_self_checks() -> dict:
    unit = "XX经开区朝阳幼儿园"
    t = _Truth(unit)
    people = [
        ("侯晓雯", "保教主任", "保教办公室", "middle", [
            ("评优评先", "推荐评优评先时优亲厚友,暗箱操作", "中", "评选条件和结果园内公示。"),
            ("幼儿编班", "接受家长请托调换班级、指定教师", "中", "编班按报名顺序电脑随机分配。"),
            ("教玩具征订", "向家长推销或变相推销教辅、玩具", "低", "征订目录经园务会审定,自愿征订。"),
        ]),
        ("申美玲", "保健医生", "保健室", "general", [
            ("晨检和体检", "为关系幼儿出具不实健康证明", "中", "体检结果双人复核,存档备查。"),
            ("药品管理", "药品采购验收不严,过期药品未及时清理", "低", "药品登记造册,每月清点。"),
        ]),
        ("谭永福", "食堂管理员", "后勤处", "general", [
            ("食材采购", "食材采购中收受供货商回扣", "高", "食材统一平台采购,价格每周公示。"),
            ("伙食费管理", "伙食费挪作他用,账目不清", "高", "伙食费专账核算,每月向家委会公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 14, 32, 8, 30, 12])
        _line(sh, f"{unit}教职工廉洁风险自查表", 6)
        sh.add("姓名", who, "岗位", post, "所在部门", dept)
        sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施", "自查情况")
        for n, (point, desc, lv, measures) in enumerate(points, 1):
            sh.add(n, point, desc, lv, measures, "未发现" if n % 2 else "已整改")
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名:", who, "园长审核:", None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "kindergarten_self_checks", "http://jkq.xinxiang.gov.cn/xwzx/zhxw/1102243.html",
        "幼儿园 教职工廉洁风险自查表 one per sheet (tab = the holder) after the source's 督导调研 of a 经开区 实验幼儿园 and "
        "小学 (师资, 食品安全, 食材采购审批, 群众身边不正之风 整治): the holder as pairs ``姓名 | 侯晓雯 | 岗位 | 保教主任 | "
        "所在部门 | 保教办公室``; 序号/a SHORT ``风险点`` (评优评先, 食材采购…)/a long ``风险表现``/风险等级 高/中/低/"
        "防控措施/``自查情况`` (未发现/已整改); 本人签名/园长审核/date line",
        sheets, t,
    )  # fmt: skip


def township_hospital_list() -> dict:
    unit = "XX县九里镇卫生院"
    sh = _Sheet("Sheet1", [6, 14, 12, 9, 32, 12, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "分管领导")
    rows = [
        ("院办", "院长", "戚国梁", "药品耗材采购不经集体研究,指定供应商", "业务流程风险", "Ⅰ级",
         "药品耗材一律平台集中采购,院务会研究并留存纪要。", "/"),
        ("药房", "药房负责人", "童玉兰", "私自购进非集采药品并擅自加价", "制度机制风险", "Ⅰ级",
         "药品入库核对平台订单,售价系统锁定。", "戚国梁"),
        ("药房", "药房负责人", "童玉兰", "药品盘点账实不符", "岗位职责风险", "Ⅱ级",
         "每月盘点,院办抽查。", "戚国梁"),
        ("公共卫生科", "科长", "雷振", "虚报基本公共卫生服务工作量套取补助", "岗位职责风险", "Ⅱ级",
         "服务记录电话回访抽查,补助按考核结果拨付。", "郜文斌"),
        ("乡村医生管理办公室", "专干", "梅小龙", "对村卫生室药品调拨、销售监管不到位", "外部环境风险", "Ⅱ级",
         "村卫生室药品统一由卫生院调拨,每季督查。", "郜文斌"),
        ("乡村医生管理办公室", "专干", "梅小龙", "乡村医生绩效考核打分优亲厚友", "思想道德风险", "Ⅲ级",
         "考核两人以上打分,结果在村卫生室公示。", "郜文斌"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"院长": "leader", "药房负责人": "middle", "科长": "middle"}
    for n, (dept, post, who, point, typ, lv, measures, lead) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, lead)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, types_in(typ),
                ROMAN[lv])  # fmt: skip
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    sh.add()
    sh.add("填报单位:XX县九里镇卫生院(盖章)", None, None, None, None, "2024年5月", None, None, None)
    return _layout(
        "township_hospital_list", "http://www.msweekly.com/show.html?id=131445",
        "镇卫生院 廉政风险点及防控措施一览表 after the source's 县纪委监委 整治 of 村卫生室 私自购药、私自加价 and its "
        "药品调拨、销售、管理 (乡村医生 不良执业行为记分): 序号/科室 merged (院办, 药房, 公共卫生科, 乡村医生管理办公室)/"
        "岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing "
        "``分管领导`` naming the 院长 戚国梁 (himself a holder on row 1, where it reads ``/``) and a 副院长 郜文斌; "
        "填报单位/date line",
        [sh], t,
    )  # fmt: skip


def finance_agency_cards() -> dict:
    unit = "XX县樟木镇"
    dept = "农村财务代理服务中心"
    t = _Truth(unit)
    people = [
        ("主任", "甘永红", "一级", "middle", [
            ("村级资金支付审核把关不严,为村干部违规开支开绿灯", "一级",
             "支付凭村民主理财小组审核意见,超限额报镇审批。"),
            ("对村级财务稽核发现的问题瞒报、不处理", "二级", "稽核结果每季报镇纪委,问题建立台账。"),
        ]),
        ("资金会计", "陆巧云", "一级", "general", [
            ("专户资金收付不及时入账,公款私存", "一级", "资金收付日清月结,银行对账单由记账会计核对。"),
            ("支票、印鉴一人保管", "一级", "支票与印鉴分人保管,使用登记。"),
            ("村级报账初审走过场", "二级", "初审清单逐项签字,问题单据退回。"),
        ]),
        ("记账会计", "卓文斌", "二级", "general", [
            ("账务处理不规范,随意调账", "二级", "调账须经主任审批,附书面说明。"),
            ("票据发放核销不严,票据流失", "三级", "票据领用、缴销逐本登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, grade, tier, points in people:
        sh = _Sheet(post, [6, 36, 9, 36])
        _line(sh, f"{unit}{dept}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "岗位", post)
        sh.add("岗位风险等级", grade, None, None)
        sh.merge(2, 1, 2, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("持卡人签字:", None, "2024年1月", None)
        sheets.append(sh)
    return _layout(
        "finance_agency_cards", "https://wenshuyi.com/a/filed8ifo8me.html",
        "镇 农村财务代理服务中心 岗位廉政风险防控卡 one per sheet (tab = the post) after the source's 村账乡代理 实施方案 "
        "(财务代理中心 设主任、资金会计、记账会计; 村级报账 初审、复审; 支票、印鉴保管; 票据发放核销): the 镇 and its 中心 "
        "only in the title ``XX县樟木镇农村财务代理服务中心岗位廉政风险防控卡``; ``持卡人 | 甘永红 | 岗位 | 主任`` "
        "then ``岗位风险等级 | 一级`` (the post's grade, not a point's); 序号/风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "持卡人签字/date line",
        sheets, t,
    )  # fmt: skip


def community_micro_powers() -> dict:
    unit = "XX区广福街道西岭社区居民委员会"
    sh = _Sheet("清单", [6, 12, 32, 8, 32, 14, 9, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}“小微权力”廉政风险点清单", 8)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任岗位", "责任人", "监督主体")
    shuji = "社区党委书记、居委会主任"
    rows = [
        ("低保初审", "入户调查不实,为关系户违规纳入低保", "高", "入户调查两人以上,评议会结果张榜公示。",
         "民政协理员", "姚佳", "居务监督委员会"),
        ("低保初审", "低保评议会组成不合规,评议走过场", "中", "评议会吸收居民小组长、党员和居民代表。",
         shuji, "汪文慧", "街道民政办"),
        ("临时救助", "救助金发放不到户,截留挪用", "高", "救助金打卡发放,发放名单公开。",
         "民政协理员", "姚佳", "居务监督委员会"),
        ("居务公开", "公开内容不全、不及时", "低", "按目录每月公开,居监会审核。",
         shuji, "汪文慧", "居务监督委员会"),
        ("社区经费使用", "办公经费虚列开支,白条入账", "中", "经费支出两委集体研究,报街道审核。",
         "社区报账员", "庞丽", "街道财政所"),
        ("公章使用", "未经审批使用公章,出具不实证明", "中", "用章登记,证明事项经书记审批。",
         shuji, "汪文慧", "居务监督委员会"),
    ]  # fmt: skip
    tiers = {shuji: "leader"}
    for n, (matter, point, lv, measures, post, who, sup) in enumerate(rows, 1):
        sh.add(n, matter, point, lv, measures, post, who, sup)
        t.point(sh.name, "", post, who, tiers.get(post, "general"), point, [], HML[lv])
    first = 2
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("社区(盖章)", None, None, "街道纪工委审核:", None, None, "2024年2月", None)
    return _layout(
        "community_micro_powers", "http://www.tsrb.com.cn/xwzx/2017-04/23/content_1552663.htm",
        "社区居民委员会 “小微权力”廉政风险点清单 after the source's 社区 低保清理整顿暨居民议事会 (社区主任, 包片, "
        "入户核查, 居民议事会 监督): 序号/``权力事项`` merged where repeated (低保初审)/风险点/风险等级 高/中/低/防控措施/"
        "``责任岗位`` (the 一肩挑 ``社区党委书记、居委会主任``, 民政协理员, 社区报账员)/``责任人``, each holder's rows "
        "apart/a trailing ``监督主体`` naming bodies (居务监督委员会, 街道民政办); 盖章/审核/date line",
        [sh], t,
    )  # fmt: skip


def middle_school_logistics() -> dict:
    unit = "XX县槐林镇初级中学"
    sh = _Sheet("一览表", [6, 10, 12, 9, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("后勤处", "后勤主任", "郝建业", "与食堂承包方串通,虚开验收单套取餐费", "★★★",
         "验收单经后勤主任、财务、监督员三方签字。"),
        ("后勤处", "后勤主任", "郝建业", "食堂盈余不按规定用于学生伙食", "★★", "食堂盈余每学期公示,结余滚存使用。"),
        ("后勤处", "食堂保管员", "薛华", "出入库记录与实物不符", "★", "出入库日清,每月盘点。"),
        ("财务室", "会计", "常秋菊", "餐费收入不进专户,多头记账", "★★★", "餐费全部进入监管专户,一本账核算。"),
        ("政教处", "主任", "冯立", "学生资助对象认定优亲厚友", "★★", "资助对象经班级评议、学校审核、公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    tiers = {"后勤主任": "middle", "主任": "middle"}
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tiers.get(post, "general"), point, [], STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add("说明:★★★为高风险,★★为中风险,★为低风险。", None, None, None, None, None, None)
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 6)
    return _layout(
        "middle_school_logistics", "http://www.gdmsci.cn/article/3cSxHljrwNtQ.html",
        "初级中学 岗位廉政风险点一览表 after the source's 县 学校食堂 餐费 整治 (承包方虚假验收单, 三本账, 后勤主任 三方"
        "联审, 餐费专户): 序号/``处室`` merged (后勤处, 财务室, 政教处)/岗位 and 姓名 merged per person/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a merged 说明 line giving the stars",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    veterans_station_roster(),
    rest_home_posts(),
    town_station_list(),
    school_canteen_duty(),
    kindergarten_self_checks(),
    township_hospital_list(),
    finance_agency_cards(),
    community_micro_powers(),
    middle_school_logistics(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch83-inbox"))
