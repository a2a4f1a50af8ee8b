"""The two-hundred-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools,
hospitals and public-service bodies, 石渠县 (a county of the 甘孜 prefecture on the 青藏 plateau whose
staff are Tibetan and Han) — its 人民医院, 藏医院, 妇幼保健院, 洛须镇中心小学, 第一幼儿园, 图书馆, 社会保险事业
管理局, 就业服务中心 and 藏文中学 — each handing back the 一览表, 排查表, 清单, 自查表 or 防控卡 its staff typed
in WPS or Excel, the rows about 医疗设备采购, 统方, 过度手术, 藏药材收购, 住院分娩补助, 营养改善计划, 保育教育费,
代收费, 购书发票, 农家书屋奖励, 待遇核定, 死亡冒领, 培训补贴, 公益性岗位, 学生资助 and 择校费:

- the 人民医院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报日期：…`` line: ``科室`` merged (院领导,
  药剂科, 设备科, 医务科, 外科), ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低, and a
  last ``责任领导`` column, merged per 科室, naming the 院长 or 副院长 who supervises (who hold forms of
  their own);
- the 藏医院's 防控卡, one sheet a holder (tabs 院长, 藏药制剂室, 设备科): ``持卡人 | … | 科　室 | … |
  职　务 | …`` and a merged ``岗位职责`` line above, a short ``风险点`` beside a long ``风险表现``,
  ``一级/二级/三级`` read by a ``注：`` line, no type column, ``监督举报电话：医院纪委办公室…`` and
  ``持卡人签字：`` below;
- the 洛须镇中心小学's 自查表, one sheet a person (tabs 校长, 总务主任, 食堂管理员, 报账员): ``姓　名 | … |
  职　务 | … | 所在部门 | …`` and a merged ``分管（从事）工作`` line above, short types, ``高级/中级/低级``,
  a ``自查情况`` column (``未发现``, ``已整改``), ``自查人（签名）： | 学校审核意见：`` below;
- the 第一幼儿园's 清单 对岗不对人 under an ``编制单位：…　编制时间：…`` line: ``部门`` merged, ``岗位``, a
  ``职责事项`` column, the risk, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column;
- the 图书馆's 责任清单 under a ``单位（盖章）：…　时间：…`` line: ``部室`` merged, ``岗位`` and ``责任人``
  merged per person, a ``职权事项`` column, ``廉政风险点``, ``…风险`` types, ``★★★/★★/★`` read by a
  ``注：`` line;
- the 社会保险事业管理局's 排查表, one sheet a 股室 (tabs 局领导, 养老保险股, 基金财务股, 稽核股): a
  ``股室：…　填报时间：…`` line above, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside
  a long ``风险表现``, short types, ``较高/一般/较低`` read by a ``注：`` line (the file uses all three);
- the 就业服务中心's 一览表 as typed row by row: ``股室``, ``岗位`` and ``责任人`` written again on every
  row, nothing merged, short types, ``一级/二级/三级``, a ``备注`` column, an 编制/审核 line;
- the 妇幼保健院's 清廉单元 排查登记表, one sheet a 科室 (tabs 孕产保健部, 儿童保健部, 药剂科, 财务科): a
  ``清廉单元：…　单元负责人：…　排查时间：…`` line above, ``岗位`` and ``姓名`` merged per person, short
  types, 高/中/低, a ``备注`` column, ``单元负责人（签字）：`` below.

One is harder:

- ``tibetan_school_bilingual``: the 藏文中学's 排查表 made BILINGUAL, as a Tibetan-medium school of a
  Tibetan county makes its tables, Tibetan first: above the Chinese title a title line in Tibetan
  script (``སེར་ཤུལ་རྫོང་བོད་ཡིག་སློབ་འབྲིང་…``), and above the Chinese heading row a heading row in
  Tibetan (``ཨང་རིམ། | སྡེ་ཚན། | ལས་གནས། | མིང་། | ཉེན་ཁའི་ས་ཚིགས། | ཉེན་ཁའི་རིགས། | ཉེན་ཁའི་རིམ་པ། |
  སྔོན་འགོག་བྱེད་ཐབས།``, over 序号 | 处室 | 岗位 | 姓名 | 风险点 | 风险类型 | 风险等级 | 防控措施); the
  Tibetan staff's ``姓名`` cells carry the name in both scripts, the Chinese on the first line and
  the Tibetan under it (``尼玛翁修⏎ཉི་མ་དབང་ཕྱུག``), the Han staff's the Chinese alone; below the
  table the note in Tibetan and then in Chinese. Everything else is the plain 排查表: a ``填报单位：…
  （盖章）　填报时间：…`` line, 处室 merged, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低,
  a 填表人/审核人/校长 line. The README's 读得懂的表 knows headers in two or three rows whose lower
  row names sub-columns, a 栏次 row under the header, names with a post or a role in brackets and
  Tibetan names written in Chinese, but not a form in two scripts: a heading row, a title and a
  note in Tibetan script, and names whose cell holds the same name again in Tibetan script.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 四川 hospital heads
taken away — 过度手术, 吃回扣, 滥用药物, 开大处方, 工程公司, 医疗耗材及器械公司; a 区中医医院's 专项治理 of
医疗设施设备采购 — 未审批采购, 超审批限额采购, 未按程序采购, 拆分采购, 收受商业贿赂, 纪委办公室 and its 监督举报
电话; a school's 营养改善计划 自查报告 — 完整午餐和课间餐, 总务副校长分管, 进出货台账, 实物验收保管, 一周菜谱公示,
每日签字记录, 日清月结, 不截留不挪用专项资金; a 幼儿园's 收费自查 — 收费公示, 保育教育费按月收取, 代收费 of
保险、课本、伙食费、棉被、点心; a story of 图书馆 graft — 购书发票, 虚增项目, 星级书屋奖励截留, 老馆场地出租的租金,
书商回扣, 截留工程款; a paper on 社会保险内部控制 — 征缴, 待遇审核, 初审、复核, 岗位权限过大, 人员变动时系统清理
不及时; a report on 培训骗补 — 虚假培训, 职业技能竞赛, 承办机构, 职业技能等级证书, 补贴; a 自治区人民医院's
清廉医院建设星级评定 — 星级清廉单元, 科室负责人, 纪检监察室; a county's 清廉学校 — 小微权力清单, 校务财务,
招生考试, 学校基础建设, 物资设备采购, 服务外包, 学生资助资金发放, 有偿补课) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(rare Han surnames with rare given names, and Tibetan names in their 康巴 Chinese forms, 四郎, 呷绒,
拥忠, 志玛 …, as 石渠's staff carry them); every unit is a body of 石渠县 (its 尼呷镇 the county seat,
洛须镇 a town on the 金沙江).

Run ``python tests/published/score.py --set batch255`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table the holder is the name in Chinese, the first line of the ``姓名`` cell
  (``尼玛翁修``), not the cell with its Tibetan line; the Tibetan title, heading row and note are
  no points, nor is the Chinese note; the 处室, posts and points are the Chinese cells as written;
- ``院领导``, ``校领导``, ``校级领导``, ``园领导``, ``馆领导``, ``局领导`` and ``中心领导`` (a 科室/部门/处室/股室
  cell, a card's 科室, a self-check's 所在部门, a sheet's ``股室：`` line) are the 科室 of those leaders;
  a hospital's 科, 部 and 室, a school's 处 and 室 and its 食堂, a 幼儿园's 处 and 室, a library's 部 and
  办公室, a 局's and a 中心's 股 are 科室; the 妇幼保健院's 清廉单元 is its 科室;
- 院长, 副院长, 校长, 副校长, 园长, 副园长, 馆长, 副馆长, 局长, 副局长 and a 中心's 主任 and 副主任 are leaders;
  科主任, 科长, a 部's or 室's or 处's 主任, 总务主任, 保教主任 and 股长 middle; the rest (采购员, 食堂管理员,
  报账员, 会计, 出纳, 保健医, 采编员, 经办员, 助产士, 保健医生, 药师, 收费员 …) general;
- the 人民医院's ``责任领导`` names the leader who supervises, not the holder; ``风险点 | 风险表现``: the
  point is the short 风险点; ``职责事项``, ``职权事项``, ``自查情况`` answers, ``备注``, ``岗位职责`` and
  ``分管（从事）工作`` lines, legend and ``注：`` lines are no points;
- the 第一幼儿园's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``高级/中级/低级``, ``Ⅰ/Ⅱ/Ⅲ``, ``★★★/★★/★`` and ``较高/一般/较低`` (by the
  note under each of the 社会保险事业管理局's sheets) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b255_"
PLACE = "石渠县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
RANKS = {"高级": 1, "中级": 2, "低级": 3}
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

TIBETAN_TITLE = "སེར་ཤུལ་རྫོང་བོད་ཡིག་སློབ་འབྲིང་གི་ལས་གནས་གཙང་དག་ཉེན་ཁ་ཞིབ་བཤེར་རེའུ་མིག"
TIBETAN_HEADS = ("ཨང་རིམ།", "སྡེ་ཚན།", "ལས་གནས།", "མིང་།", "ཉེན་ཁའི་ས་ཚིགས།", "ཉེན་ཁའི་རིགས།",
                 "ཉེན་ཁའི་རིམ་པ།", "སྔོན་འགོག་བྱེད་ཐབས།")  # fmt: skip
CHINESE_HEADS = ("序号", "处室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
TIBETAN_NOTE = "མཆན། ཉེན་ཁའི་རིམ་པ་ནི་མཐོ་བ། འབྲིང་བ། དམའ་བ་བཅས་རིམ་པ་གསུམ་དུ་དབྱེ།"

# (处室, 岗位, the holder in Chinese, the holder in Tibetan script or None, tier,
#  [(风险点, 风险类型, 风险等级, 防控措施)])
SCHOOL = [
    ("校级领导", "校长", "尼玛翁修", "ཉི་མ་དབང་ཕྱུག", "leader", [
        ("学校重大事项决策由个人说了算", "制度机制风险", "高",
         "“三重一大”事项经校务会集体研究，会议纪要存档。"),
        ("教师职称评审推荐中优亲厚友", "思想道德风险", "中", "推荐条件、赋分和结果在校内公示五个工作日。"),
    ]),
    ("校级领导", "副校长", "宿翀霁", None, "leader", [
        ("校舍维修工程拆分发包、规避招标", "业务流程风险", "高", "维修工程按限额标准招标，结算送县财政评审。"),
        ("物资设备采购指定供应商", "岗位职责风险", "高", "采购需求集体论证，进入政府采购平台采购。"),
    ]),
    ("教务处", "主任", "格桑翁青", "སྐལ་བཟང་དབང་ཆེན།", "middle", [
        ("招生考试中违规招收择校生、收取择校费", "岗位职责风险", "高", "招生计划、录取名单公开，严禁收取任何择校费用。"),
        ("组织或默许教师有偿补课", "思想道德风险", "中", "签订不参与有偿补课承诺书，开通家长举报电话。"),
    ]),
    ("政教处", "主任", "缑湘沅", None, "middle", [
        ("学生资助对象认定不公", "岗位职责风险", "高", "资助对象班级评议、学校审核、公示后上报。"),
        ("学生资助资金发放不及时、截留", "制度机制风险", "中", "资助资金一律打卡发放，发放名册公示。"),
    ]),
    ("总务处", "主任", "丹增翁加", "བསྟན་འཛིན་དབང་རྒྱལ།", "middle", [
        ("食堂、保洁服务外包单位选择不公开", "业务流程风险", "中", "服务外包按程序比选，结果公示。"),
        ("食堂食材验收不严、以次充好", "岗位职责风险", "中", "食材验收三人以上并签字，每周抽检。"),
    ]),
    ("财务室", "会计", "芈沁瑗", None, "general", [
        ("校务财务公开不及时、不真实", "制度机制风险", "低", "每学期公开经费收支，接受教职工监督。"),
        ("虚开票据套取公用经费", "思想道德风险", "高", "报销票据经手人、证明人、审批人三签，年度审计。"),
    ]),
]  # fmt: skip


def _shown(holder: str, tibetan: str | None) -> str:
    """The 姓名 cell: the Chinese name, and under it the Tibetan one if the holder has one."""
    return holder if tibetan is None else f"{holder}\n{tibetan}"


def tibetan_school_bilingual() -> dict:
    unit = f"{PLACE}藏文中学"
    sh = _Sheet("排查表", [6, 10, 9, 16, 34, 13, 8, 36])
    t = _Truth(unit)
    _line(sh, TIBETAN_TITLE, 8)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 10}填报时间：2024年5月", 8)
    sh.add(*TIBETAN_HEADS)
    sh.add(*CHINESE_HEADS)
    first = len(sh.rows)
    n = 0
    for dept, post, holder, tibetan, tier, points in SCHOOL:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, _shown(holder, tibetan), point, typ, lv, measures)
            t.point(sh.name, dept, post, holder, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, TIBETAN_NOTE, 8)
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "tibetan_school_bilingual", "http://qdubb.cn/html/2022/tiewanfanfu_0628/110397.html",
        "(harder) 县藏文中学 岗位廉政风险点排查表 in Tibetan and Chinese, after the source's 清廉学校 (小微权力清单, 校务财务, "
        "招生考试, 学校基础建设, 物资设备采购, 服务外包, 学生资助资金发放, 有偿补课): a title line in Tibetan script above the "
        "Chinese title, a merged ``填报单位：…（盖章）　填报时间：2024年5月`` line, a heading row in Tibetan (``ཨང་རིམ། | "
        "སྡེ་ཚན། | ལས་གནས། | མིང་། | …``) ABOVE the Chinese heading row 序号/处室/岗位/姓名/风险点/风险类型/风险等级/防控措施; "
        "处室 merged (校级领导, 教务处, 政教处, 总务处, 财务室), 岗位 and 姓名 merged per person, the Tibetan staff's 姓名 "
        "cells holding the name in Chinese and under it in Tibetan script (``尼玛翁修⏎ཉི་མ་དབང་ཕྱུག``), the Han staff's "
        "in Chinese alone; ``…风险`` types, 高/中/低; under the table the note in Tibetan, then ``注：风险等级分高、中、低"
        "三级。``, then a 填表人/审核人/校长签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def county_hospital_list() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 10, 9, 9, 36, 13, 8, 36, 10])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉洁风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报日期：2024年6月", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "责任领导")
    head, deputy = "甯翀骁", "瞿沨岑"
    rows = [
        ("院领导", "院长", head, "leader", None, [
            ("医疗设备采购论证中倾向特定厂家", "岗位职责风险", "高", "设备论证专家随机抽取，论证意见集体审定。"),
            ("院内基建工程插手干预招投标", "外部环境风险", "高", "基建工程进入县公共资源交易平台，干预插手如实登记。"),
        ]),
        ("院领导", "副院长", deputy, "leader", None, [
            ("新药、新耗材引进不经药事管理委员会集体讨论", "制度机制风险", "高", "新药、新耗材引进一律经药事管理委员会投票。"),
            ("对大处方、过度检查问题监管不力", "岗位职责风险", "中", "每月开展处方点评，结果与绩效挂钩。"),
        ]),
        ("药剂科", "科主任", "四郎志玛", "middle", deputy, [
            ("统方数据泄露给医药代表", "思想道德风险", "高", "统方权限专人管理，查询记录留痕。"),
            ("药品出入库账实不符", "业务流程风险", "中", "药库每月盘点，账物核对。"),
        ]),
        ("设备科", "科长", "郗翮暄", "middle", head, [
            ("医用耗材验收把关不严、以次充好", "业务流程风险", "中", "耗材验收由使用科室、设备科双人签字。"),
            ("设备维修外包单位选择不公开", "制度机制风险", "低", "维修外包比价选定并公示。"),
        ]),
        ("医务科", "科长", "荆曜岷", "middle", deputy, [
            ("医疗纠纷处理中偏袒一方、收受好处", "外部环境风险", "中", "医疗纠纷引入第三方调解，处理结果集体审核。"),
        ]),
        ("外科", "科主任", "呷绒翁修", "middle", head, [
            ("过度手术、收受耗材回扣", "思想道德风险", "高", "高值耗材使用逐例登记，每季度专项点评。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, leader, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, leader)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _merge_down(sh, first, [(8, lambda row: (row[1], row[8]))])
    sh.add("填表人：", None, None, "审核人：", None, None, "院长（签字）：", None, None)
    return _layout(
        "county_hospital_list", "https://jnlyseo.com/496500.html",
        "县人民医院 廉洁风险防控一览表, after the source's report on 四川 hospital heads taken away (过度手术, 吃回扣, 滥用药物, "
        "开大处方, 工程公司, 医疗耗材及器械公司): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报日期：2024年6月`` line, "
        "then 序号/科室 merged (院领导, 药剂科, 设备科, 医务科, 外科)/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施/``责任领导`` (merged per 科室, the 院长 or 副院长 who supervise, holders of forms of their "
        "own; blank on the leaders' rows); a 填表人/审核人/院长签字 line",
        [sh], t,
    )  # fmt: skip


def tibetan_hospital_cards() -> dict:
    unit = f"{PLACE}藏医院"
    t = _Truth(unit)
    cards = [
        ("院长", "拥忠拉措", "院领导", "院长", "leader", "主持医院全面工作，分管人事、财务、基建和设备采购。", [
            ("设备未审批采购", "医疗设备未经院务会审批即采购，或超审批限额采购", "一级",
             "设备采购计划年初集体审定，超限额的报县卫生健康局审批。"),
            ("改扩建工程拆分发包", "藏医院改扩建工程拆分成小项目直接发包给熟人", "一级", "工程项目按规定招标，全过程审计。"),
            ("绩效分配个人说了算", "绩效分配方案不经职工代表讨论，向个别科室倾斜", "二级", "绩效方案经职工代表大会通过并公示。"),
        ]),
        ("藏药制剂室", "曲批泽仁", "藏药制剂室", "主任", "middle", "负责院内藏药制剂的配制、藏药材收购和质量管理。", [
            ("藏药材收购以次充好", "收购虫草、红景天等藏药材时压级压价或以次充好，收受药农好处", "一级",
             "藏药材收购两人以上验级，价格按月公示。"),
            ("制剂原料出入库不登记", "制剂原料领用不登记，账实不符", "二级", "原料出入库逐笔登记，每月盘点。"),
            ("院内制剂调拨收受好处", "向协作医疗机构调拨院内制剂时收受好处", "三级", "制剂调拨经院领导审批，调拨单存档。"),
        ]),
        ("设备科", "谌骁沣", "设备科", "采购员", "general", "负责医疗设备、耗材的询价、采购和合同管理。", [
            ("询价走过场", "询价对象少于三家或由供应商代为询价", "一级", "询价不少于三家，询价记录存档备查。"),
            ("收受商业贿赂", "接受供应商宴请、回扣", "一级", "签订廉洁购销协议，拒收登记。"),
            ("到货与合同不符", "到货设备型号、配置与合同不符不报告", "二级", "到货验收使用科室、设备科、纪委办公室三方参与。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 20, 36, 10, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "科　室", dept, "职　务", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for i, (point, desc, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, desc, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _line(sh, "注：风险等级一级为高风险，二级为中风险，三级为低风险。", 6)
        sh.add("监督举报电话：医院纪委办公室　0836-8522118", None, None, "持卡人签字：", None, None)
        sh.add(None, None, None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "tibetan_hospital_cards",
        "http://gylzqzyy.com/html/xinwendongtai/tongzhigonggao/20220809/8446.html",
        "县藏医院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 藏药制剂室, 设备科), after the source's 区中医医院 专项治理 of "
        "医疗设施设备采购 (未审批采购, 超审批限额采购, 未按程序采购, 拆分采购, 收受商业贿赂, 纪委办公室 监督举报电话): a title, "
        "``持卡人 | … | 科　室 | … | 职　务 | …`` in one row, a merged ``岗位职责`` line, then 序号/a short 风险点/a long 风险表现/"
        "风险等级 ``一级/二级/三级``/防控措施 (merged over two columns); no type column; a ``注：`` line on the levels, "
        "``监督举报电话：医院纪委办公室…`` and ``持卡人签字：`` below, ``年　月　日`` under it",
        sheets, t,
    )  # fmt: skip


def town_school_self_checks() -> dict:
    unit = f"{PLACE}洛须镇中心小学"
    t = _Truth(unit)
    people = [
        ("校长", "隗霈翊", "校长", "校领导", "leader", "主持学校全面工作，营养改善计划第一责任人。", [
            ("营养改善计划资金统筹使用不规范", "制度机制", "高级", "资金专款专用，年度收支报县教育局审核。", "未发现"),
            ("食堂违规承包经营", "业务流程", "高级", "食堂一律自营，不得对外承包。", "未发现"),
        ]),
        ("总务主任", "璩筠浛", "总务主任", "总务处", "middle", "分管食堂、大宗食材采购和校产管理。", [
            ("大宗食材不按规定统一采购", "业务流程", "高级", "米、油、冻品按县教育局统一招标结果采购。", "未发现"),
            ("食材验收过磅不实", "岗位职责", "中级", "蔬菜、鲜肉过磅验收，验收人在采购清单上签字。", "已整改"),
            ("进出货台账记录不全", "制度机制", "低级", "进出货台账日清，每周由总务主任核对。", "已整改"),
        ]),
        ("食堂管理员", "呷绒措吉", "食堂管理员", "食堂", "general", "负责完整午餐和课间餐的发放、留样和台账。", [
            ("营养餐就餐人数虚报", "思想道德", "高级", "每日就餐人数由班主任签字确认，一周菜谱公示。", "未发现"),
            ("剩余食材私自带走", "思想道德", "中级", "剩余食材登记入库，次日优先使用。", "未发现"),
        ]),
        ("报账员", "蔺绾苡", "报账员", "财务室", "general", "负责营养膳食补助资金和伙食费的报账、结算。", [
            ("营养膳食补助资金截留挪用", "思想道德", "高级", "补助资金专账核算，不截留、不挪用，按月公示。", "未发现"),
            ("伙食费结算不日清月结", "制度机制", "低级", "伙食费日清月结，每月与总务处对账。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, work, points in people:
        sh = _Sheet(tab, [6, 34, 10, 8, 36, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", who, "职　务", post, "所在部门", dept)
        r = sh.add("分管（从事）工作", None, work, None, None, None)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RANKS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, None, "学校审核意见：", None, None)
        sh.add(None, None, None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "town_school_self_checks", "https://www.ruiwen.com/zichabaogao/3393730.html",
        "县洛须镇中心小学 岗位廉政风险自查表, one sheet a person (tabs 校长, 总务主任, 食堂管理员, 报账员), after the source's "
        "营养改善计划 自查报告 (完整午餐和课间餐, 总务副校长分管, 进出货台账, 实物验收保管, 一周菜谱公示, 每日签字记录, 日清月结, "
        "不截留不挪用专项资金): a title, ``姓　名 | … | 职　务 | … | 所在部门 | …`` and a merged ``分管（从事）工作 | …`` line "
        "above, then 序号/风险点/风险类型 (short names)/风险等级 ``高级/中级/低级``/防控措施/``自查情况`` (``未发现``, "
        "``已整改``); a blank row, ``自查人（签名）： | 学校审核意见：`` and ``年　月　日``",
        sheets, t,
    )  # fmt: skip


def kindergarten_posts_list() -> dict:
    unit = f"{PLACE}第一幼儿园"
    sh = _Sheet("防控清单", [6, 10, 12, 12, 38, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 7)
    _line(sh, f"编制单位：{unit}{GAP * 10}编制时间：2024年4月", 7)
    sh.add("序号", "部门", "岗位", "职责事项", "风险点", "风险等级", "防控措施")
    rows = [
        ("园领导", "园长", "leader", "收费管理", "擅自提高保育教育费标准或跨月预收", "Ⅰ", "收费标准报批后公示，按月收取。"),
        ("园领导", "园长", "leader", "园务决策", "大额经费支出未经园务会集体研究", "Ⅰ", "大额支出经园务会研究，会议记录存档。"),
        ("园领导", "副园长", "leader", "物资采购", "玩教具、床上用品采购指定供应商", "Ⅱ", "采购三家以上比价，验收两人签字。"),
        ("保教处", "保教主任", "middle", "招生报名", "招生中收取赞助费、择园费", "Ⅰ", "招生简章和录取名单公示，设举报电话。"),
        ("保教处", "保教主任", "middle", "评优评先", "教师评优推荐不公开", "Ⅲ", "评优条件和结果公示。"),
        ("后勤处", "保健医", "general", "幼儿体检", "指定体检机构收取好处", "Ⅱ", "体检机构由园务会确定并告知家长。"),
        ("后勤处", "食堂管理员", "general", "伙食管理", "幼儿伙食费挪作他用", "Ⅰ", "伙食费专账核算，每月公布收支。"),
        ("财务室", "会计", "general", "代收费管理", "代收的课本费、保险费结余不退还", "Ⅱ", "代收费据实结算，学期末退还结余。"),
        ("财务室", "出纳", "general", "现金管理", "收取现金不开具票据", "Ⅱ", "收费一律开具票据，日清月结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险；本清单对岗不对人。", 7)
    sh.add("编制：", None, None, "审核：", None, "园长：", None)
    return _layout(
        "kindergarten_posts_list", "https://m.23xiu.com/zichabaogao/191934.html",
        "县第一幼儿园 廉政风险防控清单 对岗不对人, after the source's 幼儿园 收费自查 (收费公示, 保育教育费按月收取, 代收费 of "
        "保险、课本、伙食费、棉被、点心): a title, a merged ``编制单位：…　编制时间：2024年4月`` line, then 序号/部门 merged "
        "(园领导, 保教处, 后勤处, 财务室)/岗位 merged/``职责事项``/风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, no "
        "names; a ``注：`` line on the levels and 对岗不对人, an 编制/审核/园长 line",
        [sh], t,
    )  # fmt: skip


def library_duty_list() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("责任清单", [6, 12, 8, 9, 12, 34, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控责任清单", 9)
    _line(sh, f"单位（盖章）：{unit}{GAP * 12}时间：2024年5月", 9)
    sh.add(
        "序号",
        "部室",
        "岗位",
        "责任人",
        "职权事项",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("馆领导", "馆长", "靳泖晗", "leader", [
            ("重大事项决策", "老馆场地出租不经集体研究、租金不入账", "制度机制风险", "★★★",
             "场地出租经馆务会研究，租金全额缴入县财政。"),
            ("基建维修", "分馆改造工程截留工程款", "岗位职责风险", "★★★", "工程款按进度审核支付，竣工结算审计。"),
        ]),
        ("馆领导", "副馆长", "益西志玛", "leader", [
            ("文献采购", "文献采购中收受书商回扣", "思想道德风险", "★★★", "文献采购进入政府采购平台，书目集体确定。"),
        ]),
        ("采编部", "主任", "眭彧涵", "middle", [
            ("图书验收", "购书发票虚增品种和数量", "业务流程风险", "★★", "到书逐册验收，发票与到书清单核对。"),
        ]),
        ("采编部", "采编员", "乜蓁桐", "general", [
            ("图书剔旧", "剔旧图书私自变卖", "思想道德风险", "★", "剔旧图书登记造册，处置报馆务会审批。"),
        ]),
        ("总分馆办公室", "主任", "仇晗屿", "middle", [
            ("农家书屋管理", "截留星级农家书屋奖励物品", "岗位职责风险", "★★", "奖励物品发放清单公示，乡镇签收存档。"),
            ("流动服务", "流动图书车油料费虚报", "制度机制风险", "★", "油卡定车使用，行车记录按月核对。"),
        ]),
        ("办公室", "会计", "奚湉樾", "general", [
            ("经费报销", "免费开放补助资金挪作他用", "制度机制风险", "★★", "补助资金专账核算，年度公开。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 9)
    sh.add("编制人：", None, None, "审核人：", None, None, "馆长：", None, None)
    return _layout(
        "library_duty_list", "https://p2.ttnews.xyz/a/5bea8219dc9b5e1940eb4671?lang=zh-hant",
        "县图书馆 岗位廉政风险防控责任清单, after the source's story of 图书馆 graft (购书发票, 虚增项目, 星级书屋奖励截留, 老馆场地"
        "出租的租金, 书商回扣, 截留工程款): a title, a merged ``单位（盖章）：…　时间：2024年5月`` line, then 序号/部室 merged "
        "(馆领导, 采编部, 总分馆办公室, 办公室)/岗位 and 责任人 merged per person/``职权事项``/廉政风险点/风险类别 ``…风险``/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line on the stars and an 编制人/审核人/馆长 line",
        [sh], t,
    )  # fmt: skip


def social_insurance_sheets() -> dict:
    unit = f"{PLACE}社会保险事业管理局"
    t = _Truth(unit)
    sections = [
        ("局领导", [
            ("局长", "邴霁溦", "leader", [
                ("基金支出审批把关不严", "大额基金支出不经集体研究即签批", "制度机制", "较高",
                 "基金支出实行经办、复核、审批分离，大额支出集体研究。"),
                ("违规批准补缴", "为不符合条件的人员批准补缴养老保险费", "岗位职责", "较高",
                 "补缴资料经初审、复核，补缴三年以上的报州局审批。"),
            ]),
            ("副局长", "四郎泽翁", "leader", [
                ("系统权限授权过大", "业务系统权限按人情分配，一人兼有经办和审核权限", "制度机制", "一般",
                 "系统权限按岗位授权，不相容岗位分离。"),
            ]),
        ]),
        ("养老保险股", [
            ("股长", "庾湝珩", "middle", [
                ("待遇核定不实", "待遇核定中违规认定视同缴费年限、提高待遇", "岗位职责", "较高", "待遇核定复核留痕，每季度抽查。"),
                ("死亡冒领停发不及时", "领取待遇人员死亡后不及时停发，造成冒领", "业务流程", "一般",
                 "每月与公安、民政数据比对，发现即停发追回。"),
            ]),
            ("经办员", "郁沅蓁", "general", [
                ("初审复核虚化", "初审、复核由一人办结，复核走过场", "业务流程", "一般", "初审、复核分人办理，系统留痕。"),
                ("泄露参保信息", "向他人泄露参保人员个人信息", "思想道德", "较低", "查询参保信息实名登记，定期检查日志。"),
            ]),
        ]),
        ("基金财务股", [
            ("股长", "赖珝渟", "middle", [
                ("基金收支不按月对账", "基金收入户、支出户不按月与银行、财政对账", "制度机制", "一般",
                 "每月编制存款余额调节表，账账、账表相符。"),
            ]),
            ("会计", "志玛拉措", "general", [
                ("挪用社保基金", "利用支付环节挪用社保基金", "思想道德", "较高", "基金支付全部通过系统，收支两条线。"),
            ]),
        ]),
        ("稽核股", [
            ("股长", "粟翊楠", "middle", [
                ("稽核问题不移交", "稽核发现的违规领取问题不移交、不追回", "岗位职责", "一般", "稽核问题建台账，限期追回并通报。"),
                ("调岗人员账号未清理", "人员调岗、离职后业务系统账号未及时注销", "制度机制", "较低", "人员变动当日注销或调整账号。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, people in sections:
        sh = _Sheet(dept, [6, 8, 9, 20, 36, 10, 8, 34])
        _line(sh, f"{unit}廉政风险点排查表", 8)
        _line(sh, f"股室：{dept}{GAP * 10}填报时间：2024年5月", 8)
        sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, desc, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), SCALE[lv])
        _per_person(sh, first, None, 1, 2)
        _line(sh, "注：风险等级分较高、一般、较低三级。", 8)
        sh.add("股室负责人：", None, None, "分管领导：", None, None, None, None)
        sheets.append(sh)
    return _layout(
        "social_insurance_sheets", "https://meizhang.com/tzlw/shbxlw/728962.html",
        "县社会保险事业管理局 廉政风险点排查表, one sheet a 股室 (tabs 局领导, 养老保险股, 基金财务股, 稽核股), after the source's "
        "paper on 社会保险内部控制 (征缴, 待遇审核, 初审、复核, 岗位权限过大, 人员变动时系统清理不及时): a title, a merged "
        "``股室：…　填报时间：2024年5月`` line, then 序号/岗位 and 姓名 merged per person/a short 风险点/a long 风险表现/"
        "风险类型 (short names)/风险等级 ``较高/一般/较低``/防控措施; a ``注：`` line naming the three levels and a "
        "股室负责人/分管领导 line",
        sheets, t,
    )  # fmt: skip


def employment_center_rows() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("一览表", [6, 12, 8, 9, 38, 10, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 9)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    lead, train, aid, venture = "中心领导", "职业培训股", "就业援助股", "创业服务股"
    rows = [
        (lead, "主任", "鄢霂琛", "leader", "培训补贴资金拨付审批把关不严", "制度机制", "一级",
         "补贴拨付前与社保、市场主体数据比对，集体审批。", None),
        (lead, "主任", "鄢霂琛", "leader", "定点培训机构认定暗箱操作", "外部环境", "一级",
         "定点机构认定条件和结果公示。", None),
        (lead, "副主任", "拥忠翁姆", "leader", "职业技能竞赛承办机构选择不公", "岗位职责", "二级",
         "承办机构公开遴选，遴选过程纪检监督。", "2024年新增"),
        (train, "股长", "阎琇滢", "middle", "虚假培训、缩短课时不查处", "岗位职责", "一级",
         "培训全程视频监控，随机抽查学员。", None),
        (train, "股长", "阎琇滢", "middle", "学员签到记录审核走过场", "业务流程", "二级",
         "签到记录与人脸识别考勤核对。", None),
        (train, "经办员", "栗蒨妤", "general", "将已就业人员登记为失业人员领取补贴", "思想道德", "二级",
         "培训对象身份与社保参保数据比对。", None),
        (aid, "股长", "呷绒降措", "middle", "公益性岗位人员认定优亲厚友", "思想道德", "二级",
         "岗位人员认定经村、乡镇、中心三级公示。", None),
        (aid, "经办员", "沙翎瑀", "general", "公益性岗位补贴虚报冒领", "业务流程", "一级",
         "补贴按月与考勤表核对，打卡发放。", None),
        (venture, "经办员", "郏澍晞", "general", "创业担保贷款贴息审核不严", "岗位职责", "三级",
         "贴息资料两人审核，贴息名单公示。", "2024年新增"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("编制：综合股", None, None, None, "审核：", None, None, "2024年6月", None)
    return _layout(
        "employment_center_rows", "http://seyy.net/news/2023-08-11/2682.html",
        "县就业服务中心 廉政风险点一览表 typed row by row, after the source's report on 培训骗补 (虚假培训, 职业技能竞赛, 承办机构, "
        "职业技能等级证书, 补贴): a title, then 序号/股室/岗位/责任人 each written again on every row, nothing merged "
        "(中心领导, 职业培训股, 就业援助股, 创业服务股)/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施/"
        "``备注`` (``2024年新增``); a blank row and an ``编制：综合股 | 审核： | 2024年6月`` line",
        [sh], t,
    )  # fmt: skip


def maternal_hospital_units() -> dict:
    unit = f"{PLACE}妇幼保健院"
    t = _Truth(unit)
    units = [
        ("孕产保健部", "2024年6月11日", [
            ("主任", "燕翾琪", "middle", [
                ("住院分娩补助审核不严", "岗位职责", "高", "补助资料逐份审核，发放名单公示。", None),
                ("产前筛查指定检测机构", "外部环境", "中", "检测机构由院务会确定，不得私下指定。", None),
            ]),
            ("助产士", "降措翁青", "general", [
                ("出生医学证明违规签发", "业务流程", "高", "出生医学证明签发双人核对，空白证件专人保管。", "重点岗位"),
            ]),
        ]),
        ("儿童保健部", "2024年6月12日", [
            ("主任", "宓翾澍", "middle", [
                ("儿童体检擅自增加收费项目", "制度机制", "中", "收费项目和标准在服务大厅公示。", None),
            ]),
            ("保健医生", "亓沚蘅", "general", [
                ("向家长推销营养品获取提成", "思想道德", "中", "严禁推销营养品，开通投诉电话。", None),
            ]),
        ]),
        ("药剂科", "2024年6月12日", [
            ("主任", "逯翀泓", "middle", [
                ("药品采购收受回扣", "思想道德", "高", "药品网上集中采购，采购与验收分离。", "重点岗位"),
            ]),
            ("药师", "向巴拉姆", "general", [
                ("近效期药品报损不规范", "业务流程", "低", "报损经科室和院领导审批，监督销毁。", None),
            ]),
        ]),
        ("财务科", "2024年6月13日", [
            ("科长", "郗澐珂", "middle", [
                ("自立项目收费", "制度机制", "中", "收费项目与物价部门核定目录核对。", None),
            ]),
            ("收费员", "缪蓥澈", "general", [
                ("挪用收费款", "思想道德", "高", "收费日清日结，当日存入银行。", None),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, date, people in units:
        head = people[0][1]
        sh = _Sheet(dept, [6, 9, 9, 34, 10, 8, 34, 10])
        _line(sh, f"{unit}清廉单元廉洁风险排查登记表", 8)
        _line(sh, f"清廉单元：{dept}{GAP * 4}单元负责人：{head}{GAP * 4}排查时间：{date}", 8)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, typ, lv, measures, note in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures, note)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
        sh.add()
        sh.add("单元负责人（签字）：", None, None, None, None, "年　月　日", None, None)
        sheets.append(sh)
    return _layout(
        "maternal_hospital_units", "https://zyy.yilianmeiti.com/article/143960.html",
        "县妇幼保健院 清廉单元廉洁风险排查登记表, one sheet a 科室 (tabs 孕产保健部, 儿童保健部, 药剂科, 财务科), after the "
        "source's 自治区人民医院 清廉医院建设星级评定 (星级清廉单元, 科室负责人, 纪检监察室): a title, a merged "
        "``清廉单元：…　单元负责人：…　排查时间：…`` line, then 序号/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施/``备注`` (``重点岗位``); a blank row and ``单元负责人（签字）： | 年　月　日``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tibetan_school_bilingual(),
    county_hospital_list(),
    tibetan_hospital_cards(),
    town_school_self_checks(),
    kindergarten_posts_list(),
    library_duty_list(),
    social_insurance_sheets(),
    employment_center_rows(),
    maternal_hospital_units(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch255-inbox"))
