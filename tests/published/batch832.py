"""The eight-hundred-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's housing and
urban-rural construction bodies, 保德县 (of 忻州市, 山西省) — its 住房和城乡建设局 and the bodies under
it (建筑工程质量安全监督站, 房产服务中心, 住房保障服务中心, 燃气热力管理办公室, 城市供热服务中心,
城乡建设服务中心, 村镇建设服务中心) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 建筑工程质量安全监督站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点``, ``风险类型``
  (``…风险``), 高/中/低, a ``注：`` line; no names;
- the 房产服务中心's 一览表 under ``附件1`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``, a 填表人/审核人 line;
- the 住房保障服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``主要职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 燃气热力管理办公室's 责任清单 under GROUP ROWS ``一、办领导`` … ``三、供热管理股`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 城市供热服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表日期``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 城乡建设服务中心's 一览表 in TWO SHEETS ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``;
- the 村镇建设服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line and a sign-off line.

One is harder:

- ``baode_housing_bureau_duty_block_apart``: the 住房和城乡建设局's 廉政风险防控一览表 whose holders stand
  APART: the list itself is ``序号 | 廉政风险点 | 风险等级 | 防控措施`` (A–D, no 科室, 岗位 or 责任人
  column), then ONE EMPTY COLUMN (E, no heading, no cell filled), then a second block ``责任股室 |
  责任岗位 | 责任人`` (F–H) on the SAME heading row, under a caption row (``风险识别及防控`` merged over
  A–D, ``责任落实`` merged over F–H), its 股室/岗位/责任人 merged down over each holder's rows and
  aligned ROW BY ROW with the list on its left (no 序号, no key: the row is the key), a ``注：`` line
  saying the 责任落实 block answers the list row by row. The README's 读得懂的表 knows a staff roster
  beside the list across an empty column looked up by 科室 and 岗位, a 包保 roster across an empty
  column looked up by the row's enterprise (explicitly NOT the same row's person), a 持卡人 block
  beside a card across an empty column, and a list split over two SHEETS joined by 序号; it does not
  describe one list whose holder columns are set off across an empty column and answer the list
  row by row, with no key but the row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (住建部's 工程建设领域整治 — 恶意竞标,
串通投标, 挂靠借用资质, 强揽工程; 纪检监察 on 老旧小区改造 — 材料 不符合施工图, 主要材料公示牌, 工程质量;
a 市住建局 on 公租房 违规转租转借 — 申请, 审核, 分配, 租金, 入户排查; a 市 公共租赁住房保障办法 — 住房
租赁补贴, 轮候, 配租; a 市 “安心用气工程” — 燃气 泄漏报警, 用户燃气设施 更新, 企业经营; a 省纪委 供热
专项整治 — 入股热力公司, 报停费, 投诉; an 审计 on 老旧小区改造 — 改造规划, 招投标, 资金 绩效; a 县
农村危房改造工作管理办法 — 补助对象认定, 危房鉴定, 补助资金, 验收) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 充 and 乜 with rare given names); every unit is a body of 保德县.

Run ``python tests/published/score.py --set batch832`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's point is the point of the holder standing on THE SAME ROW in the
  责任落实 block (股室 from F, post from G, name from H, merged down over his rows), with the row's
  level; the caption row, the empty column E and the ``注：`` line are no points; ``局领导`` in F is
  the 科室 of the 局长 and 副局长 (as a 处室 cell of the ordinary lists);
- ``局领导``, ``办领导``, ``中心领导``, ``站领导`` (a 科室 cell, a group row, a sheet of leaders) are
  the 科室 of those leaders where the table writes them; the leaders of the 中心领导 sheet and of the
  cards have no 科室; a 股 is a 科室; a group row ``二、燃气安全股`` gives the 科室 ``燃气安全股``;
- every body is a unit of its own: 局长, 副局长, 站长, 副站长, 主任, 副主任 of a 中心/办 are leaders;
  股长 middle; the rest (股员, 监督员, 会计, 出纳, 收费员, 审核员, 档案员) general;
- the 质量安全监督站's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b832_"
PLACE = "保德县"
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

# (廉政风险点, 风险等级, 防控措施, 责任股室, 责任岗位, 责任人, tier)
APART = [
    ("建筑市场专项整治中对恶意竞标、串通投标线索压案不查", "一级",
     "线索统一登记，局党组会定期听取查处情况。", "局领导", "局长", "充霂翀", "leader"),
    ("干预政府投资项目招标，为特定企业“量身定制”资格条件", "一级",
     "招标文件资格条件经法制审核，重大项目局党组会研究。", "局领导", "局长", "充霂翀", "leader"),
    ("为挂靠、借用资质的企业办理施工许可开“绿灯”", "一级",
     "施工许可实行网上审批，人员到岗情况现场核查。", "局领导", "副局长", "乜沨珝", "leader"),
    ("建筑业企业资质核查走过场，对不达标企业不予处理", "二级",
     "资质动态核查双人实施，结果在局网站公开。", "建筑市场管理股", "股长", "充琤岵", "middle"),
    ("投诉举报的强揽工程问题处理不及时、推诿扯皮", "二级",
     "投诉举报限时办结，办理情况每月通报。", "建筑市场管理股", "股长", "充琤岵", "middle"),
    ("诚信评价打分随意，收受企业好处提高信用等级", "二级",
     "信用评价按标准量化打分，评价结果公示。", "建筑市场管理股", "股员", "乜瀞昀", "general"),
    ("招标文件备案审查把关不严，放任排斥潜在投标人条款", "三级",
     "备案审查清单化，审查意见留存备查。", "招投标监督股", "股员", "充珣沅", "general"),
]  # fmt: skip


def baode_housing_bureau_duty_block_apart() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("一览表", [6, 40, 9, 36, 3, 14, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 20}填报时间：2025年6月", 8)
    cap = sh.add("风险识别及防控", None, None, None, None, "责任落实", None, None)
    sh.merge(cap, 0, cap, 3)
    sh.merge(cap, 5, cap, 7)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施", None, "责任股室", "责任岗位", "责任人")
    first = len(sh.rows)
    for i, (point, lv, measures, dept, post, who, tier) in enumerate(APART, 1):
        sh.add(i, point, lv, measures, None, dept, post, who)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    key = lambda row: (row[5], row[6], row[7])  # noqa: E731
    _merge_down(sh, first, [(5, lambda row: row[5]), (6, key), (7, key)])
    _line(
        sh, "注：右侧“责任落实”栏与左侧风险点逐行对应；风险等级分为一级、二级、三级，一级最高。", 8
    )
    sh.add("制表：办公室", None, "审核：", None, None, "2025年6月", None, None)
    return _layout(
        "baode_housing_bureau_duty_block_apart", "https://hrb.house.163.com/21/0926/09/GKQFEKT902180GP7.html",
        "(harder) 县住房和城乡建设局 廉政风险防控一览表, after the source's 住建部 工程建设领域整治 (恶意竞标, 串通投标, "
        "挂靠借用资质, 强揽工程, 投诉举报, 招标投标监管): a title, a merged 填报单位/填报时间 line, a CAPTION row "
        "(``风险识别及防控`` over A–D, ``责任落实`` over F–H), then ONE heading row: the list ``序号 | 廉政风险点 | "
        "风险等级 | 防控措施`` (A–D, no 科室/岗位/责任人 column), an EMPTY column E, and a block ``责任股室 | 责任岗位 | "
        "责任人`` (F–H) merged down per holder and aligned ROW BY ROW with the list (no key but the row); "
        "``一级/二级/三级``, no type column; a ``注：`` line (逐行对应) and a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def baode_quality_safety_station_posts() -> dict:
    unit = f"{PLACE}建筑工程质量安全监督站"
    sh = _Sheet("排查表", [6, 14, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "老旧小区改造工程监督中对材料不符合施工图要求的问题不责令整改", "岗位职责风险", "高",
         "改造项目主要材料进场抽检，现场设置材料公示牌。"),
        ("站领导", "站长", "leader", "质量监督计划安排随意，对关系企业少检或不检", "制度机制风险", "中",
         "监督计划随机分派，站务会研究确定。"),
        ("质量监督股", "监督员", "general", "隐蔽工程、分部工程验收监督不到场，事后补签记录", "业务流程风险", "高",
         "验收监督留存影像资料，执法记录仪全程记录。"),
        ("质量监督股", "监督员", "general", "接受施工单位宴请，降低质量问题处理标准", "思想道德风险", "中",
         "签订廉洁承诺书，处理意见经股室集体研究。"),
        ("安全监督股", "股长", "middle", "安全隐患整改复查走过场，违规同意复工", "业务流程风险", "高",
         "复工前复查双人到场，复查结论存档。"),
        ("安全监督股", "股长", "middle", "向施工企业推荐安全防护用品、检测机构", "外部环境风险", "低",
         "严禁推荐产品和机构，发现一起查处一起。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分为高、中、低三级。", 7)
    sh.add("填表：", None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "baode_quality_safety_station_posts", "http://news.calyptus.net/test/news.php?tg0Un=kq.html",
        "县建筑工程质量安全监督站 岗位廉政风险点排查表 对岗不对人, after the source's 纪检监察 on 老旧小区改造 (材料不符合"
        "施工图要求, 主要材料公示牌, 工程进度和质量): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; a ``注：`` line and a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


def baode_property_service_center_list() -> dict:
    unit = f"{PLACE}房产服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "乜翚澂", "leader", "公租房分配方案未经集体研究，个人决定配租对象", "制度机制", "高风险",
         "分配方案经中心班子会研究，配租结果公示。"),
        ("公房管理股", "股长", "充璆岚", "middle", "对违规转租、转借公租房的线索不核查、不收回", "岗位职责", "高风险",
         "每半年入户排查一次，违规房源限期收回。"),
        ("公房管理股", "股长", "充璆岚", "middle", "为关系人调换公租房房源、楼层", "思想道德", "中风险",
         "调换申请登记，调换结果公开。"),
        ("公房管理股", "收费员", "乜霈琰", "general", "公租房租金收取不开票据、截留挪用", "业务流程", "中风险",
         "租金统一缴入财政专户，每月对账。"),
        ("交易登记股", "审核员", "充澍岑", "general", "存量房交易资料审核把关不严，为不符合条件的房屋办理网签", "业务流程", "中风险",
         "网签资料双人审核，系统留痕。"),
        ("交易登记股", "审核员", "充澍岑", "general", "向办事群众推荐中介机构收取好处", "外部环境", "低风险",
         "窗口公开办事流程，设置意见箱。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "baode_property_service_center_list", "https://jst.nx.gov.cn/xwdt/zjdt/202412/t20241210_4753985.html",
        "县房产服务中心 岗位廉政风险防控一览表, after the source's 市住建局 on 公租房 违规转租转借 (申请, 审核, 分配, "
        "管理, 入户排查, 追缴房租): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def baode_housing_security_center_cards() -> dict:
    unit = f"{PLACE}住房保障服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "乜珺昶", "主任", "主持中心全面工作", "leader", [
            ("住房租赁补贴发放标准执行不严，擅自提高补贴额度", "★★★", "补贴标准按文件执行，发放名单公示。"),
            ("公共租赁住房轮候顺序被人为调整", "★★★", "轮候名单系统排序，调整须书面说明理由。"),
            ("接受申请人礼品礼金", "★", "严守廉洁纪律，节前廉洁提醒。"),
        ]),
        ("审核员", "充淏琇", "审核员", "负责保障对象资格审核", "general", [
            ("保障对象收入、住房状况核查不实", "★★", "联合不动产登记、民政等部门比对信息。"),
            ("对已不符合条件的家庭不及时清退", "★★", "每年复核一次，清退名单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "baode_housing_security_center_cards", "https://guoturen.com/guihua-1604.html",
        "县住房保障服务中心 岗位廉政风险防控卡, one sheet a person, after the source's 市 公共租赁住房保障办法 (住房租赁补贴, "
        "公共租赁住房 轮候、配租, 资格审核, 退出): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def baode_gas_heat_office_group_rows() -> dict:
    unit = f"{PLACE}燃气热力管理办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办领导", "办领导", [
            ("主任", "乜峣泠", "leader", [
                ("燃气经营许可审查中降低条件，为不具备条件的企业发证", "一级风险", "许可审查集体研究，结果公开。"),
                ("居民用户燃气设施更新项目确定施工企业暗箱操作", "一级风险", "施工企业公开比选，比选结果公示。"),
            ]),
        ]),
        ("二、燃气安全股", "燃气安全股", [
            ("股长", "充瑀潆", "middle", [
                ("燃气安全检查发现隐患不督促整改，收受企业好处", "一级风险", "检查双人实施，隐患整改闭环销号。"),
                ("泄漏报警装置安装推广中指定品牌", "二级风险", "不得指定品牌，用户自主选择。"),
            ]),
            ("股员", "乜璠岫", "general", [
                ("瓶装液化气充装站检查记录弄虚作假", "三级风险", "检查记录当场签字，股长抽查。"),
            ]),
        ]),
        ("三、供热管理股", "供热管理股", [
            ("股长", "充湛珩", "middle", [
                ("供热企业热费标准执行监督不到位", "二级风险", "热费标准公开，投诉限时核查。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "baode_gas_heat_office_group_rows", "http://njdaily.cn/news/2023/0928/5565502838015744474.html",
        "县燃气热力管理办公室 廉政风险防控责任清单, after the source's 市 “安心用气工程” 实施意见 (燃气泄漏安全保护装置, "
        "用户燃气设施更新, 企业经营, 监管执法): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、办领导``, ``二、燃气安全股``, ``三、供热管理股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def baode_heating_center_selfchecks() -> dict:
    unit = f"{PLACE}城市供热服务中心"
    t = _Truth(unit)
    people = [
        ("乜昉岱", "中心领导", "主任", "leader", [
            ("与供热企业存在利益往来，违规入股或投资", "Ⅰ级", "领导干部个人有关事项如实报告。", "未发现问题"),
            ("供热质量考核打分照顾关系企业", "Ⅱ级", "考核由投诉数据和测温结果量化评分。", "已落实"),
        ]),
        ("充翛澂", "客户服务股", "股长", "middle", [
            ("报停费、热费收取超标准，不开具票据", "Ⅰ级", "收费标准张贴公示，票据统一开具。", "已落实"),
            ("供热投诉处理推诿拖延", "Ⅱ级", "投诉登记限时办结，回访满意度。", "已落实"),
        ]),
        ("乜澄岙", "客户服务股", "收费员", "general", [
            ("收取热费现金不及时入账", "Ⅱ级", "现金日清日结，每周对账。", "未发现问题"),
            ("为熟人违规办理停热手续", "Ⅲ级", "停热申请现场核实，系统登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "baode_heating_center_selfchecks", "https://oaman.net/ztjc/zymtkjl/zgjjjcb/202202/t20220223_8400082.html",
        "县城市供热服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省纪委监委 "
        "供热领域 专项整治 (领导干部违规在热力公司入股, 多收报停费, 投诉解决不及时): a title, a label row ``姓　名 | 所在股室 | "
        "岗　位 | 填表日期`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 中心意见：``",
        sheets, t,
    )  # fmt: skip


def baode_construction_center_two_sheets() -> dict:
    unit = f"{PLACE}城乡建设服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("充曦汧", "主任", "主持全面工作", [
            ("老旧小区改造计划安排不按轻重缓急，优亲厚友", "一级", "改造计划征求居民意见，经中心班子会研究。"),
            ("改造项目设计、施工招标中打招呼、递条子", "一级", "招标进入县公共资源交易平台，插手干预记录报告。"),
        ]),
        ("乜琮澥", "副主任", "分管工程管理", [
            ("改造工程变更签证把关不严，虚增工程量", "二级", "变更签证经监理、跟踪审计共同确认。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程管理股", "股长", "充漪玥", "middle", "改造工程竣工验收走过场，对质量问题放行", "一级", "验收邀请居民代表参加，验收结论公示。"),
        ("工程管理股", "股长", "充漪玥", "middle", "工程进度款支付审核不严", "二级", "进度款凭监理确认的工程量支付。"),
        ("财务股", "会计", "乜砚崧", "general", "改造补助资金挤占挪用、超范围支出", "一级", "资金专账核算，接受审计监督。"),
        ("财务股", "会计", "乜砚崧", "general", "报账原始凭证审核把关不严", "三级", "凭证经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "baode_construction_center_two_sheets", "http://sjfz.org.cn/show-152.html",
        "县城乡建设服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 审计 on 城镇老旧小区改造 (改造规划安排, "
        "轻重缓急, 招投标, 工程质量, 资金使用绩效): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def baode_village_construction_center_register() -> dict:
    unit = f"{PLACE}村镇建设服务中心"
    sh = _Sheet("登记表", [6, 14, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "充昀湜", "leader", [
            ("农村危房改造补助对象确定不公，优亲厚友", "制度机制", "一级", "补助对象村级评议、乡镇审核、县级审批并三级公示。"),
        ]),
        ("农房建设股", "股长", "乜霂萦", "middle", [
            ("危房等级鉴定弄虚作假，将非危房鉴定为C、D级", "岗位职责", "一级", "鉴定由两名技术人员实施，留存影像资料。"),
            ("改造竣工验收不到现场，补签验收表", "业务流程", "二级", "验收到户拍照，验收表农户签字确认。"),
        ]),
        ("农房建设股", "技术员", "充瀚琤", "general", [
            ("向改造农户推荐施工队伍、建材商收取好处", "外部环境", "二级", "公开合格工匠名录，农户自主选择。"),
        ]),
        ("综合股", "出纳", "乜岚瑗", "general", [
            ("补助资金不按规定直接拨付到户", "业务流程", "一级", "补助资金通过“一卡通”直接发放到户。"),
            ("发放台账与银行流水不符", "岗位职责", "三级", "每月核对台账与流水。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "baode_village_construction_center_register", "https://nongjiao.com/news/read-22176.html",
        "县村镇建设服务中心 廉政风险点排查登记表, after the source's 县 农村危房改造工作管理办法 (补助资金, 补助对象, 危房鉴定, "
        "检查验收, 一折通 发放): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    baode_housing_bureau_duty_block_apart(),
    baode_quality_safety_station_posts(),
    baode_property_service_center_list(),
    baode_housing_security_center_cards(),
    baode_gas_heat_office_group_rows(),
    baode_heating_center_selfchecks(),
    baode_construction_center_two_sheets(),
    baode_village_construction_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch832-inbox"))
