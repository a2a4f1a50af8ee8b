"""The two-hundred-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 乡镇, 街道,
村/社区 and 站所, 昭觉县 (a county of the 凉山彝族自治州 on the 昭觉河, its staff mostly Yi, its 沐恩邸
社区 the great 易地扶贫搬迁 settlement) — the 竹核镇林业站's 防控卡, the 碗厂乡拉洛村's “两委” 排查表, the
沐恩邸社区's 清单, the 四开镇司法所's 一览表, the 三岔河镇水利站's 排查登记表, the 地莫镇畜牧兽医站's
自查表, the 谷曲镇便民服务中心's 一览表 and the 比尔镇财政所's 一览表 — each handing back the table its staff
typed in WPS or Excel, the rows about 生态护林员 选聘, 巡护APP 出勤率, 松材线虫 疫木, 野生动物致害补偿, 林木采伐,
村务监督委员会, 自开收据, 证明, “四议两公开”, 帮扶车间, 楼栋长, 党员中心户, 临时救助, 就业补贴, 人民调解,
社区矫正, 法律援助, 管委会, 用水户, 开缺费, 水费, 春秋两季集中免疫, 补免, 耳标, 瘦肉精, 检疫出证, 代办员, 委托,
规费, 村账所管, 转移支付, 代管协议, 理财小组 and 一事一议:

- the 竹核镇林业站's 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 林政员, 资源管护员): ``持卡人 | … |
  岗　位 | … | 所在站所 | …`` in one row and a merged ``主要职责：…`` line above a short ``风险点`` beside a long
  ``风险表现``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | 镇分管领导（签字）：``;
- the 拉洛村's 村“两委”干部廉政风险排查表 under a merged ``填报单位：…（盖章）　…　填报时间：…`` line:
  ``姓名 | 职务 | 分工`` merged per person, ``…风险`` types, ``一级/二级/三级``, a last ``监督人`` column (the
  村务监督委员会主任, merged over the whole table), three seals and a date below;
- the 沐恩邸社区's 社区工作者岗位廉政风险防控清单: ``姓名`` BEFORE ``岗位`` (both merged per person), short
  types under ``风险类别``, ``高风险/中风险/低风险``, a 填表人/审核人/社区党委（盖章） line;
- the 四开镇司法所's 一览表: one column ``岗位（姓名）`` written ``所长（…）`` and merged per person, a
  ``工作环节`` column before the risk, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a 填表人/所长/镇分管领导 line;
- the 三岔河镇水利站's 排查登记表: ``填报站所：水利站 | 填报时间：…`` line, ``岗位`` and ``姓名`` merged per
  person, ``风险内容``, short types, 高/中/低, ``备注``; blank spacer rows between posts, and the 水管员, who
  has nothing to declare, on a row saying only ``无``; ``站长签字：`` and ``年 月 日`` below;
- the 地莫镇畜牧兽医站's 岗位廉政风险自查表, one sheet a person (tabs 站长, 检疫员, 防疫员): ONE merged
  line ``姓名：…　　职务：…　　填表时间：…`` under a ``单位：…`` line, ``…风险`` types, 高/中/低, a ``整改时限``
  column, ``本人签字： | 站长审核：`` below;
- the 谷曲镇便民服务中心's 一览表: ``岗位`` and ``姓名`` merged per person, a ``代办村`` column (the 村 a
  代办员 serves; ``/`` for the rest), a ``服务事项`` column before the risk, short types, 高/中/低;
- the 比尔镇财政所's 一览表 under ``附件1`` and a ``填报单位：… | 填报时间：…`` line: ``岗位`` and ``姓名``
  merged per person, a short ``风险点`` beside a long ``风险描述``, short types, ``一级风险/二级风险/三级风险``, the
  heading typed again where the second page begins, a ``注：`` line and a sign-off line.

One is harder:

- ``zhaojue_chengbei_street_formula_template``: the 城北街道's 廉政风险评估表 filled in the 县纪委's Excel
  TEMPLATE, whose cells compute: ``序号`` is ``=ROW()-4``, ``风险值`` is ``=发生概率×危害程度`` and
  ``风险等级`` is ``=IF(风险值>=15,"高",IF(风险值>=8,"中","低"))`` — the file holds the FORMULAS and the
  values Excel computed (高/中/低, the numbers) as a workbook saved by Excel holds them. Staff filled
  ``科室 | 岗位 | 姓名 | 廉政风险点 | 发生概率（1—5） | 危害程度（1—5） | 防控措施`` and left the template's
  further rows alone: under the eleven filled rows NINE template rows still carry their formulas, so
  each shows a ``序号`` (12 … 20), a ``风险值`` of ``0`` and a ``风险等级`` of ``低`` with no risk point, no
  post and no holder. A ``说明：`` line above the table gives the bands (``风险值≥15为高风险，8—14为中风险，
  ≤7为低风险``) and says the two columns are computed. The README's 读得懂的表 knows levels read from a
  ``风险值`` by bands a note gives, a template's leftover ``请选择`` rows and an Excel 表格 (ListObject); it says
  nothing of cells that are formulas (the level a formula's value) nor of template rows that show a
  number, a score and a level only because their formulas run on below the filled rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 乡林业站 training its 生态护林员 after
their 选聘 — 职责范围, 考核办法, 巡护APP, 出勤率, 松材线虫, 森林防火, 野生动物保护; a 村务监督委员会 checking the
村委会会计's receipts and a 村支书's 证明; a 县's 易地搬迁社区 — “三站四会五家”, 党员中心户, 帮扶车间; a piece on
what a 司法所 does — 人民调解, 社区矫正, 法律援助, 法治宣传; a 乡's 小型水利工程管护制度 — 管委会, 用水户 登记造册,
供用水协议, 开缺费, 水费按亩收取, 乡水管站; a 区's 乡镇动物防疫站 — 防疫员, 村级防疫员, 春秋两季集中免疫 and
补免, 瘦肉精检测与检疫同步; a 镇's 政务代办员制度 — 窗口单位负责人, 每村1名, 委托, 受理, 初审, 回交, 规费; an
审计局 on 乡镇财政决算 — 村账所管, 转移支付账, 代管协议, 理财小组 只管盖章子, 一事一议; a page on a 街道's 风险
等级 评分体系 — 权重, 综合风险得分, 高、中、低三个等级) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with
rare given names — 缑, 笪, 仉, 麴, 乜, 衣, 庹, 郦, 巴, 乌, 郇, 邴, 胥, 眭 … — and Yi names as a 凉山 county's
staff carry them — 沙马曲铁, 阿洛尔呷, 吉觉么作, 阿苦日布, 的惹阿呷, 吉好拉者, 阿牛日哈 …); every unit is a body of
昭觉县 (its 镇, 乡, 街道, 社区 and 村, real names or invented).

Run ``python tests/published/score.py --set batch266`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches (most as batch262 took them):

- in the harder template a level is what its cell shows — the value its formula computed, which the
  ``说明：`` bands give too; ``序号`` and ``风险值`` are numbers; a template row with no risk point (only a
  formula's ``序号``, ``0`` and ``低``) is no point and no form;
- a 镇's (乡's) own 站/所/中心 is a part of the 镇, as batches 72, 163, 228, 254, 258 and 262 took them: in a file
  of one 站/所 the unit is the 镇 (``昭觉县竹核镇``), the department the 站/所 as the title writes it (``林业站``);
  a 街道's 办, 中心 and 执法队 are its 科室, ``街道领导`` the 科室 of its leaders; a 社区 and a 村 are units with no
  科室;
- 党工委书记, 办事处主任, 村党支部书记, 村委会主任 and the 一肩挑 ``社区党委书记、居委会主任`` (kept as written) are
  leaders; 站长, 所长, the 主任 of a 镇's 中心 or of a 街道's 办 or 中心, and the 队长 of a 街道's 执法队 middle;
  the rest (林政员, 管护员, 会计, 文书, 专职工作者, 管理员, 调解员, 专干, 技术员, 收缴员, 水管员, 检疫员, 防疫员,
  受理员, 代办员, 网格员, 执法队员 …) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``主要职责：``, ``分工``,
  ``工作环节``, ``服务事项``, ``代办村``, ``整改时限``, ``备注``, ``监督人`` (the 村务监督委员会主任, who holds no
  point), ``说明：`` and ``注：`` lines and seals are no points and name no holder; ``岗位（姓名）`` written
  ``所长（郦桉屿）`` is the post and its holder;
- ``★★★/★★/★`` (by the ``注：`` line), ``一级/二级/三级``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, 高/中/低
  and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx`` plus
formula cells, each with the value Excel computed) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b266_"
PLACE = "昭觉县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
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

HIGH, MIDDLE = 15, 8  # the template's bands: 风险值 ≥15 高, 8–14 中, ≤7 低


def _band(score: int) -> str:
    return "高" if score >= HIGH else "中" if score >= MIDDLE else "低"


# (科室, 岗位, 姓名, tier, [(廉政风险点, 发生概率, 危害程度, 防控措施)])
STREET = [
    ("街道领导", "党工委书记", "沙马曲铁", "leader", [
        ("重大事项、大额资金使用不经党工委会集体研究", 4, 5, "严格执行“三重一大”集体决策，会议纪要存档备查。"),
        ("干部考核评优搞平衡、照顾关系", 2, 4, "考核细则公开，评优结果公示五个工作日。"),
    ]),
    ("街道领导", "办事处主任", "缑岫岚", "leader", [
        ("辖区建设项目发包插手干预、指定施工队伍", 3, 5, "项目发包按限额进入公共资源交易平台，纪工委全程监督。"),
    ]),
    ("党政办公室", "主任", "阿洛尔呷", "middle", [
        ("公务接待超标准、无公函接待", 3, 3, "接待先审批后接待，接待清单按月公示。"),
        ("办公用品采购指定商家、虚开票据", 2, 3, "办公用品比价采购，入库出库登记。"),
    ]),
    ("社会事务服务中心", "主任", "笪沅芷", "middle", [
        ("低保审核把关不严，优亲厚友办理“人情保”", 4, 4, "低保对象社区评议、街道审核、公示七日，动态复核。"),
    ]),
    ("社会事务服务中心", "民政专干", "吉觉么作", "general", [
        ("临时救助资金发放不及时或截留", 3, 4, "救助资金打卡发放，发放名单张榜公示。"),
    ]),
    ("网格化服务管理中心", "网格员", "仉霁萤", "general", [
        ("入户走访台账弄虚作假，信息不实", 2, 2, "走访记录定位留痕，中心每月抽查回访。"),
    ]),
    ("综合行政执法队", "队长", "阿苦日布", "middle", [
        ("对流动摊贩、违法建设选择性执法", 3, 5, "执法全程记录，处理结果公示。"),
    ]),
    ("综合行政执法队", "执法队员", "麴沛岑", "general", [
        ("暂扣物品私自处理、罚款不开票据", 3, 4, "暂扣物品登记入库，罚款一律开具票据。"),
        ("执法中接受当事人宴请、礼品", 2, 3, "签订廉洁执法承诺书，执法两人以上。"),
    ]),
]  # fmt: skip

LEFTOVER = 9  # template rows under the filled ones, their formulas still in place
FORMULA_HEAD = 3  # the header row (0-based): the first data row is Excel row 5, so 序号 = ROW()-4


def zhaojue_chengbei_street_formula_template() -> dict:
    unit = f"{PLACE}城北街道"
    heads = ("序号", "科室", "岗位", "姓名", "廉政风险点", "发生概率（1—5）", "危害程度（1—5）", "风险值",
             "风险等级", "防控措施")  # fmt: skip
    ncols = len(heads)
    sh = _Sheet("风险评估表", [6, 14, 10, 10, 34, 9, 9, 8, 8, 34])
    t = _Truth(unit)
    formulas: dict[tuple[int, int], str] = {}
    _line(sh, f"{unit}岗位廉政风险评估表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}办事处{GAP * 10}填报时间：2024年12月", ncols)
    _line(
        sh,
        "说明：风险值=发生概率×危害程度（各按1—5分评定）；风险值≥15为高风险，8—14为中风险，≤7为低风险。"
        "序号、风险值、风险等级由表格自动计算，请勿修改。",
        ncols,
    )
    assert sh.add(*heads) == FORMULA_HEAD
    first = len(sh.rows)

    def formula_row(dept, post, who, point, chance, harm, measures) -> int:
        r = len(sh.rows)
        x = r + 1  # the Excel row
        score = (chance or 0) * (harm or 0)
        sh.add(
            r - FORMULA_HEAD, dept, post, who, point, chance, harm, score, _band(score), measures
        )
        formulas[(r, 0)] = f"=ROW()-{FORMULA_HEAD + 1}"
        formulas[(r, 7)] = f"=F{x}*G{x}"
        formulas[(r, 8)] = f'=IF(H{x}>={HIGH},"高",IF(H{x}>={MIDDLE},"中","低"))'
        return r

    for dept, post, who, tier, points in STREET:
        for point, chance, harm, measures in points:
            formula_row(dept, post, who, point, chance, harm, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[_band(chance * harm)])
    last = len(sh.rows) - 1
    _per_person(sh, first, 1, 2, 3, last=last)
    for _ in range(LEFTOVER):
        formula_row(None, None, None, None, None, None, None)
    sh.add()
    sh.add(
        "填表人：",
        None,
        None,
        "审核人：",
        None,
        None,
        "街道党工委（盖章）",
        None,
        "2024年12月",
        None,
    )
    lay = _layout(
        "zhaojue_chengbei_street_formula_template",
        "https://www.seridoat.com/article/nan-jing-jie-dao-feng-xian-deng-ji-jie-mi-ru-he-ke-xue-hua-fen-"
        "shou-hu-she-qu-an-quan.html",
        "(harder) 县城北街道 岗位廉政风险评估表 filled in the 县纪委's Excel TEMPLATE, after the source's 街道 风险等级 "
        "评分体系 (每个因素设定权重, 计算出综合风险得分, 划分为高、中、低三个等级): a title, a merged ``填报单位（盖章）：…"
        "　填报时间：2024年12月`` line, a ``说明：风险值=发生概率×危害程度…；风险值≥15为高风险，8—14为中风险，≤7为低风险。"
        "序号、风险值、风险等级由表格自动计算，请勿修改。`` line, then 序号/科室 merged (街道领导, 党政办公室, 社会事务服务"
        "中心, 网格化服务管理中心, 综合行政执法队)/岗位 and 姓名 merged per person/廉政风险点/``发生概率（1—5）``/"
        "``危害程度（1—5）``/``风险值``/``风险等级``/防控措施, where the 序号, 风险值 and 风险等级 cells are FORMULAS "
        "(``=ROW()-4``, ``=F5*G5``, ``=IF(H5>=15,\"高\",IF(H5>=8,\"中\",\"低\"))``) saved with their computed values; "
        "under the eleven filled rows NINE template rows still carry the formulas — 序号 12 to 20, 风险值 ``0``, "
        "风险等级 ``低``, nothing else; a blank row and a 填表人/审核人/街道党工委（盖章）/date line; no type column",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["formulas"] = formulas
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def zhaojue_zhuhe_forestry_cards() -> dict:
    unit = f"{PLACE}竹核镇"
    dept = "林业站"
    t = _Truth(unit)
    cards = [
        ("站长", "乜荇川", "站长", "middle", "主持林业站全面工作，负责生态护林员选聘考核、森林防火和林业项目管理", [
            ("生态护林员选聘", "选聘中优亲厚友，把不符合条件的亲友聘为生态护林员", "★★★",
             "选聘条件和名单在各村公示，经镇党委会研究后报县林业和草原局审核。"),
            ("护林员考核", "巡护APP出勤率考核走过场，考核结果与劳务报酬发放脱节", "★★",
             "出勤率按月导出通报，报酬按考核结果发放并公示。"),
            ("森林防火物资管理", "防火物资采购、发放不登记，账物不符", "★", "物资入库出库登记，每季度盘点。"),
        ]),
        ("林政员", "的惹阿呷", "林政员", "general", "负责林木采伐、林地征占用的受理初审和林政案件的协助查处", [
            ("林木采伐受理初审", "为不符合条件的采伐申请出具同意的初审意见", "★★★", "采伐申请现场查验两人以上，查验照片存档。"),
            ("林地征占用现场查验", "现场查验不实，少报、漏报征占用面积", "★★", "查验结果由站长复核，面积以测量为准。"),
        ]),
        ("资源管护员", "衣沐阳", "资源管护员", "general", "负责松材线虫病等林业有害生物监测、野生动物致害损失核查", [
            ("松材线虫病疫木除治", "疫木除治数量虚报，套取除治补助资金", "★★", "疫木除治逐株登记、拍照，除治数量抽查核实。"),
            ("野生动物致害补偿核查", "损失核查不实，多报损失面积和金额", "★★", "核查结果在村公示，补偿资金打卡发放。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 18, 32, 9, 20, 16])
        _line(sh, f"{unit}林业站岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "岗　位", post, "所在站所", f"竹核镇{dept}")
        _line(sh, f"主要职责：{duty}。", 6)
        r = sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for i, (point, shown, stars, measures) in enumerate(points, 1):
            r = sh.add(i, point, shown, stars, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 6)
        sh.add("持卡人（签字）：", None, None, "镇分管领导（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "zhaojue_zhuhe_forestry_cards", "http://wap.zhushan.cn/p/242870.html",
        "镇林业站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 林政员, 资源管护员), after the source's 乡林业站 "
        "training its 生态护林员 after their 选聘 (职责范围, 考核办法, 巡护APP 使用情况和出勤率, 松材线虫, 森林防火, 野生"
        "动物保护): a title, ``持卡人 | … | 岗　位 | … | 所在站所 | 竹核镇林业站`` in one row, a merged ``主要职责：…`` "
        "line, then 序号/a short 风险点/a long ``风险表现``/风险等级 ``★★★/★★/★``/防控措施 (merged over two columns); "
        "a ``注：`` line reading the stars and ``持卡人（签字）： | 镇分管领导（签字）：``; no type column",
        sheets, t,
    )  # fmt: skip


def zhaojue_laluo_village_committee() -> dict:
    unit = f"{PLACE}碗厂乡拉洛村"
    sh = _Sheet("排查表", [6, 10, 14, 20, 34, 12, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}村“两委”干部廉政风险排查表", 9)
    _line(sh, f"填报单位：碗厂乡拉洛村（盖章）{GAP * 12}填报时间：2024年11月", 9)
    sh.add("序号", "姓名", "职务", "分工", "风险点", "风险类型", "风险等级", "防控措施", "监督人")
    watcher = "苏尔补嫫"  # the 村务监督委员会主任: watches, holds no point
    people = [
        ("吉好拉者", "村党支部书记", "leader", "主持村党支部全面工作", [
            ("村级重大事项不按“四议两公开”程序决策，个人说了算", "制度机制风险", "一级",
             "重大事项经村“两委”会商、党员大会审议、村民代表会议决议，结果公开。"),
            ("村集体经济项目交由亲友承揽", "思想道德风险", "一级", "集体项目公开比选，村务监督委员会全程监督。"),
        ]),
        ("阿牛日哈", "村委会主任", "leader", "主持村民委员会工作，负责村级工程和村务管理", [
            ("为村民出具证明不调查核实，出具虚假证明", "岗位职责风险", "二级", "出具证明前入户核实，证明存根登记备查。"),
            ("村级小型工程验收走过场", "业务流程风险", "二级", "工程验收邀请村务监督委员会和村民代表参加。"),
        ]),
        ("俄久石者", "村委会会计", "general", "负责村级财务记账、报账", [
            ("以自开收据代替正规发票入账报销", "业务流程风险", "一级", "报销一律凭合规票据，村务监督委员会逐张审核签字。"),
            ("现金支出不经村务监督委员会审核", "制度机制风险", "二级", "每笔支出经手人、证明人签字，监委会审核后报乡审批。"),
        ]),
        ("吉则克惹", "村文书", "general", "负责村务公开、档案和低保救助材料初审", [
            ("村务公开内容不全、不及时", "岗位职责风险", "三级", "每月10日前更新公开栏，公开照片存档。"),
            ("低保、临时救助初评材料把关不严", "岗位职责风险", "二级", "初评材料经村民代表评议，评议结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, post, tier, work, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who, post, work, point, typ, lv, measures, watcher)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    person = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, person), (2, person), (3, person), (8, lambda row: row[8])])
    sh.add()
    sh.add(
        "村党支部（盖章）",
        None,
        None,
        "村民委员会（盖章）",
        None,
        "村务监督委员会（盖章）",
        None,
        None,
        None,
    )
    sh.add(None, None, None, None, None, None, None, "2024年11月20日", None)
    return _layout(
        "zhaojue_laluo_village_committee", "https://news.china.com/domestic/945/20180507/32383805_4.html",
        "村 村“两委”干部廉政风险排查表, after the source's 村务监督委员会 at work (the 监委会 checking the 村委会会计's "
        "self-made receipts, the 村主任 asked for 购买凭证, a 村支书's 证明 given without 调查; 签字, 盖公章, 封存): a title, a "
        "merged ``填报单位：碗厂乡拉洛村（盖章）　…　填报时间：2024年11月`` line, then 序号/``姓名 | 职务 | 分工`` merged per "
        "person (村党支部书记, 村委会主任, 村委会会计, 村文书)/风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施/"
        "a last ``监督人`` column (the 村务监督委员会主任's name merged over the whole table); three seals and a date",
        [sh], t,
    )  # fmt: skip


def zhaojue_muendi_community_list() -> dict:
    unit = f"{PLACE}沐恩邸社区"
    sh = _Sheet("防控清单", [6, 10, 18, 34, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}社区工作者岗位廉政风险防控清单", 7)
    sh.add("序号", "姓名", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    people = [
        ("庹湘沅", "社区党委书记、居委会主任", "leader", [
            ("帮扶车间入驻企业和场地租金安排个人说了算", "制度机制", "高风险", "入驻企业和租金标准经社区“两委”会研究并公示。"),
            ("社区集体经济收益分配不公开", "岗位职责", "高风险", "收益分配方案经居民代表会议通过，张榜公示。"),
        ]),
        ("海来尔布", "社区专职工作者（民政）", "general", [
            ("临时救助、低保申请入户调查不实", "岗位职责", "中风险", "入户调查两人以上，调查表由楼栋长签字确认。"),
            ("残疾人两项补贴对象认定优亲厚友", "思想道德", "中风险", "认定名单在楼栋公示，党员中心户参与评议。"),
        ]),
        ("阿育依莫", "社区专职工作者（就业）", "general", [
            ("就业补贴、务工交通补助虚报人数", "业务流程", "高风险", "务工人员名单与用工单位核对，补助打卡发放。"),
            ("技能培训签到造假，套取培训经费", "外部环境", "中风险", "培训签到拍照留存，培训名单公示。"),
        ]),
        ("瓦渣拉体", "帮扶车间管理员", "general", [
            ("车间务工人员考勤记录不实，多报工资", "业务流程", "低风险", "考勤每日打卡，工资表经社区审核后公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, post, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who, post, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, None, 2, 1)
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "社区党委（盖章）", None, "2024年10月")
    return _layout(
        "zhaojue_muendi_community_list", "https://m.bimoxiezuo.com/view?id=n5xgo527mfsgcyzs&type=2",
        "易地搬迁安置社区 社区工作者岗位廉政风险防控清单, after the source's 易地搬迁社区治理 经验 (“三站四会五家”, 无职党员 "
        "and 党员中心户, 帮扶车间, 搬迁群众 稳得住、能融入): a title, then 序号/``姓名`` BEFORE ``岗位`` (both merged per "
        "person: the 一肩挑 社区党委书记、居委会主任, two 社区专职工作者, the 帮扶车间管理员)/廉政风险点/``风险类别`` (short "
        "types)/风险等级 ``高风险/中风险/低风险``/防控措施; a blank row and a 填表人/审核人/社区党委（盖章）/date line",
        [sh], t,
    )  # fmt: skip


def zhaojue_sikai_judicial_office() -> dict:
    unit = f"{PLACE}四开镇"
    dept = "司法所"
    sh = _Sheet("一览表", [6, 22, 14, 36, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}司法所岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位（姓名）", "工作环节", "廉政风险点", "风险等级", "防控措施")
    people = [
        ("所长", "郦桉屿", "middle", [
            ("所务管理", "办公经费、“以奖代补”资金使用不按规定审批", "Ⅱ级", "经费支出经镇财政所审核，按季在所内公示。"),
            ("法律援助", "对不符合条件的申请人违规出具法律援助初审意见", "Ⅰ级", "初审材料清单化，审查意见报县司法局复核。"),
        ]),
        ("人民调解员", "俄其木呷", "general", [
            ("人民调解", "调解中偏袒一方，收受当事人财物", "Ⅰ级", "调解两人以上，调解协议当事人签字确认，电话回访。"),
            ("调解卷宗", "虚报调解案件数量，套取调解补贴", "Ⅱ级", "卷宗逐卷登记，所长每月抽查。"),
        ]),
        ("社区矫正专干", "曲木伍沙", "general", [
            ("社区矫正对象请假审批", "违规批准社区矫正对象外出请假", "Ⅰ级", "请假审批按权限逐级报批，外出期间定位核查。"),
            ("法治宣传", "法治宣传活动资料、经费虚报", "Ⅲ级", "宣传活动拍照留存，经费凭票报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in people:
        for step, point, lv, measures in points:
            n += 1
            sh.add(n, f"{post}（{who}）", step, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人：", None, "所长：", None, "镇分管领导：", None)
    return _layout(
        "zhaojue_sikai_judicial_office",
        "https://www.paxyq.com/t/jie-mi-si-fa-suo-jie-mi-ji-ceng-fa-zhi-shou-hu-zhe-de-gong-zuo-ri-chang.html",
        "镇司法所 岗位廉政风险防控一览表, after the source's piece on what a 司法所 does (人民调解 of 邻里、婚姻家庭纠纷, 社区"
        "矫正 of 缓刑、假释人员, 法律援助 for 经济困难 当事人, 法治宣传教育): a title, then 序号/ONE column ``岗位（姓名）`` "
        "written ``所长（郦桉屿）`` merged per person/``工作环节``/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a blank "
        "row and a 填表人/所长/镇分管领导 line; no type column",
        [sh], t,
    )  # fmt: skip


def zhaojue_sanchahe_water_register() -> dict:
    unit = f"{PLACE}三岔河镇"
    dept = "水利站"
    sh = _Sheet("登记表", [6, 12, 10, 34, 12, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}水利站岗位廉政风险排查登记表", 8)
    r = sh.add(f"填报站所：{dept}", None, None, None, "填报时间：2024年10月", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "岗位", "姓名", "风险内容", "风险类型", "风险等级", "防控措施", "备注")
    groups = [
        ("站长", "巴荻澄", "middle", [
            ("小型水利工程维修项目安排优亲厚友", "思想道德", "高", "维修项目经管委会研究，安排结果公示。"),
            ("工程竣工验收走过场，降低标准", "业务流程", "中", "验收邀请用水户代表参加，验收资料存档。"),
        ]),
        ("工程技术员", "阿侯石布", "general", [
            ("开缺接管审核把关不严，私自开缺收费", "岗位职责", "高", "开缺申请经管委会审核、镇政府批准，开缺费开票入账。"),
            ("工程量签证与实际不符", "制度机制", "中", "签证两人以上现场确认，照片留存。"),
        ]),
        ("水费收缴员", "乌嵘洄", "general", [
            ("水费收取不开票据，截留、坐支水费", "外部环境", "高", "水费一律开具票据，每月解缴入专户。"),
            ("用水户登记造册不实，少登漏登", "岗位职责", "低", "用水户名册在村公示，每年核对一次。"),
        ]),
        ("水管员", "吉狄拉莫", "general", [
            ("无", None, None, None),
        ]),
    ]  # fmt: skip
    n = 0
    for g, (post, who, tier, points) in enumerate(groups):
        if g:
            sh.add()  # a spacer row between posts
        first = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures, None)
            if point != "无":
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[2])])
    sh.add()
    sh.add("站长签字：", None, None, None, None, "年　月　日", None, None)
    return _layout(
        "zhaojue_sanchahe_water_register", "https://yakdoc.com/html/411893.html",
        "镇水利站 岗位廉政风险排查登记表, after the source's 乡 小型水利工程管护制度 (工程管委会, 用水户 逐户登记造册, 供用水"
        "协议, 开缺接管 交 100~300 元 开缺费, 水费 按亩收费, 乡水管站 规划设计): a title, a ``填报站所：水利站 | 填报时间："
        "2024年10月`` line (two merges), then 序号/岗位 and 姓名 merged per person/``风险内容``/风险类型 (short)/风险等级 "
        "高/中/低/防控措施/``备注`` (empty); a blank spacer row between posts; the 水管员 on a row saying only ``无`` (no "
        "form in the truth); ``站长签字：`` and ``年　月　日`` below",
        [sh], t,
    )  # fmt: skip


def zhaojue_dimo_vet_selfchecks() -> dict:
    unit = f"{PLACE}地莫镇"
    dept = "畜牧兽医站"
    t = _Truth(unit)
    people = [
        ("站长", "勒尔伍达", "站长", "middle", [
            ("强制免疫疫苗出入库不登记，账物不符", "制度机制风险", "中", "疫苗出入库逐批登记，每月盘点。", "2024年10月"),
            ("村级防疫员劳务补助考核不实", "岗位职责风险", "高", "补助按免疫档案和抽查结果发放，名单公示。", "2024年11月"),
        ]),
        ("检疫员", "马黑阿支", "检疫员", "general", [
            ("产地检疫不到现场，违规出具检疫证明", "岗位职责风险", "高", "检疫出证系统定位，现场照片上传。", "立即整改"),
            ("瘦肉精检测与检疫不同步，检测记录造假", "业务流程风险", "中", "检测与检疫同步进行，检测记录双人签字。", "2024年10月"),
            ("接受畜禽贩运户宴请、好处费", "外部环境风险", "中", "签订廉洁承诺书，八小时外行为监督。", "长期坚持"),
        ]),
        ("防疫员", "沙玛日呷", "防疫员", "general", [
            ("春秋两季集中免疫和补免漏免，免疫档案造假", "岗位职责风险", "中", "免疫档案与耳标号逐户核对，站里抽查。",
             "2024年11月"),
            ("耳标发放不登记，倒卖耳标", "思想道德风险", "低", "耳标按户发放登记，剩余耳标收回。", "2024年10月"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 14, 8, 30, 12])
        _line(sh, f"{unit}畜牧兽医站岗位廉政风险自查表", 6)
        _line(sh, f"单位：{unit}{dept}", 6)
        _line(sh, f"姓名：{who}{GAP * 4}职务：{post}{GAP * 4}填表时间：2024年9月", 6)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防范措施", "整改时限")
        for i, (point, typ, lv, measures, due) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, due)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "zhaojue_dimo_vet_selfchecks", "https://twshunji.com/content/2014/07/18/7478048.html",
        "镇畜牧兽医站 岗位廉政风险自查表, one sheet a person (tabs 站长, 检疫员, 防疫员), after the source's 区 乡镇动物"
        "防疫站 (在编防疫员, 在聘村级防疫员, 春秋两季集中免疫和常年补免, 乡不漏村、村不漏户, 定点屠宰 瘦肉精检测与检疫同步): "
        "a title, a merged ``单位：…畜牧兽医站`` line and ONE merged line ``姓名：…　　职务：…　　填表时间：2024年9月``, "
        "then 序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防范措施/``整改时限``; a blank row and ``本人签字： | "
        "站长审核：``",
        sheets, t,
    )  # fmt: skip


def zhaojue_guqu_service_center() -> dict:
    unit = f"{PLACE}谷曲镇"
    dept = "便民服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 16, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}便民服务中心岗位廉政风险防控一览表", 9)
    sh.add(
        "序号",
        "岗位",
        "姓名",
        "代办村",
        "服务事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    people = [
        ("中心主任", "郇蔓汀", "/", "middle", [
            ("窗口人员管理", "对窗口人员迟到早退、违规办件不管不问", "制度机制", "中", "窗口考勤每日公示，违规办件通报。"),
            ("代办员考核", "代办员考核打分凭印象，考核结果不公开", "岗位职责", "低", "考核细则上墙，结果在中心公示。"),
        ]),
        ("社保窗口受理员", "的日古格", "/", "general", [
            ("城乡居民养老保险", "待遇领取资格认证把关不严，冒领养老金", "岗位职责", "高", "认证结果系统比对，死亡人员信息每月核查。"),
        ]),
        ("民政窗口受理员", "阿衣木果", "/", "general", [
            ("低保、特困申请受理", "对申请材料不全的违规受理或故意刁难", "业务流程", "中", "一次性告知，受理材料清单化。"),
        ]),
        ("代办员", "吉伍日甲", "谷曲村", "general", [
            ("委托代办", "借代办收取群众额外费用", "思想道德", "高", "规费凭票据由委托人支付，代办不收任何费用。"),
            ("材料回交", "代办事项办结后不及时回交证件", "业务流程", "低", "回交登记、委托人签收。"),
        ]),
        ("代办员", "眭沚澜", "日都村", "general", [
            ("委托代办", "泄露委托人身份证、户口等个人信息", "外部环境", "中", "委托材料专夹保管，办结后当面交还。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, village, tier, points in people:
        for item, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, village, item, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, person), (2, person), (3, person)])
    sh.add()
    sh.add("填表人：", None, None, "中心主任：", None, None, "镇分管领导：", None, None)
    return _layout(
        "zhaojue_guqu_service_center", "https://www.xiaomilidoc.com/p-6468276.html",
        "镇便民服务中心 岗位廉政风险防控一览表, after the source's 镇 政务代办员制度 (窗口单位负责人 and 每村确定的1名工作人员 as "
        "代办员; 委托, 受理, 代理, 回交; 规费 paid by the 委托者): a title, then 序号/岗位 and 姓名 merged per person (中心"
        "主任, 社保窗口受理员, 民政窗口受理员, two 代办员)/a ``代办村`` column (the 村 each 代办员 serves, ``/`` for the rest)/"
        "``服务事项``/廉政风险点/风险类型 (short)/风险等级 高/中/低/防控措施; a blank row and a 填表人/中心主任/镇分管领导 line",
        [sh], t,
    )  # fmt: skip


def zhaojue_bier_finance_office() -> dict:
    unit = f"{PLACE}比尔镇"
    dept = "财政所"
    sh = _Sheet("Sheet1", [6, 12, 10, 16, 36, 10, 10, 32])
    t = _Truth(unit)
    header = ("序号", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    sh.add("附件1")
    _line(sh, f"{unit}财政所岗位廉政风险防控一览表", 8)
    r = sh.add(
        f"填报单位：{unit}{dept}", None, None, None, "填报时间：2024年10月", None, None, None
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add(*header)
    people = [
        ("所长", "邴梧岑", "middle", [
            ("转移支付资金拨付", "村级转移支付资金不按计划拨付，拨付顺序看关系", "制度机制", "一级风险",
             "拨付计划经镇党委会研究，按月公开拨付情况。"),
            ("一事一议项目", "一事一议奖补项目资金审核不严，虚报工程量", "岗位职责", "一级风险", "项目资金凭验收资料拨付，现场抽查。"),
        ]),
        ("村账代理会计", "日吉拉布", "general", [
            ("村账所管记账", "对村级白条、不合规票据照单入账", "业务流程", "一级风险", "不合规票据一律退回，记账前逐张审核。"),
            ("代管协议执行", "代管协议条款不更新，对村级大额支出不报审照付", "制度机制", "二级风险", "代管协议每年修订，大额支出报镇审批。"),
            ("村级财务公开", "村级账目公开不及时，理财小组只管盖章不审核", "岗位职责", "二级风险",
             "每季度公开村级收支，理财小组审核签字后入账。"),
        ]),
        ("出纳", "胥绮澜", "general", [
            ("现金管理", "坐支现金、公款私存", "思想道德", "一级风险", "现金日清月结，所长每月盘点。"),
            ("惠农资金发放", "惠民惠农补贴“一卡通”发放名单与核定名单不符", "外部环境", "三级风险",
             "发放名单与主管部门核定名单逐户比对，发放结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in people:
        for point, desc, typ, lv, measures in points:
            n += 1
            if n == 5:  # the second page begins: the heading typed again
                _per_person(sh, first, None, 1, 2)
                sh.add(*header)
                first = len(sh.rows)
            sh.add(n, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级风险（高）、二级风险（中）、三级风险（低）。", 8)
    sh.add("填表人：", None, None, "所长：", None, "镇分管领导（签字）：", None, None)
    return _layout(
        "zhaojue_bier_finance_office", "https://sjj.changzhou.gov.cn/html/sjj/2010/EDKJJLKM_0809/7174.html",
        "镇财政所 岗位廉政风险防控一览表 (tab Sheet1), after the source's 审计局 on 乡镇财政决算 and 村级财务 (村账所管, "
        "转移支付账, 代管协议 not updated, 村理财小组 只管盖章子, 一事一议, 水费): ``附件1``, a title, a ``填报单位：…财政所 "
        "| 填报时间：2024年10月`` line (two merges), then 序号/岗位 and 姓名 merged per person/a short 风险点/a long "
        "``风险描述``/风险类型 (short)/风险等级 ``一级风险/二级风险/三级风险``/防控措施, the heading typed again where the "
        "second page begins (inside the 村账代理会计's rows, his 岗位 and 姓名 typed again under it); a ``注：`` line and "
        "a 填表人/所长/镇分管领导（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhaojue_chengbei_street_formula_template(),
    zhaojue_zhuhe_forestry_cards(),
    zhaojue_laluo_village_committee(),
    zhaojue_muendi_community_list(),
    zhaojue_sikai_judicial_office(),
    zhaojue_sanchahe_water_register(),
    zhaojue_dimo_vet_selfchecks(),
    zhaojue_guqu_service_center(),
    zhaojue_bier_finance_office(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` plus formula cells: a sheet's ``formulas`` ({(row, col): formula}) are
    written as formulas with the cell's value in ``rows`` as the value Excel computed and saved."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 3, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        formulas = sheet.get("formulas") or {}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if (r, c) in formulas:
                    ws.write_formula(r, c, formulas[(r, c)], fmt, v)
                elif v is not None and (r, c) not in covered:
                    _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here (formula cells)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch266-inbox"))
