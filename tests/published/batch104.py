"""A hundred-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES NO EARLIER
BATCH USED — a 县殡葬管理所, a 县船闸管理所, a 县农业技术推广中心, the 共青团县委, a 县林业工作站, a 县法律
援助中心, a 县城市排水管理处, a 县动物卫生监督所 and a 县红十字会 — each handing back its ordinary
一览表, 排查表, 清单 or 防控卡 the way its staff typed it, four of them also kept as LibreOffice
re-saves, ``.xls`` AND ``.ods`` (``resaved/b104_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch104.py --resave``):

- a 殡葬管理所 一览表 (re-saved) under a form line ``单位（盖章）：… | 填表人：蒯若岚 | 联系电话：0517-…``
  whose 填表人 also holds a post in the table; 股室 merged, 岗位 and 姓名 merged per person, ``…风险``
  types, 高/中/低; the workbook's untouched ``Sheet2`` and ``Sheet3`` left empty;
- a 船闸管理所 排查表 (re-saved) whose merged 科室 cells are typed VERTICALLY, one character a line
  (``运⏎行⏎调⏎度⏎股``), the risk column headed ``排查出的风险点``, levels ``★★★/★★/★`` with the
  note that reads them, and a ``备注`` column (``新增``);
- a 农业技术推广中心 一览表 (re-saved) with a ``风险编号`` column of codes (``NJ-ZB-01``) first, the
  科室 column headed ``站（室）`` (中心领导, 植保站, 土肥站, 经作站, 办公室), the holder under ``责任人``,
  and levels typed with Latin letters ``I级/II级/III级``;
- the 共青团县委's 清单 对岗不对人 (部室/岗位, no names), ``附件2`` above, and a two-line ``说明：…``
  under it that names the three levels and the five types;
- a 林业工作站 一览表 (re-saved) whose acting head is written ``阚昱衡（主持工作）`` under 姓名 beside
  the post 副站长, 岗位职责 merged per person, 一级/二级/三级;
- a 城市排水管理处 排查表 of two sheets, ``2023年`` (last year's, kept in the file) then ``2024年``,
  each titled with its year, the table starting in column B (column A a blank margin);
- a 动物卫生监督所 排查登记表 whose header is followed by a row of column numbers ``1 | 2 | … | 8``;
- a 红十字会 一览表 with a short ``风险点`` beside ``风险表现形式``, the holder under ``责任人姓名``, the
  compound surnames 端木 and 闻人 (``端木若霖``, ``闻人雪``), levels ``高风险/中风险/低风险``.

One is harder:

- ``legal_aid_caption_cards``: a 法律援助中心's 防控卡 STACKED on one sheet, each card opened by a
  caption row that names the post and the holder with no label at all — ``一、主任　禚铭远``,
  ``三、援助业务股股长　宓清扬`` (科室, post and name run together, a full-width space before the
  name) — over its own 序号/风险点/… header; no 姓名, 职务 or 持卡人 field anywhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 殡葬管理工作 自查和检查表 headed
单位（盖章）/填表人/联系电话; a 船闸 调研报告 (闸首, 闸室, 启闭机, 闸阀门); 基层农技推广区域站 and the
县植保站; a 团县委's 希望工程 and 志愿服务; a 乡林业站's 职能职责 (伐区调查设计, 造林检查验收, 森林防火);
a 法律援助 温暖工程 (申请、审查、受理、指派、办案、归档, 经费); an 排水局's 科室 (排水管理科, 工程技术科,
运行维护科); a notice on 官方兽医 and 检疫出证; the state of 县级红十字会) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented; every unit is a body of 涟水县 (the 团县委 is ``共青团涟水县委员会``).

Run ``python tests/published/score.py --set batch104`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a caption row ``三、援助业务股股长　宓清扬`` over a card names the card's 科室 (援助业务股), post (股长)
  and holder; ``一、主任　禚铭远`` a post without a 科室;
- ``阚昱衡（主持工作）`` under 姓名 is 阚昱衡, the post the 岗位 cell's 副站长;
- a 科室 typed one character a line (``运⏎行⏎调⏎度⏎股``) is that 科室 (运行调度股);
- ``I级/II级/III级`` typed with Latin letters are Ⅰ级/Ⅱ级/Ⅲ级;
- the 填表人 named above a table that has its own 姓名 column is only the one who filled it in (she
  is a holder here through her own row, not through that line);
- a sheet whose title names an earlier year (``2023年度…``) beside one naming the current year
  (``2024年度…``) is last year's list: no form, no point;
- a row of column numbers under the header, a ``风险编号`` code and a ``备注`` are no point and no
  holder; the ``说明`` lines naming the levels and the types are no point;
- 所长/副所长, 主任/副主任 of a 中心, 站长/副站长 of a county 站, 处长, 会长/副会长 and the 团县委's
  书记/副书记 are leaders; 股长, 科长, a 站长 inside the 中心, 部长 and 办公室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells), copies the re-saved copies ``resaved/b104_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b104_"
PLACE = "涟水县"
STARS = {"★★★": 1, "★★": 2, "★": 3}
LATIN = {"I级": 1, "II级": 2, "III级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _vertical(text: str) -> str:
    """A name typed one character a line, as offices fill a narrow merged column."""
    return "\n".join(text)


# --------------------------------------------------------------------------- harder layout


def legal_aid_caption_cards() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("防控卡", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 5)
    r = sh.add(None, None, None, "填报时间：2024年11月", None)
    sh.merge(r, 3, r, 4)
    cards = [
        ("一", "", "主任", "禚铭远", "leader", [
            ("法律援助案件指派不按轮流指派规则,向关系律师倾斜", "制度机制", "高",
             "案件按律师名册轮流指派,指派情况每季度公示。"),
            ("办案补贴审批把关不严", "岗位职责", "中", "补贴凭结案材料和质量评估结果发放,实行双签。"),
        ]),
        ("二", "", "副主任", "綦若谷", "leader", [
            ("法律援助专项经费被挤占挪用", "制度机制", "高", "专项经费专款专用,支出经主任审批并按年公开。"),
            ("案件质量评估打分不客观", "思想道德", "低", "评估由中心人员和律师代表共同打分,结果公示。"),
        ]),
        ("三", "援助业务股", "股长", "宓清扬", "middle", [
            ("对不符合经济困难标准的申请人违规给予援助", "岗位职责", "高",
             "经济困难状况凭证明材料审查,审查意见股室集体研究。"),
            ("为受援人介绍收费律师,从中收取好处", "外部环境", "中", "严禁向受援人推荐收费律师,投诉电话公开。"),
        ]),
        ("四", "财务室", "会计", "钭语桐", "general", [
            ("办案补贴发放金额与审批不符", "业务流程", "中", "补贴通过银行转账发放,发放明细与审批表逐笔核对。"),
            ("收据、票据保管不善,遗失不报", "制度机制", "低", "票据专人保管,领用核销登记。"),
        ]),
    ]  # fmt: skip
    for k, (order, dept, post, who, tier, points) in enumerate(cards):
        if k:
            sh.add()
        _line(sh, f"{order}、{dept}{post}{GAP}{who}", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("中心主任签字:", None, None, "填报人:", None)
    return _layout(
        "legal_aid_caption_cards", "https://www.xiaomilidoc.com/p-13279813.html",
        "(harder) 县法律援助中心 岗位廉政风险防控卡, after the source's account of a 区's 法律援助温暖工程 (申请、审查、受理、"
        "指派、办案、归档 and the 法律援助经费 kept 专款专用): FOUR CARDS STACKED on one sheet under one title and a "
        "``填报时间：…`` cell, each opened by a merged caption row that names the post and the holder with NO label — "
        "``一、主任　禚铭远``, ``二、副主任　綦若谷``, ``三、援助业务股股长　宓清扬``, ``四、财务室会计　钭语桐`` (科室, "
        "post, a full-width space, the name) — over its own 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 "
        "header, a blank row between cards; a ``中心主任签字: | 填报人:`` line at the end; no 姓名, 职务 or 持卡人 field",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def funeral_office_filler_line() -> dict:
    unit = f"{PLACE}殡葬管理所"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查一览表", 8)
    r = sh.add(f"单位（盖章）：{unit}", None, None, "填表人：蒯若岚", None, "联系电话：0517-80231457",
               None, None)  # fmt: skip
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "笪霁川", "公墓建设和殡葬设施改造项目不经集体研究,个人决定施工单位", "制度机制风险",
         "高", "工程项目经所务会集体研究,按规定公开招标或比选。", "leader"),
        ("所领导", "所长", "笪霁川", "违规批准超标准建造墓穴", "岗位职责风险", "高",
         "墓穴规格按省定标准审批,审批结果在公墓公示。", "leader"),
        ("所领导", "副所长", "眭怀瑾", "惠民殡葬补助审核把关不严,为不符合条件的对象申领补助", "岗位职责风险", "中",
         "补助对象凭死亡证明、户籍资料双人审核,按月公示。", "leader"),
        ("殡葬执法股", "股长", "郏屿宁", "对违规土葬、乱埋乱葬查处不力,收受好处后不予处理", "思想道德风险", "高",
         "执法全程记录,查处结果报所务会备案。", "middle"),
        ("殡葬执法股", "股长", "郏屿宁", "骨灰安放去向核查走过场", "业务流程风险", "中",
         "建立火化与骨灰安放信息比对台账,每季度实地抽查。", "middle"),
        ("殡葬执法股", "执法队员", "逯星辰", "巡查中向丧户泄露执法检查安排", "外部环境风险", "中",
         "巡查时间、路线临时确定,两人同行。", "general"),
        ("公墓管理股", "股长", "缑砚秋", "公益性公墓墓穴私下预留、倒卖", "制度机制风险", "高",
         "墓穴编号管理,按亡者登记顺序安排,台账每月核对。", "middle"),
        ("办公室", "办事员", "蒯若岚", "殡葬服务收费不开具票据,收费不入账", "制度机制风险", "低",
         "收费项目和标准上墙公示,票据统一领用核销。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("所长签字:", None, None, None, None, "填报日期：2024年9月", None, None)
    return _layout(
        "funeral_office_filler_line", "https://m.wenke99.com/p-3438979.html",
        "县殡葬管理所 岗位廉政风险点排查一览表 after the source's 殡葬管理工作情况自查和检查表 (its line ``单位（盖章）: "
        "填表人: 联系电话:`` over the table; 公墓, 惠民殡葬, 火葬土葬区域, 遗体和骨灰): the title, then the form line "
        "filled — ``单位（盖章）：涟水县殡葬管理所 | 填表人：蒯若岚 | 联系电话：0517-80231457`` (the 填表人 is also the "
        "办公室's 办事员 in the table) — then 序号/股室 merged (所领导, 殡葬执法股, 公墓管理股, 办公室)/岗位 and 姓名 merged "
        "per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 所长签字/填报日期 line; the workbook's default "
        "``Sheet2`` and ``Sheet3`` left EMPTY",
        [sh, _Sheet("Sheet2"), _Sheet("Sheet3")], t,
    )  # fmt: skip


def ship_lock_vertical_dept() -> dict:
    unit = f"{PLACE}芦湾船闸管理所"
    sh = _Sheet("排查表", [5, 6, 10, 9, 34, 9, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "排查出的风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("所领导", "所长", "隗嘉树", "船闸大修、闸门更换等工程指定施工单位", "★★★",
         "工程项目按规定招标,所务会集体决策并留存纪要。", None, "leader"),
        ("所领导", "所长", "隗嘉树", "过闸费减免审批随意,为关系船舶减免", "★★★",
         "减免对象和标准公开,减免审批实行双签。", None, "leader"),
        ("所领导", "副所长", "封知远", "机电设备采购验收不严,以次充好", "★★",
         "采购三家以上比价,验收由使用、维修、财务三方参加。", None, "leader"),
        ("运行调度股", "股长", "鄢沐阳", "船舶过闸不按登记顺序调度,安排关系船舶插档", "★★★",
         "过闸登记、调度由系统自动排档,插档须所长审批并公示。", "新增", "middle"),
        ("运行调度股", "调度员", "闾晓棠", "收受船民好处优先放行", "★★", "调度记录全程录音录像,定期抽查。", None,
         "general"),
        ("收费股", "股长", "郗芷若", "过闸费票款不符,截留收费款", "★★★", "电子收费,票款日清日结,每月稽核。", None,
         "middle"),
        ("收费股", "收费员", "厍雨桐", "收费时少收费、不开票", "★★", "收费系统自动计费出票,收费窗口视频监控。", None,
         "general"),
        ("机电维修股", "技术员", "伏澄江", "启闭机、闸阀门维修材料虚报冒领", "★", "维修材料领用登记,旧件交回核销。",
         "新增", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, _vertical(dept), post, who, point, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "ship_lock_vertical_dept", "https://wenku.docs.qq.com/detail?docId=tAilNvO6Z7",
        "县船闸管理所 廉政风险点排查表 after the source's 调研报告 on a 船闸 (闸首, 闸室, 导航墙, 闸阀门, 启闭机, 自控电气"
        "设备; 过闸 and its management): 序号/科室 merged and typed VERTICALLY one character a line (``所⏎领⏎导``, "
        "``运⏎行⏎调⏎度⏎股``, ``收⏎费⏎股``, ``机⏎电⏎维⏎修⏎股``)/岗位 and 姓名 merged per person/``排查出的风险点``/"
        "风险等级 ``★★★/★★/★``/防控措施/``备注`` (``新增`` on two rows); no type column; a note ``注：★★★为高风险，"
        "★★为中风险，★为低风险。`` merged under the table, then 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def agri_tech_center_codes() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    sh = _Sheet("一览表", [11, 10, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年7月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("风险编号", "站（室）", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("NJ-LD-01", "中心领导", "主任", "亓思源", "农业技术推广项目资金分配不经集体研究", "制度机制", "I级",
         "项目资金分配方案经主任办公会集体研究,结果公示。", "leader"),
        ("NJ-LD-02", "中心领导", "主任", "亓思源", "示范基地建设项目承担主体确定不公开", "岗位职责", "I级",
         "承担主体公开遴选,遴选结果公示五个工作日。", "leader"),
        ("NJ-ZB-01", "植保站", "站长", "璩朝晖", "统防统治服务组织补贴面积核查不实", "岗位职责", "I级",
         "补贴面积实地核查,乡镇、村、服务组织三方签字。", "middle"),
        ("NJ-ZB-02", "植保站", "植保员", "仉晴岚", "病虫害防治药剂采购中收受供应商好处", "外部环境", "II级",
         "药剂按政府采购程序购置,验收双人签字,样品留存。", "general"),
        ("NJ-TF-01", "土肥站", "站长", "谌沛霖", "测土配方施肥取样化验数据弄虚作假", "业务流程", "II级",
         "取样定位拍照,化验数据随机复检。", "middle"),
        ("NJ-JZ-01", "经作站", "农艺师", "暴岚清", "经济作物新品种试验示范结果评价不客观", "思想道德", "III级",
         "试验结果由专家组评价,数据归档备查。", "general"),
        ("NJ-BGS-01", "办公室", "会计", "訾慕白", "项目资金报账审核不严,虚列培训、差旅支出", "制度机制", "II级",
         "报账凭证三级审核,培训签到表、照片附后。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for code, dept, post, who, point, typ, lv, measures, tier in rows:
        sh.add(code, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), LATIN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：訾慕白", None, None, None, "审核人：亓思源", None, None, None)
    return _layout(
        "agri_tech_center_codes", "https://scholarmate.com/S/YQfVqr",
        "县农业技术推广中心 岗位廉政风险点一览表 after the source's account of a 县's 基层农业技术推广体系 (乡镇农技推广"
        "区域站, the 县植保站, 检验检测仪器): ``填报单位：… | 填报时间：…`` over the table; a ``风险编号`` column of codes "
        "FIRST (``NJ-LD-01``, ``NJ-ZB-02``, ``NJ-BGS-01``), then the 科室 column headed ``站（室）`` merged (中心领导, 植保站, "
        "土肥站, 经作站, 办公室)/岗位 and 责任人 merged per person/风险点/风险类型 (short names)/风险等级 typed with LATIN "
        "letters ``I级/II级/III级``/防控措施; a ``填表人：訾慕白 | 审核人：亓思源`` line under it (both also holders)",
        [sh], t,
    )  # fmt: skip


def youth_league_notes() -> dict:
    unit = f"共青团{PLACE}委员会"
    sh = _Sheet("清单", [6, 16, 12, 34, 14, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "书记", "希望工程助学资金分配不经集体研究", "制度机制风险", "高",
         "资助对象和金额经书记办公会研究,名单公示。", "leader"),
        ("领导班子", "副书记", "青年创业扶持项目推荐中优亲厚友", "岗位职责风险", "中",
         "推荐条件公开,评审专家随机抽取。", "leader"),
        ("办公室", "主任", "公务接待、会议费用超标准列支", "制度机制风险", "中",
         "接待、会议先审批后实施,费用按月公开。", "middle"),
        ("办公室", "财务人员", "社会捐赠款物入账不及时,私设账外账", "业务流程风险", "高",
         "捐赠款物统一入账,捐赠明细定期公示。", "general"),
        ("组织宣传部", "部长", "评选表彰优秀共青团员、五四红旗团支部标准执行不一", "岗位职责风险", "中",
         "评选标准公开,推荐对象公示。", "middle"),
        ("青少年发展和权益保障部", "部长", "困境青少年帮扶对象认定不实", "岗位职责风险", "中",
         "帮扶对象经乡镇团委、学校、村(社区)三方核实。", "middle"),
        ("青少年发展和权益保障部", "干事", "志愿服务活动经费虚报参加人数", "思想道德风险", "低",
         "活动签到、照片存档,经费据实报销。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "说明：1.风险等级分为高、中、低三个等级；", 7)
    _line(
        sh,
        "2.风险类型分为思想道德风险、制度机制风险、岗位职责风险、业务流程风险、外部环境风险五类。",
        7,
    )
    sh.add("填报人:", None, None, "审核人:", None, "2024年10月", None)
    return _layout(
        "youth_league_notes", "http://ylgqt.org.cn/cms/detail/index/id/7949.html",
        "共青团县委 岗位廉政风险防控清单 对岗不对人 after the source's account of a 团县委's year (希望工程 助学 and its "
        "数据库, 学雷锋 志愿服务, 保护青少年合法权益 宣传): ``附件2`` above the title ``共青团涟水县委员会岗位廉政风险防控"
        "清单``; 序号/部室 merged (领导班子, 办公室, 组织宣传部, 青少年发展和权益保障部)/岗位 (书记, 副书记, 主任, 财务人员, "
        "部长, 干事; no names anywhere)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; UNDER the table two "
        "merged lines ``说明：1.风险等级分为高、中、低三个等级；`` and ``2.风险类型分为思想道德风险、制度机制风险、…五类。``, "
        "then 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def forestry_station_acting_head() -> dict:
    unit = f"{PLACE}林业工作站"
    sh = _Sheet("Sheet1", [6, 12, 10, 16, 26, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    acting = "阚昱衡（主持工作）"
    people = [
        ("站领导", "副站长", acting, "阚昱衡", "主持全站工作,负责造林绿化项目和林业资金管理", "leader", [
            ("造林补助资金拨付不按检查验收结果", "一级", "补助资金凭验收报告拨付,站务会集体研究。"),
            ("苗木采购指定供应商", "一级", "苗木采购公开招标,验收三人以上签字。"),
        ]),
        ("资源林政股", "股长", "鞠念初", "鞠念初", "负责林木采伐伐区调查设计和伐区验收", "middle", [
            ("伐区调查设计中多算采伐蓄积", "一级", "伐区设计两人以上现场调查,成果随机复核。"),
            ("伐区验收走过场,对超量采伐不报告", "二级", "验收全程拍照定位,验收结果报站务会。"),
        ]),
        ("造林营林股", "技术员", "邗晓岑", "邗晓岑", "负责造林检查验收和林业统计", "general", [
            ("造林面积、成活率检查验收虚报", "二级", "检查验收抽样复核,结果在村组公示。"),
        ]),
        ("森林防火股", "股长", "郜天祺", "郜天祺", "负责森林防火和林业有害生物防治", "middle", [
            ("防火物资采购验收不严", "三级", "物资入库登记,验收单据存档。"),
            ("林业有害生物防治作业量核定不实", "二级", "防治作业现场核验,作业量由乡镇林业员确认。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, shown, who, duty, tier, points in people:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("单位负责人签字:", None, None, "填表人:", None, None, "2024年6月", None)
    return _layout(
        "forestry_station_acting_head",
        "https://newton.com.tw/wiki/%E5%88%A9%E5%B7%9D%E5%B8%82%E5%8D%97%E5%9D%AA%E9%84%89%E6%9E%97%E6%A5%AD%E7%AB%99/5965807",
        "县林业工作站 岗位廉政风险点一览表 after the source's 职能职责 of a 林业站 (资源调查, 造林检查验收, 林木采伐的伐区"
        "调查设计和伐区验收, 森林防火, 森林病虫害防治): 序号/股室 merged (站领导, 资源林政股, 造林营林股, 森林防火股)/岗位/"
        "姓名/岗位职责 — the three merged per person — the station's acting head written ``阚昱衡（主持工作）`` under "
        "姓名 beside the post 副站长/风险点/风险等级 一级/二级/三级/防控措施; no type column; 单位负责人签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def drainage_two_years() -> dict:
    unit = f"{PLACE}城市排水管理处"
    t = _Truth(unit)
    header = ("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    last_year = [
        ("处领导", "处长", "酆景行", "排水设施维修项目不经集体研究即确定施工单位", "制度机制风险", "高",
         "维修项目经处务会研究,按规定比选。"),
        ("排水管理科", "科长", "滑晨曦", "排水许可审查把关不严", "岗位职责风险", "高", "许可材料两人审查。"),
        ("排水管理科", "科员", "骞思远", "排水户检查走过场", "外部环境风险", "中", "检查记录留痕。"),
        ("工程技术科", "科长", "司空朗", "管网工程验收签字把关不严", "岗位职责风险", "中", "验收三方签字。"),
        ("运行维护科", "科长", "庹远帆", "泵站维护外包考核不严", "制度机制风险", "中", "考核结果公开。"),
    ]  # fmt: skip
    this_year = [
        ("处领导", "处长", "酆景行", "排水管网改造项目概算调整不经集体研究", "制度机制风险", "高",
         "概算调整经处务会研究并报住建局审批。", "leader"),
        ("排水管理科", "科长", "滑晨曦", "排水许可审查降低条件,为不达标单位发证", "岗位职责风险", "高",
         "许可材料两人审查,现场核查拍照存档。", "middle"),
        ("排水管理科", "科员", "柏南星", "对违法排水行为查处不及时,收受排水户好处", "外部环境风险", "中",
         "检查记录全程留痕,处罚决定集体审核。", "general"),
        ("工程技术科", "科长", "司空朗", "管网工程隐蔽验收签字把关不严", "岗位职责风险", "中",
         "隐蔽工程验收全程影像记录,监理、施工、建设三方签字。", "middle"),
        ("工程技术科", "科长", "司空朗", "工程变更签证虚增工程量", "业务流程风险", "高",
         "变更签证经科室集体审核,送审计复核。", "middle"),
        ("运行维护科", "科长", "庹远帆", "泵站运行维护外包服务考核走过场", "制度机制风险", "中",
         "考核细则公开,考核结果与服务费支付挂钩。", "middle"),
        ("运行维护科", "巡查员", "夔小满", "管道疏通作业量虚报", "思想道德风险", "低",
         "疏通作业拍照定位,作业单由社区签字确认。", "general"),
    ]  # fmt: skip
    sheets = []
    for year, rows in (("2023", last_year), ("2024", this_year)):
        sh = _Sheet(f"{year}年", [2, 6, 12, 10, 9, 32, 14, 8, 32])
        r = sh.add(None, f"{unit}{year}年度岗位廉政风险排查表", *([None] * 7))
        sh.merge(r, 1, r, 8)
        sh.add(None, *header)
        first = len(sh.rows)
        for n, row in enumerate(rows, 1):
            dept, post, who, point, typ, lv, measures = row[:7]
            sh.add(None, n, dept, post, who, point, typ, lv, measures)
            if year == "2024":
                t.point(sh.name, dept, post, who, row[7], point, types_in(typ), HML[lv])
        per_person = lambda row: row[2:5]  # noqa: E731
        _merge_down(sh, first, [(2, lambda row: row[2]), (3, per_person), (4, per_person)])
        sh.add()
        sh.add(None, "填表人:", None, None, "审核人:", None, None, f"{year}年3月", None)
        sheets.append(sh)
    return _layout(
        "drainage_two_years", "https://drbdp.com/4-7700981.html",
        "县城市排水管理处 岗位廉政风险排查表 after the source's account of an 排水局 and its 科室 (排水管理科, 工程技术科, "
        "运行维护科; 雨水管道、污水管道和泵站, 防汛排涝): TWO sheets, ``2023年`` (last year's list, kept in the file; one "
        "科员 since gone) then ``2024年``, each titled ``…2023年度…`` / ``…2024年度…`` and each starting in COLUMN B "
        "(column A a blank margin); 序号/科室 merged/岗位 and 姓名 merged per person (the compound surname ``司空朗``)/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date. Only the 2024 sheet is the answer",
        sheets, t,
    )  # fmt: skip


def animal_health_column_numbers() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    sh = _Sheet("排查表", [6, 12, 10, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    sh.add(*range(1, 9))
    rows = [
        ("所领导", "所长", "卜文博", "检疫申报点设置和官方兽医出证权限分配不经集体研究", "制度机制", "高",
         "申报点设置和出证权限分配经所务会研究,结果公开。", "leader"),
        ("所领导", "所长", "卜文博", "动物卫生监督执法案件处理中说情打招呼", "思想道德", "中",
         "执法案件集体审议,说情打招呼登记报告。", "leader"),
        ("检疫股", "股长", "蓟清和", "电子出证账号管理不严,借用他人账号出证", "岗位职责", "高",
         "出证账号实名绑定,每月核查出证记录。", "middle"),
        ("检疫股", "官方兽医", "佴嘉禾", "不到场检疫即出具检疫证明", "岗位职责", "高",
         "检疫现场定位拍照上传,证明与申报信息比对。", "general"),
        ("检疫股", "官方兽医", "佴嘉禾", "多车一证、一车多证违规出证", "业务流程", "中",
         "按车辆分别出证,出证信息与运输车辆备案比对。", "general"),
        ("监督执法股", "股长", "麻书瑶", "对违规调运动物查处降格处理", "外部环境", "中",
         "处罚裁量按基准执行,处罚决定法制审核。", "middle"),
        ("监督执法股", "执法员", "蔺远舟", "屠宰场驻场监管不到位,收受屠宰企业好处", "外部环境", "高",
         "驻场人员定期轮换,监管记录每日上传。", "general"),
        ("办公室", "会计", "邴若彤", "执法装备采购验收不严", "制度机制", "低",
         "装备采购按政府采购程序,验收两人签字。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "animal_health_column_numbers", "https://scholarmate.com/S/nCrcoe",
        "县动物卫生监督所 廉政风险点排查登记表 after the source's notice on 动物检疫监督 (官方兽医 管理, 检疫申报点, 出证"
        "权限, 禁止多车一证): 序号/科室 merged (所领导, 检疫股, 监督执法股, 办公室)/岗位 and 姓名 merged per person/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施, the header followed by a row of COLUMN NUMBERS ``1 | 2 | … | 8`` "
        "(numbers, as statistical templates number their columns); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def red_cross_short_and_long() -> dict:
    unit = f"{PLACE}红十字会"
    sh = _Sheet("Sheet1", [6, 12, 12, 10, 16, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "职务", "责任人姓名", "风险点", "风险表现形式", "风险等级", "防控措施")
    rows = [
        ("会领导", "常务副会长", "端木若霖", "捐赠款物分配", "定向捐赠款物不按捐赠人意愿使用,分配不经集体研究",
         "高风险", "捐赠款物分配方案经会长办公会研究,使用情况向捐赠人反馈并公示。", "leader"),
        ("会领导", "专职副会长", "桓清越", "应急救护培训", "培训人数、课时虚报,套取培训经费", "中风险",
         "培训签到、照片、考核记录存档,经费据实列支。", "leader"),
        ("办公室", "主任", "闻人雪", "公务用车", "公车私用,虚报加油、维修费用", "低风险",
         "用车审批登记,加油、维修定点并按月公示。", "middle"),
        ("办公室", "会计", "査若兮", "捐赠款物入账", "捐款入账不及时,捐赠票据开具不规范", "高风险",
         "捐款当日登记入账,票据专人管理,按季公开收支。", "general"),
        ("赈济救护部", "部长", "乜星河", "救灾物资采购", "救灾物资采购不比价,验收不严", "高风险",
         "采购三家以上比价,验收三人以上签字。", "middle"),
        ("赈济救护部", "部长", "乜星河", "救助对象审核", "困难群众救助对象审核不严,优亲厚友", "中风险",
         "救助对象经乡镇、村核实,名单公示。", "middle"),
        ("组织宣传部", "干事", "堵文澜", "会费收缴", "会员会费收缴不入账", "低风险", "会费统一收据,按月入账核对。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "red_cross_short_and_long", "https://www.soolun.com/periodical/a81cb217036b3cd300cdcdb0dfaa1ce6.html",
        "县红十字会 岗位廉政风险点一览表 after the source's account of 县(市)级红十字会 (组织建设, 人员和经费, 赈济救护, "
        "募捐): 序号/部门 merged (会领导, 办公室, 赈济救护部, 组织宣传部)/职务 and ``责任人姓名`` merged per person — "
        "among them the compound surnames ``端木若霖`` and ``闻人雪``/a short ``风险点`` beside a long ``风险表现形式``/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    legal_aid_caption_cards(),
    funeral_office_filler_line(),
    ship_lock_vertical_dept(),
    agri_tech_center_codes(),
    youth_league_notes(),
    forestry_station_acting_head(),
    drainage_two_years(),
    animal_health_column_numbers(),
    red_cross_short_and_long(),
]

RESAVED = (
    "funeral_office_filler_line",
    "ship_lock_vertical_dept",
    "agri_tech_center_codes",
    "forestry_station_acting_head",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b104_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b104_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch104-inbox"))
