"""A hundred-and-forty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 县委办公室, the 教师发展中心,
the county's 国家统计局 调查队, the 园艺技术推广站, the 河道管理所, the 投资促进中心, the 慈善总会, the 土地开发
整理中心 and the 人民来访接待中心, kinds no earlier batch used or used only once — each handing back its
ordinary 一览表, 排查表 or 清单 the way its staff typed it, every one of them a body of an invented
阜宁县 (its towns 芦荡镇, 菱溪镇, 沙垛镇, 荻垣乡 and 萍湾镇 invented too):

- the 教师发展中心's 一览表 with NO 姓名 column: the holders' names are typed into a LAST column headed
  ``本人签字`` (merged per person, as a file signed on screen comes back), 部门 merged (中心领导, 小学教研室,
  中学教研室, 培训部, 办公室), a ``岗位职责`` column, 高/中/低, no type column;
- the 调查队's 排查表 with a ``人员身份`` column between the holder and the point (``公务员``, ``工勤人员``,
  ``劳务派遣``), ``…风险`` types, 高/中/低;
- the 园艺技术推广站's 一览表 whose 科室 column is headed ``组别`` (站领导, 果树组, 蔬菜组, 食用菌组, 综合组), the
  posts under ``职务``, and a ``挂钩乡镇`` column naming the towns each technician serves (``芦荡镇、菱溪镇``;
  ``/`` for the 站长), levels ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 河道管理所's 排查表 with the LEVEL BEFORE THE POINT (``风险等级 | 廉政风险点``) and the type column
  added LAST, after the measures; its two hired 河道巡查员 written with a note after the name
  (``佴长庚（聘用）``, ``暨晚晴（聘用）``); ``一级/二级/三级``;
- the 投资促进中心's 一览表 with a ``联系领导`` column after the measures naming the 副主任 who oversees each
  部 (merged per 部, blank on the leaders' own rows) — the same names are holders of their own rows;
- the 慈善总会's 清单 对岗不对人 (部门/岗位, no names) with a ``是否重点岗位`` column of ``是/否``, 一级/二级/三级;
- the 土地开发整理中心's 一览表 with TWO name columns, ``姓名`` (the holder) and ``科室负责人`` (the 科长 of
  the row's 科室, merged per 科室, ``/`` for the 中心领导), ``…风险`` types, 高/中/低;
- the 人民来访接待中心's 一览表 with a short ``风险点`` beside ``风险表现形式``, ``高风险/中风险/低风险``, and two
  holders written with a note after the name: ``来晓筝（见习）`` and ``侍雨眠（借调）``.

One is harder:

- ``party_office_group_rosters``: the 县委办公室's 一览表 with NO 科室 and NO 姓名 column: each 科室 opens
  with a merged group row that lists its people by post — ``二、秘书科（科长：揭澄霁；科员：冉屿白）``,
  ``一、室务会成员（主任：扈砚耕；常务副主任：晁芷汀）`` — and the rows under it give only the 岗位; the
  督查室's head is a ``主任`` as the 县委办's own 主任 is, so the group decides whose row it is.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县委秘书组's 科室 and its 收文—登记—
分办—办理—回复—归档; a 教师进修学校 grown into a 教师发展中心; a 城镇住户调查 team's 记账户 and 辅助调查人员;
a 园艺技术工作站's 蔬菜、食用菌、茶叶 work; a 水利局's 河道巡查; a 区投资服务中心's 项目信息员 and 中心领导;
a 慈善总会秘书长 on 公信力; a 土地整理开发项目's 验收; what 信访工作 asks of its staff) and the layout
follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch141`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b141_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a group row ``二、秘书科（科长：揭澄霁；科员：冉屿白）`` names the 科室 of the rows under it and who holds
  each of its posts: the row ``科长`` under it is 揭澄霁's, ``科员`` 冉屿白's; ``一、室务会成员（…）`` names
  the leaders (department ``室务会成员``);
- a last column ``本人签字`` with names typed in is the holder column;
- ``人员身份`` (``公务员``, ``劳务派遣``), ``挂钩乡镇`` (towns the technician serves, no units), ``是否重点岗位``
  (``是/否``) are no post, holder, unit or point;
- ``佴长庚（聘用）``, ``来晓筝（见习）``, ``侍雨眠（借调）`` under 姓名 are 佴长庚, 来晓筝, 侍雨眠;
- ``联系领导`` names the leader who oversees a 部, no holder of its rows; ``科室负责人`` beside ``姓名`` is
  the head of the row's 科室, the holder is the ``姓名``;
- the 县委办's 主任 and 常务副主任, the 中心's 主任 and 副主任, the 调查队's 队长 and 副队长, the 站长 and
  副站长, the 所长 and 副所长, the 慈善总会's 常务副会长 and 秘书长 are leaders; 科长, 督查室主任, 教研室主任,
  培训部主任, 组长, 股长 and 部长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b141_"
PLACE = "阜宁县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RESAVED: tuple[str, ...] = ()


def _person_rows(sh: _Sheet, first: int, dept_col: int, cols: tuple[int, ...]) -> None:
    """Merge the 科室 column over its runs and ``cols`` over each person's rows (the 科室 and
    the values of ``cols`` the same)."""
    per_person = lambda row: (row[dept_col], *(row[c] for c in cols))  # noqa: E731
    _merge_down(
        sh, first, [(dept_col, lambda row: row[dept_col])] + [(c, per_person) for c in cols]
    )


# --------------------------------------------------------------------------- harder layout


def party_office_group_rosters() -> dict:
    unit = f"中共{PLACE}委办公室"
    sh = _Sheet("一览表", [6, 14, 38, 12, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    r = sh.add(None, None, None, "填报时间：2024年9月", None, None)
    sh.merge(r, 3, r, 5)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一", "室务会成员", [("主任", "扈砚耕"), ("常务副主任", "晁芷汀")], [
            ("主任", "leader", "办公室大额经费使用、公务用车购置不经室务会集体研究", "制度机制", "高",
             "大额支出和车辆购置严格执行“三重一大”集体决策,会议纪要存档。"),
            ("主任", "leader", "干部选拔、借调人员使用中打招呼、搞亲疏", "思想道德", "中",
             "干部选拔严格按程序,借调人员使用经室务会研究并备案。"),
            ("常务副主任", "leader", "县委重要会议、活动的会务服务项目指定承办单位", "岗位职责", "中",
             "会务服务按政府采购规定确定承办单位,结算凭清单审核。"),
        ]),
        ("二", "秘书科", [("科长", "揭澄霁"), ("科员", "冉屿白")], [
            ("科长", "middle", "文稿起草中为相关单位写入不当事项、争取政策", "岗位职责", "中",
             "文稿实行科长初审、分管副主任复审、主任审签。"),
            ("科员", "general", "收文登记、分办中压件、延误或擅自改变办理单位", "业务流程", "低",
             "收文全部录入办文系统,分办意见留痕,逾期自动提醒。"),
        ]),
        ("三", "督查室", [("主任", "菅疏桐")], [
            ("主任", "middle", "督查中接受被督查单位宴请、礼品,对问题降格通报", "外部环境", "高",
             "督查两人以上同行,督查结果经室务会审定后通报。"),
            ("主任", "middle", "督查考核打分不按细则执行,优亲厚友", "制度机制", "中",
             "考核细则公开,打分结果交叉复核并公示。"),
        ]),
        ("四", "机要科", [("科长", "恽笙禾"), ("机要员", "蹇予墨")], [
            ("科长", "middle", "涉密文件、载体管理不严,违规复制、外借", "制度机制", "高",
             "涉密载体统一编号登记,复制、外借经分管副主任审批。"),
            ("机要员", "general", "密码电报收发登记不全,传阅范围擅自扩大", "业务流程", "中",
             "电报收发逐件登记,传阅范围按批示执行并签名。"),
            ("机要员", "general", "向无关人员透露涉密文件内容", "思想道德", "中",
             "签订保密承诺书,定期开展保密检查和警示教育。"),
        ]),
    ]  # fmt: skip
    n = 0
    for order, dept, people, points in groups:
        roster = "；".join(f"{post}：{who}" for post, who in people)
        _line(sh, f"{order}、{dept}（{roster}）", 6)
        holder = dict(people)
        for post, tier, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, holder[post], tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, None, None)
    return _layout(
        "party_office_group_rosters",
        "https://www.paxyq.com/t/jie-mi-xian-wei-mi-shu-zu-mu-hou-tui-shou-ru-he-gao-xiao-yun-zhuan-zheng-wu-he-xin.html",
        "(harder) 县委办公室 岗位廉政风险防控一览表 after the source's account of a 县委秘书组 (上传下达, 综合协调, 公文处理 "
        "with its 收文—登记—分办—办理—回复—归档, 会议组织, 督促检查; 办公室、综合科、信息科 under it): the title, a "
        "``填报时间：2024年9月`` cell, then 序号/岗位/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 with NO 科室 "
        "and NO 姓名 column; each 科室 opens with a merged GROUP ROW that lists its people by post — ``一、室务会成员"
        "（主任：扈砚耕；常务副主任：晁芷汀）``, ``二、秘书科（科长：揭澄霁；科员：冉屿白）``, ``三、督查室（主任：菅疏桐）``, "
        "``四、机要科（科长：恽笙禾；机要员：蹇予墨）`` — and the rows give only the post (``主任`` both for the 县委办's "
        "主任 and the 督查室's); 填报人/审核人 labels under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def teacher_center_signature_column() -> dict:
    unit = f"{PLACE}教师发展中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 26, 34, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "岗位职责", "风险点", "风险等级", "防控措施", "本人签字")
    rows = [
        ("中心领导", "主任", "主持中心全面工作,负责教师培训和教研经费管理", "郇望岳", "leader",
         "教师培训项目承办机构、授课专家的确定不经集体研究", "高", "培训项目承办和专家聘请经主任办公会研究,结果公示。"),
        ("中心领导", "主任", "主持中心全面工作,负责教师培训和教研经费管理", "郇望岳", "leader",
         "培训经费、教研经费超范围列支", "中", "经费按项目预算使用,支出经两人审核并按季度公开。"),
        ("中心领导", "副主任", "分管教研和质量监测", "练霜序", "leader",
         "学业质量监测试题命制、阅卷环节泄密或打招呼", "高", "命题人员封闭管理,阅卷实行双评和随机分配。"),
        ("小学教研室", "主任", "负责小学学科教研和优质课评比", "庾初暝", "middle",
         "优质课评比、基本功大赛评委安排和打分不公", "中", "评委随机抽取并回避本校选手,成绩当场公布。"),
        ("小学教研室", "教研员", "负责小学数学学科教研", "弓漱石", "general",
         "向学校推荐、推销教辅资料", "中", "严禁推荐教辅,签订不推销教辅承诺书。"),
        ("中学教研室", "教研员", "负责初中语文学科教研和课题管理", "巫马清樾", "general",
         "课题立项、结题评审中降低标准、照顾关系", "中", "课题评审专家匿名评审,结果公示五个工作日。"),
        ("中学教研室", "教研员", "负责初中语文学科教研和课题管理", "巫马清樾", "general",
         "送教下乡、听课调研中接受学校宴请", "低", "调研不打招呼、不搞陪同,工作餐按规定标准安排。"),
        ("培训部", "主任", "负责全县中小学教师继续教育学分登记", "盖云岫", "middle",
         "继续教育学分审核把关不严,违规补登学分", "中", "学分按培训记录系统生成,补登须经分管副主任审批。"),
        ("办公室", "会计", "负责中心财务核算和报账", "桑落雁", "general",
         "培训班食宿费用结算不核对签到人数", "低", "食宿费用按签到表据实结算,结算单经培训部主任签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, 1, (2, 3, 7))
    sh.add()
    sh.add("单位负责人:", None, None, None, "填表日期：2024年5月", None, None, None)
    return _layout(
        "teacher_center_signature_column", "https://scholarmate.com/S/3Lbzet",
        "县教师发展中心 岗位廉政风险点一览表 after the source's account of a 教师进修学校 grown into a 教师发展中心 (县级培训"
        "机构 taking on 省培、国培 projects, 教师专业发展): 序号/部门 merged (中心领导, 小学教研室, 中学教研室, 培训部, 办公室)/"
        "岗位/岗位职责/风险点/风险等级 高/中/低/防控措施 and, LAST, ``本人签字`` with the holders' names TYPED in (merged "
        "per person, the compound surname ``巫马清樾``); NO 姓名 column and no type column; 单位负责人/填表日期 line",
        [sh], t,
    )  # fmt: skip


def survey_team_staff_status() -> dict:
    unit = f"国家统计局{PLACE[:2]}调查队"
    sh = _Sheet("排查表", [6, 12, 12, 9, 10, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "人员身份", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "钮栖迟", "公务员", "调查业务经费、辅助调查人员劳务费分配不经集体研究",
         "制度机制风险", "高", "经费分配方案经队务会研究,劳务费按考核结果发放并公示。", "leader"),
        ("队领导", "队长", "钮栖迟", "公务员", "干预调查数据,授意篡改记账户数据", "思想道德风险", "高",
         "落实防范和惩治统计造假责任制,数据修改全程留痕。", "leader"),
        ("队领导", "副队长", "栾听雪", "公务员", "统计执法检查中对违法行为降格处理", "岗位职责风险", "中",
         "执法检查两人以上,处理决定经队务会集体审议。", "leader"),
        ("综合科", "科长", "危叔夜", "公务员", "办公设备、调查用品采购不比价", "业务流程风险", "中",
         "采购三家以上询价,验收由使用科室和综合科共同签字。", "middle"),
        ("综合科", "会计", "禤若葵", "公务员", "记账补贴发放名单与调查户名册不符", "岗位职责风险", "中",
         "记账补贴通过银行发放,发放名册与调查户名册逐户核对。", "general"),
        ("综合科", "驾驶员", "芈长吟", "工勤人员", "公车私用,虚报加油费、过路费", "制度机制风险", "低",
         "出车登记,加油卡定车使用,费用按月公示。", "general"),
        ("住户调查科", "科长", "左丘沐辰", "公务员", "样本轮换中擅自更换调查户", "业务流程风险", "高",
         "样本抽选和更换按调查制度执行,更换须经队长审批并存档。", "middle"),
        ("住户调查科", "辅助调查员", "麴小棠", "劳务派遣", "代替调查户记账、编造账页数据", "思想道德风险", "中",
         "每月入户核查记账情况,电子记账数据比对审核。", "general"),
        ("价格调查科", "价格采集员", "沃晓岚", "劳务派遣", "价格采集不到现场,凭估计填报价格", "外部环境风险", "中",
         "采价定位拍照上传,采价点定期轮换,科长每月抽查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, status, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, status, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, (2, 3, 4))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年4月", None)
    return _layout(
        "survey_team_staff_status", "https://bbs.pinggu.org/thread-13283542-1-1.html",
        "国家统计局 county 调查队 岗位廉政风险点排查表 after the source's account of a 城镇住户调查 team's three years "
        "(记账户 开户 and 巩固, 样本轮换, 记帐补贴, 辅助调查人员; 队领导): 序号/科室 merged (队领导, 综合科, 住户调查科, "
        "价格调查科)/岗位 and 姓名 merged per person (the compound surname ``左丘沐辰``)/a ``人员身份`` column, merged "
        "per person, between the holder and the point (``公务员``, ``工勤人员``, ``劳务派遣``)/风险点/风险类别 ``…风险``/"
        "风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def horticulture_station_linked_towns() -> dict:
    unit = f"{PLACE}园艺技术推广站"
    sh = _Sheet("Sheet1", [6, 10, 10, 9, 16, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "组别", "职务", "姓名", "挂钩乡镇", "风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "仉北辰", "/", "园艺示范基地建设项目不经站务会研究,指定施工单位", "Ⅰ级",
         "项目建设按规定招标,站务会集体研究并留存纪要。", "leader"),
        ("站领导", "站长", "仉北辰", "/", "设施蔬菜补助资金分配向关系户倾斜", "Ⅰ级",
         "补助对象和标准公开,乡镇初审、站里复核、结果公示。", "leader"),
        ("站领导", "副站长", "阙素秋", "芦荡镇、菱溪镇", "新品种试验示范户确定不公开", "Ⅱ级",
         "示范户条件公开,由乡镇推荐、站务会确定。", "leader"),
        ("果树组", "组长", "宦长风", "沙垛镇", "果树苗木采购验收不严,以次充好", "Ⅰ级",
         "苗木采购比价,验收三人以上并抽检品种纯度。", "middle"),
        ("果树组", "技术员", "巢雨歇", "沙垛镇、荻垣乡", "技术指导中向种植户推销指定农资", "Ⅱ级",
         "技术指导不推销农资,服务情况由种植户签字确认。", "general"),
        ("蔬菜组", "组长", "贲如晦", "芦荡镇", "蔬菜基地面积核查虚报", "Ⅱ级",
         "基地面积实地丈量,核查结果乡镇、村签字确认。", "middle"),
        ("食用菌组", "技术员", "琴若拙", "萍湾镇", "食用菌菌种发放登记不实", "Ⅲ级",
         "菌种发放凭领取清单,领取户签字并抽查回访。", "general"),
        ("综合组", "报账员", "璩念慈", "/", "培训、示范经费报账审核不严", "Ⅲ级",
         "报账凭证附签到表和照片,经组长、站长审签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, towns, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, towns, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _person_rows(sh, first, 1, (2, 3, 4))
    sh.add()
    sh.add("站长签字:", None, None, "填表人:", None, None, "2024年6月", None)
    return _layout(
        "horticulture_station_linked_towns", "http://www.sxbb.gov.cn/site-sxdjgl/yearlyReport_view/253769",
        "县园艺技术推广站 岗位廉政风险点一览表 after the source's 年度报告 of a 园艺技术工作站 (蔬菜、食用菌、茶叶、花卉 技术试验"
        "示范, 良种培育, 技术培训, 设施农业 projects): 序号/a 科室 column headed ``组别`` merged (站领导, 果树组, 蔬菜组, "
        "食用菌组, 综合组)/``职务``/姓名/a ``挂钩乡镇`` column naming the towns each one serves (``芦荡镇、菱溪镇``, "
        "``沙垛镇``; ``/`` for the 站长 and the 报账员) — the three merged per person/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no type column; 站长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def river_office_level_first() -> dict:
    unit = f"{PLACE}河道管理所"
    sh = _Sheet("排查表", [6, 12, 10, 14, 8, 34, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险等级", "廉政风险点", "防控措施", "风险类型")
    hired = "（聘用）"
    rows = [
        ("所领导", "所长", "郤伯庸", "", "一级", "河道疏浚、护坡工程项目不经所务会研究,指定施工队伍",
         "工程项目按规定招标,所务会集体研究并留存纪要。", "制度机制风险", "leader"),
        ("所领导", "所长", "郤伯庸", "", "二级", "河道堤防管理范围内违规建设审查中打招呼",
         "审查意见经所务会研究,结果报水务局备案。", "思想道德风险", "leader"),
        ("所领导", "副所长", "闾丘浣", "", "二级", "工程质量验收把关不严,签字走过场",
         "验收由所领导、股室、监理三方签字,隐蔽工程全程影像记录。", "岗位职责风险", "leader"),
        ("工程管理股", "股长", "咸承嗣", "", "一级", "工程量签证虚增,结算审核不严",
         "签证实行现场计量、股室复核,结算送审计部门审核。", "业务流程风险", "middle"),
        ("工程管理股", "技术员", "戎秋水", "", "三级", "施工日志、监理记录补记造假",
         "施工资料每周检查,发现补记造假追究责任。", "岗位职责风险", "general"),
        ("河道巡查股", "股长", "容海澄", "", "二级", "对巡查发现的非法采砂、违章搭建不及时报告、查处",
         "巡查问题台账化管理,每周汇总报所领导。", "岗位职责风险", "middle"),
        ("河道巡查股", "河道巡查员", "佴长庚", hired, "二级", "巡查中收受好处,对违法占用河道行为不上报",
         "巡查轨迹定位上传,巡查河段定期轮换。", "外部环境风险", "general"),
        ("河道巡查股", "河道巡查员", "暨晚晴", hired, "三级", "巡查记录不到现场填写",
         "巡查照片带时间定位,股长每月抽查。", "思想道德风险", "general"),
        ("办公室", "出纳", "汲素心", "", "三级", "现金、票据保管不善,坐支现金",
         "现金日清月结,票据专人保管、领用登记。", "制度机制风险", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, note, lv, point, measures, typ, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, f"{who}{note}", lv, point, measures, typ)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("所长签字:", None, None, "填表人:", None, None, "2024年3月", None)
    return _layout(
        "river_office_level_first", "http://m.fqjz1.com/gongkai/show/20191210150940-34940-00-000.html",
        "县河道管理所 廉政风险点排查表 after the source's report of a 县水利局's 河道管理保护巡查 (河湖管理与保护股, 水政"
        "监察大队; 非法围垦河道, 影响行洪, 河道砂石 and 采砂管理): 序号/股室 merged (所领导, 工程管理股, 河道巡查股, 办公室)/"
        "岗位 and 姓名 merged per person, the two hired 河道巡查员 written ``佴长庚（聘用）``, ``暨晚晴（聘用）`` (the compound "
        "surname ``闾丘浣``)/the LEVEL BEFORE THE POINT: 风险等级 ``一级/二级/三级`` | ``廉政风险点``/防控措施/and the type "
        "column ``风险类型`` (``…风险``) added LAST; 所长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def investment_center_liaison_leader() -> dict:
    unit = f"{PLACE}投资促进中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 10, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "联系领导")
    rows = [
        ("中心领导", "主任", "殳松筠", None, "招商项目优惠政策兑现不经集体研究,擅自承诺", "制度机制", "高",
         "优惠政策兑现按县定政策执行,经中心主任办公会和县招商领导小组审定。", "leader"),
        ("中心领导", "副主任", "敖季常", None, "外出招商考察费用超标准列支", "制度机制", "中",
         "外出招商先报计划,费用按差旅标准据实报销并公示。", "leader"),
        ("中心领导", "副主任", "帅北溟", None, "项目洽谈中接受客商宴请、礼品", "外部环境", "中",
         "洽谈两人以上参加,收受礼品一律登记上交。", "leader"),
        ("招商一部", "部长", "满听松", "敖季常", "招商项目信息报送不实,虚报签约项目", "岗位职责", "中",
         "项目信息核实后报送,签约项目由中心集体评审。", "middle"),
        ("招商一部", "招商专员", "尉迟曦", "敖季常", "向客商泄露项目底价和竞争企业信息", "思想道德", "高",
         "项目信息按密级管理,洽谈资料统一编号保管。", "general"),
        ("招商二部", "部长", "籍远山", "帅北溟", "为客商介绍中介服务并收取好处", "外部环境", "高",
         "严禁向客商推荐中介,服务承诺书向客商公开。", "middle"),
        ("招商二部", "部长", "籍远山", "帅北溟", "招商引资考核数据统计不实", "业务流程", "中",
         "考核数据由统计、税务部门交叉核对。", "middle"),
        ("项目服务部", "项目专员", "隆清晓", "帅北溟", "项目代办服务中吃拿卡要、故意拖延", "岗位职责", "中",
         "代办事项清单化管理,办理时限网上可查。", "general"),
        ("综合部", "会计", "养素娥", "敖季常", "招商活动经费报销审核不严", "业务流程", "低",
         "报销凭证附活动方案和签到表,经部长、分管领导审签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, leader, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(8, lambda row: (row[1], row[8]))])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年7月", None)
    return _layout(
        "investment_center_liaison_leader", "http://0513.hmsc.cn/Item/8104.aspx",
        "县投资促进中心 岗位廉政风险防控一览表 after the source's report of a 区投资服务中心's 双周例会 (区镇 and 驻外招商局, "
        "项目信息员 reporting 签约项目 and 在手在谈项目, 中心领导 reviewing 重点项目): 序号/部门 merged (中心领导, 招商一部, "
        "招商二部, 项目服务部, 综合部)/岗位 and 姓名 merged per person (the compound surname ``尉迟曦``)/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施 and, LAST, a ``联系领导`` column merged per 部 naming the 副主任 who "
        "oversees it (``敖季常``, ``帅北溟`` — both holders of their own rows above), blank on the leaders' rows; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def charity_federation_key_posts() -> dict:
    unit = f"{PLACE}慈善总会"
    sh = _Sheet("清单", [6, 12, 12, 10, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部门", "岗位", "是否重点岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("会领导", "常务副会长", "是", "定向捐赠款物不按捐赠人意愿使用", "一级",
         "定向捐赠单独建账,使用情况向捐赠人反馈并公开。", "leader"),
        ("会领导", "秘书长", "是", "慈善项目资金安排不经会长办公会研究", "一级",
         "项目资金安排经会长办公会集体研究,会议纪要存档。", "leader"),
        ("会领导", "秘书长", "是", "与合作企业开展冠名项目中收受好处", "二级",
         "冠名合作协议经法律审核,合作情况向理事会报告。", "leader"),
        ("募捐部", "部长", "是", "募捐活动收入未及时足额入账", "一级",
         "募捐现场两人以上清点,当日入账并出具捐赠票据。", "middle"),
        ("募捐部", "募捐专员", "否", "捐赠票据开具不规范、虚开", "二级",
         "票据统一领用核销,开具信息与到账记录核对。", "general"),
        ("救助部", "部长", "是", "救助对象审核把关不严,优亲厚友", "一级",
         "救助对象经乡镇、村两级核实,名单公示七天。", "middle"),
        ("救助部", "救助专员", "否", "救助款物发放不到户、截留", "二级",
         "救助款通过银行直接发放,物资发放由受助人签收并回访。", "general"),
        ("财务部", "会计", "是", "慈善资金账户管理不规范,公款私存", "一级",
         "资金账户统一开设,每月与银行对账并接受审计。", "general"),
        ("财务部", "出纳", "否", "现金收付不及时登记", "三级", "现金日记账日清月结,会计每月盘点。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, key, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, key, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    per_post = lambda row: (row[1], row[2], row[3])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "2024年8月", None)
    return _layout(
        "charity_federation_key_posts", "http://www.xuzhoucishan.com/article/?id=251",
        "县慈善总会 岗位廉政风险防控清单 对岗不对人 after the source's interview with a 慈善总会秘书长 (公信力, 募捐, 善款 "
        "use and 信息公开): 序号/部门 merged (会领导, 募捐部, 救助部, 财务部)/岗位 (常务副会长, 秘书长, 部长, 募捐专员, 救助"
        "专员, 会计, 出纳; no names anywhere)/a ``是否重点岗位`` column of ``是/否``/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def land_consolidation_head_column() -> dict:
    unit = f"{PLACE}土地开发整理中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 10, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "科室负责人", "风险点", "风险类别", "风险等级", "防控措施"
    )
    heads = {"中心领导": "/", "项目科": "第五静川", "工程科": "索梦溪", "财务科": "韶清嘉"}
    rows = [
        ("中心领导", "主任", "越千帆", "土地整理项目施工、监理单位确定中打招呼、定向", "思想道德风险", "高",
         "施工、监理单位一律通过公共资源交易平台确定,主任不参与评标。", "leader"),
        ("中心领导", "主任", "越千帆", "新增耕地指标交易收益使用不经集体研究", "制度机制风险", "高",
         "指标收益使用方案经中心会议研究并报自然资源局审批。", "leader"),
        ("中心领导", "副主任", "宿听潮", "项目竣工验收把关不严,对未完工程签字通过", "岗位职责风险", "中",
         "验收组由中心、乡镇、村和监理共同组成,验收结果公示。", "leader"),
        ("项目科", "科长", "第五静川", "项目选址、立项申报中为乡镇村虚报可开发面积", "业务流程风险", "中",
         "立项前实地踏勘,面积经测绘单位复核。", "middle"),
        ("项目科", "科员", "蔚澄心", "项目档案资料补做、缺失", "岗位职责风险", "低",
         "档案随工程进度收集,归档前科长审核。", "general"),
        ("工程科", "科长", "索梦溪", "设计变更审批不严,变相增加工程量", "业务流程风险", "高",
         "设计变更经设计、监理、中心三方审核,重大变更集体研究。", "middle"),
        ("工程科", "技术员", "禄知远", "田间道路、沟渠工程量计量不实", "岗位职责风险", "中",
         "计量两人以上现场测量,计量结果监理复核签字。", "general"),
        ("财务科", "科长", "韶清嘉", "项目资金不按进度拨付,提前或超额支付", "制度机制风险", "高",
         "资金拨付凭监理进度报告和科长、分管领导审签。", "middle"),
        ("财务科", "会计", "钦若渊", "工程结算款支付凭证审核不严", "业务流程风险", "中",
         "支付凭证与结算审计报告逐项核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, heads[dept], point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(4, lambda row: (row[1], row[4]))])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, None, "2024年5月", None)
    return _layout(
        "land_consolidation_head_column", "http://www.topointapp.com/news/zjc/2011112817432241406.htm",
        "县土地开发整理中心 岗位廉政风险点一览表 after the source's report of a 土地整理开发项目's 验收 (工程质量, 档案资料, "
        "施工单位 and 监理单位, 新增耕地, 项目总投资): 序号/科室 merged (中心领导, 项目科, 工程科, 财务科)/岗位 and 姓名 merged "
        "per person (the compound surname ``第五静川``)/a SECOND name column ``科室负责人`` merged per 科室 naming the "
        "科长 (``/`` for the 中心领导)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def petition_center_name_notes() -> dict:
    unit = f"{PLACE}人民来访接待中心"
    sh = _Sheet("Sheet1", [6, 12, 9, 14, 16, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "风险点", "风险表现形式", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "主任", "太叔砚", "", "信访事项交办", "对重复信访、疑难信访事项交办不及时,压件不办", "岗位职责",
         "高风险", "信访事项全部录入信息系统,交办、督办全程留痕。", "leader"),
        ("中心领导", "主任", "太叔砚", "", "接访场所改造", "接待场所改造、设备购置不经集体研究", "制度机制",
         "中风险", "改造和购置项目报信访局党组研究,按规定采购。", "leader"),
        ("中心领导", "副主任", "申屠望", "", "领导接访安排", "安排县级领导接访时为信访人打招呼、插队", "思想道德",
         "中风险", "领导接访按登记顺序安排,接访名单公开。", "leader"),
        ("接待科", "科长", "阳叙白", "", "来访登记受理", "对符合条件的来访事项不登记、不受理", "岗位职责",
         "高风险", "来访一律登记,不予受理的出具书面告知。", "middle"),
        ("接待科", "接待员", "来晓筝", "（见习）", "信访人信息", "泄露信访人信息或举报材料", "思想道德", "高风险",
         "信访材料按规定保管,查阅登记,签订保密承诺。", "general"),
        ("办信科", "科长", "贡秋实", "", "来信转送", "来信转送对象错误,转送后不跟踪", "业务流程", "中风险",
         "来信转送经科长审核,转送后定期跟踪办理结果。", "middle"),
        ("网上信访科", "科员", "侍雨眠", "（借调）", "网上信访答复", "网上信访答复意见审核不严,应付了事",
         "业务流程", "低风险", "答复意见经科长审核,信访人满意度回访。", "general"),
        ("综合科", "会计", "邸春深", "", "困难信访人救助金", "困难信访人救助金发放审核不严", "外部环境",
         "中风险", "救助对象经集体研究,救助金通过银行发放并公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, note, point, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, f"{who}{note}", point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("中心负责人签字:", None, None, "填表人:", None, None, None, "2024年10月", None)
    return _layout(
        "petition_center_name_notes", "http://www.lysrzsdaz.com/t/xinfanggongzuosiminyaoqiushishime/",
        "县人民来访接待中心 岗位廉政风险点一览表 after the source's page on what 信访工作 asks of its staff (the 四民 "
        "requirements; 接待来访, 办理来信, 网上信访): 序号/科室 merged (中心领导, 接待科, 办信科, 网上信访科, 综合科)/岗位 and "
        "姓名 merged per person — two holders written with a note after the name, ``来晓筝（见习）`` and ``侍雨眠（借调）``, "
        "and the compound surnames ``太叔砚`` and ``申屠望``/a short ``风险点`` beside a long ``风险表现形式``/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; 中心负责人签字/填表人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    party_office_group_rosters(),
    teacher_center_signature_column(),
    survey_team_staff_status(),
    horticulture_station_linked_towns(),
    river_office_level_first(),
    investment_center_liaison_leader(),
    charity_federation_key_posts(),
    land_consolidation_head_column(),
    petition_center_name_notes(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch141-inbox"))
