"""The three-hundred-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's schools,
hospitals and 公共服务 bodies, 绵竹市 (a county-level city of 德阳 at the foot of the 龙门山, its
staff Han) — its 南轩中学, its 孝德镇中心小学, its 土门镇初级中学, its 实验幼儿园, its 遵道镇敬老院, its
疾病预防控制中心, its 中医医院 and its 人民医院 — each handing back the 一览表, 自查表, 责任清单, 防控表,
排查表, 防控卡 or 防控表 its staff typed in WPS or Excel:

- the 南轩中学's 一览表 under GROUP ROWS ``一、校级领导`` … ``四、教务处`` merged across (no 处室 column):
  ``岗位`` and ``姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``, a
  ``制表人： | 审核人： | 校长（签字）：`` line;
- the 孝德镇中心小学's 自查表, one sheet a person (tabs named by the post): ``单　位 | … | 处　室 | …``
  and ``姓　名 | … | 岗　位 | …`` in two rows of pairs above ``序号 | 廉政风险点 | 风险等级 | 防控措施 |
  自查情况``, ``高风险/中风险/低风险``, no type column, ``自查人（签名）： | … | 校长审核：``;
- the 土门镇初级中学's 责任清单 under ``附件2``: ``处室`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, an ``编制： | 审核： |
  2025年6月`` line;
- the 实验幼儿园's file in two sheets: ``园领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``, no
  type column;
- the 遵道镇敬老院's 排查表 对岗不对人: NO 科室 column, ``岗位`` merged per post, a ``工作环节`` before
  the ``廉政风险点``, 高/中/低, no type column, no names; a 制表/审核/date line;
- the 疾病预防控制中心's 防控卡, one sheet a holder (tabs 主任, 副主任, 免疫规划科科长): ``持卡人 | … |
  职　务 | … | 所在科室 | …`` in ONE row of three pairs and a merged ``岗位职责`` line above ``序号 |
  风险点 | 风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line,
  ``持卡人签字： | … | 监督电话：…``;
- the 中医医院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged,
  ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, short types,
  bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``mianzhu_people_hospital_post_codes``: the 人民医院's 重点岗位廉政风险防控表 made as TWO TABLES ON
  ONE SHEET JOINED BY A POST CODE. Under the title and a merged ``填报单位（盖章）：…　填报时间：…`` line,
  a caption row ``一、重点岗位及人员`` opens the FIRST table, ``岗位编号 | 科室 | 岗位 | 姓名 | 主要职责``
  (主要职责 merged over E–G), one row a post, its code ``GW-01`` … ``GW-08`` written in column A. A
  blank row and a caption row ``二、廉政风险点及防控措施`` open the SECOND table, ``序号 | 岗位编号 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (防控措施 merged over F–G), one row a point, whose ONLY
  link to a post is its ``岗位编号`` (written on every row, no merge): the second table has NO 科室,
  岗位 or 姓名 column. A merged ``注：岗位编号与第一部分对应；…`` line and a 填表人/审核人/院长（签字） line
  follow. The README's 读得懂的表 knows a post list ABOVE the table in ONE ROW OF PAIRS (``村文书 |
  戴晓军 | 村报账员 | 史红霞``) matched by the post's NAME, a 职权编码 resolved through ANOTHER SHEET
  ``职权目录`` (``承办股室 | 承办岗位 | 责任人``), a ``工号`` resolved through another sheet
  ``工号对照表``, a staff list to the RIGHT of the table beyond an empty column matched by 科室 and
  岗位, and another table above the risk table (a 岗位职责表, a 家庭成员表) reported as TABLE_OTHER
  WHOSE NAMES ARE NOT TAKEN; it does not describe a post table standing ABOVE the risk table ON THE
  SAME SHEET, under its own heading, whose 科室, 岗位 and 姓名 reach the points ONLY THROUGH A CODE
  column the two tables share.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市人民医院 that paid 3520万元 for a
直线加速器 worth 1500万元, its 院长 taking 1600万元 of 回扣 against the rest of the 领导班子, its 财务部,
后勤服务部 and 医学装备部 主任 following him — 与供应商称兄道弟, 吃请玩乐, 收受礼品礼金; a 中学 校长 who
with the 总务主任, 总务副主任 and 食堂出纳 drew 学生伙食费 out by 虚开票据 into a 小金库; a 小学 teacher
who as 出纳 held the 社会实践费、校服费、伙食费、教辅用书费 in her own bank card and bought 理财产品
with them; a 农村中学 whose 校长 and 分管财务副校长 kept the 贫困生助学金 off the books; 南京's
幼儿园 that took 赞助费 and ``六一`` 捐赠 from new pupils' parents; a 镇敬老院 院长 who cut the 院民's
伙食费 to 10元 a day and kept the rest; a 省疾控中心 主任 and 副主任 who took 回扣 on 设备 and 疫苗 purchases
after the 免疫规划所 窝案; a 市人民医院 whose two 院长 fell in a 窝案 of 76 people after a kidnapping)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names, three characters each);
every unit is a body of 绵竹市.

Run ``python tests/published/score.py --set batch307`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every point of the second table belongs to the post its ``岗位编号`` names in
  the first table: that row's 科室, 岗位 and 姓名 (one form a code); the codes, the ``主要职责`` cells,
  the caption rows ``一、…``/``二、…``, the ``注：`` line and the sign-off line are no points, and the
  first table (no risk column) holds none;
- ``校级领导``, ``院领导``, ``园领导`` and ``中心领导`` (a group row, a 处室/科室 cell, a card's 所在科室,
  the sheet ``园领导``) are the 科室 of those leaders; a school's 处, a 幼儿园's 部 and 室, a hospital's
  科, 部 and 中心, a 疾控中心's 科 are 科室; a group row ``二、总务处`` gives the 科室 ``总务处`` (its
  number left off); the 敬老院 writes no 科室: its forms have none; the 疾控中心's card on the tab
  ``免疫规划科科长`` names the post ``科长`` (its ``职　务``) and the 科室 ``免疫规划科`` (its ``所在科室``);
- every school, 幼儿园, 敬老院, 中心 and hospital here is a unit of its own: 校长, 副校长, 园长, 副园长,
  院长, 副院长, a 中心's 主任 and 副主任 are leaders; the 主任 of a 处, 部 or 信息中心, 科主任, 科长 middle;
  the rest (食堂出纳, 出纳, 会计, 报账员, 保育员, 保管员, 采购员, 药库管理员, 收费员, 护理员, 炊事员,
  班主任) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``工作环节``, ``分管工作``,
  ``岗位职责``, ``主要职责`` and ``自查情况`` are no points and name no holder; the 敬老院's list names
  no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险``,
  ``高/中/低``, ``★★★/★★/★`` (read by the card's note) and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中医医院's
  note) are 1/2/3.

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

PREFIX = "b307_"
PLACE = "绵竹市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

POST_HEAD = ("岗位编号", "科室", "岗位", "姓名", "主要职责")
POINT_HEAD = ("序号", "岗位编号", "廉政风险点", "风险类型", "风险等级", "防控措施")
POSTS_CAPTION = "一、重点岗位及人员"
POINTS_CAPTION = "二、廉政风险点及防控措施"
CODE_NOTE = "注：岗位编号与第一部分“重点岗位及人员”对应；风险等级分高、中、低三级。"

# (岗位编号, 科室, 岗位, 姓名, tier, 主要职责, [(廉政风险点, 风险类型, 等级, 防控措施)])
CODED = [
    ("GW-01", "院领导", "院长", "殳砚澄", "leader", "主持全院工作，分管人事、财务和审计", [
        ("大型医疗设备购置不顾班子成员反对，个人拍板", "制度机制", "高",
         "大型设备购置经论证委员会论证、院党委会集体研究，会议纪要存档。"),
        ("与设备、耗材供应商称兄道弟，接受吃请和礼品礼金", "思想道德", "高",
         "签订廉洁承诺书，接待供应商须两人以上并登记。"),
    ]),
    ("GW-02", "院领导", "副院长", "厍霁禾", "leader", "分管医学装备、后勤和基建", [
        ("设备安装、验收和设备款拨付中为供应商提供关照", "岗位职责", "高",
         "验收由使用科室、医学装备部、审计科共同签字，拨款按合同节点审核。"),
        ("基建维修项目化整为零，规避公开招标", "业务流程", "中", "维修项目按限额标准招标或比选，结果院内公示。"),
    ]),
    ("GW-03", "医学装备部", "主任", "郗砚翎", "middle", "负责医疗设备的论证、采购、验收和维修", [
        ("设备论证中抬高配置、设置倾向性参数", "岗位职责", "高", "技术参数由三家以上产品比对确定，专家随机抽取。"),
        ("设备价格虚高，中间环节加价不核实", "业务流程", "高", "采购前开展市场调查，参考同级医院成交价。"),
    ]),
    ("GW-04", "医学装备部", "采购员", "隗晏舟", "general", "负责耗材和零星设备的询价、采购", [
        ("耗材询价走过场，与供应商私下接触", "外部环境", "中", "询价不少于三家，询价记录存档备查。"),
        ("零星采购拆分票据报账", "业务流程", "低", "零星采购发票经部门主任审核签字。"),
    ]),
    ("GW-05", "财务部", "主任", "訾漪桐", "middle", "负责预算、资金支付和会计核算", [
        ("不按合同和审批支付设备、工程款", "制度机制", "高", "付款实行经办、复核、审批三级审签。"),
        ("账外设立资金，虚列支出", "思想道德", "中", "收支全部纳入单位账，每年接受内部审计。"),
    ]),
    ("GW-06", "财务部", "出纳", "缑亦珩", "general", "负责现金、银行存款和票据", [
        ("收取现金不及时入账，公款私存", "岗位职责", "中", "现金日清日结，每月与银行对账。"),
    ]),
    ("GW-07", "后勤服务部", "主任", "酆槿妤", "middle", "负责物资保障、食堂和物业外包", [
        ("物业、食堂外包中指定服务单位，收受好处", "外部环境", "高", "外包项目公开比选，合同经法律顾问审核。"),
        ("后勤物资验收不严，以次充好", "业务流程", "低", "物资验收两人以上，验收单据归档。"),
    ]),
    ("GW-08", "信息中心", "主任", "阙蘅洺", "middle", "负责信息系统和数据管理", [
        ("向医药代表提供医生处方量、用药量数据", "岗位职责", "高", "统方权限分级授权，查询全程留痕。"),
        ("信息系统采购中向投标人泄露评审信息", "外部环境", "中", "评审过程全程录像，评审结果公示。"),
    ]),
]  # fmt: skip


def mianzhu_people_hospital_post_codes() -> dict:
    unit = f"{PLACE}人民医院"
    ncols = 7
    sh = _Sheet("岗位风险表", [10, 12, 34, 10, 8, 20, 20])
    t = _Truth(unit)
    _line(sh, f"{unit}重点岗位廉政风险防控表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    _line(sh, POSTS_CAPTION, ncols)
    r = sh.add(*POST_HEAD, None, None)
    sh.merge(r, 4, r, 6)
    for code, dept, post, who, _tier, duties, _points in CODED:
        r = sh.add(code, dept, post, who, duties, None, None)
        sh.merge(r, 4, r, 6)
    sh.add()
    _line(sh, POINTS_CAPTION, ncols)
    r = sh.add(*POINT_HEAD, None)
    sh.merge(r, 5, r, 6)
    n = 0
    for code, dept, post, who, tier, _duties, points in CODED:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, code, point, typ, lv, measures, None)
            sh.merge(r, 5, r, 6)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, CODE_NOTE, ncols)
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "mianzhu_people_hospital_post_codes", "http://m.khxn.net.cn/yw/2023/0808/90319.html",
        "(harder) 市人民医院 重点岗位廉政风险防控表, after the source's 市人民医院 that paid 3520万元 for a 直线加速器 (院长 taking "
        "1600万元 of 回扣; 财务部, 后勤服务部, 医学装备部 主任 following him): TWO TABLES ON ONE SHEET joined by a POST CODE — "
        "under a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line and a caption ``一、重点岗位及人员``, the post "
        "table ``岗位编号 | 科室 | 岗位 | 姓名 | 主要职责`` (one row a post, codes GW-01…GW-08, 主要职责 merged E–G); a blank row, a "
        "caption ``二、廉政风险点及防控措施`` and the point table ``序号 | 岗位编号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` "
        "(防控措施 merged F–G) with NO 科室, 岗位 or 姓名 column, each point's post given ONLY by its code (on every row); short "
        "types, 高/中/低; a merged ``注：岗位编号与第一部分…对应`` line and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mianzhu_nanxuan_middle_groups() -> dict:
    unit = f"{PLACE}南轩中学"
    sh = _Sheet("一览表", [6, 11, 9, 38, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、校级领导", "校级领导", [
            ("校长", "晁沐垚", "leader", [
                ("“三重一大”事项不经校务会研究，个人说了算", "制度机制风险", "一级", "重大事项校务会集体研究，会议纪要存档。"),
                ("默许从学生伙食费中列支招待等其他费用", "思想道德风险", "一级", "伙食费单独核算，每月公布收支。"),
            ]),
            ("副校长", "暨漱岚", "leader", [
                ("分管后勤时对食堂账目不审核、不过问", "岗位职责风险", "二级", "食堂账目每月由分管副校长审核签字。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "宓霁朗", "middle", [
                ("以虚开票据方式套取学生伙食费，设立“小金库”", "制度机制风险", "一级",
                 "食堂收支纳入学校财务统一核算，严禁账外资金。"),
                ("食材采购指定供应商，收受回扣", "外部环境风险", "一级", "大宗食材公开招标，采购与验收分离。"),
            ]),
            ("食堂出纳", "沃霈媛", "general", [
                ("伙食费现金收支不入账、不开票", "岗位职责风险", "二级", "伙食费统一缴入学校账户，收支凭证连号。"),
                ("按校领导口头指示支付无凭证款项", "业务流程风险", "三级", "无审批单据一律不予支付。"),
            ]),
        ]),
        ("三、政教处", "政教处", [
            ("主任", "郦泠芮", "middle", [
                ("住宿生管理费、校服费代收不公示", "制度机制风险", "二级", "代收费用一事一结，学期末公示结算。"),
            ]),
        ]),
        ("四、教务处", "教务处", [
            ("主任", "帅岫尧", "middle", [
                ("教辅资料征订中收受书商回扣", "外部环境风险", "一级", "教辅资料学生自愿征订，学校不经手费用。"),
                ("组织学生有偿补课", "思想道德风险", "三级", "严禁有偿补课，公布举报电话。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "mianzhu_nanxuan_middle_groups", "http://edu.jxgdw.com/wyts/2901125.html",
        "市中学 岗位廉政风险防控一览表, after the source's 中学 校长 who with the 总务主任, 总务副主任 and 食堂出纳 drew 学生伙食费 "
        "out by 虚开票据 into a 小金库: a title, then 序号/岗位/姓名 (both merged per person)/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施 under GROUP ROWS ``一、校级领导``, ``二、总务处``, ``三、政教处``, ``四、教务处`` merged across "
        "(no 处室 column); a 制表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def mianzhu_xiaode_primary_selfchecks() -> dict:
    unit = f"{PLACE}孝德镇中心小学"
    t = _Truth(unit)
    people = [
        ("校长", "乜溪岷", "校级领导", "leader", [
            ("代收费用存入个人账户，不及时转入学校账户", "高风险", "代收费用一律缴入学校基本账户，每月对账。", "已落实"),
            ("大额经费支出不经校务会研究", "中风险", "大额支出校务会集体研究，纪要存档。", "已落实"),
        ]),
        ("总务主任", "揭芃蓁", "总务处", "middle", [
            ("校服、教辅用书代购中收取商家好处", "高风险", "代购事项家长自愿，商家公开比选。", "未发现问题"),
            ("食堂伙食费支付给承包人不按合同结算", "中风险", "伙食费按月凭结算单转账支付。", "已整改"),
            ("学校固定资产出借、处置不登记", "低风险", "资产出借、处置经审批并登记台账。", "已落实"),
        ]),
        ("出纳", "迟樾苓", "总务处", "general", [
            ("用个人银行卡过渡收取学生费用", "高风险", "严禁使用个人账户收费，一律开具票据。", "已整改"),
            ("挪用代收代付款购买理财产品", "高风险", "代收款项当日存入学校账户，余额每周报告。", "未发现问题"),
            ("现金日记账登记不及时", "低风险", "现金日清月结，会计每月盘点。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in people:
        sh = _Sheet(post, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}教职工廉政风险自查表", 5)
        sh.add(f"单{GAP}位", unit, f"处{GAP}室", dept, None)
        sh.add(f"姓{GAP}名", who, f"岗{GAP}位", post, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "校长审核：", None, "2025年6月")
        sheets.append(sh)
    return _layout(
        "mianzhu_xiaode_primary_selfchecks", "https://ycdf.jsjc.gov.cn/wenhua/202005/t20200512_1022246.shtml",
        "镇中心小学 教职工廉政风险自查表, one sheet a person (tabs named by the post: 校长, 总务主任, 出纳), after the source's 小学 "
        "teacher who as 出纳 held the 社会实践费、校服费、伙食费、教辅用书费 in her own bank card and bought 理财产品 with them: a "
        "title, ``单　位 | … | 处　室 | …`` and ``姓　名 | … | 岗　位 | …`` in two rows of pairs, then 序号/廉政风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``自查人（签名）： | 校长审核： | 2025年6月``",
        sheets, t,
    )  # fmt: skip


def mianzhu_tumen_middle_duties() -> dict:
    unit = f"{PLACE}土门镇初级中学"
    sh = _Sheet("责任清单", [6, 10, 10, 9, 18, 34, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "处室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("校级领导", "校长", "佴澄曦", "leader", "学校全面工作", "贫困生助学金不发放，截留后列入账外", "制度机制", "Ⅰ级",
         "助学金名单和金额班级公示，资金直接打卡到学生家庭。"),
        ("校级领导", "校长", "佴澄曦", "leader", "学校全面工作", "以学校名义收受赞助、捐赠不入账", "思想道德", "Ⅱ级",
         "受赠财物一律登记入账，每学期公开。"),
        ("校级领导", "副校长", "瞿桐甯", "leader", "分管财务和资助", "资助资金到账后不报告、不发放", "岗位职责", "Ⅰ级",
         "资助资金到账三日内报告校长并公示发放计划。"),
        ("总务处", "主任", "靳砚汐", "middle", "后勤采购和资产管理", "办公用品、教学设备采购不询价", "业务流程", "Ⅱ级",
         "采购三家询价，询价记录存档。"),
        ("总务处", "会计", "贲芷岚", "general", "会计核算和报表", "按领导授意做账外账", "制度机制", "Ⅰ级", "账务处理以审批凭证为准，每年接受审计。"),
        ("总务处", "会计", "贲芷岚", "general", "会计核算和报表", "资助资金拨付凭证审核不严", "业务流程", "Ⅲ级", "拨付凭证与公示名单逐一核对。"),
        ("政教处", "主任", "麦沄珂", "middle", "学生资助评定", "贫困生认定优亲厚友", "思想道德", "Ⅱ级", "认定实行班级评议、学校审核、公示。"),
        ("政教处", "班主任", "滑霂晗", "general", "班级资助申报", "代学生签领补助，截留不发", "岗位职责", "Ⅲ级", "学生本人或监护人签领，学校电话回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3, 4)
    sh.add("编制：", None, None, "审核：", None, None, "2025年6月", None, None)
    return _layout(
        "mianzhu_tumen_middle_duties", "http://m.oaap.cn/xwzx/PoliticsNews/201704/t20170418_11748575.htm",
        "镇初级中学 廉政风险防控责任清单, after the source's 农村中学 whose 校长 and 分管财务副校长 kept the 贫困生助学金 off the "
        "books: ``附件2``, a title, 序号/处室 merged (校级领导, 总务处, 政教处)/岗位, 责任人 and 职责事项 merged per person/"
        "廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def mianzhu_experimental_kindergarten_two_sheets() -> dict:
    unit = f"{PLACE}实验幼儿园"
    t = _Truth(unit)
    lead = _Sheet("园领导", [6, 9, 8, 20, 36, 12, 32])
    _line(lead, f"{unit}园领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("钭昙媗", "园长", "主持全面工作，分管财务和招生", [
            ("新生入园时收取赞助费、捐资助学款", "一级风险", "入园不得与任何捐赠挂钩，收费项目公示。"),
            ("以“六一”名义要求家长或单位捐款", "一级风险", "节日活动经费列入预算，严禁向家长摊派。"),
            ("招生中照顾关系户，超计划招收", "二级风险", "招生计划、条件和录取名单公开。"),
        ]),
        ("戚昕蕤", "副园长", "分管保教和安全", [
            ("让家长购买电脑、相机等物品以单位名义捐赠", "一级风险", "受赠物品登记入账，不得指定家长购买。"),
            ("兴趣班、延时服务变相收费", "二级风险", "服务性收费报批，书面告知家长自愿参加。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None)
    dept = _Sheet("部门", [6, 10, 10, 9, 36, 12, 32])
    _line(dept, f"{unit}部门岗位廉政风险防控表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("保教部", "主任", "覃洳菡", "middle", [
            ("教玩具和幼儿读物征订中收取商家回扣", "二级风险", "教玩具统一采购，读物不向家长推销。"),
        ]),
        ("保教部", "保育员", "荀渼宁", "general", [
            ("私下收取家长礼品礼金", "三级风险", "签订拒收礼品承诺书，设举报电话。"),
        ]),
        ("后勤部", "主任", "伏霖梓", "middle", [
            ("食材采购与供应商串通抬价", "一级风险", "食材公开比选，价格每周公示。"),
            ("伙食费结余不公示、挪作他用", "二级风险", "伙食费单独核算，每月公布收支和食谱。"),
        ]),
        ("后勤部", "保管员", "漆茗萱", "general", [
            ("物资出入库不登记，账实不符", "三级风险", "出入库逐笔登记，每月盘点。"),
        ]),
        ("财务室", "出纳", "桂霂瑶", "general", [
            ("代收费用不开票据、不入账", "一级风险", "收费一律开具票据，日清月结。"),
            ("退费不按规定结算", "三级风险", "代收费用学期末结算，余款退还家长。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "园长（签字）：", None)
    return _layout(
        "mianzhu_experimental_kindergarten_two_sheets", "https://www.jsenews.com/news/sx/201510/t20151021_2461306.shtml",
        "市实验幼儿园 廉政风险防控表 in two sheets, after the source's 幼儿园 that took 赞助费 and ``六一`` 捐赠 from new pupils' "
        "parents: ``园领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 填表人/审核人/date line) and ``部门`` (a title, 序号/部门 merged (保教部, 后勤部, 财务室)/岗位 and 姓名 merged "
        "per person/…; a 填表人/审核人/园长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def mianzhu_zundao_elder_home_posts() -> dict:
    unit = f"{PLACE}遵道镇敬老院"
    sh = _Sheet("排查表", [6, 10, 14, 36, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "工作环节", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("院长", "leader", "伙食管理", "克扣院民伙食费，结余资金去向不明", "高", "伙食费按标准专款使用，每月向院民公布收支。"),
        ("院长", "leader", "供养资金使用", "虚报集中供养人数套取经费", "高", "供养名册与民政部门每月核对。"),
        ("院长", "leader", "公务接待", "以接待名义虚开餐费", "中", "接待事前审批，清单和菜单存档。"),
        ("会计", "general", "账务处理", "结余资金不入账，私分公款", "高", "收支全部纳入账内，每年接受审计。"),
        ("会计", "general", "票据管理", "收据开具不连号、作废不留存", "低", "票据领用核销登记，作废联完整保存。"),
        ("炊事员", "general", "食材采购", "采购价格虚报，以次充好", "中", "采购清单每日公示，院民代表参与验收。"),
        ("护理员", "general", "护理服务", "向院民或其家属索要财物", "低", "护理服务标准上墙，设立意见箱。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, step, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("制表：院办", None, "审核：", None, "2025年6月", None)
    return _layout(
        "mianzhu_zundao_elder_home_posts", "http://www.qdpic.net/newshtml/news_58932.html",
        "镇敬老院 岗位廉政风险点排查表 对岗不对人, after the source's 镇敬老院 院长 who cut the 院民's 伙食费 to 10元 a day and kept "
        "the rest: a title, then 序号/岗位 merged per post (NO 科室 column)/工作环节/廉政风险点/风险等级 高/中/低/防控措施; no type "
        "column, no names; a ``制表：院办 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def mianzhu_cdc_cards() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    cards = [
        ("主任", "栾朔蘅", "中心领导", "leader", "主持中心全面工作，分管财务、人事和设备采购", [
            ("检测设备采购中收受供应商回扣", "岗位职责风险", "★★★", "设备采购进入公共资源交易平台，主任不参与具体评审。"),
            ("重大事项不经中心会议集体研究", "制度机制风险", "★★★", "落实“三重一大”集体决策，会议纪要存档。"),
            ("提拔使用关系密切的业务骨干", "思想道德风险", "★★", "干部选任经中心会议研究并公示。"),
        ]),
        ("副主任", "邬霁宸", "中心领导", "leader", "分管免疫规划、检验和应急", [
            ("疫苗采购中为供应商提供便利，收取回扣", "外部环境风险", "★★★", "疫苗全部在省级平台采购，配送企业公开确定。"),
            ("应急物资储备采购不比价", "业务流程风险", "★★", "应急物资采购三家比价，结果公示。"),
        ]),
        ("免疫规划科科长", "虞澧蕙", "免疫规划科", "middle", "负责疫苗计划、分发和接种单位管理", [
            ("疫苗计划虚高，多采多配", "业务流程风险", "★★", "疫苗计划按接种数据测算，报中心会议审定。"),
            ("接受疫苗企业安排的旅游、宴请", "思想道德风险", "★", "签订廉洁承诺书，节前廉洁提醒。"),
            ("向接种单位分配疫苗时优亲厚友", "岗位职责风险", "★", "分配方案按接种量制定并公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, duties, points in cards:
        post = "科长" if tab.endswith("科长") else tab
        sh = _Sheet(tab, [8, 34, 12, 10, 12, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, f"职{GAP}务", post, "所在科室", dept)
        r = sh.add("岗位职责", duties, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "监督电话：0838-6203388", None, None)
        sheets.append(sh)
    return _layout(
        "mianzhu_cdc_cards", "http://92880.cn/gn/news/2008/05-02/1237183.shtml",
        "市疾病预防控制中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 副主任, 免疫规划科科长), after the source's 省疾控中心 "
        "主任 and 副主任 who took 回扣 on 设备 and 疫苗 purchases after the 免疫规划所 窝案: a title, ``持卡人 | … | 职　务 | … | "
        "所在科室 | …`` in ONE row of three pairs, a merged ``岗位职责`` line, then 序号/风险点/风险类型 ``…风险``/风险等级 "
        "``★★★/★★/★``/防控措施 (merged E–F); a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def mianzhu_tcm_hospital_desc() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("一览表", [6, 11, 10, 9, 22, 34, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "甘屹澍", "leader", "新药耗材准入收受财物", "利用审批新药、耗材准入的权力收受企业财物", "岗位职责", "Ⅰ",
         "新药、耗材准入经药事管理委员会集体评审。"),
        ("院领导", "院长", "甘屹澍", "leader", "干预基建工程发包", "插手工程发包，为特定施工单位打招呼", "外部环境", "Ⅰ",
         "基建项目全部进入公共资源交易中心。"),
        ("院领导", "副院长", "庹泠月", "leader", "套取医保基金", "默许科室挂床住院、串换项目套取医保基金", "制度机制", "Ⅱ",
         "医保数据每月分析通报，疑点逐一核查。"),
        ("药剂科", "科主任", "嵇棠翊", "middle", "饮片采购验收不严", "饮片采购指定供应商，验收降低标准", "业务流程", "Ⅰ",
         "饮片供应商公开遴选，验收双人留样。"),
        ("药剂科", "科主任", "嵇棠翊", "middle", "违规提供用药数据", "向医药代表提供科室用药量", "思想道德", "Ⅱ", "用药数据查询权限收归信息科。"),
        ("药剂科", "药库管理员", "柏芷汀", "general", "药品账实不符", "药品出入库登记不及时，账实不符", "岗位职责", "Ⅲ",
         "出入库每日登记，每月盘点对账。"),
        ("针灸推拿科", "科主任", "焦砚霏", "middle", "过度理疗", "诱导患者接受不必要的理疗项目", "思想道德", "Ⅱ",
         "治疗项目开具前告知患者并签字确认。"),
        ("财务科", "收费员", "衡湘灵", "general", "截留门诊收费", "收取现金不开票据，截留收费", "业务流程", "Ⅰ", "收费日清日结，票据连号使用。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None, None)
    return _layout(
        "mianzhu_tcm_hospital_desc", "https://m.fx361.cc/news/2021/1215/9184588.html",
        "市中医医院 岗位廉政风险防控一览表, after the source's 市人民医院 whose two 院长 fell in a 窝案 of 76 people: ``附件1``, a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/科室 merged (院领导, 药剂科, 针灸推拿科, 财务科)/"
        "岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a "
        "merged ``注：`` line on the grades and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mianzhu_people_hospital_post_codes(),
    mianzhu_nanxuan_middle_groups(),
    mianzhu_xiaode_primary_selfchecks(),
    mianzhu_tumen_middle_duties(),
    mianzhu_experimental_kindergarten_two_sheets(),
    mianzhu_zundao_elder_home_posts(),
    mianzhu_cdc_cards(),
    mianzhu_tcm_hospital_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch307-inbox"))
