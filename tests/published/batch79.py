"""A seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: PUBLIC INSTITUTIONS AND THE GRASS ROOTS, MIXED — a 区域性中心
敬老院, a 镇中心卫生院, a 区小学, a 村 with its 村民小组, a 社区 by its 网格, a 镇卫生健康办公室, a
公办幼儿园, a 市中学's 食堂 and a 镇中心学校 with its 教学点 — each handing back its 排查表, 一览表,
清单 or 防控卡 as such bodies publish or send them, nothing exotic about them. Eight are EVERYDAY:

- a 中心敬老院 排查表 under a bare title, the unit given only by ONE merged cell
  ``单位名称:…敬老院　　主管部门:XX县民政局　　填报时间:…``; 岗位/姓名/主要职责 merged per person
  (one post ``出纳兼保管员``), short types, 高/中/低, a 院长/填表人 line;
- a 镇中心卫生院 排查表: 科室 merged (``院领导`` first), ``…风险`` types, 一级/二级/三级 with a 注, and
  NO 姓名 column — the holders' names are typed in the trailing ``签字确认`` column, merged per person;
- a 小学 一览表: 处室 merged, 岗位/责任人 merged per person, Ⅰ级/Ⅱ级/Ⅲ级 — the 班主任's 责任人 is
  ``各班班主任`` and the 任课教师's ``全体任课教师``: a group, no named holder;
- a 村 排查表 by ``所在组织`` — 村党支部, 村委会, 村务监督委员会 and two 村民小组 (``第二村民小组``,
  ``第五村民小组``) whose 组长 hold their own risks — 职务/姓名 merged per person, short types, 高/中/低;
- a 社区 网格工作人员 一览表 by ``所在网格`` (``总网格``, ``第一网格``, ``第二网格``), 职务/姓名 and a
  ``联系电话`` (eleven digits) merged per person, 高/中/低;
- a 镇卫生健康办公室's 防控卡, one sheet per post (tabs ``主任``, ``计生专干``, ``医保专干``): the 镇 and
  its 办 only in the title, ``持卡人 | … | 职务 | … | 任职时间 | …`` above, a short ``风险点`` beside a
  long ``表现形式``, 一级/二级/三级, a trailing ``监督责任人`` naming the 分管副镇长 on every row;
- a 公办幼儿园 清单 对岗不对人: 岗位/岗位职责 merged per post, 高/中/低, a trailing ``监督主体``
  (家长委员会, 膳食委员会, 园务委员会);
- a 中学 食堂管理 廉政风险同步预防清单: 部门 (后勤处, 高中部食堂, 义教部, 学校超市), 岗位/责任人
  merged per person, 高/中/低, the measures headed ``同步预防措施``, a 说明 line under it.

One is harder:

- ``central_school_teaching_points``: a 镇中心学校's workbook — its own sheet (处室 in the table) and
  one sheet per 教学点 (tabs ``竹林``, ``石门``), each titled ``XX县青岩镇中心学校竹林教学点岗位廉政
  风险排查表``: the 中心学校 is the unit, the 教学点 the 科室 of the rows on its sheet.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an 审计局 looking at a 镇's three
公立敬老院 and their 五保 供养资金, 食堂 and 宿舍; a 镇中心卫生院's 安全检查 of its 药房, 病房 and
职能科室; a 小学's letter to parents on 有偿补课 and 礼品礼金; a 村小组长 sharing out 征地补偿款 without
the 民主议定程序; a 镇's 微网格 公示牌 naming 网格长 and 网格员; a 镇卫健办's 计生奖扶 调查、评议、公示;
a 区教育局's rules for 公办幼儿园 经费收支 and 伙食费; a 中学's 食堂管理廉政风险同步预防 meeting of
纪委、后勤处、义教部 and 高中部食堂、超市; an article on the 中心校 as the one legal body over its 村小
and 教学点, keeping their 公用经费) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch79`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b79_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``单位名称:… 主管部门:…`` line gives the unit; the 主管部门 (the 民政局 above the 敬老院) is no
  unit and no 科室 of the rows;
- names typed in a trailing ``签字确认`` column, with no other name column, are the holders;
- a 责任人 cell naming a group (``各班班主任``, ``全体任课教师``) names no holder: that post's form has
  no person (对岗不对人), known by its 处室 and post;
- ``所在组织`` (村党支部, 村委会, 村务监督委员会, 第二村民小组) is the 科室 of the 村's rows; a
  村民小组's ``组长`` is a post of the 村;
- ``所在网格`` (总网格, 第一网格) is the 科室 of the 社区's rows; ``联系电话`` is no part of a form;
- a card's ``监督责任人`` names no holder; the 办 in the title (``…白鹭镇卫生健康办公室…``) is the
  科室, the 镇 the unit (a 乡镇's own 办 is a 科室 of it);
- ``监督主体`` names who watches, no 科室; ``同步预防措施`` are the measures;
- a 中心学校's 教学点 sheet (``…中心学校竹林教学点…``) gives the 中心学校 as the unit and the 教学点 as
  the 科室, as a 局 and its 所 do (batches 36, 68): the 中心校 is the legal body of its 教学点;
- ``出纳兼保管员`` is one post, the whole cell;
- a 村's 党支部书记, 村委会主任 and 村务监督委员会 主任 are leaders (as batch75 took its 监事长); a
  村民小组's 组长, a 网格长, a 护理组长 and a 教学点's 负责人 middle posts.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b79_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GROUPS = ("各班班主任", "全体任课教师")
TIER = {"院长": "leader", "校长": "leader", "党支部书记": "leader", "村委会主任": "leader",
        "社区党委书记": "leader", "科长": "middle", "教导主任": "middle", "总务主任": "middle",
        "主任": "middle", "后勤处主任": "middle", "义教部主任": "middle", "网格长": "middle",
        "负责人": "middle", "后勤主任": "middle", "组长": "middle", "护理组长": "middle"}  # fmt: skip


def _tier(post: str, tiers: dict | None = None) -> str:
    return {**TIER, **(tiers or {})}.get(post, "general")


# --------------------------------------------------------------------------- harder layout


def central_school_teaching_points() -> dict:
    unit = "XX县青岩镇中心学校"
    t = _Truth(unit)
    sh = _Sheet("中心校", [5, 10, 10, 8, 34, 8, 34])
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "罗德才", "截留村小、教学点公用经费用于中心校开支", "高",
         "公用经费按校点分账核算,每学期公示各校点拨付明细。"),
        ("总务处", "报账员", "史秀琴", "教学点报账票据审核不严,虚列支出", "中",
         "报账票据由教学点负责人和报账员双签,中心校每月抽查。"),
    ]  # fmt: skip
    for n, (office, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, office, post, who, point, lv, measures)
        t.point(sh.name, office, post, who, _tier(post), point, [], HML[lv])
    sh.add()
    sh.add("校长签字:", None, "填表人:史秀琴", None, "2024年9月", None, None)
    sheets = [sh]
    points = [
        ("竹林", "竹林教学点", [
            ("负责人", "伍成林", "营养餐就餐人数虚报,多领补助资金", "高",
             "就餐人数每日登记签字,中心校每月与学籍人数核对。"),
            ("负责人", "伍成林", "代课教师工资虚报、克扣", "中", "代课教师工资由中心校直接打卡发放。"),
            ("教师", "喻春花", "向学生推销教辅资料收取好处", "低", "教辅征订由中心校统一组织,自愿征订并公示。"),
        ]),
        ("石门", "石门教学点", [
            ("负责人", "邓学军", "校舍维修虚报工程量", "中", "维修项目报中心校审批,完工后中心校总务处验收。"),
            ("负责人", "邓学军", "学生资助对象认定优亲厚友", "中", "资助对象经班级评议,在教学点公示五天。"),
        ]),
    ]  # fmt: skip
    for tab, place, rows in points:
        sh = _Sheet(tab, [5, 10, 8, 34, 8, 34])
        _line(sh, f"{unit}{place}岗位廉政风险排查表", 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, place, post, who, _tier(post), point, [], HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("教学点负责人签字:", None, None, None, "2024年9月", None)
        sheets.append(sh)
    return _layout(
        "central_school_teaching_points",
        "http://00-edu.com/e/DoPrint/index.php?classid=439&id=252939",
        "(harder) 镇中心学校 workbook after the source's account of the 乡镇中心校 as the one 事业法人 of a 镇's "
        "schools, managing the 人、财、物 of its 村小 and 教学点 and keeping their 公用经费 (集中记账、分校核算): a "
        "sheet ``中心校`` (title naming the 中心学校, 序号/处室/岗位/姓名/风险点/风险等级 高/中/低/防控措施) and one "
        "sheet per 教学点, tabs ``竹林`` and ``石门``, each titled ``XX县青岩镇中心学校竹林教学点岗位廉政风险排查表`` "
        "— the 中心学校 the unit, the 教学点 the 科室 of the rows under it; 岗位/姓名 merged per person (the "
        "负责人 over two rows); 签字/date lines",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def elder_home_authority_line() -> dict:
    unit = "XX县城北区域性中心敬老院"
    sh = _Sheet("排查表", [5, 12, 8, 22, 32, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "岗位廉政风险排查表", 8)
    _line(sh, f"单位名称:{unit}　　主管部门:XX县民政局　　填报时间:2024年6月", 8)
    sh.add("序号", "岗位", "姓名", "主要职责", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院长", "柯德胜", "主持敬老院全面工作,审批院内经费开支",
         "五保供养资金挤占挪用,用于院内基建或接待", "制度机制", "高",
         "供养资金专户核算,每季度向镇民政办报送拨付和使用清单。"),
        ("院长", "柯德胜", "主持敬老院全面工作,审批院内经费开支",
         "院内维修项目指定施工方,虚增工程量", "岗位职责", "中", "维修项目三家比价,院务会集体研究,结果公示。"),
        ("会计", "池秀兰", "负责账务核算和报表编制",
         "虚列开支,账目与五保对象供养清单不符", "业务流程", "中", "每月与出纳对账,供养清单与账目逐项核对。"),
        ("出纳兼保管员", "祝红梅", "负责现金收付和院内物资保管",
         "代管院民零用钱不记账,私自挪用", "思想道德", "高", "零用钱一人一账,每月由院民代表签字确认。"),
        ("出纳兼保管员", "祝红梅", "负责现金收付和院内物资保管",
         "社会捐赠物资入库不登记,私分或变卖", "制度机制", "中", "捐赠物资登记造册,发放情况在院内公示栏公布。"),
        ("食堂管理员", "葛建新", "负责伙食采购和食堂管理",
         "伙食采购虚报数量、抬高价格", "业务流程", "高", "采购两人同行,院民代表参与验收,伙食账每月公布。"),
        ("护理组长", "卢小燕", "负责院民生活护理和护理员排班",
         "护理员考勤不实,虚报加班费", "岗位职责", "低", "考勤每日登记,加班经院长审批后公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("院长(签字):", None, None, "填表人:池秀兰", None, None, None, None)
    return _layout(
        "elder_home_authority_line",
        "http://www.dtxww.com/site/content.html?key=657904da5acae9efab8b4569&father_key=5823d752d7af1429008b469d",
        "区域性中心敬老院 岗位廉政风险排查表 after the source's account of an 审计局 looking at a 镇's three 公立敬老院 "
        "that keep 五保 (集中供养) people — their 财务账册, 五保户供养资金拨付清单, 食堂 and 宿舍: ``附件2`` and a bare "
        "title ``岗位廉政风险排查表``, then ONE cell merged across ``单位名称:XX县城北区域性中心敬老院　　主管部门:XX县"
        "民政局　　填报时间:2024年6月`` (the only place the unit is named, beside its 主管部门); 序号/岗位, 姓名 and 主要职责 "
        "merged per person (院长, 会计, ``出纳兼保管员``, 食堂管理员, 护理组长)/风险点/风险类别 short names/风险等级 "
        "高/中/低/防控措施; 院长(签字)/填表人 line",
        [sh], t,
    )  # fmt: skip


def health_center_sign_column() -> dict:
    unit = "XX县槐树镇中心卫生院"
    sh = _Sheet("Sheet1", [5, 10, 10, 32, 12, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险类别", "风险等级", "防控措施", "签字确认")
    rows = [
        ("院领导", "院长", "药品、医疗设备采购个人说了算", "制度机制风险", "一级",
         "药品设备采购经院务会集体研究,纪检监督员全程参与。", "谈志远"),
        ("院领导", "院长", "绩效工资分配向个人和亲近人员倾斜", "思想道德风险", "二级",
         "绩效分配方案经职工大会通过,分配结果公示。", "谈志远"),
        ("药房", "药剂员", "药品出入库账实不符,私自变卖药品", "岗位职责风险", "二级",
         "药品进销存系统管理,每月盘点并报院办。", "鲁小青"),
        ("收费室", "收费员", "收费不开票据,截留现金", "业务流程风险", "一级",
         "收费全部经HIS系统结算,日结日缴。", "贝丽娟"),
        ("公共卫生科", "科长", "虚报基本公共卫生服务工作量套取补助", "岗位职责风险", "一级",
         "服务数据电话回访抽查,补助按核定数量拨付。", "邢国强"),
        ("公共卫生科", "科长", "疫苗冷链温度记录造假", "制度机制风险", "三级",
         "冷链温度自动记录,每周检查并签字。", "邢国强"),
        ("医保办", "医保专管员", "为参保人虚构住院套取医保基金", "外部环境风险", "一级",
         "住院患者床头核查,医保结算数据每月分析。", "宁婉燕"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (office, post, point, typ, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, office, post, point, typ, lv, measures, who)
        t.point(sh.name, office, post, who, _tier(post), point, types_in(typ), ORDINAL[lv])
    per_person = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (7, per_person)])
    _line(sh, "注:风险等级分一级、二级、三级,一级风险最高。", 8)
    return _layout(
        "health_center_sign_column",
        "http://jyss.net/forum.php?mod=viewthread&ordertype=2&tid=116255",
        "镇中心卫生院 岗位廉政风险排查表 after the source's account of a 镇中心卫生院 whose 支部书记、院长 led the heads "
        "of its 职能科室 through the 药房, 病房 and other 重点部位: 序号/科室 merged (``院领导`` first, 药房, 收费室, "
        "公共卫生科, 医保办)/岗位 merged per person/风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施 and NO 姓名 "
        "column: the holders' names typed in the trailing ``签字确认`` column, merged per person; a 注 under it",
        [sh], t,
    )  # fmt: skip


def primary_school_group_holders() -> dict:
    unit = "XX区石岗小学"
    sh = _Sheet("一览表", [5, 10, 10, 12, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "严振华", "学校大额经费使用不经校务会研究", "Ⅰ级",
         "“三重一大”事项集体决策,会议纪要存档备查。"),
        ("教导处", "教导主任", "方慧", "评优评先、职称推荐暗箱操作", "Ⅱ级", "推荐方案和推荐结果在校内公示。"),
        ("教导处", "班主任", "各班班主任", "收受学生及家长礼品礼金", "Ⅱ级", "签订廉洁从教承诺书,公布家长监督电话。"),
        ("教导处", "班主任", "各班班主任", "借调座位、安排班干部向家长索要好处", "Ⅲ级", "座位、班干部安排规则向家长公开。"),
        ("教导处", "任课教师", "全体任课教师", "组织、推荐学生参加有偿补课", "Ⅰ级",
         "学期初签订拒绝有偿补课承诺书,发现一起查处一起。"),
        ("总务处", "总务主任", "韩卫疆", "校舍维修指定施工方,虚增工程量", "Ⅰ级", "维修项目比价选定,完工后联合验收。"),
        ("总务处", "报账员", "孔令娴", "报销凭证审核不严,白条入账", "Ⅱ级", "报账凭证经总务主任、校长双签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (office, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, office, post, who, point, lv, measures)
        person = "" if who in GROUPS else who
        t.point(sh.name, office, post, person, _tier(post), point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:孔令娴", None, None, "审核人:严振华", None, "2024年5月", None)
    return _layout(
        "primary_school_group_holders", "https://360docs.net/doc/0720480366.html",
        "区小学 岗位廉政风险防控一览表 after the source's 小学 letter to parents on 有偿补课 and 违规收受礼品礼金 (全体"
        "教师 自觉抵制, 家长委员会, 监督): 序号/处室 merged (校长室, 教导处, 总务处)/岗位 and 责任人 merged per person/"
        "风险点/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施 — the 班主任's 责任人 is ``各班班主任`` (two rows) and the 任课教师's "
        "``全体任课教师``: a group, no named holder; 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def village_group_leaders() -> dict:
    unit = "XX县黄溪镇栗山村"
    sh = _Sheet("栗山村", [5, 14, 12, 8, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "所在组织", "职务", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("村党支部", "党支部书记", "苏长贵", "村级重大事项不按“四议两公开”程序决策", "制度机制", "高",
         "重大事项按程序决策,决议和实施结果张榜公开。"),
        ("村委会", "村委会主任", "满建华", "集体资产资源发包不公开,暗箱操作", "岗位职责", "高",
         "发包进入镇农村产权交易平台,合同公示。"),
        ("村委会", "报账员", "卓春兰", "报账票据审核不严,虚开发票入账", "业务流程", "中",
         "票据经村务监督委员会审核盖章后报镇农经站。"),
        ("村务监督委员会", "主任", "费德明", "监督走过场,对违规开支审核签字", "思想道德", "中",
         "监督情况每季度向村民代表会议报告。"),
        ("第二村民小组", "组长", "巫长青", "征地补偿款不经组民会议私自分配", "制度机制", "高",
         "补偿款分配方案经组民会议三分之二以上通过并公示。"),
        ("第二村民小组", "组长", "巫长青", "小组集体山林、鱼塘承包优亲厚友", "思想道德", "中",
         "承包公开竞价,承包合同报村委会备案。"),
        ("第五村民小组", "组长", "邱桂生", "组内低保、救助对象推荐不公", "外部环境", "低",
         "推荐对象经组民评议并在组内公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (org, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, org, post, who, point, typ, lv, measures)
        # the 村务监督委员会's 主任 is one of the village's leaders (as batch75 took its 监事长)
        t.point(
            sh.name, org, post, who, _tier(post, {"主任": "leader"}), point, types_in(typ), HML[lv]
        )
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("村党支部(盖章)", None, None, None, "镇包村干部:", None, "2024年7月", None)
    return _layout(
        "village_group_leaders", "http://bjknxz.com/rexianxinwen/25605180675.html",
        "村 廉政风险点排查表 after the source's account of a 村小组长 who shared out a 村民小组's 征地补偿款 (林地、"
        "退耕还林青苗补偿) without the 民主议定程序, and of the 村委会's 民主评议会: 序号/``所在组织`` merged (村党支部, "
        "村委会, 村务监督委员会, ``第二村民小组``, ``第五村民小组``)/职务 and 姓名 merged per person (the 组长 of each "
        "村民小组 with his own risks)/风险点/风险类型 short names/风险等级 高/中/低/防控措施; a 盖章/包村干部/date line",
        [sh], t,
    )  # fmt: skip


def community_grid_phones() -> dict:
    unit = "XX市XX区玉泉街道杏林社区"
    sh = _Sheet("一览表", [5, 10, 12, 8, 13, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}网格工作人员廉政风险防控一览表", 8)
    sh.add("序号", "所在网格", "职务", "姓名", "联系电话", "风险点", "风险等级", "防控措施")
    rows = [
        ("总网格", "社区党委书记", "戴秋云", "13907316258", "社区公益事业补助资金使用不经居民议事会讨论", "高",
         "资金使用项目经居民议事会讨论,收支逐笔公开。"),
        ("总网格", "社区党委书记", "戴秋云", "13907316258", "辖区单位共建经费收支不入账", "中",
         "共建经费纳入街道代理记账,不设账外账。"),
        ("第一网格", "网格长", "邬明亮", "13574182093", "低保、临时救助入户调查不实,优亲厚友", "高",
         "入户调查两人以上,评议结果在网格公示牌公示。"),
        ("第一网格", "专职网格员", "甘露雯", "15973125416", "采集的居民信息泄露或出售", "中",
         "信息系统分级授权,签订保密承诺书。"),
        ("第二网格", "网格长", "柴志刚", "18874320571", "为不符合条件的居民出具居住、困难证明", "中",
         "证明出具登记台账,网格长、社区主任双签。"),
        ("第二网格", "专职网格员", "牛晓燕", "13687319824", "网格事件处置虚报、漏报,骗取考核分", "低",
         "事件处置上传现场照片,街道随机回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (grid, post, who, phone, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, grid, post, who, phone, point, lv, measures)
        t.point(sh.name, grid, post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("社区(盖章)", None, None, None, "监督电话:12388", None, "2024年8月", None)
    return _layout(
        "community_grid_phones", "http://www.yanchengzx.com/ycsjj/12017.html",
        "社区 网格工作人员廉政风险防控一览表 after the source's account of a 镇's 村(居) cut into 微网格, each with its "
        "网格长, 网格员 and a 公示牌 showing who they are and what they do: 序号/``所在网格`` merged (``总网格`` for the "
        "社区党委书记, ``第一网格``, ``第二网格``)/职务, 姓名 and ``联系电话`` (eleven digits) merged per person/风险点/"
        "风险等级 高/中/低/防控措施; 盖章/监督电话/date line",
        [sh], t,
    )  # fmt: skip


def town_health_office_cards() -> dict:
    unit = "XX县白鹭镇"
    office = "卫生健康办公室"
    t = _Truth(unit)
    chief = "魏红军"
    cards = [
        ("主任", "滕秀英", "2022年3月", "负责全镇卫生健康、计划生育家庭奖励扶助工作", [
            ("奖扶对象资格初审把关不严", "对户籍、婚育史调查走过场,将不符合条件人员纳入奖扶", "二级",
             "入户调查两人以上,村级评议、镇级公示后上报。"),
            ("奖特扶资金停发不及时", "死亡对象不及时停发,被冒领奖扶资金", "一级",
             "每年与公安、民政数据比对,停发名单公示。"),
        ]),
        ("计生专干", "闵晓梅", "2020年9月", "负责计生家庭信息管理和证件办理", [
            ("计生家庭信息录入弄虚作假", "随意修改生育史、子女数等信息", "二级", "信息修改须附证明材料,主任审核留痕。"),
            ("光荣证办理收取好处", "为不符合条件人员违规办理独生子女父母光荣证,或故意拖延办理索要财物", "三级", "办理条件和时限公开,一次性告知。"),
        ]),
        ("医保专干", "侯志平", "2023年1月", "负责城乡居民医保征缴和医疗救助申报", [
            ("代收医保费挪用", "入户代收的居民医保费不及时上缴,截留挪用", "一级", "推行线上缴费,代收款日清日缴。"),
            ("医疗救助对象审核不严", "为不符合条件人员申报医疗救助", "二级", "救助对象经村评议、镇审核并公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, since, duty, points in cards:
        sh = _Sheet(post, [5, 22, 30, 8, 30, 10])
        _line(sh, f"{unit}{office}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "职务", post, "任职时间", since)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "表现形式", "风险等级", "防控措施", "监督责任人")
        first = len(sh.rows)
        for n, (point, shows, lv, measures) in enumerate(points, 1):
            sh.add(n, point, shows, lv, measures, chief)
            t.point(sh.name, office, post, who, _tier(post), point, [], ORDINAL[lv])
        _merge_down(sh, first, [(5, lambda row: row[5])])
        sh.add()
        sh.add("持卡人签字:", None, "分管领导签字:", None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "town_health_office_cards",
        "http://szbk.chuzhou.cn/czrb/pc/content/202104/14/content_36409.html",
        "镇卫生健康办公室 岗位廉政风险防控卡 after the source's account of a 镇卫健办's 计生家庭奖励扶助 work (进村入户"
        "调查 户籍状况、婚姻史、生育史; 村级评议; 公示; 奖扶、特扶资金发放): one sheet per post, tabs ``主任``, "
        "``计生专干``, ``医保专干`` (the 镇 and its 办 only in each title ``XX县白鹭镇卫生健康办公室岗位廉政风险防控卡``); "
        "``持卡人 | 滕秀英 | 职务 | 主任 | 任职时间 | 2022年3月`` then a ``岗位职责`` line; 序号/a short 风险点/a long "
        "``表现形式``/风险等级 一级/二级/三级/防控措施/a trailing ``监督责任人`` merged down naming the 分管副镇长 魏红军 "
        "on every card (NOT the holder); 持卡人签字/分管领导签字/blank date line",
        sheets, t,
    )  # fmt: skip


def kindergarten_post_list() -> dict:
    unit = "XX区丹桂幼儿园"
    sh = _Sheet("清单", [5, 10, 24, 32, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施", "监督主体")
    rows = [
        ("园长", "主持全园工作,审批经费支出", "伙食费与保教费混用,挤占幼儿伙食费", "高",
         "伙食费单独核算,盈利控制在3%以内,每月向家长公布。", "家长委员会"),
        ("园长", "主持全园工作,审批经费支出", "大宗物资采购指定供应商", "中", "采购经园务会研究,三家比价。",
         "园务委员会"),
        ("后勤主任", "负责食堂、采购和资产管理", "食材验收以次充好,虚报数量", "高",
         "保健医、后勤主任、家长代表共同验收,留存票据。", "膳食委员会"),
        ("保健医", "负责幼儿膳食营养和卫生保健", "体检费等代收费不公示,结余不清退", "低",
         "代收费项目和标准公示,学期末清退结余。", "家长委员会"),
        ("报账员", "负责经费报销和收费", "收费不开票据,截留收入", "中", "收费全部通过银行代收,票据连号管理。",
         "园务委员会"),
        ("班级教师", "负责班级保育教育工作", "收受家长礼品礼金", "中", "签订师德承诺书,公开举报电话。", "家长委员会"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures, watch)
        t.point(sh.name, "", post, "", _tier(post), point, [], HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    sh.add()
    sh.add("幼儿园(盖章)", None, None, "2024年3月", None, None, None)
    return _layout(
        "kindergarten_post_list", "http://news.jsw.com.cn/zjnews/2013-01/03/content_2750497.htm",
        "公办幼儿园 廉洁风险防控清单 对岗不对人 after the source's account of a 区教育局's rules for 公办幼儿园 经费收支 "
        "(财务管理体制, 支出审批权限, 收支两条线, 伙食费 每月盈利控制在3%以内、月底结算并向家长公布): 序号/岗位 and "
        "岗位职责 merged per post (园长, 后勤主任, 保健医, 报账员, 班级教师)/风险点/风险等级 高/中/低/防控措施/a trailing "
        "``监督主体`` (家长委员会, 膳食委员会, 园务委员会 — who watches, no 科室); no names; 盖章/date line",
        [sh], t,
    )  # fmt: skip


def school_canteen_sync() -> dict:
    unit = "XX市第十九中学"
    sh = _Sheet("食堂", [5, 12, 12, 8, 34, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}食堂管理廉政风险同步预防清单", 7)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险等级", "同步预防措施")
    rows = [
        ("后勤处", "后勤处主任", "黎建设", "食材配送企业选定不公开", "高", "配送企业公开招标,纪委全程监督。"),
        ("后勤处", "后勤处主任", "黎建设", "食堂结余资金不清退,转作他用", "中",
         "伙食账单独核算,结余按学期清退或用于改善伙食。"),
        ("高中部食堂", "食堂管理员", "柳红", "食材验收不严,收受供货商好处", "高", "验收双人签字,留样拍照上传。"),
        ("高中部食堂", "仓库保管员", "甄伟", "库存食材出入库不登记,私自带出", "中", "出入库台账日清月结,后勤处每月盘点。"),
        ("义教部", "义教部主任", "程雪梅", "学生就餐人数虚报,多领伙食补助", "中", "就餐人数与刷卡数据每日核对。"),
        ("学校超市", "超市管理员", "鲍国平", "商品定价高于市场,售卖临期过期食品", "低", "商品价格公示,每周检查保质期。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "说明:本清单由学校纪委、后勤处会同义教部、高中部梳理,每学期更新一次。", 7)
    return _layout(
        "school_canteen_sync", "http://xunxian55.com/skin/skin001/NewsOpen.php?news_id=8514",
        "市中学 食堂管理廉政风险同步预防清单 after the source's account of a 中学's 食堂管理廉政风险同步预防 meeting (纪委, "
        "后勤处, 义教部, 体育部, 高中部食堂 and 超市 managers): 序号/部门 merged (后勤处, 高中部食堂, 义教部, 学校超市)/"
        "岗位 and 责任人 merged per person/风险点/风险等级 高/中/低/the measures headed ``同步预防措施``; a ``说明:`` line "
        "under it",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    central_school_teaching_points(),
    elder_home_authority_line(),
    health_center_sign_column(),
    primary_school_group_holders(),
    village_group_leaders(),
    community_grid_phones(),
    town_health_office_cards(),
    kindergarten_post_list(),
    school_canteen_sync(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch79-inbox"))
