"""A printed questionnaire with no table, one sheet a person: the holder the answers to labelled
question rows above the questions (科室/部门, 岗位/职务, 姓名, in any order, the value beside the
label or after its ``：``), then question lines naming the points (``…风险点…``), their levels
(``…风险等级…``/``…级别…``) and their measures (``…防控措施…``/``…措施…``), each over a block of
numbered answers (``（1）``, ``1、``, ``①``, ``（一）``; short levels several on a line, ``1.高 2.中``)
paired across the blocks by their numbers: each answer under the points' question is a point,
its level and measures the answers of the same number (info QUESTIONNAIRE_ANSWER_BLOCKS, once a
sheet). A block not asked leaves that field blank (a missing level still LEVEL_BLANK per point);
answers whose numbers do not pair are named in the issue and used for nothing. Before, such a
sheet gave SHEET_NO_TABLE and FILE_NO_FORM and lost every point (batch711's 外事服务中心).

Not that batch's words: a 县医疗保障局's 风险自查问答 (``（一）/（二）/（三）`` questions, the holder's
labels in one cell each ``姓名：…``, the levels one line ``1.高 2.中 3.低``, the measures asked
before the levels), a 中学's 问卷 (``1.``/``2.`` questions, ``部门 | …`` label rows, the points
``①②`` in one cell, no level asked), a 街道's 调查表 whose levels skip a number and whose measures
are numbered ``1 | …`` a cell apart; and the
near-misses: a 自查表 with a real table under question-like 填表说明 lines, a sheet of numbered
说明 lines, a 学习记录 with question lines but no risk points.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

CODE = "QUESTIONNAIRE_ANSWER_BLOCKS"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append(
                (post.get("department"), post.get("title"), post.get("person"),
                 d["risk_point"], d["risk_level"], d["measures"])
            )  # fmt: skip
    return got, r.issues


def _lines(*texts):
    return [[t, None, None] if isinstance(t, str) else t for t in texts]


MEDICAL = _lines(
    "某县医疗保障局干部廉政风险自查问答",
    ["姓名：欧阳澂", "科室：基金监管股", "职务：股长"],
    "（一）请列出你所在岗位的主要廉政风险点：",
    "1、定点医药机构违规使用医保基金查处不严",
    "2、稽核检查中接受被检查单位吃请",
    "3、举报线索登记不及时、不反馈",
    "（二）针对以上风险点，你采取了哪些防控措施？",
    "1、查处结果集体研究，案卷留存备查",
    "2、检查工作两人以上同行，执行廉洁纪律",
    "3、举报线索当日登记，按月通报办理情况",
    "（三）请评定上述风险点的级别（高、中、低）：",
    "1.高 2.中 3.低",
    None,
    ["答题人（签名）：", None, "日期：2025年6月"],
)


def test_questions_numbered_apart_levels_on_one_line(tmp_path):
    path = write_workbook(
        tmp_path / "医保局自查问答.xlsx",
        {"欧阳澂": [r if r is not None else [] for r in MEDICAL]},
        merges={"欧阳澂": [f"A{i}:C{i}" for i in (1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)]},
    )
    got, issues = _read(path)
    who = ("基金监管股", "股长", "欧阳澂")
    assert got == [
        (*who, "定点医药机构违规使用医保基金查处不严", "Ⅰ级", "查处结果集体研究，案卷留存备查"),
        (*who, "稽核检查中接受被检查单位吃请", "Ⅱ级", "检查工作两人以上同行，执行廉洁纪律"),
        (*who, "举报线索登记不及时、不反馈", "Ⅲ级", "举报线索当日登记，按月通报办理情况"),
    ]
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "A3" and said[0].severity == "info"
    assert "各编号都一一对上" in said[0].message
    assert not {"SHEET_NO_TABLE", "FILE_NO_FORM", "LEVEL_BLANK"} & {i.code for i in issues}


SCHOOL = [
    ["某市第三中学岗位廉政风险问卷", None],
    ["岗位", "总务主任"],
    ["姓名", "皇甫湛"],
    ["部门", "总务处"],
    ["1.你所在岗位存在哪些廉政风险点？", None],
    ["①食堂食材采购不比价\n②校舍维修工程量签证不实", None],
    ["2.请写出对应的防控措施：", None],
    ["①食材采购三家比价，结果公示", None],
    ["②维修签证由总务、财务两人现场确认", None],
    ["③每学期向教代会报告", None],
]


def test_points_in_one_cell_no_level_asked_stray_measure(tmp_path):
    path = write_workbook(tmp_path / "三中问卷.xlsx", {"总务处": SCHOOL})
    got, issues = _read(path)
    who = ("总务处", "总务主任", "皇甫湛")
    assert got == [
        (*who, "食堂食材采购不比价", "", "食材采购三家比价，结果公示"),
        (*who, "校舍维修工程量签证不实", "", "维修签证由总务、财务两人现场确认"),
    ]
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "A5"
    assert "没有问风险等级" in said[0].message and "A10" in said[0].message
    blank = [i.cell for i in issues if i.code == "LEVEL_BLANK"]
    assert blank == ["A6", "A6"]  # (both points in the one cell: a LEVEL_BLANK each)


STREET = _lines(
    "某街道办事处岗位廉政风险调查表",
    "一、基本情况",
    ["（1）姓名", "司马霏", None],
    ["（2）所在科室", "城市管理办公室", None],
    ["（3）岗位", "科员", None],
    "二、本岗位存在的廉政风险点有哪些：",
    "（一）占道经营执法随意，处罚标准不一",
    "（二）门前三包检查走过场",
    "三、上述风险点的风险等级：",
    "（一）中",
    "（四）高",
    "四、防控措施：",
    [1, "执法全程记录，处罚按裁量基准", None],  # (the number a cell apart, written 1 not （一）)
    [2, "检查结果拍照存档，随机抽查", None],
)


def test_level_numbers_that_do_not_pair(tmp_path):
    path = write_workbook(tmp_path / "街道调查表.xlsx", {"Sheet1": STREET})
    got, issues = _read(path)
    who = ("城市管理办公室", "科员", "司马霏")
    assert got == [
        (*who, "占道经营执法随意，处罚标准不一", "Ⅱ级", "执法全程记录，处罚按裁量基准"),
        (*who, "门前三包检查走过场", "", "检查结果拍照存档，随机抽查"),
    ]
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1
    assert "A8" in said[0].message and "A11" in said[0].message  # the unpaired point and level
    assert [i.cell for i in issues if i.code == "LEVEL_BLANK"] == ["A8"]


def test_near_miss_selfcheck_table_under_question_lines(tmp_path):
    rows = [
        ["岗位廉政风险自查表", None, None, None],
        ["姓名：上官淇", None, "科室：财务科", None],
        ["填表说明：1．请逐条填写本岗位的风险点；2．风险等级填高、中、低。", None, None, None],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "报销单据审核不严", "高", "逐笔复核"],
        [2, "现金保管不规范", "中", "日清月结"],
    ]
    path = write_workbook(tmp_path / "自查表.xlsx", {"上官淇": rows})
    got, issues = _read(path)
    assert [(g[2], g[3], g[4]) for g in got] == [
        ("上官淇", "报销单据审核不严", "Ⅰ级"),
        ("上官淇", "现金保管不规范", "Ⅱ级"),
    ]
    assert CODE not in {i.code for i in issues}


def test_near_miss_numbered_notes(tmp_path):
    rows = [
        ["关于报送岗位廉政风险点的说明", None],
        ["1．请各科室于6月10日前报送本科室各岗位的风险点；", None],
        ["2．风险等级分为高、中、低三级，请逐条评定：", None],
        ["3．防控措施要具体可行，请逐条写出：", None],
        ["4．报送时请附电子版。", None],
    ]
    path = write_workbook(tmp_path / "说明.xlsx", {"说明": rows})
    got, issues = _read(path)
    assert got == [] and CODE not in {i.code for i in issues}


def test_near_miss_study_record(tmp_path):
    rows = _lines(
        "廉政教育学习记录",
        ["姓名：欧阳澂", "科室：办公室", None],
        "一、本次学习的主要内容是什么？",
        "（1）《中国共产党纪律处分条例》",
        "（2）典型案例通报",
        "二、请写出学习心得体会：",
        "（1）要守住廉洁底线，防控廉政风险",
        "三、今后如何加强自身廉洁自律？",
        "（1）严格执行各项制度",
    )
    path = write_workbook(tmp_path / "学习记录.xlsx", {"学习记录": rows})
    got, issues = _read(path)
    assert got == [] and CODE not in {i.code for i in issues}


def test_code_is_catalogued():
    from xlproc.issues import CATALOGUE, ITEMS, SHORT

    assert CATALOGUE[CODE][0] == "info" and CODE in SHORT and ITEMS[CODE] == "风险点"
