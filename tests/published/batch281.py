"""The two-hundred-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇 and their
站所, 三台县 (a hill county of 绵阳 on the 涪江, its staff Han) — the 芦溪镇 with its 站所, the 观桥镇 and
西平镇 财政所, the 塔山镇 and 刘营镇 农业服务中心, the 灵兴镇 便民服务中心, a 社区 of 北坝镇 and a 村 of 郪江镇 —
each handing back the 一览表, 自查表, 防控卡, 排查表, 防控表 or 清单 its staff typed in WPS or Excel:

- the 观桥镇财政所's 一览表 under ``附件1`` and a ``填报单位：…　填报时间：…`` line: ``岗位`` and ``责任人``
  merged per person (no 科室 column), ``…风险`` types, 高/中/低, a ``注：`` line and a
  ``所长（签字）： | 填表人：`` line;
- the 西平镇财政所's 自查表, one sheet a person (tabs named by the post): ``姓　名 | … | 职　务 | … |
  填表时间 | …`` and a merged ``工作职责`` line above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况``, short types, ``一级/二级/三级``, ``本人签名： | … | 审核意见：``;
- the 塔山镇农业服务中心's 防控卡, one sheet a holder: ``持卡人 | … | 职　务 | …`` and ``所在股室 | … |
  岗位职责 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no
  type column, ``持卡人签字： | … | 年　月　日``;
- the 刘营镇农业服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no names and no types, an 编制/审核/date line;
- the 灵兴镇便民服务中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作``) and ``窗口``
  (``窗口`` merged, ``岗位`` and ``姓名`` merged per person), short types, ``高风险/中风险/低风险``;
- the 北坝镇凯江社区's 防控表 under GROUP ROWS ``一、社区“两委”成员`` … ``三、社区专职工作者`` merged
  across: ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, 高/中/低, no
  type column;
- the 郪江镇金钟村's 小微权力 清单 under ``附件2`` and a ``填报单位（盖章）：…`` line: ``岗位`` and ``姓名``
  merged per person, ``权力事项`` before the ``廉洁风险点``, short types,
  ``一级风险/二级风险/三级风险``.

One is harder:

- ``santai_luxi_town_concurrent_heads``: the 芦溪镇's 一览表 in two sheets, ``镇领导班子`` (``序号 | 姓名 |
  职务 | 分管工作 | 廉政风险点 | 风险等级 | 防控措施``, one name a leader, his 职务 as the 镇 writes it:
  ``党委委员、副镇长``) and ``站所`` (``序号 | 站所 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``), where
  two 站所 heads are HELD CONCURRENTLY by members of the 班子 and their 姓名 cell gives NO NAME but the
  other post: ``（党委委员、副镇长兼任）`` for the 农业服务中心's 主任, ``（党委委员、宣传统战委员兼任）``
  for the 便民服务中心's 主任; a ``注：`` line under the 站所 table says so (``站所负责人由镇领导班子成员兼任的，
  姓名栏填写所兼职务，姓名见班子成员表``). So the holder of those rows is a person named only on the OTHER
  sheet, found by matching the 职务 in brackets against the 班子's ``职务`` column (each 职务 there is one
  person's), and that person holds two forms in the file: his 班子 post and the 站所 post. The README's
  读得懂的表 knows a roster above the table or beside it (``村文书 | 戴晓军 | …``, a 人员名单 right of an
  empty column, ``附：岗位人员名单``), a ``职权编码`` looked up on a ``职权目录`` sheet, ``空缺`` and
  ``(待配备)`` as no holder, ``现：…⏎原：…`` and a 备注 naming a successor; it does not describe a 姓名
  cell that names ANOTHER POST (``…兼任``) whose holder stands on another sheet of the file.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市政协 视察 of 农村便民服务中心 after the
乡镇行政区划调整改革 — 人员配备, 制度完善, 中心负责人及工作人员; a 县财政局 on 惠民惠农财政补贴资金“一卡通” —
城乡低保特困, 高龄补贴, 农机购置, 护林员工资, 兑付全流程监管, 公示公开; a paper on 村账乡管 and 农村集体
“三资” — 代理记账, 白条, 断头账, 小金库, 坐收坐支; a paper on 乡镇农业服务中心 — 农技推广, 农产品质量
安全检测室, 动物检疫, 人员被抽调; 乡镇农技站工作职责 — 良种引进, 病虫测报, 测土配方施肥, 无公害蔬菜基地,
大棚扶持; 四川's 乡镇(街道)便民服务中心建设规范 — 进驻部门及项目, 窗口, 标识, 工作设施; a study of
城市社区党委书记 — 权力运行, 管理监督, 工作任务; a 镇's 村级小微权力清单 — “三资”管理, 工程项目, 物资
采购, 公共服务, 组织人事, “三务”公开) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames, some of
them common in 川北 — 蹇, 谯, 母, 苟, 敬, 昝 — with rare given names); every unit is a body of 三台县.

Run ``python tests/published/score.py --set batch281`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 姓名 cell ``（X兼任）`` names the person the ``镇领导班子`` sheet names against the
  职务 ``X`` (written there exactly so, one person to a 职务): the 农业服务中心's 主任 is 母砚澄 (党委委员、
  副镇长), the 便民服务中心's 主任 苟蘅芷 (党委委员、宣传统战委员); each of them has TWO forms, the 班子
  post (科室 ``镇领导班子``, leader) and the 站所 post (科室 the 站所, post ``主任``, middle: the tier is the
  post's, not the person's); ``分管工作`` (which also says ``兼任…主任``) is no point and names no holder;
- in the 芦溪镇's file (a 镇 and its 站所) the 站所 are 科室 (``财政所``, ``农业服务中心``, ``便民服务中心``)
  and ``镇领导班子`` (the sheet's tab and its title ``…镇领导班子成员…``) the 科室 of the leaders; in the
  files of a 财政所, a 农业服务中心 or a 便民服务中心 that body is the unit (as batch 278 took them), its
  股 and 窗口 its 科室, a file or sheet without such a column giving no 科室 (department ""); a 社区 and
  a 村 are units with no 科室, and the 社区's group rows (``一、社区“两委”成员``, ``二、居务监督委员会``,
  ``三、社区专职工作者``) group its posts, they are no 科室;
- 党委书记, 党委副书记、镇长, 党委委员、副镇长, 党委委员、宣传统战委员 (the 镇's 班子), a 所's 所长, a
  中心's 主任 and 副主任 (in the 中心's own file), 社区党委书记、居委会主任, 社区党委副书记, 村党委书记、村委会
  主任 (一肩挑, kept as written) and 村委会副主任 are leaders; a 站所's 所长 or 主任 in the 镇's list, 股长,
  居委会副主任, 居务监督委员会主任 and 村务监督委员会主任 middle; the rest (会计, 预算会计, 出纳, 农技员,
  窗口工作人员, 惠民惠农补贴专管员, 农村财务代理会计, 动物防疫检疫员, 农经员, 水利员, 经办员, 帮办代办员,
  社区报账员, 网格员, 村文书, 村报账员) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``分管工作``, ``工作职责``,
  ``岗位职责``, ``权力事项`` and ``自查情况`` are no points and name no holder; the 刘营镇农业服务中心's list
  names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``一级/二级/三级``, ``★★★/★★/★``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b281_"
PLACE = "三台县"
TOWNS = ("芦溪镇", "观桥镇", "西平镇", "塔山镇", "刘营镇", "灵兴镇", "北坝镇", "郪江镇")
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
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

LEAD_SHEET, POST_SHEET = "镇领导班子", "站所"
LEAD_DEPT = "镇领导班子"

# (姓名, 职务, 分管工作, [(廉政风险点, 等级, 防控措施)])
LEADERS = [
    ("蹇沄棠", "党委书记", "主持镇党委全面工作", [
        ("“三重一大”事项会前不充分酝酿，个人意见代替集体决策", "高", "“三重一大”事项党委会集体研究，会议纪要存档。"),
        ("在干部调整、评优推荐中搞亲疏远近", "中", "干部调整按程序酝酿，推荐结果镇内公示。"),
    ]),
    ("谯岷溆", "党委副书记、镇长", "主持镇政府全面工作，分管财政", [
        ("镇级财政资金支出“一支笔”审批把关不严", "高", "大额资金支出镇长办公会研究，财政所月报支出。"),
        ("对镇村项目发包打招呼、插手干预", "高", "项目一律按限额进入县公共资源交易平台或镇比选。"),
    ]),
    ("母砚澄", "党委委员、副镇长", "分管农业农村、乡村振兴，兼任农业服务中心主任", [
        ("乡村振兴衔接资金项目申报把关不严，虚报项目", "高", "项目库入库经村民代表会议和镇党委会审定。"),
        ("对惠农补贴面积核查督促不力", "中", "补贴面积镇村两级公示，分管领导签字负责。"),
    ]),
    ("苟蘅芷", "党委委员、宣传统战委员", "分管宣传统战、政务服务，兼任便民服务中心主任", [
        ("宣传经费使用不按预算，虚列开支", "低", "宣传经费预算执行情况季度公开。"),
    ]),
]  # fmt: skip

# (站所, 岗位, 姓名 cell as typed, tier, [(廉政风险点, 等级, 防控措施)])
STATION_POSTS = [
    ("财政所", "所长", "敬珂岚", "middle", [
        ("镇级预算安排不经党委会研究即执行", "高", "年度预算报镇党委会、镇人大审议。"),
        ("对村级资金报账审核不严，白条入账", "中", "村级报账实行村、镇两级审核，票据逐张核对。"),
    ]),
    ("财政所", "会计", "昝溆宁", "general", [
        ("会计凭证不按规定装订归档，账实不符", "低", "凭证按月装订，年终移交档案室。"),
    ]),
    ("农业服务中心", "主任", "（党委委员、副镇长兼任）", "middle", [
        ("高标准农田建设项目验收走过场", "高", "验收邀请县农业农村局和村民代表参加。"),
        ("农资补贴物资分配优亲厚友", "中", "物资分配方案和名单在村务公开栏公示。"),
    ]),
    ("农业服务中心", "农技员", "冉曦澈", "general", [
        ("病虫害统防统治服务数量虚报", "中", "统防统治作业面积由村组签字确认。"),
    ]),
    ("便民服务中心", "主任", "（党委委员、宣传统战委员兼任）", "middle", [
        ("对窗口人员“吃拿卡要”投诉不及时处理", "中", "投诉件登记编号，三日内回复办事群众。"),
    ]),
    ("便民服务中心", "窗口工作人员", "帅霂泽", "general", [
        ("办理证明材料时刁难群众、收受好处", "低", "办事指南上墙公开，“好差评”结果每月通报。"),
    ]),
]  # fmt: skip

CONCURRENT_NOTE = "注：站所负责人由镇领导班子成员兼任的，姓名栏填写所兼职务，姓名见班子成员表。"


def concurrent_holder(cell: str) -> str | None:
    """The 职务 a 姓名 cell ``（X兼任）`` names, or None for a plain name."""
    if cell.startswith("（") and cell.endswith("兼任）"):
        return cell[1 : -len("兼任）")]
    return None


def santai_luxi_town_concurrent_heads() -> dict:
    unit = f"{PLACE}芦溪镇"
    t = _Truth(unit)
    holder = {post: who for who, post, _work, _points in LEADERS}
    lead = _Sheet(LEAD_SHEET, [6, 9, 18, 24, 36, 8, 34])
    _line(lead, f"{unit}岗位廉政风险防控一览表（镇领导班子成员）", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    first = len(lead.rows)
    n = 0
    for who, post, work, points in LEADERS:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, LEAD_DEPT, post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填报单位（盖章）：芦溪镇党政办", None, None, None, "填报时间：2025年4月", None, None)

    posts = _Sheet(POST_SHEET, [6, 14, 12, 22, 36, 8, 34])
    _line(posts, f"{unit}岗位廉政风险防控一览表（站所）", 7)
    posts.add("序号", "站所", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(posts.rows)
    n = 0
    for dept, post, cell, tier, points in STATION_POSTS:
        job = concurrent_holder(cell)
        who = holder[job] if job else cell
        for point, lv, measures in points:
            n += 1
            posts.add(n, dept, post, cell, point, lv, measures)
            t.point(posts.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(posts, first, 1, 2, 3)
    _line(posts, CONCURRENT_NOTE, 7)
    posts.add("填报单位（盖章）：芦溪镇党政办", None, None, None, "填报时间：2025年4月", None, None)
    return _layout(
        "santai_luxi_town_concurrent_heads",
        "http://shx.snzx.gov.cn/content-b06a4410565649eb844d4a7d29da3061-2c93ea827457e3920174774bb0b2069b.html",
        "(harder) 镇 岗位廉政风险防控一览表 in two sheets, after the source's 市政协 视察 of 农村便民服务中心 (乡镇行政区划"
        "调整改革, 人员配备, 中心负责人及工作人员): ``镇领导班子`` (序号/姓名/职务/分管工作 merged per person/廉政风险点/"
        "风险等级/防控措施) and ``站所`` (序号/站所 merged (财政所, 农业服务中心, 便民服务中心)/岗位 and 姓名 merged per "
        "person/…), where the 姓名 of two 站所 heads is NO NAME but the 班子 post that holds it concurrently "
        "(``（党委委员、副镇长兼任）``, ``（党委委员、宣传统战委员兼任）``), the holder standing only on the other sheet "
        "against that 职务; a merged ``注：`` line saying so; 高/中/低; no type column; 填报单位/填报时间 lines",
        [lead, posts], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def santai_guanqiao_finance_office_list() -> dict:
    unit = f"{PLACE}观桥镇财政所"
    sh = _Sheet("一览表", [6, 14, 9, 38, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：观桥镇财政所{GAP * 12}填报时间：2025年3月", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("所长", "母筠珩", "leader", [
            ("镇级预算编制安排不经镇党委会集体研究", "制度机制风险", "高", "预算草案经镇党委会研究、镇人大审议后执行。"),
            ("对村级资金支付审核把关不严", "岗位职责风险", "中", "村级资金支付凭村民代表会议决议和审批单办理。"),
        ]),
        ("预算会计", "敬峤杉", "general", [
            ("虚列支出、以拨代支", "业务流程风险", "高", "支出凭证经所长审核，每月与国库对账。"),
            ("会计凭证审核不严，白条入账", "岗位职责风险", "中", "原始凭证逐张审核，不合规票据一律退回。"),
        ]),
        ("出纳", "帅翊鸿", "general", [
            ("挪用公款、公款私存", "思想道德风险", "高", "库存现金日清月结，所长不定期盘点。"),
            ("银行日记账与对账单不及时核对", "制度机制风险", "低", "每月末编制余额调节表，会计复核。"),
        ]),
        ("惠民惠农补贴专管员", "冉沛鸾", "general", [
            ("“一卡通”补贴对象信息审核不严，虚报冒领", "业务流程风险", "高", "补贴对象与户籍、死亡、财政供养人员信息比对。"),
            ("补贴发放名单未按规定公示", "制度机制风险", "中", "补贴项目、标准、名单在村务公开栏公示七天。"),
            ("泄露补贴对象身份证号、银行卡号", "思想道德风险", "低", "系统账号实名使用，导出数据登记留痕。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分高、中、低三级。", 7)
    sh.add("所长（签字）：", None, None, "填表人：", None, None, None)
    return _layout(
        "santai_guanqiao_finance_office_list", "https://725200.com/toutiao/info-1-296.html",
        "镇财政所 岗位廉政风险防控一览表, after the source's 县财政局 on 惠民惠农财政补贴资金“一卡通” (城乡低保特困, 高龄补贴, "
        "农机购置, 护林员工资, 兑付全流程监管, 公示公开): ``附件1``, a title, a merged ``填报单位：…　填报时间：2025年3月`` "
        "line, then 序号/岗位 and ``责任人`` merged per person (no 科室 column)/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; a merged ``注：`` line and ``所长（签字）： | 填表人：``",
        [sh], t,
    )  # fmt: skip


def santai_xiping_finance_selfchecks() -> dict:
    unit = f"{PLACE}西平镇财政所"
    t = _Truth(unit)
    people = [
        ("所长", "昝岫蓁", "所长", "leader", "主持财政所全面工作，负责镇级预算执行和村级财务监管",
         "镇分管领导审核意见：", [
            ("村级财务代理记账监管不到位，出现“断头账”", "岗位职责", "一级", "村账交接实行清单签字，移交情况报镇纪委备案。", "已整改"),
            ("村集体资金存放银行选择不公开", "制度机制", "二级", "村集体资金存放银行经镇党委会比选确定。", "未发现问题"),
            ("接受村干部宴请，对问题账目睁一只眼闭一只眼", "思想道德", "二级", "签订廉洁承诺书，村级财务年度审计。", "未发现问题"),
        ]),
        ("代理会计", "鲜泊峦", "农村财务代理会计", "general", "负责全镇各村集体经济组织代理记账和报账审核",
         "所长审核意见：", [
            ("为村级“小金库”、坐收坐支提供便利", "岗位职责", "一级", "村级收入全额入代理账户，收据统一领用核销。", "未发现问题"),
            ("白条、无审批手续票据入账", "业务流程", "二级", "报账票据须有经手人、证明人、村监委会主任签字。", "已整改"),
            ("村集体资产台账登记不及时、不完整", "制度机制", "三级", "资产台账每半年与村组核对一次。", "已整改"),
        ]),
        ("出纳", "谌瀚青", "出纳", "general", "负责财政所现金和银行存款收付",
         "所长审核意见：", [
            ("坐支现金，收入不及时存入银行", "业务流程", "二级", "现金收入当日存行，库存现金限额管理。", "未发现问题"),
            ("U盾、支付密码与印鉴一人保管", "制度机制", "一级", "U盾与密码分人保管，印鉴分设。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, duty, review, points in people:
        sh = _Sheet(tab, [6, 38, 10, 8, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", who, "职　务", post, "填表时间", "2025年4月")
        r = sh.add("工作职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, review, None, None, None)
        sheets.append(sh)
    return _layout(
        "santai_xiping_finance_selfchecks", "http://m.handmsg.com/page/2023/0801/22321361.shtml",
        "镇财政所 岗位廉政风险自查表, one sheet a person (tabs 所长, 代理会计, 出纳), after the source's paper on 村账乡管 and "
        "农村集体“三资” (代理记账, 白条, 断头账, 小金库, 坐收坐支, 账目交接): a title, ``姓　名 | … | 职　务 | … | 填表时间 | …``, a "
        "merged ``工作职责`` line, then 序号/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; a "
        "blank row and ``本人签名： | 审核意见：``",
        sheets, t,
    )  # fmt: skip


def santai_tashan_agri_center_cards() -> dict:
    unit = f"{PLACE}塔山镇农业服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "虢洺湘", "主任", "中心领导", "leader", "主持中心全面工作，负责农业项目和资金管理", [
            ("农业项目实施主体确定不公开", "★★★", "项目实施主体经中心会议研究并公示。"),
            ("农业项目资金拨付不按进度", "★★", "资金拨付凭验收单和进度报表，财政所审核。"),
            ("农产品质量安全抽检结果瞒报", "★★", "抽检结果按月报县农业农村局。"),
        ]),
        ("农技员", "郇泠玥", "农技员", "农技股", "general", "负责农技推广、农作物病虫害监测和技术培训", [
            ("示范推广物资发放不登记，私自截留", "★★", "物资发放由农户签字，名单公示。"),
            ("技术培训人数、天数虚报套取经费", "★", "培训签到和照片资料存档备查。"),
        ]),
        ("检疫员", "牟翕然", "动物防疫检疫员", "畜牧兽医股", "general", "负责动物防疫、产地检疫和检疫证明出具", [
            ("不检疫即出具动物检疫合格证明", "★★★", "检疫证明电子出证，全程留痕。"),
            ("强制免疫疫苗管理不善，账物不符", "★★", "疫苗出入库登记，每月盘点。"),
            ("向养殖户收取检疫以外费用", "★", "收费项目和标准公示，接受监督。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        sh.add("所在股室", dept, "岗位职责", duty)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "santai_tashan_agri_center_cards", "http://www.www-68455.com/haowen/247353.html",
        "镇农业服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 农技员, 检疫员), after the source's paper on 乡镇"
        "农业服务中心 (农技推广, 农产品质量安全检测室, 动物检疫, 人员被抽调): a title, ``持卡人 | … | 职　务 | …`` and ``所在股室 | "
        "… | 岗位职责 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the "
        "stars and ``持卡人签字： | 年　月　日``",
        sheets, t,
    )  # fmt: skip


def santai_liuying_agri_center_posts() -> dict:
    unit = f"{PLACE}刘营镇农业服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    lead, tech, econ, water = "中心领导", "农技股", "农经股", "水利股"
    rows = [
        (lead, "主任", "leader", "项目资金安排", "农业产业项目资金安排不经集体研究，向关系户倾斜", "Ⅰ级",
         "项目资金安排经中心会议研究，报镇党委会审定。"),
        (lead, "主任", "leader", "项目验收", "对大棚扶持等项目验收不严，虚报建设数量", "Ⅰ级",
         "验收实行中心、村、农户三方签字，影像存档。"),
        (tech, "股长", "middle", "良种推广", "指定良种供应商，收受回扣", "Ⅱ级",
         "良种采购比质比价，供应商名单公示。"),
        (tech, "股长", "middle", "病虫测报", "病虫情报发布不及时，统防统治物资分配不公", "Ⅲ级",
         "病虫情报按期发布，物资分配到村公示。"),
        (tech, "农技员", "general", "测土配方", "测土配方施肥取样数据编造", "Ⅲ级", "取样点位拍照定位，数据抽查复核。"),
        (econ, "农经员", "general", "土地流转", "土地流转合同鉴证把关不严，损害农户权益", "Ⅱ级",
         "流转合同使用示范文本，鉴证前核实农户意愿。"),
        (econ, "农经员", "general", "清产核资", "村集体资产清产核资不实，漏登资产", "Ⅱ级",
         "清产核资结果经村民代表会议确认并公示。"),
        (water, "水利员", "general", "小型水利工程", "山坪塘整治工程验收不到场即签字", "Ⅱ级",
         "工程验收现场核量，验收记录双人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：中心办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "santai_liuying_agri_center_posts", "https://52xueshu.com/w/doc9klye20ss.html",
        "镇农业服务中心 廉政风险点排查表 对岗不对人, after the source's 乡镇农技站工作职责 (良种引进, 病虫测报, 测土配方施肥, "
        "无公害蔬菜基地, 大棚扶持): a title, then 序号/股室 merged (中心领导, 农技股, 农经股, 水利股)/岗位 merged per post/a "
        "short 风险点/a long 风险表现/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no type column; an ``编制：中心办公室 | "
        "审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def santai_lingxing_service_center_two_sheets() -> dict:
    unit = f"{PLACE}灵兴镇便民服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 8, 22, 34, 10, 10, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("庹峻屹", "主任", "主持中心全面工作", [
            ("进驻事项和窗口人员调整个人说了算", "制度机制", "中风险", "进驻事项调整报镇党委会研究。"),
            ("对窗口违规办理问题查处不力", "岗位职责", "高风险", "违规办理问题建立台账，按月通报。"),
        ]),
        ("雒湘筠", "副主任", "分管社会事务、社会保障窗口", [
            ("对低保等救助审核签批把关不严", "岗位职责", "高风险", "救助事项实行经办、审核、审批分离。"),
            ("接受办事群众礼品礼金", "思想道德", "低风险", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), BANDS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])

    win = _Sheet("窗口", [6, 14, 12, 9, 36, 10, 10, 32])
    _line(win, f"{unit}窗口岗位廉政风险防控表", 8)
    win.add("序号", "窗口", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社会事务窗口", "经办员", "苌霈云", [
            ("低保申请家庭经济状况核查走过场", "业务流程", "高风险", "入户核查两人以上，核查结果村内公示。"),
            ("临时救助金额确定随意", "制度机制", "中风险", "按救助标准分档确定金额，集体审核。"),
        ]),
        ("社会保障窗口", "经办员", "郗澍棠", [
            ("城乡居民养老保险待遇资格认证弄虚作假", "岗位职责", "中风险", "资格认证采用人脸识别，疑点入户核实。"),
            ("违规为不符合条件人员办理参保补缴", "业务流程", "高风险", "补缴事项逐级审核，资料存档。"),
        ]),
        ("综合受理窗口", "帮办代办员", "邬漪筱", [
            ("代办事项收取费用或索要好处", "思想道德", "中风险", "代办服务免费，代办事项登记并回访。"),
        ]),
        ("自然资源窗口", "经办员", "鄂芷汀", [
            ("农村宅基地申请审查不严，违规受理", "岗位职责", "高风险", "宅基地申请村组公示，镇联审联办。"),
        ]),
    ]  # fmt: skip
    first = len(win.rows)
    n = 0
    for dept, post, who, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            win.add(n, dept, post, who, point, typ, lv, measures)
            t.point(win.name, dept, post, who, "general", point, types_in(typ), BANDS[lv])
    _per_person(win, first, 1, 2, 3)
    win.add("制表：中心综合股", None, None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "santai_lingxing_service_center_two_sheets",
        "https://www.90buyu.com/fanwendaquan/zhenxingxiangzhen/50935.html",
        "镇便民服务中心 廉政风险防控表 in two sheets, after the source's 四川 乡镇(街道)便民服务中心建设规范 (进驻部门及项目, "
        "窗口, 标识, 工作设施, 应急管理): ``中心领导`` (序号/姓名/职务/分管工作 merged per person/风险点/风险类别/风险等级/"
        "防控措施) and ``窗口`` (序号/窗口 merged/岗位 and 姓名 merged per person/…); short types; ``高风险/中风险/低风险``; "
        "a 制表/审核/date line under the second",
        [lead, win], t,
    )  # fmt: skip


def santai_beiba_community_groups() -> dict:
    unit = f"{PLACE}北坝镇凯江社区"
    sh = _Sheet("防控表", [6, 20, 9, 22, 38, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    groups = [
        ("一、社区“两委”成员", [
            ("社区党委书记、居委会主任", "佘沂澜", "leader", [
                ("社区重大事项决策", "社区重大事项不经“两委”联席会议和居民代表会议，个人决定", "高",
                 "重大事项落实“四议两公开”，会议记录存档。"),
                ("社区工程项目", "社区微改造项目指定施工队伍", "高", "项目按镇规定比选，结果公示。"),
            ]),
            ("社区党委副书记", "阮霁窈", "leader", [
                ("党员发展", "发展党员程序不规范，优亲厚友", "中", "发展对象公示，镇党委预审。"),
            ]),
            ("居委会副主任", "郯蔚岑", "middle", [
                ("低保评议", "低保民主评议组织不规范，评议人员不足", "中", "评议会邀请镇人大代表、居民代表参加。"),
            ]),
        ]),
        ("二、居务监督委员会", [
            ("居务监督委员会主任", "卢瀞岷", "middle", [
                ("居务监督", "对居务公开、财务收支监督流于形式", "低", "每季度审核居务财务公开内容并签字。"),
            ]),
        ]),
        ("三、社区专职工作者", [
            ("社区报账员", "旷楚湄", "general", [
                ("经费报账", "虚开、拆分票据报账", "中", "报账票据经“两委”会签和镇财政所审核。"),
                ("公益性岗位补贴", "公益性岗位人员考勤造假", "低", "考勤表每月公示，镇人社服务所抽查。"),
            ]),
            ("网格员", "幸滢帆", "general", [
                ("信息采集", "泄露居民个人信息", "低", "信息系统实名登录，采集资料专柜保管。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("社区党委（盖章）", None, None, None, None, "2025年6月", None)
    return _layout(
        "santai_beiba_community_groups", "http://puapp.net/c/20230513/35893.html",
        "镇 社区 廉洁风险防控表, after the source's study of 城市社区党委书记 (权力运行不畅, 管理监督不完善, 工作任务重): a title, "
        "序号/岗位/姓名/a short 风险点/a long 风险描述/风险等级 高/中/低/防控措施 under GROUP ROWS ``一、社区“两委”成员``, "
        "``二、居务监督委员会``, ``三、社区专职工作者`` merged across (no 科室 column); 岗位 and 姓名 merged per person; no "
        "type column; a ``社区党委（盖章） | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def santai_qijiang_village_list() -> dict:
    unit = f"{PLACE}郪江镇金钟村"
    sh = _Sheet("清单", [6, 16, 9, 14, 34, 10, 10, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}村级小微权力廉洁风险防控清单", 8)
    _line(sh, f"填报单位（盖章）：金钟村党委{GAP * 12}填报时间：2025年5月", 8)
    sh.add("序号", "岗位", "姓名", "权力事项", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("村党委书记、村委会主任", "贲枳言", "leader", [
            ("村级工程项目", "村级工程项目不经村民代表会议，直接发包", "制度机制", "一级风险",
             "工程项目落实“四议两公开”，合同报镇备案。"),
            ("集体资产资源发包", "集体鱼塘、林地低价发包给亲友", "思想道德", "一级风险", "资产资源发包公开竞价，结果公示。"),
        ]),
        ("村委会副主任", "蓟翮之", "leader", [
            ("物资采购", "村级物资采购不比价，虚报价格", "业务流程", "二级风险", "采购三家比价，村监委会参与验收。"),
        ]),
        ("村务监督委员会主任", "禤泓岑", "middle", [
            ("村务监督", "对村级财务票据审核签字走过场", "岗位职责", "二级风险", "票据逐张审核，发现问题报镇纪委。"),
        ]),
        ("村文书", "祖湲祎", "general", [
            ("证明出具", "违规出具各类证明材料", "岗位职责", "二级风险", "证明事项登记，村“两委”集体审核。"),
            ("“三务”公开", "党务、村务、财务公开不及时、不全面", "制度机制", "三级风险", "每月10日前更新公开栏并拍照报镇。"),
        ]),
        ("村报账员", "却峥瑛", "general", [
            ("村级报账", "白条入账，先支款后报账", "业务流程", "一级风险", "报账凭证经村监委会主任签字，镇财政所审核。"),
            ("务工报酬发放", "虚报务工人数和天数", "思想道德", "三级风险", "务工名单和报酬公示，谁派工谁负责。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in people:
        for power, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, power, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分一级风险、二级风险、三级风险，一级风险为最高。", 8)
    return _layout(
        "santai_qijiang_village_list", "http://www.zgxbyx.cn/infoview.asp?id=2956",
        "村 小微权力 廉洁风险防控清单, after the source's 镇 村级小微权力清单 (“三资”管理, 工程项目, 物资采购, 公共服务, 组织人事, "
        "“三务”公开; 一旦任性行事): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` line, then 序号/岗位 "
        "and 姓名 merged per person/``权力事项``/廉洁风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "a merged ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    santai_luxi_town_concurrent_heads(),
    santai_guanqiao_finance_office_list(),
    santai_xiping_finance_selfchecks(),
    santai_tashan_agri_center_cards(),
    santai_liuying_agri_center_posts(),
    santai_lingxing_service_center_two_sheets(),
    santai_beiba_community_groups(),
    santai_qijiang_village_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch281-inbox"))
