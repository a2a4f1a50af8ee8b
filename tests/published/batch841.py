"""The eight-hundred-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's agriculture
and rural-affairs bodies, 松溪县 (of 南平市, 福建省) — its 农业农村局, 农业技术推广站, 茶叶发展中心,
农产品质量安全检验检测站, 动物疫病预防控制中心, 农业综合行政执法大队 and its 乡/镇农业服务中心 (茶平乡,
郑墩镇) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 茶平乡农业服务中心's 一览表 under ``附件1`` and a 填报单位 line: ``岗位 | 姓名`` merged per person
  (no 科室 column), short types, 高/中/低, a ``注：`` line;
- the 茶叶发展中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 农产品质量安全检验检测站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``一级/二级/三级``; no names;
- the 动物疫病预防控制中心's 清单 under GROUP ROWS ``一、中心领导`` … ``三、防疫科`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 农业综合行政执法大队's 自查表, one sheet a person: a label row ``姓　名 | 所在中队 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 郑墩镇农业服务中心's 登记表: ``部门 | 岗位 | 责任人`` on EVERY row, ``风险类别`` (short names),
  ``高风险/中风险/低风险``, a sign-off line;
- the 农业技术推广站's 一览表 in TWO SHEETS: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``业务组`` (``业务组`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``.

One is harder:

- ``songxi_agri_bureau_sorted_first_named``: the 农业农村局's 机关岗位廉政风险点一览表 SORTED BY LEVEL
  (all 一级 rows, then 二级, then 三级), so each holder's rows lie scattered through the list among
  other holders' rows; ``股室`` and ``岗位`` are typed on EVERY row, but the ``责任人`` cell only on the
  FIRST row on which a post appears (the post's later rows leave it blank), as the ``注：`` line
  under the table says (``同一岗位的责任人只在该岗位第一次出现时填写，以下各行不再重复``); a blank
  ``责任人`` is therefore the holder written on the post's first row, NOT the holder of the row above.
  The README's 读得懂的表 knows a holder written only on a block's first, middle or last row, ``同序号N``
  cells, ``（下同）`` over blank cells, a level left blank after a post's first item and lists sorted
  by level with the holder's code in the 编号; it does not describe a level-sorted list whose holder
  cell is filled only at the post's first appearance, to be looked up by the post on later rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 农业农村局's year report — 粮食补贴,
高标准农田, 撂荒耕地; a report on 茶平乡 生态茶园 — 九龙大白 改种补助, 有机肥替代化肥, 绿色防控; a
report on 松溪's 绿色循环优质高效特色农业 茶业 project — 茶企清洁化改造, 有机认证; an encyclopaedia page
on 松溪县 — “三品一标” 认证; a complaint about a 牲畜防疫分站 — 耳标费, 检疫走过场, 罚款; a 农业执法
大队's 春耕 inspection — 种子标签, 化肥抽检; a 农业执法大队's 农资打假 — 假劣农资; a 市农业农村局's
“农资打假护农保春耕” — 农资经营站点检查) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames 兰
and 戚 with rare given names); every unit is a body of 松溪县.

Run ``python tests/published/score.py --set batch841`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a blank ``责任人`` cell is the holder written on the first row of the same
  ``股室`` and ``岗位`` (each 股室/岗位 pair has one holder there); one form a holder; the ``注：`` line and
  the 制表/审核 line are no points; 局长 and 副局长 (股室 ``局领导``) are leaders with the 科室 ``局领导``;
- ``中心领导``, ``站领导`` (a group row, a sheet name) and the cards' leaders: the group row gives the
  科室 ``中心领导``; the 站领导 sheet (no 科室 column) and the cards name no 科室; a 执法中队 is the 科室 of
  its 执法队员; an 业务组 (植保组, 土肥组) is a 科室;
- every 中心, 站, 大队 and the 局 are units of their own: 局长, 副局长, 主任, 副主任, 站长, 副站长 and
  大队长 are leaders; 股长, 科长, 组长 and 中队长 middle; the rest general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 检测站's list names
  no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b841_"
PLACE = "松溪县"
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

# (股室, 岗位, 责任人, tier)
BUREAU = {
    "局长": ("局领导", "局长", "兰翙徵", "leader"),
    "副局长": ("局领导", "副局长", "戚湉珂", "leader"),
    "财务": ("计划财务股", "股长", "兰漪蘅", "middle"),
    "种植": ("种植业股", "股长", "戚珣琬", "middle"),
    "经济": ("农村经济股", "股长", "兰澍苡", "middle"),
}

# rows in the order printed (sorted by level): (holder key, 廉政风险点, 风险等级, 防控措施)
SORTED = [
    ("局长", "高标准农田建设项目插手干预招投标、指定施工单位", "一级", "项目一律进县公共资源交易中心公开招标，局党组会集体研究。"),
    ("财务", "耕地地力保护补贴、种粮农民一次性补贴资金截留挪用", "一级", "补贴资金通过“一卡通”直达农户，发放清册公示。"),
    ("副局长", "农业产业化项目申报审核把关不严，帮助企业套取项目资金", "一级", "项目申报实行股室初审、专家评审、局党组会审定。"),
    ("种植", "撂荒耕地复垦面积核验不实，虚报复垦补助", "一级", "复垦面积实地丈量，乡镇、村、农户三方签字。"),
    ("局长", "干部选拔任用、评先评优中个人说了算", "二级", "按程序经党组会集体讨论决定，结果公示。"),
    ("经济", "农村集体“三资”监管不到位，对村级违规发包资源不制止", "二级", "村级资源发包进入农村产权交易平台。"),
    ("财务", "项目资金拨付不按进度和验收结果办理", "二级", "拨付凭验收报告，局长、分管局长会签。"),
    ("种植", "种粮“五新”示范片物资采购中指定供货商", "二级", "物资采购比价不少于三家，结果在局门户网站公开。"),
    ("副局长", "接受项目实施主体宴请、礼品礼金", "二级", "签订廉洁承诺书，节前廉政提醒。"),
    ("经济", "土地承包经营纠纷调解中偏袒一方", "二级", "调解实行回避制度，调解记录存档备查。"),
    ("财务", "公务接待、差旅费报销审核不严", "三级", "执行公务接待清单制度，报销单据逐项审核。"),
    ("种植", "农作物病虫害统防统治服务组织认定优亲厚友", "三级", "认定条件公开，评审结果公示七天。"),
    ("经济", "农民专业合作社示范社评定弄虚作假", "三级", "评定材料实地核查，名单公示。"),
]  # fmt: skip


def songxi_agri_bureau_sorted_first_named() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 44, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险点一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 16}填报时间：2025年5月", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    seen = set()
    for n, (key, point, lv, measures) in enumerate(SORTED, 1):
        dept, post, who, _tier = BUREAU[key]
        sh.add(n, dept, post, None if key in seen else who, point, lv, measures)
        seen.add(key)
    # the truth one form a holder, in the order the holders first appear
    for key in dict.fromkeys(k for k, *_ in SORTED):
        dept, post, who, tier = BUREAU[key]
        for k, point, lv, _measures in SORTED:
            if k == key:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：1.本表按风险等级由高到低排列。2.同一岗位的责任人只在该岗位第一次出现时填写，以下各行不再重复。",
        7,
    )
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月")
    return _layout(
        "songxi_agri_bureau_sorted_first_named", "http://www.sanming.gov.cn/zw/ghjh/gzjh/202309/t20230905_1939628.htm",
        "(harder) 县农业农村局 机关岗位廉政风险点一览表, after the source's 市农业农村局 year report (粮食补贴 发放到户, "
        "高标准农田, 撂荒耕地整治, 种粮“五新”示范片): a title, a ``填报单位（盖章）：…　填报时间：…`` line, "
        "序号/股室/岗位/责任人/廉政风险点/风险等级 ``一级/二级/三级``/防控措施, the rows SORTED BY LEVEL so each "
        "holder's rows are scattered among others'; 股室 and 岗位 on every row, 责任人 only on the first row of each "
        "post, blank on its later rows, per the ``注：`` line; no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def songxi_chaping_service_centre_list() -> dict:
    unit = f"{PLACE}茶平乡农业服务中心"
    sh = _Sheet("一览表", [6, 10, 9, 40, 10, 7, 36])
    t = _Truth(unit)
    _line(sh, "附件1", 7)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 18}2025年4月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "等级", "防控措施")
    rows = [
        ("主任", "戚骞翎", "leader", "九龙大白茶改种补助面积核定把关不严", "业务流程", "高",
         "改种面积逐户实地核验，补助名单在村务公开栏公示。"),
        ("主任", "戚骞翎", "leader", "生态茶园建设项目验收走过场", "岗位职责", "高", "项目验收邀请乡纪委和村监委会参加。"),
        ("副主任", "兰绾璆", "leader", "有机肥替代化肥物资分配优亲厚友", "思想道德", "中",
         "物资按申报面积分配，发放签收表存档。"),
        ("副主任", "兰绾璆", "leader", "接受茶企宴请、土特产", "思想道德", "低", "签订廉洁承诺书，重要节点提醒。"),
        ("农技员", "戚茈蓁", "general", "茶园绿色防控物资发放不登记", "制度机制", "中", "发放实行台账管理，农户签字领取。"),
        ("农技员", "戚茈蓁", "general", "农业技术培训虚报参训人数", "业务流程", "低", "培训签到拍照留存，资料报县农技站备案。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分高、中、低三个等级。", 7)
    return _layout(
        "songxi_chaping_service_centre_list", "http://m.hxnews.com/news/fj/np/202206/16/2072116.shtml",
        "乡农业服务中心 岗位廉政风险点一览表, after the source's report on 茶平乡 生态茶园 (九龙大白 改种补助, 有机肥替代化肥, "
        "茶园病虫害绿色防控): ``附件1``, a title, a 填报单位/date line, 序号/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 (short names)/等级 高/中/低/防控措施; no 科室 column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def songxi_tea_centre_cards() -> dict:
    unit = f"{PLACE}茶叶发展中心"
    t = _Truth(unit)
    people = [
        ("兰曦棣", "主任", "主持全面工作，分管茶业促进项目", [
            ("绿色循环优质高效特色农业项目实施主体确定不公开", "★★★", "实施主体公开申报、专家评审，结果公示。"),
            ("茶企厂房清洁化改造补助验收把关不严", "★★★", "验收组由财政、农业农村部门人员组成。"),
            ("茶叶评比活动中打招呼、定名次", "★★", "评审专家随机抽取，密码审评。"),
        ]),
        ("戚琤翀", "副主任", "分管茶园管理、有机认证", [
            ("有机茶园认证补助申报材料审核不严", "★★", "认证证书与实地面积逐一核对。"),
            ("零药零肥示范区物资采购指定厂家", "★★", "物资采购实行比价，三人以上参加。"),
            ("借指导之机向茶企、合作社推销产品", "★", "严禁参与经营活动，签订承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, work, points in people:
        sh = _Sheet(who, [6, 40, 10, 38])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("分管工作", work, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 4)
        sh.add("持卡人签字：", None, "监督人签字：", None)
        sheets.append(sh)
    return _layout(
        "songxi_tea_centre_cards", "http://www.putiv.cn/i81542.htm",
        "县茶叶发展中心 岗位廉政风险防控卡, one sheet a leader (tabs named by the person), after the source's report on 松溪's "
        "绿色循环优质高效特色农业 茶业 project (茶企清洁化改造, 零药零肥示范区, 有机认证): a title, a label row ``姓　名 | … | "
        "职　务 | …``, a merged 分管工作 line, 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; "
        "持卡人/监督人 签字",
        sheets, t,
    )  # fmt: skip


def songxi_quality_station_posts() -> dict:
    unit = f"{PLACE}农产品质量安全检验检测站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "检测结果审签中接受企业请托，出具不实报告", "思想道德风险", "一级",
         "检测报告实行检测、复核、签发三级审核。"),
        ("站领导", "站长", "leader", "检测设备采购需求倾向特定品牌", "制度机制风险", "一级", "采购需求集体论证，进入政府采购平台。"),
        ("检测室", "检测员", "general", "“三品一标”认证抽样不按规定随机抽取", "业务流程风险", "二级",
         "抽样双人进行，抽样单由受检方签字确认。"),
        ("检测室", "检测员", "general", "篡改检测原始记录和数据", "岗位职责风险", "一级", "检测数据实时上传监管平台，原始记录存档。"),
        ("综合室", "报账员", "general", "检测试剂出入库不登记，账实不符", "业务流程风险", "三级", "试剂领用登记，每季度盘点。"),
        ("综合室", "报账员", "general", "检测收费不开票据或少开票据", "制度机制风险", "二级", "收费使用财政票据，收支两条线。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "songxi_quality_station_posts", "https://m.baike.so.com/doc/5788154-6000942.html",
        "县农产品质量安全检验检测站 岗位廉政风险排查表 对岗不对人, after the source's encyclopaedia page on 松溪县 (国家生态县, "
        "农产品 “三品一标” 认证率, 茶叶标准化生产基地): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def songxi_animal_disease_centre_group_rows() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "戚璟荻", "leader", [
                ("强制免疫疫苗采购、分配不经集体研究", "一级风险", "疫苗按养殖量分配，分配方案中心会议研究并公示。"),
                ("重大动物疫情处置扑杀补助核定不实", "一级风险", "扑杀数量现场核实，影像资料存档。"),
            ]),
        ]),
        ("二、检疫科", "检疫科", [
            ("科长", "兰筠翮", "middle", [
                ("产地检疫只收费不检疫、出具检疫证明走过场", "一级风险", "检疫全程电子出证，定期抽查检疫记录。"),
            ]),
            ("官方兽医", "戚蕤昉", "general", [
                ("耳标发放多收费用", "二级风险", "耳标免费发放，收费标准在报检点公示。"),
                ("对逃避检疫行为随意罚款、私收现金", "二级风险", "罚没款一律开具财政票据，不收现金。"),
            ]),
        ]),
        ("三、防疫科", "防疫科", [
            ("科长", "兰朏琰", "middle", [
                ("病死畜禽无害化处理补助数量虚报", "二级风险", "收集、处理数量与保险理赔数据比对。"),
                ("防疫物资出入库管理不严", "三级风险", "物资专库存放，出入库双人签字。"),
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
        "songxi_animal_disease_centre_group_rows", "http://news.sina.com.cn/c/2004-07-16/07493100448s.shtml",
        "县动物疫病预防控制中心 廉政风险防控责任清单, after the source's complaint about a 牲畜防疫分站 (耳标费, 检疫只目测, "
        "逃避检疫罚款, 私收现金): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、检疫科``, ``三、防疫科`` merged across; 岗位 and 姓名 merged per "
        "person; no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def songxi_enforcement_brigade_selfchecks() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("戚渟枞", "大队领导", "大队长", "leader", [
            ("重大农资案件查处中说情打招呼、降格处理", "Ⅰ级", "重大案件集体讨论，法制审核。", "已落实"),
            ("执法装备采购不按规定程序", "Ⅱ级", "采购进入政府采购平台。", "未发现问题"),
        ]),
        ("兰菀旻", "第一执法中队", "执法队员", "general", [
            ("种子标签检查发现问题不立案、以罚代管", "Ⅰ级", "检查记录全程执法记录仪记录。", "已落实"),
            ("化肥抽样时向经营户透露抽检信息", "Ⅱ级", "抽样计划保密，随机确定抽检对象。", "已落实"),
        ]),
        ("戚翾荇", "第二执法中队", "执法队员", "general", [
            ("没收的假劣农药、种子私自处置", "Ⅱ级", "罚没物资登记入库，集中销毁。", "未发现问题"),
            ("接受农资经营户宴请、购物卡", "Ⅲ级", "签订廉洁执法承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年4月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队意见：", None, None)
        sheets.append(sh)
    return _layout(
        "songxi_enforcement_brigade_selfchecks", "http://jn720.com/news/show.php?itemid=44076",
        "县农业综合行政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 农业执法 "
        "大队's 春耕 inspection (种子标签, 无证经营, 化肥抽样检测): a title, a label row ``姓　名 | 所在中队 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 大队意见：``",
        sheets, t,
    )  # fmt: skip


def songxi_zhengdun_service_centre_register() -> dict:
    unit = f"{PLACE}郑墩镇农业服务中心"
    sh = _Sheet("登记表", [6, 12, 9, 9, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点登记表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心", "主任", "兰棠琚", "leader", "农资打假线索不报、包庇经营户", "思想道德", "高风险", "线索登记建档，移交县执法大队。"),
        ("中心", "主任", "兰棠琚", "leader", "耕地“非粮化”整治补助分配不公", "制度机制", "高风险", "补助分配经中心会议研究并公示。"),
        ("农技组", "农技员", "戚稔珧", "general", "统一供种时收受种子经营户好处", "外部环境", "中风险", "供种品种、价格公示，农户自愿。"),
        ("农技组", "农技员", "戚稔珧", "general", "农作物灾情核查数据不实", "业务流程", "中风险", "灾情核查两人以上，照片留存。"),
        ("财务组", "报账员", "兰璎苕", "general", "项目报账单据审核不严", "岗位职责", "中风险", "报账单据主任审签。"),
        ("财务组", "报账员", "兰璎苕", "general", "公用经费支出不及时入账", "制度机制", "低风险", "每月对账，定期公开。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "songxi_zhengdun_service_centre_register", "https://www.bkwk.cn/article/gynyzfddsrtjdtycnzdjhhcgsc.html",
        "镇农业服务中心 廉政风险点登记表, after the source's 农业执法大队 农资打假 (假种子, 劣质化肥, 高毒农药, 春耕): a title, "
        "序号/部门/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def songxi_agri_tech_station_two_sheets() -> dict:
    unit = f"{PLACE}农业技术推广站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("戚霁湑", "站长", "主持全面工作", [
            ("测土配方施肥项目实施单位选定不公开", "一级", "实施单位公开比选，站务会研究。"),
            ("农技推广补助项目资金使用不规范", "一级", "项目资金专账核算，接受审计。"),
        ]),
        ("兰沄蘩", "副站长", "分管植保、土肥", [
            ("农药械采购中收受回扣", "二级", "采购三家比价，验收双人签字。"),
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
    grp = _Sheet("业务组", [6, 10, 9, 9, 38, 9, 34])
    _line(grp, f"{unit}业务组廉政风险防控一览表", 7)
    grp.add("序号", "业务组", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("植保组", "组长", "戚苒琚", "middle", "病虫害预警信息发布中为农药经营户“带货”", "二级", "预警信息不得推荐具体产品。"),
        ("植保组", "组长", "戚苒琚", "middle", "统防统治作业面积核定不实", "二级", "作业面积与飞防轨迹核对。"),
        ("土肥组", "农艺师", "兰芷璠", "general", "土壤样品检测数据弄虚作假", "三级", "样品编码盲检，数据双人复核。"),
        ("土肥组", "农艺师", "兰芷璠", "general", "推荐配方肥时指定企业", "二级", "配方公开，企业自愿参与。"),
    ]  # fmt: skip
    first = len(grp.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        grp.add(i, d, post, who, point, lv, measures)
        t.point(grp.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(grp, first, 1, 2, 3)
    grp.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "songxi_agri_tech_station_two_sheets",
        "http://www.moonvisionstudio.com/xw/zwlb/bmdt/snyncj/content/post_8142035.html",
        "县农业技术推广站 廉政风险防控一览表 in TWO SHEETS, after the source's 市农业农村局 “农资打假护农保春耕” (农资经营站点 "
        "随机检查, 种子、化肥、农药): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 业务组 with 业务组 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, grp], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    songxi_agri_bureau_sorted_first_named(),
    songxi_chaping_service_centre_list(),
    songxi_tea_centre_cards(),
    songxi_quality_station_posts(),
    songxi_animal_disease_centre_group_rows(),
    songxi_enforcement_brigade_selfchecks(),
    songxi_zhengdun_service_centre_register(),
    songxi_agri_tech_station_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch841-inbox"))
