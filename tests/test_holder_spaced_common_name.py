"""A column naming the post and its holder in one cell (``岗位人员``, ``岗位及人员``, ``职务　姓名``: no
岗位 column of its own) whose cells write the post, a space (half- or full-width) and a holder of
a COMMON surname and a one-character given name that also writes a post, a 科室 or a duty
(``会计　王长``, ``出纳 李员``, ``股长　周科``, ``站长 刘干``): where more than half of the column's
filled cells are a post, a space and a name, such a cell is the post before the space and the
holder after it (info HOLDER_SPACED_COMMON_NAME, once a table), and a column that the heading
guess set aside for its posts (COLUMN_GUESSED ``内容是岗位或科室``) is the holders' again. Before,
such a cell was read whole as a name with no post (``站长刘干``), and a column of mostly such
cells was set aside, every point of the sheet under one nameless form (batch1079's 龙头山镇). Not
that batch's words: a 林业和草原局's 一览表 under ``岗位人员`` with ``Ⅰ级/Ⅱ级/Ⅲ级``; a 社区卫生服务中心's
清单 with ``科室 | 职务　姓名`` and ``一级风险/二级风险/三级风险``; and the near-misses — a post, a field
or a place after the space (``科员　安全员``, ``股长 审核把关``, ``会计 城关镇``), a column only half so
written, a column of posts with no names — read as before (checked to read the same with the
reader at efcf1b17).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config
from xlproc.identity import post_spaced_any_name, post_spaced_common_name

CODE = "HOLDER_SPACED_COMMON_NAME"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = sorted(
        (post.get("department") or "", post.get("title") or "", post.get("person") or "", len(form))
        for post, form in zip(r.posts, r.risks, strict=True)
    )
    return got, r.issues


FORESTRY = [
    ["某县林业和草原局岗位廉政风险防控一览表", None, None, None, None],
    ["序号", "岗位人员", "风险点", "风险等级", "防控措施"],
    [1, "局长 陈翔", "林地征占用审核打招呼", "Ⅰ级", "审核经局务会研究。"],
    [2, "股长　周科", "采伐指标分配不公开", "Ⅰ级", "指标分配公示。"],
    [3, "股长　周科", "造林验收走过场", "Ⅱ级", "验收两人以上到场。"],
    [4, "会计 杨员", "生态补偿资金拨付不及时", "Ⅱ级", "资金按季对账。"],
    [5, "出纳　黄干", "现金不及时存行", "Ⅲ级", "日清日结。"],
    [6, "护林员 孙管", "巡护记录弄虚作假", "Ⅲ级", "巡护轨迹按月抽查。"],
]  # fmt: skip


def test_a_column_of_posts_and_common_names_set_aside_is_taken_back(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": FORESTRY})
    got, issues = _read(path)
    assert got == sorted([
        ("", "局长", "陈翔", 1),
        ("", "股长", "周科", 2),
        ("", "会计", "杨员", 1),
        ("", "出纳", "黄干", 1),
        ("", "护林员", "孙管", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and "岗位人员" in said[0].message
    assert not any(i.code == "COLUMN_GUESSED" and i.cell == "B2" for i in issues)


CLINIC = [
    ["某街道社区卫生服务中心廉政风险防控清单", None, None, None, None, None],
    ["序号", "科室", "职务　姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "中心领导", "主任　吴长", "药品采购个人决定", "一级风险", "采购集体研究。"],
    [2, "药房", "药剂员 郭师", "药品出入库登记不实", "二级风险", "按月盘点。"],
    [3, "收费室", "收费员　何主", "医保结算数据不实", "二级风险", "结算按月核对。"],
    [4, "公卫科", "科长 林琳", "签约数据造假", "三级风险", "随机回访。"],
]  # fmt: skip


def test_common_names_writing_posts_beside_a_department_column(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": CLINIC})
    got, issues = _read(path)
    assert got == sorted([
        ("中心领导", "主任", "吴长", 1),
        ("药房", "药剂员", "郭师", 1),
        ("收费室", "收费员", "何主", 1),
        ("公卫科", "科长", "林琳", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "C3"
    assert "“主任”" in said[0].message and "“吴长”" in said[0].message


NEAR = [
    ["某镇财政所岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "股室", "职务　姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "所领导", "所长　王珩", "资金拨付个人决定", "高", "集体研究。"],
    [2, "所领导", "副所长 李澜", "票据审批不严", "高", "两人审核。"],
    [3, "预算股", "会计　赵长", "预算调整不报批", "中", "报批留痕。"],
    [4, "预算股", "科员　安全员", "安全检查走过场", "中", "检查留痕。"],
    [5, "核算股", "股长 审核把关", "报账审核不严", "低", "两人复核。"],
    [6, "核算股", "会计 城关镇", "乡镇报账资料不全", "低", "资料清单化。"],
    [7, "核算股", "出纳　张员", "现金坐收坐支", "低", "日清日结。"],
    [8, "核算股", "科员 刘澄", "凭证装订不全", "低", "按月装订。"],
]  # fmt: skip

HALF = [
    ["某乡农业服务中心岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "站所", "职务　姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "中心", "主任　郑澈", "项目验收走过场", "高", "两人到场。"],
    [2, "中心", "科员　安全员", "安全检查走过场", "中", "检查留痕。"],
    [3, "中心", "科员　综合协调", "资料归档不全", "中", "按月归档。"],
    [4, "财务室", "出纳 王长", "现金坐收坐支", "低", "日清日结。"],
]  # fmt: skip

POSTS = [
    ["某镇岗位廉政风险防控清单", None, None, None, None],
    ["序号", "岗位及人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "会计", "报账审核不严", "高", "两人复核。"],
    [2, "出纳", "现金坐收坐支", "中", "日清日结。"],
    [3, "站长", "项目验收走过场", "低", "两人到场。"],
]  # fmt: skip


def test_near_misses_read_as_before(tmp_path):
    # (as the reader at efcf1b17 read them: the post, field or place after the space kept as it
    # was, ``会计　赵长`` taken where most of the column is post, space, name)
    got, issues = _read(write_workbook(tmp_path / "a.xlsx", {"清单": NEAR}))
    assert ("预算股", "会计", "赵长", 1) in got
    assert ("预算股", "", "科员安全员", 1) in got
    assert ("核算股", "会计", "城关镇", 1) in got
    assert ("核算股", "", "股长审核把关", 1) in got
    assert ("所领导", "所长", "王珩", 1) in got and ("所领导", "副所长", "李澜", 1) in got
    assert ("核算股", "出纳", "张员", 1) in got and ("核算股", "科员", "刘澄", 1) in got
    assert len([i for i in issues if i.code == CODE]) == 1
    # a column only half so written: ``出纳 王长`` read as before
    got, issues = _read(write_workbook(tmp_path / "b.xlsx", {"清单": HALF}))
    assert ("财务室", "", "出纳王长", 1) in got
    assert not any(i.code == CODE for i in issues)
    # a column of posts, no names: posts with no holder, as before
    got, issues = _read(write_workbook(tmp_path / "c.xlsx", {"清单": POSTS}))
    assert not any(i.code == CODE for i in issues)


def test_the_cell_tests():
    assert post_spaced_common_name("会计　王长") == ("会计", "王长")
    assert post_spaced_common_name("报账员 刘管") == ("报账员", "刘管")
    assert post_spaced_common_name("科员　安全员") is None  # (no two-character name)
    assert post_spaced_common_name("股长 审核把关") is None
    assert post_spaced_common_name("会计 城关镇") is None
    assert post_spaced_common_name("科员　文书") is None  # (a listed post)
    assert post_spaced_common_name("会计 暂缺") is None
    assert post_spaced_common_name("综合办　王长") is None  # (a 科室 before the space)
    assert post_spaced_common_name("会计\n王长") is None  # (a line each)
    assert post_spaced_any_name("镇长　王珩") == ("镇长", "王珩")
    assert post_spaced_any_name("主任　叱干澈") == ("主任", "叱干澈")
    assert post_spaced_any_name("科员　安全员") is None


# (review 59: a post, a line of work or the row's own 股室 written after the post and a space,
# two characters opening with a common surname's: no holder '段长', '林政', '高管', '任务')
DUTY_WORDS = [
    ["某镇交通运输管理所岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "股室", "职务　姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "所领导", "所长　王珩", "资金拨付个人决定", "高", "集体研究。"],
    [2, "所领导", "副所长 李澜", "票据审批不严", "高", "两人审核。"],
    [3, "养护股", "干事 段长", "养护资金虚报", "中", "按段核查。"],
    [4, "林政股", "科员 林政", "采伐审批不严", "中", "公示。"],
    [5, "财务股", "出纳　张员", "现金坐收坐支", "低", "日清日结。"],
]  # fmt: skip
DUTY_WORDS_2 = [
    ["某县水利局岗位廉政风险防控一览表", None, None, None, None],
    ["序号", "岗位人员", "风险点", "风险等级", "防控措施"],
    [1, "局长 陈翔", "工程招标打招呼", "Ⅰ级", "招标经局务会研究。"],
    [2, "股长　周科", "项目验收走过场", "Ⅰ级", "验收两人以上到场。"],
    [3, "科员 高管", "河道采砂监管不严", "Ⅱ级", "巡查留痕。"],
    [4, "干事　任务", "防汛物资登记不实", "Ⅱ级", "按月盘点。"],
    [5, "科员 周报", "水费收缴不及时", "Ⅲ级", "按月对账。"],
    [6, "会计 杨员", "工程款拨付不及时", "Ⅲ级", "资金按季对账。"],
    [7, "出纳　黄干", "现金不及时存行", "Ⅲ级", "日清日结。"],
]  # fmt: skip
DUTY_WORDS_3 = [
    ["某镇农业服务中心岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "站所", "职务　姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "中心领导", "主任　郑澈", "项目验收走过场", "高", "两人到场。"],
    [2, "中心领导", "副主任 何主", "补贴发放不公开", "高", "公示。"],
    [3, "农田管理站", "技术员 田管", "高标准农田验收不严", "中", "两人验收。"],
    [4, "财务室", "会计　吴长", "报账审核不严", "低", "两人复核。"],
    [5, "林务股", "干事 林务", "林木采伐审批不严", "低", "审批公示。"],
]  # fmt: skip


def test_no_post_work_word_or_own_department_word_for_a_holder(tmp_path):
    # a post ('段长'), a line of work ('林政', '高管', '任务', '周报', '田管') or a word of the
    # row's own 股室 ('林政' of 林政股, '林务' of 林务股) after the space is no holder: the
    # cell read as before, whole
    got, issues = _read(write_workbook(tmp_path / "a.xlsx", {"清单": DUTY_WORDS}))
    people = {p for _d, _t, p, _n in got}
    assert not people & {"段长", "林政"}
    assert ("养护股", "", "干事段长", 1) in got and ("林政股", "", "科员林政", 1) in got
    assert ("所领导", "所长", "王珩", 1) in got and ("财务股", "出纳", "张员", 1) in got
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "C7" and "“张员”" in said[0].message
    got, issues = _read(write_workbook(tmp_path / "b.xlsx", {"一览表": DUTY_WORDS_2}))
    people = {p for _d, _t, p, _n in got}
    assert not people & {"高管", "任务", "周报"}
    assert ("", "股长", "周科", 1) in got and ("", "会计", "杨员", 1) in got
    assert len([i for i in issues if i.code == CODE]) == 1
    got, issues = _read(write_workbook(tmp_path / "c.xlsx", {"清单": DUTY_WORDS_3}))
    assert not {p for _d, _t, p, _n in got} & {"田管", "林务"}
    assert ("财务室", "会计", "吴长", 1) in got and ("中心领导", "副主任", "何主", 1) in got


def test_the_cell_tests_no_post_or_work_word():
    for word in ("段长", "林政", "田管", "高管", "周报", "程序", "任务", "白班", "高级"):
        assert post_spaced_common_name(f"科员 {word}") is None, word
    assert post_spaced_common_name("出纳　张员") == ("出纳", "张员")
