"""A hundredth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES NO EARLIER
BATCH USED — a 县土地储备中心, a 县价格认证中心, a 县环境监测站, a 县教师进修学校, a 县地方海事处, a 县社会
科学界联合会, a 县皮肤病防治院, a 县石材产业园区管理委员会 and a 县12345政务服务便民热线管理中心 — each
handing back its ordinary 一览表, 排查表, 清单 or personal 自查表/防控卡 the way its staff typed it,
four of them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b100_<name>.xls``/
``.ods``, made by ``PYTHONPATH=tests python tests/published/batch100.py --resave``):

- a 价格认证中心 一览表 (re-saved): 股室 merged, 岗位 and 姓名 merged per person, the two-character
  names padded to three with a full-width space (``黎　琛``) as offices align them, short types,
  高/中/低;
- a 环境监测站 排查表 (re-saved) headed ``科（股）室``, ``…风险`` types, 站领导 among the 科室, and a
  second sheet ``Sheet2`` holding only the template's drop-down lists (``风险类型`` and ``风险等级``
  with their values), which is no form;
- a 教师进修学校's 个人自查表 one per sheet (re-saved), tabs the holders' names, a label row
  ``姓名 | 性别 | 出生年月 | 所在处室 | 职务`` over the values (出生年月 typed as a number ``1983.07``),
  岗位职责 merged down, 一级/二级/三级, a real date cell beside ``填表日期:`` below;
- a 地方海事处 清单 with levels written ``Ⅰ级（高）/Ⅱ级（中）/Ⅲ级（低）`` and a trailing ``责任领导``
  naming the 副处长 over two 科室 and the 处长 over the third;
- a 社科联 清单 对岗不对人 with NO 科室 column, titled with the unit's SHORT name ``岑溪县社科联…`` and
  its full name only in the ``填报单位（盖章）：…`` cell under it;
- a 皮肤病防治院 排查登记表 one sheet per 科室 (re-saved), tabs the 科室, a pairs row ``科室名称 | … |
  科室负责人 | … | 填报日期 | …`` above the table, the holders under ``在岗人员``;
- a 石材产业园区管委会 一览表 whose 副主任 also heads a 部 and is written there ``邝泓铭（兼）``: one
  person, two posts, two forms;
- a 12345热线管理中心 责任清单 对岗不对人: ``责任主体 | 职权内容 | 风险点 | … | 责任人`` with the 责任人
  cells holding posts (科长, 话务员, 督办员, 回访员), not names, and 风险点 cells of numbered items.

One is harder:

- ``land_reserve_cards_post_in_title``: a 土地储备中心's 廉政风险防控卡 one per sheet (tabs ``Sheet1``…
  ``Sheet3``), the post and the holder named ONLY in the title after the unit, with no 同志 —
  ``岑溪县土地储备中心主任覃砚舟廉政风险防控卡``, ``岑溪县土地储备中心收储股股长韦昱珩廉政风险防控卡`` —
  a ``分管工作``/``岗位职责`` line under it and no 姓名 or 职务 field anywhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (土地征收储备资金; 规范化价格认证中心的
创建标准; 环境监测站 数据造假; 区县教师进修院校; 社科联 课题申报和资助; 县皮肤病防治院 麻风防治 督导; 岑溪
石材 加工园区; 12345热线 的工作流程; 地方海事处 客船检查) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented; every unit
is a body of the invented 岑溪县.

Run ``python tests/published/score.py --set batch100`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a title ``<unit><科室><post><name>廉政风险防控卡`` names the card's 科室, post and holder;
- a name padded with a full-width space (``黎　琛``) is the name without it;
- ``邝泓铭（兼）`` under 姓名 is 邝泓铭 holding that post too: a second form of the same person;
- a sheet of drop-down lists (``风险类型``, ``风险等级`` and their values) is no form and no point;
- ``Ⅰ级（高）`` is level 1 (the two writings agree);
- a 责任人 cell holding a post (``科长``) names the post, not a holder (对岗不对人);
- the title's short name ``岑溪县社科联`` and the 填报单位 ``岑溪县社会科学界联合会`` are one unit,
  the full name is the unit; the list has no 科室, so the department is "".

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells), copies the re-saved copies ``resaved/b100_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b100_"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
PAREN = {"Ⅰ级（高）": 1, "Ⅱ级（中）": 2, "Ⅲ级（低）": 3}
PAD = "\u3000"
SPACE = "\u3000\u3000"
PLACE = "岑溪县"


# --------------------------------------------------------------------------- harder layout


def land_reserve_cards_post_in_title() -> dict:
    unit = f"{PLACE}土地储备中心"
    t = _Truth(unit)
    people = [
        ("覃砚舟", "", "主任", "leader", "分管工作", "主持中心全面工作,分管财务、人事", [
            ("储备土地收购价格不经集体研究,个人拍板", "制度机制", "高",
             "收购价格经评估并提交主任办公会集体研究,会议纪要存档。"),
            ("土地储备专项资金拨付审核不严", "岗位职责", "高", "资金拨付凭协议、验收单,实行会签。"),
            ("接受开发企业宴请、礼品", "思想道德", "中", "重要节点廉洁提醒,拒收登记。"),
        ]),
        ("麦芷沅", "", "副主任", "leader", "分管工作", "分管土地收储、前期开发", [
            ("收储补偿标准执行不一,优亲厚友", "岗位职责", "高", "补偿标准和补偿结果在村组公示。"),
            ("前期开发工程施工单位确定不公开", "业务流程", "中", "施工单位通过公开招标或比选确定。"),
            ("储备地块临时利用私自出租收费", "制度机制", "低", "临时利用报中心审批,收入上缴财政。"),
        ]),
        ("韦昱珩", "收储股", "股长", "middle", "岗位职责", "负责储备地块收购、补偿和巡查管护", [
            ("补偿面积丈量不实,虚增补偿款", "岗位职责", "高", "丈量由两人以上会同村组进行,结果签字确认。"),
            ("储备地块巡查管护不到位,被违法占用", "岗位职责", "中", "建立巡查台账,每月实地巡查并拍照。"),
            ("泄露拟收储地块信息", "思想道德", "中", "收储计划按保密事项管理,知悉范围登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for n, (who, dept, post, tier, label, work, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{n}", [6, 36, 12, 10, 38])
        _line(sh, f"{unit}{dept}{post}{who}廉政风险防控卡", 5)
        r = sh.add(label, work, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for k, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(k, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签名:", None, None, "2024年9月", None)
        sheets.append(sh)
    return _layout(
        "land_reserve_cards_post_in_title", "http://m.jianbiaoku.com/webarbs/book/21065.shtml",
        "(harder) 县土地储备中心 廉政风险防控卡, one per sheet (tabs Sheet1…Sheet3), after the source's 土地征收储备资金和"
        "土地使用权出让收支管理办法 (收购储备, 补偿, 前期开发, 储备资金拨付): the post and the holder named ONLY in the "
        "title after the unit, with no 同志 — ``岑溪县土地储备中心主任覃砚舟廉政风险防控卡``, ``…副主任麦芷沅…``, "
        "``岑溪县土地储备中心收储股股长韦昱珩廉政风险防控卡`` (科室, post and name run together); a line ``分管工作 | …`` "
        "(``岗位职责 | …`` on the 股长's) merged across; 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; "
        "an unsigned 持卡人签名/date line; no 姓名 or 职务 field anywhere",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def price_cert_padded_names() -> dict:
    unit = f"{PLACE}价格认证中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("价格认定股", "股长", f"黎{PAD}琛", "涉案财物价格认定受提出机关意图左右,结论失实", "岗位职责", "高",
         "认定结论经股室集体审议,重大事项报中心审定。", "middle"),
        ("价格认定股", "股长", f"黎{PAD}琛", "未经实物勘验即出具认定结论", "业务流程", "中",
         "实物勘验两人以上,勘验记录附卷。", "middle"),
        ("价格认定股", "认定员", f"巫{PAD}淼", "向当事人泄露认定标的价格", "思想道德", "中",
         "认定过程保密,文书专人流转。", "general"),
        ("复核股", "股长", "欧阳璟", "复核中对原认定结论的错误不予纠正", "制度机制", "高",
         "复核实行回避制度,复核意见集体研究。", "middle"),
        ("综合股", "会计", "蒙俐珊", "违规向当事人收取价格认定费用", "制度机制", "低",
         "价格认定不向当事人收费,票据统一管理。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who.replace(PAD, ""), tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "price_cert_padded_names", "https://m.31ppt.com/p-3804258.html",
        "县价格认证中心 岗位廉政风险点一览表 after the source's 规范化价格认证中心创建标准 (独立法人, 价格鉴证资质, 业务"
        "人员, 涉案物品价格鉴定, 复核): 序号/股室 merged (价格认定股, 复核股, 综合股)/岗位 and 姓名 merged per person, the two-"
        "character names PADDED with a full-width space (``黎　琛``, ``巫　淼``) beside ``欧阳璟`` and ``蒙俐珊``/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def env_station_dropdown_sheet() -> dict:
    unit = f"{PLACE}环境监测站"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "科（股）室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "饶霁川", "默许篡改、伪造监测数据以迎合考核", "岗位职责风险", "高",
         "监测数据自动上传,站务会每月核查异常数据。", "leader"),
        ("监测室", "主任", "钟琰", "现场采样点位私自变更", "业务流程风险", "中",
         "采样全程定位拍照,点位变更报站长审批。", "middle"),
        ("监测室", "采样员", "庞溯", "受排污单位请托,采样前通风报信", "思想道德风险", "高",
         "采样任务临时派发,两人同行。", "general"),
        ("质量管理室", "质控员", "龙霏", "质控样考核结果弄虚作假", "制度机制风险", "中",
         "质控样由上级站以盲样下发,结果留存备查。", "general"),
        ("综合室", "会计", "甘颖澍", "监测仪器采购验收不严", "制度机制风险", "低",
         "仪器采购按政府采购程序,验收三人以上。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("站长签字:", None, None, "填表人:", None, None, "2024年7月", None)
    lists = _Sheet("Sheet2", [16, 10])
    lists.add("风险类型", "风险等级")
    kinds = ("思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险")
    for k, kind in enumerate(kinds):
        lists.add(kind, ("高", "中", "低")[k] if k < 3 else None)
    return _layout(
        "env_station_dropdown_sheet", "http://news.17huanbao.com/hyxw/news_120223.html",
        "县环境监测站 岗位廉政风险排查表 after the source's account of an 环境空气自动监测站 whose 站长 and staff "
        "tampered with the 采样器 and the 监测数据: 序号/``科（股）室`` merged (站领导, 监测室, 质量管理室, 综合室)/岗位/"
        "姓名/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 站长签字/填表人/date line; a second sheet ``Sheet2`` "
        "holding only the template's drop-down lists — ``风险类型 | 风险等级`` over the five ``…风险`` and 高/中/低 — "
        "which is no form",
        [sh, lists], t,
    )  # fmt: skip


def teachers_school_label_row() -> dict:
    unit = f"{PLACE}教师进修学校"
    t = _Truth(unit)
    people = [
        ("覃沐岚", "女", 1983.07, "培训处", "主任", "middle", [
            ("组织全县教师继续教育培训", "培训项目承办机构选择不公开", "一级",
             "承办机构公开遴选,结果校务会审定并公示。"),
            ("组织全县教师继续教育培训", "培训学员签到、学时记录弄虚作假", "二级",
             "实行电子签到,学时记录班主任、处室双审核。"),
            ("管理培训经费", "培训经费超标准列支", "一级", "培训经费按标准编制预算,报账校长审签。"),
        ]),
        ("莫启澜", "男", 1990.11, "教研室", "教研员", "general", [
            ("组织学科教研和质量检测", "命题、阅卷中泄露试题", "一级", "命题人员签订保密协议,封闭命题。"),
            ("组织学科教研和质量检测", "优质课评选打分不公", "二级", "评委随机抽取,评分当场公布。"),
            ("组织学科教研和质量检测", "教研活动补助发放不按标准", "三级", "补助按文件标准发放,表册公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 24, 32, 10, 34])
        _line(sh, f"{unit}个人廉政风险自查表", 5)
        sh.add("姓名", "性别", "出生年月", "所在处室", "职务")
        sh.add(who, sex, born, dept, post)
        sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for k, (duty, point, lv, measures) in enumerate(points, 1):
            sh.add(k, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("本人签名:", None, "处室负责人意见:", None, None)
        sh.add("填表日期:", datetime(2024, 6, 14), None, None, None)
        sheets.append(sh)
    return _layout(
        "teachers_school_label_row", "https://www.ppdoc.com/periodical/cda688d5166ddf043a6d2522a112ffac.html",
        "县教师进修学校 个人廉政风险自查表, one per sheet, after the source's account of 区县教师进修院校 (教师继续教育, "
        "培训服务, 教研引领): tabs the holders' names; a label row ``姓名 | 性别 | 出生年月 | 所在处室 | 职务`` over a row "
        "of values, 出生年月 typed as a NUMBER (``1983.07``); 序号/岗位职责 merged down/风险点/风险等级 一级/二级/三级/"
        "防控措施; no type column; 本人签名/处室负责人意见 line, then ``填表日期:`` beside a real DATE cell",
        sheets, t,
    )  # fmt: skip


def maritime_office_paren_levels() -> dict:
    unit = f"{PLACE}地方海事处"
    sh = _Sheet("清单", [6, 12, 8, 9, 32, 10, 12, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 9)
    sh.add(
        "序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施", "责任领导"
    )
    rows = [
        ("船舶检验科", "科长", "蓝曜辰", "对不符合条件的船舶违规签发检验证书", "岗位职责", "Ⅰ级（高）",
         "检验证书实行检验、审核、签发分离。", "甘峻熙", "middle"),
        ("船舶检验科", "验船师", "凌筱蔓", "检验中收受船主红包降低标准", "思想道德", "Ⅱ级（中）",
         "检验两人以上,检验记录船主签字确认。", "甘峻熙", "general"),
        ("安全监督科", "科长", "廖弘毅", "渡口渡船安全检查走过场", "岗位职责", "Ⅱ级（中）",
         "检查清单化,隐患整改销号管理。", "甘峻熙", "middle"),
        ("安全监督科", "执法员", "区晟昊", "水上交通违法行为处罚畸轻畸重", "制度机制", "Ⅰ级（高）",
         "执行裁量基准,处罚决定法制审核。", "甘峻熙", "general"),
        ("办公室", "主任", "卢婕妤", "救生、消防器材采购不比价", "业务流程", "Ⅲ级（低）",
         "采购三家以上比价,验收两人签字。", "侯朗清", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, lead, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, lead)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), PAREN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (8, lambda row: row[8])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年4月", None, None)
    return _layout(
        "maritime_office_paren_levels", "http://hxjjw.com.cn/roll/2017/0208/19235.html",
        "县地方海事处 岗位廉政风险防控清单 after the source's account of a 地方海事处's 水路运输市场检查 (客运航线, 客船"
        "安全措施, 消防救生设备, 最低安全配员): 序号/科室 merged (船舶检验科, 安全监督科, 办公室)/岗位/责任人/风险点/"
        "风险类别 (short names)/风险等级 written ``Ⅰ级（高）``, ``Ⅱ级（中）``, ``Ⅲ级（低）``/防控措施/a trailing "
        "``责任领导`` merged down, the 副处长 甘峻熙 over the first two 科室 and the 处长 侯朗清 over 办公室",
        [sh], t,
    )  # fmt: skip


def social_science_short_title() -> dict:
    unit = f"{PLACE}社会科学界联合会"
    sh = _Sheet("Sheet1", [6, 14, 34, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{PLACE}社科联岗位廉政风险防控清单", 5)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, "填报日期：2024年8月", None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 4)
    sh.add("序号", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("主席", "课题立项评审中为关系人打招呼", "高", "评审专家随机抽取,立项结果公示。", "leader"),
        ("专职副主席", "社科普及经费使用不规范", "中", "经费支出经主席会议研究,按季公开。", "leader"),
        ("办公室主任", "课题资助经费拨付不按协议", "中", "资助经费凭协议和中期检查意见拨付。", "middle"),
        ("学会部干事", "社科类社会组织年检把关不严", "低", "年检材料两人审核,结果报主席会议。", "general"),
        ("会计", "虚列会议费、培训费", "高", "报销凭通知、签到表和清单,主席审签。", "general"),
    ]  # fmt: skip
    for n, (post, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    sh.add()
    sh.add("单位负责人:", None, "填表人:", None, None)
    return _layout(
        "social_science_short_title", "https://www.js-skl.org.cn/notice/6710.html",
        "县社会科学界联合会 岗位廉政风险防控清单 对岗不对人 after the source's notice of a 社科联's 调研课题 (申报, 专家"
        "评审, 立项, 资助经费, 结项): the title uses the SHORT name ``岑溪县社科联岗位廉政风险防控清单``, the full name "
        "only in the cell ``填报单位（盖章）：岑溪县社会科学界联合会`` beside ``填报日期：2024年8月``; NO 科室 column — "
        "posts 主席, 专职副主席, 办公室主任, ``学会部干事``, 会计 as written; 风险等级 高/中/低; no type column; "
        "单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def skin_hospital_dept_sheets() -> dict:
    unit = f"{PLACE}皮肤病防治院"
    t = _Truth(unit)
    depts = [
        ("门诊部", [
            ("主任", "聂澄宇", "诱导患者做不必要的检查", "岗位职责", "中", "检查项目与诊断符合率每月点评。",
             "middle"),
            ("收费员", "官琬清", "收费不开票,截留现金", "制度机制", "高", "收费系统自动出票,日结日清。", "general"),
        ]),
        ("麻风防治科", [
            ("科长", "褚墨涵", "麻风康复者生活补助发放不实", "岗位职责", "高", "补助名单公示,银行代发。", "middle"),
            ("防治员", "简昀泽", "畸残康复用品领用不登记", "业务流程", "低", "康复用品出入库双人签字。", "general"),
        ]),
        ("药剂科", [
            ("科主任", "闵芊语", "药品遴选收受回扣", "外部环境", "高", "新药引进经药事委员会集体评审。", "middle"),
            ("药师", "谈屿", "向医药代表提供处方统计数据", "思想道德", "中", "处方数据查询权限分级、留痕。",
             "general"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, rows in depts:
        sh = _Sheet(dept, [6, 10, 10, 32, 10, 8, 34])
        _line(sh, f"{unit}科室廉洁风险排查登记表", 7)
        head = rows[0][1]
        sh.add("科室名称", dept, "科室负责人", head, "填报日期", "2024年7月", None)
        sh.add("序号", "岗位", "在岗人员", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("科室负责人签字:", None, None, None, "院纪检员:", None, None)
        sheets.append(sh)
    return _layout(
        "skin_hospital_dept_sheets", "http://chinalep.org/showNewsDetail.asp?nsId=478",
        "县皮肤病防治院 科室廉洁风险排查登记表, one sheet per 科室, after the source's account of a 麻风防治 督导 at a "
        "县皮肤病防治院 (现症病人治疗, 麻风康复者, 自我护理): tabs the 科室 (门诊部, 麻风防治科, 药剂科); a pairs row "
        "``科室名称 | 门诊部 | 科室负责人 | 聂澄宇 | 填报日期 | 2024年7月`` above the table (the 负责人 is the 科室's "
        "first holder); 序号/岗位/``在岗人员``/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "科室负责人签字/院纪检员 line",
        sheets, t,
    )  # fmt: skip


def stone_park_concurrent_post() -> dict:
    unit = f"{PLACE}石材产业园区管理委员会"
    sh = _Sheet("一览表", [6, 12, 8, 12, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("管委会领导", "主任", "庞骁寅", "庞骁寅", "入园企业准入把关不严,为关系企业开绿灯", "岗位职责风险", "高",
         "入园项目经管委会集体研究并公示。", "leader"),
        ("管委会领导", "副主任", "邝泓铭", "邝泓铭", "插手干预园区基础设施工程", "制度机制风险", "高",
         "工程项目全部进入公共资源交易平台。", "leader"),
        ("规划建设部", "部长", "邝泓铭（兼）", "邝泓铭", "园区规划调整为企业违规增加容积率", "岗位职责风险", "中",
         "规划调整经专家论证、集体审议。", "middle"),
        ("企业服务部", "部长", "童霁雯", "童霁雯", "企业扶持资金申报审核不严", "业务流程风险", "中",
         "扶持资金申报材料联审,结果公示。", "middle"),
        ("安全环保部", "专干", "祝祎航", "祝祎航", "石材加工企业粉尘、废水检查前通风报信", "思想道德风险", "高",
         "检查对象随机抽取,执法记录仪全程记录。", "general"),
        ("安全环保部", "专干", "祝祎航", "祝祎航", "石粉废料处置监管不到位", "外部环境风险", "低",
         "废料处置台账按月上报,定期抽查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, shown, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, shown, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "stone_park_concurrent_post", "http://m.gxcounty.com/show-20-146348-0.html",
        "县石材产业园区管理委员会 岗位廉政风险点一览表 after the source's account of 岑溪's 花岗岩 and its 石材加工园区 "
        "(退城进园, 整合企业, 淘汰小作坊, 废料综合利用): 序号/部门 merged (管委会领导, 规划建设部, 企业服务部, "
        "安全环保部)/岗位/姓名 — the 副主任 邝泓铭 also heads 规划建设部, written there ``邝泓铭（兼）`` (one person, "
        "two posts, two forms)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def hotline_center_duty_list() -> dict:
    unit = f"{PLACE}12345政务服务便民热线管理中心"
    sh = _Sheet("责任清单", [6, 12, 14, 32, 8, 34, 10])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "责任主体", "职权内容", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("受理科", "来电受理登记", "1.对群众诉求选择性登记;\n2.擅自删改来电记录。", "中",
         "1.来电全程录音;\n2.工单修改留痕并经科长审核。", "科长", "middle"),
        ("受理科", "来电受理登记", "泄露来电人个人信息", "高", "1.来电人信息脱敏显示;\n2.签订保密承诺。",
         "话务员", "general"),
        ("转办督办科", "工单分派转办", "1.为关系单位压单、缓派;\n2.随意退回应办工单。", "中",
         "1.按派单目录自动分派;\n2.退单经科长审核。", "科长", "middle"),
        ("转办督办科", "超期工单督办", "收受承办单位好处,不按规定通报超期工单", "高",
         "超期工单系统自动预警,月度通报公开。", "督办员", "general"),
        ("回访考评科", "回访满意度评价", "1.篡改群众满意度评价结果;\n2.选择性回访。", "高",
         "1.回访录音随机抽查;\n2.满意度数据系统自动统计。", "回访员", "general"),
        ("综合科", "话务外包服务管理", "外包服务商考核打分不实", "低", "考核由各科室共同打分并公示。", "科长",
         "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, power, point, lv, measures, post, tier) in enumerate(rows, 1):
        sh.add(n, dept, power, point, lv, measures, post)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("编制:综合科", None, None, "审核:中心主任", None, "2025年1月", None)
    return _layout(
        "hotline_center_duty_list", "http://www.ttaoc.com.cn/jxuwd/202511/333568.html",
        "县12345政务服务便民热线管理中心 廉政风险防控责任清单 对岗不对人 after the source's account of the 12345热线 "
        "(接听, 分类处理 and 分派, 限时办结, 回访评价): ``附件1`` above the title (the unit's name holds ``12345``); "
        "序号/责任主体 merged (受理科, 转办督办科, 回访考评科, 综合科)/职权内容 merged/风险点 (some cells numbered items "
        "``1.…;⏎2.…``)/风险等级 高/中/低/防控措施/a trailing ``责任人`` holding POSTS (科长, 话务员, 督办员, 回访员), no "
        "names; 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    land_reserve_cards_post_in_title(),
    price_cert_padded_names(),
    env_station_dropdown_sheet(),
    teachers_school_label_row(),
    maritime_office_paren_levels(),
    social_science_short_title(),
    skin_hospital_dept_sheets(),
    stone_park_concurrent_post(),
    hotline_center_duty_list(),
]

RESAVED = (
    "price_cert_padded_names",
    "env_station_dropdown_sheet",
    "teachers_school_label_row",
    "skin_hospital_dept_sheets",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b100_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b100_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch100-inbox"))
