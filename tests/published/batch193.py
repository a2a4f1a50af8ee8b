"""A hundred-and-ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 区委老干部局, the 区委
政法委员会, the 区委党史研究室 (县委部门), the 区归国华侨联合会 (群团), a 区劳动人事争议仲裁院, a 区人才服务
中心, a 区融媒体中心, a 区园林绿化管理所 (事业单位) and a 区大数据发展局 — each handing back its
岗位廉政风险防控一览表, 排查表 or 清单 the way its staff typed it, two of them also kept as
LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b193_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch193.py --resave``). Every unit is a body of an
invented 涪陵区:

- the 老干部局's 一览表 (re-saved) under ``填报单位（盖章）：…　　　填报时间：…``, its 科室 the
  综合指导组, 办公室 and 活动室 of the source, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- a 仲裁院's 排查表 (re-saved) with a short ``风险点`` beside a long ``风险表现``, the holder under
  ``责任人``, ``Ⅰ级/Ⅱ级/Ⅲ级``, 立案受理科 and 仲裁一庭/仲裁二庭 among its parts;
- the 侨联's 清单 对岗不对人 (``附件3``, a title and a ``（2024年度）`` line, 一级/二级/三级, a
  ``说明：…`` line under it), no type column;
- a 人才服务中心 一览表 with ``岗位职责`` merged per person, headings broken over two lines in the
  cell (``风险⏎等级``), a ``备注`` column;
- the 政法委's 排查表 with a spacer row between its 科室 and an empty ``责任人签字`` column at the end;
- a 融媒体中心 清单 whose 科室 stand in group rows ``一、新闻采编部`` (no 科室 column), the holder
  under ``岗位责任人``, ``高风险/中风险/低风险``;
- a 园林绿化管理所 一览表 with ``★★★/★★/★`` and the note that reads them, a blank row between the
  title and the header;
- a 大数据发展局 一览表 whose 科室 column names the 局's own 区大数据中心 beside its 科室, types
  written ``…类`` (``岗位职责类``).

One is harder, a shape the README's "读得懂的表" does not describe:

- ``party_history_seal_line``: the 党史研究室's 一览表 under a bare title ``岗位廉政风险防控一览表``
  (no unit in it, no ``填报单位`` line, no unit in the tab's name): the unit stands ONLY in the
  落款 under the table, right-aligned as a Word letter's ``中共涪陵区委党史研究室`` over
  ``2024年7月15日``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 县老干部活动中心 opened; the
县委政法委's 部门决算 and 机构设置; 组织史资料 编纂; a 县侨联's 办公室 and 经济文化联络科; 仲裁院 and its
仲裁庭; 档案、户籍托管 and 人事代理; a 融媒体中心's 诚信建设 (采编审核, 广告合作); a 园林所's 绿化养护
and 园林所 归属; an 区政务信息化项目管理办法) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch193`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a list whose title names no unit takes the unit from the 落款 under the table;
- the 局's own 区大数据中心 in its 科室 column is a 科室 of the 局 (as a 乡镇's 站/所 is of the 乡镇);
- ``岗位职责类`` is the type 岗位职责;
- a group row ``一、新闻采编部`` sets the 科室 of the rows under it;
- an empty ``责任人签字`` column is no holder; ``备注`` (``新增``) is no point;
- 局长/副局长, 书记/副书记 of the 政法委, 主任/副主任 of the 研究室, 中心 and 院 (院长/副院长), 主席/
  副主席 of the 侨联 and 所长/副所长 are leaders; 科长, 组长, 股长, 庭长, 部主任, 办公室主任 and the
  大数据中心's 主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``), copies the
re-saved copies ``resaved/b193_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b193_"
PLACE = "涪陵区"
GAP = "\u3000"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(first: int, last: int):
    return lambda row: tuple(row[first : last + 1])


# --------------------------------------------------------------------------- harder layout


def party_history_seal_line() -> dict:
    unit = f"中共{PLACE}委党史研究室"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("室领导", "主任", "雒听澜", "党史编纂出版项目承印单位不经比选,指定关系企业", "制度机制", "高",
         "承印单位按政府采购程序确定,室务会集体研究。", "leader"),
        ("室领导", "主任", "雒听澜", "课题经费分配不经集体研究", "岗位职责", "中",
         "课题立项和经费分配经室务会研究,结果室内公开。", "leader"),
        ("室领导", "副主任", "亓官砚舟", "党史资料征集补助标准把握随意,为熟人多发补助", "岗位职责", "中",
         "征集补助按标准执行,补助名单室内公示。", "leader"),
        ("征集编研科", "科长", "湛望舒", "征集的党史资料、实物登记不全,私自留存", "业务流程", "中",
         "征集资料当日登记入库,双人清点签字。", "middle"),
        ("征集编研科", "科员", "蒙北辰", "口述史采访劳务费虚报人次", "思想道德", "低",
         "采访记录、录音存档,劳务费凭签收表支付。", "general"),
        ("宣传教育科", "科长", "戈澄霁", "党史教育基地评定、挂牌推荐中优亲厚友", "外部环境", "中",
         "推荐条件公开,评定结果公示七日。", "middle"),
        ("办公室", "会计", "缪芃芃", "书刊稿费、审稿费发放不按标准,重复列支", "制度机制", "高",
         "稿费按标准核定,发放明细由主任审签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    sh.add()
    r = sh.add(None, None, None, None, None, unit, None, None)
    sh.merge(r, 5, r, 7)
    r = sh.add(None, None, None, None, None, "2024年7月15日", None, None)
    sh.merge(r, 5, r, 7)
    return _layout(
        "party_history_seal_line", "http://www.dswxyjy.org.cn/n1/2021/1018/c219000-32256456.html",
        "(harder) 区委党史研究室 岗位廉政风险防控一览表 after the source's account of how 组织史资料 are 征集、整理和编纂 "
        "(征集委员会, 专题任务, 编纂方案): a BARE title ``岗位廉政风险防控一览表`` that names no unit, no 填报单位 line, the "
        "tab ``Sheet1``; 序号/科室 merged (室领导, 征集编研科, 宣传教育科, 办公室)/岗位 and 姓名 merged per person (the "
        "compound surname ``亓官砚舟``)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; under it a blank row and "
        "the 落款 as a Word letter ends, merged over the three right columns: ``中共涪陵区委党史研究室`` over "
        "``2024年7月15日`` — the ONLY place the unit is named",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def veteran_cadres_form_line() -> dict:
    unit = f"中共{PLACE}委老干部局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(f"填报单位（盖章）：{unit}{GAP * 3}填报时间：2024年6月", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "亢鹤龄", "老干部活动中心维修改造项目不经集体研究确定施工单位", "制度机制风险", "高",
         "项目经局务会集体研究,按规定比选,结果公示。", "leader"),
        ("局领导", "局长", "亢鹤龄", "离退休干部特殊困难补助审批把关不严", "岗位职责风险", "中",
         "补助对象经组室初审、局务会审定,名单公示。", "leader"),
        ("局领导", "副局长", "冼霁云", "老干部健康体检机构选定中接受请托", "外部环境风险", "中",
         "体检机构公开比选,体检费用据实结算。", "leader"),
        ("综合指导组", "组长", "檀穆清", "离退休干部党组织活动经费下拨不按标准", "业务流程风险", "中",
         "经费按党员人数核拨,下拨明细报局务会备案。", "middle"),
        ("综合指导组", "组长", "檀穆清", "评选表彰先进离退休干部党支部标准执行不一", "岗位职责风险", "低",
         "评选标准公开,推荐结果公示。", "middle"),
        ("办公室", "主任", "帅沅芷", "走访慰问物资采购不比价,虚报慰问人数", "制度机制风险", "高",
         "慰问物资三家比价,慰问名单由老干部签收。", "middle"),
        ("活动室", "管理员", "甄苒苒", "活动室场地、器材私借他人使用", "思想道德风险", "低",
         "场地、器材借用登记,每月清点。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None)
    return _layout(
        "veteran_cadres_form_line", "http://www.lsxdj.gov.cn/web/mobile/article.jsp?articleId=d713b278-6245-4804-818f-7b1b7b6f23c2&orgCode=lsx&orgName=%E6%B5%B7%E5%8D%97%E9%99%B5%E6%B0%B4",
        "区委老干部局 岗位廉政风险防控一览表 after the source's account of a 县老干部活动中心 opened by the 县委老干部局 "
        "(活动中心大楼, 图书阅览室, 老年大学, 离退休党支部): the title, then ONE merged line ``填报单位（盖章）：中共涪陵区委"
        "老干部局　　　填报时间：2024年6月``; 序号/科室 merged (局领导, 综合指导组, 办公室, 活动室)/岗位 and 姓名 merged per "
        "person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def arbitration_short_and_long() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    sh = _Sheet("排查表", [6, 12, 10, 9, 18, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险表现", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("院领导", "院长", "闵筠松", "案件指派", "指定关系仲裁员办理案件,干预案件裁决", "制度机制", "Ⅰ级",
         "案件按系统随机分案,重大疑难案件仲裁委集体合议。", "leader"),
        ("院领导", "副院长", "佘望川", "裁决书签发", "对裁决书审核把关不严,签发有倾向性的裁决", "岗位职责", "Ⅱ级",
         "裁决书实行庭长审核、副院长签发两级把关。", "leader"),
        ("立案受理科", "科长", "邰星遥", "立案审查", "对符合条件的申请拖延立案,或对不符合条件的违规立案", "岗位职责", "Ⅰ级",
         "立案条件公开,不予受理须书面说明理由,立案信息系统留痕。", "middle"),
        ("仲裁一庭", "庭长", "巫马逸尘", "庭审主持", "庭前私下会见一方当事人或代理人", "思想道德", "Ⅰ级",
         "严格执行回避和会见登记制度,庭审全程录音录像。", "middle"),
        ("仲裁一庭", "仲裁员", "阎书禾", "调解协议", "调解中偏袒一方,压低劳动者应得数额", "外部环境", "Ⅱ级",
         "调解协议经当事人确认签字,庭长抽查。", "general"),
        ("仲裁二庭", "书记员", "笪晴川", "案卷归档", "案卷材料丢失、缺页或私自抽换", "业务流程", "Ⅲ级",
         "案卷材料逐页编号,归档时双人核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None, None)
    return _layout(
        "arbitration_short_and_long", "http://rsj.dandong.gov.cn/html/DDRSJ/202305/0173682156351725.html",
        "区劳动人事争议仲裁院 廉政风险点排查表 after the source's answer on 劳动人事争议仲裁机构 (仲裁院, 仲裁庭, 调解庭, "
        "接待咨询, 仲裁员队伍): 序号/部门 merged (院领导, 立案受理科, 仲裁一庭, 仲裁二庭)/岗位 and ``责任人`` merged per "
        "person (the compound surname ``巫马逸尘``)/a short ``风险点`` beside a long ``风险表现``/风险类别 (short names)/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def overseas_chinese_posts() -> dict:
    unit = f"{PLACE}归国华侨联合会"
    sh = _Sheet("清单", [6, 14, 10, 36, 8, 36])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    _line(sh, "（2024年度）", 6)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "侨界捐赠款物分配使用不经集体研究", "一级", "捐赠款物分配经主席办公会研究,使用情况向捐赠人反馈。", "leader"),
        ("领导班子", "副主席", "为侨企、侨商牵线项目中收受好处", "一级", "对接项目登记备案,严禁接受侨企宴请和礼品。", "leader"),
        ("办公室", "主任", "公务接待、外事接待超标准", "二级", "接待先审批后实施,接待清单按月公开。", "middle"),
        ("办公室", "会计", "困难归侨侨眷慰问金发放不到人", "一级", "慰问金通过银行代发,慰问名单公示。", "general"),
        ("经济文化联络科", "科长", "侨情调查数据、侨胞信息泄露或违规提供", "二级", "侨情资料专人管理,查阅使用登记审批。", "middle"),
        ("经济文化联络科", "科员", "侨界联谊活动经费虚报参加人数", "三级", "活动签到、照片存档,经费据实报销。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "说明：风险等级分为一级、二级、三级，一级为最高。", 6)
    sh.add("填报人:", None, "审核人:", None, "2024年3月", None)
    return _layout(
        "overseas_chinese_posts", "https://meta.librarydata.cn/metainfo?metaID=130320020230007669",
        "区归国华侨联合会 岗位廉政风险防控清单 对岗不对人 after the source's chapter on a 县(市)侨联 (办公室, 经济文化联络科, "
        "主席 and 副主席, 驻会主席办公会议集体决策, 侨亲捐资): ``附件3`` above the title, a second merged line "
        "``（2024年度）``; 序号/科室 merged (领导班子, 办公室, 经济文化联络科)/岗位 (no names anywhere)/风险点/风险等级 "
        "一级/二级/三级/防控措施; no type column; a merged ``说明：…`` line under it, then 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def talent_center_duty_merged() -> dict:
    unit = f"{PLACE}人才服务中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 26, 32, 12, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 10)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "姓名",
        "岗位\n职责",
        "风险点",
        "风险\n类别",
        "风险\n等级",
        "防控措施",
        "备注",
    )
    people = [
        ("中心领导", "主任", "羿岫言", "主持中心全面工作", "leader", [
            ("流动人员人事档案接收、转出审批把关不严", "岗位职责风险", "高", "档案转递实行机要通道,转出审批双签。", None),
            ("招聘会场地、宣传服务采购指定供应商", "制度机制风险", "中", "采购按程序比价,结果中心内公示。", None),
        ]),
        ("档案管理股", "股长", "伍穗禾", "负责流动人员人事档案管理", "middle", [
            ("为他人涂改、伪造档案材料", "思想道德风险", "高", "档案材料入档审核登记,查阅借阅双人在场。", None),
            ("出具档案证明材料不核实", "业务流程风险", "中", "证明材料凭档案原件出具,留存复印件。", "新增"),
        ]),
        ("人事代理股", "经办员", "蔡雩风", "负责人事代理、就业见习补贴申报", "general", [
            ("就业见习补贴申报人数、期限虚报", "外部环境风险", "高", "见习人员花名册与社保缴费比对,实地抽查。", "新增"),
            ("人事代理收费不开票据", "制度机制风险", "低", "收费标准上墙,统一开具票据。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, duty, tier, points in people:
        for point, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per = _per_person(1, 4)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per), (3, per), (4, per)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, "2024年4月", None, None, None)
    return _layout(
        "talent_center_duty_merged", "https://hugaofeng.com/zsjyc/info/1016/1441.htm",
        "区人才服务中心 岗位廉政风险点一览表 after the source's account of 档案、户籍托管 and 人事代理 (服务对象, 托管费, "
        "转正定级, 报到证): 序号/股室 merged (中心领导, 档案管理股, 人事代理股)/岗位/姓名/``岗位⏎职责`` — the three merged "
        "per person — /风险点/``风险⏎类别`` ``…风险``/``风险⏎等级`` 高/中/低/防控措施/``备注`` (``新增`` on two rows), the "
        "headings broken over two lines inside their cells; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def politics_law_spacers() -> dict:
    unit = f"中共{PLACE}委政法委员会"
    sh = _Sheet("排查表", [6, 14, 10, 9, 34, 14, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    sh.add(
        "序号", "科室", "职务", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "责任人签字"
    )
    groups = [
        ("委领导", [
            ("常务副书记", "殳砚秋", "平安建设专项经费分配不经集体研究", "制度机制风险", "高",
             "经费分配方案经委务会研究,使用情况年终公开。", "leader"),
            ("副书记", "靳鹭汀", "政法干警评优评先推荐优亲厚友", "岗位职责风险", "中",
             "推荐条件公开,推荐人选公示。", "leader"),
        ]),
        ("平安建设科", [
            ("科长", "沃晏清", "见义勇为评定、奖励资金审核不严", "岗位职责风险", "高",
             "评定材料实地核实,奖励名单公示后发放。", "middle"),
            ("科员", "权雪棠", "网格员补贴考核走过场", "业务流程风险", "中", "考核结果与乡镇、社区共同确认。", "general"),
        ]),
        ("执法监督科", [
            ("科长", "郦沛然", "涉法涉诉案件督办中说情打招呼", "外部环境风险", "高",
             "督办事项登记,说情打招呼如实记录报告。", "middle"),
            ("科员", "宰父砚川", "案件评查材料泄露", "思想道德风险", "低", "评查材料专柜保管,借阅登记。", "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for k, (dept, recs) in enumerate(groups):
        if k:
            sh.add()
        first = len(sh.rows)
        for post, who, point, typ, lv, measures, tier in recs:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, None)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, None, "分管领导:", None, None, "2024年9月", None, None)
    return _layout(
        "politics_law_spacers", "http://www.xuanhan.gov.cn/xxgk-show-71023.html",
        "区委政法委员会 岗位廉政风险排查表 after the source's 部门决算 of a 县委政法委员会 (基本职能: 维护社会稳定, 平安建设, "
        "大调解, 检查监督政法部门执法; 机构设置): 序号/科室 merged within its group (委领导, 平安建设科, 执法监督科)/``职务``/"
        "姓名 (one per row; the compound surname ``宰父砚川``)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/an EMPTY "
        "``责任人签字`` column at the end; a BLANK ROW between the 科室; 填报人/分管领导/date",
        [sh], t,
    )  # fmt: skip


def media_center_group_rows() -> dict:
    unit = f"{PLACE}融媒体中心"
    sh = _Sheet("清单", [8, 12, 10, 36, 12, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add("序号", "岗位", "岗位责任人", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一", "中心领导", [
            ("主任", "焦沐禾", "广告经营合同签订不经集体研究,给予关系客户不合理折扣", "制度机制", "高风险",
             "广告价格和折扣标准公开,大额合同经主任办公会研究。", "leader"),
            ("副主任", "鲜于蔚舟", "设备采购技术参数设置倾向性条件", "岗位职责", "中风险",
             "技术参数经专家论证,采购按程序公开。", "leader"),
        ]),
        ("二", "新闻采编部", [
            ("部主任", "钟离暮云", "收受好处安排有偿新闻或压稿", "思想道德", "高风险",
             "稿件三审三校,严禁有偿新闻,设立举报电话。", "middle"),
            ("记者", "訾晚晴", "采访中接受被采访单位礼金、购物卡", "外部环境", "中风险",
             "采访实行两人以上,接受礼金登记上交。", "general"),
        ]),
        ("三", "广告经营部", [
            ("部主任", "夹谷棠溪", "广告款不入中心账户,私设小金库", "制度机制", "高风险",
             "广告款统一进入中心对公账户,票款每月核对。", "middle"),
            ("业务员", "殷桐语", "虚报广告业务提成", "业务流程", "低风险", "提成按到账金额核算,财务复核。", "general"),
        ]),
    ]  # fmt: skip
    for order, dept, recs in groups:
        _line(sh, f"{order}、{dept}", 7)
        for n, (post, who, point, typ, lv, measures, tier) in enumerate(recs, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2024年8月", None)
    return _layout(
        "media_center_group_rows", "https://www.bkwk.cn/article/zgrmtzxcxjsrhpjxsnt.html",
        "区融媒体中心 廉政风险防控清单 after the source's account of a 县级融媒体中心's 诚信建设 (采编审核, 广告商合作与合同履约, "
        "数据安全): NO 科室 column — the 科室 stand in merged group rows ``一、中心领导``, ``二、新闻采编部``, ``三、广告经营部``, "
        "序号 starting again under each; 序号/岗位/``岗位责任人`` (compound surnames ``鲜于蔚舟``, ``钟离暮云``, ``夹谷棠溪``)/"
        "风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def landscaping_stars_note() -> dict:
    unit = f"{PLACE}园林绿化管理所"
    sh = _Sheet("园林所", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add()
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "滕霭如", "绿化工程项目化整为零规避招标", "制度机制", "★★★",
         "工程项目按限额标准招标,所务会集体研究。", "leader"),
        ("所领导", "副所长", "沈疏桐", "绿化养护外包考核打分不实,多付养护费", "岗位职责", "★★",
         "养护考核由所领导、股室和街道共同打分,结果公示。", "leader"),
        ("工程管理股", "股长", "逄栖梧", "绿化工程苗木验收规格、数量把关不严", "岗位职责", "★★★",
         "苗木进场逐批验收,规格、数量拍照存档,三方签字。", "middle"),
        ("工程管理股", "股长", "逄栖梧", "工程变更签证虚增工程量", "业务流程", "★★", "变更签证集体审核,送审计复核。", "middle"),
        ("养护管理股", "技术员", "米朝露", "树木修剪、移植审批中收受好处", "外部环境", "★★",
         "修剪、移植审批结果公开,现场双人核查。", "general"),
        ("苗圃", "负责人", "薄迎舟", "苗木出圃数量不入账,私自变卖", "思想道德", "★",
         "苗木出圃登记,台账每月盘点。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "landscaping_stars_note", "https://drbdp.com/4-9199909.html",
        "区园林绿化管理所 岗位廉政风险点一览表 after the source's note on where a 园林所 belongs (住房和城乡建设部门, 植物养护, "
        "绿化工程监管): the tab ``园林所``, a BLANK ROW between the title and the header; 序号/股室 merged (所领导, 工程管理股, "
        "养护管理股, 苗圃)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; "
        "a merged note ``注：风险等级★★★为高，★★为中，★为低。`` under it; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def big_data_bureau_center() -> dict:
    unit = f"{PLACE}大数据发展局"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室（单位）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "庾知白", "政务信息化项目立项审核不经集体研究", "制度机制类", "高",
         "项目立项经专家评审和局党组会研究。", "leader"),
        ("局领导", "副局长", "敖潇然", "信息化项目验收降低标准", "岗位职责类", "高", "项目验收邀请第三方测评,验收意见公开。", "leader"),
        ("数据资源科", "科长", "苟清漪", "政务数据共享审批中违规向企业提供数据", "岗位职责类", "中",
         "数据共享按目录审批,调用日志留存备查。", "middle"),
        ("信息化项目管理科", "科长", "冉星澜", "项目预算审核中虚增运维费用", "业务流程类", "中",
         "运维费按标准核定,结算前审计。", "middle"),
        ("区大数据中心", "主任", "麦晚亭", "机房设备采购指定品牌", "外部环境类", "高", "采购需求公开论证,设备按政府采购程序购置。", "middle"),
        ("区大数据中心", "运维员", "俞拾月", "泄露平台账号口令,违规查询个人信息", "思想道德类", "低",
         "账号实名管理,查询行为审计。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, _per_person(1, 3)), (3, _per_person(1, 3))]
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年11月", None)
    return _layout(
        "big_data_bureau_center", "http://www.yuanpingzixun.com/news/show-5197.html",
        "区大数据发展局 岗位廉政风险防控一览表 after the source's 区政务信息化项目管理办法 (立项, 财政资金, 政务数据资源, 验收, "
        "运维): 序号/``科室（单位）`` merged (局领导, 数据资源科, 信息化项目管理科, and the 局's own ``区大数据中心``)/岗位 and "
        "姓名 merged per person/风险点/风险类别 written ``…类`` (``制度机制类``, ``岗位职责类``)/风险等级 高/中/低/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    party_history_seal_line(),
    veteran_cadres_form_line(),
    arbitration_short_and_long(),
    overseas_chinese_posts(),
    talent_center_duty_merged(),
    politics_law_spacers(),
    media_center_group_rows(),
    landscaping_stars_note(),
    big_data_bureau_center(),
]

RESAVED = ("veteran_cadres_form_line", "arbitration_short_and_long")  # each as .xls and .ods


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b193_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b193_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch193-inbox"))
