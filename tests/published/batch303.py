"""The three-hundred-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools,
hospitals and 公共服务 bodies, 武胜县 (a county of 广安 on the 嘉陵江, its staff Han) — its 烈面中学,
its 飞龙镇中心小学, its 机关幼儿园, its 人民医院, its 疾病预防控制中心, its 医疗保障事务中心, its
社会福利院 and its 中医医院 — each handing back the 一览表, 防控卡, 自查表, 清单, 排查表 or 防控表 its
staff typed in WPS or Excel:

- the 烈面中学's 一览表 under GROUP ROWS ``一、校级领导`` … ``四、教务处`` merged across (no 处室 column):
  ``姓名`` BEFORE ``职务``, both merged per person, ``…风险`` types, ``高风险/中风险/低风险``, a
  ``制表人： | 审核人： | 校长：`` line;
- the 人民医院's 领导干部廉政风险防控卡, one sheet a holder (tabs 院长, 副院长, 设备科科长): ``姓　名 | … |
  职　务 | …`` and ``所在科室 | … | 分管工作 | …`` (the 分管工作 merged across) above ``序号 | 风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字：
  | … | 监督电话：…``;
- the 疾病预防控制中心's 自查表, one sheet a person (tabs named by the person): a merged ``单位：…
  自查时间：…`` line, ``姓　名 | … | 科　室 | …`` and ``岗　位 | … | 填表日期 | …`` in two rows of pairs,
  then ``序号 | 岗位职责 | 风险点 | 风险等级 | 防控措施 | 自查情况``, ``一级/二级/三级``, no type
  column, ``本人签字： | … | 科室负责人签字：``;
- the 医疗保障事务中心's 责任清单 under ``附件3``: ``股室`` merged, ``岗位`` and ``责任人`` merged per
  person, ``廉政风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, the measures, an ``编制： | 审核： | 2025年6月``
  line;
- the 社会福利院's 排查表 对岗不对人: NO 科室 column, ``岗位`` merged per post, a short ``风险点`` beside a
  long ``主要表现``, ``一级风险/二级风险/三级风险``, no type column, no names; a 制表/审核/date line;
- the 机关幼儿园's file in two sheets: ``园领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column;
- the 飞龙镇中心小学's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line, ``处室 | 岗位 |
  责任人`` written on EVERY row (no merges), short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``wusheng_tcm_hospital_points_across``: the 中医医院's 科室岗位廉政风险点一览表 laid out ONE ROW A
  POST: ``序号 | 科室 | 岗位 | 姓名 | 风险点一 | 风险点二 | 风险点三 | 防控措施``, ``科室`` merged down its
  posts, each post (with its holder) on ONE row, and its points spread ACROSS THREE NUMBERED POINT
  COLUMNS ``风险点一``, ``风险点二``, ``风险点三``, one point a cell. There is NO LEVEL COLUMN: each point
  cell ENDS WITH ITS OWN LEVEL IN FULL-WIDTH BRACKETS — ``药品、耗材遴选时打招呼，默许药房托管企业按进货额
  返点（高）`` — and a post with fewer than three points writes ``/`` in the unused cells (one post has
  one point, four have two, three have three). The one ``防控措施`` cell of a row numbers the measures for
  all its points (``1.…⏎2.…⏎3.…``). A title and a merged ``填报单位（盖章）：…　填报时间：…`` line stand
  above, a merged ``注：各风险点后括号内为风险等级（高、中、低）。`` line and a
  填表人/审核人/院长（签字） line below. The README's 读得懂的表 knows several points in one row each
  FOLLOWED BY ITS OWN LEVEL COLUMN (``风险点1 | 风险等级 | 风险点2 | 风险等级``), a table turned on its side
  whose label column alternates ``风险点一 | 风险等级`` (batch 287), a level in brackets at the end of the
  point in ONE risk column (``风险点及等级``, ``违规审批（高）``, batch 294), and ``廉政风险点`` merged over
  stage or post columns with the level in a column of the row; it does not describe SEVERAL NUMBERED
  POINT COLUMNS WITH NO LEVEL COLUMN ANYWHERE, where each point cell carries its own level in
  brackets (so the three points of one row have three different levels), ``/`` fills a slot, and
  one measures cell serves all the points of the row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市中医院 院长 who took a 红包 for
a CT机 and a 卫生局 纪委书记 who wrote a 医药公司's terms into the 药房托管 招标 — 评分标准, 中标,
“药房托管”, 医疗系统 窝串案; a 医院一把手 who ran his hospital as an “独立王国” — 重大工程建设,
医疗器械、药品和医用耗材的采购, “他不点头，谁都别想插手”; a 实验高中 whose 食堂, built and run by
民间资本, was stormed by its pupils — 校长 撤职, 副校长 记过, 膳食委员会 of teachers, pupils and parents,
食堂巡查, 餐饮服务许可; a 市疾控系统 疫苗 窝案 — 分管疫苗采购的副主任, 免疫规划 股长, 财务人员, 供应商
组织的旅游, 主动要求提高疫苗报价; a 医保 专项治理 — 过度诊疗, 重复收费, 分解住院, 串换医保药品,
“回流药”, 虚假就医, 解除服务协议; a 镇敬老院 whose 院长 and the 民政所所长 kept the 寄养费 of
social boarders in a private account — 五保资金, 安老计划, 招待费 菜单, 会计, 私分公款; a 幼儿园 that
charged 体能费、资料费、监控费 and sold photographs; a 民办学校 whose 餐厅 and 周末补课费 were looked into
and its 校长 suspended) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 武胜县.

Run ``python tests/published/score.py --set batch303`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each of the three ``风险点一/二/三`` cells of a row is a point of the row's post
  and holder (科室 ``科室``, post ``岗位``, holder ``姓名``); the point is the cell's text WITHOUT the
  bracketed level at its end, and its level is that bracket's word (高/中/低 → 1/2/3); ``/`` is no
  point; the ``防控措施`` cell is no point, nor is the ``注：`` line; the table has no type column;
- ``校级领导``, ``院领导``, ``中心领导``, ``园领导`` and ``学校领导`` (a group row, a card's 所在科室, a 股室 or
  处室 cell, the sheet ``园领导``) are the 科室 of those leaders; a school's 处 and 室, a 幼儿园's 部 and
  室, the 小学's 少先队, a hospital's 科 and 室, a 疾控中心's 科 and a 医保中心's 股 are 科室; the 人民医院's
  card for the tab ``设备科科长`` names the post ``科长`` (its ``职　务``) and the 科室 ``设备科`` (its ``所在科室``); a group row ``二、后勤处``
  gives the 科室 ``后勤处`` (its number left off); the 社会福利院 writes no 科室: its forms have none;
- every school, 幼儿园, hospital, 中心 and 福利院 here is a unit of its own: 校长, 副校长, 园长, 副园长,
  院长, 副院长, a 中心's 主任 and 副主任 are leaders; 处 and 部 主任, 教导主任, 总务主任, 科主任, 科长,
  护士长, 股长 middle; the rest (食堂管理员, 出纳, 会计, 报账员, 保育员, 保管员, 药库管理员, 采购员,
  收费员, 疫苗管理员, 检验员, 审核员, 稽核员, 护理员, 炊事员, 大队辅导员) general;
- ``风险点 | 主要表现``: the point is the short 风险点; ``分管工作``, ``岗位职责`` and ``自查情况`` are no
  points and name no holder; the 社会福利院's list names no person: its forms are posts (对岗不对人);
- ``高风险/中风险/低风险``, ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``,
  ``高/中/低``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 小学's note) and the bracketed ``（高）/（中）/（低）`` are 1/2/3.

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

PREFIX = "b303_"
PLACE = "武胜县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
NONE = "/"


# --------------------------------------------------------------------------- harder layout

ACROSS_HEAD = ("序号", "科室", "岗位", "姓名", "风险点一", "风险点二", "风险点三", "防控措施")
ACROSS_NOTE = "注：各风险点后括号内为风险等级（高、中、低）。"

# (科室, [(岗位, 姓名, tier, [(风险点, 等级)], [防控措施])])
TCM = [
    ("院领导", [
        ("院长", "鄢翊澂", "leader",
         [("药品、耗材遴选时打招呼，默许药房托管企业按进货额返点", "高"),
          ("CT、彩超等大型设备采购中收受供应商“感谢费”", "高"),
          ("干部选拔和绩效分配个人说了算", "中")],
         ["新药、新耗材进院经药事管理委员会集体评审", "大型设备采购进入公共资源交易平台",
          "干部任用、绩效方案经院党委会研究"]),
        ("副院长", "仉沐峤", "leader",
         [("药房托管招标中将特定企业的条件写入评分标准", "高"),
          ("分管的基建维修项目化整为零、指定施工单位", "中")],
         ["招标文件经法律顾问和纪检审核", "维修项目按限额公开比选，结果公示"]),
    ]),
    ("药剂科", [
        ("科主任", "笪岚珂", "middle",
         [("向医药代表提供医生的处方量和用药量", "高"),
          ("中药饮片验收降低标准，以次充好", "中"),
          ("临时采购药品不履行审批", "低")],
         ["处方统计权限收归信息科，查询留痕", "饮片验收双人进行，留样备查",
          "临时采购须经分管院长审批"]),
        ("药库管理员", "雒霁川", "general",
         [("药品出入库不及时登记，账实不符", "中")],
         ["出入库每日登记，每月与财务对账"]),
    ]),
    ("设备科", [
        ("科长", "逄溆宁", "middle",
         [("设备论证中设置倾向性技术参数", "高"),
          ("设备验收走过场，默许以旧充新", "中")],
         ["参数论证专家随机抽取", "使用科室、设备科、纪检共同验收"]),
        ("采购员", "麴芷岑", "general",
         [("耗材询价走过场，与供应商私下接触", "中"),
          ("零星采购虚开发票报账", "低")],
         ["询价不少于三家，记录存档", "零星采购发票经科长审核签字"]),
    ]),
    ("针灸推拿科", [
        ("科主任", "亓钰澄", "middle",
         [("诱导患者做不必要的理疗、针灸项目", "中"),
          ("默许科室人员多记、串换医保收费项目", "高"),
          ("接受器械推销人员宴请", "低")],
         ["治疗项目开具前告知患者并签字", "医保收费项目每月自查", "签订拒收红包承诺书"]),
    ]),
    ("财务科", [
        ("收费员", "禤桉宁", "general",
         [("收取现金不开票据，截留收费", "高"),
          ("退费不按规定审核，虚构退费", "中")],
         ["收费一律开具票据，日清日结", "退费凭科室证明和审批单办理，每周核对"]),
    ]),
]  # fmt: skip


def bracketed(point: str, level: str) -> str:
    """A point cell of the harder file: the point, then its level in full-width brackets."""
    return f"{point}（{level}）"


def wusheng_tcm_hospital_points_across() -> dict:
    unit = f"{PLACE}中医医院"
    ncols = len(ACROSS_HEAD)
    sh = _Sheet("一览表", [6, 11, 10, 9, 30, 30, 30, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}科室岗位廉政风险点一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    sh.add(*ACROSS_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, posts in TCM:
        for post, who, tier, points, measures in posts:
            n += 1
            cells = [bracketed(p, lv) for p, lv in points]
            cells += [NONE] * (3 - len(cells))
            text = "\n".join(f"{i}.{m}。" for i, m in enumerate(measures, 1))
            sh.add(n, dept, post, who, *cells, text)
            for point, lv in points:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, ACROSS_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, None, "院长（签字）：", None)
    return _layout(
        "wusheng_tcm_hospital_points_across", "http://www.taizhou.com.cn/zhuanti/2014-01/14/content_6029326.htm",
        "(harder) 县中医医院 科室岗位廉政风险点一览表, after the source's 市中医院 院长 who took a 红包 for a CT机 and the 药房托管 "
        "招标 written for one 医药公司: ONE ROW A POST (序号/科室 merged/岗位/姓名), its points spread across THREE numbered "
        "columns ``风险点一 | 风险点二 | 风险点三`` with NO level column, each point cell ending with its own level in brackets "
        "``…（高）``, ``/`` in unused cells, one numbered 防控措施 cell a row; no type column; a title and a merged "
        "``填报单位（盖章）：…　填报时间：2025年6月`` line above, a merged ``注：各风险点后括号内为风险等级（高、中、低）。`` line "
        "and a 填表人/审核人/院长（签字） line below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wusheng_liemian_middle_groups() -> dict:
    unit = f"{PLACE}烈面中学"
    sh = _Sheet("一览表", [6, 9, 11, 38, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "姓名", "职务", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、校级领导", "校级领导", [
            ("靳樾岚", "校长", "leader", [
                ("食堂引进社会资本建设经营，合作方由个人拍板", "制度机制风险", "高风险",
                 "食堂建设经营方式经校务会和教代会研究，报教育局审批。"),
                ("对学生反映伙食问题不过问、不整改", "岗位职责风险", "中风险", "校长每周陪餐，意见箱每周开启并回复。"),
            ]),
            ("栾漪沨", "副校长", "leader", [
                ("分管后勤时默许食堂经营方抬高饭菜价格", "思想道德风险", "高风险", "饭菜价格报物价部门备案，每周公示。"),
                ("食堂巡查走过场，隐患不督促整改", "业务流程风险", "低风险", "巡查记录存档，问题限期整改销号。"),
            ]),
        ]),
        ("二、后勤处", "后勤处", [
            ("扈澍珩", "主任", "middle", [
                ("大宗食材采购指定供应商，收受好处", "外部环境风险", "高风险", "大宗食材公开招标，采购与验收分离。"),
                ("食堂承包费收取不入账", "制度机制风险", "中风险", "承包费统一缴入学校账户，审计每年一次。"),
            ]),
            ("芮沄翾", "食堂管理员", "general", [
                ("食材验收缺斤少两，照单签收", "岗位职责风险", "中风险", "验收称重拍照，膳食委员会代表随机参与。"),
                ("虚报就餐人数，多报伙食补助", "业务流程风险", "高风险", "就餐刷卡统计，每月与学籍人数比对。"),
            ]),
            ("蓟晗湄", "出纳", "general", [
                ("收取餐费、住宿费不及时入账", "岗位职责风险", "低风险", "收费统一开票，日清月结。"),
            ]),
        ]),
        ("三、德育处", "德育处", [
            ("邝泓瑾", "主任", "middle", [
                ("贫困寄宿生生活补助评定不公", "思想道德风险", "中风险", "补助对象班级评议、学校审核、公示五天。"),
            ]),
        ]),
        ("四、教务处", "教务处", [
            ("莘岱樾", "主任", "middle", [
                ("组织学生周末补课并收取费用", "制度机制风险", "中风险", "严禁有偿补课，举报电话公开。"),
                ("教辅资料征订中收取书商回扣", "外部环境风险", "高风险", "教辅资料学生自愿征订，学校不经手费用。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for who, post, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, who, post, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "校长：", None, None)
    return _layout(
        "wusheng_liemian_middle_groups",
        "http://wap.uuhomepage.com/StaticWapPages/20150714/20150714162956341.html",
        "县中学 岗位廉政风险防控一览表, after the source's 实验高中 whose 食堂 (built and run by 民间资本) was stormed by its pupils "
        "(校长 撤职, 副校长 记过, 膳食委员会, 食堂巡查): a title, then 序号/姓名/职务 (姓名 BEFORE 职务, both merged per person)/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS ``一、校级领导``, ``二、后勤处``, "
        "``三、德育处``, ``四、教务处`` merged across (no 处室 column); a 制表人/审核人/校长 line",
        [sh], t,
    )  # fmt: skip


def wusheng_people_hospital_cards() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    cards = [
        ("院长", "仝灏屿", "院领导", "leader", "主持全面工作，分管人事、财务和基建", [
            ("重大工程建设和大宗采购个人说了算", "制度机制风险", "★★★", "落实“三重一大”集体决策，会议纪要存档。"),
            ("插手医疗器械、药品和耗材供应商选定", "岗位职责风险", "★★★", "采购全部进入公共资源交易平台，院长不参与具体品种。"),
            ("亲属经商与本院发生业务往来", "思想道德风险", "★★", "个人有关事项如实报告，亲属业务主动回避。"),
        ]),
        ("副院长", "钮霁岚", "院领导", "leader", "分管医疗、医保和设备", [
            ("默许科室挂床住院、分解住院", "业务流程风险", "★★", "在院病人床头核查，医保数据每月通报。"),
            ("设备招标中向投标人透露评标信息", "外部环境风险", "★★★", "评标专家随机抽取，评标过程全程录像。"),
        ]),
        ("设备科科长", "糜澈岑", "设备科", "middle", "负责医疗设备论证、采购和维修管理", [
            ("设备采购参数量身定制", "岗位职责风险", "★★★", "采购参数经使用科室、设备科和专家共同论证。"),
            ("维修配件虚报数量", "业务流程风险", "★★", "更换配件旧件回收登记，维修费用每季公示。"),
            ("接受设备供应商旅游安排", "思想道德风险", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, work, points in cards:
        post = "科长" if tab.endswith("科长") else tab
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("所在科室", dept, "分管工作", work, None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：0826-6212388", None, None)
        sheets.append(sh)
    return _layout(
        "wusheng_people_hospital_cards", "http://www.easyfang.com/a/2021/1231/tt03204463R019.html",
        "县人民医院 领导干部廉政风险防控卡, one sheet a holder (tabs 院长, 副院长, 设备科科长), after the source's 医院一把手 who ran his "
        "hospital as an “独立王国” (重大工程建设, 医疗器械、药品和医用耗材的采购): a title, ``姓　名 | … | 职　务 | …`` and "
        "``所在科室 | … | 分管工作 | …`` (分管工作 merged across D–E) in two rows of pairs, then 序号/风险点/风险类型 ``…风险``/"
        "风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def wusheng_cdc_selfchecks() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    people = [
        ("戈沛霖", "中心领导", "主任", "leader", "2025年6月9日", [
            ("主持全面工作，审批大额支出", "疫苗和检测试剂采购中接受供应商安排的旅游", "一级",
             "采购全程纪检监督，拒收登记，节前廉洁提醒。", "未发现问题"),
            ("主持全面工作，审批大额支出", "大额资金支出不经中心会议研究", "二级", "大额支出集体研究，会议纪要存档。", "已落实"),
        ]),
        ("闻沄溪", "免疫规划科", "科长", "middle", "2025年6月10日", [
            ("负责二类疫苗计划和分配", "主动要求供应商提高疫苗报价，从中收取回扣", "一级",
             "疫苗全部在省级平台采购，报价不得由科室议定。", "已整改"),
            ("负责二类疫苗计划和分配", "向接种单位分配疫苗时厚此薄彼", "三级", "分配计划按接种数据制定并公示。", "已落实"),
        ]),
        ("麻珺瑶", "免疫规划科", "疫苗管理员", "general", "2025年6月10日", [
            ("负责疫苗出入库和冷链管理", "疫苗出入库不登记，账实不符", "二级", "出入库扫码登记，每月盘点。", "未发现问题"),
            ("负责疫苗出入库和冷链管理", "过期疫苗私自处置", "二级", "过期疫苗登记造册，集中销毁并拍照留存。", "已落实"),
        ]),
        ("计昀翯", "检验科", "检验员", "general", "2025年6月11日", [
            ("负责委托检测和出具报告", "收受委托单位好处，出具不实检测报告", "一级", "检测报告三级审核，原始记录存档。", "未发现问题"),
            ("负责委托检测和出具报告", "检测收费不开票据", "三级", "检测费统一到财务开票。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, date, points in people:
        sh = _Sheet(who, [6, 22, 34, 8, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        _line(sh, f"单位：{unit}{GAP * 8}自查时间：2025年6月", 6)
        sh.add(f"姓{GAP}名", who, f"科{GAP}室", dept, None, None)
        sh.add(f"岗{GAP}位", post, "填表日期", date, None, None)
        sh.add("序号", "岗位职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        for i, (duty, point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, duty, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("本人签字：", None, None, "科室负责人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "wusheng_cdc_selfchecks", "http://855696.cn/newshow.asp?id=6046",
        "县疾病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市疾控系统 疫苗 "
        "窝案 (分管疫苗采购的副主任, 免疫规划 股长, 财务人员, 供应商组织的旅游, 主动要求提高疫苗报价): a title, a merged ``单位：…　"
        "自查时间：2025年6月`` line, ``姓　名 | … | 科　室 | …`` and ``岗　位 | … | 填表日期 | …`` in two rows of pairs, then "
        "序号/岗位职责 (merged)/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column; a blank row and "
        "``本人签字： | 科室负责人签字：``",
        sheets, t,
    )  # fmt: skip


def wusheng_medical_insurance_duties() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 36, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "养昭珩", "leader", "对定点医药机构违规问题查处打招呼、降格处理", "思想道德", "Ⅰ级",
         "查处结果集体审定，说情打招呼登记报告。"),
        ("中心领导", "副主任", "鞠漪澜", "leader", "服务协议签订和解除不按考核结果", "制度机制", "Ⅱ级",
         "协议管理考核结果公示，解除协议集体研究。"),
        ("稽核股", "股长", "须霈然", "middle", "对过度诊疗、分解住院线索压案不查", "岗位职责", "Ⅰ级", "线索登记编号，办理情况每月通报。"),
        ("稽核股", "股长", "须霈然", "middle", "现场检查前泄露检查安排", "业务流程", "Ⅱ级", "检查对象随机抽取，检查当日告知。"),
        ("稽核股", "稽核员", "丰芷沅", "general", "接受定点药店宴请，对串换药品、“回流药”不查处", "外部环境", "Ⅱ级",
         "检查两人以上，检查记录当场签字。"),
        ("待遇审核股", "审核员", "蓬昕妤", "general", "对虚假就医、重复收费的单据审核放行", "岗位职责", "Ⅰ级",
         "单据智能审核加人工复核，异常单据逐笔核查。"),
        ("待遇审核股", "审核员", "蓬昕妤", "general", "异地就医报销材料把关不严", "业务流程", "Ⅲ级", "报销材料清单化审核，复核留痕。"),
        ("基金财务股", "会计", "扶瑾萱", "general", "医保基金拨付不按审核结果，提前或超额拨付", "制度机制", "Ⅰ级",
         "拨付凭证双签，银行回单每日核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "wusheng_medical_insurance_duties", "https://www.icbw.com.cn/forum.php?action=printable&mod=viewthread&tid=208493",
        "县医疗保障事务中心 廉政风险防控责任清单, after the source's 医保 专项治理 (过度诊疗, 重复收费, 分解住院, 串换医保药品, "
        "“回流药”, 虚假就医, 解除服务协议): ``附件3``, a title, 序号/股室 merged (中心领导, 稽核股, 待遇审核股, 基金财务股)/"
        "岗位 and 责任人 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; an "
        "``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def wusheng_welfare_home_posts() -> dict:
    unit = f"{PLACE}社会福利院"
    sh = _Sheet("排查表", [6, 12, 20, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 6)
    sh.add("序号", "岗位", "风险点", "主要表现", "风险等级", "防控措施")
    rows = [
        ("院长", "leader", "寄养费收取", "社会寄养老人的寄养费存入私人账户，不入单位账", "一级风险",
         "寄养费统一缴入单位账户，收费票据连号使用。"),
        ("院长", "leader", "公务接待", "以接待为名虚开餐费，套取资金", "二级风险", "接待事前审批，清单和菜单存档。"),
        ("副院长", "leader", "特困供养资金使用", "虚报供养人数，截留供养资金", "一级风险", "供养人员名册与民政系统每月比对。"),
        ("副院长", "leader", "物资采购", "生活物资采购不比价，指定供货商", "二级风险", "物资采购三家比价，结果公示。"),
        ("会计", "general", "账务处理", "设立账外账，私分结余资金", "一级风险", "收支全部纳入单位账，每年接受审计。"),
        ("出纳", "general", "现金管理", "收取现金不开票据，坐支现金", "二级风险", "现金日清日结，定期盘点。"),
        ("护理员", "general", "护理服务", "向老人家属索要财物", "三级风险", "护理服务标准公示，设立意见箱。"),
        ("炊事员", "general", "伙食管理", "克扣老人伙食，食材以次充好", "三级风险", "伙食账目每月公布，老人代表参与验收。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("制表：院办公室", None, "审核：", None, "2025年6月", None)
    return _layout(
        "wusheng_welfare_home_posts", "http://xaxcqf.gov.cn/articleinfo/4084.html",
        "县社会福利院 廉政风险点排查表 对岗不对人, after the source's 镇敬老院 whose 院长 and the 民政所所长 kept the 寄养费 of social "
        "boarders in a private account (五保资金, 安老计划, 招待费, 会计, 私分): a title, then 序号/岗位 merged per post (NO 科室 "
        "column)/a short 风险点/a long 主要表现/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no type column, no names; a "
        "``制表：院办公室 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def wusheng_kindergarten_two_sheets() -> dict:
    unit = f"{PLACE}机关幼儿园"
    t = _Truth(unit)
    lead = _Sheet("园领导", [6, 9, 8, 20, 36, 8, 32])
    _line(lead, f"{unit}园领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("冼黛芃", "园长", "主持全面工作，分管财务和收费", [
            ("在保教费之外另收体能费、资料费、监控费", "高", "收费项目一律报批并公示，严禁自立项目。"),
            ("园舍维修项目指定施工队", "中", "维修项目三家比价，园务会研究。"),
        ]),
        ("邸沁妍", "副园长", "分管保教和家园共育", [
            ("引入照相馆给幼儿照相，选照片收费", "中", "代办事项家长自愿，商家公开比选。"),
            ("兴趣班变相收费", "高", "延时服务收费报批，书面告知家长。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    dept = _Sheet("部门", [6, 10, 10, 9, 36, 8, 32])
    _line(dept, f"{unit}部门岗位廉政风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("保教部", "主任", "阚筱沅", "middle", [
            ("教玩具、资料征订中收取商家回扣", "中", "教玩具统一采购，资料不向家长推销。"),
        ]),
        ("保教部", "保育员", "郜芊羽", "general", [
            ("私下向家长收取活动费用", "低", "严禁教职工私自收费，设举报电话。"),
            ("接受家长礼品礼金", "低", "签订拒收礼品承诺书。"),
        ]),
        ("后勤部", "主任", "敖沐芸", "middle", [
            ("食材采购与供应商串通抬价", "高", "食材公开比选，价格每周公示。"),
        ]),
        ("后勤部", "保管员", "冀璟瑶", "general", [
            ("伙食费结余不公示，克扣幼儿伙食", "中", "伙食费单独核算，每月公布收支和食谱。"),
        ]),
        ("财务室", "出纳", "隆若溪", "general", [
            ("收取现金不入账，公款私存", "高", "收费一律进入单位账户，日清月结。"),
            ("代收费用不及时结算退还", "低", "代收费用学期末结算，余款退还家长。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "园长（签字）：", None)
    return _layout(
        "wusheng_kindergarten_two_sheets", "http://czwb.bohaitoday.com/pc/content/202105/10/content_21617.html",
        "县机关幼儿园 廉政风险防控表 in two sheets, after the source's 幼儿园 that charged 体能费、资料费、监控费 and sold photographs: "
        "``园领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级 高/中/低/防控措施; a 填表人/审核人/date "
        "line) and ``部门`` (a title, 序号/部门 merged (保教部, 后勤部, 财务室)/岗位 and 姓名 merged per person/…; a "
        "填表人/审核人/园长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def wusheng_feilong_primary_every_row() -> dict:
    unit = f"{PLACE}飞龙镇中心小学"
    sh = _Sheet("一览表", [6, 10, 11, 9, 38, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "瞿霂宸", "leader", "默许外包餐厅降低饭菜质量、抬高价格", "制度机制", "Ⅰ",
         "餐厅经营合同经校务会研究，饭菜价格和质量每周公示。"),
        ("学校领导", "校长", "瞿霂宸", "leader", "大额经费支出个人审批", "岗位职责", "Ⅱ", "大额支出校务会集体研究。"),
        ("学校领导", "副校长", "昌澜舒", "leader", "组织学生周末补课并收取费用", "思想道德", "Ⅰ", "严禁有偿补课，公布举报电话。"),
        ("总务处", "总务主任", "勾沁苒", "middle", "校舍维修工程指定施工队", "外部环境", "Ⅰ", "维修项目三家比价，结果公示。"),
        ("总务处", "报账员", "蔺昕瑶", "general", "报账票据审核不严，虚列支出", "业务流程", "Ⅱ", "报销实行经办、审核、审批三签。"),
        ("教导处", "教导主任", "巩念岑", "middle", "教辅资料征订收取回扣", "外部环境", "Ⅱ", "教辅资料学生自愿征订，学校不经手费用。"),
        ("教导处", "教导主任", "巩念岑", "middle", "评优评先推荐不公", "思想道德", "Ⅲ", "评优条件和结果公示。"),
        ("少先队", "大队辅导员", "钭蕴禾", "general", "活动经费报销虚开发票", "业务流程", "Ⅲ", "活动经费预算公开，报销凭证逐项核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "wusheng_feilong_primary_every_row", "https://kan.china.com/article/1893893.html",
        "镇中心小学 岗位廉政风险防控一览表, after the source's 民办学校 whose 餐厅 and 周末补课费 were looked into and its 校长 suspended: "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/处室/岗位/责任人 written on EVERY "
        "row (no merges; 学校领导, 总务处, 教导处, 少先队)/风险点/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged "
        "``注：`` line on the grades and a 填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wusheng_tcm_hospital_points_across(),
    wusheng_liemian_middle_groups(),
    wusheng_people_hospital_cards(),
    wusheng_cdc_selfchecks(),
    wusheng_medical_insurance_duties(),
    wusheng_welfare_home_posts(),
    wusheng_kindergarten_two_sheets(),
    wusheng_feilong_primary_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch303-inbox"))
