"""The two-hundred-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 学校, 医院
and 公共服务 bodies, 美姑县 (the 凉山彝族自治州's county on the 美姑河, its seat at 巴普镇, 牛牛坝 down
the river, the home of the 毕摩 and their 经书, its staff nearly all Yi) — its 人民医院, 中医医院,
疾病预防控制中心 and 牛牛坝镇中心卫生院, its 民族中学 and 幼儿园, its 医疗保障事务中心, 图书馆 and
救助管理站 — each handing back the 一览表, 排查表, 责任清单, 自查表, 防控卡, 清单 or 排查登记表 its staff
typed in WPS or Excel, the rows about 药品 and 医疗器械 采购, ``医疗业务合作``, 统方, 中药饮片 验收, 理疗
记费, 疫苗 采购 and 价格, 冷链, 检测报告, 抗病毒治疗 随访补助, 两定机构 准入 and 协议考核, 飞行检查, 疑点
数据, 门诊慢特病, 异地就医 手工报销, 基金拨付, 中职 招生 ``合作协议`` and 中介费, 教辅 征订, 分班, 学生
资助 评议, 农家书屋 补充图书 招标 and 配送, 编目 外包, 读者押金, 学前教育资助 评审 and 公示, 伙食费, 挂床
住院, 门诊改住院, 住院补偿 登记 and 公示, 救助 人次 and 天数, 返乡车费, 护送返乡, 定点医院 救治费用 and
救助物资:

- the 中医医院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged (院领导,
  药剂科, 设备科, 针灸康复科, 医务科), ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低, a
  填表人/审核人/院长（签字） line;
- the 疾病预防控制中心's 排查表 under a ``单位：…　　2024年9月`` line: ``股室`` merged (中心领导, 免疫规划科,
  检验科, 艾滋病防治科, 财务室), ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``一级/二级/三级`` with a ``注：`` line;
- the 医疗保障事务中心's 责任清单 对岗不对人: ``股室`` merged, ``岗位``, a ``业务环节`` column before the risk,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``责任领导`` column of posts (中心主任, 分管副主任); no names, no type column; a
  ``注：`` line saying the list binds the post, not the person;
- the 民族中学's 自查表, one sheet a person (tabs 副校长, 教务处, 九年级组): ``姓名 | … | 职务 | … | 所在处室
  | …`` in one row, then ``序号 | 岗位职责 | 风险点 | 风险类型 | 风险等级 | 防范措施`` with short types and
  高/中/低, ``本人签字： | … | 处室负责人： | … | 2024年6月`` below;
- the 图书馆's 防控卡, one sheet a holder (tabs 馆长, 采编部, 流通部): ``持卡人 | … | 岗位 | … | 所在部门 | …``,
  a merged ``主要职责：…`` line, then ``序号 | 风险点 | 风险等级 | 防控措施`` with ``★★★/★★/★`` read by a
  ``注：`` line; no type column; 持卡人/监督人 签字 below;
- the 幼儿园's 清单 under group rows ``一、园领导`` … ``四、财务室`` merged across (no 科室 column), ``岗位``
  and ``姓名`` merged per person, ``一级/二级/三级``, no type column, under a ``单位（盖章）：…　填报日期：…``
  line;
- the 牛牛坝镇中心卫生院's 科室廉洁风险排查登记表, one sheet a 科室 (住院部, 收费室): a ``填报科室：… |
  填报时间：…`` line, ``岗位`` and ``姓名`` merged per person, ``风险内容``, short types, 高/中/低, a ``备注``;
  staff with nothing to declare have a row saying only ``无``; blank rows between posts; a 科室负责人
  签字 line;
- the 救助管理站's file in two sheets: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types under ``风险类别``,
  ``高风险/中风险/低风险``.

One is harder:

- ``meigu_people_hospital_same_as_neike``: the 人民医院's 临床科室岗位廉洁风险防控一览表 as the 纪检监察室
  puts it together from the 科室's returns: ``序号 | 科室 | 岗位 | 姓名 | 廉洁风险点 | 风险等级 |
  防控措施``, 科室 merged, 岗位 and 姓名 merged per person. The 内科 is written in full; the 外科, 妇产科 and
  儿科 share most of the 内科's risks post for post, and instead of typing them again the row of such a
  post carries ONE cell merged over ``廉洁风险点 | 风险等级 | 防控措施`` reading ``同内科科主任（第1—3项）``,
  ``同内科护士长（第4—5项）`` or ``同内科住院医师（第6—7项）`` — the points, levels and measures of the rows
  with those 序号 — sometimes followed by a row of the 科室's own (外科 科主任's 手术耗材 回扣, 妇产科 科主任's
  胎儿性别鉴定); the 儿科 科主任 has nothing but the reference. A ``注：…与内科相同岗位的廉洁风险点、风险等级
  及防控措施不再重复填写，注明“同内科”及对应序号。`` line under the table says so. The README's 读得懂的表
  knows a cell written ``同上`` (the value of the row above), ``同左`` and ``不变`` in an ``调整后`` column, and a
  风险点 cell merged down over two posts' rows; it does not describe a row that stands for SEVERAL rows
  elsewhere in the table, named by another 科室's post and their 序号.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县妇幼保健院 whose 内科, 外科, 妇产科 and
财务科 staff forged 住院病历, 化验报告单 and 住院收费单据 to draw 合作医疗基金, the money shared out by the
科室 in proportion; a 县中医院 院长 tried for bribes in 药品采购, 医疗器械采购 and 医疗业务合作, and the 县
卫生系统's 科室主任, 医生 and 护士 taking 商业回扣; a 区疾控中心's 警示教育 on a 疫苗 窝案 — 疾控中心 主任,
副主任, 免疫规划股长 and 财务人员 favouring a 疫苗供应商 and asking it to raise the 疫苗价格 for a 回扣; a
派驻纪检组's report on 医疗保障基金 — 飞行检查, 专项督查, 大数据筛查, 定点医药机构, 追回基金, 暂停医保服务,
解除服务协议; 中学 teachers and a 民族中学's 校委会 taking 中介费 from 外地中职院校 for 招生, the 毕业班班主任
given 招生任务; a 县图书馆 buying 农家书屋 补充图书 by 招标 and 采购 and driving them out to the 乡镇, its staff
guiding 分类、上架、编目; a 学前教育资助 方案 — 评审程序, 公示 not less than 7 days, 第一责任人, 直接责任人,
建档备查; 乡镇卫生院 turning 门诊 into 住院, ``挂床住院``, a 住院补偿登记表 that does not match the illness; a
县's 流浪乞讨人员救助补助资金 自查 — 一人一档, 资金使用审批三人签字, 专户储存, 食宿救助, 定点医院 救治,
返乡车费, 护送返乡, 救助物资) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames — 眭, 谯, 阙, 揭, 糜, 滕, 敖,
符, 伏, 毋, 雍, 荆, 闵, 麻, 俞, 谈, 盛, 柴, 满, 宦, 阎, 芮, 匡, 薄, 鲁, 闻, 逯, 詹, 牧, 娄, 费, 邰, 甘, 祁, 巫,
聂, 仇 — with rare given names, and Yi names as a 凉山 county's staff carry them, of the 阿硕, 俄木, 吉合,
莫色, 依火, 瓦其, 苏呷, 日火, 立布, 金曲, 比只, 吉史, 克其, 俄底, 巴且, 吉斯, 阿约, 曲木, 马海, 阿尔, 吉伍,
井曲, 瓦西 and 加拉 clans); every unit is a body of 美姑县.

Run ``python tests/published/score.py --set batch271`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row reading ``同内科科主任（第1—3项）`` (one cell merged over the point, level and
  measures columns) stands for the points of the rows numbered 1 to 3, with their levels: the 外科
  科主任's form holds those three points (the texts of the 内科 rows, word for word) and then his own;
  the reference cell itself is no point, the ``注：`` line none; a post whose only row is a reference
  (the 儿科 科主任) holds the referenced points and nothing else;
- ``院领导``, ``中心领导``, ``校级领导``, ``园领导``, ``馆领导`` and ``站领导`` (a 科室 cell, a self-check's 所在处室,
  a group row, a card's 所在部门, a sheet's tab) are the 科室 of those leaders; a hospital's 科, 室 and 部, a 卫生院's 住院部 and 收费室, a
  疾控中心's 科 and 室, a 中心's 股, a school's 处 and 年级组, a 幼儿园's 处 and 室, a 图书馆's 部 and a 站's
  股 are 科室; the 救助管理站's ``站领导`` sheet has no 科室 column: its leaders' 科室 is ``站领导``, its tab;
- 院长, 副院长, the 主任 and 副主任 of a 中心, 校长, 副校长, 园长, 副园长, 馆长, 站长 and 副站长 are leaders;
  科主任, 科长, 护士长, 股长, the 教务主任, the 主任 of a 处 and the 采编部主任 middle; the rest (中药调剂员,
  冷链管理员, 检验员, 会计, 经办员, 稽核员, 审核员, 结算员, 档案管理员, 班主任, 图书管理员, 资助专干,
  保管员, 报账员, 医师, 护士, 住院医师, 收费员, 医保结算员, 救助员, 物资保管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``业务环节``, ``岗位职责``, ``主要职责``, ``分管工作``,
  ``责任领导`` (posts) and ``备注`` are no points and name no holder; the 医疗保障事务中心's list names no
  person: its forms are posts (对岗不对人); a row saying only ``无`` is no point and its person no form;
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b271_"
PLACE = "美姑县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000"
TIERS = {
    "院长": "leader", "副院长": "leader", "主任": "leader", "副主任": "leader", "副校长": "leader",
    "园长": "leader", "副园长": "leader", "馆长": "leader", "站长": "leader", "副站长": "leader",
    "科主任": "middle", "科长": "middle", "护士长": "middle", "股长": "middle", "教务主任": "middle",
    "保教主任": "middle", "采编部主任": "middle",
}  # fmt: skip


def _tier(post: str) -> str:
    return TIERS.get(post, "general")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# 科室 → [(岗位, 姓名, [item])]; an item is (廉洁风险点, 风险等级, 防控措施) or ("同", 科室, 岗位, 第a, 第b):
# a reference to the rows numbered a..b, written in one cell over the point, level and measures columns.
WARDS = [
    ("内科", [
        ("科主任", "谯翀岳", [
            ("诱导参保患者挂床住院，伪造住院病历套取医保基金", "高", "住院患者每日查房签字，医保办不定期床旁核查。"),
            ("为医药代表统方，按科室用药量收取“推广费”", "高", "处方数据查询权限分级管理，查询日志每月检查。"),
            ("科室违规收入按比例私分，绩效二次分配不公开", "中", "二次分配方案经科务会通过，在科室内公示。"),
        ]),
        ("护士长", "阙棠翊", [
            ("虚记护理项目和耗材，串换收费项目", "中", "护理项目凭医嘱计费，费用日清单交患者核对签字。"),
            ("药品、耗材申领与实际使用不符，账物不符", "低", "科室二级库每月盘点，申领与使用逐项核对。"),
        ]),
        ("住院医师", "阿硕拉则", [
            ("出具虚假化验报告单、检查报告", "高", "检验检查结果由系统直接传送，报告不得手工修改。"),
            ("收受患者及家属红包、礼品", "中", "入院时签订医患双方不收不送红包协议书。"),
        ]),
    ]),
    ("外科", [
        ("科主任", "揭珂妤", [
            ("同", "内科", "科主任", 1, 3),
            ("手术中使用高值耗材收取供应商回扣", "高", "高值耗材扫码使用、逐件登记，跟台人员进出登记。"),
        ]),
        ("护士长", "糜澍宁", [("同", "内科", "护士长", 4, 5)]),
        ("住院医师", "俄木尔且", [("同", "内科", "住院医师", 6, 7)]),
    ]),
    ("妇产科", [
        ("科主任", "滕晞岚", [
            ("同", "内科", "科主任", 1, 3),
            ("违规为孕妇进行非医学需要的胎儿性别鉴定", "高", "超声检查全程登记，影像资料由医务科定期抽查。"),
        ]),
        ("护士长", "敖岫涵", [("同", "内科", "护士长", 4, 5)]),
    ]),
    ("儿科", [
        ("科主任", "吉合有色", [("同", "内科", "科主任", 1, 3)]),
    ]),
    ("财务科", [
        ("科长", "符泓霁", [
            ("医保结算单据审核不严，为虚假住院办理报销", "高", "医保结算单与住院病历、收费清单三方核对。"),
            ("收费票据领用、核销管理不严", "中", "票据专人保管，按号段领用、核销。"),
        ]),
        ("收费员", "莫色子哈", [
            ("虚开、涂改住院收费收据", "高", "收费一律由系统出票，作废票据全联留存。"),
        ]),
    ]),
]  # fmt: skip


def _reference(dept: str, post: str, a: int, b: int) -> str:
    return f"同{dept}{post}（第{a}—{b}项）"


def meigu_people_hospital_same_as_neike() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("临床科室", [6, 10, 10, 10, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}临床科室岗位廉洁风险防控一览表", 7)
    _line(sh, f"填报科室：纪检监察室{GAP * 14}填报时间：2024年11月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    by_number: dict[int, tuple[str, str]] = {}  # 序号 -> (point, level) as typed
    refs = []
    n = 0
    for dept, people in WARDS:
        for post, who, items in people:
            for item in items:
                n += 1
                if item[0] == "同":
                    _, rdept, rpost, a, b = item
                    r = sh.add(n, dept, post, who, _reference(rdept, rpost, a, b), None, None)
                    refs.append(r)
                    for k in range(a, b + 1):
                        point, lv = by_number[k]
                        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
                else:
                    point, lv, measures = item
                    sh.add(n, dept, post, who, point, lv, measures)
                    by_number[n] = (point, lv)
                    t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    for r in refs:
        sh.merge(r, 4, r, 6)
    _line(
        sh,
        "注：外科、妇产科、儿科与内科相同岗位的廉洁风险点、风险等级及防控措施不再重复填写，"
        "注明“同内科”及对应序号。",
        7,
    )
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None)
    return _layout(
        "meigu_people_hospital_same_as_neike", "http://hairdiseases.net/baoguang/medical/12293.html",
        "(harder) 县人民医院 临床科室岗位廉洁风险防控一览表, after the source's 县妇幼保健院 whose 内科, 外科, 妇产科 and 财务科 "
        "staff forged 住院病历, 化验报告单 and 住院收费单据 to draw 合作医疗基金 (the money shared out by the 科室 in proportion): "
        "a title, a merged ``填报科室：纪检监察室　…　填报时间：2024年11月`` line, then 序号/科室 merged (内科, 外科, 妇产科, 儿科, "
        "财务科)/岗位 and 姓名 merged per person/廉洁风险点/风险等级 高/中/低/防控措施 — the 内科 written in full, and the 外科, "
        "妇产科 and 儿科 posts that share its risks given ONE row whose cell merged over 廉洁风险点, 风险等级 and 防控措施 reads "
        "``同内科科主任（第1—3项）``, ``同内科护士长（第4—5项）`` or ``同内科住院医师（第6—7项）`` (the rows of those 序号), some "
        "followed by a row of the 科室's own, the 儿科 科主任's the reference alone; a merged ``注：…不再重复填写，注明“同内科”及"
        "对应序号。`` line and a 填表人/审核人/院长（签字） line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def meigu_tcm_hospital_list() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 38])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2024年10月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "眭砚澂", [
            ("药品、医疗器械采购中为供应商谋取利益，收受回扣", "外部环境风险", "高",
             "药品耗材在省集中采购平台采购，医疗器械采购经院长办公会集体研究，纪检全程监督。"),
            ("与企业开展“医疗业务合作”不经集体研究，变相输送利益", "制度机制风险", "高",
             "合作项目经院党支部会议审议，合作合同经法律顾问审核。"),
        ]),
        ("院领导", "副院长", "伏璟澄", [
            ("分管的基建维修项目化整为零，规避招标", "业务流程风险", "高", "维修项目达到限额一律公开招标，结算送审计。"),
        ]),
        ("药剂科", "科主任", "毋漪棠", [
            ("新药、中药饮片引进中接受药企宴请和“推广费”", "思想道德风险", "高",
             "新药引进经药事管理与药物治疗学委员会集体讨论，票决留痕。"),
            ("违规向医药代表提供医生用药量（统方）", "岗位职责风险", "高", "处方数据查询权限分级设置，查询日志每月检查。"),
        ]),
        ("药剂科", "中药调剂员", "依火阿芝", [
            ("中药饮片验收以次充好、短斤少两", "岗位职责风险", "中", "饮片验收双人称重查验，不合格品拒收登记。"),
        ]),
        ("设备科", "科长", "雍暄翎", [
            ("医疗设备论证设置倾向性参数", "业务流程风险", "高", "论证专家随机抽取，技术参数经三家以上产品比对。"),
            ("设备验收接受供应商好处，放宽验收标准", "外部环境风险", "中", "使用科室、设备科、纪检人员共同验收签字。"),
        ]),
        ("针灸康复科", "科主任", "荆瑀岑", [
            ("理疗项目多记、串记，套取医保基金", "制度机制风险", "中", "理疗按次登记并由患者签字，医保办每月抽查。"),
        ]),
        ("医务科", "科长", "瓦其么且", [
            ("医疗纠纷处理偏袒一方，违规私下赔付", "岗位职责风险", "低", "纠纷由医患协调小组集体处理，赔付走财务程序。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "院长（签字）：", None)
    return _layout(
        "meigu_tcm_hospital_list", "http://www.omnjianfei.com/cn/dangjian/info_66.aspx?itemid=75597",
        "县中医医院 岗位廉洁风险防控一览表, after the source's 县中医院 院长 tried for bribes in 药品采购, 医疗器械采购 and 医疗"
        "业务合作, and the 县卫生系统's 科室主任, 医生 and 护士 taking 商业回扣: ``附件1``, a title, a merged ``填报单位（盖章）：…　"
        "填报时间：2024年10月`` line, then 序号/科室 merged (院领导, 药剂科, 设备科, 针灸康复科, 医务科)/岗位 and 姓名 merged per "
        "person/廉洁风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a blank row and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def meigu_cdc_register() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 13, 12, 10, 14, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    _line(sh, f"单位：{unit}{GAP * 16}2024年9月", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "闵苡沅", [
            ("疫苗采购", "为疫苗供应商配送、结算提供便利，收受回扣", "外部环境", "一级",
             "疫苗在省级平台采购，供应商配送情况按季度通报。"),
            ("大额资金审批", "大额资金使用不经班子集体研究，个人决定", "制度机制", "一级",
             "严格执行“三重一大”决策制度，会议纪要存档。"),
        ]),
        ("中心领导", "副主任", "麻昶渝", [
            ("项目资金拨付", "重大公共卫生服务项目资金拨付审核走过场", "岗位职责", "二级", "项目资金按绩效考核结果拨付，台账公开。"),
        ]),
        ("免疫规划科", "科长", "苏呷伍机", [
            ("二类疫苗价格", "主动要求供应商提高疫苗价格，从中拿取回扣", "思想道德", "一级",
             "疫苗价格按平台中标价执行，价格调整报中心集体研究。"),
            ("疫苗出入库", "疫苗出入库登记不实，冷链温度记录事后补填", "业务流程", "二级",
             "疫苗出入库扫码登记，冷链温度自动监测上传。"),
        ]),
        ("免疫规划科", "冷链管理员", "全蘅芷", [
            ("冷链设备维护", "冷链设备维修、维护虚报费用", "岗位职责", "三级", "维修项目事前报批，更换部件旧件回收登记。"),
        ]),
        ("检验科", "检验员", "俞檠川", [
            ("检测报告出具", "接受委托单位请托，出具不实检测报告", "岗位职责", "二级", "检测报告双人复核，原始记录留存备查。"),
        ]),
        ("艾滋病防治科", "科长", "日火史布", [
            ("随访补助发放", "抗病毒治疗患者随访补助、营养补助发放不到人，虚报冒领", "制度机制", "二级",
             "补助通过“一卡通”发放，发放名单在乡镇公示。"),
        ]),
        ("财务室", "会计", "谈瓒宁", [
            ("报账审核", "虚列会议、培训费用套取资金", "思想道德", "二级", "会议培训费凭签到表、通知和明细报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 9)
    sh.add("科室负责人（签字）：", None, None, None, "中心主任（签字）：", None, None, None, None)
    return _layout(
        "meigu_cdc_register",
        "http://jonivangill.com/html/dangjianxingfeng/dangfenglianzhengjianshe/20170516/6104.html",
        "县疾病预防控制中心 岗位廉政风险排查表, after the source's 区疾控中心 警示教育 on a 疫苗 窝案 (疾控中心 主任, 副主任, 免疫"
        "规划股长 and 财务人员 favouring a 疫苗供应商, asking it to raise the 疫苗价格 for a 回扣; the 采购权 growing with the "
        "疫苗 of the 国家免疫规划): a title, a merged ``单位：…　2024年9月`` line, then 序号/股室 merged (中心领导, 免疫规划科, "
        "检验科, 艾滋病防治科, 财务室)/岗位 and 姓名 merged per person/a short 风险点/a long 风险表现/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line on the levels and a 科室负责人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


def meigu_medical_insurance_duties() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("责任清单", [6, 14, 10, 14, 38, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "业务环节", "廉政风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("两定机构管理股", "股长", "协议准入", "对不符合条件的医药机构违规纳入定点管理", "Ⅰ级",
         "准入评估由专家评审，拟纳入名单公示。", "分管副主任"),
        ("两定机构管理股", "经办员", "协议考核", "年度考核打人情分，不按协议扣减违约金", "Ⅱ级",
         "考核细则公开，考核结果集体审定。", "分管副主任"),
        ("稽核股", "股长", "现场检查", "飞行检查、专项检查前向定点医药机构泄露检查信息", "Ⅰ级",
         "检查对象随机抽取，检查时间临行前确定。", "中心主任"),
        ("稽核股", "稽核员", "违规处理", "对查实的违规费用少追回、不处理，以补代罚", "Ⅰ级",
         "违规处理意见经中心集体研究，追回情况按月通报。", "中心主任"),
        ("稽核股", "稽核员", "疑点数据核查", "对大数据筛查的疑点线索核查不实、压案不查", "Ⅱ级",
         "疑点线索登记编号，核查结果限期反馈。", "中心主任"),
        ("待遇审核股", "审核员", "门诊慢特病认定", "降低标准认定门诊慢特病待遇", "Ⅱ级",
         "认定实行专家评审，认定结果抽查复核。", "分管副主任"),
        ("待遇审核股", "审核员", "异地就医手工报销", "对虚假发票、病历审核不严，违规报销", "Ⅰ级",
         "发票联网查验，病历与费用清单逐项核对。", "分管副主任"),
        ("基金结算股", "结算员", "基金拨付", "违规提前或超额向定点医疗机构拨付医保基金", "Ⅱ级",
         "拨付按协议和审核结果办理，经办、复核、审批分离。", "中心主任"),
        ("综合股", "档案管理员", "参保信息管理", "泄露、倒卖参保人员个人信息", "Ⅲ级",
         "信息查询实名登录，查询日志定期检查。", "分管副主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (dept, post, step, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(i, dept, post, step, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", _tier(post), point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：本清单对岗不对人，岗位人员变动的，由接任人员履行本岗位防控责任。", 8)
    return _layout(
        "meigu_medical_insurance_duties", "https://www.gongwk.com/doc/558968.jhtml",
        "县医疗保障事务中心 廉政风险防控责任清单 对岗不对人, after the source's 派驻纪检组 report on 医疗保障基金 (飞行检查, "
        "专项督查, 大数据筛查, 明察暗访, 定点医药机构 核查, 追回基金, 暂停医保服务, 解除服务协议): a title, then 序号/股室 "
        "merged (两定机构管理股, 稽核股, 待遇审核股, 基金结算股, 综合股)/岗位 merged/``业务环节``/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``责任领导`` (posts: 中心主任, 分管副主任); no names, no type column; a merged ``注：本清单"
        "对岗不对人…`` line",
        [sh], t,
    )  # fmt: skip


def meigu_minzu_school_selfchecks() -> dict:
    unit = f"{PLACE}民族中学"
    t = _Truth(unit)
    people = [
        ("副校长", "立布尔日", "副校长", "校级领导", [
            ("分管招生、德育工作", "与外地中职学校签订招生“合作协议”，收取中介费", "思想道德", "高",
             "学校不与任何中职学校签订有偿招生协议，招生宣传统一由县教育局组织。"),
            ("分管招生、德育工作", "向毕业班分解招生任务，组织教师有偿推荐生源", "制度机制", "高",
             "严禁下达招生任务，毕业生升学去向由学生和家长自主选择。"),
            ("分管评优评先", "评优评先推荐优亲厚友", "岗位职责", "中", "评选条件和结果公示五个工作日。"),
        ]),
        ("教务处", "盛沄溪", "教务主任", "教务处", [
            ("负责分班、排课", "分班、排课中接受家长请托", "岗位职责", "中", "新生按成绩均衡分班，分班结果公开。"),
            ("负责教辅资料征订", "违规推荐教辅资料，收取回扣", "外部环境", "高", "教辅资料坚持“一科一辅”、自愿征订。"),
            ("负责学籍、成绩管理", "违规修改考试成绩、学籍信息", "业务流程", "中", "成绩录入双人核对，学籍变动报县教育局审核。"),
        ]),
        ("九年级组", "金曲阿果", "班主任", "九年级组", [
            ("负责班级管理", "向学生推荐外地中职院校并收取“人头费”", "思想道德", "高", "签订廉洁从教承诺书，毕业班升学指导由学校统一安排。"),
            ("负责资助对象评议", "学生资助对象班级评议不公开，优亲厚友", "业务流程", "中", "资助对象班级民主评议，结果公示。"),
            ("负责家校联系", "收受学生家长礼品礼金", "思想道德", "低", "开展师德师风承诺，公布举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, points in people:
        sh = _Sheet(tab, [6, 18, 36, 10, 8, 34])
        _line(sh, f"{unit}教职工廉洁从教风险自查表", 6)
        sh.add("姓名", who, "职务", post, "所在处室", dept)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防范措施")
        first = len(sh.rows)
        for i, (duty, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("本人签字：", None, "处室负责人：", None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "meigu_minzu_school_selfchecks", "http://finance.china.com.cn/roll/20141030/2761775.shtml",
        "县民族中学 教职工廉洁从教风险自查表, one sheet a person (tabs 副校长, 教务处, 九年级组), after the source's 中学 teachers "
        "and a 民族中学's 校委会 taking 中介费 from 外地中职院校 for 招生, the 毕业班班主任 given 招生任务 and a 回扣 a student: a "
        "title, ``姓名 | … | 职务 | … | 所在处室 | …`` in ONE row, then 序号/``岗位职责`` (merged over its rows)/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防范措施; a blank row and ``本人签字： | 处室负责人： | 2024年6月``",
        sheets, t,
    )  # fmt: skip


def meigu_library_cards() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "柴梣澈", "馆长", "馆领导", "主持馆内全面工作，负责经费使用、图书采购和农家书屋补充图书配送", [
            ("农家书屋补充图书采购不按规定招标，指定书商", "★★★", "补充图书按政府采购程序公开招标，书目经集体审定。"),
            ("免费开放补助资金使用不经集体研究", "★★", "补助资金使用计划经馆务会研究，年终公开。"),
            ("馆舍维修工程插手干预，指定施工单位", "★★", "维修项目按限额比选或招标，结果公示。"),
        ]),
        ("采编部", "满湉霏", "采编部主任", "采编部", "负责图书采购验收、分类编目和加工", [
            ("图书验收中对复本、盗版图书把关不严", "★★", "验收逐批核对订单，盗版图书一律退换。"),
            ("编目加工外包费用虚增", "★", "外包费用按实际加工册数结算，抽检加工质量。"),
        ]),
        ("流通部", "比只克惹", "图书管理员", "流通部", "负责借阅服务、乡镇农家书屋图书配送和读者证管理", [
            ("图书配送到乡镇时数量签收不实", "★★", "配送清单由乡镇文化站逐册清点签收，回单存档。"),
            ("读者押金、逾期费收取不入账", "★", "押金、逾期费开具票据，每日交财务。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, duty, points in cards:
        sh = _Sheet(tab, [6, 14, 12, 12, 12, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "岗位", post, "所在部门", dept)
        _line(sh, f"主要职责：{duty}", 6)
        r = sh.add("序号", "风险点", None, "风险等级", "防控措施", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, lv, measures, None)
            sh.merge(r, 1, r, 2)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, _tier(post), point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "监督人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "meigu_library_cards", "https://www.myscxx.com/scxxb/kjww/2018-09-28/110353.html",
        "县图书馆 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 采编部, 流通部), after the source's 县图书馆 buying 农家书屋 "
        "补充图书 by 招标 and 采购, driving them out to the 乡镇 and guiding 分类、上架、编目: a title, ``持卡人 | … | 岗位 | … | "
        "所在部门 | …`` in one row, a merged ``主要职责：…`` line, then 序号/风险点 (merged over two columns)/风险等级 "
        "``★★★/★★/★``/防控措施 (merged over two columns); no type column; a merged ``注：`` line on the stars and a "
        "持卡人签字/监督人签字 line",
        sheets, t,
    )  # fmt: skip


def meigu_kindergarten_groups() -> dict:
    unit = f"{PLACE}幼儿园"
    sh = _Sheet("清单", [6, 12, 10, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    _line(sh, f"单位（盖章）：{unit}{GAP * 10}填报日期：2024年5月", 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    groups = [
        ("一、园领导", "园领导", [
            ("园长", "匡璠宁", [
                ("学前教育资助评审不按程序，评审小组走过场", "一级", "评审小组由教师代表、家长代表等五人以上组成，评审记录存档。"),
                ("擅自调整保教费、伙食费收费标准", "一级", "收费标准按物价部门核定执行，收费项目公示。"),
            ]),
            ("副园长", "吉史次尔", [
                ("幼儿伙食食材采购指定供应商", "一级", "食材定点采购经园务会研究，供应商每年比选。"),
            ]),
        ]),
        ("二、保教处", "保教处", [
            ("保教主任", "薄骞澜", [
                ("资助对象初审把关不严，优亲厚友", "二级", "初审材料逐户核实，资助名单公示不少于7个工作日。"),
                ("教职工考核评优不公", "三级", "考核细则公开，结果公示。"),
            ]),
            ("资助专干", "鲁浔瑶", [
                ("资助资金发放台账不全，资料未分学期建档", "二级", "资助资料分学期、分年度装订成册，建档备查。"),
            ]),
        ]),
        ("三、后勤处", "后勤处", [
            ("保管员", "克其依达", [
                ("食材验收以次充好，出入库账实不符", "二级", "食材验收双人签字，出入库每周盘点。"),
            ]),
        ]),
        ("四、财务室", "财务室", [
            ("报账员", "闻渼菡", [
                ("伙食费结余不公示，挪作他用", "二级", "伙食费单独核算，每月向家长公示收支。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 6)
        first = len(sh.rows)
        for post, who, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, _tier(post), point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "园长（签字）：", None)
    return _layout(
        "meigu_kindergarten_groups", "http://www.dybbs8.com/excel/207057.html",
        "县幼儿园 岗位廉政风险防控清单, after the source's 学前教育资助 方案 (评审程序, 公示 not less than 7 个工作日, 第一责任人 "
        "and 直接责任人, 评审 by 教师代表 and 家长代表, 分学期、分年度 建档备查): a title, a merged ``单位（盖章）：…　填报日期："
        "2024年5月`` line, then 序号/岗位 and 姓名 merged per person/风险点/风险等级 ``一级/二级/三级``/防控措施 under GROUP "
        "ROWS ``一、园领导``, ``二、保教处``, ``三、后勤处``, ``四、财务室`` merged across (no 科室 column); no type column; a "
        "填表人/审核人/园长（签字） line",
        [sh], t,
    )  # fmt: skip


def meigu_township_clinic_register() -> dict:
    unit = f"{PLACE}牛牛坝镇中心卫生院"
    t = _Truth(unit)
    depts = [
        ("住院部", "2024年8月12日", [
            [("科主任", "逯崧岚", "将门诊病人办成住院，小病大治", "业务流程", "高", "入院指征由科主任和医务人员共同把关，每月抽查病历。"),
             ("科主任", "逯崧岚", "住院补偿登记表内容与实际病情不符", "岗位职责", "高", "补偿登记与病历首页逐项核对后上报。")],
            [("医师", "吉斯约达", "挂床住院，病人不在床仍记床位费", "思想道德", "高", "每日查房签字，夜间护理巡视记录在床情况。"),
             ("医师", "吉斯约达", "开具不必要的检查", "岗位职责", "中", "大型检查开单说明指征，医务人员定期点评。")],
            [("护士", "詹玹澈", "无", None, None, None)],
        ]),
        ("收费室", "2024年8月13日", [
            [("医保结算员", "牧潆月", "住院费用医保结算不核对病历，违规结算", "业务流程", "高", "结算前核对病历、费用清单和身份信息。"),
             ("医保结算员", "牧潆月", "住院补偿公示不及时、不完整", "制度机制", "中", "住院补偿每月在公示栏公示，公示照片存档。")],
            [("收费员", "阿约尔曲", "收费不开票据，截留现金", "思想道德", "中", "收费一律系统出票，每日现金缴存银行。")],
            [("收费员", "娄铎岳", "无", None, None, None)],
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, date, groups in depts:
        sh = _Sheet(dept, [6, 12, 10, 36, 10, 8, 34, 8])
        _line(sh, f"{unit}科室廉洁风险排查登记表", 8)
        r = sh.add(f"填报科室：{dept}", None, None, None, f"填报时间：{date}", None, None, None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 7)
        sh.add("序号", "岗位", "姓名", "风险内容", "风险类型", "风险等级", "防控措施", "备注")
        n = 0
        for g, group in enumerate(groups):
            if g:
                sh.add()  # a blank row between posts
            recs = []
            for post, who, point, typ, lv, measures in group:
                n += 1
                recs.append([n, post, who, point, typ, lv, measures, None])
                if point != "无":
                    t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
            sh.records(recs, merge_cols=(1, 2))
        sh.add()
        sh.add("科室负责人签字：", None, None, None, None, "年　　月　　日", None, None)
        sheets.append(sh)
    return _layout(
        "meigu_township_clinic_register", "https://ppfocus.com/0/ed8f53e8d.html",
        "镇中心卫生院 科室廉洁风险排查登记表, one sheet a 科室 (住院部, 收费室), after the source's 乡镇卫生院 turning 门诊 into "
        "住院, ``挂床住院`` and a 住院补偿登记表 that does not match the illness: a title, a ``填报科室：… | 填报时间：…`` line "
        "(two merges), then 序号/岗位 and 姓名 merged per person/风险内容/风险类型 (short names)/风险等级 高/中/低/防控措施/"
        "``备注``; staff with nothing to declare have a row saying only ``无`` (no point, no form); blank rows between "
        "posts; a 科室负责人签字 line with ``年　　月　　日``",
        sheets, t,
    )  # fmt: skip


def meigu_rescue_station_two_sheets() -> dict:
    unit = f"{PLACE}救助管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 38, 13, 10, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("费锷宁", "站长", "主持全面工作", [
            ("救助资金使用审批一人说了算", "制度机制风险", "高风险", "资金使用审批由三人共同签字，重大支出集体研究。"),
            ("救助物资采购不比价，指定商家", "业务流程风险", "中风险", "物资采购三家以上比价，验收与采购分离。"),
        ]),
        ("马海伍各", "副站长", "分管救助业务、医疗救治", [
            ("定点医院救治费用结算审核不严", "岗位职责风险", "高风险", "救治费用凭病历、费用清单结算，结算情况按月公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, types_in(typ), BANDS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    dept = _Sheet("股室", [6, 10, 12, 10, 38, 13, 10, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("救助股", "股长", "邰澂霖", [
            ("救助对象登记不实，虚增救助人次、天数", "思想道德风险", "高风险", "受助人员一人一档，救助天数与食宿记录核对。"),
            ("护送返乡费用虚报", "岗位职责风险", "中风险", "护送返乡两人以上，凭票据和交接单报销。"),
        ]),
        ("救助股", "救助员", "阿尔拉哈", [
            ("返乡车费发放不按规定，代领冒领", "业务流程风险", "中风险", "车费凭受助人员签字的购票凭证发放。"),
        ]),
        ("综合股", "会计", "葛蘅岫", [
            ("救助专项资金未专户核算，挤占挪用", "制度机制风险", "高风险", "专项资金专户储存、专项支出，每月公开。"),
        ]),
        ("综合股", "物资保管员", "羊舒樾", [
            ("救助物资出入库登记不全，私自处置", "岗位职责风险", "低风险", "物资出入库逐笔登记，每季度盘点。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for office, post, who, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, office, post, who, point, typ, lv, measures)
            t.point(dept.name, office, post, who, _tier(post), point, types_in(typ), BANDS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, None, "2024年7月", None)
    return _layout(
        "meigu_rescue_station_two_sheets", "https://www.fanwen118.com/info_22/fw_3556299.html",
        "县救助管理站 廉政风险防控表 in two sheets, after the source's 县 流浪乞讨人员救助补助资金 自查 (一人一档, 资金使用审批"
        "三人签字, 专户储存, 食宿救助, 定点医院 救治, 返乡车费, 护送返乡, 救助物资): ``站领导`` — a title, 序号/``姓名 | 职务 | "
        "分管工作`` merged per leader/风险点/风险类别/风险等级/防控措施; ``股室`` — a title, 序号/股室 merged (救助股, 综合股)/"
        "岗位 and 姓名 merged per person/风险点/风险类别/风险等级/防控措施 and a 填表人/审核人/date line; types ``…风险``, "
        "levels ``高风险/中风险/低风险``",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    meigu_people_hospital_same_as_neike(),
    meigu_tcm_hospital_list(),
    meigu_cdc_register(),
    meigu_medical_insurance_duties(),
    meigu_minzu_school_selfchecks(),
    meigu_library_cards(),
    meigu_kindergarten_groups(),
    meigu_township_clinic_register(),
    meigu_rescue_station_two_sheets(),
]

RESAVED: tuple[str, ...] = ()
REFERENCE = re.compile(
    r"同(?P<dept>\w+?)(?P<post>科主任|护士长|住院医师)（第(?P<a>\d+)—(?P<b>\d+)项）"
)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch271-inbox"))
