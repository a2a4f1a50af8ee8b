"""The four-hundred-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 卫生健康
bodies, 王益区 (铜川, Shaanxi) — the 区卫生健康局, the 区人民医院, the 区疾病预防控制中心, the 区妇幼保健院
and the 社区卫生服务中心 of four 街道 (七一路街道, 红旗街街道, 桃园街道, 青年路街道) — each handing back the
一览表, 排查表, 责任清单, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 卫生健康局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 疾病预防控制中心's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 妇幼保健院's 责任清单 under GROUP ROWS ``一、院领导``, ``二、保健部``, ``三、医务科`` merged across
  (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉洁风险点``, ``…风险``
  types, ``一级风险/二级风险/三级风险``;
- the 七一路街道社区卫生服务中心's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … |
  职　务 | …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 红旗街街道社区卫生服务中心's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 |
  自查情况``, ``高风险/中风险/低风险``, no type column;
- the 桃园街道社区卫生服务中心's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 |
  廉洁风险点 | 风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column;
- the 青年路街道社区卫生服务中心's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…``
  line: ``岗位`` and ``姓名`` merged per person, ``廉洁风险点``, short types, 高/中/低.

One is harder:

- ``wangyi_hospital_level_in_remarks``: the 区人民医院's 岗位廉洁风险防控一览表 ``序号 | 科室 | 岗位 |
  姓名 | 廉洁风险点 | 风险类型 | 防控措施 | 备注`` with NO LEVEL COLUMN: THE LEVEL OF EACH POINT IS
  WRITTEN INSIDE A SENTENCE IN THE ``备注`` COLUMN, together with other remarks (``列为一级风险点，纳入院
  纪委重点监督``, ``二级风险点，科室每季度自查一次``, ``属三级风险点（本年新增）``); a merged note under
  the table says ``注：各风险点的风险等级在备注栏注明。``. The points are the ``廉洁风险点`` cells, their
  types the ``风险类型`` column (short names), their level the grade the ``备注`` sentence names; the
  rest of the remark is neither point, type nor level. Hospitals grade their 廉洁风险 in the 院纪委's
  review after the list is drawn up (the source's hospital reform account; the pages on 医院 分级
  防控 put the 高/中/低 grading after the list), and the grade then goes into the only free column.
  The README's 读得懂的表 knows a level COLUMN under any heading whose cells are (eight in ten) level
  WORDS, levels in brackets in the point (``违规审批(高)``, ``【一级】…``), after the type
  (``岗位职责/中``), ``风险等级:中`` as a labelled cell, levels by notes (by number, by colour, by
  typeface, by rank, by a column of values a note ties to levels, by group rows and sub-headings,
  by the post's grade), a yes/no level column, blank levels a note fills; none reads a level
  written in the middle of a 备注 remark in sentences. ``grep -l`` over tests/published/batch*.py
  for ``列为一级``, ``级风险点，`` and ``属三级风险`` finds them only in notes tying stars or typefaces to
  levels (batch230, 315, 428, 432), never in a 备注 cell; ``备注栏`` is named in the notes of
  batch247, 252, 260–265 and 293, and the ``备注`` columns of batch174, 183, 221 and 291 hold
  ``新增``, a reason or a holder, always beside a real level column (or none at all).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市人民医院's account of its
reform — 药品零差率, 医药费用控制; a 药事管理考核标准 — 处方, 药品采购, 抗菌药物; a 癌症早诊早治 fund's
rules — 专项资金, 项目管理; a 妇幼保健院's rules on 出生医学证明 — 空白证件, 签发, 保管; a page on 公卫
资金 at 社区 level — 虚报, 挪用; a page on 出生医学证明 — 领发, 登记; a 省's 出生医学证明 rules — 申领, 废证;
a page on 抗菌药物 — 处方权, 考核奖惩) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 王益区, named with the district's name.

Run ``python tests/published/score.py --set batch456`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``廉洁风险点`` cell; its level is the grade named in the
  ``备注`` cell of its row (``一级风险点`` → 1, ``二级风险点`` → 2, ``三级风险点`` → 3), the rest of the
  remark is no point, type or level; the note under the table is no point;
- ``局领导`` (a sheet of the 卫生健康局's leaders, named so by its tab) and ``院领导`` (a group row of the
  妇幼保健院) are the 科室 of those leaders; a 局's 股 and 办公室 and a hospital's 科 and 部 (医务科,
  药剂科, 财务科, 保健部) are 科室; a group row ``二、保健部`` gives the 科室 ``保健部`` (its number left
  off); the 疾控中心's list and the four 社区卫生服务中心 files name no 科室: their 科室 is "" and the
  中心 is the unit;
- 局长, 副局长, a 院's 院长 and 副院长, a 中心's 主任 and 副主任 are leaders; 股长, 科长, 主任 of a 科 (科室
  主任) and 部长 middle; the rest (科员, 会计, 药师, 医师, 检验师, 疫苗管理员, 出纳, 保健医师, 护士,
  公卫专干, 收费员) general;
- ``风险点 | 风险表现`` (the 疾控中心's list): the point is the short 风险点; ``分管工作``, ``职责事项``
  and ``自查情况`` are no points and name no holder; the 疾控中心's list names no person: its forms
  are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) and the
  ``一级风险点/二级风险点/三级风险点`` of the 备注 sentences are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch453).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b456_"
PLACE = "王益区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
REMARK_GRADES = {"一级风险点": 1, "二级风险点": 2, "三级风险点": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

REMARK_NAME = "wangyi_hospital_level_in_remarks"
REMARK_UNIT = f"{PLACE}人民医院"
REMARK_TAB = "一览表"
REMARK_HEAD = ("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "防控措施", "备注")
REMARK_NOTE = "注：各风险点的风险等级在备注栏注明。"

# (科室, 岗位, tier, 姓名, [(廉洁风险点, 风险类型, 防控措施, 备注)])
REMARK_ROWS = [
    ("院领导", "院长", "leader", "殳瑀晞", [
        ("大型设备购置不经集体研究", "制度机制", "设备购置论证后院长办公会审定。", "列为一级风险点，纳入院纪委重点监督"),
        ("干部选用中打招呼", "思想道德", "选用程序全程纪实，任前公示。", "二级风险点，每半年报告一次"),
    ]),
    ("药剂科", "科长", "middle", "闾璠翊", [
        ("药品遴选中接受供应商回扣", "外部环境", "药品遴选由药事委员会集体决定。", "列为一级风险点，纳入院纪委重点监督"),
        ("违规提供统方数据", "岗位职责", "统方权限分级设置，查询留痕。", "二级风险点，科室每季度自查一次"),
    ]),
    ("药剂科", "药师", "general", "蒯琇昉", [
        ("处方审核走过场", "业务流程", "处方点评每月一次，结果公示。", "属三级风险点（本年新增）"),
    ]),
    ("医务科", "科长", "middle", "訾暄珩", [
        ("医疗纠纷处理偏袒一方", "岗位职责", "纠纷处理两人以上，记录存档。", "二级风险点，科室每季度自查一次"),
        ("医师处方权授予把关不严", "制度机制", "处方权考核后授予，名单公示。", "属三级风险点"),
    ]),
    ("财务科", "收费员", "general", "钭砚瑀", [
        ("收费不入账、截留现金", "业务流程", "收费日清日结，票据连号管理。", "列为一级风险点，纳入院纪委重点监督"),
        ("退费审核不严", "岗位职责", "退费凭证两人签字。", "属三级风险点（本年新增）"),
    ]),
]  # fmt: skip


def remark_grade(remark: str) -> int:
    """The grade a 备注 sentence names."""
    (grade,) = [v for k, v in REMARK_GRADES.items() if k in remark]
    return grade


def wangyi_hospital_level_in_remarks() -> dict:
    unit = REMARK_UNIT
    width = len(REMARK_HEAD)
    sh = _Sheet(REMARK_TAB, [6, 10, 8, 9, 34, 10, 34, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", width)
    sh.add(*REMARK_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, tier, who, points in REMARK_ROWS:
        for point, typ, measures, remark in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, measures, remark)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), remark_grade(remark))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, REMARK_NOTE, width)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None, None)
    return _layout(
        REMARK_NAME, "https://www.shukancc.com/zazhi/wenshow/id/6255610",
        "(harder) 区人民医院 岗位廉洁风险防控一览表, after the source's account of a 市人民医院's reform (药品零差率, 药品品规, "
        "医药费用控制): a title, then 序号/科室 merged (院领导, 药剂科, 医务科, 财务科)/岗位 and 姓名 merged per person/廉洁风险点/"
        "风险类型 (short names)/防控措施/``备注`` with NO LEVEL COLUMN — each point's level is written INSIDE A SENTENCE in the "
        "``备注`` cell (``列为一级风险点，纳入院纪委重点监督``, ``二级风险点，科室每季度自查一次``, ``属三级风险点（本年新增）``); a "
        "merged ``注：各风险点的风险等级在备注栏注明。`` and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wangyi_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("阚珺昶", "局长", "主持全面工作", [
            ("医疗机构评审中打招呼", "一级", "评审专家随机抽取，结果集体审定。"),
            ("项目资金分配不经党组会研究", "一级", "资金分配方案党组会审定，公示。"),
        ]),
        ("璩晞珏", "副局长", "分管医政药政、基层卫生", [
            ("药事管理考核打人情分", "二级", "考核细则公开，两人以上打分。"),
            ("基层医疗机构检查走过场", "三级", "检查记录拍照留存，问题限期整改。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 10, 9, 40, 9, 34])
    _line(staff, f"{unit}股室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("医政药政股", "股长", "麴翊琨", "middle", [
            ("医疗机构执业登记审核不严", "一级", "登记材料两级审核，现场核查。"),
            ("抗菌药物使用检查流于形式", "二级", "检查清单化，结果通报。"),
        ]),
        ("医政药政股", "科员", "乜昀瑾", "general", [
            ("泄露医疗机构投诉人信息", "三级", "投诉件专人登记，信息保密。"),
        ]),
        ("办公室", "会计", "禚珩昱", "general", [
            ("专项资金拨付不按进度", "一级", "拨付凭进度报告，双人复核。"),
            ("报销票据审核不严", "三级", "票据逐张审核，定期抽查。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "wangyi_health_bureau_two_sheets", "https://abg.baidu.com/tags/2ku4vqvz3tao3p54xlf3d2wxxq16",
        "区卫生健康局 廉政风险防控表 in two sheets, after the source's 药事管理考核标准 (处方, 药品采购, 抗菌药物, 考核): "
        "``局领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) and "
        "``科室`` (a title, 序号/科室 merged (医政药政股, 办公室)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); no "
        "type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def wangyi_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", [
            ("专项资金安排", "癌症早诊早治等专项资金不按项目使用", "制度机制风险", "Ⅰ级", "专项资金专账核算，集体研究。"),
            ("采购比选", "非免疫规划疫苗比选中倾向特定企业", "外部环境风险", "Ⅰ级", "比选全程录像，纪检人员监督。"),
        ]),
        ("疫苗管理员", "general", [
            ("疫苗出入库", "出入库登记不实，账物不符", "业务流程风险", "Ⅱ级", "每月盘点，系统扫码出入库。"),
            ("冷链管理", "冷链记录事后补填", "岗位职责风险", "Ⅲ级", "温度自动监测，记录不可修改。"),
        ]),
        ("检验师", "general", [
            ("检测报告", "出具不实检测报告", "思想道德风险", "Ⅱ级", "报告三级审核，留样备查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "wangyi_cdc_posts",
        "https://abg.baidu.com/tags/23ind25sxhlpvnoyw663tk5zwlhmbsp226um73wxzk67bmfj22rnjz6v57kopvwoz7xmjp5z3tao3mhmw6ua14",
        "区疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's rules for a 癌症早诊早治 fund (专项资金, 项目管理): "
        "a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wangyi_maternal_group_rows() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "凤琪旻", "leader", [
                ("物资采购", "医用耗材采购不经集体研究", "制度机制风险", "一级风险", "采购计划院长办公会审定。"),
                ("人事管理", "招聘中优亲厚友", "思想道德风险", "二级风险", "招聘方案公开，结果公示。"),
            ]),
        ]),
        ("二、保健部", "保健部", [
            ("部长", "隗煜瑄", "middle", [
                ("出生医学证明", "违规签发出生医学证明", "岗位职责风险", "一级风险", "签发双人核对，存根永久保存。"),
            ]),
            ("保健医师", "厍珮晗", "general", [
                ("空白证件保管", "空白证件保管不善、流失", "业务流程风险", "二级风险", "专人专柜专室，每月盘底。"),
                ("孕产妇建档", "收受服务对象红包", "外部环境风险", "三级风险", "廉洁承诺，满意度回访。"),
            ]),
        ]),
        ("三、医务科", "医务科", [
            ("科长", "毋琬昶", "middle", [
                ("母婴保健技术许可", "技术服务人员资格审核不严", "岗位职责风险", "一级风险", "资格审核两级把关，名单公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "wangyi_maternal_group_rows", "https://m.zixin.com.cn/doc/2811601.html",
        "区妇幼保健院 廉洁风险防控责任清单, after the source's rules on 出生医学证明 at a 妇幼保健院 (空白证件, 签发, 专人管理): a "
        "title, 序号/岗位/责任人/``职责事项``/廉洁风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、院领导``, ``二、保健部``, ``三、医务科`` merged across (no 科室 column); 岗位 and 责任人 merged per "
        "person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wangyi_qiyilu_centre_cards() -> dict:
    unit = f"{PLACE}七一路街道社区卫生服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "蔺瑢翀", "leader", [
            ("基本公共卫生服务资金虚报", "★★★", "资金按考核结果拨付，台账公开。"),
            ("药品采购指定供应商", "★★", "采购平台下单，集体研究。"),
            ("接受药企宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("公卫专干", "阙暐琳", "general", [
            ("健康档案弄虚作假", "★★★", "档案入户抽查，电话回访。"),
            ("泄露居民健康信息", "★", "信息保密承诺，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "主任（签字）：", None)
        sheets.append(sh)
    return _layout(
        "wangyi_qiyilu_centre_cards", "https://www.jrssaishi.com/tagdetail/公卫资金使用存在的问题.html",
        "街道社区卫生服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 公卫专干), after the source's page on 公卫资金 "
        "(虚报, 挪用, 考核拨付): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | …``, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and ``持卡人（签字）： | 主任（签字）：``",
        sheets, t,
    )  # fmt: skip


def wangyi_hongqijie_centre_selfchecks() -> dict:
    unit = f"{PLACE}红旗街街道社区卫生服务中心"
    t = _Truth(unit)
    people = [
        ("郗瑭昕", "副主任", "leader", [
            ("家庭医生签约数据造假", "高风险", "签约信息电话抽查。", "已落实"),
            ("医保基金违规结算", "高风险", "结算清单每月核对。", "未发现问题"),
            ("慢病随访记录补填", "中风险", "随访记录系统留痕，抽查回访。", "已落实"),
        ]),
        ("宓琇晔", "护士", "general", [
            ("预防接种登记不实", "中风险", "接种信息系统登记，扫码核对。", "已落实"),
            ("收受患者财物", "低风险", "廉洁承诺，患者评价。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任审核：", None, None)
        sheets.append(sh)
    return _layout(
        "wangyi_hongqijie_centre_selfchecks", "https://www.unjs.com/fanwenwang/gzzd/20170804000008_1415059.html",
        "街道社区卫生服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's page on "
        "出生医学证明 rules (领发, 登记, 签收): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 主任审核：``",
        sheets, t,
    )  # fmt: skip


def wangyi_taoyuan_centre_every_row() -> dict:
    unit = f"{PLACE}桃园街道社区卫生服务中心"
    sh = _Sheet("清单", [6, 16, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "笪珲昶", "leader", "绩效分配不公开", "Ⅰ", "分配方案职工大会通过，公示。"),
        ("主任", "笪珲昶", "leader", "基建维修化整为零", "Ⅱ", "按限额招标，结算送审。"),
        ("医师", "庹玥琛", "general", "开大处方、过度检查", "Ⅰ", "处方点评，费用监测。"),
        ("医师", "庹玥琛", "general", "出具虚假诊断证明", "Ⅲ", "证明登记，科室审核。"),
        ("出纳", "亓瑗翮", "general", "现金收支不及时入账", "Ⅱ", "日清月结，定期盘点。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "wangyi_taoyuan_centre_every_row", "https://m.777doc.com/doc-594667.html",
        "街道社区卫生服务中心 廉洁风险防控清单, after the source's 省 rules on 出生医学证明 (申领, 发放, 监督): a title, then 序号/岗位/"
        "``责任人`` written out on EVERY row (nothing merged)/廉洁风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column, no 科室 "
        "column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wangyi_qingnianlu_centre_list() -> dict:
    unit = f"{PLACE}青年路街道社区卫生服务中心"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "鞠璟昉", "leader", [
            ("抗菌药物处方权授予把关不严", "岗位职责", "高", "处方权考核授予，名单公示。"),
            ("医疗设备采购接受回扣", "外部环境", "中", "采购集体研究，签订廉洁协议。"),
        ]),
        ("药师", "卞珧晞", "general", [
            ("药品验收数量不实", "业务流程", "高", "验收双人签字，账物核对。"),
        ]),
        ("收费员", "饶琮旸", "general", [
            ("收费标准执行不严", "制度机制", "低", "收费项目公示，系统定价。"),
            ("接受患者礼品", "思想道德", "低", "廉洁承诺，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "wangyi_qingnianlu_centre_list", "http://35331.cn/lhs_jh3q18pynmllfg4ioaiokn54of5mx2pabkl4hnaj55g8mip2_3.html",
        "街道社区卫生服务中心 岗位廉政风险防控一览表, after the source's 抗菌药物临床应用管理考核奖惩制度 (处方权, 考核, 奖惩): "
        "``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/"
        "廉洁风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wangyi_hospital_level_in_remarks(),
    wangyi_health_bureau_two_sheets(),
    wangyi_cdc_posts(),
    wangyi_maternal_group_rows(),
    wangyi_qiyilu_centre_cards(),
    wangyi_hongqijie_centre_selfchecks(),
    wangyi_taoyuan_centre_every_row(),
    wangyi_qingnianlu_centre_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch456-inbox"))
