"""The two-hundred-and-ninety-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools,
hospitals and 公共服务 bodies, 大竹县 (a county of 达州, its staff Han) — its 庙坝中学, its
石河镇中心小学, its 实验幼儿园, its 杨家镇中心卫生院, its 妇幼保健院, its 社会保险事业管理中心, its
殡仪馆 and its 人民医院 — each handing back the 一览表, 防控卡, 防控表, 自查表, 清单 or 排查表 its staff
typed in WPS or Excel:

- the 庙坝中学's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line, its rows under
  GROUP ROWS ``一、学校领导`` … ``四、教务处`` merged across (no 处室 column): ``岗位`` and ``姓名``
  merged per person, short types, 高/中/低, a 填表人/审核人/校长（签字） line;
- the 石河镇中心小学's 防控卡, one sheet a holder (tabs 校长, 副校长, 总务主任): a LABEL ROW
  ``姓　名 | 职　务 | 分管工作`` over a row of values (the 分管工作 merged across the rest), then
  ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：``
  line, ``持卡人签字： | … | 监督电话：…``;
- the 实验幼儿园's 防控表 written on EVERY row (no merges): ``部门 | 岗位 | 姓名 | 风险点 | 风险类别 |
  风险等级 | 防控措施``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 杨家镇中心卫生院's 自查表, one sheet a person (tabs named by the person): ``姓　名 | … | 科　室 |
  … | 岗　位 | …`` in ONE row of pairs, then ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 院长意见：``;
- the 妇幼保健院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``;
- the 社会保险事业管理中心's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 殡仪馆's 排查表 对岗不对人: ``部门`` merged, ``岗位`` merged per post, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``一级风险/二级风险/三级风险``, no names; a 制表/审核/date line.

One is harder:

- ``dazhu_people_hospital_split_header``: the 人民医院's 科室廉政风险防控一览表 whose HEADING IS SPLIT
  OVER TWO ROWS, the second row holding BARE WORDS that mean something only with the group above
  them. The first heading row is ``序号 | 科室 | 岗位 | 风险点 | | 防控 |``: ``序号``, ``科室`` and
  ``岗位`` are merged down over both heading rows, ``风险点`` is ONE cell merged across D–E and
  ``防控`` ONE cell merged across F–G; the second row holds, under them, ``内容 | 等级`` (D, E) and
  ``措施 | 责任人`` (F, G). So the point is the column headed ``风险点`` / ``内容``, its level the one
  headed ``风险点`` / ``等级`` (高/中/低), the measures ``防控`` / ``措施``, and the HOLDER of each post
  is named ONLY in ``防控`` / ``责任人`` (merged per post, a different person for every post, no
  ``姓名`` column). No type column. ``科室`` is merged down its rows, ``岗位`` and ``责任人`` per post;
  a title, a merged ``填报单位（盖章）：…　填报时间：…`` line above, a 填表人/审核人/院长（签字） line
  below. The README's 读得懂的表 knows a heading in two rows where the sub-columns of a merged
  group are merged back into it (``防控措施`` over ``制度措施 | 监督措施``), sub-columns with a
  meaning of their own under a group of the same kind (``责任人`` over ``直接责任人 | 领导责任人``),
  a three-row heading with ``风险识别 | 风险评估`` groups over named columns, and an unmerged
  ``风险`` over ``点 | 类型 | 等级``; it does not describe a merged group whose two sub-columns are
  DIFFERENT fields named by bare words (``内容`` the point and ``等级`` its level under ``风险点``;
  ``措施`` the measures and ``责任人`` the post's holder under ``防控``), where a sub-column must be
  read together with its group, not merged into it, and where the only holder column sits under a
  measures group.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县人民医院's 廉洁医院 work as a
county 政协 saw it — 廉洁细胞 工程, 廉洁防控制度机制 at every post, 住院缴费 and 报账窗口 moved
forward to the wards; a 乡镇初级中学 whose 饭堂负责人 skimmed the 学生餐费 for eleven years with a
supplier, the 副校长 who put the pupils' complaint letters in a drawer and the 校长 above them; a
镇中心小学 where a 班主任 collected 补课费、照相费、资料费 and the 副校长 (主持工作) was disciplined;
a 民办幼儿园 that took 保教费 and 代办费 on one receipt and ran a 留园班 (园服, 伙食费, 学具教材费,
生活用品费); a 县人民医院 and a 卫生院 whose 院长 took 药品回扣 as a “惯例”; a 区妇幼保健院's 院长 who ran
保健、医疗、财务 and 后勤 alone for twelve years; the 养老金冒领 found by matching 社保 records with
the 公安 人口注销 data — 待遇领取资格认证, 稽核, 追回; and an essay on a 事业单位's 殡葬管理 —
遗体接运, 冷藏, 火化, 骨灰寄存, 惠民殡葬补贴, 收费公示) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names); every unit is a body of 大竹县.

Run ``python tests/published/score.py --set batch299`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the cell under ``风险点`` / ``内容``, its level the cell under
  ``风险点`` / ``等级``; the holder of a row is the person under ``防控`` / ``责任人`` (the post's own
  holder: a different person for each post, none of them over two posts, so no supervising
  leader); the post is ``岗位``, the 科室 ``科室`` (``院领导`` for the 院长 and 副院长); the two heading
  rows, the title, the ``填报单位`` line and the sign-off line are no points;
- ``学校领导``, ``园领导``, ``院领导``, ``馆领导``, ``中心领导`` (a group row, a 科室/股室/部门 cell, the
  sheet ``院领导``) are the 科室 of those leaders; a school's 处, a 幼儿园's 办 and 室, a hospital's
  and a 卫生院's 科, 室, 部, 房 and 办, a 社保中心's 股, a 殡仪馆's 科 and 车间 are 科室; a group row ``二、总务处`` gives the
  科室 ``总务处`` (its number left off); the 中心小学's cards write no 科室 (only 姓名, 职务 and
  分管工作): their forms have no 科室;
- every school, 幼儿园, 卫生院, 保健院, 中心, 馆 and hospital here is a unit of its own: 校长, 副校长,
  园长, 副园长, 院长, 副院长, a 中心's 主任 and 副主任, 馆长 and 副馆长 are leaders; 总务主任, 教务主任,
  政教主任, 科主任, 科长, 护士长, 股长, the 主任 of a 保教办, a 后勤办, an 医保办, a 保健部 or a 火化车间
  middle; the rest (食堂管理员, 报账员, 保育员, 保管员, 出纳, 药库管理员, 采购员, 医保审核员, 收费员,
  药剂员, 助产士, 会计, 审核员, 稽核员, 业务员, 遗体接运员, 火化工) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 殡仪馆's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 幼儿园's note), ``高风险/中风险/低风险``,
  ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b299_"
PLACE = "大竹县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

HEAD_TOP = ("序号", "科室", "岗位", "风险点", None, "防控", None)
HEAD_SUB = (None, None, None, "内容", "等级", "措施", "责任人")

# (科室, [(岗位, 责任人, tier, [(内容, 等级, 措施)])])
HOSPITAL = [
    ("院领导", [
        ("院长", "钭岷澍", "leader", [
            ("药品、耗材遴选进院时打招呼，默许药企按“惯例”返利", "高",
             "新药、新耗材进院经药事委员会集体评审，院长不参与具体品种遴选。"),
            ("急救外科医技大楼建设中插手工程分包", "高", "工程项目进入公共资源交易平台，变更签证集体研究。"),
        ]),
        ("副院长", "訾溆棠", "leader", [
            ("分管的医保结算中默许挂床住院、分解住院", "高", "在院病人每周床头核查，医保结算数据每月通报。"),
            ("职称推荐、评先评优中优亲厚友", "中", "推荐条件和结果院内公示五个工作日。"),
        ]),
    ]),
    ("药剂科", [
        ("科主任", "庹沅翎", "middle", [
            ("向医药代表透露科室和医生的用药量", "高", "处方数据查询权限分级，查询全程留痕。"),
            ("临时采购药品不履行审批手续", "中", "临时采购须经分管院长审批，每月清理。"),
        ]),
        ("药库管理员", "缑霁禾", "general", [
            ("药品出入库账实不符，近效期药品处置不规范", "中", "每月盘点，报损经科室和院领导审批。"),
        ]),
    ]),
    ("医学装备科", [
        ("科长", "隗骁翊", "middle", [
            ("设备论证中设置倾向性参数", "高", "论证专家随机抽取，参数经院务会审定。"),
        ]),
        ("采购员", "厍芃湘", "general", [
            ("耗材询价走过场，与供应商私下接触", "中", "询价不少于三家，询价记录存档备查。"),
            ("到货验收照单签收，以次充好", "低", "使用科室、装备科、审计科共同验收。"),
        ]),
    ]),
    ("医保办", [
        ("主任", "邴溱筠", "middle", [
            ("对违规收费、串换项目的病历不核查", "高", "医保病历每月抽查，违规项目全院通报。"),
        ]),
        ("医保审核员", "郏蓁屹", "general", [
            ("接受科室或患者请托放宽审核", "中", "审核意见两人复核，请托事项登记报告。"),
        ]),
    ]),
    ("财务科", [
        ("收费员", "宦楚漪", "general", [
            ("病区前移的住院缴费窗口收取现金不入账", "高", "收费一律开具票据，日清日结，财务每日对账。"),
            ("退费不按规定审核，虚构退费", "中", "退费凭科室证明和审批单办理，退费清单每周核对。"),
        ]),
    ]),
]  # fmt: skip


def dazhu_people_hospital_split_header() -> dict:
    unit = f"{PLACE}人民医院"
    ncols = len(HEAD_TOP)
    sh = _Sheet("一览表", [6, 12, 11, 38, 7, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}科室廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    top = sh.add(*HEAD_TOP)
    sh.add(*HEAD_SUB)
    for c in (0, 1, 2):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 4)
    sh.merge(top, 5, top, 6)
    first = len(sh.rows)
    n = 0
    for dept, people in HOSPITAL:
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, dept, post, point, lv, measures, who)
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 6)
    sh.add("填表人：", None, "审核人：", None, None, "院长（签字）：", None)
    return _layout(
        "dazhu_people_hospital_split_header", "https://mip.yaozui.com/p612728.html",
        "(harder) 县人民医院 科室廉政风险防控一览表, after the source's 县人民医院 廉洁医院 work (廉洁细胞 工程, 廉洁防控制度机制 at "
        "every post, 住院缴费 and 报账窗口 moved forward): a title and a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, "
        "then a heading SPLIT OVER TWO ROWS: ``序号 | 科室 | 岗位`` merged down both rows, ``风险点`` merged across D–E over "
        "``内容 | 等级`` and ``防控`` merged across F–G over ``措施 | 责任人``; the holder of each post named only under "
        "防控/责任人 (merged per post, no 姓名 column); 科室 merged (院领导, 药剂科, 医学装备科, 医保办, 财务科), 岗位 merged per "
        "post, 高/中/低, no type column; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dazhu_miaoba_middle_groups() -> dict:
    unit = f"{PLACE}庙坝中学"
    sh = _Sheet("一览表", [6, 11, 9, 38, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "巢翊珩", "leader", [
                ("食堂经营方式和配送企业由个人决定", "制度机制", "高", "食堂经营、配送企业选定经校务会集体研究并报教育局备案。"),
                ("对学生反映伙食问题的来信不过问、不处理", "岗位职责", "中", "校长信箱每周开启，来信登记、办理、回复。"),
            ]),
            ("副校长", "蔚槿岫", "leader", [
                ("分管食堂时与供应商约定按餐返利", "思想道德", "高", "签订拒收回扣承诺书，食材价格每周公示。"),
                ("膳食经费收支不按月公布", "业务流程", "中", "膳食经费单独核算，收支每月在校务公开栏公布。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("总务主任", "谯屿澜", "middle", [
                ("食材采购不比价，指定亲友供货", "外部环境", "高", "大宗食材公开比选，采购与验收分离。"),
                ("食堂结余挪作教职工福利", "制度机制", "中", "食堂结余全部用于改善学生伙食，审计每年一次。"),
            ]),
            ("食堂管理员", "沃滢洵", "general", [
                ("食材验收缺斤少两照单签收", "岗位职责", "中", "验收称重拍照，双人签字，家长代表随机参与。"),
                ("学生就餐人数虚报，套取餐费", "业务流程", "高", "就餐人数刷卡统计，每月与学籍人数比对。"),
            ]),
            ("报账员", "酆岑沂", "general", [
                ("餐费收入不及时入账", "岗位职责", "低", "餐费统一缴入学校账户，日清月结。"),
            ]),
        ]),
        ("三、政教处", "政教处", [
            ("政教主任", "蒯泠萱", "middle", [
                ("贫困寄宿生生活补助评定不公", "思想道德", "中", "补助对象班级评议、学校审核、公示五天。"),
            ]),
        ]),
        ("四、教务处", "教务处", [
            ("教务主任", "桓澍雯", "middle", [
                ("在目录外组织征订教辅资料", "制度机制", "中", "教辅资料按评议目录、学生自愿征订，学校不经手费用。"),
                ("考试成绩、评优数据弄虚作假", "岗位职责", "低", "成绩录入双人核对，评优结果公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "dazhu_miaoba_middle_groups",
        "http://www.senqingzn.com/dy/article/K05H8AOA0514BE2Q.html?f=post2020_dy_recommends",
        "县中学 岗位廉政风险防控一览表, after the source's 乡镇初级中学 校园餐 case (饭堂负责人 套取学生餐费 with a supplier, "
        "the 副校长 who kept the pupils' complaint letters in a drawer, the 校长): ``附件1``, a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施 under GROUP ROWS ``一、学校领导``, ``二、总务处``, ``三、政教处``, ``四、教务处`` merged across (no 处室 column); "
        "岗位 and 姓名 merged per person; a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def dazhu_shihe_primary_cards() -> dict:
    unit = f"{PLACE}石河镇中心小学"
    t = _Truth(unit)
    cards = [
        ("校长", "佴霈岚", "leader", "主持学校全面工作，负责财务审批和收费管理",
         [("默许班级以补课、资料为名向学生收费", "制度机制风险", "★★★", "收费项目一律报批公示，严禁班级自行收费。"),
          ("大额经费支出不经校务会研究", "岗位职责风险", "★★", "大额支出校务会集体研究，会议纪要存档。"),
          ("校舍维修项目指定施工队", "外部环境风险", "★★", "维修项目三家比价，结果公示。")]),
        ("副校长", "汲沨瑶", "leader", "分管教学、课后服务和教辅征订",
         [("课后服务收费扩大范围，变相补课", "业务流程风险", "★★★", "课后服务自愿参加，收费标准报批并公示。"),
          ("以不交资料费取消考试资格相要挟", "思想道德风险", "★★", "签订规范办学承诺书，设立举报电话。")]),
        ("总务主任", "姒蘅琪", "middle", "负责后勤、照相和校服等代办事项",
         [("代办照相、校服时收取商家好处", "外部环境风险", "★★", "代办事项家长自愿，商家公开比选。"),
          ("代收费用不开票据，不及时退还余款", "业务流程风险", "★", "代收费用统一开票，学期末结算退还。")]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "分管工作", None, None)
        sh.add(who, post, duty, None, None)
        r = len(sh.rows) - 2
        sh.merge(r, 2, r, 4)
        sh.merge(r + 1, 2, r + 1, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人签字：", None, "监督电话：0818-6222388", None, None)
        sheets.append(sh)
    return _layout(
        "dazhu_shihe_primary_cards", "http://news.5068.com/yejie/157600.html",
        "镇中心小学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 副校长, 总务主任), after the source's 镇中心小学 where a "
        "班主任 collected 补课费、照相费、资料费 and the 副校长 (主持工作) was disciplined: a title, a LABEL ROW ``姓　名 | 职　务 | "
        "分管工作`` over a row of values (分管工作 merged across C–E), then 序号/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/"
        "防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``; no 科室",
        sheets, t,
    )  # fmt: skip


def dazhu_yangjia_health_selfchecks() -> dict:
    unit = f"{PLACE}杨家镇中心卫生院"
    t = _Truth(unit)
    people = [
        ("贲琰澄", "院领导", "院长", "leader", [
            ("药品配送企业按进货额“惯例”返点", "思想道德", "高风险", "药品全部网上集中采购，配送企业公开遴选，签订廉洁协议。", "已整改"),
            ("村卫生室药品统一配送中指定供应商", "外部环境", "中风险", "村卫生室药品由县级平台统一配送，卫生院不指定。", "已落实"),
        ]),
        ("濮沄蕙", "药房", "药剂员", "general", [
            ("统计医生处方量提供给医药代表", "岗位职责", "高风险", "处方统计权限收归院办，统计数据不得外传。", "未发现问题"),
            ("药品出入库不及时登记，账实不符", "业务流程", "中风险", "出入库每日登记，每月与财务对账。", "已落实"),
        ]),
        ("甯砚澍", "公共卫生科", "科长", "middle", [
            ("公共卫生服务项目虚报服务人次", "制度机制", "高风险", "服务记录电话回访抽查，考核结果公示。", "已整改"),
            ("项目资金分配不按考核结果", "岗位职责", "低风险", "资金分配方案院务会研究，签字确认。", "已落实"),
        ]),
        ("郇黛湲", "收费室", "收费员", "general", [
            ("收取现金不开票据，截留收费", "业务流程", "高风险", "收费一律开票，日清日结，院长每月抽查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", who, f"科{GAP}室", dept, f"岗{GAP}位", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "dazhu_yangjia_health_selfchecks", "http://www.puyouguo.com/yule/201807/211.html",
        "镇中心卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县人民医院 and 卫生院 "
        "whose 院长 took 药品回扣 as a “惯例” (采购 from fixed 供应公司, 巡察, 医药购销账目比对): a title, ``姓　名 | … | 科　室 | "
        "… | 岗　位 | …`` in one row of pairs, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况``; a blank row and ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def dazhu_maternal_two_sheets() -> dict:
    unit = f"{PLACE}妇幼保健院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 8, 18, 36, 13, 8, 32])
    _line(lead, f"{unit}院领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("郤璇霁", "院长", "主持全面工作，分管财务、人事", [
            ("院长负责制下重大事项个人说了算", "制度机制风险", "一级", "落实“三重一大”集体决策，会议纪要存档。"),
            ("离任后仍插手本院采购和人事", "外部环境风险", "二级", "离任交接公开，采购和人事事项按程序集体研究。"),
        ]),
        ("蹇昶沂", "副院长", "分管医疗、保健和后勤", [
            ("后勤服务外包中指定承包单位", "业务流程风险", "一级", "外包项目公开采购，合同经法律顾问审核。"),
            ("接受医疗器械供应商宴请", "思想道德风险", "三级", "严守中央八项规定精神，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    dept = _Sheet("科室", [6, 12, 10, 9, 36, 13, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("产科", "科主任", "禚苒澈", "middle", [
            ("出具不实的出生医学证明", "岗位职责风险", "一级", "出生医学证明证章分管，签发双人核对。"),
            ("分娩镇痛耗材指定品牌", "外部环境风险", "二级", "耗材由装备部门统一采购，科室不得自行采购。"),
        ]),
        ("产科", "助产士", "璩漪淼", "general", [
            ("新生儿出生信息登记不实", "业务流程风险", "二级", "出生信息系统录入，病历与登记逐项核对。"),
        ]),
        ("保健部", "主任", "羿蓁沄", "middle", [
            ("孕产妇、儿童保健项目虚报服务量", "制度机制风险", "二级", "服务记录随机回访，考核结果公示。"),
        ]),
        ("设备科", "科长", "眭瀚峣", "middle", [
            ("彩超等设备采购参数倾向特定品牌", "制度机制风险", "一级", "参数论证专家随机抽取，论证意见存档。"),
            ("设备验收不严，以旧充新", "业务流程风险", "二级", "使用科室、设备科、纪检共同验收。"),
        ]),
        ("财务科", "会计", "殳瑾澂", "general", [
            ("虚列支出，套取保健经费", "岗位职责风险", "一级", "支出凭证三级审核，保健经费专账核算。"),
            ("票据审核把关不严", "思想道德风险", "三级", "报销实行经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "dazhu_maternal_two_sheets", "http://m.jizihe.com/page/2019/0408/4932203.shtml",
        "县妇幼保健院 廉政风险防控表 in two sheets, after the source's 区妇幼保健院 院长 who ran 保健、医疗、财务 and 后勤 alone "
        "for twelve years and kept a hand in it after she left: ``院领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/风险点/风险类别 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, "
        "序号/科室 merged (产科, 保健部, 设备科, 财务科)/岗位 and 姓名 merged per person/…; a 填表人/审核人/院长（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def dazhu_social_insurance_duties() -> dict:
    unit = f"{PLACE}社会保险事业管理中心"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "乜岚澍", "leader", "基金支付审批", "大额基金支付不经集体研究", "Ⅰ级",
         "大额支付中心会议集体研究，支付凭证双签。"),
        ("中心领导", "副主任", "郈泓翊", "leader", "稽核工作", "对冒领线索压案不查、降格处理", "Ⅰ级",
         "冒领线索登记编号，查处结果集体审定。"),
        ("待遇审核股", "股长", "庾湜菱", "middle", "退休审批", "篡改出生日期、工龄，违规提前退休", "Ⅰ级",
         "档案年龄三级审核，审批结果公示。"),
        ("待遇审核股", "股长", "庾湜菱", "middle", "待遇核定", "虚增视同缴费年限，多核待遇", "Ⅱ级",
         "视同缴费年限凭原始档案认定，复核留痕。"),
        ("待遇审核股", "审核员", "苌沂澂", "general", "资格认证", "领取资格认证走过场，死亡人员继续发放", "Ⅱ级",
         "每月与公安、民政死亡数据比对，异常暂停发放。"),
        ("稽核股", "股长", "蒉霖昭", "middle", "追回冒领", "冒领待遇追回不力，私下减免", "Ⅱ级",
         "追回台账逐笔销号，减免一律集体研究。"),
        ("稽核股", "稽核员", "斛砚岑", "general", "参保稽核", "稽核中接受参保单位宴请，瞒报漏缴", "Ⅲ级",
         "稽核两人以上，稽核结果告知并存档。"),
        ("基金财务股", "会计", "隽沛瑜", "general", "基金拨付", "待遇发放数据被篡改，资金转入他人账户", "Ⅰ级",
         "发放数据系统比对，银行代发回盘核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "主任：", None, None)
    return _layout(
        "dazhu_social_insurance_duties", "http://www.ftimes.info/newlist/76194_1528444717.htm",
        "县社会保险事业管理中心 廉政风险防控责任清单, after the source's 养老金冒领 found by matching 社保 records with the 公安 "
        "人口注销 data (待遇领取资格认证, 稽核, 追回): ``附件2``, a title, 序号/股室 merged (中心领导, 待遇审核股, 稽核股, "
        "基金财务股)/岗位 and 责任人 merged per person/``职责事项``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type "
        "column; a blank row and a 填报人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def dazhu_funeral_home_posts() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("排查表", [6, 11, 11, 18, 38, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lead = "馆领导"
    rows = [
        (lead, "馆长", "leader", "殡葬用品进馆", "骨灰盒、寿衣等用品进馆收取供应商按件返点", "外部环境风险", "一级风险",
         "殡葬用品公开遴选供应商，进馆价格公示。"),
        (lead, "馆长", "leader", "国有资产处置", "虚列支出，私分服务收入", "制度机制风险", "一级风险", "收支纳入预算管理，每年接受审计。"),
        (lead, "副馆长", "leader", "收费标准执行", "擅自提高收费标准，捆绑收费", "岗位职责风险", "二级风险",
         "收费项目和标准在服务大厅公示，明码标价。"),
        ("业务科", "科长", "middle", "惠民殡葬补贴", "补贴对象审核不严，虚报冒领", "业务流程风险", "二级风险",
         "补贴对象凭户籍、死亡证明审核，每月公示。"),
        ("业务科", "业务员", "general", "殡仪服务洽谈", "向丧属推销高价用品，收取提成", "思想道德风险", "二级风险",
         "服务项目由丧属自选，签字确认。"),
        ("业务科", "遗体接运员", "general", "遗体接运", "接运中向丧属索要红包", "思想道德风险", "三级风险", "接运费用统一结算，设立监督电话。"),
        ("火化车间", "主任", "middle", "火化排序", "收受好处调整火化顺序", "岗位职责风险", "三级风险", "火化顺序按登记先后，系统排号。"),
        ("火化车间", "火化工", "general", "骨灰寄存", "骨灰寄存收费不开票据", "业务流程风险", "三级风险",
         "寄存收费统一到财务开票，台账每月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("制表：馆办公室", None, None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "dazhu_funeral_home_posts", "https://www.hijnu.com/post/4306.html",
        "县殡仪馆 廉政风险点排查表 对岗不对人, after the source's essay on a 事业单位's 殡葬管理 (遗体接运, 冷藏, 火化, 骨灰寄存, "
        "惠民殡葬补贴, 收费公示): a title, then 序号/部门 merged (馆领导, 业务科, 火化车间)/岗位 merged per post/a short 风险点/"
        "a long 风险表现/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names; a ``制表：馆办公室 | "
        "审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def dazhu_kindergarten_every_row() -> dict:
    unit = f"{PLACE}实验幼儿园"
    sh = _Sheet("防控表", [6, 10, 11, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("园领导", "园长", "昝祎滢", "leader", "保教费与代办费合并收取，开具一张收据", "制度机制", "Ⅰ",
         "保教费和代办费分开收取、分别开票，代办费一事一结。"),
        ("园领导", "园长", "昝祎滢", "leader", "园服、生活用品代购中收取商家好处", "外部环境", "Ⅰ", "代购家长自愿，商家公开比选并公示。"),
        ("园领导", "副园长", "檀沐岫", "leader", "开设留园班、兴趣班变相收费", "岗位职责", "Ⅱ", "延时服务收费报批，书面公示后执行。"),
        ("保教办", "主任", "嵇芮湉", "middle", "学具教材费超标准收取", "业务流程", "Ⅱ", "学具教材按学期结算，多退少补并公示。"),
        ("保教办", "保育员", "綦沄翙", "general", "私下向家长收取照相、活动费用", "思想道德", "Ⅲ", "严禁教职工私自收费，设举报电话。"),
        ("后勤办", "主任", "揭霂洲", "middle", "食材采购与供应商串通抬价", "外部环境", "Ⅰ", "食材公开比选，价格每周公示。"),
        ("后勤办", "保管员", "衡芊澍", "general", "伙食费结余不公示，克扣幼儿伙食", "业务流程", "Ⅱ", "伙食费单独核算，每月公布收支和菜谱。"),
        ("财务室", "出纳", "植绮岚", "general", "收取现金不入账，公款私存", "岗位职责", "Ⅱ", "收费一律进入学校账户，日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "园长（签字）：", None, None)
    return _layout(
        "dazhu_kindergarten_every_row", "http://qz.fjsen.com/2015-05/13/content_16075905_2.htm",
        "县幼儿园 岗位廉政风险防控表, after the source's 幼儿园 that took 保教费 and 代办费 on one receipt (园服, 留园班, 伙食费, "
        "学具教材费, 生活用品费, 物价局): a title, then 序号/部门/岗位/姓名 written on EVERY row (no merges; 园领导, 保教办, "
        "后勤办, 财务室)/风险点/风险类别 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades "
        "and a 填表人/审核人/园长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dazhu_people_hospital_split_header(),
    dazhu_miaoba_middle_groups(),
    dazhu_shihe_primary_cards(),
    dazhu_yangjia_health_selfchecks(),
    dazhu_maternal_two_sheets(),
    dazhu_social_insurance_duties(),
    dazhu_funeral_home_posts(),
    dazhu_kindergarten_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch299-inbox"))
