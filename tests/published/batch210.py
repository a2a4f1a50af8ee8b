"""A two-hundred-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the three
official forms (附件2/附件3/附件4) and the offices' own 防控卡, 自查表, 登记表, 承诺书 and 岗位说明书, filled
by the staff of county bodies no earlier batch used, as they really come back: rows inserted, labels
reworded, fields moved below the table, several cards on one sheet or one per sheet. Every unit is
a body of an invented 巫溪县 (its town 栎坪镇 and its 雁栖坝水库 invented too):

- a 土地储备中心's 附件2, one sheet per leader (``主任``, ``副主任``), a row INSERTED under the printed
  ones with its 序号 left blank, the ``“三重一大”方面`` row, unused numbered rows, review boxes, 注;
- a 青少年活动中心's 附件3, one sheet per 部, the field row ``科室 | 培训部 | 负责人 | … | 岗位风险等级 |
  二级`` MOVED BELOW the table (only the ``单位(盖章):…`` line between the title and the header);
- a 粮食储备库's 附件4, one sheet per post, the labels reworded (``姓　名``, ``所在股室及岗位``) and the
  股室 and post run together in one value (``仓储股保管员``);
- a 水库管理所's 岗位说明书 one sheet per post: ``一、岗位基本情况`` with ``岗位名称 | … | 所属部门 | …``
  and ``任职人 | … | 直接上级 | 工程管理股股长``, a ``岗位职责`` line, ``二、岗位廉政风险点及防控措施`` (a
  short 风险点 beside ``风险表现``), then ``三、任职条件`` in prose under the table;
- a 住房公积金管理中心's 承诺书 one sheet per person, the 承诺人, 科室 and 职务 in one line under the table;
- a 地震局's 干部岗位廉政风险登记表 one sheet per person, a grid of personal data above the table
  (``姓名 | 性别 | 出生年月``, ``政治面貌 | 学历 | 参加工作时间``, ``工作部门 | 现任职务 | 任现职时间``);
- a 城市管理综合行政执法大队's 防控卡 STACKED on one sheet, each opened by ``姓名 | … | 所在中队 | … |
  职务 | …``, one card with an inserted row whose 序号 is blank;
- a 中心血站's 自查表 one sheet per person (tabs ``Sheet1``…), no field above the table, the signer
  in separate cells under it ``自查人（签名）： | … | 所在科室： | … | 岗位： | …``, a ``自查情况`` column;
- a 镇's 农业服务中心 防控卡 one sheet per person, the tabs the holders' names, ``单位 | 巫溪县栎坪镇农业
  服务中心 | 姓名 | … | 职务 | …`` above the table.

One is harder:

- ``rescue_station_card_grid``: a 救助管理站 prints its four pocket cards FOUR TO A PAGE — two cards
  side by side (a blank column between) and two such pairs one under the other, each card its own
  title, ``持卡人 | … | 岗位 | …``, ``部门 | … | 填卡时间 | …`` and 序号/风险点/风险等级/防控措施 table.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no earlier
batch cited; most pages describe their subject in prose, and the layout follows their words for
the unit, its parts, its posts and its risks. Rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch210`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b210_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a row inserted in a form with its 序号 blank is a point like the others;
- the 附件3 field row moved under the table still gives the form's 科室 and 负责人 (title "", as the
  附件3 forms of earlier batches);
- ``所在股室及岗位 | 仓储股保管员`` is 科室 仓储股, post 保管员 (as ``所在科室及职务``);
- in a 岗位说明书, ``岗位名称`` is the post, ``所属部门`` the 科室, ``任职人`` the holder; ``直接上级`` names
  the post above it (no holder, no post of this form); ``任职条件`` and ``岗位职责`` prose are no points;
- the personal data of a 登记表 (性别, 出生年月, 政治面貌, 学历, dates) are no points; ``工作部门`` is the
  科室 and ``现任职务`` the post; a ``备注`` is no point;
- a 中队 of the 执法大队 is its 科室; a 镇's 农业服务中心 is a 科室 of the 镇 (unit ``巫溪县栎坪镇``);
- ``站领导`` is the 科室 of the 站长's card (as 所领导 in earlier batches);
- 主任/副主任 of a county 中心, 站长, 局长 are leaders; 部长 of the 青少年活动中心, 股长, 科长, 中队长 and the
  主任 of a 镇's 服务中心 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch94 import NOTE, NOTE_GENERAL, REVIEWS, _line, _merge_runs, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b210_"
PLACE = "巫溪县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
FORM_HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险等级", "防控措施")


# --------------------------------------------------------------------------- harder layout


def rescue_station_card_grid() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("防控卡", [5, 30, 8, 30, 3, 5, 30, 8, 30])
    t = _Truth(unit)
    cards = [
        ("冼砚田", "站长", "站领导", "leader", [
            ("救助经费使用不经站务会研究,个人决定大额支出", "高", "大额支出经站务会集体研究,按季公开收支。"),
            ("受助人员生活物资采购指定供应商", "中", "物资采购三家比价,验收两人签字。"),
            ("接受定点医院、托养机构请托,违规安排送治、托养", "高", "送治、托养机构公开选定,费用逐笔审核。"),
        ]),
        ("乐正芃", "科长", "业务科", "middle", [
            ("对不属于救助对象的人员违规给予救助", "中", "求助人员情况登记核实,科长复核签字。"),
            ("乘车凭证发放不登记,虚报返乡人数", "高", "乘车凭证编号管理,发放由受助人员签收。"),
            ("受助人员离站手续把关不严", "低", "离站登记表逐项填写,值班领导审核。"),
        ]),
        ("綦朴言", "接待登记员", "业务科", "general", [
            ("受助人员随身物品登记不全,私自侵占", "中", "物品当面清点登记,双人签字封存。"),
            ("擅自向受助人员收取费用", "高", "无偿救助告知上墙,投诉电话公开。"),
        ]),
        ("宿南荇", "会计", "财务室", "general", [
            ("救助资金报账审核不严,虚列伙食、医疗支出", "高", "报账凭证附受助人员名单,站长审签。"),
            ("现金未及时存入银行,坐支挪用", "中", "现金日清月结,库存现金不超限额。"),
        ]),
    ]  # fmt: skip
    _line(sh, f"{unit}岗位廉政风险防控卡", 9)
    sh.add()
    for pair in (cards[:2], cards[2:]):
        top = len(sh.rows)
        height = 4 + max(len(c[4]) for c in pair)
        for _ in range(height):
            sh.add(*([None] * 9))
        for side, (who, post, dept, tier, points) in enumerate(pair):
            c = 0 if side == 0 else 5
            rows = sh.rows
            rows[top][c] = "岗位廉政风险防控卡"
            sh.merge(top, c, top, c + 3)
            rows[top + 1][c : c + 4] = ["持卡人", who, "岗位", post]
            rows[top + 2][c : c + 4] = ["部门", dept, "填卡时间", "2024年4月"]
            rows[top + 3][c : c + 4] = ["序号", "风险点", "风险等级", "防控措施"]
            for n, (point, lv, measures) in enumerate(points, 1):
                rows[top + 3 + n][c : c + 4] = [n, point, lv, measures]
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
    sh.add("监督电话:0523-5128120", None, None, None, None, None, None, None, None)
    return _layout(
        "rescue_station_card_grid", "http://jbjzz.com/article_details.aspx?id=1260",
        "(harder) 县救助管理站 岗位廉政风险防控卡 after the source's 救助管理站值班制度 (24小时值班, 交接班登记, 受助凭证, "
        "入站申请表, 站负责领导): FOUR pocket cards printed FOUR TO A PAGE on one sheet under one title — two cards side "
        "by side (columns A–D and F–I, column E blank) and two such pairs one under the other, a blank row between; "
        "each card its own merged title ``岗位廉政风险防控卡``, ``持卡人 | … | 岗位 | …``, ``部门 | … | 填卡时间 | …`` "
        "(站领导, 业务科 twice, 财务室) and 序号/风险点/风险等级 高/中/低/防控措施; no type column; a 监督电话 line at the "
        "foot",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def land_reserve_annex2() -> dict:
    unit = f"{PLACE}土地储备中心"
    t = _Truth(unit)
    leaders = [
        ("主任", "邰岫白", "一级", [
            ("主持中心全面工作", "土地收储项目补偿标准调整个人说了算", "制度机制风险", "高",
             "补偿标准调整经中心班子集体研究,报县自然资源局审定。"),
            (None, "土地前期开发项目指定施工单位", "岗位职责风险", "高", "开发项目进入公共资源交易平台公开招标。"),
            ("分管财务", "土地储备资金拨付不按合同进度", "业务流程风险", "中", "资金拨付凭监理确认的进度,财务、业务双审核。"),
        ], [("储备地块出让前期调查中隐瞒地块瑕疵", "思想道德风险", "中",
             "地块调查报告经集体审核,调查人员签字负责。")], [
            ("参与中心集体决策", "储备土地临时利用出租对象确定不经集体研究", "制度机制风险", "中",
             "临时利用出租公开招租,出租方案集体研究并留存纪要。"),
        ]),
        ("副主任", "郄鸣皋", "二级", [
            ("分管收储业务", "收储地块权属调查、面积测绘把关不严,多算补偿面积", "岗位职责风险", "高",
             "测绘由第三方机构承担,成果经两人以上复核并公示。"),
            (None, "与被收储单位私下协商,提高补偿金额", "外部环境风险", "高", "补偿协议按标准文本签订,补偿结果公示。"),
            ("分管储备土地管护", "储备土地管护不到位,被非法占用不报告", "岗位职责风险", "低", "建立巡查台账,每月实地巡查。"),
        ], [("管护服务外包考核走过场", "业务流程风险", "低", "考核细则公开,考核结果与服务费挂钩。")], [
            ("参与中心集体决策", "对分管收储项目的决策事项不如实汇报", "思想道德风险", "中",
             "重大事项提交班子会议集体研究,如实汇报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, grade, rows, inserted, big in leaders:
        sh = _Sheet(post, [6, 18, 36, 14, 8, 34])
        sh.add("附件2")
        _line(sh, "领导岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章):{unit}", 6)
        sh.add("姓名", who, "职务", post, "岗位风险等级", grade)
        sh.add(*LEADER_HEAD)
        first = len(sh.rows)
        for n, (duty, point, kind, lv, measures) in enumerate(rows, 1):
            sh.add(n, duty, point, kind, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[lv])
        for point, kind, lv, measures in inserted:  # a row inserted, no number given
            sh.add(None, None, point, kind, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[lv])
        _merge_runs(sh, 1, first + 2, len(sh.rows) - 1)
        sh.merge(first, 1, first + 1, 1)
        _line(sh, "“三重一大”方面", 6)
        for n, (duty, point, kind, lv, measures) in enumerate(big, 1):
            sh.add(n, duty, point, kind, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[lv])
        for n in range(len(big) + 1, 5):
            sh.add(n, None, None, None, None, None)
        _reviews(sh, REVIEWS[1:], 6)
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "land_reserve_annex2", "http://35331.cn/lhs_ps2p0mts6p0mg89n54h7jh80r7oi3e00w00w00w01i01dgl3fl0_4.html",
        "县土地储备中心 附件2 领导岗位廉政风险识别和防控表 after the source's 节约集约利用土地规定 (土地储备, 出让, 闲置土地): "
        "ONE SHEET PER LEADER (tabs ``主任``, ``副主任``), ``单位(盖章):…`` line, ``姓名 | … | 职务 | … | 岗位风险等级 | "
        "一级``; 序号/分管工作 merged/风险点/``…风险`` types/高/中/低/防控措施; under the three numbered rows a row "
        "INSERTED with its 序号 and 分管工作 blank; a merged ``“三重一大”方面`` row, its row 1 filled and rows 2–4 only "
        "numbered; two blank review boxes; 注",
        sheets, t,
    )  # fmt: skip


def youth_center_annex3_fields_below() -> dict:
    unit = f"{PLACE}青少年活动中心"
    t = _Truth(unit)
    parts = [
        ("培训部", "蓟汀兰", "二级", [
            ("负责公益课程和特长培训", "招生报名", "公益课程名额优先安排关系人员子女", "岗位职责", "中",
             "报名线上进行,名额超出时公开摇号,结果公示。"),
            (None, "收费管理", "培训班收费不开票、不入账", "制度机制", "高", "收费统一扫码缴入单位账户,票据系统开具。"),
            (None, "外聘教师", "外聘教师课时费虚报", "业务流程", "中", "课时签到、课堂照片存档,课时费按月公示。"),
            ("负责场地和教室安排", "场地使用", "将培训教室私下出借给校外培训机构收费", "思想道德", "高",
             "场地使用登记审批,禁止对外出借。"),
        ]),
        ("活动部", "豆栖梧", "三级", [
            ("负责青少年校外活动组织", "活动承办", "夏令营、研学活动承办机构选定不公开", "制度机制", "中",
             "承办机构公开比选,方案经中心集体研究。"),
            (None, "物资采购", "活动物资采购虚高报价", "外部环境", "低", "采购三家比价,验收两人签字。"),
            (None, "评比表彰", "青少年才艺比赛评分优亲厚友", "岗位职责", "低", "评委随机抽取,评分现场公布。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, head, grade, rows in parts:
        sh = _Sheet(dept, [22, 14, 36, 12, 8, 34])
        sh.add("附件3")
        _line(sh, "中层岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章):{unit}", 6)
        sh.add(*FORM_HEAD)
        first = len(sh.rows)
        for row in rows:
            sh.add(*row)
            t.point(sh.name, dept, "", head, "middle", row[2], types_in(row[3]), HML[row[4]])
        _merge_runs(sh, 0, first, len(sh.rows) - 1)
        sh.add(None, None, None, None, None, None)
        sh.add("科室", dept, "负责人", head, "岗位风险等级", grade)
        _reviews(sh, REVIEWS, 6)
        _line(sh, NOTE, 6)
        sheets.append(sh)
    return _layout(
        "youth_center_annex3_fields_below", "http://szb.21xc.com/xccb/PC/con/202008/19/c52806.html",
        "县青少年活动中心 附件3 中层岗位廉政风险识别和防控表 after the source's account of a 市青少年活动中心 (兴趣特长培训, "
        "公益课程 美术班、舞蹈班, 活动项目, 舞蹈汇演): one sheet per 部 (``培训部``, ``活动部``); only the ``单位(盖章):…`` "
        "line between the title and the header — the field row ``科室 | 培训部 | 负责人 | 蓟汀兰 | 岗位风险等级 | 二级`` MOVED BELOW the table "
        "after one blank template row; 岗位职责 merged/工作流程/风险点/short types/高/中/低/防控措施; three blank review "
        "boxes; 注",
        sheets, t,
    )  # fmt: skip


def grain_depot_annex4() -> dict:
    unit = f"{PLACE}粮食储备库"
    t = _Truth(unit)
    people = [
        ("保管员", "谯禾穗", "仓储股", "保管员", "二级", [
            ("负责储备粮保管和出入库", "入库验收", "入库粮食以次充好、虚增数量", "岗位职责风险", "Ⅰ级",
             "入库检验、检斤双人操作,数据系统自动采集。"),
            (None, "日常保管", "储备粮账实不符,私自动用储备粮", "制度机制风险", "Ⅰ级",
             "专仓储存、专人保管、专账记载,每月账实核对。"),
            (None, None, "保管损耗虚报", "业务流程风险", "Ⅱ级", "损耗按定额核定,超定额报库务会研究。"),
            (None, "出库管理", "出库时多出少记,与提货方串通", "外部环境风险", "Ⅱ级", "出库凭通知单,出库数量双人复核。"),
        ]),
        ("化验员", "庾澄霭", "质检化验室", "化验员", "二级", [
            ("负责粮食质量检验", "扦样", "扦样不按规定点位,选择性扦样", "岗位职责风险", "Ⅰ级",
             "扦样全程视频记录,样品双人封存。"),
            (None, "检验", "篡改检验数据,提高粮食等级", "思想道德风险", "Ⅰ级", "检验数据仪器直传,复检比例不低于10%。"),
            (None, "留样", "留样保管不善,样品被调换", "制度机制风险", "Ⅲ级", "留样登记编号,专柜双锁保管。"),
        ]),
        ("出纳", "靳棠樾", "财务股", "出纳", "三级", [
            ("负责现金和银行存款收付", "资金收付", "收取粮款不入账,公款私存", "制度机制风险", "Ⅱ级",
             "收款通过银行账户,日清月结,会计每月对账。"),
            (None, "票据管理", "空白支票保管不严", "岗位职责风险", "Ⅲ级", "支票与印鉴分人保管,领用登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, grade, rows in people:
        sh = _Sheet(tab, [22, 12, 36, 14, 8, 34])
        sh.add("附件4")
        _line(sh, "一般岗位廉政风险识别和防控表", 6)
        _line(sh, f"单位(盖章):{unit}", 6)
        sh.add(f"姓{GAP}名", who, "所在股室及岗位", f"{dept}{post}", "岗位风险等级", grade)
        sh.add(*FORM_HEAD)
        first = len(sh.rows)
        for row in rows:
            sh.add(*row)
            t.point(sh.name, dept, post, who, "general", row[2], types_in(row[3]), ROMAN[row[4]])
        _merge_runs(sh, 0, first, len(sh.rows) - 1)
        for _ in range(2):
            sh.add(None, None, None, None, None, None)
        _reviews(sh, REVIEWS, 6)
        _line(sh, NOTE_GENERAL, 6)
        sheets.append(sh)
    return _layout(
        "grain_depot_annex4", "http://lswz.xinjiang.gov.cn/xjgrain/zcwj/202105/8e36094c4fd148788a70b35677f65866.shtml",
        "县粮食储备库 附件4 一般岗位廉政风险识别和防控表 after the source's 政府储备粮食仓储管理办法 (专仓储存、专人保管、专账"
        "记载, 出入库, 扦样检验, 账实相符): one sheet per post (tabs ``保管员``, ``化验员``, ``出纳``), the field row "
        "REWORDED ``姓　名 | 谯禾穗 | 所在股室及岗位 | 仓储股保管员 | 岗位风险等级 | 二级`` (股室 and post in one value); "
        "岗位职责 merged/工作流程 (blank on an inserted row)/风险点/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; two blank "
        "template rows, blank review boxes, 注",
        sheets, t,
    )  # fmt: skip


def reservoir_post_description() -> dict:
    unit = f"{PLACE}雁栖坝水库管理所"
    t = _Truth(unit)
    posts = [
        ("股长", "昝临渊", "工程管理股", "分管副所长", "middle",
         "负责大坝安全监测、工程维修养护和防汛物资管理,组织闸门启闭调度。",
         "水利工程相关专业大专以上学历,具有助理工程师以上职称,从事水库管理工作三年以上。", [
            ("维修养护项目", "维修养护项目拆分发包,指定施工队伍", "制度机制", "Ⅰ级",
             "维修项目按规定比选,比选结果所务会研究并公示。"),
            ("工程量签证", "虚增维修工程量,签证把关不严", "岗位职责", "Ⅰ级", "工程量现场计量,股长、监理双签。"),
            ("防汛物资", "防汛物资采购验收不严,账物不符", "业务流程", "Ⅱ级", "物资入库登记,汛前汛后盘点。"),
        ]),
        ("闸门启闭工", "逄岱屹", "工程管理股", "工程管理股股长", "general",
         "负责放水洞、溢洪道闸门启闭操作和启闭设备日常养护,做好操作记录。",
         "高中以上学历,经启闭机操作培训合格,持证上岗。", [
            ("放水调度", "收受灌区用水户好处,私自开闸放水", "思想道德", "Ⅰ级",
             "闸门启闭凭调度指令,操作记录每日上报。"),
            ("设备养护", "启闭设备养护材料虚报冒领", "岗位职责", "Ⅲ级", "养护材料领用登记,旧件交回。"),
        ]),
        ("会计", "屈湄汀", "综合股", "综合股股长", "general",
         "负责单位财务核算、水费收缴核对和预算执行。",
         "会计相关专业大专以上学历,具有会计初级以上职称。", [
            ("水费收缴", "水费收缴不入账,截留挪用", "制度机制", "Ⅰ级", "水费统一缴入单位账户,按月对账公示。"),
            ("报账审核", "对虚假发票审核把关不严", "岗位职责", "Ⅱ级", "报账凭证三级审核,大额支出所长审签。"),
            ("库区渔业承包", "库区渔业承包费减免不按规定", "外部环境", "Ⅱ级", "承包费减免经所务会研究并公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, boss, tier, duty, needs, points in posts:
        sh = _Sheet(post, [6, 16, 30, 12, 8, 34])
        _line(sh, f"{unit}岗位说明书", 6)
        _line(sh, "一、岗位基本情况", 6)
        r = sh.add("岗位名称", post, None, "所属部门", dept, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("任职人", who, None, "直接上级", boss, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        _line(sh, "二、岗位廉政风险点及防控措施", 6)
        sh.add("序号", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
        for n, (point, desc, kind, lv, measures) in enumerate(points, 1):
            sh.add(n, point, desc, kind, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), ROMAN[lv])
        _line(sh, "三、任职条件", 6)
        _line(sh, needs, 6)
        sh.add(None, None, None, "编制日期", "2024年3月", None)
        sheets.append(sh)
    return _layout(
        "reservoir_post_description", "http://m.handmsg.com/page/2011/0815/21405505.shtml",
        "县水库管理所 岗位说明书 after the source's account of 水库管理工作 (检查观测, 养护修理, 涵管, 闸门, 防汛备料, 农灌"
        "用水): one sheet per post (tabs ``股长``, ``闸门启闭工``, ``会计``), under the title ``一、岗位基本情况`` with "
        "``岗位名称 | … | 所属部门 | …`` and ``任职人 | … | 直接上级 | …`` (the 直接上级 a post: ``工程管理股股长``, "
        "``分管副所长``), a merged ``岗位职责`` line; ``二、岗位廉政风险点及防控措施`` over 序号/short 风险点/风险表现/short "
        "types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; ``三、任职条件`` and its prose UNDER the table; 编制日期",
        sheets, t,
    )  # fmt: skip


def housing_fund_pledge() -> dict:
    unit = f"{PLACE}住房公积金管理中心"
    t = _Truth(unit)
    people = [
        ("缪蘅芜", "归集科", "科员", "general", [
            ("为不符合条件的单位办理缓缴、降低缴存比例", "岗位职责风险", "中",
             "缓缴、降比申请按规定要件审核,科长复核。"),
            ("泄露缴存职工个人信息", "思想道德风险", "中", "系统实名操作,查询留痕,不对外提供信息。"),
            ("违规为个人办理补缴,协助套取公积金", "业务流程风险", "高", "补缴凭工资证明审核,大额补缴报分管领导审批。"),
        ]),
        ("殳霜序", "信贷科", "科长", "middle", [
            ("贷款审批降低条件,为不符合条件的借款人放贷", "岗位职责风险", "高",
             "贷款实行受理、审核、审批分离,审批结果留痕。"),
            ("接受开发企业、中介机构请托,优先审批", "外部环境风险", "高", "贷款按受理顺序办理,办理进度网上可查。"),
            ("逾期贷款催收不力", "制度机制风险", "低", "逾期贷款按月通报,催收记录存档。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, dept, post, tier, points) in enumerate(people, 1):
        sh = _Sheet(f"承诺书{k}", [6, 40, 14, 8, 36])
        _line(sh, f"{unit}岗位廉政风险防控承诺书", 5)
        _line(
            sh, "为切实做好本岗位廉政风险防控工作,本人对照岗位职责查找廉政风险点,作出如下承诺:", 5
        )
        sh.add("序号", "岗位风险点", "风险类别", "风险等级", "防控承诺")
        for n, (point, kind, lv, measures) in enumerate(points, 1):
            sh.add(n, point, kind, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), HML[lv])
        _line(sh, "本人自愿接受组织和群众监督,如有违反,愿承担相应责任。", 5)
        _line(sh, f"承诺人:{who}{GAP}{GAP}科室:{dept}{GAP}{GAP}职务:{post}", 5)
        sh.add(None, None, None, "2024年3月12日", None)
        sheets.append(sh)
    return _layout(
        "housing_fund_pledge", "http://m.jianbiaoku.com/webarbs/book/165658.shtml",
        "县住房公积金管理中心 岗位廉政风险防控承诺书 after the source's 住房公积金提取管理 规定 (提取, 缴存, 审核): one "
        "sheet per person (tabs ``承诺书1``, ``承诺书2``), a merged promise line, 序号/岗位风险点/风险类别 ``…风险``/"
        "高/中/低/防控承诺, a closing promise line, then ONE merged line UNDER the table "
        "``承诺人:缪蘅芜　　科室:归集科　　职务:科员`` and a date",
        sheets, t,
    )  # fmt: skip


def earthquake_register_personal_info() -> dict:
    unit = f"{PLACE}地震局"
    t = _Truth(unit)
    people = [
        ("蒉筠心", "女", "1986.04", "中共党员", "大学本科", "2008.07", "监测预报股", "股长", "2019.06", "middle",
         "负责地震监测台网运行、宏观测报点管理和震情值班。", [
            ("监测设备采购", "指定品牌,与供应商串通抬高价格", "制度机制", "高"),
            ("宏观测报员补助", "虚报测报员人数套取补助", "业务流程", "中"),
            ("震情信息", "擅自对外发布或泄露震情信息", "岗位职责", "中"),
        ]),
        ("弓砚秋", "男", "1993.11", "共青团员", "硕士研究生", "2019.08", "震害防御股", "科员", "2021.03", "general",
         "负责建设工程抗震设防要求监管和防震减灾科普宣传。", [
            ("抗震设防监管", "对未按要求抗震设防的工程不予查处", "岗位职责", "高"),
            ("科普宣传经费", "科普活动经费虚列开支", "思想道德", "低"),
        ]),
    ]  # fmt: skip
    measures = {
        "高": "实行集体研究、全程留痕,结果公开接受监督。",
        "中": "严格审核程序,两人以上经办,定期抽查。",
        "低": "建立台账,按季度自查。",
    }
    sheets = []
    for k, (who, sex, born, party, edu, work, dept, post, since, tier, duty, points) in enumerate(
        people, 1
    ):
        sh = _Sheet(f"Sheet{k}", [12, 30, 12, 12, 32, 12])
        _line(sh, f"{unit}干部岗位廉政风险登记表", 6)
        sh.add("姓名", who, "性别", sex, "出生年月", born)
        sh.add("政治面貌", party, "学历", edu, "参加工作时间", work)
        sh.add("工作部门", dept, "现任职务", post, "任现职时间", since)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (point, desc, kind, lv) in enumerate(points, 1):
            sh.add(n, f"{point}:{desc}", kind, lv, measures[lv], None)
            t.point(sh.name, dept, post, who, tier, f"{point}:{desc}", types_in(kind), HML[lv])
        sh.add()
        sh.add("本人签字:", None, None, None, "填表日期", "2024年5月")
        sheets.append(sh)
    return _layout(
        "earthquake_register_personal_info", "https://www.xjws.gov.cn/ztzl/dzzskp/dzkpzs/content_108466",
        "县地震局 干部岗位廉政风险登记表 after the source's 地震宏观测报员工作职责 (宏观前兆观测, 日报表、月报表, 震情保密): "
        "one sheet per person (``Sheet1``, ``Sheet2``), a GRID of personal data above the table — ``姓名 | … | 性别 | "
        "女 | 出生年月 | 1986.04``, ``政治面貌 | … | 学历 | … | 参加工作时间 | …``, ``工作部门 | 监测预报股 | 现任职务 | "
        "股长 | 任现职时间 | …`` — and a merged 岗位职责 line; 序号/风险点 (``环节:表现`` in one cell)/short types/"
        "高/中/低/防控措施/an empty ``备注``; 本人签字/填表日期 under it",
        sheets, t,
    )  # fmt: skip


def city_admin_squadron_stacked() -> dict:
    unit = f"{PLACE}城市管理综合行政执法大队"
    sh = _Sheet("防控卡", [6, 14, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}执法人员廉政风险防控卡", 6)
    cards = [
        ("敖岳川", "一中队", "中队长", "middle", [
            ("案件查处", "对违法建设查处降格处理,以罚代拆", "岗位职责风险", "高", "处罚决定经法制审核,重大案件集体讨论。"),
            ("暂扣物品", "暂扣物品不登记,私自处置", "制度机制风险", "中", "暂扣物品清单当场开具,专库保管。"),
            (None, "接受商户宴请、购物卡,对占道经营放任不管", "外部环境风险", "中", "执法全程记录仪记录,投诉必查。"),
            ("队员管理", "执法车辆公车私用", "制度机制风险", "低", "车辆定位管理,出车登记。"),
        ], [2]),
        ("仝野澜", "二中队", "队员", "general", [
            ("日常巡查", "巡查中发现违法行为不制止、不上报", "岗位职责风险", "中", "巡查轨迹定位,问题上报数字城管平台。"),
            ("现场执法", "执法不出示证件,选择性执法", "思想道德风险", "中", "亮证执法,执法记录仪全程开启。"),
        ], []),
        ("晏霁岑", "法制审核股", "法制员", "general", [
            ("法制审核", "审核把关不严,对程序违法的案件出具同意意见", "岗位职责风险", "高", "审核意见两人签字,定期案卷评查。"),
            ("罚没款", "罚没款收缴不及时,截留罚没款", "业务流程风险", "高", "罚没款直接缴入国库,票款定期核对。"),
        ], []),
    ]  # fmt: skip
    for who, dept, post, tier, points, inserted in cards:
        sh.add()
        sh.add("姓名", who, "所在中队", dept, "职务", post)
        sh.add("序号", "执法环节", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        n = 0
        for k, (step, point, kind, lv, measures) in enumerate(points):
            if k in inserted:
                sh.add(None, step, point, kind, lv, measures)
            else:
                n += 1
                sh.add(n, step, point, kind, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), HML[lv])
        _merge_runs(sh, 1, first, len(sh.rows) - 1)
    sh.add()
    sh.add("大队长审核签字:", None, None, None, "2024年6月", None)
    return _layout(
        "city_admin_squadron_stacked", "https://xiexiebang.com/a13/2019051512/5fd3e87039255964.html",
        "县城市管理综合行政执法大队 执法人员廉政风险防控卡 after the source's 城管执法车辆管理制度 (定人定车, 大队办公室, 公车"
        "私用, 执法员): three cards STACKED on one sheet under one title, a blank row before each, each opened by "
        "``姓名 | … | 所在中队 | 一中队 | 职务 | 中队长`` (the third card's 中队 cell naming a 股 ``法制审核股``) over "
        "序号/执法环节/风险点/``…风险``/高/中/低/防控措施; in the first card a row INSERTED after the second with its "
        "序号 and 执法环节 blank (the 执法环节 merged over it); 大队长审核签字 at the foot",
        [sh], t,
    )  # fmt: skip


def blood_station_self_check() -> dict:
    unit = f"{PLACE}中心血站"
    t = _Truth(unit)
    people = [
        ("沃星澈", "采血科", "采血护士", "general", [
            ("对不符合条件的献血者违规采血", "岗位职责", "高", "献血前健康征询和初筛两人核对。", "已落实"),
            ("献血者信息泄露", "思想道德", "中", "信息系统分级授权,不外传献血者资料。", "已落实"),
            ("献血纪念品发放不登记,私自截留", "制度机制", "低", "纪念品领用登记,每月盘点。", "已整改"),
        ], [2]),
        ("濮阳蕙", "检验科", "检验师", "general", [
            ("血液检测结果篡改、漏检", "岗位职责", "高", "检测数据系统直传,双人复核签发。", "已落实"),
            ("检测试剂采购验收不严", "外部环境", "中", "试剂按批次验收,留样备查。", "已落实"),
        ], []),
        ("栾昕禾", "供血科", "科长", "middle", [
            ("血液发放不按申请顺序,向关系医院倾斜", "业务流程", "中", "发血按临床申请单顺序,发放记录每日核对。", "已落实"),
            ("报废血液处置不登记", "制度机制", "中", "报废血液登记编号,集中销毁双人签字。", "已落实"),
            ("临床用血费用结算不及时", "制度机制", "低", "按月与医院结算对账。", "已落实"),
        ], []),
    ]  # fmt: skip
    sheets = []
    for k, (who, dept, post, tier, points, inserted) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [6, 34, 10, 8, 32, 10])
        _line(sh, f"{unit}个人岗位廉政风险自查表", 6)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        n = 0
        for j, (point, kind, lv, measures, state) in enumerate(points):
            if j in inserted:
                sh.add(None, point, kind, lv, measures, state)
            else:
                n += 1
                sh.add(n, point, kind, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), HML[lv])
        sh.add()
        sh.add("自查人（签名）：", who, "所在科室：", dept, "岗位：", post)
        sh.add("科室负责人意见：", None, None, None, "2024年4月", None)
        sheets.append(sh)
    return _layout(
        "blood_station_self_check", "https://abg.baidu.com/tags/zlsndkwwzla37phmwlu3d2wxxq16",
        "县中心血站 个人岗位廉政风险自查表 after the source's 输血质量检查标准 (采血, 检测, 发血, 报废血液): one sheet per "
        "person (tabs ``Sheet1``…``Sheet3``), NO field above the table; 序号/风险点/short types/高/中/低/防控措施/"
        "``自查情况`` (``已落实``, ``已整改``); on the first sheet the last row INSERTED with 序号 blank; UNDER the table "
        "the signer in separate cells ``自查人（签名）： | … | 所在科室： | … | 岗位： | …`` and a ``科室负责人意见：`` "
        "line with a date",
        sheets, t,
    )  # fmt: skip


def town_agri_center_cards() -> dict:
    unit = f"{PLACE}栎坪镇"
    center = f"{unit}农业服务中心"
    dept = "农业服务中心"
    t = _Truth(unit)
    people = [
        ("宰丹枫", "主任", "middle", [
            ("耕地地力保护补贴面积核实不严", "岗位职责", "二级", "补贴面积村组公示,中心复核抽查。"),
            ("农业项目验收走过场", "业务流程", "一级", "项目验收三人以上参加,验收资料存档。"),
            ("接受农资经营户宴请", "思想道德", "三级", "节假日廉洁提醒,礼品礼金登记上交。"),
        ]),
        ("衡茉野", "农技员", "general", [
            ("农机购置补贴核查不实,为倒卖农机者出具证明", "岗位职责", "一级", "农机现场核验拍照,铭牌号与系统比对。"),
            ("测土配方施肥物资发放不登记", "制度机制", "三级", "物资发放农户签字,台账公示。"),
        ]),
        ("尉迟峤", "动物防疫员", "general", [
            ("强制免疫疫苗私自出售", "制度机制", "一级", "疫苗出入库登记,免疫数量与养殖户核对。"),
            ("病死畜禽无害化处理补助虚报", "业务流程", "二级", "处理现场拍照,补助名单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 12, 10, 36])
        _line(sh, f"{center}廉政风险防控卡", 5)
        sh.add("单位", center, "姓名", who, None)
        sh.add("职务", post, "填卡日期", "2024年5月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, kind, lv, measures) in enumerate(points, 1):
            sh.add(n, point, kind, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(kind), GRADES[lv])
        sh.add()
        sh.add("持卡人签字:", None, "镇纪委监督电话:023-5150128", None, None)
        sheets.append(sh)
    return _layout(
        "town_agri_center_cards", "https://abg.baidu.com/tags/ywu3zpfx73hpdpfi2ct37pf2zplmnnwi",
        "镇农业服务中心 廉政风险防控卡 after the source's 农技服务绩效考核制度 (农技人员, 服务农户, 考核): one sheet per "
        "person, the TABS the holders' names; ``单位 | 巫溪县栎坪镇农业服务中心 | 姓名 | …`` and ``职务 | … | 填卡日期 | "
        "…`` above 序号/风险点/short types/一级/二级/三级/防控措施; 持卡人签字 and the 镇纪委监督电话 at the foot. The "
        "镇's own 中心 is a 科室 of the 镇",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rescue_station_card_grid(),
    land_reserve_annex2(),
    youth_center_annex3_fields_below(),
    grain_depot_annex4(),
    reservoir_post_description(),
    housing_fund_pledge(),
    earthquake_register_personal_info(),
    city_admin_squadron_stacked(),
    blood_station_self_check(),
    town_agri_center_cards(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch210-inbox"))
